/* names_leaks46.c: names that stop 45 still let through.
 *
 * - One pass over the text for the cue words whose last byte stands right before a space:
 *   "k " (names_chat.c's "ask", "ok", "think", handed to nw_chat_cue_at()), "frag ", "vraag ",
 *   "an ", "aan ", "naar ", "to ", " a ", "para ", "à ". After a request verb a lone lower-case
 *   given name is a person ("ask maria", "frag ernst", "demande à paul", "vraag het aan joost",
 *   "pregunta a pilar", "chiedi a chiara"); after an assignment or forwarding verb so is a
 *   lower-case surname, with its particle or given name ("Assigned to weber yesterday", "Bitte
 *   an keller weiterleiten", "doorgestuurd naar de vries", "asignado a garcía"). The pass finds
 *   each (last byte, byte before it) pair of its eight classes with two nibble look-ups per byte,
 *   32 bytes a step, and a third load for the space: more cues cost no more, and the chat cues'
 *   own search is gone;
 * - applicant, holder, payer and sender labels of the Nordic and Central European languages
 *   (`Søker:`, `Sökande:`, `Hakija:`, `Solicitant:`, `Platiteľ:`, `Befizető:`), read by
 *   names_labels7.c as parties, and nw_leaks46_fold_wide() for labels in capitals whose letters
 *   nw_fold() leaves (`PŁATNIK:`, `PŘÍKAZCE:`, `PLĂTITOR:`).
 *
 * The one thing to know: a cue's word is looked at only where the pass stopped, and a name after
 * it only when the word before is one of the class's verbs; the pass never allocates.
 */
#include "anonymize/names_internal.h"

#include <string.h>

#ifdef HAVE_NW_AVX2_WALK
#include <immintrin.h>
#endif

/* ---- the pass ------------------------------------------------------------------------------- */

/* The classes: the cue's last byte and the byte before it ('k' after any byte). */
enum {
    CUE_K = 1,      /* "ask", "ok", "think" */
    CUE_AG = 2,     /* "frag", "vraag" */
    CUE_AN = 4,     /* "an", "aan" */
    CUE_AR = 8,     /* "naar" */
    CUE_TO = 16,    /* "to" */
    CUE_A = 32,     /* " a " */
    CUE_GRAVE = 64, /* "à" (0xC3 0xA0) */
    CUE_RA = 128,   /* "para" */
    CUE_DIGIT = 256 /* a digit word's ending, or "på": names_spoken51.c's note */
};

static unsigned cue_class(uint8_t p, uint8_t c)
{
    switch (c) {
    case 'k':
        return CUE_K;
    case 'g':
        return p == 'a' ? CUE_AG : 0;
    case 'n':
        return p == 'a' ? CUE_AN : p == 'u' ? CUE_DIGIT : 0; /* "neun", "un" */
    case 'r':
        return p == 'a' ? CUE_AR : p == 0xB1 ? CUE_DIGIT : 0; /* "sıfır" */
    case 'o':
        return p == 't' ? CUE_TO : (p == 'r' || p == 'w') ? CUE_DIGIT : 0; /* "zero", "two" */
    case 'a':
        return p == ' ' ? CUE_A : p == 'r' ? CUE_RA : p == 'v' ? CUE_DIGIT : 0; /* "dva" */
    case 0xA0:
        return p == 0xC3 ? CUE_GRAVE : 0;
    case 0xA5: /* "två", "på" */
        return p == 0xC3 ? CUE_DIGIT : 0;
    case 'f': /* "fünf", "neuf", "vijf" */
        return (p == 'n' || p == 'u' || p == 'j') ? CUE_DIGIT : 0;
    case 'h': /* "oh" */
        return p == 'o' ? CUE_DIGIT : 0;
    case 'i': /* "zwei", "drei", "sei", "iki" */
        return (p == 'e' || p == 'k') ? CUE_DIGIT : 0;
    default:
        return 0;
    }
}

/* The next cue's last byte from i (a space after it), or len: each space found by memchr(). */
static size_t cue_plain(const uint8_t *t, size_t len, size_t i)
{
    size_t k = i + 1;
    while (k < len) {
        const uint8_t *q = memchr(t + k, ' ', len - k);
        if (!q)
            break;
        k = (size_t)(q - t);
        if (cue_class(k >= 2 ? t[k - 2] : 0, t[k - 1]))
            return k - 1;
        k++;
    }
    return len;
}

