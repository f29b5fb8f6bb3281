#!/usr/bin/env python3
"""gen_famous.py: tune set for famous people as a topic (branch famous, issue 15, PERSON
precision). Writes data/famous.json, or the path given as its argument (deterministic, stdlib).

A prompt about Marie Curie or Gabriel García Márquez is about a public figure: masking the name
spoils the answer and protects nobody. This set holds, in en/de/fr/nl/es/it/pt:
- topic: a famous person (full name or the short form people use: "Bach", "Gandhi", "Da Vinci",
  "García Márquez") in prompts, essays, quiz questions, lesson plans, trivia, news summaries,
  code comments and lists (NEG_FAMOUS);
- namesake: the same names where a personal cue says the text deals with that person as a
  user's contact: a form label ("Patient:", "Kunde:", "Locataire :"), a salutation ("Dear Ms
  Angela Merkel,"), From/To headers with a matching e-mail, a relation word ("my colleague",
  "mein Nachbar", "mi jefe"), a signature, a CSV or JSON record, a birth date of theirs (PERSON);
- mixed: a private person beside a famous one in the same sentence ("my son Tomás wrote an essay
  about Simón Bolívar": the son is PERSON, Bolívar NEG_FAMOUS).
Private people's names are invented from syllables (no lexicon knows them); famous names were
typed here from general knowledge, in their usual spelling.
"""
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "data", "famous.json")
R = random.Random(20261203 + 15)

