/* names_dates.c: the NAMES pack's dates of birth, called by the pass in names.c at digit runs
 * that start a word (and by its table reader for a birth-date column).
 *
 * A date is a date of birth only when a birth word belongs to it: one in the 96 bytes before it
 * with no other number, no other line's label and no word of another event between them ("DOB:
 * 4.3.1987", "born on March 4, 1987", "Date of birth\n1987-03-04"; not "Place of birth: Lyon,
 * admitted 4 May 2024"), one right after it ("1987-03-04 (date of birth)", "am 4.3.1987
 * geboren"), the genealogical star ("(* 4.3.1987)") or a birth written as an event ("(4 March
 * 1932 – 9 May 2019)", names_dobevents.c), or a table header above its cell (names_dobcols.c).
 * The birth words and their reach are in names_births.c. Nothing here allocates.
 */
#include "anonymize/names_internal.h"

#include <string.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

/* Digits at i: their value and end, at most max of them. */
static size_t num_at(const struct sc *s, size_t i, size_t max, unsigned *v)
{
    size_t j = i;
    *v = 0;
    while (j < s->len && is_digit(s->t[j]) && j - i < max + 1)
        *v = *v * 10 + (unsigned)(s->t[j++] - '0');
    return (j == i || j - i > max) ? 0 : j;
}

static int year_ok(unsigned y, size_t digits)
{
    return digits == 2 || (y >= 1900 && y <= 2099);
}

/* Portuguese months the shared list (names_words.c) lacks, and their abbreviations; "out" is
 * October only here, inside a date ("27 out. 1988"); French "avr" written without its dot. */
static const char *const months_pt[] = {"fevereiro", "fev",      "mar\303\247o", "maio",
                                        "junho",     "julho",    "setembro",     "outubro",
                                        "out",       "novembro", "avr"};

/* nw_month_more()'s month at i, with an abbreviation's dot when a year follows it ("10 Jui.
 * 2009", "19 Aoû. 1956"). */
static size_t month_more_dot(const struct sc *s, size_t i)
{
    size_t m = nw_month_more(s, i);
    return m && m + 2 < s->len && s->t[m] == '.' && s->t[m + 1] == ' ' && is_digit(s->t[m + 2])
               ? m + 1
               : m;
}

/* A month name at i ("March", "März", "mars", "Sept.", "março"): its end, or 0. */
static size_t month_at(const struct sc *s, size_t i)
{
    size_t e = i;
    if (i >= s->len)
        return 0;
    int shared = nw_may_be(s->t + i, s->len - i, C_MONTH) != 0;
    if (!shared && !(i + 3 <= s->len &&
                     ((s->t[i] | 32) == 'f' || (s->t[i] | 32) == 'o' || (s->t[i] | 32) == 'a') &&
                     (((s->t[i + 1] | 32) == 'e' && (s->t[i + 2] | 32) == 'v') ||
                      ((s->t[i + 1] | 32) == 'u' && (s->t[i + 2] | 32) == 't') ||
                      ((s->t[i + 1] | 32) == 'v' && (s->t[i + 2] | 32) == 'r'))))
        return month_more_dot(s, i); /* "fev", "out", "avr": months_pt[]'s prefixes */
    while (e < s->len && e - i < 12 && nw_letter(s->t + e, s->len - e))
        e += nw_letter(s->t + e, s->len - e);
    char buf[16];
    const char *f = e > i ? nw_fold_span(s, i, e, buf, sizeof buf) : NULL;
    if (!f || !((shared && nw_month(f)) || NW_ONE_OF(f, months_pt)))
        return shared ? month_more_dot(s, i) : 0;
    return e < s->len && s->t[e] == '.' ? e + 1 : e;
}

/* Is t[a .. b) a month's whole name, no abbreviation: six bytes or more ("december",
 * "sierpnia"), or a short one that is whole ("May", "juin", "Juli", "mars", "maj")? */
static int whole_month(const struct sc *s, size_t a, size_t b)
{
    static const char *const short_whole[] = {"may",   "mai",   "mei",   "maj",   "mayo", "maggio",
                                              "june",  "july",  "juin",  "juni",  "juli", "mars",
                                              "april", "avril", "abril", "march", "marzo"};
    if (b - a >= 6)
        return 1;
    char buf[16];
    const char *f = nw_fold_span(s, a, b, buf, sizeof buf);
    return f && NW_ONE_OF(f, short_whole);
}

