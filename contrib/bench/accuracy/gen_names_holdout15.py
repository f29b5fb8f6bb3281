#!/usr/bin/env python3
"""gen_names_holdout15.py: the fifteenth blind held-out set of the NAMES pack (PERSON,
STREET_ADDRESS, DATE_OF_BIRTH), written in stop 42 (branch holdout15).

How it was written. Its author read no detector code (`anonymize/`), no test, no note, no
NAMES.md or SHAPES.md, no other generator than gen_common.py and gen_review41.py (for the record
format and the label names only), no other blind set, and ran no hush binary on it. The README's
corpus table and run.sh's titles were read only to stay away from every earlier set's kinds of
text. It stands alone (no import of gen_common.py), like every blind generator.

Kinds of text (metadata.class), 28 of them, ~25 records each:
  cad         emergency dispatch (CAD) incident records and call-taker logs
  ems         ambulance run sheets and patient care reports (forms and ePCR XML)
  moderation  content moderation queues and trust-and-safety escalations (doxxing reports)
  voice       voice-assistant transcripts and smart-home activity logs
  military    military service records (DD-214, Dienstzeitbescheinigung, état signalétique,
              książeczka wojskowa, Tjenesteattest, terhis belgesi, a British record extract)
  bounty      bug bounty reports with leaked records in their proofs of concept
  timetable   school timetables and substitution plans naming teachers
  baggage     airline baggage irregularity reports (PIR) and lost-luggage claims
  pawn        pawnbroker tickets and pledge ledgers
  storage     self-storage rental agreements and gate access logs
  cemetery    cemetery plot registers, grave rights and headstone orders
  whois       WHOIS and RDAP registrant records (gTLD text, ccTLD holder blocks, RDAP JSON)
  visitor     building visitor books, concierge logs and reception sign-in sheets
  tattoo      tattoo studio consent forms (a child's name and birth date as the design)
  horse       horse passports and equestrian start lists
  casting     casting submissions and talent agency rosters
  camp        summer camp and ski school registrations
  debt        debt collection letters and bailiff (enforcement) notices
  interpreter interpreter bookings for hospitals, courts and police
  prison      prison visit bookings and visitor approvals
  dsar        GDPR subject access requests and breach notification letters
  sim         number porting requests (forms, KYC JSON, porting XML)
  fitness     running-club and fitness-app exports (segment boards, athlete JSON, club CSV)
  rescue      mountain rescue and search-and-rescue callout logs
  hackathon   hackathon team registrations and judging sheets
  exchange    student exchange, host family and au pair profiles
  scooter     e-scooter rental damage and fine reports
  union       trade union membership forms and grievance records

Formats: prose, forms, fixed-width and Markdown tables, JSON, XML, CSV, log lines, e-mail,
chat and transcripts. Locales: en (US GB IE AU), de (DE AT CH), fr (FR BE CH), nl (NL BE),
es (ES MX AR), it, pt (PT BR), pl, sv, da, cs, tr, ro; names of global origin (Nigerian,
Ghanaian, Indian, Chinese, Vietnamese, Korean, Japanese, Arabic, Iranian, Ethiopian, Eritrean,
Filipino) inside any of them. Half the people are invented: names built from this file's own
syllables, each checked against this file's lists of real names and a list of some 300 common
given names and surnames of those languages (an invented name found there is drawn again). The
other half are real common names of the locale or of global origin. Case as real text has it:
CAPITALS in dispatch, baggage, military and bailiff forms, lower case in voice transcripts,
chats and moderation excerpts; particles (van der, de, von, da, dos, Di, O', Mc), hyphens,
diacritics, `Surname, Given`, `SURNAME Given` and `SURNAME/GIVEN` orders, Chinese, Korean and
Vietnamese names surname first.

Labels. PERSON: a private person's name as a careful human would mask it: the whole name as
written (`Surname, Given` and `SURNAME/GIVEN` are one span), titles and ranks outside, a given
name or a surname alone too, names of the dead in registers included. STREET_ADDRESS: the whole
street address of a person or a home (street and number, unit, postcode and town; not the
country), as one span even over a line break; in forms that split it into fields (WHOIS
`Street:`, RDAP `adr`), the street field alone. DATE_OF_BIRTH: the birth date of a living person
with its day, month and year. EMAIL_ADDRESS and PHONE_NUMBER are labelled where they appear.
Look-alikes (NEG_*): firms, schools, barracks, hospitals and clubs named after people
(NEG_ORG), streets named after people with no number, mountains and places (NEG_PLACE), famous
people as a topic (NEG_FAMOUS), products and brands (NEG_PRODUCT), eponyms, ships, roles,
fictional characters, operations (NEG_TERM), pets (NEG_PET), horses (NEG_ANIMAL), teams
(NEG_TEAM), dates that are not a living person's birth (incident, loan, visit, death and
lifespan years, animals' births, yearless birthdays: NEG_DATE), ages (NEG_AGE), units, plots,
rooms, gates and lockers that are numbered but no address (NEG_ADDR), case and file numbers
(NEG_CODE). The routine look-alikes (other dates, numbered units, codes, ages; NEG_RATE) are
labelled in part and left as plain text otherwise, so the NEG_ table stays about the
look-alikes of a person; an unlabelled one still counts as a false finding if hit. About one
record in eleven of each kind carries no PII at all, only look-alikes (the kind's notice,
briefing or status line). Names inside mailboxes are part of the EMAIL_ADDRESS span only; a
horse's, a pet's or a dead person's dates are never DATE_OF_BIRTH (registers give a dead
person's birth as a year only).

Writes JSON (a list of {full_text, spans, template_id, metadata}; code-point offsets) to
stdout; deterministic (fixed seed); Python stdlib only. Never tuned on."""
import json
import random
import sys
import unicodedata

rng = random.Random(4215)

# ---- real names ----------------------------------------------------------------------------------
# given: (name, gender); surnames: (male form, female form).
GIVEN = {
    "en": [("James", "m"), ("Sarah", "f"), ("Michael", "m"), ("Emma", "f"), ("David", "m"),
           ("Laura", "f"), ("Daniel", "m"), ("Rachel", "f"), ("Thomas", "m"), ("Hannah", "f"),
           ("Oliver", "m"), ("Grace", "f"), ("Liam", "m"), ("Chloe", "f"), ("Patrick", "m"),
           ("Siobhan", "f"), ("Aoife", "f"), ("Ciaran", "m"), ("Megan", "f"), ("Connor", "m"),
           ("Brenda", "f"), ("Gary", "m"), ("Kylie", "f"), ("Wayne", "m")],
    "de": [("Lukas", "m"), ("Anna", "f"), ("Jonas", "m"), ("Lea", "f"), ("Felix", "m"),
           ("Sophie", "f"), ("Maximilian", "m"), ("Katharina", "f"), ("Stefan", "m"),
           ("Sabine", "f"), ("Jürgen", "m"), ("Ursula", "f"), ("Matthias", "m"), ("Birgit", "f"),
           ("Tobias", "m"), ("Franziska", "f"), ("Dieter", "m"), ("Heike", "f")],
    "fr": [("Camille", "f"), ("Julien", "m"), ("Manon", "f"), ("Nicolas", "m"), ("Élodie", "f"),
           ("Mathieu", "m"), ("Chloé", "f"), ("Sébastien", "m"), ("Inès", "f"), ("Théo", "m"),
           ("Léa", "f"), ("François", "m"), ("Amélie", "f"), ("Hugo", "m"), ("Marie-Claire", "f"),
           ("Jean-Baptiste", "m")],
    "nl": [("Daan", "m"), ("Sanne", "f"), ("Bram", "m"), ("Femke", "f"), ("Thijs", "m"),
           ("Lotte", "f"), ("Ruben", "m"), ("Anouk", "f"), ("Joost", "m"), ("Marieke", "f"),
           ("Sem", "m"), ("Noor", "f"), ("Pieter", "m"), ("Ilse", "f"), ("Wouter", "m"),
           ("Griet", "f")],
    "es": [("Lucía", "f"), ("Javier", "m"), ("María José", "f"), ("Alejandro", "m"),
           ("Carmen", "f"), ("Pablo", "m"), ("Marta", "f"), ("Sergio", "m"), ("Paula", "f"),
           ("Diego", "m"), ("Nerea", "f"), ("Álvaro", "m"), ("Guadalupe", "f"), ("Santiago", "m"),
           ("Valentina", "f"), ("Joaquín", "m")],
    "it": [("Giulia", "f"), ("Marco", "m"), ("Francesca", "f"), ("Alessandro", "m"),
           ("Chiara", "f"), ("Luca", "m"), ("Sara", "f"), ("Matteo", "m"), ("Federica", "f"),
           ("Giuseppe", "m"), ("Elena", "f"), ("Davide", "m"), ("Martina", "f"), ("Lorenzo", "m")],
    "pt": [("João", "m"), ("Ana", "f"), ("Pedro", "m"), ("Beatriz", "f"), ("Tiago", "m"),
           ("Mariana", "f"), ("Rui", "m"), ("Inês", "f"), ("Gonçalo", "m"), ("Leonor", "f"),
           ("Thiago", "m"), ("Luana", "f"), ("Rafael", "m"), ("Fernanda", "f")],
    "pl": [("Katarzyna", "f"), ("Piotr", "m"), ("Agnieszka", "f"), ("Tomasz", "m"),
           ("Małgorzata", "f"), ("Paweł", "m"), ("Magdalena", "f"), ("Krzysztof", "m"),
           ("Joanna", "f"), ("Michał", "m"), ("Zofia", "f"), ("Łukasz", "m")],
    "sv": [("Erik", "m"), ("Anna", "f"), ("Lars", "m"), ("Karin", "f"), ("Johan", "m"),
           ("Maria", "f"), ("Oskar", "m"), ("Elin", "f"), ("Mikael", "m"), ("Ingrid", "f"),
           ("Björn", "m"), ("Astrid", "f")],
    "da": [("Mads", "m"), ("Mette", "f"), ("Søren", "m"), ("Line", "f"), ("Rasmus", "m"),
           ("Camilla", "f"), ("Frederik", "m"), ("Ida", "f"), ("Jens", "m"), ("Pernille", "f"),
           ("Anders", "m"), ("Sofie", "f")],
    "cs": [("Jan", "m"), ("Petr", "m"), ("Tomáš", "m"), ("Jakub", "m"), ("Lucie", "f"),
           ("Tereza", "f"), ("Kateřina", "f"), ("Veronika", "f"), ("Martin", "m"), ("Eva", "f")],
    "tr": [("Mehmet", "m"), ("Ayşe", "f"), ("Mustafa", "m"), ("Fatma", "f"), ("Emre", "m"),
           ("Zeynep", "f"), ("Burak", "m"), ("Elif", "f"), ("Can", "m"), ("Merve", "f"),
           ("Hüseyin", "m"), ("Aylin", "f")],
    "ro": [("Andrei", "m"), ("Elena", "f"), ("Mihai", "m"), ("Ioana", "f"), ("Alexandru", "m"),
           ("Maria", "f"), ("Ștefan", "m"), ("Andreea", "f"), ("Cristian", "m"), ("Mădălina", "f"),
           ("Bogdan", "m"), ("Raluca", "f")],
}
SURN = {
    "en": ["Smith", "Johnson", "Walker", "Murphy", "O'Brien", "Taylor", "Hughes", "Bennett",
           "Fletcher", "Gallagher", "McCarthy", "Robinson", "Clarke", "Thompson", "Kelly", "Doyle",
           "Harrison", "Whitfield", "O'Sullivan", "McAllister"],
    "de": ["Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker",
           "Hoffmann", "Schäfer", "Koch", "Richter", "Klein", "Wolf", "Schröder", "Neumann",
           "Zimmermann", "Krüger", "Hofer", "Gruber", "Huber", "Brunner", "von Arnim",
           "Meyer-Lindenau"],
    "fr": ["Martin", "Bernard", "Dubois", "Robert", "Richard", "Petit", "Durand", "Leroy",
           "Moreau", "Lefèvre", "Girard", "Fontaine", "Rousseau", "Chevalier", "Lambert",
           "Mercier", "Peeters", "de La Roche", "Le Gall"],
    "nl": ["de Jong", "Jansen", "de Vries", "van den Berg", "van Dijk", "Bakker", "Janssen",
           "Visser", "Smit", "Meijer", "de Boer", "Mulder", "Vermeulen", "Claes", "Willems",
           "Maes", "van der Linden"],
    "es": ["García", "Fernández", "González", "Rodríguez", "López", "Martínez", "Sánchez",
           "Pérez", "Gómez", "Díaz", "Hernández", "Ruiz", "Jiménez", "Moreno", "Álvarez",
           "Romero", "Navarro", "García Ruiz", "de la Fuente"],
    "it": ["Rossi", "Russo", "Ferrari", "Esposito", "Bianchi", "Romano", "Colombo", "Ricci",
           "Marino", "Greco", "Bruno", "Gallo", "Conti", "De Luca", "Costa", "Giordano",
           "Mancini", "Lombardi", "Di Stefano"],
    "pt": ["Silva", "Santos", "Ferreira", "Pereira", "Oliveira", "Costa", "Rodrigues", "Martins",
           "Sousa", "Fernandes", "Gonçalves", "Carvalho", "Almeida", "Ribeiro", "da Silva",
           "dos Santos"],
    "pl": [("Nowak", "Nowak"), ("Kowalski", "Kowalska"), ("Wiśniewski", "Wiśniewska"),
           ("Wójcik", "Wójcik"), ("Kowalczyk", "Kowalczyk"), ("Kamiński", "Kamińska"),
           ("Lewandowski", "Lewandowska"), ("Zieliński", "Zielińska"), ("Woźniak", "Woźniak"),
           ("Dąbrowski", "Dąbrowska"), ("Mazur", "Mazur"), ("Krawczyk", "Krawczyk")],
    "sv": ["Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson", "Larsson", "Olsson",
           "Persson", "Lindqvist", "Bergström", "Lindgren", "Sjöberg"],
    "da": ["Jensen", "Nielsen", "Hansen", "Pedersen", "Andersen", "Christensen", "Larsen",
           "Sørensen", "Rasmussen", "Jørgensen", "Mortensen", "Kjærgaard"],
    "cs": [("Novák", "Nováková"), ("Svoboda", "Svobodová"), ("Dvořák", "Dvořáková"),
           ("Černý", "Černá"), ("Procházka", "Procházková"), ("Kučera", "Kučerová"),
           ("Veselý", "Veselá"), ("Horák", "Horáková")],
    "tr": ["Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Yıldız", "Yıldırım", "Öztürk", "Aydın",
           "Özdemir", "Arslan", "Doğan"],
    "ro": ["Popescu", "Ionescu", "Popa", "Dumitrescu", "Stan", "Stoica", "Gheorghe", "Rusu",
           "Munteanu", "Constantin", "Marinescu", "Dobre"],
}
# Real names of global origin: (given, surname, gender, surname first when written natively).
GLOBAL = [("Chidi", "Okonkwo", "m", False), ("Ngozi", "Adeyemi", "f", False),
          ("Oluwaseun", "Balogun", "m", False), ("Kwame", "Mensah", "m", False),
          ("Abena", "Owusu", "f", False), ("Aarav", "Sharma", "m", False),
          ("Priya", "Venkataraman", "f", False), ("Rohan", "Mehta", "m", False),
          ("Wei", "Zhang", "m", True), ("Xiaoling", "Liu", "f", True), ("Lan", "Nguyễn Thị", "f", True),
          ("Minh Khoa", "Trần", "m", True), ("Min-jun", "Kim", "m", True), ("Ji-woo", "Park", "f", True),
          ("Haruto", "Sato", "m", False), ("Yuki", "Tanaka", "f", False),
          ("Fatima", "Al-Sayed", "f", False), ("Omar", "Haddad", "m", False),
          ("Youssef", "Benali", "m", False), ("Samira", "Khalil", "f", False),
          ("Reza", "Karimi", "m", False), ("Leila", "Hosseini", "f", False),
          ("Tesfaye", "Bekele", "m", False), ("Senait", "Gebremedhin", "f", False),
          ("Jocelyn", "Dela Cruz", "f", False), ("Mark Anthony", "Villanueva", "m", False)]

# ---- invented names --------------------------------------------------------------------------------
# Onsets, middles and endings of this file's own; an invented name is two or three of them.
SYLL = {
    "en": (["Bry", "Cal", "Dar", "Fen", "Gil", "Hal", "Jes", "Kel", "Lor", "Mor", "Nev", "Quil",
            "Tam", "Wyn"], ["an", "el", "o", "er", "i"], ["wyn", "ett", "ard", "ith", "a", "is"],
           ["wick", "ridge", "combe", "stow", "holt", "ington", "sby", "thwaite"]),
    "de": (["Wal", "Ber", "Ot", "Hen", "Gis", "Rem", "Lu", "Kramp", "Wend", "Ahl", "Pfeff", "Tess"],
           ["el", "en", "er", "in", "a"], ["mar", "wine", "trud", "ko", "lind", "ja", "bold"],
           ["mann", "bach", "hoff", "ling", "meier", "stedt", "berger", "ke"]),
    "fr": (["Amé", "Cor", "Dau", "Gé", "Lau", "Thi", "Beau", "Char", "Dur", "Four", "Pel", "Vil"],
           ["ec", "an", "on", "er", "ill"], ["line", "ric", "lie", "rand", "nelle", "dine", "zée"],
           ["ier", "aud", "ot", "eau", "ac", "ard", "enne"]),
    "nl": (["Wou", "Sie", "Ger", "Hes", "Lie", "Tij", "Aal", "Brou", "Ker", "Ste", "Gro", "Ri"],
           ["ken", "el", "ers", "ge", "ve"], ["ke", "tje", "rik", "nie", "mijn", "ske", "len"],
           ["hoven", "dijk", "stra", "broek", "kamp", "ink", "man"]),
    "es": (["Bel", "Cri", "Eus", "Flo", "Gra", "Xi", "Alm", "Cal", "Esp", "Lar", "Ort", "Pal"],
           ["ar", "en", "iz", "or", "u"], ["dina", "ncio", "nda", "berto", "mira", "sio"],
           ["ez", "ero", "illo", "ejo", "ana", "uela"]),
    "it": (["Dal", "Ferr", "Gos", "Lam", "Nor", "Pas", "Quir", "Tor", "Zen", "Sbar", "Cev"],
           ["il", "et", "on", "ar", "ul"], ["ilda", "etto", "ina", "ondo", "ea", "usio"],
           ["ini", "etti", "one", "azzi", "ucci", "elli"]),
    "pt": (["Cou", "Bra", "Gue", "Lha", "Dei", "Vas", "Fra", "Quin", "Ta", "Zu"],
           ["el", "ar", "in", "or", "u"], ["ilde", "ânio", "ira", "ésio", "ola"],
           ["eira", "ães", "ado", "inho", "elo", "ota"]),
    "pl": (["Bro", "Gże", "Kło", "Prze", "Szcze", "Wło", "Zby", "Dro", "Mie"],
           ["ta", "mi", "ro", "la", "bo"], ["sława", "mir", "dyta", "gosz", "wina"],
           ["ski", "wicz", "czak", "niak", "rek"]),
    "sv": (["Tor", "Alv", "Ham", "Sig", "Ulv", "Berg", "Dal", "Fjäl", "Lund", "Sär"],
           ["e", "ar", "ing", "o", "el"], ["vi", "björg", "mund", "frid", "dis"],
           ["blad", "stam", "qvist", "holm", "by", "fors"]),
    "da": (["Hjor", "Øs", "Sten", "Tue", "Vil", "Bro", "Kra", "Lyn", "Skov", "Aa"],
           ["e", "ar", "ing", "el", "o"], ["bjørn", "frid", "mo", "ke", "valde"],
           ["gaard", "borg", "holt", "lund", "strup", "bæk"]),
    "cs": (["Bře", "Hra", "Kři", "Pro", "Stě", "Vla", "Zdě", "Lu", "Dro"],
           ["no", "ti", "ra", "va", "li"], ["slav", "mila", "boj", "nka", "vít"],
           ["nek", "rák", "nický", "nec", "ška"]),
    "tr": (["Yük", "Bez", "Çol", "Daz", "Vay", "Pel", "Fış", "Hüz", "Kuy"],
           ["su", "ay", "er", "gü", "ta"], ["men", "tan", "yel", "rün", "sel"],
           ["oğlu", "kan", "tekin", "soy", "türk"]),
    "ro": (["Bră", "Cor", "Dra", "Ghe", "Mun", "Răz", "Stă", "Vla", "Zam"],
           ["an", "ol", "ir", "eș", "u"], ["ina", "ica", "ean", "oiu", "ela"],
           ["escu", "eanu", "aru", "ache", "iuc"]),
}
# Common names the syllables could rebuild; an invented name must be none of these (nor any name
# of the lists above).
COMMON = set("""
alan albert alma anton ada adela agata alba aldo alessandra alina amelia andrea angela anita
ann anne annette ariel arne asta ava axel bea belinda bella bernard berta bertha betty bianca
bruno calla carla carlo carola carolina caroline cecilia celina celia chris clara claudia cora
coral corina cristina dalia dalila dana daria delia diana dina dora doris edith ella elsa emil
emilia erik erika eva ewa fanny felicia flora franco frida gabriela gerda gina gisela greta gunnar
hanna hedda helga henrik herta hilda hilde ida ilona ina ingrid irene iris isabel isidro ivan
jana jasmina julia karin karina karl kira klara lara laurence lena leonie lia liana lidia lina
linda lisa livia lola lora lorena lucia luisa luna maja mara marcel marek maren marga marianne
marina marino marta mila milena mira miranda mona nadia nina nora olga oskar otto paola petra
pia rita roberta rolf rosa rosario ruth sabina selma silvio silvia simona sofia sonia stella
susanna tamara tanja tara teresa tina tomas ulla ulrike vera viola wanda yara zara
ashford whitley langley ashworth brandon calder fenwick hallett kelling lorimer morley nevin
worthington thwaite hollingworth kramer hoffmann lindemann wendling ahlers berger henkel
beaumont charlier durand fournier peltier villard thierry laurent gerard corbin
hoven vandijk brouwer kerkhoven steenkamp
almeida calvo espinosa ortega palacios lara cristobal gracia
ferrari lamberti norelli pasini torrini zenoni
coelho braga guerra vasconcelos franco
brzezinski wlodarczyk zbyszek
torvald alvar hammar sigurd ulf berglund dahl lundqvist
hjort skov kragh lund holt
novak prochazka dvorak kricka zdenek
akbulut balci durmaz goktas karaca ozturk tunc yagmur sever erkan
bratu corbu dragomir gheorghiu munteanu vladu zamfir stanescu
dara gila hala loris lora neva nevis kelis mora otmar remko berko waltrud luko henko charlie
charline lauric gertje aaltje rike lieke sietje lieske gerke sieske heske rinie palmira granda
ortensio tordis sigmund sigfrid torfrid tormund torbjorg torvi brooke broke aake bretislav zdenka
norina quirina ferretto ferrarelli lamina taira corina coroiu celine woutje wouke sieke
""".split())


def fold(s):
    """ASCII letters of s, lower-case (for mailboxes and for comparing names)."""
    s = s.replace("ł", "l").replace("Ł", "L").replace("ø", "o").replace("Ø", "O").replace("æ", "ae")
    s = s.replace("ß", "ss").replace("ı", "i").replace("đ", "d")
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if c.isascii() and (c.isalnum() or c in " -'")).lower()


REAL = set()
for lg in GIVEN:
    for g, _ in GIVEN[lg]:
        REAL.add(fold(g))
    for s in SURN[lg]:
        for x in (s if isinstance(s, tuple) else (s,)):
            REAL.add(fold(x))
for g, s, _, _ in GLOBAL:
    REAL.add(fold(g))
    REAL.add(fold(s))
BANNED = REAL | COMMON


