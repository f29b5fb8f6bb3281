/* names_informal.c: the cues of informal text around a lone given name (branch informal): reviews
 * that name staff, SMS and chat threads, forum posts about a named person, voicemail and short
 * prompts ("write a card for my colleague X", "Remind Kwame and Efua about the rent").
 *
 * nw_informal_ctx() gives a weak context (never a strong one) to a run by one of four shapes:
 * - coordination: the run is a member of a list of lone capitalised words joined by ", " and a
 *   conjunction of the pack's languages ("and", "&", "und", "et", "en", "y", "e", "i"), and another
 *   member is a lexicon given name that is no ordinary word ("Lieke en Bram", "Jodol und Birte");
 * - a role or relation noun of everyday life right before it ("our server X", "ma belle-mère X",
 *   "mi jefa X", "my MIL X", "la nostra cameriera X"), the pack's form and kin lists have the
 *   formal ones;
 * - a verb that addresses or asks for a person right before it ("tell X", "ask for X", "dile a X",
 *   "avisa o X", "reply to X", "Vraag naar X"), or thanks and greetings before it with the
 *   clause ending after it ("thanks X!", "merci X !", "ok X, see you");
 * - a vocative that opens a line, a comma after it and a second-person word in its clause ("X,
 *   can you ...", "X, kun je ...", "X, ¿me mandas ...").
 * The run must still look like a name on its own (lone_name()): a lexicon name that is no
 * ordinary English word, or an unknown word whose letters lean to a name's; the verdict in
 * names.c then applies its weak-context rules. Every look-back starts with a byte test: most runs
 * leave on the byte before them.
 */
#include "anonymize/names_internal.h"

#include <pthread.h>
#include <stdatomic.h>
#include <string.h>

#define INF_SHAPE 0        /* an unknown lone word's name-shape score, at least */
#define INF_SHAPE_VOC 4    /* ... as a vocative, where the only cue is the comma after it */
#define INF_SHAPE_MEMBER 0 /* ... beside a given name in a list */
#define INF_SHAPE_EN 8     /* ... beside the ambiguous "en" (en_member()) */
#define INF_MAX_MEMBERS 8  /* members of a coordinated list looked at */

/* Roles and relations of everyday life before a name, in the pack's seven languages (in-laws,
 * step-, god- and ex- from branch chat14; sv, da, no, pl, cs kin nouns from branch recall49). */
