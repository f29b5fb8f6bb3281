#!/usr/bin/env python3
"""gen_chat2.py: a tune set of people's names in conversations (issue 15, branch `chat2`),
written from a brief of shapes, not from any held-out record: meeting transcripts whose
speakers open lines bare (`Name Surname: text`, the French `Name Surname : text` with a space or
U+202F), after a time (`14:28 Name:`, `[00:00:07] Name:`) or as IRC nicks after a bare time
(`11:06 <nick> text`); the speakers' given names again in the message bodies (`X kommt gleich`,
`X arrive`, `X is still joining`, `salton2 is the new salton`); e-mail signatures (a closing,
then a name alone on its line, a short given name, a role line under it) with a quoted reply
that names the sender again (`> X, can you ...`); requests to rewrite a quoted message that
opens with a vocative (`rewrite this more politely: "x, the report ..."`), in capitals and in
lower case. Seven languages (en, de, fr, nl, es, it, pt); every name invented by syllables and
checked against every word of hush's lexicon. Look-alikes in the same shapes: speakers that
are roles, bots, products, log levels and labels (`Support:`, `Bot:`, `Note:`, `ERROR:`,
`Jenkins:`), products and companies that arrive or sign (`Zendesk kommt`, `Groeten,\\nTeam
Lumora`), quoted messages that open with a word (`"Thanks, the report ..."`).
Writes JSON (the names_tune3.json format) to the path given, or to stdout; deterministic."""
import json
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gen_common import span_at  # noqa: E402
from lexicon_words import lexicon_words  # noqa: E402

rng = random.Random(20261203)
LEX = set(w.lower() for w in lexicon_words(with_global=True))

SYL = {
    "en": (["bry", "cal", "dor", "fen", "gar", "hol", "mer", "tam", "wyr", "lon"], ["sworth", "ridge", "combe", "hurst", "wick"]),
    "de": (["gö", "ru", "hal", "wen", "frie", "tho", "lie", "mun", "bert", "os"], ["hauser", "mölder", "stetter", "linger", "bruck"]),
    "fr": (["gé", "lau", "mau", "ver", "rou", "dré", "sé", "cla", "pon", "mi"], ["zeau", "ignac", "onnet", "ardel", "euvre"]),
    "nl": (["wou", "rik", "lies", "ger", "fem", "joor", "tjal", "bou", "sie", "ma"], ["kerk", "steeg", "hoven", "wijk", "dijks"]),
    "es": (["zu", "ra", "mel", "cha", "gue", "ol", "ni", "pe", "bre", "tu"], ["arrieta", "egui", "ondo", "illo", "ueña"]),
    "it": (["gual", "te", "ri", "ber", "sca", "lo", "ni", "do", "fio", "mar"], ["acchio", "uzzi", "etta", "ardo", "elli"]),
    "pt": (["jo", "lu", "ra", "ti", "va", "ge", "mo", "sé", "cla", "dé"], ["eira", "ães", "inho", "ouro", "ado"]),
}


def invent(lang, surname):
    a, ends = SYL[lang]
    while True:
        w = "".join(rng.choice(a) for _ in range(rng.choice((2, 2, 3))))
        if surname:
            w += rng.choice(ends)
        if 4 <= len(w) <= 16 and w not in LEX:
            return w[0].upper() + w[1:]


def person(lang):
    return invent(lang, False), invent(lang, True)


# ---- the conversation's words of each language -----------------------------------------------
GREET = {"en": "Morning all.", "de": "Guten Morgen zusammen.", "fr": "Bonjour à tous.",
         "nl": "Goedemorgen allemaal.", "es": "Buenos días a todos.", "it": "Buongiorno a tutti.",
         "pt": "Bom dia a todos."}
