/* names_prose50.c: a person written all in lower case inside prose that is not (tune set prose50).
 *
 * Letters, notes and minutes name people in lower case where the writer did not bother
 * ("I had tea with margaret whitcombe again", "Der Blumenschmuck wurde von ulrike krause
 * gespendet", "Afwezig met kennisgeving: sanne visser", "na kawie u sąsiadki (piotr
 * zieliński)"). The scanner's readers of lower case look at texts all in lower case (their
 * raised copy) or behind chat cues; in a text with capitals such a pair is read by nobody.
 *
 * The rule: after a preposition or verb of company or agency of the pack's languages ("with",
 * "by", "from", "von", "bei", "par", "avec", "con", "por", "da", "met", "bij", "med", "av",
 * "u", "od"...), after a label's ": " or inside "(", two lower-case words: a given name the
 * lexicon knows and a surname it knows (optionally with a particle between: "jan de vries"),
 * neither an ordinary word of the lexicon's languages, the second ending a clause or followed
 * by a space. Invented names are not taken: with no capital there is nothing else to go on.
 *
 * Nicknames: nw_prose50_nick() tells names_prose.c's nw_prose_ctx() that the word before a lone
 * capitalised word names it ("genannt Bobby", "bekend als Sjaak", "conocido como Chema", "znany
 * jako Bolek", "Alla kallade henne Lasse", "říkali Pepa"): the run must still pass its lone-word
 * check (a lexicon name that is no ordinary word, or a name's shape).
 *
 * The one thing to know: the pass looks only at a space or '(' before a lower-case ASCII letter;
 * the lexicon is asked only after the cue before it matched.
 */
#include "anonymize/names_internal.h"

#include <string.h>

/* The cues: prepositions and verbs of company or agency, and "and" of a list; lower case as
 * written (UTF-8). */
static const char *const cues[] = {
    "by",      "with",   "from",  "called", "met",  "told", "asked", "von",   "bei", "mit",
    "für",     "par",    "avec",  "chez",   "con",  "por",  "da",    "com",   "bij", "door",
    "van",     "med",    "av",    "hos",    "till", "u",    "od",    "przez", "dla", "z",
    "se",      "s",      "pro",   "ile",    "voor", "per",  "para",  "und",   "and", "et",
    "en",      "y",      "e",     "och",    "og",   "i",    "a",     "à",     "de",  "di",
    "visited", "phoned", "thank", "thanks", "tot",  "ved",  "ook"};

static int is_cue(const uint8_t *t, size_t a, size_t e)
{
    size_t n = e - a;
    if (n == 0 || n > 7)
        return 0;
    for (size_t k = 0; k < sizeof cues / sizeof cues[0]; k++)
        if (cues[k][0] == (char)t[a] && strlen(cues[k]) == n && memcmp(cues[k], t + a, n) == 0)
            return 1;
    return 0;
}

/* Particles between a lower-case given name and surname ("jan de vries", "anna van der berg"). */
static const char *const particles[] = {"van", "de",  "der", "den", "von", "ter", "da",
                                        "di",  "dos", "du",  "del", "la",  "le",  "do"};

static int is_particle(const uint8_t *t, size_t a, size_t e)
{
    size_t n = e - a;
    for (size_t k = 0; k < sizeof particles / sizeof particles[0]; k++)
        if (strlen(particles[k]) == n && memcmp(particles[k], t + a, n) == 0)
            return 1;
    return 0;
}

/* Possessives and pronouns that the lexicon also knows as given names ("van jullie vader"). */
static const char *const not_given[] = {"jullie", "onze",   "hun",    "zijn",  "haar",    "dag",
                                        "ihre",   "seine",  "unsere", "notre", "votre",   "leur",
                                        "nostra", "vostra", "nossa",  "vossa", "nuestra", "vuestra",
                                        "numa",   "uma",    "una",    "une",   "uno",     "um"};

/* The end of the lower-case word at a (letters, none a capital), or a. */
static size_t lower_word(const struct sc *s, size_t a)
{
    size_t e = a, l;
    while (e < s->len && e - a <= 24 && (l = nw_letter(s->t + e, s->len - e)) != 0 &&
           !nw_upper(s->t + e, s->len - e))
        e += l;
    return e;
}

/* May a name end at e: the text's end, a space, a clause's punctuation, a bracket, a quote? */
static int name_end(const struct sc *s, size_t e)
{
    if (e >= s->len)
        return 1;
    uint8_t c = s->t[e];
    if (c == '.' || c == ',')
        return !(e + 1 < s->len && is_alnum(s->t[e + 1]));
    return c == ' ' || c == '\n' || c == '\r' || c == '!' || c == '?' || c == ';' || c == ')' ||
           c == ':' || c == '"' || c == '\\';
}

/* An ordinary word of the lexicon's languages. */
static int ordinary(unsigned lx)
{
    return (lx & (ANON_NL_COMMON_EN | ANON_NL_COMMON)) != 0;
}

/* An ordinary English word: the words that make a lower-case pair a phrase ("rose hill"). */
static int english(unsigned lx)
{
    return (lx & ANON_NL_COMMON_EN) != 0;
}

/* The end of a lower-case "given [particles] surname" at a, or 0: a given name of the lexicon
 * (an English word only when well attested), then a surname the lexicon knows or, unknown to it,
 * one not shaped like an ordinary word ("schäfer"); never two English words. */
