/* names_h11rec_words.c: role labels of registers, certificates, draws, memberships and
 * bookings for names_labels7.c, in en/de/fr/nl/es/it/pt: who won a draw ("Winner:",
 * "Gagnant(e) :", "Winnaar:"), who countersigned or authenticated ("Countersignatory:",
 * "Beglaubigt durch:", "Firma autenticata da:"), who may or may not collect a child ("NOT
 * authorised:", "NICHT abholberechtigt:"), a club's players and secretaries, a pet's keepers,
 * guests, members, borrowers of a library, crews, candidates, senders, participants, buyers.
 *
 * The one thing to know: these lists join labels7's table last (init7()), so a word an earlier
 * list files keeps its kind. Person labels name people only; party labels are as often filled
 * by a firm, a club, a shelter or a fleet ("Registered keeper: Leasing Ltd", "Winner: FC
 * Example", "Owner: Stadtwerke GmbH"), so their value needs a given name, an initial or
 * name-shaped words (labels7's party test).
 */
#include "anonymize/names_internal.h"

#include <string.h>

const char *const nw_h11rec_person_labels[] = {
    /* en */
    "winner", "winners", "countersignatory", "statement of", "election agent", "arbiter",
    "chief arbiter", "player", "athlete", "not authorised", "not authorized",
    "not authorised to collect", "authorised to collect", "signed by master",
    "releasing club secretary", "club secretary", "driver's full name", "driver's name",
    "patient's name", "pupil's name", "child's first name", "child's last name", "guest",
    "guest name", "accompanying guest", "member", "member name", "introduced by",
    "personal trainer", "issued to", "crew member", "crew", "skipper", "harbour master",
    "harbor master", "candidate name", "invigilator", "study nurse", "participant",
    "participant name", "purchaser", "bride", "groom", "best man", "umpire", "booked by", "lent to",
    "loaned to", "reporting person", "informant",
    /* de */
    "gast", "mitglied", "geworben von", "entleiher", "entleiherin", "ausgegeben an", "crew",
    "hafenmeister", "hafenmeisterin", "prüfling", "aufsicht", "absender", "absenderin",
    "teilnehmer", "teilnehmerin", "prüfarzt", "prüfärztin", "studienschwester", "käufer",
    "käuferin", "braut", "bräutigam", "gebucht von", "beglaubigt durch", "gewinner", "gewinnerin",
    "elternteil", "nicht abholberechtigt", "abholberechtigt", "vorname des kindes",
    "nachname des kindes", "spieler", "spielerin", "turnierleiter", "turnierleiterin",
    "mitantragsteller", "mitantragstellerin", "verstorbene", "verstorbener",
    /* fr */
    "gagnant", "gagnante", "gagnant(e)", "détenteur", "détentrice", "ancien détenteur",
    "ancienne détentrice", "secrétaire du club quitté", "joueur", "joueuse", "joueur/joueuse",
    "licencié", "licenciée", "licencié(e)", "non autorisé", "non autorisée", "contact d'urgence",
    "signature du responsable légal", "accompagnant", "accompagnante", "adhérent", "adhérente",
    "équipier", "équipière", "chef de bord", "capitaine de port", "candidat", "candidate",
    "surveillant", "surveillante", "examinateur", "examinatrice", "expéditeur", "expéditrice",
    "participant", "participante", "investigateur", "investigatrice", "acheteur", "acheteuse",
    "mariée", "marié", "témoin", "juge-arbitre", "réservé par", "prêté à", "défunt", "défunte",
    /* nl */
    "winnaar", "winnares", "inleveraar", "kentekenhouder", "voornaam kind", "achternaam kind",
    "medereiziger", "lid", "aangebracht door", "lener", "uitgeleend aan", "bemanningslid",
    "schipper", "havenmeester", "kandidaat", "surveillant", "examinator", "afzender", "deelnemer",
    "deelneemster", "onderzoeker", "researchverpleegkundige", "koper", "bruid", "bruidegom",
    "toernooileider", "geboekt door", "medeaanvrager", "niet gemachtigd", "speler", "speelster",
    "overledene",
    /* es */
    "premiado", "premiada", "premiado/a", "ganador", "ganadora", "huésped", "reservado por",
    "socio", "socia", "recomendado por", "prestado a", "tripulante", "patrón", "patrona",
    "capitán de puerto", "candidato", "candidata", "vigilante", "examinador", "examinadora",
    "remitente", "participante", "investigador", "investigadora", "enfermera del estudio",
    "comprador", "compradora", "novia", "novio", "juez árbitro", "deportista", "jugador",
    "jugadora", "diligencia", "no autorizado", "no autorizada", "contacto de emergencia", "difunto",
    "difunta", "fallecido", "fallecida",
    /* it */
    "vincitore", "vincitrice", "calciatore", "calciatrice", "calciatore/trice",
    "segretario società cedente", "lavoratore", "lavoratrice", "firma autenticata da",
    "non autorizzato", "non autorizzata", "atleta", "ospite", "prenotato da", "socio", "socia",
    "presentato da", "utente", "prestato a", "membro dell'equipaggio", "comandante", "ormeggiatore",
    "candidato", "candidata", "sorvegliante", "esaminatore", "esaminatrice", "mittente",
    "partecipante", "sperimentatore", "sperimentatrice", "infermiera di ricerca", "acquirente",
    "sposa", "sposo", "giudice arbitro", "giocatore", "giocatrice", "defunto", "defunta",
    "contatto di emergenza",
    /* pt */
    "premiado", "premiada", "vencedor", "vencedora", "reconhecido por", "reconhecida por",
    "nome do aluno", "nome da aluna", "hóspede", "sócio", "sócia", "indicado por", "leitor",
    "leitora", "emprestado a", "capitão do porto", "candidato", "candidata", "examinador",
    "examinadora", "remetente", "investigador", "investigadora", "enfermeira do estudo",
    "comprador", "compradora", "noiva", "noivo", "juiz árbitro", "jogador", "jogadora",
    "assinatura do encarregado de educação", "não autorizado", "não autorizada", "falecido",
    "falecida"};
const size_t nw_h11rec_person_n =
    sizeof nw_h11rec_person_labels / sizeof nw_h11rec_person_labels[0];

const char *const nw_h11rec_party_labels[] = {
    /* keepers, owners, holders, claimants, winners of a prize, renters, applicants, installers:
     * a fleet, a firm, a club or a shelter as often as a person */
    "claimant",
    "registered keeper",
    "keeper",
    "renter",
    "hirer",
    "applicant",
    "representative",
    "owner",
    "previous owner",
    "installer",
    "account holder",
    "titular",
    "titulaire du certificat",
    "halter",
    "halterin",
    "halter/in",
    "vorbesitzer",
    "vorbesitzerin",
    "eigentümer",
    "eigentümerin",
    "installateur",
    "installateurin",
    "propriétaire",
    "locataire",
    "eigenaar",
    "eigenares",
    "vorige eigenaar",
    "huurder",
    "arrendatario",
    "arrendataria",
    "propietario",
    "propietaria",
    "instalador",
    "instaladora",
    "proprietario",
    "proprietaria",
    "obbligato in solido",
    "installatore",
    "locatário",
    "locatária",
    "proprietário",
    "proprietária",
    "mutuário",
    "cotitular",
    "cointestatario"};
const size_t nw_h11rec_party_n = sizeof nw_h11rec_party_labels / sizeof nw_h11rec_party_labels[0];
