#!/usr/bin/env python3
"""gen_names_holdout13.py: the thirteenth blind set of the NAMES pack (stop 38, branch blind13).

Written blind: its author read no detector code, no other blind set and no note, only the record
format (gen_common.py, gen_chat13.py), the corpus titles of run.sh and README.md. Its kinds of
text are away from the earlier sets': git shortlog/.mailmap/log output; package manifests other
than package.json and Debian's (Cargo, Maven, Composer, R DESCRIPTION, CITATION.cff, gemspec, Helm,
RPM spec, PKGBUILD, NuGet); Unix and directory identity (passwd GECOS, finger, gpg uids, X.509
subjects, Get-ADUser, net user); API responses (GraphQL, SCIM, Auth0/Okta, CRMs with keys in
several languages); seed data and fixtures in Ruby, Go, C#, Kotlin, PHP, Elixir, Rust, Java;
analytics and monitoring events (Segment, Mixpanel, Amplitude, Datadog, Bugsnag); ownership
metadata (Backstage, Kubernetes annotations, on-call exports, Ansible); raw mail headers, list
archives and out-of-office replies; text pasted from phones (Medical ID, contacts CSV, chats with
typos, emoji and broken lines); vaccination certificates (EU DCC payloads, yellow-fever cards,
Impfpass, carnets); diplomas, certified translations, apostilles, discharge papers; pilot and
dive logbooks and yacht crew lists; chess PGN headers and junior entry lists; short-let host
messages and guest registrations (Alloggiati Web, parte de viajeros, boletim de alojamento);
forms in Polish, Turkish, Swedish, Norwegian, Danish, Finnish, Romanian and Brazilian Portuguese;
e-signature audit certificates.

About half the names are invented from syllables (in no lexicon the author knows of). Labels:
PERSON is the name without a title (a `Surname, Given` cell is one span, split first/last fields
are one span each); STREET_ADDRESS is house number + street (+ unit), postcode and town (no
country); DATE_OF_BIRTH only a birth date; EMAIL_ADDRESS, PHONE_NUMBER and IP_ADDRESS where they
occur. Look-alikes are NEG_* spans. Deterministic (fixed seed), Python stdlib only, stands alone:
`python3 gen_names_holdout13.py > data/names_holdout13.json`.
"""
import json
import random
import sys
import unicodedata

rng = random.Random(38130013)
records = []

# ---- names ---------------------------------------------------------------------------------------
REAL = {
    "en": (["Olivia", "Graham", "Siobhan", "Marcus", "Eleanor", "Dwayne", "Harriet", "Kieran",
            "Priya", "Nathaniel", "Bethany", "Rhys"],
           ["Whitfield", "Carraway", "Okonkwo", "Pemberton", "Hollis", "Fairbairn", "Lockwood",
            "Brennan", "Atherton", "McAllister", "Gallagher", "Thornton"]),
    "de": (["Anneliese", "Florian", "Henrike", "Torsten", "Mareike", "Volker", "Svenja", "Dominik",
            "Gudrun", "Lukas", "Ilse", "Benedikt"],
           ["Hufnagel", "Brandauer", "Kretschmer", "Wendland", "Oberhuber", "Scholz", "Pfeiffer",
            "Zimmermann", "Raabe", "Eichhorn", "Hartung", "Vogt"]),
    "fr": (["Ségolène", "Thibault", "Maëlle", "Grégoire", "Apolline", "Bastien", "Solène", "Loïc",
            "Capucine", "Yannick", "Margaux", "Aurélien"],
           ["Lacroix", "Bertrand", "Fauconnier", "Delacour", "Rousseau", "Mercier", "Guillot",
            "Chauvin", "Lemaire", "Perrin", "Vasseur", "Bouchard"]),
    "nl": (["Maartje", "Sjoerd", "Ilse", "Gijs", "Femke", "Thijs", "Lieke", "Joris", "Marieke",
            "Ruben", "Noor", "Wessel"],
           ["van Leeuwen", "de Groot", "Kuipers", "Verhoeven", "Brouwer", "van den Berg",
            "Hoekstra", "Postma", "Meijer", "de Wit", "Schouten", "Veenstra"]),
    "es": (["Nerea", "Íñigo", "Rocío", "Gonzalo", "Ainhoa", "Borja", "Marisol", "Ignacio",
            "Lorena", "Fermín", "Paloma", "Unai"],
           ["Echeverría", "Villanueva", "Carrasco", "Moreno", "Iglesias", "Salcedo", "Fuentes",
            "Arrieta", "Lozano", "Montero", "Quintana", "Serrano"]),
    "it": (["Ludovica", "Pierluigi", "Benedetta", "Ettore", "Rosalba", "Gianmarco", "Ilaria",
            "Tommaso", "Noemi", "Raffaele", "Caterina", "Edoardo"],
           ["Santoro", "Marchetti", "Lombardi", "De Santis", "Barbieri", "Cattaneo", "Fontana",
            "Morelli", "Ferraro", "Giordano", "Pellegrini", "Rinaldi"]),
    "pt": (["Margarida", "Duarte", "Filipa", "Rodrigo", "Catarina", "Henrique", "Joana",
            "Afonso", "Matilde", "Vasco", "Carolina", "Nuno"],
           ["Magalhães", "Figueiredo", "Rebelo", "Antunes", "Pinto", "Cardoso", "Nogueira",
            "Quaresma", "Moura", "Sequeira", "Barros", "Lacerda"]),
    "br": (["Luana", "Thiago", "Fernanda", "Caio", "Juliana", "Matheus", "Larissa", "Gustavo",
            "Bianca", "Rafael", "Yasmin", "Leandro"],
           ["dos Santos", "Oliveira", "Rodrigues", "Nascimento", "Cavalcanti", "Albuquerque",
            "Araújo", "Medeiros", "Siqueira", "Bezerra", "Monteiro", "Lima"]),
    "pl": (["Agnieszka", "Bartłomiej", "Małgorzata", "Krzysztof", "Zofia", "Przemysław",
            "Katarzyna", "Wojciech", "Joanna", "Grzegorz", "Ewelina", "Łukasz"],
           ["Wiśniewska", "Kowalczyk", "Zieliński", "Szymańska", "Wójcik", "Lewandowski",
            "Dąbrowska", "Kaczmarek", "Piotrowski", "Grabowska", "Jankowski", "Mazur"]),
    "tr": (["Elif", "Mehmet", "Zeynep", "Burak", "Ayşe", "Emre", "Gülşen", "Oğuz", "Derya",
            "Serkan", "Büşra", "Kaan"],
           ["Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Aydın", "Öztürk", "Arslan", "Doğan",
            "Kılıç", "Koç", "Güneş"]),
    "sv": (["Ingrid", "Johan", "Linnea", "Mattias", "Sigrid", "Oskar", "Elsa", "Henrik", "Maja",
            "Fredrik", "Astrid", "Viktor"],
           ["Lindqvist", "Bergström", "Sjöberg", "Holmgren", "Nyström", "Engström", "Lundgren",
            "Åkesson", "Wallin", "Hedlund", "Forsberg", "Sandberg"]),
    "no": (["Solveig", "Håkon", "Ingvild", "Eirik", "Marit", "Sindre", "Tone", "Øystein", "Kari",
            "Torbjørn", "Hilde", "Anders"],
           ["Haugen", "Solberg", "Bakken", "Strand", "Eide", "Fjeld", "Løvås", "Nygård", "Hovland",
            "Myklebust", "Dahl", "Aasen"]),
    "da": (["Mette", "Søren", "Birgitte", "Rasmus", "Lone", "Mikkel", "Trine", "Jesper", "Ditte",
            "Kasper", "Hanne", "Frederik"],
           ["Sørensen", "Kjærgaard", "Thomsen", "Østergaard", "Mikkelsen", "Bech", "Dalsgaard",
            "Lauritsen", "Holm", "Vestergaard", "Krogh", "Juhl"]),
    "fi": (["Aino", "Juha", "Satu", "Mikko", "Riikka", "Jussi", "Tuulikki", "Petteri", "Hanna",
            "Eero", "Kaisa", "Ville"],
           ["Virtanen", "Mäkelä", "Heikkinen", "Laaksonen", "Koskinen", "Järvinen", "Lehtonen",
            "Nieminen", "Salminen", "Hämäläinen", "Kettunen", "Rantanen"]),
    "ro": (["Ioana", "Mihai", "Andreea", "Bogdan", "Roxana", "Cătălin", "Alina", "Răzvan",
            "Simona", "Dragoș", "Oana", "Florin"],
           ["Popescu", "Ionescu", "Dumitrescu", "Stănescu", "Munteanu", "Constantinescu",
            "Georgescu", "Rădulescu", "Marinescu", "Vasilescu", "Lungu", "Tudor"]),
}
# Syllables, surname endings, given-name endings for invented names, per locale.
INV = {
    "en": (["brad", "wel", "thorn", "kess", "marl", "lin", "quar", "dal", "fen", "hol"],
           ["wick", "stow", "mere", "combe", "thwaite", "ridge"], ["a", "elle", "yn", "ie", "an", "ett", "or"]),
    "de": (["kre", "ham", "wol", "bir", "tau", "gern", "lüt", "ose", "fal", "dorn"],
           ["berger", "hagen", "ling", "mayr", "gruber", "wald"], ["a", "ine", "gard", "bert", "hold", "olf"]),
    "fr": (["bro", "lam", "cha", "vil", "dor", "sau", "gré", "mau", "tal", "pel"],
           ["ault", "eret", "ignac", "ouze", "ande", "illot"], ["ine", "ette", "ise", "ard", "ien", "ance"]),
    "nl": (["bro", "wie", "kas", "hel", "doe", "sjo", "lut", "mee", "rij", "tas"],
           ["veld", "kamp", "stra", "huis", "dijk", "broek"], ["ke", "tje", "ina", "ert", "old", "mer"]),
    "es": (["ba", "re", "to", "mi", "lu", "ca", "zo", "fe", "ri", "go"],
           ["ández", "eras", "ueña", "ilde", "arro", "ita"], ["ela", "ira", "ana", "ando", "ero", "ón"]),
    "it": (["ma", "ro", "sel", "tu", "ca", "gal", "ber", "fio", "ven", "do"],
           ["ucci", "azzi", "etto", "olini", "arra", "ighi"], ["ella", "ina", "etta", "ano", "ello", "eo"]),
    "pt": (["ca", "ru", "bel", "ven", "tor", "fa", "lo", "mi", "gra", "sou"],
           ["eiro", "ança", "inho", "ães", "ela", "ota"], ["ina", "ela", "ara", "ino", "ário", "elo"]),
    "br": (["ja", "ri", "cle", "dal", "mon", "ta", "gil", "ro", "su", "ve"],
           ["eira", "ares", "ino", "ato", "ildo", "ama"], ["ane", "ice", "ara", "son", "ilo", "ael"]),
    "pl": (["kra", "wol", "szy", "mie", "bor", "ste", "grze", "ja", "lu", "pie"],
           ["owski", "ewicz", "czyk", "ańska", "iak", "uła"], ["ina", "ela", "ława", "mir", "sław", "osz"]),
    "tr": (["ka", "ya", "tu", "ser", "gö", "ba", "ay", "öz", "er", "çe"],
           ["oğlu", "kan", "soy", "taş", "ak", "dal"], ["nur", "su", "gül", "han", "can", "alp"]),
    "sv": (["ber", "sjö", "lin", "ny", "fal", "hed", "tor", "ek", "vik", "al"],
           ["ström", "qvist", "gren", "lund", "blad", "dahl"], ["a", "ja", "hild", "vald", "mund", "ulf"]),
    "no": (["hov", "lø", "bre", "myk", "sel", "tvei", "aas", "fos", "rø", "gil"],
           ["rud", "vik", "stad", "heim", "gard", "nes"], ["ny", "hild", "run", "bjørn", "geir", "var"]),
    "da": (["kjær", "vest", "sø", "mølle", "bro", "dal", "hav", "lund", "kro", "ris"],
           ["gaard", "holt", "bæk", "skov", "toft", "strup"], ["tte", "na", "bild", "ulf", "mand", "ing"]),
    "fi": (["kor", "väi", "hal", "mä", "pel", "rau", "sii", "tuo", "vir", "lah"],
           ["nen", "kari", "la", "mäki", "järvi", "oja"], ["ikki", "la", "na", "nio", "kko", "po"]),
    "ro": (["dra", "mir", "pe", "lu", "cos", "băl", "vo", "ghe", "ti", "sta"],
           ["escu", "eanu", "aru", "ache", "ilă", "oiu"], ["ela", "ina", "ica", "el", "ian", "or"]),
}
CORE = ["en", "de", "fr", "nl", "es", "it", "pt"]
OTHER = ["br", "pl", "tr", "sv", "no", "da", "fi", "ro"]
ALL = CORE + OTHER


VOWELS = set("aeiouyäöüåæøéèêëíìîïóòôõúùûãâàáăı")


def plausible(w):
    """No three vowels or three consonants running, no letter three times in a row."""
    run_v = run_c = 0
    for i, c in enumerate(w.lower()):
        if c in VOWELS:
            run_v, run_c = run_v + 1, 0
        else:
            run_v, run_c = 0, run_c + 1
        if run_v > 2 or run_c > 3 or (i >= 2 and c == w[i - 1].lower() == w[i - 2].lower()):
            return False
    return True


def invent_word(syl, end, parts):
    while True:
        ss = rng.sample(syl, parts)
        w = "".join(ss) + rng.choice(end)
        lw = w.lower()
        tri = [lw[i:i + 3] for i in range(len(lw) - 2)]
        if plausible(w) and len(w) >= 4 and len(set(tri)) == len(tri):
            return w[0].upper() + w[1:]


def invent_given(lg):
    syl, _, end = INV[lg]
    return invent_word(syl, end, rng.choice((1, 2, 2)))


def invent_surname(lg):
    syl, end, _ = INV[lg]
    return invent_word(syl, end, rng.choice((1, 2)))


class Name:
    def __init__(self, lg, given, surname):
        self.lg, self.given, self.surname = lg, given, surname

    @property
    def full(self):
        return self.given + " " + self.surname

    @property
    def rev(self):
        return self.surname + ", " + self.given


def person(lg, real=None):
    if real is None:
        real = rng.random() < 0.5
    if real:
        g, s = rng.choice(REAL[lg][0]), rng.choice(REAL[lg][1])
    else:
        g, s = invent_given(lg), invent_surname(lg)
    if lg == "es" and rng.random() < 0.4:
        s += " " + (rng.choice(REAL[lg][1]) if rng.random() < 0.5 else invent_surname(lg))
    elif lg in ("pt", "br") and rng.random() < 0.3:
        s = (rng.choice(REAL[lg][1]) if real else invent_surname(lg)) + " " + s
    elif lg in ("en", "de") and rng.random() < 0.12:
        g += " " + rng.choice("ABCDEFGHJKLMRSTW") + "."
    return Name(lg, g, s)


def people(lg, n):
    out, seen = [], set()
    while len(out) < n:
        p = person(lg)
        if p.full not in seen:
            seen.add(p.full)
            out.append(p)
    return out


