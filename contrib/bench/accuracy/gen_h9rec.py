#!/usr/bin/env python3
"""gen_h9rec.py: people in wedding seating charts, support-chat exports, DNA-match lists and
lower-case backer lists (branch `h9rec`).

Written from the four biggest classes among names_holdout9's remaining PERSON misses, but in
other layouts and other words, in en/de/fr/nl/es/it/pt, about half the names invented:
- seating: `Table 4: A, B, C` lines (Tisch, Table, Tafel, Mesa, Tavolo), one guest a line under a
  `Table 3 -` head, pipe tables of guest / table / meal, place-card lists; guests given names,
  full names, lower-case full names, `+ 1`, `Uncle X` (X labelled);
- chat: Zendesk/Intercom/LiveChat/Freshdesk exports with `[14:02] Maria K.:`, `Agent (Jonas):`,
  `Jonas (Agent) 14:02`, `Maria Keller · 2:14 PM` speaker lines;
- dna: match lists of several services (name, relationship, shared cM, segments, side), tabs,
  pipes, `name — 212 cM across 9 segments`, initials and lower-case names;
- backers: lower-case backer / donor / patron lists with amounts, `thanks to a, b and c`, CSV
  with a lower-case name column beside an email.
Look-alikes in the same layouts (NEG_*): tables named after flowers, places or numbers; bots and
system lines (`Chatbot:`, `System:`, `Visitor 4821`); `Unknown match`, shared-DNA units and
relationship words; tiers and reward names; company backers; handles.
Writes JSON (the names_tune3.json format) to stdout; deterministic; Python stdlib only."""
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gen_common import Doc, write_json, SYL7 as SYL, END7 as END, invent_syllables  # noqa: E402

rng = random.Random(20261204 + 36)
LANGS = ["en", "de", "fr", "nl", "es", "it", "pt"]
records = []

GIVEN = {
    "en": ["Harriet", "Declan", "Imogen", "Tariq", "Fiona", "Gareth", "Megan", "Callum", "Ruth"],
    "de": ["Sabine", "Florian", "Henrike", "Dominik", "Jutta", "Malte", "Svenja", "Bernd", "Ilse"],
    "fr": ["Margaux", "Thibault", "Solène", "Gaëtan", "Manon", "Lucien", "Apolline", "Yannick"],
    "nl": ["Lotte", "Sjoerd", "Maaike", "Ruud", "Ilse", "Thijs", "Fenna", "Gijs", "Noor"],
    "es": ["Rocío", "Gonzalo", "Inmaculada", "Marcos", "Nerea", "Ignacio", "Ainhoa", "Rubén"],
    "it": ["Martina", "Edoardo", "Ilaria", "Riccardo", "Beatrice", "Tommaso", "Serena", "Pietro"],
    "pt": ["Filipa", "Duarte", "Catarina", "Henrique", "Joana", "Rodrigo", "Matilde", "Vasco"],
}
SURNAME = {
    "en": ["Pemberton", "Ogunleye", "Hargreaves", "McAllister", "Thornbury", "Kaur", "Doyle"],
    "de": ["Schröder", "Kühn", "Pfeiffer", "Zimmermann", "Albrecht", "von Arnim", "Wolff"],
    "fr": ["Rousseau", "Lemaire", "Fontaine", "Perrin", "Gauthier", "Le Gall", "Barbier"],
    "nl": ["Smits", "Jansen", "Kuipers", "Vos", "Brouwer", "van der Linden", "Peeters"],
    "es": ["Herrera", "Iglesias", "Cabrera", "Vidal", "Soto", "del Río", "Morales"],
    "it": ["Ferraro", "Marchetti", "Gentile", "Barbieri", "Lombardi", "Dal Monte", "Greco"],
    "pt": ["Pereira", "Rodrigues", "Martins", "Lopes", "Fonseca", "dos Santos", "Antunes"],
}
KIN = {"en": ["Uncle", "Aunt", "Grandma", "Grandad", "Cousin"],
       "de": ["Onkel", "Tante", "Oma", "Opa", "Cousine"],
       "fr": ["Oncle", "Tante", "Mamie", "Papi", "Cousin"],
       "nl": ["Oom", "Tante", "Oma", "Opa", "Neef"],
       "es": ["Tío", "Tía", "Abuela", "Abuelo", "Prima"],
       "it": ["Zio", "Zia", "Nonna", "Nonno", "Cugino"],
       "pt": ["Tio", "Tia", "Avó", "Avô", "Prima"]}


