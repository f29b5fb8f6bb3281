#!/usr/bin/env python3
"""gen_names_tune6.py: a TUNE corpus for the NAMES pack (issue 15), data/names_tune6.json.

Written from a fresh brief (branch `person7`: names in PROSE), not from the recognisers nor from
the held-out files (never opened): support e-mails and replies with quoted history (the reply
header of each language: `On ..., X wrote:`, `Am ... schrieb X:`, `Le ..., X a écrit :`...),
meeting notes and minutes (`Present:`, `Action: X to follow up`, `AP (X):`), incident
post-mortems, performance reviews, reference letters, news-like paragraphs about private people,
patient and case narratives in en/de/fr/nl/es/it/pt; names as objects and after prepositions
(`forwarded to X`, `spoke with X`, `according to X`, `mit Herrn X`, `avec Mme X`, `con la señora
X`), in apposition (`our intern, X,`), a first name alone in a thread after the full name appeared
once, nicknames and diminutives, lower-case names in chat (`ask maria`), names at a sentence's
start before a verb in every language, names in quotes and parentheses, names after titles of
every language (Dr., Prof., Ing., Mag., dott., avv., Dña., Sra., Mevr., Dhr., Me), names of
global origin (South Asian, East Asian romanised, Arabic romanised, West African, Slavic,
Turkish, Greek, Nordic, Vietnamese with its diacritics).

Look-alikes in the same positions, labelled NEG_*: capitalised ordinary words at a sentence's
start (NEG_WORD), products and libraries (NEG_PRODUCT), places (NEG_PLACE), months and days
(NEG_MONTH), famous people as topics (NEG_FAMOUS), companies (NEG_COMPANY), teams (NEG_TEAM),
ships and storms (NEG_SHIP), brands and assistants (NEG_BRAND); each look-alike template is written four times
as often as a name template.

Names: half are real (typed by the author per language and origin, below); half are invented by
a method no other generator uses: a real name of the same pool has its vowels rotated
(a->e->i->o->u->a, keeping case and accents dropped) and its last consonant cluster swapped
with another real name's of the pool (`Martina` + `Keller` -> `Mertone`...); a result is kept
only when it is in no word of hush's lexicon (faker's words of global origin included).
Labels: a PERSON span is the name only (a title before it is not part of it); a nickname is a
PERSON span.

Deterministic (fixed seed), no input: python3 gen_names_tune6.py > data/names_tune6.json
"""
import random
import re
import unicodedata

from gen_common import span_at, write_json
from lexicon_words import lexicon_words

R = random.Random(6606)
LEX = {w.lower() for w in lexicon_words(with_global=True)}

