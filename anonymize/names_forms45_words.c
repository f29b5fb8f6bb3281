/* names_forms45_words.c: the role labels and column headers of contracts, registers, licences,
 * bookings, waivers and court orders in 17 languages (branch forms45, from the tune set
 * gen_forms45.py): mobile and broadband contracts, boat and drone registers, chimney-sweep
 * certificates, music and language schools, safe deposits, archive reading rooms, waivers,
 * hearing-aid fittings, apiaries, fertility consents, guardianship orders, golf tee sheets,
 * catering orders, call-outs, farm subsidies, market stalls and self-exclusion.
 *
 * The one thing to know: every word is folded as nw_fold() writes it (lower case, Latin-1
 * capitals folded, other capitals kept: "İmza"); names_labels7_words.c adds the labels to its
 * table (a word already there keeps its class) and names_tables.c reads the headers.
 */
#include "anonymize/names_internal.h"

/* Labels whose value is one person or a list of people. */
const char *const nw_forms45_person_labels[] = {
    /* contract holders and second users */
    "contract holder", "vertragsinhaber", "vertragsinhaberin", "abonnent", "abonnentin", "abonné",
    "abonnée", "abonnee", "abonado", "abonada", "abbonato", "abbonata", "assinante", "abonentka",
    "předplatitel", "előfizető", "abone", "abonat", "syndromitis", "liittymän haltija",
    "additional sim user", "on-site contact", "contact sur place", "contactpersoon ter plaatse",
    "ansprechpartner vor ort",
    /* operators, pilots, skippers, crews, examiners */
    "remote pilot", "fernpilot", "fernpilotin", "pilot", "pilote", "piloto", "pilota", "skipper",
    "schiffsführer", "schiffsführerin", "crew", "examiner", "prüfer", "prüferin", "examinateur",
    "examinatrice", "examinador", "examinadora", "esaminatore", "egzaminator", "joint owner",
    "co-owner", "miteigentümer", "miteigentümerin", "copropriétaire", "mede-eigenaar", "delägare",
    /* sweeps, technicians, audiologists, inspectors */
    "sweep", "chimney sweep", "schornsteinfeger", "schornsteinfegerin", "bezirksschornsteinfeger",
    "bezirksschornsteinfegermeister", "kaminkehrer", "ramoneur", "kominiarz", "sotare", "nuohooja",
    "kéményseprő", "kominík", "audiologist", "hörakustiker", "hörakustikerin", "audioprothésiste",
    "audicien", "audioprotesista", "audiólogo", "audióloga", "inspector", "bee inspector",
    "bienensachverständiger", "bienensachverständige",
    /* beekeepers, stallholders, assistants, sellers, hosts */
    "beekeeper", "imker", "imkerin", "apiculteur", "apicultrice", "apicultor", "apicultora",
    "apicoltore", "apicoltrice", "pszczelarz", "biodlare", "biavler", "birøkter",
    "mehiläistarhaaja", "včelař", "méhész", "arıcı", "stallholder", "standinhaber",
    "standinhaberin", "marktbeschicker", "marktbeschickerin", "assistants", "aushilfe", "aushilfen",
    "seller", "verkäufer", "verkäuferin", "vendeur", "vendeuse", "verkoper", "vendedor",
    "vendedora", "addetto", "addetta", "community host",
    /* renters, keyholders, readers, members, participants */
    "renter", "keyholder", "authorised keyholder", "authorized keyholder", "bevollmächtigter",
    "bevollmächtigte", "mandataire", "gevolmachtigde", "delegato", "delegata", "reader", "leser",
    "leserin", "lecteur", "lectrice", "lezer", "lector", "lectora", "lettore", "lettrice", "leitor",
    "leitora", "czytelnik", "badatel", "badatelka", "produced by", "issued by", "participant",
    "participants", "teilnehmer", "teilnehmerin", "deelnemer", "participante", "partecipante",
    "uczestnik", "uczestniczka", "deltagare", "deltager", "deltaker", "osallistuja", "účastník",
    "účastnice", "résztvevő", "katılımcı", "participantă", "symmetechon",
    /* guardians, wards, alternates, patients, partners */
    "ward", "betreute", "betreuter", "betroffene", "betroffener", "majeur protégé",
    "majeure protégée", "personne protégée", "beschermde", "beneficiario", "beneficiaria",
    "gondnokolt", "opatrovanec", "opatrovankyně", "alternate", "ersatzbetreuer", "ersatzbetreuerin",
    "suppléant", "suppléante", "huoltaja", "foresatt", "værge", "vårdnadshavare", "veli", "opiekun",
    "kidemonas", "tutore", "tutora", "tuteur", "tutrice", "voogd", "bewindvoerder", "curator",
    "curatrice", "curatore", "betreuer", "betreuerin", "opatrovník", "gondnok", "patientin",
    "patiente", "patiënt", "patiënte", "paciente", "paziente", "pareja", "conjoint", "conjointe",
    "partnerin", "known donor",
    /* pupils, owners, applicants, farmers, signatories */
    "elev", "oppilas", "tulajdonos", "eigentümerin", "wnioskodawca", "wnioskodawczyni",
    "hofnachfolger", "hofnachfolgerin", "betriebsgemeinschaft", "booked by", "gebucht von",
    "réservé par", "geboekt door", "reservado por", "prenotato da", "ordered by", "bestellt von",
    "commandé par", "besteld door", "pedido por", "ordinato da", "handed over by neighbour",
    "übergabe durch nachbarn", "remis par le voisin", "signed by"};
