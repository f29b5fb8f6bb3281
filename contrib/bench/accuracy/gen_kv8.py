#!/usr/bin/env python3
"""gen_kv8.py: a TUNE corpus for the NAMES pack (issue 15), data/kv8.json.

Written (branch `kv8`) from the lead's count of names_holdout7's misses (shapes only, no record):
names as the values of role labels and attributes in registers, logs and notes. My own wordings,
layouts and invented names, in en/de/fr/nl/es/it/pt:

  role    a role label then a colon then a name: company and land registers (managing director,
          authorised signatory, proprietor, liquidator, first holder), case handlers of an office
          or a claims file, press releases' media contacts, ride-share and delivery roles, event
          roles, ticket and membership holders, a second contact, kin in forms, students; the
          same labels before a company, a place, a product, a team or a department as look-alikes
          ("Driver: DHL Express", "Host: Zoom", "Leader: Team Blue");
  attr    courier, scan and audit log lines with `key=Name Surname` and `key="Name Surname"`
          (signer, recipient, received_by, driver...); the same keys before depots, hubs,
          service accounts and status words as look-alikes;
  deed    deeds and contracts whose parties are numbered ("(1) NAME SURNAME (the "Seller")") or
          under labels in capitals ("SELLER: ...", "PRIMEIRO OUTORGANTE: ..."); companies as
          parties as look-alikes;
  note    KYC / AML case notes: dated lines ("2026-05-01 – call with NAME", "– NAME confirmed"),
          a label in mixed case then a name then another label on the same line; teams and
          banks in the same places as look-alikes.

Names are invented from syllables and kept only when hush's lexicon has no such word.
Deterministic (fixed seed), Python stdlib only: python3 gen_kv8.py > data/kv8.json
"""
import random

from gen_common import write_json
from lexicon_words import lexicon_words

R = random.Random(8808)
LEX = {w.lower() for w in lexicon_words(with_global=True)}
LANGS = ["en", "de", "fr", "nl", "es", "it", "pt"]

# Syllables per language (given stems, given endings, surname stems, surname endings), my own.
SYL = {
    "en": ("bry cad dor fen gwil hob jas kel lem mor nev pel quen rod sal tam", "elle yn iah ot ra",
           "ack bram chil dar eld frost gor hux marl nor pim quar sedg thorn", "well by field more sey"),
    "de": ("adal ber dit eb gis hen ing jol kas leu mech nor rup sten", "hard wine lind bald ine",
           "auer brem dach eng falk grub hal karr lind mett pfa rost schl", "maier huber ler wald inger"),
    "fr": ("aur bas cél dam fer gil hon jul lau mor nad oph ran sol", "ine elle ien ard ore",
           "bech cour dum fav gon lach mar pouj rav sarr tess vign", "ot iere ac ault eux ant"),
    "nl": ("ber dirk ell fem gijs hen jor kla lot mei noor rut siem tij", "ke ina je ard ien",
           "bijl dek ger hul kruis lam meul ploeg rade stee vlo wier", "man sen ink stra ing"),
    "es": ("ama bel cand dio est flor gen hor isa jac lor mil nie pau", "ncia ldo rino lia ana",
           "ace bau cer dom esp guer lla mor nav pul rive sotr val", "edo ejo añez uela iga"),
    "it": ("ada bru cel dan eli fau gem ila lud mir nic ote pao", "ilde ando etto ina ero",
           "amb bon cer dam fol ghir lanz merc pet rag scar tos vent", "elli uzzi oni asso ieri"),
    "pt": ("abí bre cid dul eva fla gra hel iri jos leo nel oto rui", "lino nda mara val ria",
           "alv bran carv dom fag gual lob mour pim quel ser tei vaz", "eira ões ado inha elo"),
}
PARTICLE = {"en": [], "de": ["von"], "fr": ["de", "Le"], "nl": ["van", "de", "van den"],
            "es": ["de", "del"], "it": ["De", "Di"], "pt": ["da", "dos"]}


def invent(lg, sur):
    a, b = (2, 3) if sur else (0, 1)
    stems, ends = SYL[lg][a].split(), SYL[lg][b].split()
    while True:
        w = "".join(R.choice(stems) for _ in range(R.randint(1, 2))) + R.choice(ends)
        if 4 <= len(w) <= 12 and w.lower() not in LEX:
            return w.capitalize()


