#!/usr/bin/env python3
"""gen_prose50.py: people in running text, every written form, in ten kinds of prose that no
earlier set used (branch prose50), written from the twenty-second blind set's public brief (its
run.sh title) before any detector rule was read or hush was run on it. A tune set.

Kinds of text (metadata.class): condolence letters, recommendation letters, parish newsletters,
retirement speeches, club minutes, neighbour disputes, diary entries, school reports, complaint
letters, thank-you notes. 14 languages: en, de, fr, nl, es, it, pt, pl, sv, fi, hu, tr, el (half
the Greek names in Greek script), cs; half the people invented from the language's syllables, a
fifth of global origin (West African, South Asian, East Asian, Arabic, Balkan).

Every name is in running text, in the forms of the brief: natural order, lower case (`spoke to
jan de vries`), capitals (`KOWALSKI Anna`, `ANNA KOWALSKA`), surname first (`Dupont, Marie`;
Hungarian order as the natural one), particles (van der, de la, von, di, dos, bin, al-, ibn,
ter), hyphenated and Iberian double surnames, initials (`J. R. Okafor`, `A.-M. Lefèvre`),
nicknames in quotes and after `known as`, a name in the middle of a long sentence with no title or
cue, possessives and inflected forms (`Anna's`, `Annas`, `Kowalskiego`, `Péternek`, `Virtasen`,
`Yılmaz'ın`, `του Παπαδόπουλου`; the span is the word as written, without an apostrophe and the
suffix after it), births in sentences (`born on the fourth of May 1950`, `geboren am 4. Mai 1950
in Graz`; numeric in the country's order too). Look-alikes in the same sentences as NEG_ spans:
streets named after people (NEG_STREET), firms named after people (NEG_ORG), works of art
(NEG_WORK), saints' days (NEG_TERM), famous people as the topic (NEG_FAMOUS), places named after
people (NEG_PLACE), other dates (NEG_DATE).

Every record is a whole request body (metadata.api: chat completions, Responses, Anthropic
messages, Gemini contents); a third escape every non-ASCII character as \\uXXXX (metadata.ascii);
spans are on the body's characters as they stand. Writes JSON to stdout; deterministic; Python
stdlib only."""
import json
import os
import random
import sys
import unicodedata

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gen_common import check_spans, write_json  # noqa: E402

rng = random.Random(20261206 + 50)
records = []

LANGS = ["en", "de", "fr", "nl", "es", "it", "pt", "pl", "sv", "fi", "hu", "tr", "el", "cs"]
DOMAINS = ["condolence", "recommendation", "parish", "retirement", "minutes", "neighbour", "diary",
           "school", "complaint", "thanks"]

# ---- people -------------------------------------------------------------------------------------
# (given, surname, sex) real names; inflected forms below are keyed by them where a rule fails.
REAL = {
    "en": (["Margaret", "Declan", "Rebecca", "Oliver", "Hannah", "Graham", "Siobhan", "Trevor"],
           ["Holloway", "Ashworth", "Fletcher", "Whitcombe", "Brennan", "Pemberton"]),
    "de": (["Ulrike", "Tobias", "Katrin", "Lukas", "Heike", "Florian", "Anna", "Jürgen"],
           ["Weber", "Lindner", "Krause", "Schäfer", "Brandt", "Hofmann"]),
    "fr": (["Camille", "Julien", "Aurélie", "Benoît", "Élodie", "Antoine", "Marie", "Thierry"],
           ["Dupont", "Lefèvre", "Moreau", "Girard", "Fontaine", "Rousseau"]),
    "nl": (["Sanne", "Joost", "Femke", "Bram", "Lieke", "Maarten", "Anouk", "Jan"],
           ["Jansen", "Visser", "Bakker", "Mulder", "Smit", "Hendriks"]),
    "es": (["Pilar", "Javier", "Lucía", "Sergio", "Nuria", "Rodrigo", "Inmaculada", "Álvaro"],
           ["García", "Navarro", "Romero", "Ortega", "Serrano", "Castillo"]),
    "it": (["Chiara", "Matteo", "Giulia", "Davide", "Lorenzo", "Francesca", "Serena", "Marco"],
           ["Rossi", "Bianchi", "Colombo", "Ricci", "Galli", "Marchetti"]),
    "pt": (["Inês", "Tiago", "Mariana", "Rui", "Beatriz", "João", "Gonçalo", "Leonor"],
           ["Ferreira", "Carvalho", "Sousa", "Almeida", "Ribeiro", "Pinto"]),
    "sv": (["Sven", "Karin", "Linnea", "Anders", "Åsa", "Birgitta", "Oskar", "Elsa"],
           ["Lindqvist", "Bergström", "Nyberg", "Sjöberg", "Holm", "Engström"]),
    "tr": (["Elif", "Mehmet", "Zeynep", "Emre", "Ayşe", "Burak", "Selin", "Kemal"],
           ["Yılmaz", "Kaya", "Demir", "Şahin", "Öztürk", "Aydın"]),
}
# Languages whose surnames take the person's sex, or whose inflection needs a table: lists of
# (given, surname, sex) with the genitive (pl, cs, el) or nothing (hu, fi use rules).
PL = [("Anna", "Kowalska", "f"), ("Tomasz", "Nowak", "m"), ("Agnieszka", "Wiśniewska", "f"),
      ("Paweł", "Kowalski", "m"), ("Małgorzata", "Mazur", "f"), ("Piotr", "Zieliński", "m"),
      ("Katarzyna", "Lewandowska", "f"), ("Marek", "Wójcik", "m")]
