#!/usr/bin/env python3
"""gen_names_holdout16.py: the sixteenth BLIND held-out set for the NAMES pack (PERSON,
STREET_ADDRESS, DATE_OF_BIRTH), written in stop 43 (branch holdout16).

How it was written: its author read no detector code (nothing under anonymize/), no test, no note,
not NAMES.md or SHAPES.md, no generator but gen_common.py and gen_forms42.py (read only for the
record format and the label names), no other blind set's generator or data, and ran no hush
binary on this corpus (hush was not built). The README corpus table and the run.sh titles were
read only to stay away from every earlier set's kinds of text. It stands alone (imports nothing
from gen_common.py), like the other blind generators.

Kinds of text (metadata.class), none of them in an earlier set's list:
- `ae_report`: pharmacovigilance adverse-event reports (CIOMS I, MedWatch 3500A, E2B XML) and
  clinical-trial case report form pages;
- `constat`: European accident statements (constat amiable, Europäischer Unfallbericht,
  constatazione amichevole, declaración amistosa, aanrijdingsformulier, declaração amigável) and
  the mails that go with them;
- `tow`: tow and impound release forms (Abschleppprotokoll, fourrière, vehicle release);
- `foster`: foster-care placement and kinship-care files;
- `scholarship`: scholarship and bursary applications, award lists;
- `trademark`: trademark register extracts (INID codes, TSDR, DPMA) with natural-person owners;
- `sepa`: SEPA XML (pain.001 with the debtor's birth date, pain.008 mandates, camt.053 entries);
- `energy`: energy-supplier switch and meter-reading forms (MaLo, MPAN, EAN, PDL, CUPS, POD, CPE);
- `press`: press accreditation lists and confirmations;
- `tmx`: translation memories and XLIFF files (segments and their translations, reviewer notes);
- `nightaudit`: hotel night-audit and housekeeping reports (PDF-to-text columns);
- `access`: building access-control logs and badge enrolment forms;
- `citizenship`: naturalisation decrees and citizenship ceremony lists;
- `donor`: organ and stem-cell donor registrations, transplant waiting-list exports;
- `firearms`: firearms and hunting licence registers;
- `site`: construction-site induction registers and site diaries;
- `workacc`: statutory workplace-accident notifications (Unfallanzeige, Cerfa, RIDDOR, INAIL,
  Delt@, protokół powypadkowy);
- `bgcheck`: pre-employment background-check reports with address histories;
- `housing`: social-housing applications with household members;
- `foodbank`: food-bank and night-shelter intake logs;
- `release`: photo and model release forms;
- `whistle`: whistleblowing hotline case files;
- `drugtest`: drug and alcohol test chain-of-custody forms;
- `muster`: fire-drill muster rolls, warden reports and drill chats;
- `consular`: consular registrations of citizens abroad (Registre des Français de l'étranger,
  Elefand, STEP, AIRE, matrícula consular);
- `implant`: implant cards and implant registries;
- `maternity`: maternity records (Mutterpass, antenatal booking, zwangerschapskaart);
- `benefit`: family and unemployment benefit claims (Kindergeld, CAF, kinderbijslag, assegno
  unico, 800 plus, přídavek na dítě, Child Benefit).
Formats: forms, PDF-to-text with broken columns, fixed-width reports, tables, CSV, JSON, XML,
logs, e-mail, chat, prose.

Languages: en (GB, US, IE, AU), de (DE, AT, CH), fr (FR, BE), nl (NL, BE), es, it, pt (PT, BR),
pl, sv, da, no, fi, cs, hu, tr, ro, el (Latin transliteration); names of global origin (Arabic,
Chinese, Indian, Nigerian, Vietnamese, Korean, Persian, Japanese, Kenyan) inside them. Half the
names are invented from this generator's own syllables and checked against every real name it
lists and a list of common names (REAL_CHECK); the rest are real. Capitals in forms, lower case in
chats, `SURNAME, Given`, `SURNAME Given`, Hungarian and East Asian surname-first order, particles,
hyphens, diacritics, U+00A0 and U+202F inside names and U+2019 apostrophes where exports have
them.

Labels: PERSON is the whole name as written (a title or role word outside it; a surname and a
given name in separate fields are two spans); STREET_ADDRESS is the street with its number and
unit and, when they follow on the same block, postcode and town (a country after them is left
out; in XML whose street has its own element only that element); DATE_OF_BIRTH is the date.
E-mail addresses, phone numbers and IBANs that appear are labelled EMAIL_ADDRESS, PHONE_NUMBER,
IBAN_CODE. Look-alikes are NEG_ spans with positions: NEG_ORG (firms, charities, foundations,
universities, hotels, media named after people), NEG_STREET (streets and squares named after
people with no number), NEG_PLACE, NEG_PRODUCT (drugs, implants, guns, cars, cameras, trademarks),
NEG_TERM (eponymous syndromes and laws), NEG_FAMOUS, NEG_PET, NEG_SHIP, NEG_DATE (onset, filing,
placement, ceremony, switch, arrival and other dates), NEG_CODE (trial, case, badge, meter,
specimen and reference numbers), NEG_ADDR (rooms, bays, beds, gates and assembly points with a
number), NEG_AGE. Patient initials are written `PRIVACY` as pharmacovigilance does; personal
numbers (national ids) are not written.

Size: 700 records, 25 per kind, none PII-free (every kind is a record about people); 2,510
PERSON, 642 STREET_ADDRESS, 795 DATE_OF_BIRTH, 102 PHONE_NUMBER, 59 EMAIL_ADDRESS, 23 IBAN_CODE gold
spans, 1,580 NEG_ spans. DATE_OF_BIRTH is above the brief's ~450 because the forms of these kinds
(benefit claims, housing and foster files, donor and implant registries, naturalisation decrees)
carry a birth date for every person they list; some lists drop the column and give an age instead
(NEG_AGE). Reference numbers, other dates, firms and products are labelled NEG_ on a share of their
occurrences only (KEEP), the rest stay in the text unlabelled, so the look-alike spans stay in
proportion to the gold ones; a finding on an unlabelled one still counts as a false finding.
The invented names are checked against REAL_CHECK, this generator's own list of common names (no
name list of the repository was read), and against every real name in REAL.

Writes JSON (presidio-research's shape, code-point offsets) to stdout; deterministic (fixed seed);
Python stdlib only."""
import json
import random
import sys
import unicodedata

rng = random.Random(1643016)
KEEP = {"CODE": 0.15, "DATE": 0.35, "ORG": 0.55, "PRODUCT": 0.6}
records = []


class D:
    """A record written left to right: t() text, s() a labelled span."""

    def __init__(self, lg, cls):
        self.lg, self.cls, self.text, self.spans = lg, cls, "", []

    def t(self, x):
        self.text += x
        return self

    def s(self, label, v):
        assert v, label
        self.spans.append({"entity_type": label, "entity_value": v, "start_position": len(self.text),
                           "end_position": len(self.text) + len(v)})
        self.text += v
        return self

    def p(self, v):
        return self.s("PERSON", v)

    def a(self, v):
        return self.s("STREET_ADDRESS", v)

    def b(self, v):
        return self.s("DATE_OF_BIRTH", v)

    def n(self, label, v):
        """A look-alike: labelled NEG_ (reference numbers, other dates, firms and products on a
        share only, so that the look-alike spans stay about as many as the gold ones)."""
        if rng.random() >= KEEP.get(label, 1.0):
            return self.t(v)
        return self.s("NEG_" + label, v)

    def done(self):
        for x in self.spans:
            assert self.text[x["start_position"]:x["end_position"]] == x["entity_value"]
        records.append({"full_text": self.text, "spans": self.spans, "template_id": len(records) % 100,
                        "metadata": {"locale": self.lg, "class": self.cls}})


def ch(x):
    return rng.choice(x)


def num(lo=1, hi=120):
    return str(rng.randint(lo, hi))


def digits(k):
    return "".join(str(rng.randint(0, 9)) for _ in range(k))


# ---- names -------------------------------------------------------------------------------------
REAL = {
    "en": (["Gareth", "Siobhan", "Declan", "Fiona", "Nathan", "Lauren", "Callum", "Bethany", "Marcus", "Joanne"],
           ["Pritchard", "Whitfield", "Donnelly", "McAllister", "Hargreaves", "O'Sullivan", "Barker", "Cartwright",
            "Kavanagh", "Thornton"]),
    "de": (["Jürgen", "Annika", "Florian", "Heike", "Dominik", "Franziska", "Stefan", "Birgit", "Kai", "Svenja"],
           ["Schröder", "Neumann", "Zimmermann", "Kaiser", "Wolff", "Hartmann", "Lange", "Böhm", "von Arnim", "Engel"]),
    "fr": (["Sébastien", "Laetitia", "Guillaume", "Margaux", "Thierry", "Élodie", "Yannick", "Sandrine",
            "Jean-Baptiste", "Anne-Sophie"],
           ["Lemaire", "Fontaine", "Chevalier", "Garnier", "Perrin", "Leclerc", "Brunet", "de Villiers", "Mercier",
            "Roux"]),
    "nl": (["Bram", "Femke", "Joris", "Marloes", "Thijs", "Ilse", "Wouter", "Sanne", "Ruben", "Esther"],
           ["Jansen", "van der Linden", "de Groot", "Bakker", "Visser", "Smit", "van Dijk", "Mulder", "de Wit",
            "Vermeulen"]),
    "es": (["Alejandro", "Marta", "Iñigo", "Rocío", "Álvaro", "Nuria", "Gonzalo", "Inmaculada", "Raúl", "Begoña"],
           ["Fernández", "Moreno", "Jiménez", "Ruiz", "Delgado", "Vázquez", "Herrero", "de la Fuente", "Sanz",
            "Cabrera"]),
    "it": (["Alessandro", "Federica", "Gianluca", "Valentina", "Stefano", "Ilaria", "Massimo", "Roberta",
            "Emanuele", "Silvia"],
           ["Marino", "Greco", "Bruno", "Gallo", "Conti", "De Santis", "Mancini", "Lombardi", "Barbieri", "D'Amico"]),
    "pt": (["João", "Beatriz", "Tiago", "Inês", "Rui", "Mariana", "Gonçalo", "Leonor", "Thiago", "Larissa"],
           ["Silva", "Santos", "Ferreira", "Pereira", "Oliveira", "Costa", "Rodrigues", "da Cunha", "Carvalho",
            "Gonçalves"]),
    "pl": (["Krzysztof", "Magdalena", "Łukasz", "Joanna", "Grzegorz", "Aleksandra", "Michał", "Ewa", "Wojciech",
            "Zofia"],
           ["Wiśniewski", "Kamińska", "Szymański", "Woźniak", "Kozłowska", "Jankowski", "Grabowska", "Pawlak",
            "Michalski", "Zielińska"]),
    "sv": (["Johan", "Elin", "Fredrik", "Maja", "Gustav", "Ebba", "Oskar", "Sara", "Niklas", "Frida"],
           ["Karlsson", "Nilsson", "Eriksson", "Lundgren", "Forsberg", "Engström", "Wallin", "Hedlund", "Åberg",
            "Lindholm"]),
    "da": (["Søren", "Camilla", "Anders", "Louise", "Morten", "Signe", "Kasper", "Ida", "Bjarne", "Lærke"],
           ["Pedersen", "Christensen", "Larsen", "Rasmussen", "Andersen", "Poulsen", "Møller", "Frederiksen",
            "Lund", "Østergaard"]),
    "no": (["Ola", "Ingrid", "Eirik", "Marit", "Torbjørn", "Silje", "Øyvind", "Hilde", "Sindre", "Ragnhild"],
           ["Hansen", "Olsen", "Berg", "Halvorsen", "Strand", "Lie", "Nygård", "Eide", "Aas", "Kvam"]),
    "fi": (["Antti", "Liisa", "Jukka", "Riikka", "Teemu", "Hanna", "Pekka", "Minna", "Ilkka", "Tuula"],
           ["Lehtonen", "Hämäläinen", "Koskinen", "Järvinen", "Rantanen", "Salminen", "Väisänen", "Kallio",
            "Turunen", "Peltola"]),
    "cs": (["Jiří", "Lenka", "Tomáš", "Kateřina", "Petr", "Veronika", "Ondřej", "Markéta", "Jan", "Hana"],
           ["Novák", "Dvořáková", "Svoboda", "Černá", "Procházka", "Kučerová", "Veselý", "Horáková", "Němec",
            "Pokorná"]),
    "hu": (["László", "Katalin", "Zoltán", "Erzsébet", "Gábor", "Zsuzsanna", "Attila", "Ildikó", "Balázs",
            "Réka"],
           ["Nagy", "Kovács", "Tóth", "Szabó", "Horváth", "Varga", "Kiss", "Molnár", "Németh", "Farkas"]),
    "tr": (["Mustafa", "Fatma", "Hakan", "Gülşen", "Serkan", "Derya", "Onur", "Esra", "Volkan", "Büşra"],
           ["Arslan", "Doğan", "Koç", "Kurt", "Özdemir", "Yıldız", "Aksoy", "Polat", "Erdoğan", "Güneş"]),
    "ro": (["Alexandru", "Mihaela", "Răzvan", "Simona", "Florin", "Loredana", "Ionuț", "Alina", "Vlad",
            "Roxana"],
           ["Georgescu", "Rădulescu", "Stan", "Dinu", "Matei", "Lungu", "Barbu", "Moldovan", "Tudor", "Ene"]),
    "el": (["Giorgos", "Eleni", "Dimitris", "Katerina", "Nikos", "Vasiliki", "Kostas", "Sofia", "Panagiotis",
            "Despoina"],
           ["Papadopoulos", "Nikolaidou", "Georgiou", "Vlachos", "Karagianni", "Oikonomou", "Papanikolaou",
            "Antoniou", "Christodoulou", "Makri"]),
    "ar": (["Youssef", "Fatima", "Omar", "Layla", "Karim", "Nour", "Tariq", "Amina"],
           ["El Amrani", "Haddad", "Benali", "Al-Masri", "Mansour", "Khalil", "Bouzid", "Saleh"]),
    "zh": (["Wei", "Xiaoling", "Jun", "Meihua", "Hao", "Lina", "Zhiqiang", "Yan"],
           ["Zhang", "Liu", "Chen", "Huang", "Zhou", "Wu", "Xu", "Lin"]),
    "in": (["Priya", "Rohan", "Ananya", "Vikram", "Kavita", "Arjun", "Deepika", "Sanjay"],
           ["Sharma", "Iyer", "Reddy", "Patel", "Nair", "Banerjee", "Gupta", "Menon"]),
    "ng": (["Chinedu", "Ngozi", "Oluwaseun", "Funmilayo", "Emeka", "Adaeze", "Babatunde", "Chioma"],
           ["Okonkwo", "Adeyemi", "Eze", "Olawale", "Nwosu", "Balogun", "Okafor", "Ogunleye"]),
    "vi": (["Minh", "Thu", "Tuan", "Lan", "Duc", "Huong", "Quang", "Mai"],
           ["Nguyen", "Tran", "Le", "Pham", "Hoang", "Vu", "Dang", "Bui"]),
    "ko": (["Ji-ho", "Min-seo", "Seung-woo", "Ha-eun", "Dong-hyun", "Soo-jin"],
           ["Kim", "Park", "Choi", "Jung", "Kang", "Yoon"]),
    "fa": (["Reza", "Shirin", "Dariush", "Maryam", "Kourosh", "Nasrin"],
           ["Hosseini", "Rahimi", "Tehrani", "Karimi", "Moradi", "Jafari"]),
    "ja": (["Haruto", "Yui", "Kenji", "Sakura", "Takeshi", "Aiko"],
           ["Sato", "Suzuki", "Takahashi", "Watanabe", "Yamamoto", "Nakamura"]),
    "ke": (["Wanjiru", "Kamau", "Achieng", "Otieno", "Njeri", "Kiprono"],
           ["Mwangi", "Odhiambo", "Kariuki", "Wambui", "Chebet", "Omondi"]),
}
SYL = {
    "en": (["bry", "cal", "dor", "fen", "har", "lis", "mor", "quin", "rad", "tam", "wil", "vel"],
           ["wick", "thorpe", "stead", "combe", "ridge", "more"]),
    "de": (["bar", "dil", "fro", "gun", "hel", "kor", "lum", "ner", "rei", "sol", "tam", "wen"],
           ["hauser", "berger", "mayr", "feld", "reuter", "linger"]),
    "fr": (["ba", "cli", "dou", "fla", "gue", "lou", "mar", "pou", "ri", "sau", "tré", "vau"],
           ["ière", "ault", "eret", "ignac", "ousse", "elin"]),
    "nl": (["bo", "dui", "ger", "hoe", "ka", "lo", "mee", "ni", "ro", "sti", "vre", "wa"],
           ["kamp", "voort", "stra", "ing", "beek", "huis"]),
    "es": (["ba", "ce", "do", "fa", "ga", "lo", "ma", "ne", "ri", "so", "tu", "ve"],
           ["ondo", "arte", "ucha", "iella", "orrio", "azo"]),
    "it": (["ba", "ce", "fo", "ga", "la", "mi", "no", "pe", "ru", "sa", "to", "vi"],
           ["uzzi", "aschi", "enghi", "olla", "iardi", "ucci"]),
    "pt": (["ba", "ca", "fa", "gra", "lu", "ma", "no", "pi", "ro", "sa", "ti", "vi"],
           ["inho", "ença", "ouro", "alho", "eiros", "elas"]),
    "pl": (["bo", "cie", "dro", "gra", "ja", "ko", "le", "mro", "pie", "sza", "tro", "wy"],
           ["wicz", "ński", "czak", "ecki", "owska", "uła"]),
    "sv": (["a", "bir", "da", "ge", "hal", "ly", "ne", "os", "ry", "sa", "ti", "va"],
           ["lund", "mark", "gren", "stedt", "dahl", "vall"]),
    "da": (["bø", "da", "gi", "ha", "kje", "lo", "me", "nø", "ra", "sta", "ti", "ve"],
           ["skov", "bæk", "gård", "høj", "strup", "by"]),
    "no": (["bjø", "da", "fje", "gu", "hå", "li", "mo", "ny", "rø", "sto", "tve", "vå"],
           ["tun", "nes", "haug", "mo", "rud", "stad"]),
    "fi": (["ai", "ha", "ka", "le", "mu", "no", "pa", "ri", "su", "te", "u", "vä"],
           ["nen", "la", "mäki", "aho", "vaara", "salo"]),
    "cs": (["bo", "dra", "hru", "ko", "le", "mra", "pe", "ra", "sle", "to", "vo", "zd"],
           ["ček", "ák", "ínek", "ovský", "ecký", "uška"]),
    "hu": (["ba", "cső", "de", "gyu", "ke", "lő", "ma", "nyi", "pá", "sze", "tö", "vi"],
           ["falvi", "házi", "egyi", "ósi", "ányi", "eki"]),
    "tr": (["ak", "ba", "ce", "dal", "gö", "ka", "lu", "me", "ne", "sa", "tü", "ya"],
           ["oğlu", "soy", "taş", "can", "alp", "er"]),
    "ro": (["ba", "ci", "do", "ge", "lu", "mo", "ne", "pa", "ri", "stă", "tu", "vâ"],
           ["escu", "eanu", "aşu", "oiu", "ache", "ilă"]),
    "el": (["a", "di", "ka", "la", "mi", "no", "pa", "ri", "sta", "thi", "va", "xe"],
           ["opoulos", "idis", "akis", "ellis", "iotis", "atos"]),
    "ar": (["ba", "da", "fa", "ha", "ja", "ka", "ma", "na", "ra", "sa", "ta", "za"],
           ["ri", "mi", "wi", "di", "ani", "uni"]),
    "zh": (["bo", "da", "fei", "gu", "jia", "kun", "lei", "ming", "qiu", "ren", "shu", "ting"],
           ["", "", "", "", "", ""]),
    "in": (["a", "ban", "dee", "har", "ka", "la", "man", "nee", "pra", "ra", "shi", "va"],
           ["wala", "nath", "ari", "ekar", "war", "ayya"]),
    "ng": (["a", "bu", "chi", "de", "fo", "ke", "mo", "nna", "o", "se", "tu", "wa"],
           ["nye", "lowo", "kwu", "demi", "bayo", "che"]),
    "vi": (["anh", "binh", "cuong", "dao", "giang", "hai", "khoa", "linh", "nam", "phuc", "son", "vy"],
           ["", "", "", "", "", ""]),
    "ko": (["bo", "chan", "dae", "eun", "gyu", "hyun", "jae", "min", "seo", "tae", "woo", "yeon"],
           ["", "", "", "", "", ""]),
    "fa": (["ar", "ba", "da", "far", "go", "ha", "ka", "ma", "na", "par", "sha", "za"],
           ["zadeh", "pour", "nia", "vand", "far", "ian"]),
    "ja": (["a", "chi", "fu", "ha", "ka", "ki", "ma", "mi", "na", "sa", "ta", "yo"],
           ["mura", "kawa", "moto", "hara", "saki", "oka"]),
    "ke": (["ba", "chi", "ga", "ki", "ma", "mu", "nja", "o", "ru", "ta", "wa", "ye"],
           ["nge", "ru", "ka", "thi", "no", "mbi"]),
}
# Common names of every language this generator writes, for checking invented ones against.
REAL_CHECK = set("""anna maria jan peter paul john james david michael thomas daniel martin robert mark anne marie
laura sara sarah julia lisa eva emma hanna hannah lena elena nina tina mia lea luca marco andrea simone ana
carlos juan jose luis pedro pablo diego jorge miguel antonio manuel rosa carmen lucia sofia marta paula
ines joao pedro rui nuno luis tiago ana rita sara sofia beatriz bruno ricardo andre filipe hugo vitor lara
piotr anna kasia ola ewa adam jakub kamil pawel marek tomasz olga ivan igor oleg boris sergei dmitri nikita
lars nils erik olof per karin ingrid astrid sigrid liv kari tove bente jens niels peter hans karl otto fritz
kurt heinz uwe dirk jens sven tim tom ben max moritz felix leon finn noah elias paul jonas luis lukas
ahmed ali hassan hussein mohamed mohammed said amir samir sami nadia leila yasmin sara hana aisha fatima
wei li wang zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo he lin luo gao
raj ravi amit anil sunil vijay ajay rahul rohit neha pooja priya anjali sita gita lakshmi
kim lee park choi jung kang cho yoon jang lim han shin seo kwon hwang ahn song hong
nguyen tran le pham hoang phan vu vo dang bui do ho ngo duong ly
smith jones brown taylor wilson davies evans johnson roberts walker wright thompson white hughes edwards
green hall wood harris lewis martin jackson clarke clark turner hill scott cooper morris ward moore king
muller mueller schmidt schneider fischer weber meyer wagner becker schulz hoffmann koch bauer richter klein
wolf schroder neumann schwarz zimmermann braun kruger hofmann hartmann lange schmitt werner krause
martin bernard dubois thomas robert richard petit durand leroy moreau simon laurent lefebvre michel
garcia fernandez gonzalez rodriguez lopez martinez sanchez perez gomez martin jimenez ruiz hernandez diaz
rossi russo ferrari esposito bianchi romano colombo ricci marino greco bruno gallo conti de luca costa
silva santos ferreira pereira oliveira costa rodrigues martins jesus sousa fernandes goncalves gomes lopes
nowak kowalski wisniewski wojcik kowalczyk kaminski lewandowski zielinski szymanski wozniak dabrowski
jansen de jong de vries van den berg van dijk bakker janssen visser smit meijer de boer mulder de groot
andersson johansson karlsson nilsson eriksson larsson olsson persson svensson gustafsson pettersson
hansen johansen olsen larsen andersen pedersen nilsen kristiansen jensen nielsen christensen rasmussen
korhonen virtanen makinen nieminen makela hamalainen laine heikkinen koskinen jarvinen
novak svoboda novotny dvorak cerny prochazka kucera vesely horak nemec
nagy kovacs toth szabo horvath varga kiss molnar nemeth farkas balogh papp takacs juhasz
yilmaz kaya demir sahin celik yildiz yildirim ozturk aydin ozdemir arslan dogan kilic aslan
popescu ionescu popa pop radu dumitru stan stoica gheorghe matei ciobanu rusu
papadopoulos papadakis georgiou nikolaou oikonomou dimitriou ioannou vasileiou
karim omar yusuf musa adam ibrahim isa nuhu bello abubakar okafor okeke eze obi ade ola
sato suzuki takahashi tanaka watanabe ito yamamoto nakamura kobayashi kato
mali lana mira nora dora vera zara kara tara dana lina rina gina tana
bodo gero hero nero otto rolf ralf rudi
ebba elsa alva alma ella stella bella della
haruka hina riko mako""".split())
for _g, _s in REAL.values():
    for _w in _g + _s:
        REAL_CHECK.add(_w.lower())
