#!/usr/bin/env python3
"""gen_dob8.py: a DATE_OF_BIRTH tune set for the kinds of text where the blind sets found fewest
birth dates (issue 15, branch dob8), written from how people write these texts before the
recogniser's rules were read:

- `sms`: SMS and WhatsApp threads, lower case and abbreviated ("what's ur dob? for the form" /
  "12/03/91", "bday is 4th june 88", "born 3.2.1990 btw", "geb. 4.6.88", "née le 4 juin 88"),
  with and without speaker prefixes or times; the plans made in the same thread (a dinner, a
  delivery, an appointment) are NEG_DATE;
- `claim`: insurance claim forms (insured, claimant, driver, injured party, each with `DOB`,
  `D.O.B.`, `DoB`, `Date of Birth (MM/DD/YYYY)`, `Birthdate`, `Geb.-Datum`, `Date de naissance`,
  `Fecha nac.`, `Data nasc.`, `geb.`, `née le`...), two-digit years, tables with a DOB column;
  the date of loss, policy start and expiry, report and signature dates are NEG_DATE;
- `adjuster`: adjusters' file notes in prose, the note's own date and the loss date beside the
  claimant's birth date in brackets or after a comma;
- `police`: incident reports with suspect, victim and witness blocks ("W/M, DOB 04/11/1987",
  "(DOB: ...)", "age 34, d.o.b. ...", "geb. am", "né le ... à", "nato a Roma il", "nacido el",
  "nascido em", "geboren op ... te"); the incident, report and arrest dates are NEG_DATE;
- `profile`: dating and community profiles ("Birthday: March 3", "Born: 12 Aug 1995",
  "Age: 29 (born 1995-08-12)") with `Member since`/`Last active` dates as NEG_DATE;
- `voicemail`: voicemail transcriptions, the birth date in digits, in words with the year as
  digits, or spelled out whole ("the fourth of November nineteen eighty seven"); the message's
  received stamp and the appointment asked about are NEG_DATE;
- `vet`: veterinary records where the owner's date of birth is a person's and the animal's
  (`Species: canine, DOB 2019-05-02`) is NEG_DATE, in either order;
- `neg`: birth dates of famous people, bare years ("born in 1987", "Jahrgang 1987"), policy and
  issue dates under a birth-ish heading, all NEG_DATE or unlabelled.
- `probe` (appended after the first measurement, from probing the detector with shapes beside
  the first ones, so it is a regression set rather than evidence): lower-case threads whose
  speakers are pronouns ("me:", "her:", "mum:"), compound labels ("Age/DOB: 36 / ..."), an age
  with its unit before the date ("36 y/o, ..."), a day and month after a birthday label
  ("Birthday: 04/11"), every English month in a date said in words, Italian "(n. ...)"; and
  the look-alikes in the same shapes: a human patient with "dog bite" and a police "Race:"
  line (their birth dates stay), a plan in a pronoun thread, an age then a launch date, a
  compound label with no birth field (NEG_DATE).

Names are invented from syllables (no lexicon knows them) and labelled PERSON. presidio-research's
JSON shape, code-point offsets. Deterministic, stdlib only: python3 gen_dob8.py > data/dob8.json
"""
import random
import gen_common
from gen_common import MONTHS, ordinal_en

R = random.Random(80815)
LANGS = ["en", "de", "fr", "nl", "es", "it", "pt"]
SYL = ["ka", "vel", "dro", "mi", "sor", "tan", "qui", "bel", "ru", "lon", "fa", "zen", "or",
       "tys", "ma", "ger", "lio", "nu", "brae", "cas", "del", "vin", "ho", "sta"]
ENDS = ["wick", "mond", "ardi", "escu", "ström", "ez", "ini", "hoek", "eiro", "ault", "mann",
        "eras", "ovic", "by"]
PETS = ["Biscuit", "Luna", "Rocky", "Mochi", "Pepper", "Filou", "Bello", "Nala", "Toby", "Kira"]
FAMOUS = [("Wolfgang Amadeus Mozart", 1756, 1, 27), ("Freddie Mercury", 1946, 9, 5),
          ("Marie Curie", 1867, 11, 7), ("Frida Kahlo", 1907, 7, 6),
          ("Albert Einstein", 1879, 3, 14), ("Audrey Hepburn", 1929, 5, 4),
          ("Ludwig van Beethoven", 1770, 12, 17), ("Gabriel García Márquez", 1927, 3, 6)]
records = []


def given():
    return gen_common.invent_syllables(R, SYL, ENDS, False)


def surname():
    return gen_common.invent_short_surname(R, SYL, ENDS)


def ymd(lo, hi):
    return gen_common.random_ymd(R, lo, hi)


def numeric(lg, y, m, d, two=False):
    """A date in digits as lg writes it; two: a two-digit year."""
    yy = "%02d" % (y % 100) if two else str(y)
    if lg == "en":
        return R.choice(["%02d/%02d/%s" % (m, d, yy), "%d/%d/%s" % (m, d, yy),
                         "%02d/%02d/%s" % (d, m, yy)])
    if lg == "de":
        return R.choice(["%02d.%02d.%s" % (d, m, yy), "%d.%d.%s" % (d, m, yy)])
    if lg == "nl":
        return R.choice(["%02d-%02d-%s" % (d, m, yy), "%d-%d-%s" % (d, m, yy)])
    return R.choice(["%02d/%02d/%s" % (d, m, yy), "%d/%d/%s" % (d, m, yy),
                     "%02d.%02d.%s" % (d, m, yy)])


