#!/usr/bin/env python3
"""gen_turns50.py: people, streets and births spread over a conversation, as whole API request
bodies (tune set; branch turns50, written and committed before any detector or rewrite rule was
read and before hush was run on it), from the public brief of the twenty-second blind set's
multi-turn family, in other domains than that set's: vet practice, dentist, gym, bank branch,
moving company, wedding venue, school office, council services, car dealer, travel agent.

Every record is one conversation of 3-8 turns (metadata.shape says which asks it holds):
- a paste: the user's first message holds part of a person's record (labelled lines or a
  sentence) and asks for the domain's form;
- the assistant asks for what is missing (`What's the date of birth?`, `Which street?`, `Wie
  heißt der Patient?`, `Name and date of birth?`), now and then quoting what it already has
  (`I have Jana Dvořáková from your note.`);
- the user answers with a bare value: a whole name, a given name alone, a surname alone
  (`And the surname?`), lower case now and then, a date of birth in the language's forms
  (`14.05.1988`, `the 3rd of May 84`, `14 Μαΐου 1988`), a street with or without its postcode
  and town; several values on one line (`Ana Ruiz, 3/4/1990`); a quarter of the non-English
  conversations have the assistant ask in English and the user answer in their language;
- the assistant reads the record back, quoted with `>` or in a sentence; one value in it is
  wrong (a misheard surname, day or house number);
- the user's correction names the wrong and the right value (`no, 15.05.1988 not 14.05.1988`,
  `nicht Müller, Möller`, `sorry, it's Calle Olmo 9`), and the assistant's last turn quotes the
  right one.
Look-alikes as NEG_ spans in the same turns: bare dates answering `When is the appointment?`
(NEG_DATE), bare numbers answering `How many?` (NEG_NUMBER), a firm's office given as the
meeting place (NEG_ADDR), a pet's or a product's name as a bare answer (NEG_PET, NEG_PRODUCT),
corrections of things that are not PII (`not v2.1, v2.2`, `not 10:30, 11:00`, `not room 4, room
5`: NEG_VERSION, NEG_TIME, NEG_ROOM).
Languages: en, de, fr, es, it, pt, nl, pl, sv, tr, cs, hu, da, ro, el (Greek script); half the
names invented, a fifth of global origin. Bodies: chat-completions, Responses, Anthropic (string
or text blocks), Gemini parts; a third with \\uXXXX escapes, a third compact. Writes JSON (the
names_tune3.json format) to stdout; deterministic; Python stdlib only.
"""
import json
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gen_common import SYL7, END7, MONTHS, ordinal_en, check_spans, invent_syllables, write_json  # noqa: E402,E501

rng = random.Random(20261206 + 50)
records = []
LANGS = ["en", "de", "fr", "es", "it", "pt", "nl", "pl", "sv", "tr", "cs", "hu", "da", "ro", "el"]

REAL = {
    "en": (["Oliver", "Hannah", "Rebecca", "Declan", "Grace", "Ingrid", "Martin", "Chloe"],
           ["Ashworth", "Fletcher", "Brennan", "Whitcombe", "Harding", "Pritchard", "Mills"]),
    "de": (["Ingrid", "Jonas", "Ulrike", "Matthias", "Sabine", "Tobias", "Katrin", "Lukas"],
           ["Müller", "Weber", "Vogel", "Lindner", "Krause", "Hoffmann", "Schäfer", "Brandt"]),
    "fr": (["Camille", "Mathieu", "Claire", "Julien", "Aurélie", "Benoît", "Hélène"],
           ["Dupont", "Lefèvre", "Moreau", "Girard", "Marchand", "Rousseau", "Fontaine"]),
    "es": (["Ana", "Javier", "Lucía", "Pilar", "Sergio", "Carmen", "Rodrigo", "Inés"],
           ["Ruiz", "García", "Navarro", "Romero", "Castillo", "Ortega", "Iglesias"]),
    "it": (["Giulia", "Matteo", "Chiara", "Davide", "Lorenzo", "Francesca", "Elisa"],
           ["Rossi", "Bianchi", "Colombo", "Esposito", "Ricci", "Ferraro", "Greco"]),
    "pt": (["João", "Beatriz", "Inês", "Tiago", "Mariana", "Rui", "Joana"],
           ["Silva", "Ferreira", "Costa", "Carvalho", "Rodrigues", "Pereira", "Almeida"]),
    "nl": (["Sanne", "Daan", "Lotte", "Bram", "Fleur", "Thijs", "Anouk"],
           ["de Vries", "Jansen", "Bakker", "Visser", "Smit", "van Dijk", "Mulder"]),
    "pl": (["Katarzyna", "Piotr", "Agnieszka", "Tomasz", "Małgorzata", "Paweł"],
           ["Kowalczyk", "Wójcik", "Nowak", "Mazur", "Krawczyk", "Lewandowski"]),
    "sv": (["Sven", "Ingrid", "Karin", "Anders", "Linnea", "Erik"],
           ["Lindqvist", "Andersson", "Bergström", "Holm", "Nyberg", "Sjöberg"]),
    "tr": (["Ayşe", "Mehmet", "Zeynep", "Emre", "Elif", "Burak"],
           ["Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Aydın", "Öztürk"]),
    "cs": (["Jana", "Jakub", "Lucie", "Ondřej", "Kateřina", "Jiří"],
           ["Dvořáková", "Novák", "Černá", "Procházka", "Kučerová", "Veselý"]),
    "hu": (["Anna", "Gábor", "Zsófia", "László", "Eszter", "Bence"],
           ["Kovács", "Nagy", "Szabó", "Tóth", "Horváth", "Varga"]),
    "da": (["Mette", "Søren", "Freja", "Mads", "Ida", "Rasmus"],
           ["Jørgensen", "Nielsen", "Christensen", "Mikkelsen", "Kjær", "Dalgaard"]),
    "ro": (["Ioana", "Andrei", "Mihaela", "Bogdan", "Elena", "Radu"],
           ["Popescu", "Ionescu", "Dumitrescu", "Stoica", "Munteanu", "Constantinescu"]),
    "el": (["Ελένη", "Γιώργος", "Κατερίνα", "Νίκος", "Μαρία", "Δημήτρης"],
           ["Παπαδόπουλος", "Οικονόμου", "Γεωργίου", "Νικολάου", "Αντωνίου", "Καραγιάννης"]),
}
GLOBAL = (["Oluwaseun", "Priya", "Wei", "Tariq", "Kwame", "Aiko", "Rahul", "Fatima", "Thanh",
           "Nadia", "Kofi", "Amara", "Hiroshi", "Ngozi", "Arjun", "Layla"],
          ["Adeyemi", "Raghunathan", "Zhang", "Haddad", "Mensah", "Tanaka", "Chatterjee",
           "Benali", "Quispe", "Nguyen", "Okonkwo", "Farouk", "Mwangi", "Suleiman"])
