/* names_informal2.c: more shapes of messages and reviews around a name (branch h5informal), and
 * the look-alikes that sit in the same places.
 *
 * nw_informal2_ctx() gives a weak context (never a strong one) to a run by its shape:
 * - a reviewer's byline: the run opens its line and a dash then a star rating follows it
 *   ("N. Russo – ★★★★");
 * - the run is the subject of a clause that puts a person at a shop's post: "X at the front desk
 *   was ...", "X am Empfang war ...", "X alla cassa è stato ...", no determiner before it;
 * - "ask for X" in the pack's languages ("Fragt nach X", "Preguntad por X", "Perguntem pela X");
 * - an answer "yes, with X" ("ja mit X", "sí, con X", "sim, com a X");
 * - "is X coming", "kommt X", "komt X", "viene X", "X vient", "o X vem": a question whether a
 *   person comes;
 * - a possessive, a child's noun, the run ("Meine Tochter X", "Mia figlia X").
 * The run must still look like a name on its own (name_like()). nw_informal2_not_person() takes
 * runs away: a brand after a trade noun ("officina Hyundai", "Werkstatt Bosch"), a make and model
 * after "our" ("our Renault Clio", "la nostra Porsche Cayenne"), a kinship word used as a name
 * ("Nana's address", "la Nonna"), a prompt's opening imperative ("Aiutami a ..."), a possessive
 * before a child's noun ("Mia figlia"). Each test starts from the bytes right around the run.
 */
#include "anonymize/names_internal.h"

#include <string.h>

/* An unknown word's name-shape score, at least: each shape here is a cue of its own, and the
 * pack's ordinary words score on both sides of 0 alike. */
#define NAME_SHAPE (-8)
/* ... after a verb of coming, where shops and couriers come too ("kommt Lieferando am Freitag?") */
#define COME_SHAPE 4

static const char *const yes_words[] = {"yes",   "yep", "yeah", "ja",  "jep", "jo", "oui",
                                        "ouais", "sí",  "si",   "sim", "sì",  "ok", "okay"};
static const char *const with_words[] = {"with", "mit", "met", "avec", "con", "com"};
static const char *const ask_verbs[] = {
    "ask",    "asked",  "fragt",     "frag",     "fragen",   "demandez",  "demande",
    "vraag",  "vraagt", "preguntad", "pregunta", "pregunte", "pregunten", "chiedete",
    "chiedi", "chieda", "perguntem", "pergunte", "pergunta", "perguntar"};
static const char *const ask_preps[] = {"for", "nach", "naar", "por", "di", "pela", "pelo", "à"};
static const char *const come_before[] = {"kommt", "komt", "viene", "vient", "vem"};
static const char *const also_words[] = {"also",    "auch",  "aussi", "ook",
                                         "también", "anche", "também"};
static const char *const come_after[] = {"coming", "kommt", "komt", "viene", "vient", "vem"};
static const char *const children[] = {"daughter",     "son",     "tochter", "sohn",  "fille",
                                       "fils",         "dochter", "zoon",    "hija",  "hijo",
                                       "figlia",       "figlio",  "filha",   "filho", "stepson",
                                       "stepdaughter", "enkelin", "enkel",   "nieta", "nieto"};
static const char *const my_words[] = {"my",     "meine", "mein",  "ma",    "mon",     "mijn",
                                       "mi",     "mia",   "mio",   "minha", "meu",     "our",
                                       "unsere", "unser", "notre", "onze",  "nuestra", "nuestro"};
/* Determiners before a noun: "The Wifi at the front desk" is no person at the desk. */
static const char *const dets[] = {"the", "der",  "die",   "das",  "le",  "la", "les", "el",
                                   "il",  "lo",   "de",    "het",  "een", "a",  "an",  "un",
                                   "una", "uno",  "ein",   "eine", "o",   "os", "as",  "our",
                                   "my",  "your", "their", "his",  "her"};
/* A shop's posts after the person who holds them, each with the preposition before it. */
static const char *const posts[] = {
    "at the front desk", "on the front desk", "at reception", "on reception",   "at the till",
    "on the till",       "at the counter",    "am empfang",   "an der kasse",   "an der rezeption",
    "an der theke",      "à l'accueil",       "à la caisse",  "à la réception", "aan de balie",
    "bij de kassa",      "bij de receptie",   "en recepción", "en la caja",     "en caja",
    "en el mostrador",   "alla reception",    "alla cassa",   "al banco",       "na receção",
    "na recepção",       "no caixa",          "no balcão"};