def deaccent(w):
    """The letters without their marks (ł, ø, æ, ß, ı spelt out)."""
    w = w.replace("ł", "l").replace("Ł", "L").replace("ø", "o").replace("Ø", "O").replace("æ", "ae").replace("ß", "ss")
    w = w.replace("ı", "i").replace("đ", "d").replace("œ", "oe")
    return "".join(c for c in unicodedata.normalize("NFKD", w) if not unicodedata.combining(c))


def _plain(w):
    return deaccent(w.lower()).replace("-", "").replace(" ", "").replace("'", "")


CHECKED = {_plain(w) for w in REAL_CHECK}


def invent(lg, surname):
    """A name from the language's syllables (no syllable twice in a row; a surname has one or two
    syllables and an ending), checked against every real name listed here."""
    syl, end = SYL[lg]
    while True:
        k = ch((1, 2)) if surname else ch((2, 2, 2, 3))
        parts = [ch(syl)]
        while len(parts) < k:
            x = ch(syl)
            if x != parts[-1]:
                parts.append(x)
        if lg == "ko" and not surname:
            w = parts[0] + "-" + (parts[1] if len(parts) > 1 else ch(syl))
        elif lg == "vi" and not surname:
            w = parts[0]
        else:
            w = "".join(parts)
        if surname and end[0]:
            w += ch(end)
        if 4 <= len(w) <= 13 and _plain(w) not in CHECKED and w.lower()[:3] != w.lower()[3:6]:
            break
    return w[0].upper() + w[1:]


GLOBAL = ["ar", "zh", "in", "ng", "vi", "ko", "fa", "ja", "ke"]


def person(lg, glob=0.18):
    """(given, surname, origin): half real, half invented; some of global origin."""
    o = ch(GLOBAL) if (rng.random() < glob or lg not in REAL) else lg
    if rng.random() < 0.5:
        g, s = REAL[o]
        return ch(g), ch(s), o
    g = invent(o, False)
    s = invent(o, True)
    if o in ("zh", "vi", "ko") and rng.random() < 0.7:
        s = ch(REAL[o][1])   # their surnames are few and all real; the given name is invented
    return g, s, o


SURNAME_FIRST = ("hu", "zh", "vi", "ko", "ja")


def full(g, s, o):
    """The name as its owner writes it: Hungarian and East Asian names surname first."""
    if o == "hu" or (o in ("zh", "vi", "ko") and rng.random() < 0.4):
        return s + " " + g
    return g + " " + s


def caps(x):
    return x.upper()


def exported(name):
    """A name as word processors and PDF exports leave it: a typographic apostrophe, a no-break
    space (U+00A0, or U+202F after a French export) between its words."""
    if "'" in name and rng.random() < 0.6:
        name = name.replace("'", "\u2019")
    if " " in name and rng.random() < 0.35:
        i = name.index(" ")
        name = name[:i] + ch(["\u00a0", "\u00a0", "\u202f"]) + name[i + 1:]
    return name


def form_name(g, s, o, style=None):
    """One of the ways forms write a name."""
    style = style or ch(["gs", "gs", "SG", "S, G", "S, G", "SGc", "GSc"])
    if style == "gs":
        return full(g, s, o)
    if style == "SG":
        return s.upper() + " " + g
    if style == "S, G":
        return s + ", " + g
    if style == "SGc":
        return s.upper() + ", " + g.upper()
    if style == "GSc":
        return (g + " " + s).upper()
    if style == "lower":
        return full(g, s, o).lower()
    if style == "init":
        return g[0] + ". " + s
    if style == "nbsp":
        return g + "\u00a0" + s
    raise ValueError(style)


# ---- street addresses --------------------------------------------------------------------------
ST = {
    "gb": ["Larkspur Close", "Kingfisher Way", "Mill Lane", "Abbey Road", "Rowan Crescent", "Orchard Rise",
           "Station Road", "Brook Street", "Hawthorn Avenue", "Quarry Hill"],
    "us": ["N Maple Ave", "Oak Ridge Dr", "W 14th St", "Sycamore Ln", "E Washington Blvd", "Cedar Hollow Rd",
           "Pine Street", "Lakeview Ter"],
    "ie": ["Glenview Park", "Castle Road", "Ashgrove Lawn", "Church View", "Seafield Avenue", "Willow Court"],
    "au": ["Banksia St", "Jacaranda Ave", "Wattle Pde", "Gum Tree Rd", "Harbour View Cres", "Bottlebrush Ct"],
    "de": ["Lindenstraße", "Mühlenweg", "Am Sonnenhang", "Ahornweg", "Bergstraße", "Kastanienallee",
           "Gartenstr.", "Feldweg", "Hohe Straße", "Birkenring"],
    "at": ["Grillparzerstraße", "Hauptplatz", "Mariahilfer Straße", "Schulgasse", "Feldgasse", "Lerchenweg"],
    "ch": ["Bahnhofweg", "Dorfstrasse", "Seestrasse", "Rebbergstrasse", "Chemin des Vignes", "Via Cantonale"],
    "fr": ["rue des Tanneurs", "avenue des Acacias", "rue du Moulin", "impasse des Lilas", "chemin de la Croix",
           "allée des Peupliers", "rue de la Gare", "boulevard de la Liberté"],
    "be": ["Rue de la Station", "Chaussée de Mons", "Avenue des Cerisiers", "Rue du Centre", "Rue des Écoles"],
    "nl": ["Kastanjelaan", "Dorpsstraat", "Molenweg", "Prinsengracht", "Beukenlaan", "Kerkplein", "Zuiderdiep",
           "Lindengracht"],
    "vl": ["Kerkstraat", "Stationsstraat", "Molenstraat", "Dorpsplein", "Veldstraat", "Nieuwstraat"],
    "es": ["C/ del Olmo", "Calle Real", "Avda. de los Pinos", "Calle de la Paz", "Plaza Mayor", "Camino Viejo",
           "Calle San Roque"],
    "it": ["Via dei Mille", "Via Roma", "Via delle Rose", "Viale Europa", "Via del Borgo", "Via San Martino",
           "Corso Italia"],
    "pt": ["Rua da Boavista", "Avenida da Liberdade", "Rua das Flores", "Travessa do Carmo", "Rua do Sol",
           "Largo da Igreja"],
    "br": ["Rua das Palmeiras", "Avenida Brasil", "Rua Sete de Setembro", "Rua das Acácias", "Alameda Santos"],
    "pl": ["ul. Słoneczna", "ul. Polna", "ul. Leśna", "ul. Krótka", "al. Niepodległości", "ul. Ogrodowa",
           "ul. Szkolna", "os. Kalinowe"],
    "sv": ["Björkgatan", "Storgatan", "Skolvägen", "Kyrkogatan", "Ekvägen", "Sjögatan", "Tallstigen"],
    "da": ["Ravnsborggade", "Skovvej", "Elmegade", "Møllevej", "Strandvejen", "Kirkevej", "Bøgevej"],
    "no": ["Ullevålsveien", "Kirkegata", "Skogveien", "Bjørkeveien", "Fjellveien", "Sjøgata", "Granveien"],
    "fi": ["Satakunnankatu", "Koulukatu", "Puistotie", "Rantakatu", "Koivutie", "Myllytie", "Kirkkokatu"],
    "cs": ["Vinohradská", "Na Výsluní", "Lipová", "Husova", "Školní", "Zahradní", "Polní"],
    "hu": ["Andrássy út", "Fő utca", "Kossuth Lajos utca", "Rákóczi út", "Petőfi Sándor utca", "Béke tér",
           "Dózsa György út"],
    "tr": ["Moda Cad.", "Bağdat Caddesi", "Gül Sokak", "Lale Sk.", "Cumhuriyet Cad.", "Çınar Sokak"],
    "ro": ["Str. Zorilor", "Str. Florilor", "Bd. Independenței", "Str. Trandafirilor", "Calea Moșilor",
           "Aleea Castanilor"],
    "el": ["Odos Ermou", "Leoforos Kifisias", "Odos Aiolou", "Odos Tsimiski", "Leoforos Syngrou",
           "Odos Agias Sofias"],
}
TOWN = {
    "gb": [("Harrogate", "HG2 7QL"), ("Swindon", "SN1 4BB"), ("Cardiff", "CF24 3AA"), ("Preston", "PR1 8JT"),
           ("Exeter", "EX4 6PX"), ("Ipswich", "IP4 2DN")],
    "us": [("Dayton, OH", "45406"), ("Tucson, AZ", "85719"), ("Albany, NY", "12203"), ("Boise, ID", "83702"),
           ("Madison, WI", "53703")],
    "ie": [("Tallaght, Dublin 24", "D24 X3K2"), ("Ballincollig, Co. Cork", "P31 EW27"),
           ("Salthill, Galway", "H91 C6P2"), ("Naas, Co. Kildare", "W91 KD73")],
    "au": [("Newtown NSW", "2042"), ("Fitzroy VIC", "3065"), ("Toowong QLD", "4066"), ("Subiaco WA", "6008")],
    "de": [("44137", "Dortmund"), ("01067", "Dresden"), ("90402", "Nürnberg"), ("24103", "Kiel"),
           ("55116", "Mainz"), ("79098", "Freiburg im Breisgau"), ("28195", "Bremen")],
    "at": [("1010", "Wien"), ("8010", "Graz"), ("5020", "Salzburg"), ("6020", "Innsbruck")],
    "ch": [("3012", "Bern"), ("8004", "Zürich"), ("1004", "Lausanne"), ("6900", "Lugano")],
    "fr": [("67000", "Strasbourg"), ("31000", "Toulouse"), ("44000", "Nantes"), ("59000", "Lille"),
           ("06000", "Nice"), ("35000", "Rennes")],
    "be": [("4000", "Liège"), ("1050", "Ixelles"), ("5000", "Namur"), ("6000", "Charleroi")],
    "nl": [("3581 XM", "Utrecht"), ("9712 HV", "Groningen"), ("5611 AB", "Eindhoven"), ("2312 BK", "Leiden"),
           ("6811 KL", "Arnhem")],
    "vl": [("9000", "Gent"), ("2018", "Antwerpen"), ("3000", "Leuven"), ("8000", "Brugge")],
    "es": [("50001", "Zaragoza"), ("48001", "Bilbao"), ("30001", "Murcia"), ("15001", "A Coruña"),
           ("47001", "Valladolid")],
    "it": [("40126", "Bologna", "BO"), ("80134", "Napoli", "NA"), ("35122", "Padova", "PD"),
           ("90133", "Palermo", "PA"), ("16123", "Genova", "GE")],
    "pt": [("1200-066", "Lisboa"), ("4050-123", "Porto"), ("3000-150", "Coimbra"), ("8000-301", "Faro")],
    "br": [("01455-000", "São Paulo - SP"), ("20040-002", "Rio de Janeiro - RJ"), ("30130-010", "Belo Horizonte - MG"),
           ("80010-000", "Curitiba - PR")],
    "pl": [("30-060", "Kraków"), ("00-950", "Warszawa"), ("85-001", "Bydgoszcz"), ("20-001", "Lublin"),
           ("70-001", "Szczecin")],
    "sv": [("753 20", "Uppsala"), ("413 04", "Göteborg"), ("582 22", "Linköping"), ("702 10", "Örebro")],
    "da": [("2200", "København N"), ("8000", "Aarhus C"), ("9000", "Aalborg"), ("6700", "Esbjerg")],
    "no": [("0454", "Oslo"), ("5015", "Bergen"), ("4006", "Stavanger"), ("7030", "Trondheim")],
    "fi": [("33100", "Tampere"), ("00530", "Helsinki"), ("20500", "Turku"), ("70100", "Kuopio")],
    "cs": [("120 00", "Praha 2"), ("602 00", "Brno"), ("301 00", "Plzeň"), ("779 00", "Olomouc")],
    "hu": [("1061", "Budapest"), ("4024", "Debrecen"), ("6720", "Szeged"), ("7621", "Pécs")],
    "tr": [("34710", "Kadıköy/İstanbul"), ("06680", "Çankaya/Ankara"), ("35210", "Konak/İzmir"),
           ("07100", "Muratpaşa/Antalya")],
    "ro": [("400335", "Cluj-Napoca"), ("700259", "Iași"), ("300223", "Timișoara"), ("030167", "București")],
    "el": [("105 63", "Athina"), ("546 23", "Thessaloniki"), ("262 21", "Patra"), ("712 02", "Irakleio")],
}
# The address country of each language (and of global names living somewhere in Europe).
LG_CC = {"en": ["gb", "gb", "us", "ie", "au"], "de": ["de", "de", "at", "ch"], "fr": ["fr", "fr", "be"],
         "nl": ["nl", "nl", "vl"], "es": ["es"], "it": ["it"], "pt": ["pt", "br"], "pl": ["pl"], "sv": ["sv"],
         "da": ["da"], "no": ["no"], "fi": ["fi"], "cs": ["cs"], "hu": ["hu"], "tr": ["tr"], "ro": ["ro"],
         "el": ["el"]}


def cc_of(lg):
    return ch(LG_CC.get(lg, ["gb", "de", "fr", "nl"]))


def street(cc):
    """The street line alone (number, unit)."""
    st = ch(ST[cc])
    if cc == "gb":
        return ch(["", "", "Flat " + num(1, 12) + ", ", ch(["Rose Cottage", "The Old Forge", "Ivy House"]) + ", "]) + num(1, 160) + " " + st
    if cc == "us":
        return num(100, 9800) + " " + st + ch(["", "", " Apt " + num(1, 9) + ch("ABC"), " Unit " + num(101, 420)])
    if cc == "ie":
        return ch(["", "Apt " + num(1, 40) + ", "]) + num(1, 90) + " " + st
    if cc == "au":
        return ch(["", "Unit " + num(1, 12) + "/", ""]) + num(1, 220) + " " + st
    if cc in ("de", "ch", "nl", "vl", "sv", "da", "no", "fi", "cs", "pl"):
        base = st + " " + num(1, 140)
        if cc == "de":
            base += ch(["", "", "a", "b", " / Hinterhaus"])
        elif cc == "nl":
            base += ch(["", "", "-II", " A", "-3hg", " bis"])
        elif cc == "vl":
            base += ch(["", "", " bus " + num(1, 12)])
        elif cc == "sv":
            base += ch(["", "", ", " + num(1, 5) + " tr", ", lgh " + num(1101, 1404)])
        elif cc == "da":
            base += ch(["", ", " + num(1, 5) + ". th.", ", " + num(1, 5) + ". tv.", ", st."])
        elif cc == "no":
            base += ch(["", "", "B", " H0" + num(1, 4) + "0" + num(1, 9)])
        elif cc == "fi":
            base += ch(["", " A " + num(1, 30), " B " + num(1, 30), " as " + num(1, 12)])
        elif cc == "cs":
            base = st + " " + num(100, 2900) + "/" + num(1, 80)
        elif cc == "pl":
            base += ch(["", "/" + num(1, 60), " m. " + num(1, 40)])
        return base
    if cc == "at":
        return st + " " + num(1, 90) + ch(["", "/" + num(1, 9), "/" + num(1, 4) + "/" + num(1, 20)])
    if cc == "fr":
        return num(1, 90) + ch(["", "", " bis", " ter"]) + " " + st
    if cc == "be":
        return st + " " + num(1, 200) + ch(["", "", " bte " + num(1, 9), "/" + num(1, 9)])
    if cc == "es":
        return st + " " + num(1, 90) + ch(["", ", " + num(1, 8) + "º " + ch(["B", "izda.", "dcha.", "A"]), ", bajo"])
    if cc == "it":
        return st + " " + num(1, 150) + ch(["", "", "/A", ", int. " + num(1, 20), ", scala B"])
    if cc == "pt":
        return st + " " + num(1, 200) + ch(["", ", " + num(1, 6) + ".º Esq.", ", r/c Dto.", ", " + num(1, 6) + ".º"])
    if cc == "br":
        return st + ", " + num(10, 2400) + ch(["", ", apto " + num(11, 184), " - casa " + num(1, 4)])
    if cc == "hu":
        return st + " " + num(1, 120) + "." + ch(["", " II. em. " + num(1, 9) + ".", " 3/12.", " fszt. 2."])
    if cc == "tr":
        return st + " No: " + num(1, 90) + ch([" D: " + num(1, 20), "/" + num(1, 12), " Kat: " + num(1, 8) + " Daire: " + num(1, 20)])
    if cc == "ro":
        return st + " nr. " + num(1, 120) + ch(["", ", bl. " + ch("ABCM") + num(1, 9) + ", sc. " + num(1, 3) + ", ap. " + num(1, 60), ", ap. " + num(1, 30)])
    if cc == "el":
        return st + " " + num(1, 180)
    raise ValueError(cc)


