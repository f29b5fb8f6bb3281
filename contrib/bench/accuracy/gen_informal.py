#!/usr/bin/env python3
"""gen_informal.py: a tune set of people's names in informal text (issue 15, branch `informal`),
written from a brief of kinds of text before reading any detector rule: customer reviews that
name staff (Google, Yelp, Trustpilot and TripAdvisor layouts, star ratings, the owner's reply
signed with a given name), SMS and WhatsApp threads (`[12:03] Name:` prefixes, lower case, no
punctuation, emoji, abbreviations), forum and Reddit posts asking advice about a named person
("my coworker Dana keeps ...", "AITA for not inviting my sister Inés"), voicemail transcripts
("hi it's Noor from ...", "this is ..."), short chatbot prompts ("write a birthday card for my
colleague X", "help me reply to X", "draft a message to X and Y"), names coordinated by
and/und/et/en/y/e/& and in lists, and vocatives ("X, can you ...", "thanks X!"), in
en/de/fr/nl/es/it/pt. Names are real given names of many origins or invented by syllables and
checked against every word of hush's lexicon. Look-alikes in the same shapes: restaurants,
shops, brands, apps and sports teams (NEG_ORG), places (NEG_PLACE), dishes and products
(NEG_PRODUCT), pets and ordinary words (NEG_TERM), days and months (NEG_DATE).
Writes JSON (the names_tune3.json format) to the path given, or to stdout; deterministic."""
import json
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gen_common import span_at, check_spans  # noqa: E402
from lexicon_words import lexicon_words  # noqa: E402

rng = random.Random(20261215)
LEX = set(w.lower() for w in lexicon_words(with_global=True))
LANGS = ["en", "de", "fr", "nl", "es", "it", "pt"]

SYL = {
    "en": (["bry", "cal", "dor", "fen", "mar", "tal", "wyn", "ley", "ros", "ky"], ["ford", "ley", "wick", "ton", "by"]),
    "de": (["jo", "rin", "hil", "mal", "wie", "ke", "fri", "dol", "tje", "an"], ["mann", "berg", "ler", "hoff", "städt"]),
    "fr": (["so", "lè", "ma", "ël", "gas", "pard", "li", "ne", "cé", "rie"], ["ot", "eau", "ier", "ard", "in"]),
    "nl": (["tjeer", "lie", "bram", "fem", "oos", "kar", "wout", "ine", "sje", "ri"], ["sma", "stra", "ink", "huis", "veld"]),
    "es": (["ne", "rea", "ai", "to", "lu", "cin", "ma", "fer", "ni", "da"], ["ez", "ado", "era", "ón", "ales"]),
    "it": (["lu", "do", "vi", "ca", "ro", "ber", "gia", "ni", "sel", "mo"], ["etti", "ini", "one", "ucci", "ardi"]),
    "pt": (["lu", "ren", "ço", "fá", "bia", "tia", "go", "lia", "ri", "na"], ["eira", "ães", "inho", "oso", "ado"]),
}

GIVEN = {
    "en": ["Marisol", "Dana", "Kwame", "Efua", "Priya", "Declan", "Shauna", "Tobias", "Imogen", "Rhys",
           "Keisha", "Connor", "Leah", "Graham", "Bethany", "Trevor", "Noor", "Oluwaseun", "Thandiwe",
           "Arjun", "Yusuf", "Mei", "Siobhan", "Darnell", "Callum", "Harriet"],
    "de": ["Jannik", "Wiebke", "Henrike", "Malte", "Frauke", "Sönke", "Merle", "Lasse", "Gesa",
           "Jörg", "Anke", "Timo", "Katrin", "Ole", "Birte", "Tjark", "Meltem", "Dragan"],
    "fr": ["Solène", "Maëlle", "Gaspard", "Anaïs", "Thibault", "Clémence", "Yannick", "Océane",
           "Baptiste", "Margaux", "Loïc", "Aurélie", "Karim", "Nadège", "Fatou"],
    "nl": ["Lieke", "Bram", "Tjeerd", "Femke", "Joost", "Sanne", "Wouter", "Anouk", "Bas", "Ilse",
           "Sjoerd", "Marloes", "Thijs", "Esmée", "Oskarine", "Jelle"],
    "es": ["Inés", "Álvaro", "Nerea", "Iker", "Ainhoa", "Rocío", "Gonzalo", "Itziar", "Maite",
           "Jacinto", "Lucía", "Xabier", "Yolanda", "Fermín"],
    "it": ["Chiara", "Matteo", "Ludovica", "Gianluca", "Benedetta", "Ilaria", "Tommaso", "Ottavio",
           "Serena", "Raffaele", "Annalisa", "Ciro"],
    "pt": ["João", "Inês", "Tiago", "Leonor", "Gonçalo", "Beatriz", "Rui", "Filipa", "Duarte",
           "Mafalda", "Thiago", "Luana", "Caio"],
}
SURN = {
    "en": ["Okafor", "Hendry", "Whitlock", "Mensah", "Castellanos", "Pritchard", "Nakamura", "Doyle"],
    "de": ["Brinkmann", "Oltmanns", "Wischnewski", "Heinemeyer", "Kaluza", "Petersen"],
    "fr": ["Lemaître", "Vasseur", "Guénot", "Traoré", "Delacroix", "Morvan"],
    "nl": ["de Haan", "Hoekstra", "van der Veen", "Bakker", "Zwart", "Dijkstra"],
    "es": ["Etxeberria", "Montilla", "Quiroga", "Sanz", "Alcántara", "Urrutia"],
    "it": ["Bellandi", "Esposito", "Caputo", "Marchetti", "Zanetti", "Lombardo"],
    "pt": ["Figueiredo", "Antunes", "Carvalho", "Magalhães", "Teixeira", "Pires"],
}


