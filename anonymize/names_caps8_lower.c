/* names_caps8_lower.c: a given name in a short message typed all in lower case ("pranzo con
 * giulia", "rappelle olivier stp", "ma sœur camille"), issue 15, branch caps8.
 *
 * names_lower.c raises the names of lower-case prose of three words and more; a chat's short
 * messages fall under that. Here one look at the bytes of a text of 8 to 200 bytes (no capital, no
 * code) and, at each word, the lexicon first (a given name that is no English word and, if a word
 * of another language, a well-attested name), then the word before it: "with" in seven languages,
 * a verb of calling or one that takes a person (perhaps with its preposition), a greeting, a kin
 * or role noun. Languages, tools and assistants named like people are refused ("with julia").
 */
#include <string.h>

#include "anonymize/names_internal.h"

/* ---- a given name in a short lower-case message ------------------------------------------ */
/* Words after which a lower-case given name is a person's: "with" in the seven languages, and
 * verbs of calling (then perhaps their preposition: "llama a", "liga para"), verbs that take a
 * person, greetings, kin and role nouns. */
static const char *const with_words[] = {"with", "avec", "con", "mit", "met", "com"};
static const char *const call_words[] = {"call",   "rappelle", "appelle", "richiama",
                                         "chiama", "llama",    "liga",    "ruf",
                                         "bel",    "text",     "texted",  "called"};
static const char *const call_preps[] = {"a", "à", "para", "ao", "aan", "to"};
/* Verbs that take a person, greetings the lower-case pass does not know, and kin and role nouns
 * (after which a given name is the person's: "my sister maria", "mijn broer sem"). */
static const char *const person_verbs[] = {
    "tell", "told",  "ask", "asked",   "saw", "met",    "invite",   "invited", "remind", "thank",
    "frag", "frage", "sag", "demande", "dis", "dile",   "pregunta", "chiedi",  "zeg",    "vraag",
    "diz",  "hola",  "olá", "ola",     "hoi", "coucou", "bonjour",  "moin",    "servus", "oi"};
static const char *const kin_words[] = {
    "sister",   "brother", "mom",      "mum",       "dad",       "wife",     "husband", "son",
    "daughter", "boss",    "friend",   "colleague", "schwester", "bruder",   "mutter",  "vater",
    "sohn",     "tochter", "chef",     "chefin",    "freund",    "freundin", "kollege", "kollegin",
    "sœur",     "frère",   "mère",     "père",      "femme",     "mari",     "fils",    "fille",
    "patron",   "copine",  "copain",   "collègue",  "zus",       "broer",    "moeder",  "vader",
    "vrouw",    "zoon",    "dochter",  "baas",      "vriend",    "vriendin", "collega", "hermana",
    "hermano",  "esposa",  "marido",   "hijo",      "hija",      "jefe",     "jefa",    "amigo",
    "amiga",    "sorella", "fratello", "moglie",    "marito",    "figlio",   "figlia",  "capo",
    "amico",    "amica",   "irmã",     "irmão",     "mãe",       "pai",      "filho",   "filha",
    "chefe"};
/* A wish or thanks right before the name in a post or a marketplace chat ("alles gute jonas",
 * "joyeux anniv camille", "feliz cumple pilar", "grazie giulia", "ok joost?"); after a comma the
 * name may open a reply of its own ("thx, jonas will merge it"). */
static const char *const wish_words[] = {
    "gute",     "anniv",         "anniversaire", "cumple",  "cumpleaños", "auguri",
    "parabéns", "gefeliciteerd", "birthday",     "bday",    "congrats",   "felicidades",
    "bestie",   "danke",         "merci",        "gracias", "grazie",     "obrigada",
    "obrigado", "bedankt",       "thanks",       "thx",     "ok"};
/* A self-introduction ("hi i'm hannah, 34", "bin lukas, kann samstag"): the name must end its
 * clause, since an adjective may follow these verbs too ("soy feliz hoy", "ich bin frank und");
 * not "c'est", which says what a thing is ("c'est bon"). */
static const char *const intro_words[] = {"i'm", "im", "bin", "soy", "sono", "sou", "ben"};
/* Languages, tools and assistants named like people ("with julia", "call alexa"). */
static const char *const tools[] = {"julia", "ruby", "ada", "pascal", "crystal", "delphi", "swift",
                                    "dart", "kotlin", "alexa", "siri", "jenkins", "django", "hugo",
                                    "apollo", "elixir", "celery", "flask", "ember", "gatsby",
                                    "jasmine", "karma", "mocha", "maven", "ivy", "sage",
                                    "cassandra", "jade", "ollama", "claude", "gemini", "bard",
                                    /* first-person verbs after a greeting that the lexicon also
                                     * holds as names ("oi, moro em lisboa": I live in Lisbon) */
                                    "moro", "amo", "adoro",
                                    /* adjectives after "sono", "soy", "sou" that are names too
                                     * ("sono felice, grazie") */
                                    "felice", "feliz", "serena", "bella", "allegra", "vera", "rosa",
                                    "alba", "clara", "pura", "gioia", "linda", "bonita"};

