/* names_context2.c: the words that forms and prose put around a person in the documents of
 * insurance, medicine, law, HR, schools, real estate, police, shipping and genealogy, in the
 * pack's seven locales (en, de, fr, nl, es, it, pt):
 * - role labels before a value ("Policyholder: X", "NOTFALLKONTAKT: X", "Responsable légal : X",
 *   "Ouder/verzorger: X", "Encarregado de educação: X", "Cambio turno: X"): filed as labels
 *   (C_LABEL, a strong context: names.c's label_ctx() reads them), the plural ones as list
 *   labels ("Vendors: X and Y", "Getuigen: X en Y");
 * - titles and forms of address the pack's list lacks ("Mister X", "Exmo. Senhor X", "de heer X",
 *   "Maître X"): filed as honorifics (C_HON);
 * - and a weak context, nw_ctx2_ctx(): a relation word before the name ("ihr Mann X", "il nipote
 *   X", "Sohn des X und der Y"), a role noun without a colon ("Kundin X", "Klant X",
 *   "Ansprechpartnerin X"), a verb that hands something to or takes it from a person through its
 *   preposition ("Handover to X", "Übergabe an X", "Rückruf durch X", "Terugbellen door X",
 *   "driven by X", "guidata da X"), an age in brackets after a full name ("X (63)").
 *
 * The weak context still leaves the run to the weak-context rules (name-shaped, no ordinary or
 * product word); a lone word must also be a lexicon name that is no English word, or an unknown
 * word with a name's shape (CTX2_SHAPE). Every word looked for before a run is filed C_CTX2, so
 * the look-back leaves on the first three bytes of most words before any folding.
 */
#include "anonymize/names_internal.h"

#include <string.h>

#define CTX2_SHAPE 6       /* a lone unknown word's name-shape score, at least (as names_prose.c) */
#define CTX2_FLOOR -4      /* each unknown word of a run's, at least */
#define CTX2_MEAN_STRICT 8 /* their mean under a label whose value may be a company */

