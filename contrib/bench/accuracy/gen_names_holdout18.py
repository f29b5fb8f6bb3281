#!/usr/bin/env python3
"""gen_names_holdout18.py: the eighteenth blind held-out set of the NAMES pack (PERSON,
STREET_ADDRESS, DATE_OF_BIRTH, with PHONE_NUMBER and EMAIL_ADDRESS beside them).

Written blind in stop 45 (branch holdout18). Its author read no detector code (anonymize/), no
test, no note, NAMES.md or SHAPES.md, no generator but gen_common.py and gen_forms42.py (only for
the record format and the label names) and no other blind set, and ran no hush binary (hush was
not built). The corpus table of README.md and the run.sh titles were read only to stay away from
the kinds of text every earlier set has. Kinds of text here (metadata.class):

- `exitint`: HR exit interviews (interviewer notes, leaver forms, the new employer, forwarding
  address, the line manager);
- `optician`: spectacle and contact-lens orders (Rx tables, frames, the optometrist);
- `mobility`: wheelchair, rollator and other mobility-aid loans, orthopaedic and prosthetics
  workshop orders;
- `pilgrim`: pilgrimage registrations (Camino credentials and albergue books, diocesan Lourdes
  and Fatima groups, Hajj and Umrah group lists, the walking pilgrimage to Częstochowa);
- `ngoaid`: NGO beneficiary and cash-transfer distribution lists (mobile-money phones);
- `microloan`: microfinance solidarity-group loan registers (leader, members, guarantors);
- `erasmus`: Erasmus+ learning agreements and exchange nominations;
- `apprentice`: apprenticeship contracts and internship agreements (apprentice, guardian,
  trainer);
- `physio`: physiotherapy treatment plans and session logs;
- `prenup`: marriage contracts and prenuptial agreements before a notary;
- `advdir`: advance directives, living wills and health-care proxies;
- `housesit`: house-sitting and home-exchange agreements (pets, vets, emergency contacts);
- `dorm`: student-residence room allocations and move-in lists;
- `screener`: market-research focus-group screeners and panel exports;
- `demo`: notifications of demonstrations and street-party road-closure applications (organiser,
  stewards, route);
- `mediation`: mediation and consumer-arbitration case files;
- `timebank`: time-bank ledgers and repair-café logs;
- `birdring`: bird-ringing recoveries and herbarium specimen labels (ringers, finders,
  collectors, determiners);
- `splitsheet`: songwriter split sheets and royalty statements;
- `filmfest`: film-festival submission forms (director, producer, cast, young filmmakers);
- `touradv`: concert-tour advance sheets and band visa lists;
- `expense`: expense claims and mileage logbooks;
- `a1cert`: posted-worker A1 certificates and posting notifications;
- `domestic`: domestic-employment registrations (Haushaltsscheck, CESU, dienstencheques,
  household employer forms);
- `meals`: meals-on-wheels route sheets and hospice volunteer visit logs;
- `training`: first-aid and forklift training registers and certificates;
- `biodata`: matrimonial biodata (marriage-bureau profiles with the parents);
- `contestant`: TV quiz-show contestant applications;
- `guardlic`: security-guard licence registers (SIA, Bewacherregister, carte professionnelle);
- `churchexit`: declarations of leaving a church (Kirchenaustritt, uitschrijving, utträde,
  udmeldelse, eroilmoitus);
- `solar`: rooftop-solar, heat-pump and wallbox grid-connection and subsidy applications;
- `whereabouts`: anti-doping whereabouts filings.

About a third of the records reach the API wrapped (metadata.wrap): a user's prompt around the
document (`prompt`), a chat-completions body whose message quotes it (`chatjson`), a tool call's
JSON arguments (`toolcall`, the arguments string escaped twice in the OpenAI shape), or a
multi-turn chat in text (`multiturn`); the rest are the documents themselves (`none`): forms,
forms in capitals, prose, CSV, TSV pasted from a spreadsheet, Markdown tables, JSON, XML, logs,
e-mail, chats in lower case, PDF-to-text with two columns read across.

Languages (metadata.locale): en (GB US IE), de (DE AT CH), fr (FR BE CH), nl (NL BE), es, it, pt
(PT BR), pl, sv, da, no, fi, cs, hu, tr, ro, el (Latin transliteration); people of Arabic, South
Asian, East Asian, African and Slavic origin in Latin script among them. Half the names are
invented from this file's own syllables and redrawn until no word of the name is in its list of
real names (REAL and COMMON_EXTRA); capitals in forms, lower case in chats, `Surname, Given`,
`SURNAME Given`, Hungarian and East Asian surname first, initials, particles, hyphens; U+00A0,
U+2011 and NFD diacritics inside some names, as exports have them.

Labels: PERSON is the whole name as written (titles and honorifics outside, a maiden name after
née/geb. its own span); STREET_ADDRESS is the street, number and unit with the postcode and town
(one span even over lines); DATE_OF_BIRTH is the birth date itself, in every shape records print
it. Look-alikes are NEG_ spans with positions (NEG_ORG firms, foundations, venues, parishes and
universities named after people; NEG_STREET streets named after people with no number;
NEG_PLACE; NEG_FAMOUS famous people as a topic; NEG_PET; NEG_SHIP; NEG_PRODUCT products, songs and
films named like people; NEG_DRUG; NEG_TERM eponyms and species named after people; NEG_CODE
reference, licence, ring and case numbers; NEG_ADDR room, pitch and house numbers that are no
street address; NEG_DATE other dates, on a share only: half of them are left unlabelled;
NEG_SHIP; NEG_VERSION). Some records hold no PII at all. A form, card or log line writes "-",
"n/a", "(on file)" where a phone or mailbox is missing, as real ones do.

metadata.locale is the locale the record is drawn for: its people (a quarter of global origin)
and addresses come from it, and labels and prose are in its language where the kind has them;
a kind whose document has one language (a German Ehevertrag, a Spanish credencial, an English
A1 form) keeps that language, with the locale's people and addresses in it. For pl, sv, da, no,
fi, cs, hu, tr, ro and el, ten kinds are written as that language's forms (`gform`) three times
in five.

Writes JSON (presidio-research's shape, code-point offsets) to stdout; deterministic (fixed
seed); Python stdlib only; stands alone (imports nothing from the other generators)."""
import json
import random
import sys
import unicodedata

rng = random.Random(45018)
records = []

# ---- names -------------------------------------------------------------------------------------
REAL = {
    "en": (["Oliver", "Amelia", "George", "Isla", "Harry", "Emily", "Jack", "Sophie", "Liam", "Grace"],
           ["Smith", "Jones", "Taylor", "Brown", "Wilson", "Evans", "Walsh", "Murphy", "O'Connor", "Hughes"]),
    "de": (["Anna", "Lukas", "Sophie", "Maximilian", "Lea", "Felix", "Jürgen", "Ursula", "Hannelore", "Dieter"],
           ["Müller", "Schmidt", "Schneider", "Fischer", "Becker", "Wagner", "Schulz", "Zimmermann", "von Bülow", "Huber"]),
    "fr": (["Camille", "Louis", "Léa", "Hugo", "Manon", "Nathalie", "Jérôme", "Océane", "François", "Hélène"],
           ["Martin", "Bernard", "Dubois", "Durand", "Lefebvre", "Leroy", "Fontaine", "Le Roux", "de Villiers", "Girard"]),
    "nl": (["Daan", "Sanne", "Bram", "Lotte", "Jeroen", "Femke", "Thijs", "Anouk", "Pieter", "Marieke"],
           ["de Vries", "van den Berg", "Jansen", "Bakker", "Visser", "Smit", "van Dijk", "Mulder", "de Jong", "Peeters"]),
    "es": (["Lucía", "Alejandro", "Martina", "Pablo", "Carmen", "Javier", "Marta", "Álvaro", "Inmaculada", "José Luis"],
           ["García", "Fernández", "López", "Martínez", "Sánchez", "Pérez", "Gómez", "Ruiz Gallardo", "Muñoz", "de la Fuente"]),
    "it": (["Francesco", "Giulia", "Alessandro", "Sofia", "Lorenzo", "Aurora", "Giuseppe", "Chiara", "Gianluca", "Rosaria"],
           ["Rossi", "Russo", "Ferrari", "Esposito", "Bianchi", "Romano", "Colombo", "De Luca", "Ricci", "D'Angelo"]),
    "pt": (["João", "Maria", "Tiago", "Inês", "Rui", "Beatriz", "Gonçalo", "Mariana", "Luiz Fernando", "Conceição"],
           ["Silva", "Santos", "Ferreira", "Pereira", "Oliveira", "Costa", "Rodrigues", "Sousa", "dos Santos", "Carvalho"]),
    "pl": (["Jan", "Zofia", "Krzysztof", "Agnieszka", "Michał", "Magdalena", "Wojciech", "Ewa", "Grzegorz", "Bożena"],
           ["Nowak", "Kowalski", "Wiśniewska", "Wójcik", "Kamiński", "Lewandowska", "Zieliński", "Szymańska", "Woźniak", "Kaczmarek"]),
    "sv": (["Erik", "Astrid", "Lars", "Elsa", "Johan", "Maja", "Nils", "Ingrid", "Björn", "Ylva"],
           ["Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson", "Larsson", "Olsson", "Persson", "Lindgren", "Sundberg"]),
    "da": (["Mads", "Freja", "Søren", "Ida", "Anders", "Mette", "Kasper", "Line", "Bent", "Birgitte"],
           ["Jensen", "Nielsen", "Hansen", "Pedersen", "Andersen", "Christensen", "Larsen", "Rasmussen", "Møller", "Kjær"]),
    "no": (["Ole", "Ingrid", "Henrik", "Nora", "Magnus", "Ragnhild", "Eirik", "Silje", "Torbjørn", "Åse"],
           ["Hansen", "Johansen", "Olsen", "Berg", "Haugen", "Bakken", "Lie", "Strand", "Solheim", "Næss"]),
    "fi": (["Matti", "Aino", "Juhani", "Eveliina", "Antti", "Helmi", "Timo", "Sanna", "Pekka", "Riikka"],
           ["Korhonen", "Virtanen", "Mäkinen", "Nieminen", "Hämäläinen", "Laine", "Heikkinen", "Koskinen", "Järvinen", "Lehtonen"]),
    "cs": (["Jiří", "Jana", "Petr", "Tereza", "Tomáš", "Lucie", "Pavel", "Eva", "Vojtěch", "Zdeňka"],
           ["Novák", "Svobodová", "Dvořák", "Černá", "Procházka", "Kučerová", "Veselý", "Horák", "Němcová", "Marek"]),
    "hu": (["László", "Katalin", "Zoltán", "Erzsébet", "Gábor", "Zsófia", "Bence", "Ildikó", "Levente", "Gyöngyi"],
           ["Nagy", "Kovács", "Tóth", "Szabó", "Horváth", "Varga", "Kiss", "Molnár", "Fekete", "Balogh"]),
    "tr": (["Mehmet", "Ayşe", "Mustafa", "Fatma", "Emre", "Zeynep", "Hüseyin", "Elif", "Oğuz", "Gülşen"],
           ["Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Yıldız", "Aydın", "Öztürk", "Arslan", "Doğan"]),
    "ro": (["Andrei", "Ioana", "Mihai", "Elena", "Alexandru", "Maria", "Gheorghe", "Raluca", "Ștefan", "Florentina"],
           ["Popescu", "Ionescu", "Popa", "Radu", "Dumitru", "Stan", "Stoica", "Gheorghiu", "Munteanu", "Țurcanu"]),
    "el": (["Giorgos", "Maria", "Dimitris", "Eleni", "Konstantinos", "Katerina", "Nikos", "Sofia", "Vasilis", "Despina"],
           ["Papadopoulos", "Papadopoulou", "Nikolaidis", "Georgiou", "Pappas", "Vlachos", "Konstantinidou", "Oikonomou", "Karagiannis", "Alexiou"]),
    "ar": (["Mohammed", "Fatima", "Ahmed", "Aisha", "Omar", "Layla", "Youssef", "Mariam", "Khaled", "Nour"],
           ["Al-Sayed", "Haddad", "Khoury", "El-Amin", "Mansour", "Nasser", "Abdullah", "Benali", "Al Hashimi", "Bouazza"]),
    "sa": (["Priya", "Arjun", "Ananya", "Rahul", "Sunita", "Vikram", "Farhan", "Ayesha", "Harpreet", "Lakshmi"],
           ["Sharma", "Patel", "Reddy", "Iyer", "Chatterjee", "Khan", "Siddiqui", "Nair", "Gill", "Venkataraman"]),
    "ea": (["Wei", "Xiaoming", "Yuki", "Haruto", "Min-jun", "Ji-woo", "Mei", "Thanh", "Hiroshi", "Seo-yeon"],
           ["Wang", "Li", "Zhang", "Chen", "Tanaka", "Suzuki", "Kim", "Park", "Nguyen", "Tran"]),
    "af": (["Chinedu", "Ngozi", "Kwame", "Amina", "Tendai", "Thandiwe", "Abebe", "Fatoumata", "Oluwaseun", "Wanjiru"],
           ["Okafor", "Adeyemi", "Mensah", "Boateng", "Diallo", "Traoré", "Mwangi", "Nkosi", "Okonkwo", "Haile"]),
    "sl": (["Ivan", "Olena", "Dmytro", "Natalia", "Sergei", "Tatiana", "Bojan", "Milica", "Oksana", "Goran"],
           ["Shevchenko", "Kovalenko", "Ivanov", "Petrova", "Jovanović", "Horvat", "Kuznetsov", "Bondarenko", "Popović", "Melnyk"]),
}
# More real names, only to check that an invented word is none of them.
COMMON_EXTRA = """james john robert michael william david richard joseph thomas charles mary patricia
jennifer linda elizabeth barbara susan jessica sarah karen nancy lisa betty margaret sandra ashley
emma olivia ava mia charlotte noah ethan mason logan lucas elijah aiden jacob daniel henry sebastian
peter paul mark anne hans klaus uwe karl heinz helga monika petra sabine thomas stefan andreas
michael frank martin bernd jan tim tom ben leon paul finn elias emil lina mila ella clara emilie
pierre jean jacques michel philippe alain nicolas julien marie sylvie isabelle catherine christine
sandrine aurelie chloe ines jade louise alice lucie theo nathan raphael arthur jules adam gabriel
antonio manuel jose francisco juan carlos luis miguel rafael pedro angel ana isabel laura rosa
cristina paula elena sara andrea marco matteo luca andrea roberto paolo stefano giovanni mario
anna maria giovanna rosa angela lucia joao antonio carlos paulo pedro ana francisca adriana juliana
piotr tomasz pawel marcin adam lukasz katarzyna malgorzata anna barbara joanna monika karl lars
olof sven per anders mats jonas karin eva lena kerstin marie sofia emma nils johan peter jens
niels morten lone hanne susanne kirsten ole knut arne kari liv marit mikko jari juha kari pirjo
tuula anne jiri josef jan petr marie jana eva hana jozsef istvan laszlo ferenc maria erzsebet ilona
ali veli ahmet hasan ibrahim ion vasile gheorghe maria elena ioan costas yannis nikos ahmad hassan
ali hussein raj amit sanjay deepak ravi anil kumar singh devi li wang zhang liu chen yang huang
zhao wu zhou sato takahashi watanabe ito yamamoto nakamura kobayashi lee choi jung kang cho yoon
nguyen tran le pham hoang phan vu vo dang bui do ho ngo duong ly kofi kojo ama akua yaw musa ibrahim
aliyu emeka chukwu ade bola olga irina svetlana elena anna dmitri alexei andrei nikolai vladimir
mueller meyer weber schulz hoffmann koch richter klein wolf schroeder neumann schwarz braun
hofmann lange werner krause lehmann koehler smith johnson williams jones brown davis miller wilson
moore taylor anderson thomas jackson white harris martin thompson garcia martinez robinson clark
rodriguez lewis walker hall allen young king wright scott green baker adams nelson hill campbell
mitchell roberts carter phillips evans turner torres parker collins edwards stewart morris murphy
cook rogers morgan peterson cooper reed bailey bell kelly howard ward cox richardson wood watson
brooks bennett gray james reyes cruz hughes price myers long foster sanders ross morales powell
sullivan russell ortiz jenkins perry butler barnes fisher henderson coleman simmons patterson
jordan reynolds hamilton graham kim gonzales alexander ramos wallace griffin west cole hayes
moreau simon laurent lefevre michel garcia david bertrand roux vincent fournier morel andre
mercier blanc guerin boyer garnier chevalier francois legrand gauthier perrin robin clement rossi
bruno gallo conti costa giordano mancini rizzo lombardi moretti barbieri fontana santoro mariani
rinaldi caruso ferrara galli martini leone longo gentile martinelli vitale lombardo serra coppola
de santis silva santos ferreira pereira oliveira costa rodrigues martins jesus sousa fernandes
goncalves gomes lopes marques alves almeida ribeiro pinto carvalho teixeira moreira correia mendes
nunes soares vieira monteiro cardoso rocha neves coelho cruz cunha pires ramos reis simoes antunes
matos fonseca machado araujo barbosa tavares lourenco castro figueiredo azevedo freitas
""".split()


def _fold(w):
    return "".join(c for c in unicodedata.normalize("NFD", w.lower()) if unicodedata.category(c) != "Mn")


REAL_WORDS = set(_fold(w) for w in COMMON_EXTRA)
for _g, _s in REAL.values():
    for _n in _g + _s:
        for _w in _n.replace("-", " ").replace("'", " ").split():
            REAL_WORDS.add(_fold(_w))

