#!/usr/bin/env python3
"""gen_names_holdout26.py: the twenty-sixth blind set: whole agent conversations in which the
same people come back in other forms.

Written blind in stop 58 (branch holdout26): its author read no detector code, test, note,
NAMES.md or SHAPES.md, no corpus but one record of chars57.json (for the JSON format), no
generator but gen_common.py and gen_bodies.py, and ran no hush binary. Each record is one
request body of the size an agent sends (4-40 KiB: the whole conversation every turn) in one of
the four APIs' shapes (chat completions, Responses, Anthropic Messages, Gemini), a third
\\u-escaped. Three families (metadata.family): `threads` (multi-turn work conversations where
2-6 people recur: first in full, later by given name, by surname with a title, in possessives,
in lower case, as initials, in quoted earlier messages, once in a tool result and then by the
given name alone), `tools` (tool calls and results: CRM, helpdesk, shop, HR, calendar and
directory objects, SQL grids, CSV previews, grep output over fixtures, LDIF, vCard, iCalendar,
shell transcripts, arguments as JSON inside a string) and `memory` (scratchpads, running
summaries, project notes, TODO lists, drafted minutes, hand-offs between agents).

Gold: PERSON on every mention in every form (a handle that spells a name too, without its @),
STREET_ADDRESS, DATE_OF_BIRTH (only beside a birth key, label or verb), EMAIL_ADDRESS,
PHONE_NUMBER, a few IBAN_CODE and CREDIT_CARD; look-alikes as NEG_ spans, at least as many as
PERSON spans in every record. metadata.shapes names the mention forms and document kinds used.
The one thing a reader must know: a record is written as turns of pieces (`P`, spans at
code-point offsets) and placed into its body by gen_bodies.place(), which moves every span to
the escaped bytes that hold it. Deterministic: one seeded stream; writes the corpus to stdout.
"""
import json
import random

from gen_bodies import J, MARK, P, RAWMARK, dumps, place
from gen_common import END12, MONTH_WORDS, SYL12, fold, invent_syllables, walk_template, write_json

# ---- the people, places and words (written blind, from the author's own knowledge) --------------
LANGS = ["en", "de", "fr", "nl", "es", "it", "pt", "pl", "sv", "da", "fi", "cs"]

# (female given names, male given names, surnames) per locale
REAL = {
    "en": ("Harriet Imogen Bethany Rosalind Georgina Felicity Maeve Tamsin",
           "Rupert Callum Declan Alistair Barnaby Eamon Gareth Torin",
           "Pemberton Whitlock Ashdown Featherstone Radcliffe Hollis Brennan Cartwright"),
    "de": ("Henrike Mechthild Ilse Wiebke Friederike Gesine Sieglinde Roswitha",
           "Gottfried Detlef Volkmar Eckhard Wendelin Hartmut Ruprecht Anselm",
           "Brüggemann Oberländer Kaltenbach Wohlfahrt Stienen Hasselbrink Ziegenhals Rautenberg"),
    "fr": ("Solène Maëlys Ghislaine Bérénice Margaux Apolline Clémence Heloïse",
           "Gaspard Thibault Aurélien Eudes Baptiste Lucien Honoré Florimond",
           "Delacroix-Vidal Marchetti Lefébure Rouquette Chassagne Bouvier Larroque Quéméner"),
    "nl": ("Femke Marijke Geertruida Lieke Annelies Wietske Hester Jozefien",
           "Gerrit Maarten Sjoerd Wouter Joost Hidde Reinout Teun",
           "Hoogeveen Bakhuizen Vermeulen Brinkhorst Oosterhuis Wijnhoven Dekkers Schellekens"),
    "es": ("Itziar Remedios Candela Inmaculada Ainhoa Montserrat Almudena Rocío",
           "Íñigo Baltasar Eusebio Ginés Anselmo Telmo Bartolomé Leandro",
           "Arrieta Villaseñor Castañeda Urquijo Benavides Olmedo Echeverría Salvatierra"),
    "it": ("Ludovica Ornella Benedetta Graziella Michela Donatella Ilaria Cosima",
           "Tancredi Ottavio Gualtiero Ruggero Ermanno Piergiorgio Corrado Saverio",
           "Bonaccorsi Santangelo Pellegrini Zanardelli Castiglioni Tedeschi Fumagalli Lombardo"),
    "pt": ("Conceição Graça Leonor Benedita Iracema Joaquina Filipa Teodora",
           "Gonçalo Duarte Vasco Anacleto Tomé Rodrigo Severino Afonso",
           "Magalhães Sampaio Figueiredo Quintela Brandão Valadares Esteves Cordeiro"),
    "pl": ("Jadwiga Bożena Grażyna Wiesława Halina Małgorzata Agnieszka Dorota",
           "Zbigniew Przemysław Mieczysław Bogdan Grzegorz Sławomir Wojciech Tadeusz",
           "Wróblewski Szczepańska Jabłoński Kwiatkowska Grabowski Zielińska Przybylski Kaczmarek"),
    "sv": ("Ingegerd Solveig Margareta Linnéa Ebba Sigrid Ylva Gunilla",
           "Torbjörn Gunnar Henning Sixten Ulf Arvid Bengt Folke",
           "Lindqvist Sjöberg Håkansson Wallin Ekström Bergkvist Nordlund Lundgren"),
    "da": ("Birthe Mette Vibeke Lone Rikke Sidsel Kirsten Dorthe",
           "Bjarne Flemming Torben Jesper Kjeld Palle Niels Søren",
           "Kjærgaard Damgaard Rasmussen Bech Østergaard Mikkelsen Thygesen Vestergaard"),
    "fi": ("Aino Tuulikki Sirkka Pirjo Marjatta Hilkka Eeva Kaisu",
           "Eero Pentti Tapio Seppo Jorma Arvo Veikko Lauri",
           "Hämäläinen Kettunen Lehtonen Salminen Ahonen Räsänen Väisänen Koskinen"),
    "cs": ("Věra Jarmila Ludmila Zdeňka Blanka Radka Božena Dagmar",
           "Bohumil Vratislav Zdeněk Miroslav Jaroslav Radek Lubomír Vojtěch",
           "Dvořáková Procházka Kratochvíl Nováková Zeman Šimková Veselý Holubová"),
}
REAL = {k: tuple(s.split() for s in v) for k, v in REAL.items()}

# People of global origin: (given, surname, female)
GLOBAL = [("Chukwuemeka", "Okafor", False), ("Oluwaseun", "Adeyemi", False),
          ("Aiko", "Tanaka", True), ("Minh Chau", "Nguyen", True), ("Yusuf", "Demirtaş", False),
          ("Fatima", "Al-Sayed", True), ("Kwame", "Mensah", False), ("Ji-woo", "Park", True),
          ("Arjun", "Venkataraman", False), ("Thandiwe", "Dlamini", True),
          ("Nasrin", "Haidari", True), ("Wilmer", "Quispe", False), ("Leilani", "Kahananui", True),
          ("Dmitri", "Volkonsky", False), ("Hiroshi", "Watanabe", False), ("Amara", "Nwosu", True),
          ("Rahul", "Chatterjee", False), ("Mei-Ling", "Huang", True), ("Kofi", "Asante", False),
          ("Zainab", "Bello", True), ("Farid", "Karimi", False), ("Svetlana", "Petrovna", True),
          ("Mehmet", "Yıldırım", False), ("Priyanka", "Raghunathan", True),
          ("Tenzin", "Dorjee", False), ("Adaeze", "Eze", True), ("Kaveh", "Tehrani", False),
          ("Siosaia", "Taufa", False), ("Nomvula", "Khumalo", True), ("Bao", "Tran", False)]

# syllables and surname endings for Danish and Finnish (gen_common's SYL12 has the other ten)
SYL_DA = ["sø", "bjer", "hol", "lund", "ke", "vig", "dal", "trø"]
END_DA = ["sen", "gaard", "strup"]
SYL_FI = ["ka", "lah", "vi", "tuo", "mä", "ri", "sen", "jo"]
END_FI = ["nen", "la", "mäki"]

# courtesy titles: (female, male, academic); written before the name
TITLES = {"en": ("Ms", "Mr", "Dr"), "de": ("Frau", "Herr", "Dr."), "fr": ("Mme", "M.", "Dr"),
          "nl": ("mevrouw", "dhr.", "dr."), "es": ("Sra.", "Sr.", "Dra."),
          "it": ("sig.ra", "sig.", "dott."), "pt": ("Sra.", "Sr.", "Dra."),
          "pl": ("pani", "pan", "dr"), "sv": ("fru", "herr", "dr"), "da": ("fru", "hr.", "dr."),
          "fi": ("rouva", "herra", "tri"), "cs": ("paní", "pan", "Ing.")}

# street names; towns as (town, postcode pattern); '9' a digit, 'A' a capital letter
STREETS = {
    "en": ["Elm Grove", "Cranbrook Road", "Ashby Crescent", "Mill Lane", "Hawthorn Terrace",
           "Victoria Walk", "Kingsley Avenue", "Orchard Close"],
    "de": ["Lindenstraße", "Am Mühlbach", "Kastanienallee", "Gartenweg", "Bergstraße",
           "Schillerplatz", "Hohe Straße", "Im Winkel"],
    "fr": ["rue des Lilas", "avenue Jean-Jaurès", "chemin des Vignes", "boulevard Carnot",
           "rue du Moulin", "impasse des Tilleuls", "allée des Cerisiers", "quai Saint-Pierre"],
    "nl": ["Keizersgracht", "Lindenlaan", "Dorpsstraat", "Kerkweg", "Molenstraat",
           "Berkenhof", "Oude Gracht", "Zonnebloemstraat"],
    "es": ["Calle de Toledo", "Avenida de América", "Calle Mayor", "Paseo de la Castellana",
           "Calle del Olivo", "Ronda de Segovia", "Calle Alcalá", "Travesía del Pez"],
    "it": ["Via Garibaldi", "Corso Vittorio Emanuele", "Via dei Mille", "Viale Monza",
           "Via della Spiga", "Piazza Cavour", "Via Roma", "Vicolo del Pozzo"],
    "pt": ["Rua das Flores", "Avenida da Liberdade", "Travessa do Carmo", "Rua Augusta",
           "Largo do Rato", "Rua de Santa Catarina", "Alameda dos Oceanos", "Rua do Salitre"],
    "pl": ["ul. Długa", "ul. Kwiatowa", "al. Jerozolimskie", "ul. Piotrkowska", "ul. Lipowa",
           "ul. Słoneczna", "os. Tysiąclecia", "ul. Mickiewicza"],
    "sv": ["Storgatan", "Drottninggatan", "Björkvägen", "Kyrkogatan", "Sveavägen",
           "Hantverkargatan", "Ringvägen", "Lilla Torget"],
    "da": ["Nørregade", "Vesterbrogade", "Strandvejen", "Østergade", "Blegdamsvej",
           "Kongensgade", "Ahornvej", "Skovbrynet"],
    "fi": ["Mannerheimintie", "Hämeenkatu", "Koivukuja", "Rantatie", "Aleksanterinkatu",
           "Puistokatu", "Kauppakatu", "Pihlajatie"],
    "cs": ["Vinohradská", "Na Příkopě", "Lidická", "Husova", "Údolní", "Kubelíkova",
           "Masarykova", "Palackého"],
}
TOWNS = {
    "en": [("Leeds", "LS6 9AA"), ("Bristol", "BS7 9AA"), ("Norwich", "NR2 9AA"),
           ("Evanston, IL", "60201"), ("Portland, OR", "97214"), ("Durham", "DH1 9AA")],
    "de": [("Berlin", "10115"), ("Leipzig", "04109"), ("Freiburg im Breisgau", "79098"),
           ("Bremen", "28195"), ("Regensburg", "93047")],
    "fr": [("Lyon", "69003"), ("Nantes", "44000"), ("Montpellier", "34000"), ("Lille", "59000"),
           ("Rennes", "35000")],
    "nl": [("Amsterdam", "1015 AA"), ("Utrecht", "3511 AA"), ("Groningen", "9711 AA"),
           ("Zwolle", "8011 AA"), ("Delft", "2611 AA")],
    "es": [("Madrid", "28005"), ("Zaragoza", "50001"), ("Valencia", "46002"),
           ("Bilbao", "48001"), ("Córdoba", "14001")],
    "it": [("Milano", "20121"), ("Bologna", "40126"), ("Torino", "10123"), ("Napoli", "80134"),
           ("Verona", "37121")],
    "pt": [("Porto", "4050-262"), ("Lisboa", "1250-096"), ("Braga", "4700-320"),
           ("Coimbra", "3000-142"), ("Faro", "8000-138")],
    "pl": [("Gdańsk", "80-827"), ("Kraków", "31-042"), ("Łódź", "90-136"), ("Poznań", "61-758"),
           ("Wrocław", "50-077")],
    "sv": [("Stockholm", "114 51"), ("Göteborg", "411 19"), ("Uppsala", "753 20"),
           ("Malmö", "211 22"), ("Umeå", "903 26")],
    "da": [("København K", "1165"), ("Aarhus C", "8000"), ("Odense C", "5000"),
           ("Aalborg", "9000"), ("Roskilde", "4000")],
    "fi": [("Helsinki", "00100"), ("Tampere", "33100"), ("Turku", "20100"), ("Oulu", "90100"),
           ("Jyväskylä", "40100")],
    "cs": [("Praha 2", "120 00"), ("Brno", "602 00"), ("Olomouc", "779 00"),
           ("Plzeň", "301 00"), ("Liberec", "460 01")],
}