def tail(cc):
    """Postcode and town as the country writes them after the street."""
    tw = ch(TOWN[cc])
    if cc == "gb":
        return tw[0] + " " + tw[1]
    if cc == "us":
        return tw[0] + " " + tw[1]
    if cc == "ie":
        return tw[0] + ", " + tw[1]
    if cc == "au":
        return tw[0] + " " + tw[1]
    if cc == "it":
        return tw[0] + " " + tw[1] + " (" + tw[2] + ")"
    if cc == "br":
        return tw[1] + ", CEP " + tw[0]
    if cc == "hu":
        return tw[0] + " " + tw[1]
    if cc == "tr":
        return tw[0] + " " + tw[1]
    if cc == "ro":
        return tw[0] + " " + tw[1]
    return tw[0] + " " + tw[1]


def address(cc, sep=", "):
    """A whole street address: the street line, then postcode and town (Hungary: town first)."""
    if cc == "hu" and rng.random() < 0.5:
        tw = ch(TOWN["hu"])
        return tw[0] + " " + tw[1] + sep + street("hu")
    return street(cc) + sep + tail(cc)


# ---- dates -------------------------------------------------------------------------------------
MON = {
    "en": "January February March April May June July August September October November December".split(),
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember".split(),
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split(),
    "nl": "januari februari maart april mei juni juli augustus september oktober november december".split(),
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre".split(),
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre".split(),
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro".split(),
    "pl": "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia".split(),
    "sv": "januari februari mars april maj juni juli augusti september oktober november december".split(),
    "da": "januar februar marts april maj juni juli august september oktober november december".split(),
    "no": "januar februar mars april mai juni juli august september oktober november desember".split(),
    "fi": "tammikuuta helmikuuta maaliskuuta huhtikuuta toukokuuta kesäkuuta heinäkuuta elokuuta syyskuuta lokakuuta marraskuuta joulukuuta".split(),
    "cs": "ledna února března dubna května června července srpna září října listopadu prosince".split(),
    "hu": "január február március április május június július augusztus szeptember október november december".split(),
    "tr": "Ocak Şubat Mart Nisan Mayıs Haziran Temmuz Ağustos Eylül Ekim Kasım Aralık".split(),
    "ro": "ianuarie februarie martie aprilie mai iunie iulie august septembrie octombrie noiembrie decembrie".split(),
    "el": "Ianouariou Fevrouariou Martiou Apriliou Maiou Iouniou Iouliou Avgoustou Septemvriou Oktovriou Noemvriou Dekemvriou".split(),
}
MON3 = "JAN FEB MAR APR MAY JUN JUL AUG SEP OCT NOV DEC".split()


def ymd(lo, hi):
    return rng.randint(lo, hi), rng.randint(1, 12), rng.randint(1, 28)


def dnum(lg, y, m, d):
    """A numeric date as the language writes it on a form."""
    if lg == "sv":
        return "%04d-%02d-%02d" % (y, m, d)
    if lg == "hu":
        return "%04d.%02d.%02d." % (y, m, d)
    if lg == "us":
        return "%02d/%02d/%04d" % (m, d, y)
    if lg in ("nl", "da"):
        return "%02d-%02d-%04d" % (d, m, y)
    if lg in ("fi", "cs"):
        return "%d.%d.%04d" % (d, m, y)
    if lg in ("de", "pl", "no", "tr", "ro"):
        return "%02d.%02d.%04d" % (d, m, y)
    return "%02d/%02d/%04d" % (d, m, y)


def dword(lg, y, m, d):
    """The date with its month in words."""
    mo = MON.get(lg, MON["en"])[m - 1]
    if lg == "en":
        return ch(["%d %s %d" % (d, mo, y), "%s %d, %d" % (mo, d, y)])
    if lg in ("de", "da", "no", "fi", "cs"):
        return "%d. %s %d" % (d, mo, y)
    if lg in ("es", "pt"):
        return "%d de %s de %d" % (d, mo, y)
    if lg == "hu":
        return "%d. %s %d." % (y, mo, d)
    if lg == "el":
        return "%d %s %d" % (d, mo, y)
    return "%d %s %d" % (d, mo, y)


def dob(lg, lo=1938, hi=2006, kind=None):
    y, m, d = ymd(lo, hi)
    kind = kind or ch(["num", "num", "num", "word", "iso"])
    if kind == "iso":
        return "%04d-%02d-%02d" % (y, m, d)
    if kind == "word":
        return dword(lg, y, m, d)
    if kind == "mon3":
        return "%02d-%s-%04d" % (d, MON3[m - 1], y)
    if kind == "compact":
        return "%04d%02d%02d" % (y, m, d)
    return dnum(lg, y, m, d)


def other(lg, lo=2021, hi=2025, kind="num"):
    return dob(lg, lo, hi, kind)


# ---- e-mail, phones, IBANs ---------------------------------------------------------------------



def mail(g, s, host):
    loc = ch(["%s.%s", "%s%s", "%.1s%s", "%s_%s"]) % (g.lower(), s.lower())
    loc = deaccent(loc).replace(" ", "").replace("'", "").replace("’", "")
    return loc + "@" + host


PHONE = {"en": "+44 7700 9", "de": "+49 151 ", "fr": "+33 6 ", "nl": "+31 6 ", "es": "+34 6", "it": "+39 3",
         "pt": "+351 91", "pl": "+48 5", "sv": "+46 70 ", "da": "+45 2", "no": "+47 9", "fi": "+358 40 ",
         "cs": "+420 6", "hu": "+36 30 ", "tr": "+90 53", "ro": "+40 7", "el": "+30 69"}


def phone(lg):
    return PHONE.get(lg, "+44 7700 9") + digits(2) + " " + digits(3) + " " + digits(3)


IBAN_SPEC = {"DE": 18, "FR": 23, "NL": 14, "ES": 20, "IT": 23, "BE": 12, "AT": 16, "PT": 21, "FI": 14,
             "PL": 24, "IE": 18}


def iban(cc):
    body = digits(IBAN_SPEC[cc])
    if cc == "NL":
        body = ch(["INGB", "RABO", "ABNA", "TRIO"]) + digits(10)
    if cc == "IE":
        body = ch(["AIBK", "BOFI"]) + digits(14)
    if cc == "IT":
        body = ch("ABCDEFGHJKLMNPRSTUVWXYZ") + digits(22)
    num_ = int("".join(str(int(c, 36)) for c in body + cc + "00"))
    s = cc + "%02d" % (98 - num_ % 97) + body
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4)) if rng.random() < 0.5 else s


def who(lg, glob=0.18):
    return person(lg, glob)


# ---- pharmacovigilance and trial forms ---------------------------------------------------------
SUSPECT = ["Xarelto (rivaroxaban)", "Keytruda (pembrolizumab)", "Ozempic", "Humira", "Eliquis", "Lamictal",
           "Tecfidera", "Imbruvica", "Clexane", "Ibuprofen 600 mg"]
EPONYM = ["Stevens-Johnson syndrome", "Guillain-Barré syndrome", "Bell's palsy", "Cushing's syndrome",
          "Addison's disease", "Kawasaki disease", "Hashimoto's thyroiditis", "Raynaud's phenomenon",
          "Quincke's oedema", "Parkinson's disease"]
MAH = ["Bayer AG", "Merck Sharp & Dohme", "Novo Nordisk A/S", "AbbVie Deutschland", "Bristol-Myers Squibb",
       "GlaxoSmithKline", "Janssen-Cilag", "Eli Lilly Nederland", "Boehringer Ingelheim", "Pierre Fabre"]


def trial_code():
    return ch(["XB", "NVT", "ALD", "KRN", "MK"]) + "-" + digits(4) + "-" + ch(["301", "202", "105", "003"])


def ae_report(lg):
    lg = ch(["en", "de", "fr", "es", "it", "nl", "pl", "sv", "cs"])
    d = D(lg, "ae_report")
    k = rng.randrange(4)
    if k == 0:
        rg, rs, ro = who(lg)
        d.t("CIOMS FORM\nSUSPECT ADVERSE REACTION REPORT\n\nI. REACTION INFORMATION\n")
        d.t("1. PATIENT INITIALS      1a. COUNTRY     2. DATE OF BIRTH        2a. AGE   3. SEX\n")
        d.t("   (first, last)                         Day  Month  Year\n")
        y, m, dd = ymd(1935, 2004)
        d.t("   PRIVACY               " + lg.upper() + "              ").b("%02d    %s    %d" % (dd, MON3[m - 1], y) if rng.random() < 0.5 else "%02d %s %d" % (dd, MON3[m - 1], y))
        d.t("      " + str(2024 - y) + "      " + ch("FM") + "\n")
        d.t("4-6 REACTION ONSET: ").n("DATE", other("en", 2023, 2025, "mon3")).t("\n7+13 DESCRIBE REACTION(S): ")
        d.n("TERM", ch(EPONYM)).t(" after the second dose; hospitalised, recovered with sequelae.\n\n")
        d.t("II. SUSPECT DRUG(S) INFORMATION\n14. SUSPECT DRUG(S): ").n("PRODUCT", ch(SUSPECT)).t("\n")
        d.t("IV. MANUFACTURER INFORMATION\n24a. NAME AND ADDRESS OF MANUFACTURER\n   ").n("ORG", ch(MAH)).t("\n")
        d.t("24b. MFR CONTROL NO.  ").n("CODE", lg.upper() + "-" + ch(["BAY", "MSD", "NOVO", "GSK"]) + "-" + digits(8)).t("\n")
        d.t("REPORT SOURCE: HEALTH PROFESSIONAL — reporter: Dr ").p(full(rg, rs, ro)).t(", ")
        d.a(address(cc_of(lg))).t("\n")
    elif k == 1:
        pg, ps, po = who("en")
        d.t("MEDWATCH FORM FDA 3500A (mandatory reporting)\nA. PATIENT INFORMATION\n")
        d.t("1. Patient Identifier: in confidence   2. Age: ").n("AGE", num(20, 85) + " yrs").t("  or Date of Birth: ")
        d.b(dob("us", kind="num")).t("\n3. Sex: " + ch(["Female", "Male"]) + "   4. Weight: " + num(50, 110) + " kg\n")
        d.t("B. ADVERSE EVENT OR PRODUCT PROBLEM\n3. Date of event: ").n("DATE", other("us")).t("   4. Date of this report: ")
        d.n("DATE", other("us")).t("\n5. Describe event: possible ").n("TERM", ch(EPONYM)).t("\n")
        d.t("E. INITIAL REPORTER\n1. Name and Address: ")
        d.p(full(pg, ps, po)).t(", " + ch(["MD", "RN", "PharmD", "DO"]) + "\n   ").a(address("us", "\n   ")).t("\n")
        d.t("   Phone: ").s("PHONE_NUMBER", "(" + num(201, 989) + ") 555-0" + digits(3)).t("   Email: ")
        d.s("EMAIL_ADDRESS", mail(pg, ps, ch(["clinic.example.org", "med.example.com"]))).t("\n")
        d.t("2. Health professional? Yes   3. Occupation: " + ch(["Physician", "Pharmacist", "Nurse"]) + "\n")
    elif k == 2:
        pg, ps, po = who(lg)
        cc = cc_of(lg)
        y, m, dd = ymd(1940, 2005)
        d.t("<ichicsr lang=\"" + lg + "\">\n <safetyreport>\n  <safetyreportid>" + lg.upper() + "-")
        d.n("CODE", ch(["ROCHE", "SANOFI", "TAKEDA", "PFIZER"]) + "-" + digits(9)).t("</safetyreportid>\n")
        d.t("  <receivedate>").n("DATE", "%04d%02d%02d" % ymd(2023, 2025)).t("</receivedate>\n  <patient>\n")
        d.t("   <patientinitial>PRIVACY</patientinitial>\n   <patientbirthdateformat>102</patientbirthdateformat>\n")
        d.t("   <patientbirthdate>").b("%04d%02d%02d" % (y, m, dd)).t("</patientbirthdate>\n")
        d.t("   <reaction><primarysourcereaction>").n("TERM", ch(EPONYM)).t("</primarysourcereaction></reaction>\n")
        d.t("   <drug><medicinalproduct>").n("PRODUCT", ch(SUSPECT)).t("</medicinalproduct></drug>\n  </patient>\n")
        d.t("  <primarysource>\n   <reportertitle>" + ch(["Dr.", "Prof.", "Mr", "Ms"]) + "</reportertitle>\n")
        d.t("   <reportergivename>").p(pg).t("</reportergivename>\n   <reporterfamilyname>").p(ps).t("</reporterfamilyname>\n")
        d.t("   <reporterstreet>").a(street(cc)).t("</reporterstreet>\n   <reportercity>" + ch(TOWN[cc])[1 if cc not in ("gb", "us", "ie", "au") else 0])
        d.t("</reportercity>\n   <reportercountry>" + cc.upper() + "</reportercountry>\n  </primarysource>\n </safetyreport>\n</ichicsr>\n")
    else:
        ig, is_, io = who(lg)
        cg, cs, co = who(lg)
        code = trial_code()
        d.t("Protocol ").n("CODE", code).t(" — CRF page 4 of 31 — DEMOGRAPHICS / ADVERSE EVENTS\n")
        d.t("Site 10" + num(1, 9) + "   Principal investigator: ").p(form_name(ig, is_, io, ch(["gs", "S, G"])))
        d.t("   Subject no. ").n("CODE", "10" + num(1, 9) + "-" + digits(4)).t("\n")
        if rng.random() < 0.6:
            d.t("Date of birth (DD-MMM-YYYY): ").b(dob(lg, 1940, 2004, "mon3")).t("   Sex: " + ch("FM") + "\n")
        else:
            d.t("Year of birth: ").n("DATE", str(rng.randint(1940, 2004))).t("   Sex: " + ch("FM") + "\n")
        d.t("Visit 3 date: ").n("DATE", other("en", 2024, 2025, "mon3")).t("\nAE term: ").n("TERM", ch(EPONYM))
        d.t("   Serious: Y   Study drug action: interrupted\nCompleted by (CRC): ").p(form_name(cg, cs, co, "gs"))
        d.t("   Date: ").n("DATE", other("en", 2024, 2025, "mon3")).t("\nMonitor query 2: please confirm onset relative to ")
        d.n("PRODUCT", ch(SUSPECT)).t(" dosing.\n")
    d.done()


# ---- European accident statements --------------------------------------------------------------
CONSTAT = {
    "fr": ("CONSTAT AMIABLE D'ACCIDENT AUTOMOBILE", "6. Preneur d'assurance/assuré", "Nom", "Prénom", "Adresse",
           "7. Conducteur", "Date de naissance", "5. Témoins : noms, adresses, tél.", "Lieu", "Date de l'accident"),
    "de": ("EUROPÄISCHER UNFALLBERICHT", "6. Versicherungsnehmer/Versicherter", "Name", "Vorname", "Anschrift",
           "9. Fahrer", "Geburtsdatum", "5. Zeugen: Namen, Anschriften, Tel.", "Ort", "Unfalldatum"),
    "it": ("CONSTATAZIONE AMICHEVOLE DI INCIDENTE", "6. Contraente/Assicurato", "Cognome", "Nome", "Indirizzo",
           "9. Conducente", "Data di nascita", "5. Testimoni: cognomi, nomi, indirizzi, tel.", "Località", "Data dell'incidente"),
    "es": ("DECLARACIÓN AMISTOSA DE ACCIDENTE", "6. Tomador del seguro/asegurado", "Apellidos", "Nombre", "Dirección",
           "9. Conductor", "Fecha de nacimiento", "5. Testigos: nombres, direcciones, tel.", "Lugar", "Fecha del accidente"),
    "nl": ("AANRIJDINGSFORMULIER", "6. Verzekeringnemer/verzekerde", "Naam", "Voornaam", "Adres",
           "9. Bestuurder", "Geboortedatum", "5. Getuigen: namen, adressen, tel.", "Plaats", "Datum van het ongeval"),
    "pt": ("DECLARAÇÃO AMIGÁVEL DE ACIDENTE AUTOMÓVEL", "6. Tomador do seguro/segurado", "Apelido", "Nome", "Morada",
           "9. Condutor", "Data de nascimento", "5. Testemunhas: nomes, moradas, tel.", "Local", "Data do acidente"),
}
INSURER = ["AXA", "Allianz", "HUK-Coburg", "Generali", "Mapfre", "MAIF", "Nationale-Nederlanden", "Fidelidade",
           "UnipolSai", "Mutua Madrileña", "Achmea", "Ageas"]
CARS = ["Renault Clio", "VW Golf", "Peugeot 308", "Fiat Panda", "Seat Ibiza", "Opel Corsa", "Škoda Octavia",
        "Mercedes-Benz A 180", "Toyota Yaris", "Citroën C3", "Ferrari Roma", "Porsche Macan"]
PSTREET = {"fr": ["avenue Jean Jaurès", "place du Général-de-Gaulle", "boulevard Victor Hugo", "rue Émile Zola"],
           "de": ["Konrad-Adenauer-Ring", "Friedrich-Ebert-Straße", "Willy-Brandt-Allee", "Goethestraße"],
           "it": ["Corso Giuseppe Garibaldi", "Via Giuseppe Mazzini", "Piazza Camillo Benso di Cavour", "Viale Aldo Moro"],
           "es": ["Avenida de Blasco Ibáñez", "Calle Cervantes", "Paseo de Pablo Picasso", "Calle Gran Capitán"],
           "nl": ["Johan de Wittlaan", "Willem Barentszstraat", "Rembrandtplein", "Van Goghstraat"],
           "pt": ["Avenida Almirante Reis", "Rua Luís de Camões", "Praça Marquês de Pombal", "Avenida João XXI"],
           "en": ["Nelson Road", "Churchill Way", "Victoria Street", "Wellington Road"],
           "pl": ["ul. Jana Pawła II", "al. Adama Mickiewicza", "ul. Marii Skłodowskiej-Curie"],
           "sv": ["Drottninggatan", "Karlavägen", "Birger Jarlsgatan"], "da": ["H.C. Andersens Boulevard", "Niels Juels Gade"],
           "no": ["Karl Johans gate", "Henrik Ibsens gate"], "fi": ["Mannerheimintie", "Runeberginkatu"],
           "cs": ["Husova", "Masarykova", "náměstí Jiřího z Poděbrad"], "hu": ["Kossuth Lajos tér", "Ady Endre utca"],
           "tr": ["Atatürk Bulvarı", "İsmet İnönü Caddesi"], "ro": ["Bd. Ion C. Brătianu", "Str. Mihai Eminescu"],
           "el": ["Odos Eleftheriou Venizelou", "Plateia Omonoias"]}


def cc_of_lang(lg):
    return {"fr": "fr", "de": "de", "it": "it", "es": "es", "nl": "nl", "pt": "pt"}.get(lg) or cc_of(lg)


