#!/usr/bin/env python3
"""gen_h11gen.py: PERSON after a role-noun form key (branch `h11rec`).

names_holdout11's largest class of missed names (171 of 570) is a name after a form key that is a
role noun and no name label: `Winner:`, `Countersignatory:`, `Renter:`, `Ancien détenteur :`,
`Gewinner/in:`, `Emergency contact 1:`. This set holds the same mechanism in kinds of text
holdout11 does not have: hotel registration cards, gym and club memberships, library loans,
insurance claims, marina berths, exam seating plans, courier waybills, mortgage applications,
wedding planners, clinical-trial enrolments, warranty cards, tournament draws, en/de/fr/nl/es/it/pt,
real and invented names, in the shapes `Given Surname`, `SURNAME, Given`, `Surname, Given`, `Surname, G.`,
`G. Surname`, `GIVEN SURNAME`, after keys with `:`, ` :` (French), `/in`, `(e)`, `/a`, numbers.
Look-alikes (NEG_*): the same keys before no name (`Guest: 2 adults`, `Owner: Acme Holdings Ltd`,
`Recipient: Accounts Payable`, `Witness: none`, `Skipper: TBD`), NEG_ORG for firms, NEG_TERM for
words.
Writes JSON (the names_tune3.json format) to stdout; deterministic; Python stdlib only."""
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gen_common import Doc, write_json  # noqa: E402
from lexicon_words import lexicon_words  # noqa: E402

rng = random.Random(20261204 + 11)
LEX = set(w.lower() for w in lexicon_words(with_global=True))
LANGS = ["en", "de", "fr", "nl", "es", "it", "pt"]
records = []

GIVEN = {
    "en": ["Olivia", "Harry", "Chloe", "Callum", "Bethany", "Rhys", "Imogen", "Declan"],
    "de": ["Lena", "Tobias", "Katrin", "Matthias", "Ulrike", "Sebastian", "Jana", "Dirk"],
    "fr": ["Camille", "Julien", "Élodie", "Mathieu", "Aurélie", "Benoît", "Margaux", "Rémi"],
    "nl": ["Sanne", "Bram", "Femke", "Joost", "Marieke", "Wouter", "Noor", "Sjoerd"],
    "es": ["Alba", "Iker", "Noelia", "Sergio", "Ainhoa", "Rubén", "Carmen", "Óscar"],
    "it": ["Giulia", "Matteo", "Chiara", "Davide", "Federica", "Alessio", "Marta", "Simone"],
    "pt": ["Beatriz", "Tiago", "Inês", "Gonçalo", "Leonor", "Rafael", "Mariana", "Bruno"],
}
SURNAME = {
    "en": ["Whitfield", "Donnelly", "Ashworth", "Pritchard", "Kavanagh", "Holloway", "Barnes"],
    "de": ["Lindner", "Brandt", "Vogel", "Seidel", "Kühn", "Hartmann", "Winkler"],
    "fr": ["Lefèvre", "Girard", "Bonnet", "Chevalier", "Perrin", "Morel", "Gauthier"],
    "nl": ["Visser", "Smit", "Meijer", "de Boer", "Mulder", "Dekker", "van den Berg"],
    "es": ["Navarro", "Romero", "Domínguez", "Castro", "Ortega", "Delgado", "Vázquez"],
    "it": ["Esposito", "Ricci", "Gallo", "Costa", "Lombardi", "Moretti", "Barbieri"],
    "pt": ["Ferreira", "Pereira", "Carvalho", "Gomes", "Ribeiro", "Almeida", "Sousa"],
}
# Syllables for names in no lexicon (apart from gen_common's SYL7 and chat14's).
SYL = {"en": ["dar", "wyn", "ost", "lel", "bry", "cas", "mor", "tel"],
       "de": ["hil", "de", "rud", "gun", "wal", "ber", "ot", "sig"],
       "fr": ["cla", "mé", "ris", "tan", "gui", "lo", "ber", "dé"],
       "nl": ["sie", "rt", "jel", "bo", "wie", "ke", "tje", "han"],
       "es": ["gua", "dal", "ri", "te", "no", "bel", "cin", "ta"],
       "it": ["ghe", "ran", "do", "li", "sce", "mo", "ter", "vi"],
       "pt": ["ju", "ran", "de", "li", "ão", "ce", "ma", "ro"]}
