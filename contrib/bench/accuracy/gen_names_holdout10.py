#!/usr/bin/env python3
"""Blind held-out corpus names_holdout10: PERSON, STREET_ADDRESS, DATE_OF_BIRTH (and EMAIL_ADDRESS).

Written blind: the author did not read the detectors, their tests, the other corpora or generators
(beyond the format docstring of gen_names_holdout8.py and the span checks of check_corpora.py),
or the project documentation, and ran nothing on this corpus except the checks in this file.

Brief (task holdout10)
----------------------
Kinds of text that earlier blind corpora did not cover: messenger exports (WhatsApp, Telegram,
Discord, Signal, iMessage), SaaS exports and API JSON (Zendesk, Intercom, Stripe, Shopify, HubSpot,
Eventbrite CSV, Mailchimp, Sentry), calendar data (ICS ATTENDEE;CN=, Outlook invites), developer
files that carry people (package.json, pyproject.toml, CODEOWNERS, Dockerfile LABEL, Terraform and
Kubernetes owner tags, git blame / shortlog, code-review comments, Q&A posts), trades and services
(plumber/electrician tickets, moving quotes, driving lessons, personal-trainer logs, dental and
optician appointments, pharmacy refills, lab results), community life (scout camps, choirs,
carpools, neighbourhood-watch posts, lost and found, pet adoption, funeral arrangements, book
dedications, thesis acknowledgements), HR (performance reviews, payroll disputes, onboarding,
leave requests), subtitles (SRT with speakers) and screenplays (characters are look-alikes), and
prompts that mix two languages in one message.
Languages/regions: en (US UK IE AU NZ CA IN ZA NG SG), de (DE AT CH), fr (FR BE CH CA), nl (NL BE),
es (ES MX AR CL), it (IT), pt (PT BR), with names of global origin (Polish, Turkish, Arabic,
Chinese, Vietnamese, Yoruba, Hindi, Tamil, Korean) in those texts.
About half the names are invented per language (own syllable tables), half real and common.

Labelling conventions: those of gen_names_holdout8.py (titles, kinship words and possessive 's
outside PERSON; particles inside; "Surname, Given" one span; separate fields two spans; handles
and user names not PERSON; fictional/famous people not PERSON; DATE_OF_BIRTH only the date of a
living private person; the whole postal address one STREET_ADDRESS span; every e-mail address).
metadata: family, lang, region, pii_free, lookalike_kinds (sorted kinds of look-alikes present:
NEG_FAMOUS, NEG_TERM, NEG_ORG, NEG_PRODUCT, NEG_PLACE, NEG_PET, NEG_CODE, NEG_DATE, NEG_FICTION).

Usage: gen_names_holdout10.py [output path]  (default contrib/bench/accuracy/data/names_holdout10.json);
the bytes written are the same either way.  Python 3 standard library only; fixed seed.
"""

import datetime
import json
import os
import random
import sys
import unicodedata

SEED = 101010
rng = random.Random(SEED)

P = lambda v: ("PERSON", v)
A = lambda v: ("STREET_ADDRESS", v)
D = lambda v: ("DATE_OF_BIRTH", v)
E = lambda v: ("EMAIL_ADDRESS", v)


def ch(x):
    return rng.choice(x)


# ---------------------------------------------------------------- names
INV = {  # (given first parts, given endings, surname first parts, surname endings)
    "en": (["Bry", "Cal", "Dov", "Emm", "Fen", "Jor", "Kel", "Lun", "Mer", "Tam", "Ysol", "Quen", "Ari", "Hollin"],
           ["dan", "wyn", "ette", "ric", "elle", "ora", "by", "vie", "mont", "issa"],
           ["Hask", "Ashby", "Brad", "Cott", "Dunhol", "Fair", "Garn", "Kinst", "Mort", "Penhal", "Whitt", "Thorn"],
           ["wick", "ridge", "ley", "mere", "stead", "worth", "combe", "shaw", "hollow", "grave"]),
    "de": (["Ul", "Gun", "Wal", "Frie", "Mat", "Kon", "Els", "Ber", "Ot", "Heid"],
           ["trud", "mar", "lind", "hild", "wig", "rike", "mund", "gard", "bald", "wina"],
           ["Ober", "Kalt", "Brun", "Hoch", "Wes", "Eck", "Falk", "Rau", "Tann", "Zwick"],
           ["huber", "mayr", "bacher", "ecker", "wälder", "inger", "hofer", "meister", "lechner", "stätter"]),
    "fr": (["Clo", "Gé", "Ber", "Ode", "Thi", "Sé", "Au", "Mé", "Lo", "Eu"],
           ["rine", "lise", "raud", "mane", "cien", "bault", "verine", "rélie", "gène", "laine"],
           ["Du", "La", "Bel", "Mon", "Char", "Ver", "Cour", "Fon", "Beau", "Ro"],
           ["chemin", "ferrière", "vallon", "tignac", "mouret", "lhac", "bessac", "quier", "dieu", "nay"]),
    "nl": (["Wou", "Fem", "Jel", "Rie", "Sjo", "Tij", "Ger", "Be", "Aal", "Hid"],
           ["ter", "ke", "le", "rijn", "nske", "erd", "rit", "ndt", "tje", "mer"],
           ["Bos", "Dijk", "Hoek", "Kamp", "Veld", "Wijn", "Meer", "Brug", "Holt", "Sloot"],
           ["stra", "ma", "huis", "ink", "ers", "kens", "haar", "horst", "gaard", "mans"]),
    "es": (["Ma", "Ro", "Eus", "Leo", "Xi", "Ca", "Flo", "Ju", "Ile", "Bru"],
           ["riela", "cío", "bela", "tasio", "nor", "mena", "lixto", "rencia", "liana", "dino"],
           ["Al", "Bar", "Cas", "Es", "Gar", "Ol", "Pe", "Ri", "Val", "Zu"],
           ["mendáriz", "rueco", "tañeda", "cobar", "zarán", "ivera", "ñalosa", "bagorri", "dearce", "loaga"]),
    "it": (["Gia", "Lo", "Ot", "Sil", "Ste", "Vit", "Cor", "Ame", "Ubal", "Ire"],
           ["nnina", "renza", "tavio", "saura", "vana", "fania", "tore", "rado", "deo", "nella"],
           ["Bel", "Car", "Fal", "Gal", "Mar", "Pa", "Ros", "Tor", "Vi", "Zan"],
           ["lucci", "dinale", "conetti", "biati", "cheselli", "pparo", "setti", "torella", "scardi", "nardo"]),
    "pt": (["Ja", "Va", "Lu", "Te", "Jo", "Ari", "Fe", "Dul", "Ire", "Gil"],
           ["naína", "sângela", "ldemar", "zinete", "odoro", "rluce", "elma", "cilda", "ovaldo", "lício"],
           ["Al", "Ba", "Car", "Fa", "Mo", "Que", "Sam", "Tei", "Ve", "Gu"],
           ["buquerque", "rreto", "valhais", "gundes", "reira", "iroga", "paio", "xeira", "loso", "imarães"]),
}

REAL = {
    "en": (["James", "Sarah", "Michael", "Emily", "Daniel", "Olivia", "Thomas", "Grace", "Ryan", "Chloe",
            "Patrick", "Aoife", "Liam", "Hannah", "Nathan", "Megan", "Connor", "Jessica", "Aaron", "Niamh"],
           ["Smith", "Johnson", "Brown", "Taylor", "Walker", "O'Connor", "Murphy", "Kelly", "Campbell",
            "Robinson", "Harris", "Clarke", "Fitzgerald", "McKenzie", "Evans", "Thompson", "Byrne", "Reid"]),
    "de": (["Jonas", "Lena", "Lukas", "Anna", "Felix", "Sophie", "Maximilian", "Julia", "Tobias", "Katrin",
            "Jürgen", "Sabine", "Matthias", "Ursula", "Florian", "Birgit"],
           ["Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker", "Hoffmann",
            "Schäfer", "Koch", "Gruber", "Huber", "Steiner", "Keller", "Brunner"]),
    "fr": (["Camille", "Julien", "Léa", "Nicolas", "Chloé", "Mathieu", "Manon", "Antoine", "Élodie",
            "François", "Sébastien", "Aurélie", "Théo", "Inès", "Jean-Baptiste", "Marie-Claire"],
           ["Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit", "Durand", "Leroy",
            "Moreau", "Lefèvre", "Girard", "Fournier", "Tremblay", "Gagnon", "Peeters"]),
    "nl": (["Daan", "Sanne", "Bram", "Lotte", "Joost", "Femke", "Thijs", "Eline", "Pieter", "Anouk",
            "Wouter", "Marieke", "Sven", "Lieke"],
           ["de Jong", "Jansen", "de Vries", "van den Berg", "van Dijk", "Bakker", "Visser", "Smit",
            "Meijer", "de Boer", "Mulder", "Peeters", "Janssens", "Maes", "van der Linden"]),
    "es": (["Lucía", "Javier", "María José", "Alejandro", "Carmen", "Diego", "Valentina", "Sergio",
            "Camila", "Andrés", "Paula", "Joaquín", "Florencia", "Matías", "Ximena", "Rodrigo"],
           ["García", "Martínez", "López", "Sánchez", "Pérez", "Gómez", "Fernández", "Rodríguez",
            "Hernández", "Muñoz", "Rojas", "Díaz", "Álvarez", "Romero", "Castillo", "Vargas"]),
    "it": (["Giulia", "Marco", "Francesca", "Alessandro", "Chiara", "Matteo", "Sara", "Lorenzo", "Elena",
            "Davide", "Martina", "Giuseppe", "Federica", "Niccolò"],
           ["Rossi", "Russo", "Ferrari", "Esposito", "Bianchi", "Romano", "Colombo", "Ricci", "Marino",
            "Greco", "Bruno", "Gallo", "Conti", "De Luca", "Lombardi", "D'Amico"]),
    "pt": (["João", "Ana", "Pedro", "Beatriz", "Lucas", "Mariana", "Gabriel", "Inês", "Rafael", "Larissa",
            "Tiago", "Fernanda", "Gonçalo", "Luíza"],
           ["Silva", "Santos", "Oliveira", "Souza", "Pereira", "Costa", "Ferreira", "Rodrigues", "Almeida",
            "Nascimento", "Lima", "Carvalho", "Gonçalves", "Ribeiro", "Sousa"]),
}

GLOBAL = [("Katarzyna", "Wójcik"), ("Grzegorz", "Nowak"), ("Agnieszka", "Kowalczyk"), ("Emre", "Yıldız"),
          ("Ayşe", "Demir"), ("Mehmet", "Çelik"), ("Youssef", "El Amrani"), ("Fatima", "Al-Haddad"),
          ("Omar", "Haddad"), ("Layla", "Mansour"), ("Wei", "Chen"), ("Xiuying", "Wang"), ("Jun", "Liu"),
          ("Thi Hoa", "Nguyen"), ("Văn Minh", "Trần"), ("Thanh", "Pham"), ("Adebayo", "Ogunleye"),
          ("Folasade", "Adeyemi"), ("Chukwuemeka", "Okafor"), ("Oluwaseun", "Bankole"), ("Priya", "Sharma"),
          ("Rohit", "Verma"), ("Ananya", "Iyer"), ("Karthik", "Subramanian"), ("Lakshmi", "Raghavan"),
          ("Senthil", "Murugan"), ("Min-jun", "Kim"), ("Ji-woo", "Park"), ("Seo-yeon", "Choi")]

NICK = {"James": "Jim", "Michael": "Mike", "Daniel": "Dan", "Thomas": "Tom", "Patrick": "Paddy",
        "Nathan": "Nate", "Maximilian": "Max", "Matthias": "Matze", "Alejandro": "Ale", "Francesca": "Fra",
        "Alessandro": "Sandro", "Giuseppe": "Peppe", "Gabriel": "Biel", "Nicolas": "Nico",
        "Jean-Baptiste": "JB", "Katarzyna": "Kasia", "Grzegorz": "Grzesiek", "Oluwaseun": "Seun",
        "Chukwuemeka": "Emeka", "Joaquín": "Joaco", "Sebastien": "Seb", "Rafael": "Rafa"}


class Person:
    def __init__(self, given, surname, lang, invented):
        self.given, self.surname, self.lang, self.invented = given, surname, lang, invented

    @property
    def full(self):
        if self.surname in ("Kim", "Park", "Choi", "Chen", "Wang", "Liu", "Trần", "Nguyen", "Pham") and rng.random() < 0.4:
            return self.surname + " " + self.given
        return self.given + " " + self.surname

    def fmt(self, style=None):
        style = style or ch(["full"] * 6 + ["init", "rev", "caps", "lower", "revcaps"])
        g, s = self.given, self.surname
        if style == "full":
            return self.full
        if style == "init":
            return g[0] + ". " + s
        if style == "rev":
            return s + ", " + g
        if style == "revcaps":
            return s.upper() + ", " + g
        if style == "caps":
            return (g + " " + s).upper()
        if style == "lower":
            return (g + " " + s).lower()
        if style == "nick":
            return NICK.get(g, g) + " " + s
        if style == "given":
            return g
        if style == "sur":
            return s
        raise ValueError(style)

    @property
    def nick(self):
        return NICK.get(self.given, self.given)


def make_person(lang):
    r = rng.random()
    if r < 0.5:
        gf, ge, sf, se = INV[lang]
        g = ch(gf) + ch(ge)
        s = ch(sf) + ch(se)
        if lang == "nl" and rng.random() < 0.4:
            s = ch(["van ", "de ", "van der ", "ter ", "van den "]) + s
        if lang == "de" and rng.random() < 0.15:
            s = "von " + s
        if lang in ("es", "pt") and rng.random() < 0.35:
            s = s + " " + ch(sf) + ch(se)
        if rng.random() < 0.12:
            g = g + "-" + ch(gf) + ch(ge).lower()
        return Person(g, s, lang, True)
    if r < 0.82:
        gs, ss = REAL[lang]
        s = ch(ss)
        if lang in ("es", "pt") and rng.random() < 0.4:
            s2 = ch(ss)
            if s2 != s:
                s = s + (" y " if lang == "es" and rng.random() < 0.2 else " ") + s2
        if lang == "en" and rng.random() < 0.1:
            s = s + "-" + ch(ss)
        return Person(ch(gs), s, lang, False)
    g, s = ch(GLOBAL)
    return Person(g, s, lang, False)


def fold(x):
    x = unicodedata.normalize("NFKD", x).replace("ı", "i").replace("ł", "l")
    return "".join(c for c in x if c.isascii() and (c.isalnum() or c in ".-_")).lower()