/* Nouns of trades whose shop bears a brand: the capitalised word after them is the brand. */
static const char *const trades[] = {"garage",          "officina",       "werkstatt",
                                     "autohaus",        "taller",         "oficina",
                                     "concessionnaire", "concessionaria", "concesionario",
                                     "dealership",      "carrosserie",    "autobedrijf"};
static const char *const our_words[] = {"our",    "unseren", "unser",   "unsere",  "notre",
                                        "nos",    "onze",    "nuestro", "nuestra", "nostra",
                                        "nostro", "nosso",   "nossa"};
/* Words for a grandparent, aunt or uncle that people use as names ("Nana's new address"). */
static const char *const kin_names[] = {"nana",  "nan",   "granny",  "grandma", "grandpa",  "gran",
                                        "oma",   "opa",   "omi",     "opi",     "mamie",    "papy",
                                        "mémé",  "pépé",  "abuela",  "abuelo",  "abuelita", "yaya",
                                        "nonna", "nonno", "nonnina", "avó",     "avô",      "vovó",
                                        "vovô",  "tia",   "zia",     "tía",     "tante",    "tata"};
/* Car makes that are no given name: "Toyota Camry", "Opel Corsa" name a car, never a person
 * ("Mercedes", "Lincoln", "Austin", "Morgan" are names too and are left out). */
static const char *const makes[] = {"toyota",
                                    "chevrolet",
                                    "opel",
                                    "porsche",
                                    "peugeot",
                                    "renault",
                                    "citroën",
                                    "citroen",
                                    "fiat",
                                    "volkswagen",
                                    "vw",
                                    "audi",
                                    "bmw",
                                    "skoda",
                                    "škoda",
                                    "seat",
                                    "cupra",
                                    "hyundai",
                                    "kia",
                                    "nissan",
                                    "honda",
                                    "mazda",
                                    "subaru",
                                    "suzuki",
                                    "mitsubishi",
                                    "lexus",
                                    "volvo",
                                    "saab",
                                    "dacia",
                                    "lancia",
                                    "alfa",
                                    "ferrari",
                                    "lamborghini",
                                    "maserati",
                                    "bugatti",
                                    "tesla",
                                    "jeep",
                                    "dodge",
                                    "chrysler",
                                    "buick",
                                    "cadillac",
                                    "pontiac",
                                    "gmc",
                                    "vauxhall",
                                    "jaguar",
                                    "bentley",
                                    "rolls-royce",
                                    "mini",
                                    "smart",
                                    "daihatsu",
                                    "isuzu",
                                    "infiniti",
                                    "acura",
                                    "polestar",
                                    "byd",
                                    "rivian",
                                    "lada",
                                    "tata",
                                    "mahindra",
                                    "proton",
                                    "ssangyong",
                                    "holden",
                                    "ford",
                                    "yamaha",
                                    "kawasaki",
                                    "ducati",
                                    "vespa",
                                    "piaggio",
                                    "aprilia",
                                    "triumph",
                                    "harley-davidson"};
/* Question words that open a sentence ("Waarom is ...", "Warum ..."): never a name. */
static const char *const questions[] = {
    "why",    "warum",  "wieso",  "weshalb", "waarom",  "pourquoi", "porque",  "porquê", "perché",
    "perche", "how",    "wie",    "hoe",     "comment", "cómo",     "como",    "come",   "wat",
    "was",    "what",   "quoi",   "qué",     "que",     "cosa",     "wanneer", "wann",   "when",
    "quand",  "cuándo", "quando", "waar",    "wo",      "where",    "où",      "dónde",  "dove",
    "onde",   "welke",  "welche", "which",   "quel",    "quelle",   "cuál",    "quale",  "qual"};
/* Words of place before a one-word run: "the area around X", "walk down X", "tour of X". */
static const char *const around[] = {"around",    "rund",    "autour",   "rondom",
                                     "alrededor", "intorno", "arredores"};

