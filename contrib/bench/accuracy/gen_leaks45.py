#!/usr/bin/env python3
"""gen_leaks45.py: the leaks stop 44 left open (notes/leaks44.md, forms44.md and prose44.md,
section 4, and the lead's list for stop 45), each widened into variants and look-alikes, written
before any detector rule was read or hush was run on it (branch leaks45). A tune set.

Classes (metadata.class), real and invented names:
- `lonegiven`: a lone lower-case given name that is also a word after a request verb (`ask
  maria`, `frag ernst`, `demande à claire`, `vraag het aan roos`, `pregunta a pilar`, `chiedi a
  chiara`) in chat lines; look-alikes: `Ave Maria`, `ask google`, `frag chatgpt`, `mark as read`,
  `im ernst`, `the ask will go to finance`, `due in april`;
- `assignlow`: a lower-case name after an assignment or forwarding verb in a sentence-case text
  (`Assigned to weber yesterday`, `Bitte an keller weiterleiten`, `doorgestuurd naar de vries`,
  `asignado a garcía`); look-alikes: teams, `me`, `alle`, `de klant` in the same slot;
- `voice`: voice-assistant commands to call, text or mail a contact beyond Alexa and Bixby (`hey
  google, call anna weber`, `siri, text maria`, `cortana, email jan`); look-alikes: kin words
  (`ok google ruf papa an`), `home`, `my dentist`, `ask google`, `hey siri what's the weather`;
- `keyshort`: a short surname in capitals as a JSON, YAML or dict value under a surname key
  (`"familienname": "VO"`, `nom: LI`); look-alikes: `LI` under a country key, language codes,
  sizes and statuses under other keys;
- `tomlauth`: TOML author tables and arrays in lower case (`[[authors]]\\nname = "anna weber"`,
  Cargo's and Julia's `authors = ["anna weber <...>"]`); look-alikes: `[[bin]]` and `[[package]]`
  names, a team as an author;
- `xmlperson`: XML elements whose name says person (`<reportergivename>`, `<senderfamilyname>`,
  `<patientname>`, `<ownerLastName>`, `<ns2:ContactPersonName>`), E2B's `<patientbirthdate>`;
  look-alikes: `<drugname>`, `<senderorganization>`, `<productname>`, `<hostname>`, `<StreetName>`;
- `sepa`: SEPA `<Nm>` under `<Dbtr>`, `<UltmtDbtr>`, `<Cdtr>`, `<UltmtCdtr>` (pain.001, pain.008,
  camt.053, one line); look-alikes: a firm under `<Cdtr>` and `<InitgPty>`;
- `decree`: French naturalisation decree lines `SURNAME (Given, Given), né(e) le DATE à TOWN`,
  with `épouse`, multi-word surnames and children; look-alikes: the decree's date, the towns;
- `drcaps`: `Dr. BIANCHI Chiara` (a title, the surname in capitals, a given name that may be a
  word) in referrals, duty rosters and signatures; look-alikes: `Dr. Oetker`, `DR. MARTENS`;
- `commalabel`: a Title Case `Surname, Given` after a label (`Inhaber: Bakke, Sigrid`, `Subject:
  Whitcombe, Rebecca`), one span; look-alikes: a field template (`Name: Nachname, Vorname`),
  `Ort: Berlin, Deutschland`;
- `payercaps`: `SURNAME GIVEN` in capitals after sender, payer and recipient labels of pl, sv,
  cs, tr, ro, da, no (`Avsändare: ANDERSSON BIRGITTA`); look-alikes: authorities and firms in
  capitals after the same labels (`Mottagare: SKATTEVERKET`);
- `steplabel`: a role label after a step or section label (`STEP 4: Collector: X`, `SCHRITT 5:
  Spender: X`); look-alikes: firms, specimen kinds and results after the same shape;
- `kinrole`: full names after kin and role nouns of da, no, sv, cs, pl, tr, ro (`Sønnen X`,
  `Syn X`, `Majitel: X`, `Ägare: X`); look-alikes: firms after the role labels.
Writes JSON (the names_tune3.json format) to stdout; deterministic; Python stdlib only."""
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gen_common import Doc, write_json, SYL7, END7, MONTHS, invent_syllables  # noqa: E402

rng = random.Random(20261205 + 45)
records = []


class D(Doc):
    records = records

    def neg(self, kind, v, pre="", post=""):
        return self.t(pre).span("NEG_" + kind, v).t(post)


REAL = {
    "en": (["Oliver", "Hannah", "Rebecca", "Thomas", "Sarah", "James", "Emily", "Declan"],
           ["Ashworth", "Fletcher", "Brennan", "Whitcombe", "Okafor", "Harding", "Doyle"]),
    "de": (["Anna", "Jonas", "Ulrike", "Matthias", "Sabine", "Tobias", "Katrin", "Lukas"],
           ["Weber", "Keller", "Vogel", "Lindner", "Krause", "Hoffmann", "Schäfer", "Brandt"]),
    "fr": (["Camille", "Mathieu", "Claire", "Julien", "Aurélie", "Benoît"],
           ["Dupont", "Lefèvre", "Moreau", "Girard", "Marchand", "Rousseau"]),
    "nl": (["Sanne", "Pieter", "Femke", "Joost", "Anouk", "Bram"],
           ["de Jong", "Jansen", "Visser", "Bakker", "van Dijk", "Smit", "de Vries"]),
    "es": (["Javier", "Lucía", "Pilar", "Sergio", "Carmen", "Rodrigo"],
           ["García", "Navarro", "Romero", "Castillo", "Ortega", "Iglesias"]),
    "it": (["Giulia", "Matteo", "Chiara", "Davide", "Lorenzo", "Francesca"],
           ["Rossi", "Bianchi", "Colombo", "Esposito", "Ricci", "Ferraro"]),
    "pt": (["João", "Inês", "Tiago", "Mariana", "Rui", "Beatriz"],
           ["Ferreira", "Carvalho", "Sousa", "Pereira", "Almeida", "Ribeiro"]),
    "sv": (["Sven", "Ingrid", "Karin", "Anders", "Linnea", "Birgitta"],
           ["Lindqvist", "Andersson", "Bergström", "Holm", "Nyberg", "Sjöberg"]),
    "da": (["Mette", "Rasmus", "Freja", "Mikkel", "Sofie"], ["Sørensen", "Jørgensen", "Madsen", "Kristensen"]),
    "no": (["Sigrid", "Lars", "Kari", "Håkon", "Solveig"], ["Haugen", "Johansen", "Bakke", "Solberg"]),
    "pl": (["Katarzyna", "Piotr", "Agnieszka", "Tomasz", "Paweł"], ["Kowalczyk", "Wójcik", "Nowak", "Mazur", "Krawczyk"]),
    "cs": (["Jana", "Petr", "Lucie", "Tomáš", "Martin"], ["Novák", "Dvořák", "Svoboda", "Černý", "Procházka"]),
    "ro": (["Andreea", "Mihai", "Ioana", "Cristian", "Elena"], ["Popescu", "Ionescu", "Stoica", "Munteanu"]),
    "tr": (["Ayşe", "Mehmet", "Zeynep", "Emre", "Elif"], ["Yılmaz", "Kaya", "Demir", "Şahin", "Çelik"]),
    "vi": (["Thi Lan", "Van Minh", "Thanh Huong", "Duc Anh", "Ngoc Mai"], ["Nguyen", "Tran", "Pham", "Hoang", "Vu"]),
    "ar": (["Mohamed", "Fatima", "Karim", "Yasmina", "Nadia", "Samir"],
           ["Benali", "Haddad", "Ben Salah", "Bouzid", "El Amrani", "Cherif"]),
}
SYL = {"sv": (["al", "vi", "sig", "ran", "bo", "el", "tor", "mi"], ["sson", "qvist", "ström"]),
       "da": (["al", "vi", "sig", "ran", "bo", "el", "tor", "mi"], ["sen", "gaard", "strup"]),
       "no": (["al", "vi", "sig", "ran", "bo", "el", "tor", "mi"], ["sen", "heim", "rud"]),
       "pl": (["ko", "wal", "brze", "szy", "dra", "mie", "gro", "sta"], ["ski", "czyk", "iak"]),
       "cs": (["ko", "va", "dvo", "ře", "chal", "mi", "sto", "pe"], ["ák", "ek", "ský"]),
       "ro": (["dra", "gos", "vil", "mir", "cea", "tru", "lin", "bu"], ["escu", "eanu", "aru"]),
       "tr": (["ay", "tem", "kor", "bal", "der", "sun", "gül", "mer"], ["oğlu", "tekin", "han"]),
       "vi": (["tha", "ngu", "lan", "hoa", "minh", "duc", "phu", "kim"], ["yen", "anh", "inh"]),
       "ar": (["ka", "mir", "sa", "lah", "bou", "fa", "ri", "dja"], ["ouni", "ami", "ri"])}


