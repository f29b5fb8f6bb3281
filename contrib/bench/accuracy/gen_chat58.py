#!/usr/bin/env python3
"""gen_chat58.py: chat-app exports pasted into a prompt (tune set; branch chat58, written and
committed before hush was run on it), from ask57's note ("Left": a chat as a JSON array inside a
string, `from`/`sender` keys; a time stamp `[18:21] elsie:` read as a street) and the export
formats people paste when they ask "summarise this group chat" or "who agreed to what?".

Formats (record metadata "format"): WhatsApp text exports in the iOS style
(`[12/03/2024, 18:21:05] Name: msg`) and the Android style (`12.03.24, 18:21 - Name: msg`) with
`<Media omitted>`, deleted and edited marks and system lines; Telegram's result.json (`from`,
`from_id`, `text` as a string or an array of entities, service messages with `actor` and
`members`); Slack's channel export (`user`, `user_name`, `user_profile.real_name` and
`display_name`, `<@U...>` mentions, bot messages); Discord as DiscordChatExporter's CSV
(`AuthorID,Author,Date,Content,Attachments,Reactions`) and its text; Teams/Graph chat messages
(`from.user.displayName`, `mentions`, system events, bots); Messenger's JSON (`participants`,
`sender_name`, `content`, `reactions` with `actor`, some names in the export's Latin-1 mojibake);
iMessage and Signal text exports; IRC logs (`<nick>`, `* nick waves`, joins) and Matrix logs;
SMS Backup & Restore XML (`address=`, `contact_name=`, `body=`). Senders as full names, given
names, lower case, `Given S.`, nicknames, or phone numbers (PHONE_NUMBER); names inside
messages too (after a verb, a greeting, thanks, a mention).

Look-alikes at least as many as names: `You`, `Me`, bots and integrations (Slackbot, GitHub,
MEE6, Jira Cloud, Polly, ChanServ), channel and group names, gamer tags, system messages, role
senders (Admin, Support, Mum), emoji names (`:thumbsup:`), app words (`<Media omitted>`,
`Forwarded`, `This message was deleted`), the messages' time stamps and dates (NEG_DATE: never a
birth date or a street), message, user and team ids (NEG_ID), reactions; lower-case name-words
used as words. Languages: en de fr nl es it pt pl sv fi cs hu tr ro (14), real and invented
names, a fifth of global origin. Request bodies of the four APIs, a third \\uXXXX, half compact;
the ask before the export, after it, or none. Writes JSON (the names_tune3.json format) to stdout;
deterministic; stdlib only.
"""
import json
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gen_common import invent_syllables, write_json  # noqa: E402
from gen_bodies import MARK, P, J, append_body, dumps, escaper, place_each  # noqa: E402
from gen_typed_common import SYL, END, EMOJI, EMOJI_NAMES  # noqa: E402

rng = random.Random(20261207 + 58)
LANGS = ["en", "de", "fr", "nl", "es", "it", "pt", "pl", "sv", "fi", "cs", "hu", "tr", "ro"]


def table(d):
    return {k: v.split(",") for k, v in d.items()}


GIVEN = table({"en": "Gemma,Rhys,Imogen,Callum,Harriet,Declan,Freya,Owen", "de": "Jörg,Annika,Malte,Svenja,Kai,Henrike",
               "fr": "Solène,Gaëtan,Maëlle,Quentin,Anaïs,Loïc", "nl": "Sanne,Joost,Fleur,Bram,Eline,Thijs",
               "es": "Inés,Álvaro,Nerea,Iñigo,Lucía,Gonzalo", "it": "Chiara,Matteo,Federica,Lorenzo,Arianna,Nicolò",
               "pt": "Inês,João,Beatriz,Tiago,Mariana,Gonçalo", "pl": "Zofia,Michał,Agnieszka,Paweł,Małgorzata,Łukasz",
               "sv": "Linnéa,Björn,Ebba,Måns,Saga,Axel", "fi": "Aino,Juho,Emilia,Veeti,Sanni,Otso",
               "cs": "Tereza,Jiří,Kateřina,Ondřej,Markéta,Vít", "hu": "Zsófia,Bence,Eszter,Dániel,Anna,Gergő",
               "tr": "Zeynep,Emre,Elif,Burak,Selin,Oğuz", "ro": "Ioana,Andrei,Bianca,Mihai,Oana,Tudor"})
