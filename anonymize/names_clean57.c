/* names_clean57.c: findings of the names scanner on PII-free text a developer pastes, told by the
 * file's shape around them (branch clean57, contrib/bench/accuracy/notes/clean57.md):
 *
 * - a font family in a fontconfig file: the text of a `<family>` element (or a word of it),
 *   when the file's own elements are near (`<alias>`, `<prefer>`, `<accept>`, `<default>`,
 *   `<match`, `<edit`, `<test`, `<fontconfig>`): "<family>Lohit Bengali</family>", "<family>VL
 *   Gothic</family> <!-- han (ja) -->". HL7's `<family>` beside `<given>` has none of them;
 * - a copyright year read as a house number: "Copyright 2005 Lars Knoll" is no street;
 * - a release's date after its name in quotes: `3.3.5 "Happy Birthday Beddy" (2014-01-22)` is
 *   the day a version came out, not anyone's birth.
 *
 * nw_clean57_emit() is the first link of the chain anon_names_scan() builds: it drops those
 * findings and passes everything else on unchanged. Each test looks at a few bytes beside the
 * finding first; the fontconfig one reads at most 600 bytes either side, only for a finding that
 * is a `<family>` element's text.
 */
#include "anonymize/names_internal.h"
#include "anonymize/names_clean57.h"
#include "anonymize/names_dob62.h"

#include <string.h>

static int at(const uint8_t *t, size_t len, size_t i, const char *w)
{
    size_t n = strlen(w);
    return i + n <= len && memcmp(t + i, w, n) == 0;
}

/* Is a fontconfig element within 600 bytes of a..e? */
static int fontconfig_near(const uint8_t *t, size_t len, size_t a, size_t e)
{
    static const char *const tags[] = {"<alias",   "<prefer>",  "<accept>",  "<default>",
                                       "<match",   "<edit ",    "<test ",    "<fontconfig",
                                       "</alias>", "</prefer>", "</accept>", "</default>"};
    size_t lo = a > 600 ? a - 600 : 0, hi = e + 600 < len ? e + 600 : len;
    for (size_t i = lo; i < hi; i++) {
        const uint8_t *p = memchr(t + i, '<', hi - i);
        if (!p)
            return 0;
        i = (size_t)(p - t);
        for (size_t k = 0; k < sizeof tags / sizeof tags[0]; k++)
            if (at(t, hi, i, tags[k]))
                return 1;
    }
    return 0;
}

/* How many "<family" and whether a "<given" stand within w bytes of a..e. */
static unsigned family_tags_near(const uint8_t *t, size_t len, size_t a, size_t e, size_t w,
                                 int *given)
{
    size_t lo = a > w ? a - w : 0, hi = e + w < len ? e + w : len;
    unsigned n = 0;
    *given = 0;
    for (size_t i = lo; i < hi; i++) {
        const uint8_t *p = memchr(t + i, '<', hi - i);
        if (!p)
            break;
        i = (size_t)(p - t);
        n += at(t, hi, i, "<family");
        *given |= at(t, hi, i, "<given");
    }
    return n;
}

/* A font family: a `<family>` element's text, and a fontconfig element near, or a list of three
 * `<family>` elements within 300 bytes and no `<given>` (a <prefer> list longer than the
 * window). */
