/* names_dobcols.c: a date of birth known by its table column (names_dates.c asks at a date with
 * no birth word of its own): the cell the date starts stands under a header cell, lines above,
 * that names a birth date. Tables split by '|', a tab, ';' or ',' (Markdown, psql, MySQL, CSV
 * not at the text's start), HTML rows ("<td>" under "<th>"), fixed-width reports with no
 * separator at all (the column counted in code points) and reports pasted out of line (cells
 * split by runs of two spaces or more, counted the same in the header and the row). The one thing
 * to know: a header cell holds no digit, so a row of prose with commas above a date is never taken
 * for a header.
 */
#include "anonymize/names_internal.h"

#include <string.h>

/* A table's header cell t[cs .. ce): no digit (a row's cell has them), at most 48 bytes. */
static int header_cell(const struct sc *s, size_t cs, size_t ce)
{
    if (ce <= cs || ce - cs > 48)
        return 0;
    for (size_t i = cs; i < ce; i++)
        if (is_digit(s->t[i]))
            return 0;
    return 1;
}

/* A birth word in t[cs .. ce) at a word's start or a camelCase part ("Date of Birth", "dob",
 * "fechaNacimiento", "data_nasc"). */
static int birth_word_in(const struct sc *s, size_t cs, size_t ce)
{
    const uint8_t *t = s->t;
    for (size_t i = cs; i < ce; i++)
        if ((i == cs || !is_alnum(t[i - 1]) ||
             (t[i] >= 'A' && t[i] <= 'Z' && t[i - 1] >= 'a' && t[i - 1] <= 'z')) &&
            nw_birth_word_at(s, i, ce))
            return 1;
    return nw_dob10_header(s, cs, ce) ||  /* "FNACIMIENTO", "GEBDATUM", "NATO_IL" */
           nw_dob11_header(s, cs, ce) ||  /* "DDN" */
           nw_dob42_bday_cell(s, cs, ce); /* "Anniversaire" alone */
}

/* An HTML tag "<name>" or "<name attr...>" at i (name in lower case). */
static int tag_at(const struct sc *s, size_t i, const char *name)
{
    size_t n = strlen(name);
    if (i + n + 2 > s->len || s->t[i] != '<')
        return 0;
    for (size_t k = 0; k < n; k++)
        if ((s->t[i + 1 + k] | 32) != (uint8_t)name[k])
            return 0;
    return s->t[i + 1 + n] == '>' || s->t[i + 1 + n] == ' ';
}

/* Does the HTML cell at p ("<td>04/03/1987") stand under a "<th>" cell with a birth word? Its
 * column is counted back to its row's "<tr>"; the header row is the last one with "<th>" cells
 * before it, within 4 KiB. */
static int html_column(const struct sc *s, size_t p)
{
    const uint8_t *t = s->t;
    size_t lo = p > 4096 ? p - 4096 : 0, g = p, col = 0, tr, h;
    if (p == 0 || t[p - 1] != '>')
        return 0;
    while (g > lo && t[g] != '<' && p - g < 64)
        g--;
    if (!tag_at(s, g, "td"))
        return 0;
    for (tr = g;; tr--) {
        if (t[tr] == '<' && tag_at(s, tr, "tr"))
            break;
        col += t[tr] == '<' && (tag_at(s, tr, "td") || tag_at(s, tr, "th"));
        if (tr == lo)
            return 0;
    }
    for (h = tr; h > lo && !(t[h] == '<' && tag_at(s, h, "th"));)
        h--;
    while (h > lo && !(t[h] == '<' && tag_at(s, h, "tr")))
        h--;
    if (!tag_at(s, h, "tr"))
        return 0;
    for (size_t k = h, c = 0; k < tr; k++) {
        if (t[k] == '<' && tag_at(s, k, "th") && ++c == col) {
            size_t cs = k, ce;
            while (cs < tr && t[cs] != '>')
                cs++;
            for (ce = ++cs; ce < tr && t[ce] != '<';)
                ce++;
            return header_cell(s, cs, ce) && birth_word_in(s, cs, ce);
        }
    }
    return 0;
}

/* The line above the one starting at *ls (at most 512 bytes): its bounds in *b, *e and *ls
 * moved to it. 1, 0 for a rule ("-----", "=== ==="), -1 for an empty or longer line, or none. */
static int line_above(const uint8_t *t, size_t *ls, size_t *b, size_t *e)
{
    *e = *ls - 1;
    *b = *e;
    while (*b > 0 && t[*b - 1] != '\n' && *e - *b < 512)
        (*b)--;
    if ((*b > 0 && t[*b - 1] != '\n') || *e == *b)
        return -1;
    *ls = *b;
    const uint8_t *q = t + *b;
    while (q < t + *e && strchr("=- \t\r", *q))
        q++;
    return q < t + *e;
}

