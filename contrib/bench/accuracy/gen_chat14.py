#!/usr/bin/env python3
"""gen_chat14.py: PERSON in chat and form text, round two (issue 15, branch `chat14`).

The classes chat13 left, in shapes chat13's templates do not have (call-centre notes, CRM activity
feeds, voicemail logs, WhatsApp family groups, forms), en/de/fr/nl/es/it/pt, real and invented
names:
- `labelverb`: a label with a verb (or a verb phrase and a preposition) before a colon, then a
  lower-case name (`Voicemail left by: maria keller`, `Rückruf gewünscht von: jonas weber`,
  `Appel de : marie dubois`), in a CRM feed line, a voicemail log, a JSON activity or a note;
- `relation`: invented (and some real) names after relation nouns of every language, in-laws,
  step- and ex- included (`my flatmate Quorin`, `meine Schwägerin Elvatra Szunde`,
  `ma belle-sœur Odrine`, `mijn stiefvader Brelmo`), in WhatsApp family-group lines;
- `capscomma`: names in capitals written surname-first with a comma, the surname double with a
  hyphen or dash of any code point (- U+2010 U+2011 U+2012 U+2013 U+2212 U+FE63 U+FF0D):
  `KELLER‐WEISS, MARIA` after a form label or in a list.
Look-alikes (NEG_*):
- `labelverb_neg`: the same labels before no name (`Customer called: twice`, `called: back`,
  `Anruf von: unbekannt`, `Appel de : numéro masqué`);
- `relation_neg`: relation nouns before products, pets and days (`my flatmate's Tesla`,
  `meine Nachbarin ihr Hund Bello`, `mijn schoonzus haar kat Minoes`);
- `caps_neg`: headings and places in capitals with a hyphen and a comma (`KICK‐OFF, AGENDA`,
  `BADEN‐BADEN, DEUTSCHLAND`);
- `firm`: firms in capitals of surname + trade + legal form, every legal form of the pack's
  locales (`GIRARD BÂTIMENT SARL`, `MÜLLER HAUSTECHNIK GMBH`, `JANSEN BOUW B.V.`), NEG_ORG, half
  beside a contact person.
Writes JSON (the names_tune3.json format) to stdout; deterministic; Python stdlib only."""
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gen_common import Doc, write_json  # noqa: E402
from lexicon_words import lexicon_words  # noqa: E402

rng = random.Random(20261204 + 14)
LEX = set(w.lower() for w in lexicon_words(with_global=True))
LANGS = ["en", "de", "fr", "nl", "es", "it", "pt"]
records = []

GIVEN = {
    "en": ["maria", "sophie", "daniel", "grace", "liam", "aisha", "owen", "megan"],
    "de": ["jonas", "greta", "florian", "heike", "maximilian", "svenja", "uwe", "anja"],
    "fr": ["marie", "hugo", "manon", "théo", "océane", "lucas", "chloé", "antoine"],
    "nl": ["daan", "lotte", "jeroen", "eva", "thijs", "ilse", "ruben", "floor"],
    "es": ["lucía", "pablo", "marta", "andrés", "rocío", "diego", "nerea", "jorge"],
    "it": ["francesca", "marco", "elena", "luca", "silvia", "andrea", "paola", "stefano"],
    "pt": ["ana", "pedro", "catarina", "miguel", "sofia", "duarte", "raquel", "nuno"],
}
SURNAME = {
    "en": ["Keller", "Hughes", "Patel", "Morrison", "Gallagher", "Thornton", "Reid"],
    "de": ["Weber", "Hoffmann", "Schäfer", "Becker", "Wagner", "Zimmermann", "Krüger"],
    "fr": ["Dubois", "Lambert", "Rousseau", "Fontaine", "Mercier", "Garnier", "Faure"],
    "nl": ["de Vries", "van Dijk", "Janssen", "Peters", "Willems", "Kuipers", "Bos"],
    "es": ["Fernández", "Ruiz", "Molina", "Serrano", "Gil", "Herrera", "Medina"],
    "it": ["Ferrari", "Romano", "Conti", "Marino", "Greco", "Bruno", "Fontana"],
    "pt": ["Santos", "Oliveira", "Costa", "Rodrigues", "Martins", "Lopes", "Marques"],
}
# Syllables for names in no lexicon, apart from gen_common's SYL7 so the shapes are new.
SYL = {"en": ["quo", "rin", "el", "va", "thor", "ny", "bre", "lis"],
       "de": ["el", "va", "tra", "sun", "dre", "gol", "wi", "ke"],
       "fr": ["o", "dri", "ne", "lau", "vé", "mo", "ri", "san"],
       "nl": ["brel", "mo", "ij", "ke", "wes", "ter", "lie", "dra"],
       "es": ["dal", "mi", "ra", "qui", "ñe", "lo", "sa", "vé"],
       "it": ["cor", "brua", "le", "ni", "sfo", "ria", "te", "gi"],
       "pt": ["lu", "ão", "ri", "nha", "ce", "dro", "vi", "sa"]}