def person(lg, real=None):
    """(given, surname) capitalised, half real, half invented from the language's syllables."""
    if real is None:
        real = rng.random() < 0.5
    if real:
        g, s = REAL[lg]
        return rng.choice(g), rng.choice(s)
    if lg in SYL7:
        return invent_syllables(rng, SYL7[lg], END7[lg], False), invent_syllables(rng, SYL7[lg], END7[lg], True)
    syl, end = SYL[lg]
    return invent_syllables(rng, syl, end, False), invent_syllables(rng, syl, end, True)


def full(lg, real=None):
    g, s = person(lg, real)
    return g + " " + s


def up_tr(s):
    """Capitals as a Turkish form prints them (dotted and dotless i kept apart)."""
    return s.replace("i", "İ").replace("ı", "I").upper()


FOLD = {"a": "áàâäãăą", "c": "çćč", "d": "ď", "e": "éèêëěę", "i": "íìîïı", "l": "ł", "n": "ñńň",
        "o": "óòôöõø", "r": "ř", "s": "şșśšß", "t": "ţțť", "u": "úùûüů", "y": "ý", "z": "žźż", "g": "ğ",
        "aa": "å", "ae": "æ"}
FOLD_TR = str.maketrans({c: k for k, v in FOLD.items() for c in v})


def ascii_fold(s):
    return s.lower().translate(FOLD_TR).replace(" ", "")


def fill(d, tpl, label, v):
    """Appends tpl with its {P} replaced by v labelled `label`."""
    i = tpl.index("{P}")
    return d.t(tpl[:i]).span(label, v).t(tpl[i + 3:])


def dnum(y, m, dd, sep="/"):
    return "%02d%s%02d%s%d" % (dd, sep, m, sep, y)


def ymd(lo, hi):
    return rng.randint(lo, hi), rng.randint(1, 12), rng.randint(1, 28)


# ---- lonegiven ---------------------------------------------------------------------------------
WORDNAMES = {"en": ["mark", "grace", "rose", "june", "april", "frank", "jack", "bill", "amber", "ruby", "hope",
                    "dawn", "penny", "will", "joy", "holly", "ivy", "hazel", "iris", "olive", "summer", "maria"],
             "de": ["ernst", "frank", "rose", "heide", "kai", "mark", "wolf", "maria", "karl", "lotte", "hans"],
             "fr": ["claire", "pierre", "rose", "olive", "marine", "prune", "aurore", "blanche", "constance", "fleur",
                    "maria", "victoire"],
             "nl": ["roos", "floor", "mark", "jet", "fleur", "bas", "mees", "maria", "jan", "hans"],
             "es": ["maría", "rosa", "pilar", "luz", "blanca", "dolores", "paz", "sol", "amparo", "consuelo",
                    "mercedes", "rocío", "soledad", "esperanza", "victoria"],
             "it": ["chiara", "rosa", "serena", "vera", "franco", "maria", "sole", "felice", "stella", "gioia",
                    "bianca", "viola", "aurora", "gemma"]}
LONE = {"en": ["can you ask {P} if the build is green?", "ask {P}, she knows the vpn thing", "ping {P} about the deploy",
               "tell {P} the meeting moved", "remind {P} to sign the form", "message {P} when you're done",
               "text {P} the code pls", "check with {P} before merging", "let {P} know it's fixed",
               "Could you ask {P} about the invoice?", "Please tell {P} I'm running late.", "email {P} the slides"],
        "de": ["frag mal {P}, der kennt das vpn", "kannst du {P} fragen ob das passt?", "sag {P} bitte bescheid",
               "schreib {P} kurz wegen morgen", "ruf {P} an, die weiß das", "gib {P} bescheid wenn's fertig ist",
               "frag {P}, ob der Termin passt", "Kannst du bitte {P} fragen?", "erinner {P} an die Unterlagen"],
        "fr": ["demande à {P} si le build passe", "dis à {P} que la réunion est décalée", "préviens {P} stp",
               "appelle {P} ce soir", "écris à {P} pour le devis", "relance {P} demain", "Tu peux demander à {P} ?"],
        "nl": ["vraag het aan {P}, die weet het", "vraag {P} even of het klopt", "bel {P} straks even",
               "app {P} als je er bent", "zeg tegen {P} dat het later wordt", "mail {P} de offerte",
               "Kun je {P} vragen of het past?"],
        "es": ["pregunta a {P} si el build pasa", "pregúntale a {P} por la factura", "dile a {P} que llego tarde",
               "llama a {P} esta tarde", "escribe a {P} por lo del contrato", "avisa a {P} porfa",
               "¿Puedes preguntar a {P} si está listo?"],
        "it": ["chiedi a {P} se la build passa", "di' a {P} che arrivo tardi", "chiama {P} stasera",
               "scrivi a {P} per il preventivo", "avvisa {P} per favore", "chiedilo a {P}, lei lo sa",
               "Puoi chiedere a {P} se va bene?"]}
LONE_NEG = {"en": [("we played ", "Ave Maria", " at the end", "WORD"), ("just ask ", "google", "", "TERM"),
                   ("ask ", "chatgpt", " for a regex", "TERM"), ("please ", "mark", " as read", "WORD"),
                   ("the ask ", "will", " go to finance", "WORD"), ("due in ", "april", "", "WORD"),
                   ("ping ", "prod", " again", "TERM"), ("a ", "frank", " chat about it", "WORD"),
                   ("pay the ", "bill", " first", "WORD"), ("the ", "grace", " period ends friday", "WORD")],
            "de": [("wir singen ", "Ave Maria", " zum Schluss", "WORD"), ("frag ", "chatgpt", " nach dem regex", "TERM"),
                   ("das ist mein ", "ernst", "", "WORD"), ("im ", "ernst", "?", "WORD"),
                   ("frag doch ", "google", "", "TERM"), ("eine ", "rose", " im Garten", "WORD")],
            "fr": [("l'orchestre joue ", "Ave Maria", "", "WORD"), ("demande à ", "chatgpt", " la regex", "TERM"),
                   ("une ", "rose", " rouge", "WORD"), ("la tarte aux ", "prune", "s", "WORD"),
                   ("demande à ", "google", "", "TERM"), ("une eau ", "claire", "", "WORD")],
            "nl": [("het koor zong ", "Ave Maria", "", "WORD"), ("vraag het aan ", "google", "", "TERM"),
                   ("een ", "roos", " in de tuin", "WORD"), ("de ", "floor", " is nat", "WORD"),
                   ("vraag ", "chatgpt", " om een regex", "TERM")],
            "es": [("el coro cantó ", "Ave María", "", "WORD"), ("pregunta a ", "google", "", "TERM"),
                   ("la camiseta ", "rosa", "", "WORD"), ("con ", "luz", " verde", "WORD"), ("en ", "paz", "", "WORD"),
                   ("pregúntale a ", "chatgpt", "", "TERM"), ("mucho ", "sol", " hoy", "WORD")],
            "it": [("il coro canta ", "Ave Maria", "", "WORD"), ("chiedi a ", "google", "", "TERM"),
                   ("acqua ", "chiara", "", "WORD"), ("la maglia ", "rosa", "", "WORD"), ("una ", "vera", " sorpresa", "WORD"),
                   ("chiedi a ", "chatgpt", "", "TERM"), ("porto ", "franco", "", "WORD")]}


