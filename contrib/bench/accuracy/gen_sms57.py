#!/usr/bin/env python3
"""gen_sms57.py: people and births in SMS shorthand (tune set; branch voice57, written and
committed before hush was run on it), from the twenty-fourth blind set's public brief (its typed
family: lower case without diacritics, shorthand such as pls, thx, tmrw, bday, dob, emoji between
words, SMS stamps) and noisy56's notes (SMS texts not read as transcripts miss names after
shorthand cues and births after bday, anniv, cumple, fyller år, γενέθλια), in kinds of business no
earlier tune corpus used: dentist reminders replied to, lost-dog texts, carpool texts, tutoring
cancellations, plumber call-backs, school-trip texts, piano tuners, driving lessons, dry cleaners,
locksmiths, physiotherapy, cake orders.

A record is a capitalised one-line ask, then three to seven texts of one thread in lower case
(bare, after a clock stamp, or after `me:` / a shop as sender; a third of the names keep their
capitals): a writer naming themself or another after the shorthand of their language (`sry X
here`, `thx X c u`, `powiedz X ze`, `hej det e X`, `geia eimai o X`, `γεια είμαι ο X`), a given
name alone or with the surname; births after the birthday words and their shorthand (`bday`,
`dob`, `anniv`, `cumple`, `fyller år`, `ur.`, `synt.`, `γενέθλια`) in numeric and month-word
dates, two-digit years too. Look-alikes as NEG_ spans, as many as the values, mostly in the
same frames: words of address, relations and groups where the name stands (`thx mate c u`,
`powiedz mamie ze`: NEG_WORD), shops and surgeries as writers (NEG_ORG), pets (NEG_PET, some with
people's names), places (NEG_PLACE), times (NEG_TIME), and dates after the same birthday words or
in the same shapes that are no birth: parties, anniversaries, appointments, deliveries, trips
(NEG_DATE); name-words as words in English (will, may, bill: NEG_WORD).

Languages en de fr nl es it pt pl sv da no fi cs hu tr ro el (Greek in Latin letters) and gr
(Greek in its script, locale el); half the names invented, a fifth of global origin. Every
record one request body of the four APIs (a third with \\uXXXX escapes). metadata.class is
`cue` or `birth` (what the thread is weighted to). Deterministic; stdlib only:
python3 gen_sms57.py > data/sms57.json
"""
import os
import random
import sys
import unicodedata

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gen_bodies import append_body, ask_body  # noqa: E402
from gen_common import END12, MONTH_WORDS, SYL12, invent_syllables, write_json  # noqa: E402

R = random.Random(20261207 + 57)
LOCS = ["en", "de", "fr", "nl", "es", "it", "pt", "pl", "sv", "da", "no", "fi", "cs", "hu", "tr",
        "ro", "el", "gr"]
DOMAINS = ["dentist reminder", "lost dog", "carpool", "tutoring", "plumber call-back",
           "school trip", "piano tuner", "driving lessons", "dry cleaner", "locksmith",
           "physiotherapy", "cake order"]