/* Role labels whose value is one person, in the forms of each trade and locale. */
const char *const nw_ctx2_labels[] = {"insured person",
                                      "named driver",
                                      "witness",
                                      "witness name",
                                      "claimant name",
                                      "next of kin",
                                      "nok",
                                      "guardian",
                                      "legal guardian",
                                      "parent/guardian",
                                      "parent name",
                                      "carer",
                                      "caregiver",
                                      "key worker",
                                      "emergency contact",
                                      "contact name",
                                      "contact person",
                                      "in case of emergency",
                                      "forename",
                                      "forenames",
                                      "first names",
                                      "middle name",
                                      "middle names",
                                      "maiden name",
                                      "preferred name",
                                      "known as",
                                      "deceased",
                                      "informant",
                                      "testator",
                                      "spouse",
                                      "partner name",
                                      "husband",
                                      "wife",
                                      "father",
                                      "mother",
                                      "father's name",
                                      "mother's name",
                                      "child's name",
                                      "pupil",
                                      "pupil name",
                                      "form tutor",
                                      "head of year",
                                      "class teacher",
                                      "headteacher",
                                      "head teacher",
                                      "referring physician",
                                      "referring doctor",
                                      "attending physician",
                                      "nurse in charge",
                                      "surgeon",
                                      "anaesthetist",
                                      "midwife",
                                      "caller name",
                                      "victim",
                                      "suspect",
                                      "offender",
                                      "complainant",
                                      "officer in charge",
                                      "interviewing officer",
                                      "reporting officer",
                                      "arresting officer",
                                      "signed for by",
                                      "received by",
                                      "collected by",
                                      "delivered to",
                                      "line manager",
                                      "hiring manager",
                                      "employee name",
                                      "candidate name",
                                      "new starter",
                                      "mentee",
                                      "versicherte person",
                                      "versicherter",
                                      "versicherte",
                                      "notfallkontakt",
                                      "zeuge",
                                      "zeugin",
                                      "zeugen",
                                      "erziehungsberechtigter",
                                      "erziehungsberechtigte",
                                      "sorgeberechtigter",
                                      "sorgeberechtigte",
                                      "hausarzt",
                                      "hausärztin",
                                      "behandelnder arzt",
                                      "bezugsperson",
                                      "ansprechpartnerin",
                                      "sachbearbeiter",
                                      "sachbearbeiterin",
                                      "vorgesetzter",
                                      "vorgesetzte",
                                      "schüler",
                                      "schülerin",
                                      "klassenlehrer",
                                      "klassenlehrerin",
                                      "geschädigter",
                                      "geschädigte",
                                      "fahrer",
                                      "fahrerin",
                                      "erblasser",
                                      "erblasserin",
                                      "betreuer",
                                      "betreuerin",
                                      "vormund",
                                      "ehepartner",
                                      "ehepartnerin",
                                      "ehemann",
                                      "ehefrau",
                                      "mutter",
                                      "vater",
                                      "geburtsname",
                                      "vornamen",
                                      "rufname",
                                      "pflegekraft",
                                      "bezugspflege",
                                      "beschuldigter",
                                      "beschuldigte",
                                      "anzeigeerstatter",
                                      "mitteiler",
                                      "verstorbener",
                                      "verstorbene",
                                      "assuré",
                                      "assurée",
                                      "témoin",
                                      "responsable légal",
                                      "responsable légale",
                                      "représentant légal",
                                      "personne à prévenir",
                                      "personne à contacter",
                                      "médecin traitant",
                                      "médecin référent",
                                      "élève",
                                      "professeur principal",
                                      "conjoint",
                                      "conjointe",
                                      "tuteur",
                                      "tutrice",
                                      "déclarant",
                                      "déclarante",
                                      "victime",
                                      "conducteur",
                                      "conductrice",
                                      "interlocuteur",
                                      "interlocutrice",
                                      "père",
                                      "mère",
                                      "nom de naissance",
                                      "nom d'usage",
                                      "prénoms",
                                      "défunt",
                                      "défunte",
                                      "infirmière",
                                      "infirmier",
                                      "enfant",
                                      "verzekerde",
                                      "getuige",
                                      "ouder/verzorger",
                                      "ouder",
                                      "verzorger",
                                      "contactpersoon",
                                      "eerste contactpersoon",
                                      "tweede contactpersoon",
                                      "huisarts",
                                      "leerling",
                                      "mentor",
                                      "bestuurder",
                                      "behandelaar",
                                      "voogd",
                                      "leidinggevende",
                                      "echtgenoot",
                                      "echtgenote",
                                      "vader",
                                      "moeder",
                                      "voornamen",
                                      "roepnaam",
                                      "meisjesnaam",
                                      "overledene",
                                      "erflater",
                                      "zorgverlener",
                                      "wijkverpleegkundige",
                                      "slachtoffer",
                                      "verdachte",
                                      "aangever",
                                      "asegurado",
                                      "asegurada",
                                      "testigo",
                                      "tutor legal",
                                      "tutora legal",
                                      "persona de contacto",
                                      "contacto de emergencia",
                                      "médico de cabecera",
                                      "médico responsable",
                                      "alumno",
                                      "alumna",
                                      "alumno/a",
                                      "padre/madre",
                                      "padre",
                                      "madre",
                                      "cónyuge",
                                      "conductor",
                                      "conductora",
                                      "denunciante",
                                      "interesado",
                                      "interesada",
                                      "fallecido",
                                      "fallecida",
                                      "enfermera",
                                      "enfermero",
                                      "hijo",
                                      "hija",
                                      "nombre de pila",
                                      "primer apellido",
                                      "segundo apellido",
                                      "víctima",
                                      "investigado",
                                      "assicurato",
                                      "assicurata",
                                      "testimone",
                                      "genitore",
                                      "genitore/tutore",
                                      "persona da contattare",
                                      "medico curante",
                                      "alunno",
                                      "alunna",
                                      "alunno/a",
                                      "tutore",
                                      "coniuge",
                                      "conducente",
                                      "referente",
                                      "defunto",
                                      "defunta",
                                      "infermiera",
                                      "infermiere",
                                      "padre",
                                      "madre",
                                      "figlio",
                                      "figlia",
                                      "vittima",
                                      "indagato",
                                      "persona offesa",
                                      "segurado",
                                      "segurada",
                                      "testemunha",
                                      "encarregado de educação",
                                      "encarregada de educação",
                                      "pessoa de contacto",
                                      "pessoa de contato",
                                      "médico de família",
                                      "aluno",
                                      "aluna",
                                      "aluno(a)",
                                      "cônjuge",
                                      "condutor",
                                      "condutora",
                                      "responsável",
                                      "falecido",
                                      "falecida",
                                      "enfermeira",
                                      "enfermeiro",
                                      "pai",
                                      "mãe",
                                      "filho",
                                      "filha",
                                      "vítima",
                                      "arguido",
                                      "arguida"};
