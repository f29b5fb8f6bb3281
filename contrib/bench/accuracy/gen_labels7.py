#!/usr/bin/env python3
"""gen_labels7.py: a TUNE corpus for the NAMES pack (issue 15), data/labels7.json.

Written (branch `labels7`) from the lead's count of names_holdout6's misses (shapes only, no
record): a name after a label that says "a person goes here". My own wordings, layouts and
invented names, in en/de/fr/nl/es/it/pt:

  form      numbered fields of visa, residence, tax and civil registration forms ("1. Surname:",
            "2. Given name(s):", "Vorname(n):", "Prénom(s) :", "Voorna(a)m(en):", "Nombre(s):",
            "Nome(s) próprio(s):"), one per line or several per line, bilingual labels, values in
            capitals; nationality, place of birth, occupation, document numbers as look-alikes;
  role      party labels of rental, bank, library, hosting, probate and HR documents ("Main
            driver:", "Co-account holder:", "Hébergeant :", "Eredi:"), one name or several joined
            by "&", ",", "and", "+", "/"; "User: admin", "Host: db-02.internal", chat transcripts
            whose "User:"/"Assistant:" lines carry sentences as look-alikes;
  after     a label that follows a sentence on the same line ("... on 14/7/26. Witness: NAME");
  kin       household and moving lists under kin labels ("Grandma:", "Opa:", "Tía:"), the value
            a given name or a full name; chores, rooms and cars under other labels;
  org       org charts and team pages: job titles and departments before names; the same labels
            before status notes ("Finance: Q3 budget approved", "CEO: TBD");
  sport     match reports: player of the match, scorers with minutes, referee, captain; venue,
            result and kick-off as look-alikes;
  rite      funeral, wedding and christening programmes: pallbearers, eulogy, welcome, readers,
            parents of the bride; hymns, readings' book references, music, venues as look-alikes;
  rota      rotas by weekday ("Mon: A + B", "lun : A / B"), closed days as look-alikes;
  caps      bank and form style capitals after labels ("SURNAME, Given", "GIVEN SURNAME").

Names are invented from syllables and kept only when hush's lexicon has no such word.
Deterministic (fixed seed), Python stdlib only: python3 gen_labels7.py > data/labels7.json
"""
import random

from gen_common import write_json
from lexicon_words import lexicon_words

R = random.Random(7707)
LEX = {w.lower() for w in lexicon_words(with_global=True)}
LANGS = ["en", "de", "fr", "nl", "es", "it", "pt"]

# Syllables (given-name stems and endings, surname stems and endings) per language, my own.
SYL = {
    "en": ("ar bel cor dun el fay gar hal jes kin lor mab ned os pry", "ice wyn ella on ric us ly",
           "ash brock cal dow farn gil hask lud mor pen rad stor tew", "ley ham worth ridge by ton cott"),
    "de": ("al bri dor eg fri gun hel ir jor kun lot mag ot rau sig", "ke hild run mar wig trud olf",
           "alt berg dorn eck frau gram hof kling lau moos rind stah weg", "ner mann inger hofer ler bach"),
    "fr": ("ab bé cla dor é fla gé hor la ma no pé ro sé th", "line ette ance ien oise aud el",
           "bar chau dar fou gri lam mon pel quin ros sav tour vall", "ard ier eau onne oux ac in"),
    "nl": ("aal bre di ee fok gel hil jel kor lie mar roe sie tje wob", "ke tje mer ine bert o",
           "bak bos dam hoog kamp lek mol rijk sloot veen wal zwin", "stra ema inga huis kes sma"),
    "es": ("ab be cre do eu fa gra ilo lu ma ne ro sa te ve", "lia rio ncio nda lda cio",
           "al bar cas dur esc gal lan mar ote pal quin tor zar", "ez ado era ona ales illo ia"),
    "it": ("al be cal do er fi gio il lu ma ne or pi ro sa", "rina lio ndo etta berto nzo",
           "an bar cap del for gal mar nar pal ros sat ter val", "ucci etti ino one ari ese ato"),
    "pt": ("a be ca di e fa gui i lu ma no o ri sa te", "ldo lina mião rico nda ilde",
           "ab bar cas dor fon gou lou mac pai ram sou tav val", "eira ado inho elo ão ês ota"),
}
PARTICLE = {"en": [], "de": ["von", "zu"], "fr": ["de", "du", "Le"], "nl": ["van", "van der",
            "de"], "es": ["de", "del"], "it": ["De", "Lo", "Di"], "pt": ["da", "dos", "de"]}


def invent(lg, sur):
    a, b = (2, 3) if sur else (0, 1)
    stems, ends = SYL[lg][a].split(), SYL[lg][b].split()
    while True:
        w = "".join(R.choice(stems) for _ in range(R.randint(1, 2))) + R.choice(ends)
        if 4 <= len(w) <= 12 and w.lower() not in LEX:
            return w.capitalize()


def given(lg):
    return invent(lg, False)


def surname(lg):
    s = invent(lg, True)
    if PARTICLE[lg] and R.random() < 0.15:
        s = R.choice(PARTICLE[lg]) + " " + s
    return s


def full(lg, style=None):
    g, s = given(lg), surname(lg)
    style = style or R.choice(["plain"] * 5 + ["caps", "caps", "comma_caps", "initial", "two",
                                               "lower"])
    if style == "caps":
        return f"{g} {s}".upper()
    if style == "comma_caps":
        return f"{s.upper()}, {g}"
    if style == "surname_first_caps":
        return f"{s.upper()} {g.upper()}"
    if style == "initial":
        return f"{g[0]}. {s}"
    if style == "two":
        return f"{g} {given(lg)} {s}"
    if style == "lower":
        return f"{g} {s}".lower()
    return f"{g} {s}"


class Rec:
    def __init__(self):
        self.text, self.spans = "", []

    def add(self, s, label=None):
        if label:
            self.spans.append({"entity_type": label, "entity_value": s,
                               "start_position": len(self.text),
                               "end_position": len(self.text) + len(s)})
        self.text += s

    def names(self, lg, k, style=None, conj=None):
        """k names joined the way lists under a label join them."""
        conj = conj or R.choice(["&", ",", "and", "+", "/"])
        word = {"en": "and", "de": "und", "fr": "et", "nl": "en", "es": "y", "it": "e",
                "pt": "e"}[lg]
        for i in range(k):
            if i:
                if conj == ",":
                    self.add(f" {word} " if i == k - 1 and R.random() < 0.7 else ", ")
                elif conj == "and":
                    self.add(f" {word} " if i == k - 1 else ", ")
                else:
                    self.add(f" {conj} ")
            self.add(full(lg, style), "PERSON")

    def out(self, shape, lg):
        return {"full_text": self.text, "spans": self.spans,
                "metadata": {"shape": shape, "lang": lg}}


