#!/usr/bin/env python3
"""gen_names_tune7.py: a TUNE corpus for the NAMES pack (issue 15), data/names_tune7.json.

Written from a fresh brief (branch `person8`: names where nothing but the name says it is one),
not from the recognisers nor from the held-out files (never opened): full names with no cue word
in running text of en/de/fr/nl/es/it/pt (`Gestern hat Jonas Weber angerufen`, `Lucía Fernández
llega mañana`), lower-case names in chat after `think`, `did`, `ask` (`did anna push it?`),
rosters and contact lists written as lines (`9. Given Surname`, `Given Surname — City`, `Given
Surname (Team)`), names in capitals on the line under a label (`Cliente:\\nNAME SURNAME`),
nicknames (`von allen X genannt`, `per tutti X`, `X para los amigos`), and a lone given name
as the subject of a sentence.

Look-alikes in the same positions, labelled NEG_*: two capitalised common nouns in German
(NEG_NOUNS), Spanish, Italian and French titles of books and films (NEG_TITLE), product pairs
(NEG_PRODUCT), place pairs (NEG_PLACE), team and club names (NEG_TEAM), capitalised words at a
line's start (NEG_WORD), companies in capitals under a label (NEG_COMPANY).

Names: half are real (typed by the author for this brief, by language), half invented by a method
no other generator uses: every consonant of a real name of the same language is moved to its
voiced or unvoiced partner or its neighbour in place of articulation (b<->p, d<->t, g<->k, v<->f,
z<->s, m<->n, l<->r), the first letter kept; a result is kept only when it is in no word of
hush's lexicon (faker's words of global origin included).

Deterministic (fixed seed), no input: python3 gen_names_tune7.py > data/names_tune7.json
"""
import random
import unicodedata

from gen_common import write_json

from lexicon_words import lexicon_words

R = random.Random(7707)
LEX = {w.lower() for w in lexicon_words(with_global=True)}

REAL = {
    "en": ("Harriet Declan Imogen Rupert Tamsin Gareth Philippa Owen Beatrix Alistair",
           "Pickering Oakley Haworth Blackwood Sutcliffe Fairbairn Ramsbottom Whitlock"),
    "de": ("Jonas Henrike Malte Svenja Lennart Wiebke Jannik Friederike Ole Merle",
           "Weber Hartmann Schulze Brückner Lehmann Rademacher Oswald Vollmer"),
    "fr": ("Clémence Gaspard Solène Arnaud Ophélie Corentin Blandine Romain Anaïs Quentin",
           "Delacroix Fournier Lemaire Bouchard Guérin Vasseur Hamelin Carpentier"),
    "nl": ("Sietske Maarten Fenna Gijs Lieke Jeroen Roos Stijn Marloes Koen",
           "van Dam Brouwer Koster Dekker Prins Huisman Postma Veenstra"),
    "es": ("Lucía Íñigo Ainhoa Gonzalo Itziar Rubén Maite Fermín Begoña Jacobo",
           "Fernández Echeverría Salcedo Montoya Arriaga Villalba Quintana Barrientos"),
    "it": ("Ludovica Tommaso Benedetta Jacopo Ginevra Filippo Arianna Edoardo Noemi Pietro",
           "Brambilla Ferrante Lombardi Pellegrini Sartori Zanetti Guidotti Marchetti"),
    "pt": ("Matilde Afonso Constança Vasco Madalena Henrique Benedita Salvador Carolina Gaspar",
           "Magalhães Teixeira Fonseca Brandão Quaresma Albuquerque Pinheiro Vasconcelos"),
}
SHIFT = dict(zip("bpdtgkvfzsmnlr", "pbtdkgfvszmnrl"))


def fold(w):
    w = unicodedata.normalize("NFD", w)
    return "".join(c for c in w if unicodedata.category(c) != "Mn")


def invent(pool, tries=60):
    for _ in range(tries):
        a = R.choice(pool)
        if " " in a:
            continue
        base = fold(a)
        if not base.isalpha():
            continue
        w = base[0] + "".join(SHIFT.get(c, c) for c in base[1:])
        if w != base and 4 <= len(w) <= 12 and w.lower() not in LEX:
            return w
    return None


POOLS = {k: (g.split(), s.replace("van Dam", "van_Dam").split()) for k, (g, s) in REAL.items()}
INV = {}
for k, (g, s) in POOLS.items():
    ig = [x for x in (invent(g) for _ in range(30)) if x]
    is_ = [x for x in (invent([y for y in s if "_" not in y]) for _ in range(30)) if x]
    INV[k] = (sorted(set(ig)), sorted(set(is_)))


def given(lang):
    real = R.random() < 0.5
    return R.choice(POOLS[lang][0] if real else INV[lang][0])