const size_t nw_ctx2_nlabels = sizeof nw_ctx2_labels / sizeof nw_ctx2_labels[0];

/* Labels whose value is a person as often as a company, a team or a shift ("Tomador: X",
 * "Purchaser: X", "Contacto: X", "Titular: X", "Cambio turno: X", "Übergabe an: X"): a weak
 * context, read by nw_ctx2_ctx(). ("Vendor" is names_reject.c's key of a company.) */
const char *const nw_ctx2_weak_labels[] = {"handover to",
                                           "handed over to",
                                           "übergabe an",
                                           "rückruf durch",
                                           "rückruf an",
                                           "relève",
                                           "rappel par",
                                           "overdracht aan",
                                           "terugbellen door",
                                           "relevo",
                                           "devolver llamada",
                                           "cambio turno",
                                           "richiamare",
                                           "passagem de turno",
                                           "ligar de volta",
                                           "policyholder",
                                           "policy holder",
                                           "tomador",
                                           "tomadora",
                                           "contraente",
                                           "acquirenti",
                                           "acquéreurs",
                                           "buyers",
                                           "compradores",
                                           "executors",
                                           "kopers",
                                           "landlords",
                                           "purchasers",
                                           "sellers",
                                           "tenants",
                                           "vendedores",
                                           "vendeurs",
                                           "venditori",

                                           "verkopers",
                                           "third party",

                                           "purchaser",
                                           "landlord",
                                           "lessor",
                                           "lessee",
                                           "licensee",
                                           "occupant",
                                           "occupier",
                                           "executor",
                                           "gp",
                                           "consultant",
                                           "caller",
                                           "officer",
                                           "consignee",
                                           "candidate",
                                           "buddy",
                                           "payee",
                                           "account holder",
                                           "cardholder",
                                           "card holder",
                                           "policy owner",
                                           "versicherungsnehmer",
                                           "versicherungsnehmerin",
                                           "vermieter",
                                           "vermieterin",
                                           "mieter",
                                           "mieterin",
                                           "käufer",
                                           "käuferin",
                                           "verkäuferin",
                                           "halter",
                                           "halterin",
                                           "fahrzeughalter",
                                           "antragsteller",
                                           "antragstellerin",
                                           "bevollmächtigter",
                                           "souscripteur",
                                           "souscriptrice",
                                           "bailleur",
                                           "bailleresse",
                                           "preneur",
                                           "locataire",
                                           "vendeur",
                                           "venderesse",
                                           "acquéreur",
                                           "acheteur",
                                           "gestionnaire",
                                           "mandataire",
                                           "verzekeringnemer",
                                           "verzekeringsnemer",
                                           "verhuurder",
                                           "huurder",
                                           "verkoper",
                                           "koper",
                                           "curator",
                                           "partner",
                                           "aanvrager",
                                           "gemachtigde",
                                           "contacto",
                                           "arrendador",
                                           "arrendadora",
                                           "arrendatario",
                                           "arrendataria",
                                           "vendedor",
                                           "vendedora",
                                           "comprador",
                                           "compradora",
                                           "titular",
                                           "beneficiario",
                                           "beneficiaria",
                                           "apoderado",
                                           "apoderada",
                                           "contatto",
                                           "locatore",
                                           "conduttore",
                                           "venditore",
                                           "venditrice",
                                           "acquirente",
                                           "intestatario",
                                           "intestataria",
                                           "beneficiaria",
                                           "delegato",
                                           "delegata",
                                           "contato",
                                           "senhorio",
                                           "senhoria",
                                           "arrendatário",
                                           "arrendatária",
                                           "outorgante",
                                           "outorgado",
                                           "outorgada",
                                           "beneficiário",
                                           "beneficiária",
                                           "utente",
                                           "procurador",
                                           "procuradora",
                                           "requerente",
                                           "adquirente"};
const size_t nw_ctx2_nweak_labels = sizeof nw_ctx2_weak_labels / sizeof nw_ctx2_weak_labels[0];