COLON = {"en": ": ", "de": ": ", "fr": " : ", "nl": ": ", "es": ": ", "it": ": ", "pt": ": "}


def colon(lg):
    return COLON[lg] if R.random() < 0.8 else ": "


# ---- form: numbered fields of official forms -------------------------------------------------
SUR_F = {
    "en": ["Surname", "Family name", "Last name", "Surname(s)", "Name at birth", "Maiden name",
           "Previous surname(s)", "Taxpayer last name", "Family name (as in passport)",
           "Spouse's surname", "Birth surname"],
    "de": ["Nachname", "Familienname", "Geburtsname", "Frühere Familiennamen", "Name",
           "Familienname(n)", "Ehename"],
    "fr": ["Nom", "Nom de famille", "Nom de naissance", "Nom d'usage", "Nom(s)",
           "Nom de jeune fille", "Nom du conjoint"],
    "nl": ["Achternaam", "Geslachtsnaam", "Geboortenaam", "Naam", "Meisjesnaam",
           "Achterna(a)m(en)"],
    "es": ["Apellidos", "Primer apellido", "Segundo apellido", "Apellido(s)",
           "Apellidos de soltera"],
    "it": ["Cognome", "Cognome/i", "Cognome da nubile", "Cognome alla nascita"],
    "pt": ["Apelido", "Apelido(s)", "Sobrenome", "Apelidos", "Apelido de solteira"],
}
GIV_F = {
    "en": ["Given name(s)", "First name(s)", "Forename(s)", "Given names", "First name",
           "Middle name(s)", "Taxpayer first name", "Other names"],
    "de": ["Vorname(n)", "Vornamen", "Vorname", "Rufname"],
    "fr": ["Prénom(s)", "Prénoms", "Prénom", "Autres prénoms"],
    "nl": ["Voornamen", "Voorna(a)m(en)", "Voornaam", "Roepnaam"],
    "es": ["Nombre(s)", "Nombre", "Nombres", "Nombre de pila"],
    "it": ["Nome/i", "Nome", "Nomi", "Altri nomi"],
    "pt": ["Nome(s) próprio(s)", "Nome próprio", "Nomes", "Prenome"],
}
FULL_F = {
    "en": ["Full name", "Father's full name", "Mother's full name", "Name of spouse",
           "Name of sponsor", "Applicant's name", "Name of declarant"],
    "de": ["Vollständiger Name", "Name des Vaters", "Name der Mutter", "Name des Ehegatten",
           "Name des Antragstellers"],
    "fr": ["Nom complet", "Nom et prénom du père", "Nom et prénom de la mère", "Conjoint",
           "Nom du déclarant"],
    "nl": ["Volledige naam", "Naam vader", "Naam moeder", "Naam echtgeno(o)t(e)",
           "Naam aanvrager"],
    "es": ["Nombre completo", "Nombre del padre", "Nombre de la madre", "Cónyuge",
           "Nombre del declarante"],
    "it": ["Nome e cognome", "Paternità", "Maternità", "Coniuge", "Nome del dichiarante"],
    "pt": ["Nome completo", "Nome do pai", "Nome da mãe", "Cônjuge", "Nome do requerente"],
}
# Fields whose value is not a person: (label, value kind).
NEG_F = {
    "en": [("Nationality", "nat"), ("Place of birth", "place"), ("Occupation", "job"),
           ("Passport number", "code"), ("Sex", "sex"), ("Country of residence", "place")],
    "de": [("Staatsangehörigkeit", "nat"), ("Geburtsort", "place"), ("Beruf", "job"),
           ("Passnummer", "code"), ("Geschlecht", "sex")],
    "fr": [("Nationalité", "nat"), ("Lieu de naissance", "place"), ("Profession", "job"),
           ("N° de passeport", "code"), ("Sexe", "sex")],
    "nl": [("Nationaliteit", "nat"), ("Geboorteplaats", "place"), ("Beroep", "job"),
           ("Paspoortnummer", "code"), ("Geslacht", "sex")],
    "es": [("Nacionalidad", "nat"), ("Lugar de nacimiento", "place"), ("Profesión", "job"),
           ("Nº de pasaporte", "code"), ("Sexo", "sex")],
    "it": [("Cittadinanza", "nat"), ("Luogo di nascita", "place"), ("Professione", "job"),
           ("N. passaporto", "code"), ("Sesso", "sex")],
    "pt": [("Nacionalidade", "nat"), ("Local de nascimento", "place"), ("Profissão", "job"),
           ("N.º do passaporte", "code"), ("Sexo", "sex")],
}
NEGVAL = {
    "nat": (["PORTUGUESE", "Belgian", "GERMAN", "Française", "NEDERLANDSE", "ESPAÑOLA",
             "italiana", "Brasileira", "IRISH"], "NEG_TERM"),
    "place": (["Coimbra", "GENT", "Lyon", "Rotterdam", "Valladolid", "BERGAMO", "Leeds",
               "Freiburg", "RECIFE"], "NEG_PLACE"),
    "job": (["NURSE", "Electrician", "Lehrerin", "Ingénieur", "verpleegkundige", "Abogada",
             "Commercialista", "Engenheira civil", "RETIRED"], "NEG_TERM"),
    "code": (["X4F82K719", "C01X00T47", "PA7731906", "YB0042187", "AA3391274"], "NEG_CODE"),
    "sex": (["M", "F", "X"], None),
}
TITLE_F = {"en": "VISA APPLICATION – PART A: APPLICANT", "de": "ANTRAG AUF ERTEILUNG EINES "
           "AUFENTHALTSTITELS", "fr": "DEMANDE DE TITRE DE SÉJOUR – ÉTAT CIVIL",
           "nl": "AANVRAAGFORMULIER VERBLIJFSVERGUNNING", "es": "SOLICITUD DE NIE – DATOS "
           "PERSONALES", "it": "DICHIARAZIONE DEI REDDITI – DATI ANAGRAFICI",
           "pt": "PEDIDO DE AUTORIZAÇÃO DE RESIDÊNCIA – IDENTIFICAÇÃO"}
DOB_F = {"en": "Date of birth", "de": "Geburtsdatum", "fr": "Date de naissance",
         "nl": "Geboortedatum", "es": "Fecha de nacimiento", "it": "Data di nascita",
         "pt": "Data de nascimento"}


def numbering(i):
    return R.choice([f"{i}. ", f"{i}) ", f"({i}) ", f"{i} ", f"{i}.", f"Q{i}. ", ""])