# Syllables to invent names from: (given-name syllables, given endings, surname syllables,
# surname endings) per origin.
SYL = {
    "en": (["mar", "bel", "wyn", "tor", "ell", "cas", "dor", "fin"], ["a", "en", "ie", "ly"],
           ["brack", "hol", "wen", "ash", "crom", "tel", "pen", "dar"], ["ton", "ley", "by", "wick", "more"]),
    "de": (["hel", "ger", "wal", "ros", "ul", "dor", "ber", "lin"], ["a", "e", "ert", "olf"],
           ["gra", "bel", "kron", "wil", "haus", "stein", "ro", "falk"], ["mann", "ner", "bach", "rich", "inger"]),
    "fr": (["ma", "lou", "cé", "ger", "vio", "ber", "el", "fleu"], ["ette", "ine", "ard", "ien"],
           ["ville", "bour", "cha", "mar", "ques", "ro", "gal", "tein"], ["ière", "ot", "eau", "ard", "in"]),
    "nl": (["wout", "ger", "lie", "fen", "jo", "mar", "ber", "til"], ["ke", "je", "ina", "ert"],
           ["hui", "ker", "bol", "wou", "sme", "graa", "dijk", "loo"], ["sma", "hof", "ink", "stra", "man"]),
    "es": (["mar", "ro", "cin", "ale", "fe", "lu", "ter", "vi"], ["a", "o", "ela", "iro"],
           ["zar", "mon", "quil", "llo", "bar", "cue", "vi", "dal"], ["ez", "ano", "ejo", "illa"]),
    "it": (["gian", "ro", "fi", "lo", "ma", "ter", "sil", "ve"], ["a", "o", "ina", "ello"],
           ["bru", "sca", "ghi", "lon", "vel", "maz", "cor", "dan"], ["ini", "etti", "one", "ucci"]),
    "pt": (["jo", "ma", "tel", "ri", "cla", "ven", "lu", "ber"], ["a", "o", "inha", "ício"],
           ["cou", "tin", "bra", "gue", "lha", "mar", "dei", "vas"], ["eira", "ães", "ado", "inho"]),
    "pl": (["bo", "mi", "sta", "wie", "ja", "ra", "dzi", "lu"], ["sław", "na", "mir", "ta"],
           ["ko", "wal", "brze", "szy", "dra", "mie", "gro", "sta"], ["ski", "czyk", "iak", "ewicz", "owska"]),
    "sv": (["al", "vi", "sig", "ran", "bo", "el", "tor", "mi"], ["a", "e", "ild", "var"],
           ["lund", "ask", "bro", "fal", "hag", "sjö", "lin", "ek"], ["sson", "qvist", "ström", "berg", "ling"]),
    "da": (["kir", "sø", "bo", "ag", "tho", "ul", "fre", "ma"], ["ne", "e", "ild", "ert"],
           ["mad", "tof", "hel", "bir", "kas", "lun", "mor", "jes"], ["sen", "gaard", "holt", "rup", "bøl"]),
    "no": (["sol", "ei", "ran", "tor", "vi", "gun", "li", "ha"], ["e", "a", "vild", "stein"],
           ["fjel", "hau", "bak", "ru", "vei", "myr", "nes", "bø"], ["land", "heim", "rud", "vik", "stad"]),
    "fi": (["ai", "ee", "ilo", "sa", "ter", "ve", "ur", "mi"], ["ja", "ni", "kki", "tta"],
           ["vir", "kos", "kal", "mä", "lah", "pe", "nur", "hon"], ["nen", "lainen", "mäki", "salo", "järvi"]),
    "cs": (["bo", "jaro", "ze", "mi", "vla", "li", "bře", "to"], ["slav", "na", "mila", "ek"],
           ["hru", "kři", "pro", "ma", "stra", "ve", "bo", "dlo"], ["šek", "ník", "ová", "ec", "ický"]),
    "hu": (["ki", "bo", "sze", "ti", "zsu", "ar", "gyu", "le"], ["ka", "nce", "la", "mér"],
           ["har", "sző", "bor", "tel", "gyö", "vá", "rét", "ker"], ["i", "ényi", "ős", "ai", "es"]),
    "tr": (["ay", "tem", "kor", "bal", "der", "sun", "gül", "mer"], ["han", "can", "nur", "su"],
           ["ak", "bay", "tun", "yal", "kır", "öz", "sar", "taş"], ["oğlu", "tekin", "kaya", "gil", "soy"]),
    "ro": (["dra", "vio", "mir", "cor", "lu", "sa", "flo", "ti"], ["ela", "el", "ina", "u"],
           ["gos", "vil", "cea", "tru", "lin", "bu", "mă", "zăr"], ["escu", "eanu", "aru", "ici", "aș"]),
    "el": (["di", "ka", "the", "ly", "pa", "xe", "ro", "ni"], ["ra", "os", "ia", "is"],
           ["kal", "mav", "sta", "tri", "vou", "lam", "pet", "zer"], ["akis", "opoulos", "idis", "ou", "atos"]),
    "ar": (["ra", "ka", "sa", "mi", "ha", "zu", "na", "fa"], ["ir", "ida", "ad", "ina"],
           ["bar", "tah", "qas", "mal", "jun", "raz", "sab", "kad"], ["ani", "oui", "di", "ari"]),
    "sa": (["an", "shu", "ra", "de", "vi", "ka", "pri", "ma"], ["ya", "esh", "ita", "an"],
           ["ban", "che", "rao", "pur", "dha", "kul", "mu", "sri"], ["wal", "kar", "athan", "ari", "ia"]),
    "ea": (["xu", "ji", "ha", "ro", "mi", "yo", "shi", "seo"], ["an", "ko", "ru", "ng"],
           ["zhu", "ta", "mo", "ka", "hu", "yo", "so", "ku"], ["ng", "mura", "da", "ang", "ra"]),
    "af": (["ade", "ko", "nna", "tu", "chi", "ba", "mo", "se"], ["mi", "la", "ke", "du"],
           ["oka", "ba", "nwo", "mbe", "tu", "ga", "kwa", "sa"], ["fo", "ye", "ki", "lu", "nde"]),
    "sl": (["vla", "mi", "sve", "bo", "ra", "da", "lu", "ya"], ["dim", "na", "slav", "ka"],
           ["kov", "pet", "sav", "bel", "hor", "dan", "mir", "lys"], ["enko", "ić", "ova", "chuk", "ski"]),
}
GLOBAL = ["ar", "sa", "ea", "af", "sl"]


def invent_word(lg, surname):
    gs, ge, ss, se = SYL[lg]
    while True:
        syl = ss if surname else gs
        parts = rng.sample(syl, rng.choice((1, 2, 2) if surname else (1, 2)))
        w = "".join(parts) + rng.choice(se if surname else ge)
        if len(w) >= 4 and _fold(w) not in REAL_WORDS:
            return w[0].upper() + w[1:]


def person(lg, origin=None):
    """(given, surname, origin): a name of the text's language or, one time in four, of global
    origin; half real, half invented."""
    if origin is None:
        origin = rng.choice(GLOBAL) if rng.random() < 0.25 else lg
    if origin not in SYL:
        origin = "en"
    if rng.random() < 0.5:
        g, s = REAL[origin]
        return rng.choice(g), rng.choice(s), origin
    g, s = invent_word(origin, False), invent_word(origin, True)
    if origin in ("en", "de", "fr", "nl", "pl", "sv", "fi", "cs", "es", "pt") and rng.random() < 0.12:
        s += "-" + invent_word(origin, True)
    return g, s, origin


def fem(lg, s):
    return s


def fmt(g, s, origin, style):
    """A name as the text writes it."""
    if style == "gs":
        return g + " " + s
    if style == "SG":
        return s.upper() + " " + g
    if style == "S,G":
        return s + ", " + g
    if style == "S,G caps":
        return s.upper() + ", " + g
    if style == "caps":
        return (g + " " + s).upper()
    if style == "lower":
        return (g + " " + s).lower()
    if style == "init":
        return g[0] + ". " + s
    if style == "sg":  # Hungarian and East Asian order
        return s + " " + g
    if style == "nbsp":  # as exports write them: no-break space, no-break hyphen
        return (g + "\u00a0" + s).replace("-", "\u2011")
    if style == "nfd":
        return unicodedata.normalize("NFD", g + " " + s)
    raise ValueError(style)


def name_style(lg, origin, form=False, chat=False):
    if chat:
        return rng.choice(["lower", "lower", "gs"])
    if lg == "hu" and origin == "hu":
        return rng.choice(["sg", "sg", "SG"]) if not form else rng.choice(["sg", "caps"])
    if origin == "ea" and rng.random() < 0.4:
        return rng.choice(["sg", "SG"])
    if form:
        return rng.choice(["gs", "gs", "SG", "S,G", "S,G caps", "caps", "nbsp"])
    return rng.choice(["gs", "gs", "gs", "gs", "init", "nbsp", "nfd", "S,G"])


# ---- dates -------------------------------------------------------------------------------------
MON = {
    "en": "January February March April May June July August September October November December",
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "nl": "januari februari maart april mei juni juli augustus september oktober november december",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro",
    "pl": "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia",
    "sv": "januari februari mars april maj juni juli augusti september oktober november december",
    "da": "januar februar marts april maj juni juli august september oktober november december",
    "no": "januar februar mars april mai juni juli august september oktober november desember",
    "fi": "tammikuuta helmikuuta maaliskuuta huhtikuuta toukokuuta kesäkuuta heinäkuuta elokuuta syyskuuta lokakuuta marraskuuta joulukuuta",
    "cs": "ledna února března dubna května června července srpna září října listopadu prosince",
    "hu": "január február március április május június július augusztus szeptember október november december",
    "tr": "Ocak Şubat Mart Nisan Mayıs Haziran Temmuz Ağustos Eylül Ekim Kasım Aralık",
    "ro": "ianuarie februarie martie aprilie mai iunie iulie august septembrie octombrie noiembrie decembrie",
    "el": "Ianouariou Fevrouariou Martiou Apriliou Maiou Iouniou Iouliou Avgoustou Septemvriou Oktovriou Noemvriou Dekemvriou",
}
MON = {k: v.split() for k, v in MON.items()}
MON3 = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def ymd(lo, hi):
    return rng.randint(lo, hi), rng.randint(1, 12), rng.randint(1, 28)


def dnum(lg, y, m, d):
    if lg == "us":
        return "%02d/%02d/%04d" % (m, d, y)
    if lg in ("en", "fr", "es", "it", "pt", "el"):
        return "%02d/%02d/%04d" % (d, m, y)
    if lg in ("nl", "da"):
        return "%02d-%02d-%04d" % (d, m, y)
    if lg == "sv":
        return "%04d-%02d-%02d" % (y, m, d)
    if lg == "fi":
        return "%d.%d.%04d" % (d, m, y)
    if lg == "cs":
        return "%d. %d. %04d" % (d, m, y)
    if lg == "hu":
        return "%04d.%02d.%02d." % (y, m, d)
    return "%02d.%02d.%04d" % (d, m, y)


def dlong(lg, y, m, d):
    if lg not in MON:
        lg = "en"
    mn = MON[lg][m - 1]
    if lg == "en":
        return rng.choice(["%d %s %d" % (d, mn, y), "%s %d, %d" % (mn, d, y)])
    if lg in ("de", "da", "no", "fi", "cs"):
        return "%d. %s %d" % (d, mn, y)
    if lg == "fr":
        return "%s %s %d" % ("1er" if d == 1 else str(d), mn, y)
    if lg in ("es", "pt"):
        return "%d de %s de %d" % (d, mn, y)
    if lg == "hu":
        return "%d. %s %d." % (y, mn, d)
    return "%d %s %d" % (d, mn, y)


def dob_str(lg, y, m, d, shape=None):
    shape = shape or rng.choice(["num", "num", "num", "long", "long", "iso", "yy", "mon3", "compact"])
    if shape == "num":
        return dnum(lg, y, m, d)
    if shape == "long":
        return dlong(lg, y, m, d)
    if shape == "iso":
        return "%04d-%02d-%02d" % (y, m, d)
    if shape == "yy":
        if lg == "us":
            return "%d/%d/%02d" % (m, d, y % 100)
        return ("%02d/%02d/%02d" if lg in ("en", "fr", "es", "it", "pt", "el") else "%02d.%02d.%02d") % (d, m, y % 100)
    if shape == "mon3":
        return "%02d-%s-%04d" % (d, MON3[m - 1], y)
    if shape == "compact":
        return "%04d%02d%02d" % (y, m, d)
    raise ValueError(shape)


def other_date(lg, shape="num"):
    y, m, d = ymd(2019, 2026)
    return dob_str(lg, y, m, d, shape)


# ---- street addresses --------------------------------------------------------------------------
def n(lo=1, hi=160):
    return str(rng.randint(lo, hi))


ST = {
    "en": ["Elm Grove", "Station Road", "Park Crescent", "Mill Lane", "Harrowdene Road", "Ferncliffe Avenue", "Orchard Close", "High Street"],
    "us": ["Maple Street", "Oak Avenue", "Cedar Lane", "W 42nd Street", "Lakeview Drive", "N Pine Road", "Sunset Blvd"],
    "ie": ["Griffith Avenue", "Main Street", "Strand Road", "Glenageary Park", "Mount Street Upper"],
    "de": ["Lindenstraße", "Am Rosenhang", "Bahnhofstr.", "Kastanienweg", "Hauptstraße", "Friedhofsgasse", "Mühlenkamp", "Talstraße"],
    "at": ["Neubaugasse", "Mariahilfer Straße", "Hauptplatz", "Schulgasse", "Lerchenfelder Gürtel"],
    "ch": ["Seefeldstrasse", "Bahnhofstrasse", "Rue du Marché", "Dorfstrasse", "Via Cantonale"],
    "fr": ["rue des Lilas", "avenue de la République", "boulevard Voltaire", "impasse des Tilleuls", "chemin du Moulin", "rue de la Paix", "allée des Pins"],
    "be": ["Rue de la Station", "Avenue Louise", "Kerkstraat", "Rue Haute", "Steenweg op Gent"],
    "nl": ["Keizersgracht", "Dorpsstraat", "Molenweg", "Oranjestraat", "Lindenlaan", "Kerkpad", "Zeedijk"],
    "es": ["Calle Mayor", "Avenida de la Constitución", "Calle del Pez", "Paseo de la Castellana", "C/ Sierpes", "Calle de Toledo"],
    "it": ["Via Roma", "Via dei Mille", "Corso Italia", "Viale delle Rose", "Via del Corso", "Via San Vitale"],
    "pt": ["Rua Augusta", "Avenida da Liberdade", "Rua do Carmo", "Travessa da Fé", "Rua das Flores"],
    "br": ["Rua Oscar Freire", "Avenida Paulista", "Rua da Consolação", "Rua Voluntários da Pátria"],
    "pl": ["ul. Długa", "ul. Kwiatowa", "ul. Ogrodowa", "al. Jerozolimskie", "ul. Piotrkowska", "os. Słoneczne"],
    "sv": ["Storgatan", "Drottninggatan", "Björkvägen", "Ringvägen", "Kyrkogatan", "Sveavägen"],
    "da": ["Nørregade", "Vestergade", "Jagtvej", "Østerbrogade", "Skovvej", "Algade"],
    "no": ["Storgata", "Kirkeveien", "Markveien", "Sandakerveien", "Strandgata", "Bygdøy allé"],
    "fi": ["Hämeenkatu", "Koivukuja", "Rantatie", "Mäkelänkatu", "Puistokatu", "Kauppakatu"],
    "cs": ["Vinohradská", "Nádražní", "Husova", "Školní", "Lidická", "Na Příkopě"],
    "hu": ["Andrássy út", "Váci utca", "Fő utca", "Rákóczi út", "Kossuth tér", "Szent István körút"],
    "tr": ["Moda Cad.", "Bağdat Cad.", "Gül Sok.", "Cumhuriyet Cad.", "Lale Sok.", "İnönü Cad."],
    "ro": ["Str. Florilor", "Calea Victoriei", "Bd. Unirii", "Str. Lalelelor", "Aleea Teilor", "Str. Republicii"],
    "el": ["Ermou", "Odos Patision", "Leoforos Kifisias", "Odos Solonos", "Tsimiski", "Odos Aiolou"],
}
TOWN = {
    "en": ["Leeds LS6 2AB", "Bristol BS7 8QT", "Norwich NR3 1HJ", "Sheffield S10 2TN", "Exeter EX4 4PY", "London N16 7UJ"],
    "ie": ["Dublin 9, D09 K7W2", "Cork, T12 X8YD", "Galway, H91 E2R4", "Dún Laoghaire, Co. Dublin, A96 P3F8"],
    "de": ["10243 Berlin", "50825 Köln", "80469 München", "04229 Leipzig", "24103 Kiel", "79098 Freiburg im Breisgau"],
    "at": ["1070 Wien", "8010 Graz", "4020 Linz", "6020 Innsbruck", "5020 Salzburg"],
    "ch": ["8008 Zürich", "3011 Bern", "1204 Genève", "4051 Basel", "6900 Lugano"],
    "fr": ["69003 Lyon", "75011 Paris", "13006 Marseille", "31000 Toulouse", "44000 Nantes", "67000 Strasbourg"],
    "be": ["1050 Ixelles", "9000 Gent", "4000 Liège", "2018 Antwerpen", "5000 Namur"],
    "nl": ["1015 CX Amsterdam", "3511 LK Utrecht", "9712 HN Groningen", "2311 EZ Leiden", "6211 JN Maastricht"],
    "es": ["28013 Madrid", "41004 Sevilla", "08012 Barcelona", "46003 Valencia", "48005 Bilbao"],
    "it": ["20121 Milano (MI)", "00186 Roma", "40126 Bologna", "80134 Napoli", "10123 Torino (TO)"],
    "pt": ["1100-053 Lisboa", "4050-262 Porto", "3000-143 Coimbra", "8000-150 Faro"],
    "pl": ["00-238 Warszawa", "31-011 Kraków", "90-001 Łódź", "80-831 Gdańsk", "50-101 Wrocław"],
    "sv": ["114 51 Stockholm", "411 19 Göteborg", "222 21 Lund", "753 10 Uppsala"],
    "da": ["2200 København N", "8000 Aarhus C", "5000 Odense C", "9000 Aalborg"],
    "no": ["0557 Oslo", "5003 Bergen", "7011 Trondheim", "9008 Tromsø"],
    "fi": ["33100 Tampere", "00530 Helsinki", "20100 Turku", "90100 Oulu"],
    "cs": ["120 00 Praha 2", "602 00 Brno", "301 00 Plzeň", "779 00 Olomouc"],
    "hu": ["1061 Budapest", "6720 Szeged", "4026 Debrecen", "7621 Pécs"],
    "tr": ["34710 Kadıköy/İstanbul", "06690 Çankaya/Ankara", "35210 Konak/İzmir", "16040 Osmangazi/Bursa"],
    "ro": ["400000 Cluj-Napoca", "010063 București", "700259 Iași", "300011 Timișoara"],
    "el": ["105 63 Athina", "546 22 Thessaloniki", "262 21 Patra", "712 02 Irakleio"],
}
US_TOWN = ["Austin, TX 78704", "Portland, OR 97214", "Columbus, OH 43215", "Madison, WI 53703", "Durham, NC 27701"]


