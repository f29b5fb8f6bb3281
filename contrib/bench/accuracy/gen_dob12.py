#!/usr/bin/env python3
"""gen_dob12.py: a DATE_OF_BIRTH tune set for dates of birth shown by their place, not by a birth
word (issue 15, branch dob12). The lead counted a blind set's missed births by shape only: a date
right after a person's name with no birth word near. Every wording, layout and name here was
designed for this file, in en/de/fr/nl/es/it/pt, with non-birth dates in the same shapes:

- `intake`: case and intake tables, `| Okafor, Chidi, 04/03/1987 | asylum |` (the date in the
  name's cell) and `| Okafor, Chidi | 1987-03-04 | asylum | open |` (the date in the cell after
  it), with no header or a header whose date column is blank or says nothing. Look-alike
  (`intake_neg`): the same tables whose date column holds hearings, appointments or deadlines
  this year and next, or whose header names the event (`Hearing`, `Termin`, `Échéance`).
- `note`: loan and CRM notes, `Ivanova (04.03.1987)`, `Applicant: Maria Keller (3 Mar 1987),
  employed since 2015`. Look-alike (`note_neg`): `Meeting with Maria Keller (04.03.2027)`, a
  visit or an invoice date in the same bracket, this year or in the future.
- `export`: loyalty and CRM exports (`;`, `,`, tab) where a date cell follows an e-mail or a
  phone cell, the header with `birthday`/`dob`/`geb`/`nascimento` far above or absent.
  Look-alike (`export_neg`): the same rows with a last-login, signup or last-order date.
- `mail`: e-mail threads in es/fr/it/nl/de/pt/en where the birth word stands after the date or
  far from it (`nació el 4 de marzo de 1987`, `Klar, sie ist am 04.03.1987 geboren.`, `il est né
  le ...`). Look-alike (`mail_neg`): match days, deliveries, deadlines in the same sentences.
- `abbrev`: `04/03/1987 born`, `b.`, `geb.`, `née`, `n.`, `s.` before or after the date beside a
  name. Look-alike (`abbrev_neg`): `Fattura n. 12.03.2024`, `Art. n.`, `Rechnung geb. ...`-free
  invoice and match lines.

Names are invented from syllables or drawn from short real lists, labelled PERSON. Deterministic,
stdlib only: python3 gen_dob12.py > data/dob12.json
"""
import random
import gen_common
from gen_common import MONTHS

R = random.Random(120012)
LANGS = ["en", "de", "fr", "nl", "es", "it", "pt"]
SYL = ["ka", "dor", "mi", "len", "obu", "ra", "tes", "vi", "gan", "ul", "pho", "rek", "si", "ama",
       "tor", "bel", "yu", "nok", "ef", "zar"]
ENDS = ["ovic", "sen", "ard", "elli", "ema", "iga", "orf", "aux", "ez", "inho"]
REAL = {
    "en": (["Chidi", "Maria", "Oliver", "Grace", "Tomasz", "Aisha"],
           ["Okafor", "Keller", "Ivanova", "Bennett", "Walsh", "Nowak"]),
    "de": (["Jonas", "Lena", "Matthias", "Sabine", "Yusuf"], ["Krämer", "Vogt", "Hartmann",
                                                               "Yilmaz", "Brandt"]),
    "fr": (["Camille", "Julien", "Amélie", "Karim"], ["Lefèvre", "Moreau", "Benali", "Girard"]),
    "nl": (["Sanne", "Pieter", "Fleur", "Daan"], ["Visser", "de Boer", "Bakker", "Mulder"]),
    "es": (["Lucía", "Javier", "Carmen", "Diego"], ["Herrera", "Castillo", "Navarro", "Ortega"]),
    "it": (["Giulia", "Marco", "Chiara", "Davide"], ["Esposito", "Ricci", "Colombo", "Greco"]),
    "pt": (["Inês", "Tiago", "Beatriz", "Rafael"], ["Ferreira", "Carvalho", "Almeida", "Sousa"]),
}
records = []
NOW = 2026


class Doc(gen_common.Doc):
    records = records