static const char *const roles[] = {"server",
                                    "waiter",
                                    "waitress",
                                    "bartender",
                                    "guide",
                                    "nurse",
                                    "receptionist",
                                    "stylist",
                                    "hairdresser",
                                    "barber",
                                    "driver",
                                    "roommate",
                                    "flatmate",
                                    "housemate",
                                    "boyfriend",
                                    "girlfriend",
                                    "fiancé",
                                    "fiancée",
                                    "fiance",
                                    "fiancee",
                                    "ex",
                                    "mil",
                                    "fil",
                                    "sil",
                                    "bil",
                                    "grandma",
                                    "grandpa",
                                    "granny",
                                    "nan",
                                    "nana",
                                    "aunt",
                                    "auntie",
                                    "uncle",
                                    "cousin",
                                    "niece",
                                    "nephew",
                                    "stepdaughter",
                                    "stepson",
                                    "stepmom",
                                    "stepdad",
                                    "stepmum",
                                    "boss",
                                    "coworker",
                                    "co-worker",
                                    "colleague",
                                    "friend",
                                    "bestie",
                                    "bff",
                                    "neighbour",
                                    "neighbor",
                                    "tutor",
                                    "teacher",
                                    "coach",
                                    "landlord",
                                    "landlady",
                                    "babysitter",
                                    "nanny",
                                    "cleaner",
                                    "trainer",
                                    "therapist",
                                    "mechanic",
                                    "plumber",
                                    "technician",
                                    "sister",
                                    "brother",
                                    "sis",
                                    "bro",
                                    "mom",
                                    "mum",
                                    "dad",
                                    "daughter",
                                    "son",
                                    "wife",
                                    "husband",
                                    "partner",
                                    "kollege",
                                    "kollegin",
                                    "chefin",
                                    "nachbar",
                                    "nachbarn",
                                    "nachbarin",
                                    "schwester",
                                    "bruder",
                                    "schwiegermutter",
                                    "schwiegervater",
                                    "schwägerin",
                                    "schwager",
                                    "freund",
                                    "freundin",
                                    "kellner",
                                    "kellnerin",
                                    "friseur",
                                    "friseurin",
                                    "mitbewohner",
                                    "mitbewohnerin",
                                    "cousine",
                                    "tante",
                                    "onkel",
                                    "oma",
                                    "opa",
                                    "nichte",
                                    "neffe",
                                    "lehrerin",
                                    "vermieter",
                                    "vermieterin",
                                    "collègue",
                                    "cheffe",
                                    "patronne",
                                    "voisin",
                                    "voisine",
                                    "sœur",
                                    "soeur",
                                    "frère",
                                    "belle-mère",
                                    "beau-père",
                                    "belle-sœur",
                                    "beau-frère",
                                    "copain",
                                    "copine",
                                    "serveur",
                                    "serveuse",
                                    "coiffeur",
                                    "coiffeuse",
                                    "colocataire",
                                    "coloc",
                                    "oncle",
                                    "mamie",
                                    "papi",
                                    "nounou",
                                    "collega",
                                    "baas",
                                    "buurman",
                                    "buurvrouw",
                                    "zus",
                                    "zusje",
                                    "broer",
                                    "broertje",
                                    "schoonmoeder",
                                    "schoonvader",
                                    "schoonzus",
                                    "vriend",
                                    "vriendin",
                                    "ober",
                                    "serveerster",
                                    "kapper",
                                    "kapster",
                                    "huisgenoot",
                                    "oom",
                                    "juf",
                                    "compañero",
                                    "compañera",
                                    "jefe",
                                    "jefa",
                                    "vecino",
                                    "vecina",
                                    "hermana",
                                    "hermano",
                                    "suegra",
                                    "suegro",
                                    "cuñada",
                                    "cuñado",
                                    "novio",
                                    "novia",
                                    "amigo",
                                    "amiga",
                                    "camarero",
                                    "camarera",
                                    "peluquero",
                                    "peluquera",
                                    "tía",
                                    "tío",
                                    "abuela",
                                    "abuelo",
                                    "sobrina",
                                    "sobrino",
                                    "vicino",
                                    "vicina",
                                    "sorella",
                                    "fratello",
                                    "suocera",
                                    "suocero",
                                    "cognata",
                                    "cognato",
                                    "fidanzato",
                                    "fidanzata",
                                    "amico",
                                    "amica",
                                    "cameriere",
                                    "cameriera",
                                    "parrucchiere",
                                    "parrucchiera",
                                    "cugino",
                                    "cugina",
                                    "zia",
                                    "zio",
                                    "nonna",
                                    "nonno",
                                    "coinquilino",
                                    "coinquilina",
                                    "colega",
                                    "chefe",
                                    "vizinho",
                                    "vizinha",
                                    "irmã",
                                    "irmão",
                                    "sogra",
                                    "sogro",
                                    "cunhada",
                                    "cunhado",
                                    "namorado",
                                    "namorada",
                                    "empregado",
                                    "empregada",
                                    "cabeleireiro",
                                    "cabeleireira",
                                    "tia",
                                    "tio",
                                    "avó",
                                    "avô",
                                    "sobrinha",
                                    "sister-in-law",
                                    "brother-in-law",
                                    "mother-in-law",
                                    "father-in-law",
                                    "son-in-law",
                                    "daughter-in-law",
                                    "stepmother",
                                    "stepfather",
                                    "stepbrother",
                                    "stepsister",
                                    "godmother",
                                    "godfather",
                                    "ex-wife",
                                    "ex-husband",
                                    "ex-girlfriend",
                                    "ex-boyfriend",
                                    "ex-partner",
                                    "stiefvater",
                                    "stiefmutter",
                                    "stiefschwester",
                                    "stiefbruder",
                                    "stiefsohn",
                                    "stieftochter",
                                    "schwiegersohn",
                                    "schwiegertochter",
                                    "patentante",
                                    "patenonkel",
                                    "ex-frau",
                                    "ex-mann",
                                    "ex-freundin",
                                    "ex-freund",
                                    "demi-frère",
                                    "demi-sœur",
                                    "beau-fils",
                                    "belle-fille",
                                    "gendre",
                                    "marraine",
                                    "parrain",
                                    "nièce",
                                    "neveu",
                                    "ex-mari",
                                    "ex-femme",
                                    "femme",
                                    "mari",
                                    "stiefvader",
                                    "stiefmoeder",
                                    "stiefzoon",
                                    "stiefdochter",
                                    "stiefbroer",
                                    "stiefzus",
                                    "schoonzoon",
                                    "schoondochter",
                                    "schoonbroer",
                                    "peettante",
                                    "peetoom",
                                    "ex-vrouw",
                                    "ex-man",
                                    "vrouw",
                                    "padrastro",
                                    "madrastra",
                                    "hermanastro",
                                    "hermanastra",
                                    "hijastro",
                                    "hijastra",
                                    "yerno",
                                    "nuera",
                                    "madrina",
                                    "padrino",
                                    "exmarido",
                                    "exmujer",
                                    "ex-marido",
                                    "ex-mujer",
                                    "marido",
                                    "mujer",
                                    "patrigno",
                                    "matrigna",
                                    "fratellastro",
                                    "sorellastra",
                                    "figliastro",
                                    "figliastra",
                                    "genero",
                                    "nuora",
                                    "moglie",
                                    "marito",
                                    "padrasto",
                                    "madrasta",
                                    "meio-irmão",
                                    "meia-irmã",
                                    "enteado",
                                    "enteada",
                                    "genro",
                                    "madrinha",
                                    "padrinho",
                                    "ex-mulher",
                                    "mulher",
                                    "syster",
                                    "bror",
                                    "fru",
                                    "dotter",
                                    "søster",
                                    "kone",
                                    "datter",
                                    "siostra",
                                    "brat",
                                    "żona",
                                    "mąż",
                                    "córka",
                                    "sestra",
                                    "bratr",
                                    "žena",
                                    "manžel",
                                    "dcera"};