WEEKDAYS = {
    "en": "Monday Tuesday Wednesday Thursday Friday",
    "de": "Montag Dienstag Mittwoch Donnerstag Freitag",
    "fr": "lundi mardi mercredi jeudi vendredi", "nl": "maandag dinsdag woensdag donderdag vrijdag",
    "es": "lunes martes miércoles jueves viernes", "it": "lunedì martedì mercoledì giovedì venerdì",
    "pt": "segunda-feira terça-feira quarta-feira quinta-feira sexta-feira",
    "pl": "poniedziałek wtorek środa czwartek piątek",
    "sv": "måndag tisdag onsdag torsdag fredag", "da": "mandag tirsdag onsdag torsdag fredag",
    "fi": "maanantaina tiistaina keskiviikkona torstaina perjantaina",
    "cs": "pondělí úterý středa čtvrtek pátek",
}
WEEKDAYS = {k: v.split() for k, v in WEEKDAYS.items()}

# look-alikes: words that a reader could take for a person's name and that are not one
NEG = {
    "NEG_PRODUCT": ["Ada", "Jenkins", "Hugo", "Claude", "Gemini", "Jasper", "Julia", "Sphinx",
                    "Celery", "Cassandra", "Grafana", "Alfresco", "Marvin", "Jarvis", "Heroku",
                    "Kibana", "Ansible", "Sentry", "Gitea", "Mattermost", "Pandas", "Odoo"],
    "NEG_ORG": ["Dell", "Philips", "Siemens", "Ferrero", "Bosch", "Michelin", "Peugeot",
                "Heineken", "Carlsberg", "Porsche", "Boeing", "Barilla", "Lidl", "Husqvarna"],
    "NEG_EPONYM": ["Dijkstra", "Levenshtein", "Gaussian", "Bayesian", "Fourier", "Kalman",
                   "Markov", "Hamming", "Bézier", "Cholesky", "Jaccard", "Poisson", "Huffman",
                   "Kruskal", "Gantt", "Pareto", "Bloom"],
    "NEG_PLACE": ["Florence", "Victoria", "Adelaide", "Georgia", "Lincoln", "Eindhoven",
                  "Santiago", "Charlotte", "Austin", "Regina", "Bergen", "Odense", "Brno",
                  "Tampere", "Lourdes", "Salvador"],
    "NEG_BOT": ["dependabot", "renovate-bot", "github-actions", "svc-backup", "jenkins-ci",
                "noreply-bot", "ci-runner-07", "sonar-bot", "svc_hrsync", "mailer-daemon",
                "crm-sync", "zap-robot"],
}