SYL = dict(SYL7)
SYL["pl"] = ["szy", "mar", "bro", "wic", "kol", "dzie", "rze", "lan"]
SYL["sv"] = ["berg", "sjö", "lin", "dal", "strö", "hol", "ek", "vik"]
SYL["tr"] = ["ka", "yıl", "dem", "er", "gül", "tan", "san", "öz"]
SYL["cs"] = ["vla", "dě", "kře", "mir", "sla", "bo", "hru", "ze"]
SYL["hu"] = ["bo", "gyö", "ker", "szi", "lá", "mo", "ré", "zsa"]
SYL["da"] = ["sø", "bjør", "hol", "ren", "kjel", "lund", "dal", "tof"]
SYL["ro"] = ["vla", "dră", "mir", "cea", "bu", "leș", "tă", "ro"]
SYL["el"] = ["κα", "λο", "μη", "τρο", "πα", "νι", "στα", "ρι"]
END = dict(END7)
END["pl"] = ["ski", "czyk", "wicz"]
END["sv"] = ["son", "ström", "qvist"]
END["tr"] = ["oğlu", "can", "er"]
END["cs"] = ["ák", "ová", "ek"]
END["hu"] = ["falvi", "házi", "os"]
END["da"] = ["sen", "gaard", "strup"]
END["ro"] = ["escu", "eanu", "aru"]
END["el"] = ["όπουλος", "ίδης", "άκης"]


def person(lg):
    """(given, surname): a fifth of global origin, the rest half real, half invented."""
    r = rng.random()
    if r < 0.2:
        return rng.choice(GLOBAL[0]), rng.choice(GLOBAL[1])
    if r < 0.6:
        g, s = REAL[lg]
        return rng.choice(g), rng.choice(s)
    g = invent_syllables(rng, SYL[lg], END[lg], False)
    if lg == "el":
        g += rng.choice(["ος", "α", "ης"])
    return g, invent_syllables(rng, SYL[lg], END[lg], True)


def whole(lg, g, s):
    return s + " " + g if lg == "hu" else g + " " + s


VOWELS = "aeiouäöüéèáíóúåøæαεοιυ"


def misheard(w):
    """w with one vowel changed (Müller -> Möller): the value the assistant got wrong."""
    idx = [k for k, ch in enumerate(w) if ch.lower() in VOWELS and k > 0]
    if not idx:
        return w + w[-1]
    k = rng.choice(idx)
    alt = {"a": "e", "e": "a", "i": "e", "o": "a", "u": "o", "ü": "ö", "ö": "ü", "ä": "a",
           "é": "e", "á": "a", "í": "i", "ó": "o", "ú": "u", "å": "a", "ø": "o", "æ": "e",
           "è": "e", "α": "ο", "ε": "α", "ο": "α", "ι": "η", "υ": "ι"}.get(w[k].lower(), "a")
    return w[:k] + alt + w[k + 1:]


# ---- dates ------------------------------------------------------------------------------------------
MON = dict(MONTHS)
MON["el"] = ("Ιανουαρίου Φεβρουαρίου Μαρτίου Απριλίου Μαΐου Ιουνίου Ιουλίου Αυγούστου "
             "Σεπτεμβρίου Οκτωβρίου Νοεμβρίου Δεκεμβρίου").split()
MON["pl"] = ("stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października "
             "listopada grudnia").split()
MON["sv"] = ("januari februari mars april maj juni juli augusti september oktober november "
             "december").split()
MON["tr"] = "Ocak Şubat Mart Nisan Mayıs Haziran Temmuz Ağustos Eylül Ekim Kasım Aralık".split()
MON["cs"] = ("ledna února března dubna května června července srpna září října listopadu "
             "prosince").split()
MON["hu"] = ("január február március április május június július augusztus szeptember október "
             "november december").split()
MON["da"] = ("januar februar marts april maj juni juli august september oktober november "
             "december").split()
MON["ro"] = ("ianuarie februarie martie aprilie mai iunie iulie august septembrie octombrie "
             "noiembrie decembrie").split()


def fmt_date(lg, y, m, d, st=None):
    """A date as a language writes it in style st (drawn when None): numeric, with a month name,
    now and then a two-digit year (`the 3rd of May 84`)."""
    if st is None:
        st = rng.randrange(4)
    yy = "%02d" % (y % 100)
    if lg == "en":
        return ["%02d/%02d/%d" % (d, m, y), "%s %d, %d" % (MON["en"][m - 1], d, y),
                "the %s of %s %s" % (ordinal_en(d), MON["en"][m - 1], yy),
                "%d %s %d" % (d, MON["en"][m - 1], y)][st]
    if lg == "hu":
        return ["%d.%02d.%02d." % (y, m, d), "%d. %s %d." % (y, MON["hu"][m - 1], d),
                "%d-%02d-%02d" % (y, m, d), "%d.%02d.%02d." % (y, m, d)][st]
    if lg == "sv":
        return ["%d-%02d-%02d" % (y, m, d), "%d %s %d" % (d, MON["sv"][m - 1], y),
                "%s%02d%02d" % (yy, m, d), "%d/%d %d" % (d, m, y)][st]
    if lg in ("de", "pl", "tr", "cs", "ro", "da"):
        sep = {"de": ". ", "cs": ". ", "da": ". "}.get(lg, " ")
        return ["%02d.%02d.%d" % (d, m, y), "%d%s%s %d" % (d, sep, MON[lg][m - 1], y),
                "%02d.%02d.%s" % (d, m, yy), "%d.%d.%d" % (d, m, y)][st]
    if lg == "nl":
        return ["%02d-%02d-%d" % (d, m, y), "%d %s %d" % (d, MON["nl"][m - 1], y),
                "%d-%d-%s" % (d, m, yy), "%02d/%02d/%d" % (d, m, y)][st]
    if lg == "el":
        return ["%02d/%02d/%d" % (d, m, y), "%d %s %d" % (d, MON["el"][m - 1], y),
                "%d/%d/%s" % (d, m, yy), "%02d-%02d-%d" % (d, m, y)][st]
    de = " de " if lg in ("es", "pt") else " "
    return ["%02d/%02d/%d" % (d, m, y), "%d%s%s%s%d" % (d, de, MON[lg][m - 1], de, y),
            "%d/%d/%s" % (d, m, yy), "%02d-%02d-%d" % (d, m, y)][st]


