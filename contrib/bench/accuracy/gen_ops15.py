#!/usr/bin/env python3
"""gen_ops15.py: people, street addresses and dates of birth in operational records and logs,
written from the operational half of the fifteenth blind set's public brief (its run.sh title and
README row; never its generator or data), before any detector rule was read or hush was run on
it (branch ops15). A tune set.

Classes (metadata.class), each in the layout the real system prints:
- `cad`: emergency dispatch (CAD) incident records: `RP:`/`CALLER:`/`PT:` fields, location and
  cross streets, units, time-stamped narrative lines; German Leitstelle, French CTA/SAMU, Dutch
  meldkamer and other forms;
- `epcr`: ambulance run sheets and ePCR exports (patient, DOB, age, home and incident address,
  next of kin, crew), NEMSIS v3 element keys (`ePatient.02`, `ePatient.17`...), DIVI protocols;
- `modqueue`: content moderation queues: doxxing reports quoting the leaked name, street and birth
  date, reporter and reported handles;
- `voice`: voice-assistant histories (`alexa, call mama`, `remind anna to ...`), contacts in lower
  case;
- `smarthome`: smart-home logbooks and household profiles (members, birthdays, device names);
- `bugbounty`: bug bounty reports with leaked records (IDOR JSON responses, CSV user tables);
- `whois`: WHOIS, DENIC and RDAP records (`Registrant Name`, `[Holder]`, `vcardArray`);
- `porting`: number porting requests (subscriber, account holder, service address);
- `fitness`: fitness-app and running-club exports (parkrun-like results, Garmin-like profiles,
  club member lists with birth dates and years, age groups);
- `rescue`: mountain rescue logs (casualty, informant, team, helicopters, huts, mountains);
- `hackathon`: hackathon registrations (members, GitHub handles, t-shirt sizes, birth dates);
- `scooter`: e-scooter damage reports (rider, third party, places);
- `pir`: baggage irregularity reports in WorldTracer's two-letter fields (`NM WEBER/JONAS MR`,
  `PA`, `TA`) and as letters;
- `subst`: school substitution plans (`Vertretung`, `remplacement`, `zastępstwo`, `suplování`),
  teachers' short forms and names;
- `gdpr`: GDPR access requests and breach notification letters.
Languages: en (US GB IE AU), de (DE AT CH), fr, nl, es, it, pt (PT BR), pl, sv, da, cs, tr, ro.
Half the names are invented from syllables (no lexicon holds them), half real, some of global
origin; capitals in forms, lower case in voice transcripts and chats, particles, hyphens,
`Surname, Given`, `SURNAME Given`, `SURNAME/GIVEN`. Look-alikes (NEG_*) with positions: units and
call signs (`Medic 12`, `RTW 1/83-1`, `Christoph 14`), stations, hospitals and schools named
after people, streets named after people with no number, cross streets, mountains and huts,
famous people, devices and rooms, teams and clubs, handles, dates that are not births, ages and
age groups, incident and ticket numbers.
Writes JSON (the names_tune3.json format) to stdout; deterministic; Python stdlib only."""
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gen_common import Doc, write_json, MONTHS  # noqa: E402

rng = random.Random(20261205 + 1543)
records = []


class D(Doc):
    records = records

    def neg(self, kind, v):
        return self.span("NEG_" + kind, v)


LANGS = ["en", "de", "fr", "nl", "es", "it", "pt", "pl", "sv", "da", "cs", "tr", "ro"]
REGION = {"en": ["US", "GB", "IE", "AU"], "de": ["DE", "AT", "CH"], "pt": ["PT", "BR"]}

# ---- names -------------------------------------------------------------------------------------
REAL = {
    "en": (["Emily", "James", "Siobhan", "Liam", "Chloe", "Darragh", "Kayla", "Mitchell", "Grace", "Tyler"],
           ["Fletcher", "O'Sullivan", "Brennan", "McAllister", "Whitfield", "Nguyen", "Harding", "Kowalski",
            "Ní Bhriain", "Okafor"]),
    "de": (["Jonas", "Ulrike", "Matthias", "Leonie", "Florian", "Katrin", "Reto", "Vreni", "Lukas", "Anja"],
           ["Keller", "Weber", "Huber", "Brandstätter", "von Arnim", "Müller-Thurgau", "Gruber", "Zürcher",
            "Schneider", "Baumgartner"]),
    "fr": (["Camille", "Mathieu", "Aurélie", "Benoît", "Inès", "Yannick", "Manon", "Théo"],
           ["Dupont", "Lefèvre", "de La Fontaine", "Moreau", "Girard", "Benali", "Rousseau", "Le Goff"]),
    "nl": (["Sanne", "Pieter", "Femke", "Joris", "Lotte", "Bram", "Anouk", "Wouter"],
           ["de Vries", "van der Berg", "Jansen", "van Dijk", "Bakker", "Visser", "de Jong", "Smits"]),
    "es": (["Lucía", "Javier", "Pilar", "Sergio", "Carmen", "Rodrigo", "Valentina", "Mateo"],
           ["García López", "Navarro", "de la Cruz", "Romero", "Castillo", "Fernández", "Ortega", "Iglesias"]),
    "it": (["Giulia", "Matteo", "Chiara", "Davide", "Lorenzo", "Francesca", "Alessio", "Martina"],
           ["Rossi", "Bianchi", "Colombo", "Esposito", "De Luca", "Ferraro", "Lombardi", "Di Stefano"]),
    "pt": (["João", "Ana", "Thiago", "Beatriz", "Rafael", "Mariana", "Gonçalo", "Larissa"],
           ["Silva", "Pereira", "dos Santos", "Costa", "Oliveira", "Ferreira", "Rodrigues", "da Cunha"]),
    "pl": (["Katarzyna", "Piotr", "Agnieszka", "Tomasz", "Małgorzata", "Paweł", "Zofia", "Jakub"],
           ["Kowalczyk", "Wójcik", "Nowak", "Mazur", "Krawczyk", "Zając", "Dąbrowska", "Lewandowski"]),
    "sv": (["Sven", "Ingrid", "Karin", "Anders", "Linnea", "Erik", "Maja", "Oskar"],
           ["Lindqvist", "Andersson", "Bergström", "Holm", "Nyberg", "Sjöberg", "Åkesson", "Ek"]),
    "da": (["Mette", "Rasmus", "Freja", "Mikkel", "Sofie", "Jens", "Ida", "Magnus"],
           ["Sørensen", "Jørgensen", "Madsen", "Kristensen", "Nielsen", "Thomsen", "Møller", "Bech"]),
    "cs": (["Jana", "Petr", "Tereza", "Jiří", "Lucie", "Tomáš", "Eliška", "Vojtěch"],
           ["Nováková", "Dvořák", "Svobodová", "Černý", "Procházka", "Kučerová", "Veselý", "Horáková"]),
    "tr": (["Ayşe", "Mehmet", "Zeynep", "Emre", "Elif", "Burak", "Deniz", "Cem"],
           ["Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Aydın", "Öztürk", "Arslan"]),
    "ro": (["Andreea", "Mihai", "Ioana", "Cristian", "Elena", "Bogdan", "Raluca", "Sorin"],
           ["Popescu", "Ionescu", "Dumitrescu", "Stoica", "Munteanu", "Constantinescu", "Lungu", "Radu"]),
}
GLOBAL = [("Oluwaseun", "Adeyemi"), ("Priya", "Raman"), ("Kwame", "Mensah"), ("Fatima", "Al-Hassan"),
          ("Wei", "Zhang"), ("Hiroshi", "Tanaka"), ("Aigerim", "Nurlanova"), ("Mehdi", "Rahimi"),
          ("Siosaia", "Tupou"), ("Thandiwe", "Dlamini"), ("Rahul", "Deshpande"), ("Yusuf", "Karimi"),
          ("Anh", "Tran"), ("Joon-ho", "Park"), ("Farah", "Haddad"), ("Tenzin", "Dorje"), ("Amara", "Diallo"),
          ("Chinonso", "Eze"), ("Lakshmi", "Venkataraman"), ("Bilal", "Qureshi")]
SYL = {"en": (["bran", "wick", "ash", "tor", "mel", "ford", "wen", "der"], ["ton", "ley", "by"]),
       "de": (["bre", "win", "kel", "mau", "gas", "hol", "rutz", "fen"], ["mann", "ler", "bach"]),
       "fr": (["bel", "rou", "quet", "lan", "gau", "vel", "sar", "teau"], ["ier", "aud", "ot"]),
       "nl": (["hui", "ker", "bol", "dij", "sme", "wout", "laar", "gel"], ["ink", "sen", "hof"]),
       "es": (["zar", "mon", "qui", "llo", "bar", "cue", "vi", "dal"], ["ez", "ano", "ejo"]),
       "it": (["bru", "sca", "ghi", "lon", "vel", "maz", "cor", "dan"], ["ini", "etti", "one"]),
       "pt": (["cou", "tin", "bra", "gue", "lha", "mar", "dei", "vas"], ["eira", "ães", "ado"]),
       "pl": (["ko", "wal", "brze", "szy", "dra", "mie", "gro", "sta"], ["ski", "czyk", "iak", "ewicz"]),
       "sv": (["al", "vi", "sig", "ran", "bo", "el", "tor", "mi"], ["sson", "qvist", "ström", "berg"]),
       "da": (["mad", "tof", "hel", "bir", "kas", "lun", "mor", "jes"], ["sen", "gaard", "holt", "rup"]),
       "cs": (["vo", "bro", "ště", "pa", "kři", "lu", "ded", "mra"], ["ák", "ová", "ek", "íček"]),
       "tr": (["ay", "tem", "kor", "bal", "der", "sun", "gül", "mer"], ["oğlu", "tekin", "kaya", "han"]),
       "ro": (["dra", "gos", "vil", "mir", "cea", "tru", "lin", "bu"], ["escu", "eanu", "aru", "ici"]),
       "gl": (["ka", "zu", "mbe", "ti", "nae", "lo", "qua", "vey", "da", "ro"], ["ni", "ye", "wa", "ko", "ra"])}


def invent(lg, surname):
    syl, end = SYL[lg]
    w = "".join(rng.choice(syl) for _ in range(rng.choice((2, 2, 3))))
    if surname:
        w += rng.choice(end)
    return w[0].upper() + w[1:]


def person(lg):
    """(given, surname): half invented, a sixth of global origin, the rest real of the language."""
    r = rng.random()
    if r < 0.5:
        src = "gl" if rng.random() < 0.2 else lg
        g, s = invent(src, False), invent(src, True)
        if rng.random() < 0.08:
            s = s + "-" + invent(src, True)
        return g, s
    if r < 0.66:
        return rng.choice(GLOBAL)
    g, s = REAL[lg]
    return rng.choice(g), rng.choice(s)


def caps(s):
    return s.upper()


def full(g, s, style=None):
    """A name in one of the forms records write it."""
    st = style or rng.choice(["gs", "gs", "sg_comma", "SG", "S_comma_G"])
    if st == "gs":
        return g + " " + s
    if st == "sg_comma":
        return s + ", " + g
    if st == "SG":
        return s.upper() + " " + g
    if st == "S_comma_G":
        return (s + ", " + g).upper()
    if st == "GS":
        return (g + " " + s).upper()
    if st == "slash":
        return (s + "/" + g).upper().replace(" ", "")
    if st == "low":
        return (g + " " + s).lower()
    raise ValueError(st)


# ---- dates -------------------------------------------------------------------------------------
def ymd(lo, hi):
    return rng.randint(lo, hi), rng.randint(1, 12), rng.randint(1, 28)


