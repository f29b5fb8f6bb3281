#!/usr/bin/env python3
"""gen_fp44.py: look-alikes of people in the kinds of text of the fourth, fifteenth and sixteenth
blind sets (from their public briefs only: the run.sh titles and README rows), each in the slot
where a person stands and beside real people in the same record, written before any detector
rule was read or hush was run on it (branch fp44). A tune set.

Most templates hold a *slot* that is filled half the time with a person (PERSON) and half the
time with the look-alike its label allows (`Assigned to: Tier 2 Billing` / `Assigned to: Maria
Keller`, `<Cdtr><Nm>Stadtwerke Ulm GmbH</Nm>` / `<Cdtr><Nm>Maria Keller</Nm>`), so a rule that
drops the slot shows as a miss. Classes (metadata.class), by the set whose kinds they follow:
- fourth (`f4_*`): ticket queues and teams, plans and products, chat bots and integrations,
  recruiting agencies and job titles, journals and publishers in citations, law firms, case names,
  drugs and devices, airlines and hotel brands, funds and banks, libraries and packages,
  OCR-broken label words;
- fifteenth (`f15_*`): unit call signs, wake words and device names, ranks and units, handles,
  school subjects and classes, airline and airport codes and luggage brands, pawned items, grave
  sections, registrars, horses and studs, casting roles and agencies, telecom operators,
  creditors and collection agencies, prisons, data-protection authorities and controllers, gyms,
  classes and gear, camp groups;
- sixteenth (`f16_*`): trial and drug codes, sponsors and CROs, vehicle makes and models,
  insurers, courts and youth offices, trademarks, banks and creditors in SEPA `<Nm>`, energy
  suppliers, media outlets, translated UI strings, room types and rate codes, doors and zones,
  firearm makes, contractors, hospitals and wards, implant makers, laboratories, departments,
  assembly points, embassies and consulates.
Decision on case names: a reported precedent with its law-report citation (`Donoghue v Stevenson
[1932] AC 562`) is a public legal term, NEG_CASE; the parties of a private matter's caption
(`Keller v. Weber, Az. 3 O 114/24`) are people, PERSON.
Languages en, de, fr, nl, es, it, pt, pl, sv, da, cs, tr, ro; capitals in forms. Half the names
are invented (syllables of each language), half common. Writes JSON (the names_tune3.json
format) to stdout; deterministic; Python stdlib only."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gen_common import Doc, write_json  # noqa: E402
import random  # noqa: E402

rng = random.Random(20261205 + 44)
records = []


class D(Doc):
    records = records

    def slot(self, key, kw):
        kind, _, arg = key.partition(":")
        lg = self.lg
        if kind == "P":
            self.span("PERSON", full(lg))
        elif kind == "PU":
            self.span("PERSON", full(lg).upper())
        elif kind == "PC":
            g, s = person(lg)
            self.span("PERSON", s.upper() + ", " + g)
        elif kind == "PS":
            self.span("PERSON", person(lg)[1])
        elif kind == "PG":
            self.span("PERSON", person(lg)[0])
        elif kind == "PI":
            g, s = person(lg)
            self.span("PERSON", s + " " + g[0] + ".")
        elif kind == "A":
            self.span("STREET_ADDRESS", address(lg))
        elif kind == "B":
            self.span("DATE_OF_BIRTH", dob(lg))
        elif kind == "DT":
            self.span("NEG_DATE", other_date())
        elif kind == "#":
            self.t(str(rng.randint(10, 9999)))
        elif kind in ("N", "NU"):
            v = pick(arg, lg)
            self.span("NEG_" + arg.upper(), v.upper() if kind == "NU" else v)
        elif kind in ("S", "SU"):
            # the slot a person stands in: half a person, half the look-alike its label allows
            if rng.random() < 0.5:
                self.span("PERSON", full(lg).upper() if kind == "SU" else full(lg))
            else:
                v = pick(arg, lg)
                self.span("NEG_" + arg.upper(), v.upper() if kind == "SU" else v)
        else:
            raise ValueError(key)


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
           ["Kowalczyk", "Wójcik", "Nowak", "Mazur", "Krawczyk", "Zając"]),
    "sv": (["Sven", "Ingrid", "Karin", "Anders", "Linnea", "Erik"],
           ["Lindqvist", "Andersson", "Bergström", "Holm", "Nyberg", "Sjöberg"]),
    "da": (["Mette", "Rasmus", "Freja", "Søren", "Ida", "Mikkel"],
           ["Nielsen", "Jørgensen", "Madsen", "Kristensen", "Østergaard", "Poulsen"]),
    "cs": (["Jana", "Petr", "Lucie", "Tomáš", "Veronika", "Jiří"],
           ["Novák", "Dvořáková", "Svoboda", "Procházka", "Černá", "Kučera"]),
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
       "da": (["as", "ker", "mo", "lund", "ha", "bjer", "ste", "vig"], ["sen", "gaard", "holm"]),
       "cs": (["dvo", "ra", "kle", "mi", "bo", "sla", "ve", "tr"], ["ák", "ová", "ický"]),
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
    "en": (["Harcourt Road", "Mill Lane", "Station Road", "Elm Grove", "Kingsway"],
           [("London", "SE1 7PB"), ("Manchester", "M1 4BT"), ("Leeds", "LS1 4DY"), ("Bristol", "BS1 5TR")]),
    "de": (["Lindenallee", "Hauptstraße", "Bahnhofstr.", "Gartenweg", "Kirchgasse"],
           [("Berlin", "10115"), ("München", "80331"), ("Köln", "50667"), ("Hamburg", "20095")]),
    "fr": (["rue des Lilas", "boulevard Voltaire", "rue de la Paix", "impasse des Tilleuls"],
           [("Paris", "75011"), ("Lyon", "69003"), ("Rennes", "35000"), ("Lille", "59000")]),
    "nl": (["Keizersgracht", "Dorpsstraat", "Kerkstraat", "Molenweg"],
           [("Amsterdam", "1016 DK"), ("Utrecht", "3511 AB"), ("Leiden", "2311 EZ")]),
    "es": (["Calle Mayor", "Calle del Carmen", "Avenida de la Paz", "Calle Real"],
           [("Madrid", "28012"), ("Sevilla", "41001"), ("Zaragoza", "50001")]),
    "it": (["Via Roma", "Corso Italia", "Viale dei Mille", "Via del Corso"],
           [("Milano", "20121"), ("Roma", "00186"), ("Torino", "10121")]),
    "pt": (["Rua Augusta", "Avenida da Liberdade", "Rua do Carmo", "Travessa do Forno"],
           [("Lisboa", "1100-048"), ("Porto", "4000-322"), ("Braga", "4700-035")]),
    "pl": (["ul. Długa", "ul. Polna", "ul. Ogrodowa", "ul. Krótka"],
           [("Warszawa", "00-950"), ("Kraków", "30-001"), ("Gdańsk", "80-001")]),
    "sv": (["Storgatan", "Kungsgatan", "Sveavägen", "Björkvägen"],
           [("Stockholm", "111 22"), ("Göteborg", "411 05"), ("Uppsala", "753 20")]),
    "da": (["Vestergade", "Nørregade", "Strandvejen", "Bredgade"],
           [("København K", "1165"), ("Aarhus C", "8000"), ("Odense C", "5000")]),
    "cs": (["Dlouhá", "Náměstí Míru", "Husova", "Lidická"],
           [("Praha 1", "110 00"), ("Brno", "602 00"), ("Ostrava", "702 00")]),
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
        return n() + " " + st + ", " + town + " " + pc
    if lg == "fr":
        return n() + " " + st + ", " + pc + " " + town
    if lg == "tr":
        return st + " No: " + n(1, 90) + " D: " + n(1, 20) + ", " + pc + " " + town
    if lg == "ro":
        return st + " nr. " + n(1, 90) + ", " + pc + " " + town
    if lg == "pl":
        return st + " " + n(1, 90) + "/" + n(1, 40) + ", " + pc + " " + town
    return st + " " + n() + ", " + pc + " " + town


def dob(lg):
    y, m, d = rng.randint(1940, 2005), rng.randint(1, 12), rng.randint(1, 28)
    if lg == "en":
        return "%02d/%02d/%04d" % (d, m, y)
    if lg in ("sv", "da", "pl") and rng.random() < 0.5:
        return "%04d-%02d-%02d" % (y, m, d)
    return "%02d.%02d.%04d" % (d, m, y)


def other_date():
    return "%02d.%02d.%04d" % (rng.randint(1, 28), rng.randint(1, 12), rng.randint(2019, 2025))


def pick(kind, lg):
    v = POOL[kind]
    if isinstance(v, dict):
        v = v.get(lg) or v["*"]
    return rng.choice(v)


# ---- look-alike pools ---------------------------------------------------------------------------
POOL = {
    # fourth: support exports, transcripts, chat, recruiting, citations, legal, medical, travel,
    # finance, developer text, OCR
    "team": ["Tier 2 Billing", "Customer Success EMEA", "Returns Desk", "Level 1 Support", "Payments Ops",
             "Trust and Safety", "Onboarding Team", "Key Accounts DACH", "Service Desk Nord", "Escalations",
             "Support Hors-Ligne", "Klantenservice Zakelijk", "Atención al Cliente", "Assistenza Tecnica",
             "Apoio ao Cliente", "Obsługa Klienta", "Kundtjänst Privat", "Kundeservice Erhverv",
             "Zákaznická Podpora", "Müşteri Hizmetleri", "Relații Clienți"],
    "plan": ["Business Plus", "Premium Family", "Enterprise Gold", "Starter Monthly", "Pro Annual",
             "Unlimited Max", "Magenta Mobil L", "Forfait Série Spéciale", "Tarifa Fusión Total",
             "Giga Young", "Family Sharing", "Standard with Ads", "Microsoft 365 Business Standard",
             "Google Workspace Starter", "Zoom Workplace Pro", "Adobe Creative Cloud All Apps"],
    "bot": ["Zendesk Bot", "Workflow Builder", "Jira Cloud", "GitHub", "Google Drive", "Polly", "Donut",
            "Standup Alice", "Geekbot", "Statuspage", "PagerDuty", "Opsgenie", "Salesforce Bot", "HubSpot"],
    "jobtitle": ["Senior Account Manager", "Head of Customer Success", "Junior Data Analyst",
                 "Werkstudent Marketing", "Chargé de Clientèle", "Medewerker Klantenservice",
                 "Técnico de Soporte", "Responsabile Commerciale", "Gestor de Conta", "Specjalista ds. Kadr",
                 "Ekonomiassistent", "Projektleder", "Obchodní Zástupce", "Satış Temsilcisi",
                 "Consultant Vânzări"],
    "agency": ["Hays Recruitment", "Michael Page", "Robert Walters", "Randstad Professionals", "Adecco",
               "Page Personnel", "Kienbaum Consultants", "Spencer Stuart", "Korn Ferry", "Heidrick & Struggles",
               "Manpower Group", "StepStone", "LinkedIn Recruiter", "Xing Talentmanager"],
    "journal": ["Journal of Clinical Oncology", "The Lancet", "Nature Medicine", "New England Journal of Medicine",
                "Deutsches Ärzteblatt", "La Presse Médicale", "Nederlands Tijdschrift voor Geneeskunde",
                "Revista Clínica Española", "Giornale Italiano di Cardiologia", "Acta Médica Portuguesa",
                "Journal of Finance", "Harvard Law Review", "Neue Juristische Wochenschrift"],
    "publisher": ["Springer Nature", "Elsevier", "Wiley-Blackwell", "Thieme Verlag", "Oxford University Press",
                  "C.H. Beck", "Dalloz", "Kluwer", "Taylor & Francis", "De Gruyter", "Sage Publications"],
    "lawfirm": ["Baker McKenzie LLP", "Clifford Chance LLP", "Freshfields Bruckhaus Deringer", "Gleiss Lutz",
                "Hengeler Mueller", "Noerr PartGmbB", "Linklaters LLP", "Allen & Overy", "Bird & Bird LLP",
                "Garrigues Abogados", "Cuatrecasas", "Gianni & Origoni", "De Brauw Blackstone Westbroek",
                "Loyens & Loeff", "Gide Loyrette Nouel", "Bredin Prat", "Morais Leitão", "Vieira de Almeida",
                "Schönherr Rechtsanwälte", "Kromann Reumert", "Mannheimer Swartling", "Wardyński i Wspólnicy"],
    "case": ["Donoghue v Stevenson [1932] AC 562", "Brown v. Board of Education, 347 U.S. 483 (1954)",
             "Miranda v. Arizona, 384 U.S. 436 (1966)", "Carlill v Carbolic Smoke Ball Co [1893] 1 QB 256",
             "Costa v ENEL (C-6/64)", "Van Gend en Loos (C-26/62)", "Francovich v Italy (C-6/90)",
             "Bosman (C-415/93)", "Google Spain v AEPD and Costeja González (C-131/12)",
             "Schrems II (C-311/18)", "Roe v. Wade, 410 U.S. 113 (1973)", "Hadley v Baxendale (1854) 9 Exch 341"],
    "drug": ["Eliquis 5 mg", "Xarelto 20 mg", "Ramipril 5 mg", "Metformin 1000 mg", "Ibuprofen 600",
             "Pantoprazol 40 mg", "L-Thyroxin 75", "Novorapid FlexPen", "Ozempic 1 mg", "Keytruda",
             "Humira 40 mg", "Lantus SoloStar", "Marcoumar", "Clexane 40", "Voltaren Emulgel",
             "Dafalgan 1 g", "Nolotil", "Tachipirina 1000", "Ben-u-ron", "Ketonal", "Alvedon", "Pinex"],
    "device": ["Medtronic MiniMed 780G", "Dexcom G7", "FreeStyle Libre 3", "Omnipod 5", "ResMed AirSense 11",
               "Philips DreamStation", "Accu-Chek Guide", "Omron M6 Comfort", "Tandem t:slim X2"],
    "airline": ["Lufthansa", "Air France", "British Airways", "KLM Royal Dutch Airlines", "Iberia Express",
                "ITA Airways", "TAP Air Portugal", "LOT Polish Airlines", "Scandinavian Airlines", "Czech Airlines",
                "Turkish Airlines", "Pegasus Airlines", "Tarom", "Eurowings", "Vueling", "easyJet", "Aer Lingus"],
    "hotel": ["Holiday Inn Express", "Hilton Garden Inn", "Motel One", "Ibis Styles", "Courtyard by Marriott",
              "Radisson Blu", "Best Western Plus", "NH Collection", "Mercure Centre", "Novotel Suites",
              "Leonardo Royal", "Scandic Grand", "Pestana Palace", "Meliá Castilla", "Crowne Plaza",
              "Hampton by Hilton", "Premier Inn", "Steigenberger Parkhotel", "Sheraton Grand", "Ritz-Carlton"],
    "fund": ["Vanguard FTSE All-World", "iShares Core MSCI World", "Fidelity Global Technology",
             "DWS Top Dividende", "Carmignac Patrimoine", "Templeton Growth Fund", "Flossbach von Storch Multiple Opportunities",
             "Comgest Growth Europe", "Allianz Global Artificial Intelligence", "Nordea 1 Stable Return",
             "Robeco Global Premium Equities", "Amundi MSCI Emerging Markets", "Pictet Water",
             "JPMorgan Europe Dynamic", "Morgan Stanley Global Opportunity", "Schroder ISF European Value"],
    "bank": ["Deutsche Bank AG", "Commerzbank", "Banco Santander", "BNP Paribas", "ING Bank", "Rabobank",
             "Intesa Sanpaolo", "UniCredit", "Caixa Geral de Depósitos", "Millennium BCP", "PKO Bank Polski",
             "Swedbank", "Danske Bank", "Česká spořitelna", "Ziraat Bankası", "Banca Transilvania",
             "Barclays", "Lloyds Bank", "Sparkasse KölnBonn", "Volksbank Mittelhessen eG", "Crédit Agricole"],
    "library": ["Jackson Databind", "Apache Commons Lang", "Sidekiq", "Sinatra", "Jekyll", "Hugo", "Flask",
                "Django REST Framework", "Spring Boot", "Newtonsoft.Json", "Moment.js", "Lodash", "Pandas",
                "Scikit Learn", "Kafka Streams", "Jest", "Mocha", "Jasmine", "Karma", "Gatsby", "Ruby on Rails",
                "Laravel Sanctum", "Symfony Messenger", "Apache Camel", "Hibernate Validator", "Mockito",
                "Guzzle", "Serilog", "Dapper", "Polly", "Hangfire", "Sentry", "Grafana Loki"],
    "ocr": ["Unter schrift", "Rech nungsdatum", "Ver sicherungsnummer", "Kran kenkasse", "Geb urtsort",
            "Pat ient", "Ad resse", "Kun dennummer", "Sig nature", "Date of Bi rth", "Nationa lity",
            "Signa ture", "Da tum", "Geschäfts führer", "Ansprech partner", "Bes tellnummer",
            "Num éro client", "Fac tuur", "Fir ma", "Empre sa", "Pa ziente"],
    # fifteenth: CAD, ambulance, moderation, voice assistants, service records, bug bounties,
    # substitution plans, baggage, pawn, storage, cemetery, WHOIS, visitor books, tattoo, horses,
    # casting, camps, debt collection, interpreters, prison visits, GDPR, SIM porting, fitness
    "unit": ["Medic 12", "Engine 7", "Ladder 3", "Rescue 41", "Florian Berlin 3/83-1", "Rettung Wien 14",
             "Christoph 22", "Christoph Europa 5", "Rotkreuz Hamburg 8/83-2", "SAMU 75", "VSAV Nord 2",
             "Unit 4-Bravo", "Adam 12", "Alpha 3", "Pelikan 1", "Air Rescue Delta", "Ambulanza Milano 118-5",
             "SVB Madrid 07", "INEM Lisboa 3", "Karetka P-12", "Ambulans 112-4", "SMURD B-3"],
    "wake": ["Alexa", "Hey Siri", "OK Google", "Hey Google", "Echo Dot Küche", "Living Room Speaker",
             "Nest Hub Max", "Sonos Arc", "HomePod Mini", "Kitchen Display", "Bixby", "Cortana", "Magenta Speaker",
             "Google Home Salon", "Echo Show Slaapkamer"],
    "rank": ["Oberfeldwebel", "Stabsunteroffizier", "Hauptgefreiter", "Sergeant Major", "Lance Corporal",
             "Adjudant-chef", "Caporal-chef", "Sargento Primero", "Maresciallo Capo", "Primeiro-Sargento",
             "Starszy Kapral", "Fänrik", "Oversergent", "Rotný", "Astsubay Kıdemli Çavuş", "Plutonier Major"],
    "milunit": ["Panzergrenadierbataillon 112", "Jägerbataillon 292", "2nd Battalion, The Rifles",
                "1er Régiment de Chasseurs", "Regimiento de Infantería Inmemorial", "Brigata Alpina Taurinense",
                "Regimento de Comandos", "12 Brygada Zmechanizowana", "Norrlands Dragonregemente",
                "Den Kongelige Livgarde", "41. Mechanizovaný Prapor", "Kara Harp Okulu", "Batalionul 30 Gardă"],
    "handle": ["@shadow_fox92", "NightOwl", "DarkKnight77", "xXSniperXx", "throwaway_acct", "@pixel_queen",
               "Mod_Bot", "u/quietriver", "@stormchaser_de", "ByteBandit", "LunaMoth", "captain_obvious",
               "@le_renard", "ElLoboSolitario", "@mrowka_k", "SilverFalcon", "KaraKartal34"],
    "subject": ["Mathematik", "Deutsch LK", "Englisch", "Physik", "Religion", "Sport", "Kunst", "Geschichte",
                "Mathématiques", "Histoire-Géo", "Wiskunde", "Lengua Castellana", "Matematica", "Educação Física",
                "Język Polski", "Matematik", "Dansk", "Tělesná Výchova", "Türk Dili ve Edebiyatı", "Limba Română",
                "Maths Set 2", "Chemistry"],
    "luggage": ["Samsonite Cosmolite", "Rimowa Essential", "American Tourister Soundbox", "Delsey Chatelet",
                "Eastpak Tranverz", "Tumi Alpha", "Travelite Kite", "Roncato Ypsilon", "Carlton Cayman"],
    "item": ["Rolex Datejust 36", "Omega Seamaster", "Cartier Love Bracelet", "Tiffany Victoria Pendant",
             "Louis Vuitton Neverfull", "Patek Philippe Calatrava", "Hugo Boss Watch", "Michael Kors Bag",
             "Tommy Hilfiger Jacket", "Pandora Moments Bracelet", "Thomas Sabo Charm", "Christ Goldkette",
             "Yves Saint Laurent Clutch", "Jean Paul Gaultier Perfume", "Ralph Lauren Polo", "Gucci Marmont"],
    "plot": ["Feld B, Reihe 4, Grab 12", "Abteilung Waldfriedhof", "Urnenhain Ost", "Section St. Joseph",
             "Grove of Remembrance", "Garden of Peace", "Carré des Anges", "Allée des Tilleuls", "Vak C",
             "Cuartel San José", "Campo 7 Sant'Anna", "Talhão Nossa Senhora", "Kwatera 12 rząd 3",
             "Kvarter Rosen", "Afdeling Skoven", "Oddělení 14", "Ada 3 Parsel 17", "Parcela Sf. Gheorghe"],
    "registrar": ["GoDaddy.com, LLC", "Key-Systems GmbH", "Tucows Domains Inc.", "NameCheap, Inc.",
                  "IONOS SE", "OVH SAS", "Gandi SAS", "Hostinger Operations, UAB", "TransIP B.V.",
                  "Register.it S.p.A.", "Arsys Internet", "home.pl S.A.", "Loopia AB", "One.com A/S",
                  "Active 24, s.r.o.", "Natro Bilişim", "ROTLD", "REDACTED FOR PRIVACY", "Domains By Proxy, LLC"],
    "horse": ["Quidam de Revel", "Contendro", "Totilas", "Cornet Obolensky", "Diamant de Semilly", "Big Star",
              "For Pleasure", "Sir Donnerhall", "Fürst Romancier", "Lord Pezi", "Casall", "Cassini II",
              "Baloubet du Rouet", "Ratina Z", "Don Schufro", "Weihegold OLD", "Dalera BB", "Chacco-Blue",
              "Stakkato", "Jazz", "Hickstead", "Florestan I", "Quaterback", "Valegro", "Mylord Carthago"],
    "stud": ["Gestüt Marbach", "Haras du Pin", "Stoeterij Zangersheide", "Holsteiner Verband", "Gestüt Lewitz",
             "Yeguada Militar", "Allevamento Montecucco", "Coudelaria de Alter", "Stadnina Koni Janów Podlaski",
             "Flyinge", "Kladruby nad Labem", "Karacabey Harası", "Herghelia Mangalia", "Trakehner Verband"],
    "role": ["Lead – Nurse (30s)", "Featured Extra", "Stand-in", "Background Artist", "Love Interest",
             "Detective Inspector Hale", "Young Anna", "Mother of the Bride", "Barista (Day Player)",
             "Hauptrolle Kommissarin", "Rôle principal", "Figurant", "Ruolo Secondario", "Narrador"],
    "castagency": ["Spotlight", "Storm Management", "Elite Model Management", "IMG Models", "Agentur Reich",
                   "Cinéart", "Kemna Casting", "Mega Model Agency", "Uni Agency", "Gordon & French"],
    "interp": ["LanguageLine Solutions", "TransPerfect", "Lingua World", "Dolmetscherdienst Nord",
               "Tolkcentrum Zuid", "ISM Interprétariat", "Traducciones Babel", "Global Voices Ltd",
               "Tolk och Översättarbyrå", "Translated Srl"],
    "operator": ["Vodafone GmbH", "Telekom Deutschland GmbH", "Telefónica Germany (O2)", "Orange France",
                 "SFR", "Bouygues Telecom", "KPN", "Odido", "Movistar", "Vodafone España", "TIM", "WindTre",
                 "MEO", "NOS", "Play (P4 Sp. z o.o.)", "Plus (Polkomtel)", "Telia", "Tele2", "Telenor", "3 Danmark",
                 "T-Mobile Czech Republic", "Turkcell", "Türk Telekom", "Digi Mobil", "Lycamobile", "Freenet"],
    "creditor": ["Klarna Bank AB", "EOS Deutschland GmbH", "Intrum Justitia", "Lowell Financial", "Creditreform",
                 "PayPal (Europe) S.à r.l.", "Riverty (Arvato)", "Cofidis", "Cetelem", "Kruk S.A.",
                 "Hoist Finance", "Bayerische Finanz Inkasso", "Coeo Inkasso", "Intrum Hellas"],
    "prison": ["JVA Tegel", "JVA Stammheim", "HMP Wandsworth", "HMP Barlinnie", "Centre pénitentiaire de Fresnes",
               "Maison d'arrêt de la Santé", "PI Vught", "Centro Penitenciario Soto del Real",
               "Casa Circondariale San Vittore", "Estabelecimento Prisional de Lisboa", "Zakład Karny Wronki",
               "Kumlaanstalten", "Vestre Fængsel", "Věznice Pankrác", "Silivri Cezaevi", "Penitenciarul Jilava"],
    "dpa": ["Der Hamburgische Beauftragte für Datenschutz", "CNIL", "Garante per la protezione dei dati personali",
            "Agencia Española de Protección de Datos", "Autoriteit Persoonsgegevens", "UODO", "Datatilsynet",
            "Integritetsskyddsmyndigheten", "Comissão Nacional de Proteção de Dados", "ÚOOÚ", "KVKK", "ANSPDCP",
            "Information Commissioner's Office", "BfDI"],
    "controller": ["Zalando SE", "Otto GmbH & Co. KG", "Booking.com B.V.", "Spotify AB", "Vinted UAB",
                   "Allegro sp. z o.o.", "Trendyol", "eMAG", "Bol.com", "Fnac Darty", "El Corte Inglés",
                   "Decathlon SE", "IKEA Deutschland", "Lidl Stiftung & Co. KG"],
    "gym": ["FitX", "McFit", "Basic-Fit", "Anytime Fitness", "PureGym", "The Gym Group", "John Reed Fitness",
            "Holmes Place", "Virgin Active", "SATS", "Fitness World", "Clever Fit", "Urban Sports Club"],
    "class": ["Bodypump", "Zumba", "Spinning", "Les Mills Grit", "Hatha Yoga", "Pilates Matte", "Crossfit WOD",
              "Rückenfit", "Aquagym", "Step Aerobic", "Tabata", "Body Combat"],
    "gear": ["Nike Pegasus 40", "Asics Gel-Nimbus 25", "Hoka Clifton 9", "Brooks Ghost 15", "Saucony Ride",
             "Garmin Forerunner 265", "Polar Vantage V3", "Wahoo Elemnt Bolt", "Adidas Adizero Boston"],
    "campgroup": ["Eichhörnchen", "Gruppe Füchse", "Cabin Maple", "Team Blue", "Les Castors", "De Vossen",
                  "Los Linces", "Gli Scoiattoli", "Os Lobos", "Sowy", "Björnarna", "Ulvene", "Medvídci",
                  "Kartallar", "Vulpițele", "Bluebell Lodge", "Red Kites"],
    # sixteenth: adverse events and trials, accident statements, tow, foster, scholarships,
    # trademarks, SEPA XML, energy switch, press, TMX/XLIFF, night audits, access logs,
    # naturalisation, donors, firearms, inductions, workplace accidents, background checks,
    # housing, food banks, model releases, whistleblowing, drug tests, muster rolls, consular,
    # implants, maternity, benefit claims
    "trialdrug": ["BNT162b2", "MK-3475", "ABC-301", "LY3298176", "RO7121661", "BI 1015550", "JNJ-78436735",
                  "Keytruda (pembrolizumab)", "Comirnaty", "Mounjaro (tirzepatide)", "Dupixent (dupilumab)",
                  "Opdivo (nivolumab)", "Tecfidera", "Ocrevus", "Spikevax", "Vaxzevria"],
    "sponsor": ["Pfizer Inc.", "Bayer AG", "Novartis Pharma AG", "F. Hoffmann-La Roche Ltd",
                "Boehringer Ingelheim", "Eli Lilly and Company", "Johnson & Johnson", "Merck Sharp & Dohme",
                "Sanofi Pasteur", "AstraZeneca AB", "Novo Nordisk A/S", "GlaxoSmithKline", "Bristol-Myers Squibb",
                "Grünenthal GmbH", "Servier", "Menarini", "Gedeon Richter"],
    "cro": ["IQVIA", "Parexel", "ICON plc", "Syneos Health", "PPD", "Labcorp Drug Development", "Medpace",
            "PSI CRO", "Worldwide Clinical Trials", "Clinipace"],
    "vehicle": ["Volkswagen Golf", "Ford Focus", "Mercedes-Benz C 220", "Renault Clio", "Peugeot 308",
                "Škoda Octavia", "Opel Astra", "Citroën C3", "Fiat Panda", "Seat Ibiza", "Dacia Sandero",
                "Toyota Yaris", "Alfa Romeo Giulia", "Lancia Ypsilon", "Porsche Cayenne", "Tesla Model 3",
                "Lincoln Navigator", "Mercedes Sprinter", "Ford Transit Custom", "Volvo XC60", "Kia Ceed",
                "Hyundai Tucson", "BMW 320d Touring", "Audi A4 Avant", "Nissan Leaf", "MINI Cooper"],
    "insurer": ["Allianz Versicherungs-AG", "AXA", "HUK-COBURG", "Generali", "Mapfre", "Zurich Insurance",
                "Aviva", "Direct Line", "MAIF", "Macif", "Groupama", "Centraal Beheer", "Mutua Madrileña",
                "UnipolSai", "Fidelidade", "PZU SA", "Warta", "Folksam", "Länsförsäkringar", "Tryg Forsikring",
                "Kooperativa", "Anadolu Sigorta", "Allianz-Țiriac", "DEVK", "R+V Versicherung"],
    "court": ["Jugendamt Neukölln", "Amtsgericht München", "Tribunal judiciaire de Lyon", "Rechtbank Amsterdam",
              "Juzgado de Primera Instancia nº 3", "Tribunale di Milano", "Tribunal de Família de Lisboa",
              "Sąd Rejonowy dla Warszawy", "Stockholms tingsrätt", "Familieretshuset", "Okresní soud v Brně",
              "İstanbul Aile Mahkemesi", "Judecătoria Sectorului 1", "Family Court at Leeds", "Kinderrechter"],
    "mark": ["NORDLICHT", "BELLA ROSA", "MAX & MORITZ", "LUNA", "OSKAR", "HEIDI", "LOTTE", "MARTHA'S KITCHEN",
             "CASA MIA", "LA PETITE MARIE", "DON PEPE", "TANTE EMMA", "OPA HANS", "BRUNO", "FELIX",
             "ROSALIE", "VICTORIA", "MARGOT", "NONNA LUCIA", "BABA IOANA"],
    "nice": ["Class 25", "Class 9, 42", "Klasse 30", "Classe 3", "Klasse 43"],
    "creditorbank": ["Stadtwerke München GmbH", "Deutsche Bank AG", "Sparkasse KölnBonn", "ING-DiBa AG",
                     "Volksbank Mittelhessen eG", "Banco Bilbao Vizcaya Argentaria", "Crédit Agricole",
                     "Rabobank", "Intesa Sanpaolo", "Caixa Geral de Depósitos", "PKO Bank Polski", "Swedbank AB",
                     "Danske Bank A/S", "Česká spořitelna, a.s.", "Ziraat Bankası", "Banca Transilvania",
                     "Fitnessstudio Kraftwerk GmbH", "Gemeinde Ottobrunn", "Vodafone GmbH", "Telekom Deutschland GmbH",
                     "Amazon Payments Europe S.C.A.", "Hausverwaltung Sommer & Partner"],
    "supplier": ["Stadtwerke Leipzig", "E.ON Energie Deutschland", "Vattenfall Europe Sales", "EnBW", "Octopus Energy",
                 "British Gas", "EDF", "Engie", "TotalEnergies", "Eneco", "Iberdrola", "Endesa Energía",
                 "Enel Energia", "EDP Comercial", "Tauron Sprzedaż", "PGE Obrót", "Fortum", "Ørsted",
                 "ČEZ Prodej", "Enerjisa", "Electrica Furnizare", "Essent", "Lichtblick SE", "Naturstrom AG"],
    "media": ["Süddeutsche Zeitung", "Le Monde", "The Guardian", "El País", "Corriere della Sera",
              "NRC Handelsblad", "Público", "Gazeta Wyborcza", "Dagens Nyheter", "Politiken", "Hürriyet",
              "Adevărul", "Reuters", "Agence France-Presse", "Bloomberg News", "Deutsche Welle", "Der Spiegel",
              "Lidové noviny", "Associated Press", "Frankfurter Allgemeine", "De Standaard", "La Repubblica"],
    "ui": ["Save changes", "Sign in", "Forgot password?", "Account Settings", "Änderungen speichern",
           "Mein Konto", "Neue Nachricht", "Passwort Vergessen", "Mot de passe oublié", "Mon Compte",
           "Wachtwoord Vergeten", "Mijn Account", "Iniciar Sesión", "Mi Cuenta", "Il Mio Account",
           "Salva Modifiche", "Minha Conta", "Moje Konto", "Mitt Konto", "Min Profil", "Můj Účet",
           "Hesabım", "Contul Meu", "Add to Cart", "In den Warenkorb", "Ajouter au Panier"],
    "room": ["Deluxe King", "Junior Suite", "Superior Double", "Classic Twin", "Family Room", "Chambre Supérieure",
             "Camera Matrimoniale", "Habitación Doble Superior", "Quarto Duplo Standard", "Pokój Dwuosobowy",
             "Dubbelrum Superior", "Dobbeltværelse", "Dvoulůžkový Pokoj", "Kral Dairesi", "Cameră Dublă"],
    "rate": ["BAR", "RACK", "CORP", "AAA", "GOV", "BB FLEX", "NRF", "PKG", "COMP", "HB"],
    "door": ["Main Entrance North", "Server Room B", "Turnstile 3", "Loading Dock", "Tor West", "Haupteingang",
             "Tiefgarage Ebene -2", "Serverraum", "Labor 2.14", "Accès Parking", "Porte Quai 4", "Ingang Oost",
             "Puerta Principal", "Ingresso Magazzino", "Entrada Sul", "Wejście Główne", "Huvudentré",
             "Hovedindgang", "Vrátnice", "Ana Giriş", "Intrare Personal", "Roof Access", "Data Hall 2"],
    "firearm": ["Heckler & Koch", "Smith & Wesson", "Walther", "Sig Sauer", "Glock", "Beretta", "Sauer & Sohn",
                "Mauser", "Blaser", "Browning", "Benelli", "Steyr Mannlicher", "Merkel", "Anschütz",
                "Česká zbrojovka", "Remington", "Winchester", "Ruger", "Colt", "Krieghoff", "Haenel"],
    "firearmmodel": ["Walther PPK", "HK USP", "S&W Model 686", "Merkel K3", "Mauser M18", "Browning B525",
                     "Glock 17", "Beretta 92FS", "Sauer 404", "Blaser R8", "CZ 75", "Remington 700",
                     "Winchester Model 70", "Ruger 10/22", "Krieghoff K-80"],
    "contractor": ["Hochtief AG", "Strabag SE", "Bouygues Construction", "Vinci Construction", "Balfour Beatty",
                   "Skanska", "Ferrovial", "Webuild", "Budimex", "Züblin", "BAM Bouw", "Mota-Engil", "Metrostav",
                   "Limak İnşaat", "Porr Bau GmbH", "Wolff & Müller", "Max Bögl", "Goldbeck GmbH",
                   "Bauunternehmung Keller GmbH & Co. KG", "Elektro Schneider GmbH"],
    "hospital": ["Klinikum rechts der Isar", "Charité – Universitätsmedizin Berlin", "Hôpital Necker-Enfants malades",
                 "St Thomas' Hospital", "Ospedale Niguarda", "Hospital Gregorio Marañón", "Hospital de Santa Maria",
                 "Szpital im. Jana Pawła II", "Karolinska Universitetssjukhuset", "Rigshospitalet",
                 "Fakultní nemocnice Motol", "Hacettepe Üniversitesi Hastanesi", "Spitalul Clinic Colentina",
                 "Erasmus MC", "Hôpital Édouard Herriot", "Städtisches Klinikum Karlsruhe", "Elisabeth-Krankenhaus"],
    "ward": ["Ward 7B", "Station Kardiologie 3", "Maternity Unit", "Kreißsaal", "Station 4 Nord",
             "Service de Maternité", "Afdeling Verloskunde", "Planta 5 Obstetricia", "Reparto Ostetricia",
             "Oddział Położniczy", "BB-avdelningen", "Fødeafdelingen", "Porodní sál", "Doğumhane", "Secția Maternitate"],
    "implantmaker": ["Medtronic", "Boston Scientific", "Abbott", "Biotronik", "Zimmer Biomet", "Stryker",
                     "Smith & Nephew", "DePuy Synthes", "B. Braun", "Cochlear", "MED-EL", "Edwards Lifesciences",
                     "St. Jude Medical", "Aesculap", "Mathys", "LimaCorporate", "Allergan", "Mentor"],
    "implantmodel": ["Azure XT DR MRI SureScan", "Evia DR-T", "Assurity MRI", "Nucleus 7", "Sapien 3",
                     "Triathlon Knee", "Persona Knee", "Corail Hip Stem", "Natrelle 410", "Synchrony 2"],
    "lab": ["Synlab", "Labor Dr. Wisplinghoff", "Quest Diagnostics", "LabCorp", "Eurofins", "Cerba", "Unilabs",
            "Bioscientia", "Limbach Gruppe", "MVZ Labor Dessau", "Laboratorio Echevarne", "Lifebrain",
            "Germano de Sousa", "Diagnostyka", "Medilab", "Synevo", "Labor Berlin"],
    "dept": ["Human Resources", "Finance & Controlling", "Facility Management", "Abteilung Personal",
             "Service Juridique", "Recursos Humanos", "Ufficio Acquisti", "Arbeidsomstandigheden",
             "Dział Kadr", "Personalavdelningen", "HR-afdelingen", "Personální Oddělení", "İnsan Kaynakları",
             "Departamentul Resurse Umane", "Health & Safety", "Arbeitssicherheit", "Qualitätssicherung"],
    "assembly": ["Assembly Point A – Car Park North", "Sammelplatz 2 (Parkplatz Ost)", "Point de rassemblement B",
                 "Verzamelplaats C", "Punto di raccolta 3", "Punto de Encuentro 1", "Ponto de Encontro Sul",
                 "Punkt Zbiórki 2", "Återsamlingsplats Norr", "Samlingssted Vest", "Shromaždiště B",
                 "Toplanma Alanı 1", "Punct de Adunare 2", "Muster Station Alpha"],
    "embassy": ["Embassy of Germany, Lisbon", "Consulat général de France à Munich",
                "Botschaft der Bundesrepublik Deutschland Madrid", "Ambasciata d'Italia a Varsavia",
                "Konsulat Generalny RP w Kolonii", "Sveriges ambassad i Ankara", "Ambasada României la Roma",
                "Embajada de España en Praga", "Consulado-Geral de Portugal em Paris", "Nederlandse Ambassade Kopenhagen",
                "Danmarks Ambassade i Bukarest", "Velvyslanectví ČR v Haagu", "T.C. Berlin Başkonsolosluğu",
                "British Embassy Dublin"],
    "office": ["Bürgerbüro Mitte", "Einbürgerungsbehörde", "Standesamt Pankow", "Service Population",
               "Burgerzaken", "Oficina de Extranjería", "Ufficio Anagrafe", "Loja do Cidadão",
               "Urząd Stanu Cywilnego", "Skatteverket", "Borgerservice", "Matrika", "Nüfus Müdürlüğü",
               "Serviciul Stare Civilă", "Familienkasse Nord"],
}


# ---- templates --------------------------------------------------------------------------------
# (class, language, template). {S:kind} is the person slot, {N:kind} a look-alike alone.
T = [
    # fourth: ticket queues and teams
    ("f4_queue", "en", "Ticket #{#}\nRequester: {P}\nAssigned to: {S:team}\nGroup: {N:team}\nStatus: Pending\n"),
    ("f4_queue", "de", "Ticket {#} | Anfragende/r: {P} | Bearbeiter: {S:team} | Queue: {N:team}\n"),
    ("f4_queue", "fr", "Demande n° {#}\nDemandeur : {P}\nAttribuée à : {S:team}\nFile : {N:team}\n"),
    ("f4_queue", "nl", "Melding {#} – Melder: {P}; Behandelaar: {S:team}; Team: {N:team}\n"),
    ("f4_queue", "es", "Ticket {#}\nSolicitante: {P}\nAsignado a: {S:team}\nCola: {N:team}\n"),
    ("f4_queue", "sv", "Ärende {#}\nKund: {P}\nHandläggare: {S:team}\nKö: {N:team}\n"),
    ("f4_queue", "en", "id,requester,assignee,group\n{#},{P},{S:team},{N:team}\n{#},{P},{S:team},{N:team}\n"),
    # plans and products
    ("f4_plan", "en", "Customer: {P}\nPlan: {N:plan}\nUpgraded by: {S:team}\nAddress: {A}\n"),
    ("f4_plan", "de", "Kunde: {P}, Tarif: {N:plan}, Anschrift: {A}\nNotiz: Wechsel auf {N:plan} gewünscht.\n"),
    ("f4_plan", "it", "Cliente: {P}\nPiano: {N:plan}\nIndirizzo: {A}\n"),
    ("f4_plan", "pt", "Cliente: {P} – plano {N:plan}; morada: {A}\n"),
    ("f4_plan", "pl", "Klient: {P}\nPakiet: {N:plan}\nAdres: {A}\n"),
    # chat bots and integrations as speakers
    ("f4_bot", "en", "[09:14] {N:bot}: New ticket assigned\n[09:15] {P}: on it\n[09:16] {N:bot}: Reminder sent to {P}\n"),
    ("f4_bot", "de", "[14:02] {P}: kann jemand übernehmen?\n[14:03] {N:bot}: Ticket an {S:team} übergeben\n"),
    ("f4_bot", "nl", "[11:20] {N:bot}: {P} heeft het kanaal verlaten\n[11:21] {P}: dank je\n"),
    ("f4_bot", "da", "[08:01] {N:bot}: Dagens vagt: {P}\n[08:05] {P}: Godmorgen\n"),
    ("f4_bot", "cs", "[10:10] {N:bot}: Přiřazeno: {P}\n[10:12] {P}: díky, beru to\n"),
    # recruiting
    ("f4_recruit", "en", "Candidate: {P}\nPosition: {N:jobtitle}\nSource: {N:agency}\nRecruiter: {S:agency}\nHiring manager: {P}\n"),
    ("f4_recruit", "de", "Bewerber/in: {P}\nStelle: {N:jobtitle}\nVermittelt über: {S:agency}\nAnsprechpartner: {P}\n"),
    ("f4_recruit", "fr", "Candidat : {P}\nPoste : {N:jobtitle}\nCabinet : {S:agency}\nRéférent : {P}\n"),
    ("f4_recruit", "es", "Candidata: {P}\nPuesto: {N:jobtitle}\nConsultora: {S:agency}\nResponsable: {P}\n"),
    ("f4_recruit", "tr", "Aday: {P}\nPozisyon: {N:jobtitle}\nDanışman: {S:agency}\n"),
    ("f4_recruit", "ro", "Candidat: {P}\nPost: {N:jobtitle}\nRecrutor: {S:agency}\n"),
    # citations: journals, publishers, authors
    ("f4_cite", "en", "{PI}, {PI}. Outcomes after discharge. {N:journal}. 2021;12(3):45-52.\n"),
    ("f4_cite", "en", "{PI}, {PI}, {PI}: Risk models in practice. {N:publisher}, 2019.\n"),
    ("f4_cite", "de", "Vgl. {PI}, in: {N:journal} 2020, S. {#}; ferner {P}, {N:publisher} 2018.\n"),
    ("f4_cite", "fr", "{P} et {P}, « Le contrôle », {N:journal}, 2017, p. {#}.\n"),
    ("f4_cite", "it", "Cfr. {P}, {N:journal}, 2015; edito da {N:publisher}.\n"),
    # law firms
    ("f4_lawfirm", "en", "Our client {P} is represented by {N:lawfirm}; please direct correspondence to {P} of {N:lawfirm}.\n"),
    ("f4_lawfirm", "de", "In Sachen {P} ./. {N:controller}\nVertreten durch: {S:lawfirm}\nSachbearbeiter: {P}\n"),
    ("f4_lawfirm", "es", "Demandante: {P}\nLetrado: {S:lawfirm}\nDomicilio: {A}\n"),
    ("f4_lawfirm", "nl", "Cliënt: {P}\nAdvocaat: {S:lawfirm}\nAdres: {A}\n"),
    ("f4_lawfirm", "sv", "Klient: {P}\nOmbud: {S:lawfirm}\n"),
    ("f4_lawfirm", "pl", "Powód: {P}\nPełnomocnik: {S:lawfirm}\n"),
    # case names
    ("f4_case", "en", "As held in {N:case}, the duty extends to {P}. Matter: {PS} v. {PS}, Claim No. {#}.\n"),
    ("f4_case", "en", "See {N:case}; cf. {N:case}. Our client {P} relies on both.\n"),
    ("f4_case", "de", "Der EuGH hat in {N:case} entschieden. Mandant: {P}, Az. {#}/24.\n"),
    ("f4_case", "fr", "Voir l'arrêt {N:case}. Notre client, {P}, invoque cette jurisprudence.\n"),
    ("f4_case", "es", "Conforme a {N:case}, la Sra. {P} tiene derecho al olvido.\n"),
    # drugs and devices
    ("f4_drug", "de", "Patientin: {P}, geb. {B}\nMedikation: {N:drug} 1-0-1, {N:drug} 0-0-1\nVerordnet von: {P}\n"),
    ("f4_drug", "en", "Patient: {P} (DOB {B})\nCurrent meds: {N:drug}; {N:drug}\nDevice: {N:device}\nGP: Dr {P}\n"),
    ("f4_drug", "fr", "Patient : {P}, né le {B}\nTraitement : {N:drug}, {N:drug}\nMédecin : Dr {P}\n"),
    ("f4_drug", "es", "Paciente: {P}\nTratamiento: {N:drug}\nDispositivo: {N:device}\nMédico: {P}\n"),
    ("f4_drug", "it", "Paziente: {P}, nato il {B}\nTerapia: {N:drug}\nMedico curante: {P}\n"),
    ("f4_drug", "sv", "Patient: {P}\nLäkemedel: {N:drug}\nAnsvarig läkare: {P}\n"),
    # airlines and hotels
    ("f4_travel", "en", "Passenger: {P}\nCarrier: {N:airline}\nHotel: {N:hotel}\nBooked by: {S:team}\n"),
    ("f4_travel", "de", "Reisende/r: {P}\nFlug mit {N:airline}, Übernachtung im {N:hotel}\nBuchende Stelle: {S:dept}\n"),
    ("f4_travel", "fr", "Voyageur : {P}\nCompagnie : {N:airline}\nHôtel : {N:hotel}\n"),
    ("f4_travel", "nl", "Reiziger: {P}\nMaatschappij: {N:airline}\nHotel: {N:hotel}\n"),
    ("f4_travel", "pt", "Passageiro: {P}\nCompanhia: {N:airline}\nHotel: {N:hotel}\n"),
    ("f4_travel", "it", "{P} ha volato con {N:airline} e ha dormito al {N:hotel} insieme a {P}.\n"),
    # funds and banks
    ("f4_fund", "en", "Account holder: {P}\nFund: {N:fund}\nCustodian: {N:bank}\nAdviser: {S:bank}\n"),
    ("f4_fund", "de", "Depotinhaber: {P}\nFonds: {N:fund}\nDepotbank: {N:bank}\nBerater: {S:bank}\n"),
    ("f4_fund", "fr", "Titulaire : {P}\nFonds : {N:fund}\nConseiller : {S:bank}\n"),
    ("f4_fund", "es", "Titular: {P}\nFondo: {N:fund}\nEntidad: {N:bank}\n"),
    ("f4_fund", "it", "Intestatario: {P}\nFondo: {N:fund}\nBanca: {N:bank}\n"),
    ("f4_fund", "da", "Kontohaver: {P}\nFond: {N:fund}\nBank: {N:bank}\n"),
    # libraries and packages
    ("f4_dev", "en", "Maintainer: {P}\nDepends on {N:library} and {N:library}.\nReviewed-by: {P}\n"),
    ("f4_dev", "en", "# migrated from {N:library} to {N:library}, thanks {P}\n"),
    ("f4_dev", "en", "author: {P}\nuses: [{N:library}, {N:library}]\nowner: {S:team}\n"),
    ("f4_dev", "de", "Hallo {PG}, nach dem Update von {N:library} bricht {N:library}. Gruß, {P}\n"),
    ("f4_dev", "fr", "Salut {PG}, {N:library} plante depuis la mise à jour de {N:library}. {P}\n"),
    # OCR-broken label words
    ("f4_ocr", "de", "{N:ocr}: {P}\nAn schrift: {A}\n{N:ocr}: {P}\n"),
    ("f4_ocr", "en", "{N:ocr} {P}\n{N:ocr} {B}\n"),
    ("f4_ocr", "fr", "{N:ocr} : {P}\nNé le {B}\n"),
    ("f4_ocr", "nl", "{N:ocr}: {P}\nAdres: {A}\n"),
    ("f4_ocr", "es", "{N:ocr}: {P}\nDomicilio: {A}\n"),
    ("f4_ocr", "it", "{N:ocr}: {P}\nNato il {B}\n"),

    # fifteenth: unit call signs
    ("f15_unit", "en", "CAD #{#} 14:02 Dispatched: {N:unit}\nCaller: {P}\nResponder: {S:unit}\nLocation: {A}\n"),
    ("f15_unit", "de", "Einsatz {#}: {N:unit} alarmiert, Anrufer: {P}\nEinsatzleiter: {S:unit}\nEinsatzort: {A}\n"),
    ("f15_unit", "fr", "Intervention {#} – {N:unit} engagé\nAppelant : {P}\nChef d'agrès : {S:unit}\n"),
    ("f15_unit", "it", "Missione {#}: {N:unit}\nChiamante: {P}\nEquipaggio: {S:unit}\n"),
    ("f15_unit", "pl", "Zgłoszenie {#}: {N:unit}\nZgłaszający: {P}\nKierownik: {S:unit}\n"),
    ("f15_unit", "ro", "Caz {#}: {N:unit}\nApelant: {P}\nEchipaj: {S:unit}\n"),
    ("f15_unit", "en", "14:03 {N:unit} en route\n14:09 {N:unit} on scene, pt {P} conscious\n14:20 handover to {P}\n"),
    # wake words and device names
    ("f15_wake", "en", "{N:wake}, call {P}\n> Calling {P} on mobile\n{N:wake}, remind {PG} to take the bins out\n"),
    ("f15_wake", "de", "{N:wake}, ruf {P} an\n> {P} wird angerufen\nGerät: {N:wake}\n"),
    ("f15_wake", "fr", "{N:wake}, appelle {P}\n> J'appelle {P}\n"),
    ("f15_wake", "nl", "{N:wake}, bel {P}\n> {P} wordt gebeld\n"),
    ("f15_wake", "es", "{N:wake}, llama a {P}\n> Llamando a {P}\n"),
    ("f15_wake", "en", "device,user,event\n{N:wake},{P},voice_match\n{N:wake},{P},drop_in\n"),
    # ranks and units
    ("f15_rank", "de", "Dienstgrad: {N:rank}\nName: {P}\nEinheit: {N:milunit}\nGeburtsdatum: {B}\nDisziplinarvorgesetzter: {N:rank} {P}\n"),
    ("f15_rank", "en", "Grade: {N:rank}\nName: {PC}\nUnit: {N:milunit}\nDate of birth: {B}\nCommanding officer: {P}\n"),
    ("f15_rank", "fr", "Grade : {N:rank}\nNom : {PU}\nUnité : {N:milunit}\n"),
    ("f15_rank", "pl", "Stopień: {N:rank}\nImię i nazwisko: {P}\nJednostka: {N:milunit}\n"),
    ("f15_rank", "sv", "Grad: {N:rank}\nNamn: {P}\nFörband: {N:milunit}\n"),
    ("f15_rank", "tr", "Rütbe: {N:rank}\nAdı Soyadı: {P}\nBirlik: {N:milunit}\n"),
    ("f15_rank", "da", "Grad: {N:rank}\nNavn: {P}\nEnhed: {N:milunit}\n"),
    # handles
    ("f15_handle", "en", "Report #{#}\nReported user: {N:handle}\nReporter: {N:handle}\nTarget (doxxed): {P}, {A}\nModerator: {S:handle}\n"),
    ("f15_handle", "de", "Meldung {#}: {N:handle} hat Name und Adresse von {P} gepostet ({A}). Bearbeitet von {S:handle}.\n"),
    ("f15_handle", "es", "Denuncia {#}: {N:handle} publicó los datos de {P}. Revisado por {S:handle}.\n"),
    ("f15_handle", "en", "Researcher: {N:handle}\nProgram: {N:controller} VDP\nLeaked record: name={P}; dob={B}\nTriaged by: {P}\n"),
    # school subjects and classes
    ("f15_subject", "de", "Vertretungsplan\n7b | 3. Std | {N:subject} | {P} → {P} | Raum {#}\n9a | 5. Std | {N:subject} | entfällt\n"),
    ("f15_subject", "en", "Cover: Period 2, {N:subject}, teacher {P} absent, cover by {P}\n"),
    ("f15_subject", "nl", "Roosterwijziging: {N:subject} (3B) door {P} i.p.v. {P}\n"),
    ("f15_subject", "fr", "Remplacement : {N:subject} 4e B – {P} remplace {P}\n"),
    ("f15_subject", "pl", "Zastępstwo: {N:subject}, kl. 6c – {P} za {P}\n"),
    ("f15_subject", "cs", "Suplování: {N:subject}, 8.A – {P} za {P}\n"),
    # baggage
    ("f15_baggage", "en", "File Ref: FRALH{#}\nPassenger: {PC}\nFlight: LH {#} MUC-FRA\nBag: {N:luggage}, black\nDelivery address: {A}\n"),
    ("f15_baggage", "de", "Verlustmeldung {#}\nReisende/r: {P}\nGepäck: {N:luggage}\nFluggesellschaft: {N:airline}\nZustellung an: {A}\n"),
    ("f15_baggage", "it", "PIR {#}\nPasseggero: {PU}\nBagaglio: {N:luggage}\nVettore: {N:airline}\n"),
    ("f15_baggage", "tr", "Dosya {#}\nYolcu: {P}\nBavul: {N:luggage}\nHavayolu: {N:airline}\n"),
    # pawn items
    ("f15_pawn", "en", "Pawn ticket {#}\nPledgor: {P}\nItem: {N:item}\nItem: {N:item}\nClerk: {P}\n"),
    ("f15_pawn", "de", "Pfandschein {#}\nVerpfänder: {P}, {A}\nPfand: {N:item}\n"),
    ("f15_pawn", "es", "Empeño {#}\nCliente: {P}\nArtículo: {N:item}\n"),
    ("f15_pawn", "pt", "Penhor {#}\nCliente: {P}\nObjeto: {N:item}\n"),
    ("f15_pawn", "ro", "Amanet {#}\nClient: {P}\nObiect: {N:item}\n"),
    # storage
    ("f15_storage", "en", "Unit B-{#} | Tenant: {P} | Facility: {S:dept} | Gate code issued by {P}\n"),
    ("f15_storage", "nl", "Opslagruimte {#}\nHuurder: {P}\nContactpersoon: {P}\nAdres: {A}\n"),
    # grave sections
    ("f15_plot", "de", "Grabstelle: {N:plot}\nVerstorben: {P}\nNutzungsberechtigte/r: {P}, {A}\n"),
    ("f15_plot", "en", "Plot: {N:plot}\nInterred: {P}\nGrave owner: {P}\n"),
    ("f15_plot", "fr", "Emplacement : {N:plot}\nDéfunt : {P}\nConcessionnaire : {P}\n"),
    ("f15_plot", "es", "Ubicación: {N:plot}\nDifunto: {P}\nTitular: {P}\n"),
    ("f15_plot", "pl", "Kwatera: {N:plot}\nZmarły: {P}\nDysponent grobu: {P}\n"),
    ("f15_plot", "sv", "Gravplats: {N:plot}\nAvliden: {P}\nGravrättsinnehavare: {P}\n"),
    ("f15_plot", "tr", "Mezar yeri: {N:plot}\nMerhum: {P}\nHak sahibi: {P}\n"),
    # registrars
    ("f15_whois", "en", "Registrar: {N:registrar}\nRegistrant Name: {S:registrar}\nRegistrant Organization: {N:controller}\nAdmin Name: {P}\nTech Name: {S:registrar}\n"),
    ("f15_whois", "de", "Domain: beispiel-{#}.de\nRegistrar: {N:registrar}\nInhaber: {P}\nAnschrift: {A}\n"),
    ("f15_whois", "nl", "Registrar: {N:registrar}\nHouder: {P}\nAdmin-c: {S:registrar}\n"),
    ("f15_whois", "cs", "registrar: {N:registrar}\nname: {P}\naddress: {A}\n"),
    # horses and studs
    ("f15_horse", "de", "Startliste Springen Kl. M*\n{#} | {N:horse} | {P} | {N:stud}\n{#} | {N:horse} | {P} | {N:stud}\n"),
    ("f15_horse", "en", "Horse: {N:horse}\nSire: {N:horse}\nDam: {N:horse}\nBreeder: {S:stud}\nOwner: {P}\nRider: {P}\n"),
    ("f15_horse", "fr", "Cheval : {N:horse}\nPère : {N:horse}\nNaisseur : {S:stud}\nCavalier : {P}\n"),
    ("f15_horse", "nl", "Paard: {N:horse} v. {N:horse}\nFokker: {S:stud}\nRuiter: {P}\n"),
    ("f15_horse", "sv", "Häst: {N:horse}\nUppfödare: {S:stud}\nRyttare: {P}\n"),
    ("f15_horse", "cs", "Kůň: {N:horse}\nChovatel: {S:stud}\nJezdec: {P}\n"),
    # casting
    ("f15_casting", "en", "Submission for: {N:role}\nTalent: {P}\nAgency: {S:castagency}\nPlaying age: 25-35\n"),
    ("f15_casting", "de", "Rolle: {N:role}\nDarsteller/in: {P}\nAgentur: {S:castagency}\n"),
    ("f15_casting", "fr", "Rôle : {N:role}\nComédien(ne) : {P}\nAgent : {S:castagency}\n"),
    ("f15_casting", "it", "Ruolo: {N:role}\nAttore: {P}\nAgenzia: {S:castagency}\n"),
    ("f15_casting", "es", "Papel: {N:role}\nActriz: {P}\nRepresentante: {S:castagency}\n"),
    # interpreters
    ("f15_interp", "en", "Booking {#}\nInterpreter: {S:interp}\nClient: {P}\nLanguage: Tigrinya\nRequested by: {P}\n"),
    ("f15_interp", "de", "Auftrag {#}\nDolmetscher/in: {S:interp}\nBetroffene/r: {P}\n"),
    ("f15_interp", "nl", "Opdracht {#}\nTolk: {S:interp}\nCliënt: {P}\n"),
    ("f15_interp", "sv", "Bokning {#}\nTolk: {S:interp}\nKlient: {P}\n"),
    # telecom operators
    ("f15_operator", "de", "Portierungsauftrag\nRufnummerninhaber: {P}\nAbgebender Anbieter: {S:operator}\nAufnehmender Anbieter: {N:operator}\n"),
    ("f15_operator", "en", "Porting request\nAccount holder: {P}\nDonor: {S:operator}\nRecipient: {N:operator}\n"),
    ("f15_operator", "fr", "Demande de portabilité\nTitulaire : {P}\nOpérateur donneur : {S:operator}\n"),
    ("f15_operator", "es", "Portabilidad\nTitular: {P}\nOperador donante: {S:operator}\nOperador receptor: {N:operator}\n"),
    ("f15_operator", "pl", "Przeniesienie numeru\nAbonent: {P}\nDawca: {S:operator}\nBiorca: {N:operator}\n"),
    ("f15_operator", "tr", "Numara taşıma\nAbone: {P}\nVerici operatör: {S:operator}\n"),
    ("f15_operator", "ro", "Portare\nTitular: {P}\nDonor: {S:operator}\nPrimitor: {N:operator}\n"),
    ("f15_operator", "da", "Nummerflytning\nAbonnent: {P}\nAfgivende selskab: {S:operator}\n"),
    ("f15_operator", "cs", "Přenos čísla\nÚčastník: {P}\nOpouštěný operátor: {S:operator}\n"),
    # creditors and collection agencies
    ("f15_creditor", "de", "Forderungsaufstellung\nGläubiger: {S:creditor}\nSchuldner: {P}, {A}\nVertreten durch: {N:creditor}\nGerichtsvollzieher: {P}\n"),
    ("f15_creditor", "en", "Creditor: {S:creditor}\nDebtor: {P}\nAddress: {A}\nCollected by: {N:creditor}\n"),
    ("f15_creditor", "fr", "Créancier : {S:creditor}\nDébiteur : {P}\nAdresse : {A}\n"),
    ("f15_creditor", "sv", "Borgenär: {S:creditor}\nGäldenär: {P}\n"),
    ("f15_creditor", "pl", "Wierzyciel: {S:creditor}\nDłużnik: {P}\n"),
    # prisons
    ("f15_prison", "en", "Visit booking\nEstablishment: {N:prison}\nPrisoner: {PC}\nVisitor: {P}\nDOB: {B}\n"),
    ("f15_prison", "de", "Besuchsantrag – {N:prison}\nGefangene/r: {P}\nBesucher/in: {P}, geb. {B}\n"),
    ("f15_prison", "fr", "Permis de visite – {N:prison}\nDétenu : {PU}\nVisiteur : {P}\n"),
    ("f15_prison", "it", "Colloquio – {N:prison}\nDetenuto: {P}\nVisitatore: {P}\n"),
    ("f15_prison", "cs", "Návštěva – {N:prison}\nOdsouzený: {P}\nNávštěvník: {P}\n"),
    ("f15_prison", "ro", "Vizită – {N:prison}\nDeținut: {P}\nVizitator: {P}\n"),
    # data-protection authorities and controllers
    ("f15_gdpr", "en", "To: {N:controller}\nCopy: {N:dpa}\nData subject: {P}\nAddress: {A}\nHandled by: {S:dept}\n"),
    ("f15_gdpr", "de", "An: {N:controller}, Datenschutzbeauftragte/r\nBetroffene Person: {P}\nBeschwerde bei: {N:dpa}\n"),
    ("f15_gdpr", "fr", "Destinataire : {N:controller}\nPlainte : {N:dpa}\nPersonne concernée : {P}\n"),
    ("f15_gdpr", "it", "Titolare: {N:controller}\nReclamo al {N:dpa}\nInteressato: {P}\n"),
    ("f15_gdpr", "nl", "Verwerkingsverantwoordelijke: {N:controller}\nToezichthouder: {N:dpa}\nBetrokkene: {P}\n"),
    ("f15_gdpr", "ro", "Operator: {N:controller}\nPlângere la: {N:dpa}\nPersoana vizată: {P}\n"),
    # gyms, classes and gear
    ("f15_fitness", "en", "Member: {P}\nClub: {N:gym}\nClass: {N:class} with {S:class}\nShoes: {N:gear}\n"),
    ("f15_fitness", "de", "Mitglied: {P}\nStudio: {N:gym}\nKurs: {N:class}, Trainer/in: {S:class}\n"),
    ("f15_fitness", "nl", "Lid: {P}\nClub: {N:gym}\nLes: {N:class} – {P}\n"),
    ("f15_fitness", "sv", "Medlem: {P}\nKlubb: {N:gym}\nPass: {N:class}, instruktör {P}\n"),
    ("f15_fitness", "en", "activity,athlete,gear\nMorning Run,{P},{N:gear}\nTempo,{P},{N:gear}\n"),
    # camp groups
    ("f15_camp", "de", "Gruppe: {N:campgroup}\nKind: {P}, geb. {B}\nBetreuer/in: {S:campgroup}\n"),
    ("f15_camp", "en", "Group: {N:campgroup}\nCamper: {P}\nDOB: {B}\nCounselor: {S:campgroup}\n"),
    ("f15_camp", "fr", "Groupe : {N:campgroup}\nEnfant : {P}\nAnimateur : {S:campgroup}\n"),
    ("f15_camp", "es", "Grupo: {N:campgroup}\nNiño: {P}\nMonitor: {S:campgroup}\n"),
    ("f15_camp", "da", "Gruppe: {N:campgroup}\nBarn: {P}\nLeder: {S:campgroup}\n"),
    ("f15_camp", "tr", "Grup: {N:campgroup}\nÇocuk: {P}\nRehber: {S:campgroup}\n"),

    # sixteenth: trial and drug codes, sponsors and CROs
    ("f16_trial", "en", "CIOMS I\nPatient initials: {#}\nSuspect drug: {N:trialdrug}\nSponsor: {N:sponsor}\nCRO: {N:cro}\nReporter: {S:sponsor}\n"),
    ("f16_trial", "de", "UAW-Meldung\nArzneimittel: {N:trialdrug}\nZulassungsinhaber: {N:sponsor}\nMeldende/r: {P}\nPatient/in: {P}, geb. {B}\n"),
    ("f16_trial", "fr", "Déclaration d'effet indésirable\nMédicament : {N:trialdrug}\nLaboratoire : {N:sponsor}\nDéclarant : {P}\n"),
    ("f16_trial", "es", "Notificación de sospecha\nFármaco: {N:trialdrug}\nTitular: {N:sponsor}\nNotificador: {P}\n"),
    ("f16_trial", "en", "<primarysource><reportergivename>{PG}</reportergivename><reporterfamilyname>{PS}</reporterfamilyname><reporterorganization>{N:sponsor}</reporterorganization></primarysource>\n<drug><medicinalproduct>{N:trialdrug}</medicinalproduct></drug>\n"),
    ("f16_trial", "it", "Studio {N:trialdrug}-{#}\nPromotore: {N:sponsor}\nCRO: {N:cro}\nSperimentatore: {P}\n"),
    # vehicles and insurers
    ("f16_vehicle", "fr", "Constat amiable\nVéhicule A : {N:vehicle}\nAssureur : {N:insurer}\nConducteur : {P}\nAdresse : {A}\nVéhicule B : {N:vehicle}, conducteur {P}\n"),
    ("f16_vehicle", "de", "Unfallbericht\nFahrzeug A: {N:vehicle}\nVersicherer: {N:insurer}\nFahrer/in: {P}\nAnschrift: {A}\n"),
    ("f16_vehicle", "es", "Declaración amistosa\nVehículo A: {N:vehicle}\nAseguradora: {N:insurer}\nConductor: {P}\n"),
    ("f16_vehicle", "it", "Constatazione amichevole\nVeicolo A: {N:vehicle}\nCompagnia: {N:insurer}\nConducente: {P}\n"),
    ("f16_vehicle", "nl", "Aanrijdingsformulier\nVoertuig A: {N:vehicle}\nVerzekeraar: {N:insurer}\nBestuurder: {P}\n"),
    ("f16_vehicle", "pt", "Declaração amigável\nVeículo A: {N:vehicle}\nSeguradora: {N:insurer}\nCondutor: {P}\n"),
    ("f16_vehicle", "en", "Tow release {#}\nVehicle: {N:vehicle}\nReleased to: {P}\nInsurer: {S:insurer}\n"),
    ("f16_vehicle", "ro", "Constatare amiabilă\nVehicul A: {N:vehicle}\nAsigurător: {N:insurer}\nȘofer: {P}\n"),
    # courts and youth offices
    ("f16_court", "de", "Hilfeplan\nKind: {P}, geb. {B}\nZuständig: {N:court}\nFachkraft: {S:court}\nPflegeeltern: {P} und {P}\n"),
    ("f16_court", "en", "Placement order\nChild: {P}\nCourt: {N:court}\nSocial worker: {P}\nFoster carers: {P}, {P}\n"),
    ("f16_court", "fr", "Placement\nEnfant : {P}\nJuridiction : {N:court}\nÉducatrice : {P}\n"),
    ("f16_court", "nl", "Plaatsing\nKind: {P}\nInstantie: {N:court}\nGezinsvoogd: {P}\n"),
    ("f16_court", "sv", "Placering\nBarn: {P}\nDomstol: {N:court}\nHandläggare: {P}\n"),
    ("f16_court", "cs", "Umístění dítěte\nDítě: {P}\nSoud: {N:court}\nPěstoun: {P}\n"),
    # trademarks
    ("f16_mark", "en", "(210) {#}\n(540) {N:mark}\n(511) {N:nice}\n(731) {PU}, {A}\n(740) {S:lawfirm}\n"),
    ("f16_mark", "de", "Aktenzeichen: 30 2024 {#}\nMarke: {N:mark}\nInhaber: {P}, {A}\nVertreter: {S:lawfirm}\n"),
    ("f16_mark", "fr", "Marque : {N:mark}\nDéposant : {P}\nMandataire : {S:lawfirm}\n"),
    ("f16_mark", "es", "Marca: {N:mark}\nTitular: {P}\nAgente: {S:lawfirm}\n"),
    ("f16_mark", "it", "Marchio: {N:mark}\nRichiedente: {P}\nMandatario: {S:lawfirm}\n"),
    ("f16_mark", "pl", "Znak: {N:mark}\nZgłaszający: {P}\nPełnomocnik: {S:lawfirm}\n"),
    # SEPA names
    ("f16_sepa", "de", "<Dbtr><Nm>{S:creditorbank}</Nm></Dbtr>\n<DbtrAgt><FinInstnId><Nm>{N:creditorbank}</Nm></FinInstnId></DbtrAgt>\n<Cdtr><Nm>{S:creditorbank}</Nm></Cdtr>\n<UltmtDbtr><Nm>{P}</Nm></UltmtDbtr>\n"),
    ("f16_sepa", "en", "<Cdtr><Nm>{N:creditorbank}</Nm></Cdtr><Dbtr><Nm>{P}</Nm><PstlAdr><AdrLine>{A}</AdrLine></PstlAdr></Dbtr>\n"),
    ("f16_sepa", "nl", "<Ntry><NtryDtls><TxDtls><RltdPties><Dbtr><Nm>{S:creditorbank}</Nm></Dbtr><Cdtr><Nm>{P}</Nm></Cdtr></RltdPties></TxDtls></NtryDtls></Ntry>\n"),
    ("f16_sepa", "fr", "<Cdtr><Nm>{N:creditorbank}</Nm></Cdtr>\n<Dbtr><Nm>{PU}</Nm></Dbtr>\n"),
    ("f16_sepa", "es", "<Dbtr><Nm>{P}</Nm></Dbtr><CdtrAgt><FinInstnId><Nm>{N:creditorbank}</Nm></FinInstnId></CdtrAgt>\n"),
    ("f16_sepa", "it", "<Cdtr><Nm>{S:creditorbank}</Nm></Cdtr><Dbtr><Nm>{P}</Nm></Dbtr>\n"),
    # energy suppliers
    ("f16_supplier", "de", "Lieferantenwechsel\nKunde: {P}\nLieferstelle: {A}\nBisheriger Lieferant: {S:supplier}\nNeuer Lieferant: {N:supplier}\n"),
    ("f16_supplier", "en", "Switch request\nCustomer: {P}\nSupply address: {A}\nCurrent supplier: {S:supplier}\n"),
    ("f16_supplier", "fr", "Changement de fournisseur\nTitulaire : {P}\nFournisseur actuel : {S:supplier}\n"),
    ("f16_supplier", "es", "Cambio de comercializadora\nTitular: {P}\nComercializadora actual: {S:supplier}\n"),
    ("f16_supplier", "it", "Cambio fornitore\nIntestatario: {P}\nFornitore uscente: {S:supplier}\n"),
    ("f16_supplier", "pl", "Zmiana sprzedawcy\nOdbiorca: {P}\nObecny sprzedawca: {S:supplier}\n"),
    ("f16_supplier", "cs", "Změna dodavatele\nZákazník: {P}\nStávající dodavatel: {S:supplier}\n"),
    ("f16_supplier", "ro", "Schimbare furnizor\nClient: {P}\nFurnizor actual: {S:supplier}\n"),
    # media outlets
    ("f16_press", "en", "Accreditation list\n| Name | Outlet | Role |\n|---|---|---|\n| {P} | {N:media} | Reporter |\n| {P} | {N:media} | Photographer |\n"),
    ("f16_press", "de", "Akkreditierung\nName: {P}\nMedium: {N:media}\nRessortleitung: {S:media}\n"),
    ("f16_press", "fr", "Accréditation\nNom : {P}\nMédia : {N:media}\nRédacteur en chef : {S:media}\n"),
    ("f16_press", "es", "Acreditación\nNombre: {P}\nMedio: {N:media}\n"),
    ("f16_press", "sv", "Ackreditering\nNamn: {P}\nRedaktion: {N:media}\n"),
    ("f16_press", "tr", "Akreditasyon\nAd Soyad: {P}\nKurum: {N:media}\n"),
    # translated UI strings
    ("f16_tmx", "en", "<tu creationid=\"{P}\"><tuv xml:lang=\"en\"><seg>{N:ui}</seg></tuv><tuv xml:lang=\"de\"><seg>{N:ui}</seg></tuv></tu>\n<prop type=\"x-reviewer\">{P}</prop>\n"),
    ("f16_tmx", "de", "<trans-unit id=\"{#}\"><source>{N:ui}</source><target>{N:ui}</target><note from=\"{P}\">ok</note></trans-unit>\n"),
    ("f16_tmx", "fr", "<trans-unit id=\"{#}\"><source>{N:ui}</source><target>{N:ui}</target></trans-unit>\n<!-- traduit par {P} -->\n"),
    ("f16_tmx", "nl", "Bron: {N:ui}\nDoel: {N:ui}\nVertaler: {P}\n"),
    ("f16_tmx", "pl", "source: {N:ui}\ntarget: {N:ui}\ntranslator: {P}\n"),
    # room types and rate codes
    ("f16_room", "en", "Night audit 02:00\nRoom 214 | {N:room} | {N:rate} | {PC} | in-house\nRoom 305 | {N:room} | {N:rate} | {PC} | no-show\n"),
    ("f16_room", "de", "Zimmer {#} | {N:room} | Rate {N:rate} | Gast: {P}\n"),
    ("f16_room", "fr", "Chambre {#} – {N:room} – tarif {N:rate} – client : {P}\n"),
    ("f16_room", "it", "Camera {#} | {N:room} | {N:rate} | Ospite: {P}\n"),
    ("f16_room", "es", "Habitación {#} | {N:room} | {N:rate} | Huésped: {P}\n"),
    ("f16_room", "da", "Værelse {#} | {N:room} | {N:rate} | Gæst: {P}\n"),
    ("f16_room", "tr", "Oda {#} | {N:room} | {N:rate} | Misafir: {P}\n"),
    # doors and zones
    ("f16_door", "en", "2024-03-0{#} 07:58:12 GRANTED {N:door} badge {#} {P}\n2024-03-0{#} 08:01:40 DENIED {N:door} badge {#} {P}\n"),
    ("f16_door", "de", "Zutritt | {N:door} | {P} | erlaubt\nZutritt | {N:door} | {P} | verweigert\n"),
    ("f16_door", "nl", "{N:door};{P};toegang verleend\n{N:door};{P};geweigerd\n"),
    ("f16_door", "sv", "{N:door} – {P} – godkänd\n"),
    ("f16_door", "ro", "{N:door} | {P} | acces permis\n"),
    # firearms
    ("f16_firearm", "de", "Waffenbesitzkarte Nr. {#}\nInhaber/in: {P}, geb. {B}\nHersteller: {N:firearm}\nModell: {N:firearmmodel}\nWaffenhändler: {S:firearm}\n"),
    ("f16_firearm", "en", "Certificate holder: {P}\nMake: {N:firearm}\nModel: {N:firearmmodel}\nDealer: {S:firearm}\n"),
    ("f16_firearm", "fr", "Détenteur : {P}\nMarque : {N:firearm}\nModèle : {N:firearmmodel}\n"),
    ("f16_firearm", "it", "Titolare: {P}\nMarca: {N:firearm}\nModello: {N:firearmmodel}\n"),
    ("f16_firearm", "sv", "Innehavare: {P}\nFabrikat: {N:firearm}\nModell: {N:firearmmodel}\n"),
    ("f16_firearm", "cs", "Držitel: {P}\nVýrobce: {N:firearm}\nModel: {N:firearmmodel}\n"),
    ("f16_firearm", "en", "{P} bought a {N:firearm} from {P}; the {N:firearmmodel} is registered to {P}.\n"),
    # contractors
    ("f16_contractor", "de", "Unterweisung Baustelle\nName: {P}\nFirma: {S:contractor}\nBauleiter: {P}\n"),
    ("f16_contractor", "en", "Site induction register\n| Name | Company | Supervisor |\n|---|---|---|\n| {P} | {N:contractor} | {P} |\n| {P} | {N:contractor} | {S:contractor} |\n"),
    ("f16_contractor", "fr", "Accueil chantier\nNom : {P}\nEntreprise : {S:contractor}\n"),
    ("f16_contractor", "es", "Registro de obra\nTrabajador: {P}\nEmpresa: {S:contractor}\n"),
    ("f16_contractor", "pl", "Szkolenie wstępne\nPracownik: {P}\nFirma: {S:contractor}\n"),
    ("f16_contractor", "pt", "Registo de obra\nTrabalhador: {P}\nEmpresa: {S:contractor}\n"),
    # hospitals and wards
    ("f16_hospital", "de", "Mutterpass\nName: {P}, geb. {B}\nEntbindungsklinik: {N:hospital}\nStation: {N:ward}\nHebamme: {S:ward}\n"),
    ("f16_hospital", "en", "Booking: {P}, DOB {B}\nHospital: {N:hospital}\nUnit: {N:ward}\nMidwife: {P}\n"),
    ("f16_hospital", "fr", "Patiente : {P}\nMaternité : {N:hospital}\nService : {N:ward}\nSage-femme : {P}\n"),
    ("f16_hospital", "es", "Paciente: {P}\nHospital: {N:hospital}\nServicio: {N:ward}\nMatrona: {P}\n"),
    ("f16_hospital", "pl", "Pacjentka: {P}\nSzpital: {N:hospital}\nOddział: {N:ward}\nPołożna: {P}\n"),
    ("f16_hospital", "da", "Patient: {P}\nHospital: {N:hospital}\nAfdeling: {N:ward}\nJordemoder: {P}\n"),
    ("f16_hospital", "tr", "Hasta: {P}\nHastane: {N:hospital}\nServis: {N:ward}\nEbe: {P}\n"),
    # implant makers
    ("f16_implant", "en", "Implant card\nPatient: {P}\nManufacturer: {N:implantmaker}\nModel: {N:implantmodel}\nImplanting centre: {N:hospital}\nSurgeon: {P}\n"),
    ("f16_implant", "de", "Implantatausweis\nPatient/in: {P}, geb. {B}\nHersteller: {N:implantmaker}\nTyp: {N:implantmodel}\nOperateur: {P}\n"),
    ("f16_implant", "fr", "Carte d'implant\nPatient : {P}\nFabricant : {N:implantmaker}\nChirurgien : {P}\n"),
    ("f16_implant", "nl", "Implantaatkaart\nPatiënt: {P}\nFabrikant: {N:implantmaker}\nChirurg: {P}\n"),
    ("f16_implant", "it", "Tessera impianto\nPaziente: {P}\nProduttore: {N:implantmaker}\nChirurgo: {P}\n"),
    # laboratories
    ("f16_lab", "en", "Custody and control form\nDonor: {P}\nCollector: {P}\nLaboratory: {N:lab}\nMRO: {S:lab}\n"),
    ("f16_lab", "de", "Probenbegleitschein\nProband/in: {P}, geb. {B}\nLabor: {N:lab}\nEntnahme durch: {P}\n"),
    ("f16_lab", "fr", "Prélèvement\nDonneur : {P}\nLaboratoire : {N:lab}\nPréleveur : {P}\n"),
    ("f16_lab", "ro", "Recoltare\nPersoană testată: {P}\nLaborator: {N:lab}\nRecoltat de: {P}\n"),
    # departments
    ("f16_dept", "de", "Unfallanzeige\nVersicherte/r: {P}, geb. {B}\nAbteilung: {N:dept}\nVorgesetzte/r: {S:dept}\nZeuge: {P}\n"),
    ("f16_dept", "en", "RIDDOR report\nInjured person: {P}\nDepartment: {N:dept}\nReported by: {S:dept}\n"),
    ("f16_dept", "it", "Denuncia INAIL\nInfortunato: {P}\nReparto: {N:dept}\nResponsabile: {S:dept}\n"),
    ("f16_dept", "es", "Parte de accidente\nTrabajador: {P}\nDepartamento: {N:dept}\nResponsable: {S:dept}\n"),
    ("f16_dept", "pl", "Protokół wypadku\nPoszkodowany: {P}\nDział: {N:dept}\nPrzełożony: {S:dept}\n"),
    ("f16_dept", "sv", "Arbetsskadeanmälan\nSkadad: {P}\nAvdelning: {N:dept}\nChef: {S:dept}\n"),
    ("f16_dept", "en", "Whistleblowing case {#}\nReporter: anonymous\nSubject: {P}\nReceived by: {S:dept}\nWitness: {P}\n"),
    # assembly points
    ("f16_muster", "en", "Fire drill {DT}\n{N:assembly}: {P}, {P}, {P}\nWarden: {P}\n"),
    ("f16_muster", "de", "Räumungsübung {DT}\n{N:assembly}: {P} (Ersthelfer), {P}\nVermisst: {P}\n"),
    ("f16_muster", "fr", "Exercice d'évacuation\n{N:assembly} : {P}, {P}\nGuide-file : {P}\n"),
    ("f16_muster", "nl", "Ontruimingsoefening\n{N:assembly}: {P}, {P}\nBHV: {P}\n"),
    ("f16_muster", "it", "Prova di evacuazione\n{N:assembly}: {P}, {P}\nAddetto: {P}\n"),
    ("f16_muster", "sv", "Utrymningsövning\n{N:assembly}: {P}, {P}\nUtrymningsledare: {P}\n"),
    ("f16_muster", "cs", "Cvičný požární poplach\n{N:assembly}: {P}, {P}\nPreventista: {P}\n"),
    # embassies and offices
    ("f16_embassy", "de", "Registrierung\nName: {P}, geb. {B}\nZuständige Vertretung: {N:embassy}\nAnschrift im Ausland: {A}\nNotfallkontakt: {P}\n"),
    ("f16_embassy", "fr", "Inscription consulaire\nNom : {PU}\nPoste : {N:embassy}\nContact d'urgence : {P}\n"),
    ("f16_embassy", "it", "Iscrizione AIRE\nNominativo: {P}\nUfficio consolare: {N:embassy}\n"),
    ("f16_embassy", "pl", "Rejestracja\nImię i nazwisko: {P}\nPlacówka: {N:embassy}\n"),
    ("f16_embassy", "ro", "Înregistrare\nNume: {P}\nMisiune: {N:embassy}\n"),
    ("f16_embassy", "en", "Naturalisation ceremony\nCandidate: {P}\nOffice: {N:office}\nOfficiant: {S:office}\n"),
    ("f16_embassy", "de", "Antrag auf Kindergeld\nAntragsteller/in: {P}\nKind: {P}, geb. {B}\nZuständig: {N:office}\nSachbearbeitung: {S:office}\n"),
    ("f16_embassy", "nl", "Aanvraag kinderbijslag\nAanvrager: {P}\nKind: {P}\nLoket: {N:office}\n"),
    ("f16_embassy", "cs", "Žádost o přídavek\nŽadatel: {P}\nÚřad: {N:office}\n"),
    ("f16_embassy", "da", "Ansøgning\nAnsøger: {P}\nKontor: {N:office}\n"),
]

# Each class gets about ten records; its templates are used in turn.
by_class = {}
for cls, lg, tpl in T:
    by_class.setdefault(cls, []).append((lg, tpl))
for cls, tpls in by_class.items():
    count = max(10, 2 * len(tpls))
    for i in range(count):
        lg, tpl = tpls[i % len(tpls)]
        D(lg, cls).fill(tpl).done()

write_json(records)