/* A possessive that opens a sentence before a role ("Meine Schwiegermutter X", "Onze ober
 * X"), not a name's first word ("Mijn Bouwer") */
static const char *const poss[] = {
    "mein",    "meine", "meinem", "meinen",  "meiner",  "unser",  "unsere", "unserem", "unseren",
    "unserer", "mijn",  "onze",   "my",      "our",     "mon",    "ma",     "mi",      "mia",
    "mio",     "minha", "meu",    "nuestro", "nuestra", "nostro", "nostra", "min",     "vår",
    "moja",    "mój",   "moje",   "můj",     "nasza",   "naše",   "vores"};

/* Verbs that take a person as their direct object in a message or a request. */
static const char *const address_verbs[] = {
    "tell",         "ask",      "remind",  "invite",   "text",     "ping",     "thank",
    "congratulate", "sag",      "sage",    "frag",     "frage",    "grüß",     "grüße",
    "lade",         "erinnere", "dis",     "demande",  "demandez", "prévenir", "préviens",
    "remercie",     "vraag",    "nodig",   "herinner", "dile",     "pregunta", "preguntad",
    "invita",       "avisa",    "saluda",  "recuerda", "dici",     "chiedi",   "chiedete",
    "salutami",     "ricorda",  "convida", "diz",      "peçam",    "peça",     "lembra",
    "felicita",     "doe"};

/* Prepositions and articles between a verb and its person ("reply to", "répondre à", "avisa o",
 * "Vraag naar", "Chiedete di", "Peçam pelo"). */
static const char *const preps[] = {"to", "for", "an", "nach", "à",    "aan",  "naar", "a",
                                    "al", "ao",  "o",  "di",   "pelo", "pela", "por",  "de"};
/* Verbs before those prepositions. */
static const char *const prep_verbs[] = {
    "reply",    "respond",  "write",     "answer",     "hi",        "hello",      "bye",
    "ask",      "on",       "antworten", "schreiben",  "frag",      "grüße",      "répondre",
    "écrire",   "bonjour",  "demandez",  "antwoorden", "schrijven", "vraag",      "responder",
    "escribir", "diremos",  "saluda",    "preguntad",  "dile",      "rispondere", "scrivere",
    "diremo",   "chiedete", "dici",      "olá",        "dizer",     "diz",        "avisa",
    "peçam",    "peça",     "convida",   "salutami"};

/* Thanks and greetings before a name that closes its clause. */
static const char *const greets[] = {"thanks",
                                     "thx",
                                     "ty",
                                     "thank",
                                     "merci",
                                     "danke",
                                     "dank",
                                     "bedankt",
                                     "gracias",
                                     "grazie",
                                     "obrigado",
                                     "obrigada",
                                     "congrats",
                                     "congratulations",
                                     "félicitations",
                                     "glückwunsch",
                                     "gefeliciteerd",
                                     "felicidades",
                                     "auguri",
                                     "parabéns",
                                     "hey",
                                     "hi",
                                     "hello",
                                     "hallo",
                                     "hoi",
                                     "hola",
                                     "ciao",
                                     "salut",
                                     "coucou",
                                     "oi",
                                     "olá",
                                     "ok",
                                     "okay",
                                     "bye",
                                     "cheers",
                                     "bday",
                                     "birthday",
                                     "tal",
                                     "love",
                                     "miss",
                                     "hej",
                                     "hei",
                                     "cześć",
                                     "ahoj",
                                     "merhaba",
                                     "selam",
                                     "tjena",
                                     "moin",
                                     "servus",
                                     "buongiorno",
                                     "buenas",
                                     "morning"};

/* Every word nw_informal_ctx() and nw_informal_lead() look for before a run, in a table of this
 * file's own (built once): the shared list table (names_words.c) would make them words of the
 * lists to the rest of the pack, which takes a listed word for no name ("Mia", "Nana"). A filter
 * on the first letter's lengths and the first three bytes comes before any folding: most words
 * leave there. */
#define INF_NSLOT 1024
static struct {
    const char *w;
    unsigned cats; /* INF_* of the lists it is in */
} inf_slot[INF_NSLOT];
enum { INF_ROLE = 1, INF_VERB = 2, INF_PREP = 4, INF_PVERB = 8, INF_GREET = 16, INF_POSS = 32 };
static uint64_t inf_pre[308];   /* a bit per first three ASCII letters (inf_pre3()) */
static uint32_t inf_len[32];    /* per first letter, the byte lengths (< 32) of its words */
static uint8_t inf_suf[27][27]; /* the last two bytes of a word (inf_code(), 0 for others) */
static pthread_once_t inf_once = PTHREAD_ONCE_INIT;
static atomic_int inf_ready; /* set once inf_init() ran: lookups skip pthread_once then */