def dnum(lg, y, m, d):
    if lg == "en_us":
        return "%02d/%02d/%04d" % (m, d, y)
    if lg in ("sv", "iso"):
        return "%04d-%02d-%02d" % (y, m, d)
    if lg in ("da", "nl"):
        return "%02d-%02d-%04d" % (d, m, y)
    if lg in ("fr", "it", "es", "pt", "en", "tr"):
        return "%02d/%02d/%04d" % (d, m, y)
    if lg == "cs":
        return "%d. %d. %04d" % (d, m, y)
    return "%02d.%02d.%04d" % (d, m, y)


def dob(lg, lo=1936, hi=2007):
    return dnum(lg, *ymd(lo, hi))


def today(lg):
    return dnum(lg, *ymd(2023, 2025))


def hhmm():
    return "%02d:%02d" % (rng.randint(0, 23), rng.randint(0, 59))


def hms():
    return "%02d:%02d:%02d" % (rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59))


def num(lo, hi):
    return str(rng.randint(lo, hi))


# ---- streets -----------------------------------------------------------------------------------
ST = {"en": ["Maple Ave", "Ridge Rd", "Albion Road", "Mill Hill Lane", "Cobden Street", "Chapel Walk",
             "Sycamore Drive", "Harbour Parade"],
      "de": ["Hauptstraße", "Lindenallee", "Bahnhofstr.", "Schillerstraße", "Gartenweg", "Kirchgasse",
             "Rosenstraße", "Seestrasse"],
      "fr": ["rue de la République", "avenue des Tilleuls", "boulevard de la Liberté", "rue des Lilas",
             "chemin du Moulin", "impasse des Vignes"],
      "nl": ["Kerkstraat", "Dorpsstraat", "Molenweg", "Prinsengracht", "Lindenlaan", "Stationsplein"],
      "es": ["Calle Mayor", "Calle del Carmen", "Avda. de la Constitución", "C/ Sierpes", "Paseo de Gracia"],
      "it": ["Via Roma", "Via dei Tigli", "Viale dei Mille", "Via della Spiga", "Corso Italia"],
      "pt": ["Rua das Flores", "Avenida da Liberdade", "Rua Augusta", "Rua do Sol", "Travessa do Carmo"],
      "pl": ["ul. Długa", "ul. Kwiatowa", "ul. Piotrkowska", "al. Jerozolimskie", "ul. Ogrodowa"],
      "sv": ["Storgatan", "Kungsvägen", "Vasagatan", "Björkvägen", "Ringvägen"],
      "da": ["Nørrebrogade", "Vesterbrogade", "Jagtvej", "Østergade", "Søndre Allé"],
      "cs": ["Dlouhá", "Vinohradská", "Masarykova", "Lidická", "Na Příkopě"],
      "tr": ["Moda Caddesi", "Bağdat Caddesi", "Gül Sokak", "Lale Sokak", "Çınar Sokak"],
      "ro": ["Str. Florilor", "Calea Victoriei", "Bd. Unirii", "Str. Lalelelor", "Aleea Teilor"]}
TOWN = {"en": {"US": ["Springfield, IL 62704", "Albany, NY 12203", "Tucson, AZ 85719", "Dayton, OH 45402"],
               "GB": ["Leeds LS6 1AB", "York YO10 5DD", "Bristol BS3 4QT", "Kendal LA9 4QS"],
               "IE": ["Dublin 8, D08 X2Y4", "Galway, H91 E2K3", "Cork, T12 R5CP"],
               "AU": ["Fitzroy VIC 3065", "Newtown NSW 2042", "Katoomba NSW 2780"]},
        "de": {"DE": ["80331 München", "50674 Köln", "10115 Berlin", "82467 Garmisch-Partenkirchen"],
               "AT": ["6020 Innsbruck", "1070 Wien", "5020 Salzburg"],
               "CH": ["8004 Zürich", "3920 Zermatt", "3011 Bern"]},
        "fr": ["75009 Paris", "69002 Lyon", "74400 Chamonix-Mont-Blanc", "33000 Bordeaux"],
        "nl": ["1012 AB Amsterdam", "3511 LX Utrecht", "9711 HV Groningen"],
        "es": ["28012 Madrid", "41004 Sevilla", "08007 Barcelona"],
        "it": ["20121 Milano (MI)", "39100 Bolzano (BZ)", "40125 Bologna (BO)"],
        "pt": {"PT": ["1100-148 Lisboa", "4000-322 Porto"], "BR": ["01310-100 São Paulo - SP",
                                                              "22041-001 Rio de Janeiro - RJ"]},
        "pl": ["00-238 Warszawa", "31-610 Kraków", "80-827 Gdańsk", "34-500 Zakopane"],
        "sv": ["114 51 Stockholm", "752 36 Uppsala", "831 30 Östersund"],
        "da": ["2200 København N", "8000 Aarhus C", "5000 Odense C"],
        "cs": ["110 00 Praha 1", "602 00 Brno", "543 51 Špindlerův Mlýn"],
        "tr": ["34710 Kadıköy/İstanbul", "06420 Çankaya/Ankara", "35220 Konak/İzmir"],
        "ro": ["010063 București", "400000 Cluj-Napoca", "500030 Brașov"]}


def region(lg):
    return rng.choice(REGION[lg]) if lg in REGION else lg.upper()


def street(lg, reg=None, town=True, sep=", "):
    """A street address with its number (and its town unless town=False)."""
    s = rng.choice(ST[lg])
    if lg == "en":
        st = num(2, 2400) + " " + s
    elif lg == "fr":
        st = num(1, 120) + rng.choice(["", "", " bis"]) + " " + s
    elif lg == "pl":
        st = s + " " + num(1, 120) + rng.choice(["", "/" + num(1, 40), " m. " + num(1, 60)])
    elif lg == "tr":
        st = s + " No: " + num(1, 90) + rng.choice(["", " D: " + num(1, 20), "/" + num(1, 12)])
    elif lg == "ro":
        st = s + " nr. " + num(1, 120) + rng.choice(["", ", ap. " + num(1, 40)])
    elif lg == "es":
        st = s + " " + num(1, 150) + rng.choice(["", ", 3º B", ", bajo"])
    elif lg == "it":
        st = s + " " + num(1, 150)
    elif lg == "pt":
        st = s + ", " + num(1, 300) + rng.choice(["", ", 2º Esq."])
    elif lg == "da":
        st = s + " " + num(1, 200) + rng.choice(["", ", 3. tv", ", st. th."])
    elif lg == "cs":
        st = s + " " + num(100, 2400) + "/" + num(1, 60)
    else:
        st = s + " " + num(1, 180) + rng.choice(["", "", "a", "b"])
    if not town:
        return st
    t = TOWN[lg]
    if isinstance(t, dict):
        t = t[reg if reg in t else rng.choice(list(t))]
    return st + sep + rng.choice(t)


NAMED_STREETS = {"en": ["Lincoln Avenue", "Kennedy Boulevard", "Nelson Street", "Churchill Way", "Parnell Square"],
                 "de": ["Goethestraße", "Konrad-Adenauer-Straße", "Willy-Brandt-Platz", "Mozartgasse", "Alfred-Escher-Strasse"],
                 "fr": ["avenue Victor Hugo", "boulevard Voltaire", "rue Émile Zola", "place Charles de Gaulle"],
                 "nl": ["Van Goghstraat", "Rembrandtplein", "Willem de Zwijgerlaan"],
                 "es": ["Calle Cervantes", "Avenida de Blasco Ibáñez", "Calle de Alfonso XII"],
                 "it": ["Via Giuseppe Garibaldi", "Corso Vittorio Emanuele II", "Piazza Cavour"],
                 "pt": ["Avenida Getúlio Vargas", "Rua Almirante Reis", "Praça Marquês de Pombal"],
                 "pl": ["ul. Jana Pawła II", "al. Adama Mickiewicza", "ul. Marii Konopnickiej"],
                 "sv": ["Drottninggatan", "Birger Jarlsgatan", "Karlavägen"],
                 "da": ["H.C. Andersens Boulevard", "Niels Juels Gade"],
                 "cs": ["Masarykovo nábřeží", "Palackého náměstí", "Karlova"],
                 "tr": ["Atatürk Bulvarı", "İsmet İnönü Caddesi", "Fevzi Çakmak Sokak"],
                 "ro": ["Bd. Nicolae Bălcescu", "Str. Mihai Eminescu", "Str. Avram Iancu"]}
HOSP = {"en": ["St. Peter's Hospital", "Mercy Medical Center", "St. James's Hospital", "Royal Prince Alfred Hospital",
               "Addenbrooke's Hospital"],
        "de": ["Klinikum rechts der Isar", "St. Josef-Hospital", "Kardinal Schwarzenberg Klinikum",
               "Universitätsspital Zürich", "Marienhospital"],
        "fr": ["Hôpital Georges-Pompidou", "Hôpital Édouard-Herriot", "CHU Pellegrin"],
        "nl": ["Antonius Ziekenhuis", "Wilhelmina Kinderziekenhuis", "Maxima MC"],
        "es": ["Hospital Gregorio Marañón", "Hospital Virgen del Rocío", "Hospital Ramón y Cajal"],
        "it": ["Ospedale San Raffaele", "Policlinico Agostino Gemelli", "Ospedale Sandro Pertini"],
        "pt": ["Hospital de Santa Maria", "Hospital Israelita Albert Einstein", "Hospital São João"],
        "pl": ["Szpital im. Mikołaja Kopernika", "Szpital Bródnowski", "Szpital im. Jana Pawła II"],
        "sv": ["Karolinska universitetssjukhuset", "Sahlgrenska sjukhuset"],
        "da": ["Rigshospitalet", "Bispebjerg Hospital"],
        "cs": ["Nemocnice Na Homolce", "Fakultní nemocnice Motol", "Thomayerova nemocnice"],
        "tr": ["Haydarpaşa Numune Hastanesi", "Ankara Şehir Hastanesi"],
        "ro": ["Spitalul Clinic Colentina", "Spitalul Județean de Urgență Brașov"]}