REAL = {
    "en": ("Emily Oliver Hannah George Rachel Daniel Laura Matthew Sophie Thomas Grace Liam "
           "Chloe Ryan Megan Callum",
           "Whitfield Hargreaves Pemberton Ashworth Caldwell Fletcher Gallagher Thornton "
           "Brennan Marsh Doyle Kendall"),
    "de": ("Jonas Lena Felix Katharina Tobias Miriam Lukas Anja Florian Sabine Matthias Jana "
           "Stefan Ute",
           "Brandt Hoffmann Keller Lindner Vogt Krause Wendler Seidel Pohl Böttcher Ziegler "
           "Kästner"),
    "fr": ("Camille Mathieu Élodie Julien Margaux Antoine Céline Baptiste Maëlle Thibault "
           "Aurélie Grégoire",
           "Lefèvre Dubois Marchand Rousseau Girard Fontaine Chevallier Mercier Lambert "
           "Perrin Gauthier Brunet"),
    "nl": ("Daan Sanne Joris Femke Bram Ilse Thijs Lotte Ruben Marieke Wouter Anouk",
           "de Vries Jansen Bakker Visser Smit Meijer Mulder Bosman Dijkstra Hendriks Kuipers "
           "Verhoeven"),
    "es": ("Lucía Javier Carmen Alejandro Pilar Sergio Marta Álvaro Nerea Iñigo Rocío Diego",
           "Ruiz García Fernández Moreno Navarro Castillo Romero Ortega Iglesias Serrano "
           "Gil Domínguez"),
    "it": ("Giulia Marco Chiara Alessandro Francesca Lorenzo Elena Matteo Silvia Davide "
           "Federica Riccardo",
           "Rossi Bianchi Esposito Romano Colombo Ricci Marino Greco Bruno Gallo Conti "
           "Mancini"),
    "pt": ("João Beatriz Tiago Inês Rodrigo Mariana Gonçalo Leonor Rafael Catarina Duarte "
           "Joana",
           "Silva Santos Ferreira Pereira Oliveira Costa Rodrigues Martins Sousa Carvalho "
           "Gomes Lopes"),
    "south_asian": ("Priya Arjun Deepika Rohit Kavya Sanjay Anjali Vivek Lakshmi Nikhil",
                    "Venkataraman Krishnan Bhatt Desai Mukherjee Pillai Ghosh Chaudhary"),
    "east_asian": ("Jiwon Hyun Mei Haruki Aiko Wei Jun Yuna Kenji Xiu",
                   "Takahashi Watanabe Li Zhao Yoon Kwon Ito Sato"),
    "arabic": ("Ahmad Mariam Yusuf Leila Tarek Huda Samir Nadia Walid Dalia",
               "Abboud Haddad Sabbagh Zayed Khalil Darwish Barakat Suleiman"),
    "west_african": ("Adebola Kwabena Chidi Amara Yaa Obinna Nkechi Kojo Funmilayo Ifeanyi",
                     "Okafor Mensah Adewale Nwachukwu Ofori Bello Appiah Okoro"),
    "slavic": ("Dmitri Tomasz Katarzyna Milena Pavel Zofia Bogdana Vesna Jaroslav Anastasia",
               "Kowalski Novák Petrović Sokolova Wróblewski Horvath Ivanova Jankowska"),
    "turkish": ("Selin Murat Deniz Gökhan Ebru Barış Özlem Kerem Pınar Tolga",
                "Aksoy Kaya Demir Güneş Yıldız Korkmaz Özdemir Polat"),
    "greek": ("Dimitris Eleni Kostas Katerina Nikos Sofia Yannis Despina Stavros Vasiliki",
              "Papadopoulos Georgiou Konstantinou Nikolaidis Alexiou Vlachos Karagiannis "
              "Christodoulou"),
    "nordic": ("Sigrid Anders Ingrid Magnus Astrid Henrik Solveig Erik Liv Bjørn",
               "Lindqvist Johansson Halvorsen Nyström Eriksen Bergström Dahl Andersen"),
    "vietnamese": ("Hương Minh Thảo Dũng Linh Quang Ngọc Tuấn Phương Hải",
                   "Nguyễn Trần Phạm Lê Hoàng Đặng Vũ Bùi"),
}
# Nicknames and diminutives: full given name -> short form, per language.
NICK = {
    "en": [("William", "Bill"), ("Robert", "Bob"), ("Elizabeth", "Liz"), ("Margaret", "Peggy"),
           ("Katherine", "Kate"), ("Alexander", "Sandy"), ("Richard", "Rick"),
           ("Jennifer", "Jen")],
    "de": [("Johannes", "Hannes"), ("Katharina", "Kathi"), ("Wolfgang", "Wolfi"),
           ("Franziska", "Franzi"), ("Maximilian", "Maxi")],
    "fr": [("Dominique", "Dom"), ("Frédéric", "Fred"), ("Isabelle", "Isa"),
           ("Guillaume", "Guigui")],
    "nl": [("Johannes", "Hans"), ("Wilhelmina", "Mien"), ("Cornelis", "Kees")],
    "es": [("Francisco", "Paco"), ("José", "Pepe"), ("Dolores", "Lola"), ("Ignacio", "Nacho")],
    "it": [("Giuseppe", "Beppe"), ("Francesco", "Cecco"), ("Margherita", "Ghita")],
    "pt": [("Francisco", "Chico"), ("Antônio", "Tonho"), ("Isabel", "Bel")],
    "slavic": [("Dmitri", "Dima"), ("Aleksandr", "Sasha"), ("Ekaterina", "Katya")],
}
VOW = "aeiou"
ROT = {v: VOW[(i + 1) % 5] for i, v in enumerate(VOW)}
SPECIAL = str.maketrans({"ø": "o", "ß": "ss", "ł": "l", "ı": "i", "đ": "d", "æ": "ae"})


