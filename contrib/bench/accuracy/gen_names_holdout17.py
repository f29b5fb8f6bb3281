#!/usr/bin/env python3
"""gen_names_holdout17.py: the seventeenth blind held-out set of issue 15 (PERSON, STREET_ADDRESS,
DATE_OF_BIRTH), written in stop 44 (branch holdout17).

Written blind: its author read no detector code (nothing under anonymize/), no test, no note, not
NAMES.md or SHAPES.md, no generator but gen_common.py and gen_forms42.py (for the record format
and the label names only) and no other blind set, and ran no hush binary (hush was not built). The
corpus table of README.md and the `echo "## ..."` titles of run.sh were read only to stay away
from every earlier set's kinds of text.

Kinds of text (metadata.class), none on an earlier list:
- `telecom`: mobile and broadband contract orders and contract summaries (identity check with the
  birth date, installation address, tariffs as look-alikes);
- `boatreg`: small-craft register extracts and skipper licences (boats named after people are
  NEG_SHIP, home ports NEG_PLACE);
- `drone`: drone operator registrations and remote-pilot certificates (operator ids NEG_CODE,
  drone models NEG_PRODUCT);
- `chimney`: chimney-sweep inspection certificates (Feuerstättenschau, ramonage, kominiarz,
  sotning, nuohous, kéményseprő, schoorsteenveger);
- `bulkywaste`: bulky-waste collection bookings (Sperrmüll, encombrants, grofvuil, ingombranti,
  storskrald, gabaryty) as forms, JSON confirmations and chats;
- `redirect`: mail redirection and change-of-address orders (old and new address, every person
  who moves);
- `music`: music-school enrolments and music-exam entry lists (composers and pieces as
  look-alikes);
- `langschool`: language-school placement tests and enrolments (institutes named after people
  as NEG_ORG);
- `coworking`: coworking memberships, member directories and meeting-room bookings (rooms named
  after people as NEG_PLACE);
- `safedeposit`: safe-deposit box agreements and vault access registers (box numbers NEG_ADDR);
- `archive`: archive reading-room registrations and document order slips (papers of famous
  people NEG_FAMOUS, shelfmarks NEG_CODE);
- `waiver`: climbing-gym, trampoline and karting liability waivers (minors, guardians,
  emergency contacts, routes named after people);
- `hearing`: hearing-aid fitting and audiology records (the Weber and Rinne tests and Ménière's
  disease as NEG_TERM, devices as NEG_PRODUCT);
- `bicycle`: bicycle registrations and bike-leasing agreements (makers named after people as
  NEG_ORG);
- `apiary`: beekeepers' apiary registrations (bee lines, apiary sites);
- `fertility`: fertility-clinic consent forms (both partners, donor codes, drugs);
- `guardianship`: guardianship and adult-protection court orders (Betreuung, curatelle,
  amministrazione di sostegno, bewind, opatrovnictví, gondnokság);
- `divorce`: divorce settlements and child-maintenance calculations (children with their birth
  dates; Düsseldorfer Tabelle as NEG_TERM);
- `golf`: golf handicap records, competition results and tee sheets;
- `catering`: event catering orders with guests' dietary lists (dishes named after people,
  `Beef Wellington`, `Pêche Melba`, as NEG_TERM);
- `locksmith`: locksmith lock-out call-out logs (identity checks, lock brands named after
  people);
- `pest`: pest-control service reports (pets NEG_PET, products NEG_PRODUCT);
- `farmsubsidy`: farm subsidy (CAP) applications (young-farmer birth dates, parcels NEG_CODE);
- `market`: market-stall and street-trading licences (pitch numbers NEG_ADDR);
- `taxi`: taxi and private-hire driver licence applications and public registers;
- `transit`: season-ticket and transit-pass applications (stations named after people);
- `selfexclusion`: gambling self-exclusion registrations (casinos as NEG_ORG);
- `giftaid`: charity donation receipts and Gift Aid declarations (foundations named after people
  as NEG_ORG);
- `none`: records with look-alikes only (questions about these kinds of text with no person).
Formats mixed: forms, forms in capitals, PDF-to-text with two columns read across, CSV, TSV,
fixed-width tables, JSON, XML, key=value logs, e-mail, chat in lower case, prose.

Languages: en (GB, US, IE), de, fr, nl, es, it, pt, pl, sv, da, no, fi, cs, hu, tr, ro, el (Latin
transliteration); names of global origin (Arabic, Chinese, Indian, Nigerian, Vietnamese, Korean,
Japanese, Persian, Somali, Ethiopian, Ghanaian, Filipino, Ukrainian) beside them. Half of the people are
invented: each given name and surname is built from this file's own syllables and dropped if it
is on its list of real names (REAL_CHECK). Case as real text has it: capitals on forms and in
registers, lower case in chats; particles (van der, de la, dos, von, Di, Ó), hyphens,
apostrophes, diacritics; `SURNAME Given`, `Surname, Given`, Hungarian and East Asian surname
first; U+00A0 between given name and surname in some exports, U+2019 apostrophes, U+2011 hyphens,
decomposed (NFD) diacritics in some CSV rows.

Labels, as gen_forms42.py has them: PERSON is the whole name (given names and surname, titles and
courtesy words left out; a surname standing alone is a PERSON too), STREET_ADDRESS the whole
street address with its unit, postcode and town (on one line or over two), DATE_OF_BIRTH the
birth date itself (every shape: numeric in each country's order, ISO, spelt months in each
language, two-digit years, `04-MAR-1987`, `19870304`, Hungarian `1987. 03. 04.`), PHONE_NUMBER
and EMAIL_ADDRESS the value. Look-alikes are NEG_ spans: NEG_ORG (firms, foundations, institutes,
clubs, courts named after people), NEG_PLACE, NEG_STREET (streets named after people with no
number), NEG_PRODUCT, NEG_TERM (eponyms, dishes), NEG_FAMOUS (famous people as a topic), NEG_PET,
NEG_SHIP, NEG_DATE (dates that are not births: orders, pickups, inspections, licences, decisions),
NEG_CODE (reference numbers), NEG_ADDR (numbered boxes, pitches, holes and rooms).
A dead private person's birth date does not occur; a child's birth date is a DATE_OF_BIRTH.
Reference numbers, other dates, numbered boxes and pitches, firms, products and places are labelled
on a share of their occurrences only (NEG_SHARE): the rest stay in the text unlabelled, where a
finding is a false one all the same.

Totals: 710 records (30 with look-alikes only); 1,976 PERSON, 537 STREET_ADDRESS, 658
DATE_OF_BIRTH, 132 PHONE_NUMBER, 69 EMAIL_ADDRESS gold spans; 1,143 NEG_ spans (237 NEG_DATE,
191 NEG_ORG, 175 NEG_TERM, 117 NEG_CODE, 100 NEG_PRODUCT, 84 NEG_ADDR, 79 NEG_PLACE, 70
NEG_STREET, 58 NEG_FAMOUS, 20 NEG_SHIP, 12 NEG_PET). About half of the PERSON spans are invented
names; 383 are in capitals, 124 in lower case.

Writes JSON (presidio-research's shape, code-point offsets) to stdout; deterministic (fixed
seed); Python stdlib only; stands alone.
"""
import json
import random
import sys
import unicodedata

rng = random.Random(20261205 + 17)
records = []


class D:
    """A record written left to right: t() appends text, sp() a labelled value."""

    def __init__(self, lg, cls):
        self.lg, self.cls, self.text, self.spans = lg, cls, "", []

    def t(self, s):
        self.text += s
        return self

    def sp(self, label, v):
        assert v
        self.spans.append({"entity_type": label, "entity_value": v,
                           "start_position": len(self.text), "end_position": len(self.text) + len(v)})
        self.text += v
        return self

    def done(self):
        # Reference numbers, other dates, numbered rooms, firms and products: labelled on a share.
        self.spans = [s for s in self.spans if rng.random() < NEG_SHARE.get(s["entity_type"], 1.0)]
        for s in self.spans:
            assert self.text[s["start_position"]:s["end_position"]] == s["entity_value"]
        records.append({"full_text": self.text, "spans": self.spans, "template_id": len(records) % 100,
                        "metadata": {"locale": self.lg, "class": self.cls}})


NEG_SHARE = {"NEG_DATE": 0.3, "NEG_CODE": 0.3, "NEG_ADDR": 0.5, "NEG_ORG": 0.55, "NEG_PRODUCT": 0.6, "NEG_PLACE": 0.75}


def ch(x):
    return rng.choice(x)


def cap(w):
    return w[0].upper() + w[1:]


# ---- names -------------------------------------------------------------------------------------
# Real common names: (female given, male given, surnames).
REAL = {
    "en": (["Sarah", "Emma", "Claire", "Rachel", "Joanne", "Megan", "Siobhan", "Aoife"],
           ["David", "Mark", "Gareth", "Daniel", "Patrick", "Ciaran", "Stephen", "Liam"],
           ["Taylor", "Hughes", "Collins", "Murphy", "Walsh", "Parker", "Evans", "O'Connor", "Bennett", "Clarke"]),
    "de": (["Anna", "Julia", "Petra", "Stefanie", "Ursula", "Lena", "Birgit", "Monika"],
           ["Michael", "Florian", "Jürgen", "Stefan", "Andreas", "Markus", "Uwe", "Felix"],
           ["Müller", "Schmidt", "Fischer", "Becker", "Wagner", "Schulz", "Zimmermann", "von Arnim", "Köhler", "Richter"]),
    "fr": (["Sophie", "Isabelle", "Nathalie", "Élodie", "Céline", "Manon", "Chloé", "Hélène"],
           ["Nicolas", "Philippe", "Guillaume", "Sébastien", "Antoine", "François", "Thierry", "Rémi"],
           ["Martin", "Bernard", "Petit", "Durand", "Leroy", "Fournier", "Lambert", "Mercier", "de la Fontaine", "Faure"]),
    "nl": (["Sanne", "Femke", "Anouk", "Marieke", "Lotte", "Eva", "Ingrid", "Noor"],
           ["Jeroen", "Bram", "Sander", "Pieter", "Joost", "Ruud", "Maarten", "Wouter"],
           ["de Jong", "Jansen", "de Vries", "van den Berg", "Bakker", "Visser", "Smit", "Meijer", "van der Meer", "Mulder"]),
    "es": (["María", "Laura", "Marta", "Cristina", "Raquel", "Elena", "Nuria", "Inés"],
           ["José", "Alejandro", "Pablo", "Álvaro", "Miguel", "Jorge", "Íñigo", "Andrés"],
           ["Fernández", "López", "Martínez", "Sánchez", "Pérez", "Gómez", "Ruiz", "Díaz", "de la Cruz", "Moreno"]),
    "it": (["Giulia", "Sara", "Valentina", "Federica", "Alessia", "Silvia", "Elisa", "Martina"],
           ["Marco", "Andrea", "Luca", "Giuseppe", "Stefano", "Alessandro", "Simone", "Riccardo"],
           ["Russo", "Romano", "Gallo", "Conti", "De Luca", "Mancini", "Costa", "Giordano", "Di Stefano", "Lombardi"]),
    "pt": (["Ana", "Beatriz", "Inês", "Mariana", "Joana", "Catarina", "Rita", "Sofia"],
           ["João", "Pedro", "Tiago", "Rui", "Miguel", "Nuno", "Gonçalo", "Duarte"],
           ["Silva", "Santos", "Ferreira", "Pereira", "Oliveira", "Costa", "Rodrigues", "Martins", "dos Santos", "Sousa"]),
    "pl": (["Anna", "Magdalena", "Joanna", "Ewa", "Aleksandra", "Monika", "Justyna", "Karolina"],
           ["Krzysztof", "Marcin", "Michał", "Grzegorz", "Jakub", "Łukasz", "Wojciech", "Adam"],
           ["Kowalski", "Wiśniewska", "Wójcik", "Kamińska", "Lewandowski", "Zielińska", "Szymański", "Woźniak", "Kozłowski", "Jankowska"]),
    "sv": (["Anna", "Maria", "Emma", "Elin", "Sara", "Johanna", "Maja", "Frida"],
           ["Johan", "Lars", "Mikael", "Oskar", "Henrik", "Fredrik", "Nils", "Gustav"],
           ["Johansson", "Karlsson", "Nilsson", "Eriksson", "Larsson", "Olsson", "Persson", "Svensson", "Gustafsson", "Lindberg"]),
    "da": (["Anne", "Camilla", "Louise", "Maria", "Ida", "Signe", "Lærke", "Kirsten"],
           ["Søren", "Anders", "Niels", "Peter", "Morten", "Thomas", "Christian", "Jesper"],
           ["Jensen", "Hansen", "Pedersen", "Andersen", "Christensen", "Larsen", "Rasmussen", "Petersen", "Møller", "Poulsen"]),
    "no": (["Ingrid", "Kristin", "Marit", "Hilde", "Ingeborg", "Silje", "Tone", "Astrid"],
           ["Ole", "Knut", "Bjørn", "Arne", "Eirik", "Sindre", "Torbjørn", "Øystein"],
           ["Hansen", "Olsen", "Larsen", "Andersen", "Berg", "Nilsen", "Pettersen", "Eide", "Lie", "Strand"]),
    "fi": (["Anna", "Laura", "Minna", "Tiina", "Sanna", "Kaisa", "Noora", "Riikka"],
           ["Jukka", "Antti", "Timo", "Pekka", "Markku", "Janne", "Lauri", "Tuomas"],
           ["Korhonen", "Virtanen", "Mäkelä", "Nieminen", "Hämäläinen", "Laine", "Koskinen", "Järvinen", "Lehtonen", "Salminen"]),
    "cs": (["Jana", "Lucie", "Kateřina", "Tereza", "Petra", "Markéta", "Veronika", "Hana"],
           ["Petr", "Tomáš", "Jiří", "Martin", "Ondřej", "Lukáš", "Pavel", "Jan"],
           ["Novák", "Svoboda", "Dvořák", "Černý", "Procházka", "Kučera", "Veselý", "Horák", "Němec", "Marek"]),
    "hu": (["Anna", "Eszter", "Katalin", "Réka", "Zsófia", "Judit", "Ildikó", "Orsolya"],
           ["Péter", "Gábor", "Zoltán", "Balázs", "László", "Attila", "Tamás", "Csaba"],
           ["Nagy", "Kovács", "Tóth", "Szabó", "Horváth", "Varga", "Kiss", "Molnár", "Németh", "Farkas"]),
    "tr": (["Ayşe", "Fatma", "Emine", "Zeynep", "Esra", "Derya", "Gülşen", "Hatice"],
           ["Mustafa", "Ahmet", "Murat", "Hakan", "Serkan", "Oğuz", "Kemal", "Yusuf"],
           ["Yıldız", "Arslan", "Doğan", "Koç", "Kurt", "Özdemir", "Aksoy", "Erdoğan", "Polat", "Güneş"]),
    "ro": (["Maria", "Ana", "Alexandra", "Cristina", "Mihaela", "Raluca", "Oana", "Irina"],
           ["Andrei", "Alexandru", "Ion", "Florin", "Vlad", "Ștefan", "Gheorghe", "Radu"],
           ["Popa", "Radu", "Stan", "Dinu", "Marin", "Lungu", "Georgescu", "Neagu", "Țăranu", "Moldovan"]),
    "el": (["Maria", "Eleni", "Katerina", "Sofia", "Georgia", "Dimitra", "Vasiliki", "Despoina"],
           ["Georgios", "Dimitrios", "Konstantinos", "Nikolaos", "Ioannis", "Christos", "Panagiotis", "Vasileios"],
           ["Papadopoulos", "Papadakis", "Nikolaidis", "Georgiou", "Konstantinou", "Vlachos", "Oikonomou", "Alexiou",
            "Karagiannis", "Dimitriou"]),
}
# Names of global origin, real: (given, surname, surname first when written naturally).
GLOBAL = [("Mohammed", "Al-Hashimi", False), ("Fatima", "Benali", False), ("Youssef", "El Amrani", False),
          ("Wang", "Lei", True), ("Li", "Xiaoming", True), ("Zhang", "Wei", True), ("Chen", "Jing", True),
          ("Priya", "Raghunathan", False), ("Arjun", "Venkataraman", False), ("Sunita", "Deshpande", False),
          ("Chukwuemeka", "Okonkwo", False), ("Adaeze", "Nwosu", False), ("Oluwaseun", "Adeyemi", False),
          ("Nguyen", "Thi Lan", True), ("Tran", "Van Minh", True), ("Kim", "Min-jun", True), ("Park", "Ji-woo", True),
          ("Sato", "Haruto", True), ("Takahashi", "Yui", True), ("Dariush", "Karimi", False),
          ("Shirin", "Tehrani", False), ("Abdirahman", "Warsame", False), ("Tigist", "Bekele", False),
          ("Kwame", "Asante", False), ("Ama", "Owusu", False), ("Maricel", "Dela Cruz", False),
          ("Oksana", "Melnyk", False), ("Taras", "Shevchuk", False), ("Hamza", "Qureshi", False),
          ("Aylin", "Kaya", False), ("Bilal", "Haddad", False), ("Leila", "Mansour", False)]
# Syllables for invented names, per language; surname endings after them.
SYL = {
    "en": (["hal", "bry", "cor", "dun", "ell", "fen", "gar", "lis", "mor", "ren", "tam", "wil"],
           ["worth", "stead", "ham", "cote", "ridge", "ings"]),
    "de": (["al", "ber", "dorn", "fal", "gun", "hel", "kra", "lin", "mer", "rot", "sel", "wig"],
           ["inger", "hardt", "meier", "bauer", "stedt", "walder"]),
    "fr": (["ar", "bon", "char", "del", "fla", "gil", "mar", "nic", "pel", "ros", "tan", "vau"],
           ["eau", "ard", "elle", "ois", "ac", "ignon"]),
    "nl": (["aal", "bre", "dek", "ever", "hoo", "jan", "klo", "mees", "rij", "ste", "ter", "wes"],
           ["ink", "stra", "huis", "kamp", "veld", "dijk"]),
    "es": (["al", "ben", "cas", "dor", "gal", "ibar", "lor", "mur", "pe", "ri", "sol", "ta"],
           ["ez", "ado", "illa", "uela", "ero", "aga"]),
    "it": (["al", "ber", "cal", "dor", "fra", "gal", "lom", "mar", "pe", "ros", "tor", "val"],
           ["ucci", "elli", "etto", "ani", "ese", "olo"]),
    "pt": (["al", "bar", "cor", "fal", "gon", "lan", "mon", "pe", "rei", "sar", "tei", "val"],
           ["eira", "inho", "ão", "ares", "ida", "osa"]),
    "pl": (["bo", "cze", "gra", "ja", "kro", "le", "mi", "pro", "ra", "sto", "wi", "zie"],
           ["ński", "wicz", "czak", "ecki", "ała", "iński"]),
    "sv": (["ag", "bro", "dal", "fal", "gran", "hal", "lin", "mal", "nor", "rud", "sand", "vik"],
           ["lund", "gren", "stam", "blad", "löf", "dahl"]),
    "da": (["as", "bjer", "fal", "gro", "hav", "kjel", "lau", "mor", "ny", "ros", "skov", "ved"],
           ["strup", "lund", "bæk", "høj", "mose", "gård"]),
    "no": (["ås", "bre", "dal", "fjo", "gjer", "hol", "kvi", "lei", "myr", "ros", "stu", "tve"],
           ["stad", "nes", "bø", "dal", "rud", "eng"]),
    "fi": (["aal", "haa", "jär", "kal", "lah", "mie", "oja", "pak", "rin", "sii", "tuo", "vuo"],
           ["nen", "la", "mäki", "oja", "salo", "koski"]),
    "cs": (["bra", "dvo", "hra", "ko", "kře", "lou", "ma", "pro", "ry", "sla", "tu", "vo"],
           ["ček", "ník", "ák", "ický", "ínek", "oušek"]),
    "hu": (["bar", "cse", "fa", "gyö", "ha", "ke", "lő", "me", "pá", "sző", "tö", "vá"],
           ["nyi", "si", "falvi", "házi", "di", "ódi"]),
    "tr": (["ak", "bay", "çe", "dem", "er", "gök", "il", "kar", "ol", "sev", "tun", "yal"],
           ["soy", "gil", "taş", "dağ", "kan", "ergin"]),
    "ro": (["ba", "cor", "dră", "ghe", "ion", "lu", "mă", "ne", "pe", "ră", "sto", "vla"],
           ["escu", "eanu", "ache", "oiu", "ică", "aru"]),
    "el": (["ana", "ther", "kal", "lefk", "mav", "nik", "pal", "sta", "tsi", "vas", "xan", "zer"],
           ["opoulos", "idis", "akis", "atos", "ellis", "eas"]),
}
GIVEN_END = {"el": ["os", "a", "is", "i"], "it": ["o", "a", "ina", "ello"], "es": ["o", "a", "ita", "ino"],
             "pt": ["o", "a", "inha", "ão"], "pl": ["a", "ek", "usz", "ina"], "cs": ["a", "ek", "ka", "ěj"],
             "ro": ["a", "u", "ina", "el"], "tr": ["", "an", "ay", "e"], "hu": ["", "a", "ka", "ó"]}
# Common real names the invented ones must not be (the lists above and more).
REAL_CHECK = set()
for _f, _m, _s in REAL.values():
    REAL_CHECK.update(x.lower() for x in _f + _m + _s)
for _g, _s, _o in GLOBAL:
    REAL_CHECK.update((_g.lower(), _s.lower()))
