/* names_left50.c: the shapes stop 49 left: Turkish and Finnish birth forms after the date, and
 * the row a database error quotes.
 *
 * Turkish writes the birth verb after the date and its case word ("15 Mart 1983 tarihinde
 * İzmir'de doğdu", "13/06/1994 yılında doğdu", "(15 Mart 2001 doğumlu)"); a date after
 * "doğumlu" on its line is then another event's ("... doğumlu) için randevu 16.09.2020"). Finnish
 * abbreviates syntynyt to "s." before the date ("(s. 26/9-63)").
 *
 * A database error quotes the row it refused: psql's "Failing row contains (17, Jonas, Weber,
 * 1983-09-24, ...)", Postgres's "Key (last_name, first_name, birth_date)=(Weber, Jonas,
 * 1983-09-24) already exists", SQLAlchemy's "[parameters: ('Jonas', 'Weber', '1983-09-24')]" under
 * its INSERT, MySQL's "Duplicate entry 'Weber, Jonas' for key 'customers.uniq_full_name'" and
 * pydantic's "input_value='24/09/1983'" under the field's name. Where the error names the columns
 * (the key's columns, the INSERT's, the MySQL key, pydantic's field) each value is read under its
 * column's name; where it does not (psql's failing row), capitalised cells that read as a person
 * make the row a person's only with a lexicon name among them or a date-only cell before 2011,
 * and the first date-only cell after a person's is the birth. A row of products, SKUs and
 * timestamps stays text.
 *
 * The one thing to know: the row pass looks only at '(' and '=' bytes (the scan's shared tables of
 * them), whose few bytes around must make one of the five markers (MySQL's entry follows its error
 * number's bracket), and reads at most MAXC cells of one line. Nothing allocates.
 */
#include "anonymize/names_internal.h"

#include <string.h>

enum { MAXC = 12 };

struct cell {
    size_t a, b;
};

static int has_at(const struct sc *s, size_t i, const char *w)
{
    size_t n = strlen(w);
    return i + n <= s->len && memcmp(s->t + i, w, n) == 0;
}

/* Turkish birth verbs, found after the date's case word on its sentence. */
static const char *const tr_verbs[] = {"do\304\237du", "do\304\237mu\305\237",
                                       "d\303\274nyaya gel"};

int nw_left50_birth(const struct sc *s, size_t ds, size_t e)
{
    const uint8_t *t = s->t;
    uint8_t c = e + 1 < s->len && t[e] == ' ' ? t[e + 1] : 0;
    if (c == 'd' && has_at(s, e, " do\304\237umlu"))
        return 1; /* "(15 Mart 2001 doğumlu)" */
    size_t k = c == 't' && has_at(s, e, " tarihinde ")               ? e + 11
               : c == 'y' && has_at(s, e, " y\304\261l\304\261nda ") ? e + 11
                                                                     : 0;
    for (size_t q = k; k && q < s->len && q < k + 64; q++) {
        if (t[q] == '.' || t[q] == ';' || t[q] == '\n')
            break;
        if (t[q] == 'd' && (t[q - 1] == ' ' || t[q - 1] == '\''))
            for (size_t j = 0; j < sizeof tr_verbs / sizeof *tr_verbs; j++)
                if (has_at(s, q, tr_verbs[j]))
                    return 1;
    }
    /* Finnish "(s. 26/9-63)", "Virtanen, s. 24.9.1983"; not a recent year, which is German
       "siehe" or a page ("vgl. Handbuch, s. 12.03.2024") */
    if (!(ds >= 4 && t[ds - 1] == ' ' && t[ds - 2] == '.' && t[ds - 3] == 's' &&
          (t[ds - 4] == '(' || (ds >= 5 && t[ds - 4] == ' ' && t[ds - 5] == ','))))
        return 0;
    unsigned y = 0;
    if (e - ds >= 4 && is_digit(t[e - 4]) && is_digit(t[e - 3]) && is_digit(t[e - 2]) &&
        is_digit(t[e - 1]))
        y = (unsigned)((t[e - 4] - '0') * 1000 + (t[e - 3] - '0') * 100 + (t[e - 2] - '0') * 10 +
                       (t[e - 1] - '0'));
    return y < 2011 || y > 2039;
}

