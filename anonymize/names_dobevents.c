/* names_dobevents.c: dates of birth written as an event or as a record's field with no birth word
 * before them, asked by nw_birth_before() (names_dates.c) at a date with none: a life span in a
 * death notice or a family tree ("Anna Keller (4 March 1932 – 9 May 2019)"), GEDCOM's date under
 * "1 BIRT", an age in front of the date ("aged 37 (04.03.1987)", "(63, 10/28/1959)"), a child's
 * date after its name under a children label ("Kinder:\n1. Ana Keller (16.01.2016)"), and a
 * date that ends its line under a line that ends with a birth label (two OCR'd columns run
 * together: "Surname Given Date of birth\nKELLER MARIA 04.03.1987"); and the genealogical star
 * ("(* 4.3.1987)", nw_birth_star()).
 *
 * A death notice's birth date is a DATE_OF_BIRTH: it is personal data of the person named. The
 * death date after it is not (the span's second date has no date after it). Nothing here
 * allocates; every look is bounded to a few hundred bytes around the date.
 */
#include "anonymize/names_internal.h"

#include <string.h>

/* The place word at i is followed by a colon: a Markdown bullet's note ("* 11 March 2024 in
 * Braga: workshop with ..."), not a birthplace ("* 12.03.1962 in Ulm"). */
static int place_opens_a_note(const struct sc *s, size_t i)
{
    size_t e = i;
    while (e < s->len && e - i < 32 &&
           (nw_letter(s->t + e, 1) || s->t[e] >= 0x80 || s->t[e] == '-'))
        e++;
    return e < s->len && s->t[e] == ':';
}

/* The genealogical star before a date at p: "(* 4.X.1942 in Chur)", "Frau X, * 15. August
 * 1934", "Johann Keller\n* 12.03.1962 in Ulm\n† ...". At a line's start, where it may be a
 * Markdown bullet, only with a place after the date ("in", "à", "te", "zu" and a capital) or a
 * death cross (U+2020) in the 160 bytes after it. */
/* Does a line next to the star at k's line hold a star before a digit too, after two spaces
 * ("  * 4")? The register's column of births, not one star in a text. */
static int star_column(const struct sc *s, size_t k)
{
    const uint8_t *t = s->t;
    size_t ls = k, le = k;
    while (ls > 0 && t[ls - 1] != '\n')
        ls--;
    while (le < s->len && t[le] != '\n')
        le++;
    size_t a = ls > 0 ? ls - 1 : 0, e = le + 1 < s->len ? le + 1 : s->len;
    while (a > 0 && t[a - 1] != '\n')
        a--; /* the line before */
    while (e < s->len && t[e] != '\n')
        e++; /* the line after */
    for (size_t i = a; i + 3 < e; i++)
        if ((i < ls || i > le) && t[i] == ' ' && t[i + 1] == ' ' && t[i + 2] == '*' &&
            t[i + 3] == ' ' && i + 4 < e && is_digit(t[i + 4]))
            return 1;
    return 0;
}

int nw_birth_star(const struct sc *s, size_t p)
{
    const uint8_t *t = s->t;
    size_t q = p;
    while (q > 0 && t[q - 1] == ' ')
        q--;
    if (q > 2 && t[q - 1] == ',') { /* "* Toledo, 14-02-1959   † Kiel, ..." */
        size_t w = q - 1;
        while (w > 0 && q - w < 24 && (nw_letter(t + w - 1, 1) || t[w - 1] >= 0x80))
            w--;
        if (w < q - 1 && nw_upper(t + w, s->len - w))
            for (q = w; q > 0 && t[q - 1] == ' ';)
                q--;
    }
    size_t sl = 1; /* '*', or the operator star U+2217 that word processors put for it */
    if (q >= 3 && t[q - 3] == 0xE2 && t[q - 2] == 0x88 && t[q - 1] == 0x97)
        sl = 3;
    else if (q == 0 || t[q - 1] != '*')
        return 0;
    size_t b = q - sl;
    while (b > 0 && t[b - 1] == ' ')
        b--;
    if (b > 0 && (t[b - 1] == '(' || t[b - 1] == ','))
        return 1;
    if (b > 0 && t[b - 1] != '\n' && !(b < q - sl && (nw_letter(t + b - 1, 1) || t[b - 1] >= 0x80)))
        return 0;
    if (b > 0 && t[b - 1] != '\n' && b + 2 <= q - sl && b > 1 && t[b - 2] != ' ' &&
        star_column(s, q - sl))
        return 1; /* "VERHOOKAMP, Lembie  * 17.06.1958  until ...": the star of a register's
                     column, after a name and two spaces (branch forms45) */
    if (b > 0 && t[b - 1] != '\n') { /* "Oriane Ruggeri * 6.3.1983 ⚭ 28.1.2015 ...": a cross or a
                                        marriage sign (U+26AD) near it on the line */
        size_t a = p > 160 ? p - 160 : 0;
        for (size_t i = a; i + 2 < s->len && i < p + 160; i++)
            if (t[i] == 0xE2 &&
                ((t[i + 1] == 0x80 && t[i + 2] == 0xA0) || (t[i + 1] == 0x9A && t[i + 2] == 0xAD)))
                return 1;
        return 0;
    }
    static const char *const at[] = {" in ", " \303\240 ", " te ", " zu "};
    for (size_t i = p; i < s->len && i - p < 160; i++) {
        if (i + 2 < s->len && t[i] == 0xE2 && t[i + 1] == 0x80 && t[i + 2] == 0xA0)
            return 1;
        for (size_t k = 0; k < sizeof at / sizeof at[0] && i - p < 40; k++) {
            size_t n = strlen(at[k]);
            if (i + n < s->len && memcmp(t + i, at[k], n) == 0 &&
                nw_upper(t + i + n, s->len - i - n))
                return !place_opens_a_note(s, i + n);
        }
    }
    return 0;
}