/* Imperatives that open a prompt ("Aiutami a rispondere ..."), with a pronoun fused or not. */
static const char *const imperatives[] = {
    "aiutami",    "ayúdame",    "ajuda-me",    "aide-moi",   "hilf",         "help",
    "riassumi",   "riassumimi", "resume",      "resúmeme",   "resume-me",    "riscrivi",
    "riscrivimi", "reescribe",  "reescríbeme", "reescreve",  "reescreve-me", "reformule",
    "formuliere", "fasse",      "vat",         "herschrijf", "rewrite",      "summarise",
    "summarize",  "traduci",    "traduce",     "traduz",     "traduis",      "übersetze",
    "vertaal",    "translate",  "elenca",      "estrai",     "extrae",       "extraia",
    "résume",     "corrige",    "correggi",    "corrija",    "proofread",    "draft"};

/* word_back() past the spaces and comma before the word, which ends at e (its last byte a
 * word's): out of line, as most calls find no word there (". X", "\nX"). */
static __attribute__((noinline)) const char *word_back_rest(const struct sc *s, size_t e,
                                                            size_t *ws, char *buf, size_t cap)
{
    const uint8_t *t = s->t;
    size_t b = e;
    while (b > 0 && e - b < 24 &&
           (t[b - 1] >= 0x80 || is_alnum(t[b - 1]) || t[b - 1] == '\'' || t[b - 1] == '-'))
        b--;
    while (b + 2 <= e && t[b] == 0xC2 && (t[b + 1] == 0xBF || t[b + 1] == 0xA1))
        b += 2;
    *ws = b;
    if (b == e) {
        buf[0] = '\0';
        return buf;
    }
    return nw_fold_span(s, b, e, buf, cap);
}

/* The word before i on the same line, spaces and one comma skipped ("yes, with"), an opening
 * "¿" or "¡" dropped, folded into buf; its start in *ws, "" when none. */
static inline const char *word_back(const struct sc *s, size_t i, size_t *ws, char *buf, size_t cap)
{
    const uint8_t *t = s->t;
    size_t e = i;
    while (e > 0 && t[e - 1] == ' ')
        e--;
    if (e > 0 && t[e - 1] == ',') {
        e--;
        while (e > 0 && t[e - 1] == ' ')
            e--;
    }
    if (e == 0 ||
        !(t[e - 1] >= 0x80 || is_alnum(t[e - 1]) || t[e - 1] == '\'' || t[e - 1] == '-')) {
        *ws = e; /* what the walk below leaves when it takes no byte */
        buf[0] = '\0';
        return buf;
    }
    return word_back_rest(s, e, ws, buf, cap);
}

/* Past a trailing initial after e (" L."): the walk leaves it out of the run. */
static size_t past_initial(const struct sc *s, size_t e)
{
    if (e + 3 <= s->len && s->t[e] == ' ' && is_up(s->t[e + 1]) && s->t[e + 2] == '.')
        return e + 3;
    return e;
}

/* Weekdays, months and near days of the pack's languages that the pack's month test may not know
 * ("komt Zaterdag", "vc vem junho?", "Terça e Junho"): never a person. Shared with
 * names_informal.c. */
const char *const nw_days[] = {
    "monday",   "tuesday",  "wednesday",  "thursday",   "friday",    "saturday",  "sunday",
    "montag",   "dienstag", "mittwoch",   "donnerstag", "freitag",   "samstag",   "sonntag",
    "lundi",    "mardi",    "mercredi",   "jeudi",      "vendredi",  "samedi",    "dimanche",
    "maandag",  "dinsdag",  "woensdag",   "donderdag",  "vrijdag",   "zaterdag",  "zondag",
    "lunes",    "martes",   "miércoles",  "jueves",     "viernes",   "sábado",    "domingo",
    "lunedì",   "martedì",  "mercoledì",  "giovedì",    "venerdì",   "sabato",    "domenica",
    "segunda",  "terça",    "quarta",     "quinta",     "sexta",     "janeiro",   "fevereiro",
    "março",    "abril",    "maio",       "junho",      "julho",     "agosto",    "setembro",
    "outubro",  "novembro", "dezembro",   "enero",      "febrero",   "marzo",     "mayo",
    "junio",    "julio",    "septiembre", "octubre",    "noviembre", "diciembre", "januari",
    "februari", "maart",    "mei",        "juni",       "juli",      "augustus",  "oktober",
    "gennaio",  "febbraio", "aprile",     "maggio",     "giugno",    "luglio",    "settembre",
    "ottobre",  "dicembre", "janvier",    "février",    "mars",      "avril",     "juin",
    "juillet",  "août",     "septembre",  "octobre",    "novembre",  "décembre",  "today",
    "tonight",  "tomorrow", "heute",      "morgen",     "vandaag",   "demain",    "mañana",
    "domani",   "amanhã",   "hoy",        "oggi",       "hoje",      "mai"};
