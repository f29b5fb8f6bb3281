#!/usr/bin/env python3
"""gen_names_tune4.py: the fourth TUNE corpus for the NAMES pack (issue 15), data/names_tune4.json.

Written from a fresh brief (branch `person5`), not from the recognisers nor from the held-out
files (never opened): the document shapes people paste that the other tune sets lack.

- legal text: "the plaintiff, Jane Roe,", "between X and Y", "In re X", "X v. Y";
- medical notes: "Pt. J. Smith", "SMITH, John (MRN ...)", "seen by Dr X", "referred by X";
- shipping labels and delivery notes: "Ship to:", "Attn:", "Recipient", the name as the first
  line of a postal block;
- HR: CVs, references, "Reporting to", org charts "X -> Y";
- genealogy: "son of X and Y", "née";
- school and sports rosters; calendar invites ("Organizer:", "Attendees: a, b, c");
- vCards ("FN:", "N:Keller;Maria;;;"); git output ("Author:", "Co-authored-by:",
  "Signed-off-by:", `git shortlog -sn` counts);
- e-mail display names in every form ("Keller, Maria" <...>, 'Maria Keller' <...>, Maria
  Keller <...>, <...> (Maria Keller));
- names of global origin (South Asian, East Asian romanised, Arabic romanised, West African,
  Slavic, Turkish, Greek, Nordic, with diacritics) in en/de/fr/nl/es/it/pt text; initials of
  private people ("R. K. Venkataraman", "M.-L. Dubois"); names after a comma in a list; names
  as the subject of ordinary verbs ("Priya fixed the build", "Chinedu and Agnieszka will
  review"); possessives with a curly apostrophe;
- look-alikes of each kind, labelled NEG_*: companies named after people (NEG_COMPANY), eponyms
  and famous people as topics (NEG_TERM), places (NEG_PLACE), products (NEG_PRODUCT).

Half the names are real (typed in here by origin), half invented by a method no other generator
uses: a blend, the head of one real name of an origin joined to the tail of another of the same
origin ("Chinedu" + "Oluwaseun" -> "Chineseun"), kept only when the blend is in no word of hush's
lexicon, so that the context and the shape are measured, not the dictionary.

Deterministic (fixed seed), needs only the lexicon source file:
  python3 gen_names_tune4.py > data/names_tune4.json
"""
import random

from gen_common import span_at, write_json
from lexicon_words import lexicon_words

R = random.Random(4157)
KNOWN = lexicon_words()
assert len(KNOWN) > 100000, len(KNOWN)