GIVEN = {
    "en": "Poppy Alfie Tamsin Reuben Esme Ollie Nell Jago", "de": "Wiebke Till Merle Hannes Ida Lasse",
    "fr": "Maëlle Baptiste Lison Timéo Clémence Aurélien", "nl": "Noor Siem Fleur Daan Lieke Jesse",
    "es": "Ainhoa Unai Lucía Aitor Carmela Bruno", "it": "Gaia Tommaso Chiara Mattia Noemi Pietro",
    "pt": "Matilde Tomás Carolina Afonso Mariana Vasco", "pl": "Oliwia Kacper Zuzanna Szymon Julia Bartek",
    "sv": "Wilma Elias Alva Hugo Stina Melker", "da": "Ida Magnus Laura Oskar Signe Emil",
    "no": "Nora Jakob Ingrid Sander Live Tobias", "fi": "Venla Eetu Iida Onni Siiri Aatu",
    "cs": "Anežka Vojtěch Barbora Šimon Klára Tadeáš", "hu": "Hanna Levente Luca Dominik Boglárka Máté",
    "tr": "Defne Yusuf Ecrin Kerem Nehir Alp", "ro": "Bianca Luca Ilinca Vlad Sorina Tudor",
    "el": "Vasiliki Stelios Despina Manolis Chrysa Petros", "gr": "Βασιλική Στέλιος Δέσποινα Μανώλης Χρύσα Πέτρος",
}
SURN = {
    "en": "Pennington Oakes Tregarthen Blackwood Featherstone Ridley",
    "de": "Brandstätter Kühnel Schwarzkopf Reinholz Tiedemann", "fr": "Beaumarchais Lemoine Vasseur Charpentier Moulin",
    "nl": "Brouwer Veenstra Zwart Timmermans Kok", "es": "Iturralde Montoya Cifuentes Barrios Olmedo",
    "it": "Brambilla Zanetti Lombardo Fumagalli Pellegrini", "pt": "Fonseca Sampaio Teixeira Moura Lacerda",
    "pl": "Zielińska Pawlak Michalski Krawczyk Sadowska", "sv": "Nyström Lindahl Ekberg Falk Sundqvist",
    "da": "Thygesen Bach Vestergaard Holm Krogh", "no": "Nygaard Bråten Rønning Aasen Lund",
    "fi": "Koskinen Salo Heikkilä Rantanen Lehtonen", "cs": "Marková Pospíšil Hájek Králová Beneš",
    "hu": "Fekete Balogh Somogyi Lakatos Pintér", "tr": "Öztürk Arslan Koç Kurt Özdemir",
    "ro": "Moldovan Rusu Ardeleanu Tănase Lungu", "el": "Antoniou Makris Zervas Kontos Lamprou",
    "gr": "Αντωνίου Μακρής Ζερβάς Κοντός Λάμπρου",
}
GLOBAL = [("Adaeze", "Okafor"), ("Ishaan", "Venkatesan"), ("Mei", "Lindqvist-Chen"), ("Yusuf", "Al-Amin"),
          ("Kofi", "Asante"), ("Hana", "Yoshida"), ("Anjali", "Bhattacharya"), ("Ravshan", "Karimov"),
          ("Thu", "Pham"), ("Nadia", "Belkacem"), ("Oksana", "Hrytsenko"), ("Tendai", "Moyo")]
SYL = dict(SYL12, da=["fre", "bjø", "sø", "ras", "kir", "hal"], no=["sig", "ru", "to", "vår", "hei", "bø"],
           fi=["ka", "lle", "vuo", "ti", "ri", "pa"], ro=["vi", "co", "la", "dru", "sto", "ia"],
           el=["ka", "lo", "mi", "stra", "the", "ri"], gr=["κα", "λο", "μι", "στρα", "θε", "ρι"])
END = dict(END12, da=["sen", "gaard", "bæk"], no=["sen", "rud", "stad"], fi=["nen", "la", "mäki"],
           ro=["escu", "eanu", "aru"], el=["akis", "idis", "opoulos"], gr=["άκης", "ίδης", "όπουλος"])
MONTHS = dict(MONTH_WORDS, gr="Ιανουαρίου Φεβρουαρίου Μαρτίου Απριλίου Μαΐου Ιουνίου Ιουλίου Αυγούστου "
              "Σεπτεμβρίου Οκτωβρίου Νοεμβρίου Δεκεμβρίου".split())


def plain(s):
    """s without diacritics, as a phone keyboard without the language's letters types it."""
    for a, b in (("ß", "ss"), ("ø", "o"), ("æ", "ae"), ("ł", "l"), ("ı", "i"), ("å", "a")):
        s = s.replace(a, b)
    return "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn")


def typed(lg, s):
    """A name as texted: lower case most of the time, without diacritics half of that."""
    r = R.random()
    if r < 0.3:
        return s
    s = s.lower()
    return plain(s) if lg != "gr" and r < 0.65 else s


def who(lg):
    r = R.random()
    if r < 0.2 and lg != "gr":
        g, s = R.choice(GLOBAL)
    elif r < 0.55:
        g, s = R.choice(GIVEN[lg].split()), R.choice(SURN[lg].split())
    else:
        g, s = invent_syllables(R, SYL[lg], END[lg], False), invent_syllables(R, SYL[lg], END[lg], True)
    return g, s


