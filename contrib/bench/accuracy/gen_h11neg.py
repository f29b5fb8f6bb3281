#!/usr/bin/env python3
"""gen_h11neg.py: the classes of false findings read in names_holdout11 (stop 37, branch
`h11prec`), in kinds of text that set does not hold, each beside real persons, addresses and
birth dates that must stay masked (a filter is only good if it keeps those).

Classes (in en/de/fr/nl/es/it/pt; real and invented names):
- `example`: placeholder values after an example cue in API docs, import help, validation
  messages and wiki pages (`e.g. Jane Doe`, `z. B. Max Mustermann`, `ex. Jean Dupont`, `bijv.
  Jan Jansen`, `Musterstraße 1, 12345 Musterstadt`, `123 Main Street, Anytown`), NEG_EXAMPLE; a
  real filled-in value on the same page (PERSON, STREET_ADDRESS, DATE_OF_BIRTH), and real people
  after the same cue (`ask someone senior, e.g. Brennan Whitcombe`, `z. B. Jonas Weber`: PERSON);
- `caseno`: German court file numbers (`Az. 3 Ca 1234/25`) and statute references (`§ 18 Abs.
  1`) in a lawyer's mail or a chat, NEG_CASENO / NEG_LAW, beside the client's name, street
  address and birth date;
- `pets`: a pet's name and breed in a vet invoice, an adoption chat, a JSON record, a CSV row
  (`Bruno, Lagotto Romagnolo`, `Labradoodle`), NEG_ANIMAL / NEG_BREED, beside the owner (PERSON)
  and the owner's address; and a person named like a breed (`Jack Russell` the plumber, PERSON).
Writes JSON (the names_tune3.json format) to stdout; deterministic; Python stdlib only."""
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
    "en": ["Priya", "Siobhan", "Rebecca", "Oliver", "Hannah", "Chidi", "Tomasz"],
    "de": ["Jonas", "Ulrike", "Matthias", "Sabine", "Jürgen", "Katrin", "Tobias"],
    "fr": ["Élodie", "Mathieu", "Camille", "Sébastien", "Aurélie", "Benoît", "Julien"],
    "nl": ["Anouk", "Pieter", "Femke", "Joost", "Marloes", "Wouter", "Sanne"],
    "es": ["Javier", "Lucía", "Álvaro", "Pilar", "Sergio", "Rodrigo", "Carmen"],
    "it": ["Giulia", "Matteo", "Chiara", "Davide", "Federica", "Simone", "Lorenzo"],
    "pt": ["Beatriz", "Tiago", "Inês", "Mariana", "Gonçalo", "Leonor", "Rui"],
}
SURNAME = {
    "en": ["Okafor", "Brennan", "Sharma", "Whitcombe", "Ashworth", "Fletcher", "Doyle"],
    "de": ["Keller", "Weber", "Brandstätter", "Vogel", "Lindner", "Krause", "Schmidt"],
    "fr": ["Lefèvre", "Moreau", "Chevalier", "Marchand", "Girard", "Martin", "Roussel"],
    "nl": ["Bakker", "Visser", "Mulder", "Hendriks", "Smit", "Dekker", "Kuipers"],
    "es": ["García", "Navarro", "Romero", "Castillo", "Domínguez", "Vidal", "Ortega"],
    "it": ["Colombo", "Esposito", "Ricci", "Mancini", "Gallo", "Ferraro", "Greco"],
    "pt": ["Ferreira", "Carvalho", "Teixeira", "Almeida", "Pereira", "Sousa", "Moura"],
}
STREET = {
    "en": ["{n} Hawthorn Road, Leeds LS6 2QB", "{n} Mill Lane, Bristol BS3 4TH"],
    "de": ["Lindenstraße {n}, 10115 Berlin", "Am Kirchberg {n}, 80331 München"],
    "fr": ["{n} rue des Tanneurs, 69002 Lyon", "{n} avenue Jean Jaurès, 31000 Toulouse"],
    "nl": ["Kerkstraat {n}, 3511 LK Utrecht", "Molenweg {n}, 9711 AB Groningen"],
    "es": ["Calle del Olmo {n}, 28012 Madrid", "Avenida de la Paz {n}, 41001 Sevilla"],
    "it": ["Via dei Mille {n}, 40121 Bologna", "Corso Vercelli {n}, 20145 Milano"],
    "pt": ["Rua das Flores {n}, 4050-262 Porto", "Avenida da Liberdade {n}, 1250-096 Lisboa"],
}
# The example names and addresses of each language's forms, with its cue.
EXAMPLE = {
    "en": ("e.g.", ["John Doe", "Jane Doe", "Joe Bloggs"], "123 Main Street, Anytown"),
    "de": ("z. B.", ["Max Mustermann", "Erika Mustermann"], "Musterstraße 1, 12345 Musterstadt"),
    "fr": ("ex.", ["Jean Dupont", "Marie Dupont"], "1 rue de l'Exemple, 75000 Paris"),
    "nl": ("bijv.", ["Jan Jansen", "Piet Puk"], "Voorbeeldstraat 1, 1234 AB Ergens"),
    "es": ("p. ej.", ["Juan Pérez", "Fulano de Tal"], "Calle Falsa 123"),
    "it": ("es.", ["Mario Rossi", "Maria Bianchi"], "Via Esempio 1, 00100 Roma"),
    "pt": ("ex.", ["João da Silva", "Fulano de Tal"], "Rua Exemplo 1, 1000-001 Lisboa"),
}
WORDS = {
    "en": ("Name", "Address", "Date of birth", "Please fill in the customer record",
           "If unsure, ask someone senior"),
    "de": ("Name", "Anschrift", "Geburtsdatum", "Bitte den Kundendatensatz ausfüllen",
           "Im Zweifel jemanden fragen"),
    "fr": ("Nom", "Adresse", "Date de naissance", "Merci de remplir la fiche client",
           "En cas de doute, demandez à un collègue"),
    "nl": ("Naam", "Adres", "Geboortedatum", "Vul het klantrecord in",
           "Bij twijfel vraag je een collega"),
    "es": ("Nombre", "Dirección", "Fecha de nacimiento", "Rellena la ficha del cliente",
           "Si dudas, pregunta a alguien"),
    "it": ("Nome", "Indirizzo", "Data di nascita", "Compila la scheda cliente",
           "Nel dubbio chiedi a un collega"),
    "pt": ("Nome", "Morada", "Data de nascimento", "Preencha a ficha do cliente",
           "Em caso de dúvida, pergunte a um colega"),
}
BREEDS = ["Labradoodle", "Lagotto Romagnolo", "Border Collie", "Dackel", "Golden Retriever",
          "Cocker Spaniel", "Jack Russell", "Beagle"]