def field_value(r, lg, kind, caps):
    if kind == "sur":
        v = surname(lg)
        r.add(v.upper() if caps else v, "PERSON")
    elif kind == "giv":
        v = given(lg) if R.random() < 0.6 else f"{given(lg)} {given(lg)}"
        r.add(v.upper() if caps else v, "PERSON")
    elif kind == "full":
        r.add(full(lg, R.choice(["caps", "plain", "comma_caps"]) if caps else "plain"),
              "PERSON")
    elif kind == "dob":
        r.add(R.choice(["14.03.1979", "02/11/1988", "1969-07-30", "21 06 1993"]),
              "DATE_OF_BIRTH")
    else:
        vals, lab = NEGVAL[kind]
        v = R.choice(vals)
        r.add(v.upper() if caps else v, lab)


def form(lg):
    r = Rec()
    caps = R.random() < 0.6
    fields = [(R.choice(SUR_F[lg]), "sur"), (R.choice(GIV_F[lg]), "giv"), (DOB_F[lg], "dob")]
    fields += R.sample(NEG_F[lg], 2)
    if R.random() < 0.6:
        fields.append((R.choice(FULL_F[lg]), "full"))
    if R.random() < 0.3:
        fields.insert(2, (R.choice(SUR_F[lg][1:]), "sur"))
    r.add(TITLE_F[lg] + "\n\n")
    per_line = R.choice([1, 1, 2, 3])
    for i, (lab, kind) in enumerate(fields, 1):
        sep = "\n" if i % per_line == 0 or i == len(fields) else R.choice(["    ", "\t", " | "])
        if lg != "en" and R.random() < 0.25:
            en = {"sur": "Surname", "giv": "Given names", "full": "Full name", "dob":
                  "Date of birth"}.get(kind, "")
            lab = f"{lab} / {en}" if en else lab
        r.add(numbering(i) + lab + colon(lg))
        field_value(r, lg, kind, caps)
        r.add(sep)
    return r.out("form", lg)


# ---- role: party labels of documents people fill --------------------------------------------
ROLE = {
    "en": ["Main driver", "Additional driver", "Second driver", "Account holder",
           "Co-account holder", "Joint account holder", "Clerk", "Witness", "Employee",
           "Librarian", "Host", "Guest", "Tenant", "Landlord", "Signatory", "Executor",
           "Guardian", "Next of kin", "Emergency contact", "Guarantor", "Cardholder", "Payee",
           "Borrower", "Caseworker", "Line manager", "Interpreter", "Invigilator", "Approver",
           "Assignee", "Carer", "Notary", "Sponsor", "Lodger", "Inspector", "Keyholder"],
    "de": ["Hauptfahrer", "Zusatzfahrer", "Kontoinhaber", "Mitkontoinhaberin",
           "Sachbearbeiterin", "Zeuge", "Mitarbeiterin", "Bibliothekar", "Gastgeber", "Mieter",
           "Vermieterin", "Unterzeichner", "Testamentsvollstrecker", "Vormund", "Notfallkontakt",
           "Bürge", "Karteninhaber", "Kreditnehmer", "Dolmetscherin", "Betreuerin",
           "Vorgesetzter", "Ansprechpartnerin", "Hausmeister"],
    "fr": ["Conducteur principal", "Conducteur additionnel", "Titulaire du compte",
           "Co-titulaire", "Guichetier", "Témoin", "Salarié", "Bibliothécaire", "Hébergeant",
           "Hébergé", "Locataire", "Bailleur", "Signataire", "Exécuteur testamentaire", "Tuteur",
           "Personne à prévenir", "Garant", "Titulaire de la carte", "Emprunteur", "Interprète",
           "Responsable hiérarchique", "Référent", "Gardien"],
    "nl": ["Hoofdbestuurder", "Extra bestuurder", "Rekeninghouder", "Mederekeninghouder",
           "Baliemedewerker", "Getuige", "Werknemer", "Bibliothecaris", "Gastvrouw", "Huurder",
           "Verhuurder", "Ondertekenaar", "Executeur", "Voogd", "Contactpersoon", "Borg",
           "Pashouder", "Kredietnemer", "Tolk", "Leidinggevende", "Mentor", "Conciërge"],
    "es": ["Conductor principal", "Conductor adicional", "Titular de la cuenta", "Cotitular",
           "Cajero", "Testigo", "Empleado", "Bibliotecaria", "Anfitrión", "Arrendatario",
           "Arrendador", "Firmante", "Albacea", "Tutor legal", "Persona de contacto", "Avalista",
           "Titular de la tarjeta", "Prestatario", "Intérprete", "Responsable directo",
           "Tramitador", "Portero"],
    "it": ["Conducente principale", "Secondo conducente", "Intestatario", "Cointestataria",
           "Impiegato", "Testimone", "Dipendente", "Bibliotecaria", "Ospitante", "Conduttore",
           "Locatore", "Firmatario", "Esecutore testamentario", "Tutore", "Referente",
           "Garante", "Titolare della carta", "Mutuatario", "Interprete", "Responsabile",
           "Custode"],
    "pt": ["Condutor principal", "Condutor adicional", "Titular da conta", "Cotitular",
           "Funcionário", "Testemunha", "Trabalhador", "Bibliotecária", "Anfitrião",
           "Arrendatário", "Senhorio", "Signatário", "Cabeça de casal", "Tutor",
           "Contacto de emergência", "Fiador", "Titular do cartão", "Mutuário", "Intérprete",
           "Chefia direta", "Gestor do processo", "Porteiro"],
}
ROLE_PL = {
    "en": ["Witnesses", "Beneficiaries", "Heirs", "Dependants", "Trustees", "Joint tenants",
           "Guarantors", "Named drivers", "Occupants", "Authorised users"],
    "de": ["Zeugen", "Begünstigte", "Erben", "Angehörige", "Mitbewohner", "Bürgen",
           "Weitere Fahrer", "Kinder im Haushalt"],
    "fr": ["Témoins", "Bénéficiaires", "Héritiers", "Ayants droit", "Personnes à charge",
           "Colocataires", "Co-emprunteurs"],
    "nl": ["Getuigen", "Begunstigden", "Erfgenamen", "Gezinsleden", "Medehuurders",
           "Inwonende kinderen"],
    "es": ["Testigos", "Beneficiarios", "Herederos", "Personas a cargo", "Convivientes",
           "Avalistas"],
    "it": ["Testimoni", "Beneficiari", "Eredi", "Familiari a carico", "Conviventi",
           "Coobbligati"],
    "pt": ["Testemunhas", "Beneficiários", "Herdeiros", "Dependentes", "Agregado familiar",
           "Fiadores"],
}
DOC = {"en": ["RENTAL AGREEMENT RA-{n}", "Account opening – ref {n}", "Loan slip #{n}",
              "Statement of witness {n}", "Last will – schedule {n}"],
       "de": ["MIETVERTRAG Nr. {n}", "Kontoeröffnung Ref. {n}", "Ausleihbeleg {n}"],
       "fr": ["CONTRAT DE LOCATION n° {n}", "Ouverture de compte réf. {n}",
              "Attestation d'accueil n° {n}"],
       "nl": ["HUUROVEREENKOMST {n}", "Rekening openen – ref. {n}", "Uitleenbon {n}"],
       "es": ["CONTRATO DE ALQUILER Nº {n}", "Apertura de cuenta ref. {n}",
              "Testamento – anexo {n}"],
       "it": ["CONTRATTO DI NOLEGGIO N. {n}", "Apertura conto rif. {n}",
              "Dichiarazione di ospitalità {n}"],
       "pt": ["CONTRATO DE ALUGUER N.º {n}", "Abertura de conta ref. {n}",
              "Termo de responsabilidade {n}"]}
