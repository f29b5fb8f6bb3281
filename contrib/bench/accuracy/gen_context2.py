#!/usr/bin/env python3
"""gen_context2.py: tune set for the words around a name in forms and prose (branch context2,
issue 15). Writes data/context2.json, or the path given as its argument (deterministic, stdlib only).

Shapes, in en/de/fr/nl/es/it/pt, mixed case and capitals:
- label: a role label of insurance, medical, legal, HR, school, real-estate, police, shipping and
  genealogy forms, then its value ("Policyholder: X", "NOTFALLKONTAKT: X", "Responsable légal : X");
- pair: a role label then two people ("Vendors: X and Y", "Presenti: X, Y e Z");
- honor: a title or form of address ("Gentile Sig.ra X", "Exmo. Senhor X", "Geachte mevrouw X");
- kin: a relation word then a name ("her son X", "Sohn X", "la figlia X", "hijo de X y de Y",
  "geb. X", "(née X)");
- verb: a verb or preposition that takes a person ("driven by X", "Handover to X", "Rückruf durch
  X", "Terugbellen door X", "Closed by X", "Escalated to X", "Love, X & Y");
- age: a name then an age in brackets ("X (63)").
Look-alikes where they are written for real: companies under the labels whose value may be one
("Vendor:", "Tomador:"), couriers and shifts after verbs of handing over ("Abgeholt von DHL",
"Übergabe an Frühdienst"), companies and places after a relation word and a verb ("Sohn arbeitet
bei Allianz"), teams with a count in brackets (NEG_ORG, NEG_PLACE, NEG_TERM), dates (NEG_DATE) and
codes (NEG_CODE).

Names: half real (typed here per locale), half invented by a method no other generator uses:
syllables of a locale's table (onset + vowel + coda) joined two or three at a time and closed
by a locale ending, kept only when no lexicon word (lexicon_words.py, global names included).
"""
import json
import os
import random
import sys

from gen_common import assemble, record
from lexicon_words import lexicon_words

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "data", "context2.json")
R = random.Random(20261203)
LEX = lexicon_words(with_global=True)

REAL_GIVEN = {
    "en": ["Hannah", "Oliver", "Megan", "Gareth", "Siobhan", "Duncan", "Harriet", "Rhys"],
    "de": ["Annegret", "Wolfgang", "Friederike", "Henning", "Ulrike", "Torsten", "Gesine"],
    "fr": ["Solène", "Gaëtan", "Maëlle", "Thibault", "Ludivine", "Corentin", "Bérénice"],
    "nl": ["Marieke", "Joost", "Femke", "Bram", "Anouk", "Sjoerd", "Liesbeth"],
    "es": ["Itziar", "Gonzalo", "Begoña", "Íñigo", "Rocío", "Fermín", "Nerea"],
    "it": ["Ornella", "Gianluca", "Benedetta", "Raffaele", "Ilaria", "Tommaso", "Loredana"],
    "pt": ["Conceição", "Joaquim", "Leonor", "Duarte", "Inês", "Rodrigo", "Filipa"],
}
REAL_SUR = {
    "en": ["Whitfield", "Ashworth", "Pemberton", "Gallagher", "Holloway", "Kershaw"],
    "de": ["Brandstätter", "Kühnel", "Oberholzer", "Lindemann", "Weißkopf", "Hasenclever"],
    "fr": ["Lefebvre", "Chauvin", "Delacroix", "Marchand", "Perrault", "Guillot"],
    "nl": ["Verbruggen", "Hoekstra", "Dijkman", "Van Leeuwen", "Bosman", "Kuiper"],
    "es": ["Etxeberria", "Villalobos", "Arrieta", "Quintana", "Salcedo", "Zubiri"],
    "it": ["Barbieri", "Lombardo", "Castellani", "Mancuso", "Ferraresi", "Pellegrini"],
    "pt": ["Figueiredo", "Magalhães", "Cardoso", "Antunes", "Loureiro", "Sequeira"],
}
SYL = {  # onsets, vowels, codas, given endings, surname endings
    "en": ("br th kl st gw m r d h l w".split(), "a e i o ai ea".split(), "n l r s th".split(),
           ["wyn", "ric", "elle", "ton", "ley"], ["wick", "ham", "by", "ford", "stone"]),
    "de": ("kr gr h w b st l r f g".split(), "a e i o u ei".split(), "n l r s t".split(),
           ["hild", "bert", "mund", "trud", "wig"], ["mann", "bichler", "hofer", "stetter", "reuther"]),
    "fr": ("ch v l g b m r t s j".split(), "a e i o ou au".split(), "n l r s".split(),
           ["ette", "ien", "ine", "aud", "elle"], ["ault", "ier", "eux", "ard", "onnet"]),
    "nl": ("h w br d k m l v s j".split(), "a e i o oe ie".split(), "n l r s k".split(),
           ["ke", "mijn", "tje", "ert", "rik"], ["stra", "inga", "kamp", "huis", "veld"]),
    "es": ("b c d g l m r t v z".split(), "a e i o u".split(), "n l r s".split(),
           ["iano", "elia", "ardo", "ilda", "encio"], ["arreta", "ondo", "uelas", "ázar", "ibar"]),
    "it": ("b c d f g l m r t v".split(), "a e i o u".split(), "n l r s".split(),
           ["ella", "ino", "etta", "aldo", "iano"], ["acci", "etti", "ucci", "ini", "olo"]),
    "pt": ("b c d f g l m r t v".split(), "a e i o u".split(), "n l r s".split(),
           ["inha", "ildo", "ândia", "ério", "elma"], ["eira", "ões", "ado", "inho", "ais"]),
}


