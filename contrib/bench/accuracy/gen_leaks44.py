#!/usr/bin/env python3
"""gen_leaks44.py: the leaks and false findings stop 43 left open (notes/leaks43.md, fp43.md and
ops15.md, section 4, and the probes of stop 43), each widened into variants and look-alikes,
written before any detector rule was read or hush was run on it (branch leaks44). A tune set.

Classes (metadata.class), real and invented names:
- `caps2`: a two-letter surname in capitals after a surname label (`Nachname: LI`, `Name: NG`,
  `Apellido: OU`, `Cognome: HO`) in form lines, one-line pairs and JSON; look-alikes: `LI` as a
  country code, a surname label followed by the next field's name, `NA`, language codes;
- `contact`: a person after a contact label (`Kontakt:`, `Contact:`, `Ansprechpartner:`,
  `Contactpersoon:`, `Referente:`, `Persona di contatto:`...) in forms, letters, JSON and tables;
  look-alikes: teams and desks after the same labels;
- `firmcontact`: a firm after a contact label (`Contactpersoon: Makelaardij Hofstad`, `Kontakt:
  Autohaus Brenner`), the person who handles it labelled on another line;
- `lonegiven`: a lone lower-case given name that is also a common word (`ask maria`, `frag
  ernst`, `demande à claire`, `pregunta a pilar`, `chiedi a chiara`, `vraag het aan roos`) in
  chat lines; look-alikes: `Ave Maria`, `maria-db`, `mark as read`, `im ernst`, `color rosa`;
- `athost`: mailboxes written `x at host.tld` whose top-level domain is .me .se .ro .tr .pl .cz
  .dk .fi .no .pt .gr, in prose of those countries; look-alikes: `look at main.rs`, `at 9.30`,
  `studies at kth.se`, `at index.ts`;
- `authors`: YAML and TOML author lists (`authors:\\n  - Anna Weber <anna@x>`, `- name: anna
  weber`, CITATION.cff's `family-names`/`given-names`, pyproject `{ name = ".." }`,
  `[[authors]]`); look-alikes: workflow steps' `- name: Checkout`, teams and bots, package names;
- `assignlow`: a lower-case name after an assignment or forwarding verb in a sentence-case text
  (`Assigned to weber yesterday`, `Bitte an keller weiterleiten`, `Transféré à dupont`); look-
  alikes: departments, `me`, `alle` in the same slot;
- `voice`: voice-assistant commands to call or text a contact (`hey google, call anna weber`,
  `siri, text maria`, `cortana`, `bixby`) as lines, logs and JSON; look-alikes: `ask siri`, kin
  words (`ok google ruf papa an`), `home`, `my dentist`;
- `hut`: mountain rescue logs with huts and rescue helicopters named like people (`Rifugio
  Vittorio Emanuele`, `Christoph 14`, `Cabane Bertol`, `Franz-Senn-Hütte`) as look-alikes beside
  the rescued person and the rescuers;
- `horse`: start lists, results and horse passports with horses named like people (`Sir
  Donnerhall`, `Don Frederico`, `Quaterback's Daughter`) as look-alikes, the riders, owners and
  breeders labelled PERSON.
Languages en, de, fr, nl, es, it, pt and the class's own (sv, da, no, fi, pl, cs, ro, tr).
Writes JSON (the names_tune3.json format) to stdout; deterministic; Python stdlib only."""
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gen_common import Doc, write_json, SYL7, END7, invent_syllables  # noqa: E402

rng = random.Random(20261205 + 44)
records = []


class D(Doc):
    records = records