def worded(lg, y, m, d, short_year=False):
    mo = MONTHS[lg][m - 1]
    yy = ("%02d" % (y % 100)) if short_year else str(y)
    if lg == "en" and short_year:
        return R.choice(["%s %s %s" % (ordinal_en(d), mo.lower(), yy), "%d %s '%s" % (d, mo[:3].lower(), yy)])
    if lg == "en":
        return R.choice(["%d %s %s" % (d, mo, yy), "%s %d, %s" % (mo, d, yy),
                         "%s %s %s" % (ordinal_en(d), mo.lower(), yy), "%d %s %s" % (d, mo[:3], yy)])
    if lg == "de":
        return "%d. %s %s" % (d, mo, yy)
    if lg in ("es", "pt"):
        return "%d de %s de %s" % (d, mo, yy)
    return "%d %s %s" % (d, mo, yy)


def anydate(lg, y, m, d):
    r = R.random()
    if r < 0.45:
        return numeric(lg, y, m, d)
    if r < 0.6:
        return numeric(lg, y, m, d, two=True)
    if r < 0.75:
        return "%d-%02d-%02d" % (y, m, d)
    return worded(lg, y, m, d)


def dob(lg, two=None):
    y, m, d = ymd(1938, 2006)
    if two is None:
        return anydate(lg, y, m, d)
    return numeric(lg, y, m, d, two=two)


def recent(lg):
    y, m, d = ymd(2021, 2026)
    return anydate(lg, y, m, d)


class D(gen_common.Doc):
    records = records

    def slot(self, key, kw):
        if key == "P":
            self.span("PERSON", kw.get("name") or given() + " " + surname())
        elif key == "G":
            self.span("PERSON", given())
        elif key == "CAPS":
            self.span("PERSON", surname().upper() + ", " + given().upper())
        elif key == "DOB":
            self.span("DATE_OF_BIRTH", kw.get("dob") or dob(self.lg))
        elif key == "DOB2":
            self.span("DATE_OF_BIRTH", dob(self.lg, two=True))
        elif key == "NEG":
            self.span("NEG_DATE", recent(self.lg))
        elif key == "NEG2":
            self.span("NEG_DATE", recent(self.lg))
        elif key == "PETDOB":
            y, m, d = ymd(2010, 2024)
            self.span("NEG_DATE", anydate(self.lg, y, m, d))
        elif key == "PET":
            self.t(R.choice(PETS))
        elif key == "N":
            self.t(str(R.randint(10000, 99999)))
        elif key == "AGE":
            self.t(str(R.randint(19, 80)))
        else:
            raise ValueError(key)


# ---- SMS / WhatsApp ------------------------------------------------------------------------------
SMS_Q = {
    "en": ["what's ur dob? for the form", "hey whats your date of birth again", "need ur bday for the booking",
           "dob pls, filling in the insurance thing", "when were you born exactly? need it for the tickets",
           "can u send me ur birth date"],
    "de": ["was ist dein geburtsdatum? brauch das fürs formular", "wann bist du nochmal geboren?",
           "schick mir mal dein geb datum für die buchung", "brauch dein geburtsdatum für die versicherung"],
    "fr": ["c'est quoi ta date de naissance ? pour le dossier", "tu es né quand exactement ?",
           "envoie moi ta date de naiss stp pour la résa", "j'ai besoin de ta ddn pour l'assurance"],
    "nl": ["wat is je geboortedatum? voor het formulier", "wanneer ben je ook alweer geboren?",
           "stuur even je geb datum voor de boeking"],
    "es": ["¿cuál es tu fecha de nacimiento? para el formulario", "cuando naciste exactamente?",
           "pasame tu fecha de nac para la reserva"],
    "it": ["mi dai la tua data di nascita? per il modulo", "quando sei nato esattamente?",
           "mandami la data di nascita per la prenotazione"],
    "pt": ["qual é a tua data de nascimento? pro formulário", "vc nasceu quando mesmo?",
           "me manda sua data de nasc pra reserva"],
}
# Answers: {DOB} a full date, {DOB2} a two-digit-year date.
SMS_A = {
    "en": ["{DOB2}", "{DOB}", "bday is {DOBW} lol", "born {DOB} btw", "its {DOB}", "dob {DOB2}",
           "{DOB} why", "mine's {DOB}, his is {DOB}"],
    "de": ["{DOB2}", "{DOB}", "geb. {DOB}", "bin am {DOB} geboren", "{DOB} wieso?", "am {DOBW}"],
    "fr": ["{DOB2}", "{DOB}", "née le {DOBW}", "je suis né le {DOB}", "{DOB} pourquoi ?"],
    "nl": ["{DOB2}", "{DOB}", "geboren {DOBW}", "ben geboren op {DOB}", "{DOB} hoezo"],
    "es": ["{DOB2}", "{DOB}", "nací el {DOBW}", "el {DOB}", "{DOB} xq?"],
    "it": ["{DOB2}", "{DOB}", "sono nata il {DOBW}", "nato il {DOB}", "{DOB} perché?"],
    "pt": ["{DOB2}", "{DOB}", "nasci em {DOBW}", "nasc. {DOB}", "{DOB} pq?"],
}
SMS_TAIL = {
    "en": ["ok thx. dinner still on {NEG}?", "cool, appointment is {NEG} at 3", "got it. parcel arrives {NEG}",
           "thx x"],
    "de": ["danke! termin ist dann am {NEG}", "ok. paket kommt am {NEG}", "merci"],
    "fr": ["merci ! rdv le {NEG} du coup", "ok. livraison prévue le {NEG}", "top merci"],
    "nl": ["thx! afspraak is {NEG}", "top. pakket komt {NEG}", "dank je"],
    "es": ["gracias! la cita es el {NEG}", "vale. el paquete llega el {NEG}", "ok gracias"],
    "it": ["grazie! appuntamento il {NEG}", "ok. il pacco arriva il {NEG}", "ok grazie"],
    "pt": ["valeu! consulta dia {NEG}", "ok. a entrega é dia {NEG}", "brigado"],
}


