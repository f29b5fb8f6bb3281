#!/usr/bin/env python3
"""gen_fp43.py: look-alikes of people and street addresses beside real ones, written from the
classes of false PERSON and STREET_ADDRESS findings that stop 43's lead listed (and the worst
tune sets' false findings, counted by class), before any detector rule was read or hush was run
on it (branch fp43). A tune set.

Every record holds real people (and most a real street address) next to its look-alikes, so a
veto that drops a real name shows as a miss. Classes (metadata.class):
- `plural`: label lines and column heads with plural people-nouns (`Mitziehende Personen`,
  `Accompanying persons`, `Personnes à charge`, `Osoby towarzyszące`...) over a list of people;
- `building`: buildings named like people on an address line (`Write to Gordon House, ...`);
- `firmline`: a firm of two capitalised words on the line above the street, the addressee
  named with `Attn:`/`z. Hd.`/`à l'attention de`;
- `authority`: issuing authorities (`Landratsamt Ebersberg`, `Préfecture de Police`, `Stadt
  Wien MA 35`, `Questura di Milano`, `Urząd Wojewódzki`, `Göç İdaresi`...) beside the holder;
- `formtitle`: permit and card titles in capitals (`KARTA POBYTU`, `AUFENTHALTSTITEL`,
  `PERMESSO DI SOGGIORNO`...) over the holder's capitalised fields;
- `vessel`: ships, aircraft and trains named after people (`MV Erasmus`, `ICE Konrad Zuse`,
  `Lufthansa D-AIMA "Frankfurt"`) in travel documents with their passengers or crew;
- `namedstreet`: streets named after people, with no house number, in prose and directions
  (`Str. Avram Iancu`, `ul. Adama Mickiewicza`, `Via Giuseppe Verdi`), a real address beside;
- `founding`: a firm's founding or anniversary column (`Anniversaire`, `Gründung`) next to a
  people table whose birth column is real;
- `timecue`: a time of day right before a person (`at 9:57 AM Maria Keller joined`);
- `airline`: airlines and the towns flown to (`She flew Pan Am to Miami`) beside a person;
- `namecue`: the own-name verbs used for something else (`me llamó mucho la atención`, `je
  m'appelle demain`, `mi chiamo fuori`) beside a real self-introduction;
- `prosetown`: towns in prose (`We drove from Ennis to Co. Clare`, `Convention de La Haye`);
- `specialty`: a doctor's specialty after the name (`Dr. med. X, Allgemeinmedizin`);
- `formlabel`: form labels read as names (`Segundo apellido`, `Tipo documento`, `Second
  forename`) over the real values.
Languages en, de, fr, nl, es, it, pt, pl, sv, tr, ro where the class exists. Half the names are
invented (syllables of each language), half common. Writes JSON (the names_tune3.json format)
to stdout; deterministic; Python stdlib only."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gen_common import Doc, write_json  # noqa: E402
import random  # noqa: E402

rng = random.Random(20261205 + 43)
records = []


class D(Doc):
    records = records


LANGS = ["en", "de", "fr", "nl", "es", "it", "pt", "pl", "sv", "tr", "ro"]
REAL = {
    "en": (["Oliver", "Hannah", "Rebecca", "Thomas", "Sarah", "James", "Emily", "Declan"],
           ["Ashworth", "Fletcher", "Brennan", "Whitcombe", "Okafor", "Harding", "Doyle"]),
    "de": (["Maria", "Jonas", "Ulrike", "Matthias", "Sabine", "Tobias", "Katrin", "Lukas"],
           ["Keller", "Weber", "Vogel", "Lindner", "Krause", "Hoffmann", "Schäfer", "Brandt"]),
    "fr": (["Camille", "Mathieu", "Claire", "Julien", "Aurélie", "Benoît"],
           ["Dupont", "Lefèvre", "Moreau", "Girard", "Marchand", "Rousseau"]),
    "nl": (["Sanne", "Pieter", "Femke", "Joost", "Anouk", "Bram"],
           ["de Jong", "Jansen", "Visser", "Bakker", "van Dijk", "Smit", "Mulder"]),
    "es": (["Javier", "Lucía", "Pilar", "Sergio", "Carmen", "Rodrigo"],
           ["García", "Navarro", "Romero", "Castillo", "Ortega", "Iglesias"]),
    "it": (["Giulia", "Matteo", "Chiara", "Davide", "Lorenzo", "Francesca"],
           ["Rossi", "Bianchi", "Colombo", "Esposito", "Ricci", "Ferraro"]),
    "pt": (["João", "Inês", "Tiago", "Mariana", "Rui", "Beatriz"],
           ["Ferreira", "Carvalho", "Sousa", "Pereira", "Almeida", "Ribeiro"]),
    "pl": (["Katarzyna", "Piotr", "Agnieszka", "Tomasz", "Małgorzata", "Paweł"],
           ["Kowalczyk", "Wójcik", "Nowak", "Mazur", "Krawczyk", "Zając", "Lewandowski"]),
    "sv": (["Sven", "Ingrid", "Karin", "Anders", "Linnea", "Erik"],
           ["Lindqvist", "Andersson", "Bergström", "Holm", "Nyberg", "Sjöberg"]),
    "tr": (["Ayşe", "Mehmet", "Zeynep", "Emre", "Elif", "Burak"],
           ["Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Aydın", "Öztürk"]),
    "ro": (["Andreea", "Mihai", "Ioana", "Cristian", "Elena", "Bogdan"],
           ["Popescu", "Ionescu", "Dumitrescu", "Stoica", "Munteanu", "Constantinescu"]),
}
SYL = {"en": (["bran", "wick", "ash", "tor", "mel", "ford", "wen", "der"], ["ton", "ley", "by"]),
       "de": (["bre", "win", "kel", "mau", "gas", "hol", "rutz", "fen"], ["mann", "ler", "bach"]),
       "fr": (["bel", "rou", "quet", "lan", "gau", "vel", "sar", "teau"], ["ier", "aud", "ot"]),
       "nl": (["hui", "ker", "bol", "dij", "sme", "wout", "laar", "gel"], ["ink", "sen", "hof"]),
       "es": (["zar", "mon", "qui", "llo", "bar", "cue", "vi", "dal"], ["ez", "ano", "ejo"]),
       "it": (["bru", "sca", "ghi", "lon", "vel", "maz", "cor", "dan"], ["ini", "etti", "one"]),
       "pt": (["cou", "tin", "bra", "gue", "lha", "mar", "dei", "vas"], ["eira", "ães", "ado"]),
       "pl": (["ko", "wal", "brze", "szy", "dra", "mie", "gro", "sta"], ["ski", "czyk", "iak"]),
       "sv": (["al", "vi", "sig", "ran", "bo", "el", "tor", "mi"], ["sson", "qvist", "ström"]),
       "tr": (["ay", "tem", "kor", "bal", "der", "sun", "gül", "mer"], ["oğlu", "tekin", "han"]),
       "ro": (["dra", "gos", "vil", "mir", "cea", "tru", "lin", "bu"], ["escu", "eanu", "aru"])}


def invent(lg, surname):
    syl, end = SYL[lg]
    w = "".join(rng.choice(syl) for _ in range(rng.choice((2, 2, 3))))
    if surname:
        w += rng.choice(end)
    return w[0].upper() + w[1:]


def person(lg):
    """(given, surname), half real, half invented."""
    if rng.random() < 0.5:
        g, s = REAL[lg]
        return rng.choice(g), rng.choice(s)
    return invent(lg, False), invent(lg, True)


def full(lg):
    g, s = person(lg)
    return g + " " + s


def n(lo=1, hi=180):
    return str(rng.randint(lo, hi))


STREETS = {
    "en": (["Harcourt Road", "Mill Lane", "Station Road", "Baker Street", "Elm Grove", "Kingsway"],
           [("Dublin 2", ""), ("London", "SW1A 1AA"), ("Manchester", "M1 4BT"), ("Leeds", "LS1 4DY")]),
    "de": (["Lindenallee", "Hauptstraße", "Bahnhofstr.", "Am Markt", "Gartenweg", "Kirchgasse"],
           [("Berlin", "10115"), ("München", "80331"), ("Köln", "50667"), ("Ebersberg", "85560")]),
    "fr": (["rue des Lilas", "avenue Jean Jaurès", "boulevard Voltaire", "rue de la Paix", "impasse des Tilleuls"],
           [("Paris", "75011"), ("Lyon", "69003"), ("Rennes", "35000"), ("Lille", "59000")]),
    "nl": (["Keizersgracht", "Dorpsstraat", "Kerkstraat", "Molenweg", "Stationsplein"],
           [("Amsterdam", "1016 DK"), ("Utrecht", "3511 AB"), ("Leiden", "2311 EZ")]),
    "es": (["Calle Mayor", "Calle del Carmen", "Avenida de la Paz", "Paseo de Gracia", "Calle Real"],
           [("Madrid", "28012"), ("Sevilla", "41001"), ("Barcelona", "08007")]),
    "it": (["Via Roma", "Via Dante", "Corso Italia", "Viale dei Mille", "Via del Corso"],
           [("Milano", "20121"), ("Roma", "00186"), ("Torino", "10121")]),
    "pt": (["Rua Augusta", "Avenida da Liberdade", "Rua do Carmo", "Travessa do Forno"],
           [("Lisboa", "1100-048"), ("Porto", "4000-322"), ("Braga", "4700-035")]),
    "pl": (["ul. Długa", "ul. Polna", "ul. Ogrodowa", "al. Niepodległości", "ul. Krótka"],
           [("Warszawa", "00-950"), ("Kraków", "30-001"), ("Gdańsk", "80-001")]),
    "sv": (["Storgatan", "Kungsgatan", "Sveavägen", "Drottninggatan", "Björkvägen"],
           [("Stockholm", "111 22"), ("Göteborg", "411 05"), ("Uppsala", "753 20")]),
    "tr": (["Bağdat Caddesi", "Gül Sokak", "Cumhuriyet Caddesi", "Lale Sokak"],
           [("Kadıköy/İstanbul", "34710"), ("Çankaya/Ankara", "06690"), ("Konak/İzmir", "35250")]),
    "ro": (["Str. Florilor", "Bd. Unirii", "Str. Lalelelor", "Calea Moșilor"],
           [("București", "030167"), ("Cluj-Napoca", "400001"), ("Iași", "700028")]),
}


def address(lg):
    """A numbered street with postcode and town, in the country's order."""
    sts, towns = STREETS[lg]
    st = rng.choice(sts)
    town, pc = rng.choice(towns)
    if lg == "en":
        return n() + " " + st + ", " + town + ((" " + pc) if pc else "")
    if lg == "fr":
        return n() + " " + st + ", " + pc + " " + town
    if lg == "tr":
        return st + " No: " + n(1, 90) + " D: " + n(1, 20) + ", " + pc + " " + town
    if lg == "ro":
        return st + " nr. " + n(1, 90) + ", " + pc + " " + town
    if lg == "it":
        return st + " " + n() + ", " + pc + " " + town
    if lg == "es":
        return st + " " + n() + ", " + pc + " " + town
    return st + " " + n() + ", " + pc + " " + town