FOLD = {"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "æ": "ae", "ı": "i", "ß": "ss", "đ": "d", "İ": "I"}


def ascii_fold(s):
    s = "".join(FOLD.get(c, c) for c in s)
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


DOMAINS = ["posteo.de", "gmx.net", "proton.me", "outlook.com", "fastmail.fm", "web.de",
           "libero.it", "sapo.pt", "uol.com.br", "wp.pl", "telia.com", "online.no", "kolumbus.fi",
           "yahoo.ro", "orange.fr", "ziggo.nl", "telefonica.net", "icloud.com", "hotmail.co.uk"]
WORK = ["acme-logistik.de", "nordhavn.io", "brightpath.co.uk", "tecnored.es", "vinciplast.it",
        "lusoware.pt", "kleurrijk.nl", "sigma-rail.fr", "datavik.se", "korpi-soft.fi"]


def email_of(p, domain=None, style=None):
    g = ascii_fold(p.given.split()[0]).lower()
    s = ascii_fold(p.surname).lower().replace(" ", "")
    style = style if style is not None else rng.randrange(4)
    local = [g + "." + s, g[0] + s, g + s[:1], s + "." + g][style]
    return local + "@" + (domain or rng.choice(DOMAINS))


# ---- dates ---------------------------------------------------------------------------------------
MONTHS = {
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December"],
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
           "Oktober", "November", "Dezember"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
           "octobre", "novembre", "décembre"],
    "nl": ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
           "september", "oktober", "november", "december"],
    "es": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
           "octubre", "noviembre", "diciembre"],
    "it": ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto",
           "settembre", "ottobre", "novembre", "dicembre"],
    "pt": ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto",
           "setembro", "outubro", "novembro", "dezembro"],
    "pl": ["stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia",
           "września", "października", "listopada", "grudnia"],
    "tr": ["Ocak", "Şubat", "Mart", "Nisan", "Mayıs", "Haziran", "Temmuz", "Ağustos", "Eylül",
           "Ekim", "Kasım", "Aralık"],
    "sv": ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september",
           "oktober", "november", "december"],
    "ro": ["ianuarie", "februarie", "martie", "aprilie", "mai", "iunie", "iulie", "august",
           "septembrie", "octombrie", "noiembrie", "decembrie"],
}
MONTHS["br"] = MONTHS["pt"]
MONTHS["no"] = MONTHS["da"] = ["januar", "februar", "marts", "april", "maj", "juni", "juli",
                               "august", "september", "oktober", "november", "december"]
MONTHS["fi"] = ["tammikuuta", "helmikuuta", "maaliskuuta", "huhtikuuta", "toukokuuta",
                "kesäkuuta", "heinäkuuta", "elokuuta", "syyskuuta", "lokakuuta", "marraskuuta",
                "joulukuuta"]
MON3 = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
WD3 = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]


def ymd(lo=1938, hi=2012):
    return rng.randint(lo, hi), rng.randint(1, 12), rng.randint(1, 28)


def fdate(lg, y, m, d, kind=None):
    if kind is None:
        kind = rng.choice(["num", "num", "iso", "long"])
    if kind == "iso":
        return "%04d-%02d-%02d" % (y, m, d)
    if kind == "compact":
        return "%04d%02d%02d" % (y, m, d)
    if kind == "long":
        mn = MONTHS.get(lg, MONTHS["en"])[m - 1]
        if lg == "en":
            return rng.choice(["%d %s %d" % (d, mn, y), "%s %d, %d" % (mn, d, y)])
        if lg in ("de", "da", "no", "fi"):
            return "%d. %s %d" % (d, mn, y)
        if lg in ("es", "pt", "br"):
            return "%d de %s de %d" % (d, mn, y)
        return "%d %s %d" % (d, mn, y)
    if kind == "mon3":
        return "%02d %s %d" % (d, MON3[m - 1].upper(), y)
    # numeric, in the locale's order
    if lg == "en":
        return rng.choice(["%02d/%02d/%04d" % (m, d, y), "%d/%d/%04d" % (m, d, y),
                           "%02d/%02d/%04d" % (d, m, y)])
    if lg in ("de", "pl", "tr", "ro", "fi", "no", "da"):
        return "%02d.%02d.%04d" % (d, m, y)
    if lg == "nl":
        return "%02d-%02d-%04d" % (d, m, y)
    if lg == "sv":
        return "%04d-%02d-%02d" % (y, m, d)
    return "%02d/%02d/%04d" % (d, m, y)


def ts_iso(y=None):
    y = y or rng.randint(2019, 2026)
    return "%04d-%02d-%02dT%02d:%02d:%02dZ" % (y, rng.randint(1, 12), rng.randint(1, 28),
                                               rng.randint(0, 23), rng.randint(0, 59),
                                               rng.randint(0, 59))


def rfc2822():
    y, m, d = ymd(2021, 2026)
    return "%s, %d %s %d %02d:%02d:%02d %s" % (rng.choice(WD3), d, MON3[m - 1], y,
                                              rng.randint(6, 22), rng.randint(0, 59),
                                              rng.randint(0, 59), rng.choice(["+0100", "+0200", "-0500", "+0000"]))


# ---- addresses -----------------------------------------------------------------------------------
STREETS = {
    "de": ["Lindenhofstraße", "Am Quellbrunnen", "Kastanienallee", "Rödelheimer Weg",
           "Brunnackerweg", "Ostertorsteinweg", "Hafermarkt", "Zur Wolfsmühle"],
    "fr": ["rue des Tanneurs", "avenue Jean-Jaurès", "boulevard de la Liberté",
           "impasse des Glycines", "rue du Faubourg Saint-Antoine", "chemin de la Bergerie",
           "allée des Mauvières"],
    "nl": ["Korte Nieuwstraat", "Vredenburgkade", "Tolsteegsingel", "Bloemgracht",
           "Meidoornlaan", "Wolvenhoeklaan", "Sint Jacobsstraat"],
    "es": ["Calle de Toledo", "Avenida de la Constitución", "Calle Mayor", "Paseo de Gracia",
           "Calle Ancha de San Bernardo", "Rúa do Vilar", "Calle Alcarrobo"],
    "it": ["Via dei Mille", "Via Garibaldi", "Corso Vittorio Emanuele II", "Viale Aldo Moro",
           "Via della Scala", "Vicolo del Pozzo", "Via Selvanera"],
    "pt": ["Rua de Santa Catarina", "Avenida da República", "Travessa do Carmo",
           "Rua Dom Pedro V", "Rua Latino Coelho", "Calçada da Estrela", "Rua das Fontainhas"],
    "br": ["Rua Barão de Mauá", "Avenida Paulista", "Rua Voluntários da Pátria",
           "Rua das Laranjeiras", "Avenida Sete de Setembro", "Rua Padre Chagas", "Alameda Santos"],
    "pl": ["ul. Kościuszki", "ul. Długa", "al. Niepodległości", "ul. Piotrkowska",
           "ul. Mickiewicza", "ul. Wrzosowa", "ul. Jaskółcza"],
    "tr": ["Atatürk Cad.", "Bağdat Caddesi", "İstiklal Cad.", "Gül Sokak", "Fevzi Çakmak Cad.",
           "Menekşe Sokağı", "Ihlamur Sok."],
    "sv": ["Storgatan", "Drottninggatan", "Linnégatan", "Björkvägen", "Sveavägen", "Kvarngatan"],
    "no": ["Thorvald Meyers gate", "Kirkeveien", "Bjørnstjerne Bjørnsons gate", "Strandgaten",
           "Lyngveien", "Møllergata"],
    "da": ["Nørrebrogade", "Vesterbrogade", "H.C. Andersens Boulevard", "Skovvej", "Søndergade",
           "Østerbrogade"],
    "fi": ["Mannerheimintie", "Hämeenkatu", "Koivukuja", "Aleksanterinkatu", "Satakunnankatu",
           "Rantatie"],
    "ro": ["Str. Mihai Eminescu", "Bd. Unirii", "Calea Victoriei", "Str. Florilor",
           "Aleea Trandafirilor", "Str. Avram Iancu"],
    "en": ["Larchmont Avenue", "Wexley Road", "Pelham Street", "Orchard Lane", "Kingsmere Drive",
           "Thistlewood Close", "Harbour View Road", "Quarry Hill"],
}
TOWNS = {
    "de": [("70563", "Stuttgart"), ("28203", "Bremen"), ("04109", "Leipzig"), ("1070", "Wien"),
           ("8003", "Zürich"), ("60487", "Frankfurt am Main")],
    "fr": [("67000", "Strasbourg"), ("69005", "Lyon"), ("44000", "Nantes"), ("31000", "Toulouse"),
           ("1000", "Bruxelles"), ("1204", "Genève")],
    "nl": [("3512 AB", "Utrecht"), ("1015 KL", "Amsterdam"), ("9711 LM", "Groningen"),
           ("5611 EZ", "Eindhoven"), ("2000", "Antwerpen"), ("9000", "Gent")],
    "es": [("28005", "Madrid"), ("08012", "Barcelona"), ("41004", "Sevilla"),
           ("15704", "Santiago de Compostela"), ("46001", "València")],
    "it": [("40121", "Bologna"), ("10123", "Torino"), ("50125", "Firenze"), ("35122", "Padova"),
           ("90133", "Palermo")],
    "pt": [("4000-447", "Porto"), ("1050-191", "Lisboa"), ("3000-214", "Coimbra"),
           ("4700-320", "Braga")],
    "br": [("01310-100", "São Paulo - SP"), ("22240-003", "Rio de Janeiro - RJ"),
           ("90570-080", "Porto Alegre - RS"), ("40060-001", "Salvador - BA"),
           ("30130-010", "Belo Horizonte - MG")],
    "pl": [("30-114", "Kraków"), ("00-950", "Warszawa"), ("90-001", "Łódź"), ("80-831", "Gdańsk"),
           ("50-001", "Wrocław")],
    "tr": [("34710", "Kadıköy/İstanbul"), ("06680", "Çankaya/Ankara"), ("35220", "Konak/İzmir"),
           ("16040", "Nilüfer/Bursa")],
    "sv": [("111 22", "Stockholm"), ("411 38", "Göteborg"), ("211 45", "Malmö"),
           ("753 20", "Uppsala")],
    "no": [("0555", "Oslo"), ("5003", "Bergen"), ("7011", "Trondheim"), ("4006", "Stavanger")],
    "da": [("2200", "København N"), ("8000", "Aarhus C"), ("5000", "Odense C"), ("9000", "Aalborg")],
    "fi": [("00260", "Helsinki"), ("33100", "Tampere"), ("20100", "Turku"), ("90100", "Oulu")],
    "ro": [("400012", "Cluj-Napoca"), ("030167", "București"), ("700259", "Iași"),
           ("300011", "Timișoara")],
    "us": [("Columbus, OH", "43215"), ("Tacoma, WA", "98403"), ("Raleigh, NC", "27601"),
           ("Madison, WI", "53703")],
    "gb": [("Leeds", "LS6 2QT"), ("Bristol", "BS3 4EX"), ("Norwich", "NR2 1RL"),
           ("Cardiff", "CF24 3AB")],
}


class Addr:
    """street: number + street (+ unit); zip, city; full: one line as the locale writes it."""

    def __init__(self, street, zipc, city, full, lines):
        self.street, self.zip, self.city, self.full, self.lines = street, zipc, city, full, lines


def address(lg):
    n = rng.randint(1, 240)
    if lg == "en":
        if rng.random() < 0.5:
            city, z = rng.choice(TOWNS["us"])
            st = "%d %s" % (rng.randint(100, 9800), rng.choice(STREETS["en"]))
            if rng.random() < 0.4:
                st += rng.choice([", Apt 3B", ", Unit 12", " #207"])
            return Addr(st, z, city, st + ", " + city + " " + z, st + "\n" + city + " " + z)
        city, z = rng.choice(TOWNS["gb"])
        st = "%d %s" % (n, rng.choice(STREETS["en"]))
        if rng.random() < 0.3:
            st = "Flat %d, " % rng.randint(1, 9) + st
        return Addr(st, z, city, st + ", " + city + " " + z, st + "\n" + city + "\n" + z)
    s = rng.choice(STREETS[lg])
    z, city = rng.choice(TOWNS[lg])
    if lg == "fr":
        st = "%d%s %s" % (n, rng.choice(["", "", " bis"]), s)
    elif lg == "es":
        st = "%s %d, %s" % (s, n, rng.choice(["3º B", "2º izda.", "bajo", "5º 1ª"]))
    elif lg == "it":
        st = rng.choice(["%s %d", "%s, %d", "%s n. %d"]) % (s, n)
    elif lg == "pt":
        st = "%s %d, %s" % (s, n, rng.choice(["3.º Esq.", "r/c Dto.", "2.º Frente", "1.º"]))
    elif lg == "br":
        st = "%s, %d, apto %d" % (s, n * 7, rng.randint(11, 184))
    elif lg == "pl":
        st = "%s %d/%d" % (s, n, rng.randint(1, 60))
    elif lg == "tr":
        st = "%s No: %d D: %d" % (s, n, rng.randint(1, 24))
    elif lg == "sv":
        st = "%s %d%s" % (s, n, rng.choice(["", "", " lgh 1102", "B"]))
    elif lg == "da":
        st = "%s %d, %s" % (s, n, rng.choice(["2. th.", "1. tv.", "st."]))
    elif lg == "fi":
        st = "%s %d %s" % (s, n, rng.choice(["B 23", "A 4", "as. 5"]))
    elif lg == "ro":
        st = "%s nr. %d, bl. %s, sc. %d, ap. %d" % (s, n, rng.choice(["B2", "C4", "11"]),
                                                   rng.randint(1, 3), rng.randint(1, 60))
    else:
        st = "%s %d%s" % (s, n, rng.choice(["", "", "a", " bus 3"]) if lg == "nl" else "")
    sep = " - " if lg == "br" else ", "
    return Addr(st, z, city, st + sep + z + " " + city, st + "\n" + z + " " + city)


# ---- the record writer ---------------------------------------------------------------------------
class D:
    def __init__(self, lg, cls):
        self.lg, self.cls, self.text, self.spans = lg, cls, "", []

    def t(self, s):
        self.text += s
        return self

    def s(self, label, v):
        self.spans.append({"entity_type": label, "entity_value": v,
                           "start_position": len(self.text),
                           "end_position": len(self.text) + len(v)})
        self.text += v
        return self

    def p(self, v):
        return self.s("PERSON", v)

    def e(self, v):
        return self.s("EMAIL_ADDRESS", v)

    def done(self):
        for sp in self.spans:
            assert self.text[sp["start_position"]:sp["end_position"]] == sp["entity_value"], sp
            assert sp["entity_value"].strip() == sp["entity_value"], sp
        records.append({"full_text": self.text, "spans": self.spans,
                        "template_id": len(records) % 100,
                        "metadata": {"locale": self.lg, "class": self.cls}})


def ip4():
    return "%d.%d.%d.%d" % (rng.choice([81, 85, 91, 141, 176, 188, 203, 212]), rng.randint(0, 255),
                            rng.randint(0, 255), rng.randint(1, 254))


def hexs(n):
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def pick_lg(core_bias=0.6):
    return rng.choice(CORE) if rng.random() < core_bias else rng.choice(OTHER)



# ---- 1. git shortlog, .mailmap, log output ------------------------------------------------------
BOTS = [("dependabot[bot]", "49699333+dependabot[bot]@users.noreply.github.com"),
        ("renovate[bot]", "29139614+renovate[bot]@users.noreply.github.com"),
        ("Weblate", "noreply@weblate.org"), ("GitHub", "noreply@github.com"),
        ("github-actions[bot]", "41898282+github-actions[bot]@users.noreply.github.com")]
SUBJ_NEG = [("Add ", "NEG_TERM", "Levenshtein distance", " to fuzzy search"),
            ("Use ", "NEG_TERM", "Dijkstra", " for route costs"),
            ("bump ", "NEG_PRODUCT", "galileo-sdk", " to 2.3.1"),
            ("Replace ", "NEG_TERM", "Bézier", " easing with spring curves"),
            ("docs: explain the ", "NEG_TERM", "Kalman filter", " step"),
            ("ci: pin ", "NEG_PRODUCT", "hamilton", " to 1.4"),
            ("fix(", "NEG_PRODUCT", "tesla-client", "): retry on 429"),
            ("Übersetzung: ", "NEG_TERM", "Gauß-Krüger", "-Koordinaten")]