def constat(lg):
    lg = ch(list(CONSTAT))
    L = CONSTAT[lg]
    d = D(lg, "constat")
    cc = cc_of_lang(lg)
    k = rng.randrange(3)
    if k < 2:
        d.t(L[0] + "\n" + L[9] + ": ").n("DATE", other(lg)).t("   " + L[8] + ": ").n("STREET", ch(PSTREET[lg]))
        d.t(" / " + ch(ST[cc]) + " (" + ch(TOWN[cc])[1 if cc != "it" else 1] + ")\n\n")
        for side in "AB":
            g, s, o = who(lg)
            d.t("VÉHICULE " + side + "\n" if lg == "fr" else "FAHRZEUG " + side + "\n" if lg == "de" else "VEICOLO " + side + "\n" if lg == "it" else "VEHÍCULO " + side + "\n" if lg == "es" else "VOERTUIG " + side + "\n" if lg == "nl" else "VEÍCULO " + side + "\n")
            if k == 0:
                d.t(L[1] + "\n" + L[2] + " (majuscules)\u202f: " if lg == "fr" else L[1] + "\n" + L[2] + ": ").p(s.upper()).t("\n" + L[3] + ": ").p(g).t("\n")
                d.t(L[4] + ": ").a(address(cc)).t("\n")
            else:
                # PDF-to-text: labels of two boxes on one line, values on the next
                d.t(L[2] + " / " + L[3] + "                         " + L[4] + "\n")
                d.p(exported(s.upper() + " " + g)).t("                ").a(address(cc)).t("\n")
            V = {"fr": ("Société d'assurance", "Marque, type", "Immatriculation"), "de": ("Versicherung", "Marke, Typ", "Kennzeichen"),
                 "it": ("Compagnia", "Marca, tipo", "Targa"), "es": ("Aseguradora", "Marca, modelo", "Matrícula"),
                 "nl": ("Maatschappij", "Merk, type", "Kenteken"), "pt": ("Seguradora", "Marca, modelo", "Matrícula")}[lg]
            d.t(V[0] + ": ").n("ORG", ch(INSURER)).t("   N° " + digits(9) + "\n")
            d.t(V[1] + ": ").n("PRODUCT", ch(CARS)).t("   " + V[2] + ": " + ch("ABCDEFGHKLM") + ch("ABCDEFGHKLM") + "-" + digits(3) + "-" + ch("ABCDEF") + ch("ABCDEF") + "\n")
            if rng.random() < 0.55:
                dg, ds, do = (g, s, o) if rng.random() < 0.6 else who(lg)
                d.t(L[5] + ": ").p(form_name(dg, ds, do, ch(["SG", "gs", "S, G"]))).t("   " + L[6] + ": ").b(dob(lg, 1950, 2005, "num")).t("\n")
                if (dg, ds) != (g, s):
                    d.t(L[4] + ": ").a(address(cc)).t("\n")
            d.t("\n")
        if rng.random() < 0.6:
            wg, ws, wo = who(lg)
            d.t(L[7] + ": ").p(full(wg, ws, wo)).t(", ").a(address(cc)).t(", ").s("PHONE_NUMBER", phone(lg)).t("\n")
    else:
        g, s, o = who(lg)
        og, os_, oo = who(lg)
        ag, as_, ao = who(lg)
        d.t("From: ").p(full(g, s, o)).t(" <").s("EMAIL_ADDRESS", mail(g, s, ch(["gmail.com", "web.de", "orange.fr", "libero.it", "telenet.be"]))).t(">\n")
        d.t("To: Schadenabteilung " + ch(["AXA", "Allianz", "Generali", "Mapfre"]) + "\nSubject: Unfallbericht / constat vom ")
        dt = other(lg)
        d.n("DATE", dt).t("\n\nDear Sir or Madam,\n\nplease find attached the European accident statement. I was driving my ")
        d.n("PRODUCT", ch(CARS)).t(" on ").n("STREET", ch(PSTREET[lg])).t(" when the other vehicle, driven by ")
        d.p(full(og, os_, oo)).t(" (born ").b(dob(lg, 1950, 2004, ch(["num", "word"]))).t("), came out of a side road. ")
        d.t("The police officer, ").t(ch(["Inspector ", "PHK ", "brigadier ", "agente "])).p(as_).t(", noted the witness statements.\n")
        d.t("My address has changed since the policy was issued; it is now ").a(address(cc)).t(".\n\nKind regards\n").p(full(g, s, o)).t("\n")
    d.done()


# ---- towing and impound ------------------------------------------------------------------------
TOWCO = ["Abschleppdienst Kurz GmbH", "Dépannage Lefranc SARL", "City Towing & Recovery Ltd", "Sleepdienst Van Rooij",
         "Grúas Martínez S.L.", "Soccorso Stradale Ferri", "ADAC Straßenwacht", "Falck Redning"]


def tow(lg):
    lg = ch(["de", "de", "fr", "en", "nl", "es", "it", "da"])
    d = D(lg, "tow")
    cc = cc_of_lang(lg) if lg != "da" else "da"
    g, s, o = who(lg)
    k = rng.randrange(3)
    lot = ch(["Lot 3, Bay " + num(1, 60), "Stellplatz " + num(1, 80), "Emplacement " + num(1, 90), "Vak " + num(1, 40)])
    if k == 0:
        d.t("ABSCHLEPPPROTOKOLL / Sicherstellung Nr. ").n("CODE", "SV-" + digits(6)).t("\nAbgeschleppt am ").n("DATE", other("de"))
        d.t(" um " + num(6, 22) + ":" + num(10, 59) + " Uhr von ").n("STREET", ch(PSTREET["de"])).t(" (Feuerwehrzufahrt)\n")
        d.t("Fahrzeug: ").n("PRODUCT", ch(CARS)).t(", amtl. Kennzeichen " + ch(["B", "M", "HH", "K", "F"]) + "-" + ch(["AB", "XY", "KL"]) + " " + num(10, 9999) + "\n")
        d.t("Verwahrort: ").n("ADDR", lot).t(", Abschleppunternehmen ").n("ORG", ch(TOWCO)).t("\n\nHerausgabe an:\n")
        d.t("Name, Vorname: ").p(form_name(g, s, o, ch(["S, G", "SG"]))).t("\nGeburtsdatum: ").b(dob("de")).t("\nAnschrift: ").a(address(cc)).t("\n")
        d.t("Ausweis geprüft durch: POK ").p(ch(REAL["de"][1]) if rng.random() < 0.5 else invent("de", True)).t("\nKosten: " + num(180, 420) + ",00 EUR bezahlt\n")
    elif k == 1:
        d.t("VEHICLE RELEASE FORM — Impound ref ").n("CODE", "IMP" + digits(7)).t("\nVehicle: ").n("PRODUCT", ch(CARS)).t("  Location in yard: ").n("ADDR", lot).t("\n")
        d.t("Registered keeper: ").p(full(g, s, o)).t("\nDate of birth: ").b(dob("en" if lg == "en" else lg)).t("\nAddress: ").a(address(cc)).t("\n")
        if rng.random() < 0.5:
            ag, as_, ao = who(lg)
            d.t("Collected by (authorised agent): ").p(full(ag, as_, ao)).t(", DOB ").b(dob(lg)).t(", letter of authority seen\n")
        d.t("Released by: ").p(ch(REAL["en"][0]) + " " + ch(REAL["en"][1]) if rng.random() < 0.5 else invent("en", False) + " " + invent("en", True)).t(" (yard supervisor) on ").n("DATE", other(lg)).t("\n")
    elif lg == "fr":
        d.t("Bonjour, ma voiture a été mise en fourrière près de ").n("STREET", ch(PSTREET["fr"])).t(". Pour le dossier : je suis ")
        d.p(form_name(g, s, o, ch(["gs", "lower"]))).t(", née le ").b(dob("fr", kind=ch(["num", "word"]))).t(", domiciliée au ").a(address("fr"))
        d.t(". La ").n("ORG", ch(TOWCO)).t(" dit que le véhicule est à l'").n("ADDR", lot).t(". Ma sœur ").p(full(*who("fr")))
        d.t(" viendra le chercher avec une procuration.\n")
    else:
        d.t("hi, my car got towed from ").n("STREET", ch(PSTREET["en"])).t(" last night. for the release form: ")
        d.p(form_name(g, s, o, "lower")).t(", dob ").b(dob("en", kind="num")).t(", address ").a(address(ch(["gb", "ie"])).lower())
        d.t(". the yard (").n("ORG", ch(TOWCO)).t(") says it's in ").n("ADDR", lot).t(". my flatmate ").p(full(*who("en")).lower())
        d.t(" can pick it up if i can't, what does she need to bring?\n")
    d.done()


# ---- foster care -------------------------------------------------------------------------------
FOSTER_ORG = ["Barnardo's", "Pestalozzi-Kinderdorf", "SOS-Kinderdorf e.V.", "Fondation Méquignon",
              "Pleegzorg Vlaanderen", "Fundación Meniños", "Stiftelsen Ersta Diakoni", "Jugendamt Mitte"]
PETS = ["Bruno", "Luna", "Mia", "Rocky", "Pelle", "Simba", "Nala", "Filou", "Balou", "Kiki"]


def foster(lg):
    lg = ch(["en", "en", "de", "fr", "nl", "sv", "da", "es", "pl"])
    d = D(lg, "foster")
    cc = cc_of(lg)
    cg, cs, co = who(lg)
    k = rng.randrange(3)
    if k == 1 and lg != "de":
        k = 0
    if k == 0:
        fg, fs, fo = who(lg)
        f2, _, _ = who(lg)
        sw = who(lg)
        d.t("PLACEMENT AGREEMENT (foster care)\nChild: ").p(full(cg, cs, co)).t("   DOB: ").b(dob(lg, 2008, 2022)).t("\n")
        d.t("Placed with: ").p(fg).t(" and ").p(f2 + " " + fs).t(", ").a(address(cc)).t("\n")
        d.t("Placement start: ").n("DATE", other(lg, 2024, 2025)).t("   Type: short-term / kinship\n")
        d.t("Supervising social worker: ").p(full(*sw)).t(" (").n("ORG", ch(FOSTER_ORG)).t(")\n")
        d.t("Birth mother: ").p(full(who(lg)[0], cs, co)).t(" — supervised contact fortnightly at the family centre, ").n("ADDR", "Room " + num(2, 14)).t("\n")
        d.t("Household pets: dog ").n("PET", ch(PETS)).t(" (risk assessed)\n")
    elif k == 1:
        d.t("Hilfeplan gemäß § 36 SGB VIII — Vollzeitpflege (§ 33)\n" if lg == "de" else "Hilfeplan — Vollzeitpflege\n")
        d.t("Pflegekind: ").p(form_name(cg, cs, co, ch(["S, G", "gs"]))).t(", geb. ").b(dob("de", 2007, 2021)).t("\n")
        pg, ps, po = who(lg)
        d.t("Pflegeeltern: Frau ").p(full(pg, ps, po)).t(" und Herr ").p(full(who(lg)[0], ps, po)).t("\nAnschrift der Pflegefamilie: ").a(address(ch(["de", "at"]))).t("\n")
        d.t("Fallführende Fachkraft: ").p(full(*who("de"))).t(", ").n("ORG", ch(FOSTER_ORG)).t("\nNächstes Hilfeplangespräch: ").n("DATE", other("de", 2025, 2026)).t("\n")
    else:
        rows = rng.randint(2, 4)
        d.t("placement_id;child_name;child_dob;carer;carer_address;start_date\n")
        for _ in range(rows):
            g, s, o = who(lg)
            fg, fs, fo = who(lg)
            d.n("CODE", "PL-" + digits(5)).t(";").p(full(g, s, o)).t(";").b(dob(lg, 2006, 2022, ch(["iso", "num"])))
            d.t(";").p(full(fg, fs, fo)).t(";\"").a(address(cc_of(lg))).t("\";").n("DATE", other(lg, 2022, 2025, "iso")).t("\n")
    d.done()


# ---- scholarships ------------------------------------------------------------------------------
FOUND = ["Fulbright Commission", "Rhodes Trust", "Studienstiftung des deutschen Volkes", "Heinrich-Böll-Stiftung",
         "Konrad-Adenauer-Stiftung", "Fundación Amancio Ortega", "Fondation Jean Jaurès", "Marie Skłodowska-Curie Actions",
         "Fundação Calouste Gulbenkian", "Knut och Alice Wallenbergs Stiftelse", "Carlsbergfondet", "Prins Bernhard Cultuurfonds"]
UNIV = ["Humboldt-Universität zu Berlin", "Johns Hopkins University", "Erasmus Universiteit Rotterdam",
        "Université Paris Cité", "Universidad Carlos III de Madrid", "Università Bocconi", "Karolinska Institutet",
        "Uniwersytet Mikołaja Kopernika", "Masarykova univerzita", "Eötvös Loránd Tudományegyetem"]


def scholarship(lg):
    lg = ch(["en", "de", "es", "it", "pt", "pl", "hu", "cs", "el", "nl"])
    d = D(lg, "scholarship")
    cc = cc_of(lg)
    g, s, o = who(lg, 0.3)
    k = rng.randrange(3)
    if k == 0:
        d.t("SCHOLARSHIP APPLICATION — ").n("ORG", ch(FOUND)).t(" — cohort 2025/26\n\nSection A: Applicant\n")
        d.t("Family name(s): ").p(s.upper()).t("\nGiven name(s): ").p(g).t("\nDate of birth: ").b(dob(lg, 1995, 2006)).t("\n")
        d.t("Permanent address: ").a(address(cc)).t("\nE-mail: ").s("EMAIL_ADDRESS", mail(g, s, ch(["gmail.com", "outlook.com", "protonmail.com"]))).t("\n")
        d.t("Host institution: ").n("ORG", ch(UNIV)).t("\n\nSection D: Referees\n")
        for i in range(2):
            rg, rs, ro = who(lg)
            d.t(str(i + 1) + ". Prof. ").p(full(rg, rs, ro)).t(", ").n("ORG", ch(UNIV)).t("\n")
        d.t("Deadline: ").n("DATE", other("en", 2025, 2025, "word")).t("\n")
    elif k == 1:
        d.t("Rank | Name | Institution | Award (EUR)\n---|---|---|---\n")
        for i in range(rng.randint(4, 7)):
            gg, ss, oo = who(lg, 0.3)
            d.t(str(i + 1) + " | ").p(form_name(gg, ss, oo, ch(["gs", "S, G", "SG"]))).t(" | ").n("ORG", ch(UNIV)).t(" | " + ch(["12,000", "8,500", "5,000", "3,000"]) + "\n")
        d.t("\nAwards approved by the board of the ").n("ORG", ch(FOUND)).t(" on ").n("DATE", other("en", 2025, 2025, "word")).t(".\n")
    else:
        mg, ms, mo = who(lg)
        d.t("Personal statement (excerpt)\n\nMy name is ").p(full(g, s, o)).t(" and I was born on ").b(dob("en", 1996, 2006, "word"))
        d.t(" in a small town. My interest in medicine began when my grandmother ").p(full(mg, ms, mo)).t(" was diagnosed with ")
        d.n("TERM", ch(EPONYM)).t(". Reading ").n("FAMOUS", ch(["Marie Curie", "Rosalind Franklin", "Santiago Ramón y Cajal", "Rita Levi-Montalcini", "Alexander Fleming"]))
        d.t(" convinced me to apply to the ").n("ORG", ch(FOUND)).t(". My current address for correspondence is ").a(address(cc)).t(".\n")
    d.done()


# ---- trademark registers -----------------------------------------------------------------------
MARKS = ["BELLAVISTA", "MAMMA ROSA", "KAPITÄN KRILL", "NONNA PINA", "TANTE EMMA", "DON PEPITO", "OSKAR & FREUNDE",
         "MISS MARPLE TEA", "PETIT LOUIS", "ZIO CARLO", "HERR FUCHS", "MADAME CRÊPE"]


def trademark(lg):
    lg = ch(["en", "de", "fr", "es", "it", "pl", "cs", "hu", "tr", "ro", "el", "pt"])
    d = D(lg, "trademark")
    cc = cc_of(lg)
    g, s, o = who(lg)
    k = rng.randrange(3)
    if k == 0:
        d.t("(111) ").n("CODE", "0" + digits(8)).t("\n(151) ").n("DATE", other("en", 2019, 2024, "iso")).t("\n(540) ").n("PRODUCT", ch(MARKS))
        d.t("\n(511) " + ", ".join(sorted({num(1, 45) for _ in range(3)}, key=int)) + "\n(731) ").p(form_name(g, s, o, ch(["SGc", "GSc", "gs"])))
        d.t(", ").a(address(cc)).t(" (" + cc.upper() + ")\n(740) ")
        rg, rs, ro = who(lg)
        d.p(full(rg, rs, ro)).t(", ").n("ORG", ch(["Müller & Partner Patentanwälte", "Cabinet Regimbeau", "Elzaburu S.L.P.", "Jacobacci & Partners", "Baker McKenzie", "Hoffmann Eitle"])).t("\n")
        d.t("(220) ").n("DATE", other("en", 2018, 2023, "iso")).t("\n")
    elif k == 1:
        d.t("TSDR — Status\nMark: ").n("PRODUCT", ch(MARKS)).t("\nUS Serial Number: ").n("CODE", "9" + digits(7)).t("  Filing Date: ").n("DATE", other("en", 2020, 2024, "word"))
        d.t("\nOwner Name: ").p(full(g, s, o).upper()).t("\nOwner Address: ").a(address("us", "\n")).t("\nLegal Entity Type: INDIVIDUAL   Citizenship: " + ch(["UNITED STATES", "GERMANY", "ITALY", "POLAND"]) + "\n")
        ag, as_, ao = who("en")
        d.t("Attorney of Record: ").p(full(ag, as_, ao)).t("\nCorrespondent e-mail: ").s("EMAIL_ADDRESS", mail(ag, as_, "tmlaw.example.com")).t("\n")
    else:
        d.lg = "de"
        d.t("DPMAregister — Marke ").n("CODE", "30" + digits(10)).t("\nWortmarke: ").n("PRODUCT", ch(MARKS)).t("\nInhaber: ").p(full(g, s, o))
        d.t(", ").a(address(ch(["de", "at", "ch"]))).t("\nVertreter: ").p(full(*who("de"))).t(", Rechtsanwalt, ").n("ORG", ch(["Kanzlei Weidner & Söhne", "CMS Hasche Sigle", "Grünecker Patentanwälte"])).t("\n")
        d.t("Anmeldetag: ").n("DATE", other("de", 2018, 2024)).t("  Widerspruch von ").n("ORG", ch(["Dr. Oetker", "Hugo Boss AG", "Tchibo GmbH", "Haribo"])).t(" eingelegt.\n")
    d.done()


# ---- SEPA XML ----------------------------------------------------------------------------------
CREDITOR = ["Stadtwerke Bielefeld", "Vattenfall Europe", "Techniker Krankenkasse", "EDF", "Eneco", "Iberdrola",
            "Fitness First", "Deutsche Telekom", "Enel Energia", "Telenet"]