PL_GEN_GIVEN = {"Anna": "Anny", "Tomasz": "Tomasza", "Agnieszka": "Agnieszki", "Paweł": "Pawła",
                "Małgorzata": "Małgorzaty", "Piotr": "Piotra", "Katarzyna": "Katarzyny",
                "Marek": "Marka"}
CS = [("Jana", "Dvořáková", "f"), ("Petr", "Novák", "m"), ("Lucie", "Svobodová", "f"),
      ("Tomáš", "Procházka", "m"), ("Věra", "Kučerová", "f"), ("Jiří", "Veselý", "m"),
      ("Kateřina", "Horáková", "f"), ("Ondřej", "Černý", "m")]
CS_GEN = {"Jana": "Jany", "Petr": "Petra", "Lucie": "Lucie", "Tomáš": "Tomáše", "Věra": "Věry",
          "Jiří": "Jiřího", "Kateřina": "Kateřiny", "Ondřej": "Ondřeje", "Dvořáková": "Dvořákové",
          "Novák": "Nováka", "Svobodová": "Svobodové", "Procházka": "Procházky",
          "Kučerová": "Kučerové", "Veselý": "Veselého", "Horáková": "Horákové", "Černý": "Černého"}
HU = (["Péter", "Zoltán", "Anna", "Eszter", "Gábor", "Katalin", "László", "Réka"],
      ["Nagy", "Kovács", "Szabó", "Tóth", "Horváth", "Varga"])
FI = (["Liisa", "Aino", "Sanna", "Juha", "Päivi", "Ville", "Eveliina", "Heikki"],
      ["Virtanen", "Korhonen", "Nieminen", "Koskela", "Lehtonen", "Heinonen"])
# Greek: (given, surname, sex, given genitive, surname genitive); half written in Latin letters.
EL = [("Γιώργος", "Παπαδόπουλος", "m", "Γιώργου", "Παπαδόπουλου"),
      ("Μαρία", "Παπαδοπούλου", "f", "Μαρίας", "Παπαδοπούλου"),
      ("Νίκος", "Κωνσταντίνου", "m", "Νίκου", "Κωνσταντίνου"),
      ("Ελένη", "Γεωργίου", "f", "Ελένης", "Γεωργίου"),
      ("Δημήτρης", "Αλεξίου", "m", "Δημήτρη", "Αλεξίου"),
      ("Κατερίνα", "Νικολάου", "f", "Κατερίνας", "Νικολάου"),
      ("Σταύρος", "Μαυρίδης", "m", "Σταύρου", "Μαυρίδη"),
      ("Αικατερίνη", "Βλάχου", "f", "Αικατερίνης", "Βλάχου")]
EL_LATIN = [("Giorgos", "Papadopoulos"), ("Maria", "Papadopoulou"), ("Nikos", "Konstantinou"),
            ("Eleni", "Georgiou"), ("Dimitris", "Alexiou"), ("Stavros", "Mavridis")]

SYL = {"en": (["bran", "wick", "ash", "tor", "mel", "ford", "wen", "der"], ["ton", "ley", "by"]),
       "de": (["bre", "win", "kel", "mau", "gas", "hol", "rutz", "fen"], ["mann", "ler", "bach"]),
       "fr": (["bel", "rou", "quet", "lan", "gau", "vel", "sar", "teau"], ["ier", "aud", "ot"]),
       "nl": (["hui", "ker", "bol", "dij", "sme", "wout", "laar", "gel"], ["ink", "sen", "hof"]),
       "es": (["zar", "mon", "qui", "llo", "bar", "cue", "vi", "dal"], ["ez", "ano", "ejo"]),
       "it": (["bru", "sca", "ghi", "lon", "vel", "maz", "cor", "dan"], ["ini", "etti", "one"]),
       "pt": (["cou", "tin", "bra", "gue", "lha", "mar", "dei", "vas"], ["eira", "ães", "ado"]),
       "sv": (["al", "vi", "sig", "ran", "bo", "el", "tor", "mi"], ["sson", "qvist", "ström"]),
       "fi": (["ai", "ka", "lou", "mä", "ti", "se", "vo", "hei"], ["nen", "la"]),
       "pl": (["ko", "wal", "brze", "szy", "dra", "mie", "gro", "sta"], ["ski", "czyk", "iak"]),
       "cs": (["ko", "va", "dvo", "ře", "chal", "mi", "sto", "pe"], ["ák", "ek"]),
       "tr": (["ay", "tem", "kor", "bal", "der", "sun", "gül", "mer"], ["oğlu", "tekin", "han"]),
       "hu": (["bor", "ke", "tal", "mor", "szi", "lő", "gyu", "ven"], ["di", "ffy", "ényi"]),
       "el": (["ka", "ra", "mi", "to", "ste", "li", "ni", "va"], ["akis", "idis", "opoulos"])}
GLOBAL = [("Chinedu", "Okafor"), ("Adaeze", "Nwosu"), ("Kwame", "Mensah"), ("Abena", "Asante"),
          ("Priya", "Raghunathan"), ("Arjun", "Mehta"), ("Sunita", "Chakraborty"),
          ("Wei", "Zhang"), ("Yuki", "Tanaka"), ("Minh", "Nguyen"), ("Ji-woo", "Park"),
          ("Omar", "Haddad"), ("Layla", "Mansour"), ("Youssef", "El Amrani"),
          ("Dragan", "Petrović"), ("Milica", "Jovanović"), ("Babajide", "Adeyemi"),
          ("Farhan", "Qureshi"), ("Mei Ling", "Tan"), ("Tariq", "Rahimi")]
