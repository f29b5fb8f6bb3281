#!/usr/bin/env python3
"""gen_lone49.py: lone capitalised words that are lexicon given names but not people, beside lone
given names that are people, plain and inside API request bodies (tune set; branch lone49,
written and committed before any detector rule was read for it and before hush was run on it).

Classes (metadata.class):
- `place`: towns and cities that are given names after a preposition of place or a travel verb
  (`moving to Savannah`, `nach Verona`, `en Mercedes`, `à Nancy`, `Aydın'da`), and as a letter's
  dateline (`Valencia, 21/10/2022`, `Nancy, le 3 mars 2023`, `Gyula, 2024. március 3.`);
  NEG_PLACE; the letters' greetings and sign-offs hold people (`Hola Lucía,` ... `Un abrazo,
  Javier`), and cities that are people's names stand as people beside them (`Hi Savannah,`);
- `table`: pipe and space-aligned tables whose model, codename or head cells are given names
  (car models `Clio`, `Fabia`, `Karl`; heads `Grant`, `Antal`, `Sala`, `Ora`, `Marka`, `Alta`)
  as NEG_PRODUCT / NEG_WORD, with a column of people (driver, owner, nurse) beside them in half;
- `word`: words of other languages that are given names, opening a line as a label (`Alta:
  12/03/2024`, `Marka: Toyota`, `Deniz suyu: 24°C`) or a sentence (`Ella dijo...`, `Mira, el
  informe`, `Bella giornata`, `Luz verde`), NEG_WORD; a lone given name (`ask Maria`, `cc
  Jonas`) in the same text as PERSON;
- `firm`: shops, brands and assistants that are given names (`bei Sixt`, `pedido de Zara`,
  `Gutschein von Douglas`, `Alexa, turn off...`), NEG_ORG / NEG_PRODUCT; beside people in the
  same preposition shapes (`bei Maria`, `de Lucía`);
- `keys`: JSON objects keyed by offices, projects, car models whose values are not about a
  person (`{"Lincoln": {"headcount": 40}}`), NEG_PLACE / NEG_PRODUCT; objects keyed by people
  whose values are (`{"Maria": {"role": "nurse", "on_call": true}}`) as PERSON;
- `people`: lone given names that are people in every shape above (greetings, sign-offs, chat
  speakers, `ask X`, `X said`, `with X`, a name column), to keep recall.
Languages: en, de, fr, es, it, pt, nl, pl, sv, tr, cs, hu; the people's names half common, half
invented from syllables. Every document is written plain and once more inside a request body
(an OpenAI user message or tool message, an Anthropic tool_result, a Gemini text part, a
Responses input_text; half with \\uXXXX escapes). Writes JSON (the names_tune3.json format) to
stdout; deterministic; Python stdlib only.
"""
import json
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import gen_bodies  # noqa: E402
from gen_common import SYL12, END12, MONTHS, check_spans, invent_syllables, write_json  # noqa: E402
from gen_bodies import place_text  # noqa: E402

rng = random.Random(20261206 + 49)
records = []
LANGS = ["en", "de", "fr", "es", "it", "pt", "nl", "pl", "sv", "tr", "cs", "hu"]

GIVEN = {
    "en": ["Oliver", "Hannah", "Rebecca", "Thomas", "Sarah", "James", "Emily", "Declan", "Grace"],
    "de": ["Maria", "Jonas", "Ulrike", "Matthias", "Sabine", "Tobias", "Katrin", "Lukas"],
    "fr": ["Camille", "Mathieu", "Claire", "Julien", "Aurélie", "Benoît", "Hélène", "Margot"],
    "es": ["Javier", "Lucía", "Pilar", "Sergio", "Carmen", "Rodrigo", "Inés", "Marta"],
    "it": ["Giulia", "Matteo", "Chiara", "Davide", "Lorenzo", "Francesca", "Elisa"],
    "pt": ["João", "Beatriz", "Inês", "Tiago", "Mariana", "Rui", "Joana"],
    "nl": ["Sanne", "Daan", "Lotte", "Bram", "Fleur", "Thijs", "Anouk"],
    "pl": ["Katarzyna", "Piotr", "Agnieszka", "Tomasz", "Małgorzata", "Paweł", "Ewa"],
    "sv": ["Sven", "Ingrid", "Karin", "Anders", "Linnea", "Erik"],
    "tr": ["Ayşe", "Mehmet", "Zeynep", "Emre", "Elif", "Burak"],
    "cs": ["Tereza", "Jakub", "Lucie", "Ondřej", "Kateřina", "Jiří"],
    "hu": ["Anna", "Gábor", "Zsófia", "László", "Eszter", "Bence"],
}
SYL = dict(SYL12)
END = dict(END12)