class D(Doc):
    records = records


def invent(lg, surname=False):
    return invent_syllables(rng, SYL[lg], END[lg], surname)


def given(lg):
    return rng.choice(GIVEN[lg]) if rng.random() < 0.5 else invent(lg)


def full(lg):
    s = rng.choice(SURNAME[lg]) if rng.random() < 0.5 else invent(lg, True)
    return given(lg) + " " + s


def guest(d, lg, lower_ok=True):
    """Appends one guest: a given name, a full name, a lower-case full name, kin + name, + 1."""
    r = rng.random()
    if r < 0.12:
        d.t(rng.choice(KIN[lg]) + " ").span("PERSON", given(lg))
    elif r < 0.4:
        d.span("PERSON", given(lg))
    elif r < 0.6 and lower_ok:
        d.span("PERSON", full(lg).lower())
    else:
        d.span("PERSON", full(lg))
    if rng.random() < 0.1:
        d.t(" + 1")


AND = {"en": " and ", "de": " und ", "fr": " et ", "nl": " en ", "es": " y ", "it": " e ", "pt": " e "}
TABLE = {"en": "Table", "de": "Tisch", "fr": "Table", "nl": "Tafel", "es": "Mesa", "it": "Tavolo",
         "pt": "Mesa"}
FLOWERS = ["Rose", "Lavender", "Peony", "Magnolia", "Jasmine", "Dahlia", "Iris", "Lily", "Violet",
           "Daisy", "Hazel", "Olive"]
SEAT_HEAD = {"en": "Seating plan", "de": "Sitzplan", "fr": "Plan de table", "nl": "Tafelschikking",
             "es": "Distribución de mesas", "it": "Tableau de mariage", "pt": "Plano de mesas"}
SEAT_ASK = {"en": "can you make sure no table has more than 8 people?",
            "de": "Bitte prüfen, dass kein Tisch mehr als 8 Leute hat.",
            "fr": "tu peux vérifier qu'aucune table ne dépasse 8 personnes ?",
            "nl": "kun je checken dat geen tafel meer dan 8 mensen heeft?",
            "es": "¿puedes revisar que ninguna mesa pase de 8 personas?",
            "it": "puoi controllare che nessun tavolo superi le 8 persone?",
            "pt": "consegues ver se nenhuma mesa passa de 8 pessoas?"}


def seat_lines(lg):
    """`Table 4: A, B, C` lines; some tables named after flowers (look-alikes)."""
    d = D(lg, "seat_lines")
    d.t(SEAT_HEAD[lg] + (" v2" if rng.random() < 0.5 else "") + "\n")
    named = rng.random() < 0.35
    for n in range(1, rng.randint(3, 6)):
        d.t(TABLE[lg] + " " + str(n))
        if named:
            d.t(rng.choice((" - ", " ", " (")))
            d.span("NEG_PRODUCT", rng.choice(FLOWERS))
            if d.text.endswith("(" + d.spans[-1]["entity_value"]):
                d.t(")")
        d.t(rng.choice((": ", ": ", " - ", " = ")))
        k = rng.randint(2, 7)
        for j in range(k):
            if j:
                d.t(", " if j < k - 1 or rng.random() < 0.6 else rng.choice((" & ", AND[lg])))
            guest(d, lg)
        d.t("\n")
    d.t("\n" + SEAT_ASK[lg] + "\n")
    d.done()