def ymd(lo, hi):
    return rng.randint(lo, hi), rng.randint(1, 12), rng.randint(2, 27)


# ---- streets ----------------------------------------------------------------------------------------
STREET = {  # street names, "{s} {n}" format, (postcode, town) pairs
    "en": (["Quarry Lane", "Maple Avenue", "Church Road", "Elm Grove", "Wexford Close"], "{n} {s}",
           [("LS6 2AB", "Leeds"), ("BS1 4DJ", "Bristol"), ("M14 5RT", "Manchester")]),
    "de": (["Lindenweg", "Goethestraße", "Am Mühlbach", "Ahornstr.", "Kastanienallee"], "{s} {n}",
           [("10115", "Berlin"), ("80331", "München"), ("50667", "Köln")]),
    "fr": (["rue des Lilas", "avenue Jean Jaurès", "rue Pasteur", "impasse des Tilleuls"],
           "{n}, {s}", [("69003", "Lyon"), ("75011", "Paris"), ("33000", "Bordeaux")]),
    "es": (["Calle Olmo", "Calle Mayor", "Avenida de América", "Calle del Pez"], "{s} {n}",
           [("28014", "Madrid"), ("41001", "Sevilla"), ("46002", "Valencia")]),
    "it": (["Via Garibaldi", "Via dei Mille", "Viale Monza", "Via Solferino"], "{s} {n}",
           [("20121", "Milano"), ("00184", "Roma"), ("10121", "Torino")]),
    "pt": (["Rua Augusta", "Rua do Carmo", "Rua das Flores", "Travessa do Cabral"], "{s} {n}",
           [("1100-053", "Lisboa"), ("4000-322", "Porto")]),
    "nl": (["Dorpsstraat", "Kerkweg", "Molenlaan", "Berkenhof"], "{s} {n}",
           [("1015 CJ", "Amsterdam"), ("3511 LN", "Utrecht")]),
    "pl": (["ul. Kwiatowa", "ul. Długa", "ul. Polna", "ul. Lipowa"], "{s} {n}",
           [("00-001", "Warszawa"), ("30-002", "Kraków")]),
    "sv": (["Storgatan", "Björkvägen", "Tallstigen", "Kyrkogatan"], "{s} {n}",
           [("111 22", "Stockholm"), ("411 03", "Göteborg")]),
    "tr": (["Bağdat Caddesi", "Atatürk Caddesi", "Lale Sokak"], "{s} No: {n}",
           [("34710", "Kadıköy/İstanbul"), ("06420", "Çankaya/Ankara")]),
    "cs": (["Vinohradská", "Dlouhá", "Husova", "Lipová"], "{s} {n}",
           [("120 00", "Praha 2"), ("602 00", "Brno")]),
    "hu": (["Petőfi utca", "Kossuth Lajos utca", "Rózsa utca"], "{s} {n}.",
           [("1061", "Budapest"), ("6720", "Szeged")]),
    "da": (["Nørregade", "Strandvejen", "Søndergade", "Egevej"], "{s} {n}",
           [("1165", "København K"), ("8000", "Aarhus C")]),
    "ro": (["Strada Lipscani", "Strada Florilor", "Calea Victoriei"], "{s} nr. {n}",
           [("030167", "București"), ("400001", "Cluj-Napoca")]),
    "el": (["Οδός Ερμού", "Λεωφόρος Αλεξάνδρας", "Πατησίων", "Οδός Αγίου Δημητρίου"], "{s} {n}",
           [("105 63", "Αθήνα"), ("546 24", "Θεσσαλονίκη")]),
}


class Addr:
    def __init__(self, lg):
        names, self.fmt, towns = STREET[lg]
        self.lg = lg
        self.name = rng.choice(names)
        self.no = str(rng.randint(2, 140))
        self.pc, self.town = rng.choice(towns)

    def line1(self, no=None):
        return self.fmt.replace("{s}", self.name).replace("{n}", no or self.no)

    def full(self):
        return self.line1() + ", " + self.pc + " " + self.town


