/* names_dob58.c: dates of birth as people type them on a phone (branch dob58, issue 15).
 *
 * Readings that names_dates.c and the births' paths leave:
 * - digits without separators, or parted by single spaces, after a birth word on their line or
 *   with a birthday phrase after them: "dob 040387", "geb.datum 23121987", "bday 4387", "ur. 4 3
 *   87", "25 02 99 c mon anniv" (day-month or month-day; "4387" only as one digit each and never
 *   19xx/20xx, which is a year);
 * - a birthday emoji (U+1F382 birthday cake, U+1F388 balloon) right before a date, only spaces,
 *   a ':' or a birth word between: "🎂 1.1.84", "🎈 bday 3/4/52";
 * - a birthday phrase after a date on its line: "4/3/87 is my bday", "24.5.80 har jeg bursdag",
 *   "22.9.02 er min fødselsdag", not when a party word stands there ("4/3 bday party").
 * Every one needs a year before this year: a party, a due date or a deadline this year or later is
 * no birth. Nothing here allocates.
 */
#include "anonymize/names_dob58.h"
#include "anonymize/names_internal.h"

#include <string.h>

/* The year of the date [ds, e): its last digit group of four, or of two read as the latest year
 * not after this one ("87" 1987, "19" 2019); 0 when it has neither. */
static unsigned year_of(const uint8_t *t, size_t ds, size_t e)
{
    size_t b = e;
    while (b > ds && !is_digit(t[b - 1]))
        b--;
    size_t a = b;
    while (a > ds && is_digit(t[a - 1]))
        a--;
    unsigned y = 0;
    for (size_t k = a; k < b; k++)
        y = y * 10 + (unsigned)(t[k] - '0');
    if (b - a == 4)
        return y;
    if (b - a != 2)
        return 0;
    unsigned now = nw_dob10_this_year();
    if (y >= now % 100 && y <= now % 100 + 5)
        return 0; /* "22 8 27": a date soon, not a birth in 1927 */
    return y <= now % 100 ? now - now % 100 + y : now - now % 100 - 100 + y;
}

/* A year from 1900 to the last one (a two-digit year read as year_of() reads it). */
static int past_year(unsigned y, int two)
{
    unsigned now = nw_dob10_this_year();
    if (two && y >= now % 100 && y <= now % 100 + 5)
        return 0; /* "091227": a date soon, not a birth in 1927 */
    if (two)
        y = y < now % 100 ? now - now % 100 + y : now - now % 100 - 100 + y;
    return y >= 1900 && y < now;
}

static int past(const uint8_t *t, size_t ds, size_t e)
{
    return past_year(year_of(t, ds, e), 0);
}

static int word_byte(uint8_t c)
{
    return is_alnum(c) || c >= 0x80;
}

/* The word before p (spaces, ':' and '-' between) is a birth word: its start, or 0. */
static size_t birth_word_before(const struct sc *s, size_t p)
{
    const uint8_t *t = s->t;
    size_t q = p;
    while (q > 0 && p - q < 4 && (t[q - 1] == ' ' || t[q - 1] == ':' || t[q - 1] == '-'))
        q--;
    size_t a = q;
    while (a > 0 && q - a < 24 && (word_byte(t[a - 1]) || t[a - 1] == '.' || t[a - 1] == '-'))
        a--;
    if (a == q || (a > 0 && word_byte(t[a - 1])))
        return 0;
    return nw_birth_word_at(s, a, p + 1) && !nw_dob7_party(s, a) ? a + 1 : 0;
}

/* A birth word right before p, or up to two short lower-case words before that ("geboren am",
 * "dob is", "date of birth:"), on p's line. */
static int birth_word_near(const struct sc *s, size_t p)
{
    const uint8_t *t = s->t;
    for (int w = 0; w < 3; w++) {
        if (birth_word_before(s, p))
            return 1;
        size_t q = p;
        while (q > 0 && p - q < 3 && (t[q - 1] == ' ' || t[q - 1] == ':'))
            q--;
        size_t a = q;
        while (a > 0 && q - a < 4 && t[a - 1] >= 'a' && t[a - 1] <= 'z')
            a--;
        if (a == q || q - a > 3 || a == 0 || t[a - 1] != ' ')
            return 0;
        p = a;
    }
    return 0;
}