LANGS = ["en", "de", "fr", "nl", "es", "it", "pt"]
REAL = {
    "en": (["Oliver", "Hannah", "Rebecca", "Thomas", "Sarah", "James", "Emily", "Declan"],
           ["Ashworth", "Fletcher", "Brennan", "Whitcombe", "Okafor", "Harding", "Doyle"]),
    "de": (["Anna", "Jonas", "Ulrike", "Matthias", "Sabine", "Tobias", "Katrin", "Lukas"],
           ["Weber", "Keller", "Vogel", "Lindner", "Krause", "Hoffmann", "Schäfer", "Brandt"]),
    "fr": (["Camille", "Mathieu", "Claire", "Julien", "Aurélie", "Benoît"],
           ["Dupont", "Lefèvre", "Moreau", "Girard", "Marchand", "Rousseau"]),
    "nl": (["Sanne", "Pieter", "Femke", "Joost", "Anouk", "Bram"],
           ["de Jong", "Jansen", "Visser", "Bakker", "van Dijk", "Smit", "Mulder"]),
    "es": (["Javier", "Lucía", "Pilar", "Sergio", "Carmen", "Rodrigo"],
           ["García", "Navarro", "Romero", "Castillo", "Ortega", "Iglesias"]),
    "it": (["Giulia", "Matteo", "Chiara", "Davide", "Lorenzo", "Francesca"],
           ["Rossi", "Bianchi", "Colombo", "Esposito", "Ricci", "Ferraro"]),
    "pt": (["João", "Inês", "Tiago", "Mariana", "Rui", "Beatriz"],
           ["Ferreira", "Carvalho", "Sousa", "Pereira", "Almeida", "Ribeiro"]),
    "sv": (["Sven", "Ingrid", "Karin", "Anders", "Linnea", "Erik"],
           ["Lindqvist", "Andersson", "Bergström", "Holm", "Nyberg", "Sjöberg"]),
    "da": (["Mette", "Rasmus", "Freja", "Mikkel", "Sofie"], ["Sørensen", "Jørgensen", "Madsen", "Kristensen"]),
    "no": (["Sigrid", "Lars", "Kari", "Håkon", "Solveig"], ["Haugen", "Johansen", "Bakke", "Solberg"]),
    "fi": (["Aino", "Mikko", "Liisa", "Juhani", "Sanna"], ["Virtanen", "Korhonen", "Mäkinen", "Nieminen"]),
    "pl": (["Katarzyna", "Piotr", "Agnieszka", "Tomasz", "Paweł"], ["Kowalczyk", "Wójcik", "Nowak", "Mazur", "Krawczyk"]),
    "cs": (["Jana", "Petr", "Lucie", "Tomáš", "Martin"], ["Novák", "Dvořák", "Svoboda", "Černá", "Procházka"]),
    "ro": (["Andreea", "Mihai", "Ioana", "Cristian", "Elena"], ["Popescu", "Ionescu", "Stoica", "Munteanu"]),
    "tr": (["Ayşe", "Mehmet", "Zeynep", "Emre", "Elif"], ["Yılmaz", "Kaya", "Demir", "Şahin", "Çelik"]),
    "gr": (["Eleni", "Giorgos", "Maria", "Nikos", "Sofia"], ["Papadopoulos", "Georgiou", "Nikolaou", "Pappas"]),
}
SYL = {"sv": (["al", "vi", "sig", "ran", "bo", "el", "tor", "mi"], ["sson", "qvist", "ström"]),
       "da": (["al", "vi", "sig", "ran", "bo", "el", "tor", "mi"], ["sen", "gaard", "strup"]),
       "no": (["al", "vi", "sig", "ran", "bo", "el", "tor", "mi"], ["sen", "heim", "rud"]),
       "fi": (["ai", "ko", "lu", "mä", "ne", "si", "va", "to"], ["nen", "la", "mäki"]),
       "pl": (["ko", "wal", "brze", "szy", "dra", "mie", "gro", "sta"], ["ski", "czyk", "iak"]),
       "cs": (["ko", "va", "dvo", "ře", "chal", "mi", "sto", "pe"], ["ák", "ek", "ský"]),
       "ro": (["dra", "gos", "vil", "mir", "cea", "tru", "lin", "bu"], ["escu", "eanu", "aru"]),
       "tr": (["ay", "tem", "kor", "bal", "der", "sun", "gül", "mer"], ["oğlu", "tekin", "han"]),
       "gr": (["pa", "ni", "ko", "la", "the", "do", "ri", "sta"], ["poulos", "akis", "idis"])}


def person(lg, real=None):
    """(given, surname) capitalised, half real, half invented from the language's syllables."""
    if real is None:
        real = rng.random() < 0.5
    if real:
        g, s = REAL[lg]
        return rng.choice(g), rng.choice(s)
    if lg in SYL7:
        return invent_syllables(rng, SYL7[lg], END7[lg], False), invent_syllables(rng, SYL7[lg], END7[lg], True)
    syl, end = SYL[lg]
    return invent_syllables(rng, syl, end, False), invent_syllables(rng, syl, end, True)


def full(lg, real=None):
    g, s = person(lg, real)
    return g + " " + s


FOLD = {"a": "áàâäãăą", "c": "çćč", "d": "ď", "e": "éèêëěę", "i": "íìîïı", "l": "ł", "n": "ñńň",
        "o": "óòôöõø", "r": "ř", "s": "şșśšß", "t": "ţțť", "u": "úùûüů", "y": "ý", "z": "žźż", "g": "ğ",
        "aa": "å", "ae": "æ"}
FOLD_TR = str.maketrans({c: k for k, v in FOLD.items() for c in v})


def ascii_fold(s):
    return s.lower().translate(FOLD_TR).replace(" ", "")


# ---- caps2 -------------------------------------------------------------------------------------
TWO = ["LI", "NG", "OU", "WU", "XU", "HU", "MA", "YU", "HO", "LE", "LY", "VO", "DO", "LO", "OH", "AN",
       "YI", "KO", "LU", "DU"]
GIVEN_ASIA = ["WEI", "MEI LIN", "KIM HOA", "XIAOMING", "THANH", "JIA", "HUONG", "MIN-JUN", "JUN",
              "TUAN", "LAN", "YAN", "HAO", "SEO-YEON", "QING"]
SURN_LABEL = {"en": ["Surname", "Last name", "Family name", "Name"],
              "de": ["Nachname", "Familienname", "Name"],
              "fr": ["Nom", "Nom de famille"],
              "nl": ["Achternaam", "Familienaam", "Naam"],
              "es": ["Apellido", "Apellidos", "Primer apellido"],
              "it": ["Cognome"],
              "pt": ["Apelido", "Sobrenome"]}
GIVEN_LABEL = {"en": "First name", "de": "Vorname", "fr": "Prénom", "nl": "Voornaam", "es": "Nombre",
               "it": "Nome", "pt": "Nome próprio"}
BIRTHPLACE = {"en": "Place of birth", "de": "Geburtsort", "fr": "Lieu de naissance", "nl": "Geboorteplaats",
              "es": "Lugar de nacimiento", "it": "Luogo di nascita", "pt": "Naturalidade"}
COUNTRY = {"en": "Country", "de": "Land", "fr": "Pays", "nl": "Land", "es": "País", "it": "Paese", "pt": "País"}
LANGUAGE = {"en": "Language", "de": "Sprache", "fr": "Langue", "nl": "Taal", "es": "Idioma", "it": "Lingua",
            "pt": "Idioma"}