def sepa(lg):
    lg = ch(["de", "de", "fr", "nl", "es", "it", "be", "at", "pt", "fi"])
    cc = {"de": "DE", "fr": "FR", "nl": "NL", "es": "ES", "it": "IT", "be": "BE", "at": "AT", "pt": "PT", "fi": "FI"}[lg]
    alc = {"be": "fr", "at": "de"}.get(lg, lg)
    acc = {"DE": "de", "FR": "fr", "NL": "nl", "ES": "es", "IT": "it", "BE": "be", "AT": "at", "PT": "pt", "FI": "fi"}[cc]
    d = D(alc, "sepa")
    k = rng.randrange(3)
    if k == 0:
        g, s, o = who(alc)
        y, m, dd = ymd(1950, 2004)
        d.t('<?xml version="1.0" encoding="UTF-8"?>\n<Document xmlns="urn:iso:std:iso:20022:tech:xsd:pain.001.001.03">\n<CstmrCdtTrfInitn>\n')
        d.t("<GrpHdr><MsgId>").n("CODE", "MSG" + digits(10)).t("</MsgId><CreDtTm>").n("DATE", "%04d-%02d-%02dT%02d:%02d:00" % (ymd(2024, 2025) + (rng.randint(7, 20), rng.randint(0, 59)))).t("</CreDtTm><NbOfTxs>1</NbOfTxs></GrpHdr>\n")
        d.t("<PmtInf><PmtMtd>TRF</PmtMtd><ReqdExctnDt>").n("DATE", "%04d-%02d-%02d" % ymd(2024, 2025)).t("</ReqdExctnDt>\n")
        d.t("<Dbtr><Nm>").p(full(g, s, o)).t("</Nm>\n<PstlAdr><Ctry>" + cc + "</Ctry><AdrLine>").a(street(acc)).t("</AdrLine><AdrLine>" + tail(acc) + "</AdrLine></PstlAdr>\n")
        d.t("<Id><PrvtId><Othr><Id>").n("CODE", digits(10)).t("</Id></Othr><DtAndPlcOfBirth><BirthDt>").b("%04d-%02d-%02d" % (y, m, dd)).t("</BirthDt><CityOfBirth>")
        d.t(ch(["Köln", "Lyon", "Gent", "Sevilla", "Torino", "Porto", "Tampere", "Linz"]) + "</CityOfBirth><CtryOfBirth>" + cc + "</CtryOfBirth></DtAndPlcOfBirth></PrvtId></Id></Dbtr>\n")
        d.t("<DbtrAcct><Id><IBAN>").s("IBAN_CODE", iban(cc).replace(" ", "")).t("</IBAN></Id></DbtrAcct>\n")
        cg, cs_, co = who(alc)
        d.t("<CdtTrfTxInf><PmtId><EndToEndId>").n("CODE", "E2E-" + digits(8)).t("</EndToEndId></PmtId><Amt><InstdAmt Ccy=\"EUR\">" + num(50, 2400) + ".00</InstdAmt></Amt>\n")
        d.t("<Cdtr><Nm>").p(full(cg, cs_, co)).t("</Nm></Cdtr><CdtrAcct><Id><IBAN>").s("IBAN_CODE", iban(ch(list(IBAN_SPEC))).replace(" ", "")).t("</IBAN></Id></CdtrAcct>\n")
        d.t("<RmtInf><Ustrd>" + ch(["Miete ", "Loyer ", "Huur ", "Alquiler ", "Affitto "]) + MON["en"][rng.randrange(12)] + " Whg. 3 OG</Ustrd></RmtInf></CdtTrfTxInf>\n</PmtInf>\n</CstmrCdtTrfInitn>\n</Document>\n")
    elif k == 1:
        d.t("<DrctDbtTxInf>\n  <PmtId><EndToEndId>").n("CODE", "MNDT-" + digits(6)).t("</EndToEndId></PmtId>\n  <DrctDbtTx><MndtRltdInf><MndtId>")
        d.n("CODE", "M" + digits(9)).t("</MndtId><DtOfSgntr>").n("DATE", "%04d-%02d-%02d" % ymd(2019, 2024)).t("</DtOfSgntr></MndtRltdInf></DrctDbtTx>\n")
        d.t("  <Cdtr><Nm>").n("ORG", ch(CREDITOR)).t("</Nm></Cdtr>\n")
        for _ in range(1):
            g, s, o = who(alc)
            d.t("  <Dbtr><Nm>").p(form_name(g, s, o, ch(["gs", "SGc", "S, G"]))).t("</Nm><PstlAdr><StrtNm>")
            st = street(acc)
            d.a(st).t("</StrtNm><PstCd>" + ch(TOWN[acc])[0] + "</PstCd><TwnNm>" + ch(TOWN[acc])[1] + "</TwnNm></PstlAdr></Dbtr>\n")
            d.t("  <DbtrAcct><Id><IBAN>").s("IBAN_CODE", iban(cc).replace(" ", "")).t("</IBAN></Id></DbtrAcct>\n")
            if rng.random() < 0.4:
                ug, us_, uo = who(alc)
                d.t("  <UltmtDbtr><Nm>").p(full(ug, us_, uo)).t("</Nm></UltmtDbtr>\n")
        d.t("</DrctDbtTxInf>\n")
    else:
        d.t("camt.053 entries (pasted from the bank export, why do two bookings have no name?)\n")
        for _ in range(rng.randint(3, 5)):
            bd = "%04d-%02d-%02d" % ymd(2025, 2025)
            d.t("<Ntry><Amt Ccy=\"EUR\">" + num(5, 900) + "." + digits(2) + "</Amt><CdtDbtInd>" + ch(["CRDT", "DBIT"]) + "</CdtDbtInd><BookgDt><Dt>").n("DATE", bd).t("</Dt></BookgDt>")
            r = rng.random()
            if r < 0.6:
                g, s, o = who(alc)
                tag = ch(["Dbtr", "Cdtr"])
                d.t("<NtryDtls><TxDtls><RltdPties><" + tag + "><Nm>").p(form_name(g, s, o, ch(["gs", "SGc", "GSc"]))).t("</Nm></" + tag + "></RltdPties>")
                d.t("<RmtInf><Ustrd>" + ch(["Geschenk Oma", "remboursement resto", "terugbetaling weekend", "cumpleaños", "quota calcetto", "Nebenkosten"]) + "</Ustrd></RmtInf></TxDtls></NtryDtls>")
            elif r < 0.8:
                d.t("<NtryDtls><TxDtls><RltdPties><Cdtr><Nm>").n("ORG", ch(CREDITOR)).t("</Nm></Cdtr></RltdPties></TxDtls></NtryDtls>")
            d.t("</Ntry>\n")
    d.done()


# ---- energy supplier switch --------------------------------------------------------------------
SUPPLIER = ["E.ON", "Vattenfall", "EnBW", "Octopus Energy", "Engie", "TotalEnergies", "Essent", "Vandebron",
            "Iberdrola", "Endesa", "Enel Energia", "EDP Comercial", "Fortum", "Ørsted"]
SWITCH = {
    "de": ("Auftrag Lieferantenwechsel Strom", "Vertragspartner", "Name, Vorname", "Geburtsdatum (für Bonitätsprüfung)",
           "Lieferanschrift", "Zählernummer", "Marktlokations-ID", "bisheriger Lieferant", "Wunschtermin"),
    "en": ("Switching your energy supply", "Account holder", "Full name", "Date of birth", "Supply address",
           "Meter serial number", "MPAN", "Current supplier", "Switch date"),
    "nl": ("Overstapformulier energie", "Contractant", "Naam", "Geboortedatum", "Leveringsadres", "Meternummer",
           "EAN-code", "Huidige leverancier", "Ingangsdatum"),
    "fr": ("Souscription d'un contrat d'électricité", "Titulaire du contrat", "Nom et prénom", "Date de naissance",
           "Adresse du logement", "N° de compteur", "PDL", "Fournisseur actuel", "Date de mise en service"),
    "es": ("Solicitud de cambio de comercializadora", "Titular", "Nombre y apellidos", "Fecha de nacimiento",
           "Dirección de suministro", "Nº de contador", "CUPS", "Comercializadora actual", "Fecha de alta"),
    "it": ("Richiesta di voltura e cambio fornitore", "Intestatario", "Cognome e nome", "Data di nascita",
           "Indirizzo di fornitura", "Matricola contatore", "POD", "Fornitore attuale", "Decorrenza"),
    "pt": ("Pedido de mudança de comercializador", "Titular", "Nome completo", "Data de nascimento",
           "Morada de fornecimento", "N.º do contador", "CPE", "Comercializador atual", "Data de início"),
    "fi": ("Sähkösopimuksen vaihto", "Sopimuksen tekijä", "Nimi", "Syntymäaika", "Käyttöpaikan osoite",
           "Mittarin numero", "Käyttöpaikkatunnus", "Nykyinen myyjä", "Aloituspäivä"),
}


def meter_id(lg):
    return {"de": "DE0" + digits(11) + "E" + digits(5)[:0] + digits(2), "en": "S 01 801 " + digits(3) + " " + digits(2) + " " + digits(4) + " " + digits(4) + " " + digits(3),
            "nl": "871" + digits(15), "fr": digits(14), "es": "ES0" + digits(15) + ch(["JN", "KL", "PR"]) + "0F",
            "it": "IT001E" + digits(8), "pt": "PT0002" + digits(12) + ch(["FK", "JZ"]), "fi": "6430" + digits(14)}[lg]


def energy(lg):
    lg = ch(list(SWITCH))
    L = SWITCH[lg]
    d = D(lg, "energy")
    cc = cc_of_lang(lg) if lg != "fi" else "fi"
    if lg == "en":
        cc = "gb"
    g, s, o = who(lg)
    k = rng.randrange(3)
    if k < 2:
        d.t(L[0] + "\n\n" + L[1] + "\n")
        if k == 0:
            d.t(L[2] + ": ").p(form_name(g, s, o, ch(["gs", "S, G", "GSc"]))).t("\n" + L[3] + ": ").b(dob(lg if lg != "en" else "en")).t("\n")
            d.t(L[4] + ": ").a(address(cc)).t("\n")
        else:
            d.t(L[2] + "                         " + L[3] + "\n")
            d.p(exported(form_name(g, s, o, ch(["gs", "SG"])))).t("                ").b(dob(lg)).t("\n" + L[4] + "\n").a(address(cc, "\n")).t("\n")
        d.t(L[5] + ": ").n("CODE", digits(rng.randint(8, 12))).t("   " + L[6] + ": ").n("CODE", meter_id(lg)).t("\n")
        d.t(L[7] + ": ").n("ORG", ch(SUPPLIER)).t("   " + L[8] + ": ").n("DATE", other(lg, 2025, 2026)).t("\n")
        d.t({"de": "Zählerstand", "en": "Meter reading", "nl": "Meterstand", "fr": "Relevé", "es": "Lectura",
             "it": "Lettura", "pt": "Leitura", "fi": "Lukema"}[lg] + ": " + digits(5) + " kWh\n")
        if rng.random() < 0.4:
            pg, ps, po = who(lg)
            d.t("Abweichender Rechnungsempfänger: " if lg == "de" else "Bill payer (if different): ").p(full(pg, ps, po)).t(", ").a(address(cc_of(lg))).t("\n")
    else:
        d.t("Subject: " + ch(["Zählerstand", "meter reading", "meterstand", "relevé"]) + " — ").n("CODE", meter_id(lg)).t("\n\n")
        d.t(ch(["Hallo,", "Hi,", "Hoi,", "Bonjour,", "Hola,", "Buongiorno,", "Olá,", "Hei,"]) + "\n")
        d.t("moving out on ").n("DATE", other("en", 2025, 2025, "word")).t(". Final reading " + digits(5) + " kWh. The new tenant is ")
        ng, ns, no = who(lg)
        d.p(full(ng, ns, no)).t("; my forwarding address is ").a(address(cc_of(lg))).t(".\nThanks, ").p(g).t("\n")
    d.done()


# ---- press accreditation -----------------------------------------------------------------------
MEDIA = ["Reuters", "Bloomberg", "Agence France-Presse", "Der Spiegel", "Le Monde", "El País", "Corriere della Sera",
         "NRC", "Dagens Nyheter", "Helsingin Sanomat", "Gazeta Wyborcza", "Hürriyet", "Kathimerini", "Público",
         "Süddeutsche Zeitung", "RTL Nieuws", "Politiken", "Aftenposten"]
EVENT = ["European Council summit", "Berlinale", "Festival de Cannes", "Mostra di Venezia", "Nobel Week",
         "UEFA Euro 2028 draw", "Tour de France Grand Départ", "Salone del Mobile"]


def press(lg):
    lg = ch(["en", "de", "fr", "it", "es", "nl", "sv", "no", "da", "fi", "pl", "tr", "el", "pt"])
    d = D(lg, "press")
    k = rng.randrange(3)
    if k == 0:
        withb = rng.random() < 0.3
        bcol = ("Geburtsdatum;" if lg == "de" else "date_of_birth,") if withb else ""
        d.t("Nachname;Vorname;Medium;Funktion;" + bcol + "Presseausweis\n" if lg == "de" else "last_name,first_name,outlet,role," + bcol + "press_card\n")
        sep = ";" if lg == "de" else ","
        for _ in range(rng.randint(4, 7)):
            g, s, o = who(lg, 0.25)
            d.p(s if rng.random() < 0.7 else s.upper()).t(sep).p(g).t(sep).n("ORG", ch(MEDIA)).t(sep + ch(["Fotograf", "Redakteur", "photographer", "reporter", "camera", "editor"]) + sep)
            if withb:
                d.b(dob(lg, 1960, 2002, ch(["num", "iso"]))).t(sep)
            d.n("CODE", ch(["DJV", "NUJ", "CCIJP", "FNSI"]) + "-" + digits(6)).t("\n")
    elif k == 1:
        g, s, o = who(lg, 0.25)
        ev = ch(EVENT)
        d.t("From: Press Office (accreditation)\nTo: ").s("EMAIL_ADDRESS", mail(g, s, ch(["reuters.example", "spiegel.example", "elpais.example", "nrc.example"])))
        d.t("\nSubject: Accreditation approved — ").n("ORG", ev).t("\n\nDear ").p(full(g, s, o)).t(",\n\nyour accreditation as " + ch(["photographer", "journalist", "TV crew"]) + " for ")
        d.n("ORG", ch(MEDIA)).t(" is approved. Please collect your badge at ").n("ADDR", ch(["Gate " + num(1, 9), "Desk " + num(1, 12), "Pavilion " + num(1, 6)]))
        d.t(" with your ID. Your camera operator ").p(full(*who(lg, 0.25))).t(" still needs to upload a photo.\nAccess starts ").n("DATE", other("en", 2025, 2026, "word")).t(".\n\nPress office\n")
    else:
        d.t('{"event": "').n("ORG", ch(EVENT)).t('", "accreditations": [\n')
        n_ = rng.randint(2, 4)
        for i in range(n_):
            g, s, o = who(lg, 0.25)
            d.t('  {"surname": "').p(s).t('", "given_name": "').p(g)
            if i == 0 or rng.random() < 0.3:
                d.t('", "birth_date": "').b(dob(lg, 1960, 2002, "iso"))
            d.t('", "medium": "').n("ORG", ch(MEDIA)).t('", "badge": "').n("CODE", "PR-" + digits(5)).t('"}' + ("," if i < n_ - 1 else "") + "\n")
        d.t("]}\n")
    d.done()


# ---- translation memories ----------------------------------------------------------------------
TMX_PAIRS = [("en", "de"), ("de", "fr"), ("fr", "nl"), ("en", "es"), ("it", "en"), ("pl", "de"), ("en", "pt"),
             ("sv", "en"), ("cs", "de"), ("hu", "en"), ("tr", "de"), ("el", "en"), ("ro", "fr"), ("da", "en")]
SEG = {
    "en": ("Dear {T} {N},", "born on {B}", "resident at {A}"),
    "de": ("Sehr geehrte/r {T} {N},", "geboren am {B}", "wohnhaft in {A}"),
    "fr": ("Madame, Monsieur {N},", "né(e) le {B}", "demeurant {A}"),
    "nl": ("Geachte {T} {N},", "geboren op {B}", "wonende te {A}"),
    "es": ("Estimado/a {T} {N}:", "nacido/a el {B}", "con domicilio en {A}"),
    "it": ("Gentile {T} {N},", "nato/a il {B}", "residente in {A}"),
    "pt": ("Caro/a {T} {N},", "nascido/a em {B}", "residente em {A}"),
    "pl": ("Szanowny Panie / Szanowna Pani {N},", "urodzony/a {B}", "zamieszkały/a {A}"),
    "sv": ("Hej {N},", "född {B}", "bosatt på {A}"),
    "cs": ("Vážený pane / Vážená paní {N},", "narozen(a) {B}", "bytem {A}"),
    "hu": ("Tisztelt {N}!", "született {B}", "lakcím: {A}"),
    "tr": ("Sayın {N},", "doğum tarihi {B}", "adres: {A}"),
    "el": ("Agapite/i {N},", "gennithike stis {B}", "me diefthynsi {A}"),
    "ro": ("Stimate/Stimată {N},", "născut(ă) la {B}", "domiciliat(ă) în {A}"),
    "da": ("Kære {N},", "født {B}", "bosat på {A}"),
}
TITLE = {"en": "Ms", "de": "Frau", "nl": "mevrouw", "es": "Sra.", "it": "Sig.ra", "pt": "Sra."}


def fill_seg(d, tmpl, lg, N, B, A):
    i = 0
    while i < len(tmpl):
        j = tmpl.find("{", i)
        if j < 0:
            d.t(tmpl[i:])
            break
        d.t(tmpl[i:j])
        key = tmpl[j + 1]
        if key == "T":
            d.t(TITLE.get(lg, ""))
        elif key == "N":
            d.p(N)
        elif key == "B":
            d.b(B[lg])
        elif key == "A":
            d.a(A)
        i = j + 3


def tmx(lg):
    src, dst = ch(TMX_PAIRS)
    d = D(src, "tmx")
    g, s, o = who(src)
    N = exported(full(g, s, o))
    y, m, dd = ymd(1945, 2004)
    B = {x: (dword(x, y, m, dd) if rng.random() < 0.5 else dnum(x, y, m, dd)) for x in SEG}
    B[dst] = dword(dst, y, m, dd) if rng.random() < 0.5 else dnum(dst, y, m, dd)
    A = address(cc_of(src))
    k = rng.randrange(2)
    if k == 0:
        d.t('<tmx version="1.4"><header creationtool="' + ch(["SDL Trados Studio", "memoQ", "Wordfast"]) + '" srclang="' + src + '" datatype="plaintext"/>\n<body>\n')
        d.t('<tu creationdate="').n("DATE", "%04d%02d%02dT%02d%02d00Z" % (ymd(2022, 2025) + (rng.randint(7, 19), rng.randint(0, 59)))).t('" creationid="TRANSLATOR' + num(1, 9) + '">\n')
        for x in (src, dst):
            d.t(' <tuv xml:lang="' + x + '"><seg>')
            fill_seg(d, SEG[x][0], x, N, B, A)
            d.t("</seg></tuv>\n")
        d.t("</tu>\n<tu>\n")
        for x in (src, dst):
            d.t(' <tuv xml:lang="' + x + '"><seg>')
            d.t("… ")
            fill_seg(d, SEG[x][1], x, N, B, A)
            d.t(", ")
            fill_seg(d, SEG[x][2], x, N, B, A)
            d.t("</seg></tuv>\n")
        d.t("</tu>\n<tu>\n <tuv xml:lang=\"" + src + "\"><seg>")
        brand = ch(["Dr. Oetker", "Mercedes-Benz", "Hugo Boss", "Louis Vuitton", "Ferrero Rocher", "Carl Zeiss"])
        d.n("ORG", brand).t(" ® — do not translate</seg></tuv>\n <tuv xml:lang=\"" + dst + "\"><seg>").n("ORG", brand).t(" ®</seg></tuv>\n</tu>\n</body></tmx>\n")
    else:
        rg, rs, ro = who(dst)
        d.t('<xliff version="1.2"><file source-language="' + src + '" target-language="' + dst + '" original="certificate.docx">\n<body>\n')
        d.t('<trans-unit id="' + num(1, 99) + '">\n <source>')
        fill_seg(d, SEG[src][1], src, N, B, A)
        d.t("</source>\n <target state=\"translated\">")
        fill_seg(d, SEG[dst][1], dst, N, B, A)
        d.t("</target>\n <note from=\"reviewer\">").p(full(rg, rs, ro)).t(": check the date format against the source</note>\n</trans-unit>\n")
        d.t('<trans-unit id="' + num(100, 199) + '">\n <source>Diagnosis: ').n("TERM", ch(EPONYM)).t("</source>\n <target state=\"needs-review\"/>\n</trans-unit>\n")
        d.t('<trans-unit id="' + num(200, 299) + '">\n <source>')
        fill_seg(d, SEG[src][2], src, N, B, A)
        d.t("</source>\n</trans-unit>\n</body></file></xliff>\n")
    d.done()


# ---- hotel night audit and housekeeping --------------------------------------------------------
HOTEL = ["Hilton Garden Inn", "Marriott Courtyard", "The Ritz-Carlton", "Hotel Adlon Kempinski", "Four Seasons",
         "Radisson Blu", "Best Western Plus", "Hotel Sacher", "Conrad", "Scandic"]