/* U+1F382 or U+1F388 ends at p (its four UTF-8 bytes). */
static int cake_at(const uint8_t *t, size_t p)
{
    return p >= 4 && t[p - 4] == 0xF0 && t[p - 3] == 0x9F && t[p - 2] == 0x8E &&
           (t[p - 1] == 0x82 || t[p - 1] == 0x88);
}

/* A birthday emoji before ds: only spaces and ':' between, or a birth word ("🎂 bday 1.1.84"). */
static int cake_before(const struct sc *s, size_t ds)
{
    const uint8_t *t = s->t;
    size_t p = ds, a;
    while (p > 0 && ds - p < 3 && (t[p - 1] == ' ' || t[p - 1] == ':'))
        p--;
    if (cake_at(t, p))
        return 1;
    if (!(a = birth_word_before(s, ds)))
        return 0;
    p = a - 1;
    while (p > 0 && a - 1 - p < 2 && t[p - 1] == ' ')
        p--;
    return cake_at(t, p);
}

/* Birthday words of 17 languages that may follow a date ("is my bday", "hab ich geburtstag", "er
 * min fødselsdag"), folded to ASCII where people type them so, each a word's start. */
static const char *const bday[] = {"bday",        "b-day",
                                   "birthday",    "dob",
                                   "d.o.b",       "geburtstag",
                                   "geb.",        "geboren",
                                   "anniv",       "cumple",
                                   "aniver",      "niver",
                                   "compleanno",  "nato",
                                   "nata",        "naci",
                                   "nasci",       "jarig",
                                   "verjaardag",  "f\303\270dselsdag",
                                   "fodselsdag",  "f\303\266delsedag",
                                   "bursdag",     "fyller",
                                   "f\303\270dt", "f\303\266dd",
                                   "synttar",     "synttär",
                                   "syntyn",      "oon syntynyt",
                                   "narozk",      "narodil",
                                   "szulinap",    "sz\303\274linap",
                                   "szulettem",   "dogum gun",
                                   "dogdum",      "ziua mea",
                                   "nascut",      "genethli",
                                   "gennith",     "urodzi",
                                   "urodzen",     "data urodz",
                                   "d.t."};

/* Words of a party or of another event after the date: the birthday word is the party's. */
static const char *const party[] = {"party", "feier",  "fest",    "parti",  "petrecere", "buli",
                                    "kalas", "bileet", "impreza", "drinks", "soiree",    "oslava",
                                    "cena",  "dinner", "jantar",  "middag", "vacsora",   "yemek"};

static int word_in(const uint8_t *t, size_t i, size_t e, const char *const *list, size_t n)
{
    for (size_t k = 0; k < n; k++) {
        size_t m = strlen(list[k]);
        if (i + m <= e && (t[i] | 32) == (uint8_t)list[k][0] &&
            memcmp(t + i + 1, list[k] + 1, m - 1) == 0)
            return 1;
    }
    return 0;
}

/* After the date that ends at e, on its line: 1 a birthday phrase ("is my bday", "har jeg
 * bursdag", "(dob)"), -1 a party word right after the birthday word (the date is the party's:
 * "4/3/26 bday party"), 0 neither.
 * The birthday word is one of the first five words, those before it short and in lower case
 * ("es mi", "er min"); a punctuation mark, a digit, a capital or the line's end stops the
 * reading ("We married on 08/02/2019. Our son ... was born", "Note du 24 juin 2022 : ... née"). */
static int phrase_after(const struct sc *s, size_t e)
{
    const uint8_t *t = s->t;
    size_t lim = e + 48 < s->len ? e + 48 : s->len, i = e;
    int words = 0;
    while (i < lim && (t[i] == ' ' || (i == e + 1 && (t[i] == '=' || t[i] == '('))))
        i++;
    while (i < lim && words < 5 && word_byte(t[i]) && !is_digit(t[i])) {
        words++;
        if (is_up(t[i]) && !(i + 1 < lim && is_up(t[i + 1])))
            return 0; /* a name ("B. Coretti"), not "DOB" */
        if (word_in(t, i, lim, party, sizeof party / sizeof party[0]))
            return 0; /* "20.7.26 party at mine": no birth; "25-09-1947 fest" (German "fixed") no
                         veto */
        if (word_in(t, i, lim, bday, sizeof bday / sizeof bday[0]) || nw_birth_word_at(s, i, lim)) {
            size_t k = i; /* "bday party": the next word may still make it a party's */
            while (k < lim && (word_byte(t[k]) || t[k] == '-' || t[k] == '.'))
                k++;
            while (k < lim && t[k] == ' ')
                k++;
            return k < lim && word_in(t, k, lim, party, sizeof party / sizeof party[0]) ? -1 : 1;
        }
        size_t k = i;
        while (k < lim && (word_byte(t[k]) || t[k] == '-' || t[k] == '\''))
            k++;
        if (k - i > 6 || is_up(t[i]))
            return 0;
        while (k < lim && t[k] == ' ')
            k++;
        i = k;
    }
    return 0;
}