# Labels of the same documents whose value is not a person.
NEGROLE = {
    "en": [("User", "admin", "NEG_CODE"), ("Host", "db-02.internal", "NEG_CODE"),
           ("Host", "example.com", "NEG_CODE"), ("Employee", "#4471", "NEG_CODE"),
           ("Vehicle", "Skoda Fabia", "NEG_PRODUCT"), ("Branch", "Riverside", "NEG_PLACE"),
           ("Witness", "none present", "NEG_TERM"), ("Guarantor", "not required", "NEG_TERM"),
           ("Assistant", "not assigned", "NEG_TERM")],
    "de": [("Benutzer", "root", "NEG_CODE"), ("Host", "mail.intern.lan", "NEG_CODE"),
           ("Fahrzeug", "VW Polo", "NEG_PRODUCT"), ("Filiale", "Hauptbahnhof", "NEG_PLACE"),
           ("Zeuge", "keiner", "NEG_TERM"), ("Bürge", "entfällt", "NEG_TERM")],
    "fr": [("Utilisateur", "invité", "NEG_TERM"), ("Hôte", "srv-paris-01", "NEG_CODE"),
           ("Véhicule", "Peugeot 208", "NEG_PRODUCT"), ("Agence", "Gare Saint-Jean",
                                                        "NEG_PLACE"),
           ("Témoin", "néant", "NEG_TERM"), ("Garant", "Visale", "NEG_ORG")],
    "nl": [("Gebruiker", "beheerder", "NEG_TERM"), ("Host", "nas.thuis.local", "NEG_CODE"),
           ("Voertuig", "Kia Picanto", "NEG_PRODUCT"), ("Vestiging", "Centraal Station",
                                                        "NEG_PLACE"),
           ("Getuige", "geen", "NEG_TERM")],
    "es": [("Usuario", "invitado", "NEG_TERM"), ("Host", "api.interna.es", "NEG_CODE"),
           ("Vehículo", "Seat Ibiza", "NEG_PRODUCT"), ("Oficina", "Aeropuerto T4",
                                                       "NEG_PLACE"),
           ("Testigo", "ninguno", "NEG_TERM")],
    "it": [("Utente", "ospite", "NEG_TERM"), ("Host", "gw-milano-3", "NEG_CODE"),
           ("Veicolo", "Fiat Panda", "NEG_PRODUCT"), ("Filiale", "Stazione Centrale",
                                                      "NEG_PLACE"),
           ("Testimone", "nessuno", "NEG_TERM")],
    "pt": [("Utilizador", "convidado", "NEG_TERM"), ("Host", "srv-lisboa-2", "NEG_CODE"),
           ("Veículo", "Renault Clio", "NEG_PRODUCT"), ("Balcão", "Aeroporto",
                                                        "NEG_PLACE"),
           ("Testemunha", "nenhuma", "NEG_TERM")],
}


def role(lg):
    r = Rec()
    r.add(R.choice(DOC[lg]).format(n=R.randint(1000, 99999)) + "\n")
    lines = [("one", l) for l in R.sample(ROLE[lg], 3)] + [("many", R.choice(ROLE_PL[lg]))]
    lines += [("neg", n) for n in R.sample(NEGROLE[lg], 2)]
    R.shuffle(lines)
    for kind, l in lines:
        if kind == "neg":
            r.add(l[0] + colon(lg))
            r.add(l[1], l[2])
        else:
            r.add(l + colon(lg))
            if kind == "one":
                r.add(full(lg), "PERSON")
            else:
                r.names(lg, R.randint(2, 4))
        r.add("\n")
    return r.out("role", lg)


CHAT = {"en": [("User", "how do I reset my router password?"),
               ("Assistant", "Sure — hold the reset button for ten seconds."),
               ("User", "Thanks, that worked.")],
        "de": [("User", "Wie ändere ich mein Passwort?"),
               ("Assistant", "Gehen Sie auf Einstellungen und dann Sicherheit.")],
        "fr": [("Utilisateur", "Comment changer mon mot de passe ?"),
               ("Assistant", "Allez dans Paramètres puis Sécurité.")],
        "nl": [("Gebruiker", "Hoe wijzig ik mijn wachtwoord?"),
               ("Assistent", "Ga naar Instellingen en kies Beveiliging.")],
        "es": [("Usuario", "¿Cómo cambio la contraseña?"),
               ("Asistente", "Ve a Ajustes y luego a Seguridad.")],
        "it": [("Utente", "Come cambio la password?"),
               ("Assistente", "Vai su Impostazioni e poi Sicurezza.")],
        "pt": [("Utilizador", "Como mudo a palavra-passe?"),
               ("Assistente", "Vá a Definições e depois Segurança.")]}


def chat_neg(lg):
    r = Rec()
    for who, msg in CHAT[lg]:
        r.add(f"{who}: ")
        r.add(msg, "NEG_TERM")
        r.add("\n")
    return r.out("chat_neg", lg)