/* The end of the date that starts at p (at its digits or its month word), or 0. */
static size_t date_end(const struct sc *s, size_t p, size_t *ds)
{
    size_t d = p;
    while (d < s->len && d - p < 14 && !is_digit(s->t[d]))
        d++;
    size_t e = d < s->len && is_digit(s->t[d]) ? nw_date_at(s, d, ds) : 0;
    return e && *ds == p ? e : 0;
}

/* The four-digit year (1900..2099) in a date's bytes [a, e), or 0. */
static unsigned year_in(const struct sc *s, size_t a, size_t e)
{
    for (size_t i = a; i + 4 <= e; i++) {
        if ((i > a && is_digit(s->t[i - 1])) || !is_digit(s->t[i]))
            continue;
        unsigned y = 0;
        size_t k = i;
        while (k < e && is_digit(s->t[k]) && k - i < 5)
            y = y * 10 + (unsigned)(s->t[k++] - '0');
        if (k - i == 4 && y >= 1900 && y <= 2099)
            return y;
    }
    return 0;
}

static int at_ci(const struct sc *s, size_t i, const char *w)
{
    size_t n = strlen(w);
    if (i + n > s->len)
        return 0;
    for (size_t k = 0; k < n; k++)
        if ((s->t[i + k] | (s->t[i + k] < 0x80 ? 32 : 0)) != (uint8_t)w[k])
            return 0;
    return 1;
}

/* A dash, a tilde or a death cross between two dates: its width at i, or 0. */
static size_t span_sep(const struct sc *s, size_t i)
{
    const uint8_t *t = s->t;
    if (i < s->len && (t[i] == '-' || t[i] == '~'))
        return 1;
    if (i + 2 < s->len && t[i] == 0xE2 && t[i + 1] == 0x80 &&
        (t[i + 2] == 0x93 || t[i + 2] == 0x94 || t[i + 2] == 0xA0))
        return 3; /* U+2013, U+2014, U+2020 */
    return 0;
}

/* The day and month of a numeric date in [a, e) (the two runs of one or two digits, in their
 * order), or 0. */
static int day_month(const struct sc *s, size_t a, size_t e, unsigned v[2])
{
    int n = 0;
    for (size_t i = a; i < e;) {
        if (!is_digit(s->t[i])) {
            i++;
            continue;
        }
        size_t k = i;
        unsigned x = 0;
        while (k < e && is_digit(s->t[k]))
            x = x * 10 + (unsigned)(s->t[k++] - '0');
        if (k - i <= 2) {
            if (n == 2)
                return 0;
            v[n++] = x;
        }
        i = k;
    }
    return n == 2;
}

/* Two numeric dates a term apart, not a life: the second on the first's anniversary or the day
 * before it ("01.03.2001 - 28.02.2031", a lease; "2001-03-01 - 2031-03-01"). */
static int a_term(const struct sc *s, size_t a1, size_t e1, size_t a2, size_t e2)
{
    unsigned u[2], v[2];
    if (!day_month(s, a1, e1, u) || !day_month(s, a2, e2, v))
        return 0;
    if (u[0] == v[0] && u[1] == v[1])
        return 1;
    for (int o = 0; o < 2; o++) { /* o: which of the two is the day */
        unsigned d1 = u[o], m1 = u[1 - o], d2 = v[o], m2 = v[1 - o];
        if ((m1 == m2 && d2 + 1 == d1) || (d1 == 1 && d2 >= 28 && m2 == (m1 == 1 ? 12 : m1 - 1)))
            return 1;
    }
    return 0;
}

/* Words that make a span of dates a term, not a life, when they stand before it in its
 * paragraph: a marriage, an office or a post, a job, a lease, a membership ("Ehe mit X (16.02.1980
 * – 1. Juli 2020)", "X served as mayor of Y (...)", "X, Head of Sales (...)", "Employment
 * history:\nFirm (...)", "Lease ...\n02/09/1962 – 7/3/2018"). Lower case, at a word's start;
 * "ehe" and "mari" only as whole words ("Ehemalige", "Maria" are no marriage). */
