/* names_kv8_words.c: role labels of registers, claims files, press releases, delivery and
 * ride-share receipts, event sheets, memberships, deeds and forms, in en/de/fr/nl/es/it/pt, for
 * names_labels7.c ("Liquidator: X", "Dossier suivi par : X", "Repartidor: X", "PRIMEIRO
 * OUTORGANTE: X"), and the keys of log lines whose value is a person (`signer=`, `received_by=`)
 * for names_tables2.c.
 *
 * The one thing to know: the two label lists join labels7's table after its own lists (init7()),
 * so a word labels7 already files keeps its kind; words are folded (lower case, "É" as "é").
 * Party labels (the value may be a firm: an owner, an organiser, a driver) need a given name, an
 * initial or name-shaped words after them; person labels hold people only.
 */
#include "anonymize/names_internal.h"

#include <string.h>

/* Roles whose value may as well be a company, a team or a service ("Owner: Acme GmbH", "Driver:
 * DHL Express", "Organiser: Rotary Club", "Handled by: Claims Department"). */
const char *const nw_kv8_party_labels[] = {
    /* en: registers, companies, insolvency, land registry */
    "registered owner", "registered proprietor", "proprietor", "proprietors", "proprietress",
    "beneficial owner", "beneficial owners", "ultimate beneficial owner",
    "wirtschaftlich berechtigter", "wirtschaftlich berechtigte", "bénéficiaire effectif",
    "bénéficiaires effectifs", "uiteindelijk belanghebbende", "titular real", "titulares reales",
    "titolare effettivo", "titolari effettivi", "beneficiário efetivo", "beneficiário efectivo",
    "beneficiários efetivos", "ubo", "ubos", "shareholder", "shareholders", "majority shareholder",
    "sole shareholder", "member", "members", "partner", "partners", "general partner",
    "limited partner", "managing partner", "senior partner", "liquidator", "joint liquidator",
    "receiver", "administrator", "administrators", "insolvency practitioner", "official receiver",
    "proxy", "proxy holder", "attorney", "attorney-in-fact", "company secretary", "nominee",
    "subscriber", "incorporator", "first holder", "second holder", "third holder", "joint holder",
    "joint holders", "primary holder", "holder", "holders", "owner", "owners", "co-owner",
    "co-owners", "previous owner", "new owner", "vendor", "vendors", "purchaser", "purchasers",
    "seller", "sellers", "buyer", "buyers", "transferor", "transferee", "assignor", "assignee",
    "lessor", "lessee", "licensor", "licensee", "donor", "grantor", "grantee", "mortgagor",
    "mortgagee", "chargor", "lender", "settlor", "claimant", "claimants", "respondent", "defendant",
    "plaintiff", "applicant company", "counterparty", "customer", "client", "insured",
    "the insured", "policyholder", "policyholders",
    /* en: handling, delivery, events, bookings */
    "handled by", "assigned to", "processed by", "owned by", "managed by", "run by", "organised by",
    "organized by", "hosted by", "presented by", "booked by", "reserved by", "ordered by",
    "requested by", "reported by", "raised by", "submitted by", "logged by", "sent by",
    "shipped by", "collected by", "picked up by", "handed to", "handed over to", "released to",
    "driver", "drivers", "rider", "riders", "courier", "couriers", "carrier", "delivered by",
    "dispatcher", "host", "hosts", "co-host", "co-hosts", "organiser", "organisers", "organizer",
    "organizers", "co-organiser", "co-organisers", "co-organizer", "leader", "leaders",
    "group leader", "trip leader", "walk leader", "ride leader", "session leader",
    "workshop leader", "course leader", "speaker", "speakers", "guest speaker", "keynote",
    "keynote speaker", "panellist", "panellists", "panelist", "panelists", "moderator",
    "moderators", "facilitator", "presenter", "presenters", "compere", "emcee", "mc", "performer",
    "dj", "ticket holder", "ticket holders", "membership holder", "member name", "card holder",
    "pass holder", "season ticket holder", "lead passenger", "lead guest", "main guest",
    "guest name", "booking name", "contact", "account manager", "relationship manager",
    "key account manager", "introducer", "referrer", "referred by", "broker", "agent name",
    "sales rep", "sales representative",
    /* de */
    "inhaber", "inhaberin", "inhaber/in", "eigentümer", "eigentümerin", "miteigentümer",
    "miteigentümerin", "gesellschafter", "gesellschafterin", "alleingesellschafter", "kommanditist",
    "kommanditistin", "komplementär", "komplementärin", "liquidator", "liquidatorin", "abwickler",
    "insolvenzverwalter", "insolvenzverwalterin", "sachwalter", "zwangsverwalter",
    "bevollmächtigter", "bevollmächtigte", "vertreter", "vertreterin", "gesetzlicher vertreter",
    "erster kontoinhaber", "zweiter kontoinhaber", "kontoinhaber", "kontoinhaberin", "mitinhaber",
    "mitinhaberin", "veräußerer", "erwerber", "erwerberin", "verkäufer", "verkäuferin", "käufer",
    "käuferin", "darlehensgeber", "darlehensnehmer", "darlehensnehmerin", "schenker", "beschenkter",
    "erschienener", "erschienene", "antragsteller", "antragstellerin", "auftraggeber",
    "auftraggeberin", "kunde", "kundin", "mitglied", "mitglieder", "fahrer", "fahrerin", "kurier",
    "kurierfahrer", "paketbote", "zustelldienst", "abgeholt von", "übergeben an", "übernommen von",
    "gebucht von", "bestellt von", "veranstalter", "veranstalterin", "mitveranstalter",
    "mitveranstalterin", "ausrichter", "gastgeber", "gastgeberin", "leitung", "leiter", "leiterin",
    "gruppenleiter", "gruppenleiterin", "kursleiter", "kursleiterin", "referent", "referentin",
    "referenten", "redner", "rednerin", "moderation", "moderator", "moderatorin", "sprecher",
    "sprecherin", "kundenberater", "kundenberaterin", "betreuer", "betreuerin", "makler",
    "maklerin", "vermittler", "kartennummer inhaber", "karteninhaber", "karteninhaberin",
    "ticketinhaber",
    /* fr */
    "gérant", "gérante", "cogérant", "cogérante", "mandataire", "mandataire social",
    "fondé de pouvoir", "fondée de pouvoir", "associé", "associée", "associés", "associé unique",
    "associé gérant", "commandité", "commanditaire", "liquidateur", "liquidatrice",
    "administrateur judiciaire", "mandataire judiciaire", "premier titulaire", "deuxième titulaire",
    "second titulaire", "cotitulaire", "titulaire du compte", "cédant", "cessionnaire", "vendeur",
    "venderesse", "acquéreur", "acquéreuse", "le vendeur", "l'acquéreur", "le bailleur",
    "le preneur", "la caution", "bailleur", "preneur", "prêteur", "emprunteur", "emprunteuse",
    "donateur", "donatrice", "comparant", "comparante", "client", "cliente", "adhérent",
    "adhérente", "membre", "chauffeur", "conducteur", "conductrice", "coursier", "coursière",
    "transporteur", "remis à", "remis en main propre à", "réservé par", "commandé par",
    "organisateur", "organisatrice", "co-organisateur", "co-organisatrice", "organisé par", "hôte",
    "hôtesse", "animateur", "animatrice", "animé par", "modérateur", "modératrice", "intervenant",
    "intervenante", "intervenants", "orateur", "oratrice", "conférencier", "conférencière",
    "responsable", "responsable du groupe", "chef de groupe", "accompagnateur", "accompagnatrice",
    "détenteur du billet", "détentrice du billet", "titulaire du billet", "titulaire de la carte",
    "conseiller", "conseillère", "chargé de clientèle", "chargée de clientèle", "apporteur",
    "courtier",
    /* nl */
    "bestuurder", "bestuurders", "statutair bestuurder", "gevolmachtigde", "procuratiehouder",
    "eigenaresse", "mede-eigenaar", "vennoot", "vennoten", "beherend vennoot", "stille vennoot",
    "aandeelhouder", "enig aandeelhouder", "curator", "bewindvoerder", "vereffenaar",
    "eerste rekeninghouder", "tweede rekeninghouder", "rekeninghouder", "verkoper", "verkoopster",
    "koper", "koopster", "geldgever", "geldnemer", "schenker", "comparant", "comparante", "klant",
    "lid", "leden", "chauffeur", "koerier", "pakketbezorger", "afgegeven aan", "opgehaald door",
    "geboekt door", "besteld door", "organisator", "organisatoren", "mede-organisator",
    "georganiseerd door", "gastheer", "gastvrouw", "presentator", "presentatrice", "gespreksleider",
    "dagvoorzitter", "leiding", "leider", "leidster", "groepsleider", "spreker", "spreekster",
    "sprekers", "kaarthouder", "pashouder", "ticket op naam van", "accountmanager",
    "relatiebeheerder", "adviseur", "tussenpersoon", "makelaar",
    /* es */
    "administrador único", "administradora única", "administradores", "consejero", "consejera",
    "apoderado", "apoderada", "apoderados", "socio", "socia", "socios", "socio único", "liquidador",
    "liquidadora", "administrador concursal", "administradora concursal", "primer titular",
    "segundo titular", "tercer titular", "cotitular", "titular de la cuenta", "vendedor",
    "vendedora", "comprador", "compradora", "parte vendedora", "parte compradora", "prestamista",
    "prestatario", "prestataria", "donante", "compareciente", "comparecientes", "cliente",
    "conductor", "conductora", "chófer", "mensajero", "mensajera", "transportista", "entregado a",
    "recogido por", "reservado por", "pedido por", "organizador", "organizadora", "coorganizador",
    "coorganizadora", "organizado por", "anfitrión", "anfitriona", "moderador", "moderadora",
    "presentador", "presentadora", "ponente", "ponentes", "conferenciante", "responsable",
    "monitor", "monitora", "guía", "titular de la entrada", "titular del abono",
    "titular de la tarjeta", "gestor comercial", "gestora comercial", "gestor de cuenta", "asesor",
    "asesora", "comercial", "intermediario", "corredor",
    /* it */
    "amministratore unico", "amministratrice unica", "amministratori", "consigliere", "procuratore",
    "procuratrice", "procuratore speciale", "titolare", "titolari", "socio", "soci", "socio unico",
    "socio accomandatario", "socio accomandante", "liquidatore", "liquidatrice", "curatore",
    "curatore fallimentare", "commissario giudiziale", "primo intestatario", "secondo intestatario",
    "cointestatario", "cointestataria", "intestatario del conto", "venditore", "venditrice",
    "parte venditrice", "acquirente", "parte acquirente", "mutuante", "mutuatario", "mutuataria",
    "donante", "comparente", "comparenti", "cliente", "autista", "conducente", "corriere espresso",
    "fattorino", "consegnato a", "ritirato da", "prenotato da", "ordinato da", "organizzatore",
    "organizzatrice", "co-organizzatore", "co-organizzatrice", "organizzato da", "padrone di casa",
    "conduttore", "conduttrice", "moderatore", "moderatrice", "relatore", "relatrice", "relatori",
    "responsabile", "capogruppo", "accompagnatore", "accompagnatrice", "intestatario",
    "intestataria", "intestatario del biglietto", "titolare della tessera", "tesserato",
    "tesserata", "gestore", "gestore del cliente", "consulente", "promotore", "mediatore",
    /* pt */
    "sócio-gerente", "sócia-gerente", "gerência", "administradores", "procurador", "procuradora",
    "sócio", "sócia", "sócios", "sócio único", "liquidatário", "liquidatária",
    "administrador de insolvência", "administradora de insolvência", "primeiro titular",
    "segundo titular", "terceiro titular", "cotitular", "titular da conta", "primeiro outorgante",
    "segundo outorgante", "terceiro outorgante", "primeira outorgante", "segunda outorgante",
    "outorgante", "outorgantes", "vendedor", "vendedora", "comprador", "compradora", "mutuante",
    "mutuário", "mutuária", "doador", "doadora", "cliente", "motorista", "estafeta", "entregue a",
    "levantado por", "reservado por", "encomendado por", "organizador", "organizadora",
    "coorganizador", "coorganizadora", "organizado por", "anfitrião", "anfitriã", "moderador",
    "moderadora", "apresentador", "apresentadora", "orador", "oradora", "oradores", "palestrante",
    "responsável", "monitor", "titular do bilhete", "titular do cartão", "associado", "associada",
    "sócio n.º", "gestor de cliente", "gestora de cliente", "consultor", "consultora", "mediador",
    "mediadora"};