int nw_left50_veto(const struct sc *s, size_t ds)
{
    const uint8_t *t = s->t;
    static const char w[] = "do\304\237umlu";
    for (size_t q = ds; q > 0 && ds - q < 96 && t[q - 1] != '\n'; q--)
        if (t[q - 1] == 'd' && has_at(s, q - 1, w))
            for (size_t p = q - 1; p > 0 && q - p < 16; p--)
                if (is_digit(t[p - 1]))
                    return 1; /* the birth stood before "doğumlu"; this date is another's */
    return 0;
}

/* ---- rows quoted by database errors -------------------------------------------------------- */

/* The cells of a tuple from i: split at ',' up to the byte close (or a line's end), each trimmed
 * of spaces and quotes. Their number (0 when the tuple does not close on its line). */
static size_t cells_at(const uint8_t *t, size_t len, size_t i, uint8_t close, struct cell *c)
{
    size_t n = 0, a = i;
    for (size_t q = i; q < len && q - i < 600; q++) {
        if (t[q] == '\n')
            return 0;
        if (t[q] != ',' && t[q] != close)
            continue;
        if (n == MAXC)
            return 0;
        size_t x = a, y = q;
        while (x < y && (t[x] == ' ' || t[x] == '\'' || t[x] == '"'))
            x++;
        while (y > x && (t[y - 1] == ' ' || t[y - 1] == '\'' || t[y - 1] == '"'))
            y--;
        c[n].a = x;
        c[n++].b = y;
        a = q + 1;
        if (t[q] == close)
            return n;
    }
    return 0;
}

/* A date alone in t[a .. b): "1983-09-24", "24/09/1983", "24.09.1983": its year, else 0. */
static unsigned date_cell(const uint8_t *t, size_t a, size_t b)
{
    if (b - a != 10)
        return 0;
    const uint8_t *p = t + a;
    int iso = p[4] == '-' && p[7] == '-', dmy = (p[2] == '/' || p[2] == '.') && p[5] == p[2];
    size_t y = iso ? 0 : 6;
    if (!iso && !dmy)
        return 0;
    for (size_t k = 0; k < 10; k++)
        if (!is_digit(p[k]) && !(iso ? k == 4 || k == 7 : k == 2 || k == 5))
            return 0;
    unsigned v = (unsigned)((p[y] - '0') * 1000 + (p[y + 1] - '0') * 100 + (p[y + 2] - '0') * 10 +
                            (p[y + 3] - '0'));
    return v >= 1880 && v <= 2039 ? v : 0;
}

/* What a column's name t[a .. b) holds: 2 a birth, 1 a person's name, 0 anything else. */
static int column_kind(const struct sc *s, size_t a, size_t b)
{
    for (size_t q = a; q < b; q++)
        if ((q == a || !is_alnum(s->t[q - 1])) && nw_birth_word_at(s, q, b))
            return 2;
    char buf[40], h[40];
    const char *f = nw_fold_span(s, a, b, buf, sizeof buf);
    size_t j = 0;
    if (!f)
        return 0;
    for (; f[j] && j + 1 < sizeof h; j++)
        h[j] = f[j] == '_' || f[j] == '-' || f[j] == '.' ? ' ' : f[j];
    h[j] = '\0';
    if (nw_person_header(h))
        return 1;
    /* a key's name with "name" as its last word: "uniq_full_name", "customers.full_name" */
    return j >= 4 && strcmp(h + j - 4, "name") == 0 && (j == 4 || h[j - 5] == ' ');
}

static int person_value(const struct sc *s, size_t a, size_t b)
{
    int full, lexn;
    return b > a && nw_upper(s->t + a, s->len - a) && nw_cell_person(s, a, b, &full, &lexn) &&
           !nw_not_person(s, a, b);
}

static int emit_kind(struct sc *s, int kind, size_t a, size_t b)
{
    unsigned k = kind == 2 ? ANON_NAMES_DOB : ANON_NAMES_PERSON;
    if (!(s->kinds & (1u << k)) || b <= a)
        return 0;
    if (kind == 2 ? !date_cell(s->t, a, b) : !person_value(s, a, b))
        return 0;
    return s->emit(s->arg, (int)k, a, b);
}