CITIES_ASIA = ["SHANGHAI", "HANOI", "BUSAN", "GUANGZHOU", "HO CHI MINH", "TAIPEI", "SEOUL"]


def caps2(lg):
    d = D(lg, "caps2")
    sl = rng.choice(SURN_LABEL[lg])
    gl = GIVEN_LABEL[lg]
    sn = rng.choice(TWO)
    gn = rng.choice(GIVEN_ASIA)
    k = rng.randrange(5)
    if k == 0:
        d.t(sl + ": ").span("PERSON", sn).t("\n" + gl + ": ").span("PERSON", gn)
        d.t("\n" + BIRTHPLACE[lg] + ": " + rng.choice(CITIES_ASIA) + "\n")
    elif k == 1:
        d.t(sl.upper() + ": ").span("PERSON", sn).t("    " + gl.upper() + ": ").span("PERSON", gn).t("\n")
    elif k == 2:
        d.t('{"%s": "' % sl.lower().replace(" ", "_")).span("PERSON", sn).t('", "%s": "' % gl.lower().replace(" ", "_"))
        d.span("PERSON", gn).t('", "nr": %d}\n' % rng.randint(100, 999))
    elif k == 3:
        d.t("%d. %s: " % (rng.randint(1, 9), sl)).span("PERSON", sn).t(" | " + gl + ": ").span("PERSON", gn.title())
        d.t(" | " + COUNTRY[lg] + ": " + rng.choice(["CN", "VN", "KR", "TW", "SG"]) + "\n")
    else:
        d.t(sl + " : ").span("PERSON", sn).t("\n")
    r = rng.random()
    if r < 0.3:
        d.t(COUNTRY[lg] + ": ").span("NEG_CODE", "LI").t(" (" + ("Liechtenstein") + ")\n")
    elif r < 0.5:
        # a blank form: the surname label followed by the next field's label
        d.t(sl.upper() + ": ").span("NEG_FIELD", gl.upper()).t(": " + BIRTHPLACE[lg].upper() + ":\n")
    elif r < 0.65:
        d.t(LANGUAGE[lg] + ": ").span("NEG_CODE", rng.choice(["EN", "DE", "FR", "NL", "ES", "IT"])).t("\n")
    elif r < 0.8:
        d.t("2. " + sl + ": ").span("NEG_CODE", rng.choice(["NA", "N/A", "--"])).t("\n")
    d.done()


# ---- contact and firmcontact -------------------------------------------------------------------
CONTACT = {"en": ["Contact", "Contact person", "Point of contact", "Contact name"],
           "de": ["Kontakt", "Ansprechpartner", "Ansprechpartnerin", "Kontaktperson"],
           "fr": ["Contact", "Interlocuteur", "Personne à contacter"],
           "nl": ["Contactpersoon", "Contact", "Aanspreekpunt"],
           "es": ["Persona de contacto", "Contacto"],
           "it": ["Referente", "Persona di contatto", "Contatto"],
           "pt": ["Pessoa de contacto", "Contato"],
           "sv": ["Kontaktperson", "Kontakt"],
           "pl": ["Osoba kontaktowa", "Kontakt"]}
TEAMS = {"en": ["Support Team", "Front Desk", "Customer Care", "IT Service Desk", "Accounts Payable"],
         "de": ["IT-Servicedesk", "Vertrieb Süd", "Empfang", "Kundenservice", "Personalabteilung"],
         "fr": ["Service Client", "Accueil", "Support technique", "Service RH"],
         "nl": ["Klantenservice", "Receptie", "Servicedesk", "Afdeling Inkoop"],
         "es": ["Departamento de RRHH", "Atención al Cliente", "Recepción", "Soporte Técnico"],
         "it": ["Ufficio Tecnico", "Servizio Clienti", "Segreteria", "Ufficio Acquisti"],
         "pt": ["Apoio ao Cliente", "Receção", "Departamento Comercial"],
         "sv": ["Kundtjänst", "Receptionen", "Supportteamet"],
         "pl": ["Dział Obsługi Klienta", "Sekretariat", "Recepcja"]}
PROJECT = {"en": "Project", "de": "Projekt", "fr": "Projet", "nl": "Project", "es": "Proyecto", "it": "Progetto",
           "pt": "Projeto", "sv": "Projekt", "pl": "Projekt"}
HOSTS = ["example", "firma", "mailbox", "posteo", "acme-corp", "kanzlei-nord", "gmail", "web", "outlook"]
TLD = {"en": "co.uk", "de": "de", "fr": "fr", "nl": "nl", "es": "es", "it": "it", "pt": "pt", "sv": "se",
       "pl": "pl"}


def contact(lg):
    lg = rng.choice(list(CONTACT))
    d = D(lg, "contact")
    lab = rng.choice(CONTACT[lg])
    g, s = person(lg)
    nm = g + " " + s
    if rng.random() < 0.15:
        nm = nm.upper()
    k = rng.randrange(5)
    if k == 0:
        d.t(PROJECT[lg] + ": %s-%d\n" % (rng.choice(["ALPHA", "NORD", "RIVA", "DELTA"]), rng.randint(10, 99)))
        d.t(lab + ": ").span("PERSON", nm).t("\n")
    elif k == 1:
        d.t(lab + ": ").span("PERSON", nm).t(" (").span(
            "EMAIL_ADDRESS", ascii_fold(g) + "." + ascii_fold(s) + "@" + rng.choice(HOSTS) + "." + TLD[lg]).t(")\n")
    elif k == 2:
        d.t('{"id": %d, "%s": "' % (rng.randint(1000, 9999), lab.lower().replace(" ", "_"))).span("PERSON", nm).t('"}\n')
    elif k == 3:
        d.t("| %s | %s |\n|---|---|\n| %s-%d | " % (PROJECT[lg], lab, rng.choice(["ALPHA", "NORD", "RIVA"]), rng.randint(1, 99)))
        d.span("PERSON", nm).t(" |\n")
    else:
        d.t(lab + ":\t").span("PERSON", nm).t("\n")
    if rng.random() < 0.6:
        d.t(rng.choice(CONTACT[lg]) + ": ").span("NEG_TEAM", rng.choice(TEAMS[lg])).t("\n")
    d.done()