SURNAME = table({"en": "Whitfield,Ashworth,Pryce,Kettering,Lowther", "de": "Brandt,Kühn,Vogt,Hoffmeister",
                 "fr": "Lefebvre,Rousseau,Barbier,Mercier", "nl": "de Graaf,Kuipers,Verhoeven,Bosman",
                 "es": "Iglesias,Navarro,Romero,Garrido", "it": "Esposito,Colombo,Rinaldi,Ferraro",
                 "pt": "Magalhães,Correia,Nunes,Teixeira", "pl": "Wiśniewska,Zieliński,Kowalczyk,Lewandowska",
                 "sv": "Lindqvist,Bergström,Holm,Sjöberg", "fi": "Mäkinen,Virtanen,Hämäläinen,Laine",
                 "cs": "Dvořák,Novotná,Procházka,Kučera", "hu": "Szabó,Kovács,Horváth,Tóth",
                 "tr": "Yılmaz,Şahin,Çelik,Aydın", "ro": "Popescu,Ionescu,Munteanu,Constantinescu"})
GLOBAL = ("Adaeze,Kenji,Priyanka,Tunde,Mei,Rashid,Nilufar,Kwabena".split(","),
          "Obi,Watanabe,Raman,Bakare,Lin,Hosseini,Karimova,Asante".split(","))
PHONES = {"en": "+44 7700 9{0:05d}", "de": "+49 151 2{0:07d}", "fr": "+33 6 1{0:01d} 23 45 67", "nl": "+31 6 1{0:07d}",
          "es": "+34 61{0:01d} 234 567", "it": "+39 347 1{0:06d}", "pt": "+351 91{0:01d} 234 567",
          "pl": "+48 60{0:01d} 234 567", "sv": "+46 70 1{0:06d}", "fi": "+358 40 1{0:06d}",
          "cs": "+420 60{0:01d} 123 456", "hu": "+36 30 1{0:06d}", "tr": "+90 53{0:01d} 123 45 67",
          "ro": "+40 72{0:01d} 123 456"}


def person(lg):
    r = rng.random()
    if r < 0.2:
        return rng.choice(GLOBAL[0]), rng.choice(GLOBAL[1])
    if r < 0.65:
        return rng.choice(GIVEN[lg]), rng.choice(SURNAME[lg])
    sl, en = SYL.get(lg, SYL["en"]), END.get(lg, END["en"])
    return invent_syllables(rng, sl, en, False), invent_syllables(rng, sl, en, True)


def phone(lg):
    n = rng.randint(10, 99999)
    return PHONES[lg].format(n % (10 if "{0:01d}" in PHONES[lg] else 10 ** 7))


# ---- messages ---------------------------------------------------------------------------------
# {g}: another participant's given name, {f}: their full name; {w}: a name-word used as a word.
NAMED = {"en": ["ask {g} about the keys", "{g} said she'd bring the cake", "thanks {g}!", "agreed with {f} on friday",
                "hi {g}, can you cover my shift?", "{g} is driving us", "@{g} you in?"],
         "de": ["frag mal {g} wegen dem Schlüssel", "{g} bringt den Kuchen mit", "danke {g}!", "{f} hat zugesagt",
                "hallo {g}, kannst du tauschen?"],
         "fr": ["demande à {g} pour les clés", "{g} apporte le gâteau", "merci {g} !", "{f} est d'accord pour samedi"],
         "nl": ["vraag {g} even om de sleutel", "{g} neemt de taart mee", "dank je {g}!", "{f} komt ook"],
         "es": ["pregúntale a {g} por las llaves", "{g} trae la tarta", "gracias {g}!", "{f} dijo que sí"],
         "it": ["chiedi a {g} delle chiavi", "{g} porta la torta", "grazie {g}!", "{f} ha confermato"],
         "pt": ["pergunta ao {g} pelas chaves", "{g} traz o bolo", "obrigada {g}!", "{f} confirmou"],
         "pl": ["zapytaj {g} o klucze", "{g} przyniesie ciasto", "dzięki {g}!", "{f} potwierdził(a)"],
         "sv": ["fråga {g} om nycklarna", "{g} tar med tårtan", "tack {g}!", "{f} sa ja"],
         "fi": ["kysy {g}lta avaimista", "{g} tuo kakun", "kiitos {g}!", "{f} vahvisti"],
         "cs": ["zeptej se {g} na klíče", "{g} přinese dort", "díky {g}!", "{f} potvrdil(a)"],
         "hu": ["kérdezd meg {g}t a kulcsról", "{g} hozza a tortát", "köszi {g}!", "{f} igent mondott"],
         "tr": ["anahtarı {g}'e sor", "{g} pastayı getiriyor", "sağol {g}!", "{f} tamam dedi"],
         "ro": ["întreabă-l pe {g} de chei", "{g} aduce tortul", "mersi {g}!", "{f} a confirmat"]}