def seat_blocks(lg):
    """A `Table 3` head then one guest a line (bullets or none), blank line between tables."""
    d = D(lg, "seat_blocks")
    d.t(SEAT_HEAD[lg] + ":\n\n")
    for n in rng.sample(range(1, 15), rng.randint(2, 4)):
        if rng.random() < 0.3:
            d.t(TABLE[lg] + " ").span("NEG_PRODUCT", rng.choice(FLOWERS)).t("\n")
        else:
            d.t(TABLE[lg] + " " + str(n) + rng.choice((":", "", " -")) + "\n")
        bullet = rng.choice(("- ", "* ", "", "• "))
        for _ in range(rng.randint(2, 6)):
            d.t(bullet)
            guest(d, lg)
            d.t("\n")
        d.t("\n")
    d.t(SEAT_ASK[lg] + "\n")
    d.done()


MEALS = {"en": ["beef", "fish", "vegetarian", "vegan", "kids menu"],
         "de": ["Rind", "Fisch", "vegetarisch", "vegan", "Kindermenü"],
         "fr": ["bœuf", "poisson", "végétarien", "vegan", "menu enfant"],
         "nl": ["rund", "vis", "vegetarisch", "vegan", "kindermenu"],
         "es": ["ternera", "pescado", "vegetariano", "vegano", "menú infantil"],
         "it": ["manzo", "pesce", "vegetariano", "vegano", "menù bimbi"],
         "pt": ["vitela", "peixe", "vegetariano", "vegano", "menu criança"]}
GUEST_COL = {"en": "Guest", "de": "Gast", "fr": "Invité", "nl": "Gast", "es": "Invitado",
             "it": "Ospite", "pt": "Convidado"}
MEAL_COL = {"en": "Meal", "de": "Essen", "fr": "Menu", "nl": "Menu", "es": "Menú",
            "it": "Menù", "pt": "Prato"}


def seat_table(lg):
    """A guest / table / meal table, pipes or tabs or CSV."""
    d = D(lg, "seat_table")
    sep = rng.choice((" | ", "\t", ";", ","))
    cols = [GUEST_COL[lg], TABLE[lg], MEAL_COL[lg]]
    d.t(sep.join(cols) + "\n")
    if sep == " | ":
        d.t(" | ".join("---" for _ in cols) + "\n")
    for _ in range(rng.randint(4, 8)):
        guest(d, lg)
        d.t(sep + str(rng.randint(1, 12)) + sep + rng.choice(MEALS[lg]) + "\n")
    d.t("\n" + SEAT_ASK[lg] + "\n")
    d.done()


CARD = {"en": "Place cards to print:", "de": "Tischkarten drucken:", "fr": "Marque-places :",
        "nl": "Naamkaartjes:", "es": "Tarjetas de mesa:", "it": "Segnaposto:", "pt": "Marcadores:"}


def seat_cards(lg):
    """Place cards: one guest a line, a table after a dash or in brackets."""
    d = D(lg, "seat_cards")
    d.t(CARD[lg] + "\n")
    for _ in range(rng.randint(3, 7)):
        guest(d, lg)
        d.t(rng.choice((" — " + TABLE[lg] + " " + str(rng.randint(1, 12)),
                        " (" + TABLE[lg].lower() + " " + str(rng.randint(1, 12)) + ")",
                        " - T" + str(rng.randint(1, 12)))) + "\n")
    d.t("\nfont: Playfair, 14pt\n")
    d.done()


AGENT = {"en": "Agent", "de": "Mitarbeiter", "fr": "Conseiller", "nl": "Medewerker",
         "es": "Agente", "it": "Operatore", "pt": "Agente"}