def lonegiven(n):
    lg = ["en", "de", "fr", "nl", "es", "it"][n % 6]
    d = D(lg, "lonegiven")
    tpl = rng.choice(LONE[lg])
    nm = rng.choice(WORDNAMES[lg])
    d.t(rng.choice(["", "", "[10:%02d] " % rng.randint(0, 59), "- "]))
    fill(d, tpl, "PERSON", nm)
    if rng.random() < 0.65:
        a, v, b, k = rng.choice(LONE_NEG[lg])
        d.t("\n" + a).neg(k, v).t(b)
    d.t("\n")
    d.done()


# ---- assignlow ---------------------------------------------------------------------------------
ASSIGNL = {"en": ["Assigned to {P} yesterday, should be done by Friday.", "Handed over to {P} this morning.",
                  "Forwarded to {P} for review.", "Reassigned to {P} after the standup.", "Escalated to {P} on Monday.",
                  "Delegated to {P}, see comments."],
           "de": ["Bitte an {P} weiterleiten.", "Zugewiesen an {P}, Rückmeldung folgt.", "Weitergeleitet an {P}.",
                  "Übergeben an {P} am Montag.", "Eskaliert an {P}, bitte abwarten."],
           "fr": ["Transféré à {P} ce matin.", "Assigné à {P} hier.", "Merci de transmettre à {P}.",
                  "Réaffecté à {P} après la réunion."],
           "nl": ["Doorgestuurd naar {P} gisteren.", "Graag doorsturen naar {P}.", "Overgedragen aan {P} vanochtend.",
                  "Toegewezen aan {P}, wacht op reactie."],
           "es": ["Asignado a {P} ayer por la tarde.", "Por favor, reenviar a {P}.", "Reenviado a {P} para revisión.",
                  "Reasignado a {P} tras la reunión."],
           "it": ["Assegnato a {P} ieri.", "Per favore inoltra a {P}.", "Inoltrato a {P} per revisione.",
                  "Riassegnato a {P} dopo la riunione."],
           "pt": ["Atribuído a {P} ontem.", "Por favor, reencaminhar para {P}.", "Encaminhado para {P} para revisão."]}
ASSIGNL_NEG = {"en": ["support", "legal", "me", "backend", "everyone", "the team", "finance"],
               "de": ["support", "die Buchhaltung", "alle", "mich", "die IT", "den Vertrieb"],
               "fr": ["l'équipe", "moi", "tout le monde", "la compta", "le support"],
               "nl": ["iedereen", "mij", "support", "de boekhouding", "de klant", "de helpdesk"],
               "es": ["todos", "mí", "soporte", "contabilidad", "el equipo"],
               "it": ["tutti", "me", "supporto", "l'amministrazione", "il team"],
               "pt": ["todos", "mim", "suporte", "contabilidade", "a equipa"]}


def assignlow(n):
    lg = ["en", "de", "fr", "nl", "es", "it", "pt"][n % 7]
    d = D(lg, "assignlow")
    g, s = person(lg)
    v = [s.lower(), s.lower(), g.lower(), (g + " " + s).lower()][rng.randrange(4)]
    tpl = rng.choice(ASSIGNL[lg])
    k = rng.randrange(4)
    if k == 0:
        fill(d, tpl, "PERSON", v)
    elif k == 1:
        d.t("%d-%02d-%02d %02d:%02d  Status: %s. " % (2024, rng.randint(1, 12), rng.randint(1, 28), rng.randint(8, 18),
                                                    rng.randint(0, 59), rng.choice(["In progress", "Open", "Triaged"])))
        fill(d, tpl, "PERSON", v)
    elif k == 2:
        d.t('{"ticket": "OPS-%d", "comment": "' % rng.randint(100, 9999))
        fill(d, tpl, "PERSON", v).t('"}')
    else:
        d.t({"en": "Hi all,\n\n", "de": "Hallo zusammen,\n\n", "fr": "Bonjour,\n\n", "nl": "Hoi allemaal,\n\n",
             "es": "Hola a todos,\n\n", "it": "Ciao a tutti,\n\n", "pt": "Olá a todos,\n\n"}[lg])
        fill(d, tpl, "PERSON", v)
    if rng.random() < 0.55:
        t2 = rng.choice(ASSIGNL[lg])
        j = t2.index("{P}")
        d.t(" " + t2[:j]).neg("TEAM", rng.choice(ASSIGNL_NEG[lg])).t(t2[j + 3:])
    d.t("\n")
    d.done()


# ---- voice -------------------------------------------------------------------------------------
VOICE = {"en": ["hey google, call {P}", "ok google, text {P} that i'm running late", "siri, text {P}",
                "hey siri, call {P} on speaker", "cortana, email {P}", "cortana, call {P}", "hey google, video call {P}",
                "hey siri, send a message to {P}", "ok google, message {P} on whatsapp", "siri, facetime {P}"],
         "de": ["ok google, ruf {P} an", "hey siri, schreib {P}, dass ich später komme", "hey google, ruf {P} an",
                "siri, nachricht an {P}", "hey siri, facetime mit {P}", "cortana, schreib eine mail an {P}"],
         "fr": ["ok google, appelle {P}", "dis siri, envoie un message à {P}", "dis siri, appelle {P}",
                "cortana, écris un mail à {P}", "ok google, envoie un sms à {P}"],
         "es": ["oye siri, llama a {P}", "ok google, manda un mensaje a {P}", "oye google, llama a {P}",
                "cortana, envía un correo a {P}"],
         "it": ["ehi siri, chiama {P}", "ok google, chiama {P}", "ehi google, manda un messaggio a {P}",
                "cortana, scrivi una mail a {P}"],
         "nl": ["hé google, bel {P}", "hey siri, stuur een bericht naar {P}", "oké google, bel {P}", "cortana, mail {P}"],
         "pt": ["ok google, liga para {P}", "ei siri, manda mensagem para {P}", "ok google, liga ao {P}"]}
VOICE_NEG = {"en": [("hey google, call ", "mum", "", "KIN"), ("siri, call ", "home", "", "TERM"),
                    ("hey google, call ", "my dentist", "", "TERM"), ("just ask ", "google", "", "TERM"),
                    ("hey ", "siri", " what's the weather", "TERM"), ("ok google, call ", "pizza hut", "", "ORG"),
                    ("cortana, open ", "outlook", "", "TERM")],
             "de": [("ok google ruf ", "papa", " an", "KIN"), ("hey siri, ruf ", "mama", " an", "KIN"),
                    ("frag doch ", "siri", "", "TERM"), ("hey ", "siri", " wie wird das wetter", "TERM"),
                    ("ok google, ruf ", "oma", " an", "KIN")],
             "fr": [("ok google, appelle ", "maman", "", "KIN"), ("demande à ", "siri", "", "TERM"),
                    ("dis ", "siri", " quel temps fait-il", "TERM"), ("ok google, appelle ", "la maison", "", "TERM")],
             "es": [("oye siri, llama a ", "mamá", "", "KIN"), ("pregúntale a ", "google", "", "TERM"),
                    ("oye ", "siri", " qué tiempo hace", "TERM"), ("ok google, llama a ", "casa", "", "TERM")],
             "it": [("ok google, chiama ", "papà", "", "KIN"), ("chiedi a ", "siri", "", "TERM"),
                    ("ehi ", "siri", " che tempo fa", "TERM"), ("ok google, chiama ", "casa", "", "TERM")],
             "nl": [("hé google, bel ", "mama", "", "KIN"), ("vraag het aan ", "siri", "", "TERM"),
                    ("hey ", "siri", " wat voor weer wordt het", "TERM")],
             "pt": [("ok google, liga para ", "a mãe", "", "KIN"), ("pergunta ao ", "google", "", "TERM"),
                    ("ei ", "siri", " como está o tempo", "TERM")]}