def invent(loc, sur):
    on, vo, co, ge, se = SYL[loc]
    while True:
        n = R.choice([1, 2])
        w = "".join(R.choice(on) + R.choice(vo) + (R.choice(co) if R.random() < 0.4 else "")
                    for _ in range(n))
        w += R.choice(se if sur else ge)
        w = w[0].upper() + w[1:]
        if 4 <= len(w) <= 14 and w.lower() not in LEX:
            return w


def given(loc):
    return R.choice(REAL_GIVEN[loc]) if R.random() < 0.5 else invent(loc, False)


def surname(loc):
    return R.choice(REAL_SUR[loc]) if R.random() < 0.5 else invent(loc, True)


def full(loc):
    return given(loc) + " " + surname(loc)


# Role labels of forms, per locale (value: one person).
LABELS = {
    "en": ["Policyholder", "Witness", "Next of kin", "Guardian", "Vendor", "Purchaser",
           "Forename(s)", "Emergency contact", "Insured", "Claimant", "Beneficiary", "Executor",
           "Landlord", "Tenant", "Parent/guardian", "Referring physician", "Consultant",
           "Caller", "Carer", "Key worker", "Line manager", "Officer in charge", "Consignee",
           "Shipper", "Deceased", "Informant", "Father", "Mother", "Spouse", "Pupil",
           "Form tutor", "Head of year", "Victim", "Suspect", "Interviewing officer"],
    "de": ["Versicherungsnehmer", "Versicherte Person", "Notfallkontakt", "Zeuge", "Zeugin",
           "Erziehungsberechtigter", "Vermieter", "Mieter", "Verkäufer", "Käufer", "Hausarzt",
           "Bezugsperson", "Ansprechpartnerin", "Sachbearbeiter", "Vorgesetzter", "Schüler",
           "Klassenlehrerin", "Geschädigter", "Halter", "Fahrer", "Erblasser", "Betreuer",
           "Vormund", "Empfänger", "Antragsteller", "Ehepartner", "Mutter", "Vater"],
    "fr": ["Assuré", "Souscripteur", "Témoin", "Responsable légal", "Personne à prévenir",
           "Bailleur", "Preneur", "Vendeur", "Acquéreur", "Médecin traitant", "Élève",
           "Professeur principal", "Conjoint", "Tuteur", "Déclarant", "Victime",
           "Conducteur", "Destinataire", "Gestionnaire", "Représentant légal", "Père", "Mère"],
    "nl": ["Verzekerde", "Verzekeringnemer", "Getuige", "Ouder/verzorger", "Contactpersoon",
           "Verhuurder", "Huurder", "Verkoper", "Koper", "Huisarts", "Leerling", "Mentor",
           "Bestuurder", "Melder", "Behandelaar", "Partner", "Voogd", "Curator",
           "Eerste contactpersoon", "Leidinggevende"],
    "es": ["Tomador", "Asegurado", "Testigo", "Tutor legal", "Contacto", "Arrendador",
           "Arrendatario", "Vendedor", "Comprador", "Médico de cabecera", "Alumno", "Alumna",
           "Padre/madre", "Cónyuge", "Conductor", "Denunciante", "Titular", "Beneficiario",
           "Persona de contacto", "Responsable"],
    "it": ["Contraente", "Assicurato", "Testimone", "Genitore", "Contatto", "Locatore",
           "Conduttore", "Venditore", "Acquirente", "Medico curante", "Alunno/a", "Tutore",
           "Coniuge", "Conducente", "Denunciante", "Intestatario", "Beneficiario",
           "Referente", "Persona da contattare", "Caregiver"],
    "pt": ["Tomador", "Segurado", "Testemunha", "Encarregado de educação", "Contacto",
           "Senhorio", "Arrendatário", "Vendedor", "Comprador", "Médico de família",
           "Aluno(a)", "Outorgante", "Outorgado", "Cônjuge", "Condutor", "Titular",
           "Beneficiário", "Pessoa de contacto", "Responsável", "Utente"],
}
PAIR_LABELS = {
    "en": ["Vendors", "Purchasers", "Parents", "Witnesses", "Present", "Attendees"],
    "de": ["Anwesend", "Zeugen", "Eltern", "Verkäufer", "Teilnehmende"],
    "fr": ["Présents", "Témoins", "Parents", "Vendeurs", "Participants"],
    "nl": ["Aanwezig", "Getuigen", "Ouders", "Verkopers", "Deelnemers"],
    "es": ["Asistentes", "Testigos", "Padres", "Vendedores", "Presentes"],
    "it": ["Presenti", "Testimoni", "Genitori", "Venditori", "Partecipanti"],
    "pt": ["Presentes", "Testemunhas", "Pais", "Vendedores", "Participantes"],
}
AND = {"en": "and", "de": "und", "fr": "et", "nl": "en", "es": "y", "it": "e", "pt": "e"}
HONOR = {
    "en": ["Mr", "Mrs", "Ms", "Dr", "PC", "DC", "Sgt.", "Rev.", "Mister", "Nurse"],
    "de": ["Herr", "Frau", "Dr.", "Prof. Dr.", "Herrn"],
    "fr": ["M.", "Mme", "Me", "Dr", "Monsieur", "Madame", "Maître"],
    "nl": ["de heer", "mevrouw", "Dhr.", "Mevr.", "dr.", "mr."],
    "es": ["D.", "Dña.", "Sr.", "Sra.", "don", "doña", "Dra."],
    "it": ["Sig.", "Sig.ra", "Gentile Sig.ra", "Egregio Sig.", "dott.", "dott.ssa", "avv."],
    "pt": ["Exmo. Senhor", "Exma. Senhora", "senhor", "senhora", "Eng.º", "Eng.ª", "Dr.",
           "Dra.", "Sr.", "Sra."],
}
KIN = {
    "en": ["son", "daughter", "her husband", "his wife", "my sister", "brother", "nephew",
           "granddaughter"],
    "de": ["Sohn", "Tochter", "meine Schwester", "ihr Mann", "sein Bruder", "Enkelin", "Neffe"],
    "fr": ["son fils", "sa fille", "ma sœur", "son mari", "sa femme", "le neveu", "la petite-fille"],
    "nl": ["zoon", "dochter", "haar man", "zijn vrouw", "mijn zus", "kleinzoon", "neef"],
    "es": ["su hijo", "su hija", "mi hermana", "su marido", "su esposa", "el sobrino", "la nieta"],
    "it": ["il figlio", "la figlia", "mia sorella", "il marito", "la moglie", "il nipote"],
    "pt": ["o filho", "a filha", "a minha irmã", "o marido", "a mulher", "o neto", "a sobrinha"],
}
PARENTS = {  # "<child> ... son of X and of Y"
    "en": "son of {a} and {b}", "de": "Sohn des {a} und der {b}",
    "fr": "fils de {a} et de {b}", "nl": "zoon van {a} en {b}",
    "es": "hijo de {a} y de {b}", "it": "figlio di {a} e di {b}",
    "pt": "filho de {a} e de {b}",
}
VERBS = {  # a verb or preposition that takes a person, then the slot
    "en": ["driven by {}", "Handover to {}.", "Closed by {}.", "Escalated to {}.",
           "Please report to {} at reception.", "Callback by {} tomorrow.",
           "Signed on behalf of the buyer by {}.", "Keys collected by {}."],
    "de": ["gefahren von {}", "Übergabe an {}.", "Rückruf durch {}.", "Bitte Rückfrage bei {}.",
           "Abgeholt von {}.", "Unterschrieben von {}."],
    "fr": ["conduite par {}", "Relève : {}.", "Rappel par {}.", "Transmis à {}.",
           "Signé par {}.", "Clés remises à {}."],
    "nl": ["bestuurd door {}", "Overdracht aan {}.", "Terugbellen door {}.",
           "Opgehaald door {}.", "Getekend door {}."],
    "es": ["conducido por {}", "Relevo: {}.", "Devolver llamada: {}.", "Firmado por {}.",
           "Recogido por {}."],
    "it": ["guidata da {}", "Cambio turno: {}.", "Richiamare: {}.", "Firmato da {}.",
           "Ritirato da {}."],
    "pt": ["conduzido por {}", "Passagem de turno: {}.", "Ligar de volta: {}.",
           "Assinado por {}.", "Recolhido por {}."],
}
# Look-alikes, each where it is written for real: a company under a label whose value may be one
# ("Vendor: Carrefour", "Tomador: Mapfre"), a courier or a shift after a verb of handing over
# ("Abgeholt von DHL", "Übergabe an Frühdienst"), a company or a place after a relation word and
# a verb ("Sohn arbeitet bei Allianz", "mijn zus woont in Utrecht"), teams with a count in
# brackets ("Team Blau (12)").
ORG_LABELS = {
    "en": ["Vendor", "Purchaser", "Landlord", "Tenant", "Consignee", "Payee", "Account holder"],
    "de": ["Vermieter", "Mieter", "Käufer", "Versicherungsnehmer", "Halter"],
    "fr": ["Bailleur", "Preneur", "Vendeur", "Acquéreur", "Souscripteur"],
    "nl": ["Verhuurder", "Huurder", "Verkoper", "Koper", "Verzekeringnemer"],
    "es": ["Tomador", "Arrendador", "Vendedor", "Comprador", "Titular", "Contacto"],
    "it": ["Contraente", "Locatore", "Venditore", "Acquirente", "Intestatario"],
    "pt": ["Senhorio", "Vendedor", "Comprador", "Titular", "Beneficiário"],
}
ORGS = ["Carrefour", "Wells Fargo", "Allianz", "Mapfre", "Generali", "Deutsche Bahn",
        "Albert Heijn", "Fidelidade", "Vesteda", "Crédit Agricole", "Unipol", "Bouygues Immobilier"]