static const char *const term_words[] = {
    "marri",        "wedd",         "heirat",         "verheirat",  "mariage",
    "mari\303\251", "huwelijk",     "getrouwd",       "matrimonio", "casament",
    "casad",        "sposat",       "spouse",         "mayor",      "b\303\274rgermeister",
    "maire",        "burgemeester", "alcalde",        "sindaco",    "prefeit",
    "president",    "chair",        "direct",         "diret",      "gesch\303\244ftsf\303\274hr",
    "ceo ",         "head of",      "manager",        "gerente",    "pastor",
    "pfarrer",      "priest",       "bishop",         "served",     "in office",
    "employ",       "job",          "lease",          "tenant",     "miet",
    "contract",     "vertrag",      "member",         "tenure",     "project",
    "period",       "zeitraum",     "p\303\251riode", "periodo",    "per\303\255odo",
    "reign",        "regier",       "r\303\250gne",   "ehe ",       "mari "};

/* Words of a death notice: with one of them in the paragraph, a span after an office word is
 * still a life ("Former mayor Hans Keller (4 March 1932 – 9 May 2019) died peacefully", "In
 * memory of our director ..."). Lower case, at a word's start. */
static const char *const death_words[] = {"died",
                                          "passed away",
                                          "in memory",
                                          "in loving memory",
                                          "obituary",
                                          "funeral",
                                          "deceased",
                                          "r.i.p",
                                          "verstorben",
                                          "gestorben",
                                          "nachruf",
                                          "trauer",
                                          "d\303\251c\303\251d",
                                          "nous a quitt",
                                          "obs\303\250ques",
                                          "overleden",
                                          "in memoriam",
                                          "falleci",
                                          "muri\303\263",
                                          "morto",
                                          "mancat",
                                          "scompars",
                                          "falece"};

/* Does a term word stand in the 200 bytes before p, in p's paragraph (no blank line between),
 * and no death word in that paragraph up to 200 bytes after p? */
static int term_before(const struct sc *s, size_t p)
{
    const uint8_t *t = s->t;
    size_t a = p > 200 ? p - 200 : 0;
    for (size_t i = p; i > a; i--)
        if (t[i - 1] == '\n' && i >= 2 && t[i - 2] == '\n') {
            a = i;
            break;
        }
    int term = 0;
    for (size_t i = a; i < p && !term; i++) {
        if (i > 0 && (is_alnum(t[i - 1]) || t[i - 1] >= 0x80))
            continue;
        for (size_t k = 0; k < sizeof term_words / sizeof term_words[0] && !term; k++)
            term = (t[i] | 32) == (uint8_t)term_words[k][0] && at_ci(s, i, term_words[k]);
    }
    if (!term)
        return 0;
    for (size_t i = a; i < s->len && i < p + 200; i++) { /* a death notice of an office holder */
        if (i > p && t[i] == '\n' && i + 1 < s->len && t[i + 1] == '\n')
            break;
        if (i + 2 < s->len && t[i] == 0xE2 && t[i + 1] == 0x80 && t[i + 2] == 0xA0)
            return 0; /* U+2020, the death cross */
        if (i > 0 && (is_alnum(t[i - 1]) || t[i - 1] >= 0x80))
            continue;
        for (size_t k = 0; k < sizeof death_words / sizeof death_words[0]; k++)
            if ((t[i] | 32) == (uint8_t)death_words[k][0] && at_ci(s, i, death_words[k]))
                return 0;
    }
    return 1;
}

/* A life span: the date at p opens "(", a line, or follows ", " ("(Nîmes, 19 de junio de 1959 -
 * ...", "(n. 2 gennaio 1974 - m. ...", "Lusine Lindgaard, 04/07/1959 – ..."), and a dash or a
 * cross leads to a second date at least 12 and at most 120 years later that closes the span.
 * A period of a contract or a licence is rarely that long and not written after a name; a
 * marriage, an office or a job named before the span makes it a term (term_before()). */