# ---- classes -----------------------------------------------------------------------------------
def cad(lg):
    reg = region(lg)
    d = D(lg + ("_" + reg if lg in REGION else ""), "cad")
    cg, cs_ = person(lg)
    pg, ps = person(lg)
    if lg == "en":
        inc = "%02d-%06d" % (rng.randint(23, 25), rng.randint(1, 999999))
        d.t("CAD INCIDENT DETAIL  ").neg("CODE", "INC# " + inc).t("\nNATURE: " + rng.choice(
            ["FALL / ELDERLY", "CHEST PAIN", "MVA W/ INJURIES", "UNCONSCIOUS PERSON", "WELFARE CHECK"]) + "   PRI: " + num(1, 3) + "\n")
        d.t("LOCATION: ").span("STREET_ADDRESS", street("en", reg).upper())
        d.t("\nX-ST: ").neg("STREET", rng.choice(["W ELM ST", "N 5TH ST", "OAK AVE", "LINCOLN AVE"]))
        d.t(" / ").neg("STREET", rng.choice(["CHURCH ST", "S MAIN ST", "KENNEDY BLVD"])).t("\n")
        k = rng.randrange(3)
        lab = ["RP", "CALLER", "RP NAME"][k]
        d.t(lab + ": ").span("PERSON", full(cg, cs_, rng.choice(["S_comma_G", "GS", "SG"])))
        d.t("   CB#: ").span("PHONE_NUMBER", "(%03d) 555-%04d" % (rng.randint(201, 989), rng.randint(100, 199))).t("\n")
        age = rng.randint(2, 95)
        d.t("PT: ").neg("AGE", "%d YO%s" % (age, rng.choice("FM"))).t(rng.choice(["", " CONSC/BREATHING", " ALERT"])).t("\n")
        d.t("UNITS: ").neg("UNIT", rng.choice(["M12", "MEDIC 12", "A7", "AMB 31"])).t(" ").neg("UNIT", rng.choice(
            ["E4", "ENGINE 4", "L9", "SQUAD 2"])).t(" ").neg("UNIT", rng.choice(["BC2", "BATT 1", "EMS1"])).t("\n")
        d.t("NARRATIVE:\n")
        t = hms()
        d.t(t + " RP STS " + rng.choice(["HUSBAND", "MOTHER", "NEIGHBOR", "FATHER"]) + " FELL, CONSC\n")
        n = rng.randrange(3)
        if n == 0:
            d.t(hms() + " PT NAME ").span("PERSON", full(pg, ps, "GS")).t(" DOB ").span("DATE_OF_BIRTH", dob("en_us")).t("\n")
        elif n == 1:
            d.t(hms() + " PTS NAME IS ").span("PERSON", full(pg, ps, "GS")).t(", ").neg("AGE", num(20, 90) + " YOA").t("\n")
        else:
            d.t(hms() + " PT ").span("PERSON", full(pg, ps, "S_comma_G")).t(" DOB ").span("DATE_OF_BIRTH", dob("en_us"))
            d.t(" HX CARDIAC\n")
        d.t(hms() + " [").neg("UNIT", "M12").t("] ENRT\n" + hms() + " [").neg("UNIT", "M12").t("] ONSC\n")
        d.t(hms() + " TRANSPORT TO ").neg("ORG", rng.choice(HOSP["en"])).t("\n")
    elif lg == "de":
        d.t("Einsatzprotokoll ILS  ").neg("CODE", "Einsatz-Nr. %d %07d" % (rng.randint(2023, 2025), rng.randint(1, 9999999))).t("\n")
        d.t("Stichwort: " + rng.choice(["RD 2 – Sturz", "RD 1 – Atemnot", "THL 1 – Person in Notlage", "RD 2 – Bewusstlos"]) + "\n")
        d.t("Einsatzort: ").span("STREET_ADDRESS", street("de", reg)).t("\n")
        d.t("Objekt: ").neg("ORG", rng.choice(["Seniorenheim St. Elisabeth", "Albert-Schweitzer-Schule",
                                             "Pflegeheim Haus Bethanien", "Grundschule am Goetheplatz"])).t("\n")
        d.t(rng.choice(["Melder: ", "Anrufer: ", "Mitteiler: "])).span("PERSON", full(cg, cs_, rng.choice(["sg_comma", "gs", "SG"])))
        d.t(", Rückruf ").span("PHONE_NUMBER", "+49 1%02d %07d" % (rng.randint(51, 79), rng.randint(1000000, 9999999))).t("\n")
        d.t("Patient: ").span("PERSON", full(pg, ps, rng.choice(["sg_comma", "gs"]))).t(", geb. ").span("DATE_OF_BIRTH", dob("de"))
        d.t(", " + rng.choice(["w", "m"]) + "\n")
        d.t("Fahrzeuge: ").neg("UNIT", rng.choice(["RTW 1/83-1", "Rotkreuz Erding 71/1", "RTW 3/83-2"])).t(", ")
        d.neg("UNIT", rng.choice(["NEF 1/82-1", "Christoph 1", "Christophorus 1", "NEF Rotkreuz 76/1"])).t("\n")
        d.t(hhmm() + " Alarmierung\n" + hhmm() + " Eintreffen, Patientin ansprechbar\n")
        d.t(hhmm() + " Transport ").neg("ORG", rng.choice(HOSP["de"])).t("\n")
    elif lg == "fr":
        d.t("CTA-CODIS 74 – fiche intervention ").neg("CODE", "n° %d-%06d" % (rng.randint(2023, 2025), rng.randint(1, 999999))).t("\n")
        d.t("Motif : " + rng.choice(["Chute personne âgée", "Malaise sur voie publique", "Détresse respiratoire"]) + "\n")
        d.t("Adresse : ").span("STREET_ADDRESS", street("fr")).t("\n")
        d.t("Requérant : ").span("PERSON", rng.choice(["M. ", "Mme "]) + full(cg, cs_, "SG")).t("  Tél. : ")
        d.span("PHONE_NUMBER", "06 %02d %02d %02d %02d" % tuple(rng.randint(10, 99) for _ in range(4))).t("\n")
        d.t("Victime : ").span("PERSON", full(pg, ps, rng.choice(["SG", "gs"]))).t(", née le ").span("DATE_OF_BIRTH", dob("fr"))
        d.t(" (").neg("AGE", num(20, 95) + " ans").t(")\n")
        d.t("Moyens engagés : ").neg("UNIT", rng.choice(["VSAV 1", "VSAV Chamonix 2", "FPT 1"])).t(", ")
        d.neg("UNIT", rng.choice(["SMUR 74", "Dragon 74", "VLM"])).t("\n")
        d.t(hhmm() + " Départ. " + hhmm() + " Sur place. Transport ").neg("ORG", rng.choice(HOSP["fr"])).t("\n")
    elif lg == "nl":
        d.t("GMS-melding ").neg("CODE", "P1 %06d" % rng.randint(1, 999999)).t(" – " + rng.choice(
            ["A1 Ambu", "A2 Ambu", "P 1 BR woning"]) + "\n")
        d.t("Locatie: ").span("STREET_ADDRESS", street("nl")).t("\n")
        d.t("Melder: ").span("PERSON", full(cg, cs_, rng.choice(["gs", "sg_comma"]))).t(" (").span(
            "PHONE_NUMBER", "06-%08d" % rng.randint(10000000, 99999999)).t(")\n")
        d.t("Patiënt: ").span("PERSON", full(pg, ps, "gs")).t(", geb. ").span("DATE_OF_BIRTH", dob("nl")).t("\n")
        d.t("Eenheden: ").neg("UNIT", rng.choice(["Ambulance 17-123", "AMBU 13-111", "TS 17-2531"])).t(", ")
        d.neg("UNIT", rng.choice(["Lifeliner 1", "MMT", "HV 17-151"])).t("\n")
        d.t(hhmm() + " ter plaatse, vervoer naar ").neg("ORG", rng.choice(HOSP["nl"])).t("\n")
    else:
        lab = {"es": ("Incidente", "Dirección", "Alertante", "Paciente", "f. nac.", "Recursos", ["SVB 12", "SVA 3", "Helicóptero 061"]),
               "it": ("Evento", "Indirizzo", "Chiamante", "Paziente", "nato/a il", "Mezzi", ["MSB 118 Alfa", "MSA 2", "Elisoccorso Pegaso 1"]),
               "pt": ("Ocorrência", "Morada", "Solicitante", "Vítima", "data de nascimento", "Meios", ["SIV Loures", "VMER Santa Maria", "Helicóptero INEM 2"]),
               "pl": ("Zdarzenie", "Adres", "Zgłaszający", "Pacjent", "ur.", "Zespoły", ["ZRM P 07", "ZRM S 12", "LPR Ratownik 1"]),
               "sv": ("Ärende", "Adress", "Inringare", "Patient", "född", "Enheter", ["Ambulans 2040", "IVPA 3", "Ambulanshelikopter 1"]),
               "da": ("Hændelse", "Adresse", "Anmelder", "Patient", "født", "Enheder", ["Ambulance 4-11", "Akutlægebil 2", "Lægehelikopter"]),
               "cs": ("Událost", "Adresa", "Volající", "Pacient", "nar.", "Posádky", ["RZP 3-12", "RLP 1", "Kryštof 01"]),
               "tr": ("Vaka", "Adres", "Arayan", "Hasta", "doğum tarihi", "Ekipler", ["112 Ambulans 34-12", "UMKE 3"]),
               "ro": ("Caz", "Adresa", "Apelant", "Pacient", "născut la", "Echipaje", ["SMURD B3", "Ambulanța B-12", "Elicopter SMURD"])}[lg]
        d.t("112 – " + lab[0] + " ").neg("CODE", "#%d/%05d" % (rng.randint(2023, 2025), rng.randint(1, 99999))).t("\n")
        d.t(lab[1] + ": ").span("STREET_ADDRESS", street(lg, reg)).t("\n")
        d.t(lab[2] + ": ").span("PERSON", full(cg, cs_, rng.choice(["gs", "SG", "sg_comma"]))).t("\n")
        d.t(lab[3] + ": ").span("PERSON", full(pg, ps, rng.choice(["gs", "SG"]))).t(", " + lab[4] + " ").span("DATE_OF_BIRTH", dob(lg)).t("\n")
        d.t(lab[5] + ": ").neg("UNIT", rng.choice(lab[6])).t(" ").t(hhmm() + "\n")
    if rng.random() < 0.3:
        d.t("Note: not to be confused with ").neg("STREET", rng.choice(NAMED_STREETS[lg])).t(" (no house number given).\n")
    d.done()


