#!/usr/bin/env python3
"""gen_prec52.py: things, animals and firms under keys a person also fills, in structured request
bodies, beside the people of the same records (stop 52, branch `prec52`; written before any rule
for these shapes was written and before hush was run on it).

New variants of struct50's and orgs39's false-PERSON shapes, in domains and languages those two
sets do not hold (equestrian stables, marinas and ship registers, pet insurance claims, grooming
salons, kennels, clinical-trial registers, festival sponsorship, youth sponsorship schemes;
Norwegian, Croatian, Slovak, Catalan, Indonesian, Lithuanian, English). Every record is a request
body of one of four APIs; the records are JSON objects, native members or a JSON document inside a
string (a tool result's content). Classes:
- `patient`: an animal under `patient`/`pasient`/`pacijent`/`pacient` with a species, breed or
  chip key in the same object (NEG_PET), its owner a person (PERSON); beside (`patient-human`) a
  clinic's records where the patient is a person and no animal key stands (PERSON);
- `namecol`: a list of objects keyed `Name`/`navn`/`naziv`/`nom`/`nama`: a thing's table (a
  horse with Breed/Chip, a boat with Hull/Berth/Length, a product with SKU/Model; NEG_PET,
  NEG_SHIP, NEG_PRODUCT) and in the same body a people table under `Name` beside phone/e-mail/role
  columns (PERSON);
- `named`: one object holding a horse or a ship under `name` and its owner or skipper (PERSON);
- `sponsor`: a firm under `sponsor`/`sponzor`/`patrocinador` with its legal form in the same
  value (`Haldoran Pharma AS`, `Vukić d.o.o.`; NEG_ORG), beside a person under the same key in
  the same body (a child's sponsor, a volunteer's sponsor: PERSON).
Half the names invented. Writes JSON (the names_tune3.json format) to stdout; deterministic;
Python stdlib only."""
import json
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gen_common import record, write_json, invent_syllables  # noqa: E402

rng = random.Random(20261206 + 52)
LANGS = ["nb", "hr", "sk", "ca", "id", "lt", "en"]

GIVEN = {
    "nb": ["Ingrid", "Sindre", "Solveig", "Eirik", "Marit", "Håkon", "Tuva"],
    "hr": ["Ivana", "Luka", "Marija", "Tomislav", "Petra", "Dario", "Ana"],
    "sk": ["Zuzana", "Marek", "Katarína", "Juraj", "Lucia", "Peter", "Eva"],
    "ca": ["Montserrat", "Jordi", "Núria", "Pau", "Mireia", "Oriol", "Laia"],
    "id": ["Siti", "Budi", "Dewi", "Agus", "Rina", "Hendra", "Putri"],
    "lt": ["Rūta", "Tomas", "Gintarė", "Mantas", "Eglė", "Darius", "Aistė"],
    "en": ["Harriet", "Callum", "Imogen", "Rhys", "Bethany", "Declan", "Nadia"],
}
SURN = {
    "nb": ["Solberg", "Haugen", "Bakke", "Lunde", "Moen", "Strand", "Berntsen"],
    "hr": ["Horvat", "Kovačević", "Babić", "Marić", "Jurić", "Novak", "Vukić"],
    "sk": ["Horváthová", "Kováč", "Baláž", "Tóthová", "Nagy", "Szabó", "Varga"],
    "ca": ["Puig", "Vilaró", "Serra", "Casals", "Ferrer", "Soler", "Pujol"],
    "id": ["Santoso", "Wijaya", "Kusuma", "Hidayat", "Saputra", "Nugroho", "Lestari"],
    "lt": ["Kazlauskas", "Petraitienė", "Jankauskas", "Stankevičius", "Vasiliauskaitė", "Žukauskas",
           "Butkus"],
    "en": ["Pemberton", "Oakes", "Whitlock", "Fairbairn", "Ashdown", "Kerr", "Lambourne"],
}
SYL = {
    "nb": (["sol", "vik", "hau", "ber", "lun", "tor", "ei", "dal"], ["sen", "rud", "vik"]),
    "hr": (["ko", "vač", "bra", "mi", "lo", "zda", "ja", "nić"], ["ić", "ović", "ec"]),
    "sk": (["zu", "bo", "hra", "mi", "tel", "vo", "ja", "les"], ["ová", "ák", "ík"]),
    "ca": (["pu", "vi", "ló", "ser", "ra", "cas", "mo", "gal"], ["ell", "às", "ó"]),
    "id": (["su", "pra", "wi", "ja", "ka", "nu", "ro", "har"], ["to", "di", "wan"]),
    "lt": (["kaz", "la", "pet", "rai", "jan", "ka", "vai", "tu"], ["auskas", "aitis", "ienė"]),
    "en": (["bran", "wick", "ash", "tor", "mel", "ford", "wen", "der"], ["ton", "ley", "by"]),
}
# Pet and horse names a person could carry, and invented-looking stable names.
PETS = ["Bella", "Oscar", "Ruby", "Jasper", "Milo", "Frida", "Teodor", "Lotte", "Bruno", "Tilda",
        "Sir Winston", "Lady Bramble", "Captain Fluff", "Mister Biscuit", "Nora", "Otto"]
