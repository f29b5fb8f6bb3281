#!/usr/bin/env python3
"""gen_fam10a.py: people's names in ham-radio logs, bracketed chat transcripts, wedding seating
charts, agreements, meeting transcripts, parish bulletins and dictation (branch `fam10a`).

Written from a brief of shapes (no held-out record read), in en/de/fr/nl/es/it/pt, with real
given names and surnames (the lexicon knows them) and names invented by syllables (checked
against every word of hush's lexicon), some in lower case:
- QSO logs: a name after a time, frequency and call sign column (`1408Z 14.205 DL1ABC Hans 59
  59`), after `op:` and in `name Jonas qth Berlin`; call signs, Q-codes and QTH towns as
  NEG_HANDLE/NEG_TERM/NEG_PLACE;
- chat and support transcripts with the speaker in square brackets (`[Maria Keller] hi`,
  `[chat Maria]`, `[soporte Lucía]`, `[10:32] <maria> ...`); `[INFO]`, `[bot]`, `[chat closed]`
  as NEG_TERM;
- seating charts and guest lists (`Table 3: Name, grandad Name, nonno Name, tía Name`,
  `conferme: Name`, `changes: Name moves to table 4`); tables named after flowers as NEG_TERM;
- agreements (`between Name and Name`, `zwischen Name und Name`...); `between 5 and 6`,
  `between Monday and Friday`, `between React and Vue` as NEG_TERM;
- meeting transcripts (`00:14:03 | Maria Keller: ...`, `yeah Name`, `Name from ops`), parish
  bulletins (`with Name`, `deceased: Name`, `Tuesday: Name`) and dictation (`comma Name`,
  `my son Name`, `sohn Name`, `figlio Name`).
Writes JSON (the names_tune3.json format) to stdout; deterministic; Python stdlib only."""
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gen_common import Doc, WEEKDAYS, write_json  # noqa: E402
from lexicon_words import lexicon_words  # noqa: E402

rng = random.Random(20261203 + 1010)
LEX = set(w.lower() for w in lexicon_words(with_global=True))
LANGS = ["en", "de", "fr", "nl", "es", "it", "pt"]
records = []

GIVEN = {
    "en": ["Maria", "Oliver", "Hannah", "Jack", "Chloe", "Liam", "Sophie", "Ethan", "Megan"],
    "de": ["Jonas", "Lena", "Hans", "Katrin", "Lukas", "Anja", "Tobias", "Svenja", "Moritz"],
    "fr": ["Camille", "Mathieu", "Élodie", "Julien", "Manon", "Pierre", "Léa", "Bastien"],
    "nl": ["Daan", "Sanne", "Joost", "Femke", "Bram", "Lotte", "Ruben", "Anouk", "Sem"],
    "es": ["Lucía", "Javier", "Carmen", "Pablo", "Marta", "Álvaro", "Nuria", "Diego"],
    "it": ["Giulia", "Matteo", "Chiara", "Davide", "Francesca", "Luca", "Sara", "Simone"],
    "pt": ["João", "Beatriz", "Tiago", "Inês", "Rui", "Mariana", "Gonçalo", "Leonor"],
}
SURNAME = {
    "en": ["Keller", "Brennan", "Walsh", "Fletcher", "Doyle", "Hughes", "Carter"],
    "de": ["Weber", "Hoffmann", "Krause", "Lindner", "Vogel", "Becker", "Schulz"],
    "fr": ["Dupont", "Moreau", "Girard", "Lefèvre", "Chevalier", "Marchand"],
    "nl": ["de Vries", "Bakker", "Visser", "Mulder", "van Dijk", "Jansen"],
    "es": ["García", "Navarro", "Romero", "Castillo", "Ortega", "Vidal"],
    "it": ["Rossi", "Bianchi", "Colombo", "Esposito", "Ricci", "Gallo"],
    "pt": ["Silva", "Ferreira", "Carvalho", "Teixeira", "Almeida", "Pereira"],
}
SYL = {"en": ["bran", "wick", "tor", "mel", "wen", "dar", "ly", "cor"],
       "de": ["bre", "win", "kel", "mau", "hol", "fen", "ri", "lo"],
       "fr": ["bel", "rou", "lan", "gau", "vel", "sar", "mi", "lo"],
       "nl": ["hui", "ker", "bol", "dij", "sme", "laar", "gel", "wie"],
       "es": ["zar", "mon", "qui", "llo", "bar", "cue", "vi", "dal"],
       "it": ["bru", "sca", "ghi", "lon", "vel", "maz", "cor", "dan"],
       "pt": ["cou", "tin", "bra", "gue", "lha", "mar", "dei", "vas"]}