def full(lg, style=None):
    g, s = invent(lg, False), invent(lg, True)
    if PARTICLE[lg] and R.random() < 0.12:
        s = R.choice(PARTICLE[lg]) + " " + s
    style = style or R.choice(["plain"] * 6 + ["caps", "comma_caps", "initial", "two"])
    if style == "caps":
        return f"{g} {s}".upper()
    if style == "comma_caps":
        return f"{s.upper()}, {g}"
    if style == "initial":
        return f"{g[0]}. {s}"
    if style == "two":
        return f"{g} {invent(lg, False)} {s}"
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

    def out(self, shape, lg):
        for s in self.spans:
            assert self.text[s["start_position"]:s["end_position"]] == s["entity_value"]
        return {"full_text": self.text, "spans": self.spans,
                "metadata": {"shape": shape, "lang": lg}}


def colon(lg):
    return " : " if lg == "fr" and R.random() < 0.7 else ": "


# ---- role: a role label, a colon, a name -------------------------------------------------------
ROLES = {
    "en": ["Managing Director", "Director", "Company secretary", "Authorised signatory",
           "Authorized signatory", "Proxy", "Attorney-in-fact", "Owner", "Registered owner",
           "Proprietor", "Partner", "Limited partner", "General partner", "Liquidator",
           "Receiver", "Administrator", "First holder", "Second holder", "Joint holder",
           "Beneficial owner", "Shareholder", "Handled by", "Case officer", "Claims handler",
           "Adjuster", "Loss adjuster", "Assigned to", "Caseworker", "Processed by",
           "Media contact", "Press contact", "Press enquiries", "Spokesperson", "Rider",
           "Driver", "Courier", "Recipient", "Received by", "Signed for by", "Delivered to",
           "Collected by", "Host", "Co-host", "Moderator", "Chair", "Leader", "Group leader",
           "Speaker", "Keynote", "Panellist", "Organiser", "Co-organiser", "Organizer",
           "Ticket holder", "Member", "Membership holder", "Card holder", "Second contact",
           "Third contact", "Alternate contact", "Emergency contact", "Mother", "Father",
           "Guardian", "Student", "Pupil", "Trainee", "Mentor", "Tutor", "Supervisor",
           "Inspector", "Surveyor", "Notary", "Witnessed by", "Approved by", "Reviewed by",
           "Prepared by", "Tenant", "Landlord", "Lessee", "Lessor", "Insured", "Policyholder",
           "Claimant", "Beneficiary", "Executor", "Trustee", "Settlor", "Account manager",
           "Relationship manager", "Introducer", "Referee", "Sponsor", "Volunteer",
           "Passenger", "Lead passenger", "Booked by", "Guest", "Main guest", "Instructor"],
    "de": ["Geschäftsführer", "Geschäftsführerin", "Prokurist", "Prokuristin", "Vorstand",
           "Inhaber", "Inhaberin", "Eigentümer", "Eigentümerin", "Gesellschafter",
           "Kommanditist", "Komplementär", "Liquidator", "Insolvenzverwalter",
           "Erster Kontoinhaber", "Zweiter Kontoinhaber", "Bevollmächtigter", "Vertreter",
           "Sachbearbeiter", "Sachbearbeiterin", "Bearbeiter", "Zuständig", "Schadenregulierer",
           "Gutachter", "Pressekontakt", "Ansprechpartner", "Ansprechpartnerin", "Pressesprecher",
           "Fahrer", "Fahrerin", "Kurier", "Zusteller", "Empfänger", "Empfängerin",
           "Übernommen von", "Gastgeber", "Moderation", "Moderatorin", "Leitung", "Referent",
           "Referentin", "Veranstalter", "Mitveranstalterin", "Karteninhaber", "Mitglied",
           "Zweiter Ansprechpartner", "Notfallkontakt", "Mutter", "Vater", "Vormund",
           "Schüler", "Schülerin", "Student", "Studentin", "Betreuer", "Prüfer", "Notar",
           "Mieter", "Vermieter", "Versicherungsnehmer", "Begünstigter", "Erbe",
           "Testamentsvollstrecker", "Kundenberater", "Trainerin", "Fahrgast", "Gebucht von"],
    "fr": ["Gérant", "Gérante", "Président", "Directeur général", "Mandataire",
           "Fondé de pouvoir", "Propriétaire", "Associé", "Associée", "Liquidateur",
           "Administrateur judiciaire", "Premier titulaire", "Deuxième titulaire",
           "Cotitulaire", "Titulaire", "Dossier suivi par", "Affaire suivie par",
           "Chargé de dossier", "Chargée de clientèle", "Gestionnaire", "Expert",
           "Contact presse", "Relations presse", "Porte-parole", "Chauffeur", "Livreur",
           "Livreuse", "Coursier", "Destinataire", "Reçu par", "Remis à", "Hôte", "Animateur",
           "Animatrice", "Modérateur", "Responsable", "Intervenant", "Intervenante",
           "Organisateur", "Co-organisatrice", "Détenteur du billet", "Adhérent", "Adhérente",
           "Second contact", "Personne à prévenir", "Mère", "Père", "Tuteur", "Élève",
           "Étudiant", "Étudiante", "Stagiaire", "Encadrant", "Notaire", "Locataire",
           "Bailleur", "Assuré", "Souscripteur", "Bénéficiaire", "Exécuteur testamentaire",
           "Conseiller", "Conseillère", "Passager", "Réservé par"],
    "nl": ["Bestuurder", "Directeur", "Gevolmachtigde", "Procuratiehouder", "Eigenaar",
           "Eigenaresse", "Vennoot", "Beherend vennoot", "Curator", "Vereffenaar",
           "Eerste rekeninghouder", "Tweede rekeninghouder", "Behandeld door",
           "Behandelaar", "Dossierbeheerder", "Schade-expert", "Contactpersoon",
           "Perscontact", "Woordvoerder", "Chauffeur", "Bezorger", "Koerier", "Ontvanger",
           "Ontvangen door", "Afgegeven aan", "Gastheer", "Gastvrouw", "Presentator",
           "Gespreksleider", "Leiding", "Spreker", "Spreekster", "Organisator",
           "Mede-organisator", "Kaarthouder", "Lid", "Tweede contactpersoon", "Moeder",
           "Vader", "Voogd", "Leerling", "Student", "Studente", "Stagiair", "Begeleider",
           "Notaris", "Huurder", "Verhuurder", "Verzekeringnemer", "Begunstigde", "Erfgenaam",
           "Executeur", "Accountmanager", "Passagier", "Geboekt door"],
    "es": ["Administrador único", "Administradora", "Consejero delegado", "Apoderado",
           "Apoderada", "Titular", "Propietario", "Propietaria", "Socio", "Socia",
           "Liquidador", "Administrador concursal", "Primer titular", "Segundo titular",
           "Cotitular", "Tramitado por", "Gestor del expediente", "Tramitadora", "Perito",
           "Contacto de prensa", "Portavoz", "Conductor", "Conductora", "Repartidor",
           "Mensajero", "Destinatario", "Recibido por", "Entregado a", "Anfitrión",
           "Anfitriona", "Moderador", "Moderadora", "Responsable", "Ponente", "Organizador",
           "Coorganizadora", "Titular de la entrada", "Segundo contacto",
           "Madre", "Padre", "Tutor legal", "Alumno", "Alumna", "Estudiante", "Becario",
           "Notario", "Arrendatario", "Arrendador", "Tomador", "Beneficiario", "Heredero",
           "Albacea", "Gestor comercial", "Pasajero", "Reservado por"],
    "it": ["Amministratore unico", "Amministratore delegato", "Procuratore", "Procuratrice",
           "Titolare", "Proprietario", "Proprietaria", "Socio accomandatario", "Liquidatore",
           "Curatore fallimentare", "Primo intestatario", "Secondo intestatario",
           "Cointestatario", "Pratica gestita da", "Responsabile del procedimento",
           "Liquidatore sinistri", "Perito", "Referente", "Contatto stampa", "Ufficio stampa",
           "Portavoce", "Autista", "Rider", "Corriere", "Fattorino", "Destinatario",
           "Ricevuto da", "Consegnato a", "Padrone di casa", "Conduttore", "Moderatrice",
           "Relatore", "Relatrice", "Organizzatore", "Co-organizzatrice", "Intestatario",
           "Socio", "Secondo contatto", "Madre", "Padre", "Tutore", "Alunno", "Studente",
           "Studentessa", "Tirocinante", "Notaio", "Conduttrice", "Locatore", "Contraente",
           "Beneficiario", "Erede", "Esecutore testamentario", "Gestore", "Passeggero",
           "Prenotato da"],
    "pt": ["Gerente", "Sócio-gerente", "Administrador", "Procurador", "Procuradora",
           "Proprietário", "Proprietária", "Sócio", "Sócia", "Liquidatário",
           "Administrador de insolvência", "Primeiro titular", "Segundo titular",
           "Cotitular", "Titular", "Processo tratado por", "Gestor do processo", "Técnica",
           "Perito avaliador", "Contacto de imprensa", "Assessoria de imprensa", "Porta-voz",
           "Motorista", "Estafeta", "Entregador", "Destinatário", "Recebido por",
           "Entregue a", "Anfitrião", "Anfitriã", "Moderador", "Moderadora", "Orador",
           "Oradora", "Organizador", "Coorganizadora", "Titular do bilhete", "Associado",
           "Segundo contacto", "Mãe", "Pai", "Encarregado de educação", "Aluno", "Aluna",
           "Estudante", "Estagiário", "Notário", "Arrendatário", "Senhorio", "Tomador do seguro",
           "Beneficiário", "Herdeiro", "Cabeça de casal", "Gestor de cliente", "Passageiro",
           "Reservado por"],
}
# The same labels before what is not a person.
ROLE_NEG = {
    "en": [("Owner", "Acme Holdings Ltd", "NEG_ORG"), ("Driver", "DHL Express", "NEG_ORG"),
           ("Host", "Zoom", "NEG_PRODUCT"), ("Leader", "Team Blue", "NEG_ORG"),
           ("Handled by", "Claims Department", "NEG_ORG"), ("Courier", "Royal Mail", "NEG_ORG"),
           ("Organiser", "Riverside Rotary Club", "NEG_ORG"), ("Venue", "Harbour Hall",
                                                              "NEG_PLACE"),
           ("Proprietor", "Northgate Estates LLP", "NEG_ORG"), ("Assigned to", "Tier 2 Support",
                                                                  "NEG_ORG"),
           ("Speaker", "Bose SoundLink", "NEG_PRODUCT"), ("Recipient", "Accounts Payable",
                                                         "NEG_ORG")],
    "de": [("Inhaber", "Müller Bau GmbH", "NEG_ORG"), ("Fahrer", "Hermes Logistik",
                                                        "NEG_ORG"),
           ("Gastgeber", "Microsoft Teams", "NEG_PRODUCT"), ("Leitung", "Team Nord",
                                                             "NEG_ORG"),
           ("Zuständig", "Abteilung Schaden", "NEG_ORG"), ("Veranstalter", "Stadtwerke Kassel",
                                                          "NEG_ORG"),
           ("Eigentümer", "Wohnbau Süd AG", "NEG_ORG")],
    "fr": [("Propriétaire", "SCI Les Tilleuls", "NEG_ORG"), ("Livreur", "Chronopost",
                                                              "NEG_ORG"),
           ("Hôte", "Google Meet", "NEG_PRODUCT"), ("Responsable", "Service client",
                                                    "NEG_ORG"),
           ("Organisateur", "Mairie de Nantes", "NEG_ORG"), ("Dossier suivi par",
                                                             "Pôle sinistres", "NEG_ORG")],
    "nl": [("Eigenaar", "Bouwbedrijf Noord B.V.", "NEG_ORG"), ("Bezorger", "PostNL",
                                                                "NEG_ORG"),
           ("Gastheer", "Webex", "NEG_PRODUCT"), ("Behandeld door", "Afdeling Schade",
                                                  "NEG_ORG"),
           ("Organisator", "Gemeente Utrecht", "NEG_ORG")],
    "es": [("Propietario", "Inmobiliaria Levante S.L.", "NEG_ORG"), ("Repartidor", "SEUR",
                                                                      "NEG_ORG"),
           ("Anfitrión", "Zoom", "NEG_PRODUCT"), ("Tramitado por", "Departamento de Siniestros",
                                                  "NEG_ORG"),
           ("Organizador", "Ayuntamiento de Cádiz", "NEG_ORG")],
    "it": [("Titolare", "Ferramenta Rossi S.r.l.", "NEG_ORG"), ("Corriere", "BRT",
                                                                 "NEG_ORG"),
           ("Relatore", "Ufficio Legale", "NEG_ORG"), ("Organizzatore", "Comune di Parma",
                                                       "NEG_ORG"),
           ("Pratica gestita da", "Ufficio Sinistri", "NEG_ORG")],
    "pt": [("Proprietário", "Imobiliária Atlântico Lda", "NEG_ORG"), ("Estafeta", "CTT Expresso",
                                                                      "NEG_ORG"),
           ("Anfitrião", "Microsoft Teams", "NEG_PRODUCT"), ("Organizador",
                                                            "Câmara Municipal de Braga",
                                                            "NEG_ORG"),
           ("Processo tratado por", "Departamento Jurídico", "NEG_ORG")],
}
TITLES = {"en": ["Ms", "Mr", "Dr", "Mrs"], "de": ["Frau", "Herr", "Dr."], "fr": ["Mme", "M."],
          "nl": ["mevr.", "dhr."], "es": ["Sra.", "D.ª", "D."], "it": ["Sig.ra", "Dott."],
          "pt": ["Sr.", "Dra."]}