CHAT_LINES = {
    "en": ["hi, my parcel never arrived", "order number is 55-1902", "it says delivered yesterday",
           "ok thanks", "can I get a refund instead?"],
    "de": ["hallo, mein Paket ist nicht angekommen", "Bestellnummer 55-1902",
           "laut Tracking gestern zugestellt", "ok danke", "kann ich das Geld zurück?"],
    "fr": ["bonjour, mon colis n'est jamais arrivé", "commande 55-1902", "il est marqué livré",
           "d'accord merci", "je peux être remboursé ?"],
    "nl": ["hoi, mijn pakket is niet aangekomen", "bestelnummer 55-1902", "er staat bezorgd",
           "ok bedankt", "kan ik mijn geld terug?"],
    "es": ["hola, mi paquete no llegó", "pedido 55-1902", "pone entregado ayer", "vale gracias",
           "¿me devolvéis el dinero?"],
    "it": ["ciao, il pacco non è arrivato", "ordine 55-1902", "risulta consegnato ieri",
           "ok grazie", "posso avere il rimborso?"],
    "pt": ["olá, a encomenda não chegou", "encomenda 55-1902", "diz entregue ontem",
           "ok obrigado", "posso ter reembolso?"],
}
AGENT_LINES = {
    "en": ["Thanks for waiting, let me check.", "I've opened a claim for you.", "Anything else?"],
    "de": ["Danke fürs Warten, ich schaue nach.", "Ich habe einen Antrag eröffnet.", "Sonst noch was?"],
    "fr": ["Merci de patienter, je regarde.", "J'ai ouvert une réclamation.", "Autre chose ?"],
    "nl": ["Bedankt voor het wachten.", "Ik heb een claim geopend.", "Verder nog iets?"],
    "es": ["Gracias por esperar, lo reviso.", "He abierto una reclamación.", "¿Algo más?"],
    "it": ["Grazie dell'attesa, controllo.", "Ho aperto un reclamo.", "Altro?"],
    "pt": ["Obrigado por aguardar, vou ver.", "Abri uma reclamação.", "Mais alguma coisa?"],
}
BOTS = ["Chatbot", "System", "Bot", "Assistant", "Virtual Agent", "Automated message"]


def chat(lg):
    """A support chat export: one speaker style per record; bot and system lines between."""
    d = D(lg, "chat")
    style = rng.randrange(5)
    cust = given(lg) + (" " + rng.choice("ABCDEFGHKLMPRSTW") + "." if rng.random() < 0.5 else "")
    if rng.random() < 0.3:
        cust = full(lg)
    agent = given(lg)
    d.t(rng.choice(("Zendesk", "Intercom", "LiveChat", "Freshdesk")) + " transcript #" +
        str(rng.randint(10000, 99999)) + "\n")
    hh, mm = rng.randint(8, 20), rng.randint(0, 50)
    turns = []
    for k in range(rng.randint(4, 7)):
        who = ("bot", None) if k == 0 and rng.random() < 0.5 else (
            ("cust", cust) if k % 2 == (0 if turns and turns[0][0] == "bot" else 1) else
            ("agent", agent))
        turns.append(who)
    for who, name in turns:
        mm += rng.randint(0, 3)
        ts = "%02d:%02d" % (hh, mm % 60)
        line = rng.choice(AGENT_LINES[lg] if who != "cust" else CHAT_LINES[lg])
        if who == "bot":
            b = rng.choice(BOTS)
            if style == 0:
                d.t("[" + ts + "] ").span("NEG_BOT", b).t(": " + line + "\n")
            else:
                d.span("NEG_BOT", b).t(": " + line + "\n")
            continue
        if style == 0:
            d.t("[" + ts + "] ").span("PERSON", name).t(": " + line + "\n")
        elif style == 1:
            if who == "agent":
                d.t(AGENT[lg] + " (").span("PERSON", name).t("): " + line + "\n")
            else:
                d.t(rng.choice(("Customer", "Kunde", "Client", "Klant", "Cliente")) + " (").span(
                    "PERSON", name).t("): " + line + "\n")
        elif style == 2:
            d.span("PERSON", name).t(" (" + (AGENT[lg] if who == "agent" else "Visitor") + ") " +
                                     ts + "\n" + line + "\n")
        elif style == 3:
            d.span("PERSON", name).t(" · " + ts + "\n" + line + "\n\n")
        else:
            d.t(ts + " ").span("PERSON", name).t(" > " + line + "\n")
    if rng.random() < 0.5:
        d.t("Visitor " + str(rng.randint(1000, 9999)) + " left the chat\n")
    d.done()