# (full name, short form or None, kind, gender) -- kind picks a fitting verb.
FAMOUS = [
    ("Marie Curie", "Curie", "sci", "f"), ("Nelson Mandela", "Mandela", "pol", "m"),
    ("Frida Kahlo", "Kahlo", "art", "f"), ("Johann Sebastian Bach", "Bach", "mus", "m"),
    ("Ada Lovelace", "Lovelace", "sci", "f"), ("Cristiano Ronaldo", "Ronaldo", "sport", "m"),
    ("Angela Merkel", "Merkel", "pol", "f"), ("Gabriel García Márquez", "García Márquez", "lit", "m"),
    ("Leonardo da Vinci", "Da Vinci", "art", "m"), ("Mahatma Gandhi", "Gandhi", "pol", "m"),
    ("Albert Einstein", "Einstein", "sci", "m"), ("Isaac Newton", "Newton", "sci", "m"),
    ("Charles Darwin", "Darwin", "sci", "m"), ("Wolfgang Amadeus Mozart", "Mozart", "mus", "m"),
    ("Ludwig van Beethoven", "Beethoven", "mus", "m"), ("Vincent van Gogh", "Van Gogh", "art", "m"),
    ("Rembrandt van Rijn", "Rembrandt", "art", "m"), ("Johannes Vermeer", "Vermeer", "art", "m"),
    ("Anne Frank", None, "lit", "f"), ("Erasmus", None, "lit", "m"),
    ("Victor Hugo", None, "lit", "m"), ("Simone de Beauvoir", "Beauvoir", "lit", "f"),
    ("Claude Monet", "Monet", "art", "m"), ("Édith Piaf", "Piaf", "mus", "f"),
    ("Napoléon Bonaparte", "Napoléon", "pol", "m"), ("Charles de Gaulle", "De Gaulle", "pol", "m"),
    ("Louis Pasteur", "Pasteur", "sci", "m"), ("Albert Camus", "Camus", "lit", "m"),
    ("Jean-Paul Sartre", "Sartre", "lit", "m"), ("Coco Chanel", None, "biz", "f"),
    ("Johann Wolfgang von Goethe", "Goethe", "lit", "m"), ("Friedrich Schiller", "Schiller", "lit", "m"),
    ("Immanuel Kant", "Kant", "lit", "m"), ("Karl Marx", "Marx", "lit", "m"),
    ("Sigmund Freud", "Freud", "sci", "m"), ("Konrad Adenauer", "Adenauer", "pol", "m"),
    ("Willy Brandt", "Brandt", "pol", "m"), ("Sophie Scholl", "Scholl", "pol", "f"),
    ("Thomas Mann", None, "lit", "m"), ("Franz Kafka", "Kafka", "lit", "m"),
    ("Hannah Arendt", "Arendt", "lit", "f"), ("Max Planck", "Planck", "sci", "m"),
    ("Pablo Picasso", "Picasso", "art", "m"), ("Salvador Dalí", "Dalí", "art", "m"),
    ("Miguel de Cervantes", "Cervantes", "lit", "m"), ("Federico García Lorca", "Lorca", "lit", "m"),
    ("Simón Bolívar", "Bolívar", "pol", "m"), ("Pablo Neruda", "Neruda", "lit", "m"),
    ("Jorge Luis Borges", "Borges", "lit", "m"), ("Diego Maradona", "Maradona", "sport", "m"),
    ("Lionel Messi", "Messi", "sport", "m"), ("Rafael Nadal", "Nadal", "sport", "m"),
    ("Francisco de Goya", "Goya", "art", "m"), ("Diego Velázquez", "Velázquez", "art", "m"),
    ("Isabel Allende", None, "lit", "f"), ("Antoni Gaudí", "Gaudí", "art", "m"),
    ("Dante Alighieri", "Dante", "lit", "m"), ("Galileo Galilei", "Galileo", "sci", "m"),
    ("Giuseppe Verdi", "Verdi", "mus", "m"), ("Giuseppe Garibaldi", "Garibaldi", "pol", "m"),
    ("Maria Montessori", "Montessori", "sci", "f"), ("Enrico Fermi", "Fermi", "sci", "m"),
    ("Umberto Eco", None, "lit", "m"), ("Federico Fellini", "Fellini", "film", "m"),
    ("Sophia Loren", None, "film", "f"), ("Luciano Pavarotti", "Pavarotti", "mus", "m"),
    ("Niccolò Machiavelli", "Machiavelli", "lit", "m"), ("Michelangelo Buonarroti", "Michelangelo", "art", "m"),
    ("Fernando Pessoa", "Pessoa", "lit", "m"), ("José Saramago", "Saramago", "lit", "m"),
    ("Luís de Camões", "Camões", "lit", "m"), ("Vasco da Gama", None, "pol", "m"),
    ("Amália Rodrigues", None, "mus", "f"), ("Eusébio", None, "sport", "m"),
    ("Pelé", None, "sport", "m"), ("Ayrton Senna", "Senna", "sport", "m"),
    ("Oscar Niemeyer", "Niemeyer", "art", "m"), ("Machado de Assis", None, "lit", "m"),
    ("Clarice Lispector", "Lispector", "lit", "f"), ("Paulo Coelho", None, "lit", "m"),
    ("William Shakespeare", "Shakespeare", "lit", "m"), ("Jane Austen", None, "lit", "f"),
    ("Charles Dickens", "Dickens", "lit", "m"), ("Winston Churchill", "Churchill", "pol", "m"),
    ("Abraham Lincoln", None, "pol", "m"), ("Martin Luther King", None, "pol", "m"),
    ("Michael Jordan", None, "sport", "m"), ("Serena Williams", None, "sport", "f"),
    ("Steve Jobs", None, "biz", "m"), ("Bill Gates", None, "biz", "m"),
    ("Elon Musk", "Musk", "biz", "m"), ("Taylor Swift", None, "mus", "f"),
    ("Marilyn Monroe", None, "film", "f"), ("Alfred Hitchcock", "Hitchcock", "film", "m"),
    ("Nikola Tesla", "Tesla", "sci", "m"), ("Alan Turing", "Turing", "sci", "m"),
    ("Florence Nightingale", None, "sci", "f"), ("Virginia Woolf", None, "lit", "f"),
    ("Leo Tolstoy", "Tolstoy", "lit", "m"), ("Fyodor Dostoevsky", "Dostoevsky", "lit", "m"),
    ("Frédéric Chopin", "Chopin", "mus", "m"), ("Antonio Vivaldi", "Vivaldi", "mus", "m"),
    ("Barack Obama", "Obama", "pol", "m"), ("Queen Elizabeth II", None, "pol", "f"),
    ("Roger Federer", "Federer", "sport", "m"), ("Usain Bolt", None, "sport", "m"),
    ("Stephen Hawking", "Hawking", "sci", "m"), ("Johan Cruijff", "Cruijff", "sport", "m"),
    ("Piet Mondriaan", "Mondriaan", "art", "m"), ("Christiaan Huygens", "Huygens", "sci", "m"),
    ("Baruch Spinoza", "Spinoza", "lit", "m"), ("Annie M.G. Schmidt", None, "lit", "f"),
    ("Hieronymus Bosch", None, "art", "m"), ("Pieter Bruegel", "Bruegel", "art", "m"),
    ("Jacques Brel", "Brel", "mus", "m"), ("Eddy Merckx", "Merckx", "sport", "m"),
    ("Zinedine Zidane", "Zidane", "sport", "m"), ("Kylian Mbappé", "Mbappé", "sport", "m"),
    ("Emmanuel Macron", "Macron", "pol", "m"), ("Marcel Proust", "Proust", "lit", "m"),
    ("Auguste Rodin", "Rodin", "art", "m"), ("Claude Debussy", "Debussy", "mus", "m"),
    ("Richard Wagner", "Wagner", "mus", "m"), ("Albrecht Dürer", "Dürer", "art", "m"),
    ("Carl Friedrich Gauss", "Gauss", "sci", "m"), ("Otto von Bismarck", "Bismarck", "pol", "m"),
    ("Marlene Dietrich", None, "film", "f"), ("Steffi Graf", None, "sport", "f"),
    ("Michael Schumacher", "Schumacher", "sport", "m"), ("Frida Kahlo", None, "art", "f"),
    ("Rosalía de Castro", None, "lit", "f"), ("Penélope Cruz", None, "film", "f"),
    ("Pedro Almodóvar", "Almodóvar", "film", "m"), ("Julio Cortázar", "Cortázar", "lit", "m"),
    ("Octavio Paz", None, "lit", "m"), ("Che Guevara", None, "pol", "m"),
    ("Eva Perón", None, "pol", "f"), ("Mario Vargas Llosa", "Vargas Llosa", "lit", "m"),
    ("Alessandro Volta", "Volta", "sci", "m"), ("Guglielmo Marconi", "Marconi", "sci", "m"),
    ("Sandro Botticelli", "Botticelli", "art", "m"), ("Giacomo Puccini", "Puccini", "mus", "m"),
    ("Rita Levi-Montalcini", None, "sci", "f"), ("Italo Calvino", "Calvino", "lit", "m"),
]
# namesakes: famous full names that ordinary people also carry
NAMESAKES = ["Michael Jordan", "Angela Merkel", "Thomas Mann", "Michael Schumacher",
             "Maria Montessori", "Victor Hugo", "Anne Frank", "Paulo Coelho", "Isabel Allende",
             "Marie Curie", "Steffi Graf", "Willy Brandt", "Eva Perón", "Jane Austen",
             "Octavio Paz", "Jacques Brel", "Rafael Nadal", "Taylor Swift", "Richard Wagner",
             "Bill Gates", "Usain Bolt", "Federico Fellini", "Umberto Eco", "Diego Velázquez"]