REAL_CHECK.update("""adam alan albert alex alice alma amanda amber amelia amy andrea angela anita ann anne
arthur ben benjamin bella bert beth brian bruno carl carla carlo carlos carol caroline catherine cecilia
charles charlotte chris christine clara colin dan daniela dario david dean delia denis diana diego dora
ed edgar edith edward elena eli elias elisa ella ellen elsa emil emily eric erik ernst eva fabio
felix fiona flora frank freya gabriel gary george gerald gil gina grace greta hal hanna hans harry
hedda helen henry hugo ian ida igor ilse ina irene iris isaac ivan jack jacob jan jane jean jens
jo john jon jonas jose julia karen karl kate ken kim klara kurt lara laura lea leo leon lily lina
linda lisa liv lola lou louis lucas lucia luis luka maja malin mara marc maria mario marion mark
marta martin mary max mia milan mira molly mona nadia nina noah nora olga oliver olivia oscar otto
paul paula peter petra phil pia rafael ralph rita robert rosa ruth sam sandra sara simon sofia
stella sven tanja tara teresa theo tina tom tomas ulla vera victor viktor walter wanda will yara
zoe ali omar said hassan ahmed mehmet ali veli ayla emre berk can deniz elif ece efe eren
ford hall hill wood moore shaw lane king wells ward hart dunn hale lowe carr reed cole bell gray
ross young hunt stone rose west marsh fox mills webb field holt lund berg dahl strand vik eng nes
nagy kiss toth lengyel balogh papp meier bauer hardt walder kamp veld dijk stra huis ink ros
marco mora moreno morales ortiz torres ramos rios vega vargas castro rojas lima rocha melo reis
alves nunes mendes pinto lopes ribeiro gomes dias monteiro barros cardoso teixeira correia
ferrari galli bruno fontana marino greco rizzo lombardo moretti barbieri testa caruso palma
villa valle rossi gallo neri serra sala riva dalla bianco nero pace lupo""".split())


def invent_word(lg, surname):
    syl, end = SYL[lg]
    for _ in range(50):
        parts = [ch(syl) for _ in range(ch((1, 2, 2)) if surname else 2)]
        if len(parts) == 2 and parts[0] == parts[1]:
            continue
        w = cap("".join(parts) + (ch(end) if surname else ch(GIVEN_END.get(lg, ["", "a", "o", "e", "in"]))))
        if w.lower() not in REAL_CHECK and len(w) >= 4:
            return w
    raise RuntimeError("no invented name")


class P:
    """A person: given name(s), surname, language; sg: written surname first naturally."""

    def __init__(self, given, surname, lg, sg=False, invented=False):
        self.given, self.surname, self.lg, self.sg, self.invented = given, surname, lg, sg, invented

    def full(self):
        return self.surname + " " + self.given if self.sg else self.given + " " + self.surname


def person(lg, glob=0.12, female=None):
    """Half invented, half real; one in eight (glob) of global origin."""
    if rng.random() < glob:
        a, b, sg = ch(GLOBAL)
        g, s = (b, a) if sg else (a, b)
        return P(g, s, lg, sg)
    if rng.random() < 0.5:
        g, s = invent_word(lg, False), invent_word(lg, True)
        if rng.random() < 0.08 and lg in ("en", "de", "fr", "es", "pt", "nl"):
            s = s + "-" + invent_word(lg, True)
        return P(g, s, lg, lg == "hu", True)
    f, m, ss = REAL[lg]
    fem = rng.random() < 0.5 if female is None else female
    g = ch(f if fem else m)
    s = ch(ss)
    if lg == "pl" and not fem:
        s = s.replace("ska", "ski").replace("cka", "cki")
    if lg == "pl" and fem:
        s = s.replace("ski", "ska").replace("cki", "cka")
    if lg == "cs" and fem:
        s = {"Novák": "Nováková", "Svoboda": "Svobodová", "Dvořák": "Dvořáková", "Černý": "Černá",
             "Procházka": "Procházková", "Kučera": "Kučerová", "Veselý": "Veselá", "Horák": "Horáková",
             "Němec": "Němcová", "Marek": "Marková"}[s]
    if lg == "el" and fem and s.endswith("os"):
        s = s[:-2] + "ou"
    if lg == "el" and fem and s.endswith("is"):
        s = s[:-2] + "ou" if s.endswith("idis") else s[:-1]
    if rng.random() < 0.1 and lg in ("es", "pt"):
        s = s + " " + ch(ss)
    if rng.random() < 0.07 and lg in ("en", "de", "fr"):
        g = g + (" " if lg != "fr" else "-") + ch(f if fem else m)
    return P(g, s, lg, lg == "hu")


def nm(p, style="full", odd=0.0):
    """The name as written: full (natural order), sg (SURNAME Given), comma (Surname, Given),
    capscomma (SURNAME, GIVEN), upper, lower, init (G. Surname), caps_sg_given (SURNAME Given)."""
    g, s = p.given, p.surname
    if style == "full":
        v = p.full()
    elif style == "sg":
        v = s.upper() + " " + g
    elif style == "comma":
        v = s + ", " + g
    elif style == "capscomma":
        v = s.upper() + ", " + g.upper()
    elif style == "upper":
        v = p.full().upper()
    elif style == "lower":
        v = p.full().lower()
    elif style == "init":
        v = g[0] + ". " + s
    elif style == "gonly":
        v = g
    elif style == "sonly":
        v = s
    else:
        raise ValueError(style)
    if odd and rng.random() < odd:
        k = rng.randrange(4)
        if k == 0 and " " in v:
            i = v.index(" ")
            v = v[:i] + "\u00a0" + v[i + 1:]
        elif k == 1 and "'" in v:
            v = v.replace("'", "\u2019")
        elif k == 2 and "-" in v:
            v = v.replace("-", "\u2011")
        elif k == 3 and any(ord(c) > 127 for c in v):
            v = unicodedata.normalize("NFD", v)
        elif " " in v:
            i = v.rindex(" ")
            v = v[:i] + "\u00a0" + v[i + 1:]
    return v


def style_for(kind):
    """A name style: kind is 'form' (capitals likely), 'prose', 'chat' or 'table'."""
    if kind == "form":
        return ch(["full", "full", "upper", "sg", "comma", "capscomma"])
    if kind == "table":
        return ch(["full", "comma", "sg", "full", "upper"])
    if kind == "chat":
        return ch(["lower", "lower", "gonly_lower", "full"])
    return ch(["full", "full", "full", "init"])


def name_as(p, kind, odd=0.05):
    st = style_for(kind)
    if st == "gonly_lower":
        return p.given.lower().split(" ")[0]
    return nm(p, st, odd)


# ---- dates -------------------------------------------------------------------------------------
MONTHS = {
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
    "fi": ("tammikuuta helmikuuta maaliskuuta huhtikuuta toukokuuta kesäkuuta heinäkuuta elokuuta "
           "syyskuuta lokakuuta marraskuuta joulukuuta"),
    "cs": "ledna února března dubna května června července srpna září října listopadu prosince",
    "hu": "január február március április május június július augusztus szeptember október november december",
    "tr": "Ocak Şubat Mart Nisan Mayıs Haziran Temmuz Ağustos Eylül Ekim Kasım Aralık",
    "ro": "ianuarie februarie martie aprilie mai iunie iulie august septembrie octombrie noiembrie decembrie",
    "el": ("Ianouariou Fevrouariou Martiou Apriliou Maiou Iouniou Iouliou Avgoustou Septemvriou Oktovriou "
           "Noemvriou Dekemvriou"),
}
MONTHS = {k: v.split() for k, v in MONTHS.items()}
MON3 = "JAN FEB MAR APR MAY JUN JUL AUG SEP OCT NOV DEC".split()


def ymd(lo, hi):
    return rng.randint(lo, hi), rng.randint(1, 12), rng.randint(1, 28)


def dnum(lg, y, m, d):
    """A numeric date in the country's order and separators."""
    if lg == "us":
        return "%02d/%02d/%04d" % (m, d, y) if rng.random() < 0.7 else "%d/%d/%04d" % (m, d, y)
    if lg == "sv":
        return "%04d-%02d-%02d" % (y, m, d)
    if lg == "hu":
        return ch(["%04d. %02d. %02d." % (y, m, d), "%04d.%02d.%02d." % (y, m, d), "%04d.%02d.%02d" % (y, m, d)])
    if lg == "cs":
        return ch(["%d. %d. %04d" % (d, m, y), "%02d.%02d.%04d" % (d, m, y), "%d.%d.%04d" % (d, m, y)])
    if lg == "fi":
        return "%d.%d.%04d" % (d, m, y)
    if lg in ("nl", "da"):
        return ch(["%02d-%02d-%04d" % (d, m, y), "%02d-%02d-%04d" % (d, m, y), "%02d.%02d.%04d" % (d, m, y)])
    if lg in ("de", "pl", "no", "tr", "ro"):
        return "%02d.%02d.%04d" % (d, m, y)
    return "%02d/%02d/%04d" % (d, m, y)


def dlong(lg, y, m, d):
    """A date with the month spelt as the language writes it."""
    if lg in ("en", "us"):
        mo = MONTHS["en"][m - 1]
        return ch(["%d %s %d" % (d, mo, y), "%s %d, %d" % (mo, d, y), "%d %s %d" % (d, mo[:3], y)])
    mo = MONTHS[lg][m - 1]
    if lg in ("de", "da", "no", "fi", "cs"):
        return "%d. %s %d" % (d, mo, y)
    if lg in ("es", "pt"):
        return "%d de %s de %d" % (d, mo, y)
    if lg == "hu":
        return "%d. %s %d." % (y, mo, d)
    if lg == "fr" and d == 1:
        return "1er %s %d" % (mo, y)
    return "%d %s %d" % (d, mo, y)


def dany(lg, y, m, d):
    """A birth date in one of the shapes records print them."""
    k = rng.random()
    if k < 0.5:
        return dnum(lg, y, m, d)
    if k < 0.72:
        return dlong(lg, y, m, d)
    if k < 0.82:
        return "%04d-%02d-%02d" % (y, m, d)
    if k < 0.88:
        return "%02d.%02d.%02d" % (d, m, y % 100) if lg not in ("en", "us", "es", "it", "fr", "pt", "el") \
            else "%02d/%02d/%02d" % ((m, d, y % 100) if lg == "us" else (d, m, y % 100))
    if k < 0.94:
        return ch(["%02d-%s-%04d" % (d, MON3[m - 1], y), "%02d %s %04d" % (d, MON3[m - 1], y),
                   "%02d%s%02d" % (d, MON3[m - 1], y % 100)])
    return "%04d%02d%02d" % (y, m, d)


def dob(lg, lo=1940, hi=2004):
    return dany(lg, *ymd(lo, hi))


def odate(lg, lo=2022, hi=2026):
    """A date that is not a birth (an order, a pickup, an inspection)."""
    y, m, d = ymd(lo, hi)
    return dnum(lg, y, m, d) if rng.random() < 0.7 else dlong(lg, y, m, d)


# ---- street addresses --------------------------------------------------------------------------
def num(lo=1, hi=140):
    return str(rng.randint(lo, hi))


ST = {
    "en": ["Mill Lane", "Church Street", "Beech Grove", "Station Road", "Orchard Close", "Queen's Drive",
           "St Anne's Terrace", "Gladstone Road"],
    "us": ["Maple Avenue", "Oak Street", "Lincoln Boulevard", "Cedar Lane", "W 3rd Street", "Elm Court"],
    "ie": ["Main Street", "Ballymore Road", "Church View", "Seafield Avenue", "Ashgrove Park"],
    "de": ["Lindenstraße", "Goethestraße", "Am Mühlbach", "Bergstr.", "Friedrich-Ebert-Straße", "Talweg",
           "Kastanienallee", "Ringstraße"],
    "at": ["Mariahilfer Straße", "Landstraßer Hauptstraße", "Schubertgasse", "Annenstraße"],
    "ch": ["Bahnhofstrasse", "Seestrasse", "Dorfstrasse", "Rue du Marché"],
    "fr": ["rue des Écoles", "avenue Jean Jaurès", "rue Pasteur", "boulevard de la Liberté", "impasse des Tilleuls",
           "chemin des Vignes", "place Gambetta", "allée des Acacias"],
    "be": ["Rue de la Loi", "Kerkstraat", "Chaussée de Charleroi", "Stationsstraat"],
    "nl": ["Dorpsstraat", "Kerkweg", "Prinsengracht", "Julianalaan", "Molenstraat", "Wilhelminastraat",
           "Schoolstraat", "Havenkade"],
    "es": ["Calle Mayor", "Avenida de América", "Calle del Pez", "Paseo de la Castellana", "C/ San Vicente",
           "Calle Goya", "Ronda de Segovia"],
    "it": ["Via Manzoni", "Via della Repubblica", "Corso Italia", "Viale Mazzini", "Via dei Mille",
           "Via San Francesco", "Piazza Dante"],
    "pt": ["Rua Augusta", "Avenida da Liberdade", "Rua do Almada", "Travessa do Carmo", "Rua de Santa Catarina",
           "Largo do Rato"],
    "pl": ["ul. Kościuszki", "ul. Słowackiego", "ul. Polna", "al. Niepodległości", "ul. Ogrodowa", "ul. Mickiewicza"],
    "sv": ["Storgatan", "Skolgatan", "Järnvägsgatan", "Linnégatan", "Kyrkogatan", "Södra vägen"],
    "da": ["Algade", "Nørregade", "Skolevej", "Strandvejen", "Kongensgade", "Hans Tausens Gade"],
    "no": ["Storgata", "Skolegata", "Kongens gate", "Øvre Slottsgate", "Fjellveien", "Nedre Langgate"],
    "fi": ["Kauppakatu", "Rantakatu", "Koulukatu", "Puistotie", "Satamakatu", "Runeberginkatu"],
    "cs": ["Vinohradská", "Husova", "Nádražní", "Masarykova", "Palackého", "Komenského"],
    "hu": ["Váci út", "Kossuth Lajos utca", "Petőfi u.", "Rákóczi út", "Fő utca", "Bartók Béla út"],
    "tr": ["Cumhuriyet Cad.", "İnönü Sok.", "Atatürk Bulvarı", "Gazi Cad.", "Lale Sokak", "Barış Sok."],
    "ro": ["Str. Republicii", "Bd. Revoluției", "Str. Libertății", "Calea Dorobanților", "Str. Mărășești", "Aleea Rozelor"],
    "el": ["Ermou", "Odos Tsimiski", "Leoforos Kifisias", "Patision", "Egnatias", "Odos Agiou Dimitriou"],
}
TOWN = {
    "en": ["Leeds LS2 9JT", "Bath BA1 2QH", "Cardiff CF10 1AA", "Ipswich IP1 3HF", "Carlisle CA3 8JB",
           "Exeter EX4 3PR"],
    "us": ["Springfield, IL 62704", "Austin, TX 78701", "Tacoma, WA 98402", "Dayton, OH 45402", "Albany, NY 12207"],
    "ie": ["Galway H91 E2W8", "Cork T12 X5RR", "Dublin 8, D08 T6YK", "Sligo F91 KT26"],
    "de": ["10437 Berlin", "28195 Bremen", "01067 Dresden", "60311 Frankfurt am Main", "79098 Freiburg", "24103 Kiel",
           "93047 Regensburg"],
    "at": ["1060 Wien", "8010 Graz", "5020 Salzburg"],
    "ch": ["8001 Zürich", "3011 Bern", "1003 Lausanne"],
    "fr": ["31000 Toulouse", "44000 Nantes", "67000 Strasbourg", "59000 Lille", "06000 Nice", "21000 Dijon"],
    "be": ["1000 Bruxelles", "9000 Gent", "2000 Antwerpen", "4000 Liège"],
    "nl": ["3511 AB Utrecht", "9711 LM Groningen", "2611 HW Delft", "5211 JK 's-Hertogenbosch", "6811 CA Arnhem"],
    "es": ["28013 Madrid", "50001 Zaragoza", "48001 Bilbao", "18009 Granada", "03001 Alicante"],
    "it": ["20122 Milano", "80134 Napoli", "37121 Verona", "16123 Genova", "90133 Palermo"],
    "pt": ["1100-053 Lisboa", "4050-262 Porto", "3000-141 Coimbra", "8000-079 Faro"],
    "pl": ["00-950 Warszawa", "30-001 Kraków", "60-101 Poznań", "20-002 Lublin", "70-201 Szczecin"],
    "sv": ["222 21 Lund", "581 83 Linköping", "702 11 Örebro", "852 30 Sundsvall"],
    "da": ["8000 Aarhus C", "9000 Aalborg", "4000 Roskilde", "6700 Esbjerg"],
    "no": ["5003 Bergen", "4006 Stavanger", "7010 Trondheim", "0152 Oslo"],
    "fi": ["00100 Helsinki", "20100 Turku", "33200 Tampere", "70100 Kuopio"],
    "cs": ["120 00 Praha 2", "602 00 Brno", "702 00 Ostrava", "301 00 Plzeň"],
    "hu": ["1132 Budapest", "6720 Szeged", "4025 Debrecen", "7621 Pécs"],
    "tr": ["34710 Kadıköy/İstanbul", "06690 Çankaya/Ankara", "35210 Konak/İzmir", "07100 Muratpaşa/Antalya"],
    "ro": ["400001 Cluj-Napoca", "010011 București, sector 1", "300006 Timișoara", "900178 Constanța"],
    "el": ["105 63 Athina", "546 23 Thessaloniki", "262 21 Patra", "151 25 Marousi"],
}
ADDR_LG = {"en": ["en", "en", "ie", "us"], "de": ["de", "de", "de", "at", "ch"], "fr": ["fr", "fr", "fr", "be", "ch"],
           "nl": ["nl", "nl", "nl", "be"]}


def address(lg, multiline=False, upper=False, region=None):
    """A street address of the country (of a region of it) with its unit, postcode and town."""
    c = region or ch(ADDR_LG.get(lg, [lg]))
    st = ch(ST[c])
    town = ch(TOWN[c])
    sep = "\n" if multiline else ", "
    if c in ("en", "ie"):
        unit = ch(["", "", "", "Flat " + num(1, 12) + ", ", "Apt " + num(1, 30) + ", "])
        a = unit + num(1, 220) + " " + st + sep + town
    elif c == "us":
        a = num(10, 9800) + " " + st + ch(["", "", ", Apt " + num(1, 40), " #" + num(100, 999)]) + sep + town
    elif c in ("fr", "be") and not st[0].isupper() or c == "fr":
        a = num(1, 90) + ch(["", "", " bis", " ter"]) + " " + st + ch(["", "", ", bât. B", ", apt " + num(1, 40)]) + sep + town
    elif c == "es":
        a = st + ", " + num(1, 120) + ch(["", ", " + num(1, 9) + "º " + ch(["A", "B", "izda.", "dcha."]), ", bajo"]) + sep + town
    elif c == "it":
        a = st + ch([" ", ", "]) + num(1, 200) + ch(["", "", "/B", ", int. " + num(1, 20), ", scala C"]) + sep + town
    elif c == "pt":
        a = st + ", " + num(1, 300) + ch(["", ", " + num(1, 6) + ".º Esq.", ", " + num(1, 6) + ".º Dto.", ", r/c"]) + sep + town
    elif c == "pl":
        a = st + " " + num(1, 150) + ch(["", "/" + num(1, 60), " m. " + num(1, 60), " lok. " + num(1, 20)]) + sep + town
    elif c == "cs":
        a = st + " " + num(100, 2900) + "/" + num(1, 90) + sep + town
    elif c == "hu":
        a = town + ", " + st + " " + num(1, 120) + "." + ch(["", " " + num(1, 9) + ". em. " + num(1, 12) + ".", " III/5."])
        if multiline:
            t, rest = town, st + " " + a.split(st + " ", 1)[1]
            a = t + "\n" + rest
    elif c == "tr":
        a = ch(["Moda Mah. ", "Bahçelievler Mah. ", "Yenişehir Mah. ", ""]) + st + " No:" + num(1, 90) + \
            ch(["", " D:" + num(1, 20), "/" + num(1, 20), " Kat:" + num(1, 8) + " Daire:" + num(1, 20)]) + sep + town
    elif c == "ro":
        a = st + " nr. " + num(1, 120) + ch(["", ", bl. " + ch("ABC") + num(1, 9) + ", sc. " + num(1, 3) + ", ap. " + num(1, 50),
                                             ", et. " + num(1, 8) + ", ap. " + num(1, 40)]) + sep + town
    elif c == "el":
        a = st + " " + num(1, 180) + sep + town
    elif c in ("sv", "no", "fi", "da"):
        unit = {"sv": ["", "", " lgh " + num(1101, 1406), ", " + num(1, 5) + " tr"],
                "no": ["", "", " B", ", H0" + num(1, 4) + "0" + num(1, 9)],
                "fi": ["", " A " + num(1, 30), " B " + num(1, 30), " as. " + num(1, 12)],
                "da": ["", ", " + num(1, 5) + ". tv.", ", " + num(1, 4) + ". th.", ", st."]}[c]
        a = st + " " + num(1, 120) + ch(unit) + sep + town
    else:  # de at ch nl be
        a = st + " " + num(1, 160) + ch(["", "", "a", "b", "-1", " II"] if c == "nl" else ["", "", "a", "b", "/3/12"] if c == "at" else ["", "", "a"]) + sep + town
    return a.upper() if upper else a


