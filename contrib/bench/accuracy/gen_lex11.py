#!/usr/bin/env python3
"""gen_lex11.py: names written with their accents, where the context alone is weak (branch
`lex11`, the lexicon round that took faker's es, fr, it and de lists).

The lexicon knew "Lucia", "Oscar", "Ramirez" but not "Lucía", "Óscar", "Ramírez": a name written
correctly with its accent was found only by context. Written before the lexicon change, from how
people write colleagues, friends and family in chat, mail and notes, in en/de/fr/nl/es/it/pt:
- given names joined by "and" ("with Joaquín and Lucía"), a surname with a possessive
  ("Jiménez's report", "le rapport de Lefèvre"), names after "according to", before "and I",
  in short comma lists of attendees, alone in a reply ("Ok Héctor, thanks"), a full name in
  a sentence; real accented names (es, fr, it, pt, de, nl, pl, cs, hu, tr, ro, Nordic) and
  invented ones with accents (syllables, no lexicon word);
- look-alikes in the same slots: accented towns and regions (Évora, Córdoba, Málaga, Besançon,
  São Paulo, Créteil, Zürich, Kraków; NEG_PLACE) and accented ordinary words written with a
  capital (Café, Résumé, Müsli, Señor, Crème brûlée, Jalapeño; NEG_TERM).
Writes JSON (the names_tune3.json format) to stdout; deterministic; Python stdlib only."""
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gen_common import Doc, write_json  # noqa: E402
from lexicon_words import lexicon_words  # noqa: E402

rng = random.Random(20261203 + 1111)
LEX = set(w.lower() for w in lexicon_words(with_global=True))
LANGS = ["en", "de", "fr", "nl", "es", "it", "pt"]
records = []

GIVEN = {
    "es": ["Lucía", "Ángel", "Jesús", "Óscar", "Joaquín", "Adrián", "Fermín", "Germán", "Simón",
           "Héctor", "Íñigo", "Noemí", "Jazmín", "Rocío", "Cristóbal", "Benjamín", "Asunción",
           "Agustín", "Inés", "Raúl", "Sofía", "Martín", "Rubén", "Iván"],
    "fr": ["Hélène", "Jérôme", "Élodie", "Sébastien", "Frédéric", "Stéphane", "Agnès", "Anaïs",
           "Joël", "Gaël", "Loïc", "Léa", "Chloé", "Cécile", "Hervé", "Thérèse", "Étienne",
           "Héloïse", "Gisèle", "Cédric"],
    "it": ["Nicolò", "Niccolò", "Giosuè", "Mosè", "Noè"],
    "pt": ["João", "Gonçalo", "Inês", "Sebastião", "Estêvão", "Simão", "Lúcia", "Mário",
           "Sérgio", "Vitória", "Júlia", "António", "Fábio", "Cláudia", "Patrícia", "Luís",
           "Flávio", "Conceição"],
    "de": ["Jürgen", "Jörg", "Björn", "Günther", "Sören", "Käthe", "Dörte", "Bärbel"],
    "nl": ["Anaïs", "Zoë", "Noëlle", "Chloë", "Daniëlle", "Mariëlle", "Joëlle", "Raphaël"],
    "xx": ["Łukasz", "Michał", "Paweł", "Małgorzata", "Jiří", "Tomáš", "Kateřina", "Zdeněk",
           "Ödön", "Gábor", "Zoltán", "László", "Péter", "Erzsébet", "Ayşe", "Büşra", "Ștefan",
           "Răzvan", "Mădălina", "Søren", "Åsa", "Bjørn", "Göran", "Håkan"],
}
SURNAME = {
    "es": ["Ramírez", "Jiménez", "Álvarez", "Gutiérrez", "Domínguez", "Vázquez", "Benítez",
           "Suárez", "Ibáñez", "Ordóñez", "Zúñiga", "Velázquez", "Méndez", "Sáez", "Núñez",
           "Pérez", "Fernández", "Sánchez"],
    "fr": ["Lefèvre", "Ménard", "Bénard", "Lévêque", "Chrétien", "Dubé", "Hébert", "Bélanger",
           "Séguin", "Thériault", "Bédard", "Lemaître"],
    "it": ["Bertè", "Cantù"],
    "pt": ["Magalhães", "Guimarães", "Simões", "Gonçalves", "Brandão", "Falcão", "Gusmão",
           "Assunção", "Romão"],
    "de": ["Müller", "Schäfer", "Schröder", "Köhler", "Möller", "Krüger", "Strauß", "Brändle",
           "Mühlbauer", "Lüdtke", "Bücker"],
    "xx": ["Dvořák", "Wiśniewski", "Wójcik", "Dąbrowski", "Kozłowski", "Černý", "Procházka",
           "Kučera", "Szabó", "Kovács", "Horváth", "Molnár", "Németh", "Çelik", "Şahin", "Öztürk",
           "Yıldız", "Stănescu", "Bălan", "Sjöberg", "Åberg", "Mäkinen", "Sørensen"],
}
# which name pools a language's text draws from (an English text names anyone)
POOL = {"en": ["es", "fr", "pt", "de", "xx", "it"], "de": ["de", "xx", "es", "fr"],
        "fr": ["fr", "es", "pt"], "nl": ["nl", "de", "fr", "xx"], "es": ["es", "pt"],
        "it": ["it", "es", "fr"], "pt": ["pt", "es"]}
