/* names_h11rec.c: two shapes of a form's value that names_labels7.c reads after a person's
 * label: the one-line form whose fields a spaced slash parts ("Guest: Olivia Barnes / Room 214
 * / Booked by: Harry Reid"), and a name written surname first with a comma, then an initial or
 * one given name, alone in the field ("Borrower: Kavanagh, D.", "Winner: Pelcourt, Clavelle",
 * "Arbiter: Ionescu, M.").
 *
 * The one thing to know: both only widen what labels7 already reads after its labels; the
 * surname-first value is taken whole only when it fills the field alone (the field ends after
 * the given name or the initial), so a list of given names ("Children: Anna, Ben, Carla") stays
 * a list.
 */
#include "anonymize/names.h"
#include "anonymize/names_internal.h"

#include <string.h>

/* Does a spaced slash end before k (t[k - 3 .. k) is " / ")? A field's start going back. */
int nw_h11rec_slash_stop(const uint8_t *t, size_t k)
{
    return k >= 3 && t[k - 1] == ' ' && t[k - 2] == '/' && t[k - 3] == ' ';
}

/* After a spaced slash in a form's value, at k, the item before it of nw words: does the next
 * field start there (label or digits: field), or, after a full name, one word alone up to the
 * value's end or the next slash ("A B / Thun"; "Mi: Rauolf / Irjorhild" stays a list)? */
int nw_h11rec_slash_field(const struct sc *s, size_t k, size_t le, int nw, int field)
{
    if (field)
        return 1;
    if (nw < 2)
        return 0;
    const uint8_t *t = s->t;
    size_t j = k;
    while (j < le && t[j] != ' ' && t[j] != ',')
        j++;
    return j >= le || (j + 2 < le && t[j] == ' ' && t[j + 1] == '/' && t[j + 2] == ' ');
}

/* One capitalised word at i before le (letters, inner hyphens and apostrophes): its end, or 0;
 * *n its letters. */
static size_t cap_word(const struct sc *s, size_t i, size_t le, int *n)
{
    const uint8_t *t = s->t;
    if (i >= le || !nw_upper(t + i, le - i))
        return 0;
    size_t j = i;
    *n = 0;
    while (j < le) {
        size_t l = nw_letter(t + j, le - j);
        if (l) {
            j += l;
            (*n)++;
        } else if ((t[j] == '-' || t[j] == '\'') && *n > 0 && j + 1 < le &&
                   nw_letter(t + j + 1, le - j - 1)) {
            j++;
        } else {
            break;
        }
    }
    return j;
}

/* Does a field end at k before le: the value's end, a tab, a bar, a semicolon, a bracket, two
 * spaces or a spaced slash or dash? */
static int field_end(const uint8_t *t, size_t k, size_t le)
{
    if (k >= le)
        return 1;
    uint8_t c = t[k];
    if (c == '\t' || c == '\r' || c == '|' || c == ';')
        return 1;
    return c == ' ' && k + 1 < le &&
           (t[k + 1] == ' ' || t[k + 1] == '(' || t[k + 1] == '|' ||
            ((t[k + 1] == '/' || t[k + 1] == '-') && k + 2 < le && t[k + 2] == ' '));
}

/* After a surname t[a .. i) (one capitalised word, or a word in capitals) at a person's label:
 * the end of ", G." / ", G. H." / ", Given" when that fills the field alone, else 0. A given
 * name in full must be a given name of the lexicon or name-shaped, and no ordinary word. */
size_t nw_h11rec_surname_first(const struct sc *s, size_t a, size_t i, size_t le)
{
    const uint8_t *t = s->t;
    if (i + 3 >= le || t[i] != ',' || t[i + 1] != ' ')
        return 0;
    size_t g = i + 2;
    int n;
    size_t we = cap_word(s, g, le, &n);
    if (!we)
        return 0;
    if (n == 1 && we < le && t[we] == '.') {
        size_t e = we + 1; /* an initial, perhaps a second one */
        if (e + 2 < le && t[e] == ' ') {
            int n2;
            size_t w2 = cap_word(s, e + 1, le, &n2);
            if (w2 && n2 == 1 && w2 < le && t[w2] == '.')
                e = w2 + 1;
        }
        return field_end(t, e, le) ? e : 0;
    }
    if (n < 3 || !field_end(t, we, le))
        return 0;
    char f[32];
    size_t fl = we - g < sizeof f ? nw_fold((const char *)t + g, we - g, f, sizeof f) : 0;
    if (!fl)
        return 0;
    unsigned lx = anon_names_lexicon(f, fl);
    if ((lx & (ANON_NL_COMMON_EN | ANON_NL_COMMON)) && !(lx & (ANON_NL_GIVEN | ANON_NL_NAME)))
        return 0; /* "Keller, Sales", "Smith, Director" */
    f[fl] = '\0';
    if (nw_not_name(f) || nw_city_name(f) || nw_place_word(f, 1))
        return 0;
    if (!(lx & ANON_NL_GIVEN) && nw_name_shape((const uint8_t *)f, fl) <= 0)
        return 0;
    char sf[32]; /* the surname: no ordinary word either */
    size_t sl = i - a < sizeof sf ? nw_fold((const char *)t + a, i - a, sf, sizeof sf) : 0;
    if (!sl)
        return 0;
    unsigned sx = anon_names_lexicon(sf, sl);
    if ((sx & (ANON_NL_COMMON_EN | ANON_NL_COMMON)) && !(sx & (ANON_NL_GIVEN | ANON_NL_NAME)))
        return 0;
    return we;
}
