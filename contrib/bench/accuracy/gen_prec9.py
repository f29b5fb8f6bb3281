#!/usr/bin/env python3
"""gen_prec9.py: things that look like a person's name but are not, beside real persons in the
same texts (branch `prec9`).

Written from a brief listing the shapes of a blind set's false PERSON findings, before reading the
detectors' rules, in en/de/fr/nl/es/it/pt:
- breeding: pedigrees and breeder contracts (`Sire: Ch. Windsong's Northern Star`, `Dam:`,
  `Vater:`, `Mutter:`, `Père :`, `Mère :`, `Puppy: Bella`), kennel names, `Lady`, `Duke`, `Sir`,
  `Lord` inside animals' names, litters and colours (NEG_ANIMAL); the breeder and the buyer are
  persons;
- pets as topics (`my cat Luna`, `Max the labrador`, `walk Bella`, after `puppy`, `kitten`, hens,
  `foal`) (NEG_ANIMAL);
- products and vintages (`Château Margaux 2015`, `Dom Pérignon`, `Johnnie Walker`) (NEG_PRODUCT),
  firms named after people (`Ernst & Young`, `Johnson & Johnson`) and brands after `from`, `of`,
  `by` (NEG_ORG);
- sports clubs and teams (`Real Madrid`, `Inter`, `Ajax`, `the Browns`) (NEG_TEAM);
- fictional and stage characters in cast lists and thread titles (NEG_FICTION; the actors are
  persons), `Sir X`/`Lord X`/`Don X` famous people as topics (NEG_TOPIC);
- salutations to roles or firms (`Sehr geehrte Damen und Herren`, `Dear Hiring Manager`) (NEG_ROLE).
Real names (typed per language) and invented ones (syllables, checked against the lexicon).
Writes JSON (the names_tune3.json format) to stdout; deterministic; Python stdlib only."""
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gen_common import Doc, write_json, SYL7 as SYL, END7 as END  # noqa: E402
from lexicon_words import lexicon_words  # noqa: E402

rng = random.Random(20261203 + 9)
LEX = set(w.lower() for w in lexicon_words(with_global=True))
LANGS = ["en", "de", "fr", "nl", "es", "it", "pt"]
records = []

GIVEN = {
    "en": ["Sarah", "James", "Emily", "Daniel", "Rachel", "Michael", "Laura", "Peter"],
    "de": ["Katrin", "Stefan", "Julia", "Matthias", "Sabine", "Andreas", "Monika", "Jens"],
    "fr": ["Sophie", "Nicolas", "Isabelle", "Laurent", "Nathalie", "Olivier", "Céline", "Julien"],
    "nl": ["Anouk", "Pieter", "Femke", "Joost", "Marloes", "Wouter", "Sanne", "Bram"],
    "es": ["Lucía", "Javier", "Carmen", "Álvaro", "Pilar", "Sergio", "Marta", "Rodrigo"],
    "it": ["Giulia", "Matteo", "Chiara", "Davide", "Francesca", "Simone", "Elena", "Lorenzo"],
    "pt": ["Beatriz", "Tiago", "Inês", "Rui", "Mariana", "Gonçalo", "Catarina", "Pedro"],
}
SURNAME = {
    "en": ["Whitfield", "Harrington", "Collins", "Fletcher", "Doyle", "Pemberton", "Walsh"],
    "de": ["Keller", "Brandt", "Hoffmann", "Lindner", "Krause", "Wagner", "Vogel"],
    "fr": ["Lefèvre", "Moreau", "Girard", "Marchand", "Rousseau", "Fontaine", "Mercier"],
    "nl": ["de Vries", "Bakker", "van Dijk", "Visser", "Mulder", "Jansen", "Smit"],
    "es": ["Navarro", "Romero", "Ortega", "Castillo", "Domínguez", "Herrera", "Molina"],
    "it": ["Rossi", "Bianchi", "Colombo", "Esposito", "Ricci", "Marino", "Greco"],
    "pt": ["Ferreira", "Carvalho", "Teixeira", "Almeida", "Pereira", "Rodrigues", "Martins"],
}


def invent(lg):
    while True:
        w = "".join(rng.choice(SYL[lg]) for _ in range(rng.choice((1, 2)))) + rng.choice(END[lg])
        if w not in LEX and len(w) >= 5:
            return w[0].upper() + w[1:]


def person(lg):
    """'Given Surname': a well-attested given name before a real or invented surname."""
    s = rng.choice(SURNAME[lg]) if rng.random() < 0.6 else invent(lg)
    return rng.choice(GIVEN[lg]) + " " + s