DOMAINS = {"en": ["gmail.com", "outlook.com", "yahoo.co.uk", "bigpond.com", "xtra.co.nz", "rogers.com",
                  "hotmail.com", "icloud.com", "eircom.net", "mweb.co.za", "singnet.com.sg"],
           "de": ["gmx.de", "web.de", "t-online.de", "bluewin.ch", "gmx.at", "posteo.de"],
           "fr": ["orange.fr", "free.fr", "laposte.net", "skynet.be", "videotron.ca", "sfr.fr"],
           "nl": ["ziggo.nl", "kpnmail.nl", "telenet.be", "xs4all.nl", "hetnet.nl"],
           "es": ["gmail.com", "hotmail.es", "yahoo.com.mx", "fibertel.com.ar", "vtr.net", "telefonica.net"],
           "it": ["libero.it", "virgilio.it", "tiscali.it", "alice.it", "gmail.com"],
           "pt": ["sapo.pt", "uol.com.br", "bol.com.br", "gmail.com", "terra.com.br", "netcabo.pt"]}


REGION_DOMAINS = {"US": ["gmail.com", "yahoo.com", "comcast.net", "icloud.com"], "UK": ["btinternet.com", "gmail.com", "yahoo.co.uk"],
                  "IE": ["eircom.net", "gmail.com"], "AU": ["bigpond.com", "optusnet.com.au"], "NZ": ["xtra.co.nz", "gmail.com"],
                  "CA": ["rogers.com", "shaw.ca", "videotron.ca"], "IN": ["rediffmail.com", "gmail.com"], "ZA": ["mweb.co.za", "gmail.com"],
                  "NG": ["yahoo.com", "gmail.com"], "SG": ["singnet.com.sg", "gmail.com"], "AT": ["gmx.at", "aon.at"],
                  "CH": ["bluewin.ch", "gmx.ch"], "BE": ["skynet.be", "telenet.be"], "MX": ["yahoo.com.mx", "hotmail.com"],
                  "AR": ["fibertel.com.ar", "gmail.com"], "CL": ["vtr.net", "gmail.com"], "PT": ["sapo.pt", "netcabo.pt"],
                  "BR": ["uol.com.br", "bol.com.br", "terra.com.br"]}
CUR = {"region": "US"}


def email(p, domain=None):
    if domain is None and CUR["region"] in REGION_DOMAINS and (p.lang == "en" or CUR["region"] not in ("US", "UK", "IE", "AU", "NZ", "IN", "ZA", "NG", "SG")) and rng.random() < 0.7:
        domain = ch(REGION_DOMAINS[CUR["region"]])
    g, s = fold(p.given.split()[0]), fold(p.surname.replace(" ", ""))
    local = ch([g + "." + s, g[0] + s, g + "_" + s, s + "." + g, g + s[:1] + str(rng.randint(1, 99)),
                g + "." + s + str(rng.randint(60, 99))])
    return local + "@" + (domain or ch(DOMAINS[p.lang]))


# ---------------------------------------------------------------- addresses
STREETS = {
    "US": ["Larkspur Ave", "N Halsted St", "Briarwood Dr", "Cedar Hollow Rd", "E 23rd St", "Magnolia Blvd",
           "Old Mill Ln", "Sycamore Ct", "W Fulton St", "Pinecrest Way"],
    "UK": ["Marlow Road", "Station Approach", "Kingsley Avenue", "Mill Lane", "St Anne's Close", "Beech Grove",
           "Holloway Road", "Church Street", "Ashdown Crescent"],
    "IE": ["Oakfield Drive", "Main Street", "Griffith Avenue", "Castle Park", "Ballymun Road", "Shandon Street"],
    "AU": ["Wattle Street", "Bourke Rd", "Jacaranda Avenue", "Pittwater Rd", "Banksia Crescent", "Hume Highway"],
    "NZ": ["Kowhai Road", "Rimu Street", "Queen Street", "Tui Crescent", "Ponsonby Road"],
    "CA": ["Birchmount Rd", "Maple Grove Dr", "Bloor St W", "Portage Ave", "Jasper Ave NW", "Dufferin St"],
    "IN": ["12th Cross, Indiranagar", "MG Road", "Nehru Nagar", "Anna Salai", "Linking Road, Bandra West",
           "Sector 15, Vashi"],
    "ZA": ["Protea Street", "Jan Smuts Avenue", "Long Street", "Voortrekker Road", "Musgrave Road"],
    "NG": ["Adeola Odeku Street", "Allen Avenue", "Awolowo Road", "Bode Thomas Street", "Aminu Kano Crescent"],
    "SG": ["Tampines Street 41", "Ang Mo Kio Avenue 3", "Jurong West Street 52", "Bedok North Road"],
    "DE": ["Lindenstraße", "Am Mühlbach", "Goethestraße", "Hauptstraße", "Bergmannstr.", "Kastanienallee",
           "Friedrich-Ebert-Straße", "Im Winkel"],
    "AT": ["Gumpendorfer Straße", "Landstraßer Hauptstraße", "Herrengasse", "Linzer Gasse", "Schubertweg"],
    "CH": ["Bahnhofstrasse", "Rue du Simplon", "Seestrasse", "Dorfstrasse", "Rosenweg"],
    "FR": ["rue des Tanneurs", "avenue Jean Jaurès", "boulevard Voltaire", "impasse des Lilas", "rue de la Paix",
           "chemin du Moulin", "place Bellecour"],
    "BE": ["Rue de la Station", "Chaussée de Waterloo", "Avenue Louise", "Rue Haute", "Boulevard d'Avroy"],
    "BE-nl": ["Kerkstraat", "Meir", "Stationsstraat", "Veldstraat", "Brusselsesteenweg", "Diestsestraat"],
    "CA-fr": ["rue Saint-Denis", "boulevard René-Lévesque Ouest", "rue Sherbrooke Est", "avenue du Parc"],
    "CH-fr": ["Chemin des Vignes", "Avenue de la Gare", "Rue de Lausanne", "Route de Chêne"],
    "NL": ["Prinsengracht", "Dorpsstraat", "Kerkweg", "Van Speijkstraat", "Oudegracht", "Molenlaan"],
    "ES": ["Calle Mayor", "C/ Alcalá", "Avda. de la Constitución", "Calle de Toledo", "Passeig de Gràcia",
           "Calle Real"],
    "MX": ["Av. Insurgentes Sur", "Calle Morelos", "Av. Juárez", "Calle 5 de Mayo", "Av. Revolución"],
    "AR": ["Av. Corrientes", "Av. Santa Fe", "Calle Mitre", "Av. Rivadavia", "Güemes"],
    "CL": ["Los Aromos", "Av. Providencia", "Pasaje Las Acacias", "Av. Grecia", "Calle Esmeralda"],
    "IT": ["Via Garibaldi", "Corso Vittorio Emanuele II", "Via Roma", "Viale dei Mille", "Piazza Cavour",
           "Via della Spiga"],
    "PT": ["Rua de Santa Catarina", "Avenida da Liberdade", "Rua do Almada", "Travessa do Carmo"],
    "BR": ["Rua Augusta", "Av. Paulista", "Rua das Laranjeiras", "Rua Voluntários da Pátria", "Av. Afonso Pena"],
}
CITIES = {
    "US": [("Dayton", "OH", "454"), ("Tucson", "AZ", "857"), ("Albany", "NY", "122"), ("Boise", "ID", "837"),
           ("Savannah", "GA", "314"), ("Madison", "WI", "537")],
    "UK": [("Leicester", "LE2"), ("Bristol", "BS6"), ("Leeds", "LS6"), ("Norwich", "NR2"), ("London", "N7")],
    "IE": [("Ballincollig, Co. Cork", "P31"), ("Dublin 9", "D09"), ("Galway", "H91"), ("Limerick", "V94")],
    "AU": [("Bendigo", "VIC", "3550"), ("Newtown", "NSW", "2042"), ("Toowong", "QLD", "4066"),
           ("Fremantle", "WA", "6160")],
    "NZ": [("Hamilton", "3204"), ("Auckland", "1011"), ("Christchurch", "8011"), ("Dunedin", "9016")],
    "CA": [("Scarborough", "ON", "M1K"), ("Winnipeg", "MB", "R3G"), ("Edmonton", "AB", "T5K"),
           ("Toronto", "ON", "M6H")],
    "IN": [("Bengaluru", "560038"), ("Chennai", "600002"), ("Mumbai", "400050"), ("Navi Mumbai", "400703")],
    "ZA": [("Rondebosch, Cape Town", "7700"), ("Parkhurst, Johannesburg", "2193"), ("Durban", "4001")],
    "NG": [("Victoria Island, Lagos", ""), ("Ikeja, Lagos", ""), ("Wuse 2, Abuja", "")],
    "SG": [("Singapore", "")],
    "DE": [("Leipzig", "04109"), ("Freiburg im Breisgau", "79098"), ("Köln", "50667"), ("Bremen", "28195"),
           ("München", "80469")],
    "AT": [("Wien", "1060"), ("Graz", "8010"), ("Salzburg", "5020"), ("Linz", "4020")],
    "CH": [("Zürich", "8001"), ("Bern", "3011"), ("Luzern", "6003"), ("Winterthur", "8400")],
    "FR": [("Strasbourg", "67000"), ("Lyon", "69002"), ("Nantes", "44000"), ("Toulouse", "31000"),
           ("Rennes", "35000")],
    "BE": [("Namur", "5000"), ("Liège", "4000"), ("Ixelles", "1050"), ("Charleroi", "6000")],
    "BE-nl": [("Antwerpen", "2000"), ("Gent", "9000"), ("Leuven", "3000"), ("Brugge", "8000")],
    "CA-fr": [("Montréal (Québec)", "H2J"), ("Québec (Québec)", "G1R"), ("Gatineau (Québec)", "J8X")],
    "CH-fr": [("Pully", "1009"), ("Genève", "1207"), ("Lausanne", "1004"), ("Neuchâtel", "2000")],
    "NL": [("Amsterdam", "1016"), ("Utrecht", "3512"), ("Zwolle", "8011"), ("Groningen", "9711")],
    "ES": [("Madrid", "28013"), ("Sevilla", "41004"), ("Barcelona", "08008"), ("Valencia", "46002")],
    "MX": [("Ciudad de México, CDMX", "03940"), ("Guadalajara, Jal.", "44100"), ("Puebla, Pue.", "72000")],
    "AR": [("CABA", "C1043"), ("Rosario, Santa Fe", "S2000"), ("Córdoba", "X5000")],
    "CL": [("Providencia, Santiago", "7500000"), ("Viña del Mar", "2520000"), ("Ñuñoa, Santiago", "7750000")],
    "IT": [("Torino", "10122", "TO"), ("Bologna", "40126", "BO"), ("Napoli", "80134", "NA"),
           ("Milano", "20121", "MI"), ("Bari", "70122", "BA")],
    "PT": [("Porto", "4000"), ("Lisboa", "1250"), ("Coimbra", "3000"), ("Braga", "4700")],
    "BR": [("São Paulo - SP", "01304"), ("Rio de Janeiro - RJ", "22240"), ("Belo Horizonte - MG", "30130")],
}
UKLET = "ABDEFGHJLNPQRSTUWXYZ"


def addr_key(lang, region):
    if lang == "fr" and region in ("CA", "CH"):
        return region + "-fr"
    if lang == "nl" and region == "BE":
        return "BE-nl"
    return region


def address(lang, region, multiline=False):
    k = addr_key(lang, region)
    st = ch(STREETS[k])
    c = ch(CITIES[k])
    n = rng.randint(1, 240)
    sep = "\n" if multiline else ", "
    if k == "US":
        unit = ch(["", ", Apt " + str(rng.randint(1, 30)) + ch("ABCD"), " #" + str(rng.randint(100, 999))])
        return "%d %s%s%s%s, %s %s%02d" % (rng.randint(10, 9999), st, unit, sep, c[0], c[1], c[2], rng.randint(1, 99))
    if k == "UK":
        pre = ch(["", "Flat %d, " % rng.randint(1, 12)])
        pc = "%s %d%s%s" % (c[1], rng.randint(1, 9), ch(UKLET), ch(UKLET))
        return "%s%d %s%s%s %s" % (pre, n, st, sep, c[0], pc)
    if k == "IE":
        return "%d %s%s%s %s %s%d%s%d" % (n, st, sep, c[0] + ",", c[1], ch(UKLET), rng.randint(1, 9), ch(UKLET), rng.randint(1, 9))
    if k == "AU":
        num = ch([str(n), "%d/%d" % (rng.randint(1, 20), n), "Unit %d, %d" % (rng.randint(1, 9), n)])
        return "%s %s%s%s %s %s" % (num, st, sep, c[0], c[1], c[2])
    if k == "NZ":
        return "%d %s%s%s %s" % (n, st, sep, c[0], c[1])
    if k == "CA":
        return "%d %s%s%s, %s %s %d%s%d" % (rng.randint(10, 4000), st, sep, c[0], c[1], c[2], rng.randint(1, 9), ch(UKLET), rng.randint(1, 9))
    if k == "IN":
        pre = ch(["Flat %d%s, %s, " % (rng.randint(1, 9), ch("ABC"), ch(["Sai Residency", "Green Park Apts", "Lakshmi Nilayam"])),
                  "No. %d, " % n, "%d/%d, " % (rng.randint(1, 40), n)])
        return "%s%s%s%s - %s" % (pre, st, sep, c[0], c[1])
    if k == "ZA":
        return "%d %s%s%s%s%s" % (n, st, sep, c[0], ", ", c[1])
    if k == "NG":
        return "%d %s%s%s" % (rng.randint(1, 80), st, sep, c[0])
    if k == "SG":
        return "Blk %d %s%s#%02d-%d%sSingapore %d" % (rng.randint(100, 699), st, ", " if not multiline else "\n", rng.randint(2, 15), rng.randint(10, 400), sep, rng.randint(100000, 829999))
    if k in ("DE", "AT", "CH"):
        num = str(n) + ch(["", "", "a", "/2/11" if k == "AT" else "b"])
        return "%s %s%s%s %s" % (st, num, sep, c[1], c[0])
    if k == "FR":
        num = str(n) + ch(["", "", " bis", " ter"])
        return "%s %s%s%s %s" % (num, st, sep, str(int(c[1]) + rng.randint(0, 8)).zfill(5), c[0])
    if k in ("BE", "BE-nl"):
        num = str(n) + ch(["", "", " bus %d" % rng.randint(1, 9), "/3"])
        return "%s %s%s%s %s" % (st, num, sep, c[1], c[0])
    if k == "CA-fr":
        return "%d, %s%s%s %s %d%s%d" % (rng.randint(100, 9999), st, sep, c[0], c[1], rng.randint(1, 9), ch(UKLET), rng.randint(1, 9))
    if k == "CH-fr":
        return "%s %d%s%s %s" % (st, n, sep, c[1], c[0])
    if k == "NL":
        num = str(n) + ch(["", "", "-II", "A", " hs"])
        return "%s %s%s%s %s%s %s" % (st, num, sep, c[1], ch(UKLET), ch(UKLET), c[0])
    if k == "ES":
        return "%s, %d, %dº %s%s%s %s" % (st, n, rng.randint(1, 8), ch("ABCD"), sep, c[1], c[0])
    if k == "MX":
        return "%s %d, Col. %s%s%s %s" % (st, rng.randint(10, 2000), ch(["Centro", "Roma Norte", "Del Valle", "Narvarte"]), sep, c[1], c[0])
    if k == "AR":
        return "%s %d, piso %d dto. %s%s%s %s" % (st, rng.randint(100, 5000), rng.randint(1, 12), ch("ABCD"), sep, c[1], c[0])
    if k == "CL":
        return "%s %d, depto %d%s%s" % (st, rng.randint(100, 3000), rng.randint(11, 99), sep, c[0])
    if k == "IT":
        return "%s %d%s%s %s %s" % (st, n, sep, c[1], c[0], c[2])
    if k == "PT":
        return "%s %d, %dº %s%s%s-%03d %s" % (st, n, rng.randint(1, 6), ch(["Esq.", "Dto.", "Frente"]), sep, c[1], rng.randint(0, 999), c[0])
    if k == "BR":
        return "%s, %d, apto %d%s%s-%03d %s" % (st, rng.randint(10, 3000), rng.randint(11, 180), sep, c[1], rng.randint(0, 999), c[0])
    raise ValueError(k)