FIRMS = {"nl": ["Makelaardij Hofstad", "Bouwbedrijf Verhoeven", "Installatiebedrijf Brouwer", "Tandartspraktijk Zuidhof",
                "Administratiekantoor De Wit"],
         "de": ["Autohaus Brenner", "Kanzlei Vogt & Partner", "Schreinerei Holzmann", "Hausverwaltung Krämer",
                "Immobilien Sauer"],
         "fr": ["Agence Dumas Immobilier", "Cabinet Lemaire", "Garage Moreau", "Étude Fontaine"],
         "it": ["Studio Legale Ferri", "Agenzia Colombo", "Officina Bianchi", "Studio Tecnico Gallo"],
         "es": ["Inmobiliaria Ortega", "Gestoría Navarro", "Talleres Romero", "Asesoría Prieto"],
         "en": ["Harding Lettings", "Fletcher & Sons", "Brennan Plumbing", "Ashworth Estates"]}
ATTN = {"nl": "t.a.v.", "de": "z. Hd.", "fr": "à l'attention de", "it": "c.a.", "es": "a la atención de",
        "en": "Attn:"}
HANDLER = {"nl": "Behandeld door", "de": "Sachbearbeiter", "fr": "Dossier suivi par", "it": "Pratica seguita da",
           "es": "Tramitado por", "en": "Handled by"}
TENANT = {"nl": "Huurder", "de": "Mieter", "fr": "Locataire", "it": "Inquilino", "es": "Inquilino", "en": "Tenant"}


def firmcontact(lg):
    lg = rng.choice(list(FIRMS))
    d = D(lg, "firmcontact")
    lab = rng.choice(CONTACT[lg])
    firm = rng.choice(FIRMS[lg])
    k = rng.randrange(3)
    d.t(lab + ": ").span("NEG_ORG", firm).t("\n")
    if k == 0:
        d.t(ATTN[lg] + " ").span("PERSON", full(lg)).t("\n")
    elif k == 1:
        d.t(HANDLER[lg] + ": ").span("PERSON", full(lg)).t("\n")
    else:
        d.t(TENANT[lg] + ": ").span("PERSON", full(lg)).t("\n")
    if rng.random() < 0.4:
        d.t(rng.choice(CONTACT[lg]) + ": ").span("PERSON", full(lg)).t("\n")
    d.done()


# ---- lonegiven ---------------------------------------------------------------------------------
WORDNAMES = {"en": ["maria", "mark", "grace", "rose", "june", "april", "frank", "jack", "bill", "amber", "ruby",
                    "hope", "dawn", "penny"],
             "de": ["maria", "ernst", "frank", "rose", "jan", "kai", "heide", "hannes"],
             "fr": ["claire", "pierre", "rose", "olive", "marine", "maria", "prune"],
             "nl": ["roos", "jan", "maria", "bram", "hans", "mark"],
             "es": ["maría", "rosa", "pilar", "luz", "blanca", "dolores", "paz", "sol"],
             "it": ["chiara", "rosa", "serena", "vera", "franco", "maria", "sole"]}
LONE = {"en": ["can you ask {P} if the build is green?", "ask {P}, she knows the vpn thing", "ping {P} about the deploy",
               "cc {P} on that pls", "{P} said it's fine to merge", "thanks {P}!", "i'll check with {P} tomorrow",
               "tell {P} the meeting moved"],
        "de": ["frag mal {P}, der kennt das vpn", "ich schreib {P} nachher", "kannst du {P} fragen ob das passt?",
               "{P} meinte das geht klar", "danke {P}!", "sag {P} bitte bescheid"],
        "fr": ["demande à {P} si le build passe", "j'en parle à {P} demain", "merci {P} !", "{P} a dit que c'était bon",
               "tu peux prévenir {P} ?"],
        "nl": ["vraag het aan {P}, die weet het", "ik app {P} straks wel", "bedankt {P}!", "{P} zei dat het goed is",
               "kun je {P} even laten weten?"],
        "es": ["pregunta a {P} si el build pasa", "se lo digo a {P} mañana", "gracias {P}!", "{P} dijo que estaba bien",
               "avisa a {P} porfa"],
        "it": ["chiedi a {P} se la build passa", "lo dico a {P} domani", "grazie {P}!", "{P} ha detto che va bene",
               "avvisa {P} per favore"]}