PARTICLE = {"en": ["O'Brien", "McAllister", "de Souza", "van Dyke"],
            "de": ["von Bülow", "von der Heide", "zu Hohenlohe", "vom Bruch"],
            "fr": ["de la Fontaine", "du Pont", "Le Gall", "de Villiers"],
            "nl": ["van der Berg", "de Vries", "ter Horst", "van den Heuvel", "van 't Hek"],
            "es": ["de la Cruz", "del Río", "de los Santos", "García López"],
            "it": ["Di Stefano", "De Luca", "Lo Russo", "Dalla Torre"],
            "pt": ["dos Santos", "da Silva", "de Sousa Lima", "do Carmo"],
            "sv": ["von Essen", "af Klint", "de Geer"], "fi": ["von Wright", "af Forselles"],
            "pl": ["Nowak-Jeziorańska", "Kowalczyk-Mazur"], "cs": ["z Lobkowicz", "Novák-Dvořák"],
            "hu": ["Nagy-Tóth", "Szabó-Kovács"], "tr": ["Öztürk-Demir"], "el": ["Papadopoulou-Vlachou"]}
GLOBAL_PARTICLE = [("Yusuf", "al-Rashid"), ("Khalid", "bin Hamdan"), ("Ahmad", "ibn Saeed"),
                   ("Aisha", "al-Khatib"), ("Nurul", "binti Ismail")]
HYPHEN = {"en": "Harrington-Cole", "de": "Müller-Lüdenscheidt", "fr": "Lefèvre-Dubois",
          "nl": "Bakker-Smit", "es": "Ruiz-Zafón", "it": "Ricci-Curbastro",
          "pt": "Sousa-Mendes", "sv": "Lind-Holm", "fi": "Virtanen-Mäkelä", "pl": "Nowak-Jeziorańska",
          "cs": "Nováková-Svobodová", "hu": "Nagy-Tóth", "tr": "Kaya-Şahin", "el": "Georgiou-Mavridi"}
NICK = {"en": ["Peggy", "Bunny", "Sonny", "the Major"], "de": ["Bobby", "Mausi", "Charly"],
        "fr": ["Mimi", "Jojo", "Titi"], "nl": ["Pim", "Sjaak", "Toos"], "es": ["Pili", "Chema", "Lola"],
        "it": ["Gigi", "Pippo", "Lalla"], "pt": ["Zé", "Tuca", "Nando"], "pl": ["Kasia", "Bolek", "Gosia"],
        "sv": ["Lasse", "Kicki", "Nisse"], "fi": ["Pena", "Tiina", "Jussi"], "hu": ["Bandi", "Zsuzsi", "Pisti"],
        "tr": ["Memo", "Ayşo", "Cemo"], "el": ["Τάκης", "Λίτσα", "Μπάμπης"], "cs": ["Pepa", "Jarka", "Mirek"]}


def fold_caps(s):
    """Capitals as a Greek writes them (no accents); others upper() as they stand."""
    if any("\u0370" <= c <= "\u03ff" or "\u1f00" <= c <= "\u1fff" for c in s):
        s = "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn")
        return unicodedata.normalize("NFC", s.upper())
    return s.upper()


def invent(lg, surname):
    syl, end = SYL[lg]
    w = "".join(rng.choice(syl) for _ in range(rng.choice((2, 2, 3))))
    if surname:
        w += rng.choice(end)
    return w[0].upper() + w[1:]


class Person:
    def __init__(self, lg):
        self.lg, self.greek = lg, False
        self.gen = None  # (given genitive, surname genitive) where a table holds it
        self.sex = rng.choice("mf")
        r = rng.random()
        self.global_ = r < 0.2
        real = r < 0.6
        if self.global_:
            self.given, self.surname = rng.choice(GLOBAL)
        elif lg == "pl" and real:
            self.given, self.surname, self.sex = rng.choice(PL)
            self.gen = (PL_GEN_GIVEN[self.given], pl_gen_surname(self.surname, self.sex))
        elif lg == "cs" and real:
            self.given, self.surname, self.sex = rng.choice(CS)
            self.gen = (CS_GEN[self.given], CS_GEN[self.surname])
        elif lg == "el" and real:
            if rng.random() < 0.5:
                g, s, self.sex, gg, sg = rng.choice(EL)
                self.given, self.surname, self.gen, self.greek = g, s, (gg, sg), True
            else:
                self.given, self.surname = rng.choice(EL_LATIN)
        elif lg == "hu" and real:
            self.given, self.surname = rng.choice(HU[0]), rng.choice(HU[1])
        elif lg == "fi" and real:
            self.given, self.surname = rng.choice(FI[0]), rng.choice(FI[1])
        elif real:
            self.given, self.surname = rng.choice(REAL[lg][0]), rng.choice(REAL[lg][1])
        else:
            self.given, self.surname = invent(lg, False), invent(lg, True)
            if lg == "pl":
                self.gen = (self.given + "a" if self.given[-1] not in "aeiouy" else self.given[:-1] + "y",
                            pl_gen_surname(self.surname, "m"))

    def full(self):
        """Natural order: Hungarian surname first."""
        if self.lg == "hu" and not self.global_:
            return self.surname + " " + self.given
        return self.given + " " + self.surname


def pl_gen_surname(s, sex):
    if s.endswith("ski") or s.endswith("cki"):
        return s + "ego"
    if s.endswith("ska") or s.endswith("cka"):
        return s[:-1] + "iej"
    if sex == "f":
        return s
    return s + "a"