def full(lang):
    real = R.random() < 0.5
    g, s = (POOLS[lang] if real else INV[lang])
    return R.choice(g) + " " + R.choice(s).replace("_", " ")


LANGS = list(REAL)

# Sentences with a full name and no cue word: {P} is the person.
BARE = {
    "en": ["Yesterday {P} called about the renewal.", "On Monday {P} joined the onboarding call.",
           "Last week {P} sent over the revised figures.", "This morning {P} reported the outage."],
    "de": ["Gestern hat {P} angerufen.", "Heute Morgen hat {P} die Zahlen geschickt.",
           "Am Montag kommt {P} ins Büro.", "Letzte Woche hat {P} den Vertrag unterschrieben."],
    "fr": ["Hier, {P} a appelé pour le renouvellement.", "Ce matin {P} a envoyé les chiffres.",
           "Lundi, {P} arrive au bureau.", "La semaine dernière, {P} a signé le contrat."],
    "nl": ["Gisteren heeft {P} gebeld.", "Vanochtend stuurde {P} de cijfers.",
           "Maandag komt {P} naar kantoor.", "Vorige week heeft {P} het contract getekend."],
    "es": ["{P} llega mañana.", "Ayer {P} llamó por la renovación.",
           "Esta mañana {P} envió las cifras.", "El lunes {P} firmó el contrato."],
    "it": ["Ieri {P} ha chiamato per il rinnovo.", "Stamattina {P} ha inviato i dati.",
           "Lunedì {P} arriva in ufficio.", "{P} arriva domani."],
    "pt": ["Ontem {P} ligou sobre a renovação.", "Hoje de manhã {P} enviou os números.",
           "Na segunda-feira {P} chega ao escritório.", "{P} chega amanhã."],
}
# Look-alikes in the same positions.
BARE_NEG = {
    "en": [("NEG_PRODUCT", "Visual Studio"), ("NEG_PRODUCT", "Google Chrome"),
           ("NEG_PLACE", "New Jersey"), ("NEG_TEAM", "Manchester United")],
    "de": [("NEG_NOUNS", "Deutsche Bahn"), ("NEG_NOUNS", "Technische Leitung"),
           ("NEG_PLACE", "Bad Homburg"), ("NEG_TEAM", "Borussia Dortmund")],
    "fr": [("NEG_TITLE", "Les Misérables"), ("NEG_PLACE", "Saint Malo"),
           ("NEG_TEAM", "Olympique Lyonnais"), ("NEG_PRODUCT", "Microsoft Teams")],
    "nl": [("NEG_PLACE", "Den Haag"), ("NEG_TEAM", "Ajax Amsterdam"),
           ("NEG_PRODUCT", "Apple Music"), ("NEG_NOUNS", "Rijkswaterstaat Noord")],
    "es": [("NEG_TITLE", "Cien Años"), ("NEG_PLACE", "San Sebastián"),
           ("NEG_TEAM", "Real Madrid"), ("NEG_PLACE", "Santa Cruz")],
    "it": [("NEG_TITLE", "La Dolce Vita"), ("NEG_TEAM", "Juventus Torino"),
           ("NEG_PLACE", "Reggio Emilia"), ("NEG_PRODUCT", "Fiat Panda")],
    "pt": [("NEG_PLACE", "Vila Nova"), ("NEG_TEAM", "Sporting Braga"),
           ("NEG_PLACE", "Porto Alegre"), ("NEG_PRODUCT", "Banco Inter")],
}
LOWER = ["did {p} push it?", "i think {p} fixed it already", "ask {p} about the deploy",
         "can you ask {p}?", "lol {p} broke the build again", "did {p} merge the pr",
         "i think {p} is on leave today", "maybe ask {p} tomorrow"]
LOWER_NEG = ["docker", "jenkins", "redis", "prod", "staging", "nginx", "kafka", "the bot"]
ROSTER_SEP = ["{i}. {P}", "{P} — {C}", "{P} ({T})", "- {P}, {C}", "{i}) {P}"]
CITIES = ["Leipzig", "Utrecht", "Nantes", "Bilbao", "Verona", "Braga", "Leeds", "Aarhus"]
TEAMS = ["Backend", "Vertrieb", "Finanzas", "Logistique", "Marketing", "Support"]
ROSTER_NEG = [("NEG_WORD", "Quality Assurance"), ("NEG_PLACE", "Santa Cruz"),
              ("NEG_WORD", "Release Notes"), ("NEG_PRODUCT", "Adobe Acrobat"),
              ("NEG_TEAM", "Customer Success"), ("NEG_WORD", "Open Issues")]
LABELS = {"es": "Cliente:", "it": "Cliente:", "pt": "Cliente:", "de": "Kunde:", "fr": "Client :",
          "nl": "Klant:", "en": "Customer:"}