# Towns and cities that are also given names, by the language whose text names them.
CITY = {
    "en": ["Charlotte", "Savannah", "Austin", "Madison", "Victoria", "Adelaide", "Florence",
           "Eugene", "Preston", "Chester", "Tyler", "Regina", "Chelsea"],
    "de": ["Verona", "Sofia", "Valencia", "Siena", "Adelaide", "Victoria", "Nancy", "Lourdes"],
    "fr": ["Nancy", "Lourdes", "Valence", "Florence", "Sofia", "Charlotte", "Adélaïde"],
    "es": ["Valencia", "Mercedes", "Dolores", "Rosario", "Trinidad", "Concepción", "Victoria",
           "Florencia", "Verona", "Lourdes"],
    "it": ["Verona", "Siena", "Alba", "Paola", "Marsala", "Sofia", "Valenza"],
    "pt": ["Vitória", "Natal", "Teresina", "Lorena", "Fátima", "Viana", "Valença", "Sofia"],
    "nl": ["Ede", "Sofia", "Verona", "Valencia", "Florence", "Lourdes", "Victoria"],
    "pl": ["Adelaide", "Charlotte", "Austin", "Madison", "Victoria", "Savannah"],
    "sv": ["Verona", "Sofia", "Valencia", "Adelaide", "Charlotte", "Victoria", "Mora"],
    "tr": ["Aydın", "Sofya", "Verona", "Valencia", "Adelaide"],
    "cs": ["Adelaide", "Madison", "Charlotte", "Austin", "Victoria"],
    "hu": ["Gyula", "Adelaide", "Charlotte", "Victoria"],
}
# People's given names that are also such towns (kept as people).
CITYPEOPLE = ["Charlotte", "Savannah", "Madison", "Victoria", "Florence", "Sofia", "Regina",
              "Paola", "Mercedes", "Dolores", "Lorena", "Fátima", "Chelsea", "Austin", "Tyler"]
CARS = ["Clio", "Zoe", "Fabia", "Octavia", "Giulia", "Giulietta", "Logan", "Adam", "Karl",
        "Carina", "Celica", "Laurel", "Zafira", "Meriva", "Leon", "Marbella", "Flavia", "Stella",
        "Megane", "Rio"]
CARMAKE = {"Clio": "Renault", "Zoe": "Renault", "Fabia": "Škoda", "Octavia": "Škoda",
           "Giulia": "Alfa Romeo", "Giulietta": "Alfa Romeo", "Logan": "Dacia", "Adam": "Opel",
           "Karl": "Opel", "Carina": "Toyota", "Celica": "Toyota", "Laurel": "Nissan",
           "Zafira": "Opel", "Meriva": "Opel", "Leon": "Seat", "Marbella": "Seat",
           "Flavia": "Lancia", "Stella": "Subaru", "Megane": "Renault", "Rio": "Kia"}
CODENAMES = ["Aurora", "Stella", "Luna", "Nova", "Iris", "Athena", "Vera", "Bianca", "Olivia",
             "Serena", "Diana", "Ada", "Alma", "Gloria"]
FIRMS = {
    "en": ["Wendy's", "Douglas", "Zara", "Penny", "Alexa", "Siri", "Chloé", "Celine"],
    "de": ["Sixt", "Otto", "Douglas", "Penny", "Zara", "Milka", "Wella"],
    "fr": ["Zara", "Chloé", "Celine", "Douglas", "Sixt"],
    "es": ["Zara", "Sixt", "Douglas", "Mercedes", "Valentino"],
    "it": ["Valentino", "Zara", "Douglas", "Sixt"],
    "pt": ["Zara", "Sixt", "Mercedes", "Valentino"],
    "nl": ["Zara", "Douglas", "Sixt", "Penny"],
    "pl": ["Zara", "Douglas", "Sixt", "Otto", "Milka"],
    "sv": ["Zara", "Sixt", "Penny", "Douglas"],
    "tr": ["Zara", "Sixt", "Mercedes"],
    "cs": ["Zara", "Sixt", "Douglas", "Penny"],
    "hu": ["Zara", "Sixt", "Douglas", "Penny"],
}
PETS = ["Nala", "Luna", "Bella", "Milo", "Lola", "Coco", "Max", "Rocky", "Kira", "Simba"]


def given(lg):
    """A person's given name: half common in the language, half invented from its syllables."""
    if rng.random() < 0.5:
        return rng.choice(GIVEN[lg])
    return invent_syllables(rng, SYL[lg], END[lg], False)


