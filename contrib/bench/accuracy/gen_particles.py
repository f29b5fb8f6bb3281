#!/usr/bin/env python3
"""gen_particles.py: a TUNE corpus for the NAMES pack (issue 15), data/particles.json.

Written (branch `particles`) from the lead's probes of surnames with particles (van, van der, de,
de la, von, di, da, dos, del, du, ter, zu, al-, bin, ibn, bint, ap, Ní, Ó, Mac, y): the particle is
part of the surname, so the gold span holds it, and never the title before it. My own wordings and
layouts, in en/de/fr/nl/es/it/pt and Arabic, Welsh and Irish names written in English:

  title     a title or honorific, then a surname led by a lower-case particle ("Mevr. de X",
            "Herr von X", "Sra. de la X", "Mr. van X", "Dott. di X", "Sr. dos X"), in prose, in
            greetings and closings; the span starts at the particle;
  initial   an initial then a particle surname ("Signed by J. van der X", "— K. de X", "cc: A. von X");
  full      given name, particle, surname in prose and in CSV/pipe rows ("Given dos Surname");
  inverted  "Surname, Given" after a label ("Patient: van der X, Given", "Apellidos: de la X");
  list      lists of attendees or recipients, several particle names in a row;
  caps      capitalised particles, Belgian and Flemish style (`Van den X`, `De X`, `Le X`,
            `Da X`, `Di X`, `D'X`, `O'X`, `McX`, `MacX`, `FitzX`), after a title or a given name;
  world     Arabic (al-, el-, bin, ibn, bint, Abu, ben), Welsh (ap), Irish (Ní, Ó, Mac), German
            nobility (zu, von und zu) and Spanish double surnames joined by y;
  neg       look-alikes in the same positions: famous people as topics (NEG_FAMOUS), places and
            streets (NEG_PLACE), companies (NEG_ORG), and prose where de/van/di/da are prepositions
            right after a title-like word or before a capital ("de la part de Marie").

Surnames are invented from syllables, kept only when hush's lexicon has no such word, and mixed
with real particle surnames (de Vries, van Dijk, dos Santos...), which a lexicon may know.
Deterministic (fixed seed), Python stdlib only: python3 gen_particles.py > data/particles.json
"""
import random

from gen_common import Doc, write_json
from lexicon_words import lexicon_words

R = random.Random(1515)
LEX = {w.lower() for w in lexicon_words(with_global=True)}
RECORDS = []

