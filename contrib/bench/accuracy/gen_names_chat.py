#!/usr/bin/env python3
"""gen_names_chat.py: a tune set of people's names in chat exports, threads and meeting
transcripts (issue 15, branch `chat`), written from a brief, not from any held-out record:
Slack/Teams/Discord/IRC/WhatsApp exports (`[10:02] Anna Keller: ...`, `anna.keller  10:02 AM`,
`<akeller>`, `@Anna`, `Anna Keller joined the channel`, reactions, thread footers, `ping @tom`,
`cc @maria`), meeting transcripts with speaker labels (`ANNA KELLER:`, `Speaker 2 (Tom):`,
`[Tom Berger] 00:01:12`), Zoom/Teams auto-transcripts and e-mail-to-chat pastes. Names in six
languages (en, de, fr, nl, es, it), half common real names and half invented by syllables.
Look-alikes labelled NEG_*: bots, channel names, products, `Everyone`, `Team`, `Admin`, `System`.
Writes JSON (the names_tune3.json format) to stdout; deterministic (seeded)."""
import random

from gen_common import assemble, real_or_invented, write_json

rng = random.Random(20261202)

REAL = {
    "en": (["Anna", "Tom", "Emily", "James", "Sarah", "Oliver", "Grace", "Daniel"],
           ["Keller", "Walsh", "Carter", "Hughes", "Bennett", "Morgan", "Foster", "Reid"]),
    "de": (["Jonas", "Lena", "Lukas", "Katrin", "Felix", "Sabine", "Tobias", "Jana"],
           ["Berger", "Hoffmann", "Schulz", "Krüger", "Wagner", "Brandt", "Vogel", "Lang"]),
    "fr": (["Camille", "Julien", "Élodie", "Mathieu", "Chloé", "Nicolas", "Manon", "Théo"],
           ["Lefèvre", "Moreau", "Girard", "Bonnet", "Rousseau", "Fontaine", "Mercier", "Garnier"]),
    "nl": (["Sanne", "Daan", "Femke", "Joost", "Lotte", "Bram", "Eline", "Ruben"],
           ["de Vries", "Jansen", "Bakker", "Visser", "Smit", "Mulder", "de Boer", "Dekker"]),
    "es": (["Lucía", "Javier", "Carmen", "Diego", "Marta", "Pablo", "Elena", "Sergio"],
           ["García", "Martínez", "López", "Sánchez", "Romero", "Navarro", "Ortega", "Castro"]),
    "it": (["Giulia", "Marco", "Chiara", "Luca", "Francesca", "Matteo", "Sara", "Davide"],
           ["Rossi", "Bianchi", "Ferrari", "Romano", "Colombo", "Ricci", "Greco", "Conti"]),
}
SYL = {
    "en": (["bra", "del", "wyn", "ric", "ol", "mar", "ton", "ley", "ash", "fen"], ["worth", "by", "ford", "ley", "wick"]),
    "de": (["jör", "gun", "hil", "wal", "ber", "tra", "mil", "ke", "ro", "din"], ["mann", "huber", "bach", "ler", "stätter"]),
    "fr": (["ma", "lou", "ber", "gi", "ré", "lan", "so", "ti", "vin", "da"], ["ard", "eau", "ier", "oux", "elle"]),
    "nl": (["jo", "wil", "ger", "ri", "bo", "lie", "ke", "mar", "dui", "hen"], ["sma", "ink", "stra", "kamp", "huis"]),
    "es": (["ro", "sal", "mi", "ber", "ta", "lu", "ca", "nie", "go", "ve"], ["ález", "era", "uño", "ales", "ido"]),
    "it": (["gia", "lo", "ren", "ma", "vi", "ce", "sti", "no", "fa", "bri"], ["ucci", "etti", "ani", "one", "ini"]),
}
MSG = {
    "en": ["can you check the deploy?", "looks good to me", "I'll take this one", "on it, give me 5 min",
           "the build is red again", "thanks, merged"],
    "de": ["kannst du das Deployment prüfen?", "sieht gut aus", "ich übernehme das", "bin dran",
           "der Build ist wieder rot", "danke, gemergt"],
    "fr": ["tu peux vérifier le déploiement ?", "ça me va", "je m'en occupe", "j'y suis",
           "le build est encore rouge", "merci, c'est fusionné"],
    "nl": ["kun je de deploy checken?", "ziet er goed uit", "ik pak deze op", "ben ermee bezig",
           "de build is weer rood", "dank, gemerged"],
    "es": ["¿puedes revisar el despliegue?", "me parece bien", "me encargo yo", "estoy en ello",
           "la build vuelve a fallar", "gracias, mergeado"],
    "it": ["puoi controllare il deploy?", "per me va bene", "me ne occupo io", "ci sto lavorando",
           "la build è di nuovo rossa", "grazie, fatto il merge"],
}
BOTS = ["Slackbot", "GitHub", "Jira Cloud", "PagerDuty", "Dependabot", "Zoom", "Google Calendar",
        "Jenkins", "Sentry", "Statuspage"]
CHANNELS = ["#general", "#ops-alerts", "#release-train", "#random", "#team-berlin", "#support-es"]
ROLES = ["Everyone", "Team", "Admin", "System", "Moderator", "Host", "Guest", "Support"]
PRODUCTS = ["Kubernetes", "Grafana", "Confluence", "Figma", "Terraform", "Postgres", "Notion"]


def person(lang, real):
    return real_or_invented(rng, REAL[lang], SYL[lang], real)