def day():
    return rng.randint(1, 28), rng.randint(1, 12), rng.randint(2019, 2025)


def dateline(lg):
    d, m, y = day()
    if lg == "fr":
        return "le %d %s %d" % (d, MONTHS["fr"][m - 1], y)
    if lg == "hu":
        return "%d. %s %d." % (y, ["január", "február", "március", "április", "május", "június",
                                   "július", "augusztus", "szeptember", "október", "november",
                                   "december"][m - 1], d)
    if lg in ("es", "it", "pt") and rng.random() < 0.5:
        de = " de " if lg != "it" else " "
        return "%d%s%s%s%d" % (d, de, MONTHS[lg][m - 1], de, y)
    if lg in ("de", "pl", "cs", "tr"):
        return "%02d.%02d.%d" % (d, m, y)
    if lg == "sv":
        return "%d-%02d-%02d" % (y, m, d)
    if lg == "en":
        return "%s %d, %d" % (MONTHS["en"][m - 1], d, y)
    return "%02d/%02d/%d" % (d, m, y)


class P(gen_bodies.P):
    """A document written left to right (gen_bodies.P) from templates."""

    def fill(self, tpl, **kw):
        """{P} a person's given name, {C} a town of the language, {K:label:value} a literal span,
        {X} what kw['X'] says: a (label, value) pair or plain text."""
        i = 0
        while i < len(tpl):
            j = tpl.find("{", i)
            if j < 0:
                self.t(tpl[i:])
                break
            self.t(tpl[i:j])
            k = tpl.index("}", j)
            key = tpl[j + 1:k]
            if key.startswith("K:"):
                _, lab, val = key.split(":", 2)
                self.s(lab, val)
            elif key in kw:
                v = kw[key]
                if isinstance(v, tuple):
                    self.s(*v)
                else:
                    self.t(v)
            else:
                raise ValueError(key)
            i = k + 1
        return self


# ---- place: prepositions of place, travel verbs, datelines ---------------------------------------
PLACE_LINES = {
    "en": ["We are moving the warehouse to {C} in the spring.", "The conference is in {C} this year.",
           "I grew up near {C} and still drive there most weekends.",
           "Flights from {C} were cancelled because of the storm.",
           "Our new office in {C} opens on Monday."],
    "de": ["Wir ziehen im Frühjahr nach {C}.", "Die Tagung findet dieses Jahr in {C} statt.",
           "Der Zug aus {C} hat 20 Minuten Verspätung.", "Das Lager bei {C} ist voll."],
    "fr": ["Nous déménageons à {C} au printemps.", "Le salon a lieu à {C} cette année.",
           "Le train en provenance de {C} est en retard.", "Notre agence près de {C} ferme."],
    "es": ["Nos mudamos a {C} en primavera.", "El congreso es en {C} este año.",
           "El vuelo desde {C} llega con retraso.", "Tenemos un almacén cerca de {C}."],
    "it": ["Ci trasferiamo a {C} in primavera.", "Il convegno quest'anno è a {C}.",
           "Il treno da {C} è in ritardo.", "Abbiamo un magazzino vicino a {C}."],
    "pt": ["Vamos mudar para {C} na primavera.", "O congresso este ano é em {C}.",
           "O voo de {C} está atrasado.", "Temos um armazém perto de {C}."],
    "nl": ["We verhuizen in het voorjaar naar {C}.", "Het congres is dit jaar in {C}.",
           "De trein uit {C} heeft vertraging.", "Ons magazijn bij {C} is vol."],
    "pl": ["W marcu przeprowadzamy biuro do {C}.", "Konferencja odbędzie się w {C}.",
           "Lot z {C} jest opóźniony."],
    "sv": ["Vi flyttar kontoret till {C} i vår.", "Konferensen hålls i {C} i år.",
           "Tåget från {C} är försenat."],
    "tr": ["Ofisi ilkbaharda {C} şehrine taşıyoruz.", "Konferans bu yıl {C} şehrinde yapılacak.",
           "{C} uçağı rötarlı."],
    "cs": ["Na jaře stěhujeme kancelář do {C}.", "Konference se letos koná v {C}.",
           "Let z {C} má zpoždění."],
    "hu": ["Tavasszal a raktárat {C} mellé költöztetjük.", "A konferencia idén {C} városában lesz.",
           "A {C} felől érkező vonat késik."],
}
GREET = {"en": ("Hi {P},", "Best,"), "de": ("Hallo {P},", "Viele Grüße"),
         "fr": ("Bonjour {P},", "Bien à vous,"), "es": ("Hola {P},", "Un abrazo,"),
         "it": ("Ciao {P},", "Un saluto,"), "pt": ("Olá {P},", "Abraço,"),
         "nl": ("Hoi {P},", "Groet,"), "pl": ("Cześć {P},", "Pozdrawiam"),
         "sv": ("Hej {P},", "Hälsningar"), "tr": ("Merhaba {P},", "Sevgiler,"),
         "cs": ("Ahoj {P},", "S pozdravem"), "hu": ("Szia {P}!", "Üdv:")}