/* ... and those whose value is often two people or more ("Vendors: X and Y"). */
const char *const nw_ctx2_list_labels[] = {
    "parents",   "witnesses",    "guardians", "present",      "zeugen",      "eltern",
    "erben",     "témoins",      "parents",   "enfants",      "getuigen",    "ouders",
    "kinderen",  "deelnemers",   "testigos",  "padres",       "hijos",       "presentes",
    "testimoni", "genitori",     "figli",     "partecipanti", "testemunhas", "pais",
    "filhos",    "participantes"};
const size_t nw_ctx2_nlist_labels = sizeof nw_ctx2_list_labels / sizeof nw_ctx2_list_labels[0];

/* Titles and forms of address the pack's list lacks (compared without their last dot). */
const char *const nw_ctx2_honorifics[] = {
    "mister",      "mistress",  "heer",         "senhor",     "senhora",        "sr.ª",
    "maître",      "maitre",    "egregio",      "egregia",    "gentilissimo",   "gentilissima",
    "spettabile",  "insp",      "inspector",    "inspecteur", "hauptkommissar", "kommissar",
    "kommissarin", "brigadier", "wachtmeister", "arq",        "dres",           "drs",
    "ir"};
const size_t nw_ctx2_nhonorifics = sizeof nw_ctx2_honorifics / sizeof nw_ctx2_honorifics[0];

/* Abbreviated forms of address that precede a title ("Exmo. Senhor X", "Ilma. Sra. X"): no name
 * themselves, whatever comes before them ("afspraak met Exmo. Senhor X"). */
const char *const nw_ctx2_not_names[] = {"exmo", "exma", "exmos", "exmas", "ilmo", "ilma"};
const size_t nw_ctx2_nnot_names = sizeof nw_ctx2_not_names / sizeof nw_ctx2_not_names[0];

/* Relation words that name the person right after them ("il nipote X", "le neveu X"); names_prose
 * and names_docs hold son, daughter, wife and their likes already. */
static const char *const kin[] = {
    "nephew",       "niece",      "grandson",  "granddaughter", "cousin",       "stepson",
    "stepdaughter", "neffe",      "nichte",    "enkel",         "enkelin",      "bruder",
    "schwester",    "cousine",    "stiefsohn", "stieftochter",  "schwager",     "schwägerin",
    "neveu",        "nièce",      "frère",     "sœur",          "petit-fils",   "petite-fille",
    "beau-frère",   "belle-sœur", "neef",      "kleinzoon",     "kleindochter", "broer",
    "zus",          "zwager",     "schoonzus", "sobrino",       "sobrina",      "nieto",
    "nieta",        "hermano",    "hermana",   "primo",         "prima",        "cuñado",
    "cuñada",       "nipote",     "fratello",  "sorella",       "cugino",       "cugina",
    "cognato",      "cognata",    "sobrinho",  "sobrinha",      "neto",         "neta",
    "irmão",        "irmã",       "cunhado",   "cunhada",       "marido",       "esposo",
    "mari",         "marito",     "moglie",    "ehemann",       "ehefrau",      "echtgenoot",
    "echtgenote",   "mãe",        "madre",     "mère",          "mutter",       "moeder",
    "pai",          "padre",      "père",      "vater",         "vader"};

/* Relation words that name a person only after a possessive or an article ("ihr Mann X", "sa
 * femme X", "haar man X", "a mulher X"): alone they are a common noun ("Mann", "man"). */
static const char *const kin_poss[] = {"mann",   "frau",      "man",       "vrouw",    "femme",
                                       "mulher", "partner",   "partnerin", "freund",   "freundin",
                                       "vriend", "vriendin",  "ami",       "amie",     "novio",
                                       "novia",  "fidanzato", "fidanzata", "namorado", "namorada"};

static const char *const possessives[] = {
    "my",   "his",   "her", "their", "our", "mein", "meine",   "sein",    "seine", "ihr",
    "ihre", "unser", "mon", "ma",    "son", "sa",   "notre",   "leur",    "mijn",  "zijn",
    "haar", "hun",   "ons", "onze",  "mi",  "su",   "nuestro", "nuestra", "il",    "la",
    "mio",  "mia",   "suo", "sua",   "o",   "a",    "meu",     "minha",   "seu",   "el",
    "le",   "der",   "die", "de",    "het", "lo"};