CAPS_NEG = ["ACME SOLUTIONS", "NORDWIND LOGISTIK", "GRUPO SALCEDO", "FERRANTE SPA"]
NICK = {"de": "Er wird von allen {N} genannt und leitet das Lager.",
        "it": "Per tutti {N}, lavora qui da dieci anni.",
        "es": "{G}, {N} para los amigos, llega el martes.",
        "en": "Everyone calls him {N}; he runs the warehouse.",
        "fr": "Tout le monde l'appelle {N} au bureau.",
        "nl": "Iedereen noemt hem {N} op kantoor.",
        "pt": "Todos o chamam de {N} aqui no escritório."}
NICKS = ["Bibi", "Toni", "Pippo", "Chus", "Kalle", "Mimmo", "Zé", "Didi", "Lolo", "Fifi"]


class Rec:
    def __init__(self, cls, lang):
        self.t, self.spans, self.cls, self.lang = "", [], cls, lang

    def put(self, s, label=None):
        if label:
            st = len(self.t)
            self.spans.append({"entity_type": label, "entity_value": s, "start_position": st,
                               "end_position": st + len(s)})
        self.t += s

    def fill(self, tpl, key, val, label):
        a, b = tpl.split(key, 1)
        self.put(a)
        self.put(val, label)
        self.put(b)

    def out(self):
        return {"full_text": self.t, "spans": self.spans, "template_id": 0,
                "metadata": {"locale": self.lang, "class": self.cls, "corpus": "names_tune7"}}


def main():
    recs = []
    for _ in range(12):
        for lang in LANGS:
            for tpl in BARE[lang]:
                r = Rec("bare", lang)
                r.fill(tpl, "{P}", full(lang), "PERSON")
                recs.append(r.out())
            for tpl in BARE[lang][:2]:
                lab, val = R.choice(BARE_NEG[lang])
                r = Rec("bare_neg", lang)
                r.fill(tpl, "{P}", val, lab)
                recs.append(r.out())
        for tpl in LOWER:
            r = Rec("lower", "en")
            lang = R.choice(LANGS)
            r.fill(tpl, "{p}", fold(given(lang)).lower(), "PERSON")
            recs.append(r.out())
            r = Rec("lower_neg", "en")
            r.fill(tpl, "{p}", R.choice(LOWER_NEG), "NEG_WORD")
            recs.append(r.out())
    for _ in range(40):
        lang = R.choice(LANGS)
        r = Rec("roster", lang)
        form = R.choice(ROSTER_SEP)
        r.put(R.choice(["Teilnehmer", "Participants", "Deelnemers", "Asistentes", "Partecipanti",
                        "Participantes", "Attendees"]) + "\n")
        n = R.randint(3, 6)
        neg = R.randrange(n + 2)
        for i in range(1, n + 1):
            line = form.replace("{i}", str(i)).replace("{C}", R.choice(CITIES)).replace(
                "{T}", R.choice(TEAMS))
            if i == neg:
                lab, val = R.choice(ROSTER_NEG)
            else:
                lab, val = "PERSON", full(lang)
            r.fill(line, "{P}", val, lab)
            r.put("\n")
        recs.append(r.out())
        # the same form with only look-alikes
        r = Rec("roster_neg", lang)
        r.put("Agenda\n")
        for i, (lab, val) in enumerate(R.sample(ROSTER_NEG, 4), 1):
            line = form.replace("{i}", str(i)).replace("{C}", R.choice(CITIES)).replace(
                "{T}", R.choice(TEAMS))
            r.fill(line, "{P}", val, lab)
            r.put("\n")
        recs.append(r.out())
    for _ in range(30):
        lang = R.choice(LANGS)
        r = Rec("caps_label", lang)
        r.put("Factura 2026-%04d\n" % R.randint(1, 9999) + LABELS[lang] + "\n")
        r.put(fold(full(lang)).upper(), "PERSON")
        r.put("\n" + R.choice(CITIES) + "\n")
        recs.append(r.out())
        r = Rec("caps_neg", lang)
        r.put("Factura 2026-%04d\n" % R.randint(1, 9999) + LABELS[lang] + "\n")
        r.put(R.choice(CAPS_NEG), "NEG_COMPANY")
        r.put("\n" + R.choice(CITIES) + "\n")
        recs.append(r.out())
    for _ in range(6):
        for lang in LANGS:
            r = Rec("nick", lang)
            tpl = NICK[lang]
            if "{G}" in tpl:
                a, b = tpl.split("{G}", 1)
                r.put(a)
                r.put(full(lang), "PERSON")
                tpl = b
            r.fill(tpl, "{N}", R.choice(NICKS), "PERSON")
            recs.append(r.out())
    write_json(recs, indent=0)


if __name__ == "__main__":
    main()