BODY = {"en": "Just a note that the boxes left today.", "de": "kurz zur Info: die Kisten sind raus.",
        "fr": "petit mot pour dire que les cartons sont partis.",
        "es": "te escribo para decirte que las cajas ya salieron.",
        "it": "ti scrivo per dirti che gli scatoloni sono partiti.",
        "pt": "só para avisar que as caixas já saíram.", "nl": "even laten weten dat de dozen weg zijn.",
        "pl": "daję znać, że paczki już wyszły.", "sv": "bara en rad om att lådorna har skickats.",
        "tr": "kolilerin bugün çıktığını haber vereyim.", "cs": "jen krátce, krabice dnes odešly.",
        "hu": "csak szólok, hogy a dobozok ma elmentek."}


def person_or_city_person(lg):
    """Now and then the person bears a town's name (`Hi Savannah,`): still a person."""
    if rng.random() < 0.25:
        return rng.choice(CITYPEOPLE)
    return given(lg)


def doc_place(lg):
    p = P()
    city = ("NEG_PLACE", rng.choice(CITY[lg]))
    if rng.random() < 0.5:
        # a letter with its dateline
        g, c = GREET[lg]
        p.fill("{C}, " + dateline(lg) + "\n\n", C=city)
        p.fill(g + "\n\n", P=("PERSON", person_or_city_person(lg)))
        p.t(BODY[lg] + " ")
        p.fill(rng.choice(PLACE_LINES[lg]) + "\n\n", C=("NEG_PLACE", rng.choice(CITY[lg])))
        p.fill(c + "\n{P}\n", P=("PERSON", given(lg)))
    else:
        lines = rng.sample(PLACE_LINES[lg], min(3, len(PLACE_LINES[lg])))
        for ln in lines:
            p.fill(ln + " ", C=("NEG_PLACE", rng.choice(CITY[lg])))
        if rng.random() < 0.6:
            g, c = GREET[lg]
            p.t("\n").fill(c + " {P}", P=("PERSON", person_or_city_person(lg)))
    return p


# ---- table: heads and cells ----------------------------------------------------------------------
TABLE_HEADS = {
    "en": (["Model", "Year", "Miles", "Driver"], ["Grant", "Amount", "Year", "Lead"]),
    "de": (["Modell", "Baujahr", "km", "Fahrer"], ["Projekt", "Budget", "Status", "Leitung"]),
    "fr": (["Modèle", "Année", "km", "Conducteur"], ["Projet", "Budget", "État", "Responsable"]),
    "es": (["Modelo", "Año", "km", "Conductor"], ["Alta", "Cama", "Planta", "Enfermera"]),
    "it": (["Modello", "Anno", "km", "Autista"], ["Ora", "Sala", "Corso", "Docente"]),
    "pt": (["Modelo", "Ano", "km", "Motorista"], ["Projeto", "Orçamento", "Estado", "Gestor"]),
    "nl": (["Model", "Bouwjaar", "km", "Bestuurder"], ["Project", "Budget", "Status", "Trekker"]),
    "pl": (["Marka", "Model", "Rok", "Kierowca"], ["Sala", "Godzina", "Przedmiot", "Nauczyciel"]),
    "sv": (["Modell", "År", "Mil", "Förare"], ["Vara", "Antal", "Pris", "Ansvarig"]),
    "tr": (["Model", "Yıl", "km", "Sürücü"], ["Proje", "Bütçe", "Durum", "Sorumlu"]),
    "cs": (["Model", "Rok", "km", "Řidič"], ["Projekt", "Rozpočet", "Stav", "Vedoucí"]),
    "hu": (["Modell", "Évjárat", "km", "Sofőr"], ["Projekt", "Keret", "Állapot", "Felelős"]),
}
HEAD_WORDS = {"Grant", "Alta", "Ora", "Sala", "Marka", "Antal", "Vara"}
STATUS = {"en": ["open", "done", "late"], "de": ["offen", "fertig"], "fr": ["ouvert", "fini"],
          "es": ["alta", "ingreso"], "it": ["aula", "lab"], "pt": ["aberto", "feito"],
          "nl": ["open", "klaar"], "pl": ["matematyka", "fizyka"], "sv": ["st", "kg"],
          "tr": ["açık", "bitti"], "cs": ["otevřený", "hotovo"], "hu": ["nyitott", "kész"]}