def address(lg, multiline=False, country=None):
    """A street address of the language's country (or `country`), with its postcode and town."""
    c = country or {"en": rng.choice(["en", "en", "us", "ie"]), "de": rng.choice(["de", "de", "at", "ch"]),
                    "fr": rng.choice(["fr", "fr", "be", "ch"]), "nl": rng.choice(["nl", "nl", "be"]),
                    "pt": rng.choice(["pt", "pt", "br"])}.get(lg, lg)
    if c not in ST:
        c = "en"
    sep = "\n" if multiline else ", "
    st = rng.choice(ST[c])
    if c == "en":
        return rng.choice(["", "Flat " + n(1, 12) + ", ", ""]) + n() + " " + st + sep + rng.choice(TOWN["en"])
    if c == "us":
        return n(10, 9800) + " " + st + rng.choice(["", " Apt " + n(1, 40), " #" + n(100, 900)]) + sep + rng.choice(US_TOWN)
    if c == "ie":
        return rng.choice(["", "Apt " + n(1, 30) + ", "]) + n() + " " + st + sep + rng.choice(TOWN["ie"])
    if c in ("de", "at", "ch"):
        num = n() + rng.choice(["", "", "a", "b"])
        if c == "at":
            num += rng.choice(["", "/" + n(1, 20), "/2/" + n(1, 20), "/Stiege 3/Top " + n(1, 20)])
        return st + " " + num + sep + rng.choice(TOWN[c])
    if c == "fr":
        return n() + rng.choice(["", "", " bis", " ter"]) + " " + st + rng.choice(["", "", sep + "Bât. B, 3e étage"]) + sep + rng.choice(TOWN["fr"])
    if c == "be":
        return st + " " + n() + rng.choice(["", " bus " + n(1, 12), " bte " + n(1, 9)]) + sep + rng.choice(TOWN["be"])
    if c == "nl":
        return st + " " + n() + rng.choice(["", "", "-II", " A", "-hs"]) + sep + rng.choice(TOWN["nl"])
    if c == "es":
        return st + rng.choice([" ", ", ", ", nº "]) + n() + rng.choice(["", ", " + n(1, 9) + "º " + rng.choice("ABCD"), ", bajo"]) + sep + rng.choice(TOWN["es"])
    if c == "it":
        return st + rng.choice([" ", ", ", " n. "]) + n() + rng.choice(["", "", "/B", ", int. " + n(1, 20)]) + sep + rng.choice(TOWN["it"])
    if c == "pt":
        return st + rng.choice([" ", ", ", ", n.º "]) + n() + rng.choice(["", ", " + n(1, 8) + ".º Esq.", ", r/c Dto."]) + sep + rng.choice(TOWN["pt"])
    if c == "br":
        return st + ", " + n(10, 2400) + rng.choice(["", ", apto " + n(11, 140)]) + " – " + rng.choice(["Jardins", "Centro", "Botafogo", "Savassi"]) + sep + rng.choice(["São Paulo – SP, 01426-001", "Rio de Janeiro – RJ, 22251-040", "Belo Horizonte – MG, 30140-071"])
    if c == "pl":
        return st + " " + n() + rng.choice(["", "/" + n(1, 60), " m. " + n(1, 60), " lok. " + n(1, 20)]) + sep + rng.choice(TOWN["pl"])
    if c == "sv":
        return st + " " + n() + rng.choice(["", " A", ", lgh 1" + n(101, 405)]) + sep + rng.choice(TOWN["sv"])
    if c == "da":
        return st + " " + n() + rng.choice(["", ", 2. tv.", ", st. th.", ", 4. mf."]) + sep + rng.choice(TOWN["da"])
    if c == "no":
        return st + " " + n() + rng.choice(["", "B", " H0201"]) + sep + rng.choice(TOWN["no"])
    if c == "fi":
        return st + " " + n() + rng.choice(["", " A " + n(1, 30), " B " + n(1, 20)]) + sep + rng.choice(TOWN["fi"])
    if c == "cs":
        return st + " " + n(100, 2800) + "/" + n(1, 90) + sep + rng.choice(TOWN["cs"])
    if c == "hu":
        t = rng.choice(TOWN["hu"])
        if rng.random() < 0.5:
            return t + sep + st + " " + n() + "." + rng.choice(["", " II. em. 4.", " 3/12."])
        return st + " " + n() + "." + rng.choice(["", " fszt. 2."]) + sep + t
    if c == "tr":
        return rng.choice(["Caferağa Mah. ", "Esentepe Mah. ", "Kızılay Mah. ", ""]) + st + " No: " + n() + rng.choice(["", " D: " + n(1, 20), " Daire " + n(1, 12)]) + sep + rng.choice(TOWN["tr"])
    if c == "ro":
        return st + " nr. " + n() + rng.choice(["", ", bl. A" + n(1, 9) + ", sc. " + n(1, 4) + ", ap. " + n(1, 60), ", et. " + n(1, 8)]) + sep + rng.choice(TOWN["ro"])
    if c == "el":
        return st + " " + n() + sep + rng.choice(TOWN["el"])
    raise ValueError(c)


# ---- phones and mailboxes ----------------------------------------------------------------------
def digits(k):
    return "".join(str(rng.randint(0, 9)) for _ in range(k))


PHONE = {
    "en": lambda: rng.choice(["07" + digits(3) + " " + digits(6), "+44 7" + digits(3) + " " + digits(6), "(512) 555-" + digits(4), "+353 87 " + digits(3) + " " + digits(4)]),
    "de": lambda: rng.choice(["0171 " + digits(7), "+49 151 " + digits(8), "+43 664 " + digits(7), "+41 79 " + digits(3) + " " + digits(2) + " " + digits(2), "030 " + digits(8)]),
    "fr": lambda: rng.choice(["06 " + " ".join(digits(2) for _ in range(4)), "+33 7 " + " ".join(digits(2) for _ in range(4)), "+32 475 " + digits(2) + " " + digits(2) + " " + digits(2)]),
    "nl": lambda: rng.choice(["06-" + digits(8), "+31 6 " + digits(8), "+32 486 " + digits(6)]),
    "es": lambda: rng.choice(["6" + digits(2) + " " + digits(3) + " " + digits(3), "+34 6" + digits(2) + " " + digits(2) + " " + digits(2) + " " + digits(2)]),
    "it": lambda: rng.choice(["3" + digits(2) + " " + digits(7), "+39 3" + digits(2) + " " + digits(3) + " " + digits(4)]),
    "pt": lambda: rng.choice(["9" + digits(2) + " " + digits(3) + " " + digits(3), "+351 91 " + digits(3) + " " + digits(4), "+55 11 9" + digits(4) + "-" + digits(4)]),
    "pl": lambda: rng.choice(["+48 " + digits(3) + " " + digits(3) + " " + digits(3), "6" + digits(2) + "-" + digits(3) + "-" + digits(3)]),
    "sv": lambda: rng.choice(["070-" + digits(3) + " " + digits(2) + " " + digits(2), "+46 73 " + digits(3) + " " + digits(2) + " " + digits(2)]),
    "da": lambda: rng.choice(["+45 " + " ".join(digits(2) for _ in range(4)), " ".join(digits(2) for _ in range(4))]),
    "no": lambda: rng.choice(["+47 " + digits(3) + " " + digits(2) + " " + digits(3), "9" + digits(2) + " " + digits(2) + " " + digits(3)]),
    "fi": lambda: rng.choice(["040 " + digits(7), "+358 50 " + digits(3) + " " + digits(4)]),
    "cs": lambda: rng.choice(["+420 6" + digits(2) + " " + digits(3) + " " + digits(3), "7" + digits(2) + " " + digits(3) + " " + digits(3)]),
    "hu": lambda: rng.choice(["+36 30 " + digits(3) + " " + digits(4), "06 20 " + digits(3) + " " + digits(4)]),
    "tr": lambda: rng.choice(["0532 " + digits(3) + " " + digits(2) + " " + digits(2), "+90 5" + digits(2) + " " + digits(3) + " " + digits(2) + " " + digits(2)]),
    "ro": lambda: rng.choice(["07" + digits(2) + " " + digits(3) + " " + digits(3), "+40 7" + digits(2) + " " + digits(3) + " " + digits(3)]),
    "el": lambda: rng.choice(["69" + digits(2) + " " + digits(6), "+30 69" + digits(2) + " " + digits(3) + " " + digits(3)]),
}


def phone(lg):
    return PHONE.get(lg, PHONE["en"])()


MAILDOM = {"en": ["gmail.com", "outlook.com", "btinternet.com"], "de": ["web.de", "gmx.de", "t-online.de"],
           "fr": ["orange.fr", "free.fr", "laposte.net"], "nl": ["ziggo.nl", "kpnmail.nl", "telenet.be"],
           "es": ["gmail.com", "hotmail.es"], "it": ["libero.it", "alice.it"], "pt": ["sapo.pt", "gmail.com"],
           "pl": ["wp.pl", "onet.pl", "o2.pl"], "sv": ["telia.com", "gmail.com"], "da": ["mail.dk", "gmail.com"],
           "no": ["online.no", "gmail.com"], "fi": ["elisanet.fi", "gmail.com"], "cs": ["seznam.cz", "email.cz"],
           "hu": ["freemail.hu", "citromail.hu"], "tr": ["hotmail.com", "gmail.com"], "ro": ["yahoo.ro", "gmail.com"],
           "el": ["otenet.gr", "gmail.com"]}


def ascii_of(s):
    s = s.replace("ł", "l").replace("Ł", "L").replace("ø", "o").replace("æ", "ae").replace("ß", "ss").replace("ı", "i")
    return "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn")


def email(lg, g, s):
    gg = ascii_of(g).lower().replace(" ", "").replace("'", "")
    ss = ascii_of(s).lower().replace(" ", "").replace("'", "").replace("-", "")
    local = rng.choice([gg + "." + ss, gg[0] + ss, ss + "." + gg, gg + "_" + ss + digits(2), gg + digits(2)])
    return local + "@" + rng.choice(MAILDOM.get(lg, MAILDOM["en"]))


# ---- look-alikes -------------------------------------------------------------------------------
ORG_PERSON = ["Hugo Boss", "Fielmann", "Ottobock", "Carl Zeiss Vision", "Robert Bosch GmbH", "Siemens", "Philips",
              "Ferrero", "Dr. Oetker", "Ernst & Young", "Johnson & Johnson", "Procter & Gamble", "Kühne + Nagel",
              "Peek & Cloppenburg", "Tommy Hilfiger", "Louis Vuitton", "Marks & Spencer", "Sainsbury's", "Dyson",
              "Rolls-Royce", "Ben & Jerry's", "Bill & Melinda Gates Foundation", "Rockefeller Foundation",
              "Carlsberg", "Heineken", "H&M", "Ericsson", "Škoda Auto", "Zwack Unicum", "Koç Holding", "E. Wedel",
              "Van Cleef & Arpels", "Bang & Olufsen", "Maersk", "Fazer", "Stockmann", "Benetton", "Barilla",
              "Amorim", "Porsche", "Mercedes-Benz", "Walt Disney Company", "Hilton", "Marriott", "McDonald's",
              "Kellogg's", "Bertelsmann", "Rothschild & Co", "Lidl", "Aldi Süd", "Victorinox", "Swarovski",
              "Konrad-Adenauer-Stiftung", "Friedrich-Ebert-Stiftung", "Fondation Abbé Pierre", "Fundação Calouste Gulbenkian"]
STREET_PERSON = {
    "en": ["Churchill Avenue", "Shakespeare Road", "Nelson Street", "Martin Luther King Jr Blvd", "Queen Victoria Street"],
    "de": ["Goethestraße", "Karl-Marx-Allee", "Konrad-Adenauer-Ring", "Schillerplatz", "Friedrich-Ebert-Straße"],
    "fr": ["rue Victor Hugo", "boulevard Haussmann", "avenue Jean Jaurès", "place Charles de Gaulle", "quai François Mitterrand"],
    "nl": ["Van Goghstraat", "Willem de Zwijgerlaan", "Thorbeckeplein", "Johan de Wittlaan", "Erasmusweg"],
    "es": ["Calle de Cervantes", "Avenida de Blasco Ibáñez", "Plaza de Castelar", "Paseo de Isabel II", "Calle de Lope de Vega"],
    "it": ["Via Giuseppe Garibaldi", "Corso Cavour", "Piazza Dante", "Via Alessandro Manzoni", "Viale Giacomo Matteotti"],
    "pt": ["Avenida Almirante Reis", "Rua Fernando Pessoa", "Praça Marquês de Pombal", "Avenida João XXI"],
    "pl": ["ul. Mickiewicza", "al. Jana Pawła II", "ul. Marii Skłodowskiej-Curie", "pl. Kopernika"],
    "sv": ["Drottning Kristinas väg", "Birger Jarlsgatan", "Karlavägen", "Linnégatan"],
    "da": ["H.C. Andersens Boulevard", "Niels Juels Gade", "Christian IX's Gade", "Kierkegaards Plads"],
    "no": ["Karl Johans gate", "Henrik Ibsens gate", "Haakon VIIs gate", "Thorvald Meyers gate"],
    "fi": ["Mannerheimintie", "Runeberginkatu", "Sibeliuksenkatu", "Topeliuksenkatu"],
    "cs": ["Masarykova", "Palackého", "Husova třída", "náměstí Jiřího z Poděbrad"],
    "hu": ["Petőfi Sándor utca", "Kossuth Lajos tér", "Széchenyi István tér", "Bartók Béla út"],
    "tr": ["Atatürk Bulvarı", "Halaskargazi Cad.", "Fevzi Çakmak Cad.", "Mimar Sinan Cad."],
    "ro": ["Bulevardul Mihai Viteazul", "Strada Avram Iancu", "Calea Mihai Eminescu", "Piața Avram Iancu"],
    "el": ["Leoforos Vasilissis Sofias", "Odos Eleftheriou Venizelou", "Plateia Aristotelous", "Odos Karaiskaki"],
}
FAMOUS = ["Mozart", "Frida Kahlo", "Fernando Pessoa", "Astrid Lindgren", "Jean Sibelius", "Antonín Dvořák", "Béla Bartók",
          "Fryderyk Chopin", "Marie Curie", "Greta Thunberg", "Pelé", "Eusébio", "Cristiano Ronaldo", "Roger Federer",
          "Taylor Swift", "Ed Sheeran", "Edith Piaf", "Jacques Brel", "Rembrandt", "Vincent van Gogh", "Pedro Almodóvar",
          "Federico Fellini", "Ingmar Bergman", "Lars von Trier", "Aki Kaurismäki", "Dua Lipa", "Nikos Kazantzakis",
          "Orhan Pamuk", "Nadia Comăneci", "Usain Bolt", "Mo Farah", "Günther Jauch", "Jean-Pierre Foucault"]
PETS = ["Bello", "Minou", "Luna", "Rex", "Mimi", "Kasper", "Filou", "Balou", "Lotte", "Mr. Biscuits", "Pixie", "Tobi", "Nala", "Smokey"]
SHIPS = ["Queen Mary 2", "Statsraad Lehmkuhl", "Christian Radich", "Amerigo Vespucci", "Juan Sebastián de Elcano", "Sagres"]
DRUGS = ["Ibuprofen 400", "Meldonium", "Salbutamol", "Ventolin", "Xarelto", "Pantoprazol 20 mg", "Novalgin", "Paracetamol"]
EPONYMS = ["Snellen chart", "Heimlich manoeuvre", "Parkinson's disease", "Alzheimer's", "Bobath concept", "McKenzie method",
           "Achilles tendon", "Baker's cyst", "Osgood-Schlatter", "Rautek grip", "Cetti's warbler", "Bewick's swan",
           "Leisler's bat", "Montagu's harrier", "Bonelli's eagle", "Sabine's gull", "Ishihara test", "Down syndrome"]


def code(prefix=""):
    return prefix + rng.choice(["", "", "REF-", "No. "]) + str(rng.randint(10000, 999999)) + rng.choice(["", "/" + str(rng.randint(19, 26)), "-" + rng.choice("ABCDX")])


# ---- records -----------------------------------------------------------------------------------
def esc(s):
    """s as the inside of a JSON string."""
    return json.dumps(s, ensure_ascii=False)[1:-1]


