/* names_dob44.c: dates of birth as forms and family sheets write them (branch dob44, issue 15),
 * written after gen_dob44.py (forms, records and prose of the tenth, fourteenth and sixteenth
 * blind sets' kinds) had been graded and its misses grouped by value and label.
 *
 * Two halves:
 * - the value, where the date reader refused the digits: a date written into boxes, one digit a
 *   box (`|1|2|0|3|1|9|8|7|`, `[1][2][0][3]...`, `1 2 0 3 1 9 8 7`, `0 3 / 1 2 / 8 7`), a box a
 *   part (`|12|03|1987|`, `12  03  1987`), or a part under its box word (`12 Monat 03 Jahr 1987`,
 *   `11  Miesiąc: 04  Rok: 2014`, Hungarian `1987 Hó 03 Nap 12`); and the Hungarian order with
 *   its spaces or its month (`1987. 03. 12.`, `1987. március 12.`). Such a value is a birth only
 *   under the birth tests every date meets (a label before it or after it, a column, a list of
 *   relatives);
 * - the label: the one-letter genealogical marks of the Nordic, Finnish and Romance family
 *   sheets right before a date (`Astrid f. 1948-10-12`, `Radu n. 3 februarie 1939`, `synt.`
 *   is a birth word), after a person's name or a comma, or as a field's label (`f.: 1. juni
 *   1948`); and a form grid printed as text, whose header line right above names the date's
 *   column by its cell index, the cells not aligned (CIOMS boxes).
 *
 * The one thing to know: the value half is asked only at a digit run of one, two or four
 * digits that the date reader refused, with a box's separator right after it; nothing here
 * allocates and every scan is bounded (64 bytes).
 */
#include <stdint.h>
#include <string.h>

#include "anonymize/names_internal.h"

/* The words of a form's day, month and year boxes in the pack's languages, folded. */
static const char *const box_words[] = {"day",
                                        "month",
                                        "year",
                                        "tag",
                                        "monat",
                                        "jahr",
                                        "jour",
                                        "mois",
                                        "ann\303\251e",
                                        "annee",
                                        "dag",
                                        "maand",
                                        "jaar",
                                        "d\303\255a",
                                        "dia",
                                        "mes",
                                        "m\303\252s",
                                        "a\303\261o",
                                        "ano",
                                        "giorno",
                                        "mese",
                                        "anno",
                                        "dzie\305\204",
                                        "miesi\304\205c",
                                        "rok",
                                        "m\303\245nad",
                                        "\303\245r",
                                        "m\303\245ned",
                                        "pv",
                                        "kk",
                                        "vuosi",
                                        "den",
                                        "m\304\233s\303\255c",
                                        "nap",
                                        "h\303\263",
                                        "\303\251v",
                                        "g\303\274n",
                                        "ay",
                                        "y\304\261l",
                                        "ziua",
                                        "luna",
                                        "anul",
                                        "imera",
                                        "minas",
                                        "etos",
                                        "dd",
                                        "mm",
                                        "yyyy",
                                        "yy"};

/* A box word between a date's parts ("Monat", "Jahr", "Miesiąc:", "Hó") and its colon: its
 * end, or 0. */
static size_t box_word(const struct sc *s, size_t i)
{
    size_t e = i, n;
    while (e < s->len && e - i < 12 && (n = nw_letter(s->t + e, s->len - e)))
        e += n;
    if (e == i || e - i >= 12)
        return 0;
    size_t q = e < s->len && s->t[e] == ':' ? e + 1 : e;
    while (q < s->len && q - e < 5 && s->t[q] == ' ')
        q++;
    if (q >= s->len || !is_digit(s->t[q]))
        return 0; /* "3 items are": no part after the word, no fold */
    char buf[16];
    const char *f = nw_fold_span(s, i, e, buf, sizeof buf);
    if (!f || !NW_ONE_OF(f, box_words))
        return 0;
    return e < s->len && s->t[e] == ':' ? e + 1 : e;
}

/* A date's parts at i: digit runs split by box separators (spaces, '|', '[', ']', one of
 * "-/." between spaces) or one box word; at most 8 digits in at most 8 runs, on one line.
 * Fills runs[] with each run's start and length; the end of the last run, or 0. */
struct parts {
    size_t at[8];
    unsigned len[8];
    int n, digits, words, singles;
};

