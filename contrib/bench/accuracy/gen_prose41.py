#!/usr/bin/env python3
"""gen_prose41.py: people, their streets and their birth dates in drafting prompts, notices and
code-switched text (stop 41, branch prose41; a tune set).

Written from the prose half of the fourteenth blind set's public brief (run.sh's title), by
another author, before reading the detector rules that handle it:
- `draft`: a prompt that asks a model to draft or rewrite about named people: eulogies, wedding
  toasts, retirement speeches, character references, tenancy and neighbour letters, complaints,
  school notes and reports, obituaries, condolence cards, award citations (en, and de/fr/nl/es/it/
  pt asks);
- `translate`: a letter in one language and the ask in another (`Translate into German: ...`,
  `Kun je dit naar het Engels vertalen?`);
- `learner`: learner texts with errors, names in lower case as learners write them (`my best
  friend is called lucia fernandez she born in 3 may 2004`);
- `codeswitch`: messages that change language mid-sentence (en+es, de+tr, fr+ar, nl+en, pt+en,
  pl+en), with the names of both communities;
- `notice`: public notices: court lists, planning applications, estate and probate notices,
  school-board and council agendas and minutes, club and choir rosters written as prose, parish
  newsletters;
- `msg`: messages in pl/sv/tr/ro/pt.
About half the names are invented (syllables of the language, each word checked against hush's
lexicon); names in lists, possessives (`Margaret's`: the span stops before the 's), nicknames in
quotes (the span holds the whole `Robert "Bobby" Keane`), particles (van der, de la, bin, ibn, O',
Mc), hyphens, diacritics, lower case.

Look-alikes (NEG_*): saints and streets named after people used as places, institutions (`St
Mary's Primary`, `Fundación ...`), famous names as terms (`Alzheimer's`, `a Mozart sonata`),
places, months and holidays, pets (NEG_PET: the house convention is that a pet's name is not
PII), other dates near birth words (died, married, hearing date, deadline: NEG_DATE) and ages.
Writes JSON (the names_tune3.json format) to stdout; deterministic; Python stdlib only."""
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gen_common import Doc, write_json, MONTHS  # noqa: E402
from lexicon_words import lexicon_words  # noqa: E402

rng = random.Random(20261205 + 41)
LEX = set(w.lower() for w in lexicon_words(with_global=True))
records = []

MONTHS = dict(MONTHS)
MONTHS["pl"] = ["stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia",
                "września", "października", "listopada", "grudnia"]
MONTHS["sv"] = ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti",
                "september", "oktober", "november", "december"]
MONTHS["tr"] = ["Ocak", "Şubat", "Mart", "Nisan", "Mayıs", "Haziran", "Temmuz", "Ağustos", "Eylül",
                "Ekim", "Kasım", "Aralık"]
MONTHS["ro"] = ["ianuarie", "februarie", "martie", "aprilie", "mai", "iunie", "iulie", "august",
                "septembrie", "octombrie", "noiembrie", "decembrie"]