PETS = ["Bruno", "Luna", "Oscar", "Frida", "Nala", "Kiko", "Oskar", "Bella", "Milo", "Rocky"]
PET = {"en": "Dog", "de": "Hund", "fr": "Chien", "nl": "Hond", "es": "Perro", "it": "Cane",
       "pt": "Cão"}
OWNER = {"en": "Owner", "de": "Halter/in", "fr": "Propriétaire", "nl": "Eigenaar",
         "es": "Propietario/a", "it": "Proprietario", "pt": "Tutor"}
BORN = {"en": "born", "de": "geb.", "fr": "né le", "nl": "geb.", "es": "nacido el",
        "it": "nato il", "pt": "nascido a"}


def invent(lg, sur):
    while True:
        w = "".join(rng.choice(SYL[lg]) for _ in range(2))
        w += rng.choice(END[lg]) if sur else rng.choice(("a", "o", "e", "i", ""))
        if w not in LEX and len(w) >= 5:
            return w.capitalize()


def person(lg):
    g = rng.choice(GIVEN[lg]) if rng.random() < 0.6 else invent(lg, False)
    s = rng.choice(SURNAME[lg]) if rng.random() < 0.6 else invent(lg, True)
    return g + " " + s


def street(lg):
    return rng.choice(STREET[lg]).format(n=rng.randint(2, 180))


def dob():
    return "%02d.%02d.%d" % (rng.randint(1, 28), rng.randint(1, 12), rng.randint(1940, 2004))


class D(Doc):
    records = records


