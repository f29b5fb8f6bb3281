#!/usr/bin/env python3
"""gen_names_holdout7.py - blind held-out corpus #7 for PERSON, STREET_ADDRESS,
DATE_OF_BIRTH (and EMAIL_ADDRESS).

Written BLIND: the author did not read the detectors (anonymize/), the tests,
the other corpora or generators, the README or any .md file of the repository,
and ran no hush binary on this corpus.  Only this file's own Python checks were
run on its output.

Brief (summary)
---------------
Texts are what people type or paste into an AI assistant, in kinds that earlier
blind corpora did not cover (or covered in clearly different forms): real-estate
listings and viewing notes, notary deeds, company-registry extracts,
shareholder registers, board resolutions, KYC/AML case notes, chargeback
disputes, marketplace messages (Vinted, eBay, Wallapop, Marktplaats), courier
scan logs and delivery notes, ride-share / food-delivery chats,
neighbourhood-app posts, club and school newsletters, exam result lists,
care-home handover notes, therapy intake notes, tutoring notes, scout-camp
and kindergarten rosters, birth announcements, birthday-party planning
(birthday versus date of birth), land-registry extracts, change-of-address
letters, customer-due-diligence questionnaires, property listings,
food-delivery receipts, messages where a person, a place and a pet share one
name, conference programmes and speaker bios, thesis
acknowledgements and book dedications, press releases, local news, letters to
the editor, petitions, condolence books, podcast show notes, oral-history
interviews, Jira/Confluence pages, expense reports and timesheets, shift-swap
messages, airline PNRs and boarding passes, event tickets, and prompts asking
to draft / translate / summarise / fill something (JSON, YAML, forms).
Formats mix prose, CSV, TSV, Markdown and pipe tables, fixed width, forms,
JSON/YAML, e-mail headers and quoted replies.
Languages / regions: en (US UK IE AU NZ CA IN ZA NG KE PH), de (DE AT CH),
fr (FR BE CH CA SN), nl (NL BE), es (ES MX AR CO US), it (IT), pt (PT BR),
plus pl, sv and tr names inside English text.
Names: about half invented (pronounceable syllable combinations per language,
so that no name list knows them), half real and common, including names of
global origin, diacritics, hyphens, particles, initials, nicknames, lower case
and ALL CAPS; given names alone where the text makes clear they are people,
also joined by and/und/et/en/y/e and in lists.
About a fifth of the records are PII-free prompts full of capitalised
look-alikes.

Labelling conventions
---------------------
PERSON          the name as written; titles and honorifics excluded
                ("Dr. [Ana Ruiz]", "Herr [Müller]"); possessive 's excluded;
                particles included ("[van der Berg]", "[Ludovica di Stefano]");
                a given name and a surname in separate fields are two spans;
                nicknames and user display names that are names are PERSON;
                machine user names, e-mail local parts and GitHub handles are
                not.  Airline style "SURNAME/GIVEN MR": surname and given name
                are two spans, the title is excluded.
STREET_ADDRESS  the whole postal address as written: from the unit/street line
                (or PO box) to postcode, city, region and country when they
                are part of the block; one span across newlines; company and
                office addresses count; a city or country alone does not, and
                a street named after a person without a house number is not an
                address (NEG_PLACE).
DATE_OF_BIRTH   the date only (no "born", no label), for any living or private
                person; not for famous/historical people and not for pets.
                A birthday without the year is not labelled; a full date of
                birth given as "born on ..." or "turns 40 on <full date with
                year of birth>" is.
EMAIL_ADDRESS   every e-mail address.
Look-alikes are not labelled as spans; metadata.lookalikes gives each
occurrence (label NEG_FAMOUS, NEG_TERM, NEG_ORG, NEG_PRODUCT, NEG_PLACE, NEG_PET,
NEG_CODE or NEG_DATE, value, offsets).

Usage: gen_names_holdout7.py [output_path]
(default contrib/bench/accuracy/data/names_holdout7.json; same bytes either way)
"""
import datetime
import json
import os
import random
import re
import sys
import unicodedata

SEED = 70707
N_PII_FREE = 180
N_PII = 720

# ---------------------------------------------------------------- markers
# Texts are written as f-strings with inline markers; finish() strips them
# and computes offsets.  \x01TAG\x02value\x03
_MARK = re.compile("\x01([A-Z_]+)\x02([^\x01\x02\x03]*)\x03")
TAGS = {"P": "PERSON", "A": "STREET_ADDRESS", "D": "DATE_OF_BIRTH",
        "E": "EMAIL_ADDRESS"}
NEG_KINDS = ("NEG_FAMOUS", "NEG_TERM", "NEG_ORG", "NEG_PRODUCT", "NEG_PLACE",
             "NEG_PET", "NEG_CODE", "NEG_DATE")


def P(v):
    return "\x01P\x02" + v + "\x03"


def A(v):
    return "\x01A\x02" + v + "\x03"


def D(v):
    # "the fourteenth of March 1985": the article stays outside the span
    if v.startswith("the "):
        return "the \x01D\x02" + v[4:] + "\x03"
    return "\x01D\x02" + v + "\x03"


def E(v):
    return "\x01E\x02" + v + "\x03"


def L(kind, v):
    assert kind in NEG_KINDS, kind
    return "\x01" + kind + "\x02" + v + "\x03"


def finish(marked):
    out = []
    spans = []
    looks = []
    pos = 0
    n = 0
    for m in _MARK.finditer(marked):
        pre = marked[pos:m.start()]
        out.append(pre)
        n += len(pre)
        tag, val = m.group(1), m.group(2)
        out.append(val)
        if tag in TAGS:
            spans.append({"entity_type": TAGS[tag], "entity_value": val,
                          "start_position": n, "end_position": n + len(val)})
        else:
            looks.append({"kind": tag, "text": val, "start_position": n,
                          "end_position": n + len(val)})
        n += len(val)
        pos = m.end()
    out.append(marked[pos:])
    text = "".join(out)
    for ch in "\x01\x02\x03":
        assert ch not in text, repr(marked[:200])
    for s in spans:
        assert text[s["start_position"]:s["end_position"]] == s["entity_value"]
        assert s["entity_value"] == s["entity_value"].strip(), s
        assert s["entity_value"], s
    for s in looks:
        assert text[s["start_position"]:s["end_position"]] == s["text"]
    for a, b in zip(spans, spans[1:]):
        assert a["end_position"] <= b["start_position"], (a, b)
        gap = text[a["end_position"]:b["start_position"]]
        # two names separated by blanks only would be one name as written
        assert not (a["entity_type"] == b["entity_type"] == "PERSON"
                    and gap.strip(" ") == ""), (a, b, text)
    return text, spans, looks


# ---------------------------------------------------------------- regions
REGIONS = {
    "en": ["US", "UK", "IE", "AU", "NZ", "CA", "IN", "ZA", "NG", "KE", "PH"],
    "de": ["DE", "AT", "CH"],
    "fr": ["FR", "BE", "CH", "CA", "SN"],
    "nl": ["NL", "BE"],
    "es": ["ES", "MX", "AR", "CO", "US"],
    "it": ["IT"],
    "pt": ["PT", "BR"],
}
LANG_WEIGHTS = [("en", 30), ("de", 13), ("fr", 13), ("nl", 12), ("es", 12),
                ("it", 11), ("pt", 11)]

# ---------------------------------------------------------------- real names
# (given_m, given_f, surnames) per (lang, region) or lang
REAL = {
    "en": (["James", "John", "Michael", "David", "Daniel", "Thomas", "Liam",
            "Noah", "Oliver", "Jack", "Matthew", "Andrew", "Kevin", "Robert",
            "William", "Christopher"],
           ["Mary", "Sarah", "Emma", "Olivia", "Emily", "Grace", "Chloe",
            "Jessica", "Hannah", "Rachel", "Laura", "Megan", "Charlotte",
            "Elizabeth", "Katherine", "Rebecca"],
           ["Smith", "Johnson", "Williams", "Brown", "Jones", "Miller",
            "Davis", "Wilson", "Taylor", "Clarke", "Thompson", "Robinson",
            "Wright", "Hughes", "Campbell", "Evans", "Mitchell", "Bennett"]),
    ("en", "US"): (["DeShawn", "Tyler", "Brandon", "Marcus", "Jamal"],
                   ["Keisha", "Ashley", "Brittany", "Madison", "Latoya"],
                   ["Washington", "Hernandez", "Nguyen", "Kim", "Jackson",
                    "Rodriguez", "Kowalczyk", "Fitzgerald"]),
    ("en", "UK"): (["Mohammed", "Harry", "George", "Alfie", "Callum"],
                   ["Fatima", "Amelia", "Isla", "Poppy", "Nia"],
                   ["Khan", "Ahmed", "Hussain", "Patel", "Jones", "Price",
                    "Morgan", "Hall"]),
    ("en", "IE"): (["Ciarán", "Seán", "Pádraig", "Conor", "Eoin", "Darragh"],
                   ["Aoife", "Siobhán", "Niamh", "Saoirse", "Caoimhe",
                    "Róisín"],
                   ["O'Brien", "Murphy", "Walsh", "Byrne", "O'Sullivan",
                    "McCarthy", "Ní Bhriain", "Ó Súilleabháin", "Kavanagh"]),
    ("en", "AU"): (["Lachlan", "Cooper", "Jayden", "Mitchell"],
                   ["Matilda", "Chloe", "Kylie", "Tegan"],
                   ["Nguyen", "Kelly", "Ryan", "Papadopoulos", "Russo",
                    "Tran", "O'Connor"]),
    ("en", "NZ"): (["Wiremu", "Tane", "Nikau", "Hamish"],
                   ["Aroha", "Mere", "Ngaio", "Kiri"],
                   ["Ngata", "Parata", "Tipene", "Te Whata", "Henare",
                    "Fraser"]),
    ("en", "CA"): (["Mathieu", "Connor", "Gurpreet", "Owen"],
                   ["Geneviève", "Avery", "Harpreet", "Brooke"],
                   ["Tremblay", "Gagnon", "Roy", "MacDonald", "Sandhu",
                    "Leblanc", "Chan"]),
    ("en", "IN"): (["Aarav", "Rohan", "Vikram", "Arjun", "Sanjay", "Rajesh",
                    "Venkatesh"],
                   ["Priya", "Ananya", "Lakshmi", "Deepika", "Kavya", "Meera",
                    "Sunita"],
                   ["Sharma", "Patel", "Iyer", "Nair", "Reddy", "Gupta",
                    "Banerjee", "Krishnamurthy", "Singh", "Chatterjee"]),
    ("en", "ZA"): (["Sipho", "Thabo", "Pieter", "Johan", "Themba", "Bongani"],
                   ["Thandiwe", "Naledi", "Lerato", "Annelie", "Zanele",
                    "Nomvula"],
                   ["Nkosi", "Dlamini", "van der Merwe", "Botha", "Mokoena",
                    "Naidoo", "Pillay", "du Plessis", "Khumalo"]),
    ("en", "NG"): (["Chinedu", "Oluwaseun", "Emeka", "Ibrahim", "Tunde",
                    "Babatunde"],
                   ["Ngozi", "Funmilayo", "Chiamaka", "Aisha", "Yetunde",
                    "Adaeze"],
                   ["Okafor", "Adeyemi", "Okonkwo", "Bello", "Eze", "Balogun",
                    "Nwosu", "Abubakar"]),
    ("en", "KE"): (["Kamau", "Otieno", "Mwangi", "Baraka", "Kiprono"],
                   ["Wanjiru", "Akinyi", "Njeri", "Achieng", "Chebet"],
                   ["Ochieng", "Kariuki", "Mutua", "Wanjiku", "Njoroge",
                    "Odhiambo", "Kiprop"]),
    ("en", "PH"): (["Jose Miguel", "Mark Anthony", "Rommel", "Paolo", "Jun"],
                   ["Maria Clara", "Jocelyn", "Mylene", "Rowena", "Kristine"],
                   ["dela Cruz", "Santos", "Reyes", "Bautista", "Mendoza",
                    "Villanueva", "Macaraeg"]),
    "de": (["Lukas", "Jonas", "Felix", "Maximilian", "Stefan", "Jürgen",
            "Thomas", "Matthias", "Uwe", "Klaus", "Hans-Peter", "Tobias"],
           ["Anna", "Lena", "Sophie", "Katharina", "Sabine", "Ursula", "Jana",
            "Anna-Lena", "Marie", "Birgit", "Heike", "Jennifer"],
           ["Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer",
            "Wagner", "Becker", "Hoffmann", "Schäfer", "Koch", "Bauer",
            "von Arnim", "Yılmaz", "Nowak", "Schulze-Hagen"]),
    ("de", "AT"): (["Florian", "Lukas", "Dominik", "Johann"],
                   ["Magdalena", "Theresa", "Christa", "Valentina"],
                   ["Gruber", "Huber", "Pichler", "Moser", "Steiner",
                    "Hofbauer", "Wimmer"]),
    ("de", "CH"): (["Reto", "Urs", "Beat", "Luca", "Jonas"],
                   ["Seraina", "Nadja", "Corinne", "Ladina", "Mia"],
                   ["Meier", "Keller", "Brunner", "Baumann", "Frei", "Gerber",
                    "Caflisch"]),
    "fr": (["Jean", "Pierre", "Louis", "Lucas", "Hugo", "Nicolas", "Jean-Luc",
            "Mathieu", "Théo", "François", "Karim"],
           ["Marie", "Camille", "Léa", "Chloé", "Manon", "Anne-Sophie",
            "Élodie", "Inès", "Nathalie", "Sylvie", "Yasmine"],
           ["Martin", "Bernard", "Dubois", "Robert", "Richard", "Petit",
            "Durand", "Leroy", "Moreau", "Lefèvre", "Benali", "Haddad",
            "de Villiers", "Le Goff"]),
    ("fr", "BE"): (["Maxime", "Arnaud", "Cédric"], ["Aurélie", "Noémie",
                                                     "Laetitia"],
                   ["Lambert", "Dupont", "Dumont", "Lejeune", "Renard",
                    "Van Damme"]),
    ("fr", "CH"): (["Yves", "Loïc", "Cyril"], ["Mélanie", "Joëlle", "Sandrine"],
                   ["Rochat", "Favre", "Perret", "Chappuis", "Mottier"]),
    ("fr", "CA"): (["Jean-François", "Gabriel", "Étienne"],
                   ["Marie-Ève", "Josée", "Catherine"],
                   ["Tremblay", "Gagnon", "Côté", "Bouchard", "Gauthier",
                    "Lévesque"]),
    ("fr", "SN"): (["Mamadou", "Cheikh", "Ousmane", "Abdoulaye", "Moustapha"],
                   ["Fatou", "Aminata", "Awa", "Mariama", "Khady"],
                   ["Diop", "Ndiaye", "Fall", "Sow", "Diallo", "Faye", "Sarr",
                    "Gueye", "Mbaye"]),
    "nl": (["Jan", "Pieter", "Daan", "Sem", "Bram", "Joost", "Wouter", "Thijs",
            "Mohamed", "Ruud"],
           ["Sanne", "Anouk", "Fleur", "Eva", "Lotte", "Femke", "Marieke",
            "Ilse", "Fatima", "Esther"],
           ["de Jong", "Jansen", "de Vries", "van den Berg", "van Dijk",
            "Bakker", "Visser", "Smit", "Meijer", "de Boer", "Mulder",
            "van der Linden", "El Amrani", "Öztürk"]),
    ("nl", "BE"): (["Wim", "Jens", "Stijn", "Koen"],
                   ["Griet", "Lien", "Els", "Marijke"],
                   ["Peeters", "Janssens", "Maes", "Jacobs", "Willems",
                    "Claes", "Goossens", "Wouters", "Van den Broeck"]),
    "es": (["José", "Antonio", "Manuel", "Javier", "Carlos", "Alejandro",
            "Pablo", "Juan Carlos", "Diego", "Miguel Ángel"],
           ["María", "Carmen", "Lucía", "Ana Isabel", "Laura", "Sofía",
            "Valentina", "Pilar", "Marta", "María José"],
           ["García", "Fernández", "González", "Rodríguez", "López",
            "Martínez", "Sánchez", "Pérez", "Gómez", "Hernández", "Ramírez",
            "de la Torre", "del Río", "Ruiz"]),
    ("es", "MX"): (["Guadalupe", "Jesús", "Emiliano"],
                   ["Ximena", "Guadalupe", "Itzel"],
                   ["Hernández", "Ramírez", "Cruz", "Flores", "Castañeda"]),
    ("es", "AR"): (["Facundo", "Agustín", "Lautaro"],
                   ["Florencia", "Micaela", "Agustina"],
                   ["Romero", "Sosa", "Benítez", "Acosta", "Gianetti"]),
    ("es", "CO"): (["Andrés Felipe", "Juan Sebastián", "Jhon"],
                   ["Luisa Fernanda", "Daniela", "Yuliana"],
                   ["Restrepo", "Ospina", "Cárdenas", "Zuluaga", "Mejía"]),
    ("es", "US"): (["Luis", "Jorge", "Eduardo"], ["Yesenia", "Marisol",
                                                  "Araceli"],
                   ["Morales", "Ortiz", "Gutiérrez", "Vásquez"]),
    "it": (["Marco", "Giuseppe", "Luca", "Alessandro", "Francesco", "Matteo",
            "Lorenzo", "Giovanni", "Salvatore", "Gianluca"],
           ["Giulia", "Francesca", "Chiara", "Martina", "Sara", "Alessia",
            "Maria Grazia", "Federica", "Rosaria", "Elisa"],
           ["Rossi", "Russo", "Ferrari", "Esposito", "Bianchi", "Romano",
            "Colombo", "Ricci", "Marino", "Greco", "De Luca", "Lo Russo",
            "D'Angelo", "Di Stefano"]),
    "pt": (["João", "Pedro", "Tiago", "Rui", "Miguel", "Gonçalo", "Nuno"],
           ["Ana", "Inês", "Beatriz", "Mariana", "Leonor", "Joana", "Rita"],
           ["Silva", "Santos", "Ferreira", "Pereira", "Oliveira", "Costa",
            "Rodrigues", "Martins", "Sousa", "Fonseca", "dos Santos",
            "da Costa"]),
    ("pt", "BR"): (["Lucas", "Gabriel", "Rafael", "João Pedro", "Thiago",
                    "Wellington"],
                   ["Ana Clara", "Larissa", "Fernanda", "Juliana", "Camila",
                    "Thaís"],
                   ["Souza", "Lima", "Carvalho", "Almeida", "Ribeiro",
                    "Nascimento", "Araújo", "Gonçalves"]),
    "pl": (["Piotr", "Krzysztof", "Tomasz", "Paweł", "Grzegorz"],
           ["Agnieszka", "Małgorzata", "Katarzyna", "Zofia", "Ewa"],
           ["Kowalski", "Wiśniewska", "Wójcik", "Kamiński", "Lewandowska",
            "Zieliński", "Szymańska"]),
    "sv": (["Erik", "Lars", "Anders", "Johan", "Björn"],
           ["Ingrid", "Astrid", "Sofia", "Elin", "Maja"],
           ["Andersson", "Johansson", "Lindqvist", "Bergström", "Nyström",
            "Åkesson"]),
    "tr": (["Mehmet", "Mustafa", "Emre", "Burak", "Can"],
           ["Ayşe", "Elif", "Zeynep", "Fatma", "Merve"],
           ["Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Öztürk", "Aydın"]),
    "global": (["Omar", "Youssef", "Wei", "Hiroshi", "Min-jun", "Dmitri",
                "Ivan", "Farhan", "Kwame", "Håkon", "Tariq", "Arash",
                "Kenji", "Duc Anh", "Mandla"],
               ["Layla", "Noor", "Mei", "Yuki", "Ji-woo", "Olena", "Ayesha",
                "Abena", "Amara", "Sigrid", "Leila", "Shirin", "Thi Lan",
                "Aigerim", "Nadia"],
               ["Haddad", "Al-Masri", "El-Sayed", "Zhang", "Li", "Tanaka",
                "Sato", "Park", "Nguyen", "Tran", "Petrov", "Kovalenko",
                "Rahman", "Chowdhury", "Mensah", "Boateng", "Traoré",
                "Haugen", "Virtanen", "Hosseini", "Abdullayev"]),
}

# ---------------------------------------------------------------- invented
SYL = {
    "en": (["Bren", "Cal", "Dar", "Jor", "Kes", "Tam", "Wyn", "Fen", "Hal",
            "Os", "Pell", "Rud"],
           ["dell", "ric", "wen", "lyn", "ara", "isse", "ett", "an", "ow"],
           ["Hol", "Brack", "Dun", "Pem", "Thrall", "Wick", "Stam", "Cor",
            "Gresh", "Lud", "Marl", "Quen"],
           ["bury", "worth", "ley", "ford", "ington", "sby", "well", "more",
            "cott", "hurst"]),
    "de": (["Al", "Ber", "Ger", "Hil", "Lud", "Wal", "Ot", "Rein", "Sieg",
            "Hed", "Ir", "Ed"],
           ["trud", "wig", "mar", "bert", "hild", "ke", "lind", "fried",
            "rike", "wina"],
           ["Bren", "Gros", "Hal", "Kettel", "Lauter", "Mal", "Rein", "Stoll",
            "Wein", "Zier", "Grab", "Pfeff"],
           ["bacher", "hofer", "inger", "mann", "eder", "huber", "kamp",
            "wald", "rath", "ecker"]),
    "fr": (["Cl", "Gis", "Mar", "Aud", "Lor", "Ber", "Fl", "Ed", "Ros",
            "Jos", "Sol"],
           ["elin", "ane", "ette", "ic", "ance", "ienne", "aud", "ine", "ève",
            "ard"],
           ["Ber", "Chaz", "Dem", "Four", "Gal", "Lav", "Mor", "Pel", "Rouss",
            "Tib", "Vaud"],
           ["aud", "eau", "ier", "elle", "ignac", "ançon", "enot", "ois",
            "ille"]),
    "nl": (["Bo", "Ger", "Hen", "Jo", "Lie", "Mar", "Rie", "Wil", "Ti", "Doe"],
           ["ske", "rit", "mke", "tje", "bert", "nand", "en", "dine", "wke"],
           ["Bol", "Dries", "Gel", "Hoog", "Kamp", "Lee", "Wes", "Zwan",
            "Ter", "Vliet"],
           ["ink", "stra", "kamp", "huis", "veld", "broek", "ma", "enga",
            "hout"]),
    "es": (["Al", "Ber", "Cas", "Eu", "Flo", "Gil", "Mar", "Ros", "Yol",
            "Ne", "Ti"],
           ["inda", "ando", "isa", "ardo", "encia", "iro", "elia", "ulio",
            "ona"],
           ["Al", "Bar", "Cal", "Esp", "Ga", "Lor", "Mon", "Ol", "Sar", "Ur",
            "Tej", "Ve"],
           ["ández", "uela", "ero", "arra", "izo", "ueta", "ides", "ano",
            "edo"]),
    "it": (["Al", "Ber", "Gal", "Ghe", "Ild", "Lor", "Ot", "Ros", "Vit",
            "Nev", "Sab"],
           ["ina", "erio", "ilde", "iano", "etta", "ando", "ella", "ino",
            "ora"],
           ["Bar", "Cap", "Fal", "Gre", "Lan", "Mor", "Pas", "Ser", "Tar",
            "Ven", "Brug", "Cil"],
           ["elli", "ini", "otti", "ucci", "ieri", "one", "azzo", "etti",
            "iglia"]),
    "pt": (["Al", "Ben", "Cel", "Dul", "Gra", "Ir", "Leo", "Mar", "Sal",
            "Jus", "Ro"],
           ["ina", "ício", "ene", "ano", "ita", "ério", "ilde", "ésia",
            "valdo"],
           ["Ba", "Cas", "Fal", "Gou", "Lou", "Mor", "Pin", "Quei", "Tav",
            "Val", "Bra"],
           ["eira", "ão", "ares", "ouro", "elas", "inho", "edo", "ôa",
            "ega"]),
    "pl": (["Bo", "Gra", "Mie", "Ra", "Sta", "Wie", "Zby", "Le"],
           ["sława", "mir", "dosz", "nisław", "gniew", "rena", "cha"],
           ["Bał", "Chmie", "Dro", "Gor", "Kra", "Pie", "Sło", "Wy"],
           ["szewski", "lewicz", "niak", "czyk", "dowska", "rzak"]),
    "sv": (["Al", "Bo", "Gun", "Hjal", "Ing", "Sig", "Tor", "Ul"],
           ["vor", "dis", "mar", "rid", "björg", "ve", "ffa"],
           ["Ask", "Bjäl", "Ek", "Gran", "Hag", "Tall", "Sjö", "Mör"],
           ["qvist", "gren", "blad", "mark", "dahl", "ström", "vall"]),
    "tr": (["Ak", "Bal", "Cem", "Dil", "Gö", "Ilk", "Nur", "Sev", "Tol"],
           ["sel", "han", "nur", "ay", "can", "gül", "şen"],
           ["Ak", "Bal", "Çak", "Eren", "Gün", "Kar", "Öz", "Yıl"],
           ["oğlu", "soy", "demir", "kaya", "türk", "taş", "er"]),
}
PARTICLES = {"nl": ["van ", "de ", "van der ", "ter ", "van den "],
             "de": ["von ", "zu "], "fr": ["de ", "Le ", "du "],
             "es": ["de ", "del "], "it": ["Di ", "De ", "Lo "],
             "pt": ["da ", "dos ", "de "], "en": ["O'", "Mac"]}
NICK = {"Robert": "Bob", "William": "Bill", "Elizabeth": "Liz",
        "Katherine": "Kate", "Christopher": "Chris", "Matthew": "Matt",
        "Andrew": "Andy", "Michael": "Mike", "Rebecca": "Becky",
        "Daniel": "Dan", "Thomas": "Tom", "Maximilian": "Max",
        "Katharina": "Kathi", "Alejandro": "Alex", "Francisco": "Paco",
        "José": "Pepe", "Giuseppe": "Beppe", "Francesco": "Checco",
        "Alessandro": "Sandro", "Guadalupe": "Lupita", "Babatunde": "Tunde",
        "Oluwaseun": "Seun", "Jennifer": "Jenny", "Nicolas": "Nico",
        "Gonçalo": "Gonça", "Antonio": "Toni", "Magdalena": "Leni"}

TITLES = {
    "en": (["Mr", "Mr.", "Dr", "Dr.", "Prof.", "Rev."],
           ["Mrs", "Ms", "Ms.", "Miss", "Dr", "Dr."]),
    "de": (["Herr", "Herrn", "Dr.", "Prof. Dr."], ["Frau", "Dr.", "Prof."]),
    "fr": (["M.", "Monsieur", "Me", "Dr"], ["Mme", "Madame", "Me", "Dre"]),
    "nl": (["dhr.", "de heer", "mr.", "dr."], ["mevr.", "mevrouw", "dr."]),
    "es": (["Sr.", "D.", "don", "Dr."], ["Sra.", "Dña.", "doña", "Dra."]),
    "it": (["Sig.", "Dott.", "Avv.", "Ing."], ["Sig.ra", "Dott.ssa",
                                               "Avv.", "Prof.ssa"]),
    "pt": (["Sr.", "Dr.", "Eng."], ["Sra.", "Dra.", "D."]),
}