def person(lg):
    if R.random() < 0.4:
        g, s = REAL[lg]
        return R.choice(g), R.choice(s)
    return (gen_common.invent_syllables(R, SYL, ENDS, False),
            gen_common.invent_syllables(R, SYL, ENDS, True))


def numdate(y, m, d, style=None):
    style = R.randrange(5) if style is None else style
    return ["%02d/%02d/%d" % (d, m, y), "%02d.%02d.%d" % (d, m, y), "%d-%02d-%02d" % (y, m, d),
            "%02d-%02d-%d" % (d, m, y), "%d.%d.%d" % (d, m, y)][style]


def spelled(lg, y, m, d):
    mo = MONTHS[lg][m - 1]
    if lg == "en":
        return R.choice(["%d %s %d" % (d, mo, y), "%d %s %d" % (d, mo[:3], y),
                         "%s %d, %d" % (mo, d, y)])
    if lg == "de":
        return "%d. %s %d" % (d, mo, y)
    if lg in ("es", "pt"):
        return "%d de %s de %d" % (d, mo, y)
    return "%d %s %d" % (d, mo, y)


def birth_date(lg, numeric=True, lo=1938, hi=2004):
    y, m, d = gen_common.random_ymd(R, lo, hi)
    return numdate(y, m, d) if numeric else spelled(lg, y, m, d)


def event_date(lg, numeric=True, lo=NOW, hi=NOW + 1):
    y, m, d = gen_common.random_ymd(R, lo, hi)
    return numdate(y, m, d) if numeric else spelled(lg, y, m, d)


MATTER = {
    "en": ["asylum", "family reunion", "tenancy", "benefits appeal", "work permit"],
    "de": ["Asyl", "Familiennachzug", "Mietrecht", "Widerspruch", "Aufenthalt"],
    "fr": ["asile", "regroupement familial", "logement", "recours", "titre de séjour"],
    "nl": ["asiel", "gezinshereniging", "huur", "bezwaar", "verblijf"],
    "es": ["asilo", "reagrupación", "vivienda", "recurso", "permiso de trabajo"],
    "it": ["asilo", "ricongiungimento", "locazione", "ricorso", "permesso"],
    "pt": ["asilo", "reagrupamento", "arrendamento", "recurso", "autorização"],
}
STATUS = {"en": ["open", "pending", "closed"], "de": ["offen", "in Prüfung", "erledigt"],
          "fr": ["ouvert", "en cours", "clos"], "nl": ["open", "lopend", "gesloten"],
          "es": ["abierto", "pendiente", "cerrado"], "it": ["aperto", "in corso", "chiuso"],
          "pt": ["aberto", "pendente", "fechado"]}
HEAD = {"en": ["Client", "Matter", "Status"], "de": ["Mandant", "Sache", "Stand"],
        "fr": ["Client", "Dossier", "Statut"], "nl": ["Cliënt", "Zaak", "Status"],
        "es": ["Cliente", "Asunto", "Estado"], "it": ["Cliente", "Pratica", "Stato"],
        "pt": ["Cliente", "Processo", "Estado"]}
EVENT_HEAD = {"en": ["Hearing", "Appointment", "Deadline"], "de": ["Termin", "Frist", "Anhörung"],
              "fr": ["Audience", "Échéance", "Rendez-vous"], "nl": ["Zitting", "Afspraak",
                                                                   "Deadline"],
              "es": ["Vista", "Cita", "Plazo"], "it": ["Udienza", "Scadenza", "Appuntamento"],
              "pt": ["Audiência", "Prazo", "Consulta"]}