COURIERS = ["DHL", "PostNL", "SEUR", "Chronopost", "Hermes", "Bartolini", "CTT Expresso", "DPD"]
SHIFTS = {
    "en": ["Night Team", "Day Shift", "Ward B", "Support Desk"],
    "de": ["Frühdienst", "Spätdienst", "Station 4", "Team Blau"],
    "fr": ["Équipe de Nuit", "Service Client", "Pavillon B"],
    "nl": ["Avonddienst", "Nachtdienst", "Afdeling Zuid"],
    "es": ["Turno Noche", "Recursos Humanos", "Planta Tercera"],
    "it": ["Turno Notte", "Ufficio Sinistri", "Reparto Nord"],
    "pt": ["Turno da Noite", "Equipa B", "Serviço de Urgência"],
}
HAND_NEG = {
    "en": ["Handover to {}.", "Collected by {}.", "Escalated to {}."],
    "de": ["Übergabe an {}.", "Abgeholt von {}."],
    "fr": ["Transmis à {}.", "Récupéré par {}."],
    "nl": ["Overdracht aan {}.", "Opgehaald door {}."],
    "es": ["Relevo: {}.", "Recogido por {}."],
    "it": ["Cambio turno: {}.", "Ritirato da {}."],
    "pt": ["Passagem de turno: {}.", "Recolhido pelo {}."],
}
WORKS = {"en": "works at", "de": "arbeitet bei", "fr": "travaille chez", "nl": "werkt bij",
         "es": "trabaja en", "it": "lavora da", "pt": "trabalha na"}
