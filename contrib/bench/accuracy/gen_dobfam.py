#!/usr/bin/env python3
"""gen_dobfam.py: a DATE_OF_BIRTH tune set for births that are not a user's personal data, and for
birth words that share a sentence with other events' dates (issue 15, branch dobfam), written from
a brief of how people write them before the recogniser was read:

- `famous_prose`: biographies, homework and trivia about public figures ("Mozart was born on 27
  January 1756", "Goethe wurde am 28. August 1749 geboren", "Le 7 novembre 1867 naît Marie
  Curie", "nació el ...", "nacque il ...", "nasceu a ..."): the famous name is NEG_FAMOUS, their
  birth and death dates NEG_DATE;
- `famous_lifespan`: encyclopaedia openings with both dates in brackets or as `* ... † ...`;
- `famous_quiz`: quiz questions and answers, flash cards ("When was Ada Lovelace born?" then the
  date on the answer line);
- `famous_lesson`: lesson plans, slides and infobox pastes under a famous name's heading with
  `Born:` / `Geboren:` / `Né le :` lines;
- `obscure`: a biography of a little-known historical person (invented name, a topic phrase or a
  lifespan before 1900) with the birth date: no lexicon knows them, the topic shape says it;
- `private_famous`: a private person's birth (DATE_OF_BIRTH, PERSON) in the same sentence or
  paragraph as a famous person's (NEG_DATE): "my grandmother, born 3 March 1931, loved Mozart";
- `namesake`: a private person who bears a famous name or surname, with a personal cue (a form
  label, a relation word, a patient or customer record): the date stays DATE_OF_BIRTH;
- `mixed_events`: prose where a birth word and other events' dates share a sentence (appointment,
  delivery, signing, letter, travel, death, anniversary, a baby due, a birthday party, "born in
  1990, joined us on 3 May 2021"): the other dates are NEG_DATE.

Private names are invented (letters recombined, so no lexicon knows them) and labelled PERSON.
A bare year is no date and is not labelled. presidio-research's JSON shape, code-point offsets.
Deterministic (fixed seed), no input: python3 gen_dobfam.py > data/dobfam.json
"""
import json
import sys
import random
import gen_common

R = random.Random(151515)
GIVEN = ["Thirza", "Orlend", "Mavelle", "Brisco", "Ondine", "Kelmar", "Sidonie", "Ravik", "Ysolde",
         "Tamsel", "Corvina", "Edrun", "Lisabet", "Fenwald", "Norelle", "Gaspardo", "Ilvane", "Quirin"]
SURNAME = ["Holtmarsh", "Vandrevel", "Quersano", "Bellacombe", "Ostermeer", "Tavernick",
           "Grisolde", "Mandelburg", "Kerrowan", "Pescantre", "Vilhardo", "Dunstreve", "Lorquetti",
           "Zanderholt", "Abrunhosa", "Moltrigal", "Feyenbrink", "Castelvarre"]
KIDS = ["Mirela", "Tobiah", "Junie", "Oskarine", "Elio", "Wiebke", "Lisandro", "Maëlle", "Pim",
        "Chiarina", "Tomé", "Anouk"]
OBSCURE = ["Ludmila Sparrenhoek", "Anselmo Varriqua", "Theodora Blenkinsop", "Gaspard Moucheron",
           "Hieronymus Krattenberg", "Beatriz Almanzura", "Cornelis Wyntermoet", "Orsola Fabbrizzi",
           "Joaquina Serpadela", "Aldous Penhallow"]