const size_t nw_kv8_party_n = sizeof nw_kv8_party_labels / sizeof nw_kv8_party_labels[0];

/* Roles that only a person fills: case handlers, press contacts, contacts, students and trainees,
 * kin on forms, passengers. */
const char *const nw_kv8_person_labels[] = {
    /* en */
    "case officer", "case handler", "case manager", "claims handler", "claims adjuster",
    "claim handler", "adjuster", "loss adjuster", "assessor", "surveyor", "examiner",
    "investigator", "handling officer", "responsible officer", "officer in charge", "reviewed by",
    "verified by", "authorised by", "authorized by", "countersigned by", "media contact",
    "media contacts", "press contact", "press contacts", "press enquiries", "press office contact",
    "spokesperson", "spokesman", "spokeswoman", "for more information", "second contact",
    "third contact", "alternate contact", "alternative contact", "secondary contact",
    "primary contact", "contact person", "point of contact", "contact 2", "contact 3", "student",
    "students", "student name", "pupil", "learner", "trainee", "apprentice", "graduate",
    "candidate", "passenger", "passengers", "traveller", "travellers", "traveler", "instructor",
    "trainer", "coach", "examiner", "father", "mother", "guardian", "legal guardian", "parent 1",
    "parent 2", "mother's name",
    /* de */
    "sachbearbeiter", "sachbearbeiterin", "bearbeiter", "bearbeiterin", "bearbeitet von",
    "zuständig", "zuständige", "zuständiger", "zuständig ist", "ansprechpartner",
    "ansprechpartnerin", "zweiter ansprechpartner", "weiterer ansprechpartner", "schadenregulierer",
    "schadensregulierer", "schadenbearbeiter", "gutachter", "gutachterin", "sachverständiger",
    "sachverständige", "prüfer", "prüferin", "geprüft von", "pressekontakt", "pressesprecher",
    "pressesprecherin", "pressereferent", "pressereferentin", "kontakt für medien", "studentin",
    "studenten", "schüler", "auszubildender", "auszubildende", "azubi", "praktikant",
    "praktikantin", "trainer", "trainerin", "fahrgast", "fahrgäste", "reisender", "reisende",
    "mitreisende", "mitreisender",
    /* fr */
    "dossier suivi par", "affaire suivie par", "suivi par", "chargé de dossier",
    "chargée de dossier", "chargé d'affaires", "gestionnaire", "gestionnaire du dossier",
    "gestionnaire sinistre", "rédacteur", "rédactrice", "expert", "experte", "expert mandaté",
    "inspecteur", "inspectrice", "instructeur", "vérifié par", "contact presse", "contacts presse",
    "relations presse", "attachée de presse", "attaché de presse", "porte-parole", "second contact",
    "autre contact", "contact secondaire", "étudiant", "étudiante", "étudiants", "stagiaire",
    "apprenti", "apprentie", "encadrant", "encadrante", "formateur", "formatrice", "moniteur",
    "monitrice", "passager", "passagère", "passagers", "voyageur", "voyageuse", "mère", "père",
    "reçu par",
    /* nl */
    "behandeld door", "behandelaar", "behandelaarster", "dossierbeheerder", "dossierhouder",
    "contactpersoon", "tweede contactpersoon", "schade-expert", "schadebehandelaar", "expert",
    "taxateur", "gecontroleerd door", "perscontact", "persvoorlichter", "woordvoerder",
    "woordvoerster", "studente", "studenten", "stagiair", "stagiaire", "cursist", "begeleider",
    "begeleidster", "instructeur", "trainer", "passagier", "passagiers", "reiziger", "reizigers",
    "ontvangen door",
    /* es */
    "tramitado por", "tramitada por", "tramitador", "tramitadora", "gestor del expediente",
    "gestora del expediente", "gestor del siniestro", "instructor del expediente", "perito",
    "perita", "técnico responsable", "revisado por", "contacto de prensa", "contacto para medios",
    "gabinete de prensa", "portavoz", "segundo contacto", "tercer contacto", "persona de contacto",
    "estudiante", "estudiantes", "becario", "becaria", "aprendiz", "alumno en prácticas",
    "formador", "formadora", "pasajero", "pasajera", "pasajeros", "viajero", "viajera",
    "recibido por",
    /* it */
    "pratica gestita da", "gestita da", "seguita da", "responsabile del procedimento",
    "responsabile dell'istruttoria", "istruttore", "istruttrice", "liquidatore sinistri", "perito",
    "perita", "verificato da", "referente", "referente stampa", "contatto stampa",
    "contatti stampa", "ufficio stampa", "portavoce", "secondo contatto", "persona di riferimento",
    "studente", "studentessa", "studenti", "tirocinante", "stagista", "apprendista", "formatore",
    "formatrice", "passeggero", "passeggera", "passeggeri", "viaggiatore", "viaggiatrice",
    "ricevuto da",
    /* pt */
    "processo tratado por", "tratado por", "gestor do processo", "gestora do processo",
    "técnico responsável", "técnica responsável", "técnico", "técnica", "perito avaliador",
    "perita avaliadora", "perito", "perita", "verificado por", "contacto de imprensa",
    "contacto para a imprensa", "contato de imprensa", "assessoria de imprensa",
    "assessor de imprensa", "porta-voz", "segundo contacto", "segundo contato",
    "pessoa de contacto", "estudante", "estudantes", "estagiário", "estagiária", "formando",
    "formanda", "formador", "formadora", "passageiro", "passageira", "passageiros", "viajante",
    "recebido por", "cabeça de casal"};