SUBJ = ["fix off-by-one in pager", "Refactor session store", "corrige le calcul de TVA",
        "README bijgewerkt", "añade validación de CIF", "aggiorna le dipendenze",
        "corrige tradução do checkout", "poprawka walidacji NIP", "Sepet hatası düzeltildi",
        "lägg till CSV-export"]


def git_family():
    lg = pick_lg(0.5)
    d = D(lg, "git")
    k = rng.randrange(5)
    ps = people(lg, rng.randint(2, 4)) + [person(pick_lg(0.5))]
    if k == 0:
        d.t("$ git shortlog -sne --since=%d-01-01\n" % rng.randint(2020, 2025))
        rows = [(p, email_of(p)) for p in ps]
        if rng.random() < 0.6:
            rows.insert(rng.randrange(len(rows)), rng.choice(BOTS))
        c = sorted((rng.randint(1, 400) for _ in rows), reverse=True)
        for n, (p, em) in zip(c, rows):
            d.t("%6d\t" % n)
            if isinstance(p, str):
                d.s("NEG_HANDLE", p).t(" <").e(em).t(">\n")
            else:
                d.p(p.full).t(" <").e(em).t(">\n")
    elif k == 1:
        d.t("# .mailmap: one line per person, proper name first\n")
        for p in ps:
            em = email_of(p)
            r = rng.randrange(3)
            d.p(p.full).t(" <").e(em).t(">")
            if r == 0:
                d.t(" <").e(email_of(p, rng.choice(WORK))).t(">\n")
            elif r == 1:
                alt = (p.given[0] + ". " + p.surname) if rng.random() < 0.5 else p.full.lower()
                d.t(" ").p(alt).t(" <").e(email_of(p, "users.noreply.github.com", 1)).t(">\n")
            else:
                d.t(" ").p(ascii_fold(p.full)).t(" <").e(email_of(p, "localhost.localdomain", 2)).t(">\n")
        if rng.random() < 0.5:
            d.t("Release Bot <").e("release-bot@" + rng.choice(WORK)).t("> <ci@localhost>\n")
    elif k == 2:
        d.t("$ git log --date=short --format='%h %an %ad %s' -6\n")
        for i, p in enumerate(ps):
            d.t(hexs(7) + " ").p(p.full).t(" ").s("NEG_DATE", "%04d-%02d-%02d" % ymd(2022, 2026)).t(" ")
            if i == 1:
                a, lab, v, b = rng.choice(SUBJ_NEG)
                d.t(a).s(lab, v).t(b + "\n")
            else:
                d.t(rng.choice(SUBJ) + "\n")
    elif k == 3:
        a, c, co = ps[0], ps[1], ps[2]
        d.t("commit " + hexs(40) + "\nAuthor:     ").p(a.full).t(" <").e(email_of(a)).t(">\n")
        d.t("AuthorDate: ").s("NEG_DATE", rfc2822()).t("\nCommit:     ").p(c.full).t(" <")
        d.e(email_of(c, rng.choice(WORK))).t(">\nCommitDate: ").s("NEG_DATE", rfc2822()).t("\n\n")
        d.t("    " + rng.choice(SUBJ) + "\n\n")
        if rng.random() < 0.5:
            x, lab, v, y = rng.choice(SUBJ_NEG)
            d.t("    " + x).s(lab, v).t(y + "\n\n")
        d.t("    Co-authored-by: ").p(co.full).t(" <").e(email_of(co)).t(">\n")
    else:
        d.t("$ git log --format='%aN' | sort -u\n")
        for p in sorted(ps, key=lambda q: q.full):
            d.p(p.full).t("\n")
        if rng.random() < 0.6:
            d.s("NEG_HANDLE", rng.choice(BOTS)[0]).t("\n")
    d.done()


# ---- 2. package manifests -----------------------------------------------------------------------
PKG_NEG = ["tesla-api", "pascal-ts", "galileo", "fermi-sim", "curie-db", "ada-lint", "hopper-ui",
           "darwin-cache", "newton-rs", "kepler-orbit", "bohr", "lovelace"]


def manifest_family():
    lg = pick_lg(0.5)
    d = D(lg, "manifest")
    ps = people(lg, rng.randint(2, 4))
    pkg = rng.choice(PKG_NEG)
    ver = "%d.%d.%d" % (rng.randint(0, 4), rng.randint(0, 20), rng.randint(0, 9))
    k = rng.randrange(10)
    if k == 0:
        d.t("[package]\nname = \"").s("NEG_PRODUCT", pkg).t("\"\nversion = \"").s("NEG_VERSION", ver)
        d.t("\"\nedition = \"2021\"\nauthors = [\n")
        for p in ps:
            d.t("    \"").p(p.full).t(" <").e(email_of(p)).t(">\",\n")
        d.t("]\nlicense = \"MIT OR Apache-2.0\"\n")
    elif k == 1:
        d.t("  <developers>\n")
        for p in ps:
            d.t("    <developer>\n      <id>" + ascii_fold(p.given[0] + p.surname).lower().replace(" ", "") + "</id>\n")
            d.t("      <name>").p(p.full).t("</name>\n      <email>").e(email_of(p)).t("</email>\n")
            d.t("      <organization>").s("NEG_ORG", rng.choice(["Apache Software Foundation", "Eclipse Foundation", "Zeiss Digital", "Bosch.IO"])).t("</organization>\n")
            d.t("    </developer>\n")
        d.t("  </developers>\n")
    elif k == 2:
        d.t("{\n    \"name\": \"").s("NEG_PRODUCT", "vendor/" + pkg).t("\",\n    \"authors\": [\n")
        for i, p in enumerate(ps):
            d.t("        {\n            \"name\": \"").p(p.full).t("\",\n            \"email\": \"").e(email_of(p))
            d.t("\",\n            \"role\": \"" + ("Lead" if i == 0 else "Developer") + "\"\n        }" + (",\n" if i < len(ps) - 1 else "\n"))
        d.t("    ]\n}\n")
    elif k == 3:
        d.t("Package: ").s("NEG_PRODUCT", pkg.replace("-", "")).t("\nVersion: ").s("NEG_VERSION", ver)
        d.t("\nAuthors@R: c(\n")
        for i, p in enumerate(ps):
            d.t("    person(\"").p(p.given).t("\", \"").p(p.surname).t("\", role = c(\"aut\"" + (", \"cre\"" if i == 0 else "") + ")")
            if i == 0:
                d.t(", email = \"").e(email_of(p)).t("\"")
            d.t(")" + (",\n" if i < len(ps) - 1 else "\n"))
        d.t("  )\nMaintainer: ").p(ps[0].full).t(" <").e(email_of(ps[0], "r-project.org", 0)).t(">\n")
    elif k == 4:
        d.t("cff-version: 1.2.0\nmessage: \"If you use this software, please cite it as below.\"\nauthors:\n")
        for p in ps:
            d.t("  - family-names: \"").p(p.surname).t("\"\n    given-names: \"").p(p.given).t("\"\n")
            d.t("    orcid: \"https://orcid.org/0000-000%d-%04d-%04d\"\n" % (rng.randint(1, 3), rng.randint(0, 9999), rng.randint(0, 9999)))
        d.t("title: \"").s("NEG_PRODUCT", pkg).t("\"\nversion: ").s("NEG_VERSION", ver)
        d.t("\ndate-released: ").s("NEG_DATE", "%04d-%02d-%02d" % ymd(2019, 2026)).t("\n")
    elif k == 5:
        d.t("Gem::Specification.new do |spec|\n  spec.name          = \"").s("NEG_PRODUCT", pkg.replace("-", "_")).t("\"\n")
        d.t("  spec.authors       = [")
        for i, p in enumerate(ps):
            d.t("\"").p(p.full).t("\"" + (", " if i < len(ps) - 1 else ""))
        d.t("]\n  spec.email         = [")
        for i, p in enumerate(ps):
            d.t("\"").e(email_of(p)).t("\"" + (", " if i < len(ps) - 1 else ""))
        d.t("]\nend\n")
    elif k == 6:
        d.t("apiVersion: v2\nname: ").s("NEG_PRODUCT", pkg).t("\nversion: ").s("NEG_VERSION", ver).t("\nmaintainers:\n")
        for p in ps:
            d.t("  - name: ").p(p.full).t("\n    email: ").e(email_of(p)).t("\n")
    elif k == 7:
        d.t("%changelog\n")
        for p in ps:
            y, m, dd = ymd(2021, 2026)
            d.t("* ").s("NEG_DATE", "%s %s %02d %d" % (rng.choice(WD3), MON3[m - 1], dd, y)).t(" ").p(p.full)
            d.t(" <").e(email_of(p)).t("> - ").s("NEG_VERSION", ver + "-%d" % rng.randint(1, 4)).t("\n- " + rng.choice(SUBJ) + "\n\n")
    elif k == 8:
        d.t("# Maintainer: ").p(ps[0].full).t(" <").e(email_of(ps[0]).replace("@", " at ").replace(".", " dot ")).t(">\n")
        for p in ps[1:]:
            d.t("# Contributor: ").p(p.full).t("\n")
        d.t("pkgname=").s("NEG_PRODUCT", pkg).t("\npkgver=").s("NEG_VERSION", ver).t("\npkgrel=1\n")
    else:
        d.t("<package>\n  <metadata>\n    <id>").s("NEG_PRODUCT", pkg.title().replace("-", ".")).t("</id>\n    <authors>")
        for i, p in enumerate(ps):
            d.p(p.full).t(", " if i < len(ps) - 1 else "")
        d.t("</authors>\n    <owners>").s("NEG_ORG", rng.choice(["Contoso", "Nordhavn AS", "Lusoware Lda."])).t("</owners>\n  </metadata>\n</package>\n")
    d.done()


# ---- 3. Unix and directory identity -------------------------------------------------------------
SVC_GECOS = ["PostgreSQL administrator,,,", "systemd Time Synchronization,,,", "Debian-exim",
             "Nagios Monitoring User", "MySQL Server,,,", "Backup Operator (nightly)",
             "Jenkins CI,,,"]
CA_NEG = ["Let's Encrypt", "DigiCert Inc", "Sectigo Limited", "GlobalSign nv-sa", "D-TRUST GmbH",
          "Certum"]


def login_of(p):
    return ascii_fold(p.given[0] + p.surname.split()[-1]).lower()[:8]


def unix_family():
    lg = pick_lg(0.5)
    d = D(lg, "unixid")
    ps = people(lg, rng.randint(2, 4))
    k = rng.randrange(6)
    if k == 0:
        d.t("$ getent passwd | awk -F: '$3 >= 1000'\n")
        rows = [("p", p) for p in ps] + [("s", rng.choice(SVC_GECOS))]
        rng.shuffle(rows)
        uid = 1000
        for kind, v in rows:
            uid += rng.randint(1, 7)
            if kind == "p":
                d.t("%s:x:%d:%d:" % (login_of(v), uid, uid)).p(v.full)
                d.t(rng.choice([",,,", ",Room %d,%d,," % (rng.randint(100, 499), rng.randint(2000, 4999)), ""]))
                d.t(":/home/%s:/bin/bash\n" % login_of(v))
            else:
                d.t("svc%d:x:%d:%d:" % (uid, uid, uid)).s("NEG_ROLE", v).t(":/var/lib/svc:/usr/sbin/nologin\n")
    elif k == 1:
        p = ps[0]
        d.t("$ finger %s\nLogin: %-24sName: " % (login_of(p), login_of(p))).p(p.full)
        d.t("\nDirectory: /home/%s              Shell: /bin/zsh\n" % login_of(p))
        d.t("Office: %d, x%d\nOn since %s pts/0 from 10.0.%d.%d\nNo mail.\nPlan:\nout until friday, ask " % (
            rng.randint(100, 400), rng.randint(2000, 4999), "Tue Mar  4 08:%02d (CET)" % rng.randint(10, 59), rng.randint(0, 9), rng.randint(2, 200)))
        d.p(ps[1].given).t(" for anything urgent\n")
    elif k == 2:
        d.t("$ gpg --list-keys\n/home/%s/.gnupg/pubring.kbx\n" % login_of(ps[0]))
        for i, p in enumerate(ps[:3]):
            y, m, dd = ymd(2015, 2025)
            d.t("--------------------------------\n" if i == 0 else "\n")
            d.t("pub   ed25519 ").s("NEG_DATE", "%04d-%02d-%02d" % (y, m, dd)).t(" [SC] [expires: %04d-%02d-%02d]\n" % (y + 3, m, dd))
            d.t("      " + hexs(40).upper() + "\nuid           [%s] " % rng.choice(["ultimate", " full  ", "unknown"])).p(p.full)
            if rng.random() < 0.4:
                d.t(" (" + rng.choice(["work", "Arbeit", "travail", "signing key"]) + ")")
            d.t(" <").e(email_of(p)).t(">\nsub   cv25519 %04d-%02d-%02d [E]\n" % (y, m, dd))
    elif k == 3:
        p = ps[0]
        d.t("$ openssl x509 -in client.pem -noout -subject -issuer -dates\nsubject=C = %s, O = " % rng.choice(["DE", "NL", "PT", "SE", "PL", "TR"]))
        d.s("NEG_ORG", rng.choice(["Stadtwerke Hagenbruck", "Vinciplast S.p.A.", "Nordhavn AS", "Lusoware Lda."]))
        d.t(", CN = ").p(p.full).t(", emailAddress = ").e(email_of(p, rng.choice(WORK))).t("\nissuer=C = BE, O = ").s("NEG_ORG", rng.choice(CA_NEG))
        d.t(", CN = Personal CA G3\nnotBefore=Mar  4 00:00:00 2025 GMT\nnotAfter=Mar  4 23:59:59 2027 GMT\n")
    elif k == 4:
        p, mgr = ps[0], ps[1]
        d.t("PS C:\\> Get-ADUser %s -Properties * | Select-Object GivenName,Surname,DisplayName,Manager,StreetAddress,PostalCode,City\n\n" % login_of(p))
        a = address(lg)
        d.t("GivenName     : ").p(p.given).t("\nSurname       : ").p(p.surname).t("\nDisplayName   : ")
        d.p(p.rev if rng.random() < 0.5 else p.full).t("\nManager       : CN=").p(mgr.surname + "\\, " + mgr.given)
        d.t(",OU=%s,DC=corp,DC=local\nStreetAddress : " % rng.choice(["Users", "Benutzer", "Gebruikers", "Usuarios"]))
        d.s("STREET_ADDRESS", a.street).t("\nPostalCode    : " + a.zip + "\nCity          : " + a.city + "\n")
    else:
        p = ps[0]
        d.t("C:\\> net user %s /domain\nUser name                    %s\nFull Name                    " % (login_of(p), login_of(p)))
        d.p(p.full).t("\nComment                      ").s("NEG_ORG", rng.choice(["Team Hopper", "Turing Lab", "Buchhaltung", "Compras"]))
        d.t("\nAccount active               Yes\nLast logon                   ").s("NEG_DATE", "%02d/%02d/%04d 08:14:02" % (rng.randint(1, 28), rng.randint(1, 12), rng.randint(2024, 2026)))
        d.t("\nGlobal Group memberships     *Domain Users  *VPN-Users\n")
    d.done()