def dob(lg):
    y, m, d = rng.randint(1940, 2005), rng.randint(1, 12), rng.randint(1, 28)
    if lg == "en":
        return "%02d/%02d/%04d" % (d, m, y)
    if lg in ("sv", "pl") and rng.random() < 0.5:
        return "%04d-%02d-%02d" % (y, m, d)
    return "%02d.%02d.%04d" % (d, m, y)


def other_date():
    return "%02d.%02d.%04d" % (rng.randint(1, 28), rng.randint(1, 12), rng.randint(2015, 2025))


# ---- plural people-nouns on label lines -------------------------------------------------------
PLURAL = {
    "de": ["Mitziehende Personen", "Mitreisende Personen", "Weitere Haushaltsmitglieder",
           "Unterhaltsberechtigte Kinder", "Mitversicherte Personen", "Zuziehende Familienangehörige"],
    "en": ["Accompanying Persons", "Additional Travellers", "Household Members", "Named Drivers",
           "Dependent Children", "Other Occupants"],
    "fr": ["Personnes à charge", "Personnes accompagnantes", "Ayants droit", "Enfants mineurs",
           "Autres occupants"],
    "nl": ["Meeverhuizende Personen", "Gezinsleden", "Medereizigers", "Inwonende Kinderen"],
    "es": ["Personas Acompañantes", "Beneficiarios Designados", "Hijos Menores", "Otros Ocupantes"],
    "it": ["Persone a Carico", "Familiari Conviventi", "Altri Occupanti", "Figli Minori"],
    "pt": ["Pessoas Dependentes", "Agregado Familiar", "Outros Ocupantes", "Filhos Menores"],
    "pl": ["Osoby Towarzyszące", "Członkowie Rodziny", "Osoby Zameldowane", "Dzieci Małoletnie"],
    "sv": ["Medföljande Personer", "Övriga Familjemedlemmar", "Medresenärer", "Hemmavarande Barn"],
    "tr": ["Birlikte Taşınan Kişiler", "Aile Bireyleri", "Refakatçi Kişiler"],
    "ro": ["Persoane Însoțitoare", "Membrii Familiei", "Copii Minori"],
}
BORN = {"en": "born", "de": "geb.", "fr": "né(e) le", "nl": "geb.", "es": "nacido/a el",
        "it": "nato/a il", "pt": "nascido/a em", "pl": "ur.", "sv": "född", "tr": "doğum tarihi",
        "ro": "născut(ă) la"}