TAILS = {"en": [" (since 2019)", " (ref. {})", " – acting", ", appointed 3 March 2021",
                " / desk {}"],
         "de": [" (einzelvertretungsberechtigt)", " (Az. {})", " (seit 2020)"],
         "fr": [" (depuis 2018)", " (réf. {})", " – associé unique"],
         "nl": [" (sinds 2017)", " (ref. {})"], "es": [" (desde 2016)", " (ref. {})"],
         "it": [" (dal 2015)", " (rif. {})"], "pt": [" (desde 2014)", " (ref.ª {})"]}


def role(lg):
    r = Rec()
    head = R.choice([None, None, "Registry extract", "Claim file", "Event sheet", "Booking",
                     "Delivery note", "Press release", "Membership"])
    if head:
        r.add(f"{head} #{R.randint(1000, 99999)}\n")
    labels = R.sample(ROLES[lg], R.randint(2, 4))
    sep = R.choice(["\n", "\n", "; ", " | "])
    negs = R.sample(ROLE_NEG[lg], 1) if R.random() < 0.55 else []
    items = [(lab, None) for lab in labels] + [(n[0], n) for n in negs]
    R.shuffle(items)
    for i, (lab, neg) in enumerate(items):
        if i:
            r.add(sep)
        r.add(lab + colon(lg))
        if neg:
            r.add(neg[1], neg[2])
            continue
        if R.random() < 0.15:
            r.add(R.choice(TITLES[lg]) + " ")
        r.add(full(lg), "PERSON")
        if R.random() < 0.2:
            r.add(R.choice(TAILS[lg]).format(R.randint(10, 99)))
    r.add("\n")
    return r.out("role", lg)