# ---- 4. API responses ---------------------------------------------------------------------------
KEYS = {
    "en": ("firstName", "lastName", "birthDate", "street"),
    "de": ("vorname", "nachname", "geburtsdatum", "strasse"),
    "fr": ("prenom", "nom", "date_naissance", "adresse"),
    "nl": ("voornaam", "achternaam", "geboortedatum", "straat"),
    "es": ("nombre", "apellidos", "fecha_nacimiento", "direccion"),
    "it": ("nome", "cognome", "data_nascita", "indirizzo"),
    "pt": ("nome", "apelido", "data_nascimento", "morada"),
    "br": ("nome", "sobrenome", "dataNascimento", "logradouro"),
    "pl": ("imie", "nazwisko", "dataUrodzenia", "ulica"),
    "tr": ("ad", "soyad", "dogumTarihi", "adres"),
    "sv": ("fornamn", "efternamn", "fodelsedatum", "gatuadress"),
    "no": ("fornavn", "etternavn", "fodselsdato", "gateadresse"),
    "da": ("fornavn", "efternavn", "foedselsdato", "vejnavn"),
    "fi": ("etunimi", "sukunimi", "syntymaaika", "katuosoite"),
    "ro": ("prenume", "nume", "dataNasterii", "strada"),
}
FIRMS = ["Siemens Healthineers", "Ferrero", "Philips", "Ford Otosan", "Dassault Systèmes",
         "Heineken", "Mercedes-Benz Trucks", "Porsche Consulting", "Bata", "Kellogg's",
         "Chanel", "Ferragamo", "Peugeot Motocycles", "Boeing"]


def api_family():
    lg = pick_lg(0.55)
    d = D(lg, "api")
    p = person(lg)
    y, m, dd = ymd()
    a = address(lg)
    k = rng.randrange(5)
    if k == 0:
        d.t('{"data":{"customer":{"__typename":"Customer","id":"gid://shop/Customer/%d","firstName":"' % rng.randint(10**9, 10**10))
        d.p(p.given).t('","lastName":"').p(p.surname).t('","birthday":"').s("DATE_OF_BIRTH", "%04d-%02d-%02d" % (y, m, dd))
        d.t('","createdAt":"').s("NEG_DATE", ts_iso()).t('","defaultAddress":{"address1":"').s("STREET_ADDRESS", a.street)
        d.t('","zip":"' + a.zip + '","city":"' + a.city + '"}')
        if rng.random() < 0.5:
            b2 = address(lg)
            d.t(',"billingAddress":{"address1":"').s("STREET_ADDRESS", b2.street).t('","zip":"' + b2.zip + '","city":"' + b2.city + '"}')
        d.t(',"company":{"name":"').s("NEG_ORG", rng.choice(FIRMS)).t('"}')
        d.t(',"orders":{"edges":[{"node":{"name":"#%d","processedAt":"' % rng.randint(1000, 9999)).s("NEG_DATE", ts_iso()).t('"}}]}}}}')
    elif k == 1:
        mgr = person(lg)
        d.t('{\n  "schemas": ["urn:ietf:params:scim:schemas:core:2.0:User"],\n  "userName": "').e(email_of(p, rng.choice(WORK)))
        d.t('",\n  "name": {\n    "formatted": "').p(p.full).t('",\n    "familyName": "').p(p.surname)
        d.t('",\n    "givenName": "').p(p.given).t('"\n  },\n  "displayName": "').p(p.full)
        d.t('",\n  "addresses": [{"type": "home", "formatted": "').s("STREET_ADDRESS", a.full)
        d.t('", "country": "' + lg.upper() + '"}],\n  "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User": {\n')
        d.t('    "department": "').s("NEG_ORG", rng.choice(["Team Curie", "Finance", "Einkauf", "Logística"])).t('",\n    "manager": {"displayName": "').p(mgr.full)
        d.t('"}\n  },\n  "meta": {"created": "').s("NEG_DATE", ts_iso()).t('"}\n}')
    elif k == 2:
        d.t('{"user_id":"auth0|%s","email":"' % hexs(24)).e(email_of(p)).t('","name":"').p(p.full)
        d.t('","given_name":"').p(p.given).t('","family_name":"').p(p.surname).t('","nickname":"' + ascii_fold(p.given).lower())
        d.t('","user_metadata":{"birthdate":"').s("DATE_OF_BIRTH", fdate(lg, y, m, dd, rng.choice(["iso", "num"])))
        if rng.random() < 0.7:
            d.t('","address":"').s("STREET_ADDRESS", a.full)
        d.t('","locale":"' + lg + '"},"last_login":"').s("NEG_DATE", ts_iso()).t('","logins_count":%d}' % rng.randint(1, 300))
    elif k == 3:
        fk, lk, bk, sk = KEYS[lg]
        d.t("GET /api/v2/kontakte/%d -> 200\n{\n  \"%s\": \"" % (rng.randint(100, 99999), fk)).p(p.given)
        d.t("\",\n  \"%s\": \"" % lk).p(p.surname).t("\",\n  \"%s\": \"" % bk).s("DATE_OF_BIRTH", fdate(lg, y, m, dd, rng.choice(["iso", "num"])))
        d.t("\",\n  \"%s\": \"" % sk).s("STREET_ADDRESS", a.street).t("\",\n  \"%s\": \"" % ("plz" if lg == "de" else "postcode") + a.zip + "\",\n  \"%s\": \"" % ("ort" if lg == "de" else "city") + a.city + "\",\n")
        d.t("  \"firma\": \"").s("NEG_ORG", rng.choice(FIRMS)).t("\",\n  \"owner\": {\"id\": %d, \"name\": \"" % rng.randint(1, 99))
        if rng.random() < 0.5:
            d.s("NEG_ORG", rng.choice(["EMEA Sales", "Inside Sales DACH", "Vendas Norte"]))
        else:
            d.p(person(lg).full)
        d.t("\"},\n  \"updated_at\": \"").s("NEG_DATE", ts_iso()).t("\"\n}")
    else:
        c2 = person(lg)
        d.t('{"status":"success","data":{"profile":{"firstName":"').p(p.given).t('","lastName":"').p(p.surname)
        d.t('","email":"').e(email_of(p)).t('","streetAddress":"').s("STREET_ADDRESS", a.street)
        d.t('","zipCode":"' + a.zip + '","city":"' + a.city + '","dateOfBirth":"').s("DATE_OF_BIRTH", "%04d-%02d-%02d" % (y, m, dd))
        d.t('","emergencyContact":{"name":"').p(c2.full).t('","relation":"' + rng.choice(["spouse", "mother", "brother", "partner"]) + '"}')
        d.t(',"plan":"').s("NEG_PRODUCT", rng.choice(["Hopper", "Lovelace Pro", "Turing Team", "Curie Basic"])).t('","status":"ACTIVE"}}}')
    d.done()


# ---- 5. seed data and fixtures ------------------------------------------------------------------
def fixture_family():
    lg = pick_lg(0.55)
    d = D(lg, "fixture")
    ps = people(lg, rng.randint(2, 3))
    k = rng.randrange(8)
    dates = [ymd() for _ in ps]
    iso = ["%04d-%02d-%02d" % x for x in dates]
    withdob = rng.random() < 0.55
    if k == 0:
        d.t("# db/seeds.rb\n")
        for p, b in zip(ps, iso):
            a = address(lg)
            d.t("User.create!(first_name: \"").p(p.given).t("\", last_name: \"").p(p.surname)
            if withdob:
                d.t("\", born_on: \"").s("DATE_OF_BIRTH", b)
            d.t("\", street: \"").s("STREET_ADDRESS", a.street)
            d.t("\", plan: :").s("NEG_PRODUCT", rng.choice(["galileo", "hopper", "newton"])).t(")\n")
        d.t("Organization.create!(name: \"").s("NEG_ORG", rng.choice(FIRMS)).t("\")\n")
    elif k == 1:
        d.t("var fixtures = []Person{\n")
        for p, (y, m, dd) in zip(ps, dates):
            d.t("\t{FirstName: \"").p(p.given).t("\", LastName: \"").p(p.surname)
            d.t("\", Born: time.Date(").s("DATE_OF_BIRTH", "%d, time.%s, %d" % (y, MONTHS["en"][m - 1], dd)).t(", 0, 0, 0, 0, time.UTC)},\n")
        d.t("\t{FirstName: \"Test\", LastName: \"User\", Born: time.Time{}},\n}\n")
    elif k == 2:
        d.t("var customers = new List<Customer>\n{\n")
        for p, (y, m, dd) in zip(ps, dates):
            a = address(lg)
            d.t("    new Customer { FirstName = \"").p(p.given).t("\", LastName = \"").p(p.surname)
            d.t("\", BirthDate = new DateTime(").s("DATE_OF_BIRTH", "%d, %d, %d" % (y, m, dd)).t("), Address = \"").s("STREET_ADDRESS", a.full).t("\" },\n")
        d.t("};\n// Created ").s("NEG_DATE", "%04d-%02d-%02d" % ymd(2023, 2026)).t(" for the ").s("NEG_TERM", "Fibonacci").t(" paging tests\n")
    elif k == 3:
        d.t("val testPatients = listOf(\n")
        for p, b in zip(ps, iso):
            d.t("    Patient(name = \"").p(p.full).t("\", dateOfBirth = LocalDate.parse(\"").s("DATE_OF_BIRTH", b).t("\"), ")
            if rng.random() < 0.6:
                d.t("address = \"").s("STREET_ADDRESS", address(lg).full).t("\", ")
            d.t("ward = \"")
            d.s("NEG_PLACE", rng.choice(["Nightingale", "Fleming", "Curie", "Lister"])).t("\"),\n")
        d.t(")\n")
    elif k == 4:
        d.t("// database/factories/seed.php\nreturn [\n")
        for p, (y, m, dd) in zip(ps, dates):
            a = address(lg)
            fk, lk, bk, sk = KEYS[lg]
            d.t("    ['%s' => '" % fk).p(p.given).t("', '%s' => '" % lk).p(p.surname)
            if withdob:
                d.t("', '%s' => '" % bk).s("DATE_OF_BIRTH", fdate(lg, y, m, dd, "num"))
            d.t("', '%s' => '" % sk).s("STREET_ADDRESS", a.street).t("'],\n")
        d.t("];\n")
    elif k == 5:
        for p, b in zip(ps, iso):
            d.t("Repo.insert!(%Member{name: \"").p(p.full).t("\", email: \"").e(email_of(p))
            if withdob:
                d.t("\", birthday: ~D[").s("DATE_OF_BIRTH", b).t("]")
            else:
                d.t("\"")
            d.t(", inserted_at: ~N[")
            d.s("NEG_DATE", ts_iso().replace("T", " ").rstrip("Z")).t("]})\n")
    elif k == 6:
        d.t("#[test]\nfn sorts_by_surname() {\n    let people = vec![\n")
        for p, b in zip(ps, iso):
            d.t("        Person::new(\"").p(p.given).t("\", \"").p(p.surname).t("\", \"").s("DATE_OF_BIRTH", b).t("\"),\n")
        d.t("    ];\n    assert_eq!(sort(people)[0].surname, \"")
        first = sorted(ps, key=lambda q: q.surname)[0]
        d.p(first.surname).t("\");\n}\n")
    else:
        d.t("Employee e = Employee.builder()\n")
        p = ps[0]
        a = address(lg)
        d.t("    .firstName(\"").p(p.given).t("\")\n    .lastName(\"").p(p.surname).t("\")\n    .dateOfBirth(LocalDate.of(")
        y, m, dd = dates[0]
        d.s("DATE_OF_BIRTH", "%d, %d, %d" % (y, m, dd)).t("))\n    .hireDate(LocalDate.of(").s("NEG_DATE", "%d, %d, %d" % ymd(2015, 2025))
        d.t("))\n    .homeAddress(\"").s("STREET_ADDRESS", a.full).t("\")\n    .reportsTo(\"").p(ps[1].full).t("\")\n    .build();\n")
    d.done()


# ---- 6. analytics and monitoring events ---------------------------------------------------------
SERVICES = ["checkout-svc", "tesla-ingest", "galileo-api", "darwin-worker", "kafka-bridge",
            "hopper-scheduler"]


def telemetry_family():
    lg = pick_lg(0.55)
    d = D(lg, "telemetry")
    p = person(lg)
    y, m, dd = ymd()
    k = rng.randrange(5)
    if k == 0:
        a = address(lg)
        d.t('analytics.identify("usr_%s", {\n  firstName: "' % hexs(10)).p(p.given).t('",\n  lastName: "').p(p.surname)
        d.t('",\n  email: "').e(email_of(p)).t('",\n  birthday: "').s("DATE_OF_BIRTH", "%04d-%02d-%02dT00:00:00.000Z" % (y, m, dd))
        d.t('",\n  address: { street: "').s("STREET_ADDRESS", a.street).t('", postalCode: "' + a.zip + '", city: "' + a.city + '" },\n')
        d.t('  company: { name: "').s("NEG_ORG", rng.choice(FIRMS)).t('", plan: "enterprise" },\n  createdAt: "').s("NEG_DATE", ts_iso()).t('"\n});')
    elif k == 1:
        d.t('[{"$token":"%s","$distinct_id":"%d","$set":{"$first_name":"' % (hexs(32), rng.randint(10**5, 10**7))).p(p.given)
        d.t('","$last_name":"').p(p.surname).t('","$name":"').p(p.full).t('","$email":"').e(email_of(p))
        d.t('","Birth Date":"').s("DATE_OF_BIRTH", fdate(lg, y, m, dd, "iso")).t('","Signup Date":"').s("NEG_DATE", ts_iso()[:10])
        d.t('","Favourite Brand":"').s("NEG_ORG", rng.choice(["Hugo Boss", "Ferrari", "Tommy Hilfiger", "Lacoste", "Ray-Ban"])).t('"}}]')
    elif k == 2:
        d.t('{"timestamp":"').s("NEG_DATE", ts_iso()).t('","service":"').s("NEG_PRODUCT", rng.choice(SERVICES))
        d.t('","host":"').s("NEG_PRODUCT", rng.choice(["curie-03", "fermi-prod-2", "bohr-eu-1"])).t('","status":"error","usr":{"id":"%d","name":"' % rng.randint(1000, 999999))
        d.p(p.full).t('","email":"').e(email_of(p)).t('"},"message":"payment declined for order %d","dd":{"trace_id":"%d"}}' % (rng.randint(10**5, 10**6), rng.randint(10**17, 10**18)))
    elif k == 3:
        d.t('{\n  "apiKey": "%s",\n  "events": [{\n    "exceptions": [{"errorClass": "' % hexs(32)).s("NEG_CODE", rng.choice(["NoMethodError", "KeyError", "NullPointerException"]))
        d.t('", "message": "undefined method `surname\' for nil"}],\n    "user": {"id": "%d", "name": "' % rng.randint(100, 99999)).p(p.full)
        d.t('", "email": "').e(email_of(p)).t('"},\n    "metaData": {"profile": {"dob": "').s("DATE_OF_BIRTH", fdate(lg, y, m, dd, "num"))
        if rng.random() < 0.6:
            d.t('", "shipTo": "').s("STREET_ADDRESS", address(lg).full)
        d.t('", "referrer": "').p(person(lg).full).t('"}},\n    "app": {"releaseStage": "production", "version": "').s("NEG_VERSION", "%d.%d.%d" % (rng.randint(1, 9), rng.randint(0, 30), rng.randint(0, 9))).t('"}\n  }]\n}')
    else:
        a = address(lg)
        d.t('{"event_type":"profile_updated","user_id":"%s","time":%d,"user_properties":{"$set":{"first_name":"' % (hexs(12), rng.randint(1600000000000, 1790000000000)))
        d.p(p.given).t('","last_name":"').p(p.surname).t('","shipping_address":"').s("STREET_ADDRESS", a.full)
        d.t('","date_of_birth":"').s("DATE_OF_BIRTH", "%04d-%02d-%02d" % (y, m, dd)).t('","age":').s("NEG_AGE", str(2025 - y)).t("}}}")
    d.done()