REL = ["Parent/Child", "Full sibling", "1st cousin", "2nd cousin", "2nd–3rd cousin",
       "3rd cousin", "4th–6th cousin", "Half sibling", "Distant cousin", "Uncle/Nephew"]
REL_L = {"de": ["Cousin 2. Grades", "Halbgeschwister", "Cousine 3. Grades"],
         "fr": ["cousin au 2e degré", "demi-frère", "cousine éloignée"],
         "nl": ["achterneef", "halfzus", "verre neef"],
         "es": ["primo segundo", "medio hermano", "prima lejana"],
         "it": ["cugino di secondo grado", "fratellastro", "cugina lontana"],
         "pt": ["primo em segundo grau", "meio-irmão", "prima afastada"]}
DNA_ASK = {"en": "which of these are on my mother's side?",
           "de": "Welche davon sind mütterlicherseits?",
           "fr": "lesquels sont du côté de ma mère ?", "nl": "welke zijn van mijn moeders kant?",
           "es": "¿cuáles son por parte de mi madre?", "it": "quali sono da parte di mia madre?",
           "pt": "quais são do lado da minha mãe?"}


def dna_name(lg):
    r = rng.random()
    if r < 0.25:
        return full(lg).lower()
    if r < 0.4:
        g, s = given(lg), (rng.choice(SURNAME[lg]) if rng.random() < 0.5 else invent(lg, True))
        return g[0] + ". " + s
    if r < 0.5:
        return given(lg) + " " + rng.choice("ABCDEFGHKLMPRSTW") + "."
    return full(lg)


def rel(lg):
    return rng.choice(REL + REL_L.get(lg, []))


def dna(lg):
    """DNA-match lists of several services: tabs, pipes, prose lines; `Unknown match` rows."""
    d = D(lg, "dna")
    style = rng.randrange(4)
    svc = rng.choice(("AncestryDNA", "MyHeritage", "23andMe", "FamilyTreeDNA", "GEDmatch"))
    d.t(svc + " matches\n")
    if style == 0:
        d.t("Match\tRelationship\tShared DNA\tSegments\n")
    elif style == 1:
        d.t("Name | Est. relationship | cM | Longest segment | Side\n")
    for _ in range(rng.randint(4, 8)):
        cm = rng.randint(20, 3500)
        seg = rng.randint(1, 60)
        unknown = rng.random() < 0.12
        if style == 0:
            (d.span("NEG_WORD", "Unknown match") if unknown else d.span("PERSON", dna_name(lg)))
            d.t("\t" + rel(lg) + "\t" + "{:,} cM".format(cm) + "\t" + str(seg) + "\n")
        elif style == 1:
            (d.span("NEG_WORD", "Unknown match") if unknown else d.span("PERSON", dna_name(lg)))
            d.t(" | " + rel(lg) + " | " + str(cm) + " | " + "%.1f cM" % (rng.random() * 60) +
                " | " + rng.choice(("maternal", "paternal", "both", "unassigned")) + "\n")
        elif style == 2:
            (d.span("NEG_WORD", "Unknown match") if unknown else d.span("PERSON", dna_name(lg)))
            d.t(" — " + str(cm) + " cM across " + str(seg) + " segments (" + rel(lg) + ")\n")
        else:
            d.t("- ")
            (d.span("NEG_WORD", "Unknown match") if unknown else d.span("PERSON", dna_name(lg)))
            d.t(": " + "%.2f%%" % (cm / 68.0) + " shared, " + str(seg) + " segments, " + rel(lg)
                + "\n")
    if rng.random() < 0.5:
        d.t("(managed by ").span("PERSON", full(lg)).t(")\n")
    d.t("\n" + DNA_ASK[lg] + "\n")
    d.done()


TIERS = ["Early Bird", "Gold Patron", "Supporter", "Founders Edition", "Deluxe Box",
         "Silver Sponsor", "Digital Only", "Super Backer"]