static int life_span(const struct sc *s, size_t p)
{
    const uint8_t *t = s->t;
    size_t ds, e = date_end(s, p, &ds), q = p;
    while (q > 0 && t[q - 1] == ' ')
        q--;
    if (q >= 3 && t[q - 1] == '.' && (t[q - 2] == 'n' || t[q - 2] == 'b') && t[q - 3] == '(')
        q -= 2; /* "(n. 2 gennaio 1974" */
    if (!e || !(q == 0 || t[q - 1] == '\n' || t[q - 1] == '(' || t[q - 1] == ','))
        return 0;
    unsigned y1 = year_in(s, p, e), y1s = y1 ? 0 : nw_dob7_short_year(s, p, e);
    size_t i = e, n;
    while (i < s->len && t[i] == ' ')
        i++;
    if (!(y1 || y1s) || !(n = span_sep(s, i)))
        return 0;
    size_t from = i + n, d = from;
    while (d < s->len && d - from < 28 && !is_digit(t[d]) &&
           (t[d] == ' ' || t[d] == ',' || t[d] == '.' || t[d] >= 0x80 || nw_letter(t + d, 1) ||
            span_sep(s, d)))
        d++;
    size_t ds2, e2 = d < s->len && is_digit(t[d]) ? nw_date_at(s, d, &ds2) : 0;
    unsigned y2 = e2 ? year_in(s, ds2, e2) : 0;
    unsigned y2s = y1 && !y2 && e2 ? nw_dob7_short_year(s, ds2, e2) : 0;
    if (y1s && y2) /* "* 11.09.54 – 28.04.2026": the century that makes it a life (dob7) */
        y1 = nw_dob7_widen(y1s, y2, 0);
    else if (y2s && (y2 = nw_dob7_widen(y2s, y1, 1)) > 2030)
        y2 = 0; /* no death to come: "03.05.2021 - 17.11.24" is a term */
    if (!y1 || !y2 || y2 < y1 + 12 || y2 > y1 + 120 || a_term(s, p, e, ds2, e2))
        return 0;
    return (e2 == s->len || strchr(").,;\n\r ", t[e2]) != NULL) && !term_before(s, p);
}

/* GEDCOM: "1 BIRT\n2 DATE 4 MAR 1932". */
static int gedcom_birth(const struct sc *s, size_t p)
{
    const uint8_t *t = s->t;
    if (p < 14 || memcmp(t + p - 7, "2 DATE ", 7) != 0 || t[p - 8] != '\n')
        return 0;
    size_t b = p - 8;
    if (b > 0 && t[b - 1] == '\r')
        b--;
    while (b > 0 && t[b - 1] == ' ')
        b--;
    return b >= 6 && memcmp(t + b - 6, "1 BIRT", 6) == 0 && (b == 6 || t[b - 7] == '\n');
}

/* The word that ends at k (after spaces): its start, or k. */
static size_t word_before(const struct sc *s, size_t k, size_t *end)
{
    while (k > 0 && s->t[k - 1] == ' ')
        k--;
    *end = k;
    size_t b = k;
    while (b > 0 && k - b < 16 && s->t[b - 1] != ' ' && s->t[b - 1] != '\n' && s->t[b - 1] != '(' &&
           s->t[b - 1] != ',')
        b--;
    return b;
}

/* An age of one to three digits at [b, e): 1 and its value in *age, or 0. */
static int is_age_number(const struct sc *s, size_t b, size_t e, unsigned *age)
{
    if (e <= b || e - b > 3)
        return 0;
    *age = 0;
    for (size_t i = b; i < e; i++) {
        if (!is_digit(s->t[i]))
            return 0;
        *age = *age * 10 + (unsigned)(s->t[i] - '0');
    }
    return 1;
}

/* An age before the date in parentheses: "aged 37 (...)", "37 years old (...)", "63 Jahre alt
 * (...)", "Alter: 39 J. (...)", "71 ans (...)", "de 39 años (...)", or the age inside them:
 * "(63, 10/28/1959)". Its value in *age. */
static int age_at(const struct sc *s, size_t p, unsigned *age)
{
    static const char *const unit[] = {"years",       "yrs",  "yo",   "y/o",
                                       "jahre",       "j.",   "ans",  "jaar",
                                       "a\303\261os", "anni", "anos", "\303\245r"};
    static const char *const aged[] = {"aged", "age", "alter:", "\303\242g\303\251", "edad:"};
    const uint8_t *t = s->t;
    size_t k = p, we, wb;
    while (k > 0 && t[k - 1] == ' ')
        k--;
    if (k > 0 && t[k - 1] == ',') { /* "(63, 10/28/1959)" */
        wb = word_before(s, k - 1, &we);
        return is_age_number(s, wb, we, age) && wb > 1 && t[wb - 1] == '(' &&
               t[wb - 2] == ' '; /* prose, not a call: "f(3, 2020-01-01)" */
    }
    if (k == 0 || t[k - 1] != '(')
        return 0;
    wb = word_before(s, k - 1, &we);
    if (we - wb == 3 && at_ci(s, wb, "alt")) /* "37 Jahre alt", "37 years old" */
        wb = word_before(s, wb, &we);
    else if (we - wb == 3 && at_ci(s, wb, "old"))
        wb = word_before(s, wb, &we);
    if (is_age_number(s, wb, we, age)) { /* "aged 37 (" */
        size_t ae, ab = word_before(s, wb, &ae);
        for (size_t i = 0; i < sizeof aged / sizeof aged[0]; i++)
            if (ae - ab == strlen(aged[i]) && at_ci(s, ab, aged[i]))
                return 1;
        return 0;
    }
    for (size_t i = 0; i < sizeof unit / sizeof unit[0]; i++)
        if (we - wb == strlen(unit[i]) && at_ci(s, wb, unit[i])) {
            size_t ne, nb = word_before(s, wb, &ne);
            return is_age_number(s, nb, ne, age);
        }
    size_t d = wb; /* "37yo (" */
    while (d < we && is_digit(t[d]))
        d++;
    return d > wb && d - wb <= 3 && we - d == 2 && at_ci(s, d, "yo") &&
           is_age_number(s, wb, d, age);
}

