/* names_fmt47.c: PERSON findings that are font names in a style sheet. A fetched page or an
 * e-mail's HTML carries its CSS ("font-family: 'Open Sans', Arial, sans-serif", "font: italic
 * 12px Georgia"), and a font named after a person or a place reads like a name to the scanner.
 * A finding inside the value of a `font-family` or `font` declaration (no ';', '{' or '}' between
 * the property and the finding; a list's ',' or the declaration's end ';', '}' or '!important'
 * after it, past quotes and blanks) is dropped. The one thing to know: only findings that end a
 * list item are looked at, 96 bytes back at most; nothing here allocates.
 */
#include "anonymize/names_internal.h"

#include <string.h>

/* Does a list item or a declaration's value end at t[e]? */
static int ends_list_item(const uint8_t *t, size_t len, size_t e)
{
    size_t q = e;
    while (q < len && (t[q] == ' ' || t[q] == '\'' || t[q] == '"' || t[q] == '\\'))
        q++;
    return q < len && (t[q] == ',' || t[q] == ';' || t[q] == '}' || t[q] == '!');
}

/* Does a font declaration's value hold the finding at t[a] (ends_list_item() said yes)? The
 * last ':' within 96 bytes before it ends "font-family" or "font", and no ';', '{', '}', line
 * break or tag stands between. */
static int in_font_list(const uint8_t *t, size_t a)
{
    size_t lo = a > 96 ? a - 96 : 0;
    const uint8_t *c = a > lo ? memrchr(t + lo, ':', a - lo) : NULL;
    if (!c)
        return 0;
    size_t j = (size_t)(c - t), k = j;
    while (k > lo && t[k - 1] == ' ')
        k--;
    static const char *const prop[] = {"font-family", "font"};
    int found = 0;
    for (size_t p = 0; p < 2 && !found; p++) {
        size_t l = strlen(prop[p]);
        found = k >= l && strncasecmp((const char *)t + k - l, prop[p], l) == 0 &&
                (k == l || t[k - l - 1] == ' ' || t[k - l - 1] == ';' || t[k - l - 1] == '{' ||
                 t[k - l - 1] == '"' || t[k - l - 1] == '\'' || t[k - l - 1] == '\n' ||
                 t[k - l - 1] == '\t');
    }
    for (size_t q = j + 1; found && q < a; q++)
        if (t[q] == ';' || t[q] == '{' || t[q] == '}' || t[q] == '\n' || t[q] == '<' || t[q] == '>')
            return 0;
    return found;
}

int nw_fmt47_emit(void *arg, int kind, size_t a, size_t e)
{
    struct nw_link *p = arg;
    if (kind == ANON_NAMES_PERSON && e > a && e - a < 48 && ends_list_item(p->t, p->len, e) &&
        in_font_list(p->t, a))
        return 0;
    return p->emit(p->arg, kind, a, e);
}