REAL_G = {
    "en": ["Margaret", "Graham", "Siobhan", "Duncan", "Eleanor", "Callum", "Bridget", "Nigel",
           "Rosalind", "Trevor", "Imogen", "Declan"],
    "de": ["Hannelore", "Wolfgang", "Gisela", "Dieter", "Ursula", "Jörg", "Renate", "Bernd",
           "Friederike", "Günther"],
    "fr": ["Geneviève", "Thierry", "Solange", "Hervé", "Mireille", "Gérard", "Josiane", "Yannick",
           "Ghislaine", "Régis"],
    "nl": ["Henk", "Gerrit", "Wilhelmina", "Joke", "Kees", "Ria", "Sjoerd", "Marijke", "Teun",
           "Hennie"],
    "es": ["Encarnación", "Ramón", "Remedios", "Agustín", "Consuelo", "Ignacio", "Amparo",
           "Fermín", "Rocío", "Baltasar"],
    "it": ["Gianfranco", "Loredana", "Ottavio", "Graziella", "Ercole", "Rosanna", "Vittorio",
           "Ornella", "Saverio", "Marisa"],
    "pt": ["Conceição", "Joaquim", "Graça", "Fernando", "Rosário", "Albano", "Odete", "Custódio",
           "Fátima", "Arménio"],
    "pl": ["Grażyna", "Zbigniew", "Bożena", "Wojciech", "Jadwiga", "Przemysław", "Małgorzata",
           "Krzysztof", "Halina", "Bogdan"],
    "sv": ["Birgitta", "Göran", "Ingrid", "Sten", "Margareta", "Leif", "Gunilla", "Ulf", "Solveig",
           "Bengt"],
    "tr": ["Ayşe", "Mehmet", "Emine", "Hüseyin", "Zeynep", "Mustafa", "Hatice", "Yusuf", "Fadime",
           "Recep"],
    "ro": ["Ioana", "Gheorghe", "Mihaela", "Vasile", "Florica", "Dumitru", "Elena", "Costel",
           "Viorica", "Ionuț"],
    "ar": ["Youssef", "Fatima", "Karim", "Nadia", "Rachid", "Samira", "Mehdi", "Khadija", "Hakim",
           "Leila"],
}
REAL_S = {
    "en": ["Thornton", "Gallagher", "Pemberton", "Crowley", "Ashby", "Whitfield", "Hargreaves",
           "Lockwood", "Fairbairn", "Dunmore"],
    "de": ["Brückner", "Hoffmeister", "Seidel", "Kowalczyk", "Eckhardt", "Wendland", "Pfeiffer",
           "Rademacher", "Stöckl", "Zimmer"],
    "fr": ["Lemaire", "Fauconnier", "Besnard", "Guillot", "Rochefort", "Tessier", "Delorme",
           "Charpentier", "Vasseur", "Brunet"],
    "nl": ["Brouwer", "Kuipers", "Veenstra", "Hoekstra", "Timmermans", "Postma", "Wijnands",
           "Scholten", "Verhoeven", "Dijkman"],
    "es": ["Iglesias", "Montero", "Benítez", "Carrasco", "Fuentes", "Arroyo", "Villanueva",
           "Pastor", "Salcedo", "Quintana"],
    "it": ["Ferraris", "Bellucci", "Santoro", "Marchetti", "Lombardo", "Pellegrini", "Caruso",
           "Fontana", "Guerrieri", "Barbieri"],
    "pt": ["Magalhães", "Nogueira", "Figueiredo", "Antunes", "Barros", "Quaresma", "Lacerda",
           "Sampaio", "Valente", "Gouveia"],
    "pl": ["Wiśniewska", "Zieliński", "Dąbrowski", "Kaczmarek", "Wróblewska", "Pawlak", "Grabowski",
           "Jabłońska", "Michalak", "Sikora"],
    "sv": ["Lindqvist", "Bergström", "Sjöberg", "Holmgren", "Nyström", "Ekdahl", "Lundgren",
           "Wallin", "Åkesson", "Forsberg"],
    "tr": ["Yılmaz", "Öztürk", "Kaya", "Çelik", "Aydın", "Şahin", "Doğan", "Arslan", "Koç",
           "Kurt"],
    "ro": ["Popescu", "Ionescu", "Dumitrescu", "Stoica", "Constantinescu", "Munteanu", "Ene",
           "Gheorghiu", "Radu", "Lungu"],
    "ar": ["Benali", "El Amrani", "Haddad", "Bouzid", "Mansouri", "Cherkaoui", "Belkacem",
           "Tazi", "Saidi", "Ouali"],
}
SYL = {"en": ["dar", "wick", "bel", "ton", "mer", "rish", "al", "den", "cor", "lis"],
       "de": ["wen", "dal", "ko", "rith", "bau", "sel", "gun", "tra", "hel", "mo"],
       "fr": ["lau", "ve", "rin", "sou", "mar", "zel", "ti", "ban", "ou", "gre"],
       "nl": ["bru", "wen", "jo", "kers", "mie", "dal", "ha", "ruit", "lo", "sje"],
       "es": ["ma", "ren", "qui", "sol", "ta", "ber", "lo", "ñu", "ca", "ris"],
       "it": ["lu", "ve", "ran", "ti", "co", "sar", "gio", "mel", "da", "ri"],
       "pt": ["ju", "lha", "ve", "ran", "co", "ta", "mi", "ro", "sel", "dó"],
       "pl": ["bro", "szy", "wi", "ło", "mir", "sta", "ko", "dzi", "ra", "cze"],
       "sv": ["ing", "bo", "sve", "lind", "ma", "tor", "al", "ve", "ry", "ek"],
       "tr": ["ay", "ser", "kan", "dil", "mer", "tu", "gül", "ba", "ha", "nur"],
       "ro": ["vi", "ra", "lu", "sor", "da", "mi", "ne", "tu", "co", "ri"],
       "ar": ["na", "sir", "ha", "mal", "ra", "zi", "ka", "ri", "fa", "lim"]}
END = {"en": ["ley", "by", "worth", "ham"], "de": ["mann", "huber", "ke", "stedt"],
       "fr": ["ard", "eau", "ier", "ac"], "nl": ["stra", "inga", "sma", "kamp"],
       "es": ["ez", "eda", "ona", "ales"], "it": ["ucci", "elli", "one", "etto"],
       "pt": ["eiro", "ão", "inho", "ares"], "pl": ["ski", "wicz", "czyk", "iak"],
       "sv": ["ström", "berg", "qvist", "lund"], "tr": ["oğlu", "er", "can", "soy"],
       "ro": ["escu", "eanu", "aru", "ache"], "ar": ["i", "oun", "ani", "aoui"]}
PARTICLE = {"nl": ["van der", "van", "de", "ter"], "de": ["von", "von der"],
            "fr": ["de la", "Le", "du"], "es": ["de la", "del", "de"], "it": ["De", "Di", "Lo"],
            "pt": ["da", "dos", "de"], "ar": ["bin", "ibn", "El"], "en": ["O'", "Mc", "Mac"]}
HYPH_G = {"fr": ["Jean-Baptiste", "Marie-Claude", "Anne-Sophie"], "de": ["Hans-Peter", "Eva-Maria"],
          "en": ["Mary-Kate", "Lily-Rose"], "es": ["José-María"], "pt": ["Ana-Rita"],
          "nl": ["Jan-Willem", "Anne-Fleur"], "ro": ["Ana-Maria"], "pl": ["Anna-Maria"]}
NICK = {"en": ["Bobby", "Ginger", "Sparky", "Boots", "Tiny", "Dutch", "Smudge"],
        "es": ["el Flaco", "Pepe", "la Nena"], "it": ["Pippo", "Gigi"], "pt": ["Zé", "Tó"],
        "de": ["Hansi", "Bolle"], "fr": ["Titi", "Loulou"], "nl": ["Appie", "Sjaak"]}


def invent(lg, surname):
    for _ in range(50):
        n = rng.choice((2, 2, 3)) if not surname else rng.choice((1, 2))
        w = "".join(rng.choice(SYL[lg]) for _ in range(n))
        if surname:
            w += rng.choice(END[lg])
        w = w[0].upper() + w[1:]
        if w.lower() not in LEX and len(w) >= 4:
            return w
    return w