class B:
    """A record written left to right as parts: text, or (label, value) for a span."""

    def __init__(self, lg, cls):
        self.lg, self.cls, self.parts, self.nowrap = lg, cls, [], False

    def t(self, s):
        self.parts.append((None, s))
        return self

    def s(self, label, v):
        self.parts.append((label, v))
        return self

    def pn(self, g, s, o, style):
        return self.s("PERSON", fmt(g, s, o, style))

    def p(self, form=False, chat=False, origin=None, style=None, lg=None):
        """Appends a new person's name; returns the record, which unpacks as that person's
        (given, surname, origin)."""
        g, s, o = person(lg or self.lg, origin)
        self.last = (g, s, o)
        return self.pn(g, s, o, style or name_style(self.lg, o, form, chat))

    def pq(self):
        """A person in a comma-separated cell: quoted when the name holds a comma."""
        g, s, o = person(self.lg)
        self.last = (g, s, o)
        v = fmt(g, s, o, name_style(self.lg, o, form=True))
        return self.t('"').s("PERSON", v).t('"') if "," in v else self.s("PERSON", v)

    def __iter__(self):
        return iter(self.last)

    def dob(self, shape=None, lo=1936, hi=2007, lg=None):
        return self.s("DATE_OF_BIRTH", dob_str(lg or self.lg, *ymd(lo, hi), shape=shape))

    def addr(self, multiline=False, country=None):
        return self.s("STREET_ADDRESS", address(self.lg, multiline, country))

    def ph(self, lg=None):
        """A phone number, or what forms write when there is none."""
        if rng.random() < 0.5:
            return self.t(rng.choice(["-", "n/a", "(on file)", "—", "?"]))
        return self.s("PHONE_NUMBER", phone(lg or self.lg))

    def em(self, g, s):
        if rng.random() < 0.2:
            return self.t(rng.choice(["-", "none", "(see form)"]))
        return self.s("EMAIL_ADDRESS", email(self.lg, g, s))

    def od(self, shape="num", lg=None):
        """A date that is no birth date, labelled NEG_DATE on a share only (as a careful reader
        would mark look-alikes: not every one)."""
        v = other_date(lg or self.lg, shape)
        return self.s("NEG_DATE", v) if rng.random() < 0.5 else self.t(v)

    def org(self, v=None):
        return self.s("NEG_ORG", v or rng.choice(ORG_PERSON))

    def nstreet(self):
        return self.s("NEG_STREET", rng.choice(STREET_PERSON.get(self.lg, STREET_PERSON["en"])))

    def done(self, wrap=None):
        mode = wrap or ("none" if self.nowrap or rng.random() < 0.64 else
                        rng.choice(["prompt", "prompt", "chatjson", "toolcall", "multiturn"]))
        parts = WRAP[mode](self.lg, self.parts)
        text, spans = "", []
        for label, v in parts:
            if label:
                spans.append({"entity_type": label, "entity_value": v, "start_position": len(text),
                              "end_position": len(text) + len(v)})
            text += v
        for sp in spans:
            assert text[sp["start_position"]:sp["end_position"]] == sp["entity_value"] and sp["entity_value"]
        records.append({"full_text": text, "spans": spans, "template_id": len(records) % 100,
                        "metadata": {"locale": self.lg, "class": self.cls, "wrap": mode}})


PROMPTS = {
    "en": ["Summarise this:", "Translate to English:", "Fix the CSV below, some rows are broken:", "Draft a reply to this:",
           "Can you turn this into a table?", "Extract the fields as JSON:", "check this for typos pls", "What does this say?"],
    "de": ["Fasse das bitte zusammen:", "Übersetze ins Englische:", "Formuliere eine höfliche Antwort darauf:", "Mach daraus eine Tabelle:"],
    "fr": ["Résume ceci :", "Traduis en anglais :", "Rédige une réponse à ce message :", "Corrige le tableau ci-dessous :"],
    "nl": ["Vat dit samen:", "Vertaal naar het Engels:", "Schrijf een antwoord op dit bericht:"],
    "es": ["Resume esto:", "Traduce al inglés:", "Redacta una respuesta a esto:"],
    "it": ["Riassumi questo:", "Traduci in inglese:", "Scrivi una risposta a questo:"],
    "pt": ["Resume isto:", "Traduz para inglês:", "Escreve uma resposta a isto:"],
    "pl": ["Streść to:", "Przetłumacz na angielski:", "Popraw formatowanie:"],
    "sv": ["Sammanfatta detta:", "Översätt till engelska:"],
    "da": ["Opsummer dette:", "Oversæt til engelsk:"],
    "no": ["Oppsummer dette:", "Oversett til engelsk:"],
    "fi": ["Tiivistä tämä:", "Käännä englanniksi:"],
    "cs": ["Shrň to prosím:", "Přelož do angličtiny:"],
    "hu": ["Foglald össze:", "Fordítsd le angolra:"],
    "tr": ["Bunu özetle:", "İngilizceye çevir:"],
    "ro": ["Rezumă asta:", "Tradu în engleză:"],
    "el": ["Kane mia perilipsi:", "Metafrase sta agglika:"],
}
TAILS = ["", "", "\n\nKeep it short.", "\n\nThanks!", "\n\n(no need to keep the formatting)", "\n\nBullet points please."]


def prompt_of(lg):
    return rng.choice(PROMPTS["en"] if rng.random() < 0.3 else PROMPTS.get(lg, PROMPTS["en"]))


def w_none(lg, parts):
    return parts


def w_prompt(lg, parts):
    return [(None, prompt_of(lg) + rng.choice(["\n\n", "\n", "\n```\n"]))] + parts + [(None, rng.choice(TAILS))]


def escaped(parts, times=1):
    out = []
    for label, v in parts:
        for _ in range(times):
            v = esc(v)
        out.append((label, v))
    return out


def w_chatjson(lg, parts):
    head = '{"model": "' + rng.choice(["gpt-4o-mini", "claude-3-5-sonnet", "mistral-large-latest", "m"]) + '", "messages": ['
    if rng.random() < 0.5:
        head += '{"role": "system", "content": "' + esc(rng.choice(["You are a helpful assistant.", "You help a small office with paperwork.", "Answer in the user's language."])) + '"}, '
    head += '{"role": "user", "content": "' + esc(prompt_of(lg) + "\n\n")
    return [(None, head)] + escaped(parts) + [(None, '"}], "temperature": 0.2}')]


TOOLS = ["extract_record", "create_case", "save_document", "fill_form", "add_rows", "file_application", "lookup_person"]


def w_toolcall(lg, parts):
    fn = rng.choice(TOOLS)
    if rng.random() < 0.5:
        head = ('{"role": "assistant", "tool_calls": [{"id": "call_' + "".join(rng.choice("abcdefghijkmnpqrstuvwxyz0123456789") for _ in range(12))
                + '", "type": "function", "function": {"name": "' + fn + '", "arguments": "' + esc('{"source_text": "'))
        return [(None, head)] + escaped(parts, 2) + [(None, esc('", "lang": "' + lg + '"}') + '"}}]}')]
    head = ('{"type": "tool_use", "id": "toolu_' + "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(10))
            + '", "name": "' + fn + '", "input": {"text": "')
    return [(None, head)] + escaped(parts) + [(None, '", "language": "' + lg + '"}}')]


OPENERS = ["hi, I need help with a document", "can you help me clean something up?", "I have a form here, can I paste it?",
           "quick one: need a summary of a file", "hallo, kann ich dir ein Dokument schicken?", "bonjour, je peux te coller un document ?"]


def w_multiturn(lg, parts):
    quoted = [(label, v.replace("\n", "\n> ")) for label, v in parts] if rng.random() < 0.4 else parts
    head = ("User: " + rng.choice(OPENERS) + "\nAssistant: Of course, paste it here and tell me what you need.\nUser: "
            + prompt_of(lg) + "\n" + ("> " if quoted is not parts else ""))
    tail = "\nAssistant: " + rng.choice(["Here is a summary:", "Sure. A few things stand out:", "Done, see below.", "I can do that. First, a question:"])
    return [(None, head)] + quoted + [(None, tail)]


WRAP = {"none": w_none, "prompt": w_prompt, "chatjson": w_chatjson, "toolcall": w_toolcall, "multiturn": w_multiturn}


def jfields(d, items, indent="  "):
    """A JSON object whose values are spans or text: items = (key, label or None, value)."""
    d.t("{\n")
    for i, (k, label, v) in enumerate(items):
        d.t(indent + '"' + k + '": "')
        if label:
            d.s(label, esc(v))
        else:
            d.t(esc(v))
        d.t('"' + (",\n" if i < len(items) - 1 else "\n"))
    d.t("}")


# ---- kinds of text -----------------------------------------------------------------------------
def exitint(lg):
    d = B(lg, "exitint")
    k = rng.randrange(4)
    if k == 0:
        d.t("EXIT INTERVIEW – CONFIDENTIAL\nEmployee: ")
        g, s, o = d.p(form=True)
        d.t("\nEmployee no.: " + digits(6) + "\nDate of birth: ").dob().t("\nDepartment: Logistics\nLine manager: ")
        d.p(form=True)
        d.t("\nInterviewer: ").p(form=True)
        d.t(" (HR Business Partner)\nLast working day: ").od().t("\nNew employer: ").org()
        d.t("\nForwarding address for P45: ").addr().t("\n\nReason for leaving: better pay and shorter commute; felt the ")
        d.t("rota changes were handled badly. Would recommend us to a friend: maybe.\n")
    elif k == 1:
        d.t("Austrittsgespräch vom ").od().t("\nMitarbeiterin: ")
        d.p(form=True)
        d.t(", geb. ").dob().t("\nGesprächsführung: ").p().t(" (Personalabteilung)\n")
        d.t("Neue Anschrift: ").addr().t("\nNotizen: Sie wechselt zu ").org().t(", wünscht ein qualifiziertes Arbeitszeugnis. ")
        d.t("Kritik an der Teamleitung (").p().t("), sonst zufrieden.\n")
    elif k == 2:
        d.t("Notes from exit chat w/ ").p(chat=True).t(" (leaving " ).od("long").t(")\n- manager was ").p(chat=True)
        d.t(", says 1:1s got cancelled a lot\n- going to ").org().t("\n- wants reference sent to ").em(*person(lg)[:2])
        d.t("\n- returns laptop + badge " + code("B") + " on friday\n")
    else:
        d.t("employee_id\tname\tdob\tinterviewer\tleaving_date\treason\n")
        for _ in range(rng.randint(2, 4)):
            d.t(digits(5) + "\t").p(form=True).t("\t").dob("iso").t("\t").p(form=True).t("\t").od("iso").t("\t")
            d.t(rng.choice(["relocation", "career change", "salary", "study", "retirement"]) + "\n")
    d.done()


OPTICS = ["Varilux Comfort Max", "Zeiss SmartLife Progressive", "Acuvue Oasys 1-Day", "Hoya MiyoSmart", "Ray-Ban RB5154 Clubmaster", "Dailies Total1"]


def optician(lg):
    d = B(lg, "optician")
    k = rng.randrange(4)
    sph = lambda: rng.choice(["+", "-"]) + "%.2f" % (rng.randint(0, 24) * 0.25)
    if k == 0:
        d.t({"de": "Auftrag Brille\nKunde: ", "fr": "Bon de commande lunettes\nClient : ", "nl": "Brillenorder\nKlant: "}.get(lg, "Spectacle order\nCustomer: "))
        g, s, o = d.p(form=True)
        d.t({"de": "\nGeb.-Datum: ", "fr": "\nNé(e) le : ", "nl": "\nGeb. datum: "}.get(lg, "\nDOB: ")).dob()
        d.t("\n" + {"de": "Anschrift: ", "fr": "Adresse : ", "nl": "Adres: "}.get(lg, "Address: ")).addr()
        d.t("\nTel: ").ph().t("\n\n      SPH     CYL    AXIS   ADD\nR    " + sph() + "   " + sph() + "   " + n(0, 180) + "    +2.00\nL    " + sph() + "   " + sph() + "   " + n(0, 180) + "    +2.00\n")
        d.t("PD 31.5/32.0\nLens: ").s("NEG_PRODUCT", rng.choice(OPTICS)).t("\nRefraction by: ").p().t("\nLab: ").org(rng.choice(["Carl Zeiss Vision", "Rodenstock", "Essilor"])).t("\n")
    elif k == 1:
        d.t("RX | patient | birth date | VA R/L | test\n---|---|---|---|---\n")
        for _ in range(rng.randint(2, 4)):
            d.t(code("RX") + " | ").p(form=True).t(" | ").dob().t(" | 6/" + rng.choice(["6", "9", "12"]) + " / 6/" + rng.choice(["6", "9", "12"]) + " | ")
            d.s("NEG_TERM", rng.choice(["Snellen chart", "Ishihara test", "Amsler grid"])).t("\n")
    elif k == 2:
        d.t("Hi, this is ").p(chat=True).t(" – my contact lens order (").s("NEG_PRODUCT", rng.choice(OPTICS)).t(", -2.75 both eyes) should go to ")
        d.addr().t(" not my old flat. Born ").dob("long").t(" if you need it to find me. Call ").ph().t(" x\n")
    else:
        d.t("<order id=\"" + digits(7) + "\">\n  <patient>\n    <name>").p(form=True).t("</name>\n    <birthDate>").dob("iso")
        d.t("</birthDate>\n  </patient>\n  <prescriber>").p().t("</prescriber>\n  <frame brand=\"").org(rng.choice(["Hugo Boss", "Tommy Hilfiger", "Ray-Ban"])).t("\" model=\"" + n(1000, 9999) + "\"/>\n")
        d.t("  <due>").od("iso").t("</due>\n</order>\n")
    d.done()


MOBILITY = ["Invacare Action 3", "Rollator Topro Olympos", "Ottobock Genium X3", "Sunrise Quickie Nitrum", "Drive Medical Cirrus"]


def mobility(lg):
    d = B(lg, "mobility")
    k = rng.randrange(4)
    if k == 0:
        d.t({"de": "Leihschein Hilfsmittel\nName: ", "nl": "Uitleenformulier hulpmiddel\nNaam: ", "fr": "Prêt de matériel médical\nNom : ", "sv": "Lån av hjälpmedel\nNamn: ", "da": "Udlån af hjælpemiddel\nNavn: "}.get(lg, "Equipment loan form\nBorrower: "))
        d.p(form=True).t("\n" + {"de": "Geburtsdatum", "nl": "Geboortedatum", "fr": "Date de naissance", "sv": "Födelsedatum", "da": "Fødselsdato"}.get(lg, "Date of birth") + ": ").dob()
        d.t("\n" + {"de": "Lieferadresse", "nl": "Afleveradres", "fr": "Adresse de livraison", "sv": "Leveransadress", "da": "Leveringsadresse"}.get(lg, "Delivery address") + ": ").addr()
        d.t("\nItem: ").s("NEG_PRODUCT", rng.choice(MOBILITY)).t("  Serial: ").s("NEG_CODE", "SN" + digits(8)).t("\nReturn by: ").od().t("\nPrescriber: Dr ").p().t("\n")
    elif k == 1:
        d.t("Werkstattauftrag Orthopädietechnik\nPatient/in: ").p(form=True).t(" (*").dob("num", lg="de").t(")\nVersorgung: Unterschenkelprothese, Kniegelenk ").s("NEG_PRODUCT", rng.choice(MOBILITY))
        d.t("\nVerordnung von: ").p().t(", ").addr(country="de").t("\nTechniker: ").p().t("\nAnprobe: ").od(lg="de").t("\n")
    elif k == 2:
        d.t("loan_id,borrower,dob,phone,item,address\n")
        for _ in range(rng.randint(2, 4)):
            a = address(lg)
            d.t(digits(5) + ",").pq().t(",").dob("iso").t(",").ph().t(",").s("NEG_PRODUCT", rng.choice(MOBILITY)).t(',"').s("STREET_ADDRESS", a).t('"\n')
    else:
        d.t("Subject: wheelchair collection\n\nDear ").p().t(",\nthe ").s("NEG_PRODUCT", rng.choice(MOBILITY)).t(" lent to your father ")
        d.p().t(" (born ").dob().t(") will be collected from ").addr().t(" on ").od("long").t(". Our driver ")
        d.p().t(" will ring ").ph().t(" beforehand.\nKind regards,\n").p().t("\nCommunity Equipment Service\n")
    d.done()


def pilgrim(lg):
    d = B(lg, "pilgrim")
    k = rng.randrange(5)
    if k == 0:
        d.t("CREDENCIAL DEL PEREGRINO\nNombre y apellidos: ").p(form=True, lg="es").t("\nFecha de nacimiento: ").dob(lg="es").t("\nDomicilio: ").addr()
        d.t("\nInicio del Camino: ").s("NEG_PLACE", rng.choice(["Saint-Jean-Pied-de-Port", "Roncesvalles", "Sarria", "Porto"])).t(", ").od(lg="es")
        d.t("\nSello: Albergue ").s("NEG_ORG", rng.choice(["San Juan Bautista", "Santa María", "Jesús y María"])).t("\n")
    elif k == 1:
        d.t("Albergue – libro de registro\nfecha | nombre | nac. | país | documento\n")
        for _ in range(rng.randint(2, 4)):
            d.od(lg="es").t(" | ").p(form=True).t(" | ").dob(lg="es").t(" | " + rng.choice(["DE", "FR", "KR", "BR", "PL", "IE", "IT"]) + " | " + rng.choice("XYZ") + digits(7) + "\n")
    elif k == 2:
        d.t({"fr": "Pèlerinage diocésain à Lourdes – bulletin d'inscription\nNom : ", "it": "Pellegrinaggio a Lourdes – scheda di iscrizione\nCognome e nome: ", "pt": "Peregrinação a Fátima – inscrição\nNome: "}.get(lg, "Diocesan pilgrimage to Lourdes – registration\nName: "))
        d.p(form=True).t("\n" + {"fr": "Date de naissance : ", "it": "Data di nascita: ", "pt": "Data de nascimento: "}.get(lg, "Date of birth: ")).dob()
        d.t("\n" + {"fr": "Adresse : ", "it": "Indirizzo: ", "pt": "Morada: "}.get(lg, "Address: ")).addr().t("\n" + {"fr": "Personne à prévenir : ", "it": "Persona da avvisare: ", "pt": "Contacto de emergência: "}.get(lg, "Emergency contact: "))
        d.p().t(", ").ph().t("\n" + {"fr": "Hospitalier : oui – brancardier", "it": "Malato accompagnato: no", "pt": "Necessita cadeira de rodas: não"}.get(lg, "Needs assistance: no") + "\n")
        d.t("Paroisse/parish: ").s("NEG_ORG", rng.choice(["Saint-Joseph", "Sant'Antonio di Padova", "São João de Deus", "St Bernadette"])).t("\n")
    elif k == 3:
        d.t("Umrah group manifest – departure ").od().t("\n#  Name (as in passport)          Passport    DOB          Mahram\n")
        for i in range(rng.randint(3, 5)):
            g, s, o = person(lg, rng.choice(["ar", "ar", "sa", "af"]))
            d.t(str(i + 1) + "  ").pn(g, s, o, "caps").t("   " + rng.choice("ABNPK") + digits(7) + "   ").dob("mon3").t("  ")
            if rng.random() < 0.5:
                g2, s2, o2 = person(lg, o)
                d.pn(g2, s2, o2, "caps")
            else:
                d.t("-")
            d.t("\n")
        d.t("Group leader: ").p(origin="ar").t(", ").ph().t("\nHotel: ").s("NEG_ORG", rng.choice(["Hilton Makkah Convention", "Swissôtel Al Maqam", "Pullman Zamzam"])).t("\n")
    else:
        d.t("Piesza Pielgrzymka na Jasną Górę – zgłoszenie\nImię i nazwisko: ").p(form=True, lg="pl").t("\nData urodzenia: ").dob(lg="pl")
        d.t("\nAdres: ").addr(country="pl").t("\nGrupa: ").s("NEG_ORG", rng.choice(["Grupa św. Maksymiliana Kolbego", "Grupa bł. Jerzego Popiełuszki", "Grupa Jana Pawła II"]))
        d.t("\nOpiekun (dla niepełnoletnich): ").p(lg="pl").t(", tel. ").ph("pl").t("\n")
    d.done()