HOLDER = {"en": "Applicant", "de": "Antragsteller/in", "fr": "Demandeur", "nl": "Aanvrager",
          "es": "Solicitante", "it": "Richiedente", "pt": "Requerente", "pl": "Wnioskodawca",
          "sv": "Sökande", "tr": "Başvuru sahibi", "ro": "Solicitant"}
ADDR = {"en": "Address", "de": "Anschrift", "fr": "Adresse", "nl": "Adres", "es": "Domicilio",
        "it": "Indirizzo", "pt": "Morada", "pl": "Adres", "sv": "Adress", "tr": "Adres",
        "ro": "Domiciliu"}


def rec_plural(lg):
    d = D(lg, "plural")
    label = rng.choice(PLURAL[lg])
    d.t(HOLDER[lg] + ": ").span("PERSON", full(lg)).t("\n" + ADDR[lg] + ": ").span("STREET_ADDRESS", address(lg))
    k = rng.randrange(3)
    if k == 0:
        d.t("\n\n").span("NEG_LABEL", label).t(":\n")
        for i in range(rng.randint(1, 3)):
            d.t("%d. " % (i + 1)).span("PERSON", full(lg)).t(", " + BORN[lg] + " ").span("DATE_OF_BIRTH", dob(lg)).t("\n")
    elif k == 1:
        d.t("\n\n").span("NEG_LABEL", label.upper() if rng.random() < 0.3 else label).t("\n")
        for _ in range(rng.randint(1, 3)):
            d.t("- ").span("PERSON", full(lg)).t("\n")
    else:
        d.t("\n\n| ").span("NEG_LABEL", label).t(" | " + BORN[lg] + " |\n|---|---|\n")
        for _ in range(rng.randint(1, 3)):
            d.t("| ").span("PERSON", full(lg)).t(" | ").span("DATE_OF_BIRTH", dob(lg)).t(" |\n")
    d.done()


# ---- buildings named like people --------------------------------------------------------------
BUILDINGS = {
    "en": ["Gordon House", "Nelson House", "Wellington House", "Franklin Court", "Cabot House",
           "Marshall Building", "Clarence House", "Beaumont House", "Henry Wood House"],
    "de": ["Haus Lindner", "Villa Hügel", "Erich-Kästner-Haus", "Haus Rosenthal"],
    "fr": ["Maison Descartes", "Résidence Victor Hugo", "Pavillon Colbert", "Immeuble Lafayette"],
    "nl": ["Gebouw Erasmus", "Huize Beatrix", "Willem Dreeshuis"],
    "es": ["Edificio Cervantes", "Torre Picasso", "Residencia Goya"],
    "it": ["Palazzo Marino", "Casa Manzoni", "Palazzo Giulia", "Residenza Verdi"],
    "pt": ["Edifício Camões", "Torre Vasco da Gama", "Edifício Almeida Garrett"],
}
WRITE = {"en": ["Write to ", "Please send the form to ", "Deliver to ", "Our office: "],
         "de": ["Schreiben Sie an ", "Bitte senden an ", "Unser Büro: "],
         "fr": ["Écrire à ", "Envoyez le dossier à ", "Nos bureaux : "],
         "nl": ["Schrijf naar ", "Stuur het naar ", "Ons kantoor: "],
         "es": ["Escriba a ", "Envíe el formulario a ", "Oficina: "],
         "it": ["Scrivere a ", "Inviare a ", "Sede: "],
         "pt": ["Escreva para ", "Envie para ", "Escritório: "]}