def example(lg):
    cue, names, addr = EXAMPLE[lg]
    name, adr, born, fill, ask = WORDS[lg]
    d = D(lg, "example")
    k = rng.randrange(4)
    ex = rng.choice(names)
    if k == 0:  # a JSON schema in API docs, the real record after it
        d.t('{"fields": {"customer_name": "string (%s ' % cue).span("NEG_EXAMPLE", ex)
        d.t(')", "address": "string (%s ' % cue).span("NEG_EXAMPLE", addr).t(')"}}\n')
        d.t('Request sent: {"customer_name": "').span("PERSON", person(lg))
        d.t('", "address": "').span("STREET_ADDRESS", street(lg)).t('"}')
    elif k == 1:  # an import help page with a filled row
        d.t("%s:\n- %s: [%s " % (fill, name, cue)).span("NEG_EXAMPLE", ex)
        d.t("]\n- %s: [%s " % (adr, cue)).span("NEG_EXAMPLE", addr)
        d.t("]\nRow 1: ").span("PERSON", person(lg)).t("; ").span("STREET_ADDRESS", street(lg))
        d.t("; ").span("DATE_OF_BIRTH", dob())
    elif k == 2:  # a validation message quoting the user's value and the example
        d.t("Error in field %s: '" % name).span("PERSON", person(lg))
        d.t("' is fine, but %s must be a full address (%s " % (adr, cue))
        d.span("NEG_EXAMPLE", addr).t("). %s: " % born).span("DATE_OF_BIRTH", dob())
    else:  # a real person after the same cue: must stay masked
        d.t("%s (%s " % (ask, cue)).span("PERSON", person(lg)).t(") — %s (%s " % (name, cue))
        d.span("NEG_EXAMPLE", ex).t(").")
    d.done()


def caseno(lg):
    d = D(lg, "caseno")
    az = "%d %s %d/%02d" % (rng.randint(1, 40), rng.choice(["Ca", "O", "C", "Sa"]),
                            rng.randint(100, 9999), rng.randint(19, 26))
    p = person("de")
    if lg in ("de", "nl", "it"):
        d.t("Sehr geehrte Frau ").span("PERSON", p.split()[1]).t(",\nin Sachen ")
        d.span("PERSON", p).t(", ").span("STREET_ADDRESS", street("de")).t(", geb. ")
        d.span("DATE_OF_BIRTH", dob()).t(", Az. ").span("NEG_CASENO", az)
        d.t(", verweisen wir auf § ").span("NEG_LAW", "%d Abs. %d" % (rng.randint(2, 99),
                                                                    rng.randint(1, 4)))
        d.t(" KSchG.")
    else:
        d.t("can you translate this for my client ").span("PERSON", p).t(" (")
        d.span("STREET_ADDRESS", street("de")).t("): the labour court file is ")
        d.span("NEG_CASENO", az).t(", hearing next week, claim under § ")
        d.span("NEG_LAW", "%d Abs. %d" % (rng.randint(2, 99), rng.randint(1, 4))).t(" BGB")
    d.done()


def pets(lg):
    d = D(lg, "pets")
    pet, breed = rng.choice(PETS), rng.choice(BREEDS)
    k = rng.randrange(4)
    if k == 0:  # a vet invoice
        d.t("INVOICE 2026-%04d\n%s: " % (rng.randint(1, 9999), OWNER[lg])).span("PERSON", person(lg))
        d.t(", ").span("STREET_ADDRESS", street(lg)).t("\n%s: " % PET[lg]).span("NEG_ANIMAL", pet)
        d.t(", ").span("NEG_BREED", breed).t(", %s 2021-03-04\nVaccination 45.00" % BORN[lg])
    elif k == 1:  # JSON
        d.t('{"owner": "').span("PERSON", person(lg)).t('", "pet": "%s: ' % PET[lg])
        d.span("NEG_ANIMAL", pet).t(", ").span("NEG_BREED", breed).t(', chip 276098100234567"}')
    elif k == 2:  # CSV with a breed alone
        d.t("owner;breed;visit\n").span("PERSON", person(lg)).t(";").span("NEG_BREED", breed)
        d.t(";2026-05-0%d" % rng.randint(1, 9))
    else:  # a person named like a breed, and a dog beside
        d.t("%s: " % OWNER[lg]).span("PERSON", "Jack Russell").t(", ")
        d.span("STREET_ADDRESS", street(lg)).t(", %s: " % PET[lg]).span("NEG_ANIMAL", pet)
        d.t(" (").span("NEG_BREED", rng.choice(BREEDS[:4])).t(")")
    d.done()


for i in range(210):
    lg = LANGS[i % 7]
    [example, example, caseno, pets, pets][(i // 7) % 5](lg)

write_json(records)