def cell_row(lg, kind, with_people):
    """(cells): each cell a plain string or a (label, value) pair."""
    if kind == 0:
        car = rng.choice(CARS)
        cells = [("NEG_PRODUCT", car), str(rng.randint(2005, 2024)),
                 "%d" % (rng.randint(5, 250) * 1000)]
    else:
        if lg == "es":
            d, m, y = day()
            cells = ["%02d/%02d/%d" % (d, m, y), str(rng.randint(100, 420)), str(rng.randint(1, 6))]
        elif lg in ("it", "pl"):
            cells = ["%d:%02d" % (rng.randint(8, 17), rng.choice((0, 30))),
                     "%d" % rng.randint(1, 40), rng.choice(STATUS[lg])]
        elif lg == "sv":
            cells = [rng.choice(["Skruv M6", "Mutter M6", "Bricka", "Kabel 3m"]),
                     str(rng.randint(1, 500)), "%d kr" % rng.randint(5, 900)]
        else:
            cells = [("NEG_PRODUCT", rng.choice(CODENAMES)), "%d" % (rng.randint(5, 900) * 1000),
                     rng.choice(STATUS[lg])]
    cells.append(("PERSON", given(lg)) if with_people else "-")
    return cells


def doc_table(lg):
    p = P()
    kind = rng.randrange(2)
    heads = list(TABLE_HEADS[lg][kind])
    with_people = rng.random() < 0.5
    if not with_people:
        heads = heads[:3]
    rows = [cell_row(lg, kind, with_people) for _ in range(rng.randint(3, 6))]
    if not with_people:
        rows = [r[:3] for r in rows]
    intro = {"en": "Here is the list:", "de": "Hier die Liste:", "fr": "Voici la liste :",
             "es": "Aquí está la lista:", "it": "Ecco l'elenco:", "pt": "Segue a lista:",
             "nl": "Hier is de lijst:", "pl": "Oto lista:", "sv": "Här är listan:",
             "tr": "Liste aşağıda:", "cs": "Tady je seznam:", "hu": "Itt a lista:"}[lg]
    p.t(intro + "\n\n")
    head_cells = [("NEG_WORD", h) if h in HEAD_WORDS else h for h in heads]
    if rng.random() < 0.5:
        def line(cells):
            p.t("|")
            for c in cells:
                p.t(" ")
                if isinstance(c, tuple):
                    p.s(*c)
                else:
                    p.t(c)
                p.t(" |")
            p.t("\n")
        line(head_cells)
        p.t("|" + "---|" * len(heads) + "\n")
        for r in rows:
            line(r)
    else:
        width = 12

        def line(cells, upper):
            for k, c in enumerate(cells):
                v = c[1] if isinstance(c, tuple) else c
                if upper:
                    v = v.upper()
                if isinstance(c, tuple):
                    p.s(c[0], v)
                else:
                    p.t(v)
                if k < len(cells) - 1:
                    p.t(" " * max(2, width - len(v)))
            p.t("\n")
        line(head_cells, rng.random() < 0.4)
        for r in rows:
            line(r, False)
    return p