GEND = {"en": ["a", "en", "y"], "de": ["a", "o", "ke"], "fr": ["ine", "el", "on"],
        "nl": ["ke", "je", "a"], "es": ["a", "o", "ita"], "it": ["a", "o", "ina"],
        "pt": ["a", "o", "inha"]}
SEND = {"en": ["ton", "ley", "by"], "de": ["mann", "ler", "bach"], "fr": ["ier", "aud", "ot"],
        "nl": ["ink", "sen", "hof"], "es": ["ez", "ano", "ejo"], "it": ["ini", "etti", "one"],
        "pt": ["eira", "ães", "ado"]}


def invent(lg, ends):
    while True:
        w = "".join(rng.choice(SYL[lg]) for _ in range(rng.choice((1, 2)))) + rng.choice(ends[lg])
        if w not in LEX and len(w) >= 5 and w[-2:] not in ("oo", "ao", "ea", "oa", "ua", "eo"):
            return w[0].upper() + w[1:]


def given(lg, lower_ok=False):
    g = rng.choice(GIVEN[lg]) if rng.random() < 0.65 else invent(lg, GEND)
    if lower_ok and rng.random() < 0.25:
        g = g.lower()
    return g


def full(lg):
    s = rng.choice(SURNAME[lg]) if rng.random() < 0.65 else invent(lg, SEND)
    return given(lg) + " " + s


class D(Doc):
    records = records

    def slot(self, key, kw):
        if key == "G":
            self.span("PERSON", given(self.lg))
        elif key == "g":
            self.span("PERSON", given(self.lg, True))
        elif key == "P":
            self.span("PERSON", full(self.lg))
        elif key in kw:
            lab, v = kw[key]
            self.span(lab, v)
        else:
            raise ValueError(key)


def call_sign():
    pre = rng.choice(["DL", "G", "F", "PA", "EA", "I", "CT", "ON", "HB9", "OE", "K", "W"])
    return pre + str(rng.randint(1, 9)) + "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
                                                   for _ in range(rng.choice((2, 3))))


def nt(v):
    return ("NEG_TERM", v)


# ---- ham radio ------------------------------------------------------------------------------------
QTH = {"en": ["Leeds", "Boston"], "de": ["Berlin", "Hamburg"], "fr": ["Lyon", "Nantes"],
       "nl": ["Utrecht", "Delft"], "es": ["Sevilla", "Bilbao"], "it": ["Torino", "Bari"],
       "pt": ["Porto", "Braga"]}
NAMEW = {"en": "name", "de": "Name", "fr": "nom", "nl": "naam", "es": "nombre", "it": "nome",
         "pt": "nome"}
OPW = ["op: ", "op ", "opr: ", "OP: ", "Op. "]