# invented names: syllables and an accented ending
SYL = {"es": ["bel", "tor", "qui", "mar", "sal", "dor", "ve", "ca"],
       "fr": ["bel", "ron", "gau", "vel", "mar", "cou", "la", "ti"],
       "pt": ["cou", "tin", "bra", "gue", "mar", "dei", "vas", "lu"],
       "de": ["bre", "win", "kel", "mau", "hol", "fen", "sto", "ra"]}
GEND = {"es": ["ín", "ón", "ía"], "fr": ["ène", "ël", "ée"], "pt": ["ão", "ília", "ício"],
        "de": ["ün", "öre", "äne"]}
SEND = {"es": ["ínez", "ázquez", "úñez"], "fr": ["ère", "ès", "é"], "pt": ["ães", "ões", "ão"],
        "de": ["ücker", "öhler", "äuser"]}


def invent(lg, surname):
    lg = lg if lg in SYL else "es"
    while True:
        w = "".join(rng.choice(SYL[lg]) for _ in range(rng.choice((1, 2))))
        w += rng.choice((SEND if surname else GEND)[lg])
        if w not in LEX and len(w) >= 4:
            return w[0].upper() + w[1:]


def pool(lg):
    return rng.choice(POOL[lg])


def given(lg):
    return invent(pool(lg), False) if rng.random() < 0.2 else rng.choice(GIVEN[pool(lg)])


def surname(lg):
    p = pool(lg)
    return invent(p, True) if rng.random() < 0.2 or not SURNAME.get(p) else rng.choice(SURNAME[p])


class D(Doc):
    records = records

    def slot(self, key, kw):
        if key == "G":
            self.span("PERSON", given(self.lg))
        elif key == "S":
            self.span("PERSON", surname(self.lg))
        elif key == "P":
            self.span("PERSON", given(self.lg) + " " + surname(self.lg))
        elif key in kw:
            lab, v = kw[key]
            self.span(lab, v)
        else:
            raise ValueError(key)


