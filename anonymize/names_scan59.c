/* names_scan59.c: births and towns on scanned and faxed forms (branch scan59).
 *
 * - A birth label of seventeen languages as a scanner misread it, right before a date that
 *   every other rule refused: "FØD7 :_ 25.01.1947", "6EBOORTEDATUM ¦ 14.O9.1972", "HATO IL .
 *   20/04/1965", "DOĞUN TARİHİ: 16 08 1937", "5yntymäaika :: 12.04.1943" (nw_scan59_ocr_label).
 *   The label is the text between the date and the field's start (a line break, a column gap, a
 *   colon, '|', '¦', '~', ';' or a tab), or its last one to three words; it is folded (case,
 *   accents) with a scanner's digit-for-letter confusions undone (0 o, 1 i, 3 e, 4 a, 5 s, 6 g,
 *   7 t, 8 b, rn m) and must then be one of the labels below, or differ from one in one letter a
 *   scanner confuses (d/o, h/n, m/n, r/k, e/f, o/q, l/i, c/e, u/v) when the label has five bytes
 *   or more, or in any one letter when it has ten or more. Only stray marks (spaces and : _ ~ . ;
 *   | ¦ or a tab) stand between the label and the date.
 * - A date a scanner printed with a letter for a digit and spaced separators or a short month,
 *   after such a label: "23 . O5 . 1936", "25 08 2O03", "23 JUL 2O05" (nw_scan59_date).
 * - A street's postcode and town after it, their own finding (nw_scan59_town).
 *
 * The one thing to know: the label is read only at a date every other rule refused, the date
 * only behind nw_scan59_may()'s shape test, the town only after a street that got through every
 * filter, so text without them pays a few byte tests. Nothing here allocates.
 */
#include "anonymize/names_internal.h"
#include "anonymize/names_scan59.h"

#include <string.h>

/* Folded, without a trailing dot. */
static const char *const labels59[] = {"dob",
                                       "d.o.b",
                                       "date of birth",
                                       "birth date",
                                       "birthdate",
                                       "born",
                                       "geburtsdatum",
                                       "geb.-datum",
                                       "geb.datum",
                                       "geb. datum",
                                       "geb.dat",
                                       "geb",
                                       "geboren am",
                                       "geboren",
                                       "geboortedatum",
                                       "date de naissance",
                                       "date naiss",
                                       "ne le",
                                       "nee le",
                                       "ne(e) le",
                                       "fecha de nacimiento",
                                       "fecha nac",
                                       "f. nac",
                                       "data di nascita",
                                       "data nasc",
                                       "nato il",
                                       "nata il",
                                       "data de nascimento",
                                       "nascido em",
                                       "data urodzenia",
                                       "data ur",
                                       "datum narozeni",
                                       "dat. nar",
                                       "narozen",
                                       "fodelsedatum",
                                       "fodd",
                                       "fodselsdato",
                                       "fodt",
                                       "syntymaaika",
                                       "synt",
                                       "syntynyt",
                                       "szuletesi datum",
                                       "szul. ido",
                                       "szuletett",
                                       "dogum tarihi",
                                       "d. tarihi",
                                       "data nasterii",
                                       "data n",
                                       "nascut la",
                                       "hm. gennisis",
                                       "imerominia gennisis"};

/* Latin-1 and Latin Extended-A letters (U+00C0-U+017F) by their ASCII base, lower case */
static const char latin_base[] = "aaaaaaaceeeeiiiidnooooo*ouuuuytsaaaaaaaceeeeiiiidnooooo*ouuuuyty"
                                 "aaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiiiiijjkkklllllll"
                                 "lllnnnnnnnnnoooooooorrrrrrssssssssttttttuuuuuuuuuuuuwwyyyzzzzzzs";

/* A scanner's digit for a letter */
static char undigit(uint8_t c)
{
    static const char map[] = "oi?easgtb?";
    return map[c - '0'];
}

/* t[a .. b) folded into buf (at most cap - 1 bytes): lower case ASCII, accents dropped, digits
 * read as letters; its length, or 0 when a byte has no fold. */