/* A date in a fixed-width report with no separator ("NAME        DOB          HIRED\nAna Costa
 * 04/03/1987   2015-06-01"): it starts a cell (two spaces before it), and the nearest line
 * above (up to 16, "=====" rules passed over) whose text starting at the same column (in code
 * points) holds no digit is the header; its cell there names the birth date. */
static int fixed_column(const struct sc *s, size_t p)
{
    const uint8_t *t = s->t;
    size_t ls = p, col = 0;
    if (p < 2 || t[p - 1] != ' ' || t[p - 2] != ' ')
        return 0;
    while (ls > 0 && t[ls - 1] != '\n' && p - ls < 256)
        ls--;
    if (ls == 0 || t[ls - 1] != '\n')
        return 0;
    for (size_t q = ls; q < p; q++)
        col += (t[q] & 0xC0) != 0x80;
    for (int k = 0; k < 16 && ls > 0; k++) {
        size_t b, e;
        int la = line_above(t, &ls, &b, &e);
        if (la < 0)
            return 0;
        if (la == 0)
            continue; /* a rule */
        size_t cs = b, c = 0, ce;
        while (cs < e && c < col) {
            for (cs++; cs < e && (t[cs] & 0xC0) == 0x80;)
                cs++;
            c++;
        }
        if (c != col || cs >= e || t[cs] == ' ' || t[cs - 1] != ' ' || t[cs - 2] != ' ')
            return 0;
        for (ce = cs; ce < e && !(t[ce] == ' ' && ce + 1 < e && t[ce + 1] == ' ') && t[ce] != '\r';)
            ce++;
        if (header_cell(s, cs, ce))
            return birth_word_in(s, cs, ce);
    }
    return 0;
}

/* The cells of t[b .. e) split by runs of two or more spaces (leading and trailing blanks
 * ignored): their number, and in *at the index of the cell that starts at p (SIZE_MAX if none;
 * p == SIZE_MAX asks for none). A cell's start and end are written to cs/ce for index want. */
static size_t spaced_cells(const uint8_t *t, size_t b, size_t e, size_t p, size_t *at, size_t want,
                           size_t *cs, size_t *ce)
{
    size_t n = 0, i = b;
    *at = SIZE_MAX;
    while (i < e && (t[i] == ' ' || t[i] == '\r'))
        i++;
    while (i < e) {
        size_t c = i;
        while (i < e && !(t[i] == ' ' && (i + 1 >= e || t[i + 1] == ' ')) && t[i] != '\r')
            i++;
        if (c == p)
            *at = n;
        if (n == want)
            *cs = c, *ce = i;
        n++;
        while (i < e && (t[i] == ' ' || t[i] == '\r'))
            i++;
    }
    return n;
}

/* A date in a report pasted with its columns out of line ("Mitarbeiter     Geburtsdatum Eintritt\n
 * Aylin Brandt    06.02.1996      26.08.2025"): the cells of its row are split by two spaces or
 * more, and the nearest line above with no digit (up to 16, rules passed over) has as many cells,
 * split the same, and the one of the date's index names the birth date. */
static int spaced_column(const struct sc *s, size_t p)
{
    const uint8_t *t = s->t;
    size_t ls = p, re = p, col, cs = 0, ce = 0, at;
    if (p < 2 || t[p - 1] != ' ' || t[p - 2] != ' ')
        return 0;
    while (ls > 0 && t[ls - 1] != '\n' && p - ls < 256)
        ls--;
    if (ls == 0 || t[ls - 1] != '\n')
        return 0;
    while (re < s->len && t[re] != '\n' && re - p < 256)
        re++;
    size_t rc = spaced_cells(t, ls, re, p, &col, SIZE_MAX, &cs, &ce);
    if (col == SIZE_MAX || rc < 2)
        return 0;
    for (int k = 0; k < 16 && ls > 0; k++) {
        size_t b, e;
        int la = line_above(t, &ls, &b, &e);
        if (la < 0)
            return 0;
        if (la == 0)
            continue; /* a rule */
        int digits = 0;
        for (size_t i = b; i < e && !digits; i++)
            digits = is_digit(t[i]);
        if (digits)
            continue; /* another row */
        return spaced_cells(t, b, e, SIZE_MAX, &at, col, &cs, &ce) == rc &&
               header_cell(s, cs, ce) && birth_word_in(s, cs, ce);
    }
    return 0;
}

/* Does the cell at p of a table row (cells split by '|', a tab, ';' or ',') stand under a header
 * cell with a birth word, up to 16 lines above (Markdown rule lines skipped)? "| Name | Date of
 * Birth |\n|---|---|\n| X | 5/18/1933 |", "Export:\nname;dob\nX;1987-03-04". */