/* Values under their columns' names: one kind per column (0: left). */
static int named_row(struct sc *s, const struct cell *col, size_t nc, const struct cell *v,
                     size_t nv)
{
    if (nc != nv)
        return 0;
    for (size_t k = 0; k < nv; k++) {
        int rc = emit_kind(s, column_kind(s, col[k].a, col[k].b), v[k].a, v[k].b);
        if (rc < 0)
            return rc;
    }
    return 0;
}

/* A row without its columns' names: people only with a lexicon name or an old date beside. */
static int bare_row(struct sc *s, const struct cell *v, size_t nv, int name_key)
{
    int who[MAXC] = {0}, any = 0, sure = name_key;
    for (size_t k = 0; k < nv; k++) {
        unsigned y = date_cell(s->t, v[k].a, v[k].b);
        if (y && y <= 2010)
            sure = 1;
        if (!y && person_value(s, v[k].a, v[k].b)) {
            who[k] = any = 1;
            sure |= (nw_lexicon_in(s->t, s->len, v[k].a, v[k].b) &
                     (ANON_NL_GIVEN | ANON_NL_ATTESTED | ANON_NL_NAME)) != 0;
        }
    }
    if (!any || !sure)
        return 0;
    int seen = 0, born = 0;
    for (size_t k = 0; k < nv; k++) {
        int rc = 0;
        if (who[k])
            seen = 1, rc = emit_kind(s, 1, v[k].a, v[k].b);
        else if (seen && !born && date_cell(s->t, v[k].a, v[k].b))
            born = 1, rc = emit_kind(s, 2, v[k].a, v[k].b);
        if (rc < 0)
            return rc;
    }
    return 0;
}

/* The column list of the INSERT before i ("INSERT INTO t (a, b) VALUES (?, ?)"), within 400
 * bytes: its cells, or 0. */
static size_t insert_columns(const uint8_t *t, size_t i, struct cell *c)
{
    size_t lo = i > 400 ? i - 400 : 0;
    for (size_t q = i; q > lo + 8; q--)
        if (t[q - 1] == '(' && memcmp(t + q - 9, " VALUES (", 9) == 0) {
            size_t p = q - 9;
            while (p > lo && t[p - 1] != '(' && t[p - 1] != '\n')
                p--;
            return p > lo && t[p - 1] == '(' ? cells_at(t, q - 9, p, ')', c) : 0;
        }
    return 0;
}

/* pydantic's field name: the unindented line above the message that holds i. */
static int pydantic_field(const struct sc *s, size_t i, struct cell *f)
{
    const uint8_t *t = s->t;
    size_t ls = i;
    while (ls > 0 && t[ls - 1] != '\n')
        ls--;
    for (int n = 0; n < 4 && ls > 0; n++) {
        size_t ps = ls - 1;
        while (ps > 0 && t[ps - 1] != '\n')
            ps--;
        if (t[ps] != ' ') {
            f->a = ps;
            f->b = ls - 1;
            return f->b > f->a && f->b - f->a < 40 && !memchr(t + ps, ' ', f->b - f->a);
        }
        ls = ps;
    }
    return 0;
}

