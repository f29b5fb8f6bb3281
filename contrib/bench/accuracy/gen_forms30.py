"""gen_forms30.py: a person the request has named, named again in another form (stop 30, lead).

A support thread, a CRM export or a stack trace names "Maria Keller" once in a place that says she
is a person (a label, a greeting, a signature, a From: line), then again as people and machines
write names: in lower case ("talked to maria keller"), in capitals ("MARIA KELLER - paid"), surname
first ("Keller, Maria", "KELLER Maria"), with a no-break space, or joined into a user name
(`C:\\Users\\Maria.Keller`, `/home/maria_keller`, `maria.keller` as a login or before
`@host` in an scp line). Every occurrence is a PERSON span, the user names included (they spell
her name); the e-mail addresses are EMAIL_ADDRESS. Names: real ones of each locale (some
with Latin-1 letters: Jörg Müller) and invented ones no lexicon knows.

Look-alikes in the same records: the name's words alone in lower case as ordinary words, glued into
longer words (`mariakellerfan`), in hyphenated slugs of code (`maria-keller-theme`), and names made
of ordinary English words ("Rose Hill") whose lower-case phrase is a place ("the rose hill
trail"). Some records name the person only in another form, never in a place that says she is a
person: those stay misses (the rule looks only for names the request has shown to be people).

Writes data/forms30.json to stdout. Deterministic; Python stdlib only.
"""
import random

from gen_common import Doc, write_json

rng = random.Random(3030)
records = []

REAL = {
    "en": (["Maria", "Jonas", "Priya", "Daniel", "Aisha", "Thomas", "Emily", "Kwame"],
           ["Keller", "Whitfield", "Raman", "Okafor", "Brennan", "Hargreaves", "Lindqvist"]),
    "de": (["Jörg", "Anna", "Lukas", "Sabine", "Jürgen", "Katrin"],
           ["Müller", "Schröder", "Becker", "Hoffmann", "Wöhrle", "Krämer"]),
    "fr": (["Françoise", "Étienne", "Camille", "Hélène", "Julien"],
           ["Lefèvre", "Dubois", "Moreau", "Girard", "Fournier"]),
    "nl": (["Sanne", "Joost", "Femke", "Bram", "Lotte"],
           ["Bakker", "Visser", "Smit", "Mulder", "Dekker"]),
    "es": (["José", "Lucía", "Álvaro", "Marta", "Raúl"],
           ["Muñoz", "García", "Romero", "Navarro", "Jiménez"]),
    "it": (["Giulia", "Matteo", "Chiara", "Lorenzo", "Federica"],
           ["Rossi", "Bianchi", "Ferrari", "Esposito", "Colombo"]),
}
SYL = ["ka", "lo", "mi", "ren", "tu", "var", "sel", "dor", "bri", "an", "el", "os", "qui", "zan"]
END = ["ick", "sen", "ard", "inho", "elli", "ez", "ov", "stra"]

INTRO = {
    "en": ["Name: {P}\n", "Hi {P},\n", "From: {P} <{E}>\n", "Patient: {P}\n",
           "Thanks for your help.\nRegards,\n{P}\n\n"],
    "de": ["Kontakt: {P}\n", "Hallo {P},\n", "Mit freundlichen Grüßen\n{P}\n\n", "Name: {P}\n"],
    "fr": ["Nom : {P}\n", "Bonjour {P},\n", "Cordialement,\n{P}\n\n"],
    "nl": ["Naam: {P}\n", "Beste {P},\n", "Met vriendelijke groet,\n{P}\n\n"],
    "es": ["Nombre: {P}\n", "Hola {P},\n", "Saludos,\n{P}\n\n"],
    "it": ["Nome: {P}\n", "Ciao {P},\n", "Cordiali saluti,\n{P}\n\n"],
}
# the other forms, each in a line of its own; {F} is the form
LINES = {
    "en": ["talked to {F} yesterday about the refund.\n", "row 14: {F}, 40 EUR, paid\n",
           "ATTN {F} - parcel held at depot\n", "can you ask {F} to confirm?\n",
           "Traceback: File \"{F}\", line 3\n"],
    "de": ["hab heute mit {F} telefoniert.\n", "Zeile 3: {F}; offen\n", "bitte {F} zurückrufen\n"],
    "fr": ["j'ai appelé {F} ce matin.\n", "ligne 7 : {F} ; réglé\n", "merci de relancer {F}\n"],
    "nl": ["heb {F} gisteren gebeld.\n", "regel 5: {F}, betaald\n", "graag {F} terugbellen\n"],
    "es": ["hablé con {F} ayer.\n", "fila 9: {F}; pagado\n", "por favor llama a {F}\n"],
    "it": ["ho sentito {F} ieri.\n", "riga 2: {F}; saldato\n", "richiamare {F} per favore\n"],
}
PATHS = ["C:\\Users\\{J}\\AppData\\Local\\Temp\\build.log\n", "/home/{J}/project/app.py\n",
         "login {J} failed 3 times\n", "scp report.pdf {J}@build-7:/tmp/\n"]