# The words around the people, per language. {a.FORM} is a cast member in a mention form (see
# gen_names_holdout26.py's FORMS), {n.KIND} a look-alike, {NEG_WORD:Will} a word that is a name
# elsewhere; "wrote" heads a quoted message.
PHRASES = {
    "en": {
        "ghost": ['And {g.given}? The mail above says to wait for the {n.product} report first.'],
        "wrote": "wrote:",
        "open": ["I need to follow up with {a.tfull} about the {n.product} migration. {b.full} is cc'd on everything. Can you go through the thread and draft a reply?",
                 "Can you help me prepare the handover for {a.tfull}? {b.full} from the {n.place} office takes over on {n.wd}.",
                 "Please sort out the supplier onboarding: their contact is {a.tfull}, and {b.full} signs off on our side."],
        "plan": ["Sure. I'll start with {a.poss} last messages, then check what {b.given} already agreed.",
                 "Understood. First I'll look up {a.tsur} in the CRM, then the calendar for {b.given}."],
        "lower": ["also loop in {c.low}, the {n.eponym} part was done by that team last quarter",
                  "ok. and ask {a.low} if {n.id} is still open",
                  "{b.lowfull} said the same on slack fwiw"],
        "sum": ["Here's where it stands: {a.tsur} wants the {n.product} licence renewed before {n.month}; {b.given} agreed but asked for the quote first. {c.given} has not replied yet.",
                "Summary so far: {a.given} confirmed the dates, {b.sur} is waiting on legal, and {n.bot} opened {n.id} automatically."],
        "quote": ["Hi all, I talked to {c.full} yesterday. We can move the review to {n.wd} if {b.given} is back from {n.place}.",
                  "Quick note: {c.tsur} cannot make {n.date}. {b.poss} slides are in the {n.product} space."],
        "qask": ["what does {a.given} mean by that? is {c.sur} the one who joined the call?",
                 "so {a.given} wants {n.wd}? check with {c.given} first pls"],
        "contact": ["{a.poss} new details, for the record: {a.street}, mobile {a.phone}, mail {a.email}.",
                    "Send the contract to {a.tfull}, {a.street}. If the courier needs it, the number is {a.phone}."],
        "dob": ["For the insurance sign-up they want the date of birth: {a.full}, born {a.dob}.",
                "HR form for {a.given}: date of birth {a.dob}, home address {a.street}."],
        "init": ["{a.init} approved the budget line on {n.wd}; {b.init} still has to countersign."],
        "handle": ["Posted it in #ops and pinged @{a.handle} and @{b.handle}. {n.bot} will post the {n.ver} notes there too."],
        "negs": ["{NEG_WORD:Will} the {n.product} job finish before {n.wd}? The last build ({n.id}) took 40 minutes on {n.ver}.",
                 "{NEG_WORD:Mark} {n.id} as blocked until the {n.eponym} step is fixed; it only fails in {n.place}.",
                 "{NEG_WORD:May} I suggest we move the demo to {n.room}? {n.org} is visiting on {n.date}.",
                 "{NEG_WORD:Bill} the {n.place} project separately from {n.id}; the {n.eponym} estimate goes in the appendix.",
                 "{NEG_WORD:Grant} {n.bot} read access only; it does not need to push to the {n.product} repo.",
                 "{NEG_WORD:Frank} feedback from the {n.place} pilot: the {n.product} export times out after {n.ver}."],
        "memo": ["So far: spoke to {a.sur} about the {n.product} renewal; {b.given} owes us the signed quote; waiting for {c.tfull} to confirm {n.date}.",
                 "Running summary: {a.full} is the customer contact. {b.given} handles billing. {c.init} reviews anything legal."],
        "todo": ["- [ ] send {a.given} the revised SOW\n- [ ] call {b.tsur} about {n.id}\n- [x] book {n.room} for {n.wd}"],
        "handoff": ["Handing over: the customer is {a.tfull} ({a.email}). {b.given} from finance approves. Do not contact {c.given} before {n.date}."],
    },
    "de": {
        "ghost": ['Und {g.given}? Laut der Mail oben sollen wir erst den {n.product}-Bericht abwarten.'],
        "wrote": "schrieb:",
        "open": ["Ich muss bei {a.tfull} wegen der {n.product}-Umstellung nachhaken. {b.full} ist überall in CC. Kannst du den Verlauf durchgehen und eine Antwort entwerfen?",
                 "Bitte bereite die Übergabe an {a.tfull} vor; {b.full} aus dem Büro in {n.place} übernimmt am {n.wd}."],
        "plan": ["Gern. Ich lese zuerst die letzten Nachrichten von {a.given} und prüfe dann, was {b.given} schon zugesagt hat.",
                 "Verstanden. Ich suche {a.tsur} im CRM und schaue danach in den Kalender von {b.given}."],
        "lower": ["nimm bitte auch {c.low} mit rein, der {n.eponym}-teil kam aus dem team", "frag {a.low} ob {n.id} noch offen ist",
                  "{b.lowfull} hat das im chat auch gesagt"],
        "sum": ["Stand: {a.tsur} will die {n.product}-Lizenz vor {n.month} verlängern; {b.given} ist einverstanden, will aber erst das Angebot sehen. {c.given} hat noch nicht geantwortet."],
        "quote": ["Hallo zusammen, ich habe gestern mit {c.full} gesprochen. Wir können das Review auf {n.wd} schieben, wenn {b.given} aus {n.place} zurück ist."],
        "qask": ["was meint {a.given} damit? ist {c.sur} die person aus dem call?"],
        "contact": ["Neue Daten von {a.given}: {a.street}, Handy {a.phone}, Mail {a.email}."],
        "dob": ["Für die Anmeldung braucht die Versicherung: {a.full}, geboren am {a.dob}, wohnhaft {a.street}."],
        "init": ["{a.init} hat den Posten am {n.wd} freigegeben; {b.init} muss noch gegenzeichnen."],
        "handle": ["Hab's in #betrieb gepostet und @{a.handle} und @{b.handle} angepingt. {n.bot} postet dort die Notizen zu {n.ver}."],
        "negs": ["Läuft der {n.product}-Job vor {n.wd} durch? Der letzte Build ({n.id}) hat auf {n.ver} 40 Minuten gebraucht.",
                 "Die Demo bitte in {n.room}; {n.org} kommt am {n.date}. Die {n.eponym}-Schätzung steht im Anhang.",
                 "{NEG_WORD:Frank} und frei: der {n.product}-Export ist seit {n.ver} zu langsam, siehe {n.id}."],
        "memo": ["Bisher: mit {a.sur} über die {n.product}-Verlängerung gesprochen; {b.given} schuldet uns das unterschriebene Angebot; warte auf {c.tfull} wegen {n.date}."],
        "todo": ["- [ ] {a.given} das überarbeitete Angebot schicken\n- [ ] {b.tsur} wegen {n.id} anrufen\n- [x] {n.room} für {n.wd} buchen"],
        "handoff": ["Übergabe: Kundin bzw. Kunde ist {a.tfull} ({a.email}). {b.given} aus der Buchhaltung gibt frei. {c.given} bitte nicht vor dem {n.date} kontaktieren."],
    },
    "fr": {
        "ghost": ["Et {g.given} ? D'après le mail ci-dessus, il faut attendre le rapport {n.product}."],
        "wrote": "a écrit :",
        "open": ["Je dois relancer {a.tfull} au sujet de la migration {n.product}. {b.full} est en copie partout. Tu peux reprendre le fil et rédiger une réponse ?",
                 "Aide-moi à préparer la passation pour {a.tfull} ; {b.full} du bureau de {n.place} reprend {n.wd}."],
        "plan": ["D'accord. Je commence par les derniers messages de {a.given}, puis je vérifie ce que {b.given} a déjà validé."],
        "lower": ["mets aussi {c.low} dans la boucle, la partie {n.eponym} vient de son équipe", "demande à {a.low} si {n.id} est toujours ouvert"],
        "sum": ["Où on en est : {a.tsur} veut renouveler la licence {n.product} avant {n.month} ; {b.given} est d'accord mais attend le devis. {c.given} n'a pas répondu."],
        "quote": ["Bonjour à tous, j'ai parlé hier avec {c.full}. On peut décaler la revue à {n.wd} si {b.given} est rentré de {n.place}."],
        "qask": ["qu'est-ce que {a.given} veut dire ? {c.sur}, c'est la personne de l'appel ?"],
        "contact": ["Nouvelles coordonnées de {a.given} : {a.street}, portable {a.phone}, courriel {a.email}."],
        "dob": ["Pour l'adhésion, l'assureur demande : {a.full}, date de naissance : {a.dob}, domicile {a.street}."],
        "init": ["{a.init} a validé la ligne budgétaire {n.wd} ; {b.init} doit encore contresigner."],
        "handle": ["Posté dans #ops, avec @{a.handle} et @{b.handle}. {n.bot} y mettra les notes de la {n.ver}."],
        "negs": ["Le job {n.product} finira-t-il avant {n.wd} ? Le dernier build ({n.id}) a pris 40 minutes en {n.ver}.",
                 "La démo se fera en {n.room} ; {n.org} vient le {n.date}. L'estimation {n.eponym} est en annexe."],
        "memo": ["Jusqu'ici : parlé à {a.sur} du renouvellement {n.product} ; {b.given} nous doit le devis signé ; j'attends {c.tfull} pour le {n.date}."],
        "todo": ["- [ ] envoyer le devis révisé à {a.given}\n- [ ] appeler {b.tsur} pour {n.id}\n- [x] réserver {n.room} pour {n.wd}"],
        "handoff": ["Passation : le client est {a.tfull} ({a.email}). {b.given} (finance) valide. Ne pas contacter {c.given} avant le {n.date}."],
    },
    "nl": {
        "ghost": ['En {g.given}? Volgens de mail hierboven eerst het {n.product}-rapport afwachten.'],
        "wrote": "schreef:",
        "open": ["Ik moet {a.tfull} nog nabellen over de migratie naar {n.product}. {b.full} staat overal in cc. Kun je de draad doorlezen en een antwoord opstellen?",
                 "Kun je de overdracht aan {a.tfull} voorbereiden? {b.full} van het kantoor in {n.place} neemt {n.wd} over."],
        "plan": ["Prima. Eerst de laatste berichten van {a.given}, daarna kijk ik wat {b.given} al heeft toegezegd."],
        "lower": ["zet {c.low} ook in de cc, het {n.eponym}-deel kwam van dat team", "vraag {a.low} of {n.id} nog openstaat"],
        "sum": ["Stand van zaken: {a.tsur} wil de {n.product}-licentie vóór {n.month} verlengen; {b.given} is akkoord maar wil eerst de offerte. {c.given} heeft nog niet gereageerd."],
        "quote": ["Hoi allemaal, ik heb gisteren {c.full} gesproken. De review kan naar {n.wd} als {b.given} terug is uit {n.place}."],
        "qask": ["wat bedoelt {a.given} hiermee? is {c.sur} degene van het gesprek?"],
        "contact": ["Nieuwe gegevens van {a.poss} kant: {a.street}, mobiel {a.phone}, mail {a.email}."],
        "dob": ["Voor de verzekering: {a.full}, geboortedatum: {a.dob}, woonadres {a.street}."],
        "init": ["{a.init} heeft de post op {n.wd} goedgekeurd; {b.init} moet nog tekenen."],
        "handle": ["Gepost in #ops en @{a.handle} en @{b.handle} gepingd. {n.bot} zet de notities van {n.ver} erbij."],
        "negs": ["Is de {n.product}-job vóór {n.wd} klaar? De laatste build ({n.id}) duurde 40 minuten op {n.ver}.",
                 "De demo graag in {n.room}; {n.org} komt op {n.date}. De {n.eponym}-schatting zit in de bijlage.",
                 "{NEG_WORD:Wil} je {n.id} op geblokkeerd zetten tot de {n.eponym}-stap in {n.product} werkt?"],
        "memo": ["Tot nu toe: {a.sur} gesproken over de verlenging van {n.product}; {b.given} moet de getekende offerte nog sturen; wacht op {c.tfull} voor {n.date}."],
        "todo": ["- [ ] {a.given} de herziene offerte sturen\n- [ ] {b.tsur} bellen over {n.id}\n- [x] {n.room} boeken voor {n.wd}"],
        "handoff": ["Overdracht: de klant is {a.tfull} ({a.email}). {b.given} van financiën keurt goed. {c.given} niet benaderen vóór {n.date}."],
    },
    "es": {
        "ghost": ['¿Y {g.given}? Según el correo de arriba, hay que esperar al informe de {n.product}.'],
        "wrote": "escribió:",
        "open": ["Tengo que hacer seguimiento con {a.tfull} sobre la migración a {n.product}. {b.full} está en copia en todo. ¿Puedes revisar el hilo y redactar una respuesta?",
                 "Ayúdame a preparar el traspaso a {a.tfull}; {b.full}, de la oficina de {n.place}, se incorpora el {n.wd}."],
        "plan": ["Claro. Empiezo por los últimos mensajes de {a.given} y luego miro qué aceptó ya {b.given}."],
        "lower": ["mete también a {c.low}, la parte de {n.eponym} la hizo su equipo", "pregúntale a {a.low} si {n.id} sigue abierto"],
        "sum": ["Situación: {a.tsur} quiere renovar la licencia de {n.product} antes de {n.month}; {b.given} está de acuerdo pero pide el presupuesto. {c.given} no ha contestado."],
        "quote": ["Hola a todos, ayer hablé con {c.full}. Podemos pasar la revisión al {n.wd} si {b.given} ha vuelto de {n.place}."],
        "qask": ["¿qué quiere decir {a.given}? ¿{c.sur} es quien estuvo en la llamada?"],
        "contact": ["Datos nuevos de {a.given}: {a.street}, móvil {a.phone}, correo {a.email}."],
        "dob": ["Para el alta en el seguro: {a.full}, fecha de nacimiento: {a.dob}, domicilio {a.street}."],
        "init": ["{a.init} aprobó la partida el {n.wd}; falta la firma de {b.init}."],
        "handle": ["Lo publiqué en #ops y avisé a @{a.handle} y @{b.handle}. {n.bot} subirá ahí las notas de {n.ver}."],
        "negs": ["¿Terminará el job de {n.product} antes del {n.wd}? El último build ({n.id}) tardó 40 minutos en {n.ver}.",
                 "La demo, en {n.room}; {n.org} viene el {n.date}. La estimación {n.eponym} va en el anexo."],
        "memo": ["Hasta ahora: hablé con {a.sur} de la renovación de {n.product}; {b.given} nos debe el presupuesto firmado; espero a {c.tfull} para el {n.date}."],
        "todo": ["- [ ] enviar a {a.given} el presupuesto revisado\n- [ ] llamar a {b.tsur} por {n.id}\n- [x] reservar {n.room} para el {n.wd}"],
        "handoff": ["Traspaso: el cliente es {a.tfull} ({a.email}). {b.given}, de finanzas, aprueba. No contactar a {c.given} antes del {n.date}."],
    },
    "it": {
        "ghost": ['E {g.given}? Secondo la mail sopra bisogna aspettare il report {n.product}.'],
        "wrote": "ha scritto:",
        "open": ["Devo ricontattare {a.tfull} per la migrazione a {n.product}. {b.full} è in copia su tutto. Puoi leggere il thread e preparare una risposta?",
                 "Aiutami a preparare il passaggio di consegne a {a.tfull}; {b.full} dell'ufficio di {n.place} subentra {n.wd}."],
        "plan": ["Certo. Parto dagli ultimi messaggi di {a.given}, poi controllo cosa ha già approvato {b.given}."],
        "lower": ["metti in copia anche {c.low}, la parte {n.eponym} l'ha fatta il suo team", "chiedi a {a.low} se {n.id} è ancora aperto"],
        "sum": ["A che punto siamo: {a.tsur} vuole rinnovare la licenza {n.product} prima di {n.month}; {b.given} è d'accordo ma vuole il preventivo. {c.given} non ha risposto."],
        "quote": ["Ciao a tutti, ieri ho sentito {c.full}. Possiamo spostare la revisione a {n.wd} se {b.given} è rientrato da {n.place}."],
        "qask": ["cosa intende {a.given}? {c.sur} è chi era in chiamata?"],
        "contact": ["Nuovi recapiti di {a.given}: {a.street}, cellulare {a.phone}, e-mail {a.email}."],
        "dob": ["Per l'adesione all'assicurazione: {a.full}, data di nascita: {a.dob}, residenza {a.street}."],
        "init": ["{a.init} ha approvato la voce di budget {n.wd}; manca la controfirma di {b.init}."],
        "handle": ["Pubblicato in #ops e avvisati @{a.handle} e @{b.handle}. {n.bot} pubblicherà lì le note della {n.ver}."],
        "negs": ["Il job {n.product} finisce prima di {n.wd}? L'ultima build ({n.id}) ha impiegato 40 minuti su {n.ver}.",
                 "La demo in {n.room}; {n.org} viene il {n.date}. La stima {n.eponym} è in allegato."],
        "memo": ["Finora: sentito {a.sur} per il rinnovo {n.product}; {b.given} ci deve il preventivo firmato; aspetto {c.tfull} per il {n.date}."],
        "todo": ["- [ ] mandare a {a.given} il preventivo rivisto\n- [ ] chiamare {b.tsur} per {n.id}\n- [x] prenotare {n.room} per {n.wd}"],
        "handoff": ["Passaggio di consegne: il cliente è {a.tfull} ({a.email}). Approva {b.given} dell'amministrazione. Non contattare {c.given} prima del {n.date}."],
    },
    "pt": {
        "ghost": ['E {g.given}? Pelo email acima, é preciso esperar pelo relatório {n.product}.'],
        "wrote": "escreveu:",
        "open": ["Preciso de dar seguimento com {a.tfull} sobre a migração para {n.product}. {b.full} está em cópia em tudo. Podes rever a conversa e redigir uma resposta?",
                 "Ajuda-me a preparar a passagem para {a.tfull}; {b.full}, do escritório de {n.place}, assume na {n.wd}."],
        "plan": ["Claro. Começo pelas últimas mensagens de {a.given} e depois vejo o que {b.given} já aprovou."],
        "lower": ["põe também {c.low} em cópia, a parte de {n.eponym} veio dessa equipa", "pergunta a {a.low} se {n.id} ainda está aberto"],
        "sum": ["Ponto de situação: {a.tsur} quer renovar a licença {n.product} antes de {n.month}; {b.given} concorda mas quer o orçamento. {c.given} ainda não respondeu."],
        "quote": ["Olá a todos, falei ontem com {c.full}. Podemos passar a revisão para {n.wd} se {b.given} já tiver voltado de {n.place}."],
        "qask": ["o que quer {a.given} dizer com isto? {c.sur} é quem estava na chamada?"],
        "contact": ["Novos contactos de {a.given}: {a.street}, telemóvel {a.phone}, email {a.email}."],
        "dob": ["Para a adesão ao seguro: {a.full}, data de nascimento: {a.dob}, morada {a.street}."],
        "init": ["{a.init} aprovou a rubrica na {n.wd}; falta a assinatura de {b.init}."],
        "handle": ["Publiquei em #ops e chamei @{a.handle} e @{b.handle}. {n.bot} vai pôr lá as notas da {n.ver}."],
        "negs": ["O job {n.product} acaba antes de {n.wd}? O último build ({n.id}) demorou 40 minutos na {n.ver}.",
                 "A demo fica na {n.room}; a {n.org} vem a {n.date}. A estimativa {n.eponym} está em anexo."],
        "memo": ["Até agora: falei com {a.sur} sobre a renovação {n.product}; {b.given} deve-nos o orçamento assinado; aguardo {c.tfull} para {n.date}."],
        "todo": ["- [ ] enviar a {a.given} o orçamento revisto\n- [ ] ligar a {b.tsur} sobre {n.id}\n- [x] reservar {n.room} para {n.wd}"],
        "handoff": ["Passagem: o cliente é {a.tfull} ({a.email}). Quem aprova é {b.given}, das finanças. Não contactar {c.given} antes de {n.date}."],
    },
    "pl": {
        "ghost": ['A {g.given}? Według maila wyżej trzeba poczekać na raport {n.product}.'],
        "wrote": "napisał(a):",
        "open": ["Muszę wrócić do tematu migracji {n.product} z osobą: {a.tfull}. {b.full} jest wszędzie w kopii. Przejrzysz wątek i przygotujesz odpowiedź?",
                 "Pomóż mi przygotować przekazanie spraw: przejmuje {a.tfull}, a {b.full} z biura w {n.place} dołącza w {n.wd}."],
        "plan": ["Jasne. Zacznę od ostatnich wiadomości, które wysłał(a) {a.given}, potem sprawdzę, co zatwierdził(a) {b.given}."],
        "lower": ["dodaj też {c.low} do wątku, część {n.eponym} robił jej/jego zespół", "zapytaj {a.low} czy {n.id} jest nadal otwarte"],
        "sum": ["Stan: {a.tsur} chce przedłużyć licencję {n.product} przed {n.month}; {b.given} się zgadza, ale czeka na wycenę. {c.given} jeszcze nie odpisał(a)."],
        "quote": ["Cześć, wczoraj rozmawiałem z osobą {c.full}. Przegląd możemy przesunąć na {n.wd}, jeśli {b.given} wróci z {n.place}."],
        "qask": ["co {a.given} ma na myśli? czy {c.sur} to ta osoba z rozmowy?"],
        "contact": ["Nowe dane, które podał(a) {a.given}: {a.street}, tel. {a.phone}, e-mail {a.email}."],
        "dob": ["Do ubezpieczenia: {a.full}, data urodzenia: {a.dob}, adres {a.street}."],
        "init": ["{a.init} zatwierdził(a) pozycję w {n.wd}; {b.init} musi jeszcze podpisać."],
        "handle": ["Wrzuciłem to na #ops i oznaczyłem @{a.handle} i @{b.handle}. {n.bot} doda tam notatki do {n.ver}."],
        "negs": ["Czy job {n.product} skończy się przed {n.wd}? Ostatni build ({n.id}) trwał 40 minut na {n.ver}.",
                 "Demo w {n.room}; {n.org} przyjeżdża {n.date}. Szacunek {n.eponym} jest w załączniku."],
        "memo": ["Dotąd: rozmowa z {a.sur} o przedłużeniu {n.product}; {b.given} ma przysłać podpisaną wycenę; czekam na {c.tfull} w sprawie {n.date}."],
        "todo": ["- [ ] wysłać {a.given} poprawioną wycenę\n- [ ] zadzwonić: {b.tsur}, sprawa {n.id}\n- [x] zarezerwować {n.room} na {n.wd}"],
        "handoff": ["Przekazanie: klient to {a.tfull} ({a.email}). Zatwierdza {b.given} z finansów. Nie kontaktować się z {c.given} przed {n.date}."],
    },
    "sv": {
        "ghost": ['Och {g.given}? Enligt mejlet ovan ska vi vänta på {n.product}-rapporten.'],
        "wrote": "skrev:",
        "open": ["Jag behöver följa upp med {a.tfull} om flytten till {n.product}. {b.full} har kopia på allt. Kan du gå igenom tråden och skriva ett svar?",
                 "Hjälp mig förbereda överlämningen till {a.tfull}; {b.full} från kontoret i {n.place} tar över på {n.wd}."],
        "plan": ["Visst. Jag börjar med de senaste meddelandena från {a.given} och kollar sedan vad {b.given} redan har godkänt."],
        "lower": ["ta med {c.low} också, {n.eponym}-delen kom från det teamet", "fråga {a.low} om {n.id} fortfarande är öppen"],
        "sum": ["Läget: {a.tsur} vill förnya {n.product}-licensen före {n.month}; {b.given} håller med men vill se offerten först. {c.given} har inte svarat."],
        "quote": ["Hej alla, jag pratade med {c.full} i går. Vi kan flytta granskningen till {n.wd} om {b.given} är tillbaka från {n.place}."],
        "qask": ["vad menar {a.given} med det? är {c.sur} den som var med i samtalet?"],
        "contact": ["Nya uppgifter från {a.given}: {a.street}, mobil {a.phone}, mejl {a.email}."],
        "dob": ["Till försäkringen: {a.full}, född {a.dob}, bor på {a.street}."],
        "init": ["{a.init} godkände posten på {n.wd}; {b.init} ska kontrasignera."],
        "handle": ["La ut det i #ops och pingade @{a.handle} och @{b.handle}. {n.bot} lägger in anteckningarna för {n.ver} där."],
        "negs": ["Blir {n.product}-jobbet klart före {n.wd}? Senaste bygget ({n.id}) tog 40 minuter på {n.ver}.",
                 "Demon hålls i {n.room}; {n.org} kommer den {n.date}. {n.eponym}-uppskattningen ligger i bilagan."],
        "memo": ["Hittills: pratat med {a.sur} om förnyelsen av {n.product}; {b.given} ska skicka den signerade offerten; väntar på {c.tfull} inför {n.date}."],
        "todo": ["- [ ] skicka den reviderade offerten till {a.given}\n- [ ] ringa {b.tsur} om {n.id}\n- [x] boka {n.room} på {n.wd}"],
        "handoff": ["Överlämning: kunden är {a.tfull} ({a.email}). {b.given} på ekonomi godkänner. Kontakta inte {c.given} före {n.date}."],
    },
    "da": {
        "ghost": ['Og {g.given}? Ifølge mailen ovenfor skal vi vente på {n.product}-rapporten.'],
        "wrote": "skrev:",
        "open": ["Jeg skal følge op med {a.tfull} om skiftet til {n.product}. {b.full} er cc på det hele. Kan du gå tråden igennem og skrive et svar?",
                 "Hjælp mig med overdragelsen til {a.tfull}; {b.full} fra kontoret i {n.place} overtager {n.wd}."],
        "plan": ["Selvfølgelig. Jeg starter med de seneste beskeder fra {a.given} og tjekker så, hvad {b.given} allerede har godkendt."],
        "lower": ["tag også {c.low} med, {n.eponym}-delen kom fra det team", "spørg {a.low} om {n.id} stadig er åben"],
        "sum": ["Status: {a.tsur} vil forny {n.product}-licensen inden {n.month}; {b.given} er enig men vil se tilbuddet først. {c.given} har ikke svaret."],
        "quote": ["Hej alle, jeg talte med {c.full} i går. Vi kan rykke gennemgangen til {n.wd}, hvis {b.given} er tilbage fra {n.place}."],
        "qask": ["hvad mener {a.given} med det? er {c.sur} den, der var med på opkaldet?"],
        "contact": ["Nye oplysninger fra {a.given}: {a.street}, mobil {a.phone}, mail {a.email}."],
        "dob": ["Til forsikringen: {a.full}, født {a.dob}, bopæl {a.street}."],
        "init": ["{a.init} godkendte posten {n.wd}; {b.init} skal kontrasignere."],
        "handle": ["Lagt i #ops og pinget @{a.handle} og @{b.handle}. {n.bot} lægger noterne til {n.ver} der."],
        "negs": ["Bliver {n.product}-jobbet færdigt før {n.wd}? Seneste build ({n.id}) tog 40 minutter på {n.ver}.",
                 "Demoen holdes i {n.room}; {n.org} kommer den {n.date}. {n.eponym}-estimatet ligger i bilaget."],
        "memo": ["Indtil videre: talt med {a.sur} om fornyelsen af {n.product}; {b.given} skylder os det underskrevne tilbud; venter på {c.tfull} inden {n.date}."],
        "todo": ["- [ ] send det reviderede tilbud til {a.given}\n- [ ] ring til {b.tsur} om {n.id}\n- [x] book {n.room} {n.wd}"],
        "handoff": ["Overdragelse: kunden er {a.tfull} ({a.email}). {b.given} fra økonomi godkender. Kontakt ikke {c.given} før {n.date}."],
    },
    "fi": {
        "ghost": ['Entä {g.given}? Yllä olevan viestin mukaan odotetaan ensin {n.product}-raporttia.'],
        "wrote": "kirjoitti:",
        "open": ["Minun pitää palata {n.product}-siirtoon, yhteyshenkilö {a.tfull}. {b.full} on kopiona kaikessa. Voitko käydä ketjun läpi ja luonnostella vastauksen?",
                 "Auta valmistelemaan luovutus: vastaanottaja {a.tfull}, ja {b.full} {n.place}-toimistosta jatkaa {n.wd}."],
        "plan": ["Selvä. Luen ensin viimeisimmät viestit, jotka {a.given} lähetti, ja tarkistan sitten, mitä {b.given} on jo hyväksynyt."],
        "lower": ["ota myös {c.low} mukaan, {n.eponym}-osuus tuli siltä tiimiltä", "kysy {a.low}: onko {n.id} vielä auki"],
        "sum": ["Tilanne: {a.tsur} haluaa uusia {n.product}-lisenssin ennen kuuta {n.month}; {b.given} on samaa mieltä mutta haluaa tarjouksen ensin. {c.given} ei ole vastannut."],
        "quote": ["Hei kaikki, puhuin eilen: {c.full}. Katselmointi voidaan siirtää, jos {b.given} on palannut ({n.place}), {n.wd}."],
        "qask": ["mitä {a.given} tarkoittaa? onko {c.sur} se, joka oli puhelussa?"],
        "contact": ["Uudet tiedot, {a.given}: {a.street}, puh. {a.phone}, sähköposti {a.email}."],
        "dob": ["Vakuutusta varten: {a.full}, syntymäaika: {a.dob}, osoite {a.street}."],
        "init": ["{a.init} hyväksyi rivin {n.wd}; {b.init} allekirjoittaa vielä."],
        "handle": ["Laitoin #ops-kanavalle ja merkitsin @{a.handle} ja @{b.handle}. {n.bot} lisää sinne version {n.ver} muistiinpanot."],
        "negs": ["Valmistuuko {n.product}-ajo ennen kuin on {n.wd}? Edellinen build ({n.id}) kesti 40 minuuttia versiolla {n.ver}.",
                 "Demo pidetään tilassa {n.room}; {n.org} tulee {n.date}. {n.eponym}-arvio on liitteenä."],
        "memo": ["Tähän mennessä: puhuttu {n.product}-uusinnasta, {a.sur}; {b.given} lähettää allekirjoitetun tarjouksen; odotan vastausta, {c.tfull}, {n.date}."],
        "todo": ["- [ ] lähetä korjattu tarjous: {a.given}\n- [ ] soita: {b.tsur}, {n.id}\n- [x] varaa {n.room}, {n.wd}"],
        "handoff": ["Luovutus: asiakas on {a.tfull} ({a.email}). Hyväksyjä {b.given}, talous. Älä ota yhteyttä ({c.given}) ennen {n.date}."],
    },
    "cs": {
        "ghost": ['A {g.given}? Podle mailu výše máme počkat na report {n.product}.'],
        "wrote": "napsal(a):",
        "open": ["Potřebuji se ozvat ohledně migrace na {n.product}; kontakt: {a.tfull}. {b.full} je všude v kopii. Projdeš vlákno a navrhneš odpověď?",
                 "Pomoz mi připravit předání: přebírá {a.tfull} a {b.full} z kanceláře v {n.place} nastupuje v {n.wd}."],
        "plan": ["Jasně. Začnu posledními zprávami, které poslal(a) {a.given}, pak ověřím, co už schválil(a) {b.given}."],
        "lower": ["přidej do kopie i {c.low}, část {n.eponym} dělal jejich tým", "zeptej se {a.low} jestli je {n.id} pořád otevřené"],
        "sum": ["Stav: {a.tsur} chce prodloužit licenci {n.product} do {n.month}; {b.given} souhlasí, ale chce nejdřív nabídku. {c.given} zatím neodpověděl(a)."],
        "quote": ["Ahoj všem, včera jsem mluvil s kolegou: {c.full}. Revizi můžeme posunout na {n.wd}, pokud se {b.given} vrátí z {n.place}."],
        "qask": ["co tím {a.given} myslí? je {c.sur} ten člověk z hovoru?"],
        "contact": ["Nové údaje, {a.given}: {a.street}, mobil {a.phone}, e-mail {a.email}."],
        "dob": ["Pro pojišťovnu: {a.full}, datum narození: {a.dob}, bydliště {a.street}."],
        "init": ["{a.init} schválil(a) položku v {n.wd}; {b.init} ještě podepíše."],
        "handle": ["Dal jsem to do #ops a označil @{a.handle} a @{b.handle}. {n.bot} tam přidá poznámky k {n.ver}."],
        "negs": ["Doběhne job {n.product} před {n.wd}? Poslední build ({n.id}) trval 40 minut na {n.ver}.",
                 "Demo bude v {n.room}; {n.org} přijede {n.date}. Odhad {n.eponym} je v příloze."],
        "memo": ["Zatím: mluvil jsem s {a.sur} o prodloužení {n.product}; {b.given} pošle podepsanou nabídku; čekám na {c.tfull} kvůli {n.date}."],
        "todo": ["- [ ] poslat upravenou nabídku: {a.given}\n- [ ] zavolat: {b.tsur}, {n.id}\n- [x] rezervovat {n.room} na {n.wd}"],
        "handoff": ["Předání: zákazník je {a.tfull} ({a.email}). Schvaluje {b.given} z financí. Nekontaktovat {c.given} před {n.date}."],
    },
}