class D(Doc):
    records = records

    def slot(self, key, kw):
        if key == "P":
            self.span("PERSON", person(self.lg))
        elif key == "G":
            self.span("PERSON", rng.choice(GIVEN[self.lg]))
        elif key in kw:
            lab, v = kw[key]
            self.span(lab, v)
        else:
            raise ValueError(key)


# ---- breeding ---------------------------------------------------------------------------------
# registered names of dogs, cats and horses: titles, kennel prefixes and suffixes, noble words
ANIMAL_REG = [
    "Ch. Windsong's Northern Star", "Lady Bella vom Lindenhof", "Duke of Ashbury Hall",
    "Sir Galahad van de Molenhoeve", "Lord Byron du Clos des Vignes", "Int. Ch. Mistral's Golden Boy",
    "Bella vom Haus Sonnenschein", "Amber of Heatherfield", "Lady Marmalade de la Roche Noire",
    "Duke Ellington's Blue Velvet", "Caspar von der Wolfsschlucht", "Nala van het Hoefijzer",
    "Luna del Valle Escondido", "Bruno della Valle Verde", "Thor do Vale Encantado",
    "Sir Lancelot of Kingsmead", "Lord Wellington vom Eichenhain", "Kenzo's Midnight Dream",
    "Grand Ch. Silverlake Princess Aurora", "Countess Tilly of Brambleway", "Baron Rocco vom Rheinufer",
    "Queen Cleo du Moulin Rouge", "Prince Oscar van de Zonnehoek", "Donna Rosa del Castillo",
]
PARENT = {
    "en": ["Sire: ", "Dam: "], "de": ["Vater: ", "Mutter: "], "fr": ["Père : ", "Mère : "],
    "nl": ["Vader: ", "Moeder: "], "es": ["Padre: ", "Madre: "], "it": ["Padre: ", "Madre: "],
    "pt": ["Pai: ", "Mãe: "],
}
BREEDER = {"en": ("Breeder: ", "Buyer: "), "de": ("Züchter: ", "Käufer: "),
           "fr": ("Éleveur : ", "Acheteur : "), "nl": ("Fokker: ", "Koper: "),
           "es": ("Criador: ", "Comprador: "), "it": ("Allevatore: ", "Acquirente: "),
           "pt": ("Criador: ", "Comprador: ")}
HEAD = {"en": "PUPPY SALE CONTRACT", "de": "WELPENKAUFVERTRAG", "fr": "CONTRAT DE VENTE D'UN CHIOT",
        "nl": "KOOPOVEREENKOMST PUP", "es": "CONTRATO DE COMPRAVENTA DE CACHORRO",
        "it": "CONTRATTO DI VENDITA CUCCIOLO", "pt": "CONTRATO DE COMPRA E VENDA DE CACHORRO"}
PUPNAME = ["Bella", "Max", "Luna", "Rocky", "Daisy", "Charlie", "Milo", "Nala", "Simba", "Coco",
           "Rex", "Lola", "Oscar", "Ruby", "Teddy", "Molly", "Bruno", "Kira", "Balu", "Frida"]
PUPLAB = {"en": ["Puppy: ", "Call name: "], "de": ["Welpe: ", "Rufname: "],
          "fr": ["Chiot : ", "Nom d'usage : "], "nl": ["Pup: ", "Roepnaam: "],
          "es": ["Cachorro: ", "Nombre: "], "it": ["Cucciolo: ", "Nome di chiamata: "],
          "pt": ["Cachorro: ", "Nome: "]}
COLOUR = {"en": "Colour: black and tan", "de": "Farbe: schwarz-loh", "fr": "Couleur : fauve",
          "nl": "Kleur: zwart", "es": "Color: atigrado", "it": "Colore: fulvo",
          "pt": "Cor: tigrado"}
BREED = ["Labrador Retriever", "Golden Retriever", "Berner Sennenhund", "Maine Coon",
         "Cavalier King Charles Spaniel", "Hannoveraner", "Border Collie", "Dackel"]
KENNEL_LAB = {"en": "Kennel: ", "de": "Zwinger: ", "fr": "Affixe : ", "nl": "Kennel: ",
              "es": "Afijo: ", "it": "Affisso: ", "pt": "Canil: "}
KENNEL = ["vom Lindenhof", "of Ashbury Hall", "du Clos des Vignes", "van de Molenhoeve",
          "del Valle Escondido", "della Valle Verde", "do Vale Encantado", "Windsong's"]


