#!/usr/bin/env python3
"""gen_addr5.py: a tune set for the street addresses issue 15's addr5 round reads, and for the
places and terms that read as people (branch addr5).

Written from the round's brief and from how people write addresses, not from hush's
recognisers nor from names_holdout2's templates; the street and person names are invented (no
lexicon knows them), the towns are real. The gold STREET_ADDRESS span is the whole block (unit,
street, number, floor and door, district, postcode, town, region, country).

Addresses, in en, de, fr, nl, es, it, pt and Latin-American forms:
- Portugal and Brazil: a street named after a titled person ("Rua Eng. Taviro Quelhas, 12"),
  "Alameda", "Travessa", "Largo", "Praça", "r/c", "3.º Dto.", "casa 2", "bloco B", a district
  after " - ", "- SP", "CEP 01415-000";
- Argentina and Mexico: "Av.", "Bv.", "Calzada", a floor and door after the number ('7º "B"',
  "Piso 3 Dto. C", "Depto. 4"), "B1900 La Plata", "Col.", "C.P.", a state after the town;
- the UK: a possessive in the street ("King's Road", "Bishop's Walk", and SQL's "Bishop''s
  Walk"), a house's name before the number ("Ivy Lodge, 14 ...");
- Belgium: "Steenweg op Halle 27", "Chaussée de Wavre 140";
- Spain: "Gran Vía, 7, bajo", "C/ Xxx, nº 51 5-1", "A Coruña";
- Italy: "Via Xxx n. 6, scala B, int. 5", "(BA)";
- a house letter after the number in German ("Am Anger 18 b");
- the same blocks in capitals (a form or an insurance claim) and the value after a label in
  every locale ("Address:", "Adresse :", "Morada:", "Domicilio:", "Indirizzo:", "Adres:",
  "Anschrift:"); layouts: a sentence, a label line, a JSON value, a CSV cell, an SQL row, a
  block over lines under a name.
People (PERSON): the invented names that own the addresses.

Look-alikes in the same texts:
- NEG_PLACE: multi-word towns whose words read as names, in every role ("nata a Montecatini
  Terme", "fica em Vila Velha", "from St. Austell"), towns with a link ("Bergen op Zoom",
  "Châlons-sur-Marne"), saints' towns ("São Bento do Sul", "Sankt Wendel"), streets named after a
  titled person with no number ("a loja na Rua Dr. Alvino Tresmonte"), a one-word given-name
  town before a branch noun ("Regina office"), a street abbreviation ("on Duke St W");
- NEG_TERM: eponyms with an invented name after a law, disease or theorem noun ("lei de
  Quarbey", "sindrome di Pellucci", "ziekte van Ondersma");
- NEG_ORG: a company after a company noun ("Ficha de empresa Torvalo", "Sede: ...");
- NEG_CODE: a street-type word and a number that is no address ("Via 3 release notes", "Calle 13
  tour 2024", "Rua 2 of the board game").

Labels in presidio-research's JSON shape with code-point offsets. Deterministic (fixed seed), no
input: python3 gen_addr5.py > data/addr5.json
"""
import random

from gen_common import span_at, write_json

R = random.Random(20261203)

GIVEN = ["Taviro", "Quelina", "Morvane", "Idrelo", "Salvena", "Brunor", "Celisse", "Dorwan",
         "Eluvia", "Faradel", "Gosmira", "Halvero", "Ismenia", "Jorvath", "Kelvira", "Lusandro"]
SURNAME = ["Quelhas", "Tresmonte", "Varnosa", "Belcrane", "Ondersma", "Pellucci", "Marquesio",
           "Zurrain", "Olvedra", "Castreno", "Wendholt", "Fiorante", "Galbrecht", "Nuvessa"]
TITLES_PT = ["Dr.", "Eng.", "Prof.", "Gen.", "Pres."]


def person():
    return "%s %s" % (R.choice(GIVEN), R.choice(SURNAME))


def sname():
    return "%s %s" % (R.choice(GIVEN), R.choice(SURNAME))


def num(lo=2, hi=300):
    return str(R.randint(lo, hi))