def invent(lg, part, gender):
    on, mid, gend, send = SYLL[lg]
    while True:
        if part == "g":
            w = rng.choice(on) + (rng.choice(mid) if rng.random() < 0.4 else "") + rng.choice(gend)
        else:
            w = rng.choice(on) + rng.choice(mid) + rng.choice(send)
            if gender == "f" and lg == "pl" and w.endswith("ski"):
                w = w[:-1] + "a"
            if gender == "f" and lg == "cs":
                if w.endswith("ek"):
                    w = w[:-2] + "ková"
                elif w.endswith("ák") or w.endswith("ec"):
                    w = w + "ová"
                elif w.endswith("ka"):
                    w = w[:-1] + "ová"
                elif w.endswith("ý"):
                    w = w[:-1] + "á"
        w = w[0].upper() + w[1:]
        if fold(w) not in BANNED and len(w) <= 14:
            return w


PARTICLE = {"nl": ["van der", "de", "van", "ter"], "de": ["von"], "fr": ["de", "Le"],
            "it": ["Di", "De"], "pt": ["da", "dos"], "es": ["de la", "del"], "en": ["O'", "Mc"]}
TITLE = {"en": ("Mr", "Ms"), "de": ("Herr", "Frau"), "fr": ("M.", "Mme"), "nl": ("dhr.", "mevr."),
         "es": ("Sr.", "Sra."), "it": ("Sig.", "Sig.ra"), "pt": ("Sr.", "Sra."), "pl": ("Pan", "Pani"),
         "sv": ("", ""), "da": ("", ""), "cs": ("pan", "paní"), "tr": ("Bay", "Bayan"),
         "ro": ("dl.", "dna.")}


class Person:
    def __init__(self, lg, inv=None, gender=None, glob=None):
        self.lg = lg
        self.inv = rng.random() < 0.5 if inv is None else inv
        self.gender = gender or rng.choice("mf")
        self.sfirst_native = False
        if self.inv:
            self.g = invent(lg, "g", self.gender)
            s = invent(lg, "s", self.gender)
            k = rng.random()
            if lg in PARTICLE and k < 0.15:
                pa = rng.choice(PARTICLE[lg])
                s = pa + s if pa.endswith("'") or pa == "Mc" else pa + " " + s
            elif k < 0.25:
                s = s + "-" + invent(lg, "s", self.gender)
            self.s = s
        elif (glob if glob is not None else rng.random() < 0.25):
            g, s, gd, sf = rng.choice(GLOBAL)
            self.g, self.s, self.gender, self.sfirst_native = g, s, gd, sf
        else:
            g, gd = rng.choice(GIVEN[lg]) if gender is None else rng.choice(
                [x for x in GIVEN[lg] if x[1] == gender])
            self.g, self.gender = g, gd
            s = rng.choice(SURN[lg])
            self.s = (s[0] if gd == "m" else s[1]) if isinstance(s, tuple) else s

    def full(self):
        return self.s + " " + self.g if self.sfirst_native else self.g + " " + self.s

    def r(self, mode):
        """The name as written in `mode`."""
        g, s = self.g, self.s
        up = self.full().replace("i", "İ").upper() if self.lg == "tr" else self.full().upper()
        return {"full": self.full(), "upper": up, "lower": self.full().lower(),
                "given": g, "lgiven": g.lower(), "sur": s, "SUR": s.upper(),
                "comma": s + ", " + g, "COMMA": (s + ", " + g).upper(),
                "sfirst": s.upper() + " " + g, "slash": (s + "/" + g).upper().replace(" ", ""),
                "init": g[0] + ". " + s, "natural": g + " " + s}[mode]

    def title(self):
        return TITLE[self.lg][0 if self.gender == "m" else 1]

    def mail(self, host):
        a, b = fold(self.g).replace(" ", ""), fold(self.s).replace(" ", "").replace("'", "")
        k = rng.randrange(4)
        lp = [a + "." + b, a[0] + b, a + "_" + b, b + "." + a[0]][k]
        return lp.replace("-", "") + "@" + host


# ---- addresses -----------------------------------------------------------------------------------
def digs(n):
    return "".join(str(rng.randint(0, 9)) for _ in range(n))


def ucl(n):
    return "".join(rng.choice("ABDEFGHJLNPQRSTUWXY") for _ in range(n))


def addr(loc, ml=False):
    """A street address of locale loc: one line, or the street over the town when ml."""
    c = rng.choice
    n = str(rng.randint(1, 180))
    if loc == "en-US":
        st = "%s %s %s" % (n + (str(rng.randint(0, 9)) if rng.random() < 0.6 else ""),
                           c(["Maple", "Oak", "Cedar", "Elm", "Hillcrest", "Sunset", "Lakeview", "Pine",
                              "W Jefferson", "N Lincoln", "Willow Creek", "Juniper"]),
                           c(["St", "Ave", "Rd", "Dr", "Ln", "Blvd", "Ct"]))
        if rng.random() < 0.35:
            st += c([" Apt %d%s" % (rng.randint(1, 9), c("ABCD")), " #%d" % rng.randint(100, 420),
                     ", Unit %d" % rng.randint(1, 30)])
        city, s, z = c([("Springfield", "IL", "62704"), ("Columbus", "OH", "43215"), ("Austin", "TX", "78704"),
                        ("Portland", "OR", "97214"), ("Madison", "WI", "53703"), ("Raleigh", "NC", "27601"),
                        ("Boise", "ID", "83702"), ("Tucson", "AZ", "85719")])
        town = "%s, %s %s" % (city, s, z)
    elif loc == "en-GB":
        st = ("Flat %d, " % rng.randint(1, 12) if rng.random() < 0.25 else "") + "%s %s %s" % (
            n, c(["Victoria", "Church", "Station", "Mill", "Kingsley", "Albert", "Manor", "Chapel",
                  "Harcourt", "Beech", "Rosebery"]),
            c(["Road", "Street", "Lane", "Close", "Avenue", "Gardens", "Terrace", "Crescent"]))
        t, a = c([("Leeds", "LS"), ("Bristol", "BS"), ("Manchester", "M"), ("Norwich", "NR"),
                  ("Cardiff", "CF"), ("Glasgow", "G"), ("York", "YO"), ("Brighton", "BN")])
        town = "%s %s%d %d%s" % (t, a, rng.randint(1, 28), rng.randint(1, 9), ucl(2))
    elif loc == "en-IE":
        st = "%s %s" % (n, c(["Griffith Avenue", "Main Street", "Castle Road", "Church View", "Ashgrove Park",
                              "Seafield Road", "Oakfield Lawn"]))
        t, r = c([("Dublin 9", "D09"), ("Galway", "H91"), ("Cork", "T12"), ("Limerick", "V94"),
                  ("Naas, Co. Kildare", "W91")])
        town = "%s, %s %s%d%s" % (t, r, ucl(1), rng.randint(1, 9), ucl(2))
    elif loc == "en-AU":
        st = "%s%s %s" % ("Unit %d/" % rng.randint(1, 20) if rng.random() < 0.4 else "", n,
                          c(["Smith St", "Brunswick St", "Oxford St", "Beach Rd", "Military Rd", "Gouger St"]))
        town = "%s %s %s" % c([("Fitzroy", "VIC", "3065"), ("Surry Hills", "NSW", "2010"),
                               ("New Farm", "QLD", "4005"), ("Fremantle", "WA", "6160"), ("Glenelg", "SA", "5045")])
    elif loc in ("de-DE", "de-AT", "de-CH"):
        base = c(["Linden", "Birken", "Garten", "Mühlen", "Schiller", "Bahnhof", "Kirch", "Rosen",
                  "Wiesen", "Ahorn", "Eichendorff", "Kastanien", "Brunnen"])
        if loc == "de-AT":
            st = "%sgasse %s/%d/%d" % (base, n, rng.randint(1, 4), rng.randint(1, 20))
            town = "%s %s" % c([("1070", "Wien"), ("1160", "Wien"), ("8010", "Graz"), ("5020", "Salzburg"),
                                ("6020", "Innsbruck"), ("4020", "Linz")])
        elif loc == "de-CH":
            st = "%s%s %s" % (base, c(["strasse", "weg", "gasse"]), n)
            town = "%s %s" % c([("8004", "Zürich"), ("3011", "Bern"), ("4051", "Basel"), ("6003", "Luzern"),
                                ("9000", "St. Gallen")])
        else:
            st = "%s%s %s%s" % (base, c(["straße", "weg", "allee", "ring", "str."]), n,
                                c(["", "", "", "a", "b"]))
            town = "%s %s" % c([("10115", "Berlin"), ("80331", "München"), ("50667", "Köln"), ("20095", "Hamburg"),
                                ("04109", "Leipzig"), ("44135", "Dortmund"), ("70173", "Stuttgart"),
                                ("90402", "Nürnberg"), ("28195", "Bremen"), ("01067", "Dresden")])
    elif loc in ("fr-FR", "fr-BE", "fr-CH"):
        nm = c(["des Lilas", "de la République", "du Moulin", "des Écoles", "de la Gare", "des Acacias",
                "du Général Leclerc", "Pasteur", "des Tanneurs", "du Lac"])
        if loc == "fr-FR":
            st = "%s%s %s %s" % (n, c(["", "", " bis", " ter"]), c(["rue", "avenue", "boulevard", "impasse",
                                                                    "allée", "chemin"]), nm)
            town = "%s %s" % c([("75011", "Paris"), ("69003", "Lyon"), ("13001", "Marseille"), ("31000", "Toulouse"),
                                ("44000", "Nantes"), ("67000", "Strasbourg"), ("59000", "Lille"),
                                ("33000", "Bordeaux")])
        elif loc == "fr-BE":
            st = "%s %s %s%s" % (c(["Rue", "Avenue", "Chaussée"]), nm, n,
                                 " bte %d" % rng.randint(1, 9) if rng.random() < 0.4 else "")
            town = "%s %s" % c([("1050", "Ixelles"), ("1000", "Bruxelles"), ("4000", "Liège"), ("5000", "Namur"),
                                ("1348", "Louvain-la-Neuve")])
        else:
            st = "%s %s %s" % (c(["Rue", "Avenue", "Chemin"]), nm, n)
            town = "%s %s" % c([("1003", "Lausanne"), ("1201", "Genève"), ("2000", "Neuchâtel"),
                                ("1700", "Fribourg")])
    elif loc in ("nl-NL", "nl-BE"):
        st = "%s%s %s" % (c(["Kerk", "Molen", "Linden", "Beuken", "Dorps", "School", "Prinsen", "Oranje",
                             "Spoor", "Zuider", "Wilgen"]),
                          c(["straat", "laan", "weg", "gracht", "singel", "plein"]), n)
        if loc == "nl-NL":
            st += c(["", "", "-2", " A", "-hs", " bis"])
            town = "%d %s %s" % (rng.randint(1011, 9999), ucl(2),
                                 c(["Amsterdam", "Rotterdam", "Den Haag", "Utrecht", "Eindhoven", "Groningen",
                                    "Arnhem", "Zwolle"]))
        else:
            st += " bus %d" % rng.randint(1, 12) if rng.random() < 0.4 else ""
            town = "%s %s" % c([("2000", "Antwerpen"), ("9000", "Gent"), ("3000", "Leuven"), ("8000", "Brugge"),
                                ("3500", "Hasselt")])
    elif loc == "es-ES":
        st = "%s, %s%s" % (c(["Calle Mayor", "Calle de Alcalá", "Avenida de la Constitución", "Calle del Pez",
                              "Paseo de Gracia", "Calle Real", "Calle de San Bernardo", "Rambla de Catalunya",
                              "Calle Larios"]), n,
                           c(["", ", %dº %s" % (rng.randint(1, 8), c("ABCD")), ", bajo", ", %dº izda." % rng.randint(1, 6)]))
        town = "%s %s" % c([("28013", "Madrid"), ("08007", "Barcelona"), ("41001", "Sevilla"), ("46002", "Valencia"),
                            ("29005", "Málaga"), ("48001", "Bilbao"), ("50001", "Zaragoza")])
    elif loc == "es-MX":
        st = "%s %s%s, Col. %s" % (c(["Av. Insurgentes Sur", "Calle Durango", "Av. Revolución", "Calle Tonalá",
                                      "Calle Río Lerma"]), n,
                                   c(["", " int. %d" % rng.randint(1, 20), " depto. %d" % rng.randint(101, 504)]),
                                   c(["Roma Norte", "Condesa", "Del Valle", "Narvarte", "Cuauhtémoc"]))
        town = "%s %s" % (rng.choice(["06700", "03100", "06500", "11000"]), c(["Ciudad de México, CDMX", "CDMX"]))
    elif loc == "es-AR":
        st = "%s %s%s" % (c(["Av. Corrientes", "Thames", "Av. Santa Fe", "Gorriti", "Av. Rivadavia"]),
                          rng.randint(100, 4800), c(["", ", piso %d depto. %s" % (rng.randint(1, 12), c("ABCD"))]))
        town = "%s%d%s CABA" % (c("CB"), rng.randint(1000, 1499), ucl(3))
    elif loc == "it":
        st = "%s %s%s" % (c(["Via Roma", "Via Garibaldi", "Corso Vittorio Emanuele II", "Via Dante", "Viale Monza",
                             "Via dei Mille", "Via Nazionale", "Via XX Settembre", "Via della Spiga"]), n,
                          c(["", "", "/B", ", scala C, int. %d" % rng.randint(1, 20)]))
        cap, city, pr = c([("20121", "Milano", "MI"), ("00184", "Roma", "RM"), ("10121", "Torino", "TO"),
                           ("40126", "Bologna", "BO"), ("50123", "Firenze", "FI"), ("80134", "Napoli", "NA"),
                           ("35121", "Padova", "PD")])
        town = "%s %s (%s)" % (cap, city, pr) if rng.random() < 0.5 else "%s %s" % (cap, city)
    elif loc == "pt-PT":
        st = "%s, %s%s" % (c(["Rua Augusta", "Rua de Santa Catarina", "Avenida da Liberdade", "Rua do Almada",
                              "Travessa do Carmo", "Rua Direita", "Rua de Cedofeita"]), n,
                           c(["", ", %d.º Esq." % rng.randint(1, 6), ", %d.º Dto." % rng.randint(1, 6), ", r/c"]))
        town = "%s %s" % c([("1100-048", "Lisboa"), ("4000-322", "Porto"), ("3000-149", "Coimbra"),
                            ("4700-435", "Braga"), ("8000-138", "Faro")])
    elif loc == "pt-BR":
        st = "%s, %s%s - %s" % (c(["Rua Oscar Freire", "Av. Paulista", "Rua da Consolação",
                                   "Rua Voluntários da Pátria", "Rua Augusta"]), rng.randint(10, 2400),
                                c(["", ", apto %d" % rng.randint(11, 184), ", casa 2"]),
                                c(["Jardins", "Bela Vista", "Botafogo", "Pinheiros", "Savassi"]))
        z, city, uf = c([("01310-100", "São Paulo", "SP"), ("22250-040", "Rio de Janeiro", "RJ"),
                         ("30130-010", "Belo Horizonte", "MG"), ("80010-000", "Curitiba", "PR")])
        town = "%s - %s, %s" % (city, uf, z)
    elif loc == "pl":
        st = "ul. %s %s%s" % (c(["Marszałkowska", "Długa", "Polna", "Ogrodowa", "Kościuszki", "Mickiewicza",
                                 "Słowackiego", "Lipowa", "Piotrkowska", "Floriańska"]), n,
                              c(["", "/%d" % rng.randint(1, 60), " m. %d" % rng.randint(1, 40)]))
        town = "%s %s" % c([("00-950", "Warszawa"), ("31-019", "Kraków"), ("90-001", "Łódź"), ("50-001", "Wrocław"),
                            ("80-001", "Gdańsk"), ("61-001", "Poznań")])
    elif loc == "sv":
        st = "%s %s%s" % (c(["Storgatan", "Drottninggatan", "Kungsgatan", "Vasagatan", "Sveavägen", "Linnégatan",
                             "Järnvägsgatan", "Skolgatan", "Björkvägen"]), n, c(["", "", " B", ", lgh 1102"]))
        town = "%s %s" % c([("411 38", "Göteborg"), ("111 20", "Stockholm"), ("211 34", "Malmö"),
                            ("753 20", "Uppsala"), ("702 10", "Örebro")])
    elif loc == "da":
        st = "%s %s%s" % (c(["Nørrebrogade", "Vesterbrogade", "Østergade", "Skovvej", "Kirkevej", "Strandvejen",
                             "Søndergade", "Birkevej"]), n, c(["", ", 2. tv.", ", st. th.", ", 1. mf."]))
        town = "%s %s" % c([("2200", "København N"), ("1620", "København V"), ("8000", "Aarhus C"),
                            ("5000", "Odense C"), ("9000", "Aalborg")])
    elif loc == "cs":
        st = "%s %d/%d" % (c(["Vinohradská", "Národní", "Husova", "Palackého", "Masarykova", "Nádražní",
                              "Komenského", "Sokolská", "Jugoslávská"]), rng.randint(100, 2900), rng.randint(1, 80))
        town = "%s %s" % c([("120 00", "Praha 2"), ("110 00", "Praha 1"), ("602 00", "Brno"), ("702 00", "Ostrava"),
                            ("301 00", "Plzeň")])
    elif loc == "tr":
        st = "%s Mah. %s No: %s D: %d" % (c(["Moda", "Caferağa", "Bostancı", "Kızılay", "Alsancak", "Bahçelievler"]),
                                          c(["Bahariye Cad.", "Şair Nefi Sok.", "Kıbrıs Şehitleri Cad.",
                                             "Ihlamur Sok.", "Gül Sok.", "Çınar Sok."]), n, rng.randint(1, 24))
        town = "%s %s" % c([("34710", "Kadıköy/İstanbul"), ("06420", "Çankaya/Ankara"), ("35220", "Konak/İzmir"),
                            ("16010", "Osmangazi/Bursa")])
    elif loc == "ro":
        st = "%s nr. %s%s" % (c(["Str. Mihai Eminescu", "Bd. Unirii", "Str. Victoriei", "Calea Dorobanților",
                                 "Str. Avram Iancu", "Bd. Eroilor", "Str. Florilor"]), n,
                              c(["", ", bl. %s%d, sc. %d, ap. %d" % (c("ABCM"), rng.randint(1, 9), rng.randint(1, 4),
                                                                  rng.randint(1, 60))]))
        town = "%s %s" % c([("030167", "București"), ("400001", "Cluj-Napoca"), ("700259", "Iași"),
                            ("300001", "Timișoara"), ("500001", "Brașov")])
    else:
        raise ValueError(loc)
    return st + ("\n" if ml else ", ") + town


def street_only(loc):
    return addr(loc).split(", ")[0] if loc not in ("es-ES", "pt-PT", "pt-BR", "es-MX") else \
        ", ".join(addr(loc).split(", ")[:2])


# ---- dates ---------------------------------------------------------------------------------------
MON = {
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December"],
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
           "Oktober", "November", "Dezember"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
           "octobre", "novembre", "décembre"],
    "nl": ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
           "oktober", "november", "december"],
    "es": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
           "octubre", "noviembre", "diciembre"],
    "it": ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto",
           "settembre", "ottobre", "novembre", "dicembre"],
    "pt": ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro",
           "outubro", "novembro", "dezembro"],
    "pl": ["stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia",
           "września", "października", "listopada", "grudnia"],
    "sv": ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september",
           "oktober", "november", "december"],
    "da": ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september",
           "oktober", "november", "december"],
    "cs": ["ledna", "února", "března", "dubna", "května", "června", "července", "srpna", "září",
           "října", "listopadu", "prosince"],
    "tr": ["Ocak", "Şubat", "Mart", "Nisan", "Mayıs", "Haziran", "Temmuz", "Ağustos", "Eylül",
           "Ekim", "Kasım", "Aralık"],
    "ro": ["ianuarie", "februarie", "martie", "aprilie", "mai", "iunie", "iulie", "august",
           "septembrie", "octombrie", "noiembrie", "decembrie"],
}
M3 = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]


def ymd(lo, hi):
    return rng.randint(lo, hi), rng.randint(1, 12), rng.randint(1, 28)


def fdate(loc, d, style=None):
    """A date in one of the locale's written forms (style: num, long, iso, compact, abbr)."""
    y, m, dd = d
    lg = loc.split("-")[0]
    style = style or rng.choice(["num", "num", "long", "iso"])
    if style == "iso":
        return "%04d-%02d-%02d" % (y, m, dd)
    if style == "compact":
        return "%04d%02d%02d" % (y, m, dd)
    if style == "abbr":
        return "%02d%s%02d" % (dd, M3[m - 1], y % 100) if rng.random() < 0.5 else \
            "%02d-%s-%04d" % (dd, M3[m - 1].capitalize(), y)
    if style == "num":
        if loc == "en-US":
            return "%02d/%02d/%04d" % (m, dd, y) if rng.random() < 0.7 else "%d/%d/%d" % (m, dd, y)
        if lg in ("de", "pl", "da", "tr", "ro"):
            return "%02d.%02d.%04d" % (dd, m, y)
        if lg == "cs":
            return "%d. %d. %d" % (dd, m, y) if rng.random() < 0.5 else "%02d.%02d.%04d" % (dd, m, y)
        if lg == "nl":
            return "%02d-%02d-%04d" % (dd, m, y)
        if lg == "sv":
            return "%04d-%02d-%02d" % (y, m, dd)
        return "%02d/%02d/%04d" % (dd, m, y)
    mn = MON[lg][m - 1]
    if loc == "en-US":
        return "%s %d, %d" % (mn, dd, y)
    if lg == "en":
        return "%d %s %d" % (dd, mn, y)
    if lg in ("de", "da", "cs"):
        return "%d. %s %d" % (dd, mn, y)
    if lg in ("es", "pt"):
        return "%d de %s de %d" % (dd, mn, y)
    return "%d %s %d" % (dd, mn, y)


def dob(loc, lo=1940, hi=2004, style=None):
    return ("DATE_OF_BIRTH", fdate(loc, ymd(lo, hi), style))


def other_date(loc, style=None, lo=2019, hi=2026):
    return ("NEG_DATE", fdate(loc, ymd(lo, hi), style))


BIRTH = {"en": ["Date of birth", "DOB", "D.O.B.", "Date of Birth"], "de": ["Geburtsdatum", "geb.", "Geb.-Datum"],
         "fr": ["Date de naissance", "Né(e) le", "Date naiss."], "nl": ["Geboortedatum", "geb.", "Geb. datum"],
         "es": ["Fecha de nacimiento", "F. nac.", "Fecha nac."], "it": ["Data di nascita", "Nato/a il", "Data nasc."],
         "pt": ["Data de nascimento", "Nascido em", "Data nasc."], "pl": ["Data urodzenia", "ur."],
         "sv": ["Födelsedatum", "född"], "da": ["Fødselsdato", "født"], "cs": ["Datum narození", "nar."],
         "tr": ["Doğum tarihi", "D. Tarihi"], "ro": ["Data nașterii", "născut(ă) la"]}


def blabel(loc):
    return rng.choice(BIRTH[loc.split("-")[0]])