/* An age before the date that the date's year can be a birth of: the year plus the age is the
 * year the age was stated, at the latest 2040. "aged 37 (28 September 2025)", "46 years old (2
 * October 2013)" are a visit's or a race's date beside an age, not a birth. */
static int age_before(const struct sc *s, size_t p)
{
    unsigned age = 0;
    if (!age_at(s, p, &age))
        return 0;
    size_t ds, e = date_end(s, p, &ds);
    unsigned y = e ? year_in(s, p, e) : 0;
    return !y || y + age <= 2040;
}

/* Is the date at p the end of a list item "- Name, DATE", "1. Name – DATE" (a marker '-', '*',
 * '•' or a number at its line's start, a name, then ", " or a dash)? */
static int after_name_in_item(const struct sc *s, size_t p)
{
    const uint8_t *t = s->t;
    size_t q = p;
    if (q < 4 || t[q - 1] != ' ')
        return 0;
    q--;
    if (t[q - 1] == ',')
        q--;
    else if (t[q - 1] == '-' && t[q - 2] == ' ')
        q -= 2;
    else if (q >= 5 && t[q - 3] == 0xE2 && t[q - 2] == 0x80 &&
             (t[q - 1] == 0x93 || t[q - 1] == 0x94) && t[q - 4] == ' ')
        q -= 4;
    else
        return 0;
    if (!(nw_letter(t + q - 1, 1) || t[q - 1] >= 0x80))
        return 0;
    size_t ls = q;
    while (ls > 0 && t[ls - 1] != '\n' && q - ls < 80)
        ls--;
    if (ls > 0 && t[ls - 1] != '\n')
        return 0;
    while (ls < q && t[ls] == ' ')
        ls++;
    size_t m = ls;
    while (m < q && m - ls < 3 && is_digit(t[m]))
        m++;
    if (m > ls && m < q && (t[m] == '.' || t[m] == ')'))
        m++;
    else if (m == ls && (t[m] == '-' || t[m] == '*'))
        m++;
    else if (m == ls && m + 3 < q && t[m] == 0xE2 && t[m + 1] == 0x80 && t[m + 2] == 0xA2)
        m += 3;
    else
        return 0;
    return m < q && t[m] == ' ';
}

/* A child's date after its name, "(16.01.2016)" or a list item's "- Name, 16.01.2016", under a
 * children label in the 320 bytes before ("Children:", "Kinder:", "Enfants à charge :",
 * "Hijos:", "Figli:", "Filhos:", "Dzieci:", "Děti:", "Barn:"...). */
static int child_in_list(const struct sc *s, size_t p)
{
    static const char *const labels[] = {"children", "kinder",      "enfants",    "hijos",
                                         "hijas",    "figli",       "filhos",     "kids",
                                         "dzieci",   "d\xc4\x9bti", "barn",       "b\xc3\xb8rn",
                                         "lapset",   "gyermekek",   "gyerekek",   "\xc3\xa7ocuklar",
                                         "copii",    "paidia",      "dependants", "dependents"};
    const uint8_t *t = s->t;
    if (p < 4 ||
        !((t[p - 1] == '(' && t[p - 2] == ' ' && (nw_letter(t + p - 3, 1) || t[p - 3] >= 0x80)) ||
          after_name_in_item(s, p)))
        return 0;
    for (size_t i = p > 320 ? p - 320 : 0; i < p; i++) {
        if (i > 0 && nw_letter(t + i - 1, 1))
            continue;
        for (size_t k = 0; k < sizeof labels / sizeof labels[0]; k++) {
            size_t n = strlen(labels[k]), c = i + n;
            if (!at_ci(s, i, labels[k]))
                continue;
            if (c + 2 < p && t[c] == 'e' && t[c + 1] == 'n')
                c += 2; /* "Kinderen:" */
            if (c < p && (nw_letter(t + c, 1) || t[c] >= 0x80))
                continue; /* "Kindergarten" */
            for (size_t q = c; q < p && q - c < 24 && t[q] != '\n'; q++)
                if (t[q] == ':')
                    return 1; /* "Kinder:", "Enfants à charge :" */
        }
    }
    return 0;
}