def fold(w):
    w = unicodedata.normalize("NFD", w.translate(SPECIAL))
    return "".join(c for c in w if unicodedata.category(c) != "Mn")


def invent(pool, tries=40):
    """A real name of the pool with its vowels rotated and its ending swapped with another's."""
    for _ in range(tries):
        a, b = R.choice(pool), R.choice(pool)
        if " " in a or " " in b:
            continue
        base = fold(a.lower())
        if not base.isalpha() or len(base) < 3:
            continue
        rot = "".join(ROT.get(c, c) for c in base)
        tail = re.search(r"[aeiou]+[^aeiou]*$", fold(b.lower()))
        head = re.match(r"^(.*?[aeiou]+[^aeiou]*)", rot)
        if tail and head and R.random() < 0.5:
            rot = head.group(1) + tail.group(0)
        w = rot[0].upper() + rot[1:]
        if 5 <= len(w) <= 12 and w.lower() not in LEX and not re.search(r"(.)\1\1", w):
            return w
    return None


POOLS = {}
for k, (g, s) in REAL.items():
    POOLS[k] = (g.split(), s.replace("de Vries", "de_Vries").split())
INV = {}
for k, (g, s) in POOLS.items():
    gi = [w for w in (invent(g) for _ in range(14)) if w]
    si = [w for w in (invent(s) for _ in range(14)) if w]
    INV[k] = (sorted(set(gi)), sorted(set(si)))

LOCALE_ORIGINS = ["south_asian", "east_asian", "arabic", "west_african", "slavic", "turkish",
                  "greek", "nordic", "vietnamese"]


def person(lang):
    """(given, surname) of this language (one in four of global origin), half invented."""
    origin = lang if R.random() < 0.75 else R.choice(LOCALE_ORIGINS)
    if R.random() < 0.5 and INV[origin][0] and INV[origin][1]:
        g, s = INV[origin]
    else:
        g, s = POOLS[origin]
    return R.choice(g), R.choice(s).replace("_", " ")


NEG = {
    "NEG_WORD": ["Please", "Thanks", "Overall", "Unfortunately", "Meanwhile", "However",
                 "Leider", "Danach", "Ensuite", "Merci", "Daarna", "Además", "Quindi", "Então"],
    "NEG_PRODUCT": ["Jira", "Confluence", "Kubernetes", "Grafana", "Terraform", "Zendesk",
                    "Salesforce", "PagerDuty", "Sentry", "Postgres", "Redis", "Kafka", "Jenkins",
                    "Django", "Pandas"],
    "NEG_PLACE": ["Florence", "Victoria", "Lausanne", "Rotterdam", "Zaragoza", "Bergamo",
                  "Coimbra", "Leuven", "Osnabrück", "Lyon", "Adelaide", "Charlotte"],
    "NEG_MONTH": ["August", "June", "April", "May", "Januar", "März", "juillet", "Maart",
                  "Marzo", "Giugno", "Junho", "Monday", "Friday", "Mittwoch"],
    "NEG_FAMOUS": ["Einstein", "Shakespeare", "Picasso", "Darwin", "Goethe", "Newton",
                   "Da Vinci", "Beethoven", "Freud", "Napoleon"],
    "NEG_COMPANY": ["Siemens", "Deloitte", "Accenture", "Bosch", "Michelin", "Heineken",
                    "Telefónica", "Ferrero", "Philips", "Nestlé", "Capgemini", "Unilever"],
    "NEG_TEAM": ["Platform", "Backend", "Frontend", "Support", "Finance", "Legal", "Security",
                 "Marketing", "Infra", "QA"],
    "NEG_SHIP": ["Queen Mary", "Ever Given", "Titanic", "Ciarán", "Katrina", "Isha", "Eunice",
                 "Ylenia", "Boris", "Daniel"],
    "NEG_BRAND": ["Alexa", "Siri", "Cortana", "Tesla", "Ikea", "Zara", "Lidl", "Aldi",
                  "Vodafone", "Decathlon"],
}