LONE_NEG = {"en": [("we played ", "Ave Maria", " at the end"), ("switch to ", "maria-db", " first"),
                   ("please ", "mark", " as read"), ("the ", "grace", " period ends friday"),
                   ("costs ", "rose", " by 3%"), ("the ", "june", " release"), ("a ", "frank", " chat about it"),
                   ("use a ", "jack", " to lift it"), ("pay the ", "bill", " first"), ("an ", "amber", " light")],
            "de": [("wir singen ", "Ave Maria", " zum Schluss"), ("läuft auf ", "mariadb", " 10.6"),
                   ("das ist mein ", "ernst", ""), ("im ", "ernst", "?"), ("eine ", "rose", " im Garten")],
            "fr": [("l'orchestre joue ", "Ave Maria", ""), ("le ", "maria-db", " plante"), ("une ", "rose", " rouge"),
                   ("une ", "olive", " noire"), ("la tarte aux ", "prune", "s")],
            "nl": [("het koor zong ", "Ave Maria", ""), ("draait op ", "mariadb", ""), ("een ", "roos", " in de tuin")],
            "es": [("el coro cantó ", "Ave María", ""), ("la camiseta ", "rosa", ""), ("con ", "luz", " verde"),
                   ("en ", "paz", ""), ("una casa ", "blanca", ""), ("mucho ", "sol", " hoy")],
            "it": [("il coro canta ", "Ave Maria", ""), ("acqua ", "chiara", ""), ("la maglia ", "rosa", ""),
                   ("una ", "vera", " sorpresa"), ("porto ", "franco", ""), ("c'è il ", "sole", "")]}


def lonegiven(lg):
    lg = rng.choice(list(LONE))
    d = D(lg, "lonegiven")
    tpl = rng.choice(LONE[lg])
    nm = rng.choice(WORDNAMES[lg])
    i = tpl.index("{P}")
    d.t(rng.choice(["", "[10:%02d] " % rng.randint(0, 59), "<dev> "]))
    d.t(tpl[:i]).span("PERSON", nm).t(tpl[i + 3:])
    if rng.random() < 0.6:
        a, v, b = rng.choice(LONE_NEG[lg])
        d.t("\n" + a).span("NEG_WORD", v).t(b)
    d.t("\n")
    d.done()


# ---- athost ------------------------------------------------------------------------------------
AT_TLD = {"sv": ["se"], "da": ["dk"], "no": ["no"], "fi": ["fi"], "pl": ["pl", "com.pl"], "cs": ["cz"],
          "ro": ["ro"], "tr": ["com.tr", "tr"], "pt": ["pt"], "gr": ["gr"], "en": ["me"]}
AT_HOSTS = {"sv": ["telia", "bredband", "kth", "spotify", "firma"], "da": ["mail", "firma", "jubii", "stofanet"],
            "no": ["online", "firma", "uio", "broadpark"], "fi": ["elisa", "kolumbus", "firma", "helsinki"],
            "pl": ["wp", "onet", "interia", "o2", "firma"], "cs": ["seznam", "email", "centrum", "firma"],
            "ro": ["yahoo", "firma", "clicknet", "rdslink"], "tr": ["ttmail", "firma", "superonline", "mynet"],
            "pt": ["sapo", "netcabo", "clix", "iol"], "gr": ["otenet", "firma", "hol", "forthnet"],
            "en": ["hey", "proton", "icloud", "mailbox"]}
AT_CTX = {"sv": ["skriv till {M} om något krånglar", "min adress är {M}", "maila {M} innan fredag"],
          "da": ["skriv til {M} hvis det driller", "min mail er {M}", "send loggen til {M}"],
          "no": ["skriv til {M} hvis noe feiler", "e-posten min er {M}", "send loggene til {M}"],
          "fi": ["kirjoita osoitteeseen {M} jos jokin hajoaa", "sähköpostini on {M}", "lähetä lokit: {M}"],
          "pl": ["napisz do {M}, jeśli coś nie działa", "mój adres to {M}", "wyślij logi na {M}"],
          "cs": ["napište na {M}, když něco nefunguje", "můj e-mail je {M}", "pošli logy na {M}"],
          "ro": ["scrie-mi la {M} dacă ceva nu merge", "adresa mea este {M}", "trimite logurile la {M}"],
          "tr": ["bir sorun olursa {M} adresine yaz", "e-postam {M}", "logları {M} adresine gönder"],
          "pt": ["escreve para {M} se falhar", "o meu email é {M}", "envia os logs para {M}"],
          "gr": ["write to {M} if it breaks", "my address is {M}, thanks", "send the logs to {M}"],
          "en": ["write to {M} if it breaks", "reach me at {M}", "ping {M} for the keys"]}
AT_NEG = [("look at ", "main.rs", " first"), ("see the handler at ", "index.ts", ""), ("meet at ", "9.30", " tomorrow"),
          ("she studies at ", "kth.se", " now"), ("the bug is at ", "lib.rs", ":42"), ("stuck at ", "v2.3.1", " since Monday"),
          ("look at ", "setup.py", " line 4"), ("works at ", "uio.no", " since May"), ("starts at ", "10.15", ""),
          ("hosted at ", "example.me", " for now")]


def local(g, s):
    g, s = ascii_fold(g), ascii_fold(s)
    k = rng.randrange(5)
    return [g + "_" + s, g + "." + s, g[0] + "." + s, s + str(rng.randint(2, 99)), g + "-" + s][k]


def athost(lg):
    lg = rng.choice(list(AT_TLD))
    d = D(lg, "athost")
    g, s = person(lg)
    at = rng.choice([" at ", " at ", " at ", " AT "])
    m = local(g, s) + at + rng.choice(AT_HOSTS[lg]) + "." + rng.choice(AT_TLD[lg])
    tpl = rng.choice(AT_CTX[lg])
    i = tpl.index("{M}")
    d.t(tpl[:i]).span("EMAIL_ADDRESS", m).t(tpl[i + 3:])
    if rng.random() < 0.6:
        a, v, b = rng.choice(AT_NEG)
        d.t("; " + a).span("NEG_EMAILISH", v).t(b)
    d.t(".\n" if rng.random() < 0.5 else "\n")
    d.done()