def gen_ham():
    for lg in LANGS:
        for k in range(4):
            d = D(lg, "qso_log").t("UTC   FREQ    CALL     NAME   RST\n")
            for _ in range(3):
                h, m = rng.randint(0, 23), rng.randint(0, 59)
                d.t("%02d%02dZ %s " % (h, m, rng.choice(["14.205", "7.074", "3.650", "21.310"])))
                d.span("NEG_HANDLE", call_sign()).t(" ").fill("{g}").t(" 59 %d\n" % rng.choice(
                    (57, 59)))
            d.done()
        for op in OPW[:3]:
            D(lg, "qso_op").t("QSO with ").span("NEG_HANDLE", call_sign()).t(", ").t(op).fill(
                "{g}").t(", rig IC-7300\n").done()
        D(lg, "qso_name").t("%s de %s: %s " % (call_sign(), call_sign(), "ur rst 579")).t(
            NAMEW[lg] + " ").fill("{g}").t(" qth ").span("NEG_PLACE", rng.choice(QTH[lg])).t(
            " tnx fer QSO\n").done()
        D(lg, "qso_name2").t("1530Z ").span("NEG_HANDLE", call_sign()).t(" 599 ").t(
            NAMEW[lg].upper() + " ").fill("{G}").t(" QTH ").span(
            "NEG_PLACE", rng.choice(QTH[lg]).upper()).t("\n").done()
    # look-alikes: Q-codes and call signs alone in the name column
    for q in ["QRZ", "QSL", "QRT", "QSY", "QRM", "CQ"]:
        D("en", "qso_neg").t("1408Z 14.205 ").span("NEG_HANDLE", call_sign()).t(" ").span(
            "NEG_TERM", q).t(" 59 59\n").done()
    D("en", "qso_neg").t("op: ").span("NEG_HANDLE", call_sign()).t(" portable\n").done()


# ---- bracketed chat -----------------------------------------------------------------------------
CHATW = {"en": ["chat", "app", "support", "agent"], "de": ["chat", "app", "Support", "Kundendienst"],
         "fr": ["chat", "app", "assistance", "conseiller"], "nl": ["chat", "app", "klantenservice"],
         "es": ["chat", "app", "soporte", "agente"], "it": ["chat", "app", "supporto", "operatore"],
         "pt": ["chat", "app", "suporte", "atendente"]}
MSG = {"en": ["hi, my order never came", "let me check that for you", "thanks!"],
       "de": ["hallo, meine Bestellung fehlt", "ich schaue nach", "danke!"],
       "fr": ["bonjour, ma commande n'est pas arrivée", "je vérifie", "merci !"],
       "nl": ["hoi, mijn bestelling is niet gekomen", "ik kijk even", "bedankt!"],
       "es": ["hola, mi pedido no llegó", "lo reviso ahora", "¡gracias!"],
       "it": ["ciao, il mio ordine non è arrivato", "controllo subito", "grazie!"],
       "pt": ["olá, a minha encomenda não chegou", "vou verificar", "obrigado!"]}
BRNEG = ["INFO", "bot", "chat closed", "system", "WARN", "Bot", "chat ended", "auto-reply",
         "ERROR", "attachment"]


def gen_chat():
    for lg in LANGS:
        m = MSG[lg]
        D(lg, "br_full").t("[").fill("{P}").t("] " + m[0] + "\n[").fill("{P}").t(
            "] " + m[1] + "\n").done()
        for w in CHATW[lg]:
            D(lg, "br_role").t("[" + w + " ").fill("{G}").t("] " + m[1] + "\n[").span(
                "NEG_TERM", rng.choice(BRNEG)).t("] " + m[2] + "\n").done()
        d = D(lg, "br_irc")
        for i in range(2):
            d.t("[10:%02d] <" % rng.randint(10, 59)).fill("{g}").t("> " + m[i] + "\n")
        d.done()
        D(lg, "br_time_full").t("[09:%02d] [" % rng.randint(10, 59)).fill("{P}").t(
            "] " + m[0] + "\n").done()
    for n in BRNEG:
        D("en", "br_neg").t("[").span("NEG_TERM", n).t("] session 4411 started\n").done()


# ---- seating charts -----------------------------------------------------------------------------
TABLE = {"en": "Table", "de": "Tisch", "fr": "Table", "nl": "Tafel", "es": "Mesa", "it": "Tavolo",
         "pt": "Mesa"}
KIN = {"en": ["grandad", "grandma", "uncle", "aunt", "cousin", "Uncle", "Aunt", "nana"],
       "de": ["Opa", "Oma", "Onkel", "Tante", "Cousine", "opa"],
       "fr": ["papy", "mamie", "tonton", "tata", "oncle", "tante", "cousin"],
       "nl": ["opa", "oma", "oom", "tante", "neef", "nicht"],
       "es": ["abuelo", "abuela", "tío", "tía", "primo", "prima"],
       "it": ["nonno", "nonna", "zio", "zia", "cugino", "cugina"],
       "pt": ["vovô", "vovó", "avô", "avó", "tio", "tia", "primo"]}