def nightaudit(lg):
    lg = ch(["en", "de", "fr", "it", "es", "nl", "sv", "da", "no", "fi", "cs", "hu", "el", "pt"])
    d = D(lg, "nightaudit")
    k = rng.randrange(3)
    if k == 0:
        d.t("NIGHT AUDIT — IN-HOUSE GUEST LIST            ").n("ORG", ch(HOTEL)).t("\nBusiness date: ").n("DATE", other("en", 2025, 2025, "iso")).t("\n")
        d.t("Room  Guest                          Arr        Dep        Rate    Balance\n")
        for _ in range(rng.randint(4, 7)):
            g, s, o = who(lg, 0.3)
            nm = form_name(g, s, o, ch(["SGc", "S, G", "SGc"]))
            d.n("ADDR", num(101, 812)).t("   ").p(nm).t(" " * max(2, 31 - len(nm)))
            m_, a_ = rng.randint(1, 12), rng.randint(1, 20)
            d.n("DATE", "%02d/%02d/25" % (a_, m_)).t("   ").n("DATE", "%02d/%02d/25" % (a_ + rng.randint(1, 8), m_))
            d.t("   " + num(89, 420) + ".00  " + num(0, 1800) + "." + digits(2) + "\n")
        bg, bs, bo = who(lg)
        d.t("\nBirthday in house: ").p(exported(full(bg, bs, bo))).t(" (DOB ").b(dob(lg, 1950, 2000)).t(") — amenity to room ").n("ADDR", num(201, 512)).t("\n")
        d.t("Audit run by: ").p(full(*who(lg))).t(", night manager\n")
    elif k == 1:
        d.t("HOUSEKEEPING REPORT  floor " + num(2, 8) + "   attendant: ").p(full(*who(lg, 0.4))).t("   supervisor: ").p(full(*who(lg, 0.4))).t("\n")
        for _ in range(rng.randint(4, 7)):
            st = ch(["VD", "OC", "DND", "SO", "C/O", "OOO"])
            d.t("Rm ").n("ADDR", num(201, 812)).t("  " + st + "  ")
            if st in ("OC", "SO", "DND") and rng.random() < 0.7:
                g, s, o = who(lg, 0.3)
                d.p(form_name(g, s, o, ch(["SGc", "S, G", "init"])))
                if rng.random() < 0.3:
                    d.t(" — dog ").n("PET", ch(PETS)).t(" in room")
            else:
                d.t(ch(["ready", "inspect", "minibar", "bulb out bathroom", "maintenance req."]))
            d.t("\n")
    else:
        g, s, o = who(lg, 0.3)
        d.t("[night audit log]\n02:14 " + ch(["NA", "FO"]) + ": walk-in guest ").p(full(g, s, o)).t(" registered to ").n("ADDR", "room " + num(101, 812))
        d.t(", ID checked, home address ").a(address(cc_of(lg))).t(", date of birth ").b(dob(lg)).t("\n")
        d.t("03:40 late arrival ").p(form_name(*who(lg, 0.3), ch(["SGc", "gs"]))).t(" (group ").n("ORG", ch(["Siemens Healthineers", "Philips", "Bosch", "Ferrero", "Michelin"])).t(") — no-show reversed\n")
        d.t("05:55 end of day rolled; manager on duty ").p(full(*who(lg))).t(" informed\n")
    d.done()


# ---- building access control -------------------------------------------------------------------
DOOR = ["Lobby Turnstile 2", "Einstein Meeting Room", "Curie Lab", "Server Room B1", "Parking Gate North",
        "Tesla Wing Door 3", "Ada Lovelace Suite", "Loading Dock", "Roof Access"]


def access(lg):
    lg = ch(["en", "de", "nl", "fr", "sv", "pl", "cs", "da", "fi", "es"])
    d = D(lg, "access")
    k = rng.randrange(3)
    if k == 0:
        d.t("Time,Door,Badge,Cardholder,Event\n")
        for _ in range(rng.randint(5, 8)):
            ts = "%04d-%02d-%02d %02d:%02d:%02d" % (ymd(2025, 2025) + (rng.randint(6, 22), rng.randint(0, 59), rng.randint(0, 59)))
            d.t(ts + ",")
            door = ch(DOOR)
            if door in ("Einstein Meeting Room", "Curie Lab", "Tesla Wing Door 3", "Ada Lovelace Suite"):
                d.n("PLACE", door)
            else:
                d.t(door)
            d.t(",").n("CODE", digits(6)).t(",")
            if rng.random() < 0.85:
                g, s, o = who(lg, 0.3)
                d.t('"').p(form_name(g, s, o, ch(["S, G", "S, G", "gs"]))).t('"')
            else:
                d.t("VISITOR-" + num(1, 40))
            d.t("," + ch(["GRANTED", "GRANTED", "DENIED", "TAILGATE ALARM"]) + "\n")
    elif k == 1:
        g, s, o = who(lg, 0.3)
        d.t("BADGE ENROLMENT FORM\nSurname: ").p(s.upper()).t("   First name: ").p(g).t("\nDate of birth: ").b(dob(lg, 1955, 2005)).t("\n")
        d.t("Home address (for security vetting): ").a(address(cc_of(lg))).t("\nEmployer: ").n("ORG", ch(["Securitas", "ISS Facility Services", "Sodexo", "Siemens", "Carl Zeiss AG", "Johnson Controls"]))
        d.t("\nSponsor / host: ").p(full(*who(lg))).t("\nAccess levels: ").n("PLACE", ch(["Curie Lab", "Einstein Meeting Room", "Ada Lovelace Suite"])).t(", Floors 2-4\nBadge no.: ").n("CODE", digits(6)).t("\n")
    else:
        g, s, o = who(lg, 0.3)
        hg, hs, ho = who(lg)
        d.t("Security incident " + ch(["SI", "INC"]) + "-").n("CODE", digits(5)).t(": at ").n("DATE", other("en", 2025, 2025, "iso")).t(" 19:42 badge ").n("CODE", digits(6))
        d.t(" (").p(full(g, s, o)).t(") was used at ").n("PLACE", ch(["Einstein Meeting Room", "Curie Lab", "Tesla Wing Door 3"])).t(" while the holder was on leave. ")
        d.t("Host ").p(full(hg, hs, ho)).t(" confirmed the card was lent to a contractor; the guard, ").p(ch(REAL["en"][0]) if rng.random() < 0.5 else invent("en", False)).t(", collected it.\n")
    d.done()


# ---- naturalisation and ceremonies -------------------------------------------------------------
COUNTRY_OF = {"pl": "Pologne", "ro": "Roumanie", "tr": "Turquie", "el": "Grèce", "pt": "Portugal", "ar": "Maroc",
              "zh": "Chine", "in": "Inde", "ng": "Nigeria", "vi": "Viêt Nam", "cs": "Tchéquie", "hu": "Hongrie",
              "fa": "Iran", "ke": "Kenya", "ko": "Corée du Sud", "ja": "Japon", "it": "Italie", "es": "Espagne"}
COUNTRY_EN = {"pl": "Poland", "ro": "Romania", "tr": "Turkey", "el": "Greece", "pt": "Portugal", "ar": "Morocco",
              "zh": "China", "in": "India", "ng": "Nigeria", "vi": "Vietnam", "cs": "Czechia", "hu": "Hungary",
              "fa": "Iran", "ke": "Kenya", "ko": "South Korea", "ja": "Japan", "it": "Italy", "es": "Spain"}
BIRTHTOWN = {"pl": "Kraków", "ro": "Iași", "tr": "Konya", "el": "Thessaloniki", "pt": "Braga", "ar": "Casablanca",
             "zh": "Chengdu", "in": "Pune", "ng": "Enugu", "vi": "Huế", "cs": "Brno", "hu": "Szeged", "fa": "Shiraz",
             "ke": "Nakuru", "ko": "Daegu", "ja": "Sendai", "it": "Bari", "es": "Cádiz"}


def citizenship(lg):
    lg = ch(["fr", "fr", "en", "de", "nl", "sv", "da", "no", "fi", "it"])
    d = D(lg, "citizenship")
    k = rng.randrange(3) if lg == "fr" else rng.randrange(1, 3)
    if k == 0:
        d.t("Décret du\u00a0").n("DATE", other("fr", 2024, 2025, "word")).t(" portant naturalisation, réintégration, mention d'enfants mineurs\n\n")
        for _ in range(rng.randint(2, 4)):
            o = ch(list(COUNTRY_OF))
            g, s, _o = person(o, 0)
            g2 = g + (" " + invent(o, False) if rng.random() < 0.3 else "")
            d.p(s.upper() + " (" + g2 + ")").t(", NAT " + str(rng.randint(2021, 2024)) + "X " + digits(6) + ", ")
            d.t("né" + ch(["", "e"]) + " le ").b(dnum("fr", *ymd(1960, 2004))).t(" à " + BIRTHTOWN[o] + " (" + COUNTRY_OF[o] + "), dép. " + ch(["75", "69", "13", "33", "59", "67"]) + ".\n")
            if rng.random() < 0.35:
                cg, _, _ = person(o, 0)
                d.t("  Enfant mineur : ").p(s.upper() + " (" + cg + ")").t(", né le ").b(dnum("fr", *ymd(2010, 2020))).t(".\n")
    elif k == 1:
        d.t({"en": "Citizenship ceremony — attendee list", "de": "Einbürgerungsfeier — Liste der Eingeladenen", "nl": "Naturalisatieceremonie — uitnodigingen",
             "sv": "Medborgarskapsceremoni — deltagare", "da": "Grundlovsceremoni — deltagerliste", "no": "Statsborgerseremoni — deltakere",
             "fi": "Kansalaisuusjuhla — osallistujat", "it": "Cerimonia di giuramento — elenco", "fr": "Cérémonie d'accueil — liste"}[lg])
        d.t("\nDate: ").n("DATE", other(lg, 2025, 2025)).t("   Venue: ").n("ORG", ch(["Town Hall", "Rathaus Schöneberg", "Stadhuis", "Stadshuset", "Palazzo Marino", "Eduskuntatalo"])).t("\n")
        d.t("Presiding: ").p(full(*who(lg, 0))).t(" (" + ch(["Mayor", "Superintendent Registrar", "Bürgermeisterin", "burgemeester", "sindaco"]) + ")\n\n")
        withb = rng.random() < 0.35
        for i in range(rng.randint(4, 7)):
            o = ch(list(COUNTRY_OF))
            g, s, _o = person(o, 0)
            d.t(str(i + 1) + ". ").p(form_name(g, s, o, ch(["gs", "SG", "S, G"])))
            if withb:
                d.t(" — ").b(dnum(lg if lg in ("de", "nl", "sv", "da", "no", "fi") else "en", *ymd(1955, 2006)))
            d.t(" — formerly " + COUNTRY_EN[o] + "\n")
        d.t("\nOath of allegiance to His Majesty ").n("FAMOUS", "King Charles III" if lg == "en" else ch(["Konrad Adenauer", "Willem-Alexander", "Carl XVI Gustaf", "Frederik X", "Harald V"])).t(" / pledge read by all.\n")
    else:
        g, s, o = person(ch(list(COUNTRY_OF)), 0)
        d.t("hi! i finally got the invitation for the ceremony on ").n("DATE", other("en", 2025, 2025, "word")).t(" 🎉 they spelled my name as ")
        d.p(s.upper() + ", " + g.upper()).t(" and my birth date as ").b(dnum("en", *ymd(1970, 2004))).t(" — it should be ")
        y, m, dd = ymd(1970, 2004)
        d.b(dnum("en", y, m, dd)).t(". can you help me write to the council? my address is ").a(address(cc_of(lg if lg in LG_CC else "en"))).t(". my wife ")
        d.p(full(*who(lg, 0.5)).lower()).t(" is coming too.\n")
    d.done()


# ---- organ and stem-cell donors ----------------------------------------------------------------
DONOR_ORG = ["DKMS", "Anthony Nolan", "Stefan-Morsch-Stiftung", "Eurotransplant", "Matchis", "Fondation Greffe de Vie",
             "ONT", "Tobias Registret", "Centro Nazionale Trapianti"]


def donor(lg):
    lg = ch(["de", "en", "nl", "es", "it", "pl", "sv", "fr", "cs", "pt"])
    d = D(lg, "donor")
    g, s, o = who(lg)
    k = rng.randrange(3)
    if k == 0:
        L = ("Registrierung als Stammzellspender/in", "Name", "Vorname", "Geburtsdatum", "Anschrift", "Mobil", "registriert am") if lg == "de" else \
            ("Stem cell donor registration", "Surname", "Given name", "Date of birth", "Address", "Mobile", "registered")
        d.t(L[0] + " — ").n("ORG", ch(DONOR_ORG)).t("\n")
        d.t(L[1] + ": ").p(s).t("   " + L[2] + ": ").p(g).t("\n" + L[3] + ": ").b(dob(lg, 1975, 2006)).t("\n" + L[4] + ": ").a(address(cc_of(lg))).t("\n")
        d.t(L[5] + ": ").s("PHONE_NUMBER", phone(lg)).t("\nHLA: A*").n("CODE", "%02d:%02d" % (rng.randint(1, 33), rng.randint(1, 9))).t(", B*").n("CODE", "%02d:%02d" % (rng.randint(7, 58), rng.randint(1, 9)))
        d.t("\nSwab kit ").n("CODE", digits(8)).t("   " + L[6] + " ").n("DATE", other(lg)).t("\n")
    elif k == 1:
        d.t("et_number,recipient,dob,blood_group,centre,listed_since,status\n")
        for _ in range(rng.randint(2, 4)):
            gg, ss, oo = who(lg)
            d.n("CODE", "ET" + digits(6)).t(",").p(full(gg, ss, oo)).t(",").b(dob(lg, 1950, 2018, "iso")).t("," + ch(["A+", "0-", "B+", "AB+"]) + ",")
            d.t(ch(["Charité", "UMC Utrecht", "AKH Wien", "Leuven", "Hospital Clínic"]) + ",").n("DATE", other(lg, 2019, 2025, "iso")).t("," + ch(["T", "NT", "HU"]) + "\n")
    else:
        rg, rs, ro = who(lg)
        d.t("Organ donation register — decision form\nFull name: ").p(full(g, s, o)).t("\nDate of birth: ").b(dob(lg if lg != "en" else "en"))
        d.t("\nPostcode and address: ").a(address(cc_of(lg))).t("\nDecision: donate " + ch(["all organs", "kidneys, liver, corneas", "not heart"]) + "\n")
        d.t("Family member informed: ").p(full(rg, rs, ro)).t(" (" + ch(["partner", "daughter", "brother", "mother"]) + ")\n")
        d.t("Witness: ").p(full(*who(lg))).t("\n(I read about ").n("FAMOUS", ch(["Christiaan Barnard", "Joseph Murray", "Thomas Starzl"])).t(" at school — that's why.)\n")
    d.done()


# ---- firearms and hunting licences -------------------------------------------------------------
GUNS = ["Blaser R8", "Sauer 404", "Mauser M18", "Walther PPQ", "Heckler & Koch SP5", "Beretta 686", "Browning B525",
        "Colt Python", "Smith & Wesson 686", "Tikka T3x", "Merkel Helix", "CZ 457", "Sako 85"]


def firearms(lg):
    lg = ch(["de", "de", "fi", "sv", "no", "fr", "cs", "at", "da", "en"])
    alc = "de" if lg == "at" else lg
    cc = "at" if lg == "at" else cc_of(lg)
    d = D(alc, "firearms")
    g, s, o = who(alc, 0.05)
    k = 0 if alc != "de" else rng.randrange(2)
    if k == 0:
        H = {"de": ("WAFFENBESITZKARTE Nr.", "Inhaber", "geboren am", "wohnhaft", "Erlaubnisbehörde"),
             "fi": ("ASELUPA nro", "Luvanhaltija", "syntynyt", "osoite", "Poliisilaitos"),
             "sv": ("VAPENLICENS nr", "Innehavare", "född", "adress", "Polismyndigheten"),
             "no": ("VÅPENKORT nr.", "Innehaver", "født", "adresse", "Politiet"),
             "fr": ("PERMIS DE CHASSER n°", "Titulaire", "né(e) le", "domicile", "Fédération départementale des chasseurs"),
             "cs": ("ZBROJNÍ PRŮKAZ č.", "Držitel", "narozen(a)", "bydliště", "Policie ČR"),
             "da": ("VÅBENTILLADELSE nr.", "Indehaver", "født", "adresse", "Rigspolitiet"),
             "en": ("FIREARM CERTIFICATE No.", "Holder", "date of birth", "address", "Chief Officer of Police")}[alc]
        d.t(H[0] + " ").n("CODE", digits(2) + "/" + digits(5)).t("\n" + H[1] + ": ").p(form_name(g, s, o, ch(["SG", "gs", "S, G"])))
        d.t("\n" + H[2] + ": ").b(dob(alc, 1945, 2004)).t("\n" + H[3] + ": ").a(address(cc)).t("\n" + H[4] + "\n\n")
        for _ in range(rng.randint(1, 3)):
            d.t("- ").n("PRODUCT", ch(GUNS)).t((", Kal. " if alc == "de" else ", cal. ") + ch([".308 Win", "9x19", "12/70", ".22 lr", "7x64"]) + (", Nr. " if alc == "de" else ", no. ")).n("CODE", ch("ABCDEFGHKLMN") + digits(6)).t("\n")
        d.t("Ausgestellt: " if alc == "de" else "Issued: ").n("DATE", other(alc, 2015, 2025)).t("\n")
    else:
        d.t("Jagdgesellschaft Revier ").n("PLACE", ch(["St. Hubertus", "Hubertusgrund", "Diana-Forst", "Waldeck-Süd"])).t(" — Teilnehmerliste Drückjagd ").n("DATE", other(alc)).t("\n")
        d.t("Jagdleiter: ").p(full(g, s, o)).t("\n| Name | Jagdschein-Nr. | Waffe | Stand |\n|---|---|---|---|\n")
        for _ in range(rng.randint(4, 6)):
            gg, ss, oo = who(alc, 0.05)
            d.t("| ").p(form_name(gg, ss, oo, ch(["gs", "S, G"]))).t(" | ").n("CODE", digits(3) + "/" + digits(2)).t(" | ").n("PRODUCT", ch(GUNS)).t(" | ").n("ADDR", "Stand " + num(1, 24)).t(" |\n")
        d.t("Hunde: ").n("PET", ch(["Hexe vom Moor", "Arko", "Bessy", "Flinte"])).t(" (Hannoverscher Schweißhund)\n")
    d.done()


# ---- construction sites ------------------------------------------------------------------------
CONTRACTOR = ["Liebherr", "Hilti", "Strabag", "Hochtief", "Bouygues Construction", "Vinci", "BAM Bouw", "Skanska",
              "Ferrovial", "Webuild", "Züblin", "Porr", "Budimex", "YIT"]
SITE_NAME = ["Wohnanlage Am Mühlbach", "Quartier Saint-Exupéry", "Residentie Mondriaan", "Torre Picasso annex",
             "Kvarteret Strindberg", "Campus Marie Curie", "Nelson Mandela Bridge repair", "Schule an der Goetheanlage"]


def site(lg):
    lg = ch(["en", "de", "de", "fr", "nl", "sv", "pl", "fi", "no", "es", "tr", "ro"])
    d = D(lg, "site")
    k = rng.randrange(3)
    if k == 1 and lg != "de":
        k = 0
    if k == 0:
        d.t("SITE INDUCTION REGISTER — ").n("PLACE", ch(SITE_NAME)).t("\nDate: ").n("DATE", other(lg, 2025, 2025)).t("   Inducted by: ").p(full(*who(lg))).t(" (site manager)\n\n")
        withb = rng.random() < 0.3
        d.t("Name | Company | " + ("DOB (under-18 check) | " if withb else "") + "CSCS/ID card | Emergency contact\n")
        for _ in range(rng.randint(3, 6)):
            g, s, o = who(lg, 0.3)
            eg, es, eo = who(lg, 0.3)
            d.p(full(g, s, o)).t(" | ").n("ORG", ch(CONTRACTOR)).t(" | ")
            if withb:
                d.b(dob(lg, 1960, 2007)).t(" | ")
            d.n("CODE", digits(8)).t(" | ")
            d.p(eg + (" " + es if rng.random() < 0.5 else "")).t(" ").s("PHONE_NUMBER", phone(lg)).t("\n")
    elif k == 1:
        d.lg = "de"
        d.t("Bautagebuch Nr. " + num(20, 180) + " — ").n("PLACE", ch(SITE_NAME)).t("\nDatum: ").n("DATE", other("de", 2025, 2025)).t("   Wetter: " + ch(["bewölkt, 8 °C", "Regen", "sonnig, 21 °C"]) + "\n")
        d.t("Anwesend: Polier ").p(full(*who("de"))).t(", Bauleiterin ").p(full(*who("de"))).t(", Fa. ").n("ORG", ch(CONTRACTOR)).t(" (" + num(3, 14) + " AK)\n")
        d.t("Kran: ").n("PRODUCT", ch(["Liebherr 172 EC-B", "Potain MDT 219", "Wolff 7534"])).t("\nBesonderes: Nachbar ").p(full(*who("de"))).t(" (").a(address("de")).t(") beschwert sich über Lärm ab 6:30 Uhr.\n")
        d.t("Unfall: keiner. Abnahme Bewehrung durch Prüfingenieur ").p(full(*who("de"))).t(".\n")
    else:
        g, s, o = who(lg, 0.3)
        d.t("[WhatsApp · site team]\n" + "%02d:%02d" % (rng.randint(6, 8), rng.randint(0, 59)) + " - ").p(full(g, s, o).lower() if rng.random() < 0.5 else full(g, s, o))
        d.t(": new guy starting today, ").p(full(*who(lg, 0.3))).t(", needs induction before he goes up the ").n("PRODUCT", ch(["Liebherr", "Potain", "JLG"])).t(" platform\n")
        d.t("%02d:%02d" % (rng.randint(8, 11), rng.randint(0, 59)) + " - ").p(full(*who(lg, 0.3))).t(": ok, send me his dob for the register\n")
        d.t("%02d:%02d" % (rng.randint(11, 12), rng.randint(0, 59)) + " - ").p(full(g, s, o).lower() if rng.random() < 0.5 else full(g, s, o)).t(": ").b(dob(lg, 1980, 2006, ch(["num", "word"]))).t(", lives at ").a(address(cc_of(lg))).t("\n")
    d.done()


