#!/usr/bin/env python3
"""gen_forms5.py: a TUNE corpus for the NAMES pack (issue 15), data/forms5.json.

Written from a brief (branch `forms5`: names in business and case documents), before reading the
recognisers and without opening the held-out files: invoice and purchase-order contact blocks
(Bill to, Ship to, Attn:, c/o, Rechnungsempfänger, z. Hd., à l'attention de, t.a.v., Att.:),
pharmacy labels (patient, prescriber, directions, pharmacist), veterinary records (the owner is a
person, the animal is not), lab reports (patient, ordering physician, collected by, verified by),
insurance claims and adjuster notes, police and incident reports (complainant, suspect, victim,
witness, officer with a badge number), tenancy agreements (between X (the Landlord) and Y),
HR incident reports and reviews, dating and community profiles, property listings, in
en/de/fr/nl/es/it/pt.

Names are written the ways such documents write them: Given Surname, SURNAME, Given, Given
SURNAME, an initial and a surname, a title and a surname (the title outside the span), and
whole records in capitals (labels are often printed so). Half of the names are real (typed by
the author by language), half invented from syllables and kept only when hush's lexicon has no
such word.

Look-alikes in the same slots, labelled NEG_*: companies, practices and agencies (NEG_ORG), drugs,
vehicles and products (NEG_PRODUCT), pets (NEG_PET), places and streets without a number
(NEG_PLACE), breeds, tests, roles and legal terms (NEG_TERM), invoice, visit and pet birth dates
(NEG_DATE), order and case numbers (NEG_CODE).

Deterministic (fixed seed), no input: python3 gen_forms5.py > data/forms5.json
"""
import random

from gen_common import MONTHS, write_json
from lexicon_words import lexicon_words

R = random.Random(51505)
LEX = {w.lower() for w in lexicon_words(with_global=True)}
LANGS = ["en", "de", "fr", "nl", "es", "it", "pt"]

REAL = {
    "en": ("Olivia James Priya Declan Hannah Marcus Siobhan Tom Grace Callum Nadia Owen Ruth "
           "Ifeoma Gareth",
           "Whitfield Okafor Brennan Hughes Patel Thornbury McAllister Greaves Lowther Ashdown "
           "Pennington Kaur Doyle Rowntree Ellison"),
    "de": ("Jens Heike Torsten Anke Lukas Sabine Mehmet Ute Dirk Franziska Jörg Birgit Malte "
           "Svenja Kai",
           "Brinkmann Kowalczyk Haferkamp Lüdtke Wendler Öztürk Scholz Rademacher Kessler Vogt "
           "Pfeiffer Hinrichs Wolters Mertens Böhme"),
    "fr": ("Camille Thibault Élodie Mathieu Sandrine Yannick Aurélie Karim Margaux Benoît Solène "
           "Gaëtan Inès Loïc Nathalie",
           "Lefèvre Marchand Guérin Benali Roussel Chevalier Fontaine Perrin Morel Lacroix "
           "Gauthier Barbier Mercier Renaud Dufour"),
    "nl": ("Sanne Bram Femke Joost Lieke Thijs Marieke Sven Anouk Ruud Ilse Daan Wouter Noor "
           "Gerrit",
           "de_Vries van_Dijk Bakker Jansen Visser Smits Meijer de_Boer Mulder van_der_Linden "
           "Hendriks Dekker Brouwer van_Leeuwen Kuipers"),
    "es": ("Lucía Javier Marta Sergio Nuria Álvaro Carmen Iker Rocío Andrés Pilar Raúl Ainhoa "
           "Gonzalo Elena",
           "García_Ortega Martínez Rodríguez_Peña Navarro Jiménez Iglesias Castro Romero_Vidal "
           "Sanz Moreno Ferrer Gil Herrera Domínguez Lozano"),
    "it": ("Giulia Matteo Chiara Lorenzo Francesca Davide Elisa Stefano Federica Alessandro "
           "Silvia Paolo Martina Riccardo Valentina",
           "Bianchi Ferraro Esposito Colombo Ricci Marino Greco Bruno Gallo Conti De_Luca Mancini "
           "Costa Giordano Lombardi"),
    "pt": ("João Inês Tiago Beatriz Rui Mariana Nuno Catarina Pedro Sofia Diogo Ana_Rita Hugo "
           "Marta Filipe",
           "Carvalho Ferreira Pereira_da_Silva Sousa Gonçalves Rodrigues Almeida Lopes Marques "
           "Pinto Ribeiro Martins Teixeira Moreira Fonseca"),
}
REAL = {k: ([x.replace("_", " ") for x in g.split()], [x.replace("_", " ") for x in s.split()])
        for k, (g, s) in REAL.items()}

SYL = {
    "en": ("bel dar wyn ock ham tre vel mor lin gast ril sen thwa cud", "ford by ton well er ley"),
    "de": ("hal brek ul wen gra tis rem kol bau fen dro mak", "mann er ke berg hoff sch"),
    "fr": ("ba lor vi ren ché mau dou gé sel tan fro quel", "ard eau ier in et ot"),
    "nl": ("hoe ver ken bro lie sti wam daa gel rui tje", "ink man ema stra ert ing"),
    "es": ("al ma ren qui to lu cor bea ne zu vel tri", "ez ado ero ana illa"),
    "it": ("ca ros bel tri lu ve mon dar si pe gna", "etti ucci ini one ari elli"),
    "pt": ("ca rei lu mo vas ti go ra fe que nha", "eira ão ado inho es ela"),
}


def invented(lg, surname):
    syl, end = SYL[lg][0].split(), SYL[lg][1].split()
    for _ in range(100):
        w = "".join(R.choice(syl) for _ in range(R.choice((2, 2, 3))))
        if surname:
            w += R.choice(end)
        w = w[0].upper() + w[1:]
        if w.lower() not in LEX and 4 <= len(w) <= 13:
            return w
    raise RuntimeError("no invented name")


def person(lg):
    """(given, surname), real or invented (half each)."""
    if R.random() < 0.5:
        return R.choice(REAL[lg][0]), R.choice(REAL[lg][1])
    return invented(lg, False), invented(lg, True)


def style_name(g, s, style):
    if style == "full":
        return g + " " + s
    if style == "inv":
        return s.upper() + ", " + g
    if style == "invmix":
        return s + ", " + g
    if style == "gSUR":
        return g + " " + s.upper()
    if style == "init":
        return g[0] + ". " + s
    if style == "caps":
        return (g + " " + s).upper()
    raise ValueError(style)


def any_style():
    return R.choice(["full", "full", "full", "inv", "invmix", "gSUR", "init", "caps"])


TITLES = {
    "en": ["Mr", "Mrs", "Ms", "Dr", "Mr.", "Ms."],
    "de": ["Herr", "Frau", "Dr.", "Herrn"],
    "fr": ["M.", "Mme", "Dr", "Madame", "Monsieur"],
    "nl": ["dhr.", "mevr.", "Dhr.", "Mevr.", "dr."],
    "es": ["Sr.", "Sra.", "D.", "Dña.", "Dr."],
    "it": ["Sig.", "Sig.ra", "Dott.", "Dott.ssa"],
    "pt": ["Sr.", "Sra.", "Dr.", "Dra."],
}
DR = {"en": "Dr", "de": "Dr. med.", "fr": "Dr", "nl": "dr.", "es": "Dr.", "it": "Dott.",
      "pt": "Dr."}


class Doc:
    """Pieces of text and labelled values; done() renders them (in capitals for an upper record)
    and appends the record. Capitals are applied per piece so the offsets stay right even where
    upper() lengthens a word (ß)."""
    records = []

    def __init__(self, lg, cls):
        self.lg, self.cls, self.parts = lg, cls, []

    def t(self, s):
        self.parts.append(s)
        return self

    def span(self, label, v):
        self.parts.append((label, v))
        return self

    def name(self, style=None, title=False):
        """A person's name in the given style (random when None); with title=True a courtesy
        title before it, outside the span."""
        g, s = person(self.lg)
        st = style or any_style()
        if title:
            self.t(R.choice(TITLES[self.lg]) + " ")
            v = s if R.random() < 0.5 else g + " " + s
        else:
            v = style_name(g, s, st)
        return self.span("PERSON", v)

    def dr(self):
        g, s = person(self.lg)
        self.t(DR[self.lg] + " ")
        return self.span("PERSON", R.choice([g + " " + s, s, g[0] + ". " + s, s.upper()]))

    def neg(self, label, pool):
        return self.span(label, R.choice(pool))

    def done(self, upper=False):
        text, spans = "", []
        for p in self.parts:
            if isinstance(p, tuple):
                v = p[1].upper() if upper else p[1]
                spans.append({"entity_type": p[0], "entity_value": v,
                              "start_position": len(text), "end_position": len(text) + len(v)})
                text += v
            else:
                text += p.upper() if upper else p
        for s in spans:
            assert text[s["start_position"]:s["end_position"]] == s["entity_value"]
        Doc.records.append({"full_text": text, "spans": spans,
                            "template_id": len(Doc.records) % 100,
                            "metadata": {"locale": self.lg, "class": self.cls,
                                         "corpus": "forms5",
                                         "case": "upper" if upper else "as_written"}})