class Person:
    def __init__(self, lg, real=None):
        real = rng.random() < 0.5 if real is None else real
        self.lg = lg
        self.given = rng.choice(REAL_G[lg]) if real else invent(lg, False)
        self.surname = rng.choice(REAL_S[lg]) if real else invent(lg, True)
        r = rng.random()
        if r < 0.12 and lg in PARTICLE:
            p = rng.choice(PARTICLE[lg])
            self.surname = (p + self.surname) if p in ("O'", "Mc", "Mac") else (p + " " + self.surname)
        elif r < 0.20:
            self.surname = self.surname + "-" + (rng.choice(REAL_S[lg]) if real else invent(lg, True))
        elif r < 0.26 and lg in HYPH_G:
            self.given = rng.choice(HYPH_G[lg])
        self.nick = rng.choice(NICK[lg]) if lg in NICK and rng.random() < 0.08 else None

    def full(self):
        if self.nick:
            return self.given + ' "' + self.nick + '" ' + self.surname
        return self.given + " " + self.surname


TITLE = {"en": ["Mrs", "Mr", "Ms", "Dr"], "de": ["Frau", "Herr", "Dr."], "fr": ["Mme", "M."],
         "nl": ["mevrouw", "meneer", "dhr."], "es": ["la señora", "el señor", "doña"],
         "it": ["la signora", "il signor", "dott."], "pt": ["a senhora", "o senhor", "D."],
         "pl": ["pani", "pan"], "sv": [""], "tr": ["Sayın"], "ro": ["doamna", "domnul"],
         "ar": ["M."]}


def dob_text(lg, y, m, d):
    M = MONTHS.get(lg, MONTHS["en"])
    f = rng.random()
    if lg == "en":
        if f < 0.4:
            return "%d %s %d" % (d, M[m - 1], y)
        if f < 0.7:
            return "%s %d, %d" % (M[m - 1], d, y)
        return "%02d/%02d/%d" % (d, m, y)
    if lg in ("de", "pl") and f < 0.5:
        return "%02d.%02d.%d" % (d, m, y)
    if lg == "de":
        return "%d. %s %d" % (d, M[m - 1], y)
    if lg in ("es", "pt") and f < 0.6:
        return "%d de %s de %d" % (d, M[m - 1], y)
    if lg == "sv" and f < 0.6:
        return "%d-%02d-%02d" % (y, m, d)
    if lg == "tr" and f < 0.6:
        return "%02d.%02d.%d" % (d, m, y)
    if f < 0.75:
        return "%d %s %d" % (d, M[m - 1], y)
    return "%02d/%02d/%d" % (d, m, y)


STREETS = {
    "en": (["Elm Grove", "Tannery Lane", "Cobden Road", "Albion Terrace", "Nightingale Close",
            "Wellington Crescent", "Mill Hill Road", "Chapel Street"],
           ["Leeds LS6 2AB", "Bristol BS3 4QT", "Norwich NR2 3HJ", "York YO10 5DD",
            "Cardiff CF24 4HQ", "Derby DE22 1FE"]),
    "de": (["Lindenstraße", "Am Mühlbach", "Goethestraße", "Kirchweg", "Bahnhofstraße",
            "Ulmenallee", "Rosenhag"], ["04109 Leipzig", "79098 Freiburg", "50667 Köln",
                                         "90402 Nürnberg", "24103 Kiel"]),
    "fr": (["rue des Lilas", "avenue Jean-Jaurès", "impasse du Moulin", "chemin des Vignes",
            "rue Victor-Hugo", "boulevard Carnot"], ["69003 Lyon", "33000 Bordeaux",
                                                     "44000 Nantes", "13006 Marseille"]),
    "nl": (["Kerkstraat", "Lindelaan", "Molenweg", "Prinsengracht", "Dorpsstraat", "Vondelstraat"],
           ["3511 LX Utrecht", "9711 AB Groningen", "5611 EM Eindhoven", "2311 GJ Leiden"]),
    "es": (["calle Mayor", "avenida de la Constitución", "calle del Olivo", "paseo de Gracia",
            "calle Real"], ["28013 Madrid", "41001 Sevilla", "46002 Valencia", "08007 Barcelona"]),
    "it": (["via Roma", "via dei Mille", "corso Garibaldi", "viale dei Tigli", "via Manzoni"],
           ["20121 Milano", "40126 Bologna", "10123 Torino", "50122 Firenze"]),
    "pt": (["Rua das Flores", "Avenida da Liberdade", "Travessa do Carmo", "Rua Augusto Rosa",
            "Rua do Almada"], ["1200-195 Lisboa", "4050-036 Porto", "3000-093 Coimbra"]),
    "pl": (["ul. Lipowa", "ul. Kwiatowa", "ul. Mickiewicza", "al. Niepodległości", "ul. Polna"],
           ["00-950 Warszawa", "30-001 Kraków", "80-210 Gdańsk", "50-077 Wrocław"]),
    "sv": (["Storgatan", "Björkvägen", "Kyrkogatan", "Drottninggatan", "Ängsvägen"],
           ["114 55 Stockholm", "411 06 Göteborg", "753 20 Uppsala", "211 22 Malmö"]),
    "tr": (["Atatürk Caddesi", "Gül Sokak", "Çiçek Sokak", "İnönü Bulvarı", "Cumhuriyet Caddesi"],
           ["34710 Kadıköy/İstanbul", "06420 Çankaya/Ankara", "35220 Konak/İzmir"]),
    "ro": (["Strada Florilor", "Bulevardul Unirii", "Strada Lalelelor", "Calea Victoriei",
            "Strada Mihai Eminescu"], ["010101 București", "400001 Cluj-Napoca", "700028 Iași"]),
}