/* A space as dates are typeset: ' ', U+00A0, U+2009 (thin), U+202F (narrow no-break). Its
 * width at i, or 0; sp_before() the same for one that ends at i. */
static inline __attribute__((always_inline)) size_t sp_len(const struct sc *s, size_t i)
{
    const uint8_t *t = s->t;
    if (i >= s->len || t[i] < 0xC2)
        return i < s->len && t[i] == ' ';
    if (i + 1 < s->len && t[i] == 0xC2 && t[i + 1] == 0xA0)
        return 2;
    if (i + 2 < s->len && t[i] == 0xE2 && t[i + 1] == 0x80 &&
        (t[i + 2] == 0x89 || t[i + 2] == 0xAF))
        return 3;
    return 0;
}

static inline __attribute__((always_inline)) size_t sp_before(const struct sc *s, size_t i)
{
    const uint8_t *t = s->t;
    if (i == 0 || t[i - 1] < 0x80)
        return i > 0 && t[i - 1] == ' ';
    if (i >= 2 && t[i - 2] == 0xC2 && t[i - 1] == 0xA0)
        return 2;
    if (i >= 3 && t[i - 3] == 0xE2 && t[i - 2] == 0x80 && (t[i - 1] == 0x89 || t[i - 1] == 0xAF))
        return 3;
    return 0;
}

static inline __attribute__((always_inline)) size_t skip_sp(const struct sc *s, size_t i)
{
    size_t n;
    while ((n = sp_len(s, i)))
        i += n;
    return i;
}

/* The separator between a numeric date's parts at j: '-', '/', '.', a Unicode hyphen or dash
 * (U+2010..U+2013, read as '-'), or '/' or '-' between two spaces ("28 / 11 / 1993", as OCR
 * reads a form). Its width and in *c the character it stands for, or 0. The second separator
 * of a date is the same bytes as the first (same_sep). */
static inline __attribute__((always_inline)) size_t sep_at(const struct sc *s, size_t j, char *c)
{
    const uint8_t *t = s->t;
    size_t a, b;
    if (j >= s->len)
        return 0;
    if (t[j] == '-' || t[j] == '/' || t[j] == '.') {
        *c = (char)t[j];
        return 1;
    }
    if (j + 2 < s->len && t[j] == 0xE2 && t[j + 1] == 0x80 && t[j + 2] >= 0x90 &&
        t[j + 2] <= 0x93) {
        *c = '-';
        return 3;
    }
    if ((a = sp_len(s, j)) && j + a < s->len && (t[j + a] == '/' || t[j + a] == '-') &&
        (b = sp_len(s, j + a + 1))) {
        *c = (char)t[j + a];
        return a + 1 + b;
    }
    return 0;
}

static int same_sep(const struct sc *s, size_t j, size_t n, size_t k)
{
    return k + n < s->len && memcmp(s->t + j, s->t + k, n) == 0;
}

/* A day, a Roman-numeral month and a four-digit year: "4.III.1987", "4. III. 1987", "4 III 1987"
 * (Central and Eastern Europe, Italy, old forms). j is where the day's digits end. */
static size_t roman_date(const struct sc *s, size_t j, unsigned day)
{
    static const char *const roman[] = {"I",   "II",   "III", "IV", "V",  "VI",
                                        "VII", "VIII", "IX",  "X",  "XI", "XII"};
    const uint8_t *t = s->t;
    size_t n = j < s->len && t[j] == '.'                    ? 1 + sp_len(s, j + 1)
               : j < s->len && (t[j] == '/' || t[j] == '-') ? 1 /* "27/II/1949" */
                                                            : sp_len(s, j),
           r = j + n, re = r;
    unsigned y;
    if (!n || day < 1 || day > 31)
        return 0;
    while (re < s->len && re - r < 5 && (t[re] == 'I' || t[re] == 'V' || t[re] == 'X'))
        re++;
    if (re == r || re - r > 4 || !same_sep(s, j, n, re))
        return 0;
    char buf[8];
    memcpy(buf, t + r, re - r);
    buf[re - r] = 0;
    if (!NW_ONE_OF(buf, roman))
        return 0;
    size_t e = num_at(s, re + n, 4, &y);
    return e && e - re - n == 4 && year_ok(y, 4) ? e : 0;
}