# second wordings of the commonest kinds, per language
PHRASES_MORE = {
 "de": {"lower": "kurze frage an {a.lowfull}: passt {n.wd}?",
        "sum": "Zusammengefasst: {a.given} hat die Termine bestätigt, {b.tsur} wartet auf die Rechtsabteilung, und {n.bot} hat {n.id} automatisch angelegt.",
        "contact": "Der Vertrag geht an {a.tfull}, {a.street}. Falls der Kurier anruft: {a.phone}.",
        "dob": "Personalbogen {a.sfirst}: Geburtsdatum {a.dob}, Anschrift {a.street}."},
 "fr": {"lower": "petite question pour {a.lowfull} : {n.wd}, ça va ?",
        "sum": "En bref : {a.given} a confirmé les dates, {b.tsur} attend le service juridique, et {n.bot} a ouvert {n.id} tout seul.",
        "contact": "Le contrat part chez {a.tfull}, {a.street}. Si le coursier appelle : {a.phone}.",
        "dob": "Fiche RH de {a.sfirst} : né(e) le {a.dob}, adresse {a.street}."},
 "nl": {"lower": "vraagje voor {a.lowfull}: kan {n.wd}?",
        "sum": "Samengevat: {a.given} heeft de data bevestigd, {b.tsur} wacht op juridische zaken en {n.bot} heeft {n.id} automatisch aangemaakt.",
        "contact": "Het contract gaat naar {a.tfull}, {a.street}. Als de koerier belt: {a.phone}.",
        "dob": "Personeelsformulier {a.sfirst}: geboren op {a.dob}, adres {a.street}."},
 "es": {"lower": "una duda para {a.lowfull}: ¿le va bien el {n.wd}?",
        "sum": "Resumen: {a.given} confirmó las fechas, {b.tsur} espera a jurídico y {n.bot} abrió {n.id} automáticamente.",
        "contact": "El contrato va a {a.tfull}, {a.street}. Si llama el mensajero: {a.phone}.",
        "dob": "Ficha de personal de {a.sfirst}: fecha de nacimiento {a.dob}, dirección {a.street}."},
 "it": {"lower": "domanda veloce per {a.lowfull}: va bene {n.wd}?",
        "sum": "In breve: {a.given} ha confermato le date, {b.tsur} aspetta l'ufficio legale e {n.bot} ha aperto {n.id} da solo.",
        "contact": "Il contratto va a {a.tfull}, {a.street}. Se chiama il corriere: {a.phone}.",
        "dob": "Scheda del personale {a.sfirst}: nato/a il {a.dob}, indirizzo {a.street}."},
 "pt": {"lower": "pergunta rápida para {a.lowfull}: dá jeito {n.wd}?",
        "sum": "Resumo: {a.given} confirmou as datas, {b.tsur} aguarda o jurídico e {n.bot} abriu {n.id} automaticamente.",
        "contact": "O contrato vai para {a.tfull}, {a.street}. Se o estafeta ligar: {a.phone}.",
        "dob": "Ficha de pessoal de {a.sfirst}: data de nascimento {a.dob}, morada {a.street}."},
 "pl": {"lower": "szybkie pytanie do {a.lowfull}: pasuje {n.wd}?",
        "sum": "Podsumowanie: {a.given} potwierdził(a) terminy, {b.tsur} czeka na dział prawny, a {n.bot} sam otworzył {n.id}.",
        "contact": "Umowa idzie do: {a.tfull}, {a.street}. Gdyby kurier dzwonił: {a.phone}.",
        "dob": "Karta pracownika {a.sfirst}: data urodzenia {a.dob}, adres {a.street}."},
 "sv": {"lower": "snabb fråga till {a.lowfull}: funkar {n.wd}?",
        "sum": "Kort sagt: {a.given} har bekräftat datumen, {b.tsur} väntar på juristerna och {n.bot} skapade {n.id} automatiskt.",
        "contact": "Avtalet skickas till {a.tfull}, {a.street}. Om budet ringer: {a.phone}.",
        "dob": "Personalkort {a.sfirst}: födelsedatum {a.dob}, adress {a.street}."},
 "da": {"lower": "hurtigt spørgsmål til {a.lowfull}: passer {n.wd}?",
        "sum": "Kort fortalt: {a.given} har bekræftet datoerne, {b.tsur} venter på juristerne, og {n.bot} oprettede {n.id} automatisk.",
        "contact": "Kontrakten sendes til {a.tfull}, {a.street}. Hvis buddet ringer: {a.phone}.",
        "dob": "Personalekort {a.sfirst}: fødselsdato {a.dob}, adresse {a.street}."},
 "fi": {"lower": "nopea kysymys, {a.lowfull}: käykö {n.wd}?",
        "sum": "Lyhyesti: {a.given} vahvisti päivät, {b.tsur} odottaa lakiosastoa, ja {n.bot} avasi tiketin {n.id} itse.",
        "contact": "Sopimus lähtee: {a.tfull}, {a.street}. Jos lähetti soittaa: {a.phone}.",
        "dob": "Henkilöstökortti {a.sfirst}: syntymäaika {a.dob}, osoite {a.street}."},
 "cs": {"lower": "rychlá otázka pro {a.lowfull}: hodí se {n.wd}?",
        "sum": "Stručně: {a.given} potvrdil(a) termíny, {b.tsur} čeká na právní oddělení a {n.bot} sám založil {n.id}.",
        "contact": "Smlouva jde na adresu: {a.tfull}, {a.street}. Kdyby volal kurýr: {a.phone}.",
        "dob": "Osobní karta {a.sfirst}: datum narození {a.dob}, adresa {a.street}."},
}
for _lg, _more in PHRASES_MORE.items():
    for _kind, _text in _more.items():
        PHRASES[_lg][_kind].append(_text)