# ---- look-alike pools -----------------------------------------------------------------------------
ORGS = {
    "en": ["Brightwell Logistics Ltd", "Harrow & Finch Supplies", "Kestrel Print Co.",
           "Northgate Facilities plc", "Morgan Lane Partners", "Ashby Timber Ltd"],
    "de": ["Hansen & Söhne GmbH", "Brückner Haustechnik KG", "Nordlicht Logistik GmbH",
           "Elbtal Druck GmbH", "Weber Bürobedarf e.K."],
    "fr": ["Dumas Frères SARL", "Atelier Lumière SAS", "Transports Girard", "Boulangerie Moulin",
           "Cabinet Vauban Conseil"],
    "nl": ["Van der Berg Installatietechniek B.V.", "Kroon Logistiek", "De Molen Drukkerij",
           "Smit & Zonen B.V.", "Groenveld Hoveniers"],
    "es": ["Suministros Levante S.L.", "Hermanos Ortiz S.A.", "Gráficas del Sur",
           "Talleres Montero S.L.", "Distribuciones Galicia"],
    "it": ["Ferramenta Rossi S.r.l.", "Tipografia Moderna", "Fratelli Conti S.p.A.",
           "Logistica Adriatica S.r.l.", "Studio Martelli"],
    "pt": ["Transportes Silva, Lda.", "Gráfica Atlântico", "Irmãos Costa, S.A.",
           "Papelaria Central", "Construções Mota, Lda."],
}
PRODUCTS = ["Kyocera TK-5240 toner", "HP LaserJet M404dn", "Dell Latitude 5440",
            "Bosch GSR 18V-55", "Logitech MX Keys", "Samsung Galaxy Tab A9", "Brother TZe-231",
            "Lenovo ThinkPad T14", "Fellowes Powershred 79Ci"]
DRUGS = ["Amoxicillin 500 mg", "Ibuprofen 400 mg", "Metformin 850 mg", "Atorvastatin 20 mg",
         "Omeprazole 20 mg", "Sertraline 50 mg", "Ramipril 5 mg", "Doliprane 1000 mg",
         "Enantyum 25 mg", "Tachipirina 500 mg", "Ben-u-ron 1 g", "Pantoprazol 40 mg",
         "Levothyroxine 75 mcg", "Salbutamol 100 mcg"]
VET_DRUGS = ["Metacam 1.5 mg/ml", "Apoquel 16 mg", "Bravecto 500 mg", "Rimadyl 50 mg",
             "Synulox 250 mg", "Vetmedin 5 mg", "Credelio 225 mg", "Cerenia 16 mg"]
PETS = ["Biscuit", "Luna", "Max", "Pepper", "Bella", "Mochi", "Fritz", "Filou", "Toby", "Nala",
        "Simba", "Rocky", "Kiki", "Pixel", "Waffles", "Bruno", "Lola", "Oscar", "Minou", "Pip",
        "Moppie", "Balou", "Chispa", "Trufa", "Briciola", "Pantufa", "Tigrou", "Snuffles",
        "Duke", "Coco", "Teddy", "Frieda"]
SPECIES = {
    "en": [("Canine", "Labrador Retriever"), ("Feline", "Domestic Shorthair"),
           ("Canine", "Border Collie"), ("Feline", "Maine Coon"), ("Rabbit", "Netherland Dwarf"),
           ("Canine", "Cocker Spaniel")],
    "de": [("Hund", "Deutscher Schäferhund"), ("Katze", "Europäisch Kurzhaar"),
           ("Hund", "Dackel"), ("Kaninchen", "Zwergwidder"), ("Hund", "Berner Sennenhund")],
    "fr": [("Chien", "Berger australien"), ("Chat", "Européen"), ("Chien", "Bouledogue français"),
           ("Chat", "Sacré de Birmanie")],
    "nl": [("Hond", "Labradoodle"), ("Kat", "Europese Korthaar"), ("Hond", "Kooikerhondje"),
           ("Konijn", "Hollander")],
    "es": [("Perro", "Pastor Alemán"), ("Gato", "Común Europeo"), ("Perro", "Podenco"),
           ("Perro", "Galgo Español")],
    "it": [("Cane", "Lagotto Romagnolo"), ("Gatto", "Europeo"), ("Cane", "Pastore Maremmano"),
           ("Cane", "Bracco Italiano")],
    "pt": [("Cão", "Podengo Português"), ("Gato", "Europeu Comum"), ("Cão", "Cão da Serra da Estrela"),
           ("Cão", "Rafeiro do Alentejo")],
}
PRACTICES = {
    "en": ["Meadowbank Veterinary Clinic", "Riverside Vets", "Oakfield Animal Hospital",
           "Hartley & Cole Veterinary Surgeons"],
    "de": ["Tierarztpraxis am Stadtpark", "Kleintierklinik Rosental", "Tierärztliche Praxis Nordheide"],
    "fr": ["Clinique Vétérinaire des Tilleuls", "Cabinet Vétérinaire du Lac"],
    "nl": ["Dierenkliniek De Hoeve", "Dierenartsenpraktijk Zuidwest"],
    "es": ["Clínica Veterinaria San Antón", "Hospital Veterinario Los Almendros"],
    "it": ["Clinica Veterinaria San Francesco", "Ambulatorio Veterinario Il Faro"],
    "pt": ["Clínica Veterinária do Parque", "Hospital Veterinário da Estrela"],
}
PHARMACIES = {
    "en": ["Greenway Pharmacy", "Boots", "Lloyds Pharmacy", "Hillcrest Chemist"],
    "de": ["Apotheke am Markt", "Löwen-Apotheke", "Stern-Apotheke"],
    "fr": ["Pharmacie du Centre", "Pharmacie des Halles", "Grande Pharmacie de la Gare"],
    "nl": ["Apotheek De Linde", "Apotheek Centrum", "BENU Apotheek"],
    "es": ["Farmacia Ldo. Sáez", "Farmacia Central", "Farmacia del Carmen"],
    "it": ["Farmacia Comunale 3", "Farmacia San Marco", "Farmacia Centrale"],
    "pt": ["Farmácia Estácio", "Farmácia Central", "Farmácia da Graça"],
}
LABS = {
    "en": ["Synlab", "Unilabs", "Northern Pathology Services"],
    "de": ["Labor Dr. Becker & Kollegen", "MVZ Labor Nord", "Synlab MVZ"],
    "fr": ["Laboratoire Cerba", "Biogroup", "Laboratoire Eurofins Biomnis"],
    "nl": ["Saltro", "Star-shl Diagnostisch Centrum"],
    "es": ["Laboratorio Echevarne", "Análisis Clínicos Vallés"],
    "it": ["Laboratorio Analisi Lifebrain", "Centro Diagnostico Italiano"],
    "pt": ["Laboratório Germano de Sousa", "Unilabs Portugal"],
}
TESTS = ["HbA1c", "Full Blood Count", "TSH", "Ferritin", "CRP", "ALT", "Creatinine", "LDL-C",
         "Vitamin D (25-OH)", "eGFR"]
INSURERS = {
    "en": ["Aviva", "Direct Line", "Admiral", "LV="], "de": ["Allianz", "HUK-Coburg", "ERGO"],
    "fr": ["AXA", "MAAF", "Groupama"], "nl": ["Centraal Beheer", "Interpolis", "FBTO"],
    "es": ["Mapfre", "Mutua Madrileña", "Línea Directa"], "it": ["UnipolSai", "Generali", "Reale Mutua"],
    "pt": ["Fidelidade", "Tranquilidade", "Ageas Seguros"],
}
CARS = ["Toyota Corolla", "VW Golf", "Ford Fiesta", "Renault Clio", "Seat Ibiza", "Fiat Panda",
        "Peugeot 208", "Skoda Octavia", "Opel Corsa", "Kia Ceed"]
AGENCIES = {
    "en": ["Hamptons", "Foxtons", "Ashcroft & Lowe Lettings", "Harbour Homes"],
    "de": ["Engel & Völkers", "Immobilien Krämer", "Von Poll Immobilien"],
    "fr": ["Century 21 Les Halles", "Orpi Agence du Port", "Laforêt Immobilier"],
    "nl": ["Makelaardij Hofstad", "Van Gelder Makelaars", "Kuipers Wonen"],
    "es": ["Inmobiliaria Sol y Mar", "Tecnocasa Chamberí", "Fincas Montoro"],
    "it": ["Tecnocasa Navigli", "Immobiliare Gabetti", "Agenzia Casa Dolce"],
    "pt": ["ERA Imobiliária", "Remax Atlântida", "Imobiliária Lusa"],
}
STREETS = {
    "en": ["Station Road", "Church Lane", "Harbour Street", "Elm Grove", "Kingsway", "Mill Lane"],
    "de": ["Bahnhofstraße", "Lindenallee", "Kirchweg", "Am Hafen", "Schillerstraße"],
    "fr": ["rue de la République", "avenue Jean Jaurès", "boulevard Victor Hugo", "rue des Lilas"],
    "nl": ["Kerkstraat", "Molenweg", "Stationsplein", "Prinsengracht", "Dorpsstraat"],
    "es": ["Calle Mayor", "Avenida de la Constitución", "Calle de Alcalá", "Paseo del Prado"],
    "it": ["Via Roma", "Corso Garibaldi", "Via Giuseppe Verdi", "Piazza Cavour"],
    "pt": ["Rua Augusta", "Avenida da Liberdade", "Rua do Carmo", "Praça do Comércio"],
}
CITIES = {
    "en": ["Leeds LS6 2QT", "Bristol BS3 4HN", "Norwich NR2 1AB", "York YO10 5DD"],
    "de": ["10115 Berlin", "50667 Köln", "28195 Bremen", "79098 Freiburg"],
    "fr": ["69003 Lyon", "33000 Bordeaux", "44000 Nantes", "75011 Paris"],
    "nl": ["3511 LN Utrecht", "9711 GK Groningen", "2011 HB Haarlem"],
    "es": ["28013 Madrid", "46001 Valencia", "41004 Sevilla"],
    "it": ["20121 Milano", "40126 Bologna", "10121 Torino"],
    "pt": ["1100-148 Lisboa", "4000-322 Porto", "3000-150 Coimbra"],
}
PLACES = {
    "en": ["Kings Cross", "Riverside Park", "Westfield", "Greenbank"],
    "de": ["Neustadt", "Stadtpark", "Altona", "Sachsenhausen"],
    "fr": ["la Croix-Rousse", "Bellecour", "Saint-Michel"],
    "nl": ["Oud-Zuid", "Vondelpark", "de Pijp"],
    "es": ["Malasaña", "Retiro", "Triana"],
    "it": ["Navigli", "Trastevere", "Porta Venezia"],
    "pt": ["Alfama", "Campo de Ourique", "Foz do Douro"],
}