/* "19870304": eight digits that read as a year from 1900 to 2099, a month and a day. */
static size_t compact_date(const struct sc *s, size_t i)
{
    const uint8_t *t = s->t;
    size_t d = i;
    while (d < s->len && d - i < 9 && is_digit(t[d]))
        d++;
    if (d - i != 8)
        return 0;
    unsigned y = 0, m, dd;
    for (size_t k = 0; k < 4; k++)
        y = y * 10 + (unsigned)(t[i + k] - '0');
    m = (unsigned)(t[i + 4] - '0') * 10 + (unsigned)(t[i + 5] - '0');
    dd = (unsigned)(t[i + 6] - '0') * 10 + (unsigned)(t[i + 7] - '0');
    return year_ok(y, 4) && m >= 1 && m <= 12 && dd >= 1 && dd <= 31 ? d : 0;
}

/* "de " / "of " / "del " between the parts of a spelled date. */
static size_t skip_de(const struct sc *s, size_t i)
{
    if (i >= s->len || ((s->t[i] | 32) != 'd' && s->t[i] != 'o'))
        return i;
    if (i + 3 < s->len && s->t[i] == 'D' && s->t[i + 1] == 'E' && sp_len(s, i + 2))
        return skip_sp(s, i + 2); /* "4 DE OUTUBRO DE 1979": a form in capitals */
    if (i + 8 < s->len && memcmp(s->t + i, "day of", 6) == 0 && sp_len(s, i + 6))
        return skip_sp(s, i + 6); /* a deed's "the 4th day of March, 1987" (branch dob42) */
    if (i + 3 < s->len && sp_len(s, i + 2) &&
        ((s->t[i] == 'd' && s->t[i + 1] == 'e') || (s->t[i] == 'o' && s->t[i + 1] == 'f')))
        return skip_sp(s, i + 2);
    if (i + 4 < s->len && memcmp(s->t + i, "del", 3) == 0 && sp_len(s, i + 3))
        return skip_sp(s, i + 3); /* "4 de marzo del 1987" */
    return i;
}

/* The start of a month word that ends at p ("Mar" of "Mar-04-1987"), or 0 when there is none. */
static size_t month_ending_at(const struct sc *s, size_t p)
{
    const uint8_t *t = s->t;
    size_t ms = p;
    while (ms > 0 && p - ms < 12 &&
           (t[ms - 1] >= 0x80 || ((t[ms - 1] | 32) >= 'a' && (t[ms - 1] | 32) <= 'z') ||
            t[ms - 1] == '.'))
        ms--;
    return ms < p && month_at(s, ms) == p ? ms + 1 : 0;
}

static size_t date_at(const struct sc *s, size_t i, size_t *ds);

/* The year after a month name at y: four digits, or two ("4 Mar 87", "4. August 33") that no
 * time of day or further digits follow. Its end, or 0. */
static size_t year_after_month(const struct sc *s, size_t y)
{
    unsigned c;
    size_t e = num_at(s, y, 4, &c);
    if (e && e - y == 4 && year_ok(c, 4))
        return e;
    size_t q = y < s->len && s->t[y] == '\'' ? y + 1 : y; /* "25 May '01", "12 Nov ’10" */
    if (q == y && y + 3 <= s->len && memcmp(s->t + y, "\342\200\231", 3) == 0)
        q = y + 3;
    if (!e && q > y) {
        e = num_at(s, q, 2, &c);
        return e && e - q == 2 && !(e < s->len && (is_alnum(s->t[e]) || s->t[e] == ':')) ? e : 0;
    }
    if (e && e - y == 2 &&
        !(e < s->len && (s->t[e] == ':' || s->t[e] == '/' ||
                         (s->t[e] == '.' && e + 1 < s->len && is_digit(s->t[e + 1])))))
        return e;
    return 0;
}

/* A date followed by a time of day ("2023-02-17 11:57:29", "1970-01-01T00:00") is a timestamp:
 * `stat` prints "Birth:" before one, and no one writes a birth date with the second it happened. */