static int font_family(const uint8_t *t, size_t len, size_t a, size_t e)
{
    /* inside a `<family>` element's text: "<family ...>" right before it and "</family>" right
     * after it, no other tag or comment between ("<!-- Khaled Hosny -->" beside a family is a
     * person). Most findings have no "</family>" after them: one memchr() decides. */
    const uint8_t *lt = memchr(t + e, '<', len - e < 100 ? len - e : 100);
    if (!lt || !at(t, len, (size_t)(lt - t), "</family>") ||
        memchr(t + e, '>', (size_t)(lt - t) - e))
        return 0;
    size_t b = a;
    while (b > 0 && a - b < 100 && t[b - 1] != '>' && t[b - 1] != '<' && t[b - 1] != '\n')
        b--;
    if (b < 9 || t[b - 1] != '>')
        return 0;
    size_t o = b - 1;
    while (o > 0 && b - o < 120 && t[o - 1] != '<' && t[o - 1] != '>' && t[o - 1] != '\n')
        o--;
    if (o == 0 || t[o - 1] != '<' || !at(t, len, o, "family") ||
        (t[o + 6] != '>' && t[o + 6] != ' '))
        return 0;
    if (fontconfig_near(t, len, a, e))
        return 1;
    int given;
    return family_tags_near(t, len, a, e, 300, &given) >= 3 && !given &&
           family_tags_near(t, len, a, e, 600, &given) >= 3 && !given;
}

/* "Copyright 2005 Lars Knoll", "(C) 1999 Foo Way": the number a street finding opens with is a
 * copyright year. */
static int copyright_year(const uint8_t *t, size_t a, size_t e)
{
    if (e < a + 5 || !(t[a] == '1' || t[a] == '2'))
        return 0;
    for (size_t i = a; i < a + 4; i++)
        if (t[i] < '0' || t[i] > '9')
            return 0;
    if (t[a + 4] != ' ' && t[a + 4] != ',' && t[a + 4] != '-')
        return 0;
    size_t b = a; /* back over "2003, 2005 " and blanks */
    while (b > 0 && a - b < 40 &&
           (t[b - 1] == ' ' || t[b - 1] == ',' || t[b - 1] == '-' || t[b - 1] == '\t' ||
            (t[b - 1] >= '0' && t[b - 1] <= '9')))
        b--;
    if (b >= 3 && (memcmp(t + b - 3, "(c)", 3) == 0 || memcmp(t + b - 3, "(C)", 3) == 0))
        return 1;
    if (b >= 2 && t[b - 2] == 0xC2 && t[b - 1] == 0xA9)
        return 1;
    return b >= 9 &&
           (memcmp(t + b - 9, "Copyright", 9) == 0 || memcmp(t + b - 9, "copyright", 9) == 0 ||
            memcmp(t + b - 9, "COPYRIGHT", 9) == 0);
}

/* `3.3.5 "Happy Birthday Beddy" (2014-01-22)`: a date in parentheses right after a quoted name
 * that follows a version at the line's start. */
static int release_date(const uint8_t *t, size_t len, size_t a)
{
    (void)len;
    if (a < 8 || t[a - 1] != '(' || t[a - 2] != ' ' || t[a - 3] != '"')
        return 0;
    size_t q = a - 3; /* the closing quote; its opening one on the same line */
    while (q > 0 && t[q - 1] != '"' && t[q - 1] != '\n' && a - q < 120)
        q--;
    if (q == 0 || t[q - 1] != '"' || q < 3 || t[q - 2] != ' ')
        return 0;
    size_t v = q - 2, d = 0, dots = 0; /* the version before it: digits and dots */
    while (v > 0 && (t[v - 1] == '.' || (t[v - 1] >= '0' && t[v - 1] <= '9'))) {
        dots += t[v - 1] == '.';
        d += t[v - 1] != '.';
        v--;
    }
    return dots >= 1 && d >= 2 && (v == 0 || t[v - 1] == '\n') && t[v] != '.';
}

int nw_clean57_emit(void *arg, int kind, size_t a, size_t e)
{
    struct nw_link *p = arg;
    if (e > a) {
        if (kind == ANON_NAMES_PERSON && font_family(p->t, p->len, a, e))
            return 0;
        if (kind == ANON_NAMES_ADDRESS && copyright_year(p->t, a, e))
            return 0;
        if (kind == ANON_NAMES_DOB &&
            (release_date(p->t, p->len, a) || nw_dob62_veto_text(p->t, p->len, a)))
            return 0; /* names_dob62.c: another event's date */
    }
    return p->emit(p->arg, kind, a, e);
}
