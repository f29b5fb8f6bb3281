#!/usr/bin/env python3
"""gen_forms6.py: a TUNE corpus for the NAMES pack (issue 15), data/forms6.json.

Written (branch `h5forms`) from the shapes behind names_holdout5's PERSON misses and false
findings in business documents, with wordings, layouts and names of my own, not that corpus's:

  attn      an attention line under an address block's heading ("Bill to:" / a firm on its own
            line / "Attn Name" / the street), in the abbreviations the seven locales print
            (Attn, FAO, z. Hd., z.Hd., t.a.v., T.a.v., À l'att. de, At., Att.ne, c.a., A/C,
            Aos cuidados de); the firm line above is NEG_ORG;
  role      a party label of claims, police and lab reports whose value is a person, with the
            name printed lower case, in capitals, as an initial and surname, with particles;
            in the same slots, labels whose value is a vehicle, appliance, office or bank
            (NEG_PRODUCT, NEG_ORG);
  pair      two parties joined by a conjunction or "&", each followed by "(born ...)";
  header    a note's heading naming its writer in parentheses or after "rep:" / "by";
  alias     "a man she knows as X" (a nickname after a "known as" phrase) in a report's
            narrative under its party labels;
  kin       "(Name, daughter)": a name and a kinship noun inside parentheses.

Names are invented from syllables and kept only when hush's lexicon has no such word, so no
word list knows them. Deterministic (fixed seed), no input:
python3 gen_forms6.py > data/forms6.json
"""
import random

from gen_common import write_json
from lexicon_words import lexicon_words

R = random.Random(61606)
LEX = {w.lower() for w in lexicon_words(with_global=True)}
LANGS = ["en", "de", "fr", "nl", "es", "it", "pt"]

SYL = {
    "en": ("bra del mor fen cal wy thar lin dre ros kel", "wick ford ton ley more by worth"),
    "de": ("wal gis frei ber hol kun tra mar", "hild rud bert mann hausen berger ling"),
    "fr": ("cor lou vau ben gui mar sé tri", "ault ard ier in ette eau ac"),
    "nl": ("wob jor sjo tie gee rik fem hil", "ke huis sink ink hout ema stra"),
    "es": ("lua fer tobi qui gua mir ila ner", "ela ado ez era ueta iño ana"),
    "it": ("lud cor mir sol fer ter gal bru", "etta ini ucci ello ato ina one"),
    "pt": ("jaç tav ron qui nar cor bal zé", "eira inho ilha oso ão ana ela"),
}
PARTICLE = {"de": ["von", "von der"], "fr": ["de", "Le", "du"], "nl": ["van", "de", "ten"],
            "es": ["de", "del"], "it": ["Lo", "Di", "De"], "pt": ["da", "dos"], "en": ["O'"]}


def word(lg):
    syl, end = SYL[lg][0].split(), SYL[lg][1].split()
    while True:
        w = "".join(R.choice(syl) for _ in range(R.randint(1, 2))) + R.choice(end)
        if len(w) >= 5 and w.lower() not in LEX:
            return w.capitalize()


def name(lg, style=None):
    g, s = word(lg), word(lg)
    style = style or R.choice(["plain", "plain", "lower", "caps", "initial", "particle",
                               "three"])
    if style == "lower":
        return f"{g} {s}".lower()
    if style == "caps":
        return f"{g} {s}".upper()
    if style == "initial":
        return f"{g[0]}. {s}"
    if style == "particle" and lg != "en":
        return f"{g} {R.choice(PARTICLE[lg])} {s}"
    if style == "three":
        return f"{g} {word(lg)} {s}"
    return f"{g} {s}"


ORGS = ["Brauerei Kessler", "Nordwind Logistik", "Maison Verlaine", "Grupo Altamira",
        "Cantina Solera", "Vandermolen BV", "Atlas Freight", "Bosch", "Ferrero", "Heineken",
        "Roche", "Lidl", "Zara", "Philips", "Barilla", "Galp", "Iberdrola", "Unilever"]