const size_t nw_kv8_person_n = sizeof nw_kv8_person_labels / sizeof nw_kv8_person_labels[0];

/* Keys of log lines and exports whose value is a person, folded as names_tables2.c folds a key
 * (lower case, ' ', '_', '-', '.' left out): `signer="X"`, `received_by=X`, `driverName`. */
static const char *const person_keys[] = {
    "signer",        "signername",     "signedby",       "signatory",
    "podname",       "podsignatory",   "podsigner",      "podsignedby",
    "recipient",     "recipientname",  "receiver",       "receivername",
    "receivedby",    "consignee",      "consigneename",  "addressee",
    "handedto",      "handedoverto",   "deliveredto",    "releasedto",
    "collectedby",   "pickedupby",     "driver",         "drivername",
    "courier",       "couriername",    "rider",          "ridername",
    "deliveredby",   "handler",        "approver",       "approvedby",
    "witness",       "witnessname",    "guardian",       "passenger",
    "passengername", "travellername",  "travelername",   "guestname",
    "holdername",    "cardholder",     "cardholdername", "accountholder",
    "tenantname",    "empfaenger",     "empfänger",      "empfangen",
    "empfangenvon",  "fahrer",         "fahrername",     "zusteller",
    "unterzeichner", "destinataire",   "livreur",        "signataire",
    "remisa",        "receptionnaire", "ontvanger",      "bezorger",
    "ondertekenaar", "ontvangendoor",  "destinatario",   "repartidor",
    "firmante",      "recibidopor",    "entregadoa",     "autista",
    "firmatario",    "ricevutoda",     "consegnatoa",    "destinatarionome",
    "estafeta",      "motorista",      "recebidopor",    "entreguea",
    "assinante",     "signedname",     "printname",      "printedname",
    "holder",        "owner",          "ownername",      "assignee",
    "reporter",      "witnessedby",    "inhaber",        "titulaire",
    "titular",       "titolare",       "houder",         "eigenaar"};