SUREND = {"en": ["ley", "wick", "more"], "de": ["de", "lich", "horst"], "fr": ["ard", "elle", "on"],
          "nl": ["stra", "ma", "ing"], "es": ["aga", "ete", "illa"], "it": ["etti", "ola", "ucci"],
          "pt": ["inho", "elo", "osa"]}
HYPH = ["-", "\u2010", "\u2011", "\u2012", "\u2013", "\u2212", "\ufe63", "\uff0d"]


def invent(lg):
    while True:
        w = "".join(rng.choice(SYL[lg]) for _ in range(rng.choice((2, 3))))
        if w not in LEX and 4 <= len(w) <= 9 and w[0] not in "ñ":
            return w


def invent_sur(lg):
    while True:
        w = "".join(rng.choice(SYL[lg]) for _ in range(rng.choice((1, 2)))) + rng.choice(SUREND[lg])
        if w not in LEX and len(w) >= 5 and w[0] not in "ñ":
            return w.capitalize()


def given(lg, real=None):
    if real is None:
        real = rng.random() < 0.5
    return rng.choice(GIVEN[lg]) if real else invent(lg)


def surname(lg, real=None):
    if real is None:
        real = rng.random() < 0.5
    return rng.choice(SURNAME[lg]) if real else invent_sur(lg)


class D(Doc):
    records = records

    def slot(self, key, kw):
        lab, v = kw[key]
        if lab:
            self.span(lab, v)
        else:
            self.t(v)


# ---- label + verb + lower-case name ------------------------------------------------------------
LV = {"en": ["Call received from: ", "Voicemail left by: ", "Callback requested by: ",
             "Customer phoned in: ", "Spoke to: ", "Appointment booked with: "],
      "de": ["Anruf erhalten von: ", "Sprachnachricht hinterlassen von: ",
             "Rückruf gewünscht von: ", "Kundin rief an: ", "Gesprochen mit: ",
             "Termin vereinbart mit: "],
      "fr": ["Appel de : ", "Message laissé par : ", "Rappel demandé par : ",
             "Cliente a téléphoné : ", "Parlé avec : ", "RDV pris avec : "],
      "nl": ["Gebeld door: ", "Voicemail ingesproken door: ", "Terugbelverzoek van: ",
             "Klant heeft gebeld: ", "Gesproken met: ", "Afspraak gemaakt met: "],
      "es": ["Llamada recibida de: ", "Mensaje de voz dejado por: ",
             "Devolución solicitada por: ", "Clienta llamó: ", "Hablado con: ",
             "Cita concertada con: "],
      "it": ["Chiamata ricevuta da: ", "Messaggio lasciato da: ", "Richiamata richiesta da: ",
             "Cliente ha telefonato: ", "Parlato con: ", "Appuntamento fissato con: "],
      "pt": ["Chamada recebida de: ", "Mensagem de voz deixada por: ", "Pedido de contacto de: ",
             "Cliente telefonou: ", "Falei com: ", "Marcação feita com: "]}