# Sentences whose only clue is the lexicon (and the other name beside it)
PROSE = {
    "en": ["I had lunch with {G} and {G} yesterday.", "{S}'s report is late again.",
           "According to {S}, the numbers are off by a week.", "{G} and I will review it tomorrow.",
           "Attendees: {G}, {G}, {G}\n", "Both {S} and {S} disagreed with the plan.",
           "Ok {G}, thanks for the update!", "lunch with {G} at noon, then the dentist",
           "{P} joined the team last week.", "Could {G} take the Friday shift instead?",
           "I think {S} was right about the budget.", "{G} is off sick today, {G} covers."],
    "de": ["Ich war gestern mit {G} und {G} essen.", "Der Bericht von {S} kommt später.",
           "Laut {S} stimmen die Zahlen nicht.", "{G} und ich schauen es uns morgen an.",
           "Teilnehmer: {G}, {G}, {G}\n", "Ok {G}, danke dir!", "{P} ist neu im Team.",
           "Kann {G} am Freitag übernehmen?"],
    "fr": ["J'ai déjeuné avec {G} et {G} hier.", "Le rapport de {S} est encore en retard.",
           "D'après {S}, les chiffres sont faux.", "{G} et moi regardons ça demain.",
           "Participants : {G}, {G}, {G}\n", "Ok {G}, merci !", "{P} a rejoint l'équipe.",
           "Est-ce que {G} peut prendre vendredi ?"],
    "nl": ["Ik heb gisteren met {G} en {G} geluncht.", "Het rapport van {S} is weer te laat.",
           "Volgens {S} kloppen de cijfers niet.", "{G} en ik kijken er morgen naar.",
           "Aanwezig: {G}, {G}, {G}\n", "Ok {G}, bedankt!", "{P} is nieuw in het team."],
    "es": ["Ayer comí con {G} y {G}.", "El informe de {S} llega tarde otra vez.",
           "Según {S}, las cifras no cuadran.", "{G} y yo lo revisamos mañana.",
           "Asistentes: {G}, {G}, {G}\n", "Vale {G}, ¡gracias!", "{P} se unió al equipo.",
           "¿Puede {G} cubrir el viernes?"],
    "it": ["Ieri ho pranzato con {G} e {G}.", "Il rapporto di {S} è di nuovo in ritardo.",
           "Secondo {S} i numeri non tornano.", "{G} e io lo guardiamo domani.",
           "Presenti: {G}, {G}, {G}\n", "Ok {G}, grazie!", "{P} è entrato nel team."],
    "pt": ["Ontem almocei com {G} e {G}.", "O relatório de {S} está atrasado outra vez.",
           "Segundo {S}, os números não batem.", "{G} e eu vemos isso amanhã.",
           "Presentes: {G}, {G}, {G}\n", "Ok {G}, obrigado!", "{P} entrou na equipa."],
}
# The same slots with places and accented words (label, values)
PLACES = {
    "en": ["Córdoba", "Málaga", "Évora", "Besançon", "São Paulo", "Créteil", "Zürich", "Kraków",
           "Bogotá", "Cádiz", "Nîmes", "Malmö", "Göteborg", "Brașov", "Plzeň", "Győr"],
    "de": ["Zürich", "Düsseldorf", "Lübeck", "Göttingen", "Saarbrücken", "Málaga", "Malmö"],
    "fr": ["Besançon", "Créteil", "Nîmes", "Orléans", "Sète", "Genève", "Évreux", "Béziers"],
    "nl": ["Besançon", "Zürich", "Málaga", "Düsseldorf", "Genève", "Malmö"],
    "es": ["Córdoba", "Málaga", "Cádiz", "Almería", "Jaén", "Cáceres", "Ávila", "Logroño",
           "Bogotá"],
    "it": ["Forlì", "Cefalù", "Besançon", "Málaga", "Zürich"],
    "pt": ["Évora", "São Paulo", "Portimão", "Setúbal", "Amadora", "Belém", "Maringá"],
}
WORDS = {
    "en": ["Café", "Résumé", "Müsli", "Señor", "Jalapeño", "Piñata", "Fiancé", "Déjà vu",
           "Crème brûlée", "Smörgåsbord", "Rosé", "Pâté", "Entrée", "Protégé"],
    "de": ["Müsli", "Café", "Überstunden", "Straßenbahn", "Führerschein", "Größe", "Käse"],
    "fr": ["Café", "Crème brûlée", "Résumé", "Pâté", "Entrée", "Soirée", "Château"],
    "nl": ["Café", "Müsli", "Crème brûlée", "Rosé", "Paté", "Coördinatie"],
    "es": ["Señor", "Jamón", "Mañana", "Café", "Limón", "Corazón", "Canción"],
    "it": ["Caffè", "Città", "Perché", "Università", "Più"],
    "pt": ["Café", "Pão", "Coração", "Limão", "Feijão", "Açaí"],
}
NEG_PLACE = {
    "en": ["We opened offices in {A} and {B} this year.", "{A}'s airport is tiny.",
           "According to {A}'s mayor, the road reopens in May.", "Flights to {A} are full.",
           "Sites: {A}, {B}, {C}\n", "The {A} plant and I go way back."],
    "de": ["Wir waren in {A} und {B}.", "Der Bericht aus {A} kommt später.",
           "Standorte: {A}, {B}, {C}\n", "Laut {A} Verkehrsamt ist die Straße zu."],
    "fr": ["On a ouvert des bureaux à {A} et {B}.", "Le rapport de {A} est en retard.",
           "Sites : {A}, {B}, {C}\n", "D'après {A}, la route rouvre lundi."],
    "nl": ["We zijn in {A} en {B} geweest.", "Het kantoor van {A} is dicht.",
           "Locaties: {A}, {B}, {C}\n"],
    "es": ["Fuimos a {A} y {B} en verano.", "El informe de {A} llega tarde.",
           "Sedes: {A}, {B}, {C}\n", "Según {A}, la feria empieza el lunes."],
    "it": ["Siamo stati a {A} e {B}.", "Il rapporto di {A} è in ritardo.",
           "Sedi: {A}, {B}, {C}\n"],
    "pt": ["Fomos a {A} e {B} no verão.", "O relatório de {A} está atrasado.",
           "Sedes: {A}, {B}, {C}\n", "Segundo {A}, a feira começa segunda."],
}
NEG_WORD = {
    "en": ["{A} and croissants for everyone.", "{A} attached, thanks!", "{A} is on the menu.",
           "Ok, {A} for dessert then.", "Lunch: {A}, {B}, {C}\n"],
    "de": ["{A} zum Frühstück, wie immer.", "{A} und Kaffee für alle.", "Einkauf: {A}, {B}\n"],
    "fr": ["{A} et croissants pour tout le monde.", "{A} en pièce jointe.", "Menu : {A}, {B}\n"],
    "nl": ["{A} en croissants voor iedereen.", "Menu: {A}, {B}\n"],
    "es": ["{A} y pan para todos.", "{A}, por favor, pase usted.", "Menú: {A}, {B}\n"],
    "it": ["{A} per tutti, offro io.", "Menu: {A}, {B}\n"],
    "pt": ["{A} e bolo para todos.", "Lanche: {A}, {B}\n"],
}