# ---- words of each language -------------------------------------------------------------------------
# name, given-alone cue, surname, dob, street, name+dob, appointment when, how many, pet, model,
# meeting place, read-back, labels (name, born, street), sentence, no, not, sorry-it's, updated,
# I-have, paste opener, go-ahead, it's
Q = {
    "en": ("What's the full name?", "What's the patient's first name?", "And the surname?",
           "What's the date of birth?", "Which street?", "Name and date of birth?",
           "When is the appointment?", "How many people?", "What's the pet's name?",
           "Which model?", "Where should we meet your company's team?", "Let me read that back:",
           ("Name", "Date of birth", "Street"), "So that's {N}, born {D}, living at {A}. Correct?",
           "no", "not", "sorry, it's", "Updated:", "I have {N} from your note.",
           "Can you fill in the {X} form? Here's what I have:", "Great, please go ahead.",
           "it's"),
    "de": ("Wie ist der vollständige Name?", "Wie heißt der Patient?", "Und der Nachname?",
           "Wie ist das Geburtsdatum?", "Welche Straße?", "Name und Geburtsdatum?",
           "Wann ist der Termin?", "Wie viele Personen?", "Wie heißt das Tier?",
           "Welches Modell?", "Wo treffen wir das Team Ihrer Firma?", "Ich lese kurz vor:",
           ("Name", "Geburtsdatum", "Straße"), "Also {N}, geboren am {D}, wohnhaft {A}. Stimmt das?",
           "nein", "nicht", "sorry, es ist", "Aktualisiert:", "Ich habe {N} aus Ihrer Notiz.",
           "Kannst du das Formular für {X} ausfüllen? Das habe ich:", "Super, bitte weiter.",
           "es ist"),
    "fr": ("Quel est le nom complet ?", "Comment s'appelle le patient ?", "Et le nom de famille ?",
           "Quelle est la date de naissance ?", "Quelle rue ?", "Nom et date de naissance ?",
           "C'est quand, le rendez-vous ?", "Combien de personnes ?", "Comment s'appelle l'animal ?",
           "Quel modèle ?", "Où retrouver l'équipe de votre société ?", "Je relis :",
           ("Nom", "Date de naissance", "Rue"), "Donc {N}, né(e) le {D}, domicilié(e) {A}. C'est juste ?",
           "non", "pas", "pardon, c'est", "Mis à jour :", "J'ai {N} dans votre note.",
           "Tu peux remplir le formulaire {X} ? Voici ce que j'ai :", "Parfait, vas-y.",
           "c'est"),
    "es": ("¿Cuál es el nombre completo?", "¿Cómo se llama el paciente?", "¿Y el apellido?",
           "¿Cuál es la fecha de nacimiento?", "¿Qué calle?", "¿Nombre y fecha de nacimiento?",
           "¿Cuándo es la cita?", "¿Cuántas personas?", "¿Cómo se llama la mascota?",
           "¿Qué modelo?", "¿Dónde quedamos con el equipo de su empresa?", "Te lo leo:",
           ("Nombre", "Fecha de nacimiento", "Calle"), "Entonces {N}, nacido/a el {D}, con domicilio en {A}. ¿Correcto?",
           "no", "no", "perdón, es", "Actualizado:", "Tengo a {N} de tu nota.",
           "¿Puedes rellenar el formulario de {X}? Esto es lo que tengo:", "Genial, adelante.",
           "es"),
    "it": ("Qual è il nome completo?", "Come si chiama il paziente?", "E il cognome?",
           "Qual è la data di nascita?", "Quale via?", "Nome e data di nascita?",
           "Quando è l'appuntamento?", "Quante persone?", "Come si chiama l'animale?",
           "Quale modello?", "Dove incontriamo il team della sua azienda?", "Rileggo:",
           ("Nome", "Data di nascita", "Via"), "Quindi {N}, nato/a il {D}, residente in {A}. Giusto?",
           "no", "non", "scusa, è", "Aggiornato:", "Ho {N} dalla tua nota.",
           "Puoi compilare il modulo per {X}? Ecco cosa ho:", "Perfetto, procedi.", "è"),
    "pt": ("Qual é o nome completo?", "Como se chama o paciente?", "E o apelido?",
           "Qual é a data de nascimento?", "Que rua?", "Nome e data de nascimento?",
           "Quando é a consulta?", "Quantas pessoas?", "Como se chama o animal?",
           "Que modelo?", "Onde encontramos a equipa da sua empresa?", "Vou reler:",
           ("Nome", "Data de nascimento", "Rua"), "Então {N}, nascido/a a {D}, morada {A}. Certo?",
           "não", "não", "desculpa, é", "Atualizado:", "Tenho {N} da tua nota.",
           "Podes preencher o formulário de {X}? O que tenho:", "Ótimo, avança.", "é"),
    "nl": ("Wat is de volledige naam?", "Hoe heet de patiënt?", "En de achternaam?",
           "Wat is de geboortedatum?", "Welke straat?", "Naam en geboortedatum?",
           "Wanneer is de afspraak?", "Hoeveel personen?", "Hoe heet het dier?",
           "Welk model?", "Waar ontmoeten we het team van uw bedrijf?", "Ik lees het even terug:",
           ("Naam", "Geboortedatum", "Straat"), "Dus {N}, geboren op {D}, wonend aan {A}. Klopt dat?",
           "nee", "niet", "sorry, het is", "Bijgewerkt:", "Ik heb {N} uit je notitie.",
           "Kun je het formulier voor {X} invullen? Dit heb ik:", "Top, ga je gang.", "het is"),
    "pl": ("Jakie jest pełne imię i nazwisko?", "Jak ma na imię pacjent?", "A nazwisko?",
           "Jaka jest data urodzenia?", "Jaka ulica?", "Imię, nazwisko i data urodzenia?",
           "Kiedy jest wizyta?", "Ile osób?", "Jak ma na imię zwierzę?",
           "Jaki model?", "Gdzie spotykamy się z zespołem Pana firmy?", "Odczytuję:",
           ("Imię i nazwisko", "Data urodzenia", "Ulica"), "Czyli {N}, ur. {D}, zamieszkały/a {A}. Zgadza się?",
           "nie", "nie", "przepraszam, to", "Zaktualizowano:", "Mam {N} z Twojej notatki.",
           "Możesz wypełnić formularz dla {X}? Oto co mam:", "Super, działaj.", "to"),
    "sv": ("Vad är det fullständiga namnet?", "Vad heter patienten?", "Och efternamnet?",
           "Vilket är födelsedatumet?", "Vilken gata?", "Namn och födelsedatum?",
           "När är besöket?", "Hur många personer?", "Vad heter djuret?",
           "Vilken modell?", "Var träffar vi ert företags team?", "Jag läser upp:",
           ("Namn", "Födelsedatum", "Gata"), "Alltså {N}, född {D}, boende på {A}. Stämmer det?",
           "nej", "inte", "förlåt, det är", "Uppdaterat:", "Jag har {N} från din anteckning.",
           "Kan du fylla i formuläret för {X}? Det här har jag:", "Toppen, kör.", "det är"),
    "tr": ("Tam adı nedir?", "Hastanın adı ne?", "Ya soyadı?",
           "Doğum tarihi nedir?", "Hangi sokak?", "Ad ve doğum tarihi?",
           "Randevu ne zaman?", "Kaç kişi?", "Hayvanın adı ne?",
           "Hangi model?", "Şirketinizin ekibiyle nerede buluşalım?", "Tekrar okuyorum:",
           ("Ad Soyad", "Doğum tarihi", "Adres"), "Yani {N}, doğum {D}, adres {A}. Doğru mu?",
           "hayır", "değil", "pardon,", "Güncellendi:", "Notunuzdan {N} var.",
           "{X} formunu doldurabilir misin? Elimdekiler:", "Harika, devam et.", ""),
    "cs": ("Jaké je celé jméno?", "Jak se jmenuje pacient?", "A příjmení?",
           "Jaké je datum narození?", "Jaká ulice?", "Jméno a datum narození?",
           "Kdy je termín?", "Kolik osob?", "Jak se jmenuje zvíře?",
           "Jaký model?", "Kde se potkáme s týmem vaší firmy?", "Přečtu to:",
           ("Jméno", "Datum narození", "Ulice"), "Tedy {N}, nar. {D}, bydliště {A}. Sedí to?",
           "ne", "ne", "pardon, je to", "Upraveno:", "Z poznámky mám {N}.",
           "Vyplníš formulář pro {X}? Tohle mám:", "Super, pokračuj.", "je to"),
    "hu": ("Mi a teljes név?", "Hogy hívják a pácienst?", "És a vezetéknév?",
           "Mi a születési dátum?", "Melyik utca?", "Név és születési dátum?",
           "Mikor van az időpont?", "Hány fő?", "Hogy hívják az állatot?",
           "Melyik modell?", "Hol találkozunk a cége csapatával?", "Felolvasom:",
           ("Név", "Születési dátum", "Utca"), "Tehát {N}, született {D}, lakcím {A}. Így van?",
           "nem", "nem", "bocs, az", "Frissítve:", "A jegyzetedből megvan {N}.",
           "Kitöltöd a(z) {X} űrlapot? Ez van meg:", "Szuper, mehet.", "az"),
    "da": ("Hvad er det fulde navn?", "Hvad hedder patienten?", "Og efternavnet?",
           "Hvad er fødselsdatoen?", "Hvilken gade?", "Navn og fødselsdato?",
           "Hvornår er aftalen?", "Hvor mange personer?", "Hvad hedder dyret?",
           "Hvilken model?", "Hvor mødes vi med jeres firmas team?", "Jeg læser op:",
           ("Navn", "Fødselsdato", "Gade"), "Altså {N}, født {D}, bor på {A}. Passer det?",
           "nej", "ikke", "undskyld, det er", "Opdateret:", "Jeg har {N} fra din note.",
           "Kan du udfylde formularen til {X}? Det her har jeg:", "Fint, bare kør.", "det er"),
    "ro": ("Care este numele complet?", "Cum se numește pacientul?", "Și numele de familie?",
           "Care este data nașterii?", "Ce stradă?", "Nume și data nașterii?",
           "Când este programarea?", "Câte persoane?", "Cum se numește animalul?",
           "Ce model?", "Unde ne întâlnim cu echipa firmei dvs.?", "Recitesc:",
           ("Nume", "Data nașterii", "Strada"), "Deci {N}, născut/ă pe {D}, domiciliat/ă în {A}. Corect?",
           "nu", "nu", "scuze, e", "Actualizat:", "Am {N} din nota ta.",
           "Poți completa formularul pentru {X}? Ce am:", "Super, continuă.", "e"),
    "el": ("Ποιο είναι το ονοματεπώνυμο;", "Πώς λέγεται ο ασθενής;", "Και το επώνυμο;",
           "Ποια είναι η ημερομηνία γέννησης;", "Ποια οδός;", "Όνομα και ημερομηνία γέννησης;",
           "Πότε είναι το ραντεβού;", "Πόσα άτομα;", "Πώς λέγεται το ζώο;",
           "Ποιο μοντέλο;", "Πού θα συναντήσουμε την ομάδα της εταιρείας σας;", "Διαβάζω ξανά:",
           ("Όνομα", "Ημερομηνία γέννησης", "Οδός"), "Άρα {N}, γεννημένος/η {D}, διεύθυνση {A}. Σωστά;",
           "όχι", "όχι", "συγγνώμη, είναι", "Ενημερώθηκε:", "Έχω {N} από το σημείωμά σου.",
           "Μπορείς να συμπληρώσεις τη φόρμα για {X}; Έχω αυτά:", "Τέλεια, προχώρα.", "είναι"),
}
(K_NAME, K_GIVEN, K_SUR, K_DOB, K_STREET, K_NAMEDOB, K_WHEN, K_COUNT, K_PET, K_MODEL, K_MEET, K_RB,
 K_LABS, K_SENT, K_NO, K_NOT, K_SORRY, K_UPD, K_HAVE, K_PASTE, K_GO, K_ITS) = range(22)