def address(lg):
    st, towns = STREETS[lg]
    s, t, n = rng.choice(st), rng.choice(towns), rng.randint(2, 180)
    if lg == "en":
        core = "%d %s" % (n, s)
        if rng.random() < 0.25:
            core = "Flat %d, " % rng.randint(1, 12) + core
    elif lg == "fr":
        core = "%d %s" % (n, s)
    elif lg == "tr":
        core = "%s No: %d" % (s, n)
    elif lg == "ro":
        core = "%s nr. %d" % (s, n)
    elif lg in ("es", "it") and rng.random() < 0.5:
        core = "%s, %d" % (s, n)
    else:
        core = "%s %d" % (s, n)
    if lg == "pl" and rng.random() < 0.4:
        core += "/%d" % rng.randint(1, 30)
    return core + ", " + t


NEG_SAINT = ["St Mary's Primary", "St Joseph's Church", "Saint-Sulpice", "Sankt Georg",
             "San Lorenzo", "Sint-Jan", "Santa Teresa", "St Brigid's Hall", "St Aidan's Hospice",
             "São Bento"]
NEG_ORG = ["Fundación Juan March", "the Rudolf Steiner School", "Max-Planck-Gymnasium",
           "Lycée Victor Duruy", "Istituto Enrico Fermi", "Fundação Calouste Gulbenkian",
           "the Florence Nightingale Trust", "Marie Curie", "Colegio Miguel de Cervantes",
           "the Anne Frank Huis", "Liceo Galileo Galilei", "Escola Fernando Pessoa"]
NEG_TERM = ["Alzheimer's", "Parkinson's", "a Mozart sonata", "the Heimlich manoeuvre",
            "Chopin nocturnes", "a Shakespeare sonnet", "the Nobel Prize", "Darwin Award",
            "Bach's Air on the G String", "Murphy's law"]
NEG_PLACE = ["Lourdes", "Santiago de Compostela", "the Algarve", "Kraków", "Antalya",
             "Transylvania", "Gotland", "the Lake District", "Bretagne", "Zeeland"]
NEG_HOL = ["Christmas", "Easter", "Pentecost", "Koningsdag", "Bayram", "Midsommar", "Ramadan",
           "Wigilia", "All Saints", "Sinterklaas", "Pâques", "Ferragosto"]
PETS = ["Biscuit", "Rex", "Minou", "Bella", "Pluto", "Kiki", "Bolinha", "Mruczek", "Karabaş",
        "Fido", "Nala", "Rocky"]


def ym_dob(lo=1930, hi=2012):
    return rng.randint(lo, hi), rng.randint(1, 12), rng.randint(1, 28)


class D(Doc):
    records = records

    def __init__(self, lg, cls, nlg=None, npeople=3, lower=False):
        Doc.__init__(self, lg, cls)
        self.nlg = nlg or lg
        self.lower = lower
        self.people = [Person(self.nlg if not isinstance(self.nlg, list) else rng.choice(self.nlg))
                       for _ in range(npeople)]

    def cs(self, s):
        return s.lower() if self.lower else s

    def slot(self, key, kw):
        if key in kw:
            v = kw[key]
            if isinstance(v, tuple):
                self.span(v[0], v[1])
            else:
                self.t(v)
            return
        kind, i = key[:-1], int(key[-1]) - 1 if key[-1].isdigit() else 0
        if not key[-1].isdigit():
            kind = key
        p = self.people[i] if i < len(self.people) else None
        if kind == "P":
            self.span("PERSON", self.cs(p.full()))
        elif kind == "G":
            self.span("PERSON", self.cs(p.given))
        elif kind == "S":
            self.span("PERSON", self.cs(p.surname))
        elif kind == "T":  # a title and the surname
            t = rng.choice(TITLE[p.lg])
            if t:
                self.t(t + " ")
            self.span("PERSON", p.surname)
        elif kind == "PS":  # possessive of the given name
            self.span("PERSON", self.cs(p.given)).t("'s" if p.given[-1] != "s" else "'")
        elif kind == "DOB":
            lg = kw.get("dlg", self.lg)
            self.span("DATE_OF_BIRTH", dob_text(lg, *ym_dob()))
        elif kind == "YDOB":
            self.span("DATE_OF_BIRTH", str(rng.randint(1925, 1960)))
        elif kind == "ND":  # another date: death, marriage, a hearing, a deadline
            lg = kw.get("dlg", self.lg)
            self.span("NEG_DATE", dob_text(lg, rng.randint(2025, 2027), rng.randint(1, 12),
                                           rng.randint(1, 28)))
        elif kind == "NDO":  # an old date (a wedding)
            self.span("NEG_DATE", dob_text(self.lg, *ym_dob(1955, 2000)))
        elif kind == "ADDR":
            self.span("STREET_ADDRESS", address(kw.get("alg", self.lg if self.lg in STREETS
                                                        else "en")))
        elif kind == "SAINT":
            self.span("NEG_ORG", rng.choice(NEG_SAINT))
        elif kind == "ORG":
            self.span("NEG_ORG", rng.choice(NEG_ORG))
        elif kind == "TERM":
            self.span("NEG_TERM", rng.choice(NEG_TERM))
        elif kind == "PLACE":
            self.span("NEG_PLACE", rng.choice(NEG_PLACE))
        elif kind == "HOL":
            self.span("NEG_TERM", rng.choice(NEG_HOL))
        elif kind == "PET":
            self.span("NEG_PET", rng.choice(PETS))
        elif kind == "AGE":
            self.span("NEG_AGE", str(rng.randint(61, 98)))
        else:
            raise ValueError(key)


def emit(lg, cls, tpl, **kw):
    nlg = kw.pop("nlg", None)
    lower = kw.pop("lower", False)
    D(lg, cls, nlg=nlg, lower=lower).fill(tpl, **kw).done()