rng = random.Random(202658)
FILLER = 0.3  # the share of turns that hold no person
APIS = ["chat", "responses", "anthropic", "gemini"]
FAMILIES = ["threads", "tools", "memory"]
SYL = dict(SYL12, da=SYL_DA, fi=SYL_FI)
END = dict(END12, da=END_DA, fi=END_FI)
DOMAINS = {"en": "co.uk", "de": "de", "fr": "fr", "nl": "nl", "es": "es", "it": "it", "pt": "pt",
           "pl": "pl", "sv": "se", "da": "dk", "fi": "fi", "cs": "cz"}
# firms the people work for: invented, so that none is a look-alike of a person
FIRMS = ["Brightwater Solar", "Kestrel Architects", "Lumen Translations", "Northgate Cycles",
         "Quayside Films", "Harbour Ceramics", "Tallgrass Brewing", "Orbital Dental Lab",
         "Saltmarsh Theatre", "Copperleaf Games", "Ridgeway Acoustics", "Pinecrest Research"]
# the agents' work in each record: away from the domains of earlier sets
WORK = ["solar installation", "architecture competition", "translation agency", "cargo-bike fleet",
        "film shoot schedule", "ceramics studio", "brewery distribution", "dental lab orders",
        "theatre tour", "indie game release", "acoustic survey", "research grant"]

ROOMS = {"en": ["Room 4.12", "Meeting Room 3B", "Building 7, Floor 3", "Lot 14", "Dock 7",
                "Hall 3, Stand 112", "Desk 14-B"],
         "de": ["Raum 2.014", "Besprechungsraum 3", "Halle 4, Stand 112", "Gebäude 7, Etage 3"],
         "fr": ["salle 302", "bâtiment C, étage 4", "salle B-12"],
         "nl": ["zaal 2.11", "vergaderruimte 4", "hal 3, stand 112"],
         "es": ["sala 14", "sala de reuniones 2", "nave 7, muelle 3"],
         "it": ["sala 3.07", "aula 12", "padiglione 4, stand 112"],
         "pt": ["sala 3.07", "sala de reuniões 2", "pavilhão 4, stand 112"],
         "pl": ["sali 204", "sali konferencyjnej 3"],
         "sv": ["rum 4.12", "konferensrum 3", "hall B, monter 112"],
         "da": ["lokale 2.19", "mødelokale 3"], "fi": ["neuvotteluhuone 5", "B-siipi 3.12"],
         "cs": ["zasedačce 3.12", "místnosti 204"]}
PHONES = {"en": ["+44 7### ######", "07### ######", "+1 (312) ###-####", "(617) ###-####"],
          "de": ["+49 151 ########", "0171 #######", "+49 30 #######"],
          "fr": ["+33 6 ## ## ## ##", "06 ## ## ## ##", "+33 1 ## ## ## ##"],
          "nl": ["+31 6 ########", "06-########", "+31 20 ### ####"],
          "es": ["+34 6## ### ###", "6## ## ## ##"], "it": ["+39 34# ### ####", "347 #######"],
          "pt": ["+351 91# ### ###", "96# ### ###"], "pl": ["+48 5## ### ###", "60# ### ###"],
          "sv": ["+46 70 ### ## ##", "073-### ## ##"], "da": ["+45 2# ## ## ##", "4# ## ## ##"],
          "fi": ["+358 40 ### ####", "050 ### ####"], "cs": ["+420 6## ### ###", "7## ### ###"]}
UNITS = {"es": [", 3º B", ", 1º izda.", ""], "pt": [", 2.º Esq.", ", r/c", ""], "pl": ["/3", "/12", ""],
         "da": [", 1. tv.", ", st. th.", ""], "fi": [" B 22", " A 5", ""], "nl": ["-2", " hs", ""],
         "cs": ["", "/12"]}
DOB_LONG = {"en": "{d} {M} {y}", "de": "{d}. {M} {y}", "fr": "{d} {M} {y}", "nl": "{d} {M} {y}",
            "es": "{d} de {M} de {y}", "it": "{d} {M} {y}", "pt": "{d} de {M} de {y}",
            "pl": "{d} {M} {y}", "sv": "{d} {M} {y}", "da": "{d}. {M} {y}", "fi": "{d}. {M} {y}",
            "cs": "{d}. {M} {y}"}
DOB_NUM = {"en": "{dd}/{mm}/{y}", "de": "{dd}.{mm}.{y}", "fr": "{dd}/{mm}/{y}", "nl": "{dd}-{mm}-{y}",
           "es": "{dd}/{mm}/{y}", "it": "{dd}/{mm}/{y}", "pt": "{dd}/{mm}/{y}", "pl": "{dd}.{mm}.{y}",
           "sv": "{y}-{mm}-{dd}", "da": "{dd}.{mm}.{y}", "fi": "{d}.{m}.{y}", "cs": "{d}. {m}. {y}"}
# birth keys of HR and CRM objects, per language of the system behind them
BIRTH_KEYS = ["dateOfBirth", "birthDate", "dob", "birthday", "date_of_birth", "geburtsdatum",
              "fecha_nacimiento", "data_nascita", "geboortedatum", "fodselsdato"]


def digits(pattern):
    return "".join(str(rng.randint(0, 9)) if c == "#" else c for c in pattern)


def postcode(pattern):
    return "".join(str(rng.randint(0, 9)) if c == "9" else
                   rng.choice("ABDEFGHJLNPRSTUWXYZ") if c == "A" else c for c in pattern)


def iban(cc, nbban, banks=("",)):
    """A mod-97-valid IBAN of country cc: a bank code of banks, then digits to nbban BBAN
    characters, grouped by four."""
    bank = rng.choice(banks)
    bban = bank + "".join(str(rng.randint(0, 9)) for _ in range(nbban - len(bank)))
    num = int("".join(str(int(c, 36)) for c in bban + cc + "00"))
    s = cc + "%02d" % (98 - num % 97) + bban
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


IBAN_BBAN = {"de": ("DE", 18), "es": ("ES", 20), "pl": ("PL", 24), "sv": ("SE", 20),
             "da": ("DK", 14), "fi": ("FI", 14), "cs": ("CZ", 20), "pt": ("PT", 21),
             "fr": ("FR", 23), "it": ("IT", 23, ("X", "K", "M")),
             "nl": ("NL", 14, ("ABNA", "INGB", "RABO", "TRIO")),
             "en": ("GB", 18, ("NWBK", "BARC", "MIDL"))}


def card():
    """A Luhn-valid 16-digit Visa or Mastercard number, grouped by four."""
    d = [int(c) for c in rng.choice(["4", "51", "53", "55", "2221"])]
    while len(d) < 15:
        d.append(rng.randint(0, 9))
    t = sum((x * 2 - 9 if x * 2 > 9 else x * 2) if i % 2 == 0 else x
            for i, x in enumerate(reversed(d)))
    d.append((10 - t % 10) % 10)
    s = "".join(map(str, d))
    return " ".join(s[i:i + 4] for i in range(0, 16, 4))


class Person:
    """One person of a record's cast: name, courtesy title, handle, mailbox, phone, home street
    and birth date, each drawn once so that every mention of them agrees."""

    def __init__(self, lg, given, surname, female):
        self.lg, self.given, self.surname, self.female = lg, given, surname, female
        t = TITLES[lg]
        self.title = t[2] if rng.random() < 0.2 else t[0 if female else 1]
        if self.title in ("Dra.", "dott.") and lg in ("es", "pt", "it"):  # the academic title's gender
            self.title = {("es", False): "Dr.", ("pt", False): "Dr.", ("it", True): "dott.ssa"}.get(
                (lg, female), self.title)
        g, s = fold(given).lower().replace(" ", ""), fold(surname).lower().replace(" ", "")
        s = s.replace("'", "")
        self.handle = rng.choice([g[0] + s.replace("-", ""), g + "." + s, g + s[0], g + "_" + s])
        local = rng.choice([g + "." + s, g[0] + "." + s, s + "." + g[0], g])
        self.email = local + "@" + rng.choice(["mail", "posteo", "firma", "studio", "web"]) + \
            "." + DOMAINS[lg]
        self.phone = digits(rng.choice(PHONES[lg]))
        self.street_line, self.town, self.pc = self.draw_street()
        y, m, d = rng.randint(1952, 2003), rng.randint(1, 12), rng.randint(1, 28)
        self.dob = (y, m, d)
        caps = [c for c in surname if c.isupper()] or [surname[0].upper()]
        self.initials = given[0].upper() + "." + caps[0] + "."

    def draw_street(self):
        lg = self.lg
        street, n = rng.choice(STREETS[lg]), str(rng.randint(1, 180))
        town, pat = rng.choice(TOWNS[lg])
        pc = postcode(pat)
        if lg == "en" and "," in town:  # a US town: number first, a unit, the state in the town
            return "%s %s%s" % (rng.randint(100, 4999), street, rng.choice(["", ", Apt 4", ", Unit 2B"])), town, pc
        if lg == "en":
            return rng.choice(["", "Flat 2, ", "Flat 11, "]) + n + " " + street, town, pc
        if lg == "fr":
            return n + rng.choice(["", " bis"]) + " " + street, town, pc
        return street + " " + n + rng.choice(UNITS.get(lg, [""])), town, pc

    def street_full(self):
        if self.lg == "en":
            return "%s, %s %s" % (self.street_line, self.town, self.pc)
        return "%s, %s %s" % (self.street_line, self.pc, self.town)

    def dob_text(self, iso=False):
        y, m, d = self.dob
        if iso:
            return "%d-%02d-%02d" % (y, m, d)
        fmt = rng.choice([DOB_LONG[self.lg], DOB_NUM[self.lg]])
        return fmt.format(y=y, m=m, d=d, dd="%02d" % d, mm="%02d" % m,
                          M=MONTH_WORDS[self.lg][m - 1])

    def mention(self, form):
        """(before, labelled value, after) of one mention form; the title and a possessive's
        ending stay outside the span."""
        g, s = self.given, self.surname
        if form == "full":
            return "", g + " " + s, ""
        if form == "tfull":
            return self.title + " ", g + " " + s, ""
        if form == "given":
            return "", g, ""
        if form == "sur":
            return "", s, ""
        if form == "tsur":
            return self.title + " ", s, ""
        if form == "poss":
            return "", g, ("'s" if self.lg in ("en", "nl") else "")
        if form == "low":
            return "", g.lower(), ""
        if form == "lowfull":
            return "", (g + " " + s).lower(), ""
        if form == "init":
            return "", self.initials, ""
        if form == "handle":
            return "", self.handle, ""
        if form == "sfirst":
            return "", s + ", " + g, ""
        raise ValueError(form)


def draw_cast(lg, lg2, n):
    """n people with distinct given names and surnames: a fifth of global origin, half of the
    rest invented from syllables; with a second language, some of them from its country."""
    cast, seen = [], set()
    while len(cast) < n:
        plg = lg2 if lg2 and len(cast) % 2 == 1 else lg
        k = rng.random()
        if k < 0.2:
            g, s, fem = rng.choice(GLOBAL)
        elif k < 0.5:
            fem = rng.random() < 0.5
            fg, mg, sur = REAL[plg]
            g, s = rng.choice(fg if fem else mg), rng.choice(sur)
        else:
            fem = rng.random() < 0.5
            g = invent_syllables(rng, SYL[plg], END[plg], False)
            s = invent_syllables(rng, SYL[plg], END[plg], True)
        key = {g.lower(), s.lower()}
        # no name inside another (a given name alone must say whom it means)
        if any(a in b or b in a for a in key for b in seen) or g.lower() in s.lower() \
                or s.lower() in g.lower():
            continue
        seen |= key
        cast.append(Person(plg, g, s, fem))
    return cast


# the forms that only name someone the conversation has already named in full
SHORT = ("given", "sur", "tsur", "poss", "low", "init")