# ---- attr: key=value pairs in log lines ---------------------------------------------------------
KEYS = ["signer", "signed_by", "recipient", "recipient_name", "received_by", "receiver",
        "driver", "driver_name", "courier", "courier_name", "pod_name", "pod_signatory",
        "handed_to", "delivered_to", "consignee", "consignee_name", "collected_by",
        "picked_up_by", "contact", "contact_name", "customer", "customer_name", "approver",
        "approved_by", "agent", "agent_name", "operator", "user_name", "fullName", "signedBy",
        "receivedBy", "handedTo", "driverName", "recipientName", "empfaenger", "fahrer",
        "destinataire", "livreur", "ontvanger", "destinatario", "repartidor", "autista",
        "destinatario_nome", "estafeta", "rider", "rider_name", "owner", "holder", "assignee",
        "reporter", "witness", "guardian", "passenger", "patient_name", "tenant"]
EVENTS = ["DELIVERED", "OUT_FOR_DELIVERY", "SCAN", "POD", "HANDOVER", "PICKUP", "ATTEMPT",
          "RETURNED", "INFO", "WARN", "audit", "event=signature", "status=ok"]
ATTR_NEG = [("driver", "dpd-route-14", "NEG_CODE"), ("courier", "UPS", "NEG_ORG"),
            ("recipient", "front desk", "NEG_TERM"), ("received_by", "Reception", "NEG_TERM"),
            ("pod_name", "web-7f9c4d-x2kq", "NEG_CODE"), ("signer", "svc-docusign", "NEG_CODE"),
            ("handed_to", "neighbour", "NEG_TERM"), ("depot", "Leipzig Nord", "NEG_PLACE"),
            ("hub", "AMS-2", "NEG_CODE"), ("carrier", "GLS Italy", "NEG_ORG"),
            ("owner", "team-payments", "NEG_CODE"), ("consignee", "Stadtbibliothek Graz",
                                                     "NEG_ORG"),
            ("customer", "Acme Corp", "NEG_ORG"), ("approver", "auto", "NEG_TERM"),
            ("location", "Porto Campanhã", "NEG_PLACE")]