# Real names by origin: (given names, surnames).
ORIGINS = {
    "south_asian": ("Priya Arjun Lakshmi Venkatesh Ananya Rohit Deepika Sanjay Kavitha Harpreet "
                    "Farhan Nusrat Tahmina Rajesh Shreya Aravind Meenakshi Siddharth",
                    "Venkataraman Iyer Chatterjee Banerjee Krishnamurthy Choudhury Reddy Nair "
                    "Subramanian Gill Sandhu Rahman Hossain Kulkarni Deshpande Pillai"),
    "east_asian": ("Wei Xiaoming Jiayi Hiroshi Yuki Haruto Sakura Minjun Seo-yeon Jisoo Thanh "
                   "Linh Mei Takumi Hyun-woo Zhiwei",
                   "Zhang Wang Liu Chen Tanaka Watanabe Yamamoto Kobayashi Kim Park Choi Nguyen "
                   "Tran Pham Huang Matsumoto"),
    "arabic": ("Youssef Fatima Omar Layla Karim Nour Hamza Amira Khalid Yasmin Tariq Samira "
               "Bilal Rania Mustafa",
               "Al-Masri Haddad Khoury Mansour Nasser El-Amin Bakr Saleh Farouk Hamdan "
               "Al-Rashid Benali Aziz Qasim"),
    "west_african": ("Chinedu Ngozi Oluwaseun Adaeze Kwame Ama Kofi Abena Emeka Folasade "
                     "Yaw Chiamaka Babatunde Aminata Moussa",
                     "Okafor Adeyemi Mensah Boateng Okonkwo Asante Diallo Traoré Nwosu Ogunleye "
                     "Owusu Adebayo Keïta Eze"),
    "slavic": ("Agnieszka Wojciech Małgorzata Tomasz Jiří Kateřina Dmitri Olena Bogdan "
               "Zuzana Miroslav Ivana Radosław Svetlana",
               "Wiśniewski Kowalczyk Dvořák Novotná Petrenko Kuznetsova Zieliński Horvat "
               "Marković Szymańska Procházka Jankowski Bondarenko"),
    "turkish": ("Mehmet Ayşe Emre Elif Burak Zeynep Oğuz Gülşen Serkan Çağla Hakan",
                "Yılmaz Öztürk Çelik Şahin Aydın Kaya Doğan Arslan Güneş Karataş"),
    "greek": ("Giorgos Eleni Dimitris Katerina Nikos Sofia Vasilis Ioanna Panagiotis Despina",
              "Papadopoulos Georgiou Konstantinou Nikolaidis Alexiou Christodoulou Vlachos "
              "Economou"),
    "nordic": ("Sigríður Ólafur Jóhanna Bjørn Åsa Kjersti Håkon Sølvi Eerik Aino Ingrid "
               "Torbjörn",
               "Sigurðardóttir Jónsson Østergaard Lindqvist Haugland Virtanen Korhonen "
               "Sæther Björklund Halvorsen Mäkinen"),
    "latin": ("João Inês Beatriz Tiago Mariana Rafael Lucía Álvaro Giulia Matteo Chiara",
              "Gonçalves Ferreira Araújo Carvalho Fernández Muñoz Ibáñez Esposito Ricci "
              "Marchetti"),
    "west_european": ("Maria Jan Sophie Lukas Anouk Thijs Hélène Mathieu Maëlle Jürgen Liesbeth",
                      "Keller Dubois Janssens De Vries Bakker Lefèvre Wouters Hofmann Van Damme "
                      "Meijer"),
}
ORIGINS = {k: (g.split(), s.split(" ")) for k, (g, s) in ORIGINS.items()}
for k, (g, s) in ORIGINS.items():
    joined = []
    i = 0
    while i < len(s):  # "De Vries", "Van Damme" stay one surname
        if s[i] in ("De", "Van") and i + 1 < len(s):
            joined.append(s[i] + " " + s[i + 1])
            i += 2
        else:
            joined.append(s[i])
            i += 1
    ORIGINS[k] = (g, joined)


def known(w):
    return any(p.lower() in KNOWN for p in w.replace("-", " ").split())


def blend(pool):
    """Head of one real name + tail of another of the same origin, in no lexicon."""
    for _ in range(200):
        a, b = R.sample([w for w in pool if " " not in w], 2)
        if len(a) < 4 or len(b) < 4:
            continue
        cut_a = R.randint(2, len(a) - 2)
        cut_b = R.randint(1, len(b) - 2)
        w = a[:cut_a] + b[cut_b:]
        w = w[0].upper() + w[1:].lower() if "-" not in w else w
        if 4 <= len(w) <= 14 and not known(w) and w not in (a, b):
            return w
    raise RuntimeError("no blend")


def person(origin=None):
    origin = origin or R.choice(list(ORIGINS))
    given, surnames = ORIGINS[origin]
    if R.random() < 0.5:
        return R.choice(given), R.choice(surnames), origin, "real"
    return blend(given), blend(surnames), origin, "invented"


COMPANIES = ["Johnson Controls", "Siemens", "Bosch", "Dell", "Philips", "Ferrari", "Porsche",
             "Ernst & Young", "Goldman Sachs", "Morgan Stanley", "Procter & Gamble", "Hugo Boss",
             "Tata Consultancy", "Mitsubishi", "Hyundai", "Mercedes-Benz", "Dr. Oetker",
             "Boehringer Ingelheim", "Hewlett-Packard", "McKinsey"]
