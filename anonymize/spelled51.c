/* The dot words of an e-mail address read out or spelled in the pack's languages ("anna punkt
 * weber at web punkt de", "jan kropka nowak małpa wp kropka pl"). anon_find_ex's first pass
 * asks this at every space followed by one of ANON_DOTW_FIRST's letters, so the check is a few
 * byte compares and looks at no table; the sweep then runs the spelled EMAIL detector around
 * each word found (engine_sweep.c's dot_words). The address itself is read by OBF_EMAIL
 * (detectors_global.c): an at-word, a host word, a dot word and a known top-level domain. */
#include "anonymize/spelled51.h"

#include <string.h>

static int lc(uint8_t c)
{
    return c | 0x20;
}

/* does p[j..] spell w (lower-case ASCII, or raw UTF-8 bytes) followed by a space? */
static size_t word_is(const uint8_t *p, size_t j, size_t n, const char *w)
{
    size_t k = strlen(w);
    if (j + k >= n || p[j + k] != ' ')
        return 0;
    for (size_t i = 0; i < k; i++) {
        uint8_t c = (uint8_t)w[i];
        if (c < 0x80 ? lc(p[j + i]) != c : p[j + i] != c)
            return 0;
    }
    return k;
}

size_t anon_dotword_at(const uint8_t *p, size_t j, size_t n)
{
    size_t k = 0;
    if (j == 0 || j + 3 >= n || p[j - 1] != ' ')
        return 0;
    switch (lc(p[j])) {
    case 'd':
        return word_is(p, j, n, "dot");
    case 'p':
        switch (lc(p[j + 1])) {
        case 'u':
            if ((k = word_is(p, j, n, "punkt")) || (k = word_is(p, j, n, "punktum")) ||
                (k = word_is(p, j, n, "punt")) || (k = word_is(p, j, n, "punto")))
                return k;
            return word_is(p, j, n, "punct");
        case 'o':
            if ((k = word_is(p, j, n, "point")) || (k = word_is(p, j, n, "ponto")))
                return k;
            return word_is(p, j, n, "pont");
        case 'r':
            return word_is(p, j, n, "prik");
        }
        return 0;
    case 'k':
        return word_is(p, j, n, "kropka");
    case 't':
        /* "tečka", also as "TEČKA" */
        if (lc(p[j + 1]) != 'e')
            return 0;
        if ((k = word_is(p, j, n,
                         "te\xc4\x8d"
                         "ka")))
            return k;
        return word_is(p, j, n,
                       "te\xc4\x8c"
                       "ka");
    }
    return 0;
}
