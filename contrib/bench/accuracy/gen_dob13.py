#!/usr/bin/env python3
"""gen_dob13.py: a DATE_OF_BIRTH tune set for dates of birth written in ways no corpus had
(issue 15, branch dob13). The lead counted a blind set's missed births by shape only:
spreadsheet rows pasted with tabs (`A2: Name<TAB>date`), `holds` lines, code fixtures (`# ... |
date |` comments, dicts, test data), messages with misspelt birth words (`bron`, `brithday`,
`birht date`, `d.o.b`, `dob.`, `geburtstag`), `her birthday is DATE`, `(Surname, 12/03/1987)`,
Markdown tables whose columns have role headers and a date column; and false births in code
fixtures where `(date ...` precedes a date. Every wording here was written for this file, with
about twenty further forms on top (misspellings in every language, abbreviations, relative
phrasing, ages with dates, dates in words, two-digit years, ISO with a time, Excel serials under a
DOB header, children's births), in en/de/fr/nl/es/it/pt, and look-alikes in the same shapes:
appointments, deadlines, release dates, `Born to Run`, `born-again`, a pet's birth (no PII).

Each class is a list of templates per language: {P} full name, {G} given name, {S} surname
(PERSON), {D} the date (DATE_OF_BIRTH in a birth class, NEG_DATE in a `_neg` class), {E} an
event date (NEG_DATE) in either, {N} a number, {A} an age. A template may force the date's form
with {D:iso} and the like (see date_of). Names are invented from syllables or drawn from short
real lists. Deterministic, stdlib only: python3 gen_dob13.py > data/dob13.json
"""
import random
import gen_common
from gen_common import MONTHS

R = random.Random(130013)
LANGS = ["en", "de", "fr", "nl", "es", "it", "pt"]
SYL = ["ta", "vor", "me", "lin", "aku", "ro", "sel", "ve", "dan", "ol", "phe", "rik", "su", "imo",
       "kar", "bes", "yo", "nak", "et", "zol"]
ENDS = ["avic", "sson", "ert", "ella", "emi", "ago", "ork", "eux", "oz", "inha"]
REAL = {
    "en": (["Hannah", "Marcus", "Priya", "Owen", "Zofia", "Tunde"],
           ["Whitfield", "Okonjo", "Marsh", "Kowalczyk", "Reyes", "Doyle"]),
    "de": (["Jana", "Florian", "Birgit", "Emre", "Katrin"], ["Lehmann", "Vogel", "Schuster",
                                                             "Aydin", "Köhler"]),
    "fr": (["Léa", "Mathieu", "Noémie", "Yanis"], ["Rousseau", "Fontaine", "Haddad", "Mercier"]),
    "nl": (["Eva", "Joris", "Lotte", "Sem"], ["Jansen", "van Dijk", "Smit", "Vermeulen"]),
    "es": (["Alba", "Sergio", "Nuria", "Pablo"], ["Romero", "Iglesias", "Vidal", "Serrano"]),
    "it": (["Federica", "Luca", "Martina", "Simone"], ["Bruno", "Gallo", "Conti", "Mancini"]),
    "pt": (["Joana", "Rui", "Mariana", "Bruno"], ["Pereira", "Rodrigues", "Martins", "Lopes"]),
}
NOW = 2026
records = []

ONES = ["", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
ORD = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
       "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
       "seventeenth", "eighteenth", "nineteenth", "twentieth"]


def person(lg):
    if R.random() < 0.4:
        g, s = REAL[lg]
        return R.choice(g), R.choice(s)
    return (gen_common.invent_syllables(R, SYL, ENDS, False),
            gen_common.invent_syllables(R, SYL, ENDS, True))