LIVES = {"en": "lives in", "de": "wohnt in", "fr": "habite à", "nl": "woont in",
         "es": "vive en", "it": "abita a", "pt": "mora em"}
PLACES = ["Amsterdam", "Lyon", "Porto", "Bologna", "Sevilla", "Leeds", "Graz", "Utrecht"]


def rec(parts, loc, cls):
    """parts: list of str or (label, value); returns the record."""
    text, spans = assemble(parts)
    return record(text, spans, 0, {"locale": loc, "class": cls, "corpus": "context2"})


def colon(loc):
    return " : " if loc == "fr" else ": "


def caps(s, up):
    return s.upper() if up else s


def make_label(loc):
    lab = R.choice(LABELS[loc])
    up = R.random() < 0.3
    name = full(loc) if R.random() < 0.75 else given(loc)
    head = R.choice(["Claim form", "Formulaire", "Formular", "Ficha", "Scheda", "Dossier",
                     "Record"]) + " " + str(R.randint(1000, 9999)) + "\n"
    tail = R.choice(["", "\n" + caps("Ref", up) + ": KX-" + str(R.randint(1000, 9999)),
                     " (" + R.choice(["sister", "Schwester", "sœur", "zus", "hermana", "sorella",
                                      "irmã"]) + ")"])
    return rec([head, caps(lab, up) + colon(loc), ("PERSON", caps(name, up)), tail], loc, "label")