# ---- 7. ownership metadata ----------------------------------------------------------------------
CLUSTERS = ["curie-prod", "kepler-eu-west", "noether-staging", "lamarr-dev", "pascal-edge"]


def owner_family():
    lg = pick_lg(0.55)
    d = D(lg, "ownership")
    ps = people(lg, 3)
    k = rng.randrange(5)
    if k == 0:
        p = ps[0]
        d.t("apiVersion: backstage.io/v1alpha1\nkind: User\nmetadata:\n  name: %s\nspec:\n  profile:\n    displayName: " % login_of(p))
        d.p(p.full).t("\n    email: ").e(email_of(p, rng.choice(WORK))).t("\n  memberOf: [").s("NEG_ORG", rng.choice(["team-hopper", "payments-core", "sre-nordics"])).t("]\n")
    elif k == 1:
        d.t("metadata:\n  name: ").s("NEG_PRODUCT", rng.choice(SERVICES)).t("\n  labels:\n    app.kubernetes.io/part-of: ").s("NEG_PRODUCT", rng.choice(CLUSTERS))
        d.t("\n    team: payments\n  annotations:\n    owner: \"").p(ps[0].full).t("\"\n    contact: \"").p(ps[1].full).t(" <").e(email_of(ps[1], rng.choice(WORK))).t(">\"\n")
        d.t("    runbook: https://wiki.internal/runbooks/checkout\n")
    elif k == 2:
        d.t("On-call schedule \"").s("NEG_TERM", rng.choice(["Lovelace rotation", "Primary EMEA", "Hopper L2"])).t("\" (export)\n")
        for i, p in enumerate(ps):
            y, m, dd = ymd(2025, 2026)
            d.t("%s  " % ["Primary  ", "Secondary", "Manager  "][i]).p(p.full if rng.random() < 0.6 else p.rev).t("  from ")
            d.s("NEG_DATE", "%04d-%02d-%02d 09:00" % (y, m, dd)).t(" until %04d-%02d-%02d 09:00\n" % (y, m, min(dd + 7, 28)))
        d.t("Escalation policy: ").s("NEG_TERM", rng.choice(["Tesla Escalation", "Default", "Darwin P1"])).t("\n")
    elif k == 3:
        d.t("[laptops]\n")
        for p in ps:
            h = "lt-%s-%02d" % (login_of(p), rng.randint(1, 40))
            d.t(h + " ansible_host=10.20.%d.%d   # " % (rng.randint(0, 9), rng.randint(2, 250))).p(p.full).t(", " + rng.choice(["Finanzen", "support", "ventas", "HR"]))
            if rng.random() < 0.3:
                d.t(", shipped to ").s("STREET_ADDRESS", address(lg).full)
            d.t("\n")
        d.t("\n[servers]\n").s("NEG_PRODUCT", rng.choice(CLUSTERS)).t("-db01 ansible_host=10.30.0.4\n")
    else:
        d.t("# CODE OWNERSHIP (from the wiki table)\n| Component | Owner | Deputy |\n|---|---|---|\n")
        for p in ps:
            d.t("| ").s("NEG_PRODUCT", rng.choice(SERVICES)).t(" | ").p(p.full).t(" | ").p(person(lg).full).t(" |\n")
    d.done()


# ---- 8. raw mail headers, list archives, out-of-office replies ---------------------------------
OOO = {
    "en": ("I am out of the office until %s with limited access to e-mail. For urgent matters please contact ", ".\n\nKind regards,\n"),
    "de": ("Ich bin bis %s nicht im Büro. In dringenden Fällen wenden Sie sich bitte an ", ".\n\nMit freundlichen Grüßen\n"),
    "fr": ("Je suis absente jusqu'au %s. Pour toute urgence, merci de contacter ", ".\n\nCordialement,\n"),
    "nl": ("Ik ben afwezig tot en met %s. Voor dringende zaken kunt u contact opnemen met ", ".\n\nMet vriendelijke groet,\n"),
    "es": ("Estaré fuera de la oficina hasta el %s. Para asuntos urgentes, contacte con ", ".\n\nUn saludo,\n"),
    "it": ("Sarò assente fino al %s. Per urgenze potete rivolgervi a ", ".\n\nCordiali saluti,\n"),
    "pt": ("Estarei ausente até %s. Para assuntos urgentes, contacte ", ".\n\nCom os melhores cumprimentos,\n"),
    "br": ("Estou de férias até %s. Em caso de urgência, falar com ", ".\n\nAbraços,\n"),
    "pl": ("Jestem na urlopie do %s. W pilnych sprawach proszę kontaktować się z ", ".\n\nPozdrawiam,\n"),
    "tr": ("%s tarihine kadar izindeyim. Acil durumlarda lütfen ", " ile iletişime geçin.\n\nSaygılarımla,\n"),
    "sv": ("Jag är tjänstledig till och med %s. Vid brådskande ärenden, kontakta ", ".\n\nMed vänliga hälsningar\n"),
    "no": ("Jeg er på ferie til %s. Ved hastesaker, kontakt ", ".\n\nMed vennlig hilsen\n"),
    "da": ("Jeg er på ferie indtil %s. Ved hastesager kan du kontakte ", ".\n\nVenlig hilsen\n"),
    "fi": ("Olen lomalla %s asti. Kiireellisissä asioissa ota yhteyttä: ", ".\n\nYstävällisin terveisin\n"),
    "ro": ("Sunt în concediu până pe %s. Pentru urgențe vă rog să o contactați pe ", ".\n\nCu stimă,\n"),
}
MAILNEG = ["Mail Delivery Subsystem", "MAILER-DAEMON", "Microsoft Outlook", "Postmaster",
           "Google Calendar", "Jira Service Management"]


def mail_family():
    lg = pick_lg(0.55)
    d = D(lg, "mailhdr")
    ps = people(lg, rng.randint(3, 4))
    k = rng.randrange(4)
    frm = ps[0]
    fem = email_of(frm, rng.choice(WORK))
    if k in (0, 3):
        d.t("Return-Path: <").e(fem).t(">\nReceived: from mail-%s.%s ([" % (hexs(4), fem.split("@")[1])).s("IP_ADDRESS", ip4())
        d.t("])\n        by mx.example.net with ESMTPS id %s\n        for <" % hexs(10)).e(email_of(ps[1])).t(">; ").s("NEG_DATE", rfc2822()).t("\n")
        d.t("From: ")
        if rng.random() < 0.5:
            d.t("\"").p(frm.rev).t("\" <").e(fem).t(">\n")
        else:
            d.p(frm.full).t(" <").e(fem).t(">\n")
        d.t("To: ").p(ps[1].full).t(" <").e(email_of(ps[1])).t(">")
        if len(ps) > 3:
            d.t(", \"").p(ps[3].full).t("\" <").e(email_of(ps[3])).t(">")
        d.t("\nCc: ").p(ps[2].full).t(" <").e(email_of(ps[2], rng.choice(WORK))).t(">\n")
        d.t("Subject: " + rng.choice(["Re: Angebot 2025-114", "Fwd: contrato", "Automatic reply: Q3 figures", "RE: factuur 8812"]) + "\n")
        d.t("Date: ").s("NEG_DATE", rfc2822()).t("\nMessage-ID: <%s@%s>\n" % (hexs(16), fem.split("@")[1]))
        if rng.random() < 0.5:
            d.t("Disposition-Notification-To: ").p(frm.full).t(" <").e(fem).t(">\n")
        d.t("X-Mailer: ").s("NEG_PRODUCT", rng.choice(["Microsoft Outlook 16.0", "Apple Mail (2.3774)", "Thunderbird 115.8"])).t("\n")
        if k == 0 and rng.random() < 0.7:
            d.t("\n" + rng.choice(["Hi", "Hallo", "Bonjour", "Hoi", "Hola", "Ciao", "Olá"]) + " ").p(ps[1].given).t(",\n\nsee attached.\n\n-- \n").p(frm.full).t("\n")
            d.s("NEG_ORG", rng.choice(FIRMS)).t("\n").s("STREET_ADDRESS", address(lg).lines if rng.random() < 0.5 else address(lg).full).t("\n")
        if k == 3:
            x, tail = OOO[lg]
            y, m, dd = ymd(2025, 2026)
            d.t("Auto-Submitted: auto-replied\n\n" + x.split("%s")[0]).s("NEG_DATE", fdate(lg, y, m, dd, rng.choice(["num", "long"])))
            d.t(x.split("%s")[1]).p(ps[2].full).t(" (").e(email_of(ps[2], fem.split("@")[1])).t(")" + tail).p(frm.full).t("\n")
            if rng.random() < 0.6:
                d.s("STREET_ADDRESS", address(lg).lines).t("\n")
    elif k == 1:
        d.t("[%s] %s\n" % (rng.choice(["dev-announce", "users-fr", "ontwikkelaars", "lista-tecnica"]), rng.choice(SUBJ)))
        for p in ps[:3]:
            em = email_of(p)
            d.p(p.full).t(" ").e(em.replace("@", " at ")).t("\n").s("NEG_DATE", rfc2822()).t("\n\n")
        d.t("Previous message: [" + rng.choice(["ANN", "PATCH"]) + "] release 4.2\nMessages sorted by: [ date ] [ thread ] [ subject ] [ author ]\n")
        d.t("More information about the ").s("NEG_TERM", rng.choice(["Mailman", "Sympa", "Hyperkitty"])).t(" list\n")
    else:
        d.t("From: ").s("NEG_ROLE", rng.choice(MAILNEG)).t(" <mailer-daemon@%s>\nTo: " % fem.split("@")[1]).e(fem)
        d.t("\nSubject: Undelivered Mail Returned to Sender\n\nThis is the mail system at host %s.\n\n<" % fem.split("@")[1]).e(email_of(ps[1]))
        d.t(">: host mx.%s said: 550 5.1.1 User unknown\n\n--- original message ---\nFrom: " % email_of(ps[1]).split("@")[1]).p(frm.full)
        d.t(" <").e(fem).t(">\nTo: ").p(ps[1].full).t(" <").e(email_of(ps[1])).t(">\nSubject: " + rng.choice(SUBJ) + "\n")
    d.done()


# ---- 9. text pasted from phones -----------------------------------------------------------------
CC = {"en": ("+44 7", 9), "de": ("+49 17", 8), "fr": ("+33 6", 8), "nl": ("+31 6", 8),
      "es": ("+34 6", 8), "it": ("+39 3", 9), "pt": ("+351 9", 8), "br": ("+55 11 9", 8),
      "pl": ("+48 5", 8), "tr": ("+90 5", 9), "sv": ("+46 7", 8), "no": ("+47 9", 7),
      "da": ("+45 2", 7), "fi": ("+358 4", 8), "ro": ("+40 7", 8)}


def phone(lg):
    head, n = CC[lg]
    digits = "".join(rng.choice("0123456789") for _ in range(n))
    return head + digits[:2] + " " + digits[2:5] + " " + digits[5:]


MEDID = {
    "en": ("Medical ID", "Date of Birth", "Emergency Contacts", ["mother", "husband", "sister", "partner"]),
    "de": ("Notfallpass", "Geburtsdatum", "Notfallkontakte", ["Mutter", "Ehemann", "Schwester", "Partner"]),
    "fr": ("Fiche médicale", "Date de naissance", "Contacts d'urgence", ["mère", "mari", "sœur", "conjoint"]),
    "nl": ("Medische ID", "Geboortedatum", "Contactpersonen voor noodgevallen", ["moeder", "man", "zus", "partner"]),
    "es": ("Datos médicos", "Fecha de nacimiento", "Contactos de emergencia", ["madre", "marido", "hermana", "pareja"]),
    "it": ("Scheda medica", "Data di nascita", "Contatti di emergenza", ["madre", "marito", "sorella", "compagno"]),
    "pt": ("Ficha médica", "Data de nascimento", "Contactos de emergência", ["mãe", "marido", "irmã", "companheiro"]),
    "br": ("Ficha Médica", "Data de Nascimento", "Contatos de Emergência", ["mãe", "marido", "irmã", "namorado"]),
    "pl": ("Karta medyczna", "Data urodzenia", "Kontakty alarmowe", ["matka", "mąż", "siostra", "partner"]),
    "sv": ("Medicinskt ID", "Födelsedatum", "Nödkontakter", ["mamma", "make", "syster", "sambo"]),
}
CHAT_ADDR = {"en": "my new adress is ", "de": "neue adresse is ", "fr": "ma nouvelle adrese c ",
             "nl": "mijn nieuwe adres is ", "es": "mi nueva direcion es ", "it": "il mio nuovo indirzzo è ",
             "pt": "a minha morada nova é ", "br": "meu endereco novo é ", "pl": "moj nowy adres to ",
             "tr": "yeni adresim ", "sv": "min nya adress e "}
CHAT_TELL = {"en": "pls tell ", "de": "sag bitte ", "fr": "dis a ", "nl": "zeg ff tegen ", "es": "dile a ",
             "it": "dillo a ", "pt": "diz ao ", "br": "avisa a ", "pl": "powiedz ", "tr": "söyle ", "sv": "säg till "}
EMO = ["😭", "🙏", "😂", "❤️", "👍", "🎉", "😅", "📦", "🏠", "✨"]


def phone_family():
    k = rng.randrange(5)
    if k == 0:
        lg = rng.choice(list(MEDID))
        d = D(lg, "phone")
        title, dob_l, ec, rels = MEDID[lg]
        p = person(lg)
        y, m, dd = ymd()
        d.t(title + "\n\n").p(p.full).t("\n" + dob_l + "\n").s("DATE_OF_BIRTH", fdate(lg, y, m, dd, rng.choice(["long", "num"])))
        d.t("\n" + rng.choice(["Allergies & Reactions\npenicillin", "Blood Type\nA+", "Medications\nsalbutamol"]) + "\n" + ec + "\n")
        for _ in range(rng.randint(1, 2)):
            c = person(lg)
            d.p(c.given if rng.random() < 0.4 else c.full).t("\n" + rng.choice(rels) + "\n").s("PHONE_NUMBER", phone(lg)).t("\n")
    elif k == 1:
        lg = pick_lg(0.55)
        d = D(lg, "phone")
        d.t("Name,Given Name,Family Name,Birthday,E-mail 1 - Value,Phone 1 - Value,Address 1 - Street,Address 1 - City,Address 1 - Postal Code,Organization 1 - Name\n")
        for _ in range(rng.randint(2, 3)):
            p = person(lg)
            a = address(lg)
            y, m, dd = ymd()
            d.p(p.full).t(",").p(p.given).t(",").p(p.surname).t(",")
            if rng.random() < 0.5:
                d.s("DATE_OF_BIRTH", "%04d-%02d-%02d" % (y, m, dd))
            d.t(",").e(email_of(p)).t(",")
            d.s("PHONE_NUMBER", phone(lg)).t(",\"").s("STREET_ADDRESS", a.street).t("\"," + a.city + "," + a.zip + ",")
            d.s("NEG_ORG", rng.choice(FIRMS)).t("\n")
    elif k == 2:
        lg = rng.choice(list(CHAT_ADDR))
        d = D(lg, "phone")
        a = address(lg)
        p = person(lg)
        d.t(rng.choice(["ok so ", "hiii ", "", "soo "]) + CHAT_ADDR[lg] + rng.choice(["\n", ""]))
        d.s("STREET_ADDRESS", a.full.lower() if rng.random() < 0.6 else a.lines).t(" " + rng.choice(EMO) + rng.choice(EMO) + "\n")
        d.t(CHAT_TELL[lg]).p(p.given.lower() if rng.random() < 0.6 else p.full.lower()).t(" " + rng.choice(["pls", "ok?", "", "xx"]) + " " + rng.choice(EMO))
    elif k == 3:
        lg = pick_lg(0.6)
        d = D(lg, "phone")
        p, c = person(lg), person(lg)
        y, m, dd = ymd()
        d.t(rng.choice(["Notes\n", "", "Copied from WhatsApp\n"]))
        d.t(rng.choice(["call back ", "rückruf ", "rappeler ", "terugbellen ", "llamar a ", "richiamare ", "ligar a "]) + "\n")
        d.p(p.given + "\n" + p.surname).t("\n" + rng.choice(["re: lease", "wg. Vertrag", "pour le bail", "ivm huur", "contrato", "per l'affitto"]) + " " + rng.choice(EMO) + "\n")
        d.t("her dob for the form:\n" if lg == "en" else "dob:\n").s("DATE_OF_BIRTH", fdate(lg, y, m, dd, "num")).t("\n")
        d.t("and ask\n").p(c.full).t("\nabout the ").s("NEG_ANIMAL", rng.choice(["Bella", "Luna", "Rocky", "Max"])).t("'s vet papers\n")
    else:
        lg = pick_lg(0.5)
        d = D(lg, "phone")
        p = person(lg)
        a = address(lg)
        y, m, dd = ymd(1990, 2018)
        d.t("📦 " + rng.choice(["Pedido", "Order", "Bestellung", "Zamówienie", "Sipariş", "Commande"]) + " #%d\n👤 " % rng.randint(1000, 99999)).p(p.full)
        d.t("\n📍 ").s("STREET_ADDRESS", a.full).t("\n🎂 ").s("DATE_OF_BIRTH", fdate(lg, y, m, dd, "num")).t("\n📞 ").s("PHONE_NUMBER", phone(lg))
        d.t("\n🎁 ").s("NEG_PRODUCT", rng.choice(["Lego Technic 42115", "Kinder Joy x12", "Ferrero Rocher 24", "Philips Sonicare"])).t("\n")
    d.done()


