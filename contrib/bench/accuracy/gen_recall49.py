#!/usr/bin/env python3
"""gen_recall49.py: lone given names in chat behind a cue, and lower-case role tables (notes/
recall48.md section 4), written before any detector rule was read or hush was run on it (branch
recall49). A tune set.

Classes (metadata.class), half the given names real, half invented from the language's syllables:
- `kin`: a kin noun, then a lone given name (`my sister Ana`, `meine Schwester Lena`, `ma sœur
  Léa`, `mijn zus Sanne`, `mi hermana Pilar`, `mia sorella Chiara`, `minha irmã Inês`, `min
  syster Karin`, `moja siostra Kasia`...); look-alikes: the same nouns before things and places
  (`my sister's Polo`, `my brother in Leeds`, `meine Schwester bei Siemens`);
- `verb`: a request verb, then a lone given name (`tell Jonas`, `ping priya`, `sag Jonas
  Bescheid`, `préviens Camille`, `bel Joost even`, `avisa a Pilar`, `chiama Matteo`); look-alikes:
  `tell Alexa`, `ping the server`, `call Uber`, `bel KPN`, `llama a Movistar`;
- `greet`: a greeting, then a lone given name and a comma (`hi Tomasz,`, `hallo jonas,`, `salut
  camille`, `hoi sanne`, `hola pilar`, `ciao chiara`, `hej sven`, `cześć kasia`, `merhaba elif`);
  look-alikes: `hi team,`, `hallo zusammen`, `hey Google`, `hello world`, `ciao a tutti`;
- `with`: a preposition of company, then a lone given name (`with Priya and`, `mit Jonas`, `avec
  Camille`, `met Sanne`, `con Pilar`, `com a Inês`, `med Sven`); look-alikes: `with Vodafone`,
  `mit der Bahn`, `avec Orange`, `met KPN`, `con Python`;
- `roletable`: a Markdown table (with its rule line), a psql grid or a mysql grid whose column
  is headed by a role (`Owner`, `Assignee`, `Customer`, `Huurder`, `Mieter`, `Locataire`,
  `Inquilino`, `Responsable`, `Referente`) with lower-case `given surname` cells; look-alikes:
  `platform team`, `unassigned`, `n/a`, `ops bot`, firms in lower case in the same cells.
Chat documents are sentence case or all lower case (half each). Every document is written twice:
plain (metadata.wrap "plain") and as a whole request body (OpenAI chat, Anthropic messages,
Anthropic text blocks, Gemini contents, Responses input). Writes JSON (the names_tune3.json
format) to stdout; deterministic; Python stdlib only."""
import json
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gen_common import Doc, write_json, SYL7, END7, invent_syllables, check_spans  # noqa: E402
from gen_bodies import place_text  # noqa: E402

rng = random.Random(20261206 + 49)
records = []

LANGS = ["en", "de", "fr", "nl", "es", "it", "pt", "sv", "da", "no", "pl", "cs", "tr", "fi"]