static uint32_t inf_hash(const char *w)
{
    uint32_t h = 0x811C9DC5u;
    for (; *w; w++)
        h = (h ^ (uint8_t)*w) * 0x01000193u;
    return h;
}

/* A letter's code, A-Z and a-z as 1-26, any other byte 0. Without branches: c | 32 is in a-z for
 * the letters of both cases only, and an unsigned difference puts the rest past 25 (inf_may() asks
 * this of the first bytes of every word it filters). */
static inline unsigned inf_code(uint8_t c)
{
    unsigned d = (unsigned)(c | 32) - 'a';
    return d < 26 ? d + 1 : 0;
}

/* The bit of inf_pre that the first three bytes of w[0 .. n) select (letters a-z folded, any other
 * byte as 0). */
static inline unsigned inf_pre3(const uint8_t *w, size_t n)
{
    unsigned h = 0;
    if (n > 0)
        h = inf_code(w[0]) * 27 * 27;
    if (n > 1)
        h += inf_code(w[1]) * 27;
    if (n > 2)
        h += inf_code(w[2]);
    return h; /* < 27 * 27 * 27 */
}

static void inf_init(void)
{
    const char *const *lists[] = {roles, address_verbs, preps, prep_verbs, greets, poss};
    const size_t sizes[] = {
        sizeof roles / sizeof *roles,   sizeof address_verbs / sizeof *address_verbs,
        sizeof preps / sizeof *preps,   sizeof prep_verbs / sizeof *prep_verbs,
        sizeof greets / sizeof *greets, sizeof poss / sizeof *poss};
    for (size_t l = 0; l < sizeof sizes / sizeof *sizes; l++)
        for (size_t i = 0; i < sizes[l]; i++) {
            const char *w = lists[l][i];
            unsigned h = inf_pre3((const uint8_t *)w, strlen(w));
            inf_pre[h >> 6] |= 1ull << (h & 63);
            inf_len[inf_code((uint8_t)w[0])] |= 1u << (strlen(w) & 31);
            size_t wl = strlen(w);
            inf_suf[wl > 1 ? inf_code((uint8_t)w[wl - 2]) : 0][inf_code((uint8_t)w[wl - 1])] = 1;
            uint32_t k = inf_hash(w) & (INF_NSLOT - 1);
            while (inf_slot[k].w && strcmp(inf_slot[k].w, w) != 0)
                k = (k + 1) & (INF_NSLOT - 1);
            inf_slot[k].w = w;
            inf_slot[k].cats |= 1u << l; /* the order of INF_* */
        }
    atomic_store_explicit(&inf_ready, 1, memory_order_release);
}

/* May the raw word w[0 .. n) fold to one of the words above? 0 means certainly not. */
static inline int inf_may(const uint8_t *w, size_t n)
{
    if (!atomic_load_explicit(&inf_ready, memory_order_acquire))
        pthread_once(&inf_once, inf_init);
    if (n == 0 || n >= 32)
        return 0;
    if (w[0] >= 0x80 || (n > 1 && w[1] >= 0x80) || (n > 2 && w[2] >= 0x80))
        return 1; /* folding may change it: no filter */
    if (!((inf_len[inf_code(w[0])] >> n) & 1))
        return 0;
    unsigned h = inf_pre3(w, n);
    return (inf_pre[h >> 6] >> (h & 63)) & 1;
}

/* May a word ending in the ASCII bytes b1 b2 be one of them? */
static inline int inf_suf_may(uint8_t b1, uint8_t b2)
{
    if (!atomic_load_explicit(&inf_ready, memory_order_acquire))
        pthread_once(&inf_once, inf_init);
    return inf_suf[inf_code(b1)][inf_code(b2)];
}

/* The lists (INF_*) the folded word f is in, 0 for none. */
static unsigned inf_cats(const char *f)
{
    if (!*f || !inf_may((const uint8_t *)f, strlen(f)))
        return 0;
    for (uint32_t k = inf_hash(f) & (INF_NSLOT - 1); inf_slot[k].w; k = (k + 1) & (INF_NSLOT - 1))
        if (strcmp(inf_slot[k].w, f) == 0)
            return inf_slot[k].cats;
    return 0;
}

/* Second-person words in the clause after a vocative. */
static const char *const second_person[] = {
    "you",  "u",    "your", "ur",    "can",  "could",  "du",    "dich", "dir",    "kannst",
    "tu",   "t",    "te",   "vous",  "peux", "pouvez", "je",    "jij",  "kun",    "kan",
    "puoi", "mi",   "ti",   "podes", "pode", "me",     "você",  "vc",   "puedes", "tienes",
    "hast", "bist", "ben",  "heb",   "sei",  "hai",    "estás", "tens", "please", "pls"};

/* word_ending() past its first test: the word's start (at most 24 bytes back, one bound for
 * the walk: i > e - 24 implies i > 0 when e >= 24), its prefix filter, its fold. Out of line:
 * most calls leave on the first test, and this part's registers need a frame. */