# Streets, squares and stations named after people with no number: places, not addresses, not people.
PSTREET = {"en": ["Nelson Street", "Gladstone Road", "Wellington Terrace"], "de": ["Konrad-Adenauer-Ring",
           "Bertha-von-Suttner-Platz", "Heinrich-Heine-Allee", "Sophie-Scholl-Straße"],
           "fr": ["avenue Jean Jaurès", "place Charles de Gaulle", "rue Marie Curie", "boulevard Louis Pasteur"],
           "nl": ["Willem Barentszstraat", "Anne Frankstraat", "Johan de Wittlaan"],
           "es": ["Calle de Miguel Servet", "Avenida Blasco Ibáñez", "Plaza de Federico García Lorca"],
           "it": ["Via Giuseppe Verdi", "Corso Giacomo Matteotti", "Piazza Giuseppe Mazzini"],
           "pt": ["Avenida António Augusto de Aguiar", "Rua Alexandre Herculano", "Praça Marquês de Pombal"],
           "pl": ["ul. Marii Skłodowskiej-Curie", "al. Józefa Piłsudskiego", "pl. Jana Matejki"],
           "sv": ["Olof Palmes gata", "Selma Lagerlöfs väg", "Birger Jarlsgatan"], "da": ["H.C. Ørsteds Vej",
           "Niels Bohrs Allé", "Søren Kierkegaards Plads"], "no": ["Henrik Ibsens gate", "Edvard Griegs vei",
           "Fridtjof Nansens plass"], "fi": ["Aleksis Kiven katu", "Sibeliuksenkatu", "Mannerheimintie"],
           "cs": ["Karlovo náměstí", "nábřeží Edvarda Beneše", "třída Tomáše Bati"],
           "hu": ["Andrássy út", "Széchenyi István tér", "Petőfi Sándor utca"],
           "tr": ["Atatürk Bulvarı", "İsmet İnönü Caddesi", "Fevzi Çakmak Sokağı"],
           "ro": ["Bulevardul Nicolae Bălcescu", "Strada Mihai Eminescu", "Piața Avram Iancu"],
           "el": ["Leoforos Eleftheriou Venizelou", "Odos Ioanni Metaxa", "Plateia Aristotelous"]}


# ---- phones and mail ---------------------------------------------------------------------------
def phone(lg):
    d = lambda k: "".join(str(rng.randint(0, 9)) for _ in range(k))  # noqa: E731
    f = {"en": lambda: ch(["07" + d(3) + " " + d(6), "+44 7" + d(3) + " " + d(6), "020 " + d(4) + " " + d(4)]),
         "us": lambda: "(" + str(rng.randint(201, 989)) + ") 555-0" + d(3),
         "de": lambda: ch(["0151 " + d(8), "+49 171 " + d(7), "030 " + d(7), "0176/" + d(8)]),
         "fr": lambda: ch(["06 " + " ".join(d(2) for _ in range(4)), "+33 6 " + " ".join(d(2) for _ in range(4))]),
         "nl": lambda: ch(["06-" + d(8), "+31 6 " + d(8), "030 " + d(3) + " " + d(4)]),
         "es": lambda: ch(["6" + d(2) + " " + d(3) + " " + d(3), "+34 6" + d(2) + " " + d(3) + " " + d(3)]),
         "it": lambda: ch(["3" + d(2) + " " + d(3) + " " + d(4), "+39 3" + d(2) + " " + d(7)]),
         "pt": lambda: ch(["9" + d(2) + " " + d(3) + " " + d(3), "+351 9" + d(2) + " " + d(3) + " " + d(3)]),
         "pl": lambda: ch(["+48 " + d(3) + " " + d(3) + " " + d(3), "5" + d(2) + "-" + d(3) + "-" + d(3)]),
         "sv": lambda: ch(["070-" + d(3) + " " + d(2) + " " + d(2), "+46 70 " + d(3) + " " + d(2) + " " + d(2)]),
         "da": lambda: ch([d(2) + " " + d(2) + " " + d(2) + " " + d(2), "+45 " + d(8)]),
         "no": lambda: ch(["9" + d(2) + " " + d(2) + " " + d(3), "+47 4" + d(2) + " " + d(2) + " " + d(3)]),
         "fi": lambda: ch(["040 " + d(7), "+358 50 " + d(7)]),
         "cs": lambda: ch(["+420 6" + d(2) + " " + d(3) + " " + d(3), "7" + d(2) + " " + d(3) + " " + d(3)]),
         "hu": lambda: ch(["+36 30 " + d(3) + " " + d(4), "06 20 " + d(3) + " " + d(4)]),
         "tr": lambda: ch(["0532 " + d(3) + " " + d(2) + " " + d(2), "+90 5" + d(2) + " " + d(3) + " " + d(4)]),
         "ro": lambda: ch(["07" + d(2) + " " + d(3) + " " + d(3), "+40 7" + d(2) + " " + d(3) + " " + d(3)]),
         "el": lambda: ch(["69" + d(2) + " " + d(3) + " " + d(3), "+30 69" + d(2) + " " + d(6)])}
    return f.get(lg, f["en"])()


def ascii_fold(s):
    s = s.replace("ø", "o").replace("æ", "ae").replace("ß", "ss").replace("ł", "l").replace("ı", "i")
    s = unicodedata.normalize("NFD", s)
    return "".join(c for c in s if c.isascii() and (c.isalnum() or c in ".-_"))


MAILHOST = ["gmail.com", "web.de", "gmx.at", "orange.fr", "ziggo.nl", "telefonica.net", "libero.it", "sapo.pt",
            "wp.pl", "telia.com", "outlook.com", "seznam.cz", "freemail.hu", "yahoo.com.tr", "yahoo.ro",
            "otenet.gr", "hotmail.co.uk", "icloud.com", "proton.me"]


def email(p):
    g = ascii_fold(p.given.lower().replace(" ", ""))
    s = ascii_fold(p.surname.lower().replace(" ", "").replace("'", ""))
    local = ch([g + "." + s, g[0] + s, s + "." + g, g + s[:3] + num(1, 99), g + "_" + s])
    return local + "@" + ch(MAILHOST)


# ---- labels and forms --------------------------------------------------------------------------
# Core field labels: name, surname, given names, date of birth, address, phone, e-mail, date,
# signature.
LAB = {
    "en": ["Full name", "Surname", "First name(s)", "Date of birth", "Address", "Phone", "Email", "Date", "Signature"],
    "us": ["Name", "Last name", "First name", "DOB", "Home address", "Phone", "E-mail", "Date", "Signature"],
    "de": ["Name, Vorname", "Nachname", "Vorname(n)", "Geburtsdatum", "Anschrift", "Telefon", "E-Mail", "Datum", "Unterschrift"],
    "fr": ["Nom et prénom", "Nom", "Prénom(s)", "Date de naissance", "Adresse", "Téléphone", "Courriel", "Date", "Signature"],
    "nl": ["Naam", "Achternaam", "Voornamen", "Geboortedatum", "Adres", "Telefoon", "E-mail", "Datum", "Handtekening"],
    "es": ["Nombre y apellidos", "Apellidos", "Nombre", "Fecha de nacimiento", "Domicilio", "Teléfono", "Correo electrónico", "Fecha", "Firma"],
    "it": ["Cognome e nome", "Cognome", "Nome", "Data di nascita", "Indirizzo", "Telefono", "E-mail", "Data", "Firma"],
    "pt": ["Nome completo", "Apelido", "Nome próprio", "Data de nascimento", "Morada", "Telemóvel", "E-mail", "Data", "Assinatura"],
    "pl": ["Imię i nazwisko", "Nazwisko", "Imię", "Data urodzenia", "Adres zamieszkania", "Telefon", "E-mail", "Data", "Podpis"],
    "sv": ["Namn", "Efternamn", "Förnamn", "Födelsedatum", "Adress", "Telefon", "E-post", "Datum", "Underskrift"],
    "da": ["Navn", "Efternavn", "Fornavn", "Fødselsdato", "Adresse", "Telefon", "E-mail", "Dato", "Underskrift"],
    "no": ["Navn", "Etternavn", "Fornavn", "Fødselsdato", "Adresse", "Telefon", "E-post", "Dato", "Signatur"],
    "fi": ["Nimi", "Sukunimi", "Etunimet", "Syntymäaika", "Osoite", "Puhelin", "Sähköposti", "Päivämäärä", "Allekirjoitus"],
    "cs": ["Jméno a příjmení", "Příjmení", "Jméno", "Datum narození", "Adresa trvalého pobytu", "Telefon", "E-mail", "Datum", "Podpis"],
    "hu": ["Név", "Vezetéknév", "Utónév", "Születési dátum", "Lakcím", "Telefonszám", "E-mail-cím", "Dátum", "Aláírás"],
    "tr": ["Adı Soyadı", "Soyadı", "Adı", "Doğum tarihi", "Adres", "Telefon", "E-posta", "Tarih", "İmza"],
    "ro": ["Nume și prenume", "Nume", "Prenume", "Data nașterii", "Domiciliu", "Telefon", "E-mail", "Data", "Semnătura"],
    "el": ["Onomateponymo", "Eponymo", "Onoma", "Imerominia gennisis", "Dieythynsi", "Tilefono", "Email", "Imerominia", "Ypografi"],
}
KEYS = ["name", "surname", "given", "dob", "address", "phone", "email", "date", "signature"]


def lab(lg, key):
    return LAB[lg][KEYS.index(key)]


def vtext(v):
    if isinstance(v, str):
        return v
    if isinstance(v, tuple):
        return v[1]
    return "".join(vtext(x) for x in v)


def put(d, v):
    if isinstance(v, str):
        d.t(v)
    elif isinstance(v, tuple):
        d.sp(*v)
    else:
        for x in v:
            put(d, x)


def jkey(label):
    k = ascii_fold(label.lower().replace(" ", "_").replace("(", "").replace(")", "").replace(",", ""))
    return k.replace(".", "").replace("-", "_") or "field"


def form(d, fields, layout=None):
    """Fields: (label, value) pairs, a value text, a (LABEL, value) span or a list of both.
    Layouts: lines, caps, dots, cols (PDF-to-text, two columns read across), json, xml, csv, md."""
    layout = layout or ch(["lines", "lines", "caps", "dots", "cols", "json", "xml", "csv", "md"])
    fields = [(a, b) for a, b in fields if b is not None and not (isinstance(b, tuple) and rng.random() < THIN.get(b[0], 0))]
    if layout in ("lines", "caps", "dots"):
        w = max(len(a) for a, _ in fields) + 2
        for a, v in fields:
            a2 = a.upper() if layout == "caps" else a
            if layout == "dots":
                d.t((a2 + " ").ljust(w + 2, ".") + " ")
            else:
                d.t(a2 + (" : " if d.lg == "fr" and rng.random() < 0.5 else ": "))
            put(d, v)
            d.t("\n")
    elif layout == "cols":
        for i in range(0, len(fields), 2):
            pair = fields[i:i + 2]
            w = max(34, len(pair[0][0]) + 4, len(vtext(pair[0][1])) + 4)
            d.t(pair[0][0].ljust(w) + (pair[1][0] if len(pair) > 1 else "") + "\n")
            put(d, pair[0][1])
            if len(pair) > 1:
                d.t(" " * (w - len(vtext(pair[0][1]))))
                put(d, pair[1][1])
            d.t("\n")
    elif layout == "json":
        ind = ch(["", "  "])
        d.t("{" + ("\n" if ind else ""))
        for i, (a, v) in enumerate(fields):
            d.t(ind + '"' + jkey(a) + '": "')
            put(d, v)
            d.t('"' + ("," if i < len(fields) - 1 else "") + ("\n" if ind else " "))
        d.t("}\n")
    elif layout == "xml":
        for a, v in fields:
            k = jkey(a)
            d.t("  <" + k + ">")
            put(d, v)
            d.t("</" + k + ">\n")
    elif layout == "csv":
        sep = ch([";", ",", "\t", "|"])
        d.t(sep.join(a for a, _ in fields) + "\n")
        for i, (a, v) in enumerate(fields):
            q = sep in vtext(v) or "\n" in vtext(v)
            d.t('"' if q else "")
            put(d, v)
            d.t(('"' if q else "") + (sep if i < len(fields) - 1 else "\n"))
    elif layout == "md":
        d.t("| | |\n|---|---|\n")
        for a, v in fields:
            d.t("| " + a + " | ")
            put(d, v)
            d.t(" |\n")
    if layout in ("lines", "caps", "dots", "cols") and rng.random() < 0.6:
        d.t(PROC[d.lg] + ": ").sp("PERSON", nm(person(d.lg), ch(["full", "full", "init", "upper"]))).t("\n")
    if rng.random() < 0.12:
        d.t(ACCESS[d.lg] + ": ").sp("NEG_STREET", ch(PSTREET[d.lg])).t("\n")
    return layout


# A note that names a street after a person with no number (a look-alike).
ACCESS = {"en": "Access via", "de": "Zufahrt über", "fr": "Accès par", "nl": "Ingang aan de", "es": "Acceso por", "it": "Ingresso da",
          "pt": "Acesso pela", "pl": "Wjazd od", "sv": "Infart från", "da": "Indkørsel fra", "no": "Innkjøring fra", "fi": "Sisäänkäynti",
          "cs": "Vjezd z ulice", "hu": "Bejárat", "tr": "Giriş", "ro": "Acces din", "el": "Eisodos apo"}


# A form's field dropped at random, so that the counts per label stay near the brief's.
THIN = {"EMAIL_ADDRESS": 0.45, "PHONE_NUMBER": 0.4, "DATE_OF_BIRTH": 0.15, "STREET_ADDRESS": 0.12}
PROC = {"en": "Processed by", "de": "Bearbeitet von", "fr": "Dossier suivi par", "nl": "Behandeld door", "es": "Tramitado por",
        "it": "Pratica gestita da", "pt": "Processado por", "pl": "Sporządził(a)", "sv": "Handläggare", "da": "Sagsbehandler",
        "no": "Saksbehandler", "fi": "Käsittelijä", "cs": "Vyřizuje", "hu": "Ügyintéző", "tr": "İşlemi yapan", "ro": "Întocmit de",
        "el": "Chiristis"}


def one_line(addr_v):
    return addr_v.replace("\n", ", ")


def P_(p, kind="form", odd=0.05):
    return ("PERSON", name_as(p, kind, odd))


def A_(lg, **kw):
    return ("STREET_ADDRESS", address(lg, **kw))


def B_(lg, lo=1940, hi=2004):
    return ("DATE_OF_BIRTH", dob(lg, lo, hi))


def T_(lg):
    return ("PHONE_NUMBER", phone(lg))


def E_(p):
    return ("EMAIL_ADDRESS", email(p))


def N_(label, v):
    return ("NEG_" + label, v)


def ref(prefix="", k=7):
    return prefix + "".join(str(rng.randint(0, 9)) for _ in range(k))


def lg_of(langs):
    return ch(langs)


def region_lg(lg):
    """The date order of an English record is British or American."""
    return "us" if lg == "en" and rng.random() < 0.3 else lg


# ---- telecom: mobile and broadband contract orders ----------------------------------------------
TEL = {  # title, holder, tariff, order date, installation address, customer number, co-user, advisor
    "en": ["Contract summary – broadband and mobile", "Account holder", "Package", "Order date", "Installation address",
           "Account no.", "Additional user", "Your adviser"],
    "de": ["Vertragszusammenfassung gemäß § 54 TKG", "Vertragsinhaber", "Tarif", "Auftragsdatum", "Anschlussadresse",
           "Kundennummer", "Mitnutzer", "Ihr Berater"],
    "fr": ["Récapitulatif contractuel – offre Box + Mobile", "Titulaire de la ligne", "Offre", "Date de souscription",
           "Adresse d'installation", "N° client", "Utilisateur secondaire", "Votre conseiller"],
    "es": ["Resumen del contrato de fibra y móvil", "Titular", "Tarifa", "Fecha de alta", "Dirección de instalación",
           "N.º de cliente", "Usuario adicional", "Le atendió"],
    "it": ["Sintesi contrattuale – fibra e mobile", "Intestatario", "Offerta", "Data attivazione", "Indirizzo di installazione",
           "Codice cliente", "Utilizzatore aggiuntivo", "Il tuo consulente"],
    "pl": ["Podsumowanie umowy abonamentowej", "Abonent", "Taryfa", "Data zawarcia umowy", "Adres instalacji",
           "Nr klienta", "Użytkownik dodatkowy", "Doradca"],
    "nl": ["Contractoverzicht internet en mobiel", "Contracthouder", "Abonnement", "Besteldatum", "Installatieadres",
           "Klantnummer", "Extra gebruiker", "Uw adviseur"],
    "pt": ["Resumo do contrato – pacote fibra e móvel", "Titular", "Tarifário", "Data de adesão", "Morada de instalação",
           "N.º de cliente", "Utilizador adicional", "O seu assistente"],
}
TARIFF = ["MagentaZuhause L", "GigaCube 5G", "Freebox Pop", "Livebox Fibre", "Fibra 600Mb + Móvil 50GB", "Fibra 2.5 Giga",
          "Formuła L", "Internet Onbeperkt 1000", "NOS 4 Fibra 1Gbps", "Full Fibre 500", "Giga Unlimited"]
DEVICE = ["FRITZ!Box 7590 AX", "FRITZ!Box 5690 Pro", "Gigaset E390", "Fairphone 5", "Nokia G42", "Speedport Smart 4"]


def telecom_log():
    """Provisioning log lines of a telecom order, key=value."""
    lg = ch(["de", "fr", "nl", "es", "it", "pl", "pt", "en"])
    d = D(lg, "telecom")
    for _ in range(rng.randint(2, 3)):
        p = person(lg)
        y, m, dd = ymd(2025, 2026)
        d.t("%04d-%02d-%02dT%02d:%02d:%02dZ INFO order.created id=" % (y, m, dd, rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59)))
        d.sp("NEG_CODE", ref("ORD", 8)).t(' customer_name="').sp("PERSON", nm(p, ch(["full", "upper", "comma"]), 0.1)).t('"')
        if rng.random() < 0.8:
            d.t(" dob=").sp("DATE_OF_BIRTH", "%04d-%02d-%02d" % ymd(1945, 2005))
        d.t(' install_addr="').sp("STREET_ADDRESS", address(lg)).t('"')
        if rng.random() < 0.4:
            d.t(" msisdn=").sp("PHONE_NUMBER", phone(lg).replace(" ", ""))
        d.t(' tariff="').sp("NEG_PRODUCT", ch(TARIFF)).t('" agent=').sp("PERSON", ascii_fold(nm(person(lg), "init").replace(" ", "").lower())).t("\n")
    d.done()


def k_telecom():
    if rng.random() < 0.2:
        return telecom_log()
    lg = lg_of(list(TEL))
    d = D(lg, "telecom")
    L = TEL[lg]
    rl = region_lg(lg)
    h = person(lg)
    k = rng.randrange(3)
    if k == 0:
        d.t(L[0] + "\n\n")
        fields = [(L[5], ref("", 9)), (L[1], P_(h)), (lab(lg, "dob"), B_(rl, 1945, 2005)),
                  (L[4], A_(lg)), (lab(lg, "phone"), T_(lg) if rng.random() < 0.5 else None),
                  (lab(lg, "email"), E_(h) if rng.random() < 0.4 else None),
                  (L[2], N_("PRODUCT", ch(TARIFF))), (L[3], N_("DATE", odate(rl)))]
        if rng.random() < 0.35:
            u = person(lg)
            fields.insert(4, (L[6], [P_(u), " (" + lab(lg, "dob") + " ", B_(rl, 2003, 2015), ")"]))
        form(d, fields, ch(["lines", "caps", "cols", "dots"]))
        if rng.random() < 0.4:
            d.t("Router: ").sp("NEG_PRODUCT", ch(DEVICE)).t("\n")
        d.t(L[7] + ": ").sp("PERSON", nm(person(lg), ch(["full", "gonly", "init"]))).t("\n")
    elif k == 1:
        tech = person(lg)
        intro = {"en": "Dear %s,\n\nthank you for your order. Our engineer %s will connect your line at %s on %s between 8am and 1pm.",
                 "de": "Guten Tag %s,\n\nvielen Dank für Ihren Auftrag. Unser Techniker %s schaltet Ihren Anschluss in %s am %s zwischen 8 und 13 Uhr.",
                 "fr": "Bonjour %s,\n\nmerci pour votre commande. Notre technicien %s raccordera votre logement au %s le %s entre 8h et 13h.",
                 "es": "Hola %s:\n\ngracias por tu pedido. Nuestro técnico %s instalará la fibra en %s el %s entre las 8:00 y las 13:00.",
                 "it": "Gentile %s,\n\ngrazie per l'ordine. Il tecnico %s attiverà la linea in %s il %s tra le 8 e le 13.",
                 "pl": "Dzień dobry %s,\n\ndziękujemy za zamówienie. Nasz technik %s podłączy usługę pod adresem %s w dniu %s w godz. 8–13.",
                 "nl": "Beste %s,\n\nbedankt voor je bestelling. Onze monteur %s sluit je aan op %s op %s tussen 8 en 13 uur.",
                 "pt": "Olá %s,\n\nobrigado pela sua adesão. O técnico %s fará a instalação na %s no dia %s entre as 8h e as 13h."}[lg]
        parts = intro.split("%s")
        d.t(parts[0]).sp("PERSON", nm(h, ch(["full", "full", "gonly"]))).t(parts[1]).sp("PERSON", nm(tech, ch(["full", "gonly"])))
        d.t(parts[2]).sp("STREET_ADDRESS", address(lg)).t(parts[3]).sp("NEG_DATE", odate(rl)).t(parts[4])
        d.t("\n\n" + L[5] + ": ").sp("NEG_CODE", ref("", 10)).t("\n" + L[2] + ": ").sp("NEG_PRODUCT", ch(TARIFF))
        if rng.random() < 0.5:
            d.t("\n" + lab(lg, "dob") + " (" + {"en": "identity check", "de": "Identitätsprüfung", "fr": "vérification d'identité",
                                                 "es": "verificación", "it": "verifica identità", "pl": "weryfikacja",
                                                 "nl": "identiteitscontrole", "pt": "verificação"}[lg] + "): ").sp("DATE_OF_BIRTH", dob(rl, 1950, 2004))
        d.t("\n")
    else:
        w = person(lg)
        a = address(lg)
        msg = {"en": ["hi, moving house next month, can i take my broadband to ", "? account is in my partner's name, ",
                      ", dob ", ". my number is "],
               "de": ["hallo, wir ziehen um, kann ich den anschluss mitnehmen nach ", "? vertrag läuft auf meinen mann ",
                      ", geb. ", ". erreichbar unter "],
               "fr": ["bonjour, je déménage, est-ce que je peux transférer ma box au ", " ? le contrat est au nom de ma femme ",
                      ", née le ", ". mon numéro : "],
               "es": ["hola, me mudo, se puede trasladar la fibra a ", "? el titular es mi pareja ",
                      ", nacido el ", ". mi móvil "],
               "it": ["ciao, trasloco, posso spostare la fibra in ", "? il contratto è intestato a mia moglie ",
                      ", nata il ", ". il mio numero "],
               "pl": ["dzień dobry, przeprowadzam się, czy mogę przenieść internet na ", "? umowa jest na żonę ",
                      ", ur. ", ". mój numer "],
               "nl": ["hoi, we verhuizen, kan mijn internet mee naar ", "? het contract staat op naam van mijn vriendin ",
                      ", geb. ", ". mijn nummer is "],
               "pt": ["olá, vou mudar de casa, posso levar a fibra para a ", "? o contrato está em nome da minha mulher ",
                      ", nascida a ", ". o meu número é "]}[lg]
        d.t("[chat] " + ch(["customer", "kunde", "client", "cliente", "klant"]) + ": ")
        d.t(msg[0]).sp("STREET_ADDRESS", a.lower() if rng.random() < 0.4 else a).t(msg[1])
        d.sp("PERSON", nm(w, ch(["lower", "lower", "full"]))).t(msg[2]).sp("DATE_OF_BIRTH", dob(rl)).t(msg[3]).sp("PHONE_NUMBER", phone(lg))
        d.t("\n[chat] agent ").sp("PERSON", nm(person(lg), "gonly")).t(": ")
        d.t({"en": "Thanks! I'll check availability.", "de": "Danke, ich prüfe die Verfügbarkeit.",
             "fr": "Merci, je vérifie l'éligibilité.", "es": "¡Gracias! Compruebo la cobertura.",
             "it": "Grazie, verifico la copertura.", "pl": "Dziękuję, sprawdzam dostępność.",
             "nl": "Dank je, ik check de beschikbaarheid.", "pt": "Obrigado, vou verificar a cobertura."}[lg] + "\n")
    d.done()