def street_addr(lg):
    s = R.choice(STREETS[lg])
    n = str(R.randint(1, 180))
    if lg == "en":
        a = n + " " + s
    elif lg == "fr":
        a = n + " " + s
    elif lg == "it":
        a = s + ", " + n
    elif lg == "es":
        a = s + ", " + n + (", " + R.choice(["2º B", "3º izq."]) if R.random() < 0.5 else "")
    else:
        a = s + " " + n
    return a + ", " + R.choice(CITIES[lg])


def date(lg):
    y, m, d = R.randint(2023, 2026), R.randint(1, 12), R.randint(1, 28)
    k = R.randint(0, 2)
    if k == 0:
        return "%02d/%02d/%d" % (d, m, y) if lg != "de" else "%02d.%02d.%d" % (d, m, y)
    if k == 1:
        return "%d-%02d-%02d" % (y, m, d)
    return "%d %s %d" % (d, MONTHS[lg][m - 1], y)


def dob(lg):
    y, m, d = R.randint(1940, 2004), R.randint(1, 12), R.randint(1, 28)
    if lg == "de":
        return "%02d.%02d.%d" % (d, m, y)
    if lg == "en" and R.random() < 0.5:
        return "%02d/%02d/%d" % (m, d, y)
    return "%02d/%02d/%d" % (d, m, y)


def pet_dob(lg):
    y, m, d = R.randint(2010, 2024), R.randint(1, 12), R.randint(1, 28)
    return ("%02d.%02d.%d" if lg == "de" else "%02d/%02d/%d") % (d, m, y)


def code(prefix):
    return "%s-%d-%04d" % (prefix, R.randint(2023, 2026), R.randint(1, 9999))


def pick(d, lg):
    return R.choice(d[lg])


# ---- invoices and purchase orders ------------------------------------------------------------------
INV_L = {
    "en": dict(head=["INVOICE", "PURCHASE ORDER", "TAX INVOICE", "PRO FORMA INVOICE"],
               bill=["Bill to:", "Invoice to:", "Sold to:", "Customer:"],
               ship=["Ship to:", "Deliver to:"], attn=["Attn:", "Attention:", "FAO"],
               co="c/o", contact=["Contact:", "Your contact:", "Buyer:", "Requested by:"],
               prep=["Prepared by:", "Issued by:"], appr=["Approved by:", "Authorised by:"],
               date="Invoice date:", no="Invoice no.:", item="Description", thanks="Thank you for your business."),
    "de": dict(head=["RECHNUNG", "BESTELLUNG", "Rechnung", "Auftragsbestätigung"],
               bill=["Rechnungsempfänger:", "Kunde:", "Rechnung an:"],
               ship=["Lieferanschrift:", "Lieferung an:"], attn=["z. Hd.", "z.Hd.", "zu Händen"],
               co="c/o", contact=["Ansprechpartner:", "Ihr Ansprechpartner:", "Besteller:"],
               prep=["Erstellt von:", "Bearbeiter:", "Sachbearbeiter:"],
               appr=["Freigegeben von:", "Genehmigt:"],
               date="Rechnungsdatum:", no="Rechnungsnr.:", item="Bezeichnung",
               thanks="Vielen Dank für Ihren Auftrag."),
    "fr": dict(head=["FACTURE", "BON DE COMMANDE", "Facture"],
               bill=["Facturé à :", "Client :", "Adresse de facturation :"],
               ship=["Livré à :", "Adresse de livraison :"],
               attn=["À l'attention de", "A l'att. de", "À l'attention de :"],
               co="c/o", contact=["Contact :", "Interlocuteur :", "Demandeur :"],
               prep=["Établi par :", "Rédigé par :"], appr=["Approuvé par :", "Validé par :"],
               date="Date de facture :", no="N° de facture :", item="Désignation",
               thanks="Merci de votre confiance."),
    "nl": dict(head=["FACTUUR", "INKOOPORDER", "Factuur"],
               bill=["Factuuradres:", "Klant:", "Debiteur:"],
               ship=["Afleveradres:", "Leveradres:"], attn=["t.a.v.", "T.a.v.", "ter attentie van"],
               co="p/a", contact=["Contactpersoon:", "Besteld door:", "Uw contactpersoon:"],
               prep=["Opgesteld door:", "Behandeld door:"], appr=["Goedgekeurd door:", "Akkoord:"],
               date="Factuurdatum:", no="Factuurnummer:", item="Omschrijving",
               thanks="Wij verzoeken u vriendelijk het bedrag binnen 30 dagen over te maken."),
    "es": dict(head=["FACTURA", "PEDIDO DE COMPRA", "Factura"],
               bill=["Facturar a:", "Cliente:", "Datos de facturación:"],
               ship=["Enviar a:", "Dirección de entrega:"], attn=["Att.:", "A la atención de", "Atn.:"],
               co="c/o", contact=["Contacto:", "Persona de contacto:", "Solicitado por:"],
               prep=["Elaborado por:", "Emitido por:"], appr=["Aprobado por:", "Vº Bº:"],
               date="Fecha de factura:", no="Nº factura:", item="Concepto",
               thanks="Gracias por su confianza."),
    "it": dict(head=["FATTURA", "ORDINE DI ACQUISTO", "Fattura"],
               bill=["Intestatario:", "Cliente:", "Fatturare a:"],
               ship=["Destinatario:", "Luogo di consegna:"], attn=["Alla c.a. di", "c.a.", "Alla cortese attenzione di"],
               co="c/o", contact=["Referente:", "Persona di riferimento:", "Richiedente:"],
               prep=["Redatto da:", "Emesso da:"], appr=["Approvato da:", "Visto:"],
               date="Data fattura:", no="Fattura n.:", item="Descrizione",
               thanks="Grazie per la preferenza."),
    "pt": dict(head=["FATURA", "NOTA DE ENCOMENDA", "Fatura"],
               bill=["Faturar a:", "Cliente:", "Dados de faturação:"],
               ship=["Entregar a:", "Morada de entrega:"], attn=["A/C", "Att.:", "À atenção de"],
               co="a/c", contact=["Contacto:", "Pessoa de contacto:", "Requisitado por:"],
               prep=["Elaborado por:", "Emitido por:"], appr=["Aprovado por:", "Visto:"],
               date="Data da fatura:", no="Fatura n.º:", item="Descrição",
               thanks="Obrigado pela preferência."),
}


def gen_invoice(lg):
    L, d = INV_L[lg], Doc(lg, "invoice")
    d.neg("NEG_ORG", ORGS[lg]).t("\n" + R.choice(L["head"]) + "\n")
    d.t(L["no"] + " ").span("NEG_CODE", code(R.choice(["INV", "PO", "RE", "FA"]))).t("\n")
    d.t(L["date"] + " ").span("NEG_DATE", date(lg)).t("\n\n")
    k = R.randint(0, 3)
    d.t(R.choice(L["bill"]) + "\n")
    if k == 0:
        # a person billed privately
        d.name(R.choice(["full", "full", "inv", "gSUR", "caps"])).t("\n")
    elif k == 1:
        # a company, then the person for whose attention
        d.neg("NEG_ORG", [o for l in LANGS for o in ORGS[l]]).t("\n" + R.choice(L["attn"]) + " ")
        if R.random() < 0.5:
            d.name(title=True)
        else:
            d.name(R.choice(["full", "init", "gSUR"]))
        d.t("\n")
    elif k == 2:
        # c/o: the addressee is reached through another person or company
        d.name("full").t("\n" + L["co"] + " ")
        if R.random() < 0.5:
            d.name("full")
        else:
            d.neg("NEG_ORG", ORGS[lg])
        d.t("\n")
    else:
        d.name(title=True).t("\n")
    d.span("STREET_ADDRESS", street_addr(lg)).t("\n")
    if R.random() < 0.5:
        d.t("\n" + R.choice(L["ship"]) + "\n")
        if R.random() < 0.5:
            d.name(R.choice(["full", "caps", "inv"])).t("\n")
        else:
            d.neg("NEG_ORG", ORGS[lg]).t(", " + R.choice(["Warehouse 2", "Dock B", "Goods In"]) + "\n")
        d.span("STREET_ADDRESS", street_addr(lg)).t("\n")
    d.t("\n" + L["item"] + "\n")
    for _ in range(R.randint(1, 3)):
        d.t("%d x " % R.randint(1, 12)).neg("NEG_PRODUCT", PRODUCTS).t("  %d,%02d\n" % (R.randint(5, 900), R.randint(0, 99)))
    d.t("\n" + R.choice(L["contact"]) + " ").name(R.choice(["full", "full", "init", "gSUR"]))
    if R.random() < 0.6:
        d.t(", " + R.choice(["+44 20 7946 0321", "0221 4711 230", "+33 4 72 10 20 30", "ext. 214"]))
    d.t("\n")
    if R.random() < 0.6:
        d.t(R.choice(L["prep"]) + " ").name(R.choice(["full", "init", "caps"])).t("\n")
    if R.random() < 0.5:
        d.t(R.choice(L["appr"]) + " ").name(R.choice(["full", "init", "invmix"])).t("\n")
    d.t(L["thanks"])
    d.done(upper=R.random() < 0.12)