static int time_follows(const struct sc *s, size_t e)
{
    const uint8_t *t = s->t;
    if (e < s->len && (t[e] == ' ' || t[e] == 'T' || t[e] == ','))
        e++;
    while (e < s->len && t[e] == ' ')
        e++;
    return e + 4 < s->len && is_digit(t[e]) && is_digit(t[e + 1]) && t[e + 2] == ':' &&
           is_digit(t[e + 3]) && is_digit(t[e + 4]);
}

/* A date that starts with the digits at i (or with the month word before them). Returns its end
 * and its start in *ds, or 0 (also for a date that is part of a timestamp). */
/* A weekday named before a date that starts at ds ("Wednesday, March 4, 1987", "Mittwoch, 4.
 * März 1987", "mercredi 4 mars 1987"): where it starts, or ds. */
static size_t weekday_before(const struct sc *s, size_t ds)
{
    static const char *const days[] = {
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "montag",
        "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag", "lundi", "mardi",
        "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "maandag", "dinsdag", "woensdag",
        "donderdag", "vrijdag", "zaterdag", "zondag", "lunes", "martes", "mi\303\251rcoles",
        "jueves", "viernes", "s\303\241bado", "domingo", "luned\303\254", "marted\303\254",
        "mercoled\303\254", "gioved\303\254", "venerd\303\254", "sabato", "domenica",
        /* English abbreviations (branch dob14): "Wed, 4 March" */
        "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun"};
    const uint8_t *t = s->t;
    size_t p = ds;
    while (p > 0 && ds - p < 2 && (t[p - 1] == ' ' || t[p - 1] == ','))
        p--;
    if (p == ds || p == 0)
        return ds;
    size_t b = p;
    while (b > 0 && p - b < 12 &&
           (t[b - 1] >= 0x80 || ((t[b - 1] | 32) >= 'a' && (t[b - 1] | 32) <= 'z')))
        b--;
    if (b == p || (b > 0 && is_alnum(t[b - 1])))
        return ds;
    char buf[16];
    return NW_ONE_OF(nw_fold_span(s, b, p, buf, sizeof buf), days) ? b : ds;
}

/* The midnight a serialiser appends to a date column ("1987-03-04T00:00:00Z", ".000Z",
 * "+00:00", seconds written): its end, or 0 when the date at ds..e is followed by no such time
 * or is the zero time 1970-01-01, a default's value (a file's "Birth:"), not a birth. */
static size_t midnight_after(const struct sc *s, size_t ds, size_t e)
{
    const uint8_t *t = s->t;
    if (e - ds != 10 || memcmp(t + ds, "1970-01-01", 10) == 0 || e + 9 > s->len ||
        (t[e] != 'T' && t[e] != ' ') || memcmp(t + e + 1, "00:00:00", 8) != 0)
        return 0;
    if (t[e] == ' ') /* SQL's DATETIME: no fraction, no zone after it (stat prints both) */
        return e + 9 < s->len && (is_alnum(t[e + 9]) || t[e + 9] == '.' || t[e + 9] == ':' ||
                                  (t[e + 9] == ' ' && e + 10 < s->len &&
                                   (t[e + 10] == '+' || t[e + 10] == '-' || is_digit(t[e + 10]))))
                   ? 0
                   : e + 9;
    e += 9;
    if (e + 1 < s->len && t[e] == '.' && t[e + 1] == '0')
        for (e++; e < s->len && t[e] == '0';)
            e++;
    if (e < s->len && t[e] == 'Z')
        return e + 1;
    if (e + 6 <= s->len && (t[e] == '+' || t[e] == '-') && memcmp(t + e + 1, "00:00", 5) == 0)
        return e + 6;
    return e;
}

/* The end of an ISO 8601 time of any hour right after a date that ends at e ("T09:46:00+01:00",
 * "T22:04Z"), or 0. */
static size_t iso_time_end(const struct sc *s, size_t e)
{
    const uint8_t *t = s->t;
    size_t k = e + 1;
    if (t[e] != 'T' || k + 5 > s->len || !is_digit(t[k]) || !is_digit(t[k + 1]) ||
        t[k + 2] != ':' || !is_digit(t[k + 3]) || !is_digit(t[k + 4]))
        return 0;
    k += 5;
    if (k + 3 <= s->len && t[k] == ':' && is_digit(t[k + 1]) && is_digit(t[k + 2]))
        k += 3;
    if (k + 1 < s->len && t[k] == '.' && is_digit(t[k + 1]))
        for (k++; k < s->len && is_digit(t[k]);)
            k++;
    if (k < s->len && t[k] == 'Z')
        k++;
    else if (k + 6 <= s->len && (t[k] == '+' || t[k] == '-') && is_digit(t[k + 1]) &&
             is_digit(t[k + 2]) && t[k + 3] == ':' && is_digit(t[k + 4]) && is_digit(t[k + 5]))
        k += 6;
    return k < s->len && is_alnum(t[k]) ? 0 : k;
}