# (name, short form used alone or None, birth (y, m, d), death (y, m, d) or None): public record
FAMOUS = [
    ("Wolfgang Amadeus Mozart", "Mozart", (1756, 1, 27), (1791, 12, 5)),
    ("Frida Kahlo", None, (1907, 7, 6), (1954, 7, 13)),
    ("Marie Curie", None, (1867, 11, 7), (1934, 7, 4)),
    ("Johann Wolfgang von Goethe", "Goethe", (1749, 8, 28), (1832, 3, 22)),
    ("Ada Lovelace", None, (1815, 12, 10), (1852, 11, 27)),
    ("Albert Einstein", "Einstein", (1879, 3, 14), (1955, 4, 18)),
    ("Victor Hugo", None, (1802, 2, 26), (1885, 5, 22)),
    ("Vincent van Gogh", "Van Gogh", (1853, 3, 30), (1890, 7, 29)),
    ("Miguel de Cervantes", "Cervantes", (1547, 9, 29), (1616, 4, 22)),
    ("Fernando Pessoa", "Pessoa", (1888, 6, 13), (1935, 11, 30)),
    ("Giuseppe Verdi", "Verdi", (1813, 10, 10), (1901, 1, 27)),
    ("Simón Bolívar", "Bolívar", (1783, 7, 24), (1830, 12, 17)),
    ("Anne Frank", None, (1929, 6, 12), None),
    ("Charles Darwin", None, (1809, 2, 12), (1882, 4, 19)),
    ("Ludwig van Beethoven", "Beethoven", (1770, 12, 17), (1827, 3, 26)),
    ("Rosa Parks", None, (1913, 2, 4), (2005, 10, 24)),
    ("Isaac Newton", "Newton", (1643, 1, 4), (1727, 3, 31)),
    ("Galileo Galilei", "Galileo", (1564, 2, 15), (1642, 1, 8)),
    ("Clara Schumann", None, (1819, 9, 13), (1896, 5, 20)),
    ("Pablo Picasso", "Picasso", (1881, 10, 25), (1973, 4, 8)),
    ("Gabriel García Márquez", "García Márquez", (1927, 3, 6), (2014, 4, 17)),
    ("Maria Montessori", "Montessori", (1870, 8, 31), (1952, 5, 6)),
    ("Alan Turing", "Turing", (1912, 6, 23), (1954, 6, 7)),
    ("Simone de Beauvoir", None, (1908, 1, 9), (1986, 4, 14)),
    ("Johan Cruijff", "Cruijff", (1947, 4, 25), (2016, 3, 24)),
    ("Federico García Lorca", "Lorca", (1898, 6, 5), (1936, 8, 19)),
    ("Amália Rodrigues", None, (1920, 7, 23), (1999, 10, 6)),
    ("Sophie Scholl", None, (1921, 5, 9), (1943, 2, 22)),
    ("Jane Austen", None, (1775, 12, 16), (1817, 7, 18)),
    ("Annie M.G. Schmidt", None, (1911, 5, 20), (1995, 5, 21)),
    ("Frédéric Chopin", "Chopin", (1810, 3, 1), (1849, 10, 17)),
    ("Eça de Queirós", None, (1845, 11, 25), (1900, 8, 16)),
]
LANGS = ["en", "de", "fr", "nl", "es", "it", "pt"]
MONTHS = gen_common.MONTHS
records = []


def written(lg, y, m, d, numeric_ok=True):
    """A date as a writer of lg puts it in prose (numeric forms for forms and notes)."""
    mo = MONTHS[lg][m - 1]
    words = {"en": ["%d %s %d" % (d, mo, y), "%s %d, %d" % (mo, d, y)],
             "de": ["%d. %s %d" % (d, mo, y)],
             "fr": ["%d %s %d" % (d, mo, y)],
             "nl": ["%d %s %d" % (d, mo, y)],
             "es": ["%d de %s de %d" % (d, mo, y)],
             "it": ["%d %s %d" % (d, mo, y)],
             "pt": ["%d de %s de %d" % (d, mo, y)]}[lg]
    nums = {"en": ["%02d/%02d/%d" % (d, m, y), "%d/%d/%d" % (m, d, y), "%d-%02d-%02d" % (y, m, d)],
            "de": ["%d.%d.%d" % (d, m, y), "%02d.%02d.%d" % (d, m, y)],
            "nl": ["%02d-%02d-%d" % (d, m, y)]}.get(lg, ["%02d/%02d/%d" % (d, m, y)])
    return R.choice(words + nums) if numeric_ok and R.random() < 0.35 else R.choice(words)


