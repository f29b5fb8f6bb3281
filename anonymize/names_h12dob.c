/* names_h12dob.c: two ways a reader knows a date is a birth date by where its label stands, not
 * by a label right before it (branch h12dob, from names_holdout12's misses):
 * - a column: the date's cell stands under a header cell that names a birth date, aligned on
 *   its left edge or on its right edge (pandas, SAS and R printouts, `column -t`, a two-column
 *   form or CV flattened by a PDF copy), up to 32 lines above; R's type row ("<chr>  <date>")
 *   is passed over, and a line above whose other column holds digits is still a header if the
 *   aligned cell holds none ("Geburtsdatum        2014 – 2018  Controller\n24. Juli 1973");
 * - a trailing label: the date's line goes on with a comment or a bracket that names a birth
 *   date ("'1987-03-04'); -- dob", "\"1987-03-04\",  // birth date", "[19870304]  #  8, 1
 *   PatientBirthDate", "4.3.1987 (Geburtsdatum)").
 * The one thing to know: both only add a finding at a date no other rule took; the header cell
 * holds no digit, so a row of data above a date is never its header.
 */
#include "anonymize/names_internal.h"

#include <string.h>

/* The code points of t[b .. e). */
static size_t cps(const uint8_t *t, size_t b, size_t e)
{
    size_t n = 0;
    for (size_t i = b; i < e; i++)
        n += (t[i] & 0xC0) != 0x80;
    return n;
}

/* The first birth word starting in t[a .. z) (a word's start or a camelCase part) and ending by
 * ce: its start, or SIZE_MAX. */
static size_t birth_word_from(const struct sc *s, size_t a, size_t z, size_t ce)
{
    const uint8_t *t = s->t;
    for (size_t i = a; i < z; i++)
        if ((i == a || !(is_alnum(t[i - 1]) || t[i - 1] >= 0x80) ||
             (is_up(t[i]) && t[i - 1] >= 'a' && t[i - 1] <= 'z')) &&
            nw_birth_word_at(s, i, ce))
            return i;
    return SIZE_MAX;
}

static const char *const label_fill[] = {"date", "data", "fecha", "datum", "of", "de",
                                         "di",   "do",   "da",    "del",   "du", "dt"};

/* The header cell of line t[b .. e) over the date cell of code points [c0, c1): the one cell
 * (cells split by two spaces or more) whose columns overlap the date's, so a header one column
 * off its values still counts (a printout's index column, a left- or right-aligned column). 1 if
 * it names a birth date, 0 if it names none or holds a digit, -1 if no cell or two overlap, -2
 * for R's type row ("<date>"). */
static int aligned_cell(const struct sc *s, size_t b, size_t e, size_t c0, size_t c1)
{
    const uint8_t *t = s->t;
    size_t i = b, col = 0, cs = SIZE_MAX, ce = 0, n = 0;
    while (i < e) {
        while (i < e && (t[i] == ' ' || t[i] == '\r'))
            i++, col++;
        if (i >= e || col >= c1)
            break;
        size_t a = i, ac = col;
        while (i < e && !(t[i] == ' ' && (i + 1 >= e || t[i + 1] == ' ')) && t[i] != '\r') {
            col += (t[i] & 0xC0) != 0x80;
            i++;
        }
        if (col > c0 && ac < c1) /* [ac, col) overlaps [c0, c1) */
            cs = a, ce = i, n++;
    }
    if (n != 1)
        return -1;
    if (ce - cs > 48)
        return 0;
    if (t[cs] == '<' && t[ce - 1] == '>')
        return -2;
    for (size_t k = cs; k < ce; k++)
        if (is_digit(t[k]))
            return 0;
    size_t w = birth_word_from(s, cs, ce, ce);
    if (w == SIZE_MAX)
        return 0;
    /* the birth word itself starts over the date (a header "Surname Given names Date of birth"
       with single spaces spans the dates after the birth date's too) */
    for (int k = 0; k < 2 && w >= cs + 2 && t[w - 1] == ' '; k++) {
        size_t v = w - 1; /* "Date of birth", "Fecha de nacimiento": the label's first word */
        while (v > cs && t[v - 1] != ' ')
            v--;
        char buf[8];
        const char *f = nw_fold_span(s, v, w - 1, buf, sizeof buf);
        if (!f || !NW_ONE_OF(f, label_fill))
            break;
        w = v;
    }
    size_t wc = cps(t, b, w);
    return wc + 4 >= c0 && wc < c1;
}