def gen_pedigree():
    for lg in LANGS:
        for i in range(4):
            d = D(lg, "pedigree").t(HEAD[lg] + "\n\n" + BREEDER[lg][0]).fill("{P}").t("\n")
            d.t(BREEDER[lg][1]).fill("{P}").t("\n")
            d.t("Breed/Rasse: %s\n" % rng.choice(BREED))
            d.t(PUPLAB[lg][i % 2]).span("NEG_ANIMAL", rng.choice(PUPNAME)).t("\n")
            d.t(PARENT[lg][0]).span("NEG_ANIMAL", rng.choice(ANIMAL_REG)).t("\n")
            d.t(PARENT[lg][1]).span("NEG_ANIMAL", rng.choice(ANIMAL_REG)).t("\n")
            if i % 2:
                d.t(KENNEL_LAB[lg]).span("NEG_ANIMAL", rng.choice(KENNEL)).t("\n")
            d.t(COLOUR[lg] + "\n").done()


LITTER = {
    "en": "Our {B} litter is here! {A} x {A2}: 3 males, 4 females. Contact {P} to reserve.",
    "de": "Unser {B}-Wurf ist da! {A} x {A2}, 5 Welpen. Anfragen an {P}.",
    "fr": "La portée {B} est née ! {A} x {A2}. Réservations auprès de {P}.",
    "nl": "Ons {B}-nest is geboren! {A} x {A2}. Informatie bij {P}.",
    "es": "¡Ha nacido la camada {B}! {A} x {A2}. Reservas con {P}.",
    "it": "È nata la cucciolata {B}! {A} x {A2}. Prenotazioni presso {P}.",
    "pt": "Nasceu a ninhada {B}! {A} x {A2}. Reservas com {P}.",
}


def gen_litter():
    for lg in LANGS:
        for k in range(3):
            a, a2 = rng.sample(ANIMAL_REG, 2)
            D(lg, "litter").fill(LITTER[lg], B=("NEG_TERM", "ABC"[k] + "-"),
                                 A=("NEG_ANIMAL", a), A2=("NEG_ANIMAL", a2)).done()


# ---- pets as topics ----------------------------------------------------------------------------
PET = {
    "en": ["my cat {A} hates the vet, {P} says.", "{A} the labrador needs a walk; {P} will take him.",
           "Can you walk {A} tonight? Thanks, {G}.", "Our new puppy {A} chewed {P}'s shoes.",
           "The kitten {A} is doing well. Regards, {P}", "The hens (Henny and {A}) laid six eggs; {P} collected them.",
           "The foal {A} was born last night at {P}'s stable.", "I fed {A} and gave him water. {G}"],
    "de": ["Meine Katze {A} mag keinen Tierarzt, sagt {P}.", "Kannst du {A} heute Gassi führen? Gruß, {G}",
           "Unser Welpe {A} hat die Schuhe von {P} zerkaut.", "Das Fohlen {A} kam gestern bei {P} zur Welt.",
           "Der Kater {A} ist wieder gesund. Viele Grüße, {P}"],
    "fr": ["Mon chat {A} déteste le vétérinaire, dit {P}.", "Tu peux promener {A} ce soir ? Merci, {G}.",
           "Notre chiot {A} a mangé les chaussures de {P}.", "Le poulain {A} est né chez {P} cette nuit.",
           "La chatte {A} va mieux. Cordialement, {P}"],
    "nl": ["Mijn kat {A} haat de dierenarts, zegt {P}.", "Kun jij {A} vanavond uitlaten? Groetjes, {G}",
           "Onze puppy {A} heeft de schoenen van {P} opgegeten.", "Het veulen {A} is vannacht bij {P} geboren.",
           "De kitten {A} maakt het goed. Groet, {P}"],
    "es": ["Mi gato {A} odia al veterinario, dice {P}.", "¿Puedes sacar a pasear a {A}? Gracias, {G}.",
           "Nuestro cachorro {A} mordió los zapatos de {P}.", "El potro {A} nació anoche en la cuadra de {P}.",
           "La gatita {A} está mejor. Saludos, {P}"],
    "it": ["Il mio gatto {A} odia il veterinario, dice {P}.", "Puoi portare fuori {A} stasera? Grazie, {G}.",
           "Il nostro cucciolo {A} ha morso le scarpe di {P}.", "Il puledro {A} è nato stanotte da {P}.",
           "La gattina {A} sta meglio. Saluti, {P}"],
    "pt": ["O meu gato {A} odeia o veterinário, diz {P}.", "Podes passear o {A} hoje? Obrigado, {G}.",
           "O nosso cachorro {A} roeu os sapatos de {P}.", "O potro {A} nasceu ontem na cavalariça de {P}.",
           "A gatinha {A} está melhor. Cumprimentos, {P}"],
}