/* Role nouns written before the name with no colon ("Kundin X", "Klant X (mail)",
 * "Ansprechpartnerin X", "contacto X"). */
static const char *const roles[] = {
    "kundin", "kunde", "klant", "klante", "cliente", "cliënt", "ansprechpartner",
    "ansprechpartnerin", "contactpersoon", "contacto", "contatto", "mieter", "mieterin", "huurder",
    "inquilino", "inquilina", "locataire", "betreuer", "betreuerin", "pflegerin", "pfleger",
    "carer", "caregiver", "zeuge", "zeugin", "getuige", "testigo", "testimone", "testemunha",
    "témoin", "witness", "tutor", "tutora", "tutore", "vormund", "voogd", "patiënt", "bewohner",
    "bewohnerin", "bewoner", "résident", "résidente", "residente", "utente", "mandant", "mandantin",
    "sachbearbeiterin", "sachbearbeiter", "verzekerde", "assuré", "assurée", "segurado", "segurada",
    "asegurado", "asegurada", "assicurato", "assicurata",
    /* a league's or a club's (names_chat9.c) */
    "treasurer", "commissioner", "kassenwart", "kassenwartin", "kassiererin", "trésorier",
    "trésorière", "penningmeester", "tesorero", "tesorera", "tesoriere", "tesoriera", "tesoureiro",
    "tesoureira"};

/* Verbs and nouns of handing over, calling back, signing and driving, whose person comes after
 * the preposition that follows them ("Handover to X", "Übergabe an X", "driven by X"). */
static const char *const hand[] = {
    "handover",       "handed",     "hand",          "passed",        "callback",
    "call-back",      "escalated",  "report",        "reports",       "closed",
    "resolved",       "signed",     "countersigned", "witnessed",     "collected",
    "driven",         "driving",    "assessed",      "examined",      "referred",
    "übergabe",       "übergeben",  "rückruf",       "rückfrage",     "abgeholt",
    "unterschrieben", "gefahren",   "gelenkt",       "unterzeichnet", "überwiesen",
    "vertretung",     "overdracht", "overgedragen",  "terugbellen",   "terugbelverzoek",
    "opgehaald",      "getekend",   "ondertekend",   "bestuurd",      "gereden",
    "doorverwezen",   "transmis",   "transmise",     "remis",         "remise",
    "remises",        "rappel",     "rappelé",       "signé",         "signée",
    "conduite",       "conduit",    "récupéré",      "récupérées",    "adressé",
    "adressée",       "entregado",  "entregada",     "firmado",       "firmada",
    "conducido",      "conducida",  "recogido",      "recogida",      "derivado",
    "derivada",       "consegnato", "consegnata",    "firmato",       "firmata",
    "guidata",        "guidato",    "ritirato",      "ritirata",      "inviato",
    "inviata",        "affidato",   "affidata",      "entregue",      "assinado",
    "assinada",       "conduzido",  "conduzida",     "recolhido",     "recolhida",
    "encaminhado",    "encaminhada"};

/* The prepositions that follow them. */
static const char *const hand_prep[] = {"to",  "by",   "an",  "durch", "von",  "bei",
                                        "aan", "door", "par", "à",     "por",  "a",
                                        "da",  "al",   "ao",  "à",     "pela", "pelo"};

/* The articles of a second parent ("und der Y", "y de Y") and of a first ("Sohn des X"). */
static const char *const parent_words[] = {"der", "de", "di", "des"};

/* Every word nw_ctx2_ctx() and nw_ctx2_lead() look for right before a run: names_words.c files
 * them as C_CTX2, a filter on their first three bytes (the lists above decide). */
const char *const *const nw_ctx2_filter_lists[] = {kin,       kin_poss,     roles,
                                                   hand_prep, parent_words, nw_kv8_note_preps};
const size_t nw_ctx2_filter_sizes[] = {sizeof kin / sizeof kin[0],
                                       sizeof kin_poss / sizeof kin_poss[0],
                                       sizeof roles / sizeof roles[0],
                                       sizeof hand_prep / sizeof hand_prep[0],
                                       sizeof parent_words / sizeof parent_words[0],
                                       NW_KV8_NOTE_PREPS};
const size_t nw_ctx2_nfilter_lists = sizeof nw_ctx2_filter_sizes / sizeof nw_ctx2_filter_sizes[0];