VILLAGES = ["Kibera Ward 4", "Dadaab Block C", "Kakuma 3", "Zaatari District 7", "Bidibidi Zone 2", "Nyarugusu", "Mopti Centre"]


def ngoaid(lg):
    d = B(lg, "ngoaid")
    k = rng.randrange(4)
    if k == 0:
        d.t("household_id,head_of_household,sex,dob,household_size,mobile_money,site,transfer_usd\n")
        for _ in range(rng.randint(2, 4)):
            g, s, o = person(lg, rng.choice(["af", "af", "ar", "sa", "sl"]))
            d.t("HH-" + digits(5) + ",").pn(g, s, o, rng.choice(["gs", "caps", "SG"])).t("," + rng.choice("FM") + ",")
            if rng.random() < 0.8:
                d.dob(rng.choice(["iso", "num"]), lg="en")
            else:
                d.t("01/01/" + str(rng.randint(1950, 1995)) + " (est.)")
            d.t("," + n(1, 11) + ",").ph(rng.choice(["en", "fr", "tr"])).t("," + rng.choice(VILLAGES) + "," + n(30, 180) + "\n")
        d.t("# funded by ").org(rng.choice(["Bill & Melinda Gates Foundation", "Rockefeller Foundation", "Fondation Abbé Pierre", "Fundação Calouste Gulbenkian"])).t("\n")
    elif k == 1:
        d.t("Distribution report " + rng.choice(VILLAGES) + ", ").od("long").t("\nEnumerator: ").p(origin="af").t("\nSupervisor: ").p()
        d.t("\n\nComplaint logged: beneficiary ").p(origin=rng.choice(["af", "ar"])).t(" (born ").dob(lg="en").t(") says her card was used by ")
        d.p(origin=rng.choice(["af", "ar"])).t(", a neighbour. Referred to protection officer ").p().t(".\n")
    elif k == 2:
        d.t("Liste des bénéficiaires – transferts monétaires\nN° | Nom et prénom | Date de naissance | Téléphone | Village\n")
        for i in range(rng.randint(2, 4)):
            g, s, o = person("fr", rng.choice(["af", "af", "ar"]))
            d.t(str(i + 1) + " | ").pn(g, s, o, rng.choice(["SG", "gs"])).t(" | ").dob(lg="fr").t(" | ").ph("fr").t(" | " + rng.choice(["Ségou", "Kayes", "Tahoua", "Dosso", "Kaolack"]) + "\n")
    else:
        d.t("Summary for the donor (").org(rng.choice(["Bill & Melinda Gates Foundation", "Rockefeller Foundation", "Konrad-Adenauer-Stiftung"]))
        d.t("): " + n(200, 900) + " households reached in round " + n(2, 9) + " (").od("long", lg="en").t("); case ")
        d.s("NEG_CODE", "CT-" + digits(4) + "-" + rng.choice(["KE", "ML", "JO", "UG"])).t(" closed.\n")
    d.done()


def microloan(lg):
    d = B(lg, "microloan")
    k = rng.randrange(3)
    if k == 0:
        d.t("SOLIDARITY GROUP REGISTER\nGroup: ").s("NEG_ORG", rng.choice(["Umoja Women Group", "Tujenge Pamoja", "Groupe Benkadi", "Nari Shakti SHG"]))
        d.t("    Cycle " + n(1, 6) + "    Disbursed: ").od().t("\nLeader: ")
        d.p(origin=rng.choice(["af", "sa"]), form=True).t("  ID " + digits(8) + "  DOB ").dob().t("\n\nMember\tID\tDOB\tLoan\tGuarantor\n")
        for _ in range(rng.randint(2, 4)):
            o = rng.choice(["af", "sa", "af"])
            d.p(origin=o, form=True).t("\t" + digits(8) + "\t").dob().t("\t" + n(50, 900) + "00\t").p(origin=o, form=True).t("\n")
    elif k == 1:
        d.t("Loan officer note (").od("iso").t("): visited ").p(origin=rng.choice(["sa", "af"])).t(" at ").addr(country=rng.choice(["en", "fr"]))
        d.t(". Repayment late 3 weeks; husband ").p(origin=rng.choice(["sa", "af"])).t(" is ill. Rescheduled, next due ").od("iso").t(". Contact ").ph().t(".\n")
    else:
        d.t('{"loan_id": "' + digits(9) + '", "borrower": {"full_name": "').p(origin=rng.choice(["af", "sa", "ar", "ea"])).t('", "date_of_birth": "').dob("iso")
        d.t('", "phone": "').ph().t('"}, "product": "').s("NEG_PRODUCT", rng.choice(["Grameen II", "Kiva Agri", "M-Shwari Boost"])).t('", "amount": ' + n(100, 2000) + "}\n")
    d.done()


UNIS = ["Humboldt-Universität zu Berlin", "Université Paul Sabatier", "Universidad Carlos III de Madrid", "Università Ca' Foscari",
        "Erasmus Universiteit Rotterdam", "Jagiellonian University", "Karolinska Institutet", "Charles University", "Semmelweis University",
        "Aristotle University of Thessaloniki", "Johannes Kepler Universität Linz", "Universidade Nova de Lisboa", "Babeș-Bolyai University"]


def erasmus(lg):
    d = B(lg, "erasmus")
    k = rng.randrange(3)
    if k == 0:
        d.t("LEARNING AGREEMENT – Student Mobility for Studies\nLast name(s): ")
        g, s, o = person(lg)
        d.s("PERSON", s.upper()).t("   First name(s): ").s("PERSON", g).t("\nDate of birth: ").dob(lo=1996, hi=2006).t("   Nationality: " + lg.upper())
        d.t("\nSending institution: ").org(rng.choice(UNIS)).t("   Contact person: ").p().t(", ").em(*person(lg)[:2])
        d.t("\nReceiving institution: ").org(rng.choice(UNIS)).t("   Contact person: ").p()
        d.t("\nPlanned period: ").od().t(" to ").od().t("\nCourse: ").s("NEG_TERM", rng.choice(["Euler methods in numerics", "Keynesian economics", "Kantian ethics", "Darwinian evolution"])).t(" (6 ECTS)\n")
    elif k == 1:
        d.t("Nominations spring semester\nhome uni\tstudent\tdob\temail\n")
        for _ in range(rng.randint(2, 4)):
            g, s, o = person(lg)
            d.org(rng.choice(UNIS)).t("\t").pn(g, s, o, rng.choice(["gs", "S,G", "SG"])).t("\t").dob("iso", lo=1998, hi=2006).t("\t").em(g, s).t("\n")
    else:
        d.t("hey! i'm ").p(chat=True).t(", arriving from ").org(rng.choice(UNIS)).t(" for erasmus. my buddy is supposed to be ").p(chat=True)
        d.t(" but no reply. my address here will be ").addr().t(" – can someone from the international office tell me when the welcome day is? thx\n")
    d.done()


def apprentice(lg):
    d = B(lg, "apprentice")
    k = rng.randrange(4)
    if k == 0:
        d.t("BERUFSAUSBILDUNGSVERTRAG\nAusbildende/r: ").org(rng.choice(["Bäckerei Huber GmbH", "Elektro Zimmermann KG", "Robert Bosch GmbH", "Autohaus Becker"]))
        d.t("\nAuszubildende/r: Name, Vorname: ").p(form=True, lg="de", style="S,G").t("\nGeburtsdatum: ").dob(lo=2004, hi=2009, lg="de")
        d.t("\nAnschrift: ").addr(country=rng.choice(["de", "at", "ch"])).t("\nGesetzliche/r Vertreter/in: ").p(lg="de").t("\nAusbilder/in: ").p(lg="de")
        d.t("\nBeginn der Ausbildung: ").od(lg="de").t("   Beruf: Elektroniker/in\n")
    elif k == 1:
        d.t("CONVENTION DE STAGE\nEntre l'organisme d'accueil ").org(rng.choice(["Fondation Abbé Pierre", "Louis Vuitton", "Hermès"]))
        d.t(", représenté par ").p(lg="fr").t(",\net le stagiaire ").p(lg="fr").t(", né(e) le ").dob("long", lo=1999, hi=2005, lg="fr")
        d.t(", demeurant ").addr(country=rng.choice(["fr", "be"])).t(".\nTuteur pédagogique : ").p(lg="fr").t("\nDu ").od(lg="fr").t(" au ").od(lg="fr").t("\n")
    elif k == 2:
        d.t("Stageovereenkomst\nStagiair: ").p(form=True, lg="nl").t(" (geb. ").dob(lo=2000, hi=2006, lg="nl").t(")\nLeerbedrijf: ")
        d.org(rng.choice(["Philips", "Heineken", "Albert Heijn"])).t(", praktijkopleider ").p(lg="nl").t("\nAdres stagiair: ").addr(country="nl").t("\n")
    else:
        d.t("Internship offer\n\nDear ").p().t(",\nwe are pleased to offer you a summer internship at ").org().t(", starting ").od("long")
        d.t(". Your supervisor will be ").p().t(". Please confirm your date of birth (").dob("long", lo=1999, hi=2005).t(") and postal address (")
        d.addr().t(") for the contract.\n\nBest wishes,\n").p().t("\nTalent team\n")
    d.done()


def physio(lg):
    d = B(lg, "physio")
    k = rng.randrange(4)
    if k == 0:
        d.t({"de": "Physiotherapie – Behandlungsplan\nPatient: ", "nl": "Fysiotherapie – behandelplan\nPatiënt: ", "sv": "Fysioterapi – behandlingsplan\nPatient: ", "fi": "Fysioterapia – hoitosuunnitelma\nPotilas: "}.get(lg, "Physiotherapy treatment plan\nPatient: "))
        d.p(form=True).t({"de": "  geb. ", "nl": "  geb. ", "sv": "  f. ", "fi": "  synt. "}.get(lg, "  DOB ")).dob()
        d.t("\nDiagnose/diagnosis: ").s("NEG_TERM", rng.choice(["Osgood-Schlatter", "Baker's cyst", "Achilles tendon", "Parkinson's disease"])).t(" – ")
        d.t("approach: ").s("NEG_TERM", rng.choice(["Bobath concept", "McKenzie method"])).t("\nReferring GP: ").p().t("\nTherapist: ").p().t("\n")
        d.t("Sessions: 6 x 30 min, first ").od().t("\n")
    elif k == 1:
        d.t("date       | patient            | therapist   | notes\n")
        for _ in range(rng.randint(3, 5)):
            d.od("iso").t(" | ").p(form=True).t(" | ").p(style="init").t(" | " + rng.choice(["ROM improved", "pain 4/10", "home exercises", "cancelled", "taped knee"]) + "\n")
    elif k == 2:
        d.t("lower back again 😩 my physio ").p(chat=True).t(" says it's not a disc thing. if anyone needs a good one she's at ")
        d.addr().t(", tell her ").p(chat=True).t(" sent you\n")
    else:
        d.t("Home visit request\nPatient: ").p().t(" (").dob().t(")\nAddress: ").addr(multiline=True).t("\nKey safe: ").s("NEG_CODE", digits(4)).t("\nNext of kin: ").p().t(" ").ph().t("\n")
    d.done()


def prenup(lg):
    d = B(lg, "prenup")
    k = rng.randrange(4)
    if k == 0:
        d.t("URKUNDENROLLE NR. " + n(100, 2000) + "/" + n(19, 26) + "\nEhevertrag\nVor mir, dem unterzeichnenden Notar ").p(lg="de").t(" mit dem Amtssitz in Köln, erschienen heute:\n1. Herr ")
        d.p(lg="de").t(", geboren am ").dob("long", lg="de").t(",\n   wohnhaft ").addr(country="de").t(",\n2. Frau ")
        g, s, o = person("de")
        d.pn(g, s, o, "gs").t(" geb. ").s("PERSON", invent_word("de", True) if rng.random() < 0.5 else rng.choice(REAL["de"][1])).t(", geboren am ").dob("long", lg="de")
        d.t(",\n   ebenda wohnhaft.\nDie Erschienenen beabsichtigen, am ").od("long", lg="de").t(" die Ehe miteinander einzugehen.\n")
    elif k == 1:
        d.t("CONTRAT DE MARIAGE – SÉPARATION DE BIENS\nM. ").p(lg="fr", style="S,G caps").t(", né le ").dob(lg="fr").t("\net Mme ").p(lg="fr", style="S,G caps")
        d.t(", née le ").dob(lg="fr").t(",\ndemeurant ensemble ").addr(country=rng.choice(["fr", "be", "ch"])).t(".\nReçu par Maître ").p(lg="fr").t(", notaire.\n")
    elif k == 2:
        d.t("CAPITULACIONES MATRIMONIALES\nComparecen: don ").p(lg="es").t(", nacido el ").dob("long", lg="es").t(", y doña ").p(lg="es")
        d.t(", nacida el ").dob("long", lg="es").t(", ambos con domicilio en ").addr(country="es").t(".\nNotario: ").p(lg="es").t("\n")
    else:
        d.t("can you explain this clause of our prenup in plain english? it's between me (").p(chat=True).t(") and ").p(chat=True)
        d.t(': "The property at ').addr().t(' shall remain the separate property of the first party." we marry on ').od("long").t("\n")
    d.done()


def advdir(lg):
    d = B(lg, "advdir")
    k = rng.randrange(4)
    if k == 0:
        d.t("PATIENTENVERFÜGUNG\nIch, ").p(lg="de").t(", geboren am ").dob(lg="de").t(", wohnhaft ").addr(country=rng.choice(["de", "at"]))
        d.t(",\nbestimme für den Fall, dass ich meinen Willen nicht mehr bilden oder verständlich äußern kann ...\n")
        d.t("Bevollmächtigte Person: ").p(lg="de").t(", Tel. ").ph("de").t("\nHausarzt: Dr. ").p(lg="de").t("\nOrt, Datum: Köln, ").od(lg="de").t("\n")
    elif k == 1:
        d.t("ADVANCE DECISION TO REFUSE TREATMENT\nName: ").p(form=True, lg="en").t("\nDate of birth: ").dob(lg="en").t("\nNHS number: ").s("NEG_CODE", digits(3) + " " + digits(3) + " " + digits(4))
        d.t("\nAddress: ").addr(country="en").t("\nGP: Dr ").p(lg="en").t(", ").s("NEG_ORG", rng.choice(["Nightingale Surgery", "Jenner Health Centre", "Lister Medical Practice"]))
        d.t("\nWitness: ").p(lg="en").t("\nHealth and welfare attorney: ").p(lg="en").t(" (").ph("en").t(")\n")
    elif k == 2:
        d.t({"nl": "Wilsverklaring / levenstestament\nOndergetekende ", "sv": "Livstestamente\nUndertecknad ", "da": "Livstestamente\nUndertegnede ", "es": "Documento de voluntades anticipadas\nYo, ", "it": "DAT – Disposizioni anticipate di trattamento\nIo sottoscritto/a "}.get(lg, "Living will\nI, "))
        d.p().t({"nl": ", geboren op ", "sv": ", född ", "da": ", født ", "es": ", nacido/a el ", "it": ", nato/a il "}.get(lg, ", born ")).dob()
        d.t({"nl": ", wonende te ", "sv": ", boende ", "da": ", bosat ", "es": ", con domicilio en ", "it": ", residente in "}.get(lg, ", of ")).addr()
        d.t({"nl": ", wijs als vertegenwoordiger aan: ", "sv": ", utser som ombud: ", "da": ", udpeger som værge: ", "es": ", designo representante a ", "it": ", nomino fiduciario "}.get(lg, ", appoint as my proxy "))
        d.p().t(".\n")
    else:
        d.t("my mum wants to write a living will, she's ").p(chat=True).t(" born ").dob("long").t(". her GP is at ")
        d.s("NEG_ORG", rng.choice(["Jenner Health Centre", "Hippokrates Praxis", "Cabinet Pasteur"])).t(". which form do we need in ").s("NEG_PLACE", rng.choice(["Bavaria", "Scotland", "Flanders", "Catalonia"])).t("?\n")
    d.done()


def housesit(lg):
    d = B(lg, "housesit")
    k = rng.randrange(4)
    if k == 0:
        d.t("HOUSE-SITTING AGREEMENT\nHomeowner(s): ").p().t(" & ").p().t("\nProperty: ").addr().t("\nSitter: ").p().t(", ").em(*person(lg)[:2])
        d.t("\nDates: ").od().t(" – ").od().t("\nPets: ").s("NEG_PET", rng.choice(PETS)).t(" (cat, insulin twice daily) and ").s("NEG_PET", rng.choice(PETS))
        d.t(" (dog)\nVet: ").org(rng.choice(["Tierarztpraxis Dr. Hoffmann", "Clinique vétérinaire Pasteur", "Vets4Pets"])).t("\nEmergency contact: ").p().t(" ").ph().t("\n")
    elif k == 1:
        d.t("Woningruil / home exchange\nWij (").p(lg="nl").t(" en ").p(lg="nl").t(") ruilen ons huis aan de ").addr(country="nl")
        d.t(" met familie ").s("PERSON", rng.choice(REAL["fr"][1] + [invent_word("fr", True)])).t(" uit ").addr(country="fr").t(". Auto: Volvo, sleutel bij buurvrouw ").p(lg="nl").t(".\n")
    elif k == 2:
        d.t("hey ").p(chat=True).t("! wifi is FRITZ!Box 7590, pw on the fridge. ").s("NEG_PET", rng.choice(PETS)).t(" gets fed at 7 and 6. if anything breaks call my neighbour ")
        d.p(chat=True).t(" on ").ph().t(". bins go out thursday on ").nstreet().t(" side\n")
    else:
        d.t("Welcome guide – no personal data\nThe flat is a short walk from ").nstreet().t(" and the ").s("NEG_ORG", rng.choice(["Rembrandthuis", "Museo Sorolla", "Maison de Victor Hugo", "Goethe-Haus"]))
        d.t(". Recycling: yellow bag. Boiler manual in drawer 2. Bike lock code ").s("NEG_CODE", digits(4)).t(".\n")
    d.done()


