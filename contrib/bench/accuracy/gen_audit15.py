#!/usr/bin/env python3
"""gen_audit15.py: probes for the rules that drop, veto or skip a finding (stop 37, audit15).

Last stop two such rules let real PII out in shapes no corpus held (`Title: Mrs  Name: Maria
Keller`, `redis 10.0.0.5`). This corpus puts each rule's cue word beside real PII, in the seven
pack languages (en/de/fr/nl/es/it/pt), capitals and lower case, real and invented names:
- form fields on one line and in columns whose keys are the precision filters' cues (`Title:`,
  `Company:`, `Pet:`, `Item:`, `Author:`, `Product:`, `Species:`...) with a person, a date of
  birth, a phone in the next field (PERSON, DATE_OF_BIRTH, PHONE_NUMBER; the work, the firm, the
  pet, the product in the cue's own field are NEG_WORK / NEG_ORG / NEG_PET / NEG_PRODUCT);
- the cue word in a sentence before a real person (`the author Jonas Weber sent ...`);
- e-mail signatures under and over a firm line, the person's surname often the firm's;
- persons whose surname is a trade noun, a species, a month or a famous surname, in forms with
  strong context (a date of birth, a phone), beside the look-alikes (a famous work's author
  NEG_FAMOUS, a bakery NEG_ORG, an animal NEG_ANIMAL);
- ops chat with package and service words before real IPv4 quads (`ping 10.2.3.4 from redis
  host`, `postgres on 172.16.5.4`) beside versions (NEG_VERSION) and documentation-range quads
  (NEG_IP);
- phones after a law citation (NEG_CITATION) on the same line;
- card numbers in lists, arrays and prose with a card word nearby, in every language, beside id
  arrays without a card key (NEG_ID);
- dates of birth on a line that also holds an issue, invoice or founding date (NEG_DATE);
- street addresses named after famous people, months, species and trades, next to product and
  firm fields (STREET_ADDRESS).
Written from the cue list of the task before the detectors' rules were read. A record's metadata
class is `family:cue`.

    python3 gen_audit15.py > data/audit15.json

Deterministic (fixed seed); Python stdlib only.
"""
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gen_common import Doc, write_json, SYL7 as SYL, END7 as END  # noqa: E402
from lexicon_words import lexicon_words  # noqa: E402

rng = random.Random(20261204 + 37)
LEX = set(w.lower() for w in lexicon_words(with_global=True))
LANGS = ["en", "de", "fr", "nl", "es", "it", "pt"]
records = []