# ---- drafting prompts ---------------------------------------------------------------------------
DRAFT_EN = [
    "Can you help me write a eulogy for my grandmother {P1}? She was born on {DOB} in a small "
    "village and died peacefully on {ND}, aged {AGE}. She loved her garden, her cat {PET} and "
    "{TERM}. Please mention her sister {P2} and her best friend {G3}, who sang with her at {SAINT} "
    "for forty years.",
    "Write a wedding toast for my brother {G1} and his fiancée {P2}. They met at {ORG} and got "
    "engaged in {PLACE} last {HOL}. Keep it under three minutes, and include a joke about {PS1} "
    "terrible parallel parking.",
    "I need a short retirement speech for {P1}, who has been our school caretaker since 1989. "
    "Colleagues who want a mention: {P2}, {P3} and the head teacher {T1}. Tone: warm, a little "
    "funny.",
    "Please draft a character reference for {P1} (date of birth {DOB}), who is due in court on "
    "{ND}. I have known {G1} for twelve years through {SAINT}. My name is {P2} and I am a "
    "retired nurse.",
    "Rewrite this to sound more formal: to the landlord, me and my partner {P1} have lived at "
    "{ADDR} since 2019 and the boiler still isnt fixed. {T2} next door has the same problem.",
    "Help me write a polite letter to my neighbour {P1} at {ADDR} about the hedge. My husband "
    "{G2} already spoke to her son {G3} but nothing changed. Don't mention {PET}, our dog.",
    "Draft a complaint to the council about the missed bin collections at {ADDR}. Sign it from "
    "{P1} and {P2}. The deadline for replies is {ND}.",
    "Write a note to my son's teacher {T1} saying that {P2} (born {DOB}) will miss school on "
    "{ND} for a hospital appointment. His class is at {SAINT}.",
    "Write the end-of-year report comment for {P1}: strong in maths, chatty, kind to {G2} and "
    "{G3}. She turns eleven in June. Keep it under 80 words.",
    "Please write an obituary for the local paper. {P1}, of {ADDR}, born {DOB}, died on {ND} "
    "at {SAINT}, aged {AGE}. Survived by wife {P2} and children {P3} and {G2}. Donations to "
    "{ORG}.",
    "What should I write in a condolence card to {P1}? Her husband {G2} died last week after a "
    "long fight with {TERM}. We knew him from the choir.",
    "Draft an award citation: the Volunteer of the Year goes to {P1} for twenty years of running "
    "the food bank at {SAINT}, with thanks to {P2} and {P3}.",
    "Turn these notes into a speech for my parents' ruby anniversary: mum {P1}, dad {P2}, "
    "married {NDO}, met at a dance in {PLACE}, three kids ({G3}, me and our late brother).",
    "can u make this sound nicer, its for my landlady {P1}: the rent for {ADDR} will be late "
    "this month because {P2} lost her job",
    "Write a short tribute to my uncle {P1} (born {DOB}, died {ND}) for the funeral booklet. He "
    "was a fisherman, loved {TERM}, and never missed {HOL} mass at {SAINT}.",
    "I'm the best man. Groom: {P1}. Bride: {P2}. Her dad {T2} will speak before me. Write "
    "something about our school days at {ORG} and the night {G1} got lost in {PLACE}.",
    "Please write a reference for my tenant {P1}, who rented {ADDR} from 2020 until {ND}. She "
    "always paid on time.",
    "Give me three opening lines for a eulogy for {P1}. Everyone called him {G1} or \"the "
    "Captain\". Born {DOB}. His grandchildren {G2} and {G3} will read after me.",
]
DRAFT_OTHER = {
    "de": [
        "Kannst du mir helfen, eine Trauerrede für meinen Opa {P1} zu schreiben? Er wurde am "
        "{DOB} geboren und ist am {ND} gestorben. Erwähne bitte Oma {G2} und seinen Hund {PET}.",
        "Schreib bitte einen Brief an unseren Vermieter {T1} wegen Schimmel in der Wohnung "
        "{ADDR}. Unterschrift: {P2}.",
        "Formuliere eine Laudatio für {P1}, die seit 25 Jahren den Kirchenchor von {SAINT} "
        "leitet. Dank auch an {P2} und {P3}.",
        "Entschuldigung für die Schule: {P1}, geb. {DOB}, Klasse 4b, fehlt am {ND}. Schreib das "
        "bitte höflich an Frau {S2}.",
    ],
    "fr": [
        "Peux-tu m'aider à écrire un éloge funèbre pour ma grand-mère {P1}, née le {DOB} et "
        "décédée le {ND} ? Elle adorait {TERM} et son chat {PET}.",
        "Rédige une lettre à mon propriétaire {T1} : le chauffage du {ADDR} est en panne depuis "
        "{HOL}. Signé {P2}.",
        "Écris un discours de départ à la retraite pour {P1}, avec un mot pour {P2} et {G3}.",
        "Mot d'excuse pour l'école : ma fille {P1}, née le {DOB}, sera absente le {ND}.",
    ],
    "nl": [
        "Kun je een afscheidsspeech schrijven voor {P1}? Hij werkt al sinds 1992 bij ons. Noem "
        "ook {P2} en {G3}.",
        "Help me een klachtbrief te schrijven aan de woningcorporatie over {ADDR}. Namens {P1} "
        "en {P2}. Reageren vóór {ND}.",
        "Schrijf een condoleancekaart voor {P1}; haar man {G2} is overleden op {ND}.",
        "Schrijf een rouwadvertentie: {P1}, geboren {DOB}, overleden {ND}, echtgenoot van {P2}.",
    ],
    "es": [
        "¿Me ayudas a escribir unas palabras para el funeral de mi abuelo {P1}? Nació el {DOB} y "
        "murió el {ND}. Menciona a mi abuela {G2} y a la {ORG}.",
        "Escribe un brindis para la boda de {P1} y {P2}, que se casan en {PLACE} en {HOL}.",
        "Redacta una carta al casero {T1} sobre las humedades del piso de {ADDR}. Firma {P2}.",
        "Escribe una carta de recomendación para {P1}, nacida el {DOB}, que trabajó conmigo "
        "cinco años.",
    ],
    "it": [
        "Mi aiuti a scrivere un elogio funebre per la nonna {P1}, nata il {DOB} e morta il {ND}? "
        "Amava {TERM} e la parrocchia di {SAINT}.",
        "Scrivi un discorso per il pensionamento di {P1}, ringraziando anche {P2} e {P3}.",
        "Scrivi una lettera al vicino {T1} di {ADDR} per il rumore. Firmato {P2}.",
        "Giustificazione per la scuola: {P1}, nato il {DOB}, sarà assente il {ND}.",
    ],
    "pt": [
        "Podes ajudar-me a escrever um elogio fúnebre para a minha avó {P1}? Nasceu a {DOB} e "
        "faleceu a {ND}. Fala também da tia {G2}.",
        "Escreve um discurso para o casamento do {G1} com a {P2}; conheceram-se em {PLACE}.",
        "Escreve uma carta ao senhorio {T1} sobre a renda da casa na {ADDR}. Assina {P2}.",
        "Escreve uma carta de referência para {P1}, nascido em {DOB}.",
    ],
}