/* Birth shorthand that nw_birth_word_at() leaves (as typed in a hurry, without diacritics), each
 * read only right before its date (not "f.": Spanish and Portuguese trees write it for a death):
 * sv/da/no "fdd", "fdsdag"; hu "szul", "szul.dat"; pl "dur"
 * (data urodzenia); tr "dg", "dog.", "dtarihi"; pt "nasc.", "niver"; el "gen."; es "fnac"; nl
 * "jarig"; cs "narozky"; ro "ziua mea", "zi de nastere", "nascuta". */
#define CUE(w)                                                                                     \
    {                                                                                              \
        w, sizeof w - 1                                                                            \
    }
static const struct {
    const char *w;
    size_t n;
} cues[] = {CUE("fdd"),
            CUE("fdsdag"),
            CUE("f\303\270dselsdag"),
            CUE("f\303\266delsedag"),
            CUE("szul"),
            CUE("sz\303\274l"),
            CUE("szul.dat"),
            CUE("sz\303\274l.dat"),
            CUE("dur"),
            CUE("dg"),
            CUE("dog."),
            CUE("dtarihi"),
            CUE("nasc."),
            CUE("niver"),
            CUE("aniver"),
            CUE("gen."),
            CUE("fnac"),
            CUE("jarig"),
            CUE("narozky"),
            CUE("ziua mea"),
            CUE("zi de nastere"),
            CUE("nascuta"),
            CUE("nascut"),
            CUE("bursdag"),
            CUE("geburtstag"),
            CUE("compl"),
            CUE("cumple"),
            CUE("synttarit"),
            CUE("urodziny"),
            CUE("d.t."),
            CUE("szulinap"),
            CUE("sz\303\274linap")};
#undef CUE

/* A cue of the list right before ds (spaces, ':' and '-' between). */
static int cue_before(const struct sc *s, size_t ds)
{
    const uint8_t *t = s->t;
    size_t q = ds;
    while (q > 0 && ds - q < 5 && (t[q - 1] == ' ' || t[q - 1] == ':' || t[q - 1] == '-'))
        q--;
    if (q == ds || q == 0 || !(word_byte(t[q - 1]) || t[q - 1] == '.'))
        return 0;
    uint8_t last = t[q - 1] | (t[q - 1] < 0x80 ? 32 : 0);
    for (size_t k = 0; k < sizeof cues / sizeof cues[0]; k++) {
        size_t n = cues[k].n;
        if ((uint8_t)cues[k].w[n - 1] != last || n > q ||
            (q > n && (word_byte(t[q - n - 1]) || t[q - n - 1] == '.')))
            continue;
        size_t a = q - n, j = 0;
        while (j < n && (uint8_t)(t[a + j] | (t[a + j] < 0x80 ? 32 : 0)) == (uint8_t)cues[k].w[j])
            j++;
        if (j == n)
            return 1;
    }
    return 0;
}

/* The digits at k (before b) are a clock's ("18:34"): its end, or 0. */
static size_t clock_at(const uint8_t *t, size_t k, size_t b)
{
    size_t m = k;
    while (m < b && is_digit(t[m]))
        m++;
    return m - k <= 2 && m + 3 <= b && t[m] == ':' && is_digit(t[m + 1]) && is_digit(t[m + 2])
               ? m + 3
               : 0;
}

/* [a, b) holds no digits but a clock's. */
static int no_digits(const uint8_t *t, size_t a, size_t b)
{
    for (size_t k = a; k < b; k++)
        if (is_digit(t[k]) && !(k = clock_at(t, k, b)))
            return 0;
    return 1;
}