/* The date is the first on its line, after it at most one more date ends the line, and the
 * line above ends with a birth label: two columns of an OCR'd form run together ("Surname Given
 * Date of birth\nKELLER MARIA 04.03.1987", the next field's date read onto the line: "...
 * 04.03.1987  12.05.2019"; that second date is not the birth's). */
static int under_last_label(const struct sc *s, size_t p)
{
    const uint8_t *t = s->t;
    size_t ds, e = date_end(s, p, &ds), ls = p;
    int two = 0;
    if (!e)
        return 0;
    while (e < s->len && (t[e] == ' ' || t[e] == '\r'))
        e++;
    if (e < s->len && is_digit(t[e])) { /* one more date, then the line's end */
        size_t ds2, e2 = nw_date_at(s, e, &ds2);
        if (!e2 || ds2 != e)
            return 0;
        two = 1;
        for (e = e2; e < s->len && (t[e] == ' ' || t[e] == '\r');)
            e++;
    }
    if (e < s->len && t[e] != '\n')
        return 0;
    while (ls > 0 && t[ls - 1] != '\n') {
        size_t ds0;
        if (t[--ls] == ':')
            return 0; /* the line has a label of its own */
        if (is_digit(t[ls]) && (ls == 0 || !is_alnum(t[ls - 1])) && nw_date_at(s, ls, &ds0))
            return 0; /* an earlier date: this one is the next field's */
    }
    if (ls == 0 || ls == p)
        return 0; /* a date alone under its label is birth_reaches()'s */
    size_t b = ls - 1, a;
    while (b > 0 && (t[b - 1] == ' ' || t[b - 1] == '\r'))
        b--;
    a = b;
    while (a > 0 && t[a - 1] != '\n' && b - a < 40)
        a--;
    for (size_t i = a; two && i + 1 < b; i++)
        if (t[i] == ' ' && t[i + 1] == ' ')
            return 0; /* spaced header cells: a fixed-width table, fixed_column()'s */
    for (size_t i = a; i < b; i++) {
        if (is_digit(t[i]) || t[i] == ':')
            return 0;
        size_t n;
        if ((i == 0 || !is_alnum(t[i - 1])) && (n = nw_birth_word_at(s, i, b))) {
            for (size_t k = i + n; k < b; k++)
                if (!(nw_letter(t + k, 1) || t[k] >= 0x80))
                    return 0; /* "Geburtsdatum", "Date of birth"; not "DOB   Joined" */
            return b - i <= 24;
        }
    }
    return 0;
}

/* A numbered form read line by line: "1. Date of birth\n2. Place of birth\n1. 08/01/1986": the
 * date after "N. " at its line's start answers the line above (up to 8 lines) that opens with the
 * same "N. " and holds a birth word, no digit and no place word. */
static int numbered_label(const struct sc *s, size_t p)
{
    static const char *const place[] = {"place", "lieu", "lugar", "luogo", "local"};
    static const char *const place_after[] = {"ort", "plaats", "place"};
    const uint8_t *t = s->t;
    size_t ls = p;
    while (ls > 0 && t[ls - 1] != '\n' && p - ls < 6)
        ls--;
    size_t n = 0;
    while (ls + n < p && is_digit(t[ls + n]))
        n++;
    if ((ls > 0 && t[ls - 1] != '\n') || n == 0 || n > 2 || ls + n + 2 != p || t[ls + n] != '.' ||
        t[ls + n + 1] != ' ')
        return 0;
    size_t b = ls;
    for (int lines = 0; b > 0 && lines < 8; lines++) {
        size_t a = b - 1;
        while (a > 0 && t[a - 1] != '\n')
            a--;
        if (b - 1 - a > n + 2 && memcmp(t + a, t + ls, n + 2) == 0) {
            int birth = 0;
            for (size_t i = a + n + 2, w; i < b - 1; i++) {
                if (is_digit(t[i]))
                    return 0;
                if (is_alnum(t[i - 1]) || t[i - 1] >= 0x80)
                    continue; /* the checks below at a word's start */
                for (size_t k = 0; k < sizeof place / sizeof place[0]; k++)
                    if (at_ci(s, i, place[k]))
                        return 0; /* "Place of birth", "Lieu de naissance" */
                if ((w = nw_birth_word_at(s, i, b - 1))) {
                    for (size_t k = 0; k < sizeof place_after / sizeof place_after[0]; k++)
                        if (at_ci(s, i + w, place_after[k]))
                            return 0; /* "Geburtsort", "Geboorteplaats" */
                    birth = 1;
                }
            }
            return birth;
        }
        b = a;
    }
    return 0;
}