# ---- workplace accidents -----------------------------------------------------------------------
WA = {
    "de": ("UNFALLANZEIGE", "3 Name, Vorname des Versicherten", "4 Geburtsdatum", "5 Straße, Hausnummer / PLZ, Ort",
           "19 Unfallzeitpunkt", "23 Augenzeuge", "24 Erstbehandelnder Arzt", "Berufsgenossenschaft"),
    "fr": ("DÉCLARATION D'ACCIDENT DU TRAVAIL (cerfa n°14463)", "Nom, prénom de la victime", "Date de naissance",
           "Adresse", "Date et heure de l'accident", "Témoin", "Médecin", "CPAM"),
    "en": ("RIDDOR F2508 — report of an injury", "About the injured person: name", "Date of birth", "Home address",
           "Date and time of incident", "Witness", "Treated by", "HSE"),
    "it": ("DENUNCIA DI INFORTUNIO — INAIL", "Cognome e nome dell'infortunato", "Data di nascita", "Residenza",
           "Data e ora dell'evento", "Testimone", "Medico", "INAIL"),
    "es": ("PARTE DE ACCIDENTE DE TRABAJO (Delt@)", "Apellidos y nombre del trabajador", "Fecha de nacimiento",
           "Domicilio", "Fecha y hora del accidente", "Testigo", "Médico", "Mutua"),
    "pl": ("PROTOKÓŁ USTALENIA OKOLICZNOŚCI I PRZYCZYN WYPADKU PRZY PRACY", "Imię i nazwisko poszkodowanego",
           "Data urodzenia", "Adres zamieszkania", "Data i godzina wypadku", "Świadek", "Lekarz", "ZUS"),
}
WA_ORG = {"de": "BG BAU", "fr": "CPAM du Rhône", "en": "Health and Safety Executive", "it": "INAIL sede di Padova",
          "es": "Mutua Fremap", "pl": "ZUS Oddział w Lublinie"}


def workacc(lg):
    lg = ch(list(WA))
    L = WA[lg]
    d = D(lg, "workacc")
    cc = cc_of_lang(lg) if lg != "en" else "gb"
    g, s, o = who(lg, 0.25)
    d.t(L[0] + "\n")
    if rng.random() < 0.5:
        d.t(L[1] + ": ").p(form_name(g, s, o, ch(["S, G", "SG", "gs"]))).t("\n" + L[2] + ": ").b(dob(lg, 1958, 2006)).t("\n" + L[3] + ": ").a(address(cc)).t("\n")
    else:
        d.t(L[1] + "                " + L[2] + "\n").p(exported(form_name(g, s, o, ch(["SG", "gs"])))).t("                    ").b(dob(lg, 1958, 2006)).t("\n" + L[3] + "\n").a(address(cc, "\n")).t("\n")
    d.t(L[4] + ": ").n("DATE", other(lg, 2024, 2025)).t(" " + num(6, 18) + ":" + num(10, 59) + "\n")
    d.t({"de": "Hergang: Sturz von Leiter (", "fr": "Circonstances : coupure avec (", "en": "Description: caught hand in (",
         "it": "Descrizione: schiacciamento con (", "es": "Descripción: corte con (", "pl": "Opis: skaleczenie (" }[lg])
    d.n("PRODUCT", ch(["Bosch GWS 18V", "Makita DHR243", "Hilti TE 30", "Stihl MS 261", "Festool TS 55", "Würth Leiter"])).t(")\n")
    if rng.random() < 0.7:
        d.t(L[5] + ": ").p(full(*who(lg, 0.25))).t("\n")
    d.t(L[6] + ": Dr. ").p(full(*who(lg, 0.1))).t("\n")
    d.t(L[7] + ": ").n("ORG", WA_ORG[lg]).t("\n")
    d.done()


# ---- background checks -------------------------------------------------------------------------
EMPLOYER = ["Deloitte", "McKinsey & Company", "Ernst & Young", "Procter & Gamble", "Philips", "Siemens", "Johnson & Johnson",
            "Ferrero", "Benetton", "Peugeot", "Dr. Oetker", "Adidas", "Heineken", "Michelin"]


def bgcheck(lg):
    lg = ch(["en", "en", "de", "nl", "fr", "es", "it", "pl", "ro", "el", "tr", "hu"])
    d = D(lg, "bgcheck")
    g, s, o = who(lg, 0.3)
    k = rng.randrange(2)
    if k == 0:
        d.t("PRE-EMPLOYMENT SCREENING REPORT — order ").n("CODE", "HR-" + digits(7)).t("\nCandidate: ").p(full(g, s, o)).t("\nDate of birth: ").b(dob(lg, 1965, 2004)).t("\n")
        d.t("Address history (5 years)\n")
        for j in range(rng.randint(2, 3)):
            d.t("  " + ["current", "previous", "previous"][j] + ": ").a(address(cc_of(lg) if j == 0 else cc_of(ch(["en", "de", "nl", "fr", lg])))).t("\n")
        d.t("Employment verification\n")
        for _ in range(rng.randint(1, 2)):
            vg, vs, vo = who(lg)
            d.t("  ").n("ORG", ch(EMPLOYER)).t(" — verified by ").p(full(vg, vs, vo)).t(" (HR), ").n("DATE", other(lg, 2025, 2025)).t("\n")
        d.t("Education: ").n("ORG", ch(UNIV)).t(" — confirmed\nCriminal record (").t(ch(["DBS basic", "Führungszeugnis", "VOG", "casier judiciaire B3"])).t("): clear\n")
    else:
        d.t('{"candidate": {"first_name": "').p(g).t('", "last_name": "').p(s).t('", "dob": "').b(dob(lg, 1965, 2004, "iso")).t('"},\n "addresses": [')
        n_ = rng.randint(2, 3)
        for j in range(n_):
            d.t('{"line": "').a(address(cc_of(lg))).t('", "from": "').n("DATE", "%04d-%02d" % (rng.randint(2010, 2024), rng.randint(1, 12))).t('"}' + (", " if j < n_ - 1 else ""))
        rg, rs, ro = who(lg)
        d.t('],\n "references": [{"name": "').p(full(rg, rs, ro)).t('", "company": "').n("ORG", ch(EMPLOYER)).t('", "relationship": "line manager"}],\n "vendor": "')
        d.n("ORG", ch(["Sterling", "HireRight", "First Advantage", "Checkr"])).t('"}\n')
    d.done()


# ---- social housing ----------------------------------------------------------------------------
HOUSING_ORG = ["Peabody", "Guinness Partnership", "Clarion Housing", "Ymere", "Woonstad Rotterdam", "Paris Habitat",
               "GEWOBAG", "Wiener Wohnen", "Familistère"]


def housing(lg):
    lg = ch(["en", "en", "nl", "de", "fr", "at", "da", "sv", "es", "pt"])
    alc = "de" if lg == "at" else lg
    d = D(alc, "housing")
    cc = "at" if lg == "at" else cc_of(alc)
    g, s, o = who(alc, 0.35)
    k = rng.randrange(2)
    if k == 0:
        d.t("HOUSING REGISTER APPLICATION — ").n("ORG", ch(HOUSING_ORG)).t("\nLead applicant: ").p(full(g, s, o)).t("   DOB: ").b(dob(alc, 1950, 2004)).t("\n")
        if rng.random() < 0.6:
            pg, ps, po = who(alc, 0.35)
            d.t("Joint applicant: ").p(full(pg, ps, po)).t("   DOB: ").b(dob(alc, 1950, 2004)).t("\n")
        d.t("Current address: ").a(address(cc)).t(" (private rented, " + ch(["overcrowded", "notice served", "damp"]) + ")\n")
        d.t("Household members:\n")
        for _ in range(rng.randint(1, 2)):
            cg = who(alc, 0.35)[0]
            d.t("  - ").p(cg + " " + s).t(", " + ch(["son", "daughter", "grandson", "niece"]) + ", born ").b(dob(alc, 2006, 2023, ch(["num", "word"]))).t("\n")
        d.t("Estate preference: ").n("PLACE", ch(["Karl-Marx-Hof", "Pepys Estate", "Bijlmermeer", "Cité Le Corbusier", "Goldfinger Tower"])).t(", band " + ch("ABC") + "\n")
    else:
        d.t("Antrag auf Wohnberechtigungsschein (WBS)\n" if alc == "de" else "Inschrijving woningzoekende\n" if alc == "nl" else "Housing application — household table\n")
        if alc == "de":
            d.t("Nr | Name, Vorname | Geburtsdatum | Verhältnis\n---|---|---|---\n")
            rel = ["Antragsteller/in", "Ehegatte", "Kind", "Kind", "Mutter"]
        else:
            d.t("No | Name | Date of birth | Relation\n---|---|---|---\n")
            rel = ["applicant", "partner", "child", "child", "mother"]
        for i in range(rng.randint(2, 4)):
            gg = who(alc, 0.35)[0]
            lo, hi = [(1955, 2000), (1955, 2000), (2006, 2023), (2006, 2023), (1935, 1965)][i]
            d.t(str(i + 1) + " | ").p(s + ", " + gg if i < 3 else form_name(*who(alc, 0.35), "S, G")).t(" | ").b(dob(alc, lo, hi)).t(" | " + rel[i] + "\n")
        d.t("\nJetzige Wohnung: " if alc == "de" else "\nCurrent home: ").a(address(cc)).t(", " + num(28, 74) + " m², " + num(1, 3) + " rooms\nLandlord / Vermieter: ").p(full(*who(alc))).t("\n")
    d.done()


# ---- food banks and shelters -------------------------------------------------------------------
FB_ORG = ["Trussell Trust", "Tafel Deutschland", "Restos du Cœur", "Voedselbank Amsterdam", "Banco de Alimentos",
          "Society of St Vincent de Paul", "Salvation Army", "Caritas", "Emmaüs", "Armée du Salut"]


def foodbank(lg):
    lg = ch(["en", "en", "de", "fr", "nl", "es", "it", "pl", "ro", "pt"])
    d = D(lg, "foodbank")
    k = rng.randrange(3)
    if k == 0:
        d.t("Intake log — ").n("ORG", ch(FB_ORG)).t(" — ").n("DATE", other(lg, 2025, 2025)).t("\n")
        for _ in range(rng.randint(4, 6)):
            g, s, o = who(lg, 0.35)
            d.t("%02d:%02d" % (rng.randint(9, 15), rng.randint(0, 59)) + "  ").p(full(g, s, o) if rng.random() < 0.7 else form_name(g, s, o, "SG"))
            if rng.random() < 0.3:
                d.t("  dob ").b(dob(lg, 1940, 2006))
            d.t("  hh " + num(1, 6) + "  voucher ").n("CODE", "V" + digits(6))
            d.t("  ref: ").n("ORG", ch(["Citizens Advice", "Jobcentre Plus", "Diakonie", "CCAS", "Sociaal Wijkteam", "MOPS"])).t("\n")
    elif k == 1:
        d.t("NIGHT SHELTER — bed sheet " + ch(["Mon", "Tue", "Wed", "Thu", "Fri"]) + "\n")
        for _ in range(rng.randint(4, 7)):
            g, s, o = who(lg, 0.35)
            d.n("ADDR", "Bed " + num(1, 30)).t(": ").p(g if rng.random() < 0.25 else full(g, s, o)).t(" — ")
            r = rng.random()
            if r < 0.25:
                d.t("DOB ").b(dob(lg, 1950, 2006)).t(", last address ").a(address(cc_of(lg)))
            elif r < 0.4:
                d.t("last address ").a(address(cc_of(lg)))
            elif r < 0.7:
                d.t("NFA, with dog ").n("PET", ch(PETS))
            else:
                d.t("returning, age ").n("AGE", num(19, 70))
            d.t("\n")
        d.t("Staff on shift: ").p(full(*who(lg))).t(", ").p(full(*who(lg))).t("\n")
    else:
        g, s, o = who(lg, 0.35)
        d.t("Hi, I volunteer at the ").n("ORG", ch(FB_ORG)).t(". can you turn this sign-up into a table?\n\n")
        d.t("name: ").p(full(g, s, o).lower() if rng.random() < 0.5 else full(g, s, o)).t("\nborn: ").b(dob(lg, 1950, 2005, ch(["num", "word"]))).t("\n")
        d.t("address: ").a(address(cc_of(lg))).t("\nkids: ")
        n_ = rng.randint(1, 3)
        for j in range(n_):
            d.p(who(lg, 0.35)[0]).t(" (" + ch(["age ", "", "aged "])).n("AGE", num(1, 16)).t(")" + (", " if j < n_ - 1 else ""))
        d.t("\nallergies: none, referred by ").p(full(*who(lg))).t(" from the school\n")
    d.done()


# ---- photo and model releases ------------------------------------------------------------------
REL = {"en": ("MODEL RELEASE", "I, the undersigned", "residing at", "date of birth", "Photographer", "Parent/guardian"),
       "de": ("MODEL-RELEASE-VERTRAG", "Ich, der/die Unterzeichnende", "wohnhaft", "geboren am", "Fotograf/in", "Erziehungsberechtigte/r"),
       "fr": ("AUTORISATION DE DROIT À L'IMAGE", "Je soussigné(e)", "demeurant", "né(e) le", "Photographe", "Représentant légal"),
       "es": ("CESIÓN DE DERECHOS DE IMAGEN", "Yo, el/la abajo firmante", "con domicilio en", "nacido/a el", "Fotógrafo/a", "Padre/madre o tutor"),
       "it": ("LIBERATORIA PER L'UTILIZZO DELL'IMMAGINE", "Il/La sottoscritto/a", "residente in", "nato/a il", "Fotografo/a", "Genitore/tutore"),
       "nl": ("MODEL RELEASE / QUITCLAIM", "Ondergetekende", "wonende te", "geboren op", "Fotograaf", "Ouder/voogd"),
       "pt": ("AUTORIZAÇÃO DE USO DE IMAGEM", "Eu, abaixo assinado/a", "residente em", "nascido/a em", "Fotógrafo/a", "Encarregado de educação"),
       "pl": ("ZGODA NA WYKORZYSTANIE WIZERUNKU", "Ja, niżej podpisany/a", "zamieszkały/a", "urodzony/a", "Fotograf", "Opiekun prawny")}


def release(lg):
    lg = ch(list(REL))
    L = REL[lg]
    d = D(lg, "release")
    g, s, o = who(lg, 0.3)
    minor = rng.random() < 0.35
    d.t(L[0] + "\n\n" + L[1] + " ").p(exported(full(g, s, o)) if rng.random() < 0.6 else form_name(g, s, o, "GSc")).t(", " + L[3] + " ")
    d.b(dob(lg, 2008, 2017) if minor else dob(lg, 1960, 2005)).t(", " + L[2] + " ").a(address(cc_of_lang(lg) if lg != "en" else ch(["gb", "us", "ie"])))
    d.t(", grant ").n("ORG", ch(["Getty Images", "Shutterstock", "Agence VU'", "Magnum Photos", "Studio Lindbergh"])).t(" the right to use the photographs taken on ")
    d.n("DATE", other(lg, 2025, 2025)).t(" at ").n("PLACE", ch(["Jardin du Luxembourg", "Parque del Retiro", "Vondelpark", "Englischer Garten", "Villa Borghese", "Łazienki Królewskie"])).t(".\n")
    d.t("Camera: ").n("PRODUCT", ch(["Hasselblad X2D", "Leica M11", "Nikon Z8", "Canon EOS R5", "Zeiss Otus 55"])).t("\n")
    if minor:
        pg, ps, po = who(lg, 0.3)
        d.t(L[5] + ": ").p(full(pg, s if rng.random() < 0.6 else ps, po)).t("\n")
    fg, fs, fo = who(lg)
    d.t(L[4] + ": ").p(full(fg, fs, fo)).t("   ").s("EMAIL_ADDRESS", mail(fg, fs, ch(["fotostudio.example", "photo.example.net"]))).t("\n")
    d.done()


# ---- whistleblowing ----------------------------------------------------------------------------
def whistle(lg):
    lg = ch(["en", "de", "fr", "nl", "es", "it", "sv", "pl", "cs", "pt"])
    d = D(lg, "whistle")
    sg, ss, so = who(lg, 0.25)
    d.t("Case ").n("CODE", "WB-" + str(rng.randint(2023, 2025)) + "-" + digits(4)).t(" — intake via ").n("PRODUCT", ch(["EQS Integrity Line", "NAVEX EthicsPoint", "Whistleblower Software", "SpeakUp"])).t("\n")
    d.t("Legal basis: ").n("TERM", ch(["Sapin II", "HinSchG", "EU Directive 2019/1937", "Sarbanes-Oxley Act", "Dodd-Frank Act", "Wet bescherming klokkenluiders"])).t("\n")
    if rng.random() < 0.5:
        d.t("Reporter: anonymous (mailbox ").n("CODE", "#" + digits(5)).t(")\n")
    else:
        rg, rs, ro = who(lg, 0.25)
        d.t("Reporter (identity disclosed to case handler only): ").p(full(rg, rs, ro)).t(", ").a(address(cc_of(lg))).t("\n")
    d.t("Subject(s): ").p(full(sg, ss, so)).t(" (" + {"de": "Leiter Einkauf", "fr": "directeur financier", "nl": "teamleider", "es": "jefe de obra"}.get(lg, ch(["procurement manager", "finance director", "site manager"])) + ")")
    if rng.random() < 0.6:
        d.t(", ").p(full(*who(lg, 0.25)))
    d.t("\nSummary: invoices from ").n("ORG", ch(["Kowalski & Söhne Bau", "Van der Meer Logistics", "Rossi Forniture", "Dupont Services", "Müller Catering"]))
    d.t(" approved without tender; the supplier's owner is the brother-in-law of ").p(ss if rng.random() < 0.5 else sg + " " + ss).t(".\n")
    d.t("Witnesses: ").p(full(*who(lg, 0.25))).t(" (accounts payable)\nCase handler: ").p(full(*who(lg))).t("   Acknowledged: ").n("DATE", other(lg, 2025, 2025)).t("\n")
    d.done()


# ---- drug and alcohol testing ------------------------------------------------------------------
def drugtest(lg):
    lg = ch(["en", "en", "en", "de", "fr", "no", "nl", "sv"])
    d = D(lg, "drugtest")
    g, s, o = who(lg, 0.25)
    k = rng.randrange(2) if lg == "en" else 1
    if k == 0:
        mg, ms, mo = who("en")
        cg, cs_, co = who("en")
        d.t("FEDERAL DRUG TESTING CUSTODY AND CONTROL FORM   SPECIMEN ID NO. ").n("CODE", digits(7)).t("\n")
        d.t("STEP 1: COMPLETED BY COLLECTOR OR EMPLOYER REPRESENTATIVE\nA. Employer Name: ").n("ORG", ch(["Greyhound Lines", "J.B. Hunt Transport", "Werner Enterprises", "Schneider National"])).t("\n")
        d.t("B. MRO Name, Address: ").p(full(mg, ms, mo)).t(", MD, ").a(address("us")).t("\n")
        d.t("D. Specify Testing Authority: DOT - FMCSA   E. Reason for Test: " + ch(["Pre-employment", "Random", "Post-accident"]) + "\n")
        d.t("STEP 2: Collector: ").p(full(cg, cs_, co)).t("   Collection date: ").n("DATE", other("us", 2025, 2025)).t("\n")
        d.t("STEP 5: COMPLETED BY DONOR\n").p(form_name(g, s, o, ch(["SGc", "GSc", "gs"]))).t("   Daytime phone: ").s("PHONE_NUMBER", "(" + num(201, 989) + ") 555-0" + digits(3))
        d.t("   Date of Birth: ").b(dob("us", 1960, 2004)).t("\nLab: ").n("ORG", ch(["Quest Diagnostics", "LabCorp", "Psychemedics"])).t("\n")
    else:
        H = {"en": ("Breath alcohol test record", "Employee", "Date of birth", "Tester"),
             "de": ("Protokoll Alkohol-/Drogenscreening", "Mitarbeiter/in", "Geburtsdatum", "Durchgeführt von"),
             "fr": ("Procès-verbal de dépistage (alcool / stupéfiants)", "Salarié(e)", "Date de naissance", "Contrôleur"),
             "no": ("Rusmiddeltest — protokoll", "Ansatt", "Fødselsdato", "Utført av"),
             "nl": ("Registratieformulier alcohol- en drugstest", "Medewerker", "Geboortedatum", "Afgenomen door"),
             "sv": ("Protokoll drogtest / alkoholtest", "Anställd", "Födelsedatum", "Utförd av")}[lg]
        d.t(H[0] + " — ").n("DATE", other(lg, 2025, 2025)).t("\n" + H[1] + ": ").p(form_name(g, s, o, ch(["gs", "S, G", "SG"]))).t("\n" + H[2] + ": ").b(dob(lg, 1960, 2005)).t("\n")
        d.t("Device: ").n("PRODUCT", ch(["Dräger Alcotest 7510", "Lifeloc FC20", "Dräger DrugTest 5000", "Securetec DrugWipe"])).t("   Result: " + ch(["0.00 ‰", "negative", "0.12 ‰ — retest", "non-negative THC"]) + "\n")
        d.t(H[3] + ": ").p(full(*who(lg))).t("   Witness: ").p(full(*who(lg, 0.25))).t("\n")
    d.done()