static __attribute__((noinline)) const char *word_ending_rest(const struct sc *s, size_t e,
                                                              size_t *ws, char *buf, size_t cap)
{
    const uint8_t *t = s->t;
    size_t i = e, lo = e > 24 ? e - 24 : 0;
    while (i > lo && (t[i - 1] >= 0x80 || is_alnum(t[i - 1]) || t[i - 1] == '-'))
        i--;
    *ws = i;
    if (i == e || e - i >= 24 || !inf_may(t + i, e - i))
        return ""; /* most words leave on their first three bytes, before any folding */
    return nw_fold_span(s, i, e, buf, cap);
}

/* The folded word of letters (and '-') ending at e, spaces skipped; its start in *ws, "" if none.
 * Inline up to the test of its last two bytes, where most words leave (nw_informal_ctx() asks it
 * of the word before every lone capitalised word). */
static inline const char *word_ending(const struct sc *s, size_t e, size_t *ws, char *buf,
                                      size_t cap)
{
    const uint8_t *t = s->t;
    while (e > 0 && t[e - 1] == ' ')
        e--;
    *ws = e;
    if (e == 0 || (t[e - 1] < 0x80 && (e < 2 || t[e - 2] < 0x80) &&
                   !inf_suf_may(e >= 2 ? t[e - 2] : 0, t[e - 1])))
        return ""; /* its last two bytes end no list word: no need to find its start */
    return word_ending_rest(s, e, ws, buf, cap);
}

/* The capitalised word (letters, '-') at i: its end, or i when none. */
static size_t cap_word(const struct sc *s, size_t i)
{
    size_t u = nw_upper(s->t + i, s->len - i);
    if (!u)
        return i;
    size_t j = i + u;
    while (j < s->len) {
        size_t l = nw_letter(s->t + j, s->len - j);
        if (!l && s->t[j] == '-' && j + 1 < s->len && nw_letter(s->t + j + 1, s->len - j - 1))
            l = 1;
        if (!l)
            break;
        j += l;
    }
    return j;
}

/* Does the word t[a .. e) look like a name alone: a lexicon name that is no ordinary English word
 * (an attested given name may be one: "Will"), or an unknown word whose letters lean to a name's
 * (shape at least min)? */
static int lone_name(const struct sc *s, size_t a, size_t e, int min)
{
    if (e - a < 2 || (e < s->len && s->t[e] == '.' && e - a == 2))
        return 0; /* "St. Mary's", "Ms." */
    unsigned f = nw_lexicon_in(s->t, s->len, a, e);
    char b[32];
    const char *w = nw_fold_span(s, a, e, b, sizeof b);
    if (!*w || nw_not_name(w) || nw_month(w) || nw_closing(w) || nw_salutation(w) ||
        (inf_cats(w) & INF_GREET) || nw_one_of(w, nw_days, nw_ndays) || nw_brand(w, 1))
        return 0; /* "Love, Emily & Ciarán", "Pregunta a Ford" */
    if (f) {
        if (!nw_lexname(f))
            return 0;
        return !(f & ANON_NL_COMMON_EN) ||
               (f & (ANON_NL_GIVEN | ANON_NL_ATTESTED)) == (ANON_NL_GIVEN | ANON_NL_ATTESTED);
    }
    return e - a >= 3 && nw_name_shape(s->t + a, e - a) >= min;
}

/* Words of a firm's name after "&" or a conjunction ("Durand & Associés", "Ferrari & Figli"). */
static const char *const firm_words[] = {
    "co",       "cie",        "partner",   "partners",   "partnerschaft", "sons",       "son",
    "zonen",    "zn",         "filhos",    "figli",      "fils",          "hijos",      "asociados",
    "associés", "associates", "associati", "associados", "söhne",         "sohn",       "gebr",
    "company",  "compagnie",  "compañía",  "companhia",  "erben",         "nachfolger", "frères",
    "hermanos", "irmãos",     "fratelli",  "broers",     "brothers",      "friends",    "family"};

/* A member of a coordinated list: a lone name that is no ordinary English word at all ("Ernst &
 * Young"). */
static int member_name(const struct sc *s, size_t a, size_t e)
{
    size_t u = nw_upper(s->t + a, s->len - a);
    if (!u || a + u >= e || nw_upper(s->t + a + u, s->len - a - u))
        return 0; /* "PSG et Lydia": a word in capitals is an acronym */
    char b[32];
    const char *w = nw_fold_span(s, a, e, b, sizeof b);
    if (NW_ONE_OF(w, firm_words) || nw_place_word(w, 1))
        return 0; /* "Vivió en Calle de Alcalá": a street word */
    return lone_name(s, a, e, INF_SHAPE_MEMBER) &&
           !(nw_lexicon_in(s->t, s->len, a, e) & ANON_NL_COMMON_EN);
}