static size_t fold59(const uint8_t *t, size_t a, size_t b, char *buf, size_t cap)
{
    size_t n = 0;
    for (size_t i = a; i < b; i++) {
        uint8_t c = t[i];
        char f;
        if (n + 1 >= cap)
            return 0;
        if (c >= '0' && c <= '9') {
            f = undigit(c);
            if (f == '?')
                return 0;
        } else if (c < 0x80) {
            f = (char)(c >= 'A' && c <= 'Z' ? c | 32 : c);
            if ((f | 32) == 'r' && i + 1 < b && (t[i + 1] | 32) == 'n' && i + 2 < b &&
                t[i + 2] != ' ' && t[i + 2] != '.') {
                f = 'm'; /* "DATUM NAROZENI" read "DATURN": rn for m inside a word */
                i++;
            }
        } else if (i + 1 < b && c >= 0xC3 && c <= 0xC5 && t[i + 1] >= 0x80 && t[i + 1] < 0xC0) {
            size_t k = (size_t)(c - 0xC3) * 64 + (t[i + 1] - 0x80);
            f = latin_base[k];
            i++;
        } else if (i + 1 < b && c == 0xC8 && t[i + 1] >= 0x98 && t[i + 1] <= 0x9B) {
            f = t[i + 1] < 0x9A ? 's' : 't'; /* Romanian ș, ț */
            i++;
        } else {
            return 0;
        }
        buf[n++] = f;
    }
    while (n > 0 && (buf[n - 1] == '.' || buf[n - 1] == ' '))
        n--;
    buf[n] = '\0';
    return n;
}

/* Letters a scanner confuses with each other */
static int confusable(char x, char y)
{
    static const char *const pairs[] = {"do", "hn", "mn", "rk", "ef", "oq", "li", "ce", "uv"};
    for (size_t k = 0; k < sizeof pairs / sizeof *pairs; k++)
        if ((x == pairs[k][0] && y == pairs[k][1]) || (x == pairs[k][1] && y == pairs[k][0]))
            return 1;
    return 0;
}

/* f (n bytes) is the label l, or one scanner's letter off it (see the top comment) */
static int near_label(const char *f, size_t n, const char *l)
{
    size_t m = strlen(l);
    if (m != n)
        return 0;
    int diff = 0, ocr = 1;
    for (size_t k = 0; k < n; k++)
        if (f[k] != l[k]) {
            if (++diff > 1)
                return 0;
            ocr = confusable(f[k], l[k]);
        }
    return diff == 0 || (m >= 5 && ocr) || m >= 10;
}

/* A stray mark between a label and its value: its length at i, or 0 */
static size_t mark_at(const uint8_t *t, size_t i)
{
    if (t[i] == ' ' || t[i] == ':' || t[i] == '_' || t[i] == '~' || t[i] == '.' || t[i] == ';' ||
        t[i] == '|' || t[i] == '\t')
        return 1;
    return 0;
}

int nw_scan59_ocr_label(const struct sc *s, size_t ds)
{
    const uint8_t *t = s->t;
    size_t le = ds;
    while (le > 0 && ds - le < 8) {
        if (mark_at(t, le - 1))
            le--;
        else if (le >= 2 && t[le - 2] == 0xC2 && t[le - 1] == 0xA6)
            le -= 2; /* '¦' */
        else
            break;
    }
    if (le == ds || le == 0)
        return 0;
    size_t lb = le;
    while (lb > 0 && le - lb < 32 && t[lb - 1] != '\n' && t[lb - 1] != '|' && t[lb - 1] != ';' &&
           t[lb - 1] != '\t' && t[lb - 1] != ':' && t[lb - 1] != '~' && t[lb - 1] != ',' &&
           !(t[lb - 1] == 0xA6 && lb >= 2 && t[lb - 2] == 0xC2) &&
           !(t[lb - 1] == ' ' && lb >= 2 && t[lb - 2] == ' '))
        lb--;
    if (le - lb < 2 || le - lb >= 32)
        return 0;
    /* the whole field, then its last three, two and one words */
    size_t starts[4], ns = 0;
    starts[ns++] = lb;
    for (size_t k = le - 1; k > lb && ns < 4; k--)
        if (t[k - 1] == ' ' && t[k] != ' ')
            starts[ns++] = k;
    for (size_t q = 0; q < ns; q++) {
        char buf[40];
        size_t a = starts[q];
        while (a < le && (t[a] == ' ' || t[a] == '_' || t[a] == '.'))
            a++;
        size_t n = a < le ? fold59(t, a, le, buf, sizeof buf) : 0;
        if (n < 2)
            continue;
        for (size_t k = 0; k < sizeof labels59 / sizeof *labels59; k++)
            if (near_label(buf, n, labels59[k]))
                return !nw_due_before(s, a); /* "Tahmini doğum tarihi": a due date */
    }
    return 0;
}

/* ---- the date after such a label, as a scanner printed it ------------------------------------ */