def invent(lang, surname):
    a, ends = SYL[lang]
    while True:
        w = "".join(rng.choice(a) for _ in range(rng.choice((2, 2, 3))))
        if surname:
            w += rng.choice(ends)
        if 4 <= len(w) <= 14 and w.lower() not in LEX:
            return w[0].upper() + w[1:]


def given(lang):
    if rng.random() < 0.45:
        return invent(lang, False)
    return rng.choice(GIVEN[lang] if rng.random() < 0.8 else GIVEN["en"])


def surname(lang):
    if rng.random() < 0.45:
        return invent(lang, True)
    return rng.choice(SURN[lang])


# ---- look-alikes --------------------------------------------------------------------------------
ORG = {
    "en": ["Blue Lantern", "Wagamama", "Nando's", "Tesco", "Deliveroo", "Venmo", "Arsenal", "the Lakers",
           "Starbucks", "Hilton", "Uber", "Chipotle", "Pret", "Airbnb", "WhatsApp", "Costco"],
    "de": ["Zum Goldenen Hirsch", "Lidl", "Edeka", "dm", "Bayern", "Schalke", "Lieferando", "Rossmann",
           "Deutsche Bahn", "Kaufland", "Tchibo"],
    "fr": ["Monoprix", "Carrefour", "Le Petit Zinc", "Fnac", "Darty", "PSG", "Lydia", "Picard", "Leclerc",
           "Decathlon"],
    "nl": ["Albert Heijn", "Jumbo", "Tikkie", "Ajax", "Feyenoord", "Thuisbezorgd", "Hema", "Kruidvat",
           "Café de Zwaan", "Bol.com", "PSV"],
    "es": ["Mercadona", "Bizum", "Glovo", "Zara", "El Corte Inglés", "Betis", "Osasuna", "Casa Paco",
           "Telepizza", "Renfe"],
    "it": ["Esselunga", "Coop", "Satispay", "Juventus", "Trattoria da Gino", "Eataly", "Trenitalia",
           "Autogrill", "Napoli", "Conad"],
    "pt": ["Continente", "Pingo Doce", "MB Way", "Benfica", "Sporting", "Tasca do Chico", "Worten",
           "iFood", "Flamengo", "Glovo"],
}
PLACE = {
    "en": ["Brighton", "Leeds", "Austin", "Cork", "Bristol", "Denver", "Galway", "Florence"],
    "de": ["Kiel", "Husum", "Bremen", "Leipzig", "Passau", "Rügen"],
    "fr": ["Nantes", "Rennes", "Annecy", "Lille", "Biarritz", "Colmar"],
    "nl": ["Utrecht", "Leiden", "Zwolle", "Texel", "Breda", "Deventer"],
    "es": ["Valencia", "Sevilla", "Bilbao", "Cádiz", "Logroño", "Soria"],
    "it": ["Bari", "Lecce", "Trento", "Siena", "Rimini", "Bergamo"],
    "pt": ["Porto", "Braga", "Faro", "Évora", "Madeira", "Aveiro"],
}
PROD = {
    "en": ["Pad Thai", "Margherita", "Tiramisu", "iPhone", "Kindle", "PlayStation", "Eggs Benedict",
           "Caesar salad", "Big Mac", "Thermomix"],
    "de": ["Schnitzel", "Currywurst", "Apfelstrudel", "Thermomix", "Käsespätzle", "Flammkuchen"],
    "fr": ["Tarte Tatin", "Croque Monsieur", "Paris-Brest", "Thermomix", "Crème brûlée", "Nutella"],
    "nl": ["Bitterballen", "Stroopwafels", "Tompouce", "Kapsalon", "Thermomix", "Frikandel"],
    "es": ["Paella", "Tortilla", "Salmorejo", "Thermomix", "Churros", "Crema catalana"],
    "it": ["Carbonara", "Margherita", "Tiramisù", "Bimby", "Cacio e pepe", "Panettone"],
    "pt": ["Francesinha", "Pastel de nata", "Bacalhau", "Bimby", "Feijoada", "Caipirinha"],
}
PET = ["Biscuit", "Pickles", "Noodle", "Bello", "Snuffel", "Minou", "Pepper", "Rocky", "Kiki", "Muffin",
       "Toffee", "Brutus", "Pipoca", "Fufi", "Simba", "Nala", "Bamse", "Flocke", "Moustache", "Churro"]
DAYS = {
    "en": ["Monday", "Tuesday", "Friday", "Saturday", "Sunday", "June", "August", "May"],
    "de": ["Montag", "Dienstag", "Freitag", "Samstag", "Sonntag", "Juni", "August", "Mai"],
    "fr": ["Lundi", "Mardi", "Vendredi", "Samedi", "Dimanche", "Juin", "Août"],
    "nl": ["Maandag", "Dinsdag", "Vrijdag", "Zaterdag", "Zondag", "Juni", "Augustus"],
    "es": ["Lunes", "Martes", "Viernes", "Sábado", "Domingo", "Junio", "Agosto"],
    "it": ["Lunedì", "Martedì", "Venerdì", "Sabato", "Domenica", "Giugno", "Agosto"],
    "pt": ["Segunda", "Terça", "Sexta", "Sábado", "Domingo", "Junho", "Agosto"],
}
AND = {"en": ["and", "&"], "de": ["und", "&"], "fr": ["et", "&"], "nl": ["en", "&"], "es": ["y", "e"],
       "it": ["e", "&"], "pt": ["e", "&"]}