# Slots: {P1} full name of person 1 of the record, {G1} its given name, {S1} its surname,
# {g1} its given name in lower case, {N1}/{M1} a nickname's full form / short form of person 1
# (same surname), {E1} an e-mail address of person 1 (label EMAIL_ADDRESS), {X:NEG_KIND} a look-alike.
T = []


def add(cls, lang, *tpls):
    for t in tpls:
        T.append((cls, lang, t))


add("reply", "en",
    "Thanks, that fixed it.\n\nOn Tue, 3 Mar 2026 at 10:14, {P1} <{E1}> wrote:\n> Hi {G2},\n> "
    "could you try clearing the cache first?\n> {G1}",
    "Hi {G1},\n\nI have forwarded this to {P2} in billing; {G2} will get back to you today.\n\n"
    "Best,\n{P3}\n\n-----Original Message-----\nFrom: {P1}\nSent: Monday, March 2, 2026 4:51 PM"
    "\nSubject: Invoice 2291 charged twice",
    "Sounds good.\n\nOn Wed, Mar 4, 2026, 09:02 {P1} wrote:\n> Looping in {P2}, who owns the "
    "integration now. {G2}, can you take a look?")
add("reply", "de",
    "Danke, passt so.\n\nAm Di., 3. März 2026 um 10:14 Uhr schrieb {P1} <{E1}>:\n> Hallo "
    "{G2},\n> ich habe mit Herrn {S3} telefoniert, er schickt die Unterlagen.\n> Gruß {G1}",
    "Hallo {G1},\n\nich habe Ihre Anfrage an Frau {S2} weitergeleitet.\n\nMit freundlichen "
    "Grüßen\n{P3}\n\nAm 02.03.2026 um 16:51 schrieb {P1}:\n> Die Rechnung wurde doppelt "
    "abgebucht.")
add("reply", "fr",
    "Merci beaucoup !\n\nLe mar. 3 mars 2026 à 10:14, {P1} <{E1}> a écrit :\n> Bonjour {G2},"
    "\n> j'ai parlé avec Mme {S3} ce matin, elle valide.\n> {G1}",
    "Bonjour {G1},\n\nJe transmets à {P2}, qui suit le dossier.\n\nCordialement,\n{P3}\n\n"
    "Le 2 mars 2026 à 16:51, {P1} a écrit :\n> La facture a été prélevée deux fois.")
add("reply", "nl",
    "Top, bedankt!\n\nOp di 3 mrt 2026 om 10:14 schreef {P1} <{E1}>:\n> Hoi {G2},\n> ik heb "
    "met mevrouw {S3} gebeld, ze stuurt het contract.\n> {G1}")
add("reply", "es",
    "¡Gracias!\n\nEl mar, 3 mar 2026 a las 10:14, {P1} (<{E1}>) escribió:\n> Hola {G2},\n> "
    "hablé con la señora {S3} y está de acuerdo.\n> Un saludo, {G1}")
add("reply", "it",
    "Grazie mille.\n\nIl giorno mar 3 mar 2026 alle ore 10:14 {P1} <{E1}> ha scritto:\n> Ciao "
    "{G2},\n> ho parlato con il dott. {S3}, manda lui i documenti.\n> {G1}")
add("reply", "pt",
    "Obrigado!\n\nEm ter., 3 de mar. de 2026 às 10:14, {P1} <{E1}> escreveu:\n> Olá {G2},\n> "
    "falei com a Sra. {S3}, ela concorda.\n> Abraço, {G1}")
add("minutes", "en",
    "Minutes, weekly sync\nPresent: {P1}, {P2}, {P3}\nApologies: {P4}\n\n1. Budget\n{G1} walked "
    "through the Q3 numbers.\nAction: {G2} to follow up with finance.\nAP ({G3}): update the "
    "runbook.",
    "Notes 12 March\nAttendees: {P1} (chair), {P2}, {P3}\n- {G2} raised the vendor delay\n- "
    "agreed: {G3} drafts the reply, {G1} signs off\nNext meeting: Thursday",
    "Action items\n- [ ] {G1}: send the contract to {P2}\n- [ ] {G3} and {G2}: book the room\n- "
    "[x] {P4} confirmed the budget")