/* person_keys by their first and last byte and length (nw_lens_may()). */
static const struct nw_lens person_key_lens = {
    {0x2780, 0x100,  0x6e80, 0x11c40, 0x1700, 0x540,  0x300,  0x15c0, 0x80,
     0x0,    0x0,    0x80,   0x200,   0x0,    0x2220, 0x3e80, 0x0,    0x7f60,
     0x740,  0x3780, 0x2000, 0x0,     0x880,  0x0,    0x0,    0x200,  0x0},
    {0xfc0,  0x0, 0x0, 0x0,    0x17f80, 0x0,   0x0, 0x0, 0x0, 0x0, 0x0,    0x0, 0x0, 0x1300,
     0x1d00, 0x0, 0x0, 0x2fe0, 0x80,    0x200, 0x0, 0x0, 0x0, 0x0, 0x1f00, 0x0, 0x0, 0x0}};

size_t nw_kv8_lens_audit(void)
{
    return nw_lens_audit(&person_key_lens, person_keys, sizeof person_keys / sizeof person_keys[0]);
}

static int person_key(const char *k)
{
    return NW_ONE_OF(k, person_keys);
}

int nw_kv8_key_before(const struct sc *s, size_t e, size_t *ks)
{
    size_t k = e;
    while (k > 0 && e - k < 32 &&
           (is_alnum(s->t[k - 1]) || s->t[k - 1] == '_' || s->t[k - 1] == '-' ||
            s->t[k - 1] == '.' || s->t[k - 1] >= 0x80))
        k--;
    return nw_kv8_key_at(s, k, e, ks);
}