def rec_building(lg):
    d = D(lg, "building")
    b = rng.choice(BUILDINGS[lg])
    k = rng.randrange(3)
    if k == 0:
        d.t(rng.choice(WRITE[lg])).span("NEG_BUILDING", b).t(", ").span("STREET_ADDRESS", address(lg))
        d.t(".\n" + {"en": "Contact: ", "de": "Ansprechpartner: ", "fr": "Contact : "}.get(lg, "Contacto: "))
        d.span("PERSON", full(lg)).t("\n")
    elif k == 1:
        d.span("PERSON", full(lg)).t("\n").span("NEG_BUILDING", b).t("\n").span("STREET_ADDRESS", address(lg)).t("\n")
    else:
        g, s = person(lg)
        d.t({"en": "Dear ", "de": "Liebe/r ", "fr": "Chère ", "nl": "Beste ", "es": "Estimada ",
             "it": "Gentile ", "pt": "Cara "}[lg]).span("PERSON", g + " " + s)
        d.t(",\n" + {"en": "the meeting is at ", "de": "das Treffen ist im ", "fr": "la réunion a lieu à la ",
                     "nl": "de vergadering is in ", "es": "la reunión es en el ", "it": "la riunione è a ",
                     "pt": "a reunião é no "}[lg]).span("NEG_BUILDING", b).t(".\n")
    d.done()


# ---- a firm of two words above the street ------------------------------------------------------
FIRMS = ["Initech Globex", "Vossberg Hanlo", "Brightmoor Kessel", "Norvane Tiltex", "Halcyon Varro",
         "Quensel Ardent", "Stellwerk Nordin", "Lumora Graves", "Keldane Ostrow", "Ventrix Morello",
         "Corvina Baltz", "Orbelle Sandor"]
ATTN = {"en": "Attn: ", "de": "z. Hd. ", "fr": "à l'attention de ", "nl": "t.a.v. ", "es": "A la atención de ",
        "it": "Alla c.a. di ", "pt": "A/C ", "pl": "do rąk ", "sv": "Att: ", "tr": "İlgili: ", "ro": "În atenția "}


def rec_firmline(lg):
    d = D(lg, "firmline")
    f = rng.choice(FIRMS)
    if rng.random() < 0.5:
        d.span("NEG_ORG", f).t("\n" + ATTN[lg]).span("PERSON", full(lg)).t("\n").span("STREET_ADDRESS", address(lg)).t("\n")
    else:
        d.t(ATTN[lg]).span("PERSON", full(lg)).t("\n").span("NEG_ORG", f).t("\n").span("STREET_ADDRESS", address(lg)).t("\n")
    d.done()


# ---- issuing authorities -----------------------------------------------------------------------
AUTH = {
    "de": ["Landratsamt Ebersberg", "Landratsamt Starnberg", "Stadt Wien MA 35", "Bezirkshauptmannschaft Mödling",
           "Ausländerbehörde Köln", "Bürgeramt Mitte", "Standesamt Freiburg", "Bezirksamt Pankow"],
    "fr": ["Préfecture de Police", "Préfecture du Rhône", "Mairie de Lyon", "Sous-préfecture de Brest"],
    "en": ["Home Office", "Passport Office Durham", "Garda National Immigration Bureau", "Registrar General"],
    "nl": ["Gemeente Utrecht", "Gemeente Leiden", "IND Zwolle", "Burgerzaken Den Haag"],
    "es": ["Ayuntamiento de Sevilla", "Comisaría de Policía Valencia", "Registro Civil de Madrid"],
    "it": ["Questura di Milano", "Comune di Torino", "Prefettura di Roma", "Anagrafe Bologna"],
    "pt": ["Câmara Municipal de Braga", "Conservatória do Registo Civil", "AIMA Lisboa"],
    "pl": ["Urząd Wojewódzki w Krakowie", "Urząd Miasta Gdańsk", "Starostwo Powiatowe"],
    "sv": ["Migrationsverket", "Skatteverket Malmö", "Polismyndigheten Uppsala"],
    "tr": ["Göç İdaresi", "İstanbul Valiliği", "Kadıköy Nüfus Müdürlüğü", "Çankaya Kaymakamlığı"],
    "ro": ["Primăria Sibiu", "IGI București", "Direcția de Evidență a Persoanelor", "Primăria Iași"],
}
ISSUED = {"en": "Issued by", "de": "Ausstellende Behörde", "fr": "Délivré par", "nl": "Afgegeven door",
          "es": "Expedido por", "it": "Rilasciato da", "pt": "Emitido por", "pl": "Organ wydający",
          "sv": "Utfärdad av", "tr": "Veren makam", "ro": "Emis de"}
NAMEL = {"en": "Name", "de": "Name", "fr": "Nom", "nl": "Naam", "es": "Nombre", "it": "Nome",
         "pt": "Nome", "pl": "Imię i nazwisko", "sv": "Namn", "tr": "Adı Soyadı", "ro": "Nume"}