/* A given name of the lexicon that no language's ordinary word is: a list's anchor. */
static int given_anchor(const struct sc *s, size_t a, size_t e)
{
    unsigned f = nw_lexicon_in(s->t, s->len, a, e);
    char b[32];
    const char *w = nw_fold_span(s, a, e, b, sizeof b);
    return (f & ANON_NL_GIVEN) && !(f & ANON_NL_COMMON_EN) && !nw_not_name(w) &&
           !nw_city_name(w); /* "Nacido en Sevilla" */
}

/* The separator of a list at i: ", " or " <conj> " (and ", <conj> "); its length, 0 when none.
 * *conj is set when it holds a conjunction. */
static size_t list_sep(const struct sc *s, size_t i, int *conj)
{
    static const char *const cj[] = {"and", "&", "und", "et", "en", "y", "e", "i"};
    const uint8_t *t = s->t;
    size_t k = i;
    *conj = 0;
    if (k < s->len && t[k] == ',')
        k++;
    if (k >= s->len || t[k] != ' ')
        return 0;
    k++;
    size_t w = k;
    while (w < s->len && w - k < 4 && (t[w] == '&' || (t[w] >= 'a' && t[w] <= 'z')))
        w++;
    if (w > k && w < s->len && t[w] == ' ') {
        char b[8];
        const char *f = nw_fold_span(s, k, w, b, sizeof b);
        if (NW_ONE_OF(f, cj)) {
            *conj = strcmp(f, "en") == 0 ? 2 : 1; /* 2: "en" is "in" in es, fr, ca */
            return w + 1 - i;
        }
    }
    return t[i] == ',' ? k - i : 0;
}

/* The separator of a list ending at i (the inverse of list_sep): its start, or i when none. */
static size_t list_sep_before(const struct sc *s, size_t i, int *conj)
{
    const uint8_t *t = s->t;
    *conj = 0;
    for (size_t b = i >= 7 ? i - 7 : 0; b < i; b++) {
        if (t[b] != ',' && t[b] != ' ')
            continue;
        if (b > 0 && (t[b - 1] == ' ' || t[b - 1] == ','))
            continue;
        int c;
        if (list_sep(s, b, &c) == i - b) {
            *conj = c;
            return b;
        }
    }
    return i;
}

/* The capitalised word that ends at e (its start), or e when none. */
static size_t cap_word_before(const struct sc *s, size_t e)
{
    const uint8_t *t = s->t;
    size_t i = e;
    while (i > 0 && e - i < 32 && (t[i - 1] >= 0x80 || is_alnum(t[i - 1]) || t[i - 1] == '-'))
        i--;
    if (i == e || cap_word(s, i) != e)
        return e;
    return i;
}

/* The bytes of a conjunction (with its spaces) that may join list members. */
static const char *const conj_bytes[] = {" and ", " & ", " und ", " et ",
                                         " en ",  " y ", " e ",   " i "};

/* A separator at i ("," or a conjunction with its spaces) and a capital after it: its end, or 0. */
static size_t sep_cap_at(const struct sc *s, size_t i)
{
    const uint8_t *t = s->t;
    size_t k = 0;
    if (i + 4 >= s->len)
        return 0;
    if (t[i] == ',') {
        k = t[i + 1] == ' ' ? i + 2 : 0;
    } else if (t[i] == ' ') {
        switch (t[i + 1]) { /* the conjunction's first letter says which it may be */
        case 'a':
            k = i + 6 < s->len && memcmp(t + i, " and ", 5) == 0 ? i + 5 : 0;
            break;
        case 'u':
            k = i + 6 < s->len && memcmp(t + i, " und ", 5) == 0 ? i + 5 : 0;
            break;
        case 'e':
            if (t[i + 2] == ' ')
                k = i + 3;
            else if ((t[i + 2] == 't' || t[i + 2] == 'n') && t[i + 3] == ' ')
                k = i + 4;
            break;
        case '&':
        case 'y':
        case 'i':
            k = t[i + 2] == ' ' ? i + 3 : 0;
            break;
        }
    }
    return k && k < s->len && nw_upper(t + k, s->len - k) ? k : 0;
}

/* The byte test before coordinated(): a separator and a capital right after the run, or a
 * separator right before it after a word ("Kwame and X", "X, Y and Z"). Prose joins ordinary
 * words so: most runs leave on these compares. */
/* The first and the last byte of conj_bytes' words: comparisons, not strchr() (coord_may() runs
 * for every lone word that maybe_context() asks about). */
static inline int conj_first(uint8_t c)
{
    return c == 'a' || c == '&' || c == 'u' || c == 'e' || c == 't' || c == 'y' || c == 'i';
}

static inline int conj_last(uint8_t c)
{
    return c == 'd' || c == '&' || c == 't' || c == 'n' || c == 'y' || c == 'e' || c == 'i';
}