# ---- phones, mail --------------------------------------------------------------------------------
def phone(loc):
    lg = loc.split("-")[0]
    k = rng.random() < 0.5
    if loc == "en-US":
        return "(%d) %s-%s" % (rng.randint(201, 989), digs(3), digs(4)) if k else "%d-%s-%s" % (
            rng.randint(201, 989), digs(3), digs(4))
    if loc == "en-GB":
        return ("07%s %s" if k else "+44 7%s %s") % (digs(3), digs(6))
    if loc == "en-IE":
        return "08%d %s %s" % (rng.randint(3, 9), digs(3), digs(4))
    if loc == "en-AU":
        return "04%s %s %s" % (digs(2), digs(3), digs(3))
    table = {"de": lambda: ("+49 1%s %s" if k else "01%s %s") % (rng.choice(["51", "60", "71", "76"]), digs(7)),
             "fr": lambda: "0%d %s %s %s %s" % (rng.choice([6, 7]), digs(2), digs(2), digs(2), digs(2)),
             "nl": lambda: ("06-%s" if k else "+31 6 %s") % digs(8),
             "es": lambda: ("6%s %s %s" if k else "+34 6%s %s %s") % (digs(2), digs(3), digs(3)),
             "it": lambda: "3%s %s %s" % (digs(2), digs(3), digs(4)),
             "pt": lambda: "9%s %s %s" % (digs(2), digs(3), digs(3)),
             "pl": lambda: "+48 %s %s %s" % (digs(3), digs(3), digs(3)),
             "sv": lambda: "07%d-%s %s %s" % (rng.randint(0, 9), digs(3), digs(2), digs(2)),
             "da": lambda: "+45 %s %s %s %s" % (digs(2), digs(2), digs(2), digs(2)),
             "cs": lambda: "+420 %s %s %s" % (digs(3), digs(3), digs(3)),
             "tr": lambda: "0 (5%s) %s %s %s" % (digs(2), digs(3), digs(2), digs(2)),
             "ro": lambda: "07%s %s %s" % (digs(2), digs(3), digs(3))}
    return table[lg]()


HOSTS = {"en": ["gmail.com", "outlook.com", "btinternet.com", "yahoo.com", "icloud.com"],
         "de": ["gmx.de", "web.de", "t-online.de", "posteo.de", "bluewin.ch"],
         "fr": ["orange.fr", "free.fr", "laposte.net", "skynet.be"],
         "nl": ["ziggo.nl", "kpnmail.nl", "telenet.be", "hotmail.nl"], "es": ["gmail.com", "hotmail.es", "yahoo.com.mx"],
         "it": ["libero.it", "tiscali.it", "virgilio.it"], "pt": ["sapo.pt", "gmail.com", "uol.com.br"],
         "pl": ["wp.pl", "onet.pl", "o2.pl"], "sv": ["telia.com", "gmail.com"], "da": ["mail.dk", "gmail.com"],
         "cs": ["seznam.cz", "email.cz"], "tr": ["gmail.com", "hotmail.com.tr"], "ro": ["yahoo.ro", "gmail.com"]}


def email(p, loc):
    return ("EMAIL_ADDRESS", p.mail(rng.choice(HOSTS[loc.split("-")[0]])))


# ---- records -------------------------------------------------------------------------------------
records = []


class Rec:
    """A record written left to right; f() fills a template whose {k} slots are plain strings or
    (label, value) pairs (a labelled span); a brace that opens no slot given is text (JSON)."""

    def __init__(self, loc, cls):
        self.loc, self.lg, self.cls, self.text, self.spans = loc, loc.split("-")[0], cls, "", []

    def t(self, s):
        self.text += s
        return self

    def s(self, label, v):
        self.spans.append({"entity_type": label, "entity_value": v, "start_position": len(self.text),
                           "end_position": len(self.text) + len(v)})
        self.text += v
        return self

    def f(self, tpl, **kw):
        i = 0
        while i < len(tpl):
            j = tpl.find("{", i)
            if j < 0:
                self.t(tpl[i:])
                break
            self.t(tpl[i:j])
            k = tpl.find("}", j)
            key = tpl[j + 1:k] if k > 0 else ""
            if key not in kw:
                self.t("{")
                i = j + 1
                continue
            v = kw[key]
            if isinstance(v, tuple):
                self.s(*v)
            else:
                self.t(v)
            i = k + 1
        return self

    def done(self):
        for sp in self.spans:
            assert self.text[sp["start_position"]:sp["end_position"]] == sp["entity_value"], sp
            assert sp["entity_value"] and sp["entity_value"] == sp["entity_value"].strip(), sp
        records.append({"full_text": self.text, "spans": self.spans, "template_id": len(records) % 100,
                        "metadata": {"locale": self.loc, "class": self.cls}})


def P(p, mode="full"):
    return ("PERSON", p.r(mode))


# Routine look-alikes (other dates, numbered units, codes, ages) are labelled at these rates and
# left as plain text otherwise; look-alikes of a person's name are always labelled.
NEG_RATE = {"DATE": 0.35, "ADDR": 0.35, "CODE": 0.3, "AGE": 0.5, "ORG": 0.8}


def N(kind, v):
    return ("NEG_" + kind, v) if rng.random() < NEG_RATE.get(kind, 1.0) else v


def A(loc, ml=False, upper=False):
    a = addr(loc, ml)
    return ("STREET_ADDRESS", a.upper() if upper else a)


def PH(loc):
    return ("PHONE_NUMBER", phone(loc))


def pick(x):
    return rng.choice(x)


# ---- kinds ---------------------------------------------------------------------------------------
def hhmm():
    return "%02d:%02d" % (rng.randint(0, 23), rng.randint(0, 59))


def hms():
    return "%02d:%02d:%02d" % (rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59))


FAMOUS = {"en": ["Taylor Swift", "Elon Musk", "David Beckham", "Adele", "Stephen King", "Keir Starmer"],
          "de": ["Helene Fischer", "Olaf Scholz", "Thomas Müller", "Til Schweiger", "Angela Merkel"],
          "fr": ["Kylian Mbappé", "Emmanuel Macron", "Édith Piaf", "Zinedine Zidane"],
          "nl": ["Max Verstappen", "André Hazes", "Mark Rutte", "Johan Cruijff"],
          "es": ["Shakira", "Rafael Nadal", "Pedro Almodóvar", "Checo Pérez"],
          "it": ["Laura Pausini", "Valentino Rossi", "Sophia Loren", "Roberto Baggio"],
          "pt": ["Cristiano Ronaldo", "Neymar", "Anitta", "Amália Rodrigues"],
          "pl": ["Robert Lewandowski", "Iga Świątek", "Lech Wałęsa"],
          "sv": ["Zlatan Ibrahimović", "Greta Thunberg", "Astrid Lindgren"],
          "da": ["Mads Mikkelsen", "Caroline Wozniacki", "H.C. Andersen"],
          "cs": ["Jaromír Jágr", "Karel Gott", "Václav Havel"],
          "tr": ["Tarkan", "Orhan Pamuk", "Arda Turan"],
          "ro": ["Simona Halep", "Gheorghe Hagi", "Nadia Comăneci"]}


def famous(lg):
    return N("FAMOUS", pick(FAMOUS[lg]))


# 1 emergency dispatch --------------------------------------------------------------------------
CAD = {
    "en": ("CAD INCIDENT #{no}   PRI {pri}   NATURE: {nat}\nRCVD {ts}   CALLTAKER: {op}\nCALLER: {c}   CBN: {ph}\n"
           "LOC: {a}   XST: {x}\nNARR:\n{t1} CALLER STATES {rel} {pt} {what}, DOB {d}\n{t2} {u} ENRT\n"
           "{t3} {u2} ONSCENE\n{t4} TRANSPORT TO {h}\n",
           ["FALL/ELDERLY", "CHEST PAIN", "UNCONSCIOUS PERSON", "BREATHING PROBLEMS"],
           ["HER HUSBAND", "HIS WIFE", "HER MOTHER", "HIS FATHER", "NEIGHBOR"],
           ["FELL IN BATHROOM", "IS NOT RESPONDING", "HAS CHEST PAIN", "CANNOT GET UP"],
           ["MLK JR BLVD", "WASHINGTON ST", "LINCOLN AVE", "JEFFERSON DAVIS HWY"],
           ["ST. JOSEPH MERCY HOSPITAL", "JOHNS HOPKINS HOSPITAL", "MARY BRIDGE CHILDREN'S", "ST. LUKE'S MEDICAL CENTER"]),
    "de": ("Einsatznummer: {no}   Stichwort: {nat} (Prio {pri})\nEingang: {ts}   Disponent: {op}\n"
           "Meldender: {c}, Rückruf {ph}\nEinsatzort: {a} (Ecke {x})\nLagemeldung:\n{t1} Anrufer meldet: {rel} {pt} "
           "{what}, geb. {d}\n{t2} {u} alarmiert\n{t3} {u2} am Einsatzort\n{t4} Transport {h}\n",
           ["RD 2 – Sturz", "RD 1 – Atemnot", "RD 2 – bewusstlose Person", "RD 1 – Brustschmerz"],
           ["Ehemann", "Ehefrau", "Mutter", "Vater", "Nachbarin"],
           ["gestürzt", "nicht ansprechbar", "mit Atemnot", "kommt nicht hoch"],
           ["Konrad-Adenauer-Straße", "Goethestraße", "Willy-Brandt-Platz", "Kaiser-Wilhelm-Ring"],
           ["Klinikum Ernst von Bergmann", "Robert-Bosch-Krankenhaus", "St. Elisabeth-Krankenhaus", "Helios Klinikum"]),
    "nl": ("Meldkamer Ambulancezorg – rit {no}\nUrgentie: A{pri}   Melding: {nat}\nAanname: {ts}   Centralist: {op}\n"
           "Melder: {c} ({ph})\nAdres: {a}, hoek {x}\nVerloop:\n{t1} melder zegt: {rel} {pt} {what}, geb. {d}\n"
           "{t2} {u} ter plaatse onderweg\n{t3} {u2} ter plaatse\n{t4} vervoer naar {h}\n",
           ["val oudere", "benauwdheid", "bewusteloze persoon", "pijn op de borst"],
           ["haar man", "zijn vrouw", "haar moeder", "zijn vader", "de buurvrouw"],
           ["is gevallen", "reageert niet", "is benauwd", "komt niet overeind"],
           ["Willem Dreeslaan", "Johan de Wittlaan", "Burgemeester Visserpark", "Prins Hendrikkade"],
           ["Antoni van Leeuwenhoek", "Sint Antonius Ziekenhuis", "Jeroen Bosch Ziekenhuis", "Máxima MC"]),
    "sv": ("SOS Alarm – ärende {no}\nPrio {pri}   Händelse: {nat}\nInkommet: {ts}   Operatör: {op}\n"
           "Inringare: {c}, tel {ph}\nAdress: {a} (korsning {x})\nLogg:\n{t1} inringaren uppger att {rel} {pt} {what}, "
           "född {d}\n{t2} {u} larmad\n{t3} {u2} på plats\n{t4} transport till {h}\n",
           ["fall äldre", "andningsbesvär", "medvetslös person", "bröstsmärta"],
           ["hennes man", "hans fru", "hennes mamma", "hans pappa", "grannen"],
           ["har ramlat", "svarar inte", "har svårt att andas", "kommer inte upp"],
           ["Olof Palmes gata", "Karl Johansgatan", "Gustav Adolfs torg", "Birger Jarlsgatan"],
           ["Karolinska universitetssjukhuset", "Sahlgrenska universitetssjukhuset", "Danderyds sjukhus"]),
    "fr": ("CTA-CODIS – intervention n° {no}\nPriorité {pri}   Motif : {nat}\nAppel reçu : {ts}   Opérateur : {op}\n"
           "Requérant : {c}, tél. {ph}\nAdresse : {a} (angle {x})\nMain courante :\n{t1} le requérant signale que {rel} "
           "{pt} {what}, née le {d}\n{t2} {u} engagé\n{t3} {u2} sur les lieux\n{t4} transport vers {h}\n",
           ["chute personne âgée", "détresse respiratoire", "personne inconsciente", "douleur thoracique"],
           ["sa femme", "sa mère", "sa voisine", "sa grand-mère"],
           ["a chuté", "ne répond plus", "respire mal", "ne peut pas se relever"],
           ["avenue Jean Jaurès", "boulevard Victor Hugo", "place Charles de Gaulle", "rue Émile Zola"],
           ["Hôpital européen Georges-Pompidou", "CHU Pellegrin", "Hôpital Édouard-Herriot", "Clinique Pasteur"]),
}
CAD_UNITS = {"en": ["M17", "E5", "MEDIC 4", "R12"], "de": ["RTW 3/83-1", "NEF 3/82-1", "RTW 1/83-2"],
             "nl": ["13-123", "13-145", "MMT 13-900"], "sv": ["Ambulans 3410", "Ambulans 3420"],
             "fr": ["VSAV 1", "VSAV 2", "SMUR 75"]}