GIVEN = {
    "en": ["Maria", "Jonathan", "Rebecca", "Oliver", "Charlotte", "Daniel", "Megan", "Stuart"],
    "de": ["Maria", "Jonas", "Sabine", "Lukas", "Katrin", "Matthias", "Ulrike", "Dirk"],
    "fr": ["Claire", "Julien", "Nathalie", "Olivier", "Margaux", "Sébastien", "Inès", "Yves"],
    "nl": ["Sanne", "Bram", "Femke", "Joost", "Marloes", "Thijs", "Anouk", "Wouter"],
    "es": ["Lucía", "Javier", "Carmen", "Sergio", "Pilar", "Álvaro", "Marta", "Diego"],
    "it": ["Giulia", "Matteo", "Chiara", "Davide", "Elisa", "Lorenzo", "Serena", "Fabio"],
    "pt": ["Inês", "Tiago", "Beatriz", "Rui", "Mariana", "Hugo", "Catarina", "Pedro"],
}
SURNAME = {
    "en": ["Keller", "Whitfield", "Pemberton", "Galloway", "Harrington", "Lockwood", "Rowe"],
    "de": ["Keller", "Hartmann", "Brandt", "Neumann", "Scholz", "Krüger", "Lorenz"],
    "fr": ["Marchand", "Fontaine", "Girard", "Rousseau", "Lefèvre", "Mercier", "Bonnet"],
    "nl": ["Jansen", "de Boer", "Mulder", "van Dijk", "Vermeulen", "Peeters", "Brouwer"],
    "es": ["Navarro", "Romero", "Castillo", "Ortega", "Delgado", "Morales", "Rubio"],
    "it": ["Russo", "Greco", "Marino", "Ricci", "Costa", "Rinaldi", "Caruso"],
    "pt": ["Carvalho", "Almeida", "Teixeira", "Correia", "Martins", "Moreira", "Cardoso"],
}
# Surnames that are also words a precision rule keys on.
TRADE = {
    "en": ["Baker", "Smith", "Taylor", "Cook", "Carpenter", "Fisher", "Mason", "Butcher"],
    "de": ["Becker", "Fischer", "Müller", "Schneider", "Weber", "Bauer", "Koch", "Zimmermann"],
    "fr": ["Boulanger", "Meunier", "Boucher", "Charpentier", "Berger", "Tisserand", "Fournier"],
    "nl": ["Bakker", "Visser", "Smit", "Kok", "Schilder", "Timmerman", "Kuiper"],
    "es": ["Herrero", "Zapatero", "Pastor", "Molinero", "Carpintero", "Barbero", "Panadero"],
    "it": ["Fabbri", "Ferrari", "Sarto", "Pastore", "Barbieri", "Fornaro", "Molinari"],
    "pt": ["Ferreira", "Pastor", "Moleiro", "Carpinteiro", "Ferreiro", "Padeiro", "Sapateiro"],
}
SPECIES = {
    "en": ["Fox", "Wolf", "Crane", "Hawk", "Lamb", "Swan", "Bird"],
    "de": ["Fuchs", "Wolf", "Vogel", "Hahn", "Adler", "Hase", "Fink"],
    "fr": ["Lelièvre", "Loup", "Renard", "Lecoq", "Pinson", "Mouton", "Corbeau"],
    "nl": ["de Vos", "Wolf", "de Haan", "Vink", "Kraai", "de Leeuw", "Haas"],
    "es": ["Lobo", "Cordero", "Gallo", "Conejo", "Palomo", "León", "Zorrilla"],
    "it": ["Lupo", "Leone", "Colombo", "Gallo", "Volpe", "Passera", "Merlo"],
    "pt": ["Lobo", "Coelho", "Carneiro", "Leão", "Pombo", "Raposo", "Galo"],
}
MONTHNAME = {
    "en": ["April", "May", "June", "August"], "de": ["Mai", "August", "März", "Winter"],
    "fr": ["Avril", "Mai", "Janvier", "Février"], "nl": ["Mei", "Maart", "April", "Juni"],
    "es": ["Abril", "Mayo", "Marzo", "Agosto"], "it": ["Aprile", "Maggio", "Marzo", "Agosto"],
    "pt": ["Abril", "Maio", "Março", "Agosto"],
}
FAMOUS_SUR = ["Goethe", "Picasso", "Mozart", "Einstein", "Dickens", "Verdi", "Cervantes",
              "Rembrandt", "Curie", "Beethoven", "Newton", "Chopin", "Dante", "Camões"]
FAMOUS_WORKS = [("Faust", "Johann Wolfgang von Goethe"), ("Guernica", "Pablo Picasso"),
                ("Don Quijote", "Miguel de Cervantes"), ("Great Expectations", "Charles Dickens"),
                ("Der Zauberberg", "Thomas Mann"), ("Os Lusíadas", "Luís de Camões"),
                ("La Traviata", "Giuseppe Verdi"), ("Les Misérables", "Victor Hugo")]


def invent(lg, surname):
    while True:
        w = "".join(rng.choice(SYL[lg]) for _ in range(rng.choice((2, 2, 3))))
        if surname:
            w += rng.choice(END[lg])
        if w not in LEX and len(w) >= 4:
            return w[0].upper() + w[1:]


def person(lg, sur=None):
    if rng.random() < 0.3:
        g = invent(lg, False)
    else:
        g = rng.choice(GIVEN[lg])
    if sur is None:
        sur = invent(lg, True) if rng.random() < 0.35 else rng.choice(SURNAME[lg])
    return g + " " + sur


def luhn(prefix, n):
    d = [int(c) for c in prefix] + [rng.randint(0, 9) for _ in range(n - len(prefix) - 1)]
    s = 0
    for i, x in enumerate(reversed(d)):
        if i % 2 == 0:
            x *= 2
            if x > 9:
                x -= 9
        s += x
    d.append((10 - s % 10) % 10)
    return "".join(map(str, d))


def card(grouped=True):
    p = rng.choice(["4539", "4916", "5425", "5191", "2221", "3782"])
    n = 15 if p.startswith("37") else 16
    c = luhn(p, n)
    if not grouped:
        return c
    if n == 15:
        return c[:4] + " " + c[4:10] + " " + c[10:]
    return " ".join(c[i:i + 4] for i in range(0, 16, 4))