const size_t nw_ndays = sizeof nw_days / sizeof nw_days[0];

/* Does the word t[a .. e) look like a name alone: a lexicon name or an unknown word of a name's
 * shape, no ordinary word, month, weekday or brand? */
static int name_word_min(const struct sc *s, size_t a, size_t e, int min)
{
    if (e - a < 2 || !nw_upper(s->t + a, s->len - a) ||
        (e - a <= 3 && e < s->len && s->t[e] == '.'))
        return 0; /* "St. Mary's" */
    char b[32];
    const char *w = nw_fold_span(s, a, e, b, sizeof b);
    if (!*w || nw_not_name(w) || nw_month(w) || nw_one_of(w, nw_days, nw_ndays) ||
        NW_ONE_OF(w, kin_names) || nw_brand(w, 1))
        return 0;
    unsigned f = nw_lexicon_in(s->t, s->len, a, e);
    if (f)
        return nw_lexname(f) && !(f & ANON_NL_COMMON_EN);
    return e - a >= 3 && nw_name_shape(s->t + a, e - a) >= min;
}

static int name_word(const struct sc *s, size_t a, size_t e)
{
    return name_word_min(s, a, e, NAME_SHAPE);
}

/* Every word of the run t[a .. e) is a name's word or an initial ("N. Russo"). */
static int name_like(const struct sc *s, size_t a, size_t e)
{
    size_t i = a, words = 0, named = 0;
    char b[32];
    size_t sp = a;
    while (sp < e && s->t[sp] != ' ')
        sp++;
    if (NW_ONE_OF(nw_fold_span(s, a, sp, b, sizeof b), dets))
        return 0; /* "Der Kaffeeautomat am Empfang" */
    while (i < e) {
        size_t j = i;
        while (j < e && s->t[j] != ' ')
            j++;
        size_t k = j;
        if (k > i && s->t[k - 1] == '.')
            k--;
        words++;
        if (k - i == 1 && is_up(s->t[i]))
            ; /* an initial */
        else if (name_word(s, i, k))
            named++;
        else if (!(k - i <= 3 && s->t[i] >= 'a' && s->t[i] <= 'z'))
            return 0; /* "de", "van", "du" may stand between */
        i = j + 1;
    }
    return named > 0 && words <= 4;
}

/* The run starts its line. */
static int opens_line(const struct sc *s, size_t a)
{
    return a == 0 || s->t[a - 1] == '\n' || nw_break_before(s, a);
}

/* A dash then a star after e: a reviewer's byline. */
static int byline_after(const struct sc *s, size_t e)
{
    const uint8_t *t = s->t;
    size_t i = e;
    while (i < s->len && t[i] == ' ')
        i++;
    if (i + 3 <= s->len && t[i] == 0xE2 && t[i + 1] == 0x80 &&
        (t[i + 2] == 0x93 || t[i + 2] == 0x94))
        i += 3;
    else if (i < s->len && t[i] == '-')
        i++;
    else
        return 0;
    while (i < s->len && t[i] == ' ')
        i++;
    return i + 3 <= s->len && t[i] == 0xE2 && t[i + 1] == 0x98 &&
           (t[i + 2] == 0x85 || t[i + 2] == 0x86);
}