def intake():
    for k in range(84):
        lg = LANGS[k % 7]
        neg = k % 4 == 3
        doc = Doc(lg, "intake_neg" if neg else "intake")
        inside = k % 3 == 0  # the date inside the name's cell
        head = R.randrange(3)  # 0: none, 1: blank date column, 2: event header (negatives only)
        if neg and R.random() < 0.5:
            head = 2
        if head == 2 and not neg:
            head = 1
        h = HEAD[lg]
        if head and not inside:
            dh = "" if head == 1 else R.choice(EVENT_HEAD[lg])
            doc.t("| %s | %s | %s | %s |\n|---|---|---|---|\n" % (h[0], dh, h[1], h[2]))
        elif head:
            doc.t("| %s | %s | %s |\n|---|---|---|\n" % (h[0] if head == 1 else
                                                         h[0] + " / " + R.choice(EVENT_HEAD[lg]),
                                                         h[1], h[2]))
        for i in range(R.randint(2, 5)):
            g, s = person(lg)
            # under a header that names the event, past hearings too
            dv = (event_date(lg, True, NOW - 16 if head == 2 else NOW, NOW + 1) if neg
                  else birth_date(lg))
            lab = "NEG_DATE" if neg else "DATE_OF_BIRTH"
            doc.t("| ").span("PERSON", s + ", " + g)
            if inside:
                doc.t(", ").span(lab, dv).t(" | ")
            else:
                doc.t(" | ").span(lab, dv).t(" | ")
            doc.t("%s | %s |\n" % (R.choice(MATTER[lg]), R.choice(STATUS[lg])))
        doc.done()


NOTE = {
    "en": ["Applicant: {P} ({D}), employed since {Y} at a logistics firm, net income 2,850/month.",
           "Co-borrower {P} ({D}) holds a permanent contract since {Y}.",
           "Call with {S} ({D}) re: refinancing, asked for the rate sheet."],
    "de": ["Antragsteller: {P} ({D}), angestellt seit {Y}, Nettoeinkommen 3.100 EUR.",
           "Mitantragstellerin {P} ({D}) ist seit {Y} beamtet.",
           "Rückruf {S} ({D}) wegen Umschuldung, Unterlagen folgen."],
    "fr": ["Demandeur : {P} ({D}), salarié depuis {Y}, revenu net 2 400 €.",
           "Co-emprunteur {P} ({D}), CDI depuis {Y}.",
           "Échange avec {S} ({D}) au sujet du rachat de crédit."],
    "nl": ["Aanvrager: {P} ({D}), in vaste dienst sinds {Y}, netto 2.900 euro.",
           "Medeaanvrager {P} ({D}) werkt sinds {Y} bij de gemeente.",
           "Gebeld met {S} ({D}) over oversluiten, stuurt loonstrook."],
    "es": ["Solicitante: {P} ({D}), contrato indefinido desde {Y}, ingresos netos 1.950 €.",
           "Cotitular {P} ({D}), autónomo desde {Y}.",
           "Llamada con {S} ({D}) sobre la reunificación de deudas."],
    "it": ["Richiedente: {P} ({D}), dipendente dal {Y}, reddito netto 1.800 €.",
           "Cointestatario {P} ({D}), a tempo indeterminato dal {Y}.",
           "Sentito {S} ({D}) per la surroga del mutuo."],
    "pt": ["Proponente: {P} ({D}), efetivo desde {Y}, rendimento líquido 1.400 €.",
           "Segundo titular {P} ({D}), trabalhador independente desde {Y}.",
           "Contacto com {S} ({D}) sobre a consolidação de créditos."],
}
NOTE_NEG = {
    "en": ["Meeting with {P} ({D}) to sign the loan agreement.", "Next visit: {P} ({D}), bring payslips.",
           "Invoice sent to {S} ({D}), due in 14 days."],
    "de": ["Termin mit {P} ({D}) zur Vertragsunterzeichnung.", "Nächster Besuch: {P} ({D}).",
           "Rechnung an {S} ({D}) verschickt."],
    "fr": ["Rendez-vous avec {P} ({D}) pour la signature.", "Prochaine visite : {P} ({D}).",
           "Facture envoyée à {S} ({D})."],
    "nl": ["Afspraak met {P} ({D}) voor ondertekening.", "Volgend bezoek: {P} ({D}).",
           "Factuur verstuurd aan {S} ({D})."],
    "es": ["Cita con {P} ({D}) para la firma.", "Próxima visita: {P} ({D}).",
           "Factura enviada a {S} ({D})."],
    "it": ["Appuntamento con {P} ({D}) per la firma.", "Prossima visita: {P} ({D}).",
           "Fattura inviata a {S} ({D})."],
    "pt": ["Reunião com {P} ({D}) para assinatura.", "Próxima visita: {P} ({D}).",
           "Fatura enviada a {S} ({D})."],
}