def date(lg, past):
    """A birth (past) or an appointment, delivery or party (not past) in one of the texted shapes."""
    y = R.randint(1941, 2016) if past else R.choice([2025, 2026, 2026])
    m, d = R.randint(1, 12), R.randint(1, 28)
    r = R.random()
    if r < 0.25:
        mon = MONTHS[lg][m - 1]
        mon = mon.lower() if R.random() < 0.7 else mon
        if lg == "hu":
            return "%d. %s %d." % (y, mon, d)
        if lg in ("es", "pt"):
            return "%d de %s %d" % (d, mon, y)
        if lg == "en" and R.random() < 0.4:
            return "%s %d %d" % (mon, d, y)
        return "%d%s %s %d" % (d, "." if lg in ("de", "da", "no", "fi", "cs") else "", mon, y)
    if r < 0.4:
        return "%d.%d.%02d" % (d, m, y % 100)
    if r < 0.55:
        return ("%d/%d/%02d" % (m, d, y % 100)) if lg == "en" else "%d/%d/%02d" % (d, m, y % 100)
    if r < 0.7:
        return "%02d.%02d.%d" % (d, m, y) if lg != "hu" else "%d.%02d.%02d" % (y, m, d)
    if r < 0.85:
        return "%02d/%02d/%d" % (d, m, y)
    return "%d-%02d-%02d" % (y, m, d) if lg in ("sv", "hu", "fi") else "%02d-%02d-%d" % (d, m, y)


def clock():
    h, mi = R.randint(7, 20), R.choice([0, 15, 30, 45])
    return R.choice(["%d:%02d" % (h, mi), "%d.%02d" % (h, mi), "%d%s" % (h % 12 or 12, R.choice(["pm", "am"]))
                     if h != 12 else "12"])


