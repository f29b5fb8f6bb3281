#!/usr/bin/env python3
"""gen_dob7.py: a DATE_OF_BIRTH tune set for the text kinds where hush's birth dates were weakest
(issue 15, branch dob7), written from a brief of how people write them, not from the recogniser:

- `chat`: WhatsApp, Telegram, Slack and Teams exports where one speaker asks for a birthday or a
  date of birth ("what's your birthday?", "dob?", "wann hast du Geburtstag?", "c'est quand ton
  anniversaire ?", "¿cuándo naciste?") and another answers one to three lines later with the date
  alone or in a short sentence, about themselves, a child or a parent; the export's own stamps
  and the plans made in the same chat (a dinner, a delivery) are NEG_DATE;
- `chat_yearless`: the same exports answering a birthday question with a day and a month
  ("March 14", "am 4. März", "el 3 de mayo");
- `ticket`: support tickets whose customer gives the date to be verified, with the ticket's
  created, order and delivery dates beside it (NEG_DATE);
- `medical`: discharge summaries, referral letters, prescriptions and vaccination records
  (`DOB`, `Date of Birth`, `Geb.-Dat.`, `Né(e) le`, `F. Nac.`, `D.N.`, `(42 y, 04/03/1982)`),
  with admission, discharge, letter, vaccination and prescription dates (NEG_DATE);
- `announce`: birth announcements ("born on", "welcomed", "came into the world", "ist am ... zur
  Welt gekommen", "est né le", "nació el", "è nata il", "nasceu no dia", "is op ... geboren") and
  obituaries with both dates ("* 3.4.1940 † 2.1.2024", "3 April 1940 – 2 January 2024"); the
  death, funeral and posting dates are NEG_DATE;
- `dev`: fixtures, seed data, factories and API responses: `birthDate`, `dob`, `date_of_birth`,
  `DateOfBirth`, `BIRTH_DATE`, `geburtsdatum`, `fecha_nacimiento`, `data_nascita`,
  `dataNascimento`, `geboortedatum` in JSON, YAML, GraphQL, SQL and code, and constructor calls
  (`Date.new(1987, 3, 4)`, `LocalDate.of(1987, 3, 4)`, `new Date("1987-03-04")`,
  `time.Date(1987, 3, 4, ...)`, `date(1987, 3, 4)`); `createdAt`, `hired_on` beside (NEG_DATE);
- `mixed`: prose with one birth and other dates near the birth word: an appointment, a
  delivery, a signing date, the letter's own date, someone else's death (NEG_DATE);
- `mixed2`: a birth word with no date of its own (a birth year, a birthplace, a birth
  certificate, a birthday party) before another event's date, and a birth field followed on its
  line by a signing, delivery or appointment date (NEG_DATE).

Names are invented (letters recombined, so no lexicon knows them) and labelled PERSON where they
are names. A bare year is no date and is not labelled. presidio-research's JSON shape, code-point
offsets. Deterministic (fixed seed), no input: python3 gen_dob7.py > data/dob7.json
"""
import json
import sys
import random
import gen_common

R = random.Random(70715)
GIVEN = ["Thessaly", "Orwin", "Calliope", "Bredan", "Mireval", "Junot", "Adelvine", "Kasimir",
         "Ysabeau", "Tolvar", "Rosamel", "Quentaro", "Elspira", "Fardan", "Nivella", "Oskeld",
         "Belisande", "Corrado", "Imrelle", "Vasco"]
SURNAME = ["Brackwater", "Vendelmoor", "Quistorff", "Hallowick", "Ostrander", "Pelgrimme",
           "Varnhagen", "Castrovel", "Lindebrook", "Marquessa", "Dunmallow", "Ferreirão",
           "Tollemach", "Zuidervelt", "Arbogasti", "Moncorvel", "Sabreuil", "Elverding"]
KIDS = ["Lenna", "Tobis", "Marit", "Oriol", "Fenja", "Ilario", "Zélie", "Bastiaan", "Noemi",
        "Joaquim", "Aurelio", "Sunniva"]
LANGS = ["en", "de", "fr", "nl", "es", "it", "pt"]
MONTHS = gen_common.MONTHS
records = []


def person():
    return R.choice(GIVEN) + " " + R.choice(SURNAME)