# ---- word: other languages' words that are given names -------------------------------------------
WORDS = {
    "es": ["{K:NEG_WORD:Alta}: {D}\nMotivo del ingreso: neumonía. Habla con {P} antes de las 12.",
           "{K:NEG_WORD:Calle} cortada por obras hasta el viernes. {K:NEG_WORD:Ella} dijo que "
           "avisaría. Pregúntale a {P}.",
           "{K:NEG_WORD:Mira}, el informe no cuadra. {K:NEG_WORD:Luz} verde para enviarlo si {P} "
           "lo aprueba.",
           "{K:NEG_WORD:Socorro} en carretera incluido. {K:NEG_WORD:Paz} y tranquilidad "
           "garantizadas. Gracias, {P}."],
    "pt": ["{K:NEG_WORD:Dona} da casa: sim\n{K:NEG_WORD:Rosa} ou azul? Pergunta à {P}.",
           "{K:NEG_WORD:Luz} da sala queimou. {K:NEG_WORD:Graça} à parte, fala com a {P}.",
           "{K:NEG_WORD:Alta} hospitalar prevista: {D}. Obrigada, {P}."],
    "it": ["{K:NEG_WORD:Ora}: {T}\n{K:NEG_WORD:Sala}: B2\nChiedi a {P} per le chiavi.",
           "{K:NEG_WORD:Bella} giornata oggi. {K:NEG_WORD:Vera} o falsa, la notizia è girata. "
           "Ciao {P}!",
           "{K:NEG_WORD:Chiara} la spiegazione, grazie. {K:NEG_WORD:Serena} la riunione. {P}"],
    "pl": ["{K:NEG_WORD:Marka}: Toyota\nModel: Corolla\nRok: 2018\nZapytaj {P} o kluczyki.",
           "{K:NEG_WORD:Sala}: 204\nGodzina: {T}\nProwadzi: {P}"],
    "sv": ["{K:NEG_WORD:Mellan} raderna står priset. {K:NEG_WORD:Antal}: 12\nFråga {P}.",
           "{K:NEG_WORD:Saga} för barn kl. 15. {K:NEG_WORD:Dag} två av kursen. Mvh {P}"],
    "de": ["{K:NEG_WORD:Rosa}: 3 Stück\nBlau: 5 Stück\nFrag mal {P}.",
           "{K:NEG_WORD:Kai} 4, Liegeplatz B. {K:NEG_WORD:Till} Montag bitte an {P} melden."],
    "fr": ["{K:NEG_WORD:Blanche} ou grise, la coque ? {K:NEG_WORD:Aurore} boréale ce soir. "
           "Merci {P} !",
           "{K:NEG_WORD:Marine} nationale : dossier clos. Demande à {P}."],
    "nl": ["{K:NEG_WORD:Roos}: 12 stelen\nTulp: 30 stelen\nVraag het {P}.",
           "{K:NEG_WORD:Fleur} van de maand: lavendel. Groet, {P}"],
    "tr": ["{K:NEG_WORD:Deniz} suyu: 24°C\n{K:NEG_WORD:Güneş} doğuşu: 06:12\nSor {P}'e.",
           "{K:NEG_WORD:Umut} verici sonuçlar. {K:NEG_WORD:Bahar} indirimi başladı. Sevgiler, {P}"],
    "cs": ["{K:NEG_WORD:Věra} v úspěch. {K:NEG_WORD:Zora} je v osm. Zeptej se {P}.",
           "{K:NEG_WORD:Naděje} umírá poslední. Díky, {P}"],
    "hu": ["{K:NEG_WORD:Virág}: tulipán\n{K:NEG_WORD:Hajnal} 5:40-kor. Kérdezd {P}-t.",
           "{K:NEG_WORD:Rózsa} vagy tulipán? Üdv, {P}"],
    "en": ["{K:NEG_WORD:Grant}: 40,000 EUR\n{K:NEG_WORD:Dev}: 3 days\nPing {P} when it lands.",
           "{K:NEG_WORD:Will} do tomorrow. {K:NEG_WORD:Mark} it as done. Thanks, {P}",
           "{K:NEG_WORD:Bill} to: Accounts Payable\n{K:NEG_WORD:Penny} jar: 12.40\nask {P}"],
}


def doc_word(lg):
    p = P()
    d, m, y = day()
    tpls = WORDS[lg]
    for tpl in rng.sample(tpls, min(len(tpls), rng.choice((1, 2)))):
        p.fill(tpl + "\n\n", P=("PERSON", given(lg)), D="%02d/%02d/%d" % (d, m, y),
               T="%d:%02d" % (rng.randint(8, 17), rng.choice((0, 15, 30))))
    return p


# ---- firm: shops, brands, assistants -------------------------------------------------------------
FIRM_LINES = {
    "en": ["Got a voucher from {F} for the weekend. Dinner at {P}'s place afterwards.",
           "{F}, turn off the kitchen lights.", "Order from {F} arrives Tuesday; {P} will sign."],
    "de": ["Mietwagen bei {F} gebucht, abholen bei {P} um 9.", "Gutschein von {F} für {P}.",
           "Einkauf bei {F}, danach zu {P}."],
    "fr": ["Commande chez {F} reçue ; je passe chez {P} ce soir.", "Bon d'achat {F} offert par {P}."],
    "es": ["Pedido de {F} devuelto. El coche de {P} está en el taller.",
           "Alquilé con {F}; {P} conduce."],
    "it": ["Ordine da {F} arrivato; lo porto da {P}.", "Noleggio {F} prenotato per {P}."],
    "pt": ["Encomenda da {F} chegou; entrego à {P}.", "Aluguei na {F}; a {P} conduz."],
    "nl": ["Bestelling bij {F} binnen; ik breng het naar {P}.", "Cadeaubon van {F} voor {P}."],
    "pl": ["Zamówienie z {F} doszło; oddam je {P}.", "Auto z {F} odbiera {P}."],
    "sv": ["Beställningen från {F} kom idag; {P} hämtar.", "Hyrbil från {F}, {P} kör."],
    "tr": ["{F} siparişi geldi; {P} teslim alacak.", "{F} kiralık araç, {P} sürüyor."],
    "cs": ["Objednávka od {F} dorazila; vyzvedne {P}.", "Auto z {F} řídí {P}."],
    "hu": ["Megjött a {F} rendelés; {P} veszi át.", "{F} bérautó, {P} vezet."],
}