def words_en(y, m, d):
    """The fourth of March nineteen eighty-seven."""
    o = ORD[d] if d <= 20 else ("twenty-" + ORD[d - 20] if d < 30 else "twenty-eighth")
    hi, lo = divmod(y, 100)
    yh = "nineteen" if hi == 19 else "two thousand"
    if hi == 20:
        yl = (" and " + (ONES[lo] if lo < 10 else TENS[lo // 10] + ("-" + ONES[lo % 10]
                                                                    if lo % 10 else ""))) if lo else ""
        if 10 <= lo < 20:
            yl = " and " + ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
                            "seventeen", "eighteen", "nineteen"][lo - 10]
    else:
        yl = " " + (TENS[lo // 10] + ("-" + ONES[lo % 10] if lo % 10 else "") if lo >= 20 else
                    "oh " + ONES[lo] if 0 < lo < 10 else
                    ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
                     "seventeen", "eighteen", "nineteen"][lo - 10] if lo >= 10 else "hundred")
    return "the %s of %s %s%s" % (o, MONTHS["en"][m - 1], yh, yl)


def date_of(lg, y, m, d, form=None):
    mo = MONTHS[lg][m - 1]
    forms = {
        "dmy": "%02d/%02d/%d" % (d, m, y), "dot": "%02d.%02d.%d" % (d, m, y),
        "iso": "%d-%02d-%02d" % (y, m, d), "us": "%02d/%02d/%d" % (m, d, y),
        "dash": "%02d-%02d-%d" % (d, m, y), "short": "%d.%d.%d" % (d, m, y),
        "yy": R.choice(["%02d/%02d/%02d" % (d, m, y % 100), "%02d.%02d.%02d" % (d, m, y % 100)]),
        "isot": "%d-%02d-%02dT%02d:%02d:00" % (y, m, d, R.randint(0, 23), R.randint(0, 59)) +
                R.choice(["", "Z", "+01:00"]),
        "isos": "%d-%02d-%02d 00:00:00" % (y, m, d),
        "words": words_en(y, m, d),
        "serial": str((__import__("datetime").date(y, m, d) -
                       __import__("datetime").date(1899, 12, 30)).days),
    }
    if lg == "en":
        forms["sp"] = R.choice(["%d %s %d" % (d, mo, y), "%s %d, %d" % (mo, d, y),
                                "%s %d %d" % (mo[:3], d, y), "%s %s, %d" % (mo, gen_common.ordinal_en(d), y)])
    elif lg == "de":
        forms["sp"] = "%d. %s %d" % (d, mo, y)
    elif lg in ("es", "pt"):
        forms["sp"] = "%d de %s de %d" % (d, mo, y)
    else:
        forms["sp"] = "%d %s %d" % (d, mo, y)
    if form is None:
        form = R.choice(["dmy", "dot", "iso", "sp", "sp", "short", "dash"] +
                        (["us"] if lg == "en" else []))
    return forms[form]


class Doc(gen_common.Doc):
    records = records

    def fill_tpl(self, tpl, neg, lo, hi):
        g, s = person(self.lg)
        i = 0
        while i < len(tpl):
            j = tpl.find("{", i)
            if j < 0:
                self.t(tpl[i:])
                break
            self.t(tpl[i:j])
            k = tpl.find("}", j)
            key = tpl[j + 1:k]
            if k < 0 or key.split(":")[0] not in ("P", "S", "G", "D", "E", "N", "A"):
                self.t("{")  # a literal brace: a dict in a code fixture
                i = j + 1
                continue
            form = None
            if ":" in key:
                key, form = key.split(":")
            if key == "P":
                self.span("PERSON", g + " " + s)
            elif key == "S":
                self.span("PERSON", s)
            elif key == "G":
                self.span("PERSON", g)
            elif key == "D":
                y, m, d = gen_common.random_ymd(R, lo, hi)
                self.span("NEG_DATE" if neg else "DATE_OF_BIRTH", date_of(self.lg, y, m, d, form))
            elif key == "E":
                y, m, d = gen_common.random_ymd(R, NOW - 1, NOW + 1)
                self.span("NEG_DATE", date_of(self.lg, y, m, d, form))
            elif key == "N":
                self.t(str(R.randint(2, 9999)))
            elif key == "A":
                self.t(str(R.randint(19, 80)))
            i = k + 1
        return self