SUREND = {"en": ["worth", "ham", "stead"], "de": ["reuter", "brink", "egger"],
          "fr": ["eau", "ignac", "ière"], "nl": ["kamp", "veld", "huis"],
          "es": ["uela", "arro", "ondo"], "it": ["elli", "ardo", "asso"],
          "pt": ["ães", "eiro", "ado"]}


def invent(lg):
    while True:
        w = "".join(rng.choice(SYL[lg]) for _ in range(rng.choice((2, 3))))
        if w not in LEX and 4 <= len(w) <= 9 and w[0] not in "ãéñrt":
            return w.capitalize()


def invent_sur(lg):
    while True:
        w = "".join(rng.choice(SYL[lg]) for _ in range(rng.choice((1, 2)))) + rng.choice(SUREND[lg])
        if w not in LEX and len(w) >= 5 and w[0] not in "ãéñrt":
            return w.capitalize()


def person(lg):
    """A name in one of the form shapes, real (half) or invented."""
    real = rng.random() < 0.5
    g = rng.choice(GIVEN[lg]) if real else invent(lg)
    s = rng.choice(SURNAME[lg]) if real else invent_sur(lg)
    k = rng.randrange(6)
    if k == 0:
        return g + " " + s
    if k == 1:
        return s.upper() + ", " + g
    if k == 2:
        return s + ", " + g[0] + "."
    if k == 3:
        return g[0] + ". " + s
    if k == 4:
        return (g + " " + s).upper()
    return s + ", " + g