GIVEN = {
    "en": ["Priya", "Hannah", "Declan", "Rebecca", "Oliver", "Grace", "Ethan", "Chloe", "Liam"],
    "de": ["Jonas", "Lena", "Ulrike", "Tobias", "Katrin", "Lukas", "Heike", "Anja", "Florian"],
    "fr": ["Camille", "Léa", "Julien", "Aurélie", "Benoît", "Élodie", "Hugo", "Manon", "Théo"],
    "nl": ["Sanne", "Joost", "Femke", "Bram", "Lieke", "Daan", "Anouk", "Maarten", "Ilse"],
    "es": ["Pilar", "Javier", "Lucía", "Sergio", "Nuria", "Rodrigo", "Inmaculada", "Álvaro"],
    "it": ["Chiara", "Matteo", "Giulia", "Davide", "Lorenzo", "Francesca", "Serena", "Marco"],
    "pt": ["Inês", "Tiago", "Mariana", "Rui", "Beatriz", "João", "Gonçalo", "Leonor"],
    "sv": ["Sven", "Karin", "Linnea", "Anders", "Åsa", "Birgitta", "Oskar", "Elsa"],
    "da": ["Mette", "Rasmus", "Freja", "Mikkel", "Sofie", "Jens", "Ida", "Søren"],
    "no": ["Sigrid", "Lars", "Kari", "Håkon", "Solveig", "Eirik", "Ingrid", "Torbjørn"],
    "pl": ["Kasia", "Tomasz", "Agnieszka", "Paweł", "Łukasz", "Małgorzata", "Bartek", "Zosia"],
    "cs": ["Jana", "Petr", "Lucie", "Tomáš", "Věra", "Jiří", "Kateřina", "Ondřej"],
    "tr": ["Elif", "Mehmet", "Zeynep", "Emre", "Ayşe", "Burak", "Selin", "Can"],
    "fi": ["Aino", "Mikko", "Sanna", "Juha", "Päivi", "Ville", "Eveliina", "Tuomas"],
}
SURN = {
    "en": ["Ashworth", "Fletcher", "Okafor", "Whitcombe", "Brennan"],
    "de": ["Weber", "Lindner", "Krause", "Schäfer", "Brandt"],
    "fr": ["Dupont", "Lefèvre", "Moreau", "Girard", "Fontaine"],
    "nl": ["Jansen", "Visser", "Bakker", "Mulder", "Smit"],
    "es": ["García", "Navarro", "Romero", "Ortega", "Serrano"],
    "it": ["Rossi", "Bianchi", "Colombo", "Ricci", "Galli"],
    "pt": ["Ferreira", "Carvalho", "Sousa", "Almeida", "Ribeiro"],
    "sv": ["Lindqvist", "Bergström", "Nyberg", "Sjöberg", "Holm"],
    "da": ["Sørensen", "Madsen", "Kristensen", "Lund", "Østergaard"],
    "no": ["Haugen", "Johansen", "Bakke", "Solberg", "Strand"],
    "pl": ["Kowalczyk", "Wójcik", "Nowak", "Mazur", "Krawczyk"],
    "cs": ["Novák", "Dvořák", "Svoboda", "Procházka", "Kučera"],
    "tr": ["Yılmaz", "Kaya", "Demir", "Şahin", "Öztürk"],
    "fi": ["Virtanen", "Korhonen", "Mäkinen", "Nieminen", "Lehtonen"],
}
SYL = {"sv": (["al", "vi", "sig", "ran", "bo", "el", "tor", "mi"], ["sson", "qvist", "ström"]),
       "da": (["al", "vi", "sig", "ran", "bo", "el", "tor", "mi"], ["sen", "gaard", "strup"]),
       "no": (["al", "vi", "sig", "ran", "bo", "el", "tor", "mi"], ["sen", "heim", "rud"]),
       "fi": (["ai", "ka", "lou", "mä", "ti", "se", "vo", "hei"], ["nen", "la", "mäki"]),
       "pl": (["ko", "wal", "brze", "szy", "dra", "mie", "gro", "sta"], ["ski", "czyk", "iak"]),
       "cs": (["ko", "va", "dvo", "ře", "chal", "mi", "sto", "pe"], ["ák", "ek", "ský"]),
       "tr": (["ay", "tem", "kor", "bal", "der", "sun", "gül", "mer"], ["oğlu", "tekin", "han"])}


def given(lg, real=None):
    if real is None:
        real = rng.random() < 0.5
    if real:
        return rng.choice(GIVEN[lg])
    syl, end = (SYL7[lg], END7[lg]) if lg in SYL7 else SYL[lg]
    return invent_syllables(rng, syl, end, False)


def surname(lg, real=None):
    if real is None:
        real = rng.random() < 0.5
    if real:
        return rng.choice(SURN[lg])
    syl, end = (SYL7[lg], END7[lg]) if lg in SYL7 else SYL[lg]
    return invent_syllables(rng, syl, end, True)


class D(Doc):
    records = records


def low(lg, s):
    if lg == "tr":
        return s.replace("I", "ı").replace("İ", "i").lower()
    return s.lower()