def sms_dobw(lg):
    y, m, d = ymd(1950, 2006)
    return worded(lg, y, m, d, short_year=R.random() < 0.5)


def sms():
    for lg in LANGS:
        for i in range(14):
            doc = D(lg, "sms")
            a, b = given(), given()
            layout = i % 7
            y0, m0, d0 = ymd(2022, 2026)
            lines = []
            if R.random() < 0.5:
                lines.append((a, "hey"))
            lines.append((a, R.choice(SMS_Q[lg])))
            ans = R.choice(SMS_A[lg])
            lines.append((b, ans))
            lines.append((a, R.choice(SMS_TAIL[lg])))
            h, mi = R.randint(7, 22), R.randint(0, 59)
            for who, msg in lines:
                mi = (mi + R.randint(1, 6)) % 60
                if layout == 0:
                    doc.t("%s: " % ("Me" if who == a else "Them"))
                elif layout == 1:
                    doc.t("[%02d:%02d] " % (h, mi)).span("PERSON", who).t(": ")
                elif layout == 2:
                    doc.span("PERSON", who).t(" (%02d:%02d): " % (h, mi))
                elif layout == 3:
                    doc.t("> " if who == a else "")
                elif layout == 4:  # WhatsApp on Android
                    doc.t("%02d/%02d/%d, %02d:%02d - " % (d0, m0, y0, h, mi)).span("PERSON", who).t(": ")
                elif layout == 5:  # WhatsApp on iOS
                    doc.t("[%02d.%02d.%02d, %02d:%02d:%02d] " % (d0, m0, y0 % 100, h, mi, R.randint(0, 59))).span("PERSON", who).t(": ")
                else:  # an SMS backup or a phone's export: number, then the text on its own line
                    doc.t("%s %s\n" % ("+%d %d %d %04d" % (R.choice((33, 44, 49, 31, 34, 39, 351)), R.randint(600, 799), R.randint(100, 999), R.randint(0, 9999)) if who != a else "Me",
                                       "%d-%02d-%02d %02d:%02d" % (y0, m0, d0, h, mi)))
                k = 0
                while k < len(msg):
                    j = msg.find("{", k)
                    if j < 0:
                        doc.t(msg[k:])
                        break
                    doc.t(msg[k:j])
                    e = msg.index("}", j)
                    key = msg[j + 1:e]
                    if key == "DOBW":
                        doc.span("DATE_OF_BIRTH", sms_dobw(lg))
                    else:
                        doc.slot(key, {})
                    k = e + 1
                doc.t("\n")
            doc.done()


# ---- insurance claims ----------------------------------------------------------------------------
CLAIM = {
    "en": {"title": ["CLAIM FORM - MOTOR", "First Notice of Loss", "Personal Injury Claim", "Property Claim Report"],
           "no": "Claim no.", "pol": "Policy no.", "start": ["Policy start", "Inception date", "Effective date"],
           "end": ["Policy expiry", "Expiry date", "Renewal date"], "loss": ["Date of loss", "Loss date", "Date of accident"],
           "roles": ["Insured", "Policyholder", "Claimant", "Driver", "Injured party", "Passenger"],
           "dob": ["DOB", "D.O.B.", "DoB", "Date of Birth (MM/DD/YYYY)", "Birthdate", "Date of birth"],
           "sig": ["Signed", "Date signed", "Received"]},
    "de": {"title": ["Schadenanzeige Kfz", "Schadenmeldung", "Unfallmeldung"], "no": "Schadennummer",
           "pol": "Versicherungsschein-Nr.", "start": ["Vertragsbeginn", "Versicherungsbeginn"],
           "end": ["Ablauf", "Vertragsende"], "loss": ["Schadentag", "Unfalldatum", "Schadendatum"],
           "roles": ["Versicherungsnehmer", "Fahrer", "Geschädigter", "Anspruchsteller", "Verletzte Person"],
           "dob": ["Geb.-Datum", "geb.", "Geburtsdatum", "Geb.-Dat."], "sig": ["Unterschrift vom", "Eingang"]},
    "fr": {"title": ["Déclaration de sinistre", "Constat amiable - annexe", "Déclaration d'accident"],
           "no": "N° de sinistre", "pol": "N° de contrat", "start": ["Date d'effet", "Début du contrat"],
           "end": ["Date d'échéance", "Fin du contrat"], "loss": ["Date du sinistre", "Date de l'accident"],
           "roles": ["Assuré", "Conducteur", "Victime", "Tiers lésé", "Souscripteur"],
           "dob": ["Date de naissance", "Né(e) le", "née le", "Date de naiss."], "sig": ["Fait le", "Reçu le"]},
    "nl": {"title": ["Schadeaangifteformulier", "Schademelding motorrijtuig"], "no": "Schadenummer",
           "pol": "Polisnummer", "start": ["Ingangsdatum polis", "Ingangsdatum"], "end": ["Einddatum", "Vervaldatum"],
           "loss": ["Schadedatum", "Datum ongeval"], "roles": ["Verzekeringnemer", "Bestuurder", "Benadeelde", "Gewonde"],
           "dob": ["Geboortedatum", "Geb. datum", "geb."], "sig": ["Datum ondertekening", "Ontvangen"]},
    "es": {"title": ["Parte de siniestro", "Declaración de accidente", "Comunicación de siniestro"],
           "no": "Nº de siniestro", "pol": "Nº de póliza", "start": ["Fecha de efecto", "Inicio de póliza"],
           "end": ["Vencimiento", "Fecha de vencimiento"], "loss": ["Fecha del siniestro", "Fecha de ocurrencia"],
           "roles": ["Asegurado", "Tomador", "Conductor", "Lesionado", "Reclamante"],
           "dob": ["Fecha nac.", "Fecha de nacimiento", "F. nacimiento", "F. Nac."], "sig": ["Fecha de firma", "Recibido"]},
    "it": {"title": ["Denuncia di sinistro", "Modulo di denuncia danni", "Constatazione amichevole"],
           "no": "N. sinistro", "pol": "N. polizza", "start": ["Decorrenza", "Data decorrenza"],
           "end": ["Scadenza", "Data scadenza"], "loss": ["Data sinistro", "Data dell'incidente"],
           "roles": ["Contraente", "Assicurato", "Conducente", "Danneggiato", "Ferito"],
           "dob": ["Data di nascita", "Data nasc.", "Nato/a il", "nata il"], "sig": ["Data firma", "Ricevuto il"]},
    "pt": {"title": ["Participação de sinistro", "Declaração amigável", "Aviso de sinistro"],
           "no": "N.º do sinistro", "pol": "N.º da apólice", "start": ["Início da apólice", "Data de início"],
           "end": ["Fim da apólice", "Data de vencimento"], "loss": ["Data do sinistro", "Data do acidente"],
           "roles": ["Segurado", "Tomador", "Condutor", "Lesado", "Sinistrado"],
           "dob": ["Data nasc.", "Data de nascimento", "D.N.", "Nascido em"], "sig": ["Data da assinatura", "Recebido em"]},
}
COLS = {"en": ("Role", "Name", "DOB", "Phone"), "de": ("Rolle", "Name", "Geb.-Datum", "Telefon"),
        "fr": ("Qualité", "Nom", "Date de naissance", "Téléphone"), "nl": ("Rol", "Naam", "Geboortedatum", "Telefoon"),
        "es": ("Rol", "Nombre", "Fecha nac.", "Teléfono"), "it": ("Ruolo", "Nome", "Data nascita", "Telefono"),
        "pt": ("Função", "Nome", "Data nasc.", "Telefone")}