def k_cad(loc):
    lg = loc.split("-")[0]
    r = Rec(loc, "cad")
    tpl, nats, rels, whats, xs, hs = CAD[lg]
    if rng.random() < 0.12:
        r.f("{u} status 2 – {x} closed for roadworks, use detour. Next shift briefing {d}.\n",
            u=N("CODE", pick(CAD_UNITS[lg])), x=N("PLACE", pick(xs)), d=other_date(loc))
        return r.done()
    caller, pt = Person(lg), Person(lg, gender="f" if lg == "fr" else None)
    up = lg == "en"
    no = "%02d-%06d" % (rng.randint(19, 25), rng.randint(1, 999999))
    m0 = rng.randint(0, 22 * 60)
    tm = []
    for _ in range(4):
        m0 += rng.randint(1, 14)
        tm.append("%02d:%02d" % (m0 // 60 % 24, m0 % 60))
    r.f(tpl, no=no, pri=str(rng.randint(1, 3)), nat=pick(nats),
        ts=N("DATE", fdate(loc, ymd(2022, 2026), "num")) if rng.random() < 0.5 else hms(),
        op=P(Person(lg), "init" if rng.random() < 0.5 else "comma"),
        c=P(caller, "COMMA" if up else pick(["full", "comma"])), ph=PH(loc),
        a=A(loc, upper=up), x=N("PLACE", pick(xs).upper() if up else pick(xs)),
        t1=tm[0], t2=tm[1], t3=tm[2], t4=tm[3], rel=pick(rels),
        pt=P(pt, "upper" if up else "full"), what=pick(whats),
        d=dob(loc, 1930, 1965, "num"), u=N("CODE", pick(CAD_UNITS[lg])), u2=pick(CAD_UNITS[lg]),
        h=N("ORG", pick(hs)))
    r.done()


# 2 ambulance run sheets -------------------------------------------------------------------------
EMS = {
    "en": ("PATIENT CARE REPORT   Run #{no}   Date: {dt}\nPatient: {p}   DOB: {d}   Age: {age}   Sex: {sx}\n"
           "Home address: {a}\nNext of kin: {k} ({rel}) {ph}\nChief complaint: {cc}\nHx: {hx}\nMeds: {med}\n"
           "Crew: {c1} / {c2}\nReceiving physician: Dr. {doc}\n",
           ["daughter", "son", "wife", "husband"], ["syncope", "fall with hip pain", "SOB", "confusion"]),
    "de": ("Einsatzprotokoll Rettungsdienst   Nr. {no}   Datum: {dt}\nPatient: {p}   Geb.-Datum: {d}   Alter: {age}   "
           "Geschlecht: {sx}\nWohnadresse: {a}\nAngehörige: {k} ({rel}) {ph}\nLeitsymptom: {cc}\nVorerkrankungen: {hx}\n"
           "Medikation: {med}\nBesatzung: {c1} / {c2}\nÜbernehmender Arzt: Dr. {doc}\n",
           ["Tochter", "Sohn", "Ehefrau", "Ehemann"], ["Synkope", "Sturz, Hüftschmerz", "Dyspnoe", "Verwirrtheit"]),
    "it": ("SCHEDA DI SOCCORSO 118   Missione {no}   Data: {dt}\nPaziente: {p}   Data di nascita: {d}   Età: {age}   "
           "Sesso: {sx}\nResidenza: {a}\nFamiliare: {k} ({rel}) {ph}\nMotivo: {cc}\nAnamnesi: {hx}\nTerapia: {med}\n"
           "Equipaggio: {c1} / {c2}\nMedico accettante: dott. {doc}\n",
           ["figlia", "figlio", "moglie", "marito"], ["sincope", "caduta", "dispnea", "stato confusionale"]),
    "es": ("HOJA DE ASISTENCIA – SAMUR   Servicio {no}   Fecha: {dt}\nPaciente: {p}   F. nac.: {d}   Edad: {age}   "
           "Sexo: {sx}\nDomicilio: {a}\nFamiliar: {k} ({rel}) {ph}\nMotivo: {cc}\nAntecedentes: {hx}\nMedicación: {med}\n"
           "Dotación: {c1} / {c2}\nMédico receptor: Dr. {doc}\n",
           ["hija", "hijo", "esposa", "marido"], ["síncope", "caída", "disnea", "desorientación"]),
    "pl": ("KARTA MEDYCZNYCH CZYNNOŚCI RATUNKOWYCH   Nr {no}   Data: {dt}\nPacjent: {p}   Data urodzenia: {d}   "
           "Wiek: {age}   Płeć: {sx}\nAdres zamieszkania: {a}\nOsoba bliska: {k} ({rel}) {ph}\nPowód wezwania: {cc}\n"
           "Choroby: {hx}\nLeki: {med}\nZespół: {c1} / {c2}\nLekarz przyjmujący: lek. {doc}\n",
           ["córka", "syn", "żona", "mąż"], ["omdlenie", "upadek", "duszność", "splątanie"]),
    "cs": ("ZÁZNAM O VÝJEZDU ZZS   č. {no}   Datum: {dt}\nPacient: {p}   Datum narození: {d}   Věk: {age}   "
           "Pohlaví: {sx}\nBydliště: {a}\nKontaktní osoba: {k} ({rel}) {ph}\nDůvod výjezdu: {cc}\nAnamnéza: {hx}\n"
           "Léky: {med}\nPosádka: {c1} / {c2}\nPřebírající lékař: MUDr. {doc}\n",
           ["dcera", "syn", "manželka", "manžel"], ["synkopa", "pád", "dušnost", "zmatenost"]),
}
EPONYM_DX = {"en": ["Parkinson's disease", "Alzheimer's", "Crohn's disease", "Hodgkin lymphoma", "Graves' disease"],
             "de": ["Morbus Parkinson", "Alzheimer-Demenz", "Morbus Crohn", "Hashimoto-Thyreoiditis"],
             "it": ["morbo di Parkinson", "malattia di Alzheimer", "morbo di Crohn"],
             "es": ["enfermedad de Parkinson", "Alzheimer", "enfermedad de Crohn"],
             "pl": ["choroba Parkinsona", "choroba Alzheimera", "choroba Leśniowskiego-Crohna"],
             "cs": ["Parkinsonova choroba", "Alzheimerova choroba", "Crohnova choroba"]}
DRUGS = ["Eliquis", "Xarelto", "Ramipril", "Metformin", "Bisoprolol", "Madopar", "Donepezil"]


def k_ems(loc):
    lg = loc.split("-")[0]
    r = Rec(loc, "ems")
    tpl, rels, ccs = EMS[lg]
    p = Person(lg)
    y, m, d = ymd(1932, 1975)
    if rng.random() < 0.3:
        r.f('<PatientCareReport run="{no}" date="{dt}">\n  <Patient>\n    <LastName>{s}</LastName>\n'
            '    <FirstName>{g}</FirstName>\n    <DateOfBirth>{d}</DateOfBirth>\n    <HomeAddress>{a}</HomeAddress>\n'
            '  </Patient>\n  <History>{hx}</History>\n  <Crew lead="{c1}" second="{c2}"/>\n</PatientCareReport>\n',
            no=str(rng.randint(10000, 99999)), dt=N("DATE", fdate(loc, ymd(2021, 2026), "iso")), s=P(p, "sur"),
            g=P(p, "given"), d=("DATE_OF_BIRTH", fdate(loc, (y, m, d), "iso")), a=A(loc),
            hx=N("TERM", pick(EPONYM_DX[lg])), c1=P(Person(lg), "init"), c2=P(Person(lg), "full"))
        return r.done()
    r.f(tpl, no=str(rng.randint(10000, 99999)), dt=other_date(loc, "num"),
        p=P(p, pick(["comma", "COMMA", "full"])), d=("DATE_OF_BIRTH", fdate(loc, (y, m, d), "num")),
        age=N("AGE", str(2025 - y)), sx=pick("MF"), a=A(loc), k=P(Person(lg), "full"), rel=pick(rels), ph=PH(loc),
        cc=pick(ccs), hx=N("TERM", pick(EPONYM_DX[lg])), med=N("PRODUCT", pick(DRUGS)),
        c1=P(Person(lg), "init"), c2=P(Person(lg), pick(["init", "full"])), doc=P(Person(lg), "sur"))
    r.done()


# 3 content moderation -----------------------------------------------------------------------------
DOX = {"en": ["everyone go tell {n} what you think of her, she lives at {a}",
              "lol this is where {n} lives now: {a} - go say hi",
              "{n} (born {d}) is the one who reported my account. address: {a}"],
       "de": ["schreibt {n} mal die meinung, wohnt in der {a}", "das ist die adresse von {n}: {a}, viel spaß",
              "{n}, geb. {d}, hat mich gemeldet. wohnt {a}"],
       "tr": ["{n} denen kişinin adresi: {a}, gidin konuşun", "{n} ({d} doğumlu) beni şikayet etti, adresi {a}"],
       "pl": ["{n} mieszka pod adresem {a}, odwiedźcie go", "to {n}, ur. {d}, adres: {a}"],
       "pt": ["o endereço do {n} é {a}, bora lá", "{n}, nascido em {d}, mora na {a}"],
       "es": ["{n} vive en {a}, vayan a saludarla", "esta es {n}, nació el {d}, domicilio {a}"]}
CLEAN = {"en": "{f} is overrated and I will die on this hill", "de": "{f} ist so peinlich, echt jetzt",
         "tr": "{f} yine rezil oldu", "pl": "{f} znowu zawiódł", "pt": "{f} é o melhor do mundo, aceitem",
         "es": "{f} no canta nada, lo siento"}
QUEUES = ["doxxing", "harassment", "private_info", "hate"]


def dox_text(r, loc, lg):
    tpl = pick(DOX[lg])
    p = Person(lg)
    r.f(tpl, n=P(p, pick(["lower", "lower", "full", "lgiven"])), a=("STREET_ADDRESS", addr(loc).lower().replace("i\u0307", "i")),
        d=dob(loc, 1970, 2006, "num"))


def k_moderation(loc):
    lg = loc.split("-")[0]
    r = Rec(loc, "moderation")
    k = rng.randrange(3)
    if k == 0:
        r.f('{"report_id": "R-{no}", "queue": "{q}", "created_at": "{dt}",\n "reported_content": "',
            no=str(rng.randint(10000, 99999)), q=pick(QUEUES), dt=other_date(loc, "iso"))
        if rng.random() < 0.25:
            r.f(CLEAN[lg], f=famous(lg))
        else:
            dox_text(r, loc, lg)
        r.f('",\n "reporter_display_name": "{rp}", "assigned_to": "{rv}", "status": "open"}\n',
            rp=P(Person(lg), pick(["full", "lower"])), rv=P(Person("en" if rng.random() < 0.5 else lg), "full"))
    elif k == 1:
        r.t("item_id,queue,excerpt,reporter,reviewer,decision\n")
        for _ in range(rng.randint(2, 3)):
            r.t("%d,%s,\"" % (rng.randint(100000, 999999), pick(QUEUES)))
            if rng.random() < 0.3:
                r.f(CLEAN[lg], f=famous(lg))
            else:
                dox_text(r, loc, lg)
            r.f("\",{rp},{rv},{dc}\n", rp=P(Person(lg), "full"), rv=P(Person(lg), pick(["full", "comma"])),
                dc=pick(["removed", "kept", "escalated"]))
    else:
        rv = Person(lg)
        r.f("Escalation note – case {no}\nReviewer: {rv}\nThe post names a private individual, {n}, and gives her "
            "home address ({a}) and date of birth ({d}). Not a public figure (unlike {f}, who is mentioned in the "
            "same thread). Removed under the private-information policy; reporter {rp} notified.\n",
            no=N("CODE", "TS-%d" % rng.randint(100000, 999999)), rv=P(rv, "full"), n=P(Person(lg), "full"),
            a=A(loc), d=dob(loc, 1960, 2005), f=famous(lg), rp=P(Person(lg), "full"))
    r.done()


# 4 voice assistants -------------------------------------------------------------------------------
VOICE = {
    "en": ("alexa", "call {g}", "Calling {n}, mobile.", "remind me that {g2}'s birthday is on {bd}",
           "OK, I'll remind you.", "navigate home", "Starting route to Home, {a}.",
           "note that {g3} was born on {d}", "Noted.", "play some {f}", "Playing {f} on Spotify."),
    "de": ("alexa", "ruf {g} an", "Ich rufe {n} an, Mobil.", "erinnere mich dass {g2} am {bd} geburtstag hat",
           "Okay, ich erinnere dich.", "navigiere nach hause", "Route nach Hause, {a}.",
           "notiere dass {g3} am {d} geboren ist", "Notiert.", "spiel was von {f}", "Hier ist {f} auf Spotify."),
    "sv": ("hey google", "ring {g}", "Ringer {n}, mobil.", "påminn mig om att {g2} fyller år den {bd}",
           "Okej, jag påminner dig.", "navigera hem", "Vägbeskrivning hem, {a}.",
           "anteckna att {g3} är född {d}", "Antecknat.", "spela {f}", "Spelar {f} på Spotify."),
    "da": ("hey google", "ring til {g}", "Ringer til {n}, mobil.", "mind mig om at {g2} har fødselsdag den {bd}",
           "Okay, jeg minder dig om det.", "naviger hjem", "Rute hjem, {a}.",
           "skriv ned at {g3} er født {d}", "Noteret.", "spil {f}", "Afspiller {f} på Spotify."),
    "nl": ("hey google", "bel {g}", "Ik bel {n}, mobiel.", "herinner me eraan dat {g2} op {bd} jarig is",
           "Oké, ik herinner je eraan.", "navigeer naar huis", "Route naar Thuis, {a}.",
           "noteer dat {g3} geboren is op {d}", "Genoteerd.", "speel {f}", "{f} op Spotify."),
    "it": ("alexa", "chiama {g}", "Chiamo {n}, cellulare.", "ricordami che {g2} compie gli anni il {bd}",
           "Va bene, te lo ricorderò.", "portami a casa", "Percorso verso Casa, {a}.",
           "annota che {g3} è nato il {d}", "Annotato.", "metti {f}", "Ecco {f} su Spotify."),
}
MUSIC = ["taylor swift", "mozart", "abba", "ed sheeran", "vivaldi", "beyoncé"]


def yearless(loc):
    lg = loc.split("-")[0]
    y, m, d = ymd(2000, 2000)
    if lg == "en":
        return "%s %d" % (MON["en"][m - 1], d) if loc == "en-US" else "%d %s" % (d, MON["en"][m - 1])
    if lg in ("de", "da"):
        return "%d. %s" % (d, MON[lg][m - 1])
    return "%d %s" % (d, MON[lg][m - 1])


def k_voice(loc):
    lg = loc.split("-")[0]
    r = Rec(loc, "voice")
    (wake, call, callr, rem, remr, nav, navr, note, noter, play, playr) = VOICE[lg]
    p, p2, p3 = Person(lg), Person(lg), Person(lg)
    if rng.random() < 0.5:
        lines = [("user", wake + ", " + call, dict(g=P(p, "lgiven"))), ("assistant", callr, dict(n=P(p, "full"))),
                 ("user", wake + ", " + rem, dict(g2=P(p2, "lgiven"), bd=N("DATE", yearless(loc).lower()))),
                 ("assistant", remr, {})]
        if rng.random() < 0.7:
            lines += [("user", wake + ", " + nav, {}), ("assistant", navr, dict(a=A(loc)))]
        if rng.random() < 0.8:
            lines += [("user", wake + ", " + note, dict(g3=P(p3, "lower"), d=dob(loc, 2012, 2024, "long"))),
                      ("assistant", noter, {})]
        if rng.random() < 0.5:
            f = pick(MUSIC)
            lines += [("user", wake + ", " + play, dict(f=N("FAMOUS", f))),
                      ("assistant", playr, dict(f=N("FAMOUS", f.title())))]
        for who, tpl, kw in lines:
            r.t("[%s] %s: " % (hms(), who))
            r.f(tpl, **kw)
            r.t("\n")
    else:
        r.t("[\n")
        dev = Person(lg)
        items = [(call, callr, dict(g=P(p, "lgiven")), dict(n=P(p, "full"))),
                 (note, noter, dict(g3=P(p3, "lower"), d=dob(loc, 2010, 2024, "long")), {}),
                 (nav, navr, {}, dict(a=A(loc)))]
        for i, (u, a, ku, ka) in enumerate(items[:rng.randint(2, 3)]):
            r.f('  {"timestamp": "2025-%02d-%02dT%s", "device": "{dv}\'s Echo Dot", "utterance": "' % (
                rng.randint(1, 12), rng.randint(1, 28), hms()), dv=P(dev, "given"))
            r.f(u, **ku)
            r.t('", "response": "')
            r.f(a, **ka)
            r.t('"}' + (",\n" if i < 2 else "\n"))
        r.text = r.text.rstrip(",\n") + "\n]\n"
    r.done()


# 5 military service records -------------------------------------------------------------------------
def k_military(loc):
    lg = loc.split("-")[0]
    r = Rec(loc, "military")
    p = Person(lg, gender="m") if lg == "tr" else Person(lg)
    if loc == "en-US":
        mi = " " + pick("ABCDEFGHJKLMRST") if rng.random() < 0.6 else ""
        r.f("CERTIFICATE OF RELEASE OR DISCHARGE FROM ACTIVE DUTY (DD FORM 214)\n1. NAME (Last, First, Middle)\n   {n}\n"
            "2. DEPARTMENT, COMPONENT AND BRANCH  ARMY/RA\n4.a GRADE, RATE OR RANK  SGT   b. PAY GRADE  E05\n"
            "5. DATE OF BIRTH (YYYYMMDD)  {d}\n7.a PLACE OF ENTRY INTO ACTIVE DUTY  {pl}\n"
            "7.b HOME OF RECORD AT TIME OF ENTRY  {a}\n8.a LAST DUTY ASSIGNMENT  {ship}\n"
            "12.a DATE ENTERED AD THIS PERIOD  {d1}\n12.b SEPARATION DATE THIS PERIOD  {d2}\n"
            "19.a MAILING ADDRESS AFTER SEPARATION  {a2}\n19.b NEAREST RELATIVE  {k}\n"
            "21.a OFFICIAL AUTHORIZED TO SIGN  {o}, CPT, AG\n",
            n=("PERSON", p.r("COMMA") + mi), d=dob(loc, 1970, 2002, "compact"),
            pl=N("PLACE", pick(["FORT JACKSON, SC", "FORT LEONARD WOOD, MO", "FORT SILL, OK", "GREAT LAKES, IL"])),
            a=A(loc, upper=True), ship=N("TERM", pick(["USS CARL VINSON (CVN 70)", "USS JOHN S. MCCAIN (DDG 56)",
                                                        "1ST BN, 75TH RANGER REGT"])),
            d1=other_date(loc, "compact", 2008, 2018), d2=other_date(loc, "compact", 2012, 2024),
            a2=A(loc, upper=True), k=P(Person(lg), "upper"), o=P(Person(lg), "upper"))
    elif lg == "de":
        r.f("Dienstzeitbescheinigung\nName, Vorname: {n}\nGeburtsdatum: {d}\nDienstgrad: {rk}\nTruppenteil: "
            "Panzergrenadierbataillon {bt}, {ks}\nDienstzeit: {d1} bis {d2}\nAnschrift: {a}\n\ngez. {o}, Hauptmann\n",
            n=P(p, "comma"), d=dob(loc, 1965, 2004, "num"), rk=pick(["Obergefreiter", "Stabsunteroffizier", "Leutnant"]),
            bt=str(rng.choice([371, 401, 212, 122])),
            ks=N("ORG", pick(["Generalfeldmarschall-Rommel-Kaserne", "Graf-Stauffenberg-Kaserne", "Julius-Leber-Kaserne",
                              "Freiherr-vom-Stein-Kaserne"])),
            d1=other_date(loc, "num", 2000, 2009), d2=other_date(loc, "num", 2010, 2024), a=A(loc),
            o=P(Person(lg), pick(["init", "full"])))
    elif lg == "fr":
        r.f("ÉTAT SIGNALÉTIQUE ET DES SERVICES\nNom : {s}   Prénoms : {g}\nNé le : {d}\nDomicile : {a}\n"
            "Incorporé le {d1} au {ks}\nRayé des contrôles le {d2}\n\nLe chef du bureau : {o}\n",
            s=P(p, "SUR"), g=P(p, "given"), d=dob(loc, 1965, 2004, pick(["num", "long"])), a=A(loc),
            d1=other_date(loc, "num", 2000, 2015),
            ks=N("ORG", pick(["quartier Foch", "camp de Mourmelon", "caserne Lyautey", "quartier Joffre"])),
            d2=other_date(loc, "num", 2010, 2024), o=P(Person(lg), "full"))
    elif lg == "pl":
        r.f("KSIĄŻECZKA WOJSKOWA\nNazwisko: {s}\nImiona: {g}\nImię ojca: {f}\nData urodzenia: {d}\n"
            "Miejsce zamieszkania: {a}\nPrzysięga wojskowa: {d1}\nJednostka: {ks}\nKomendant WKU: {o}\n",
            s=P(p, "SUR"), g=P(p, "given"), f=P(Person(lg, gender="m"), "given"), d=dob(loc, 1965, 2004, "num"),
            a=A(loc), d1=other_date(loc, "num", 2000, 2020),
            ks=N("ORG", pick(["12 Brygada Zmechanizowana im. gen. broni Józefa Hallera", "Garnizon Warszawa"])),
            o=P(Person(lg), "full"))
    elif lg == "tr":
        r.f("TERHİS BELGESİ\nAdı Soyadı: {n}\nBaba Adı: {f}\nDoğum Tarihi: {d}\nAdres: {a}\nSevk Tarihi: {d1}\n"
            "Terhis Tarihi: {d2}\nBirlik Komutanı: {o}\n",
            n=P(p, "upper"), f=P(Person(lg, gender="m"), "given"), d=dob(loc, 1975, 2004, "num"), a=A(loc),
            d1=other_date(loc, "num", 2015, 2023), d2=other_date(loc, "num", 2016, 2024), o=P(Person(lg), "full"))
    elif lg == "da":
        r.f("Forsvarets Personeltjeneste – Tjenesteattest\nNavn: {n}\nFødselsdato: {d}\nAdresse: {a}\n"
            "Indkaldt: {d1} til {ks}\nHjemsendt: {d2}\nUnderskrevet: {o}, kaptajn\n",
            n=P(p, "full"), d=dob(loc, 1970, 2004, "num"), a=A(loc), d1=other_date(loc, "num", 2000, 2020),
            ks=N("ORG", pick(["Garderhusarregimentet", "Den Kongelige Livgarde", "Dronningens Livregiment"])),
            d2=other_date(loc, "num", 2001, 2024), o=P(Person(lg), "full"))
    else:
        r.f("SERVICE RECORD (extract)\nSurname: {s}   Forenames: {g}\nService No.: {no}\nDate of birth: {d}\n"
            "Unit: Royal Regiment of Fusiliers, {ks}\nNext of kin: {k} ({rel}), {a}\nCertified: {o}, Capt\n",
            s=P(p, "SUR"), g=P(p, "given"), no=N("CODE", "2541%04d" % rng.randint(0, 9999)),
            d=dob(loc, 1960, 2004, pick(["num", "long"])),
            ks=N("PLACE", pick(["Wellington Barracks", "Clive Barracks", "Napier Lines", "Kendrew Barracks"])),
            k=P(Person(lg), "full"), rel=pick(["mother", "wife", "father", "husband"]), a=A(loc),
            o=P(Person(lg), "init"))
    r.done()


# 6 bug bounty reports -----------------------------------------------------------------------------
BOUNTY_H = {"en": ("Researcher", "Submitted", "Steps to reproduce", "Response", "Impact", "Triage note"),
            "de": ("Meldende Person", "Eingereicht", "Reproduktion", "Antwort", "Auswirkung", "Triage-Notiz"),
            "fr": ("Chercheur", "Soumis le", "Étapes de reproduction", "Réponse", "Impact", "Note de triage"),
            "es": ("Investigador", "Enviado", "Pasos para reproducir", "Respuesta", "Impacto", "Nota de triaje"),
            "pt": ("Pesquisador", "Enviado em", "Passos para reproduzir", "Resposta", "Impacto", "Nota de triagem"),
            "pl": ("Zgłaszający", "Wysłano", "Kroki", "Odpowiedź", "Wpływ", "Notatka triage")}
VULNS = ["IDOR on /api/v2/customers/{id} exposes other customers' records",
         "GraphQL introspection leaks the user query with personal fields",
         "Export endpoint returns any account's profile as JSON",
         "Misconfigured S3 bucket lists signed contracts"]
TOOLS = ["Burp Suite", "Jenkins", "Apache Struts", "Kibana", "ffuf", "Postman"]


def k_bounty(loc):
    lg = loc.split("-")[0]
    r = Rec(loc, "bounty")
    h = BOUNTY_H[lg]
    res, tri, v = Person(pick([lg, "en"])), Person("en"), Person(lg)
    r.f("## [High] " + pick(VULNS) + "\n**{h0}:** {res}\n**{h1}:** {dt}\n\n### {h2}\n1. Log in as a test user in "
        "{tool}.\n2. `GET /api/v2/customers/{id}` with another id.\n\n### {h3}\n```json\n",
        h0=h[0], res=P(res, "full"), h1=h[1], dt=other_date(loc, "iso"), h2=h[2], tool=N("PRODUCT", pick(TOOLS)),
        id=str(rng.randint(10000, 99999)), h3=h[3])
    street = street_only(loc)
    r.f('{"id": {id}, "first_name": "{g}", "last_name": "{s}", "date_of_birth": "{d}",\n "street": "{st}", '
        '"email": "{m}"}\n```\n\n', id=str(rng.randint(10000, 99999)), g=P(v, "given"), s=P(v, "sur"),
        d=dob(loc, 1950, 2004, "iso"), st=("STREET_ADDRESS", street), m=email(v, loc))
    r.f("### {h4}\nAny logged-in user can read names, birth dates and home addresses of all customers (the "
        "classic {bt} lesson, but for PII).\n\n**{h5}** ({tri}): reproduced; the researcher's own test account "
        "({g2}) was used for the first request.\n", h4=h[4],
        bt=N("TERM", pick(["Little Bobby Tables", "Log4Shell", "Heartbleed"])), h5=h[5], tri=P(tri, "full"),
        g2=P(res, "given"))
    r.done()


# 7 school timetables -------------------------------------------------------------------------------
TT = {
    "de": ("Vertretungsplan {sch} – {d}\n| Std | Klasse | Fach | Lehrkraft | Vertretung | Raum | Hinweis |\n|---|---|---|---|---|---|---|\n",
           "| {h} | {k} | {f} | {t1}{a} | {t2}{b} | {rm} | {x} |\n", ("Hr.", "Fr."),
           ["Goethe-Gymnasium", "Albert-Schweitzer-Schule", "Sophie-Scholl-Realschule", "Humboldt-Gymnasium"],
           ["Deutsch", "Mathe", "Englisch", "Bio", "Sport"], "entfällt", ["Lektüre: {f}", "Aufgaben im Moodle", ""],
           ["Schiller", "Goethe", "Kafka", "Brecht"]),
    "en": ("Cover list – {sch} – {d}\n| Period | Class | Subject | Absent | Cover | Room | Notes |\n|---|---|---|---|---|---|---|\n",
           "| {h} | {k} | {f} | {t1}{a} | {t2}{b} | {rm} | {x} |\n", ("Mr", "Ms"),
           ["St Aidan's Academy", "King Edward VI School", "Cardinal Newman Catholic School", "Churchill Academy"],
           ["Chemistry", "English", "Maths", "History", "PE"], "supervised study", ["set work: {f}", "see Teams", ""],
           ["Shakespeare", "Dickens", "Orwell", "Brontë"]),
    "fr": ("Absences et remplacements – {sch} – {d}\n| Heure | Classe | Matière | Absent | Remplaçant | Salle | Remarque |\n|---|---|---|---|---|---|---|\n",
           "| {h} | {k} | {f} | {t1}{a} | {t2}{b} | {rm} | {x} |\n", ("M.", "Mme"),
           ["Collège Jean-Moulin", "Lycée Victor-Hugo", "Collège Louise-Michel", "Lycée Marie-Curie"],
           ["Français", "Maths", "Anglais", "SVT", "EPS"], "permanence", ["lecture : {f}", "devoir sur Pronote", ""],
           ["Molière", "Zola", "Camus", "Hugo"]),
    "nl": ("Roosterwijzigingen {sch} – {d}\n| Uur | Klas | Vak | Docent | Vervanger | Lokaal | Opmerking |\n|---|---|---|---|---|---|---|\n",
           "| {h} | {k} | {f} | {t1}{a} | {t2}{b} | {rm} | {x} |\n", ("dhr.", "mevr."),
           ["Erasmus College", "Spinoza Lyceum", "Vincent van Gogh College", "Anne Frank School"],
           ["Nederlands", "Wiskunde", "Engels", "Biologie", "LO"], "vervalt", ["lezen: {f}", "werk in Magister", ""],
           ["Multatuli", "Vondel", "Hella Haasse"]),
    "it": ("Sostituzioni – {sch} – {d}\n| Ora | Classe | Materia | Assente | Supplente | Aula | Note |\n|---|---|---|---|---|---|---|\n",
           "| {h} | {k} | {f} | {t1}{a} | {t2}{b} | {rm} | {x} |\n", ("prof.", "prof.ssa"),
           ["Liceo Scientifico Galileo Galilei", "Istituto Comprensivo Giovanni Pascoli", "Liceo Classico Ugo Foscolo"],
           ["Italiano", "Matematica", "Inglese", "Scienze", "Storia"], "uscita anticipata", ["lettura: {f}", "compiti sul registro", ""],
           ["Dante", "Manzoni", "Leopardi", "Calvino"]),
    "da": ("Skemaændringer – {sch} – {d}\n| Modul | Hold | Fag | Lærer | Vikar | Lokale | Note |\n|---|---|---|---|---|---|---|\n",
           "| {h} | {k} | {f} | {t1}{a} | {t2}{b} | {rm} | {x} |\n", ("", ""),
           ["H.C. Ørsted Gymnasiet", "N. Zahles Gymnasieskole", "Niels Brock"],
           ["Dansk", "Matematik", "Engelsk", "Fysik", "Idræt"], "aflyst", ["læs {f}", "se Lectio", ""],
           ["Blixen", "Kierkegaard", "H.C. Andersen"]),
    "cs": ("Suplování – {sch} – {d}\n| Hod. | Třída | Předmět | Chybí | Supluje | Učebna | Pozn. |\n|---|---|---|---|---|---|---|\n",
           "| {h} | {k} | {f} | {t1}{a} | {t2}{b} | {rm} | {x} |\n", ("Mgr. ", "Mgr. "),
           ["Gymnázium Jana Nerudy", "ZŠ T. G. Masaryka", "Gymnázium Christiana Dopplera"],
           ["ČJ", "M", "AJ", "Bi", "TV"], "odpadá", ["četba: {f}", "úkoly v Bakalářích", ""],
           ["Čapek", "Hašek", "Neruda"]),
}


def k_timetable(loc):
    lg = loc.split("-")[0]
    r = Rec(loc, "timetable")
    head, row, (tm, tf), schools, subj, off, notes, fams = TT[lg]
    r.f(head, sch=N("ORG", pick(schools)), d=other_date(loc, "num", 2024, 2026))
    for i in range(rng.randint(2, 4)):
        a, b = Person(lg), Person(lg)
        ta = tm if a.gender == "m" else tf
        tb = tm if b.gender == "m" else tf
        ta = ta.strip() + " " if ta.strip() else ""
        tb = tb.strip() + " " if tb.strip() else ""
        note = pick(notes)
        kw = dict(h=str(i + rng.randint(1, 3)), k=pick(["5a", "7b", "9c", "10X2", "2B", "6C", "8a"]),
                  f=pick(subj), t1=ta, a=P(a, pick(["sur", "sur", "full"])), rm=N("ADDR", pick(["R 204", "B12", "1.14",
                                                                                               "Lab 2", "A-3.05", "G07"])))
        if rng.random() < 0.2:
            kw.update(t2="", b=off)
        else:
            kw.update(t2=tb, b=P(b, pick(["sur", "full"])))
        if "{f}" in note:
            pre, post = note.split("{f}")
            r.f(row.replace("{x}", pre + "{ff}" + post), ff=N("FAMOUS", pick(fams)), **kw)
        else:
            r.f(row.replace("{x}", note), **kw)
    r.done()


# 8 baggage irregularity reports ------------------------------------------------------------------
PIR_MAIL = {
    "de": ("Sehr geehrte Damen und Herren,\nmein Koffer (Vorgang {ref}) ist noch nicht angekommen. Bitte liefern Sie ihn an "
           "{a}. Erreichbar unter {ph}.\nMit freundlichen Grüßen\n{n}\n"),
    "es": ("Buenos días:\nmi maleta (expediente {ref}) sigue sin aparecer. Por favor, entréguenla en {a}. Mi teléfono es "
           "{ph}.\nUn saludo,\n{n}\n"),
    "it": ("Buongiorno,\nla mia valigia (pratica {ref}) non è ancora arrivata. Vi prego di consegnarla in {a}. "
           "Telefono {ph}.\nCordiali saluti\n{n}\n"),
    "nl": ("Geachte heer/mevrouw,\nmijn koffer (dossier {ref}) is nog steeds niet aangekomen. Graag bezorgen op {a}. "
           "Telefoon {ph}.\nMet vriendelijke groet,\n{n}\n"),
    "pt": ("Bom dia,\na minha mala (processo {ref}) ainda não chegou. Por favor entreguem-na na {a}. Telefone {ph}.\n"
           "Com os melhores cumprimentos,\n{n}\n"),
    "tr": ("Merhaba,\nbavulum ({ref}) hâlâ gelmedi. Lütfen {a} adresine teslim edin. Telefon: {ph}.\nSaygılarımla,\n{n}\n"),
    "en": ("Hello,\nmy suitcase (file {ref}) has still not arrived. Please deliver it to {a}. I can be reached on "
           "{ph}.\nKind regards,\n{n}\n"),
}
HOTELS = ["HOTEL ADLON KEMPINSKI", "HILTON GARDEN INN", "MARRIOTT COURTYARD", "RITZ-CARLTON", "MELIÁ CASTILLA",
          "HOTEL SACHER"]


def k_baggage(loc):
    lg = loc.split("-")[0]
    r = Rec(loc, "baggage")
    p = Person(lg)
    stn = pick(["LHR", "FRA", "MAD", "FCO", "AMS", "LIS", "IST", "JFK"])
    al = pick(["BA", "LH", "IB", "AZ", "KL", "TP", "TK", "UA"])
    ref = "%s%s%05d" % (stn, al, rng.randint(0, 99999))
    if rng.random() < 0.55:
        r.f("PROPERTY IRREGULARITY REPORT\nFILE REFERENCE: {ref}\nNAME: {n} {t}\nINITIALS: {i}\n"
            "ROUTING: {al}{fn}/{dd} {stn} \nBAG TAG: {tag}\nCOLOUR/TYPE: {ct}   BRAND: {br}\n"
            "PERMANENT ADDRESS: {a}\nTEMPORARY ADDRESS: {h} UNTIL {until}\nPHONE: {ph}\n",
            ref=N("CODE", ref), n=P(p, "slash"), t="MR" if p.gender == "m" else "MS", i=p.g[0].upper() + p.s[0].upper(),
            al=al, fn="%04d" % rng.randint(1, 3999), dd=N("DATE", "%02d%s" % (rng.randint(1, 28), pick(M3))), stn=stn,
            tag=N("CODE", "%s%06d" % (al, rng.randint(0, 999999))), ct=pick(["BK22X", "BU25W", "RD22", "GY27"]),
            br=N("PRODUCT", pick(["SAMSONITE", "RIMOWA", "DELSEY", "AMERICAN TOURISTER"])), a=A(loc, upper=True),
            h=N("ORG", pick(HOTELS)), until=N("DATE", "%02d%s" % (rng.randint(1, 28), pick(M3))), ph=PH(loc))
        if rng.random() < 0.35:
            r.f("CLAIMANT DOB (FOR COMPENSATION): {d}\n", d=dob(loc, 1950, 2005, "abbr"))
        r.f("AGENT: {ag}\n", ag=P(Person(lg), "init"))
    else:
        r.f(PIR_MAIL[lg], ref=N("CODE", ref), a=A(loc), ph=PH(loc), n=P(p, "full"))
    r.done()


# 9 pawnbrokers ------------------------------------------------------------------------------------
PAWN = {
    "en": ("PAWN TICKET No. {no}        Date: {dt}\nPledgor: {n}   DOB: {d}\nAddress: {a}\nID seen: driving licence\n"
           "Item: {it}\nLoan: {cur}{amt}   Interest 6.5% p.m.   Redeem by: {rd}\nClerk: {c}\n"),
    "de": ("PFANDSCHEIN Nr. {no}        Datum: {dt}\nVerpfänder/in: {n}   geb. {d}\nAnschrift: {a}\n"
           "Ausweis: Personalausweis\nPfand: {it}\nDarlehen: {amt} €   Verfall: {rd}\nSachbearbeiter: {c}\n"),
    "nl": ("BELENINGSBEWIJS nr. {no}   {org}   Datum: {dt}\nNaam: {n}   Geboortedatum: {d}\nAdres: {a}\n"
           "Onderpand: {it}\nBedrag: € {amt}   Vervaldatum: {rd}\nMedewerker: {c}\n"),
    "es": ("BOLETA DE EMPEÑO {no} – {org}   Fecha: {dt}\nPignorante: {n}   Fecha de nacimiento: {d}\nDomicilio: {a}\n"
           "Prenda: {it}\nPréstamo: ${amt} MXN   Vence: {rd}\nValuador: {c}\n"),
    "it": ("POLIZZA DI PEGNO n. {no} – {org}   Data: {dt}\nIntestatario: {n}   nato il {d}\nResidenza: {a}\n"
           "Oggetto: {it}\nPrestito: € {amt}   Scadenza: {rd}\nPerito: {c}\n"),
    "fr": ("RECONNAISSANCE DE GAGE n° {no} – {org}   Date : {dt}\nDéposant : {n}   né(e) le {d}\nAdresse : {a}\n"
           "Objet : {it}\nPrêt : {amt} €   Échéance : {rd}\nAgent : {c}\n"),
}
PAWN_ORG = {"nl": "Bank van Lening", "es": "Nacional Monte de Piedad", "it": "Monte di Pietà",
            "fr": "Crédit Municipal de Paris"}
ITEMS = ["Rolex Submariner", "Omega Seamaster", "Cartier Love bracelet", "Louis Vuitton Speedy 30", "Tiffany ring",
         "Breitling Navitimer", "Fender Stratocaster"]


def k_pawn(loc):
    lg = loc.split("-")[0]
    r = Rec(loc, "pawn")
    if rng.random() < 0.35:
        hdr = {"en": "ticket,date,name,dob,item,amount", "de": "nr;datum;name;geburtsdatum;pfand;betrag",
               "nl": "nr;datum;naam;geboortedatum;onderpand;bedrag", "es": "boleta,fecha,nombre,fnac,prenda,monto",
               "it": "n;data;intestatario;data_nascita;oggetto;importo", "fr": "n;date;deposant;date_naissance;objet;montant"}[lg]
        sep = "," if "," in hdr else ";"
        r.t(hdr + "\n")
        for _ in range(rng.randint(2, 4)):
            r.f(sep.join(["{no}", "{dt}", "{n}", "{d}", "{it}", "{amt}"]) + "\n", no=str(rng.randint(1000, 9999)),
                dt=other_date(loc, "iso"), n=P(Person(lg), pick(["full", "comma", "upper"])) if sep == ";" else
                P(Person(lg), "full"), d=dob(loc, 1945, 2005, "iso"), it=N("PRODUCT", pick(ITEMS)),
                amt=str(rng.randint(40, 2500)))
    else:
        r.f(PAWN[lg], no="%06d" % rng.randint(0, 999999), dt=other_date(loc, "num"),
            org=N("ORG", PAWN_ORG.get(lg, "")) if lg in PAWN_ORG else "",
            n=P(Person(lg), pick(["full", "comma"])), d=dob(loc, 1945, 2005, "num"), a=A(loc),
            it=N("PRODUCT", pick(ITEMS)), amt=str(rng.randint(40, 2500)), rd=other_date(loc, "num", 2025, 2027),
            c=P(Person(lg), "given"), cur="$" if loc == "en-US" else "£")
    r.done()


# 10 self storage ---------------------------------------------------------------------------------
STOR = {
    "en": ("SELF STORAGE RENTAL AGREEMENT – {org}\nUnit: {u} (5x10)   Move-in: {dt}\nOccupant: {n}   DOB: {d}\n"
           "Address: {a}\nPhone: {ph}\nAlternate contact: {alt} ({rel})\n", ["mother", "brother", "partner", "friend"]),
    "de": ("MIETVERTRAG LAGERABTEIL – {org}\nAbteil: {u} (6 m²)   Mietbeginn: {dt}\nMieter/in: {n}   Geburtsdatum: {d}\n"
           "Anschrift: {a}\nTelefon: {ph}\nWeitere Kontaktperson: {alt} ({rel})\n", ["Mutter", "Bruder", "Partnerin", "Freund"]),
    "nl": ("HUUROVEREENKOMST OPSLAGBOX – {org}\nBox: {u} (8 m²)   Ingangsdatum: {dt}\nHuurder: {n}   Geboortedatum: {d}\n"
           "Adres: {a}\nTelefoon: {ph}\nTweede contactpersoon: {alt} ({rel})\n", ["moeder", "broer", "partner", "vriendin"]),
    "sv": ("HYRESAVTAL FÖRRÅD – {org}\nFörråd: {u} (4 m²)   Inflytt: {dt}\nHyresgäst: {n}   Födelsedatum: {d}\n"
           "Adress: {a}\nTelefon: {ph}\nKontaktperson: {alt} ({rel})\n", ["mamma", "bror", "sambo", "vän"]),
    "da": ("LEJEAFTALE DEPOTRUM – {org}\nRum: {u} (5 m²)   Indflytning: {dt}\nLejer: {n}   Fødselsdato: {d}\n"
           "Adresse: {a}\nTelefon: {ph}\nKontaktperson: {alt} ({rel})\n", ["mor", "bror", "kæreste", "ven"]),
    "fr": ("CONTRAT DE LOCATION DE BOX – {org}\nBox : {u} (7 m²)   Entrée : {dt}\nLocataire : {n}   Né(e) le : {d}\n"
           "Adresse : {a}\nTéléphone : {ph}\nPersonne à contacter : {alt} ({rel})\n", ["mère", "frère", "conjoint", "amie"]),
}


def k_storage(loc):
    lg = loc.split("-")[0]
    r = Rec(loc, "storage")
    p = Person(lg)
    unit = "%s-%d" % (pick("ABCDEFG"), rng.randint(100, 420))
    if rng.random() < 0.6:
        tpl, rels = STOR[lg]
        r.f(tpl, org=N("ORG", pick(["Shurgard", "Big Yellow", "Pelican Self Storage", "City Box", "Nokas"])),
            u=N("ADDR", unit), dt=other_date(loc, "num"), n=P(p, "full"), d=dob(loc, 1950, 2004, "num"), a=A(loc),
            ph=PH(loc), alt=P(Person(lg), "full"), rel=pick(rels))
    else:
        for _ in range(rng.randint(3, 5)):
            who = p if rng.random() < 0.7 else Person(lg)
            r.f("{ts} {gate} {ev} unit {u} user \"{n}\"\n", ts=N("DATE", "2025-%02d-%02d %s" % (rng.randint(1, 12),
                                                                                             rng.randint(1, 28), hms())),
                gate=pick(["GATE-1", "GATE-2", "LIFT-A", "DOOR C-1"]), ev=pick(["PIN OK", "OPEN", "PIN OK", "ALARM DISARM"]),
                u=N("ADDR", unit.replace("-", "")), n=P(who, pick(["COMMA", "comma"])))
    r.done()


# 11 cemetery registers ---------------------------------------------------------------------------
CEM = {
    "en": ("Burial register – {cem}\n| Grave | Deceased | Years | Interred | Grant holder | Holder's address |\n|---|---|---|---|---|---|\n",
           ["St Mary's Churchyard", "Highgate Cemetery", "Southern Cemetery", "Arnos Vale"],
           "Sec. {s}, Row {r}, No. {n}"),
    "de": ("Friedhofsverwaltung – {cem}\n| Grabstätte | Verstorbene/r | Lebensdaten | Beisetzung | Nutzungsberechtigte/r | Anschrift |\n|---|---|---|---|---|---|\n",
           ["Friedhof Ohlsdorf", "Waldfriedhof", "Südfriedhof", "Dorotheenstädtischer Friedhof"],
           "Feld {s}, Reihe {r}, Nr. {n}"),
    "fr": ("Registre des concessions – {cem}\n| Emplacement | Défunt | Années | Inhumation | Concessionnaire | Adresse |\n|---|---|---|---|---|---|\n",
           ["cimetière du Père-Lachaise", "cimetière Montparnasse", "cimetière de la Guillotière"],
           "Div. {s}, ligne {r}, n° {n}"),
    "it": ("Registro concessioni – {cem}\n| Loculo | Defunto | Anni | Tumulazione | Concessionario | Residenza |\n|---|---|---|---|---|---|\n",
           ["Cimitero Monumentale", "Cimitero del Verano", "Cimitero di Staglieno"], "Campo {s}, fila {r}, n. {n}"),
    "pl": ("Księga cmentarna – {cem}\n| Kwatera | Zmarły | Lata | Pochówek | Dysponent grobu | Adres |\n|---|---|---|---|---|---|\n",
           ["Cmentarz Powązkowski", "Cmentarz Rakowicki", "Cmentarz Łyczakowski"], "kw. {s}, rząd {r}, miejsce {n}"),
    "cs": ("Evidence hrobových míst – {cem}\n| Hrob | Zemřelý | Roky | Pohřeb | Nájemce | Bydliště |\n|---|---|---|---|---|---|\n",
           ["Olšanské hřbitovy", "Vyšehradský hřbitov", "Ústřední hřbitov Brno"], "odd. {s}, řada {r}, č. {n}"),
    "nl": ("Grafregister – {cem}\n| Graf | Overledene | Jaren | Begraven | Rechthebbende | Adres |\n|---|---|---|---|---|---|\n",
           ["Zorgvlied", "De Nieuwe Ooster", "Crooswijk"], "vak {s}, rij {r}, nr. {n}"),
}
MASON = {"en": ("Order – {mason}\nInscription: IN LOVING MEMORY OF {d} {y1} – {y2}. {ep}\nCustomer: {c}, {a}, tel. {ph}\n"
                "Stone: {stone}. Note: plot next to the grave of {f}.\n"),
         "de": ("Auftrag – {mason}\nInschrift: {d} * {y1} † {y2}. {ep}\nAuftraggeber/in: {c}, {a}, Tel. {ph}\n"
                "Stein: {stone}. Hinweis: Grab neben dem von {f}.\n")}


def k_cemetery(loc):
    lg = loc.split("-")[0]
    r = Rec(loc, "cemetery")
    if lg in MASON and rng.random() < 0.35:
        y1 = rng.randint(1925, 1960)
        r.f(MASON[lg], mason=N("ORG", pick(["Hartley & Sons Memorials", "Steinmetz Gebr. Albrecht", "A. Wood Monumental"])),
            d=P(Person(lg), "upper"), y1=N("DATE", str(y1)), y2=N("DATE", str(rng.randint(2015, 2025))),
            ep=pick(["FOREVER IN OUR HEARTS", "REST IN PEACE"] if lg == "en" else ["UNVERGESSEN", "IN LIEBE"]),
            c=P(Person(lg), "full"),
            a=A(loc), ph=PH(loc), stone=N("PRODUCT", pick(["Nero Assoluto granite", "Carrara marble", "Kashmir White"])),
            f=famous(lg))
        return r.done()
    head, cems, plot = CEM[lg]
    r.f(head, cem=N("PLACE", pick(cems)))
    for _ in range(rng.randint(2, 3)):
        y1 = rng.randint(1920, 1955)
        holder = Person(lg)
        r.f("| {pl} | {d} | {yy} | {dt} | {h} | {a} |\n",
            pl=N("ADDR", plot.format(s=pick("ABCDEFGH") if lg in ("en", "fr", "nl") else str(rng.randint(1, 40)),
                                     r=rng.randint(1, 20), n=rng.randint(1, 60))),
            d=P(Person(lg), pick(["full", "comma", "upper"])), yy=N("DATE", "%d–%d" % (y1, rng.randint(2000, 2024))),
            dt=other_date(loc, "num", 2000, 2024), h=P(holder, "full"), a=A(loc))
    r.done()


# 12 WHOIS / RDAP ----------------------------------------------------------------------------------
DOMS = ["kaffeeroesterei-nord", "velo-atelier", "bakkerij-hoek", "moto-pieces", "yoga-studio-sol", "fotostudio-licht",
        "tuinontwerp", "bici-officina", "pilates-vida", "retro-games-shop", "hundeschule-waldweg"]
TLDS = {"en-US": "com", "en-GB": "co.uk", "de-DE": "de", "nl-NL": "nl", "fr-FR": "fr", "da": "dk", "sv": "se", "pl": "pl",
        "cs": "cz"}
CC = {"en-US": "US", "en-GB": "GB", "de-DE": "DE", "nl-NL": "NL", "fr-FR": "FR", "da": "DK", "sv": "SE", "pl": "PL",
      "cs": "CZ"}


def k_whois(loc):
    lg = loc.split("-")[0]
    r = Rec(loc, "whois")
    p, t = Person(lg), Person(lg)
    dom = pick(DOMS) + "." + TLDS[loc]
    st, town = addr(loc, True).split("\n")
    k = rng.randrange(3)
    if k == 0:
        r.f("Domain Name: {dom}\nRegistrar: {reg}\nCreation Date: {cd}T09:14:22Z\nRegistrant Name: {n}\n"
            "Registrant Street: {st}\nRegistrant City: {town}\nRegistrant Country: {cc}\nRegistrant Phone: {ph}\n"
            "Registrant Email: {m}\nTech Name: {tn}\nTech Email: {tm}\n",
            dom=dom.upper() if rng.random() < 0.5 else dom, reg=N("ORG", pick(["Tucows Domains Inc.", "Gandi SAS",
                                                                             "Key-Systems GmbH", "Namecheap, Inc."])),
            cd=other_date(loc, "iso", 2005, 2024), n=P(p, "full"), st=("STREET_ADDRESS", st), town=town, cc=CC[loc],
            ph=PH(loc), m=email(p, loc), tn=P(t, "full"), tm=email(t, loc))
    elif k == 1:
        r.f("% whois {dom}\n[Holder]\nType: PERSON\nName: {n}\nAddress: {st}\nCity: {town}\nCountryCode: {cc}\n"
            "Changed: {cd}T11:02:51+01:00\n\n[Tech-C]\nName: {tn}\nOrganisation: {org}\n",
            dom=dom, n=P(p, "full"), st=("STREET_ADDRESS", st), town=town, cc=CC[loc], cd=other_date(loc, "iso", 2010, 2025),
            tn=P(t, "full"), org=N("ORG", pick(["Hetzner Online GmbH", "TransIP B.V.", "one.com", "Loopia AB"])))
    else:
        r.f('{"objectClassName": "domain", "ldhName": "{dom}", "entities": [{"roles": ["registrant"], "vcardArray": '
            '["vcard", [["version", {}, "text", "4.0"], ["fn", {}, "text", "{n}"], ["adr", {}, "text", ["", "", "{st}", '
            '"{town}", "", "", "{cc}"]], ["email", {}, "text", "{m}"]]]}], "events": [{"eventAction": "registration", '
            '"eventDate": "{cd}T00:00:00Z"}]}\n', dom=dom, n=P(p, "full"), st=("STREET_ADDRESS", st), town=town,
            cc=CC[loc], m=email(p, loc), cd=other_date(loc, "iso", 2005, 2024))
    r.done()


# 13 visitor books ----------------------------------------------------------------------------------
VIS = {"en": ("| Time in | Visitor | Company | Visiting | Badge | Time out |\n|---|---|---|---|---|---|\n",
              "{t} – Parcel for {tt} {s} ({fl}) left with {g}. {t2} – {tt2} {n} says her mother, {m}, will stay until "
              "Sunday.\n"),
       "de": ("| Ankunft | Besucher/in | Firma | Besuch bei | Ausweis | Abgang |\n|---|---|---|---|---|---|\n",
              "{t} – Paket für {tt} {s} ({fl}) an {g} übergeben. {t2} – {tt2} {n} meldet, dass ihre Mutter, {m}, bis "
              "Sonntag bleibt.\n"),
       "fr": ("| Arrivée | Visiteur | Société | Visite | Badge | Départ |\n|---|---|---|---|---|---|\n",
              "{t} – Colis pour {tt} {s} ({fl}) remis à {g}. {t2} – {tt2} {n} signale que sa mère, {m}, reste jusqu'à "
              "dimanche.\n"),
       "es": ("| Entrada | Visitante | Empresa | Visita a | Tarjeta | Salida |\n|---|---|---|---|---|---|\n",
              "{t} – Paquete para {tt} {s} ({fl}) entregado a {g}. {t2} – {tt2} {n} avisa de que su madre, {m}, se queda "
              "hasta el domingo.\n"),
       "it": ("| Entrata | Visitatore | Azienda | In visita da | Badge | Uscita |\n|---|---|---|---|---|---|\n",
              "{t} – Pacco per {tt} {s} ({fl}) consegnato a {g}. {t2} – {tt2} {n} dice che la madre, {m}, resta fino a "
              "domenica.\n"),
       "pt": ("| Entrada | Visitante | Empresa | Visita | Crachá | Saída |\n|---|---|---|---|---|---|\n",
              "{t} – Encomenda para {tt} {s} ({fl}) entregue a {g}. {t2} – {tt2} {n} avisa que a mãe, {m}, fica até "
              "domingo.\n")}
FLATS = {"en": ["Flat 12", "Apt 7", "Suite 301", "Flat 4B"], "de": ["3. OG", "Whg. 12", "Büro 4.02"],
         "fr": ["app. 12", "bureau 301", "3e étage"], "es": ["2º D", "oficina 301", "3º B"], "it": ["int. 5", "scala B", "ufficio 12"],
         "pt": ["3.º Esq.", "apto 52", "sala 301"]}
FIRM_PERSON = ["Philips", "Siemens Healthineers", "Ferrero", "Robert Bosch GmbH", "Dyson", "Michelin", "Porsche Consulting",
               "Ernst & Young", "Carl Zeiss AG", "Marks & Spencer"]


def k_visitor(loc):
    lg = loc.split("-")[0]
    r = Rec(loc, "visitor")
    head, log = VIS[lg]
    if rng.random() < 0.55:
        r.t(head)
        for _ in range(rng.randint(2, 3)):
            v, h = Person(lg), Person(lg)
            r.f("| {t} | {v} | {c} | {h} ({fl}) | V-{b} | {t2} |\n", t=hhmm(), v=P(v, pick(["full", "comma"])),
                c=N("ORG", pick(FIRM_PERSON)) if rng.random() < 0.6 else "private",
                h=P(h, pick(["full", "init", "sur"])), fl=N("ADDR", pick(FLATS[lg])),
                b="%03d" % rng.randint(1, 200), t2=hhmm())
    else:
        a, b, m = Person(lg), Person(lg, gender="f"), Person(lg, gender="f")
        r.f(log, t=hhmm(), tt=a.title() or "", s=P(a, "sur"), fl=N("ADDR", pick(FLATS[lg])),
            g=P(Person(lg), "given"), t2=hhmm(), tt2=b.title() or "", n=P(b, "full"), m=P(m, "full"))
    r.done()


# 14 tattoo consent forms ----------------------------------------------------------------------------
TAT = {
    "en": ("TATTOO CONSENT & RELEASE – {st}\nClient name: {n}   Date of birth: {d}\nAddress: {a}\nPhone: {ph}\n"
           "Design / placement: {des}\nArtist: {ar}\nEmergency contact: {ec}\nDate: {dt}\n"),
    "de": ("EINVERSTÄNDNISERKLÄRUNG TATTOO – {st}\nName: {n}   Geburtsdatum: {d}\nAnschrift: {a}\nTelefon: {ph}\n"
           "Motiv / Stelle: {des}\nTätowierer/in: {ar}\nNotfallkontakt: {ec}\nDatum: {dt}\n"),
    "nl": ("TOESTEMMINGSFORMULIER TATOEAGE – {st}\nNaam: {n}   Geboortedatum: {d}\nAdres: {a}\nTelefoon: {ph}\n"
           "Ontwerp / plaats: {des}\nArtiest: {ar}\nNoodcontact: {ec}\nDatum: {dt}\n"),
    "es": ("CONSENTIMIENTO INFORMADO TATUAJE – {st}\nNombre: {n}   Fecha de nacimiento: {d}\nDomicilio: {a}\nTeléfono: {ph}\n"
           "Diseño / zona: {des}\nTatuador/a: {ar}\nContacto de emergencia: {ec}\nFecha: {dt}\n"),
    "pt": ("TERMO DE CONSENTIMENTO – TATUAGEM – {st}\nNome: {n}   Data de nascimento: {d}\nEndereço: {a}\nTelefone: {ph}\n"
           "Desenho / local: {des}\nTatuador(a): {ar}\nContato de emergência: {ec}\nData: {dt}\n"),
    "pl": ("ZGODA NA WYKONANIE TATUAŻU – {st}\nImię i nazwisko: {n}   Data urodzenia: {d}\nAdres: {a}\nTelefon: {ph}\n"
           "Wzór / miejsce: {des}\nTatuator: {ar}\nKontakt alarmowy: {ec}\nData: {dt}\n"),
    "sv": ("SAMTYCKE TATUERING – {st}\nNamn: {n}   Födelsedatum: {d}\nAdress: {a}\nTelefon: {ph}\n"
           "Motiv / placering: {des}\nTatuerare: {ar}\nNödkontakt: {ec}\nDatum: {dt}\n"),
    "tr": ("DÖVME ONAY FORMU – {st}\nAd Soyad: {n}   Doğum tarihi: {d}\nAdres: {a}\nTelefon: {ph}\n"
           "Desen / bölge: {des}\nDövme sanatçısı: {ar}\nAcil durum kişisi: {ec}\nTarih: {dt}\n"),
}
TAT_FAM = ["Frida Kahlo", "Freddie Mercury", "Bob Marley", "Marilyn Monroe", "Ayrton Senna"]


def k_tattoo(loc):
    lg = loc.split("-")[0]
    r = Rec(loc, "tattoo")
    p = Person(lg)
    r.f(TAT[lg].split("{des}")[0], st=N("ORG", pick(["Ink & Iron Studio", "Black Lotus Tattoo", "Nadelwerk",
                                                      "Sailor Jerry Parlour", "Atelier Encre"])),
        n=P(p, pick(["full", "upper"])), d=dob(loc, 1960, 2006, "num"), a=A(loc), ph=PH(loc))
    k = rng.randrange(3)
    if k == 0:
        r.f('script "{c} {cd}" on inner forearm', c=P(Person(lg), "given"), cd=dob(loc, 2008, 2024, "num"))
    elif k == 1:
        r.f("portrait of {f}, fine line, left calf", f=N("FAMOUS", pick(TAT_FAM)))
    else:
        r.f("our dog {pet}'s paw print with the date {dd}", pet=N("PET", pick(["Bruno", "Luna", "Balou", "Max", "Nala"])),
            dd=N("DATE", fdate(loc, ymd(2010, 2024), "num")))
    r.f(TAT[lg].split("{des}")[1], ar=P(Person(lg), pick(["given", "full"])), ec=P(Person(lg), "full"),
        dt=other_date(loc, "num", 2023, 2026))
    r.done()


# 15 horses -----------------------------------------------------------------------------------------
HORSES = ["Lord Sinclair", "Fürst Heinrich", "Donnerhall's Dream", "Comtesse de Vie", "Sir Donnerhall",
          "Casall Ask", "Bella Rose", "Quiet Easy", "Don Frederico", "Emma Jolie", "Hermès du Bois"]
HORSE = {
    "de": ("Equidenpass – UELN {ueln}\nName des Pferdes: {h}   Geburtsdatum (Pferd): {hd}\nZüchter/in: {b}, {ba}\n"
           "Eigentümer/in: {o}, geb. {od}, {oa}\nTierarzt: Dr. {v}\n"),
    "nl": ("Paardenpaspoort – UELN {ueln}\nNaam paard: {h}   Geboortedatum (paard): {hd}\nFokker: {b}, {ba}\n"
           "Eigenaar: {o}, geb. {od}, {oa}\nDierenarts: {v}\n"),
    "fr": ("Document d'identification équine – UELN {ueln}\nNom du cheval : {h}   Né le (cheval) : {hd}\n"
           "Naisseur : {b}, {ba}\nPropriétaire : {o}, né(e) le {od}, {oa}\nVétérinaire : Dr {v}\n"),
    "en": ("Horse passport – UELN {ueln}\nName of animal: {h}   Foaled: {hd}\nBreeder: {b}, {ba}\n"
           "Owner: {o}, DOB {od}, {oa}\nVet: {v} MRCVS\n"),
    "sv": ("Hästpass – UELN {ueln}\nHästens namn: {h}   Fölningsdatum: {hd}\nUppfödare: {b}, {ba}\n"
           "Ägare: {o}, född {od}, {oa}\nVeterinär: {v}\n"),
    "da": ("Hestepas – UELN {ueln}\nHestens navn: {h}   Født (hest): {hd}\nOpdrætter: {b}, {ba}\n"
           "Ejer: {o}, født {od}, {oa}\nDyrlæge: {v}\n"),
}
ENTRY_H = {"de": "Starterliste – {ev}\n| Nr | Reiter/in | Pferd | Besitzer/in | Verein |\n|---|---|---|---|---|\n",
           "nl": "Startlijst – {ev}\n| Nr | Ruiter | Paard | Eigenaar | Vereniging |\n|---|---|---|---|---|\n",
           "fr": "Liste de départ – {ev}\n| N° | Cavalier | Cheval | Propriétaire | Club |\n|---|---|---|---|---|\n",
           "en": "Start list – {ev}\n| No | Rider | Horse | Owner | Club |\n|---|---|---|---|---|\n",
           "sv": "Startlista – {ev}\n| Nr | Ryttare | Häst | Ägare | Klubb |\n|---|---|---|---|---|\n",
           "da": "Startliste – {ev}\n| Nr | Rytter | Hest | Ejer | Klub |\n|---|---|---|---|---|\n"}


def k_horse(loc):
    lg = loc.split("-")[0]
    r = Rec(loc, "horse")
    if rng.random() < 0.5:
        r.f(HORSE[lg], ueln="276%03d%09d" % (rng.randint(0, 999), rng.randint(0, 999999999)), h=N("ANIMAL", pick(HORSES)),
            hd=N("DATE", fdate(loc, ymd(2008, 2021), "num")), b=P(Person(lg), "full"), ba=A(loc),
            o=P(Person(lg), pick(["full", "comma"])), od=dob(loc, 1955, 2006, "num"), oa=A(loc), v=P(Person(lg), "full"))
    else:
        r.f(ENTRY_H[lg], ev=N("TERM", pick(["Preis der Familie Thiedemann", "Grand Prix Hermès", "Coupe Pierre Durand",
                                            "Kings Cup", "Prijs van Jhr. Mr. de Vos"])))
        for i in range(rng.randint(3, 5)):
            r.f("| {n} | {rd} | {h} | {o} | {c} |\n", n=str(rng.randint(1, 80)), rd=P(Person(lg), pick(["full", "sfirst"])),
                h=N("ANIMAL", pick(HORSES)), o=P(Person(lg), "full") if rng.random() < 0.7 else N("ORG", "Gestüt Lewitz"),
                c=pick(["RV Lindenhof", "PSV Elst", "Ridklubben Tor", "SE Cergy", "Pony Club"]))
    r.done()


# 16 casting ------------------------------------------------------------------------------------------
CAST = {
    "en": ("Submission – \"{prod}\"\nRole: {role} (playing age {pa})\nArtist: {n}   DOB: {d}   Height: 1.{h} m\n"
           "Agent: {ag} at {agc}\nNotes: strong resemblance to {f}; available from {dt}.\n"),
    "de": ("Einreichung – \"{prod}\"\nRolle: {role} (Spielalter {pa})\nDarsteller/in: {n}   Geb.: {d}   Größe: 1,{h} m\n"
           "Agentur: {ag}, {agc}\nNotiz: erinnert an {f}; verfügbar ab {dt}.\n"),
    "fr": ("Proposition – « {prod} »\nRôle : {role} (âge de jeu {pa})\nComédien(ne) : {n}   Né(e) le : {d}   Taille : 1,{h} m\n"
           "Agent : {ag}, {agc}\nRemarque : ressemble à {f} ; disponible à partir du {dt}.\n"),
    "it": ("Candidatura – \"{prod}\"\nRuolo: {role} (età scenica {pa})\nInterprete: {n}   Nato/a il: {d}   Altezza: 1,{h} m\n"
           "Agente: {ag}, {agc}\nNote: somiglia a {f}; disponibile dal {dt}.\n"),
    "es": ("Propuesta – \"{prod}\"\nPersonaje: {role} (edad aparente {pa})\nIntérprete: {n}   F. nac.: {d}   Altura: 1,{h} m\n"
           "Representante: {ag}, {agc}\nNotas: se parece a {f}; disponible desde el {dt}.\n"),
}
ROLES = ["Young Margaret", "Inspector Hale", "Lady Ashcombe", "Tante Gerda", "Don Rodrigo", "Madame Verlaine", "Nonna Pina"]
AGENCIES = ["Curtis Brown", "United Agents", "Agence Adéquat", "Players Agentur", "Kuranda", "Hamilton Hodell"]


def k_casting(loc):
    lg = loc.split("-")[0]
    r = Rec(loc, "casting")
    if rng.random() < 0.7:
        lo = rng.randint(16, 50)
        r.f(CAST[lg], prod=pick(["Salt Marsh", "Die Erbin", "Les Ombres", "Il Ritorno", "La Frontera", "Northern Line"]),
            role=N("TERM", pick(ROLES)), pa=N("AGE", "%d-%d" % (lo, lo + 8)), n=P(Person(lg), "full"),
            d=dob(loc, 1965, 2008, pick(["num", "long"])), h=str(rng.randint(55, 95)), ag=P(Person(lg), "full"),
            agc=N("ORG", pick(AGENCIES)), f=famous(lg), dt=other_date(loc, "long", 2025, 2026))
    else:
        r.f("Roster – {agc}\n", agc=N("ORG", pick(AGENCIES)))
        for _ in range(rng.randint(3, 5)):
            r.f("- {n} ({pa}), {city}\n", n=P(Person(lg), pick(["full", "upper"])),
                pa=N("AGE", "%d-%d" % ((lambda x: (x, x + 10))(rng.randint(18, 60)))),
                city=pick(["London", "Berlin", "Paris", "Milano", "Madrid", "Manchester"]))
    r.done()


# 17 camps and ski schools ------------------------------------------------------------------------
CAMP = {
    "en-US": ("{camp} – Camper Registration\nCamper: {c}   Date of birth: {d}   Cabin: {cab}\nParent/guardian 1: {p1}\n"
              "Parent/guardian 2: {p2}\nHome address: {a}\nEmergency phone: {ph}\nAllergies: peanuts\nAuthorized pick-up: {pu}\n"),
    "de-AT": ("{camp} – Anmeldung Skikurs\nKind: {c}   Geburtsdatum: {d}   Gruppe: {cab}\nErziehungsberechtigte/r: {p1}\n"
              "Zweite/r Erziehungsberechtigte/r: {p2}\nWohnadresse: {a}\nNotfallnummer: {ph}\nAllergien: keine\nAbholung durch: {pu}\n"),
    "fr-CH": ("{camp} – Inscription camp de ski\nEnfant : {c}   Date de naissance : {d}   Groupe : {cab}\nParent 1 : {p1}\n"
              "Parent 2 : {p2}\nAdresse : {a}\nUrgence : {ph}\nAllergies : aucune\nAutorisé(e) à venir chercher : {pu}\n"),
    "it": ("{camp} – Iscrizione centro estivo\nBambino/a: {c}   Data di nascita: {d}   Gruppo: {cab}\nGenitore 1: {p1}\n"
           "Genitore 2: {p2}\nIndirizzo: {a}\nTelefono emergenze: {ph}\nAllergie: lattosio\nDelegato al ritiro: {pu}\n"),
    "nl-NL": ("{camp} – Inschrijving zomerkamp\nKind: {c}   Geboortedatum: {d}   Groep: {cab}\nOuder/verzorger 1: {p1}\n"
              "Ouder/verzorger 2: {p2}\nAdres: {a}\nNoodnummer: {ph}\nAllergieën: geen\nOphalen door: {pu}\n"),
    "da": ("{camp} – Tilmelding sommerlejr\nBarn: {c}   Fødselsdato: {d}   Gruppe: {cab}\nForælder 1: {p1}\nForælder 2: {p2}\n"
           "Adresse: {a}\nNødnummer: {ph}\nAllergier: ingen\nAfhentes af: {pu}\n"),
    "cs": ("{camp} – Přihláška na tábor\nDítě: {c}   Datum narození: {d}   Oddíl: {cab}\nZákonný zástupce 1: {p1}\n"
           "Zákonný zástupce 2: {p2}\nBydliště: {a}\nTelefon: {ph}\nAlergie: žádné\nVyzvedává: {pu}\n"),
}
CAMPS = {"en-US": ["Camp Wanakita", "Camp Kinder Ring", "Camp Lincoln"],
         "de-AT": ["Skischule Hannes Schneider", "Skischule Toni Sailer", "Kinderland Hochkönig"],
         "fr-CH": ["École Suisse de Ski Villars", "Camp de ski Saint-Bernard"],
         "it": ["Centro estivo Don Bosco", "Campo estivo Maria Montessori"], "nl-NL": ["Kamp Sint-Jozef", "Zomerkamp De Biezen"],
         "da": ["Sommerlejr Kildebjerg", "FDF Lejren Sletten"], "cs": ["Tábor Jiřího z Poděbrad", "Dětský tábor Jedlová"]}
GROUPS = {"en": ["Bears", "Otters", "Eagles"], "de": ["Edelweiß", "Murmeltiere", "Gämsen"], "fr": ["Les Marmottes", "Les Chamois"],
          "it": ["Delfini", "Volpi"], "nl": ["Egels", "Vossen"], "da": ["Ørnene", "Ræve"], "cs": ["Vlci", "Sokoli"]}


def k_camp(loc):
    r = Rec(loc, "camp")
    lg = r.lg
    fam = Person(lg, inv=rng.random() < 0.5)
    child = Person(lg, inv=fam.inv)
    child.s = fam.s if rng.random() < 0.7 and lg not in ("cs", "pl") else child.s
    p2 = Person(lg)
    r.f(CAMP[loc], camp=N("ORG", pick(CAMPS[loc])), c=P(child, pick(["full", "comma", "upper"])), d=dob(loc, 2010, 2019, "num"),
        cab=N("TEAM", pick(GROUPS[lg])),
        p1=P(fam, "full"), p2=P(p2, "full"), a=A(loc), ph=PH(loc), pu=P(Person(lg), pick(["full", "given"])))
    if rng.random() < 0.4:
        lab = {"en": ("Counselor", "Meeting point"), "de": ("Skilehrer/in", "Treffpunkt"), "fr": ("Moniteur", "Rendez-vous"),
               "it": ("Animatore", "Ritrovo"), "nl": ("Leiding", "Verzamelplek"), "da": ("Leder", "Mødested"),
               "cs": ("Vedoucí", "Sraz")}[lg]
        r.f("{l1}: {i}   {l2}: {mp}\n", l1=lab[0], l2=lab[1], i=P(Person(lg), "given"),
            mp=N("PLACE", pick({"en": ["Lincoln Memorial parking lot", "Roosevelt Lodge"],
                                "de": ["Franz-Klammer-Lift", "Hannes-Schneider-Weg"], "fr": ["télésiège Guillaume Tell"],
                                "it": ["Piazza Garibaldi", "Parco Sempione"], "nl": ["Wilhelminaplein"],
                                "da": ["H.C. Andersens Boulevard"], "cs": ["Masarykovo nádraží"]}[lg])))
    r.done()


# 18 debt collection and bailiffs --------------------------------------------------------------------
DEBT = {
    "de": ("{firm}\nAktenzeichen: {az}\n\n{tt} {n}\n{a}\n\nZahlungsaufforderung\n\nSehr geehrte/r {tt} {s},\n"
           "Schuldner/in: {n2}, geb. {d}\nGläubiger: {cr}, Forderung vom {fd}\nGesamtforderung: {amt} €\n"
           "Zahlen Sie bis {due}, sonst beauftragen wir den Gerichtsvollzieher.\nMit freundlichen Grüßen\n{clerk}\n"),
    "fr": ("{firm} – commissaire de justice\nDossier : {az}\n\n{tt} {n}\n{a}\n\nSIGNIFICATION – COMMANDEMENT DE PAYER\n\n"
           "À la requête de {cr}, créance du {fd}, il est fait commandement à {n2}, né(e) le {d}, de payer {amt} € "
           "avant le {due}.\nL'huissier : {clerk}\n"),
    "en": ("NOTICE OF ENFORCEMENT\nRef: {az}   Issued by: {firm}\n\nTo: {tt} {n}\n{a}\n\nCreditor: {cr} (debt dated {fd})\n"
           "Debtor: {n2}   Date of birth: {d}\nAmount due: £{amt}. Pay by {due} or an enforcement agent will visit.\n"
           "Enforcement agent: {clerk}\n"),
    "nl": ("{firm} – gerechtsdeurwaarders\nDossier: {az}\n\n{tt} {n}\n{a}\n\nBETEKENING\n\nIn opdracht van {cr} (vordering "
           "van {fd}) wordt {n2}, geb. {d}, bevolen {amt} euro te betalen vóór {due}.\nDe deurwaarder: {clerk}\n"),
    "es": ("{firm}\nExpediente: {az}\n\n{tt} {n}\n{a}\n\nREQUERIMIENTO DE PAGO\n\nPor cuenta de {cr} (deuda de {fd}) "
           "se requiere a {n2}, con fecha de nacimiento {d}, el pago de {amt} € antes del {due}.\nGestor: {clerk}\n"),
    "ro": ("{firm} – executor judecătoresc\nDosar: {az}\n\n{tt} {n}\n{a}\n\nSOMAȚIE\n\nLa cererea {cr} (creanță din {fd}), "
           "debitorul {n2}, născut(ă) la {d}, este somat să plătească {amt} lei până la {due}.\nExecutor: {clerk}\n"),
    "pl": ("{firm} – Komornik Sądowy\nSygn. akt: {az}\n\n{tt} {n}\n{a}\n\nWEZWANIE DO ZAPŁATY\n\nNa wniosek {cr} (należność z "
           "{fd}) wzywa się {n2}, ur. {d}, do zapłaty {amt} zł do {due}.\nKomornik: {clerk}\n"),
}
CREDITORS = ["Vodafone GmbH", "Orange SA", "Ziggo B.V.", "Telefónica", "Enel Energia", "Play Sp. z o.o.",
             "Ford Credit", "Philips Lighting", "Carrefour Banque"]
FIRMS_DEBT = {"de": ["Creditreform Inkasso", "Inkasso Becker Wuppertal"], "fr": ["SCP Martin & Associés", "Étude Lefort"],
              "en": ["Marston Holdings", "Bristow & Sutor"], "nl": ["Van Arkel Gerechtsdeurwaarders", "Flanderijn"],
              "es": ["Gestión de Cobros Iberia", "Intrum"], "ro": ["Biroul Executorului Judecătoresc Ionescu"],
              "pl": ["Kancelaria Komornicza nr III"]}


def k_debt(loc):
    lg = loc.split("-")[0]
    r = Rec(loc, "debt")
    p = Person(lg)
    up = rng.random() < 0.4
    r.f(DEBT[lg], firm=N("ORG", pick(FIRMS_DEBT[lg])), az=N("CODE", "%d/%02d-%04d" % (rng.randint(100, 999),
                                                                                     rng.randint(19, 25), rng.randint(0, 9999))),
        tt=p.title() or "", n=P(p, "upper" if up else "full"), a=A(loc, ml=True, upper=up), s=P(p, "sur"),
        n2=P(p, "comma"), d=dob(loc, 1950, 2003, "num"), cr=N("ORG", pick(CREDITORS)),
        fd=other_date(loc, "num", 2019, 2024), amt="%d,%02d" % (rng.randint(80, 9000), rng.randint(0, 99)),
        due=other_date(loc, "num", 2025, 2026), clerk=P(Person(lg), pick(["full", "init"])))
    r.done()


# 19 interpreters -----------------------------------------------------------------------------------
INT = {
    "en": ("Interpreter booking #{no}\nLanguage: {lang}\nInterpreter: {i}\nClient (LEP): {c}   DOB: {d}\nVenue: {v}, {room}\n"
           "Date/time: {dt}, 10:30\nRequested by: {rq}\nNotes: client's {rel} {k} will also attend.\n",
           ["son", "daughter", "husband", "sister"]),
    "de": ("Dolmetschereinsatz Nr. {no}\nSprache: {lang}\nDolmetscher/in: {i}\nKlient/in: {c}   Geb.: {d}\nOrt: {v}, {room}\n"
           "Termin: {dt}, 10:30 Uhr\nAuftraggeber/in: {rq}\nHinweis: {rel} {k} begleitet.\n", ["Sohn", "Tochter", "Ehemann", "Schwester"]),
    "nl": ("Tolkopdracht {no}\nTaal: {lang}\nTolk: {i}\nCliënt: {c}   Geboortedatum: {d}\nLocatie: {v}, {room}\n"
           "Datum: {dt}, 10.30 uur\nAanvrager: {rq}\nOpmerking: {rel} {k} komt mee.\n", ["zoon", "dochter", "echtgenoot", "zus"]),
    "sv": ("Tolkbeställning {no}\nSpråk: {lang}\nTolk: {i}\nKlient: {c}   Födelsedatum: {d}\nPlats: {v}, {room}\n"
           "Datum: {dt}, kl. 10.30\nBeställare: {rq}\nNotering: {rel} {k} följer med.\n", ["sonen", "dottern", "maken", "systern"]),
    "da": ("Tolkebestilling {no}\nSprog: {lang}\nTolk: {i}\nBorger: {c}   Fødselsdato: {d}\nSted: {v}, {room}\n"
           "Dato: {dt}, kl. 10.30\nRekvirent: {rq}\nBemærk: {rel} {k} deltager også.\n", ["sønnen", "datteren", "ægtefællen", "søsteren"]),
    "fr": ("Réservation d'interprète n° {no}\nLangue : {lang}\nInterprète : {i}\nBénéficiaire : {c}   Né(e) le : {d}\n"
           "Lieu : {v}, {room}\nDate : {dt}, 10h30\nDemandeur : {rq}\nRemarque : {rel} {k} sera présent(e).\n",
           ["son fils", "sa fille", "son mari", "sa sœur"]),
}
VENUES = ["Royal Victoria Infirmary", "Landgericht Hamburg", "Sint Maartenskliniek", "Karolinska sjukhuset",
          "Hôpital Necker", "Polizeiinspektion Nord", "Antoni van Leeuwenhoek"]
VENUE = {"en": (["Royal Victoria Infirmary", "Manchester Magistrates' Court", "St Thomas' Hospital"], ["Ward 5", "Court 3", "Room 112"]),
         "de": (["Landgericht Hamburg", "Polizeiinspektion Nord", "Charité Campus Virchow"], ["Saal 2.14", "Station 7", "Raum 112"]),
         "nl": (["Sint Maartenskliniek", "Antoni van Leeuwenhoek", "Rechtbank Amsterdam"], ["kamer 3.07", "zittingszaal 2"]),
         "sv": (["Karolinska sjukhuset", "Göteborgs tingsrätt", "Sahlgrenska"], ["sal 4", "avdelning 12"]),
         "da": (["Rigshospitalet", "Københavns Byret", "Bispebjerg Hospital"], ["retssal 21", "afsnit 3"]),
         "fr": (["CHU Saint-Pierre", "Tribunal de première instance de Bruxelles", "Hôpital Érasme"], ["salle B", "chambre 214"])}


def k_interpreter(loc):
    lg = loc.split("-")[0]
    r = Rec(loc, "interpreter")
    tpl, rels = INT[lg]
    c = Person(lg, inv=rng.random() < 0.5, glob=True) if rng.random() < 0.7 else Person(lg)
    r.f(tpl, no=str(rng.randint(10000, 99999)), lang=pick(["Tigrinya", "Arabic (Levantine)", "Dari", "Polish", "Romanian",
                                                           "Vietnamese", "Somali", "Turkish"]),
        i=P(Person(lg, glob=rng.random() < 0.5), "full"), c=P(c, pick(["full", "comma"])), d=dob(loc, 1945, 2006, "num"),
        v=N("ORG", pick(VENUE[lg][0])), room=N("ADDR", pick(VENUE[lg][1])),
        dt=other_date(loc, "num", 2025, 2026), rq=P(Person(lg), pick(["full", "init"])), rel=pick(rels),
        k=P(Person(lg, glob=True), "given"))
    r.done()


# 20 prison visits -----------------------------------------------------------------------------------
PRIS = {
    "en": ("{pr} – Social visit booking\nPrisoner: {pn} ({no})\nVisitor 1: {v1}   DOB: {d1}   Relationship: {rel}\n"
           "Address: {a}\nVisitor 2 (child): {v2}   DOB: {d2}\nVisit date: {vd}, 14:00\n"),
    "de": ("{pr} – Besuchsanmeldung\nGefangene/r: {pn} (Buch-Nr. {no})\nBesucher/in 1: {v1}   geb. {d1}   Beziehung: {rel}\n"
           "Anschrift: {a}\nBesucher/in 2 (Kind): {v2}   geb. {d2}\nBesuchstermin: {vd}, 14:00 Uhr\n"),
    "nl": ("{pr} – Bezoekaanvraag\nGedetineerde: {pn} ({no})\nBezoeker 1: {v1}   geb. {d1}   Relatie: {rel}\nAdres: {a}\n"
           "Bezoeker 2 (kind): {v2}   geb. {d2}\nBezoekdatum: {vd}, 14.00 uur\n"),
    "fr": ("{pr} – Demande de permis de visite\nDétenu : {pn} (écrou {no})\nVisiteur 1 : {v1}   né(e) le {d1}   Lien : {rel}\n"
           "Adresse : {a}\nVisiteur 2 (enfant) : {v2}   né(e) le {d2}\nParloir : {vd}, 14h00\n"),
    "es": ("{pr} – Solicitud de comunicación\nInterno: {pn} (NIS {no})\nVisitante 1: {v1}   F. nac.: {d1}   Parentesco: {rel}\n"
           "Domicilio: {a}\nVisitante 2 (menor): {v2}   F. nac.: {d2}\nFecha: {vd}, 14:00\n"),
    "it": ("{pr} – Richiesta colloquio\nDetenuto: {pn} (matr. {no})\nVisitatore 1: {v1}   nato/a il {d1}   Parentela: {rel}\n"
           "Residenza: {a}\nVisitatore 2 (minore): {v2}   nato/a il {d2}\nData colloquio: {vd}, ore 14:00\n"),
    "cs": ("{pr} – Žádost o návštěvu\nOdsouzený: {pn} ({no})\nNávštěva 1: {v1}   nar. {d1}   Vztah: {rel}\nBydliště: {a}\n"
           "Návštěva 2 (dítě): {v2}   nar. {d2}\nTermín: {vd}, 14:00\n"),
}
PRISONS = {"en": ["HMP Wandsworth", "HMP Belmarsh", "HMP Holloway"], "de": ["JVA Tegel", "JVA Stadelheim"],
           "nl": ["PI Vught", "PI Zwolle"], "fr": ["Maison d'arrêt de Fleury-Mérogis", "Centre pénitentiaire de Fresnes"],
           "es": ["Centro Penitenciario Madrid VII – Estremera", "CP Brians 1"], "it": ["Casa Circondariale San Vittore",
                                                                                    "Casa di reclusione Rebibbia"],
           "cs": ["Věznice Pankrác", "Věznice Bory"]}
RELS = {"en": ["partner", "mother", "sister"], "de": ["Ehefrau", "Mutter", "Schwester"], "nl": ["partner", "moeder", "zus"],
        "fr": ["compagne", "mère", "sœur"], "es": ["pareja", "madre", "hermana"], "it": ["moglie", "madre", "sorella"],
        "cs": ["manželka", "matka", "sestra"]}


def k_prison(loc):
    lg = loc.split("-")[0]
    r = Rec(loc, "prison")
    pn, v1 = Person(lg, gender="m"), Person(lg, gender="f")
    v2 = Person(lg, inv=pn.inv)
    v2.s = pn.s if lg not in ("cs", "pl") else v2.s
    r.f(PRIS[lg], pr=N("PLACE", pick(PRISONS[lg])), pn=P(pn, pick(["comma", "full", "sfirst"])),
        no=N("CODE", "%s%04d%s" % (pick("AGT"), rng.randint(0, 9999), ucl(2))), v1=P(v1, "full"),
        d1=dob(loc, 1955, 2004, "num"), rel=pick(RELS[lg]), a=A(loc), v2=P(v2, "full"), d2=dob(loc, 2010, 2020, "num"),
        vd=other_date(loc, "num", 2025, 2026))
    r.done()


# 21 GDPR requests and breach letters ---------------------------------------------------------------
DSAR = {
    "en": ("Subject access request (Article 15 UK GDPR)\nFull name: {n}\nPrevious names: {pv}\nDate of birth: {d}\n"
           "Current address: {a}\nPrevious address (last 2 years): {a2}\nCustomer number: {cn}\n",
           "Dear {tt} {s},\nOn {dt} we discovered that an unauthorised party accessed a database containing your name, "
           "address and date of birth. Our DPO, {dpo}, can be reached at {m}. You may complain to the {org}.\n"),
    "de": ("Auskunftsersuchen nach Art. 15 DSGVO\nName: {n}\nFrühere Namen: {pv}\nGeburtsdatum: {d}\nAktuelle Anschrift: {a}\n"
           "Frühere Anschrift: {a2}\nKundennummer: {cn}\n",
           "Sehr geehrte/r {tt} {s},\nam {dt} haben wir festgestellt, dass Unbefugte auf eine Datenbank mit Ihrem Namen, Ihrer "
           "Anschrift und Ihrem Geburtsdatum zugegriffen haben. Unser Datenschutzbeauftragter, {dpo}, ist unter {m} "
           "erreichbar. Sie können sich beim {org} beschweren.\n"),
    "fr": ("Demande d'accès (article 15 RGPD)\nNom et prénom : {n}\nNom de naissance : {pv}\nDate de naissance : {d}\n"
           "Adresse actuelle : {a}\nAncienne adresse : {a2}\nN° client : {cn}\n",
           "{tt} {s},\nLe {dt}, nous avons constaté un accès non autorisé à une base contenant vos nom, adresse et date "
           "de naissance. Notre DPO, {dpo}, est joignable à {m}. Vous pouvez saisir la {org}.\n"),
    "nl": ("Inzageverzoek (artikel 15 AVG)\nNaam: {n}\nEerdere namen: {pv}\nGeboortedatum: {d}\nHuidig adres: {a}\n"
           "Vorig adres: {a2}\nKlantnummer: {cn}\n",
           "Beste {tt} {s},\nOp {dt} ontdekten wij dat onbevoegden toegang hadden tot een database met uw naam, adres en "
           "geboortedatum. Onze FG, {dpo}, is bereikbaar via {m}. U kunt een klacht indienen bij de {org}.\n"),
    "it": ("Richiesta di accesso (art. 15 GDPR)\nNome e cognome: {n}\nCognome da nubile: {pv}\nData di nascita: {d}\n"
           "Indirizzo attuale: {a}\nIndirizzo precedente: {a2}\nCodice cliente: {cn}\n",
           "Gentile {tt} {s},\nil {dt} abbiamo rilevato un accesso non autorizzato a un archivio con nome, indirizzo e data "
           "di nascita. Il nostro DPO, {dpo}, risponde a {m}. Può rivolgersi al {org}.\n"),
    "es": ("Solicitud de acceso (art. 15 RGPD)\nNombre: {n}\nOtros apellidos: {pv}\nFecha de nacimiento: {d}\n"
           "Domicilio actual: {a}\nDomicilio anterior: {a2}\nN.º de cliente: {cn}\n",
           "Estimado/a {tt} {s}:\nEl {dt} detectamos un acceso no autorizado a una base con su nombre, domicilio y fecha de "
           "nacimiento. Nuestro DPD, {dpo}, atiende en {m}. Puede reclamar ante la {org}.\n"),
    "pl": ("Wniosek o dostęp do danych (art. 15 RODO)\nImię i nazwisko: {n}\nNazwisko rodowe: {pv}\nData urodzenia: {d}\n"
           "Adres: {a}\nPoprzedni adres: {a2}\nNumer klienta: {cn}\n",
           "Szanowny/a {tt} {s},\ndnia {dt} wykryliśmy nieuprawniony dostęp do bazy z Pana/Pani imieniem, adresem i datą "
           "urodzenia. Nasz IOD, {dpo}, odpowiada pod {m}. Może Pan/Pani złożyć skargę do {org}.\n"),
    "ro": ("Cerere de acces (art. 15 GDPR)\nNume și prenume: {n}\nNume anterior: {pv}\nData nașterii: {d}\n"
           "Adresa actuală: {a}\nAdresa anterioară: {a2}\nCod client: {cn}\n",
           "Stimate/Stimată {tt} {s},\nla {dt} am constatat un acces neautorizat la o bază de date cu numele, adresa și data "
           "nașterii dvs. Responsabilul nostru DPO, {dpo}, răspunde la {m}. Puteți depune plângere la {org}.\n"),
}
DPA = {"en": "Information Commissioner's Office", "de": "Landesbeauftragten für Datenschutz", "fr": "CNIL",
       "nl": "Autoriteit Persoonsgegevens", "it": "Garante per la protezione dei dati personali",
       "es": "Agencia Española de Protección de Datos", "pl": "Prezesa UODO", "ro": "ANSPDCP"}


def k_dsar(loc):
    lg = loc.split("-")[0]
    r = Rec(loc, "dsar")
    req, letter = DSAR[lg]
    p = Person(lg, gender="f") if rng.random() < 0.6 else Person(lg)
    if rng.random() < 0.6:
        prev = Person(lg, inv=p.inv)
        r.f(req, n=P(p, "full"), pv=P(prev, "sur"), d=dob(loc, 1945, 2006, pick(["num", "long"])), a=A(loc), a2=A(loc),
            cn=str(rng.randint(1000000, 9999999)))
        if rng.random() < 0.5:
            r.f("Signed: {n}, {dt}\n", n=P(p, "init"), dt=other_date(loc, "num", 2024, 2026))
    else:
        dpo = Person(lg)
        r.f(letter, tt=p.title() or "", s=P(p, "sur"), dt=other_date(loc, "long", 2024, 2026), dpo=P(dpo, "full"),
            m=("EMAIL_ADDRESS", "dpo@" + pick(["telco-example.eu", "shopnet.de", "assur-plus.fr", "fietsenwinkel.nl"])),
            org=N("ORG", DPA[lg]))
    r.done()


# 22 SIM registration and porting ---------------------------------------------------------------
SIM = {
    "fr": ("Demande de portabilité – {op}\nNuméro à porter : {ph}\nCode RIO : {rio}\nTitulaire : {n}\nDate de naissance : {d}\n"
           "Adresse de facturation : {a}\nDate de portage souhaitée : {dt}\n"),
    "es": ("Solicitud de portabilidad – {op}\nNúmero: {ph}\nTitular: {n}\nFecha de nacimiento: {d}\nDomicilio: {a}\n"
           "Operador donante: {don}\nFecha deseada: {dt}\n"),
    "tr": ("Numara Taşıma Başvurusu – {op}\nNumara: {ph}\nAbone: {n}\nDoğum tarihi: {d}\nAdres: {a}\nVerici operatör: {don}\n"
           "Talep tarihi: {dt}\n"),
    "pl": ("Wniosek o przeniesienie numeru – {op}\nNumer: {ph}\nAbonent: {n}\nData urodzenia: {d}\nAdres: {a}\n"
           "Operator oddający: {don}\nData przeniesienia: {dt}\n"),
    "ro": ("Cerere de portare – {op}\nNumăr: {ph}\nTitular: {n}\nData nașterii: {d}\nAdresă: {a}\nOperator donor: {don}\n"
           "Data dorită: {dt}\n"),
    "it": ("Richiesta di portabilità – {op}\nNumero: {ph}\nIntestatario: {n}\nData di nascita: {d}\nIndirizzo: {a}\n"
           "Operatore cedente: {don}\nData richiesta: {dt}\n"),
    "pt": ("Pedido de portabilidade – {op}\nNúmero: {ph}\nTitular: {n}\nData de nascimento: {d}\nMorada: {a}\n"
           "Operador doador: {don}\nData pretendida: {dt}\n"),
}
OPS = {"fr": ["Orange", "SFR", "Bouygues Telecom", "Free Mobile"], "es": ["Movistar", "Vodafone", "Orange", "Digi"],
       "tr": ["Turkcell", "Vodafone", "Türk Telekom"], "pl": ["Play", "Orange", "Plus", "T-Mobile"],
       "ro": ["Digi", "Orange", "Vodafone"], "it": ["TIM", "Iliad", "WindTre", "Vodafone"], "pt": ["MEO", "NOS", "Vodafone"]}


def k_sim(loc):
    lg = loc.split("-")[0]
    r = Rec(loc, "sim")
    op, don = rng.sample(OPS[lg], 2)
    k = rng.random()
    if k < 0.25:
        r.f('<PortingRequest id="{no}">\n  <MSISDN>{ph}</MSISDN>\n  <Subscriber>\n    <Name>{n}</Name>\n'
            '    <BirthDate>{d}</BirthDate>\n    <Address>{a}</Address>\n  </Subscriber>\n  <Donor>{don}</Donor>\n'
            '  <Recipient>{op}</Recipient>\n  <DueDate>{dt}</DueDate>\n</PortingRequest>\n',
            no=str(rng.randint(100000, 999999)), ph=PH(loc), n=P(Person(lg), pick(["full", "upper"])),
            d=dob(loc, 1950, 2007, "iso"), a=A(loc), don=N("ORG", don), op=N("ORG", op),
            dt=N("DATE", fdate(loc, ymd(2025, 2026), "iso")))
    elif k < 0.75:
        r.f(SIM[lg], op=N("ORG", op), ph=PH(loc), rio=N("CODE", "%02dP%s%s" % (rng.randint(1, 99), ucl(6), digs(3))),
            n=P(Person(lg), pick(["full", "upper", "comma"])), d=dob(loc, 1950, 2007, "num"), a=A(loc),
            don=N("ORG", don), dt=other_date(loc, "num", 2025, 2026))
    else:
        p = Person(lg)
        r.f('{"msisdn": "{ph}", "kyc": {"full_name": "{n}", "birth_date": "{d}", "address": "{a}"}, "donor": "{don}", '
            '"agent": "{ag}", "requested_at": "{dt}"}\n', ph=PH(loc), n=P(p, "full"), d=dob(loc, 1950, 2007, "iso"),
            a=A(loc), don=N("ORG", don), ag=P(Person(lg), "given"), dt=other_date(loc, "iso"))
    r.done()


# 23 fitness apps and running clubs -------------------------------------------------------------
SEGS = ["Alpe d'Huez", "Mortirolo", "Heartbreak Hill", "Koppenberg", "Stelvio from Prato", "Col de la Madone", "Paterberg"]
GEAR = ["Nike Pegasus 40", "Garmin Forerunner 265", "Wahoo Elemnt", "Brooks Ghost 15", "Hoka Clifton 9"]
CLUB_H = {"en": "member_id,first_name,last_name,dob,category,club\n", "nl": "lidnr;voornaam;achternaam;geboortedatum;categorie\n",
          "da": "medlem;fornavn;efternavn;fødselsdato;klasse\n", "sv": "medlem;förnamn;efternamn;födelsedatum;klass\n",
          "it": "tessera;nome;cognome;data_nascita;categoria\n", "es": "socio;nombre;apellidos;fecha_nacimiento;categoria\n",
          "fr": "licence;prenom;nom;date_naissance;categorie\n"}


def k_fitness(loc):
    lg = loc.split("-")[0]
    r = Rec(loc, "fitness")
    k = rng.randrange(3)
    if k == 0:
        r.f("Segment leaderboard – {seg} (this year)\n", seg=N("PLACE", pick(SEGS)))
        for i in range(rng.randint(3, 5)):
            r.f("{i}. {n}  {t}  {w}\n", i=str(i + 1), n=P(Person(lg), pick(["full", "full", "init"])),
                t="%d:%02d" % (rng.randint(9, 59), rng.randint(0, 59)), w="%d W" % rng.randint(180, 420))
        if rng.random() < 0.4:
            r.f("KOM held by {f} since {y}.\n", f=N("FAMOUS", pick(["Tadej Pogačar", "Eliud Kipchoge", "Marianne Vos",
                                                                 "Jonas Vingegaard"])), y=N("DATE", str(rng.randint(2018, 2024))))
    elif k == 1:
        p = Person(lg)
        r.f('{"athlete": {"firstname": "{g}", "lastname": "{s}", "city": "{c}", "sex": "{sx}", "birthday": "{d}"}, '
            '"activity": {"name": "Morning Run", "start_date": "{dt}T06:42:10Z", "gear": "{gear}"}, '
            '"kudos_from": ["{k1}", "{k2}"]}\n', g=P(p, "given"), s=P(p, "sur"),
            c=pick(["Utrecht", "Aarhus", "Malmö", "Bergamo", "Sevilla", "Lyon", "Leeds"]), sx=pick("MF"),
            d=dob(loc, 1960, 2006, "iso"), dt=other_date(loc, "iso"), gear=N("PRODUCT", pick(GEAR)),
            k1=P(Person(lg), "full"), k2=P(Person(lg), "full"))
    else:
        hdr = CLUB_H[lg]
        sep = "," if "," in hdr else ";"
        r.t(hdr)
        ds = pick(["iso", "num"])
        for _ in range(rng.randint(3, 5)):
            p = Person(lg)
            cells = ["{id}", "{g}", "{s}", "{d}", "{cat}"] + (["{club}"] if sep == "," else [])
            r.f(sep.join(cells) + "\n", id=str(rng.randint(1000, 9999)), g=P(p, "given"), s=P(p, "sur"),
                d=dob(loc, 1950, 2012, ds), cat=pick(["M40", "W35", "U18", "M55", "W50"]),
                club=N("TEAM", pick(["Striders", "Harriers", "Road Runners"])))
    r.done()


# 24 mountain rescue --------------------------------------------------------------------------------
RESC = {
    "en": ("Callout {no} – {team}\nIncident: {inc} on {mt}\nSubject: {s}, {age}, from {a}\nInformant: {i} ({rel}), {ph}\n"
           "Team leader: {tl}\nOutcome: located {t}, walked off.\n", ["partner", "brother", "friend"],
           ["overdue walker", "lower leg injury", "cragfast scrambler"]),
    "de": ("Einsatz {no} – {team}\nEreignis: {inc} am {mt}\nBetroffene/r: {s}, {age}, wohnhaft {a}\nMeldende/r: {i} ({rel}), {ph}\n"
           "Einsatzleiter: {tl}\nErgebnis: um {t} aufgefunden, unverletzt.\n", ["Partnerin", "Bruder", "Freund"],
           ["vermisster Wanderer", "Sprunggelenksverletzung", "Verstiegen"]),
    "it": ("Intervento {no} – {team}\nEvento: {inc} sul {mt}\nInfortunato: {s}, {age}, residente in {a}\n"
           "Segnalante: {i} ({rel}), {ph}\nCapo squadra: {tl}\nEsito: ritrovato alle {t}.\n", ["compagna", "fratello", "amico"],
           ["escursionista disperso", "trauma alla caviglia", "alpinista bloccato"]),
    "fr": ("Intervention {no} – {team}\nÉvénement : {inc} sur le {mt}\nVictime : {s}, {age}, domicilié(e) {a}\n"
           "Appelant : {i} ({rel}), {ph}\nChef d'opération : {tl}\nIssue : retrouvé(e) à {t}.\n", ["compagne", "frère", "ami"],
           ["randonneur en retard", "entorse", "alpiniste bloqué"]),
    "cs": ("Zásah {no} – {team}\nUdálost: {inc}, {mt}\nPostižený: {s}, {age}, bytem {a}\nOznamovatel: {i} ({rel}), {ph}\n"
           "Velitel zásahu: {tl}\nVýsledek: nalezen v {t}.\n", ["partnerka", "bratr", "kamarád"],
           ["pohřešovaný turista", "zranění kotníku", "zablokovaný horolezec"]),
    "sv": ("Larm {no} – {team}\nHändelse: {inc}, {mt}\nDrabbad: {s}, {age}, bosatt {a}\nAnmälare: {i} ({rel}), {ph}\n"
           "Insatsledare: {tl}\nUtfall: hittad kl. {t}.\n", ["sambo", "bror", "vän"],
           ["försenad vandrare", "fotledsskada", "nödställd klättrare"]),
    "es": ("Rescate {no} – {team}\nIncidente: {inc} en {mt}\nAfectado: {s}, {age}, con domicilio en {a}\n"
           "Alertante: {i} ({rel}), {ph}\nJefe de equipo: {tl}\nResultado: localizado a las {t}.\n", ["pareja", "hermano", "amigo"],
           ["senderista desaparecido", "esguince", "escalador enriscado"]),
}
TEAMS_R = {"en": ["Keswick MRT", "Lochaber MRT", "Ogwen Valley MRO"], "de": ["Bergwacht Garmisch", "Bergrettung Tirol"],
           "it": ["CNSAS Stazione Valtournenche", "Soccorso Alpino Cortina"], "fr": ["PGHM Chamonix", "PGHM Briançon"],
           "cs": ["Horská služba Krkonoše"], "sv": ["Fjällräddningen Abisko"], "es": ["GREIM Benasque", "Grupo de Rescate Picos"]}
MTS = {"en": ["Ben Nevis", "Helvellyn", "Tryfan", "Scafell Pike"], "de": ["Alpspitze", "Zugspitze", "Watzmann"],
       "it": ["Monte Rosa", "Cervino", "Gran Sasso"], "fr": ["mont Blanc", "Dôme des Écrins", "Aiguille du Midi"],
       "cs": ["Sněžka", "Luční bouda"], "sv": ["Kebnekaise", "Kungsleden"], "es": ["Aneto", "Pico Almanzor", "Mulhacén"]}


def k_rescue(loc):
    lg = loc.split("-")[0]
    r = Rec(loc, "rescue")
    tpl, rels, incs = RESC[lg]
    r.f(tpl, no="%d-%03d" % (rng.randint(2022, 2025), rng.randint(1, 200)), team=N("ORG", pick(TEAMS_R[lg])),
        inc=pick(incs), mt=N("PLACE", pick(MTS[lg])), s=P(Person(lg), "full"), age=N("AGE", str(rng.randint(19, 78))),
        a=A(loc), i=P(Person(lg), pick(["full", "given"])), rel=pick(rels), ph=PH(loc), tl=P(Person(lg), pick(["full", "init"])),
        t=hhmm())
    r.done()


# 25 hackathons ----------------------------------------------------------------------------------------
HACK = {"en": ("Team", "Members", "Mentor", "under 18: date of birth and guardian needed", "Guardian"),
        "de": ("Team", "Mitglieder", "Mentor/in", "unter 18: Geburtsdatum und Erziehungsberechtigte/r nötig", "Erziehungsberechtigte/r"),
        "pl": ("Drużyna", "Członkowie", "Mentor", "poniżej 18 lat: data urodzenia i opiekun", "Opiekun"),
        "ro": ("Echipa", "Membri", "Mentor", "sub 18 ani: data nașterii și tutore", "Tutore"),
        "tr": ("Takım", "Üyeler", "Mentor", "18 yaş altı: doğum tarihi ve veli gerekli", "Veli"),
        "pt": ("Equipa", "Membros", "Mentor", "menores de 18: data de nascimento e encarregado", "Encarregado")}
TEAMS_H = ["Team Turing", "Lovelace Labs", "Team Hopper", "Dijkstra's Disciples", "Team Tesla", "Byte Me", "Null Pointers"]


def k_hackathon(loc):
    lg = loc.split("-")[0]
    r = Rec(loc, "hackathon")
    h = HACK[lg]
    if rng.random() < 0.6:
        r.f("## {k0}: {tm}\n{k1}:\n", k0=h[0], tm=N("TEAM", pick(TEAMS_H)), k1=h[1])
        minor = None
        for i in range(rng.randint(2, 4)):
            p = Person(lg, glob=rng.random() < 0.3)
            if i == 0 and rng.random() < 0.6:
                minor = p
                r.f("- {n} ({d})\n", n=P(p, "full"), d=dob(loc, 2008, 2010, "iso"))
            else:
                r.f("- {n}\n", n=P(p, pick(["full", "lower"])))
        r.f("{k2}: {m}\n", k2=h[2], m=P(Person(lg), "full"))
        if minor:
            r.f("_{k3}_ – {k4}: {g}\n", k3=h[3], k4=h[4], g=P(Person(lg, inv=minor.inv), "full"))
    else:
        r.t("judge,team,idea,score\n")
        for _ in range(rng.randint(3, 5)):
            r.f("{j},{tm},{idea},{sc}\n", j=P(Person(lg), "full"), tm=N("TEAM", pick(TEAMS_H)),
                idea=pick(["carbon tracker", "bus arrival bot", "recipe planner", "sign-language app"]),
                sc=str(rng.randint(40, 100)))
    r.done()


# 26 exchange students, host families, au pairs -----------------------------------------------------
EXCH = {
    "de": ("Gastfamilie {fam}\nGastvater: {f}\nGastmutter: {m}\nKinder: {c1} ({d1}), {c2} ({d2})\nAdresse: {a}\n"
           "Haustiere: Hund {pet}\nSchule des Gastschülers: {sch}\n"),
    "nl": ("Gastgezin {fam}\nGastvader: {f}\nGastmoeder: {m}\nKinderen: {c1} ({d1}), {c2} ({d2})\nAdres: {a}\n"
           "Huisdieren: hond {pet}\nSchool: {sch}\n"),
    "da": ("Værtsfamilie {fam}\nVærtsfar: {f}\nVærtsmor: {m}\nBørn: {c1} ({d1}), {c2} ({d2})\nAdresse: {a}\n"
           "Kæledyr: hunden {pet}\nSkole: {sch}\n"),
    "sv": ("Värdfamilj {fam}\nVärdpappa: {f}\nVärdmamma: {m}\nBarn: {c1} ({d1}), {c2} ({d2})\nAdress: {a}\n"
           "Husdjur: hunden {pet}\nSkola: {sch}\n"),
    "fr": ("Famille d'accueil {fam}\nPère d'accueil : {f}\nMère d'accueil : {m}\nEnfants : {c1} ({d1}), {c2} ({d2})\n"
           "Adresse : {a}\nAnimaux : chien {pet}\nÉtablissement : {sch}\n"),
    "es": ("Familia anfitriona {fam}\nPadre: {f}\nMadre: {m}\nHijos: {c1} ({d1}), {c2} ({d2})\nDomicilio: {a}\n"
           "Mascotas: perro {pet}\nCentro: {sch}\n"),
    "it": ("Famiglia ospitante {fam}\nPadre: {f}\nMadre: {m}\nFigli: {c1} ({d1}), {c2} ({d2})\nIndirizzo: {a}\n"
           "Animali: cane {pet}\nScuola: {sch}\n"),
    "en": ("Host family {fam}\nHost father: {f}\nHost mother: {m}\nChildren: {c1} ({d1}), {c2} ({d2})\nAddress: {a}\n"
           "Pets: dog {pet}\nSchool: {sch}\n"),
}
SCH_X = ["Goethe-Institut", "Erasmus+ programme", "Cambridge English school", "Instituto Cervantes", "Alliance Française",
         "Lycée Jean Monnet"]


def k_exchange(loc):
    lg = loc.split("-")[0]
    r = Rec(loc, "exchange")
    if rng.random() < 0.65:
        fa = Person(lg, gender="m", inv=rng.random() < 0.5)
        mo = Person(lg, gender="f", inv=fa.inv)
        c1, c2 = Person(lg, inv=fa.inv), Person(lg, inv=fa.inv)
        r.f(EXCH[lg], fam=P(fa, "sur"), f=P(fa, "full"), m=P(mo, pick(["full", "given"])), c1=P(c1, "given"),
            d1=dob(loc, 2005, 2020, "num"), c2=P(c2, "given"), d2=dob(loc, 2005, 2020, "num"), a=A(loc),
            pet=N("PET", pick(["Bruno", "Fleur", "Bamse", "Loki", "Toby", "Nala"])), sch=N("ORG", pick(SCH_X)))
    else:
        ap = Person(pick(["es", "pt", "pl", "tr", "ro", "cs"]), glob=rng.random() < 0.3)
        r.f("Au pair profile\nName: {n}\nBorn: {d}\nFrom: {c}\nLanguages: {l}\nAbout me: I am {g}, I love kids and I "
            "have looked after my cousins {k1} and {k2}. Certificate from the {sch}.\nReference: {ref}\n",
            n=P(ap, "full"), d=dob(ap.lg, 1998, 2006, "long"), c=pick(["Valencia", "Porto", "Kraków", "İzmir", "Cluj", "Brno"]),
            l=pick(["Spanish, English", "Portuguese, English, some German", "Polish, English"]), g=P(ap, "given"),
            k1=P(Person(ap.lg), "given"), k2=P(Person(ap.lg), "given"), sch=N("ORG", pick(SCH_X)),
            ref=P(Person(ap.lg), "full"))
    r.done()


# 27 e-scooter rentals ------------------------------------------------------------------------------
SCOOT = {
    "de": ("{op} – Schadensmeldung {no}\nFahrzeug: {v}   Abgestellt: {pl}\nNutzer/in: {n}, geb. {d}\nRechnungsadresse: {a}\n"
           "Bußgeld der Stadt vom {dt}: 35 € (Parken auf Gehweg). Bearbeiter/in: {c}\n"),
    "fr": ("{op} – Rapport de dommage {no}\nVéhicule : {v}   Stationné : {pl}\nUtilisateur : {n}, né(e) le {d}\n"
           "Adresse de facturation : {a}\nAmende du {dt} : 35 € (stationnement sur trottoir). Agent : {c}\n"),
    "es": ("{op} – Parte de daños {no}\nVehículo: {v}   Aparcado: {pl}\nUsuario: {n}, F. nac. {d}\nDirección: {a}\n"
           "Multa del {dt}: 35 € (acera). Gestor: {c}\n"),
    "it": ("{op} – Segnalazione danni {no}\nMezzo: {v}   Parcheggiato: {pl}\nUtente: {n}, nato/a il {d}\nIndirizzo: {a}\n"
           "Multa del {dt}: 35 € (sosta su marciapiede). Operatore: {c}\n"),
    "pl": ("{op} – Zgłoszenie szkody {no}\nPojazd: {v}   Pozostawiony: {pl}\nUżytkownik: {n}, ur. {d}\nAdres: {a}\n"
           "Mandat z {dt}: 100 zł (chodnik). Konsultant: {c}\n"),
    "pt": ("{op} – Relatório de danos {no}\nVeículo: {v}   Estacionado: {pl}\nUtilizador: {n}, nascido em {d}\nMorada: {a}\n"
           "Coima de {dt}: 30 € (passeio). Agente: {c}\n"),
    "en": ("{op} – Damage report {no}\nVehicle: {v}   Parked at: {pl}\nRider: {n}, DOB {d}\nBilling address: {a}\n"
           "Council fine dated {dt}: £25 (pavement parking). Handled by: {c}\n"),
}
PLACES_S = {"de": ["Karl-Marx-Allee", "Friedrichstraße", "Konrad-Adenauer-Ufer"], "fr": ["place de la Bastille", "quai Jean Moulin"],
            "es": ["Plaza de Colón", "Paseo de Recoletos"], "it": ["Piazza Garibaldi", "Corso Buenos Aires"],
            "pl": ["Rondo Dmowskiego", "Plac Piłsudskiego"], "pt": ["Praça Marquês de Pombal", "Cais do Sodré"],
            "en": ["Nelson's Column", "Kingsway", "Piccadilly"]}


def k_scooter(loc):
    lg = loc.split("-")[0]
    r = Rec(loc, "scooter")
    r.f(SCOOT[lg], op=N("ORG", pick(["Lime", "Tier", "Bolt", "Voi", "Dott"])), no=N("CODE", "DR-%06d" % rng.randint(0, 999999)),
        v=N("CODE", "%s-%04d" % (pick(["ES", "VO", "LM", "TI"]), rng.randint(0, 9999))), pl=N("PLACE", pick(PLACES_S[lg])),
        n=P(Person(lg), pick(["full", "full", "lower"])), d=dob(loc, 1960, 2007, pick(["num", "iso"])), a=A(loc),
        dt=other_date(loc, "num", 2024, 2026), c=P(Person(lg), "given"))
    r.done()


# 28 trade unions ------------------------------------------------------------------------------------
UNION = {
    "en": ("{u} – Membership application\nName: {n}\nDate of birth: {d}\nHome address: {a}\nEmployer: {e}\nWorkplace rep: {rep}\n"
           "Grievance (if any): my line manager {m} changed my shifts without notice on {dt}.\n"),
    "de": ("{u} – Beitrittserklärung\nName: {n}\nGeburtsdatum: {d}\nAnschrift: {a}\nArbeitgeber: {e}\nVertrauensperson: {rep}\n"
           "Anliegen: mein Vorgesetzter {m} hat am {dt} meine Schichten ohne Ankündigung geändert.\n"),
    "fr": ("{u} – Bulletin d'adhésion\nNom : {n}\nDate de naissance : {d}\nAdresse : {a}\nEmployeur : {e}\nDélégué(e) : {rep}\n"
           "Réclamation : mon responsable {m} a modifié mes horaires le {dt} sans préavis.\n"),
    "nl": ("{u} – Aanmeldformulier\nNaam: {n}\nGeboortedatum: {d}\nAdres: {a}\nWerkgever: {e}\nKaderlid: {rep}\n"
           "Klacht: mijn leidinggevende {m} heeft op {dt} mijn diensten zonder overleg gewijzigd.\n"),
    "it": ("{u} – Delega di iscrizione\nNome: {n}\nData di nascita: {d}\nIndirizzo: {a}\nDatore di lavoro: {e}\nDelegato RSU: {rep}\n"
           "Segnalazione: il mio responsabile {m} ha cambiato i turni il {dt} senza preavviso.\n"),
    "es": ("{u} – Ficha de afiliación\nNombre: {n}\nFecha de nacimiento: {d}\nDomicilio: {a}\nEmpresa: {e}\nDelegado/a: {rep}\n"
           "Queja: mi encargado {m} cambió mis turnos el {dt} sin aviso.\n"),
    "sv": ("{u} – Medlemsansökan\nNamn: {n}\nFödelsedatum: {d}\nAdress: {a}\nArbetsgivare: {e}\nOmbud: {rep}\n"
           "Ärende: min chef {m} ändrade mina pass den {dt} utan förvarning.\n"),
    "da": ("{u} – Indmeldelse\nNavn: {n}\nFødselsdato: {d}\nAdresse: {a}\nArbejdsgiver: {e}\nTillidsrepræsentant: {rep}\n"
           "Sag: min leder {m} ændrede mine vagter den {dt} uden varsel.\n"),
}
UNIONS = {"en": ["Unite", "UNISON", "GMB"], "de": ["ver.di", "IG Metall"], "fr": ["CGT", "CFDT"], "nl": ["FNV", "CNV"],
          "it": ["CGIL", "CISL"], "es": ["CCOO", "UGT"], "sv": ["IF Metall", "Kommunal"], "da": ["3F", "HK"]}
EMPLOYERS = ["Ford-Werke GmbH", "Philips", "Siemens", "Heineken", "Michelin", "Ferrero", "Volvo Cars", "Carlsberg",
             "Renault", "Porsche", "Ikea"]


def k_union(loc):
    lg = loc.split("-")[0]
    r = Rec(loc, "union")
    if rng.random() < 0.12:
        r.f("{u}: strike ballot at {e} closes {dt}. Talk to your rep.\n", u=N("ORG", pick(UNIONS[lg])),
            e=N("ORG", pick(EMPLOYERS)), dt=other_date(loc, "num", 2025, 2026))
        return r.done()
    r.f(UNION[lg], u=N("ORG", pick(UNIONS[lg])), n=P(Person(lg), pick(["full", "comma", "upper"])),
        d=dob(loc, 1958, 2006, "num"), a=A(loc), e=N("ORG", pick(EMPLOYERS)), rep=P(Person(lg), "full"),
        m=P(Person(lg), pick(["full", "given", "sur"])), dt=other_date(loc, "num", 2024, 2026))
    r.done()


# ---- records with look-alikes only -------------------------------------------------------------
def dd(loc):
    return N("DATE", fdate(loc, ymd(2019, 2026), "num"))


FREE = {
    "cad": ("{u} status 6 (out of service) until {d}; {x} closed, approach via the ring road.\n",
            lambda loc, lg: dict(u=N("CODE", pick(CAD_UNITS.get(lg, CAD_UNITS["en"]))), d=dd(loc),
                                 x=N("PLACE", pick(CAD.get(lg, CAD["en"])[4])))),
    "ems": ("Crew briefing {d}: restock {p}; {h} ED on divert until 18:00. Audit topic: {t}.\n",
            lambda loc, lg: dict(d=dd(loc), p=N("PRODUCT", pick(DRUGS)), h=N("ORG", pick(VENUES)),
                                 t=N("TERM", pick(EPONYM_DX.get(lg, EPONYM_DX["en"]))))),
    "moderation": ('{"report_id": "R-{no}", "queue": "spam", "reported_content": "{f} crypto giveaway, click the link", '
                   '"created_at": "{d}", "status": "closed"}\n',
                   lambda loc, lg: dict(no=str(rng.randint(10000, 99999)), f=famous(lg), d=N("DATE", fdate(loc, ymd(2021, 2026), "iso")))),
    "voice": ("[{t}] user: alexa, play {f}\n[{t}] assistant: Playing {f}.\n[{t}] user: alexa, set a timer for ten minutes\n",
              lambda loc, lg: dict(t=hms(), f=N("FAMOUS", pick(MUSIC)))),
    "military": ("{b} was renamed in 2023; the {s} is in dry dock until {d}. Operation {o} files are declassified.\n",
                 lambda loc, lg: dict(b=N("PLACE", pick(["Fort Bragg", "Fort Hood", "Fort Benning"])),
                                      s=N("TERM", pick(["USS Carl Vinson", "USS Gerald R. Ford", "HMS Prince of Wales"])),
                                      d=dd(loc), o=N("TERM", pick(["Desert Storm", "Market Garden", "Barbarossa"])))),
    "bounty": ("## [Low] Missing rate limit on /login\nTool: {t}\nSubmitted: {d}\nNo personal data involved; see the {c} write-up.\n",
               lambda loc, lg: dict(t=N("PRODUCT", pick(TOOLS)), d=N("DATE", fdate(loc, ymd(2021, 2026), "iso")),
                                    c=N("TERM", pick(["Heartbleed", "Log4Shell", "Spectre"])))),
    "timetable": ("{s} – {d}: keine Vertretungen. Projekttag „{f}“ in {r}.\n",
                  lambda loc, lg: dict(s=N("ORG", pick(TT["de"][3])), d=dd(loc), f=N("FAMOUS", pick(TT["de"][7])),
                                       r=N("ADDR", pick(["Raum 204", "Aula", "R 1.14"])))),
    "baggage": ("BAGGAGE STATUS: TAG {c} FOUND AT {s}, FORWARD ON LH{fn}/{d}. BRAND {b}.\n",
                lambda loc, lg: dict(c=N("CODE", "LH%06d" % rng.randint(0, 999999)), s=pick(["FRA", "MUC", "LIS"]),
                                     fn="%04d" % rng.randint(1, 3999), d=N("DATE", "%02d%s" % (rng.randint(1, 28), pick(M3))),
                                     b=N("PRODUCT", pick(["SAMSONITE", "RIMOWA"])))),
    "pawn": ("Price guide: {a} from 900, {b} from 350. Valuations every Tuesday; auction of unredeemed pledges on {d}.\n",
             lambda loc, lg: dict(a=N("PRODUCT", pick(ITEMS)), b=N("PRODUCT", pick(ITEMS)), d=dd(loc))),
    "storage": ("Unit sizes at {o}: {u} (25 sq ft) to {u2} (200 sq ft). Gate hours 06:00-22:00 from {d}.\n",
                lambda loc, lg: dict(o=N("ORG", pick(["Shurgard", "Big Yellow", "City Box"])), u=N("ADDR", "A-101"),
                                     u2=N("ADDR", "F-420"), d=dd(loc))),
    "cemetery": ("Guided tour: the graves of {f} and {g} at {c}, Sunday {d}, meet at the main gate.\n",
                 lambda loc, lg: dict(f=famous(lg), g=famous(lg), c=N("PLACE", pick(CEM.get(lg, CEM["en"])[1])), d=dd(loc))),
    "whois": ("Domain Name: {dom}\nRegistrant Name: REDACTED FOR PRIVACY\nRegistrant Organization: {o}\nRegistrar: {r}\n"
              "Creation Date: {d}\n",
              lambda loc, lg: dict(dom=pick(DOMS) + ".eu", o=N("ORG", pick(FIRM_PERSON)),
                                   r=N("ORG", pick(["Tucows Domains Inc.", "Gandi SAS"])),
                                   d=N("DATE", fdate(loc, ymd(2005, 2024), "iso")))),
    "visitor": ("Reception notice: {o} delivery expected {d}; meeting room {r} booked all day.\n",
                lambda loc, lg: dict(o=N("ORG", pick(FIRM_PERSON)), d=dd(loc), r=N("ADDR", pick(["4B", "Suite 301", "G.07"])))),
    "tattoo": ("Flash day at {s}: {f} portraits, {t} swallows, walk-ins from {d}.\n",
               lambda loc, lg: dict(s=N("ORG", pick(["Nadelwerk", "Black Lotus Tattoo"])), f=N("FAMOUS", pick(TAT_FAM)),
                                    t=N("TERM", "Sailor Jerry"), d=dd(loc))),
    "horse": ("{h} (by {s}) won the {e} on {d}.\n",
              lambda loc, lg: dict(h=N("ANIMAL", pick(HORSES)), s=N("ANIMAL", pick(HORSES)),
                                   e=N("TERM", pick(["Grand Prix Hermès", "Kings Cup", "Preis der Familie Thiedemann"])), d=dd(loc))),
    "casting": ("Open call: {r} in \"Northern Line\", playing age {a}; self-tapes via {o} by {d}.\n",
                lambda loc, lg: dict(r=N("TERM", pick(ROLES)), a=N("AGE", "30-40"), o=N("ORG", pick(AGENCIES)), d=dd(loc))),
    "camp": ("{o} packing list: sleeping bag, torch, rain jacket. Group {t} meets at {p} on {d}.\n",
             lambda loc, lg: dict(o=N("ORG", pick(CAMPS[loc])), t=N("TEAM", pick(GROUPS[lg])),
                                  p=N("PLACE", pick(["Franz-Klammer-Lift", "Piazza Garibaldi"])), d=dd(loc))),
    "debt": ("{o}: claims older than three years (before {d}) may be time-barred; ask {c} for advice.\n",
             lambda loc, lg: dict(o=N("ORG", pick(FIRMS_DEBT[lg if lg in FIRMS_DEBT else "en"])), d=dd(loc),
                                  c=N("ORG", pick(["Citizens Advice", "Verbraucherzentrale", "UFC-Que Choisir"])))),
    "interpreter": ("Rota: {l} cover needed at {v} on {d}; no booking yet.\n",
                    lambda loc, lg: dict(l=pick(["Tigrinya", "Dari", "Somali"]), v=N("ORG", pick(VENUES)), d=dd(loc))),
    "prison": ("{p}: visits hall closed on {d} for maintenance; video calls continue.\n",
               lambda loc, lg: dict(p=N("PLACE", pick(PRISONS[lg if lg in PRISONS else "en"])), d=dd(loc))),
    "dsar": ("Since {t}, transfers to the US need a transfer impact assessment. Questions go to the {o}.\n",
             lambda loc, lg: dict(t=N("TERM", "Schrems II"), o=N("ORG", DPA[lg if lg in DPA else "en"]))),
    "sim": ("{o} ported 1,204 numbers to {o2} on {d}.\n",
            lambda loc, lg: dict(o=N("ORG", pick(OPS[lg if lg in OPS else "fr"])), o2=N("ORG", pick(OPS[lg if lg in OPS else "fr"])),
                                 d=dd(loc))),
    "fitness": ("Segment {s}: 1,204 athletes this year; KOM {f}.\n",
                lambda loc, lg: dict(s=N("PLACE", pick(SEGS)), f=N("FAMOUS", pick(["Tadej Pogačar", "Marianne Vos"])))),
    "rescue": ("{t} training night on {m}, {d}; bring {p}.\n",
               lambda loc, lg: dict(t=N("ORG", pick(TEAMS_R[lg if lg in TEAMS_R else "en"])),
                                    m=N("PLACE", pick(MTS[lg if lg in MTS else "en"])), d=dd(loc),
                                    p=N("PRODUCT", pick(["Garmin inReach", "Petzl headtorch"])))),
    "hackathon": ("{t} wins best pitch; thanks to our sponsors {o} and {o2}.\n",
                  lambda loc, lg: dict(t=N("TEAM", pick(TEAMS_H)), o=N("ORG", pick(FIRM_PERSON)), o2=N("ORG", pick(FIRM_PERSON)))),
    "exchange": ("{o} info evening for host families on {d}; {e} grants explained.\n",
                 lambda loc, lg: dict(o=N("ORG", pick(SCH_X)), d=dd(loc), e=N("TERM", "Erasmus+"))),
    "scooter": ("{o}: no-parking zone around {p} from {d}.\n",
                lambda loc, lg: dict(o=N("ORG", pick(["Lime", "Tier", "Voi"])), p=N("PLACE", pick(PLACES_S[lg if lg in PLACES_S else "en"])),
                                     d=dd(loc))),
    "union": ("{u}: strike ballot at {e} closes {d}. Talk to your rep.\n",
              lambda loc, lg: dict(u=N("ORG", pick(UNIONS[lg if lg in UNIONS else "en"])), e=N("ORG", pick(EMPLOYERS)), d=dd(loc))),
}


def k_free(cls, loc):
    r = Rec(loc, cls)
    tpl, kw = FREE[cls]
    r.f(tpl, **kw(loc, r.lg))
    r.done()


# ---- driver -----------------------------------------------------------------------------------------
KINDS = [
    (k_cad, ["en-US", "de-DE", "nl-NL", "sv", "fr-FR", "en-US", "de-AT"]),
    (k_ems, ["en-US", "en-AU", "de-AT", "it", "es-ES", "pl", "cs"]),
    (k_moderation, ["en-US", "en-GB", "de-DE", "tr", "pl", "pt-BR", "es-MX"]),
    (k_voice, ["en-US", "en-GB", "de-DE", "sv", "da", "nl-NL", "it"]),
    (k_military, ["en-US", "de-DE", "fr-FR", "pl", "da", "tr", "en-GB"]),
    (k_bounty, ["en-US", "en-GB", "de-DE", "fr-FR", "es-ES", "pt-BR", "pl"]),
    (k_timetable, ["de-DE", "en-GB", "fr-FR", "nl-NL", "it", "da", "cs", "de-CH"]),
    (k_baggage, ["en-GB", "en-US", "de-DE", "es-ES", "it", "nl-NL", "pt-PT", "tr"]),
    (k_pawn, ["en-GB", "en-US", "de-DE", "nl-NL", "es-MX", "it", "fr-FR"]),
    (k_storage, ["en-US", "en-GB", "de-DE", "nl-NL", "sv", "da", "fr-FR"]),
    (k_cemetery, ["en-GB", "de-DE", "fr-FR", "it", "pl", "cs", "nl-NL"]),
    (k_whois, ["en-US", "en-GB", "de-DE", "nl-NL", "fr-FR", "da", "sv", "pl", "cs"]),
    (k_visitor, ["en-GB", "en-US", "de-CH", "fr-BE", "es-ES", "it", "pt-BR"]),
    (k_tattoo, ["en-US", "de-DE", "nl-BE", "es-AR", "pt-BR", "pl", "sv", "tr"]),
    (k_horse, ["de-DE", "nl-NL", "fr-FR", "en-GB", "sv", "da", "en-IE"]),
    (k_casting, ["en-GB", "de-DE", "fr-FR", "it", "es-ES", "en-US"]),
    (k_camp, ["en-US", "de-AT", "fr-CH", "it", "nl-NL", "da", "cs"]),
    (k_debt, ["de-DE", "fr-FR", "en-GB", "nl-BE", "es-ES", "ro", "pl", "de-AT"]),
    (k_interpreter, ["en-GB", "de-DE", "nl-NL", "sv", "da", "fr-BE"]),
    (k_prison, ["en-GB", "de-DE", "nl-NL", "fr-FR", "es-ES", "it", "cs"]),
    (k_dsar, ["en-GB", "de-DE", "fr-FR", "nl-NL", "it", "es-ES", "pl", "ro", "en-IE"]),
    (k_sim, ["fr-FR", "es-ES", "tr", "pl", "ro", "it", "pt-PT"]),
    (k_fitness, ["en-GB", "nl-NL", "da", "sv", "it", "es-ES", "fr-FR"]),
    (k_rescue, ["en-GB", "de-AT", "it", "fr-FR", "cs", "sv", "es-ES", "de-CH"]),
    (k_hackathon, ["en-US", "de-DE", "pl", "ro", "tr", "pt-PT"]),
    (k_exchange, ["de-DE", "nl-NL", "da", "sv", "fr-FR", "es-ES", "it", "en-US"]),
    (k_scooter, ["de-DE", "fr-FR", "es-ES", "it", "pl", "pt-PT", "en-GB"]),
    (k_union, ["en-GB", "de-DE", "fr-FR", "nl-NL", "it", "es-ES", "sv", "da"]),
]
PER_KIND = 25
for i in range(PER_KIND):
    for fn, locs in KINDS:
        if rng.random() < 0.09:
            k_free(fn.__name__[2:], locs[i % len(locs)])
        else:
            fn(locs[i % len(locs)])

json.dump(records, sys.stdout, ensure_ascii=False, indent=1)
sys.stdout.write("\n")
