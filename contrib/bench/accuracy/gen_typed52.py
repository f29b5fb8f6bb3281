#!/usr/bin/env python3
"""gen_typed52.py: people, streets and births in phone-typed chat (tune set; branch typed52,
written and committed before any detector or rewrite rule was read and before hush was run on
it), from the public brief of the twenty-fourth blind set's typed family (phone chat in lower
case without diacritics, shorthand, emoji, names and streets glued), in other domains than that
set's and spoken51's: dog-walker and pet-sitter chats, tutoring and music-lesson bookings,
car-share and carpool groups, neighbourhood watch groups, second-hand marketplace DMs,
hairdresser and nail-salon bookings by text, cleaner and babysitter agencies, flat-hunting
chats, gym buddy chats, church choir groups, family group chats about a grandparent's care.

Every record is one request body (chat completions, Responses, Anthropic, Gemini; a third with
\\uXXXX escapes, half compact) whose user message asks the model to summarise, reply to or file
a chat export pasted below it. The chat:
- several short messages, `name: text` or `[12:03] name:` prefixes (the sender's name is gold),
  or `- name:`; all lower case, no diacritics (muller, francois, jose, bjorn, lukasz, ozlem);
- shorthand and typos of the language (pls, thx, tmrw, bday, dob, addr, ur, u, asap; lg, vg;
  stp, mrc; porfa; cmq; pzdr; mvh; koszi; slm; mersi), emoji and emoticons between words;
- introductions (`its anna btw`, `this is marco from the choir`, `ich bin's, jonas`), the same
  person again by given name only, names glued or broken (`annakeller`, `anna_keller`,
  `@anna.k`: gold over the name's characters, without the @);
- streets glued or abbreviated in lower case (`hauptstr5`, `12 baker st`, `rue de la paix 4`,
  `kerkstraat12`, `c/ mayor 3`, `ul. polna 7 m 3`): gold over street and number;
- births in chat shapes (`bday 12/3/88`, `dob 3.5.1990`, `born 5th may 91`, `geb 12.03.88`):
  gold over the date; phones as typed (`0171 2345678`, `+33612345678`).
Look-alikes as NEG_ spans in the same shapes: lower-case words that are also names used as
words (will, mark, rose, may, bill, art, grace, faith, frank, sunny, april, june, joy, hope,
pat), chat words next to names (greetings, shorthand, emoji names, words repeated across
messages), firms and apps, products, pets, places, dates that are not births (lessons,
bookings, pick-ups), numbers that look like phones (order, booking and tracking numbers).
Languages: en de fr nl es it pt pl sv da no fi cs hu tr ro; half the names invented, a fifth of
global origin. Writes JSON (the names_tune3.json format) to stdout; deterministic; stdlib only.
"""
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gen_common import write_json  # noqa: E402
from gen_bodies import append_body, ask_body  # noqa: E402
from gen_chat_common import Chat, draw_person, plain  # noqa: E402

rng = random.Random(20261206 + 52)
LANGS = ["en", "de", "fr", "nl", "es", "it", "pt", "pl", "sv", "da", "no", "fi", "cs", "hu", "tr", "ro"]


from gen_typed_common import NAMES, GLOBAL, SYL, END  # noqa: E402,F401


def person(lg):
    """(given, surname) without diacritics, as a phone keyboard without the language's layout
    types them."""
    g, s = draw_person(rng, GLOBAL, NAMES[lg], SYL[lg], END[lg], 0.55)
    return plain(g), plain(s)


# ---- the chat tables and value shapes shared with gen_typed52/53 (gen_typed_common.py) ----------
import gen_typed_common as _tc  # noqa: E402
from gen_typed_common import (L, STREETS, MON, en_ord, GROUPS, NAMEWORDS, PETS, PET_LINE,  # noqa: E402,F401
                              FIRMS, PRODUCTS, PLACES, DATE_NEG, NUM_NEG, EMOJI, EMOJI_NAMES)


def street(lg):
    return _tc.street(rng, lg)


def birth(lg):
    return _tc.birth(rng, lg)


def phone(lg):
    return _tc.phone(rng, lg)


def handle(g, s):
    """The person as a glued or broken handle; returns (prefix, gold)."""
    r = rng.random()
    if r < 0.3:
        return "", g + s.replace(" ", "")
    if r < 0.55:
        return "", g + "_" + s.replace(" ", "")
    if r < 0.8:
        return "@", g + "." + s.replace(" ", "")[0]
    return "@", g + s.replace(" ", "")[:1] + str(rng.randint(1, 99))


