#!/usr/bin/env python3
"""gen_names_lookalikes.py: a tune set of look-alikes of people's names (issue 15, branch `orgs`),
written from a fresh brief, not from any held-out record: names of people that are not a person
in the text, next to real people in the same texts, so that precision and recall are both
measured.

- NEG_ORG: companies, brands, shops, firms, foundations, universities and hospitals named after
  people ("Johnson & Johnson", "Hugo Boss AG", "Morgan Stanley", "Müller GmbH", "Rossi S.p.A.",
  "De Vries B.V.", "the Gates Foundation", "Johns Hopkins", "St. Mary's");
- NEG_PLACE: streets, squares, stations and airports named after people used as a place, with no
  building number ("meet at Karl-Marx-Allee", "Piazza Garibaldi", "Charles de Gaulle airport"),
  and cities that are given names (Victoria, Florence, Austin, Charlotte, Regina, Lincoln);
- NEG_TERM: eponyms ("Gaussian", "Dijkstra's algorithm", "Parkinson's", "Kalman filter");
- NEG_TOPIC: famous people as the topic of a request ("in the style of Neruda", "Einstein's
  relativity", "a quote by Churchill"): masking them breaks the prompt and protects no one. A
  public figure's well-known birth year ("Mozart was born in 1756") is no one's personal data: it
  is labelled NEG_DATE, not DATE_OF_BIRTH;
- NEG_PRODUCT: products named after people ("Porsche 911", "Dell XPS 13", "Philips Hue").

Shapes: tickets, CRM rows ("Company: Hugo Boss AG"), e-mail signatures, JSON with "company",
"employer", "vendor" keys next to "name" keys, chat lines, prose; in en, de, fr, nl, es, it, pt.
The PERSON spans are half common real names, half invented by syllables.
Writes JSON (the names_tune3.json format) to stdout; deterministic (seeded)."""
import random

from gen_common import assemble, real_or_invented, write_json

rng = random.Random(20261215)

REAL = {
    "en": (["Anna", "Tom", "Emily", "James", "Sarah", "Oliver", "Grace", "Daniel"],
           ["Keller", "Walsh", "Carter", "Hughes", "Bennett", "Foster", "Reid", "Palmer"]),
    "de": (["Jonas", "Lena", "Lukas", "Katrin", "Felix", "Sabine", "Tobias", "Jana"],
           ["Berger", "Hoffmann", "Schulz", "Krüger", "Wagner", "Brandt", "Vogel", "Lang"]),
    "fr": (["Camille", "Julien", "Élodie", "Mathieu", "Chloé", "Nicolas", "Manon", "Théo"],
           ["Lefèvre", "Moreau", "Girard", "Bonnet", "Rousseau", "Fontaine", "Mercier", "Garnier"]),
    "nl": (["Sanne", "Daan", "Femke", "Joost", "Lotte", "Bram", "Eline", "Ruben"],
           ["Jansen", "Bakker", "Visser", "Smit", "Mulder", "de Boer", "Dekker", "Willems"]),
    "es": (["Lucía", "Javier", "Carmen", "Diego", "Marta", "Pablo", "Elena", "Sergio"],
           ["García", "Martínez", "López", "Sánchez", "Romero", "Navarro", "Ortega", "Castro"]),
    "it": (["Giulia", "Marco", "Chiara", "Luca", "Francesca", "Matteo", "Sara", "Davide"],
           ["Bianchi", "Romano", "Colombo", "Ricci", "Greco", "Conti", "Marino", "Galli"]),
    "pt": (["Beatriz", "João", "Inês", "Tiago", "Mariana", "Rui", "Catarina", "Pedro"],
           ["Silva", "Santos", "Ferreira", "Pereira", "Oliveira", "Costa", "Rodrigues", "Martins"]),
}
SYL = {
    "en": (["bra", "del", "wyn", "ric", "ol", "mar", "ton", "ley", "ash", "fen"], ["worth", "by", "ford", "ley", "wick"]),
    "de": (["jör", "gun", "hil", "wal", "ber", "tra", "mil", "ke", "ro", "din"], ["mann", "huber", "bach", "ler", "stätter"]),
    "fr": (["ma", "lou", "ber", "gi", "ré", "lan", "so", "ti", "vin", "da"], ["ard", "eau", "ier", "oux", "elle"]),
    "nl": (["jo", "wil", "ger", "ri", "bo", "lie", "ke", "mar", "dui", "hen"], ["sma", "ink", "stra", "kamp", "huis"]),
    "es": (["ro", "sal", "mi", "ber", "ta", "lu", "ca", "nie", "go", "ve"], ["ález", "era", "uño", "ales", "ido"]),
    "it": (["gia", "lo", "ren", "ma", "vi", "ce", "sti", "no", "fa", "bri"], ["ucci", "etti", "ani", "one", "ini"]),
    "pt": (["ra", "gon", "li", "ma", "tei", "vas", "que", "so", "bri", "du"], ["eira", "ães", "ado", "ões", "elo"]),
}