# ---- pharmacy labels -------------------------------------------------------------------------------
PH_L = {
    "en": dict(pat=["Patient:", "Name:", "For:"], pres=["Prescriber:", "Dr:", "Prescribed by:"],
               dirs=["Take ONE tablet THREE times a day with food",
                     "Take 1 capsule twice daily until finished",
                     "Apply thinly to the affected area twice a day",
                     "Take TWO puffs when required"],
               ph=["RPh:", "Pharmacist:", "Checked by:", "Dispensed by:"], qty="Qty:", date="Date:"),
    "de": dict(pat=["Patient:", "Für:", "Name:"], pres=["Verordnet von:", "Arzt:", "Verordner:"],
               dirs=["3x täglich 1 Tablette nach dem Essen", "1-0-1 unzerkaut mit Wasser",
                     "morgens 1 Tablette nüchtern", "bei Bedarf 1 Hub"],
               ph=["Apotheker:", "Abgegeben von:", "PTA:"], qty="Menge:", date="Datum:"),
    "fr": dict(pat=["Patient :", "Nom :"], pres=["Prescripteur :", "Médecin :", "Prescrit par :"],
               dirs=["1 comprimé 3 fois par jour pendant 7 jours", "1 gélule matin et soir",
                     "2 pulvérisations si besoin", "1 comprimé le soir au coucher"],
               ph=["Pharmacien :", "Délivré par :"], qty="Qté :", date="Date :"),
    "nl": dict(pat=["Patiënt:", "Naam:", "Voor:"], pres=["Voorschrijver:", "Arts:"],
               dirs=["3 maal daags 1 tablet na de maaltijd", "2 maal daags 1 capsule",
                     "zo nodig 1 tablet, max 3 per dag", "1 maal daags 1 tablet 's ochtends"],
               ph=["Apotheker:", "Ter hand gesteld door:", "Controle:"], qty="Aantal:", date="Datum:"),
    "es": dict(pat=["Paciente:", "Nombre:"], pres=["Médico prescriptor:", "Prescriptor:", "Dr./Dra.:"],
               dirs=["Tomar 1 comprimido cada 8 horas", "1 cápsula en el desayuno y la cena",
                     "Aplicar 2 veces al día", "1 sobre al día disuelto en agua"],
               ph=["Farmacéutico:", "Dispensado por:"], qty="Cant.:", date="Fecha:"),
    "it": dict(pat=["Paziente:", "Nome:", "Assistito:"], pres=["Medico prescrittore:", "Medico:"],
               dirs=["1 compressa 3 volte al giorno dopo i pasti", "1 capsula mattina e sera",
                     "assumere 1 bustina al giorno", "2 spruzzi al bisogno"],
               ph=["Farmacista:", "Dispensato da:"], qty="Q.tà:", date="Data:"),
    "pt": dict(pat=["Utente:", "Doente:", "Nome:"], pres=["Médico prescritor:", "Prescritor:"],
               dirs=["Tomar 1 comprimido de 8 em 8 horas", "1 cápsula ao pequeno-almoço e ao jantar",
                     "aplicar 2 vezes por dia", "1 saqueta por dia"],
               ph=["Farmacêutico:", "Dispensado por:"], qty="Qtd.:", date="Data:"),
}


def gen_pharmacy(lg):
    L, d = PH_L[lg], Doc(lg, "pharmacy_label")
    d.neg("NEG_ORG", PHARMACIES[lg]).t("  Rx# %d\n" % R.randint(100000, 999999))
    d.t(R.choice(L["pat"]) + " ").name(R.choice(["caps", "caps", "full", "inv", "gSUR"])).t("\n")
    d.neg("NEG_PRODUCT", DRUGS).t("\n" + R.choice(L["dirs"]) + "\n")
    d.t(L["qty"] + " %d  " % R.choice((14, 21, 28, 30, 56))).t(L["date"] + " ").span("NEG_DATE", date(lg)).t("\n")
    k = R.randint(0, 2)
    d.t(R.choice(L["pres"]) + " ")
    if k == 0:
        d.dr()
    else:
        d.name(R.choice(["full", "init", "caps", "inv"]))
    d.t("\n")
    if R.random() < 0.6:
        d.t(R.choice(L["ph"]) + " ")
        if R.random() < 0.4:
            d.t(R.choice(["JK", "A.M.", "SB/TL", "rk"]))
        else:
            d.name(R.choice(["full", "init"]))
        d.t("\n")
    d.t(dict(zip(LANGS, ["KEEP OUT OF THE REACH OF CHILDREN", "Arzneimittel für Kinder unzugänglich aufbewahren",
                         "Ne pas dépasser la dose prescrite", "Niet boven 25 °C bewaren",
                         "Conservar por debajo de 25 °C", "Tenere fuori dalla portata dei bambini",
                         "Manter fora do alcance das crianças"]))[lg])
    d.done(upper=R.random() < 0.3)


# ---- veterinary records ----------------------------------------------------------------------------
VET_L = {
    "en": dict(own=["Owner:", "Client:", "Owner name:"], pet=["Patient:", "Pet name:", "Animal:"],
               sp="Species:", br="Breed:", dob="DOB:", vet=["Attending vet:", "Vet:", "Seen by:"],
               nurse="Nurse:", notes=[
                   "{P} presented with a limp on the left hind leg. {O2} reports it started after a walk on {PL}.",
                   "Annual booster given. {P} is doing well; {O2} asked about flea treatment.",
                   "{P} off food for two days, vomiting once. Discussed diet with {O2}.",
               ], tx="Dispensed:"),
    "de": dict(own=["Besitzer:", "Tierhalter:", "Halterin:"], pet=["Patient:", "Tiername:", "Tier:"],
               sp="Tierart:", br="Rasse:", dob="Geb.:", vet=["Behandelnde Tierärztin:", "Tierarzt:"],
               nurse="TFA:", notes=[
                   "{P} lahmt hinten links seit dem Spaziergang in {PL}. Laut {O2} kein Trauma.",
                   "Impfung aufgefrischt. {P} munter; {O2} fragt nach Zeckenschutz.",
                   "{P} frisst seit zwei Tagen schlecht. Futterumstellung mit {O2} besprochen.",
               ], tx="Abgegeben:"),
    "fr": dict(own=["Propriétaire :", "Client :"], pet=["Animal :", "Nom de l'animal :", "Patient :"],
               sp="Espèce :", br="Race :", dob="Né le :", vet=["Vétérinaire :", "Vu par :"],
               nurse="ASV :", notes=[
                   "{P} boite de la patte arrière gauche depuis une promenade à {PL}. {O2} ne signale pas de choc.",
                   "Rappel de vaccin fait. {P} en forme ; {O2} demande un antiparasitaire.",
               ], tx="Délivré :"),
    "nl": dict(own=["Eigenaar:", "Klant:"], pet=["Patiënt:", "Naam dier:", "Dier:"],
               sp="Diersoort:", br="Ras:", dob="Geb.datum:", vet=["Dierenarts:", "Behandeld door:"],
               nurse="Paraveterinair:", notes=[
                   "{P} loopt kreupel links achter sinds een wandeling in het {PL}. Volgens {O2} geen val.",
                   "Vaccinatie gegeven. {P} is fit; {O2} vraagt naar vlooienmiddel.",
               ], tx="Meegegeven:"),
    "es": dict(own=["Propietario:", "Tutor:", "Cliente:"], pet=["Paciente:", "Nombre del animal:", "Mascota:"],
               sp="Especie:", br="Raza:", dob="F. nac.:", vet=["Veterinario:", "Atendido por:"],
               nurse="ATV:", notes=[
                   "{P} cojea de la pata trasera izquierda desde un paseo por {PL}. {O2} no refiere golpe.",
                   "Vacuna anual puesta. {P} bien; {O2} pregunta por antiparasitarios.",
               ], tx="Dispensado:"),
    "it": dict(own=["Proprietario:", "Cliente:"], pet=["Paziente:", "Nome animale:", "Animale:"],
               sp="Specie:", br="Razza:", dob="Nato il:", vet=["Veterinario:", "Visitato da:"],
               nurse="Assistente:", notes=[
                   "{P} zoppica al posteriore sinistro dopo una passeggiata ai {PL}. {O2} non riferisce traumi.",
                   "Richiamo vaccinale eseguito. {P} sta bene; {O2} chiede un antiparassitario.",
               ], tx="Consegnato:"),
    "pt": dict(own=["Tutor:", "Proprietário:", "Cliente:"], pet=["Paciente:", "Nome do animal:", "Animal:"],
               sp="Espécie:", br="Raça:", dob="Data nasc.:", vet=["Médico veterinário:", "Observado por:"],
               nurse="Enfermeira:", notes=[
                   "{P} coxeia do membro posterior esquerdo depois de um passeio em {PL}. {O2} não refere traumatismo.",
                   "Vacina anual feita. {P} bem; {O2} pergunta por desparasitante.",
               ], tx="Dispensado:"),
}


def fill_note(d, tmpl, slots):
    """Appends tmpl, each {K} replaced by slots[K](d)."""
    i = 0
    while True:
        j = tmpl.find("{", i)
        if j < 0:
            d.t(tmpl[i:])
            return
        d.t(tmpl[i:j])
        k = tmpl.index("}", j)
        slots[tmpl[j + 1:k]](d)
        i = k + 1


def gen_vet(lg):
    L, d = VET_L[lg], Doc(lg, "vet_record")
    pet = R.choice(PETS)
    g, s = person(lg)
    d.neg("NEG_ORG", PRACTICES[lg]).t("\n")
    d.t(R.choice(L["own"]) + " ").span("PERSON", R.choice([g + " " + s, s.upper() + ", " + g, s + ", " + g]))
    d.t("  Tel. 0%d %d\n" % (R.randint(100, 999), R.randint(100000, 999999)))
    d.t(R.choice(L["pet"]) + " ").span("NEG_PET", pet).t("\n")
    sp, br = R.choice(SPECIES[lg])
    d.t(L["sp"] + " ").span("NEG_TERM", sp).t("   " + L["br"] + " ").span("NEG_TERM", br).t("\n")
    d.t(L["dob"] + " ").span("NEG_DATE", pet_dob(lg)).t("\n")
    d.t(R.choice(L["vet"]) + " ")
    d.name(R.choice(["full", "init"])) if R.random() < 0.5 else d.dr()
    d.t("\n\n")
    tmpl = R.choice(L["notes"])
    o2 = R.choice(["title", "given", "owner"])

    def owner2(dd):
        if o2 == "title":
            dd.t(R.choice(TITLES[lg]) + " ").span("PERSON", s)
        elif o2 == "given":
            dd.span("PERSON", g)
        else:
            dd.t({"en": "the owner", "de": "der Halterin", "fr": "la propriétaire", "nl": "de eigenaar",
                  "es": "el tutor", "it": "il proprietario", "pt": "a tutora"}[lg])
    fill_note(d, tmpl, {"P": lambda dd: dd.span("NEG_PET", pet), "O2": owner2,
                        "PL": lambda dd: dd.neg("NEG_PLACE", PLACES[lg])})
    d.t("\n" + L["tx"] + " ").neg("NEG_PRODUCT", VET_DRUGS)
    if R.random() < 0.4:
        d.t("\n" + L["nurse"] + " ").name("full")
    d.done(upper=R.random() < 0.08)