def rec_authority(lg):
    d = D(lg, "authority")
    a = rng.choice(AUTH[lg])
    k = rng.randrange(3)
    if k == 0:
        d.t(NAMEL[lg] + ": ").span("PERSON", full(lg)).t("\n" + ADDR[lg] + ": ").span("STREET_ADDRESS", address(lg))
        d.t("\n" + ISSUED[lg] + ": ").span("NEG_ORG", a).t("\n")
    elif k == 1:
        d.span("NEG_ORG", a).t("\n" + NAMEL[lg] + ": ").span("PERSON", full(lg)).t("\n")
        d.t(BORN[lg] + ": ").span("DATE_OF_BIRTH", dob(lg)).t("\n")
    else:
        d.t({"en": "I got the letter from ", "de": "Ich habe den Brief vom ", "fr": "J'ai reçu la lettre de la ",
             "nl": "Ik kreeg de brief van de ", "es": "Recibí la carta del ", "it": "Ho ricevuto la lettera dalla ",
             "pt": "Recebi a carta da ", "pl": "Dostałem pismo z ", "sv": "Jag fick brevet från ",
             "tr": "Mektubu aldım: ", "ro": "Am primit scrisoarea de la "}[lg]).span("NEG_ORG", a)
        d.t(" – ").span("PERSON", full(lg)).t(" " + {"en": "signed it.", "de": "hat unterschrieben.",
                                                      "fr": "l'a signée.", "nl": "tekende.", "es": "la firmó.",
                                                      "it": "l'ha firmata.", "pt": "assinou.", "pl": "podpisał.",
                                                      "sv": "skrev under.", "tr": "imzaladı.", "ro": "a semnat."}[lg])
    d.done()


# ---- permit titles in capitals -----------------------------------------------------------------
TITLES = {"pl": ["KARTA POBYTU", "ZEZWOLENIE NA POBYT"], "de": ["AUFENTHALTSTITEL", "AUFENTHALTSERLAUBNIS", "REISEPASS"],
          "it": ["PERMESSO DI SOGGIORNO", "CARTA DI IDENTITÀ"], "fr": ["TITRE DE SÉJOUR", "CARTE DE RÉSIDENT"],
          "nl": ["VERBLIJFSVERGUNNING", "VERBLIJFSDOCUMENT"], "es": ["TARJETA DE RESIDENCIA", "PERMISO DE RESIDENCIA"],
          "sv": ["UPPEHÅLLSTILLSTÅND", "UPPEHÅLLSKORT"], "tr": ["İKAMET İZNİ", "KİMLİK KARTI"],
          "ro": ["PERMIS DE ȘEDERE", "CARTE DE REZIDENȚĂ"], "pt": ["AUTORIZAÇÃO DE RESIDÊNCIA", "CARTÃO DE RESIDENTE"],
          "en": ["RESIDENCE PERMIT", "BIOMETRIC RESIDENCE PERMIT"]}
SURL = {"en": ("Surname", "Given names"), "de": ("Name", "Vornamen"), "fr": ("Nom", "Prénoms"),
        "nl": ("Naam", "Voornamen"), "es": ("Apellidos", "Nombre"), "it": ("Cognome", "Nome"),
        "pt": ("Apelido", "Nome"), "pl": ("Nazwisko", "Imiona"), "sv": ("Efternamn", "Förnamn"),
        "tr": ("Soyadı", "Adı"), "ro": ("Nume", "Prenume")}


def rec_formtitle(lg):
    d = D(lg, "formtitle")
    g, s = person(lg)
    sl, gl = SURL[lg]
    d.span("NEG_TITLE", rng.choice(TITLES[lg])).t("\n")
    if rng.random() < 0.5:
        d.t(sl.upper() + " / SURNAME\n").span("PERSON", s.upper()).t("\n" + gl.upper() + " / GIVEN NAMES\n").span("PERSON", g.upper())
    else:
        d.t(sl + ": ").span("PERSON", s.upper()).t("\n" + gl + ": ").span("PERSON", g)
    d.t("\n" + BORN[lg] + ": ").span("DATE_OF_BIRTH", dob(lg)).t("\n")
    d.done()


# ---- ships, aircraft and trains named after people ---------------------------------------------
VESSELS = ["MV Erasmus", "MS Fridtjof Nansen", "MS Roald Amundsen", "RV Maria S. Merian", "MV Johanna Schulte",
           "ICE Konrad Zuse", "ICE Marie Curie", "IC Rembrandt", "Frecciarossa Leonardo", "AVE Miguel de Cervantes",
           'Lufthansa D-AIMA "Frankfurt"', 'KLM PH-BVA "Amelia Earhart"', 'D-ABYA "Brandenburg"',
           "Queen Mary 2", "Color Magic", "Stena Britannica", "MSC Grandiosa", "MV Isle of Innisfree"]
TRAVEL = {"en": ("Passenger", "Vessel"), "de": ("Reisende/r", "Schiff/Zug"), "fr": ("Passager", "Navire"),
          "nl": ("Reiziger", "Schip"), "es": ("Pasajero", "Buque"), "it": ("Passeggero", "Nave"),
          "pt": ("Passageiro", "Navio"), "pl": ("Pasażer", "Statek"), "sv": ("Passagerare", "Fartyg"),
          "tr": ("Yolcu", "Gemi"), "ro": ("Pasager", "Nava")}