def hu_dat(w):
    """Hungarian dative: Péter -> Péternek, Anna -> Annának, Nagy -> Nagynak."""
    back = None
    for c in reversed(w.lower()):
        if c in "aáoóuú":
            back = True
            break
        if c in "eéiíöőüű":
            back = False
            break
    if w[-1] == "a":
        w = w[:-1] + "á"
    elif w[-1] == "e":
        w = w[:-1] + "é"
    return w + ("nak" if back else "nek")


def fi_gen(w):
    """Finnish genitive: Virtanen -> Virtasen, Koskela -> Koskelan, Liisa -> Liisan."""
    if w.endswith("nen"):
        return w[:-3] + "sen"
    if w[-1] in "aeiouyäö":
        return w + "n"
    return w + "in"


def tr_suffix(w):
    """Turkish genitive after an apostrophe: Yılmaz'ın, Ayşe'nin, Kaya'nın."""
    last = [c for c in w.lower() if c in "aıoueiöü"]
    v = last[-1] if last else "e"
    h = {"a": "ı", "ı": "ı", "o": "u", "u": "u", "e": "i", "i": "i", "ö": "ü", "ü": "ü"}[v]
    return "'" + ("n" if w[-1].lower() in "aıoueiöü" else "") + h + "n"


# ---- dates --------------------------------------------------------------------------------------
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
    "cs": ["ledna", "února", "března", "dubna", "května", "června", "července", "srpna", "září",
           "října", "listopadu", "prosince"],
    "fi": ["tammikuuta", "helmikuuta", "maaliskuuta", "huhtikuuta", "toukokuuta", "kesäkuuta",
           "heinäkuuta", "elokuuta", "syyskuuta", "lokakuuta", "marraskuuta", "joulukuuta"],
    "hu": ["január", "február", "március", "április", "május", "június", "július", "augusztus",
           "szeptember", "október", "november", "december"],
    "tr": ["Ocak", "Şubat", "Mart", "Nisan", "Mayıs", "Haziran", "Temmuz", "Ağustos", "Eylül", "Ekim",
           "Kasım", "Aralık"],
    "el": ["Ιανουαρίου", "Φεβρουαρίου", "Μαρτίου", "Απριλίου", "Μαΐου", "Ιουνίου", "Ιουλίου",
           "Αυγούστου", "Σεπτεμβρίου", "Οκτωβρίου", "Νοεμβρίου", "Δεκεμβρίου"],
    "sv": ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september",
           "oktober", "november", "december"],
}
ORD_EN = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
          "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
          "seventeenth", "eighteenth", "nineteenth", "twentieth", "twenty-first", "twenty-second",
          "twenty-third", "twenty-fourth", "twenty-fifth", "twenty-sixth", "twenty-seventh",
          "twenty-eighth"]
HU_DAY = ["jén", "án", "án", "én", "én", "án", "én", "án", "én", "én", "én", "én", "án", "én", "én",
          "án", "én", "án", "én", "án", "jén", "én", "án", "én", "én", "án", "én", "án"]


def date_text(lg, y, m, d, spelled):
    """A date as the language writes it in a sentence; spelled: month in words."""
    M = MON[lg][m - 1]
    if lg == "en":
        if spelled == 2:
            return "the %s of %s %d" % (ORD_EN[d - 1], M, y)
        return rng.choice(["%d %s %d" % (d, M, y), "%s %d, %d" % (M, d, y)]) if spelled else \
            "%02d/%02d/%d" % (d, m, y)
    if lg in ("de", "fi", "cs"):
        return "%d. %s %d" % (d, M, y) if spelled else "%d.%d.%d" % (d, m, y) if lg != "de" else \
            "%02d.%02d.%d" % (d, m, y)
    if lg == "hu":
        return "%d. %s %d-%s" % (y, M, d, HU_DAY[d - 1]) if spelled else "%d.%02d.%02d." % (y, m, d)
    if lg in ("es", "pt"):
        return "%d de %s de %d" % (d, M, y) if spelled else "%02d/%02d/%d" % (d, m, y)
    if lg == "nl":
        return "%d %s %d" % (d, M, y) if spelled else "%02d-%02d-%d" % (d, m, y)
    if lg == "sv":
        return "%d %s %d" % (d, M, y) if spelled else "%d-%02d-%02d" % (y, m, d)
    if lg == "pl":
        return "%d %s %d r." % (d, M, y) if spelled else "%02d.%02d.%d" % (d, m, y)
    return "%d %s %d" % (d, M, y) if spelled else "%02d/%02d/%d" % (d, m, y)