# Per language: name frames ({G} given name, {P} given name and surname; a frame opening with '*'
# also takes a word of address, {N}, where the name stands), births ({D}), the same birthday words
# and other texts before a date that is no birth ({AD}), and texts with a pet, a shop, a place,
# a time. N: words of address, relations, groups.
L = {
    "en": dict(
        who=["*sry {G} here stuck in traffic", "*thx {G} c u tmrw", "hi its {P} re the booking", "*pls tell {G} im running l8",
             "*ask {G} 2 ring me bk", "{G} here, can u do thurs instead?", "*ok cool cu {G} x", "its {P} btw, got ur vm"],
        n=["mate", "guys", "hun", "doc", "mum", "everyone", "babe", "love"],
        bd=["my bday is {D} if they need it", "dob {D}", "her bday {D} for the form", "b-day {D} btw", "his d.o.b is {D}",
            "bday: {D}"],
        ad=["bday party is {AD} at {PLACE}", "our anniv is {AD} so not that wk", "appt moved to {AD} {T}", "parcel due {AD}",
            "trip on {AD}, back by {T}", "lesson cancelled {AD} sry"],
        ctx=["lost dog {PET} near {PLACE} pls share", "{PET} is at the vet til {T}", "at {SHOP} now, {T} ok?",
             "hi its {SHOP} here, ur appt is {AD} {T}", "i {=will} pick up from {PLACE}", "{=may} b late, pls pay the {=bill} at {SHOP}"],
        ask=["Can you summarise these {d} texts for me?", "Who do I need to call back? {d} texts below",
             "Sort out these {d} messages for me:"]),
    "de": dict(
        who=["*sry {G} hier, stau", "*danke {G} bis morgn", "hi hier is {P} wg dem termin", "*sag {G} dass ich später komm",
             "{G} hier, geht auch do?", "*lg {G}", "hey {G} hier, bin gleich da"],
        n=["schatz", "leute", "alle", "mama", "chef", "süße"],
        bd=["mein geb. is {D}", "geb {D}", "bday {D} fürs formular", "ihr geburtstag {D}", "geb.datum {D}"],
        ad=["geburtstagsfeier am {AD} im {PLACE}", "termin verschoben auf {AD} {T}", "paket kommt {AD}", "ausflug am {AD}",
            "stunde fällt aus {AD}"],
        ctx=["hund {PET} entlaufen bei {PLACE} bitte teilen", "bin bei {SHOP}, {T} ok?", "{PET} is beim tierarzt bis {T}",
             "hallo hier ist {SHOP}, ihr termin {AD} {T}"],
        ask=["Kannst du diese SMS ({d}) zusammenfassen?", "Wen muss ich zurückrufen? SMS ({d}):"]),
    "fr": dict(
        who=["*dsl {G} ici, bouchons", "*merci {G} a dem1", "slt c {P} pour le rdv", "*dis a {G} ke jsuis en retard",
             "c {G}, tu peux jeudi?", "*bisous {G}", "coucou c {G} jsuis devant"],
        n=["ma belle", "tlm", "maman", "doc", "chéri", "les gars"],
        bd=["anniv {D}", "né le {D}", "ma date de naiss c {D}", "sa date de naissance {D}", "ddn {D}"],
        ad=["la fête d'anniv c le {AD}", "rdv décalé au {AD} {T}", "livraison prévue {AD}", "sortie scolaire le {AD}",
            "anniv de mariage le {AD}"],
        ctx=["chien perdu {PET} vers {PLACE} svp partagez", "jsuis chez {SHOP}, {T} ca va?", "{PET} est chez le veto jusqu'a {T}",
             "bonjour c {SHOP}, votre rdv {AD} {T}"],
        ask=["Tu peux résumer ces SMS ({d}) ?", "Qui dois-je rappeler ? SMS ({d}) :"]),
    "nl": dict(
        who=["*sry {G} hier, file", "*thnx {G} tot mrgn", "hoi met {P} ivm de afspraak", "*zeg tegen {G} dat ik later ben",
             "{G} hier, kan donderdag ook?", "*groetjes {G}", "hee met {G}, sta voor de deur"],
        n=["schat", "allemaal", "mam", "jongens", "dokter"],
        bd=["geb {D}", "mn verjaardag is {D}", "geboren op {D}", "zn geboortedatum {D}", "jarig, geb. {D}"],
        ad=["verjaardagsfeest op {AD} in {PLACE}", "afspraak verzet naar {AD} {T}", "pakket komt {AD}", "schoolreis op {AD}"],
        ctx=["hond {PET} kwijt bij {PLACE} graag delen", "ben bij {SHOP}, {T} ok?", "{PET} is bij de dierenarts tot {T}",
             "goedemiddag met {SHOP}, uw afspraak {AD} {T}"],
        ask=["Kun je deze sms'jes ({d}) samenvatten?", "Wie moet ik terugbellen? Sms ({d}):"]),
    "es": dict(
        who=["*perdona {G} aqui, atasco", "*gracias {G} nos vemos mñn", "hola soy {P} x lo de la cita", "*dile a {G} q llego tarde",
             "{G} aqui, puedes el jueves?", "*besos {G}", "ey soy {G}, ya estoy abajo"],
        n=["guapa", "tía", "chicos", "mama", "doc", "todos"],
        bd=["mi cumple es el {D}", "cumple {D}", "nacio el {D}", "fecha de nac {D}", "f. nac. {D}"],
        ad=["la fiesta de cumple es el {AD}", "cita cambiada al {AD} {T}", "el paquete llega el {AD}", "excursion el {AD}"],
        ctx=["perro perdido {PET} cerca de {PLACE} compartid xfa", "estoy en {SHOP}, {T} vale?",
             "{PET} esta en el veterinario hasta las {T}", "hola le escribimos de {SHOP}, su cita {AD} {T}"],
        ask=["¿Me resumes estos SMS ({d})?", "¿A quién tengo que llamar? SMS ({d}):"]),
    "it": dict(
        who=["*scusa {G} qui, traffico", "*grz {G} a dmn", "ciao sono {P} per l'appuntamento", "*di a {G} ke arrivo tardi",
             "{G} qui, va bene giovedi?", "*baci {G}", "ehi sono {G}, sono giu"],
        n=["tesoro", "ragazzi", "mamma", "dottore", "tutti", "bella"],
        bd=["compleanno {D}", "nato il {D}", "la mia data di nascita è {D}", "compl {D}", "d.n. {D}"],
        ad=["festa di compleanno il {AD}", "appuntamento spostato al {AD} {T}", "consegna prevista {AD}", "gita il {AD}"],
        ctx=["cane smarrito {PET} zona {PLACE} condividete", "sono da {SHOP}, {T} ok?", "{PET} è dal veterinario fino alle {T}",
             "buongiorno da {SHOP}, appuntamento {AD} {T}"],
        ask=["Mi riassumi questi SMS ({d})?", "Chi devo richiamare? SMS ({d}):"]),
    "pt": dict(
        who=["*desculpa {G} aqui, transito", "*obg {G} ate amanha", "ola e o {P} sobre a consulta", "*diz a {G} q chego atrasado",
             "{G} aqui, pode ser quinta?", "*bjs {G}", "oi sou a {G}, to aqui em baixo"],
        n=["querida", "pessoal", "mae", "doutor", "malta", "amor"],
        bd=["aniver {D}", "nasceu a {D}", "a minha data de nasc é {D}", "dn {D}", "data nasc {D}"],
        ad=["festa de anos dia {AD}", "consulta mudada p {AD} {T}", "entrega prevista {AD}", "visita de estudo {AD}"],
        ctx=["cao perdido {PET} perto de {PLACE} partilhem pf", "tou no {SHOP}, {T} pode ser?", "{PET} ta no veterinario ate as {T}",
             "ola daqui {SHOP}, a sua consulta {AD} {T}"],
        ask=["Podes resumir estas SMS ({d})?", "A quem tenho de ligar? SMS ({d}):"]),
    "pl": dict(
        who=["*sorki {G} tu, korek", "*dzieki {G} do jutra", "hej tu {P} w sprawie wizyty", "*powiedz {G} ze sie spoznie",
             "{G} z tej strony, moze czwartek?", "*pozdro {G}", "czesc tu {G}, jestem pod domem"],
        n=["kochanie", "mamie", "wszystkim", "panu doktorowi", "ekipie"],
        bd=["urodziny {D}", "ur. {D}", "data ur {D}", "urodzona {D}", "data urodz. {D}"],
        ad=["impreza urodzinowa {AD}", "wizyta przesunieta na {AD} {T}", "paczka bedzie {AD}", "wycieczka {AD}"],
        ctx=["zaginal pies {PET} okolice {PLACE} prosze udostepniac", "jestem w {SHOP}, {T} ok?", "{PET} u weterynarza do {T}",
             "dzien dobry tu {SHOP}, wizyta {AD} {T}"],
        ask=["Możesz streścić te SMS-y ({d})?", "Do kogo muszę oddzwonić? SMS ({d}):"]),
    "sv": dict(
        who=["*sry {G} här, kö", "*tack {G} ses imorgon", "hej det e {P} ang tiden", "*säg till {G} att jag blir sen",
             "{G} här, funkar torsdag?", "*kram {G}", "hej det e {G}, står utanför"],
        n=["mamma", "alla", "gumman", "doktorn", "grabbar"],
        bd=["fyller år {D}", "född {D}", "bday {D}", "hennes födelsedag {D}", "födelsedatum {D}"],
        ad=["kalas {AD} på {PLACE}", "tiden flyttad till {AD} {T}", "paketet kommer {AD}", "utflykt {AD}"],
        ctx=["hund {PET} borta vid {PLACE} dela gärna", "e på {SHOP}, {T} ok?", "{PET} e hos veterinären till {T}",
             "hej från {SHOP}, din tid {AD} {T}"],
        ask=["Kan du sammanfatta de här sms:en ({d})?", "Vem måste jag ringa tillbaka? Sms ({d}):"]),
    "da": dict(
        who=["*sry {G} her, kø", "*tak {G} ses i morgen", "hej det er {P} ang tiden", "*sig til {G} at jeg bliver forsinket",
             "{G} her, passer torsdag?", "*knus {G}", "hej det er {G}, står udenfor"],
        n=["mor", "alle", "skat", "doktor", "drenge"],
        bd=["fødselsdag {D}", "født {D}", "fylder år {D}", "hendes fødselsdato {D}", "fødselsdato: {D}"],
        ad=["fødselsdagsfest {AD} i {PLACE}", "tid flyttet til {AD} {T}", "pakken kommer {AD}", "skoletur {AD}"],
        ctx=["hund {PET} væk ved {PLACE} del gerne", "er i {SHOP}, {T} ok?", "{PET} er hos dyrlægen til {T}",
             "hej fra {SHOP}, din tid {AD} {T}"],
        ask=["Kan du opsummere disse sms'er ({d})?", "Hvem skal jeg ringe tilbage? Sms ({d}):"]),
    "no": dict(
        who=["*sry {G} her, kø", "*takk {G} ses i morgen", "hei det er {P} ang timen", "*si til {G} at jeg blir sen",
             "{G} her, passer torsdag?", "*klem {G}", "hei det er {G}, står utenfor"],
        n=["mamma", "alle", "vennen", "doktor", "gutta"],
        bd=["bursdag {D}", "født {D}", "fyller år {D}", "fødselsdato {D}", "f.dato {D}"],
        ad=["bursdagsfest {AD} på {PLACE}", "timen flyttet til {AD} {T}", "pakken kommer {AD}", "skoletur {AD}"],
        ctx=["hund {PET} borte ved {PLACE} del gjerne", "er på {SHOP}, {T} ok?", "{PET} er hos dyrlegen til {T}",
             "hei fra {SHOP}, din time {AD} {T}"],
        ask=["Kan du oppsummere disse meldingene ({d})?", "Hvem må jeg ringe tilbake? Sms ({d}):"]),
    "fi": dict(
        who=["*sori {G} täs, ruuhkaa", "*kiitti {G} nähään huomenna", "moi täs {P} ajasta", "{G} täällä, käykö torstai?",
             "*terkuin {G}", "moi {G} täs, oon ovella"],
        n=["kulta", "äiti", "kaikki", "tohtori", "jätkät"],
        bd=["synttärit {D}", "syntynyt {D}", "synt. {D}", "syntymäpäivä {D}", "s. {D}"],
        ad=["synttäribileet {AD} {PLACE}", "aika siirretty {AD} klo {T}", "paketti tulee {AD}", "retki {AD}"],
        ctx=["koira {PET} kadonnut {PLACE} jakakaa", "oon {SHOP}, {T} ok?", "{PET} on eläinlääkärillä {T} asti",
             "hei täällä {SHOP}, aikasi {AD} {T}"],
        ask=["Voitko tiivistää nämä tekstarit ({d})?", "Kenelle pitää soittaa takaisin? Viestit ({d}):"]),
    "cs": dict(
        who=["*sorry {G} tady, zacpa", "*diky {G} zitra", "ahoj tady {P} kvuli terminu", "*rekni {G} ze prijdu pozdeji",
             "{G} tady, jde ctvrtek?", "*pa {G}", "ahoj tady {G}, stojim pred domem"],
        n=["mami", "vsem", "zlato", "pane doktore", "kluci"],
        bd=["narozky {D}", "nar. {D}", "narozena {D}", "datum nar {D}", "dat. nar. {D}"],
        ad=["oslava narozenin {AD} v {PLACE}", "termin presunut na {AD} {T}", "balik prijde {AD}", "vylet {AD}"],
        ctx=["ztratil se pes {PET} u {PLACE} sdilejte", "jsem v {SHOP}, {T} ok?", "{PET} je u veterinare do {T}",
             "dobry den tady {SHOP}, termin {AD} {T}"],
        ask=["Můžeš shrnout tyhle SMS ({d})?", "Komu musím zavolat zpátky? SMS ({d}):"]),
    "hu": dict(
        who=["*bocs {G} vagyok, dugo", "*koszi {G} holnap talizunk", "szia itt {P} az idopont miatt", "szia {G} vagyok, jo a csutortok?",
             "*puszi {G}", "hali itt {G}, lent vagyok"],
        n=["dragam", "mindenki", "anya", "doktor ur", "srácok"],
        bd=["szulinap {D}", "szul. {D}", "szuletett {D}", "szuletesi datum {D}", "szül: {D}"],
        ad=["szulinapi buli {AD} {PLACE}", "idopont athelyezve {AD} {T}", "csomag jon {AD}", "kirandulas {AD}"],
        ctx=["elveszett a kutya {PET} {PLACE} kornyeken osszatok", "a {SHOP} elott vagyok, {T} jo?", "{PET} az allatorvosnal {T}-ig",
             "jo napot itt a {SHOP}, idopont {AD} {T}"],
        ask=["Össze tudod foglalni ezeket az SMS-eket ({d})?", "Kit kell visszahívnom? SMS-ek ({d}):"]),
    "tr": dict(
        who=["*pardon ben {G}, trafik var", "*sagol {G} yarin gorusuruz", "merhaba ben {P} randevu icin", "{G} burda, persembe olur mu?",
             "*opuyorum {G}", "selam ben {G}, asagidayim"],
        n=["canim", "anne", "herkes", "hocam", "abi"],
        bd=["dogum gunu {D}", "dg {D}", "dogum tarihi {D}", "d.t. {D}", "dogum tarihim {D}"],
        ad=["dogum gunu partisi {AD} {PLACE}", "randevu {AD} saat {T}", "kargo {AD} gelir", "gezi {AD}"],
        ctx=["kayip kopek {PET} {PLACE} civari lutfen paylasin", "{SHOP} onundeyim, {T} olur mu?", "{PET} veterinerde saat {T} e kadar",
             "merhaba {SHOP} randevunuz {AD} {T}"],
        ask=["Bu mesajları ({d}) özetler misin?", "Kimi geri aramam lazım? Mesajlar ({d}):"]),
    "ro": dict(
        who=["*scuze {G} aici, trafic", "*mersi {G} ne vedem maine", "buna sunt {P} pt programare", "*spune-i lui {G} ca intarzii",
             "{G} aici, merge joi?", "*pupici {G}", "salut sunt {G}, sunt jos"],
        n=["draga", "mama", "toti", "domnule doctor", "baieti"],
        bd=["ziua mea e pe {D}", "nascut pe {D}", "zi de nastere {D}", "data nasterii {D}", "data n. {D}"],
        ad=["petrecerea de ziua e pe {AD}", "programare mutata pe {AD} {T}", "coletul vine {AD}", "excursie {AD}"],
        ctx=["caine pierdut {PET} zona {PLACE} dati share", "sunt la {SHOP}, {T} e ok?", "{PET} e la veterinar pana la {T}",
             "buna ziua de la {SHOP}, programare {AD} {T}"],
        ask=["Poți să rezumi SMS-urile astea ({d})?", "Pe cine trebuie să sun înapoi? SMS-uri ({d}):"]),
    "el": dict(
        who=["*sorry {G} edo, kinisi", "*efxaristo {G} ta leme avrio", "geia eimai o {P} gia to rantevou", "*pes ston {G} oti argo",
             "{G} edo, boreis pempti?", "*filia {G}", "geia eimai i {G}, eimai kato"],
        n=["agapi", "mama", "olous", "giatre", "paidia"],
        bd=["genethlia {D}", "gennithike {D}", "im. gennisis {D}", "ta genethlia mou {D}", "imerominia gennisis {D}"],
        ad=["parti genethlion {AD} {PLACE}", "rantevou metaferthike {AD} {T}", "to dema erxetai {AD}", "ekdromi {AD}"],
        ctx=["xathike skylos {PET} konta {PLACE} share", "eimai sto {SHOP}, {T} ok?", "o {PET} einai ston ktiniatro mexri {T}",
             "kalimera apo {SHOP}, rantevou {AD} {T}"],
        ask=["Mporeis na synopsiseis afta ta minimata ({d})?", "Poion prepei na xanaparo? Minimata ({d}):"]),
    "gr": dict(
        who=["*συγγνώμη {G} εδώ, κίνηση", "*ευχαριστώ {G} τα λέμε αύριο", "γεια είμαι ο {P} για το ραντεβού", "*πες στον {G} ότι αργώ",
             "{G} εδώ, μπορείς πέμπτη;", "*φιλιά {G}", "γεια είμαι η {G}, είμαι κάτω"],
        n=["αγάπη", "μαμά", "όλους", "γιατρέ", "παιδιά"],
        bd=["γενέθλια {D}", "γεννήθηκε {D}", "ημ. γέννησης {D}", "τα γενέθλιά μου {D}"],
        ad=["πάρτι γενεθλίων {AD} {PLACE}", "ραντεβού μεταφέρθηκε {AD} {T}", "το δέμα έρχεται {AD}", "εκδρομή {AD}"],
        ctx=["χάθηκε σκύλος {PET} κοντά {PLACE}", "είμαι στο {SHOP}, {T} οκ;", "ο {PET} είναι στον κτηνίατρο μέχρι {T}",
             "καλημέρα από {SHOP}, ραντεβού {AD} {T}"],
        ask=["Μπορείς να συνοψίσεις αυτά τα μηνύματα ({d});", "Ποιον πρέπει να ξαναπάρω; Μηνύματα ({d}):"]),
}
PETS = ["biscuit", "pepper", "max", "luna", "bruno", "nala", "coco", "rocky", "milo", "teddy", "simba", "lola", "oscar",
        "bella", "charlie", "ruby"]
