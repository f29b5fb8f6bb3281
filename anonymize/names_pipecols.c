/* names_pipecols.c: the name columns of Markdown and pipe tables, whatever their header says.
 *
 * DNA match lists (`| Match | Shared cM | Relationship |`), tutoring sign-ups (`| Student |
 * Tutor | Slot |`), screening logs with no header at all: the header names a role or nothing,
 * so names_tables.c's header words do not apply, and nw_table_names() wants the whole text to
 * be the table. Here every block of consecutive lines with as many '|' cells, anywhere in the
 * text, is read by column: a Markdown rule line makes the row above it the header (left out);
 * a column is people when each of its other cells is a full name (two or three name words, a
 * lexicon name pair or name-shaped, as nw_cell_name() says), at least two of them, half by
 * their shape, or a short lower-case filler (`self`, `—`, `tbd`). One cell that is anything
 * else (`Office Chair`, `S-014`, `Hannah Brennan (withdrew)`) and the column is not one.
 *
 * Nothing allocates; a text with no '|' costs one memchr.
 */
#include "anonymize/names_internal.h"

#include <string.h>

enum { MAXC = 12, MAXROWS = 64 };

/* The cells of t[ls .. le) split at '|' into c[] (at most MAXC; their number, one more means
 * too many). */
static size_t cells(const uint8_t *t, size_t ls, size_t le, size_t c[][2])
{
    size_t n = 0, a = ls;
    for (size_t i = ls; i <= le && n <= MAXC; i++) {
        if (i < le && t[i] != '|')
            continue;
        if (n < MAXC) {
            c[n][0] = a;
            c[n][1] = i;
        }
        n++;
        a = i + 1;
    }
    return n;
}

static void trim(const uint8_t *t, size_t *a, size_t *b)
{
    while (*a < *b && (t[*a] == ' ' || t[*a] == '\t' || t[*a] == '"'))
        (*a)++;
    while (*b > *a &&
           (t[*b - 1] == ' ' || t[*b - 1] == '\t' || t[*b - 1] == '"' || t[*b - 1] == '\r'))
        (*b)--;
}

/* A Markdown rule line: '|', '-', ':', spaces only, one '-' at least. */
static int rule_line(const uint8_t *t, size_t ls, size_t le)
{
    int dash = 0;
    for (size_t i = ls; i < le; i++) {
        if (t[i] == '-')
            dash = 1;
        else if (t[i] != '|' && t[i] != ':' && t[i] != ' ' && t[i] != '\r' && t[i] != '\t')
            return 0;
    }
    return dash;
}

/* A psql or mysql grid's rule line: '-' and '+' only, both at least once (`----+-----`,
 * `+----+-----+`). It has no '|', so it would end a block; it stands for the Markdown rule. */
static int grid_rule(const uint8_t *t, size_t ls, size_t le)
{
    int dash = 0, plus = 0;
    while (le > ls && t[le - 1] == '\r')
        le--;
    if (le - ls < 3)
        return 0;
    for (size_t i = ls; i < le; i++) {
        if (t[i] == '-')
            dash = 1;
        else if (t[i] == '+')
            plus = 1;
        else
            return 0;
    }
    return dash && plus;
}

/* A cell that stands for nobody and says nothing against the column: empty, a dash, or a short
 * word in lower case (`self`, `n/a`, `tbd`). */
static int filler(const uint8_t *t, size_t a, size_t b)
{
    if (b - a > 8)
        return 0;
    for (size_t i = a; i < b; i++)
        if ((t[i] >= 'A' && t[i] <= 'Z') || is_digit(t[i]) || (t[i] >= 0xC3 && t[i] <= 0xC8))
            return 0;
    return 1;
}

/* Under a Markdown header whose cell names a person's column (nw_person_header(): `Paziente`,
 * `Assegnato a`, `Owner`), the lower-case cells that read as a name whole (two words or an
 * initial and a surname, nw_leaks39_lower_cell(): `wickder wenwenby`, `l. gasrutzbach`); the
 * capitalised ones are the walk's, which reads the header as their context. */
static int lower_rows(struct sc *s, const size_t *row, const uint8_t *skip, size_t n, size_t ncol)
{
    const uint8_t *t = s->t;
    if (n < 3 || !skip[0] || !skip[1])
        return 0; /* a header row, then its rule line */
    size_t c[MAXC + 1][2];
    unsigned cols = 0;
    const uint8_t *q = memchr(t + row[0], '\n', s->len - row[0]);
    cells(t, row[0], q ? (size_t)(q - t) : s->len, c);
    for (size_t k = 0; k < ncol; k++) {
        size_t a = c[k][0], b = c[k][1];
        trim(t, &a, &b);
        char buf[32];
        if (b <= a || b - a >= 30)
            continue;
        const char *f = nw_fold_span(s, a, b, buf, sizeof buf);
        /* a name's column, or a role a label names (`Owner`, `Huurder`, `Assignee`) */
        if (nw_person_header(f) >= 1 || (*f && nw_label(f)))
            cols |= 1u << k;
    }
    for (size_t r = 2; r < n && cols; r++) {
        if (skip[r])
            continue;
        q = memchr(t + row[r], '\n', s->len - row[r]);
        cells(t, row[r], q ? (size_t)(q - t) : s->len, c);
        for (size_t k = 0; k < ncol; k++) {
            size_t a = c[k][0], b = c[k][1];
            trim(t, &a, &b);
            if (!((cols >> k) & 1) || b <= a || t[a] < 'a' || t[a] > 'z' ||
                !nw_leaks39_lower_cell(s, a, b, 0))
                continue;
            int rc = s->emit(s->arg, ANON_NAMES_PERSON, a, b);
            if (rc < 0)
                return rc;
        }
    }
    return 0;
}