# Companies and brands named after people, the same in every language.
ORGS = ["Johnson & Johnson", "Procter & Gamble", "Ernst & Young", "Hugo Boss", "Ralph Lauren",
        "Louis Vuitton", "Tommy Hilfiger", "Morgan Stanley", "Goldman Sachs", "Merrill Lynch",
        "Baker McKenzie", "Siemens", "Philips", "Bosch", "Heineken", "Renault", "Peugeot", "Michelin",
        "Dell", "Ferrari", "Porsche", "Marks & Spencer", "Ben & Jerry's", "Sainsbury's", "McDonald's",
        "Calvin Klein", "Christian Dior", "Estée Lauder", "Charles Schwab", "Arthur Andersen",
        "Deloitte", "Boehringer Ingelheim", "Roland Berger", "Carl Zeiss", "Hewlett-Packard",
        "Walt Disney", "Lidl", "Dr. Oetker", "Rolls-Royce", "Harley-Davidson", "Kellogg's",
        "Freshfields Bruckhaus Deringer", "Clifford Chance", "Allen & Overy", "Jones Day"]
# Legal forms per language, to make firms out of surnames ("Müller GmbH").
FORMS = {"en": ["Ltd", "Inc.", "LLC", "& Partners", "& Sons", "& Co."],
         "de": ["GmbH", "AG", "GmbH & Co. KG", "& Partner", "KG"],
         "fr": ["SA", "SARL", "SAS", "& Associés", "et Fils"],
         "nl": ["B.V.", "N.V.", "& Zonen", "Advocaten"],
         "es": ["S.L.", "S.A.", "y Asociados", "Abogados", "e Hijos"],
         "it": ["S.p.A.", "S.r.l.", "& Figli", "& C."],
         "pt": ["Lda.", "S.A.", "& Filhos", "Advogados"]}
FIRM_SURNAMES = {"en": ["Smith", "Taylor", "Brown", "Wilson"], "de": ["Müller", "Schmidt", "Fischer", "Weber"],
                 "fr": ["Dupont", "Martin", "Bernard", "Durand"], "nl": ["De Vries", "Van Dijk", "Peeters", "Bos"],
                 "es": ["Fernández", "Gómez", "Ruiz", "Díaz"], "it": ["Rossi", "Ferrari", "Esposito", "Russo"],
                 "pt": ["Sousa", "Gomes", "Lopes", "Almeida"]}
INSTITUTIONS = ["the Gates Foundation", "Johns Hopkins", "Stanford", "St. Mary's", "Mount Sinai",
                "the Rockefeller Foundation", "the Nobel Prize", "the Max Planck Institute",
                "the Wellcome Trust", "Carnegie Mellon", "the Mayo Clinic", "the Bill & Melinda Gates Foundation"]