def voice(n):
    lg = ["en", "de", "fr", "es", "it", "nl", "pt", "en"][n % 8]
    d = D(lg, "voice")
    tpl = rng.choice(VOICE[lg])
    g, s = person(lg)
    v = [g.lower(), (g + " " + s).lower(), g + " " + s, g][rng.randrange(4)]
    k = rng.randrange(4)
    if k == 0:
        d.t("%02d:%02d  \"" % (rng.randint(6, 22), rng.randint(0, 59)))
        fill(d, tpl, "PERSON", v).t("\"\n")
    elif k == 1:
        d.t('{"ts": "2024-0%d-1%dT08:%02d:00Z", "utterance": "' % (rng.randint(1, 9), rng.randint(0, 9), rng.randint(0, 59)))
        fill(d, tpl, "PERSON", v).t('"}\n')
    elif k == 2:
        d.t("- ")
        fill(d, tpl[:1].upper() + tpl[1:], "PERSON", v).t("\n")
    else:
        d.t("2024-05-%02d %02d:%02d,%s,\"" % (rng.randint(1, 28), rng.randint(6, 22), rng.randint(0, 59),
                                             rng.choice(["nest-mini", "iphone", "pixel-8", "surface"])))
        fill(d, tpl, "PERSON", v).t("\"\n")
    if rng.random() < 0.7:
        a, w, b, kind = rng.choice(VOICE_NEG[lg])
        d.t("- " + a).neg(kind, w).t(b + "\n")
    d.done()


# ---- keyshort ----------------------------------------------------------------------------------
TWO = ["LI", "NG", "OU", "WU", "XU", "HU", "MA", "YU", "HO", "LE", "LY", "VO", "DO", "LO", "OH", "AN",
       "YI", "KO", "LU", "DU", "TO", "HA", "PO"]
GIVEN_ASIA = ["Wei", "Mei Lin", "Kim Hoa", "Xiaoming", "Thanh", "Jia", "Huong", "Min-jun", "Jun", "Tuan", "Lan",
              "Yan", "Hao", "Seo-yeon", "Qing"]
SKEY = {"de": [("familienname", "vorname"), ("nachname", "vorname"), ("name", "vorname")],
        "fr": [("nom", "prenom"), ("nom_de_famille", "prenom"), ("nom", "prénom")],
        "en": [("last_name", "first_name"), ("surname", "given_name"), ("lastName", "firstName"), ("family_name", "given_name")],
        "nl": [("achternaam", "voornaam"), ("familienaam", "voornaam")],
        "es": [("apellido", "nombre"), ("apellidos", "nombre"), ("primer_apellido", "nombre")],
        "it": [("cognome", "nome")],
        "pt": [("apelido", "nome_proprio"), ("sobrenome", "nome")]}
OTHERKEY = {"de": [("land", "LI"), ("sprache", "DE"), ("status", "OK"), ("groesse", "XL")],
            "fr": [("pays", "LI"), ("langue", "FR"), ("statut", "OK"), ("taille", "XS")],
            "en": [("country", "LI"), ("lang", "EN"), ("status", "OK"), ("size", "XL"), ("state", "NY")],
            "nl": [("land", "LI"), ("taal", "NL"), ("status", "OK"), ("maat", "XL")],
            "es": [("pais", "LI"), ("idioma", "ES"), ("estado", "OK"), ("talla", "XS")],
            "it": [("paese", "LI"), ("lingua", "IT"), ("stato", "OK"), ("taglia", "XL")],
            "pt": [("pais", "LI"), ("idioma", "PT"), ("estado", "OK"), ("tamanho", "XL")]}


def keyshort(n):
    lg = ["de", "fr", "en", "nl", "es", "it", "pt"][n % 7]
    d = D(lg, "keyshort")
    sk, gk = rng.choice(SKEY[lg])
    sn = rng.choice(TWO)
    if rng.random() < 0.2:
        sn = sn.title()
    gn = rng.choice(GIVEN_ASIA)
    if rng.random() < 0.4:
        gn = gn.upper()
    ok, ov = rng.choice(OTHERKEY[lg])
    k = rng.randrange(4)
    if k == 0:
        d.t('{"id": %d, "%s": "' % (rng.randint(100, 99999), sk)).span("PERSON", sn).t('", "%s": "' % gk)
        d.span("PERSON", gn).t('", "%s": "' % ok).neg("CODE", ov).t('"}\n')
    elif k == 1:
        d.t('{\n  "%s": "' % sk).span("PERSON", sn).t('",\n  "%s": "' % gk).span("PERSON", gn)
        d.t('",\n  "%s": "' % ok).neg("CODE", ov).t('"\n}\n')
    elif k == 2:
        d.t("- id: %d\n  %s: " % (rng.randint(1, 999), sk)).span("PERSON", sn).t("\n  %s: " % gk).span("PERSON", gn)
        d.t("\n  %s: " % ok).neg("CODE", ov).t("\n")
    else:
        d.t(">>> row\n{'%s': '" % sk).span("PERSON", sn).t("', '%s': '" % gk).span("PERSON", gn)
        d.t("', '%s': '" % ok).neg("CODE", ov).t("'}\n")
    d.done()


# ---- tomlauth ----------------------------------------------------------------------------------
ALLG = ["en", "de", "fr", "nl", "es", "it", "pt", "sv", "pl", "cs", "ro", "tr"]
HOSTS = ["example", "mailbox", "posteo", "acme-corp", "gmail", "proton", "fastmail"]


def tomlauth(n):
    lg = ALLG[n % len(ALLG)]
    d = D(lg, "tomlauth")
    people = [person(lg) for _ in range(rng.randint(1, 3))]
    k = rng.randrange(4)
    if k == 0:
        d.t('[package]\nname = "toolkit"\nversion = "0.%d.0"\n\n' % rng.randint(1, 9))
        for g, s in people:
            d.t('[[authors]]\nname = "').span("PERSON", (g + " " + s).lower()).t('"\n')
            if rng.random() < 0.5:
                d.t('email = "').span("EMAIL_ADDRESS", ascii_fold(g) + "@" + rng.choice(HOSTS) + ".org").t('"\n')
            d.t("\n")
    elif k == 1:
        d.t('[package]\nname = "toolkit"\nedition = "2021"\nauthors = [')
        for i, (g, s) in enumerate(people):
            d.t(", " if i else "").t('"').span("PERSON", (g + " " + s).lower()).t(' <').span(
                "EMAIL_ADDRESS", ascii_fold(s) + "@" + rng.choice(HOSTS) + ".net").t('>"')
        d.t("]\n")
    elif k == 2:
        d.t('name = "Toolkit"\nuuid = "%08x-1f2e-4c3d-9a8b-%012x"\nauthors = [' % (rng.getrandbits(32), rng.getrandbits(48)))
        for i, (g, s) in enumerate(people):
            d.t(", " if i else "").t('"').span("PERSON", (g + " " + s).lower()).t('"')
        d.t(']\nversion = "1.%d.0"\n' % rng.randint(0, 9))
    else:
        d.t('[project]\nname = "toolkit"\n\n')
        for g, s in people:
            d.t('[[project.maintainers]]\nname = "').span("PERSON", (g + " " + s).lower()).t('"\n\n')
    r = rng.random()
    if r < 0.35:
        d.t('[[bin]]\nname = "').neg("TERM", rng.choice(["toolkit-cli", "weber", "keller-sync", "rosa"])).t('"\npath = "src/main.rs"\n')
    elif r < 0.6:
        d.t('[[package]]\nname = "').neg("TERM", rng.choice(["serde", "anyhow", "tokio", "clap"])).t('"\nversion = "1.0.%d"\n' % rng.randint(1, 200))
    elif r < 0.8:
        d.t('[[authors]]\nname = "').neg("TEAM", rng.choice(["the toolkit developers", "core team", "toolkit contributors"])).t('"\n')
    d.done()