def fill(doc, tpl, lab, dv, g, s):
    i = 0
    while i < len(tpl):
        j = tpl.find("{", i)
        if j < 0:
            doc.t(tpl[i:])
            break
        doc.t(tpl[i:j])
        key = tpl[j + 1]
        if key == "P":
            doc.span("PERSON", g + " " + s)
        elif key == "S":
            doc.span("PERSON", s)
        elif key == "D":
            doc.span(lab, dv)
        elif key == "Y":
            doc.t(str(R.randint(2008, 2022)))
        i = tpl.index("}", j) + 1


def note():
    for k in range(84):
        lg = LANGS[k % 7]
        neg = k % 3 == 2
        doc = Doc(lg, "note_neg" if neg else "note")
        doc.t(R.choice(["Notes %d/%02d:\n" % (NOW, R.randint(1, 12)), "", "CRM log\n",
                        "- "]))
        g, s = person(lg)
        numeric = R.random() < 0.7
        if neg:
            dv = event_date(lg, numeric, R.choice([NOW, NOW + 1]), NOW + 1)
            fill(doc, R.choice(NOTE_NEG[lg]), "NEG_DATE", dv, g, s)
        else:
            dv = birth_date(lg, numeric)
            fill(doc, R.choice(NOTE[lg]), "DATE_OF_BIRTH", dv, g, s)
        doc.t("\n")
        doc.done()


DOB_HEAD = {"en": ["birthday", "dob", "date_of_birth"], "de": ["geb", "geburtstag", "gebdat"],
            "fr": ["date_naiss", "anniversaire_client", "naissance"], "nl": ["geboortedatum",
                                                                             "geb_datum"],
            "es": ["fecha_nac", "cumpleanos"], "it": ["data_nascita", "compleanno"],
            "pt": ["nascimento", "data_nasc"]}
NEG_HEAD = ["last_login", "signup", "last_order", "created_at", "next_visit"]
DOMAINS = ["example.com", "mail.test", "post.example", "web.example.org"]


def phone(lg):
    cc = {"en": "+44 7", "de": "+49 151 ", "fr": "+33 6 ", "nl": "+31 6 ", "es": "+34 6",
          "it": "+39 3", "pt": "+351 91"}[lg]
    return cc + "".join(str(R.randint(0, 9)) for _ in range(8))


def export():
    for k in range(56):
        lg = LANGS[k % 7]
        neg = k % 4 == 3
        doc = Doc(lg, "export_neg" if neg else "export")
        sep = [";", ",", "\t"][k % 3]
        after_phone = R.random() < 0.5
        head = R.randrange(3)  # 0 none, 1 right above, 2 far above (after many rows)
        cols = ["id", "first", "last", "points", "email",
                R.choice(NEG_HEAD) if neg else R.choice(DOB_HEAD[lg]), "tier"]
        if after_phone:
            cols = ["id", "first", "last", "points", "email", "phone", cols[5], "tier"]
        if head:
            doc.t(sep.join(cols) + "\n")
        rows = R.randint(3, 8) if head < 2 else R.randint(20, 30)
        for i in range(rows):
            g, s = person(lg)
            mail = "%s.%s@%s" % (g.lower(), s.lower().replace(" ", ""), R.choice(DOMAINS))
            mail = mail.encode("ascii", "ignore").decode()
            doc.t("%d%s" % (40000 + k * 100 + i, sep)).span("PERSON", g).t(sep).span("PERSON", s)
            doc.t(sep)
            if after_phone:
                doc.t("%d%s" % (R.randint(0, 9000), sep))
                doc.span("EMAIL_ADDRESS", mail).t(sep).span("PHONE_NUMBER", phone(lg)).t(sep)
            else:
                doc.t("%d%s" % (R.randint(0, 9000), sep)).span("EMAIL_ADDRESS", mail).t(sep)
            if neg:  # a signup column under its header reaches years back
                y, m, d = gen_common.random_ymd(R, NOW - 20 if head else NOW - 1, NOW)
            else:
                y, m, d = gen_common.random_ymd(R, 1945, 2006)
            dv = numdate(y, m, d, R.choice([0, 1, 2]) if k % 2 else 2)
            doc.span("NEG_DATE" if neg else "DATE_OF_BIRTH", dv)
            doc.t("%s%s\n" % (sep, R.choice(["gold", "silver", "basic"])))
        doc.done()