# ---------------------------------------------------------------- months
MONTHS = {
    "en": ("January February March April May June July August September "
           "October November December").split(),
    "de": ("Januar Februar März April Mai Juni Juli August September "
           "Oktober November Dezember").split(),
    "fr": ("janvier février mars avril mai juin juillet août septembre "
           "octobre novembre décembre").split(),
    "nl": ("januari februari maart april mei juni juli augustus september "
           "oktober november december").split(),
    "es": ("enero febrero marzo abril mayo junio julio agosto septiembre "
           "octubre noviembre diciembre").split(),
    "it": ("gennaio febbraio marzo aprile maggio giugno luglio agosto "
           "settembre ottobre novembre dicembre").split(),
    "pt": ("janeiro fevereiro março abril maio junho julho agosto setembro "
           "outubro novembro dezembro").split(),
}
MONTHS_ABBR = {
    "en": "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split(),
    "de": "Jan. Feb. Mär. Apr. Mai Jun. Jul. Aug. Sep. Okt. Nov. Dez.".split(),
    "fr": ("janv. févr. mars avr. mai juin juil. août sept. oct. nov. "
           "déc.").split(),
    "nl": "jan feb mrt apr mei jun jul aug sep okt nov dec".split(),
    "es": "ene feb mar abr may jun jul ago sep oct nov dic".split(),
    "it": "gen feb mar apr mag giu lug ago set ott nov dic".split(),
    "pt": "jan fev mar abr mai jun jul ago set out nov dez".split(),
}
WDAYS = {
    "en": "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split(),
    "de": "Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag".split(),
    "fr": "lundi mardi mercredi jeudi vendredi samedi dimanche".split(),
    "nl": "maandag dinsdag woensdag donderdag vrijdag zaterdag zondag".split(),
    "es": "lunes martes miércoles jueves viernes sábado domingo".split(),
    "it": ("lunedì martedì mercoledì giovedì venerdì sabato "
           "domenica").split(),
    "pt": ("segunda-feira terça-feira quarta-feira quinta-feira sexta-feira "
           "sábado domingo").split(),
}
EN_ORD = ("first second third fourth fifth sixth seventh eighth ninth tenth "
          "eleventh twelfth thirteenth fourteenth fifteenth sixteenth "
          "seventeenth eighteenth nineteenth twentieth twenty-first "
          "twenty-second twenty-third twenty-fourth twenty-fifth "
          "twenty-sixth twenty-seventh twenty-eighth").split()


def en_suffix(d):
    if 11 <= d <= 13:
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")


def join_syl(a, b):
    """join two syllables, avoiding a tripled letter (Pell + lyn)"""
    if len(a) >= 2 and a[-1] == a[-2] == b[0]:
        return a + b[1:]
    if a and a[-1] == b[0] and len(b) > 1 and b[1] == b[0]:
        return a + b[1:]
    return a + b


def fold(s):
    s = s.replace("ß", "ss").replace("ı", "i").replace("ł", "l")
    s = s.replace("Ł", "L").replace("ø", "o").replace("æ", "ae")
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if c.isascii() and (c.isalnum()))


class Ctx:
    def __init__(self, rng, lang, region):
        self.r = rng
        self.lang = lang
        self.region = region
        self.used = set()

    # ------------------------------------------------ persons
    def _origin(self):
        r = self.r.random()
        if self.lang == "en" and r < 0.18:
            return self.r.choice(["pl", "pl", "sv", "tr", "global", "global"])
        if r < 0.08:
            return "global"
        if r < 0.11 and self.lang in ("de", "nl"):
            return "tr"
        return self.lang

    def _real(self, origin, gender):
        pools = []
        if origin == self.lang and (self.lang, self.region) in REAL:
            pools.append(REAL[(self.lang, self.region)])
        pools.append(REAL[origin])
        gi = 0 if gender == "m" else 1
        if len(pools) > 1 and self.r.random() < 0.55:
            src = pools[0]
        else:
            src = pools[-1]
        given = self.r.choice(src[gi])
        sur_src = pools[0] if len(pools) > 1 and self.r.random() < 0.5 \
            else pools[-1]
        sur = self.r.choice(sur_src[2])
        return given, sur

    def _invented(self, origin, gender):
        key = origin if origin in SYL else self.lang
        g1, g2, s1, s2 = SYL[key]
        given = join_syl(self.r.choice(g1), self.r.choice(g2))
        if key in ("pl",) and gender == "f" and not given.endswith("a"):
            given += "a"
        if key in ("es", "it", "pt") and gender == "f" and given[-1] == "o":
            given = given[:-1] + "a"
        sur = join_syl(self.r.choice(s1), self.r.choice(s2))
        if key == "pl" and gender == "f" and sur.endswith("ski"):
            sur = sur[:-1] + "a"
        pr = self.r.random()
        if key in PARTICLES and pr < (0.45 if key == "nl" else 0.12):
            part = self.r.choice(PARTICLES[key])
            if part.endswith(("'", "c")):
                sur = part + sur
            else:
                sur = part + sur
        if pr > 0.9 and key in ("es",):
            sur = sur + " " + self.r.choice(s1) + self.r.choice(s2)
        if pr > 0.93 and key in ("de", "en", "fr"):
            sur = sur + "-" + self.r.choice(s1) + self.r.choice(s2)
        if pr > 0.88 and key in ("fr",) and "-" not in given:
            given = given + "-" + self.r.choice(g1) + self.r.choice(g2)
        return given, sur

    def person(self, gender=None, origin=None):
        for _ in range(50):
            g = gender or self.r.choice("mf")
            o = origin or self._origin()
            inv = self.r.random() < 0.5
            if inv:
                given, sur = self._invented(o, g)
            else:
                given, sur = self._real(o, g)
            if (given, sur) in self.used or given == sur:
                continue
            self.used.add((given, sur))
            return {"given": given, "sur": sur, "g": g, "origin": o,
                    "inv": inv}
        raise RuntimeError("no person")

    def title(self, p):
        m, f = TITLES.get(self.lang, TITLES["en"])
        return self.r.choice(m if p["g"] == "m" else f)

    def nick(self, p):
        gv = p["given"].split()[0].split("-")[0]
        if gv in NICK:
            return NICK[gv]
        if len(gv) > 5:
            return gv[:3] if gv[2] not in "aeiou" else gv[:4]
        return gv

    def name(self, p, style=None):
        g, s = p["given"], p["sur"]
        if style is None:
            style = self.r.choices(
                ["full", "full", "full", "full", "sur_comma", "initial",
                 "mid", "caps", "lower", "sur_caps", "initial_nodot"],
                [30, 10, 10, 10, 8, 7, 5, 5, 4, 6, 3])[0]
        if style == "full":
            return f"{g} {s}"
        if style == "sur_comma":
            return f"{s}, {g}"
        if style == "initial":
            return f"{g[0]}. {s}"
        if style == "initial_nodot":
            return f"{g[0]} {s}"
        if style == "mid":
            return f"{g} {self.r.choice('ABCDEFGHJKLMNPRSTW')}. {s}"
        if style == "caps":
            return f"{g} {s}".upper()
        if style == "lower":
            return f"{g} {s}".lower()
        if style == "sur_caps":
            return f"{s.upper()} {g}"
        if style == "given":
            return g
        if style == "sur_caps_comma":
            return f"{s.upper()}, {g}"
        if style == "pnr":
            return f"{fold(s).upper()}/{fold(g).upper()}"

        if style == "sur":
            return s
        if style == "nick":
            return self.nick(p)
        if style == "nick_full":
            return f"{self.nick(p)} {s}"
        raise ValueError(style)

    # ------------------------------------------------ emails
    def email(self, p=None, domain=None):
        doms = {"en": ["gmail.com", "outlook.com", "yahoo.co.uk", "icloud.com",
                       "hotmail.com", "proton.me"],
                "de": ["web.de", "gmx.de", "t-online.de", "gmx.at",
                       "bluewin.ch"],
                "fr": ["orange.fr", "free.fr", "laposte.net", "skynet.be",
                       "videotron.ca"],
                "nl": ["ziggo.nl", "kpnmail.nl", "telenet.be", "hotmail.nl"],
                "es": ["gmail.com", "telefonica.net", "hotmail.es",
                       "yahoo.com.mx", "fibertel.com.ar"],
                "it": ["libero.it", "virgilio.it", "tiscali.it", "alice.it"],
                "pt": ["sapo.pt", "gmail.com", "uol.com.br",
                       "bol.com.br"]}
        domain = domain or self.r.choice(doms[self.lang])
        if p is None:
            local = self.r.choice(["info", "contact", "kontakt", "office",
                                   "hello", "admin", "support", "noreply"])
            return f"{local}@{domain}"
        g = fold(p["given"].split()[0]).lower() or "x"
        s = fold(p["sur"].replace(" ", "")).lower() or "y"
        pat = self.r.choice(["{g}.{s}", "{g}{s}", "{i}{s}", "{g}_{s}{y}",
                             "{s}.{g}", "{g}.{s}{y}", "{i}.{s}"])
        local = pat.format(g=g, s=s, i=g[0], y=self.r.randint(70, 99))
        return f"{local}@{domain}"

    # ------------------------------------------------ dates
    def rand_date(self, y0, y1):
        y = self.r.randint(y0, y1)
        m = self.r.randint(1, 12)
        d = self.r.randint(1, 28)
        if self.r.random() < 0.1:
            d = 1
        return y, m, d

    def fmt_date(self, ymd, style=None, lang=None):
        y, m, d = ymd
        lang = lang or self.lang
        mon = MONTHS[lang][m - 1]
        if lang == "de" and self.region == "AT" and m == 1:
            mon = "Jänner"
        ab = MONTHS_ABBR[lang][m - 1]
        yy = f"{y % 100:02d}"
        us = self.region == "US" and lang == "en"
        styles = {
            "en": ["num", "num", "num2", "long", "long", "mdy", "ord", "ordof",
                   "word", "dmon", "iso", "monabbr", "dots", "mdy_ord",
                   "wday", "dash2"],
            "de": ["dots", "dots", "dots2", "short", "long", "long", "abbr",
                   "iso", "dots_nopad", "wday"],
            "fr": ["num", "num", "long", "long", "dash", "abbr", "iso",
                   "num2", "wday"],
            "nl": ["dash", "dash", "long", "long", "abbr", "num", "dash2",
                   "iso", "wday"],
            "es": ["num", "num", "long", "long", "abbr", "num2", "iso",
                   "dash", "del", "wday"],
            "it": ["num", "num", "long", "long", "dots", "num2", "abbr",
                   "iso", "dash", "wday"],
            "pt": ["num", "num", "long", "long", "dash", "num2", "abbr",
                   "iso", "nopad", "wday"],
        }[lang]
        st = style or self.r.choice(styles)
        if st == "iso":
            return f"{y:04d}-{m:02d}-{d:02d}"
        if st == "wday":
            wd = WDAYS[lang][datetime.date(y, m, d).weekday()]
            if lang == "en":
                return f"{wd}, {mon} {d}, {y}" if us else f"{wd} {d} {mon} {y}"
            if lang == "de":
                return f"{wd}, {d}. {mon} {y}"
            if lang in ("es", "pt"):
                return f"{wd}, {d} de {mon} de {y}"
            return f"{wd} {d} {mon} {y}"
        if st == "del":
            return f"{d} de {mon} del {y}"
        if st == "nopad":
            return f"{d}/{m}/{y}"
        if lang == "en":
            if st == "num":
                return f"{m:02d}/{d:02d}/{y}" if us else f"{d:02d}/{m:02d}/{y}"
            if st == "num2":
                return f"{m}/{d}/{yy}" if us else f"{d}/{m}/{yy}"
            if st == "long":
                return f"{d} {mon} {y}"
            if st == "mdy":
                return f"{mon} {d}, {y}"
            if st == "ord":
                return f"{d}{en_suffix(d)} {mon} {y}"
            if st == "ordof":
                return f"{d}{en_suffix(d)} of {mon}, {y}"
            if st == "word":
                return f"the {EN_ORD[d - 1]} of {mon} {y}"
            if st == "dmon":
                return f"{d:02d}-{ab}-{y}"
            if st == "monabbr":
                return f"{ab} {d}, {y}" if us else f"{d} {ab} {y}"
            if st == "dots":
                return f"{d:02d}.{m:02d}.{y}"
            if st == "mdy_ord":
                return f"{mon} {d}{en_suffix(d)}, {y}"
            if st == "dash2":
                return f"{m:02d}-{d:02d}-{yy}" if us else f"{d:02d}-{m:02d}-{yy}"
        if lang == "de":
            if st == "dots":
                return f"{d:02d}.{m:02d}.{y}"
            if st == "dots2":
                return f"{d:02d}.{m:02d}.{yy}"
            if st == "dots_nopad":
                return f"{d}.{m}.{y}"
            if st == "short":
                return f"{d}.{m}.{yy}"
            if st == "long":
                return f"{d}. {mon} {y}"
            if st == "abbr":
                return f"{d}. {ab} {y}"
        if lang == "fr":
            dd = "1er" if d == 1 else str(d)
            if st == "num":
                sep = "." if self.region == "CH" else "/"
                return f"{d:02d}{sep}{m:02d}{sep}{y}"
            if st == "num2":
                return f"{d:02d}/{m:02d}/{yy}"
            if st == "long":
                return f"{dd} {mon} {y}"
            if st == "dash":
                return f"{d:02d}-{m:02d}-{y}"
            if st == "abbr":
                return f"{dd} {ab} {y}"
        if lang == "nl":
            if st == "dash":
                return f"{d:02d}-{m:02d}-{y}"
            if st == "dash2":
                return f"{d}-{m}-'{yy}"
            if st == "num":
                return f"{d:02d}/{m:02d}/{y}"
            if st == "long":
                return f"{d} {mon} {y}"
            if st == "abbr":
                return f"{d} {ab}{'' if ab == mon else '.'} {y}"
        if lang == "es":
            if st == "num":
                return f"{d:02d}/{m:02d}/{y}"
            if st == "num2":
                return f"{d}/{m}/{yy}"
            if st == "long":
                dd = "primero" if d == 1 and self.r.random() < 0.5 else str(d)
                return f"{dd} de {mon} de {y}"
            if st == "abbr":
                return f"{d:02d}-{ab}-{y}"
            if st == "dash":
                return f"{d:02d}-{m:02d}-{y}"
        if lang == "it":
            dd = "1°" if d == 1 else str(d)
            if st == "num":
                return f"{d:02d}/{m:02d}/{y}"
            if st == "num2":
                return f"{d:02d}/{m:02d}/{yy}"
            if st == "long":
                return f"{dd} {mon} {y}"
            if st == "dots":
                return f"{d:02d}.{m:02d}.{y}"
            if st == "dash":
                return f"{d:02d}-{m:02d}-{y}"
            if st == "abbr":
                return f"{dd} {ab} {y}"
        if lang == "pt":
            dd = "1º" if d == 1 else str(d)
            if st == "num":
                return f"{d:02d}/{m:02d}/{y}"
            if st == "num2":
                return f"{d:02d}/{m:02d}/{yy}"
            if st == "long":
                return f"{dd} de {mon} de {y}"
            if st == "dash":
                return f"{d:02d}-{m:02d}-{y}"
            if st == "abbr":
                return f"{d:02d}/{ab}/{y}"
        return f"{y:04d}-{m:02d}-{d:02d}"

    def dob(self, style=None, y0=1936, y1=2008):
        return self.fmt_date(self.rand_date(y0, y1), style)

    def date(self, style=None, y0=2024, y1=2027):
        return self.fmt_date(self.rand_date(y0, y1), style)

    def pick(self, seq):
        return self.r.choice(seq)

    def n(self, a, b):
        return self.r.randint(a, b)


# ---------------------------------------------------------------- addresses
def _addr_en(c, reg, multi):
    r, n = c.r, c.n
    if reg == "US":
        st = c.pick(["Maple Ridge Dr", "Oak Street", "Linden Ave",
                     "W 34th St", "Cedar Hollow Rd", "Pinecrest Ln",
                     "N Halsted St", "Brookfield Ct", "Old Mill Road",
                     "E Colfax Ave"])
        city, s, z = c.pick([("Columbus", "OH", "43215"),
                             ("Boise", "ID", "83702"),
                             ("Tucson", "AZ", "85719"),
                             ("Albany", "NY", "12203"),
                             ("Raleigh", "NC", "27601"),
                             ("Chicago", "IL", "60614"),
                             ("San Antonio", "TX", "78205"),
                             ("Denver", "CO", "80206")])
        k = r.random()
        if k < 0.15:
            l1, l2 = f"PO Box {n(10, 9999)}", None
        elif k < 0.55:
            l1 = f"{n(2, 9899)} {st}"
            l2 = f"Apt {n(1, 30)}{c.pick('ABCD')}" if r.random() < 0.5 else \
                f"Suite {n(100, 950)}"
        else:
            l1, l2 = f"{n(2, 9899)} {st}", None
        l3 = f"{city}, {s} {z}"
        parts = [l1] + ([l2] if l2 else []) + [l3]
        if r.random() < 0.25:
            parts.append("USA")
        return ("\n" if multi else ", ").join(parts)
    if reg == "UK":
        st = c.pick(["Kingsley Road", "Church Lane", "Victoria Terrace",
                     "Albion Street", "Mill Close", "Ashgrove Avenue",
                     "Hawthorn Crescent", "Station Road"])
        city, pc = c.pick([("Leeds", "LS6 2AB"), ("Bristol", "BS7 8QT"),
                           ("Manchester", "M14 5RG"), ("Norwich", "NR2 3HF"),
                           ("Cardiff", "CF24 4PL"), ("Glasgow", "G12 8QQ"),
                           ("Brighton", "BN2 1TW")])
        parts = []
        if r.random() < 0.4:
            parts.append(f"Flat {n(1, 12)}, {c.pick(['Rosehill Court', 'Ferndale House', 'The Old Dairy', 'Bellamy Lodge'])}")
        parts.append(f"{n(1, 180)} {st}")
        if r.random() < 0.4:
            parts.append(c.pick(["Headingley", "Bishopston", "Fallowfield",
                                 "Roath", "Hillhead"]))
        if multi:
            parts += [city, pc]
        else:
            parts.append(f"{city} {pc}")
        if r.random() < 0.2:
            parts.append("United Kingdom")
        return ("\n" if multi else ", ").join(parts)
    if reg == "IE":
        if r.random() < 0.3:
            parts = [c.pick(["Rose Cottage", "Ardmore House", "The Glebe"]),
                     c.pick(["Kilmore", "Ballinteer", "Clonakilty"]),
                     c.pick(["Co. Wexford", "Co. Cork", "Co. Kerry"]),
                     c.pick(["Y35 K2P8", "P85 XR60", "V92 HT3C"])]
        else:
            parts = ([f"Apt {n(1, 40)}, The Maltings"] if r.random() < 0.4
                     else []) + [
                f"{n(1, 120)} {c.pick(['Griffith Avenue', 'Leinster Road', 'Mount Pleasant Square', 'Upper Drumcondra Road'])}",
                c.pick(["Drumcondra", "Rathmines", "Ranelagh"]),
                c.pick(["Dublin 9", "Dublin 6", "Dublin 8"]),
                c.pick(["D09 X2T4", "D06 YF82", "D08 NH93"])]
        return ("\n" if multi else ", ").join(parts)
    if reg == "AU":
        sub, stt, pc = c.pick([("Brunswick", "VIC", "3056"),
                               ("Paddington", "NSW", "2021"),
                               ("Fremantle", "WA", "6160"),
                               ("Woolloongabba", "QLD", "4102"),
                               ("Glenelg", "SA", "5045")])
        st = c.pick(["Banksia Street", "Wattle Grove", "Parade Road",
                     "Lygon St", "Coolabah Cres"])
        if r.random() < 0.15:
            l1 = f"PO Box {n(10, 999)}"
        elif r.random() < 0.5:
            l1 = f"Unit {n(1, 20)}/{n(2, 140)} {st}"
        else:
            l1 = f"{n(2, 140)} {st}"
        return f"{l1}\n{sub} {stt} {pc}" if multi else f"{l1}, {sub} {stt} {pc}"
    if reg == "NZ":
        st = c.pick(["Kowhai Road", "Cuba Street", "Ponsonby Road",
                     "Riccarton Avenue", "Totara Street"])
        sub, city, pc = c.pick([("Mount Eden", "Auckland", "1024"),
                                ("Te Aro", "Wellington", "6011"),
                                ("Riccarton", "Christchurch", "8011")])
        l1 = (f"Flat {n(1, 9)}, {n(2, 300)} {st}" if r.random() < 0.3
              else f"{n(2, 300)}{c.pick(['', '', 'A', 'B'])} {st}")
        parts = [l1, sub, f"{city} {pc}"]
        return ("\n" if multi else ", ").join(parts)
    if reg == "CA":
        st = c.pick(["Elm Street", "Bloor St W", "Jasper Avenue",
                     "Robson St", "Spring Garden Road"])
        city, pv, pc = c.pick([("Toronto", "ON", "M5G 1H1"),
                               ("Edmonton", "AB", "T5J 0N3"),
                               ("Vancouver", "BC", "V6E 1B5"),
                               ("Halifax", "NS", "B3J 2S7")])
        if r.random() < 0.15:
            l1 = f"PO Box {n(10, 999)}, Stn Main"
        elif r.random() < 0.5:
            l1 = f"{n(101, 2904)}-{n(10, 999)} {st}"
        else:
            l1 = f"{n(10, 999)} {st}, Unit {n(1, 40)}"
        return f"{l1}\n{city} {pv}  {pc}" if multi else f"{l1}, {city}, {pv} {pc}"
    if reg == "IN":
        if r.random() < 0.5:
            parts = [f"Flat {n(101, 1204)}, {c.pick(['Shanti Apartments', 'Prestige Lakeside', 'Sai Krupa Residency'])}",
                     f"{n(1, 18)}th Cross", c.pick(["Indiranagar", "Jayanagar 4th Block", "HSR Layout"]),
                     f"Bengaluru {c.pick(['560038', '560011', '560102'])}", "Karnataka"]
        else:
            parts = [f"H.No. {n(1, 20)}-{n(1, 9)}-{n(10, 99)}", f"Road No. {n(1, 14)}",
                     c.pick(["Banjara Hills", "Jubilee Hills"]),
                     f"Hyderabad - {c.pick(['500034', '500033'])}"]
        if r.random() < 0.3:
            parts.append("India")
        return ("\n" if multi else ", ").join(parts)
    if reg == "ZA":
        parts = ([f"Unit {n(1, 30)}, {c.pick(['Seaview Court', 'Jacaranda Gardens'])}"]
                 if r.random() < 0.4 else []) + [
            f"{n(1, 200)} {c.pick(['Jacaranda Avenue', 'Beach Road', 'Main Road', 'Protea Street'])}",
            c.pick(["Lynnwood", "Sea Point", "Rondebosch", "Melville"]),
            c.pick(["Pretoria, 0081", "Cape Town, 8005", "Johannesburg, 2092"])]
        return ("\n" if multi else ", ").join(parts)
    if reg == "NG":
        parts = [f"{c.pick(['Plot', 'No.', 'No'])} {n(1, 90)}, {c.pick(['Adeola Odeku Street', 'Ogui Road', 'Awolowo Road', 'Aminu Kano Crescent'])}",
                 c.pick(["Victoria Island, Lagos", "Ikoyi, Lagos", "Wuse II, Abuja", "Enugu, Enugu State"])]
        if r.random() < 0.3:
            parts.append("Nigeria")
        return ("\n" if multi else ", ").join(parts)
    if reg == "KE":
        if r.random() < 0.35:
            return f"P.O. Box {n(100, 60000)}-00{n(100, 620)}, {c.pick(['Nairobi', 'Mombasa', 'Kisumu'])}"
        parts = [f"{c.pick(['Apartment', 'House', 'Flat'])} {n(1, 20)}{c.pick('ABC')}, {c.pick(['Riverside Court', 'Kileleshwa Gardens', 'Lavington Green'])}",
                 c.pick(["Riverside Drive, Westlands", "Ngong Road, Kilimani", "Oloitokitok Road, Lavington"]),
                 "Nairobi"]
        return ("\n" if multi else ", ").join(parts)
    if reg == "PH":
        if r.random() < 0.5:
            parts = [f"Unit {n(3, 40)}{c.pick('ABCDE')}, Tower {n(1, 4)}, {c.pick(['Avida Residences', 'SMDC Grass', 'One Serendra'])}",
                     f"{n(10, 999)} {c.pick(['Rizal Ave', 'Kalayaan Ave', 'Ortigas Ave Ext'])}",
                     f"Brgy. {c.pick(['San Isidro', 'Poblacion', 'Bagong Silang'])}",
                     f"{c.pick(['Makati City', 'Quezon City', 'Pasig City'])} {n(1000, 1800)}",
                     "Metro Manila"]
        else:
            parts = [f"Blk {n(1, 40)} Lot {n(1, 60)}, Phase {n(1, 5)}, {c.pick(['Camella Homes', 'Lessandra Heights'])}",
                     f"{c.pick(['Bacoor, Cavite 4102', 'Dasmariñas, Cavite 4114', 'Santa Rosa, Laguna 4026'])}"]
        return ("\n" if multi else ", ").join(parts)
    raise ValueError(reg)


def _addr_de(c, reg, multi):
    r, n = c.r, c.n
    if reg == "AT":
        st = c.pick(["Mariahilfer Straße", "Herrengasse", "Linzer Straße",
                     "Anichstraße", "Schubertgasse"])
        pc = c.pick(["1060 Wien", "8010 Graz", "4020 Linz", "6020 Innsbruck",
                     "1150 Wien"])
        l1 = (f"{st} {n(1, 140)}/{n(1, 9)}/{n(1, 30)}" if r.random() < 0.5
              else f"{st} {n(1, 140)}, Top {n(1, 24)}")
        parts = [l1, pc] + (["Österreich"] if r.random() < 0.2 else [])
        return ("\n" if multi else ", ").join(parts)
    if reg == "CH":
        st = c.pick(["Bahnhofstrasse", "Seestrasse", "Dorfstrasse",
                     "Spalenberg", "Rosenweg"])
        pc = c.pick(["8001 Zürich", "4051 Basel", "3011 Bern",
                     "6004 Luzern", "9000 St. Gallen"])
        if r.random() < 0.15:
            l1 = f"Postfach {n(100, 9999)}"
        else:
            l1 = f"{st} {n(1, 120)}{c.pick(['', '', 'a'])}"
        parts = ([c.pick(["c/o Gerber Treuhand AG", "Wohnung 3.2"])]
                 if r.random() < 0.15 else []) + [l1, pc]
        if r.random() < 0.2:
            parts.append("Schweiz")
        return ("\n" if multi else ", ").join(parts)
    st = c.pick(["Lindenstraße", "Hauptstr.", "Am Weinberg",
                 "Friedrich-Ebert-Straße", "Schillerstraße", "Gartenweg",
                 "Kastanienallee", "Im Wiesengrund"])
    pc = c.pick(["10115 Berlin", "80331 München", "01067 Dresden",
                 "50667 Köln", "20095 Hamburg", "04109 Leipzig",
                 "70173 Stuttgart", "48143 Münster"])
    k = r.random()
    if k < 0.12:
        parts = [f"Postfach {n(10, 99)} {n(10, 99)} {n(10, 99)}", pc]
    elif k < 0.4:
        parts = [f"{st} {n(1, 160)}{c.pick(['', 'a', 'b'])}",
                 c.pick(["2. OG links", "Hinterhaus", "bei Schulz",
                         "3. Etage"]), pc]
    else:
        parts = [f"{st} {n(1, 160)}{c.pick(['', '', 'a'])}", pc]
    if r.random() < 0.15:
        parts.append("Deutschland")
    return ("\n" if multi else ", ").join(parts)