SHOPS = ["smile dental", "quickfix plumbing", "brightstart tutoring", "keys4u", "pressto", "physio plus", "sweet layers",
         "drive2pass", "tuneup pianos", "dentalcare", "aquafix", "clean & press", "happy paws vets"]
PLACES = {"en": ["the park", "tesco car park", "riverside", "oak hill school"], "de": ["stadtpark", "bahnhof", "edeka parkplatz"],
          "fr": ["la gare", "parc monceau", "chez carrefour"], "nl": ["het park", "station", "de ah"], "es": ["el parque", "la estacion", "mercadona"],
          "it": ["il parco", "stazione", "piazza duomo"], "pt": ["o jardim", "a estacao", "continente"], "pl": ["park", "dworzec", "biedronka"],
          "sv": ["parken", "centralen", "ica"], "da": ["parken", "stationen", "netto"], "no": ["parken", "stasjonen", "rema"],
          "fi": ["puisto", "asema", "prisma"], "cs": ["parku", "nadrazi", "albert"], "hu": ["liget", "palyaudvar", "tesco"],
          "tr": ["park", "istasyon", "migros"], "ro": ["parc", "gara", "kaufland"], "el": ["parko", "stathmo", "plateia"],
          "gr": ["πάρκο", "σταθμό", "πλατεία"]}