def chat(lg, idx):
    c = Chat()
    P = L[lg]
    a, b = person(lg), person(lg)
    while b[0] == a[0]:
        b = person(lg)
    third = person(lg)
    style = rng.choice(["colon", "time", "dash", "plain"])
    if rng.random() < 0.12:  # look-alikes only: nobody named in the messages, senders are me/you
        style = "anon"
    kinds = ["intro"] + rng.sample(["addr", "dob", "tel", "ok", "neg", "neg", "neg", "again", "handle", "ok"],
                                   rng.randint(3, 6))
    if style == "anon":
        kinds = ["neg", "ok", "neg", "neg"]
    hh, mm = rng.randint(7, 22), rng.randint(0, 59)
    for n, kind in enumerate(kinds):
        who = a if n % 2 == 0 else b
        if n:
            c.t("\n")
        mm += rng.randint(0, 9)
        if style == "colon":
            c.s("PERSON", who[0])
            c.t(": ")
        elif style == "time":
            c.t("[%02d:%02d] " % (hh + mm // 60, mm % 60))
            c.s("PERSON", who[0])
            c.t(": ")
        elif style == "dash":
            c.t("- ")
            c.s("PERSON", who[0] if rng.random() < 0.7 else who[0] + " " + who[1])
            c.t(": ")
        elif style == "anon":
            c.t(rng.choice(["me: ", "you: ", "> ", "them: "]))
        message(c, lg, P, kind, who, a if who is b else b, third)
        if rng.random() < 0.3:
            c.t(" " + rng.choice(EMOJI))
    return c.text, c.spans


def message(c, lg, P, kind, who, other, third):
    g, s = who
    if kind == "intro":
        if rng.random() < 0.5:
            c.s("NEG_WORD", rng.choice(P["hi"]))
            c.t(rng.choice([" ", "! ", " " + rng.choice(EMOJI) + " "]))
        tpl = rng.choice(P["intro"])
        c.fmt(tpl, {"g": ("PERSON", g), "gs": ("PERSON", g + " " + s), "g2": ("PERSON", third[0]),
                    "grp": ("", rng.choice(GROUPS[lg]))})
    elif kind == "again":  # the other person by given name only, a greeting or thanks beside it
        if rng.random() < 0.5:
            c.s("NEG_WORD", rng.choice(P["thx"]))
            c.t(" ")
            c.s("PERSON", other[0])
            c.t(rng.choice([" ", " " + rng.choice(EMOJI) + " ", "!! "]))
            c.s("NEG_WORD", rng.choice(P["short"]))
        else:
            c.s("NEG_WORD", rng.choice(P["hi"]))
            c.t(" ")
            c.s("PERSON", other[0])
            c.t(" " + rng.choice(EMOJI_NAMES) + " ")
            c.t(rng.choice(P["ok"]))
    elif kind == "handle":
        pre, gold = handle(g, s)
        c.t({"en": "add me ", "de": "adde mich ", "fr": "ajoute moi ", "es": "agregame "}.get(lg, "insta: "))
        c.t(pre)
        c.s("PERSON", gold)
        c.t(" " + rng.choice(EMOJI))
    elif kind in ("addr", "dob", "tel"):
        tpl = rng.choice(P[kind])
        lab = {"addr": "STREET_ADDRESS", "dob": "DATE_OF_BIRTH", "tel": "PHONE_NUMBER"}[kind]
        val = {"addr": street, "dob": birth, "tel": phone}[kind](lg)
        if kind == "dob" and rng.random() < 0.4:  # whose birth: a grandparent or a child, named
            c.s("PERSON", third[0] if rng.random() < 0.5 else third[0] + " " + third[1])
            c.t(" " + rng.choice(["", "-", ":"]) + " ")
        key = {"addr": "st", "dob": "d", "tel": "p"}[kind]
        c.fmt(tpl, {key: (lab, val)})
        if rng.random() < 0.4:
            c.t(" ")
            c.s("NEG_WORD", rng.choice(P["thx"] + P["short"]))
    elif kind == "ok":
        c.t(rng.choice(P["ok"]))
    else:
        neg(c, lg, P)


def neg(c, lg, P):
    r = rng.random()
    if r < 0.3:
        w, tpl = rng.choice(NAMEWORDS[lg] if rng.random() < 0.7 or lg == "en" else NAMEWORDS["en"])
        i = tpl.find("{w}")
        if i < 0:
            c.t(tpl)
            return
        c.t(tpl[:i])
        c.s("NEG_WORD", w)
        c.t(tpl[i + 3:])
    elif r < 0.42:
        c.fmt(PET_LINE[lg], {"w": ("NEG_PET", rng.choice(PETS))})
    elif r < 0.54:
        c.t(rng.choice(["saw it on ", "via ", "from ", "its on "]))
        c.s("NEG_ORG", rng.choice(FIRMS))
        c.t(" " + rng.choice(EMOJI))
    elif r < 0.62:
        c.t(rng.choice(["still selling the ", "is the ", "got a "]))
        c.s("NEG_PRODUCT", rng.choice(PRODUCTS))
        c.t("?")
    elif r < 0.7:
        c.t(rng.choice(["meet at ", "outside ", "by "]))
        c.s("NEG_PLACE", rng.choice(PLACES))
    elif r < 0.8:
        d = "%d.%d." % (rng.randint(1, 28), rng.randint(1, 12)) if rng.random() < 0.5 else \
            "%d/%d" % (rng.randint(1, 28), rng.randint(1, 12))
        c.fmt(DATE_NEG[lg], {"d": ("NEG_DATE", d)})
    elif r < 0.88:
        n = "".join(str(rng.randint(0, 9)) for _ in range(rng.randint(8, 12)))
        c.fmt(rng.choice(NUM_NEG[lg]), {"n": ("NEG_NUMBER", n)})
    else:  # chat words in a row, each repeated across the thread
        for k in range(rng.randint(2, 3)):
            if k:
                c.t(" ")
            c.s("NEG_WORD", rng.choice(P["short"] + P["thx"]))
        c.t(" " + rng.choice(EMOJI))


DOMAINS = ["dog-walker chat", "pet-sitter chat", "tutoring booking", "music-lesson booking", "car-share group",
           "carpool group", "neighbourhood watch group", "marketplace DM", "hairdresser booking",
           "nail-salon booking", "cleaner agency chat", "babysitter agency chat", "flat-hunting chat",
           "gym buddy chat", "church choir group", "family group chat about grandma's care"]
ASK = {
    "en": ["Summarise this {d} for me:", "Draft a reply to this {d}:", "File the contact details from this {d}:",
           "can u summarise this {d} pls"],
    "de": ["Fasse diesen Chat ({d}) zusammen:", "Schreib eine Antwort auf diesen Chat ({d}):"],
    "fr": ["Résume cette conversation ({d}) :", "Rédige une réponse à ce chat ({d}) :"],
    "nl": ["Vat dit gesprek ({d}) samen:", "Schrijf een antwoord op deze chat ({d}):"],
    "es": ["Resume este chat ({d}):", "Redacta una respuesta a este chat ({d}):"],
    "it": ["Riassumi questa chat ({d}):", "Scrivi una risposta a questa chat ({d}):"],
    "pt": ["Resume esta conversa ({d}):", "Escreve uma resposta a este chat ({d}):"],
    "pl": ["Streść ten czat ({d}):", "Napisz odpowiedź na ten czat ({d}):"],
    "sv": ["Sammanfatta chatten ({d}):", "Skriv ett svar på chatten ({d}):"],
    "da": ["Opsummer denne chat ({d}):", "Skriv et svar på denne chat ({d}):"],
    "no": ["Oppsummer denne chatten ({d}):", "Skriv et svar på chatten ({d}):"],
    "fi": ["Tiivistä tämä keskustelu ({d}):", "Kirjoita vastaus tähän viestiketjuun ({d}):"],
    "cs": ["Shrň tento chat ({d}):", "Napiš odpověď na tento chat ({d}):"],
    "hu": ["Foglald össze ezt a csevegést ({d}):", "Írj választ erre a csevegésre ({d}):"],
    "tr": ["Bu sohbeti özetle ({d}):", "Bu sohbete bir yanıt yaz ({d}):"],
    "ro": ["Rezumă această conversație ({d}):", "Scrie un răspuns la acest chat ({d}):"],
}


def wrap(api, lg, idx, text, spans, ascii_):
    ask = rng.choice(ASK[lg]).format(d=DOMAINS[idx % len(DOMAINS)])
    return ask_body(api, ask, text, spans, ascii_, idx % 2 == 1, system="You help with messages.")


def main():
    records = []
    apis = ["chat", "responses", "anthropic", "gemini"]
    for i in range(512):
        lg = LANGS[i % len(LANGS)]
        text, spans = chat(lg, i)
        ascii_ = i % 3 == 0
        t, sp = wrap(apis[(i // 3) % 4], lg, i, text, spans, ascii_)
        append_body(records, t, sp, {"locale": lg, "class": "typed", "api": apis[(i // 3) % 4],
                                     "ascii": ascii_, "domain": DOMAINS[i % len(DOMAINS)]})
    write_json(records)


main()