/* A lower-case letter of a word (ASCII, or a byte of a UTF-8 letter). */
static int lower_byte(uint8_t c)
{
    return (c >= 'a' && c <= 'z') || c >= 0x80 || c == '\'';
}

/* Is p[0 .. n) (lower case already: the text has no capital) one of list's words? */
static int is_one(const uint8_t *p, size_t n, const char *const *list, size_t m)
{
    for (size_t k = 0; k < m; k++)
        if ((uint8_t)list[k][0] == p[0] && strlen(list[k]) == n && memcmp(list[k], p, n) == 0)
            return 1;
    return 0;
}
#define IS_ONE(p, n, list) is_one((p), (n), (list), sizeof(list) / sizeof((list)[0]))

/* Bytes that end the test: a capital (no lower-case message), code or markup. */
static int code_byte(uint8_t c)
{
    switch (c) {
    case '{':
    case '}':
    case '<':
    case '>':
    case '=':
    case '_':
    case '\\':
    case '|':
    case '/':
    case '@':
    case '#':
    case '$':
    case ';':
    case '[':
    case ']':
    case '`':
    case 0:
        return 1;
    default:
        return c >= 'A' && c <= 'Z';
    }
}

int nw_caps8_lower(struct sc *s)
{
    const uint8_t *t = s->t;
    size_t len = s->len;
    for (size_t i = 0; i < len; i++) /* a short message all in lower case: one look */
        if (code_byte(t[i]))
            return 0;
    size_t pa[2] = {0, 0}, pn[2] = {0, 0}; /* the two words before: start, length */
    for (size_t i = 0; i < len;) {
        if (!lower_byte(t[i]) || t[i] == '\'') {
            i++;
            continue;
        }
        size_t a = i;
        while (i < len && lower_byte(t[i]))
            i++;
        size_t p0 = pa[0], n0 = pn[0], p1 = pa[1], n1 = pn[1];
        pa[1] = pa[0], pn[1] = pn[0], pa[0] = a, pn[0] = i - a;
        if (i - a < 3 || i - a > 15 || n0 < 2 ||
            (i < len && t[i] == '.' && i + 1 < len && is_alnum(t[i + 1])))
            continue;
        unsigned f = anon_names_lexicon((const char *)t + a, i - a); /* the lexicon, then the cue */
        if (!(f & ANON_NL_GIVEN) || (f & ANON_NL_COMMON_EN) ||
            ((f & ANON_NL_COMMON) && !(f & ANON_NL_ATTESTED)))
            continue; /* "with will", "con salsa" */
        if (!(IS_ONE(t + p0, n0, with_words) || IS_ONE(t + p0, n0, call_words) ||
              (IS_ONE(t + p0, n0, call_preps) &&
               (IS_ONE(t + p1, n1, call_words) || IS_ONE(t + p1, n1, person_verbs))) ||
              IS_ONE(t + p0, n0, person_verbs) || IS_ONE(t + p0, n0, kin_words) ||
              (IS_ONE(t + p0, n0, wish_words) && t[p0 + n0] == ' ') ||
              (IS_ONE(t + p0, n0, intro_words) &&
               (i == len || t[i] == ',' || t[i] == '!' || t[i] == '?' ||
                (t[i] == ' ' && i + 1 < len && t[i + 1] == '(')))))
            continue;
        char b[16];
        size_t n = nw_fold((const char *)t + a, i - a, b, sizeof b - 1);
        b[n] = '\0';
        if (!n || nw_cats(b) || NW_ONE_OF(b, tools))
            continue; /* "with julia" (a language), words of the lists */
        size_t e = i;
        if (e + 1 < len && t[e] == ' ' && lower_byte(t[e + 1])) {
            size_t c = e + 1, d = c; /* "con giulia ferrante": a surname the lexicon knows */
            while (d < len && lower_byte(t[d]))
                d++;
            unsigned g = anon_names_lexicon((const char *)t + c, d - c);
            if ((g & ANON_NL_NAME) && !(g & (ANON_NL_COMMON | ANON_NL_COMMON_EN | ANON_NL_GIVEN)))
                e = d;
        }
        int rc = s->emit(s->arg, ANON_NAMES_PERSON, a, e);
        if (rc < 0)
            return rc;
    }
    return 0;
}