def rec_vessel(lg):
    d = D(lg, "vessel")
    v = rng.choice(VESSELS)
    p, vl = TRAVEL[lg]
    k = rng.randrange(3)
    if k == 0:
        d.t(p + ": ").span("PERSON", full(lg)).t("\n" + vl + ": ").span("NEG_VESSEL", v).t("\n")
        d.t(ADDR[lg] + ": ").span("STREET_ADDRESS", address(lg)).t("\n")
    elif k == 1:
        d.t({"en": "We boarded the ", "de": "Wir sind mit der ", "fr": "Nous avons pris le ",
             "nl": "We gingen aan boord van de ", "es": "Subimos al ", "it": "Siamo saliti sulla ",
             "pt": "Embarcámos no ", "pl": "Wsiedliśmy na ", "sv": "Vi gick ombord på ",
             "tr": "Bindiğimiz gemi ", "ro": "Ne-am îmbarcat pe "}[lg]).span("NEG_VESSEL", v)
        d.t(" " + {"en": "with", "de": "gefahren, mit", "fr": "avec", "nl": "met", "es": "con", "it": "con",
                   "pt": "com", "pl": "z", "sv": "med", "tr": "ile", "ro": "cu"}[lg] + " ").span("PERSON", full(lg)).t(".\n")
    else:
        g, s = person(lg)
        d.t("CREW LIST – ").span("NEG_VESSEL", v).t("\n1 | ").span("PERSON", s.upper() + ", " + g).t(" | Master | ")
        d.span("DATE_OF_BIRTH", dob(lg)).t("\n")
    d.done()


# ---- streets named after people, no number ------------------------------------------------------
NSTREET = {"ro": ["Str. Avram Iancu", "Str. Mihai Eminescu", "Bd. Ion C. Brătianu"],
           "pl": ["ul. Adama Mickiewicza", "ul. Jana Pawła II", "al. Józefa Piłsudskiego"],
           "it": ["Via Giuseppe Verdi", "Corso Vittorio Emanuele", "Piazza Garibaldi"],
           "fr": ["rue Victor Hugo", "avenue Émile Zola", "boulevard Jean Moulin"],
           "es": ["Calle de Francisco Silvela", "Avenida Blasco Ibáñez", "Calle Ramón y Cajal"],
           "pt": ["Avenida Fernando Pessoa", "Rua Luís de Camões", "Praça Marquês de Pombal"],
           "de": ["Konrad-Adenauer-Straße", "Goethestraße", "Friedrich-Ebert-Platz"],
           "nl": ["Johan de Wittlaan", "Van Goghstraat", "Willem Barentszstraat"],
           "sv": ["Selma Lagerlöfs väg", "Birger Jarlsgatan", "Olof Palmes gata"],
           "tr": ["İsmet İnönü Bulvarı", "Fevzi Çakmak Sokak", "Atatürk Caddesi"],
           "en": ["Nelson Mandela Way", "Abraham Lincoln Avenue", "Winston Churchill Avenue"]}


def rec_namedstreet(lg):
    d = D(lg, "namedstreet")
    st = rng.choice(NSTREET[lg])
    intro = {"en": "The shop is on ", "de": "Der Laden ist in der ", "fr": "La boutique est ", "nl": "De winkel zit aan de ",
             "es": "La tienda está en la ", "it": "Il negozio è in ", "pt": "A loja fica na ", "pl": "Sklep jest przy ",
             "sv": "Butiken ligger på ", "tr": "Dükkan ", "ro": "Magazinul este pe "}[lg]
    tail = {"en": ", near the park.", "de": ", gleich beim Park.", "fr": ", près du parc.", "nl": ", vlak bij het park.",
            "es": ", junto al parque.", "it": ", vicino al parco.", "pt": ", perto do parque.", "pl": ", koło parku.",
            "sv": ", nära parken.", "tr": " üzerinde, parkın yanında.", "ro": ", lângă parc."}[lg]
    d.t(intro).span("NEG_STREET", st).t(tail + " ")
    d.span("PERSON", full(lg)).t(" " + {"en": "lives at", "de": "wohnt in der", "fr": "habite au", "nl": "woont op",
                                          "es": "vive en", "it": "abita in", "pt": "mora na", "pl": "mieszka przy",
                                          "sv": "bor på", "tr": "şurada oturuyor:", "ro": "locuiește pe"}[lg] + " ")
    d.span("STREET_ADDRESS", address(lg)).t(".\n")
    d.done()


# ---- founding and anniversary columns ----------------------------------------------------------
FOUND = {"fr": ("Société", "Anniversaire", "Date de naissance"), "de": ("Firma", "Gründung", "Geburtsdatum"),
         "en": ("Company", "Founded", "Date of birth"), "nl": ("Bedrijf", "Opgericht", "Geboortedatum"),
         "es": ("Empresa", "Aniversario", "Fecha de nacimiento"), "it": ("Azienda", "Anniversario", "Data di nascita"),
         "pt": ("Empresa", "Aniversário", "Data de nascimento")}
FIRM2 = ["Boulangerie Martin", "Brasserie du Port", "Müller Logistik GmbH", "Verlag Rosenthal", "Atelier Colbert",
         "Bakkerij Visser", "Hermanos Ortega S.L.", "Fratelli Ricci S.r.l.", "Sousa & Filhos Lda"]


def rec_founding(lg):
    d = D(lg, "founding")
    fl, al, bl = FOUND[lg]
    d.t("| " + fl + " | " + al + " |\n|---|---|\n")
    for _ in range(rng.randint(1, 3)):
        d.t("| " + rng.choice(FIRM2) + " | ").span("NEG_DATE", other_date().replace("20", "19", 1)).t(" |\n")
    d.t("\n| " + NAMEL[lg] + " | " + bl + " |\n|---|---|\n")
    for _ in range(rng.randint(1, 2)):
        d.t("| ").span("PERSON", full(lg)).t(" | ").span("DATE_OF_BIRTH", dob(lg)).t(" |\n")
    d.done()