/* The ISO date at ds is an adult's birth year's (1900 .. nw_dob10_newest_year()) and not the
 * zero time 1970-01-01 of a default, and no file's "Birth:" of stat(1) stands before it. */
static int adult_year(const struct sc *s, size_t ds)
{
    const uint8_t *t = s->t;
    unsigned y = 0;
    for (size_t k = ds; k < ds + 4; k++)
        y = y * 10 + (unsigned)(t[k] - '0');
    if (y < 1900 || y > nw_dob10_newest_year() || memcmp(t + ds, "1970-01-01", 10) == 0)
        return 0;
    return !(ds >= 8 && memcmp(t + ds - 8, " Birth: ", 8) == 0);
}

/* A birth key right before the value at ds, only a key's punctuation between: "birth_date=",
 * "geburtsdatum: ", "\"dob\": \"" (a serialiser's timestamp of any hour under it is the birth,
 * the zone having moved its midnight: branch dob13). */
static int birth_key_before(const struct sc *s, size_t ds)
{
    const uint8_t *t = s->t;
    size_t p = ds, lo = ds > 32 ? ds - 32 : 0;
    while (p > lo && (t[p - 1] == '"' || t[p - 1] == '\'' || t[p - 1] == ' ' || t[p - 1] == ':' ||
                      t[p - 1] == '='))
        p--;
    if (p == ds || p == lo)
        return 0;
    size_t a = p;
    while (a > lo && (is_alnum(t[a - 1]) || t[a - 1] == '_' || t[a - 1] == '-'))
        a--;
    for (size_t k = a; k + 1 < p; k++) {
        uint8_t c = t[k] | 32, n = t[k + 1] | 32; /* a birth key's first two bytes: "bi", "bo",
                                                     "do", "d.", "ge", "na" ("time", "date": no) */
        if (!((c == 'b' && (n == 'i' || n == 'o')) || (c == 'd' && (n == 'o' || n == '.')) ||
              (c == 'g' && n == 'e') || (c == 'n' && n == 'a')))
            continue;
        if ((k == a || !is_alnum(t[k - 1]) || (is_up(t[k]) && !is_up(t[k - 1]))) &&
            nw_birth_word_at(s, k, p))
            return 1;
    }
    return 0;
}

/* A timestamp of no birth at i, as a log line opens with one: "2026-11-30T12:34:15Z". date_at()
 * reads its date to the 'T' or reads nothing; a time of day follows that is no midnight, the year
 * is no adult's (adult_year()) and no ' ' or ':' stands before it (names_dob45.c's time of
 * birth), so nw_date_at() answers 0 whatever date_at() read. Every log line of an agent's tool
 * output opens with one, asked twice (the pass's digits, names_rosters.c's dated entries). */
static inline int stamp_of_no_birth(const struct sc *s, size_t i)
{
    const uint8_t *t = s->t;
    if (i + 16 > s->len || (i > 0 && (t[i - 1] == ' ' || t[i - 1] == ':')))
        return 0;
#ifdef __SSE2__ /* the twelve digits and the four separators of the 16 bytes in one step */
    __m128i v = _mm_loadu_si128((const __m128i *)(const void *)(t + i)),
            d = _mm_sub_epi8(v, _mm_set1_epi8('0'));
    unsigned dig =
                 (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(_mm_min_epu8(d, _mm_set1_epi8(9)), d)),
             sep = (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(
                 v, _mm_setr_epi8(0, 0, 0, 0, '-', 0, 0, '-', 0, 0, 'T', 0, 0, ':', 0, 0)));
    if ((dig & 0xDB6Fu) != 0xDB6Fu || (sep & 0x2490u) != 0x2490u)
        return 0;
#else
    static const uint8_t at[] = {0, 1, 2, 3, 5, 6, 8, 9, 11, 12, 14, 15};
    if (t[i + 4] != '-' || t[i + 7] != '-' || t[i + 10] != 'T' || t[i + 13] != ':')
        return 0;
    for (size_t k = 0; k < sizeof at; k++)
        if (!is_digit(t[i + at[k]]))
            return 0;
#endif
    if (t[i + 11] == '0' && t[i + 12] == '0' && t[i + 14] == '0' && t[i + 15] == '0')
        return 0; /* it may be midnight_after()'s */
    unsigned y = (unsigned)(t[i] - '0') * 1000u + (unsigned)(t[i + 1] - '0') * 100u +
                 (unsigned)(t[i + 2] - '0') * 10u + (unsigned)(t[i + 3] - '0');
    return y < 1900 || y > nw_dob10_newest_year();
}

