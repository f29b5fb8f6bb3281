/* names_fmt47.c: PERSON findings that are font names in a style sheet. A fetched page or an
 * e-mail's HTML carries its CSS ("font-family: 'Open Sans', Arial, sans-serif", "font: italic
 * 12px Georgia"), and a font named after a person or a place reads like a name to the scanner.
 * A finding inside the value of a `font-family` or `font` declaration (no ';', '{' or '}' between
 * the property and the finding, only a list's ',', quotes, blanks or the end of the declaration
 * after it) is dropped. The one thing to know: only findings are looked at, 96 bytes back at most;
 * nothing runs on text without one, and nothing here allocates.
 */
#include "anonymize/names_internal.h"

#include <string.h>

/* Does a font declaration's value hold t[a .. e)? */
static int in_font_list(const uint8_t *t, size_t len, size_t a, size_t e)
{
    size_t q = e;
    while (q < len && (t[q] == ' ' || t[q] == '\'' || t[q] == '"' || t[q] == '\\'))
        q++;
    if (q < len && t[q] != ',' && t[q] != ';' && t[q] != '}' && t[q] != '!' && t[q] != '\n')
        return 0;
    size_t lo = a > 96 ? a - 96 : 0;
    for (size_t j = a; j > lo; j--) {
        uint8_t c = t[j - 1];
        if (c == ';' || c == '{' || c == '}' || c == '\n' || c == '<' || c == '>')
            return 0;
        if (c != ':' || j < 5)
            continue;
        /* the property before the colon: "font" or "font-family" (any case) */
        size_t k = j - 1;
        while (k > lo && t[k - 1] == ' ')
            k--;
        static const char *const prop[] = {"font-family", "font"};
        for (size_t p = 0; p < 2; p++) {
            size_t l = strlen(prop[p]);
            if (k >= l && strncasecmp((const char *)t + k - l, prop[p], l) == 0 &&
                (k == l || !((t[k - l - 1] | 0x20) >= 'a' && (t[k - l - 1] | 0x20) <= 'z') ||
                 t[k - l - 1] == '-'))
                return !(p == 1 && k > l && t[k - l - 1] == '-'); /* not "x-font:" */
        }
        return 0;
    }
    return 0;
}

int nw_fmt47_emit(void *arg, int kind, size_t a, size_t e)
{
    struct nw_link *p = arg;
    if (kind == ANON_NAMES_PERSON && e > a && e - a < 48 && in_font_list(p->t, p->len, a, e))
        return 0;
    return p->emit(p->arg, kind, a, e);
}
