/* names_agent49.c: a birth date said again in another format is the same birth (branch agent49).
 *
 * Developers' pastes print a birth twice in two formats: a failing test's assertion
 * (`assert '06.08.1965' == '1965-08-06'`), a parser's error under the log line that carried it
 * (`date_of_birth=1969-09-13` ... `time data '13/09/1969' does not match`), psql's complaint
 * about a COPY row. names_dob48.c masks the same bytes again; this pass compares calendar days:
 * once a text holds a DATE_OF_BIRTH finding, every other date of the text with a four-digit year
 * that can be read as the same day (day and month in either order when both are 12 or less) is
 * one too. Dates are found by their year only: each finding's year is searched in the text, and
 * the numeric and spelled forms around it are read ("13.09.1969", "1969-09-13", "1969. 09. 13.",
 * "13 September 1969", "September 13, 1969", "13 de septiembre de 1969"). A text without a birth
 * finding pays one loop over its findings; nothing is kept after the call.
 */
#include "anonymize/engine_internal.h"
#include "anonymize/names_added.h"
#include "anonymize/names_internal.h"

#include <string.h>

#define MAX_DAYS 8 /* births of one text compared */

struct day {
    unsigned y, m, d;
};

/* A date read around a year: its bounds and the days it may be (two when day and month may
 * swap). */
struct read {
    size_t s, e;
    struct day c[2];
    int n;
};

static int dig(uint8_t c)
{
    return c >= '0' && c <= '9';
}

static int alnum(uint8_t c)
{
    return dig(c) || ((c | 32) >= 'a' && (c | 32) <= 'z') || c >= 0x80;
}

/* Full month names of en, de, fr, es, it, pt, nl, da, sv (lower case; a capital is folded). */
static const char *const month_names[][12] = {
    {"january", "february", "march", "april", "may", "june", "july", "august", "september",
     "october", "november", "december"},
    {"januar", "februar", "m\303\244rz", "april", "mai", "juni", "juli", "august", "september",
     "oktober", "november", "dezember"},
    {"janvier", "f\303\251vrier", "mars", "avril", "mai", "juin", "juillet", "ao\303\273t",
     "septembre", "octobre", "novembre", "d\303\251cembre"},
    {"enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
     "octubre", "noviembre", "diciembre"},
    {"gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre",
     "ottobre", "novembre", "dicembre"},
    {"janeiro", "fevereiro", "mar\303\247o", "abril", "maio", "junho", "julho", "agosto",
     "setembro", "outubro", "novembro", "dezembro"},
    {"januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
     "oktober", "november", "december"},
    {"januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september", "oktober",
     "november", "december"},
    {"januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september",
     "oktober", "november", "december"},
};

/* The month named by t[s .. e), 1..12, or 0. */
static unsigned month_at(const uint8_t *t, size_t s, size_t e)
{
    char w[16];
    if (e - s < 3 || e - s >= sizeof w)
        return 0;
    for (size_t i = s; i < e; i++)
        w[i - s] = (char)(t[i] < 0x80 ? t[i] | 32 : t[i]);
    w[e - s] = 0;
    for (size_t l = 0; l < sizeof month_names / sizeof month_names[0]; l++)
        for (unsigned m = 0; m < 12; m++)
            if (strcmp(w, month_names[l][m]) == 0)
                return m + 1;
    return 0;
}

static void add(struct read *r, unsigned y, unsigned m, unsigned d)
{
    if (m >= 1 && m <= 12 && d >= 1 && d <= 31 && r->n < 2)
        r->c[r->n++] = (struct day){y, m, d};
}

/* Digits (one or two) ending right before e: their value, start in *s; -1 if none. */
static int num_before(const uint8_t *t, size_t lo, size_t e, size_t *s)
{
    size_t p = e;
    while (p > lo && e - p < 3 && dig(t[p - 1]))
        p--;
    if (p == e || e - p > 2 || (p > lo && dig(t[p - 1])))
        return -1;
    *s = p;
    return e - p == 1 ? t[p] - '0' : (t[p] - '0') * 10 + (t[p + 1] - '0');
}