def epcr(lg):
    lg = rng.choice(["en", "en", "de", "nl", "fr", "it", "sv", "pl"]) if lg in ("tr", "ro", "cs") else lg
    reg = region(lg)
    d = D(lg, "epcr")
    g, s = person(lg)
    kg, _ = person(lg)
    c1g, c1s = person(lg)
    c2g, c2s = person(lg)
    y, m, dd = ymd(1930, 2020)
    k = rng.randrange(3)
    if lg == "en" and k == 0:
        d.t('{"eRecord.01": "PCR-%d-%06d", "ePatient.02": "' % (rng.randint(2023, 2025), rng.randint(1, 999999)))
        d.span("PERSON", s).t('", "ePatient.03": "').span("PERSON", g).t('", "ePatient.05": "')
        d.span("STREET_ADDRESS", street("en", "US", town=False)).t('", "ePatient.06": "Springfield", "ePatient.08": "IL", "ePatient.09": "62704", ')
        d.t('"ePatient.13": "9906003", "ePatient.15": ').neg("AGE", str(2024 - y)).t(', "ePatient.16": "2516009", "ePatient.17": "')
        d.span("DATE_OF_BIRTH", "%04d-%02d-%02d" % (y, m, dd)).t('", "eResponse.14": "').neg("UNIT", "Medic " + num(1, 40))
        d.t('", "eDisposition.01": "').neg("ORG", rng.choice(HOSP["en"])).t('"}')
    elif lg == "en":
        d.t("PATIENT CARE REPORT   Run #: ").neg("CODE", "%d-%05d" % (rng.randint(2023, 2025), rng.randint(1, 99999)))
        d.t("   Unit: ").neg("UNIT", rng.choice(["Medic 12", "Ambulance 31", "Rescue 4", "Medic 7"])).t("\n")
        d.t("Patient Last: ").span("PERSON", s.upper()).t("   First: ").span("PERSON", g.upper()).t("\n")
        d.t("DOB: ").span("DATE_OF_BIRTH", dnum("en_us" if reg == "US" else "en", y, m, dd)).t("   Age: ").neg("AGE", str(2024 - y) + " Y")
        d.t("   Sex: " + rng.choice("MF") + "\n")
        d.t("Home Address: ").span("STREET_ADDRESS", street("en", reg)).t("\n")
        d.t("Incident Address: ").span("STREET_ADDRESS", street("en", reg)).t("\n")
        d.t("Next of Kin: ").span("PERSON", kg + " " + s).t(" (" + rng.choice(["wife", "son", "daughter", "husband"]) + ")\n")
        d.t("Crew: ").span("PERSON", c1g[0] + ". " + c1s).t(" (Paramedic), ").span("PERSON", c2g + " " + c2s).t(" (EMT-B)\n")
        d.t("Destination: ").neg("ORG", rng.choice(HOSP["en"])).t("\n")
        d.t("Narrative: Dispatched " + hhmm() + " for fall. Found pt supine, A&Ox4. Pt states she tripped on rug.\n")
    else:
        lab = {"de": ("DIVI-Notfallprotokoll", "Name, Vorname", "Geburtsdatum", "Wohnanschrift", "Einsatzort", "Angehörige",
                      "Besatzung", "Zielklinik", "sg"),
               "nl": ("Ritformulier ambulance", "Naam", "Geboortedatum", "Woonadres", "Inzetadres", "Contactpersoon",
                      "Bemanning", "Bestemming", "gs"),
               "fr": ("Fiche bilan SMUR", "Nom, prénom", "Date de naissance", "Domicile", "Lieu d'intervention", "Personne à prévenir",
                      "Équipage", "Destination", "SG"),
               "it": ("Scheda di soccorso 118", "Cognome e nome", "Data di nascita", "Residenza", "Luogo dell'evento", "Familiare",
                      "Equipaggio", "Ospedale di destinazione", "SG"),
               "es": ("Informe asistencial SVA", "Nombre y apellidos", "Fecha de nacimiento", "Domicilio", "Lugar del suceso", "Familiar de contacto",
                      "Dotación", "Hospital de destino", "gs"),
               "pt": ("Verbete INEM", "Nome", "Data de nascimento", "Morada", "Local da ocorrência", "Contacto familiar",
                      "Tripulação", "Destino", "gs"),
               "pl": ("Karta medycznych czynności ratunkowych", "Nazwisko i imię", "Data urodzenia", "Adres zamieszkania", "Miejsce zdarzenia",
                      "Osoba do kontaktu", "Skład zespołu", "Szpital docelowy", "SG"),
               "sv": ("Ambulansjournal", "Namn", "Födelsedatum", "Folkbokföringsadress", "Hämtadress", "Anhörig",
                      "Besättning", "Mottagande enhet", "gs"),
               "da": ("Præhospital patientjournal", "Navn", "Fødselsdato", "Bopæl", "Skadested", "Pårørende",
                      "Besætning", "Modtagende afdeling", "gs")}[lg]
        d.t(lab[0] + "  ").neg("CODE", "Nr. %d-%05d" % (rng.randint(2023, 2025), rng.randint(1, 99999))).t("\n")
        style = {"sg": "sg_comma", "gs": "gs", "SG": "SG"}[lab[8]]
        d.t(lab[1] + ": ").span("PERSON", full(g, s, style)).t("\n")
        d.t(lab[2] + ": ").span("DATE_OF_BIRTH", dnum(lg, y, m, dd)).t("   (").neg("AGE", str(2024 - y) + ({"de": " J.", "pl": " l."}.get(lg, " a")))
        d.t(")\n" + lab[3] + ": ").span("STREET_ADDRESS", street(lg, reg)).t("\n")
        if rng.random() < 0.6:
            d.t(lab[4] + ": ").span("STREET_ADDRESS", street(lg, reg)).t("\n")
        else:
            d.t(lab[4] + ": ").neg("STREET", rng.choice(NAMED_STREETS[lg])).t(" / ").neg("STREET", rng.choice(NAMED_STREETS[lg])).t("\n")
        d.t(lab[5] + ": ").span("PERSON", kg + " " + s).t("\n")
        d.t(lab[6] + ": ").span("PERSON", c1g + " " + c1s).t(", ").span("PERSON", c2g[0] + ". " + c2s).t(" – ")
        d.neg("UNIT", rng.choice(["RTW 4/83-1", "NEF 2", "A 17-104", "SMUR 2", "ZRM S 07", "Ambulans 2040", "MSA Bravo"])).t("\n")
        d.t(lab[7] + ": ").neg("ORG", rng.choice(HOSP[lg])).t("\n")
    d.done()


HANDLES = ["quiet_owl_22", "throwaway9911", "xX_gl1tch_Xx", "moonpie_77", "no_reply_bot", "tacocat404",
           "grumpy.kettle", "sk8rboi2003", "null_vector", "blue_heron_", "kebab_enjoyer", "pixelmage",
           "n0t_a_cop", "dunkelblau88", "chat_noir_42", "gezellig_jan_xx"]


def modqueue(lg):
    d = D(lg, "modqueue")
    g, s = person(lg)
    reg = region(lg)
    cat = {"en": "Doxxing / personal information", "de": "Doxing / personenbezogene Daten",
           "fr": "Divulgation d'informations personnelles", "nl": "Doxing / persoonsgegevens",
           "es": "Doxxing / datos personales", "it": "Doxxing / dati personali", "pt": "Doxxing / dados pessoais",
           "pl": "Doxing / dane osobowe", "sv": "Doxning / personuppgifter", "da": "Doxing / personoplysninger",
           "cs": "Doxing / osobní údaje", "tr": "Doxxing / kişisel veri", "ro": "Doxing / date personale"}[lg]
    k = rng.randrange(3)
    if k == 0:
        d.t("Report ").neg("CODE", "#%d" % rng.randint(10000, 999999)).t(" · Category: " + cat + " · Status: Pending review\n")
        d.t("Reporter: ").neg("HANDLE", "u/" + rng.choice(HANDLES)).t("   Reported user: ").neg("HANDLE", "u/" + rng.choice(HANDLES)).t("\n")
        d.t("Reported content (comment ").neg("CODE", "t1_" + "".join(rng.choice("abcdefghijkmnpqrstuvwxyz0123456789") for _ in range(7))).t("):\n> ")
        lead = {"en": "lol here is where she lives: ", "de": "hier wohnt die: ", "fr": "voilà son adresse : ",
                "nl": "hier woont ze: ", "es": "aquí vive: ", "it": "ecco dove abita: ", "pt": "ela mora aqui: ",
                "pl": "tu mieszka: ", "sv": "här bor hon: ", "da": "her bor hun: ", "cs": "tady bydlí: ",
                "tr": "burada oturuyor: ", "ro": "aici locuiește: "}[lg]
        d.t(lead).span("PERSON", full(g, s, rng.choice(["gs", "gs", "low", "GS"]))).t(", ").span("STREET_ADDRESS", street(lg, reg))
        d.t(", ").t({"en": "born ", "de": "geb. ", "fr": "née le ", "nl": "geb. ", "es": "nacida el ", "it": "nata il ",
                     "pt": "nascida em ", "pl": "ur. ", "sv": "född ", "da": "født ", "cs": "nar. ", "tr": "d.t. ", "ro": "născută la "}[lg])
        d.span("DATE_OF_BIRTH", dob(lg, 1970, 2006)).t(" go say hi\n")
        d.t("Moderator note (").neg("HANDLE", "mod_" + rng.choice(["ferret", "lynx", "otter"]))
        d.t("): removed under rule 3, 7-day ban, escalated to T&S on ").neg("DATE", today("iso")).t(".\n")
    elif k == 1:
        d.t("queue_item_id,reported_at,reason,reporter,target_handle,excerpt\n")
        for _ in range(rng.randint(2, 3)):
            g, s = person(lg)
            d.neg("CODE", "mq_%d" % rng.randint(100000, 999999)).t(",").neg("DATE", today("iso") + "T" + hms() + "Z").t(",doxxing,")
            d.neg("HANDLE", rng.choice(HANDLES)).t(",").neg("HANDLE", rng.choice(HANDLES)).t(',"real name is ')
            d.span("PERSON", full(g, s, rng.choice(["gs", "low"])))
            if rng.random() < 0.6:
                d.t(" and lives at ").span("STREET_ADDRESS", street(lg, reg))
            else:
                d.t(" dob ").span("DATE_OF_BIRTH", dob("iso", 1975, 2006))
            d.t('"\n')
    else:
        d.t("[T&S escalation] Ticket ").neg("CODE", "TS-%05d" % rng.randint(1, 99999)).t("\n")
        d.t("Summary: user ").neg("HANDLE", "@" + rng.choice(HANDLES)).t(" posted a screenshot of a parcel label naming ")
        d.span("PERSON", g + " " + s).t(" at ").span("STREET_ADDRESS", street(lg, reg)).t(".\n")
        d.t("The victim is not ").neg("FAMOUS", rng.choice(["Taylor Swift", "Greta Thunberg", "Elon Musk", "Angela Merkel"]))
        d.t(" as the thread claims; it is a private person. Date of birth also visible: ").span("DATE_OF_BIRTH", dob(lg, 1960, 2006)).t(".\n")
        d.t("Action: remove, preserve evidence, notify reporter ").neg("HANDLE", "@" + rng.choice(HANDLES)).t(".\n")
    d.done()


VOICE_VERBS = {"en": ["call {}", "text {} i'm running late", "remind {} to take out the bins at seven", "video call {}",
                      "send a message to {} saying dinner is ready", "what's {}'s birthday"],
               "de": ["ruf {} an", "schreib {} dass ich später komme", "erinnere {} an den zahnarzt", "videoanruf mit {}"],
               "fr": ["appelle {}", "envoie un message à {}", "rappelle à {} de sortir les poubelles"],
               "nl": ["bel {}", "stuur {} een berichtje dat ik later ben", "herinner {} aan de tandarts"],
               "es": ["llama a {}", "manda un mensaje a {}", "recuérdale a {} que saque la basura"],
               "it": ["chiama {}", "manda un messaggio a {}", "ricorda a {} di portare fuori la spazzatura"],
               "pt": ["liga para {}", "manda mensagem pra {}", "lembra {} de tirar o lixo"],
               "pl": ["zadzwoń do {}", "wyślij wiadomość do {}", "przypomnij {} o dentyście"],
               "sv": ["ring {}", "skicka ett sms till {}", "påminn {} om tandläkaren"],
               "da": ["ring til {}", "send en besked til {}", "mind {} om tandlægen"],
               "cs": ["zavolej {}", "pošli zprávu {}", "připomeň {} zubaře"],
               "tr": ["{} ara", "{} kişisine mesaj gönder", "{} için hatırlatıcı kur"],
               "ro": ["sună-l pe {}", "trimite un mesaj lui {}", "amintește-i lui {} de dentist"]}
KIN = {"en": ["mama", "mom", "dad", "grandma"], "de": ["mama", "papa", "oma"], "fr": ["maman", "papa", "mamie"],
       "nl": ["mama", "papa", "oma"], "es": ["mamá", "papá", "abuela"], "it": ["mamma", "papà", "nonna"],
       "pt": ["mãe", "pai", "vovó"], "pl": ["mama", "tata", "babcia"], "sv": ["mamma", "pappa", "mormor"],
       "da": ["mor", "far", "mormor"], "cs": ["mamka", "taťka", "babička"], "tr": ["annem", "babam"], "ro": ["mama", "tata", "bunica"]}
WAKE = ["alexa, ", "hey google, ", "ok google ", "hey siri ", ""]