class Conv:
    """One record's conversation: its cast, languages and turns. Turns are ("sys", P),
    ("user", P), ("asst", P) and ("call", name, args P, result P, result is JSON)."""

    def __init__(self, lg, lg2, family, n):
        self.lg, self.lg2, self.family = lg, lg2, family
        self.cast = draw_cast(lg, lg2, n)
        self.ghost = self.cast[-1] if family == "threads" and n >= 3 else None
        self.speakers = [p for p in self.cast if p is not self.ghost]
        self.turns, self.shapes, self.introduced = [], set(), set()
        self.work = rng.choice(WORK)
        self.firm = rng.choice(FIRMS)
        self.ncall = 0

    # ---- words ----------------------------------------------------------------------------------
    def neg(self, p, kind, lg=None):
        lg = lg or self.lg
        y = rng.choice([2024, 2025, 2026])
        if kind == "date":
            m, d = rng.randint(1, 12), rng.randint(1, 28)
            v = rng.choice(["%d-%02d-%02d" % (y, m, d),
                            DOB_NUM[lg].format(y=y, m=m, d=d, dd="%02d" % d, mm="%02d" % m),
                            DOB_LONG[lg].format(y=y, d=d, M=MONTH_WORDS[lg][m - 1])])
            return p.s("NEG_DATE", v)
        if kind == "wd":
            return p.s("NEG_DATE", rng.choice(WEEKDAYS[lg]))
        if kind == "month":
            return p.s("NEG_DATE", MONTH_WORDS[lg][rng.randint(0, 11)])
        if kind == "ver":
            return p.s("NEG_VERSION", rng.choice(["v%d.%d.%d" % (rng.randint(1, 5), rng.randint(0, 30),
                                                                  rng.randint(0, 9)),
                                                  "%d.%d.0-rc%d" % (rng.randint(1, 9), rng.randint(0, 9),
                                                                    rng.randint(1, 4)),
                                                  "r%d.%02d" % (y, rng.randint(1, 12))]))
        if kind == "id":
            return p.s("NEG_ID", rng.choice(["HD-%05d", "ORD-%d-%%05d" % y, "#%d", "INC%07d",
                                             "PR-%d", "BLD-%d", "CASE-%05d"]) % rng.randint(100, 99999))
        if kind == "room":
            return p.s("NEG_ROOM", rng.choice(ROOMS[lg]))
        label = "NEG_" + kind.upper()
        return p.s(label, rng.choice(NEG[label]))

    def say(self, p, person, form):
        """Appends a mention of person in form (or one of their values) to p."""
        if form in ("email", "phone", "street", "dob", "dobiso"):
            self.shapes.add("value:" + form)
            if form == "email":
                return p.s("EMAIL_ADDRESS", person.email)
            if form == "phone":
                return p.s("PHONE_NUMBER", person.phone)
            if form == "street":
                return p.s("STREET_ADDRESS", person.street_full())
            return p.s("DATE_OF_BIRTH", person.dob_text(form == "dobiso"))
        if person not in self.introduced and form in SHORT:  # a person is first named in full
            form = "tfull" if form == "tsur" else "full"
        self.introduced.add(person)
        pre, v, post = person.mention(form)
        self.shapes.add("person:" + form)
        return p.t(pre).s("PERSON", v).t(post)

    def roles(self, need_ghost=False):
        ppl = self.speakers[:]
        rng.shuffle(ppl)
        while len(ppl) < 3:
            ppl.append(ppl[len(ppl) % len(self.speakers)])
        r = {"a": ppl[0], "b": ppl[1], "c": ppl[2]}
        if need_ghost:
            r["g"] = self.ghost
        return r

    def fill(self, p, template, roles, lg):
        def slot(key):
            if key.startswith("NEG_WORD:"):
                p.s("NEG_WORD", key[9:])
            elif key.startswith("n."):
                self.neg(p, key[2:], lg)
            else:
                role, form = key.split(".")
                self.say(p, roles[role], form)
        walk_template(template, p.t, slot)
        return p

    def phrase(self, kind, p=None, roles=None, lg=None):
        """A sentence of kind in the language of its first person (or the record's)."""
        roles = roles or self.roles(kind == "ghost")
        lg = lg or (roles["a"].lg if roles["a"].lg in PHRASES and self.lg2 else self.lg)
        p = p if p is not None else P()
        self.shapes.add("text:" + kind)
        return self.fill(p, rng.choice(PHRASES[lg][kind]), roles, lg)

    def add(self, *turn):
        self.turns.append(turn)

    # ---- prose turns ------------------------------------------------------------------------------
    def t_phrase(self, role, kind):
        self.add(role, self.phrase(kind))

    def t_quote(self):
        """A user message quoting an earlier message, `> X wrote:` above it, then a question."""
        r = self.roles()
        lg = r["a"].lg
        q = self.phrase("quote", roles=r, lg=lg)
        p = P().t("> ")
        self.say(p, r["a"], rng.choice(["given", "full"]))
        p.t(" " + PHRASES[lg]["wrote"] + "\n> ").add(q).t("\n\n")
        self.phrase("qask", p=p, roles=r, lg=self.lg)
        self.shapes.add("quoted-message")
        self.add("user", p)

    def t_negs(self, role="asst"):
        self.add(role, self.phrase("negs", roles=self.roles(), lg=self.lg))

    def t_system(self):
        """A system prompt: the agent's instructions, tools and (memory family) saved notes."""
        p = P().t("You are an operations agent for %s (%s). Tools are listed below; call them "
                  "instead of guessing. Reply in the user's language.\n\nEnvironment:\n- CI: "
                  % (self.firm, self.work))
        self.neg(p, "product").t(" on ")
        self.neg(p, "ver").t("\n- Notifications are sent as ")
        self.neg(p, "bot").t("\n- Scheduling uses the ")
        self.neg(p, "eponym").t(" heuristic; the office is in ")
        self.neg(p, "place").t(".\n")
        if self.family == "memory":
            p.t("\n## Saved memory (from earlier sessions)\n")
            for kind in ("memo", "handoff"):
                p.t("- ")
                self.phrase(kind, p=p)
                p.t("\n")
            self.shapes.add("memory:system")
        self.add("sys", p)

    # ---- tool turns ------------------------------------------------------------------------------
    def call(self, name, args, result, is_json):
        """A tool call whose args is a dict (labelled values as (label, text)) and whose result
        is a P (text) or a dict (JSON)."""
        j = J("compact" if rng.random() < 0.6 else "line")
        j.write(args)
        if is_json:
            r = J(rng.choice(["pretty", "line", "compact"]), inline_max=4)
            r.write(result)
            result = r.p
        self.add("call", name, j.p, result, is_json)
        self.ncall += 1
        shown = {sp["entity_value"] for sp in j.p.spans + result.spans if sp["entity_type"] == "PERSON"}
        self.introduced.update(x for x in self.cast if x.given + " " + x.surname in shown
                               or x.surname + ", " + x.given in shown)

    def addr_obj(self, person):
        self.shapes.add("json:address-object")
        return {"line1": ("STREET_ADDRESS", person.street_line), "postalCode": person.pc,
                "city": person.town, "country": person.lg.upper() if person.lg != "en" else "GB"}

    def tool_crm(self):
        r = self.roles()
        a, b = r["a"], r["b"]
        res = {"contact": {
            "id": "cnt_%06d" % rng.randint(0, 999999),
            "firstName": ("PERSON", a.given), "lastName": ("PERSON", a.surname),
            "salutation": a.title, "company": self.firm,
            "emails": [{"type": "work", "value": ("EMAIL_ADDRESS", a.email)}],
            "phones": [{"type": "mobile", "value": ("PHONE_NUMBER", a.phone)}],
            "address": self.addr_obj(a),
            "owner": {"name": ("PERSON", b.given + " " + b.surname), "login": ("PERSON", b.handle)},
            "tags": ["vip" if rng.random() < 0.3 else "lead", "source:" + rng.choice(NEG["NEG_BOT"])],
            "lastActivity": ("NEG_DATE", "2025-%02d-%02dT09:%02d:00Z" % (rng.randint(1, 12), rng.randint(1, 28), rng.randint(0, 59))),
            "integrations": {"crm": ("NEG_PRODUCT", rng.choice(NEG["NEG_PRODUCT"])),
                             "build": ("NEG_VERSION", "v%d.%d.%d" % (rng.randint(1, 4), rng.randint(0, 20), rng.randint(0, 9)))}}}
        if rng.random() < 0.4:
            res["contact"][rng.choice(BIRTH_KEYS)] = ("DATE_OF_BIRTH", a.dob_text(iso=True))
        self.shapes.update(["json:crm", "person:handle", "value:dob"])
        self.call("crm_get_contact", {"query": ("PERSON", a.surname), "include": ["owner"]}, res, True)

    def tool_ticket(self):
        r = self.roles()
        a, b, c = r["a"], r["b"], r["c"]
        body = P()
        self.phrase("lower", p=body, roles=r)
        body.t(" / ")
        self.phrase("negs", p=body, roles=r, lg=self.lg)
        res = {"ticket": {
            "id": ("NEG_ID", "HD-%05d" % rng.randint(10000, 99999)), "status": "open",
            "subject": self.work + " follow-up",
            "requester": {"name": ("PERSON", a.given + " " + a.surname), "email": ("EMAIL_ADDRESS", a.email)},
            "assignee": {"name": ("PERSON", b.given), "handle": ("PERSON", b.handle)},
            "comments": [{"author": ("PERSON", c.given + " " + c.surname), "body": body},
                         {"author": ("NEG_BOT", rng.choice(NEG["NEG_BOT"])), "body": "Auto-closed duplicate."}],
            "created": ("NEG_DATE", "2025-%02d-%02d" % (rng.randint(1, 12), rng.randint(1, 28)))}}
        self.shapes.add("json:helpdesk")
        self.call("helpdesk_get_ticket", {"id": "HD-%d" % rng.randint(1000, 9999)}, res, True)

    def tool_order(self):
        a = self.roles()["a"]
        items = []
        for _ in range(rng.randint(1, 3)):
            items.append({"sku": ("NEG_ID", "SKU-%05d" % rng.randint(0, 99999)),
                          "title": ("NEG_PRODUCT", rng.choice(NEG["NEG_PRODUCT"])),
                          "qty": rng.randint(1, 4)})
        pay = {"method": "card", "card": ("CREDIT_CARD", card())} if rng.random() < 0.3 else \
            {"method": "sepa", "iban": ("IBAN_CODE", iban(*IBAN_BBAN[a.lg]))}
        res = {"order": {
            "number": ("NEG_ID", "ORD-2025-%05d" % rng.randint(0, 99999)),
            "customer": {"first_name": ("PERSON", a.given), "last_name": ("PERSON", a.surname),
                         "email": ("EMAIL_ADDRESS", a.email)},
            "shipping_address": {"name": ("PERSON", a.given + " " + a.surname),
                                 "address1": ("STREET_ADDRESS", a.street_line), "zip": a.pc,
                                 "city": a.town, "phone": ("PHONE_NUMBER", a.phone)},
            "payment": pay, "line_items": items,
            "fulfilment": {"warehouse": ("NEG_ROOM", rng.choice(ROOMS["en"]))}}}
        self.shapes.update(["json:order", "value:" + ("card" if "card" in pay else "iban")])
        self.call("shop_get_order", {"customer_email": ("EMAIL_ADDRESS", a.email)}, res, True)

    def tool_hr(self):
        r = self.roles()
        a, b, c = r["a"], r["b"], r["c"]
        res = {"employee": {
            "employeeId": "E%05d" % rng.randint(0, 99999),
            "legalName": {"first": ("PERSON", a.given), "last": ("PERSON", a.surname)},
            "preferredName": ("PERSON", a.given),
            rng.choice(BIRTH_KEYS): ("DATE_OF_BIRTH", a.dob_text(iso=True)),
            "homeAddress": self.addr_obj(a),
            "bank": {"iban": ("IBAN_CODE", iban(*IBAN_BBAN[a.lg]))},
            "manager": {"displayName": ("PERSON", b.surname + ", " + b.given), "upn": ("EMAIL_ADDRESS", b.email)},
            "emergencyContact": {"name": ("PERSON", c.given + " " + c.surname), "phone": ("PHONE_NUMBER", c.phone)},
            "office": ("NEG_ROOM", rng.choice(ROOMS["en"])), "startDate": ("NEG_DATE", "2024-%02d-01" % rng.randint(1, 12))}}
        self.shapes.update(["json:hr", "person:sfirst", "value:dob", "value:iban"])
        self.call("hr_get_employee", {"name": ("PERSON", a.given + " " + a.surname)}, res, True)

    def tool_calendar(self):
        ppl = rng.sample(self.speakers, min(len(self.speakers), rng.randint(2, 4)))
        ev = []
        for k in range(rng.randint(1, 3)):
            org = ppl[k % len(ppl)]
            ev.append({"summary": [(None, self.work + " sync with "), ("PERSON", org.given)],
                       "location": ("NEG_ROOM", rng.choice(ROOMS[self.lg])),
                       "start": ("NEG_DATE", "2025-%02d-%02dT%02d:00:00" % (rng.randint(1, 12), rng.randint(1, 28), rng.randint(8, 17))),
                       "organizer": {"email": ("EMAIL_ADDRESS", org.email), "displayName": ("PERSON", org.given + " " + org.surname)},
                       "attendees": [{"email": ("EMAIL_ADDRESS", p.email), "displayName": ("PERSON", p.given + " " + p.surname),
                                      "responseStatus": rng.choice(["accepted", "tentative", "needsAction"])} for p in ppl]
                       + [{"resourceName": ("NEG_ROOM", rng.choice(ROOMS["en"])), "resource": True}]})
        for e in ev:
            s = P()
            for lab, t in e["summary"]:
                s.s(lab, t)
            e["summary"] = s
        self.shapes.add("json:calendar")
        self.call("calendar_list_events", {"calendarId": "primary", "q": self.work}, {"items": ev}, True)

    def tool_directory(self):
        ppl = rng.sample(self.speakers, min(len(self.speakers), rng.randint(1, 3)))
        val = [{"displayName": ("PERSON", p.given + " " + p.surname), "givenName": ("PERSON", p.given),
                "surname": ("PERSON", p.surname), "mail": ("EMAIL_ADDRESS", p.email),
                "mailNickname": ("PERSON", p.handle), "mobilePhone": ("PHONE_NUMBER", p.phone),
                "officeLocation": ("NEG_ROOM", rng.choice(ROOMS["en"]))} for p in ppl]
        val.append({"displayName": ("NEG_BOT", rng.choice(NEG["NEG_BOT"])), "accountEnabled": True})
        self.shapes.update(["json:directory", "person:handle"])
        self.call("directory_search", {"filter": "department eq '%s'" % self.work}, {"value": val}, True)

    def tool_mail(self):
        """An inbox search: the messages' senders in full, snippets in their language (the
        ghost's one full mention is here)."""
        msgs = []
        senders = rng.sample(self.speakers, min(2, len(self.speakers)))
        if self.ghost and "ghost-in-tool" not in self.shapes:
            senders.append(self.ghost)
        for s in senders:
            r = self.roles()
            r["a"] = s
            snip = self.phrase(rng.choice(["quote", "sum", "negs"]), roles=r, lg=s.lg)
            msgs.append({"from": {"name": ("PERSON", s.given + " " + s.surname), "address": ("EMAIL_ADDRESS", s.email)},
                         "date": ("NEG_DATE", "2025-%02d-%02d" % (rng.randint(1, 12), rng.randint(1, 28))),
                         "snippet": snip})
            if s is self.ghost:
                self.shapes.add("ghost-in-tool")
        self.shapes.add("json:mail")
        self.call("mail_search", {"query": self.work, "limit": 10}, {"messages": msgs}, True)

    # text results
    def tool_sql(self):
        ppl = rng.sample(self.speakers, min(len(self.speakers), rng.randint(2, 4)))
        p = P().t(" id  | first_name | last_name  | email                 | birth_date | city\n"
                  "-----+------------+------------+-----------------------+------------+------\n")
        for k, x in enumerate(ppl):
            p.t(" %3d | " % (101 + k)).s("PERSON", x.given).t(" | ").s("PERSON", x.surname).t(" | ")
            p.s("EMAIL_ADDRESS", x.email).t(" | ").s("DATE_OF_BIRTH", x.dob_text(iso=True)).t(" | " + x.town + "\n")
        p.t("(%d rows)\n" % len(ppl))
        self.shapes.add("sql-grid")
        self.call("run_sql", {"sql": "SELECT id, first_name, last_name, email, birth_date, city FROM contacts WHERE project = '%s' LIMIT 20" % self.work}, p, False)

    def tool_csv(self):
        ppl = rng.sample(self.speakers, min(len(self.speakers), rng.randint(2, 4)))
        p = P().t("name,role,phone,street,notes\n")
        for x in ppl:
            p.t('"').s("PERSON", x.given + " " + x.surname).t('",%s,' % rng.choice(["owner", "reviewer", "supplier"]))
            p.s("PHONE_NUMBER", x.phone).t(',"').s("STREET_ADDRESS", x.street_full()).t('",')
            self.neg(p, "product").t(" account\n")
        p.t("... (%d more rows)\n" % rng.randint(3, 90))
        self.shapes.add("csv-preview")
        self.call("read_file", {"path": "exports/%s.csv" % self.work.replace(" ", "_")}, p, False)

    def tool_grep(self):
        ppl = rng.sample(self.speakers, min(len(self.speakers), rng.randint(2, 3)))
        p = P()
        for k, x in enumerate(ppl):
            p.t("tests/fixtures/users.json:%d:    \"name\": \"" % (12 + 9 * k)).s("PERSON", x.given + " " + x.surname).t("\",\n")
            p.t("tests/fixtures/users.json:%d:    \"login\": \"" % (13 + 9 * k)).s("PERSON", x.handle).t("\",\n")
            p.t("src/notify/templates.py:%d:# TODO(" % (40 + k)).s("PERSON", x.handle).t("): use the ")
            self.neg(p, "eponym").t(" distance here\n")
        p.t("docs/CHANGELOG.md:3:## ")
        self.neg(p, "ver").t(" - ")
        self.neg(p, "product").t(" upgrade, bumped by ")
        self.neg(p, "bot").t("\n")
        self.shapes.update(["grep-fixtures", "person:handle"])
        cmd = P().t('grep -rn "').s("PERSON", ppl[0].surname).t('" tests/ src/ docs/')
        self.call("shell", {"cmd": cmd}, p, False)

    def tool_ldif(self):
        x = rng.choice(self.speakers)
        p = P().t("dn: uid=").s("PERSON", x.handle).t(",ou=people,dc=%s,dc=%s\n" % (self.firm.split()[0].lower(), DOMAINS[x.lg].split(".")[-1]))
        p.t("objectClass: inetOrgPerson\ncn: ").s("PERSON", x.given + " " + x.surname).t("\nsn: ").s("PERSON", x.surname)
        p.t("\ngivenName: ").s("PERSON", x.given).t("\nuid: ").s("PERSON", x.handle).t("\nmail: ").s("EMAIL_ADDRESS", x.email)
        p.t("\ntelephoneNumber: ").s("PHONE_NUMBER", x.phone).t("\npostalAddress: ").s("STREET_ADDRESS", x.street_full())
        p.t("\nroomNumber: ").s("NEG_ROOM", rng.choice(ROOMS["en"])).t("\n")
        self.shapes.add("ldif")
        self.call("ldap_search", {"base": "ou=people", "filter": P().t("(sn=").s("PERSON", x.surname).t(")")}, p, False)

    def tool_vcard(self):
        x = rng.choice(self.speakers)
        p = P().t("BEGIN:VCARD\r\nVERSION:3.0\r\nN:").s("PERSON", x.surname).t(";").s("PERSON", x.given).t(";;;\r\nFN:")
        p.s("PERSON", x.given + " " + x.surname).t("\r\nORG:%s\r\nEMAIL;TYPE=work:" % self.firm).s("EMAIL_ADDRESS", x.email)
        p.t("\r\nTEL;TYPE=cell:").s("PHONE_NUMBER", x.phone).t("\r\n")
        if rng.random() < 0.5:
            p.t("BDAY:").s("DATE_OF_BIRTH", x.dob_text(iso=True)).t("\r\n")
        p.t("NOTE:met at the ")
        self.neg(p, "place").t(" fair\r\nEND:VCARD\r\n")
        self.shapes.add("vcard")
        self.call("contacts_export", {"id": rng.randint(100, 999), "format": "vcf"}, p, False)

    def tool_ical(self):
        ppl = rng.sample(self.speakers, min(len(self.speakers), 3))
        p = P().t("BEGIN:VEVENT\nUID:%d@cal\nSUMMARY:%s review\nLOCATION:" % (rng.randint(1000, 9999), self.work))
        self.neg(p, "room", "en").t("\nDTSTART:2025%02d%02dT090000Z\nORGANIZER;CN=" % (rng.randint(1, 12), rng.randint(1, 28)))
        p.s("PERSON", ppl[0].given + " " + ppl[0].surname).t(":mailto:").s("EMAIL_ADDRESS", ppl[0].email).t("\n")
        for x in ppl[1:]:
            p.t("ATTENDEE;CN=").s("PERSON", x.given + " " + x.surname).t(";ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION:mailto:")
            p.s("EMAIL_ADDRESS", x.email).t("\n")
        p.t("END:VEVENT\n")
        self.shapes.add("ical-attendee")
        self.call("calendar_get_ics", {"event": rng.randint(1, 500)}, p, False)

    def tool_shell(self):
        x, y = rng.sample(self.speakers, 2) if len(self.speakers) > 1 else (self.speakers[0], self.speakers[0])
        p = P().t("$ git log -3 --format='%h %an <%ae> %s'\n")
        p.t("%07x " % rng.randint(0, 0xfffffff)).s("PERSON", x.given + " " + x.surname).t(" <").s("EMAIL_ADDRESS", x.email).t("> fix ")
        self.neg(p, "eponym").t(" rounding\n%07x " % rng.randint(0, 0xfffffff))
        self.neg(p, "bot").t(" <noreply> bump ")
        self.neg(p, "product").t(" to ")
        self.neg(p, "ver").t("\n%07x " % rng.randint(0, 0xfffffff)).s("PERSON", y.given + " " + y.surname).t(" <").s("EMAIL_ADDRESS", y.email)
        p.t("> add fixture for ").s("PERSON", y.handle).t("\n$ cat CODEOWNERS\n/billing/ @").s("PERSON", x.handle).t("\n/infra/ @")
        self.neg(p, "bot").t("\n")
        self.shapes.update(["shell-transcript", "person:handle"])
        self.call("shell", {"cmd": "git log -3 && cat CODEOWNERS"}, p, False)

    def tool_args(self):
        """A tool the assistant calls with people in its arguments (JSON inside a string in
        the OpenAI shapes, native in the others)."""
        r = self.roles()
        a, b, c = r["a"], r["b"], r["c"]
        note = self.phrase("lower", roles=r)
        args = {"title": self.work + " follow-up",
                "requester": {"name": ("PERSON", a.given + " " + a.surname), "email": ("EMAIL_ADDRESS", a.email)},
                "cc": [("PERSON", b.handle), ("PERSON", c.given.lower())], "note": note,
                "due": ("NEG_DATE", "2025-%02d-%02d" % (rng.randint(1, 12), rng.randint(1, 28))),
                "labels": [("NEG_PRODUCT", rng.choice(NEG["NEG_PRODUCT"]))]}
        self.shapes.update(["tool-args", "person:handle", "person:low"])
        self.call("helpdesk_create_ticket", args, P().t('{"ok": true, "id": "HD-%d"}' % rng.randint(10000, 99999)), False)

    # memory tools
    def tool_memory_write(self):
        p = P().t("## Scratchpad\n")
        for kind in rng.sample(["memo", "todo", "handoff"], 2):
            self.phrase(kind, p=p)
            p.t("\n")
        self.shapes.add("memory:scratchpad")
        self.call("memory_write", {"key": "task-%d" % rng.randint(100, 999), "content": p}, P().t("stored"), False)

    def tool_notes(self):
        p = P().t("# %s: project notes\n\n## Owners and contacts\n| area | owner | contact |\n|---|---|---|\n" % self.work)
        for x in rng.sample(self.speakers, min(len(self.speakers), 4)):
            p.t("| %s | " % rng.choice(["budget", "site", "legal", "vendor", "QA"])).s("PERSON", x.given + " " + x.surname).t(" | ")
            p.s(*rng.choice([("EMAIL_ADDRESS", x.email), ("PHONE_NUMBER", x.phone)])).t(" |\n")
        p.t("\n## Decisions\n- ")
        self.phrase("memo", p=p)
        p.t("\n- Use ")
        self.neg(p, "product").t(" ")
        self.neg(p, "ver").t(" for the rollout (see ")
        self.neg(p, "id").t(")\n\n## TODO\n")
        self.phrase("todo", p=p)
        p.t("\n")
        self.shapes.add("memory:notes-file")
        self.call("read_file", {"path": "NOTES.md"}, p, False)

    def t_minutes(self):
        """Meeting minutes the assistant drafted: present, apologies, actions."""
        ppl = self.speakers[:]
        rng.shuffle(ppl)
        p = P().t("Draft minutes, %s (" % self.work)
        self.neg(p, "date").t(", ")
        self.neg(p, "room").t(")\nPresent: ")
        for k, x in enumerate(ppl[:-1] or ppl):
            if k:
                p.t(", ")
            self.say(p, x, rng.choice(["full", "tfull", "init"]))
        p.t("\nApologies: ")
        self.say(p, ppl[-1], "full")
        p.t("\n\n1. ")
        self.phrase("sum", p=p)
        p.t("\n2. ")
        self.phrase("negs", p=p, lg=self.lg)
        p.t("\nActions:\n")
        self.phrase("todo", p=p)
        self.shapes.add("memory:minutes")
        self.add("asst", p)