LV_TAIL = {"en": ["wants a callback re order 5521", "asked about the delivery date",
                  "left a number"],
           "de": ["bittet um Rückruf wg. Auftrag 5521", "fragt nach dem Liefertermin",
                  "Nummer hinterlassen"],
           "fr": ["souhaite être rappelée, commande 5521", "demande la date de livraison",
                  "a laissé un numéro"],
           "nl": ["wil teruggebeld worden over order 5521", "vraagt naar de leverdatum",
                  "nummer achtergelaten"],
           "es": ["quiere que le devolvamos la llamada, pedido 5521",
                  "pregunta por la fecha de entrega", "dejó un número"],
           "it": ["vuole essere richiamata, ordine 5521", "chiede la data di consegna",
                  "ha lasciato un numero"],
           "pt": ["pede contacto sobre a encomenda 5521", "pergunta pela data de entrega",
                  "deixou um número"]}
LV_NEG = {"en": ["twice", "back", "again", "unknown", "withheld number", "no answer"],
          "de": ["zweimal", "zurück", "erneut", "unbekannt", "nicht erreichbar", "keine Nummer"],
          "fr": ["deux fois", "inconnu", "numéro masqué", "pas joignable", "sans suite", "rappel"],
          "nl": ["twee keer", "terug", "onbekend", "anoniem", "niet bereikbaar", "opnieuw"],
          "es": ["dos veces", "de nuevo", "desconocido", "número oculto", "no contesta"],
          "it": ["due volte", "di nuovo", "sconosciuto", "numero privato", "non raggiungibile"],
          "pt": ["duas vezes", "de novo", "desconhecido", "número privado", "não atende"]}
NEG_VERB = {"en": ["Customer called: ", "Customer called: ", "Caller called: "],
            "de": ["Kunde rief an: ", "Kundin rief an: "], "fr": ["Client a appelé : "],
            "nl": ["Klant belde: "], "es": ["Cliente llamó: "], "it": ["Cliente ha chiamato: "],
            "pt": ["Cliente ligou: "]}


def lv_name(lg):
    k = rng.randrange(6)
    if k == 0:
        return given(lg, True)
    g = given(lg)
    s = surname(lg).lower()
    return g + " " + s


def lv_wrap(d, lg, label, put):
    """One of four containers around `label` + what put(d) writes."""
    k = rng.randrange(4)
    tail = rng.choice(LV_TAIL[lg])
    if k == 0:
        d.t("2026-03-%02d %02d:%02d | agent %d | " % (rng.randint(1, 28), rng.randint(8, 18),
                                                        rng.randint(0, 59), rng.randint(2, 60)))
        d.t(label)
        put(d)
        d.t(" | " + tail)
    elif k == 1:
        d.t("VM %d (0:%02d) " % (rng.randint(1, 30), rng.randint(5, 59)) + label)
        put(d)
        d.t("\nVM %d (0:%02d) %s" % (rng.randint(31, 60), rng.randint(5, 59), tail))
    elif k == 2:
        d.t('{"activity": "' + label)
        put(d)
        d.t('", "outcome": "' + tail + '"}')
    else:
        d.t("Notiz %d\n" % rng.randint(100, 999) if lg == "de" else "# %d\n" % rng.randint(100, 999))
        d.t(label)
        put(d)
        d.t(" - " + tail)


def labelverb(lg):
    d = D(lg, "labelverb")
    v = lv_name(lg)
    lv_wrap(d, lg, rng.choice(LV[lg]), lambda x: x.span("PERSON", v))
    d.done()


def labelverb_neg(lg):
    d = D(lg, "labelverb_neg")
    w = rng.choice(LV_NEG[lg])
    label = rng.choice(NEG_VERB[lg] + LV[lg][:3])
    lv_wrap(d, lg, label, lambda x: x.span("NEG_TERM", w))
    d.done()