HORSES = ["Silver Lady", "Duchess Marigold", "Lord Havelock", "Donna Vittoria", "King Edvard",
          "Miss Lavender", "Baron Rocco", "Queen Solvei", "Sir Galahad", "Princess Ada"]
SHIPS = ["Marta Elena", "Kristina Regina", "Anna Sofie", "Santa Lucija", "Dame Agnes",
         "Kapitan Horvat", "Eleonora Marie", "Fru Ingeborg", "Margit Kristine", "Saint Brendan"]
PRODUCTS = ["Clara Pro", "Victor Max", "Helena Lite", "Otto Plus", "Sofia Mini", "Henrik Duo",
            "Leon Air", "Greta Flex"]
FIRM_FORM = {"nb": ["AS", "ASA"], "hr": ["d.o.o.", "d.d."], "sk": ["s.r.o.", "a.s."],
             "ca": ["S.L.", "S.A."], "id": ["PT", "Tbk"], "lt": ["UAB", "AB"],
             "en": ["Ltd", "plc", "LLP"]}
FIRM_WORD = ["Pharma", "Biotech", "Holding", "Group", "Logistics", "Foods", "Energy", "Media"]
SPECIES = ["dog", "cat", "rabbit", "ferret", "horse", "parrot"]
BREEDS = ["Labrador", "Maine Coon", "Lop", "Beagle", "Norwegian Forest", "Dachshund"]
HORSE_BREEDS = ["Hanoverian", "Fjord", "Lipizzaner", "Arabian", "Trakehner", "Connemara"]

KEYS = {  # per language: patient, owner, name, sponsor, vet/doctor
    "nb": ("pasient", "eier", "navn", "sponsor", "veterinær"),
    "hr": ("pacijent", "vlasnik", "naziv", "sponzor", "veterinar"),
    "sk": ("pacient", "majiteľ", "meno", "sponzor", "veterinár"),
    "ca": ("pacient", "propietari", "nom", "patrocinador", "veterinari"),
    "id": ("pasien", "pemilik", "nama", "sponsor", "dokter"),
    "lt": ("pacientas", "savininkas", "vardas", "rėmėjas", "veterinaras"),
    "en": ("patient", "owner", "name", "sponsor", "vet"),
}
ASK = {
    "nb": "Kan du sjekke disse postene og si hva som mangler?",
    "hr": "Možeš li provjeriti ove zapise i reći što nedostaje?",
    "sk": "Môžeš skontrolovať tieto záznamy a povedať, čo chýba?",
    "ca": "Pots revisar aquests registres i dir-me què hi falta?",
    "id": "Bisakah kamu memeriksa catatan ini dan bilang apa yang kurang?",
    "lt": "Ar gali patikrinti šiuos įrašus ir pasakyti, ko trūksta?",
    "en": "Can you check these records and tell me what is missing?",
}