USERS = ["throwaway_8812", "u/sadpanda42", "coffee_addict", "mrs_k", "dadof3", "newbie2024", "LurkerNoMore",
         "bluefish", "anon1234", "u/tired_teacher"]
EMOJI = ["😂", "🙏", "❤️", "👍", "😅", "🎉", "😭", "🙄", ""]


class Rec:
    """A record written left to right; `case` "lower" writes text and values in lower case."""

    def __init__(self, cls, lang, case="as_written"):
        self.cls, self.lang, self.case, self.text, self.spans = cls, lang, case, "", []

    def _c(self, s):
        return s.lower() if self.case == "lower" else s

    def t(self, s):
        self.text += self._c(s)
        return self

    def add(self, v, label):
        v = self._c(v)
        self.spans.append(span_at(self.text, label, v))
        self.text += v
        return self

    def fill(self, tpl, **kw):
        """{G} given name, {G2} {G3} more given names, {F} full name, {S} surname, {ORG}, {PLACE},
        {PROD}, {PET}, {DAY}, {AND}, {USER}, {EMO}, {STARS}; kw values override the draws."""
        i = 0
        while i < len(tpl):
            j = tpl.find("{", i)
            if j < 0:
                self.t(tpl[i:])
                break
            self.t(tpl[i:j])
            k = tpl.index("}", j)
            self.slot(tpl[j + 1:k], kw)
            i = k + 1
        return self

    def slot(self, key, kw):
        lg = self.lang
        if key in kw:
            v = kw[key]
            if isinstance(v, tuple):
                self.add(v[1], v[0])
            else:
                self.t(v)
            return
        if key in ("G", "G2", "G3", "G4"):
            self.add(given(lg), "PERSON")
        elif key == "F":
            self.add(given(lg) + " " + surname(lg), "PERSON")
        elif key == "S":
            self.add(surname(lg), "PERSON")
        elif key == "ORG":
            self.add(rng.choice(ORG[lg]), "NEG_ORG")
        elif key == "PLACE":
            self.add(rng.choice(PLACE[lg]), "NEG_PLACE")
        elif key == "PROD":
            self.add(rng.choice(PROD[lg]), "NEG_PRODUCT")
        elif key == "PET":
            self.add(rng.choice(PET), "NEG_TERM")
        elif key == "DAY":
            d = rng.choice(DAYS[lg])
            if lg not in ("en", "de"):
                d = d if rng.random() < 0.5 else d.lower()
            self.add(d, "NEG_DATE")
        elif key == "AND":
            self.t(rng.choice(AND[lg]))
        elif key == "USER":
            self.t(rng.choice(USERS))
        elif key == "EMO":
            e = rng.choice(EMOJI)
            self.t((" " + e) if e else "")
        elif key == "STARS":
            n = rng.choice((1, 2, 4, 5, 5))
            self.t(rng.choice(("★" * n + "☆" * (5 - n), "%d/5" % n, "%d stars" % n, "⭐" * n)))
        else:
            raise ValueError(key)

    def done(self):
        check_spans(self.text, self.spans)
        return {"full_text": self.text, "spans": self.spans, "template_id": 0,
                "metadata": {"locale": self.lang, "class": self.cls, "case": self.case}}