# Birth sentences: {DOB} the date; {N} a person; {PLACEB} a town (plain text).
BIRTH = {
    "en": ["{N} was born on {DOB} in {TOWN}", "she was born on {DOB}, the year the mill closed",
           "{N}, born {DOB} in {TOWN}"],
    "de": ["{N} wurde am {DOB} in {TOWN} geboren", "geboren am {DOB} in {TOWN}",
           "{N} (geb. {DOB})"],
    "fr": ["{N} est née le {DOB} à {TOWN}", "né le {DOB} à {TOWN}", "{N}, né le {DOB}"],
    "nl": ["{N} werd geboren op {DOB} in {TOWN}", "geboren op {DOB} te {TOWN}", "{N} (geb. {DOB})"],
    "es": ["{N} nació el {DOB} en {TOWN}", "nacida el {DOB} en {TOWN}", "{N}, nacido el {DOB}"],
    "it": ["{N} è nata il {DOB} a {TOWN}", "nato il {DOB} a {TOWN}", "{N}, nata il {DOB}"],
    "pt": ["{N} nasceu a {DOB} em {TOWN}", "nascida em {DOB} em {TOWN}", "{N}, nascido a {DOB}"],
    "pl": ["{N} urodziła się {DOB} w {TOWN}", "urodzony {DOB} w {TOWN}", "{N} (ur. {DOB})"],
    "sv": ["{N} föddes den {DOB} i {TOWN}", "född {DOB} i {TOWN}", "{N} (f. {DOB})"],
    "fi": ["{N} syntyi {DOB} {TOWN}ssa", "syntynyt {DOB}", "{N} (s. {DOB})"],
    "hu": ["{N} {DOB} született {TOWN}", "{DOB} született", "{N} (szül. {DOB})"],
    "tr": ["{N} {DOB} tarihinde {TOWN} ilinde doğdu", "{DOB} doğumlu", "{N} ({DOB} doğumlu)"],
    "el": ["{N} γεννήθηκε στις {DOB} στην {TOWN}", "γεννημένη στις {DOB}", "{N} (γενν. {DOB})"],
    "cs": ["{N} se narodila {DOB} v {TOWN}", "narozen {DOB} v {TOWN}", "{N} (nar. {DOB})"],
}
TOWN = {"en": ["Leeds", "Galway", "Bristol"], "de": ["Graz", "Kassel", "Ulm"],
        "fr": ["Lyon", "Rennes", "Nancy"], "nl": ["Zwolle", "Delft", "Leiden"],
        "es": ["Burgos", "Cádiz", "Teruel"], "it": ["Trento", "Lecce", "Parma"],
        "pt": ["Braga", "Évora", "Viseu"], "pl": ["Lublinie", "Toruniu", "Gdańsku"],
        "sv": ["Umeå", "Lund", "Gävle"], "fi": ["Oulu", "Kotka", "Pori"],
        "hu": ["Pécsett", "Győrben", "Szegeden"], "tr": ["İzmir", "Bursa", "Konya"],
        "el": ["Λάρισα", "Πάτρα", "Καβάλα"], "cs": ["Brně", "Plzni", "Olomouci"]}