/* The cell of column col on the line t[b .. e), split by sep: its start and end. */
static size_t cell_of(const struct sc *s, size_t b, size_t e, uint8_t sep, size_t col, size_t *ce)
{
    size_t c = 0, cs = b;
    for (size_t i = b; i < e && c < col; i++)
        if (s->t[i] == sep)
            c++, cs = i + 1;
    for (*ce = cs; *ce < e && s->t[*ce] != sep;)
        ++*ce;
    return c == col ? cs : SIZE_MAX;
}

/* A header t[b .. e) with hc separators over rows with rc: one column off when the rows open with
 * a row number the header has no cell for ("Name;Geburtsdatum\n1;Maria K;04.03.1987"), or the
 * header opens with a number's cell the rows do not fill ("Nr.;Name;DOB\nMaria K;04.03.1987").
 * Is column col of the row starting at row, shifted so, a birth date's? */
static int off_by_one(const struct sc *s, size_t b, size_t e, size_t row, uint8_t sep, size_t col,
                      size_t hc, size_t rc)
{
    static const char *const num[] = {"#",         "nr", "nr.", "no", "no.",
                                      "n\302\260", "lp", "lp.", "id"};
    const uint8_t *t = s->t;
    size_t ce, cs = cell_of(s, b, e, sep, 0, &ce), tc;
    if (hc + 1 == rc && col > 0) { /* the row's first cell is a number */
        size_t r0e, r0 = cell_of(s, row, s->len, sep, 0, &r0e);
        while (r0 < r0e && t[r0] == ' ')
            r0++;
        while (r0e > r0 && t[r0e - 1] == ' ')
            r0e--;
        if (r0e == r0 || r0e - r0 > 4)
            return 0;
        for (size_t i = r0; i < r0e; i++)
            if (!is_digit(t[i]))
                return 0;
        tc = col - 1;
    } else if (hc == rc + 1) { /* the header's first cell names a number */
        while (cs < ce && t[cs] == ' ')
            cs++;
        while (ce > cs && t[ce - 1] == ' ')
            ce--;
        char buf[8];
        const char *f = ce > cs && ce - cs < 6 ? nw_fold_span(s, cs, ce, buf, sizeof buf) : NULL;
        if (!f || !NW_ONE_OF(f, num))
            return 0;
        tc = col + 1;
    } else {
        return 0;
    }
    cs = cell_of(s, b, e, sep, tc, &ce);
    return cs != SIZE_MAX && header_cell(s, cs, ce) && birth_word_in(s, cs, ce);
}

static int birth_column(const struct sc *s, size_t p)
{
    const uint8_t *t = s->t;
    size_t ls = p;
    while (ls > 0 && t[ls - 1] != '\n' && p - ls < 256)
        ls--;
    if (ls == 0 || t[ls - 1] != '\n')
        return 0;
    uint8_t sep = 0;
    for (const char *c = "|\t;,"; *c && !sep; c++)
        if (memchr(t + ls, *c, p - ls))
            sep = (uint8_t)*c;
    if (!sep)
        return 0;
    size_t col = nw_sep_count(t, ls, p, sep), re = ls; /* quoted commas split no cell */
    while (re < s->len && t[re] != '\n')
        re++;
    size_t rc = nw_sep_count(t, ls, re, sep);
    size_t row = ls;
    for (int k = 0; k < 16 && ls > 0; k++) {
        size_t e = ls - 1, b = e; /* the line t[b .. e) above */
        while (b > 0 && t[b - 1] != '\n' && e - b < 512)
            b--;
        if (b > 0 && t[b - 1] != '\n')
            return 0;
        const uint8_t *q = t + b;
        while (q < t + e && strchr("-|:+= \t\r", *q))
            q++; /* Markdown, psql and MySQL rules: "|---|", "----+----", "+----+" */
        size_t hc = 0;
        for (size_t i = b; i < e; i++)
            hc += t[i] == sep;
        if (q < t + e && hc != rc && off_by_one(s, b, e, row, sep, col, hc, rc))
            return 1;    /* a header one column off the rows */
        if (q < t + e) { /* not a rule line: a header, or another row */
            size_t c = 0, cs = b;
            for (size_t i = b; i < e && c < col; i++)
                if (t[i] == sep)
                    c++, cs = i + 1;
            if (c != col)
                return 0;
            size_t ce = cs;
            while (ce < e && t[ce] != sep)
                ce++;
            if (header_cell(s, cs, ce) && birth_word_in(s, cs, ce)) /* else a row: go up */
                return 1;
        }
        ls = b;
    }
    return 0;
}

int nw_birth_column(const struct sc *s, size_t p)
{
    return birth_column(s, p) || html_column(s, p) || fixed_column(s, p) || spaced_column(s, p) ||
           nw_h12dob_column(s, p);
}