# ---- after: a label after a sentence ---------------------------------------------------------
AFTER = {
    "en": ["Keys handed over on 14/7/26. Witness: ", "Car returned with a full tank. Clerk: ",
           "Books renewed until 3 May. Librarian: ", "Deposit paid in cash. Received by: ",
           "Meter read at 08:40. Engineer: ", "Parcel left with neighbour. Signed: "],
    "de": ["Schlüssel am 14.7.26 übergeben. Zeuge: ", "Fahrzeug vollgetankt zurück. "
           "Mitarbeiter: ", "Kaution bar erhalten. Quittiert von: ", "Zählerstand notiert. "
           "Monteur: "],
    "fr": ["Clés remises le 14/07/26. Témoin : ", "Véhicule rendu plein fait. Agent : ",
           "Caution versée en espèces. Reçu par : ", "Relevé du compteur effectué. "
           "Technicien : "],
    "nl": ["Sleutels overhandigd op 14-7-26. Getuige: ", "Auto vol getankt ingeleverd. "
           "Medewerker: ", "Borg contant ontvangen. Ontvangen door: "],
    "es": ["Llaves entregadas el 14/7/26. Testigo: ", "Vehículo devuelto con el depósito "
           "lleno. Empleado: ", "Fianza pagada en efectivo. Recibido por: "],
    "it": ["Chiavi consegnate il 14/7/26. Testimone: ", "Auto restituita con il pieno. "
           "Addetto: ", "Cauzione versata in contanti. Ricevuto da: "],
    "pt": ["Chaves entregues a 14/7/26. Testemunha: ", "Viatura devolvida com depósito "
           "cheio. Funcionário: ", "Caução paga em numerário. Recebido por: "],
}


def after(lg):
    r = Rec()
    r.add(R.choice(AFTER[lg]))
    if R.random() < 0.3:
        r.names(lg, 2, conj=R.choice(["&", "and"]))
    else:
        r.add(full(lg), "PERSON")
    r.add(R.choice(["\n", ".\n", " (signed)\n", "\n\n--\nOffice copy\n"]))
    return r.out("after", lg)


# ---- kin: household and moving lists ---------------------------------------------------------
KIN = {
    "en": ["Grandma", "Grandpa", "Nan", "Granny", "Mum", "Dad", "Aunt", "Uncle", "Auntie",
           "Cousin", "Eldest", "Youngest", "Stepdad", "Sister", "Brother", "Niece", "Nephew",
           "Mother-in-law", "Partner", "Godmother"],
    "de": ["Oma", "Opa", "Mama", "Papa", "Tante", "Onkel", "Cousine", "Schwester", "Bruder",
           "Nichte", "Neffe", "Schwiegermutter", "Stiefvater", "Patentante", "Uroma"],
    "fr": ["Mamie", "Papi", "Grand-mère", "Grand-père", "Maman", "Papa", "Tante", "Tonton",
           "Cousine", "Sœur", "Frère", "Belle-mère", "Parrain", "Marraine", "Nièce"],
    "nl": ["Oma", "Opa", "Mama", "Papa", "Tante", "Oom", "Nicht", "Neef", "Zus", "Broer",
           "Schoonmoeder", "Peettante", "Stiefvader"],
    "es": ["Abuela", "Abuelo", "Mamá", "Papá", "Tía", "Tío", "Prima", "Primo", "Hermana",
           "Hermano", "Suegra", "Madrina", "Padrino", "Sobrina"],
    "it": ["Nonna", "Nonno", "Mamma", "Papà", "Zia", "Zio", "Cugina", "Cugino", "Sorella",
           "Fratello", "Suocera", "Madrina", "Nipote"],
    "pt": ["Avó", "Avô", "Mãe", "Pai", "Tia", "Tio", "Prima", "Primo", "Irmã", "Irmão",
           "Sogra", "Madrinha", "Padrinho", "Sobrinha"],
}
KIN_HEAD = {"en": "Christmas — who brings what\n", "de": "Umzug Samstag – wer hilft\n",
            "fr": "Réveillon : qui apporte quoi\n", "nl": "Verhuizing zaterdag – wie doet wat\n",
            "es": "Cena de Nochebuena – quién trae qué\n", "it": "Pranzo di Pasqua – chi porta "
            "cosa\n", "pt": "Consoada – quem traz o quê\n"}
KIN_TAIL = {"en": [" (dessert)", " – picks up the tree", "", " + kids"],
            "de": [" (Kartons)", " – bringt den Anhänger", ""],
            "fr": [" (dessert)", " – apporte le vin", ""], "nl": [" (dozen)", " – rijdt", ""],
            "es": [" (postre)", " – trae el vino", ""], "it": [" (dolci)", " – porta il vino", ""],
            "pt": [" (sobremesa)", " – traz o vinho", ""]}
KIN_NEG = {"en": [("Dog", "Biscuit goes to the kennel", "NEG_TERM"), ("Car", "Toyota Yaris",
                                                                      "NEG_PRODUCT"),
                  ("Venue", "Oakfield Hall", "NEG_PLACE"), ("Dad", "sorting the garage",
                                                            "NEG_TERM")],
           "de": [("Auto", "Opel Corsa", "NEG_PRODUCT"), ("Papa", "Keller ausräumen",
                                                           "NEG_TERM"),
                  ("Ort", "Gemeindehaus", "NEG_PLACE")],
           "fr": [("Voiture", "Renault Kangoo", "NEG_PRODUCT"), ("Papa", "s'occupe du garage",
                                                                 "NEG_TERM"),
                  ("Lieu", "Salle des fêtes", "NEG_PLACE")],
           "nl": [("Auto", "Volvo V70", "NEG_PRODUCT"), ("Papa", "zolder leeghalen",
                                                         "NEG_TERM")],
           "es": [("Coche", "Seat León", "NEG_PRODUCT"), ("Papá", "recoge las sillas",
                                                          "NEG_TERM")],
           "it": [("Auto", "Lancia Ypsilon", "NEG_PRODUCT"), ("Papà", "pulisce la cantina",
                                                              "NEG_TERM")],
           "pt": [("Carro", "Opel Astra", "NEG_PRODUCT"), ("Pai", "arruma a garagem",
                                                           "NEG_TERM")]}


def kin(lg):
    r = Rec()
    r.add(KIN_HEAD[lg])
    items = [("k", k) for k in R.sample(KIN[lg], 4)] + [("n", n) for n in
                                                         R.sample(KIN_NEG[lg], 1)]
    R.shuffle(items)
    for kind, it in items:
        r.add(R.choice(["", "- ", "• "]))
        if kind == "n":
            r.add(it[0] + ": ")
            r.add(it[1], it[2])
        else:
            r.add(it + ": ")
            x = R.random()
            if x < 0.55:
                r.add(given(lg), "PERSON")
            elif x < 0.8:
                r.add(full(lg, "plain"), "PERSON")
            else:
                r.add(given(lg), "PERSON")
                r.add(R.choice([" & ", " + ", " and "]))
                r.add(given(lg), "PERSON")
            r.add(R.choice(KIN_TAIL[lg]))
        r.add("\n")
    return r.out("kin", lg)