# ---- look-alikes --------------------------------------------------------------------------------
NEG = {
    "STREET": {"en": ["Churchill Avenue", "Shakespeare Road", "Victoria Street"],
               "de": ["Goethestraße", "Konrad-Adenauer-Allee", "Kaiser-Wilhelm-Ring"],
               "fr": ["rue Victor Hugo", "avenue Jean Jaurès", "place Charles de Gaulle"],
               "nl": ["Johan de Wittlaan", "Willem Barentszstraat", "Van Goghstraat"],
               "es": ["calle de Alfonso XII", "avenida de Blas Infante", "plaza de Pablo Picasso"],
               "it": ["via Giuseppe Garibaldi", "corso Vittorio Emanuele", "piazza Giuseppe Verdi"],
               "pt": ["Rua Luís de Camões", "Avenida Almirante Reis", "Praça Marquês de Pombal"],
               "pl": ["ul. Adama Mickiewicza", "aleja Józefa Piłsudskiego", "plac Marii Konopnickiej"],
               "sv": ["Birger Jarlsgatan", "Drottninggatan", "Karl Johans väg"],
               "fi": ["Mannerheimintie", "Aleksis Kiven katu", "Runeberginkatu"],
               "hu": ["Petőfi Sándor utca", "Kossuth Lajos tér", "Rákóczi út"],
               "tr": ["Atatürk Bulvarı", "İsmet İnönü Caddesi", "Fevzi Çakmak Sokak"],
               "el": ["οδό Ελευθερίου Βενιζέλου", "λεωφόρο Βασιλίσσης Σοφίας", "πλατεία Αριστοτέλους"],
               "cs": ["Masarykova", "náměstí Jiřího z Poděbrad", "třída Václava Havla"]},
    "ORG": {"en": ["Fletcher & Sons Removals", "Doyle's Bakery", "Ashworth Funeral Directors"],
            "de": ["Bäckerei Huber", "Weber Bestattungen", "Autohaus Schmidt"],
            "fr": ["Boulangerie Dupont", "Pompes Funèbres Moreau", "Garage Lefèvre"],
            "nl": ["Van den Berg Makelaars", "Bakkerij Jansen", "Smit Verhuizingen"],
            "es": ["Funeraria Herrera", "Panadería García", "Talleres Navarro"],
            "it": ["Onoranze Funebri Rossi", "Pasticceria Bianchi", "Ferramenta Colombo"],
            "pt": ["Pastelaria Ferreira", "Agência Funerária Sousa", "Oficina Almeida"],
            "pl": ["Piekarnia Nowak", "Zakład Pogrzebowy Wójcik", "Auto-Serwis Mazur"],
            "sv": ["Lindqvists Bageri", "Bergström Bygg AB", "Holms Begravningsbyrå"],
            "fi": ["Virtasen Leipomo", "Korhonen Oy", "Hautaustoimisto Mäkinen"],
            "hu": ["Kovács és Társa Kft.", "Nagy Pékség", "Szabó Temetkezés"],
            "tr": ["Yılmaz İnşaat", "Kaya Fırını", "Demir Oto"],
            "el": ["Φούρνος Παπαδόπουλος", "Γραφείο Τελετών Νικολάου", "Κωνσταντίνου Α.Ε."],
            "cs": ["Pekárna Novák", "Pohřební služba Dvořák", "Autoservis Svoboda"]},
    "WORK": {"en": ["the Mona Lisa", "Elgar's Nimrod", "Van Gogh's Sunflowers"],
             "de": ["Beethovens Neunte", "die Mona Lisa", "Dürers Feldhase"],
             "fr": ["la Joconde", "le Boléro de Ravel", "les Nymphéas"],
             "nl": ["De Nachtwacht", "het Meisje met de Parel", "Max Havelaar"],
             "es": ["Las Meninas", "el Guernica", "Don Quijote"],
             "it": ["la Gioconda", "la Traviata", "la Primavera del Botticelli"],
             "pt": ["Os Lusíadas", "a Mona Lisa", "o Auto da Barca do Inferno"],
             "pl": ["Pan Tadeusz", "Dama z gronostajem", "Bitwa pod Grunwaldem"],
             "sv": ["Midvinterblot", "Nils Holgerssons underbara resa", "Gösta Berlings saga"],
             "fi": ["Kalevala", "Finlandia", "Tuntematon sotilas"],
             "hu": ["Bánk bán", "Egri csillagok", "Toldi"],
             "tr": ["Kuyucaklı Yusuf", "İnce Memed", "Çalıkuşu"],
             "el": ["τον Ερωτόκριτο", "τον Ζορμπά", "την Οδύσσεια"],
             "cs": ["Babička", "Má vlast", "Švejk"]},
    "TERM": {"en": ["St Andrew's Day", "St Swithin's Day", "Michaelmas"],
             "de": ["Sankt Martin", "Nikolaustag", "Johannistag"],
             "fr": ["la Saint-Jean", "la Sainte-Catherine", "la Saint-Nicolas"],
             "nl": ["Sint-Maarten", "Sinterklaas", "Sint-Jan"],
             "es": ["San Juan", "San Isidro", "Santiago"],
             "it": ["San Giuseppe", "Santo Stefano", "San Martino"],
             "pt": ["Santo António", "São João", "São Martinho"],
             "pl": ["Andrzejki", "Świętego Marcina", "Mikołajki"],
             "sv": ["Lucia", "Mårtensafton", "Olofsmässan"],
             "fi": ["Juhannus", "Nuutinpäivä", "Mikkelinpäivä"],
             "hu": ["Szent István napja", "Mikulás", "Luca napja"],
             "tr": ["Hıdırellez", "Kadir Gecesi", "Aşure günü"],
             "el": ["του Αγίου Δημητρίου", "του Αγίου Νικολάου", "των Αγίων Κωνσταντίνου και Ελένης"],
             "cs": ["svatého Václava", "Mikuláše", "svatého Martina"]},
    "FAMOUS": {"en": ["Winston Churchill", "Jane Austen", "David Attenborough"],
               "de": ["Angela Merkel", "Johann Sebastian Bach", "Helene Fischer"],
               "fr": ["Édith Piaf", "Victor Hugo", "Charles Aznavour"],
               "nl": ["Johan Cruijff", "Vincent van Gogh", "Annie M.G. Schmidt"],
               "es": ["Federico García Lorca", "Rafael Nadal", "Rocío Jurado"],
               "it": ["Giuseppe Verdi", "Sophia Loren", "Lucio Battisti"],
               "pt": ["Fernando Pessoa", "Amália Rodrigues", "Eusébio"],
               "pl": ["Fryderyk Chopin", "Maria Skłodowska-Curie", "Wisława Szymborska"],
               "sv": ["Astrid Lindgren", "Greta Garbo", "Evert Taube"],
               "fi": ["Jean Sibelius", "Tove Jansson", "Urho Kekkonen"],
               "hu": ["Petőfi Sándor", "Liszt Ferenc", "Puskás Ferenc"],
               "tr": ["Nazım Hikmet", "Orhan Pamuk", "Barış Manço"],
               "el": ["Νίκος Καζαντζάκης", "Μαρία Κάλλας", "Μίκης Θεοδωράκης"],
               "cs": ["Václav Havel", "Antonín Dvořák", "Karel Gott"]},
    "PLACE": {"en": ["Port Elizabeth", "Georgetown", "Kingston upon Hull"],
              "de": ["Wilhelmshaven", "Karlsruhe", "Sankt Augustin"],
              "fr": ["Saint-Étienne", "Charleville-Mézières", "Saint-Denis"],
              "nl": ["Willemstad", "Sint-Niklaas", "Oranjestad"],
              "es": ["San Sebastián", "Santa Cruz", "Ciudad Rodrigo"],
              "it": ["San Giovanni Rotondo", "Sant'Antioco", "San Marino"],
              "pt": ["São Paulo", "Vila Real de Santo António", "São Brás de Alportel"],
              "pl": ["Józefów", "Władysławowo", "Kazimierz Dolny"],
              "sv": ["Kristianstad", "Karlskrona", "Fredrikshamn"],
              "fi": ["Kristiinankaupunki", "Maarianhamina", "Hamina"],
              "hu": ["Szentendre", "Szentes", "Istvántelek"],
              "tr": ["Mustafakemalpaşa", "Kemalpaşa", "Osmaniye"],
              "el": ["Άγιο Νικόλαο", "Αλεξανδρούπολη", "Αγία Παρασκευή"],
              "cs": ["Karlovy Vary", "Františkovy Lázně", "Jiříkov"]},
}
NEG_LABEL = {"STREET": "NEG_STREET", "ORG": "NEG_ORG", "WORK": "NEG_WORK", "TERM": "NEG_TERM",
             "FAMOUS": "NEG_FAMOUS", "PLACE": "NEG_PLACE"}