# Kinds of text, each a heading and role keys per language; a key is followed by a name.
KINDS = {
    "hotel": {
        "en": ("Hotel Seeblick — registration card", ["Guest", "Accompanying guest", "Booked by"]),
        "de": ("Hotel Seeblick — Meldeschein", ["Gast", "Mitreisende/r", "Gebucht von"]),
        "fr": ("Hôtel du Lac — fiche de police", ["Client(e)", "Accompagnant(e)", "Réservé par"]),
        "nl": ("Hotel De Gouden Leeuw — gastenregistratie", ["Gast", "Medereiziger", "Geboekt door"]),
        "es": ("Hotel Mirador — parte de entrada de viajeros", ["Huésped", "Acompañante", "Reservado por"]),
        "it": ("Hotel Belvedere — scheda di notifica", ["Ospite", "Accompagnatore", "Prenotato da"]),
        "pt": ("Hotel Miradouro — boletim de alojamento", ["Hóspede", "Acompanhante", "Reservado por"]),
    },
    "gym": {
        "en": ("FitHub — membership form", ["Member", "Introduced by", "Personal trainer"]),
        "de": ("FitHub — Mitgliedsantrag", ["Mitglied", "Geworben von", "Trainer/in"]),
        "fr": ("FitHub — bulletin d'adhésion", ["Adhérent(e)", "Parrain / marraine", "Coach"]),
        "nl": ("FitHub — inschrijfformulier", ["Lid", "Aangebracht door", "Trainer"]),
        "es": ("FitHub — ficha de inscripción", ["Socio/a", "Recomendado por", "Entrenador/a"]),
        "it": ("FitHub — modulo di iscrizione", ["Socio/a", "Presentato da", "Allenatore"]),
        "pt": ("FitHub — ficha de inscrição", ["Sócio/a", "Indicado por", "Treinador/a"]),
    },
    "library": {
        "en": ("Central Library — loan slip", ["Borrower", "Issued to", "Librarian"]),
        "de": ("Stadtbibliothek — Ausleihbeleg", ["Entleiher/in", "Ausgegeben an", "Bibliothekar/in"]),
        "fr": ("Médiathèque — ticket de prêt", ["Emprunteur", "Prêté à", "Bibliothécaire"]),
        "nl": ("Bibliotheek — uitleenbon", ["Lener", "Uitgeleend aan", "Bibliothecaris"]),
        "es": ("Biblioteca municipal — préstamo", ["Prestatario/a", "Prestado a", "Bibliotecario/a"]),
        "it": ("Biblioteca civica — prestito", ["Utente", "Prestato a", "Bibliotecario/a"]),
        "pt": ("Biblioteca municipal — empréstimo", ["Leitor/a", "Emprestado a", "Bibliotecário/a"]),
    },
    "insurance": {
        "en": ("Claim form — household policy", ["Policyholder", "Insured person", "Beneficiary"]),
        "de": ("Schadenmeldung Hausrat", ["Versicherungsnehmer/in", "Versicherte Person", "Begünstigte/r"]),
        "fr": ("Déclaration de sinistre", ["Souscripteur", "Assuré(e)", "Bénéficiaire"]),
        "nl": ("Schadeformulier inboedel", ["Verzekeringnemer", "Verzekerde", "Begunstigde"]),
        "es": ("Parte de siniestro hogar", ["Tomador", "Asegurado/a", "Beneficiario/a"]),
        "it": ("Denuncia di sinistro", ["Contraente", "Assicurato/a", "Beneficiario/a"]),
        "pt": ("Participação de sinistro", ["Tomador", "Segurado/a", "Beneficiário/a"]),
    },
    "marina": {
        "en": ("Marina berth allocation", ["Skipper", "Crew member", "Harbour master"]),
        "de": ("Liegeplatzvergabe Yachthafen", ["Skipper", "Crew", "Hafenmeister/in"]),
        "fr": ("Port de plaisance — attribution de place", ["Chef de bord", "Équipier", "Capitaine de port"]),
        "nl": ("Jachthaven — ligplaatstoewijzing", ["Schipper", "Bemanningslid", "Havenmeester"]),
        "es": ("Puerto deportivo — asignación de amarre", ["Patrón", "Tripulante", "Capitán de puerto"]),
        "it": ("Porto turistico — assegnazione posto barca", ["Comandante", "Membro dell'equipaggio", "Ormeggiatore"]),
        "pt": ("Marina — atribuição de lugar", ["Skipper", "Tripulante", "Capitão do porto"]),
    },
    "exam": {
        "en": ("Exam hall B — seating plan", ["Candidate", "Invigilator", "Examiner"]),
        "de": ("Prüfungsraum B — Sitzplan", ["Prüfling", "Aufsicht", "Prüfer/in"]),
        "fr": ("Salle d'examen B — plan de table", ["Candidat(e)", "Surveillant(e)", "Examinateur"]),
        "nl": ("Examenzaal B — zaalindeling", ["Kandidaat", "Surveillant", "Examinator"]),
        "es": ("Aula de examen B — distribución", ["Candidato/a", "Vigilante", "Examinador/a"]),
        "it": ("Aula d'esame B — posti", ["Candidato/a", "Sorvegliante", "Esaminatore"]),
        "pt": ("Sala de exame B — lugares", ["Candidato/a", "Vigilante", "Examinador/a"]),
    },
    "courier": {
        "en": ("Waybill 7741-2290", ["Sender", "Recipient", "Signed for by"]),
        "de": ("Frachtbrief 7741-2290", ["Absender/in", "Empfänger/in", "Unterschrieben von"]),
        "fr": ("Lettre de voiture 7741-2290", ["Expéditeur", "Destinataire", "Signé par"]),
        "nl": ("Vrachtbrief 7741-2290", ["Afzender", "Ontvanger", "Getekend door"]),
        "es": ("Albarán 7741-2290", ["Remitente", "Destinatario/a", "Firmado por"]),
        "it": ("Lettera di vettura 7741-2290", ["Mittente", "Destinatario", "Firmato da"]),
        "pt": ("Guia de remessa 7741-2290", ["Remetente", "Destinatário", "Assinado por"]),
    },
    "mortgage": {
        "en": ("Mortgage application", ["Borrower", "Co-borrower", "Guarantor"]),
        "de": ("Darlehensantrag", ["Kreditnehmer/in", "Mitantragsteller/in", "Bürge/Bürgin"]),
        "fr": ("Demande de prêt immobilier", ["Emprunteur", "Co-emprunteur", "Caution"]),
        "nl": ("Hypotheekaanvraag", ["Aanvrager", "Medeaanvrager", "Borg"]),
        "es": ("Solicitud de hipoteca", ["Prestatario/a", "Cotitular", "Avalista"]),
        "it": ("Richiesta di mutuo", ["Mutuatario", "Cointestatario", "Garante"]),
        "pt": ("Pedido de crédito habitação", ["Mutuário", "Cotitular", "Fiador"]),
    },
    "wedding": {
        "en": ("Wedding planner — seating", ["Bride", "Groom", "Best man"]),
        "de": ("Hochzeitsplanung — Tischordnung", ["Braut", "Bräutigam", "Trauzeuge/Trauzeugin"]),
        "fr": ("Organisation du mariage", ["Mariée", "Marié", "Témoin"]),
        "nl": ("Bruiloftsplanning", ["Bruid", "Bruidegom", "Getuige"]),
        "es": ("Organización de la boda", ["Novia", "Novio", "Padrino"]),
        "it": ("Organizzazione del matrimonio", ["Sposa", "Sposo", "Testimone"]),
        "pt": ("Organização do casamento", ["Noiva", "Noivo", "Padrinho"]),
    },
    "trial": {
        "en": ("Study NX-204 — enrolment log", ["Participant", "Investigator", "Study nurse"]),
        "de": ("Studie NX-204 — Einschlussprotokoll", ["Teilnehmer/in", "Prüfarzt/Prüfärztin", "Studienschwester"]),
        "fr": ("Étude NX-204 — inclusion", ["Participant(e)", "Investigateur", "Infirmière de recherche"]),
        "nl": ("Studie NX-204 — inclusielog", ["Deelnemer", "Onderzoeker", "Researchverpleegkundige"]),
        "es": ("Estudio NX-204 — inclusión", ["Participante", "Investigador/a", "Enfermera del estudio"]),
        "it": ("Studio NX-204 — arruolamento", ["Partecipante", "Sperimentatore", "Infermiera di ricerca"]),
        "pt": ("Estudo NX-204 — inclusão", ["Participante", "Investigador/a", "Enfermeira do estudo"]),
    },
    "warranty": {
        "en": ("Warranty registration", ["Purchaser", "Owner", "Installer"]),
        "de": ("Garantieregistrierung", ["Käufer/in", "Eigentümer/in", "Installateur/in"]),
        "fr": ("Enregistrement de garantie", ["Acheteur", "Propriétaire", "Installateur"]),
        "nl": ("Garantieregistratie", ["Koper", "Eigenaar", "Installateur"]),
        "es": ("Registro de garantía", ["Comprador/a", "Propietario/a", "Instalador/a"]),
        "it": ("Registrazione garanzia", ["Acquirente", "Proprietario", "Installatore"]),
        "pt": ("Registo de garantia", ["Comprador/a", "Proprietário", "Instalador/a"]),
    },
    "tournament": {
        "en": ("Club tennis draw — round 2", ["Referee", "Umpire", "Seed 1"]),
        "de": ("Vereinsturnier — Runde 2", ["Schiedsrichter/in", "Turnierleiter/in", "Setzplatz 1"]),
        "fr": ("Tournoi du club — 2e tour", ["Arbitre", "Juge-arbitre", "Tête de série 1"]),
        "nl": ("Clubtoernooi — ronde 2", ["Scheidsrechter", "Toernooileider", "Geplaatst 1"]),
        "es": ("Torneo del club — 2.ª ronda", ["Árbitro/a", "Juez árbitro", "Cabeza de serie 1"]),
        "it": ("Torneo sociale — 2° turno", ["Arbitro", "Giudice arbitro", "Testa di serie 1"]),
        "pt": ("Torneio do clube — 2.ª ronda", ["Árbitro", "Juiz árbitro", "Cabeça de série 1"]),
    },
}
# What follows a name on its line or the next one, per kind (no PII).
AFTER = {
    "hotel": ["Room 214", "Nights: 3", "Arrival 14:00"], "gym": ["Plan: 12 months", "Card no. 55102"],
    "library": ["Items: 3", "Due back in 21 days"], "insurance": ["Policy HX-55210", "Claim no. 8812"],
    "marina": ["Berth C-14", "Length 9.8 m"], "exam": ["Seat 17", "Paper 2"],
    "courier": ["Parcels: 2", "Weight 4.2 kg"], "mortgage": ["Amount requested: 240,000"],
    "wedding": ["Table 1", "Menu: vegetarian"], "trial": ["Arm B", "Visit 3"],
    "warranty": ["Serial 5521-8830", "Model X200"], "tournament": ["Court 4", "Score 6-3 6-4"],
}
# Look-alike values after the same keys: firms (NEG_ORG) and words (NEG_TERM).
NEG_ORG = {"en": ["Acme Holdings Ltd", "Northwind Logistics Ltd", "Harbour Insurance plc"],
           "de": ["Stadtwerke Kassel GmbH", "Brandt Logistik GmbH", "Allianz Versicherungs-AG"],
           "fr": ["Transports Girard SARL", "Société Générale SA", "Bonnet Frères SAS"],
           "nl": ["Visser Transport B.V.", "Gemeente Utrecht", "Achmea Schadeverzekeringen N.V."],
           "es": ["Transportes Navarro S.L.", "Mapfre España S.A.", "Ayuntamiento de Vigo"],
           "it": ["Trasporti Ricci S.r.l.", "Generali Italia S.p.A.", "Comune di Parma"],
           "pt": ["Transportes Gomes Lda.", "Fidelidade S.A.", "Câmara Municipal de Braga"]}