PLAIN = {"en": ["ok sounds good", "running 10 min late", "who's bringing chairs?", "the {w} came in, 84 each",
                "will do", "can we move it to thursday", "lol", "booked the room for 7"],
         "de": ["passt", "bin gleich da", "wer bringt Stühle mit?", "kostet ne {w}", "verschieben auf Donnerstag?"],
         "fr": ["ça marche", "j'arrive dans 10 min", "qui ramène des chaises ?", "le mur en {w}", "on décale à jeudi ?"],
         "nl": ["prima", "ben er zo", "wie neemt stoelen mee?", "half {w}", "verzetten naar donderdag?"],
         "es": ["vale", "llego en 10", "¿quién trae sillas?", "tengo {w} de cabeza", "¿lo movemos al jueves?"],
         "it": ["va bene", "arrivo tra 10 min", "chi porta le sedie?", "una {w} fresca", "spostiamo a giovedì?"],
         "pt": ["combinado", "chego em 10 min", "quem traz cadeiras?", "{w} nas costas", "mudamos para quinta?"],
         "pl": ["spoko", "będę za 10 min", "kto bierze krzesła?", "dżem z {w}", "przesuniemy na czwartek?"],
         "sv": ["låter bra", "är där om 10", "vem tar med stolar?", "{w} och sand", "flytta till torsdag?"],
         "fi": ["sopii", "tulen 10 min päästä", "kuka tuo tuolit?", "kova {w}", "siirretäänkö torstaille?"],
         "cs": ["jasně", "budu tam za 10", "kdo vezme židle?", "na {w}", "přesuneme to na čtvrtek?"],
         "hu": ["oké", "10 perc és ott vagyok", "ki hoz széket?", "a {w} kinyílt", "áttesszük csütörtökre?"],
         "tr": ["tamam", "10 dk gecikiyorum", "sandalye kim getiriyor?", "{w} var", "perşembeye alalım mı?"],
         "ro": ["bine", "ajung în 10 min", "cine aduce scaune?", "mi-e {w} de voi", "mutăm joi?"]}
WORDS = {"en": ["bill"], "de": ["mark"], "fr": ["pierre"], "nl": ["mei"], "es": ["dolores"], "it": ["stella"],
         "pt": ["dores"], "pl": ["malina"], "sv": ["sten"], "fi": ["tuuli"], "cs": ["jaro"], "hu": ["viola"],
         "tr": ["umut"], "ro": ["dor"]}
ASK = {"en": ["Summarise this group chat", "Who agreed to what?", "who is bringing what? chat below"],
       "de": ["Fass den Gruppenchat zusammen", "Wer hat was zugesagt?"], "fr": ["Résume ce groupe", "Qui a dit oui à quoi ?"],
       "nl": ["Vat deze groepschat samen", "Wie heeft wat toegezegd?"], "es": ["Resume este chat", "¿Quién se comprometió a qué?"],
       "it": ["Riassumi questa chat", "Chi ha detto cosa?"], "pt": ["Resume esta conversa", "Quem concordou com o quê?"],
       "pl": ["Streść ten czat", "Kto się na co zgodził?"], "sv": ["Sammanfatta chatten", "Vem lovade vad?"],
       "fi": ["Tiivistä tämä ryhmächatti", "Kuka lupasi mitä?"], "cs": ["Shrň tenhle chat", "Kdo co slíbil?"],
       "hu": ["Foglald össze a csoportot", "Ki mit vállalt?"], "tr": ["Bu grubu özetle", "Kim neyi kabul etti?"],
       "ro": ["Rezumă chatul", "Cine ce a promis?"]}