# ---- lab reports -----------------------------------------------------------------------------------
LAB_L = {
    "en": dict(pat="Patient:", dob="DOB:", sex="Sex:", ordp=["Ordering physician:", "Requested by:", "Referring clinician:"],
               coll=["Collected by:", "Phlebotomist:"], ver=["Verified by:", "Authorised by:", "Reported by:"],
               cdate="Collected:", res="Result"),
    "de": dict(pat="Patient:", dob="Geb.-Datum:", sex="Geschlecht:", ordp=["Einsender:", "Anfordernder Arzt:"],
               coll=["Abnahme durch:", "Entnommen von:"], ver=["Validiert von:", "Freigegeben:", "Befundet von:"],
               cdate="Entnahme:", res="Ergebnis"),
    "fr": dict(pat="Patient :", dob="Date de naissance :", sex="Sexe :", ordp=["Médecin prescripteur :", "Prescripteur :"],
               coll=["Prélevé par :", "Préleveur :"], ver=["Validé par :", "Biologiste :"],
               cdate="Prélèvement :", res="Résultat"),
    "nl": dict(pat="Patiënt:", dob="Geboortedatum:", sex="Geslacht:", ordp=["Aanvrager:", "Aanvragend arts:"],
               coll=["Afgenomen door:", "Prikker:"], ver=["Geautoriseerd door:", "Gevalideerd door:"],
               cdate="Afname:", res="Uitslag"),
    "es": dict(pat="Paciente:", dob="F. nacimiento:", sex="Sexo:", ordp=["Médico solicitante:", "Peticionario:"],
               coll=["Extraído por:", "Extracción:"], ver=["Validado por:", "Facultativo:"],
               cdate="Fecha extracción:", res="Resultado"),
    "it": dict(pat="Paziente:", dob="Data di nascita:", sex="Sesso:", ordp=["Medico richiedente:", "Richiedente:"],
               coll=["Prelievo eseguito da:", "Prelevatore:"], ver=["Validato da:", "Il Direttore del Laboratorio:"],
               cdate="Data prelievo:", res="Risultato"),
    "pt": dict(pat="Utente:", dob="Data de nascimento:", sex="Sexo:", ordp=["Médico requisitante:", "Requisitante:"],
               coll=["Colhido por:", "Colheita:"], ver=["Validado por:", "Responsável técnico:"],
               cdate="Data da colheita:", res="Resultado"),
}


def gen_lab(lg):
    L, d = LAB_L[lg], Doc(lg, "lab_report")
    d.neg("NEG_ORG", LABS[lg]).t("  Lab no. ").span("NEG_CODE", code("L")).t("\n")
    d.t(L["pat"] + " ").name(R.choice(["inv", "inv", "caps", "full", "invmix"]))
    d.t("   " + L["dob"] + " ").span("DATE_OF_BIRTH", dob(lg)).t("   " + L["sex"] + " " + R.choice("FMW") + "\n")
    d.t(R.choice(L["ordp"]) + " ")
    d.dr() if R.random() < 0.6 else d.name(R.choice(["full", "inv", "init"]))
    d.t("\n" + L["cdate"] + " ").span("NEG_DATE", date(lg))
    if R.random() < 0.7:
        d.t("   " + R.choice(L["coll"]) + " ").name(R.choice(["full", "init", "caps"]))
    d.t("\n\n" + "Test".ljust(22) + L["res"] + "\n")
    for t in R.sample(TESTS, R.randint(2, 4)):
        d.span("NEG_TERM", t).t(" " * max(1, 22 - len(t)) + "%d.%d\n" % (R.randint(1, 150), R.randint(0, 9)))
    d.t("\n" + R.choice(L["ver"]) + " ")
    d.name(R.choice(["full", "init", "inv"]))
    d.t(R.choice([", MLS", ", BMS", "", " (Biologist)", ", FIBMS"]) if lg == "en" else "")
    d.done(upper=R.random() < 0.15)


# ---- insurance claims and adjuster notes ---------------------------------------------------------
INS_L = {
    "en": dict(hd=["CLAIM FORM", "Motor claim", "Adjuster notes"], ins=["Insured:", "Policyholder:", "Named insured:"],
               clm=["Claimant:"], tp=["Third party:", "Third-party driver:"], wit=["Witness:"],
               adj=["Adjuster:", "Claims handler:", "Loss adjuster:"], pol="Policy no.:", dol="Date of loss:",
               prose=["Spoke with the insured, {A}, by phone. She stated that {B} pulled out of {PL} without looking. "
                      "Witness {C} confirmed this. Vehicle: {CAR}.",
                      "Call with {A} re. damage to the {CAR}; the other driver ({B}) admits fault. "
                      "{C} (passenger) not injured.",
                      "Claimant {A} says the water leak came from the flat above, let by {B}. Plumber {C} to report."]),
    "de": dict(hd=["SCHADENMELDUNG", "Schadenanzeige Kfz", "Aktennotiz Regulierung"], ins=["Versicherungsnehmer:", "VN:"],
               clm=["Anspruchsteller:", "Geschädigter:"], tp=["Unfallgegner:", "Gegner:"], wit=["Zeuge:", "Zeugin:"],
               adj=["Sachbearbeiter:", "Schadenregulierer:", "Gutachter:"], pol="Versicherungsschein-Nr.:", dol="Schadentag:",
               prose=["Telefonat mit VN {A}: Der Unfallgegner {B} sei aus der {PL} ohne zu schauen ausgefahren. "
                      "Zeugin {C} bestätigt das. Fahrzeug: {CAR}.",
                      "Rückruf von {A} wegen Schaden am {CAR}. Gegner {B} räumt Schuld ein; {C} (Beifahrer) unverletzt."]),
    "fr": dict(hd=["DÉCLARATION DE SINISTRE", "Constat amiable", "Notes de l'expert"], ins=["Assuré :", "Souscripteur :"],
               clm=["Demandeur :", "Lésé :"], tp=["Tiers :", "Partie adverse :"], wit=["Témoin :"],
               adj=["Gestionnaire :", "Expert :"], pol="N° de contrat :", dol="Date du sinistre :",
               prose=["Appel de l'assurée, {A} : le tiers, {B}, a quitté {PL} sans regarder. Le témoin {C} confirme. Véhicule : {CAR}.",
                      "Entretien avec {A} au sujet de la {CAR} ; le conducteur adverse ({B}) reconnaît sa faute. {C}, passager, indemne."]),
    "nl": dict(hd=["SCHADEFORMULIER", "Schademelding", "Notitie schadebehandelaar"], ins=["Verzekerde:", "Verzekeringnemer:"],
               clm=["Eiser:", "Benadeelde:"], tp=["Tegenpartij:", "Wederpartij:"], wit=["Getuige:"],
               adj=["Schadebehandelaar:", "Expert:"], pol="Polisnummer:", dol="Schadedatum:",
               prose=["Gebeld met verzekerde {A}: tegenpartij {B} reed vanaf de {PL} zonder te kijken. Getuige {C} bevestigt. Voertuig: {CAR}.",
                      "Gesprek met {A} over schade aan de {CAR}; de andere bestuurder ({B}) erkent schuld. {C} (passagier) ongedeerd."]),
    "es": dict(hd=["PARTE DE SINIESTRO", "Declaración amistosa", "Notas del perito"], ins=["Asegurado:", "Tomador:"],
               clm=["Reclamante:", "Perjudicado:"], tp=["Contrario:", "Tercero:"], wit=["Testigo:"],
               adj=["Tramitador:", "Perito:"], pol="Nº de póliza:", dol="Fecha del siniestro:",
               prose=["Hablo con la asegurada, {A}: el contrario, {B}, salió de {PL} sin mirar. El testigo {C} lo confirma. Vehículo: {CAR}.",
                      "Llamada de {A} por daños en el {CAR}; el otro conductor ({B}) reconoce la culpa. {C}, acompañante, ileso."]),
    "it": dict(hd=["DENUNCIA DI SINISTRO", "Constatazione amichevole", "Note del perito"], ins=["Assicurato:", "Contraente:"],
               clm=["Danneggiato:", "Richiedente:"], tp=["Controparte:", "Terzo:"], wit=["Testimone:"],
               adj=["Liquidatore:", "Perito:"], pol="N. polizza:", dol="Data del sinistro:",
               prose=["Sentita l'assicurata {A}: la controparte, {B}, è uscita da {PL} senza guardare. Il testimone {C} conferma. Veicolo: {CAR}.",
                      "Telefonata con {A} per i danni alla {CAR}; l'altro conducente ({B}) ammette la colpa. {C}, passeggero, illeso."]),
    "pt": dict(hd=["PARTICIPAÇÃO DE SINISTRO", "Declaração amigável", "Notas do perito"], ins=["Segurado:", "Tomador:"],
               clm=["Lesado:", "Reclamante:"], tp=["Terceiro:", "Contraparte:"], wit=["Testemunha:"],
               adj=["Gestor do processo:", "Perito:"], pol="Apólice n.º:", dol="Data do sinistro:",
               prose=["Falei com a segurada, {A}: o terceiro, {B}, saiu da {PL} sem olhar. A testemunha {C} confirma. Veículo: {CAR}.",
                      "Chamada de {A} sobre danos no {CAR}; o outro condutor ({B}) assume a culpa. {C}, passageiro, ileso."]),
}