/* ---- the words around a cue ------------------------------------------------------------------ */

static int word_byte(uint8_t c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c >= 0x80;
}

/* The start of the word of letters that ends at e (at most 16 bytes back), or e. */
static size_t word_back(const uint8_t *t, size_t e)
{
    size_t a = e;
    while (a > 0 && e - a < 16 && word_byte(t[a - 1]))
        a--;
    return a > 0 && word_byte(t[a - 1]) ? e : a;
}

/* Is t[a .. e) one of list (folded)? */
static int word_in(const struct sc *s, size_t a, size_t e, const char *const *list, size_t n)
{
    char buf[24];
    if (e <= a || e - a >= sizeof buf)
        return 0;
    const char *f = nw_fold_span(s, a, e, buf, sizeof buf);
    return *f && nw_one_of(f, list, n);
}
#define WORD_IN(s, a, e, list) word_in((s), (a), (e), (list), sizeof(list) / sizeof((list)[0]))

/* The word before the cue word that starts at cs (one space between), as [*a, *e); 0 if none. */
static int verb_before(const uint8_t *t, size_t cs, size_t *a, size_t *e)
{
    if (cs < 3 || t[cs - 1] != ' ')
        return 0;
    *e = cs - 1;
    if (*e > 0 && t[*e - 1] == ',')
        (*e)--; /* "Por favor, reenviar a" has its verb right before; a comma ends nothing here */
    *a = word_back(t, *e);
    return *a < *e;
}

/* Words that fill a person's slot after a cue without naming one: pronouns, articles, teams,
 * assistants, "around", "nach", in en/de/fr/nl/es/it/pt. */
static const char *const not_one[] = {
    "me",       "you",       "him",        "her",       "them",      "us",        "it",
    "everyone", "everybody", "someone",    "somebody",  "anyone",    "nobody",    "whoever",
    "all",      "team",      "support",    "legal",     "finance",   "backend",   "frontend",
    "ops",      "devops",    "sales",      "marketing", "hr",        "qa",        "the",
    "this",     "that",      "our",        "your",      "my",        "his",       "their",
    "around",   "about",     "for",        "if",        "whether",   "questions", "google",
    "siri",     "alexa",     "chatgpt",    "claude",    "gemini",    "copilot",   "cortana",
    "bixby",    "mich",      "dich",       "sich",      "uns",       "euch",      "ihn",
    "ihm",      "ihr",       "sie",        "alle",      "jemand",    "niemand",   "das",
    "die",      "der",       "den",        "dem",       "ein",       "eine",      "einen",
    "nach",     "mal",       "bitte",      "doch",      "moi",       "toi",       "lui",
    "elle",     "eux",       "nous",       "vous",      "tous",      "tout",      "toute",
    "quelqu",   "personne",  "mij",        "jou",       "hem",       "haar",      "ons",
    "jullie",   "iedereen",  "iemand",     "het",       "een",       "mí",        "ti",
    "él",       "ella",      "ellos",      "todos",     "alguien",   "nadie",     "el",
    "los",      "las",       "una",        "uno",       "te",        "lei",       "loro",
    "tutti",    "qualcuno",  "nessuno",    "il",        "lo",        "gli",       "mim",
    "ele",      "ela",       "eles",       "alguém",    "ninguém",   "um",        "uma",
    "la",       "le",        "les",        "du",        "des",       "whom",      "who",
    "what",     "how",       "why",        "when",      "where",     "which",     "again",
    "later",    "now",       "too",        "more",      "main",      "master",    "dev",
    "prod",     "staging",   "production", "localhost", "stdout",    "stderr",    "upstream",
    "nginx",    "apache",    "review",     "reviewer",  "admin",     "owner",     "manager",
    "security", "infra",     "platform",   "design",    "product",   "aan",       "an",
    "naar",     "to",        "general",    "mevr",      "dhr",       "mr",        "mrs",
    "ms",       "dr",        "herr",       "frau",      "mme",       "mlle",      "sra",
    "srta",     "sig",       "dott",       "prof",      "niemanden", "jemanden",  "keinen",
    "allen",    "kafka",     "jenkins",    "redis",     "docker",    "github",    "gitlab",
    "jira",     "slack",     "sentry",     "travis",    "linux",     "python",    "java",
    "ruby",     "rust",      "yesterday",  "today",     "tomorrow",  "gestern",   "heute",
    "morgen",   "hier",      "demain",     "aujourd",   "gisteren",  "vandaag",   "ayer",
    "hoy",      "mañana",    "ieri",       "oggi",      "domani",    "ontem",     "hoje",
    "amanhã",   "will",      "may",        "can",       "shall",     "must",      "might",
    "would",    "should",    "could"};