def doc_firm(lg):
    p = P()
    for ln in rng.sample(FIRM_LINES[lg], min(2, len(FIRM_LINES[lg]))):
        f = rng.choice(FIRMS[lg])
        lab = "NEG_PRODUCT" if f in ("Alexa", "Siri") else "NEG_ORG"
        if "{F}, turn" in ln:
            f, lab = rng.choice(["Alexa", "Siri"]), "NEG_PRODUCT"
        p.fill(ln + "\n", F=(lab, f), P=("PERSON", given(lg)))
    if rng.random() < 0.4:
        pet = rng.choice(PETS)
        pl = {"en": "Vet for {X} on {D}.", "de": "Tierarzt für {X} am {D}.",
              "fr": "Véto pour {X} le {D}.", "es": "Veterinario para {X} el {D}.",
              "it": "Veterinario per {X} il {D}.", "pt": "Veterinário para {X} em {D}.",
              "nl": "Dierenarts voor {X} op {D}.", "pl": "Weterynarz dla {X} {D}.",
              "sv": "Veterinär för {X} den {D}.", "tr": "{X} için veteriner: {D}.",
              "cs": "Veterinář pro {X} {D}.", "hu": "Állatorvos {X} részére: {D}."}[lg]
        d, m, y = day()
        p.fill(pl + "\n", X=("NEG_PET", pet), D="%02d.%02d.%d" % (d, m, y))
    return p


# ---- keys: objects keyed by things, and by people ------------------------------------------------
def doc_keys(lg):
    p = P()
    kind = rng.randrange(3)
    keyed = []
    if kind == 0:
        for c in rng.sample(CITY["en"], 3):
            keyed.append((("NEG_PLACE", c), '{"headcount": %d, "floor": %d, "open": true}'
                          % (rng.randint(5, 200), rng.randint(1, 9))))
        top = "offices"
    elif kind == 1:
        for c in rng.sample(CODENAMES, 3):
            keyed.append((("NEG_PRODUCT", c), '{"status": "%s", "budget": %d, "release": "v%d.%d"}'
                          % (rng.choice(["green", "amber", "red"]), rng.randint(10, 900) * 1000,
                             rng.randint(1, 5), rng.randint(0, 9))))
        top = "projects"
    else:
        for c in rng.sample(CARS, 3):
            keyed.append((("NEG_PRODUCT", c), '{"make": "%s", "price": %d, "stock": %d}'
                          % (CARMAKE[c], rng.randint(9, 60) * 1000, rng.randint(0, 40))))
        top = "models"
    people = []
    if rng.random() < 0.6:
        for _ in range(rng.randint(1, 3)):
            g = given(lg)
            if g not in [x[0][1] for x in people]:
                people.append((("PERSON", g), '{"role": "%s", "on_call": %s, "shift": "%s"}'
                               % (rng.choice(["nurse", "backend", "driver", "cashier"]),
                                  rng.choice(["true", "false"]), rng.choice(["early", "late"]))))
    p.t('{"%s": {' % top)
    for k, (key, val) in enumerate(keyed):
        p.t(", " if k else "").t('"').s(*key).t('": ' + val)
    p.t("}")
    if people:
        p.t(', "team": {')
        for k, (key, val) in enumerate(people):
            p.t(", " if k else "").t('"').s(*key).t('": ' + val)
        p.t("}")
    p.t("}")
    return p