size_t nw_vcard_bday(const struct sc *s, size_t i, size_t *ds)
{
    const uint8_t *t = s->t;
    size_t e = i + 4, ls = i - 2;
    if (i < 8 || t[i - 3] != ':' || e > s->len || !is_digit(t[i + 1]))
        return 0;
    unsigned m = (unsigned)(t[i] - '0') * 10 + (unsigned)(t[i + 1] - '0'), d;
    if (t[i + 2] == '-')
        e++;
    if (e > s->len || !is_digit(t[e - 2]) || !is_digit(t[e - 1]) || (e < s->len && is_alnum(t[e])))
        return 0;
    d = (unsigned)(t[e - 2] - '0') * 10 + (unsigned)(t[e - 1] - '0');
    while (ls > 0 && t[ls - 1] != '\n' && i - ls < 40)
        ls--;
    if (m < 1 || m > 12 || d < 1 || d > 31 || !(ls == 0 || t[ls - 1] == '\n') ||
        !at_ci(s, ls, "bday") || (t[ls + 4] != ':' && t[ls + 4] != ';'))
        return 0;
    *ds = i - 2;
    return e;
}

/* A patient's wristband or label, a record number ("MRN") in the 80 bytes before the date: the
 * date then the age it gives today in parentheses ("02/07/1935 (91y)", the year and the age
 * summing to 2000..2050), or the sex alone after it ("06/01/1957  M"). */
static int wristband(const struct sc *s, size_t p)
{
    const uint8_t *t = s->t;
    size_t ds, e = date_end(s, p, &ds);
    unsigned y = e ? year_in(s, p, e) : 0, age = 0;
    int mrn = 0;
    for (size_t k = p > 80 ? p - 80 : 0; y && k + 3 <= p && !mrn; k++)
        mrn = memcmp(t + k, "MRN", 3) == 0;
    if (!mrn)
        return 0;
    size_t i = e;
    if (i + 4 < s->len && t[i] == ' ' && t[i + 1] == '(' && is_digit(t[i + 2])) {
        for (i += 2; i < s->len && is_digit(t[i]) && age < 1000;)
            age = age * 10 + (unsigned)(t[i++] - '0');
        if (i < s->len && t[i] == ' ')
            i++;
        if (i + 1 < s->len && (t[i] == 'y' || t[i] == 'Y') && t[i + 1] == ')')
            return y + age >= 2000 && y + age <= 2050;
        return 0;
    }
    while (i < s->len && t[i] == ' ')
        i++;
    if (i < e + 2 || i >= s->len || (t[i] != 'M' && t[i] != 'F') ||
        (i + 1 < s->len && t[i + 1] != ' ' && t[i + 1] != '\n' && t[i + 1] != '\r'))
        return 0;
    return 1;
}

/* Is the line that ends at le (its '\n') the licence's field n ("1. KELLER", "2. MARIA"): the
 * digit, ". ", then a name in capitals, no digit? Its start, or SIZE_MAX. */
static size_t licence_name_line(const struct sc *s, size_t le, char n)
{
    const uint8_t *t = s->t;
    size_t b = le;
    while (b > 0 && t[b - 1] != '\n' && le - b < 64)
        b--;
    if (le - b < 5 || (b > 0 && t[b - 1] != '\n') || t[b] != (uint8_t)n || t[b + 1] != '.' ||
        t[b + 2] != ' ')
        return SIZE_MAX;
    for (size_t i = b + 3; i < le; i++)
        if (!((t[i] >= 'A' && t[i] <= 'Z') || t[i] >= 0x80 || strchr(" -'\r", t[i])))
            return SIZE_MAX;
    return b;
}

/* The EU driving licence's numbered fields (Directive 2006/126/EC): "3." is the date and place
 * of birth, "4a." the date of issue. A date after "3. " at its line's start is a birth when a
 * "4a." or "4b." field follows within 80 bytes ("3. 15.08.1989 Namur\n4a. 08.06.2024"), or when
 * the two lines above it are fields 1 and 2, the names in capitals ("1. KELLER\n2. MARIA\n3.
 * 15.08.1989 Namur", a licence copied without its later fields). */
static int eu_licence_field(const struct sc *s, size_t p)
{
    const uint8_t *t = s->t;
    size_t ls = p;
    while (ls > 0 && t[ls - 1] == ' ' && p - ls < 3)
        ls--;
    if (ls < 2 || t[ls - 1] != '.' || t[ls - 2] != '3' || (ls > 2 && t[ls - 3] != '\n'))
        return 0;
    size_t two = ls > 3 ? licence_name_line(s, ls - 3, '2') : SIZE_MAX;
    if (two != SIZE_MAX && two > 0 && licence_name_line(s, two - 1, '1') != SIZE_MAX)
        return 1;
    size_t ds, e = date_end(s, p, &ds);
    for (size_t i = e; e && i + 3 < s->len && i - e < 80; i++)
        if ((t[i] == '\n' || t[i] == ' ') && t[i + 1] == '4' &&
            (t[i + 2] == 'a' || t[i + 2] == 'b') && t[i + 3] == '.')
            return 1;
    return 0;
}