def voice(lg):
    d = D(lg, "voice")
    k = rng.randrange(2)
    if k == 0:
        d.t(rng.choice(["Alexa voice history export", "Google Assistant – My Activity", "Voice recordings (last 7 days)"]) + "\n")
        for _ in range(rng.randint(3, 5)):
            d.t(today("iso") + " " + hhmm() + '  "' + rng.choice(WAKE))
            r = rng.random()
            v = rng.choice(VOICE_VERBS[lg])
            a, b = v.split("{}")
            if r < 0.25:
                d.t(a).neg("KIN", rng.choice(KIN[lg])).t(b + '"')
            elif r < 0.35:
                d.t(rng.choice(["turn off the ", "dim the "])).neg("DEVICE", rng.choice(
                    ["kitchen lights", "living room lamp", "echo dot bedroom", "nest hub"])).t('"')
            else:
                g, s = person(lg)
                nm = g.lower() if rng.random() < 0.55 else (g + " " + s).lower()
                d.t(a).span("PERSON", nm).t(b + '"')
            if rng.random() < 0.5:
                d.t("  → " + rng.choice(["Calling", "Sending", "OK"]) + "\n")
            else:
                d.t("\n")
    else:
        d.t("transcript (device: ").neg("DEVICE", rng.choice(["Echo Show Kitchen", "Nest Mini Office", "HomePod Wohnzimmer"])).t(")\n")
        g, s = person(lg)
        g2, s2 = person(lg)
        d.t("user: " + rng.choice(WAKE)).t(VOICE_VERBS[lg][0].split("{}")[0]).span("PERSON", g.lower()).t("\n")
        d.t("assistant: which " + g.lower() + "? i found ").span("PERSON", (g + " " + s).lower()).t(" and ")
        d.span("PERSON", (g + " " + s2).lower()).t("\n")
        d.t("user: the first one\nassistant: calling ").span("PERSON", g + " " + s).t(" on mobile\n")
        if rng.random() < 0.5:
            d.t("user: and add ").span("PERSON", g2.lower()).t("'s birthday, ").span("DATE_OF_BIRTH", "%s %d %d" % (
                MONTHS["en"][rng.randrange(12)].lower(), rng.randint(1, 28), rng.randint(1950, 2015))).t(", to contacts\n")
    d.done()


def smarthome(lg):
    d = D(lg, "smarthome")
    k = rng.randrange(3)
    g1, s1 = person(lg)
    g2, _ = person(lg)
    g3, _ = person(lg)
    if k == 0:
        d.t("Home Assistant logbook\n")
        d.neg("DATE", today("iso")).t(" " + hms() + " ").span("PERSON", g1 + " " + s1).t(" changed to Away triggered by state of ")
        d.neg("DEVICE", "device_tracker.pixel_" + num(5, 9)).t("\n")
        d.neg("DATE", today("iso")).t(" " + hms() + " ").span("PERSON", g2).t(" arrived home\n")
        d.neg("DATE", today("iso")).t(" " + hms() + " ").neg("DEVICE", rng.choice(["Hallway Motion", "Front Door Lock", "Garage Door"]))
        d.t(" " + rng.choice(["detected motion", "was unlocked by", "was opened by"]) + " ")
        if rng.random() < 0.6:
            d.span("PERSON", g3)
        else:
            d.t("keypad user 3")
        d.t("\n")
        d.neg("DATE", today("iso")).t(" " + hms() + " Automation 'Good night ").neg("ROOM", rng.choice(["Kids Room", "Bedroom", "Office"])).t("' triggered\n")
    elif k == 1:
        yy, mm, dd = ymd(1950, 2015)
        d.t('{"household": {"name": "').neg("TEAM", rng.choice(["The Treehouse", "Casa Sol", "Villa Kunterbunt"])).t('", "address": "')
        d.span("STREET_ADDRESS", street(lg, region(lg))).t('", "members": [\n')
        d.t('  {"name": "').span("PERSON", g1 + " " + s1).t('", "role": "owner", "birthday": "').span("DATE_OF_BIRTH", "%04d-%02d-%02d" % (yy, mm, dd)).t('"},\n')
        d.t('  {"name": "').span("PERSON", g2).t('", "role": "member", "voice_profile": true, "birthday": "')
        d.span("DATE_OF_BIRTH", "%04d-%02d-%02d" % ymd(2008, 2020)).t('"},\n')
        d.t('  {"name": "').neg("DEVICE", rng.choice(["Guest", "Kids Tablet", "Roomba"])).t('", "role": "guest"}\n]},\n')
        d.t(' "devices": ["').neg("DEVICE", rng.choice(["Echo Dot Kitchen", "Nest Hub Max", "Sonos Arc"])).t('", "')
        d.neg("DEVICE", "Philips Hue " + rng.choice(["Bloom", "Go", "Lightstrip"])).t('"]}\n')
    else:
        d.t("smartthings event log\n")
        for _ in range(rng.randint(3, 4)):
            r = rng.random()
            d.t(hms() + "  ")
            if r < 0.5:
                g, s = person(lg)
                d.t("presence  ").span("PERSON", g).t("'s phone  " + rng.choice(["left", "arrived"]) + "\n")
            elif r < 0.8:
                d.t("lock  ").neg("DEVICE", "Front Door").t("  unlocked with code for ").span("PERSON", person(lg)[0]).t("\n")
            else:
                d.t("switch  ").neg("DEVICE", rng.choice(["Tesla Coil Lamp", "Edison Bulb", "Lamp Einstein"])).t("  on\n")
    d.done()


def bugbounty(lg):
    d = D(lg, "bugbounty")
    reg = region(lg)
    k = rng.randrange(3)
    d.t("## Summary\n")
    if k == 0:
        d.t("IDOR in `GET /api/v2/users/{id}`: any logged-in account can read other customers' profiles.\n\n## Steps to reproduce\n")
        uid = rng.randint(10000, 99999)
        d.t("1. Log in as the attacker account `").neg("HANDLE", rng.choice(HANDLES)).t("`.\n2. Request `/api/v2/users/%d`:\n\n```\n" % uid)
        g, s = person(lg)
        y, m, dd = ymd(1950, 2005)
        d.t('{"id": %d, "first_name": "' % uid).span("PERSON", g).t('", "last_name": "').span("PERSON", s).t('", "dob": "')
        d.span("DATE_OF_BIRTH", "%04d-%02d-%02d" % (y, m, dd)).t('", "address": {"line1": "')
        d.span("STREET_ADDRESS", street(lg, reg, town=False)).t('", "city": "').t(rng.choice(["Leeds", "Köln", "Lyon", "Utrecht"]))
        d.t('"}, "created_at": "').neg("DATE", today("iso") + "T" + hms() + "Z").t('"}\n```\n')
    elif k == 1:
        d.t("Unauthenticated export at `/admin/export.csv` returns the full users table. First rows:\n\n```\n")
        d.t("id,full_name,birth_date,street_address,signup_date\n")
        for i in range(rng.randint(2, 4)):
            g, s = person(lg)
            d.t(str(1000 + i) + ",").span("PERSON", g + " " + s).t(",").span("DATE_OF_BIRTH", dob("iso", 1950, 2006)).t(',"')
            d.span("STREET_ADDRESS", street(lg, reg)).t('",').neg("DATE", today("iso")).t("\n")
        d.t("```\n")
    else:
        d.t("GraphQL introspection left on; `users(first: 2)` leaks PII.\n\n```json\n")
        d.t('{"data": {"users": [')
        for i in range(2):
            g, s = person(lg)
            d.t('{"displayName": "').span("PERSON", g + " " + s).t('", "birthDate": "').span("DATE_OF_BIRTH", dob("iso", 1950, 2006))
            d.t('", "team": "').neg("TEAM", rng.choice(["Platform", "Growth", "Payments", "Red Team"])).t('"}' + (", " if i == 0 else ""))
        d.t("]}}\n```\n")
    d.t("\n## Impact\nPersonal data of all customers (names, dates of birth, addresses).\n\nReported by ")
    d.neg("HANDLE", rng.choice(HANDLES)).t(" · triaged by ").neg("HANDLE", rng.choice(["h1_analyst_" + num(1, 9), "triage-bot"]))
    d.t(" · bounty $" + rng.choice(["500", "1,500", "3,000"]) + "\n")
    d.done()


REGISTRARS = ["Key-Systems GmbH", "GoDaddy.com, LLC", "OVH SAS", "Gandi SAS", "TransIP B.V.", "Hostinger Operations, UAB",
              "Tucows Domains Inc.", "Namecheap, Inc."]


def whois(lg):
    d = D(lg, "whois")
    g, s = person(lg)
    reg = region(lg)
    tld = {"de": ".de", "nl": ".nl", "fr": ".fr", "pl": ".pl", "cs": ".cz", "da": ".dk", "sv": ".se", "it": ".it",
           "es": ".es", "pt": ".pt", "tr": ".com.tr", "ro": ".ro", "en": ".com"}[lg]
    dom = rng.choice(["bakery", "photo", "yoga", "fewo", "tischlerei", "garden"]) + "-" + invent(lg, False).lower() + tld
    k = rng.randrange(3)
    st = street(lg, reg, town=False)
    town = TOWN[lg]
    town = rng.choice(town[reg] if isinstance(town, dict) and reg in town else (list(town.values())[0] if isinstance(town, dict) else town))
    pc, _, city = town.partition(" ")
    if lg == "en":
        city, pc = town.split(", ", 1) if ", " in town else town.split(" ", 1)
    if k == 0:
        d.t("Domain Name: " + dom.upper() + "\nRegistrar: ").neg("ORG", rng.choice(REGISTRARS)).t("\n")
        d.t("Creation Date: ").neg("DATE", today("iso") + "T" + hms() + "Z").t("\n")
        d.t("Registrant Name: ").span("PERSON", g + " " + s).t("\nRegistrant Organization: \n")
        d.t("Registrant Street: ").span("STREET_ADDRESS", st).t("\nRegistrant City: " + city.strip(",") + "\n")
        d.t("Registrant Postal Code: " + pc + "\nRegistrant Country: " + reg + "\n")
        d.t("Registrant Phone: +" + num(30, 49) + "." + num(100000000, 999999999) + "\n")
        d.t("Admin Name: ").span("PERSON", g + " " + s).t("\nTech Name: ").neg("ORG", "Hostmaster " + rng.choice(["OVH", "IONOS", "Strato"])).t("\n")
    elif k == 1:
        d.t("Domain: " + dom + "\nStatus: connect\n")
        d.t("Changed: ").neg("DATE", today("iso") + "T" + hms() + "+01:00").t("\n\n[Holder]\nType: PERSON\nName: ")
        d.span("PERSON", g + " " + s).t("\nAddress: ").span("STREET_ADDRESS", st).t("\nPostalCode: " + pc + "\nCity: " + city + "\n")
        d.t("CountryCode: " + reg + "\n\n[Tech-C]\nType: ROLE\nName: ").neg("ORG", "Hostmaster of " + rng.choice(REGISTRARS)).t("\n")
    else:
        d.t('"entities": [{"objectClassName": "entity", "handle": "').neg("CODE", "%d_DOMAIN_COM-VRSN" % rng.randint(10**9, 10**10))
        d.t('", "roles": ["registrant"], "vcardArray": ["vcard", [["version", {}, "text", "4.0"], ["fn", {}, "text", "')
        d.span("PERSON", g + " " + s).t('"], ["adr", {}, "text", ["", "", "').span("STREET_ADDRESS", st)
        d.t('", "' + city.strip(",") + '", "", "' + pc + '", "' + reg + '"]], ["email", {}, "text", "')
        mail = (g[0] + s.replace(" ", "").replace("'", "")).lower()
        d.span("EMAIL_ADDRESS", mail + "@" + dom).t('"]]]}, {"roles": ["registrar"], "vcardArray": ["vcard", [["fn", {}, "text", "')
        d.neg("ORG", rng.choice(REGISTRARS)).t('"]]]}]')
    d.done()