TERMS = ["Parkinson’s disease", "Hodgkin lymphoma", "Alzheimer’s", "Kalman filter",
         "Levenshtein distance", "Dijkstra’s algorithm", "Gaussian blur", "Bayesian inference",
         "Newtonian mechanics", "the Turing test", "Einstein notation", "Down syndrome",
         "Crohn’s disease", "Asperger syndrome", "the Doppler effect", "Fibonacci numbers"]
PLACES = ["Victoria", "Florence", "Adelaide", "São Paulo", "Kaduna", "Bergen", "Lagos",
          "Kyoto", "Thessaloniki", "Izmir", "Hyderabad", "Gdańsk", "Aarhus", "Porto",
          "Saint-Denis", "San José", "Washington", "Charlotte", "Eindhoven", "Mersin"]
PRODUCTS = ["Alexa", "Siri", "Cortana", "Jenkins", "Jira", "Grafana", "Ubuntu", "Debian",
            "Kotlin", "Julia", "Ada", "Pascal", "Hadoop", "Cassandra", "Kibana", "Figma"]
NEG = {"CO": ("NEG_COMPANY", COMPANIES), "TERM": ("NEG_TERM", TERMS),
       "PLACE": ("NEG_PLACE", PLACES), "PROD": ("NEG_PRODUCT", PRODUCTS)}

STREETS = ["14 Marlow Road", "Hauptstraße 22", "7 rue des Lilas", "Keizersgracht 88",
           "Calle Mayor 5", "Via Roma 12", "Rua Augusta 41", "221 Elm Street"]
TOWNS = ["Leeds LS6 2AB", "10115 Berlin", "75011 Paris", "1016 AB Amsterdam", "28013 Madrid",
         "00184 Roma", "1100-053 Lisboa", "Springfield, IL 62704"]