# ---- boat registers and skipper licences -------------------------------------------------------
BOAT = {  # title, owner, boat name, home port, hull id, licence, issued
    "sv": ["Utdrag ur båtregistret", "Ägare", "Båtens namn", "Hemmahamn", "Skrovnummer", "Förarintyg", "Utfärdat"],
    "no": ["Utskrift fra Småbåtregisteret", "Eier", "Båtnavn", "Hjemmehavn", "Skrognummer", "Båtførerbevis", "Utstedt"],
    "da": ["Udskrift af Skibsregistret (fritidsfartøjer)", "Ejer", "Bådens navn", "Hjemhavn", "Skrognummer", "Duelighedsbevis", "Udstedt"],
    "fi": ["Vesikulkuneuvorekisteriote", "Omistaja", "Veneen nimi", "Kotisatama", "Rungon tunnus", "Kuljettajankirja", "Myönnetty"],
    "de": ["Internationaler Bootsschein", "Eigner", "Bootsname", "Heimathafen", "Rumpf-Nr. (CIN)", "Sportbootführerschein See", "Ausgestellt"],
    "nl": ["Uittreksel kadaster – pleziervaartuig", "Eigenaar", "Naam vaartuig", "Thuishaven", "CIN/HIN", "Klein Vaarbewijs I", "Afgegeven"],
    "fr": ["Acte de francisation – navire de plaisance", "Propriétaire", "Nom du navire", "Port d'attache", "N° de coque", "Permis plaisance option côtière", "Délivré le"],
    "el": ["Adeia Skafous Anapsychis", "Idioktitis", "Onoma skafous", "Limani niologisis", "Arithmos gastras", "Diploma Kyvernitis", "Ekdothike"],
}
BOATNAME = ["Anna-Lena", "Greta II", "Frida", "Sofie Marie", "Ingeborg", "Tante Käthe", "Maria Dolores", "Kalimera",
            "Johanna af Göteborg", "Saint-Exupéry", "Lotte", "Kapetan Giannis", "Aino", "Liv"]
PORT = {"sv": ["Marstrand", "Sandhamn", "Visby"], "no": ["Risør", "Lillesand", "Ålesund"], "da": ["Svendborg", "Skagen", "Ærøskøbing"],
        "fi": ["Hanko", "Porvoo", "Naantali"], "de": ["Laboe", "Greifswald", "Lindau"], "nl": ["Enkhuizen", "Hoorn", "Lemmer"],
        "fr": ["La Trinité-sur-Mer", "Granville", "Sète"], "el": ["Lavrio", "Preveza", "Kalamata"]}


def k_boatreg():
    lg = lg_of(list(BOAT))
    d = D(lg, "boatreg")
    L = BOAT[lg]
    o = person(lg)
    if rng.random() < 0.6:
        d.t(L[0] + "\n")
        fields = [(L[2], N_("SHIP", ch(BOATNAME))), (L[4], N_("CODE", ch(["SE", "NO", "DK", "FI", "DE", "NL", "FR", "GR"]) + "-" + ch("ABCHJK") + ch("LMNPR") + ch("XYZ") + ref("", 5) + ch("ABCD") + ref("", 3))),
                  (L[3], N_("PLACE", ch(PORT[lg]))), (L[1], P_(o)), (lab(lg, "dob"), B_(lg, 1945, 2000)), (lab(lg, "address"), A_(lg))]
        if rng.random() < 0.35:
            o2 = person(lg)
            fields.insert(5, (L[1] + " 2", [P_(o2), " (", ("DATE_OF_BIRTH", dob(lg, 1945, 2000)), ")"]))
        fields.append((L[6], N_("DATE", odate(lg, 2015, 2025))))
        form(d, fields, ch(["lines", "caps", "cols", "dots", "xml"]))
    else:
        d.t(L[5].upper() + "\n")
        d.t(lab(lg, "surname").upper() + ": ").sp("PERSON", o.surname.upper()).t("\n")
        d.t(lab(lg, "given").upper() + ": ").sp("PERSON", o.given.upper() if rng.random() < 0.5 else o.given).t("\n")
        d.t(lab(lg, "dob").upper() + ": ").sp("DATE_OF_BIRTH", dob(lg, 1950, 2006)).t("\n")
        d.t(L[6] + ": ").sp("NEG_DATE", odate(lg, 2010, 2025)).t("  Nr. ").sp("NEG_CODE", ref(ch(["", "SBF-", "A-"]), 7)).t("\n")
        ex = person(lg)
        d.t({"sv": "Examinator", "no": "Sensor", "da": "Censor", "fi": "Tarkastaja", "de": "Prüfer", "nl": "Examinator",
             "fr": "Examinateur", "el": "Exetastis"}[lg] + ": ").sp("PERSON", nm(ex, ch(["full", "init", "upper"]))).t("\n")
        if rng.random() < 0.5:
            d.t("Note: " + {"sv": "båten ", "no": "båten ", "da": "båden ", "fi": "vene ", "de": "Boot ", "nl": "boot ", "fr": "bateau ", "el": "skafos "}[lg])
            d.sp("NEG_SHIP", ch(BOATNAME)).t(" – " + {"sv": "ligger i ", "no": "ligger i ", "da": "ligger i ", "fi": "satamassa ", "de": "liegt in ", "nl": "ligt in ", "fr": "amarré à ", "el": "sto "}[lg]).sp("NEG_PLACE", ch(PORT[lg])).t("\n")
    d.done()


# ---- drone operator registrations ----------------------------------------------------------------
DRONE = {  # title, operator, operator id, pilot, certificate, valid until, authority
    "de": ["Registrierung als UAS-Betreiber (LBA)", "Betreiber", "eID", "Fernpilot", "EU-Kompetenznachweis A1/A3", "Gültig bis", "Luftfahrt-Bundesamt"],
    "fr": ["Enregistrement exploitant UAS – AlphaTango", "Exploitant", "N° exploitant", "Télépilote", "Attestation de suivi de formation A1/A3", "Valable jusqu'au", "DGAC"],
    "it": ["Registrazione operatore UAS – d-flight", "Operatore", "Codice operatore", "Pilota remoto", "Attestato A1/A3", "Valido fino al", "ENAC"],
    "pl": ["Rejestracja operatora BSP", "Operator", "Numer operatora", "Pilot BSP", "Świadectwo kompetencji A1/A3", "Ważne do", "Urząd Lotnictwa Cywilnego"],
    "fi": ["UAS-toiminnanharjoittajan rekisteröinti", "Toiminnanharjoittaja", "Operaattoritunnus", "Kauko-ohjaaja", "A1/A3-todistus", "Voimassa", "Traficom"],
    "cs": ["Registrace provozovatele UAS", "Provozovatel", "Číslo provozovatele", "Dálkově řídící pilot", "Osvědčení A1/A3", "Platnost do", "Úřad pro civilní letectví"],
    "en": ["Drone and model aircraft registration – confirmation", "Operator", "Operator ID", "Remote pilot", "Flyer ID / A2 CofC", "Expires", "Civil Aviation Authority"],
}
DRONEMOD = ["DJI Mini 4 Pro", "DJI Avata 2", "Autel EVO Lite+", "Parrot Anafi", "DJI Air 3", "Holy Stone HS720"]


def k_drone():
    lg = lg_of(list(DRONE))
    d = D(lg, "drone")
    L = DRONE[lg]
    rl = region_lg(lg)
    o = person(lg)
    cc = {"de": "DEU", "fr": "FRA", "it": "ITA", "pl": "POL", "fi": "FIN", "cs": "CZE", "en": "GBR"}[lg]
    k = rng.randrange(3)
    if k < 2:
        d.t(L[0] + "\n" + L[6] + "\n\n")
        fields = [(L[1], P_(o)), (lab(lg, "dob"), B_(rl, 1950, 2008)), (lab(lg, "address"), A_(lg)),
                  (lab(lg, "email"), E_(o) if rng.random() < 0.5 else None),
                  (L[2], N_("CODE", cc + "".join(ch("abcdefghijkmnpqrstuvwxyz0123456789") for _ in range(12)))),
                  (L[5], N_("DATE", odate(rl, 2025, 2030)))]
        if rng.random() < 0.4:
            p2 = person(lg)
            fields.insert(4, (L[3], [P_(p2), ", ", ("DATE_OF_BIRTH", dob(rl, 1990, 2011))]))
        form(d, fields)
        if rng.random() < 0.5:
            d.t("UAS: ").sp("NEG_PRODUCT", ch(DRONEMOD)).t("\n")
    else:
        minor = rng.random() < 0.4
        d.t(L[4] + "\n")
        d.t("Candidate / " + L[3] + ": ").sp("PERSON", nm(o, "upper")).t("\n")
        d.t(lab(lg, "dob") + ": ").sp("DATE_OF_BIRTH", dob(rl, 2010, 2012) if minor else dob(rl, 1955, 2005)).t("\n")
        d.t("Exam passed: ").sp("NEG_DATE", odate(rl)).t(" – score 36/40\n")
        d.t("Certificate no. ").sp("NEG_CODE", cc + "-RP-" + ref("", 8)).t("\n")
        if minor:
            d.t("Parent/guardian (under 16): ").sp("PERSON", nm(person(lg), "full")).t("\n")
    d.done()


# ---- chimney-sweep inspection certificates -----------------------------------------------------
CHIM = {  # title, owner, property, sweep, next inspection, firm
    "de": ["Feuerstättenbescheid / Bescheinigung über die Feuerstättenschau", "Eigentümer", "Liegenschaft",
           "Bevollmächtigter Bezirksschornsteinfeger", "Nächste Feuerstättenschau", ["Schornsteinfegermeister Krause GmbH", "Kaminkehrerei Huber & Söhne"]],
    "hu": ["Kéményseprő-ipari sormunka – munkalap", "Tulajdonos", "Ingatlan címe", "Kéményseprő", "Következő ellenőrzés",
           ["Kéményseprő Kovács és Társa Kft.", "Katasztrófavédelem Kéményseprőipari Szerv"]],
    "pl": ["Protokół z okresowej kontroli przewodów kominowych", "Właściciel / zarządca", "Adres obiektu", "Mistrz kominiarski",
           "Następna kontrola", ["Zakład Kominiarski Nowak s.c.", "Usługi Kominiarskie Stefan Wróbel"]],
    "cs": ["Zpráva o revizi spalinové cesty", "Vlastník", "Adresa objektu", "Revizní technik", "Příští kontrola",
           ["Kominictví Dvořák s.r.o.", "Kominictví Pavel Beneš"]],
    "fi": ["Nuohoustodistus", "Omistaja", "Kohteen osoite", "Nuohooja", "Seuraava nuohous", ["Nuohous Virtanen Oy", "Nuohouspalvelu Laaksonen"]],
    "sv": ["Protokoll – brandskyddskontroll", "Fastighetsägare", "Fastighet", "Skorstensfejartekniker", "Nästa kontroll",
           ["Sotarmästare Lindgren AB", "Sotning & Brandskydd Holmberg"]],
    "nl": ["Veegcertificaat schoorsteen", "Eigenaar", "Adres woning", "Schoorsteenveger", "Volgende veegbeurt",
           ["Schoorsteenvegersbedrijf De Boer", "Van Dam Rookkanaaltechniek B.V."]],
    "fr": ["Certificat de ramonage", "Propriétaire / occupant", "Adresse du logement", "Ramoneur", "Prochain ramonage",
           ["Ramonage Lefebvre SARL", "Les Ramoneurs Savoyards Girard & Fils"]],
}


def k_chimney():
    lg = lg_of(list(CHIM))
    d = D(lg, "chimney")
    L = CHIM[lg]
    o = person(lg)
    sw = person(lg)
    d.t(L[0] + "\n")
    d.sp("NEG_ORG", ch(L[5])).t("\n\n")
    fields = [(L[1], P_(o)), (L[2], A_(lg)), (lab(lg, "phone"), T_(lg) if rng.random() < 0.3 else None),
              (lab(lg, "date"), N_("DATE", odate(lg))),
              ({"de": "Feuerstätte", "hu": "Tüzelőberendezés", "pl": "Urządzenie", "cs": "Spotřebič", "fi": "Tulisija",
                "sv": "Eldstad", "nl": "Toestel", "fr": "Appareil"}[lg], N_("PRODUCT", ch(["Vaillant ecoTEC plus", "Buderus Logamax GB172",
                                                                                          "Junkers Cerapur", "Jøtul F 100", "Viessmann Vitodens 200", "Hark Kaminofen 44"]))),
              (L[4], N_("DATE", odate(lg, 2026, 2030))), (L[3], P_(sw, "form", 0))]
    form(d, fields, ch(["lines", "lines", "caps", "cols", "dots"]))
    if rng.random() < 0.4:
        d.t({"de": "Mieter anwesend: ", "hu": "Jelen volt: ", "pl": "Obecny lokator: ", "cs": "Přítomen nájemník: ",
             "fi": "Paikalla: ", "sv": "Närvarande hyresgäst: ", "nl": "Aanwezig (huurder): ", "fr": "Locataire présent : "}[lg])
        d.sp("PERSON", nm(person(lg), ch(["full", "comma", "upper"]))).t("\n")
    d.done()


# ---- bulky-waste collection bookings -----------------------------------------------------------
BULKY = {  # title, requester, pickup address, pickup date, items, booking no
    "de": ["Sperrmüll-Anmeldung", "Auftraggeber", "Abholadresse", "Abholtermin", "Gegenstände", "Vorgangsnummer"],
    "fr": ["Demande d'enlèvement des encombrants", "Demandeur", "Adresse d'enlèvement", "Date de passage", "Objets", "N° de demande"],
    "nl": ["Afspraak grofvuil ophalen", "Aanvrager", "Ophaaladres", "Ophaaldatum", "Spullen", "Zaaknummer"],
    "it": ["Prenotazione ritiro ingombranti", "Richiedente", "Indirizzo di ritiro", "Data ritiro", "Materiali", "N. pratica"],
    "es": ["Solicitud de recogida de muebles y enseres", "Solicitante", "Dirección de recogida", "Día de recogida", "Enseres", "N.º de solicitud"],
    "da": ["Bestilling af storskrald", "Bestiller", "Afhentningsadresse", "Afhentningsdato", "Genstande", "Sagsnummer"],
    "pl": ["Zgłoszenie odbioru odpadów wielkogabarytowych", "Zgłaszający", "Adres odbioru", "Termin odbioru", "Odpady", "Nr zgłoszenia"],
}
ITEMS = {"de": "Sofa, 2 Stühle, Lattenrost", "fr": "un canapé, un matelas, une armoire", "nl": "bank, matras, kast",
         "it": "divano, materasso, armadio", "es": "sofá, colchón, somier", "da": "sofa, madras, reol", "pl": "wersalka, szafa, materac"}
FURN = ["IKEA Klippan", "IKEA Billy", "Chesterfield", "Biedermeier-Kommode", "Thonet No. 14", "Eames Lounge Chair"]


def k_bulkywaste():
    lg = lg_of(list(BULKY))
    d = D(lg, "bulkywaste")
    L = BULKY[lg]
    o = person(lg)
    k = rng.randrange(3)
    if k == 0:
        d.t(L[0] + "\n")
        form(d, [(L[5], N_("CODE", ref(ch(["SP-", "ENC", "GV-", "R", ""]), 8))), (L[1], P_(o)), (L[2], A_(lg)),
                 (lab(lg, "phone"), T_(lg)), (lab(lg, "email"), E_(o) if rng.random() < 0.5 else None),
                 (L[3], N_("DATE", odate(lg))), (L[4], [ITEMS[lg], ", ", N_("PRODUCT", ch(FURN))])])
    elif k == 1:
        d.t('{"booking": {"id": "').sp("NEG_CODE", ref("BW", 9)).t('", "customer": {"name": "').sp("PERSON", nm(o, ch(["full", "upper"])))
        d.t('", "phone": "').sp("PHONE_NUMBER", phone(lg)).t('"}, "pickup": {"address": "').sp("STREET_ADDRESS", address(lg))
        d.t('", "date": "').sp("NEG_DATE", "%04d-%02d-%02d" % ymd(2024, 2026)).t('", "items": ["' + '", "'.join(ITEMS[lg].split(", ")) + '"]}}}\n')
    else:
        nb = person(lg)
        msg = {"de": ["hi, sperrmüll ist bei uns am ", " – stellt ihr was raus? wir wohnen ", ". lg ", ""],
               "fr": ["coucou, les encombrants passent le ", ", vous sortez quelque chose ? on est au ", ". bises, ", ""],
               "nl": ["hoi, grofvuil wordt opgehaald op ", ", zetten jullie ook iets buiten? wij zitten op ", ". groetjes ", ""],
               "it": ["ciao, il ritiro ingombranti è il ", ", mettete fuori qualcosa? siamo in ", ". un abbraccio, ", ""],
               "es": ["hola, recogen los muebles el ", ", ¿sacáis algo? estamos en ", ". un beso, ", ""],
               "da": ["hej, storskrald hentes ", " – skal I have noget med? vi bor ", ". hilsen ", ""],
               "pl": ["cześć, odbiór gabarytów jest ", ", wystawiacie coś? mieszkamy na ", ". pozdrawiam, ", ""]}[lg]
        d.t("[" + "%02d:%02d" % (rng.randint(7, 22), rng.randint(0, 59)) + "] ").sp("PERSON", nm(o, ch(["lower", "gonly", "full"]))).t(": ")
        d.t(msg[0]).sp("NEG_DATE", odate(lg)).t(msg[1]).sp("STREET_ADDRESS", address(lg).lower()).t(msg[2])
        d.sp("PERSON", nm(o, "gonly").lower()).t("\n[" + "%02d:%02d" % (rng.randint(7, 22), rng.randint(0, 59)) + "] ")
        d.sp("PERSON", nm(nb, ch(["lower", "gonly"]))).t(": " + {"de": "ja, den alten schrank", "fr": "oui, la vieille armoire",
                                                                 "nl": "ja, de oude kast", "it": "sì, il vecchio armadio",
                                                                 "es": "sí, el armario viejo", "da": "ja, det gamle skab",
                                                                 "pl": "tak, starą szafę"}[lg] + "\n")
    d.done()


# ---- mail redirection and change of address ----------------------------------------------------
REDIR = {  # title, old address, new address, persons, start, end
    "en": ["Redirection application – Royal Mail", "Old address", "New address", "People moving", "Start date", "Redirect for"],
    "de": ["Nachsendeauftrag Umzug", "Bisherige Anschrift", "Neue Anschrift", "Umziehende Personen", "Beginn", "Laufzeit"],
    "fr": ["Contrat de réexpédition définitive", "Ancienne adresse", "Nouvelle adresse", "Personnes concernées", "Début", "Durée"],
    "nl": ["Doorstuurservice bij verhuizing", "Oude adres", "Nieuwe adres", "Verhuizende personen", "Ingangsdatum", "Looptijd"],
    "sv": ["Eftersändning vid flytt", "Gammal adress", "Ny adress", "Personer som flyttar", "Startdatum", "Period"],
    "cs": ["Žádost o dosílání zásilek", "Původní adresa", "Nová adresa", "Osoby", "Od", "Doba"],
    "pt": ["Pedido de reencaminhamento postal", "Morada antiga", "Morada nova", "Pessoas abrangidas", "Início", "Duração"],
}