MAIL = {
    "en": ["Sure, she is {D} born, the certificate is attached.",
           "Her details: {P}, {D}, born in Leeds.", "{P} - that's {D}, she was born early.",
           "{D} is when she was born, the form has it wrong.",
           "{P}, s. {D}, moved here in 2019."],
    "de": ["Klar, sie ist am {D} geboren.", "Zu Ihrer Frage: {P} ist am {D} in Graz geboren.",
           "Mein Sohn {P} wurde am {D} geboren, die Urkunde reiche ich nach.",
           "Das Datum ist der {D}, an dem Tag ist {P} geboren.",
           "{P}, s. {D}, ist die Mutter."],
    "fr": ["Oui, il est né le {D} à Lille.", "Pour le dossier : {P}, née le {D}.",
           "Ma fille {P} est née le {D}, je joins l'acte.",
           "C'est le {D} qu'il est né, pas le 5.",
           "{P} ; {D} à Tours, c'est sa naissance."],
    "nl": ["Ja, zij is op {D} geboren.", "Mijn zoon {P} is geboren op {D} in Gent.",
           "Voor het dossier: {P}, {D} geboren te Delft.",
           "{D} is haar geboortedatum, niet de 5e.",
           "{P}, {D}, zo staat het op de geboorteakte."],
    "es": ["Sí, nació el {D} en Sevilla.", "Mi hija {P} nació el {D}.",
           "Para el expediente: {P}, nacida el {D}.",
           "El {D}, ese día nació {P}.",
           "{P}, {D} (es la fecha en que nació)."],
    "it": ["Sì, è nato il {D} a Bari.", "Mia figlia {P} è nata il {D}.",
           "Per la pratica: {P}, nata il {D} a Torino.",
           "Il {D} è nato mio figlio {P}.",
           "{P}, {D}: così risulta dal certificato di nascita."],
    "pt": ["Sim, nasceu a {D} no Porto.", "O meu filho {P} nasceu em {D}.",
           "Para o processo: {P}, nascida a {D}.",
           "Foi a {D} que nasceu a {P}.",
           "{P}, {D}, conforme a certidão de nascimento."],
}
MAIL_NEG = {
    "en": ["Sure, the match is on {D}, kick-off at 3.", "{P} will deliver the sofa on {D}."],
    "de": ["Klar, das Spiel ist am {D}.", "{P} liefert am {D} die Küche."],
    "fr": ["Oui, le match est le {D}.", "{P} livre le canapé le {D}."],
    "nl": ["Ja, de wedstrijd is op {D}.", "{P} levert de bank op {D}."],
    "es": ["Sí, el partido es el {D}.", "{P} entrega el sofá el {D}."],
    "it": ["Sì, la partita è il {D}.", "{P} consegna il divano il {D}."],
    "pt": ["Sim, o jogo é a {D}.", "{P} entrega o sofá a {D}."],
}
QUOTE = {"en": "On Mon, {P} wrote:\n> Could you confirm the date for the form?\n",
         "de": "Am Montag schrieb {P}:\n> Können Sie mir das Datum für das Formular bestätigen?\n",
         "fr": "Le lundi, {P} a écrit :\n> Pouvez-vous me confirmer la date pour le formulaire ?\n",
         "nl": "Op maandag schreef {P}:\n> Kunt u de datum voor het formulier bevestigen?\n",
         "es": "El lunes, {P} escribió:\n> ¿Puede confirmarme la fecha para el formulario?\n",
         "it": "Lunedì {P} ha scritto:\n> Può confermarmi la data per il modulo?\n",
         "pt": "Na segunda-feira, {P} escreveu:\n> Pode confirmar-me a data para o formulário?\n"}