# ---- authors -----------------------------------------------------------------------------------
NEG_AUTH = ["The Hush Developers", "core-team", "dependabot[bot]", "Platform Team", "renovate[bot]"]
STEPS = ["Checkout", "Set up Python", "Install dependencies", "Run tests", "Build", "Publish"]
ALL7 = ["en", "de", "fr", "nl", "es", "it", "pt", "sv", "pl", "cs", "ro", "tr"]


def authors(lg):
    lg = rng.choice(ALL7)
    d = D(lg, "authors")
    k = rng.randrange(6)
    people = [person(lg) for _ in range(rng.randint(1, 3))]
    lower = rng.random() < 0.4
    fmt = (lambda g, s: (g + " " + s).lower()) if lower else (lambda g, s: g + " " + s)
    if k == 0:
        d.t("name: toolkit\nversion: 1.%d.0\nauthors:\n" % rng.randint(0, 9))
        for g, s in people:
            d.t("  - ").span("PERSON", fmt(g, s)).t(" <").span(
                "EMAIL_ADDRESS", ascii_fold(g) + "@" + rng.choice(HOSTS) + ".org").t(">\n")
    elif k == 1:
        d.t("authors:\n")
        for g, s in people:
            d.t("  - name: ").span("PERSON", fmt(g, s)).t("\n    email: ").span(
                "EMAIL_ADDRESS", ascii_fold(g) + "." + ascii_fold(s) + "@" + rng.choice(HOSTS) + ".net").t("\n")
    elif k == 2:
        d.t("cff-version: 1.2.0\ntitle: toolkit\nauthors:\n")
        for g, s in people:
            d.t("  - family-names: ").span("PERSON", s).t("\n    given-names: ").span("PERSON", g).t(
                "\n    orcid: https://orcid.org/0000-000%d-%04d-%04d\n" % (rng.randint(1, 3), rng.randint(0, 9999), rng.randint(0, 9999)))
    elif k == 3:
        d.t('[project]\nname = "toolkit"\nauthors = [\n')
        for g, s in people:
            d.t('  { name = "').span("PERSON", fmt(g, s)).t('", email = "').span(
                "EMAIL_ADDRESS", ascii_fold(s) + "@" + rng.choice(HOSTS) + ".io").t('" },\n')
        d.t("]\n")
    elif k == 4:
        for g, s in people:
            d.t('[[authors]]\nname = "').span("PERSON", fmt(g, s)).t('"\n')
    else:
        d.t("authors:\n")
        for g, s in people:
            d.t("  - ").span("PERSON", fmt(g, s)).t("\n")
    r = rng.random()
    if r < 0.35:
        d.t("jobs:\n  test:\n    steps:\n")
        for st in rng.sample(STEPS, 2):
            d.t("      - name: ").span("NEG_TERM", st).t("\n")
    elif r < 0.6:
        d.t("maintainers:\n  - ").span("NEG_TEAM", rng.choice(NEG_AUTH)).t("\n")
    d.done()


# ---- assignlow ---------------------------------------------------------------------------------
ASSIGNL = {"en": ["Assigned to {P} yesterday, should be done by Friday.", "Handed over to {P} this morning.",
                  "Forwarded to {P} for review.", "Reassigned to {P} after the standup.",
                  "I gave the ticket to {P} last week."],
           "de": ["Bitte an {P} weiterleiten.", "Ich habe das Ticket an {P} übergeben.",
                  "Zugewiesen an {P}, Rückmeldung folgt.", "Habe es an {P} weitergegeben, danke."],
           "fr": ["Transféré à {P} ce matin.", "J'ai confié le ticket à {P} hier.", "Merci de transmettre à {P}."],
           "nl": ["Doorgestuurd naar {P} gisteren.", "Graag doorsturen naar {P}.", "Overgedragen aan {P} vanochtend."],
           "es": ["Asignado a {P} ayer por la tarde.", "Por favor, reenviar a {P}.", "Se lo pasé a {P} esta mañana."],
           "it": ["Assegnato a {P} ieri.", "Per favore inoltra a {P}.", "L'ho passato a {P} stamattina."],
           "pt": ["Atribuído a {P} ontem.", "Por favor, reencaminhar para {P}.", "Passei o ticket para {P} hoje."]}
ASSIGNL_NEG = {"en": ["support", "legal", "me", "backend", "everyone"],
               "de": ["support", "buchhaltung", "alle", "mich", "die IT"],
               "fr": ["l'équipe", "moi", "tout le monde", "la compta"],
               "nl": ["iedereen", "mij", "support", "de boekhouding"],
               "es": ["todos", "mí", "soporte", "contabilidad"],
               "it": ["tutti", "me", "supporto", "l'amministrazione"],
               "pt": ["todos", "mim", "suporte", "contabilidade"]}


def assignlow(lg):
    d = D(lg, "assignlow")
    tpl = rng.choice(ASSIGNL[lg])
    i = tpl.index("{P}")
    g, s = person(lg)
    v = [s.lower(), g.lower(), (g + " " + s).lower()][rng.randrange(3)]
    d.t(tpl[:i]).span("PERSON", v).t(tpl[i + 3:])
    if rng.random() < 0.5:
        t2 = rng.choice(ASSIGNL[lg])
        j = t2.index("{P}")
        d.t(" " + t2[:j]).span("NEG_TEAM", rng.choice(ASSIGNL_NEG[lg])).t(t2[j + 3:])
    d.t("\n")
    d.done()