/* Fillers between a request verb and the one asked ("frag mal X", "vraag het even aan X"). */
static const char *const fillers[] = {"mal", "bitte", "doch",   "einfach", "even",   "eens", "maar",
                                      "het", "nog",   "morgen", "dan",     "gerade", "kurz"};

/* The end of a lower-case word of letters from a (or a capital first in the raised copy of a
 * lower-case text), or a. */
static size_t lower_word(const struct sc *s, size_t a)
{
    const uint8_t *t = s->t;
    size_t e = a, l;
    if (a >= s->len)
        return a;
    if (s->raised && t[a] >= 'A' && t[a] <= 'Z')
        e++;
    while (e < s->len && e - a <= 24 && (l = nw_letter(t + e, s->len - e)) != 0 &&
           !nw_upper(t + e, s->len - e))
        e += l;
    return e;
}

/* May a name end at e: the text's end, a space, a line, a clause's punctuation, a quote? */
static int name_end(const struct sc *s, size_t e)
{
    const uint8_t *t = s->t;
    if (e >= s->len)
        return 1;
    uint8_t c = t[e];
    if (c == '.' || c == ',')
        return !(e + 1 < s->len && is_alnum(t[e + 1])); /* "ask example.org" */
    return c == ' ' || c == '\n' || c == '\r' || c == '!' || c == '?' || c == ';' || c == '"' ||
           c == ')' || c == '\\';
}

/* Does the lower-case word t[a .. e) of a lexicon name (given: a given name only) stand for a
 * person after a cue? Pronouns, teams and the pack's ordinary words that are no name do not. */
static int name_word(const struct sc *s, size_t a, size_t e, int given)
{
    if (e - a < 3 || e - a > 20 || WORD_IN(s, a, e, not_one))
        return 0;
    unsigned lx = nw_lexicon_in(s->t, s->len, a, e);
    if (lx & (given ? ANON_NL_GIVEN : (ANON_NL_GIVEN | ANON_NL_NAME)))
        return 1;
    if (lx) /* an ordinary word, or a surname after a request verb ("ask kafka") */
        return 0;
    /* a word no list knows: shaped like a name ("lucía", "kelwinbach"), not like "nginx" */
    return nw_name_shape(s->t + a, e - a) >= (given ? 10 : 1);
}

/* The person after a request verb at a: one given name ("ask maria"); its end, or 0. */
static size_t asked(const struct sc *s, size_t a)
{
    size_t e = lower_word(s, a);
    if (e == a || !name_end(s, e) || !name_word(s, a, e, 1))
        return 0;
    /* an English word that is a given name too only when well attested ("ask any" is no one) */
    unsigned lx = nw_lexicon_in(s->t, s->len, a, e);
    return (lx & ANON_NL_COMMON_EN) && !(lx & ANON_NL_ATTESTED) ? 0 : e;
}

/* The person after an assignment verb at a: a surname, a particle and a surname ("de vries"),
 * or a given name and a surname ("tom brennan"); its end, or 0. */