def street_place(lang, region):
    return STREETS[addr_key(lang, region)][0]


# ---------------------------------------------------------------- dates
MONTHS = {
    "en": "January February March April May June July August September October November December".split(),
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember".split(),
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split(),
    "nl": "januari februari maart april mei juni juli augustus september oktober november december".split(),
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre".split(),
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre".split(),
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro".split(),
}


def date_str(lang, region, y, m, d, style=None):
    style = style or ch(["num", "num", "long", "iso"])
    if style == "iso":
        return "%04d-%02d-%02d" % (y, m, d)
    mn = MONTHS[lang][m - 1]
    if style == "long":
        if lang == "en":
            if region in ("US", "CA"):
                return "%s %d, %d" % (mn, d, y)
            return "%d %s %d" % (d, mn, y) if rng.random() < 0.7 else "%d%s %s %d" % (d, "th" if 10 < d < 14 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th"), mn, y)
        if lang == "de":
            return "%d. %s %d" % (d, mn, y)
        if lang in ("es", "pt"):
            return "%d de %s de %d" % (d, mn, y)
        return "%d %s %d" % (d, mn, y)
    if style == "short":
        return "%s %d" % (mn[:3] + ("" if lang != "en" else ""), y)
    if lang == "en" and region == "US":
        return "%02d/%02d/%04d" % (m, d, y) if rng.random() < 0.7 else "%d/%d/%d" % (m, d, y)
    if lang == "de":
        return "%02d.%02d.%04d" % (d, m, y)
    if lang == "nl":
        return "%02d-%02d-%04d" % (d, m, y)
    if lang == "en" and region in ("IN", "SG") and rng.random() < 0.5:
        return "%02d-%02d-%04d" % (d, m, y)
    return "%02d/%02d/%04d" % (d, m, y)


def birth(lang, region, style=None, lo=1938, hi=2016):
    y, m, d = rng.randint(lo, hi), rng.randint(1, 12), rng.randint(1, 28)
    return date_str(lang, region, y, m, d, style), 2024 - y


def other_date(lang, region, style=None):
    y, m, d = rng.choice([2023, 2024, 2024, 2025]), rng.randint(1, 12), rng.randint(1, 28)
    return date_str(lang, region, y, m, d, style)


BW = {  # birth words (label / prose)
    "en": ["DOB", "Date of birth", "D.O.B.", "born", "b.", "Birthdate", "birthday"],
    "de": ["Geburtsdatum", "geb.", "geboren am", "Geb.-Datum"],
    "fr": ["Date de naissance", "né le", "née le", "DDN", "né(e) le"],
    "nl": ["Geboortedatum", "geboren op", "geb.", "geb. datum"],
    "es": ["Fecha de nacimiento", "nacido el", "nacida el", "F. nac.", "FN"],
    "it": ["Data di nascita", "nato il", "nata il", "nato/a il", "d.n."],
    "pt": ["Data de nascimento", "nascido em", "nascida em", "DN", "Nasc."],
}

REGIONS = [("en", r) for r in ["US", "US", "UK", "UK", "IE", "AU", "NZ", "CA", "IN", "ZA", "NG", "SG"]] + \
          [("de", "DE"), ("de", "DE"), ("de", "AT"), ("de", "CH")] + \
          [("fr", "FR"), ("fr", "BE"), ("fr", "CH"), ("fr", "CA")] + \
          [("nl", "NL"), ("nl", "NL"), ("nl", "BE")] + \
          [("es", "ES"), ("es", "MX"), ("es", "AR"), ("es", "CL")] + \
          [("it", "IT"), ("it", "IT"), ("it", "IT"), ("pt", "PT"), ("pt", "BR"), ("pt", "BR")]


def L(lang, **kw):
    """Pick the phrase for lang, falling back to English."""
    return kw.get(lang, kw["en"])


# ---------------------------------------------------------------- templates (PII-bearing)
# Each returns (pieces, lookalike kinds); a piece is a plain string or a (type, value) tuple.

def t_whatsapp(lang, region):
    a, b = make_person(lang), make_person(lang)
    day, mon = rng.randint(1, 28), rng.randint(1, 12)
    ts = lambda h, mi: "[%02d/%02d/24, %02d:%02d] " % (day, mon, h, mi) if region != "US" else \
        "[%d/%d/24, %d:%02d %s] " % (mon, day, h % 12 or 12, mi, "AM" if h < 12 else "PM")
    an, bn = a.fmt(ch(["full", "given", "nick"])), b.fmt(ch(["full", "given"]))
    ad = address(lang, region)
    when = other_date(lang, region)
    msg1 = L(lang, en="can you send me your address for the parcel?", de="schickst du mir deine adresse fürs paket?",
             fr="tu peux m'envoyer ton adresse pour le colis ?", nl="kun je je adres sturen voor het pakketje?",
             es="me pasas tu dirección para el paquete?", it="mi mandi l'indirizzo per il pacco?",
             pt="me manda teu endereço pro pacote?")
    msg3 = L(lang, en="ok it ships on %s", de="ok, geht am %s raus", fr="ok, envoi le %s", nl="top, gaat %s de deur uit",
             es="listo, sale el %s", it="ok parte il %s", pt="beleza, sai dia %s") % when
    pieces = [ts(10, rng.randint(0, 59)), P(an), ": " + msg1 + "\n", ts(10, rng.randint(0, 59)), P(bn), ": ", A(ad), "\n"]
    if rng.random() < 0.5:
        pieces += [ts(11, 2), P(bn), ": " + L(lang, en="it's for my mum, ", de="ist für meine Mutter, ", fr="c'est pour ma mère, ",
                                            nl="is voor mijn moeder, ", es="es para mi mamá, ", it="è per mia madre, ",
                                            pt="é pra minha mãe, "), P(make_person(lang).fmt("full")), "\n"]
    pieces += [ts(11, 15), P(an), ": " + msg3 + " 👍\n"]
    if rng.random() < 0.3:
        pieces += [ts(11, 16), P(an), ": <Media omitted>\n"]
    return pieces, ["NEG_DATE"]


def t_telegram(lang, region):
    a, b = make_person(lang), make_person(lang)
    bd, age = birth(lang, region, lo=2007, hi=2017)
    hdr = ch(["Telegram export — chat", "Exported from Telegram Desktop", "result.json → messages (rendered)"])
    pieces = [hdr + "\n\n", P(a.fmt("full")), ", [%02d.%02d.2024 %02d:%02d]\n" % (rng.randint(1, 28), rng.randint(1, 12), rng.randint(7, 22), rng.randint(0, 59))]
    pieces += [L(lang, en="for the club form: my kid ", de="fürs Vereinsformular: unser Kind ", fr="pour le formulaire du club : notre enfant ",
                 nl="voor het clubformulier: ons kind ", es="para el formulario del club: nuestro peque ", it="per il modulo del club: nostro figlio/a ",
                 pt="pro formulário do clube: nosso filho(a) "), P(b.given + " " + a.surname), ", ",
               ch(BW[lang]).lower() + " ", D(bd), "\n\n", P(make_person(lang).fmt("full")),
               ", [%02d.%02d.2024 %02d:%02d]\n" % (rng.randint(1, 28), rng.randint(1, 12), 9, 5)]
    pieces += [L(lang, en="thanks, forwarded to the coach", de="danke, an den Trainer weitergeleitet", fr="merci, transmis au coach",
                 nl="dank je, doorgestuurd naar de trainer", es="gracias, se lo paso al entrenador", it="grazie, girato al mister",
                 pt="valeu, repassei pro técnico")]
    return pieces, []


def t_discord(lang, region):
    a = make_person(lang)
    handle = ch(["pixelmoth", "n0va_k", "grimfrost", "tacotuesday", "zed_again", "lumen"]) + str(rng.randint(1, 999))
    bd, age = birth(lang, region, lo=1985, hi=2006)
    pieces = [handle + " — " + ch(["Today at", "Yesterday at"]) + " %d:%02d PM\n" % (rng.randint(1, 11), rng.randint(0, 59))]
    pieces += [ch(["ok so irl i'm ", "for the tournament signup, real name ", "mods asked for ID: "]), P(a.fmt(ch(["full", "lower"])))]
    o, c = ch([(", dob ", ""), (" born ", " lol"), (" (", ")"), (", birthday ", ""), (" (b. ", ")")])
    pieces += [o, D(bd), c + "\n"]
    pieces += ["GM_Oberon — Today at 9:14 PM\n" + ch(["@", ""]) + handle + " pls don't post that in #general, DM it to ",
               P(make_person(lang).fmt(ch(["given", "full"]))), " instead\n"]
    return pieces, ["NEG_CODE", "NEG_FICTION"]


def t_signal_imessage(lang, region):
    a, b = make_person(lang), make_person(lang)
    ad = address(lang, region)
    app = ch(["Signal", "iMessage"])
    pieces = [app + " backup — conversation with ", P(b.fmt(ch(["full", "given"]))), "\n"]
    pieces += [ch(["Me", "You"]) + ": " + L(lang, en="what's the address for the party saturday?", de="wie ist die Adresse für die Party am Samstag?",
                                                   fr="c'est quoi l'adresse pour la soirée samedi ?", nl="wat is het adres voor het feest zaterdag?",
                                                   es="cuál es la dirección de la fiesta del sábado?", it="qual è l'indirizzo per la festa sabato?",
                                                   pt="qual o endereço da festa de sábado?") + "\n"]
    pieces += [P(b.fmt("given")), ": ", A(ad), "\n", P(b.fmt("given")), ": " +
               L(lang, en="ring the bell marked ", de="bei ", fr="sonne chez ", nl="bel aan bij ", es="toca el timbre de ",
                 it="suona a ", pt="toca o interfone do "), P(a.fmt(ch(["sur", "full"]))), "\n"]
    pieces += ["Me: " + ch(["👍", "ok!", "perfect", "👌 see you"])]
    return pieces, []


def t_zendesk(lang, region):
    a, ag = make_person(lang), make_person(ch(["en", lang]))
    tid = rng.randint(100000, 999999)
    em = email(a)
    ad = address(lang, region)
    body = L(lang, en="Hi, my order never arrived. It should have gone to %s. Thanks, %s",
             de="Hallo, meine Bestellung ist nie angekommen. Lieferadresse war %s. Gruß, %s",
             fr="Bonjour, ma commande n'est jamais arrivée. Adresse : %s. Cordialement, %s",
             nl="Hoi, mijn bestelling is nooit aangekomen. Adres: %s. Groet, %s",
             es="Hola, mi pedido nunca llegó. La dirección era %s. Saludos, %s",
             it="Salve, il mio ordine non è mai arrivato. Indirizzo: %s. Saluti, %s",
             pt="Olá, meu pedido nunca chegou. Endereço: %s. Abraço, %s")
    pre, mid, post = body.split("%s")
    req = a.fmt("full")
    pieces = ['{"ticket": {"id": %d, "subject": "Order #%d not delivered", "status": "open",\n  "requester": {"name": "' % (tid, rng.randint(10000, 99999)),
              P(req), '", "email": "', E(em), '"},\n  "assignee": {"name": "', P(ag.fmt("full")),
              '"},\n  "created_at": "2024-%02d-%02dT%02d:%02d:11Z",\n  "description": "' % (rng.randint(1, 12), rng.randint(1, 28), rng.randint(0, 23), rng.randint(0, 59)),
              pre, A(ad), mid, P(a.fmt("given")), post + '"}}']
    return pieces, ["NEG_CODE", "NEG_DATE"]


def t_intercom(lang, region):
    a = make_person(lang)
    ag = make_person("en")
    pieces = ["Conversation #%d · Intercom\n" % rng.randint(10 ** 9, 10 ** 10 - 1), P(a.fmt(ch(["full", "lower", "given"]))),
              " (" + ch(["Visitor", "User"]) + "): " + ch(["hey", "hi", "hello", "hallo", "hola"]) + " " +
              L(lang, en="i need to change the email on my account to ", de="ich muss die e-mail im konto ändern auf ",
                fr="je dois changer l'e-mail du compte pour ", nl="ik wil mijn e-mail wijzigen naar ",
                es="necesito cambiar el correo de la cuenta a ", it="devo cambiare la mail dell'account in ",
                pt="preciso trocar o e-mail da conta para "), E(email(a)), "\n",
              P(ag.fmt("given")), " (Operator): " + ch(["Sure! Can you confirm your date of birth for verification?",
                                                      "Happy to help. For security, what's the DOB on the account?"]) + "\n",
              P(a.fmt(ch(["given", "full"]))), " (" + ch(["Visitor", "User"]) + "): "]
    bd, _ = birth(lang, region)
    pieces += [D(bd)]
    return pieces, []


def t_stripe(lang, region):
    a = make_person(lang)
    cc = {"UK": "GB"}.get(region, region)
    ad = address(lang, region, multiline=False)
    em = email(a)
    pieces = ['{\n  "id": "cus_%s",\n  "object": "customer",\n  "name": "' % "".join(ch("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz0123456789") for _ in range(14)),
              P(a.fmt(ch(["full", "full", "caps"]))), '",\n  "email": "', E(em),
              '",\n  "description": "' + ch(["Annual plan", "migrated from Chargebee", "Pro seat x3", ""]) +
              '",\n  "address_text": "', A(ad), '",\n  "currency": "%s",\n  "created": %d,\n  "livemode": true\n}' % (
                  ch(["eur", "usd", "gbp", "brl", "chf"]), rng.randint(1600000000, 1720000000))]
    return pieces, ["NEG_CODE"]


def t_shopify(lang, region):
    a, b = make_person(lang), make_person(lang)
    ad = address(lang, region)
    gift = rng.random() < 0.5
    pieces = ["Order #%d — %s\n" % (rng.randint(1001, 9999), other_date(lang, region)), "Customer: ", P(a.fmt(ch(["full", "rev"]))), " <", E(email(a)), ">\n"]
    pieces += ["Shipping address:\n", P((b if gift else a).fmt("full")), "\n", A(address(lang, region, multiline=True)), "\n"]
    if gift:
        pieces += ["Note: " + L(lang, en="Gift for ", de="Geschenk für ", fr="Cadeau pour ", nl="Cadeau voor ", es="Regalo para ",
                                it="Regalo per ", pt="Presente para "), P(b.fmt("given")), " — " +
                   ch(["please no invoice in the box", "happy birthday!", "don't ring the bell"]) + "\n"]
    pieces += ["Items: %d × %s\n" % (rng.randint(1, 3), ch(["Merino Crew Sock", "Oakley Holbrook", "Le Creuset Signature 24cm", "Hario V60"])),
               "Fulfillment: " + ch(["unfulfilled", "partially fulfilled"])]
    return pieces, ["NEG_PRODUCT", "NEG_DATE"]


def t_hubspot(lang, region):
    rows = []
    pieces = ["Record ID,First Name,Last Name,Email,Company,Lifecycle Stage,Create Date\n"]
    for _ in range(rng.randint(2, 5)):
        p = make_person(lang)
        pieces += ["%d," % rng.randint(10 ** 8, 10 ** 9), P(p.given), ",", P(p.surname if "," not in p.surname else p.surname), ",", E(email(p)),
                   ",%s,%s,%s\n" % (ch(["Bosch Rexroth", "Johnson Controls", "Ernst & Young", "Philips", "Dr. Oetker", "Acme Corp"]),
                                    ch(["lead", "customer", "opportunity", "subscriber"]), other_date(lang, region, "iso"))]
    return pieces, ["NEG_ORG", "NEG_DATE"]


def t_eventbrite(lang, region):
    pieces = ["Order #,Order Date,First Name,Last Name,Email,Ticket Type,Date of Birth,Home Address\n"]
    for _ in range(rng.randint(2, 4)):
        p = make_person(lang)
        bd, _ = birth(lang, region, "iso" if rng.random() < 0.5 else None, lo=1950, hi=2006)
        pieces += ["%d,%s," % (rng.randint(10 ** 9, 10 ** 10), other_date(lang, region, "iso")), P(p.given), ",", P(p.surname), ",", E(email(p)),
                   "," + ch(["General Admission", "Early Bird", "VIP", "Student"]) + ",", D(bd), ',"', A(address(lang, region)), '"\n']
    return pieces, ["NEG_DATE"]


def t_mailchimp(lang, region):
    pieces = ["Email Address\tFirst Name\tLast Name\tLANGUAGE\tMEMBER_RATING\tOPTIN_TIME\n"]
    for _ in range(rng.randint(2, 5)):
        p = make_person(lang)
        pieces += [E(email(p)), "\t", P(p.given), "\t", P(p.surname), "\t%s\t%d\t2023-%02d-%02d 0%d:12:40\n" % (lang, rng.randint(1, 5), rng.randint(1, 12), rng.randint(1, 28), rng.randint(1, 9))]
    return pieces, ["NEG_DATE"]


def t_sentry(lang, region):
    p = make_person(lang)
    em = email(p)
    pieces = ["TypeError: Cannot read properties of undefined (reading 'zip')\n  at validateAddress (checkout/form.ts:212:19)\n\n",
              "User\n  ID: %d\n  Email: " % rng.randint(1000, 99999), E(em), "\n  Username: ", P(p.fmt("full")) if rng.random() < 0.5 else fold(p.given) + str(rng.randint(1, 99)),
              "\n  IP Address: 203.0.113.%d\n\nAdditional Data\n  shipping: " % rng.randint(1, 254), A(address(lang, region)),
              "\n  release: web@%d.%d.%d\n  environment: production" % (rng.randint(1, 9), rng.randint(0, 40), rng.randint(0, 9))]
    return pieces, ["NEG_CODE"]


def t_ics(lang, region):
    org = make_person(lang)
    att = [make_person(lang) for _ in range(rng.randint(1, 3))]
    pieces = ["BEGIN:VEVENT\nUID:%x@calendar\nDTSTART:2024%02d%02dT%02d0000Z\nSUMMARY:%s\n" % (
        rng.getrandbits(40), rng.randint(1, 12), rng.randint(1, 28), rng.randint(7, 17),
        ch(["Quarterly review", "Kick-off Projekt Orion", "Réunion parents-profs", "Sprint planning", "Kennismaking"])),
        "ORGANIZER;CN=", P(org.fmt("full")), ":mailto:", E(email(org, "firma.example")), "\n"]
    for a in att:
        cn = a.fmt(ch(["full", "full", "rev"]))
        if "," in cn:
            pieces += ['ATTENDEE;CN="', P(cn), '";ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION:mailto:', E(email(a)), "\n"]
        else:
            pieces += ["ATTENDEE;CN=", P(cn), ";ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:", E(email(a)), "\n"]
    if rng.random() < 0.5:
        ad = address(lang, region)
        pieces += ["LOCATION:", A(ad.replace(",", "\\,")), "\n"]
    pieces += ["END:VEVENT"]
    return pieces, ["NEG_CODE", "NEG_DATE"]


def t_outlook(lang, region):
    org = make_person(lang)
    a, b = make_person(lang), make_person(lang)
    when = other_date(lang, region, "long")
    pieces = [L(lang, en="Meeting invite", de="Besprechungsanfrage", fr="Invitation", nl="Uitnodiging", es="Convocatoria",
                it="Invito", pt="Convite") + ": " + ch(["Budget 2025", "Onboarding", "1:1", "Lessons learned Project Atlas"]) + "\n",
              "From: ", P(org.fmt(ch(["full", "rev"]))), " <", E(email(org)), ">\nRequired: ", P(a.fmt(ch(["full", "rev"]))), "; ",
              P(b.fmt(ch(["full", "rev"]))), "\nWhen: " + when + " 14:00–15:00\nWhere: ",
              A(address(lang, region)), ch([" (2nd floor, room Matterhorn)", " — Teams link below", ""])]
    return pieces, ["NEG_DATE", "NEG_PLACE"]


def t_package_json(lang, region):
    a = make_person(lang)
    cs = [make_person(ch([lang, "en"])) for _ in range(rng.randint(1, 3))]
    pieces = ['{\n  "name": "@%s/%s",\n  "version": "%d.%d.%d",\n  "author": "' % (
        ch(["acme", "tinylabs", "ostrich"]), ch(["date-fns-lite", "react-slider", "csv-sniff", "kafka-mock"]),
        rng.randint(0, 4), rng.randint(0, 30), rng.randint(0, 9)), P(a.fmt("full")), " <", E(email(a)), '>",\n  "contributors": [\n']
    for i, c in enumerate(cs):
        if rng.random() < 0.5:
            pieces += ['    {"name": "', P(c.fmt("full")), '", "email": "', E(email(c)), '"}']
        else:
            pieces += ['    "', P(c.fmt("full")), ' <', E(email(c)), '> (https://github.com/%s)"' % fold(c.given)[:6]]
        pieces += [",\n" if i < len(cs) - 1 else "\n"]
    pieces += ['  ],\n  "license": "MIT",\n  "dependencies": {"lodash": "^4.17.21"}\n}']
    return pieces, ["NEG_CODE", "NEG_PRODUCT"]


def t_pyproject(lang, region):
    a, b = make_person(lang), make_person(lang)
    pieces = ['[project]\nname = "%s"\nversion = "%d.%d"\nauthors = [\n  { name = "' % (ch(["pyfrost", "tabula-lite", "geoparse", "kiln"]), rng.randint(0, 3), rng.randint(0, 20)),
              P(a.fmt("full")), '", email = "', E(email(a)), '" },\n  { name = "', P(b.fmt("full")), '" },\n]\nmaintainers = [{ email = "',
              E(email(b, "users.noreply.github.com")), '" }]\nrequires-python = ">=3.9"\n']
    return pieces, ["NEG_CODE"]


def t_codeowners(lang, region):
    pieces = ["# CODEOWNERS\n# Payments team, escalate to "]
    a = make_person(lang)
    pieces += [P(a.fmt("full")), " (", E(email(a, "company.example")), ")\n"]
    for path in rng.sample(["/src/billing/", "*.tf", "/docs/", "/apps/mobile/", "/infra/k8s/"], 3):
        c = make_person(lang)
        pieces += [path + "    @" + ch(["org/payments", fold(c.given)[:5] + "-dev", "acme/sre"]) + " ", E(email(c, "company.example")), "\n"]
    return pieces, ["NEG_CODE"]


def t_dockerfile(lang, region):
    a = make_person(lang)
    pieces = ["FROM python:3.12-slim\nLABEL maintainer=\"", P(a.fmt("full")), " <", E(email(a)), ">\"\n",
              "LABEL org.opencontainers.image.authors=\"", E(email(make_person(lang), "example.org")), "\"\n",
              "RUN pip install --no-cache-dir gunicorn==22.0.0\nCMD [\"gunicorn\", \"app:app\"]"]
    return pieces, ["NEG_CODE", "NEG_PRODUCT"]


def t_terraform(lang, region):
    a, b = make_person(lang), make_person(lang)
    if rng.random() < 0.5:
        pieces = ['resource "aws_s3_bucket" "reports" {\n  bucket = "acme-reports-%s"\n  tags = {\n    Owner       = "' % ch(["eu", "prod", "dev"]),
                  P(a.fmt("full")), '"\n    OwnerEmail  = "', E(email(a, "acme.example")), '"\n    CostCenter  = "CC-%d"\n    Team        = "Atlas"\n  }\n}' % rng.randint(100, 999)]
    else:
        pieces = ["apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: billing-api\n  annotations:\n    owner: \"", P(a.fmt("full")),
                  "\"\n    contact: ", E(email(a, "acme.example")), "\n    oncall-backup: \"", P(b.fmt(ch(["full", "rev"]))), "\"\nspec:\n  replicas: 3"]
    return pieces, ["NEG_CODE", "NEG_ORG"]


def t_git_blame(lang, region):
    ps = [make_person(lang) for _ in range(3)]
    if rng.random() < 0.5:
        pieces = ["$ git shortlog -sne v2.3.0..HEAD\n"]
        for p in ps:
            pieces += ["  %4d\t" % rng.randint(1, 300), P(p.fmt(ch(["full", "full", "lower"]))), " <", E(email(p)), ">\n"]
    else:
        pieces = []
        for i, p in enumerate(ps):
            pieces += ["%s (" % "".join(ch("0123456789abcdef") for _ in range(8)), P(p.fmt("full")),
                       " %s %02d:%02d:00 +0%d00 %3d) " % (other_date("en", "UK", "iso"), rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 2), 40 + i),
                       ch(["    if not addr:", "    return Version(major, minor)", "        raise ValueError('bad zip')"]) + "\n"]
    return pieces, ["NEG_CODE", "NEG_DATE"]