PRODUCTS = ["Opel Astra", "Skoda Octavia", "Fiat Tipo", "Volvo XC60", "Kia Ceed",
            "Bosch Serie 6", "Miele W1", "Siemens iQ500", "Dacia Duster", "Renault Megane"]
DATES = ["12/03/1961", "1984-07-22", "3 May 1975", "14.11.1958", "9 de junio de 1990",
         "2 février 1969", "21-08-1947"]

ATTN = {"en": ["Attn", "Attn:", "FAO", "ATTN:", "For the attention of"],
        "de": ["z. Hd.", "z.Hd.", "z. H.", "zu Händen"],
        "fr": ["À l'att. de", "À l'attention de", "Attn.", "A l'attention de"],
        "nl": ["t.a.v.", "T.a.v.", "ter attentie van", "t.a.v"],
        "es": ["At.", "Atn.", "A la atención de", "Att."],
        "it": ["c.a.", "Alla c.a.", "C.A.", "Att.ne"],
        "pt": ["A/C", "Aos cuidados de", "At.", "A/c"]}
BILL = {"en": ("INVOICE", "Bill to:", "Ship to:"), "de": ("RECHNUNG", "Rechnung an:", "Liefern an:"),
        "fr": ("FACTURE", "Facturé à :", "Livraison :"), "nl": ("FACTUUR", "Factuur aan:", "Leveren aan:"),
        "es": ("FACTURA", "Cliente:", "Entrega:"), "it": ("FATTURA", "Intestata a:", "Spedire a:"),
        "pt": ("FATURA", "Cliente:", "Entrega:")}
STREET = {"en": "14 Harrow Lane\nLeeds LS6 2QT", "de": "Lindenweg 7\n28195 Bremen",
          "fr": "8 rue des Tanneurs\n67000 Strasbourg", "nl": "Kerkweg 31\n3581 KB Utrecht",
          "es": "Calle Mayor 12, 3º B\n28013 Madrid", "it": "Via Roma 44\n20121 Milano MI",
          "pt": "Rua das Flores 9, 2.º\n4050-262 Porto"}

ROLE = {"en": ["Other driver", "Assigned adjuster", "Policyholder", "Requesting clinician",
               "Officer", "Case handler", "Reported by", "Attending officer"],
        "de": ["Unfallgegner", "Sachbearbeiter", "Zeuge/Zeugin", "Tatverdächtige/r",
               "Mitteiler/in", "Versicherungsnehmer", "Anfordernder Arzt"],
        "fr": ["Tiers impliqué", "Gestionnaire", "Témoin", "Souscripteur", "Agent verbalisateur",
               "Médecin demandeur"],
        "nl": ["Tegenpartij", "Behandelaar", "Getuige", "Verzekeringnemer", "Verbalisant",
               "Aanvragend arts"],
        "es": ["Conductor contrario", "Perito asignado", "Tomador", "Testigo",
               "Agente instructor", "Médico solicitante"],
        "it": ["Controparte", "Liquidatore", "Testimone", "Contraente", "Verbalizzante",
               "Medico richiedente"],
        "pt": ["Terceiro envolvido", "Perito", "Tomador do seguro", "Testemunha",
               "Agente autuante", "Médico requisitante"]}
NEGROLE = {"en": [("Vehicle", "P"), ("Appliances", "P"), ("Office", "O"),
                  ("Deposit protected with", "O"), ("Insurer", "O")],
           "de": [("Fahrzeug", "P"), ("Versicherer", "O"), ("Kaution hinterlegt bei", "O")],
           "fr": [("Véhicule", "P"), ("Assureur", "O"), ("Agence", "O")],
           "nl": [("Voertuig", "P"), ("Verzekeraar", "O"), ("Kantoor", "O")],
           "es": [("Vehículo", "P"), ("Aseguradora", "O"), ("Fianza depositada en", "O")],
           "it": [("Veicolo", "P"), ("Compagnia", "O"), ("Agenzia", "O")],
           "pt": [("Veículo", "P"), ("Seguradora", "O"), ("Agência", "O")]}