static size_t read_parts(const struct sc *s, size_t i, struct parts *p)
{
    const uint8_t *t = s->t;
    size_t k = i, end = 0;
    p->n = p->digits = p->words = p->singles = 0;
    while (k < s->len && p->n < 8 && k - i < 64) {
        size_t d = k;
        while (d < s->len && is_digit(t[d]) && d - k < 4)
            d++;
        if (d == k || (d < s->len && is_digit(t[d])))
            break;
        if (p->digits + (int)(d - k) > 8)
            break;
        p->at[p->n] = k;
        p->len[p->n] = (unsigned)(d - k);
        p->singles += d - k == 1;
        p->n++;
        p->digits += (int)(d - k);
        end = d;
        if (p->digits == 8)
            break;
        size_t q = d;
        int marks = 0, spaces = 0, frame = 0;
        while (q < s->len && q - d < 6 &&
               (t[q] == ' ' || t[q] == '|' || t[q] == '[' || t[q] == ']' || t[q] == '-' ||
                t[q] == '/' || t[q] == '.')) {
            marks += t[q] != ' ';
            spaces += t[q] == ' ';
            frame += t[q] == '|' || t[q] == '[' || t[q] == ']';
            q++;
        }
        if (marks && !spaces && !frame)
            break; /* "1999  08.12.1987": a numeric date's own '.', '/' or '-' */
        if (q < s->len && !is_digit(t[q]) && marks == 0 && q > d) {
            size_t w = box_word(s, q); /* "12 Monat 03 Jahr 1987" */
            if (!w)
                break;
            p->words++;
            q = w;
            while (q < s->len && q - w < 4 && t[q] == ' ')
                q++;
        }
        if (q == d || q >= s->len || !is_digit(t[q]) || marks > 2)
            break;
        k = q;
    }
    return end;
}

static int valid(unsigned y, unsigned m, unsigned d)
{
    return m >= 1 && m <= 12 && d >= 1 && d <= 31 && ((y >= 1900 && y <= 2030) || y < 100);
}

static unsigned num(const uint8_t *dg, int a, int n)
{
    unsigned v = 0;
    for (int q = a; q < a + n; q++)
        v = v * 10 + (unsigned)(dg[q] - '0');
    return v;
}

/* The parts read as a date: all single digits (boxes of one digit) or three parts of 1-2, 1-2
 * and 4 digits (or 4, 1-2, 1-2) with a box word or a box's mark between them. */
static int parts_date(const struct sc *s, const struct parts *p)
{
    uint8_t dg[8];
    int n = 0;
    for (int r = 0; r < p->n; r++)
        for (unsigned q = 0; q < p->len[r]; q++)
            dg[n++] = s->t[p->at[r] + q];
    if (p->singles == p->n && p->n >= 6) { /* one digit a box */
        if (n == 8)
            return valid(num(dg, 4, 4), num(dg, 2, 2), num(dg, 0, 2)) ||
                   valid(num(dg, 4, 4), num(dg, 0, 2), num(dg, 2, 2)) ||
                   valid(num(dg, 0, 4), num(dg, 4, 2), num(dg, 6, 2));
        return n == 6 && (valid(num(dg, 4, 2), num(dg, 2, 2), num(dg, 0, 2)) ||
                          valid(num(dg, 4, 2), num(dg, 0, 2), num(dg, 2, 2)));
    }
    if (p->n != 3)
        return 0;
    unsigned a = num(dg, 0, (int)p->len[0]), b = num(dg, (int)p->len[0], (int)p->len[1]),
             c = num(dg, (int)(p->len[0] + p->len[1]), (int)p->len[2]);
    if (p->len[0] <= 2 && p->len[1] <= 2 && p->len[2] == 4)
        return valid(c, b, a) || valid(c, a, b);
    if (p->len[0] == 4 && p->len[1] <= 2 && p->len[2] <= 2)
        return p->words == 2 && valid(a, b, c); /* "1987 Hó 03 Nap 12" */
    return 0;
}

/* Hungarian year first: "1987. 03. 12." (the reader takes "1987.03.12" alone) and "1987.
 * március 12." / "1987. márc. 12."; i .. i + 4 the year, t[i + 4] == '.'. Its end (past the
 * day's dot), or 0. */