def gen_pets():
    for lg in LANGS:
        for tpl in PET[lg]:
            for _ in range(2):
                D(lg, "pet").fill(tpl, A=("NEG_ANIMAL", rng.choice(PUPNAME))).done()


# ---- products, vintages, firms named after people ---------------------------------------------
PRODUCT = ["Château Margaux 2015", "Dom Pérignon", "Johnnie Walker", "Jack Daniel's", "Jim Beam",
           "Veuve Clicquot", "Moët & Chandon", "Château Lafite Rothschild", "Captain Morgan",
           "Laurent-Perrier", "Ruinart", "Mouton Cadet", "Don Julio", "Marqués de Riscal",
           "Antinori Tignanello 2018", "Taylor's Vintage Port", "Sandeman", "Hennessy"]
FIRM = ["Ernst & Young", "Johnson & Johnson", "Procter & Gamble", "Marks & Spencer",
        "Dolce & Gabbana", "Hugo Boss", "Calvin Klein", "Tommy Hilfiger", "Ralph Lauren",
        "Louis Vuitton", "Yves Saint Laurent", "Giorgio Armani", "Roland Berger", "Baker McKenzie",
        "Ben & Jerry's", "Abercrombie & Fitch", "Peek & Cloppenburg", "Boston Consulting"]
PROD_TPL = {
    "en": ["{P} ordered two bottles of {X} for the party.", "Gift from {P}: a case of {X}.",
           "{P} bought a jacket from {O} last week.", "The audit by {O} was signed off by {P}.",
           "{P} joined {O} as a senior analyst.", "A new line of {O} perfume, reviewed by {P}."],
    "de": ["{P} hat zwei Flaschen {X} bestellt.", "{P} wechselt im Mai zu {O}.",
           "Geschenk von {P}: eine Kiste {X}.", "Die Prüfung durch {O} hat {P} begleitet."],
    "fr": ["{P} a commandé deux bouteilles de {X}.", "{P} a rejoint {O} en mars.",
           "Cadeau de {P} : un coffret {X}.", "Un sac de {O} offert par {P}."],
    "nl": ["{P} bestelde twee flessen {X}.", "{P} gaat in mei bij {O} werken.",
           "Cadeau van {P}: een doos {X}.", "De controle door {O} werd geleid door {P}."],
    "es": ["{P} pidió dos botellas de {X}.", "{P} se incorporó a {O} en marzo.",
           "Regalo de {P}: una caja de {X}.", "Un bolso de {O} regalado por {P}."],
    "it": ["{P} ha ordinato due bottiglie di {X}.", "{P} è entrata in {O} a marzo.",
           "Regalo di {P}: una cassa di {X}.", "Una borsa di {O} regalata da {P}."],
    "pt": ["{P} encomendou duas garrafas de {X}.", "{P} entrou na {O} em março.",
           "Presente de {P}: uma caixa de {X}.", "Uma mala da {O} oferecida por {P}."],
}


def gen_products():
    for lg in LANGS:
        for tpl in PROD_TPL[lg]:
            for _ in range(3):
                D(lg, "product").fill(tpl, X=("NEG_PRODUCT", rng.choice(PRODUCT)),
                                      O=("NEG_ORG", rng.choice(FIRM))).done()


# ---- sports clubs ------------------------------------------------------------------------------
TEAM = ["Real Madrid", "Inter", "Ajax", "Werder Bremen", "Bayern München", "Borussia Dortmund",
        "Manchester United", "Paris Saint-Germain", "Olympique Lyonnais", "Feyenoord", "Juventus",
        "Benfica", "Sporting", "Atlético Madrid", "Eintracht Frankfurt", "Hertha BSC", "AC Milan",
        "Lazio", "Fiorentina", "Athletic Bilbao", "Vitória Guimarães", "Celtic", "Aston Villa",
        "Hamburger SV", "Stade Rennais", "PSV Eindhoven", "Real Sociedad", "Sampdoria"]
US_TEAM = ["the Browns", "the Lakers", "the Packers", "the Yankees", "the Celtics",
           "the Red Sox", "the Cowboys", "the Bulls"]