def phone():
    return "0%d %d %04d" % (R.randint(10, 99), R.randint(100, 999), R.randint(0, 9999))


def claim():
    for lg in LANGS:
        c = CLAIM[lg]
        for i in range(12):
            doc = D(lg, "claim")
            doc.t(R.choice(c["title"]) + "\n")
            doc.t("%s: CL-%d-%s\n%s: POL-%s\n" % (c["no"], R.randint(2021, 2025), R.randint(1000, 99999), c["pol"], R.randint(10000, 999999)))
            doc.t(R.choice(c["start"]) + ": ").fill("{NEG}\n")
            if R.random() < 0.6:
                doc.t(R.choice(c["end"]) + ": ").fill("{NEG}\n")
            doc.t(R.choice(c["loss"]) + ": ").fill("{NEG}\n\n")
            roles = R.sample(c["roles"], R.choice((2, 3)))
            two = R.random() < 0.3
            if i % 3 == 2:
                cols = COLS[lg]
                sep = R.choice([" | ", "\t", ";"])
                doc.t(sep.join(cols) + "\n")
                for r in roles:
                    doc.t(r + sep).fill("{P}").t(sep).span("DATE_OF_BIRTH", dob(lg, two=two) if two else dob(lg)).t(sep + "").span("PHONE_NUMBER", phone()).t("\n")
            else:
                for r in roles:
                    lab = R.choice(c["dob"])
                    style = R.randint(0, 2)
                    if style == 0:
                        doc.t(r + ": ").fill("{P}").t("\n" + lab + ": ")
                    elif style == 1:
                        doc.t(r + ": ").fill("{P}").t(", " + lab + " ")
                    else:
                        doc.t(r + ": ").fill("{P}").t("    " + lab + ": ")
                    doc.span("DATE_OF_BIRTH", dob(lg, two=two) if two else dob(lg)).t("\n")
            doc.t("\n" + R.choice(c["sig"]) + ": ").fill("{NEG}\n")
            doc.done()


ADJ = {
    "en": ["{NEG} - Spoke w/ clmt {P} (DOB {DOB}) re: rear-end collision on {NEG2}. Clmt c/o neck pain.",
           "{NEG}: Recorded statement taken from insured {P}, DOB: {DOB}, regarding water damage reported {NEG2}.",
           "Note {NEG}. Injured party {P}, d.o.b. {DOB}, treated at ER on {NEG2}; med auth requested.",
           "{NEG} called driver {P} ({DOB}) to confirm loss date {NEG2}. VM left.",
           "{NEG} - IP {P}, born {DOB}, age {AGE}, passenger in insd veh at time of loss ({NEG2})."],
    "de": ["{NEG}: Telefonat mit Anspruchsteller {P} (geb. {DOB}) wegen Auffahrunfall vom {NEG2}.",
           "Vermerk {NEG}: VN {P}, geb. am {DOB}, meldet Wasserschaden vom {NEG2}."],
    "fr": ["{NEG} : entretien avec l'assuré {P} (né le {DOB}) concernant le sinistre du {NEG2}.",
           "Note du {NEG} : la victime {P}, née le {DOB}, a été hospitalisée le {NEG2}."],
    "nl": ["{NEG}: gesproken met benadeelde {P} (geb. {DOB}) over aanrijding van {NEG2}.",
           "Notitie {NEG}: verzekeringnemer {P}, geboren {DOB}, meldt waterschade op {NEG2}."],
    "es": ["{NEG}: hablé con el reclamante {P} (f. nac. {DOB}) sobre el siniestro del {NEG2}.",
           "Nota {NEG}: lesionado {P}, nacido el {DOB}, atendido en urgencias el {NEG2}."],
    "it": ["{NEG}: sentito il danneggiato {P} (nato il {DOB}) per il sinistro del {NEG2}.",
           "Nota del {NEG}: il conducente {P}, nata il {DOB}, conferma la data del sinistro {NEG2}."],
    "pt": ["{NEG}: falei com o lesado {P} (nasc. {DOB}) sobre o acidente de {NEG2}.",
           "Nota {NEG}: segurado {P}, nascido em {DOB}, participou danos por água em {NEG2}."],
}