# ---- org: org charts and team pages ----------------------------------------------------------
ORG = {
    "en": ["CEO", "CFO", "COO", "CTO", "Chair", "Managing Director", "Head of Sales",
           "Head of People", "HR", "Finance", "Sales", "Ops", "Operations", "IT", "Marketing",
           "Legal", "Procurement", "Support", "Engineering", "Product", "Design", "QA",
           "Facilities", "Payroll", "Reception", "Logistics", "Compliance", "DPO",
           "Office manager", "Team lead", "Scrum master", "Customer success", "Data"],
    "de": ["Geschäftsführer", "Geschäftsführung", "Vorstand", "Prokuristin", "Buchhaltung",
           "Vertrieb", "Einkauf", "Personal", "IT", "Marketing", "Recht", "Lager", "Empfang",
           "Datenschutz", "Teamleitung", "Projektleitung", "Controlling", "Kundendienst"],
    "fr": ["PDG", "DG", "Directrice générale", "DRH", "DAF", "Comptabilité", "Ventes",
           "Achats", "RH", "Informatique", "Juridique", "Logistique", "Accueil",
           "Cheffe de projet", "Qualité", "Paie", "Communication", "SAV"],
    "nl": ["Directeur", "Algemeen directeur", "Financiën", "Verkoop", "Inkoop", "HR", "ICT",
           "Juridische zaken", "Magazijn", "Receptie", "Teamleider", "Projectleider",
           "Bedrijfsleider", "Klantenservice", "Salarisadministratie"],
    "es": ["Director general", "Gerente", "Consejera delegada", "Finanzas", "Contabilidad",
           "Ventas", "Compras", "RRHH", "Sistemas", "Jurídico", "Almacén", "Recepción",
           "Jefa de proyecto", "Calidad", "Atención al cliente", "Nóminas"],
    "it": ["Amministratore delegato", "AD", "Direttore generale", "Amministrazione",
           "Contabilità", "Vendite", "Commerciale", "Acquisti", "Risorse umane", "Personale",
           "Ufficio legale", "Magazzino", "Segreteria", "Capo progetto", "Qualità",
           "Assistenza clienti"],
    "pt": ["Diretor-geral", "Administradora", "CEO", "Finanças", "Contabilidade", "Vendas",
           "Comercial", "Compras", "RH", "Informática", "Jurídico", "Armazém", "Receção",
           "Gestora de projeto", "Qualidade", "Apoio ao cliente"],
}
ORG_NEG = {
    "en": [("Finance", "Q3 budget approved"), ("CEO", "TBD"), ("Sales", "+12% vs Q2"),
           ("IT", "new laptops arrive Monday"), ("Marketing", "launch moved to May"),
           ("HR", "vacant"), ("Ops", "see separate sheet"), ("Legal", "contract under review")],
    "de": [("Vertrieb", "Umsatz +8 %"), ("IT", "Umstellung auf Windows 11"),
           ("Geschäftsführung", "N.N."), ("Personal", "Stelle unbesetzt"),
           ("Buchhaltung", "Jahresabschluss fertig")],
    "fr": [("Ventes", "objectif atteint"), ("Informatique", "migration en cours"),
           ("DG", "poste à pourvoir"), ("RH", "entretiens annuels en mars"),
           ("Comptabilité", "clôture le 31/01")],
    "nl": [("Verkoop", "omzet +5%"), ("ICT", "nieuwe laptops besteld"),
           ("Directeur", "vacature"), ("HR", "functioneringsgesprekken in maart")],
    "es": [("Ventas", "objetivo cumplido"), ("Sistemas", "migración en curso"),
           ("Gerente", "por definir"), ("RRHH", "evaluaciones en marzo")],
    "it": [("Vendite", "obiettivo raggiunto"), ("Amministrazione", "chiusura bilancio"),
           ("AD", "da nominare"), ("Risorse umane", "colloqui a marzo")],
    "pt": [("Vendas", "objetivo cumprido"), ("Informática", "migração em curso"),
           ("Diretor-geral", "a definir"), ("RH", "avaliações em março")],
}
ORG_HEAD = {"en": ["Org chart (updated {d})", "Who's who — {d}"],
            "de": ["Organigramm Stand {d}", "Ansprechpartner ({d})"],
            "fr": ["Organigramme au {d}", "Qui fait quoi ({d})"],
            "nl": ["Organogram per {d}", "Wie is wie ({d})"],
            "es": ["Organigrama a {d}", "Quién es quién ({d})"],
            "it": ["Organigramma al {d}", "Chi fa cosa ({d})"],
            "pt": ["Organograma em {d}", "Quem é quem ({d})"]}
STATUS_HEAD = {"en": "Weekly update", "de": "Wochenstatus", "fr": "Point hebdo",
               "nl": "Weekupdate", "es": "Resumen semanal", "it": "Aggiornamento settimanale",
               "pt": "Ponto da semana"}


def org(lg):
    r = Rec()
    r.add(R.choice(ORG_HEAD[lg]).format(d=R.choice(["03/2026", "1 Feb 2026", "2026-01-12"]))
          + "\n")
    for lab in R.sample(ORG[lg], R.randint(4, 6)):
        r.add(R.choice(["", "- ", "  "]) + lab + R.choice([": ", ": ", " – ", ":  "]))
        if R.random() < 0.2:
            r.names(lg, 2, conj=R.choice(["&", "/", ","]))
        else:
            r.add(full(lg, R.choice(["plain", "plain", "caps", "initial", "two"])), "PERSON")
        r.add("\n")
    return r.out("org", lg)


def org_neg(lg):
    r = Rec()
    r.add(STATUS_HEAD[lg] + "\n")
    for lab, v in R.sample(ORG_NEG[lg], 3):
        r.add(lab + ": ")
        r.add(v, "NEG_TERM")
        r.add("\n")
    return r.out("org_neg", lg)