TEAM_TPL = {
    "en": ["{P} has tickets for {T} vs {T2} on Saturday.", "{T} beat {T2} 2-1; {P} was thrilled.",
           "{P} is a lifelong fan of {U}.", "Did you watch {U} last night? - {G}"],
    "de": ["{P} hat Karten für {T} gegen {T2}.", "{T} schlägt {T2} mit 3:1, schreibt {P}."],
    "fr": ["{P} a des billets pour {T} contre {T2}.", "{T} a battu {T2} 2-0, raconte {P}."],
    "nl": ["{P} heeft kaartjes voor {T} tegen {T2}.", "{T} won met 2-1 van {T2}, meldt {P}."],
    "es": ["{P} tiene entradas para el {T} - {T2}.", "El {T} ganó al {T2}, según {P}."],
    "it": ["{P} ha i biglietti per {T}-{T2}.", "{T} ha battuto {T2} 2-0, scrive {P}."],
    "pt": ["{P} tem bilhetes para o {T} - {T2}.", "O {T} venceu o {T2}, conta {P}."],
}


def gen_teams():
    for lg in LANGS:
        for tpl in TEAM_TPL[lg]:
            for _ in range(3):
                t, t2 = rng.sample(TEAM, 2)
                D(lg, "team").fill(tpl, T=("NEG_TEAM", t), T2=("NEG_TEAM", t2),
                                   U=("NEG_TEAM", rng.choice(US_TEAM))).done()


# ---- characters, thread titles, famous titled people --------------------------------------------
PLAYS = [
    ("Hamlet", ["Hamlet", "Ophelia", "Polonius", "Horatio", "Gertrude"]),
    ("Romeo and Juliet", ["Romeo", "Juliet", "Mercutio", "Tybalt", "Friar Laurence"]),
    ("Don Giovanni", ["Don Giovanni", "Donna Anna", "Leporello", "Zerlina", "Donna Elvira"]),
    ("Carmen", ["Carmen", "Don José", "Escamillo", "Micaëla"]),
    ("Peter Pan", ["Peter Pan", "Wendy Darling", "Captain Hook", "Tinker Bell"]),
    ("A Christmas Carol", ["Ebenezer Scrooge", "Bob Cratchit", "Tiny Tim", "Jacob Marley"]),
    ("The Importance of Being Earnest", ["Lady Bracknell", "Gwendolen Fairfax", "Algernon Moncrieff",
                                         "Cecily Cardew"]),
    ("Faust", ["Faust", "Mephisto", "Gretchen", "Wagner"]),
]
CAST = {"en": "Cast", "de": "Besetzung", "fr": "Distribution", "nl": "Rolverdeling",
        "es": "Reparto", "it": "Cast", "pt": "Elenco"}
THREADS = [
    "Re: Sherlock Holmes vs Hercule Poirot - who is the better detective?",
    "Thread: Harry Potter and Hermione Granger fan theories",
    "[Discussion] Is Walter White the villain?", "Topic: Frodo Baggins should have flown",
    "Re: Darth Vader redemption arc", "Thread: Miss Marple reading order",
    "Sujet : Arsène Lupin, meilleur que Sherlock ?", "Thema: Harry Potter Band 7 Spoiler",
    "Onderwerp: Kuifje en Kapitein Haddock", "Tema: Don Quijote de la Mancha, capítulo 3",
    "Discussione: Montalbano, nuova stagione", "Tópico: Dom Casmurro e Capitu",
]
THREAD_NAMES = ["Sherlock Holmes", "Hercule Poirot", "Harry Potter", "Hermione Granger",
                "Walter White", "Frodo Baggins", "Darth Vader", "Miss Marple", "Arsène Lupin",
                "Sherlock", "Kuifje", "Kapitein Haddock", "Don Quijote de la Mancha", "Montalbano",
                "Dom Casmurro", "Capitu"]