# Syllables of invented surnames and given names per language, my own.
SYL = {
    "nl": ("bak brem dol heem kuip lin mer oost ruw schel tuin velt wier zand", "ink ema ers ouw erk"),
    "de": ("alt breit dorn eg fal gries hain kolm lind moos rett stein trau wald", "ing ler ach au ow"),
    "fr": ("beau cham dol fon gar lam mar pel quin roch sauv teil vau", "ière ac ard ois elle on"),
    "es": ("al bar cas dur esc gal lan mar ote pal quir tor zar", "ejo illa ares ena ueta edo"),
    "it": ("an bar cap del for gal mar nar pal ros sat ter val", "ucci etti ino ona ari ese"),
    "pt": ("ab bar cas dor fon gou lou mac pai ram sou tav val", "eira ado inho ela ões ota"),
    "en": ("ash brock cal dow farn gil hask lud mor pen rad stor tew", "ley ham worth ridge by"),
    "ar": ("ra sha ha ma ka za fa da na ja ta ba", "di mi ri ni si zi wi"),
}
GSYL = {
    "nl": ("aal bre ee fok gel hil jel kor lie roe sie wob", "ke tje mer ine bert o"),
    "de": ("al bri dor fri gun hel ir jor kun lot mag sig", "ke hild run mar wig olf"),
    "fr": ("ab bé cla dor fla gé hor ma no pé ro sé", "line ette ance ien aud el"),
    "es": ("ab be cre do eu fa gra lu ma ne ro sa", "lia rio ncio nda lda cio"),
    "it": ("al be cal do er fi gio lu ma ne pi ro", "rina lio ndo etta berto nzo"),
    "pt": ("a be ca di fa gui lu ma no ri sa te", "ldo lina rico nda ilde ana"),
    "en": ("ar bel cor dun el fay gar hal jes kin lor mab", "ice wyn ella on ric us"),
    "ar": ("ha sa ka ya na ra ma fa la", "mid lim rim ssan dir"),
}
REAL_GIVEN = {
    "nl": ["Jan", "Sanne", "Pieter", "Femke", "Joost", "Marloes", "Bram", "Ilse", "Koen", "Lotte"],
    "de": ["Johannes", "Katrin", "Friedrich", "Ulrike", "Matthias", "Heike", "Lukas", "Sabine"],
    "fr": ["Étienne", "Margaux", "Benoît", "Camille", "Thibault", "Solène", "Yannick", "Agathe"],
    "es": ["María", "Joaquín", "Lucía", "Íñigo", "Carmen", "Rodrigo", "Nerea", "Alonso"],
    "it": ["Giulia", "Matteo", "Chiara", "Lorenzo", "Alessia", "Davide", "Serena", "Tommaso"],
    "pt": ["João", "Beatriz", "Tiago", "Inês", "Rui", "Mariana", "Gonçalo", "Leonor"],
    "en": ["Tom", "Rachel", "Gavin", "Holly", "Martin", "Claire", "Neil", "Abigail"],
    "ar": ["Ahmed", "Fatima", "Omar", "Layla", "Yusuf", "Mariam", "Khalid", "Noura", "Tariq"],
}
# Real surnames that carry a particle, as each language writes them (lower-case particle).
REAL_PART = {
    "nl": ["van Dijk", "de Vries", "van der Berg", "de Groot", "van den Heuvel", "ter Horst",
           "van der Linden", "de Jong", "van Leeuwen", "de Boer", "van 't Hof", "in 't Veld"],
    "de": ["von Weizsäcker", "von der Heide", "von Arnim", "zu Solms", "vom Brocke", "von Thadden"],
    "fr": ["de la Fontaine", "du Pont", "de Villiers", "d'Aubigné", "de Lattre", "des Roches"],
    "es": ["de la Cruz", "del Río", "de la Vega", "de los Santos", "de Castro", "de las Heras"],
    "it": ["di Stefano", "della Rovere", "de Luca", "del Monte", "degli Esposti", "da Ponte"],
    "pt": ["dos Santos", "da Silva", "de Sousa", "das Neves", "do Carmo", "da Costa"],
}
PARTS = {
    "nl": ["van", "van der", "van den", "de", "ter", "van de", "ten", "van 't", "op den"],
    "de": ["von", "von der", "vom", "zu", "von dem"],
    "fr": ["de", "du", "de la", "des", "d'"],
    "es": ["de", "del", "de la", "de los", "de las"],
    "it": ["di", "de", "del", "della", "da", "dal", "dalla"],
    "pt": ["da", "dos", "de", "das", "do"],
}
TITLES = {
    "nl": ["Dhr.", "Mevr.", "Mevrouw", "Meneer", "Dr.", "prof.", "mr.", "ir."],
    "de": ["Herr", "Frau", "Dr.", "Prof.", "Hr.", "Fr."],
    "fr": ["M.", "Mme", "Madame", "Monsieur", "Me", "Dr", "Mlle"],
    "es": ["Sr.", "Sra.", "Don", "Doña", "Dr.", "Dra.", "Srta."],
    "it": ["Sig.", "Sig.ra", "Dott.", "Dott.ssa", "Avv.", "Ing.", "Prof."],
    "pt": ["Sr.", "Sra.", "Dr.", "Dra.", "Dona", "Eng.º"],
    "en": ["Mr.", "Mrs.", "Ms.", "Dr.", "Prof.", "Mr", "Ms"],
}


def invent(syl, ends, cap=True):
    stems, endings = syl.split(), ends.split()
    while True:
        w = "".join(R.choice(stems) for _ in range(R.randint(1, 2))) + R.choice(endings)
        if 4 <= len(w) <= 12 and w.lower() not in LEX:
            return w[0].upper() + w[1:] if cap else w


def stem(lg):
    return invent(*SYL[lg])


def given(lg):
    if R.random() < 0.5:
        return R.choice(REAL_GIVEN[lg])
    return invent(*GSYL[lg])