def _addr_fr(c, reg, multi):
    r, n = c.r, c.n
    if reg == "BE":
        parts = [f"{c.pick(['Rue de la Loi', 'Avenue Louise', 'Rue des Carmes', 'Chaussée de Wavre'])} {n(1, 300)}{c.pick(['', ' bte ' + str(n(1, 12))])}",
                 c.pick(["1000 Bruxelles", "1050 Ixelles", "4000 Liège",
                         "5000 Namur"])]
        if r.random() < 0.2:
            parts.append("Belgique")
        return ("\n" if multi else ", ").join(parts)
    if reg == "CH":
        parts = [f"{c.pick(['Rue du Marché', 'Chemin des Vignes', 'Avenue de la Gare', 'Rue de Lausanne'])} {n(1, 60)}",
                 c.pick(["1204 Genève", "1009 Pully", "1003 Lausanne",
                         "2000 Neuchâtel"])]
        if r.random() < 0.2:
            parts.append("Suisse")
        return ("\n" if multi else ", ").join(parts)
    if reg == "CA":
        l1 = f"{n(100, 9999)}, {c.pick(['rue Saint-Hubert', 'boul. René-Lévesque Ouest', 'avenue du Mont-Royal Est', 'rue Saint-Jean'])}"
        if r.random() < 0.5:
            l1 += f", app. {n(1, 30)}"
        l2 = c.pick(["Montréal (Québec)  H2J 2X1", "Québec (Québec)  G1R 4P5",
                     "Gatineau (Québec)  J8X 3Y2", "Sherbrooke QC J1H 1Z3"])
        return f"{l1}\n{l2}" if multi else f"{l1}, {l2}"
    if reg == "SN":
        k = r.random()
        if k < 0.3:
            return f"BP {n(100, 9999)} {c.pick(['Dakar-Fann', 'Dakar RP', 'Thiès'])}"
        parts = [c.pick([f"Villa n° {n(1, 200)}, Cité Keur Gorgui",
                         f"Sicap Liberté {n(1, 6)}, Villa {n(1000, 9999)}",
                         f"Immeuble Fahd, {n(1, 9)}e étage, Boulevard Djily Mbaye"]),
                 c.pick(["Dakar", "Dakar, Sénégal", "Saint-Louis"])]
        return ("\n" if multi else ", ").join(parts)
    st = c.pick(["rue des Lilas", "avenue Jean Jaurès", "boulevard Voltaire",
                 "place du Marché", "impasse des Tanneurs", "rue Pasteur",
                 "chemin de la Croix-Rousse", "allée des Peupliers"])
    cp = c.pick(["69003 Lyon", "31000 Toulouse", "75011 Paris",
                 "13001 Marseille", "44000 Nantes", "67000 Strasbourg",
                 "59800 Lille", "35000 Rennes"])
    k = r.random()
    if k < 0.1:
        parts = [f"BP {n(10, 999)}", cp + c.pick(["", " Cedex"])]
    elif k < 0.45:
        parts = [c.pick([f"Résidence Les Tilleuls, Apt {n(1, 60)}",
                         f"Bât. {c.pick('ABCD')}, {n(1, 7)}e étage",
                         f"Escalier {n(1, 4)}, porte {n(1, 30)}"]),
                 f"{n(1, 140)}{c.pick(['', '', ' bis', ' ter'])} {st}", cp]
    else:
        parts = [f"{n(1, 140)}{c.pick(['', '', ' bis'])} {st}", cp]
    if r.random() < 0.15:
        parts.append("France")
    return ("\n" if multi else ", ").join(parts)


def _addr_nl(c, reg, multi):
    r, n = c.r, c.n
    if reg == "BE":
        parts = [f"{c.pick(['Kerkstraat', 'Meir', 'Veldstraat', 'Grote Markt', 'Stationsstraat'])} {n(1, 220)}{c.pick(['', ' bus ' + str(n(1, 12)), '/0' + str(n(1, 9))])}",
                 c.pick(["2000 Antwerpen", "9000 Gent", "3000 Leuven",
                         "8000 Brugge", "3500 Hasselt"])]
        if r.random() < 0.2:
            parts.append("België")
        return ("\n" if multi else ", ").join(parts)
    if r.random() < 0.12:
        parts = [f"Postbus {n(10, 9999)}", c.pick(["3500 BE Utrecht",
                                                   "1000 AB Amsterdam"])]
    else:
        st = c.pick(["Prinsengracht", "Van Speijkstraat", "Dorpsstraat",
                     "Lange Nieuwstraat", "Burgemeester de Withstraat",
                     "Kerkweg", "Oudegracht"])
        hn = f"{n(1, 400)}{c.pick(['', '', '-1', ' hs', 'A', '-III', ' bis'])}"
        parts = [f"{st} {hn}", c.pick(["1016 GV Amsterdam",
                                       "2518 EV Den Haag",
                                       "3511 LK Utrecht",
                                       "9711 HV Groningen",
                                       "5611 AB Eindhoven",
                                       "6211 CE Maastricht"])]
    if r.random() < 0.15:
        parts.append("Nederland")
    return ("\n" if multi else ", ").join(parts)


def _addr_es(c, reg, multi):
    r, n = c.r, c.n
    if reg == "US":
        return _addr_en(c, "US", multi)
    if reg == "MX":
        parts = [f"{c.pick(['Av. Insurgentes Sur', 'Calle Durango', 'Av. Revolución', 'Calle Hidalgo'])} {n(10, 2500)}{c.pick(['', ', Int. ' + str(n(1, 12)), ' Depto. ' + str(n(101, 504))])}",
                 f"Col. {c.pick(['Crédito Constructor', 'Roma Norte', 'Del Valle', 'Centro'])}",
                 c.pick(["Benito Juárez, 03940 Ciudad de México, CDMX",
                         "Cuauhtémoc, 06700 CDMX",
                         "44100 Guadalajara, Jal.",
                         "64000 Monterrey, N.L."])]
        return ("\n" if multi else ", ").join(parts)
    if reg == "AR":
        parts = [f"{c.pick(['Av. Corrientes', 'Av. Santa Fe', 'Bv. Oroño', 'Calle Gorriti'])} {n(100, 4800)}{c.pick(['', ', piso ' + str(n(1, 12)) + ', depto. ' + c.pick('ABCD'), ' ' + str(n(1, 9)) + '° ' + c.pick('ABC')])}",
                 c.pick(["C1043AAZ CABA", "S2000 Rosario, Santa Fe",
                         "X5000 Córdoba", "(1425) Buenos Aires"])]
        return ("\n" if multi else ", ").join(parts)
    if reg == "CO":
        parts = [f"{c.pick(['Carrera', 'Calle', 'Cra.', 'Cl.', 'Avenida Calle'])} {n(1, 120)}{c.pick(['', 'A', 'B', ' Sur'])} # {n(1, 99)}-{n(1, 99)}{c.pick(['', ', Apto ' + str(n(101, 1204)), ', Torre 2 Apto ' + str(n(101, 1204))])}",
                 c.pick(["Bogotá, Cundinamarca", "Medellín, Antioquia",
                         "Cali", "Barranquilla, Atlántico"])]
        return ("\n" if multi else ", ").join(parts)
    k = r.random()
    cp = c.pick(["28013 Madrid", "08007 Barcelona", "41004 Sevilla",
                 "46002 Valencia", "48001 Bilbao", "50001 Zaragoza",
                 "29005 Málaga"])
    if k < 0.1:
        parts = [f"Apartado de Correos {n(10, 999)}", cp]
    else:
        st = c.pick(["Calle Mayor", "C/ de Balmes", "Avda. de la Constitución",
                     "Calle del Olivo", "Paseo de la Castellana",
                     "Rúa do Franco", "Carrer de Verdi", "Plaza de España"])
        fl = c.pick(["", f", {n(1, 9)}º {c.pick('ABCD')}",
                     f", {n(1, 6)}º {n(1, 4)}ª", ", bajo", ", esc. izq., 3º"])
        parts = [f"{st}{c.pick([', ', ' '])}{n(1, 200)}{fl}", cp]
    if r.random() < 0.15:
        parts.append("España")
    return ("\n" if multi else ", ").join(parts)


def _addr_it(c, reg, multi):
    r, n = c.r, c.n
    if r.random() < 0.08:
        parts = [f"Casella Postale {n(1, 400)}", c.pick(["00187 Roma",
                                                        "20121 Milano"])]
    else:
        st = c.pick(["Via Giuseppe Verdi", "Corso Vittorio Emanuele II",
                     "Piazza dei Martiri", "Via dei Mille", "Viale Monza",
                     "Via Roma", "Vicolo del Pozzo", "Via Nazionale"])
        hn = f"{n(1, 250)}{c.pick(['', '', '/A', ' bis'])}"
        extra = c.pick(["", f", int. {n(1, 20)}", f", scala {c.pick('ABC')}",
                        f", piano {n(1, 6)}"])
        parts = [f"{st}{c.pick([' ', ', '])}{hn}{extra}",
                 c.pick(["20121 Milano MI", "10123 Torino (TO)",
                         "80121 Napoli", "40126 Bologna BO",
                         "50122 Firenze (FI)", "90133 Palermo",
                         "37121 Verona VR"])]
    if r.random() < 0.15:
        parts.append("Italia")
    return ("\n" if multi else ", ").join(parts)


def _addr_pt(c, reg, multi):
    r, n = c.r, c.n
    if reg == "BR":
        parts = [f"{c.pick(['Rua das Flores', 'Av. Sete de Setembro', 'Rua Oscar Freire', 'Av. Afonso Pena', 'Travessa do Comércio'])}, {n(10, 3000)}{c.pick(['', ', apto ' + str(n(11, 1204)), ', Bloco B, Sala ' + str(n(101, 1204)), ' - casa 2'])}",
                 c.pick(["Centro", "Jardins", "Savassi", "Boa Viagem"]),
                 c.pick(["São Paulo - SP", "Salvador/BA", "Belo Horizonte - MG",
                         "Recife/PE"]),
                 c.pick([f"CEP {n(10000, 99999)}-{n(0, 999):03d}",
                         f"{n(10000, 99999)}-{n(0, 999):03d}"])]
        return ("\n" if multi else ", ").join(parts)
    if r.random() < 0.1:
        parts = [f"Apartado {n(10, 400)}", c.pick(["3001-901 Coimbra",
                                                  "1001-001 Lisboa"])]
    else:
        parts = [f"{c.pick(['Rua Augusta', 'Av. da Boavista', 'Rua de Santa Catarina', 'Travessa do Carmo', 'Largo do Rato'])}, {n(1, 1500)}{c.pick(['', ', 3.º Esq.', ', 2.º Dto', ', r/c', ', 1.º A'])}",
                 c.pick(["1100-048 Lisboa", "4100-130 Porto",
                         "3000-150 Coimbra", "8000-079 Faro",
                         "4700-320 Braga"])]
    if r.random() < 0.15:
        parts.append("Portugal")
    return ("\n" if multi else ", ").join(parts)


ADDR_FN = {"en": _addr_en, "de": _addr_de, "fr": _addr_fr, "nl": _addr_nl,
           "es": _addr_es, "it": _addr_it, "pt": _addr_pt}


def _addr(self, multi=None):
    if multi is None:
        multi = self.r.random() < 0.3
    return ADDR_FN[self.lang](self, self.region, multi)


Ctx.addr = _addr


# ---------------------------------------------------------------- look-alikes
NEG = {
    "NEG_FAMOUS": ["Marie Curie", "Nelson Mandela", "Frida Kahlo", "Goethe",
                   "Simone de Beauvoir", "Gabriel García Márquez",
                   "Fernando Pessoa", "Rembrandt van Rijn", "Ada Lovelace",
                   "Chinua Achebe", "Wangari Maathai", "Rabindranath Tagore",
                   "José Rizal", "Albert Einstein", "Virginia Woolf",
                   "Leonardo da Vinci", "Johann Sebastian Bach",
                   "Anne Frank", "Jacques Brel", "Sor Juana Inés de la Cruz",
                   "Eva Perón", "Clarice Lispector", "Grazia Deledda",
                   "Amália Rodrigues", "Léopold Sédar Senghor",
                   "Mahatma Gandhi", "Winston Churchill", "Queen Victoria",
                   "Napoleon", "Shakespeare", "Mozart", "Hildegard von Bingen",
                   "Vincent van Gogh", "Simón Bolívar", "Dante Alighieri",
                   "Greta Thunberg", "Taylor Swift", "Lionel Messi",
                   "Roger Federer", "Angela Merkel", "Barack Obama"],
    "NEG_TERM": ["Alzheimer's disease", "Parkinson's disease",
                 "Asperger syndrome", "Down syndrome", "Heimlich manoeuvre",
                 "Turing test", "Nash equilibrium", "Kaplan-Meier estimator",
                 "Gantt chart", "Pareto principle", "Petri dish",
                 "Bunsen burner", "Caesar salad", "Beef Wellington",
                 "Eggs Benedict", "Hodgkin lymphoma", "Doppler effect",
                 "Mercator projection", "Ponzi scheme", "Murphy's law",
                 "Occam's razor", "Fibonacci sequence", "Gaussian blur",
                 "Bayesian network", "Dijkstra's algorithm", "Pavlova",
                 "Stockholm syndrome", "Storm Ciarán", "Hurricane Beryl",
                 "Tourette syndrome", "Crohn's disease", "Boolean logic",
                 "Newtonian fluid", "Diesel engine", "Braille",
                 "Margherita pizza", "Sachertorte"],
    "NEG_ORG": ["Johnson & Johnson", "Ferrero", "Philips", "Siemens",
                "Boehringer Ingelheim", "Ernst & Young", "Goldman Sachs",
                "Morgan Stanley", "Max-Planck-Institut", "Fraunhofer-Institut",
                "Trinity College", "Wellcome Trust", "Louis Vuitton",
                "Sainsbury's", "Marks & Spencer", "John Lewis",
                "Tim Hortons", "Dr. Oetker", "Ben & Jerry's", "McDonald's",
                "Hugo Boss", "Porsche", "Peugeot", "Renault", "Citroën",
                "Walt Disney Company", "Hewlett-Packard", "Johns Hopkins Hospital",
                "Mayo Clinic", "Hôpital Georges-Pompidou", "Lycée Victor-Hugo",
                "Colegio San José", "Newell's Old Boys", "Vélez Sarsfield",
                "Fundação Calouste Gulbenkian", "Fondazione Prada",
                "Anne Frank Huis", "Albert Heijn", "Jumbo", "Kruidvat",
                "Carl Zeiss", "Robert Bosch GmbH", "Thomas Cook",
                "Nelson Mandela University", "Sporting Clube de Portugal",
                "Goethe-Institut", "Kenyatta University", "Dangote Group"],
    "NEG_PRODUCT": ["Tesla Model 3", "Dyson V11", "Jack Daniel's",
                    "Johnnie Walker", "Alexa", "Siri", "Claude", "Gemini",
                    "Ford Fiesta", "Peugeot 208", "Renault Clio",
                    "Citroën C3", "Ferrero Rocher", "Opel Corsa",
                    "Dr. Martens", "Levi's 501", "Chanel No. 5",
                    "Dior Sauvage", "Mercedes A-Klasse", "Philips Hue",
                    "IKEA Billy", "IKEA Kallax", "Olivetti Lettera 22",
                    "Mario Kart", "Jameson", "Baileys", "Jim Beam",
                    "Martini", "Toyota Corolla", "Honda Jazz",
                    "Suzuki Swift", "Miele", "Bosch Serie 6", "Hugo Boss Bottled",
                    "Kinder Bueno", "Lancôme La Vie est Belle", "Maggi",
                    "Heinz", "Bic Cristal", "Porsche Cayenne"],
    "NEG_PLACE": ["Victoria", "Adelaide", "Georgia", "Florence", "Charlotte",
                  "Austin", "Jackson", "Eugene", "Santiago", "San José",
                  "Lourdes", "Regina", "Alexandria", "Lorraine", "Madison",
                  "Sydney", "Chester", "Santa Catarina", "Kennedylaan",
                  "Avenue Victor Hugo", "Karl-Marx-Allee", "Via Garibaldi",
                  "Martin Luther King Jr. Boulevard", "Rue Émile Zola",
                  "Avenida Juárez", "Rembrandtplein", "Place Charles de Gaulle",
                  "Goethestraße", "Mandela Square", "Jomo Kenyatta Avenue",
                  "Rizal Park", "Winston Churchill Avenue", "Saint Helena",
                  "São Paulo", "San Francisco", "Josephine County",
                  "Mount Elizabeth", "Lake Louise", "Marienplatz",
                  "Piazza San Marco", "Praça Marquês de Pombal"],
    "NEG_PET": ["Bella", "Max", "Luna", "Rocky", "Oscar", "Milo", "Charlie",
                "Coco", "Simba", "Nala", "Felix", "Mimi", "Bruno", "Lola",
                "Toby", "Duke", "Daisy", "Moritz", "Minou", "Pipoca",
                "Sir Barksalot", "Biscuit", "Frida", "Igor", "Pancho",
                "Tequila", "Nero", "Kiki", "Balou", "Finn"],
}
CARS = ["Ford Fiesta", "Peugeot 208", "Renault Clio", "Citroën C3", "Opel Corsa",
        "Toyota Corolla", "Honda Jazz", "Suzuki Swift", "Porsche Cayenne",
        "Mercedes A-Klasse", "Tesla Model 3"]
APPLIANCES = ["Miele", "Bosch Serie 6", "Dyson V11", "Philips Hue"]
BANKS = ["Goldman Sachs", "Morgan Stanley", "Lloyds Bank", "Barclays",
         "Julius Bär", "Berenberg", "Edmond de Rothschild", "Van Lanschot",
         "Schroders", "J.P. Morgan"]
ANIMALS = {"en": ["dog", "cat", "rabbit", "parrot", "horse", "tortoise"],
           "de": ["Hund", "Katze", "Kaninchen", "Wellensittich", "Pferd"],
           "fr": ["chien", "chat", "lapin", "perroquet", "cheval"],
           "nl": ["hond", "kat", "konijn", "parkiet", "paard"],
           "es": ["perro", "gato", "conejo", "loro", "caballo"],
           "it": ["cane", "gatto", "coniglio", "pappagallo", "cavallo"],
           "pt": ["cão", "gato", "coelho", "papagaio", "cavalo"]}


def neg(c, kind):
    return L(kind, c.pick(NEG[kind]))