# ---- 10. vaccination certificates ---------------------------------------------------------------
def mrz_name(s):
    return ascii_fold(s).upper().replace(" ", "<").replace("-", "<").replace("'", "")


VACC = ["Comirnaty", "Spikevax", "Boostrix", "Priorix", "Stamaril", "Ixiaro", "Vaxigrip Tetra"]


def vaccine_family():
    lg = pick_lg(0.55)
    d = D(lg, "vaccine")
    p = person(lg)
    y, m, dd = ymd()
    k = rng.randrange(5)
    if k == 0:
        d.t('{"ver":"1.3.0","nam":{"fn":"').p(p.surname).t('","fnt":"').p(mrz_name(p.surname)).t('","gn":"').p(p.given)
        d.t('","gnt":"').p(mrz_name(p.given)).t('"},"dob":"').s("DATE_OF_BIRTH", "%04d-%02d-%02d" % (y, m, dd))
        d.t('","v":[{"tg":"840539006","vp":"1119349007","mp":"').s("NEG_CODE", "EU/1/20/1528").t('","ma":"ORG-100030215","dn":%d,"sd":%d,"dt":"' % (rng.randint(1, 3), 3))
        d.t("").s("NEG_DATE", "%04d-%02d-%02d" % ymd(2021, 2022)).t('","co":"' + ("PT" if lg == "br" else lg.upper()) + '","is":"Ministry of Health","ci":"URN:UVCI:01:%s:%s#%d"}]}' % (lg.upper(), hexs(20).upper(), rng.randint(0, 9)))
    elif k == 1:
        doc = person(lg)
        d.t("INTERNATIONAL CERTIFICATE OF VACCINATION OR PROPHYLAXIS\nThis is to certify that ").p(p.full.upper() if rng.random() < 0.5 else p.full)
        d.t("\ndate of birth ").s("DATE_OF_BIRTH", fdate("en", y, m, dd, rng.choice(["mon3", "num", "long"]))).t("  sex " + rng.choice("FM") + "  nationality " + lg.upper())
        d.t("\nwhose signature follows ...........\nhas on the date indicated been vaccinated or received prophylaxis against: Yellow fever\n")
        d.t("Date: ").s("NEG_DATE", fdate("en", *ymd(2015, 2025), kind="mon3")).t("   Signature and professional status of supervising clinician: Dr ").p(doc.full)
        d.t("\nManufacturer and batch no. of vaccine: ").s("NEG_PRODUCT", "Stamaril").t(" " + hexs(6).upper() + "\nCertificate valid from: ")
        d.s("NEG_DATE", fdate("en", *ymd(2015, 2025), kind="mon3")).t(" until: life of person vaccinated\n")
    elif k == 2:
        lab = {"de": ("Name, Vorname", "geb. am", "Impfung", "Impfstoff", "Arzt"),
               "fr": ("Nom, prénom", "né(e) le", "Vaccin", "Produit", "Médecin"),
               "nl": ("Naam, voornaam", "geboren op", "Vaccinatie", "Vaccin", "Arts"),
               "es": ("Apellidos, nombre", "fecha de nacimiento", "Vacuna", "Preparado", "Médico"),
               "it": ("Cognome, nome", "nato/a il", "Vaccino", "Prodotto", "Medico"),
               "pt": ("Nome", "data de nascimento", "Vacina", "Lote", "Enfermeiro(a)"),
               "br": ("Nome", "data de nascimento", "Vacina", "Lote", "Vacinador(a)"),
               "pl": ("Nazwisko, imię", "data urodzenia", "Szczepienie", "Preparat", "Lekarz"),
               "en": ("Surname, given name", "date of birth", "Vaccine", "Product", "Nurse/doctor")}.get(lg)
        if lab is None:
            lg = "de"
            d.lg = lg
            lab = ("Name, Vorname", "geb. am", "Impfung", "Impfstoff", "Arzt")
        n0, b0, v0, pr0, dr0 = lab
        d.t(n0 + ": ").p(p.rev if not n0.startswith("Nome") else p.full).t("\n" + b0 + ": ").s("DATE_OF_BIRTH", fdate(lg, y, m, dd, "num"))
        if rng.random() < 0.5:
            d.t("\n").t({"de": "Anschrift", "fr": "Adresse", "nl": "Adres", "es": "Domicilio", "it": "Indirizzo", "pl": "Adres"}.get(lg, "Morada" if lg in ("pt", "br") else "Address") + ": ").s("STREET_ADDRESS", address(lg).full)
        dh = {"de": "Datum", "fr": "Date", "nl": "Datum", "es": "Fecha", "it": "Data", "pl": "Data"}.get(lg, "Data" if lg in ("pt", "br") else "Date")
        d.t("\n\n%s | %s | %s | %s\n" % (v0, dh, pr0, dr0))
        for _ in range(rng.randint(2, 3)):
            dr = person(lg)
            d.t(rng.choice(["Tetanus/Diphtherie", "MMR", "Hepatitis B", "FSME", "Influenza"]) + " | ").s("NEG_DATE", fdate(lg, *ymd(2000, 2025), kind="num"))
            d.t(" | ").s("NEG_PRODUCT", rng.choice(VACC)).t(" | ").p(dr.surname if rng.random() < 0.5 else dr.full).t("\n")
    elif k == 3:
        vet = person(lg)
        a = address(lg)
        d.t("PET PASSPORT / RABIES VACCINATION\nOwner: ").p(p.full).t("\nAddress: ").s("STREET_ADDRESS", a.full)
        d.t("\nAnimal name: ").s("NEG_ANIMAL", rng.choice(["Bella", "Oskar", "Luna", "Pipoca", "Mimi", "Karabaş"])).t("\nSpecies: dog  Breed: ")
        d.s("NEG_TERM", rng.choice(["Jack Russell Terrier", "Cavalier King Charles", "Dobermann", "Gordon Setter"])).t("\nDate of birth: ")
        d.s("NEG_DATE", fdate(lg, *ymd(2012, 2023), kind="num")).t("\nVaccination date: ").s("NEG_DATE", fdate(lg, *ymd(2023, 2025), kind="num"))
        d.t("\nAuthorised veterinarian: ").p(vet.full).t("\n")
    else:
        d.t({"en": "School nurse — flu vaccine consent returned\n", "de": "Schulimpfung — Einverständnis erhalten\n",
             "fr": "Vaccination scolaire — autorisations reçues\n", "nl": "Schoolvaccinatie — toestemming ontvangen\n",
             "es": "Vacunación escolar — autorizaciones\n", "it": "Vaccinazione scolastica — consensi\n",
             "pt": "Vacinação escolar — autorizações\n"}.get(lg, "Vaccination consent\n"))
        for _ in range(2):
            c, par = person(lg), person(lg)
            par.surname = c.surname
            yy, mm, d2 = ymd(2010, 2019)
            d.t("- ").p(c.full).t(" (").s("DATE_OF_BIRTH", fdate(lg, yy, mm, d2, "num")).t("), parent: ").p(par.full).t(", class " + rng.choice(["3B", "4A", "5C"]))
            if rng.random() < 0.5:
                d.t(", ").s("STREET_ADDRESS", address(lg).full)
            d.t("\n")
    d.done()


# ---- 11. diplomas, certified translations, apostilles, discharge papers -------------------------
CERT = {
    "en": ("This is to certify that ", ", born on ", " in ", ", has successfully completed the course "),
    "de": ("Hiermit wird bestätigt, dass ", ", geboren am ", " in ", ", den Lehrgang erfolgreich abgeschlossen hat: "),
    "fr": ("Nous certifions que ", ", né(e) le ", " à ", ", a suivi avec succès la formation "),
    "nl": ("Hierbij verklaren wij dat ", ", geboren op ", " te ", ", de cursus met goed gevolg heeft afgerond: "),
    "es": ("Se certifica que D./Dña. ", ", nacido/a el ", " en ", ", ha superado el curso "),
    "it": ("Si attesta che ", ", nato/a il ", " a ", ", ha frequentato con profitto il corso "),
    "pt": ("Certifica-se que ", ", nascido(a) em ", ", natural de ", ", concluiu com aproveitamento o curso "),
    "pl": ("Zaświadcza się, że Pan/Pani ", ", urodzony(a) ", " w ", ", ukończył(a) kurs "),
    "ro": ("Se certifică faptul că ", ", născut(ă) la data de ", " în ", ", a absolvit cursul "),
}
COURSES = ["“Fourier Analysis for Engineers”", "„Six Sigma Green Belt“", "« Méthode Montessori »",
           "“Gestión Lean y Kanban”", "“Euler–Lagrange in pratica”", "“Pilates Instructor Level 2”",
           "“Bayesian Statistics”", "“Gantt Planning”"]
INST = ["Goethe-Institut", "Instituto Cervantes", "Max-Planck-Gesellschaft", "Erasmus Universiteit",
        "Instituto Camões", "Università Bocconi", "Fraunhofer Academy", "Fundação Getulio Vargas"]
BIRTHPLACES = ["Coimbra", "Ravenna", "Tilburg", "Gdynia", "Brașov", "Osnabrück", "Salamanca",
               "Limoges", "Campinas", "Tampere"]


RESID = {
    "de": ("MELDEBESCHEINIGUNG\nFamilienname: ", "\nVornamen: ", "\nGeburtsdatum: ", "\nAnschrift: ", "\nEinzugsdatum: ", "\nSachbearbeiter/in: "),
    "nl": ("UITTREKSEL BASISREGISTRATIE PERSONEN\nGeslachtsnaam: ", "\nVoornamen: ", "\nGeboortedatum: ", "\nAdres: ", "\nDatum inschrijving: ", "\nAmbtenaar: "),
    "fr": ("ATTESTATION DE DOMICILE\nNom : ", "\nPrénoms : ", "\nDate de naissance : ", "\nAdresse : ", "\nDate d'emménagement : ", "\nL'agent : "),
    "it": ("CERTIFICATO DI RESIDENZA\nCognome: ", "\nNome: ", "\nData di nascita: ", "\nIndirizzo: ", "\nResidente dal: ", "\nL'ufficiale d'anagrafe: "),
    "es": ("CERTIFICADO DE EMPADRONAMIENTO\nApellidos: ", "\nNombre: ", "\nFecha de nacimiento: ", "\nDomicilio: ", "\nFecha de alta: ", "\nEl funcionario: "),
    "pt": ("ATESTADO DE RESIDÊNCIA\nApelido: ", "\nNome: ", "\nData de nascimento: ", "\nMorada: ", "\nResidente desde: ", "\nO Presidente da Junta: "),
}


