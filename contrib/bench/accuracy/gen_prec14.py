#!/usr/bin/env python3
"""gen_prec14.py: the largest kinds of false PERSON findings on the tune sets, in new text, with
real persons in the same layouts (branch `prec14`).

Written after counting the tune sets' false PERSON findings by kind and before reading the
detectors' rules, in en/de/fr/nl/es/it/pt:
- animals with their species or breed beside the name: vet records and invoices (`Patient: Rocky
  (Border Collie, 6 y)`), boarding and grooming sheets, tables with a species column (`Fipsi
  Katze 4`), adoption lists (`Kira – chienne, stérilisée`) (NEG_PET); owners, vets and keepers are
  persons;
- works and their authors cited as works: library holds and reading lists (`Title / Author`,
  `Title by Author`, `Title von Author`, `«Title» de Author`), bookshop orders (NEG_WORK for the
  title, NEG_AUTHOR for the author); the borrower or the customer is a person;
- firms named by a trade noun or a legal form around a name (`Bäckerei Hofmann`, `Ferretería
  Ruiz`, `Bakkerij De Vries`, `Weber GmbH`, `Ruiz Hermanos S.L.`), under customer and supplier
  labels (`Kunde:`, `Cliente:`, `Klant:`, `Client :`, `Fornitore:`) and in invoice tables
  (NEG_ORG); the contact person beside it is a person.
Real names (typed per language) and invented ones (syllables, checked against the lexicon).
Writes JSON (the names_tune3.json format) to stdout; deterministic; Python stdlib only."""
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gen_common import Doc, write_json, SYL7 as SYL, END7 as END  # noqa: E402
from lexicon_words import lexicon_words  # noqa: E402

rng = random.Random(20261204 + 14)
LEX = set(w.lower() for w in lexicon_words(with_global=True))
LANGS = ["en", "de", "fr", "nl", "es", "it", "pt"]
records = []

GIVEN = {
    "en": ["Hannah", "George", "Olivia", "Thomas", "Grace", "Edward", "Lucy", "Samuel"],
    "de": ["Anja", "Tobias", "Claudia", "Florian", "Heike", "Markus", "Petra", "Uwe"],
    "fr": ["Camille", "Mathieu", "Aurélie", "Thierry", "Sandrine", "Benoît", "Élise", "Damien"],
    "nl": ["Lotte", "Ruben", "Ilse", "Maarten", "Esther", "Koen", "Mirjam", "Daan"],
    "es": ["Elena", "Andrés", "Rocío", "Guillermo", "Nuria", "Ignacio", "Patricia", "Raúl"],
    "it": ["Valentina", "Stefano", "Federica", "Alessandro", "Silvia", "Riccardo", "Paola", "Marco"],
    "pt": ["Joana", "Ricardo", "Sofia", "Nuno", "Filipa", "André", "Raquel", "Miguel"],
}
SURNAME = {
    "en": ["Thornton", "Ashworth", "Barlow", "Kendrick", "Prescott", "Hollis", "Mercer"],
    "de": ["Schuster", "Reinhardt", "Lehmann", "Voigt", "Seidel", "Kühn", "Albrecht"],
    "fr": ["Perrin", "Chevalier", "Lemoine", "Gauthier", "Renaud", "Barbier", "Colin"],
    "nl": ["Verhoeven", "Kok", "Dekker", "van Leeuwen", "Bos", "Hendriks", "de Graaf"],
    "es": ["Iglesias", "Serrano", "Medina", "Cortés", "Garrido", "Vidal", "Fuentes"],
    "it": ["Ferraro", "Galli", "Conti", "Mancini", "Lombardi", "Moretti", "Barbieri"],
    "pt": ["Sousa", "Mendes", "Fonseca", "Lopes", "Gomes", "Ribeiro", "Pinto"],
}


def invent(lg):
    while True:
        w = "".join(rng.choice(SYL[lg]) for _ in range(rng.choice((1, 2)))) + rng.choice(END[lg])
        if w not in LEX and len(w) >= 5:
            return w[0].upper() + w[1:]


def surname(lg):
    return rng.choice(SURNAME[lg]) if rng.random() < 0.6 else invent(lg)


def person(lg):
    """'Given Surname': a well-attested given name before a real or invented surname."""
    return rng.choice(GIVEN[lg]) + " " + surname(lg)


class D(Doc):
    records = records

    def slot(self, key, kw):
        if key == "P":
            self.span("PERSON", person(self.lg))
        elif key == "G":
            self.span("PERSON", rng.choice(GIVEN[self.lg]))
        elif key in kw:
            lab, v = kw[key]
            self.span(lab, v)
        else:
            raise ValueError(key)