static size_t assigned(const struct sc *s, size_t a)
{
    const uint8_t *t = s->t;
    size_t e = lower_word(s, a);
    if (e == a)
        return 0;
    static const char *const particle[] = {"de",  "van", "von", "da", "di",  "del", "du",
                                           "ten", "ter", "dos", "zu", "vom", "den"};
    if (e - a <= 3 && e < s->len && t[e] == ' ' && WORD_IN(s, a, e, particle)) {
        size_t e2 = lower_word(s, e + 1); /* "de vries", "van dijk"; not "de helpdesk" */
        unsigned lx = e2 > e + 1 ? nw_lexicon_in(t, s->len, e + 1, e2) : 0;
        if (e2 > e + 3 && name_end(s, e2) && !WORD_IN(s, e + 1, e2, not_one) &&
            ((lx & ANON_NL_NAME) || (!(lx & (ANON_NL_COMMON_EN | ANON_NL_COMMON)) &&
                                     nw_name_shape(t + e + 1, e2 - e - 1) > 12)))
            return e2;
        return 0;
    }
    if (!name_end(s, e) || !name_word(s, a, e, 0))
        return 0;
    if (e + 4 < s->len && t[e] == ' ' &&
        (nw_lexicon_in(t, s->len, a, e) & ANON_NL_GIVEN)) { /* "tom brennan" */
        size_t e2 = lower_word(s, e + 1);
        unsigned lx = e2 > e + 1 ? nw_lexicon_in(t, s->len, e + 1, e2) : 0;
        if (e2 > e + 3 && name_end(s, e2) && !(lx & ANON_NL_GIVEN) &&
            ((lx & ANON_NL_NAME) || (!lx && nw_name_shape(t + e + 1, e2 - e - 1) >= 10)) &&
            !WORD_IN(s, e + 1, e2, not_one))
            return e2;
    }
    return e;
}

/* ---- the verbs ------------------------------------------------------------------------------- */

/* Request verbs before "à", " a ", "aan" (with "het"), and assignment verbs before "to", "an",
 * "aan", "naar", "a", "para", "à". */
static const char *const verbs_to[] = {"assigned",  "reassigned", "forwarded",
                                       "escalated", "delegated",  "handed"};
static const char *const verbs_an[] = {"zugewiesen",  "weitergeleitet", "übergeben", "eskaliert",
                                       "übertragen",  "delegiert",      "zugeteilt", "abgegeben",
                                       "weitergeben", "weiterleiten"};
static const char *const verbs_an_after[] = {
    "weiterleiten", "weitergeben",   "schicken", "senden",    "geben",    "übergeben",     "zur",
    "zum",          "weitergegeben", "gegeben",  "geschickt", "gesendet", "weitergeleitet"};
static const char *const verbs_aan[] = {"toegewezen", "overgedragen", "doorgegeven", "gegeven",
                                        "toegekend",  "overdragen",   "vraag",       "vraagt"};
static const char *const verbs_naar[] = {"doorgestuurd", "doorsturen", "gestuurd",
                                         "verstuurd",    "gemaild",    "doorgezet",
                                         "doorverwezen", "sturen",     "doorgeschakeld"};
static const char *const verbs_a[] = {
    "pregunta",    "pregúntale", "preguntale", "preguntar",   "pregunto",  "preguntaré",
    "asignado",    "asignada",   "reasignado", "reasignada",  "reenviar",  "reenviado",
    "reenviada",   "escalado",   "escalada",   "transferido", "chiedi",    "chiedilo",
    "chiedere",    "chiedo",     "chiederò",   "assegnato",   "assegnata", "riassegnato",
    "riassegnata", "inoltra",    "inoltrare",  "inoltrato",   "inoltrata", "girato",
    "girata",      "atribuído",  "atribuída",  "atribuido",   "atribuida", "pergunta",
    "perguntar",   "perguntei",  "pasé",       "pasado",      "pasada",    "passato",
    "passata"};
static const char *const requests_a[] = {
    "pregunta", "pregúntale", "preguntale", "preguntar", "pregunto", "preguntaré", "chiedi",
    "chiedilo", "chiedere",   "chiedo",     "chiederò",  "pergunta", "perguntar",  "perguntei"};
static const char *const verbs_para[] = {
    "reencaminhar", "reencaminhado", "reencaminhada", "encaminhado", "encaminhada", "encaminhar",
    "enviado",      "enviada",       "atribuído",     "passei",      "passado",     "passada"};
static const char *const verbs_grave[] = {
    "demande",  "demander",  "demanderai",  "demandes",   "demandez", "transmis",  "transmise",
    "assigné",  "assignée",  "réaffecté",   "réaffectée", "suivre",   "transféré", "transférée",
    "attribué", "attribuée", "transmettre", "confié",     "confiée",  "réassigné", "réassignée"};