def t_code_review(lang, region):
    a, b = make_person(lang), make_person(lang)
    ha = fold(a.given)[:4] + fold(a.surname)[:4]
    pieces = ["Review on PR #%d (src/fixtures/users.py)\n" % rng.randint(100, 4000), "@" + ha + " commented:\n> ",
              ch(["please don't commit real customer data, the fixture has ", "this fixture still contains "]),
              P(b.fmt("full")), ", ", A(address(lang, region)), ch([" and a real DOB ", ", born "]), D(birth(lang, region)[0]),
              "\n> please swap in faker output before merging\n\n", P(a.fmt("given")), ch([" — ", ": "]),
              ch(["good catch, fixed in 4f2a9c1", "ugh, copied from the staging dump, sorry"])]
    return pieces, ["NEG_CODE"]


def t_so_post(lang, region):
    p = make_person(lang)
    bd, _ = birth(lang, region, "iso")
    pieces = ["Q: Why does my regex reject valid birth dates?\n\nI have this input (anonymised… mostly):\n\n    name: ", P(p.fmt("full")),
              "\n    dob: ", D(bd), "\n    email: ", E(email(p)), "\n\nand `^\\d{2}/\\d{2}/\\d{4}$` fails. Using Python 3.11, pandas 2.1.\n",
              "— asked by " + ch(["codemonkey42", "user3318", "lisp_enjoyer"]) + "\n\nA: Your date is ISO 8601; use `datetime.date.fromisoformat`. (Edited by ",
              P(make_person("en").fmt("full")), ")"]
    return pieces, ["NEG_CODE", "NEG_PRODUCT"]