/* Digits (one or two) from s: their value, end in *e; -1 if none. */
static int num_after(const uint8_t *t, size_t len, size_t s, size_t *e)
{
    size_t p = s;
    while (p < len && p - s < 3 && dig(t[p]))
        p++;
    if (p == s || p - s > 2)
        return -1;
    *e = p;
    return p - s == 1 ? t[s] - '0' : (t[s] - '0') * 10 + (t[s + 1] - '0');
}

/* t[s .. e) stands alone: no word byte glued to it, no '.', '/' or '-' joining it to more digits
 * ("07/09/1974" inside "107/09/1974" or "07/09/1974/2"). */
static int bounded(const uint8_t *t, size_t len, size_t s, size_t e)
{
    if (s > 0 && (alnum(t[s - 1]) || ((t[s - 1] == '.' || t[s - 1] == '/' || t[s - 1] == '-') &&
                                      s > 1 && dig(t[s - 2]))))
        return 0;
    return e >= len || !(alnum(t[e]) || ((t[e] == '.' || t[e] == '/' || t[e] == '-') &&
                                         e + 1 < len && dig(t[e + 1])));
}

static void read_date(const uint8_t *t, size_t len, size_t ys, struct read *r);

/* The date around the year at ys (four digits), standing alone: the first form that reads, or
 * r->n == 0. */
static void read_around(const uint8_t *t, size_t len, size_t ys, struct read *r)
{
    read_date(t, len, ys, r);
    if (r->n && !bounded(t, len, r->s, r->e))
        r->n = 0;
}

static void read_date(const uint8_t *t, size_t len, size_t ys, struct read *r)
{
    unsigned y = (unsigned)((t[ys] - '0') * 1000 + (t[ys + 1] - '0') * 100 +
                            (t[ys + 2] - '0') * 10 + (t[ys + 3] - '0'));
    size_t ye = ys + 4, a0, a1;
    r->n = 0;
    /* "13.09.1969", "09/13/1969", "13-09-1969" */
    if (ys >= 4 && (t[ys - 1] == '.' || t[ys - 1] == '/' || t[ys - 1] == '-')) {
        uint8_t sep = t[ys - 1];
        int b = num_before(t, 0, ys - 1, &a1), a;
        if (b >= 0 && a1 >= 2 && t[a1 - 1] == sep && (a = num_before(t, 0, a1 - 1, &a0)) >= 0 &&
            (a0 == 0 || !alnum(t[a0 - 1]))) {
            r->s = a0, r->e = ye;
            add(r, y, (unsigned)b, (unsigned)a);
            if (a != b)
                add(r, y, (unsigned)a, (unsigned)b);
            return;
        }
    }
    /* "1969-09-13", "1969. 09. 13." */
    if (ye + 3 < len && (t[ye] == '-' || t[ye] == '.') && (ys == 0 || !alnum(t[ys - 1]))) {
        uint8_t sep = t[ye];
        size_t p = ye + 1, e;
        int sp = sep == '.' && t[p] == ' ';
        p += (size_t)sp;
        int m = num_after(t, len, p, &e), d;
        if (m >= 0 && e + 1 < len && t[e] == sep) {
            p = e + 1 + (size_t)(sp && e + 1 < len && t[e + 1] == ' ');
            if (p < len && (d = num_after(t, len, p, &e)) >= 0 && (e == len || !dig(t[e]))) {
                if (sp && e < len && t[e] == '.')
                    e++;
                r->s = ys, r->e = e;
                add(r, y, (unsigned)m, (unsigned)d);
                return;
            }
        }
    }
    /* spelled: "13 September 1969", "13. September 1969", "13 de septiembre de 1969",
     * "September 13, 1969" */
    size_t p = ys;
    if (p < 2 || t[p - 1] != ' ')
        return;
    p--;
    if (p >= 3 && t[p - 1] == ',') { /* "September 13, 1969" */
        int d = num_before(t, 0, p - 1, &a0);
        if (d < 0 || a0 < 2 || t[a0 - 1] != ' ')
            return;
        size_t me = a0 - 1, ms = me;
        while (ms > 0 && alnum(t[ms - 1]) && !dig(t[ms - 1]))
            ms--;
        unsigned mo = month_at(t, ms, me);
        if (mo && (ms == 0 || !alnum(t[ms - 1]))) {
            r->s = ms, r->e = ye;
            add(r, y, mo, (unsigned)d);
        }
        return;
    }
    if (p >= 4 && t[p - 1] == 'e' && t[p - 2] == 'd' && t[p - 3] == ' ') /* "... de 1969" */
        p -= 3;
    size_t me = p, ms = me;
    while (ms > 0 && alnum(t[ms - 1]) && !dig(t[ms - 1]))
        ms--;
    unsigned mo = month_at(t, ms, me);
    if (!mo || ms < 2 || t[ms - 1] != ' ')
        return;
    p = ms - 1;
    if (p >= 4 && t[p - 1] == 'e' && t[p - 2] == 'd' && t[p - 3] == ' ') /* "13 de septiembre" */
        p -= 3;
    if (p > 0 && t[p - 1] == '.') /* "13. September" */
        p--;
    int d = num_before(t, 0, p, &a0);
    if (d >= 0 && (a0 == 0 || !alnum(t[a0 - 1]))) {
        r->s = a0, r->e = ye;
        add(r, y, mo, (unsigned)d);
    }
}