DOMAINS = ["vet", "dentist", "gym", "bank", "movers", "wedding", "school", "council", "cars", "travel"]
DOMNAME = {
    "en": ["the vet practice", "the dentist", "the gym", "the bank branch", "the moving company",
           "the wedding venue", "the school office", "council services", "the car dealer",
           "the travel agent"],
    "de": ["die Tierarztpraxis", "den Zahnarzt", "das Fitnessstudio", "die Bankfiliale",
           "die Umzugsfirma", "die Hochzeitslocation", "das Schulsekretariat", "das Bürgeramt",
           "das Autohaus", "das Reisebüro"],
    "fr": ["le vétérinaire", "le dentiste", "la salle de sport", "l'agence bancaire",
           "le déménageur", "la salle de mariage", "le secrétariat de l'école", "la mairie",
           "le concessionnaire", "l'agence de voyages"],
    "es": ["la clínica veterinaria", "el dentista", "el gimnasio", "la sucursal del banco",
           "la empresa de mudanzas", "la finca de bodas", "la secretaría del colegio",
           "el ayuntamiento", "el concesionario", "la agencia de viajes"],
    "it": ["il veterinario", "il dentista", "la palestra", "la filiale della banca",
           "la ditta di traslochi", "la location del matrimonio", "la segreteria scolastica",
           "il comune", "il concessionario", "l'agenzia viaggi"],
    "pt": ["o veterinário", "o dentista", "o ginásio", "o balcão do banco", "a empresa de mudanças",
           "a quinta do casamento", "a secretaria da escola", "a junta de freguesia",
           "o stand de automóveis", "a agência de viagens"],
    "nl": ["de dierenarts", "de tandarts", "de sportschool", "het bankkantoor", "het verhuisbedrijf",
           "de trouwlocatie", "de schooladministratie", "de gemeente", "de autodealer",
           "het reisbureau"],
    "pl": ["weterynarza", "dentysty", "siłowni", "oddziału banku", "firmy przeprowadzkowej",
           "sali weselnej", "sekretariatu szkoły", "urzędu gminy", "salonu samochodowego",
           "biura podróży"],
    "sv": ["veterinären", "tandläkaren", "gymmet", "bankkontoret", "flyttfirman",
           "bröllopslokalen", "skolexpeditionen", "kommunen", "bilhandlaren", "resebyrån"],
    "tr": ["veteriner", "diş hekimi", "spor salonu", "banka şubesi", "nakliyat firması",
           "düğün salonu", "okul müdürlüğü", "belediye", "oto bayi", "seyahat acentesi"],
    "cs": ["veterinu", "zubaře", "posilovnu", "pobočku banky", "stěhovací firmu",
           "svatební místo", "školní kancelář", "úřad", "autosalon", "cestovku"],
    "hu": ["állatorvos", "fogorvos", "edzőterem", "bankfiók", "költöztető cég", "esküvői helyszín",
           "iskolatitkárság", "önkormányzat", "autószalon", "utazási iroda"],
    "da": ["dyrlægen", "tandlægen", "fitnesscentret", "bankfilialen", "flyttefirmaet",
           "bryllupsstedet", "skolekontoret", "kommunen", "bilforhandleren", "rejsebureauet"],
    "ro": ["cabinetul veterinar", "dentist", "sala de sport", "sucursala băncii",
           "firma de mutări", "locația de nuntă", "secretariatul școlii", "primărie",
           "dealerul auto", "agenția de turism"],
    "el": ["τον κτηνίατρο", "τον οδοντίατρο", "το γυμναστήριο", "το κατάστημα της τράπεζας",
           "τη μεταφορική", "τον χώρο του γάμου", "τη γραμματεία του σχολείου", "τον δήμο",
           "την αντιπροσωπεία αυτοκινήτων", "το ταξιδιωτικό γραφείο"],
}
PETS = ["Bella", "Max", "Luna", "Oscar", "Rocky", "Milo", "Coco", "Simba", "Nala", "Bruno"]
PRODUCTS = {"cars": ["Octavia Combi", "Golf 8 GTI", "Model 3", "Corolla Hybrid", "Clio V"],
            "gym": ["Premium Plus", "Flex 12", "Student Basic"],
            "bank": ["Konto Smart", "Gold Card", "Easy Saver 2"],
            "travel": ["Kreta All-Inclusive", "City Break Lisboa", "Nordkapp Express"],
            "movers": ["Umzugskarton XL", "Box Pro 60"], "wedding": ["Paket Silber", "Garden Deluxe"],
            "dentist": ["Sonicare 9900", "Invisalign Go"], "school": ["iPad Air", "Tablet S9"],
            "council": ["Parkausweis B", "Bin 240L"], "vet": ["Royal Canin Renal", "Frontline Plus"]}