ROLES = ["Admin", "Support", "Mum", "Dad", "Moderator", "Host", "Reception", "Team Lead"]
BOTS = ["Slackbot", "GitHub", "MEE6", "Jira Cloud", "Polly", "Google Calendar", "Dyno", "Carl-bot", "Zapier"]
GROUPS = ["Flat 3B", "Book Club 📚", "Hiking crew", "Office lunch", "Family", "Wedding planning", "5-a-side",
          "Street party 2024", "Choir altos", "Parents year 4"]
TAGS = ["xX_sniper_Xx", "pixelpanda", "n00bmaster69", "turbo_toast", "shadowfox", "captain.crunch", "lazywizard",
        "frostbyte", "ghost404", "moonpie"]
CHANNELS = ["#general", "#random", "#ops", "#team-lunch", "#announcements", "#dev"]


def message(lg, others):
    """(piece, named): one message; named when it names another participant."""
    c = P()
    if others and rng.random() < 0.45:
        g, s = rng.choice(others)
        tpl = rng.choice(NAMED[lg] + NAMED["en"][:2] * (lg != "en"))
        key = "{f}" if "{f}" in tpl else "{g}"
        a, b = tpl.split(key)
        c.t(a).s("PERSON", g + " " + s if key == "{f}" else g).t(b)
        return c, True
    tpl = rng.choice(PLAIN[lg])
    if "{w}" in tpl:
        a, b = tpl.split("{w}")
        w = rng.choice(WORDS[lg])
        c.t(a).s("NEG_WORD", w).t(b)
    else:
        c.t(tpl)
    r = rng.random()
    if r < 0.15:
        c.t(" ").s("NEG_WORD", rng.choice(EMOJI_NAMES))
    elif r < 0.3:
        c.t(" " + rng.choice(EMOJI))
    return c, False


def sender_form(lg, who, allow_phone):
    """How the export names a participant: (label, text)."""
    g, s = who
    r = rng.random()
    if r < 0.1 and allow_phone:
        return "PHONE_NUMBER", phone(lg)
    if r < 0.45:
        return "PERSON", g + " " + s
    if r < 0.7:
        return "PERSON", g
    if r < 0.82:
        return "PERSON", g.lower()
    return "PERSON", g + " " + s[0]


# ---- dates ------------------------------------------------------------------------------------
def stamp():
    return dict(d=rng.randint(1, 28), m=rng.randint(1, 12), y=rng.choice([2023, 2024, 2025]), H=rng.randint(7, 23),
                M=rng.randint(0, 59), S=rng.randint(0, 59))


MON = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()


def neg_stamp(c, fmt, t):
    c.s("NEG_DATE", fmt.format(mon=MON[t["m"] - 1], **t))


# ---- text exports -----------------------------------------------------------------------------
SYSTEM_WA = ["Messages and calls are end-to-end encrypted. No one outside of this chat, not even WhatsApp, can read or listen to them.",
             "<Media omitted>", "This message was deleted", "image omitted", "You deleted this message",
             "Missed voice call", "<This message was edited>"]