/* Is t[ys .. ys + 4) a year of its own (four digits, no digit glued to either side)? */
static int year_at(const uint8_t *t, size_t len, size_t ys)
{
    if (ys + 4 > len || (ys > 0 && dig(t[ys - 1])) || (ys + 4 < len && dig(t[ys + 4])))
        return 0;
    for (size_t i = ys; i < ys + 4; i++)
        if (!dig(t[i]))
            return 0;
    return (t[ys] == '1' && t[ys + 1] == '9') || (t[ys] == '2' && t[ys + 1] == '0');
}

/* Does an addition of d overlap [s, e)? (d is short and in no order) */
static int overlaps_added(const struct nw_adds *d, size_t s, size_t e)
{
    for (size_t i = 0; i < d->n; i++)
        if (d->a[i].start < e && s < d->a[i].end)
            return 1;
    return 0;
}

static int same(const struct read *a, const struct read *b)
{
    for (int i = 0; i < a->n; i++)
        for (int j = 0; j < b->n; j++)
            if (a->c[i].y == b->c[j].y && a->c[i].m == b->c[j].m && a->c[i].d == b->c[j].d)
                return 1;
    return 0;
}

int nw_same_day_births(const char *text, size_t len, size_t dob, anon_finding_t **f, size_t *nf)
{
    const uint8_t *t = (const uint8_t *)text;
    struct read births[MAX_DAYS] = {{0}};
    size_t nb = 0;
    for (size_t i = 0; i < *nf && nb < MAX_DAYS; i++) {
        const anon_finding_t *x = &(*f)[i];
        if (x->type != dob)
            continue;
        for (size_t ys = x->start; ys + 4 <= x->end; ys++)
            if (year_at(t, len, ys)) {
                read_around(t, len, ys, &births[nb]);
                if (births[nb].n && births[nb].s >= x->start && births[nb].e <= x->end)
                    nb++;
                break;
            }
    }
    if (!nb)
        return 0;
    struct nw_adds d = {0};
    for (size_t k = 0; k < nb; k++) {
        char y[4];
        size_t ys0 = births[k].s;
        while (!year_at(t, len, ys0))
            ys0++;
        memcpy(y, t + ys0, 4);
        int dup = 0; /* a year an earlier birth searched already */
        for (size_t j = 0; j < k && !dup; j++)
            dup = births[j].c[0].y == births[k].c[0].y;
        if (dup)
            continue;
        const uint8_t *p = t, *m;
        while ((size_t)(p - t) + 4 <= len && (m = memmem(p, len - (size_t)(p - t), y, 4)) != NULL) {
            size_t ys = (size_t)(m - t);
            p = m + 1;
            struct read r = {0};
            if (!year_at(t, len, ys))
                continue;
            read_around(t, len, ys, &r);
            if (!r.n || nw_overlaps(*f, *nf, r.s, r.e) || overlaps_added(&d, r.s, r.e))
                continue;
            for (size_t j = 0; j < nb; j++)
                if (same(&r, &births[j])) {
                    if (nw_adds_push(&d, dob, r.s, r.e))
                        return ANON_ERR_NOMEM;
                    break;
                }
        }
    }
    return nw_adds_done(&d, f, nf);
}