CONF = {"en": "confirmed: ", "de": "bestätigt: ", "fr": "confirmés : ", "nl": "bevestigd: ",
        "es": "confirmados: ", "it": "conferme: ", "pt": "confirmados: "}
CHG = {"en": ("changes: ", " moves to table 4"), "de": ("Änderungen: ", " wechselt an Tisch 4"),
       "fr": ("changements : ", " passe à la table 4"), "nl": ("wijzigingen: ", " gaat naar tafel 4"),
       "es": ("cambios: ", " pasa a la mesa 4"), "it": ("modifiche: ", " passa al tavolo 4"),
       "pt": ("alterações: ", " passa para a mesa 4")}
TNEG = {"en": ["Roses", "Lavender"], "de": ["Rosen", "Sonnenblumen"], "fr": ["Roses", "Lilas"],
        "nl": ["Tulpen", "Rozen"], "es": ["Rosas", "Girasoles"], "it": ["Rose", "Girasoli"],
        "pt": ["Rosas", "Girassóis"]}


def gen_seating():
    for lg in LANGS:
        for t in range(1, 4):
            d = D(lg, "seat").t("%s %d: " % (TABLE[lg], t))
            n = rng.randint(3, 5)
            for k in range(n):
                if rng.random() < 0.5:
                    d.t(rng.choice(KIN[lg]) + " ")
                d.fill("{g}" if k else "{G}")
                d.t(", " if k < n - 1 else "\n")
            d.done()
        for kin in KIN[lg]:
            D(lg, "seat_kin").t("%s %d: " % (TABLE[lg], rng.randint(4, 12))).fill("{P}").t(
                ", " + kin + " ").fill("{G}").t("\n").done()
        D(lg, "seat_conf").t(CONF[lg]).fill("{G}").t(", ").fill("{G}").t("\n").done()
        a, b = CHG[lg]
        D(lg, "seat_chg").t(a).fill("{G}").t(b + "\n").done()
        for f in TNEG[lg]:
            D(lg, "seat_neg").t("%s %d: " % (TABLE[lg], rng.randint(1, 9))).span(
                "NEG_TERM", f).t("\n").done()


# ---- agreements ---------------------------------------------------------------------------------
BETWEEN = {"en": ("This agreement is made between ", " and ", "."),
           "de": ("Dieser Vertrag wird zwischen ", " und ", " geschlossen."),
           "fr": ("Le présent contrat est conclu entre ", " et ", "."),
           "nl": ("Deze overeenkomst is gesloten tussen ", " en ", "."),
           "es": ("El presente contrato se celebra entre ", " y ", "."),
           "it": ("Il presente accordo è stipulato tra ", " e ", "."),
           "pt": ("O presente contrato é celebrado entre ", " e ", ".")}
BNEG = [("between ", "5", " and ", "6", " pm"), ("between ", "Monday", " and ", "Friday", "."),
        ("between ", "React", " and ", "Vue", "?"), ("zwischen ", "Berlin", " und ", "Hamburg", "."),
        ("entre ", "Paris", " et ", "Lyon", "."), ("tussen ", "maandag", " en ", "vrijdag", "."),
        ("entre ", "lunes", " y ", "viernes", "."), ("tra ", "Roma", " e ", "Milano", "."),
        ("between ", "Python", " and ", "Rust", "."), ("entre ", "2019", " e ", "2021", ".")]


def gen_agree():
    for lg in LANGS:
        a, b, c = BETWEEN[lg]
        for _ in range(2):
            D(lg, "agree_full").t(a).fill("{P}").t(b).fill("{P}").t(c + "\n").done()
        D(lg, "agree_given").t(a.lower().split(" ")[-2] + " ").fill("{G}").t(b).fill("{g}").t(
            c + "\n").done()
    for a, x, b, y, c in BNEG:
        lab = "NEG_PLACE" if x in ("Berlin", "Paris", "Roma") else "NEG_TERM"
        D("en", "agree_neg").t("It runs " + a).span(lab, x).t(b).span(lab, y).t(c + "\n").done()