def k_redirect():
    lg = lg_of(list(REDIR))
    d = D(lg, "redirect")
    L = REDIR[lg]
    rl = region_lg(lg)
    region = ch(ADDR_LG.get(lg, [lg]))
    ppl = [person(lg)]
    fam = ppl[0]
    for _ in range(rng.choice((0, 1, 1, 2, 3))):
        q = person(lg)
        if rng.random() < 0.6:
            q = P(q.given, fam.surname, lg, fam.sg)
        ppl.append(q)
    k = rng.randrange(2)
    if k == 0:
        d.t(L[0] + "\n\n" + L[1] + ":\n").sp("STREET_ADDRESS", address(lg, multiline=True, region=region)).t("\n\n")
        d.t(L[2] + ":\n").sp("STREET_ADDRESS", address(lg, multiline=rng.random() < 0.6, region=region)).t("\n\n" + L[3] + ":\n")
        for i, q in enumerate(ppl):
            d.t("%d. " % (i + 1)).sp("PERSON", nm(q, ch(["full", "upper", "comma"])))
            if rng.random() < 0.5:
                d.t("  " + lab(lg, "dob") + " ").sp("DATE_OF_BIRTH", dob(rl, 1945, 2020))
            d.t("\n")
        d.t("\n" + L[4] + ": ").sp("NEG_DATE", odate(rl)).t("   " + L[5] + ": " + ch(["6", "12", "24"]) + "\n")
        d.t(lab(lg, "signature") + ": ").sp("PERSON", nm(ppl[0], "full")).t("\n")
    else:
        d.t(ch(["From", "Von", "De", "Van", "Från", "Od", "De"]) + ": ").sp("PERSON", nm(ppl[0], "full")).t(" <").sp("EMAIL_ADDRESS", email(ppl[0])).t(">\n")
        d.t({"en": "Subject: change of address\n\nHello, please update your records: from ",
             "de": "Betreff: Adressänderung\n\nGuten Tag, bitte ändern Sie meine Anschrift. Ab ",
             "fr": "Objet : changement d'adresse\n\nBonjour, merci de noter ma nouvelle adresse. À partir du ",
             "nl": "Onderwerp: adreswijziging\n\nGoedendag, graag mijn adres aanpassen. Vanaf ",
             "sv": "Ämne: adressändring\n\nHej, vänligen uppdatera min adress. Från ",
             "cs": "Předmět: změna adresy\n\nDobrý den, prosím o změnu adresy. Od ",
             "pt": "Assunto: alteração de morada\n\nBoa tarde, por favor atualizem a minha morada. A partir de "}[lg])
        d.sp("NEG_DATE", odate(rl)).t({"en": " my address is ", "de": " wohne ich in ", "fr": ", j'habite ", "nl": " woon ik op ",
                                       "sv": " bor jag på ", "cs": " bydlím na adrese ", "pt": " passo a morar na "}[lg])
        d.sp("STREET_ADDRESS", address(lg, region=region)).t({"en": " (previously ", "de": " (bisher ", "fr": " (auparavant ",
                                                              "nl": " (voorheen ", "sv": " (tidigare ", "cs": " (dříve ", "pt": " (antes "}[lg])
        d.sp("STREET_ADDRESS", address(lg, region=region)).t(").")
        if len(ppl) > 1:
            d.t({"en": " This also applies to ", "de": " Das gilt auch für ", "fr": " Cela vaut aussi pour ", "nl": " Dit geldt ook voor ",
                 "sv": " Det gäller även ", "cs": " Týká se to i ", "pt": " Também se aplica a "}[lg])
            for i, q in enumerate(ppl[1:]):
                if i:
                    d.t(" " + {"en": "and", "de": "und", "fr": "et", "nl": "en", "sv": "och", "cs": "a", "pt": "e"}[lg] + " ")
                d.sp("PERSON", nm(q, ch(["full", "gonly"])))
            d.t(".")
        d.t("\n" + {"en": "Customer no. ", "de": "Kundennr. ", "fr": "Réf. client ", "nl": "Klantnr. ", "sv": "Kundnr ",
                    "cs": "Č. zákazníka ", "pt": "N.º cliente "}[lg]).sp("NEG_CODE", ref("", 8)).t("\n\n")
        d.sp("PERSON", nm(ppl[0], "full")).t("\n")
    d.done()


# ---- music-school enrolments and exam entries --------------------------------------------------
MUS = {  # title, pupil, instrument, teacher, parent, exam date
    "en": ["Practical exam entry – Grade 5", "Candidate", "Instrument", "Teacher", "Parent/guardian", "Exam date"],
    "de": ["Anmeldung Musikschule", "Schüler/in", "Instrument", "Lehrkraft", "Erziehungsberechtigte/r", "Probestunde"],
    "pl": ["Zgłoszenie do szkoły muzycznej I stopnia", "Kandydat", "Instrument", "Nauczyciel", "Rodzic/opiekun", "Przesłuchanie"],
    "hu": ["Zeneiskolai beiratkozási lap", "Tanuló", "Hangszer", "Tanár", "Szülő/gondviselő", "Felvételi meghallgatás"],
    "it": ["Iscrizione scuola di musica", "Allievo/a", "Strumento", "Docente", "Genitore", "Audizione"],
    "el": ["Aitisi eggrafis – Odeio", "Mathitis", "Organo", "Kathigitis", "Goneas", "Akroasi"],
}
INSTR = {"en": ["Piano", "Violin", "Flute"], "de": ["Klavier", "Geige", "Querflöte"], "pl": ["fortepian", "skrzypce", "flet"],
         "hu": ["zongora", "hegedű", "fuvola"], "it": ["pianoforte", "violino", "flauto"], "el": ["piano", "violi", "kithara"]}
PIECE = ["Chopin Nocturne op. 9 no. 2", "Bach Invention no. 8", "Bartók Mikrokosmos 97", "Clementi Sonatina op. 36",
         "Schumann Träumerei", "Satie Gymnopédie no. 1", "Vivaldi Concerto RV 356", "Mozart Sonata K. 545"]


def k_music():
    if rng.random() < 0.3:
        return chat("music")
    lg = lg_of(list(MUS))
    d = D(lg, "music")
    L = MUS[lg]
    rl = region_lg(lg)
    k = rng.randrange(2)
    if k == 0:
        pu = person(lg)
        pa = P(person(lg).given, pu.surname, lg, pu.sg) if rng.random() < 0.7 else person(lg)
        te = person(lg)
        d.t(L[0] + "\n")
        form(d, [(L[1], P_(pu)), (lab(lg, "dob"), B_(rl, 2008, 2019)), (L[2], ch(INSTR[lg])), (L[4], P_(pa, "form", 0)),
                 (lab(lg, "address"), A_(lg)), (lab(lg, "phone"), T_(lg)), (lab(lg, "email"), E_(pa) if rng.random() < 0.5 else None),
                 (L[3], ["", P_(te, "prose", 0)]), (L[5], N_("DATE", odate(rl)))])
        d.t({"en": "Own-choice piece: ", "de": "Vorspielstück: ", "pl": "Utwór: ", "hu": "Választott darab: ", "it": "Brano: ",
             "el": "Ergo: "}[lg]).sp("NEG_FAMOUS", ch(PIECE)).t("\n")
    else:
        te = person(lg)
        d.t({"en": "Entry list – ", "de": "Anmeldeliste – ", "pl": "Lista zgłoszeń – ", "hu": "Jelentkezési lista – ",
             "it": "Elenco iscritti – ", "el": "Lista symmetochis – "}[lg] + L[1] + "\n")
        d.t(L[3] + ": ").sp("PERSON", nm(te, ch(["full", "init"]))).t("\n\n")
        w = 30
        d.t(L[1].ljust(w) + lab(lg, "dob").ljust(22) + L[2] + "\n")
        for _ in range(rng.randint(3, 6)):
            pu = person(lg)
            v = nm(pu, ch(["comma", "full", "sg"]), 0.08)
            b = dob(rl, 2007, 2019)
            d.sp("PERSON", v).t(" " * max(1, w - len(v))).sp("DATE_OF_BIRTH", b).t(" " * max(1, 22 - len(b)) + ch(INSTR[lg]))
            if rng.random() < 0.3:
                d.t(" – ").sp("NEG_FAMOUS", ch(PIECE))
            d.t("\n")
    d.done()


# ---- language-school placement tests and enrolment ---------------------------------------------
LANGS = {  # title, student, course, start, nationality, level, host institute names
    "en": ["Enrolment form – General English", "Student", "Course", "Start date", "Nationality", "Placement test level",
           ["Shakespeare School of English", "Oxford House College"]],
    "de": ["Anmeldung Deutschkurs", "Teilnehmer/in", "Kurs", "Kursbeginn", "Staatsangehörigkeit", "Einstufungstest",
           ["Goethe-Institut München", "Humboldt-Institut Lindenberg"]],
    "es": ["Matrícula – curso intensivo de español", "Alumno/a", "Curso", "Inicio", "Nacionalidad", "Prueba de nivel",
           ["Instituto Cervantes", "Escuela Miguel de Unamuno"]],
    "pt": ["Ficha de inscrição – português para estrangeiros", "Aluno/a", "Curso", "Início", "Nacionalidade", "Teste de nível",
           ["Instituto Camões", "Escola Eça de Queirós"]],
    "it": ["Modulo d'iscrizione – corso di italiano", "Studente", "Corso", "Inizio corso", "Nazionalità", "Test d'ingresso",
           ["Società Dante Alighieri", "Scuola Leonardo da Vinci"]],
    "fr": ["Fiche d'inscription – FLE", "Étudiant(e)", "Cours", "Début", "Nationalité", "Test de positionnement",
           ["Alliance Française Paris", "Institut Victor Hugo"]],
}


def k_langschool():
    lg = lg_of(list(LANGS))
    d = D(lg, "langschool")
    L = LANGS[lg]
    src = ch(["tr", "pl", "el", "ro", "hu", "cs", "nl", "sv", "fi", "da", "no", "pt", "it", "es", "de", "fr"])
    if src == lg:
        src = "tr"
    st = person(src, glob=0.3)
    rl = region_lg(lg)
    k = rng.randrange(2)
    d.sp("NEG_ORG", ch(L[6])).t("\n" + L[0] + "\n\n")
    if k == 0:
        form(d, [(L[1], P_(st)), (lab(lg, "dob"), B_(rl, 1960, 2008)), (L[4], ch(["TR", "PL", "GR", "RO", "BR", "JP", "VN", "NG", "UA"])),
                 (lab(lg, "address"), A_(src)), (lab(lg, "email"), E_(st)), (L[2], ch(["A2", "B1", "B2", "C1"]) + " – 20 h"),
                 (L[3], N_("DATE", odate(rl))), (L[5], ch(["38/60", "B1.1", "A2+", "42/80"]))])
    else:
        tu = person(lg)
        d.t({"en": "Dear ", "de": "Liebe/r ", "es": "Estimado/a ", "pt": "Caro/a ", "it": "Gentile ", "fr": "Chère/Cher "}[lg])
        d.sp("PERSON", nm(st, ch(["full", "gonly"]))).t(",\n")
        d.t({"en": "your placement test result is B1. Your class starts on ", "de": "Ihr Einstufungsergebnis ist B1. Ihr Kurs beginnt am ",
             "es": "el resultado de tu prueba de nivel es B1. Tu curso empieza el ", "pt": "o resultado do seu teste é B1. O curso começa a ",
             "it": "il risultato del test è B1. Il corso inizia il ", "fr": "votre niveau est B1. Votre cours commence le "}[lg])
        d.sp("NEG_DATE", odate(rl)).t({"en": ". Your teacher is ", "de": ". Ihre Lehrerin ist ", "es": ". Tu profesora es ",
                                       "pt": ". A sua professora é ", "it": ". La tua insegnante è ", "fr": ". Votre professeure est "}[lg])
        d.sp("PERSON", nm(tu, "full")).t(".\n")
        if rng.random() < 0.6:
            d.t({"en": "We have your date of birth as ", "de": "Als Geburtsdatum haben wir ", "es": "Tenemos como fecha de nacimiento el ",
                 "pt": "Temos como data de nascimento ", "it": "Abbiamo come data di nascita il ", "fr": "Nous avons noté comme date de naissance le "}[lg])
            d.sp("DATE_OF_BIRTH", dob(rl, 1965, 2007)).t(" – " + {"en": "please check.", "de": "bitte prüfen.", "es": "compruébalo, por favor.",
                                                                   "pt": "confirme, por favor.", "it": "per favore verifica.", "fr": "merci de vérifier."}[lg] + "\n")
        d.t("\n").sp("PERSON", nm(person(lg), "full")).t(", " + {"en": "Director of Studies", "de": "Studienleitung", "es": "Jefa de estudios",
                                                             "pt": "Coordenação pedagógica", "it": "Direzione didattica", "fr": "Direction pédagogique"}[lg] + "\n")
    d.done()


# ---- coworking memberships ---------------------------------------------------------------------
COW = {  # title, member, company, plan, start, room booking
    "en": ["Membership agreement – Hot desk", "Member", "Company", "Plan", "Start", "Room booking"],
    "pt": ["Contrato de adesão – cowork", "Membro", "Empresa", "Plano", "Início", "Reserva de sala"],
    "es": ["Alta de socio – coworking", "Socio/a", "Empresa", "Plan", "Alta", "Reserva de sala"],
    "nl": ["Lidmaatschapsovereenkomst flexplek", "Lid", "Bedrijf", "Abonnement", "Startdatum", "Zaalreservering"],
    "de": ["Mitgliedsvertrag Coworking", "Mitglied", "Firma", "Tarif", "Beginn", "Raumbuchung"],
    "ro": ["Contract de membru – coworking", "Membru", "Companie", "Abonament", "Început", "Rezervare sală"],
}
ROOMS = ["Ada Lovelace", "Marie Curie", "Alan Turing", "Grace Hopper", "Fernando Pessoa", "Frida Kahlo", "Hedy Lamarr", "Nikola Tesla"]
FIRMS_P = ["Hoffmann & Partner Steuerberatung", "Van Leeuwen Design", "Studio Moreira Lda.", "Ionescu Consulting SRL",
           "García y Asociados", "Blackwell Digital Ltd", "Kowalczyk Software sp. z o.o."]


def k_coworking():
    lg = lg_of(list(COW))
    d = D(lg, "coworking")
    L = COW[lg]
    m = person(lg)
    k = rng.randrange(3)
    if k == 0:
        d.t(L[0] + "\n")
        form(d, [(L[1], P_(m)), (lab(lg, "dob"), B_(lg, 1965, 2004) if rng.random() < 0.6 else None), (L[2], N_("ORG", ch(FIRMS_P))),
                 (lab(lg, "address"), A_(lg)), (lab(lg, "email"), E_(m)), (lab(lg, "phone"), T_(lg) if rng.random() < 0.5 else None),
                 (L[3], ch(["Hot desk", "Fixed desk", "Office 4p", "Night owl"])), (L[4], N_("DATE", odate(lg)))])
    elif k == 1:
        d.t("# " + L[5] + "\n")
        for _ in range(rng.randint(2, 4)):
            b = person(lg)
            h0 = rng.randint(8, 16)
            d.t("%02d:%02d–%02d:00  " % (h0, ch([0, 30]), rng.randint(h0 + 1, 20)))
            d.sp("NEG_PLACE", "Room " + ch(ROOMS) if lg == "en" else ch(ROOMS)).t("  ").sp("PERSON", nm(b, ch(["full", "init", "full"]))).t("\n")
    else:
        d.t("member_id,name,company,joined,desk\n")
        for _ in range(rng.randint(3, 5)):
            b = person(lg)
            v = nm(b, ch(["full", "full", "upper"]), 0.15)
            d.t(ref("M", 4) + ",").sp("PERSON", v).t(",")
            if rng.random() < 0.5:
                d.sp("NEG_ORG", ch(FIRMS_P))
            else:
                d.t("freelance")
            d.t(",").sp("NEG_DATE", "%04d-%02d-%02d" % ymd(2021, 2026)).t(",").sp("NEG_ADDR", "Desk " + num(1, 60)).t("\n")
    d.done()


# ---- safe-deposit boxes ------------------------------------------------------------------------
SAFE = {  # title, holder, co-holder, authorised, box, access log
    "de": ["Schrankfach-Mietvertrag", "Mieter", "Mitmieter", "Bevollmächtigte/r", "Schrankfach Nr.", "Zutrittsprotokoll Tresorraum"],
    "fr": ["Contrat de location de coffre-fort", "Titulaire", "Co-titulaire", "Mandataire", "Coffre n°", "Registre des visites"],
    "it": ["Contratto di cassetta di sicurezza", "Intestatario", "Cointestatario", "Delegato", "Cassetta n.", "Registro accessi caveau"],
    "es": ["Contrato de alquiler de caja de seguridad", "Titular", "Cotitular", "Autorizado", "Caja n.º", "Registro de accesos"],
    "pt": ["Contrato de aluguer de cofre", "Titular", "Cotitular", "Procurador", "Cofre n.º", "Registo de acessos"],
    "el": ["Symvasi misthosis thyridas", "Misthotis", "Synmisthotis", "Exousiodotimenos", "Thyrida ar.", "Vivlio episkepseon"],
    "ro": ["Contract de închiriere casetă de valori", "Titular", "Cotitular", "Împuternicit", "Caseta nr.", "Registru de acces"],
    "hu": ["Széfbérleti szerződés", "Bérlő", "Társbérlő", "Meghatalmazott", "Széf sz.", "Széfterem látogatási napló"],
    "no": ["Avtale om leie av bankboks", "Leietaker", "Medleietaker", "Fullmektig", "Bankboks nr.", "Besøkslogg hvelv"],
    "sv": ["Avtal om bankfack", "Hyresgäst", "Medhyresgäst", "Fullmaktshavare", "Fack nr", "Besökslogg valv"],
}
BANKS_P = ["Erste Bank", "Sparebanken Vest", "Handelsbanken", "Bankhaus Metzler", "Banque Rothschild", "Banca Monte dei Paschi", "Banco Santander", "Banco Espírito Santo",
           "Piraeus Bank", "Banca Transilvania", "Bankhaus Lampe"]


def k_safedeposit():
    lg = lg_of(list(SAFE))
    d = D(lg, "safedeposit")
    L = SAFE[lg]
    h = person(lg)
    if rng.random() < 0.6:
        d.sp("NEG_ORG", ch(BANKS_P)).t(" – " + L[0] + "\n")
        fields = [(L[4], N_("ADDR", num(100, 2999))), (L[1], P_(h)), (lab(lg, "dob"), B_(lg, 1935, 1998)), (lab(lg, "address"), A_(lg))]
        if rng.random() < 0.5:
            c = person(lg)
            fields += [(L[2], P_(c)), (lab(lg, "dob") + " (2)", B_(lg, 1935, 1998))]
        if rng.random() < 0.5:
            fields.append((L[3], [P_(person(lg)), " – ", lab(lg, "dob") + " ", ("DATE_OF_BIRTH", dob(lg, 1950, 2000))]))
        fields.append((lab(lg, "date"), N_("DATE", odate(lg, 2015, 2026))))
        form(d, fields)
    else:
        d.t(L[5] + "\n")
        for _ in range(rng.randint(3, 6)):
            v = person(lg)
            d.sp("NEG_DATE", odate(lg, 2025, 2026)).t(" %02d:%02d  " % (rng.randint(9, 16), rng.randint(0, 59)))
            d.t(L[4] + " ").sp("NEG_ADDR", num(100, 2999)).t("  ").sp("PERSON", nm(v, ch(["upper", "comma", "full"]))).t("  ")
            d.t(ch(["ID ok", "Pass ✓", "CI ✓", "DNI ✓"]) + "  " + ch(["", "", "+ ", "+ "]))
            if d.text.endswith("+ "):
                d.sp("PERSON", nm(person(lg), "full"))
            d.t("\n")
    d.done()


# ---- archive reading rooms ---------------------------------------------------------------------
ARCH = {  # title, reader, institution, purpose, order slip, shelfmark, papers of
    "de": ["Benutzungsantrag Lesesaal", "Benutzer/in", "Institution", "Forschungsthema", "Bestellschein", "Signatur",
           ["Nachlass Thomas Mann", "Nachlass Hannah Arendt", "Bestand Familie Thurn und Taxis"]],
    "fr": ["Inscription en salle de lecture", "Lecteur/lectrice", "Établissement", "Objet de la recherche", "Bulletin de demande", "Cote",
           ["Fonds Victor Schœlcher", "Papiers Jean Moulin", "Fonds George Sand"]],
    "nl": ["Aanmelding studiezaal", "Bezoeker", "Instelling", "Onderzoeksonderwerp", "Aanvraagbon", "Inventarisnummer",
           ["Archief Aletta Jacobs", "Collectie Multatuli", "Familiearchief Van Oranje-Nassau"]],
    "cs": ["Badatelský list", "Badatel", "Instituce", "Téma bádání", "Žádanka", "Signatura",
           ["Osobní fond Karel Čapek", "Fond Bohuslav Martinů", "Rodinný archiv Lobkowiczů"]],
    "pl": ["Karta badacza", "Badacz", "Instytucja", "Temat badań", "Rewers", "Sygnatura",
           ["Spuścizna Wisławy Szymborskiej", "Archiwum Ignacego Paderewskiego", "Zbiór Józefa Piłsudskiego"]],
    "en": ["Reader registration", "Reader", "Institution", "Research topic", "Document request", "Reference",
           ["Papers of Florence Nightingale", "Charles Darwin correspondence", "Brontë family papers"]],
}