static size_t date_read(const struct sc *s, size_t i, size_t *ds);

/* The timestamps first, out of the reader's frame. */
size_t nw_date_at(const struct sc *s, size_t i, size_t *ds)
{
    if (stamp_of_no_birth(s, i)) {
        *ds = i; /* as date_at() leaves it */
        return 0;
    }
    return date_read(s, i, ds);
}

static __attribute__((noinline)) size_t date_read(const struct sc *s, size_t i, size_t *ds)
{
    if (i + 8 < s->len && s->t[i] == '2' && s->t[i + 1] == ' ' &&
        memcmp(s->t + i + 2, "DATE ", 5) == 0 && is_digit(s->t[i + 7]) &&
        (i == 0 || s->t[i - 1] == '\n'))
        i += 7; /* GEDCOM: "2 DATE 4 MAR 1932", the date of the event on the line above */
    size_t e = date_at(s, i, ds);
    if (!e)
        return 0;
    if (time_follows(s, e)) { /* a date of birth in a timestamp column: "1987-03-04T00:00:00Z" */
        size_t m = midnight_after(s, *ds, e);
        if (!m && e < s->len && s->t[e] == 'T' && e - *ds == 10 && adult_year(s, *ds) &&
            birth_key_before(s, *ds))
            m = iso_time_end(s, e);
        if (!m && *ds >= 6 && (s->t[*ds - 1] == ' ' || s->t[*ds - 1] == ':') &&
            nw_dob45_delivery(s, *ds))
            m = e; /* "Synnytys: 27.3.2020, 07.46": the newborn's time of birth */
        if (!(e = m))
            return 0;
    }
    *ds = weekday_before(s, *ds);
    return e;
}