def porting(lg):
    lg = lg if lg in ("en", "de", "nl", "fr", "es", "it", "pl", "pt", "sv", "cs") else rng.choice(["en", "de", "nl"])
    d = D(lg, "porting")
    g, s = person(lg)
    reg = region(lg)
    lab = {"en": ("Letter of Authorization – Number Port Request", "Account holder name", "Service address", "Authorized signature",
                  "Date of birth (for verification)", "Losing carrier", "Requested port date"),
           "de": ("Auftrag zur Rufnummernmitnahme (Portierung)", "Anschlussinhaber", "Anschrift", "Unterschrift",
                  "Geburtsdatum", "Abgebender Anbieter", "Wunschtermin"),
           "nl": ("Nummerbehoud – overstapformulier", "Naam abonnee", "Adres", "Handtekening", "Geboortedatum",
                  "Huidige provider", "Gewenste overstapdatum"),
           "fr": ("Demande de portabilité (RIO)", "Titulaire de la ligne", "Adresse", "Signature", "Date de naissance",
                  "Opérateur donneur", "Date souhaitée"),
           "es": ("Solicitud de portabilidad", "Titular de la línea", "Domicilio", "Firma", "Fecha de nacimiento",
                  "Operador donante", "Fecha solicitada"),
           "it": ("Richiesta di portabilità (MNP)", "Intestatario", "Indirizzo", "Firma", "Data di nascita",
                  "Operatore cedente", "Data richiesta"),
           "pl": ("Wniosek o przeniesienie numeru", "Abonent", "Adres", "Podpis", "Data urodzenia",
                  "Dotychczasowy operator", "Data przeniesienia"),
           "pt": ("Pedido de portabilidade", "Titular", "Morada", "Assinatura", "Data de nascimento",
                  "Operador doador", "Data pretendida"),
           "sv": ("Portering av nummer – fullmakt", "Abonnent", "Adress", "Underskrift", "Födelsedatum",
                  "Avlämnande operatör", "Önskat datum"),
           "cs": ("Žádost o přenesení čísla", "Účastník", "Adresa", "Podpis", "Datum narození",
                  "Opouštěný operátor", "Datum přenesení")}[lg]
    d.t(lab[0] + "\n")
    d.t(lab[1] + ": ").span("PERSON", full(g, s, rng.choice(["gs", "GS", "sg_comma"]))).t("\n")
    d.t(lab[4] + ": ").span("DATE_OF_BIRTH", dob(lg if lg != "en" else ("en_us" if reg == "US" else "en"))).t("\n")
    d.t(lab[2] + ": ").span("STREET_ADDRESS", street(lg, reg)).t("\n")
    d.t("MSISDN: ").span("PHONE_NUMBER", "+%d %d %07d" % (rng.choice([44, 49, 31, 33, 34, 39, 48, 351, 46, 420]), rng.randint(600, 799),
                                                      rng.randint(1000000, 9999999))).t("\n")
    d.t(lab[5] + ": ").neg("ORG", rng.choice(["Vodafone", "Telekom Deutschland", "KPN", "Orange", "Movistar", "TIM", "Play", "MEO",
                                             "Telia", "O2 Czech Republic", "T-Mobile US"])).t("\n")
    d.t(lab[6] + ": ").neg("DATE", today(lg if lg != "en" else "en")).t("\n")
    d.t(lab[3] + ": ").span("PERSON", g[0] + ". " + s).t("\n")
    d.done()


CLUBS = ["Clapham Chasers", "LG Stadtwerke München", "AC Trento", "Hardloopclub Utrecht", "Stade Français Athlétisme",
         "Hälle IF", "Sparta Praha atletika", "Fenerbahçe Atletizm", "Parkrun Tourist Club", "Team Jonas Vingegaard fans"]


def fitness(lg):
    d = D(lg, "fitness")
    k = rng.randrange(4)
    if k == 0:
        d.t(rng.choice(["Bushy", "Fulham Palace", "Hasenheide", "Dún Laoghaire", "Albert Melbourne"]) + " parkrun #" + num(100, 900)
            + " results, ").neg("DATE", today("en")).t("\nPosition,parkrunner,Time,Age Group,Age Grade,Gender,Club\n")
        for i in range(rng.randint(3, 5)):
            g, s = person(lg)
            d.t(str(i + 1) + ",").span("PERSON", g + " " + s.upper() if rng.random() < 0.5 else g + " " + s).t(",")
            d.t("%d:%02d," % (rng.randint(16, 34), rng.randint(0, 59))).neg("AGE", rng.choice(["VM35-39", "SW25-29", "VW45-49", "JM11-14", "SM30-34"]))
            d.t(",%.2f %%,%s,%s\n" % (rng.uniform(50, 85), rng.choice(["Male", "Female"]), rng.choice(CLUBS) if rng.random() < 0.5 else ""))
    elif k == 1:
        g, s = person(lg)
        d.t('{"userProfile": {"displayName": "').neg("HANDLE", rng.choice(HANDLES)).t('", "fullName": "').span("PERSON", g + " " + s)
        d.t('", "birthDate": "').span("DATE_OF_BIRTH", dob("iso", 1950, 2008)).t('", "gender": "' + rng.choice(["MALE", "FEMALE"]) + '", ')
        d.t('"weight": %d.0, "vo2MaxRunning": %d, "location": "' % (rng.randint(50, 95), rng.randint(38, 62)))
        d.t(rng.choice(["Innsbruck", "Utrecht", "Aarhus", "Brno"])).t('"}, "lastActivity": {"name": "').neg("STREET", rng.choice(
            ["Morning Run along Goethestraße", "Lunch loop – Kennedy Boulevard", "Parc Georges-Brassens laps"])).t('", "startTime": "')
        d.neg("DATE", today("iso") + "T07:" + num(10, 59) + ":00").t('"}}\n')
    elif k == 2:
        hdr = {"de": ("Nachname;Vorname;Geburtsdatum;AK;Verein", "sg"), "nl": ("Achternaam;Voornaam;Geboortedatum;Categorie;Vereniging", "sg"),
               "fr": ("Nom;Prénom;Date de naissance;Catégorie;Club", "SG"), "it": ("Cognome;Nome;Data di nascita;Categoria;Società", "SG"),
               "es": ("Apellidos;Nombre;Fecha de nacimiento;Categoría;Club", "sg"), "pl": ("Nazwisko;Imię;Data urodzenia;Kategoria;Klub", "sg"),
               "cs": ("Příjmení;Jméno;Datum narození;Kategorie;Oddíl", "sg"), "sv": ("Efternamn;Förnamn;Födelsedatum;Klass;Klubb", "sg"),
               "da": ("Efternavn;Fornavn;Fødselsdato;Klasse;Klub", "sg"), "tr": ("Soyadı;Adı;Doğum tarihi;Kategori;Kulüp", "SG"),
               "ro": ("Nume;Prenume;Data nașterii;Categorie;Club", "SG"), "pt": ("Apelido;Nome;Data de nascimento;Escalão;Clube", "sg"),
               "en": ("Surname;First name;DOB;Category;Club", "sg")}[lg]
        d.t("Mitgliederliste / member export\n" if lg == "de" else "").t(hdr[0] + "\n")
        for _ in range(rng.randint(3, 5)):
            g, s = person(lg)
            d.span("PERSON", s.upper() if hdr[1] == "SG" else s).t(";").span("PERSON", g).t(";").span("DATE_OF_BIRTH", dob(lg, 1945, 2015))
            d.t(";").neg("AGE", rng.choice(["M40", "W35", "U18", "M55", "WU20", "SEN"])).t(";").neg("ORG", rng.choice(CLUBS)).t("\n")
    else:
        d.t(rng.choice(["Ergebnisliste 10 km", "Results 10K", "Uitslag 10 km", "Výsledky 10 km"]) + " – ").neg("DATE", today("de")).t("\n")
        d.t("Pl.  Name                    Jg.   AK     Zeit\n")
        for i in range(rng.randint(3, 5)):
            g, s = person(lg)
            nm = s.upper() + " " + g if rng.random() < 0.5 else s + ", " + g
            d.t("%-4s " % (str(i + 1) + ".")).span("PERSON", nm).t(" " * max(1, 24 - len(nm))).span("DATE_OF_BIRTH", num(1950, 2010))
            d.t("  ").neg("AGE", rng.choice(["M40 ", "W35 ", "MHK ", "W50 ", "M60 "])).t("  0:%02d:%02d\n" % (rng.randint(32, 59), rng.randint(0, 59)))
    d.done()


MOUNTAINS = ["Helvellyn", "Ben Nevis", "Zugspitze", "Großglockner", "Matterhorn", "Mont Blanc", "Sněžka", "Rysy", "Kebnekaise",
             "Tryfan", "Piz Bernina", "Monte Rosa"]
HUTS = ["Franz-Senn-Hütte", "Capanna Regina Margherita", "Refuge du Goûter", "Hörnlihütte", "Schutzhaus Murmeltier",
        "Chata Pod Rysami", "Rifugio Vittorio Emanuele II", "Knorrhütte", "Meilerhütte", "Kebnekaise fjällstation"]
HELI = ["Christoph 14", "Christophorus 1", "Rega 10", "Air Zermatt HB-ZSU", "Coastguard Rescue 936", "Dragon 74", "Pelikan 2",
        "Kryštof 07", "Pegaso 3", "Martin 3"]


def rescue(lg):
    lg = lg if lg in ("en", "de", "fr", "it", "pl", "cs", "sv", "es") else rng.choice(["en", "de", "it"])
    reg = region(lg)
    d = D(lg, "rescue")
    g, s = person(lg)
    ig, is_ = person(lg)
    tg, ts = person(lg)
    age = rng.randint(14, 80)
    if lg == "en":
        d.t("CALLOUT LOG ").neg("CODE", "%d/%03d" % (rng.randint(2023, 2025), rng.randint(1, 250))).t(" – ").neg("ORG", rng.choice(
            ["Keswick MRT", "Patterdale MRT", "Lochaber MRT", "Ogwen Valley MRO", "Dublin Wicklow MRT"])).t("\n")
        d.t("Date: ").neg("DATE", today("en")).t("   Time of call: " + hhmm() + "   Via: 999 Police\n")
        d.t("Location: below ").neg("MOUNTAIN", rng.choice(MOUNTAINS)).t(", grid ").neg("CODE", "NY %03d %03d" % (rng.randint(100, 999), rng.randint(100, 999)))
        d.t("\nCasualty: ").span("PERSON", g + " " + s).t(" (" + rng.choice("MF") + ", ").neg("AGE", str(age)).t("), of ")
        d.span("STREET_ADDRESS", street("en", reg)).t("\n")
        if rng.random() < 0.5:
            d.t("DOB: ").span("DATE_OF_BIRTH", dob("en", 1945, 2008)).t("\n")
        d.t("Informant: ").span("PERSON", ig + " " + is_).t(" (walking partner)\n")
        d.t("Team leader: ").span("PERSON", tg + " " + ts).t("; 14 team members; ").neg("UNIT", rng.choice(HELI)).t(" tasked " + hhmm() + "\n")
        d.t(hhmm() + " casualty located, suspected lower leg fracture\n" + hhmm() + " stretcher to road head, handed to NWAS\n")
    else:
        lab = {"de": ("Bergwacht-Einsatzprotokoll", "Verunfallte Person", "geb.", "Wohnort", "Melder", "Einsatzleiter", "Einsatzort: unterhalb der"),
               "fr": ("PGHM – compte rendu de secours", "Victime", "née le", "domicile", "Requérant", "Chef d'opération", "Lieu : sous la"),
               "it": ("CNSAS – verbale di intervento", "Infortunato", "nato il", "residente in", "Chiamante", "Capo squadra", "Località: sotto il"),
               "pl": ("TOPR – raport z akcji", "Poszkodowany", "ur.", "zam.", "Zgłaszający", "Kierownik akcji", "Miejsce: poniżej"),
               "cs": ("Horská služba – záznam o zásahu", "Zraněný", "nar.", "bytem", "Oznamovatel", "Vedoucí zásahu", "Místo: pod"),
               "sv": ("Fjällräddningen – insatsrapport", "Drabbad", "född", "adress", "Anmälare", "Insatsledare", "Plats: nedanför"),
               "es": ("GREIM – parte de rescate", "Accidentado", "nacido el", "domicilio", "Alertante", "Jefe de equipo", "Lugar: bajo el")}[lg]
        d.t(lab[0] + " ").neg("CODE", "%d-%04d" % (rng.randint(2023, 2025), rng.randint(1, 9999))).t("\n")
        d.t(lab[6] + " ").neg("MOUNTAIN", rng.choice(MOUNTAINS)).t(", ").neg("HUT", rng.choice(HUTS)).t("\n")
        d.t(lab[1] + ": ").span("PERSON", full(g, s, rng.choice(["gs", "sg_comma", "SG"]))).t(", " + lab[2] + " ")
        d.span("DATE_OF_BIRTH", dob(lg, 1945, 2008)).t(", " + lab[3] + " ").span("STREET_ADDRESS", street(lg, reg)).t("\n")
        d.t(lab[4] + ": ").span("PERSON", ig + " " + is_).t(" – ").neg("HUT", rng.choice(HUTS)).t("\n")
        d.t(lab[5] + ": ").span("PERSON", tg + " " + ts).t("; ").neg("UNIT", rng.choice(HELI)).t(" " + hhmm() + "\n")
    d.done()