def gen_insurance(lg):
    L, d = INS_L[lg], Doc(lg, "insurance_claim")
    d.neg("NEG_ORG", INSURERS[lg]).t(" — " + R.choice(L["hd"]) + "\n")
    d.t(L["pol"] + " ").span("NEG_CODE", code(R.choice(["POL", "MTR", "HH"]))).t("\n")
    if R.random() < 0.6:
        d.t(R.choice(L["ins"]) + " ").name(R.choice(["full", "inv", "caps", "gSUR"])).t("\n")
        if R.random() < 0.5:
            d.t(R.choice(L["tp"]) + " ").name(R.choice(["full", "inv", "init"])).t("\n")
        if R.random() < 0.5:
            d.t(R.choice(L["clm"]) + " ").name(R.choice(["full", "invmix"])).t("\n")
        d.t(L["dol"] + " ").span("NEG_DATE", date(lg)).t("\n")
        if R.random() < 0.6:
            d.t(R.choice(L["wit"]) + " ").name(R.choice(["full", "init", "gSUR"])).t("\n")
        d.t(R.choice(L["adj"]) + " ").name(R.choice(["full", "init"])).t("\n")
    else:
        d.t(L["dol"] + " ").span("NEG_DATE", date(lg)).t("\n\n")
        fill_note(d, R.choice(L["prose"]), {
            "A": lambda dd: dd.name("full"), "B": lambda dd: dd.name(R.choice(["full", "full", "gSUR"])),
            "C": lambda dd: dd.name("full"), "PL": lambda dd: dd.neg("NEG_PLACE", STREETS[lg]),
            "CAR": lambda dd: dd.neg("NEG_PRODUCT", CARS)})
        d.t("\n— ").name(R.choice(["full", "init"]))
    d.done(upper=R.random() < 0.08)


# ---- police and incident reports -----------------------------------------------------------------
POL_L = {
    "en": dict(hd=["INCIDENT REPORT", "Crime report", "Occurrence report"], com=["Complainant:", "Reporting person:"],
               sus=["Suspect:"], vic=["Victim:", "Injured party:"], wit=["Witness:", "Witness 1:"],
               off=["Reporting officer:", "Officer:", "OIC:"], badge=["PC", "Sgt", "Officer", "Det."],
               bno=["badge no.", "collar no.", "#"], ref="Ref:",
               prose=["At approx. 22:40 officers attended {PL} after a report of a disturbance. The suspect, later identified as {S}, "
                      "had left on foot. {V} stated she knew him from work.",
                      "{V} reported that her bicycle was taken outside {ORG}. CCTV shows a male, believed to be {S}. "
                      "Statement taken from {W}."]),
    "de": dict(hd=["ANZEIGE", "Einsatzbericht", "Vorgangsbericht"], com=["Anzeigeerstatter:", "Mitteiler:"],
               sus=["Beschuldigter:", "Tatverdächtiger:"], vic=["Geschädigte:", "Opfer:"], wit=["Zeuge:", "Zeugin:"],
               off=["Sachbearbeiter:", "Aufnehmender Beamter:"], badge=["POK", "PK'in", "KHK"],
               bno=["Dienstnr.", "Kennung"], ref="Vorgangsnr.:",
               prose=["Gegen 22:40 Uhr Einsatz in der {PL} wegen Ruhestörung. Der Tatverdächtige, später als {S} identifiziert, "
                      "war zu Fuß geflüchtet. {V} gab an, ihn von der Arbeit zu kennen.",
                      "{V} meldete, dass ihr Fahrrad vor {ORG} entwendet wurde. Auf dem Video ist vermutlich {S} zu sehen. "
                      "Aussage von {W} aufgenommen."]),
    "fr": dict(hd=["PROCÈS-VERBAL", "Main courante", "Rapport d'intervention"], com=["Plaignant :", "Requérant :"],
               sus=["Mis en cause :", "Suspect :"], vic=["Victime :"], wit=["Témoin :"],
               off=["Rédacteur :", "Agent :"], badge=["Brigadier", "Gardien de la paix", "Lieutenant"],
               bno=["matricule", "RIO"], ref="N° de procédure :",
               prose=["Vers 22h40, intervention {PL} pour tapage. Le suspect, identifié par la suite comme {S}, avait pris la fuite à pied. "
                      "{V} déclare le connaître du travail.",
                      "{V} signale le vol de son vélo devant {ORG}. La vidéo montre un homme, sans doute {S}. Audition de {W}."]),
    "nl": dict(hd=["PROCES-VERBAAL", "Mutatierapport", "Aangifte"], com=["Aangever:", "Melder:"],
               sus=["Verdachte:"], vic=["Slachtoffer:", "Benadeelde:"], wit=["Getuige:"],
               off=["Verbalisant:", "Opgemaakt door:"], badge=["hoofdagent", "brigadier", "agent"],
               bno=["dienstnr.", "#"], ref="Registratienummer:",
               prose=["Rond 22.40 uur ter plaatse op de {PL} i.v.m. overlast. De verdachte, later geïdentificeerd als {S}, was te voet vertrokken. "
                      "{V} verklaarde hem van het werk te kennen.",
                      "{V} meldde diefstal van haar fiets bij {ORG}. Op de beelden is vermoedelijk {S} te zien. Verklaring van {W} opgenomen."]),
    "es": dict(hd=["ATESTADO", "Parte de intervención", "Denuncia"], com=["Denunciante:", "Requirente:"],
               sus=["Investigado:", "Sospechoso:"], vic=["Víctima:", "Perjudicada:"], wit=["Testigo:"],
               off=["Instructor:", "Agente:"], badge=["Agente", "Cabo", "Subinspector"],
               bno=["TIP", "nº"], ref="Nº de atestado:",
               prose=["Sobre las 22:40 se acude a {PL} por alboroto. El sospechoso, identificado posteriormente como {S}, había huido a pie. "
                      "{V} manifiesta que lo conoce del trabajo.",
                      "{V} denuncia el robo de su bicicleta frente a {ORG}. En las imágenes aparece un varón, posiblemente {S}. Se toma declaración a {W}."]),
    "it": dict(hd=["VERBALE DI DENUNCIA", "Relazione di servizio", "Rapporto"], com=["Denunciante:", "Esponente:"],
               sus=["Indagato:", "Sospettato:"], vic=["Vittima:", "Parte offesa:"], wit=["Testimone:", "Persona informata:"],
               off=["Verbalizzante:", "Agente:"], badge=["Agente", "Brigadiere", "Ispettore"],
               bno=["matr.", "n."], ref="Prot. n.:",
               prose=["Alle 22:40 circa intervento in {PL} per schiamazzi. Il sospettato, poi identificato come {S}, si era allontanato a piedi. "
                      "{V} riferisce di conoscerlo dal lavoro.",
                      "{V} denuncia il furto della bicicletta davanti a {ORG}. Dalle immagini sembra trattarsi di {S}. Sentito {W}."]),
    "pt": dict(hd=["AUTO DE NOTÍCIA", "Relatório de ocorrência", "Participação"], com=["Queixoso:", "Participante:"],
               sus=["Suspeito:", "Arguido:"], vic=["Vítima:", "Ofendida:"], wit=["Testemunha:"],
               off=["Autuante:", "Agente:"], badge=["Agente", "Chefe", "Subcomissário"],
               bno=["n.º", "matrícula"], ref="NUIPC:",
               prose=["Pelas 22h40 deslocação à {PL} por desacatos. O suspeito, mais tarde identificado como {S}, tinha fugido a pé. "
                      "{V} declarou conhecê-lo do trabalho.",
                      "{V} participou o furto da bicicleta em frente a {ORG}. As imagens mostram um homem, provavelmente {S}. Ouvida {W}."]),
}


def gen_police(lg):
    L, d = POL_L[lg], Doc(lg, "police_report")
    d.t(R.choice(L["hd"]) + "\n" + L["ref"] + " ").span("NEG_CODE", code(R.choice(["CR", "INC", "ATS"]))).t("\n")
    d.t(R.choice(L["off"]) + " " + R.choice(L["badge"]) + " ")
    if R.random() < 0.5:
        d.t(str(R.randint(1000, 9999)) + " ").name(R.choice(["full", "caps", "init"]))
    else:
        d.name(R.choice(["full", "caps"])).t(", " + R.choice(L["bno"]) + " " + str(R.randint(1000, 99999)))
    d.t("\n")
    if R.random() < 0.55:
        for key in R.sample(["com", "sus", "vic", "wit"], R.randint(2, 4)):
            d.t(R.choice(L[key]) + " ").name(R.choice(["inv", "caps", "full", "gSUR", "invmix"]))
            if R.random() < 0.5:
                d.t(", " + {"en": "DOB", "de": "geb.", "fr": "né(e) le", "nl": "geb.", "es": "nacido/a el",
                            "it": "nato/a il", "pt": "nascido/a a"}[lg] + " ").span("DATE_OF_BIRTH", dob(lg))
            d.t("\n")
    else:
        d.t("\n")
        fill_note(d, R.choice(L["prose"]), {
            "S": lambda dd: dd.name(R.choice(["full", "caps", "gSUR"])), "V": lambda dd: dd.name("full"),
            "W": lambda dd: dd.name(R.choice(["full", "init"])),
            "PL": lambda dd: dd.neg("NEG_PLACE", STREETS[lg]), "ORG": lambda dd: dd.neg("NEG_ORG", ORGS[lg])})
    d.done(upper=R.random() < 0.2)


