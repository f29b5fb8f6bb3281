#!/usr/bin/env python3
"""gen_lowaddr.py: street addresses typed in lower case in chat (issue 15, stop 31, lead).

People type addresses in lower case in chat boxes ("i live at 42 wallaby way sydney"). This set
draws the words before the address from a wider list than the detector's (about half of them
are not in names_lowaddr.c's cue list: "you can find me at", "our office is at", "my parents
live at", "wir wohnen jetzt in der", "on habite au", "estamos en la"), so its recall measures
what the rule misses as well as what it was written for; and streets of each locale in lower
case, with and without the town, postcode or unit after them, in en/de/fr/nl/es/it/pt.
Look-alikes (NEG_ADDR): the same words before numbers that start no street ("moved to 3
different servers", "i live at 5 min walk from", "vivo en 3 ciudades distintas"), and lower-case
street-like words with a number but no words before them that say an address follows.
Writes JSON (the names_tune3.json format) to stdout; deterministic; Python stdlib only."""
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gen_common import Doc, write_json  # noqa: E402

rng = random.Random(20261203 + 31)
records = []


class D(Doc):
    records = records


# cue phrases: (in the detector's list?, text); the detector's list was not read for the second
# half, they are what people write
CUES = {
    "en": ["i live at", "my address is", "send it to", "ship to", "deliver to", "i'm at",
           "you can find me at", "our office is at", "my parents live at", "we just moved into",
           "the house is at", "pick me up from", "mail goes to", "please post it to", "i'm staying at"],
    "de": ["ich wohne in der", "wohne am", "adresse ist", "lieferadresse:", "wir wohnen jetzt in der",
           "meine adresse lautet", "bitte schicken an", "das paket geht an die"],
    "fr": ["j'habite au", "adresse :", "livrer au", "on habite au", "mon adresse c'est le",
           "je suis au", "envoie le colis au"],
    "nl": ["ik woon op", "adres is", "woon aan de", "we wonen nu aan de", "mijn adres is",
           "stuur het naar de"],
    "es": ["vivo en", "mi dirección es", "envíalo a", "estamos en la", "mi casa está en",
           "mándalo a la"],
    "it": ["abito in", "indirizzo:", "vivo in", "sto in", "il mio indirizzo è", "spediscilo in"],
    "pt": ["moro na", "endereço:", "moro em", "estou na", "meu endereço é", "manda para a"],
}

EN_NAMES = ["wallaby", "main", "high", "elm", "baker", "church", "victoria", "king's", "mill",
            "station", "park", "oak", "cedar", "maple", "willow", "harbour", "bridge", "queen"]
EN_TYPES = ["street", "st", "road", "rd", "avenue", "ave", "lane", "way", "drive", "close",
            "crescent", "terrace", "court", "place"]
EN_TOWNS = ["sydney", "london", "leeds", "boston", "dublin", "toronto", "auckland", "york"]
STREETS = {
    "de": (["haupt", "linden", "bahnhof", "schiller", "goethe", "kirch", "berg", "garten"],
           ["straße", "strasse", "weg", "allee", "gasse", "platz"], ["berlin", "köln", "münchen"]),
    "nl": (["kerk", "dorps", "molen", "prinsen", "heren", "stations", "linden"],
           ["straat", "laan", "weg", "gracht", "plein", "kade"], ["amsterdam", "utrecht", "gent"]),
}
ROMANCE = {
    "fr": (["rue", "avenue", "boulevard", "chemin", "impasse", "allée", "place"],
           ["de la paix", "des lilas", "victor hugo", "du moulin", "pasteur", "de la gare"],
           ["paris", "lyon", "nantes"], True),
    "es": (["calle", "avenida", "paseo", "plaza", "camino"],
           ["mayor", "de alcalá", "del prado", "de la rosa", "real", "san juan"],
           ["madrid", "sevilla", "valencia"], False),
    "it": (["via", "viale", "piazza", "corso", "vicolo"],
           ["roma", "dei mille", "garibaldi", "italia", "verdi", "della pace"],
           ["roma", "milano", "torino"], False),
    "pt": (["rua", "avenida", "travessa", "praça", "largo"],
           ["augusta", "da liberdade", "das flores", "paulista", "do comércio"],
           ["lisboa", "porto", "são paulo"], False),
}
AFTER = {"en": ["", " thanks", " pls", " btw", "!", ".", ", see you then"],
         "de": ["", " danke", "."], "fr": ["", " merci", "."], "nl": ["", " bedankt", "."],
         "es": ["", " gracias", "."], "it": ["", " grazie", "."], "pt": ["", " obrigado", "."]}