class Doc:
    def __init__(self, lg, cls):
        self.lg, self.cls, self.text, self.spans = lg, cls, "", []

    def t(self, s):
        self.text += s

    def span(self, label, v):
        self.spans.append({"entity_type": label, "entity_value": v, "start_position": len(self.text),
                           "end_position": len(self.text) + len(v)})
        self.text += v

    def done(self):
        for s in self.spans:
            assert self.text[s["start_position"]:s["end_position"]] == s["entity_value"]
        records.append({"full_text": self.text, "spans": self.spans, "template_id": len(records) % 100,
                        "metadata": {"locale": self.lg, "class": self.cls}})


def fill(lg, cls, tpl, famous=None):
    """Expand a template: {F} famous full name, {S} its short form, {FB}/{FD} its birth/death,
    {O} an obscure historical name with {OB}/{OD}, {P} a private full name, {K} a child's name,
    {B} a private birth, {N} another event's date, {T} a famous name a private person bears."""
    f = famous or R.choice(FAMOUS)
    o = R.choice(OBSCURE)
    ob = (R.randint(1620, 1860), R.randint(1, 12), R.randint(1, 28))
    od = (ob[0] + R.randint(30, 80), R.randint(1, 12), R.randint(1, 28))
    fd = f[3] or (1945, 2, 28)
    doc = Doc(lg, cls)
    keys = {"{F}": ("NEG_FAMOUS", lambda: f[0]), "{S}": ("NEG_FAMOUS", lambda: f[1] or f[0]),
            "{FB}": ("NEG_DATE", lambda: written(lg, *f[2])),
            "{FD}": ("NEG_DATE", lambda: written(lg, *fd)),
            "{O}": ("NEG_FAMOUS", lambda: o),
            "{OB}": ("NEG_DATE", lambda: written(lg, *ob)), "{OD}": ("NEG_DATE", lambda: written(lg, *od)),
            "{P}": ("PERSON", lambda: R.choice(GIVEN) + " " + R.choice(SURNAME)),
            "{K}": ("PERSON", lambda: R.choice(KIDS)),
            "{T}": ("PERSON", lambda: R.choice(GIVEN) + " " + (f[1] or f[0].split()[-1])),
            "{B}": ("DATE_OF_BIRTH", lambda: written(lg, R.randint(1931, 2006), R.randint(1, 12), R.randint(1, 28))),
            "{N}": ("NEG_DATE", lambda: written(lg, R.randint(2024, 2026), R.randint(1, 12), R.randint(1, 28)))}
    while tpl:
        hits = [(tpl.find(k), k) for k in keys if tpl.find(k) >= 0]
        if not hits:
            doc.t(tpl)
            break
        at, k = min(hits, key=lambda h: (h[0], -len(h[1])))
        doc.t(tpl[:at])
        label, make = keys[k]
        doc.span(label, make())
        tpl = tpl[at + len(k):]
    doc.done()