def person(lg):
    if rng.random() < 0.5:
        return rng.choice(GIVEN[lg]) + " " + rng.choice(SURN[lg])
    syl, end = SYL[lg]
    return invent_syllables(rng, syl, end, False) + " " + invent_syllables(rng, syl, end, True)


def chip():
    return "9810" + "".join(rng.choice("0123456789") for _ in range(11))


class Marks:
    """Values stand in the structure as markers; after json.dumps each marker is replaced by its
    value and the span is recorded at its offsets (code points)."""

    def __init__(self):
        self.vals = []

    def v(self, label, value):
        self.vals.append((label, value))
        return "\u27e6%d\u27e7" % (len(self.vals) - 1)

    def resolve(self, text):
        out, spans, i = "", [], 0
        while True:
            j = text.find("\u27e6", i)
            if j < 0:
                out += text[i:]
                break
            k = text.index("\u27e7", j)
            out += text[i:j]
            label, value = self.vals[int(text[j + 1:k])]
            if label:
                spans.append({"entity_type": label, "entity_value": value,
                              "start_position": len(out), "end_position": len(out) + len(value)})
            out += value
            i = k + 1
        return out, spans


def wrap(lg, data, how):
    """A request body carrying data (a JSON value) as a tool's result, native or as a string."""
    if how == "oai_tool":  # a JSON document inside a string
        return {"model": "gpt-4o", "messages": [
            {"role": "user", "content": ASK[lg]},
            {"role": "assistant", "content": None, "tool_calls": [{"id": "call_1", "type": "function",
             "function": {"name": "records", "arguments": "{}"}}]},
            {"role": "tool", "tool_call_id": "call_1",
             "content": json.dumps(data, ensure_ascii=False)}]}
    if how == "anth_tool_use":  # native members
        return {"model": "claude-sonnet-4", "max_tokens": 512, "messages": [
            {"role": "user", "content": ASK[lg]},
            {"role": "assistant", "content": [{"type": "tool_use", "id": "tu_1", "name": "save_records",
                                               "input": data}]}]}
    if how == "gemini_fr":  # native members
        return {"contents": [
            {"role": "user", "parts": [{"text": ASK[lg]}]},
            {"role": "model", "parts": [{"functionCall": {"name": "records", "args": {"q": "*"}}}]},
            {"role": "user", "parts": [{"functionResponse": {"name": "records",
                                                             "response": data}}]}]}
    return {"model": "gpt-4.1", "input": [  # Responses: a string output
        {"role": "user", "content": ASK[lg]},
        {"type": "function_call_output", "call_id": "c1",
         "output": json.dumps(data, ensure_ascii=False)}]}


WRAPS = ["oai_tool", "anth_tool_use", "gemini_fr", "resp_output"]


def patient(m, lg, human):
    kp, ko, _, _, kv = KEYS[lg]
    rows = []
    for _ in range(rng.randint(2, 4)):
        if human:
            r = {kp: m.v("PERSON", person(lg)), "ward": rng.choice(["B2", "C4", "A1"]),
                 kv if rng.random() < 0.5 else "doctor": m.v("PERSON", person(lg)),
                 "status": rng.choice(["admitted", "discharged", "waiting"])}
        else:
            r = {kp: m.v("NEG_PET", rng.choice(PETS))}
            for e in rng.sample(["species", "breed", rng.choice(["chip", "microchip"])], 2):
                r[e] = chip() if "chip" in e else rng.choice(SPECIES if e == "species" else BREEDS)
            r[ko] = m.v("PERSON", person(lg))
            r["status"] = rng.choice(["booked", "paid", "no show"])
            if rng.random() < 0.5:  # the animal's key after its patient key or before it
                r = dict(reversed(list(r.items())))
        rows.append(r)
    return {"count": len(rows), "records": rows}