int nw_h12dob_column(const struct sc *s, size_t p)
{
    const uint8_t *t = s->t;
    size_t ls = p, pe = p;
    while (ls > 0 && t[ls - 1] != '\n' && p - ls < 256)
        ls--;
    if (ls == 0 || t[ls - 1] != '\n')
        return 0;
    for (size_t i = ls; i < p; i++)
        if (t[i] != ' ')
            goto inside;
    goto cell; /* the line's first cell */
inside:
    if (p < ls + 2 || t[p - 1] != ' ' || t[p - 2] != ' ')
        return 0;
cell:;
    size_t ds, de = nw_date_at(s, p, &ds);
    if (de && ds == p)
        pe = de; /* the date, not the cell: R pads its cells with one space */
    while (!(de && ds == p) && pe < s->len && pe - p < 40 && t[pe] != '\n' && t[pe] != '\r' &&
           !(t[pe] == ' ' && pe + 1 < s->len && t[pe + 1] == ' '))
        pe++;
    size_t c0 = cps(t, ls, p), c1 = c0 + cps(t, p, pe);
    for (int k = 0; k < 32 && ls > 0; k++) {
        size_t e = ls - 1, b = e;
        while (b > 0 && t[b - 1] != '\n' && e - b < 512)
            b--;
        if ((b > 0 && t[b - 1] != '\n') || e == b)
            return 0; /* an empty line or a long one: the table ends */
        ls = b;
        const uint8_t *q = t + b;
        while (q < t + e && strchr("=- \t\r", *q))
            q++;
        if (q == t + e)
            continue; /* a rule "-----  ----" */
        int a = aligned_cell(s, b, e, c0, c1);
        if (a == 1)
            return 1;
        if (a == -2)
            continue;
        int digits = 0;
        for (size_t i = b; i < e && !digits; i++)
            digits = is_digit(t[i]);
        if (!digits)
            return 0; /* a header that names something else */
    }
    return 0;
}

/* A date ending at e followed on its line by a comment or a bracket that names a birth date:
 * closing quotes and brackets, then "#", "//", "--", "/ *", "(", "[", a dash, then (a field's
 * size and count "8, 1" in a DICOM dump) at most two short words before the birth word. */
int nw_h12dob_trailing(const struct sc *s, size_t e)
{
    static const char *const fill[] = {"date", "data", "fecha", "datum", "of",  "de",  "di",  "do",
                                       "da",   "del",  "du",    "van",   "the", "his", "her", "dt"};
    const uint8_t *t = s->t;
    size_t i = e, lim = e;
    while (lim < s->len && lim - e < 96 && t[lim] != '\n')
        lim++;
    while (i < lim && i - e < 6 && t[i] && strchr("\"'`])},;", t[i]))
        i++;
    while (i < lim && t[i] == ' ')
        i++;
    if (i + 1 >= lim)
        return 0;
    if (t[i] == '#' || t[i] == '(' || t[i] == '[')
        i++;
    else if ((t[i] == '/' && (t[i + 1] == '/' || t[i + 1] == '*')) ||
             (t[i] == '-' && t[i + 1] == '-'))
        i += 2;
    else if (t[i] == '-' && t[i + 1] == ' ')
        i++;
    else if (i + 2 < lim && t[i] == 0xE2 && t[i + 1] == 0x80 &&
             (t[i + 2] == 0x93 || t[i + 2] == 0x94))
        i += 3; /* an en or em dash */
    else
        return 0;
    while (i < lim && (t[i] == ' ' || is_digit(t[i]) || t[i] == ','))
        i++; /* DICOM's "#   8, 1 PatientBirthDate" */
    for (int w = 0; w < 3 && i < lim; w++) {
        size_t we = i;
        while (we < lim && (is_alnum(t[we]) || t[we] >= 0x80 || t[we] == '_' || t[we] == '.'))
            we++;
        if (we == i || we - i > 32)
            return 0;
        if (birth_word_from(s, i, we, lim) != SIZE_MAX)
            return 1;
        char buf[8];
        const char *f = nw_fold_span(s, i, we, buf, sizeof buf);
        if (!f || !NW_ONE_OF(f, fill))
            return 0; /* "(no birth recorded)": only "date of", "data de" before it */
        if (we >= lim || t[we] != ' ')
            return 0;
        i = we + 1;
    }
    return 0;
}