OPEN = {"en": ["hey, ", "ok so ", "", "hi! ", "fyi "], "de": ["hallo, ", "", "also "],
        "fr": ["salut, ", "", "alors "], "nl": ["hoi, ", "", "dus "], "es": ["hola, ", "", "pues "],
        "it": ["ciao, ", "", "allora "], "pt": ["oi, ", "", "então "]}


def number():
    n = str(rng.choice([rng.randint(1, 99), rng.randint(1, 99), rng.randint(100, 2999)]))
    return n + rng.choice(["", "", "", "a", "b"])


def street(lg):
    """(street text, tail text that belongs to the address or '')"""
    if lg == "en":
        s = "%s %s %s" % (number(), rng.choice(EN_NAMES), rng.choice(EN_TYPES))
        tail = rng.choice(["", "", " " + rng.choice(EN_TOWNS), ", " + rng.choice(EN_TOWNS)])
        return s, tail
    if lg in STREETS:
        stems, sfx, towns = STREETS[lg]
        s = "%s%s %s" % (rng.choice(stems), rng.choice(sfx), number())
        tail = rng.choice(["", "", " in " + rng.choice(towns)])
        return s, (tail if not tail.startswith(" in ") else "")
    types, names, towns, num_first = ROMANCE[lg]
    if num_first:
        s = "%s %s %s" % (number(), rng.choice(types), rng.choice(names))
    else:
        s = "%s %s %s" % (rng.choice(types), rng.choice(names), number())
    tail = rng.choice(["", "", ", " + rng.choice(towns)])
    return s, tail


def positive(lg):
    d = D(lg, "lowaddr")
    d.t(rng.choice(OPEN[lg])).t(rng.choice(CUES[lg]) + " ")
    s, tail = street(lg)
    d.span("STREET_ADDRESS", s + tail)
    d.t(rng.choice(AFTER[lg]))
    d.done()


LOOK = {
    "en": ["we moved to {n} different servers last week", "ship to {n} main offices first",
           "i live at {n} min walk from the station", "send it to {n} people on the team",
           "i'm at {n} percent battery", "come to {n} meetings a day", "deliver to {n} regions only",
           "my address is {n} lines long", "we're at {n} way street now", "i live on {n} acres near the road",
           "the {n} main street lamps are out", "turn at {n} elm trees past the bridge"],
    "de": ["ich wohne in der {n} etage", "wohnt in {n} minuten entfernung", "adresse ist {n} zeichen lang"],
    "fr": ["j'habite au {n} étage", "livrer au {n} clients", "adresse : {n} caractères max"],
    "nl": ["ik woon op {n} hoog", "adres is {n} tekens lang", "woon aan de {n} kilometer verderop"],
    "es": ["vivo en {n} ciudades distintas", "envíalo a {n} personas", "estamos en la {n} planta"],
    "it": ["abito in {n} stanze", "vivo in {n} città diverse", "indirizzo: {n} righe max"],
    "pt": ["moro na {n} casa da rua", "moro em {n} cidades", "endereço: {n} linhas"],
}


def lookalike(lg):
    d = D(lg, "lowaddr-look")
    d.t(rng.choice(OPEN[lg]))
    tpl = rng.choice(LOOK[lg])
    a, b = tpl.split("{n}")
    d.t(a).span("NEG_ADDR", str(rng.randint(2, 12))).t(b)
    d.done()


for lg in ["en", "en", "de", "fr", "nl", "es", "it", "pt"]:
    for _ in range(20):
        positive(lg)
    for _ in range(8):
        lookalike(lg)

write_json(records)