def wa_text(lg, people, forms, style):
    c = P()
    t0 = stamp()
    for n in range(rng.randint(5, 10)):
        t = dict(t0, M=(t0["M"] + n * 3) % 60)
        if style == "wa_ios":
            c.t("[")
            neg_stamp(c, "{d:02d}/{m:02d}/{y}, {H:02d}:{M:02d}:{S:02d}", t)
            c.t("] ")
        else:
            neg_stamp(c, "{d:02d}.{m:02d}.%s, {H:02d}:{M:02d}" % str(t["y"])[2:], t)
            c.t(" - ")
        k = n % len(people)
        if n == 0 and rng.random() < 0.5:
            c.t(SYSTEM_WA[0] + "\n")
            continue
        r = rng.random()
        if r < 0.12:
            c.s("NEG_WORD", "You").t(": ")
        elif r < 0.18:
            c.s("NEG_WORD", rng.choice(ROLES)).t(": ")
        else:
            c.s(*forms[k]).t(": ")
        if rng.random() < 0.18:
            c.s("NEG_WORD", rng.choice(SYSTEM_WA[1:])).t("\n")
            continue
        m, _ = message(lg, [p for j, p in enumerate(people) if j != k])
        c.add(m).t("\n")
    return c


def discord_text(lg, people, forms):
    c = P()
    for n in range(rng.randint(4, 8)):
        t = stamp()
        c.t("[")
        neg_stamp(c, "{d:02d}-{mon}-%s {H:02d}:{M:02d}" % str(t["y"])[2:], t)
        c.t("] ")
        k = n % len(people)
        if rng.random() < 0.25:
            c.s("NEG_HANDLE", rng.choice(TAGS + BOTS[2:5]))
        else:
            c.s(*forms[k])
        c.t("\n")
        m, _ = message(lg, [p for j, p in enumerate(people) if j != k])
        c.add(m).t("\n")
        if rng.random() < 0.25:
            c.t("{Reactions}\n" + rng.choice(["👍", "❤️", "😂"]) + " (%d)\n" % rng.randint(1, 6))
        c.t("\n")
    return c


def discord_csv(lg, people, forms):
    c = P("AuthorID,Author,Date,Content,Attachments,Reactions\n")
    for n in range(rng.randint(4, 8)):
        k = n % len(people)
        c.t('"').s("NEG_ID", str(rng.randint(10 ** 17, 10 ** 18 - 1))).t('","')
        if rng.random() < 0.3:
            c.s("NEG_HANDLE", rng.choice(TAGS))
        else:
            c.s(*forms[k])
        c.t("#%04d" % rng.randint(1, 9999) if rng.random() < 0.4 else "").t('","')
        t = stamp()
        neg_stamp(c, "{y}-{m:02d}-{d:02d}T{H:02d}:{M:02d}:{S:02d}.000+00:00", t)
        c.t('","')
        m, _ = message(lg, [p for j, p in enumerate(people) if j != k])
        c.add(m).t('","",""\n' if rng.random() < 0.7 else '","","👍 (2)"\n')
    return c


def imessage(lg, people, forms):
    c = P()
    for n in range(rng.randint(4, 8)):
        t = stamp()
        neg_stamp(c, "{mon} {d}, {y} %2d:{M:02d}:{S:02d} %s" % ((t["H"] - 1) % 12 + 1, "AM" if t["H"] < 12 else "PM"), t)
        c.t("\n")
        k = n % len(people)
        if k == 0 and rng.random() < 0.5:
            c.s("NEG_WORD", "Me")
        else:
            c.s(*forms[k])
        c.t("\n")
        m, _ = message(lg, [p for j, p in enumerate(people) if j != k])
        c.add(m).t("\n\n")
    return c


def signal(lg, people, forms):
    c = P()
    for n in range(rng.randint(3, 6)):
        k = n % len(people)
        g, s = people[k]
        c.t("From: ")
        if forms[k][0] == "PHONE_NUMBER":
            c.s(*forms[k])
        else:
            c.s(*forms[k]).t(" (").s("PHONE_NUMBER", phone(lg)).t(")")
        c.t("\nType: " + rng.choice(["incoming", "outgoing"]) + "\nSent: ")
        neg_stamp(c, "{d} {mon} {y} {H:02d}:{M:02d}:{S:02d}", stamp())
        c.t("\n\n")
        m, _ = message(lg, [p for j, p in enumerate(people) if j != k])
        c.add(m).t("\n\n")
    return c