static size_t hungarian(const struct sc *s, size_t i)
{
    const uint8_t *t = s->t;
    size_t k = i + 5, e;
    if (k + 3 >= s->len || t[k] != ' ')
        return 0;
    k++;
    if (!is_digit(t[k]) && !(t[k] >= 'a' && t[k] <= 'z') && t[k] != 0xC3 &&
        !(is_up(t[k]) && (is_up(t[k + 1]) || t[k + 1] == '.' || t[k + 1] == 0xC3)))
        return 0; /* "in 1987. The": a sentence's end; Hungarian months are lower case, or the
                     whole date in capitals ("1946. FEBRUÁR 5."), or Roman ("1965. VIII. 8.") */
    unsigned y = num(t + i, 0, 4);
    if (y < 1900 || y > 2030)
        return 0;
    if (t[k] == 'I' || t[k] == 'V' || t[k] == 'X') { /* "1965. VIII. 8." (branch dob46) */
        static const char *const roman[] = {"I",   "II",   "III", "IV", "V",  "VI",
                                            "VII", "VIII", "IX",  "X",  "XI", "XII"};
        size_t re = k;
        while (re < s->len && re - k < 5 && (t[re] == 'I' || t[re] == 'V' || t[re] == 'X'))
            re++;
        char rb[8];
        memcpy(rb, t + k, re - k < 5 ? re - k : 4);
        rb[re - k < 5 ? re - k : 4] = 0;
        if (re - k > 4 || !NW_ONE_OF(rb, roman) || re + 3 > s->len || t[re] != '.' ||
            t[re + 1] != ' ' || !is_digit(t[re + 2]))
            return 0;
        e = re + 3;
        if (e < s->len && is_digit(t[e]))
            e++;
        return e < s->len && is_digit(t[e]) ? 0 : e;
    }
    if (is_digit(t[k])) { /* "1987. 03. 12." */
        if (!(is_digit(t[k + 1]) && t[k + 2] == '.' && k + 6 <= s->len && t[k + 3] == ' ' &&
              is_digit(t[k + 4]) && is_digit(t[k + 5])))
            return 0;
        unsigned m = num(t + k, 0, 2), d = num(t + k + 4, 0, 2);
        e = k + 6;
        return valid(y, m, d) && (e >= s->len || !is_digit(t[e])) ? e : 0;
    }
    size_t me = k;
    while (me < s->len && me - k < 16 && nw_letter(t + me, s->len - me))
        me += nw_letter(t + me, s->len - me);
    char buf[16];
    const char *f = me > k ? nw_fold_span(s, k, me, buf, sizeof buf) : NULL;
    if (!f || !(nw_month(f) || nw_month_more(s, k) == me))
        return 0;
    if (me < s->len && t[me] == '.')
        me++;
    if (me + 2 > s->len || t[me] != ' ' || !is_digit(t[me + 1]))
        return 0;
    e = me + 2;
    if (e < s->len && is_digit(t[e]))
        e++;
    if (e < s->len && is_digit(t[e]))
        return 0;
    return e;
}

size_t nw_dob44_value(const struct sc *s, size_t i, size_t d, size_t *ds)
{
    const uint8_t *t = s->t;
    size_t e;
    if (d - i == 4 && d + 1 < s->len && t[d] == '.' && t[d + 1] == ' ') {
        e = hungarian(s, i);
        if (!e)
            return 0;
        *ds = i;
        return e < s->len && t[e] == '.' ? e + 1 : e;
    }
    struct parts p;
    if (!(e = read_parts(s, i, &p)) || !parts_date(s, &p))
        return 0;
    if (e < s->len && (is_alnum(t[e]) || t[e] >= 0x80))
        return 0;
    *ds = i;
    if (i > 0 && (t[i - 1] == '|' || t[i - 1] == '[')) /* the box's own frame */
        *ds = i - 1;
    if (e < s->len && (t[e] == '|' || t[e] == ']'))
        e++;
    return e;
}

/* The cells of the line [a, b) split by runs of two or more spaces or a tab: the index of the
 * cell that holds p (or the count of cells when p == SIZE_MAX), and the start of cell want in
 * *at. */
static int cell_of(const uint8_t *t, size_t a, size_t b, size_t p, int want, size_t *at)
{
    int cell = -1;
    size_t k = a;
    while (k < b && t[k] == ' ')
        k++;
    for (; k < b;) {
        cell++;
        if (cell == want)
            *at = k;
        size_t c = k;
        while (c < b && t[c] != '\t' && !(t[c] == ' ' && c + 1 < b && t[c + 1] == ' '))
            c++;
        if (p >= k && p < c)
            return cell;
        k = c;
        while (k < b && (t[k] == ' ' || t[k] == '\t'))
            k++;
    }
    return p == SIZE_MAX ? cell + 1 : -1;
}

/* A form grid printed as text: the header line right above names the date's column by its cell
 * index ("1. PATIENT INITIALS  1a. COUNTRY  2. DATE OF BIRTH  2a. AGE  3. SEX" over "M.L.  EN
 * 12/03/1987  43  F"), the cells not aligned; both lines of three cells or more, as many. */