SYL = {
    "en": ("br th kl st gw m r d h l w".split(), "a e i o ai ea".split(), "n l r s th".split(),
           ["wyn", "ric", "elle", "ton", "ley"], ["wick", "ham", "by", "ford", "stone"]),
    "de": ("kr gr h w b st l r f g".split(), "a e i o u ei".split(), "n l r s t".split(),
           ["hild", "bert", "mund", "trud", "wig"], ["mann", "bichler", "hofer", "stetter", "reuther"]),
    "fr": ("ch v l g b m r t s j".split(), "a e i o ou au".split(), "n l r s".split(),
           ["ette", "ien", "ine", "aud", "elle"], ["ault", "ier", "eux", "ard", "onnet"]),
    "nl": ("h w br d k m l v s j".split(), "a e i o oe ie".split(), "n l r s k".split(),
           ["ke", "mijn", "tje", "ert", "rik"], ["stra", "inga", "kamp", "huis", "veld"]),
    "es": ("b c d g l m r t v z".split(), "a e i o u".split(), "n l r s".split(),
           ["iano", "elia", "ardo", "ilda", "encio"], ["arreta", "ondo", "uelas", "ázar", "ibar"]),
    "it": ("b c d f g l m r t v".split(), "a e i o u".split(), "n l r s".split(),
           ["ella", "ino", "etta", "aldo", "iano"], ["acci", "etti", "ucci", "ini", "olo"]),
    "pt": ("b c d f g l m r t v".split(), "a e i o u".split(), "n l r s".split(),
           ["inha", "ildo", "ândia", "ério", "elma"], ["eira", "ões", "ado", "inho", "ais"]),
}
try:
    sys.path.insert(0, HERE)
    from lexicon_words import lexicon_words
    LEX = lexicon_words(with_global=True)