def dorm(lg):
    d = B(lg, "dorm")
    k = rng.randrange(4)
    if k == 0:
        d.t("Room allocation – ").s("NEG_ORG", rng.choice(["Marie Curie Hall", "Newton House", "Ada Lovelace Residence"])).t(" (autumn term)\nroom,resident,dob,home_address,arrival\n")
        for _ in range(rng.randint(2, 4)):
            d.s("NEG_ADDR", rng.choice("ABCD") + n(100, 420)).t(",").pq().t(",").dob("iso", lo=2002, hi=2008).t(',"').addr().t('",').od("iso").t("\n")
    elif k == 1:
        d.t({"de": "Wohnheimplatz-Zusage\nSehr geehrte/r ", "sv": "Tilldelning av studentrum\nHej ", "fi": "Asuntotarjous\nHei "}.get(lg, "Room offer\nDear "))
        d.p().t({"de": ",\nwir bieten Ihnen Zimmer ", "sv": ",\ndu har fått rum ", "fi": ",\nsinulle on tarjolla huone "}.get(lg, ",\nwe can offer you room "))
        d.s("NEG_ADDR", rng.choice(["Haus 3, Zi. 214", "Korridor B, rum 1104", "C 12", "Block 2, Flat 5, Room D"])).t(" in ")
        d.s("NEG_ORG", rng.choice(["Studentenwerk Heidelberg", "SSSB Lappkärrsberget", "HOAS", "Unite Students"]))
        d.t(". Ihre Meldeadresse / home address: ").addr().t(" – geboren / born: ").dob(lo=2002, hi=2007).t("\n")
    elif k == 2:
        d.t("| Zimmer | Bewohner/in | Geburtsdatum |\n|---|---|---|\n")
        for _ in range(rng.randint(3, 5)):
            d.t("| ").s("NEG_ADDR", n(1, 5) + "." + n(10, 40)).t(" | ").p(form=True).t(" | ").dob(lo=2001, hi=2007).t(" |\n")
    else:
        d.t("[residents-chat] ").p(chat=True, style="lower").t(": who keeps taking my oat milk from fridge 3?? it has my name on it\n[residents-chat] ")
        d.p(chat=True, style="lower").t(": not me. btw the ").s("NEG_ORG", rng.choice(["Marie Curie Hall", "Newton House"])).t(" laundry is broken again\n")
    d.done()


BRANDS = ["Nivea", "Dr. Oetker", "Ben & Jerry's", "Ferrero Rocher", "Kellogg's", "Milka", "Lidl Deluxe", "Dyson V15"]


def screener(lg):
    d = B(lg, "screener")
    k = rng.randrange(4)
    if k == 0:
        d.t("FOCUS GROUP SCREENER – " + rng.choice(["snacks", "vacuum cleaners", "banking app", "ice cream"]) + "\nS1. Respondent name: ").p(form=True)
        d.t("\nS2. Date of birth: ").dob(lo=1955, hi=2005).t("  (QUOTA 25–54)\nS3. Which brands have you bought in the last 3 months? [x] ").s("NEG_PRODUCT", rng.choice(BRANDS))
        d.t(" [ ] ").s("NEG_PRODUCT", rng.choice(BRANDS)).t("\nS4. Do you or anyone in your household work in market research? NO\nContact: ").ph().t(" / ").em(*person(lg)[:2])
        d.t("\nRecruiter: ").p().t("\nSession: ").od().t(" 18:30, ").s("NEG_ORG", rng.choice(["Ipsos", "Kantar", "GfK", "Nielsen"])).t(" viewing room 2\n")
    elif k == 1:
        d.t("panelist_id;name;birthdate;postcode;last_survey\n")
        for _ in range(rng.randint(3, 5)):
            d.t(digits(7) + ";").p(form=True).t(";").dob(rng.choice(["num", "iso"])).t(";" + digits(5) + ";").od("iso").t("\n")
    elif k == 2:
        d.t("Recruiter log " ).od("iso").t("\n09:12 called ").p().t(" – too old for quota\n09:20 ").p().t(" – booked, sends ID copy\n09:31 left voicemail for ").p().t(" on ").ph().t("\n")
    else:
        d.t("Moderator guide (no respondent data)\n1. Warm-up: favourite snack growing up?\n2. Show ").s("NEG_PRODUCT", rng.choice(BRANDS)).t(" concept board.\n3. Probe: would you buy it at ")
        d.s("NEG_ORG", rng.choice(["Sainsbury's", "Lidl", "Aldi Süd", "Marks & Spencer"])).t("?\n")
    d.done()


def demo(lg):
    d = B(lg, "demo")
    k = rng.randrange(4)
    if k == 0:
        d.t("Anmeldung einer Versammlung unter freiem Himmel (§ 14 VersG)\nVeranstalter/Leiter: ").p(lg="de", form=True).t("\ngeb. ").dob(lg="de")
        d.t("\nAnschrift: ").addr(country="de").t("\nTelefon: ").ph("de").t("\nThema: Klimagerechtigkeit jetzt\nRoute: Auftakt ").nstreet().t(", Abschluss ")
        d.s("NEG_PLACE", rng.choice(["Schlossplatz", "Königsplatz", "Marienplatz"])).t("\nOrdner/innen: ")
        for i in range(rng.randint(2, 4)):
            d.t(", " if i else "").p(lg="de")
        d.t("\nDatum: ").od(lg="de").t(", 14–17 Uhr, erwartete Teilnehmende: " + n(80, 900) + "\n")
    elif k == 1:
        d.t("Street party / road closure application\nApplicant: ").p(lg="en").t("\nAddress: ").addr(country="en").t("\nRoad to be closed: ").nstreet()
        d.t(" (between nos. ").s("NEG_ADDR", n(1, 40)).t(" and ").s("NEG_ADDR", n(41, 90)).t(")\nDate: ").od("long", lg="en").t("\nResidents consulted (signatures attached): ")
        for i in range(rng.randint(2, 4)):
            d.t(", " if i else "").p(lg="en")
        d.t("\n")
    elif k == 2:
        d.t({"fr": "Déclaration de manifestation\nOrganisateurs : ", "nl": "Kennisgeving betoging\nOrganisatoren: ", "es": "Comunicación de manifestación\nPromotores: ", "it": "Preavviso di manifestazione (art. 18 TULPS)\nPromotori: "}.get(lg, "Notice of procession\nOrganisers: "))
        d.p().t(" (").dob().t(") et/en/y/e ").p().t(" (").dob().t(")\n" + {"fr": "Domicile : ", "nl": "Adres: ", "es": "Domicilio: ", "it": "Residenza: "}.get(lg, "Address: ")).addr()
        d.t("\nItinéraire / route: ").nstreet().t(" → ").nstreet().t("\n")
    else:
        d.t("reminder for saturday: meet 11:00 at ").nstreet().t(", bring water. stewards are ").p(chat=True).t(" and ").p(chat=True).t(". if police ask, the organiser is ")
        d.p(chat=True).t(" (").ph().t(")\n")
    d.done()


def mediation(lg):
    d = B(lg, "mediation")
    k = rng.randrange(4)
    if k == 0:
        d.t("Case " ).s("NEG_CODE", "MED-" + digits(4) + "/" + n(20, 26)).t("\nParties: ").p().t(" (claimant), ").addr().t("\n         v ").org().t(" (respondent)\nMediator: ")
        d.p().t("\nSession held ").od().t("; settlement: refund of 340 EUR within 14 days. Claimant's representative ").p().t(" agreed.\n")
    elif k == 1:
        d.t({"de": "Schlichtungsantrag\nAntragsteller/in: ", "fr": "Saisine du médiateur de la consommation\nDemandeur : ", "nl": "Klacht bij de Geschillencommissie\nConsument: ", "es": "Solicitud de arbitraje de consumo\nReclamante: "}.get(lg, "Application to the ombudsman\nComplainant: "))
        g, s, o = d.p(form=True)
        d.t("\n" + {"de": "Geburtsdatum: ", "fr": "Date de naissance : ", "nl": "Geboortedatum: ", "es": "Fecha de nacimiento: "}.get(lg, "Date of birth: ")).dob().t("\nAdresse/address: ").addr()
        d.t("\nE-Mail: ").em(g, s).t("\nGegner / business: ").org().t("\nVertrag vom / contract of: ").od().t("\n")
    elif k == 2:
        d.t("Mediation agreement – neighbour dispute (hedge)\nBetween ").p().t(" of ").addr().t(" and ").p().t(" of ").addr()
        d.t(".\nThe parties agree the hedge on the boundary with ").nstreet().t(" will be cut to 1.8 m by ").od("long").t(".\n")
    else:
        d.t("Draft a reply to the mediator please. She wrote: \"Dear ").p().t(", ").p().t(" has accepted the proposal; please confirm by ").od("long")
        d.t(". Kind regards, ").p().t("\"\n")
    d.done()


ITEMS = ["Philips HD7446 coffee maker", "Singer Tradition 2282", "Dyson V8", "Bosch PSR drill", "Miele S8 vacuum", "Braun Series 5 shaver", "Rowenta steam iron", "Tefal toaster"]


def timebank(lg):
    d = B(lg, "timebank")
    k = rng.randrange(4)
    if k == 0:
        d.t("date,giver,receiver,hours,service\n")
        for _ in range(rng.randint(3, 6)):
            d.od("iso").t(",").pq().t(",").pq().t("," + rng.choice(["1", "1.5", "2", "0.5"]) + "," + rng.choice(["gardening", "tax form help", "lift to hospital", "guitar lesson", "ironing"]) + "\n")
    elif k == 1:
        d.t({"de": "Repair-Café Protokoll ", "nl": "Repair Café logboek ", "fr": "Repair Café – fiche de suivi "}.get(lg, "Repair café log ")).od().t("\n")
        for _ in range(rng.randint(2, 4)):
            d.t("- ").s("NEG_PRODUCT", rng.choice(ITEMS)).t(" | ").p().t(" | tel ").ph().t(" | fixer: ").p(style="gs").t(" | " + rng.choice(["fixed", "not fixed", "needs part", "advice"]) + "\n")
    elif k == 2:
        d.t("New member: ").p().t(", born ").dob().t(", lives at ").addr().t(". Offers: cake baking, Spanish conversation. Needs: help with ").s("NEG_PRODUCT", rng.choice(ITEMS)).t(".\nReferred by ").p().t(".\n")
    else:
        d.t("Newsletter: this month " + n(20, 60) + " hours were swapped. Thanks to the ").s("NEG_ORG", rng.choice(["Friedrich-Ebert-Stiftung", "Rockefeller Foundation", "Fondation Abbé Pierre"]))
        d.t(" for the grant. Next meeting ").od("long").t(" at the ").s("NEG_ORG", rng.choice(["Bürgerhaus Anne Frank", "Centre social Louise Michel", "Nelson Mandela Community Centre"])).t(".\n")
    d.done()


def birdring(lg):
    d = B(lg, "birdring")
    k = rng.randrange(4)
    if k == 0:
        d.t("RING RECOVERY REPORT\nRing: ").s("NEG_CODE", rng.choice(["Helgoland ", "Radolfzell ", "London NHM ", "Paris MNHN ", "Stockholm "]) + rng.choice("ABCDEHJ") + digits(6))
        d.t("\nSpecies: ").s("NEG_TERM", rng.choice(["Cetti's warbler", "Bewick's swan", "Montagu's harrier", "Sabine's gull", "Bonelli's eagle"]))
        d.t("\nFound: ").od().t(", dead on road\nFinder: ").p().t("\nFinder's address: ").addr().t("\nRinged by: ").p(style="init").t(" on ").od().t("\n")
    elif k == 1:
        d.t("HERBARIUM " + rng.choice(["B", "P", "L", "K", "W", "PRC"]) + "\nFlora of " + rng.choice(["Crete", "the Tatra", "Lapland", "Asturias"]) + "\n")
        d.t("Leg.: ").p(style=rng.choice(["init", "gs"])).t("   Det.: ").p(style="init").t("\nDate: ").od().t("   No. " + n(100, 9000) + "\n")
        d.s("NEG_TERM", rng.choice(["Saxifraga hostii", "Gentiana clusii", "Campanula zoysii", "Edraianthus wettsteinii"])).t("\n")
    elif k == 2:
        d.t("ringer_id\tringer\tring\tspecies\tdate\tsite\n")
        for _ in range(rng.randint(3, 5)):
            d.t("R" + digits(3) + "\t").p(form=True).t("\t").s("NEG_CODE", rng.choice("ABCDHJ") + digits(6)).t("\t").s("NEG_TERM", rng.choice(EPONYMS[10:16])).t("\t").od("iso").t("\t" + rng.choice(["Falsterbo", "Helgoland", "Col de Bretolet", "Ottenby"]) + "\n")
    else:
        d.t("i found a dead bird with a ring near my house (").addr().t("). ring says ").s("NEG_CODE", "Helgoland " + rng.choice("ABC") + digits(6)).t(". who do i tell? my name is ")
        d.p(chat=True).t(", email ").em(*person(lg)[:2]).t("\n")
    d.done()


SONGS = ["Maria Elena", "Jolene", "Angie", "Roxanne", "Layla", "Michelle", "Suzanne", "Lili Marleen", "Aline", "Ana Júlia", "Marina", "Gloria"]


def splitsheet(lg):
    d = B(lg, "splitsheet")
    k = rng.randrange(4)
    if k == 0:
        d.t("SONG SPLIT SHEET\nTitle: ").s("NEG_PRODUCT", rng.choice(SONGS)).t("\nDate written: ").od().t("\nStudio: ").s("NEG_ORG", rng.choice(["Abbey Road Studios", "Hansa Studios", "Studio Davout", "Atlantis Studio"])).t("\n\n")
        for _ in range(rng.randint(2, 4)):
            g, s, o = person(lg)
            d.t("Writer: ").pn(g, s, o, rng.choice(["gs", "caps"])).t("\n  IPI: ").s("NEG_CODE", digits(11)).t("  Share: " + rng.choice(["25", "33.3", "50", "10"]) + "%\n  DOB: ").dob().t("\n  Address: ").addr().t("\n  Publisher: ")
            d.s("NEG_ORG", rng.choice(["BMG Rights", "Warner Chappell", "Budde Music", "Edition Hugo Boss Songs"])).t("\n")
    elif k == 1:
        d.t("ROYALTY STATEMENT Q" + n(1, 4) + "\nPayee: ").p(form=True).t("\nPayee address: ").addr(multiline=True).t("\n\nwork\tsource\tunits\tamount\n")
        for _ in range(rng.randint(2, 4)):
            d.s("NEG_PRODUCT", rng.choice(SONGS)).t("\t" + rng.choice(["Spotify", "YouTube", "radio DE", "SACEM"]) + "\t" + n(100, 90000) + "\t" + n(1, 900) + "." + digits(2) + "\n")
    elif k == 2:
        d.t("can u check this split? ").p(chat=True).t(" wrote the chorus, ").p(chat=True).t(" the verses, i did the beat. she says 50/30/20 but the song is literally called ")
        d.s("NEG_PRODUCT", rng.choice(SONGS)).t(" after her grandma so maybe she should get more lol\n")
    else:
        d.t('<work iswc="T-' + digits(9) + '-' + digits(1) + '">\n  <title>').s("NEG_PRODUCT", rng.choice(SONGS)).t("</title>\n")
        for _ in range(rng.randint(2, 3)):
            d.t('  <writer role="CA" share="50"><name>').p(form=True).t("</name><birthDate>").dob("iso").t("</birthDate></writer>\n")
        d.t("</work>\n")
    d.done()


FILMS = ["Amélie", "Annie Hall", "Toni Erdmann", "Jeanne Dielman", "Fanny och Alexander", "Julieta", "Rosetta", "Victoria", "Paterson", "Carmen"]


def filmfest(lg):
    d = B(lg, "filmfest")
    k = rng.randrange(4)
    if k == 0:
        d.t("SUBMISSION FORM – SHORT FILM\nTitle: ").s("NEG_PRODUCT", rng.choice(FILMS)).t(" (no relation to the " + rng.choice(["2001", "1977", "2016"]) + " film)\nRunning time: " + n(5, 29) + " min\nDirector: ")
        g, s, o = d.p()
        d.t("\nDirector's date of birth: ").dob(lo=1970, hi=2004).t("\nProducer: ").p().t("\nContact: ").em(g, s).t(" / ").ph().t("\nCast: ")
        for i in range(rng.randint(2, 4)):
            d.t(", " if i else "").p()
        d.t("\nPreviously screened at: ").s("NEG_ORG", rng.choice(["Berlinale", "Clermont-Ferrand", "Sundance", "IDFA"])).t("\n")
    elif k == 1:
        d.t("Young filmmakers category (under 18)\nFilmmaker: ").p(form=True).t("   born ").dob(lo=2008, hi=2012).t("\nParent/guardian: ").p().t("\nSchool: ")
        d.s("NEG_ORG", rng.choice(["Goethe-Gymnasium", "Lycée Victor Hugo", "Liceo Galileo Galilei", "Escola Fernando Pessoa", "Erasmus College"]))
        d.t("\nPostal address: ").addr().t("\n")
    elif k == 2:
        d.t("title;director;director_dob;country;status\n")
        for _ in range(rng.randint(3, 5)):
            d.s("NEG_PRODUCT", rng.choice(FILMS)).t(";").p(form=True).t(";").dob("iso", lo=1960, hi=2003).t(";" + rng.choice(["DE", "FR", "PL", "RO", "TR", "GR", "HU"]) + ";" + rng.choice(["selected", "rejected", "pending"]) + "\n")
    else:
        d.t("Programme note: a tribute to ").s("NEG_FAMOUS", rng.choice(["Pedro Almodóvar", "Federico Fellini", "Ingmar Bergman", "Aki Kaurismäki", "Lars von Trier"]))
        d.t(", with a screening of ").s("NEG_PRODUCT", rng.choice(FILMS)).t(" on ").od("long").t(" at the ").s("NEG_ORG", rng.choice(["Kino Babylon", "Cinéma Jean Renoir", "Cinema Fellini"])).t(".\n")
    d.done()