/* The block of rows whose starts are row[0 .. n), ncol cells each, the row head[] marks as a
 * header (or a rule line) left out. */
static int block(struct sc *s, const size_t *row, const uint8_t *skip, size_t n, size_t ncol)
{
    const uint8_t *t = s->t;
    size_t c[MAXC + 1][2];
    unsigned cand = (1u << ncol) - 1, pass[MAXC] = {0}, shaped[MAXC] = {0};
    for (size_t r = 0; r < n && cand; r++) {
        if (skip[r])
            continue;
        const uint8_t *q = memchr(t + row[r], '\n', s->len - row[r]);
        cells(t, row[r], q ? (size_t)(q - t) : s->len, c);
        for (size_t k = 0; k < ncol; k++) {
            if (!((cand >> k) & 1))
                continue;
            size_t a = c[k][0], b = c[k][1];
            trim(t, &a, &b);
            if (filler(t, a, b))
                continue;
            int f = nw_cell_name(s, a, b);
            if (!f)
                cand &= ~(1u << k);
            pass[k]++;
            shaped[k] += f == 2;
        }
    }
    for (size_t k = 0; k < ncol; k++)
        if (pass[k] < 2 || shaped[k] * 2 < pass[k])
            cand &= ~(1u << k);
    int lr = lower_rows(s, row, skip, n, ncol);
    if (lr < 0)
        return lr;
    for (size_t r = 0; r < n && cand; r++) {
        if (skip[r])
            continue;
        const uint8_t *q = memchr(t + row[r], '\n', s->len - row[r]);
        cells(t, row[r], q ? (size_t)(q - t) : s->len, c);
        for (size_t k = 0; k < ncol; k++) {
            size_t a = c[k][0], b = c[k][1];
            trim(t, &a, &b);
            if (!((cand >> k) & 1) || filler(t, a, b))
                continue;
            int rc = s->emit(s->arg, ANON_NAMES_PERSON, a, b);
            if (rc < 0)
                return rc;
        }
    }
    return 0;
}

int nw_pipe_columns(struct sc *s)
{
    const uint8_t *t = s->t;
    /* the first '|' from scan()'s table: names_hl7.c's walk found it (branch lines22) */
    size_t b0 = nw_hit_at(nw_hits_of(s, '|'), s, '|', 0, 0);
    if (b0 >= s->len)
        return 0;
    const uint8_t *p = t + b0;
    size_t ls = (size_t)(p - t);
    while (ls > 0 && t[ls - 1] != '\n')
        ls--;
    size_t row[MAXROWS], n = 0, ncol = 0, c[MAXC + 1][2];
    uint8_t skip[MAXROWS];
    while (ls < s->len) {
        const uint8_t *q = memchr(t + ls, '\n', s->len - ls);
        size_t le = q ? (size_t)(q - t) : s->len;
        size_t m = memchr(t + ls, '|', le - ls) ? cells(t, ls, le, c) : 0;
        if (!m && n >= 1 && n < MAXROWS && grid_rule(t, ls, le)) { /* a grid's rule: a row */
            if (n == 1)
                skip[0] = 1;
            row[n] = ls;
            skip[n++] = 1;
            if (!q)
                break;
            ls = le + 1;
            continue;
        }
        if (m < 3 || m > MAXC || m != ncol || n == MAXROWS) { /* the block ends here */
            if (n >= 2) {
                int rc = block(s, row, skip, n, ncol);
                if (rc < 0)
                    return rc;
            }
            n = 0;
            ncol = m >= 3 && m <= MAXC ? m : 0;
            if (!ncol) { /* on to the next line that holds a '|' */
                if (!q)
                    break;
                p = memchr(q, '|', s->len - (size_t)(q - t));
                if (!p)
                    break;
                ls = (size_t)(p - t);
                while (ls > 0 && t[ls - 1] != '\n')
                    ls--;
                continue;
            }
        }
        int rule = rule_line(t, ls, le);
        if (rule && n == 1)
            skip[0] = 1; /* the row above a rule line is the header */
        row[n] = ls;
        skip[n++] = (uint8_t)rule;
        if (!q)
            break;
        ls = le + 1;
    }
    if (n >= 2)
        return block(s, row, skip, n, ncol);
    return 0;
}