/* The row after a marker that ends at i: what follows it is read by how. */
static int row_at(struct sc *s, size_t i, int how)
{
    const uint8_t *t = s->t;
    struct cell v[MAXC], col[MAXC];
    size_t nv, nc;
    if (how == 0) { /* "row contains (" */
        if ((nv = cells_at(t, s->len, i, ')', v)) >= 2)
            return bare_row(s, v, nv, 0);
    } else if (how == 1) { /* ")=(": the key's columns before */
        size_t o = i - 3;
        while (o > 0 && t[o - 1] != '(' && t[o - 1] != '\n' && i - 3 - o < 200)
            o--;
        if (o > 0 && t[o - 1] == '(' && (nc = cells_at(t, s->len, o, ')', col)) &&
            (nv = cells_at(t, s->len, i, ')', v)))
            return named_row(s, col, nc, v, nv);
    } else if (how == 2) { /* "parameters: (" under an INSERT */
        if ((nv = cells_at(t, s->len, i, ')', v)) >= 2)
            return (nc = insert_columns(t, i, col)) == nv ? named_row(s, col, nc, v, nv)
                                                          : bare_row(s, v, nv, 0);
    } else if (how == 3) { /* "Duplicate entry '": split at ", ", the key's name after */
        size_t e = i;
        while (e < s->len && t[e] != '\'' && t[e] != '\n' && e - i < 200)
            e++;
        if (e < s->len && t[e] == '\'' && (nv = cells_at(t, e + 1, i, '\'', v))) {
            int key = 0;
            if (has_at(s, e, "' for key '")) {
                size_t ka = e + 11, kb = ka;
                while (kb < s->len && t[kb] != '\'' && kb - ka < 64)
                    kb++;
                key = kb < s->len && t[kb] == '\'' && column_kind(s, ka, kb) == 1;
            }
            return bare_row(s, v, nv, key);
        }
    } else { /* "input_value='" under pydantic's field */
        struct cell f;
        size_t e = i;
        while (e < s->len && t[e] != '\'' && t[e] != '\n' && e - i < 120)
            e++;
        if (e < s->len && t[e] == '\'' && pydantic_field(s, i, &f))
            return emit_kind(s, column_kind(s, f.a, f.b), i, e);
    }
    return 0;
}

/* Does t[.. i) end with the marker m of n bytes? */
static int ends_with(const uint8_t *t, size_t i, const char *m, size_t n)
{
    return i >= n && memcmp(t + i - n, m, n) == 0;
}

/* MySQL's "Duplicate entry '" on the line after its error's '(' at i ("ERROR 1062 (23000):
 * Duplicate entry", "IntegrityError: (1062, \"Duplicate entry"): the offset after its quote. */
static size_t duplicate_entry(const uint8_t *t, size_t len, size_t i)
{
    static const char m[] = "Duplicate entry '";
    for (size_t q = i; q + sizeof m - 1 <= len && q - i < 48 && t[q] != '\n'; q++)
        if (t[q] == 'D' && memcmp(t + q, m, sizeof m - 1) == 0)
            return q + sizeof m - 1;
    return 0;
}

int nw_left50_rows(struct sc *s)
{
    const uint8_t *t = s->t;
    size_t len = s->len;
    if (len < 24)
        return 0;
    /* the markers end in '(' or "='": memchr finds those bytes, a few compares the marker; MySQL's
       entry is looked for after its error number's bracket */
    struct nw_hits *hp = nw_hits_of(s, '('), *he = nw_hits_of(s, '=');
    for (size_t k = 0, i = nw_hit_at(hp, s, '(', 0, 0); i < len;
         i = nw_hit_at(hp, s, '(', ++k, i + 1)) {
        size_t at = i + 1;
        int how = -1;
        if (i >= 2 && t[i - 1] == '=' && t[i - 2] == ')')
            how = 1;
        else if (i >= 2 && t[i - 1] == ' ')
            how = t[i - 2] == 's' && ends_with(t, i, "row contains ", 13)  ? 0
                  : t[i - 2] == ':' && ends_with(t, i, "parameters: ", 12) ? 2
                                                                           : -1;
        if (how < 0 && i + 5 < len && (t[i + 1] == '1' || t[i + 1] == '2') &&
            (memcmp(t + i + 1, "1062", 4) == 0 || memcmp(t + i + 1, "23000", 5) == 0) &&
            (at = duplicate_entry(t, len, i)) != 0)
            how = 3;
        int rc = how >= 0 ? row_at(s, at, how) : 0;
        if (rc < 0)
            return rc;
    }
    for (size_t k = 0, i = nw_hit_at(he, s, '=', 0, 0); i < len;
         i = nw_hit_at(he, s, '=', ++k, i + 1)) {
        int rc = i + 1 < len && t[i + 1] == '\'' && ends_with(t, i, "input_value", 11)
                     ? row_at(s, i + 2, 4)
                     : 0;
        if (rc < 0)
            return rc;
    }
    return 0;
}