TEAMS = ["Null Pointers", "Team Ada Lovelace", "Byte Me", "The Turing Testers", "Grace Hopper Squad", "404 Sleep Not Found",
         "Tesla Coders", "Les Pythonistes"]


def hackathon(lg):
    d = D(lg, "hackathon")
    k = rng.randrange(3)
    team = rng.choice(TEAMS)
    if k == 0:
        d.t("team: ").neg("TEAM", team).t("\nchallenge: ").neg("ORG", rng.choice(["Deutsche Bahn Open Data", "Mozilla Common Voice", "ESA Copernicus"]))
        d.t("\nmembers:\n")
        for _ in range(rng.randint(2, 4)):
            g, s = person(lg)
            d.t("  - name: ").span("PERSON", g + " " + s).t("\n    github: ").neg("HANDLE", rng.choice(HANDLES).replace(".", "-")).t("\n")
            d.t("    tshirt: " + rng.choice(["S", "M", "L", "XL"]) + "\n    dob: ").span("DATE_OF_BIRTH", dob("iso", 1985, 2008)).t("\n")
    elif k == 1:
        d.t("Timestamp,Full name,Email,GitHub,T-shirt size,Date of birth (age check: 18+ on ").neg("DATE", today("en")).t("),Team\n")
        for _ in range(rng.randint(2, 4)):
            g, s = person(lg)
            mail = (g + "." + s).lower().replace(" ", "").replace("'", "")
            mail = mail.encode("ascii", "ignore").decode()
            d.neg("DATE", today("en_us") + " " + hms()).t(",").span("PERSON", full(g, s, rng.choice(["gs", "gs", "low", "GS"])))
            d.t(",").span("EMAIL_ADDRESS", mail + "@" + rng.choice(["gmail.com", "student.uni-wien.ac.at", "tum.de"])).t(",")
            d.neg("HANDLE", rng.choice(HANDLES)).t("," + rng.choice(["S", "M", "L", "XL"]) + ",")
            d.span("DATE_OF_BIRTH", dob("en", 1985, 2008)).t(",").neg("TEAM", rng.choice(TEAMS)).t("\n")
    else:
        g1, s1 = person(lg)
        g2, s2 = person(lg)
        d.t("Devpost submission – ").neg("TEAM", team).t("\nBuilt with: Rust, WebGPU\nTeam members: ").span("PERSON", g1 + " " + s1)
        d.t(" (").neg("HANDLE", "@" + rng.choice(HANDLES)).t("), ").span("PERSON", g2 + " " + s2).t(" (")
        d.neg("HANDLE", "@" + rng.choice(HANDLES)).t(")\nInspired by ").neg("FAMOUS", rng.choice(["Ada Lovelace", "Alan Turing", "Grace Hopper", "Linus Torvalds"]))
        d.t("'s work. Mentor: ").span("PERSON", full(*person(lg), "gs")).t(".\n")
    d.done()


def scooter(lg):
    reg = region(lg)
    d = D(lg, "scooter")
    g, s = person(lg)
    tg, ts = person(lg)
    lab = {"en": ("Damage report", "Rider", "Third party", "Location", "corner of", "and"),
           "de": ("Schadensmeldung", "Fahrer/in", "Geschädigte/r", "Ort", "Ecke", "/"),
           "fr": ("Déclaration de dommage", "Utilisateur", "Tiers", "Lieu", "angle", "et"),
           "nl": ("Schademelding", "Gebruiker", "Derde partij", "Locatie", "hoek", "/"),
           "es": ("Parte de daños", "Usuario", "Tercero", "Lugar", "esquina", "con"),
           "it": ("Segnalazione danni", "Utente", "Terzo coinvolto", "Luogo", "angolo", "e"),
           "pt": ("Relatório de danos", "Utilizador", "Terceiro", "Local", "esquina", "com"),
           "pl": ("Zgłoszenie szkody", "Użytkownik", "Poszkodowany", "Miejsce", "róg", "i"),
           "sv": ("Skadeanmälan", "Förare", "Tredje part", "Plats", "hörnet", "/"),
           "da": ("Skadesanmeldelse", "Fører", "Skadelidte", "Sted", "hjørnet af", "/"),
           "cs": ("Hlášení škody", "Uživatel", "Poškozený", "Místo", "roh", "a"),
           "tr": ("Hasar bildirimi", "Sürücü", "Üçüncü şahıs", "Konum", "köşesi", "ve"),
           "ro": ("Raport de daune", "Utilizator", "Terț", "Locație", "colț", "cu")}[lg]
    d.t(lab[0] + " ").neg("CODE", "DR-%06d" % rng.randint(1, 999999)).t(" · ").neg("PRODUCT", rng.choice(
        ["TIER ES400", "Lime Gen4", "Voi V5", "Bolt Scooter 4", "Dott 3"])).t(" #" + "".join(rng.choice("ABCDEFGHJK0123456789") for _ in range(5)) + "\n")
    d.t(lab[1] + ": ").span("PERSON", full(g, s, rng.choice(["gs", "gs", "sg_comma"]))).t(" (")
    d.t({"en": "DOB ", "de": "geb. ", "fr": "né le ", "nl": "geb. ", "es": "nac. ", "it": "nato il ", "pt": "nasc. ", "pl": "ur. ",
         "sv": "född ", "da": "født ", "cs": "nar. ", "tr": "d. ", "ro": "n. "}[lg]).span("DATE_OF_BIRTH", dob(lg, 1960, 2007)).t(")\n")
    d.t(lab[3] + ": " + lab[4] + " ").neg("STREET", rng.choice(NAMED_STREETS[lg])).t(" " + lab[5] + " ").neg("STREET", rng.choice(ST[lg]))
    d.t(", ").neg("DATE", today(lg)).t(" " + hhmm() + "\n")
    if rng.random() < 0.7:
        d.t(lab[2] + ": ").span("PERSON", tg + " " + ts).t(", ").span("STREET_ADDRESS", street(lg, reg)).t("\n")
    d.t("Notes: " + rng.choice(["mirror of parked car scratched", "rider fell, scooter deck cracked", "scooter thrown into canal"]) + "\n")
    d.done()


def pir(lg):
    d = D(lg, "pir")
    g, s = person(lg)
    reg = region(lg)
    st = street(lg, reg)
    k = rng.randrange(2)
    stn = rng.choice(["FRA", "MUC", "AMS", "CDG", "MAD", "FCO", "LIS", "WAW", "ARN", "CPH", "PRG", "IST", "OTP", "DUB", "LHR"])
    al = rng.choice(["LH", "KL", "AF", "IB", "AZ", "TP", "LO", "SK", "OK", "TK", "RO", "EI", "BA"])
    if k == 0:
        d.t("AHL ").neg("CODE", stn + al + "%05d" % rng.randint(1, 99999)).t("\n")
        nm = (s + "/" + g).upper().replace(" ", "")
        d.t("NM ").span("PERSON", nm).t(" " + rng.choice(["MR", "MRS", "MS"]) + "\nIT " + (g[0] + s[0]).upper() + "\n")
        d.t("TN " + al + "%06d" % rng.randint(1, 999999) + "\nCT BK22  BN05\n")
        d.t("RT " + stn + "/JFK\nFD " + al + num(100, 999) + "/").neg("DATE", "%02d%s" % (rng.randint(1, 28), rng.choice(["JAN", "MAR", "JUL", "OCT"])))
        d.t("\nPA ").span("STREET_ADDRESS", st.upper()).t("\n")
        if rng.random() < 0.6:
            d.t("TA ").neg("ORG", rng.choice(["HILTON MIDTOWN", "MARRIOTT MARQUIS", "HOTEL EDISON"])).t(" ")
            d.span("STREET_ADDRESS", num(100, 1600) + " " + rng.choice(["AVE OF THE AMERICAS", "BROADWAY", "W 47TH ST"]) + " NEW YORK NY 100" + num(10, 99))
            d.t("\n")
        d.t("PN ").span("PHONE_NUMBER", "+" + rng.choice(["49", "31", "33", "34", "39", "48", "46", "420", "90"]) + num(100000000, 999999999)).t("\n")
        d.t("AG ").neg("HANDLE", al + stn + "/" + rng.choice(["JW", "KM", "TS"])).t("\n")
    else:
        d.t("Property Irregularity Report ").neg("CODE", stn + al + "%05d" % rng.randint(1, 99999)).t("\n")
        d.t("Passenger: ").span("PERSON", full(g, s, rng.choice(["slash", "SG", "S_comma_G"]))).t(" " + rng.choice(["MR", "MRS", "MS"]) + "\n")
        d.t("Permanent address: ").span("STREET_ADDRESS", st).t("\n")
        d.t("Temporary address (until ").neg("DATE", today("en")).t("): ").span("STREET_ADDRESS", street(lg, reg)).t("\n")
        d.t("Bag: black hard-shell, tag " + al + "%06d" % rng.randint(1, 999999) + ", name label reads ").span("PERSON", g[0].upper() + ". " + s.upper())
        d.t("\nHandled by ").neg("ORG", rng.choice(["Swissport", "WFS", "Aviapartner", "Menzies"])).t(" lost & found, ")
        d.neg("ORG", rng.choice(["Terminal 1", "Terminal 2E", "Pier B"])).t("\n")
    d.done()


SCHOOLS = {"de": ["Goethe-Gymnasium", "Albert-Einstein-Realschule", "Sophie-Scholl-Gesamtschule", "Humboldt-Gymnasium"],
           "fr": ["Lycée Victor Hugo", "Collège Jean Moulin", "Lycée Marie Curie"],
           "nl": ["Erasmus College", "Spinoza Lyceum", "Rembrandt College"],
           "pl": ["Liceum im. Mikołaja Kopernika", "Szkoła Podstawowa nr 12 im. Marii Skłodowskiej-Curie"],
           "cs": ["Gymnázium Jana Keplera", "ZŠ T. G. Masaryka"],
           "en": ["St. Brigid's National School", "Abraham Lincoln High School", "King Edward VI School"],
           "it": ["Liceo Galileo Galilei", "Istituto Leonardo da Vinci"],
           "es": ["IES Miguel de Cervantes", "Colegio Santa Teresa"],
           "sv": ["Anna Whitlocks gymnasium", "Viktor Rydbergs gymnasium"],
           "da": ["H.C. Ørsted Gymnasiet", "N. Zahles Skole"],
           "pt": ["Escola Secundária Camões", "Colégio Dom Pedro II"],
           "tr": ["Atatürk Anadolu Lisesi", "Kabataş Erkek Lisesi"],
           "ro": ["Colegiul Național Mihai Eminescu", "Liceul Teoretic Ion Creangă"]}