# ---- sport: match reports --------------------------------------------------------------------
SPORT = {
    "en": (["Player of the match", "Man of the match", "Referee", "Captain", "Coach",
            "Top scorer", "MVP", "Umpire"], ["Scorers", "Goalscorers", "Subs used",
                                             "Assistant referees"]),
    "de": (["Spieler des Spiels", "Schiedsrichter", "Kapitänin", "Trainer", "Bester Spieler"],
           ["Torschützen", "Tore", "Eingewechselt", "Assistenten"]),
    "fr": (["Homme du match", "Arbitre", "Capitaine", "Entraîneur", "Meilleure joueuse"],
           ["Buteurs", "Remplaçants", "Passeurs"]),
    "nl": (["Man van de wedstrijd", "Scheidsrechter", "Aanvoerder", "Trainer"],
           ["Doelpuntenmakers", "Wissels", "Invallers"]),
    "es": (["Jugador del partido", "Árbitro", "Capitán", "Entrenador", "MVP"],
           ["Goleadores", "Goles", "Suplentes"]),
    "it": (["Migliore in campo", "Arbitro", "Capitano", "Allenatore"],
           ["Marcatori", "Reti", "In panchina"]),
    "pt": (["Homem do jogo", "Melhor em campo", "Árbitro", "Capitão", "Treinador"],
           ["Marcadores", "Golos", "Suplentes"]),
}
SPORT_NEG = {"en": [("Venue", "Millfield Park", "NEG_PLACE"), ("Result", "3-1", None),
                    ("Referee", "TBC", "NEG_TERM"), ("Kick-off", "15:00", None)],
             "de": [("Spielort", "Waldstadion", "NEG_PLACE"), ("Ergebnis", "2:2", None)],
             "fr": [("Stade", "Stade Municipal", "NEG_PLACE"), ("Score", "1-0", None)],
             "nl": [("Locatie", "Sportpark Noord", "NEG_PLACE"), ("Uitslag", "4-2", None)],
             "es": [("Estadio", "Campo Municipal", "NEG_PLACE"), ("Resultado", "2-0", None)],
             "it": [("Campo", "Stadio Comunale", "NEG_PLACE"), ("Risultato", "1-1", None)],
             "pt": [("Estádio", "Estádio Municipal", "NEG_PLACE"), ("Resultado", "3-2", None)]}


def sport(lg):
    r = Rec()
    r.add(R.choice(["U14 League", "Veterans Cup", "Sunday XI", "Liga B"]) + " – matchday "
          + str(R.randint(1, 30)) + "\n")
    one, many = SPORT[lg]
    neg = R.choice(SPORT_NEG[lg])
    lines = [("one", l) for l in R.sample(one, 2)] + [("many", R.choice(many)), ("neg", neg)]
    R.shuffle(lines)
    for kind, l in lines:
        if kind == "neg":
            r.add(l[0] + ": ")
            r.add(l[1], l[2])
        elif kind == "one":
            r.add(l + ": ")
            r.add(full(lg, R.choice(["plain", "plain", "caps", "initial"])), "PERSON")
        else:
            r.add(l + ": ")
            for i in range(R.randint(2, 3)):
                if i:
                    r.add(R.choice([", ", "; "]))
                r.add(R.choice([surname(lg), full(lg, "plain"), full(lg, "initial")]),
                      "PERSON")
                if R.random() < 0.6:
                    r.add(f" {R.randint(2, 90)}'" + R.choice(["", " (pen)", ""]))
        r.add("\n")
    return r.out("sport", lg)


# ---- rite: funeral, wedding and christening programmes ---------------------------------------
RITE = {
    "en": (["Eulogy", "Welcome", "Opening words", "Tribute", "Officiant", "Celebrant",
            "Best man", "Maid of honour", "Closing words", "Toast", "Organist"],
           ["Pallbearers", "Readers", "Readings by", "Parents of the bride",
            "Parents of the groom", "Bridesmaids", "Ushers", "Godparents", "Tributes"]),
    "de": (["Trauerrede", "Begrüßung", "Nachruf", "Lesung", "Schlussworte", "Organistin",
            "Traurednerin"], ["Sargträger", "Trauzeugen", "Eltern der Braut", "Taufpaten",
                              "Fürbitten", "Lesungen"]),
    "fr": (["Éloge funèbre", "Mot d'accueil", "Accueil", "Hommage", "Lecture",
            "Mot de la fin", "Officiant"], ["Porteurs", "Témoins", "Parents de la mariée",
                                            "Demoiselles d'honneur", "Lectures",
                                            "Parrain et marraine"]),
    "nl": (["Woord van", "Welkom", "Welkomstwoord", "In memoriam", "Lezing", "Slotwoord",
            "Ceremoniemeester"], ["Dragers", "Getuigen", "Ouders van de bruid",
                                  "Bruidsmeisjes", "Peetouders", "Lezingen"]),
    "es": (["Bienvenida", "Palabras de", "Elegía", "Primera lectura", "Despedida",
            "Oficiante"], ["Portadores", "Testigos", "Padres de la novia", "Damas de honor",
                           "Padrinos", "Lecturas"]),
    "it": (["Benvenuto", "Parole di", "Elogio funebre", "Prima lettura", "Saluto finale",
            "Celebrante"], ["Portatori", "Testimoni", "Genitori della sposa", "Damigelle",
                            "Padrini", "Letture"]),
    "pt": (["Boas-vindas", "Palavras de", "Elogio fúnebre", "Primeira leitura", "Despedida",
            "Celebrante"], ["Portadores", "Testemunhas", "Pais da noiva", "Damas de honor",
                            "Padrinhos", "Leituras"]),
}
RITE_NEG = {
    "en": [("Hymn", "Abide with Me"), ("First reading", "Ecclesiastes 3:1-8"),
           ("Music", "Clair de Lune"), ("Reception", "The Old Granary"),
           ("Welcome", "drinks on the terrace"), ("Flowers", "white lilies")],
    "de": [("Lied", "Von guten Mächten"), ("Lesung", "Psalm 23"), ("Musik", "Ave Maria"),
           ("Begrüßung", "Sektempfang im Garten")],
    "fr": [("Chant", "Ave Maria"), ("Lecture", "1 Co 13, 4-7"), ("Musique", "Canon de "
           "Pachelbel"), ("Accueil", "vin d'honneur au jardin")],
    "nl": [("Lied", "Ave Maria"), ("Lezing", "Prediker 3"), ("Muziek", "Canon in D"),
           ("Welkom", "koffie in de zaal")],
    "es": [("Canto", "Ave María"), ("Primera lectura", "1 Corintios 13"), ("Música",
           "Canon de Pachelbel"), ("Bienvenida", "cóctel en el jardín")],
    "it": [("Canto", "Ave Maria"), ("Prima lettura", "Qoèlet 3,1-8"), ("Musica",
           "Canone di Pachelbel"), ("Benvenuto", "aperitivo in giardino")],
    "pt": [("Cântico", "Avé Maria"), ("Primeira leitura", "1 Coríntios 13"), ("Música",
           "Cânone de Pachelbel"), ("Boas-vindas", "porto de honra no jardim")],
}
RITE_HEAD = {"en": ["In loving memory", "Order of service", "Our wedding day"],
             "de": ["Zum Gedenken", "Ablauf der Trauerfeier", "Unsere Hochzeit"],
             "fr": ["En mémoire de notre mère", "Déroulé de la cérémonie", "Notre mariage"],
             "nl": ["In liefdevolle herinnering", "Programma", "Ons trouwfeest"],
             "es": ["En memoria", "Orden de la ceremonia", "Nuestra boda"],
             "it": ["In ricordo", "Programma della cerimonia", "Il nostro matrimonio"],
             "pt": ["Em memória", "Programa da cerimónia", "O nosso casamento"]}