def ts():
    return (f"2026-{R.randint(1, 12):02d}-{R.randint(1, 28):02d}"
            f"{R.choice(['T', ' '])}{R.randint(0, 23):02d}:{R.randint(0, 59):02d}:"
            f"{R.randint(0, 59):02d}{R.choice(['Z', '', '.412Z', '+02:00'])}")


def attr(lg):
    r = Rec()
    n = R.randint(2, 5)
    for i in range(n):
        r.add(ts() + " " + R.choice(EVENTS) + " ")
        r.add(f"awb={R.randint(10**9, 10**10)} " if R.random() < 0.6 else
              f"shipment_id={R.choice('ABCDEFGH')}{R.randint(10**6, 10**7)} ")
        if R.random() < 0.25:
            k, v, lab = R.choice(ATTR_NEG)
            q = '"' if " " in v or R.random() < 0.4 else ""
            r.add(f"{k}={q}")
            r.add(v, lab)
            r.add(q)
        else:
            k = R.choice(KEYS)
            quote = R.choice(['"', '"', "", "'"])
            style = R.choice(["plain"] * 5 + ["caps", "initial"])
            if quote == "":
                style = R.choice(["plain", "plain", "caps"])
            r.add(f"{k}{R.choice(['=', '=', ': ' if quote else '='])}{quote}")
            r.add(full(lg, style), "PERSON")
            r.add(quote)
        r.add(R.choice([" status=delivered", " sig=yes", f" seq={R.randint(1, 99)}",
                        " photo=1", "", f" lat=4{R.randint(0, 9)}.{R.randint(1000, 9999)}"]))
        r.add("\n")
    return r.out("attr", lg)