def irc(lg, people, style):
    nicks = []
    for g, s in people:
        r = rng.random()
        nicks.append(("PERSON", g.lower() if r < 0.5 else (g.lower() + s[0].lower() if r < 0.75 else g)))
    c = P()
    chan = rng.choice(CHANNELS)
    for n in range(rng.randint(5, 9)):
        t = stamp()
        k = n % len(people)
        if style == "irc":
            c.t("[")
            c.s("NEG_DATE", "%02d:%02d" % (t["H"], t["M"]))
            c.t("] ")
        else:
            neg_stamp(c, "{y}-{m:02d}-{d:02d} {H:02d}:{M:02d}:{S:02d}", t)
            c.t(" ")
        r = rng.random()
        if r < 0.12:
            c.t("-!- ").s(*nicks[k]).t(" [~" + nicks[k][1].lower() + "@host-%d.example.net] has joined %s\n" % (n, chan))
            continue
        if r < 0.22:
            c.t("* ").s(*nicks[k]).t(rng.choice([" waves", " is away", " grabs coffee"]) + "\n")
            continue
        if r < 0.3:
            c.t("<").s("NEG_HANDLE", rng.choice(["ChanServ", "NickServ", "coffeebot", "@bridgebot:matrix.org"])).t("> ")
            c.t(rng.choice(["topic set", "welcome to " + chan, "[github] 2 new commits"]) + "\n")
            continue
        if style == "irc":
            c.t("<").s(*nicks[k]).t("> ")
        else:
            c.t("<@").s(*nicks[k]).t(":matrix.org> ")
        m, _ = message(lg, [p for j, p in enumerate(people) if j != k])
        c.add(m).t("\n")
    return c


def sms_xml(lg, people, forms):
    c = P('<?xml version="1.0" encoding="UTF-8" standalone="yes" ?>\n<smses count="%d">\n' % (len(people) * 2))
    for n in range(rng.randint(3, 6)):
        k = n % len(people)
        g, s = people[k]
        ms = rng.randint(1_700_000_000, 1_740_000_000) * 1000
        c.t('  <sms protocol="0" address="').s("PHONE_NUMBER", phone(lg).replace(" ", "")).t('" date="')
        c.s("NEG_ID", str(ms)).t('" type="%d" subject="null" body="' % rng.choice([1, 2]))
        m, _ = message(lg, [p for j, p in enumerate(people) if j != k])
        c.add(m)
        c.t('" read="1" status="-1" readable_date="')
        neg_stamp(c, "{d} {mon} {y} {H:02d}:{M:02d}:{S:02d}", stamp())
        c.t('" contact_name="')
        if rng.random() < 0.2:
            c.s("NEG_WORD", "(Unknown)")
        else:
            c.s("PERSON", g + " " + s if rng.random() < 0.6 else g)
        c.t('" />\n')
    return c.t("</smses>\n")


# ---- JSON exports (J documents: a labelled value is a (label, text) tuple) --------------------------
def telegram(lg, people, forms):
    msgs = []
    mid = rng.randint(100, 9000)
    for n in range(rng.randint(4, 8)):
        k = n % len(people)
        g, s = people[k]
        uid = "user%d" % rng.randint(10 ** 8, 10 ** 10)
        t = stamp()
        date = "{y}-{m:02d}-{d:02d}T{H:02d}:{M:02d}:{S:02d}".format(**t)
        if n == 0 and rng.random() < 0.4:
            o = people[(k + 1) % len(people)]
            msgs.append({"id": mid + n, "type": "service", "date": ("NEG_DATE", date), "actor": forms[k],
                         "actor_id": ("NEG_ID", uid), "action": "invite_members", "members": [("PERSON", o[0] + " " + o[1])],
                         "text": ""})
            continue
        m, named = message(lg, [p for j, p in enumerate(people) if j != k])
        if named and rng.random() < 0.5:
            o = rng.choice([p for j, p in enumerate(people) if j != k])
            text = [P("ok "), {"type": "mention_name", "text": ("PERSON", o[0]), "user_id": rng.randint(10 ** 8, 10 ** 9)},
                    P(" " + rng.choice(["👍", "see you there", "thx"]))]
        else:
            text = m
        msgs.append({"id": mid + n, "type": "message", "date": ("NEG_DATE", date), "date_unixtime": str(1700000000 + n),
                     "from": forms[k] if forms[k][0] == "PERSON" else ("PERSON", g), "from_id": ("NEG_ID", uid),
                     "text": text})
    return {"name": ("NEG_WORD", rng.choice(GROUPS)), "type": "private_group", "id": rng.randint(10 ** 9, 10 ** 10),
            "messages": msgs}