def make_pair(loc):
    lab = R.choice(PAIR_LABELS[loc])
    n = R.choice([2, 3])
    names = [full(loc) for _ in range(n)]
    parts = [lab + colon(loc)]
    for k, nm in enumerate(names):
        if k:
            parts.append(", " if k < n - 1 else " " + AND[loc] + " ")
        parts.append(("PERSON", nm))
    parts.append(".")
    return rec(parts, loc, "pair")


def make_honor(loc):
    h = R.choice(HONOR[loc])
    name = surname(loc) if R.random() < 0.5 else full(loc)
    pre = R.choice(["", "Betreft: afspraak met ", "Termin mit ", "Rendez-vous avec ", "Cita con ",
                    "Visita con ", "Consulta com ", "Appointment with "]) if R.random() < 0.5 else ""
    tail = "," if not pre else "."
    return rec([pre, h + " ", ("PERSON", name), tail, "\n" + R.choice(["Thanks.", "Danke.",
                                                                       "Merci.", "Gracias."])],
               loc, "honor")


def make_kin(loc):
    if R.random() < 0.35:
        child, a, b = full(loc), full(loc), given(loc)
        tpl = PARENTS[loc]
        i, j = tpl.index("{a}"), tpl.index("{b}")
        return rec([("PERSON", child), ", " + tpl[:i], ("PERSON", a), tpl[i + 3:j], ("PERSON", b),
                    "."], loc, "kin")
    if R.random() < 0.3:
        a, b = full(loc), surname(loc)
        w = {"en": " (née ", "de": " geb. ", "fr": " née ", "nl": " geb. ", "es": " de soltera ",
             "it": " nata ", "pt": " nascida "}[loc]
        close = ")" if loc == "en" else ""
        return rec([("PERSON", a), w, ("PERSON", b), close + ", 1921–1998."], loc, "kin")
    k = R.choice(KIN[loc])
    name = given(loc)
    lead = R.choice(["Visited today, ", "Heute Besuch, ", "Visite, ", "Bezoek, ", "Visita, ",
                     "Visita: ", "Visita, "])
    return rec([lead + k + " ", ("PERSON", name), " " + R.choice(["informed.", "anwesend.",
                                                                   "présent.", "aanwezig.",
                                                                   "presente."])], loc, "kin")