# ---- relation nouns ----------------------------------------------------------------------------
REL = {"en": ["my flatmate", "my sister-in-law", "my brother-in-law", "my mother-in-law",
              "my stepdad", "my stepmum", "my stepbrother", "my ex-wife", "my ex", "my housemate",
              "my godmother", "my niece", "my roommate", "my father-in-law"],
       "de": ["meine Schwägerin", "mein Schwager", "meine Schwiegermutter", "mein Stiefvater",
              "meine Stiefschwester", "meine Ex-Frau", "mein Ex-Mann", "meine Mitbewohnerin",
              "meine Nachbarin", "meine Cousine", "mein Neffe", "meine Patentante",
              "mein Schwiegersohn", "meine Ex"],
       "fr": ["ma belle-sœur", "mon beau-frère", "ma belle-mère", "mon beau-père",
              "mon demi-frère", "mon ex-mari", "mon ex", "ma coloc", "ma marraine", "mon parrain",
              "ma nièce", "ma colocataire", "ma demi-sœur", "mon gendre"],
       "nl": ["mijn schoonzus", "mijn zwager", "mijn schoonmoeder", "mijn stiefvader",
              "mijn ex-vrouw", "mijn huisgenoot", "mijn buurvrouw", "mijn peettante",
              "mijn stiefzoon", "mijn ex", "mijn schoonvader", "mijn nicht", "mijn stiefmoeder"],
       "es": ["mi cuñada", "mi cuñado", "mi suegra", "mi padrastro", "mi madrastra",
              "mi hermanastro", "mi exmarido", "mi ex", "mi compañera de piso", "mi madrina",
              "mi sobrina", "mi yerno", "mi exmujer", "mi suegro"],
       "it": ["mia cognata", "mio cognato", "mia suocera", "mio suocero", "il mio patrigno",
              "la mia matrigna", "il mio fratellastro", "la mia ex moglie", "il mio ex",
              "la mia coinquilina", "mia cugina", "la mia madrina", "mio genero"],
       "pt": ["a minha cunhada", "o meu cunhado", "a minha sogra", "o meu sogro",
              "o meu padrasto", "a minha madrasta", "o meu meio-irmão", "a minha ex-mulher",
              "o meu ex", "o meu colega de casa", "a minha madrinha", "a minha sobrinha",
              "o meu genro"]}
REL_T = {"en": ["{P} {A} is coming for dinner too", "did you invite {P} {A}?",
                "{P} {A} can drive us to the station", "happy birthday to {P} {A} 🎉",
                "{P} {A} says hi to everyone"],
         "de": ["{P} {A} kommt auch zum Essen", "hat {P} {A} schon zugesagt?",
                "{P} {A} kann uns zum Bahnhof fahren", "{P} {A} lässt alle grüßen 🎉"],
         "fr": ["{P} {A} vient aussi dîner", "tu as invité {P} {A} ?",
                "{P} {A} peut nous emmener à la gare", "bon anniversaire à {P} {A} 🎉"],
         "nl": ["{P} {A} komt ook eten", "heb je {P} {A} uitgenodigd?",
                "{P} {A} kan ons naar het station brengen", "{P} {A} doet iedereen de groeten 🎉"],
         "es": ["{P} {A} viene a cenar también", "¿invitaste a {P} {A}?",
                "{P} {A} nos puede llevar a la estación", "{P} {A} manda saludos a todos 🎉"],
         "it": ["{P} {A} viene anche a cena", "hai invitato {P} {A}?",
                "{P} {A} ci può accompagnare in stazione", "{P} {A} saluta tutti 🎉"],
         "pt": ["{P} {A} também vem jantar", "convidaste {P} {A}?",
                "{P} {A} pode levar-nos à estação", "{P} {A} manda beijinhos a todos 🎉"]}
SENDER = {"en": ["Mum", "Dad", "Gran"], "de": ["Mama", "Papa", "Oma"], "fr": ["Maman", "Papa"],
          "nl": ["Mama", "Papa", "Oma"], "es": ["Mamá", "Papá", "Abuela"],
          "it": ["Mamma", "Papà", "Nonna"], "pt": ["Mãe", "Pai", "Avó"]}


def wa_head(d, lg):
    """A WhatsApp export line's head: date, time, sender (a family word or a labelled name)."""
    if lg == "en":
        d.t("[%02d/%02d/2026, %02d:%02d] " % (rng.randint(1, 28), rng.randint(1, 12),
                                               rng.randint(7, 22), rng.randint(0, 59)))
    else:
        d.t("[%02d.%02d.26, %02d:%02d] " % (rng.randint(1, 28), rng.randint(1, 12),
                                             rng.randint(7, 22), rng.randint(0, 59)))
    if rng.random() < 0.3:
        d.span("PERSON", given(lg, True).capitalize())
    else:
        d.t(rng.choice(SENDER[lg]))
    d.t(": ")