# (before the name, after the name): someone arrives, is away, or is asked for
ARRIVE = {
    "en": [("Hi! ", " is still joining."), ("", " will be late, go ahead."), ("has anyone seen ", "?"),
           ("", " is off today.")],
    "de": [("Morgen! ", " kommt gleich."), ("", " ist heute krank."), ("hat jemand ", " gesehen?"),
           ("", " verspätet sich.")],
    "fr": [("Bonjour ! ", " arrive."), ("", " est en congé aujourd'hui."), ("quelqu'un a vu ", " ?"),
           ("", " sera en retard.")],
    "nl": [("Môgge! ", " komt zo."), ("is ", " er vandaag?"), ("", " is ziek vandaag."),
           ("heeft iemand ", " gezien?")],
    "es": [("¡Hola! ", " ya viene."), ("", " llega tarde."), ("¿alguien ha visto a ", "?"),
           ("", " está de vacaciones.")],
    "it": [("Ciao! ", " arriva subito."), ("", " è in ritardo."), ("qualcuno ha visto ", "?"),
           ("", " oggi è in ferie.")],
    "pt": [("Bom dia! ", " já vem."), ("alguém viu o ", "?"), ("", " chega atrasado."),
           ("", " está de férias hoje.")],
}
TOPIC = {"en": "Let's start with the rollout.", "de": "Fangen wir mit dem Rollout an.",
         "fr": "On commence par le déploiement.", "nl": "We beginnen met de uitrol.",
         "es": "Empezamos con el despliegue.", "it": "Partiamo dal rilascio.",
         "pt": "Começamos pelo lançamento."}
SORRY = {"en": "Sorry, here now.", "de": "Bin da, sorry.", "fr": "Désolé du retard.",
         "nl": "Sorry, ben er.", "es": "Perdón, ya estoy.", "it": "Scusate, ci sono.",
         "pt": "Desculpem, cheguei."}
CLOSE = {"en": ["Best,", "Cheers,", "Kind regards,", "Thanks,"],
         "de": ["Viele Grüße,", "LG", "Mit freundlichen Grüßen", "Gruß,"],
         "fr": ["Bien à vous,", "Cordialement,", "Bonne journée,", "Merci,"],
         "nl": ["Groeten,", "Met vriendelijke groet,", "Gr.", "Hartelijke groet,"],
         "es": ["Saludos,", "Un abrazo,", "Atentamente,", "Gracias,"],
         "it": ["A presto,", "Cordiali saluti,", "Un saluto,", "Grazie,"],
         "pt": ["Abs,", "Com os melhores cumprimentos,", "Beijos,", "Obrigado,"]}
BODY = {"en": "Hi {r},\n\nattached is the file you asked for.",
        "de": "Hallo {r},\n\nanbei die Datei, um die du gebeten hast.",
        "fr": "Bonjour {r},\n\nci-joint le fichier demandé.",
        "nl": "Hoi {r},\n\nhierbij het bestand waar je om vroeg.",
        "es": "Hola {r},\n\nte adjunto el archivo que pediste.",
        "it": "Ciao {r},\n\nti giro il file che mi hai chiesto.",
        "pt": "Oi {r},\n\nsegue o arquivo que pediste."}
WROTE = {"en": "On 3 May 2024, {r} wrote:", "de": "Am 03.05.2024 schrieb {r}:",
         "fr": "Le 3 mai 2024, {r} a écrit :", "nl": "Op 3 mei 2024 schreef {r}:",
         "es": "El 3 de mayo de 2024, {r} escribió:", "it": "Il 2024-05-03 {r} ha scritto:",
         "pt": "Em 3 de maio de 2024, {r} escreveu:"}
ASK = {"en": ", can you send me the file?", "de": ", kannst du mir die Datei schicken?",
       "fr": ", tu peux m'envoyer le fichier ?", "nl": ", kun je me het bestand sturen?",
       "es": ", ¿me mandas el archivo?", "it": " mi mandi il file?", "pt": ", pode me mandar?"}
ROLE = {"en": "Office Manager", "de": "Teamleitung Einkauf", "fr": "Responsable RH",
        "nl": "Projectleider", "es": "Jefa de compras", "it": "Responsabile acquisti",
        "pt": "Gerente de contas"}
REWRITE = {"en": "rewrite this more politely: ", "de": "Formuliere bitte höflicher: ",
           "fr": "Reformule plus poliment : ", "nl": "Herschrijf dit vriendelijker: ",
           "es": "Reescribe esto con más tacto: ", "it": "riscrivi in modo più gentile: ",
           "pt": "reescreve de forma mais simpática: "}