add("minutes", "de",
    "Protokoll Teamrunde\nAnwesend: {P1}, {P2}, {P3}\nEntschuldigt: {P4}\n\nTOP 1: {G1} stellt "
    "den Stand vor.\nTODO ({G2}): Angebot nachfassen.\nVerantwortlich: {P3}")
add("minutes", "fr",
    "Compte rendu\nPrésents : {P1}, {P2}, {P3}\nExcusée : {P4}\n\n{G1} présente le budget.\n"
    "Action : {G2} relance le fournisseur.")
add("minutes", "nl",
    "Notulen\nAanwezig: {P1}, {P2}, {P3}\nAfwezig: {P4}\n\n{G1} licht de planning toe.\n"
    "Actiepunt: {G2} belt de leverancier.")
add("minutes", "es",
    "Acta de la reunión\nAsistentes: {P1}, {P2}, {P3}\n\n{G1} presenta el presupuesto.\n"
    "Acción: {G2} enviará la propuesta.")
add("minutes", "it",
    "Verbale\nPresenti: {P1}, {P2}, {P3}\nAssente: {P4}\n\n{G1} illustra il piano.\n"
    "Azione: {G2} contatta il fornitore.")
add("minutes", "pt",
    "Ata da reunião\nPresentes: {P1}, {P2}, {P3}\n\n{G1} apresentou o orçamento.\n"
    "Ação: {G2} envia a proposta até sexta.")
add("postmortem", "en",
    "Incident 2026-031 post-mortem\nAt 14:02 UTC {P1} was paged by the latency alert. {G1} "
    "escalated to {P2}, who rolled back at 14:31. According to {S2}, the cache warmer had been "
    "disabled during the migration.",
    "Timeline\n14:05 {G1} acknowledges the page\n14:12 {G1} pulls in {G2} from the database "
    "team\n14:40 {G2} confirms replication lag is back to normal\nIncident commander: {P3}",
    "What went well: {G1} spotted the bad config within minutes and handed over to {P2} cleanly. "
    "Thanks also to {P3} for writing the status page updates.")
add("postmortem", "de",
    "Störungsbericht\nUm 14:02 wurde {P1} alarmiert. {G1} hat {P2} hinzugezogen, der um 14:31 "
    "zurückgerollt hat. Laut {S2} war der Cache seit der Migration deaktiviert.")
add("review", "en",
    "Annual review: {P1}\nReviewer: {P2}\n\n{G1} has consistently exceeded expectations this "
    "year. Our intern, {G3}, shadowed {G1} for three months and spoke highly of the mentoring.",
    "Peer feedback for {P1}: I worked with {G1} on the billing rewrite. {G1} listens, asks the "
    "right questions and unblocked {P2} more than once.")
add("review", "de",
    "Mitarbeitergespräch mit {P1}\nFührungskraft: {P2}\n\n{G1} hat die Erwartungen übertroffen. "
    "Unsere Werkstudentin, {G3}, wurde von {G1} eingearbeitet.")
add("reference", "en",
    "To whom it may concern,\n\nI am pleased to recommend {P1}, who worked under my supervision "
    "from 2021 to 2025. {G1} is meticulous and kind.\n\nSincerely,\nDr. {P2}",
    "Reference for {P1}\n\nI have known {G1} for six years, first as a student of Prof. {S2} and "
    "later as a colleague. I recommend {G1} without reservation.\n\n{P3}")
add("reference", "fr",
    "Lettre de recommandation\n\nJe recommande vivement {P1}, qui a travaillé sous ma direction "
    "pendant trois ans. {G1} est rigoureuse et fiable.\n\nMe {P2}, avocate")
add("reference", "de",
    "Arbeitszeugnis\n\n{P1} war vom 1. März 2021 bis 31. Januar 2025 in unserem Haus tätig. "
    "{G1} hat die Aufgaben stets zu unserer vollsten Zufriedenheit erledigt.\n\nMag. {P2}")