def emit(cls, table, n, neg=False, lo=1940, hi=2004):
    for k in range(n):
        lg = LANGS[k % 7]
        tpls = table.get(lg) or table["en"]
        doc = Doc(lg, cls)
        doc.fill_tpl(R.choice(tpls), neg, lo, hi)
        doc.done()


# ---- the brief's shapes ------------------------------------------------------------------------
SHEET = {  # spreadsheet rows pasted with tabs, no header
    "en": ["A2: {P}\t{D}", "A{N}: {S}, {G}\t{D}\t{N}", "{P}\t{D}\tLondon",
           "Row {N}: {P}\t{D}", "B{N}\t{P}\t{D:us}\tactive", "A3: {P}\t{D}\nA4: {P}\t{D}"],
    "de": ["A2: {P}\t{D}", "{S}\t{G}\t{D}\tBerlin", "Zeile {N}: {P}\t{D}", "A{N}: {S}, {G}\t{D}"],
    "fr": ["A2: {P}\t{D}", "{S}\t{G}\t{D}\tLyon", "Ligne {N} : {P}\t{D}"],
    "nl": ["A2: {P}\t{D}", "{G}\t{S}\t{D}\tUtrecht", "Rij {N}: {P}\t{D}"],
    "es": ["A2: {P}\t{D}", "{S}\t{G}\t{D}\tSevilla", "Fila {N}: {P}\t{D}"],
    "it": ["A2: {P}\t{D}", "{S}\t{G}\t{D}\tTorino", "Riga {N}: {P}\t{D}"],
    "pt": ["A2: {P}\t{D}", "{S}\t{G}\t{D}\tPorto", "Linha {N}: {P}\t{D}"],
}
SHEET_NEG = {
    "en": ["A2: {P}\t{D}\tpaid", "Due\tClient\n{D}\t{P}", "A{N}: Invoice {N}\t{D}",
           "A2: {P}\tappointment\t{D}", "Q3 release\t{D}"],
    "de": ["A2: {P}\tTermin\t{D}", "Rechnung {N}\t{D}", "A{N}: Lieferung\t{D}"],
    "fr": ["A2: {P}\trendez-vous\t{D}", "Facture {N}\t{D}"],
    "nl": ["A2: {P}\tafspraak\t{D}", "Factuur {N}\t{D}"],
    "es": ["A2: {P}\tcita\t{D}", "Factura {N}\t{D}"],
    "it": ["A2: {P}\tappuntamento\t{D}", "Fattura {N}\t{D}"],
    "pt": ["A2: {P}\tconsulta\t{D}", "Fatura {N}\t{D}"],
}
HOLDS = {
    "en": ["The passport holder {P} holds DOB {D}.", "{P} holds a card with DOB {D}",
           "Card holder: {P}, holds DOB: {D}", "Holder {P} (DOB {D}) holds ID {N}",
           "{P}'s licence holds her DOB as {D}."],
    "de": ["Der Ausweis von {P} hält das Geb.-Datum {D} fest.", "Inhaber {P}, geb. {D}"],
    "fr": ["Titulaire {P}, né le {D}", "La carte de {P} porte la DDN {D}."],
    "nl": ["Houder {P}, geb. {D}", "De pas van {P} vermeldt geboortedatum {D}."],
    "es": ["Titular {P}, f. nac. {D}", "La tarjeta de {P} tiene fecha de nac. {D}."],
    "it": ["Titolare {P}, nato il {D}", "La tessera di {P} riporta la data di nascita {D}."],
    "pt": ["Titular {P}, nasc. {D}", "O cartão de {P} tem data de nasc. {D}."],
}
HOLDS_NEG = {
    "en": ["The passport holder {P} holds a visa valid until {D}.", "{P} holds the record since {D}",
           "Card holder {P}, card expires {D}"],
    "de": ["Inhaber {P}, gültig bis {D}"], "fr": ["Titulaire {P}, valable jusqu'au {D}"],
    "nl": ["Houder {P}, geldig tot {D}"], "es": ["Titular {P}, válida hasta {D}"],
    "it": ["Titolare {P}, valida fino al {D}"], "pt": ["Titular {P}, válido até {D}"],
}
FIXTURE = {
    "en": ["# | {P} | {D:iso} |", "# name | dob\n# {P} | {D:iso} |",
           "users = [{'name': '{P}', 'dob': '{D:iso}'}]",
           "fixture = {\"name\": \"{P}\", \"birth\": \"{D:iso}\"}",
           "    Person(\"{P}\", \"{D:iso}\"),", "  - name: {P}\n    born: {D:iso}",
           "// test data: {P}, {D:iso}", "make_user(name=\"{P}\", birthdate=\"{D:iso}\")",
           "INSERT INTO people (name, dob) VALUES ('{P}', '{D:iso}');",
           "assert age(\"{D:iso}\") == {A}  # {P}'s birthday"],
    "de": ["# | {P} | {D:iso} | Geburtsdatum", "kunde = {'name': '{P}', 'geburtstag': '{D:iso}'}"],
    "fr": ["# | {P} | {D:iso} | naissance", "client = {'nom': '{P}', 'naissance': '{D:iso}'}"],
    "nl": ["klant = {'naam': '{P}', 'geboren': '{D:iso}'}"],
    "es": ["cliente = {'nombre': '{P}', 'nacimiento': '{D:iso}'}"],
    "it": ["cliente = {'nome': '{P}', 'nascita': '{D:iso}'}"],
    "pt": ["cliente = {'nome': '{P}', 'nascimento': '{D:iso}'}"],
}
FIXTURE_NEG = {
    "en": ["(date '{D:iso}')", "SELECT * FROM orders WHERE created > (date '{D:iso}');",
           "assert parse(\"(date {D:iso})\") == ok", "# | release | {D:iso} |",
           "events = [{'name': 'launch', 'date': '{D:iso}'}]",
           "(date \"{D:iso}\") ; the cutoff", "    Release(\"v{N}\", \"{D:iso}\"),",
           "expires_at = (date '{D:iso}')", "make_order(id={N}, created=\"{D:iso}\")",
           "# born-again build {D:iso}"],
}
TYPO = {
    "en": ["{G} was bron on {D}", "my brithday is {D}", "birht date: {D}", "d.o.b {D}",
           "dob. {D}", "{P}, borm {D}", "date of brith: {D}", "bday {D}", "b-day: {D}",
           "DOB - {D}", "dte of birth {D}", "birthdat: {D}", "brthday {D}", "{P} d.o.b. {D}",
           "D.O.B: {D}", "Dob.{D}"],
    "de": ["geburtstag {D}", "Gebutsdatum: {D}", "Geburstag {D}", "{P}, geb {D}",
           "geburtsdatun {D}", "gebohren am {D}", "Geb.datum {D}", "Geburtsdat. {D}"],
    "fr": ["date de naisance : {D}", "née le{D:dmy}", "{P}, nee le {D}", "ddn {D}",
           "date de naissence {D}", "D.D.N. {D}", "Né(e)le {D}"],
    "nl": ["geboortedatm {D}", "geboren op{D:dot}", "gebortedatum: {D}", "geb.dat. {D}",
           "geb {D}", "verjaardg {D}"],
    "es": ["fecha de nacimento {D}", "fecha nac {D}", "naci el {D}", "F. Nac. {D}",
           "cumpleanos {D}", "nacio el {D}", "fec. nacimiento {D}"],
    "it": ["data di nascta {D}", "nata il{D:dmy}", "data nasc {D}", "nato/a {D}",
           "compleano {D}", "d.n. {D}"],
    "pt": ["data de nascimeto {D}", "nasceu em {D}", "dt. nasc. {D}", "aniversario {D}",
           "nascida a {D}", "data nasc {D}"],
}
TYPO_NEG = {
    "en": ["Born to Run was released {D}", "born-again launch on {D}", "dob.js v{N} released {D}",
           "bron-pipeline run {D}", "deadline {D}", "d.o. {D}"],
    "de": ["Geburtstagsfeier der Firma am {D}", "Lieferung am {D}"],
    "fr": ["livraison le {D}", "Naissance d'une nation (DVD) sortie {D}"],
    "nl": ["levering op {D}"], "es": ["entrega el {D}"], "it": ["consegna il {D}"],
    "pt": ["entrega em {D}"],
}
ISAFTER = {
    "en": ["{G}? her birthday is {D}", "{P} - his birthday is {D}", "and {G}'s birthday is {D}",
           "{P}: birthday is {D}", "{G} is {A}, birthday is {D}"],
    "de": ["{G}? ihr Geburtstag ist {D}", "{P} - sein Geburtstag ist der {D}"],
    "fr": ["{G} ? son anniversaire est le {D}", "{P}, sa date de naissance est le {D}"],
    "nl": ["{G}? haar verjaardag is {D}", "{P}, zijn geboortedatum is {D}"],
    "es": ["{G}? su cumpleaños es el {D}", "{P}, su fecha de nacimiento es {D}"],
    "it": ["{G}? il suo compleanno è il {D}", "{P}, la sua data di nascita è il {D}"],
    "pt": ["{G}? o aniversário dela é {D}", "{P}, a data de nascimento dele é {D}"],
}
ISAFTER_NEG = {
    "en": ["{G}? her deadline is {D}", "{P} - his appointment is {D}", "{G}'s last day is {D}"],
    "de": ["{G}? ihr Termin ist {D}"], "fr": ["{G} ? son rendez-vous est le {D}"],
    "nl": ["{G}? haar afspraak is {D}"], "es": ["{G}? su cita es el {D}"],
    "it": ["{G}? il suo appuntamento è il {D}"], "pt": ["{G}? a consulta dela é {D}"],
}
BRACKET = {
    "en": ["Claimant ({S}, {D:dmy}) reported the loss.", "Patient ({S}, {D:dmy}), seen today.",
           "Applicant ({S}, {G}, {D:dmy}) is eligible.", "the insured ({S}, {D:us}) called"],
    "de": ["Versicherter ({S}, {D:dot}) meldete den Schaden.", "Patient ({S}, {D:dot}) kam heute."],
    "fr": ["L'assuré ({S}, {D:dmy}) a appelé.", "Patient ({S}, {D:dmy}) vu ce jour."],
    "nl": ["Verzekerde ({S}, {D:dash}) belde.", "Patiënt ({S}, {D:dash}) gezien."],
    "es": ["El asegurado ({S}, {D:dmy}) llamó.", "Paciente ({S}, {D:dmy}) atendido."],
    "it": ["L'assicurato ({S}, {D:dmy}) ha chiamato.", "Paziente ({S}, {D:dmy}) visitato."],
    "pt": ["O segurado ({S}, {D:dmy}) ligou.", "Paciente ({S}, {D:dmy}) atendido."],
}
BRACKET_NEG = {
    "en": ["Claim ({S}, {D:dmy}) closed.", "Meeting ({S}, {D:dmy}) moved.",
           "Invoice ({S}, {D:dmy}) paid."],
    "de": ["Termin ({S}, {D:dot}) verschoben."], "fr": ["Réunion ({S}, {D:dmy}) déplacée."],
    "nl": ["Afspraak ({S}, {D:dash}) verzet."], "es": ["Reunión ({S}, {D:dmy}) aplazada."],
    "it": ["Riunione ({S}, {D:dmy}) spostata."], "pt": ["Reunião ({S}, {D:dmy}) adiada."],
}