STREETS = {"en": ["Martin Luther King Jr. Blvd", "Lincoln Avenue", "Washington Square", "Charles de Gaulle airport",
                  "Victoria Station", "King's Cross", "John F. Kennedy airport", "Piccadilly Circus"],
           "de": ["Karl-Marx-Allee", "Konrad-Adenauer-Straße", "Willy-Brandt-Platz", "Bahnhof Friedrichstraße",
                  "Goetheplatz", "Franz-Josef-Strauß-Flughafen", "Bismarckstraße", "Schillerplatz"],
           "fr": ["Gare Saint-Lazare", "Place Charles de Gaulle", "rue Victor Hugo", "boulevard Haussmann",
                  "avenue Jean Jaurès", "aéroport Charles-de-Gaulle", "place de la Bastille", "quai François Mauriac"],
           "nl": ["Johan Cruijff ArenA", "Rembrandtplein", "Van Goghstraat", "Museumplein",
                  "station Amsterdam Sloterdijk", "Thorbeckeplein", "Willemsplein", "Erasmusbrug"],
           "es": ["Plaza Simón Bolívar", "aeropuerto Adolfo Suárez", "calle de Cervantes", "Paseo de Gracia",
                  "estación de Atocha", "Avenida Benito Juárez", "Plaza de Colón", "Gran Vía"],
           "it": ["Piazza Garibaldi", "Via Giuseppe Verdi", "aeroporto Leonardo da Vinci", "Corso Vittorio Emanuele",
                  "stazione di Milano Centrale", "Piazza Cavour", "Via Dante", "Largo Argentina"],
           "pt": ["Praça Marquês de Pombal", "aeroporto Humberto Delgado", "Avenida Almirante Reis",
                  "estação de Santa Apolónia", "Rua Augusta", "Avenida da Liberdade", "Praça Luís de Camões",
                  "Rua Garrett"]}
CITIES = ["Victoria", "Florence", "Austin", "Eugene", "Adelaide", "Charlotte", "Regina", "Jackson",
          "Lincoln", "Washington", "Santiago", "San José", "Madison", "Augusta", "Alexandria", "Beatrice",
          "Marion", "Elizabeth", "Santa Rosa", "São Paulo"]
TERMS = ["Gaussian", "Dijkstra's algorithm", "Parkinson's", "Alzheimer's", "Kalman filter",
         "Bayes' theorem", "Levenshtein distance", "the Turing test", "Fourier transform", "Markov chain",
         "Voronoi diagram", "Bézier curve", "Huffman coding", "Nash equilibrium", "Pareto principle",
         "Occam's razor", "Crohn's disease", "Hodgkin lymphoma", "Doppler effect", "Newton's method",
         "Euler's number", "Dunning-Kruger effect", "Cartesian product", "Boolean", "Heimlich maneuver",
         "Asperger's", "Tourette syndrome", "Raft consensus", "Bloom filter", "Kruskal's algorithm"]
TOPICS = [("in the style of ", "Neruda"), ("explain ", "Einstein", "'s relativity"),
          ("summarise ", "Kafka", "'s Metamorphosis"), ("a quote by ", "Churchill"),
          ("a poem like ", "Shakespeare"), ("compare ", "Picasso", " and Dalí"),
          ("the works of ", "Goethe"), ("what did ", "Nietzsche", " mean by that"),
          ("a speech like ", "Obama"), ("paint it like ", "Van Gogh"), ("the theories of ", "Keynes"),
          ("a biography of ", "Marie Curie")]
PRODUCTS = ["Porsche 911", "Dell XPS 13", "Philips Hue", "Bosch Serie 6", "Ferrari Roma", "Ford Focus",
            "Jack Daniel's", "Johnnie Walker", "Mercedes-Benz", "Lamborghini Urus", "Tesla Model 3",
            "Heinz ketchup", "Gillette Fusion", "Chevrolet Bolt"]