def dob():
    y, m, d = rng.randint(1944, 2004), rng.randint(1, 12), rng.randint(1, 28)
    return "%02d.%02d.%d" % (d, m, y) if rng.random() < 0.6 else "%02d/%02d/%d" % (d, m, y)


def recent():
    return "%02d.%02d.%d" % (rng.randint(1, 28), rng.randint(1, 12), rng.randint(2015, 2026))


def phone(lg):
    r = rng.randint
    return {"en": "+44 20 %d %d" % (r(3000, 8999), r(1000, 9999)),
            "de": "030 %d %d" % (r(200, 899), r(10000, 99999)),
            "fr": "01 %d %d %d %d" % (r(40, 79), r(10, 99), r(10, 99), r(10, 99)),
            "nl": "020 %d %d" % (r(300, 799), r(1000, 9999)),
            "es": "91 %d %d %d" % (r(300, 799), r(10, 99), r(10, 99)),
            "it": "02 %d %d" % (r(3000, 8999), r(1000, 9999)),
            "pt": "21 %d %d" % (r(300, 899), r(1000, 9999))}[lg]


def ip_private():
    r = rng.randint
    return rng.choice(["10.%d.%d.%d" % (r(0, 255), r(0, 255), r(2, 254)),
                       "172.%d.%d.%d" % (r(16, 31), r(0, 255), r(2, 254)),
                       "192.168.%d.%d" % (r(0, 255), r(2, 254))])


def ip_public():
    r = rng.randint
    while True:
        a = r(11, 223)
        if a not in (100, 127, 169, 172, 192, 198, 203):
            return "%d.%d.%d.%d" % (a, r(0, 255), r(0, 255), r(2, 254))


def ip_near_doc():
    r = rng.randint
    return rng.choice(["192.0.%d.%d" % (rng.choice((3, 4, 5)), r(2, 254)),
                       "198.51.%d.%d" % (rng.choice((99, 101, 102)), r(2, 254)),
                       "203.0.%d.%d" % (rng.choice((112, 114, 115)), r(2, 254))])


def ip_doc():
    r = rng.randint
    return rng.choice(["192.0.2.%d" % r(2, 254), "198.51.100.%d" % r(2, 254),
                       "203.0.113.%d" % r(2, 254)])


def cap(s, how):
    return s.upper() if how == "upper" else s.lower() if how == "lower" else s


class D(Doc):
    records = records

    def slot(self, key, kw):
        v = kw.get(key)
        if v is None:
            raise ValueError(key)
        if isinstance(v, tuple):
            self.span(v[0], v[1])
        else:
            self.t(v)


def P(lg, sur=None):
    return ("PERSON", person(lg, sur))


# ---- 1. form fields whose key is a precision filter's cue ---------------------------------------
FORMKEYS = {
    # title, name, company, pet, item, author, product, species, owner, dob, phone
    "en": ("Title", "Name", "Company", "Pet", "Item", "Author", "Product", "Species", "Owner",
           "Date of birth", "Phone", "Mrs", "Mr"),
    "de": ("Anrede", "Name", "Firma", "Haustier", "Artikel", "Autor", "Produkt", "Tierart",
           "Halter", "Geburtsdatum", "Telefon", "Frau", "Herr"),
    "fr": ("Titre", "Nom", "Société", "Animal", "Article", "Auteur", "Produit", "Espèce",
           "Propriétaire", "Date de naissance", "Téléphone", "Mme", "M."),
    "nl": ("Aanhef", "Naam", "Bedrijf", "Huisdier", "Artikel", "Auteur", "Product", "Soort",
           "Eigenaar", "Geboortedatum", "Telefoon", "Mevr.", "Dhr."),
    "es": ("Título", "Nombre", "Empresa", "Mascota", "Artículo", "Autor", "Producto", "Especie",
           "Dueño", "Fecha de nacimiento", "Teléfono", "Sra.", "Sr."),
    "it": ("Titolo", "Nome", "Azienda", "Animale", "Articolo", "Autore", "Prodotto", "Specie",
           "Proprietario", "Data di nascita", "Telefono", "Sig.ra", "Sig."),
    "pt": ("Título", "Nome", "Empresa", "Animal", "Artigo", "Autor", "Produto", "Espécie",
           "Dono", "Data de nascimento", "Telefone", "Sra.", "Sr."),
}
PETS = ["Rocky", "Bella", "Luna", "Max", "Kira", "Fipsi", "Balou", "Nala"]
SPECIES_WORD = {"en": "Dog", "de": "Hund", "fr": "Chien", "nl": "Hond", "es": "Perro",
                "it": "Cane", "pt": "Cão"}