static int coord_may(const struct sc *s, size_t start, size_t end)
{
    const uint8_t *t = s->t;
    if (end + 3 < s->len && (t[end] == ',' || (t[end] == ' ' && conj_first(t[end + 1]))) &&
        sep_cap_at(s, end))
        return 1;
    if (start < 3 || t[start - 1] != ' ')
        return 0;
    if (t[start - 2] == ',')
        return 1;
    if (!conj_last(t[start - 2]))
        return 0; /* the last byte of a conjunction */
    for (size_t c = 0; c < sizeof conj_bytes / sizeof *conj_bytes; c++) {
        size_t l = strlen(conj_bytes[c]);
        if (start >= l + 1 && memcmp(t + start - l, conj_bytes[c], l) == 0)
            return 1;
    }
    return 0;
}

/* A word that opens a run before a name but is its context: a role, thanks, an addressing verb. */
static int lead_word(const char *f)
{
    return (inf_cats(f) & (INF_ROLE | INF_VERB | INF_GREET)) != 0;
}

/* Beside "en", which is "in" in Spanish, French and Catalan ("Nacido en Sevilla"), an unknown
 * member's letters must lean clearly to a name's. */
static int en_member(const struct sc *s, size_t a, size_t e)
{
    return nw_lexicon_in(s->t, s->len, a, e) || nw_name_shape(s->t + a, e - a) >= INF_SHAPE_EN;
}

/* The run t[start .. end), one word, is a member of a coordinated list of lone capitalised words
 * with a conjunction, and another member is a lexicon given name. */
static int coordinated(const struct sc *s, size_t start, size_t end)
{
    if (end < s->len && (s->t[end] == '\'' || s->t[end] == 0xE2))
        return 0; /* "Ben & Jerry's": a possessive makes the pair a shop */
    int conj = 0, anchor = 0, members = 1, c;
    size_t a = start, ae = end, la = start,
           e = end;                             /* the first member a .. ae, the last la .. e */
    for (int k = 0; k < INF_MAX_MEMBERS; k++) { /* members after the run */
        size_t l = list_sep(s, e, &c);
        if (!l)
            break;
        size_t ne = cap_word(s, e + l);
        if (ne == e + l || (ne < s->len && (s->t[ne] == '\'' || s->t[ne] == 0xE2)))
            break; /* no capital, or a possessive ("Ben & Jerry's") */
        if (ne + 1 < s->len && s->t[ne] == ' ' && nw_upper(s->t + ne + 1, s->len - ne - 1))
            break; /* a longer name or a firm ("Marks & Spencer Food") */
        if (ne - (e + l) == end - start && memcmp(s->t + e + l, s->t + start, end - start) == 0)
            return 0; /* "Johnson & Johnson": one name twice is a firm */
        conj |= c;
        members++;
        anchor += given_anchor(s, e + l, ne);
        if (!member_name(s, e + l, ne) ||
            (c == 2 && (!en_member(s, e + l, ne) || !en_member(s, la, e))))
            return 0;
        la = e + l;
        e = ne;
    }
    for (int k = 0; k < INF_MAX_MEMBERS; k++) { /* members before it */
        size_t b = list_sep_before(s, a, &c);
        if (b == a)
            break;
        size_t pa = cap_word_before(s, b);
        if (pa == b)
            break;
        size_t qa = pa >= 2 && s->t[pa - 1] == ' ' ? cap_word_before(s, pa - 1) : pa;
        if (qa + 1 < pa) {
            char qb[32];
            const char *q = nw_fold_span(s, qa, pa - 1, qb, sizeof qb);
            if (!lead_word(q) && !(*q && (nw_cats(q) & (C_SAL | C_VB | C_HON))))
                return 0; /* "Morgan Stanley and X": a longer name or a firm before */
        }
        if (b - pa == end - start && memcmp(s->t + pa, s->t + start, end - start) == 0)
            return 0;
        conj |= c;
        members++;
        anchor += given_anchor(s, pa, b);
        if (!member_name(s, pa, b) || (c == 2 && (!en_member(s, pa, b) || !en_member(s, a, ae))))
            return 0;
        a = pa;
        ae = b;
    }
    if (members < 2 || !conj || !anchor || !member_name(s, start, end))
        return 0;
    anchor += given_anchor(s, start, end);
    /* a firm's partners ("Rose, Turner and Thompson"): three surnames or more; a lower-case
     * text's raised words: every member a given name */
    if ((members >= 3 && 2 * anchor < members) || (s->raised && (anchor < members || members > 2)))
        return 0;
    /* a street corner or a place ("Archie and Estrela 57", "at Craig, Palmer and Quinn, 80") */
    size_t k = e;
    while (k < s->len && k - e < 2 && (s->t[k] == ',' || s->t[k] == ' '))
        k++;
    return !(k < s->len && is_digit(s->t[k]));
}

/* After the run: the clause ends ("!", "?", ",", ".", a line's end, the text's end, an emoji). */
static int clause_ends(const struct sc *s, size_t end)
{
    const uint8_t *t = s->t;
    size_t k = end;
    if (k < s->len && t[k] == ' ')
        k++;
    if (k >= s->len)
        return 1;
    return t[k] == '!' || t[k] == '?' || t[k] == ',' || t[k] == '.' || t[k] == '\n' ||
           t[k] == '\r' || t[k] == 0xF0 || t[k] == 0xE2;
}