static const char *const requests_grave[] = {"demande", "demander", "demanderai", "demandes",
                                             "demandez"};

/* A word of the list at most three words before the cue word at cs ("vraag het even aan"). */
static int verb_near(const struct sc *s, size_t cs, const char *const *list, size_t n)
{
    size_t a, e, at = cs;
    for (int k = 0; k < 3; k++) {
        if (!verb_before(s->t, at, &a, &e))
            return 0;
        if (word_in(s, a, e, list, n))
            return 1;
        if (!WORD_IN(s, a, e, fillers))
            return 0;
        at = a;
    }
    return 0;
}

/* The bytes around the cue whose last byte is at p (a space after it, class cls) that its words
 * need, before any word is read: most stops ("with a ", "maps to ", "took ") end here. */
static int screen(const struct sc *s, size_t p, unsigned cls)
{
    const uint8_t *t = s->t;
    if (p + 2 >= s->len || p < 2)
        return 0;
    uint8_t v = t[p + 2]; /* the name's first byte: a lower-case letter (a capital when raised) */
    if (!((v >= 'a' && v <= 'z') || v >= 0xC3 || (s->raised && v >= 'A' && v <= 'Z')))
        return 0;
    switch (cls) {
    case CUE_K: /* "ask" */
        return t[p - 1] == 's' && (t[p - 2] | 32) == 'a' && (p == 2 || !word_byte(t[p - 3]));
    case CUE_AG: /* "frag", "vraag" */
        return p >= 3 && t[p - 2] == 'r'
                   ? (t[p - 3] | 32) == 'f'
                   : p >= 4 && t[p - 2] == 'a' && t[p - 3] == 'r' && (t[p - 4] | 32) == 'v';
    case CUE_AN: /* "an" after a word ending as the verbs do ("zugewiesen", "bitte"), "aan" */
        if (p >= 3 && t[p - 2] == ' ')
            return t[p - 3] == 'n' || t[p - 3] == 't' || t[p - 3] == 'e';
        return p >= 4 && t[p - 2] == 'a' && t[p - 3] == ' ' && word_byte(t[p - 4]);
    case CUE_AR: /* "naar" */
        return p >= 4 && t[p - 2] == 'a' && t[p - 3] == 'n' && t[p - 4] == ' ';
    case CUE_TO: /* "...ed to", "over to" */
        return p >= 5 && t[p - 2] == ' ' &&
               ((t[p - 3] == 'd' && t[p - 4] == 'e') || (t[p - 3] == 'r' && t[p - 4] == 'e'));
    case CUE_A: /* a verb of five bytes or more before " a ", ending as the verbs do */
        return p >= 6 && word_byte(t[p - 6]) &&
               (t[p - 2] == 'a' || t[p - 2] == 'e' || t[p - 2] == 'i' || t[p - 2] == 'o' ||
                t[p - 2] == 'r' || t[p - 2] == 0xA9 || t[p - 2] == 0xB2);
    case CUE_RA: /* "para" */
        return p >= 4 && t[p - 2] == 'a' && t[p - 3] == 'p' && t[p - 4] == ' ';
    default: /* "à" */
        return 1;
    }
}