# ---- templates ---------------------------------------------------------------------------------
# Each kind of text: positive templates (people) and look-alike templates in the same shapes.
REVIEW = {
    "en": ["{STARS}\nAsk for {G}, she was amazing! Best haircut I've had in years.",
           "Our server {G} was attentive and funny, the {PROD} was perfect. Will be back.",
           "Dr. {S}'s receptionist was rude on the phone but {G} the nurse was lovely.",
           "{STARS} Went to {ORG} on {DAY}. {G} at the front desk sorted out our booking in 2 minutes, thank you {G2}!",
           "Huge thanks to {G} and {G2} for making our wedding dinner so special.",
           "Local Guide · 37 reviews\n{STARS} a month ago\nwe had {G} as our guide and he knew everything about {PLACE}. tip him well!",
           "Response from the owner\nThank you so much for the kind words, we'll pass them on to {G}!\n{G2}",
           "{STARS} Terrible. Waited 40 min, manager ({G}?) didn't even apologise.",
           "Date of experience: {DAY} 2025\n{G} from the service team fixed my {PROD} in one visit. Ten out of ten.",
           "The {PROD} was cold but {G} made up for it. Ask for a table in {G2}'s section.",
           "shoutout to {G} at the pharmacy counter, she went above and beyond {EMO}",
           "Stayed 3 nights. Housekeeping (thanks {G}!) was great, breakfast not so much.",
           ],
    "de": ["{STARS}\nFrag nach {G}, super Beratung! Komme gerne wieder.",
           "Unsere Kellnerin {G} war sehr aufmerksam, das {PROD} war top.",
           "Die Sprechstundenhilfe von Dr. {S} war unfreundlich, aber {G} hat sich dann gekümmert.",
           "Vielen Dank an {G} und {G2} für den tollen Abend im {ORG}!",
           "Antwort des Inhabers\nLieben Dank für Ihre Bewertung, wir richten es {G} aus!\nViele Grüße, {G2}",
           "{STARS} {G} vom Kundenservice hat mir am {DAY} schnell geholfen.",
           ],
    "fr": ["{STARS}\nDemandez {G}, elle est géniale ! Meilleure coupe depuis des années.",
           "Notre serveur {G} était aux petits soins, la {PROD} était parfaite.",
           "La secrétaire du Dr {S} est désagréable mais {G} a tout arrangé.",
           "Merci à {G} et {G2} pour l'accueil, on reviendra au {ORG} !",
           "Réponse du propriétaire\nMerci beaucoup, nous transmettrons à {G} !\n{G2}",
           ],
    "nl": ["{STARS}\nVraag naar {G}, echt top geholpen!",
           "Onze ober {G} was super vriendelijk en de {PROD} waren heerlijk.",
           "De assistente van dokter {S} was kortaf maar {G} heeft het opgelost.",
           "Dank aan {G} en {G2} voor de leuke avond bij {ORG}!",
           "Reactie van de eigenaar\nDank je wel, we geven het door aan {G}!\nGroetjes, {G2}",
           ],
    "es": ["{STARS}\nPreguntad por {G}, ¡un encanto! Volveremos seguro.",
           "Nuestro camarero {G} fue muy atento y la {PROD} estaba buenísima.",
           "La recepcionista del Dr. {S} fue borde, pero {G} nos lo solucionó todo.",
           "Gracias a {G} y {G2} por la cena en {ORG}.",
           "Respuesta del propietario\n¡Muchas gracias! Se lo diremos a {G}.\nUn saludo, {G2}",
           ],
    "it": ["{STARS}\nChiedete di {G}, gentilissima! Torneremo.",
           "Il nostro cameriere {G} è stato simpaticissimo, la {PROD} ottima.",
           "La segretaria del dott. {S} è scortese ma {G} è stata bravissima.",
           "Grazie a {G} e {G2} per la serata da {ORG}!",
           "Risposta del proprietario\nGrazie mille, lo diremo a {G}!\n{G2}",
           ],
    "pt": ["{STARS}\nPeçam pelo {G}, foi impecável!",
           "A nossa empregada {G} foi muito simpática e a {PROD} estava ótima.",
           "A rececionista do Dr. {S} foi antipática mas a {G} resolveu tudo.",
           "Obrigado à {G} e ao {G2} pelo jantar no {ORG}!",
           "Resposta do proprietário\nMuito obrigado, vamos dizer à {G}!\n{G2}",
           ],
}
REVIEW_NEG = {
    "en": ["{STARS}\nAsk for the {PROD}, it was amazing! Best meal in {PLACE}.",
           "We ordered through {ORG} on {DAY}, the {PROD} was cold.",
           "Thanks {ORG} for the quick refund!",
           "Response from the owner\nThank you for visiting {ORG}!\nThe {ORG2} Team",
           "Our dog {PET} was welcome too, they brought {PET2} a water bowl.",
           ],
    "de": ["{STARS}\nUnbedingt das {PROD} probieren! Bestes Essen in {PLACE}.",
           "Über {ORG} bestellt am {DAY}, das {PROD} war kalt.",
           "Unser Hund {PET} durfte mit rein, super!",
           ],
    "fr": ["{STARS}\nPrenez la {PROD}, une merveille ! Le meilleur de {PLACE}.",
           "Commandé via {ORG} le {DAY}, froid à l'arrivée.",
           "Notre chien {PET} a été accueilli comme un roi.",
           ],
    "nl": ["{STARS}\nNeem de {PROD}, echt heerlijk! Beste van {PLACE}.",
           "Besteld via {ORG} op {DAY}, alles koud.",
           "Onze hond {PET} mocht gewoon mee naar binnen.",
           ],
    "es": ["{STARS}\nPedid la {PROD}, ¡espectacular! Lo mejor de {PLACE}.",
           "Pedimos por {ORG} el {DAY} y llegó frío.",
           "Nuestro perro {PET} también fue bienvenido.",
           ],
    "it": ["{STARS}\nOrdinate la {PROD}, spettacolare! La migliore di {PLACE}.",
           "Ordinato con {ORG} {DAY}, arrivato freddo.",
           "Il nostro cane {PET} è stato accolto benissimo.",
           ],
    "pt": ["{STARS}\nPeçam a {PROD}, espetacular! A melhor de {PLACE}.",
           "Pedimos pelo {ORG} na {DAY} e chegou frio.",
           "O nosso cão {PET} também foi bem recebido.",
           ],
}
SMS = {
    "en": ["[12:03] {G}: are you still at {ORG}?\n[12:04] {G2}: yeah with {G3}\n[12:04] {G}: tell {G3} i said hi{EMO}",
           "{G}: running late sorry!!\n{G2}: np\n{G}: can u ask {G3} to save me a seat",
           "omg did {G} actually say that{EMO}",
           "k see u at 7. is {G} coming or nah",
           "{G} {AND} {G2} are coming on {DAY}",
           "lol {G} forgot his keys again, can u let him in",
           "[19:41] Mum: Did {G} get home ok?\n[19:52] {G2}: yes mum he's fine",
           "[08:15] {G}: happy bday {G2}!!!{EMO}\n[08:16] {G2}: thx {G} ❤️",
           "hey its {G}, new number. save it",
           "Remind {G} {AND} {G2} about the rent",
           "pick up {G} from {PLACE} station at 6 pls",
           "u coming to {G}'s thing tonight?",
           ],
    "de": ["[12:03] {G}: bist du noch bei {ORG}?\n[12:04] {G2}: ja mit {G3}\n[12:05] {G}: grüß {G3} von mir{EMO}",
           "{G}: komm 10 min später sorry\n{G2}: kein ding",
           "kannst du {G} {AND} {G2} sagen dass wir um 8 essen",
           "hab {G} grad am bahnhof gesehen lol",
           "Schatz kannst du {G} vom Kindergarten abholen? Bin erst um 6 da",
           ],
    "fr": ["[12:03] {G} : t'es encore chez {ORG} ?\n[12:04] {G2} : ouais avec {G3}\n[12:05] {G} : dis bonjour à {G3}{EMO}",
           "tu peux prévenir {G} {AND} {G2} qu'on mange à 20h",
           "{G} est arrivé ? jsp où il est",
           "mdr {G} a encore oublié ses clés",
           ],
    "nl": ["[12:03] {G}: ben je nog bij {ORG}?\n[12:04] {G2}: ja met {G3}\n[12:05] {G}: doe {G3} de groetjes{EMO}",
           "{G} {AND} {G2} komen ook {DAY}",
           "kun jij {G} ophalen van school? ben pas om 6 thuis",
           "haha {G} is zn sleutels weer kwijt",
           "Schrijf een kaartje voor {G} {AND} {G2}",
           ],
    "es": ["[12:03] {G}: sigues en {ORG}?\n[12:04] {G2}: sí con {G3}\n[12:05] {G}: saluda a {G3} de mi parte{EMO}",
           "dile a {G} {AND} {G2} que cenamos a las 9",
           "jajaja {G} se ha vuelto a dejar las llaves",
           "q tal {G}? vienes el {DAY}?",
           ],
    "it": ["[12:03] {G}: sei ancora da {ORG}?\n[12:04] {G2}: sì con {G3}\n[12:05] {G}: salutami {G3}{EMO}",
           "dici a {G} {AND} {G2} che ceniamo alle 9",
           "ahaha {G} ha perso di nuovo le chiavi",
           "passi tu a prendere {G} a scuola?",
           ],
    "pt": ["[12:03] {G}: ainda estás no {ORG}?\n[12:04] {G2}: sim com o {G3}\n[12:05] {G}: diz olá ao {G3}{EMO}",
           "avisa o {G} {AND} a {G2} que jantamos às 9",
           "kkkk o {G} perdeu as chaves de novo",
           "vc vem {DAY}? o {G} vai tb",
           ],
}
SMS_NEG = {
    "en": ["[12:03] Mum: are you still at {ORG}?\n[12:04] Me: yeah\n[12:05] Mum: bring {PROD}",
           "did u walk {PET} yet? he's been whining all day",
           "{ORG} {AND} {ORG2} are both closed on {DAY}",
           "see u {DAY}! bringing {PET} if thats ok",
           "sent u the money on {ORG}",
           "meet at {PLACE} station at 6",
           ],
    "de": ["hast du {PET} schon gefüttert?", "{ORG} {AND} {ORG2} haben am {DAY} zu", "treffen uns in {PLACE}"],
    "fr": ["t'as sorti {PET} ?", "{ORG} {AND} {ORG2} sont fermés {DAY}", "rdv à {PLACE} à 18h"],
    "nl": ["heb jij {PET} al uitgelaten?", "{ORG} {AND} {ORG2} zijn dicht op {DAY}", "ik stuur een {ORG} verzoek"],
    "es": ["¿has sacado a {PET}?", "te hago un {ORG} ahora", "{ORG} {AND} {ORG2} cierran el {DAY}"],
    "it": ["hai portato fuori {PET}?", "ti mando con {ORG}", "{ORG} {AND} {ORG2} chiusi {DAY}"],
    "pt": ["já levaste o {PET} à rua?", "mando por {ORG}", "{ORG} {AND} {ORG2} fecham {DAY}"],
}
FORUM = {
    "en": ["Posted by {USER}\nAITA for not inviting my sister {G} to my wedding?",
           "My coworker {G} keeps taking credit for my work. How do I bring it up with our manager {G2}?",
           "{USER} wrote:\nMy MIL ({G}) showed up unannounced AGAIN. DH says I'm overreacting.",
           "TL;DR my roommate {G} never pays on time. Should I talk to the landlord?",
           "Update: talked to {G} {AND} {G2} and we're good now. Thanks everyone!",
           "Re: neighbour problems\nI had the same thing with a guy called {G} two doors down.",
           "My boyfriend {G} (28M) and I (26F) disagree about money.",
           "Edit: for those asking, {G} is my stepdaughter, she's 15.",
           "my ex {G} is now dating my best friend {G2}. what do i even do",
           "Quote from {USER}: \"just talk to {G}\" - easier said than done lol",
           ],
    "de": ["Beitrag von {USER}\nBin ich im Unrecht, weil ich meine Schwester {G} nicht eingeladen habe?",
           "Mein Kollege {G} nimmt sich ständig meine Ideen. Soll ich mit unserer Chefin {G2} reden?",
           "Meine Schwiegermutter {G} kommt jedes Wochenende unangemeldet.",
           "Update: hab mit {G} {AND} {G2} geredet, alles wieder gut.",
           ],
    "fr": ["Message de {USER}\nSuis-je en tort de ne pas inviter ma sœur {G} ?",
           "Mon collègue {G} s'attribue mon travail. J'en parle à ma cheffe {G2} ?",
           "Ma belle-mère {G} débarque sans prévenir tous les dimanches.",
           ],
    "nl": ["Bericht van {USER}\nBen ik fout dat ik mijn zus {G} niet uitnodig?",
           "Mijn collega {G} pikt steeds mijn werk in. Moet ik het tegen {G2} zeggen?",
           "Mijn schoonmoeder {G} komt elke zondag onaangekondigd langs.",
           ],
    "es": ["Publicado por {USER}\n¿Soy el malo por no invitar a mi hermana {G}?",
           "Mi compañero {G} se lleva el mérito de mi trabajo. ¿Hablo con mi jefa {G2}?",
           "Mi suegra {G} se presenta sin avisar cada domingo.",
           ],
    "it": ["Scritto da {USER}\nSbaglio a non invitare mia sorella {G}?",
           "Il mio collega {G} si prende il merito del mio lavoro. Ne parlo con {G2}?",
           "Mia suocera {G} si presenta senza avvisare ogni domenica.",
           ],
    "pt": ["Publicado por {USER}\nSou o errado por não convidar a minha irmã {G}?",
           "O meu colega {G} fica com o crédito do meu trabalho. Falo com a chefe {G2}?",
           "A minha sogra {G} aparece sem avisar todos os domingos.",
           ],
}
FORUM_NEG = {
    "en": ["Posted by {USER}\nAITA for not letting my sister bring her dog {PET} to my wedding?",
           "My coworker keeps microwaving fish. We work at {ORG} in {PLACE}.",
           "Update: {ORG} refunded me. Thanks everyone!",
           "Anyone else think {ORG} lost it this season? {DAY}'s game was embarrassing.",
           ],
    "de": ["Bin ich im Unrecht, weil unser Hund {PET} nicht mit darf?", "Arbeite bei {ORG} in {PLACE}, Tipps?"],
    "fr": ["Notre chat {PET} refuse de manger, des idées ?", "Je bosse chez {ORG} à {PLACE}."],
    "nl": ["Onze kat {PET} eet niet meer, tips?", "Ik werk bij {ORG} in {PLACE}."],
    "es": ["Nuestro gato {PET} no come, ¿ideas?", "Trabajo en {ORG} en {PLACE}."],
    "it": ["Il nostro gatto {PET} non mangia, idee?", "Lavoro da {ORG} a {PLACE}."],
    "pt": ["O nosso gato {PET} não come, ideias?", "Trabalho no {ORG} em {PLACE}."],
}
VOICEMAIL = {
    "en": ["Voicemail transcription: hi it's {G} from {ORG}, just calling about your appointment on {DAY}, call me back when you can.",
           "Hey, this is {F}, I'm calling about the flat. Give me a ring back. Thanks, bye.",
           "hi um this is {G} calling for {G2}, could you tell her the parcel is at {ORG}",
           "Hello, it's {G} again, sorry to bother you, {G2} gave me your number.",
           "Transcript (low confidence): Yeah hi it's {G}. Call me back, this is about {G2}'s school trip.",
           ],
    "de": ["Mailbox-Nachricht: Hallo, hier ist {G} von {ORG}, es geht um Ihren Termin am {DAY}. Rufen Sie mich bitte zurück.",
           "Hi, {G} hier, ich ruf wegen der Wohnung an. Meld dich mal.",
           "Ja hallo, hier spricht {F}, {G2} hat mir Ihre Nummer gegeben.",
           ],
    "fr": ["Message vocal : Bonjour, c'est {G} de chez {ORG}, je vous appelle pour votre rendez-vous de {DAY}.",
           "Salut c'est {G}, rappelle-moi quand tu peux.",
           "Oui bonjour, {F} à l'appareil, c'est {G2} qui m'a donné votre numéro.",
           ],
    "nl": ["Voicemail: Hoi, met {G} van {ORG}, het gaat over je afspraak op {DAY}. Bel je me terug?",
           "Hallo, u spreekt met {F}, ik bel over het appartement.",
           "Hoi met {G}, {G2} gaf me je nummer.",
           ],
    "es": ["Buzón de voz: Hola, soy {G} de {ORG}, le llamo por su cita del {DAY}.",
           "Hola, soy {F}, te llamo por lo del piso. Llámame.",
           "Hola, soy {G}, me ha dado tu número {G2}.",
           ],
    "it": ["Segreteria: Ciao, sono {G} di {ORG}, ti chiamo per l'appuntamento di {DAY}.",
           "Buongiorno, sono {F}, la chiamo per l'appartamento.",
           "Ciao sono {G}, mi ha dato il tuo numero {G2}.",
           ],
    "pt": ["Correio de voz: Olá, fala a {G} da {ORG}, é sobre a sua consulta de {DAY}.",
           "Olá, é o {F}, estou a ligar por causa do apartamento.",
           "Oi, aqui é a {G}, a {G2} me passou seu número.",
           ],
}
VOICEMAIL_NEG = {
    "en": ["Voicemail transcription: hi this is {ORG} calling about your order, it will arrive {DAY}.",
           "Hello, it's the surgery, your prescription is ready. Call us back."],
    "de": ["Mailbox-Nachricht: Hallo, hier ist {ORG}, Ihre Bestellung kommt am {DAY}."],
    "fr": ["Message vocal : Bonjour, c'est {ORG}, votre commande arrive {DAY}."],
    "nl": ["Voicemail: Hallo, met {ORG}, uw bestelling komt {DAY}."],
    "es": ["Buzón de voz: Hola, le llamamos de {ORG}, su pedido llega el {DAY}."],
    "it": ["Segreteria: Buongiorno, la chiamiamo da {ORG}, l'ordine arriva {DAY}."],
    "pt": ["Correio de voz: Olá, fala da {ORG}, a sua encomenda chega na {DAY}."],
}
PROMPT = {
    "en": ["write a birthday card for my colleague {G}",
           "Help me reply to {G}, she wants to move our meeting to {DAY}",
           "draft a message to {G} {AND} {G2} asking if they can cover my shift",
           "Translate this for my neighbour {G}: the parcel is behind the bin",
           "rewrite this so it sounds nicer: \"{G}, you forgot to pay me back again\"",
           "Can you make this more professional? \"hey {G}, report's late, sorry\"",
           "Write a short thank you note to {G} for looking after {PET} while we were in {PLACE}",
           "{G} {AND} {G2} are coming for dinner, suggest a menu without {PROD}",
           "help me write a speech for {G}'s retirement, she's been at {ORG} 30 years",
           "Reply to this for me:\n> Hi, it's {G}. Are we still on for {DAY}?",
           "make a shopping list for {G}, {G2} and me",
           "write a poem for my grandma {G} who turns 90",
           ],
    "de": ["schreib eine Geburtstagskarte für meine Kollegin {G}",
           "Hilf mir, {G} zu antworten, sie will das Treffen auf {DAY} verschieben",
           "Formuliere eine Nachricht an {G} {AND} {G2}, ob sie meine Schicht übernehmen",
           "Übersetz das für meinen Nachbarn {G}: das Paket liegt hinter der Tonne",
           "{G} {AND} {G2} kommen zum Essen, schlag ein Menü ohne {PROD} vor",
           ],
    "fr": ["écris une carte d'anniversaire pour ma collègue {G}",
           "Aide-moi à répondre à {G}, elle veut décaler la réunion à {DAY}",
           "rédige un message pour {G} {AND} {G2} pour leur demander de me remplacer",
           "traduis ça pour mon voisin {G} : le colis est derrière la poubelle",
           "{G} {AND} {G2} viennent dîner, propose un menu sans {PROD}",
           ],
    "nl": ["schrijf een verjaardagskaart voor mijn collega {G}",
           "Help me {G} te antwoorden, ze wil de afspraak naar {DAY} verzetten",
           "Schrijf een kaartje voor {G} {AND} {G2}",
           "vertaal dit voor mijn buurman {G}: het pakket ligt achter de container",
           "{G} {AND} {G2} komen eten, bedenk een menu zonder {PROD}",
           ],
    "es": ["escribe una tarjeta de cumpleaños para mi compañera {G}",
           "Ayúdame a responder a {G}, quiere mover la reunión al {DAY}",
           "redacta un mensaje para {G} {AND} {G2} preguntando si me cubren el turno",
           "traduce esto para mi vecino {G}: el paquete está detrás del contenedor",
           ],
    "it": ["scrivi un biglietto di compleanno per la mia collega {G}",
           "Aiutami a rispondere a {G}, vuole spostare la riunione a {DAY}",
           "scrivi un messaggio a {G} {AND} {G2} per chiedere se mi coprono il turno",
           "traduci questo per il mio vicino {G}: il pacco è dietro il bidone",
           ],
    "pt": ["escreve um cartão de aniversário para a minha colega {G}",
           "Ajuda-me a responder ao {G}, ele quer mudar a reunião para {DAY}",
           "escreve uma mensagem ao {G} {AND} à {G2} a perguntar se me cobrem o turno",
           "traduz isto para o meu vizinho {G}: a encomenda está atrás do contentor",
           ],
}
PROMPT_NEG = {
    "en": ["write a birthday card for my dog {PET}",
           "Help me reply to {ORG} support, they charged me twice",
           "draft a review of {ORG} {AND} {ORG2} for my blog",
           "Translate this menu: {PROD}, {PROD2}",
           "write a short poem about {PLACE} in {DAY}",
           ],
    "de": ["schreib eine Karte für unseren Hund {PET}", "Hilf mir, {ORG} zu antworten, doppelt abgebucht"],
    "fr": ["écris une carte pour notre chien {PET}", "aide-moi à répondre à {ORG}, double prélèvement"],
    "nl": ["schrijf een kaartje voor onze hond {PET}", "help me {ORG} te antwoorden, dubbel afgeschreven"],
    "es": ["escribe una tarjeta para nuestro perro {PET}", "ayúdame a responder a {ORG}, me cobraron dos veces"],
    "it": ["scrivi un biglietto per il nostro cane {PET}", "aiutami a rispondere a {ORG}, addebito doppio"],
    "pt": ["escreve um cartão para o nosso cão {PET}", "ajuda-me a responder à {ORG}, cobraram duas vezes"],
}
# Names coordinated, in lists and as vocatives, with no other cue.
COORD = {
    "en": ["{G} {AND} {G2} are coming", "{G}, {G2} {AND} {G3} said yes", "{G}, can you send me the photos?",
           "thanks {G}!", "Invite {G}, {G2}, {G3} {AND} {G4}", "{F} {AND} {G2} will sort it out",
           "So {G} {AND} I went to {PLACE}", "Congrats {G} {AND} {G2}!!", "{G} - can you call me back?",
           "Ok {G}, see you {DAY}"],
    "de": ["{G} {AND} {G2} kommen auch", "{G}, kannst du mir die Fotos schicken?", "danke {G}!",
           "Lade {G}, {G2} {AND} {G3} ein", "Glückwunsch {G} {AND} {G2}!"],
    "fr": ["{G} {AND} {G2} viennent aussi", "{G}, tu peux m'envoyer les photos ?", "merci {G} !",
           "Invite {G}, {G2} {AND} {G3}", "Félicitations {G} {AND} {G2} !"],
    "nl": ["{G} {AND} {G2} komen ook", "{G}, kun je de foto's sturen?", "bedankt {G}!",
           "Nodig {G}, {G2} {AND} {G3} uit", "Gefeliciteerd {G} {AND} {G2}!"],
    "es": ["{G} {AND} {G2} también vienen", "{G}, ¿me mandas las fotos?", "¡gracias {G}!",
           "Invita a {G}, {G2} {AND} {G3}", "¡Felicidades {G} {AND} {G2}!"],
    "it": ["{G} {AND} {G2} vengono anche loro", "{G}, mi mandi le foto?", "grazie {G}!",
           "Invita {G}, {G2} {AND} {G3}", "Auguri {G} {AND} {G2}!"],
    "pt": ["{G} {AND} {G2} também vêm", "{G}, podes mandar-me as fotos?", "obrigado {G}!",
           "Convida {G}, {G2} {AND} {G3}", "Parabéns {G} {AND} {G2}!"],
}
COORD_NEG = {
    "en": ["{ORG} {AND} {ORG2} are coming to {PLACE}", "{PET}, come here!", "thanks {ORG}!",
           "{PLACE}, {PLACE2} {AND} {PLACE3} this summer", "{DAY} {AND} {DAY2} work for me"],
    "de": ["{ORG} {AND} {ORG2} kommen nach {PLACE}", "{PET}, komm her!", "{DAY} {AND} {DAY2} passt mir"],
    "fr": ["{ORG} {AND} {ORG2} arrivent à {PLACE}", "{PET}, viens ici !", "{DAY} {AND} {DAY2} ça me va"],
    "nl": ["{ORG} {AND} {ORG2} komen naar {PLACE}", "{PET}, hier!", "{DAY} {AND} {DAY2} kan ik"],
    "es": ["{ORG} {AND} {ORG2} llegan a {PLACE}", "¡{PET}, ven aquí!", "{DAY} {AND} {DAY2} me va bien"],
    "it": ["{ORG} {AND} {ORG2} arrivano a {PLACE}", "{PET}, vieni qui!", "{DAY} {AND} {DAY2} vanno bene"],
    "pt": ["{ORG} {AND} {ORG2} chegam a {PLACE}", "{PET}, anda cá!", "{DAY} {AND} {DAY2} dá-me jeito"],
}