# Each template: (class, language, text). Slots: {P} full name, {G} given, {S} surname,
# {SU} SURNAME, {SG} "Surname, Given", {I} initial + surname ("R. Venkataraman"),
# {II} two initials + surname, {PP} full name + curly possessive, {GP} given name + possessive,
# {EM} an e-mail address, {ADDR} a street and town line, {TEL} a phone, {N} a number,
# {CO} {TERM} {PLACE} {PROD} look-alikes.
TEMPLATES = [
    ("legal", "en", "COMES NOW the plaintiff, {P}, by and through counsel, and states as follows."),
    ("legal", "en", "This Agreement is made between {P} (\"Seller\") and {P} (\"Buyer\")."),
    ("legal", "en", "In re {P}, Debtor. Case No. 23-{N}."),
    ("legal", "en", "See {S} v. {S}, 512 F.3d {N} (9th Cir. 2019), and compare {CO} v. {S}."),
    ("legal", "en", "The defendant, {P}, was represented by {P} of {CO}."),
    ("legal", "en", "WITNESS my hand this 3rd day of May.\n\n_____________________\n{P}, Notary Public"),
    ("legal", "de", "Zwischen {P}, wohnhaft in {PLACE}, und {P} wird folgender Vertrag geschlossen."),
    ("legal", "fr", "Entre les soussignés : {P}, ci-après « le bailleur », et {P}, ci-après « le preneur »."),
    ("legal", "es", "Comparece {P}, mayor de edad, y expone lo siguiente."),
    ("medical", "en", "Pt. {I}, 67 y/o, seen by Dr {S} for follow-up of {TERM}."),
    ("medical", "en", "{SU}, {G} (MRN {N}{N})\nAdmitted 04/02, referred by {P}."),
    ("medical", "en", "Referred by Dr. {I} to cardiology. {G} reports chest pain since Tuesday."),
    ("medical", "en", "Discharge summary\nPatient: {SG}\nAttending: {P}, MD\nDx: {TERM}"),
    ("medical", "de", "Überweisung von Dr. med. {S}. Pat. {P} klagt über Schwindel."),
    ("medical", "nl", "Patiënt {P} werd gezien door dr. {S} op de afdeling in {PLACE}."),
    ("medical", "it", "La paziente {P} è stata visitata dal dott. {S}."),
    ("medical", "pt", "O paciente {P} foi atendido pela Dra. {S} no hospital de {PLACE}."),
    ("shipping", "en", "Ship to:\n{P}\n{ADDR}"),
    ("shipping", "en", "{P}\n{ADDR}\nTel. {TEL}"),
    ("shipping", "en", "Attn: {P}, Accounts Payable, {CO}\n{ADDR}"),
    ("shipping", "en", "Delivery note: parcel left with neighbour, {P} at no. 12. Recipient: {P}"),
    ("shipping", "de", "Lieferadresse:\n{P}\n{ADDR}"),
    ("shipping", "fr", "Destinataire : {P}\n{ADDR}"),
    ("shipping", "es", "Enviar a:\n{P}\n{ADDR}"),
    ("shipping", "nl", "t.a.v. {P}\n{ADDR}"),
    ("hr", "en", "{P}\nSenior Data Engineer\n{EM}\n\nEXPERIENCE\n{CO}, 2019-2023"),
    ("hr", "en", "References\n{P}, Head of Platform, {CO}\n{P}, former manager"),
    ("hr", "en", "Role: Backend Lead. Reporting to {P}. Team: {G}, {G}, {G}."),
    ("hr", "en", "Org chart:\n{P} -> {P}\n{P} -> {P}"),
    ("hr", "en", "I have worked with {P} for four years and recommend {G} without reservation."),
    ("hr", "de", "Frau {P} war vom 1. März bis 30. Juni bei uns als Werkstudentin tätig."),
    ("hr", "fr", "Je recommande vivement {P}, qui a travaillé sous ma direction chez {CO}."),
    ("genealogy", "en", "{G} {S}, son of {P} and {P}, was born in {PLACE}."),
    ("genealogy", "en", "{P} (née {S}) married {P} in 1952."),
    ("genealogy", "fr", "{P}, fille de {P} et de {P}, née {S}."),
    ("genealogy", "de", "{P}, geb. {S}, Tochter von {P}."),
    ("roster", "en", "U12 roster\n#4 {P} (GK)\n#7 {P}\n#9 {P} (C)"),
    ("roster", "en", "Class 5B: {SG}; {SG}; {SG}"),
    ("roster", "en", "1. {P}\n2. {P}\n3. {P}"),
    ("roster", "es", "Alineación: {P}, {P}, {P} y {P}."),
    ("calendar", "en", "Organizer: {P}\nAttendees: {P}, {P}, {P}\nWhere: {PLACE} room"),
    ("calendar", "en", "Invitation: Q3 planning @ Tue 10:00 - 11:00 ({EM})\nOrganiser: {P}\nGuests: {G} {S}, {G} {S}"),
    ("calendar", "de", "Besprechung\nOrganisator: {P}\nTeilnehmer: {P}; {P}"),
    ("calendar", "fr", "Organisateur : {P}\nParticipants : {P}, {P}"),
    ("vcard", "en", "BEGIN:VCARD\nVERSION:3.0\nFN:{P}\nN:{S};{G};;;\nORG:{CO}\nEMAIL:{EM}\nEND:VCARD"),
    ("git", "en", "commit 3f9c2ab\nAuthor: {P} <{EM}>\nDate:   Mon Mar 4 10:02:11 2024 +0100\n\n    fix race in {PROD} client\n\n    Co-authored-by: {P} <{EM}>\n    Signed-off-by: {P} <{EM}>"),
    ("git", "en", "$ git shortlog -sn\n   {N}\t{P}\n    {N}\t{P}\n     {N}\t{P}"),
    ("git", "en", "Reviewed-by: {P}\nTested-by: {P}\nReported-by: {P}"),
    ("email", "en", "From: \"{SG}\" <{EM}>\nTo: {P} <{EM}>\nCc: '{P}' <{EM}>"),
    ("email", "en", "Reply-To: {EM} ({P})"),
    ("email", "de", "Von: {P} <{EM}>\nAn: \"{SG}\" <{EM}>"),
    ("prose", "en", "{G} fixed the build yesterday and {G} and {G} will review it."),
    ("prose", "en", "{GP} patch broke {PROD} on {PLACE} hosts."),
    ("prose", "en", "Thanks to {P}, {P} and {P} for testing."),
    ("prose", "en", "{P} joined {CO} in 2021; before that {G} worked on {TERM}."),
    ("prose", "en", "Per {PP} note, the {PROD} migration slips a week."),
    ("prose", "en", "{II} and {I} wrote the original parser."),
    ("prose", "de", "{G} hat den Fehler gefunden, {G} prüft den Patch."),
    ("prose", "fr", "{G} a corrigé le bug et {P} va relire."),
    ("prose", "nl", "{G} heeft de release gemaakt; {P} test hem morgen."),
    ("prose", "es", "{G} arregló el despliegue y {P} lo revisará."),
    ("prose", "it", "{G} ha sistemato la build, {P} la controlla domani."),
    ("prose", "pt", "{G} corrigiu o erro e {P} vai revisar."),
    ("initials", "en", "Approved: {II}\nChecked: M.-L. {S}"),
    ("initials", "fr", "Rédigé par J.-P. {S} et {I}."),
    ("neg", "en", "We moved from {PROD} to {PROD} after {CO} bought the vendor."),
    ("neg", "en", "The {TERM} section cites work from {PLACE} and {PLACE}."),
    ("neg", "en", "{CO} and {CO} both sponsor the meetup in {PLACE}."),
]