/* The cue whose last byte is at p (a space after it), of class cls: the person it names emitted. */
static int cue(struct sc *s, size_t p, unsigned cls)
{
    const uint8_t *t = s->t;
    size_t cs = cls == CUE_GRAVE ? p - 1 : word_back(t, p + 1), a, e, v = p + 2, end = 0;
    if (cs > p || (cs > 0 && word_byte(t[cs - 1])) || v >= s->len)
        return 0;
    switch (cls) {
    case CUE_K: /* "ask maria": the chat cue turns a name that is a word down ("ask will") */
        if (p - cs != 2 || (t[cs] | 32) != 'a' || t[cs + 1] != 's')
            return 0;
        if (verb_before(t, cs, &a, &e)) {
            static const char *const det[] = {"the", "an",   "this", "that", "my",
                                              "our", "your", "big",  "one",  "an"};
            if (WORD_IN(s, a, e, det))
                return 0; /* "the ask will go to finance" */
        }
        end = asked(s, v);
        break;
    case CUE_AG: /* "frag ernst", "vraag joost", "frag mal heike" */
        if (!((p - cs == 3 && (t[cs] | 32) == 'f' && t[cs + 1] == 'r') ||
              (p - cs == 4 && (t[cs] | 32) == 'v' && t[cs + 1] == 'r' && t[cs + 2] == 'a')))
            return 0;
        for (int k = 0; k < 2; k++) {
            size_t fe = lower_word(s, v);
            if (fe < s->len && t[fe] == ' ' && WORD_IN(s, v, fe, fillers))
                v = fe + 1;
        }
        end = asked(s, v);
        break;
    case CUE_AN: /* "Zugewiesen an keller", "Bitte an keller weiterleiten", "vraag het aan joost" */
        if (p - cs == 1) {
            if (!verb_before(t, cs, &a, &e))
                return 0;
            if (WORD_IN(s, a, e, verbs_an)) {
                end = assigned(s, v);
            } else if (e - a == 5 && memcmp(t + a + 1, "itte", 4) == 0 &&
                       (end = assigned(s, v)) != 0) { /* "Bitte an keller weiterleiten" */
                size_t n2 = end + 1, n2e = n2 < s->len ? lower_word(s, n2) : n2;
                if (end >= s->len || t[end] != ' ' || !WORD_IN(s, n2, n2e, verbs_an_after))
                    end = 0;
            }
        } else if (p - cs == 2 && t[cs] == 'a') {
            if (verb_near(s, cs, verbs_aan, sizeof verbs_aan / sizeof verbs_aan[0]))
                end = assigned(s, v);
            else if ((end = asked(s, v)) != 0) { /* "kun je het aan sanne vragen?" */
                size_t n2 = end + 1, n2e = n2 < s->len ? lower_word(s, n2) : n2;
                static const char *const ask_after[] = {"vragen", "vraagt", "vraag"};
                if (end >= s->len || t[end] != ' ' || !WORD_IN(s, n2, n2e, ask_after))
                    end = 0;
            }
        }
        break;
    case CUE_AR: /* "doorgestuurd naar de vries" */
        if (p - cs == 3 && t[cs] == 'n' && t[cs + 1] == 'a' && verb_before(t, cs, &a, &e) &&
            WORD_IN(s, a, e, verbs_naar))
            end = assigned(s, v);
        break;
    case CUE_TO: /* "Assigned to weber", "handed over to weber" */
        if (p - cs != 1 || !verb_before(t, cs, &a, &e))
            return 0;
        if (e - a == 4 && memcmp(t + a, "over", 4) == 0 && !verb_before(t, a, &a, &e))
            return 0;
        if (WORD_IN(s, a, e, verbs_to))
            end = assigned(s, v);
        break;
    case CUE_A: /* "pregunta a pilar", "asignado a garcía" */
        cs = p;
        if (!verb_before(t, cs, &a, &e) || e - a < 5)
            return 0;
        if (WORD_IN(s, a, e, requests_a))
            end = asked(s, v);
        else if (WORD_IN(s, a, e, verbs_a))
            end = assigned(s, v);
        break;
    case CUE_RA: /* "reencaminhar para silva" */
        if (p - cs == 3 && t[cs] == 'p' && verb_before(t, cs, &a, &e) &&
            WORD_IN(s, a, e, verbs_para))
            end = assigned(s, v);
        break;
    case CUE_GRAVE: /* "demande à paul", "transmis à moreau" */
        if (!verb_before(t, cs, &a, &e))
            return 0;
        if (WORD_IN(s, a, e, requests_grave))
            end = asked(s, v);
        else if (WORD_IN(s, a, e, verbs_grave))
            end = assigned(s, v);
        break;
    default:
        break;
    }
    if (!end)
        return 0;
    int rc = s->emit(s->arg, ANON_NAMES_PERSON, v, end);
    return rc < 0 ? rc : 0;
}