def relation(lg):
    d = D(lg, "relation")
    k = rng.randrange(5)
    if k <= 1:
        v = invent(lg).capitalize()
    elif k == 2:
        v = invent(lg)
    elif k == 3:
        v = invent(lg).capitalize() + " " + invent_sur(lg)
    else:
        v = given(lg, True).capitalize()
    if rng.random() < 0.7:
        wa_head(d, lg)
    t = rng.choice(REL_T[lg])
    p = rng.choice(REL[lg])
    if t.startswith("{P}"):
        p = p[0].upper() + p[1:]
    d.fill(t, P=(None, p), A=("PERSON", v))
    d.done()


REL_NEG = {"en": ["{P}'s {X} is blocking the drive", "{P}'s {X} broke down again",
                  "{P}'s dog {Y} got out again"],
           "de": ["{P} ihr Hund {Y} bellt schon wieder", "{P} sein {X} ist kaputt",
                  "ich sehe {P} {D}"],
           "fr": ["{P} et son chien {Y} arrivent", "{P} a une {X} toute neuve",
                  "je vois {P} {D}"],
           "nl": ["{P} haar kat {Y} is weggelopen", "{P} zijn {X} staat voor de deur",
                  "ik zie {P} {D}"],
           "es": ["{P} y su perro {Y} vienen", "{P} tiene un {X} nuevo", "veo a {P} {D}"],
           "it": ["{P} e il suo gatto {Y} arrivano", "{P} ha una {X} nuova", "vedo {P} {D}"],
           "pt": ["{P} e o cão {Y} vêm também", "{P} tem um {X} novo", "vejo {P} {D}"]}
PRODUCT = {"en": ["Tesla", "Golf", "Vespa", "Land Rover"], "de": ["Passat", "Golf", "Tesla"],
           "fr": ["Clio", "Twingo", "Vespa"], "nl": ["Tesla", "Polo", "Toyota"],
           "es": ["Ibiza", "León", "Seat"], "it": ["Panda", "Vespa", "Punto"],
           "pt": ["Clio", "Renault", "Tesla"]}
PET = {"en": ["Biscuit", "Rex", "Buddy"], "de": ["Bello", "Hasso", "Struppi"],
       "fr": ["Rex", "Médor", "Filou"], "nl": ["Minoes", "Pluis", "Bobbie"],
       "es": ["Toby", "Coco", "Lur"], "it": ["Micio", "Fufi", "Briciola"],
       "pt": ["Bobi", "Tareco", "Pipoca"]}
DAY = {"de": ["Sonntag", "Montag", "morgen"], "fr": ["dimanche", "lundi", "demain"],
       "nl": ["zondag", "maandag", "morgen"], "es": ["el domingo", "mañana", "el lunes"],
       "it": ["domenica", "lunedì", "domani"], "pt": ["domingo", "amanhã", "segunda"]}


def relation_neg(lg):
    d = D(lg, "relation_neg")
    if rng.random() < 0.5:
        wa_head(d, lg)
    t = rng.choice(REL_NEG[lg])
    p = rng.choice(REL[lg])
    if t.startswith("{P}"):
        p = p[0].upper() + p[1:]
    d.fill(t, P=(None, p), X=("NEG_PRODUCT", rng.choice(PRODUCT[lg])),
           Y=("NEG_TERM", rng.choice(PET[lg])), D=("NEG_TERM", rng.choice(DAY.get(lg, ["x"]))))
    d.done()


# ---- capitals, surname first, comma ------------------------------------------------------------
CC_LABEL = {"en": ["Surname, first name: ", "Patient: ", "Account holder: ", "Guest: "],
            "de": ["Name, Vorname: ", "Patient/in: ", "Kontoinhaber: ", "Mieter: "],
            "fr": ["Nom, prénom : ", "Patient : ", "Titulaire du compte : ", "Locataire : "],
            "nl": ["Naam, voornaam: ", "Patiënt: ", "Rekeninghouder: ", "Huurder: "],
            "es": ["Apellidos, nombre: ", "Paciente: ", "Titular de la cuenta: ", "Inquilino: "],
            "it": ["Cognome, nome: ", "Paziente: ", "Intestatario: ", "Inquilino: "],
            "pt": ["Apelido, nome: ", "Utente: ", "Titular da conta: ", "Inquilino: "]}