def part_surname(lg):
    """A surname led by a lower-case particle: real (a third) or invented."""
    if lg == "en":
        lg = R.choice(["nl", "de", "fr", "es", "it", "pt"])
    if R.random() < 0.33:
        return R.choice(REAL_PART[lg])
    p = R.choice(PARTS[lg])
    s = stem(lg)
    if p.endswith("'"):  # an elision before a vowel: "d'Aubrac"
        return p + R.choice("AEO") + s.lower()
    return p + " " + s


def cap_particle(s):
    """Belgian/Flemish style: the first particle word capitalised ("Van den X", "De X")."""
    return s[0].upper() + s[1:]


class D(Doc):
    records = RECORDS

    def slot(self, key, kw):
        lg = self.lg
        if key == "S":  # a particle surname alone
            self.span("PERSON", kw.get("s") or part_surname(lg))
        elif key == "N":  # given + particle surname
            self.span("PERSON", given(lg) + " " + part_surname(lg))
        elif key == "I":  # initial + particle surname
            self.span("PERSON", given(lg)[0] + ". " + part_surname(lg))
        elif key == "V":  # Surname, Given
            self.span("PERSON", part_surname(lg) + ", " + given(lg))
        elif key == "T":
            self.t(R.choice(TITLES[lg]))
        elif key == "G":
            self.span("PERSON", given(lg))
        elif key in ("F", "P", "O"):
            self.span({"F": "NEG_FAMOUS", "P": "NEG_PLACE", "O": "NEG_ORG"}[key], kw[key])
        else:
            raise ValueError(key)


def title_records():
    tpl = {
        "en": ["{T} {S} called this morning about the invoice.", "Dear {T} {S},\n\nthank you for your letter.",
               "I spoke with {T} {S} yesterday; she will send the forms.", "Appointment with {T} {S} at 10:30.",
               "{T} {S} signed the contract on Friday.", "Please forward this to {T} {S} in accounts."],
        "nl": ["Geachte {T} {S},\n\nHartelijk dank voor uw bericht.", "{T} {S} heeft vanochtend gebeld.",
               "Ik heb {T} {S} gesproken over de offerte.", "Afspraak met {T} {S} om 14:00 uur.",
               "Met vriendelijke groet,\n{T} {S}"],
        "de": ["Sehr geehrter {T} {S},\n\nvielen Dank für Ihre Nachricht.", "{T} {S} hat heute angerufen.",
               "Ich habe mit {T} {S} über den Vertrag gesprochen.", "Termin bei {T} {S} am Montag.",
               "Rückfrage bitte an {T} {S} (Buchhaltung)."],
        "fr": ["Bonjour {T} {S},\n\nje vous remercie de votre réponse.", "{T} {S} a rappelé ce matin.",
               "J'ai rendez-vous avec {T} {S} jeudi.", "Le dossier est suivi par {T} {S}.",
               "Cordialement,\n{T} {S}"],
        "es": ["Estimada {T} {S}:\n\nle escribo en relación con su solicitud.", "{T} {S} llamó esta mañana.",
               "Hablé con {T} {S} sobre el presupuesto.", "Cita con {T} {S} el martes a las 9.",
               "Atentamente,\n{T} {S}"],
        "it": ["Gentile {T} {S},\n\nla ringrazio per la sua email.", "{T} {S} ha chiamato stamattina.",
               "Ho parlato con {T} {S} del preventivo.", "Appuntamento con {T} {S} alle 15.",
               "Cordiali saluti,\n{T} {S}"],
        "pt": ["Prezado {T} {S},\n\nagradeço o seu contacto.", "{T} {S} ligou hoje de manhã.",
               "Falei com {T} {S} sobre o orçamento.", "Consulta com {T} {S} às 11h.",
               "Com os melhores cumprimentos,\n{T} {S}"],
    }
    for lg, ts in tpl.items():
        for t in ts:
            for _ in range(3):
                D(lg, "title").fill(t).done()