FIRMS = {"en": "Unit 4, Harbour Business Park", "de": "Industriestraße 12, Halle 3",
         "fr": "ZI des Forges, bâtiment B", "es": "Polígono Las Arenas, nave 7",
         "it": "Zona Industriale, capannone 5", "pt": "Parque Empresarial, armazém 9",
         "nl": "Bedrijventerrein De Hoek, hal 2", "pl": "Park Biznesu, hala 6",
         "sv": "Industrivägen 8, port 4", "tr": "Organize Sanayi Bölgesi 3. Cadde",
         "cs": "Průmyslová zóna, hala C", "hu": "Ipari Park, C épület",
         "da": "Erhvervsparken, hal 5", "ro": "Parcul Industrial, hala 2",
         "el": "ΒΙΠΕ Σίνδου, κτίριο Β"}


# ---- pieces of text with spans (as gen_agent49.py) -------------------------------------------------
def esc(s, ascii_=False):
    return json.dumps(s, ensure_ascii=ascii_)[1:-1]


class P:
    """One piece of text with spans at code-point offsets."""

    def __init__(self, text=""):
        self.text, self.spans = text, []

    def t(self, s):
        self.text += s
        return self

    def s(self, label, v):
        if not label:
            return self.t(v)
        self.spans.append({"entity_type": label, "entity_value": v,
                           "start_position": len(self.text),
                           "end_position": len(self.text) + len(v)})
        self.text += v
        return self

    def fill(self, template, vals):
        """template's {KEY}s replaced by vals[KEY] = (label, text)."""
        i = 0
        while i < len(template):
            j = template.find("{", i)
            if j < 0:
                self.t(template[i:])
                break
            self.t(template[i:j])
            k = template.index("}", j)
            self.s(*vals[template[j + 1:k]])
            i = k + 1
        return self


MARK = "@@DOC%d@@"


def place(body, pieces, ascii_):
    """Each marker k in body replaced by piece k escaped as a JSON string's content; the spans
    move to the bytes that hold them."""
    placed = []
    out = body
    for k, p in enumerate(pieces):
        m = MARK % k
        assert out.count(m) == 1, m
        at = out.index(m)
        et = esc(p.text, ascii_)
        grow = len(et) - len(m)
        placed = [(st + grow if st > at else st, sp) for (st, sp) in placed]
        out = out[:at] + et + out[at + len(m):]
        sp = []
        for s in p.spans:
            pre, val = esc(p.text[:s["start_position"]], ascii_), esc(s["entity_value"], ascii_)
            sp.append((len(pre), len(val), s))
        placed.append((at, sp))
    spans = []
    for (st, sp) in placed:
        for (off, n, s) in sp:
            spans.append(dict(s, entity_value=out[st + off:st + off + n], start_position=st + off,
                              end_position=st + off + n))
    spans.sort(key=lambda s: s["start_position"])
    return out, spans


APIS = ["oai", "anth", "gemini", "resp"]
SYSTEM = "You are the front-desk assistant. Collect what the form needs, one question at a time."