def short(s):
    w = s.replace(" ", "").replace("'", "")
    w = [c for c in w if c.isalpha()]
    return "".join(w[:3]).upper()


def subst(lg):
    d = D(lg, "subst")
    school = rng.choice(SCHOOLS[lg])
    teachers = [person(lg) for _ in range(4)]
    if lg == "de":
        d.neg("ORG", school).t(" – Vertretungsplan für ").neg("DATE", rng.choice(["Mo", "Di", "Mi", "Do"]) + ", " + today("de")).t("\n")
        d.t("Abwesende Lehrkräfte: ")
        for i, (g, s) in enumerate(teachers[:2]):
            d.t(", " if i else "").span("PERSON", s).t(" (").neg("CODE", short(s)).t(")")
        d.t("\nKlasse | Std | Vertreter | Fach | Raum | statt | Art | Text\n")
        for _ in range(rng.randint(2, 3)):
            g, s = rng.choice(teachers[2:])
            a = rng.choice(teachers[:2])
            d.t(rng.choice(["5a", "6b", "7c", "8a", "Q1"]) + " | " + num(1, 8) + " | ").neg("CODE", short(s)).t(" | " + rng.choice(
                ["D", "M", "E", "Bio", "Ku"]) + " | ").neg("ROOM", rng.choice(["R104", "B2.13", "Humboldt-Saal", "TH1"])).t(" | ")
            d.neg("CODE", short(a[1])).t(" | Vertretung | ")
            r = rng.random()
            if r < 0.5:
                d.t("Aufgaben bei ").span("PERSON", rng.choice(["Fr. ", "Hr. "]) + s).t(" abholen\n")
            else:
                d.t(rng.choice(["entfällt", "Raumänderung", "Klausuraufsicht"]) + "\n")
    elif lg == "fr":
        d.neg("ORG", school).t(" – remplacements du ").neg("DATE", today("fr")).t("\n")
        for _ in range(rng.randint(2, 3)):
            a, b = rng.sample(teachers, 2)
            d.t(rng.choice(["M. ", "Mme "])).span("PERSON", a[1].upper() if rng.random() < 0.5 else a[1]).t(" absent(e) – ")
            d.t(rng.choice(["2nde 3", "1ère G2", "Tle 4", "6e B"]) + ", " + num(8, 16) + "h : remplacement par ")
            d.span("PERSON", b[0] + " " + b[1]).t(", salle ").neg("ROOM", rng.choice(["B12", "CDI", "Salle Pasteur"])).t("\n")
    elif lg in ("pl", "cs"):
        head = "Zastępstwa na dzień " if lg == "pl" else "Suplování na "
        d.neg("ORG", school).t("\n" + head).neg("DATE", today(lg)).t("\n")
        for _ in range(rng.randint(2, 3)):
            a, b = rng.sample(teachers, 2)
            if lg == "pl":
                d.t("lekcja " + num(1, 8) + ", klasa " + rng.choice(["2b", "3a", "1c"]) + ": za ").span("PERSON", a[0] + " " + a[1])
                d.t(" — zastępuje p. ").span("PERSON", b[1]).t(", sala ").neg("ROOM", rng.choice(["12", "aula", "s. 204"])).t("\n")
            else:
                d.t(num(1, 7) + ". hod., " + rng.choice(["6.A", "2.B", "4.C"]) + ": za ").span("PERSON", a[1]).t(" supluje ")
                d.span("PERSON", b[0] + " " + b[1]).t(" (").neg("CODE", short(b[1])[:2]).t("), učebna ").neg("ROOM", rng.choice(["Fy", "205", "tělocvična"])).t("\n")
    elif lg == "nl":
        d.neg("ORG", school).t(" – roosterwijzigingen ").neg("DATE", today("nl")).t("\n")
        for _ in range(rng.randint(2, 3)):
            a, b = rng.sample(teachers, 2)
            d.t("uur " + num(1, 8) + " " + rng.choice(["H3a", "V5b", "M2c"]) + ": ").span("PERSON", rng.choice(["dhr. ", "mevr. "]) + a[1])
            d.t(" (").neg("CODE", short(a[1]).lower()).t(") afwezig, opvang door ").span("PERSON", b[0] + " " + b[1]).t("\n")
    else:
        word = {"en": "Cover", "es": "Sustitución", "it": "Supplenza", "sv": "Vikarie", "da": "Vikar", "pt": "Substituição",
                "tr": "Yerine", "ro": "Suplinire"}[lg]
        d.neg("ORG", school).t(" — " + word + " ").neg("DATE", today(lg)).t("\n")
        for _ in range(rng.randint(2, 3)):
            a, b = rng.sample(teachers, 2)
            d.t(word + " P" + num(1, 7) + " " + rng.choice(["9B", "10A", "3ºB", "2C"]) + ": ")
            d.span("PERSON", full(a[0], a[1], rng.choice(["gs", "SG"]))).t(" → ").span("PERSON", b[0] + " " + b[1]).t("\n")
    d.done()


def gdpr(lg):
    d = D(lg, "gdpr")
    g, s = person(lg)
    reg = region(lg)
    k = rng.randrange(2)
    org = rng.choice(["Zalando SE", "bol.com B.V.", "Allegro sp. z o.o.", "Fnac Darty", "Klarna Bank AB", "MediaMarkt", "Vinted UAB"])
    if k == 0:
        intro = {"en": ("Subject: Subject access request under Article 15 GDPR\n\nDear Data Protection Officer,\n\nMy name is ",
                        ", I was born on ", " and I live at ", ". Please send me a copy of all personal data you hold about me.\n\nYours faithfully,\n"),
                 "de": ("Betreff: Auskunftsersuchen nach Art. 15 DSGVO\n\nSehr geehrte Damen und Herren,\n\nmein Name ist ",
                        ", geboren am ", ", wohnhaft ", ". Bitte erteilen Sie mir Auskunft über alle zu meiner Person gespeicherten Daten.\n\nMit freundlichen Grüßen\n"),
                 "fr": ("Objet : demande de droit d'accès (article 15 du RGPD)\n\nMadame, Monsieur,\n\nJe soussigné(e) ",
                        ", né(e) le ", ", demeurant ", ", vous demande la copie de mes données personnelles.\n\nCordialement,\n"),
                 "nl": ("Onderwerp: inzageverzoek op grond van artikel 15 AVG\n\nGeachte heer/mevrouw,\n\nMijn naam is ",
                        ", geboren op ", ", wonende aan de ", ". Graag ontvang ik een overzicht van mijn persoonsgegevens.\n\nMet vriendelijke groet,\n"),
                 "es": ("Asunto: ejercicio del derecho de acceso (art. 15 RGPD)\n\nEstimados señores:\n\nYo, ",
                        ", nacido/a el ", ", con domicilio en ", ", solicito acceso a mis datos personales.\n\nAtentamente,\n"),
                 "it": ("Oggetto: richiesta di accesso ai dati (art. 15 GDPR)\n\nSpett.le Titolare,\n\nil/la sottoscritto/a ",
                        ", nato/a il ", ", residente in ", ", chiede copia dei propri dati personali.\n\nDistinti saluti,\n"),
                 "pt": ("Assunto: pedido de acesso (art. 15.º RGPD)\n\nExmos. Senhores,\n\nEu, ",
                        ", nascido/a em ", ", residente na ", ", solicito acesso aos meus dados pessoais.\n\nCom os melhores cumprimentos,\n"),
                 "pl": ("Temat: żądanie dostępu do danych (art. 15 RODO)\n\nSzanowni Państwo,\n\nJa, ",
                        ", ur. ", ", zam. ", ", proszę o kopię moich danych osobowych.\n\nZ poważaniem\n"),
                 "sv": ("Ämne: begäran om registerutdrag (artikel 15 GDPR)\n\nHej,\n\nJag heter ",
                        ", född ", ", och bor på ", ". Jag begär ett registerutdrag.\n\nMed vänliga hälsningar\n"),
                 "da": ("Emne: indsigtsanmodning (artikel 15 GDPR)\n\nKære databeskyttelsesrådgiver,\n\nMit navn er ",
                        ", født ", ", bosat på ", ". Jeg anmoder om indsigt i mine personoplysninger.\n\nMed venlig hilsen\n"),
                 "cs": ("Věc: žádost o přístup k osobním údajům (čl. 15 GDPR)\n\nVážení,\n\njmenuji se ",
                        ", nar. ", ", bytem ", ". Žádám o kopii svých osobních údajů.\n\nS pozdravem\n"),
                 "tr": ("Konu: KVKK/GDPR kapsamında bilgi talebi\n\nSayın Yetkili,\n\nAdım ",
                        ", doğum tarihim ", ", adresim ", ". Hakkımda tutulan kişisel verilerin bir kopyasını talep ediyorum.\n\nSaygılarımla\n"),
                 "ro": ("Subiect: cerere de acces (art. 15 GDPR)\n\nStimate domnule/doamnă,\n\nSubsemnatul/a ",
                        ", născut/ă la ", ", cu domiciliul în ", ", solicit o copie a datelor mele personale.\n\nCu stimă,\n")}[lg]
        d.t("To: ").neg("ORG", org).t(", Data Protection Officer\n" if lg == "en" else "\n").t(intro[0])
        d.span("PERSON", g + " " + s).t(intro[1]).span("DATE_OF_BIRTH", dob(lg if not (lg == "en" and reg == "US") else "en_us"))
        d.t(intro[2]).span("STREET_ADDRESS", street(lg, reg)).t(intro[3]).span("PERSON", g + " " + s).t("\n")
    else:
        sal = {"en": "Dear ", "de": "Guten Tag ", "fr": "Bonjour ", "nl": "Beste ", "es": "Estimado/a ", "it": "Gentile ",
               "pt": "Caro/a ", "pl": "Szanowna Pani / Szanowny Panie ", "sv": "Hej ", "da": "Kære ", "cs": "Vážená paní / pane ",
               "tr": "Sayın ", "ro": "Stimată doamnă / domnule "}[lg]
        d.neg("ORG", org).t(" – notification of a personal data breach (Art. 34 GDPR)\n").neg("DATE", today(lg)).t("\n\n")
        d.span("PERSON", g + " " + s).t("\n").span("STREET_ADDRESS", street(lg, reg, sep="\n")).t("\n\n")
        d.t(sal).span("PERSON", rng.choice([g + " " + s, g])).t(",\n\non ").neg("DATE", today("en")).t(
            " an unauthorised party accessed a database of our customer service tool. The following data about you were affected: ")
        d.t("your name, postal address and date of birth (").span("DATE_OF_BIRTH", dob(lg)).t("). Passwords and payment data were not affected.\n")
        d.t("Contact our DPO, ").span("PERSON", full(*person(lg), "gs")).t(", at ").span("EMAIL_ADDRESS", "dpo@" + rng.choice(
            ["example-shop.eu", "example.com", "example.org"])).t(".\n")
    d.done()


CLASSES = [cad, epcr, modqueue, voice, smarthome, bugbounty, whois, porting, fitness, rescue, hackathon, scooter, pir,
           subst, gdpr, cad, voice, pir, modqueue, epcr]
for i in range(30 * len(CLASSES)):
    CLASSES[i % len(CLASSES)](LANGS[(i // len(CLASSES) + i) % len(LANGS)])

write_json(records)