TOPIC = {
    "en": ["{P} wrote an essay on Sir Isaac Newton's laws.", "{P} visited Lord Nelson's column.",
           "{P} is reading Lord Byron's letters.", "The tour by {P} ends at Sir Walter Scott's house.",
           "{P} quoted Sir Winston Churchill in the speech."],
    "de": ["{P} hält einen Vortrag über Sir Isaac Newton.", "{P} liest die Briefe von Lord Byron."],
    "fr": ["{P} prépare un exposé sur Sir Isaac Newton.", "{P} lit les lettres de Lord Byron."],
    "nl": ["{P} schrijft een essay over Sir Isaac Newton.", "{P} leest de brieven van Lord Byron."],
    "es": ["{P} estudia la vida de Don Quijote.", "{P} prepara una charla sobre Sir Isaac Newton."],
    "it": ["{P} studia le opere di Lord Byron.", "{P} ha scritto di Don Abbondio per la scuola."],
    "pt": ["{P} estuda a obra de Lord Byron.", "{P} escreveu sobre Dom Sebastião para a aula."],
}
TOPIC_VALUES = ["Sir Isaac Newton", "Lord Nelson", "Lord Byron", "Sir Walter Scott",
                "Sir Winston Churchill", "Don Quijote", "Don Abbondio", "Dom Sebastião"]


def gen_fiction():
    for lg in LANGS:
        for title, chars in rng.sample(PLAYS, 3):
            d = D(lg, "cast").t("%s\n%s:\n" % (title, CAST[lg]))
            for c in chars[:3]:
                d.span("NEG_FICTION", c).t(" - ").fill("{P}").t("\n")
            d.t("\n").done()
    for th in THREADS:
        d = D("en", "thread")
        i = 0
        while i < len(th):
            best = None
            for n in THREAD_NAMES:
                j = th.find(n, i)
                if j >= 0 and (best is None or j < best[0] or (j == best[0] and len(n) > len(best[1]))):
                    best = (j, n)
            if best is None:
                d.t(th[i:])
                break
            d.t(th[i:best[0]]).span("NEG_FICTION", best[1])
            i = best[0] + len(best[1])
        d.t("\nPosted by ").fill("{P}").t(" - 14 replies\n").done()
    for lg in LANGS:
        for tpl in TOPIC[lg]:
            d = D(lg, "topic")
            i = 0
            while i < len(tpl):
                best = None
                for n in TOPIC_VALUES + ["{P}"]:
                    j = tpl.find(n, i)
                    if j >= 0 and (best is None or j < best[0]):
                        best = (j, n)
                if best is None:
                    d.t(tpl[i:])
                    break
                d.t(tpl[i:best[0]])
                if best[1] == "{P}":
                    d.fill("{P}")
                else:
                    d.span("NEG_TOPIC", best[1])
                i = best[0] + len(best[1])
            d.done()


# ---- salutations to roles and firms -------------------------------------------------------------
SALUT = {
    "en": ["Dear Sir or Madam", "Dear Hiring Manager", "Dear Customer Service", "Dear Sir/Madam",
           "Dear Recruitment Team", "To Whom It May Concern"],
    "de": ["Sehr geehrte Damen und Herren", "Liebes Support-Team", "Sehr geehrtes Personalteam",
           "Hallo Kundenservice"],
    "fr": ["Madame, Monsieur", "Madame la Directrice", "Monsieur le Directeur",
           "Chère équipe du service client"],
    "nl": ["Geachte heer, mevrouw", "Geachte heer/mevrouw", "Beste klantenservice",
           "Geachte selectiecommissie"],
    "es": ["Estimados señores", "Estimado equipo de selección", "Muy señores míos",
           "Estimado responsable de contratación"],
    "it": ["Gentili Signori", "Spettabile Ufficio Personale", "Egregio Direttore",
           "Gentile Responsabile delle Risorse Umane"],
    "pt": ["Exmos. Senhores", "Caro recrutador", "Prezados Senhores", "Exmo. Senhor Diretor"],
}
BODY = {"en": "I am writing to apply for the position.\n\nKind regards,\n",
        "de": "hiermit bewerbe ich mich um die Stelle.\n\nMit freundlichen Grüßen\n",
        "fr": "je vous adresse ma candidature.\n\nCordialement,\n",
        "nl": "hierbij solliciteer ik naar de functie.\n\nMet vriendelijke groet,\n",
        "es": "les escribo para solicitar el puesto.\n\nAtentamente,\n",
        "it": "vi scrivo per candidarmi alla posizione.\n\nCordiali saluti,\n",
        "pt": "venho candidatar-me à vaga.\n\nCom os melhores cumprimentos,\n"}


def gen_salutations():
    for lg in LANGS:
        for s in SALUT[lg]:
            D(lg, "salutation").span("NEG_ROLE", s).t(",\n\n" + BODY[lg]).fill("{P}").t("\n").done()


gen_pedigree()
gen_litter()
gen_pets()
gen_products()
gen_teams()
gen_fiction()
gen_salutations()
write_json(records)