def t_plumber(lang, region):
    c, tech = make_person(lang), make_person(lang)
    when = other_date(lang, region)
    title = L(lang, en="JOB TICKET", de="AUFTRAGSZETTEL", fr="BON D'INTERVENTION", nl="WERKBON", es="PARTE DE TRABAJO",
              it="RAPPORTINO INTERVENTO", pt="ORDEM DE SERVIÇO")
    lab = L(lang, en=("Customer", "Site", "Technician", "Date", "Work"), de=("Kunde", "Einsatzort", "Monteur", "Datum", "Arbeiten"),
            fr=("Client", "Adresse", "Technicien", "Date", "Travaux"), nl=("Klant", "Adres", "Monteur", "Datum", "Werkzaamheden"),
            es=("Cliente", "Dirección", "Técnico", "Fecha", "Trabajo"), it=("Cliente", "Indirizzo", "Tecnico", "Data", "Lavori"),
            pt=("Cliente", "Morada" if region == "PT" else "Endereço", "Técnico", "Data", "Serviço"))
    work = L(lang, en="replaced Grundfos pump, bled radiators", de="Therme Vaillant ecoTEC entkalkt, Ventil getauscht",
             fr="remplacement ballon Atlantic 200L", nl="cv-ketel Remeha gereset, lekkage afvoer verholpen",
             es="cambio de grifo Roca, revisión caldera Junkers", it="sostituito scaldabagno Ariston",
             pt="troca de sifão e revisão do esquentador Vulcano")
    pieces = [title + " #%d\n" % rng.randint(1000, 9999), lab[0] + ": ", P(c.fmt(ch(["full", "caps", "rev"]))), "\n", lab[1] + ": ",
              A(address(lang, region)), "\n", lab[2] + ": ", P(tech.fmt(ch(["full", "init", "given"]))), "\n", lab[3] + ": " + when + "\n",
              lab[4] + ": " + work]
    return pieces, ["NEG_DATE", "NEG_PRODUCT"]


def t_moving(lang, region):
    c = make_person(lang)
    a1, a2 = address(lang, region), address(lang, region)
    when = other_date(lang, region, "long")
    pieces = [L(lang, en="Moving quote for ", de="Umzugsangebot für ", fr="Devis déménagement pour ", nl="Verhuisofferte voor ",
                es="Presupuesto de mudanza para ", it="Preventivo trasloco per ", pt="Orçamento de mudança para "), P(c.fmt("full")),
              "\n" + L(lang, en="From: ", de="Von: ", fr="Départ : ", nl="Van: ", es="Origen: ", it="Da: ", pt="De: "), A(a1),
              "\n" + L(lang, en="To: ", de="Nach: ", fr="Arrivée : ", nl="Naar: ", es="Destino: ", it="A: ", pt="Para: "), A(a2),
              "\n" + L(lang, en="Moving day: ", de="Umzugstag: ", fr="Date : ", nl="Verhuisdag: ", es="Día: ", it="Giorno: ", pt="Dia: ") + when,
              "\n%d m³, %s, %d€" % (rng.randint(12, 60), ch(["piano", "3rd floor no lift", "Halteverbot needed", "IKEA PAX x2"]), rng.randint(600, 3500))]
    return pieces, ["NEG_DATE", "NEG_PRODUCT"]


def t_driving(lang, region):
    st, ins = make_person(lang), make_person(lang)
    bd, age = birth(lang, region, lo=1998, hi=2007)
    pieces = [L(lang, en="Driving school — lesson log", de="Fahrschule — Ausbildungsnachweis", fr="Auto-école — fiche de suivi",
                nl="Rijschool — lesoverzicht", es="Autoescuela — ficha del alumno", it="Autoscuola — scheda allievo",
                pt="Autoescola — ficha do aluno") + "\n",
              L(lang, en="Student: ", de="Fahrschüler/in: ", fr="Élève : ", nl="Leerling: ", es="Alumno/a: ", it="Allievo/a: ", pt="Aluno(a): "),
              P(st.fmt(ch(["full", "rev", "caps"]))), " (", D(bd), ", %d)\n" % age,
              L(lang, en="Instructor: ", de="Fahrlehrer: ", fr="Moniteur : ", nl="Instructeur: ", es="Profesor: ", it="Istruttore: ", pt="Instrutor: "),
              P(ins.fmt(ch(["full", "init"]))), "\n"]
    for _ in range(rng.randint(2, 3)):
        pieces += ["- " + other_date(lang, region) + " " + ch(["roundabouts", "Autobahn", "parallel parking", "night drive", "créneau", "rotonde"]) + "\n"]
    return pieces, ["NEG_DATE"]


def t_trainer(lang, region):
    c = make_person(lang)
    bd, age = birth(lang, region, lo=1960, hi=2004)
    pieces = ["PT log — client: ", P(c.fmt(ch(["full", "given", "lower"]))), ch([" | DOB ", " | born ", " | b. "]), D(bd),
              " | goal: " + ch(["half marathon Berlin", "deadlift 120kg", "lose 8kg before Ibiza"]) + "\n",
              other_date(lang, region) + ": squat 5x5 @ 70kg, RPE 8. " + ch(["knee ok", "felt tired, slept 5h", "PB!"]) + "\n",
              other_date(lang, region) + ": Zone 2 run 40', Garmin says VO2max 47\n", "Coach: ", P(make_person(lang).fmt("given"))]
    return pieces, ["NEG_DATE", "NEG_PRODUCT", "NEG_PLACE"]


def t_dental(lang, region):
    p = make_person(lang)
    doc = make_person(lang)
    bd, age = birth(lang, region)
    appt = other_date(lang, region, "long")
    kind = ch(["dental", "optician"])
    title = {"dental": L(lang, en="Appointment reminder", de="Terminerinnerung Zahnarztpraxis", fr="Rappel de rendez-vous dentaire",
                         nl="Herinnering tandarts", es="Recordatorio de cita dental", it="Promemoria appuntamento dentista",
                         pt="Lembrete de consulta dentária"),
             "optician": L(lang, en="Eye test booking", de="Sehtest-Termin", fr="Rendez-vous opticien", nl="Oogmeting afspraak",
                           es="Cita óptica", it="Controllo della vista", pt="Consulta de optometria")}[kind]
    pieces = [title + "\n", L(lang, en="Patient: ", de="Patient/in: ", fr="Patient : ", nl="Patiënt: ", es="Paciente: ", it="Paziente: ", pt="Paciente: "),
              P(p.fmt(ch(["full", "rev", "revcaps"]))), "\n" + ch(BW[lang][:1] + ["DOB"]) + ": ", D(bd), "\n",
              L(lang, en="Appointment: ", de="Termin: ", fr="Rendez-vous : ", nl="Afspraak: ", es="Cita: ", it="Appuntamento: ", pt="Consulta: ") +
              appt + ch([" 09:30", " 16:15", " 11:00"]) + L(lang, en=" with Dr. ", de=" bei Dr. ", fr=" avec le Dr ", nl=" bij dr. ", es=" con la Dra. ",
                                                               it=" con il dott. ", pt=" com o Dr. "), P(doc.fmt(ch(["sur", "full"]))), "\n",
              L(lang, en="Recall due: ", de="Nächste Kontrolle: ", fr="Prochain contrôle : ", nl="Volgende controle: ", es="Próxima revisión: ",
                it="Prossimo controllo: ", pt="Próxima revisão: ") + other_date(lang, region)]
    return pieces, ["NEG_DATE"]


def t_pharmacy(lang, region):
    p = make_person(lang)
    doc = make_person(lang)
    bd, _ = birth(lang, region, lo=1935, hi=1990)
    drug = ch(["Atorvastatin 20mg", "Metformin 500mg", "Ramipril 5mg", "Levothyroxine 50mcg", "Salbutamol inhaler"])
    pieces = ["Rx refill request\nPatient: ", P(p.fmt(ch(["revcaps", "full", "rev"]))), "   " + ch(["DOB", "D.O.B", "Born", BW[lang][0]]) + ": ", D(bd), "\n",
              "Item: " + drug + " x %d\nPrescriber: " % rng.randint(28, 90), P(doc.fmt(ch(["init", "full"]))), "\nDeliver to: ", A(address(lang, region)),
              "\nLast filled: " + other_date(lang, region) + "   Next due: " + other_date(lang, region)]
    return pieces, ["NEG_DATE", "NEG_PRODUCT"]


def t_lab(lang, region):
    p = make_person(lang)
    bd, age = birth(lang, region)
    coll = other_date(lang, region)
    pieces = [L(lang, en="LAB REPORT", de="LABORBEFUND", fr="RÉSULTATS D'ANALYSES", nl="LABUITSLAG", es="INFORME DE LABORATORIO",
                it="REFERTO DI LABORATORIO", pt="RESULTADO DE EXAMES") + "\n", P(p.fmt(ch(["revcaps", "caps", "full"]))),
              "   " + ch(["%s/%d" % (ch("MFW"), age), "%d y" % age, "%d J." % age if lang == "de" else "%d a" % age]) + "   ", D(bd), "\n",
              "Collected: " + coll + "   Reported: " + other_date(lang, region) + "\n",
              "HbA1c  %.1f %%   (4.0-5.6)\nTSH    %.2f mIU/L\nLDL    %.1f mmol/L  H\nValidated by: " % (rng.uniform(4.5, 8), rng.uniform(0.4, 5), rng.uniform(2, 5)),
              P(make_person(lang).fmt(ch(["init", "full"])))]
    return pieces, ["NEG_DATE", "NEG_TERM"]


def t_scout(lang, region):
    title = L(lang, en="Summer camp roster — Troop %d" % rng.randint(1, 400), de="Zeltlager Teilnehmerliste Stamm Falkenstein",
              fr="Camp d'été — liste des jeunes, unité Saint-Exupéry", nl="Zomerkamp deelnemerslijst Scouting Jan van Hoof",
              es="Campamento de verano — grupo scout Aitana", it="Campo estivo reparto Aquile Randagie",
              pt="Acampamento de verão — agrupamento 112")
    pieces = [title + "\n"]
    hdr = L(lang, en="Name | Born | Parent | Allergies", de="Name | Geb. | Erziehungsberechtigte/r | Allergien",
            fr="Nom | Né(e) le | Responsable | Allergies", nl="Naam | Geb. | Ouder | Allergieën", es="Nombre | Nac. | Tutor | Alergias",
            it="Nome | Nato/a | Genitore | Allergie", pt="Nome | Nasc. | Responsável | Alergias")
    pieces += [hdr + "\n"]
    for _ in range(rng.randint(2, 5)):
        k, par = make_person(lang), make_person(lang)
        kid = k.given + " " + par.surname if rng.random() < 0.6 else k.fmt("full")
        bd, _ = birth(lang, region, lo=2009, hi=2017)
        pieces += [P(kid), " | ", D(bd), " | ", P(par.given + " " + par.surname if rng.random() < 0.7 else par.fmt("init")), " | " +
                   ch(["-", "peanuts", "bee stings", "lactose", "none"]) + "\n"]
    return pieces, []


def t_choir(lang, region):
    pieces = [ch(["Choir", "Chorale", "Kammerchor", "Orchestra"]) + " " + ch(["Vox Aurea", "St. Cecilia", "Harmonie Zuid", "Cantamus"]) +
              " — " + L(lang, en="section list for Brahms Requiem", de="Stimmenliste Brahms-Requiem", fr="pupitres pour le Requiem de Fauré",
                        nl="stemmenlijst Matthäus-Passion", es="cuerdas para el Réquiem de Mozart", it="sezioni per il Requiem di Verdi",
                        pt="naipes para o Réquiem de Mozart") + "\n"]
    for sec in rng.sample(["Soprano", "Alto", "Tenor", "Bass", "Violin I", "Cello"], 3):
        ps = [make_person(lang) for _ in range(rng.randint(1, 3))]
        pieces += [sec + ": "]
        for i, p in enumerate(ps):
            pieces += [P(p.fmt(ch(["full", "full", "init", "caps"])))]
            pieces += [", " if i < len(ps) - 1 else "\n"]
    pieces += ["Rehearsal: " + other_date(lang, region) + ", " + ch(["Thursday", "Donnerstag", "jeudi", "donderdag"]) + " 19:30"]
    return pieces, ["NEG_FAMOUS", "NEG_DATE"]


def t_carpool(lang, region):
    ps = [make_person(lang) for _ in range(3)]
    pieces = [L(lang, en="carpool for football this term:\n", de="Fahrgemeinschaft Training dieses Halbjahr:\n",
                fr="covoiturage foot ce trimestre :\n", nl="carpool voetbal dit seizoen:\n", es="turnos de coche para fútbol:\n",
                it="turni macchina per il calcio:\n", pt="carona do futebol neste semestre:\n")]
    days = L(lang, en="Mon Wed Fri", de="Mo Mi Fr", fr="lun mer ven", nl="ma wo vr", es="lun mié vie", it="lun mer ven", pt="seg qua sex").split()
    for d, p in zip(days, ps):
        o, c = ch([(" (pickup at ", ")"), (" from ", ""), (" - ", "")])
        pieces += [d + " - ", P(p.fmt(ch(["given", "full", "lower"]))), o, A(address(lang, region)), c + "\n"]
    pieces += [ch(["kids: ", "kinder: ", "enfants : ", "niños: "]), P(make_person(lang).fmt("given")), ", ", P(make_person(lang).fmt("given")),
               " & ", P(make_person(lang).fmt("given"))]
    return pieces, []


def t_neighbourhood(lang, region):
    p = make_person(lang)
    st = street_place(lang, region)
    pieces = [L(lang, en="Neighbourhood Watch — ", de="Nachbarschaftshilfe — ", fr="Voisins vigilants — ", nl="Buurtpreventie — ",
                es="Vecinos alerta — ", it="Controllo di vicinato — ", pt="Vizinhança atenta — ") + st + "\n",
              L(lang, en="Suspicious van parked outside ", de="Verdächtiger Transporter vor ", fr="Camionnette suspecte devant le ",
                nl="Verdacht busje voor ", es="Furgoneta sospechosa frente a ", it="Furgone sospetto davanti a ", pt="Carrinha suspeita em frente ao "),
              A(address(lang, region)), L(lang, en=" last night. ", de=" gestern Nacht. ", fr=" cette nuit. ", nl=" vannacht. ",
                                         es=" anoche. ", it=" ieri notte. ", pt=" ontem à noite. "),
              L(lang, en="Posted by ", de="Gepostet von ", fr="Publié par ", nl="Geplaatst door ", es="Publicado por ", it="Pubblicato da ",
                pt="Publicado por "), P(p.fmt(ch(["full", "nick", "init"]))), " · " + other_date(lang, region)]
    return pieces, ["NEG_PLACE", "NEG_DATE"]


def t_lost_found(lang, region):
    p = make_person(lang)
    pet = ch(["Biscuit", "Luna", "Mr. Whiskers", "Nala", "Rocky", "Filou", "Bolinha"])
    pieces = [ch(["LOST CAT", "LOST DOG", "FOUND: wallet", "PERDU", "VERMISST", "SE BUSCA"]) + " — " + pet + "\n",
              L(lang, en="Last seen near the Tesco on ", de="Zuletzt gesehen beim Edeka am ", fr="Vu pour la dernière fois près du Carrefour le ",
                nl="Laatst gezien bij de Albert Heijn op ", es="Visto por última vez cerca del Mercadona el ", it="Visto l'ultima volta vicino alla Coop il ",
                pt="Visto pela última vez perto do Pingo Doce em ") + other_date(lang, region) + ". ",
              L(lang, en="Please return to ", de="Bitte melden bei ", fr="Merci de contacter ", nl="Graag terugbrengen naar ", es="Devolver a ",
                it="Riportare a ", pt="Devolver a "), P(p.fmt(ch(["full", "given"]))), ", ", A(address(lang, region)), ch([" 🙏", "", " — reward!"])]
    return pieces, ["NEG_PET", "NEG_ORG", "NEG_DATE"]