def roles(neg):
    """Markdown tables whose columns have role headers and a date column."""
    for k in range(42):
        lg = LANGS[k % 7]
        doc = Doc(lg, "roles_neg" if neg else "roles")
        head = R.choice(["| PM | QA | Dev | {} |", "| Role | Name | {} |", "| Lead | {} |"])
        col = (R.choice(["Due", "Sprint end", "Release", "Kickoff"]) if neg else
               R.choice(["DOB", "Birthday", "Born", "Geb.", "Né le", "Cumpleaños"]))
        if neg:
            lo, hi = NOW - 1, NOW + 1
        else:
            lo, hi = 1950, 2002
        doc.t(head.format(col) + "\n" + "|---" * (head.count("|") - 1) + "|\n")
        for _ in range(R.randint(2, 4)):
            y, m, d = gen_common.random_ymd(R, lo, hi)
            g, s = person(lg)
            if head.startswith("| PM"):
                g2, s2 = person(lg)
                g3, s3 = person(lg)
                doc.t("| ").span("PERSON", g + " " + s).t(" | ").span("PERSON", g2 + " " + s2)
                doc.t(" | ").span("PERSON", g3 + " " + s3).t(" | ")
            elif head.startswith("| Role"):
                doc.t("| " + R.choice(["PM", "QA", "dev", "UX"]) + " | ")
                doc.span("PERSON", g + " " + s).t(" | ")
            else:
                doc.t("| ").span("PERSON", g + " " + s).t(" | ")
            doc.span("NEG_DATE" if neg else "DATE_OF_BIRTH",
                     date_of(lg, y, m, d, R.choice(["iso", "dmy", "dot"]))).t(" |\n")
        doc.done()