# ---- translation requests -----------------------------------------------------------------------
LETTERS = {
    "de": "Liebe {G1},\nvielen Dank für die Blumen zur Beerdigung von {P2}. Er wurde am {DOB} in "
          "Rostock geboren und hätte sich sehr gefreut. Herzlich, {P3}\n",
    "fr": "Chère {G1},\nmerci pour ta carte après le décès de {P2}, né le {DOB}. Les obsèques "
          "auront lieu le {ND} à {SAINT}. Je t'embrasse, {P3}\n",
    "nl": "Beste {G1},\nop {ND} trouwen {P2} en {P3}! Het feest is op {ADDR}. Groetjes\n",
    "es": "Querida {G1}:\nte escribo porque {P2}, nacido el {DOB}, necesita una carta para el "
          "juzgado. Vive en {ADDR}. Un abrazo, {P3}\n",
    "it": "Caro {G1},\nti scrivo per dirti che {P2} è mancata il {ND}. Era nata il {DOB}. Un "
          "abbraccio da {P3}\n",
    "pt": "Olá {G1},\no meu pai, {P2}, nascido a {DOB}, vai ser operado em {ND}. Beijinhos, {P3}\n",
    "pl": "Droga {G1},\ndziękuję za kartkę. {P2} urodziła się {DOB} i ma się dobrze. Mieszkamy "
          "teraz przy {ADDR}. Pozdrawiam, {P3}\n",
    "sv": "Hej {G1}!\nTack för blommorna till {PS2} begravning. Hon föddes {DOB}. Kram, {P3}\n",
    "tr": "Sevgili {G1},\n{P2} {DOB} tarihinde doğdu, hepimiz çok mutluyuz. Adresimiz: {ADDR}. "
          "Sevgiler, {P3}\n",
    "ro": "Dragă {G1},\n{P2}, născută pe {DOB}, se mută la {ADDR}. Cu drag, {P3}\n",
    "en": "Dear {G1},\nthank you for coming to {PS2} funeral. She was born on {DOB} and would have "
          "loved the flowers. Love, {P3}\n",
}
ASKS = {
    "en": ["Translate this into English, keep it warm:\n\n", "Can you put this into English "
           "please? It's from my aunt.\n\n"],
    "de": ["Übersetze bitte ins Deutsche:\n\n", "Kannst du das auf Deutsch übersetzen?\n\n"],
    "fr": ["Traduis en français s'il te plaît :\n\n"],
    "nl": ["Kun je dit naar het Nederlands vertalen?\n\n"],
    "es": ["Tradúcelo al español, por favor:\n\n"],
    "it": ["Traduci in italiano:\n\n"],
    "pt": ["Traduz para português, por favor:\n\n"],
    "pl": ["Przetłumacz to na polski:\n\n"],
}
DATE_LG = {"sv": "sv", "tr": "tr", "ro": "ro", "pl": "pl"}

# ---- learner texts -------------------------------------------------------------------------------
LEARNER = [
    ("en", "es", "hello my name is {P1} i am from spain and i born in {DOB}. my teacher is {P2} "
                 "she is very nice. my best friend call {G3}."),
    ("en", "de", "Please correct my text: Last weekend I have visited my uncle {P1} in {PLACE}. "
                 "He is borned on {DOB}, so he is now very old. His wife {G2} make a cake."),
    ("en", "pl", "correct please: my family is mother {P1}, father {P2} and my sister {G3} who is "
                 "born in {DOB}. we live in {ADDR}."),
    ("en", "tr", "Can you check my english? I am living with my cousin {P1} since march. Our "
                 "neighbour mr {S2} is always angry because {PET} is barking."),
    ("de", "tr", "Bitte korrigieren: Ich heiße {P1}, ich bin geboren am {DOB} in {PLACE}. "
                 "Meine Lehrerin ist Frau {S2}, sie ist sehr nett."),
    ("fr", "ar", "corrige mon texte stp: je m'appelle {P1}, je suis né le {DOB}. mon ami {P2} "
                 "habite a {ADDR}."),
    ("es", "en", "Corrígeme por favor: Mi amigo {P1} es nacido en {DOB}. Él vive con su esposa "
                 "{G2} en {ADDR}."),
    ("nl", "pl", "Kun je mijn tekst verbeteren? Ik ben {P1} en ik woon met {P2} in Utrecht. Ik "
                 "ben geboren op {DOB}."),
    ("en", "it", "my english homework, pls fix: {P1} is my grandfather, he was born {DOB}. he "
                 "tell me stories about the war and his friend {P2}."),
    ("it", "ro", "Correggi per favore: mi chiamo {P1}, sono nata il {DOB} a Iași. La mia "
                 "coinquilina è {P2}."),
    ("en", "pt", "I write about my hero. My hero is my mother {P1}. She born in {DOB} in Brazil "
                 "and she work hard. My brother {G2} agree."),
    ("sv", "en", "Rätta min text tack: jag heter {P1} och jag är född {DOB}. Min lärare heter "
                 "{P2}."),
]