def k_archive():
    lg = lg_of(list(ARCH))
    d = D(lg, "archive")
    L = ARCH[lg]
    r = person(lg)
    rl = region_lg(lg)
    if rng.random() < 0.6:
        d.t(L[0] + "\n")
        form(d, [(L[1], P_(r)), (lab(lg, "dob"), B_(rl, 1945, 2003) if rng.random() < 0.7 else None), (lab(lg, "address"), A_(lg)),
                 (lab(lg, "email"), E_(r)), (L[2], ch(["Universität / university", "—", "privat", "PhD"])),
                 (L[3], N_("FAMOUS", ch(L[6]))), (lab(lg, "date"), N_("DATE", odate(rl)))])
    else:
        d.t(L[4].upper() + "\n" + L[5] + ": ").sp("NEG_CODE", ch(["Rep. ", "MS ", "Inv. ", "Fonds ", "Kart. "]) + num(1, 400) + "/" + num(1, 99))
        d.t("\n").sp("NEG_FAMOUS", ch(L[6])).t("\n")
        d.t(L[1] + ": ").sp("PERSON", nm(r, ch(["upper", "comma", "full"]))).t("   Nr. ").sp("NEG_CODE", ref("", 5)).t("\n")
        d.t(lab(lg, "date") + ": ").sp("NEG_DATE", odate(rl)).t("\n")
        if rng.random() < 0.5:
            d.t(ch(["Ausgegeben von", "Remis par", "Uitgereikt door", "Vydal", "Wydał", "Issued by"]) + ": ")
            d.sp("PERSON", nm(person(lg), ch(["init", "gonly", "full"]))).t("\n")
    d.done()


# ---- liability waivers -------------------------------------------------------------------------
WAIV = {  # title, participant, guardian, emergency contact, relation, venue names
    "en": ["Climbing wall – acknowledgement of risk", "Participant", "Parent/guardian (under 18)", "Emergency contact", "Relationship",
           ["The Castle Climbing Centre", "Boulder Barn"]],
    "de": ["Haftungsausschluss Boulderhalle", "Teilnehmer/in", "Erziehungsberechtigte/r", "Notfallkontakt", "Beziehung",
           ["Kletterzentrum Thalkirchen", "Boulderwelt"]],
    "nl": ["Verklaring van deelname – trampolinepark", "Deelnemer", "Ouder/voogd", "Noodcontact", "Relatie", ["Jump XL", "Klimmuur Monk"]],
    "fr": ["Décharge de responsabilité – karting", "Pilote", "Représentant légal", "Personne à prévenir", "Lien", ["Kart'Indoor", "Block'Out"]],
    "sv": ["Ansvarsfriskrivning – klätterhall", "Deltagare", "Vårdnadshavare", "Nödkontakt", "Relation", ["Klätterverket", "Karbin"]],
    "no": ["Egenerklæring – klatresenter", "Deltaker", "Foresatt", "Pårørende", "Relasjon", ["Klatreverket", "Bergen Klatresenter"]],
}
ROUTES = ["Lynn Hill Traverse", "Messner", "Adam Ondra's Nose", "Reinhold", "Catherine Destivelle", "Wolfgang Güllich Memorial"]
REL = {"en": ["mother", "father", "partner", "wife", "brother"], "de": ["Mutter", "Vater", "Partner", "Ehefrau", "Bruder"],
       "nl": ["moeder", "vader", "partner", "echtgenote", "broer"], "fr": ["mère", "père", "conjoint", "épouse", "frère"],
       "sv": ["mamma", "pappa", "sambo", "fru", "bror"], "no": ["mor", "far", "samboer", "kone", "bror"]}


def k_waiver():
    lg = lg_of(list(WAIV))
    d = D(lg, "waiver")
    L = WAIV[lg]
    rl = region_lg(lg)
    part = person(lg)
    minor = rng.random() < 0.4
    d.sp("NEG_ORG", ch(L[5])).t("\n" + L[0] + "\n\n")
    ec = person(lg)
    fields = [(L[1], P_(part)), (lab(lg, "dob"), B_(rl, 2008, 2016) if minor else B_(rl, 1960, 2006)),
              (lab(lg, "address"), A_(lg) if rng.random() < 0.7 else None), (lab(lg, "email"), E_(part) if not minor and rng.random() < 0.5 else None)]
    if minor:
        g = P(person(lg).given, part.surname, lg, part.sg)
        fields.append((L[2], P_(g)))
    fields += [(L[3], [P_(ec, "form", 0), " (" + ch(REL[lg]) + ") ", T_(lg)])]
    form(d, fields, ch(["lines", "caps", "dots", "json", "md"]))
    d.t(lab(lg, "signature") + ": ").sp("PERSON", nm(g if minor else part, "full")).t("  " + lab(lg, "date") + ": ").sp("NEG_DATE", odate(rl)).t("\n")
    if rng.random() < 0.3:
        d.t("Route of the month: ").sp("NEG_FAMOUS", ch(ROUTES)).t(" (6b+)\n")
    d.done()


# ---- hearing-aid fitting and audiology ---------------------------------------------------------
HEAR = {  # title, patient, referring ENT, audiologist, devices, insurer
    "de": ["Anpassbericht Hörsysteme", "Versicherte/r", "Verordnender HNO-Arzt", "Hörakustiker/in", "Krankenkasse",
           ["AOK Bayern", "Techniker Krankenkasse", "BARMER"]],
    "nl": ["Aanpasverslag hoortoestellen", "Cliënt", "Verwijzend KNO-arts", "Audicien", "Zorgverzekeraar", ["Zilveren Kruis", "CZ", "VGZ"]],
    "da": ["Høreapparatbehandling – journal", "Patient", "Henvisende øre-næse-halslæge", "Audiologiassistent", "Region",
           ["Region Hovedstaden", "Region Midtjylland"]],
    "fr": ["Compte rendu d'appareillage auditif", "Patient(e)", "ORL prescripteur", "Audioprothésiste", "Mutuelle", ["MGEN", "Harmonie Mutuelle"]],
    "it": ["Scheda di applicazione protesica", "Assistito/a", "Otorino prescrittore", "Audioprotesista", "ASL", ["ASL Roma 1", "ATS Milano"]],
    "es": ["Informe de adaptación audioprotésica", "Paciente", "Otorrino", "Audioprotesista", "Aseguradora", ["Sanitas", "Adeslas"]],
}
HDEV = ["Phonak Audéo Lumity L90", "Oticon Intent 1", "Widex Moment Sheer 440", "Signia Pure Charge&Go AX", "ReSound Nexia 9"]
HTERM = ["Weber test", "Rinne test", "Ménière's disease", "Carhart notch", "Stenger test"]


def k_hearing():
    lg = lg_of(list(HEAR))
    d = D(lg, "hearing")
    L = HEAR[lg]
    pt = person(lg)
    ent = person(lg)
    au = person(lg)
    d.t(L[0] + "\n")
    form(d, [(L[1], P_(pt)), (lab(lg, "dob"), B_(lg, 1930, 1975)), (lab(lg, "address"), A_(lg) if rng.random() < 0.7 else None),
             (L[4], N_("ORG", ch(L[5]))), (L[2], ["Dr. ", P_(ent, "prose", 0)]), (L[3], P_(au, "prose", 0))],
         ch(["lines", "caps", "cols", "dots"]))
    d.t({"de": "Befund: ", "nl": "Bevindingen: ", "da": "Fund: ", "fr": "Bilan : ", "it": "Esito: ", "es": "Hallazgos: "}[lg])
    d.sp("NEG_TERM", ch(HTERM[:2])).t(" " + {"de": "nach rechts lateralisiert", "nl": "naar links", "da": "lateraliseret til højre",
                                            "fr": "symétrique", "it": "negativo a sinistra", "es": "negativo"}[lg] + "; ")
    if rng.random() < 0.4:
        d.t("DD ").sp("NEG_TERM", ch(HTERM[2:])).t("; ")
    d.t("PTA 45 dB HL\n")
    d.t({"de": "Versorgung: ", "nl": "Toestel: ", "da": "Apparat: ", "fr": "Appareils : ", "it": "Apparecchi: ", "es": "Audífonos: "}[lg])
    d.sp("NEG_PRODUCT", ch(HDEV)).t(" – " + lab(lg, "date") + " ").sp("NEG_DATE", odate(lg)).t("\n")
    if rng.random() < 0.35:
        d.t({"de": "Begleitperson: Tochter ", "nl": "Begeleider: dochter ", "da": "Pårørende: datter ", "fr": "Accompagnant : sa fille ",
             "it": "Accompagnatore: figlia ", "es": "Acompañante: su hija "}[lg]).sp("PERSON", nm(P(person(lg, female=True).given, pt.surname, lg, pt.sg), "full"))
        d.t(", ").sp("PHONE_NUMBER", phone(lg)).t("\n")
    d.done()


# ---- bicycle registrations and bike leasing ----------------------------------------------------
BIKE = {  # title, owner, frame number, make, employer, lease start
    "de": ["Dienstrad-Überlassungsvertrag", "Mitarbeiter/in", "Rahmennummer", "Fahrrad", "Arbeitgeber", "Übergabe"],
    "nl": ["Fietsregistratie – fietsdiefstal voorkomen", "Eigenaar", "Framenummer", "Fiets", "Werkgever", "Registratiedatum"],
    "da": ["Cykelregistrering", "Ejer", "Stelnummer", "Cykel", "Arbejdsgiver", "Dato"],
    "fr": ["Certificat de marquage Bicycode", "Propriétaire", "N° de cadre", "Vélo", "Employeur", "Date de marquage"],
    "en": ["Cycle to Work – hire agreement", "Employee", "Frame number", "Bike", "Employer", "Collection date"],
}
BIKES = ["Riese & Müller Load 75", "Gazelle Ultimate C380", "Batavus Finez", "Cube Kathmandu", "Brompton C Line",
         "Peugeot LC01", "Koga Miyata WorldTraveller", "Kalkhoff Endeavour 5"]
EMPL_P = ["Siemens Healthineers", "Philips Nederland B.V.", "Carl Zeiss AG", "Robert Bosch GmbH", "Mærsk A/S",
          "Michelin", "Sainsbury's"]


def k_bicycle():
    lg = lg_of(list(BIKE))
    d = D(lg, "bicycle")
    L = BIKE[lg]
    o = person(lg)
    rl = region_lg(lg)
    if rng.random() < 0.7:
        d.t(L[0] + "\n")
        fields = [(L[1], P_(o)), (lab(lg, "dob"), B_(rl, 1955, 2004) if rng.random() < 0.6 else None), (lab(lg, "address"), A_(lg)),
                  (lab(lg, "phone"), T_(lg) if rng.random() < 0.4 else None), (L[3], N_("PRODUCT", ch(BIKES))),
                  (L[2], N_("CODE", ch(["WAW", "GZ", "BT", "RM", "WBK"]) + ref("", 7) + ch("ABCDEFGH"))),
                  (L[4], N_("ORG", ch(EMPL_P)) if lg in ("de", "en") else None), (L[5], N_("DATE", odate(rl)))]
        form(d, fields)
    else:
        d.t({"de": "Hallo Fuhrpark-Team, mein Dienstrad ", "nl": "Hoi, mijn fiets ", "da": "Hej, min cykel ",
             "fr": "Bonjour, mon vélo ", "en": "Hi, my "}[lg]).sp("NEG_PRODUCT", ch(BIKES))
        d.t({"de": " wurde am ", "nl": " is op ", "da": " blev stjålet ", "fr": " a été volé le ", "en": " was stolen on "}[lg]).sp("NEG_DATE", odate(rl))
        d.t({"de": " vor meiner Wohnung ", "nl": " gestolen voor mijn huis op ", "da": " foran ", "fr": " devant chez moi, ", "en": " outside my flat at "}[lg])
        d.sp("STREET_ADDRESS", address(lg)).t({"de": " gestohlen. ", "nl": ". ", "da": ". ", "fr": ". ", "en": ". "}[lg])
        d.t({"de": "Anzeige ist erstattet. Grüße\n", "nl": "Aangifte is gedaan. Groet,\n", "da": "Anmeldt til politiet. Hilsen\n",
             "fr": "Plainte déposée. Cordialement,\n", "en": "Crime ref. attached. Thanks,\n"}[lg]).sp("PERSON", nm(o, "full")).t("\n")
    d.done()


# ---- apiary registrations ----------------------------------------------------------------------
API = {  # title, keeper, apiary site, colonies, bee line, vet office
    "de": ["Anzeige der Bienenhaltung gem. § 1a BienSeuchV", "Imker/in", "Standort des Bienenstandes", "Anzahl Völker", "Bienenrasse", "Veterinäramt"],
    "fr": ["Déclaration de détention et d'emplacement de ruchers", "Apiculteur", "Emplacement du rucher", "Nombre de colonies", "Race", "DDPP"],
    "it": ["Denuncia apiari – Anagrafe apistica nazionale", "Apicoltore", "Ubicazione apiario", "Numero alveari", "Razza", "ASL"],
    "hu": ["Méhészeti nyilvántartási lap", "Méhész", "Méhes helye", "Családok száma", "Méhfajta", "Állategészségügyi hatóság"],
    "pl": ["Zgłoszenie prowadzenia pasieki", "Pszczelarz", "Lokalizacja pasieki", "Liczba rodzin", "Rasa", "Powiatowy Lekarz Weterynarii"],
    "ro": ["Cerere de înregistrare stupină", "Apicultor", "Amplasament stupină", "Număr familii", "Rasa", "DSVSA"],
    "el": ["Dilosi melissokomou", "Melissokomos", "Thesi melissokomeiou", "Arithmos kypselon", "Fyli", "DAOK"],
    "cs": ["Registrace chovatele včel", "Chovatel", "Stanoviště", "Počet včelstev", "Plemeno", "KVS"],
}
BEES = ["Buckfast", "Carnica", "Ligustica", "Carnica Troiseck", "Apis mellifera macedonica", "Buckfast (Bruder Adam)"]
FIELD = {"de": "Flurstück 412/3, Gemarkung Hinterweiler", "fr": "parcelle ZC 118, lieu-dit Les Bruyères", "it": "foglio 12 mappale 340",
         "hu": "hrsz. 0124/7, Felsőrét", "pl": "działka nr 233/5, obręb Wola", "ro": "tarla 45, parcela 12", "el": "thesi Kokkinia, agrotemachio 77",
         "cs": "parc. č. 1520/4, k. ú. Horní Ves"}


def k_apiary():
    lg = lg_of(list(API))
    d = D(lg, "apiary")
    L = API[lg]
    b = person(lg)
    d.t(L[0] + "\n")
    fields = [(L[1], P_(b)), (lab(lg, "dob"), B_(lg, 1940, 2005) if rng.random() < 0.75 else None), (lab(lg, "address"), A_(lg)),
              (lab(lg, "phone"), T_(lg) if rng.random() < 0.4 else None), (L[2], N_("PLACE", FIELD[lg])),
              (L[3], num(2, 60)), (L[4], N_("TERM", ch(BEES))), (lab(lg, "date"), N_("DATE", odate(lg)))]
    form(d, fields)
    if rng.random() < 0.3:
        d.t({"de": "Bienensachverständiger: ", "fr": "Technicien sanitaire apicole : ", "it": "Veterinario: ", "hu": "Méhegészségügyi felelős: ",
             "pl": "Lekarz weterynarii: ", "ro": "Medic veterinar: ", "el": "Ktiniatros: ", "cs": "Prohlížitel: "}[lg])
        d.sp("PERSON", nm(person(lg), ch(["full", "upper", "init"]))).t("\n")
    d.done()


# ---- fertility-clinic consent forms ------------------------------------------------------------
FERT = {  # title, patient, partner, donor code, clinic, treatment
    "es": ["Consentimiento informado – fecundación in vitro", "Paciente", "Pareja", "Código de donante", ["IVI Valencia", "Instituto Bernabeu"], "Tratamiento"],
    "cs": ["Informovaný souhlas s asistovanou reprodukcí", "Pacientka", "Partner", "Kód dárce", ["Sanatorium Helios Brno", "Gennet Praha"], "Léčba"],
    "da": ["Samtykke til fertilitetsbehandling", "Patient", "Partner", "Donorkode", ["Rigshospitalets Fertilitetsklinik", "Stork Klinik"], "Behandling"],
    "en": ["Consent to treatment with donor gametes (HFEA WT form)", "Patient", "Partner", "Donor code", ["Lister Fertility Clinic", "Bourn Hall Clinic"], "Treatment"],
    "pt": ["Consentimento informado – PMA", "Beneficiária", "Cônjuge/companheiro", "Código do dador", ["Clínica Ferticentro", "IVI Lisboa"], "Técnica"],
    "el": ["Enimeroti synainesi – IVF", "Asthenis", "Syntrofos", "Kodikos dotis", ["Institouto Genesis Athinon", "Embryoland"], "Therapeia"],
}
DRUGS = ["Gonal-f 75 IU", "Menopur 600 IU", "Ovitrelle 250 µg", "Cetrotide 0,25 mg", "Utrogestan 200 mg"]


def k_fertility():
    lg = lg_of(list(FERT))
    d = D(lg, "fertility")
    L = FERT[lg]
    rl = region_lg(lg)
    a = person(lg, glob=0.05, female=True)
    b = person(lg)
    doc = person(lg)
    d.sp("NEG_ORG", ch(L[4])).t("\n" + L[0] + "\n\n")
    form(d, [(L[1], P_(a)), (lab(lg, "dob"), B_(rl, 1978, 2000)), (L[2], P_(b) if rng.random() < 0.8 else None),
             (lab(lg, "dob") + " (2)", B_(rl, 1970, 2000)), (lab(lg, "address"), A_(lg)),
             (L[3], N_("CODE", ch(["DON-", "D", "EU-TC "]) + ref("", 6))), (L[5], ["FIV/ICSI – ", N_("PRODUCT", ch(DRUGS))])],
         ch(["lines", "caps", "cols", "dots"]))
    d.t("\n" + lab(lg, "signature") + ": ____  ").sp("PERSON", nm(a, "full")).t("   ").sp("NEG_DATE", odate(rl)).t("\n")
    d.t({"es": "Médico responsable: Dra. ", "cs": "Ošetřující lékař: MUDr. ", "da": "Læge: ", "en": "Clinician: Dr ", "pt": "Médico: Dr. ",
         "el": "Iatros: Dr. "}[lg]).sp("PERSON", nm(doc, ch(["full", "init"]))).t("\n")
    d.done()


# ---- guardianship court orders -----------------------------------------------------------------
GUARD = {  # court, title, person concerned, guardian, file no, decision
    "de": [["Amtsgericht Charlottenburg – Betreuungsgericht", "Amtsgericht Freiburg – Betreuungsgericht"], "Beschluss",
           "In der Betreuungssache für", "wird bestellt zur Betreuerin / zum Betreuer", "Az.", "Aufgabenkreise: Vermögenssorge, Aufenthaltsbestimmung"],
    "fr": [["Tribunal judiciaire de Lyon – juge des contentieux de la protection", "Tribunal judiciaire de Nantes"], "Jugement d'ouverture de curatelle renforcée",
           "Concernant", "désigne en qualité de curateur", "RG n°", "Durée de la mesure : 60 mois"],
    "nl": [["Rechtbank Gelderland, team kanton", "Rechtbank Midden-Nederland"], "Beschikking onderbewindstelling",
           "betreffende", "benoemt tot bewindvoerder", "Zaaknr.", "De bewindvoerder legt jaarlijks rekening en verantwoording af."],
    "it": [["Tribunale di Bologna – Giudice tutelare", "Tribunale di Torino – Volontaria giurisdizione"], "Decreto di nomina dell'amministratore di sostegno",
           "a favore di", "nomina amministratore di sostegno", "R.G.", "Durata: tempo indeterminato"],
    "cs": [["Okresní soud v Olomouci", "Obvodní soud pro Prahu 4"], "Rozsudek – jmenování opatrovníka", "posuzovaná",
           "jmenuje opatrovníkem", "Sp. zn.", "Rozsudek nabývá právní moci dnem doručení."],
    "hu": [["Budai Központi Kerületi Bíróság", "Szegedi Járásbíróság"], "Végzés – támogatott döntéshozatal", "az érintett",
           "gondnokul kirendeli", "Ügyszám", "A gondnok évente elszámolással tartozik."],
}


def k_guardianship():
    lg = lg_of(list(GUARD))
    d = D(lg, "guardianship")
    L = GUARD[lg]
    pc = person(lg)
    gd = person(lg)
    judge = person(lg)
    d.sp("NEG_ORG", ch(L[0])).t("\n" + L[4] + " ").sp("NEG_CODE", ch(["XVII ", "", "C/", "0 P "]) + num(10, 999) + "/" + num(19, 26)).t("\n\n" + L[1] + "\n\n")
    d.t(L[2] + " ").sp("PERSON", nm(pc, ch(["full", "upper", "full"]))).t(", " + {"de": "geb. am ", "fr": "né(e) le ", "nl": "geboren op ",
                                                                                 "it": "nato/a il ", "cs": "nar. ", "hu": "szül. "}[lg])
    d.sp("DATE_OF_BIRTH", dob(lg, 1930, 2004)).t(", " + {"de": "wohnhaft ", "fr": "demeurant ", "nl": "wonende te ", "it": "residente in ",
                                                         "cs": "bytem ", "hu": "lakcím: "}[lg]).sp("STREET_ADDRESS", address(lg)).t(",\n")
    d.t(L[3] + ": ").sp("PERSON", nm(gd, ch(["full", "full", "upper"])))
    if rng.random() < 0.6:
        d.t(", " + {"de": "geb. ", "fr": "né(e) le ", "nl": "geb. ", "it": "nato/a il ", "cs": "nar. ", "hu": "szül. "}[lg]).sp("DATE_OF_BIRTH", dob(lg, 1950, 1995))
    if rng.random() < 0.5:
        d.t(", ").sp("STREET_ADDRESS", address(lg))
    d.t(".\n" + L[5] + "\n" + lab(lg, "date") + ": ").sp("NEG_DATE", odate(lg)).t("\n\n")
    d.sp("PERSON", nm(judge, ch(["full", "init"]))).t("\n" + {"de": "Richterin am Amtsgericht", "fr": "Juge des contentieux de la protection",
                                                            "nl": "kantonrechter", "it": "Il Giudice tutelare", "cs": "soudkyně", "hu": "bíró"}[lg] + "\n")
    d.done()