# ---- voice -------------------------------------------------------------------------------------
VOICE = {"en": ["hey google, call {P}", "ok google, text {P} that i'm running late", "siri, text {P}",
                "hey siri, call {P} on speaker", "cortana, email {P}", "bixby, message {P}", "hey google, video call {P}"],
         "de": ["ok google, ruf {P} an", "hey siri, schreib {P}, dass ich später komme", "hey google, ruf {P} an",
                "siri, nachricht an {P}", "bixby, ruf {P} an"],
         "fr": ["ok google, appelle {P}", "dis siri, envoie un message à {P}", "dis siri, appelle {P}"],
         "es": ["oye siri, llama a {P}", "ok google, manda un mensaje a {P}", "oye google, llama a {P}"],
         "it": ["ehi siri, chiama {P}", "ok google, chiama {P}", "ehi google, manda un messaggio a {P}"],
         "nl": ["hé google, bel {P}", "hey siri, stuur een bericht naar {P}", "oké google, bel {P}"]}
VOICE_NEG = {"en": [("hey google, call ", "mum", ""), ("siri, call ", "home", ""), ("hey google, call ", "my dentist", ""),
                    ("just ", "ask siri", " what the weather is")],
             "de": [("ok google ruf ", "papa", " an"), ("hey siri, ruf ", "mama", " an"), ("frag doch ", "siri", "")],
             "fr": [("ok google, appelle ", "maman", ""), ("demande à ", "siri", "")],
             "es": [("oye siri, llama a ", "mamá", ""), ("pregúntale a ", "siri", "")],
             "it": [("ok google, chiama ", "papà", ""), ("chiedi a ", "siri", "")],
             "nl": [("hé google, bel ", "mama", ""), ("vraag het aan ", "siri", "")]}


def voice(lg):
    lg = rng.choice(list(VOICE))
    d = D(lg, "voice")
    tpl = rng.choice(VOICE[lg])
    g, s = person(lg)
    v = [g.lower(), (g + " " + s).lower(), g + " " + s][rng.randrange(3)]
    i = tpl.index("{P}")
    k = rng.randrange(3)
    if k == 0:
        d.t("%02d:%02d  \"" % (rng.randint(6, 22), rng.randint(0, 59))).t(tpl[:i]).span("PERSON", v).t(tpl[i + 3:] + "\"\n")
    elif k == 1:
        d.t('{"ts": "2024-0%d-1%dT08:%02d:00Z", "utterance": "' % (rng.randint(1, 9), rng.randint(0, 9), rng.randint(0, 59)))
        d.t(tpl[:i]).span("PERSON", v).t(tpl[i + 3:] + '"}\n')
    else:
        t = tpl[:1].upper() + tpl[1:]
        d.t("- ").t(t[:i]).span("PERSON", v).t(t[i + 3:] + "\n")
    if rng.random() < 0.7:
        a, w, b = rng.choice(VOICE_NEG[lg])
        d.t("- " + a).span("NEG_KIN" if w not in ("siri", "ask siri", "home", "my dentist") else "NEG_TERM", w).t(b + "\n")
    d.done()


# ---- hut ---------------------------------------------------------------------------------------
HUTS = {"it": ["Rifugio Vittorio Emanuele", "Rifugio Quintino Sella", "Capanna Margherita", "Rifugio Giovanni Porro",
               "Rifugio Carlo Porta"],
        "fr": ["Cabane Bertol", "Cabane de Moiry", "Refuge du Goûter", "Refuge Albert 1er", "Cabane Rossier"],
        "de": ["Franz-Senn-Hütte", "Kemptner Hütte", "Erzherzog-Johann-Hütte", "Anton-Karg-Haus",
               "Heinrich-Schwaiger-Haus", "Otto-Mayr-Hütte"],
        "en": ["Cabane Bertol", "Rifugio Vittorio Emanuele", "Franz-Senn-Hütte", "Capanna Margherita"],
        "cs": ["Chata Václava Havla", "Luční bouda", "Chata Jana Kašpara"]}
HELIS = {"it": ["Pegaso 3", "Drago 151", "Elisoccorso Pelikan 1"], "fr": ["Dragon 74", "Air-Glaciers 3", "Rega 10"],
         "de": ["Christoph 14", "Christophorus 1", "Christoph Murnau", "Martin 3", "Alpin 2"],
         "en": ["Christoph 14", "Rega 10", "Dragon 74"], "cs": ["Kryštof 07", "Kryštof 14"]}
HUT_TPL = {"it": ["{T} Chiamata: {P} ({A} anni), caduta sotto il {H}. Attivato {C}. Soccorritore: {R}.",
                  "{T} Ferito: {P}. Recupero verso il {H} con {C}; a bordo {R}."],
           "fr": ["{T} Appel de {P} ({A} ans), chute sous {H}. Engagé : {C}. Secouriste : {R}.",
                  "{T} Victime : {P}. Hélitreuillage par {C} au-dessus de {H}; guide {R}."],
           "de": ["{T} Alarm: {P} ({A}), Sturz unterhalb der {H}. {C} alarmiert. Einsatzleiter: {R}.",
                  "{T} Patient: {P}, Knöchel. Transport von der {H} mit {C}; Bergretter {R}."],
           "en": ["{T} Caller {P} ({A}) fell below the {H}. {C} tasked. Team leader: {R}.",
                  "{T} Casualty: {P}. Winched from the {H} by {C}; paramedic {R}."],
           "cs": ["{T} Oznámil: {P} ({A} let), pád pod {H}. Vyslán {C}. Záchranář: {R}.",
                  "{T} Zraněný: {P}. Transport z {H}, {C}; na palubě {R}."]}