/* The word of letters ending at e (spaces before it skipped), folded into buf; its start in *ws.
 * "" when none, or (filter) when it is no C_CTX2 word by its first three bytes. */
static const char *word_ending(const struct sc *s, size_t e, size_t *ws, char *buf, size_t cap,
                               int filter)
{
    const uint8_t *t = s->t;
    while (e > 0 && t[e - 1] == ' ')
        e--;
    size_t i = e;
    while (i > 0 && e - i < 24 &&
           (t[i - 1] >= 0x80 || is_alnum(t[i - 1]) || (t[i - 1] == '-' && i - 1 < e - 1)))
        i--;
    *ws = i;
    if (i == e || e - i >= 24 || (filter && !nw_may_be(t + i, e - i, C_CTX2)))
        return "";
    return nw_fold_span(s, i, e, buf, cap);
}

/* The run alone, when it is one word: a lexicon name that is no English word (a given name
 * attested as one may be), or unknown with a name's shape. Runs of two words or more are left
 * to the weak-context rules. */
static int lone_ok(const struct sc *s, size_t start, size_t end)
{
    if (memchr(s->t + start, ' ', end - start))
        return 1;
    struct word w;
    nw_parse_word(s, start, &w);
    if (w.e != end || (w.shape != SH_NAME && w.shape != SH_CAPS))
        return 0;
    if (w.lex) {
        if (!nw_lexname(w.lex))
            return 0;
        return !(w.lex & ANON_NL_COMMON_EN) ||
               (w.lex & (ANON_NL_GIVEN | ANON_NL_ATTESTED)) == (ANON_NL_GIVEN | ANON_NL_ATTESTED);
    }
    char b[32];
    if (nw_not_name(nw_fold_span(s, start, end, b, sizeof b)))
        return 0;
    return end - start >= 3 && nw_name_shape(s->t + start, end - start) >= CTX2_SHAPE;
}

/* Where a company, a team or a shift stands as often as a person (a weak label, a verb of
 * handing over, a count in brackets), every word of the run must be a name's: an initial, a
 * particle, a lexicon name that is no ordinary word (the first may be an attested given name
 * that is one too: "Will Tanner"), or an unknown word whose shape does not lean to an ordinary
 * word's ("Turno Notte", "Deutsche Bahn", "Day Shift" are not). */
static int plain_run(const struct sc *s, size_t start, size_t end, int strict)
{
    const uint8_t *t = s->t;
    char b[32];
    int sum = 0, unknown = 0;
    if (end + 1 < s->len && t[end] == ' ' &&
        (is_digit(t[end + 1]) ||
         (is_up(t[end + 1]) && (end + 2 >= s->len || !is_alnum(t[end + 2])))))
        return 0; /* "Ward B", "Station 4", "Pavillon B": a place's code after it */
    for (size_t p = start, k = 0; p < end; k++) {
        struct word w;
        nw_parse_word(s, p, &w);
        if (w.e <= p)
            return 0;
        if (w.shape == SH_NAME || w.shape == SH_CAPS) {
            unsigned f = w.lex;
            int attested =
                (f & (ANON_NL_GIVEN | ANON_NL_ATTESTED)) == (ANON_NL_GIVEN | ANON_NL_ATTESTED);
            if (nw_not_name(nw_fold_span(s, w.s, w.e, b, sizeof b)))
                return 0;
            if (f && (!nw_lexname(f) || ((f & (ANON_NL_COMMON | ANON_NL_COMMON_EN)) &&
                                         (strict || k > 0 || !attested))))
                return 0;
            if (!f) {
                int v = nw_name_shape(t + w.s, w.e - w.s);
                if (v < CTX2_FLOOR)
                    return 0;
                sum += v;
                unknown++;
            }
        } else if (w.shape != SH_INITIAL && w.shape != SH_PARTICLE) {
            return 0;
        }
        p = w.e;
        while (p < end && t[p] == ' ')
            p++;
    }
    return !unknown || sum >= (strict ? CTX2_MEAN_STRICT : 0) * unknown;
}