# ---- divorce settlements and child maintenance -------------------------------------------------
DIV = {  # title, spouse 1, spouse 2, children, lawyer, table/term
    "de": ["Scheidungsfolgenvereinbarung", "Ehemann", "Ehefrau", "Gemeinsame Kinder", "Rechtsanwältin", "Düsseldorfer Tabelle"],
    "fr": ["Convention de divorce par consentement mutuel", "L'époux", "L'épouse", "Enfants", "Avocat", "barème de la pension alimentaire"],
    "es": ["Convenio regulador de divorcio", "El cónyuge", "La cónyuge", "Hijos", "Letrada", "Tablas orientadoras del CGPJ"],
    "it": ["Accordo di separazione consensuale", "Il marito", "La moglie", "Figli", "Avv.", "tabelle del Tribunale di Milano"],
    "pt": ["Acordo de regulação das responsabilidades parentais", "O requerente", "A requerente", "Filhos", "Advogada", "Lei n.º 61/2008"],
    "tr": ["Anlaşmalı boşanma protokolü", "Davacı", "Davalı", "Müşterek çocuklar", "Av.", "TMK 182. madde"],
    "ro": ["Convenție de divorț", "Soțul", "Soția", "Copii minori", "Av.", "art. 529 Cod civil"],
}


def k_divorce():
    lg = lg_of(list(DIV))
    d = D(lg, "divorce")
    L = DIV[lg]
    h, w = person(lg), person(lg, female=True)
    d.t(L[0] + "\n\n")
    d.t(L[1] + ": ").sp("PERSON", nm(h, ch(["full", "upper", "comma"]))).t(", " + lab(lg, "dob") + " ").sp("DATE_OF_BIRTH", dob(lg, 1960, 1995))
    if rng.random() < 0.6:
        d.t(", ").sp("STREET_ADDRESS", address(lg))
    d.t("\n" + L[2] + ": ").sp("PERSON", nm(w, ch(["full", "upper", "comma"]))).t(", " + lab(lg, "dob") + " ").sp("DATE_OF_BIRTH", dob(lg, 1960, 1995))
    if rng.random() < 0.6:
        d.t(", ").sp("STREET_ADDRESS", address(lg))
    d.t("\n\n" + L[3] + ":\n")
    sur = ch([h.surname, w.surname, h.surname])
    for _ in range(rng.randint(1, 3)):
        c = P(invent_word(lg, False) if rng.random() < 0.5 else ch(REAL[lg][rng.randrange(2)]), sur, lg, h.sg)
        d.t("- ").sp("PERSON", nm(c, ch(["full", "full", "gonly"]))).t(", ").sp("DATE_OF_BIRTH", dob(lg, 2008, 2022)).t("\n")
    d.t("\n" + {"de": "Unterhalt nach der ", "fr": "Contribution selon le ", "es": "Pensión conforme a las ", "it": "Mantenimento secondo le ",
                "pt": "Pensão nos termos da ", "tr": "Nafaka: ", "ro": "Pensie de întreținere conform "}[lg]).sp("NEG_TERM", L[5]).t(": 487 EUR.\n")
    d.t(L[4] + " ").sp("PERSON", nm(person(lg), "full")).t(" – " + lab(lg, "date") + " ").sp("NEG_DATE", odate(lg)).t("\n")
    d.done()


# ---- golf handicap records and tee sheets ------------------------------------------------------
GOLF = {"en": ["Handicap record", "Member", "Handicap index", "Home club", ["Royal Birkdale Golf Club", "Wentworth Club"]],
        "sv": ["Handicapregistrering", "Medlem", "Exakt hcp", "Hemmaklubb", ["Ljunghusens GK", "Bro Hof Slott GC"]],
        "de": ["Stammblatt / Handicap", "Mitglied", "Handicap-Index", "Heimatclub", ["GC Hubbelrath", "Golfclub Schloss Egmating"]],
        "es": ["Ficha de hándicap", "Jugador", "Hándicap", "Club", ["Real Club Valderrama", "Club de Golf Seve Ballesteros"]],
        "pt": ["Ficha de handicap", "Jogador", "Handicap", "Clube", ["Clube de Golfe da Quinta do Lago", "Oitavos Dunes"]],
        "fi": ["Tasoitustodistus", "Jäsen", "Tasoitus", "Kotiseura", ["Helsingin Golfklubi", "Tapiola Golf"]],
        "da": ["Handicapkort", "Medlem", "Handicap", "Hjemmeklub", ["Royal Copenhagen GK", "Himmerland Golf"]]}
GTERM = ["Ryder Cup", "Stableford", "Solheim Cup", "Vardon grip", "Texas Scramble"]


def k_golf():
    if rng.random() < 0.3:
        return chat("golf")
    lg = lg_of(list(GOLF))
    d = D(lg, "golf")
    L = GOLF[lg]
    rl = region_lg(lg)
    k = rng.randrange(3)
    if k == 0:
        m = person(lg)
        d.sp("NEG_ORG", ch(L[4])).t(" – " + L[0] + "\n")
        form(d, [(L[1], P_(m)), (lab(lg, "dob"), B_(rl, 1940, 2010)), (lab(lg, "address"), A_(lg) if rng.random() < 0.5 else None),
                 (lab(lg, "email"), E_(m) if rng.random() < 0.5 else None), (L[2], "%d.%d" % (rng.randint(0, 36), rng.randint(0, 9))),
                 (lab(lg, "date"), N_("DATE", odate(rl)))])
    elif k == 1:
        d.t("Tee sheet " + ch(["Sat", "Lør", "Sa", "Sáb", "La"]) + " ").sp("NEG_DATE", odate(rl)).t(" – ").sp("NEG_TERM", ch(GTERM)).t("\n")
        for _ in range(rng.randint(2, 3)):
            d.t("%02d:%02d  " % (rng.randint(7, 14), ch([0, 10, 20, 30, 40, 50])) + ch(["Tee 1", "Tee 10"]) + "  ")
            for j in range(rng.randint(2, 4)):
                if j:
                    d.t(" / ")
                v = nm(person(lg), ch(["comma", "full", "init"]), 0.08)
                d.sp("PERSON", v).t(" (%d.%d)" % (rng.randint(0, 36), rng.randint(0, 9)))
            d.t("\n")
    else:
        d.t("Pos;Name;Club;HCP;Netto;Jg\n")
        for i in range(rng.randint(3, 6)):
            p = person(lg)
            d.t("%d;" % (i + 1)).sp("PERSON", nm(p, ch(["comma", "full", "upper"]), 0.1)).t(";").sp("NEG_ORG", ch(L[4])).t(";%d.%d;%d;" % (rng.randint(0, 36), rng.randint(0, 9), rng.randint(30, 44)))
            d.sp("DATE_OF_BIRTH", dob(rl, 1945, 2008)).t("\n")
    d.done()


# ---- event catering orders ---------------------------------------------------------------------
CAT = {"en": ["Catering order", "Contact", "Delivery address", "Event date", "Dietary requirements", "Menu"],
       "de": ["Catering-Auftrag", "Ansprechpartner/in", "Lieferadresse", "Veranstaltung", "Unverträglichkeiten", "Menü"],
       "fr": ["Bon de commande traiteur", "Contact", "Adresse de livraison", "Date de l'événement", "Régimes particuliers", "Menu"],
       "it": ["Ordine catering", "Referente", "Indirizzo di consegna", "Data evento", "Intolleranze", "Menù"],
       "nl": ["Cateringopdracht", "Contactpersoon", "Afleveradres", "Datum", "Dieetwensen", "Menu"],
       "es": ["Pedido de catering", "Contacto", "Dirección de entrega", "Fecha del evento", "Alergias", "Menú"]}
DISH = ["Beef Wellington", "Pêche Melba", "Eggs Benedict", "Pizza Margherita", "Caesar salad", "Sachertorte", "Pavlova",
        "Carpaccio", "Waldorf salad", "Crêpes Suzette", "Bismarck herring", "Fürst-Pückler-Eis"]
DIET = {"en": ["vegan", "coeliac", "nut allergy", "halal"], "de": ["vegan", "Zöliakie", "Nussallergie", "halal"],
        "fr": ["végan", "sans gluten", "allergie arachides", "halal"], "it": ["vegano", "celiaco", "allergia frutta secca", "halal"],
        "nl": ["veganistisch", "glutenvrij", "notenallergie", "halal"], "es": ["vegano", "celíaco", "alergia a frutos secos", "halal"]}


def k_catering():
    lg = lg_of(list(CAT))
    d = D(lg, "catering")
    L = CAT[lg]
    rl = region_lg(lg)
    c = person(lg)
    if rng.random() < 0.65:
        d.t(L[0] + " #").sp("NEG_CODE", ref("", 5)).t("\n")
        form(d, [(L[1], P_(c)), (lab(lg, "phone"), T_(lg)), (L[2], A_(lg)), (L[3], N_("DATE", odate(rl))),
                 (L[5], [N_("TERM", ch(DISH)), ", ", N_("TERM", ch(DISH))])], ch(["lines", "caps", "dots", "md"]))
        d.t(L[4] + ":\n")
        for _ in range(rng.randint(2, 5)):
            d.t("  - ").sp("PERSON", nm(person(lg), ch(["full", "full", "comma", "gonly"]), 0.06)).t(": " + ch(DIET[lg]) + "\n")
    else:
        d.t("[" + ch(["WhatsApp", "Signal", "SMS"]) + "] ").sp("PERSON", nm(c, ch(["lower", "gonly"]))).t(": ")
        d.t({"en": "hi! for saturday, 3 changes: ", "de": "hallo! für samstag noch 3 änderungen: ", "fr": "coucou, pour samedi 3 changements : ",
             "it": "ciao! per sabato 3 modifiche: ", "nl": "hoi! voor zaterdag nog 3 wijzigingen: ", "es": "¡hola! para el sábado 3 cambios: "}[lg])
        g1, g2 = person(lg), person(lg)
        d.sp("PERSON", nm(g1, ch(["lower", "gonly"]))).t(" " + ch(DIET[lg]) + ", ").sp("PERSON", nm(g2, "lower")).t(" " + ch(DIET[lg]))
        d.t({"en": ", and swap the ", "de": ", und statt ", "fr": ", et on remplace le ", "it": ", e al posto del ", "nl": ", en in plaats van ",
             "es": ", y cambiar el "}[lg]).sp("NEG_TERM", ch(DISH).lower()).t({"en": " for the ", "de": " bitte ", "fr": " par le ",
                                                                               "it": " il ", "nl": " graag ", "es": " por "}[lg]).sp("NEG_TERM", ch(DISH).lower())
        d.t(". " + {"en": "delivery still to ", "de": "lieferung weiterhin an ", "fr": "livraison toujours au ", "it": "consegna sempre in ",
                    "nl": "levering nog steeds op ", "es": "entrega en "}[lg]).sp("STREET_ADDRESS", address(lg).lower()).t("\n")
    d.done()


# ---- locksmith call-outs -----------------------------------------------------------------------
LOCK = {"de": ["Einsatzprotokoll Türöffnung", "Auftraggeber/in", "Einsatzort", "Ausweis geprüft", "Monteur"],
        "en": ["Lock-out call-out sheet", "Customer", "Property", "ID checked", "Technician"],
        "pl": ["Protokół awaryjnego otwarcia drzwi", "Zleceniodawca", "Adres", "Dowód sprawdzony", "Ślusarz"],
        "nl": ["Werkbon deuropening", "Opdrachtgever", "Adres", "Legitimatie gecontroleerd", "Monteur"],
        "fr": ["Bon d'intervention – ouverture de porte", "Client", "Adresse", "Pièce d'identité vérifiée", "Technicien"],
        "tr": ["Çilingir servis formu", "Müşteri", "Adres", "Kimlik kontrolü", "Usta"]}
LOCKS = ["Yale Linus", "Chubb Detainer", "Abus Bravus 3500", "Mul-T-Lock Integrator", "Evva 4KS", "Kale Kilit 164"]


def k_locksmith():
    if rng.random() < 0.3:
        return chat("locksmith")
    lg = lg_of(list(LOCK))
    d = D(lg, "locksmith")
    L = LOCK[lg]
    rl = region_lg(lg)
    c = person(lg)
    d.t(L[0] + "\n")
    form(d, [(L[1], P_(c)), (lab(lg, "phone"), T_(lg)), (L[2], A_(lg)),
             (L[3], [ch(["ID", "PA", "DO", "paspoort", "CNI", "TC"]) + " – ", ("DATE_OF_BIRTH", dob(rl, 1950, 2005))]),
             (lab(lg, "date"), N_("DATE", odate(rl) + " %02d:%02d" % (rng.randint(0, 23), rng.randint(0, 59)))),
             ({"de": "Schloss", "en": "Lock", "pl": "Zamek", "nl": "Slot", "fr": "Serrure", "tr": "Kilit"}[lg], N_("PRODUCT", ch(LOCKS))),
             (L[4], P_(person(lg), "prose", 0))], ch(["lines", "caps", "cols", "dots", "csv"]))
    if rng.random() < 0.4:
        d.t({"de": "Hinweis: Hund ", "en": "Note: dog ", "pl": "Uwaga: pies ", "nl": "Let op: hond ", "fr": "Attention : chien ", "tr": "Not: köpek "}[lg])
        d.sp("NEG_PET", ch(["Bruno", "Luna", "Max", "Balou", "Karamel", "Fido"])).t({"de": " in der Wohnung", "en": " inside", "pl": " w mieszkaniu",
                                                                                     "nl": " binnen", "fr": " dans l'appartement", "tr": " içeride"}[lg] + "\n")
    d.done()


# ---- pest-control service reports --------------------------------------------------------------
PEST = {"en": ["Pest control service report", "Client", "Site", "Technician", "Treatment"],
        "es": ["Informe de servicio de control de plagas", "Cliente", "Dirección", "Técnico", "Tratamiento"],
        "it": ["Rapporto di intervento disinfestazione", "Cliente", "Sede", "Tecnico", "Trattamento"],
        "el": ["Deltio apentomosis – mykoktonias", "Pelatis", "Topos", "Texnikos", "Therapeia"],
        "pt": ["Relatório de desinfestação", "Cliente", "Local", "Técnico", "Tratamento"],
        "tr": ["İlaçlama servis raporu", "Müşteri", "Adres", "Teknisyen", "Uygulama"]}
PESTP = ["Rentokil Radar", "Goliath Gel", "Racumin Pasta", "K-Othrine WG 250", "Storm Secure"]


def k_pest():
    if rng.random() < 0.3:
        return chat("pest")
    lg = lg_of(list(PEST))
    d = D(lg, "pest")
    L = PEST[lg]
    rl = region_lg(lg)
    c = person(lg)
    d.t(L[0] + "  #").sp("NEG_CODE", ref("", 6)).t("\n")
    form(d, [(L[1], P_(c)), (L[2], A_(lg)), (lab(lg, "phone"), T_(lg) if rng.random() < 0.4 else None),
             (lab(lg, "date"), N_("DATE", odate(rl))), (L[4], N_("PRODUCT", ch(PESTP))), (L[3], P_(person(lg), "prose", 0))])
    if rng.random() < 0.5:
        d.t({"en": "Pets on site: cat ", "es": "Mascotas: gato ", "it": "Animali: gatto ", "el": "Katoikidia: gata ", "pt": "Animais: gato ",
             "tr": "Evcil hayvan: kedi "}[lg]).sp("NEG_PET", ch(["Mimi", "Tigger", "Oscar", "Pamuk", "Luna", "Felix"])).t(" – keep indoors 12 h\n")
    d.done()


# ---- farm subsidy applications -----------------------------------------------------------------
FARM = {"de": ["Sammelantrag Agrarförderung (GAP)", "Antragsteller/in", "Betriebsnummer", "Junglandwirt", "Betriebssitz"],
        "fr": ["Déclaration PAC – dossier TelePAC", "Exploitant", "N° PACAGE", "Jeune agriculteur", "Siège d'exploitation"],
        "pl": ["Wniosek o przyznanie płatności ARiMR", "Rolnik", "Numer identyfikacyjny", "Młody rolnik", "Adres gospodarstwa"],
        "ro": ["Cerere unică de plată APIA", "Fermier", "Cod RO", "Tânăr fermier", "Sediul exploatației"],
        "hu": ["Egységes kérelem (MÁK)", "Kérelmező", "Ügyfél-azonosító", "Fiatal gazda", "Gazdaság címe"],
        "es": ["Solicitud única PAC", "Solicitante", "CIF/NIF explotación", "Joven agricultor", "Domicilio explotación"],
        "el": ["Eniaia Aitisi Enischysis (OPEKEPE)", "Paragogos", "AFM", "Neos agrotis", "Edra ekmetallefsis"],
        "it": ["Domanda unica PAC – AGEA", "Richiedente", "CUAA", "Giovane agricoltore", "Sede aziendale"]}


def k_farmsubsidy():
    lg = lg_of(list(FARM))
    d = D(lg, "farmsubsidy")
    L = FARM[lg]
    f = person(lg)
    d.t(L[0] + "\n")
    young = rng.random() < 0.5
    cc = {"de": "276", "fr": "0", "pl": "0", "ro": "RO", "hu": "1", "es": "ES", "el": "", "it": "IT"}[lg]
    fields = [(L[1], P_(f)), (L[2], N_("CODE", ref(cc, 9))), (lab(lg, "dob"), B_(lg, 1986, 2004) if young else B_(lg, 1950, 1985)),
              (L[4], A_(lg)), (lab(lg, "phone"), T_(lg) if rng.random() < 0.4 else None), (L[3], ch(["ja", "oui", "tak", "da", "igen", "sí", "nai", "sì"]) if young else "—")]
    form(d, fields)
    d.t({"de": "Schläge", "fr": "Îlots", "pl": "Działki", "ro": "Parcele", "hu": "Táblák", "es": "Recintos SIGPAC", "el": "Agrotemachia", "it": "Particelle"}[lg] + ":\n")
    for _ in range(rng.randint(1, 3)):
        d.sp("NEG_CODE", {"de": "DEBYLI", "fr": "FR-", "pl": "PL", "ro": "RO", "hu": "HU", "es": "28:079:0:0:", "el": "GR", "it": "IT-"}[lg] + ref("", 8)).t("  " + "%.2f ha" % (rng.random() * 20))
        if rng.random() < 0.3:
            d.t(" „").sp("NEG_PLACE", ch(["Hansens Koppel", "Champ du Père Mathieu", "Pole Kowalskiego", "Tarlaua lui Ion", "Kovács-dűlő", "Podere San Giuseppe"])).t("“")
        d.t("\n")
    if rng.random() < 0.4:
        d.t({"de": "Hofnachfolger/in: ", "fr": "Associé : ", "pl": "Współmałżonek: ", "ro": "Soț/soție: ", "hu": "Házastárs: ", "es": "Cónyuge: ",
             "el": "Syzygos: ", "it": "Coadiuvante: "}[lg]).sp("PERSON", nm(person(lg), ch(["full", "upper"]))).t(", ").sp("DATE_OF_BIRTH", dob(lg, 1960, 2004)).t("\n")
    d.done()


# ---- market-stall and street-trading licences --------------------------------------------------
MKT = {"en": ["Street trading licence", "Licence holder", "Pitch", "Commodity", "Market", ["Borough Market", "Petticoat Lane Market"]],
       "fr": ["Autorisation d'occupation – marché de plein vent", "Titulaire", "Emplacement", "Activité", "Marché",
              ["Marché Victor Hugo", "Marché Jean Jaurès"]],
       "es": ["Autorización de venta ambulante", "Titular", "Puesto", "Producto", "Mercadillo", ["Mercado de San Miguel", "Mercadillo de El Rastro"]],
       "it": ["Concessione posteggio mercato", "Concessionario", "Posteggio", "Settore", "Mercato", ["Mercato di Porta Palazzo", "Mercato Vittorio Emanuele"]],
       "tr": ["Pazar yeri tahsis belgesi", "Hak sahibi", "Tezgâh", "Ürün", "Pazar", ["Kadıköy Salı Pazarı", "Fatih Çarşamba Pazarı"]],
       "pt": ["Licença de venda ambulante", "Titular", "Lugar", "Produto", "Mercado", ["Mercado do Bolhão", "Mercado de Arroios"]],
       "el": ["Adeia laikis agoras", "Katochos", "Thesi", "Eidi", "Laiki", ["Laiki Kallidromiou", "Laiki Xenokratous"]]}


def k_market():
    lg = lg_of(list(MKT))
    d = D(lg, "market")
    L = MKT[lg]
    rl = region_lg(lg)
    h = person(lg)
    if rng.random() < 0.7:
        d.t(L[0] + " – ").sp("NEG_ORG", ch(L[5])).t("\n")
        fields = [(L[1], P_(h)), (lab(lg, "dob"), B_(rl, 1950, 2003)), (lab(lg, "address"), A_(lg)), (L[2], N_("ADDR", ch(["", "Nr ", "n. ", "#"]) + num(1, 120))),
                  (L[3], ch({"en": ["fruit & veg", "textiles"], "fr": ["primeurs", "fromages"], "es": ["flores", "fruta"],
                             "it": ["formaggi", "ortofrutta"], "tr": ["balık", "sebze"], "pt": ["pão", "peixe"], "el": ["meli", "ladi"]}[lg])), (lab(lg, "date"), N_("DATE", odate(rl)))]
        if rng.random() < 0.4:
            fields.insert(4, ({"en": "Assistant", "fr": "Suppléant", "es": "Suplente", "it": "Coadiutore", "tr": "Yardımcı", "pt": "Ajudante",
                               "el": "Voithos"}[lg], P_(person(lg))))
        form(d, fields)
    else:
        d.t(L[4] + ";" + L[2] + ";" + L[1] + ";" + lab(lg, "dob") + "\n")
        for _ in range(rng.randint(3, 5)):
            d.sp("NEG_ORG", ch(L[5])).t(";").sp("NEG_ADDR", num(1, 120)).t(";").sp("PERSON", nm(person(lg), ch(["full", "upper", "comma"]), 0.1)).t(";")
            d.sp("DATE_OF_BIRTH", dob(rl, 1950, 2003)).t("\n")
    d.done()


