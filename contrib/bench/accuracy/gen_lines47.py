#!/usr/bin/env python3
"""gen_lines47.py: the same documents plain, quoted with `>` prefixes, in e-mail replies and
inside API request bodies whose strings carry their line breaks as `\\n` (tune set; branch
lines47, written and committed before any detector rule was read or hush was run on it).

Each document is one of eight kinds whose PII hangs on a line start or a line end: a form with
labels at line starts (`Name:`, `Geburtsdatum:`, `Né(e) le :`...), a letter opening with an
address block (name, street, postcode and town on their own lines), a list of attendees (`- X`,
`* X`, `1. X`), a chat log (`[09:58] anna: ...`, `Maria Keller: ...`), an e-mail that names a
person in the middle with no context word and signs off with that person's given name on the last
line (`Thanks,\\nVeta`), a ticket's header lines (`Requester:`, `Assignee:`, `CC:`), a Markdown
table of people and birth dates, and a record whose address follows its label on the next lines;
in en, de, fr, es, nl, it, half the names common, half invented from syllables.

Every document is written in eleven shapes (metadata.wrap):

  plain       the document as it is
  q1          `> ` before every line (`>` alone on a blank one), as chat UIs and mail quote
  q2          `>> ` before every line, two levels of one mail client
  qsp         `> > ` before every line, two levels of another
  qn          `>` before every line with no space (mutt, some forums)
  reply       an e-mail reply: a short answer signed with a given name, the locale's
              `On ... wrote:` header, then the document `> `-quoted
  thread      two levels: an answer, a header, a `> `-quoted answer and header, then the
              document `> > `-quoted
  body        an OpenAI chat body whose user message carries the document (line breaks `\\n`)
  body_q      the same with the document `> `-quoted after a request line (a chat UI's quote)
  body_reply  an Anthropic tool_result string holding the e-mail reply (half with `\\r\\n`
              line ends, as a mail tool returns a message)
  body_args   the document inside a tool call's `arguments`, escaped twice (`\\\\n`)

Every gold span (PII and NEG_ look-alikes alike) is moved to the bytes that hold it in each shape;
a span that crosses a line keeps the quote prefix and the escapes inside it. Half the bodies escape
non-ASCII as \\uXXXX, a third are compact. Look-alikes: firms named after people, other dates
(form, invoice, meeting and mail header dates), products, towns as topics, streets with no number.
metadata.doc numbers the document so a shape is graded against the same documents plain.
Writes JSON (the names_tune3.json format) to stdout; deterministic; Python stdlib only."""
import json
import os
import random
import re
import sys
import unicodedata

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gen_common import MONTHS, SYL7, END7, check_spans, invent_syllables, write_json  # noqa: E402
from gen_bodies import P as Text, place_text  # noqa: E402

rng = random.Random(20261206 + 47)
LANGS = ["en", "de", "fr", "es", "nl", "it"]
WRAPS = ["plain", "q1", "q2", "qsp", "qn", "reply", "thread", "body", "body_q", "body_reply",
         "body_args"]
MARK = "@@DOC@@"

REAL = {
    "en": (["Oliver", "Hannah", "Rebecca", "Thomas", "Sarah", "James", "Emily", "Daniel"],
           ["Ashworth", "Fletcher", "Brennan", "Whitcombe", "Harding", "Pritchard", "Lowell"]),
    "de": (["Maria", "Jonas", "Ulrike", "Matthias", "Sabine", "Tobias", "Katrin", "Lukas"],
           ["Keller", "Weber", "Vogel", "Lindner", "Krause", "Hoffmann", "Schäfer", "Brandt"]),
    "fr": (["Camille", "Mathieu", "Claire", "Julien", "Aurélie", "Benoît", "Sophie"],
           ["Dupont", "Lefèvre", "Moreau", "Girard", "Marchand", "Rousseau", "Fontaine"]),
    "es": (["Javier", "Lucía", "Pilar", "Sergio", "Carmen", "Rodrigo", "Elena"],
           ["García", "Navarro", "Romero", "Castillo", "Ortega", "Iglesias", "Soler"]),
    "nl": (["Sanne", "Joost", "Femke", "Pieter", "Lotte", "Bram", "Anouk"],
           ["de Vries", "Jansen", "Bakker", "Visser", "Smit", "Mulder", "van Dijk"]),
    "it": (["Giulia", "Matteo", "Chiara", "Davide", "Lorenzo", "Francesca", "Elisa"],
           ["Rossi", "Bianchi", "Colombo", "Esposito", "Ricci", "Ferraro", "Galli"]),
}


