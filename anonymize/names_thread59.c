/* names_thread59.c: one word of a known person's name said again in a long conversation in
 * another case or with an ending (branch thread59, contrib/bench/accuracy/notes/thread59.md).
 *
 * After "Rashid Hosseini" was found, a later turn writes "OWNER: HOSSEINI", "ok so hosseini said
 * no" or "Hosseinis Notizen": the scanner's walk starts at capitalised words and asks the known
 * names for the word as written, so these left whole. anon_names_known_sweep (names_known.c)
 * asks this file for the given name or the surname of each known full name at a word's start:
 * the word in capitals or in lower case, or in any of those or its own case with the 's' of a
 * possessive or genitive ("Lindqvists", "HOSSEINIS"; Finnish "Virtasen" is not read). A word that
 * is an ordinary word of a lexicon language ("Green", "Will", "Baker", "saga") is never taken this
 * way: "GREEN BUILD" and "the baker" stay. Words of fewer than three letters are not read.
 */
#include "anonymize/anon_internal.h"
#include "anonymize/names.h"
#include "anonymize/names_internal.h"

#include <string.h>

/* Does t[i] continue a word: an ASCII letter, digit or '_', or a byte of a letter beyond ASCII
 * (U+0080-U+00BF and the punctuation block U+2000-U+206F are no letters)? */
static int letter_at(const uint8_t *t, size_t i, size_t len)
{
    uint8_t c = t[i];
    if (c < 0x80)
        return ((c | 32) >= 'a' && (c | 32) <= 'z') || (c >= '0' && c <= '9') || c == '_';
    size_t a = i;
    while (a > 0 && (t[a] & 0xC0) == 0x80 && i - a < 3)
        a--;
    if (t[a] == 0xC2)
        return 0;
    if (t[a] == 0xE2 && a + 1 < len && (t[a + 1] == 0x80 || t[a + 1] == 0x81))
        return 0;
    return 1;
}

/* Is the word before t[i] (one space between) an article of en/de/fr/es/it/nl? */
static int after_article(const uint8_t *t, size_t i)
{
    static const char *const articles[] = {"the", "a",   "an",  "der", "die", "das", "den",
                                           "dem", "des", "le",  "la",  "les", "el",  "il",
                                           "lo",  "het", "een", "un",  "una"};
    if (i < 2 || t[i - 1] != ' ')
        return 0;
    size_t a = i - 1;
    while (a > 0 && i - 1 - a < 4 && t[a - 1] >= 'a' && t[a - 1] <= 'z')
        a--;
    if (a == i - 1 || (a > 0 && letter_at(t, a - 1, i)))
        return 0;
    for (size_t k = 0; k < sizeof articles / sizeof articles[0]; k++)
        if (strlen(articles[k]) == i - 1 - a && !memcmp(t + a, articles[k], i - 1 - a))
            return 1;
    return 0;
}