# ---- a time right before a person ---------------------------------------------------------------
def rec_timecue(lg):
    d = D(lg, "timecue")
    h, m = rng.randint(1, 12), rng.randint(0, 59)
    tm = "%d:%02d %s" % (h, m, rng.choice(["AM", "PM"])) if lg == "en" or rng.random() < 0.3 else "%02d:%02d" % (h + 7, m)
    verb = {"en": "joined the call", "de": "ist beigetreten", "fr": "a rejoint l'appel", "nl": "deed mee",
            "es": "se unió", "it": "è entrato", "pt": "entrou na chamada", "pl": "dołączył(a)",
            "sv": "anslöt", "tr": "katıldı", "ro": "s-a alăturat"}[lg]
    at = {"en": "at ", "de": "um ", "fr": "à ", "nl": "om ", "es": "a las ", "it": "alle ", "pt": "às ", "pl": "o ",
          "sv": "kl. ", "tr": "saat ", "ro": "la ora "}[lg]
    d.t(at).span("NEG_TIME", tm).t(" ").span("PERSON", full(lg)).t(" " + verb + ", " + at)
    d.span("NEG_TIME", "%02d:%02d" % (rng.randint(8, 18), rng.randint(0, 59))).t(" ").span("PERSON", full(lg)).t(" " + verb + ".\n")
    d.done()


# ---- airlines and the towns flown to ----------------------------------------------------------
AIRLINES = ["Pan Am", "Aer Lingus", "Iberia", "Alitalia", "Sabena", "Swissair", "TAP Air Portugal", "Ryanair",
            "Norwegian", "Wizz Air", "Pegasus", "Tarom"]
TOWNS = ["Miami", "Orlando", "Boston", "Houston", "Lisbon", "Faro", "Malaga", "Palermo", "Bergen", "Antalya",
         "Timișoara", "Dallas", "Denver", "Phoenix", "Madison", "Austin"]


def rec_airline(lg):
    d = D(lg, "airline")
    fly = {"en": (" flew ", " to "), "de": (" flog mit ", " nach "), "fr": (" a pris ", " pour "),
           "nl": (" vloog met ", " naar "), "es": (" voló con ", " a "), "it": (" ha volato con ", " a "),
           "pt": (" voou pela ", " para "), "pl": (" leciał(a) liniami ", " do "), "sv": (" flög med ", " till "),
           "tr": (" ile uçtu: ", " yönüne, "), "ro": (" a zburat cu ", " spre ")}[lg]
    d.span("PERSON", full(lg)).t(fly[0]).span("NEG_ORG", rng.choice(AIRLINES)).t(fly[1]).span("NEG_PLACE", rng.choice(TOWNS))
    d.t(" in %d." % rng.randint(1965, 2019))
    if rng.random() < 0.5:
        d.t(" " + ADDR[lg] + ": ").span("STREET_ADDRESS", address(lg)).t(".")
    d.t("\n")
    d.done()


# ---- own-name verbs used for something else ----------------------------------------------------
NAMECUE = {
    "es": ["Me llamó mucho la atención el precio.", "Me llamó ayer para confirmar.", "Se llama así porque es corto.",
           "me llamo la atención que nadie respondiera", "Te llamo mañana, ¿vale?"],
    "fr": ["Je m'appelle demain pour confirmer ? Non, il m'appelle demain.", "Il s'appelle comme ça depuis toujours.",
           "Ça s'appelle reviens vite."],
    "it": ["Mi chiamo fuori da questa discussione.", "Ti chiamo dopo pranzo.", "Si chiama così perché è veloce."],
    "pt": ["Chamo-me à razão: o prazo acabou.", "Eu te chamo amanhã cedo.", "Chama-se assim por causa do rio."],
    "en": ["My name is on the list already.", "I'm called back every time it fails.", "They call me whenever it breaks."],
    "de": ["Ich heiße das nicht gut.", "Ich nenne mich selten so.", "Mein Name ist da schon drauf."],
    "nl": ["Ik heet u welkom namens het team.", "Mijn naam staat al op de lijst."],
    "pl": ["Nazywam się tu tylko gościem.", "Mam na imię tak samo jak dziadek."],
    "sv": ["Jag heter inte något speciellt här.", "Mitt namn står redan på listan."],
    "tr": ["Benim adım listede zaten var.", "Adım geçmesin lütfen."],
    "ro": ["Mă numesc aici doar oaspete.", "Numele meu e deja pe listă."],
}
INTRO = {"es": "Me llamo ", "fr": "Je m'appelle ", "it": "Mi chiamo ", "pt": "Chamo-me ", "en": "My name is ",
         "de": "Ich heiße ", "nl": "Ik heet ", "pl": "Nazywam się ", "sv": "Jag heter ", "tr": "Benim adım ",
         "ro": "Mă numesc "}


def rec_namecue(lg):
    d = D(lg, "namecue")
    s = rng.choice(NAMECUE[lg])
    d.span("NEG_PHRASE", s).t(" " + INTRO[lg]).span("PERSON", full(lg)).t(".\n")
    d.done()