def make_verb(loc):
    v = R.choice(VERBS[loc])
    name = given(loc) if R.random() < 0.5 else full(loc)
    i = v.index("{}")
    pre = R.choice(["Note: ", "", "Ticket 4411. ", "Vehicle VW Golf "])
    return rec([pre + v[:i], ("PERSON", name), v[i + 2:]], loc, "verb")


def make_age(loc):
    a, b = full(loc), full(loc)
    return rec(["Bed 3 – ", ("PERSON", a), " (" + str(R.randint(20, 95)) + "), stable.\nBed 4 – ",
                ("PERSON", b), " (" + str(R.randint(20, 95)) + "): observation."], loc, "age")


def make_neg(loc):
    shape = R.randrange(5)
    if shape == 0:
        lab = R.choice(ORG_LABELS[loc])
        val = R.choice(ORGS)
        return rec([lab + colon(loc), ("NEG_ORG", val), "\nRef: 22-" + str(R.randint(100, 999))],
                   loc, "neg")
    if shape == 1:
        v = R.choice(HAND_NEG[loc])
        i = v.index("{}")
        collect = any(c in v for c in ("Collected", "Abgeholt", "Récupéré", "Opgehaald",
                                        "Recogido", "Ritirato", "Recolhido"))
        kind, val = (("NEG_ORG", R.choice(COURIERS)) if collect and R.random() < 0.5
                     else ("NEG_TERM", R.choice(SHIFTS[loc])))
        return rec([v[:i], (kind, val), v[i + 2:]], loc, "neg")
    if shape == 2:
        k = R.choice(KIN[loc])
        if R.random() < 0.5:
            return rec([k[0].upper() + k[1:] + " " + WORKS[loc] + " ", ("NEG_ORG", R.choice(ORGS)),
                        "."], loc, "neg")
        return rec([k[0].upper() + k[1:] + " " + LIVES[loc] + " ", ("NEG_PLACE", R.choice(PLACES)),
                    "."], loc, "neg")
    if shape == 3:
        a, b = R.sample(SHIFTS[loc], 2)
        return rec(["Rota: ", ("NEG_TERM", a), " (" + str(R.randint(3, 14)) + "), ", ("NEG_TERM", b),
                    " (" + str(R.randint(3, 14)) + ")."], loc, "neg")
    d = "%02d.%02d.%d" % (R.randint(1, 28), R.randint(1, 12), R.randint(1990, 2024))
    lab = R.choice(["Date of claim", "Schadentag", "Date du sinistre", "Schadedatum",
                    "Fecha del siniestro", "Data del sinistro", "Data do sinistro"])
    return rec([lab + colon(loc), ("NEG_DATE", d), "\nCode: ", ("NEG_CODE", "PX-" +
                                                                    str(R.randint(10000, 99999)))],
               loc, "neg")


def main():
    makers = [make_label] * 4 + [make_pair, make_honor, make_honor, make_kin, make_kin,
                                 make_verb, make_verb, make_age, make_neg, make_neg, make_neg]
    out = []
    for loc in ["en", "de", "fr", "nl", "es", "it", "pt"]:
        for _ in range(90):
            out.append(R.choice(makers)(loc))
    path = sys.argv[1] if len(sys.argv) > 1 else OUT
    with open(path, "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=0)
        f.write("\n")
    print(len(out), "records,", sum(len(r["spans"]) for r in out), "spans ->", path)


if __name__ == "__main__":
    main()