/* The cue whose last byte is at p: names_chat.c's chat cue at a "k ", then this file's. */
static int hit(struct sc *s, size_t p)
{
    const uint8_t *t = s->t;
    unsigned cls = cue_class(p ? t[p - 1] : 0, t[p]);
    if (cls == CUE_DIGIT) {
        nw_spoken51_note(t, s->len, p);
        return 0;
    }
    /* "otto", "quattro", "cuatro", "oito", "fyra" are digit words too: "to", "into", "para" no */
    if (p >= 3 && ((cls == CUE_TO && (t[p - 2] == 't' || t[p - 2] == 'r' || t[p - 2] == 'i') &&
                    t[p - 3] != ' ') ||
                   (cls == CUE_RA && t[p - 2] == 'y')))
        nw_spoken51_note(t, s->len, p);
    if (cls == CUE_K) {
        int rc = nw_chat_cue_at(s, p);
        if (rc)
            return rc < 0 ? rc : 0;
    }
    return screen(s, p, cls) ? cue(s, p, cls) : 0;
}

#ifdef HAVE_NW_AVX2_WALK
/* The pass 32 bytes a step from i = 1 (t[0], which has no byte before it, by the caller); where
 * the last whole step ends, returned in *ip. The seven last bytes have seven low nibbles, so one
 * look-up by the low nibble says which byte a cue would need there (last) and which bytes may
 * stand before it (p1 .. p3: "ask", "ok", "think"; " a", "ra"); nibbles no cue ends in name a
 * byte of another low nibble, which never matches. A '-' between two spaces stops it too, for
 * names_rosters.c's " - " search (struct nw_lines' dash: the first such '-'), at no extra step. The
 * masks of up to 64 steps are found before any cue is read. */
/* The masks of the nb (<= 64) steps from t + i into m (no call inside: the tables stay in
 * registers); bit k of the result set when m[k] is not 0. */
__attribute__((target("avx2"), noinline)) static uint64_t cue_masks(const uint8_t *t, size_t i,
                                                                    size_t nb, uint32_t *m)
{
#define NW_CUE_T(a0, a1, a2, a5, a6, a7, a8, a9, ab, ad, ae, af)                                   \
    _mm256_setr_epi8((char)(a0), (char)(a1), (char)(a2), 0, 0, (char)(a5), (char)(a6), (char)(a7), \
                     (char)(a8), (char)(a9), 0, (char)(ab), 0, (char)(ad), (char)(ae), (char)(af), \
                     (char)(a0), (char)(a1), (char)(a2), 0, 0, (char)(a5), (char)(a6), (char)(a7), \
                     (char)(a8), (char)(a9), 0, (char)(ab), 0, (char)(ad), (char)(ae), (char)(af))
    /* nibbles 5, 6, 8, 9 and the spare bytes before 'a', 'r', 'n', 'o': digit words' endings
     * ("två", "fünf", "oh", "zwei", "dva", "sıfır", "neun", "zero", "two"), names_spoken51.c's */
    const __m256i last = NW_CUE_T(0xA0, 'a', 'r', 0xA5, 'f', 'g', 'h', 'i', 'k', '-', 'n', 'o'),
                  p1 = NW_CUE_T(0xC3, ' ', 'a', 0xC3, 'n', 'a', 'o', 'e', 's', ' ', 'a', 't'),
                  p2 = NW_CUE_T(0xC3, 'r', 0xB1, 0xC3, 'u', 'a', 'o', 'k', 'o', ' ', 'u', 'r'),
                  p3 = NW_CUE_T(0xC3, 'v', 'a', 0xC3, 'j', 'a', 'o', 'e', 'n', ' ', 'a', 'w'),
                  lo = _mm256_set1_epi8(0x0F), sp = _mm256_set1_epi8(' ');
#undef NW_CUE_T
    uint64_t any = 0;
    const uint8_t *q = t + i;
    for (size_t k = 0; k < nb; k++, q += 32) { /* q[-1 .. 33) is read */
        __m256i c = _mm256_loadu_si256((const __m256i *)(const void *)q);
        __m256i p = _mm256_loadu_si256((const __m256i *)(const void *)(q - 1));
        __m256i n = _mm256_loadu_si256((const __m256i *)(const void *)(q + 1));
        __m256i ln = _mm256_and_si256(c, lo);
        __m256i mp =
            _mm256_or_si256(_mm256_or_si256(_mm256_cmpeq_epi8(_mm256_shuffle_epi8(p1, ln), p),
                                            _mm256_cmpeq_epi8(_mm256_shuffle_epi8(p2, ln), p)),
                            _mm256_cmpeq_epi8(_mm256_shuffle_epi8(p3, ln), p));
        __m256i mc = _mm256_and_si256(_mm256_cmpeq_epi8(_mm256_shuffle_epi8(last, ln), c),
                                      _mm256_cmpeq_epi8(n, sp));
        m[k] = (uint32_t)_mm256_movemask_epi8(_mm256_and_si256(mc, mp));
        any |= (uint64_t)(m[k] != 0) << k;
    }
    return any;
}