/* One of the posts follows e. */
static int post_after(const struct sc *s, size_t e)
{
    if (e + 4 >= s->len || s->t[e] != ' ')
        return 0;
    /* the first two bytes of a post's preposition, raw: most runs leave here */
    const uint8_t c1 = s->t[e + 1], c2 = s->t[e + 2];
    if (!((c1 == 'a' && (c2 == 't' || c2 == 'm' || c2 == 'n' || c2 == 'a' || c2 == 'l')) ||
          (c1 == 'o' && c2 == 'n') || (c1 == 'b' && c2 == 'i') || (c1 == 'e' && c2 == 'n') ||
          (c1 == 'n' && (c2 == 'a' || c2 == 'o')) || (c1 == 0xC3 && c2 == 0xA0)))
        return 0;
    char b[40];
    size_t n = s->len - e - 1 < 30 ? s->len - e - 1 : 30;
    const char *f = nw_fold_span(s, e + 1, e + 1 + n, b, sizeof b);
    for (size_t i = 0; i < sizeof posts / sizeof posts[0]; i++) {
        size_t l = strlen(posts[i]);
        if (strncmp(f, posts[i], l) == 0 && (f[l] == ' ' || f[l] == ',' || f[l] == '.' || !f[l]))
            return 1;
    }
    return 0;
}

/* A question whether someone comes ends within 160 bytes before i: "yes with X" answers it,
 * where "yes with Klarna" answers how one pays. */
static int asked_coming(const struct sc *s, size_t i)
{
    size_t a = i > 160 ? i - 160 : 0;
    for (size_t k = a; k < i; k++) {
        if (s->t[k] != ' ')
            continue;
        char b[24];
        size_t we;
        const char *w = nw_word_after(s, k, &we, b, sizeof b);
        if (we > i)
            break;
        if ((uint8_t)w[0] == 0xC2 && ((uint8_t)w[1] == 0xBF || (uint8_t)w[1] == 0xA1))
            w += 2; /* "¿viene" */
        if (NW_ONE_OF(w, come_after) || strcmp(w, "vem") == 0 || strcmp(w, "drive") == 0 ||
            strcmp(w, "driving") == 0 || strcmp(w, "fährt") == 0 || strcmp(w, "conduit") == 0 ||
            strcmp(w, "rijdt") == 0 || strcmp(w, "conduce") == 0 || strcmp(w, "guida") == 0 ||
            strcmp(w, "conduz") == 0 || strcmp(w, "kommen") == 0 || strcmp(w, "komen") == 0 ||
            strcmp(w, "venir") == 0 || strcmp(w, "vienen") == 0 || strcmp(w, "vengono") == 0 ||
            strcmp(w, "vêm") == 0 || strcmp(w, "join") == 0 || strcmp(w, "come") == 0)
            return 1;
    }
    return 0;
}

/* A question mark ends the clause within 60 bytes after e, on the same line: "kommt X am
 * Samstag?" asks whether a person comes, "Kubernetes komt zo." does not. */
static int asks_after(const struct sc *s, size_t e)
{
    for (size_t i = e; i < s->len && i < e + 60; i++) {
        if (s->t[i] == '?')
            return 1;
        if (s->t[i] == '\n' || s->t[i] == '.' || s->t[i] == '!')
            return 0;
    }
    return 0;
}

/* The words the one-word shapes of nw_informal2_ctx() ask the word before about (also_words,
 * ask_verbs, ask_preps, children, with_words, come_before, "a", "o", "is", "anche"), by their
 * first byte ('a' .. 'z', then 0xC3): the second bytes they have (a bit per 'a' .. 'z', then
 * NUL, then any other byte) and their lengths in bytes (a bit per length). Taken from the lists
 * by script; nw_informal2_audit() checks that every word passes. The words before most
 * capitalised words fail it ("die", "the", "in", "to"), and the shapes need no more of them. */
static const struct {
    uint32_t second, lens;
} pw_firsts[27] = {{0x4342800, 0x3a},
                   {0, 0},
                   {0x4080, 0x148},
                   {0x4111, 0x184},
                   {0x2000, 0xa0},
                   {0x24100, 0x78},
                   {0, 0},
                   {0x100, 0x10},
                   {0x40000, 0x4},
                   {0, 0},
                   {0x4000, 0x30},
                   {0, 0},
                   {0x110, 0x8},
                   {0x101, 0x30},
                   {0x4004000, 0xa},
                   {0x24010, 0x318},
                   {0, 0},
                   {0, 0},
                   {0x84000, 0x1098},
                   {0x4001, 0x180},
                   {0, 0},
                   {0x20110, 0x68},
                   {0x100, 0x10},
                   {0, 0},
                   {0, 0},
                   {0x4000, 0x10},
                   {0x8000000, 0x4}};