static size_t date_at(const struct sc *s, size_t i, size_t *ds)
{
    const uint8_t *t = s->t;
    unsigned a, b, c;
    size_t j = num_at(s, i, 4, &a), k, e, n;
    char sep;
    *ds = i;
    if (!j)
        return compact_date(s, i);
    if (j - i == 4 && (n = sep_at(s, j, &sep)) && t[j] != ' ' && t[j] != 0xC2) {
        /* 1987-03-04, 1987/03/04, 1987.03.04, 1987‐03‐04 */
        if ((k = num_at(s, j + n, 2, &b)) && same_sep(s, j, n, k) &&
            (e = num_at(s, k + n, 2, &c)) && year_ok(a, 4) && b >= 1 && b <= 12 && c >= 1 &&
            c <= 31)
            return sep == '.' && e < s->len && t[e] == '.' && e - i == 10 &&
                           (e + 1 == s->len || !is_alnum(t[e + 1]))
                       ? e + 1 /* Hungarian "1979.01.27.": the day's dot is the date's */
                       : e;
        return 0;
    }
    if (j - i > 2)
        return 0;
    if (j + 4 < s->len && (t[j] == '-' || t[j] == '/') && a >= 1 && a <= 31 &&
        (k = month_at(s, j + 1)) && k + 2 < s->len && t[k] == t[j]) {
        /* 04-Mar-1987, 4-Mar-87, 13/jun./1986 */
        if ((e = num_at(s, k + 1, 4, &c)) && (e - k - 1 == 4 || e - k - 1 == 2) &&
            year_ok(c, e - k - 1))
            return e;
        return 0;
    }
    size_t mb;
    if (i >= 2 && t[i - 1] == '-' && j + 1 < s->len && t[j] == '-' && a >= 1 && a <= 31 &&
        (mb = month_ending_at(s, i - 1))) { /* Mar-04-1987 */
        if ((e = num_at(s, j + 1, 4, &c)) && e - j - 1 == 4 && year_ok(c, 4)) {
            *ds = mb - 1;
            return e;
        }
        return 0;
    }
    if (j + 3 < s->len && t[j] == '.' && t[j + 1] == ' ' && is_digit(t[j + 2])) {
        /* "4. 3. 1987", "04. 03. 1987" */
        if ((k = num_at(s, j + 2, 2, &b)) && k + 2 < s->len && t[k] == '.' && t[k + 1] == ' ' &&
            (e = num_at(s, k + 2, 4, &c)) && e - k - 2 == 4 && year_ok(c, 4) && a >= 1 && a <= 31 &&
            b >= 1 && b <= 12)
            return e;
    }
    if ((e = roman_date(s, j, a)))
        return e; /* 4.III.1987 */
    if ((n = sep_at(s, j, &sep)) && j + n < s->len && is_digit(t[j + n])) {
        /* 04.03.1987, 03/04/1987, 04-03-87, 22–04–1993, 28 / 11 / 1993 */
        if ((k = num_at(s, j + n, 2, &b)) && same_sep(s, j, n, k) &&
            (e = num_at(s, k + n, 4, &c)) && (e - k - n == 4 || e - k - n == 2) &&
            year_ok(c, e - k - n) && a >= 1 && b >= 1 && a <= 31 && b <= 31 && (a <= 12 || b <= 12))
            return e;
        if (k && n == 1 && sep == '/' && k < s->len && (t[k] == ' ' || t[k] == '-') &&
            (e = nw_dob49_nordic(s, k, a, b)))
            return e; /* "17/1 1950", "17/1-50" (names_dob49.c) */
        if (k && n == 1 && (sep == '/' || sep == '.'))
            return nw_dob8_daymonth(s, i, k, a, b); /* "Birthday: 04/11" (names_dob8.c) */
        return 0;
    }
    if (a < 1 || a > 31)
        return 0;
    if (j - i == 2 && j + 8 <= s->len && t[j] == ' ' && is_digit(t[j + 1]) && is_digit(t[j + 2]) &&
        t[j + 3] == ' ' && (e = num_at(s, j + 4, 4, &c)) && e - j - 4 == 4 && year_ok(c, 4) &&
        (b = (unsigned)(t[j + 1] - '0') * 10 + (unsigned)(t[j + 2] - '0')) >= 1 && b <= 12 &&
        !(e < s->len && (is_alnum(t[e]) || t[e] == '.' || t[e] == ':')))
        return e; /* "04 03 1987": an ID card's fields as OCR reads them */
    /* 4 March 1987, 4. März 1987, 4th of March, 1987, 4 de marzo de 1987 */
    k = j;
    if (k + 1 < s->len &&
        (memcmp(t + k, "st", 2) == 0 || memcmp(t + k, "nd", 2) == 0 ||
         memcmp(t + k, "rd", 2) == 0 || memcmp(t + k, "th", 2) == 0 || memcmp(t + k, "er", 2) == 0))
        k += 2;
    else if (k < s->len && t[k] == '.')
        k += k + 2 < s->len && t[k + 1] == 0xC2 && t[k + 2] == 0xBA ? 3 : 1; /* "1.º de" */
    else if (k + 1 < s->len && t[k] == 0xC2 && (t[k + 1] == 0xBA || t[k + 1] == 0xB0))
        k += 2; /* "1º", and the degree sign written for it: "1° marzo" */
    size_t m = skip_de(s, skip_sp(s, k)), me;
    if ((m > k || (k > j && t[k - 1] == '.')) && (me = month_at(s, m))) { /* also "16.Juli 1989" */
        size_t y = skip_de(s, skip_sp(s, me < s->len && t[me] == ',' ? me + 1 : me));
        if (y > me && (e = year_after_month(s, y)))
            return e;
        if (y == me && me + 5 < s->len && t[me] == '\n' && (e = num_at(s, me + 1, 4, &c)) &&
            e - me - 1 == 4 && year_ok(c, 4) && (e == s->len || !is_alnum(t[e])))
            return e; /* "born on 12 March\n1950": a prompt wrapped inside the date */
        if (t[me - 1] == '.' && (me == s->len || t[me] == ' ' || t[me] == '\n') &&
            whole_month(s, m, me - 1))
            me--; /* "jarig op 10 december.", "on 3 May.": a sentence's full stop after a whole
                     month's name (an abbreviation's dot, "Dez.", "Sept.", stays in) */
        return nw_date_yearless(s, i, me);
    }
    if (m == j && j + 4 < s->len && nw_upper(t + j, 1) && (me = month_at(s, j)) && me - j == 3 &&
        (e = num_at(s, me, 4, &c)) && (e - me == 4 || e - me == 2) && year_ok(c, e - me) &&
        !(e < s->len && (is_alnum(t[e]) || t[e] == ':')))
        return e; /* "04MAR1987", "4Mar87": travel and military records */
    /* March 4, 1987: the month is the word before */
    size_t p = i, w;
    while ((w = sp_before(s, p)))
        p -= w;
    if (p == i)
        return 0;
    size_t ms = p;
    while (ms > 0 && i - ms < 14 &&
           (t[ms - 1] >= 0x80 || ((t[ms - 1] | 32) >= 'a' && (t[ms - 1] | 32) <= 'z') ||
            t[ms - 1] == '.'))
        ms--;
    if (k == j + 2 && p - ms == 3 && (t[ms] | 32) == 't' && (t[ms + 1] | 32) == 'h' &&
        (t[ms + 2] | 32) == 'e') { /* "March the 4th 1961": the month before "the" */
        size_t q = ms, m2;
        while ((w = sp_before(s, q)))
            q -= w;
        for (m2 = q; m2 > 0 && q - m2 < 10 && ((t[m2 - 1] | 32) >= 'a' && (t[m2 - 1] | 32) <= 'z');)
            m2--;
        if (q > m2 && q < ms && month_at(s, m2) == q)
            ms = m2, p = q;
    }
    if (ms == p || month_at(s, ms) != p) /* "my birthday's the 14th": a day alone */
        return k == j + 2 && t[k - 1] >= 'a' ? nw_date_yearless(s, i, k) : 0;
    size_t z = k == j + 1 && t[j] == '.' ? skip_sp(s, k) : 0;
    if (z && (z >= s->len || !is_digit(t[z])))
        k = j; /* "on July 7. Thanks": a sentence's full stop, not a day's (that comes first) */
    size_t y = k < s->len && t[k] == ',' ? k + 1 : k;
    y = skip_sp(s, y);
    if ((y > k && (e = year_after_month(s, y))) || (e = nw_date_yearless(s, ms, k))) {
        *ds = ms;
        return e;
    }
    return 0;
}