AND = {"en": ["&", "and"], "de": ["&", "und"], "fr": ["&", "et"], "nl": ["&", "en"],
       "es": ["&", "y"], "it": ["&", "e"], "pt": ["&", "e"]}
BORN = {"en": "born", "de": "geb.", "fr": "né(e) le", "nl": "geboren op", "es": "nacido el",
        "it": "nato il", "pt": "nascido em"}
PARTIES = {"en": "Tenants", "de": "Mieter", "fr": "Locataires", "nl": "Huurders",
           "es": "Arrendatarios", "it": "Conduttori", "pt": "Inquilinos"}
HEAD = {"en": ["Call notes {d} ({n})", "Visit summary {d} – rep: {n}", "Meeting log {d}, by {n}"],
        "de": ["Gesprächsnotiz {d} ({n})", "Besuchsbericht {d} – Vertreter: {n}"],
        "fr": ["Compte rendu {d} ({n})", "Note de visite {d} – commercial : {n}"],
        "nl": ["Gespreksverslag {d} ({n})", "Bezoekverslag {d} – vertegenwoordiger: {n}"],
        "es": ["Resumen de llamada {d} ({n})", "Nota de visita {d} – comercial: {n}"],
        "it": ["Nota CRM {d} ({n})", "Resoconto visita {d} – agente: {n}"],
        "pt": ["Resumo da chamada {d} ({n})", "Nota de visita {d} – comercial: {n}"]}
ALIAS = {"en": "The caller says a man she knows as {n} came in through the back door.",
         "de": "Die Anruferin gibt an, ein ihr als {n} bekannter Mann sei eingestiegen.",
         "fr": "La plaignante déclare qu'un homme qu'elle connaît sous le nom de {n} est entré.",
         "nl": "Aangeefster verklaart dat een man die zij kent als {n} binnenkwam.",
         "es": "La denunciante dice que un hombre al que conoce como {n} entró por el patio.",
         "it": "La denunciante riferisce che un uomo che conosce come {n} è entrato.",
         "pt": "A queixosa diz que um homem que conhece como {n} entrou pelas traseiras."}
KIN = {"en": ["daughter", "son", "niece", "neighbour"], "de": ["Tochter", "Sohn", "Nichte"],
       "fr": ["fille", "fils", "nièce"], "nl": ["dochter", "zoon", "nicht"],
       "es": ["hija", "hijo", "sobrina"], "it": ["figlia", "figlio", "nipote"],
       "pt": ["filha", "filho", "sobrinha"]}
KINLINE = {"en": "Spare key held by family ({x}).", "de": "Schlüssel bei der Familie ({x}).",
           "fr": "Clé chez la famille ({x}).", "nl": "Sleutel bij familie ({x}).",
           "es": "Llave con la familia ({x}).", "it": "Chiave presso la famiglia ({x}).",
           "pt": "Chave com a família ({x})."}


class Rec:
    def __init__(self):
        self.text, self.spans = "", []

    def add(self, s, label=None):
        if label:
            self.spans.append({"entity_type": label, "entity_value": s,
                               "start_position": len(self.text),
                               "end_position": len(self.text) + len(s)})
        self.text += s

    def out(self, shape, lg):
        return {"full_text": self.text, "spans": self.spans,
                "metadata": {"shape": shape, "lang": lg}}