PRODUCTS = ["Aero 3000", "Nordlicht LED", "Vento Pro", "Kestrel X2", "Solara 12"]
LEGAL = {"en": "Ltd", "de": "GmbH", "fr": "SARL", "nl": "B.V.", "es": "S.L.", "it": "S.r.l.",
         "pt": "Lda."}
SEPS = ["  ", "   ", " | ", "; ", "\t"]


def firm(lg, sur=None):
    return (sur or rng.choice(SURNAME[lg])) + " " + LEGAL[lg]


def gen_forms():
    for lg in LANGS:
        (kt, kn, kc, kp, ki, ka, kpr, ks, ko, kd, kph, mrs, mr) = FORMKEYS[lg]
        for how in ("", "", "upper", "lower"):
            def k(s):
                return cap(s, how)
            sep = rng.choice(SEPS)
            # Title then name on one line.
            D(lg, "form:title").t(k(kt) + ": " + rng.choice((mrs, mr)) + sep + k(kn) + ": ").span(
                *P(lg)).t(sep + k(kd) + ": ").span("DATE_OF_BIRTH", dob()).t("\n").done()
            # Title holding the person (a salutation with the name).
            D(lg, "form:titlename").t(k(kt) + ": " + rng.choice((mrs, mr)) + " ").span(
                *P(lg)).t("\n" + k(kph) + ": ").span("PHONE_NUMBER", phone(lg)).t("\n").done()
            # Company then contact.
            sur = rng.choice(SURNAME[lg])
            D(lg, "form:company").t(k(kc) + ": ").span("NEG_ORG", firm(lg)).t(sep + k(kn) + ": ").span(
                *P(lg)).t(sep + k(kph) + ": ").span("PHONE_NUMBER", phone(lg)).t("\n").done()
            # Company whose name is the contact's surname.
            D(lg, "form:companysame").t(k(kn) + ": ").span(*P(lg, sur)).t(
                sep + k(kc) + ": ").span("NEG_ORG", firm(lg, sur)).t("\n").done()
            # Pet, species, owner.
            D(lg, "form:pet").t(k(kp) + ": ").span("NEG_PET", rng.choice(PETS)).t(
                sep + k(ks) + ": " + SPECIES_WORD[lg] + sep + k(ko) + ": ").span(*P(lg)).t(
                "\n").done()
            # Item / product then buyer.
            D(lg, "form:item").t(k(ki) + ": ").span("NEG_PRODUCT", rng.choice(PRODUCTS)).t(
                sep + k(kn) + ": ").span(*P(lg)).t(sep + k(kd) + ": ").span(
                "DATE_OF_BIRTH", dob()).t("\n").done()
            # Author of a document or a ticket (a person, not a work's author).
            D(lg, "form:author").t(k(ka) + ": ").span(*P(lg)).t(
                sep + k(kph) + ": ").span("PHONE_NUMBER", phone(lg)).t("\n").done()
            # Product named after the customer's surname.
            sur = rng.choice(SURNAME[lg])
            D(lg, "form:productsame").t(k(kpr) + ": ").span("NEG_PRODUCT", sur + " Pro").t(
                sep + k(kn) + ": ").span(*P(lg, sur)).t("\n").done()
        # Columns: a header of cue keys and rows under it.
        d = D(lg, "form:columns")
        d.t("%s\t%s\t%s\t%s\n" % (kt, kn, kc, kd))
        for _ in range(3):
            d.t(rng.choice((mrs, mr)) + "\t").span(*P(lg)).t("\t").span(
                "NEG_ORG", firm(lg)).t("\t").span("DATE_OF_BIRTH", dob()).t("\n")
        d.done()
        d = D(lg, "form:columns-pet")
        d.t("%s | %s | %s | %s\n" % (kp, ks, ko, kph))
        for _ in range(3):
            d.span("NEG_PET", rng.choice(PETS)).t(" | " + SPECIES_WORD[lg] + " | ").span(
                *P(lg)).t(" | ").span("PHONE_NUMBER", phone(lg)).t("\n")
        d.done()