# ---- sentences ----------------------------------------------------------------------------------
# Placeholders: {N} natural order; {NL} lower case; {NC} capitals (SURNAME Given or all caps);
# {NS} surname first with a comma; {NI} initials; {NQ} a nickname in quotes inside the name (one
# span); {NK} a nickname alone (the person's); {NP} a particle surname; {NH} a hyphenated one; {NG}
# the inflected (genitive, dative or possessive) form; {G} the last person's given name alone;
# {BIRTH} a birth sentence; {DATE} another date (NEG_DATE); the look-alikes by their NEG keys.
from prose50_text import DOM, GEN  # noqa: E402


class Doc:
    def __init__(self, lg, cls):
        self.lg, self.cls, self.text, self.spans, self.last = lg, cls, "", [], None

    def t(self, s):
        if s.startswith(".") and self.text.endswith("."):
            s = s[1:]
        self.text += s

    def span(self, label, v):
        self.spans.append({"entity_type": label, "entity_value": v, "start_position": len(self.text),
                           "end_position": len(self.text) + len(v)})
        self.text += v

    def person(self):
        p = Person(self.lg)
        self.last = p
        return p

    def fill(self, tpl):
        i = 0
        while i < len(tpl):
            j = tpl.find("{", i)
            if j < 0:
                self.t(tpl[i:])
                break
            self.t(tpl[i:j])
            k = tpl.index("}", j)
            self.slot(tpl[j + 1:k])
            i = k + 1

    def slot(self, key):
        lg = self.lg
        if key in NEG:
            return self.span(NEG_LABEL[key], rng.choice(NEG[key][lg]))
        if key == "DATE":
            y, m, d = rng.randint(2019, 2026), rng.randint(1, 12), rng.randint(1, 28)
            return self.span("NEG_DATE", date_text(lg, y, m, d, rng.random() < 0.6))
        if key == "BIRTH":
            tpl = rng.choice(BIRTH[lg])
            if tpl[0] != "{" and (not self.text or self.text.rstrip()[-1:] in ".!?:\n" or self.text.endswith("\n")):
                tpl = tpl[0].upper() + tpl[1:]
            return self.fill(tpl)
        if key == "DOB":
            y, m, d = rng.randint(1932, 1999), rng.randint(1, 12), rng.randint(1, 28)
            sp = rng.choice([0, 1, 1, 2]) if lg == "en" else rng.choice([0, 1, 1])
            return self.span("DATE_OF_BIRTH", date_text(lg, y, m, d, sp))
        if key == "TOWN":
            return self.t(rng.choice(TOWN[lg]))
        if key == "G":
            p = self.last or self.person()
            return self.span("PERSON", p.given)
        p = self.person()
        if key == "N":
            return self.span("PERSON", p.full())
        if key == "NL":
            return self.span("PERSON", p.full().lower())
        if key == "NC":
            if rng.random() < 0.5:
                return self.span("PERSON", fold_caps(p.surname) + " " + p.given)
            return self.span("PERSON", fold_caps(p.full()))
        if key == "NS":
            if lg == "hu":
                return self.span("PERSON", fold_caps(p.surname) + " " + p.given)
            return self.span("PERSON", p.surname + ", " + p.given)
        if key == "NI":
            g = p.given
            if "-" in g:
                ini = "-".join(x[0] + "." for x in g.split("-"))
            elif rng.random() < 0.4:
                ini = g[0] + ". " + rng.choice("ABCDEFGHJKLMNPRST") + "."
            else:
                ini = g[0] + "."
            if rng.random() < 0.25 and lg in ("fr", "de", "nl"):
                ini = rng.choice(["A.-M.", "J.-P.", "H.-J.", "M.-C."])
            return self.span("PERSON", (p.surname + " " + ini) if lg == "hu" else (ini + " " + p.surname))
        if key == "NQ":
            q = {"de": ("„", "“"), "fr": ("« ", " »"), "pl": ("„", "”"), "cs": ("„", "“"),
                 "hu": ("„", "”"), "el": ("«", "»")}.get(lg, ('"', '"'))
            nick = rng.choice(NICK[lg])
            if lg == "hu" and not p.global_:
                return self.span("PERSON", p.surname + " " + q[0] + nick + q[1] + " " + p.given)
            return self.span("PERSON", p.given + " " + q[0] + nick + q[1] + " " + p.surname)
        if key == "NK":
            return self.span("PERSON", rng.choice(NICK[lg]))
        if key == "NP":
            if p.global_ or rng.random() < 0.2:
                g, s = rng.choice(GLOBAL_PARTICLE)
            else:
                g, s = p.given, rng.choice(PARTICLE[lg])
            return self.span("PERSON", (s + " " + g) if lg == "hu" else (g + " " + s))
        if key == "NH":
            s = HYPHEN[lg] if rng.random() < 0.5 else p.surname + "-" + invent(lg, True)
            return self.span("PERSON", (s + " " + p.given) if lg == "hu" else (p.given + " " + s))
        if key == "NG":
            return self.genitive(p)
        raise ValueError(key)

    def genitive(self, p):
        lg = self.lg
        full = rng.random() < 0.6
        w = p.full() if full else p.given
        if lg == "en":
            self.span("PERSON", w)
            return self.t("'s")
        if lg == "nl":
            if w[-1] in "aeiouy":
                self.span("PERSON", w)
                return self.t("'s")
            return self.span("PERSON", w + "s")
        if lg in ("de", "sv"):
            if w[-1] in "sxzß":
                self.span("PERSON", w)
                return self.t("'")
            return self.span("PERSON", w + "s")
        if lg == "tr":
            self.span("PERSON", w)
            return self.t(tr_suffix(w))
        if lg == "el":
            if p.gen:
                self.t("του " if p.sex == "m" else "της ")
                return self.span("PERSON", (p.gen[0] + " " + p.gen[1]) if full else p.gen[1])
            return self.span("PERSON", w)
        if lg in ("pl", "cs") and p.gen:
            return self.span("PERSON", (p.gen[0] + " " + p.gen[1]) if full else p.gen[1])
        if lg == "hu":
            if full and not p.global_:
                return self.span("PERSON", p.surname + " " + hu_dat(p.given))
            return self.span("PERSON", hu_dat(p.given))
        if lg == "fi":
            if full:
                return self.span("PERSON", p.given + " " + fi_gen(p.surname))
            return self.span("PERSON", fi_gen(p.given))
        if lg == "fr":
            self.t("d'" if w[0] in "AEIOUÉÈ" else "de ")
            return self.span("PERSON", w)
        return self.span("PERSON", w)