def rite(lg):
    r = Rec()
    r.add(R.choice(RITE_HEAD[lg]) + "\n\n")
    one, many = RITE[lg]
    neg = R.choice(RITE_NEG[lg])
    lines = [("one", l) for l in R.sample(one, 2)] + [("many", l) for l in R.sample(many, 2)]
    lines.append(("neg", neg))
    R.shuffle(lines)
    for kind, l in lines:
        if kind == "neg":
            r.add(l[0] + colon(lg))
            r.add(l[1], "NEG_TERM" if not l[0].startswith(("Rec", "The")) else "NEG_PLACE")
        elif kind == "one":
            r.add(l + colon(lg))
            r.add(full(lg, R.choice(["plain", "plain", "two", "caps"])), "PERSON")
            if R.random() < 0.3:
                r.add(R.choice([" (granddaughter)", " (friend)", " (Enkelin)", " (neveu)",
                                " (nieta)"]))
        else:
            r.add(l + colon(lg))
            if l.startswith(("Parents", "Eltern", "Parents de", "Ouders", "Padres",
                             "Genitori", "Pais", "Parrain")) and R.random() < 0.6:
                r.add(given(lg), "PERSON")
                r.add(R.choice([" & ", " and ", " et ", " y ", " e ", " en ", " und "]))
                r.add(full(lg, "plain"), "PERSON")
            else:
                r.names(lg, R.randint(2, 4) if "Pall" in l or "Port" in l or "Sarg" in l
                        or "Drag" in l else R.randint(2, 3),
                        style=R.choice([None, "plain"]))
        r.add("\n")
    return r.out("rite", lg)


# ---- rota: rotas by weekday ------------------------------------------------------------------
DAYS = {"en": ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"],
        "de": ["Mo", "Di", "Mi", "Do", "Fr", "Sa", "So"],
        "fr": ["lun", "mar", "mer", "jeu", "ven", "sam", "dim"],
        "nl": ["ma", "di", "wo", "do", "vr", "za", "zo"],
        "es": ["lun", "mar", "mié", "jue", "vie", "sáb", "dom"],
        "it": ["lun", "mar", "mer", "gio", "ven", "sab", "dom"],
        "pt": ["seg", "ter", "qua", "qui", "sex", "sáb", "dom"]}
CLOSED = {"en": ["closed", "bank holiday", "no cover"], "de": ["geschlossen", "Feiertag"],
          "fr": ["fermé", "férié"], "nl": ["gesloten", "feestdag"],
          "es": ["cerrado", "festivo"], "it": ["chiuso", "festivo"],
          "pt": ["fechado", "feriado"]}
ROTA_HEAD = {"en": "Cleaning rota week {w}", "de": "Dienstplan KW {w}",
             "fr": "Planning accueil semaine {w}", "nl": "Rooster week {w}",
             "es": "Turnos semana {w}", "it": "Turni settimana {w}",
             "pt": "Escala semana {w}"}


def rota(lg):
    r = Rec()
    r.add(ROTA_HEAD[lg].format(w=R.randint(1, 52)) + "\n")
    days = DAYS[lg][:R.choice([5, 6, 7])]
    if R.random() < 0.3:
        days = [d.capitalize() for d in days]
    closed = R.choice(range(len(days)))
    for i, d in enumerate(days):
        r.add(d + colon(lg))
        if i == closed:
            r.add(R.choice(CLOSED[lg]), "NEG_TERM")
        else:
            k = R.choice([1, 2, 2])
            style = R.choice(["given", "given", "full"])
            conj = R.choice(["+", "/", "&", ","])
            for j in range(k):
                if j:
                    r.add(f" {conj} " if conj != "," else ", ")
                r.add(given(lg) if style == "given" else full(lg, "plain"), "PERSON")
        r.add("\n")
    return r.out("rota", lg)


# ---- caps: bank and form style capitals after labels -----------------------------------------
CAPS = {"en": ["Beneficiary name", "Payee", "Account name", "Remitter", "Ordering customer",
               "Cardholder name", "Name on card"],
        "de": ["Empfänger", "Kontoinhaber", "Auftraggeber", "Name des Karteninhabers"],
        "fr": ["Bénéficiaire", "Titulaire", "Donneur d'ordre", "Nom du porteur"],
        "nl": ["Begunstigde", "Tenaamstelling", "Opdrachtgever", "Naam rekeninghouder"],
        "es": ["Beneficiario", "Titular", "Ordenante", "Nombre del titular"],
        "it": ["Beneficiario", "Intestatario", "Ordinante", "Nome del titolare"],
        "pt": ["Beneficiário", "Titular", "Ordenante", "Nome do titular"]}
CAPS_NEG = {"en": ("Bank", "NORTHGATE SAVINGS"), "de": ("Bank", "SPARKASSE RHEINTAL"),
            "fr": ("Banque", "CRÉDIT DU LITTORAL"), "nl": ("Bank", "KUSTBANK"),
            "es": ("Entidad", "CAJA DEL SUR"), "it": ("Banca", "BANCA DEL LAGO"),
            "pt": ("Banco", "CAIXA DO NORTE")}


def caps(lg):
    r = Rec()
    r.add(R.choice(["TRANSFER CONFIRMATION", "SEPA CREDIT TRANSFER", "PAYMENT DETAILS"]) + "\n")
    for lab in R.sample(CAPS[lg], 2):
        r.add(lab + R.choice([": ", ":\t", " : "]))
        r.add(full(lg, R.choice(["caps", "comma_caps", "surname_first_caps"])), "PERSON")
        r.add("\n")
    b = CAPS_NEG[lg]
    r.add(b[0] + ": ")
    r.add(b[1], "NEG_ORG")
    r.add("\nIBAN: ")
    r.add(R.choice(["ES91 2100 0418 4502 0005 1332", "DE89 3704 0044 0532 0130 00"]),
          "IBAN_CODE")
    r.add("\n")
    return r.out("caps", lg)


def main():
    recs = []
    for lg in LANGS:
        for f, n in ((form, 8), (role, 8), (chat_neg, 1), (after, 5), (kin, 5), (org, 5),
                     (org_neg, 3), (sport, 4), (rite, 6), (rota, 4), (caps, 4)):
            recs += [f(lg) for _ in range(n)]
    write_json(recs)


if __name__ == "__main__":
    main()