# ---- 2. the cue word in a sentence before a real person -----------------------------------------
CUESENT = {
    "en": ["The author {P} asked us to delete her account.",
           "Our company contact {P} called about invoice 2291.",
           "The pet owner {P} will pick up the dog at 5.",
           "Product manager {P} approved the refund.",
           "Title holder {P} signed the lease on Monday.",
           "the author, {P}, wants the draft back by friday."],
    "de": ["Der Autor {P} bittet um Löschung seiner Daten.",
           "Unsere Ansprechpartnerin in der Firma, {P}, ruft morgen an.",
           "Die Tierhalterin {P} holt den Hund um 17 Uhr ab.",
           "Produktmanager {P} hat die Gutschrift freigegeben.",
           "der autor {P} hat den entwurf noch nicht zurückgeschickt."],
    "fr": ["L'auteur {P} demande la suppression de son compte.",
           "Notre contact dans la société, {P}, rappellera demain.",
           "La propriétaire du chien, {P}, passera à 17 h.",
           "Le chef de produit {P} a validé le remboursement."],
    "nl": ["De auteur {P} vraagt om verwijdering van haar gegevens.",
           "Onze contactpersoon bij het bedrijf, {P}, belt morgen terug.",
           "De eigenaar van de hond, {P}, komt om vijf uur.",
           "Productmanager {P} heeft de terugbetaling goedgekeurd."],
    "es": ["El autor {P} pide que borremos su cuenta.",
           "Nuestra contacto en la empresa, {P}, llamará mañana.",
           "La dueña del perro, {P}, pasará a las cinco.",
           "El jefe de producto {P} aprobó el reembolso."],
    "it": ["L'autore {P} chiede la cancellazione dei suoi dati.",
           "Il nostro referente in azienda, {P}, richiamerà domani.",
           "La proprietaria del cane, {P}, passa alle cinque.",
           "Il product manager {P} ha approvato il rimborso."],
    "pt": ["O autor {P} pede a eliminação da conta.",
           "A nossa contacto na empresa, {P}, liga amanhã.",
           "A dona do cão, {P}, vem às cinco.",
           "O gestor de produto {P} aprovou o reembolso."],
}


def gen_cuesent():
    for lg in LANGS:
        for tpl in CUESENT[lg]:
            D(lg, "sent:cue").fill(tpl, P=P(lg)).done()


# ---- 3. signatures under and over a firm line ---------------------------------------------------
REGARDS = {"en": "Best regards,", "de": "Mit freundlichen Grüßen", "fr": "Cordialement,",
           "nl": "Met vriendelijke groet,", "es": "Saludos cordiales,", "it": "Cordiali saluti,",
           "pt": "Com os melhores cumprimentos,"}
TRADEFIRM = {"en": "Bakery", "de": "Bäckerei", "fr": "Boulangerie", "nl": "Bakkerij",
             "es": "Panadería", "it": "Panificio", "pt": "Padaria"}
ROLE = {"en": "Managing Director", "de": "Geschäftsführerin", "fr": "Gérante",
        "nl": "Directeur", "es": "Gerente", "it": "Titolare", "pt": "Gerente"}


def gen_sigs():
    for lg in LANGS:
        for i in range(4):
            sur = rng.choice(SURNAME[lg] + TRADE[lg])
            fl = (TRADEFIRM[lg] + " " + sur) if i % 2 else firm(lg, sur)
            d = D(lg, "sig:firm").t("...\n\n" + REGARDS[lg] + "\n")
            if i < 2:
                d.span(*P(lg, sur)).t("\n" + ROLE[lg] + "\n").span("NEG_ORG", fl)
            else:
                d.span("NEG_ORG", fl).t("\n").span(*P(lg, sur)).t(", " + ROLE[lg])
            d.t("\nTel. ").span("PHONE_NUMBER", phone(lg)).t("\n").done()