LATE = {"en": ", the report was due last week and I still have nothing.",
        "de": ", der Bericht war letzte Woche fällig und ich habe immer noch nichts.",
        "fr": ", le rapport était dû la semaine dernière et je n'ai toujours rien.",
        "nl": ", het rapport moest vorige week af en ik heb nog steeds niets.",
        "es": ", el informe era para la semana pasada y sigo sin nada.",
        "it": ", il report era per la settimana scorsa e non ho ancora niente.",
        "pt": ", o relatório era para a semana passada e ainda não tenho nada."}
QUOTES = {"en": ('"', '"'), "de": ("„", "“"), "fr": ("« ", " »"), "nl": ('"', '"'),
          "es": ("«", "»"), "it": ('"', '"'), "pt": ('"', '"')}
LANGS = ["en", "de", "fr", "nl", "es", "it", "pt"]

# look-alikes: speakers that are no one, things that arrive, sign or open a quoted message
NEG_SPEAKERS = [("NEG_TERM", "Support"), ("NEG_TERM", "Bot"), ("NEG_TERM", "System"),
                ("NEG_TERM", "Agent"), ("NEG_TERM", "Note"), ("NEG_TERM", "TODO"),
                ("NEG_TERM", "ERROR"), ("NEG_TERM", "WARN"), ("NEG_PRODUCT", "Jenkins"),
                ("NEG_PRODUCT", "Zendesk"), ("NEG_PRODUCT", "Grafana"), ("NEG_TERM", "Moderator"),
                ("NEG_PRODUCT", "Build Bot"), ("NEG_TERM", "Assistant")]
NEG_THINGS = [("NEG_PRODUCT", "Zendesk"), ("NEG_PRODUCT", "Confluence"), ("NEG_PRODUCT", "Tableau"),
              ("NEG_ORG", "Lumora"), ("NEG_PRODUCT", "Salesforce"), ("NEG_PRODUCT", "Kubernetes")]
NEG_VOC = ["Thanks", "Sorry", "Honestly", "Again", "Please", "Folks", "Team", "Well"]


class Rec:
    def __init__(self, cls, lang, case):
        self.parts, self.cls, self.lang, self.case = [], cls, lang, case

    def add(self, text, label=None):
        self.parts.append((label, text))

    def done(self):
        text, spans = "", []
        for label, part in self.parts:
            if self.case == "lower":
                part = part.lower()
            if label:
                spans.append(span_at(text, label, part))
            text += part
        return {"full_text": text, "spans": spans,
                "metadata": {"class": self.cls, "locale": self.lang, "case": self.case}}


def colon(lang, style):
    if style == "space" and lang == "fr":
        return rng.choice([" : ", "\u202f: "])
    return ": "


def transcript(lang, stamp, case):
    """Three speakers, one arriving late and named in the body before it speaks."""
    r = Rec("transcript" if stamp != "irc" else "irc", lang, case)
    (g1, s1), (g2, s2), (g3, s3) = person(lang), person(lang), person(lang)
    spk = [g1 + " " + s1, g2 + " " + s2, g3 + " " + s3]
    if rng.random() < 0.3:
        spk[1] = g2  # a speaker by given name only
    sty = rng.choice(["plain", "space"])
    clock = [rng.randint(8, 17), rng.randint(0, 50)]

    def head(i):
        clock[1] += 1
        if stamp == "hhmm":
            return "%02d:%02d " % tuple(clock)
        if stamp == "bracket":
            return "[00:%02d:%02d] " % (clock[1] % 60, rng.randint(0, 59))
        return ""

    def line(i, body):
        if stamp == "irc":
            clock[1] += 1
            r.add("%02d:%02d <" % tuple(clock))
            r.add(spk[i].split()[0].lower() if case == "as_written" else spk[i].split()[0], "PERSON")
            r.add("> ")
        else:
            r.add(head(i))
            r.add(spk[i], "PERSON")
            r.add(colon(lang, sty))
        for label, text in body:
            r.add(text, label)
        r.add("\n")

    before, after = rng.choice(ARRIVE[lang])
    who = spk[2].split()[0] if stamp != "irc" else spk[2].split()[0].lower()
    line(0, [(None, GREET[lang])])
    line(1, [(None, before), ("PERSON", who), (None, after)])
    line(0, [(None, TOPIC[lang])])
    line(2, [(None, SORRY[lang])])
    if rng.random() < 0.5:
        line(1, [(None, "ok")])
    return r.done()