int nw_kv8_key_at(const struct sc *s, size_t k, size_t e, size_t *ks)
{
    char raw[40], f[48];
    size_t n = 0;
    *ks = k;
    if (k == e || e - k < 5 || (k > 0 && !strchr(" \t,;{(&?\n\"", s->t[k - 1])))
        return 0;
    for (size_t i = k; i < e; i++) {
        uint8_t c = s->t[i];
        if (c == '_' || c == '-' || c == '.')
            continue;
        if (is_digit(c))
            return 0;
        raw[n++] = (char)c;
    }
    if (!nw_lens_may(&person_key_lens, (const uint8_t *)raw, n))
        return 0; /* no key opens so or is so long: most keys of logs ("status", "path") */
    size_t m = nw_fold(raw, n, f, sizeof f - 1);
    if (!m)
        return 0;
    f[m] = '\0';
    return person_key(f);
}

size_t nw_kv8_more_words(const uint8_t *t, size_t b, size_t len)
{
    for (int k = 0; k < 3 && b + 1 < len && t[b] == ' '; k++) {
        size_t w = b + 1;
        if (!is_up(t[w]) && t[w] < 0xC3) {
            /* a particle before a surname ("Jan van Dijk", "Ana da Silva") */
            char pw[8];
            size_t pe = w;
            while (pe < len && pe - w < 4 && t[pe] >= 'a' && t[pe] <= 'z')
                pe++;
            if (pe == w || pe + 1 >= len || t[pe] != ' ' || !is_up(t[pe + 1]))
                return b;
            memcpy(pw, t + w, pe - w);
            pw[pe - w] = '\0';
            if (!nw_particle(pw))
                return b;
            w = pe + 1;
        }
        while (w < len && !strchr(" \t\r\n,;&}\"", t[w])) {
            if (t[w] == '=' || t[w] == ':')
                return b;
            w++;
        }
        b = w;
    }
    return b;
}