static size_t lower_pair(const struct sc *s, size_t a)
{
    const uint8_t *t = s->t;
    size_t e1 = lower_word(s, a);
    if (e1 - a < 3 || e1 >= s->len || t[e1] != ' ')
        return 0;
    for (size_t k = 0; k < sizeof not_given / sizeof not_given[0]; k++)
        if (strlen(not_given[k]) == e1 - a && memcmp(not_given[k], t + a, e1 - a) == 0)
            return 0;
    unsigned lx1 = nw_lexicon_in(t, s->len, a, e1);
    if (!(lx1 & ANON_NL_GIVEN) || (english(lx1) && !(lx1 & ANON_NL_ATTESTED)))
        return 0;
    size_t b = e1 + 1, e2 = lower_word(s, b);
    for (int k = 0; k < 2 && e2 > b && e2 < s->len && t[e2] == ' ' && is_particle(t, b, e2); k++)
        e2 = lower_word(s, b = e2 + 1);
    if (e2 - b < 3 || !name_end(s, e2))
        return 0;
    if (is_cue(t, b, e2) || is_particle(t, b, e2))
        return 0; /* "lyon avec", "bolo para" */
    unsigned lx2 = nw_lexicon_in(t, s->len, b, e2);
    if (ordinary(lx1) && ordinary(lx2))
        return 0; /* "una familia", "secondo grado" */
    if (english(lx2) && (english(lx1) || !(lx2 & ANON_NL_NAME) || !(lx1 & ANON_NL_ATTESTED)))
        return 0;
    if (lx2 & ANON_NL_NAME)
        return e2;
    /* a surname no list knows only after a well-attested given name that is no word */
    if (lx2 || (lx1 & (ANON_NL_COMMON_EN | ANON_NL_COMMON)) || !(lx1 & ANON_NL_ATTESTED))
        return 0;
    return nw_name_shape(t + b, e2 - b) >= 0 ? e2 : 0;
}

int nw_prose50_lower(struct sc *s)
{
    const uint8_t *t = s->t;
    size_t len = s->len;
    if (s->raised || len < 12)
        return 0;
    for (size_t i = 1; i + 3 < len; i++) {
        const uint8_t *sp = memchr(t + i, ' ', len - 3 - i);
        size_t j;
        if (!sp)
            break;
        j = (size_t)(sp - t);
        i = j;
        uint8_t c = t[j + 1];
        if (c == '(' && j + 2 < len) {
            j++;
            c = t[j + 1];
        } else if (j == 0 ||
                   !(t[j - 1] == ':' || (t[j - 1] >= 'a' && t[j - 1] <= 'z') || t[j - 1] >= 0x80)) {
            continue;
        }
        if (c < 'a' || c > 'z')
            continue;
        if (t[j] == ' ' && t[j - 1] != ':') {
            size_t pa = j;
            while (pa > 0 && j - pa < 8) {
                if ((t[pa - 1] | 32) >= 'a' && (t[pa - 1] | 32) <= 'z')
                    pa--;
                else if (pa >= 2 && (t[pa - 1] & 0xC0) == 0x80 && t[pa - 2] >= 0xC0)
                    pa -= 2; /* "à", "für": a two-byte letter */
                else
                    break;
            }
            if (pa > 0 && is_alnum(t[pa - 1]))
                continue;
            if (!is_cue(t, pa, j))
                continue;
        }
        size_t e = lower_pair(s, j + 1);
        if (e) {
            int rc = s->emit(s->arg, ANON_NAMES_PERSON, j + 1, e);
            if (rc < 0)
                return rc;
            i = e;
        }
    }
    return 0;
}

/* ---- nicknames ------------------------------------------------------------------------------ */

static int is(const char *w, const char *x)
{
    return strcmp(w, x) == 0;
}

int nw_prose50_nick(const char *pw, const char *pw2)
{
    static const char *const one[] = {"genannt", "surnommé", "surnommée", "appelait",   "detto",
                                      "detta",   "kallad",   "nimellä",   "chiamavano", "llamaba",
                                      "říkali",  "říkají",   "říkal"};
    for (size_t k = 0; k < sizeof one / sizeof one[0]; k++)
        if (is(pw, one[k]))
            return 1;
    static const char *const pairs[][2] = {
        {"known", "as"},      {"knew", "as"},       {"bekend", "als"},    {"conocido", "como"},
        {"conocida", "como"}, {"conhecido", "por"}, {"conhecida", "por"}, {"tratava", "por"},
        {"znany", "jako"},    {"znana", "jako"},    {"znają", "jako"},    {"známý", "jako"},
        {"známá", "jako"},    {"called", "her"},    {"called", "him"},    {"noemde", "haar"},
        {"noemde", "hem"},    {"noemden", "haar"},  {"noemden", "hem"},   {"kallade", "henne"},
        {"kallade", "honom"}, {"nannten", "ihn"},   {"nannten", "sie"},   {"sie", "nur"},
        {"ihn", "nur"},       {"na", "nią"},        {"na", "niego"},      {"o", "niej"}};
    for (size_t k = 0; k < sizeof pairs / sizeof pairs[0]; k++)
        if (is(pw, pairs[k][1]) && is(pw2, pairs[k][0]))
            return 1;
    return 0;
}