def slack(lg, people, forms):
    out = []
    for n in range(rng.randint(3, 7)):
        k = n % len(people)
        g, s = people[k]
        ts = "%d.%06d" % (rng.randint(1_700_000_000, 1_740_000_000), rng.randint(0, 999999))
        if rng.random() < 0.2:
            out.append({"type": "message", "subtype": "bot_message", "text": rng.choice(
                ["PR #%d merged" % rng.randint(10, 999), "Reminder: standup in 5 minutes", "New issue opened"]),
                "ts": ("NEG_ID", ts), "username": ("NEG_WORD", rng.choice(BOTS)), "bot_id": ("NEG_ID", "B0%dXY" % rng.randint(1000, 9999))})
            continue
        uid = "U0%d%s" % (rng.randint(1000, 9999), rng.choice(["AB", "QK", "ZT", "MN"]))
        m, _ = message(lg, [p for j, p in enumerate(people) if j != k])
        if rng.random() < 0.3:
            m = P("<@").s("NEG_ID", "U0%dRS" % rng.randint(1000, 9999)).t("> ").add(m)
        uname = rng.choice([g.lower() + "." + s.lower().replace(" ", ""), g.lower() + s[0].lower(), g.lower()])
        out.append({"client_msg_id": ("NEG_ID", "%08x-%04x-4%03x-a%03x-%012x" % tuple(rng.getrandbits(b) for b in (32, 16, 12, 12, 48))),
                    "type": "message", "text": m, "user": ("NEG_ID", uid), "ts": ("NEG_ID", ts),
                    "user_name": ("PERSON", uname), "team": ("NEG_ID", "T0%dLM" % rng.randint(1000, 9999)),
                    "user_profile": {"real_name": ("PERSON", g + " " + s), "display_name": ("PERSON", g if rng.random() < 0.7 else g.lower()),
                                     "is_restricted": False}})
    return out


def teams(lg, people, forms):
    vals = []
    for n in range(rng.randint(3, 6)):
        k = n % len(people)
        g, s = people[k]
        guid = "%08x-%04x-%04x-%04x-%012x" % tuple(rng.getrandbits(b) for b in (32, 16, 16, 16, 48))
        t = stamp()
        date = "{y}-{m:02d}-{d:02d}T{H:02d}:{M:02d}:{S:02d}.123Z".format(**t)
        r = rng.random()
        if r < 0.15:
            vals.append({"id": ("NEG_ID", str(1616990000000 + n)), "messageType": "systemEventMessage",
                         "createdDateTime": ("NEG_DATE", date), "from": None, "body": {"contentType": "html", "content": "<systemEventMessage/>"}})
            continue
        if r < 0.25:
            frm = {"application": {"id": guid, "displayName": ("NEG_WORD", rng.choice(BOTS[3:])), "applicationIdentityType": "bot"},
                   "user": None}
            content = P("<p>" + rng.choice(["Poll closed: 4 votes", "Meeting ended: 32m 10s", "New card created"]) + "</p>")
        else:
            frm = {"application": None, "device": None,
                   "user": {"id": ("NEG_ID", guid), "displayName": ("PERSON", g + " " + s), "userIdentityType": "aadUser"}}
            m, _ = message(lg, [p for j, p in enumerate(people) if j != k])
            content = P("<p>").add(m).t("</p>")
        vals.append({"id": ("NEG_ID", str(1616990000000 + n)), "messageType": "message", "createdDateTime": ("NEG_DATE", date),
                     "from": frm, "body": {"contentType": "html", "content": content}})
    return {"@odata.context": "https://graph.microsoft.com/v1.0/$metadata#chats('19%3Ameeting')/messages", "value": vals}


def mojibake(s):
    return s.encode("utf-8").decode("latin-1")