# ---- code-switched messages ---------------------------------------------------------------------
CODESWITCH = [
    ("en", ["es", "en"], "omg {G1} just told me que {P2} se va a casar with {P3}!! the wedding "
                         "is in {PLACE}, no lo puedo creer"),
    ("en", ["es", "en"], "Mija, tell {G1} que su abuela {P2} was born {DOB}, for the forms. "
                         "Y no te olvides de llamar a tía {G3}."),
    ("de", ["tr", "de"], "Abi, {G1} hat gesagt dass {P2} morgen kommt, inşallah. Annem {G3} "
                         "macht Börek, gel erken."),
    ("de", ["tr", "de"], "Kannst du {P1} Bescheid sagen? Doğum tarihi {DOB}, das braucht das "
                         "Bürgeramt. Adres: {ADDR}"),
    ("fr", ["ar", "fr"], "wesh {G1}, t'as vu {P2}? Il est né le {DOB} mashallah, on fête ça chez "
                         "{G3} ce soir"),
    ("fr", ["ar", "fr"], "Salam, c'est {P1}. Ma tante {P2} habite maintenant au {ADDR}, "
                         "inchallah on passe pour l'Aïd."),
    ("nl", ["nl", "en"], "Hey {G1}, kun je {P2} even checken? She's not answering, en {G3} zegt "
                         "dat ze ziek is. Thanks!"),
    ("nl", ["nl", "en"], "Reminder: {PS1} birthday is {DOB}, so maybe we organise iets leuks "
                         "met {P2} en {P3}?"),
    ("pt", ["pt", "en"], "Oi {G1}! A {P2} said she's coming, mas o {G3} não sabe ainda. The "
                         "party is at {ADDR}"),
    ("pt", ["pt", "en"], "mãe, the school needs {PS1} date of birth: {DOB}, né? E o nome da "
                         "professora é {P2}"),
    ("pl", ["pl", "en"], "Cześć {G1}, {P2} asked about the flat at {ADDR}, możesz mu wysłać "
                         "zdjęcia? Thanks!"),
    ("pl", ["pl", "en"], "Babcia {P1} urodziła się {DOB}, so we need the PESEL form by "
                         "{ND}. {G2} ma wszystkie dokumenty."),
]

# ---- public notices -------------------------------------------------------------------------------
NOTICE = [
    ("en", "MAGISTRATES' COURT LIST, Courtroom 2, hearing date {ND}\n1. {P1} (DOB {DOB}), of "
           "{ADDR}: driving without insurance.\n2. {P2} (DOB {DOB}): criminal damage.\n3. {P3}: "
           "adjourned."),
    ("en", "Planning application 26/01432/FUL: single-storey rear extension at {ADDR}. Applicant: "
           "{P1}. Agent: {P2}. Comments by {ND}."),
    ("en", "NOTICE is hereby given that any person having a claim against the estate of {P1}, "
           "late of {ADDR}, born {DOB}, who died on {ND}, must send details to the executor "
           "{P2} by {ND}."),
    ("en", "Minutes of the School Board, {ND}. Present: {P1} (chair), {P2}, {P3}. Apologies: "
           "none. Item 4: {T1} reported that {ORG} will share the sports field."),
    ("en", "Council agenda, item 7: petition from residents of {ADDR}, led by {P1}, about "
           "traffic near {SAINT}. Item 8: {T2} to report on {HOL} lights."),
    ("en", "The Hollins Choral Society met on {ND}. Our new members are {P1}, a tenor from "
           "{PLACE}, and {P2}, who sang alto for years at {SAINT}; {P3} stays on as "
           "treasurer."),
    ("en", "Parish news: please pray for {P1}, who is in hospital, and for the family of {P2}, "
           "whose funeral is at {SAINT} on {ND}. Congratulations to {P3}, who turns ninety; she "
           "was born on {DOB}!"),
    ("en", "Bowls club roster: this season's captain is {P1}, with {P2} and {P3} as selectors. "
           "Fixtures against {ORG} start after {HOL}."),
    ("de", "Öffentliche Bekanntmachung: Bauantrag für das Grundstück {ADDR}, Bauherrin {P1}. "
           "Einwendungen bis {ND}."),
    ("de", "Nachlasssache {P1}, geb. {DOB}, zuletzt wohnhaft {ADDR}, verstorben am {ND}. "
           "Nachlasspfleger: {T2}."),
    ("de", "Protokoll der Elternbeiratssitzung vom {ND}. Anwesend: {P1}, {P2}, {P3}. Frau {S1} "
           "berichtet über das Sommerfest der {ORG}."),
    ("fr", "Rôle d'audience du {ND} : {P1}, né le {DOB}, demeurant {ADDR} ; {P2} ; {P3}."),
    ("fr", "Avis de succession : {P1}, née le {DOB}, décédée le {ND}. Notaire : Maître {S2}."),
    ("nl", "Bekendmaking: omgevingsvergunning aangevraagd voor {ADDR} door {P1}. Zienswijzen "
           "tot {ND}."),
    ("nl", "Notulen gemeenteraad {ND}. Aanwezig: {P1} (voorzitter), {P2}, {P3}. Wethouder {S2} "
           "beantwoordt vragen over {SAINT}."),
    ("es", "Edicto: se cita a {P1}, nacido el {DOB}, con domicilio en {ADDR}, para la vista del "
           "{ND}."),
    ("es", "Acta del consejo escolar del {ND}. Asistentes: {P1}, {P2} y {P3}. Se acuerda "
           "colaborar con la {ORG}."),
    ("it", "Avviso: eredità giacente di {P1}, nato il {DOB}, residente in {ADDR}, deceduto il "
           "{ND}. Curatore: avv. {S2}."),
    ("it", "Verbale del consiglio d'istituto del {ND}: presenti {P1}, {P2}, {P3}."),
    ("pt", "Edital: citação de {P1}, nascido em {DOB}, residente na {ADDR}. Audiência a {ND}."),
    ("pl", "Ogłoszenie: postępowanie spadkowe po {P1}, ur. {DOB}, zam. {ADDR}, zm. {ND}."),
    ("sv", "Kungörelse: bygglov för {ADDR}, sökande {P1}. Synpunkter senast {ND}."),
    ("ro", "Citație: {P1}, născut la {DOB}, cu domiciliul în {ADDR}, este chemat la judecătorie "
           "pe {ND}."),
    ("tr", "Duyuru: {P1} ({DOB} doğumlu), {ADDR} adresinde ikamet eden, {ND} tarihinde "
           "mahkemeye çağrılmaktadır."),
]