/* [a, b) holds no word longer than two letters ("me", "um", "ok", "xx") and no digits but a
 * clock's ("18:34"): a lead before a date alone on its line, or what follows it. */
static int bare(const uint8_t *t, size_t a, size_t b)
{
    if (!no_digits(t, a, b))
        return 0;
    size_t run = 0; /* the letters of the word so far (a two-byte UTF-8 letter counts as one) */
    for (size_t k = a; k < b;) {
        if (t[k] == 0xE2 && k + 2 < b && t[k + 1] == 0x80 && t[k + 2] == 0xA0)
            return 0;       /* a death's dagger: "† 16.10.1966" */
        if (t[k] >= 0xE0) { /* a symbol or an emoji: no letter */
            k += t[k] >= 0xF0 ? 4 : 3;
            run = 0;
            continue;
        }
        if (is_alnum(t[k]) || t[k] >= 0xC2) {
            if (++run > 2 && !is_digit(t[k]))
                return 0;
            k += t[k] >= 0xC2 ? 2 : 1;
            continue;
        }
        run = 0;
        k++;
    }
    return 1;
}

/* The line [a, b) asks for a birth: a birth word in it, no party word, no digits but a clock's. */
static int asks_birth(const struct sc *s, size_t a, size_t b)
{
    const uint8_t *t = s->t;
    int found = 0;
    if (!no_digits(t, a, b))
        return 0;
    for (size_t k = a; k < b; k++) {
        if (!word_byte(t[k]) || (k > a && word_byte(t[k - 1])))
            continue;
        if (word_in(t, k, b, party, sizeof party / sizeof party[0]))
            return 0;
        if (found && is_up(t[k]))
            return 0; /* "Klant: Petri Teić geb. Hendriks": a maiden name */
        if (word_in(t, k, b, bday, sizeof bday / sizeof bday[0]) || nw_birth_word_at(s, k, b))
            found = 1;
    }
    const uint8_t *c = memchr(t + a, ':', b - a);
    while (c && c + 1 < t + b && c[1] == ' ')
        c++;
    return found && (!c || c + 1 >= t + b); /* "Miejsce urodzenia: Tarnów": a label's value */
}

/* The date [ds, e) alone on its line answers a birth question one line up, or two with a short
 * line between that holds no digits ("wann hast du geburtstag?\nsek\n14 8 1984"). */
static int answers_birth(const struct sc *s, size_t ds, size_t e)
{
    const uint8_t *t = s->t;
    size_t ls = ds, le = e;
    while (ls > 0 && ds - ls < 24 && t[ls - 1] != '\n')
        ls--;
    while (le < s->len && le - e < 16 && t[le] != '\n')
        le++;
    if (ls == 0 || t[ls - 1] != '\n' || (le < s->len && t[le] != '\n') || !bare(t, ls, ds) ||
        !bare(t, e, le) || t[ls + strspn((const char *)t + ls, " \t")] == ':')
        return 0; /* ": 03/04/2024": the colon of the label above, not an answer */
    size_t b = ls - 1, a = b;
    for (int up = 0; up < 2; up++) {
        while (a > 0 && b - a < 80 && t[a - 1] != '\n')
            a--;
        if (a > 0 && t[a - 1] != '\n')
            return 0;
        if (asks_birth(s, a, b))
            return 1;
        if (up || b - a > 14 || a == 0 || is_up(t[a]) || !no_digits(t, a, b) ||
            memchr(t + a, ':', b - a) || memchr(t + a, '?', b - a))
            return 0; /* a filler in lower case ("sek", "ok") may stand between; not a form's
                         next label ("Date of birth\nStart\n: 03/04/2024") */
        b = a - 1;
        a = b;
    }
    return 0;
}

int nw_dob58_birth(const struct sc *s, size_t ds, size_t e)
{
    return past(s->t, ds, e) && (cake_before(s, ds) || phrase_after(s, e) > 0 ||
                                 answers_birth(s, ds, e) || cue_before(s, ds));
}

int nw_dob58_veto(const struct sc *s, size_t e)
{
    return e < s->len && s->t[e] == ' ' && phrase_after(s, e) < 0;
}

static unsigned two(const uint8_t *t, size_t i)
{
    return (unsigned)(t[i] - '0') * 10u + (unsigned)(t[i + 1] - '0');
}