T = {}
T["famous_prose"] = {
    "en": ["{F} was born on {FB} and died on {FD}.", "Did you know that {F} was born on {FB}? Tell me more about the childhood.",
           "Born on {FB}, {S} grew up far from the capital.", "Write a 200-word biography of {F} (born {FB}) for year 8.",
           "{S}'s date of birth is {FB}; what else happened that year?"],
    "de": ["{F} wurde am {FB} geboren und starb am {FD}.", "Am {FB} kam {F} zur Welt.",
           "Schreib einen Steckbrief über {F}, geboren am {FB}.", "Wusstest du, dass {S} am {FB} geboren ist?",
           "Das Geburtsdatum von {S} ist der {FB}, oder?"],
    "fr": ["{F} est né le {FB} et mort le {FD}.", "Le {FB} naît {F}.", "{F} voit le jour le {FB}.",
           "Rédige un exposé sur {F}, né le {FB}.", "Est-ce que {S} est bien né le {FB} ?"],
    "nl": ["{F} werd geboren op {FB} en overleed op {FD}.", "Op {FB} werd {F} geboren.",
           "Maak een spreekbeurt over {F}, geboren op {FB}.", "Klopt het dat {S} op {FB} is geboren?",
           "De geboortedatum van {S} is {FB}."],
    "es": ["{F} nació el {FB} y murió el {FD}.", "El {FB} nació {F}.", "Haz un trabajo sobre {F}, nacido el {FB}.",
           "¿Es verdad que {S} nació el {FB}?", "La fecha de nacimiento de {S} es el {FB}."],
    "it": ["{F} nacque il {FB} e morì il {FD}.", "Il {FB} nasceva {F}.", "Scrivi una ricerca su {F}, nato il {FB}.",
           "È vero che {S} è nato il {FB}?", "La data di nascita di {S} è il {FB}."],
    "pt": ["{F} nasceu a {FB} e morreu a {FD}.", "Em {FB} nascia {F}.", "Faz um trabalho sobre {F}, nascido em {FB}.",
           "É verdade que {S} nasceu no dia {FB}?", "A data de nascimento de {S} é {FB}."],
}
T["famous_lifespan"] = {
    "en": ["{F} ({FB} – {FD}) changed how we think about the subject. Summarise the key ideas.",
           "Explain the importance of {F} (b. {FB}, d. {FD}) in three bullet points."],
    "de": ["{F} (* {FB} in einer Kleinstadt; † {FD}) gilt als einer der Großen seines Fachs.",
           "{F} ({FB} – {FD}): fasse das Leben in fünf Sätzen zusammen."],
    "fr": ["{F}, né le {FB} et mort le {FD}, a marqué son époque. Résume sa vie.",
           "{F} ({FB} - {FD}) : donne-moi trois faits marquants."],
    "nl": ["{F} (geboren {FB}, overleden {FD}) was een van de bekendste figuren van zijn tijd.",
           "{F} ({FB} – {FD}): vat het leven samen in vijf zinnen."],
    "es": ["{F} ({FB} - {FD}) fue una figura clave. Resume su vida en cinco frases.",
           "{F} (n. {FB}, m. {FD}): explica su legado."],
    "it": ["{F} ({FB} – {FD}) è una figura centrale. Riassumi la sua vita.",
           "{F} (n. {FB} – m. {FD}): spiega la sua eredità in tre punti."],
    "pt": ["{F} ({FB} – {FD}) foi uma figura central. Resume a vida em cinco frases.",
           "{F} (n. {FB}, m. {FD}): explica o seu legado."],
}
T["famous_quiz"] = {
    "en": ["Quiz question 7: When was {F} born?\nAnswer: {FB}", "Flashcard\nFront: {F} – date of birth?\nBack: {FB}",
           "Q: Who was born on {FB}?\nA: {F}"],
    "de": ["Quizfrage 3: Wann wurde {F} geboren?\nAntwort: am {FB}", "Karteikarte\nVorderseite: Geburtsdatum von {S}?\nRückseite: {FB}"],
    "fr": ["Question 5 : Quand est né {F} ?\nRéponse : le {FB}", "Quiz : qui est né le {FB} ?\nRéponse : {F}"],
    "nl": ["Quizvraag 2: Wanneer werd {F} geboren?\nAntwoord: op {FB}", "Vraag: wie werd geboren op {FB}?\nAntwoord: {F}"],
    "es": ["Pregunta 4: ¿Cuándo nació {F}?\nRespuesta: el {FB}", "Trivia: ¿quién nació el {FB}?\nRespuesta: {F}"],
    "it": ["Domanda 6: Quando è nato {F}?\nRisposta: il {FB}", "Quiz: chi è nato il {FB}?\nRisposta: {F}"],
    "pt": ["Pergunta 2: Quando nasceu {F}?\nResposta: a {FB}", "Quiz: quem nasceu a {FB}?\nResposta: {F}"],
}
T["famous_lesson"] = {
    "en": ["Lesson plan, week 4: {F}\n- Born: {FB}\n- Died: {FD}\n- Activity: timeline in pairs",
           "Slide 2 – {F}\nBorn {FB}\nDied {FD}\nKnown for: see slide 3"],
    "de": ["Unterrichtsentwurf: {F}\nGeboren: {FB}\nGestorben: {FD}\nAufgabe: Zeitstrahl zeichnen",
           "Folie 2 – {F}\n* {FB}\n† {FD}"],
    "fr": ["Fiche de révision : {F}\nNé le : {FB}\nMort le : {FD}\nÀ retenir : trois œuvres",
           "Séquence 3 – {F}\nNaissance : {FB}\nDécès : {FD}"],
    "nl": ["Lesplan week 4: {F}\nGeboren: {FB}\nOverleden: {FD}\nOpdracht: maak een tijdlijn",
           "Dia 2 – {F}\nGeboortedatum: {FB}\nSterfdatum: {FD}"],
    "es": ["Plan de clase: {F}\nNacimiento: {FB}\nFallecimiento: {FD}\nActividad: línea de tiempo",
           "Diapositiva 2 – {F}\nNació: {FB}\nMurió: {FD}"],
    "it": ["Piano della lezione: {F}\nNascita: {FB}\nMorte: {FD}\nAttività: linea del tempo",
           "Scheda – {F}\nNato il: {FB}\nMorto il: {FD}"],
    "pt": ["Plano de aula: {F}\nNascimento: {FB}\nMorte: {FD}\nAtividade: linha do tempo",
           "Diapositivo 2 – {F}\nNasceu: {FB}\nMorreu: {FD}"],
}
T["obscure"] = {
    "en": ["Write a short biography of {O}, who was born on {OB} and died on {OD}.", "{O} ({OB} – {OD}) was a botanist. Summarise the letters."],
    "de": ["Schreib eine Biografie von {O}, geboren am {OB}, gestorben am {OD}.", "{O} (* {OB}; † {OD}) war Kupferstecher."],
    "fr": ["Rédige une biographie de {O}, né le {OB} et mort le {OD}.", "{O} ({OB} – {OD}) était cartographe."],
    "nl": ["Schrijf een biografie van {O}, geboren op {OB}.", "{O} ({OB} – {OD}) was een schilder uit Delft."],
    "es": ["Escribe una biografía de {O}, nacido el {OB}.", "{O} ({OB} – {OD}) fue un cartógrafo."],
    "it": ["Scrivi una biografia di {O}, nato il {OB}.", "{O} ({OB} – {OD}) fu un incisore."],
    "pt": ["Escreve uma biografia de {O}, nascido em {OB}.", "{O} ({OB} – {OD}) foi um cartógrafo."],
}
T["private_famous"] = {
    "en": ["My grandmother {P}, born {B}, loved {S} (born {FB}) all her life.",
           "For the school project: {F} was born on {FB}. My son {K} was born on {B}, so we share the month!",
           "Write a birthday card for my mum, born on {B}; she adores {S}, whose birthday is {FB}."],
    "de": ["Meine Oma {P}, geboren am {B}, hat {S} geliebt (geboren am {FB}).",
           "{F} wurde am {FB} geboren, unser Sohn {K} am {B}."],
    "fr": ["Ma grand-mère {P}, née le {B}, adorait {S}, né le {FB}.",
           "{F} est né le {FB} ; ma fille {K} est née le {B}, le même mois !"],
    "nl": ["Mijn oma {P}, geboren op {B}, was dol op {S} (geboren op {FB}).",
           "{F} werd geboren op {FB}, ons dochtertje {K} op {B}."],
    "es": ["Mi abuela {P}, nacida el {B}, adoraba a {S}, nacido el {FB}.",
           "{F} nació el {FB}; mi hijo {K} nació el {B}."],
    "it": ["Mia nonna {P}, nata il {B}, amava {S}, nato il {FB}.",
           "{F} è nato il {FB}; mio figlio {K} è nato il {B}."],
    "pt": ["A minha avó {P}, nascida a {B}, adorava {S}, nascido a {FB}.",
           "{F} nasceu a {FB}; o meu filho {K} nasceu a {B}."],
}
T["namesake"] = {
    "en": ["Patient: {T}, DOB {B}\nReferred for follow-up.", "Customer: {T}\nDate of birth: {B}\nPlease verify the account.",
           "My colleague {T} (born {B}) starts on Monday."],
    "de": ["Patient: {T}, geb. {B}\nÜberweisung zur Kontrolle.", "Kunde: {T}\nGeburtsdatum: {B}"],
    "fr": ["Patient : {T}, né le {B}\nAdressé pour suivi.", "Mon collègue {T}, né le {B}, commence lundi."],
    "nl": ["Patiënt: {T}, geboren {B}\nVerwezen voor controle.", "Klant: {T}\nGeboortedatum: {B}"],
    "es": ["Paciente: {T}, fecha de nacimiento {B}", "Mi compañero {T}, nacido el {B}, empieza el lunes."],
    "it": ["Paziente: {T}, nato il {B}", "Cliente: {T}\nData di nascita: {B}"],
    "pt": ["Paciente: {T}, data de nascimento {B}", "O meu colega {T}, nascido a {B}, começa na segunda."],
}
T["mixed_events"] = {
    "en": ["{P} was born on {B}; the surgery is scheduled for {N}.", "{P} (born in 1988) joined us on {N}.",
           "The baby is due on {N}, and big sister {K} was born on {B}.", "Letter dated {N}\nRe: {P}, date of birth {B}",
           "We're throwing {K} a birthday party on {N}!", "My father, born {B}, passed away on {N}.",
           "Born in Leeds, {P} moved to Bristol on {N}.", "The birth certificate was issued on {N}."],
    "de": ["{P}, geboren am {B}, hat am {N} einen Termin in der Ambulanz.", "{P} (Jahrgang 1979) ist am {N} zu uns gekommen.",
           "Das Baby kommt voraussichtlich am {N}; {K} ist am {B} geboren.", "Mein Vater, geboren am {B}, ist am {N} verstorben.",
           "Die Geburtstagsfeier von {K} ist am {N}.", "Die Geburtsurkunde wurde am {N} ausgestellt."],
    "fr": ["{P}, né le {B}, a rendez-vous le {N}.", "{P} (né en 1985) nous a rejoints le {N}.",
           "Le bébé est prévu pour le {N} ; {K} est née le {B}.", "Mon père, né le {B}, est décédé le {N}.",
           "La fête d'anniversaire de {K} aura lieu le {N}.", "Né à Lyon, {P} a déménagé à Lille le {N}."],
    "nl": ["{P}, geboren op {B}, heeft op {N} een afspraak.", "{P} (geboren in 1990) is op {N} bij ons begonnen.",
           "De baby wordt op {N} verwacht; {K} is geboren op {B}.", "Mijn vader, geboren op {B}, is op {N} overleden.",
           "Het verjaardagsfeest van {K} is op {N}.", "De geboorteakte is op {N} afgegeven."],
    "es": ["{P}, nacido el {B}, tiene cita el {N}.", "{P} (nacida en 1983) se incorporó el {N}.",
           "El bebé nacerá previsiblemente el {N}; {K} nació el {B}.", "Mi padre, nacido el {B}, falleció el {N}.",
           "La fiesta de cumpleaños de {K} es el {N}.", "Nacido en Sevilla, {P} se mudó a Vigo el {N}."],
    "it": ["{P}, nato il {B}, ha un appuntamento il {N}.", "{P} (classe 1987) è entrato in azienda il {N}.",
           "Il parto è previsto per il {N}; {K} è nata il {B}.", "Mio padre, nato il {B}, è morto il {N}.",
           "La festa di compleanno di {K} è il {N}.", "Il certificato di nascita è stato rilasciato il {N}."],
    "pt": ["{P}, nascido a {B}, tem consulta a {N}.", "{P} (nascida em 1992) entrou na empresa a {N}.",
           "O bebé deve nascer a {N}; a {K} nasceu a {B}.", "O meu pai, nascido a {B}, faleceu a {N}.",
           "A festa de aniversário da {K} é a {N}.", "A certidão de nascimento foi emitida a {N}."],
}
for cls, by_lang in T.items():
    for lg in LANGS:
        tpls = by_lang[lg]
        reps = 2 if cls in ("famous_prose", "famous_lifespan", "famous_quiz", "famous_lesson") else 2
        for i in range(reps * len(tpls)):
            fill(lg, cls, tpls[i % len(tpls)], FAMOUS[R.randrange(len(FAMOUS))])

json.dump(records, sys.stdout, ensure_ascii=False, indent=1)