# ---- tenancy agreements --------------------------------------------------------------------------
TEN_L = {
    "en": dict(hd=["ASSURED SHORTHOLD TENANCY AGREEMENT", "Tenancy Agreement"],
               between="This Agreement is made on {D} between {L} (the \"Landlord\") and {T} (the \"Tenant\") "
                       "in respect of the Property at {A}.",
               lab=[("Landlord:", "L"), ("Tenant:", "T"), ("Guarantor:", "G"), ("Agent:", "AG")],
               terms=["Deposit", "Schedule 1", "the Housing Act 1988", "Term", "Rent"]),
    "de": dict(hd=["MIETVERTRAG über Wohnraum", "Wohnungsmietvertrag"],
               between="Zwischen {L} (Vermieter) und {T} (Mieter) wird am {D} folgender Mietvertrag über die Wohnung {A} geschlossen.",
               lab=[("Vermieter:", "L"), ("Mieter:", "T"), ("Bürge:", "G"), ("Hausverwaltung:", "AG")],
               terms=["Mietsache", "Kaution", "§ 551 BGB", "Nebenkosten", "Betriebskosten"]),
    "fr": dict(hd=["CONTRAT DE LOCATION", "Bail d'habitation"],
               between="Entre les soussignés : {L}, ci-après dénommé « le Bailleur », et {T}, ci-après dénommé « le Locataire », "
                       "il a été convenu le {D} la location du logement situé {A}.",
               lab=[("Bailleur :", "L"), ("Locataire :", "T"), ("Caution :", "G"), ("Mandataire :", "AG")],
               terms=["Dépôt de garantie", "loi du 6 juillet 1989", "Charges", "Préavis"]),
    "nl": dict(hd=["HUUROVEREENKOMST WOONRUIMTE", "Huurcontract"],
               between="De ondergetekenden: {L}, hierna te noemen 'verhuurder', en {T}, hierna te noemen 'huurder', "
                       "komen op {D} overeen dat verhuurder de woning aan {A} verhuurt.",
               lab=[("Verhuurder:", "L"), ("Huurder:", "T"), ("Borg:", "G"), ("Makelaar:", "AG")],
               terms=["Waarborgsom", "Huurprijs", "Burgerlijk Wetboek", "Servicekosten"]),
    "es": dict(hd=["CONTRATO DE ARRENDAMIENTO DE VIVIENDA", "Contrato de alquiler"],
               between="En Madrid, a {D}. REUNIDOS: De una parte, {L}, en adelante el ARRENDADOR, y de otra, {T}, "
                       "en adelante el ARRENDATARIO, respecto de la vivienda sita en {A}.",
               lab=[("Arrendador:", "L"), ("Arrendatario:", "T"), ("Avalista:", "G"), ("Agente:", "AG")],
               terms=["Fianza", "Ley de Arrendamientos Urbanos", "Renta", "Cláusula Tercera"]),
    "it": dict(hd=["CONTRATTO DI LOCAZIONE AD USO ABITATIVO", "Contratto di locazione"],
               between="Con la presente scrittura privata, redatta il {D}, tra {L} (di seguito «locatore») e {T} "
                       "(di seguito «conduttore») si conviene la locazione dell'immobile in {A}.",
               lab=[("Locatore:", "L"), ("Conduttore:", "T"), ("Garante:", "G"), ("Agenzia:", "AG")],
               terms=["Deposito cauzionale", "Legge 431/1998", "Canone", "Oneri accessori"]),
    "pt": dict(hd=["CONTRATO DE ARRENDAMENTO", "Contrato de arrendamento habitacional"],
               between="Aos {D}, entre {L}, doravante designado Senhorio, e {T}, doravante designado Inquilino, "
                       "é celebrado o arrendamento da fração sita na {A}.",
               lab=[("Senhorio:", "L"), ("Inquilino:", "T"), ("Fiador:", "G"), ("Mediador:", "AG")],
               terms=["Caução", "NRAU", "Renda", "Cláusula Quarta"]),
}


def gen_tenancy(lg):
    L, d = TEN_L[lg], Doc(lg, "tenancy")
    d.t(R.choice(L["hd"]) + "\n\n")

    def party(dd):
        if R.random() < 0.75:
            dd.name(R.choice(["full", "full", "caps", "gSUR"]), title=R.random() < 0.4)
        else:
            dd.neg("NEG_ORG", ORGS[lg])
    if R.random() < 0.6:
        fill_note(d, L["between"], {"L": party, "T": lambda dd: dd.name(R.choice(["full", "caps", "gSUR"]),
                                                                        title=R.random() < 0.4),
                                    "D": lambda dd: dd.span("NEG_DATE", date(lg)),
                                    "A": lambda dd: dd.span("STREET_ADDRESS", street_addr(lg))})
        d.t("\n")
    else:
        for lab, k in L["lab"]:
            if k == "G" and R.random() < 0.5:
                continue
            d.t(lab + " ")
            if k == "AG":
                d.neg("NEG_ORG", AGENCIES[lg]).t(", ").name("full")
            elif k == "L":
                party(d)
            else:
                d.name(R.choice(["full", "inv", "caps", "gSUR"]))
            d.t("\n")
    d.t("\n1. ").neg("NEG_TERM", L["terms"]).t(": " + R.choice(["850", "1.200", "675", "2 x 950"]) + " EUR\n2. ")
    d.neg("NEG_TERM", L["terms"]).t("\n")
    d.done(upper=R.random() < 0.06)


# ---- HR incident reports and reviews -------------------------------------------------------------
HR_L = {
    "en": dict(hd=["Incident Report (HR)", "Performance Review", "Grievance record"],
               emp="Employee:", mgr=["Line manager:", "Manager:", "Reports to:"], wit=["Witness:", "Witnesses:"],
               rev=["Reviewer:", "Completed by:", "HR contact:"], dept="Department:", role="Job title:",
               prose=["On {D}, {E} raised concerns that {M} had spoken to her aggressively in front of the team. {W} was present.",
                      "{E} has exceeded targets this year. {M} notes strong ownership of the {T} rollout."]),
    "de": dict(hd=["Vorfallsbericht (Personal)", "Mitarbeitergespräch", "Beschwerdeprotokoll"],
               emp="Mitarbeiter/in:", mgr=["Führungskraft:", "Vorgesetzte/r:"], wit=["Zeuge:", "Anwesend:"],
               rev=["Protokoll:", "Erstellt von:", "Personalreferentin:"], dept="Abteilung:", role="Funktion:",
               prose=["Am {D} meldete {E}, dass {M} sie vor dem Team angeschrien habe. {W} war anwesend.",
                      "{E} hat die Ziele übertroffen. {M} lobt die Verantwortung beim {T}-Rollout."]),
    "fr": dict(hd=["Rapport d'incident RH", "Entretien annuel", "Compte rendu"],
               emp="Salarié :", mgr=["Manager :", "Responsable hiérarchique :"], wit=["Témoin :"],
               rev=["Évaluateur :", "Rédigé par :"], dept="Service :", role="Poste :",
               prose=["Le {D}, {E} a signalé que {M} lui avait parlé de manière agressive devant l'équipe. {W} était présent.",
                      "{E} a dépassé ses objectifs. {M} souligne son implication dans le déploiement de {T}."]),
    "nl": dict(hd=["Incidentrapport HR", "Beoordelingsgesprek", "Verslag klacht"],
               emp="Medewerker:", mgr=["Leidinggevende:", "Manager:"], wit=["Getuige:", "Aanwezig:"],
               rev=["Beoordelaar:", "Verslag door:"], dept="Afdeling:", role="Functie:",
               prose=["Op {D} meldde {E} dat {M} haar in het bijzijn van het team had uitgescholden. {W} was erbij.",
                      "{E} heeft de doelen overtroffen. {M} noemt de inzet bij de uitrol van {T}."]),
    "es": dict(hd=["Informe de incidencia (RR. HH.)", "Evaluación de desempeño"],
               emp="Empleado/a:", mgr=["Responsable:", "Jefe directo:"], wit=["Testigo:"],
               rev=["Evaluador:", "Redactado por:"], dept="Departamento:", role="Puesto:",
               prose=["El {D}, {E} comunicó que {M} le había gritado delante del equipo. {W} estaba presente.",
                      "{E} ha superado los objetivos. {M} destaca su implicación en la implantación de {T}."]),
    "it": dict(hd=["Segnalazione HR", "Valutazione annuale"],
               emp="Dipendente:", mgr=["Responsabile:", "Manager:"], wit=["Testimone:"],
               rev=["Valutatore:", "Redatto da:"], dept="Reparto:", role="Mansione:",
               prose=["Il {D} {E} ha segnalato che {M} l'aveva aggredita verbalmente davanti al team. Era presente {W}.",
                      "{E} ha superato gli obiettivi. {M} sottolinea l'impegno nel rilascio di {T}."]),
    "pt": dict(hd=["Relatório de incidente (RH)", "Avaliação de desempenho"],
               emp="Colaborador(a):", mgr=["Chefia direta:", "Gestor:"], wit=["Testemunha:"],
               rev=["Avaliador:", "Elaborado por:"], dept="Departamento:", role="Função:",
               prose=["No dia {D}, {E} comunicou que {M} lhe tinha falado de forma agressiva diante da equipa. {W} estava presente.",
                      "{E} superou os objetivos. {M} destaca o empenho na implementação do {T}."]),
}
DEPTS = ["Finance", "Customer Success", "Logistik", "Contrôle de gestion", "Inkoop", "Ventas", "Amministrazione", "Operações"]
ROLES = ["Senior Analyst", "Teamleiterin", "Chargé de clientèle", "Magazijnmedewerker", "Técnico de soporte",
         "Impiegata amministrativa", "Gestor de conta"]
SYSTEMS = ["SAP S/4HANA", "Salesforce", "Workday", "ServiceNow", "Jira Service Management"]


def gen_hr(lg):
    L, d = HR_L[lg], Doc(lg, "hr_report")
    d.t(R.choice(L["hd"]) + "\n")
    d.t(L["emp"] + " ").name(R.choice(["full", "inv", "caps", "gSUR"])).t("\n")
    d.t(L["dept"] + " ").neg("NEG_ORG", DEPTS).t("   " + L["role"] + " ").neg("NEG_TERM", ROLES).t("\n")
    d.t(R.choice(L["mgr"]) + " ").name(R.choice(["full", "init", "invmix"])).t("\n")
    if R.random() < 0.6:
        d.t(R.choice(L["wit"]) + " ").name("full")
        if R.random() < 0.4:
            d.t(", ").name("full")
        d.t("\n")
    d.t("\n")
    fill_note(d, R.choice(L["prose"]), {
        "D": lambda dd: dd.span("NEG_DATE", date(lg)),
        "E": lambda dd: dd.name(R.choice(["full", "full"])) if R.random() < 0.5 else dd.span("PERSON", person(lg)[0]),
        "M": lambda dd: dd.name("full", title=R.random() < 0.3), "W": lambda dd: dd.name("full"),
        "T": lambda dd: dd.neg("NEG_PRODUCT", SYSTEMS)})
    d.t("\n" + R.choice(L["rev"]) + " ").name(R.choice(["full", "init"]))
    d.done(upper=R.random() < 0.05)