# ---- animals with a species or a breed ---------------------------------------------------------
PETS = ["Rocky", "Fipsi", "Luna", "Balou", "Minou", "Kiki", "Tommy", "Nero", "Lilly", "Paco",
        "Greta", "Oskar", "Bijou", "Muffin", "Pablo", "Frieda", "Ringo", "Lola", "Whisky", "Sammy",
        "Amigo", "Emma", "Felix", "Moritz", "Toby", "Nina", "Leo", "Cleo", "Sultan", "Gina"]
SPECIES = {
    "en": ["dog", "cat", "rabbit", "guinea pig", "ferret", "parrot"],
    "de": ["Hund", "Katze", "Kaninchen", "Meerschweinchen", "Kater", "Wellensittich"],
    "fr": ["chien", "chat", "lapin", "chatte", "furet", "cochon d'Inde"],
    "nl": ["hond", "kat", "konijn", "cavia", "kater", "parkiet"],
    "es": ["perro", "gato", "conejo", "perra", "gata", "hurón"],
    "it": ["cane", "gatto", "coniglio", "gatta", "cagnolina", "furetto"],
    "pt": ["cão", "gato", "coelho", "cadela", "gata", "porquinho-da-índia"],
}
BREEDS = ["Border Collie", "Beagle", "Golden Retriever", "Maine Coon", "Jack Russell Terrier",
          "Shih Tzu", "Dackel", "Chihuahua", "Siamese", "Bichon Frisé", "Cocker Spaniel",
          "Boxer", "Yorkshire Terrier", "Ragdoll", "Galgo Español", "Podenco", "Bassotto"]
VET = {
    "en": ["Patient: {A} ({B}, 6 y)\nOwner: {P}\nReason: limping, left hind leg.",
           "Invoice 4471 - {P}\nPatient {A} ({B})\nVaccination, 45.00 GBP",
           "Boarding list, week 32:\n- {A} ({S}), owner {P}, leaves Friday\n- {A2} ({S2}), owner {P}"],
    "de": ["Patient: {A} ({B}, 6 J.)\nBesitzer: {P}\nGrund: lahmt hinten links.",
           "Rechnung 4471 - {P}\nTier: {A} ({S}, kastriert)\nImpfung, 45,00 EUR",
           "Pensionsliste KW 32:\n- {A} ({S}), Halterin {P}, Abholung Freitag\n- {A2} ({S2}), Halter {P}"],
    "fr": ["Patient : {A} ({B}, 6 ans)\nPropriétaire : {P}\nMotif : boiterie postérieure gauche.",
           "Facture 4471 - {P}\nAnimal : {A} ({S}, stérilisée)\nVaccin, 45,00 EUR",
           "Pension, semaine 32 :\n- {A} ({S}), à {P}, départ vendredi\n- {A2} ({S2}), à {P}"],
    "nl": ["Patiënt: {A} ({B}, 6 jr)\nEigenaar: {P}\nReden: mank linksachter.",
           "Factuur 4471 - {P}\nDier: {A} ({S}, gecastreerd)\nVaccinatie, 45,00 EUR",
           "Pensionlijst week 32:\n- {A} ({S}), baasje {P}, ophalen vrijdag\n- {A2} ({S2}), baasje {P}"],
    "es": ["Paciente: {A} ({B}, 6 años)\nTitular: {P}\nMotivo: cojera posterior izquierda.",
           "Factura 4471 - {P}\nMascota: {A} ({S}, esterilizada)\nVacuna, 45,00 EUR",
           "Residencia canina, semana 32:\n- {A} ({S}), de {P}, sale el viernes\n- {A2} ({S2}), de {P}"],
    "it": ["Paziente: {A} ({B}, 6 anni)\nProprietario: {P}\nMotivo: zoppia posteriore sinistra.",
           "Fattura 4471 - {P}\nAnimale: {A} ({S}, sterilizzata)\nVaccino, 45,00 EUR",
           "Pensione, settimana 32:\n- {A} ({S}), di {P}, esce venerdì\n- {A2} ({S2}), di {P}"],
    "pt": ["Paciente: {A} ({B}, 6 anos)\nTutor: {P}\nMotivo: claudicação posterior esquerda.",
           "Fatura 4471 - {P}\nAnimal: {A} ({S}, esterilizada)\nVacina, 45,00 EUR",
           "Hotel canino, semana 32:\n- {A} ({S}), de {P}, sai sexta\n- {A2} ({S2}), de {P}"],
}
ADOPT = {
    "en": "{A} - {S}, neutered, chipped, 3 years. Ask {P} at the shelter.",
    "de": "{A} - {S}, kastriert, gechippt, 3 Jahre. Fragen an {P} im Tierheim.",
    "fr": "{A} - {S}, stérilisé, pucé, 3 ans. Contact : {P}, refuge.",
    "nl": "{A} - {S}, gecastreerd, gechipt, 3 jaar. Vraag {P} in het asiel.",
    "es": "{A} - {S}, esterilizado, con chip, 3 años. Pregunta a {P} en la protectora.",
    "it": "{A} - {S}, sterilizzato, microchippato, 3 anni. Chiedi a {P} al rifugio.",
    "pt": "{A} - {S}, esterilizado, com chip, 3 anos. Fala com {P} no abrigo.",
}
TABHEAD = {"en": ("NAME", "SPECIES", "OWNER"), "de": ("Name", "Tierart", "Halter"),
           "fr": ("Nom", "Espèce", "Maître"), "nl": ("Naam", "Diersoort", "Eigenaar"),
           "es": ("Nombre", "Especie", "Dueño"), "it": ("Nome", "Specie", "Padrone"),
           "pt": ("Nome", "Espécie", "Tutor")}