static int day_month(unsigned a, unsigned b)
{
    return a >= 1 && b >= 1 && ((a <= 31 && b <= 12) || (a <= 12 && b <= 31));
}

/* Hungarian months as typed, with and without their marks ("marcius", "március"). */
static const char *const hu_months[] = {"januar",  "jan\303\272ar",  "februar",   "febru\303\241r",
                                        "marcius", "m\303\241rcius", "aprilis",   "\303\241prilis",
                                        "majus",   "m\303\241jus",   "junius",    "j\303\272nius",
                                        "julius",  "j\303\272lius",  "augusztus", "szeptember",
                                        "oktober", "okt\303\263ber", "november",  "december"};

/* "2001 marcius 21", "1986 december 23.": a Hungarian date, the year first, its four digits
 * at i .. d. Its end, or 0. */
static size_t hu_date(const struct sc *s, size_t i, size_t d)
{
    const uint8_t *t = s->t;
    if (d + 6 >= s->len || t[d] != ' ' ||
        !((t[i] == '1' && t[i + 1] == '9') || (t[i] == '2' && t[i + 1] == '0')))
        return 0;
    size_t m = d + 1, e = 0;
    for (size_t k = 0; k < sizeof hu_months / sizeof hu_months[0] && !e; k++) {
        size_t n = strlen(hu_months[k]), j = 0;
        while (j < n && m + j < s->len &&
               (uint8_t)(t[m + j] | (t[m + j] < 0x80 ? 32 : 0)) == (uint8_t)hu_months[k][j])
            j++;
        if (j == n && m + n + 1 < s->len && t[m + n] == ' ' && is_digit(t[m + n + 1]))
            e = m + n + 1;
    }
    if (!e)
        return 0;
    size_t q = e;
    while (q < s->len && q - e < 3 && is_digit(t[q]))
        q++;
    unsigned day = q - e == 1 ? (unsigned)(t[e] - '0') : q - e == 2 ? two(t, e) : 0;
    if (day < 1 || day > 31)
        return 0;
    if (q < s->len && t[q] == '.' && !(q + 1 < s->len && is_digit(t[q + 1])))
        q++;
    return q < s->len && word_byte(t[q]) ? 0 : q;
}

/* Months as people type them where the date reader knows no such word: without their marks,
 * misspelt or cut ("maerz", "aout", "rijna", "mayis", "decemeber"), folded to lower case. */
static const char *const typed_months[] = {
    "maerz",     "marz",      "fevrier",      "aout",       "decembre",    "setiembre", "marco",
    "genn",      "febuary",   "feburary",     "septmber",   "decemeber",   "ledna",     "unora",
    "brezna",    "dubna",     "kvetna",       "cervna",     "cervence",    "srpna",     "zari",
    "rijna",     "listopadu", "prosince",     "ocak",       "subat",       "mart",      "nisan",
    "mayis",     "haziran",   "temmuz",       "agustos",    "eylul",       "ekim",      "kasim",
    "aralik",    "wrzesnia",  "pazdziernika", "ianouariou", "fevrouariou", "martiou",   "apriliou",
    "maiou",     "iouniou",   "iouliou",      "avgoustou",  "septemvriou", "oktovriou", "noemvriou",
    "dekemvriou"};

/* "1. marz 1954", "24. rijna '51", "26 mayis 1940", "10 genn 1947": a day (the run i .. d), a
 * typed month and a year of four digits, two or 'two. Its end, or 0. */
static size_t typed_month_date(const struct sc *s, size_t i, size_t d)
{
    const uint8_t *t = s->t;
    size_t m = d + (d < s->len && t[d] == '.');
    if (m + 6 >= s->len || t[m] != ' ' || t[m + 1] < 'a' || t[m + 1] > 'z')
        return 0;
    size_t we = m + 1;
    while (we < s->len && we - m < 14 && t[we] >= 'a' && t[we] <= 'z')
        we++;
    if (we + 2 >= s->len || t[we] != ' ' || !(is_digit(t[we + 1]) || t[we + 1] == '\''))
        return 0; /* the cheap test first: a year must follow the word */
    unsigned day = d - i == 1 ? (unsigned)(t[i] - '0') : two(t, i);
    if (day < 1 || day > 31)
        return 0;
    size_t k = 0, n = we - m - 1;
    for (; k < sizeof typed_months / sizeof typed_months[0]; k++)
        if (strlen(typed_months[k]) == n && memcmp(t + m + 1, typed_months[k], n) == 0)
            break;
    if (k == sizeof typed_months / sizeof typed_months[0])
        return 0;
    size_t y = we + 1 + (t[we + 1] == '\''), e = y;
    while (e < s->len && e - y < 5 && is_digit(t[e]))
        e++;
    if ((e - y != 2 && e - y != 4) || (e < s->len && word_byte(t[e])))
        return 0;
    return e - y == 4 ? (past_year(two(t, y) * 100u + two(t, y + 2), 0) ? e : 0)
                      : (past_year(two(t, y), 1) ? e : 0);
}