/* "X (63)", "X (63):", "X (63),": a full name and an age in brackets right after it. */
static int age_after(const struct sc *s, size_t start, size_t end)
{
    const uint8_t *t = s->t;
    if (end + 4 >= s->len || t[end] != ' ' || t[end + 1] != '(' || !is_digit(t[end + 2]))
        return 0;
    size_t k = end + 2, v = 0;
    while (k < s->len && is_digit(t[k]) && k - end < 6)
        v = v * 10 + (size_t)(t[k++] - '0');
    if (k >= s->len || t[k] != ')' || v == 0 || v > 110)
        return 0;
    return memchr(t + start, ' ', end - start) != NULL && plain_run(s, start, end, 0);
}

/* "X nació el ...", "X nasceu em", "X è nato il", "X est née le", "X werd geboren": a full name
 * and a verb of birth right after it (names.c reads "X was born"; names_reject.c drops a birth
 * before 1900, a historical figure's). The first byte after the space chooses the look. */
static int birth_after(const struct sc *s, size_t start, size_t end)
{
    static const char *const v[] = {
        "nació",  "nacido",  "nacida",     "nasceu",       "nascido",    "nascida",
        "nacque", "nato il", "nata il",    "è nato",       "è nata",     "est né",
        "né le",  "née le",  "is geboren", "werd geboren", "ist geboren"};
    const uint8_t *t = s->t;
    size_t i = end + 1;
    if (i + 5 >= s->len || t[end] != ' ')
        return 0;
    uint8_t a = t[i], b = t[i + 1]; /* "na", "né", "è ", "es", "is", "we": most runs leave here */
    if (!((a == 'n' && (b == 'a' || b == 0xC3)) || (a == 0xC3 && b == 0xA8) ||
          (a == 'e' && b == 's') || (a == 'i' && b == 's') || (a == 'w' && b == 'e')))
        return 0;
    for (size_t k = 0; k < sizeof v / sizeof v[0]; k++) {
        size_t l = strlen(v[k]);
        if ((uint8_t)v[k][0] == a && i + l < s->len && memcmp(t + i, v[k], l) == 0 &&
            !nw_letter(t + i + l, s->len - i - l))
            return memchr(t + start, ' ', end - start) != NULL && plain_run(s, start, end, 0);
    }
    return 0;
}

/* What follows the run: an age in brackets, a verb of birth. One look at the byte after it
 * first: most runs are followed by neither a space and '(' nor one of five letters. */
static inline int after_run(const struct sc *s, size_t start, size_t end)
{
    const uint8_t *t = s->t;
    if (end + 4 >= s->len || t[end] != ' ')
        return 0;
    if (nw_kv8_note_maybe(t, start) &&
        nw_kv8_note_lead(s, start, end)) /* "2026-05-01 – X confirmed", "• X (UBO) verified" */
        return lone_ok(s, start, end) && plain_run(s, start, end, 0);
    uint8_t c = t[end + 1], d = t[end + 2];
    if (c == '(')
        return age_after(s, start, end);
    if (end + 6 >= s->len)
        return 0;
    if (c == 'n' || c == 0xC3 || (c == 'e' && d == 's' && t[end + 3] == 't') ||
        (c == 'i' && d == 's' && (t[end + 3] == ' ' || t[end + 3] == 't')) ||
        (c == 'w' && d == 'e' && t[end + 3] == 'r'))
        return birth_after(s, start, end);
    return 0;
}

/* Is there a person found right before ws2 (the end of the last one, a few bytes back)? */
static int person_before(const struct sc *s, size_t ws2)
{
    size_t e = s->list_end;
    return e > 0 && e <= ws2 && ws2 - e <= 3;
}

/* Is the label between the line's start (or a '|', a tab, a full stop) and the colon at p one of
 * this file's? "Witness", "NEXT OF KIN", "Forename(s)", "Aluno(a)", "Ouder/verzorger" (either
 * side of the slash), "Responsable légal " before a French " :". 2 for a label whose value may be
 * a company, 1 for a person's label (names.c's label_ctx() reads those only at a line's start:
 * "... driven by X. Witness: Y." is this file's), 0 for none. */