CC_GIVEN = {"en": ["MARIA", "JAMES", "EMILY", "SARAH JANE", "THOMAS"],
            "de": ["MARIA", "JÖRG", "ANNA-LENA", "KLAUS", "BIRGIT"],
            "fr": ["CLAIRE", "JEAN-LUC", "ÉLISE", "FRANÇOIS", "MARIE CLAIRE"],
            "nl": ["ANOUK", "JAN", "SASKIA", "MAARTEN"],
            "es": ["MARÍA", "JOSÉ LUIS", "NURIA", "ÍÑIGO"],
            "it": ["GIULIA", "PIERLUIGI", "ANNA MARIA", "NICOLÒ"],
            "pt": ["JOÃO", "MARIA JOÃO", "INÊS", "RUI"]}


def cc_name(lg):
    h = rng.choice(HYPH)
    a = surname(lg).upper()
    b = surname(lg).upper()
    while b == a:
        b = surname(lg).upper()
    g = rng.choice(CC_GIVEN[lg]) if rng.random() < 0.7 else invent(lg).upper()
    return a + h + b + ", " + g


def capscomma(lg):
    d = D(lg, "capscomma")
    k = rng.randrange(3)
    if k == 0:
        d.t(rng.choice(CC_LABEL[lg])).span("PERSON", cc_name(lg)).t("\n")
        d.t("Ref. %d-%d" % (rng.randint(100, 999), rng.randint(1000, 9999)))
    elif k == 1:
        d.t("%d. " % rng.randint(1, 9)).span("PERSON", cc_name(lg)).t("\n")
        d.t("%d. " % rng.randint(10, 19)).span("PERSON", cc_name(lg)).t("\n")
    else:
        d.t('{"name": "').span("PERSON", cc_name(lg)).t('", "id": %d}' % rng.randint(1000, 99999))
    d.done()


CAPS_NEG = ["KICK{H}OFF, AGENDA", "FOLLOW{H}UP, OFFEN", "ROLL{H}OUT, PHASE 2", "CHECK{H}IN, TERMINAL 2",
            "STAND{H}UP, NOTES", "E{H}MAIL, TELEFON", "SET{H}UP, FINAL", "CO{H}WORKING, ETAGE 3"]
CAPS_PLACE = {"en": ["STRATFORD{H}UPON{H}AVON, UK"], "de": ["BADEN{H}BADEN, DEUTSCHLAND",
                                                          "GARMISCH{H}PARTENKIRCHEN, BAYERN"],
              "fr": ["SAINT{H}ÉTIENNE, FRANCE", "AIX{H}EN{H}PROVENCE, FRANCE"],
              "nl": ["ALPHEN{H}AAN DEN RIJN, NEDERLAND"], "es": ["CASTILLA{H}LA MANCHA, ESPAÑA"],
              "it": ["EMILIA{H}ROMAGNA, ITALIA", "REGGIO{H}EMILIA, ITALIA"],
              "pt": ["TRÁS{H}OS{H}MONTES, PORTUGAL"]}


def caps_neg(lg):
    d = D(lg, "caps_neg")
    h = rng.choice(HYPH)
    if rng.random() < 0.5:
        d.t("== ").span("NEG_TERM", rng.choice(CAPS_NEG).replace("{H}", h)).t(" ==\n")
        d.t("1. " + {"en": "Status", "de": "Stand", "fr": "Statut", "nl": "Stand", "es": "Estado",
                     "it": "Stato", "pt": "Estado"}[lg])
    else:
        d.t({"en": "Venue: ", "de": "Ort: ", "fr": "Lieu : ", "nl": "Locatie: ", "es": "Lugar: ",
             "it": "Luogo: ", "pt": "Local: "}[lg])
        d.span("NEG_PLACE", rng.choice(CAPS_PLACE[lg]).replace("{H}", h)).t("\n")
    d.done()