static int cues_avx2(struct sc *s, size_t *ip)
{
    size_t i = 1, len = s->len, dash = 0;
    while (len - i >= 33) {
        uint32_t m[64];
        size_t i0 = i, nb = (len - i - 33) / 32 + 1; /* the steps: t[i - 1 .. i + 33) is read */
        if (nb > 64)
            nb = 64;
        uint64_t any = cue_masks(s->t, i, nb, m);
        i += 32 * nb;
        for (; any; any &= any - 1) {
            size_t j = (size_t)__builtin_ctzll(any);
            for (uint32_t b = m[j]; b; b &= b - 1) {
                size_t p = i0 + 32 * j + (size_t)__builtin_ctz(b);
                if (s->t[p] == '-') { /* " - ": names_rosters.c's, no cue */
                    if (!dash)
                        dash = p;
                    continue;
                }
                int rc = hit(s, p);
                if (rc < 0)
                    return rc;
            }
        }
    }
    struct nw_lines *l = nw_lines_of(s);
    if (l)
        l->dash = dash ? dash : i;
    *ip = i;
    return 0;
}
#endif

int nw_leaks46_cues(struct sc *s)
{
    const uint8_t *t = s->t;
    size_t i = 0;
    int rc;
    if (s->len < 4)
        return 0;
    if (t[1] == ' ' && cue_class(0, t[0]) && (rc = hit(s, 0)) < 0)
        return rc;
    i = 1;
#ifdef HAVE_NW_AVX2_WALK
    if (nw_use_avx2() && (rc = cues_avx2(s, &i)) < 0)
        return rc;
#endif
    for (size_t p = cue_plain(t, s->len, i); p < s->len; p = cue_plain(t, s->len, p + 1))
        if ((rc = hit(s, p)) < 0)
            return rc;
    return 0;
}

/* ---- labels ---------------------------------------------------------------------------------- */

const char *const nw_leaks46_party_labels[] = {
    /* no, da, sv, fi: applicant, holder */
    "søker", "søger", "ansøger", "innehaver", "indehaver", "sökande", "innehavare", "hakija",
    "haltija", "hakijat",
    /* ro, tr: applicant; tr debtor */
    "solicitant", "solicitantă", "başvuru sahibi", "borçlu",
    /* pl: the one who pays in, the account's owner */
    "wpłacający", "właściciel rachunku",
    /* sk: payer, payee, sender, account owner */
    "platiteľ", "príjemca", "odosielateľ", "majiteľ účtu", "majiteľ",
    /* hu: payer, beneficiary, sender, account holder, obligor */
    "befizető", "kedvezményezett", "feladó", "számlatulajdonos", "kötelezett"};
const size_t nw_leaks46_party_n =
    sizeof nw_leaks46_party_labels / sizeof nw_leaks46_party_labels[0];

int nw_leaks46_fold_wide(char *f)
{
    uint8_t *p = (uint8_t *)f;
    size_t o = 0, i = 0, n = strlen(f);
    int changed = 0;
    while (i < n) {
        size_t u = p[i] >= 0xC4 && p[i] <= 0xC8 ? nw_upper(p + i, n - i) : 0;
        if (u == 2) {
            char out[4];
            size_t l = nw_fold_capital(p + i, out);
            memcpy(p + o, out, l); /* l <= 2: never past what was read */
            o += l;
            i += 2;
            changed = 1;
        } else {
            p[o++] = p[i++];
        }
    }
    p[o] = '\0';
    return changed;
}