/* May the folded word w (not "") be one of those words? */
static int pw_may_ask(const char *w)
{
    const uint8_t c0 = (uint8_t)w[0], c1 = (uint8_t)w[1];
    unsigned row = c0 >= 'a' && c0 <= 'z' ? c0 - 'a' : c0 == 0xC3 ? 26 : 27;
    if (row == 27)
        return 0;
    unsigned bit = c1 >= 'a' && c1 <= 'z' ? c1 - 'a' : c1 == 0 ? 26 : 27;
    size_t n = strlen(w);
    return n < 32 && ((pw_firsts[row].second >> bit) & 1) && ((pw_firsts[row].lens >> n) & 1);
}

/* The word before i as word_back() bounds it, raw: its end returned, its start in *b (*b is the
 * end when there is none). */
static inline __attribute__((always_inline)) size_t back_span(const struct sc *s, size_t i,
                                                              size_t *b)
{
    const uint8_t *t = s->t;
    size_t e = i;
    while (e > 0 && t[e - 1] == ' ')
        e--;
    if (e > 0 && t[e - 1] == ',') {
        e--;
        while (e > 0 && t[e - 1] == ' ')
            e--;
    }
    size_t a = e;
    while (a > 0 && e - a < 24 &&
           (t[a - 1] >= 0x80 || is_alnum(t[a - 1]) || t[a - 1] == '\'' || t[a - 1] == '-'))
        a--;
    while (a + 2 <= e && t[a] == 0xC2 && (t[a + 1] == 0xBF || t[a + 1] == 0xA1))
        a += 2;
    *b = a;
    return e;
}

/* pw_may_ask() of the n > 0 raw bytes at w, said before they are folded: 1 when it says no.
 * The fold lowers an ASCII capital and keeps every other byte's class (a byte >= 0x80 stays
 * one) and the word's length, which is all pw_may_ask() reads: the first byte, the second, the
 * length. */
static int raw_no_ask(const uint8_t *w, size_t n)
{
    uint8_t c0 = w[0], c1 = n > 1 ? w[1] : 0;
    if ((uint8_t)(c0 - 'A') < 26)
        c0 += 32;
    if ((uint8_t)(c1 - 'A') < 26)
        c1 += 32;
    unsigned row = c0 >= 'a' && c0 <= 'z' ? c0 - 'a' : c0 == 0xC3 ? 26 : 27;
    if (row == 27)
        return 1;
    unsigned bit = c1 >= 'a' && c1 <= 'z' ? c1 - 'a' : c1 == 0 ? 26 : 27;
    return !(n < 32 && ((pw_firsts[row].second >> bit) & 1) && ((pw_firsts[row].lens >> n) & 1));
}

int nw_informal2_word_may(const uint8_t *w, size_t n)
{
    return n > 0 && !raw_no_ask(w, n);
}

int nw_informal2_audit(void)
{
    static const char *const more[] = {"a", "o", "is", "anche"};
    const char *const *lists[] = {also_words, ask_verbs,   ask_preps, children,
                                  with_words, come_before, more};
#define COUNT(a) (sizeof(a) / sizeof((a)[0]))
    const size_t sizes[] = {COUNT(also_words), COUNT(ask_verbs),  COUNT(ask_preps),
                            COUNT(children),   COUNT(with_words), COUNT(come_before),
                            COUNT(more)};
#undef COUNT
    int lost = 0;
    for (size_t l = 0; l < sizeof sizes / sizeof sizes[0]; l++)
        for (size_t k = 0; k < sizes[l]; k++)
            lost += !pw_may_ask(lists[l][k]);
    return lost;
}

int nw_informal2_audit_raw(const char *text, size_t len)
{
    struct sc s;
    memset(&s, 0, sizeof s);
    s.t = (const uint8_t *)text;
    s.len = len;
    int lost = 0;
    for (size_t i = 0; i <= len; i++) {
        char b[32];
        size_t ws;
        const char *pw = word_back(&s, i, &ws, b, sizeof b);
        size_t pb, pe = back_span(&s, i, &pb);
        lost += pb != ws || (pe > pb && raw_no_ask(s.t + pb, pe - pb)) != (*pw && !pw_may_ask(pw));
    }
    return lost;
}