# ---- text with no people: what fills most of an agent's context ------------------------------------
CODE_FUNCS = [
    "def retry(fn, attempts=5, base=0.4):\n    \"\"\"Calls fn until it succeeds, backing off exponentially with jitter.\"\"\"\n"
    "    for k in range(attempts):\n        try:\n            return fn()\n        except TransientError:\n"
    "            time.sleep(base * 2 ** k + random.random() / 10)\n    raise RetryExhausted(attempts)\n",
    "def chunk(items, size):\n    \"\"\"Yields lists of at most size items, in order.\"\"\"\n    buf = []\n"
    "    for it in items:\n        buf.append(it)\n        if len(buf) == size:\n            yield buf\n"
    "            buf = []\n    if buf:\n        yield buf\n",
    "def parse_duration(s):\n    \"\"\"'1h30m' -> 5400 seconds; a bare number is seconds.\"\"\"\n"
    "    total, num = 0, ''\n    for ch in s.strip():\n        if ch.isdigit():\n            num += ch\n"
    "        else:\n            total += int(num) * {'h': 3600, 'm': 60, 's': 1}[ch]\n            num = ''\n"
    "    return total + (int(num) if num else 0)\n",
    "class RateLimiter:\n    \"\"\"A token bucket: rate tokens per second, burst at most.\"\"\"\n\n"
    "    def __init__(self, rate, burst):\n        self.rate, self.burst = rate, burst\n"
    "        self.tokens, self.t = burst, time.monotonic()\n\n    def take(self):\n"
    "        now = time.monotonic()\n        self.tokens = min(self.burst, self.tokens + (now - self.t) * self.rate)\n"
    "        self.t = now\n        if self.tokens < 1:\n            return False\n        self.tokens -= 1\n        return True\n",
    "def normalise_sku(raw):\n    \"\"\"Upper case, no spaces, a dash between the letter and digit groups.\"\"\"\n"
    "    raw = raw.replace(' ', '').upper()\n    m = re.match(r'([A-Z]+)-?(\\d+)$', raw)\n"
    "    if not m:\n        raise ValueError('bad SKU: %r' % raw)\n    return '%s-%s' % m.groups()\n",
    "async def fetch_page(session, url, page):\n    async with session.get(url, params={'page': page, 'per_page': 100}) as r:\n"
    "        r.raise_for_status()\n        data = await r.json()\n        return data['items'], data.get('next_page')\n",
    "def vat(amount_cents, rate_bp):\n    \"\"\"VAT in cents, rounded half up; rate in basis points.\"\"\"\n"
    "    return (amount_cents * rate_bp + 5000) // 10000\n",
    "def merge_intervals(xs):\n    out = []\n    for a, b in sorted(xs):\n        if out and a <= out[-1][1]:\n"
    "            out[-1][1] = max(out[-1][1], b)\n        else:\n            out.append([a, b])\n    return out\n",
]
LOG_LINES = ["step {k}/{n}: install dependencies ({t}s)", "step {k}/{n}: lint: 0 errors, {x} warnings",
             "step {k}/{n}: unit tests: {x} passed, 0 failed in {t}s", "cache hit: pip-{h}",
             "uploading artifact dist/app-{h}.whl ({x} KiB)", "step {k}/{n}: migrations: {x} applied",
             "warning: deprecated option --legacy-resolver", "step {k}/{n}: e2e: {x} passed, 1 skipped",
             "docker build: layer {h} reused", "coverage: {c}.{k}% (threshold 80%)"]