# ---- people: lone given names that are people ----------------------------------------------------
PEOPLE_LINES = {
    "en": ["{P}: can you look at the invoice?\n{Q}: sure, after lunch.",
           "ask {P} about the keys", "Thanks {P}, see you tomorrow.", "{P} said the van is ready.",
           "Meeting with {P} moved to 3pm. cc {Q}"],
    "de": ["{P}: kannst du die Rechnung prüfen?\n{Q}: klar, nach dem Essen.",
           "Frag {P} wegen der Schlüssel.", "Danke {P}, bis morgen!", "{P} meinte, der Bus ist fertig."],
    "fr": ["{P} : tu peux regarder la facture ?\n{Q} : oui, après le déjeuner.",
           "Demande à {P} pour les clés.", "Merci {P}, à demain !"],
    "es": ["{P}: ¿puedes revisar la factura?\n{Q}: claro, después de comer.",
           "Pregúntale a {P} por las llaves.", "Gracias {P}, hasta mañana."],
    "it": ["{P}: puoi guardare la fattura?\n{Q}: certo, dopo pranzo.", "Chiedi a {P} delle chiavi.",
           "Grazie {P}, a domani!"],
    "pt": ["{P}: podes ver a fatura?\n{Q}: claro, depois do almoço.", "Pergunta à {P} pelas chaves.",
           "Obrigado {P}, até amanhã."],
    "nl": ["{P}: kun je naar de factuur kijken?\n{Q}: ja, na de lunch.", "Vraag {P} om de sleutels.",
           "Bedankt {P}, tot morgen!"],
    "pl": ["{P}: możesz sprawdzić fakturę?\n{Q}: jasne, po obiedzie.", "Dzięki {P}, do jutra!"],
    "sv": ["{P}: kan du kolla fakturan?\n{Q}: visst, efter lunch.", "Tack {P}, vi ses i morgon!"],
    "tr": ["{P}: faturaya bakabilir misin?\n{Q}: tabii, öğleden sonra.", "Teşekkürler {P}, yarın görüşürüz."],
    "cs": ["{P}: můžeš se podívat na fakturu?\n{Q}: jasně, po obědě.", "Díky {P}, zítra!"],
    "hu": ["{P}: megnéznéd a számlát?\n{Q}: persze, ebéd után.", "Köszi {P}, holnap!"],
}


def doc_people(lg):
    p = P()
    for ln in rng.sample(PEOPLE_LINES[lg], min(2, len(PEOPLE_LINES[lg]))):
        a = person_or_city_person(lg)
        b = given(lg)
        while b == a:
            b = given(lg)
        p.fill(ln + "\n", P=("PERSON", a), Q=("PERSON", b))
    return p


# ---- request bodies ------------------------------------------------------------------------------
MARK = "@@DOC@@"


def body(p, i, ascii_):
    """p inside one API's request body as one JSON string; the spans moved with it."""
    kind = i % 4
    ask = ["Summarise this.", "What should I do next?", "Draft a reply.", "Translate to English."][i % 4]
    if kind == 0:
        b = {"model": "gpt-4o", "messages": [{"role": "user", "content": MARK}]}
        lead = ask + "\n\n"
    elif kind == 1:
        b = {"model": "claude-sonnet-4-5", "max_tokens": 1024, "messages": [
            {"role": "user", "content": ask},
            {"role": "assistant", "content": [{"type": "tool_use", "id": "toolu_%04d" % i,
                                               "name": "read_doc", "input": {"id": i}}]},
            {"role": "user", "content": [{"type": "tool_result", "tool_use_id": "toolu_%04d" % i,
                                          "content": MARK}]}]}
        lead = ""
    elif kind == 2:
        b = {"contents": [{"role": "user", "parts": [{"text": ask}, {"text": MARK}]}]}
        lead = ""
    else:
        b = {"model": "gpt-4.1", "input": [{"role": "user", "content": [
            {"type": "input_text", "text": ask}, {"type": "input_text", "text": MARK}]}]}
        lead = ""
    return place_text(json.dumps(b, ensure_ascii=ascii_), MARK, p.text, p.spans, lead=lead,
                      ascii_=ascii_)


WRAPS = ["openai_user", "anthropic_tool_result", "gemini_part", "responses_input_text"]


def emit(text, spans, lg, cls, wrap):
    check_spans(text, spans)
    records.append({"full_text": text, "spans": spans, "template_id": len(records) % 100,
                    "metadata": {"locale": lg, "class": cls, "wrap": wrap}})


DOCS = [("place", doc_place), ("table", doc_table), ("word", doc_word), ("firm", doc_firm),
        ("keys", doc_keys), ("people", doc_people)]


def main():
    for i in range(150):
        cls, fn = DOCS[i % len(DOCS)]
        lg = LANGS[(i // len(DOCS) + i) % len(LANGS)]
        p = fn(lg)
        emit(p.text, p.spans, lg, cls, "plain")
        t, sp = body(p, i, i % 2 == 0)
        json.loads(t)
        emit(t, sp, lg, cls, WRAPS[i % 4])
    write_json(records)


main()