# ---- request bodies -----------------------------------------------------------------------------
APIS = ["openai", "responses", "anthropic", "gemini"]
ASK = {"condolence": "Could you polish this condolence letter?",
       "recommendation": "Please proofread this reference letter.",
       "parish": "Tidy up this parish newsletter item, please.",
       "retirement": "Make this retirement speech a bit shorter.",
       "minutes": "Summarise these club minutes.",
       "neighbour": "Help me make this letter to my neighbour more polite.",
       "diary": "Translate this diary entry into English.",
       "school": "Check the grammar of this school report.",
       "complaint": "Rewrite this complaint so it sounds firmer.",
       "thanks": "Translate this thank-you note into English."}
MARK = "@@DOC@@"


def esc(s, ascii_):
    return json.dumps(s, ensure_ascii=ascii_)[1:-1]


def body(api, shape, ask):
    """A body with MARK where the document goes; shape 0: one block, 1: the ask and the document
    in two blocks, 2: the document after an assistant turn."""
    if api == "openai":
        if shape == 0:
            msgs = [{"role": "user", "content": ask + "\n\n" + MARK}]
        elif shape == 1:
            msgs = [{"role": "system", "content": "You are a careful editor."},
                    {"role": "user", "content": [{"type": "text", "text": ask},
                                                 {"type": "text", "text": MARK}]}]
        else:
            msgs = [{"role": "user", "content": ask},
                    {"role": "assistant", "content": "Of course. Please paste the text."},
                    {"role": "user", "content": MARK}]
        return {"model": "gpt-4o", "messages": msgs}
    if api == "responses":
        if shape == 2:
            inp = [{"role": "user", "content": ask},
                   {"role": "assistant", "content": [{"type": "output_text", "text": "Sure, paste it."}]},
                   {"role": "user", "content": [{"type": "input_text", "text": MARK}]}]
        else:
            inp = [{"role": "user", "content": [{"type": "input_text", "text": ask},
                                                {"type": "input_text", "text": MARK}]}]
        return {"model": "gpt-4.1", "input": inp}
    if api == "anthropic":
        if shape == 0:
            msgs = [{"role": "user", "content": ask + "\n\n" + MARK}]
        elif shape == 1:
            msgs = [{"role": "user", "content": [{"type": "text", "text": ask}, {"type": "text", "text": MARK}]}]
        else:
            msgs = [{"role": "user", "content": ask},
                    {"role": "assistant", "content": "Happy to help. What is the text?"},
                    {"role": "user", "content": MARK}]
        return {"model": "claude-sonnet-4-5", "max_tokens": 2048, "messages": msgs}
    if shape == 2:
        cont = [{"role": "user", "parts": [{"text": ask}]},
                {"role": "model", "parts": [{"text": "Sure, send it over."}]},
                {"role": "user", "parts": [{"text": MARK}]}]
    else:
        cont = [{"role": "user", "parts": [{"text": ask}, {"text": MARK}]}]
    return {"contents": cont, "generationConfig": {"temperature": 0.3}}


def wrap(d, i):
    api, shape, ascii_ = APIS[i % 4], (i // 4) % 3, i % 3 == 1
    b = body(api, shape, ASK[d.cls])
    raw = json.dumps(b, ensure_ascii=ascii_, separators=(",", ":") if i % 5 == 0 else None)
    at = raw.index(MARK)
    out = raw[:at] + esc(d.text, ascii_) + raw[at + len(MARK):]
    spans = []
    for s in d.spans:
        st = at + len(esc(d.text[:s["start_position"]], ascii_))
        v = esc(s["entity_value"], ascii_)
        spans.append(dict(s, entity_value=v, start_position=st, end_position=st + len(v)))
    assert json.loads(out)
    check_spans(out, spans)
    records.append({"full_text": out, "spans": spans, "template_id": len(records) % 100,
                    "metadata": {"locale": d.lg, "class": d.cls, "api": api, "ascii": ascii_}})


def document(lg, cls, n):
    d = Doc(lg, cls)
    dom = DOM[lg][DOMAINS.index(cls)]
    d.fill(dom[n % len(dom)])
    pool = GEN[lg][:]
    rng.shuffle(pool)
    for s in pool[:rng.choice((2, 3, 3, 4))]:
        d.t(" " if rng.random() < 0.7 else "\n\n")
        d.fill(s)
    return d


def main():
    i = 0
    for rep in range(32):
        for k, lg in enumerate(LANGS):
            cls = DOMAINS[(rep + k) % len(DOMAINS)]
            wrap(document(lg, cls, rep // len(DOMAINS)), i)
            i += 1
    write_json(records)


main()