# ---- xmlperson ---------------------------------------------------------------------------------
# (given tag, family tag) pairs and single whole-name tags, as forms and exchanges name them
XG = [("reportergivename", "reporterfamilyname"), ("sendergivename", "senderfamilyname"),
      ("receivergivename", "receiverfamilyname"), ("ownerFirstName", "ownerLastName"),
      ("DriverGivenName", "DriverSurname"), ("applicantGivenName", "applicantFamilyName"),
      ("ns2:ContactFirstName", "ns2:ContactLastName"), ("witnessforename", "witnesssurname")]
XW = ["patientname", "PatientName", "ContactPersonName", "ns2:ContactPersonName", "employeeName", "signatoryName",
      "tenantname", "AnsprechpartnerName", "nomTitulaire", "naamAanvrager", "nombreSolicitante", "nomeRichiedente"]
XNEG = [("drugname", ["PARACETAMOL", "Ibuprofen 400 mg", "Metformin"], "TERM"),
        ("senderorganization", ["Novartis Pharma AG", "Bayer Vital GmbH", "Sanofi Winthrop"], "ORG"),
        ("productname", ["Keller Pro 3", "Maria Thermo Cup", "Rosa Mini"], "TERM"),
        ("hostname", ["db-weber-01", "keller.internal"], "TERM"),
        ("CompanyName", ["Weber & Söhne GmbH", "Dupont Logistique SARL", "Rossi Trasporti S.r.l."], "ORG"),
        ("StreetName", ["Goethestraße", "Rue Victor Hugo", "Via Giuseppe Verdi"], "STREET")]


def xmlperson(n):
    lg = ["en", "de", "fr", "nl", "es", "it"][n % 6]
    d = D(lg, "xmlperson")
    g, s = person(lg)
    k = rng.randrange(4)
    ind = "" if k == 3 else "  "
    nl = "" if k == 3 else "\n"
    d.t(["<ichicsr>\n<safetyreport>\n", "<Record>\n", "<ns2:Submission xmlns:ns2=\"urn:x\">\n", "<r>"][k])
    if rng.random() < 0.55:
        gt, ft = rng.choice(XG)
        if k == 0:
            gt, ft = rng.choice(XG[:3])
        if k == 2:
            gt, ft = XG[6]
        gv, sv_ = (g, s) if rng.random() < 0.75 else (g.upper(), s.upper())
        d.t(ind + "<%s>" % gt).span("PERSON", gv).t("</%s>" % gt + nl)
        d.t(ind + "<%s>" % ft).span("PERSON", sv_).t("</%s>" % ft + nl)
    else:
        t = rng.choice(XW)
        if k == 2:
            t = "ns2:ContactPersonName"
        v = rng.choice([g + " " + s, s + ", " + g, (g + " " + s).upper()])
        d.t(ind + "<%s>" % t).span("PERSON", v).t("</%s>" % t + nl)
    if k == 0 and rng.random() < 0.7:
        y, m, dd = ymd(1930, 2005)
        d.t(ind + "<patientbirthdateformat>102</patientbirthdateformat>" + nl)
        d.t(ind + "<patientbirthdate>").span("DATE_OF_BIRTH", "%d%02d%02d" % (y, m, dd)).t("</patientbirthdate>" + nl)
    for _ in range(rng.randint(1, 2)):
        t, vals, kind = rng.choice(XNEG)
        d.t(ind + "<%s>" % t).neg(kind, rng.choice(vals)).t("</%s>" % t + nl)
    d.t(["</safetyreport>\n</ichicsr>\n", "</Record>\n", "</ns2:Submission>\n", "</r>\n"][k])
    d.done()


# ---- sepa --------------------------------------------------------------------------------------
SEPA_FIRMS = {"de": ["Stadtwerke München GmbH", "Hausverwaltung Lindner GmbH", "Fitnessstudio Keller GmbH",
                     "Allianz Versicherungs-AG"],
              "fr": ["EDF SA", "Fitness Dupont SARL", "Syndic Girard", "Mutuelle Générale"],
              "nl": ["Vereniging Oranje Boven", "Woonstichting De Key", "Vitens N.V.", "Bakker Sport B.V."],
              "es": ["Gimnasio Castillo S.L.", "Iberdrola Clientes S.A.U.", "Comunidad de Propietarios Navarro 12"],
              "it": ["ENI Plenitude", "Condominio Via Rossi 8", "Palestra Bianchi SSD", "Acea Ato 2 S.p.A."]}
SEPA_CC = {"de": "DE", "fr": "FR", "nl": "NL", "es": "ES", "it": "IT"}


def sepa_name(lg):
    g, s = person(lg)
    return rng.choice([g + " " + s, (s + " " + g).upper(), s + ", " + g, (g + " " + s).upper()])


def sepa(n):
    lg = ["de", "fr", "nl", "es", "it"][n % 5]
    d = D(lg, "sepa")
    firm = rng.choice(SEPA_FIRMS[lg])
    k = rng.randrange(4)
    if k == 0:
        d.t('<Document xmlns="urn:iso:std:iso:20022:tech:xsd:pain.001.001.09">\n <CstmrCdtTrfInitn>\n  <GrpHdr>\n')
        d.t("   <InitgPty><Nm>").neg("ORG", rng.choice(SEPA_FIRMS[lg])).t("</Nm></InitgPty>\n  </GrpHdr>\n  <PmtInf>\n")
        d.t("   <Dbtr>\n    <Nm>").span("PERSON", sepa_name(lg)).t("</Nm>\n    <PstlAdr><Ctry>%s</Ctry></PstlAdr>\n   </Dbtr>\n" % SEPA_CC[lg])
        if rng.random() < 0.5:
            d.t("   <UltmtDbtr><Nm>").span("PERSON", sepa_name(lg)).t("</Nm></UltmtDbtr>\n")
        d.t("   <CdtTrfTxInf>\n    <Cdtr><Nm>")
        if rng.random() < 0.5:
            d.span("PERSON", sepa_name(lg))
        else:
            d.neg("ORG", firm)
        d.t("</Nm></Cdtr>\n    <RmtInf><Ustrd>%s %d/2025</Ustrd></RmtInf>\n   </CdtTrfTxInf>\n  </PmtInf>\n </CstmrCdtTrfInitn>\n</Document>\n"
            % (rng.choice(["Miete", "Loyer", "Huur", "Alquiler", "Affitto"]), rng.randint(1, 12)))
    elif k == 1:
        d.t('<Document xmlns="urn:iso:std:iso:20022:tech:xsd:pain.008.001.08">\n<CstmrDrctDbtInitn>\n<PmtInf>\n')
        d.t("<Cdtr><Nm>").neg("ORG", firm).t("</Nm></Cdtr>\n<DrctDbtTxInf>\n<MndtRltdInf><MndtId>M-%d</MndtId></MndtRltdInf>\n" % rng.randint(1000, 99999))
        d.t("<Dbtr>\n<Nm>").span("PERSON", sepa_name(lg)).t("</Nm>\n</Dbtr>\n")
        if rng.random() < 0.6:
            d.t("<UltmtDbtr>\n<Nm>").span("PERSON", sepa_name(lg)).t("</Nm>\n</UltmtDbtr>\n")
        d.t("</DrctDbtTxInf>\n</PmtInf>\n</CstmrDrctDbtInitn>\n</Document>\n")
    elif k == 2:
        d.t("<Ntry>\n <Amt Ccy=\"EUR\">%d.%02d</Amt>\n <NtryDtls><TxDtls>\n  <RltdPties>\n" % (rng.randint(5, 900), rng.randint(0, 99)))
        d.t("   <Dbtr><Pty><Nm>").span("PERSON", sepa_name(lg)).t("</Nm></Pty></Dbtr>\n")
        d.t("   <Cdtr><Pty><Nm>").neg("ORG", firm).t("</Nm></Pty></Cdtr>\n")
        if rng.random() < 0.5:
            d.t("   <UltmtCdtr><Pty><Nm>").span("PERSON", sepa_name(lg)).t("</Nm></Pty></UltmtCdtr>\n")
        d.t("  </RltdPties>\n </TxDtls></NtryDtls>\n</Ntry>\n")
    else:
        d.t("<CdtTrfTxInf><PmtId><EndToEndId>E2E%d</EndToEndId></PmtId>" % rng.randint(10000, 99999))
        if rng.random() < 0.5:
            d.t("<UltmtDbtr><Nm>").span("PERSON", sepa_name(lg)).t("</Nm></UltmtDbtr>")
        d.t("<Cdtr><Nm>").neg("ORG", firm).t("</Nm></Cdtr><UltmtCdtr><Nm>").span("PERSON", sepa_name(lg))
        d.t("</Nm></UltmtCdtr></CdtTrfTxInf>\n")
    d.done()