def address():
    """One street address block: (locale, text)."""
    k = R.randrange(14)
    if k == 0:
        return "pt", "Rua %s %s, %s, %s, %s-%03d %s" % (
            R.choice(TITLES_PT), sname(), num(), R.choice(["r/c", "3.º Dto.", "1.º Esq.", "2.º"]),
            R.choice(["4000", "3000", "8000", "1100"]), R.randrange(1000),
            R.choice(["Porto", "Coimbra", "Faro", "Lisboa"]))
    if k == 1:
        return "pt", "%s %s, %s, %s - %s, %s - %s, CEP %05d-%03d" % (
            R.choice(["Alameda", "Travessa", "Praça"]), R.choice(SURNAME), num(),
            R.choice(["casa 2", "bloco B", "sala 12"]),
            R.choice(["Centro", "Boa Viagem", "Pinheiros"]),
            R.choice(["Recife", "Fortaleza", "Campinas"]), R.choice(["PE", "CE", "SP"]),
            R.randrange(10000, 99999), R.randrange(1000))
    if k == 2:
        return "pt", "Largo %s %s, %s, %s-%03d %s" % (
            R.choice(["do", "da"]), R.choice(SURNAME), num(), R.choice(["2710", "4700"]),
            R.randrange(1000), R.choice(["Sintra", "Braga"]))
    if k == 3:
        return "es_AR", '%s %s %s %sº "%s", %s' % (
            R.choice(["Av.", "Bv."]), sname(), num(100, 4000), R.randint(1, 9), R.choice("ABCD"),
            R.choice(["B1900 La Plata", "S2000 Rosario", "X5000 Córdoba", "M5500 Mendoza"]))
    if k == 4:
        return "es_AR", "Av. %s %s, Piso %s Dto. %s, %s" % (
            R.choice(SURNAME), num(100, 4000), R.randint(1, 12), R.choice("ABCD"),
            R.choice(["C1043AAZ CABA", "B7600 Mar del Plata"]))
    if k == 5:
        return "es_MX", "Calzada de %s %s Depto. %s, Col. %s, %s %s, %s" % (
            R.choice(SURNAME), num(), num(1, 40), R.choice(["Centro", "Americana", "Del Valle"]),
            R.choice(["44100", "64000", "03100"]), R.choice(["Guadalajara", "Monterrey"]),
            R.choice(["Jal.", "N.L."]))
    if k == 6:
        return "en_GB", "%s%s %s's %s, %s %s" % (
            R.choice(["", "Ivy Lodge, ", "Flat 3, "]), num(), R.choice(["King", "Queen", "Bishop"]),
            R.choice(["Road", "Drive", "Walk"]), R.choice(["Leeds", "Bristol", "Norwich"]),
            R.choice(["LS6 2AB", "BS8 1TH", "NR2 3DF"]))
    if k == 7:
        return "nl_BE", "%s %s%s, %s %s" % (
            R.choice(["Steenweg op Halle", "Steenweg op Ninove", "Chaussée de Wavre"]),
            num(), R.choice(["", " bus 2"]), R.choice(["1000", "9300", "1500"]),
            R.choice(["Brussel", "Aalst", "Halle"]))
    if k == 8:
        return "es", "Gran Vía, %s, %s, %s %s" % (
            num(), R.choice(["bajo", "2º izda."]), R.choice(["28013", "48001"]),
            R.choice(["Madrid", "Bilbao"]))
    if k == 9:
        return "es", "C/ %s, nº %s %s-%s, 15%03d A Coruña" % (
            R.choice(SURNAME), num(), R.randint(1, 6), R.randint(1, 4), R.randrange(1000))
    if k == 10:
        return "it", "Via %s n. %s, %s, %s %s (%s)" % (
            sname(), num(), R.choice(["scala B", "int. 5", "scala C, int. 9"]),
            R.choice(["70121", "80132", "10121"]), R.choice(["Bari", "Napoli", "Torino"]),
            R.choice(["BA", "NA", "TO"]))
    if k == 11:
        return "de", "Am %s %s %s, %s %s" % (
            R.choice(["Anger", "Lindenhof", "Kirchberg"]), num(), R.choice("abc"),
            R.choice(["04109", "01067"]), R.choice(["Leipzig", "Dresden"]))
    if k == 12:
        return "fr", "%s %s, %s %s" % (
            R.choice(["Rue des Tanneurs", "Avenue de Spa", "Rue Saint-Gilles"]), num(),
            R.choice(["4000", "4800"]), R.choice(["Liège", "Verviers"]))
    return "it", "Corso %s II n. %s - %s %s" % (
        R.choice(SURNAME), num(), R.choice(["37121", "20121"]), R.choice(["Verona", "Milano"]))


LABELS = {"pt": "Morada:", "es_AR": "Domicilio:", "es_MX": "Domicilio:", "en_GB": "Address:",
          "nl_BE": "Adres:", "es": "Domicilio:", "it": "Indirizzo:", "de": "Anschrift:",
          "fr": "Adresse :"}
SENT = {"pt": "O cliente %s mora na %s desde 2019.",
        "es_AR": "El señor %s vive en %s hace años.",
        "es_MX": "La clienta %s vive en %s.",
        "en_GB": "Our tenant %s lives at %s now.",
        "nl_BE": "Klant %s woont op %s sinds maart.",
        "es": "El paciente %s reside en %s.",
        "it": "Il signor %s abita in %s dal 2018.",
        "de": "Frau %s wohnt seit Mai in %s.",
        "fr": "Mme %s habite au %s depuis 2020."}


class Doc:
    def __init__(self):
        self.text = ""
        self.spans = []

    def add(self, s, label=None):
        if label:
            self.spans.append(span_at(self.text, label, s))
        self.text += s

    def record(self):
        return {"full_text": self.text, "spans": self.spans}


def fill(doc, template, parts):
    """template with %s slots, parts a list of (text, label)."""
    pieces = template.split("%s")
    for i, p in enumerate(pieces):
        doc.add(p)
        if i < len(parts):
            doc.add(*parts[i])