L = {  # per language: labels and sentences around the spans
    "en": dict(name="Name", company="Company", contact="Contact", vendor="Vendor", sig="Best regards",
               meet="Let's meet at ", tomorrow=" tomorrow at 10.", office="our office near ",
               moved=" moved to ", works=" works at ", asked=" asked about ", need="I need ",
               write="Write ", for_=" for ", call="please call ", about=" about the ",
               ticket="Ticket #4821 - ", reporter="Reporter", flight="flight to ", via=" via ",
               topic="Can you write ", topic2=" for my class? Thanks, ", born=" was born in ",
               bought=" bought a "),
    "de": dict(name="Name", company="Firma", contact="Ansprechpartner", vendor="Lieferant", sig="Viele Grüße",
               meet="Treffen wir uns an der ", tomorrow=" morgen um 10.", office="unser Büro nahe ",
               moved=" zog nach ", works=" arbeitet bei ", asked=" fragt nach ", need="Ich brauche ",
               write="Schreib ", for_=" für ", call="bitte ruf ", about=" wegen ",
               ticket="Ticket #4821 - ", reporter="Gemeldet von", flight="Flug nach ", via=" über ",
               topic="Kannst du ", topic2=" für meinen Kurs schreiben? Danke, ", born=" wurde geboren im Jahr ",
               bought=" hat einen "),
    "fr": dict(name="Nom", company="Société", contact="Contact", vendor="Fournisseur", sig="Cordialement",
               meet="On se retrouve à ", tomorrow=" demain à 10 h.", office="notre bureau près de ",
               moved=" a déménagé à ", works=" travaille chez ", asked=" demande des infos sur ",
               need="J'ai besoin de ", write="Écris ", for_=" pour ", call="merci d'appeler ",
               about=" au sujet de ", ticket="Ticket n° 4821 - ", reporter="Signalé par", flight="vol pour ",
               via=" via ", topic="Peux-tu écrire ", topic2=" pour mon cours ? Merci, ",
               born=" est né en ", bought=" a acheté une "),
    "nl": dict(name="Naam", company="Bedrijf", contact="Contactpersoon", vendor="Leverancier",
               sig="Met vriendelijke groet", meet="We zien elkaar bij ", tomorrow=" morgen om 10 uur.",
               office="ons kantoor bij ", moved=" is verhuisd naar ", works=" werkt bij ",
               asked=" vraagt naar ", need="Ik heb nodig: ", write="Schrijf ", for_=" voor ",
               call="bel ", about=" over ", ticket="Ticket #4821 - ", reporter="Gemeld door",
               flight="vlucht naar ", via=" via ", topic="Kun je ", topic2=" schrijven voor mijn les? Dank, ",
               born=" werd geboren in ", bought=" kocht een "),
    "es": dict(name="Nombre", company="Empresa", contact="Contacto", vendor="Proveedor", sig="Saludos cordiales",
               meet="Nos vemos en ", tomorrow=" mañana a las 10.", office="nuestra oficina cerca de ",
               moved=" se mudó a ", works=" trabaja en ", asked=" pregunta por ", need="Necesito ",
               write="Escribe ", for_=" para ", call="llama a ", about=" sobre ",
               ticket="Ticket n.º 4821 - ", reporter="Reportado por", flight="vuelo a ", via=" vía ",
               topic="¿Puedes escribir ", topic2=" para mi clase? Gracias, ", born=" nació en ",
               bought=" compró un "),
    "it": dict(name="Nome", company="Azienda", contact="Referente", vendor="Fornitore", sig="Cordiali saluti",
               meet="Ci vediamo in ", tomorrow=" domani alle 10.", office="il nostro ufficio vicino a ",
               moved=" si è trasferita a ", works=" lavora da ", asked=" chiede di ", need="Mi serve ",
               write="Scrivi ", for_=" per ", call="chiama ", about=" per ",
               ticket="Ticket n. 4821 - ", reporter="Segnalato da", flight="volo per ", via=" via ",
               topic="Puoi scrivere ", topic2=" per la mia lezione? Grazie, ", born=" nacque nel ",
               bought=" ha comprato una "),
    "pt": dict(name="Nome", company="Empresa", contact="Contacto", vendor="Fornecedor", sig="Com os melhores cumprimentos",
               meet="Encontramo-nos na ", tomorrow=" amanhã às 10h.", office="o nosso escritório perto de ",
               moved=" mudou-se para ", works=" trabalha na ", asked=" pergunta sobre ", need="Preciso de ",
               write="Escreve ", for_=" para ", call="liga ao ", about=" sobre ",
               ticket="Ticket n.º 4821 - ", reporter="Reportado por", flight="voo para ", via=" via ",
               topic="Podes escrever ", topic2=" para a minha aula? Obrigado, ", born=" nasceu em ",
               bought=" comprou um "),
}


def person(lang, real):
    return real_or_invented(rng, REAL[lang], SYL[lang], real)


def firm(lang):
    s = rng.choice(FIRM_SURNAMES[lang])
    f = rng.choice(FORMS[lang])
    if rng.random() < 0.3 and not f.startswith("&"):
        s = s + " & " + rng.choice([x for x in FIRM_SURNAMES[lang] if x != s])
    return s + " " + f