def attn(lg):
    r = Rec()
    head, bill, ship = BILL[lg]
    r.add(f"{head} {R.randint(1000, 9999)}\n\n{bill}\n")
    r.add(R.choice(ORGS), "NEG_ORG")
    r.add(f"\n{R.choice(ATTN[lg])} ")
    r.add(name(lg), "PERSON")
    r.add("\n")
    r.add(STREET[lg], "STREET_ADDRESS")
    r.add(f"\n\n{ship}\n{R.choice(ATTN[lg])} ")
    r.add(name(lg), "PERSON")
    r.add("\n")
    r.add(STREET[lg], "STREET_ADDRESS")
    r.add("\n\n1 × ")
    r.add(R.choice(PRODUCTS), "NEG_PRODUCT")
    r.add("   49,00\n")
    return r.out("attn", lg)


def role(lg):
    r = Rec()
    labels = R.sample(ROLE[lg], 3)
    negs = R.sample(NEGROLE[lg], 2)
    lines = [("N", l) for l in labels] + [(k, l) for l, k in negs]
    R.shuffle(lines)
    r.add(f"CASE {R.randint(100000, 999999)}\n")
    for kind, l in lines:
        r.add(f"{l}: ")
        if kind == "N":
            r.add(name(lg), "PERSON")
            if R.random() < 0.4:
                r.add(f" ({R.choice(['01/02/1970', '1966-05-30', '7.9.1981'])})")
        else:
            r.add(R.choice(PRODUCTS) if kind == "P" else R.choice(ORGS),
                  "NEG_PRODUCT" if kind == "P" else "NEG_ORG")
        r.add("\n")
    return r.out("role", lg)


def role_neg(lg):
    r = Rec()
    for l, k in NEGROLE[lg]:
        r.add(f"{l}: ")
        r.add(R.choice(PRODUCTS) if k == "P" else R.choice(ORGS),
              "NEG_PRODUCT" if k == "P" else "NEG_ORG")
        r.add("\n")
    return r.out("role_neg", lg)


def pair(lg):
    r = Rec()
    r.add(f"{PARTIES[lg]}: ")
    r.add(name(lg, "plain"), "PERSON")
    r.add(f" ({BORN[lg]} ")
    r.add(R.choice(DATES), "DATE_OF_BIRTH")
    r.add(f") {R.choice(AND[lg])} ")
    r.add(name(lg), "PERSON")
    r.add(f" ({BORN[lg]} ")
    r.add(R.choice(DATES), "DATE_OF_BIRTH")
    r.add(")\n")
    return r.out("pair", lg)


def header(lg):
    r = Rec()
    t = R.choice(HEAD[lg])
    a, b = t.split("{n}")
    r.add(a.format(d=R.choice(["12/03/2025", "4 June 2024", "2026-01-19"])))
    r.add(R.choice([word(lg), name(lg, "initial"), name(lg, "plain")]), "PERSON")
    r.add(b + "\n- follow up next week\n")
    return r.out("header", lg)


NOWIT = {"en": "Witness: none", "de": "Zeuge: keiner", "fr": "Témoin : aucun",
         "nl": "Getuige: geen", "es": "Testigo: ninguno", "it": "Testimone: nessuno",
         "pt": "Testemunha: nenhum"}


def alias(lg):
    r = Rec()
    a, b = ALIAS[lg].split("{n}")
    r.add(NOWIT[lg] + "\n")
    r.add(a)
    r.add(word(lg), "PERSON")
    r.add(b + "\n")
    return r.out("alias", lg)


def kin(lg):
    r = Rec()
    a, b = KINLINE[lg].split("{x}")
    r.add(a)
    r.add(word(lg), "PERSON")
    r.add(f", {R.choice(KIN[lg])}" + b + "\n")
    return r.out("kin", lg)


def main():
    recs = []
    for lg in LANGS:
        for f, n in ((attn, 6), (role, 6), (role_neg, 2), (pair, 4), (header, 4), (alias, 3),
                     (kin, 3)):
            recs += [f(lg) for _ in range(n)]
    write_json(recs)


if __name__ == "__main__":
    main()