# ---- decree ------------------------------------------------------------------------------------
ORIG = [("pl", "Cracovie", "Pologne"), ("tr", "Ankara", "Turquie"), ("ro", "Cluj-Napoca", "Roumanie"),
        ("vi", "Hanoï", "Viêt Nam"), ("ar", "Alger", "Algérie"), ("ar", "Tunis", "Tunisie"), ("ar", "Casablanca", "Maroc"),
        ("pt", "Porto", "Portugal"), ("es", "Bogota", "Colombie"), ("it", "Naples", "Italie"), ("cs", "Brno", "Tchéquie")]


def fr_date(y, m, dd):
    r = rng.random()
    if r < 0.5:
        return dnum(y, m, dd)
    return ("1er" if dd == 1 else str(dd)) + " " + MONTHS["fr"][m - 1] + " " + str(y)


def decree_line(d, style):
    olg, town, country = rng.choice(ORIG)
    g, s = person(olg)
    g2 = person(olg)[0] if rng.random() < 0.4 else ""
    fem = rng.random() < 0.5
    y, m, dd = ymd(1950, 2004)
    if style == "B":
        # Belgian Moniteur: `Kowalska, Anna Maria, née à Cracovie (Pologne) le 12 mars 1985`
        d.span("PERSON", s + ", " + g + (" " + g2 if g2 else "")).t(", né" + ("e" if fem else "") + " à " + town + " (" + country + ") le ")
        d.span("DATE_OF_BIRTH", fr_date(y, m, dd)).t(".\n")
        return
    d.span("PERSON", s.upper())
    if fem and rng.random() < 0.3:
        d.t(" épouse ").span("PERSON", person("fr")[1].upper())
    d.t(" (").span("PERSON", g + (", " + g2 if g2 else "")).t(")")
    ne = "né(e)" if style == "F" else ("née" if fem else "né")
    d.t(", " + ne + " le ").span("DATE_OF_BIRTH", fr_date(y, m, dd)).t(" à " + town + " (")
    d.t(country + "), dép. %d, NAT. 2025X %05d" % (rng.randint(1, 95), rng.randint(0, 99999)))
    if rng.random() < 0.3:
        c = person(olg)[0]
        cy, cm, cd = ymd(2008, 2020)
        d.t(", et son enfant mineur : ").span("PERSON", c).t(", né" + rng.choice(["", "e"]) + " le ").span("DATE_OF_BIRTH", fr_date(cy, cm, cd))
    d.t(".\n")


def decree(n):
    k = n % 4
    d = D("fr" if k != 3 else "fr_BE", "decree")
    if k == 0:
        d.t("Décret du ").neg("DATE", "%d %s %d" % (rng.randint(2, 28), MONTHS["fr"][rng.randint(0, 11)], rng.randint(2023, 2025)))
        d.t(" portant naturalisation, réintégration, mention d'enfants mineurs\nArticle 1er\nSont naturalisés français :\n")
        for _ in range(rng.randint(2, 3)):
            decree_line(d, "J")
    elif k == 1:
        d.t("Extrait JORF n°%d du " % rng.randint(50, 290)).neg("DATE", "%02d/%02d/2024" % (rng.randint(1, 28), rng.randint(1, 12))).t("\n- ")
        decree_line(d, "J")
    elif k == 2:
        d.t("Liste nominative (NOM (Prénoms), né(e) le, lieu de naissance) :\n")
        for _ in range(rng.randint(1, 3)):
            d.t("• ")
            decree_line(d, "F")
    else:
        d.t("Par arrêté royal du ").neg("DATE", "%d %s 2024" % (rng.randint(2, 28), MONTHS["fr"][rng.randint(0, 11)]))
        d.t(", la nationalité belge est accordée à :\n")
        for _ in range(rng.randint(1, 3)):
            decree_line(d, "B")
    d.done()


# ---- drcaps ------------------------------------------------------------------------------------
WORDGIVEN = {"it": ["Chiara", "Serena", "Rosa", "Franco", "Felice", "Stella", "Vera", "Bianca", "Gioia", "Aurora"],
             "fr": ["Claire", "Pierre", "Rose", "Blanche", "Constance", "Aurore", "Olive"],
             "de": ["Ernst", "Frank", "Heide", "Rose", "Wolf"],
             "es": ["Pilar", "Rosa", "Luz", "Blanca", "Dolores", "Paz", "Soledad"],
             "pl": ["Róża", "Wiktoria", "Grzegorz", "Dobromir"], "en": ["Grace", "Frank", "Hope", "June", "Mark"]}
TITLES = {"it": ["Dr.", "Dott.", "Dott.ssa", "Prof.", "Dr.ssa"], "fr": ["Dr", "Dr.", "Pr", "Me"],
          "de": ["Dr.", "Dr. med.", "Prof. Dr.", "Dipl.-Ing."], "es": ["Dr.", "Dra.", "Lic."],
          "pl": ["dr", "lek.", "lek. med.", "prof."], "en": ["Dr.", "Dr", "Prof."]}
DRCTX = {"it": ["Medico curante: {P}", "Firmato: {P}", "Inviato dal {P} per visita cardiologica.", "Reperibile: {P} (int. 4412)"],
         "fr": ["Médecin traitant : {P}", "Adressé par {P} pour avis.", "Signé : {P}", "De garde : {P} (poste 2231)"],
         "de": ["Hausarzt: {P}", "Überweisung von {P} wegen Rückenschmerzen.", "Gez. {P}", "Dienst: {P} (Piepser 318)"],
         "es": ["Médico de cabecera: {P}", "Derivado por {P} a traumatología.", "Firmado: {P}", "Guardia: {P} (ext. 551)"],
         "pl": ["Lekarz prowadzący: {P}", "Skierowanie od {P} do poradni.", "Podpis: {P}", "Dyżur: {P} (wew. 120)"],
         "en": ["GP: {P}", "Referred by {P} for a second opinion.", "Signed: {P}", "On call: {P} (bleep 4412)"]}
DRNEG = [("Pudding von ", "Dr. Oetker", "", "ORG"), ("boots by ", "DR. MARTENS", "", "ORG"),
         ("we watched ", "Dr. House", " again", "TERM"), ("gel insoles from ", "Dr. Scholl", "", "ORG")]