add("news", "en",
    "Local baker {P1}, 54, reopened the shop on Mill Lane last week. \"We never thought we'd "
    "be back,\" {S1} said. Neighbour {P2} helped with the repairs.",
    "The award went to {P1}, a nurse from the night shift. Her colleague {P2} described {G1} "
    "as \"the calm in every storm\".")
add("news", "de",
    "Die Bäckerin {P1} (54) hat ihr Geschäft wiedereröffnet. „Wir hätten nie gedacht, dass wir "
    "zurückkommen“, sagte {S1}. Nachbar {P2} half beim Umbau.")
add("news", "es",
    "El vecino {P1}, de 61 años, encontró la cartera y la devolvió. «Era lo correcto», dijo "
    "{S1}. Su hija, {G2}, avisó a la policía.")
add("news", "it",
    "Il pensionato {P1}, 72 anni, ha ritrovato il cane smarrito. «Non ci speravo più», ha "
    "raccontato {S1}. Ad aiutarlo la vicina {P2}.")
add("patient", "en",
    "Pt {P1}, 67, presented with chest pain. Seen by Dr. {S2}, who referred {G1} to cardiology. "
    "Wife {G3} present during the consultation.")
add("patient", "de",
    "Frau {S1} berichtet über Schwindel seit drei Tagen. Rücksprache mit Herrn Dr. {S2}; "
    "Hausarzt Dr. med. {P3} wird informiert.")
add("patient", "fr",
    "Mme {S1}, 74 ans, adressée par le Dr {S2}. Entretien avec Mme {S3}, sa fille, au sujet du "
    "retour à domicile.")
add("patient", "nl",
    "Mevr. {S1} (81) komt voor controle. Overleg met dhr. {S2}, de huisarts. Dochter {G3} "
    "neemt contact op.")
add("patient", "es",
    "La paciente Dña. {P1} acude por dolor lumbar. Hablé con la señora {S3}, su cuidadora, y "
    "con el Dr. {S2}.")
add("patient", "it",
    "Il paziente {P1} è stato visitato dal dott. {S2}. Sentito l'avv. {S3} per il consenso.")
add("patient", "pt",
    "A paciente {P1} foi atendida pela Dra. {S2}. Falei com o Sr. {S3}, o marido.")
add("object", "en",
    "I forwarded the logs to {G1} and spoke with {G2} about the timeline.",
    "Please send the draft to {P1} before noon; {G2} is on leave.",
    "We met with {P1} and {P2} on Friday to discuss the renewal.",
    "The ticket was reassigned from {G1} to {G2} yesterday.",
    "Could you ask {G1} whether the keys were returned?",
    "This came up when I talked to {P1} last week.",
    "I'm handing the project over to {G1}, who knows the codebase best.")
add("object", "de",
    "Ich habe das mit Herrn {S1} besprochen und an {G2} weitergeleitet.",
    "Bitte schick die Unterlagen an {P1}.",
    "Gestern habe ich mit {P1} über das Angebot gesprochen.")
add("object", "fr",
    "J'ai déjeuné avec Mme {S1} et j'ai transmis le dossier à {G2}.",
    "Peux-tu envoyer le devis à {P1} avant midi ?")
add("object", "nl",
    "Ik heb het besproken met {P1} en doorgestuurd naar {G2}.",
    "Kun je dit aan {G1} vragen?")
add("object", "es",
    "Ayer hablé con la señora {S1} y le envié el contrato a {G2}.",
    "Según {S1}, el envío sale mañana.")
add("object", "it",
    "Ho parlato con {P1} e ho inoltrato la mail a {G2}.",
    "Secondo {S1}, la consegna è prevista per lunedì.")
add("object", "pt",
    "Conversei com {P1} e encaminhei o e-mail para {G2}.",
    "Segundo {S1}, a entrega sai amanhã.")
add("apposition", "en",
    "Our intern, {G1}, rewrote the onboarding guide.",
    "My manager, {P1}, approved the request.",
    "The new hire, {P1}, starts on Monday.",
    "Her brother, {G1}, picked up the package.")