static int label_before(const struct sc *s, size_t p)
{
    const uint8_t *t = s->t;
    size_t e = p;
    while (e > 0 && t[e - 1] == ' ')
        e--;
    size_t b = e;
    while (b > 0 && e - b < 40 &&
           (t[b - 1] >= 0x80 || is_alnum(t[b - 1]) || t[b - 1] == ' ' || t[b - 1] == '/' ||
            t[b - 1] == '(' || t[b - 1] == ')' || t[b - 1] == '\'' || t[b - 1] == '-'))
        b--;
    if (b > 0 && t[b - 1] != '\n' && t[b - 1] != '\r' && t[b - 1] != '|' && t[b - 1] != '\t' &&
        t[b - 1] != '*' && t[b - 1] != '>' && t[b - 1] != '.')
        return 0; /* "Please send it to the tenant: X" is no form */
    while (b < e && t[b] == ' ')
        b++;
    if (e > b && t[e - 1] == ')') { /* "Forename(s)", "Aluno(a)" */
        size_t q = e - 1;
        while (q > b && t[q - 1] != '(')
            q--;
        if (q > b && e - q <= 4)
            e = q - 1;
    }
    if (e <= b || e - b < 2)
        return 0;
    char buf[48];
    const char *f = nw_fold_span(s, b, e, buf, sizeof buf);
    if (!*f)
        return 0;
    unsigned c = nw_cats(f);
    if (c & (C_CTX2L | C_CTX2S))
        return c & C_CTX2L ? 2 : 1;
    char *slash = strchr(buf, '/'); /* "Ouder/verzorger", "Genitore/tutore" */
    if (!slash)
        return 0;
    *slash = '\0';
    return (nw_cats(buf) & C_CTX2L) || (nw_cats(slash + 1) & C_CTX2L) ? 2 : 0;
}

int nw_ctx2_ctx(const struct sc *s, size_t start, size_t end)
{
    const uint8_t *t = s->t;
    size_t p = start;
    while (p > 0 && t[p - 1] == ' ')
        p--;
    if (p > 0 && t[p - 1] == ':') {
        int l = label_before(s, p - 1); /* 2: a label whose value may be a company */
        return l && lone_ok(s, start, end) && plain_run(s, start, end, l == 2);
    }
    if (start < 3 || t[start - 1] != ' ')
        return after_run(s, start, end);
    char b1[32], b2[32], b3[32];
    size_t ws, ws2, ws3;
    const char *pw = word_ending(s, start - 1, &ws, b1, sizeof b1, 1);
    if (!*pw)
        return after_run(s, start, end);
    if (NW_ONE_OF(pw, kin) || NW_ONE_OF(pw, roles))
        return lone_ok(s, start, end); /* "il nipote X", "Kundin X", "Klant X" */
    const char *pw2 = word_ending(s, ws, &ws2, b2, sizeof b2, 0);
    if (NW_ONE_OF(pw, kin_poss))
        return NW_ONE_OF(pw2, possessives) && lone_ok(s, start, end); /* "ihr Mann X" */
    if (*pw2 && nw_kv8_note(s, start, pw, pw2)) /* "2026-05-01 – call with X" */
        return lone_ok(s, start, end) && plain_run(s, start, end, 0);
    if (NW_ONE_OF(pw, hand_prep) && *pw2 && NW_ONE_OF(pw2, hand))
        return lone_ok(s, start, end) &&
               plain_run(s, start, end, 0); /* "Handover to X", "Rückruf durch X", "driven by X" */
    /* the second parent: "Sohn des X und der Y", "hijo de X y de Y", "fils de X et de Y" */
    if (strcmp(pw, "der") == 0 || strcmp(pw, "de") == 0 || strcmp(pw, "di") == 0) {
        static const char *const conj[] = {"und", "y", "e", "et"};
        if (NW_ONE_OF(pw2, conj) && person_before(s, ws2))
            return lone_ok(s, start, end);
    }
    /* the first: "Sohn des X" (names_docs.c reads "Sohn von X", "son of X") */
    if (strcmp(pw, "des") == 0) {
        static const char *const sohn[] = {"sohn", "tochter", "enkel", "enkelin", "witwe"};
        if (NW_ONE_OF(word_ending(s, ws, &ws3, b3, sizeof b3, 0), sohn))
            return lone_ok(s, start, end);
    }
    return after_run(s, start, end);
}

/* A word that opens a run but is the context of the name after it ("Kundin X", "Zoon X", "ihr
 * Mann X"). */
int nw_ctx2_lead(const char *f)
{
    return nw_may_be((const uint8_t *)f, strlen(f), C_CTX2) &&
           (NW_ONE_OF(f, kin) || NW_ONE_OF(f, roles) || NW_ONE_OF(f, kin_poss));
}