VENUES = ["Royal Albert Hall", "Paradiso", "Tivoli Vredenburg", "Olympia", "Palau de la Música", "Carl-Zeiss-Arena", "Sala Rudolfinum", "Kulturhuset"]


def touradv(lg):
    d = B(lg, "touradv")
    k = rng.randrange(4)
    if k == 0:
        d.t("ADVANCE SHEET – ").s("NEG_ORG", rng.choice(VENUES)).t(", ").od().t("\nPromoter rep: ").p().t(" ").ph().t("\nProduction: ").p().t(" ").em(*person(lg)[:2])
        d.t("\nLoad-in: 14:00 via ").nstreet().t(" gate\nGuest list (+1 each): ")
        for i in range(rng.randint(2, 4)):
            d.t(", " if i else "").p()
        d.t("\nHotel: ").s("NEG_ORG", rng.choice(["Hilton", "Marriott", "Motel One"])).t("\n")
    elif k == 1:
        d.t("VISA LIST – band and crew\nNAME | ROLE | PASSPORT | DOB | NATIONALITY\n")
        for _ in range(rng.randint(2, 5)):
            g, s, o = person(lg)
            d.pn(g, s, o, rng.choice(["caps", "SG", "S,G caps"])).t(" | " + rng.choice(["vocals", "drums", "FOH", "backline", "TM", "merch", "bass"]) + " | " + rng.choice("CPXK") + digits(8) + " | ").dob(rng.choice(["num", "mon3"])).t(" | " + rng.choice(["GBR", "DEU", "SWE", "NLD", "POL", "ITA"]) + "\n")
    elif k == 2:
        d.t("day sheet: bus call 09:00. ").p(chat=True).t(" has the float. if you lose your laminate ask ").p(chat=True).t(". after show: ").s("NEG_ORG", rng.choice(["McDonald's", "Hilton bar"])).t(" lol. ferry tmrw is the ")
        d.s("NEG_SHIP", rng.choice(["Stena Britannica", "Peter Pan", "Nils Holgersson", "Color Fantasy", "Pride of Rotterdam"])).t(", 07:30 check-in\n")
    else:
        d.t("Hi ").p().t(",\nplease find our rider attached. Our tour manager is ").p().t(" (").ph().t("). Settlement to be paid to ")
        d.p().t(", ").addr().t(".\nCheers,\n").p().t("\n")
    d.done()


HOTELS = ["Hotel Adlon Kempinski", "Hilton Garden Inn", "Hotel Sacher", "Marriott Courtyard", "Hotel Bristol", "Radisson Blu"]


def expense(lg):
    d = B(lg, "expense")
    k = rng.randrange(4)
    if k == 0:
        d.t("EXPENSE CLAIM\nEmployee: ").p(form=True).t("   Cost centre 4410\nApprover: ").p(form=True).t("\n\ndate | item | amount\n")
        for _ in range(rng.randint(2, 4)):
            d.od().t(" | " + rng.choice(["taxi", "train", "dinner w/ client ", "hotel "]))
            if rng.random() < 0.5:
                d.s("NEG_ORG", rng.choice(HOTELS))
            d.t(" | " + n(8, 400) + "." + digits(2) + " EUR\n")
    elif k == 1:
        d.t({"de": "Fahrtenbuch ", "nl": "Kilometerregistratie ", "fr": "Relevé kilométrique ", "sv": "Körjournal "}.get(lg, "Mileage log ")).od().t("\nstart | from | to | km | purpose\n")
        for _ in range(rng.randint(2, 4)):
            d.t("08:" + n(10, 59) + " | ").addr().t(" | ").addr().t(" | " + n(4, 240) + " | Kundenbesuch ").p().t("\n")
    elif k == 2:
        d.t("Reisekostenabrechnung\nName: ").p(form=True, lg="de").t("\nPrivatanschrift: ").addr(country="de").t("\nReise nach ").s("NEG_PLACE", rng.choice(["Wien", "Zürich", "Prag"])).t(" am ").od(lg="de").t(" zu ").org().t("\nGenehmigt: ").p(lg="de", style="init").t("\n")
    else:
        d.t("why was my claim rejected? ").p(chat=True).t(" said receipts from ").s("NEG_ORG", rng.choice(HOTELS)).t(" are fine. ticket ").s("NEG_CODE", "EXP-" + digits(6)).t("\n")
    d.done()


def a1cert(lg):
    d = B(lg, "a1cert")
    k = rng.randrange(4)
    if k == 0:
        d.t("PORTABLE DOCUMENT A1\n1. Personal details\n1.1 Personal identification number: " + digits(11) + "\n1.2 Sex: " + rng.choice("MF") + "\n1.3 Surname(s): ")
        g, s, o = person(lg)
        d.s("PERSON", s.upper()).t("\n1.4 Forename(s): ").s("PERSON", g).t("\n1.5 Surname(s) at birth: ").s("PERSON", s.upper() if rng.random() < 0.6 else invent_word(lg if lg in SYL else "en", True).upper())
        d.t("\n1.6 Date of birth: ").dob().t("\n1.8 Address in State of residence: ").addr().t("\n3. Employer\n3.1 Name: ").org()
        d.t("\n5. Institution completing the form: ").s("NEG_ORG", rng.choice(["ZUS", "DRV Bund", "URSSAF", "SVB", "Försäkringskassan", "CNAS"])).t("\n")
    elif k == 1:
        d.t("Meldung nach § 18 AEntG – Zentrale Koordinierungsstelle\nArbeitnehmer/in: ").p(form=True).t("  geb. ").dob(lg="de").t("\nEinsatzort: ").addr(country="de")
        d.t("\nVerantwortliche Person in Deutschland: ").p(lg="de").t(", Tel. ").ph("de").t("\nZeitraum: ").od(lg="de").t(" – ").od(lg="de").t("\n")
    elif k == 2:
        d.t("Déclaration SIPSI – salariés détachés\nnom;prénom;date_naissance;nationalité;début\n")
        for _ in range(rng.randint(2, 4)):
            g, s, o = person(rng.choice(["pl", "ro", "pt", "tr", "cs"]))
            d.s("PERSON", s.upper()).t(";").s("PERSON", g).t(";").dob(lg="fr").t(";" + rng.choice(["PL", "RO", "PT", "TR", "CZ"]) + ";").od(lg="fr").t("\n")
    else:
        d.t("We are sending ").p().t(" and ").p().t(" to the site in ").s("NEG_PLACE", rng.choice(["Lyon", "Antwerpen", "Graz", "Malmö"])).t(" from ").od("long")
        d.t(". Do they need an A1 each? Our company is ").org().t(".\n")
    d.done()


def domestic(lg):
    d = B(lg, "domestic")
    k = rng.randrange(4)
    if k == 0:
        d.t("Haushaltsscheck – Minijob-Zentrale\nArbeitgeber/in (Privathaushalt): ").p(lg="de", form=True).t("\nAnschrift: ").addr(country="de")
        d.t("\nBetriebsnummer Haushalt: " + digits(8) + "\nArbeitnehmer/in: ").p(lg="de", form=True).t("\nGeburtsdatum: ").dob(lg="de")
        d.t("\nTätigkeit: Reinigung, Gartenarbeit\nBeginn: ").od(lg="de").t("\n")
    elif k == 1:
        d.t("Déclaration CESU – volet social\nEmployeur : ").p(lg="fr", form=True).t(", ").addr(country="fr").t("\nSalarié(e) : ").p(lg="fr", form=True).t(", née le ").dob(lg="fr")
        d.t("\nPériode : ").od("num", lg="fr").t("  Heures : " + n(4, 60) + "\n")
    elif k == 2:
        d.t("Dienstencheques – prestatieoverzicht\nGebruiker: ").p(lg="nl").t(", ").addr(country="be").t("\nHuishoudhulp: ").p(lg="nl").t(" (").dob(lg="nl").t(")\nOnderneming: ")
        d.s("NEG_ORG", rng.choice(["Trixxo Huishoudhulp", "Daoust", "Tempo-Team"])).t("\n")
    else:
        d.t("Nanny tax question: we pay ").p(chat=True).t(" (dob ").dob().t(") to clean twice a week at our place on ").nstreet().t(". do we need to register as employers? my husband ").p(chat=True).t(" thinks not.\n")
    d.done()


def meals(lg):
    d = B(lg, "meals")
    k = rng.randrange(4)
    if k == 0:
        d.t({"de": "Essen auf Rädern – Tour ", "nl": "Tafeltje-dek-je – route ", "fr": "Portage de repas – tournée ", "sv": "Matdistribution – tur "}.get(lg, "Meals on wheels – route ") + n(1, 9) + ", ").od().t("\nDriver: ").p().t("\n")
        for i in range(rng.randint(3, 5)):
            d.t(str(i + 1) + ". ").p(form=True).t(" – ").addr().t(" – " + rng.choice(["diabetic", "soft food", "no pork", "vegetarian", "normal"]) + " – key safe ").s("NEG_CODE", digits(4)).t("\n")
    elif k == 1:
        d.t("Hospice volunteer visit log\ndate\tvolunteer\tguest\tnotes\n")
        for _ in range(rng.randint(3, 5)):
            d.od("iso").t("\t").p(form=True).t("\t").p(form=True).t("\t" + rng.choice(["read aloud", "walk in garden", "tired today", "family present", "played cards"]) + "\n")
    elif k == 2:
        d.t("New client referral\nName: ").p().t("\nBorn: ").dob(lo=1925, hi=1950).t("\nAddress: ").addr(multiline=True).t("\nPhone: ").ph().t("\nDaughter: ").p().t(" ").ph().t("\n")
    else:
        d.t("Mrs ").p().t(" at ").addr().t(" didn't answer the door today, called her son ").p().t(" – she was at the ").s("NEG_ORG", rng.choice(["St Mary's Hospital", "Hôpital Necker", "Klinikum Rudolf Virchow"])).t(". Please skip her tomorrow.\n")
    d.done()


def training(lg):
    d = B(lg, "training")
    k = rng.randrange(4)
    if k == 0:
        d.t({"de": "Teilnehmerliste Erste-Hilfe-Kurs ", "fr": "Liste d'émargement PSC1 ", "nl": "Presentielijst EHBO-cursus ", "it": "Registro corso primo soccorso "}.get(lg, "First-aid course register ")).od().t("\nInstructor: ").p().t("\n\nName | Date of birth | Signature\n")
        for _ in range(rng.randint(2, 5)):
            d.p(form=True).t(" | ").dob().t(" | ____\n")
        d.t("Topics: ").s("NEG_TERM", rng.choice(["Heimlich manoeuvre", "Rautek grip"])).t(", recovery position, AED\n")
    elif k == 1:
        d.t("CERTIFICATE OF COMPETENCE – FORKLIFT (COUNTERBALANCE)\nThis is to certify that ").p().t(", born ").dob().t(", completed the course on ").od("long").t(".\nCertificate no. ").s("NEG_CODE", "FLT-" + digits(6))
        d.t("\nAssessor: ").p().t("\nTraining provider: ").s("NEG_ORG", rng.choice(["Linde Material Handling", "Jungheinrich Academy", "Still GmbH"])).t("\n")
    elif k == 2:
        d.t("[lms ").s("NEG_VERSION", "v" + n(2, 9) + "." + n(0, 20) + "." + n(0, 9)).t("] ").od("iso").t(" enrolment: user=").p(form=True).t(' course="Fire warden" dob=').dob("iso").t(" manager=").p(form=True).t("\n")
    else:
        d.t("Course notes (no participant data): practise the ").s("NEG_TERM", rng.choice(["Heimlich manoeuvre", "Rautek grip"])).t(" on the mannequin; AED model ").s("NEG_PRODUCT", rng.choice(["Philips HeartStart", "ZOLL AED Plus"])).t(".\n")
    d.done()


GOTRA = ["Kashyap", "Bharadwaj", "Vashisht", "Atri"]


def biodata(lg):
    d = B(lg, "biodata")
    k = rng.randrange(3)
    o = rng.choice(["sa", "sa", "sa", "ar", "af"])
    if k == 0:
        d.t("BIODATA FOR MARRIAGE\nName: ").p(origin=o).t("\nDate of Birth: ").dob(rng.choice(["long", "num", "mon3"]), lo=1988, hi=2001, lg="en").t("\nTime of Birth: " + n(1, 12) + ":" + digits(1) + "5 " + rng.choice(["AM", "PM"]) + "\nPlace of Birth: ")
        d.s("NEG_PLACE", rng.choice(["Jaipur", "Pune", "Lahore", "Dhaka", "Kochi", "Leicester"])).t("\nHeight: 5'" + n(1, 11) + "\"\nEducation: MSc, ").s("NEG_ORG", rng.choice(["Jawaharlal Nehru University", "Lady Shri Ram College", "Birla Institute of Technology"]))
        d.t("\nFather's Name: ").p(origin=o).t("\nMother's Name: ").p(origin=o).t("\nAddress: ").addr(country=rng.choice(["en", "us", "en"])).t("\nContact: ").ph("en").t("\n")
        if rng.random() < 0.5:
            d.t("Gotra: " + rng.choice(GOTRA) + "\n")
    elif k == 1:
        d.t("please make this biodata sound nicer: i am ").p(chat=True, origin=o).t(", born ").dob("long", lo=1990, hi=2000, lg="en").t(", working at ").org(rng.choice(["Infosys", "Tata Consultancy Services", "Deloitte", "Ernst & Young"]))
        d.t(". my father ").p(chat=True, origin=o).t(" is retired. looking for a match in ").s("NEG_PLACE", rng.choice(["London", "Toronto", "Dubai", "Frankfurt"])).t("\n")
    else:
        d.t('{"profile_id": "M' + digits(6) + '", "name": "').p(origin=o).t('", "dob": "').dob("iso", lo=1988, hi=2001).t('", "father": "').p(origin=o).t('", "city": "')
        d.s("NEG_PLACE", rng.choice(["Mumbai", "Hyderabad", "Karachi", "Birmingham"])).t('", "phone": "').ph("en").t('"}\n')
    d.done()


HOSTS = ["Günther Jauch", "Jean-Pierre Foucault", "Gerry Scotti", "Jeremy Clarkson", "Linda de Mol", "Carlos Sobera"]
SHOWS = ["Wer wird Millionär?", "Qui veut gagner des millions ?", "Chi vuol essere milionario?", "The Chase", "Pointless", "Wie is de Mol?"]


def contestant(lg):
    d = B(lg, "contestant")
    k = rng.randrange(4)
    if k == 0:
        d.t("CONTESTANT APPLICATION – ").s("NEG_PRODUCT", rng.choice(SHOWS)).t("\nFull name: ").p(form=True).t("\nDate of birth: ").dob(lo=1950, hi=2005).t("\nHome address: ").addr()
        d.t("\nMobile: ").ph().t("\nEmail: ").em(*person(lg)[:2]).t("\nFavourite subject: ").s("NEG_FAMOUS", rng.choice(FAMOUS)).t("\nWould you bring a friend? Yes – ").p().t("\n")
    elif k == 1:
        d.t("Casting note: ").p().t(" (").dob(lo=1955, hi=2000).t(") very lively on the phone, big fan of ").s("NEG_FAMOUS", rng.choice(HOSTS)).t(". Lives at ").addr().t(". Call back ").ph().t(".\n")
    elif k == 2:
        d.t("applicant,dob,city,score_test,callback\n")
        for _ in range(rng.randint(3, 5)):
            d.pq().t(",").dob("num").t("," + rng.choice(["Köln", "Lyon", "Milano", "Leeds", "Utrecht", "Sevilla"]) + "," + n(8, 20) + "/20," + rng.choice(["yes", "no"]) + "\n")
    else:
        d.t("write me a funny intro for a quiz show application. i'm ").p(chat=True).t(", 34, from ").s("NEG_PLACE", rng.choice(["Bochum", "Lille", "Bari", "Gent"])).t(", i once met ")
        d.s("NEG_FAMOUS", rng.choice(HOSTS)).t(" at a petrol station\n")
    d.done()


def guardlic(lg):
    d = B(lg, "guardlic")
    k = rng.randrange(4)
    if k == 0:
        d.t("SIA licence check\nLicence number: ").s("NEG_CODE", " ".join(digits(4) for _ in range(4))).t("\nName: ").p(form=True, lg="en", style="caps").t("\nRole: Door Supervision\nExpiry: ").od(lg="en")
        d.t("\nStatus: Active\nDate of birth (for employer check): ").dob(lg="en").t("\n")
    elif k == 1:
        d.t("Bewacherregister – Auszug\nName, Vorname: ").p(form=True, lg="de", style="S,G").t("\nGeburtsdatum: ").dob(lg="de").t("\nWohnanschrift: ").addr(country="de")
        d.t("\nBewacher-ID: ").s("NEG_CODE", digits(9)).t("\nSachbearbeitung: ").p(lg="de").t("\nArbeitgeber: ").org(rng.choice(["Securitas", "Kötter Security", "Siemens"])).t("\n")
    elif k == 2:
        d.t("Carte professionnelle CNAPS\nTitulaire : ").p(form=True, lg="fr", style="S,G caps").t("\nNé(e) le : ").dob(lg="fr").t("\nNuméro : ").s("NEG_CODE", "CAR-0" + digits(2) + "-20" + n(20, 26) + "-" + digits(2) + "-" + digits(2) + "-" + digits(11)).t("\n")
    else:
        d.t("door log " ).od("iso").t("\n22:40 refused entry, ID checked by ").p(chat=True).t("\n23:15 ").p(chat=True).t(" took over front door\n00:05 ambulance for guest, handed over to paramedics\n")
    d.done()