def gen_pets():
    for lg in LANGS:
        for tpl in VET[lg]:
            for _ in range(3):
                a, a2 = rng.sample(PETS, 2)
                D(lg, "vet").fill(tpl, A=("NEG_PET", a), A2=("NEG_PET", a2),
                                  B=("NEG_BREED", rng.choice(BREEDS)),
                                  S=("NEG_SPECIES", rng.choice(SPECIES[lg])),
                                  S2=("NEG_SPECIES", rng.choice(SPECIES[lg]))).done()
        for _ in range(3):
            D(lg, "adopt").fill(ADOPT[lg], A=("NEG_PET", rng.choice(PETS)),
                                S=("NEG_SPECIES", rng.choice(SPECIES[lg]))).done()
        for _ in range(3):
            h = TABHEAD[lg]
            d = D(lg, "pettable").t("%-8s %-16s %s\n" % h)
            for a in rng.sample(PETS, 3):
                sp = rng.choice(SPECIES[lg])
                d.span("NEG_PET", a).t(" " * (9 - len(a)))
                d.t(sp + " " * max(1, 17 - len(sp))).fill("{P}").t("\n")
            d.done()


# ---- works and their authors -------------------------------------------------------------------
WORKS = [("The Remains of the Day", "Kazuo Ishiguro"), ("Der Vorleser", "Bernhard Schlink"),
         ("L'Élégance du hérisson", "Muriel Barbery"), ("De avonden", "Gerard Reve"),
         ("La sombra del viento", "Carlos Ruiz Zafón"), ("Il nome della rosa", "Umberto Eco"),
         ("Ensaio sobre a cegueira", "José Saramago"), ("Tschick", "Wolfgang Herrndorf"),
         ("Het diner", "Herman Koch"), ("Patria", "Fernando Aramburu"),
         ("L'amica geniale", "Elena Ferrante"), ("Atonement", "Ian McEwan"),
         ("Les Misérables", "Victor Hugo"), ("Max Havelaar", "Multatuli"),
         ("O Alquimista", "Paulo Coelho"), ("Die Blechtrommel", "Günter Grass"),
         ("Wolf Hall", "Hilary Mantel"), ("Bonjour tristesse", "Françoise Sagan")]
HOLD = {
    "en": ["HOLD READY\n{P}\nItem: {W} / {A}\nCollect by 12 March", "Dear {G}, {W} by {A} is waiting at the front desk.",
           "Book club, autumn: {W} by {A}, then {W2} by {A2}. Hosted by {P}."],
    "de": ["VORMERKUNG\n{P}\nTitel: {W} / {A}\nAbholen bis 12. März", "Liebe/r {G}, {W} von {A} liegt für Sie bereit.",
           "Lesekreis Herbst: {W} von {A}, danach {W2} von {A2}. Gastgeberin: {P}."],
    "fr": ["RÉSERVATION\n{P}\nTitre : {W} / {A}\nÀ retirer avant le 12 mars", "Bonjour {G}, « {W} » de {A} vous attend à l'accueil.",
           "Club de lecture : {W} de {A}, puis {W2} de {A2}. Chez {P}."],
    "nl": ["RESERVERING\n{P}\nTitel: {W} / {A}\nOphalen voor 12 maart", "Beste {G}, {W} van {A} ligt voor je klaar.",
           "Leesclub najaar: {W} van {A}, daarna {W2} van {A2}. Bij {P}."],
    "es": ["RESERVA\n{P}\nTítulo: {W} / {A}\nRecoger antes del 12 de marzo", "Hola {G}, «{W}» de {A} ya está en el mostrador.",
           "Club de lectura: {W}, de {A}, y después {W2}, de {A2}. En casa de {P}."],
    "it": ["PRENOTAZIONE\n{P}\nTitolo: {W} / {A}\nRitirare entro il 12 marzo", "Ciao {G}, «{W}» di {A} ti aspetta al banco prestiti.",
           "Gruppo di lettura: {W} di {A}, poi {W2} di {A2}. Da {P}."],
    "pt": ["RESERVA\n{P}\nTítulo: {W} / {A}\nLevantar até 12 de março", "Olá {G}, «{W}» de {A} está à sua espera no balcão.",
           "Clube de leitura: {W}, de {A}, e depois {W2}, de {A2}. Em casa de {P}."],
}