int nw_birth_event(const struct sc *s, size_t p)
{
    return life_span(s, p) || gedcom_birth(s, p) || age_before(s, p) || child_in_list(s, p) ||
           under_last_label(s, p) || numbered_label(s, p) || wristband(s, p) ||
           eu_licence_field(s, p);
}

/* A spreadsheet's date serial (days since 1899-12-30) as a birth cell's or key's value, the
 * cell ending right after it ("Geb.-Datum\n19641", "DOB: 31677"), between 1900 and an adult's
 * newest year, and a birth word before it that reaches it (branch dob13). Its start + 1, or 0. */
static size_t excel_serial(const struct sc *s, size_t i, size_t d)
{
    const uint8_t *t = s->t;
    if (i == 0 || !strchr(" \t\n:=;,|\"", t[i - 1]) || (d < s->len && !strchr("\t\r\n;,|\"", t[d])))
        return 0;
    unsigned v = 0;
    for (size_t q = i; q < d; q++)
        v = v * 10 + (unsigned)(t[q] - '0');
    unsigned newest = (nw_dob10_newest_year() - 1900) * 365 + (nw_dob10_newest_year() - 1900) / 4;
    if (v < 367 || v > newest)
        return 0;
    size_t ls = i;
    while (ls > 0 && t[ls - 1] != '\n')
        ls--;
    unsigned col = 0;
    uint8_t sep = 0;
    for (size_t k = ls; k < i; k++)
        if (t[k] == '\t' || t[k] == ',' || t[k] == ';' || t[k] == '|')
            sep = sep ? sep : t[k], col += t[k] == sep;
    size_t q = d < s->len && t[d] == '"' ? d + 1 : d;
    if (!sep && q < s->len && (t[q] == '\t' || t[q] == ',' || t[q] == ';' || t[q] == '|'))
        sep = t[q]; /* the row's first cell */
    if (!sep)       /* "DOB: 31677", "Date of birth (Excel): 16950", "Geb.-Datum\n19641" */
        return nw_birth_before(s, i) ? i + 1 : 0;
    if (ls < 2) /* a row: the header's cell over it names the birth ("DOB\tName\n24797\t...") */
        return 0;
    size_t he = ls - 1, hs = he;
    while (hs > 0 && t[hs - 1] != '\n')
        hs--;
    unsigned c = 0;
    for (size_t k = hs; k < he && c <= col; k++) {
        if (t[k] == sep)
            c++;
        else if (c == col && (k == hs || !is_alnum(t[k - 1])) && nw_birth_word_at(s, k, he))
            return i + 1;
    }
    return 0;
}

/* A Unix timestamp as a birth key's value: seconds (9 or 10 digits) or milliseconds (11 to 13),
 * negative before 1970 ("\"dob\": 541814400", "dateOfBirth: -938822400000"), between 1900 and
 * 2030, right after the key's ':' or '=' (a quote and spaces between), and a birth word before
 * it that reaches it (nw_birth_before(): "\"created\": 1712345678" after the birth's own value
 * does not). Its start + 1 (the '-' included), or 0. */
size_t nw_birth_timestamp(const struct sc *s, size_t i, size_t d)
{
    const uint8_t *t = s->t;
    size_t n = d - i, k = i, b;
    if (n == 5)
        return excel_serial(s, i, d);
    int neg = i > 0 && t[i - 1] == '-';
    k -= (size_t)neg;
    if (n > 13 || (n < 9 && !neg) || (d < s->len && (is_alnum(t[d]) || t[d] == '.')))
        return 0;
    int64_t v = 0;
    for (size_t q = i; q < d; q++)
        v = v * 10 + (t[q] - '0');
    if (n >= 11)
        v /= 1000;
    if (neg)
        v = -v;
    if (v < -2208988800LL || v > 1893456000LL || (v >= 0 && v < 100000000LL && n < 11))
        return 0; /* 1900 .. 2030, and no small count of seconds (milliseconds of 1970-1973
                     are births too: "\"date_of_birth\":\"90892800000\"") */
    for (b = k; b > 0 && k - b < 4 && (t[b - 1] == ' ' || t[b - 1] == '"');)
        b--;
    if (b == 0 || (t[b - 1] != ':' && t[b - 1] != '='))
        return 0;
    return nw_birth_before(s, k) ? k + 1 : 0;
}

/* The pass's visit of a digit after " -" or ":-" (no word starts there): a negative timestamp as
 * a birth key's value, a birth before 1970. */
int nw_neg_timestamp(struct sc *s, size_t i, size_t *next)
{
    size_t d = i, b;
    while (d < s->len && is_digit(s->t[d]) && d - i < 14)
        d++;
    if (!(s->kinds & (1u << ANON_NAMES_DOB)) || d - i < 8 || !(b = nw_birth_timestamp(s, i, d)))
        return 0;
    *next = d;
    return s->emit(s->arg, ANON_NAMES_DOB, b - 1, d);
}