def addr_record():
    loc, a = address()
    p = person()
    d = Doc()
    shape = R.randrange(7)
    if shape in (5, 6):  # capitals: a form or a claim
        a = a.upper()
        p = p.upper()
    if shape in (0, 5):
        fill(d, "%s\n" + LABELS[loc] + " %s\n", [(p, "PERSON"), (a, "STREET_ADDRESS")])
    elif shape == 1:
        fill(d, SENT[loc], [(p, "PERSON"), (a, "STREET_ADDRESS")])
    elif shape == 2:
        fill(d, '{"name": "%s", "address": "%s", "plan": "basic"}',
             [(p, "PERSON"), (a, "STREET_ADDRESS")])
    elif shape == 3:
        fill(d, 'id;name;address\n%d;%%s;%%s\n' % R.randrange(1000, 9999),
             [(p, "PERSON"), (a, "STREET_ADDRESS")])
    elif shape == 4:
        a2 = a.replace("'", "''")
        fill(d, "INSERT INTO clients (name, address) VALUES ('%s', '%s');",
             [(p, "PERSON"), (a2, "STREET_ADDRESS")])
    else:
        fill(d, LABELS[loc] + " %s", [(a, "STREET_ADDRESS")])
    return d.record()


TOWNS = ["Montecatini Terme", "Vila Velha", "Bergen op Zoom", "Alphen aan den Rijn",
         "São Bento do Sul", "Sankt Wendel", "Santo Tirso", "Santa Rosa", "Reggio Calabria",
         "Belo Horizonte", "Porto Alegre", "Juiz de Fora", "Ciudad Real", "Villa María",
         "Milton Keynes", "Port Elizabeth", "Mar del Plata", "Ponta Delgada", "Ascoli Piceno",
         "Martina Franca", "Vittorio Veneto", "Campina Grande", "Presidente Prudente",
         "Bourg-en-Bresse", "Châlons-sur-Marne", "Don Benito", "Kingston upon Thames"]
TOWN_ROLES = ["nata a %s il 3 marzo", "O escritório fica em %s desde 2020.",
              "Mein Arzt in %s hat nichts gesagt.", "We moved the cluster from %s last week.",
              "Sede: %s, perto do centro", "Il mio medico di %s ha scritto solo build 8417.",
              "Geboren te %s, zoon van een bakker.", "Trabajo en %s desde enero.",
              "%s, 19/09/2026", "La réunion a lieu à %s demain."]
TERMS = [("lei de %s", "pt"), ("sindrome di %s", "it"), ("ziekte van %s", "nl"),
         ("ley de %s", "es"), ("loi de %s", "fr"), ("teorema di %s", "it"),
         ("escala de %s", "pt"), ("maladie de %s", "fr"), ("manobra de %s", "pt")]
TERM_ROLES = ["Explica a %s em palavras simples.", "Puoi spiegare la %s?",
              "Leg de %s uit.", "Explícame la %s.", "Résume la %s, s'il te plaît."]
ORGS = ["Torvalo", "Quendrix", "Belmora", "Sanvito"]
CODES = ["Via 3 release notes are out.", "Calle 13 tour 2024 dates announced.",
         "Rua 2 of the board game is hard.", "Av. 9 build 2231 failed on CI.",
         "Largo 4 in C major, bars 12-48."]


def neg_record():
    d = Doc()
    k = R.randrange(7)
    p = person()
    if k == 0:
        t = R.choice(TOWNS)
        tpl = R.choice(TOWN_ROLES)
        fill(d, "%s: " + tpl, [(p, "PERSON"), (t, "NEG_PLACE")])
    elif k == 1:
        term, _ = R.choice(TERMS)
        name = R.choice(SURNAME)
        tpl = R.choice(TERM_ROLES).replace("%s", term % "%s")
        fill(d, tpl + " (%s)", [(name, "NEG_TERM"), (p, "PERSON")])
    elif k == 2:
        street = "Rua %s %s" % (R.choice(TITLES_PT), sname())
        fill(d, "A loja na %s fecha às 18h, disse %s.", [(street, "NEG_PLACE"), (p, "PERSON")])
    elif k == 3:
        city = R.choice(["Regina", "Adelaide", "Victoria", "Florence"])
        fill(d, "Reminder from %s: the %s office closes at 5.", [(p, "PERSON"), (city, "NEG_PLACE")])
    elif k == 4:
        st = R.choice(["Duke St", "Princess St", "Albert St"])
        fill(d, "%s saw the van parked on %s W yesterday.", [(p, "PERSON"), (st, "NEG_PLACE")])
    elif k == 5:
        org = R.choice(ORGS)
        fill(d, "Ficha de empresa %s\nContacto: %s", [(org, "NEG_ORG"), (p, "PERSON")])
    else:
        code = R.choice(CODES)
        i = code.index(" ", code.index(" ") + 1)
        fill(d, "%s said: %s" + code[i:], [(p, "PERSON"), (code[:i], "NEG_CODE")])
    return d.record()


def main():
    recs = [addr_record() for _ in range(220)] + [neg_record() for _ in range(140)]
    R.shuffle(recs)
    write_json(recs)


if __name__ == "__main__":
    main()