def gen_works():
    for lg in LANGS:
        for tpl in HOLD[lg]:
            for _ in range(3):
                (w, a), (w2, a2) = rng.sample(WORKS, 2)
                D(lg, "work").fill(tpl, W=("NEG_WORK", w), A=("NEG_AUTHOR", a),
                                   W2=("NEG_WORK", w2), A2=("NEG_AUTHOR", a2)).done()


# ---- firms under a trade noun or a legal form -----------------------------------------------
TRADE = {
    "en": ["Bakery", "Hardware", "Plumbing", "Joinery", "Motors"],
    "de": ["Bäckerei", "Metzgerei", "Schreinerei", "Autohaus", "Malerbetrieb", "Elektro"],
    "fr": ["Boulangerie", "Boucherie", "Menuiserie", "Garage", "Plomberie", "Pharmacie"],
    "nl": ["Bakkerij", "Slagerij", "Timmerbedrijf", "Garage", "Schildersbedrijf", "Drukkerij"],
    "es": ["Ferretería", "Panadería", "Carnicería", "Talleres", "Fontanería", "Farmacia"],
    "it": ["Panificio", "Macelleria", "Falegnameria", "Ferramenta", "Officina", "Farmacia"],
    "pt": ["Padaria", "Talho", "Serralharia", "Oficina", "Carpintaria", "Farmácia"],
}
LEGAL = {"en": ["Ltd", "& Sons Ltd", "LLP"], "de": ["GmbH", "KG", "& Söhne GmbH"],
         "fr": ["SARL", "SAS", "et Fils"], "nl": ["B.V.", "& Zn.", "V.O.F."],
         "es": ["S.L.", "Hermanos S.A.", "e Hijos S.L."], "it": ["S.r.l.", "& Figli S.n.c.", "S.p.A."],
         "pt": ["Lda.", "& Filhos, Lda.", "S.A."]}
CUSTLAB = {"en": ("Customer: ", "Contact: "), "de": ("Kunde: ", "Ansprechpartner: "),
           "fr": ("Client : ", "Interlocuteur : "), "nl": ("Klant: ", "Contactpersoon: "),
           "es": ("Cliente: ", "Persona de contacto: "), "it": ("Cliente: ", "Referente: "),
           "pt": ("Cliente: ", "Contacto: ")}
SUPPLAB = {"en": "Supplier: ", "de": "Lieferant: ", "fr": "Fournisseur : ", "nl": "Leverancier: ",
           "es": "Proveedor: ", "it": "Fornitore: ", "pt": "Fornecedor: "}
FIRMTXT = {
    "en": "We ordered the flour from {F} again; {P} signs the delivery note.",
    "de": "Die Brötchen kommen wieder von {F}, den Lieferschein unterschreibt {P}.",
    "fr": "Le pain vient encore de chez {F} ; {P} signe le bon de livraison.",
    "nl": "Het brood komt weer van {F}; {P} tekent de pakbon.",
    "es": "El pedido lo sirve otra vez {F}; firma el albarán {P}.",
    "it": "La merce arriva di nuovo da {F}; firma la bolla {P}.",
    "pt": "A encomenda vem outra vez da {F}; quem assina a guia é {P}.",
}


def firm(lg):
    s = surname(lg)
    if rng.random() < 0.5:
        return rng.choice(TRADE[lg]) + " " + s
    return s + " " + rng.choice(LEGAL[lg])


def gen_firms():
    for lg in LANGS:
        cl, co = CUSTLAB[lg]
        for _ in range(4):
            D(lg, "custlabel").t(cl).span("NEG_ORG", firm(lg)).t("\n" + co).fill("{P}").t(
                "\n" + SUPPLAB[lg]).span("NEG_ORG", firm(lg)).t("\n").done()
        for _ in range(3):
            D(lg, "firmprose").fill(FIRMTXT[lg], F=("NEG_ORG", firm(lg))).done()
        d = D(lg, "firmcsv").t("id;%s;%s\n" % (cl.strip(" :"), co.strip(" :")))
        for k in range(4):
            d.t("%d;" % (1001 + k)).span("NEG_ORG", firm(lg)).t(";").fill("{P}").t("\n")
        d.done()


gen_pets()
gen_works()
gen_firms()
write_json(records)