/* A German or Dutch compound that names an institution by its last part ("Stadtbibliothek",
 * "Kreisverwaltung", "Stadtwerke", "Gemeentehuis"). */
static int institution(const char *w)
{
    static const char *const tails[] = {"bibliothek",  "verwaltung", "werke",    "kasse",
                                        "schule",      "klinik",     "zentrum",  "gesellschaft",
                                        "bibliotheek", "ziekenhuis", "gemeente", "huis"};
    size_t n = strlen(w);
    for (size_t k = 0; k < sizeof tails / sizeof tails[0]; k++) {
        size_t l = strlen(tails[k]);
        if (n > l + 2 && memcmp(w + n - l, tails[k], l) == 0)
            return 1;
    }
    return 0;
}

int nw_kv8_thing(const struct sc *s, size_t a, size_t b)
{
    static const char *const firm[] = {"corp", "inc",  "ltd", "llc",  "gmbh",  "ag", "sa",
                                       "sas",  "sarl", "srl", "spa",  "bv",    "nv", "plc",
                                       "lda",  "sl",   "co",  "team", "group", "kg", "ohg"};
    char fb[64];
    size_t nw = 1;
    for (size_t i = a; i < b; i++)
        nw += s->t[i] == ' ';
    const char *f = nw_fold_span(s, a, b, fb, sizeof fb);
    if ((*f && (nw_brand(f, nw) || nw_famous(f))) || nw_forms5_firm(s, a, b) ||
        nw_not_person(s, a, b))
        return 1;
    for (size_t i = a; i < b;) {
        size_t we = i;
        while (we < b && s->t[we] != ' ')
            we++;
        char wb[24];
        const char *w = nw_fold_span(s, i, we, wb, sizeof wb);
        unsigned lx = we - i >= 2 ? nw_lexicon_in(s->t, s->len, i, we) : 0;
        if ((*w && (nw_one_of(w, firm, sizeof firm / sizeof firm[0]) || institution(w))) ||
            ((lx & (ANON_NL_COMMON_EN | ANON_NL_COMMON)) && !(lx & (ANON_NL_GIVEN | ANON_NL_NAME))))
            return 1;
        i = we + 1;
    }
    return 0;
}