def messenger(lg, people, forms):
    names = [(g + " " + s) if rng.random() < 0.85 else g for g, s in people]
    if rng.random() < 0.3:
        names = [mojibake(x) for x in names]
    msgs = []
    for n in range(rng.randint(3, 7)):
        k = n % len(people)
        m, _ = message(lg, [p for j, p in enumerate(people) if j != k])
        e = {"sender_name": ("PERSON", names[k]), "timestamp_ms": rng.randint(1_700_000_000, 1_740_000_000) * 1000,
             "content": m, "is_geoblocked_for_viewer": False}
        if rng.random() < 0.3:
            e["reactions"] = [{"reaction": rng.choice(["❤", "👍", "😆"]), "actor": ("PERSON", names[(k + 1) % len(names)])}]
        msgs.append(e)
    return {"participants": [{"name": ("PERSON", x)} for x in names], "messages": msgs,
            "title": ("NEG_WORD", rng.choice(GROUPS)), "is_still_participant": True, "thread_path": "inbox/group_%d" % rng.randint(10 ** 6, 10 ** 7)}


JSON_FORMATS = {"telegram": telegram, "slack": slack, "teams": teams, "messenger": messenger}
FORMATS = ["wa_ios", "wa_android", "wa_ios", "wa_android", "telegram", "slack", "discord_csv", "discord_txt", "teams",
           "messenger", "imessage", "signal", "irc", "matrix", "sms_xml"]


def export(fmt, lg):
    people = [person(lg)]
    while len(people) < rng.choice([2, 3, 3, 4]):
        p = person(lg)
        if all(p[0] != q[0] for q in people):
            people.append(p)
    phones_ok = fmt in ("wa_ios", "wa_android", "imessage", "signal")
    forms = [sender_form(lg, p, phones_ok) for p in people]
    if fmt in JSON_FORMATS:
        doc = JSON_FORMATS[fmt](lg, people, forms)
        j = J(rng.choice(["pretty", "compact", "line"]))
        j.write(doc)
        return j.p
    if fmt.startswith("wa_"):
        return wa_text(lg, people, forms, fmt)
    if fmt == "discord_txt":
        return discord_text(lg, people, forms)
    if fmt == "discord_csv":
        return discord_csv(lg, people, forms)
    if fmt == "imessage":
        return imessage(lg, people, forms)
    if fmt == "signal":
        return signal(lg, people, forms)
    if fmt in ("irc", "matrix"):
        return irc(lg, people, fmt)
    return sms_xml(lg, people, forms)


def body_of(api, text_mark):
    if api == "chat":
        return {"model": "gpt-4o-mini", "messages": [{"role": "user", "content": text_mark}]}
    if api == "responses":
        return {"model": "gpt-4.1", "input": [{"role": "user", "content": [{"type": "input_text", "text": text_mark}]}]}
    if api == "anthropic":
        return {"model": "claude-sonnet-4-5", "max_tokens": 800, "messages": [{"role": "user", "content": [{"type": "text", "text": text_mark}]}]}
    return {"contents": [{"role": "user", "parts": [{"text": text_mark}]}]}


def main():
    records = []
    apis = ["chat", "responses", "anthropic", "gemini"]
    for i in range(480):
        lg = LANGS[i % len(LANGS)]
        api = apis[(i // 3) % 4]
        ascii_, compact = i % 3 == 0, i % 2 == 1
        fmt = FORMATS[rng.randrange(len(FORMATS))]
        doc = export(fmt, lg)
        where = rng.choice(["before", "before", "after", "none"])
        ask = rng.choice(ASK[lg] + ASK["en"][:1])
        if where == "before":
            piece = P(ask + rng.choice([":\n\n", "\n\n", ":\n```\n"])).add(doc)
        elif where == "after":
            piece = P().add(doc).t("\n\n" + ask)
        else:
            piece = doc
        body = dumps(body_of(api, MARK % 0), ascii_, compact)
        text, spans = place_each(body, [(MARK % 0, escaper(1, ascii_), piece)])
        spans.sort(key=lambda s: s["start_position"])
        json.loads(text)
        append_body(records, text, spans, {"locale": lg, "class": "chat_export", "api": api, "ascii": ascii_,
                                           "format": fmt, "ask": where})
    write_json(records)


main()