/* A digit as a scanner may print it: its value, 10 for a letter read as one, or -1 */
static int ocr_digit59(uint8_t c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    switch (c) {
    case 'O':
    case 'o':
        return 10;
    case 'l':
    case 'I':
        return 11;
    case 'S':
        return 15;
    case 'B':
        return 18;
    default:
        return -1;
    }
}

/* Up to most digits from *k (letters read as digits); their value, or -1 when none; *noise set
 * when a letter was among them, *k past them. */
static int ocr_number(const struct sc *s, size_t *k, size_t most, int *noise)
{
    int v = 0;
    size_t a = *k;
    while (*k < s->len && *k - a < most) {
        int d = ocr_digit59(s->t[*k]);
        if (d < 0)
            break;
        if (d >= 10)
            *noise = 1;
        v = v * 10 + d % 10;
        (*k)++;
    }
    return *k > a ? v : -1;
}

/* The separator at k: '.', '/', '-' (with a space after it or around it: "14 . 07 . 1976") or a
 * space; its byte ('s' for a space alone), *k past it, or 0. */
static int date_sep(const struct sc *s, size_t *k)
{
    const uint8_t *t = s->t;
    size_t i = *k;
    if (i + 1 >= s->len)
        return 0;
    int sp = t[i] == ' ';
    if (sp)
        i++;
    if (t[i] == '.' || t[i] == '/' || t[i] == '-') {
        uint8_t c = t[i++];
        if (i < s->len && t[i] == ' ')
            i++;
        *k = i;
        return c;
    }
    if (!sp)
        return 0;
    *k = i;
    return 's';
}

/* A month's three-letter short name at k, folded ("JAN", "OKT", "MRT"): its number, or 0 */
static int month3(const struct sc *s, size_t k)
{
    static const char *const m[] = {"jan", "feb", "mar", "apr", "may", "jun", "jul",
                                    "aug", "sep", "oct", "nov", "dec", "ene", "abr",
                                    "ago", "dic", "gen", "mag", "giu", "lug", "set",
                                    "ott", "mai", "okt", "dez", "mrt", "mei", "avr"};
    static const int num[] = {1, 2,  3, 4, 5, 6, 7, 8,  9, 10, 11, 12, 1, 4,
                              8, 12, 1, 5, 6, 7, 9, 10, 5, 10, 12, 3,  5, 4};
    if (k + 3 >= s->len || s->t[k + 3] != ' ')
        return 0;
    char f[3];
    for (int j = 0; j < 3; j++) {
        uint8_t c = s->t[k + j];
        if (!((c | 32) >= 'a' && (c | 32) <= 'z'))
            return 0;
        f[j] = (char)(c | 32);
    }
    for (size_t q = 0; q < sizeof m / sizeof *m; q++)
        if (!memcmp(f, m[q], 3))
            return num[q];
    return 0;
}

size_t nw_scan59_date(const struct sc *s, size_t a)
{
    const uint8_t *t = s->t;
    size_t k = a;
    int noise = 0, mon;
    int day = ocr_number(s, &k, 2, &noise);
    int sep = day >= 1 && day <= 31 ? date_sep(s, &k) : 0;
    if (!sep)
        return 0;
    if (sep == 's' && (mon = month3(s, k)) != 0) {
        k += 4; /* "16 JAN 1946", "23 JUL 2O05" */
    } else {
        mon = ocr_number(s, &k, 2, &noise);
        size_t k2 = k;
        if (mon < 1 || mon > 12 || date_sep(s, &k2) != sep)
            return 0;
        k = k2;
    }
    size_t y0 = k;
    int year = ocr_number(s, &k, 4, &noise);
    if (k - y0 != 4 || year < 1900 || year > 2026 || !noise ||
        (k < s->len && (is_alnum(t[k]) || t[k] >= 0x80)))
        return 0;
    if (k + 3 < s->len && t[k] == ' ' && is_digit(t[k + 1]) &&
        (t[k + 2] == ':' || (is_digit(t[k + 2]) && t[k + 3] == ':')))
        return 0;                             /* "01 . O5 . 2O23 12:06": a fax's stamp */
    return nw_scan59_ocr_label(s, a) ? k : 0; /* the label right before it, not a column above */
}

/* ---- the postcode and town after a street -------------------------------------------------- */

/* A postcode at k: "44000", "1100-053", "90-001", "370 01", "2311 GJ"; its end, or 0. A year
 * (19xx, 20xx) is none. */