# ---- further forms ---------------------------------------------------------------------------
ABBR = {
    "en": ["{P} (b. {D})", "{P}, b. {D}, London", "{S}, {G}; b {D}", "{P} *{D}"],
    "de": ["{P}, geb. {D}", "{P} (geb. {D})", "{S}, {G}, geb.{D:dot}", "{P} * {D}"],
    "fr": ["{P}, né le {D}", "{P} (née {D})", "{P}, n. le {D}", "{P}, né {D}"],
    "nl": ["{P}, geb. {D}", "{P} (geb. {D})", "{P}, geboren {D}"],
    "es": ["{P}, nac. {D}", "{P} (n. {D})", "{P}, nacida el {D}", "{P}, f. nac. {D}"],
    "it": ["{P}, n. {D}", "{P} (nato il {D})", "{P}, nata a Roma il {D}"],
    "pt": ["{P}, nasc. {D}", "{P} (n. {D})", "{P}, nascido em {D}"],
}
RELATIVE = {
    "en": ["{G} turned {A} on {D}.", "{G} celebrates her 30th on {D}, born that day in Leeds",
           "{P} was born 3 weeks early on {D}.", "{G} came into the world on {D}.",
           "{P} was born prematurely on {D}", "{G}'s birthday: {D} (she's {A})",
           "{P}, age {A} (DOB {D})", "{P}, {A} y/o, DOB {D}", "{P}, {A}yo, born {D}",
           "{G} was delivered on {D} at St Mary's"],
    "de": ["{G} ist am {D} geboren, heute {A} Jahre alt", "{P} kam am {D} zur Welt.",
           "{P}, {A} J., geb. {D}", "{G} ist am {D} auf die Welt gekommen"],
    "fr": ["{G} est venue au monde le {D}.", "{P}, {A} ans, né le {D}",
           "{G} a vu le jour le {D}"],
    "nl": ["{G} kwam ter wereld op {D}.", "{P}, {A} jaar, geboren op {D}"],
    "es": ["{G} vino al mundo el {D}.", "{P}, {A} años, nacido el {D}", "{G} nació prematuro el {D}"],
    "it": ["{G} è venuta al mondo il {D}.", "{P}, {A} anni, nato il {D}"],
    "pt": ["{G} veio ao mundo em {D}.", "{P}, {A} anos, nascido em {D}"],
}
FORMS = {  # dates in words, two-digit years, ISO with time, Excel serials, children's births
    "en": ["{P} was born on {D:words}.", "Born {D:words}, {P} grew up in Hull",
           "DOB: {D:yy}", "{P}, born {D:yy}", "\"dob\": \"{D:isot}\"", "birth_date={D:isot}",
           "DOB\tName\n{D:serial}\t{P}", "Name,DOB\n{P},{D:serial}",
           "Date of birth (Excel): {D:serial}", "Our son {G} was born on {D}.",
           "My daughter {G} (born {D}) starts school", "baby {G} arrived {D}, 3.2 kg",
           "Child: {G}, date of birth {D}", "dateOfBirth: {D:isos}"],
    "de": ["Geburtsdatum: {D:yy}", "Unser Sohn {G} wurde am {D} geboren.", "geburtsdatum={D:isot}",
           "Geb.-Datum\n{D:serial}", "Tochter {G}, geb. {D}"],
    "fr": ["Date de naissance : {D:yy}", "Notre fille {G} est née le {D}.",
           "date_naissance={D:isot}", "Enfant : {G}, né le {D}"],
    "nl": ["Geboortedatum: {D:yy}", "Onze zoon {G} is geboren op {D}.", "geboortedatum={D:isot}"],
    "es": ["Fecha de nacimiento: {D:yy}", "Nuestra hija {G} nació el {D}.",
           "fecha_nacimiento={D:isot}"],
    "it": ["Data di nascita: {D:yy}", "Nostro figlio {G} è nato il {D}.", "data_nascita={D:isot}"],
    "pt": ["Data de nascimento: {D:yy}", "A nossa filha {G} nasceu em {D}.",
           "data_nascimento={D:isot}"],
}
LOOK = {  # look-alikes: appointments, deadlines, releases, pets, albums
    "en": ["Born to Run was released on {D}.", "born-again Christian retreat on {D}",
           "Our puppy Biscuit was born on {D}!", "the kitten was born {D}, vet visit next week",
           "Appointment for {P} on {D}", "Deadline: {D}", "Release date: {D}",
           "Project born on {D} as a hackathon idea", "Warranty until {D}",
           "Our dog's birthday is {D}", "Lease starts {D}", "Created: {D:isot}",
           "{P} joined on {D}", "The mare foaled on {D}", "Date of issue: {D}",
           "reminder: {G}'s farewell {D}"],
    "de": ["Unser Hund Bello wurde am {D} geboren.", "Termin für {P} am {D}", "Frist: {D}",
           "Erscheinungsdatum: {D}", "Ausstellungsdatum: {D}", "Die Katze hat am {D} Geburtstag"],
    "fr": ["Notre chat Minou est né le {D}.", "Rendez-vous de {P} le {D}", "Échéance : {D}",
           "Date de sortie : {D}", "Date de délivrance : {D}"],
    "nl": ["Onze hond Max is geboren op {D}.", "Afspraak {P} op {D}", "Deadline: {D}",
           "Releasedatum: {D}"],
    "es": ["Nuestro perro Toby nació el {D}.", "Cita de {P} el {D}", "Fecha límite: {D}",
           "Fecha de lanzamiento: {D}"],
    "it": ["Il nostro gatto Micio è nato il {D}.", "Appuntamento di {P} il {D}", "Scadenza: {D}",
           "Data di uscita: {D}"],
    "pt": ["O nosso cão Bobi nasceu em {D}.", "Consulta de {P} em {D}", "Prazo: {D}",
           "Data de lançamento: {D}"],
}

emit("sheet", SHEET, 70)
emit("sheet_neg", SHEET_NEG, 35, True, NOW - 1, NOW + 1)
emit("holds", HOLDS, 42)
emit("holds_neg", HOLDS_NEG, 21, True, NOW - 1, NOW + 3)
emit("fixture", FIXTURE, 56)
emit("fixture_neg", FIXTURE_NEG, 35, True, 2000, NOW)
emit("typo", TYPO, 112)
emit("typo_neg", TYPO_NEG, 35, True, NOW - 1, NOW + 1)
emit("isafter", ISAFTER, 56)
emit("isafter_neg", ISAFTER_NEG, 28, True, NOW - 1, NOW + 1)
emit("bracket", BRACKET, 49)
emit("bracket_neg", BRACKET_NEG, 28, True, NOW - 1, NOW + 1)
roles(False)
roles(True)
emit("abbrev", ABBR, 56)
emit("relative", RELATIVE, 70)
emit("forms", FORMS, 98)
emit("look", LOOK, 98, True, 2000, NOW + 1)
gen_common.write_json(records)