def t_adoption(lang, region):
    p = make_person(lang)
    bd, age = birth(lang, region, lo=1950, hi=2002)
    pet = ch(["Pepper", "Ziggy", "Mochi", "Bruno", "Kiki"])
    pieces = [L(lang, en="Adoption application — ", de="Adoptionsantrag — ", fr="Demande d'adoption — ", nl="Adoptieaanvraag — ",
                es="Solicitud de adopción — ", it="Domanda di adozione — ", pt="Pedido de adoção — ") + pet +
              " (" + ch(["Labrador mix", "tabby, 3 yrs", "Beagle", "Maine Coon"]) + ")\n",
              "Applicant: ", P(p.fmt(ch(["full", "caps"]))), "\n" + ch(BW[lang][:1] + ["Date of birth"]) + ": ", D(bd), "\n",
              "Home: ", A(address(lang, region)), "\nEmail: ", E(email(p)), "\nOther pets: " + ch(["none", "one cat (Simba)", "2 guinea pigs"])]
    return pieces, ["NEG_PET"]


def t_funeral(lang, region):
    dec = make_person(lang)
    rel = make_person(lang)
    svc = other_date(lang, region, "long")
    pieces = [L(lang, en="Funeral arrangements for ", de="Trauerfeier für ", fr="Obsèques de ", nl="Uitvaart van ", es="Sepelio de ",
                it="Funerale di ", pt="Funeral de "), P(dec.fmt("full")), "\n",
              L(lang, en="Service: ", de="Trauerfeier: ", fr="Cérémonie : ", nl="Afscheidsdienst: ", es="Misa: ", it="Funzione: ", pt="Missa: ") + svc +
              ", " + ch(["St Mary's Church", "Friedhof Ohlsdorf", "Crematorium Westerveld", "Capela do Senhor dos Passos", "Église Saint-Pierre"]) + "\n",
              L(lang, en="Flowers to the family home: ", de="Blumen bitte an: ", fr="Fleurs à l'adresse de la famille : ", nl="Bloemen naar: ",
                es="Flores a: ", it="Fiori a: ", pt="Flores para: "), A(address(lang, region)), "\n",
              L(lang, en="Contact: ", de="Ansprechpartner: ", fr="Contact : ", nl="Contact: ", es="Contacto: ", it="Contatto: ", pt="Contato: "),
              P(rel.fmt("full")), " (" + L(lang, en="son", de="Sohn", fr="fils", nl="zoon", es="hijo", it="figlio", pt="filho") + ")"]
    return pieces, ["NEG_PLACE", "NEG_DATE"]


def t_dedication(lang, region):
    a, b, c = make_person(lang), make_person(lang), make_person(lang)
    if rng.random() < 0.5:
        pieces = [L(lang, en="For ", de="Für ", fr="Pour ", nl="Voor ", es="Para ", it="A ", pt="Para "), P(a.fmt("given")),
                  L(lang, en=" and ", de=" und ", fr=" et ", nl=" en ", es=" y ", it=" e ", pt=" e "), P(b.fmt("given")),
                  L(lang, en=", who never asked when it would be finished.\nAnd in memory of my grandmother, ",
                    de=", die nie gefragt haben, wann es fertig ist.\nUnd in Erinnerung an meine Großmutter ",
                    fr=", qui n'ont jamais demandé quand ce serait fini.\nEt à la mémoire de ma grand-mère ",
                    nl=", die nooit vroegen wanneer het af zou zijn.\nEn ter nagedachtenis aan mijn oma ",
                    es=", que nunca preguntaron cuándo estaría terminado.\nY en memoria de mi abuela ",
                    it=", che non hanno mai chiesto quando sarebbe finito.\nE in ricordo di mia nonna ",
                    pt=", que nunca perguntaram quando ficaria pronto.\nE em memória da minha avó "), P(c.fmt("full")), "."]
        return pieces, []
    pieces = ["Acknowledgements\n\nI am grateful to my supervisor, Prof. ", P(a.fmt("full")), ", and to ", P(b.fmt(ch(["full", "init"]))),
              " for the many hours spent on the Ising model simulations. Thanks also to the " + ch(["Max Planck Society", "Wellcome Trust", "CNPq"]) +
              " for funding, and to ", P(c.fmt("given")), ", for everything else."]
    return pieces, ["NEG_ORG", "NEG_TERM"]


def t_perf_review(lang, region):
    e, m = make_person(lang), make_person(lang)
    pieces = [L(lang, en="Performance review H1 2024", de="Mitarbeitergespräch 2024", fr="Entretien annuel 2024", nl="Beoordelingsgesprek 2024",
                es="Evaluación de desempeño 2024", it="Valutazione annuale 2024", pt="Avaliação de desempenho 2024") + "\n",
              L(lang, en="Employee: ", de="Mitarbeiter/in: ", fr="Collaborateur : ", nl="Medewerker: ", es="Empleado/a: ", it="Dipendente: ", pt="Colaborador(a): "),
              P(e.fmt(ch(["full", "rev"]))), "\n" + L(lang, en="Manager: ", de="Führungskraft: ", fr="Manager : ", nl="Leidinggevende: ",
                                                    es="Responsable: ", it="Responsabile: ", pt="Gestor(a): "), P(m.fmt("full")), "\n",
              P(e.fmt("given")), L(lang, en=" led the Salesforce migration and mentored two juniors. Rating: exceeds.",
                                   de=" hat die SAP-Migration geleitet. Bewertung: übertrifft Erwartungen.",
                                   fr=" a piloté la migration Salesforce. Note : dépasse les attentes.",
                                   nl=" heeft de Exact-migratie geleid. Oordeel: boven verwachting.",
                                   es=" lideró la migración a Salesforce. Nota: supera expectativas.",
                                   it=" ha guidato la migrazione SAP. Giudizio: oltre le attese.",
                                   pt=" liderou a migração para o Salesforce. Nota: supera.")]
    return pieces, ["NEG_PRODUCT", "NEG_ORG"]


def t_payroll(lang, region):
    e, hr = make_person(lang), make_person(lang)
    pieces = [L(lang, en="Subject: payslip for March is wrong\n\nHi ", de="Betreff: Gehaltsabrechnung März falsch\n\nHallo ",
                fr="Objet : erreur sur la fiche de paie de mars\n\nBonjour ", nl="Onderwerp: loonstrook maart klopt niet\n\nHoi ",
                es="Asunto: nómina de marzo incorrecta\n\nHola ", it="Oggetto: busta paga di marzo errata\n\nCiao ",
                pt="Assunto: holerite de março errado\n\nOlá "), P(hr.fmt("given")), ",\n",
              L(lang, en="the overtime from 12 March is missing and my address is still the old one. New address: ",
                de="die Überstunden vom 12. März fehlen und die Adresse ist noch die alte. Neue Adresse: ",
                fr="les heures sup du 12 mars manquent et l'adresse est l'ancienne. Nouvelle adresse : ",
                nl="de overuren van 12 maart ontbreken en mijn oude adres staat er nog. Nieuw adres: ",
                es="faltan las horas extra del 12 de marzo y la dirección es la antigua. Nueva dirección: ",
                it="mancano gli straordinari del 12 marzo e l'indirizzo è ancora quello vecchio. Nuovo indirizzo: ",
                pt="faltam as horas extras de 12 de março e o endereço ainda é o antigo. Novo endereço: "), A(address(lang, region)),
              "\n" + L(lang, en="Employee no. ", de="Personalnr. ", fr="Matricule ", nl="Personeelsnr. ", es="N.º empleado ", it="Matricola ",
                       pt="Matrícula ") + str(rng.randint(10000, 99999)) + "\n", P(e.fmt(ch(["full", "given"])))]
    return pieces, ["NEG_DATE", "NEG_CODE"]


def t_onboarding(lang, region):
    e, buddy = make_person(lang), make_person(lang)
    bd, _ = birth(lang, region, lo=1970, hi=2003)
    start = other_date(lang, region)
    pieces = ["Onboarding checklist — ", P(e.fmt("full")), " (start " + start + ")\n",
              "[x] contract signed\n[x] personal data: " + ch(BW[lang][:1] + ["DOB"]) + " ", D(bd), ", ", A(address(lang, region)), "\n",
              "[ ] laptop (MacBook Pro 14\") from IT\n[ ] buddy: ", P(buddy.fmt(ch(["full", "given"]))), "\n[ ] Slack + Okta accounts → ",
              E(email(e, "company.example"))]
    return pieces, ["NEG_DATE", "NEG_PRODUCT"]


def t_leave(lang, region):
    e, m = make_person(lang), make_person(lang)
    st = datetime.date(rng.choice([2024, 2025]), rng.randint(1, 12), rng.randint(1, 28))
    en_ = st + datetime.timedelta(days=rng.randint(2, 40))
    sty = ch(["num", "long", "iso"])
    d1 = date_str(lang, region, st.year, st.month, st.day, sty)
    d2 = date_str(lang, region, en_.year, en_.month, en_.day, sty)
    pieces = [L(lang, en="Leave request", de="Urlaubsantrag", fr="Demande de congé", nl="Verlofaanvraag", es="Solicitud de vacaciones",
                it="Richiesta ferie", pt="Pedido de férias") + "\n" + L(lang, en="Name: ", de="Name: ", fr="Nom : ", nl="Naam: ", es="Nombre: ",
                                                                        it="Nome: ", pt="Nome: "),
              P(e.fmt(ch(["full", "rev", "caps"]))), "\n" + L(lang, en="From ", de="Von ", fr="Du ", nl="Van ", es="Del ", it="Dal ", pt="De ") + d1 +
              L(lang, en=" to ", de=" bis ", fr=" au ", nl=" tot ", es=" al ", it=" al ", pt=" a ") + d2 + "\n"]
    if rng.random() < 0.5:
        kid = make_person(lang)
        bd, _ = birth(lang, region, lo=2023, hi=2024)
        pieces += [L(lang, en="Reason: parental leave, daughter ", de="Grund: Elternzeit, Tochter ", fr="Motif : congé parental, fille ",
                     nl="Reden: ouderschapsverlof, dochter ", es="Motivo: permiso parental, hija ", it="Motivo: congedo parentale, figlia ",
                     pt="Motivo: licença parental, filha "), P(kid.given), L(lang, en=" born ", de=" geboren am ", fr=" née le ", nl=" geboren op ",
                                                                            es=" nacida el ", it=" nata il ", pt=" nascida em "), D(bd), "\n"]
    else:
        pieces += [L(lang, en="Reason: " + ch(["annual leave", "wedding", "moving house"]), de="Grund: " + ch(["Erholungsurlaub", "Hochzeit", "Umzug"]),
                     fr="Motif : " + ch(["congés payés", "mariage", "déménagement", "RTT"]), nl="Reden: " + ch(["vakantie", "bruiloft", "verhuizing"]),
                     es="Motivo: " + ch(["vacaciones", "boda", "mudanza", "asuntos propios"]), it="Motivo: " + ch(["ferie", "matrimonio", "trasloco"]),
                     pt="Motivo: " + ch(["férias", "casamento", "mudança"])) + "\n"]
    pieces += [L(lang, en="Approved by: ", de="Genehmigt: ", fr="Validé par : ", nl="Akkoord: ", es="Aprobado por: ", it="Approvato da: ",
                 pt="Aprovado por: "), P(m.fmt(ch(["init", "full"])))]
    return pieces, ["NEG_DATE"]


def t_srt(lang, region):
    a, b = make_person(lang), make_person(lang)
    pieces = []
    t = rng.randint(0, 50)
    lines = [(a, L(lang, en="So you're the one who called about the flat?", de="Sie haben wegen der Wohnung angerufen?",
                   fr="C'est vous qui avez appelé pour l'appartement ?", nl="Bent u degene die belde over het huis?",
                   es="¿Usted llamó por el piso?", it="È lei che ha chiamato per l'appartamento?", pt="Foi você que ligou sobre o apartamento?")),
             (b, L(lang, en="Yes, I was born %s, I'm not a student.", de="Ja, ich bin am %s geboren, keine Studentin.",
                   fr="Oui, je suis née le %s, je ne suis pas étudiante.", nl="Ja, ik ben geboren op %s, geen student.",
                   es="Sí, nací el %s, no soy estudiante.", it="Sì, sono nata il %s, non sono una studentessa.",
                   pt="Sim, nasci em %s, não sou estudante."))]
    bd, _ = birth(lang, region, "long", lo=1980, hi=2000)
    pieces += ["%d\n00:%02d:%02d,120 --> 00:%02d:%02d,800\n" % (1, 1, t, 1, t + 3)]
    pieces += [P(a.fmt("caps")) if rng.random() < 0.5 else P(a.fmt("full")), ": " + lines[0][1] + "\n\n"]
    pre, post = lines[1][1].split("%s")
    pieces += ["2\n00:%02d:%02d,000 --> 00:%02d:%02d,400\n" % (1, t + 4, 1, t + 8), P(b.fmt(ch(["caps", "full", "given"]))), ": " + pre, D(bd), post + "\n"]
    pieces = ["[" + L(lang, en="interview recording, subtitled", de="Interviewmitschnitt, untertitelt", fr="enregistrement d'entretien sous-titré",
                      nl="opname interview, ondertiteld", es="grabación de entrevista subtitulada", it="registrazione intervista sottotitolata",
                      pt="gravação da entrevista legendada") + "]\n"] + pieces
    return pieces, []