def adjuster():
    for lg in LANGS:
        for i in range(8):
            doc = D(lg, "adjuster")
            for k in range(R.choice((1, 2))):
                doc.fill(R.choice(ADJ[lg]) + "\n")
            doc.done()


# ---- police reports ------------------------------------------------------------------------------
POL = {
    "en": {"head": ["INCIDENT REPORT #{N}", "OFFENSE REPORT - Case {N}", "Arrest Report No. {N}"],
           "when": ["Date/Time of incident: {NEG} 2215 hrs", "Occurred: {NEG}", "Reported: {NEG}"],
           "blocks": ["SUSPECT: {CAPS}  W/M  DOB {DOB}  HT 5'11 WT 180",
                      "VICTIM: {CAPS}  B/F  DOB: {DOB}",
                      "WITNESS: {P} (DOB: {DOB}), cell {PH}",
                      "Subject 1: {P}, age {AGE}, d.o.b. {DOB}",
                      "ARRESTEE: {CAPS} H/M, born {ISO}",
                      "R/P: {P} DOB {DOB2}"],
           "narr": ["On {NEG} at approx 2215 hrs I responded to a disturbance. The suspect, {P} (DOB {DOB}), was detained.",
                    "Victim {P}, age {AGE}, d.o.b. {DOB}, stated that on {NEG} her vehicle was entered."]},
    "de": {"head": ["Strafanzeige Az. {N}/24", "Einsatzbericht Nr. {N}"], "when": ["Tatzeit: {NEG}, 22:15 Uhr", "Tattag: {NEG}"],
           "blocks": ["Beschuldigter: {P}, geb. {DOB}, wohnhaft in Kassel", "Geschädigte: {P}, geb. am {DOB}",
                      "Zeuge: {P} (geb. {DOB})", "Beschuldigte: {CAPS}, Geb.-Datum {DOB}"],
           "narr": ["Am {NEG} gegen 22:15 Uhr wurde der Beschuldigte {P}, geboren am {DOB}, kontrolliert."]},
    "fr": {"head": ["Procès-verbal n° {N}", "Main courante n° {N}"], "when": ["Faits du {NEG}", "Date des faits : {NEG}"],
           "blocks": ["Mis en cause : {CAPS}, né le {DOB} à Lyon", "Victime : {P}, née le {DOB}",
                      "Témoin : {P} (né le {DOB})", "Plaignant : {P}, date de naissance {DOB}"],
           "narr": ["Le {NEG} vers 22h15, nous interpellons {P}, né le {DOB} à Marseille."]},
    "nl": {"head": ["Proces-verbaal nr. {N}", "Mutatie {N}"], "when": ["Pleegdatum: {NEG}", "Datum voorval: {NEG}"],
           "blocks": ["Verdachte: {P}, geboren op {DOB} te Utrecht", "Aangever: {P}, geb. {DOB}",
                      "Getuige: {P} (geboren {DOB})"],
           "narr": ["Op {NEG} omstreeks 22.15 uur werd verdachte {P}, geboren op {DOB} te Zwolle, aangehouden."]},
    "es": {"head": ["Atestado n.º {N}", "Diligencia n.º {N}"], "when": ["Fecha de los hechos: {NEG}", "Hechos ocurridos el {NEG}"],
           "blocks": ["Detenido: {P}, nacido el {DOB} en Sevilla", "Víctima: {P}, con fecha de nacimiento {DOB}",
                      "Testigo: {P} (F. Nac.: {DOB})"],
           "narr": ["El día {NEG}, sobre las 22:15 horas, se procede a la detención de {P}, nacido el {DOB}."]},
    "it": {"head": ["Verbale n. {N}", "Denuncia-querela n. {N}"], "when": ["Data del fatto: {NEG}", "Fatti del {NEG}"],
           "blocks": ["Indagato: {P}, nato a Roma il {DOB}", "Persona offesa: {P}, nata a Bari il {DOB}",
                      "Testimone: {P} (n. {DOB})"],
           "narr": ["In data {NEG} alle ore 22:15 veniva fermato {P}, nato a Napoli il {DOB}."]},
    "pt": {"head": ["Auto de notícia n.º {N}", "Boletim de ocorrência n.º {N}"], "when": ["Data da ocorrência: {NEG}", "Factos de {NEG}"],
           "blocks": ["Suspeito: {P}, nascido em {DOB}, natural de Braga", "Vítima: {P}, nascida a {DOB}",
                      "Testemunha: {P} (data nasc. {DOB})"],
           "narr": ["No dia {NEG}, pelas 22h15, foi detido {P}, nascido em {DOB}."]},
}


class PD(D):
    def slot(self, key, kw):
        if key == "PH":
            self.span("PHONE_NUMBER", phone())
        elif key == "ISO":
            y, m, d = ymd(1950, 2005)
            self.span("DATE_OF_BIRTH", "%d-%02d-%02d" % (y, m, d))
        else:
            D.slot(self, key, kw)