def hut(lg):
    lg = rng.choice(list(HUTS))
    d = D(lg, "hut")
    tpl = rng.choice(HUT_TPL[lg])
    vals = {"T": "%02d:%02d" % (rng.randint(6, 20), rng.randint(0, 59)), "A": str(rng.randint(19, 78)),
            "H": ("NEG_PLACE", rng.choice(HUTS[lg])), "C": ("NEG_UNIT", rng.choice(HELIS[lg])),
            "P": ("PERSON", full(lg)), "R": ("PERSON", full(lg))}
    i = 0
    while i < len(tpl):
        j = tpl.find("{", i)
        if j < 0:
            d.t(tpl[i:])
            break
        d.t(tpl[i:j])
        key = tpl[j + 1]
        v = vals[key]
        if isinstance(v, tuple):
            d.span(*v)
        else:
            d.t(v)
        i = j + 3
    d.t("\n")
    if rng.random() < 0.4:
        d.t({"it": "Rientro al ", "fr": "Retour vers ", "de": "Rückkehr zur ", "en": "Back at the ",
             "cs": "Návrat do "}[lg]).span("NEG_PLACE", rng.choice(HUTS[lg])).t(" %02d:%02d.\n" % (rng.randint(12, 22), rng.randint(0, 59)))
    d.done()


# ---- horse -------------------------------------------------------------------------------------
HORSES = ["Sir Donnerhall", "Don Frederico", "Quaterback's Daughter", "Fürst Romancier", "Lord Pezi",
          "Cornet Obolensky", "Bella Rose", "Don Schufro", "Sandro Hit", "Quidam de Revel", "Baloubet du Rouet",
          "Lady Amber", "Sir Bentley", "Lord Fidelio", "Don Diego", "Lady Marlene", "Prince Charming Z",
          "Donna Clara", "Sir Oldenburg", "Contessa Bianca", "Fürstin Luise"]
SIRES = ["Donnerhall", "Quaterback", "Sandro Hit", "Fürst Heinrich", "Lord Leatherdale", "De Niro", "Florestan"]
START = {"de": ("Nr.", "Pferd", "Reiter/in", "Verein"), "en": ("No.", "Horse", "Rider", "Nation"),
         "fr": ("N°", "Cheval", "Cavalier", "Club"), "nl": ("Nr.", "Paard", "Ruiter", "Vereniging"),
         "it": ("N.", "Cavallo", "Cavaliere", "Circolo")}
CLUBS = {"de": ["RFV Musterstadt", "RV St. Georg", "ZRFV Lindenhof"], "en": ["GBR", "IRL", "USA"],
         "fr": ["Haras du Pin", "CE Les Écuries"], "nl": ["LR De Ruiters", "PC De Hoefslag"],
         "it": ["CI Milano", "SE Roma"]}
PASS = {"de": ("Name des Pferdes", "Vater", "Mutter", "Züchter", "Eigentümer"),
        "en": ("Name of horse", "Sire", "Dam", "Breeder", "Owner"),
        "fr": ("Nom du cheval", "Père", "Mère", "Naisseur", "Propriétaire"),
        "nl": ("Naam paard", "Vader", "Moeder", "Fokker", "Eigenaar"),
        "it": ("Nome del cavallo", "Padre", "Madre", "Allevatore", "Proprietario")}
RIDE = {"de": "{P} auf {H} gewinnt die Dressur Klasse M.", "en": "{P} riding {H} won the 1.40 m class.",
        "fr": "{P} avec {H} remporte le Grand Prix.", "nl": "{P} met {H} wint de ZZ-Licht.",
        "it": "{P} in sella a {H} vince la categoria."}


def horse(lg):
    lg = rng.choice(list(START))
    d = D(lg, "horse")
    k = rng.randrange(3)
    if k == 0:
        h = START[lg]
        d.t("%s | %s | %s | %s\n" % h)
        for _ in range(rng.randint(2, 4)):
            d.t("%d | " % rng.randint(1, 60)).span("NEG_ANIMAL", rng.choice(HORSES)).t(" | ").span("PERSON", full(lg))
            d.t(" | " + rng.choice(CLUBS[lg]) + "\n")
    elif k == 1:
        p = PASS[lg]
        d.t(p[0] + ": ").span("NEG_ANIMAL", rng.choice(HORSES)).t("\n" + p[1] + ": ").span("NEG_ANIMAL", rng.choice(SIRES))
        d.t("\n" + p[2] + ": ").span("NEG_ANIMAL", rng.choice(["Weihe", "Rubina", "Gracia", "Wolke", "Donna"]))
        d.t("\n" + p[3] + ": ").span("PERSON", full(lg)).t("\n" + p[4] + ": ").span("PERSON", full(lg)).t("\n")
    else:
        tpl = RIDE[lg]
        i, j = tpl.index("{P}"), tpl.index("{H}")
        d.t(tpl[:i]).span("PERSON", full(lg)).t(tpl[i + 3:j]).span("NEG_ANIMAL", rng.choice(HORSES)).t(tpl[j + 3:] + "\n")
    d.done()


CLASSES = [caps2, contact, firmcontact, lonegiven, athost, authors, assignlow, voice, hut, horse]
for n in range(30 * len(CLASSES)):
    CLASSES[n % len(CLASSES)](LANGS[(n // len(CLASSES) + n) % len(LANGS)])

write_json(records)