# ---- 4. surnames that are trade nouns, species, months, famous surnames --------------------------
def gen_surnames():
    for lg in LANGS:
        (kt, kn, kc, kp, ki, ka, kpr, ks, ko, kd, kph, mrs, mr) = FORMKEYS[lg]
        for kind, pool in (("trade", TRADE[lg]), ("species", SPECIES[lg]),
                           ("month", MONTHNAME[lg]), ("famous", FAMOUS_SUR)):
            for sur in rng.sample(pool, 3):
                p = person(lg, sur)
                shape = rng.randrange(3)
                d = D(lg, "surname:" + kind)
                if shape == 0:
                    d.t(kn + ": ").span("PERSON", p).t("\n" + kd + ": ").span(
                        "DATE_OF_BIRTH", dob()).t("\n")
                elif shape == 1:
                    d.t(rng.choice((mrs, mr)) + " ").span("PERSON", p).t(", " + kph + " ").span(
                        "PHONE_NUMBER", phone(lg))
                else:
                    d.span("PERSON", p).t(" (" + kd + " ").span("DATE_OF_BIRTH", dob()).t(")")
                d.done()
        # The look-alikes those rules exist for.
        w, a = rng.choice(FAMOUS_WORKS)
        D(lg, "surname:neg").t("Reading list: ").span("NEG_WORK", w).t(" – ").span(
            "NEG_AUTHOR", a).t("\n").done()
        D(lg, "surname:neg").span("NEG_ORG", TRADEFIRM[lg] + " " + rng.choice(TRADE[lg])).t(
            ", " + ki + " 4\n").done()


# ---- 5. ops chat: package and service words before real IPv4 quads ------------------------------
OPS = [
    "ping {IP} from redis host",
    "postgres on {IP} is refusing connections",
    "redis {IP}",
    "the postgres {IP} box is out of disk",
    "mysql -h {IP} -u app -p",
    "kafka broker {IP}:9092 not reachable",
    "nginx upstream {IP} returns 502",
    "node {IP} NotReady since 03:12",
    "Redis at {IP} timed out again",
    "elasticsearch {IP} is red",
    "docker host {IP} ran out of inodes",
    "MongoDB {IP} primary stepped down",
    "python worker on {IP} crashed",
    "java {IP} heap dump attached",
    "ssh deploy@{IP} 'systemctl restart redis'",
    "curl -s http://{IP}:8080/health",
    "version check failed on {IP}",
    "release 2.4 deployed to {IP} and {IP2}",
]
OPSNEG = [
    "redis {V} released with the fix",
    "upgraded postgres to {V} last night",
    "pip install requests=={V}",
    "nginx version: nginx/{V}",
    "chrome {V} breaks the upload",
    "version {V} of the agent",
]


def gen_ops():
    for i, tpl in enumerate(OPS):
        for kind in ("private", "public"):
            ipf = ip_private if kind == "private" else ip_public
            D("en", "ops:" + kind).fill(tpl, IP=("IP_ADDRESS", ipf()),
                                         IP2=("IP_ADDRESS", ipf())).done()
    # Hosts listed one per line with the service word first.
    d = D("en", "ops:listing").t("hosts:\n")
    for svc in ("redis", "postgres", "kafka", "nginx"):
        d.t(svc + " ").span("IP_ADDRESS", ip_private()).t("\n")
    d.done()
    d = D("en", "ops:listing").t("# inventory\n")
    for svc in ("redis", "mysql", "node"):
        d.t(svc + " ").span("IP_ADDRESS", ip_public()).t("\n")
    d.done()
    for tpl in OPSNEG:
        v = "%d.%d.%d.%d" % (rng.randint(1, 9), rng.randint(0, 30), rng.randint(0, 40),
                             rng.randint(0, 200))
        D("en", "ops:neg").fill(tpl, V=("NEG_VERSION", v)).done()
    # Documentation ranges beside real quads just outside them.
    for _ in range(6):
        D("en", "ops:docrange").t("example: ").span("NEG_IP", ip_doc()).t(
            "; our gateway: ").span("IP_ADDRESS", ip_near_doc()).t("\n").done()
        D("en", "ops:neardoc").t("blocked ").span("IP_ADDRESS", ip_near_doc()).t(
            " after 30 failed logins\n").done()
    for lg, tpl in (("de", "Server {IP} antwortet nicht, Redis neu gestartet."),
                    ("fr", "le serveur postgres {IP} ne répond plus"),
                    ("nl", "redis op {IP} ligt eruit"),
                    ("es", "el nodo {IP} de kafka no arranca"),
                    ("it", "il server mysql {IP} è giù"),
                    ("pt", "o servidor redis {IP} caiu")):
        D(lg, "ops:lang").fill(tpl, IP=("IP_ADDRESS", ip_private())).done()


