/* names_typed55.c: a street typed in phone chat with its house number glued to the last word
 * ("kerkstraat52", "husova32b", "calle mayor3", "ul.lipowa4", "istiklal cad12").
 *
 * A digit right after a letter starts no word, so the word pass never stopped there; the walk
 * (names_walk.c) now hands such a digit here when the three bytes before it are lower-case
 * letters and the request asks for addresses (the scalar tail asks the same here). Most of them are
 * ids, hashes and versions ("sha256", "a3f9", "utf8"): a run of one to three digits that a word
 * byte follows is turned away first, then the word before it must end like a street
 * (names_typed54.c's byte hashes), then the line must be a chat's short line; names_typed54.c reads
 * the street and its cue.
 *
 * The one thing to know: the test sees only bytes around p and allocates nothing; it emits only
 * a street whose words and cue names_typed54.c accepts, and moves *next past its number.
 */
#include "anonymize/names_typed54.h"

#include <string.h>

int nw_typed55_glued(struct sc *s, size_t p, size_t *next)
{
    const uint8_t *t = s->t;
    size_t len = s->len, d = p;
    if (p < 6 || t[p] == '0' || !(s->kinds & (1u << ANON_NAMES_ADDRESS)))
        return 0;
    while (d < len && is_digit(t[d]) && d - p < 4)
        d++;
    if (d - p > 3)
        return 0;
    if (d < len) { /* "kerkstraat52 ", "husova32b," but not "a3f9", "x86_64", "v2.1" */
        size_t k = d + ((uint8_t)(t[d] - 'a') < 26);
        uint8_t c = k < len ? t[k] : ' ';
        if (is_alnum(c) || c == '_' || c == '-' || c == '/' || c == '@' ||
            (c == '.' && k + 1 < len && is_alnum(t[k + 1])))
            return 0;
    }
    if ((uint8_t)(t[p - 1] - 'a') >= 26 || (uint8_t)(t[p - 2] - 'a') >= 26 ||
        (uint8_t)(t[p - 3] - 'a') >= 26 || !nw_typed54_glued_may(t, p))
        return 0;
    if (p >= 97 && !memchr(t + p - 97, '\n', 97))
        return 0; /* a chat line is short: a paragraph's words are no work here */
    size_t a, e = nw_typed54_glued(s, p, d, &a);
    if (!e)
        return 0;
    *next = e;
    return s->emit(s->arg, ANON_NAMES_ADDRESS, a, e);
}