class Doc:
    def __init__(self):
        self.text, self.spans, self.vals, self.negs = "", [], 0, 0

    def t(self, s):
        self.text += s

    def s(self, label, v):
        self.spans.append({"entity_type": label, "entity_value": v, "start_position": len(self.text),
                           "end_position": len(self.text) + len(v)})
        self.text += v
        if label.startswith("NEG_"):
            self.negs += 1
        else:
            self.vals += 1

    def fill(self, lg, tpl, slots):
        """tpl left to right: {X} from slots (label, value), {=word} a name-word used as a word."""
        i = 0
        while True:
            j = tpl.find("{", i)
            if j < 0:
                self.t(tpl[i:])
                return
            self.t(tpl[i:j])
            k = tpl.index("}", j)
            key = tpl[j + 1:k]
            if key.startswith("="):
                self.s("NEG_WORD", key[1:])
            else:
                self.s(*slots[key]())
            i = k + 1


def slots(lg):
    def person():
        g, s = who(lg)
        return "PERSON", typed(lg, g + " " + s)

    def given():
        return "PERSON", typed(lg, who(lg)[0])
    return {"P": person, "G": given, "N": lambda: ("NEG_WORD", R.choice(L[lg]["n"])),
            "D": lambda: ("DATE_OF_BIRTH", date(lg, True)), "AD": lambda: ("NEG_DATE", date(lg, False)),
            "PET": lambda: ("NEG_PET", R.choice(PETS)), "SHOP": lambda: ("NEG_ORG", R.choice(SHOPS)),
            "PLACE": lambda: ("NEG_PLACE", R.choice(PLACES[lg])), "T": lambda: ("NEG_TIME", clock())}