# ---- deed: numbered parties and capital labels ---------------------------------------------------
PARTY_ROLE = {
    "en": ["Seller", "Buyer", "Vendor", "Purchaser", "Landlord", "Tenant", "Lender", "Borrower",
           "Guarantor", "Assignor", "Assignee", "Licensor", "Licensee", "Donor", "Employee"],
    "de": ["Verkäufer", "Käufer", "Vermieter", "Mieter", "Darlehensgeber", "Darlehensnehmer",
           "Bürge", "Schenker"],
    "fr": ["Vendeur", "Acquéreur", "Bailleur", "Preneur", "Prêteur", "Emprunteur", "Caution",
           "Donateur"],
    "nl": ["Verkoper", "Koper", "Verhuurder", "Huurder", "Geldgever", "Geldnemer", "Borg"],
    "es": ["Vendedor", "Comprador", "Arrendador", "Arrendatario", "Prestamista", "Prestatario",
           "Fiador"],
    "it": ["Venditore", "Acquirente", "Locatore", "Conduttore", "Mutuante", "Mutuatario",
           "Fideiussore"],
    "pt": ["Vendedor", "Comprador", "Senhorio", "Arrendatário", "Mutuante", "Mutuário",
           "Fiador"],
}
CAPS_LABELS = {
    "en": ["SELLER", "BUYER", "VENDOR", "PURCHASER", "LANDLORD", "TENANT", "BORROWER",
           "GUARANTOR", "TRANSFEROR", "TRANSFEREE", "WITNESS", "DONOR", "ATTORNEY"],
    "de": ["VERKÄUFER", "KÄUFER", "VERMIETER", "MIETER", "ERSCHIENENER", "ERSCHIENENE",
           "BÜRGE"],
    "fr": ["LE VENDEUR", "L'ACQUÉREUR", "LE BAILLEUR", "LE PRENEUR", "COMPARANT",
           "LA CAUTION"],
    "nl": ["VERKOPER", "KOPER", "VERHUURDER", "HUURDER", "COMPARANT", "BORG"],
    "es": ["VENDEDOR", "COMPRADOR", "ARRENDADOR", "ARRENDATARIO", "COMPARECIENTE", "FIADOR"],
    "it": ["VENDITORE", "ACQUIRENTE", "LOCATORE", "CONDUTTORE", "COMPARENTE", "FIDEIUSSORE"],
    "pt": ["PRIMEIRO OUTORGANTE", "SEGUNDO OUTORGANTE", "TERCEIRO OUTORGANTE", "VENDEDOR",
           "COMPRADOR", "SENHORIO", "ARRENDATÁRIO", "FIADOR"],
}
THE = {"en": ('the "{}"', "hereinafter the {}"), "de": ('nachfolgend „{}“', '„{}“'),
       "fr": ('ci-après « le {} »', 'le « {} »'), "nl": ('hierna: „{}”', 'de "{}"'),
       "es": ('en adelante, el "{}"', 'el "{}"'), "it": ('di seguito "il {}"', 'il "{}"'),
       "pt": ('doravante "{}"', 'o "{}"')}