def filler_code(conv):
    """A source file read by the agent: functions with no people in them, a comment naming an
    eponym, a pinned version."""
    path = "src/%s/%s.py" % (conv.work.split()[0], rng.choice(["util", "helpers", "sync", "billing", "jobs"]))
    p = P().t("# %s\nimport random\nimport re\nimport time\n\n# requires " % path)
    conv.neg(p, "product", "en").t(" >= ")
    conv.neg(p, "ver", "en").t("\n\n")
    for fn in rng.sample(CODE_FUNCS, rng.randint(1, 3)):
        p.t(fn + "\n\n")
    p.t("# the ")
    conv.neg(p, "eponym", "en").t(" variant is slower here; see ")
    conv.neg(p, "id", "en").t("\n")
    conv.shapes.add("code-file")
    conv.call("read_file", {"path": path}, p, False)


def filler_log(conv):
    """A CI log: steps, counts and hashes; the runner, the build id and versions as look-alikes."""
    n = rng.randint(5, 14)
    p = P().t("Started by ")
    conv.neg(p, "bot", "en").t(" on ")
    conv.neg(p, "product", "en").t(" ")
    conv.neg(p, "ver", "en").t(", build ")
    conv.neg(p, "id", "en").t("\n")
    for k in range(1, n + 1):
        line = rng.choice(LOG_LINES).format(k=k, n=n, t=rng.randint(1, 300), x=rng.randint(1, 900),
                                            h="%08x" % rng.randint(0, 0xffffffff),
                                            c=rng.randint(70, 99))
        p.t("[%02d:%02d:%02d] %s\n" % (rng.randint(8, 18), rng.randint(0, 59), rng.randint(0, 59), line))
    p.t("Finished: SUCCESS\n")
    conv.shapes.add("ci-log")
    conv.call("ci_get_log", {"pipeline": conv.work.replace(" ", "-"), "tail": n}, p, False)


def plan_turn(conv):
    """One more turn of the family's mix (a share of them text with no people)."""
    f = conv.family
    if rng.random() < FILLER:
        return rng.choice([filler_code, filler_log])(conv)
    # user and assistant take turns: after the user's words the assistant's, and the other way
    last = next((t[0] for t in reversed(conv.turns) if t[0] != "sys"), "user")
    if last == "user":
        prose = [("asst", "sum"), ("asst", "plan"), ("asst", "init"), ("asst", "contact")]
    else:
        prose = [("user", "lower"), ("user", "contact"), ("user", "dob"), ("user", "handle"),
                 ("user", "lower")]
    if f == "threads":
        pick = rng.random()
        if conv.ghost and "ghost-in-tool" in conv.shapes and "ghost-given-later" not in conv.shapes \
                and pick < 0.5:  # the person the inbox named, by given name alone
            conv.add("asst", conv.phrase("ghost"))
            conv.shapes.add("ghost-given-later")
        elif pick < 0.45:
            conv.t_phrase(*rng.choice(prose))
        elif pick < 0.55:
            conv.t_quote()
        elif pick < 0.9 and "json:mail" not in conv.shapes:
            conv.tool_mail()
        elif pick < 0.9:
            rng.choice([conv.tool_mail, conv.tool_mail, conv.tool_calendar, conv.tool_crm,
                        conv.tool_directory, conv.tool_args])()
        else:
            conv.t_negs(rng.choice(["user", "asst"]))
    elif f == "tools":
        pick = rng.random()
        if pick < 0.75:
            rng.choice([conv.tool_crm, conv.tool_ticket, conv.tool_order, conv.tool_hr,
                        conv.tool_calendar, conv.tool_directory, conv.tool_sql, conv.tool_csv,
                        conv.tool_grep, conv.tool_ldif, conv.tool_vcard, conv.tool_ical,
                        conv.tool_shell, conv.tool_args])()
        elif pick < 0.92:
            conv.t_phrase(*rng.choice(prose))
        else:
            conv.t_negs()
    else:
        pick = rng.random()
        if pick < 0.3:
            rng.choice([conv.tool_memory_write, conv.tool_notes])()
        elif pick < 0.45:
            conv.t_minutes()
        elif pick < 0.6:
            conv.t_phrase("asst", rng.choice(["memo", "todo", "handoff"]))
        elif pick < 0.85:
            conv.t_phrase(*rng.choice(prose))
        else:
            rng.choice([conv.tool_crm, conv.tool_calendar, conv.tool_sql, conv.tool_args])()


# ---- the four APIs' bodies -------------------------------------------------------------------------
def render(conv, api, ascii_, compact, i):
    """(body, spans): the conversation as a request body of api."""
    pieces = []

    def mk(p):
        pieces.append(p)
        return MARK % (len(pieces) - 1)

    def raw(p):
        pieces.append(p)
        return RAWMARK % (len(pieces) - 1)

    turns = conv.turns
    sys_p = [t[1] for t in turns if t[0] == "sys"]
    rest = [t for t in turns if t[0] != "sys"]
    cid = lambda k: "call_%d_%d" % (i, k)  # noqa: E731
    if api == "chat":
        msgs = [{"role": "system", "content": mk(sys_p[0])}] if sys_p else []
        for k, t in enumerate(rest):
            if t[0] in ("user", "asst"):
                msgs.append({"role": "user" if t[0] == "user" else "assistant", "content": mk(t[1])})
            else:
                msgs.append({"role": "assistant", "content": None, "tool_calls": [
                    {"id": cid(k), "type": "function", "function": {"name": t[1], "arguments": mk(t[2])}}]})
                msgs.append({"role": "tool", "tool_call_id": cid(k), "content": mk(t[3])})
        return {"model": "gpt-4o", "messages": msgs, "tools": tool_decls(conv, "chat")}, pieces
    if api == "responses":
        items = []
        for k, t in enumerate(rest):
            if t[0] == "user":
                items.append({"role": "user", "content": [{"type": "input_text", "text": mk(t[1])}]})
            elif t[0] == "asst":
                items.append({"role": "assistant", "content": [{"type": "output_text", "text": mk(t[1])}]})
            else:
                items.append({"type": "function_call", "call_id": cid(k), "name": t[1], "arguments": mk(t[2])})
                items.append({"type": "function_call_output", "call_id": cid(k), "output": mk(t[3])})
        body = {"model": "gpt-4.1"}
        if sys_p:
            body["instructions"] = mk(sys_p[0])
        body["input"] = items
        body["tools"] = tool_decls(conv, "responses")
        return body, pieces
    if api == "anthropic":
        msgs = []

        def block(role, b):
            if msgs and msgs[-1]["role"] == role:
                msgs[-1]["content"].append(b)
            else:
                msgs.append({"role": role, "content": [b]})
        for k, t in enumerate(rest):
            if t[0] in ("user", "asst"):
                block("user" if t[0] == "user" else "assistant", {"type": "text", "text": mk(t[1])})
            else:
                tid = "toolu_%02d%06d" % (k, i)
                block("assistant", {"type": "tool_use", "id": tid, "name": t[1], "input": raw(t[2])})
                block("user", {"type": "tool_result", "tool_use_id": tid, "content": mk(t[3])})
        body = {"model": "claude-sonnet-4-5", "max_tokens": 4096}
        if sys_p:
            body["system"] = mk(sys_p[0])
        body["tools"] = tool_decls(conv, "anthropic")
        body["messages"] = msgs
        return body, pieces
    contents = []

    def part(role, x):
        if contents and contents[-1]["role"] == role:
            contents[-1]["parts"].append(x)
        else:
            contents.append({"role": role, "parts": [x]})
    for t in rest:
        if t[0] in ("user", "asst"):
            part("user" if t[0] == "user" else "model", {"text": mk(t[1])})
        else:
            part("model", {"functionCall": {"name": t[1], "args": raw(t[2])}})
            resp = raw(t[3]) if t[4] else {"output": mk(t[3])}
            part("user", {"functionResponse": {"name": t[1], "response": resp}})
    body = {"contents": contents}
    if sys_p:
        body["systemInstruction"] = {"parts": [{"text": mk(sys_p[0])}]}
    body["tools"] = [{"functionDeclarations": tool_decls(conv, "gemini")}]
    body["generationConfig"] = {"temperature": 0.2}
    return body, pieces


def tool_decls(conv, api):
    """The declarations of the tools the conversation called (names and a one-line purpose)."""
    names = sorted({t[1] for t in conv.turns if t[0] == "call"})
    out = []
    for n in names:
        params = {"type": "object", "properties": {}}
        d = n.replace("_", " ")
        if api == "chat":
            out.append({"type": "function", "function": {"name": n, "description": d, "parameters": params}})
        elif api == "responses":
            out.append({"type": "function", "name": n, "description": d, "parameters": params})
        elif api == "anthropic":
            out.append({"name": n, "description": d, "input_schema": params})
        else:
            out.append({"name": n, "description": d, "parameters": params})
    return out


def body_of(conv, api, ascii_, compact, i):
    obj, pieces = render(conv, api, ascii_, compact, i)
    return place(dumps(obj, ascii_, compact), pieces, ascii_)


def count(spans, pred):
    return sum(1 for s in spans if pred(s["entity_type"]))


def target_size():
    k = rng.random()
    if k < 0.78:
        return rng.randint(4300, 6000)
    if k < 0.95:
        return rng.randint(6000, 11000)
    return rng.randint(20000, 38000)


# the records' languages and \\u-escaping: each language 25 times, a third escaped, in an order
# of their own stream (so that neither follows the API or the family)
_order = random.Random(2658)
LOCALE_OF = [LANGS[k % 12] for k in range(300)]
_order.shuffle(LOCALE_OF)
ASCII_OF = [k % 3 == 0 for k in range(300)]
_order.shuffle(ASCII_OF)


def make_record(i):
    api = APIS[i % 4]
    family = FAMILIES[(i // 4) % 3]
    lg = LOCALE_OF[i]
    ascii_ = ASCII_OF[i]
    compact = (i // 4) % 5 == 0
    lg2 = rng.choice([x for x in LANGS if x != lg]) if rng.random() < 0.25 else None
    conv = Conv(lg, lg2, family, rng.randint(2, 6))
    if family != "threads" or rng.random() < 0.5:
        conv.t_system()
    conv.add("user", conv.phrase("open", lg=lg))
    want, nmin = target_size(), 8 if family == "threads" else 4
    while True:
        plan_turn(conv)
        nmsg = sum(2 if t[0] == "call" else 1 for t in conv.turns if t[0] != "sys")
        if nmsg < nmin:
            continue
        text, spans = body_of(conv, api, ascii_, compact, i)
        persons = count(spans, lambda t: t == "PERSON")
        negs = count(spans, lambda t: t.startswith("NEG_"))
        if len(text) >= want or (family == "threads" and nmsg >= 36):  # 8-40 messages
            while negs < persons:  # long enough: look-alikes only, until they outnumber people
                conv.t_negs(rng.choice(["user", "asst"]))
                text, spans = body_of(conv, api, ascii_, compact, i)
                negs = count(spans, lambda t: t.startswith("NEG_"))
            break
    assert 4096 <= len(text.encode()) <= 40960, (i, len(text.encode()))
    json.loads(text)
    for s in spans:
        assert text[s["start_position"]:s["end_position"]] == s["entity_value"]
    meta = {"locale": lg + ("+" + lg2 if lg2 else ""), "class": family, "family": family,
            "api": api, "ascii": ascii_, "people": len(conv.cast), "domain": conv.work,
            "shapes": sorted(conv.shapes)}
    return {"full_text": text, "spans": spans, "template_id": i % 100, "metadata": meta}


def main():
    write_json([make_record(i) for i in range(300)])


if __name__ == "__main__":
    main()