def t_mixed(lang, region):
    other = "en" if lang != "en" else ch(["de", "fr", "es", "nl", "it", "pt"])
    p = make_person(lang)
    bd, _ = birth(lang, region)
    ad = address(lang, region)
    ask = ch(["pls translate to English and keep the layout:", "can you fill this into the form in English?",
              "translate this for my landlord pls", "summarise in English, short"]) if lang != "en" else \
        ch(["traduis en français stp :", "bitte auf Deutsch übersetzen:", "traduce al español por favor:", "vertaal naar het Nederlands aub:"])
    body = L(lang, en="I, %s, born on %s, living at %s, confirm that I moved in on %s.",
             de="Ich, %s, geboren am %s, wohnhaft %s, bestätige den Einzug am %s.",
             fr="Je soussigné(e) %s, né(e) le %s, demeurant %s, atteste avoir emménagé le %s.",
             nl="Ik, %s, geboren op %s, wonende te %s, verklaar dat ik op %s ben verhuisd.",
             es="Yo, %s, nacido/a el %s, con domicilio en %s, declaro que me mudé el %s.",
             it="Io sottoscritto/a %s, nato/a il %s, residente in %s, dichiaro di essermi trasferito/a il %s.",
             pt="Eu, %s, nascido(a) em %s, residente em %s, declaro que me mudei em %s.")
    parts = body.split("%s")
    pieces = [ask + "\n\n" + parts[0], P(p.fmt(ch(["full", "caps"]))), parts[1], D(bd), parts[2], A(ad), parts[3] + other_date(lang, region) + parts[4]]
    if rng.random() < 0.5:
        pieces += ["\n\n" + ch(["also add a line that ", "and say that ", "plus mention "]), P(make_person(lang).fmt("full")),
                   ch([" is the guarantor", " signs as witness", " was the previous tenant"])]
    return pieces, ["NEG_DATE"]


def t_screenplay_mixed(lang, region):
    # a real cast list appended to a script excerpt whose characters are not people
    actor, dirp = make_person(lang), make_person(lang)
    ch1 = ch(["GANDALF", "DETECTIVE MARLOWE", "CAPTAIN NEMO", "MRS. DALLOWAY", "HAMLET"])
    pieces = ["INT. KITCHEN - NIGHT\n\n" + ch1 + "\n(whispering)\nThe ring. Where is it?\n\nCUT TO:\n\n",
              "CAST SHEET\n" + ch1.title() + " .......... ", P(actor.fmt(ch(["full", "caps"]))), "\n",
              ch(["Agent: ", "Casting: ", "Director: "]), P(dirp.fmt("full")), " (", E(email(dirp)), ")"]
    return pieces, ["NEG_FICTION", "NEG_FAMOUS"]


def t_age_context(lang, region):
    # births shown only by context: age next to date, column header
    rows = [make_person(lang) for _ in range(rng.randint(2, 4))]
    hdr, sep = ch([(["Name", "DOB", "Club", "Licence"], ";"), (["name", "dob", "team", "shirt"], ","),
                   (["Nome", "Nascita", "Squadra", "Maglia"], "\t"), (["Naam", "Geb.", "Team", "Rugnr"], " | ")])
    pieces = [ch(["youth league registrations", "Jugendturnier Meldeliste", "inscrições torneio sub-15", "liste U13"]) + "\n" + sep.join(hdr) + "\n"]
    for p in rows:
        bd, _ = birth(lang, region, ch(["num", "iso"]), lo=2010, hi=2014)
        nm = p.fmt(ch(["full", "full", "caps"] + (["rev"] if sep != "," else [])))
        pieces += [P(nm), sep, D(bd), sep + ch(["FC Rotweiss", "Ajax O13", "Real Sociedad", "Juventus", "Celtic", "Benfica"]) + sep + str(rng.randint(1, 23)) + "\n"]
    return pieces, ["NEG_ORG"]


# ---------------------------------------------------------------- PII-free look-alike templates
FAMOUS = ["Lionel Messi", "Taylor Swift", "Angela Merkel", "Marie Curie", "Frida Kahlo", "Johann Sebastian Bach",
          "Emmanuel Macron", "Serena Williams", "Leonardo da Vinci", "Fernando Pessoa", "Gabriel García Márquez",
          "Johan Cruijff", "Ada Lovelace", "Nelson Mandela", "Shah Rukh Khan", "Roger Federer", "Giuseppe Verdi"]
FICTION = ["Sherlock Holmes", "Harry Potter", "Hermione Granger", "Don Quijote", "Asterix", "Pippi Langstrumpf",
           "Tintin", "Capitán Alatriste", "Montalbano", "Gandalf", "Walter White", "Jon Snow", "Miss Marple", "Nijntje"]
ORGS = ["Johnson & Johnson", "Ernst & Young", "Procter & Gamble", "Hugo Boss", "Ferrero", "Philips", "Marks & Spencer",
        "Siemens", "Peugeot", "Ben & Jerry's", "Dr. Oetker", "Louis Vuitton", "Dell", "McKinsey & Company", "Fischer Dübel"]
PRODUCTS = ["iPhone 15 Pro", "Galaxy S24", "ThinkPad X1 Carbon", "Kindle Paperwhite", "PlayStation 5", "Thermomix TM6",
            "Dyson V15", "VW Golf GTI", "Fiat Panda", "Nespresso Vertuo", "Microsoft Teams", "Jira Cloud"]
PLACES = ["Santiago de Compostela", "San Francisco", "St. Gallen", "Port Elizabeth", "Victoria Station", "Saint-Denis",
          "Mount Cook", "Kingston upon Thames", "Alexanderplatz", "Praça do Comércio", "Plaza de Mayo", "Piazza Navona"]


def f_chat_match(lang, region):
    day, mon = rng.randint(1, 28), rng.randint(1, 12)
    pieces = ["[%02d/%02d/24, 21:%02d] %s: did you see %s last night?? unreal\n" % (day, mon, rng.randint(10, 29),
                                                                               ch(["Mum", "Papa", "Tío", "Nonna"]), ch(FAMOUS[:6])),
              "[%02d/%02d/24, 21:%02d] %s: %s vs %s on %s, I'm not missing that one\n" % (day, mon, rng.randint(30, 59),
                                                                                       ch(["Flatmates 🏠", "Work Crew", "Team Oranje"]),
                                                                                       ch(["Arsenal", "Bayern München", "PSV", "Boca Juniors"]),
                                                                                       ch(["Real Madrid", "Benfica", "Inter", "Celtic"]), other_date(lang, region))]
    return pieces, ["NEG_FAMOUS", "NEG_ORG", "NEG_DATE"]


def f_release_notes(lang, region):
    v = "%d.%d.%d" % (rng.randint(1, 9), rng.randint(0, 30), rng.randint(0, 9))
    pieces = ["## v%s (%s)\n- Fix: Stripe webhook retries on `invoice.paid`\n- Rename `GraceHopper` scheduler to `Hopper`\n"
              "- Bump Django to 5.0.%d, drop Python 3.8\n- Thanks to everyone who tested the Marie Curie release branch!\n"
              "- Known issue: Safari 17 on macOS Sonoma shows `Mercedes-Benz` font fallback" % (v, other_date("en", region, "iso"), rng.randint(1, 9))]
    return pieces, ["NEG_CODE", "NEG_PRODUCT", "NEG_FAMOUS", "NEG_DATE"]


def f_screenplay(lang, region):
    a, b = ch(FICTION), ch(FICTION)
    pieces = ["EXT. %s - DAY\n\n%s\nWe meet again.\n\n%s\n(beat)\nNot on a %s, we don't.\n\nSMASH CUT TO: %s, the following %s." % (
        ch(PLACES).upper(), a.upper(), b.upper(), ch(["Monday", "Friday", "Sunday"]), ch(PLACES), ch(["April", "December", "Tuesday"]))]
    return pieces, ["NEG_FICTION", "NEG_PLACE"]


def f_srt_movie(lang, region):
    a, b = ch(FICTION), ch(FICTION)
    pieces = ["1\n00:00:41,200 --> 00:00:43,900\n%s: Is this the way to %s?\n\n2\n00:00:44,100 --> 00:00:46,000\n%s: Only on %s, my friend." % (
        a.upper(), ch(PLACES), b.upper(), ch(["Tuesdays", "market day", "St Patrick's Day"]))]
    return pieces, ["NEG_FICTION", "NEG_PLACE"]


def f_sentry_nouser(lang, region):
    pieces = ["ValueError: invalid literal for int() with base 10: 'Victoria'\n  File \"orders/import.py\", line 88, in parse_row\n"
              "Tags: browser=Chrome 124, os=Windows 11, release=shop@%d.%d.0, transaction=/checkout/%s\nFirst seen: %s" % (
                  rng.randint(1, 4), rng.randint(0, 40), ch(["paypal", "klarna", "ideal"]), other_date("en", region, "iso"))]
    return pieces, ["NEG_CODE", "NEG_PRODUCT", "NEG_DATE", "NEG_PLACE"]


def f_pkg_org(lang, region):
    o = ch(ORGS)
    pieces = ['{\n  "name": "%s-ui-kit",\n  "version": "%d.%d.%d",\n  "author": "%s Digital",\n  "description": "Design tokens for the %s app",\n  "license": "UNLICENSED"\n}' % (
        fold(o.split()[0]), rng.randint(0, 9), rng.randint(0, 9), rng.randint(0, 9), o, ch(PRODUCTS))]
    return pieces, ["NEG_ORG", "NEG_PRODUCT", "NEG_CODE"]


def f_ics_room(lang, region):
    pieces = ["BEGIN:VEVENT\nDTSTART:2024%02d%02dT090000\nSUMMARY:%s offsite\nLOCATION:Room Ada Lovelace\\, %s campus\nDESCRIPTION:Agenda: %s roadmap\\, %s retro\nEND:VEVENT" % (
        rng.randint(1, 12), rng.randint(1, 28), ch(ORGS), ch(PLACES), ch(PRODUCTS), ch(["Q3", "Hermes", "Orion"]))]
    return pieces, ["NEG_FAMOUS", "NEG_ORG", "NEG_PLACE", "NEG_PRODUCT", "NEG_DATE"]


def f_lost_pet(lang, region):
    pet = ch(["Oscar", "Bella", "Max", "Lola", "Simba", "Coco"])
    pieces = [L(lang, en="FOUND near %s: a grey cat answering to %s. Collar tag says 'Property of the %s'. Now at the vet on %s, opening hours Monday to Friday.",
                de="GEFUNDEN am %s: graue Katze, hört auf %s. Marke: 'Eigentum vom %s'. Jetzt beim Tierarzt an der %s, Montag bis Freitag.",
                fr="TROUVÉ vers %s : chat gris qui répond à %s. Médaille : 'Propriété du %s'. Chez le véto de %s, lundi au vendredi.",
                nl="GEVONDEN bij %s: grijze kat die luistert naar %s. Penning: 'Eigendom van %s'. Nu bij de dierenarts aan de %s, maandag t/m vrijdag.",
                es="ENCONTRADO cerca de %s: gato gris que responde a %s. Chapa: 'Propiedad del %s'. Está en el veterinario de %s, de lunes a viernes.",
                it="TROVATO vicino a %s: gatto grigio che risponde a %s. Medaglietta: 'Proprietà del %s'. Ora dal veterinario in %s, lunedì-venerdì.",
                pt="ENCONTRADO perto de %s: gato cinzento que atende por %s. Coleira: 'Propriedade do %s'. Está no veterinário da %s, segunda a sexta.") % (
        ch(PLACES), pet, ch(["Hotel Bristol", "Café Einstein", "Bar Picasso", "Rotary Club"]), street_place(lang, region))]
    return pieces, ["NEG_PET", "NEG_PLACE", "NEG_ORG", "NEG_FAMOUS"]


def f_trainer_generic(lang, region):
    pieces = ["Week %d plan (no names pls, it's for the group chat)\nMonday: %s intervals on the Peloton\nWednesday: Murph WOD\n"
              "Friday: long run along %s\nSaturday %s: parkrun, then brunch at Ottolenghi\nGear: %s, %s" % (
                  rng.randint(1, 52), ch(["Tabata", "Norwegian 4x4"]), street_place(lang, region), other_date(lang, region),
                  ch(PRODUCTS), ch(["Nike Pegasus 40", "Hoka Clifton 9", "Asics Gel-Nimbus"]))]
    return pieces, ["NEG_PRODUCT", "NEG_PLACE", "NEG_DATE", "NEG_TERM", "NEG_ORG"]


def f_choir_rep(lang, region):
    pieces = ["Repertoire %s: %s — Ave verum; %s — Cantique de Jean Racine; Arvo Pärt — Magnificat. Concert at %s on %s, "
              "tickets via Eventbrite. Sponsored by %s." % (ch(["spring", "Advent", "Frühjahr", "primavera"]), ch(["W. A. Mozart", "Mozart"]),
                                                          ch(["Gabriel Fauré", "Fauré"]), ch(PLACES), other_date(lang, region, "long"), ch(ORGS))]
    return pieces, ["NEG_FAMOUS", "NEG_PLACE", "NEG_DATE", "NEG_ORG"]


def f_book_topic(lang, region):
    f, g = ch(FAMOUS), ch(FICTION)
    pieces = [ch(["can you", "pls", "help me"]) + " write a 200-word blurb for a biography of %s, compared with %s in the %s series; "
              "publication %s, publisher %s, in %s bookshops" % (f, g, ch(["Penguin Classics", "Folio", "Reclam"]), other_date(lang, region, "long"),
                                                               ch(["Penguin Random House", "Gallimard", "Anagrama", "Feltrinelli", "Companhia das Letras"]),
                                                               ch(["Waterstones", "Thalia", "Fnac", "Bertrand"]))]
    return pieces, ["NEG_FAMOUS", "NEG_FICTION", "NEG_ORG", "NEG_DATE", "NEG_PRODUCT"]


def f_mixed_free(lang, region):
    pieces = [ch(["translate to German pls: ", "en français svp : ", "in het Engels aub: ", "al inglés: ", "em inglês: "]) +
              "\"The %s opening on %s near %s is sponsored by %s; %s will do the ribbon cutting (just kidding, it's a cardboard %s).\"" % (
                  ch(["Ikea", "Decathlon", "Zara", "Lidl"]), ch(["Friday", "Saturday 3 May", "the first Monday of June"]), ch(PLACES),
                  ch(ORGS), ch(FAMOUS), ch(FICTION))]
    return pieces, ["NEG_ORG", "NEG_PLACE", "NEG_FAMOUS", "NEG_FICTION", "NEG_DATE"]


def f_shopify_product(lang, region):
    pieces = ["Order #%d · %s\nItems: %s (Colour: Victoria Blue), %s\nShipping method: %s Express\nTags: wholesale, %s, returns-%s" % (
        rng.randint(1001, 9999), other_date(lang, region), ch(PRODUCTS), ch(["Barbour Beaufort jacket", "Levi's 501", "Birkenstock Arizona"]),
        ch(["DHL", "PostNL", "Correos", "Royal Mail", "Chronopost"]), ch(["Black Friday", "Prime Day", "Boxing Day"]), other_date("en", "UK", "iso"))]
    return pieces, ["NEG_PRODUCT", "NEG_ORG", "NEG_DATE", "NEG_CODE"]