def templates(lang, A, B):
    (ga, sa), (gb, sb) = A, B
    w = L[lang]
    P = lambda t: ("PERSON", t)
    org, org2, fm = rng.choice(ORGS), rng.choice(ORGS), firm(lang)
    inst, street, city = rng.choice(INSTITUTIONS), rng.choice(STREETS[lang]), rng.choice(CITIES)
    term, term2, prod = rng.choice(TERMS), rng.choice(TERMS), rng.choice(PRODUCTS)
    tp = rng.choice(TOPICS)
    topic = [tp[0], ("NEG_TOPIC", tp[1])] + ([tp[2]] if len(tp) > 2 else [])
    O = lambda t: ("NEG_ORG", t)
    return [
        ("crm", [w["name"] + ": ", P(ga + " " + sa), "\n" + w["company"] + ": ", O(org + " AG"), "\n"
                 + w["vendor"] + ": ", O(fm)]),
        ("crm", [w["contact"] + ": ", P(ga + " " + sa), " (", O(fm), ")\n" + w["contact"] + ": ",
                 P(gb + " " + sb), " (", O(org), ")"]),
        ("csv", ["name;company;city\n", P(ga + " " + sa), ";", O(org), ";", ("NEG_PLACE", city), "\n",
                 P(gb + " " + sb), ";", O(fm), ";", ("NEG_PLACE", rng.choice(CITIES))]),
        ("json", ['{"name": "', P(ga + " " + sa), '", "employer": "', O(org), '", "vendor": "', O(fm), '"}']),
        ("json", ['[{"customer": "', P(gb + " " + sb), '", "company": "', O(org2), '", "city": "',
                  ("NEG_PLACE", city), '"}]']),
        ("signature", ["...\n\n" + w["sig"] + ",\n", P(ga + " " + sa), "\nSenior Associate | ", O(fm), "\n",
                       ("NEG_PLACE", street), ", ", ("NEG_PLACE", city)]),
        ("signature", [w["sig"] + "\n", P(gb + " " + sb), "\n", O(org), " Research Lab, ", O(inst)]),
        ("ticket", [w["ticket"] + "Export to ", O(org), " failed\n" + w["reporter"] + ": ", P(ga + " " + sa),
                    "\n" + w["call"], P(gb), w["about"], O(fm), " invoice."]),
        ("place", [P(ga), ": " + w["meet"], ("NEG_PLACE", street), w["tomorrow"] + "\n", P(gb), ": ok!"]),
        ("place", [P(ga + " " + sa), w["moved"], ("NEG_PLACE", city), "; " + w["office"],
                   ("NEG_PLACE", street), "."]),
        ("place", [w["flight"], ("NEG_PLACE", city), w["via"], ("NEG_PLACE", street), " - ", P(gb + " " + sb)]),
        ("org", [P(ga + " " + sa), w["works"], O(org), ", ", P(gb + " " + sb), w["works"], O(org2), "."]),
        ("org", [P(gb), w["asked"], O(inst), w["for_"], O(fm), "."]),
        ("term", [P(ga + " " + sa), ": " + w["need"], ("NEG_TERM", term), w["for_"] + "the ",
                  ("NEG_TERM", term2), " part.\n", P(gb), ": ok"]),
        ("term", ["Hi ", P(ga), ", the ", ("NEG_TERM", term), " step is wrong; see ", ("NEG_TERM", term2),
                  ". -- ", P(gb + " " + sb)]),
        ("topic", [w["topic"]] + topic + [w["topic2"], P(ga)]),
        ("topic", [("NEG_TOPIC", "Mozart"), w["born"], ("NEG_DATE", "1756"), "; ", P(gb + " " + sb),
                   w["asked"], ("NEG_TOPIC", "Beethoven"), "."]),
        ("product", [P(ga + " " + sa), w["bought"], ("NEG_PRODUCT", prod), w["via"], O(org), "."]),
        ("product", ["#4821: ", ("NEG_PRODUCT", prod), " (" + w["contact"] + ": ", P(gb), ")"]),
        ("neg", [O(org), ", ", O(org2), " and ", O(fm), " - ", ("NEG_PLACE", street), ", ",
                 ("NEG_TERM", term)]),
    ]


records = []
for lang in ("en", "de", "fr", "nl", "es", "it", "pt"):
    for real in (True, False):
        for _ in range(2):
            A, B = person(lang, real), person(lang, real)
            for tid in range(len(templates(lang, A, B))):
                cls, parts = templates(lang, A, B)[tid]  # fresh look-alikes for each template
                text, spans = assemble(parts)
                records.append({"full_text": text, "spans": spans, "template_id": tid,
                                "metadata": {"locale": lang, "class": cls, "names": "real" if real else "invented",
                                             "corpus": "names_lookalikes"}})
write_json(records, newline=False)