def neg_transcript(lang):
    """Lines opened by roles, bots, products and labels: a log or a bot thread, no person."""
    r = Rec("neg_speakers", lang, "as_written")
    picks = rng.sample(NEG_SPEAKERS, 3)
    for k in range(rng.choice((3, 4, 5))):
        label, w = picks[k % len(picks)]
        if rng.random() < 0.5:
            r.add("%02d:%02d " % (rng.randint(0, 23), rng.randint(0, 59)))
        r.add(w, label)
        r.add(": ")
        r.add(rng.choice([TOPIC[lang], "build #%d finished" % rng.randint(100, 999),
                          "disk usage at %d%%" % rng.randint(70, 99), SORRY[lang]]) + "\n")
    label, w = rng.choice(NEG_THINGS)
    before, after = rng.choice(ARRIVE[lang])
    r.add(before)
    r.add(w, label)
    r.add(after + "\n")
    return r.done()


def signature(lang):
    """A message, a closing, the sender's name alone on its line, the quoted message it answers."""
    r = Rec("signature", lang, "as_written")
    (gs, ss), (gr, sr) = person(lang), person(lang)
    r.add(BODY[lang].split("{r}")[0])
    r.add(gr, "PERSON")
    r.add(BODY[lang].split("{r}")[1] + "\n\n")
    close = rng.choice(CLOSE[lang])
    form = rng.choice(["given", "full", "short", "role"])
    if close in ("LG", "Gr.") and rng.random() < 0.5:
        r.add(close + " ")
    else:
        r.add(close + "\n")
    if form == "full" or form == "role":
        r.add(gs + " " + ss, "PERSON")
    elif form == "short":
        r.add(gs[:3], "PERSON")
    else:
        r.add(gs, "PERSON")
    if form == "role":
        r.add("\n" + ROLE[lang])
    r.add("\n\n")
    pre, post = WROTE[lang].split("{r}")
    r.add(pre)
    r.add(gr + " " + sr, "PERSON")
    r.add(post + "\n> ")
    r.add(gs if form != "short" else gs, "PERSON")
    r.add(ASK[lang] + "\n")
    return r.done()


def neg_signature(lang):
    r = Rec("neg_signature", lang, "as_written")
    gr, _ = person(lang)
    r.add(BODY[lang].split("{r}")[0])
    r.add(gr, "PERSON")
    r.add(BODY[lang].split("{r}")[1] + "\n\n" + rng.choice(CLOSE[lang]) + "\n")
    label, w = rng.choice(NEG_THINGS)
    r.add(rng.choice(["Team ", "", "Support "]))
    r.add(w, label)
    r.add("\n")
    return r.done()


def rewrite(lang, case):
    r = Rec("rewrite", lang, case)
    g, s = person(lang)
    q0, q1 = QUOTES[lang]
    r.add(REWRITE[lang] + q0)
    r.add(g, "PERSON")
    r.add(LATE[lang] + q1)
    return r.done()


def neg_rewrite(lang, case):
    r = Rec("neg_rewrite", lang, case)
    q0, q1 = QUOTES[lang]
    r.add(REWRITE[lang] + q0)
    r.add(rng.choice(NEG_VOC), "NEG_TERM")
    r.add(LATE[lang] + q1)
    return r.done()


def main():
    recs = []
    for rep in range(6):
        for lang in LANGS:
            for stamp in ("bare", "hhmm", "bracket", "irc"):
                recs.append(transcript(lang, stamp, "as_written"))
            recs.append(transcript(lang, rng.choice(("hhmm", "irc")), "lower"))
            recs.append(neg_transcript(lang))
            recs.append(signature(lang))
            recs.append(signature(lang))
            recs.append(neg_signature(lang))
            recs.append(rewrite(lang, rng.choice(("as_written", "lower"))))
            recs.append(neg_rewrite(lang, rng.choice(("as_written", "lower"))))
    out = json.dumps(recs, ensure_ascii=False, indent=1) + "\n"
    if len(sys.argv) > 1:
        open(sys.argv[1], "w", encoding="utf-8").write(out)
    else:
        sys.stdout.write(out)


if __name__ == "__main__":
    main()