def f_terraform_free(lang, region):
    pieces = ['tags = {\n  Owner      = "team-%s"\n  Project    = "%s"\n  CostCenter = "CC-%d"\n  Expires    = "%s"\n}' % (
        ch(["hopper", "turing", "lovelace", "curie"]), ch(["Hermes", "Gutenberg", "Magellan"]), rng.randint(100, 999), other_date("en", "UK", "iso"))]
    return pieces, ["NEG_CODE", "NEG_FAMOUS", "NEG_DATE"]


def t_salesforce(lang, region):
    pieces = ["Report: Contacts by Account Owner (" + other_date(lang, region) + ")\n",
              "%-22s %-26s %-30s %s\n" % ("Account Owner", "Contact Name", "Email", "Mailing City")]
    owner = make_person(ch(["en", lang]))
    on = owner.fmt(ch(["full", "init"]))
    for _ in range(rng.randint(2, 4)):
        c = make_person(lang)
        cn = c.fmt(ch(["full", "rev", "full"]))
        em = email(c)
        city = ch(CITIES[addr_key(lang, region)])[0]
        pieces += [P(on), " " * max(1, 23 - len(on)), P(cn), " " * max(1, 27 - len(cn)), E(em), " " * max(1, 31 - len(em)), city + "\n"]
    pieces += ["Grand total (%d records)" % rng.randint(2, 400)]
    return pieces, ["NEG_PLACE", "NEG_DATE"]


def t_electrician(lang, region):
    cl, insp = make_person(lang), make_person(lang)
    title = L(lang, en="ELECTRICAL INSTALLATION CONDITION REPORT", de="PRÜFPROTOKOLL ELEKTROINSTALLATION (E-CHECK)",
              fr="ATTESTATION DE CONFORMITÉ ÉLECTRIQUE", nl="KEURINGSRAPPORT ELEKTRISCHE INSTALLATIE (NEN 1010)",
              es="CERTIFICADO DE INSTALACIÓN ELÉCTRICA (BOLETÍN)", it="DICHIARAZIONE DI CONFORMITÀ IMPIANTO ELETTRICO",
              pt="CERTIFICADO DE INSPEÇÃO ELÉTRICA")
    pieces = [title + "\n", L(lang, en="Client", de="Auftraggeber", fr="Client", nl="Opdrachtgever", es="Titular", it="Committente",
                              pt="Cliente") + ": ", P(cl.fmt(ch(["caps", "full", "revcaps"]))), "\n",
              L(lang, en="Installation address", de="Anlagenanschrift", fr="Adresse de l'installation", nl="Adres installatie",
                es="Emplazamiento", it="Ubicazione impianto", pt="Local da instalação") + ":\n", A(address(lang, region, multiline=rng.random() < 0.5)), "\n",
              "RCD 30mA: OK   Zs %.2f Ω   IR >200 MΩ\n" % rng.uniform(0.2, 1.5),
              L(lang, en="Inspector", de="Prüfer", fr="Installateur", nl="Inspecteur", es="Instalador autorizado", it="Installatore",
                pt="Técnico") + ": ", P(insp.fmt(ch(["full", "init"]))), " — " + other_date(lang, region) + "\n",
              L(lang, en="Next inspection", de="Nächste Prüfung", fr="Prochaine vérification", nl="Volgende keuring", es="Próxima inspección",
                it="Prossima verifica", pt="Próxima inspeção") + ": " + other_date(lang, region)]
    return pieces, ["NEG_DATE", "NEG_TERM"]


def t_parq(lang, region):
    p = make_person(lang)
    bd, age = birth(lang, region, lo=1950, hi=2005)
    gp = make_person(lang)
    pieces = ["GYM MEMBERSHIP / PAR-Q\n", "Full name: ", P(p.fmt(ch(["full", "caps", "lower"]))), "\n",
              ch(["Date of birth", "DOB (dd/mm/yyyy)", "Birthday", BW[lang][0]]) + ": ", D(bd), "    Age: %d\n" % age,
              "Home address: ", A(address(lang, region)), "\n", "Email: ", E(email(p)), "\n",
              "1. Has your doctor ever said you have a heart condition? NO\n2. Chest pain in the last month? NO\n",
              "GP / doctor: Dr ", P(gp.fmt(ch(["sur", "full"]))), "\nMembership start: " + other_date(lang, region) + "   Plan: Off-peak 12 months"]
    return pieces, ["NEG_DATE"]


def t_discord_export(lang, region):
    pieces = ['{"guild": "%s", "exported": "%s", "members": [\n' % (ch(["Lofi Study Café", "r/Fietsen NL", "Club Atlético Tigre fans", "Ravenclaw Tower"]),
                                                                    other_date("en", "UK", "iso"))]
    n = rng.randint(2, 4)
    for i in range(n):
        p = make_person(lang)
        h = ch(["shadowfox", "kiwi", "xx_", "el_", "itsme", "noodle"]) + fold(p.given)[:3] + str(rng.randint(1, 9999))
        if rng.random() < 0.6:
            pieces += ['  {"username": "%s", "global_name": "' % h, P(p.fmt(ch(["full", "given", "lower", "nick"]))), '", "roles": ["%s"]}' % ch(["Member", "Mod", "Verified"])]
        else:
            pieces += ['  {"username": "%s", "global_name": "%s", "roles": ["Member"]}' % (h, ch(["🌙", "Captain Crunch", "Dumbledore", "NoScope", "Gollum"]))]
        pieces += [",\n" if i < n - 1 else "\n"]
    pieces += ["]}"]
    return pieces, ["NEG_CODE", "NEG_FICTION", "NEG_DATE"]


def t_whatsapp_group(lang, region):
    a, b, c = make_person(lang), make_person(lang), make_person(lang)
    day, mon = rng.randint(1, 28), rng.randint(1, 12)
    ts = lambda mi: ("%d/%d/24, 7:%02d PM - " % (mon, day, mi)) if region == "US" else "%02d/%02d/2024, 19:%02d - " % (day, mon, mi)
    bd, age = birth(lang, region, lo=1960, hi=2000)
    party = other_date(lang, region, ch(["num", "long"]))
    an = a.fmt(ch(["lower", "given", "full"]))
    bn = b.fmt(ch(["lower", "given", "nick"]))
    l1 = L(lang, en="surprise party for %s is on %s, don't tell her!!", de="überraschungsparty für %s ist am %s, nix verraten!!",
           fr="fête surprise pour %s le %s, chut !!", nl="verrassingsfeest voor %s is op %s, niks zeggen!!",
           es="la fiesta sorpresa de %s es el %s, no le digáis nada!!", it="festa a sorpresa per %s il %s, acqua in bocca!!",
           pt="festa surpresa da %s é dia %s, ninguém conta!!")
    l2 = L(lang, en="wait how old is she turning? isn't her birthday %s", de="moment wie alt wird sie? geburtstag ist doch %s",
           fr="attends elle a quel âge ? elle est née le %s non", nl="wacht hoe oud wordt ze? ze is toch geboren op %s",
           es="espera cuántos cumple? no nació el %s", it="aspetta quanti anni fa? non è nata il %s",
           pt="pera quantos anos ela faz? ela não nasceu em %s")
    p1, p2, p3 = l1.split("%s")
    q1, q2 = l2.split("%s")
    pieces = [ts(rng.randint(0, 20)), P(an), ": " + p1, P(c.fmt(ch(["given", "full"]))), p2 + party + p3 + "\n",
              ts(rng.randint(21, 40)), P(bn), ": " + q1, D(bd), q2 + "\n",
              ts(rng.randint(41, 59)), P(an), ": " + L(lang, en=ch(["yes %d 🎉", "%d!! dont say it out loud lol"]), de=ch(["ja, %d 🎉", "%d!! psst"]),
                                                 fr=ch(["oui, %d ans 🎉", "%d !! chut"]), nl=ch(["ja, %d 🎉", "%d!! sst"]),
                                                 es=ch(["sí, %d 🎉", "%d!! calladitos"]), it=ch(["sì, %d 🎉", "%d!! zitti"]),
                                                 pt=ch(["sim, %d 🎉", "%d!! psiu"])) % age]
    return pieces, ["NEG_DATE"]


def t_codeswitch(lang, region):
    p = make_person(lang)
    rel = L(lang, en="my nan", de="meine Oma", fr="ma grand-mère", nl="mijn oma", es="mi abuela", it="mia nonna", pt="minha avó")
    bd, _ = birth(lang, region, lo=1935, hi=1955)
    if lang == "en":
        opener = ch(["hola! ", "coucou, ", "hallo, ", "ciao, "])
        mid = ch([" — bueno, ", " enfin ", " also ", " insomma "])
    else:
        opener = ch(["hey, ", "hi! ", "ok so "])
        mid = ch([" — anyway ", " so basically ", " like "])
    pieces = [opener + L(lang, en="can you help me fill the pension form for ", de="kannst du mir helfen das Rentenformular auszufüllen für ",
                         fr="tu peux m'aider à remplir le formulaire de retraite pour ", nl="kun je me helpen met het pensioenformulier voor ",
                         es="me ayudas a rellenar el formulario de la pensión de ", it="mi aiuti a compilare il modulo della pensione per ",
                         pt="me ajuda a preencher o formulário da pensão da ") + rel + " ", P(p.fmt(ch(["full", "full", "lower"]))), mid +
              ch(["she was born ", "born ", "DOB is ", "nacida el ", "geboren "]), D(bd), ch([" and lives at ", ", address ", ", she's at "]),
              A(address(lang, region)), ". " + ch(["the deadline is ", "it has to be in by ", "due "]) + other_date(lang, region) + " " +
              ch(["pls answer in English", "réponds en français stp", "antworte bitte auf Deutsch", "en español porfa"])]
    return pieces, ["NEG_DATE"]


def f_bot_blame(lang, region):
    pieces = ["$ git shortlog -sn --since=%s\n   %d\tdependabot[bot]\n   %d\trenovate[bot]\n   %d\tgithub-actions[bot]\n   %d\tWeblate (bot)\n"
              "\nCHANGELOG: merged 'Bump nokogiri from 1.15.%d to 1.16.0' and 'Update Einstein summary model (Salesforce)'" % (
                  other_date("en", "UK", "iso"), rng.randint(50, 300), rng.randint(20, 200), rng.randint(5, 90), rng.randint(1, 40), rng.randint(1, 6))]
    return pieces, ["NEG_CODE", "NEG_PRODUCT", "NEG_FAMOUS", "NEG_ORG", "NEG_DATE"]


def f_chat_system(lang, region):
    pieces = ["%02d/%02d/2024, 08:%02d - Messages and calls are end-to-end encrypted.\n" % (rng.randint(1, 28), rng.randint(1, 12), rng.randint(0, 59)),
              "%s created group \"%s\"\nYou changed the subject to \"%s\"\nYou added %s\n<This message was deleted>\n"
              "Meta AI: Here are 3 facts about %s..." % (ch(["You", "Admin", "Group admin"]),
                                                        ch(["Flatmates 🏠", "Team Oranje", "Los Primos", "Famiglia ❤️"]),
                                                        ch(["Lisbon trip ✈️", "Secret Santa", "Camino de Santiago"]),
                                                        ch(["Victoria Station", "Office", "Mum"]), ch(FAMOUS))]
    return pieces, ["NEG_ORG", "NEG_PLACE", "NEG_FAMOUS", "NEG_PRODUCT"]


PII = [t_whatsapp_group, t_codeswitch, t_salesforce, t_electrician, t_parq, t_discord_export, t_whatsapp, t_telegram, t_discord, t_signal_imessage, t_zendesk, t_intercom, t_stripe, t_shopify, t_hubspot, t_eventbrite,
       t_mailchimp, t_sentry, t_ics, t_outlook, t_package_json, t_pyproject, t_codeowners, t_dockerfile, t_terraform, t_git_blame,
       t_code_review, t_so_post, t_plumber, t_moving, t_driving, t_trainer, t_dental, t_pharmacy, t_lab, t_scout, t_choir,
       t_carpool, t_neighbourhood, t_lost_found, t_adoption, t_funeral, t_dedication, t_perf_review, t_payroll, t_onboarding,
       t_leave, t_srt, t_mixed, t_screenplay_mixed, t_age_context]
FREE = [f_bot_blame, f_chat_system, f_chat_match, f_release_notes, f_screenplay, f_srt_movie, f_sentry_nouser, f_pkg_org, f_ics_room, f_lost_pet,
        f_trainer_generic, f_choir_rep, f_book_topic, f_mixed_free, f_shopify_product, f_terraform_free]


def assemble(pieces):
    text, spans = [], []
    pos = 0
    for pc in pieces:
        if isinstance(pc, tuple):
            typ, v = pc
            spans.append({"entity_type": typ, "entity_value": v, "start_position": pos, "end_position": pos + len(v)})
            text.append(v)
            pos += len(v)
        else:
            text.append(pc)
            pos += len(pc)
    return "".join(text), spans


def check(rec, i):
    t = rec["full_text"]
    last = -1
    for s in sorted(rec["spans"], key=lambda s: s["start_position"]):
        v = s["entity_value"]
        if not v or v != v.strip() or t[s["start_position"]:s["end_position"]] != v:
            sys.exit("record %d: bad span %r" % (i, v))
        if s["start_position"] < last:
            sys.exit("record %d: overlapping span %r" % (i, v))
        last = s["end_position"]
    if rec["metadata"]["pii_free"] != (not rec["spans"]):
        sys.exit("record %d: pii_free flag wrong" % i)


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)), "data", "names_holdout10.json")
    recs = []
    jobs = [(f, False) for f in PII for _ in range(14)] + [(f, True) for f in FREE for _ in range(12)]
    rng.shuffle(jobs)
    for k, (f, free) in enumerate(jobs):
        lang, region = ch(REGIONS)
        CUR["region"] = region
        pieces, kinds = f(lang, region)
        text, spans = assemble(pieces)
        fam = f.__name__[2:]
        rec = {"full_text": text, "spans": spans, "template_id": "h10_%s_%03d" % (fam, k),
               "metadata": {"family": fam, "lang": lang, "region": region, "pii_free": not spans,
                            "lookalike_kinds": sorted(set(kinds))}}
        check(rec, k)
        recs.append(rec)
    with open(out, "w", encoding="utf-8") as fh:
        json.dump(recs, fh, ensure_ascii=False, indent=1)
        fh.write("\n")


if __name__ == "__main__":
    main()