NEG_TERM = {"en": ["2 adults", "none", "TBD", "Accounts Payable", "Reception Desk", "Not applicable",
                   "Front Office", "see attached"],
            "de": ["2 Erwachsene", "keine/r", "noch offen", "Buchhaltung", "Rezeption", "entfällt",
                   "siehe Anlage"],
            "fr": ["2 adultes", "aucun", "à définir", "Comptabilité", "Accueil", "sans objet",
                   "voir annexe"],
            "nl": ["2 volwassenen", "geen", "nog niet bekend", "Crediteurenadministratie", "Receptie",
                   "n.v.t.", "zie bijlage"],
            "es": ["2 adultos", "ninguno", "por determinar", "Contabilidad", "Recepción",
                   "no procede", "ver anexo"],
            "it": ["2 adulti", "nessuno", "da definire", "Amministrazione", "Reception",
                   "non applicabile", "vedi allegato"],
            "pt": ["2 adultos", "nenhum", "a definir", "Contabilidade", "Receção", "não aplicável",
                   "ver anexo"]}
SEP = {"fr": " : "}


class D(Doc):
    records = records


def key_text(lg, key, i):
    k = key
    if rng.random() < 0.15 and not key[-1].isdigit():
        k = key + " " + str(i + 1)
    return k + SEP.get(lg, ": ")


def form(lg, kind, neg):
    head, keys = KINDS[kind][lg]
    d = D(lg, kind + ("_neg" if neg else ""))
    sep = rng.choice(["\n", "\n", " | ", " / ", "; "])
    d.t(head + sep)
    ks = keys[:]
    rng.shuffle(ks)
    for i, key in enumerate(ks[:rng.choice((2, 3))]):
        d.t(key_text(lg, key, i))
        if neg and i == 0:
            if rng.random() < 0.4:
                d.span("NEG_ORG", rng.choice(NEG_ORG[lg]))
            else:
                d.t(rng.choice(NEG_TERM[lg]))
        else:
            d.span("PERSON", person(lg))
        if rng.random() < 0.5:
            d.t(sep + rng.choice(AFTER[kind]))
        d.t(sep)
    d.t(rng.choice(AFTER[kind]))
    d.done()


kinds = sorted(KINDS)
for i in range(420):
    lg = LANGS[i % 7]
    kind = kinds[(i // 7) % len(kinds)]
    form(lg, kind, (i // 84) % 5 == 4)

write_json(records)