KINDS = [("review", REVIEW, REVIEW_NEG), ("sms", SMS, SMS_NEG), ("forum", FORUM, FORUM_NEG),
         ("voicemail", VOICEMAIL, VOICEMAIL_NEG), ("prompt", PROMPT, PROMPT_NEG),
         ("coord", COORD, COORD_NEG)]


def second_draws(lang):
    """Distinct second look-alikes for {ORG2}, {PROD2}, {PLACE2}, {PLACE3}, {DAY2}, {PET2}."""
    def two(pool):
        a = rng.sample(pool, 3)
        return a
    o, p, pl, d = two(ORG[lang]), two(PROD[lang]), two(PLACE[lang]), two(DAYS[lang])
    return {"ORG": ("NEG_ORG", o[0]), "ORG2": ("NEG_ORG", o[1]), "PROD": ("NEG_PRODUCT", p[0]),
            "PROD2": ("NEG_PRODUCT", p[1]), "PLACE": ("NEG_PLACE", pl[0]), "PLACE2": ("NEG_PLACE", pl[1]),
            "PLACE3": ("NEG_PLACE", pl[2]), "DAY": ("NEG_DATE", d[0]), "DAY2": ("NEG_DATE", d[1]),
            "PET2": ("NEG_TERM", rng.choice(PET))}


def record(kind, pos, tpls, lang):
    case = "lower" if kind in ("sms", "coord", "prompt") and rng.random() < 0.2 else "as_written"
    r = Rec(kind + ("" if pos else "_neg"), lang, case)
    tpl = rng.choice(tpls[lang])
    kw = second_draws(lang)
    # distinct given names within one record
    seen = set()
    for k in ("G", "G2", "G3", "G4"):
        while True:
            g = given(lang)
            if g not in seen:
                seen.add(g)
                break
        kw[k] = ("PERSON", g)
    r.fill(tpl, **kw)
    return r.done()


def main():
    recs = []
    for rep in range(5):
        for lang in LANGS:
            reps = 3 if lang == "en" else 2
            for kind, pos, neg in KINDS:
                for _ in range(reps):
                    recs.append(record(kind, True, pos, lang))
                recs.append(record(kind, False, neg, lang))
    for i, r in enumerate(recs):
        r["template_id"] = i % 100
    out = json.dumps(recs, ensure_ascii=False, indent=1) + "\n"
    if len(sys.argv) > 1:
        open(sys.argv[1], "w", encoding="utf-8").write(out)
    else:
        sys.stdout.write(out)


if __name__ == "__main__":
    main()