add("apposition", "de", "Unser Praktikant, {G1}, hat die Doku überarbeitet.")
add("apposition", "fr", "Notre stagiaire, {G1}, a refait la documentation.")
add("apposition", "nl", "Onze stagiair, {G1}, heeft de handleiding herschreven.")
add("apposition", "es", "Nuestra becaria, {G1}, revisó el manual.")
add("apposition", "it", "La nostra stagista, {G1}, ha rivisto il manuale.")
add("apposition", "pt", "O nosso estagiário, {G1}, reviu o manual.")
add("thread", "en",
    "{P1} joined us from the Lisbon office last spring. Since then {G1} has led the search "
    "team, and last month {G1} shipped the new ranking.",
    "I first met {P1} at a workshop. Later {G1} invited me to review a paper, and {G1} and I "
    "have co-written two since.")
add("thread", "de", "{P1} kam letztes Jahr zu uns. Seitdem leitet {G1} das Team.")
add("thread", "fr", "{P1} nous a rejoints l'an dernier. Depuis, {G1} pilote l'équipe.")
add("thread", "es", "{P1} se incorporó el año pasado. Desde entonces {G1} dirige el equipo.")
add("nickname", "en",
    "{N1} {S1} runs the warehouse; everyone calls him {M1}. {M1} said the pallets arrive "
    "Tuesday.",
    "cc {N1} {S1} (goes by {M1})")
add("nickname", "de", "{N1} {S1}, von allen {M1} genannt, übernimmt die Schicht.")
add("nickname", "es", "{N1} {S1} —{M1} para los amigos— llega mañana.")
add("nickname", "it", "{N1} {S1}, per tutti {M1}, chiude il magazzino.")
add("lower", "en",
    "ask {g1} about the keys, i think {g2} has the spare",
    "ok ping {g1} when the build is green",
    "lol {g1} said the same thing yesterday",
    "can u send it to {g1}? thx",
    "did {g1} merge it already?")
add("lower", "de", "frag mal {g1} wegen dem schlüssel")
add("lower", "es", "pregúntale a {g1} si ya lo mandó")
add("subject", "en", "{G1} said the deploy can wait until Monday.",
    "{G1} thinks we should split the service.", "{P1} called back at three.")
add("subject", "de", "{G1} sagte, dass der Termin verschoben wird.",
    "{P1} meint, wir sollten warten.")
add("subject", "fr", "{G1} a dit que la réunion est annulée.", "{P1} pense qu'il faut attendre.")
add("subject", "nl", "{G1} zei dat de vergadering niet doorgaat.",
    "{P1} denkt dat we moeten wachten.")
add("subject", "es", "{G1} dijo que la reunión se aplaza.", "{P1} cree que hay que esperar.")
add("subject", "it", "{G1} ha detto che la riunione è rinviata.",
    "{P1} pensa che dobbiamo aspettare.")
add("subject", "pt", "{G1} disse que a reunião foi adiada.", "{P1} acha que devemos esperar.")
add("quoted", "en",
    "The owner (\"{P1}\") never answered.",
    "Assigned to: '{P1}' (see also {P2})",
    "The form says \"{P1}\" but the passport says \"{P2}\".")
add("quoted", "de", "Der Vertrag nennt „{P1}“ als Mieterin.")
add("quoted", "fr", "Le contrat désigne « {P1} » comme locataire.")
add("quoted", "es", "El contrato nombra a «{P1}» como inquilina.")
add("title", "en",
    "Prof. {P1} will chair the session; Dr. {S2} gives the keynote.",
    "Meeting with Ms {S1} and Mr {S2} at 3 pm.")
add("title", "de",
    "Termin mit Ing. {S1} und Mag. {P2} am Donnerstag.",
    "Sehr geehrte Frau Prof. {S1},")
add("title", "fr", "Rendez-vous avec Me {S1} et M. {S2} mardi.")
add("title", "nl", "Afspraak met Mevr. {S1} en Dhr. {S2} op dinsdag.")
add("title", "es", "Reunión con Dña. {P1} y el Sr. {S2} el martes.")
add("title", "it", "Incontro con il dott. {S1} e l'avv. {S2} martedì.")
add("title", "pt", "Reunião com a Sra. {S1} e o Dr. {S2} na terça.")