def body(api, n, blocks):
    """A body of n alternating turns (user first), turn k's text at marker k."""
    roles = ["user" if k % 2 == 0 else "assistant" for k in range(n)]
    if api == "oai":
        msgs = [{"role": "system", "content": SYSTEM}] if blocks else []
        msgs += [{"role": r, "content": MARK % k} for k, r in enumerate(roles)]
        return {"model": "gpt-4o", "messages": msgs}
    if api == "anth":
        msgs = [{"role": r, "content": [{"type": "text", "text": MARK % k}] if blocks else MARK % k}
                for k, r in enumerate(roles)]
        return {"model": "claude-sonnet-4-5", "max_tokens": 1024, "system": SYSTEM, "messages": msgs}
    if api == "gemini":
        return {"systemInstruction": {"parts": [{"text": SYSTEM}]}, "contents": [
            {"role": "user" if r == "user" else "model", "parts": [{"text": MARK % k}]}
            for k, r in enumerate(roles)]}
    return {"model": "gpt-4.1", "instructions": SYSTEM, "input": [
        {"role": r, "content": [{"type": "input_text" if r == "user" else "output_text",
                                 "text": MARK % k}]} for k, r in enumerate(roles)]}


def emit(turns, i, lg, dom, shape, api):
    ascii_ = i % 3 == 0
    b = body(api, len(turns), i % 2 == 0)
    text = json.dumps(b, ensure_ascii=ascii_, separators=(",", ":") if i % 3 == 1 else None)
    text, spans = place(text, turns, ascii_)
    check_spans(text, spans)
    json.loads(text)
    records.append({"full_text": text, "spans": spans, "template_id": len(records) % 100,
                    "metadata": {"locale": lg, "class": "turns", "shape": shape, "wrap": api,
                                 "domain": dom, "escaped": ascii_}})


# ---- one conversation -------------------------------------------------------------------------------
class Person:
    def __init__(self, lg):
        self.lg = lg
        self.g, self.s = person(lg)
        y, m, d = ymd(1940, 2016)
        self.ymd, self.st = (y, m, d), rng.randrange(4)
        self.dob = fmt_date(lg, y, m, d, self.st)
        self.addr = Addr(lg)

    def name(self):
        return whole(self.lg, self.g, self.s)

    def other_day(self):
        """The birth date with its day one off, in the same form (what the assistant misheard)."""
        y, m, d = self.ymd
        return fmt_date(self.lg, y, m, d + rng.choice((-1, 1)), self.st)


def lower_maybe(v, p=0.2):
    return v.lower() if rng.random() < p else v