def drcaps(n):
    lg = ["it", "fr", "de", "es", "pl", "en"][n % 6]
    d = D(lg, "drcaps")
    k = rng.randrange(3)
    lines = 1 if k else rng.randint(2, 3)
    if k == 0:
        d.t({"it": "Turni di reperibilità\n", "fr": "Tableau de garde\n", "de": "Dienstplan Innere\n", "es": "Guardias\n",
             "pl": "Grafik dyżurów\n", "en": "On-call rota\n"}[lg])
    for _ in range(lines):
        g, s = person(lg) if lg != "pl" else person("pl")
        if rng.random() < 0.55:
            g = rng.choice(WORDGIVEN[lg])
        up_s = up_tr(s) if lg == "tr" else s.upper()
        v = up_s + " " + g
        tpl = rng.choice(DRCTX[lg])
        i = tpl.index("{P}")
        d.t(tpl[:i] + rng.choice(TITLES[lg]) + " ").span("PERSON", v).t(tpl[i + 3:] + "\n")
    if rng.random() < 0.4:
        a, v, b, kind = rng.choice(DRNEG)
        d.t(a).neg(kind, v).t(b + "\n")
    d.done()


# ---- commalabel ---------------------------------------------------------------------------------
CLAB = {"de": ["Inhaber", "Antragsteller", "Mieter", "Patient", "Versicherte Person", "Kontoinhaber"],
        "en": ["Subject", "Owner", "Employee", "Patient", "Applicant", "Account holder"],
        "fr": ["Titulaire", "Demandeur", "Locataire", "Patient", "Assuré"],
        "nl": ["Aanvrager", "Huurder", "Patiënt", "Rekeninghouder", "Eigenaar"],
        "es": ["Solicitante", "Titular", "Inquilino", "Paciente"],
        "it": ["Richiedente", "Titolare", "Inquilino", "Paziente"],
        "no": ["Innehaver", "Søker", "Leietaker", "Pasient"],
        "sv": ["Innehavare", "Sökande", "Hyresgäst", "Patient"]}
CNEG = {"de": [("Name: ", "Nachname, Vorname", "FIELD"), ("Ort: ", "Berlin, Deutschland", "PLACE"),
               ("Betreff: ", "Rechnung, Mahnung", "WORD")],
        "en": [("Name: ", "Surname, Given name", "FIELD"), ("Sort by: ", "Name, Date", "FIELD"),
               ("Location: ", "Dublin, Ireland", "PLACE")],
        "fr": [("Nom : ", "Nom, Prénom", "FIELD"), ("Lieu : ", "Lyon, France", "PLACE")],
        "nl": [("Naam: ", "Achternaam, Voornaam", "FIELD"), ("Plaats: ", "Utrecht, Nederland", "PLACE")],
        "es": [("Nombre: ", "Apellidos, Nombre", "FIELD"), ("Lugar: ", "Sevilla, España", "PLACE")],
        "it": [("Nome: ", "Cognome, Nome", "FIELD"), ("Luogo: ", "Torino, Italia", "PLACE")],
        "no": [("Navn: ", "Etternavn, Fornavn", "FIELD"), ("Sted: ", "Bergen, Norge", "PLACE")],
        "sv": [("Namn: ", "Efternamn, Förnamn", "FIELD"), ("Ort: ", "Malmö, Sverige", "PLACE")]}


def commalabel(n):
    lg = list(CLAB)[n % len(CLAB)]
    d = D(lg, "commalabel")
    g, s = person(lg)
    v = s + ", " + g
    lab = rng.choice(CLAB[lg])
    k = rng.randrange(4)
    if k == 0:
        d.t(lab + ": ").span("PERSON", v).t("\n")
    elif k == 1:
        d.t(lab + ":\t").span("PERSON", v).t("\t(ID %d)\n" % rng.randint(10000, 99999))
    elif k == 2:
        d.t("Ref. %d – %s: " % (rng.randint(100, 999), lab)).span("PERSON", v).t(", %s\n" % rng.choice(["Whg. 3", "apt 4", "2e étage", "3 hoog"]))
    else:
        d.t("| %s | " % lab).span("PERSON", v).t(" |\n")
    if rng.random() < 0.7:
        a, w, kind = rng.choice(CNEG[lg])
        d.t(a).neg(kind, w).t("\n")
    d.done()


# ---- payercaps ----------------------------------------------------------------------------------
PAYLAB = {"sv": ["Avsändare", "Betalare", "Mottagare", "Betalningsmottagare", "Kontoinnehavare"],
          "pl": ["Nadawca", "Zleceniodawca", "Płatnik", "Odbiorca", "Posiadacz rachunku"],
          "cs": ["Plátce", "Příjemce", "Odesílatel", "Majitel účtu", "Příkazce"],
          "tr": ["Gönderen", "Alıcı", "Ödeyen", "Hesap sahibi", "Gönderici"],
          "ro": ["Plătitor", "Beneficiar", "Ordonator", "Expeditor", "Titular cont"],
          "da": ["Afsender", "Betaler", "Modtager", "Kontohaver"],
          "no": ["Avsender", "Betaler", "Mottaker", "Kontoeier"]}
PAYNEG = {"sv": ["SKATTEVERKET", "TELIA SVERIGE AB", "FÖRSÄKRINGSKASSAN"],
          "pl": ["URZĄD SKARBOWY", "PGE OBRÓT S.A.", "ORANGE POLSKA S.A."],
          "cs": ["FINANČNÍ ÚŘAD PRO HL. M. PRAHU", "ČEZ PRODEJ, A.S.", "O2 CZECH REPUBLIC A.S."],
          "tr": ["VERGİ DAİRESİ", "TÜRK TELEKOM A.Ş.", "İSKİ GENEL MÜDÜRLÜĞÜ"],
          "ro": ["ANAF", "ENEL ENERGIE S.A.", "DIGI ROMÂNIA S.A."],
          "da": ["SKATTESTYRELSEN", "ØRSTED SALG & SERVICE A/S"],
          "no": ["SKATTEETATEN", "TELENOR NORGE AS"]}
AMT = {"sv": "Belopp: %d,00 SEK", "pl": "Kwota: %d,00 PLN", "cs": "Částka: %d,00 CZK", "tr": "Tutar: %d,00 TL",
       "ro": "Suma: %d,00 RON", "da": "Beløb: %d,00 DKK", "no": "Beløp: %d,00 NOK"}
MSG = {"sv": "Meddelande: hyra mars", "pl": "Tytuł: czynsz marzec", "cs": "Zpráva: nájem březen", "tr": "Açıklama: mart kirası",
       "ro": "Detalii: chirie martie", "da": "Tekst: husleje marts", "no": "Melding: husleie mars"}


def payer_name(lg):
    g, s = person(lg)
    v = s + " " + g if rng.random() < 0.8 else g + " " + s
    return up_tr(v) if lg == "tr" else v.upper()


def payercaps(n):
    lg = list(PAYLAB)[n % len(PAYLAB)]
    d = D(lg, "payercaps")
    labs = rng.sample(PAYLAB[lg], 2)
    k = rng.randrange(4)
    if k == 0:
        d.t(labs[0] + ": ").span("PERSON", payer_name(lg)).t("\n" + AMT[lg] % rng.randint(50, 9000) + "\n" + MSG[lg] + "\n")
    elif k == 1:
        d.t("2024-%02d-%02d  %s: " % (rng.randint(1, 12), rng.randint(1, 28), labs[0])).span("PERSON", payer_name(lg))
        d.t("  " + AMT[lg] % rng.randint(50, 9000) + "\n")
    elif k == 2:
        d.t("| %s | " % labs[0]).span("PERSON", payer_name(lg)).t(" |\n| %s | " % labs[1]).span("PERSON", payer_name(lg)).t(" |\n")
    else:
        d.t(labs[0].upper() + ": ").span("PERSON", payer_name(lg)).t("\n" + labs[1].upper() + ": ").span("PERSON", payer_name(lg)).t("\n")
    if rng.random() < 0.6:
        d.t(rng.choice(PAYLAB[lg]) + ": ").neg("ORG", rng.choice(PAYNEG[lg])).t("\n")
    d.done()