def line(doc, lg, tpl, sl):
    r = R.random()
    if r < 0.3:
        doc.t("%d:%02d " % (R.randint(7, 22), R.randint(0, 59)))
    elif r < 0.45:
        doc.t(R.choice(["me: ", "> ", "- "]))
    doc.fill(lg, tpl, sl)
    if R.random() < 0.25:
        doc.t(" " + R.choice(["👍", "🙏", "😂", ":)", "xx", "!!", "🐶", "🚗"]))


def thread(lg, cls):
    """A thread weighted to the cue frames or to the births; look-alikes as many as the values."""
    d, doc, sl = L[lg], Doc(), slots(lg)
    n = R.randint(3, 7)
    for k in range(n):
        if k:
            doc.t("\n")
        pos = doc.vals <= doc.negs
        if pos:
            frames = d["who"] if cls == "cue" or R.random() < 0.3 else d["bd"]
            line(doc, lg, R.choice(frames).lstrip("*"), sl)
        else:
            r = R.random()
            if r < 0.45 and cls == "cue":
                tpl = R.choice([f for f in d["who"] if f.startswith("*")])[1:].replace("{G}", "{N}")
            elif r < 0.45:
                tpl = R.choice(d["ad"])
            else:
                tpl = R.choice(d["ctx"])
            line(doc, lg, tpl, sl)
    return doc


def main():
    records, apis = [], ["chat", "responses", "anthropic", "gemini"]
    for i in range(504):
        lg = LOCS[i % len(LOCS)]
        cls = "cue" if (i // len(LOCS)) % 2 == 0 else "birth"
        doc = thread(lg, cls)
        dom = DOMAINS[i % len(DOMAINS)]
        ask = R.choice(L[lg]["ask"]).format(d=dom)
        ascii_ = i % 3 == 0
        api = apis[(i // 3) % 4]
        body, spans = ask_body(api, ask, doc.text, doc.spans, ascii_, i % 2 == 1)
        meta = {"locale": "el" if lg == "gr" else lg, "class": cls, "api": api, "ascii": ascii_, "domain": dom,
                "script": "greek" if lg == "gr" else "latin"}
        append_body(records, body, spans, meta)
    write_json(records)


main()