def gen_prose():
    for _ in range(3):
        for lg in LANGS:
            for tpl in PROSE[lg]:
                D(lg, "prose").fill(tpl).done()


def gen_neg():
    for _ in range(2):
        for lg in LANGS:
            for src, label, tpls in ((PLACES, "NEG_PLACE", NEG_PLACE),
                                     (WORDS, "NEG_TERM", NEG_WORD)):
                for tpl in tpls[lg]:
                    a, b, c = rng.sample(src[lg], 3)
                    D(lg, "neg").fill(tpl, A=(label, a), B=(label, b), C=(label, c)).done()


def gen_mixed():
    """a person and a look-alike in one sentence"""
    tpls = {"en": "{G} flew to {A} on Monday.", "de": "{G} ist nach {A} gefahren.",
            "fr": "{G} est parti à {A} lundi.", "nl": "{G} is naar {A} gevlogen.",
            "es": "{G} viajó a {A} el lunes.", "it": "{G} è andato a {A} lunedì.",
            "pt": "{G} viajou para {A} na segunda."}
    for _ in range(3):
        for lg in LANGS:
            D(lg, "mixed").fill(tpls[lg], A=("NEG_PLACE", rng.choice(PLACES[lg]))).done()


gen_prose()
gen_neg()
gen_mixed()
write_json(records)