def initial_records():
    tpl = ["Signed by {I}", "— {I}", "cc: {I}", "Reviewed-by: {I}", "Approved: {I}, 12 March",
           "Regards,\n{I}", "Contact person: {I}", "Author: {I} (2021)", "-- \n{I}\nProject office",
           "Verified by {I} and {I}."]
    for lg in ["nl", "de", "fr", "es", "it", "pt", "en"]:
        for t in tpl:
            D(lg, "initial").fill(t).done()


def full_records():
    tpl = {
        "en": ["Yesterday {N} joined the team as a data analyst.", "The ticket was opened by {N}.",
               "id,name,city\n17,{N},Utrecht\n18,{N},Porto", "Thanks to {N} for the quick fix!"],
        "nl": ["Gisteren is {N} begonnen als projectleider.", "Het pakket is afgeleverd bij {N}.",
               "Naam | Functie\n{N} | Inkoper\n{N} | Planner"],
        "de": ["Gestern hat {N} die Abteilung übernommen.", "Die Lieferung ging an {N}.",
               "Name;Abteilung\n{N};Einkauf\n{N};Vertrieb"],
        "fr": ["Hier, {N} a rejoint l'équipe.", "Le colis a été remis à {N}.",
               "Nom;Service\n{N};Achats\n{N};Ventes"],
        "es": ["Ayer {N} se incorporó al equipo.", "El paquete se entregó a {N}.",
               "Nombre,Departamento\n{N},Compras\n{N},Ventas"],
        "it": ["Ieri {N} è entrato nel gruppo.", "Il pacco è stato consegnato a {N}.",
               "Nome;Reparto\n{N};Acquisti\n{N};Vendite"],
        "pt": ["Ontem {N} entrou na equipa.", "A encomenda foi entregue a {N}.",
               "Nome;Setor\n{N};Compras\n{N};Vendas", "O aluno {N} faltou à aula."],
    }
    for lg, ts in tpl.items():
        for t in ts:
            for _ in range(3):
                D(lg, "full").fill(t).done()


def inverted_records():
    labels = {"en": ["Patient:", "Name:", "Customer:", "Tenant:"], "nl": ["Patiënt:", "Naam:", "Huurder:"],
              "de": ["Patient:", "Name:", "Mieter:"], "fr": ["Patient :", "Nom :", "Locataire :"],
              "es": ["Paciente:", "Nombre:", "Titular:"], "it": ["Paziente:", "Nominativo:", "Cliente:"],
              "pt": ["Paciente:", "Nome:", "Titular:"]}
    for lg, ls in labels.items():
        for lab in ls:
            for _ in range(3):
                D(lg, "inverted").t(lab + " ").fill("{V}").t(R.choice(["", "\nWard B", " — 1984", "\n"])).done()
    # the surname alone after a surname label
    sl = {"nl": "Achternaam: ", "de": "Nachname: ", "fr": "Nom de famille : ", "es": "Apellidos: ",
          "it": "Cognome: ", "pt": "Sobrenome: ", "en": "Surname: "}
    for lg, lab in sl.items():
        for _ in range(4):
            D(lg, "inverted").t(lab).fill("{S}").t("\n").t({"nl": "Voornaam: ", "de": "Vorname: ", "fr": "Prénom : ",
                                                            "es": "Nombre: ", "it": "Nome: ", "pt": "Nome: ",
                                                            "en": "Given name: "}[lg]).fill("{G}").done()


def list_records():
    heads = {"en": "Attendees: ", "nl": "Aanwezig: ", "de": "Anwesend: ", "fr": "Présents : ",
             "es": "Asistentes: ", "it": "Presenti: ", "pt": "Presentes: "}
    ands = {"en": " and ", "nl": " en ", "de": " und ", "fr": " et ", "es": " y ", "it": " e ", "pt": " e "}
    for lg, h in heads.items():
        for _ in range(5):
            d = D(lg, "list").t(h)
            for k in range(3):
                d.fill(R.choice(["{I}", "{N}", "{S}"]) if lg != "en" else R.choice(["{I}", "{N}"]))
                d.t(", " if k == 0 else (ands[lg] if k == 1 else "."))
            d.done()