def police():
    for lg in LANGS:
        p = POL[lg]
        for i in range(12 if lg == "en" else 7):
            doc = PD(lg, "police")
            doc.fill(R.choice(p["head"]) + "\n").fill(R.choice(p["when"]) + "\n\n")
            for b in R.sample(p["blocks"], min(len(p["blocks"]), R.choice((1, 2, 3)))):
                doc.fill(b + "\n")
            if R.random() < 0.6:
                doc.t("\n").fill(R.choice(p["narr"]) + "\n")
            doc.done()


# ---- profiles ------------------------------------------------------------------------------------
PROF = {
    "en": (["Birthday: {BDAY}", "Born: {DOB}", "Age: {AGE} (born {ISO})", "DOB: {DOB}"],
           ["Member since: {NEG}", "Last active: {NEG}", "Joined {NEG}"], "Location: Leeds\nLooking for: hiking buddies"),
    "de": (["Geburtstag: {BDAY}", "Geboren: {DOB}", "Alter: {AGE} (geb. {DOB})"],
           ["Mitglied seit: {NEG}", "Zuletzt online: {NEG}"], "Wohnort: Graz\nSuche: Tanzpartnerin"),
    "fr": (["Anniversaire : {BDAY}", "Née le : {DOB}", "Âge : {AGE} ans (né le {DOB})"],
           ["Membre depuis : {NEG}", "Dernière connexion : {NEG}"], "Ville : Nantes\nRecherche : partenaire de rando"),
    "nl": (["Verjaardag: {BDAY}", "Geboren: {DOB}", "Leeftijd: {AGE} (geb. {DOB})"],
           ["Lid sinds: {NEG}", "Laatst online: {NEG}"], "Woonplaats: Gent\nZoekt: tennismaatje"),
    "es": (["Cumpleaños: {BDAY}", "Nacimiento: {DOB}", "Edad: {AGE} (nací el {DOB})"],
           ["Miembro desde: {NEG}", "Última conexión: {NEG}"], "Ciudad: Zaragoza\nBusco: amistad"),
    "it": (["Compleanno: {BDAY}", "Data di nascita: {DOB}", "Età: {AGE} (nata il {DOB})"],
           ["Iscritto dal: {NEG}", "Ultimo accesso: {NEG}"], "Città: Torino\nCerco: compagni di viaggio"),
    "pt": (["Aniversário: {BDAY}", "Nascimento: {DOB}", "Idade: {AGE} (nasci em {DOB})"],
           ["Membro desde: {NEG}", "Último acesso: {NEG}"], "Cidade: Coimbra\nProcuro: amizades"),
}
BIO = {
    "en": ["Hi! I'm {G}, {AGE}, born on the {ORD} of {MON} {Y}, Scorpio, coffee addict.",
           "{G} here. b. {DOB}. Dog person."],
    "de": ["Hallo, ich bin {G}, Jahrgang {YR}, geboren am {DOB} in Jena."],
    "fr": ["Salut, moi c'est {G}, née le {DOB}, fan de randonnée."],
    "nl": ["Hoi, ik ben {G}, geboren op {DOB}, houd van fietsen."],
    "es": ["Hola, soy {G}, nací el {DOB} y me encanta viajar."],
    "it": ["Ciao, sono {G}, nata il {DOB}, amo il mare."],
    "pt": ["Olá, sou a {G}, nasci a {DOB}, adoro surf."],
}


class PR(PD):
    def slot(self, key, kw):
        if key == "BDAY":
            y, m, d = ymd(1960, 2005)
            mo = MONTHS[self.lg][m - 1]
            v = {"en": R.choice(["%s %d" % (mo, d), "%d %s" % (d, mo), "%s %s" % (ordinal_en(d), mo)]),
                 "de": "%d. %s" % (d, mo), "es": "%d de %s" % (d, mo), "pt": "%d de %s" % (d, mo)}.get(self.lg, "%d %s" % (d, mo))
            self.span("DATE_OF_BIRTH", v)
        elif key == "ORD":
            # the en bio's spelled form is one span: "the 4th of July 1993" -> "4th of July 1993"
            y, m, d = ymd(1960, 2005)
            self.span("DATE_OF_BIRTH", "%s of %s %d" % (ordinal_en(d), MONTHS["en"][m - 1], y))
            kw["skip"] = True
        elif key in ("MON", "Y"):
            pass
        elif key == "YR":
            self.t(str(R.randint(1960, 2004)))
        else:
            PD.slot(self, key, kw)


def profile():
    for lg in LANGS:
        born, meta, rest = PROF[lg]
        for i in range(10):
            doc = PR(lg, "profile")
            if i % 3 == 2:
                b = R.choice(BIO[lg]).replace(" of {MON} {Y}", "")
                doc.fill(b + "\n").fill(R.choice(meta) + "\n")
            else:
                doc.t(R.choice(["Profile: ", "@", "Username: "]) if lg == "en" else "").fill("{G}\n")
                doc.fill(R.choice(born) + "\n" + rest + "\n")
                doc.fill(R.choice(meta) + "\n")
            doc.done()


# ---- voicemail -----------------------------------------------------------------------------------
ONES = ["", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
        "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
ORDS = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
        "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
        "seventeenth", "eighteenth", "nineteenth", "twentieth"]