def churchexit(lg):
    d = B(lg, "churchexit")
    k = rng.randrange(4)
    if k == 0:
        d.t("Niederschrift über die Erklärung des Kirchenaustritts\nVor dem Standesamt erschien: ").p(lg="de").t("\ngeb. am ").dob(lg="de").t(" in ").s("NEG_PLACE", rng.choice(["Regensburg", "Fulda", "Paderborn"]))
        d.t("\nGeburtsname: ").s("PERSON", invent_word("de", True) if rng.random() < 0.5 else rng.choice(REAL["de"][1])).t("\nwohnhaft: ").addr(country=rng.choice(["de", "de", "at"]))
        d.t("\nReligionsgemeinschaft: römisch-katholisch, Pfarrei ").s("NEG_ORG", rng.choice(["St. Josef", "St. Martin", "Maria Himmelfahrt", "St. Elisabeth"])).t("\nDatum: ").od(lg="de").t("\nStandesbeamtin/Standesbeamter: ").p(lg="de").t("\n")
    elif k == 1:
        d.t({"sv": "Utträde ur Svenska kyrkan\nNamn: ", "da": "Udmeldelse af folkekirken\nNavn: ", "no": "Utmelding av Den norske kirke\nNavn: ", "fi": "Eroilmoitus uskonnollisesta yhdyskunnasta\nNimi: "}.get(lg, "Uitschrijving uit de kerk\nNaam: "))
        d.p(form=True).t({"sv": "\nPersonnummer: ", "da": "\nCPR-nr.: ", "no": "\nFødselsnummer: ", "fi": "\nHenkilötunnus: "}.get(lg, "\nBSN: ")).s("NEG_CODE", digits(6) + "-" + digits(4))
        d.t({"sv": "\nFödd: ", "da": "\nFødt: ", "no": "\nFødt: ", "fi": "\nSyntynyt: "}.get(lg, "\nGeboren: ")).dob().t({"sv": "\nAdress: ", "da": "\nAdresse: ", "no": "\nAdresse: ", "fi": "\nOsoite: "}.get(lg, "\nAdres: ")).addr()
        d.t("\n" + {"sv": "Församling: ", "da": "Sogn: ", "no": "Menighet: ", "fi": "Seurakunta: "}.get(lg, "Parochie: ")).s("NEG_ORG", rng.choice(["Sankt Johannes", "Sankt Petri", "Sint-Jozef", "Mikael Agricolan seurakunta"])).t("\n")
        d.t({"sv": "Handläggare: ", "da": "Sagsbehandler: ", "no": "Saksbehandler: ", "fi": "Käsittelijä: "}.get(lg, "Behandeld door: ")).p().t("\n")
    elif k == 2:
        d.t("Hallo, ich möchte aus der Kirche austreten. Ich bin ").p(chat=True, lg="de").t(", geboren ").dob("long", lg="de").t(", getauft in ").s("NEG_ORG", rng.choice(["St. Josef", "St. Martin"])).t(". Welche Unterlagen brauche ich? Meine Adresse: ").addr(country="de").t("\n")
    else:
        d.t("parish newsletter: the ").s("NEG_ORG", rng.choice(["St. Josef", "Sint-Jozef", "Sankt Petri"])).t(" choir sings ").s("NEG_FAMOUS", rng.choice(["Mozart", "Johann Sebastian Bach", "Antonín Dvořák"])).t(" on ").od("long").t(". Coffee afterwards in the hall on ").nstreet().t(".\n")
    d.done()


PV = ["SMA Sunny Boy 5.0", "Tesla Powerwall 2", "Fronius Symo", "BYD Battery-Box", "Viessmann Vitocal 250-A", "Daikin Altherma 3", "Wallbox Pulsar Plus", "Huawei SUN2000"]


def solar(lg):
    d = B(lg, "solar")
    k = rng.randrange(4)
    if k == 0:
        d.t({"de": "Anmeldung zum Netzanschluss (Erzeugungsanlage)\nAnlagenbetreiber: ", "nl": "Aanmelding zonnepanelen\nAanvrager: ", "fr": "Demande de raccordement photovoltaïque\nDemandeur : ", "it": "Domanda di connessione impianto FV\nRichiedente: "}.get(lg, "Grid connection application (microgeneration)\nApplicant: "))
        d.p(form=True).t("\n" + {"de": "Geburtsdatum: ", "nl": "Geboortedatum: ", "fr": "Date de naissance : ", "it": "Data di nascita: "}.get(lg, "Date of birth: ")).dob()
        d.t("\n" + {"de": "Anlagenanschrift: ", "nl": "Installatieadres: ", "fr": "Adresse du site : ", "it": "Indirizzo impianto: "}.get(lg, "Installation address: ")).addr()
        d.t("\nInverter: ").s("NEG_PRODUCT", rng.choice(PV)).t("  Peak power: " + n(3, 15) + "." + digits(1) + " kWp\nMeter no.: ").s("NEG_CODE", "1ESY" + digits(10)).t("\nInstaller: ").org(rng.choice(["Elektro Müller GmbH", "Solar Fischer KG", "Siemens"])).t("\n")
    elif k == 1:
        d.t("BAFA/KfW Förderantrag Wärmepumpe\nAntragsteller: ").p(lg="de", form=True).t(", ").addr(country="de").t("\nGerät: ").s("NEG_PRODUCT", rng.choice(PV[4:6])).t("\nFachunternehmer: ").p(lg="de").t(", ").org(rng.choice(["Viessmann", "Bosch Thermotechnik"])).t("\n")
    elif k == 2:
        d.t("our installer ").p(chat=True).t(" put the ").s("NEG_PRODUCT", rng.choice(PV)).t(" on the wrong wall lol. anyway can you write to the grid operator that the address is ")
        d.addr().t(" and the contract holder is my wife ").p(chat=True).t(", not me\n")
    else:
        d.t('{"application_id": "' + digits(8) + '", "applicant": {"name": "').p().t('", "birth_date": "').dob("iso").t('", "email": "')
        g, s, o = person(lg)
        d.em(g, s).t('"}, "site": {"address": "').addr().t('"}, "device": "').s("NEG_PRODUCT", rng.choice(PV)).t('"}\n')
    d.done()


def whereabouts(lg):
    d = B(lg, "whereabouts")
    k = rng.randrange(4)
    if k == 0:
        d.t("WHEREABOUTS FILING – Q" + n(1, 4) + "\nAthlete: ").p(form=True).t("\nDOB: ").dob(lo=1990, hi=2007).t("\nSport: " + rng.choice(["athletics", "cycling", "rowing", "biathlon", "swimming"]) + "\n")
        d.t("Overnight address: ").addr().t("\n60-min slot: 06:00–07:00 at overnight address\nTraining: ").s("NEG_ORG", rng.choice(["Olympiastützpunkt Rhein-Ruhr", "INSEP", "Centro de Alto Rendimiento Sant Cugat", "Bosön"])).t("\nCoach: ").p().t("\n")
    elif k == 1:
        d.t("date,slot,location,address\n")
        for _ in range(rng.randint(2, 4)):
            d.od("iso").t(",06:00-07:00,home,\"").addr().t("\"\n")
        d.t("# athlete: ").p().t(" (").dob("iso", lo=1992, hi=2006).t(")\n# entered by: ").p(style="lower").t("\n")
    elif k == 2:
        d.t("Doping control form\nAthlete: ").p(form=True).t("   Date of birth: ").dob(lo=1990, hi=2006).t("\nDCO: ").p(style="caps").t("\nMedication declared: ").s("NEG_DRUG", rng.choice(DRUGS)).t(", ").s("NEG_DRUG", rng.choice(DRUGS)).t("\nChaperone: ").p().t("\n")
    else:
        d.t("missed test?? the DCO came to ").addr().t(" at 6:15 but I was at my parents'. my coach ").p(chat=True).t(" says I can appeal. help me write to ").s("NEG_ORG", rng.choice(["NADA", "UKAD", "AFLD", "WADA"])).t("\n")
    d.done()


# Forms in the languages the kinds above write little in: the labels of each language, and a
# title per kind.
LBL = {
    "en": ("Name", "Date of birth", "Address", "Phone", "E-mail", "Date", "Emergency contact", "Signature"),
    "de": ("Name", "Geburtsdatum", "Anschrift", "Telefon", "E-Mail", "Datum", "Notfallkontakt", "Unterschrift"),
    "fr": ("Nom et prénom", "Date de naissance", "Adresse", "Téléphone", "Courriel", "Date", "Personne à prévenir", "Signature"),
    "nl": ("Naam", "Geboortedatum", "Adres", "Telefoon", "E-mail", "Datum", "Contactpersoon", "Handtekening"),
    "es": ("Nombre y apellidos", "Fecha de nacimiento", "Domicilio", "Teléfono", "Correo electrónico", "Fecha", "Contacto de emergencia", "Firma"),
    "it": ("Cognome e nome", "Data di nascita", "Indirizzo", "Telefono", "E-mail", "Data", "Persona di contatto", "Firma"),
    "pt": ("Nome completo", "Data de nascimento", "Morada", "Telefone", "E-mail", "Data", "Contacto de emergência", "Assinatura"),
    "pl": ("Imię i nazwisko", "Data urodzenia", "Adres zamieszkania", "Telefon", "E-mail", "Data", "Osoba do kontaktu", "Podpis"),
    "sv": ("Namn", "Födelsedatum", "Adress", "Telefon", "E-post", "Datum", "Kontaktperson", "Underskrift"),
    "da": ("Navn", "Fødselsdato", "Adresse", "Telefon", "E-mail", "Dato", "Kontaktperson", "Underskrift"),
    "no": ("Navn", "Fødselsdato", "Adresse", "Telefon", "E-post", "Dato", "Kontaktperson", "Signatur"),
    "fi": ("Nimi", "Syntymäaika", "Osoite", "Puhelin", "Sähköposti", "Päivämäärä", "Yhteyshenkilö", "Allekirjoitus"),
    "cs": ("Jméno a příjmení", "Datum narození", "Adresa", "Telefon", "E-mail", "Datum", "Kontaktní osoba", "Podpis"),
    "hu": ("Név", "Születési dátum", "Lakcím", "Telefonszám", "E-mail", "Dátum", "Értesítendő személy", "Aláírás"),
    "tr": ("Adı Soyadı", "Doğum tarihi", "Adres", "Telefon", "E-posta", "Tarih", "Acil durumda aranacak kişi", "İmza"),
    "ro": ("Nume și prenume", "Data nașterii", "Adresa", "Telefon", "E-mail", "Data", "Persoană de contact", "Semnătura"),
    "el": ("Onomateponymo", "Imerominia gennisis", "Diefthinsi", "Tilefono", "Email", "Imerominia", "Atomo epikoinonias", "Ypografi"),
}
_T = ["pl", "sv", "da", "no", "fi", "cs", "hu", "tr", "ro", "el"]
GTITLE = {
    "optician": ["Zamówienie okularów", "Glasögonbeställning", "Brillebestilling", "Brillebestilling", "Silmälasitilaus",
                 "Objednávka brýlí", "Szemüveg-megrendelés", "Gözlük siparişi", "Comandă ochelari", "Paraggelia gyalion"],
    "pilgrim": ["Zgłoszenie na pielgrzymkę", "Anmälan till pilgrimsvandring", "Tilmelding til pilgrimsvandring",
                "Påmelding til pilegrimsvandring", "Pyhiinvaellukselle ilmoittautuminen", "Přihláška na pouť",
                "Jelentkezés zarándoklatra", "Umre kayıt formu", "Înscriere pelerinaj", "Dilosi symmetochis se proskynima"],
    "dorm": ["Przydział miejsca w akademiku", "Tilldelning av studentbostad", "Tildeling af kollegieværelse",
             "Tildeling av studenthybel", "Opiskelija-asunnon tarjous", "Přidělení pokoje na koleji", "Kollégiumi szobabeosztás",
             "Yurt oda tahsisi", "Repartizare cămin", "Katanomi domatiou estias"],
    "training": ["Lista uczestników kursu pierwszej pomocy", "Deltagarlista HLR-kurs", "Deltagerliste førstehjælpskursus",
                 "Deltakerliste førstehjelpskurs", "Ensiapukurssin osallistujat", "Prezenční listina – kurz první pomoci",
                 "Elsősegély-tanfolyam jelenléti ív", "İlk yardım kursu katılımcı listesi", "Listă participanți curs de prim ajutor",
                 "Katalogos symmetechonton – protes voitheies"],
    "apprentice": ["Umowa o praktykę zawodową", "Lärlingsavtal", "Uddannelsesaftale", "Lærekontrakt", "Oppisopimus",
                   "Smlouva o odborné praxi", "Tanulószerződés", "Çıraklık sözleşmesi", "Contract de ucenicie", "Symvasi mathiteias"],
    "contestant": ["Zgłoszenie do teleturnieju", "Ansökan till frågesport i tv", "Ansøgning til quizprogram",
                   "Søknad til spørreprogram", "Visailuohjelman hakulomake", "Přihláška do televizní soutěže",
                   "Jelentkezés kvízműsorba", "Yarışma programı başvurusu", "Înscriere la concursul TV",
                   "Aitisi symmetochis se paichnidi gnoseon"],
    "solar": ["Wniosek o przyłączenie mikroinstalacji", "Föranmälan mikroproduktion", "Tilmelding af solcelleanlæg",
              "Søknad om plusskundeavtale", "Mikrotuotannon liittymishakemus", "Žádost o připojení mikrozdroje",
              "Háztartási méretű kiserőmű bejelentése", "Çatı GES bağlantı başvurusu", "Cerere racordare prosumator",
              "Aitisi syndesis fotovoltaikou"],
    "mobility": ["Wypożyczenie sprzętu rehabilitacyjnego", "Lån av hjälpmedel", "Udlån af hjælpemiddel", "Utlån av hjelpemiddel",
                 "Apuvälineen lainaus", "Výpůjčka kompenzační pomůcky", "Segédeszköz-kölcsönzés", "Tıbbi cihaz ödünç formu",
                 "Împrumut dispozitiv medical", "Daneismos voithimatos kinitikotitas"],
    "guardlic": ["Wpis na listę kwalifikowanych pracowników ochrony", "Förordnande som väktare", "Godkendelse som vagt",
                 "Godkjenning som vekter", "Vartijakortti", "Osvědčení strážného", "Vagyonőr igazolvány",
                 "Özel güvenlik kimlik kartı", "Atestat agent de pază", "Adeia ergasias fylakas"],
    "erasmus": ["Porozumienie o programie zajęć (Erasmus+)", "Studieplan för utbyte", "Læringsaftale – udveksling",
                "Læringsavtale – utveksling", "Opintosuunnitelma – vaihto", "Studijní smlouva Erasmus+", "Tanulmányi szerződés",
                "Öğrenim anlaşması", "Contract de studii Erasmus+", "Symfonia mathisis Erasmus+"],
}
GTITLE = {k: dict(zip(_T, v)) for k, v in GTITLE.items()}


def gform(kind, lg):
    """A form of the kind in the language: its labels, a title, one to three people."""
    d = B(lg, kind)
    L = LBL[lg]
    shape = rng.randrange(4)
    caps = shape == 1
    lab = (lambda x: x.upper()) if caps else (lambda x: x)
    d.t((GTITLE[kind][lg].upper() if caps else GTITLE[kind][lg]) + "\n" + ("=" * 20 + "\n" if shape == 0 else ""))
    if shape == 2:
        # two columns of a PDF read across
        g, s, o = person(lg)
        d.t(lab(L[0]) + ": ").pn(g, s, o, name_style(lg, o, form=True)).t("        " + lab(L[5]) + ": ").od().t("\n")
        d.t(lab(L[1]) + ": ").dob().t("          Nr " + digits(6) + "\n")
        d.t(lab(L[2]) + ": ").addr().t("\n" + lab(L[3]) + ": ").ph().t("     " + lab(L[4]) + ": ").em(g, s).t("\n")
        d.t(lab(L[6]) + ": ").p().t("\n" + lab(L[7]) + ": ").p(style="gs").t("\n")
    elif shape == 3:
        d.t("| " + L[0] + " | " + L[1] + " | " + L[2] + " |\n|---|---|---|\n")
        for _ in range(rng.randint(2, 3)):
            d.t("| ").p(form=True).t(" | ").dob().t(" | ").addr().t(" |\n")
    else:
        d.t(lab(L[0]) + ": ").p(form=True).t("\n" + lab(L[1]) + ": ").dob().t("\n" + lab(L[2]) + ": ").addr(multiline=rng.random() < 0.2)
        d.t("\n" + lab(L[6]) + ": ").p(form=True).t(", ").ph().t("\n" + lab(L[5]) + ": ").od().t("   " + lab(L[7]) + ": ")
        if rng.random() < 0.5:
            d.t("____\n")
        else:
            d.p(style="gs").t("\n")
    d.done()


KINDS = [exitint, optician, mobility, pilgrim, ngoaid, microloan, erasmus, apprentice, physio, prenup, advdir, housesit,
         dorm, screener, demo, mediation, timebank, birdring, splitsheet, filmfest, touradv, expense, a1cert, domestic,
         meals, training, biodata, contestant, guardlic, churchexit, solar, whereabouts]
LANGS = ["en", "de", "fr", "nl", "es", "it", "pt", "pl", "sv", "da", "no", "fi", "cs", "hu", "tr", "ro", "el"]
for i in range(23 * len(KINDS)):
    kind, lg = KINDS[i % len(KINDS)], LANGS[(i // len(KINDS) * 5 + i) % len(LANGS)]
    if kind.__name__ in GTITLE and lg in GTITLE[kind.__name__] and rng.random() < 0.6:
        gform(kind.__name__, lg)
    else:
        kind(lg)

json.dump(records, sys.stdout, ensure_ascii=False, indent=1)
sys.stdout.write("\n")