size_t anon_names_word_form(const uint8_t *w, size_t wl, const uint8_t *t, size_t i, size_t len)
{
    if (wl < 4 || i + wl > len)
        return 0;
    size_t e = i + wl;
    /* a path's, a URL's or a mark's part ("gcc/config", "~walters/", "#DEBHELPER#") */
    if (i > 0 && (t[i - 1] == '/' || t[i - 1] == '~' || t[i - 1] == '#' || t[i - 1] == '\\'))
        return 0;
    /* the word as written (its first two bytes in the name's case) with no 's' after it: the
     * scanner's; most words the sweep is asked about are these, so they leave first */
    if (t[i] == w[0] && t[i + 1] == w[1] && !(e < len && (t[e] | 32) == 's'))
        return 0;
    if (!nw_fold_eq(t + i, w, wl))
        return 0;
    unsigned up = 0, low = 0;
    for (size_t j = i; j < e; j++) {
        up += t[j] >= 'A' && t[j] <= 'Z';
        low += t[j] >= 'a' && t[j] <= 'z';
    }
    int exact = memcmp(t + i, w, wl) == 0;
    int suffix = 0;
    if (e < len && (t[e] | 32) == 's' && !(e + 1 < len && letter_at(t, e + 1, len))) {
        /* the ending in the word's own case: "Kellers", "KELLERS", never "KELLERs" */
        if (low && (t[e] >= 'A' && t[e] <= 'Z') && !up)
            return 0;
        suffix = 1;
        e++;
    }
    if (e < len &&
        (letter_at(t, e, len) || t[e] == '/' || t[e] == '@' || t[e] == '#' || t[e] == '('))
        return 0; /* "java/bin", "miquels@", "def convert(" is code */
    if (suffix && low && !up)
        return 0; /* a lower-case word with an 's' is a plural more often ("idiomas") */
    if (up + low < 3 || (exact && !suffix))
        return 0; /* as written, the scanner asks the known names itself */
    if (!exact && !suffix && up && low)
        return 0; /* another mixed case ("HosSeini"): no case a writer uses */
    if (!exact && low && up && suffix)
        return 0;
    if (!up && after_article(t, i))
        return 0; /* "the keller was dark": a noun in lower case */
    unsigned lx = anon_names_lexicon((const char *)w, wl);
    if (lx & (ANON_NL_COMMON_EN | ANON_NL_COMMON))
        return 0;
    /* with its 's' an ordinary word: "this" is no genitive of "Thi" */
    if (suffix && (nw_lexicon_in(t, len, i, e) & (ANON_NL_COMMON_EN | ANON_NL_COMMON)))
        return 0;
    return e;
}

/* Brands written as a doctor's title and a name: the finding is the name after "Dr" or "Dr."
 * ("a can of Dr. Pepper", "die Pizza von Dr. Oetker", "my Dr. Martens"). A firm's name, never a
 * person addressed; the list holds only brands, so "Dr. Keller" stays a person. */
int nw_thread59_brand(const uint8_t *t, size_t a, size_t e)
{
    static const char *const brands[] = {"Pepper", "Oetker", "Martens", "Scholl", "Bronner"};
    if (e - a < 6 || e - a > 7 || a < 3 || t[a - 1] != ' ')
        return 0;
    size_t d = a - 1 - (t[a - 2] == '.');
    if (d < 2 || t[d - 2] != 'D' || t[d - 1] != 'r' || (d > 2 && letter_at(t, d - 3, e)))
        return 0;
    for (size_t i = 0; i < sizeof brands / sizeof brands[0]; i++)
        if (strlen(brands[i]) == e - a && !memcmp(t + a, brands[i], e - a))
            return 1;
    return 0;
}

size_t anon_names_handle_form(const uint8_t *g, size_t gl, uint8_t s0, const uint8_t *t, size_t i,
                              size_t len)
{
    if (gl < 3 || i + gl + 2 > len)
        return 0;
    size_t e = i + gl;
    if ((t[e] != '.' && t[e] != '_') || (t[e + 1] | 32) != (s0 | 32) ||
        !((s0 | 32) >= 'a' && (s0 | 32) <= 'z') || !nw_fold_eq(t + i, g, gl))
        return 0;
    e += 2;
    if (e < len && (letter_at(t, e, len) || t[e] == '@' ||
                    ((t[e] == '.' || t[e] == '-') && e + 1 < len && letter_at(t, e + 1, len))))
        return 0; /* "maria.k@host" is an e-mail's; "maria.kb", "maria.k.x" no handle */
    return e;
}

size_t anon_names_initials_form(uint8_t g0, uint8_t s0, const uint8_t *t, size_t i, size_t len)
{
    if (i + 4 > len || t[i] != g0 || t[i + 1] != '.' || t[i + 2] != s0 || t[i + 3] != '.' ||
        !(g0 >= 'A' && g0 <= 'Z') || !(s0 >= 'A' && s0 <= 'Z'))
        return 0;
    if (i + 4 < len && (letter_at(t, i + 4, len) ||
                        (t[i + 4] == ' ' && i + 5 < len && t[i + 5] >= 'A' && t[i + 5] <= 'Z')))
        return 0; /* "M.K.B.", or initials before a surname ("M.K. Dorfplatz"): another name */
    return i + 4;
}