CAPS = [  # (capitalised-particle surname, language of the given name)
    ("Van den Broeck", "nl"), ("De Smet", "nl"), ("Van Damme", "nl"), ("Vanden Bossche", "nl"),
    ("De Backer", "nl"), ("Van de Velde", "nl"), ("Le Gall", "fr"), ("Le Goff", "fr"),
    ("Da Silva", "pt"), ("Dos Reis", "pt"), ("Di Maio", "it"), ("D'Angelo", "it"), ("Lo Bianco", "it"),
    ("La Rosa", "it"), ("De Luca", "it"), ("O'Brien", "en"), ("O'Sullivan", "en"), ("McAllister", "en"),
    ("MacKinnon", "en"), ("Fitzgerald", "en"), ("FitzPatrick", "en"), ("Del Toro", "es"),
    ("De la Torre", "es"), ("Von Hagen", "de"), ("Van Bemmel", "nl"), ("Ter Steege", "nl"),
]


def caps_records():
    for _ in range(3):
        for sur, lg in CAPS:
            inv = None
            if R.random() < 0.5:  # the same shapes with an invented stem
                first = sur.split(" ")
                if len(first) > 1:
                    inv = " ".join(first[:-1]) + " " + stem(lg)
                elif sur[:2] in ("O'", "D'"):
                    inv = sur[:2] + stem(lg)
                elif sur.startswith(("Mc", "Mac", "Fitz")):
                    p = "Mc" if sur.startswith("Mc") else ("Mac" if sur.startswith("Mac") else "Fitz")
                    inv = p + stem("en")
            s = inv or sur
            tl = lg if lg in TITLES else "en"
            shape = R.randrange(4)
            if shape == 0:
                D(lg, "caps").t(R.choice(TITLES[tl]) + " ").fill("{S}", s=s).t(" ").t(
                    R.choice(["will join the call.", "a confirmé.", "heeft getekend.", "hat zugesagt."])).done()
            elif shape == 1:
                D(lg, "caps").t("Contact: ").span("PERSON", given(lg) + " " + s).t(", Sales (ext. 214)").done()
            elif shape == 2:
                D(lg, "caps").t("Met dank aan ").span("PERSON", given(lg) + " " + s).t(" voor de planning.").done()
            else:
                D(lg, "caps").t("From: ").span("PERSON", given(lg) + " " + s).t("\nSubject: Re: quote").done()


def world_records():
    ar_parts = ["al-", "el-", "bin ", "ibn ", "bint ", "Abu ", "ben ", "Al "]
    for _ in range(30):
        p = R.choice(ar_parts)
        g = given("ar")
        if p == "bint ":
            g = R.choice(["Fatima", "Layla", "Mariam", "Noura", "Hessa"])
        name = g + " " + p + stem("ar")
        t = R.choice(["The visa for {} was approved.", "Meeting with {} postponed to Sunday.",
                      "Guest: {}\nRoom 214", "Mr. {} arrived at the hotel.", "Signed, {}"])
        i = t.index("{}")
        if t.startswith("Mr.") and p in ("al-", "el-"):
            name = p + stem("ar")  # "Mr. al-X"
        D("en", "world").t(t[:i]).span("PERSON", name).t(t[i + 2:]).done()
    for _ in range(6):
        D("en", "world").t("Welsh poet ").span("PERSON", R.choice(["Rhys", "Dafydd", "Gwenllian"]) + " ap " + stem("en")).t(" read at the festival.").done()
        D("en", "world").t("Caller: ").span("PERSON", R.choice(["Siobhán", "Aoife", "Niamh"]) + " Ní " + stem("en")).t(", Galway").done()
        D("en", "world").t("Caller: ").span("PERSON", R.choice(["Seán", "Pádraig", "Ciarán"]) + " Ó " + stem("en")).t(", Cork").done()
        D("de", "world").t("Gast: ").span("PERSON", given("de") + " zu " + stem("de")).t(", Zimmer 3").done()
        D("de", "world").t("Eingeladen ist ").span("PERSON", given("de") + " von und zu " + stem("de")).t(".").done()
        D("es", "world").t("Autor: ").span("PERSON", given("es") + " " + stem("es") + " y " + stem("es")).t("\nEditorial: Cátedra").done()