int nw_informal2_ctx(const struct sc *s, size_t start, size_t end)
{
    const uint8_t *t = s->t;
    char b1[32], b2[32], b3[32];
    size_t ws = start, ws2, we;
    size_t ie = past_initial(s, end);
    if (byline_after(s, ie) && opens_line(s, start)) {
        if (memchr(t + start, ' ', end - start) || ie > end)
            return name_like(s, start, end); /* "N. Russo", "Mierske S." */
        /* one word: a criterion ("Frühstück – ★★★") as often as a reviewer; only a given name */
        return (nw_lexicon_in(t, s->len, start, end) & ANON_NL_GIVEN) && name_word(s, start, end);
    }
    /* the word before is read only where a shape below may ask about it */
    int post = post_after(s, ie), words = memchr(t + start, ' ', end - start) != NULL;
    if (words && !post)
        return 0;
    size_t pe = back_span(s, start, &ws); /* word_back(s, start, &ws, ...), folded below */
    if (!post && pe > ws && raw_no_ask(t + ws, pe - ws))
        return 0; /* the test below, on the raw bytes: most words before a capital ("die") */
    const char *pw = pe > ws ? nw_fold_span(s, ws, pe, b1, sizeof b1) : "";
    if (post && !NW_ONE_OF(pw, dets))
        return name_like(s, start, end);
    if (words)
        return 0; /* the shapes below name one word */
    if (*pw && !pw_may_ask(pw))
        return 0; /* no list below holds it, and the last shape wants no word, "o", "a", "is" */
    /* the word after is read only when it may be a verb of coming ("coming", "kommt", "vient"):
     * its first two bytes as the fold leaves them ("kann" is not read) */
    const char *nw = "";
    if (end + 2 < s->len && t[end] == ' ' &&
        (((t[end + 1] == 'c' || t[end + 1] == 'k') && (t[end + 2] | 32) == 'o') ||
         (t[end + 1] == 'v' && ((t[end + 2] | 32) == 'i' || (t[end + 2] | 32) == 'e'))))
        nw = nw_word_after(s, end, &we, b3, sizeof b3);
    if (!*pw && !*nw)
        return 0; /* with no word before, only a verb of coming after it may make the shape */
    if (NW_ONE_OF(pw, also_words) && ws > 0) { /* "viene anche X", "kommt auch X" */
        size_t ws0;
        const char *p0 = word_back(s, ws, &ws0, b2, sizeof b2);
        if (NW_ONE_OF(p0, come_before) && asks_after(s, end))
            return name_word_min(s, start, end, COME_SHAPE);
    }
    if (*pw) {
        if (NW_ONE_OF(pw, ask_verbs))
            return name_word(s, start, end);
        /* the word before that is asked only after a preposition, a child's noun or "with" */
        int a_o = strcmp(pw, "a") == 0 || strcmp(pw, "o") == 0, prep = NW_ONE_OF(pw, ask_preps),
            child = NW_ONE_OF(pw, children), with = a_o || NW_ONE_OF(pw, with_words);
        const char *pw2 = "";
        ws2 = ws;
        if (prep || child || with)
            pw2 = word_back(s, ws, &ws2, b2, sizeof b2);
        if (prep && NW_ONE_OF(pw2, ask_verbs) &&
            (strcmp(pw, "à") || pw2[0] == 'd')) { /* "Pergunta à Allianz": pt "à" has an article */
            if (strcmp(pw, "nach") == 0 && !(nw_lexicon_in(t, s->len, start, end) & ANON_NL_GIVEN))
                return 0; /* German capitalises nouns: "fragt nach Zeckenschutz" */
            return name_word(s, start, end);
        }
        if (child && NW_ONE_OF(pw2, my_words))
            return name_word(s, start, end);
        if (a_o && strcmp(pw2, "com") == 0) {
            size_t ws3;
            pw2 = word_back(s, ws2, &ws3, b2, sizeof b2); /* "sim, com a X" */
        }
        if (with) {
            if (strcmp(pw2, "zusammen") == 0 || strcmp(pw2, "samen") == 0) {
                size_t ws3;
                pw2 = word_back(s, ws2, &ws3, b2, sizeof b2);
            }
            if (NW_ONE_OF(pw2, yes_words) && asked_coming(s, ws2))
                return name_word(s, start, end);
        }
        if ((NW_ONE_OF(pw, come_before) || (strcmp(pw, "is") == 0 && strcmp(nw, "coming") == 0)) &&
            asks_after(s, end))
            return name_word_min(s, start, end, COME_SHAPE);
    }
    if (NW_ONE_OF(nw, come_after) &&
        (!*pw || strcmp(pw, "o") == 0 || strcmp(pw, "a") == 0 || strcmp(pw, "is") == 0 ||
         strcmp(pw, "anche") == 0) &&
        asks_after(s, end))
        return name_word_min(s, start, end, COME_SHAPE);
    return 0;
}