def ordinal_en(d):
    return "%d%s" % (d, "th" if 10 <= d % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th"))


def ymd(lo, hi):
    return R.randint(lo, hi), R.randint(1, 12), R.randint(1, 28)


def written(lg, y, m, d):
    """A date as a writer of lg would put it in a message or a form (regional forms included)."""
    mo = MONTHS[lg][m - 1]
    return R.choice({
        "en": ["%d %s %d" % (d, mo, y), "%s %d, %d" % (mo, d, y), "%02d/%02d/%d" % (d, m, y),
               "%d/%d/%d" % (m, d, y), "%d-%02d-%02d" % (y, m, d), "%s %s %d" % (ordinal_en(d), mo, y),
               "%d %s %d" % (d, mo[:3], y)],
        "de": ["%d. %s %d" % (d, mo, y), "%d.%d.%d" % (d, m, y), "%02d.%02d.%d" % (d, m, y),
               "%02d.%02d.%02d" % (d, m, y % 100)],
        "fr": ["%d %s %d" % (d, mo, y), "%02d/%02d/%d" % (d, m, y), "%02d.%02d.%d" % (d, m, y)],
        "nl": ["%d %s %d" % (d, mo, y), "%02d-%02d-%d" % (d, m, y), "%d-%d-%d" % (d, m, y)],
        "es": ["%d de %s de %d" % (d, mo, y), "%d/%d/%d" % (d, m, y), "%02d/%02d/%d" % (d, m, y),
               "%02d-%02d-%d" % (d, m, y)],
        "it": ["%d %s %d" % (d, mo, y), "%02d/%02d/%d" % (d, m, y), "%d/%d/%d" % (d, m, y)],
        "pt": ["%d de %s de %d" % (d, mo, y), "%02d/%02d/%d" % (d, m, y), "%d/%d/%d" % (d, m, y)],
    }[lg])


def numeric(lg, y, m, d):
    return ("%02d/%02d/%d" % (m, d, y)) if lg == "en" and R.random() < 0.4 else \
        ("%02d.%02d.%d" % (d, m, y)) if lg == "de" else ("%02d/%02d/%d" % (d, m, y))


class Doc:
    def __init__(self, lg, cls):
        self.lg, self.cls, self.text, self.spans = lg, cls, "", []

    def t(self, s):
        self.text += s
        return self

    def span(self, label, v):
        self.spans.append({"entity_type": label, "entity_value": v, "start_position": len(self.text),
                           "end_position": len(self.text) + len(v)})
        self.text += v
        return self

    def p(self, name=None):
        return self.span("PERSON", name or person())

    def dob(self, v):
        return self.span("DATE_OF_BIRTH", v)

    def neg(self, v, label="NEG_DATE"):
        return self.span(label, v)

    def done(self):
        for s in self.spans:
            assert self.text[s["start_position"]:s["end_position"]] == s["entity_value"]
        records.append({"full_text": self.text, "spans": self.spans, "template_id": len(records) % 100,
                        "metadata": {"locale": self.lg, "class": self.cls}})


# ---- chat exports: a question, then the answer lines later ---------------------------------------
ASK = {  # (asking for one's own, asking about a child or parent)
    "en": ["what's your birthday btw?", "dob?", "need your date of birth for the booking form",
           "when were you born again?", "can u send me ur DOB"],
    "de": ["wann hast du eigentlich Geburtstag?", "Geburtsdatum?", "brauche dein Geburtsdatum fürs Formular",
           "wann bist du nochmal geboren?"],
    "fr": ["c'est quand ton anniversaire déjà ?", "date de naissance ?", "il me faut ta date de naissance pour le dossier",
           "tu es né quand ?"],
    "nl": ["wanneer ben je jarig?", "geboortedatum?", "heb je geboortedatum nodig voor het formulier",
           "wanneer ben je geboren?"],
    "es": ["¿cuándo es tu cumple?", "¿fecha de nacimiento?", "necesito tu fecha de nacimiento para la reserva",
           "¿cuándo naciste?"],
    "it": ["quando è il tuo compleanno?", "data di nascita?", "mi serve la tua data di nascita per il modulo",
           "quando sei nato?"],
    "pt": ["quando é o teu aniversário?", "data de nascimento?", "preciso da tua data de nascimento para o formulário",
           "quando é que nasceste?"],
}
ASK_OTHER = {
    "en": ["when was {K} born?", "what's {K}'s date of birth? the school needs it", "mum's dob?"],
    "de": ["wann ist {K} geboren?", "Geburtsdatum von {K}? die Kita fragt", "Mamas Geburtsdatum?"],
    "fr": ["{K} est né quand ?", "date de naissance de {K} ? l'école la demande", "la date de naissance de maman ?"],
    "nl": ["wanneer is {K} geboren?", "geboortedatum van {K}? school vraagt het", "geboortedatum van mama?"],
    "es": ["¿cuándo nació {K}?", "¿fecha de nacimiento de {K}? la pide el cole", "¿la fecha de nacimiento de mamá?"],
    "it": ["quando è nato {K}?", "data di nascita di {K}? la chiede la scuola", "data di nascita della mamma?"],
    "pt": ["quando nasceu o {K}?", "data de nascimento do {K}? a escola pede", "data de nascimento da mãe?"],
}
FILLER = {
    "en": ["hang on", "one sec, looking", "lol ok", "wait"],
    "de": ["moment", "sekunde", "ok warte", "hmm"],
    "fr": ["attends", "deux secondes", "ok je regarde", "euh"],
    "nl": ["momentje", "even kijken", "wacht", "haha ok"],
    "es": ["espera", "un segundo", "vale miro", "jaja ok"],
    "it": ["aspetta", "un attimo", "ok guardo", "ahah ok"],
    "pt": ["espera", "um segundo", "ok vou ver", "kkk ok"],
}
ANSWER = {  # "{D}" is the date
    "en": ["{D}", "it's {D}", "{D} 🙂", "born {D}", "pretty sure it's {D}", "{D} why"],
    "de": ["{D}", "am {D}", "{D} 🙂", "ist der {D}", "{D} wieso"],
    "fr": ["{D}", "le {D}", "{D} 🙂", "c'est le {D}", "{D} pourquoi"],
    "nl": ["{D}", "op {D}", "{D} 🙂", "is {D}", "{D} hoezo"],
    "es": ["{D}", "el {D}", "{D} 🙂", "es el {D}", "{D} por?"],
    "it": ["{D}", "il {D}", "{D} 🙂", "è il {D}", "{D} perché"],
    "pt": ["{D}", "a {D}", "{D} 🙂", "é {D}", "{D} porquê"],
}
PLAN = {  # a plan in the same chat, a NEG_DATE in the answer's shape
    "en": "dinner is on {D} btw", "de": "Essen ist am {D} übrigens", "fr": "le dîner c'est le {D}",
    "nl": "etentje is op {D} trouwens", "es": "la cena es el {D}", "it": "la cena è il {D}",
    "pt": "o jantar é a {D}",
}


def chat_line(doc, fmt, who, i, stamp_neg):
    """Writes one export header for speaker `who`; the stamp's date is NEG_DATE when asked."""
    if not hasattr(doc, "clock"):  # one day per chat, minutes rising from line to line
        doc.clock = (R.randint(1, 6), R.randint(1, 28), R.randint(8 * 60, 20 * 60))
    m, d, t = doc.clock
    doc.clock = (m, d, t + R.randint(0, 25))
    y, h, mi = 2026, t // 60, t % 60
    if fmt == "whatsapp":
        doc.t("[")
        (doc.neg if stamp_neg else doc.t)("%02d/%02d/%d" % (d, m, y))
        doc.t(", %02d:%02d:%02d] " % (h, mi, R.randint(0, 59))).p(who).t(": ")
    elif fmt == "whatsapp2":
        (doc.neg if stamp_neg else doc.t)("%d/%d/%02d" % (m, d, y % 100))
        doc.t(", %d:%02d %s - " % (h % 12 or 12, mi, "PM" if h >= 12 else "AM")).p(who).t(": ")
    elif fmt == "telegram":
        doc.p(who).t(", [")
        (doc.neg if stamp_neg else doc.t)("%02d.%02d.%d" % (d, m, y))
        doc.t(" %02d:%02d]\n" % (h, mi))
    elif fmt == "slack":
        doc.p(who).t("  %d:%02d %s\n" % (h % 12 or 12, mi, "PM" if h >= 12 else "AM"))
    else:  # teams
        doc.p(who).t("\n%d/%d %d:%02d %s\n" % (m, d, h % 12 or 12, mi, "PM" if h >= 12 else "AM"))


FORMATS = ["whatsapp", "whatsapp2", "telegram", "slack", "teams"]
for i in range(84):
    lg = LANGS[i % 7]
    fmt = FORMATS[i % 5]
    doc = Doc(lg, "chat")
    a, b = person(), person()
    about_other = i % 3 == 2
    kid = R.choice(KIDS)
    if about_other:
        q = R.choice(ASK_OTHER[lg])
        y, m, d = ymd(2012, 2024) if "{K}" in q else ymd(1940, 1965)
        q = q.replace("{K}", kid)
    else:
        q = R.choice(ASK[lg])
        y, m, d = ymd(1962, 2006)
    parts = q.split(kid) if about_other and kid in q else [q]
    chat_line(doc, fmt, a, i, i % 4 == 0)
    for k, part in enumerate(parts):
        doc.t(part)
        if k + 1 < len(parts):
            doc.p(kid)
    doc.t("\n")
    for _ in range(i % 3):  # fillers between the question and the answer
        chat_line(doc, fmt, b if _ % 2 == 0 else a, i, False)
        doc.t(R.choice(FILLER[lg]) + "\n")
    chat_line(doc, fmt, b, i, False)
    ans = R.choice(ANSWER[lg])
    pre, post = ans.split("{D}")
    doc.t(pre).dob(written(lg, y, m, d)).t(post + "\n")
    if i % 2 == 0:
        chat_line(doc, fmt, a, i, False)
        py, pm, pd = 2026, R.randint(1, 12), R.randint(1, 28)
        pre, post = PLAN[lg].split("{D}")
        doc.t(pre).neg(written(lg, py, pm, pd)).t(post + "\n")
    doc.done()

# Look-alikes: the same chat shape, a question for another date and its answer (NEG_DATE).
ASK_NEG = {
    "en": ["when's the delivery?", "what date is the wedding?", "when do you fly back?"],
    "de": ["wann kommt die Lieferung?", "wann ist die Hochzeit?", "wann fliegst du zurück?"],
    "fr": ["la livraison c'est quand ?", "le mariage c'est quelle date ?", "tu rentres quand ?"],
    "nl": ["wanneer komt de levering?", "welke datum is de bruiloft?", "wanneer vlieg je terug?"],
    "es": ["¿cuándo llega el pedido?", "¿qué fecha es la boda?", "¿cuándo vuelves?"],
    "it": ["quando arriva la consegna?", "che data è il matrimonio?", "quando torni?"],
    "pt": ["quando chega a encomenda?", "qual é a data do casamento?", "quando voltas?"],
}
for i in range(28):
    lg = LANGS[i % 7]
    fmt = FORMATS[i % 5]
    doc = Doc(lg, "chat_neg")
    a, b = person(), person()
    chat_line(doc, fmt, a, i, i % 2 == 0)
    doc.t(R.choice(ASK_NEG[lg]) + "\n")
    chat_line(doc, fmt, b, i, False)
    pre, post = R.choice(ANSWER[lg][:3]).split("{D}")
    doc.t(pre).neg(written(lg, 2026, R.randint(1, 12), R.randint(1, 28))).t(post + "\n")
    doc.done()

# ---- support tickets -----------------------------------------------------------------------------
TICKET = {
    "en": ("Ticket #{N} | created ", "\nFrom: ", "\nSubject: can't log in\n\nHi, I'm locked out of my account. "
           "For verification my date of birth is ", ". My last order was placed on ", ".\nThanks"),
    "de": ("Ticket #{N} | erstellt ", "\nVon: ", "\nBetreff: Login gesperrt\n\nHallo, mein Konto ist gesperrt. "
           "Zur Verifizierung, mein Geburtsdatum: ", ". Die letzte Bestellung war am ", ".\nDanke"),
    "fr": ("Ticket n°{N} | créé le ", "\nDe : ", "\nObjet : compte bloqué\n\nBonjour, mon compte est bloqué. "
           "Pour vérification, je suis né le ", ". Ma dernière commande date du ", ".\nMerci"),
    "nl": ("Ticket #{N} | aangemaakt ", "\nVan: ", "\nOnderwerp: account geblokkeerd\n\nHoi, ik kan niet inloggen. "
           "Ter verificatie: mijn geboortedatum is ", ". Mijn laatste bestelling was op ", ".\nBedankt"),
    "es": ("Ticket #{N} | creado ", "\nDe: ", "\nAsunto: cuenta bloqueada\n\nHola, no puedo entrar. "
           "Para verificar, mi fecha de nacimiento es ", ". Mi último pedido fue el ", ".\nGracias"),
    "it": ("Ticket #{N} | creato il ", "\nDa: ", "\nOggetto: account bloccato\n\nSalve, non riesco ad accedere. "
           "Per la verifica, sono nato il ", ". L'ultimo ordine è del ", ".\nGrazie"),
    "pt": ("Ticket #{N} | criado em ", "\nDe: ", "\nAssunto: conta bloqueada\n\nOlá, não consigo entrar. "
           "Para verificação, a minha data de nascimento é ", ". A última encomenda foi a ", ".\nObrigado"),
}
AGENT_ASK = {
    "en": ("Agent (", "): To verify your identity, please reply with your full name and date of birth.\n",
           "Customer (", "): "),
    "de": ("Agent (", "): Zur Identitätsprüfung bitte vollständigen Namen und Geburtsdatum angeben.\n",
           "Kunde (", "): "),
    "fr": ("Agent (", ") : Pour vérifier votre identité, merci d'indiquer nom complet et date de naissance.\n",
           "Client (", ") : "),
    "nl": ("Medewerker (", "): Stuur ter controle uw volledige naam en geboortedatum.\n", "Klant (", "): "),
    "es": ("Agente (", "): Para verificar su identidad, indique nombre completo y fecha de nacimiento.\n",
           "Cliente (", "): "),
    "it": ("Operatore (", "): Per verificare l'identità, indichi nome completo e data di nascita.\n",
           "Cliente (", "): "),
    "pt": ("Agente (", "): Para confirmar a identidade, indique o nome completo e a data de nascimento.\n",
           "Cliente (", "): "),
}
for i in range(42):
    lg = LANGS[i % 7]
    doc = Doc(lg, "ticket")
    y, m, d = ymd(1950, 2004)
    if i % 2 == 0:
        a, b, c, e, f = TICKET[lg]
        doc.t(a.replace("{N}", str(R.randint(10000, 99999)))).neg(numeric(lg, 2026, R.randint(1, 6), R.randint(1, 28)))
        doc.t(b).p().t(c).dob(written(lg, y, m, d)).t(e).neg(written(lg, 2025, R.randint(1, 12), R.randint(1, 28))).t(f)
    else:
        a, b, c, e = AGENT_ASK[lg]
        st = "%d-%02d-%02d %02d:%02d" % (2026, R.randint(1, 6), R.randint(1, 28), R.randint(8, 18), R.randint(0, 59))
        doc.t(a + st + b + c + st[:-2] + "%02d" % R.randint(0, 59) + e).p().t(R.choice([", ", " - ", "\n"]))
        doc.dob(written(lg, y, m, d)).t("\n")
    doc.done()

# ---- medical documents ---------------------------------------------------------------------------
MED = {  # (birth label, admission label, discharge/other label)
    "en": [("DOB: ", "Admitted: ", "Discharged: "), ("Date of Birth: ", "Date of referral: ", "Letter date: "),
           ("D.O.B. ", "Vaccination date: ", "Next dose due: ")],
    "de": [("Geb.-Dat.: ", "Aufnahme: ", "Entlassung: "), ("geb. am ", "stationär vom ", "bis "),
           ("Geburtsdatum: ", "Impfdatum: ", "Ausstellungsdatum: ")],
    "fr": [("Né(e) le : ", "Date d'entrée : ", "Date de sortie : "), ("née le ", "hospitalisée du ", "au "),
           ("Date de naissance : ", "Date de vaccination : ", "Ordonnance du : ")],
    "nl": [("Geb.datum: ", "Opname: ", "Ontslag: "), ("geboren ", "opgenomen op ", "ontslagen op "),
           ("Geboortedatum: ", "Vaccinatiedatum: ", "Datum recept: ")],
    "es": [("F. Nac.: ", "Fecha de ingreso: ", "Fecha de alta: "), ("F. nacimiento: ", "Ingreso: ", "Alta: "),
           ("Fecha de nacimiento: ", "Fecha de vacunación: ", "Fecha de receta: ")],
    "it": [("Data di nascita: ", "Data ricovero: ", "Data dimissione: "), ("nato il ", "ricoverato il ", "dimesso il "),
           ("D.N.: ", "Data vaccinazione: ", "Data prescrizione: ")],
    "pt": [("D.N.: ", "Data de admissão: ", "Data de alta: "), ("Data de nasc.: ", "Internado em ", "Alta em "),
           ("Data de nascimento: ", "Data da vacina: ", "Data da receita: ")],
}
TITLE = {"en": "DISCHARGE SUMMARY", "de": "Entlassungsbrief", "fr": "Compte rendu d'hospitalisation",
         "nl": "Ontslagbrief", "es": "Informe de alta", "it": "Lettera di dimissione", "pt": "Nota de alta"}
PAT = {"en": "Patient: ", "de": "Patient: ", "fr": "Patient : ", "nl": "Patiënt: ", "es": "Paciente: ",
       "it": "Paziente: ", "pt": "Doente: "}
YEARS = {"en": " y", "de": " J.", "fr": " ans", "nl": " jr", "es": " años", "it": " anni", "pt": " anos"}
for i in range(84):
    lg = LANGS[i % 7]
    doc = Doc(lg, "medical")
    y, m, d = ymd(1930, 2010)
    bl, al, dl = MED[lg][i % 3]
    ay, am, ad = 2026, R.randint(1, 5), R.randint(1, 20)
    style = (i // 7) % 4
    if style == 0:  # a form block, one field per line
        doc.t(TITLE[lg] + "\n" + PAT[lg]).p().t("\n" + bl).dob(numeric(lg, y, m, d))
        doc.t("\n" + al).neg(numeric(lg, ay, am, ad)).t("\n" + dl).neg(numeric(lg, ay, am, ad + 5)).t("\n")
    elif style == 1:  # fields on one line
        doc.t(PAT[lg]).p().t(" | " + bl).dob(written(lg, y, m, d)).t(" | " + al).neg(written(lg, ay, am, ad))
        doc.t(" | " + dl).neg(written(lg, ay, am, ad + 3)).t("\n")
    elif style == 2:  # the age with the date in brackets
        doc.t(TITLE[lg] + "\n\n").p().t(" (%d%s, " % (2026 - y - 1, YEARS[lg])).dob(numeric(lg, y, m, d)).t(")")
        doc.t(", " + al.strip().rstrip(":").lower() + " ").neg(numeric(lg, ay, am, ad)).t(".\n")
    else:  # a referral letter: the letter's date first, then the patient
        doc.t(R.choice(["Leeds", "Graz", "Namur", "Utrecht", "Cádiz", "Parma", "Braga"]) + ", ")
        doc.neg(written(lg, ay, am, ad)).t("\n\n" + {"en": "Re: ", "de": "Betr.: ", "fr": "Concerne : ",
                                                      "nl": "Betreft: ", "es": "Ref.: ", "it": "Oggetto: ",
                                                      "pt": "Ref.: "}[lg]).p().t(", " + bl).dob(numeric(lg, y, m, d))
        doc.t("\n" + dl).neg(numeric(lg, ay, am, ad + 2)).t("\n")
    doc.done()

# ---- birth announcements and obituaries ----------------------------------------------------------
BORN = {  # (before the date, after it); {K} the child
    "en": [("We are thrilled to announce that {K} was born on ", ", weighing 3.4 kg."),
           ("We welcomed our daughter {K} on ", ". Mum and baby are doing well!"),
           ("Our little {K} came into the world on ", " at 4:12 am.")],
    "de": [("Unser Sohn {K} ist am ", " zur Welt gekommen."), ("{K} wurde am ", " geboren, 3.420 g, 51 cm."),
           ("Wir freuen uns über die Geburt von {K} am ", ".")],
    "fr": [("{K} est né le ", " à la maternité de Namur."), ("Nous avons la joie de vous annoncer la naissance de {K} le ", "."),
           ("{K} est arrivée parmi nous le ", ", 3,2 kg de bonheur.")],
    "nl": [("{K} is op ", " geboren, 3420 gram."), ("Wij zijn blij met de geboorte van {K} op ", "."),
           ("Op ", " werd onze zoon {K} geboren.")],
    "es": [("{K} nació el ", " en el Hospital de Cádiz."), ("Os presentamos a {K}, que llegó al mundo el ", "."),
           ("Damos la bienvenida a {K}, nacido el ", ".")],
    "it": [("{K} è nata il ", " alle 6:40, 3,1 kg."), ("Siamo felici di annunciare la nascita di {K} il ", "."),
           ("Il ", " è venuto al mondo {K}.")],
    "pt": [("O {K} nasceu no dia ", ", com 3,5 kg."), ("A {K} chegou ao mundo a ", "."),
           ("Com muita alegria anunciamos o nascimento da {K} em ", ".")],
}
POSTED = {"en": "Posted ", "de": "Veröffentlicht am ", "fr": "Publié le ", "nl": "Geplaatst op ",
          "es": "Publicado el ", "it": "Pubblicato il ", "pt": "Publicado a "}
OBIT = {  # (intro, after the death date: funeral words)
    "en": ("In loving memory of ", "The funeral will be held on "),
    "de": ("In stiller Trauer nehmen wir Abschied von ", "Die Beisetzung findet am "),
    "fr": ("Nous avons la tristesse de vous faire part du décès de ", "Les obsèques auront lieu le "),
    "nl": ("Met verdriet delen wij mee dat is overleden ", "De uitvaart is op "),
    "es": ("Con profundo dolor comunicamos el fallecimiento de ", "El funeral será el "),
    "it": ("Ne danno il triste annuncio i familiari di ", "Il funerale si terrà il "),
    "pt": ("Com profunda tristeza comunicamos o falecimento de ", "O funeral realiza-se a "),
}
for i in range(70):
    lg = LANGS[i % 7]
    doc = Doc(lg, "announce")
    if i % 2 == 0:
        y, m, d = 2025 + (i % 4 == 0), R.randint(1, 12), R.randint(1, 28)
        pre, post = BORN[lg][(i // 2) % 3]
        if R.random() < 0.5:
            doc.t(POSTED[lg]).neg(written(lg, 2026, R.randint(1, 5), R.randint(1, 28))).t("\n")
        segs = pre.split("{K}")
        doc.t(segs[0])
        if len(segs) > 1:
            doc.p(R.choice(KIDS) + " " + R.choice(SURNAME)).t(segs[1])
        dv = written(lg, y, m, d)
        post_segs = post.split("{K}")
        doc.dob(dv).t(post_segs[0])
        if len(post_segs) > 1:
            doc.p(R.choice(KIDS)).t(post_segs[1])
    else:
        y, m, d = ymd(1925, 1960)
        dy, dm, dd = 2025 + (i % 3 == 0), R.randint(1, 12), R.randint(1, 28)
        intro, fun = OBIT[lg]
        doc.t(intro).p().t("\n")
        shape = (i // 2) % 3
        if shape == 0:
            doc.t("* ").dob("%d.%d.%d" % (d, m, y)).t("  † ").neg("%d.%d.%d" % (dd, dm, dy)).t("\n")
        elif shape == 1:
            doc.dob(written(lg, y, m, d)).t(" – ").neg(written(lg, dy, dm, dd)).t("\n")
        else:
            doc.t("(").dob(numeric(lg, y, m, d)).t(" - ").neg(numeric(lg, dy, dm, dd)).t(")\n")
        fy, fm, fd = dy, dm, min(dd + 5, 28)
        doc.t(fun).neg(written(lg, fy, fm, fd)).t({"de": " statt.", "en": " at 11:00."}.get(lg, " à 11h." if lg == "fr" else "."))
    doc.done()

# ---- developer text ------------------------------------------------------------------------------
KEYS = ["birthDate", "dob", "date_of_birth", "DateOfBirth", "BIRTH_DATE", "dateOfBirth", "birth-date",
        "geburtsdatum", "fecha_nacimiento", "data_nascita", "dataNascimento", "geboortedatum",
        "date_naissance", "Dob", "birthdate"]
NEGKEYS = ["createdAt", "updated_at", "hired_on", "lastLogin", "expiryDate", "signup_date"]
LG_OF = {"geburtsdatum": "de", "fecha_nacimiento": "es", "data_nascita": "it", "dataNascimento": "pt",
         "geboortedatum": "nl", "date_naissance": "fr"}
for i in range(90):
    key = KEYS[i % len(KEYS)]
    nk = NEGKEYS[i % len(NEGKEYS)]
    doc = Doc(LG_OF.get(key, "en"), "dev")
    y, m, d = ymd(1950, 2005)
    iso = "%d-%02d-%02d" % (y, m, d)
    ny, nm, nd = 2024, R.randint(1, 12), R.randint(1, 28)
    niso = "%d-%02d-%02d" % (ny, nm, nd)
    name = person()
    shape = i % 10
    if shape == 0:  # JSON API response
        doc.t('{\n  "data": {\n    "user": {\n      "id": "%d",\n      "name": "' % R.randint(100, 999)).p(name)
        doc.t('",\n      "%s": "' % key).dob(iso).t('",\n      "%s": "' % nk).neg(niso + "T10:22:31Z").t('"\n    }\n  }\n}\n')
    elif shape == 1:  # YAML fixture
        doc.t("users:\n  - name: ").p(name).t("\n    %s: " % key).dob(iso).t("\n    %s: " % nk).neg(niso).t("\n")
    elif shape == 2:  # Ruby factory
        doc.t("FactoryBot.define do\n  factory :patient do\n    name { \"").p(name)
        doc.t("\" }\n    %s { Date.new(" % key.lower().replace("-", "_")).dob("%d, %d, %d" % (y, m, d))
        doc.t(") }\n    %s { Date.new(" % nk.lower()).neg("%d, %d, %d" % (ny, nm, nd)).t(") }\n  end\nend\n")
    elif shape == 3:  # Java
        doc.t('Person p = new Person("').p(name).t('", LocalDate.of(').dob("%d, %d, %d" % (y, m, d))
        doc.t("));\np.set%s(LocalDate.of(" % (nk[0].upper() + nk[1:])).neg("%d, %d, %d" % (ny, nm, nd)).t("));\n")
    elif shape == 4:  # TypeScript
        doc.t("const user: User = {\n  name: '").p(name).t("',\n  %s: new Date('" % key.replace("-", ""))
        doc.dob(iso).t("'),\n  %s: new Date('" % nk).neg(niso).t("'),\n};\n")
    elif shape == 5:  # Go
        doc.t('u := User{Name: "').p(name).t('", BirthDate: time.Date(').dob("%d, %d, %d" % (y, m, d))
        doc.t(", 0, 0, 0, 0, time.UTC), CreatedAt: time.Date(").neg("%d, %d, %d" % (ny, nm, nd)).t(", 9, 30, 0, 0, time.UTC)}\n")
    elif shape == 6:  # Python factory
        doc.t("patient = Patient(\n    name=\"").p(name).t("\",\n    %s=date(" % key.lower().replace("-", "_"))
        doc.dob("%d, %d, %d" % (y, m, d)).t("),\n    %s=date(" % nk.lower()).neg("%d, %d, %d" % (ny, nm, nd)).t("),\n)\n")
    elif shape == 7:  # SQL seed
        doc.t("INSERT INTO patients (name, %s, %s) VALUES ('" % (key.lower().replace("-", "_"), nk.lower()))
        doc.p(name).t("', '").dob(iso).t("', '").neg(niso).t("');\n")
    elif shape == 8:  # GraphQL response, a quoted key in a log line
        doc.t('DEBUG graphql response={"patient":{"fullName":"').p(name).t('","%s":"' % key).dob(iso)
        doc.t('","%s":"' % nk).neg(niso).t('"}}\n')
    else:  # a test assertion
        doc.t('expect(profile.%s).toEqual("' % key.replace("-", "")).dob(iso).t('");\nexpect(profile.%s).toEqual("' % nk)
        doc.neg(niso).t('");\n')
    doc.done()

# ---- mixed prose: one birth, other dates near the birth word -------------------------------------
MIXED = {  # (text before the birth, between the birth and the other date, after); the other date is NEG
    "en": [("I was born on ", " and my appointment is on ", "."),
           ("My son was born on ", "; the parcel with his things arrives on ", "."),
           ("Born ", ". Contract signed on ", "."),
           ("My mother, born ", ", passed away on ", ".")],
    "de": [("Ich bin am ", " geboren, der Termin ist am ", "."),
           ("Geboren am ", ", Vertrag unterschrieben am ", "."),
           ("Meine Mutter (geb. ", ") ist am ", " verstorben.")],
    "fr": [("Je suis né le ", " et mon rendez-vous est le ", "."),
           ("Née le ", ", contrat signé le ", "."),
           ("Mon père, né le ", ", est décédé le ", ".")],
    "nl": [("Ik ben geboren op ", " en mijn afspraak is op ", "."),
           ("Geboren op ", ", contract getekend op ", "."),
           ("Mijn vader, geboren op ", ", is overleden op ", ".")],
    "es": [("Nací el ", " y mi cita es el ", "."),
           ("Nacida el ", ", contrato firmado el ", "."),
           ("Mi padre, nacido el ", ", falleció el ", ".")],
    "it": [("Sono nato il ", " e l'appuntamento è il ", "."),
           ("Nata il ", ", contratto firmato il ", "."),
           ("Mio padre, nato il ", ", è morto il ", ".")],
    "pt": [("Nasci a ", " e a consulta é a ", "."),
           ("Nascida em ", ", contrato assinado em ", "."),
           ("O meu pai, nascido em ", ", faleceu em ", ".")],
}
WRITTEN_ON = {"en": "Written on ", "de": "Geschrieben am ", "fr": "Rédigé le ", "nl": "Opgesteld op ",
              "es": "Redactado el ", "it": "Redatto il ", "pt": "Redigido em "}
for i in range(70):
    lg = LANGS[i % 7]
    doc = Doc(lg, "mixed")
    y, m, d = ymd(1940, 2004)
    a, b, c = MIXED[lg][(i // 7) % len(MIXED[lg])]
    oy, om, od = R.randint(2024, 2026), R.randint(1, 12), R.randint(1, 28)
    if i % 3 == 0:
        doc.t(WRITTEN_ON[lg]).neg(written(lg, 2026, R.randint(1, 5), R.randint(1, 28))).t(". ")
    doc.t(a).dob(written(lg, y, m, d)).t(b).neg(written(lg, oy, om, od)).t(c)
    doc.done()

# ---- chat answers without a year to a birthday question ------------------------------------------
YEARLESS = {"en": lambda d, m: R.choice(["%s %d" % (MONTHS["en"][m - 1], d), "%d %s" % (d, MONTHS["en"][m - 1]),
                                         "%s of %s" % (ordinal_en(d), MONTHS["en"][m - 1].lower())]),
            "de": lambda d, m: "am %d. %s" % (d, MONTHS["de"][m - 1]),
            "fr": lambda d, m: "le %d %s" % (d, MONTHS["fr"][m - 1]),
            "nl": lambda d, m: "%d %s" % (d, MONTHS["nl"][m - 1]),
            "es": lambda d, m: "el %d de %s" % (d, MONTHS["es"][m - 1]),
            "it": lambda d, m: "il %d %s" % (d, MONTHS["it"][m - 1]),
            "pt": lambda d, m: "%d de %s" % (d, MONTHS["pt"][m - 1])}
for i in range(28):
    lg = LANGS[i % 7]
    fmt = FORMATS[i % 5]
    doc = Doc(lg, "chat_yearless")
    a, b = person(), person()
    chat_line(doc, fmt, a, i, False)
    doc.t(ASK[lg][0] + "\n")
    chat_line(doc, fmt, b, i, False)
    v = YEARLESS[lg](R.randint(1, 28), R.randint(1, 12))
    pre = ""
    for art in ("am ", "le ", "el ", "il "):
        if v.startswith(art):
            pre, v = art, v[len(art):]
    doc.t(pre).dob(v).t(R.choice(["", " 🎂", " why"]) + "\n")
    doc.done()

# ---- harder mixed prose: the birth without a date, or a birth field then other dates -----------
# (before, NEG date, after); "{B}" marks a birth date when the template has one, else none.
MIXED2 = {
    "en": ["My son, born in 2019, starts school on {N}.", "She was born in Lyon and moved to Leeds on {N}.",
           "Attach your birth certificate (issued {N}) to the form.", "I was born in March; the letter was written on {N}.",
           "Date of birth of the deceased: {B}, date of death: {N}.", "DOB {B}  Signed {N}",
           "Her birthday party is on {N} at the community hall.", "Born {B} | Appointment {N} | Delivered {N}"],
    "de": ["Mein Sohn, geboren 2019, kommt am {N} in die Schule.", "Sie ist in Lyon geboren und am {N} nach Graz gezogen.",
           "Geburtsurkunde (ausgestellt am {N}) bitte beilegen.", "Geburtsdatum {B}, Liefertermin {N}.",
           "Die Geburtstagsfeier ist am {N} im Gemeindesaal.", "Geb. {B}, unterschrieben am {N}"],
    "fr": ["Mon fils, né en 2019, entre à l'école le {N}.", "Elle est née à Lyon et s'est installée à Namur le {N}.",
           "Joindre l'acte de naissance (délivré le {N}).", "Date de naissance : {B} ; rendez-vous le {N}.",
           "La fête d'anniversaire aura lieu le {N}.", "Né le {B}, contrat signé le {N}, livré le {N}."],
    "nl": ["Mijn zoon, geboren in 2019, gaat op {N} naar school.", "Ze is geboren in Lyon en verhuisde op {N} naar Gent.",
           "Voeg het geboorteakte-uittreksel (afgegeven op {N}) toe.", "Geboortedatum: {B}; afspraak op {N}.",
           "Het verjaardagsfeest is op {N} in het buurthuis."],
    "es": ["Mi hijo, nacido en 2019, empieza el colegio el {N}.", "Nació en Lyon y se mudó a Cádiz el {N}.",
           "Adjunte la partida de nacimiento (expedida el {N}).", "Fecha de nacimiento: {B}; cita el {N}.",
           "La fiesta de cumpleaños es el {N}."],
    "it": ["Mio figlio, nato nel 2019, inizia la scuola il {N}.", "È nata a Lione e si è trasferita a Parma il {N}.",
           "Allegare il certificato di nascita (rilasciato il {N}).", "Data di nascita: {B}; appuntamento il {N}.",
           "La festa di compleanno è il {N}."],
    "pt": ["O meu filho, nascido em 2019, começa a escola a {N}.", "Nasceu em Lyon e mudou-se para Braga a {N}.",
           "Anexe a certidão de nascimento (emitida em {N}).", "Data de nascimento: {B}; consulta a {N}.",
           "A festa de aniversário é a {N}."],
}
for i in range(70):
    lg = LANGS[i % 7]
    doc = Doc(lg, "mixed2")
    tpl = MIXED2[lg][(i // 7) % len(MIXED2[lg])]
    while tpl:
        b, n = tpl.find("{B}"), tpl.find("{N}")
        k = min(x for x in (b, n, len(tpl)) if x >= 0)
        doc.t(tpl[:k])
        if k == len(tpl):
            break
        if k == b:
            y, m, d = ymd(1940, 2004)
            doc.dob(written(lg, y, m, d))
        else:
            doc.neg(written(lg, R.randint(2024, 2026), R.randint(1, 12), R.randint(1, 28)))
        tpl = tpl[k + 3:]
    doc.done()

json.dump(records, sys.stdout, ensure_ascii=False, indent=1)