def ord_words(d):
    if d <= 20:
        return ORDS[d]
    return TENS[d // 10] + "-" + ORDS[d % 10]


def year_words(y):
    hi, lo = divmod(y, 100)
    lo_w = ONES[lo] if lo < 20 else TENS[lo // 10] + (R.choice([" ", "-"]) + ONES[lo % 10] if lo % 10 else "")
    if hi == 20:
        return "two thousand" + (" and " + lo_w if lo else "")
    if lo < 10:
        lo_w = "oh " + ONES[lo]
    return ONES[hi] + " " + lo_w


VM = {
    "en": ["Hi, this is {P} calling about my claim, my date of birth is {SPOKEN}, please call me back at {PH}.",
           "uh yeah hi it's {P} um I'm calling to reschedule my appointment on {NEG}, my date of birth is {DOB}, thanks bye",
           "Hello, {P} here, born on {DOB2}, returning your call about the refill. My number is {PH}.",
           "hi this message is for doctor {G}, this is {P}, d o b {SPOKEN}, I had a question about my results"],
    "de": ["Ja hallo, hier ist {P}, mein Geburtsdatum ist der {DOB}, es geht um den Termin am {NEG}, Rückruf bitte unter {PH}.",
           "Guten Tag, {P}, geboren am {DOB}, ich rufe wegen meines Rezepts an."],
    "fr": ["Bonjour, c'est {P}, née le {DOB}, je vous appelle pour mon rendez-vous du {NEG}, merci de me rappeler au {PH}.",
           "Oui bonjour, {P}, date de naissance {DOB}, c'est pour le dossier de sinistre."],
    "nl": ["Hallo, met {P}, geboortedatum {DOB}, ik bel over de afspraak van {NEG}, bel me terug op {PH}."],
    "es": ["Hola, soy {P}, mi fecha de nacimiento es el {DOB}, llamo por la cita del {NEG}, mi número es {PH}."],
    "it": ["Buongiorno, sono {P}, nata il {DOB}, chiamo per l'appuntamento del {NEG}, richiamatemi al {PH}."],
    "pt": ["Olá, fala {P}, data de nascimento {DOB}, ligo por causa da consulta de {NEG}, o meu número é {PH}."],
}


class VD(PD):
    def slot(self, key, kw):
        if key == "SPOKEN":
            y, m, d = ymd(1940, 2004)
            mo = MONTHS["en"][m - 1]
            v = R.choice(["the %s of %s %s" % (ord_words(d), mo, year_words(y)),
                          "%s %s, %s" % (mo, ord_words(d), year_words(y)),
                          "%s %s %d" % (mo, ordinal_en(d), y)])
            if v.startswith("the "):
                self.t("the ")
                v = v[4:]
            self.span("DATE_OF_BIRTH", v)
        else:
            PD.slot(self, key, kw)


def voicemail():
    for lg in LANGS:
        for i in range(12 if lg == "en" else 5):
            doc = VD(lg, "voicemail")
            head = {"en": "Voicemail from {PH} received ", "de": "Sprachnachricht von {PH}, empfangen am ",
                    "fr": "Message vocal de {PH} reçu le ", "nl": "Voicemail van {PH}, ontvangen op ",
                    "es": "Mensaje de voz de {PH} recibido el ", "it": "Messaggio vocale da {PH} ricevuto il ",
                    "pt": "Mensagem de voz de {PH} recebida em "}[lg]
            doc.fill(head + "{NEG} 10:14\nTranscription:\n" if lg == "en" else head + "{NEG} 10:14\n")
            doc.fill(R.choice(VM[lg]) + "\n")
            doc.done()


# ---- veterinary records: the owner's birth date is a person's, the animal's is not ----------------
VET = {
    "en": ("Owner: {P}\nOwner DOB: {DOB}\nPhone: {PH}", "Patient: {PET}\nSpecies: {SP}  Breed: mixed  Sex: MN\nDOB: {PETDOB}",
           "Visit date: {NEG}", ["canine", "feline", "Canine", "Feline"]),
    "de": ("Tierhalter: {P}, geb. {DOB}\nTel.: {PH}", "Patient: {PET}, {SP}, geb. {PETDOB}", "Behandlung am: {NEG}", ["Hund", "Katze"]),
    "fr": ("Propriétaire : {P}, né(e) le {DOB}\nTél. : {PH}", "Animal : {PET}\nEspèce : {SP}\nDate de naissance : {PETDOB}",
           "Consultation du {NEG}", ["chien", "chat"]),
    "nl": ("Eigenaar: {P}, geboortedatum {DOB}\nTel: {PH}", "Patiënt: {PET} ({SP})\nGeboortedatum: {PETDOB}",
           "Consult: {NEG}", ["hond", "kat"]),
    "es": ("Propietario: {P}\nFecha de nacimiento: {DOB}\nTel.: {PH}", "Paciente: {PET}\nEspecie: {SP}\nFecha de nacimiento: {PETDOB}",
           "Fecha de consulta: {NEG}", ["canino", "felino"]),
    "it": ("Proprietario: {P}, nato il {DOB}\nTel.: {PH}", "Paziente: {PET}, specie: {SP}, nato il {PETDOB}",
           "Visita del {NEG}", ["cane", "gatto"]),
    "pt": ("Tutor: {P}, data de nascimento {DOB}\nTel.: {PH}", "Paciente: {PET}\nEspécie: {SP}\nData de nascimento: {PETDOB}",
           "Consulta em {NEG}", ["canina", "felina"]),
}


class VT(PD):
    def slot(self, key, kw):
        if key == "SP":
            self.t(R.choice(VET[self.lg][3]))
        else:
            PD.slot(self, key, kw)


def vet():
    for lg in LANGS:
        owner, pet, visit, _ = VET[lg]
        for i in range(6):
            doc = VT(lg, "vet")
            doc.fill(visit + "\n\n")
            if i % 2 == 0:
                doc.fill(owner + "\n\n" + pet + "\n")
            else:
                doc.fill(pet + "\n\n" + owner + "\n")
            doc.t("Weight: %.1f kg\n" % (R.uniform(3, 40)) if lg == "en" else "")
            doc.done()


# ---- look-alikes: famous births, bare years, other dates after birth-ish words --------------------
NEG = {
    "en": ["Fun fact: I share my birthday with {FAM} (born {FDATE}).", "{FAM} was born on {FDATE} - we read about him today.",
           "I was born in {YR}, so I'm a millennial.", "Class of '{YY}, born and raised in Ohio.",
           "Birth certificate issued {NEG}, reference {N}.", "Policy start {NEG}, the insured's birth year {YR} on file."],
    "de": ["{FAM} wurde am {FDATE} geboren.", "Ich bin Jahrgang {YR}.", "Geburtsurkunde ausgestellt am {NEG}."],
    "fr": ["{FAM} est né le {FDATE}.", "Je suis née en {YR}.", "Acte de naissance délivré le {NEG}."],
    "nl": ["{FAM} werd geboren op {FDATE}.", "Ik ben van {YR}.", "Geboorteakte afgegeven op {NEG}."],
    "es": ["{FAM} nació el {FDATE}.", "Nací en {YR}.", "Partida de nacimiento expedida el {NEG}."],
    "it": ["{FAM} nacque il {FDATE}.", "Sono del {YR}.", "Certificato di nascita rilasciato il {NEG}."],
    "pt": ["{FAM} nasceu em {FDATE}.", "Nasci em {YR}.", "Certidão de nascimento emitida em {NEG}."],
}


class ND(PR):
    def slot(self, key, kw):
        if key == "FAM":
            f = R.choice(FAMOUS)
            kw["f"] = f
            self.t(f[0])
        elif key == "FDATE":
            _, y, m, d = kw["f"]
            self.span("NEG_DATE", worded(self.lg, y, m, d))
        elif key == "YY":
            self.t("%02d" % R.randint(0, 99))
        else:
            PR.slot(self, key, kw)


def neg():
    for lg in LANGS:
        for i in range(5):
            doc = ND(lg, "neg")
            kw = {}
            doc.fill(R.choice(NEG[lg]) + "\n", **kw)
            doc.done()


def probe():
    """Shapes found by probing after the first measurement (see the docstring)."""
    for k in range(12):
        doc = D("en", "probe")
        y, m, d = ymd(1950, 2004)
        who = R.choice(["her", "him", "mum", "dad", "them"])
        doc.t("me: %s\n%s: " % (R.choice(["whats ur dob? for the form", "what's your date of birth",
                                            "need ur dob for the booking pls"]), who))
        doc.span("DATE_OF_BIRTH", numeric("en", y, m, d, two=k % 2 == 0)).t("\nme: thx\n")
        doc.t("me: dinner pls, which day works\n%s: " % who).span("NEG_DATE", recent("en")).t("\n")
        doc.done()
    for k in range(12):
        doc = PD("en", "probe")
        y, m, d = ymd(1950, 2004)
        age = 2024 - y
        shape = k % 4
        if shape == 0:
            doc.t(R.choice(["Age/DOB: %d / ", "AGE/DOB: %d, "]) % age).span("DATE_OF_BIRTH", numeric("en", y, m, d))
        elif shape == 1:
            doc.t("Witness: ").fill("{P}").t(", %d %s, " % (age, R.choice(["y/o", "yrs", "years"]))).span(
                "DATE_OF_BIRTH", numeric("en", y, m, d))
        elif shape == 2:
            doc.t("SUSPECT: ").fill("{CAPS}").t("\nRace: W  Sex: M\nDOB: ").span("DATE_OF_BIRTH", numeric("en", y, m, d))
        else:
            doc.t("ER note: dog bite to left hand\nPatient: ").fill("{P}").t("\nDOB: ").span(
                "DATE_OF_BIRTH", numeric("en", y, m, d))
        doc.t("\nPolicy/Start: 2024, ").span("NEG_DATE", recent("en")).t("\n")
        doc.t("Team of %d y/o founders, " % R.randint(20, 40)).span("NEG_DATE", recent("en")).t(" launch\n")
        doc.done()
    for lg, lab in [("en", "Birthday: "), ("de", "Geburtstag: "), ("en", "Bday: "), ("de", "Geburtstag: ")] * 2:
        doc = PD(lg, "probe")
        y, m, d = ymd(1950, 2004)
        v = "%02d/%02d" % (m, d) if lg == "en" else "%d.%d." % (d, m)
        doc.t(lab).span("DATE_OF_BIRTH", v).t("\n")
        doc.t("Member since: " if lg == "en" else "Mitglied seit: ").span("NEG_DATE", recent(lg)).t("\n")
        doc.done()
    for k, mo in enumerate(MONTHS["en"]):
        doc = VD("en", "probe")
        y, m, d = ymd(1940, 2004)
        doc.t("Hi, this is ").fill("{P}").t(", my date of birth is ")
        if k % 2:
            doc.t("the ").span("DATE_OF_BIRTH", "%s of %s %s" % (ord_words(d), mo, year_words(y)))
        else:
            doc.span("DATE_OF_BIRTH", "%s %s, %s" % (mo, ord_words(d), year_words(y)))
        doc.t(", please call me back.\nThe meeting moved to %s %s.\n" % (mo, ord_words(R.randint(1, 28))))
        doc.done()
    for k in range(6):
        doc = PD("it", "probe")
        doc.t("Testimone: ").fill("{P}").t(" (n. ").fill("{DOB}").t(")\nData del fatto: ").fill("{NEG}\n")
        doc.done()


sms()
claim()
adjuster()
police()
profile()
voicemail()
vet()
neg()
probe()
gen_common.write_json(records)