/* What follows the run at e closes a noun phrase of goods: punctuation, or "or"/"and"/"vs" and
 * another "the" ("the X or the Y"), not a noun it qualifies ("the John Lewis account"). */
static int goods_end(const struct sc *s, size_t e)
{
    if (e >= s->len)
        return 1;
    uint8_t c = s->t[e];
    if (c == '?' || c == '.' || c == ',' || c == '!' || c == ';' || c == ')')
        return 1;
    if (c != ' ')
        return 0;
    char b[16], b2[16];
    size_t we, we2;
    const char *w = nw_word_after(s, e, &we, b, sizeof b);
    if (strcmp(w, "or") && strcmp(w, "and") && strcmp(w, "vs") && strcmp(w, "versus"))
        return 0;
    return strcmp(nw_word_after(s, we, &we2, b2, sizeof b2), "the") == 0;
}

int nw_informal2_not_person(const struct sc *s, size_t a, size_t e)
{
    char b1[32], b2[40], b3[32];
    size_t ws, we;
    const char *pw = nw_prev_word(s, a, &ws, b1, sizeof b1);
    if (*pw && nw_honorific(pw))
        return 0; /* "Mrs Nana", "Frau Oma" are unusual, and a title names a person */
    if (NW_ONE_OF(pw, trades))
        return 1; /* "officina Hyundai", "Werkstatt Hermès" */
    int multi = memchr(s->t + a, ' ', e - a) != NULL;
    if (multi && NW_ONE_OF(pw, our_words))
        return 1; /* "our Renault Clio", "unseren Porsche Cayenne" */
    const char *nw = nw_word_after(s, e, &we, b3, sizeof b3);
    if (!multi && (strcmp(nw, "dealership") == 0 || strcmp(nw, "garage") == 0))
        return 1; /* "the Skoda garage" */
    if (multi) {
        size_t sp = a;
        while (s->t[sp] != ' ')
            sp++;
        if (NW_ONE_OF(nw_fold_span(s, a, sp, b2, sizeof b2), makes))
            return 1; /* "Toyota Camry", "Chevrolet Camaro" */
    }
    if (strcmp(pw, "the") == 0 && goods_end(s, e))
        return 1; /* "the Oscar Mayer or the Tia Maria?", "was for the Porsche Cayenne." */
    if (multi)
        return 0;
    const char *w = nw_fold_span(s, a, e, b2, sizeof b2);
    if (NW_ONE_OF(w, questions) && e < s->len && s->t[e] == ' ')
        return 1; /* "Waarom is Einstein ..." */
    if (NW_ONE_OF(pw, around) || (strcmp(pw, "down") == 0 && ws > 0) ||
        (strcmp(pw, "of") == 0 && ws >= 5 && memcmp(s->t + ws - 5, "tour ", 5) == 0))
        return 1; /* "the area around Adelaide", "walk down Lourdes", "tour of Jackson" */
    if (NW_ONE_OF(w, kin_names))
        return 1;
    if (NW_ONE_OF(w, my_words) && NW_ONE_OF(nw, children) && e < s->len && s->t[e] == ' ' &&
        s->t[e + 1] >= 'a' && s->t[e + 1] <= 'z')
        return 1; /* "Mia figlia Teraretta" */
    if (NW_ONE_OF(w, imperatives) && opens_line(s, a) && e + 1 < s->len && s->t[e] == ' ' &&
        !nw_upper(s->t + e + 1, s->len - e - 1))
        return 1; /* "Aiutami a rispondere" */
    return 0;
}