USED = set()  # the given names and surnames of the document being written


def person(lg):
    """(given, surname): half common, half invented from the language's syllables; neither
    word already used in the document (so a sign-off, a speaker, an attendee is one person)."""
    for _ in range(20):
        if rng.random() < 0.5:
            g, s = REAL[lg]
            g, s = rng.choice(g), rng.choice(s)
        else:
            g, s = (invent_syllables(rng, SYL7[lg], END7[lg], False),
                    invent_syllables(rng, SYL7[lg], END7[lg], True))
        if g not in USED and s not in USED:
            break
    USED.update((g, s))
    return g, s


def ascii_fold(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def email_of(g, s):
    dom = rng.choice(["example.org", "mail.example.com", "posteo.example", "example.net"])
    return (ascii_fold(g) + "." + ascii_fold(s).replace(" ", "")).lower() + "@" + dom


# ---- addresses, dates, phones ------------------------------------------------------------------
STREETS = {
    "en": (["Maple Avenue", "Kingsway", "Mill Lane", "Station Road", "Elm Street", "Church Street"],
           ["London W1U 6TY", "Leeds LS6 2AB", "Bristol BS8 1QU", "Springfield, IL 62704",
            "Portland, OR 97205"]),
    "de": (["Lindenweg", "Hauptstraße", "Am Mühlbach", "Gartenstr.", "Kirchplatz", "Bahnhofstraße"],
           ["79098 Freiburg", "10115 Berlin", "50667 Köln", "80331 München", "01067 Dresden"]),
    "fr": (["rue des Lilas", "avenue Jean Jaurès", "boulevard Voltaire", "rue du Moulin",
            "impasse des Acacias"],
           ["69003 Lyon", "75011 Paris", "31000 Toulouse", "44000 Nantes", "13006 Marseille"]),
    "es": (["Calle Mayor", "Avenida de América", "Calle del Olivo", "Paseo de la Castellana",
            "Calle Real"],
           ["28013 Madrid", "08012 Barcelona", "46001 Valencia", "41004 Sevilla", "50001 Zaragoza"]),
    "nl": (["Keizersgracht", "Dorpsstraat", "Prinsenweg", "Molenlaan", "Kerkstraat"],
           ["1016 DK Amsterdam", "3511 LN Utrecht", "2611 HX Delft", "9711 LV Groningen"]),
    "it": (["Via Roma", "Via dei Mille", "Corso Vittorio Emanuele", "Viale Europa",
            "Piazza del Duomo"],
           ["20121 Milano", "00184 Roma", "40126 Bologna", "50122 Firenze", "10121 Torino"]),
}


def street(lg):
    """(street line, postcode and town)."""
    names, towns = STREETS[lg]
    n = rng.randint(2, 148)
    st = rng.choice(names)
    if lg in ("en",):
        line = "%d %s" % (n, st)
    elif lg == "fr":
        line = "%d %s" % (n, st)
    elif lg == "es":
        line = "%s %d, %dº %s" % (st, n, rng.randint(1, 6), rng.choice("ABCD"))
    elif lg == "it":
        line = "%s %d" % (st, n)
    else:
        line = "%s %d" % (st, n)
    return line, rng.choice(towns)


def ymd(lo, hi):
    return rng.randint(lo, hi), rng.randint(1, 12), rng.randint(1, 28)


def date_text(lg, y, m, d):
    r = rng.random()
    if lg == "en":
        if r < 0.4:
            return "%s %d, %d" % (MONTHS["en"][m - 1], d, y)
        if r < 0.7:
            return "%02d/%02d/%d" % (d, m, y)
        return "%d-%02d-%02d" % (y, m, d)
    if lg in ("de", "nl") and r < 0.6:
        return ("%02d.%02d.%d" if lg == "de" else "%02d-%02d-%d") % (d, m, y)
    if r < 0.6:
        return "%02d/%02d/%d" % (d, m, y)
    return "%d %s %d" % (d, MONTHS[lg][m - 1], y)


def dob(lg):
    return date_text(lg, *ymd(1938, 2006))


def other_date(lg):
    return date_text(lg, *ymd(2019, 2026))


def phone(lg):
    cc = {"en": "+44 20", "de": "+49 30", "fr": "+33 1", "es": "+34 91", "nl": "+31 20",
          "it": "+39 02"}[lg]
    return "%s %04d %04d" % (cc, rng.randint(1000, 9999), rng.randint(1000, 9999))


FIRMS = {
    "en": ["Ashworth & Sons Ltd", "Fletcher Logistics", "Harding Brothers Plumbing"],
    "de": ["Keller & Söhne GmbH", "Vogel Haustechnik GmbH", "Brandt Logistik AG"],
    "fr": ["Moreau Frères SARL", "Girard Immobilier", "Fontaine & Fils"],
    "es": ["Navarro Hermanos S.L.", "Ortega y Asociados", "Castillo Reformas S.A."],
    "nl": ["Bakker Installatietechniek B.V.", "Visser & Zonen", "Mulder Transport B.V."],
    "it": ["Ferraro & Figli S.r.l.", "Colombo Impianti S.p.A.", "Galli Costruzioni"],
}
PRODUCTS = ["Visual Studio Code", "Microsoft Teams", "Google Sheets", "Adobe Acrobat",
            "Apache Kafka", "Zoom"]
TOWNS = {"en": ["Lisbon", "Edinburgh"], "de": ["Hamburg", "Wien"], "fr": ["Bordeaux", "Genève"],
         "es": ["Granada", "Bilbao"], "nl": ["Rotterdam", "Gent"], "it": ["Napoli", "Verona"]}
NOSTREET = {"en": "Kingsway", "de": "Goethestraße", "fr": "rue Victor Hugo",
            "es": "Calle de Cervantes", "nl": "Rembrandtplein", "it": "Via Garibaldi"}


# ---- documents as lines of parts ---------------------------------------------------------------


L = {  # labels and phrases per language
    "en": dict(name="Name", dob="Date of birth", addr="Address", phone="Phone", ref="Referred by",
               ins="Employer", fdate="Form date", reg="Patient registration",
               dear="Dear", regards="Kind regards,", thanks="Thanks,", best="Best,",
               att="Attendees for the site visit on", apol="Apologies", venue="Venue",
               req="Requester", asg="Assignee", cc="CC", subj="Subject", created="Created",
               born="Born", role="Role", hello="Hi all,"),
    "de": dict(name="Name", dob="Geburtsdatum", addr="Anschrift", phone="Telefon",
               ref="Überwiesen von", ins="Arbeitgeber", fdate="Datum", reg="Anmeldung",
               dear="Sehr geehrte/r", regards="Mit freundlichen Grüßen", thanks="Danke,",
               best="Viele Grüße", att="Teilnehmer der Begehung am", apol="Entschuldigt",
               venue="Ort", req="Melder", asg="Bearbeiter", cc="CC", subj="Betreff",
               created="Erstellt", born="Geboren", role="Rolle", hello="Hallo zusammen,"),
    "fr": dict(name="Nom", dob="Né(e) le", addr="Adresse", phone="Téléphone",
               ref="Adressé par", ins="Employeur", fdate="Date du formulaire",
               reg="Fiche d'inscription", dear="Madame, Monsieur", regards="Cordialement,",
               thanks="Merci,", best="Bien à vous,", att="Participants à la visite du",
               apol="Excusés", venue="Lieu", req="Demandeur", asg="Assigné à", cc="Cc",
               subj="Objet", created="Créé le", born="Date de naissance", role="Rôle",
               hello="Bonjour à tous,"),
    "es": dict(name="Nombre", dob="Fecha de nacimiento", addr="Dirección", phone="Teléfono",
               ref="Derivado por", ins="Empresa", fdate="Fecha", reg="Ficha de inscripción",
               dear="Estimado/a", regards="Saludos cordiales,", thanks="Gracias,",
               best="Un saludo,", att="Asistentes a la visita del", apol="Excusas",
               venue="Lugar", req="Solicitante", asg="Asignado a", cc="CC", subj="Asunto",
               created="Creado", born="Nacimiento", role="Cargo", hello="Hola a todos,"),
    "nl": dict(name="Naam", dob="Geboortedatum", addr="Adres", phone="Telefoon",
               ref="Verwezen door", ins="Werkgever", fdate="Datum", reg="Inschrijfformulier",
               dear="Geachte", regards="Met vriendelijke groet,", thanks="Bedankt,",
               best="Groet,", att="Aanwezig bij het bezoek van", apol="Afgemeld",
               venue="Locatie", req="Melder", asg="Behandelaar", cc="CC", subj="Onderwerp",
               created="Aangemaakt", born="Geboren", role="Functie", hello="Hoi allemaal,"),
    "it": dict(name="Nome", dob="Data di nascita", addr="Indirizzo", phone="Telefono",
               ref="Inviato da", ins="Datore di lavoro", fdate="Data", reg="Scheda di iscrizione",
               dear="Gentile", regards="Cordiali saluti,", thanks="Grazie,", best="Un saluto,",
               att="Partecipanti al sopralluogo del", apol="Assenti giustificati",
               venue="Luogo", req="Richiedente", asg="Assegnato a", cc="CC", subj="Oggetto",
               created="Creato", born="Nato/a il", role="Ruolo", hello="Ciao a tutti,"),
}

MIDDLE = {  # a sentence that names a person at its start, with no context word before the name
    "en": ["{P} will cover the front desk on Friday, so send the keys over before noon.",
           "{P} has the spare badge now and can let the plumber in.",
           "{P} agreed to take the minutes at the next board meeting."],
    "de": ["{P} übernimmt am Freitag den Empfang, bitte die Schlüssel bis Mittag abgeben.",
           "{P} hat jetzt den Ersatzausweis und lässt den Installateur rein."],
    "fr": ["{P} assure l'accueil vendredi, merci de déposer les clés avant midi.",
           "{P} a le badge de secours et ouvrira au plombier."],
    "es": ["{P} cubre la recepción el viernes, dejad las llaves antes del mediodía.",
           "{P} tiene la tarjeta de repuesto y abrirá al fontanero."],
    "nl": ["{P} neemt vrijdag de balie over, lever de sleutels voor twaalven in.",
           "{P} heeft de reservepas en laat de loodgieter binnen."],
    "it": ["{P} copre la reception venerdì, lasciate le chiavi entro mezzogiorno.",
           "{P} ha il badge di riserva e farà entrare l'idraulico."],
}


def full(t, lg, g=None, s=None):
    if g is None:
        g, s = person(lg)
    t.s("PERSON", g + " " + s)
    return g, s


def doc_form(lg):
    lb, t = L[lg], Text()
    t.t(lb["reg"] + "\n\n" + lb["name"] + ": ")
    full(t, lg)
    t.t("\n" + lb["dob"] + ": ").s("DATE_OF_BIRTH", dob(lg))
    st, town = street(lg)
    if rng.random() < 0.5:
        t.t("\n" + lb["addr"] + ": ").s("STREET_ADDRESS", st + ", " + town)
    else:
        t.t("\n" + lb["addr"] + ": ").s("STREET_ADDRESS", st + "\n" + town)
    t.t("\n" + lb["phone"] + ": ").s("PHONE_NUMBER", phone(lg))
    t.t("\n" + lb["ref"] + ": Dr. ")
    g, s = person(lg)
    t.s("PERSON", s if rng.random() < 0.5 else g + " " + s)
    t.t("\n" + lb["ins"] + ": ").s("NEG_ORG", rng.choice(FIRMS[lg]))
    t.t("\n" + lb["fdate"] + ": ").s("NEG_DATE", other_date(lg))
    return t


def doc_letter(lg):
    lb, t = L[lg], Text()
    g, s = full(t, lg)
    st, town = street(lg)
    t.t("\n").s("STREET_ADDRESS", st + "\n" + town)
    place = re.search(r"[A-ZÀ-Ý][a-zà-ÿ]+", town).group(0)
    t.t("\n\n" + place + ", ").s("NEG_DATE", other_date(lg))
    t.t("\n\n" + lb["dear"] + " ").s("PERSON", s).t(",\n\n")
    body = {"en": "thank you for your letter about the heating in the flat. The engineer from ",
            "de": "vielen Dank für Ihr Schreiben zur Heizung in der Wohnung. Der Techniker von ",
            "fr": "merci pour votre courrier concernant le chauffage. Le technicien de ",
            "es": "gracias por su carta sobre la calefacción del piso. El técnico de ",
            "nl": "dank voor uw brief over de verwarming in de woning. De monteur van ",
            "it": "grazie per la sua lettera sul riscaldamento dell'appartamento. Il tecnico di "}
    t.t(body[lg]).s("NEG_ORG", rng.choice(FIRMS[lg]))
    t.t({"en": " will call on ", "de": " kommt am ", "fr": " passera le ", "es": " irá el ",
         "nl": " komt op ", "it": " passerà il "}[lg]).s("NEG_DATE", other_date(lg)).t(".\n\n")
    t.t(lb["regards"] + "\n")
    full(t, lg)
    return t


def doc_list(lg):
    lb, t = L[lg], Text()
    t.t(lb["att"] + " ").s("NEG_DATE", other_date(lg)).t(":\n")
    bullet = rng.choice(["- ", "* ", "• ", "num"])
    for k in range(rng.randint(3, 5)):
        t.t("%d. " % (k + 1) if bullet == "num" else bullet)
        full(t, lg)
        if k == 1:
            t.t(" (" + rng.choice(FIRMS[lg]).split(" ")[0] + ")")
        t.t("\n")
    t.t(lb["apol"] + ": ")
    full(t, lg)
    t.t("\n" + lb["venue"] + ": ")
    if rng.random() < 0.5:
        st, town = street(lg)
        t.s("STREET_ADDRESS", st + ", " + town)
    else:
        t.s("NEG_STREET", NOSTREET[lg]).t(" (" + rng.choice(TOWNS[lg]) + ")")
    return t


def doc_chat(lg):
    t = Text()
    a, b, c = person(lg), person(lg), person(lg)
    lines = {
        "en": ["hey {b}, did you send the form to {C}?", "yes, this morning", "great, thanks",
               "can you share the sheet in {prod}?"],
        "de": ["hey {b}, hast du das Formular an {C} geschickt?", "ja, heute früh", "super, danke",
               "kannst du die Tabelle in {prod} teilen?"],
        "fr": ["salut {b}, tu as envoyé le formulaire à {C} ?", "oui, ce matin", "super, merci",
               "tu peux partager le tableau dans {prod} ?"],
        "es": ["hola {b}, ¿mandaste el formulario a {C}?", "sí, esta mañana", "genial, gracias",
               "¿puedes compartir la hoja en {prod}?"],
        "nl": ["hoi {b}, heb je het formulier naar {C} gestuurd?", "ja, vanochtend", "top, dank",
               "kun je de sheet in {prod} delen?"],
        "it": ["ciao {b}, hai mandato il modulo a {C}?", "sì, stamattina", "ottimo, grazie",
               "puoi condividere il foglio su {prod}?"],
    }[lg]
    speakers = [a, b, a, c]
    low = rng.random() < 0.5
    for k, (line, sp) in enumerate(zip(lines, speakers)):
        t.t("[%02d:%02d] " % (9, 58 + k) if k < 2 else "[10:%02d] " % k)
        if low and k < 3:
            t.s("PERSON", ascii_fold(sp[0]).lower())
        else:
            t.s("PERSON", sp[0] + " " + sp[1])
        t.t(": ")
        i = 0
        while i < len(line):
            j = line.find("{", i)
            if j < 0:
                t.t(line[i:])
                break
            t.t(line[i:j])
            key = line[j + 1:line.index("}", j)]
            if key == "b":
                t.s("PERSON", b[0].lower() if low else b[0])
            elif key == "C":
                t.s("PERSON", c[0] + " " + c[1])
            else:
                t.s("NEG_PRODUCT", rng.choice(PRODUCTS))
            i = line.index("}", j) + 1
        t.t("\n")
    t.text = t.text[:-1]
    return t


def doc_signoff(lg):
    lb, t = L[lg], Text()
    g, s = person(lg)
    t.t(lb["hello"] + "\n\n")
    m = rng.choice(MIDDLE[lg])
    i = m.index("{P}")
    t.t(m[:i]).s("PERSON", g + " " + s).t(m[i + 3:])
    tail = {"en": " The quarterly numbers for ", "de": " Die Quartalszahlen für ",
            "fr": " Les chiffres du trimestre pour ", "es": " Las cifras del trimestre de ",
            "nl": " De kwartaalcijfers voor ", "it": " I numeri del trimestre per "}[lg]
    t.t(tail).s("NEG_PLACE", rng.choice(TOWNS[lg]))
    t.t({"en": " are in the shared folder.", "de": " liegen im gemeinsamen Ordner.",
         "fr": " sont dans le dossier partagé.", "es": " están en la carpeta compartida.",
         "nl": " staan in de gedeelde map.", "it": " sono nella cartella condivisa."}[lg])
    r = rng.random()
    if r < 0.5:
        t.t("\n\n" + rng.choice([lb["thanks"], lb["best"]]) + "\n").s("PERSON", g)
    elif r < 0.75:
        t.t("\n\n" + lb["thanks"].rstrip(",") + ", ").s("PERSON", g)
    else:
        t.t("\n\n" + lb["best"] + "\n").s("PERSON", g + " " + s)
    return t


def doc_ticket(lg):
    lb, t = L[lg], Text()
    t.t("Ticket #%d\n" % rng.randint(10000, 99999) + lb["req"] + ": ")
    g, s = full(t, lg)
    t.t(" <").s("EMAIL_ADDRESS", email_of(g, s)).t(">\n" + lb["asg"] + ": ")
    full(t, lg)
    t.t("\n" + lb["cc"] + ": ")
    full(t, lg)
    t.t(", ")
    full(t, lg)
    st, town = street(lg)
    t.t("\n" + lb["subj"] + ": ")
    t.t({"en": "Broken heater at ", "de": "Heizung defekt in ", "fr": "Chauffage en panne au ",
         "es": "Calefacción averiada en ", "nl": "Verwarming kapot op ",
         "it": "Caldaia guasta in "}[lg]).s("STREET_ADDRESS", st + ", " + town)
    t.t("\n" + lb["created"] + ": ").s("NEG_DATE", other_date(lg))
    t.t(" via ").s("NEG_PRODUCT", rng.choice(PRODUCTS))
    return t


def doc_table(lg):
    lb, t = L[lg], Text()
    t.t("| " + lb["name"] + " | " + lb["born"] + " | " + lb["role"] + " |\n|---|---|---|\n")
    roles = {"en": ["treasurer", "secretary", "member"], "de": ["Kassenwart", "Schriftführer",
             "Mitglied"], "fr": ["trésorier", "secrétaire", "membre"],
             "es": ["tesorero", "secretario", "socio"], "nl": ["penningmeester", "secretaris",
             "lid"], "it": ["tesoriere", "segretario", "socio"]}[lg]
    for k in range(3):
        t.t("| ")
        full(t, lg)
        t.t(" | ").s("DATE_OF_BIRTH", dob(lg)).t(" | " + roles[k] + " |\n")
    t.t("\n" + lb["fdate"] + ": ").s("NEG_DATE", other_date(lg))
    return t


def doc_record(lg):
    lb, t = L[lg], Text()
    g, s = person(lg)
    if rng.random() < 0.5:
        t.t(lb["name"] + ":\n").s("PERSON", g + " " + s)
    else:
        t.t(lb["name"] + ": ").s("PERSON", s.upper() + " " + g)
    st, town = street(lg)
    t.t("\n" + lb["addr"] + ":\n").s("STREET_ADDRESS", st + "\n" + town)
    t.t("\n" + lb["dob"] + ":\n").s("DATE_OF_BIRTH", dob(lg))
    t.t("\n" + lb["ins"] + ":\n").s("NEG_ORG", rng.choice(FIRMS[lg]))
    return t


KINDS = [doc_form, doc_letter, doc_list, doc_chat, doc_signoff, doc_ticket, doc_table, doc_record]


# ---- shapes ------------------------------------------------------------------------------------
def prefixed(text, spans, prefix, blank):
    """prefix before every line (blank before an empty one); spans moved, one that crosses a
    line keeps the prefix inside."""
    out, starts, pos = [], [], 0
    for line in text.split("\n"):
        p = blank if line == "" else prefix
        starts.append((pos, len("".join(out)) + len(p)))
        out.append(p + line + "\n")
        pos += len(line) + 1
    q = "".join(out)[:-1]

    def at(i):
        src, dst = max(st for st in starts if st[0] <= i)
        return dst + (i - src)
    res = []
    for s in spans:
        a, b = at(s["start_position"]), at(s["end_position"])
        res.append(dict(s, entity_value=q[a:b], start_position=a, end_position=b))
    check_spans(q, res)
    return q, res


def concat(*pieces):
    """pieces: (text, spans) or str -> (text, spans)."""
    text, spans = "", []
    for p in pieces:
        if isinstance(p, str):
            text += p
            continue
        pt, ps = p
        for s in ps:
            spans.append(dict(s, start_position=s["start_position"] + len(text),
                              end_position=s["end_position"] + len(text)))
        text += pt
    return text, spans


HEADERS = {
    "en": ("On {wd}, {D}, at 10:14, {P} <{E}> wrote:", "Tue"),
    "de": ("Am {wd}, {D} um 10:14 schrieb {P} <{E}>:", "Di."),
    "fr": ("Le {wd} {D} à 10:14, {P} <{E}> a écrit :", "mar."),
    "es": ("El {wd}, {D} a las 10:14, {P} (<{E}>) escribió:", "mar"),
    "nl": ("Op {wd} {D} om 10:14 schreef {P} <{E}>:", "di"),
    "it": ("Il giorno {wd} {D} alle ore 10:14 {P} <{E}> ha scritto:", "mar"),
}
ANSWERS = {
    "en": ["Looks fine to me, I'll file it today.", "Got it, forwarding to accounting."],
    "de": ["Sieht gut aus, ich lege es heute ab.", "Danke, geht an die Buchhaltung."],
    "fr": ["Ça me va, je le classe aujourd'hui.", "Bien reçu, je transmets à la compta."],
    "es": ["Me parece bien, lo archivo hoy.", "Recibido, lo paso a contabilidad."],
    "nl": ["Prima, ik leg het vandaag vast.", "Ontvangen, ik stuur het door naar de boekhouding."],
    "it": ["Va bene, lo archivio oggi.", "Ricevuto, lo giro all'amministrazione."],
}


def answer(lg):
    """An answer signed with a given name -> (text, spans)."""
    t = Text()
    t.t(rng.choice(ANSWERS[lg]) + "\n\n" + L[lg]["best"] + "\n").s("PERSON", person(lg)[0])
    return t.text, t.spans


def header(lg):
    fmt, wd = HEADERS[lg]
    g, s = person(lg)
    t = Text()
    i = 0
    while i < len(fmt):
        j = fmt.find("{", i)
        if j < 0:
            t.t(fmt[i:])
            break
        t.t(fmt[i:j])
        key = fmt[j + 1:fmt.index("}", j)]
        if key == "wd":
            t.t(wd)
        elif key == "D":
            t.s("NEG_DATE", other_date(lg))
        elif key == "P":
            t.s("PERSON", g + " " + s)
        else:
            t.s("EMAIL_ADDRESS", email_of(g, s))
        i = fmt.index("}", j) + 1
    return t.text, t.spans


def reply(lg, doc):
    return concat(answer(lg), "\n\n", header(lg), "\n", prefixed(*doc, "> ", ">"))


def thread(lg, doc):
    inner = prefixed(*concat(answer(lg), "\n\n", header(lg)), "> ", ">")
    return concat(answer(lg), "\n\n", header(lg), "\n", inner, "\n",
                  prefixed(*doc, "> > ", "> >"))


def place(raw, text, spans, levels, ascii_):
    """raw holds MARK once: put text there escaped `levels` times; spans moved to its bytes."""
    out, res = place_text(raw, MARK, text, spans, levels=levels, ascii_=ascii_)
    json.loads(out)
    check_spans(out, res)
    return out, res


def dumps(obj, ascii_, compact):
    return json.dumps(obj, ensure_ascii=ascii_, separators=(",", ":") if compact else None)


ASK = {"en": "Can you summarise this for me?\n\n", "de": "Kannst du das zusammenfassen?\n\n",
       "fr": "Tu peux me résumer ça ?\n\n", "es": "¿Me lo resumes?\n\n",
       "nl": "Kun je dit samenvatten?\n\n", "it": "Me lo riassumi?\n\n"}


def shape(kind, lg, doc, ascii_, compact, i):
    text, spans = doc
    if kind == "plain":
        return text, spans
    if kind == "q1":
        return prefixed(text, spans, "> ", ">")
    if kind == "q2":
        return prefixed(text, spans, ">> ", ">>")
    if kind == "qsp":
        return prefixed(text, spans, "> > ", "> >")
    if kind == "qn":
        return prefixed(text, spans, ">", ">")
    if kind == "reply":
        return reply(lg, doc)
    if kind == "thread":
        return thread(lg, doc)
    if kind in ("body", "body_q"):
        lead = ASK[lg] if kind == "body_q" or i % 2 else ""
        d = prefixed(text, spans, "> ", ">") if kind == "body_q" else doc
        t, sp = concat(lead, d)
        body = {"model": "gpt-4o", "messages": [{"role": "user", "content": MARK}]}
        if i % 3 == 1:
            body["messages"] += [
                {"role": "assistant", "content": "Done. Anything else?"},
                {"role": "user", "content": "Now make it shorter."}]
        return place(dumps(body, ascii_, compact), t, sp, 1, ascii_)
    if kind == "body_reply":
        t, sp = reply(lg, doc)
        if i % 2:
            t2, shift = "", []
            for k, ch in enumerate(t):
                shift.append(len(t2))
                t2 += "\r\n" if ch == "\n" else ch
            shift.append(len(t2))
            sp = [dict(s, entity_value=t2[shift[s["start_position"]]:shift[s["end_position"]]],
                       start_position=shift[s["start_position"]],
                       end_position=shift[s["end_position"]]) for s in sp]
            t = t2
        body = {"model": "claude-sonnet-4-5", "max_tokens": 1024, "messages": [
            {"role": "user", "content": "Read my latest mail and draft an answer."},
            {"role": "assistant", "content": [
                {"type": "tool_use", "id": "toolu_%04d" % i, "name": "read_mail",
                 "input": {"folder": "INBOX", "index": 0}}]},
            {"role": "user", "content": [
                {"type": "tool_result", "tool_use_id": "toolu_%04d" % i, "content": MARK}]}]}
        return place(dumps(body, ascii_, compact), t, sp, 1, ascii_)
    if kind == "body_args":
        call = "call_%04d" % (2000 + i)
        inner = {"to": "office", "subject": "FYI", "body": MARK}
        body = {"model": "gpt-4o-mini", "messages": [
            {"role": "user", "content": "Send this on to the office."},
            {"role": "assistant", "content": None, "tool_calls": [
                {"id": call, "type": "function",
                 "function": {"name": "send_email",
                              "arguments": json.dumps(inner, ensure_ascii=ascii_)}}]},
            {"role": "tool", "tool_call_id": call, "content": "sent"}]}
        return place(dumps(body, ascii_, compact), text, spans, 2, ascii_)
    raise ValueError(kind)


def main():
    records = []
    n = 0
    for rep in range(2):
        for lg in LANGS:
            for kind in KINDS:
                if rep == 1 and kind in (doc_table, doc_ticket) and lg in ("nl", "it"):
                    continue
                USED.clear()
                t = kind(lg)
                check_spans(t.text, t.spans)
                doc = (t.text, t.spans)
                ascii_ = n % 2 == 0
                compact = n % 3 == 0
                for w in WRAPS:
                    text, spans = shape(w, lg, doc, ascii_, compact, n)
                    check_spans(text, spans)
                    records.append({"full_text": text, "spans": spans,
                                    "template_id": len(records) % 100,
                                    "metadata": {"locale": lg, "class": w, "wrap": w,
                                                 "kind": kind.__name__[4:], "doc": n}})
                n += 1
    write_json(records)


main()