# Templates: {G} a lone given name (PERSON), {N:x} a look-alike x (NEG_WORD span).
KIN = {
    "en": ["my sister {G} is flying in on friday", "My brother {G} can pick up the keys.",
           "my wife {G} says hi", "our daughter {G} starts school in sept", "My cousin {G} fixed it in the end.",
           "my husband {G} will sign for the parcel"],
    "de": ["meine Schwester {G} kommt am Freitag", "Mein Bruder {G} holt die Schlüssel ab.",
           "meine Frau {G} lässt grüßen", "unsere Tochter {G} hat morgen frei", "Mein Cousin {G} hat das repariert."],
    "fr": ["ma sœur {G} arrive vendredi", "Mon frère {G} passera prendre les clés.", "ma femme {G} te salue",
           "notre fille {G} est malade aujourd'hui", "Mon cousin {G} a tout réparé."],
    "nl": ["mijn zus {G} komt vrijdag", "Mijn broer {G} haalt de sleutels op.", "mijn vrouw {G} doet de groeten",
           "onze dochter {G} is ziek vandaag", "Mijn neef {G} heeft het gemaakt."],
    "es": ["mi hermana {G} llega el viernes", "Mi hermano {G} recoge las llaves.", "mi mujer {G} te manda saludos",
           "nuestra hija {G} está enferma hoy", "Mi primo {G} lo arregló."],
    "it": ["mia sorella {G} arriva venerdì", "Mio fratello {G} passa a prendere le chiavi.", "mia moglie {G} ti saluta",
           "nostra figlia {G} oggi è a casa", "Mio cugino {G} l'ha sistemato."],
    "pt": ["minha irmã {G} chega sexta", "O meu irmão {G} vai buscar as chaves.", "a minha mulher {G} manda beijos",
           "nossa filha {G} está doente hoje"],
    "sv": ["min syster {G} kommer på fredag", "Min bror {G} hämtar nycklarna.", "min fru {G} hälsar",
           "vår dotter {G} är sjuk idag"],
    "da": ["min søster {G} kommer fredag", "Min bror {G} henter nøglerne.", "min kone {G} hilser",
           "vores datter {G} er syg i dag"],
    "no": ["søsteren min {G} kommer fredag", "Broren min {G} henter nøklene.", "kona mi {G} hilser",
           "min søster {G} har bursdag i dag"],
    "pl": ["moja siostra {G} przyjeżdża w piątek", "Mój brat {G} odbierze klucze.", "moja żona {G} pozdrawia",
           "nasza córka {G} jest dziś chora"],
    "cs": ["moje sestra {G} přijede v pátek", "Můj bratr {G} vyzvedne klíče.", "moje žena {G} pozdravuje",
           "naše dcera {G} je dnes nemocná"],
    "tr": ["kız kardeşim {G} cuma geliyor", "Abim {G} anahtarları alacak.", "eşim {G} selam söylüyor"],
    "fi": ["siskoni {G} tulee perjantaina", "Veljeni {G} hakee avaimet.", "vaimoni {G} lähettää terveisiä"],
}
KIN_NEG = {
    "en": ["we took my sister's {N:Polo} to the garage", "my brother in {N:Leeds} has one too",
           "my son's {N:Lego} is everywhere", "my wife's {N:iPhone} died again"],
    "de": ["meine Schwester in {N:München} hat das auch", "mein Bruder bei {N:Siemens} sagt das auch",
           "der {N:Golf} von meinem Bruder ist kaputt"],
    "fr": ["ma sœur à {N:Lyon} a le même", "mon frère chez {N:Decathlon} dit pareil", "la {N:Clio} de ma sœur est en panne"],
    "nl": ["mijn zus in {N:Utrecht} heeft dat ook", "mijn broer bij {N:Philips} zegt hetzelfde"],
    "es": ["mi hermana en {N:Sevilla} tiene uno igual", "el {N:Ibiza} de mi hermano está en el taller"],
    "it": ["mia sorella a {N:Torino} ce l'ha uguale", "la {N:Panda} di mio fratello è dal meccanico"],
    "pt": ["a minha irmã em {N:Braga} tem um igual"],
    "sv": ["min syster i {N:Malmö} har samma", "min brors {N:Volvo} är på verkstaden"],
    "da": ["min søster i {N:Aarhus} har den samme"],
    "no": ["søsteren min i {N:Bergen} har samme"],
    "pl": ["moja siostra w {N:Krakowie} ma taki sam"],
    "cs": ["moje sestra v {N:Brně} má stejný"],
    "tr": ["kız kardeşim {N:İzmir}'de oturuyor"],
    "fi": ["siskoni {N:Tampereella} on samanlainen"],
}
VERB = {
    "en": ["can you tell {G} the build is green?", "ping {G} when you're done", "Please text {G} the address.",
           "I'll call {G} after lunch", "cc {G} on the reply pls", "Message {G} about the keys."],
    "de": ["sag {G} Bescheid, dass es klappt", "ruf {G} bitte kurz an", "Schreib {G}, dass wir später kommen.",
           "kannst du {G} Bescheid geben?"],
    "fr": ["préviens {G} que c'est bon", "appelle {G} après le déjeuner", "Dis à {G} que la réunion est annulée.",
           "écris à {G} pour l'adresse"],
    "nl": ["bel {G} even als je klaar bent", "zeg tegen {G} dat het gelukt is", "App {G} het adres even.",
           "laat {G} weten dat we later zijn"],
    "es": ["avisa a {G} cuando acabes", "dile a {G} que ya está", "Llama a {G} después de comer.",
           "escríbele a {G} la dirección"],
    "it": ["avvisa {G} quando hai finito", "di' a {G} che è tutto ok", "Chiama {G} dopo pranzo.",
           "scrivi a {G} l'indirizzo"],
    "pt": ["avisa a {G} quando acabares", "diz à {G} que já está", "Liga ao {G} depois do almoço.",
           "fala com a {G} sobre as chaves"],
    "sv": ["säg till {G} att det är klart", "ring {G} efter lunch", "Skicka adressen till {G}."],
    "da": ["sig til {G} at det er klaret", "ring til {G} efter frokost", "Send adressen til {G}."],
    "no": ["si til {G} at det er fikset", "ring {G} etter lunsj", "Send adressen til {G}."],
}
VERB_NEG = {
    "en": ["just tell {N:Alexa} to turn it off", "ping {N:localhost} first", "I'll call {N:Uber} for the airport",
           "text {N:Vodafone} support about it"],
    "de": ["sag {N:Siri}, sie soll den Timer stellen", "ruf bei der {N:Telekom} an"],
    "fr": ["appelle {N:Orange} pour la box", "dis à {N:Siri} de lancer la musique"],
    "nl": ["bel {N:KPN} over de storing", "zeg tegen {N:Google} dat hij de lampen uitdoet"],
    "es": ["llama a {N:Movistar} por lo del router", "dile a {N:Alexa} que apague la luz"],
    "it": ["chiama {N:Vodafone} per il modem", "di' ad {N:Alexa} di spegnere"],
    "pt": ["liga à {N:MEO} por causa da internet"],
    "sv": ["ring {N:Telia} om routern"],
    "da": ["ring til {N:Telenor} om routeren"],
    "no": ["ring {N:Telenor} om ruteren"],
}
GREET = {
    "en": ["hi {G}, the invoice is attached", "Hey {G}, quick one:", "hello {G}, are you free at 3?",
           "morning {G}! coffee?"],
    "de": ["hallo {G}, kurze Frage:", "Hi {G}, hast du kurz Zeit?", "moin {G}, alles klar?", "Servus {G}, passt das?"],
    "fr": ["salut {G}, t'as deux minutes ?", "Bonjour {G}, voici le devis.", "coucou {G} ! ça va ?"],
    "nl": ["hoi {G}, heb je even?", "Hallo {G}, hierbij de offerte.", "hey {G}, alles goed?"],
    "es": ["hola {G}, ¿tienes un momento?", "Buenas {G}, te paso el presupuesto.", "hola {G}! qué tal?"],
    "it": ["ciao {G}, hai un minuto?", "Buongiorno {G}, ecco il preventivo.", "ciao {G}! tutto ok?"],
    "pt": ["oi {G}, tens um minuto?", "Olá {G}, segue o orçamento.", "bom dia {G}!"],
    "sv": ["hej {G}, har du en minut?", "Hej {G}, här är offerten.", "tjena {G}!"],
    "da": ["hej {G}, har du et øjeblik?", "Hej {G}, her er tilbuddet."],
    "no": ["hei {G}, har du et øyeblikk?", "Hei {G}, her er tilbudet."],
    "pl": ["cześć {G}, masz chwilę?", "Hej {G}, przesyłam ofertę."],
    "cs": ["ahoj {G}, máš chvilku?", "Ahoj {G}, posílám nabídku."],
    "tr": ["merhaba {G}, bir dakikan var mı?", "Selam {G}, teklifi gönderiyorum."],
    "fi": ["moi {G}, onko sinulla hetki?", "Hei {G}, tässä tarjous."],
}
GREET_NEG = {
    "en": ["hi {N:team}, the build is red", "hey {N:Google}, set a timer", "hello {N:world} compiles now",
           "hi {N:all}, standup moved"],
    "de": ["hallo {N:zusammen}, kurzes Update", "hi {N:Team}, der Build ist rot"],
    "fr": ["salut {N:tout} le monde", "bonjour {N:Paris} !"],
    "nl": ["hoi {N:allemaal}, korte update", "hallo {N:team}, de build is rood"],
    "es": ["hola {N:equipo}, breve novedad", "hola {N:mundo} ya compila"],
    "it": ["ciao {N:ragazzi}, piccolo aggiornamento", "ciao {N:Milano}!"],
    "pt": ["olá {N:pessoal}, novidade rápida"],
    "sv": ["hej {N:allihopa}, kort uppdatering"],
    "da": ["hej {N:allesammen}, kort opdatering"],
    "no": ["hei {N:alle}, kort oppdatering"],
    "pl": ["cześć {N:wszystkim}, krótka aktualizacja"],
    "cs": ["ahoj {N:všichni}, krátká novinka"],
    "tr": ["merhaba {N:arkadaşlar}, kısa bir güncelleme"],
    "fi": ["moi {N:kaikki}, lyhyt päivitys"],
}
WITH = {
    "en": ["had lunch with {G} and the new intern", "I'm meeting with {G} at 4", "went climbing with {G} on sunday",
           "Pairing with {G} on the parser today."],
    "de": ["war mit {G} essen", "Ich treffe mich um 4 mit {G}.", "mit {G} und Tom im Kino"],
    "fr": ["déjeuner avec {G} demain", "Je vois ça avec {G} cet après-midi.", "au ciné avec {G} et Paul"],
    "nl": ["lunch met {G} morgen", "Ik overleg het met {G} vanmiddag.", "naar de film met {G} en Tom"],
    "es": ["comí con {G} y el becario", "Lo hablo con {G} esta tarde.", "al cine con {G} el sábado"],
    "it": ["pranzo con {G} domani", "Ne parlo con {G} oggi pomeriggio.", "al cinema con {G} e Luca"],
    "pt": ["almocei com a {G} ontem", "Falo disso com o {G} à tarde.", "fui ao cinema com {G}"],
    "sv": ["åt lunch med {G} igår", "Jag pratar med {G} i eftermiddag."],
    "da": ["spiste frokost med {G} i går", "Jeg snakker med {G} i eftermiddag."],
    "no": ["spiste lunsj med {G} i går", "Jeg snakker med {G} i ettermiddag."],
}
WITH_NEG = {
    "en": ["on a call with {N:Vodafone} about the outage", "rewrote it with {N:Python} and it works",
           "a meeting with {N:Deloitte} at 2"],
    "de": ["mit der {N:Bahn} nach Köln", "mit {N:Vodafone} telefoniert"],
    "fr": ["un rendez-vous avec {N:Orange} demain", "réécrit avec {N:Python}"],
    "nl": ["gebeld met {N:KPN} over de storing", "met de {N:NS} naar Utrecht"],
    "es": ["hablé con {N:Movistar} por la avería", "lo reescribí con {N:Python}"],
    "it": ["parlato con {N:Vodafone} del guasto", "riscritto con {N:Python}"],
    "pt": ["falei com a {N:MEO} sobre a avaria"],
    "sv": ["pratade med {N:Telia} om felet"],
    "da": ["talte med {N:Telenor} om fejlen"],
    "no": ["snakket med {N:Telenor} om feilen"],
}
def fill_tpl(d, lg, tpl, lower, real):
    i = 0
    while i < len(tpl):
        j = tpl.find("{", i)
        if j < 0:
            d.t(low(lg, tpl[i:]) if lower else tpl[i:])
            break
        pre = tpl[i:j]
        d.t(low(lg, pre) if lower else pre)
        k = tpl.index("}", j)
        key = tpl[j + 1:k]
        if key == "G":
            g = given(lg, real)
            d.span("PERSON", low(lg, g) if lower else g)
        elif key.startswith("N:"):
            v = key[2:]
            d.span("NEG_WORD", low(lg, v) if lower else v)
        i = k + 1
    return d