def cert_family():
    k = rng.randrange(6)
    if k == 5:
        lg = rng.choice(list(RESID))
        d = D(lg, "cert")
        p, off = person(lg), person(lg)
        y, m, dd = ymd()
        a, b, c, e, f, g = RESID[lg]
        d.t(a).p(p.surname).t(b).p(p.given).t(c).s("DATE_OF_BIRTH", fdate(lg, y, m, dd, rng.choice(["num", "long"]))).t(e)
        d.s("STREET_ADDRESS", address(lg).full).t(f).s("NEG_DATE", fdate(lg, *ymd(2005, 2025), kind="num")).t(g).p(off.full).t("\n")
        d.done()
        return
    if k == 0:
        lg = rng.choice(list(CERT))
        d = D(lg, "cert")
        p, dirp = person(lg), person(lg)
        y, m, dd = ymd(1950, 2006)
        a, b, c, e = CERT[lg]
        d.t("CERTIFICATE\n\n" if lg == "en" else "").t(a).p(p.full).t(b).s("DATE_OF_BIRTH", fdate(lg, y, m, dd, rng.choice(["long", "num"])))
        d.t(c + rng.choice(BIRTHPLACES) + e).s("NEG_TERM", rng.choice(COURSES)).t(" (%d h).\n\n" % rng.randint(16, 120))
        d.s("NEG_ORG", rng.choice(INST)).t(", ").s("NEG_DATE", fdate(lg, *ymd(2018, 2025), kind="long")).t("\n\n").p(dirp.full).t("\n" + rng.choice(["Director", "Leitung", "Direction", "Directora"]) + "\n")
    elif k == 1:
        lg = rng.choice(["pt", "br", "es", "it", "pl", "ro", "tr"])
        d = D(lg, "cert")
        c, fa, mo, reg, tr = person(lg), person(lg), person(lg), person(lg), person("en")
        fa.surname = c.surname
        y, m, dd = ymd(1960, 2015)
        d.t("[Certified translation from %s]\n\nBIRTH CERTIFICATE No. %d/%d\nFull name: " % (
            {"pt": "Portuguese", "br": "Portuguese", "es": "Spanish", "it": "Italian", "pl": "Polish", "ro": "Romanian", "tr": "Turkish"}[lg], rng.randint(1, 3000), y))
        d.p(c.full).t("\nDate of birth: ").s("DATE_OF_BIRTH", fdate("en", y, m, dd, "long")).t("\nPlace of birth: " + rng.choice(BIRTHPLACES))
        d.t("\nFather: ").p(fa.full).t("\nMother: ").p(mo.full).t("\nDate of registration: ").s("NEG_DATE", fdate("en", y + (1 if m == 12 else 0), (m % 12) + 1, dd, "long"))
        d.t("\nThe Registrar: ").p(reg.full).t("\n\nI, ").p(tr.full).t(", sworn translator, certify that the above is a true translation.\n").s("NEG_DATE", fdate("en", *ymd(2023, 2026), kind="long")).t("\n")
    elif k == 2:
        lg = rng.choice(["nl", "fr", "de", "en", "es"])
        d = D(lg, "cert")
        s1, s2 = person(lg), person(lg)
        d.t("APOSTILLE\n(Convention de La Haye du ").s("NEG_DATE", "5 octobre 1961").t(")\n1. Country: " + {"nl": "Netherlands", "fr": "France", "de": "Germany", "en": "United Kingdom", "es": "Spain"}[lg])
        d.t("\n   This public document\n2. has been signed by ").p(s1.full).t("\n3. acting in the capacity of " + rng.choice(["Civil Registrar", "Notary", "Registrar of Births"]))
        d.t("\n4. bears the seal/stamp of ").s("NEG_ORG", rng.choice(["Gemeente Tilburg", "Mairie de Limoges", "Standesamt Osnabrück", "Registro Civil de Salamanca", "General Register Office"]))
        d.t("\n                Certified\n5. at " + rng.choice(["The Hague", "Paris", "Berlin", "London", "Madrid"]) + "   6. the ").s("NEG_DATE", fdate(lg, *ymd(2022, 2026), kind="num"))
        d.t("\n7. by ").p(s2.full).t("\n8. No %d/%d\n" % (rng.randint(100, 99999), rng.randint(2022, 2026)))
    elif k == 3:
        lg = "en"
        d = D(lg, "cert")
        p = person("en")
        y, m, dd = ymd(1955, 2003)
        a = address("en")
        mid = rng.choice(["J", "R", "ANN", "LEE", "M"])
        d.t("CERTIFICATE OF RELEASE OR DISCHARGE FROM ACTIVE DUTY\n1. NAME (Last, First, Middle)\n   ").p(p.surname.upper() + ", " + p.given.split()[0].upper() + " " + mid)
        d.t("\n2. DEPARTMENT, COMPONENT AND BRANCH\n   ARMY/RA\n4.a GRADE, RATE OR RANK   SGT\n5. DATE OF BIRTH (YYYYMMDD)\n   ").s("DATE_OF_BIRTH", "%04d%02d%02d" % (y, m, dd))
        d.t("\n12.a DATE ENTERED AD THIS PERIOD   ").s("NEG_DATE", "%04d%02d%02d" % ymd(y + 18, y + 22)).t("\n12.b SEPARATION DATE THIS PERIOD   ").s("NEG_DATE", "%04d%02d%02d" % ymd(y + 23, y + 30))
        d.t("\n19.a MAILING ADDRESS AFTER SEPARATION\n   ").s("STREET_ADDRESS", a.full.upper()).t("\n22. OFFICIAL AUTHORIZED TO SIGN\n   ").p(person("en").full.upper()).t(", CPT\n")
    else:
        lg = rng.choice(["de", "fr", "it", "es", "pt", "nl", "pl"])
        d = D(lg, "cert")
        a, b, w1, w2, off = (person(lg) for _ in range(5))
        ya, yb = ymd(1960, 2000), ymd(1960, 2000)
        d.t("[Certified translation]\nEXTRACT FROM THE REGISTER OF MARRIAGES\nSpouse 1: ").p(a.full).t(", born ").s("DATE_OF_BIRTH", fdate("en", *ya, kind="long"))
        d.t("\nSpouse 2: ").p(b.full).t(", born ").s("DATE_OF_BIRTH", fdate("en", *yb, kind="long")).t("\nDate of marriage: ").s("NEG_DATE", fdate("en", max(ya[0], yb[0]) + rng.randint(20, 30), rng.randint(1, 12), rng.randint(1, 28), "long"))
        d.t("\nWitnesses: ").p(w1.full).t(" and ").p(w2.full).t("\nRegistrar: ").p(off.full).t("\n")
    d.done()


# ---- 12. logbooks and crew lists ----------------------------------------------------------------
AIRCRAFT = ["Piper PA-28-161", "Cessna 172S", "Diamond DA40", "Beechcraft Bonanza G36", "Robin DR400",
            "Schleicher ASK 21", "Tecnam P2008"]
SHIPS = ["Queen Mary", "Santa Maria", "Amerigo Vespucci", "Christian Radich", "Sir Winston Churchill",
         "Juan Sebastián de Elcano", "Sagres"]


def reg_mark():
    return rng.choice(["D-E", "G-B", "F-G", "PH-", "EC-", "I-", "CS-", "SE-", "OH-"]) + "".join(rng.choice("ABCDEFGHKLMNPRSTUXYZ") for _ in range(3))


def logbook_family():
    lg = pick_lg(0.5)
    d = D(lg, "logbook")
    k = rng.randrange(5)
    if k == 0:
        d.t("DATE       | TYPE              | REG    | PIC              | CO-PILOT / STUDENT | ROUTE     | TIME\n")
        for _ in range(rng.randint(2, 3)):
            p = person(lg)
            d.s("NEG_DATE", "%04d-%02d-%02d" % ymd(2022, 2026)).t(" | ").s("NEG_PRODUCT", rng.choice(AIRCRAFT)).t(" | " + reg_mark() + " | ")
            if rng.random() < 0.5:
                d.s("NEG_TERM", "SELF").t(" | ").p(p.full)
            else:
                d.p(p.full).t(" | ").s("NEG_TERM", "SELF")
            d.t(" | " + rng.choice(["EDDS-EDTY", "EGTK-EGBJ", "LFPN-LFOH", "EHLE-EHTE", "LPCS-LPEV"]) + " | %d:%02d\n" % (rng.randint(0, 2), rng.randint(5, 55)))
        d.t("Remarks: checkride with examiner ").p(person(lg).full).t("\n")
    elif k == 1:
        b, g = person(lg), person(lg)
        d.t("Dive #%d  " % rng.randint(20, 400)).s("NEG_DATE", fdate(lg, *ymd(2021, 2026), kind="num")).t("\nSite: ").s("NEG_PLACE", rng.choice(["Jacques Cousteau Reserve", "Thistlegorm wreck", "Blue Hole Dahab", "Cathedral (Gozo)"]))
        d.t("\nBoat: ").s("NEG_SHIP", rng.choice(SHIPS)).t("\nMax depth %d m, %d min, nitrox 32\nBuddy: " % (rng.randint(12, 38), rng.randint(30, 65))).p(b.full if rng.random() < 0.6 else b.given)
        d.t("\nGuide: ").p(g.full).t("\nSigned: ").p(g.given[0] + ". " + g.surname).t(" (PADI #%d)\n" % rng.randint(100000, 999999))
    elif k == 2:
        d.t("CREW LIST / LISTA DE TRIPULANTES\nVessel: ").s("NEG_SHIP", rng.choice(SHIPS)).t("   Flag: " + rng.choice(["PT", "NL", "DE", "ES", "NO"]) + "   Arrival: ").s("NEG_DATE", fdate("en", *ymd(2024, 2026), kind="num"))
        d.t("\nNo | Surname | Given names | Rank | Nationality | Date of birth | Passport\n")
        for i in range(rng.randint(3, 4)):
            lg2 = pick_lg(0.5)
            p = person(lg2)
            y, m, dd = ymd(1950, 2008)
            d.t("%d | " % (i + 1)).p(p.surname.upper()).t(" | ").p(p.given).t(" | " + ["Skipper", "Crew", "Crew", "Cook"][i] + " | " + lg2.upper() + " | ")
            d.s("DATE_OF_BIRTH", fdate(lg2, y, m, dd, "num") if rng.random() < 0.6 else "%04d-%02d-%02d" % (y, m, dd)).t(" | " + "".join(rng.choice("CFGHJKLMNPRTVWXYZ0123456789") for _ in range(9)) + "\n")
    elif k == 3:
        a, b = person(lg), person(lg)
        d.t("Route: ").s("NEG_PLACE", rng.choice(["Comici-Dimai", "Via Ferrata Giovanni Lipella", "Cassin route", "Heckmair route", "Spigolo Giallo"]))
        d.t(", " + rng.choice(["Cima Grande", "Tofana di Rozes", "Piz Badile", "Eiger"]) + "\nDate: ").s("NEG_DATE", fdate(lg, *ymd(2020, 2026), kind="num"))
        d.t("\nLed by ").p(a.full).t(", seconded by ").p(b.full).t(". ").p(a.given).t(" took the crux pitch, ").p(b.given).t(" the traverse.\n")
    else:
        d.t("Startkladde " if lg == "de" else "Flight sheet ").s("NEG_DATE", fdate(lg, *ymd(2023, 2026), kind="num")).t("\nNr | Luftfahrzeug | Pilot | Begleiter/FI | Start | Landung\n")
        for i in range(rng.randint(2, 3)):
            p, fi = person(lg), person(lg)
            d.t("%d | " % (i + 1)).s("NEG_PRODUCT", rng.choice(["ASK 21", "LS4", "Discus 2b", "DG-1000"])).t(" | ").p(p.rev if rng.random() < 0.4 else p.full).t(" | ")
            if rng.random() < 0.5:
                d.p(fi.surname)
            else:
                d.t("—")
            d.t(" | %02d:%02d | %02d:%02d\n" % (rng.randint(9, 12), rng.randint(0, 59), rng.randint(13, 17), rng.randint(0, 59)))
    d.done()


# ---- 13. chess: PGN headers, entry lists, pairings ----------------------------------------------
OPENINGS = [("Sicilian Defense", "Najdorf Variation"), ("Caro-Kann Defense", "Advance Variation"),
            ("Ruy Lopez", "Berlin Defense"), ("Alekhine's Defense", "Modern Variation"),
            ("Petrov's Defense", "Classical Attack"), ("Philidor Defense", "Hanham Variation"),
            ("Nimzo-Indian Defense", "Rubinstein Variation"), ("King's Gambit", "Falkbeer Countergambit")]
EVENTS = ["Memorial Rubinstein Open", "Tal Memorial Rapid", "Capablanca Memorial", "Lasker-Cup",
          "Trofeo Morphy", "Torneio Mir Sultan Khan"]
CLUBS = ["SK Lasker Steglitz", "Schachfreunde Anderssen", "Club d'Échecs Philidor",
         "ASD Scacchi Morphy", "SV Tarrasch München", "Schaakclub Euwe", "Clube de Xadrez Mequinho"]
FAMOUS_GAMES = ["Kasparov–Topalov, Wijk aan Zee 1999", "Fischer–Spassky, Reykjavik 1972",
                "Carlsen–Anand, Chennai 2013", "Polgár–Kasparov, Moscow 2002"]