except Exception:  # the generator still runs without the lexicon reader
    LEX = set()
FAMOUS_WORDS = {w.lower() for f in FAMOUS for w in f[0].split()}


def invent(loc, sur):
    on, vo, co, ge, se = SYL[loc]
    while True:
        w = "".join(R.choice(on) + R.choice(vo) + (R.choice(co) if R.random() < 0.4 else "")
                    for _ in range(R.choice([1, 2])))
        w += R.choice(se if sur else ge)
        w = w[0].upper() + w[1:]
        if 4 <= len(w) <= 14 and w.lower() not in LEX and w.lower() not in FAMOUS_WORDS:
            return w


LOCS = ["en", "de", "fr", "nl", "es", "it", "pt"]

# Topic templates: {F} the famous person (full or short), {V} a verb fitting their kind.
VERB = {
    "en": {"sci": "discovered", "art": "painted", "mus": "composed", "lit": "wrote",
           "pol": "led", "sport": "won", "film": "made", "biz": "founded"},
    "de": {"sci": "entdeckte", "art": "malte", "mus": "komponierte", "lit": "schrieb",
           "pol": "regierte", "sport": "gewann", "film": "drehte", "biz": "gründete"},
    "fr": {"sci": "a découvert", "art": "a peint", "mus": "a composé", "lit": "a écrit",
           "pol": "a dirigé", "sport": "a gagné", "film": "a tourné", "biz": "a fondé"},
    "nl": {"sci": "ontdekte", "art": "schilderde", "mus": "componeerde", "lit": "schreef",
           "pol": "leidde", "sport": "won", "film": "maakte", "biz": "richtte"},
    "es": {"sci": "descubrió", "art": "pintó", "mus": "compuso", "lit": "escribió",
           "pol": "gobernó", "sport": "ganó", "film": "rodó", "biz": "fundó"},
    "it": {"sci": "scoprì", "art": "dipinse", "mus": "compose", "lit": "scrisse",
           "pol": "guidò", "sport": "vinse", "film": "girò", "biz": "fondò"},
    "pt": {"sci": "descobriu", "art": "pintou", "mus": "compôs", "lit": "escreveu",
           "pol": "governou", "sport": "ganhou", "film": "filmou", "biz": "fundou"},
}
TOPIC = {
    "en": ["Write a short biography of {F} for a school project.",
           "What did {F} actually invent? Keep it under 200 words.",
           "Quiz question 7: In which year was {F} born? a) 1867 b) 1879 c) 1901",
           "Explain to a ten-year-old why {F} is still famous today.",
           "Compare the leadership styles of {F} and {G}.",
           "Lesson plan, week 4: {F} and the world they lived in. Objectives: ...",
           "Trivia: {F} {V} more than most people realise. Give me three surprising facts.",
           "// see the essay on {F} in docs/history.md before changing this",
           "News summary: a new exhibition about {F} opens in the capital next month.",
           "Can you recommend a good book about {F}?",
           "I'm writing an essay on {F}. Is this thesis statement any good?",
           "Why did {F} and {G} disagree so strongly?",
           "Give me a famous quote by {F} and explain it.",
           "Turn this paragraph about {F} into five flashcards.",
           "{F} {V} a lot in the last years of their life; summarise the main works."],
    "de": ["Schreib eine kurze Biografie über {F} für mein Referat.",
           "Was genau {V} {F}? Bitte in einfachen Worten.",
           "Quizfrage: Wann wurde {F} geboren?",
           "Vergleiche {F} mit {G} in einer Tabelle.",
           "Fasse das Leben von {F} in fünf Sätzen zusammen.",
           "Unterrichtsentwurf Klasse 9: {F} und seine Zeit",
           "Welche Bücher über {F} kannst du empfehlen?",
           "Nenne drei bekannte Zitate von {F}."],
    "fr": ["Rédige une courte biographie de {F} pour un exposé.",
           "Qu'est-ce que {F} {V} exactement ?",
           "Question de quiz : en quelle année est né {F} ?",
           "Compare {F} et {G} en trois paragraphes.",
           "Résume la vie de {F} pour des élèves de quatrième.",
           "Peux-tu me conseiller un livre sur {F} ?",
           "Donne-moi une citation célèbre de {F}."],
    "nl": ["Schrijf een korte biografie van {F} voor mijn spreekbeurt.",
           "Wat {V} {F} precies? Leg het eenvoudig uit.",
           "Quizvraag: in welk jaar werd {F} geboren?",
           "Vergelijk {F} met {G} in een tabel.",
           "Vat het leven van {F} samen in vijf zinnen.",
           "Welke boeken over {F} raad je aan?"],
    "es": ["Escribe una breve biografía de {F} para un trabajo del colegio.",
           "¿Qué {V} exactamente {F}?",
           "Pregunta de trivia: ¿en qué año nació {F}?",
           "Compara a {F} con {G} en una tabla.",
           "Resume la vida de {F} en cinco frases.",
           "¿Me recomiendas un libro sobre {F}?",
           "Dame una cita famosa de {F} y explícala."],
    "it": ["Scrivi una breve biografia di {F} per una ricerca scolastica.",
           "Cosa {V} esattamente {F}?",
           "Domanda del quiz: in che anno è nato {F}?",
           "Confronta {F} e {G} in una tabella.",
           "Riassumi la vita di {F} in cinque frasi.",
           "Mi consigli un libro su {F}?"],
    "pt": ["Escreve uma breve biografia de {F} para um trabalho da escola.",
           "O que {F} {V} exatamente?",
           "Pergunta de quiz: em que ano nasceu {F}?",
           "Compara {F} e {G} numa tabela.",
           "Resume a vida de {F} em cinco frases.",
           "Podes recomendar-me um livro sobre {F}?"],
}
# Namesake templates: {P} is a person the user deals with, who shares a famous name.
PERSONAL = {
    "en": ["Patient: {P}\nDOB: {D1}\nReason for visit: follow-up",
           "Dear Ms {P},\n\nyour rent for the flat will rise from 1 March.",
           "From: {P} <{E1}>\nTo: {S}\nSubject: order 4471",
           "my colleague {P} will join the call tomorrow, can you add her?",
           "Customer: {P}\nAccount: 88231\nIssue: card declined",
           "name,email,phone\n{P},{E3},{N}",
           "{{\"name\": \"{P}\", \"plan\": \"basic\"}}",
           "Thanks again for your help.\n\nKind regards,\n{P}",
           "Tenant: {P}\nMove-in date: 2024-05-01",
           "Please call {P} (born {D2}) about the claim."],
    "de": ["Sehr geehrte Frau {P},\n\nwir bestätigen den Eingang Ihrer Kündigung.",
           "Kunde: {P}\nKundennummer: 55120",
           "mein Nachbar {P} hat das Paket angenommen",
           "Von: {P} <{E2}>\nBetreff: Rechnung",
           "Viele Grüße\n{P}"],
    "fr": ["Madame {P},\n\nvotre dossier de location est complet.",
           "Locataire : {P}\nDate d'entrée : 01/09/2023",
           "mon voisin {P} a récupéré le colis",
           "Cordialement,\n{P}"],
    "nl": ["Geachte mevrouw {P},\n\nuw aanvraag is ontvangen.",
           "Klant: {P}\nKlantnummer: 30911",
           "mijn collega {P} neemt het over",
           "Met vriendelijke groet,\n{P}"],
    "es": ["Estimada Sra. {P}:\n\nle confirmamos la reserva.",
           "Paciente: {P}\nFecha de nacimiento: {D3}",
           "mi jefe {P} no ha firmado todavía",
           "Un saludo,\n{P}"],
    "it": ["Gentile Sig.ra {P},\n\nle confermiamo l'appuntamento.",
           "Cliente: {P}\nCodice cliente: 77120",
           "il mio vicino {P} ha ritirato il pacco",
           "Cordiali saluti,\n{P}"],
    "pt": ["Exma. Sra. {P},\n\nconfirmamos a sua marcação.",
           "Utente: {P}\nData de nascimento: {D4}",
           "o meu colega {P} vai tratar disso",
           "Com os melhores cumprimentos,\n{P}"],
}
# Mixed: {Q} a private person (invented), {F} a famous topic in the same text.
MIXED = {
    "en": ["my son {Q} wrote an essay about {F}, can you check the grammar?",
           "Hi {Q}, here are the slides on {F} for Monday's class.",
           "{Q} asked me whether {F} {V} anything before 1900."],
    "de": ["meine Tochter {Q} hält ein Referat über {F}, kannst du helfen?",
           "Hallo {Q}, anbei die Folien zu {F}."],
    "fr": ["ma fille {Q} prépare un exposé sur {F}, peux-tu relire ?",
           "Bonjour {Q}, voici les notes sur {F}."],
    "nl": ["mijn zoon {Q} maakt een werkstuk over {F}, kun je helpen?",
           "Hoi {Q}, hier zijn de dia's over {F}."],
    "es": ["mi hijo {Q} escribió un trabajo sobre {F}, ¿puedes revisarlo?",
           "Hola {Q}, te paso los apuntes sobre {F}."],
    "it": ["mia figlia {Q} fa una ricerca su {F}, puoi aiutarla?",
           "Ciao {Q}, ecco gli appunti su {F}."],
    "pt": ["o meu filho {Q} fez um trabalho sobre {F}, podes rever?",
           "Olá {Q}, seguem os apontamentos sobre {F}."],
}