CHAT = {"kin": (KIN, KIN_NEG), "verb": (VERB, VERB_NEG), "greet": (GREET, GREET_NEG), "with": (WITH, WITH_NEG)}
STAMP_FORMS = ["plain", "stamp", "speaker", "bullet"]


def chat(n, cls):
    pos, neg = CHAT[cls]
    langs = [x for x in LANGS if x in pos]
    lg = langs[n % len(langs)]
    d = D(lg, cls)
    lower = (n // len(langs)) % 2 == 1
    form = STAMP_FORMS[n % 4]
    lines = [("pos", rng.choice(pos[lg])), ("neg", rng.choice(neg[lg]))]
    if rng.random() < 0.5:
        lines.append(("pos", rng.choice(pos[lg])))
    rng.shuffle(lines)
    for k, (_, tpl) in enumerate(lines):
        if form == "stamp":
            d.t("[%02d:%02d] " % (rng.randint(8, 18), rng.randint(0, 59)))
        elif form == "speaker":
            d.t(["me", "you", "A", "B"][k % 4] + ": ")
        elif form == "bullet":
            d.t("- ")
        real = rng.random() < 0.5
        fill_tpl(d, lg, tpl, lower, real)
        d.t("\n" if form != "plain" or k < len(lines) - 1 else "")
    return d


ROLE = {
    "en": [("Owner", "Ticket", "Status", ["open", "closed", "in progress"]),
           ("Assignee", "Issue", "State", ["todo", "done", "blocked"]),
           ("Customer", "Order", "Total", ["€ 41.90", "€ 118.00", "€ 9.99"])],
    "nl": [("Huurder", "Woning", "Huur", ["€ 1.150", "€ 980", "€ 1.320"])],
    "de": [("Mieter", "Wohnung", "Miete", ["1.150 €", "980 €", "1.320 €"]),
           ("Verantwortlich", "Aufgabe", "Status", ["offen", "erledigt", "in Arbeit"])],
    "fr": [("Locataire", "Logement", "Loyer", ["1 150 €", "980 €", "1 320 €"]),
           ("Responsable", "Tâche", "Statut", ["ouvert", "fait", "en cours"])],
    "es": [("Inquilino", "Vivienda", "Renta", ["1.150 €", "980 €", "1.320 €"]),
           ("Responsable", "Tarea", "Estado", ["abierta", "hecha", "en curso"])],
    "it": [("Referente", "Pratica", "Stato", ["aperta", "chiusa", "in corso"]),
           ("Inquilino", "Alloggio", "Canone", ["1.150 €", "980 €", "1.320 €"])],
    "pt": [("Responsável", "Tarefa", "Estado", ["aberta", "feita", "em curso"])],
    "sv": [("Hyresgäst", "Lägenhet", "Hyra", ["9 800 kr", "11 200 kr", "8 450 kr"])],
}
ROLE_NEG = {"en": ["platform team", "unassigned", "n/a", "ops bot", "acme ltd"],
            "nl": ["leegstand", "n.v.t.", "woonstichting de key"],
            "de": ["leerstand", "n/a", "städtische wohnbau", "it-support"],
            "fr": ["vacant", "n/a", "service technique"],
            "es": ["vacía", "n/a", "equipo de soporte"],
            "it": ["n/d", "ufficio tecnico", "sfitto"],
            "pt": ["n/a", "equipa de suporte"],
            "sv": ["vakant", "n/a", "bostadsbolaget"]}
TABLE_FORMS = ["md", "psql", "mysql"]


def table(n):
    lgs = list(ROLE)
    lg = lgs[n % len(lgs)]
    role, idh, valh, vals = rng.choice(ROLE[lg])
    form = TABLE_FORMS[n % 3]
    head = "id" if form != "md" else idh
    cols = [head, low(lg, role) if form != "md" or rng.random() < 0.5 else role, low(lg, valh) if form != "md" else valh]
    rows = []
    nrows = rng.randint(3, 5)
    negat = rng.randrange(nrows)
    for r in range(nrows):
        if r == negat:
            cell = ("NEG_WORD", rng.choice(ROLE_NEG[lg]))
        else:
            cell = ("PERSON", low(lg, given(lg) + " " + surname(lg)))
        rows.append([str(1 + r) if form != "md" else "#%d" % (4400 + rng.randint(0, 599)), cell, rng.choice(vals)])
    width = [max(len(cols[c]), max(len(r[c]) if isinstance(r[c], str) else len(r[c][1]) for r in rows))
             for c in range(3)]
    d = D(lg, "roletable")
    d.t(["Here is the list:\n\n", "Current state:\n", "", "From the export:\n\n"][n % 4])
    if form == "mysql":
        d.t("mysql> SELECT %s, %s, %s FROM t;\n" % tuple(cols))
        rule = "+" + "+".join("-" * (w + 2) for w in width) + "+\n"
        d.t(rule).t("| " + " | ".join(cols[c].ljust(width[c]) for c in range(3)) + " |\n").t(rule)
    elif form == "psql":
        d.t(" " + " | ".join(cols[c].ljust(width[c]) for c in range(3)) + "\n")
        d.t("-" + "-+-".join("-" * width[c] for c in range(3)) + "-\n")
    else:
        d.t("| " + " | ".join(cols) + " |\n").t("|" + "|".join("---" for _ in cols) + "|\n")
    for r in rows:
        if form == "md":
            d.t("| " + r[0] + " | ").span(r[1][0], r[1][1]).t(" | " + r[2] + " |\n")
        else:
            lead = "| " if form == "mysql" else " "
            sep = " | "
            d.t(lead + (r[0].rjust(width[0]) if form == "psql" else r[0].ljust(width[0])) + sep)
            d.span(r[1][0], r[1][1]).t(" " * (width[1] - len(r[1][1])) + sep + r[2].ljust(width[2]))
            d.t(" |\n" if form == "mysql" else "\n")
    if form == "mysql":
        rule = "+" + "+".join("-" * (w + 2) for w in width) + "+\n"
        d.t(rule).t("%d rows in set (0.00 sec)\n" % nrows)
    elif form == "psql":
        d.t("(%d rows)\n" % nrows)
    return d


# ---- request bodies -----------------------------------------------------------------------------
WRAPS = ["openai", "openai_turns", "anth", "anth_blocks", "gemini", "responses"]
MARK = "@@DOC@@"


def body(wrap, d, i):
    ask = ["Can you summarise this?", "Translate this to English, please.", "Reply to this for me.",
           "What should I answer?"][i % 4]
    if wrap == "openai":
        b = {"model": "gpt-4o", "messages": [{"role": "user", "content": MARK}]}
    elif wrap == "openai_turns":
        b = {"model": "gpt-4o-mini", "messages": [{"role": "system", "content": "You are a helpful assistant."},
                                                  {"role": "user", "content": ask},
                                                  {"role": "assistant", "content": "Sure, paste it."},
                                                  {"role": "user", "content": MARK}]}
    elif wrap == "anth":
        b = {"model": "claude-sonnet-4-5", "max_tokens": 1024, "messages": [{"role": "user", "content": MARK}]}
    elif wrap == "anth_blocks":
        b = {"model": "claude-sonnet-4-5", "max_tokens": 1024, "messages": [
            {"role": "user", "content": [{"type": "text", "text": ask}, {"type": "text", "text": MARK}]}]}
    elif wrap == "gemini":
        b = {"contents": [{"role": "user", "parts": [{"text": ask}, {"text": MARK}]}]}
    else:
        b = {"model": "gpt-4.1", "input": [{"role": "user", "content": [{"type": "input_text", "text": MARK}]}]}
    raw = json.dumps(b, ensure_ascii=False, separators=(",", ":") if i % 3 == 0 else None)
    out, spans = place_text(raw, MARK, d.text, d.spans)
    json.loads(out)
    return out, spans


def emit(text, spans, lg, cls, wrap):
    check_spans(text, spans)
    records.append({"full_text": text, "spans": spans, "template_id": len(records) % 100,
                    "metadata": {"locale": lg, "class": cls, "wrap": wrap}})


def main():
    docs = []
    for cls in ("kin", "verb", "greet", "with"):
        for n in range(35):
            docs.append(chat(n, cls))
    for n in range(35):
        docs.append(table(n))
    for i, d in enumerate(docs):
        emit(d.text, d.spans, d.lg, d.cls, "plain")
        t, sp = body(WRAPS[i % len(WRAPS)], d, i)
        emit(t, sp, d.lg, d.cls, WRAPS[i % len(WRAPS)])
    write_json(records)


main()