def conv(lg, dom_i, i, api):
    dom = DOMAINS[dom_i]
    cross = lg != "en" and rng.random() < 0.25  # the assistant asks in English
    qa = Q["en"] if cross else Q[lg]
    qu = Q[lg]
    pr = Person(lg)
    name = pr.name()
    # which values the paste holds and which the assistant asks for
    shape = rng.choice(["dob_street", "name_dob", "given_sur", "namedob_line", "street_only",
                        "name_street", "namedob_street"])
    asks = {"dob_street": ["dob", "street"], "name_dob": ["name", "dob"],
            "given_sur": ["given", "sur"], "namedob_line": ["namedob"],
            "street_only": ["street"], "name_street": ["name", "street"],
            "namedob_street": ["namedob", "street"]}[shape]
    have = {"name", "dob", "street"}
    for a in asks:
        have -= {"dob": {"dob"}, "street": {"street"}, "name": {"name"}, "given": {"name"},
                 "sur": {"name"}, "namedob": {"name", "dob"}}[a]
    look = []
    if rng.random() < 0.75:
        kinds = ["when", "count", "meet", "pet" if dom in ("vet", "movers", "travel") else "model"]
        look = rng.sample(kinds, rng.choice((1, 1, 2)))
    # at most 8 turns: paste, 2 per ask, read-back (then a correction and an ack if room)
    while look and (1 + 2 * (len(asks) + len(look)) > 7 or (
            1 + 2 * (len(asks) + len(look)) > 5 and rng.random() < 0.6)):
        look.pop()
    seq = asks[:]
    for lk in look:
        seq.insert(rng.randint(0, len(seq)), lk)
    turns = []
    # the paste
    p = P(qu[K_PASTE].replace("{X}", DOMNAME[lg][dom_i]) + "\n")
    labs = qu[K_LABS]
    for key in ("name", "dob", "street"):
        if key in have:
            if key == "name":
                p.t(labs[0] + ": ").s("PERSON", name).t("\n")
            elif key == "dob":
                p.t(labs[1] + ": ").s("DATE_OF_BIRTH", pr.dob).t("\n")
            else:
                p.t(labs[2] + ": ").s("STREET_ADDRESS", pr.addr.line1()).t("\n")
    if len(have) == 0:
        p.t("(" + {"vet": "new client", "dentist": "new patient", "gym": "new member",
                   "bank": "account opening", "movers": "quote", "wedding": "booking",
                   "school": "enrolment", "council": "resident permit", "cars": "test drive",
                   "travel": "booking"}[dom] + ")\n")
    turns.append(p)
    quoted = False
    wrong_sur = misheard(pr.s)
    for a in seq:
        q = P()
        if not quoted and "name" in have and rng.random() < 0.4 and a != "namedob":
            q.fill(qa[K_HAVE], {"N": ("PERSON", name)}).t(" ")
            quoted = True
        u = P()
        its = qu[K_ITS] + " " if qu[K_ITS] and rng.random() < 0.25 else ""
        if a == "dob":
            q.t(qa[K_DOB])
            u.t(its).s("DATE_OF_BIRTH", pr.dob)
        elif a == "street":
            q.t(qa[K_STREET])
            v = pr.addr.full() if rng.random() < 0.4 else pr.addr.line1()
            u.t(its).s("STREET_ADDRESS", lower_maybe(v, 0.15))
        elif a == "name":
            q.t(qa[K_NAME])
            v = name
            if rng.random() < 0.2 and lg != "hu":
                v = pr.s + ", " + pr.g
            u.s("PERSON", lower_maybe(v))
        elif a == "given":
            q.t(qa[K_GIVEN])
            u.s("PERSON", lower_maybe(pr.g, 0.15))
        elif a == "sur":
            q.t(qa[K_SUR])
            u.s("PERSON", lower_maybe(pr.s, 0.15))
        elif a == "namedob":
            q.t(qa[K_NAMEDOB])
            sep = rng.choice((", ", " ", " - ", "; "))
            u.s("PERSON", name).t(sep).s("DATE_OF_BIRTH", pr.dob)
        elif a == "when":
            q.t(qa[K_WHEN])
            y, m, d = ymd(2026, 2027)
            u.s("NEG_DATE", fmt_date(lg, y, m, d))
            if rng.random() < 0.4:
                u.t(rng.choice((", ", " ", " um ", " at "))).s("NEG_TIME", "%d:%02d" % (
                    rng.randint(8, 18), rng.choice((0, 15, 30, 45))))
        elif a == "count":
            q.t(qa[K_COUNT])
            u.s("NEG_NUMBER", str(rng.randint(2, 180)))
        elif a == "meet":
            q.t(qa[K_MEET])
            u.s("NEG_ADDR", FIRMS[lg])
        elif a == "pet":
            q.t(qa[K_PET])
            u.s("NEG_PET", rng.choice(PETS))
        elif a == "model":
            q.t(qa[K_MODEL])
            u.s("NEG_PRODUCT", rng.choice(PRODUCTS[dom]))
        turns.append(q)
        turns.append(u)
        if len(seq) == 1 and not look and rng.random() < 0.25:
            emit(turns, i, lg, dom, shape + "+short", api)  # three turns: paste, ask, answer
            return
    # the read-back, one value wrong, and the correction
    fix = rng.choice(["sur", "dob", "street", "none"]) if len(turns) + 2 <= 8 else None
    if fix == "none":
        fix = "nonpii"
    vals = {"N": ("PERSON", name), "D": ("DATE_OF_BIRTH", pr.dob),
            "A": ("STREET_ADDRESS", pr.addr.line1())}
    wrong_dob = pr.other_day()
    wrong_no = str(int(pr.addr.no) + rng.choice((1, 2, -1)))
    wrong_line1 = pr.addr.line1(wrong_no)
    if fix == "sur":
        vals["N"] = ("PERSON", whole(lg, pr.g, wrong_sur))
    elif fix == "dob":
        vals["D"] = ("DATE_OF_BIRTH", wrong_dob)
    elif fix == "street":
        vals["A"] = ("STREET_ADDRESS", wrong_line1)
    rb = P()
    if rng.random() < 0.5:
        rb.t(qa[K_RB] + "\n")
        for k, key in enumerate("NDA"):
            rb.t("> " + qa[K_LABS][k] + ": ").s(*vals[key]).t("\n")
        nonpii = None
        if fix == "nonpii":
            nonpii = rng.choice([("NEG_VERSION", "v2.%d", 1, 8), ("NEG_ROOM", "%d", 2, 9),
                                 ("NEG_TIME", "1%d:30", 0, 6)])
            rb.t("> " + {"NEG_VERSION": "Form", "NEG_ROOM": "Room", "NEG_TIME": "Slot"}[
                nonpii[0]] + ": ").s(nonpii[0], nonpii[1] % nonpii[2])
    else:
        rb.fill(qa[K_SENT], vals)
        nonpii = None
        if fix == "nonpii":
            nonpii = rng.choice([("NEG_VERSION", "v2.%d", 1, 8), ("NEG_ROOM", "%d", 2, 9),
                                 ("NEG_TIME", "1%d:30", 0, 6)])
            rb.t(" (" + {"NEG_VERSION": "form", "NEG_ROOM": "room", "NEG_TIME": "slot"}[
                nonpii[0]] + " ").s(nonpii[0], nonpii[1] % nonpii[2]).t(")")
    if fix is None:
        turns.append(rb)
        emit(turns, i, lg, dom, shape + "+rb", api)
        return
    turns.append(rb)
    c = P()
    no, nt, sorry = qu[K_NO], qu[K_NOT], qu[K_SORRY]
    form = rng.randrange(3)
    if fix == "sur":
        if form == 0:
            c.t(no + ", " + nt + " ").s("PERSON", wrong_sur).t(", ").s("PERSON", pr.s)
        elif form == 1:
            c.t(no + ", ").s("PERSON", pr.s).t(" " + nt + " ").s("PERSON", wrong_sur)
        else:
            c.t(sorry + " ").s("PERSON", name)
        right = ("PERSON", name)
        lab = qa[K_LABS][0]
    elif fix == "dob":
        if form == 0:
            c.t(no + ", ").s("DATE_OF_BIRTH", pr.dob).t(" " + nt + " ").s("DATE_OF_BIRTH", wrong_dob)
        elif form == 1:
            c.t(no + ", " + nt + " ").s("DATE_OF_BIRTH", wrong_dob).t(", ").s("DATE_OF_BIRTH", pr.dob)
        else:
            c.t(sorry + " ").s("DATE_OF_BIRTH", pr.dob)
        right = ("DATE_OF_BIRTH", pr.dob)
        lab = qa[K_LABS][1]
    elif fix == "street":
        if form == 0:
            c.t(sorry + " ").s("STREET_ADDRESS", pr.addr.line1())
        elif form == 1:
            c.t(no + ", ").s("STREET_ADDRESS", pr.addr.line1()).t(" " + nt + " " + wrong_no)
        else:
            c.t(no + ", " + nt + " ").s("STREET_ADDRESS", wrong_line1).t(", ").s(
                "STREET_ADDRESS", pr.addr.line1())
        right = ("STREET_ADDRESS", pr.addr.line1())
        lab = qa[K_LABS][2]
    else:
        lab_, fmt, lo, hi = nonpii
        other = fmt % (lo + 1)
        c.t(no + ", ").s(lab_, other).t(" " + nt + " ").s(lab_, fmt % lo)
        right = (lab_, other)
        lab = {"NEG_VERSION": "Form", "NEG_ROOM": "Room", "NEG_TIME": "Slot"}[lab_]
    turns.append(c)
    if len(turns) < 8:
        ack = P(qa[K_UPD] + "\n> " + lab + ": ").s(*right)
        turns.append(ack)
    emit(turns, i, lg, dom, shape + "+fix_" + fix, api)


def main():
    n = 0
    for rep in range(30):
        for k, lg in enumerate(LANGS):
            conv(lg, (rep + k) % len(DOMAINS), n, APIS[(n + n // 4) % 4])
            n += 1
    write_json(records)


main()