# Look-alikes in the same positions.
add("neg", "en",
    "I forwarded the logs to {X:NEG_PRODUCT} and spoke with {X:NEG_COMPANY} about the timeline.",
    "According to {X:NEG_COMPANY}, the market grew.",
    "{X:NEG_WORD} we moved the deploy to Monday.",
    "Action: {X:NEG_TEAM} to follow up with finance.\nAP ({X:NEG_TEAM}): update the runbook.",
    "Present: {X:NEG_TEAM}, {X:NEG_TEAM}\nNext meeting: {X:NEG_MONTH}",
    "{X:NEG_FAMOUS} said that imagination matters more than knowledge.",
    "Storm {X:NEG_SHIP} closed the port; the {X:NEG_SHIP} stayed at anchor.",
    "ask {X:NEG_BRAND} to set a timer",
    "We flew to {X:NEG_PLACE} and met with {X:NEG_COMPANY}.",
    "Our vendor, {X:NEG_COMPANY}, shipped the patch.",
    "The ticket was moved from {X:NEG_PRODUCT} to {X:NEG_PRODUCT} in {X:NEG_MONTH}.",
    "On Tue, 3 Mar 2026, {X:NEG_PRODUCT} wrote:\n> Build failed",
    "I'm handing the project over to {X:NEG_TEAM}, who knows the codebase best.",
    "Like {X:NEG_FAMOUS}, she painted every morning.")
add("neg", "de",
    "Laut {X:NEG_COMPANY} steigt der Umsatz.",
    "Am Di., 3. März 2026 um 10:14 Uhr schrieb {X:NEG_PRODUCT}:\n> Build fehlgeschlagen",
    "Ich habe das mit {X:NEG_TEAM} besprochen und an {X:NEG_PRODUCT} weitergeleitet.")
add("neg", "fr", "Selon {X:NEG_COMPANY}, le marché progresse.",
    "{X:NEG_WORD}, la réunion est annulée.")
add("neg", "es", "Según {X:NEG_COMPANY}, el envío sale mañana.",
    "Hablé con {X:NEG_COMPANY} en {X:NEG_MONTH}.")
add("neg", "it", "Secondo {X:NEG_COMPANY}, la consegna è prevista per lunedì.")
add("neg", "nl", "Ik heb het besproken met {X:NEG_TEAM} en doorgestuurd naar {X:NEG_PRODUCT}.")
add("neg", "pt", "Segundo {X:NEG_COMPANY}, a entrega sai amanhã.")


def render(cls, lang, tpl):
    people, nicks = {}, {}
    text, spans = "", []

    def who(n):
        if n not in people:
            people[n] = person(lang)
        return people[n]

    i = 0
    for m in re.finditer(r"\{([PGSgNME])(\d)\}|\{X:(NEG_[A-Z]+)\}", tpl):
        text += tpl[i:m.start()]
        i = m.end()
        if m.group(3):
            kind, v = m.group(3), R.choice(NEG[m.group(3)])
        else:
            k, n = m.group(1), m.group(2)
            g, s = who(n)
            if k in "NM":
                if n not in nicks:
                    nicks[n] = R.choice(NICK.get(lang, NICK["en"]))
                v = nicks[n][0] if k == "N" else nicks[n][1]
                kind = "PERSON"
            elif k == "E":
                v = ("%s.%s@example.com" % (g, s)).lower().replace(" ", "")
                v = fold(v)
                kind = "EMAIL_ADDRESS"
            else:
                v = {"P": g + " " + s, "G": g, "S": s, "g": g.lower()}[k]
                kind = "PERSON"
        spans.append(span_at(text, kind, v))
        text += v
    text += tpl[i:]
    return text, spans


def main():
    out = []
    for rep in range(3):
        for tid, (cls, lang, tpl) in enumerate(T):
            for _ in range(4 if cls == "neg" else 1):
                text, spans = render(cls, lang, tpl)
                out.append({"full_text": text, "spans": spans, "template_id": tid,
                            "metadata": {"locale": lang, "class": cls, "corpus": "names_tune6"}})
    write_json(out)


main()