# ---- towns in prose -----------------------------------------------------------------------------
PROSE_TOWN = {"en": [("We drove from ", "Ennis", " to Co. Clare."), ("The bus from ", "Tralee", " was late."),
                     ("We stayed in ", "Preston", " for a week."), ("It rained all day in ", "Hastings", "."),
                     ("Trains to ", "Lincoln", " are cancelled."), ("Flights from ", "Darwin", " resume Monday.")],
              "fr": [("Convention de ", "La Haye", " du 5 octobre 1961"), ("Le train pour ", "Saint-Étienne", " part à 9 h."),
                     ("Nous sommes passés par ", "Martigues", ".")],
              "de": [("Wir sind von ", "Lindau", " nach Bregenz gefahren."), ("Der Zug nach ", "Bergen", " fällt aus.")],
              "nl": [("We reden van ", "Ede", " naar Arnhem."), ("Verdrag van ", "Den Haag", " (1961).")],
              "es": [("Fuimos de ", "Valencia", " a Teruel."), ("El tren a ", "Soria", " sale a las 8.")],
              "it": [("Siamo andati da ", "Bergamo", " a Lecco."), ("Convenzione dell'", "Aja", " del 1961.")],
              "pt": [("Fomos de ", "Viseu", " a Guarda."), ("Convenção da ", "Haia", " de 1961.")]}


def rec_prosetown(lg):
    d = D(lg, "prosetown")
    a, town, b = rng.choice(PROSE_TOWN[lg])
    d.t(a).span("NEG_PLACE", town).t(b + " ").span("PERSON", full(lg)).t(
        {"en": " was driving.", "fr": " conduisait.", "de": " ist gefahren.", "nl": " reed.", "es": " conducía.",
         "it": " guidava.", "pt": " conduzia."}[lg] + "\n")
    d.done()


# ---- a doctor's specialty after the name --------------------------------------------------------
SPEC = {"de": ("Dr. med. ", ["Allgemeinmedizin", "Innere Medizin", "Kinder- und Jugendmedizin", "Dermatologie",
                             "Frauenheilkunde", "Zahnheilkunde"]),
        "fr": ("Dr ", ["médecine générale", "Pédiatrie", "Cardiologie", "Dermatologie"]),
        "nl": ("Dr. ", ["Huisartsgeneeskunde", "Kindergeneeskunde", "Cardiologie"]),
        "it": ("Dott. ", ["Medicina Generale", "Pediatria", "Cardiologia"]),
        "es": ("Dra. ", ["Medicina Familiar", "Pediatría", "Cardiología"]),
        "pt": ("Dr. ", ["Medicina Geral e Familiar", "Pediatria"]),
        "pl": ("lek. ", ["Medycyna Rodzinna", "Pediatria", "Kardiologia"]),
        "en": ("Dr ", ["General Practice", "Paediatrics", "Internal Medicine", "Dermatology"])}


def rec_specialty(lg):
    d = D(lg, "specialty")
    title, specs = SPEC[lg]
    d.t(title).span("PERSON", full(lg)).t(", ").span("NEG_SPECIALTY", rng.choice(specs)).t(", ")
    d.span("STREET_ADDRESS", address(lg)).t("\n")
    if rng.random() < 0.5:
        d.t({"de": "Patient/in: ", "fr": "Patient : ", "nl": "Patiënt: ", "it": "Paziente: ", "es": "Paciente: ",
             "pt": "Utente: ", "pl": "Pacjent: ", "en": "Patient: "}[lg]).span("PERSON", full(lg)).t("\n")
    d.done()


# ---- form labels read as names ------------------------------------------------------------------
FLABEL = {"es": [("Primer apellido", "Segundo apellido", "Nombre"), ("Tipo documento", "Apellidos", "Nombre")],
          "it": [("Tipo documento", "Cognome", "Nome"), ("Secondo nome", "Cognome", "Nome")],
          "en": [("Second forename", "Surname", "First name"), ("Middle name", "Last name", "First name")],
          "pt": [("Segundo nome", "Apelido", "Nome"), ("Tipo documento", "Apelido", "Nome")],
          "fr": [("Deuxième prénom", "Nom", "Prénom")], "de": [("Zweiter Vorname", "Nachname", "Vorname")],
          "ro": [("Al doilea prenume", "Nume", "Prenume")], "pl": [("Drugie imię", "Nazwisko", "Imię")]}


def rec_formlabel(lg):
    d = D(lg, "formlabel")
    l1, l2, l3 = rng.choice(FLABEL[lg])
    g, s = person(lg)
    up = rng.random() < 0.5
    d.t(l2 + ": ").span("PERSON", s.upper() if up else s).t("\n")
    d.span("NEG_LABEL", l1).t(": " + rng.choice(["-", "—", "", "PASSAPORTO", "DNI"]) + "\n")
    d.t(l3 + ": ").span("PERSON", g.upper() if up else g).t("\n")
    d.t(ADDR.get(lg, "Address") + ": ").span("STREET_ADDRESS", address(lg)).t("\n")
    d.done()


PLAN = [(rec_plural, LANGS, 44), (rec_building, list(BUILDINGS), 28), (rec_firmline, LANGS, 22),
        (rec_authority, LANGS, 44), (rec_formtitle, LANGS, 33), (rec_vessel, LANGS, 33),
        (rec_namedstreet, LANGS, 33), (rec_founding, list(FOUND), 21), (rec_timecue, LANGS, 22),
        (rec_airline, LANGS, 22), (rec_namecue, LANGS, 33), (rec_prosetown, list(PROSE_TOWN), 21),
        (rec_specialty, list(SPEC), 24), (rec_formlabel, list(FLABEL), 24)]

for fn, langs, count in PLAN:
    for i in range(count):
        fn(langs[i % len(langs)])

write_json(records)