# ---- messages in pl/sv/tr/ro/pt -----------------------------------------------------------------
MSG = [
    ("pl", "Cześć, tu {P1}. Czy możesz przekazać {G2}, że spotkanie z panią {S3} jest w piątek? "
           "Pozdrawiam"),
    ("pl", "Napisz proszę życzenia urodzinowe dla mojej mamy {P1}, urodziła się {DOB}."),
    ("pl", "Pani {S1}, przesyłam dane syna: {P2}, data urodzenia {DOB}, adres {ADDR}."),
    ("sv", "Hej! {P1} och {P2} kommer på middagen. {G3} tar med {PET}, hoppas det är ok."),
    ("sv", "Skriv ett tal till {PS1} 60-årsdag, hon föddes {DOB} i {PLACE}."),
    ("sv", "Hej {G1}, min adress är {ADDR}. Hälsa {P2}!"),
    ("tr", "Merhaba {G1}, {P2} yarın geliyor. {P3} da gelecek mi?"),
    ("tr", "Annem {P1} {DOB} doğumlu, formu doldurur musun? Adres: {ADDR}"),
    ("tr", "{P1} hocam, {G2} bugün okula gelemeyecek, hasta. Saygılarımla, {P3}"),
    ("ro", "Bună {G1}, {P2} mi-a spus că nunta e în {HOL}. Vii cu {G3}?"),
    ("ro", "Scrie te rog un discurs pentru pensionarea doamnei {P1}, născută pe {DOB}."),
    ("ro", "Doamna {S1}, vă trimit datele: {P2}, {ADDR}."),
    ("pt", "Olá {G1}, a {P2} faz anos a {DOB}? Vou ligar ao {G3}."),
    ("pt", "Bom dia, sou {P1}, moro na {ADDR}. O meu vizinho {P2} faz barulho todas as noites."),
    ("pt", "Reunião de pais: presentes {P1}, {P2} e {P3}. A professora {S1} falou da festa de "
           "{HOL}."),
]

# ---- look-alike-only records (no person) ---------------------------------------------------------
NEGONLY = [
    ("en", "Write a short history of {SAINT} for the parish newsletter. It was founded on {ND}."),
    ("en", "Draft a thank-you note to {ORG} for the grant; the deadline was {ND}."),
    ("en", "Write a poem about {PLACE} at {HOL}, in the style of {TERM}."),
    ("de", "Schreib eine Einladung zum Sommerfest im {ORG} am {ND}."),
    ("fr", "Rédige une affiche pour la kermesse de {SAINT} le {ND}."),
    ("es", "Escribe un anuncio para la {ORG}: plazo de inscripción hasta el {ND}."),
    ("nl", "Schrijf een nieuwsbrief over {HOL} in {PLACE}; uiterste datum {ND}."),
    ("pt", "Escreve um convite para a festa da {ORG} no dia {ND}."),
    ("en", "Our dog {PET} turned five on {ND}; write a silly birthday poem for him."),
]


def main():
    for _ in range(10):
        for t in DRAFT_EN:
            emit("en", "draft", t, nlg=rng.choice(["en", "en", "en", "fr", "es", "pl", "ar", "nl"]))
    for _ in range(6):
        for lg, ts in DRAFT_OTHER.items():
            for t in ts:
                emit(lg, "draft", t)
    for _ in range(5):
        for llg, body in LETTERS.items():
            ask_lg = rng.choice([a for a in ASKS if a != llg])
            d = D(ask_lg, "translate", nlg=llg if llg in REAL_G else "en")
            d.t(rng.choice(ASKS[ask_lg]))
            d.fill(body, dlg=DATE_LG.get(llg, llg), alg=llg if llg in STREETS else "en")
            d.done()
    for _ in range(5):
        for lg, nlg, t in LEARNER:
            lower = rng.random() < 0.6
            emit(lg, "learner", t, nlg=nlg, lower=lower,
                 alg=lg if lg in STREETS else "en", dlg=lg)
    for _ in range(5):
        for lg, nlgs, t in CODESWITCH:
            emit(lg, "codeswitch", t, nlg=nlgs, alg=lg)
    for _ in range(5):
        for lg, t in NOTICE:
            emit(lg, "notice", t)
    for _ in range(5):
        for lg, t in MSG:
            emit(lg, "msg", t)
    for _ in range(3):
        for lg, t in NEGONLY:
            emit(lg, "neg", t)
    write_json(records)


main()