# ---- firms in capitals -------------------------------------------------------------------------
TRADE = {"en": ["PLUMBING", "ROOFING", "BUILDERS", "JOINERY", "ELECTRICAL", "HAULAGE"],
         "de": ["HAUSTECHNIK", "BEDACHUNGEN", "ELEKTROTECHNIK", "SANITÄR", "MALERBETRIEB",
                "TRANSPORTE"],
         "fr": ["BÂTIMENT", "PLOMBERIE", "TRANSPORTS", "MENUISERIE", "ÉLECTRICITÉ", "TOITURES"],
         "nl": ["BOUW", "INSTALLATIETECHNIEK", "SCHILDERWERKEN", "TRANSPORT", "DAKWERKEN"],
         "es": ["CONSTRUCCIONES", "REFORMAS", "FONTANERÍA", "TRANSPORTES", "ELECTRICIDAD"],
         "it": ["COSTRUZIONI", "IMPIANTI", "TRASPORTI", "EDILIZIA", "SERRAMENTI"],
         "pt": ["CONSTRUÇÕES", "ENGENHARIA", "CANALIZAÇÕES", "TRANSPORTES", "CAIXILHARIA"]}
LEGAL = {"en": ["LTD", "LIMITED", "LLP", "PLC", "LLC", "INC."],
         "de": ["GMBH", "AG", "KG", "OHG", "UG", "E.K.", "GMBH & CO. KG", "GBR"],
         "fr": ["SARL", "SAS", "SA", "EURL", "SASU", "SNC"],
         "nl": ["B.V.", "BV", "N.V.", "V.O.F.", "VOF"],
         "es": ["S.L.", "S.A.", "S.L.U.", "SL", "S.COOP."],
         "it": ["S.R.L.", "SRL", "S.P.A.", "S.N.C.", "S.A.S."],
         "pt": ["LDA.", "LDA", "S.A.", "UNIPESSOAL LDA"]}
FIRM_LABEL = {"en": ["Supplier: ", "Account: ", "Bill to: "],
              "de": ["Lieferant: ", "Auftragnehmer: ", "Rechnungsempfänger: "],
              "fr": ["Fournisseur : ", "Prestataire : ", "Facturer à : "],
              "nl": ["Leverancier: ", "Opdrachtnemer: ", "Factuur aan: "],
              "es": ["Proveedor: ", "Contratista: ", "Facturar a: "],
              "it": ["Fornitore: ", "Appaltatore: ", "Fatturare a: "],
              "pt": ["Fornecedor: ", "Empreiteiro: ", "Faturar a: "]}
INVOICE = {"en": "Invoice no. ", "de": "Rechnung Nr. ", "fr": "Facture n° ", "nl": "Factuur nr. ",
           "es": "Factura n.º ", "it": "Fattura n. ", "pt": "Fatura n.º "}
CONTACT = {"en": "Contact: ", "de": "Ansprechpartner: ", "fr": "Contact : ",
           "nl": "Contactpersoon: ", "es": "Contacto: ", "it": "Referente: ", "pt": "Contacto: "}


def firm_name(lg, s):
    t = rng.choice(TRADE[lg])
    if rng.random() < 0.15:
        s = s + rng.choice(HYPH) + surname(lg).upper()
    return s + " " + t + " " + rng.choice(LEGAL[lg])


def firm(lg):
    d = D(lg, "firm")
    s = surname(lg)
    f = firm_name(lg, s.upper())
    if rng.random() < 0.5:
        d.t(rng.choice(FIRM_LABEL[lg])).span("NEG_ORG", f)
    else:
        d.span("NEG_ORG", f).t("\n" + INVOICE[lg] + "%d" % rng.randint(1000, 9999))
    if rng.random() < 0.5:
        d.t("\n" + CONTACT[lg]).span("PERSON", given(lg, True).capitalize() + " " + s)
    d.done()


for i in range(504):
    lg = LANGS[i % 7]
    [labelverb, relation, capscomma, firm, labelverb_neg, relation, relation_neg, capscomma,
     caps_neg, labelverb, firm, relation][(i // 7) % 12](lg)

write_json(records)