def fold(s):
    return s.lower()


def forms(g, s):
    """(kind, text) of the person written in other forms than "Given Surname"."""
    return [("lower", fold(g) + " " + fold(s)), ("upper", (g + " " + s).upper()),
            ("rev", s + ", " + g), ("rev_upper", s.upper() + ", " + g.upper()),
            ("rev_nocomma", s.upper() + " " + g), ("nbsp", g + "\u00a0" + s),
            ("nnbsp", g.upper() + "\u202f" + s.upper())]


def joined(g, s):
    return rng.choice([g + "." + s, fold(g) + "_" + fold(s), fold(g) + "." + fold(s)])


def ascii_local(g, s):
    """an e-mail local part for a name with Latin-1 letters, as mail systems write it"""
    tr = str.maketrans("äöüéèêëàâáíóúñçÄÖÜÉÈÁÍÓÚÑ", "aoueeeeaaaiouncAOUEEAIOUN")
    return (g + "." + s).translate(tr).lower()


class D(Doc):
    records = records


def person(lg):
    if rng.random() < 0.6:
        gs, ss = REAL[lg]
        return rng.choice(gs), rng.choice(ss)
    g = "".join(rng.choice(SYL) for _ in range(2))
    s = "".join(rng.choice(SYL) for _ in range(2)) + rng.choice(END)
    return g.capitalize(), s.capitalize()


def intro(d, lg, g, s):
    tpl = rng.choice(INTRO[lg])
    a, b = tpl.split("{P}")
    d.t(a).span("PERSON", g + " " + s)
    if "{E}" in b:
        b1, b2 = b.split("{E}")
        d.t(b1).span("EMAIL_ADDRESS", ascii_local(g, s) + "@example.org").t(b2)
    else:
        d.t(b)


def line(d, lg, text_span):
    tpl = rng.choice(LINES[lg][:4] if lg == "en" else LINES[lg])
    a, b = tpl.split("{F}")
    d.t(a).span("PERSON", text_span).t(b)


for n in range(180):
    lg = ["en", "en", "de", "fr", "nl", "es", "it"][n % 7]
    g, s = person(lg)
    d = D(lg, "forms")
    intro(d, lg, g, s)
    for kind, f in rng.sample(forms(g, s), rng.choice((1, 2, 3))):
        line(d, lg, f)
    if n % 3 == 0:
        tpl = rng.choice(PATHS)
        a, b = tpl.split("{J}")
        d.t(a).span("PERSON", joined(g, s)).t(b)
    d.done()

# look-alikes beside a named person
LOOK = [("the rose hill trail is closed", "Rose", "Hill"),
        ("we will mark the paper", "Will", "Mark"),
        ("a grace period of ten days", "Grace", "Period"),
        ("the summer rain stopped", "Summer", "Rain")]
for n in range(40):
    lg = "en"
    d = D(lg, "lookalikes")
    if n < 16:
        phrase, g, s = LOOK[n % 4]
        intro(d, lg, g, s)
        d.t("Note: ").t(phrase).t(".\n")
    else:
        g, s = person(lg)
        intro(d, lg, g, s)
        d.t(rng.choice(["theme: " + fold(g) + "-" + fold(s) + "-theme\n",
                        "user " + fold(g) + fold(s) + "fan posted\n",
                        "the " + fold(s) + " was dark\n",
                        "see x" + fold(g) + " " + fold(s) + "z\n"]))
    d.done()

# named only in another form: no place says a person, so the rule does not look (misses)
for n in range(20):
    lg = ["en", "de", "fr", "nl"][n % 4]
    g, s = person(lg)
    d = D(lg, "unintroduced")
    line(d, lg, forms(g, s)[n % 2][1])
    d.done()

write_json(records)