def fill(tpl, vals):
    """Fill {X} slots; vals maps slot -> (text, label or None). Returns text and spans."""
    out, spans, i = "", [], 0
    while i < len(tpl):
        if tpl[i] == "{" and i + 1 < len(tpl) and tpl[i + 1] == "{":
            out += "{"
            i += 2
            continue
        if tpl[i] == "}" and i + 1 < len(tpl) and tpl[i + 1] == "}":
            out += "}"
            i += 2
            continue
        if tpl[i] == "{":
            j = tpl.index("}", i)
            text, label = vals[tpl[i + 1:j]]
            if label:
                spans.append({"entity_type": label, "entity_value": text,
                              "start_position": len(out), "end_position": len(out) + len(text)})
            out += text
            i = j + 1
            continue
        out += tpl[i]
        i += 1
    return {"full_text": out, "spans": spans}


def famous_form(f):
    full, short, kind, _ = f
    return short if short and R.random() < 0.35 else full


def main():
    out = []
    for loc in LOCS:
        for k in range(60 if loc == "en" else 30):
            f, g = R.sample(FAMOUS, 2)
            tpl = TOPIC[loc][k % len(TOPIC[loc])]
            out.append(fill(tpl, {"F": (famous_form(f), "NEG_FAMOUS"),
                                  "G": (famous_form(g), "NEG_FAMOUS"),
                                  "V": (VERB[loc][f[2]], None)}))
        for k in range(24 if loc == "en" else 10):
            p = R.choice(NAMESAKES)
            tpl = PERSONAL[loc][k % len(PERSONAL[loc])]
            e = p.lower().replace(" ", ".").replace("é", "e").replace("á", "a").replace("ó", "o")
            out.append(fill(tpl, {"P": (p, "PERSON"), "E1": (e + "@example.com", "EMAIL_ADDRESS"),
                                  "E2": (e + "@example.de", "EMAIL_ADDRESS"),
                                  "E3": (e + "@mail.example", "EMAIL_ADDRESS"), "S": ("support@example.com", "EMAIL_ADDRESS"),
                                  "N": ("+44 20 7946 0" + str(R.randrange(100, 999)), "PHONE_NUMBER"),
                                  "D1": ("14/03/1986", "DATE_OF_BIRTH"), "D2": ("02.11.1979", "DATE_OF_BIRTH"),
                                  "D3": ("03/07/1990", "DATE_OF_BIRTH"), "D4": ("12/12/1982", "DATE_OF_BIRTH")}))
        for k in range(12):
            f = R.choice(FAMOUS)
            q = invent(loc, False)
            tpl = MIXED[loc][k % len(MIXED[loc])]
            out.append(fill(tpl, {"Q": (q, "PERSON"), "F": (famous_form(f), "NEG_FAMOUS"),
                                  "V": (VERB[loc][f[2]], None)}))
    path = sys.argv[1] if len(sys.argv) > 1 else OUT
    with open(path, "w", encoding="utf-8") as fh:
        json.dump(out, fh, ensure_ascii=False, indent=1)
    print(f"{len(out)} records -> {path}")


if __name__ == "__main__":
    main()