def nick(g, s):
    s1 = s.split()[-1]
    return rng.choice([g.lower(), (g[0] + s1).lower(), (g + "." + s1).lower(), (g + "_" + s1[:3]).lower()])


def fold(w):
    import unicodedata
    return "".join(c for c in unicodedata.normalize("NFD", w) if unicodedata.category(c) != "Mn")


# A template is a list of parts: plain strings, or (label, text) pairs that become spans.
def templates(lang, A, B, C):
    (ga, sa), (gb, sb), (gc, sc) = A, B, C
    m = lambda: rng.choice(MSG[lang])
    na, nb = fold(nick(ga, sa)), fold(nick(gb, sb))
    P = lambda t: ("PERSON", t)
    bot, ch, role, prod = rng.choice(BOTS), rng.choice(CHANNELS), rng.choice(ROLES), rng.choice(PRODUCTS)
    return [
        ("slack", ["[10:02] ", P(ga + " " + sa), ": " + m() + "\n[10:04] ", P(gb + " " + sb), ": " + m()]),
        ("slack", [P(na), "  10:02 AM\n" + m() + "\n", P(nb), "  10:05 AM\n" + m()]),
        ("slack", [P(ga + " " + sa), " joined the channel\n", P(gb), "  9:14 AM\n" + m()]),
        ("slack", ["ping @", P(gb.lower()), " " + m()]),
        ("slack", [m() + " cc @", P(gc.lower()), " @", P(na)]),
        ("slack", [":+1: 3  (", P(ga), ", ", P(gb), ", ", P(gc), ")\n2 replies  Last reply from ", P(gb + " " + sb)]),
        ("slack", ["@", P(ga), " " + m() + "\n", ("NEG_BOT", bot), "  APP  10:07 AM\n" + m()]),
        ("slack", [("NEG_ROLE", "@" + role.lower()), " " + m() + " — ", P(gc + " " + sc), " in ", ("NEG_CHANNEL", ch)]),
        ("irc", ["<", P(na), "> " + m() + "\n<", P(nb), "> " + m() + "\n* ", P(na), " has quit (Ping timeout)"]),
        ("irc", ["[10:12] <", P(nb), "> " + m() + "\n[10:13] -!- ", P(na), " has joined ", ("NEG_CHANNEL", ch)]),
        ("whatsapp", ["12/03/2024, 10:02 - ", P(ga + " " + sa), ": " + m() + "\n12/03/2024, 10:03 - ", P(gb), ": " + m()]),
        ("whatsapp", ["[12.03.24, 10:02:11] ", P(ga), ": " + m() + "\n[12.03.24, 10:02:40] ", P(gc + " " + sc), ": " + m()]),
        ("discord", [P(ga + sa.replace(" ", "")), " — Today at 10:02 AM\n" + m() + "\n", P(nb), " — Today at 10:03 AM\n" + m()]),
        ("teams", [P(sa + ", " + ga), "  10:02\n" + m() + "\n", P(sb + ", " + gb), "  10:06\n" + m()]),
        ("teams", [P(ga + " " + sa), " (Guest)  10:02\n" + m() + "\n", ("NEG_ROLE", role), "  10:03\n" + m()]),
        ("transcript", [P((ga + " " + sa).upper()), ": " + m() + "\n", P((gb + " " + sb).upper()), ": " + m()]),
        ("transcript", ["Speaker 1 (", P(ga), "): " + m() + "\nSpeaker 2 (", P(gb), "): " + m()]),
        ("transcript", ["[", P(ga + " " + sa), "] 00:01:12\n" + m() + "\n[", P(gb + " " + sb), "] 00:01:30\n" + m()]),
        ("transcript", ["00:03:41 ", P(gc + " " + sc), ": " + m() + "\n00:03:55 ", P(ga), ": " + m()]),
        ("transcript", [P(ga + " " + sa), "  0:12\n" + m() + "\n", P(gb + " " + sb), "  0:31\n" + m()]),
        ("transcript", ["00:00:05.120 --> 00:00:08.400\n<v ", P(ga + " " + sa), ">" + m() + "</v>"]),
        ("transcript", [("NEG_ROLE", role.upper()), ": recording started\n", P(gb.upper()), ": " + m()]),
        ("transcript", ["Speaker 3: " + m() + "\n", P(gc), ": " + m()]),
        ("email", ["---------- Forwarded message ---------\nFrom: ", P(ga + " " + sa), "\n" + m() + "\n\n", P(gb), " wrote:\n> " + m()]),
        ("email", ["On Tue, 12 Mar 2024 at 10:02, ", P(gc + " " + sc), " wrote:\n> " + m()]),
        ("neg", [("NEG_BOT", bot), "  10:02 AM\nDeploy of ", ("NEG_PRODUCT", prod), " finished\n", ("NEG_CHANNEL", ch), ": " + m()]),
        ("neg", [("NEG_ROLE", role), ": " + m() + "\n", ("NEG_BOT", bot), ": " + m()]),
    ]


records = []
for lang in ("en", "de", "fr", "nl", "es", "it"):
    for real in (True, False):
        for _ in range(2):
            A, B, C = person(lang, real), person(lang, real), person(lang, real)
            for tid, (cls, parts) in enumerate(templates(lang, A, B, C)):
                text, spans = assemble(parts)
                records.append({"full_text": text, "spans": spans, "template_id": tid,
                                "metadata": {"locale": lang, "class": cls, "names": "real" if real else "invented",
                                             "corpus": "names_chat"}})
write_json(records, newline=False)