def chess_family():
    lg = pick_lg(0.5)
    d = D(lg, "chess")
    k = rng.randrange(4)
    if k == 0:
        w, b, ann = person(lg), person(pick_lg(0.5)), person(lg)
        op, var = rng.choice(OPENINGS)
        d.t("[Event \"").s("NEG_EVENT", rng.choice(EVENTS)).t("\"]\n[Site \"" + rng.choice(["Polanica-Zdrój POL", "Wijk aan Zee NED", "Biel SUI", "Porto POR"]) + "\"]\n[Date \"")
        d.s("NEG_DATE", "%04d.%02d.%02d" % ymd(2019, 2026)).t("\"]\n[Round \"%d.%d\"]\n[White \"" % (rng.randint(1, 9), rng.randint(1, 40))).p(w.rev).t("\"]\n[Black \"").p(b.rev)
        d.t("\"]\n[Result \"1-0\"]\n[WhiteElo \"%d\"]\n[BlackElo \"%d\"]\n[Opening \"" % (rng.randint(1800, 2500), rng.randint(1800, 2500))).s("NEG_TERM", op)
        d.t("\"]\n[Variation \"").s("NEG_TERM", var).t("\"]\n[Annotator \"").p(ann.surname + ", " + ann.given[0] + ".").t("\"]\n\n1. e4 c5 2. Nf3 d6 3. d4 cxd4 4. Nxd4 Nf6 5. Nc3 a6 6. Be3 e5 {The game ")
        d.s("NEG_FAMOUS", rng.choice(FAMOUS_GAMES)).t(" went differently.} 7. Nb3 Be6 1-0\n")
    elif k == 1:
        d.t(rng.choice(["Junior Open U12 — entries\n", "Jugendturnier U12 — Meldeliste\n", "Open Jeunes — inscrits\n", "Torneo giovanile U12 — iscritti\n"]))
        d.t("No. | Name | Club | Fed | Born | Cat\n")
        for i in range(rng.randint(3, 4)):
            p = person(lg)
            y, m, dd = ymd(2012, 2018)
            d.t("%d | " % (i + 1)).p(p.rev).t(" | ").s("NEG_ORG", rng.choice(CLUBS)).t(" | " + rng.choice(["GER", "POL", "NED", "POR", "ITA", "ESP", "TUR", "SWE"]) + " | ")
            d.s("DATE_OF_BIRTH", fdate(lg, y, m, dd, "num") if rng.random() < 0.6 else "%04d/%02d/%02d" % (y, m, dd)).t(" | U%d\n" % (2 * ((2026 - y) // 2 + 1)))
    elif k == 2:
        ca, da = person(lg), person(lg)
        d.t("Round %d pairings\n" % rng.randint(1, 9))
        for bd in range(1, rng.randint(2, 3) + 1):
            w, b = person(pick_lg(0.6)), person(pick_lg(0.6))
            d.t("Bd %d  " % bd).p(w.full).t(" (%d) – " % rng.randint(1500, 2400)).p(b.full).t(" (%d)\n" % rng.randint(1500, 2400))
        d.t("Chief Arbiter: ").p(ca.full).t(", IA   Deputy: ").p(da.full).t("\nVenue: ").s("NEG_PLACE", rng.choice(["Sala Capablanca", "Salle Philidor", "Euwe-Zaal", "Lasker-Saal"])).t("\n")
    else:
        d.t("Final standings\nRk  Name                      Fed  Rtg   Pts\n")
        for i in range(rng.randint(3, 5)):
            p = person(lg)
            nm = p.surname + " " + p.given
            d.t("%-4d" % (i + 1)).p(nm).t(" " * max(1, 26 - len(nm)) + "%s  %d  %.1f\n" % (rng.choice(["POL", "TUR", "ROU", "SWE", "NOR", "BRA", "FIN", "DEN"]), rng.randint(1600, 2500), 7 - i * 0.5))
    d.done()


# ---- 14. short-let host messages and guest registrations ----------------------------------------
HOSTMSG = {
    "en": ("Hi {G}! Welcome :) the keybox is by the door at ", ". My cleaner ", " comes on Tuesdays."),
    "pt": ("Olá {G}! Bem-vindos :) a caixa das chaves está à porta, ", ". A senhora da limpeza, a ", ", vem às terças."),
    "es": ("¡Hola {G}! La caja de llaves está junto a la puerta de ", ". Mi vecina ", " tiene una copia."),
    "it": ("Ciao {G}! La cassetta delle chiavi è accanto al portone di ", ". La signora ", " passa il martedì per le pulizie."),
    "fr": ("Bonjour {G} ! La boîte à clés est à côté de la porte, ", ". Ma voisine ", " a un double."),
    "de": ("Hallo {G}! Der Schlüsselsafe hängt neben der Haustür, ", ". Frau ", " von nebenan hat einen Ersatzschlüssel."),
    "nl": ("Hoi {G}! Het sleutelkastje hangt naast de voordeur van ", ". Mijn buurvrouw ", " heeft een reservesleutel."),
}
PROPS = ["Villa Giulia", "Casa do Vasco", "Apartamentos Lope de Vega", "Haus Goethe", "Quinta de São Lourenço",
         "Maison Colbert", "Residenza Verdi"]


def hosting_family():
    k = rng.randrange(5)
    if k == 0:
        lg = rng.choice(list(HOSTMSG))
        d = D(lg, "hosting")
        g, h, c = person(pick_lg(0.6)), person(lg), person(lg)
        a = address(lg)
        d.p(g.given).t(" · Guest\n" + rng.choice(["hi!! we land at 22:40, is late check in ok? 😅", "hello, arriving tomorrow with my partner ", "hey, quick question about parking"]))
        if rng.random() < 0.4:
            d.p(person(g.lg).given)
        d.t("\n\n").p(h.given).t(" · Host\n")
        x, y, z = HOSTMSG[lg]
        a0, a1 = x.split("{G}")
        d.t(a0).p(g.given).t(a1).s("STREET_ADDRESS", a.full).t(y).p(c.given if rng.random() < 0.5 else c.full).t(z + "\n")
        d.t("Listing: ").s("NEG_PLACE", rng.choice(PROPS)).t(" · check-in ").s("NEG_DATE", fdate(lg, *ymd(2025, 2026), kind="num")).t("\n")
    elif k == 1:
        lg = "it"
        d = D(lg, "hosting")
        d.t(rng.choice(["ecco il file per alloggiatiweb, mi dà errore alla riga 2:\n", "tracciato Alloggiati Web di stasera\n"]))
        arr = "%02d/%02d/%04d" % tuple(reversed(ymd(2025, 2026)))
        n = rng.randint(2, 3)
        for i in range(n):
            p = person(pick_lg(0.6))
            y, m, dd = ymd(1950, 2015)
            tipo = "18" if i == 0 and n > 1 else ("20" if n > 1 else "16")
            d.t(tipo).s("NEG_DATE", arr).t("%02d" % rng.randint(1, 9))
            sn = p.surname.upper()
            gv = p.given.upper()
            d.p(sn).t(" " * (50 - len(sn))).p(gv).t(" " * (30 - len(gv)) + rng.choice("12"))
            d.s("DATE_OF_BIRTH", "%02d/%02d/%04d" % (dd, m, y)).t(" " * 9 + "  " + "100000%03d" % rng.randint(100, 400) + "100000%03d" % rng.randint(100, 400))
            d.t(("IDELE" + rng.choice("ABCDEFGH") + "%08d" % rng.randint(0, 10**8) + " " * 11 + "100000%03d" % rng.randint(100, 400)) if tipo != "20" else " " * 34)
            d.t("\n")
    elif k == 2:
        lg = "es"
        d = D(lg, "hosting")
        p = person("es")
        s1 = p.surname.split()
        s2 = s1[1] if len(s1) > 1 else rng.choice(REAL["es"][1])
        y, m, dd = ymd()
        d.t("PARTE DE ENTRADA DE VIAJEROS\nEstablecimiento: ").s("NEG_ORG", rng.choice(["Apartamentos Lope de Vega", "Hostal Cervantes", "Casa Rural Goya"]))
        d.t("\nNº de documento: %08d%s\nTipo: DNI\nPrimer apellido: " % (rng.randint(10**7, 10**8 - 1), rng.choice("TRWAGMYFPDXBNJZSQVHLCKE"))).p(s1[0]).t("\nSegundo apellido: ").p(s2)
        d.t("\nNombre: ").p(p.given).t("\nSexo: " + rng.choice("FM") + "\nFecha de nacimiento: ").s("DATE_OF_BIRTH", fdate("es", y, m, dd, "num"))
        d.t("\nDomicilio: ").s("STREET_ADDRESS", address(rng.choice(["es", "es", "fr", "de", "it"])).full)
        d.t("\nFecha de entrada: ").s("NEG_DATE", fdate("es", *ymd(2025, 2026), kind="num")).t("\nFirma del viajero: ____\n")
    elif k == 3:
        lg = rng.choice(["pt", "br"])
        d = D(lg, "hosting")
        p = person(pick_lg(0.5))
        y, m, dd = ymd()
        d.t("BOLETIM DE ALOJAMENTO\nEstabelecimento: ").s("NEG_ORG", rng.choice(["Quinta de São Lourenço", "Casa do Vasco", "Pousada Dom Dinis"]))
        d.t("\nNome: ").p(p.given).t("\nApelido: ").p(p.surname).t("\nNacionalidade: " + p.lg.upper() + "\nData de nascimento: ").s("DATE_OF_BIRTH", fdate("pt", y, m, dd, "num"))
        d.t("\nMorada: ").s("STREET_ADDRESS", address(p.lg).full)
        d.t("\nLocal de nascimento: " + rng.choice(BIRTHPLACES) + "\nDocumento: passaporte " + "".join(rng.choice("CFGHJKLMNPRTVWXYZ0123456789") for _ in range(9)))
        d.t("\nData de entrada: ").s("NEG_DATE", fdate("pt", *ymd(2025, 2026), kind="num")).t("\nData de saída: ").s("NEG_DATE", fdate("pt", *ymd(2025, 2026), kind="num")).t("\n")
    else:
        lg = pick_lg(0.7)
        d = D(lg, "hosting")
        g, g2, cl = person(lg), person(lg), person(lg)
        d.t("Review for ").p(g.given).t(" (guest, %d nights)\n★★★★★ " % rng.randint(2, 9)).p(g.given).t(" and ").p(g2.given)
        d.t(" left ").s("NEG_PLACE", rng.choice(PROPS)).t(" spotless. Would host again!\nPrivate note: ").p(cl.full).t(" found a charger in room 2, posted to ")
        a = address(g.lg)
        d.s("STREET_ADDRESS", a.full).t("\n")
    d.done()


# ---- 15. forms of pl, tr, sv, no, da, fi, ro, br ------------------------------------------------
FORMS = {
    "pl": ("WNIOSEK O PRZYJĘCIE DO KLUBU", "Imię i nazwisko", "Data urodzenia", "Adres zamieszkania", "Data wydania dowodu", "Pracodawca", "Osoba do kontaktu"),
    "tr": ("ÜYELİK BAŞVURU FORMU", "Adı Soyadı", "Doğum Tarihi", "Adres", "İşe Giriş Tarihi", "İşveren", "Acil durumda aranacak kişi"),
    "sv": ("ANSÖKAN OM MEDLEMSKAP", "Namn", "Födelsedatum", "Adress", "Anställningsdatum", "Arbetsgivare", "Kontaktperson"),
    "no": ("SØKNAD OM MEDLEMSKAP", "Navn", "Fødselsdato", "Adresse", "Ansatt fra", "Arbeidsgiver", "Pårørende"),
    "da": ("ANSØGNING OM MEDLEMSKAB", "Navn", "Fødselsdato", "Adresse", "Ansat siden", "Arbejdsgiver", "Pårørende"),
    "fi": ("JÄSENHAKEMUS", "Nimi", "Syntymäaika", "Osoite", "Työsuhde alkanut", "Työnantaja", "Lähiomainen"),
    "br": ("FICHA CADASTRAL", "Nome completo", "Data de nascimento", "Endereço", "Data de admissão", "Empresa", "Contato de emergência"),
}
EMPLOYERS = {"pl": ["Grupa Żywiec", "Wedel", "Inglot"], "tr": ["Koç Holding", "Sabancı", "Eczacıbaşı"],
             "sv": ["Ericsson", "Nobel Biocare", "Dahlberg & Co"], "no": ["Kongsberg Gruppen", "Mustad", "Fred. Olsen"],
             "da": ["Carlsberg", "Bang & Olufsen", "Mærsk"], "fi": ["Fazer", "Paulig", "Stockmann"],
             "br": ["Odebrecht", "Casas Bahia", "Grupo Silvio Santos"]}
NEGSTREET = {"pl": "biuro przy placu Jana Pawła II", "tr": "ofis Atatürk Bulvarı üzerinde",
             "sv": "kontoret vid Gustav Adolfs torg", "no": "kontor ved Christian Frederiks plass",
             "da": "kontor på Kongens Nytorv", "fi": "toimisto Mannerheimin aukiolla",
             "br": "escritório na Praça Tiradentes"}


def regional_family():
    k = rng.randrange(3)
    if k < 2:
        lg = rng.choice(list(FORMS))
        d = D(lg, "regional")
        title, nl, bl, al, il, el, rl = FORMS[lg]
        p, r = person(lg), person(lg)
        y, m, dd = ymd()
        a = address(lg)
        caps = rng.random() < 0.25
        d.t(title + "\n\n" + nl + ": ").p(p.full.upper() if caps else p.full).t("\n" + bl + ": ").s("DATE_OF_BIRTH", fdate(lg, y, m, dd, rng.choice(["num", "num", "long"])))
        if rng.random() < 0.4:
            d.t(" (").s("NEG_AGE", str(2025 - y)).t(")")
        d.t("\n" + al + ": ").s("STREET_ADDRESS", a.full if rng.random() < 0.7 else a.lines).t("\n" + el + ": ").s("NEG_ORG", rng.choice(EMPLOYERS[lg]))
        d.t("\n" + il + ": ").s("NEG_DATE", fdate(lg, *ymd(2010, 2025), kind="num")).t("\n" + rl + ": ")
        d.p(r.full if rng.random() < 0.7 else r.given).t("\n")
        if rng.random() < 0.5:
            d.t("\n(").s("NEG_STREET", NEGSTREET[lg]).t(")\n")
    else:
        lg = "ro"
        d = D(lg, "regional")
        p, cl = person("ro"), person("ro")
        y, m, dd = ymd()
        a = address("ro")
        d.t("CERERE\n\nSubsemnatul/Subsemnata ").p(p.full).t(", născut(ă) la data de ").s("DATE_OF_BIRTH", fdate("ro", y, m, dd, rng.choice(["num", "long"])))
        d.t(" în " + rng.choice(["Brașov", "Sibiu", "Cluj-Napoca", "Iași"]) + ", domiciliat(ă) în ").s("STREET_ADDRESS", a.full)
        d.t(", posesor/posesoare al/a C.I. seria %s nr. %06d, eliberată la data de " % (rng.choice(["CJ", "BV", "IS", "RX"]), rng.randint(0, 999999))).s("NEG_DATE", fdate("ro", *ymd(2015, 2025), kind="num"))
        d.t(", vă rog să îmi aprobați transferul la ").s("NEG_ORG", rng.choice(["Colegiul Național Mihai Eminescu", "Liceul Teoretic Avram Iancu", "Școala Gimnazială Ion Creangă"]))
        d.t(".\n\nData: ").s("NEG_DATE", fdate("ro", *ymd(2025, 2026), kind="num")).t("\nSemnătura: ").p(cl.full if rng.random() < 0.3 else p.full).t("\n")
    d.done()


# ---- 16. e-signature audit certificates ---------------------------------------------------------
def esign_family():
    lg = pick_lg(0.6)
    d = D(lg, "esign")
    ps = people(lg, 2)
    k = rng.randrange(3)
    if k == 0:
        o = person(lg)
        oe = email_of(o, rng.choice(WORK))
        d.t("Certificate Of Completion\nEnvelope Id: %s\nSubject: Please DocuSign: %s\nStatus: Completed\nEnvelope Originator:\n" % (hexs(32).upper(), rng.choice(["Lease_Agreement.pdf", "Arbeitsvertrag.pdf", "Contrato_arrendamento.pdf", "NDA.pdf"])))
        d.p(o.full).t("\n")
        if rng.random() < 0.7:
            d.s("NEG_ORG", rng.choice(FIRMS)).t("\n").s("STREET_ADDRESS", address(lg).lines).t("\n")
        d.e(oe).t("\nIP Address: ").s("IP_ADDRESS", ip4()).t("\n\nSigner Events                      Signature               Timestamp\n")
        for p in ps:
            d.p(p.full).t("\n").e(email_of(p)).t("\nSecurity Level: Email, Account Authentication (None)\n    Sent: ").s("NEG_DATE", "%d/%d/%d | %02d:%02d" % (rng.randint(1, 12), rng.randint(1, 28), rng.randint(2023, 2026), rng.randint(0, 23), rng.randint(0, 59)))
            d.t("\n    Signed: ").s("NEG_DATE", "%d/%d/%d | %02d:%02d" % (rng.randint(1, 12), rng.randint(1, 28), rng.randint(2023, 2026), rng.randint(0, 23), rng.randint(0, 59)))
            d.t("\nSignature Adoption: Pre-selected Style\nUsing IP Address: ").s("IP_ADDRESS", ip4()).t("\n\n")
        d.t("Carbon Copy Events\n").p(person(lg).full).t("\n\nPowered by ").s("NEG_PRODUCT", "DocuSign").t("\n")
    elif k == 1:
        d.t("Audit report\nCreated: ").s("NEG_DATE", "%04d-%02d-%02d" % ymd(2023, 2026)).t("\nBy: ").p(ps[0].full).t(" (").e(email_of(ps[0], rng.choice(WORK))).t(")\nStatus: Signed\n\n\"")
        d.t(rng.choice(["Offer letter", "Mietvertrag", "Contrat de prestation", "Huurovereenkomst"]) + "\" History\n")
        d.t("Document created by ").p(ps[0].full).t(" (").e(email_of(ps[0], rng.choice(WORK))).t(")\n").s("NEG_DATE", "%04d-%02d-%02d - 10:%02d:%02d GMT" % (ymd(2023, 2026) + (rng.randint(0, 59), rng.randint(0, 59))))
        d.t("- IP address: ").s("IP_ADDRESS", ip4()).t("\n")
        for p in ps[1:]:
            em = email_of(p)
            d.t("Document emailed to ").p(p.full).t(" (").e(em).t(") for signature\nEmail viewed by ").p(p.full).t(" (").e(em).t(")\nDocument e-signed by ").p(p.full).t(" (").e(em).t(")\n")
            d.t("Signature Date: ").s("NEG_DATE", "%04d-%02d-%02d - 17:%02d:%02d GMT" % (ymd(2023, 2026) + (rng.randint(0, 59), rng.randint(0, 59)))).t(" - Time Source: server\n")
        d.t("Agreement completed.\n").s("NEG_PRODUCT", "Adobe Acrobat Sign").t("\n")
    else:
        lg = "fr"
        d.lg = lg
        p = person("fr")
        d.t("Dossier de preuve — ").s("NEG_PRODUCT", "Yousign").t("\nSignataire : ").p(p.full).t("\nE-mail : ").e(email_of(p)).t("\nTéléphone : ").s("PHONE_NUMBER", phone("fr"))
        if rng.random() < 0.6:
            d.t("\nAdresse : ").s("STREET_ADDRESS", address("fr").full)
        d.t("\nCode OTP envoyé le ").s("NEG_DATE", "%02d/%02d/%04d à 14:%02d" % (rng.randint(1, 28), rng.randint(1, 12), rng.randint(2024, 2026), rng.randint(0, 59)))
        d.t("\nSigné le ").s("NEG_DATE", "%02d/%02d/%04d à 14:%02d" % (rng.randint(1, 28), rng.randint(1, 12), rng.randint(2024, 2026), rng.randint(0, 59))).t(" depuis l'adresse IP ").s("IP_ADDRESS", ip4())
        d.t("\nInitiateur : ").p(ps[0].full).t(" (").s("NEG_ORG", rng.choice(["Foncia", "Century 21 Lafayette", "Orpi Voltaire"])).t(")\n")
    d.done()


# ---- the corpus ----------------------------------------------------------------------------------
FAMILIES = [(git_family, 36), (manifest_family, 40), (unix_family, 42), (api_family, 70),
            (fixture_family, 44), (telemetry_family, 50), (owner_family, 38), (mail_family, 48),
            (phone_family, 56), (vaccine_family, 46), (cert_family, 46), (logbook_family, 40),
            (chess_family, 34), (hosting_family, 54), (regional_family, 62), (esign_family, 34)]


def main():
    order = [f for f, n in FAMILIES for _ in range(n)]
    rng.shuffle(order)
    for f in order:
        f()
    json.dump(records, sys.stdout, ensure_ascii=False, indent=1)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