static size_t postcode59(const uint8_t *t, size_t len, size_t k)
{
    size_t a = k;
    while (k < len && k - a < 6 && is_digit(t[k]))
        k++;
    size_t n = k - a;
    if (n < 2 || n > 6 || (k < len && is_digit(t[k])))
        return 0;
    if (k + 3 < len && t[k] == '-' && is_digit(t[k + 1]) && is_digit(t[k + 2]) &&
        is_digit(t[k + 3]) && (n == 2 || n == 4))
        return k + 4 < len && is_digit(t[k + 4]) ? 0 : k + 4; /* "90-001", "1100-053" */
    if (n == 3 && k + 2 < len && t[k] == ' ' && is_digit(t[k + 1]) && is_digit(t[k + 2]))
        return k + 3; /* "370 01", "702 10" */
    if (n == 4 && k + 3 < len && t[k] == ' ' && is_up(t[k + 1]) && is_up(t[k + 2]) &&
        t[k + 3] == ' ')
        return k + 3; /* "2311 GJ" */
    if (n < 4 || (n == 4 && (t[a] == '1' || t[a] == '2') && (t[a + 1] == '9' || t[a + 1] == '0')))
        return 0;
    return k;
}

/* A town of one to three words at k, each opening with a capital, letters, '-' and '\'' inside,
 * that ends its line (line) or else its line or cell: its end, or 0. A register's row after a
 * street ("4062 DOĞAN, MEHMET ¦ ...") has more cells. */
static size_t town59(const uint8_t *t, size_t len, size_t k, int line)
{
    for (int w = 0; w < 3; w++) {
        size_t u = nw_upper(t + k, len - k);
        if (!u)
            return 0;
        k += u;
        for (size_t l; k < len && ((l = nw_letter(t + k, len - k)) || t[k] == '-' || t[k] == '\'');)
            k += l ? l : 1;
        if (k >= len || t[k] == '\n' || t[k] == '\r' ||
            (t[k] == '\\' && k + 1 < len && t[k + 1] == 'n'))
            return k;
        if (!line && (t[k] == '\t' || (t[k] == ' ' && k + 1 < len &&
                                       (t[k + 1] == ' ' || t[k + 1] == '|' || t[k + 1] == '~' ||
                                        t[k + 1] == 0xC2))))
            return k;
        if (t[k] != ' ')
            return 0;
        k++;
    }
    return 0;
}

/* After a street that ends at e: the postcode and town on its line after ", ", a column gap,
 * '|' or '¦', or alone on the next line (indented or not) to its end; *ps its start, its end,
 * or 0. */
static size_t town_after(const uint8_t *t, size_t len, size_t e, size_t *ps)
{
    size_t k = e;
    int nl = 0;
    if (k < len && t[k] == ',')
        k++;
    while (k < len && k - e < 12) {
        if (t[k] == ' ' || t[k] == '\t' || t[k] == '|' || t[k] == '~')
            k++;
        else if (t[k] == 0xC2 && k + 1 < len && t[k + 1] == 0xA6)
            k += 2;
        else if (t[k] == '\r' || (t[k] == '\n' && !nl))
            nl |= t[k++] == '\n';
        else if (t[k] == '\\' && k + 1 < len && t[k + 1] == 'n' && !nl)
            nl = 1, k += 2;
        else
            break;
    }
    if (k == e || k >= len || !is_digit(t[k]))
        return 0;
    if (!nl && k == e + 1 && t[e] == ' ')
        return 0; /* one space: the street's own number or a word after it */
    size_t p = postcode59(t, len, k);
    if (!p || p + 1 >= len || t[p] != ' ')
        return 0;
    size_t r = town59(t, len, p + 1, nl);
    if (!r)
        return 0;
    for (size_t q = p + 1; nl && q < r; q++)
        if (t[q] >= 'a' && t[q] <= 'z')
            return 0; /* alone on its line only in capitals: a typed address's town line is
                         left to the readers of typed text (agent49's saved memory) */
    *ps = k;
    return r;
}

int nw_scan59_town(const struct nw_link *p, size_t e)
{
    size_t ps, pe;
    if (e >= p->len || !(p->t[e] == ',' || p->t[e] == ' ' || p->t[e] == '\n' || p->t[e] == '\t' ||
                         p->t[e] == '\r' || p->t[e] == '\\'))
        return 0;
    pe = town_after(p->t, p->len, e, &ps);
    return pe ? p->emit(p->arg, ANON_NAMES_ADDRESS, ps, pe) : 0; /* "Via Mazzini 4\n10121 TORINO" */
}