def code(c, kind=None):
    k = kind or c.pick(["jira", "order", "ver", "inc", "pnr", "ref", "sku",
                        "track"])
    n = c.n
    if k == "jira":
        v = f"{c.pick(['OPS', 'HR', 'PAY', 'CRM', 'LEGAL', 'KYC', 'WEB'])}-{n(10, 9999)}"
    elif k == "order":
        v = c.pick([f"#{n(100, 999)}-{n(1000000, 9999999)}-{n(1000000, 9999999)}",
                    f"ORD-{n(2024, 2026)}-{n(10000, 99999)}",
                    {"de": "Bestellnr. ", "fr": "Cde n° ", "nl": "Bestelnr. ",
                     "es": "Pedido n.º ", "it": "Ordine n. ", "pt": "Encomenda n.º ",
                     "en": "Order no. "}[c.lang] + str(n(10000000, 99999999))])
    elif k == "ver":
        v = f"v{n(1, 9)}.{n(0, 30)}.{n(0, 20)}"
    elif k == "inc":
        v = f"INC{n(1000000, 9999999):07d}"
    elif k == "pnr":
        v = "".join(c.pick("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6))
    elif k == "sku":
        v = f"SKU {c.pick(['MARIE', 'JOSE', 'ELSA', 'OTTO'])}-{n(100, 999)}"
    elif k == "track":
        v = c.pick([f"JJD{n(10**14, 10**15 - 1)}",
                    f"1Z{n(10**9, 10**10 - 1)}{c.pick('ABCDEF')}{n(10**5, 10**6 - 1)}",
                    f"3S{c.pick(['PAKU', 'NLDA', 'FRVA'])}{n(10**8, 10**9 - 1)}"])
    else:
        v = f"{c.pick(['REF', 'Az.', 'Dossier', 'Exp.', 'Prot.'])} {n(100, 9999)}/{n(2023, 2026)}"
    return L("NEG_CODE", v)


def ndate(c, y0=2024, y1=2027, style=None):
    return L("NEG_DATE", c.date(style, y0, y1))


# ---------------------------------------------------------------- labels
LX = {
    "dob": {"en": ["Date of birth", "DOB", "D.O.B.", "Birth date",
                   "Date of Birth"],
            "de": ["Geburtsdatum", "Geb.-Datum", "geboren am", "Geburtstag"],
            "fr": ["Date de naissance", "Né(e) le", "Naissance"],
            "nl": ["Geboortedatum", "Geb. datum", "Geboren op"],
            "es": ["Fecha de nacimiento", "F. nac.", "Fecha nac."],
            "it": ["Data di nascita", "Nato/a il", "Data nascita"],
            "pt": ["Data de nascimento", "Nascimento", "Data nasc."]},
    "name": {"en": ["Name", "Full name"], "de": ["Name"], "fr": ["Nom"],
             "nl": ["Naam"], "es": ["Nombre"], "it": ["Nome e cognome"],
             "pt": ["Nome"]},
    "given": {"en": "First name", "de": "Vorname", "fr": "Prénom",
              "nl": "Voornaam", "es": "Nombre", "it": "Nome", "pt": "Nome"},
    "sur": {"en": "Last name", "de": "Nachname", "fr": "Nom",
            "nl": "Achternaam", "es": "Apellidos", "it": "Cognome",
            "pt": "Apelido"},
    "addr": {"en": ["Address", "Home address", "Residential address"],
             "de": ["Anschrift", "Adresse", "Wohnanschrift"],
             "fr": ["Adresse", "Domicile"], "nl": ["Adres", "Woonadres"],
             "es": ["Domicilio", "Dirección"], "it": ["Indirizzo", "Residenza"],
             "pt": ["Morada", "Endereço"]},
    "email": {"en": "Email", "de": "E-Mail", "fr": "Courriel", "nl": "E-mail",
              "es": "Correo", "it": "E-mail", "pt": "E-mail"},
    "born": {"en": ["born on", "born", "b."], "de": ["geboren am", "geb.", "*"],
             "fr": ["né le", "née le"], "nl": ["geboren op", "geb."],
             "es": ["nacido el", "nacida el"], "it": ["nato il", "nata il"],
             "pt": ["nascido em", "nascida em"]},
    "and": {"en": "and", "de": "und", "fr": "et", "nl": "en", "es": "y",
            "it": "e", "pt": "e"},
}


def lx(c, key):
    v = LX[key][c.lang]
    return c.pick(v) if isinstance(v, list) else v


def born(c, p):
    """gendered 'born' phrase"""
    lang = c.lang
    f = p["g"] == "f"
    return {"en": c.pick(["born on", "born", "b.", "date of birth"]),
            "de": c.pick(["geboren am", "geb.", "geb. am"]),
            "fr": "née le" if f else "né le",
            "nl": c.pick(["geboren op", "geb."]),
            "es": "nacida el" if f else "nacido el",
            "it": "nata il" if f else "nato il",
            "pt": "nascida em" if f else "nascido em"}[lang]


def names_and(c, ps, style="given"):
    """'A, B and C' with each name marked"""
    parts = [P(c.name(p, style)) for p in ps]
    a = lx(c, "and")
    if len(parts) == 1:
        return parts[0]
    return ", ".join(parts[:-1]) + f" {a} " + parts[-1]


def tname(c, p, style=None):
    """title + marked name (title outside the span)"""
    st = style or c.pick(["full", "sur", "full"])
    return f"{c.title(p)} {P(c.name(p, st))}"


# ================================================================ families
# Each family: (name, langs, weight, fn(c) -> marked text)
FAMILIES = []


def family(name, langs, weight, pii_free=False):
    def deco(fn):
        FAMILIES.append((name, langs, weight, pii_free, fn))
        return fn
    return deco


ALL = ["en", "de", "fr", "nl", "es", "it", "pt"]


@family("realestate_viewing", ALL, 30)
def f_viewing(c):
    ag, s1, s2, b = c.person(), c.person(), c.person(), c.person()
    ad = c.addr()
    L_ = c.lang
    if L_ == "en":
        return (f"Can you tidy up my viewing notes into a short report for the vendor?\n\n"
                f"Property: {A(ad)}\nAgent: {P(c.name(ag))} ({E(c.email(ag, 'harcourt-lettings.co.uk'))})\n"
                f"Vendors: {names_and(c, [s1, s2], 'full')}\n"
                f"Viewing {ndate(c)} 10:30 - {P(c.name(b, 'full'))} + partner, loved the kitchen, "
                f"worried about the {L('NEG_PRODUCT', c.pick(APPLIANCES))} appliances. Second viewing booked for {ndate(c)}.\n"
                f"Note: the flat backs onto {L('NEG_PLACE', c.pick(['Winston Churchill Avenue', 'Victoria Park', 'Mandela Square']))}, mention the bus stop.")
    if L_ == "de":
        return (f"Bitte formuliere aus meinen Besichtigungsnotizen eine kurze Rückmeldung an die Eigentümer.\n\n"
                f"Objekt: {A(ad)}\nMakler: {tname(c, ag)}\nEigentümer: {P(s2['given'])} und {P(s1['given'] + ' ' + s1['sur'])}\n"
                f"Termin {ndate(c, style='dots')}, 17 Uhr: {tname(c, b, 'full')} – Interesse hoch, fragt nach Stellplatz. "
                f"Das Haus liegt nahe der {L('NEG_PLACE', 'Goethestraße')}, Ecke {L('NEG_PLACE', 'Karl-Marx-Allee')}.")
    if L_ == "fr":
        return (f"Rédige un compte rendu de visite pour les vendeurs, ton cordial.\n\n"
                f"Bien : {A(ad)}\nMandataire : {P(c.name(ag, 'full'))}\nVendeurs : {tname(c, s1, 'full')} {lx(c, 'and')} {tname(c, s2, 'full')}\n"
                f"Visite du {ndate(c)} : {P(c.name(b, 'sur_caps'))}, primo-accédant, trouve le séjour sombre. "
                f"Proche du {L('NEG_ORG', 'Lycée Victor-Hugo')} et de l'{L('NEG_PLACE', 'Avenue Victor Hugo')}.")
    if L_ == "nl":
        return (f"Kun je dit bezichtigingsverslag netjes maken voor de verkopers?\n\n"
                f"Woning: {A(ad)}\nMakelaar: {P(c.name(ag, 'full'))}\nVerkopers: {names_and(c, [s1, s2], 'given')}\n"
                f"Bezichtiging {ndate(c)}: {tname(c, b)} vond de tuin te klein, vraagt naar de VvE. "
                f"Loopafstand tot de {L('NEG_ORG', 'Albert Heijn')} en het {L('NEG_PLACE', 'Rembrandtplein')}.")
    if L_ == "es":
        return (f"Resume estas notas de visitas para enviárselas a los propietarios.\n\n"
                f"Inmueble: {A(ad)}\nAgente: {P(c.name(ag))}\nPropietarios: {names_and(c, [s1, s2], 'full')}\n"
                f"Visita {ndate(c)}: {P(c.name(b, 'full'))} (pareja con perro, {L('NEG_PET', c.pick(NEG['NEG_PET']))}) — pregunta por la comunidad. "
                f"Cerca del {L('NEG_ORG', 'Colegio San José')}.")
    if L_ == "it":
        return (f"Riscrivi queste note di visita in una mail per i venditori.\n\n"
                f"Immobile: {A(ad)}\nAgente: {tname(c, ag)}\nVenditori: {names_and(c, [s1, s2], 'full')}\n"
                f"Visita del {ndate(c)}: {P(c.name(b))}, cerca trilocale, chiede sconto. "
                f"A due passi da {L('NEG_PLACE', 'Via Garibaldi')} e dalla {L('NEG_ORG', 'Fondazione Prada')}.")
    return (f"Transforma estas notas de visita num resumo para os proprietários.\n\n"
            f"Imóvel: {A(ad)}\nConsultor: {P(c.name(ag))}\nProprietários: {names_and(c, [s1, s2], 'given')}\n"
            f"Visita {ndate(c)}: {tname(c, b, 'full')} gostou da varanda, quer ver de novo. "
            f"Fica perto da {L('NEG_PLACE', 'Praça Marquês de Pombal')}.")


@family("notary_deed", ALL, 34)
def f_deed(c):
    s, b, nt = c.person(), c.person(), c.person()
    a1, a2 = c.addr(False), c.addr(False)
    d1, d2 = c.dob(), c.dob()
    pr = c.addr(False)
    L_ = c.lang
    if L_ == "de":
        return (f"Übersetze diesen Urkundenauszug ins Englische:\n\n"
                f"Urkundenrolle Nr. {code(c, 'ref')}\nVor mir, dem unterzeichnenden Notar {P(c.name(nt, 'full'))}, erschienen heute, am {ndate(c, style='long')}:\n"
                f"1. {tname(c, s, 'full')}, geb. {P(s['sur'] if c.r.random() < 0.5 else c.name(c.person(), 'sur'))}, geboren am {D(d1)}, wohnhaft {A(a1)},\n"
                f"2. {tname(c, b, 'full')}, geboren am {D(d2)}, wohnhaft {A(a2)}.\n"
                f"Die Erschienenen wiesen sich durch Personalausweis aus. Kaufgegenstand ist der Grundbesitz {A(pr)}.")
    if L_ == "fr":
        return (f"Peux-tu résumer cet acte en trois points ?\n\n"
                f"PAR-DEVANT Maître {P(c.name(nt, 'full'))}, notaire à {c.pick(['Lyon', 'Nantes', 'Namur', 'Genève'])}, le {ndate(c, style='long')},\n"
                f"ONT COMPARU :\n{c.title(s)} {P(c.name(s, 'sur_caps'))}, {born(c, s)} {D(d1)}, demeurant {A(a1)} ;\n"
                f"{c.title(b)} {P(c.name(b, 'sur_caps'))}, {born(c, b)} {D(d2)}, demeurant {A(a2)}.\n"
                f"Objet : vente d'un appartement sis {A(pr)}.")
    if L_ == "es":
        return (f"Explícame en lenguaje sencillo qué dice esta escritura:\n\n"
                f"NÚMERO {c.n(100, 3000)}. En {c.pick(['Madrid', 'Sevilla', 'Guadalajara', 'Rosario'])}, a {ndate(c, style='long')}.\n"
                f"Ante mí, {P(c.name(nt, 'full'))}, Notario,\nCOMPARECEN\nDe una parte, {c.title(s)} {P(c.name(s, 'full'))}, mayor de edad, {born(c, s)} {D(d1)}, con domicilio en {A(a1)}.\n"
                f"Y de otra, {c.title(b)} {P(c.name(b, 'full'))}, {born(c, b)} {D(d2)}, vecino de {A(a2)}.")
    if L_ == "it":
        return (f"Riassumi questo atto in italiano semplice.\n\n"
                f"Repertorio n. {c.n(1000, 99999)} — Raccolta n. {c.n(100, 9999)}\nL'anno {ndate(c, style='long')}, innanzi a me {P(c.name(nt, 'full'))}, notaio in {c.pick(['Milano', 'Bologna', 'Bari'])}, sono presenti:\n"
                f"- {P(c.name(s, 'full'))}, {born(c, s)} {D(d1)} a {c.pick(['Lecce', 'Parma', 'Como'])}, residente in {A(a1)};\n"
                f"- {P(c.name(b, 'full'))}, {born(c, b)} {D(d2)}, residente in {A(a2)}.")
    if L_ == "pt":
        return (f"Resume esta escritura em linguagem simples:\n\n"
                f"No dia {ndate(c, style='long')}, no Cartório Notarial de {P(c.name(nt, 'full'))}, compareceram:\n"
                f"PRIMEIRO: {P(c.name(s, 'full'))}, {born(c, s)} {D(d1)}, residente em {A(a1)};\n"
                f"SEGUNDO: {P(c.name(b, 'full'))}, {born(c, b)} {D(d2)}, residente em {A(a2)}.")
    if L_ == "nl":
        return (f"Kun je deze akte samenvatten?\n\n"
                f"Heden, {ndate(c, style='long')}, verschenen voor mij, {P(c.name(nt, 'full'))}, notaris te {c.pick(['Utrecht', 'Gent', 'Zwolle'])}:\n"
                f"1. {tname(c, s, 'full')}, {born(c, s)} {D(d1)}, wonende te {A(a1)};\n"
                f"2. {tname(c, b, 'full')}, {born(c, b)} {D(d2)}, wonende te {A(a2)}.")
    return (f"Please rewrite this deed extract in plain English for my parents:\n\n"
            f"THIS DEED is made on {ndate(c)} BETWEEN\n(1) {P(c.name(s, 'caps'))} (date of birth {D(d1)}) of {A(a1)} (\"the Transferor\"); and\n"
            f"(2) {P(c.name(b, 'caps'))} (date of birth {D(d2)}) of {A(a2)} (\"the Transferee\").\n"
            f"Witnessed by {P(c.name(nt))}, Solicitor. Property: {A(pr)}.")


@family("registry_extract", ALL, 26)
def f_registry(c):
    d1, d2 = c.person(), c.person()
    co = c.pick(["Brightwater", "Nordlicht", "Kestrel", "Azulejo", "Tulipa",
                 "Meridiana", "Solano"])
    org = neg(c, "NEG_ORG") if c.r.random() < 0.4 else ""
    L_ = c.lang
    if L_ == "en":
        return (f"What does this Companies House extract tell me? Summarise for a KYC file.\n\n"
                f"{co.upper()} HOLDINGS LTD\nCompany number {c.n(10000000, 19999999)}\n"
                f"Registered office address\n{A(c.addr(True))}\n"
                f"Incorporated on {ndate(c, 2008, 2022)}\n\nOfficers\n"
                f"{P(c.name(d1, 'sur_caps_comma'))}\nRole: Director\nDate of birth: {D(c.dob())}\n"
                f"Correspondence address: {A(c.addr(False))}\n\n"
                f"{P(c.name(d2, 'sur_caps_comma'))}\nRole: Secretary\nAppointed on {ndate(c, 2015, 2024)}\n"
                + (f"\nParent: {org}\n" if org else ""))
    if L_ == "de":
        return (f"Erkläre mir diesen Handelsregisterauszug.\n\n"
                f"Amtsgericht {c.pick(['Charlottenburg', 'München', 'Köln'])} HRB {c.n(10000, 299999)}\n"
                f"Firma: {co} Immobilien GmbH\nSitz: {A(c.addr(False))}\n"
                f"Geschäftsführer: {P(c.name(d1, 'sur'))}, {P(c.name(d1, 'given'))}, {c.pick(['Berlin', 'Hamburg', 'Wien'])}, *{D(c.dob(style='dots'))}, einzelvertretungsberechtigt\n"
                f"Prokura: {P(c.name(d2, 'sur'))}, {P(c.name(d2, 'given'))}, *{D(c.dob(style='dots'))}\n"
                f"Letzte Eintragung: {ndate(c, style='dots')}" + (f"\nGesellschafterin: {org}" if org else ""))
    if L_ == "fr":
        return (f"Analyse cet extrait Kbis pour un dossier LCB-FT.\n\n"
                f"Dénomination : {co.upper()} SAS\nRCS {c.pick(['Lyon', 'Paris', 'Nantes'])} {c.n(100, 999)} {c.n(100, 999)} {c.n(100, 999)}\n"
                f"Adresse du siège : {A(c.addr(False))}\n"
                f"Président : {P(c.name(d1, 'sur_caps'))}, {born(c, d1)} {D(c.dob())} à {c.pick(['Dakar', 'Lille', 'Tunis'])}, demeurant {A(c.addr(False))}\n"
                f"Directeur général : {P(c.name(d2, 'full'))}\nImmatriculation : {ndate(c, 2010, 2023)}")
    if L_ == "nl":
        return (f"Wat staat er in dit KvK-uittreksel? Graag in het Engels.\n\n"
                f"Handelsnaam: {co} B.V.\nKvK-nummer: {c.n(10000000, 99999999)}\nBezoekadres: {A(c.addr(False))}\n"
                f"Bestuurder\nNaam: {P(c.name(d1, 'full'))}\nGeboortedatum: {D(c.dob(style='dash'))}\nDatum in functie: {ndate(c, 2012, 2024, 'dash')}\n"
                f"Gevolmachtigde: {P(c.name(d2))} (geboren {D(c.dob())})")
    if L_ == "es":
        return (f"Traduce al inglés esta nota simple del Registro Mercantil:\n\n"
                f"Denominación: {co.upper()} S.L.\nDomicilio social: {A(c.addr(False))}\n"
                f"Administrador único: {P(c.name(d1, 'full').upper())}, DNI {c.n(10000000, 99999999)}{c.pick('ABCHJKLZ')}, fecha de nacimiento {D(c.dob())}\n"
                f"Apoderado: {P(c.name(d2, 'full'))}\nFecha de inscripción: {ndate(c, 2005, 2023)}")
    if L_ == "it":
        return (f"Spiegami questa visura camerale.\n\n"
                f"Denominazione: {co.upper()} S.R.L.\nSede legale: {A(c.addr(False))}\n"
                f"Amministratore unico: {P(c.name(d1, 'sur_caps'))} {born(c, d1)} {D(c.dob())}, codice fiscale {fold(d1['sur']).upper()[:3]}{fold(d1['given']).upper()[:3]}{c.n(10, 99)}A{c.n(10, 70)}F{c.n(100, 999)}X\n"
                f"Sindaco: {P(c.name(d2, 'full'))}\nData iscrizione: {ndate(c, 2000, 2022)}")
    return (f"Resume esta certidão permanente para um relatório.\n\n"
            f"Firma: {co.upper()}, LDA.\nSede: {A(c.addr(False))}\n"
            f"Gerente: {P(c.name(d1, 'full'))}, {born(c, d1)} {D(c.dob())}, residente em {A(c.addr(False))}\n"
            f"Sócio: {P(c.name(d2, 'full'))}\nData do registo: {ndate(c, 2005, 2023)}")


def table(c, header, rows, kind=None):
    """rows: list of lists of (already marked) cells"""
    kind = kind or c.pick(["csv", "tsv", "md", "pipe", "semi"])
    if kind == "csv":
        def q(x):
            return '"' + x + '"' if ("," in x or "\n" in x) else x
        return "\n".join(",".join(q(x) for x in r) for r in [header] + rows)
    if kind == "semi":
        return "\n".join(";".join(x.replace("\n", ", ") for x in r)
                         for r in [header] + rows)
    if kind == "tsv":
        return "\n".join("\t".join(x.replace("\n", ", ") for x in r)
                         for r in [header] + rows)
    if kind == "md":
        out = ["| " + " | ".join(header) + " |",
               "|" + "---|" * len(header)]
        out += ["| " + " | ".join(x.replace("\n", ", ") for x in r) + " |"
                for r in rows]
        return "\n".join(out)
    return "\n".join(" | ".join(x.replace("\n", ", ") for x in r)
                     for r in [header] + rows)


def strip_marks(s):
    return _MARK.sub(lambda m: m.group(2), s)


def fixed(c, header, rows):
    """fixed-width table; widths from unmarked lengths"""
    allr = [header] + rows
    w = [max(len(strip_marks(r[i])) for r in allr) + 2
         for i in range(len(header))]
    out = []
    for r in allr:
        line = ""
        for i, x in enumerate(r):
            pad = w[i] - len(strip_marks(x))
            line += x + (" " * pad if i < len(r) - 1 else "")
        out.append(line.rstrip())
    return "\n".join(out)


@family("shareholder_register", ALL, 27)
def f_shareholders(c):
    k = c.n(2, 4)
    hdr = {"en": ["Holder", "Date of birth", "Registered address", "Shares", "Class"],
           "de": ["Gesellschafter", "Geburtsdatum", "Anschrift", "Anteile", "Nennbetrag"],
           "fr": ["Associé", "Date de naissance", "Adresse", "Parts", "Catégorie"],
           "nl": ["Aandeelhouder", "Geboortedatum", "Adres", "Aandelen", "Soort"],
           "es": ["Socio", "Fecha de nacimiento", "Domicilio", "Participaciones", "Serie"],
           "it": ["Socio", "Data di nascita", "Indirizzo", "Quote", "Classe"],
           "pt": ["Sócio", "Data de nascimento", "Morada", "Quotas", "Classe"]}[c.lang]
    rows = []
    for _ in range(k):
        p = c.person()
        rows.append([P(c.name(p, c.pick(["full", "sur_comma", "caps", "full"]))),
                     D(c.dob(y1=2000)), A(c.addr(False)), str(c.n(1, 5000)),
                     c.pick(["A", "B", "ordinary", "EUR 1,00"])])
    org = [neg(c, "NEG_ORG"), "—", "—", str(c.n(1000, 90000)), "A"]
    rows.insert(c.n(0, len(rows)), org)
    intro = {"en": "Check this shareholder register for obvious errors and total the shares:",
             "de": "Bitte prüfe diese Gesellschafterliste und summiere die Anteile:",
             "fr": "Vérifie ce registre des associés et calcule le total des parts :",
             "nl": "Controleer dit aandeelhoudersregister en tel de aandelen op:",
             "es": "Revisa este libro registro de socios y suma las participaciones:",
             "it": "Controlla questo libro soci e somma le quote:",
             "pt": "Verifica este registo de sócios e soma as quotas:"}[c.lang]
    if c.r.random() < 0.25:
        body = fixed(c, hdr, [[x.replace("\n", ", ") for x in r] for r in rows])
    else:
        body = table(c, hdr, rows)
    return f"{intro}\n\n{body}\n\n(as of {ndate(c)}, ref {code(c, 'ref')})"


@family("board_resolution", ["en", "de", "fr", "nl"], 12)
def f_board(c):
    ch, d1, d2, d3 = c.person(), c.person(), c.person(), c.person()
    if c.lang == "en":
        return (f"Draft a cleaner version of this written resolution:\n\n"
                f"WRITTEN RESOLUTION OF THE BOARD OF DIRECTORS dated {ndate(c)}\n"
                f"Present: {P(c.name(ch))} (Chair), {P(c.name(d1))}, {P(c.name(d2, 'initial'))}.\n"
                f"RESOLVED that {P(c.name(d1, 'full'))} be appointed Company Secretary with effect from {ndate(c)} and that the registered office be moved to {A(c.addr(False))}.\n"
                f"RESOLVED that the {neg(c, 'NEG_TERM')} approach proposed by {neg(c, 'NEG_ORG')} be rejected.\n"
                f"Signed: {P(c.name(ch, 'caps'))}")
    if c.lang == "de":
        return (f"Mach daraus ein ordentliches Protokoll:\n\n"
                f"Umlaufbeschluss der Geschäftsführung vom {ndate(c, style='dots')}\n"
                f"Beteiligt: {tname(c, ch)}, {tname(c, d1)}, {P(c.name(d2))}\n"
                f"1. {P(c.name(d3, 'full'))} wird Prokura erteilt.\n2. Der Sitz wird verlegt nach {A(c.addr(False))}.\n"
                f"3. Der Vertrag mit {neg(c, 'NEG_ORG')} wird zum {ndate(c, style='dots')} gekündigt.\n"
                f"gez. {P(c.name(ch, 'initial'))}")
    if c.lang == "fr":
        return (f"Reformule ce procès-verbal de décision :\n\n"
                f"Décision du conseil d'administration du {ndate(c, style='long')}\n"
                f"Présents : {tname(c, ch, 'full')}, {tname(c, d1, 'full')}, {P(c.name(d2))}\n"
                f"Le conseil nomme {P(c.name(d3, 'sur_caps'))} directeur général délégué et transfère le siège au {A(c.addr(False))}.\n"
                f"Prochaine réunion : {ndate(c)}.")
    return (f"Maak hier een net besluit van:\n\n"
            f"Schriftelijk besluit van de directie d.d. {ndate(c)}\n"
            f"Aanwezig: {P(c.name(ch))}, {P(c.name(d1))} en {P(c.name(d2, 'given'))}\n"
            f"Besloten: {P(c.name(d3, 'full'))} wordt benoemd tot bestuurder; statutair adres wordt {A(c.addr(False))}.")


@family("kyc_aml_note", ALL, 32)
def f_kyc(c):
    p, a, rel = c.person(), c.person(), c.person()
    dob = c.dob(y0=1940, y1=2004)
    ad = c.addr(c.r.random() < 0.4)
    em = c.email(p)
    L_ = c.lang
    if L_ in ("en", "nl", "it", "pt") or c.r.random() < 0.3:
        return (f"Rewrite this AML case note in a neutral, factual tone:\n\n"
                f"Case {code(c, 'jira')} – analyst {P(c.name(a, c.pick(['initial', 'full', 'given'])))}\n"
                f"Subject: {P(c.name(p, c.pick(['caps', 'full', 'sur_comma'])))}\n"
                f"{lx(c, 'dob')}: {D(dob)}\n{lx(c, 'addr')}: {A(ad)}\n{lx(c, 'email')}: {E(em)}\n"
                f"Alert: {c.n(3, 19)} incoming SEPA transfers from {P(c.name(rel))} between {ndate(c)} and {ndate(c)}, "
                f"described as 'loan repayment'. Customer says {P(c.name(rel, 'given'))} is a cousin. "
                f"Adverse media search for '{L('NEG_FAMOUS', c.pick(NEG['NEG_FAMOUS']))}' false hit (name similarity only). "
                f"Source of funds: salary from {neg(c, 'NEG_ORG')}.")
    if L_ == "de":
        return (f"Formuliere diesen Geldwäsche-Vermerk sachlich um:\n\n"
                f"Vorgang {code(c, 'ref')}, Bearbeiterin: {P(c.name(a))}\n"
                f"Kunde: {tname(c, p, 'full')}, geb. {D(dob)}\nWohnsitz: {A(ad)}\n"
                f"Auffällig: Bareinzahlungen am {ndate(c, style='dots')} und {ndate(c, style='dots')}. "
                f"Kunde gibt an, das Geld stamme vom Verkauf eines {neg(c, 'NEG_PRODUCT')} an {P(c.name(rel, 'full'))}.")
    if L_ == "fr":
        return (f"Reformule cette note de conformité (KYC) :\n\n"
                f"Dossier {code(c, 'ref')} — chargé : {P(c.name(a))}\n"
                f"Client : {tname(c, p, 'full')}, {born(c, p)} {D(dob)}\nAdresse déclarée : {A(ad)}\n"
                f"Mail : {E(em)}\nVirement reçu de {P(c.name(rel))} le {ndate(c)}. Homonymie avec {L('NEG_FAMOUS', c.pick(NEG['NEG_FAMOUS']))} écartée.")
    return (f"Reescribe esta nota de cumplimiento de forma neutral:\n\n"
            f"Expediente {code(c, 'ref')} — analista: {P(c.name(a))}\n"
            f"Titular: {P(c.name(p, 'caps'))}\nFecha de nacimiento: {D(dob)}\nDomicilio: {A(ad)}\n"
            f"Transferencias de {P(c.name(rel))} el {ndate(c)}; el cliente dice que {P(c.name(rel, 'given'))} es su cuñado.")


@family("chargeback_dispute", ["en", "es", "fr", "de", "it"], 30)
def f_chargeback(c):
    ch, ag = c.person(), c.person()
    mer = c.pick(["Lumio Home", "Casa Brava", "Velotraum", "Pixelgarden"])
    if c.lang == "en":
        return (f"Help me write a reply to this chargeback, I'm the merchant ({mer}).\n\n"
                f"Dispute ID: {code(c, 'ref')}\nCardholder: {P(c.name(ch, 'caps'))}\nBilling address: {A(c.addr(False))}\n"
                f"Shipping address: {A(c.addr(True))}\nOrder: {code(c, 'order')} placed {ndate(c)} ({neg(c, 'NEG_PRODUCT')})\n"
                + (f"Cardholder DOB on file: {D(c.dob())}\n" if c.r.random() < 0.5 else "") +
                f"Reason: 'Item not received'. Our courier shows it signed for by \"{P(c.name(c.person(), c.pick(['given', 'sur', 'initial'])))}\" on {ndate(c)}.\n"
                f"Reply to: {E(c.email(ag, 'disputes.' + fold(mer).lower() + '.com'))} ({P(c.name(ag))})")
    if c.lang == "es":
        return (f"Ayúdame a responder a esta reclamación de contracargo:\n\n"
                f"Titular de la tarjeta: {P(c.name(ch))}\nDirección de facturación: {A(c.addr(False))}\n"
                f"Pedido {code(c, 'order')} del {ndate(c)}. Motivo: producto defectuoso ({neg(c, 'NEG_PRODUCT')}).\n"
                f"Gestor: {P(c.name(ag))} <{E(c.email(ag, fold(mer).lower() + '.es'))}>")
    if c.lang == "fr":
        return (f"Aide-moi à contester cet impayé :\n\n"
                f"Porteur : {tname(c, ch, 'full')}\nAdresse de livraison : {A(c.addr(False))}\n"
                f"Commande {code(c, 'order')} du {ndate(c)} — motif : « marchandise non conforme ».\n"
                f"Contact : {P(c.name(ag))}, {E(c.email(ag, fold(mer).lower() + '.fr'))}")
    if c.lang == "de":
        return (f"Hilf mir bei der Antwort auf diese Rückbuchung:\n\n"
                f"Karteninhaber: {tname(c, ch, 'full')}\nLieferadresse: {A(c.addr(True))}\n"
                f"Bestellung {code(c, 'order')} vom {ndate(c, style='dots')}, Artikel: {neg(c, 'NEG_PRODUCT')}.\n"
                f"Sachbearbeiter: {P(c.name(ag, 'sur_comma'))}")
    return (f"Aiutami a rispondere a questa contestazione:\n\n"
            f"Titolare: {P(c.name(ch))}\nIndirizzo di spedizione: {A(c.addr(False))}\n"
            f"Ordine {code(c, 'order')} del {ndate(c)}. Motivo: merce non ricevuta.\nReferente: {tname(c, ag)}")


@family("marketplace_chat", ALL, 40)
def f_market(c):
    s, b = c.person(), c.person()
    handle = fold(s["given"]).lower()[:4] + c.pick(["_", ".", ""]) + str(c.n(10, 999))
    item = neg(c, "NEG_PRODUCT")
    ad = c.addr(c.r.random() < 0.5)
    bn = P(c.name(b, c.pick(["given", "nick", "full", "lower"])))
    L_ = c.lang
    if L_ == "en":
        return (f"Translate this eBay conversation to Polish for my mum:\n\n"
                f"[{handle}] hi! is the {item} still available?\n"
                f"[me] Yes it is :) I can post it Monday.\n"
                f"[{handle}] great, please send to {P(c.name(s, 'full'))}, {A(ad)}\n"
                f"[me] Sure. Who should I put on the label if you're away, {P(c.name(s, 'given'))}?\n"
                f"[{handle}] my neighbour {bn} can sign. thanks!")
    if L_ == "nl":
        return (f"Kun je dit Marktplaats-gesprek in het Engels vertalen?\n\n"
                f"{handle}: Hoi, is de {item} nog te koop?\n"
                f"Ik: Ja hoor, ophalen of verzenden?\n"
                f"{handle}: Verzenden graag naar {P(c.name(s, 'full'))}, {A(ad)}\n"
                f"Ik: Top. Betaalverzoek komt van {P(c.name(b, 'full'))}, mijn vriend.")
    if L_ == "es":
        return (f"Traduce este chat de Wallapop al inglés:\n\n"
                f"{handle}: Hola! sigue disponible la {item}?\n"
                f"Yo: Sí, ¿envío o en mano?\n"
                f"{handle}: Envío por favor a nombre de {P(c.name(s, 'full'))}, {A(ad)}\n"
                f"Yo: Vale. Si no estás, ¿lo puede recoger {bn}?\n{handle}: sí, es mi hermano")
    if L_ == "fr":
        return (f"Traduis cette conversation Vinted en anglais :\n\n"
                f"{handle} : Bonjour, la robe est toujours dispo ? Et le {item} ?\n"
                f"Moi : Oui, envoi en point relais ou à domicile ?\n"
                f"{handle} : À domicile svp : {P(c.name(s, 'full'))}, {A(ad)}\n"
                f"Moi : Ok ! Je l'envoie demain, c'est {bn} qui passera à la poste.")
    if L_ == "de":
        return (f"Übersetz mir diesen Kleinanzeigen-Chat ins Englische:\n\n"
                f"{handle}: Hallo, ist das {item} noch da? Würde 40 € bieten.\n"
                f"Ich: 45 und es gehört dir.\n"
                f"{handle}: Deal. Bitte an {P(c.name(s, 'full'))}, {A(ad)}. Lieferung gern an {bn}, falls ich nicht da bin.")
    if L_ == "it":
        return (f"Traduci questa chat di Subito in inglese:\n\n"
                f"{handle}: Ciao, è ancora disponibile {item}?\n"
                f"Io: Sì, spedizione o ritiro?\n"
                f"{handle}: Spedizione a {P(c.name(s, 'full'))}, {A(ad)}. Se non ci sono ritira {bn}.")
    return (f"Traduz esta conversa do OLX para inglês:\n\n"
            f"{handle}: Olá, ainda tem o {item}?\n"
            f"Eu: Tenho sim, envio ou entrega em mão?\n"
            f"{handle}: Envio para {P(c.name(s, 'full'))}, {A(ad)}. Se eu não estiver, a {bn} recebe.")


@family("courier_scan_log", ALL, 30)
def f_courier(c):
    r, dr = c.person(), c.person()
    ad = c.addr(False)
    day = c.date("iso")
    lines = [f"{L('NEG_DATE', day)} 06:{c.n(10, 59)} HUB {c.pick(['DUS3', 'AMS1', 'LYS2', 'MAD4', 'MXP1', 'LIS2', 'LHR9'])} inbound scan {code(c, 'track')}",
             f"{L('NEG_DATE', day)} 08:{c.n(10, 59)} OUT FOR DELIVERY driver={P(c.name(dr, c.pick(['given', 'initial', 'full'])))} route {c.n(10, 99)}",
             f"{L('NEG_DATE', day)} 11:{c.n(10, 59)} DELIVERY ATTEMPT addr=\"{A(ad)}\" consignee=\"{P(c.name(r, c.pick(['caps', 'full', 'sur_caps'])))}\"",
             (f"{L('NEG_DATE', day)} 11:{c.n(10, 59)} AGE CHECK OK id=passport dob={D(c.dob(y0=1950, y1=2006))} sig=\"{P(c.name(r, c.pick(['sur', 'initial'])))}\""
              if c.r.random() < 0.5 else
              f"{L('NEG_DATE', day)} 11:{c.n(10, 59)} LEFT WITH NEIGHBOUR name=\"{P(c.name(c.person(), c.pick(['sur', 'full', 'given'])))}\" note=\"dog {L('NEG_PET', c.pick(NEG['NEG_PET']))} in garden\"")]
    intro = {"en": "The customer says the parcel never arrived. Based on these scan events, write a polite reply.",
             "de": "Die Kundin sagt, das Paket ist nie angekommen. Schreib auf Basis dieser Scans eine freundliche Antwort.",
             "fr": "Le client dit ne jamais avoir reçu le colis. Rédige une réponse à partir de ces scans.",
             "nl": "De klant zegt dat het pakket nooit is aangekomen. Schrijf een nette reactie op basis van deze scans.",
             "es": "El cliente dice que el paquete nunca llegó. Redacta una respuesta con estos escaneos.",
             "it": "Il cliente dice che il pacco non è mai arrivato. Scrivi una risposta basata su queste scansioni.",
             "pt": "O cliente diz que a encomenda nunca chegou. Escreve uma resposta com base nestes registos."}[c.lang]
    return intro + "\n\n" + "\n".join(lines)


@family("rideshare_food_chat", ["en", "es", "pt", "fr", "nl"], 16)
def f_ride(c):
    d, u = c.person(), c.person()
    ad = c.addr(False)
    if c.lang == "en":
        return (f"Is this chat with my driver OK to include in my complaint? Make it into a timeline.\n\n"
                f"{c.pick(['Uber', 'Bolt', 'Deliveroo', 'Grab'])} · Your driver is {P(c.name(d, 'given'))} ({L('NEG_PRODUCT', c.pick(CARS))}, {c.pick(['KX', 'AB', 'NRB'])} {c.n(100, 999)})\n"
                f"{P(c.name(d, 'given'))}: hi {P(c.name(u, 'given'))}, I'm outside, is it {A(ad)}?\n"
                f"Me: yes, blue door, coming\n{P(c.name(d, 'given'))}: there are roadworks on {L('NEG_PLACE', c.pick(['Victoria', 'Jomo Kenyatta Avenue', 'Martin Luther King Jr. Boulevard']))}, I'll wait at the corner\n"
                f"Me: ok, my colleague {P(c.name(c.person(), 'full'))} is coming too")
    if c.lang == "es":
        return (f"Convierte este chat con el repartidor en una queja formal:\n\n"
                f"Rappi · Repartidor: {P(c.name(d, 'given'))}\n{P(c.name(d, 'given'))}: Hola, estoy en {A(ad)}, no contesta nadie\n"
                f"Yo: Perdón! baja mi vecina {P(c.name(u, 'given'))} a recogerlo\n{P(c.name(d, 'given'))}: ok, me llamo {P(c.name(d, 'full'))} por si lo necesita")
    if c.lang == "pt":
        return (f"Transforma este chat com o motorista numa reclamação:\n\n"
                f"99 · Motorista {P(c.name(d, 'given'))} – {L('NEG_PRODUCT', c.pick(CARS))}\n{P(c.name(d, 'given'))}: Boa noite, confirma o endereço {A(ad)}?\n"
                f"Eu: Isso! Quem desce é a {P(c.name(u, 'given'))}")
    if c.lang == "fr":
        return (f"Fais-en une réclamation pour Uber Eats :\n\n"
                f"Livreur : {P(c.name(d, 'given'))}\n{P(c.name(d, 'given'))} : Bonsoir, je suis devant le {A(ad)}, digicode ?\n"
                f"Moi : 4521B, c'est {P(c.name(u, 'full'))} au 3e")
    return (f"Maak hier een klacht van voor Thuisbezorgd:\n\n"
            f"Bezorger: {P(c.name(d, 'given'))}\n{P(c.name(d, 'given'))}: Hoi, ik sta bij {A(ad)}, bel doet het niet\n"
            f"Ik: sorry! {P(c.name(u, 'given'))} komt naar beneden")


@family("neighbourhood_post", ["en", "de", "nl", "fr", "es"], 24)
def f_neighbour(c):
    p, q = c.person(), c.person()
    pet = L("NEG_PET", c.pick(NEG["NEG_PET"]))
    an = c.pick(ANIMALS[c.lang])
    if c.lang == "en":
        return (f"Make this Nextdoor post shorter and friendlier:\n\n"
                f"LOST {an.upper()} – {pet} went missing near {L('NEG_PLACE', c.pick(['Adelaide', 'Florence', 'Georgia', 'Chester']))} Road park on {ndate(c)}. "
                f"He was born {L('NEG_DATE', c.date(None, 2017, 2022))} so he's quite old and deaf. If found please bring to {A(c.addr(False))} "
                f"or message {P(c.name(p, 'full'))}. Thanks to {names_and(c, [q, c.person()], 'given')} who already searched the allotments!")
    if c.lang == "de":
        return (f"Kürze diesen Beitrag für nebenan.de:\n\n"
                f"Unser Liebling {pet} ({an}) ist seit {ndate(c, style='dots')} verschwunden! Geboren am {L('NEG_DATE', c.date(None, 2016, 2023))}, gechippt. "
                f"Bitte melden bei {P(c.name(p, 'full'))}, {A(c.addr(False))}. Danke an {names_and(c, [q, c.person()], 'given')} fürs Zettelverteilen.")
    if c.lang == "nl":
        return (f"Herschrijf dit buurtapp-bericht:\n\n"
                f"Wie heeft onze {an} {pet} gezien? Sinds {ndate(c)} weg bij het {L('NEG_PLACE', 'Rembrandtplein')}. "
                f"Graag bellen met {P(c.name(p, 'given'))} of langskomen op {A(c.addr(False))}. {P(c.name(q, 'given'))} en {P(c.name(c.person(), 'given'))} helpen zoeken.")
    if c.lang == "fr":
        return (f"Raccourcis ce message pour le groupe du quartier :\n\n"
                f"Perdu : {an} « {pet} », né le {L('NEG_DATE', c.date(None, 2015, 2023))}, vu pour la dernière fois {L('NEG_PLACE', 'Rue Émile Zola')}. "
                f"Contact : {P(c.name(p))}, {A(c.addr(False))}. Merci à {names_and(c, [q, c.person()], 'given')} !")
    return (f"Acorta este mensaje para el grupo del barrio:\n\n"
            f"Se busca {an} llamado {pet}, perdido el {ndate(c)} cerca de {L('NEG_PLACE', 'Avenida Juárez')}. "
            f"Avisar a {P(c.name(p))} en {A(c.addr(False))}. Gracias {names_and(c, [q, c.person()], 'given')} por la ayuda.")


@family("club_newsletter", ["en", "de", "nl", "fr", "it"], 12)
def f_newsletter(c):
    kids = [c.person() for _ in range(c.n(2, 3))]
    coach, sec = c.person(), c.person()
    bd = c.person()
    dob = c.dob(y0=1950, y1=1990)
    if c.lang == "en":
        return (f"Proofread our club newsletter:\n\n"
                f"{c.pick(['Riverside Juniors FC', 'St Brigid Swimming Club', 'Northgate Netball'])} – news {ndate(c)}\n"
                f"Well done to {names_and(c, kids, 'given')} on making the county squad! Coach {P(c.name(coach, 'sur'))} says training moves to "
                f"the {neg(c, 'NEG_ORG')} sports hall from {ndate(c)}.\n"
                f"Happy birthday to our treasurer {P(c.name(bd, 'full'))} (born {D(dob)}) – cake after Sunday's match!\n"
                f"Kit orders to {P(c.name(sec))}, {E(c.email(sec))}.")
    if c.lang == "de":
        return (f"Lies bitte unseren Vereinsnewsletter Korrektur:\n\n"
                f"TSV {c.pick(['Grünwald', 'Eichenau', 'Oberhaching'])} – Neuigkeiten\n"
                f"Glückwunsch an {names_and(c, kids, 'given')} zum Kreismeistertitel! Trainer {P(c.name(coach, 'sur'))} bittet um pünktliches Erscheinen.\n"
                f"Unser Ehrenmitglied {P(c.name(bd, 'full'))} (*{D(dob)}) feiert Geburtstag.\n"
                f"Anmeldung zum Sommerfest am {ndate(c, style='dots')} bei {P(c.name(sec))}.")
    if c.lang == "nl":
        return (f"Kun je onze clubnieuwsbrief nakijken?\n\n"
                f"Proficiat aan {names_and(c, kids, 'given')} met het kampioenschap! Trainer {P(c.name(coach))} is jarig, "
                f"en onze penningmeester {P(c.name(bd, 'full'))} (geboren {D(dob)}) neemt afscheid. Inschrijven voor het kamp vóór {ndate(c)} bij {E(c.email(sec))}.")
    if c.lang == "fr":
        return (f"Corrige cette lettre d'information du club :\n\n"
                f"Bravo à {names_and(c, kids, 'given')} pour leur médaille ! L'entraîneur {P(c.name(coach))} rappelle la reprise le {ndate(c)}. "
                f"Notre présidente d'honneur {P(c.name(bd, 'full'))}, née le {D(dob)}, fête ses années de bénévolat.")
    return (f"Correggi questa newsletter della polisportiva:\n\n"
            f"Complimenti a {names_and(c, kids, 'given')} per la vittoria! Il mister {P(c.name(coach, 'sur'))} ricorda l'allenamento del {ndate(c)}. "
            f"Auguri al nostro socio fondatore {P(c.name(bd, 'full'))}, nato il {D(dob)}.")


@family("exam_results", ALL, 18)
def f_exams(c):
    hdr = {"en": ["Candidate", "DOB", "Maths", "English", "Result"],
           "de": ["Prüfling", "Geb.-Datum", "Mathe", "Deutsch", "Ergebnis"],
           "fr": ["Candidat", "Né(e) le", "Maths", "Français", "Résultat"],
           "nl": ["Kandidaat", "Geb.datum", "Wiskunde", "Nederlands", "Uitslag"],
           "es": ["Alumno", "F. nac.", "Matemáticas", "Lengua", "Nota"],
           "it": ["Candidato", "Data nascita", "Matematica", "Italiano", "Esito"],
           "pt": ["Aluno", "Data nasc.", "Matemática", "Português", "Resultado"]}[c.lang]
    rows = []
    for _ in range(c.n(3, 4)):
        p = c.person()
        rows.append([P(c.name(p, c.pick(["sur_comma", "full", "sur_caps"]))),
                     D(c.dob(y0=2005, y1=2011)), str(c.n(2, 10)), str(c.n(2, 10)),
                     c.pick({"en": ["pass", "merit", "fail"], "de": ["bestanden", "nicht bestanden"],
                             "fr": ["admis", "ajourné", "mention AB"], "nl": ["geslaagd", "gezakt"],
                             "es": ["aprobado", "suspenso", "notable"], "it": ["promosso", "respinto"],
                             "pt": ["aprovado", "reprovado"]}[c.lang])])
    t = fixed(c, hdr, rows) if c.r.random() < 0.4 else table(c, hdr, rows)
    ask = {"en": "Compute the average per subject and flag anyone below 5:",
           "de": "Berechne den Durchschnitt je Fach und markiere alle unter 4:",
           "fr": "Calcule la moyenne par matière :",
           "nl": "Bereken het gemiddelde per vak:",
           "es": "Calcula la media por asignatura:",
           "it": "Calcola la media per materia:",
           "pt": "Calcula a média por disciplina:"}[c.lang]
    return f"{ask}\n\n{t}\n\nExam session {code(c, 'ref')}, {ndate(c)}"


@family("care_handover", ["en", "de", "nl", "fr"], 14)
def f_care(c):
    r1, r2, n1, n2, fam = c.person(), c.person(), c.person(), c.person(), c.person()
    if c.lang == "en":
        return (f"Turn these handover notes into a tidy table (resident, issue, action):\n\n"
                f"Night shift {ndate(c)} – {P(c.name(n1, 'given'))} to {P(c.name(n2, 'given'))}\n"
                f"Rm 4 {P(c.name(r1, c.pick(['full', 'sur_comma'])))} (DOB {D(c.dob(y0=1928, y1=1950))}): restless, {neg(c, 'NEG_TERM')} – PRN given 02:10. Daughter {P(c.name(fam, 'given'))} phoning at 9.\n"
                f"Rm 7 {c.title(r2)} {P(c.name(r2, 'sur'))} (b. {D(c.dob(y0=1925, y1=1950))}): good night. GP visit moved to {ndate(c)}. Therapy cat {L('NEG_PET', c.pick(NEG['NEG_PET']))} visited.\n"
                f"New admission from {neg(c, 'NEG_ORG')}: {P(c.name(c.person(), 'full'))}, born {D(c.dob(y0=1930, y1=1948))}, previous address {A(c.addr(False))}.")
    if c.lang == "de":
        return (f"Mach aus dieser Übergabe eine Tabelle:\n\n"
                f"Übergabe Nachtdienst {ndate(c, style='dots')}, {P(c.name(n1, 'given'))} an {P(c.name(n2, 'given'))}\n"
                f"Zi. 12 {tname(c, r1, 'sur')} (geb. {D(c.dob(y0=1928, y1=1950))}): unruhig, {L('NEG_TERM', 'Morbus Bechterew')} bekannt.\n"
                f"Zi. 14 {tname(c, r2, 'full')}, *{D(c.dob(y0=1925, y1=1950))}: Sohn {P(c.name(fam, 'given'))} kommt morgen. Neuaufnahme {P(c.name(c.person(), 'full'))}, *{D(c.dob(y0=1930, y1=1948))}, zuvor wohnhaft {A(c.addr(False))}.")
    if c.lang == "nl":
        return (f"Zet deze overdracht om in een tabel:\n\n"
                f"Overdracht {ndate(c)}, {P(c.name(n1, 'given'))} → {P(c.name(n2, 'given'))}\n"
                f"Kamer 3: {tname(c, r1, 'full')}, geb. {D(c.dob(y0=1928, y1=1950))}, onrustig, dochter {P(c.name(fam, 'given'))} gebeld.\n"
                f"Kamer 9: {tname(c, r2, 'sur')} ({D(c.dob(y0=1925, y1=1950))}) goed geslapen. Ziekte van {L('NEG_TERM', 'Parkinson')} – medicatie om 8 uur.")
    return (f"Mets ces transmissions sous forme de tableau :\n\n"
            f"Transmissions nuit du {ndate(c)} — {P(c.name(n1, 'given'))} / {P(c.name(n2, 'given'))}\n"
            f"Ch. 5 : {tname(c, r1, 'full')}, {born(c, r1)} {D(c.dob(y0=1928, y1=1950))}, agitée, {L('NEG_TERM', 'maladie de Lyme')} en cours de traitement.\n"
            f"Ch. 8 : {tname(c, r2, 'sur')}, DDN {D(c.dob(y0=1925, y1=1950))}, RAS. Sa fille {P(c.name(fam, 'given'))} passera demain.")


@family("tutoring_notes", ["en", "es", "it", "de"], 12)
def f_tutor(c):
    st, pa, tu = c.person(), c.person(), c.person()
    if c.lang == "en":
        return (f"Write a short progress report for the parents from my tutoring notes:\n\n"
                f"Student: {P(c.name(st, 'full'))} (Year 9) – parent {P(c.name(pa, c.pick(['full', 'given'])))}\n"
                f"Sessions {ndate(c)}, {ndate(c)}. Worked on the {neg(c, 'NEG_TERM')} and quadratic equations. "
                f"{P(c.name(st, 'given'))} confuses {L('NEG_FAMOUS', 'Pythagoras')} with similar triangles. Mock exam {ndate(c)}.\n— {P(c.name(tu, 'given'))}")
    if c.lang == "es":
        return (f"Redacta un informe para la familia con estas notas de clases particulares:\n\n"
                f"Alumna: {P(c.name(st, 'full'))}. Madre: {P(c.name(pa, 'full'))}.\n"
                f"Clases {ndate(c)} y {ndate(c)}: comentario de texto sobre {L('NEG_FAMOUS', 'Gabriel García Márquez')}. "
                f"A {P(c.name(st, 'given'))} le cuesta la sintaxis. Examen final {ndate(c)}.")
    if c.lang == "it":
        return (f"Scrivi un breve resoconto per i genitori:\n\n"
                f"Studente: {P(c.name(st, 'full'))} — genitore: {tname(c, pa, 'full')}\n"
                f"Lezioni del {ndate(c)}: analisi di {L('NEG_FAMOUS', 'Dante Alighieri')}, {P(c.name(st, 'given'))} migliora. Verifica il {ndate(c)}.")
    return (f"Schreib den Eltern einen kurzen Lernbericht:\n\n"
            f"Schüler: {P(c.name(st, 'full'))}, Mutter: {tname(c, pa, 'sur')}\n"
            f"Stunden am {ndate(c, style='dots')}: {L('NEG_TERM', 'Satz des Pythagoras')}, Textaufgaben. {P(c.name(st, 'given'))} braucht mehr Übung. Klassenarbeit am {ndate(c, style='dots')}.")


@family("speaker_bios", ["en", "de", "fr", "es"], 14)
def f_bios(c):
    sp = [c.person() for _ in range(c.pick([1, 2, 2]))]
    mod = c.person()
    fam = L("NEG_FAMOUS", c.pick(NEG["NEG_FAMOUS"]))
    if c.lang == "en":
        bios = "\n\n".join(
            f"{c.pick(['Dr.', 'Prof.', ''])} {P(c.name(p, 'full'))} – {c.pick(['senior researcher', 'product lead', 'data engineer'])} at {neg(c, 'NEG_ORG')}. "
            f"{P(c.name(p, 'given'))} has written about the {neg(c, 'NEG_TERM')} and lives in {L('NEG_PLACE', c.pick(['Adelaide', 'Madison', 'Regina', 'Victoria']))}.".strip()
            for p in sp)
        return (f"Shorten these speaker bios to 40 words each for the programme:\n\n{bios}\n\n"
                f"Keynote on the legacy of {fam}, moderated by {P(c.name(mod))}. Session date {ndate(c)}.")
    if c.lang == "de":
        bios = "\n\n".join(
            f"{P(c.name(p, 'full'))} forscht am {L('NEG_ORG', c.pick(['Max-Planck-Institut', 'Fraunhofer-Institut', 'Goethe-Institut']))} zu {c.pick(['Sprachmodellen', 'Batterien', 'Stadtplanung'])}. Zuvor war {P(c.name(p, 'given'))} bei {neg(c, 'NEG_ORG')}."
            for p in sp)
        return f"Kürze die Referentenbios für das Programmheft:\n\n{bios}\n\nModeration: {P(c.name(mod))}. Panel über {fam} am {ndate(c, style='long')}."
    if c.lang == "fr":
        bios = "\n\n".join(
            f"{P(c.name(p, 'full'))} est {c.pick(['chercheuse', 'ingénieure', 'consultante'] if p['g'] == 'f' else ['chercheur', 'ingénieur', 'consultant'])} chez {neg(c, 'NEG_ORG')}. {P(c.name(p, 'given'))} a publié sur {fam}."
            for p in sp)
        return f"Raccourcis ces biographies d'intervenants :\n\n{bios}\n\nAnimation : {P(c.name(mod))}, le {ndate(c)}."
    bios = "\n\n".join(
        f"{P(c.name(p, 'full'))} es {c.pick(['investigadora', 'ingeniera', 'periodista'] if p['g'] == 'f' else ['investigador', 'ingeniero', 'periodista'])} en {neg(c, 'NEG_ORG')}. {P(c.name(p, 'given'))} estudia la obra de {fam}."
        for p in sp)
    return f"Acorta estas biografías de ponentes:\n\n{bios}\n\nModera: {P(c.name(mod))}. Fecha: {ndate(c)}."


@family("acknowledgements", ALL, 18)
def f_ack(c):
    sup, co = c.person(), c.person()
    fam = [c.person() for _ in range(c.n(2, 3))]
    L_ = c.lang
    if L_ == "en":
        return (f"Polish the acknowledgements of my thesis:\n\n"
                f"I thank my supervisor {c.pick(['Prof.', 'Dr', 'Professor'])} {P(c.name(sup, 'full'))} for {'her' if sup['g'] == 'f' else 'his'} patience, and {P(c.name(co, 'given'))} for the late nights in the lab "
                f"with the {neg(c, 'NEG_PRODUCT')} and the {L('NEG_TERM', 'Petri dish')}es. Funding came from the {L('NEG_ORG', 'Wellcome Trust')}. "
                f"Finally, to {names_and(c, fam, 'given')}: this is for you. And to {L('NEG_PET', c.pick(NEG['NEG_PET']))} the cat, who sat on every draft.")
    if L_ == "de":
        return (f"Verbessere meine Danksagung:\n\n"
                f"Mein Dank gilt {c.pick(['Prof. Dr.', 'Frau Prof.', 'Herrn Dr.'])} {P(c.name(sup, 'full'))} für die Betreuung sowie {P(c.name(co, 'full'))}. "
                f"Ohne {names_and(c, fam, 'given')} wäre diese Arbeit nie fertig geworden. Gefördert vom {L('NEG_ORG', 'Max-Planck-Institut')}.")
    if L_ == "fr":
        return (f"Améliore mes remerciements :\n\n"
                f"Je remercie {c.title(sup)} {P(c.name(sup, 'full'))}, {'ma directrice' if sup['g'] == 'f' else 'mon directeur'} de thèse, ainsi que {P(c.name(co, 'full'))}. "
                f"Merci à {names_and(c, fam, 'given')}, et à {L('NEG_PET', c.pick(NEG['NEG_PET']))}, mon chat.")
    if L_ == "nl":
        return (f"Kun je mijn dankwoord verbeteren?\n\n"
                f"Dank aan mijn promotor {c.pick(['prof. dr.', 'dr.'])} {P(c.name(sup, 'full'))} en copromotor {P(c.name(co, 'full'))}. "
                f"Lieve {names_and(c, fam, 'given')}, zonder jullie was het niet gelukt.")
    if L_ == "es":
        return (f"Mejora la dedicatoria de mi libro:\n\n"
                f"A {P(c.name(sup, 'full'))}, que creyó en este proyecto. A {names_and(c, fam, 'given')}, por todo. "
                f"Y a {P(c.name(co, 'nick'))}, que leyó cada borrador. Publicado con apoyo de la {L('NEG_ORG', 'Fundação Calouste Gulbenkian')}.")
    if L_ == "it":
        return (f"Migliora i ringraziamenti della tesi:\n\n"
                f"Ringrazio il relatore, {c.pick(['Prof.', 'prof.ssa', 'Dott.'])} {P(c.name(sup, 'full'))}, e il correlatore {P(c.name(co, 'full'))}. "
                f"Grazie a {names_and(c, fam, 'given')}, e al mio cane {L('NEG_PET', c.pick(NEG['NEG_PET']))}.")
    return (f"Melhora os agradecimentos da dissertação:\n\n"
            f"Agradeço à {c.pick(['Prof.ª', 'Prof.', 'Dra.'])} {P(c.name(sup, 'full'))} e a {P(c.name(co, 'full'))}. "
            f"Ao {names_and(c, fam, 'given')}, obrigado por tudo.")


@family("press_release", ["en", "de", "fr", "es"], 26)
def f_press(c):
    sp, ceo = c.person(), c.person()
    ad = c.addr(False)
    if c.lang == "en":
        return (f"Edit this press release to 150 words:\n\n"
                f"FOR IMMEDIATE RELEASE – {ndate(c)}\n{c.pick(['Brightwater Labs', 'Kestrel Analytics', 'Tidewell Foods'])}, {A(ad)}, today announced a partnership with {neg(c, 'NEG_ORG')}.\n"
                f"\"We are thrilled,\" said {P(c.name(ceo, 'full'))}, CEO. \"Like {L('NEG_FAMOUS', c.pick(NEG['NEG_FAMOUS']))} said, ...\"\n"
                f"Media contact: {P(c.name(sp, 'full'))}, {E(c.email(sp, 'brightwater.io'))}")
    if c.lang == "de":
        return (f"Kürze diese Pressemitteilung:\n\n"
                f"PRESSEMITTEILUNG, {ndate(c, style='long')}\nDie Stadtwerke {c.pick(['Lindau', 'Herne', 'Speyer'])} ({A(ad)}) kooperieren mit {neg(c, 'NEG_ORG')}. "
                f"„Ein wichtiger Schritt“, so Geschäftsführerin {P(c.name(ceo, 'full'))}.\nPressekontakt: {P(c.name(sp))}, {E(c.email(sp, 'stadtwerke-lindau.de'))}")
    if c.lang == "fr":
        return (f"Raccourcis ce communiqué :\n\n"
                f"COMMUNIQUÉ — {ndate(c, style='long')}\nLa société {c.pick(['Vauclair', 'Lumisol', 'Terrabelle'])}, sise {A(ad)}, s'associe à {neg(c, 'NEG_ORG')}. "
                f"« Nous sommes fiers », déclare {P(c.name(ceo, 'full'))}, présidente.\nContact presse : {P(c.name(sp))} — {E(c.email(sp, 'vauclair.fr'))}")
    return (f"Acorta esta nota de prensa:\n\n"
            f"NOTA DE PRENSA — {ndate(c, style='long')}\n{c.pick(['Solano Energía', 'Grupo Azulejo'])}, con sede en {A(ad)}, firma un acuerdo con {neg(c, 'NEG_ORG')}. "
            f"\"Es un hito\", afirmó {P(c.name(ceo, 'full'))}.\nContacto: {P(c.name(sp))}, {E(c.email(sp, 'solano.es'))}")


@family("local_news", ["en", "de", "nl", "it", "es", "pt"], 26)
def f_news(c):
    a, j, w = c.person(), c.person(), c.person()
    age = c.n(19, 78)
    if c.lang == "en":
        k = c.r.random()
        if k < 0.5:
            return (f"Summarise this court report in two sentences:\n\n"
                    f"{P(c.name(a, 'full'))}, {age}, of {A(c.addr(False))}, appeared before Judge {P(c.name(j, 'sur'))} on {ndate(c)} "
                    f"charged with careless driving on {L('NEG_PLACE', c.pick(['Winston Churchill Avenue', 'Victoria', 'Jackson']))} Road. "
                    f"{P(c.name(a, 'sur'))}, whose date of birth was given as {D(c.dob(y0=1946, y1=2005))}, pleaded not guilty. "
                    f"Witness {P(c.name(w, 'full'))} told the court she saw a {L('NEG_PRODUCT', c.pick(CARS))} swerve. The case resumes on {ndate(c)}.")
        return (f"Rewrite this award story for our website:\n\n"
                f"Lollipop lady {P(c.name(a, 'full'))} has been honoured by the {neg(c, 'NEG_ORG')} foundation after 30 years outside "
                f"{L('NEG_ORG', c.pick(['St Joseph’s Primary', 'Queen Elizabeth School', 'Nelson Mandela University']))}. "
                f"Head teacher {P(c.name(j, 'full'))} said: \"{P(c.name(a, 'given'))} knows every child by name.\" Pupils {names_and(c, [w, c.person()], 'given')} presented flowers.")
    if c.lang == "de":
        return (f"Fasse diese Lokalmeldung zusammen:\n\n"
                f"Am {ndate(c, style='long')} ist ein {age}-jähriger Radfahrer auf der {L('NEG_PLACE', 'Goethestraße')} gestürzt. "
                f"Laut Polizei handelt es sich um {P(a['given'] + ' ' + a['sur'][0] + '.')} aus {c.pick(['Fürth', 'Gera', 'Bocholt'])}. "
                f"Zeugin {P(c.name(w, 'full'))} leistete Erste Hilfe. Richterin {P(c.name(j, 'sur'))} verhandelt einen ähnlichen Fall am {ndate(c, style='dots')}.")
    if c.lang == "nl":
        return (f"Vat dit nieuwsbericht samen:\n\n"
                f"De politierechter veroordeelde {P(a['given'] + ' ' + a['sur'][0].upper() + '.')} ({age}) uit {c.pick(['Tilburg', 'Zwolle', 'Leeuwarden'])} op {ndate(c)}. "
                f"Getuige {P(c.name(w, 'full'))} verklaarde dat de auto, een {L('NEG_PRODUCT', c.pick(CARS))}, over de {L('NEG_PLACE', 'Kennedylaan')} scheurde.")
    if c.lang == "it":
        return (f"Riassumi questa notizia:\n\n"
                f"Premiata {P(c.name(a, 'full'))}, {age} anni, residente in {A(c.addr(False))}, per il suo volontariato. "
                f"Il sindaco {P(c.name(j, 'full'))} ha consegnato la targa il {ndate(c)} presso la {L('NEG_ORG', 'Fondazione Prada')}.")
    if c.lang == "es":
        return (f"Resume esta noticia local:\n\n"
                f"{P(c.name(a, 'full'))}, de {age} años y vecina de {A(c.addr(False))}, recibió el premio al comercio del año el {ndate(c)}. "
                f"La alcaldesa {P(c.name(j, 'full'))} destacó su labor. Asistieron {names_and(c, [w, c.person()], 'full')}.")
    return (f"Resume esta notícia:\n\n"
            f"{P(c.name(a, 'full'))}, de {age} anos, residente na {A(c.addr(False))}, foi homenageada no dia {ndate(c)}. "
            f"O presidente da junta, {P(c.name(j, 'full'))}, entregou a medalha no {L('NEG_ORG', 'Sporting Clube de Portugal')}.")


@family("letter_to_editor", ["en", "de", "fr"], 24)
def f_letter(c):
    p = c.person()
    if c.lang == "en":
        return (f"Tighten my letter to the editor (max 200 words):\n\n"
                f"Sir, – Your report of {ndate(c)} on the closure of the {L('NEG_ORG', c.pick(['John Lewis', 'Marks & Spencer', 'Thomas Cook']))} store ignored the "
                f"{L('NEG_TERM', 'Pareto principle')}: most footfall came from the market on {L('NEG_PLACE', 'Victoria')} Square. "
                f"As {L('NEG_FAMOUS', 'Winston Churchill')} almost said, never waste a good crisis.\nYours faithfully,\n{P(c.name(p, 'full'))}\n{A(c.addr(True))}")
    if c.lang == "de":
        return (f"Überarbeite meinen Leserbrief:\n\n"
                f"Zu Ihrem Artikel vom {ndate(c, style='dots')} über die Sanierung der {L('NEG_PLACE', 'Karl-Marx-Allee')}: Auch {L('NEG_FAMOUS', 'Goethe')} wäre entsetzt.\n"
                f"{P(c.name(p, 'full'))}\n{A(c.addr(True))}")
    return (f"Améliore mon courrier des lecteurs :\n\n"
            f"Suite à votre article du {ndate(c)} sur la {L('NEG_PLACE', 'Place Charles de Gaulle')}, je rappelle que {L('NEG_FAMOUS', 'Simone de Beauvoir')} y habitait.\n"
            f"{P(c.name(p, 'full'))}, {A(c.addr(False))}")


@family("petition_signatories", ALL, 20)
def f_petition(c):
    hdr = {"en": ["#", "Name", "Address", "Signed"], "de": ["Nr.", "Name", "Anschrift", "Datum"],
           "fr": ["N°", "Nom", "Adresse", "Date"], "nl": ["Nr", "Naam", "Adres", "Datum"],
           "es": ["N.º", "Nombre", "Domicilio", "Fecha"], "it": ["N.", "Nome", "Indirizzo", "Data"],
           "pt": ["N.º", "Nome", "Morada", "Data"]}[c.lang]
    rows = []
    eci = c.r.random() < 0.5
    if eci:
        hdr = hdr[:2] + [lx(c, "dob")] + hdr[2:]
    for i in range(c.n(3, 5)):
        p = c.person()
        row = [str(i + 1), P(c.name(p, c.pick(["full", "caps", "lower", "full"]))),
               A(c.addr(False)) if c.r.random() < 0.6 else c.pick(["—", "n/a"]),
               ndate(c)]
        if eci:
            row.insert(2, D(c.dob(y0=1940, y1=2007)))
        rows.append(row)
    topic = {"en": f"Petition: keep the library on {L('NEG_PLACE', 'Winston Churchill Avenue')} open",
             "de": f"Petition: Rettet das Freibad an der {L('NEG_PLACE', 'Goethestraße')}",
             "fr": f"Pétition : sauvons le marché de l'{L('NEG_PLACE', 'Avenue Victor Hugo')}",
             "nl": f"Petitie: behoud het park aan de {L('NEG_PLACE', 'Kennedylaan')}",
             "es": f"Firmas: no al cierre del mercado de {L('NEG_PLACE', 'Avenida Juárez')}",
             "it": f"Petizione: salviamo il giardino di {L('NEG_PLACE', 'Via Garibaldi')}",
             "pt": f"Petição: salvem o jardim da {L('NEG_PLACE', 'Praça Marquês de Pombal')}"}[c.lang]
    ask = {"en": "Count valid signatures (address required):", "de": "Zähle die gültigen Unterschriften:",
           "fr": "Compte les signatures valides :", "nl": "Tel de geldige handtekeningen:",
           "es": "Cuenta las firmas válidas:", "it": "Conta le firme valide:",
           "pt": "Conta as assinaturas válidas:"}[c.lang]
    return f"{ask}\n\n{topic}\n{table(c, hdr, rows)}"


@family("condolence_book", ["en", "de", "nl", "fr", "es"], 9)
def f_condolence(c):
    dec = c.person()
    ents = [c.person() for _ in range(c.n(2, 3))]
    died = L("NEG_DATE", c.date(None, 2025, 2026))
    ask = {"en": "Help me pick three entries from the online condolence book to read at the service:",
           "de": "Hilf mir, drei Einträge aus dem Kondolenzbuch für die Trauerfeier auszuwählen:",
           "nl": "Help me drie berichten uit het condoleanceregister te kiezen:",
           "fr": "Aide-moi à choisir trois messages du livre de condoléances :",
           "es": "Ayúdame a elegir tres mensajes del libro de condolencias:"}[c.lang]
    head = {"en": f"In memory of {P(c.name(dec, 'full'))} († {died})",
            "de": f"In stillem Gedenken an {P(c.name(dec, 'full'))}, verstorben am {died}",
            "nl": f"In herinnering aan {P(c.name(dec, 'full'))}, overleden {died}",
            "fr": f"En mémoire de {P(c.name(dec, 'full'))}, décédé(e) le {died}",
            "es": f"En memoria de {P(c.name(dec, 'full'))}, fallecido/a el {died}"}[c.lang]
    msgs = {"en": ["Thinking of you all. {g} was the kindest neighbour.", "So sorry for your loss. Love from {n} and family.",
                   "RIP {g}, the best boss at {o}."],
            "de": ["Unser aufrichtiges Beileid. {g} wird uns fehlen.", "In Gedanken bei euch – {n} und Familie", "Ruhe in Frieden, {g}."],
            "nl": ["Veel sterkte. {g} was een lieve buurvrouw.", "Gecondoleerd, {n} en kinderen", "Rust zacht {g}."],
            "fr": ["Toutes nos pensées. {g} était si gentil(le).", "Sincères condoléances, {n} et famille", "Repose en paix {g}."],
            "es": ["Mi más sentido pésame. {g} era un sol.", "Un abrazo fuerte, {n} y familia", "Descansa en paz, {g}."]}[c.lang]
    lines = []
    for e in ents:
        m = c.pick(msgs).format(g=P(c.name(dec, "given")), n=P(c.name(e, c.pick(["given", "full"]))),
                                o=neg(c, "NEG_ORG"))
        lines.append(f"{P(c.name(e, c.pick(['full', 'full', 'lower', 'initial'])))} – {ndate(c, 2025, 2026)}\n{m}")
    return ask + "\n\n" + head + "\n\n" + "\n\n".join(lines)


@family("podcast_show_notes", ["en"], 8)
def f_podcast(c):
    h1, h2, g = c.person(), c.person(), c.person()
    return (f"Write YouTube chapters from these show notes:\n\n"
            f"Ep. {c.n(12, 240)} – \"{L('NEG_FAMOUS', c.pick(NEG['NEG_FAMOUS']))} and the {neg(c, 'NEG_TERM')}\"\n"
            f"Hosts: {P(c.name(h1, 'given'))} & {P(c.name(h2, 'given'))}\nGuest: {P(c.name(g, 'full'))} (author, @{fold(g['sur']).lower()}_writes)\n"
            f"00:00 intro, {P(c.name(h2, 'given'))}'s dog {L('NEG_PET', c.pick(NEG['NEG_PET']))} barks\n"
            f"04:12 {P(c.name(g, 'given'))} on growing up in {L('NEG_PLACE', c.pick(['Adelaide', 'Alexandria', 'Santiago', 'Lourdes']))}\n"
            f"31:40 listener question from {P(c.name(c.person(), c.pick(['given', 'full'])))}\n"
            f"Sponsored by {neg(c, 'NEG_PRODUCT')}. Recorded {ndate(c)}.")


@family("oral_history", ["en", "es", "it", "pt"], 18)
def f_oral(c):
    i, q, m = c.person(), c.person(), c.person("f")
    dob = c.dob(y0=1932, y1=1960)
    if c.lang == "en":
        return (f"Clean up this oral-history transcript (remove ums, keep meaning):\n\n"
                f"INTERVIEWER ({P(c.name(q, 'given'))}): Could you tell us your full name and when you were born?\n"
                f"{P(c.name(i, 'given').upper())}: Um, I'm {P(c.name(i, 'full'))}, I was born on {D(dob)}, in a flat above the chemist's at {A(c.addr(False))}.\n"
                f"INTERVIEWER: And your mother?\n{P(c.name(i, 'given').upper())}: {P(c.name(m, 'full'))}. She worked at {neg(c, 'NEG_ORG')} until the war, um, she met {L('NEG_FAMOUS', 'Queen Victoria')}'s great-granddaughter once, or so she said.")
    if c.lang == "es":
        return (f"Limpia esta transcripción de historia oral:\n\n"
                f"ENTREVISTADORA: ¿Cuándo nació usted?\n{P(c.name(i, 'given').upper())}: Yo nací el {D(dob)}, en {A(c.addr(False))}. Mi madre, {P(c.name(m, 'full'))}, cosía para {L('NEG_FAMOUS', 'Eva Perón')}, decían.")
    if c.lang == "it":
        return (f"Ripulisci questa trascrizione:\n\n"
                f"INTERVISTATORE: Quando è nata?\n{P(c.name(i, 'full'))}: Eh, il {D(dob)}, a casa, in {A(c.addr(False))}. Mia madre, {P(c.name(m, 'given'))}, lavorava alla {L('NEG_ORG', 'Olivetti')}.")
    return (f"Limpa esta transcrição:\n\n"
            f"ENTREVISTADORA: Quando nasceu?\n{P(c.name(i, 'full'))}: Nasci a {D(dob)}, na {A(c.addr(False))}. A minha mãe, {P(c.name(m, 'full'))}, ouvia a {L('NEG_FAMOUS', 'Amália Rodrigues')} todos os dias.")


@family("jira_confluence", ["en"], 16)
def f_jira(c):
    a, r, rep = c.person(), c.person(), c.person()
    h = fold(r["given"]).lower()[:1] + fold(r["sur"]).lower()[:7]
    cust = c.person()
    return (f"Summarise this ticket for the stand-up:\n\n"
            f"{code(c, 'jira')} Customer address not updated after move\nStatus: In Review   Fix version: {code(c, 'ver')}\n"
            f"Assignee: {P(c.name(a, 'full'))}   Reviewer: {P(c.name(r, 'full'))} (@{h})   Reporter: {P(c.name(rep, c.pick(['full', 'sur_comma'])))}\n"
            f"Description: customer {P(c.name(cust, 'full'))} (DOB {D(c.dob())}) changed address to\n{A(c.addr(True))}\nbut invoices still go to the old one. "
            f"See {code(c, 'jira')} and build {code(c, 'ver')}.\n"
            f"Comment by {P(c.name(a, 'given'))}: repro'd with the {neg(c, 'NEG_TERM')} test data; @{h} can you check the migration?\n"
            f"Due: {ndate(c)}")


@family("expense_timesheet", ["en", "de", "fr"], 18)
def f_expense(c):
    e, m = c.person(), c.person()
    rows = []
    for _ in range(c.n(3, 5)):
        rows.append([ndate(c), c.pick(["Taxi", "Hotel", "Train", "Dinner w/ client", "Parking"]),
                     f"{c.n(8, 400)}.{c.n(0, 99):02d}",
                     c.pick([f"guest: {P(c.name(c.person(), c.pick(['full', 'initial'])))}", "-", code(c, "ref"), f"at {neg(c, 'NEG_ORG')}"])])
    hdr = {"en": ["Date", "Category", "Amount", "Note"], "de": ["Datum", "Kategorie", "Betrag", "Notiz"],
           "fr": ["Date", "Catégorie", "Montant", "Note"]}[c.lang]
    head = {"en": f"Employee: {P(c.name(e, 'sur_comma'))}  Manager: {P(c.name(m, 'full'))}\nHome address (for mileage): {A(c.addr(False))}",
            "de": f"Mitarbeiter/in: {P(c.name(e, 'full'))}   Vorgesetzte/r: {P(c.name(m, 'sur'))}\nWohnanschrift (Kilometerpauschale): {A(c.addr(False))}",
            "fr": f"Salarié : {P(c.name(e, 'sur_caps'))}   Manager : {P(c.name(m, 'full'))}\nDomicile (indemnités km) : {A(c.addr(False))}"}[c.lang]
    ask = {"en": "Check this expense report against policy (max 150/night hotel) and total it:",
           "de": "Prüfe diese Reisekostenabrechnung und bilde die Summe:",
           "fr": "Vérifie cette note de frais et fais le total :"}[c.lang]
    return f"{ask}\n\n{head}\n{table(c, hdr, rows)}"


@family("shift_swap", ["en", "de", "nl", "es"], 8)
def f_shift(c):
    a, b, m = c.person(), c.person(), c.person()
    if c.lang == "en":
        return (f"Rewrite this shift-swap message so it's clear for the manager:\n\n"
                f"hey {P(c.name(m, 'given').lower())}, {P(c.name(a, 'given'))} and {P(c.name(b, 'given'))} want to swap – "
                f"{P(c.name(a, 'given'))} takes {P(c.name(b, 'given'))}'s late on {ndate(c)} and {P(c.name(b, 'given'))} does the early on {ndate(c)}. "
                f"the rota in {L('NEG_PRODUCT', 'Deputy')} still shows {P(c.name(c.person(), 'full'))} on both, can you fix?")
    if c.lang == "de":
        return (f"Formuliere diese Nachricht zum Schichttausch klarer:\n\n"
                f"Hi {P(c.name(m, 'given'))}, {P(c.name(a, 'given'))} und {P(c.name(b, 'given'))} tauschen: Spätdienst am {ndate(c, style='dots')} gegen Frühdienst am {ndate(c, style='dots')}. Passt das?")
    if c.lang == "nl":
        return (f"Maak dit ruilverzoek duidelijker:\n\n"
                f"Hoi {P(c.name(m, 'given'))}, {P(c.name(a, 'given'))} en {P(c.name(b, 'given'))} willen ruilen: avond op {ndate(c)} tegen ochtend op {ndate(c)}.")
    return (f"Reescribe este mensaje de cambio de turno:\n\n"
            f"Hola {P(c.name(m, 'given'))}, {P(c.name(a, 'given'))} y {P(c.name(b, 'given'))} quieren cambiar: tarde del {ndate(c)} por mañana del {ndate(c)}.")


@family("airline_pnr", ["en", "de", "fr", "es", "pt", "it", "nl"], 20)
def f_pnr(c):
    ps = [c.person() for _ in range(c.pick([1, 1, 1, 2, 2, 3]))]
    lines = []
    for i, p in enumerate(ps):
        t = "MR" if p["g"] == "m" else c.pick(["MRS", "MS"])
        lines.append(f" {i + 1}.1{P(fold(p['sur']).upper())}/{P(fold(p['given']).upper())} {t}")
    ssr = []
    for i, p in enumerate(ps):
        if c.r.random() < 0.25:
            continue
        y, mth, d = c.rand_date(1945, 2015)
        dd = f"{d:02d}{MONTHS_ABBR['en'][mth - 1].upper()}{y % 100:02d}"
        ssr.append(f"SSR DOCS {c.pick(['LH', 'AF', 'IB', 'TP', 'KL'])} HK1/P/{c.pick(['DEU', 'FRA', 'ESP', 'PRT', 'NLD', 'GBR', 'IRL'])}/{c.n(10**7, 10**8 - 1)}/"
                   f"{c.pick(['DEU', 'FRA', 'ESP', 'PRT', 'NLD', 'GBR', 'IRL'])}/{D(dd)}/{'M' if p['g'] == 'm' else 'F'}/"
                   f"{L('NEG_DATE', str(c.n(10, 28)) + MONTHS_ABBR['en'][c.n(0, 11)].upper() + str(c.n(27, 34)))}/{P(fold(p['sur']).upper())}/{P(fold(p['given']).upper())}-{i + 1}.1")
    ask = {"en": "Explain this booking record in plain words for the family:",
           "de": "Erklär mir diese Buchung in einfachen Worten:",
           "fr": "Explique-moi ce dossier de réservation :",
           "es": "Explícame esta reserva en palabras simples:",
           "pt": "Explica-me esta reserva em palavras simples:",
           "it": "Spiegami questa prenotazione in parole semplici:",
           "nl": "Leg deze boeking in gewone taal uit:"}[c.lang]
    ctc = c.person()
    if not ssr:
        y, mth, d = c.rand_date(1945, 2015)
        ssr.append(f"SSR DOCS YY HK1/P/GBR/{c.n(10**7, 10**8 - 1)}/GBR/{D(f'{d:02d}{MONTHS_ABBR[chr(101) + chr(110)][mth - 1].upper()}{y % 100:02d}')}/{'M' if ps[0]['g'] == 'm' else 'F'}/{L('NEG_DATE', '11JUN31')}/{P(fold(ps[0]['sur']).upper())}/{P(fold(ps[0]['given']).upper())}-1.1")
    return (f"{ask}\n\nRLOC {code(c, 'pnr')}\n" + "\n".join(lines) +
            f"\n 2 {c.pick(['LH', 'AF', 'IB', 'TP', 'KL'])} {c.n(100, 1999)} Y {L('NEG_DATE', str(c.n(10, 28)) + MONTHS_ABBR['en'][c.n(0, 11)].upper())} {c.pick(['FRAMAD', 'CDGLIS', 'AMSFCO', 'MADEZE', 'LISGRU'])} HK{len(ps)}\n"
            + "\n".join(ssr) +
            f"\nAPK {P(c.name(ctc, 'caps'))}\nContact e-mail: {E(c.email(ctc))}")


@family("boarding_ticket", ["en", "de", "fr", "es", "it"], 16)
def f_ticket(c):
    p, q = c.person(), c.person()
    ev = c.pick([f"{L('NEG_FAMOUS', 'Taylor Swift')} – The Eras Tour", f"{L('NEG_ORG', 'Newell’s Old Boys')} vs Boca",
                 "Jazz à Vienne", f"{L('NEG_FAMOUS', 'Mozart')} Requiem"])
    return (f"Extract name, event, date and seat from these tickets as JSON:\n\n"
            f"E-TICKET {code(c, 'order')}\n{ev}\nDate: {ndate(c)}  Doors 19:00\n"
            f"Ticket holder: {P(c.name(p, c.pick(['caps', 'full'])))}\n"
            + (f"Youth fare – holder date of birth: {D(c.dob(y0=2000, y1=2010))}\n" if c.r.random() < 0.5 else "") +
            f"Block C, Row {c.n(1, 40)}, Seat {c.n(1, 30)}\n"
            f"---\nBOARDING PASS\n{P(fold(q['sur']).upper())}/{P(fold(q['given']).upper())}\n"
            f"{c.pick(['LH', 'AF', 'IB', 'AZ'])} {c.n(100, 2999)}  {ndate(c, style='iso')}  Seat {c.n(1, 40)}{c.pick('ABCDEF')}  Gate {c.pick('ABCD')}{c.n(1, 60)}")


def jstr(v):
    """JSON string literal body for a value (no surrounding quotes)"""
    return json.dumps(v, ensure_ascii=False)[1:-1]


@family("fill_structured", ALL, 40)
def f_fill(c):
    p, q = c.person(), c.person()
    dob = c.dob()
    ad = c.addr(c.r.random() < 0.5)
    em = c.email(p)
    ask = {"en": "Fill in this JSON from the text below, keep my spelling:",
           "de": "Fülle dieses JSON aus dem Text unten aus:",
           "fr": "Remplis ce JSON à partir du texte ci-dessous :",
           "nl": "Vul deze JSON in op basis van de tekst hieronder:",
           "es": "Rellena este JSON con el texto de abajo:",
           "it": "Compila questo JSON dal testo qui sotto:",
           "pt": "Preenche este JSON com o texto abaixo:"}[c.lang]
    src = {"en": f"Hi, I'm {P(c.name(p, 'full'))}, born {D(dob)}. I've just moved to {A(ad.replace(chr(10), ', '))}. My partner {P(c.name(q, 'given'))} will be the second contact. Email me at {E(em)}.",
           "de": f"Hallo, ich bin {P(c.name(p, 'full'))}, geboren am {D(dob)}, und wohne jetzt in der {A(ad.replace(chr(10), ', '))}. Zweiter Kontakt: {P(c.name(q, 'full'))}. Mail: {E(em)}",
           "fr": f"Bonjour, je m'appelle {P(c.name(p, 'full'))}, {born(c, p)} {D(dob)}, j'habite désormais {A(ad.replace(chr(10), ', '))}. Contact secondaire : {P(c.name(q, 'full'))}. Courriel : {E(em)}",
           "nl": f"Hoi, ik ben {P(c.name(p, 'full'))}, geboren op {D(dob)}. Nieuw adres: {A(ad.replace(chr(10), ', '))}. Tweede contact: {P(c.name(q, 'given'))}. Mail: {E(em)}",
           "es": f"Hola, soy {P(c.name(p, 'full'))}, {born(c, p)} {D(dob)}. Mi nueva dirección es {A(ad.replace(chr(10), ', '))}. Contacto: {P(c.name(q, 'full'))}. Correo: {E(em)}",
           "it": f"Ciao, sono {P(c.name(p, 'full'))}, {born(c, p)} {D(dob)}, ora abito in {A(ad.replace(chr(10), ', '))}. Secondo contatto: {P(c.name(q, 'full'))}. Mail: {E(em)}",
           "pt": f"Olá, sou {P(c.name(p, 'full'))}, {born(c, p)} {D(dob)}, moro agora na {A(ad.replace(chr(10), ', '))}. Contacto: {P(c.name(q, 'full'))}. E-mail: {E(em)}"}[c.lang]
    k = c.r.random()
    if k < 0.4:
        tmpl = '{\n  "given_name": "",\n  "family_name": "",\n  "date_of_birth": "YYYY-MM-DD",\n  "address": "",\n  "email": "",\n  "emergency_contact": ""\n}'
        return f"{ask}\n\n{tmpl}\n\n{src}"
    if k < 0.7:
        # already-filled JSON the user wants checked
        return (f"{ask.split(':')[0].split('：')[0]} – already done, please validate it:\n\n"
                "{\n"
                f'  "given_name": "{P(jstr(p["given"]))}",\n'
                f'  "family_name": "{P(jstr(p["sur"]))}",\n'
                f'  "date_of_birth": "{D(jstr(dob))}",\n'
                f'  "address": "{A(jstr(ad.replace(chr(10), ", ")))}",\n'
                f'  "email": "{E(em)}",\n'
                f'  "pet": "{L("NEG_PET", c.pick(NEG["NEG_PET"]))}",\n'
                f'  "created": "{ndate(c, style="iso")}",\n'
                f'  "emergency_contact": {{"name": "{P(jstr(c.name(q, "full")))}"}}\n'
                "}")
    ya = ad.replace("\n", "\n    ")
    return (f"{ask.replace('JSON', 'YAML')}\n\n"
            f"applicant:\n  first_name: {P(p['given'])}\n  last_name: {P(p['sur'])}\n  dob: {D(dob) if ':' not in dob else chr(39) + D(dob) + chr(39)}\n"
            f"  address: |\n    {A(ya)}\n  email: {E(em)}\n  referee: {P(c.name(q, 'full'))}\n  form_version: {code(c, 'ver')}\n")


@family("email_quoted_reply", ["en", "de", "fr", "es", "nl"], 12)
def f_email(c):
    a, b, cc = c.person(), c.person(), c.person()
    ea, eb = c.email(a, "kestrel-advisory.com"), c.email(b)
    hd = {"en": "On", "de": "Am", "fr": "Le", "es": "El", "nl": "Op"}[c.lang]
    if c.lang == "en":
        body = (f"Hi {P(c.name(b, 'given'))},\n\nthanks – I've booked the viewing at {A(c.addr(False))} for {ndate(c)}. "
                f"Please bring ID; the landlord ({P(c.name(cc, c.pick(['full', 'initial'])))}) needs your date of birth for the referencing form.\n\nBest,\n{P(c.name(a, 'given'))}")
        quoted = (f"> Hi {P(c.name(a, 'given'))}, could you check whether the flat on {L('NEG_PLACE', 'Victoria')} Road is still free? "
                  f"My DOB is {D(c.dob(y0=1975, y1=2003))} if you need it for the form.\n> {P(c.name(b, 'given'))}")
        intro = "Make my reply below more professional, keep the quote:"
        wrote = f"{hd} {ndate(c)}, {P(c.name(b, 'full'))} <{E(eb)}> wrote:"
    elif c.lang == "de":
        body = (f"Hallo {P(c.name(b, 'given'))},\n\nder Termin bei {tname(c, cc, 'sur')} ist am {ndate(c, style='dots')}, Adresse: {A(c.addr(False))}.\n\nLG {P(c.name(a, 'given'))}")
        quoted = f"> Hi {P(c.name(a, 'given'))}, mein Geburtsdatum für den Antrag: {D(c.dob(y0=1960, y1=2003))}. Danke! {P(c.name(b, 'given'))}"
        intro = "Mach meine Antwort unten förmlicher:"
        wrote = f"{hd} {ndate(c, style='dots')} schrieb {P(c.name(b, 'full'))} <{E(eb)}>:"
    elif c.lang == "fr":
        body = (f"Bonjour {P(c.name(b, 'given'))},\n\nle rendez-vous chez {tname(c, cc, 'full')} est fixé au {ndate(c)}, {A(c.addr(False))}.\n\nBien à vous,\n{P(c.name(a))}")
        quoted = f"> Bonjour, voici ma date de naissance pour le dossier : {D(c.dob(y0=1960, y1=2003))}. {P(c.name(b, 'given'))}"
        intro = "Rends ma réponse plus formelle :"
        wrote = f"{hd} {ndate(c)}, {P(c.name(b, 'full'))} <{E(eb)}> a écrit :"
    elif c.lang == "es":
        body = (f"Hola {P(c.name(b, 'given'))}:\n\nla firma con {tname(c, cc, 'full')} será el {ndate(c)} en {A(c.addr(False))}.\n\nUn saludo,\n{P(c.name(a))}")
        quoted = f"> Hola, mi fecha de nacimiento es {D(c.dob(y0=1960, y1=2003))}, por si hace falta. {P(c.name(b, 'given'))}"
        intro = "Haz mi respuesta más formal:"
        wrote = f"{hd} {ndate(c)}, {P(c.name(b, 'full'))} <{E(eb)}> escribió:"
    else:
        body = (f"Hoi {P(c.name(b, 'given'))},\n\nde afspraak met {tname(c, cc, 'full')} staat op {ndate(c)}, {A(c.addr(False))}.\n\nGroet,\n{P(c.name(a))}")
        quoted = f"> Hoi, mijn geboortedatum is {D(c.dob(y0=1960, y1=2003))}. {P(c.name(b, 'given'))}"
        intro = "Maak mijn antwoord formeler:"
        wrote = f"{hd} {ndate(c)} schreef {P(c.name(b, 'full'))} <{E(eb)}>:"
    return (f"{intro}\n\nFrom: {P(c.name(a, 'full'))} <{E(ea)}>\nTo: {E(eb)}\nCc: {E(c.email(cc))}\nSubject: Re: {code(c, 'ref')}\n\n"
            f"{body}\n\n{wrote}\n{quoted}")


@family("dob_question_answer", ALL, 36)
def f_qa(c):
    p, o = c.person(), c.person()
    dob = c.dob()
    q = {"en": ["When were you born?", "What's your date of birth?", "DOB?"],
         "de": ["Wann sind Sie geboren?", "Geburtsdatum?"],
         "fr": ["Quelle est votre date de naissance ?", "Vous êtes né(e) quand ?"],
         "nl": ["Wat is uw geboortedatum?", "Wanneer ben je geboren?"],
         "es": ["¿Cuál es su fecha de nacimiento?", "¿Cuándo naciste?"],
         "it": ["Qual è la sua data di nascita?", "Quando è nato/a?"],
         "pt": ["Qual é a sua data de nascimento?", "Quando nasceu?"]}[c.lang]
    ask = {"en": "Turn this intake chat into a summary for the insurer's online form:",
           "de": "Fass diesen Chat für das Online-Formular zusammen:",
           "fr": "Résume ce chat pour le formulaire en ligne :",
           "nl": "Vat dit gesprek samen voor het webformulier:",
           "es": "Resume este chat para el formulario web:",
           "it": "Riassumi questa chat per il modulo online:",
           "pt": "Resume esta conversa para o formulário online:"}[c.lang]
    nm = {"en": "Name?", "de": "Ihr Name?", "fr": "Votre nom ?", "nl": "Uw naam?",
          "es": "¿Su nombre?", "it": "Il suo nome?", "pt": "O seu nome?"}[c.lang]
    ad = {"en": "And your address?", "de": "Und die Adresse?", "fr": "Et votre adresse ?", "nl": "En uw adres?",
          "es": "¿Y su dirección?", "it": "E l'indirizzo?", "pt": "E a morada?"}[c.lang]
    bot = c.pick(["Bot", "Agent", "Assistant"])
    who = P(c.name(p, 'given')) if c.r.random() < 0.4 else c.pick(["Customer", "User", "Client", "Me"])
    pet = ""
    if c.r.random() < 0.5:
        petq = {"en": "And your dog's date of birth?", "de": "Und das Geburtsdatum des Hundes?",
                "fr": "Et la date de naissance du chien ?", "nl": "En de geboortedatum van de hond?",
                "es": "¿Y la fecha de nacimiento del perro?", "it": "E la data di nascita del cane?",
                "pt": "E a data de nascimento do cão?"}[c.lang]
        pet = f"\n{bot}: {petq}\n{who}: {L('NEG_PET', c.pick(NEG['NEG_PET']))} – {L('NEG_DATE', c.date(None, 2016, 2024))}"
    return (f"{ask}\n\n{bot}: {nm}\n{who}: {P(c.name(p, c.pick(['full', 'lower', 'full'])))}\n"
            f"{bot}: {c.pick(q)}\n{who}: {D(dob)}\n"
            f"{bot}: {ad}\n{who}: {A(c.addr(False))}{pet}\n"
            f"{bot}: {lx(c, 'email')}?\n{who}: {E(c.email(p))}")


@family("scout_kindergarten_roster", ["en", "de", "nl", "fr", "es", "it", "pt"], 22)
def f_scout(c):
    hdr = {"en": ["Child", "Date of birth", "Parent/guardian", "Emergency no.", "Allergies"],
           "de": ["Kind", "Geburtsdatum", "Erziehungsberechtigte/r", "Notfallnr.", "Allergien"],
           "nl": ["Kind", "Geboortedatum", "Ouder/verzorger", "Noodnummer", "Allergieën"],
           "fr": ["Enfant", "Date de naissance", "Responsable légal", "Tél. urgence", "Allergies"],
           "es": ["Niño/a", "Fecha de nacimiento", "Tutor/a", "Tel. urgencias", "Alergias"],
           "it": ["Bambino/a", "Data di nascita", "Genitore", "Tel. emergenza", "Allergie"],
           "pt": ["Criança", "Data de nascimento", "Encarregado de educação", "Tel. urgência", "Alergias"]}[c.lang]
    rows = []
    for _ in range(c.n(2, 3)):
        k, pa = c.person(), c.person()
        pa["sur"] = k["sur"] if c.r.random() < 0.6 else pa["sur"]
        rows.append([P(c.name(k, c.pick(["full", "given", "full", "sur_comma"]))), D(c.dob(y0=2013, y1=2022)),
                     P(c.name(pa, c.pick(["full", "initial", "full"]))) if c.r.random() < 0.7 else "—", f"+{c.n(30, 353)} {c.n(600, 799)} {c.n(100000, 999999)}",
                     c.pick(["-", "nuts", "Nüsse", "lactose", "gluten", "none", "—"])])
    ask = {"en": "Check this camp roster: who is under 8 on the first day of camp ({})?",
           "de": "Prüfe die Lagerliste: Wer ist am ersten Tag ({}) jünger als 8?",
           "nl": "Wie is op de eerste kampdag ({}) jonger dan 8?",
           "fr": "Qui a moins de 8 ans le premier jour du camp ({}) ?",
           "es": "¿Quién tiene menos de 8 años el primer día del campamento ({})?",
           "it": "Chi ha meno di 8 anni il primo giorno del campo ({})?",
           "pt": "Quem tem menos de 8 anos no primeiro dia do campo ({})?"}[c.lang].format(ndate(c, 2026, 2026))
    leader = c.person()
    t = fixed(c, hdr, rows) if c.r.random() < 0.3 else table(c, hdr, rows)
    if c.r.random() < 0.5:
        return f"{ask}\n\n{t}"
    return f"{ask}\n\n{t}\n\nLeader: {P(c.name(leader, c.pick(['full', 'nick_full', 'given'])))}"


@family("birth_announcement", ALL, 18)
def f_birth(c):
    baby, m, f = c.person(), c.person("f"), c.person("m")
    baby["sur"] = f["sur"]
    dob = c.dob(y0=2025, y1=2026)
    t = {"en": f"Write a cute birth announcement card from this:\n\nWelcome {P(c.name(baby, 'full'))}! Born {D(dob)} at 04:12, 3.4 kg, at {neg(c, 'NEG_ORG')}. Proud parents {names_and(c, [m, f], 'given')}. Big sister {L('NEG_PET', c.pick(NEG['NEG_PET']))} (the dog) is unimpressed.",
         "de": f"Formuliere eine Geburtsanzeige:\n\nWir freuen uns über {P(c.name(baby, 'full'))}, geboren am {D(dob)}, 51 cm. Die glücklichen Eltern {names_and(c, [m, f], 'full')}.",
         "fr": f"Rédige un faire-part de naissance :\n\n{P(c.name(baby, 'given'))} est né(e) le {D(dob)} ! {P(m['given'])} et {P(f['given'] + ' ' + f['sur'])} sont aux anges.",
         "nl": f"Maak een geboortekaartje:\n\nGeboren op {D(dob)}: {P(c.name(baby, 'full'))}, zoon/dochter van {names_and(c, [m, f], 'given')}.",
         "es": f"Escribe un anuncio de nacimiento:\n\n¡Ha nacido {P(c.name(baby, 'given'))}! Nació el {D(dob)}. Sus papás, {names_and(c, [m, f], 'given')}, están felices.",
         "it": f"Scrivi un biglietto di nascita:\n\nÈ nato/a {P(c.name(baby, 'full'))}, il {D(dob)}. Mamma {P(c.name(m, 'given'))} e papà {P(c.name(f, 'given'))} ringraziano.",
         "pt": f"Escreve um anúncio de nascimento:\n\nNasceu a {P(c.name(baby, 'given'))}, em {D(dob)}! Os pais, {names_and(c, [m, f], 'given')}, agradecem."}[c.lang]
    return t


@family("birthday_vs_dob", ["en", "de", "fr", "es", "nl", "it", "pt"], 30)
def f_bday(c):
    a, b, h = c.person(), c.person(), c.person()
    y, m, d = c.rand_date(1950, 2000)
    age = 2026 - y
    full = c.fmt_date((y, m, d))
    nm = MONTHS[c.lang][m - 1]
    part = f"{d} {nm}" if c.lang not in ("en",) else c.pick([f"{d} {nm}", f"{nm} {d}"])
    if c.lang == "de":
        part = f"{d}. {nm}"
    if c.lang in ("es", "pt"):
        part = f"{d} de {nm}"
    t = {"en": f"Help me plan a surprise party. {P(c.name(a, 'given'))} turns {age} on {L('NEG_DATE', part)} (the party is {ndate(c)}); the venue form wants the guest of honour's date of birth, which is {D(full)}. Co-organiser: {P(c.name(b, 'full'))}. Cake from {neg(c, 'NEG_ORG')}.",
         "de": f"Hilf mir, eine Überraschungsparty zu planen. {P(c.name(a, 'given'))} wird am {L('NEG_DATE', part)} {age}; das Formular der Location will das Geburtsdatum: {D(full)}. Mitorganisatorin: {P(c.name(b, 'full'))}.",
         "fr": f"Aide-moi à organiser une fête surprise : {P(c.name(a, 'given'))} fête ses {age} ans le {L('NEG_DATE', part)} ; la salle demande sa date de naissance : {D(full)}. Avec {P(c.name(b, 'full'))}.",
         "es": f"Ayúdame a organizar una fiesta sorpresa: {P(c.name(a, 'given'))} cumple {age} el {L('NEG_DATE', part)}; el local pide su fecha de nacimiento: {D(full)}. Coorganiza {P(c.name(b, 'full'))}.",
         "nl": f"Help me een verrassingsfeest te plannen: {P(c.name(a, 'given'))} wordt {age} op {L('NEG_DATE', part)}; de zaal vraagt de geboortedatum: {D(full)}. Samen met {P(c.name(b, 'full'))}.",
         "it": f"Aiutami a organizzare una festa a sorpresa: {P(c.name(a, 'given'))} compie {age} anni il {L('NEG_DATE', part)}; il locale chiede la data di nascita: {D(full)}. Con {P(c.name(b, 'full'))}.",
         "pt": f"Ajuda-me a organizar uma festa surpresa: {P(c.name(a, 'given'))} faz {age} anos a {L('NEG_DATE', part)}; o espaço pede a data de nascimento: {D(full)}. Com {P(c.name(b, 'full'))}."}[c.lang]
    if c.r.random() < 0.4:
        t += {"en": f" Also, {P(c.name(h, 'given'))}'s wedding anniversary is {ndate(c)} – don't mix them up.",
              "de": f" Achtung: Der Hochzeitstag von {P(c.name(h, 'given'))} ist am {ndate(c, style='dots')}.",
              "fr": f" Attention, l'anniversaire de mariage de {P(c.name(h, 'given'))} tombe le {ndate(c)}.",
              "es": f" Ojo: el aniversario de boda de {P(c.name(h, 'given'))} es el {ndate(c)}.",
              "nl": f" Let op: de trouwdag van {P(c.name(h, 'given'))} is {ndate(c)}.",
              "it": f" Attenzione: l'anniversario di {P(c.name(h, 'given'))} è il {ndate(c)}.",
              "pt": f" Atenção: o aniversário de casamento de {P(c.name(h, 'given'))} é a {ndate(c)}."}[c.lang]
    return t


@family("land_registry_extract", ["en", "de", "fr", "nl", "es", "it", "pt"], 28)
def f_land(c):
    o = c.person()
    two = c.r.random() < 0.35
    o2 = c.person() if two else None
    parcel = c.addr(False)
    L_ = c.lang
    if L_ == "de":
        own = f"{P(c.name(o, 'sur'))}, {P(c.name(o, 'given'))}, geb. am {D(c.dob(style='dots'))}"
        if two:
            own += f"\n2. {P(c.name(o2, 'sur'))}, {P(c.name(o2, 'given'))}, geb. am {D(c.dob(style='dots'))} – je zur Hälfte"
        return (f"Was bedeutet dieser Grundbuchauszug?\n\nGrundbuch von {c.pick(['Pankow', 'Schwabing', 'Altona'])} Blatt {c.n(100, 9999)}\n"
                f"Bestandsverzeichnis: Flurstück {c.n(10, 999)}/{c.n(1, 9)}, Gebäude- und Freifläche, {A(parcel)}\n"
                f"Abteilung I – Eigentümer:\n1. {own}\nAbteilung III: Grundschuld zugunsten der {L('NEG_ORG', c.pick(BANKS))} vom {ndate(c, 2010, 2024, 'dots')}")
    if L_ == "nl":
        own = f"{P(c.name(o, 'full'))}, geboren {D(c.dob())}"
        return (f"Leg dit Kadaster-uittreksel uit:\n\nKadastrale aanduiding: {c.pick(['Utrecht', 'Haarlem', 'Delft'])} sectie {c.pick('ABCDK')} {c.n(100, 9999)}\n"
                f"Object: {A(parcel)}\nGerechtigde: {own}" + (f"\nGerechtigde: {P(c.name(o2, 'full'))}, geboren {D(c.dob())}" if two else "") +
                f"\nHypotheek: {L('NEG_ORG', c.pick(BANKS))}, ingeschreven {ndate(c, 2010, 2024)}")
    if L_ == "fr":
        return (f"Explique-moi cette fiche immobilière :\n\nCommune : {c.pick(['Lyon 3e', 'Rennes', 'Lille'])} — Section {c.pick(['AB', 'CK', 'ZD'])} n° {c.n(10, 999)}\n"
                f"Adresse du bien : {A(parcel)}\nPropriétaire : {P(c.name(o, 'sur_caps'))}, {born(c, o)} {D(c.dob())}"
                + (f"\nCopropriétaire : {P(c.name(o2, 'sur_caps'))}, {born(c, o2)} {D(c.dob())}" if two else "") +
                f"\nPublié le {ndate(c, 2005, 2024)}")
    if L_ == "es":
        return (f"Explícame esta nota simple del Registro de la Propiedad:\n\nFinca n.º {c.n(1000, 99999)} de {c.pick(['Chamberí', 'Triana', 'Gràcia'])}\n"
                f"Situación: {A(parcel)}\nTitular: {P(c.name(o, 'full').upper())}, {born(c, o)} {D(c.dob())}, 100 % del pleno dominio"
                + (f"\nCotitular: {P(c.name(o2, 'full'))}" if two else "") +
                f"\nCargas: hipoteca a favor de {L('NEG_ORG', c.pick(BANKS))}, inscrita el {ndate(c, 2005, 2024)}")
    if L_ == "it":
        return (f"Spiegami questa visura catastale:\n\nComune di {c.pick(['Bologna', 'Torino', 'Bari'])} — Foglio {c.n(1, 90)} Particella {c.n(10, 999)} Sub {c.n(1, 30)}\n"
                f"Indirizzo: {A(parcel)}\nIntestato: {P(c.name(o, 'sur_caps'))} {born(c, o)} {D(c.dob())} — Proprietà 1/1"
                + (f"\nIntestato: {P(c.name(o2, 'sur_caps'))} {born(c, o2)} {D(c.dob())}" if two else ""))
    if L_ == "pt":
        return (f"Explica-me esta caderneta predial:\n\nArtigo matricial {c.n(100, 9999)} — freguesia de {c.pick(['Arroios', 'Cedofeita', 'Sé Nova'])}\n"
                f"Localização: {A(parcel)}\nTitular: {P(c.name(o, 'full'))}, {born(c, o)} {D(c.dob())}"
                + (f"\nTitular: {P(c.name(o2, 'full'))}" if two else ""))
    return (f"Explain this title register in plain English:\n\nTitle number {c.pick(['WYK', 'NGL', 'BL', 'MAN'])}{c.n(100000, 999999)}\n"
            f"Property: {A(parcel)}\nPROPRIETOR: {P(c.name(o, 'caps'))} (born {D(c.dob())}) of the above address"
            + (f" and {P(c.name(o2, 'caps'))}" if two else "") +
            f"\nCharge dated {ndate(c, 2005, 2024)} in favour of {L('NEG_ORG', c.pick(BANKS))}.")


@family("address_change_request", ALL, 30)
def f_move(c):
    p = c.person()
    old, new = c.addr(c.r.random() < 0.3), c.addr(c.r.random() < 0.3)
    dob = c.dob()
    org = neg(c, "NEG_ORG")
    t = {"en": f"Draft a short letter to {org} telling them I've moved. Details: {P(c.name(p, c.pick(['full', 'lower', 'caps'])))}, date of birth {D(dob)}, customer no. {code(c, 'ref')}.\nOld address:\n{A(old)}\nNew address:\n{A(new)}\nEffective {ndate(c)}.",
         "de": f"Schreib einen kurzen Brief an {org}, dass ich umgezogen bin: {P(c.name(p, 'full'))}, geb. {D(dob)}, Kundennr. {code(c, 'ref')}.\nBisher:\n{A(old)}\nNeu ab {ndate(c, style='dots')}:\n{A(new)}",
         "fr": f"Rédige un courrier à {org} pour signaler mon déménagement : {P(c.name(p, 'full'))}, {born(c, p)} {D(dob)}.\nAncienne adresse : {A(old)}\nNouvelle adresse : {A(new)}\nÀ compter du {ndate(c)}.",
         "nl": f"Schrijf een korte brief aan {org} over mijn verhuizing: {P(c.name(p, 'full'))}, geboren {D(dob)}.\nOud adres: {A(old)}\nNieuw adres: {A(new)}\nPer {ndate(c)}.",
         "es": f"Redacta una carta a {org} comunicando mi cambio de domicilio: {P(c.name(p, 'full'))}, {born(c, p)} {D(dob)}.\nDirección anterior: {A(old)}\nNueva dirección: {A(new)}\nDesde el {ndate(c)}.",
         "it": f"Scrivi una lettera a {org} per comunicare il cambio di residenza: {P(c.name(p, 'full'))}, {born(c, p)} {D(dob)}.\nVecchio indirizzo: {A(old)}\nNuovo indirizzo: {A(new)}\nDal {ndate(c)}.",
         "pt": f"Escreve uma carta à {org} a comunicar a mudança de morada: {P(c.name(p, 'full'))}, {born(c, p)} {D(dob)}.\nMorada antiga: {A(old)}\nMorada nova: {A(new)}\nA partir de {ndate(c)}."}[c.lang]
    return t


@family("therapy_intake_note", ["en", "de", "es", "fr", "it"], 20)
def f_therapy(c):
    cl, th, gp = c.person(), c.person(), c.person()
    dob = c.dob(y0=1950, y1=2008)
    if c.lang == "en":
        return (f"Summarise this intake note in SOAP format, keep it short:\n\n"
                f"Client: {P(c.name(cl, c.pick(['full', 'sur_comma', 'mid'])))}   DOB: {D(dob)}   Pronouns: {c.pick(['she/her', 'he/him', 'they/them'])}\n"
                f"Address: {A(c.addr(False))}\nReferred by: {c.title(gp)} {P(c.name(gp, 'sur'))} ({neg(c, 'NEG_ORG')})\n"
                f"Presenting issue: low mood since {L('NEG_DATE', c.date(None, 2024, 2025))}; partner {P(c.name(c.person(), 'given'))} supportive. "
                f"Previously assessed for {L('NEG_TERM', c.pick(['Asperger syndrome', 'Tourette syndrome', 'Stockholm syndrome']))} (not confirmed). Finds comfort in the family dog, {L('NEG_PET', c.pick(NEG['NEG_PET']))}.\n"
                f"Next session {ndate(c)} — {P(c.name(th, 'initial'))}")
    if c.lang == "de":
        return (f"Fasse diese Erstgesprächsnotiz zusammen:\n\nKlient/in: {P(c.name(cl, 'full'))}, geb. {D(dob)}\nAnschrift: {A(c.addr(False))}\n"
                f"Überweisung durch {c.title(gp)} {P(c.name(gp, 'sur'))}. Anliegen: Schlafprobleme seit {L('NEG_DATE', c.date(None, 2024, 2025))}. "
                f"Nächster Termin: {ndate(c, style='dots')}. – {P(c.name(th, 'full'))}, Psychologische Psychotherapeutin")
    if c.lang == "es":
        return (f"Resume esta nota de primera consulta:\n\nPaciente: {P(c.name(cl, 'full'))}, fecha de nacimiento {D(dob)}\nDomicilio: {A(c.addr(False))}\n"
                f"Derivado/a por {c.title(gp)} {P(c.name(gp, 'full'))}. Motivo: ansiedad desde {L('NEG_DATE', c.date(None, 2024, 2025))}. Próxima cita: {ndate(c)}. Terapeuta: {P(c.name(th, 'given'))}")
    if c.lang == "fr":
        return (f"Résume cette note de premier entretien :\n\nPatient·e : {P(c.name(cl, 'sur_caps'))}, {born(c, cl)} {D(dob)}\nAdresse : {A(c.addr(False))}\n"
                f"Adressé·e par {c.title(gp)} {P(c.name(gp, 'full'))}. Motif : troubles du sommeil depuis le {L('NEG_DATE', c.date(None, 2024, 2025))}. Prochain rendez-vous : {ndate(c)}.")
    return (f"Riassumi questa nota di primo colloquio:\n\nPaziente: {P(c.name(cl, 'full'))}, {born(c, cl)} {D(dob)}\nResidenza: {A(c.addr(False))}\n"
            f"Inviato/a dal {c.title(gp)} {P(c.name(gp, 'full'))}. Motivo: ansia dal {L('NEG_DATE', c.date(None, 2024, 2025))}. Prossimo incontro: {ndate(c)}.")


@family("conference_programme", ["en", "de", "fr", "es", "nl"], 16)
def f_programme(c):
    rows = []
    for h in ["09:00", "10:30", "11:15", "14:00"]:
        if c.r.random() < 0.3:
            rows.append([h, f"Keynote: {L('NEG_FAMOUS', c.pick(NEG['NEG_FAMOUS']))} and the {neg(c, 'NEG_TERM')}", "—"])
        else:
            p = c.person()
            rows.append([h, c.pick(["Scaling data pipelines", "Privacy by design", "Urban heat islands", "Teaching with LLMs", "Open-source funding"]),
                         P(c.name(p, c.pick(["full", "full", "sur_comma", "initial"]))) + c.pick(["", f" ({neg(c, 'NEG_ORG')})"])])
    hdr = {"en": ["Time", "Session", "Speaker"], "de": ["Zeit", "Vortrag", "Referent/in"], "fr": ["Heure", "Session", "Intervenant·e"],
           "es": ["Hora", "Sesión", "Ponente"], "nl": ["Tijd", "Sessie", "Spreker"]}[c.lang]
    ask = {"en": "Turn this programme into a friendly e-mail for attendees:", "de": "Mach aus dem Programm eine Einladungsmail:",
           "fr": "Transforme ce programme en e-mail pour les participants :", "es": "Convierte este programa en un correo para los asistentes:",
           "nl": "Maak van dit programma een mail voor deelnemers:"}[c.lang]
    venue = c.addr(c.r.random() < 0.5)
    org = c.person()
    return (f"{ask}\n\n{c.pick(['DataDays', 'Civic Tech Forum', 'EduAI Summit'])} — {ndate(c)}\nVenue: {A(venue)}\n\n{table(c, hdr, rows)}\n\n"
            f"Organiser: {P(c.name(org, 'full'))} <{E(c.email(org, 'civictech.events'))}>")


@family("pf_name_like_words", ["en", "de", "fr", "es", "nl", "it", "pt"], 22, pii_free=True)
def pf_words(c):
    t = {"en": f"Rewrite for our newsletter: In {L('NEG_DATE', c.pick(['April', 'May', 'June']))} we launch the {L('NEG_PRODUCT', 'Rose Gold')} edition with a 30-day {L('NEG_TERM', 'Grace period')}. "
               f"Bring a {L('NEG_TERM', 'Victoria sponge')} to the bake sale on {ndate(c)}; the {L('NEG_TERM', 'Amber alert')} test runs at noon. "
               f"{L('NEG_PRODUCT', 'Siri')} and {L('NEG_PRODUCT', 'Alexa')} integrations ship in {code(c, 'ver')}. Sign the {L('NEG_TERM', 'John Hancock')} line before {ndate(c)}.",
         "de": f"Schreib das für den Newsletter um: Ab {L('NEG_DATE', c.pick(['April', 'Mai', 'Juni']))} gibt es die {L('NEG_PRODUCT', 'Mercedes A-Klasse')} im Abo. "
               f"Die {L('NEG_TERM', 'Kneipp-Kur')} startet am {ndate(c, style='dots')}, Anmeldung über {L('NEG_ORG', 'Dr. Oetker')}-Kantine. Version {code(c, 'ver')}.",
         "fr": f"Réécris pour la lettre d'info : en {L('NEG_DATE', c.pick(['avril', 'mai', 'juin']))}, la {L('NEG_PRODUCT', 'Citroën C3')} est en promo ; atelier {L('NEG_TERM', 'Braille')} le {ndate(c)} ; "
               f"la {L('NEG_TERM', 'maladie de Lyme')} expliquée par l'{L('NEG_ORG', 'Hôpital Georges-Pompidou')}.",
         "es": f"Reescribe para el boletín: en {L('NEG_DATE', c.pick(['abril', 'mayo', 'junio']))} llega el {L('NEG_PRODUCT', 'Suzuki Swift')} híbrido; charla sobre el {L('NEG_TERM', 'síndrome de Guillain-Barré')} el {ndate(c)} en el {L('NEG_ORG', 'Colegio San José')}.",
         "nl": f"Herschrijf voor de nieuwsbrief: in {L('NEG_DATE', c.pick(['april', 'mei', 'juni']))} opent de nieuwe {L('NEG_ORG', 'Albert Heijn')} aan de {L('NEG_PLACE', 'Kennedylaan')}; {L('NEG_PRODUCT', 'Philips Hue')}-actie tot {ndate(c)}.",
         "it": f"Riscrivi per la newsletter: a {L('NEG_DATE', c.pick(['aprile', 'maggio', 'giugno']))} arriva la {L('NEG_PRODUCT', 'Olivetti Lettera 22')} restaurata; incontro su {L('NEG_FAMOUS', 'Grazia Deledda')} il {ndate(c)}.",
         "pt": f"Reescreve para a newsletter: em {L('NEG_DATE', c.pick(['abril', 'maio', 'junho']))}, concerto de homenagem a {L('NEG_FAMOUS', 'Amália Rodrigues')} no {L('NEG_ORG', 'Sporting Clube de Portugal')}, dia {ndate(c)}."}[c.lang]
    return t


@family("delivery_note", ALL, 22)
def f_delivery_note(c):
    rc, drv, sig = c.person(), c.person(), c.person()
    ad = c.addr(True)
    lab = {"en": ("DELIVERY NOTE", "Deliver to", "Received by (print name)", "Date", "Driver"),
           "de": ("LIEFERSCHEIN", "Lieferanschrift", "Empfangen von (Druckbuchstaben)", "Datum", "Fahrer"),
           "fr": ("BON DE LIVRAISON", "Livrer à", "Reçu par (nom en capitales)", "Date", "Chauffeur"),
           "nl": ("PAKBON", "Afleveradres", "Ontvangen door (blokletters)", "Datum", "Chauffeur"),
           "es": ("ALBARÁN DE ENTREGA", "Entregar a", "Recibido por (nombre)", "Fecha", "Conductor"),
           "it": ("DOCUMENTO DI TRASPORTO", "Destinatario", "Ricevuto da (stampatello)", "Data", "Autista"),
           "pt": ("GUIA DE REMESSA", "Entregar a", "Recebido por (maiúsculas)", "Data", "Motorista")}[c.lang]
    ask = {"en": "OCR'd this delivery note – please turn it into a clean table:",
           "de": "Das ist ein eingescannter Lieferschein, bitte als Tabelle:",
           "fr": "Voici un bon de livraison scanné, mets-le en tableau :",
           "nl": "Gescande pakbon, maak er een nette tabel van:",
           "es": "Albarán escaneado, pásalo a tabla:",
           "it": "DDT scansionato, trasformalo in tabella:",
           "pt": "Guia digitalizada, passa para tabela:"}[c.lang]
    items = "\n".join(f"{c.n(1, 12)} x {c.pick(['pallet tiles', 'boxes A4 paper', 'chairs', 'Kartons', 'cartons'])}  {code(c, 'sku')}" for _ in range(c.n(1, 3)))
    who = P(c.name(rc, c.pick(["full", "caps", "initial", "sur_caps"])))
    return (f"{ask}\n\n{lab[0]}  {code(c, 'order')}\n{lab[1]}:\n{who}\n{A(ad)}\n\n{items}\n\n"
            f"{lab[3]}: {ndate(c)}   {lab[4]}: {P(c.name(drv, c.pick(['given', 'initial', 'full'])))}\n"
            f"{lab[2]}: {P(c.name(sig, 'caps'))}")


@family("property_listing", ["en", "de", "nl", "fr", "es"], 22)
def f_listing(c):
    ag = c.person()
    ad = c.addr(False)
    if c.lang == "en":
        style = L("NEG_TERM", c.pick(["Victorian", "Georgian", "Edwardian", "Elizabethan"]))
        return (f"Make this listing more appealing, max 120 words:\n\n"
                f"FOR SALE – charming {style} terrace, 3 bed, south-facing garden. {A(ad)}.\n"
                f"Walking distance to {L('NEG_ORG', c.pick(['Trinity College', 'Queen Elizabeth School', 'John Lewis']))} and the {L('NEG_PLACE', c.pick(['Victoria', 'Albert', 'Alexandra']))} Park.\n"
                f"Open house Saturday {ndate(c)} 11–1. Contact {P(c.name(ag, c.pick(['full', 'nick_full'])))} on 07{c.n(100000000, 999999999)} or {E(c.email(ag, 'harcourt-lettings.co.uk'))}.")
    if c.lang == "de":
        return (f"Verbessere dieses Exposé (max. 120 Wörter):\n\n"
                f"Gründerzeit-Altbau, 3 Zimmer, Balkon, {A(ad)}. Nähe {L('NEG_PLACE', 'Goethestraße')} und {L('NEG_ORG', 'Goethe-Institut')}.\n"
                f"Besichtigung am {ndate(c, style='dots')}. Ansprechpartnerin: {tname(c, ag, 'full')}, {E(c.email(ag, 'immo-lindau.de'))}")
    if c.lang == "nl":
        return (f"Maak deze woningadvertentie aantrekkelijker:\n\n"
                f"TE KOOP: karakteristiek jaren-30 huis, {A(ad)}. Vlak bij het {L('NEG_PLACE', 'Rembrandtplein')} en de {L('NEG_ORG', 'Albert Heijn')}.\n"
                f"Open huis {ndate(c)}. Makelaar: {P(c.name(ag, 'full'))} ({E(c.email(ag, 'vliethuis-makelaars.nl'))})")
    if c.lang == "fr":
        return (f"Rends cette annonce plus attrayante :\n\n"
                f"À VENDRE : appartement haussmannien, 4 pièces, {A(ad)}. Proche du {L('NEG_ORG', 'Lycée Victor-Hugo')} et de la {L('NEG_PLACE', 'Rue Émile Zola')}.\n"
                f"Visites le {ndate(c)}. Contact : {P(c.name(ag))}, {E(c.email(ag, 'vauclair-immo.fr'))}")
    return (f"Mejora este anuncio:\n\n"
            f"SE VENDE piso reformado, 3 dormitorios, {A(ad)}. Junto a la {L('NEG_PLACE', 'Avenida Juárez')} y el {L('NEG_ORG', 'Colegio San José')}.\n"
            f"Jornada de puertas abiertas el {ndate(c)}. Agente: {P(c.name(ag))}, {E(c.email(ag, 'solano-inmobiliaria.es'))}")


@family("cdd_questionnaire", ["en", "es", "pt", "it"], 30)
def f_cdd(c):
    p, ubo = c.person(), c.person()
    q = {"en": ["1. Full legal name of the account holder", "2. Date of birth", "3. Residential address (no PO boxes)",
                "4. Ultimate beneficial owner(s) >25%", "5. Are you a politically exposed person?"],
         "es": ["1. Nombre completo del titular", "2. Fecha de nacimiento", "3. Domicilio (no apartados de correos)",
                "4. Titular real (>25 %)", "5. ¿Es usted persona con responsabilidad pública?"],
         "pt": ["1. Nome completo do titular", "2. Data de nascimento", "3. Morada de residência",
                "4. Beneficiário efetivo (>25%)", "5. É pessoa politicamente exposta?"],
         "it": ["1. Nome e cognome del titolare", "2. Data di nascita", "3. Indirizzo di residenza",
                "4. Titolare effettivo (>25%)", "5. È una persona politicamente esposta?"]}[c.lang]
    ask = {"en": "Check my answers to this due-diligence questionnaire before I send it:",
           "es": "Revisa mis respuestas a este cuestionario de diligencia debida:",
           "pt": "Revê as minhas respostas a este questionário de diligência:",
           "it": "Controlla le mie risposte a questo questionario di adeguata verifica:"}[c.lang]
    no = {"en": "No – but my uncle shares a name with", "es": "No, aunque mi tío se llama igual que",
          "pt": "Não, embora o meu tio tenha o mesmo nome que", "it": "No, anche se mio zio ha lo stesso nome di"}[c.lang]
    return (f"{ask}\n\n{q[0]}\n> {P(c.name(p, c.pick(['full', 'caps', 'mid'])))}\n{q[1]}\n> {D(c.dob())}\n"
            f"{q[2]}\n> {A(c.addr(c.r.random() < 0.4))}\n{q[3]}\n> {P(c.name(ubo, 'full'))} ({c.n(26, 75)}%), {lx(c, 'dob')} {D(c.dob(y0=1940, y1=1990))}\n"
            f"{q[4]}\n> {no} {L('NEG_FAMOUS', c.pick(['Simón Bolívar', 'Fernando Pessoa', 'Dante Alighieri', 'Winston Churchill', 'Barack Obama']))}")


@family("food_delivery_receipt", ["en", "es", "pt", "nl", "de"], 16)
def f_receipt(c):
    cu, ri = c.person(), c.person()
    app = {"en": "Deliveroo", "es": "Glovo", "pt": "iFood", "nl": "Thuisbezorgd", "de": "Lieferando"}[c.lang]
    cust_l, to_l = {"en": ("Customer", "Deliver to"), "es": ("Cliente", "Entrega en"), "pt": ("Cliente", "Entrega"),
                    "nl": ("Klant", "Bezorgadres"), "de": ("Kunde", "Lieferadresse")}[c.lang]
    ask = {"en": "Is this refund request reasonable? Draft it for me:", "es": "¿Es razonable pedir un reembolso? Redáctalo:",
           "pt": "Vale a pena pedir reembolso? Escreve o pedido:", "nl": "Is dit terugbetalingsverzoek redelijk? Schrijf het uit:",
           "de": "Ist eine Erstattung gerechtfertigt? Formuliere die Anfrage:"}[c.lang]
    return (f"{ask}\n\n{app} — {code(c, 'order')}\n{ndate(c)} 20:{c.n(10, 59)}\n"
            f"{cust_l}: {P(c.name(cu, c.pick(['given', 'full', 'nick'])))}\n"
            f"{to_l}: {A(c.addr(False))}\n"
            f"1x {L('NEG_TERM', c.pick(['Margherita pizza', 'Caesar salad', 'Eggs Benedict']))}   2x {L('NEG_PRODUCT', c.pick(['Heinz', 'Maggi', 'Kinder Bueno']))}\n"
            f"Rider: {P(c.name(ri, 'given'))} ⭐4.{c.n(1, 9)}\nNote: arrived cold, {P(c.name(ri, 'given'))} said the restaurant was late.")


HOMONYM_PLACES = [("Florence", "f"), ("Georgia", "f"), ("Charlotte", "f"), ("Adelaide", "f"),
                  ("Victoria", "f"), ("Madison", "f"), ("Regina", "f"), ("Lourdes", "f"),
                  ("Austin", "m"), ("Jackson", "m"), ("Eugene", "m"), ("Chester", "m"),
                  ("Santiago", "m"), ("Sydney", "f")]


@family("homonym_hard_cases", ["en", "es", "fr", "de"], 20)
def f_homonym(c):
    nm, g = c.pick(HOMONYM_PLACES)
    p = c.person(g)
    p["given"] = nm
    q = c.person()
    pet = c.pick(["Charlie", "Max", "Oscar", "Bella", "Luna", "Felix", "Bruno", "Lola"])
    k = c.r.random()
    if c.lang == "en":
        if k < 0.5:
            return (f"Help me write a reference letter. {P(c.name(p, 'full'))} worked for us in {L('NEG_PLACE', nm)} from {ndate(c, 2015, 2020)} to {ndate(c, 2021, 2024)}. "
                    f"{P(nm)} now lives at {A(c.addr(False))}. Our {L('NEG_PET', pet)} (the office dog) will miss {'her' if g == 'f' else 'him'}. "
                    f"Please mention {'she' if g == 'f' else 'he'} trained {P(c.name(q, 'full'))} on the {neg(c, 'NEG_TERM')} model.")
        return (f"Reply to this message for me: \"Hi, it's {P(nm)} – I'm in {L('NEG_PLACE', nm)} until {ndate(c)}, "
                f"then back at {A(c.addr(False))}. My son {P(pet)} says hi to {P(c.name(q, 'given'))}!\" "
                f"(FYI our cat is also called {L('NEG_PET', pet)}, long story.)")
    if c.lang == "es":
        return (f"Ayúdame a contestar: \"Hola, soy {P(c.name(p, 'full'))}, estoy en {L('NEG_PLACE', nm)} hasta el {ndate(c)}; "
                f"luego vuelvo a {A(c.addr(False))}. Saludos de {P(c.name(q, 'given'))} y del perro, {L('NEG_PET', pet)}.\"")
    if c.lang == "fr":
        return (f"Aide-moi à répondre : « Bonjour, c'est {P(c.name(p, 'full'))}, je suis à {L('NEG_PLACE', nm)} jusqu'au {ndate(c)}, "
                f"ensuite retour au {A(c.addr(False))}. Bises de {P(c.name(q, 'given'))} et du chien {L('NEG_PET', pet)}. »")
    return (f"Hilf mir bei der Antwort: „Hallo, hier ist {P(c.name(p, 'full'))}, ich bin bis {ndate(c, style='dots')} in {L('NEG_PLACE', nm)}, "
            f"danach wieder in der {A(c.addr(False))}. Grüße von {P(c.name(q, 'given'))} und Hund {L('NEG_PET', pet)}.“")


# ---------------------------------------------------------------- PII-free
@family("pf_history_essay", ALL, 26, pii_free=True)
def pf_history(c):
    f1, f2 = c.pick(NEG["NEG_FAMOUS"]), c.pick(NEG["NEG_FAMOUS"])
    while f2 == f1:
        f2 = c.pick(NEG["NEG_FAMOUS"])
    hd = L("NEG_DATE", c.fmt_date(c.rand_date(1750, 1990), c.pick(["long", "long", "iso"]) if c.lang != "en" else "long"))
    t = {"en": f"Write a 300-word essay comparing {L('NEG_FAMOUS', f1)} and {L('NEG_FAMOUS', f2)}. Mention the {neg(c, 'NEG_TERM')}, the {neg(c, 'NEG_ORG')} archive and the event of {hd}. Deadline {ndate(c)}.",
         "de": f"Schreib einen Aufsatz über {L('NEG_FAMOUS', f1)} und {L('NEG_FAMOUS', f2)}. Erwähne den {hd} und das {neg(c, 'NEG_ORG')}. Abgabe am {ndate(c, style='dots')}.",
         "fr": f"Rédige une dissertation sur {L('NEG_FAMOUS', f1)} et {L('NEG_FAMOUS', f2)}, en citant le {hd} et la {neg(c, 'NEG_TERM')}. À rendre le {ndate(c)}.",
         "nl": f"Schrijf een essay over {L('NEG_FAMOUS', f1)} en {L('NEG_FAMOUS', f2)}; noem {hd} en het {neg(c, 'NEG_ORG')}.",
         "es": f"Escribe un ensayo sobre {L('NEG_FAMOUS', f1)} y {L('NEG_FAMOUS', f2)}, mencionando el {hd} y la {L('NEG_PLACE', 'Avenida Juárez')}.",
         "it": f"Scrivi un tema su {L('NEG_FAMOUS', f1)} e {L('NEG_FAMOUS', f2)}, citando il {hd} e {L('NEG_PLACE', 'Via Garibaldi')}.",
         "pt": f"Escreve um ensaio sobre {L('NEG_FAMOUS', f1)} e {L('NEG_FAMOUS', f2)}, referindo {hd} e a {L('NEG_PLACE', 'Praça Marquês de Pombal')}."}[c.lang]
    return t


@family("pf_product_compare", ALL, 24, pii_free=True)
def pf_product(c):
    a, b, d = c.pick(NEG["NEG_PRODUCT"]), c.pick(NEG["NEG_PRODUCT"]), c.pick(NEG["NEG_PRODUCT"])
    t = {"en": f"Which is better value: the {L('NEG_PRODUCT', a)} or the {L('NEG_PRODUCT', b)}? I saw both at {neg(c, 'NEG_ORG')} and a {L('NEG_PRODUCT', d)} on sale until {ndate(c)}. Ask {L('NEG_PRODUCT', 'Alexa')} to remind me.",
         "de": f"Was ist besser, {L('NEG_PRODUCT', a)} oder {L('NEG_PRODUCT', b)}? Bei {neg(c, 'NEG_ORG')} gibt es bis {ndate(c, style='dots')} Rabatt auf {L('NEG_PRODUCT', d)}.",
         "fr": f"Vaut-il mieux prendre une {L('NEG_PRODUCT', a)} ou un {L('NEG_PRODUCT', b)} ? Promo chez {neg(c, 'NEG_ORG')} jusqu'au {ndate(c)}.",
         "nl": f"Wat is beter: {L('NEG_PRODUCT', a)} of {L('NEG_PRODUCT', b)}? {L('NEG_ORG', 'Kruidvat')} heeft tot {ndate(c)} korting op {L('NEG_PRODUCT', d)}.",
         "es": f"¿Qué me conviene más, {L('NEG_PRODUCT', a)} o {L('NEG_PRODUCT', b)}? En {neg(c, 'NEG_ORG')} hay oferta hasta el {ndate(c)}.",
         "it": f"Meglio {L('NEG_PRODUCT', a)} o {L('NEG_PRODUCT', b)}? Da {neg(c, 'NEG_ORG')} c'è lo sconto fino al {ndate(c)}.",
         "pt": f"O que compensa mais, {L('NEG_PRODUCT', a)} ou {L('NEG_PRODUCT', b)}? Na {neg(c, 'NEG_ORG')} há promoção até {ndate(c)}."}[c.lang]
    return t


@family("pf_dev_release", ["en", "de", "fr", "es"], 22, pii_free=True)
def pf_dev(c):
    return {"en": f"Write release notes: {code(c, 'ver')} fixes {code(c, 'jira')} ({neg(c, 'NEG_TERM')} rounding) and {code(c, 'jira')}; codename \"{L('NEG_PET', c.pick(['Luna', 'Milo', 'Bruno', 'Daisy']))}\". "
                  f"The {L('NEG_TERM', 'Dijkstra')} router now uses a {L('NEG_TERM', 'Bayesian network')}. Freeze on {ndate(c)}, ship {ndate(c)}. Thanks to the {L('NEG_ORG', 'Hewlett-Packard')} lab.",
            "de": f"Schreib Release Notes: {code(c, 'ver')} behebt {code(c, 'jira')} und {code(c, 'inc')}. Der {L('NEG_TERM', 'Gantt chart')}-Export ist neu. Code Freeze am {ndate(c, style='dots')}.",
            "fr": f"Rédige les notes de version : {code(c, 'ver')} corrige {code(c, 'jira')} ; l'algorithme de {L('NEG_TERM', 'Dijkstra')} est plus rapide. Gel le {ndate(c)}.",
            "es": f"Redacta las notas de la versión {code(c, 'ver')}: arregla {code(c, 'jira')} y el filtro {L('NEG_TERM', 'Gaussian blur')}. Entrega el {ndate(c)}."}[c.lang]


@family("pf_travel_places", ALL, 24, pii_free=True)
def pf_travel(c):
    p1, p2, p3 = c.pick(NEG["NEG_PLACE"]), c.pick(NEG["NEG_PLACE"]), c.pick(NEG["NEG_PLACE"])
    return {"en": f"Plan a 5-day trip: {L('NEG_PLACE', p1)}, then {L('NEG_PLACE', p2)}, ending at {L('NEG_PLACE', p3)}. I arrive {ndate(c)} and leave {ndate(c)}. Is the {neg(c, 'NEG_ORG')} museum open on Mondays?",
            "de": f"Plane eine Reise: {L('NEG_PLACE', p1)}, {L('NEG_PLACE', p2)} und {L('NEG_PLACE', p3)}, Anreise {ndate(c, style='dots')}. Lohnt sich das {L('NEG_ORG', 'Anne Frank Huis')}?",
            "fr": f"Organise un voyage : {L('NEG_PLACE', p1)}, {L('NEG_PLACE', p2)}, puis {L('NEG_PLACE', p3)}, du {ndate(c)} au {ndate(c)}.",
            "nl": f"Plan een reis langs {L('NEG_PLACE', p1)}, {L('NEG_PLACE', p2)} en {L('NEG_PLACE', p3)}, vertrek {ndate(c)}.",
            "es": f"Organiza un viaje por {L('NEG_PLACE', p1)}, {L('NEG_PLACE', p2)} y {L('NEG_PLACE', p3)}, del {ndate(c)} al {ndate(c)}.",
            "it": f"Organizza un viaggio: {L('NEG_PLACE', p1)}, {L('NEG_PLACE', p2)}, {L('NEG_PLACE', p3)}, dal {ndate(c)}.",
            "pt": f"Planeia uma viagem por {L('NEG_PLACE', p1)}, {L('NEG_PLACE', p2)} e {L('NEG_PLACE', p3)}, de {ndate(c)} a {ndate(c)}."}[c.lang]


@family("pf_pet_care", ALL, 22, pii_free=True)
def pf_pet(c):
    a, b = c.pick(NEG["NEG_PET"]), c.pick(NEG["NEG_PET"])
    an = c.pick(ANIMALS[c.lang])
    bd = L("NEG_DATE", c.date(None, 2015, 2024))
    return {"en": f"My {an} {L('NEG_PET', a)} (born {bd}) and {L('NEG_PET', b)} don't get along. {L('NEG_PET', a)} hides behind the {L('NEG_PRODUCT', 'IKEA Billy')} shelf. Vet appointment {ndate(c)}. Tips?",
            "de": f"Meine {an} {L('NEG_PET', a)} (geboren am {bd}) und {L('NEG_PET', b)} streiten ständig. Tierarzttermin am {ndate(c, style='dots')}. Tipps?",
            "fr": f"Mon {an} {L('NEG_PET', a)}, né le {bd}, ne supporte pas {L('NEG_PET', b)}. Rendez-vous véto le {ndate(c)}. Des conseils ?",
            "nl": f"Onze {an} {L('NEG_PET', a)} (geboren {bd}) en {L('NEG_PET', b)} vechten. Dierenarts op {ndate(c)}. Tips?",
            "es": f"Mi {an} {L('NEG_PET', a)} (nació el {bd}) y {L('NEG_PET', b)} se pelean. Veterinario el {ndate(c)}. ¿Consejos?",
            "it": f"Il mio {an} {L('NEG_PET', a)} (nato il {bd}) e {L('NEG_PET', b)} litigano. Veterinario il {ndate(c)}. Consigli?",
            "pt": f"O meu {an} {L('NEG_PET', a)} (nasceu a {bd}) e o {L('NEG_PET', b)} não se dão. Veterinário a {ndate(c)}. Dicas?"}[c.lang]


@family("pf_recipe_terms", ALL, 20, pii_free=True)
def pf_recipe(c):
    d1 = c.pick(["Beef Wellington", "Eggs Benedict", "Caesar salad", "Pavlova", "Sachertorte", "Margherita pizza"])
    d2 = c.pick(["Beef Wellington", "Eggs Benedict", "Caesar salad", "Pavlova", "Sachertorte", "Margherita pizza"])
    return {"en": f"Menu for {ndate(c)}: {L('NEG_TERM', d1)}, then {L('NEG_TERM', d2)}. One guest has {L('NEG_TERM', c.pick(['Crohn’s disease', 'Hodgkin lymphoma']))}; I'll cook on the {L('NEG_PRODUCT', 'Miele')} with {L('NEG_PRODUCT', 'Heinz')} ketchup on the side.",
            "de": f"Menü am {ndate(c, style='dots')}: {L('NEG_TERM', d1)} und {L('NEG_TERM', d2)}, Soße von {L('NEG_PRODUCT', 'Maggi')}, Dessert mit {L('NEG_PRODUCT', 'Kinder Bueno')}.",
            "fr": f"Menu du {ndate(c)} : {L('NEG_TERM', d1)}, puis {L('NEG_TERM', d2)}, avec un {L('NEG_PRODUCT', 'Martini')} en apéritif.",
            "nl": f"Menu voor {ndate(c)}: {L('NEG_TERM', d1)} en {L('NEG_TERM', d2)}, boodschappen bij {L('NEG_ORG', 'Jumbo')}.",
            "es": f"Menú del {ndate(c)}: {L('NEG_TERM', d1)} y {L('NEG_TERM', d2)}; de postre, {L('NEG_PRODUCT', 'Ferrero Rocher')}.",
            "it": f"Menù del {ndate(c)}: {L('NEG_TERM', d1)} e {L('NEG_TERM', d2)}, caffè e {L('NEG_PRODUCT', 'Baileys')}.",
            "pt": f"Ementa de {ndate(c)}: {L('NEG_TERM', d1)} e {L('NEG_TERM', d2)}, com {L('NEG_PRODUCT', 'Jameson')}."}[c.lang]


@family("pf_company_news", ALL, 22, pii_free=True)
def pf_company(c):
    o1, o2 = c.pick(NEG["NEG_ORG"]), c.pick(NEG["NEG_ORG"])
    return {"en": f"Summarise: {L('NEG_ORG', o1)} will acquire {L('NEG_ORG', o2)} by {ndate(c)}; analysts at {L('NEG_ORG', 'Morgan Stanley')} expect a {L('NEG_TERM', 'Ponzi scheme')} probe to delay it. Results due {ndate(c)} ({code(c, 'ref')}).",
            "de": f"Fasse zusammen: {L('NEG_ORG', o1)} übernimmt {L('NEG_ORG', o2)} zum {ndate(c, style='dots')}. Die {L('NEG_ORG', 'Robert Bosch GmbH')} prüft ein Gegenangebot.",
            "fr": f"Résume : {L('NEG_ORG', o1)} rachète {L('NEG_ORG', o2)} d'ici le {ndate(c)} ; {L('NEG_ORG', 'Peugeot')} et {L('NEG_ORG', 'Renault')} observent.",
            "nl": f"Vat samen: {L('NEG_ORG', o1)} neemt {L('NEG_ORG', o2)} over per {ndate(c)}; {L('NEG_ORG', 'Philips')} reageert.",
            "es": f"Resume: {L('NEG_ORG', o1)} comprará {L('NEG_ORG', o2)} antes del {ndate(c)}; el {L('NEG_ORG', 'Colegio San José')} no se ve afectado.",
            "it": f"Riassumi: {L('NEG_ORG', o1)} acquisirà {L('NEG_ORG', o2)} entro il {ndate(c)}; {L('NEG_ORG', 'Ferrero')} commenta.",
            "pt": f"Resume: a {L('NEG_ORG', o1)} compra a {L('NEG_ORG', o2)} até {ndate(c)}; a {L('NEG_ORG', 'Fundação Calouste Gulbenkian')} comenta."}[c.lang]


@family("pf_schedule_table", ALL, 20, pii_free=True)
def pf_sched(c):
    hdr = {"en": ["Task", "Owner team", "Due"], "de": ["Aufgabe", "Team", "Fällig"], "fr": ["Tâche", "Équipe", "Échéance"],
           "nl": ["Taak", "Team", "Deadline"], "es": ["Tarea", "Equipo", "Fecha"], "it": ["Attività", "Team", "Scadenza"],
           "pt": ["Tarefa", "Equipa", "Prazo"]}[c.lang]
    rows = [[code(c, "jira"), c.pick(["Aurora", "Phoenix", "Atlas", "Hermes"]), ndate(c)] for _ in range(c.n(3, 5))]
    rows.append([f"{neg(c, 'NEG_TERM')} review", L("NEG_ORG", c.pick(["Goldman Sachs", "Ernst & Young", "Siemens"])), ndate(c)])
    ask = {"en": "Sort by due date and flag anything overdue:", "de": "Nach Fälligkeit sortieren:", "fr": "Trie par échéance :",
           "nl": "Sorteer op deadline:", "es": "Ordena por fecha:", "it": "Ordina per scadenza:", "pt": "Ordena por prazo:"}[c.lang]
    return f"{ask}\n\n{table(c, hdr, rows)}"


@family("pf_eponym_health", ["en", "de", "fr", "es", "it", "nl", "pt"], 20, pii_free=True)
def pf_health(c):
    t1, t2 = c.pick(NEG["NEG_TERM"][:16]), c.pick(NEG["NEG_TERM"][:16])
    return {"en": f"Explain the difference between {L('NEG_TERM', t1)} and {L('NEG_TERM', t2)} for a school project. Is it true {L('NEG_FAMOUS', c.pick(NEG['NEG_FAMOUS']))} studied it? Due {ndate(c)}.",
            "de": f"Erklär den Unterschied zwischen {L('NEG_TERM', t1)} und {L('NEG_TERM', t2)}; Quelle: {L('NEG_ORG', 'Mayo Clinic')}.",
            "fr": f"Explique la différence entre {L('NEG_TERM', t1)} et {L('NEG_TERM', t2)} ; source : {L('NEG_ORG', 'Hôpital Georges-Pompidou')}.",
            "es": f"Explica la diferencia entre {L('NEG_TERM', t1)} y {L('NEG_TERM', t2)}; fuente: {L('NEG_ORG', 'Johns Hopkins Hospital')}.",
            "it": f"Spiega la differenza tra {L('NEG_TERM', t1)} e {L('NEG_TERM', t2)}, con esempi.",
            "nl": f"Leg het verschil uit tussen {L('NEG_TERM', t1)} en {L('NEG_TERM', t2)}.",
            "pt": f"Explica a diferença entre {L('NEG_TERM', t1)} e {L('NEG_TERM', t2)}."}[c.lang]


@family("pf_mixed_prompt", ALL, 40, pii_free=True)
def pf_mixed(c):
    """two or three PII-free snippets in one prompt, dense with look-alikes"""
    pool = [f for f in FAMILIES if f[3] and f[0] != "pf_mixed_prompt"
            and c.lang in f[1]]
    k = c.n(2, 3)
    picks = c.r.sample(pool, k)
    joiner = c.pick(["\n\n", "\nAlso: ", "\n- ", " "])
    return joiner.join(f[4](c) for f in picks)


# ================================================================ driver
def region_for(c_rng, lang):
    return c_rng.choice(REGIONS[lang])


def build():
    rng = random.Random(SEED)
    pii = [f for f in FAMILIES if not f[3]]
    free = [f for f in FAMILIES if f[3]]
    recs = []
    plan = []
    for group, total in ((pii, N_PII), (free, N_PII_FREE)):
        wsum = sum(f[2] for f in group)
        counts = [max(1, round(total * f[2] / wsum)) for f in group]
        diff = total - sum(counts)
        i = 0
        while diff != 0:
            j = i % len(counts)
            if diff > 0:
                counts[j] += 1
                diff -= 1
            elif counts[j] > 1:
                counts[j] -= 1
                diff += 1
            i += 1
        for f, k in zip(group, counts):
            plan += [f] * k
    rng.shuffle(plan)
    per_fam = {}
    for name, langs, _w, is_free, fn in plan:
        # language: weighted over the family's languages
        lw = [(l, w) for l, w in LANG_WEIGHTS if l in langs]
        lang = rng.choices([l for l, _ in lw], [w for _, w in lw])[0]
        region = region_for(rng, lang)
        c = Ctx(random.Random(rng.getrandbits(64)), lang, region)
        marked = fn(c)
        text, spans, looks = finish(marked)
        if is_free:
            assert not spans, (name, text)
        else:
            assert spans, (name, text)
        per_fam[name] = per_fam.get(name, 0) + 1
        recs.append({
            "full_text": text,
            "spans": spans,
            "template_id": f"h7_{name}_{lang}_{per_fam[name]:03d}",
            "metadata": {"family": name, "lang": lang, "region": region,
                         "pii_free": is_free,
                         # as bench_accuracy reads them (the lead's edit at merge: the
                         # author listed the kinds and kept the offsets apart)
                         "lookalikes": [{"label": s["kind"], "value": s["text"],
                                         "start_position": s["start_position"],
                                         "end_position": s["end_position"]}
                                        for s in looks]},
        })
    return recs


def main():
    # default: contrib/bench/accuracy/data/names_holdout7.json (found from
    # this file's location, so the cwd does not matter)
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(
        os.path.dirname(os.path.abspath(__file__)), "data",
        "names_holdout7.json")
    recs = build()
    data = json.dumps(recs, ensure_ascii=False, indent=1) + "\n"
    d = os.path.dirname(out)
    if d:
        os.makedirs(d, exist_ok=True)
    with open(out, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(data)
    cnt = {}
    for r in recs:
        for s in r["spans"]:
            cnt[s["entity_type"]] = cnt.get(s["entity_type"], 0) + 1
    print(f"{len(recs)} records -> {out}; spans: {cnt}", file=sys.stderr)


if __name__ == "__main__":
    main()