static int grid_header(const struct sc *s, size_t ds)
{
    const uint8_t *t = s->t;
    size_t ls = nw_line_start(s, ds), le = ds, at = 0;
    if (ls < 2 || ds - ls > 240)
        return 0;
    while (le < s->len && le - ds < 240 && t[le] != '\n')
        le++;
    int k = cell_of(t, ls, le, ds, -1, &at);
    size_t he = ls - 1, hs = nw_line_start(s, he);
    if (k < 0 || he - hs > 240 || cell_of(t, ls, le, SIZE_MAX, -1, &at) < 3 ||
        cell_of(t, hs, he, SIZE_MAX, -1, &at) != cell_of(t, ls, le, SIZE_MAX, -1, &at))
        return 0;
    at = SIZE_MAX;
    cell_of(t, hs, he, SIZE_MAX, k, &at);
    if (at == SIZE_MAX)
        return 0;
    for (size_t i = at; i < he && t[i] != '\t' && !(t[i] == ' ' && t[i + 1] == ' '); i++)
        if ((i == at || !(is_alnum(t[i - 1]) || t[i - 1] >= 0x80)) && nw_birth_word_at(s, i, he))
            return 1;
    return 0;
}

/* The one-letter mark before the date at ds: lower-case "f." (sv, da, no født/född), "s." (fi
 * syntynyt), "n." (ro, it, es, pt născut, nato, nacido, nascido), after a person's name or a
 * comma ("Astrid f. 1948-10-12", "Lindton, Brutor, n. 01/12/1974") or as a field's label at a
 * line's start ("f.: 1. juni 1948"). */
static int one_letter_mark(const struct sc *s, size_t ds)
{
    const uint8_t *t = s->t;
    if (ds < 4 || t[ds - 1] != ' ')
        return 0;
    size_t m = ds - 1;
    int colon = t[m - 1] == ':';
    m -= colon;
    if (m < 3 || t[m - 1] != '.' || !(t[m - 2] == 'f' || t[m - 2] == 's' || t[m - 2] == 'n'))
        return 0;
    size_t b = m - 2; /* the mark's letter */
    if (b == 0 || t[b - 1] == '\n')
        return colon;
    if (t[b - 1] != ' ')
        return 0;
    size_t w = b - 1;
    if (colon) { /* "f.: " after spaces only: a form's label */
        while (w > 0 && t[w - 1] == ' ')
            w--;
        return w == 0 || t[w - 1] == '\n';
    }
    if (w > 0 && t[w - 1] == ',')
        w--;       /* "Lindton, Brutor, n. ...": the name before the comma */
    size_t ws = w; /* a capitalised word before it: the person's name */
    while (ws > 0 && w - ws < 32 && (nw_letter(t + ws - 1, 1) || t[ws - 1] >= 0x80))
        ws--;
    if (!(ws < w && w - ws >= 2 && nw_upper(t + ws, s->len - ws)))
        return 0;
    size_t k = ws; /* a name of two words, or one after a list's bullet: not "Fattura n." */
    while (k > 0 && t[k - 1] == ' ')
        k--;
    if (k == ws || k == 0 || t[k - 1] == '\n')
        return 0;
    if (!(nw_letter(t + k - 1, 1) || t[k - 1] >= 0x80 || t[k - 1] == ',' ||
          (t[k - 1] == '.' && k >= 2 && is_digit(t[k - 2])) || t[k - 1] == '-' ||
          (k >= 3 && t[k - 1] == 0xA2 && t[k - 2] == 0x80)))
        return 0; /* a bullet "1." but not "vgl. Handbuch, s. 12.03.2024" */
    if (t[m - 2] != 'f')
        return 1;
    /* "f." is Portuguese and Spanish "falecido", "fallecido" where the sheet marks births
       with a star: a death there, a birth in a Nordic sheet */
    size_t a = ds > 400 ? ds - 400 : 0, z = ds + 400 < s->len ? ds + 400 : s->len;
    for (size_t q = a; q + 2 < z; q++)
        if (t[q] == '*' && (is_digit(t[q + 1]) || (t[q + 1] == ' ' && is_digit(t[q + 2]))))
            return 0;
    return 1;
}

int nw_dob44_birth(const struct sc *s, size_t ds, size_t e)
{
    (void)e;
    return one_letter_mark(s, ds) ||
           (ds >= 2 && s->t[ds - 1] == ' ' && s->t[ds - 2] == ' ' && grid_header(s, ds));
}