const size_t nw_forms45_person_n =
    sizeof nw_forms45_person_labels / sizeof nw_forms45_person_labels[0];

/* Labels whose value is a person or a firm. */
const char *const nw_forms45_party_labels[] = {"customer",  "client",
                                               "cliente",   "klant",
                                               "kunde",     "kundin",
                                               "klient",    "klientka",
                                               "asiakas",   "kund",
                                               "müşteri",   "ügyfél",
                                               "operator",  "operador",
                                               "opérateur", "exploitant",
                                               "betreiber", "betreiberin",
                                               "operatore", "titolare",
                                               "titulaire", "titulaire de la ligne",
                                               "titular",   "eigentümer",
                                               "member",    "mitglied",
                                               "membre",    "lid",
                                               "miembro",   "membro"};
const size_t nw_forms45_party_n =
    sizeof nw_forms45_party_labels / sizeof nw_forms45_party_labels[0];

/* Column headers of registers, start lists and tee sheets whose cells are people. */
const char *const nw_forms45_headers[] = {
    "guardian",   "vormund",     "tuteur",       "voogd",       "tutor",        "tutore",
    "opiekun",    "stallholder", "standinhaber", "pilot",       "remote pilot", "skipper",
    "attendant",  "marker",      "zähler",       "candidate",   "kandidat",     "candidat",
    "kandidaat",  "candidato",   "keyholder",    "reader",      "beekeeper",    "imker",
    "technician", "techniker",   "technicien",   "audiologist", "renter",       "instructor",
    "examiner",   "caller"};
const size_t nw_forms45_headers_n = sizeof nw_forms45_headers / sizeof nw_forms45_headers[0];

/* Roles that head a column only with a name's part after them ("holder_last",
 * "participant_first"): alone, a merged header's group ("Participant\t\t\tCoordonnées") or a
 * form's two columns ("Driver A  Driver B"). */
const char *const nw_forms45_part_heads[] = {
    "holder",       "participant", "teilnehmer",     "deelnemer",      "participante",
    "partecipante", "uczestnik",   "deltagare",      "deltager",       "deltaker",
    "osallistuja",  "účastník",    "résztvevő",      "katılımcı",      "parent",
    "donor",        "subscriber",  "account holder", "contract holder"};
const size_t nw_forms45_part_heads_n =
    sizeof nw_forms45_part_heads / sizeof nw_forms45_part_heads[0];