BORN = {"en": ", of Leith", "de": ", wohnhaft in Kassel",
        "fr": ", demeurant à Angers", "nl": ", wonende te Zwolle", "es": ", vecino de Lugo",
        "it": ", residente a Lecce", "pt": ", residente em Viseu"}
COMPANIES = ["NORTHWIND TRADING LIMITED", "Halvard Properties Ltd", "BAUWERK NORD GMBH",
             "SCI DU VIEUX PORT", "VASTGOED OOST B.V.", "PROMOCIONES ALBA S.L.",
             "IMMOBILIARE LAGO S.R.L.", "QUINTA DO VALE, LDA."]
HEAD = {"en": "THIS AGREEMENT is made on {} BETWEEN:", "de": "KAUFVERTRAG vom {} zwischen",
        "fr": "ENTRE LES SOUSSIGNÉS, le {} :", "nl": "KOOPOVEREENKOMST d.d. {} tussen:",
        "es": "CONTRATO, en Madrid a {}, REUNIDOS:", "it": "CONTRATTO stipulato il {} tra:",
        "pt": "ESCRITURA, aos {}, entre:"}


def deed(lg):
    r = Rec()
    r.add(HEAD[lg].format(f"{R.randint(1, 28)}.{R.randint(1, 12)}.2026") + "\n")
    roles = R.sample(PARTY_ROLE[lg], 2)
    if R.random() < 0.6:
        for i, ro in enumerate(roles):
            num = R.choice(["({})", "{}.", "({})", "{})"]).format(i + 1)
            r.add(num + " ")
            if R.random() < 0.2:
                r.add(R.choice(COMPANIES), "NEG_ORG")
            else:
                r.add(full(lg, R.choice(["caps", "caps", "plain", "two"])), "PERSON")
            if R.random() < 0.4:
                r.add(BORN[lg])
            r.add(" (" + R.choice(THE[lg]).format(ro) + ")")
            r.add(";\n" if i == 0 else ".\n")
    else:
        labs = R.sample(CAPS_LABELS[lg], 2)
        for lab in labs:
            r.add(lab + R.choice([": ", ": ", " : ", " - "]))
            if R.random() < 0.2:
                r.add(R.choice(COMPANIES), "NEG_ORG")
            else:
                r.add(full(lg, R.choice(["caps", "caps", "plain"])), "PERSON")
            r.add(R.choice(["", BORN[lg], ", NIF 2{}".format(R.randint(10**7, 10**8))]) + "\n")
    r.add({"en": "IT IS AGREED as follows.", "de": "Die Parteien vereinbaren:",
           "fr": "IL A ÉTÉ CONVENU CE QUI SUIT :", "nl": "KOMEN OVEREEN als volgt:",
           "es": "EXPONEN", "it": "PREMESSO CHE", "pt": "É celebrado o presente contrato."}[lg])
    return r.out("deed", lg)