# ---- 6. phones after a law citation -------------------------------------------------------------
CITE = {
    "en": ["[2017] UKSC 45", "42 U.S.C. § 1983", "(2019) 123 ALR 456", "s. 47 Data Protection Act"],
    "de": ["§ 823 Abs. 1 BGB", "BGH NJW 2019, 1234", "Art. 6 Abs. 1 lit. f DSGVO"],
    "fr": ["art. 1240 du Code civil", "Cass. civ. 1re, 12 mai 2021, n° 19-21.034"],
    "nl": ["art. 6:162 BW", "HR 12 maart 2021, ECLI:NL:HR:2021:386"],
    "es": ["art. 1902 CC", "STS 1234/2019"],
    "it": ["art. 2043 c.c.", "Cass. n. 12345/2020"],
    "pt": ["art. 483.º do Código Civil", "Ac. STJ de 12.03.2019, proc. 1234/17"],
}
CALL = {"en": "; questions: call {P} on {PH}", "de": "; Rückfragen bei {P} unter {PH}",
        "fr": " ; contact : {P}, tél. {PH}", "nl": "; vragen: {P}, tel. {PH}",
        "es": "; dudas: {P}, tel. {PH}", "it": "; info: {P}, tel. {PH}",
        "pt": "; dúvidas: {P}, tel. {PH}"}


def gen_cites():
    for lg in LANGS:
        for c in CITE[lg]:
            D(lg, "cite:phone").span("NEG_CITATION", c).fill(
                CALL[lg], P=P(lg), PH=("PHONE_NUMBER", phone(lg))).t("\n").done()
            D(lg, "cite:phone2").t("Ref. ").span("NEG_CITATION", c).t(" – ").span(
                "PHONE_NUMBER", phone(lg)).t("\n").done()


# ---- 7. card numbers in lists and arrays --------------------------------------------------------
CARDWORD = {"en": ("card", "cards"), "de": ("Karte", "Kreditkarten"), "fr": ("carte", "cartes"),
            "nl": ("kaart", "creditcards"), "es": ("tarjeta", "tarjetas"),
            "it": ("carta", "carte"), "pt": ("cartão", "cartões")}
CARDKEY = {"en": "cards", "de": "karten", "fr": "cartes", "nl": "kaarten", "es": "tarjetas",
           "it": "carte", "pt": "cartoes"}


def gen_cards():
    for lg in LANGS:
        one, many = CARDWORD[lg]
        d = D(lg, "card:list").t(many.capitalize() + ":\n")
        for _ in range(3):
            d.t("- ").span("CREDIT_CARD", card()).t("\n")
        d.done()
        d = D(lg, "card:prose").t(many.capitalize() + ": ").span("CREDIT_CARD", card()).t(
            ", ").span("CREDIT_CARD", card()).t("\n").done()
        d = D(lg, "card:jsonarray").t('{"%s": ["' % CARDKEY[lg]).span(
            "CREDIT_CARD", card(False)).t('", "').span("CREDIT_CARD", card(False)).t('"]}').done()
        d = D(lg, "card:jsonarray-num").t('{"%s": [' % CARDKEY[lg]).span(
            "CREDIT_CARD", card(False)).t(", ").span("CREDIT_CARD", card(False)).t("]}").done()
        d = D(lg, "card:numbered").t("%s:\n1. " % many).span("CREDIT_CARD", card()).t(
            "\n2. ").span("CREDIT_CARD", card()).t("\n").done()
        D(lg, "card:inline").t(one + " ").span("CREDIT_CARD", card(False)).t(" / ").span(
            *P(lg)).t("\n").done()
    for key in ("pan", "cc", "cc_numbers", "payment_cards", "creditCards"):
        D("en", "card:key").t('{"%s": ["' % key).span("CREDIT_CARD", card(False)).t(
            '", "').span("CREDIT_CARD", card(False)).t('"]}').done()
    for key in ("ids", "order_ids", "tracking"):
        D("en", "card:neg").t('{"%s": [' % key).span("NEG_ID", card(False)).t(", ").span(
            "NEG_ID", card(False)).t("]}").done()


# ---- 8. dates of birth beside other dates on one line -------------------------------------------
DATEKEYS = {
    "en": ("Date of birth", ["Issue date", "Invoice date", "Founded", "Expiry date"]),
    "de": ("Geburtsdatum", ["Ausstellungsdatum", "Rechnungsdatum", "Gründung", "Gültig bis"]),
    "fr": ("Date de naissance", ["Date de délivrance", "Date de facture", "Fondée le",
                                 "Date d'expiration"]),
    "nl": ("Geboortedatum", ["Afgiftedatum", "Factuurdatum", "Opgericht", "Geldig tot"]),
    "es": ("Fecha de nacimiento", ["Fecha de expedición", "Fecha de factura", "Fundada",
                                   "Válido hasta"]),
    "it": ("Data di nascita", ["Data di rilascio", "Data fattura", "Fondata", "Scadenza"]),
    "pt": ("Data de nascimento", ["Data de emissão", "Data da fatura", "Fundada",
                                  "Válido até"]),
}