COMPANIES = ["Brightline GmbH", "Nordvik AS", "Casa Lumen S.L.", "Atelier Vert SARL",
             "Kooistra BV", "Studio Ferro Srl", "Lusoprint Lda"]
THANKS = {"en": "huge thanks to our backers:", "de": "Danke an unsere Unterstützer:",
          "fr": "merci à nos contributeurs :", "nl": "dank aan onze backers:",
          "es": "gracias a nuestros mecenas:", "it": "grazie ai nostri sostenitori:",
          "pt": "obrigado aos nossos apoiantes:"}
DOMAINS = ["gmail.com", "web.de", "orange.fr", "ziggo.nl", "yahoo.es", "libero.it", "sapo.pt"]


def lname(lg):
    g = given(lg)
    s = rng.choice(SURNAME[lg]) if rng.random() < 0.5 else invent(lg, True)
    return (g + " " + s).lower() if rng.random() < 0.75 else g.lower()


def backers_csv(lg):
    """CSV: a lower-case name column beside an email made of the same letters; company rows."""
    d = D(lg, "backers_csv")
    d.t("id,name,email,tier,amount\n")
    for _ in range(rng.randint(3, 7)):
        d.t(str(rng.randint(100000, 999999)) + ",")
        if rng.random() < 0.15:
            c = rng.choice(COMPANIES)
            d.span("NEG_ORG", c).t(",").span("EMAIL_ADDRESS", "info@" + c.split()[0].lower() + ".com").t(",")
        else:
            n = lname(lg)
            d.span("PERSON", n).t(",")
            local = n.replace(" ", rng.choice((".", "", "_", "-")))
            d.span("EMAIL_ADDRESS", local + "@" + rng.choice(DOMAINS)).t(",")
        d.span("NEG_PRODUCT", rng.choice(TIERS)).t("," + str(rng.randint(5, 500)) + "\n")
    d.t("\nwho pledged most?\n")
    d.done()


def backers_list(lg):
    """A thank-you wall or a donor list: lower-case names, amounts, tiers, handles, firms."""
    d = D(lg, "backers_list")
    style = rng.randrange(3)
    if style == 0:
        d.t(THANKS[lg] + " ")
        k = rng.randint(3, 8)
        for j in range(k):
            if j:
                d.t(", " if j < k - 1 else rng.choice((AND[lg], " & ", ", ")))
            if rng.random() < 0.12:
                d.span("NEG_ORG", rng.choice(COMPANIES))
            else:
                d.span("PERSON", lname(lg))
        d.t("!\n")
    elif style == 1:
        d.t(rng.choice(("donors", "Spender", "donateurs", "donateurs", "donantes", "donatori",
                        "doadores")) + " (" + rng.choice(("march", "q2", "2026")) + "):\n")
        for _ in range(rng.randint(3, 7)):
            cur = rng.choice(("€", "$", "£"))
            if rng.random() < 0.15:
                d.span("NEG_ORG", rng.choice(COMPANIES))
            else:
                d.span("PERSON", lname(lg))
            d.t(rng.choice((" - ", " ", ": ")) + cur + str(rng.randint(5, 300)) + "\n")
    else:
        d.t(rng.choice(("patrons this month", "new patrons")) + ":\n")
        for _ in range(rng.randint(3, 7)):
            d.t("- ")
            if rng.random() < 0.2:
                d.span("NEG_HANDLE", "@" + invent(lg).lower() + "_" + str(rng.randint(1, 99)))
            else:
                d.span("PERSON", lname(lg))
            d.t(" (").span("NEG_PRODUCT", rng.choice(TIERS)).t(")\n")
    d.done()


MAKERS = [seat_lines, seat_lines, seat_blocks, seat_table, seat_cards, chat, chat, dna, dna,
          backers_csv, backers_list, backers_list]
for i in range(336):
    MAKERS[(i // 7) % len(MAKERS)](LANGS[i % 7])

write_json(records)