# ---- dating and community profiles ---------------------------------------------------------------
PRO_L = {
    "en": dict(name=["Name:", "Display name:", "First name:"], about=["About me:", "Bio:"], look=["Looking for:"],
               intro=["Hi, I'm {N}!", "Hey there, {N} here.", "I'm {N}, {AGE}."],
               body=["I love hiking around {PL}, bad puns and {B}.", "Weekends: climbing, {B} on repeat, brunch in {PL}."],
               want=["someone kind who laughs easily", "a partner in crime for gigs", "new friends in {PL}"]),
    "de": dict(name=["Name:", "Vorname:", "Anzeigename:"], about=["Über mich:"], look=["Ich suche:"],
               intro=["Hallo, ich bin {N}!", "Hi, {N} hier.", "Ich heiße {N}, {AGE}."],
               body=["Ich wandere gern um {PL} und höre {B}.", "Am Wochenende Flohmarkt in {PL}, abends {B}."],
               want=["jemanden mit Humor", "nette Leute zum Bouldern in {PL}"]),
    "fr": dict(name=["Prénom :", "Pseudo :"], about=["À propos de moi :"], look=["Je recherche :"],
               intro=["Salut, moi c'est {N} !", "Je m'appelle {N}, {AGE} ans."],
               body=["J'adore flâner à {PL} et écouter {B}.", "Cinéma, rando et concerts de {B}."],
               want=["une personne drôle et sincère", "des amis pour sortir à {PL}"]),
    "nl": dict(name=["Naam:", "Voornaam:"], about=["Over mij:"], look=["Op zoek naar:"],
               intro=["Hoi, ik ben {N}!", "Ik heet {N}, {AGE}."],
               body=["Ik fiets graag door het {PL} en luister naar {B}.", "Weekend: markt in {PL}, avond: {B}."],
               want=["iemand met humor", "nieuwe vrienden in {PL}"]),
    "es": dict(name=["Nombre:", "Alias:"], about=["Sobre mí:"], look=["Busco:"],
               intro=["¡Hola! Soy {N}.", "Me llamo {N}, {AGE} años."],
               body=["Me encanta pasear por {PL} y escuchar {B}.", "Findes de tapas en {PL} y conciertos de {B}."],
               want=["alguien con sentido del humor", "gente para salir por {PL}"]),
    "it": dict(name=["Nome:", "Nickname:"], about=["Su di me:"], look=["Cerco:"],
               intro=["Ciao, sono {N}!", "Mi chiamo {N}, {AGE} anni."],
               body=["Amo passeggiare per {PL} e ascoltare {B}.", "Aperitivo ai {PL}, concerti dei {B}."],
               want=["una persona solare", "amici per il trekking"]),
    "pt": dict(name=["Nome:", "Alcunha:"], about=["Sobre mim:"], look=["Procuro:"],
               intro=["Olá, sou a {N}!", "Chamo-me {N}, {AGE} anos."],
               body=["Adoro passear por {PL} e ouvir {B}.", "Fins de semana em {PL}, concertos de {B}."],
               want=["alguém divertido", "amigos para caminhadas"]),
}
BANDS = ["Arctic Monkeys", "Fleetwood Mac", "Die Ärzte", "Stromae", "Rosalía", "Måneskin", "Xutos & Pontapés",
         "Golden Earring", "Radiohead", "Taylor Swift"]


def gen_profile(lg):
    L, d = PRO_L[lg], Doc(lg, "profile")
    g, s = person(lg)
    if R.random() < 0.5:
        d.t(R.choice(L["name"]) + " ").span("PERSON", g).t(", %d\n" % R.randint(22, 61))
    else:
        d.t(R.choice(L["name"]) + " ").span("PERSON", g + " " + s[0] + ".").t("\n")
    d.t(R.choice(L["about"]) + " ")
    slots = {"N": lambda dd: dd.span("PERSON", g), "AGE": lambda dd: dd.t(str(R.randint(22, 61))),
             "PL": lambda dd: dd.neg("NEG_PLACE", PLACES[lg]), "B": lambda dd: dd.neg("NEG_ORG", BANDS)}
    fill_note(d, R.choice(L["intro"]) + " " + R.choice(L["body"]), slots)
    d.t("\n" + R.choice(L["look"]) + " ")
    fill_note(d, R.choice(L["want"]), slots)
    if R.random() < 0.4:
        d.t("\n" + {"en": "Friends say:", "de": "Freunde sagen:", "fr": "Mes amis disent :", "nl": "Vrienden zeggen:",
                    "es": "Mis amigos dicen:", "it": "Gli amici dicono:", "pt": "Os amigos dizem:"}[lg] + " \"…\" — ")
        d.span("PERSON", person(lg)[0])
    d.done(upper=False)


# ---- property listings ---------------------------------------------------------------------------
LIST_L = {
    "en": dict(hd=["3 bed semi-detached house", "Spacious 2 bedroom flat", "Charming period cottage"],
               body="Set on {ST} close to {PL}, this {BR} home offers a south-facing garden.",
               contact=["Contact:", "Agent:", "Call"], view=["Viewings with {N} by appointment.",
                                                            "To arrange a viewing call {N} on 0113 496 0123."],
               feat=["The Old Rectory", "Victoria Park", "Grade II listed"]),
    "de": dict(hd=["3-Zimmer-Wohnung mit Balkon", "Einfamilienhaus mit Garten"],
               body="In ruhiger Lage an der {ST}, nahe {PL}: {BR}, Einbauküche, Keller.",
               contact=["Ansprechpartner:", "Kontakt:", "Ihre Ansprechpartnerin:"],
               view=["Besichtigung mit {N} nach Vereinbarung.", "Termine über {N}, Tel. 040 123456."],
               feat=["Altbau", "Energieausweis", "Stadtvilla"]),
    "fr": dict(hd=["Appartement T3 lumineux", "Maison de ville avec jardin"],
               body="Situé {ST}, proche de {PL}, ce {BR} comprend séjour, cuisine équipée et cave.",
               contact=["Contact :", "Votre conseiller :"],
               view=["Visites avec {N} sur rendez-vous.", "Pour visiter, contactez {N} au 04 72 00 11 22."],
               feat=["DPE C", "Haussmannien", "Loi Carrez"]),
    "nl": dict(hd=["Ruim 3-kamerappartement", "Hoekwoning met tuin"],
               body="Gelegen aan de {ST}, vlak bij {PL}: {BR}, open keuken en berging.",
               contact=["Contactpersoon:", "Makelaar:"],
               view=["Bezichtigen met {N} op afspraak.", "Bel {N} voor een bezichtiging."],
               feat=["Energielabel A", "Erfpacht", "VvE"]),
    "es": dict(hd=["Piso de 3 dormitorios", "Ático con terraza"],
               body="En la {ST}, junto a {PL}: {BR}, cocina equipada y trastero.",
               contact=["Contacto:", "Agente:"],
               view=["Visitas con {N} con cita previa.", "Llame a {N} al 915 123 456."],
               feat=["Certificado energético", "Nuda propiedad", "Comunidad"]),
    "it": dict(hd=["Trilocale luminoso", "Villetta a schiera"],
               body="In {ST}, vicino a {PL}: {BR}, cucina abitabile e cantina.",
               contact=["Referente:", "Agente:"],
               view=["Visite con {N} su appuntamento.", "Per visitare chiamare {N} al 02 1234567."],
               feat=["Classe energetica B", "Nuda proprietà", "Spese condominiali"]),
    "pt": dict(hd=["Apartamento T2", "Moradia V3 com jardim"],
               body="Na {ST}, junto a {PL}: {BR}, cozinha equipada e arrecadação.",
               contact=["Contacto:", "Consultor:"],
               view=["Visitas com {N} mediante marcação.", "Ligue a {N} para marcar visita."],
               feat=["Certificado energético B", "Licença de habitação", "Condomínio"]),
}
BRANDS = ["Miele", "Bosch", "Siemens", "Smeg", "Neff", "Velux", "Bulthaup"]


def gen_listing(lg):
    L, d = LIST_L[lg], Doc(lg, "listing")
    d.t(R.choice(L["hd"]) + " — ").neg("NEG_PLACE", PLACES[lg]).t("\n")
    fill_note(d, L["body"], {"ST": lambda dd: dd.neg("NEG_PLACE", STREETS[lg]),
                             "PL": lambda dd: dd.neg("NEG_PLACE", PLACES[lg]),
                             "BR": lambda dd: dd.t("3/1 (").neg("NEG_PRODUCT", BRANDS).t(")")})
    d.t(" (").neg("NEG_TERM", L["feat"]).t(")\n")
    fill_note(d, R.choice(L["view"]), {"N": lambda dd: dd.name(R.choice(["full", "full"])) if R.random() < 0.7
                                       else dd.span("PERSON", person(lg)[0])})
    d.t("\n" + R.choice(L["contact"]) + " ")
    if R.random() < 0.5:
        d.name("full").t(", ")
    d.neg("NEG_ORG", AGENCIES[lg])
    d.done(upper=False)


GENS = [gen_invoice, gen_invoice, gen_pharmacy, gen_vet, gen_vet, gen_lab, gen_insurance, gen_police,
        gen_tenancy, gen_hr, gen_profile, gen_listing]


def main():
    for rnd in range(5):
        for lg in LANGS:
            for gen in GENS:
                gen(lg)
    write_json(Doc.records)


if __name__ == "__main__":
    main()