/* The end of the typed date whose digits start at i (the run ends at d), or 0. */
static size_t typed_date(const struct sc *s, size_t i, size_t d)
{
    const uint8_t *t = s->t;
    size_t n = d - i, e = d;
    if (n == 6) {
        if (!day_month(two(t, i), two(t, i + 2)))
            return 0;
    } else if (n == 8) {
        if (!day_month(two(t, i), two(t, i + 2)) || two(t, i + 4) < 19 || two(t, i + 4) > 20)
            return 0;
    } else if (n == 4) { /* "4387": day and month one digit each */
        size_t h = hu_date(s, i, d);
        if (h)
            return past_year(two(t, i) * 100u + two(t, i + 2), 0) ? h : 0;
        if (t[i] == '0' || t[i + 1] == '0' || (t[i] == '1' && t[i + 1] >= '6') ||
            (t[i] == '2' && t[i + 1] == '0'))
            return 0; /* nor a year 16xx-19xx: "b. 1844", "geb. 1865" */
    } else if (n <= 2 && (e = typed_month_date(s, i, d))) {
        return e;                                         /* its year tested there */
    } else if (n <= 2 && d + 4 < s->len && t[d] == ' ') { /* "4 3 87", "04 03 87", "4 3 1987" */
        size_t k = d + 1, m = k;
        while (m < s->len && m - k < 3 && is_digit(t[m]))
            m++;
        if (m - k < 1 || m - k > 2 || m + 2 >= s->len || t[m] != ' ')
            return 0;
        for (e = m + 1; e < s->len && e - m - 1 < 5 && is_digit(t[e]);)
            e++;
        unsigned a = n == 1 ? (unsigned)(t[i] - '0') : two(t, i),
                 b = m - k == 1 ? (unsigned)(t[k] - '0') : two(t, k);
        if ((e - m - 1 != 2 && e - m - 1 != 4) || !day_month(a, b))
            return 0;
    } else
        return 0;
    if (e + 1 < s->len && t[e] == ' ' && is_digit(t[e + 1]))
        return 0; /* "fødselsnummer: 130259 11623": a personal number's first part */
    if (e < s->len && (word_byte(t[e]) ||
                       ((t[e] == '.' || t[e] == '/' || t[e] == '-' || t[e] == ':' || t[e] == ',') &&
                        e + 1 < s->len && is_digit(t[e + 1]))))
        return 0;
    if (n == 4 || n == 6)
        return past_year(two(t, d - 2), 1) ? e : 0;
    if (n == 8)
        return past_year(two(t, d - 4) * 100u + two(t, d - 2), 0) ? e : 0;
    return past(t, i, e) ? e : 0;
}

size_t nw_dob58_digits(const struct sc *s, size_t i, size_t d)
{
    size_t e = typed_date(s, i, d);
    if (!e || (i > 0 && (word_byte(s->t[i - 1]) || s->t[i - 1] == '#' || s->t[i - 1] == '.')))
        return 0;
    if (d - i == 4 && e == d) /* the shortest: only right after a birth word */
        return (birth_word_before(s, i) || cue_before(s, i)) && !nw_dob42_veto(s, i) ? e : 0;
    if (!(cue_before(s, i) || cake_before(s, i) || birth_word_near(s, i) ||
          phrase_after(s, e) > 0 || answers_birth(s, i, e)))
        return 0;
    return nw_dob16_cutoff(s, i) || nw_dob42_veto(s, i) || nw_dob45_veto(s, e) ||
                   nw_dob46_veto(s, i) || nw_left50_veto(s, i) || nw_dob58_veto(s, e)
               ? 0
               : e;
}