/* A line opens at i (after spaces or a double quote; a line quoted with '>' is a reply's, which
 * names_chat2.c reads with its attribution). */
static int opens_line(const struct sc *s, size_t i)
{
    const uint8_t *t = s->t;
    while (i > 0 && (t[i - 1] == ' ' || t[i - 1] == '"'))
        i--;
    return i == 0 || t[i - 1] == '\n' || nw_break_before(s, i);
}

/* "X, can you ...": a comma after the run and a second-person word among the next four words. */
static int vocative(const struct sc *s, size_t start, size_t end)
{
    const uint8_t *t = s->t;
    size_t k = end;
    if (k + 2 >= s->len || !opens_line(s, start))
        return 0;
    if (t[k] == ',')
        k++;
    else if (t[k] == ' ' && t[k + 1] == '-')
        k += 2;
    else
        return 0;
    for (int n = 0; n < 4 && k < s->len; n++) {
        while (k < s->len && (t[k] == ' ' || t[k] == 0xC2 || t[k] == 0xBF)) /* "¿" */
            k++;
        size_t b = k;
        while (k < s->len && k - b < 16 && (t[k] >= 0x80 || is_alnum(t[k])))
            k++;
        if (k == b)
            return 0;
        char w[24];
        if (NW_ONE_OF(nw_fold_span(s, b, k, w, sizeof w), second_person))
            return 1;
        if (k < s->len && t[k] == '\'')
            k++; /* "t'es" */
    }
    return 0;
}

int nw_informal_word_may(const uint8_t *w, size_t n)
{
    return inf_may(w, n);
}

int nw_informal_ctx(const struct sc *s, size_t start, size_t end)
{
    const uint8_t *t = s->t;
    if (memchr(t + start, ' ', end - start))
        return 0; /* one word: the pack reads longer runs by their words */
    char b1[32], b2[32];
    size_t ws, ws2;
    const char *pw = "";
    if (start > 0 && t[start - 1] == ' ')
        pw = word_ending(s, start - 1, &ws, b1, sizeof b1);
    if (*pw) {
        unsigned c = inf_cats(pw);
        if (c & (INF_ROLE | INF_VERB))
            return lone_name(s, start, end, INF_SHAPE);
        if (c & INF_GREET)
            return clause_ends(s, end) && lone_name(s, start, end, INF_SHAPE);
        if (c & INF_PREP) {
            const char *pw2 = word_ending(s, ws, &ws2, b2, sizeof b2);
            unsigned c2 = inf_cats(pw2);
            if (c2 & (INF_PVERB | INF_VERB | INF_GREET)) /* "Merci à X", "Vielen Dank an X" */
                return lone_name(s, start, end, INF_SHAPE);
            if (c2 & (INF_PREP | INF_ROLE)) { /* "diz olá ao X" */
                char b3[32];
                size_t ws3;
                const char *pw3 = word_ending(s, ws2, &ws3, b3, sizeof b3);
                if (inf_cats(pw3) & (INF_PVERB | INF_VERB))
                    return lone_name(s, start, end, INF_SHAPE);
            }
        }
    }
    if (end + 1 < s->len && (t[end] == ',' || (t[end] == ' ' && t[end + 1] == '-')) &&
        end - start >= 3 && vocative(s, start, end) && lone_name(s, start, end, INF_SHAPE_VOC) &&
        !(nw_lexicon_in(t, s->len, start, end) & ANON_NL_COMMON_EN))
        return 1; /* not "So, you ...": a word that opens a clause */
    return coord_may(s, start, end) && coordinated(s, start, end);
}

int nw_informal_list(const struct sc *s, size_t start, size_t end)
{
    return !memchr(s->t + start, ' ', end - start) && coord_may(s, start, end) &&
           coordinated(s, start, end);
}

void nw_informal_lead_words(void (*add)(const char *w, void *arg), void *arg)
{
    const char *const *lists[] = {roles, address_verbs, greets, poss};
    const size_t sizes[] = {sizeof roles / sizeof *roles,
                            sizeof address_verbs / sizeof *address_verbs,
                            sizeof greets / sizeof *greets, sizeof poss / sizeof *poss};
    for (size_t l = 0; l < sizeof sizes / sizeof *sizes; l++)
        for (size_t i = 0; i < sizes[l]; i++)
            add(lists[l][i], arg);
}

int nw_informal_lead(const struct sc *s, const struct word *run, size_t b, size_t n, const char *f)
{
    if (!inf_may(s->t + run[b].s, run[b].e - run[b].s))
        return 0; /* most words leave on their raw bytes */
    unsigned c = inf_cats(f);
    if (c & (INF_ROLE | INF_VERB | INF_GREET))
        return 1;
    if (!(c & INF_POSS) || b + 2 >= n)
        return 0;
    char r[32];
    return (inf_cats(nw_fold_span(s, run[b + 1].s, run[b + 1].e, r, sizeof r)) & INF_ROLE) != 0;
}