def mail():
    for k in range(70):
        lg = LANGS[k % 7]
        neg = k % 4 == 3
        doc = Doc(lg, "mail_neg" if neg else "mail")
        g, s = person(lg)
        doc.t(R.choice(["Hi,\n\n", "Hallo,\n\n", "Bonjour,\n\n", "Hola,\n\n", ""]))
        numeric = R.random() < 0.5
        if neg:
            dv = event_date(lg, numeric)
            fill(doc, R.choice(MAIL_NEG[lg]), "NEG_DATE", dv, g, s)
        else:
            dv = birth_date(lg, numeric, 1950, 2022)
            fill(doc, R.choice(MAIL[lg]), "DATE_OF_BIRTH", dv, g, s)
        doc.t("\n\n")
        g2, s2 = person(lg)
        fill(doc, QUOTE[lg], "", "", g2, s2)
        doc.done()


ABBR = {
    "en": ["{P}, b. {D}", "{P} ({D} born)", "{P} {D} born", "{S}, {G} b. {D}"],
    "de": ["{P}, geb. {D}", "{S}, {G} geb. {D}", "{P} (geb. {D})", "{P} * {D}"],
    "fr": ["{P}, née le {D}", "{P} (n. {D})", "{S} {G}, né {D}"],
    "nl": ["{P}, geb. {D}", "{P} (geb. {D})", "{P}, geboren {D}"],
    "es": ["{P}, n. {D}", "{P} (nac. {D})", "{P}, nacida {D}"],
    "it": ["{P}, n. {D}", "{P} (n. {D})", "{P}, nata {D}"],
    "pt": ["{P}, n. {D}", "{P} (nasc. {D})", "{P}, nascido {D}"],
}
ABBR_NEG = {
    "en": ["Invoice no. {N} {D}", "{P}, d. {D}", "{P} m. {D}"],
    "de": ["Rechnung Nr. {N} vom {D}", "{P}, gest. {D}", "Spieltag {N}: {D}"],
    "fr": ["Facture n. {N} du {D}", "{P}, décédé le {D}"],
    "nl": ["Factuur nr. {N} d.d. {D}", "{P}, overl. {D}"],
    "es": ["Factura n. {N} del {D}", "{P}, fallecida {D}"],
    "it": ["Fattura n. {D}", "Fattura n. {N} del {D}", "{P}, m. {D}"],
    "pt": ["Fatura n. {N} de {D}", "{P}, falecido {D}"],
}


def abbrev():
    for k in range(84):
        lg = LANGS[k % 7]
        neg = k % 4 == 3
        doc = Doc(lg, "abbrev_neg" if neg else "abbrev")
        doc.t(R.choice(["", "Parties:\n", "%d. " % R.randint(1, 9), "- "]))
        g, s = person(lg)
        tpl = R.choice((ABBR_NEG if neg else ABBR)[lg])
        if neg:
            dv = birth_date(lg, R.random() < 0.7, NOW - 3, NOW) if "{P}" not in tpl else \
                birth_date(lg, R.random() < 0.7, 2000, NOW)
        else:
            dv = birth_date(lg, R.random() < 0.7)
        lab = "NEG_DATE" if neg else "DATE_OF_BIRTH"
        i = 0
        while i < len(tpl):
            j = tpl.find("{", i)
            if j < 0:
                doc.t(tpl[i:])
                break
            doc.t(tpl[i:j])
            key = tpl[j + 1]
            if key == "P":
                doc.span("PERSON", g + " " + s)
            elif key == "S":
                doc.span("PERSON", s)
            elif key == "G":
                doc.span("PERSON", g)
            elif key == "D":
                doc.span(lab, dv)
            elif key == "N":
                doc.t(str(R.randint(100, 9999)))
            i = tpl.index("}", j) + 1
        doc.t(R.choice(["\n", ", Lyon\n", "; Tel. 0%d\n" % R.randint(1000000, 9999999)]))
        doc.done()


intake()
note()
export()
mail()
abbrev()
gen_common.write_json(records)