def gen_dates():
    for lg in LANGS:
        kb, others = DATEKEYS[lg]
        kn = FORMKEYS[lg][1]
        for ko in others:
            sep = rng.choice(SEPS)
            if rng.random() < 0.5:
                D(lg, "date:negfirst").t(kn + ": ").span(*P(lg)).t(sep + ko + ": ").span(
                    "NEG_DATE", recent()).t(sep + kb + ": ").span("DATE_OF_BIRTH", dob()).t(
                    "\n").done()
            else:
                D(lg, "date:doblast").t(kn + ": ").span(*P(lg)).t(sep + kb + ": ").span(
                    "DATE_OF_BIRTH", dob()).t(sep + ko + ": ").span("NEG_DATE", recent()).t(
                    "\n").done()
        D(lg, "date:slash").t("%s / %s: " % (kb, others[0])).span("DATE_OF_BIRTH", dob()).t(
            " / ").span("NEG_DATE", recent()).t("\n").done()


# ---- 9. streets named after famous people, months, species, trades ------------------------------
STREETS = {
    "en": ["14 Baker Street", "3 Fox Lane", "27 Newton Road", "9 Dickens Avenue"],
    "de": ["Goethestraße 12", "Mozartstraße 3", "Fuchsweg 4", "Bäckerstraße 8",
           "Albert-Einstein-Straße 5"],
    "fr": ["14 rue Victor Hugo", "3 rue du 11 Novembre", "8 avenue Pasteur", "5 rue du Renard"],
    "nl": ["Rembrandtlaan 17", "Vondelstraat 21", "Bakkerstraat 3", "Vosselaan 9"],
    "es": ["Calle Miguel de Cervantes 3", "Calle 12 de Octubre 5", "Avenida del Lobo 7",
           "Calle Zapateros 4"],
    "it": ["Via Giuseppe Verdi 8", "Via XX Settembre 14", "Via dei Fabbri 6", "Via Dante 22"],
    "pt": ["Rua Luís de Camões 45", "Rua 25 de Abril 10", "Rua dos Sapateiros 12",
           "Avenida da Liberdade 110"],
}
TOWN = {"en": ["London NW1 6XE", "Leeds LS1 4DY"], "de": ["10115 Berlin", "80331 München"],
        "fr": ["75011 Paris", "69002 Lyon"], "nl": ["1071 AB Amsterdam", "3511 LK Utrecht"],
        "es": ["28013 Madrid", "41004 Sevilla"], "it": ["20121 Milano", "00184 Roma"],
        "pt": ["1100-148 Lisboa", "4000-322 Porto"]}
SHIPTO = {"en": "Ship to", "de": "Lieferadresse", "fr": "Adresse de livraison",
          "nl": "Afleveradres", "es": "Dirección de envío", "it": "Indirizzo di consegna",
          "pt": "Morada de entrega"}


def gen_streets():
    for lg in LANGS:
        (kt, kn, kc, kp, ki, ka, kpr, ks, ko, kd, kph, mrs, mr) = FORMKEYS[lg]
        for st in STREETS[lg]:
            addr = st + ", " + rng.choice(TOWN[lg])
            shape = rng.randrange(3)
            d = D(lg, "street:named")
            if shape == 0:
                d.t(ki + ": ").span("NEG_PRODUCT", rng.choice(PRODUCTS)).t(
                    rng.choice(SEPS) + SHIPTO[lg] + ": ").span("STREET_ADDRESS", addr)
            elif shape == 1:
                d.t(kc + ": ").span("NEG_ORG", firm(lg)).t("\n").span("STREET_ADDRESS", addr)
            else:
                d.span(*P(lg)).t("\n").span("STREET_ADDRESS", addr)
            d.t("\n").done()


gen_forms()
gen_cuesent()
gen_sigs()
gen_surnames()
gen_ops()
gen_cites()
gen_cards()
gen_dates()
gen_streets()
write_json(records)