def namecol(m, lg):
    _, ko, kn, _, _ = KEYS[lg]
    kn = kn if rng.random() < 0.5 else "Name"
    kind = rng.choice(["horse", "boat", "product"])
    things = []
    for _ in range(rng.randint(2, 4)):
        if kind == "horse":
            things.append({kn: m.v("NEG_PET", rng.choice(HORSES)), "Breed": rng.choice(HORSE_BREEDS),
                           "Chip": chip(), "Box": rng.randint(1, 30)})
        elif kind == "boat":
            things.append({kn: m.v("NEG_SHIP", rng.choice(SHIPS)), "Hull": "HIN-%05d" % rng.randint(0, 99999),
                           "Berth": "%s%d" % (rng.choice("ABCD"), rng.randint(1, 40)),
                           "Length": round(rng.uniform(6, 18), 1)})
        else:
            things.append({kn: m.v("NEG_PRODUCT", rng.choice(PRODUCTS)), "SKU": "SK-%06d" % rng.randint(0, 999999),
                           "Model": "M%d" % rng.randint(100, 999), "Stock": rng.randint(0, 90)})
    people = [{kn: m.v("PERSON", person(lg)),
               "Phone" if rng.random() < 0.5 else "Email": "see CRM",
               "Role": rng.choice(["groom", "skipper", "buyer", "manager", "rider"])}
              for _ in range(rng.randint(1, 3))]
    tk = {"horse": "horses", "boat": "boats", "product": "items"}[kind]
    return {tk: things, "contacts": people} if rng.random() < 0.5 else {"contacts": people, tk: things}


def named(m, lg):
    _, ko, kn, _, _ = KEYS[lg]
    if rng.random() < 0.5:
        r = {kn: m.v("NEG_PET", rng.choice(HORSES)), "breed": rng.choice(HORSE_BREEDS),
             "chip": chip(), ko: m.v("PERSON", person(lg))}
    else:
        r = {kn: m.v("NEG_SHIP", rng.choice(SHIPS)), "hull": "HIN-%05d" % rng.randint(0, 99999),
             "berth": "B%d" % rng.randint(1, 60), "skipper": m.v("PERSON", person(lg))}
    if rng.random() < 0.5:
        r = dict(reversed(list(r.items())))
    return r


def firm(lg):
    syl, end = SYL[lg]
    base = rng.choice(SURN[lg]) if rng.random() < 0.5 else invent_syllables(rng, syl, end, True)
    if rng.random() < 0.5:
        base += " " + rng.choice(FIRM_WORD)
    form = rng.choice(FIRM_FORM[lg])
    return form + " " + base if form == "PT" else base + " " + form


def sponsor(m, lg):
    _, _, _, ks, _ = KEYS[lg]
    rows = []
    for _ in range(rng.randint(2, 4)):
        if rng.random() < 0.5:
            rows.append({"study": "NCT0%07d" % rng.randint(0, 9999999), ks: m.v("NEG_ORG", firm(lg)),
                         "investigator": m.v("PERSON", person(lg))})
        else:
            rows.append({"child": m.v("PERSON", person(lg)), ks: m.v("PERSON", person(lg)),
                         "since": rng.randint(2015, 2025)})
    return {"rows": rows}


records = []
for i in range(300):
    lg = LANGS[i % len(LANGS)]
    how = WRAPS[(i // len(LANGS)) % len(WRAPS)]
    cls = ["patient", "patient-human", "namecol", "named", "sponsor"][(i // 3) % 5]
    m = Marks()
    if cls == "patient":
        data = patient(m, lg, False)
    elif cls == "patient-human":
        data = patient(m, lg, True)
    elif cls == "namecol":
        data = namecol(m, lg)
    elif cls == "named":
        data = named(m, lg)
    else:
        data = sponsor(m, lg)
    text, spans = m.resolve(json.dumps(wrap(lg, data, how), ensure_ascii=False))
    records.append(record(text, spans, i, {"locale": lg, "class": cls, "wrap": how}))

write_json(records)