size_t nw_dob_after_month_hyphen(const struct sc *s, size_t i, size_t *ds)
{
    const uint8_t *t = s->t;
    size_t e;
    if (t[i - 2] == '-')
        return (s->kinds & (1u << ANON_NAMES_DOB)) ? nw_vcard_bday(s, i, ds) : 0;
    if (!(i + 2 < s->len && (t[i + 1] == '-' || (is_digit(t[i + 1]) && t[i + 2] == '-'))) ||
        !(s->kinds & (1u << ANON_NAMES_DOB)) || i < 4 ||
        !(is_alnum(t[i - 3]) || t[i - 3] >= 0x80) ||
        !((t[i - 2] | 32) >= 'a' && (t[i - 2] | 32) <= 'z') || !month_ending_at(s, i - 1) ||
        !(e = nw_date_at(s, i, ds)) || *ds >= i)
        return 0;
    if (e < s->len && (is_alnum(t[e]) || (t[e] == '.' && e + 1 < s->len && is_digit(t[e + 1]))))
        return 0;
    return nw_birth_before(s, *ds) || nw_birth_after(s, e) ? e : 0;
}

unsigned nw_year4(const uint8_t *t, size_t a, size_t b)
{
    for (size_t k = a; k + 4 <= b; k++)
        if ((k == a || !is_digit(t[k - 1])) && is_digit(t[k]) && is_digit(t[k + 1]) &&
            is_digit(t[k + 2]) && is_digit(t[k + 3]) && (k + 4 == b || !is_digit(t[k + 4])))
            return (unsigned)(t[k] - '0') * 1000 + (unsigned)(t[k + 1] - '0') * 100 +
                   (unsigned)(t[k + 2] - '0') * 10 + (unsigned)(t[k + 3] - '0');
    return 0;
}