# ---- taxi and private-hire driver licences -----------------------------------------------------
TAXI = {"en": ["Private hire driver licence – public register", "Driver", "Badge no.", "Expiry", "Operator"],
        "de": ["Antrag auf Fahrerlaubnis zur Fahrgastbeförderung (P-Schein)", "Antragsteller/in", "Führerschein-Nr.", "Gültig bis", "Unternehmen"],
        "nl": ["Chauffeurskaart – aanvraag", "Chauffeur", "Kaartnummer", "Geldig tot", "Taxibedrijf"],
        "pl": ["Wniosek o licencję taksówkarską", "Kierowca", "Nr licencji", "Ważna do", "Korporacja"],
        "ro": ["Atestat profesional taxi", "Conducător auto", "Nr. atestat", "Valabil până la", "Dispecerat"],
        "tr": ["Taksi şoför belgesi başvurusu", "Sürücü", "Belge no", "Geçerlilik", "Durak"],
        "hu": ["Taxis vezetői igazolvány – kérelem", "Gépkocsivezető", "Igazolvány száma", "Érvényes", "Taxitársaság"],
        "sv": ["Ansökan om taxiförarlegitimation", "Förare", "Legitimationsnr", "Giltig till", "Taxibolag"],
        "no": ["Søknad om kjøreseddel", "Sjåfør", "Kjøreseddelnr.", "Gyldig til", "Taxisentral"]}
TAXIF = ["Addison Lee", "Taxi Berlin Würfelfunk", "TCA Taxi Centrale Amsterdam", "Ele Taxi", "Star Taxi", "Taksim Yıldız Taksi",
         "Főtaxi", "Taxi Kurir", "Norgestaxi"]


def k_taxi():
    lg = lg_of(list(TAXI))
    d = D(lg, "taxi")
    L = TAXI[lg]
    rl = region_lg(lg)
    if rng.random() < 0.55:
        dr = person(lg)
        d.t(L[0] + "\n")
        form(d, [(L[1], P_(dr)), (lab(lg, "dob"), B_(rl, 1955, 2002)), (lab(lg, "address"), A_(lg)), (lab(lg, "phone"), T_(lg) if rng.random() < 0.5 else None),
                 (L[2], N_("CODE", ref(ch(["", "PHD", "CK-", "T"]), 6))), (L[4], N_("ORG", ch(TAXIF))), (L[3], N_("DATE", odate(rl, 2026, 2029)))])
    else:
        d.t(L[0] + "\n" + L[2].ljust(12) + L[1].ljust(34) + L[3] + "\n")
        for _ in range(rng.randint(5, 9)):
            v = nm(person(lg), ch(["upper", "comma", "sg", "full"]), 0.08)
            b = ref("", 6)
            d.sp("NEG_CODE", b).t(" " * (12 - len(b))).sp("PERSON", v).t(" " * max(1, 34 - len(v))).sp("NEG_DATE", odate(rl, 2026, 2029)).t("\n")
    d.done()


# ---- transit passes ----------------------------------------------------------------------------
TRANS = {"de": ["Abo-Antrag Deutschlandticket", "Karteninhaber/in", "Kontoinhaber/in", "Gültig ab", ["Ernst-Reuter-Platz", "Konrad-Adenauer-Platz"]],
         "fr": ["Demande de forfait Navigo annuel", "Titulaire", "Payeur", "Début", ["Franklin D. Roosevelt", "Louise Michel"]],
         "nl": ["Aanvraag persoonlijke OV-chipkaart", "Kaarthouder", "Rekeninghouder", "Ingangsdatum", ["Vijzelgracht", "Johan Cruijff ArenA"]],
         "es": ["Solicitud de Abono Transporte Joven", "Titular", "Tutor", "Inicio", ["Gregorio Marañón", "Príncipe de Vergara"]],
         "it": ["Richiesta abbonamento annuale ATM", "Intestatario", "Pagatore", "Decorrenza", ["Garibaldi FS", "Piazza Cavour"]],
         "pl": ["Wniosek o Warszawską Kartę Miejską", "Posiadacz", "Opiekun", "Od", ["Stadion Narodowy", "Ratusz Arsenał"]],
         "sv": ["Ansökan om SL-kort med rabatt", "Kortinnehavare", "Målsman", "Startdatum", ["Odenplan", "Karlaplan"]],
         "cs": ["Žádost o Lítačku", "Držitel", "Zákonný zástupce", "Platnost od", ["Jiřího z Poděbrad", "Náměstí Míru"]],
         "fi": ["HSL-kortin hakemus", "Kortinhaltija", "Huoltaja", "Alkaen", ["Sibeliuksen puisto", "Kamppi"]],
         "hu": ["Személyre szóló bérlet igénylése (BKK)", "Bérlettulajdonos", "Törvényes képviselő", "Érvényesség kezdete",
                ["Deák Ferenc tér", "Széchenyi fürdő"]],
         "no": ["Søknad om periodebillett (Ruter)", "Kortinnehaver", "Foresatt", "Gyldig fra", ["Nationaltheatret", "Carl Berners plass"]],
         "ro": ["Cerere abonament STB nominal", "Titular", "Reprezentant legal", "Valabil de la", ["Piața Victoriei", "Gheorghe Lazăr"]]}


def k_transit():
    if rng.random() < 0.3:
        return chat("transit")
    lg = lg_of(list(TRANS))
    d = D(lg, "transit")
    L = TRANS[lg]
    h = person(lg)
    young = rng.random() < 0.5
    d.t(L[0] + "\n")
    fields = [(L[1], P_(h)), (lab(lg, "dob"), B_(lg, 2004, 2014) if young else B_(lg, 1940, 2003)), (lab(lg, "address"), A_(lg)),
              (lab(lg, "email"), E_(h) if rng.random() < 0.4 else None)]
    if young or rng.random() < 0.3:
        fields.append((L[2], P_(P(person(lg).given, h.surname, lg, h.sg))))
    fields += [(L[3], N_("DATE", odate(lg))), ({"de": "Haltestelle", "fr": "Station", "nl": "Halte", "es": "Estación", "it": "Fermata", "pl": "Przystanek",
                                                "sv": "Station", "cs": "Zastávka", "fi": "Pysäkki", "hu": "Megálló", "no": "Holdeplass",
                                                "ro": "Stația"}[lg], N_("PLACE", ch(L[4])))]
    form(d, fields)
    d.done()


# ---- gambling self-exclusion -------------------------------------------------------------------
SELF = {"de": ["Antrag auf Selbstsperre (OASIS)", "Spieler/in", "Sperrdauer", "Geburtsort"],
        "en": ["GAMSTOP self-exclusion – registration", "Name", "Exclusion period", "Place of birth"],
        "fr": ["Demande d'interdiction volontaire de jeux (ANJ)", "Demandeur", "Durée", "Lieu de naissance"],
        "nl": ["Inschrijving CRUKS", "Speler", "Duur", "Geboorteplaats"],
        "sv": ["Spelpaus.se – avstängning", "Spelare", "Period", "Födelseort"],
        "es": ["Inscripción en el RGIAJ", "Solicitante", "Duración", "Lugar de nacimiento"],
        "da": ["ROFUS – registrering", "Spiller", "Periode", "Fødested"]}
CASINOS = ["Casino Baden-Baden", "Casino Barrière Deauville", "Holland Casino Scheveningen", "Casino Cosmopol", "Casino Gran Madrid",
           "Casino Copenhagen", "Grosvenor Casino Leicester Square"]


def k_selfexclusion():
    lg = lg_of(list(SELF))
    d = D(lg, "selfexclusion")
    L = SELF[lg]
    rl = region_lg(lg)
    p = person(lg)
    if rng.random() < 0.65:
        d.t(L[0] + "\n")
        form(d, [(L[1], P_(p)), (lab(lg, "dob"), B_(rl, 1950, 2006)), (L[3], N_("PLACE", ch(["Dortmund", "Leeds", "Lille", "Utrecht", "Malmö", "Sevilla", "Odense"]))),
                 (lab(lg, "address"), A_(lg)), (lab(lg, "email"), E_(p)), (lab(lg, "phone"), T_(lg) if rng.random() < 0.5 else None),
                 (L[2], ch(["12", "36", "60"]) + " m"), (lab(lg, "date"), N_("DATE", odate(rl)))])
    else:
        d.t({"de": "Sehr geehrte Damen und Herren,\nich bitte um Aufnahme in die Sperrdatei. Ich habe zuletzt im ", "en": "Hello,\nplease exclude me from all sites. I last played at ",
             "fr": "Madame, Monsieur,\nje demande mon interdiction de jeux. J'ai joué pour la dernière fois au ", "nl": "Beste,\nik wil mij inschrijven in CRUKS. Ik speelde het laatst in ",
             "sv": "Hej,\njag vill stänga av mig. Jag spelade senast på ", "es": "Buenas,\nsolicito mi inscripción. Jugué por última vez en el ",
             "da": "Hej,\njeg vil gerne registreres i ROFUS. Jeg spillede sidst på "}[lg])
        d.sp("NEG_ORG", ch(CASINOS)).t({"de": " gespielt. Meine Daten: ", "en": ". My details: ", "fr": ". Mes coordonnées : ", "nl": ". Mijn gegevens: ",
                                        "sv": ". Mina uppgifter: ", "es": ". Mis datos: ", "da": ". Mine oplysninger: "}[lg])
        d.sp("PERSON", nm(p, "full")).t(", ").sp("DATE_OF_BIRTH", dob(rl, 1950, 2006)).t(", ").sp("STREET_ADDRESS", address(lg)).t(".\n")
        d.t({"de": "Mit freundlichen Grüßen\n", "en": "Regards,\n", "fr": "Cordialement,\n", "nl": "Groet,\n", "sv": "Hälsningar\n", "es": "Saludos,\n",
             "da": "Venlig hilsen\n"}[lg]).sp("PERSON", nm(p, ch(["full", "gonly"]))).t("\n")
    d.done()


# ---- donation receipts and Gift Aid ------------------------------------------------------------
GIFT = {"en": ["Gift Aid declaration", "Donor", "Amount", "Charity", ["The Florence Nightingale Foundation", "Marie Curie", "The Prince's Trust"]],
        "de": ["Zuwendungsbestätigung", "Zuwendende/r", "Betrag", "Empfänger", ["Albert-Schweitzer-Kinderdorf e.V.", "Hermann-Gmeiner-Fonds", "Bodelschwinghsche Stiftungen Bethel"]],
        "fr": ["Reçu fiscal au titre des dons (Cerfa 11580)", "Donateur", "Montant", "Organisme", ["Fondation Abbé Pierre", "Institut Pasteur", "Fondation Claude Pompidou"]],
        "nl": ["Bevestiging periodieke gift (ANBI)", "Schenker", "Bedrag", "Instelling", ["Prinses Beatrix Spierfonds", "KWF Kankerbestrijding", "Anne Frank Stichting"]],
        "it": ["Ricevuta erogazione liberale", "Donatore", "Importo", "Ente", ["Fondazione Umberto Veronesi", "Fondazione Piero Portaluppi", "Lega del Filo d'Oro"]],
        "no": ["Skattefradrag for gave – kvittering", "Giver", "Beløp", "Organisasjon", ["Stiftelsen Fritt Ord", "Fridtjof Nansen-stiftelsen", "Kirkens Bymisjon"]],
        "hu": ["Adományigazolás", "Adományozó", "Összeg", "Szervezet", ["Semmelweis Alapítvány", "Máltai Szeretetszolgálat", "Bethesda Gyermekkórház Alapítvány"]],
        "ro": ["Adeverință de sponsorizare", "Donator", "Suma", "Asociația", ["Fundația Regina Maria", "Fundația Principesa Margareta", "Asociația Sf. Dimitrie"]]}


def k_giftaid():
    lg = lg_of(list(GIFT))
    d = D(lg, "giftaid")
    L = GIFT[lg]
    p = person(lg)
    d.sp("NEG_ORG", ch(L[4])).t("\n" + L[0] + "\n")
    fields = [(L[1], P_(p)), (lab(lg, "address"), A_(lg, multiline=rng.random() < 0.3) if lg != "en" else A_(lg, region="en")),
              (L[2], {"en": "£120.00", "de": "250,00 €", "fr": "150 €", "nl": "€ 300,00", "it": "100,00 euro", "no": "500 kr",
                      "hu": "20 000 Ft", "ro": "500 lei"}[lg]), (lab(lg, "date"), N_("DATE", odate(lg))),
              ("Ref.", N_("CODE", ref(ch(["GA", "ZB-", "R", ""]), 7)))]
    if rng.random() < 0.3:
        fields.insert(1, (lab(lg, "dob"), B_(lg, 1940, 2000)))
    form(d, fields, ch(["lines", "caps", "dots", "cols"]))
    if rng.random() < 0.5:
        d.t({"en": "In memory of ", "de": "Anlassspende: Trauerfall ", "fr": "Don in memoriam ", "nl": "Ter nagedachtenis aan ", "it": "In memoria di ",
             "no": "Minnegave for ", "hu": "Emlékére: ", "ro": "În memoria lui "}[lg]).sp("PERSON", nm(person(lg), "full")).t("\n")
    d.t(lab(lg, "signature") + ": ").sp("PERSON", nm(person(lg), ch(["full", "init"]))).t(" (" + ch(["Treasurer", "Schatzmeisterin", "Trésorier",
                                                                                                      "Penningmeester", "Tesoriere", "Kasserer", "pénztáros", "trezorier"]) + ")\n")
    d.done()


# ---- chats in lower case, for several kinds ----------------------------------------------------
# {P} a person in lower case, {G} a given name in lower case, {N} a person as typed (any case),
# {B} a birth date, {A} an address in lower case, {T} a phone, {D} another date, {S} a street named
# after a person with no number.
CHATS = {
    "golf": {"en": ["{P}: who's in for saturday? {D} 8:10, me, {G} and {P}", "{P}: {G} can't make it, asked {P} instead (hcp 18)"],
             "sv": ["{P}: vilka spelar lördag {D}? jag, {G} och {P}", "{P}: {G} är sjuk, {P} hoppar in"],
             "de": ["{P}: wer spielt samstag {D} mit? ich, {G} und {P}", "{P}: {G} sagt ab, {P} springt ein"],
             "es": ["{P}: ¿quién juega el sábado {D}? yo, {G} y {P}", "{P}: {G} no puede, viene {P}"]},
    "music": {"en": ["{P}: hi, {G} (born {B}) has a cold and will miss tuesday's lesson", "teacher {N}: no problem, see you on {D}"],
              "de": ["{P}: hallo, {G} (geb. {B}) ist krank und kommt dienstag nicht", "lehrerin {N}: kein problem, dann bis {D}"],
              "pl": ["{P}: dzień dobry, {G} (ur. {B}) jest chory, nie będzie we wtorek", "nauczycielka {N}: dobrze, do zobaczenia {D}"],
              "it": ["{P}: buongiorno, {G} (nato il {B}) è malato e salta la lezione di martedì", "maestra {N}: va bene, a {D}"]},
    "transit": {"fr": ["client: bonjour, la carte de mon fils {P}, né le {B}, est perdue. nouvelle adresse : {A}", "conseiller {N}: je bloque la carte, nouvelle carte le {D}"],
                "nl": ["klant: hoi, de kaart van mijn dochter {P} (geb. {B}) is kwijt, ons adres is nu {A}", "medewerker {N}: ik blokkeer hem, nieuwe kaart op {D}"],
                "es": ["cliente: hola, mi hija {P}, nacida el {B}, perdió el abono. vivimos en {A}", "agente {N}: bloqueado, el nuevo llega el {D}"],
                "de": ["kunde: hallo, mein sohn {P}, geb. {B}, hat sein ticket verloren. neue adresse: {A}", "service {N}: gesperrt, ersatz kommt am {D}"]},
    "pest": {"en": ["tech {N}: on my way to {A}, is {G} home to let me in? call {T}", "{P}: yes {G} is home, the cat stays in the bedroom"],
             "es": ["técnico {N}: voy de camino a {A}, ¿está {G} en casa? llama al {T}", "{P}: sí, {G} está, el gato en el dormitorio"],
             "it": ["tecnico {N}: sto arrivando in {A}, c'è {G} ad aprire? chiama il {T}", "{P}: sì c'è {G}, il gatto resta in camera"]},
    "locksmith": {"de": ["kunde {P}: bin ausgesperrt, {A}, bitte schnell! {T}", "monteur {N}: bin in 20 min da, ausweis bereithalten (geb.-datum wird geprüft)"],
                  "nl": ["klant {P}: buitengesloten op {A}, kunnen jullie komen? {T}", "monteur {N}: over 20 min, legitimatie klaarhouden"],
                  "en": ["customer {P}: locked out at {A}, please hurry {T}", "tech {N}: 20 min away, have ID ready (we check name and dob)"]},
}


def chat(kind):
    lg = ch(list(CHATS[kind]))
    d = D(lg, kind)
    for line in CHATS[kind][lg]:
        d.t("[%02d:%02d] " % (rng.randint(6, 22), rng.randint(0, 59)))
        i = 0
        while i < len(line):
            j = line.find("{", i)
            if j < 0:
                d.t(line[i:])
                break
            d.t(line[i:j])
            k = line[j + 1]
            p = person(lg)
            if k == "P":
                d.sp("PERSON", nm(p, ch(["lower", "lower", "full"])))
            elif k == "G":
                d.sp("PERSON", p.given.lower())
            elif k == "N":
                d.sp("PERSON", nm(p, ch(["gonly", "full", "init"])))
            elif k == "B":
                d.sp("DATE_OF_BIRTH", dob(lg, 2006, 2018))
            elif k == "A":
                d.sp("STREET_ADDRESS", address(lg).lower())
            elif k == "T":
                d.sp("PHONE_NUMBER", phone(lg))
            elif k == "D":
                d.sp("NEG_DATE", odate(lg))
            i = j + 3
        d.t("\n")
    d.done()


# ---- look-alikes only --------------------------------------------------------------------------
def k_none():
    k = rng.randrange(6)
    d = D(["en", "de", "en", "fr", "it", "en"][k], "none")
    if k == 0:
        d.t("How much ").sp("NEG_TERM", ch(["Beef Wellington", "Pavlova", "Pêche Melba"])).t(" do I need for 40 guests? We are also serving ")
        d.sp("NEG_TERM", ch(["Eggs Benedict", "Caesar salad", "Waldorf salad"])).t(" on ").sp("NEG_DATE", odate("en")).t(".")
    elif k == 1:
        d.t("Wie funktioniert die Fahrradcodierung? Mein ").sp("NEG_PRODUCT", ch(BIKES)).t(" steht in der ").sp("NEG_STREET", ch(PSTREET["de"]))
        d.t(", Termin am ").sp("NEG_DATE", odate("de")).t(".")
    elif k == 2:
        d.t("Explain the difference between the ").sp("NEG_TERM", "Weber test").t(" and the ").sp("NEG_TERM", "Rinne test").t(", and why ")
        d.sp("NEG_TERM", "Ménière's disease").t(" matters for fitting a ").sp("NEG_PRODUCT", ch(HDEV)).t(".")
    elif k == 3:
        d.t("Résume la vie de ").sp("NEG_FAMOUS", ch(["Victor Hugo", "Marie Curie", "Jean Jaurès"])).t(" pour un exposé ; pourquoi tant de rues (")
        d.sp("NEG_STREET", ch(PSTREET["fr"])).t(") portent son nom ?")
    elif k == 4:
        d.t("Qual è la differenza tra ").sp("NEG_ORG", "Società Dante Alighieri").t(" e ").sp("NEG_ORG", "Istituto Italiano di Cultura")
        d.t("? Il corso inizia il ").sp("NEG_DATE", odate("it")).t(", ").sp("NEG_ADDR", "aula " + num(1, 30)).t(".")
    else:
        d.t("Is the ").sp("NEG_TERM", "Ryder Cup").t(" played at ").sp("NEG_ORG", ch(GOLF["en"][4])).t(" in ").sp("NEG_DATE", odate("en", 2027, 2030))
        d.t("? And who designed hole ").sp("NEG_ADDR", num(1, 18)).t(" – ").sp("NEG_FAMOUS", ch(["Harry Colt", "Seve Ballesteros", "Jack Nicklaus"])).t("?")
    d.done()


KINDS = [(k_telecom, 26), (k_boatreg, 25), (k_drone, 24), (k_chimney, 24), (k_bulkywaste, 25), (k_redirect, 26), (k_music, 25),
         (k_langschool, 24), (k_coworking, 24), (k_safedeposit, 25), (k_archive, 23), (k_waiver, 25), (k_hearing, 24),
         (k_bicycle, 23), (k_apiary, 23), (k_fertility, 24), (k_guardianship, 25), (k_divorce, 25), (k_golf, 24), (k_catering, 25),
         (k_locksmith, 24), (k_pest, 22), (k_farmsubsidy, 24), (k_market, 24), (k_taxi, 24), (k_transit, 25),
         (k_selfexclusion, 24), (k_giftaid, 24), (k_none, 30)]


def main():
    plan = [f for f, n in KINDS for _ in range(n)]
    rng.shuffle(plan)
    for f in plan:
        f()
    json.dump(records, sys.stdout, ensure_ascii=False, indent=1)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