# ---- note: KYC / AML case notes ---------------------------------------------------------------
NOTE_VERB = {
    "en": ["call with {}", "met {} at branch", "email from {}", "spoke to {}", "{} confirmed",
           "{} provided proof of address", "{} declined to answer", "visit by {}",
           "source of funds explained by {}", "{} (UBO) verified", "reminder sent to {}"],
    "de": ["Telefonat mit {}", "Termin mit {}", "{} bestätigt", "E-Mail von {}",
           "{} legt Nachweis vor", "Rückruf an {}"],
    "fr": ["appel avec {}", "rendez-vous avec {}", "{} confirme", "courriel de {}",
           "{} a transmis le justificatif", "relance envoyée à {}"],
    "nl": ["gesprek met {}", "belafspraak met {}", "{} bevestigt", "mail van {}",
           "{} levert bewijs aan"],
    "es": ["llamada con {}", "reunión con {}", "{} confirma", "correo de {}",
           "{} aporta justificante"],
    "it": ["telefonata con {}", "incontro con {}", "{} conferma", "email da {}",
           "{} ha fornito documenti"],
    "pt": ["chamada com {}", "reunião com {}", "{} confirmou", "email de {}",
           "{} entregou comprovativo"],
}
NOTE_NEG = {"en": ["call with Compliance team", "email from Barclays", "met Legal at HQ"],
            "de": ["Telefonat mit Compliance", "E-Mail von der Sparkasse"],
            "fr": ["appel avec le service conformité", "courriel de BNP Paribas"],
            "nl": ["gesprek met afdeling Compliance", "mail van ING"],
            "es": ["llamada con Cumplimiento", "correo de Bankinter"],
            "it": ["telefonata con Ufficio Antiriciclaggio", "email da Intesa"],
            "pt": ["chamada com Compliance", "email do Millennium BCP"]}
INLINE = {"en": [("Customer", "Risk"), ("Client", "Rating"), ("UBO", "Share"),
                 ("Subject", "PEP"), ("Analyst", "Status"), ("Counterparty", "Country")],
          "de": [("Kunde", "Risiko"), ("Wirtschaftlich Berechtigter", "Anteil"),
                 ("Bearbeiter", "Status")],
          "fr": [("Client", "Risque"), ("Bénéficiaire effectif", "Part"),
                 ("Analyste", "Statut")],
          "nl": [("Klant", "Risico"), ("UBO", "Belang"), ("Analist", "Status")],
          "es": [("Cliente", "Riesgo"), ("Titular real", "Participación"),
                 ("Analista", "Estado")],
          "it": [("Cliente", "Rischio"), ("Titolare effettivo", "Quota"),
                 ("Analista", "Stato")],
          "pt": [("Cliente", "Risco"), ("Beneficiário efetivo", "Participação"),
                 ("Analista", "Estado")]}
VALS = ["high", "medium", "low", "25%", "open", "closed", "PT", "no", "yes", "C3"]


def dated(r, lg):
    d = R.choice([f"2026-{R.randint(1, 12):02d}-{R.randint(1, 28):02d}",
                  f"{R.randint(1, 28):02d}/{R.randint(1, 12):02d}/2026",
                  f"{R.randint(1, 28)}.{R.randint(1, 12)}.26"])
    r.add(d + R.choice([" – ", " - ", ": ", " — ", " "]))


def note(lg):
    r = Rec()
    r.add(R.choice(["Case notes", "KYC review", "AML file", "EDD log", "Notes"]) +
          f" {R.choice('ABCDEFG')}-{R.randint(1000, 9999)}\n")
    for _ in range(R.randint(2, 4)):
        k = R.random()
        if k < 0.15:
            dated(r, lg)
            r.add(R.choice(NOTE_NEG[lg]), "NEG_ORG")
        elif k < 0.7:
            dated(r, lg)
            v = R.choice(NOTE_VERB[lg])
            a, b = v.split("{}")
            r.add(a[0].upper() + a[1:] if a else "")
            r.add(full(lg, R.choice(["plain"] * 4 + ["caps", "initial"])), "PERSON")
            r.add(b)
            r.add(R.choice(["", ".", "; no concerns", ", file updated", " (ID seen)"]))
        elif k < 0.8:
            r.add(R.choice(["– ", "- ", "• "]))
            v = R.choice([x for x in NOTE_VERB[lg] if x.startswith("{}")])
            r.add(full(lg, "plain"), "PERSON")
            r.add(v[2:])
        else:
            a, b = R.choice(INLINE[lg])
            r.add(a + ": ")
            r.add(full(lg, R.choice(["plain", "plain", "caps"])), "PERSON")
            r.add(R.choice(["  ", " ", " | ", "; "]) + b + ": " + R.choice(VALS))
        r.add("\n")
    return r.out("note", lg)


def main():
    recs = []
    shapes = [(role, 36), (attr, 16), (deed, 14), (note, 16)]
    for fn, k in shapes:
        for lg in LANGS:
            for _ in range(k if lg == "en" else max(4, k * 2 // 3)):
                recs.append(fn(lg))
    write_json(recs)


if __name__ == "__main__":
    main()