# ---- steplabel ----------------------------------------------------------------------------------
STEPS = {"en": ("STEP", ["Collector", "Donor", "Witness", "Inspector", "Supervisor", "Employee"],
                [("Employer", ["ACME Logistics Ltd", "Harding Freight plc"], "ORG"), ("Specimen", ["URINE", "ORAL FLUID"], "WORD"),
                 ("Collection site", ["Quest Diagnostics", "Concentra Denver"], "ORG"), ("Result", ["NEGATIVE", "DILUTE"], "WORD"),
                 ("Reason", ["Pre-employment", "Random"], "WORD")]),
         "de": ("SCHRITT", ["Probenehmer", "Spender", "Zeuge", "Prüfer", "Mitarbeiter"],
                [("Arbeitgeber", ["Spedition Krause GmbH", "Weber Logistik AG"], "ORG"), ("Probe", ["URIN", "SPEICHEL"], "WORD"),
                 ("Ergebnis", ["NEGATIV", "POSITIV"], "WORD"), ("Labor", ["Synlab MVZ Augsburg", "Labor Dr. Wisplinghoff"], "ORG")]),
         "fr": ("ÉTAPE", ["Préleveur", "Donneur", "Témoin", "Contrôleur", "Salarié"],
                [("Employeur", ["Transports Moreau SAS", "Girard Logistique"], "ORG"), ("Échantillon", ["URINE", "SALIVE"], "WORD"),
                 ("Résultat", ["NÉGATIF", "POSITIF"], "WORD")]),
         "nl": ("STAP", ["Afnemer", "Donor", "Getuige", "Controleur", "Werknemer"],
                [("Werkgever", ["Transportbedrijf Visser B.V.", "Bakker Logistiek"], "ORG"), ("Monster", ["URINE", "SPEEKSEL"], "WORD"),
                 ("Uitslag", ["NEGATIEF", "POSITIEF"], "WORD")]),
         "es": ("PASO", ["Recolector", "Donante", "Testigo", "Inspector", "Trabajador"],
                [("Empleador", ["Transportes Ortega S.L.", "Logística Navarro"], "ORG"), ("Muestra", ["ORINA", "SALIVA"], "WORD"),
                 ("Resultado", ["NEGATIVO", "POSITIVO"], "WORD")])}


def step_name(lg):
    g, s = person(lg)
    return rng.choice([g + " " + s, (g + " " + s).upper(), s.upper() + ", " + g, s + ", " + g])


def steplabel(n):
    lg = list(STEPS)[n % len(STEPS)]
    d = D(lg, "steplabel")
    word, roles, negs = STEPS[lg]
    k = rng.randrange(3)
    sep = [": ", " – ", ". "][k]
    w = word if k != 1 else word.title()
    nums = sorted(rng.sample(range(1, 8), 3))
    rs = rng.sample(roles, 2)
    lab, vals, kind = rng.choice(negs)
    d.t("%s %d%s%s: " % (w, nums[0], sep, lab)).neg(kind, rng.choice(vals)).t("\n")
    d.t("%s %d%s%s: " % (w, nums[1], sep, rs[0])).span("PERSON", step_name(lg)).t("\n")
    if rng.random() < 0.7:
        d.t("%s %d%s%s: " % (w, nums[2], sep, rs[1])).span("PERSON", step_name(lg))
        d.t("   %02d/%02d/2024\n" % (rng.randint(1, 28), rng.randint(1, 12)))
    d.done()


# ---- kinrole -----------------------------------------------------------------------------------
KIN = {"da": ["Sønnen", "Datteren", "Hustruen", "Enken", "Barnebarnet", "Broderen"],
       "no": ["Sønnen", "Datteren", "Kona", "Enken", "Barnebarnet", "Broren"],
       "sv": ["Sonen", "Dottern", "Hustrun", "Änkan", "Barnbarnet", "Brodern"],
       "cs": ["Syn", "Dcera", "Manželka", "Vnuk", "Bratr", "Sestra"],
       "pl": ["Syn", "Córka", "Żona", "Wnuczka", "Brat", "Siostra"],
       "tr": ["Oğlu", "Kızı", "Eşi", "Torunu", "Kardeşi"],
       "ro": ["Fiul", "Fiica", "Soția", "Nepotul", "Fratele"]}
KINCTX = {"da": ["{K} {P} overtager gården.", "Efterlader: {K} {P} og familie.", "{K} {P} deltager i mødet."],
          "no": ["{K} {P} overtar gården.", "Etterlatte: {K} {P} med familie.", "{K} {P} møter på vegne av familien."],
          "sv": ["{K} {P} tar över gården.", "Sörjande: {K} {P} med familj.", "{K} {P} företräder dödsboet."],
          "cs": ["{K} {P} převezme dům.", "Pozůstalí: {K} {P} s rodinou.", "{K} {P} se dostaví osobně."],
          "pl": ["{K} {P} przejmuje gospodarstwo.", "Pogrążeni w smutku: {K} {P} z rodziną.", "{K} {P} stawi się osobiście."],
          "tr": ["{K} {P} evi devralacak.", "Acılı ailesi: {K} {P}.", "{K} {P} toplantıya katılacak."],
          "ro": ["{K} {P} preia casa.", "Familia îndoliată: {K} {P}.", "{K} {P} se va prezenta personal."]}
ROLE = {"da": ["Ejer", "Lejer", "Udlejer"], "no": ["Eier", "Leietaker", "Utleier"], "sv": ["Ägare", "Hyresgäst", "Hyresvärd"],
        "cs": ["Majitel", "Jednatel", "Nájemce", "Pronajímatel"], "pl": ["Właściciel", "Najemca", "Wynajmujący"],
        "tr": ["Sahibi", "Kiracı", "Ev sahibi"], "ro": ["Proprietar", "Chiriaș", "Administrator"]}
ROLEFIRM = {"da": ["Jensen Ejendomme ApS", "Sørensen Byg A/S"], "no": ["Haugen Eiendom AS", "Bakke Bygg AS"],
            "sv": ["Bergström Fastigheter AB", "Holm Bygg AB"], "cs": ["Stavby Novák s.r.o.", "Dvořák a syn, s.r.o."],
            "pl": ["Nowak Sp. z o.o.", "Mazur Nieruchomości S.A."], "tr": ["Yılmaz İnşaat A.Ş.", "Kaya Emlak Ltd. Şti."],
            "ro": ["Popescu Imobiliare SRL", "Ionescu Construct S.A."]}


def kinrole(n):
    lg = list(KIN)[n % len(KIN)]
    d = D(lg, "kinrole")
    if rng.random() < 0.5:
        tpl = rng.choice(KINCTX[lg])
        k = rng.choice(KIN[lg])
        if not tpl.startswith("{K}"):
            k = k.lower() if lg in ("da", "no", "sv") and rng.random() < 0.5 else k
        tpl = tpl.replace("{K}", k)
        fill(d, tpl, "PERSON", full(lg)).t("\n")
    else:
        rl = rng.sample(ROLE[lg], 2)
        d.t(rl[0] + ": ").span("PERSON", full(lg)).t("\n")
        if rng.random() < 0.5:
            d.t(rl[1] + ": ").span("PERSON", full(lg)).t("\n")
    if rng.random() < 0.55:
        d.t(rng.choice(ROLE[lg]) + ": ").neg("ORG", rng.choice(ROLEFIRM[lg])).t("\n")
    d.done()


CLASSES = [lonegiven, assignlow, voice, keyshort, tomlauth, xmlperson, sepa, decree, drcaps, commalabel, payercaps,
           steplabel, kinrole]
for i in range(31 * len(CLASSES)):
    CLASSES[i % len(CLASSES)](i // len(CLASSES))

write_json(records)