FAMOUS = ["Vincent van Gogh", "Ludwig van Beethoven", "Leonardo da Vinci", "Charles de Gaulle",
          "Miguel de Cervantes", "Alexander von Humboldt", "Simone de Beauvoir", "Rembrandt van Rijn"]
PLACES = ["Den Haag", "Van Ness Avenue", "Rue de la Paix", "Costa del Sol", "Bois de Boulogne",
          "Port of Spain", "Sierra de Guadarrama", "Rio de Janeiro", "Santiago de Compostela",
          "Bergen op Zoom", "Frankfurt am Main", "Castelnuovo di Porto", "Vila do Conde"]
ORGS = ["Van Leeuwen Buizen", "De Beers", "Van Cleef & Arpels", "Dell", "De'Longhi", "Van Oord",
        "Banco do Brasil", "Caja de Ahorros", "Cassa di Risparmio"]


def neg_records():
    for f in FAMOUS:
        for t in ["Write a short essay about {F}.", "The exhibition on {F} opens in May.",
                  "Quelle est la biographie de {F} ?"]:
            D("en", "neg").fill(t, F=f).done()
    for p in PLACES:
        for t in ["We stayed near {P} for a week.", "Meeting point: {P}, by the fountain.",
                  "Mr. Grant flew to {P} on Monday."]:
            D("en", "neg").fill(t, P=p).done()
    for o in ORGS:
        for t in ["The order from {O} arrived late.", "Supplier: {O}\nTerms: 30 days"]:
            D("en", "neg").fill(t, O=o).done()
    prose = {
        "fr": ["Je vous appelle de la part de {G} pour le rendez-vous.", "Madame, je reviens de la mairie avec les papiers.",
               "Le directeur de la Banque de France a parlé.", "M. le Maire de la commune est absent."],
        "es": ["La directora de la escuela llamó.", "Sr. presidente de la comunidad, le escribo.",
               "El libro de {G} está en la mesa.", "Doña Ana de la tienda de enfrente vino."],
        "it": ["Il direttore di Banca Intesa ha firmato.", "Ho ricevuto il pacco da Milano.",
               "Dott. Rossi di Bologna ha chiamato.", "Il libro di {G} è sul tavolo."],
        "pt": ["O diretor da Escola Secundária ligou.", "Recebi a carta do Banco de Portugal.",
               "A Dra. Costa da Farmácia Central confirmou.", "O carro de {G} avariou."],
        "nl": ["De directeur van de Rabobank belde.", "Mevr. Jansen van Inkoop is er morgen.",
               "Het rapport van Deloitte is binnen.", "Dhr. Bakker van de gemeente komt langs."],
        "de": ["Der Leiter von Siemens Energy war da.", "Herr Maier von der Stadtverwaltung ruft an.",
               "Frau Dr. Keller vom Gesundheitsamt schrieb.", "Das Paket von Amazon kam heute."],
        "en": ["The CEO of De Beers spoke.", "Mr. Lee from Van Ness Avenue called back.",
               "Ms. Dunn of Port of Spain emailed."],
    }
    for lg, ts in prose.items():
        for t in ts:
            for _ in range(2):
                d = D(lg, "neg")
                # surnames inside these sentences are plain (Jansen, Bakker...): label them PERSON
                d.fill(t)
                d.done()


def label_plain_surnames():
    """The neg prose above names people by a title and a plain surname: the gold spans for them."""
    plain = ["Jansen", "Bakker", "Maier", "Keller", "Rossi", "Costa", "Lee", "Dunn", "Grant", "Ana"]
    for r in RECORDS:
        if r["metadata"]["class"] != "neg":
            continue
        t = r["full_text"]
        for w in plain:
            i = t.find(" " + w + " ")
            if i >= 0:
                r["spans"].append({"entity_type": "PERSON", "entity_value": w, "start_position": i + 1,
                                   "end_position": i + 1 + len(w)})
        r["spans"].sort(key=lambda s: s["start_position"])


def main():
    title_records()
    initial_records()
    full_records()
    inverted_records()
    list_records()
    caps_records()
    world_records()
    neg_records()
    label_plain_surnames()
    for i, r in enumerate(RECORDS):
        r["template_id"] = i % 100
    write_json(RECORDS)


if __name__ == "__main__":
    main()