# ---- meetings, parish, dictation ----------------------------------------------------------------
FROMW = {"en": ["from ops", "from legal", "from sales"], "de": ["von der IT", "aus dem Vertrieb"],
         "fr": ["de la compta", "des RH"], "nl": ["van sales", "van ops"],
         "es": ["de ventas", "de soporte"], "it": ["dell'ufficio legale", "da vendite"],
         "pt": ["da contabilidade", "do suporte"]}
YEAH = {"en": ["yeah ", "thanks ", "right, "], "de": ["ja ", "danke "], "fr": ["oui ", "merci "],
        "nl": ["ja ", "dank je "], "es": ["sí ", "gracias "], "it": ["sì ", "grazie "],
        "pt": ["sim ", "obrigado "]}
WITH = {"en": "with ", "de": "mit ", "fr": "avec ", "nl": "met ", "es": "con ", "it": "con ",
        "pt": "com "}
DECEASED = {"en": "deceased: ", "de": "verstorben: ", "fr": "défunt : ", "nl": "overleden: ",
            "es": "difunto: ", "it": "defunto: ", "pt": "falecido: "}
SON = {"en": ["my son ", "my daughter ", "my wife "], "de": ["sohn ", "mein Sohn ", "Tochter "],
       "fr": ["mon fils ", "ma fille "], "nl": ["mijn zoon ", "dochter "],
       "es": ["mi hijo ", "hija "], "it": ["figlio ", "mia figlia "], "pt": ["filho ", "minha filha "]}
COMMA = {"en": " comma ", "de": " Komma ", "fr": " virgule ", "nl": " komma ", "es": " coma ",
         "it": " virgola ", "pt": " vírgula "}
WKD = dict(WEEKDAYS, pt=["segunda", "terça", "quarta", "quinta", "sexta", "sábado", "domingo"])


def gen_meet():
    for lg in LANGS:
        d = D(lg, "meet_pipe")
        for i in range(2):
            d.t("00:%02d:%02d | " % (rng.randint(0, 59), rng.randint(0, 59))).fill("{P}").t(
                ": " + MSG[lg][i] + "\n")
        d.done()
        for y in YEAH[lg]:
            D(lg, "meet_yeah").t("00:03:11 | ").fill("{G}").t(": ok\n00:03:15 | ").fill("{G}").t(
                ": " + y).fill("{g}").t(", agreed\n").done()
        for f in FROMW[lg]:
            D(lg, "meet_from").fill("{G}").t(" " + f + " will send the figures.\n").done()
        D(lg, "parish_with").t("Rosary " + WITH[lg]).fill("{G}").t(" at 6pm.\n").done()
        D(lg, "parish_dec").t("Mass intentions - " + DECEASED[lg]).fill("{P}").t("\n").done()
        for wd in WKD[lg][1:3]:
            D(lg, "parish_wkd").t("Readers\n" + wd + ": ").fill("{G}").t("\n").done()
        for s in SON[lg]:
            D(lg, "dict_son").t("pick up " + s).fill("{g}").t(" at five\n").done()
        D(lg, "dict_comma").t("dear ").fill("{g}").t(COMMA[lg] + "see you").t(COMMA[lg]).fill(
            "{g}").t("\n").done()
    for w in ["Tuesday: closed", "with Zoom at 3pm", "yeah sure", "Sales from ops"]:
        a, b = w.split(" ", 1) if not w.startswith("Tuesday") else ("Tuesday:", "closed")
        D("en", "meet_neg").t(a + " ").span("NEG_TERM", b.split(" ")[0]).t(
            b[len(b.split(" ")[0]):] + "\n").done()


gen_ham()
gen_chat()
gen_seating()
gen_agree()
gen_meet()
write_json(records)