def initial(g):
    return g[0] + "."


def email(g, s):
    loc = (g + "." + s).lower().replace(" ", "").replace("’", "")
    loc = loc.encode("ascii", "ignore").decode() or "x"
    return loc + "@" + R.choice(["example.com", "example.org", "mail.example.net"])


records = []


def fill(cls, lang, template):
    text, spans = "", []
    names = []
    i = 0
    while i < len(template):
        if template[i] != "{":
            text += template[i]
            i += 1
            continue
        j = template.index("}", i)
        slot = template[i + 1:j]
        i = j + 1
        if slot == "N":
            text += str(R.randint(10, 999))
            continue
        if slot in ("ADDR", "TEL"):
            k = R.randrange(len(STREETS))
            v = STREETS[k] + "\n" + TOWNS[k] if slot == "ADDR" else "+44 113 %03d %04d" % (
                R.randint(100, 999), R.randint(0, 9999))
            spans.append(span_at(text, "STREET_ADDRESS" if slot == "ADDR" else "PHONE_NUMBER", v))
            text += v
            continue
        if slot == "EM":
            g, s = names[-1] if names else ("info", "desk")
            v = email(g, s)
            spans.append(span_at(text, "EMAIL_ADDRESS", v))
            text += v
            continue
        if slot in NEG:
            kind, pool = NEG[slot]
            v = R.choice(pool)
            spans.append(span_at(text, kind, v))
            text += v
            continue
        g, s, origin, how = person()
        names.append((g, s))
        if slot == "P":
            v, tail = g + " " + s, ""
        elif slot == "G":
            v, tail = g, ""
        elif slot == "S":
            v, tail = s, ""
        elif slot == "SU":
            v, tail = s.upper(), ""
        elif slot == "SG":
            v, tail = s + ", " + g, ""
        elif slot == "I":
            v, tail = initial(g) + " " + s, ""
        elif slot == "II":
            g2 = person(origin)[0]
            v, tail = initial(g) + " " + initial(g2) + " " + s, ""
        elif slot == "PP":
            v, tail = g + " " + s, "’s"
        elif slot == "GP":
            v, tail = g, "’s"
        else:
            raise KeyError(slot)
        spans.append(span_at(text, "PERSON", v))
        text += v + tail
    for sp in spans:
        assert text[sp["start_position"]:sp["end_position"]] == sp["entity_value"], sp
    records.append({"full_text": text, "spans": spans, "template_id": len(records) % 100,
                    "metadata": {"locale": lang, "class": cls, "corpus": "names_tune4"}})


for _ in range(6):
    for cls, lang, t in TEMPLATES:
        fill(cls, lang, t)

write_json(records)