# ---- fire drills -------------------------------------------------------------------------------
def muster(lg):
    lg = ch(["en", "de", "nl", "fr", "da", "no", "fi", "pl", "cs", "it", "es", "sv"])
    d = D(lg, "muster")
    k = rng.randrange(3)
    if k == 0:
        d.t("FIRE DRILL — MUSTER ROLL   ").n("DATE", other(lg, 2025, 2025)).t("   ").n("ADDR", "Assembly Point " + ch("ABCD") + num(1, 4)).t("\n")
        d.t("Floor warden: ").p(full(*who(lg, 0.3))).t("\n")
        for _ in range(rng.randint(5, 9)):
            g, s, o = who(lg, 0.3)
            d.t(ch(["[x] ", "[x] ", "[ ] "])).p(form_name(g, s, o, ch(["gs", "S, G", "gs"]))).t(ch(["", "", " (WFH)", " (visitor)", " — evac chair, floor 3"]) + "\n")
    elif k == 1:
        d.t("#facilities-" + ch(["ams", "ber", "lis", "waw", "prg"]) + "\n")
        g, s, o = who(lg, 0.3)
        d.p(full(g, s, o).lower().replace(" ", ".")).t("  " + num(9, 10) + ":" + num(10, 59) + "\n@channel fire drill at 10:30. wardens: ")
        for j in range(3):
            d.p(who(lg, 0.3)[0].lower()).t(", " if j < 2 else "")
        d.t(". meet at ").n("ADDR", "assembly point " + num(1, 4)).t(" by the ").n("PLACE", ch(["Da Vinci wing", "Galileo building", "Erasmus hall", "Mercator gate"])).t(", not the car park\n")
        d.p(who(lg, 0.3)[0].lower() + "." + who(lg, 0.3)[1].lower().replace(" ", "")).t("  10:52\nmissing from roll: ")
        for j in range(2):
            d.p(full(*who(lg, 0.3)).lower()).t(" and " if j == 0 else "")
        d.t(" — both in the ").n("PLACE", ch(["Einstein Meeting Room", "Curie Lab"])).t(", found\n")
    else:
        d.t("Drill report | building " + ch("ABC") + " | evacuation time " + num(2, 6) + " min " + num(0, 59) + " s\nWarden | Floor | Persons | Not accounted\n")
        for f in range(rng.randint(3, 5)):
            d.p(full(*who(lg, 0.3))).t(" | " + str(f) + " | " + num(8, 40) + " | ")
            if rng.random() < 0.4:
                d.p(full(*who(lg, 0.3)))
            else:
                d.t("—")
            d.t("\n")
        d.t("Alarm panel: ").n("PRODUCT", ch(["Siemens Cerberus PRO", "Honeywell Notifier", "Bosch AVENAR"])).t("\n")
    d.done()


# ---- consular registration ---------------------------------------------------------------------
CONS = {
    "fr": ("Registre des Français établis hors de France — demande d'inscription", "Nom de naissance", "Prénoms",
           "Date de naissance", "Adresse à l'étranger", "Personne à prévenir en cas d'urgence", "Institut français"),
    "de": ("Elefand — Krisenvorsorgeliste", "Familienname", "Vornamen", "Geburtsdatum", "Anschrift im Ausland",
           "Kontaktperson in Deutschland", "Goethe-Institut"),
    "en": ("STEP enrollment — Smart Traveler", "Last name", "First name", "Date of birth", "Address abroad",
           "Emergency contact", "Fulbright office"),
    "it": ("Iscrizione all'AIRE — dichiarazione", "Cognome", "Nome", "Data di nascita", "Indirizzo all'estero",
           "Persona da contattare in Italia", "Istituto Italiano di Cultura"),
    "es": ("Inscripción en el Registro de Matrícula Consular", "Apellidos", "Nombre", "Fecha de nacimiento",
           "Domicilio en el extranjero", "Persona de contacto en España", "Instituto Cervantes"),
    "pt": ("Inscrição consular", "Apelidos", "Nomes próprios", "Data de nascimento", "Morada no estrangeiro",
           "Contacto de emergência em Portugal", "Instituto Camões"),
    "pl": ("Rejestracja w systemie Odyseusz", "Nazwisko", "Imiona", "Data urodzenia", "Adres za granicą",
           "Osoba do kontaktu w Polsce", "Instytut Polski"),
}
ABROAD = {"fr": ["pt", "el", "vl", "no"], "de": ["es", "pt", "it", "fi"], "en": ["de", "fr", "it", "nl"],
          "it": ["de", "gb", "be", "ch"], "es": ["de", "gb", "fr", "nl"], "pt": ["fr", "de", "ch", "gb"],
          "pl": ["gb", "de", "nl", "no"]}


def consular(lg):
    lg = ch(list(CONS))
    L = CONS[lg]
    d = D(lg, "consular")
    g, s, o = who(lg, 0.1)
    home = {"fr": "fr", "de": "de", "en": "us", "it": "it", "es": "es", "pt": "pt", "pl": "pl"}[lg]
    k = rng.randrange(2)
    if k == 0:
        d.t(L[0] + "\n" + L[1] + ": ").p(s.upper()).t("\n" + L[2] + ": ").p(g + (" " + who(lg, 0)[0] if rng.random() < 0.4 else ""))
        d.t("\n" + L[3] + ": ").b(dob(lg if lg != "en" else "us", 1940, 2010)).t("\n" + L[4] + ": ").a(address(ch(ABROAD[lg]))).t("\n")
        eg, es_, eo = who(lg, 0.1)
        d.t(L[5] + ": ").p(full(eg, es_, eo)).t(", ").a(address(home)).t(", ").s("PHONE_NUMBER", phone(lg if lg != "en" else "en")).t("\n")
        d.t("Séjour : " if lg == "fr" else "Stay: ").n("DATE", other(lg, 2025, 2025)).t(" – ").n("DATE", other(lg, 2026, 2027)).t("\n")
    else:
        d.t("Subject: Registration at the consulate\n\nHello,\n\nI moved to ").n("PLACE", ch(["Lisbon", "Thessaloniki", "Bergen", "Valencia", "Munich", "Ghent"]))
        d.t(" in ").n("DATE", MON["en"][rng.randrange(12)] + " 2025").t(" to teach at the ").n("ORG", L[6]).t(". Please register me and my children:\n")
        d.t("- ").p(full(g, s, o)).t(", born ").b(dob("en", 1970, 1995, "word")).t("\n")
        for _ in range(rng.randint(1, 2)):
            d.t("- ").p(who(lg, 0)[0] + " " + s).t(", born ").b(dob("en", 2010, 2022, "word")).t("\n")
        d.t("Our address here is ").a(address(ch(ABROAD[lg]))).t(". My partner, ").p(full(*who(lg, 0.3))).t(", is a local citizen.\n")
    d.done()


# ---- implants ----------------------------------------------------------------------------------
IMPLANT = ["Medtronic Azure XT DR MRI", "Biotronik Edora 8 DR-T", "Boston Scientific Accolade", "Abbott Assurity MRI",
           "Zimmer Biomet Persona knee", "Stryker Triathlon", "Smith & Nephew Polarstem", "Mentor MemoryGel",
           "Cochlear Nucleus 8", "Johnson & Johnson DePuy Pinnacle"]


def implant(lg):
    lg = ch(["en", "de", "fr", "nl", "it", "es", "sv", "da", "fi", "pl", "cs", "hu"])
    d = D(lg, "implant")
    g, s, o = who(lg, 0.2)
    k = rng.randrange(3)
    if k == 0:
        d.t("IMPLANT CARD / " + {"de": "IMPLANTATAUSWEIS", "fr": "CARTE D'IMPLANT", "nl": "IMPLANTAATKAART", "it": "TESSERA DEL DISPOSITIVO"}.get(lg, "PATIENT CARD") + "\n")
        d.t("Patient: ").p(form_name(g, s, o, ch(["gs", "SG", "S, G"]))).t("\nDate of implantation: ").n("DATE", other(lg, 2018, 2025)).t("\n")
        d.t("Device: ").n("PRODUCT", ch(IMPLANT)).t("   SN ").n("CODE", ch("ABCPRS") + digits(7)).t("\nHealthcare institution: ").n("ORG", ch(["Herzzentrum Leipzig", "Hôpital Lariboisière", "Sint Maartenskliniek", "Rigshospitalet", "Policlinico Gemelli"])).t("\n")
        d.t("Implanting physician: Dr. ").p(full(*who(lg, 0.1))).t("\n")
        if rng.random() < 0.5:
            d.t("Date of birth: ").b(dob(lg, 1935, 1995)).t("\n")
    elif k == 1:
        d.t("registry_id\tpatient\tdob\tpostcode_address\tprocedure\tsurgeon\n")
        for _ in range(rng.randint(2, 4)):
            gg, ss, oo = who(lg, 0.2)
            d.n("CODE", "NJR" + digits(8)).t("\t").p(full(gg, ss, oo)).t("\t").b(dob(lg, 1935, 1985, ch(["iso", "num"]))).t("\t").a(address(cc_of(lg))).t("\t")
            d.n("PRODUCT", ch(IMPLANT)).t("\t" + ch(["Mr ", "Ms ", "Dr "])).p(who(lg, 0.1)[1]).t("\n")
    else:
        d.t("My father ").p(full(g, s, o)).t(" (").b(dob("en", 1935, 1960, ch(["word", "num"]))).t(") has a ").n("PRODUCT", ch(IMPLANT)).t(" since ")
        d.n("DATE", str(rng.randint(2015, 2023))).t(". He lost the card. The cardiologist, Dr ").p(who(lg, 0.1)[1]).t(", says the registry needs his address, ")
        d.a(address(cc_of(lg))).t(". Could you draft the letter? Also, does ").n("TERM", ch(["Brugada syndrome", "Wolff-Parkinson-White syndrome", "Adams-Stokes attacks"])).t(" matter for the MRI?\n")
    d.done()


# ---- maternity records -------------------------------------------------------------------------
def maternity(lg):
    lg = ch(["de", "de", "en", "nl", "fr", "sv", "fi", "da", "no"])
    d = D(lg, "maternity")
    g, s, o = who(lg, 0.3)
    k = rng.randrange(3)
    if k == 0:
        d.lg = "de"
        d.t("MUTTERPASS — Seite 2\nName, Vorname: ").p(form_name(g, s, o, ch(["S, G", "SG"]))).t("\nGeburtsdatum: ").b(dob("de", 1980, 2006)).t("\n")
        d.t("Anschrift: ").a(address(ch(["de", "de", "at"]))).t("\nGravida " + num(1, 4) + " / Para " + num(0, 2) + "\n")
        d.t("LP: ").n("DATE", other("de", 2024, 2025)).t("   ET: ").n("DATE", other("de", 2025, 2025)).t(" (nach ").n("TERM", "Naegele").t(")\n")
        d.t("Hebamme: ").p(full(*who("de", 0.1))).t("   Frauenärztin: Dr. med. ").p(full(*who("de", 0.1))).t("\n")
        d.t("Befund: ").n("TERM", ch(["Down-Syndrom-Screening unauffällig", "Rhesus negativ, Anti-D gegeben", "Braxton-Hicks-Kontraktionen"])).t("\n")
    elif k == 1:
        L = {"en": ("Antenatal booking", "Name", "DOB", "Address", "EDD", "Midwife", "Birth of baby", "Apgar"),
             "nl": ("Zwangerschapskaart", "Naam", "Geboortedatum", "Adres", "Uitgerekende datum", "Verloskundige", "Geboorte kind", "Apgar"),
             "fr": ("Dossier de suivi de grossesse", "Nom", "Date de naissance", "Adresse", "Terme prévu", "Sage-femme", "Naissance de l'enfant", "Apgar"),
             "sv": ("Mödravårdsjournal", "Namn", "Födelsedatum", "Adress", "Beräknad förlossning", "Barnmorska", "Barnets födelse", "Apgar"),
             "fi": ("Äitiysneuvolakortti", "Nimi", "Syntymäaika", "Osoite", "Laskettu aika", "Kätilö", "Lapsen syntymä", "Apgar"),
             "da": ("Vandrejournal", "Navn", "Fødselsdato", "Adresse", "Terminsdato", "Jordemoder", "Barnets fødsel", "Apgar"),
             "no": ("Helsekort for gravide", "Navn", "Fødselsdato", "Adresse", "Termin", "Jordmor", "Barnets fødsel", "Apgar"),
             "de": ("Geburtsbericht", "Name", "Geburtsdatum", "Anschrift", "ET", "Hebamme", "Geburt des Kindes", "Apgar")}[lg]
        d.t(L[0] + "\n" + L[1] + ": ").p(full(g, s, o)).t("\n" + L[2] + ": ").b(dob(lg, 1980, 2006)).t("\n" + L[3] + ": ").a(address(cc_of(lg))).t("\n")
        d.t(L[4] + ": ").n("DATE", other(lg, 2025, 2025)).t("\n" + L[5] + ": ").p(full(*who(lg, 0.1))).t("\n")
        if rng.random() < 0.6:
            bg = who(lg, 0.3)[0]
            d.t(L[6] + ": ").p(bg + " " + s).t(", ").b(dob(lg, 2024, 2025)).t(", " + num(2600, 4300) + " g, ").n("TERM", L[7]).t(" 9/10\n")
            d.t("Partner: ").p(full(*who(lg, 0.3))).t("\n")
    else:
        d.t("ok so the hospital bag list is done 😅 for the birth plan I need to fill in: me — ").p(full(g, s, o).lower() if rng.random() < 0.5 else full(g, s, o))
        d.t(", dob ").b(dob("en", 1985, 2004, "num")).t(", midwife ").p(who(lg, 0.1)[0]).t(", birth partner ").p(full(*who(lg, 0.3)))
        d.t(". due date is ").n("DATE", other("en", 2025, 2025, "word")).t(". our doula recommended ").n("ORG", ch(["Mothercare", "the Kitzinger method group", "Lamaze International"])).t(" classes. ")
        d.t("home address ").a(address(cc_of(lg))).t("\n")
    d.done()


# ---- family and unemployment benefits ----------------------------------------------------------
BEN = {
    "de": ("Antrag auf Kindergeld", "Antragsteller/in", "Familienname", "Vorname", "Geburtsdatum", "Anschrift",
           "Ehegatte/Lebenspartner", "Angaben zu Kindern", "Familienkasse"),
    "fr": ("Demande de prestations familiales — CAF", "Allocataire", "Nom", "Prénom", "Date de naissance", "Adresse",
           "Conjoint", "Enfants à charge", "Caisse d'allocations familiales"),
    "nl": ("Aanvraag kinderbijslag — SVB", "Aanvrager", "Achternaam", "Voornamen", "Geboortedatum", "Adres",
           "Partner", "Kinderen", "Sociale Verzekeringsbank"),
    "it": ("Domanda di Assegno Unico e Universale", "Richiedente", "Cognome", "Nome", "Data di nascita", "Residenza",
           "Altro genitore", "Figli", "INPS"),
    "pl": ("Wniosek o świadczenie wychowawcze 800+", "Wnioskodawca", "Nazwisko", "Imię", "Data urodzenia", "Adres",
           "Drugi rodzic", "Dzieci", "ZUS"),
    "cs": ("Žádost o přídavek na dítě", "Žadatel", "Příjmení", "Jméno", "Datum narození", "Adresa",
           "Druhý rodič", "Nezaopatřené děti", "Úřad práce ČR"),
    "en": ("Child Benefit claim (CH2)", "About you", "Surname", "First names", "Date of birth", "Address",
           "Your partner", "About the children", "HM Revenue & Customs"),
    "es": ("Solicitud de prestación por desempleo — SEPE", "Solicitante", "Apellidos", "Nombre", "Fecha de nacimiento",
           "Domicilio", "Cónyuge", "Hijos a cargo", "Servicio Público de Empleo Estatal"),
    "hu": ("Családi pótlék igénylése", "Igénylő", "Családi név", "Utónév", "Születési idő", "Lakcím",
           "Házastárs", "Gyermekek", "Magyar Államkincstár"),
    "ro": ("Cerere alocație de stat pentru copii", "Solicitant", "Nume", "Prenume", "Data nașterii", "Domiciliu",
           "Celălalt părinte", "Copii", "AJPIS"),
}


def benefit(lg):
    lg = ch(list(BEN))
    L = BEN[lg]
    d = D(lg, "benefit")
    cc = cc_of(lg) if lg != "en" else "gb"
    g, s, o = who(lg, 0.25)
    k = rng.randrange(2)
    if k == 0:
        d.t(L[0] + "\n\n" + L[1] + "\n" + L[2] + ": ").p(s.upper() if rng.random() < 0.5 else s).t("\n" + L[3] + ": ").p(g)
        d.t("\n" + L[4] + ": ").b(dob(lg, 1965, 2004)).t("\n" + L[5] + ": ").a(address(cc)).t("\n\n")
        if rng.random() < 0.6:
            pg, ps, po = who(lg, 0.25)
            d.t(L[6] + ": ").p(form_name(pg, ps, po, ch(["gs", "S, G"]))).t(", ").b(dob(lg, 1960, 2004)).t("\n\n")
        d.t(L[7] + "\n")
        for i in range(rng.randint(1, 3)):
            cg = who(lg, 0.25)[0]
            d.t(str(i + 1) + ". ").p(cg + " " + s if lg != "hu" else s + " " + cg).t(" — ").b(dob(lg, 2005, 2024)).t("\n")
        d.t("\n").n("ORG", L[8]).t(" — received ").n("DATE", other(lg, 2025, 2025)).t("\n")
    else:
        d.t("Can you help me fill in the " + L[0] + "? My details: ").p(full(g, s, o)).t(", born ").b(dob(lg, 1970, 2002, ch(["num", "word"])))
        d.t(", living at ").a(address(cc)).t(". Kids: ")
        n_ = rng.randint(1, 3)
        for i in range(n_):
            d.p(who(lg, 0.25)[0])
            if rng.random() < 0.5:
                d.t(" (").b(dob(lg, 2008, 2024)).t(")")
            else:
                d.t(" (").n("AGE", num(1, 17)).t(")")
            d.t(", " if i < n_ - 1 else "")
        d.t(". The ").n("ORG", L[8]).t(" letter from ").n("DATE", other(lg, 2025, 2025)).t(" asks for the other parent, ").p(full(*who(lg, 0.25))).t(", too.\n")
    d.done()


# ---- the corpus --------------------------------------------------------------------------------
KINDS = [ae_report, constat, tow, foster, scholarship, trademark, sepa, energy, press, tmx, nightaudit, access,
         citizenship, donor, firearms, site, workacc, bgcheck, housing, foodbank, release, whistle, drugtest, muster,
         consular, implant, maternity, benefit]
for i in range(25 * len(KINDS)):
    KINDS[i % len(KINDS)](None)

json.dump(records, sys.stdout, ensure_ascii=False, indent=1)
sys.stdout.write("\n")
