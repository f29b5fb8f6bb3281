/* names_scan57.c: what OCR and fax forms in capitals still hid after names_scan56.c: a street
 * whose house number comes first ("12 HIGH STREET", "80 AV. DU GÉNÉRAL LECLERC"), a street word
 * that OCR cut with a digit read for a letter ("ST0RGATAN 12", "SK0LEVEJ 4": names_scan56.c reads
 * it through nw_scan57_ocr_end and nw_scan57_fold_ocr), and a birth in a register's row under a
 * column header that holds the birth word ("LP.  NAZWISKO IMIĘ  ADRES  DATA UR.  PRZYJĘTY"), the
 * row itself carrying no label; and the postcode and town in their own cell after a street found
 * here or by names_scan56.c (", 7011 TRONDHEIM", the next line "41001 SEVILLA"), which
 * nw_scan57_cell emits for names.c's pass beside scan56's street.
 *
 * The one thing to know: every rule here wants a capitals line (no small letter but OCR's 'l' on
 * the row or within 48 bytes of the cell), so mixed-case text never reaches more than a byte test.
 * A number-first street needs its type word (first after the number, or last in the cell, or one
 * compound ending in its type) and the cell's end after it; a row's birth is the date in the
 * birth's place among the header's date columns (a row with more dates than columns is none), so
 * an admission, issue or death date beside it stays out. Nothing here allocates.
 */
#include "anonymize/names_scan57.h"
#include "anonymize/names_scan56.h"

#include <string.h>

static int ocr_dig(uint8_t c)
{
    return c == '0' || c == '1' || c == '5' || c == '8';
}

size_t nw_scan57_ocr_end(const struct sc *s, size_t e)
{
    const uint8_t *t = s->t;
    while (e + 1 < s->len && ocr_dig(t[e]) && nw_upper(t + e + 1, s->len - e - 1)) {
        e++;
        size_t u;
        while (e < s->len && (u = nw_upper(t + e, s->len - e)))
            e += u;
    }
    return e;
}

const char *nw_scan57_fold_ocr(const struct sc *s, size_t a, size_t b, char *buf, size_t cap)
{
    char raw[48];
    if (b <= a || b - a >= sizeof raw) {
        buf[0] = '\0';
        return buf;
    }
    size_t d = a;
    while (d < b && !is_digit(s->t[d]))
        d++;
    if (d == b) /* no OCR digit: folded as it is */
        return nw_fold_span(s, a, b, buf, cap);
    for (size_t k = a; k < b; k++) {
        uint8_t c = s->t[k];
        raw[k - a] = (char)(c == '0' ? 'O' : c == '1' ? 'I' : c == '5' ? 'S' : c == '8' ? 'B' : c);
    }
    size_t n = nw_fold(raw, b - a, buf, cap - 1);
    buf[n] = '\0';
    return buf;
}

const char *nw_scan57_fold_ef(const struct sc *s, size_t a, size_t b, char *buf, size_t cap)
{
    char raw[48];
    if (b <= a || b - a >= sizeof raw || !memchr(s->t + a, 'F', b - a))
        return NULL;
    for (size_t k = a; k < b; k++) {
        uint8_t c = s->t[k];
        raw[k - a] = (char)(c == '0'   ? 'O'
                            : c == '1' ? 'I'
                            : c == '5' ? 'S'
                            : c == '8' ? 'B'
                            : c == 'F' ? 'E'
                                       : c);
    }
    size_t n = nw_fold(raw, b - a, buf, cap - 1);
    buf[n] = '\0';
    return buf;
}

/* Type words a French or British form writes first after the number, beyond names_scan56.c's. */
static const char *const pre57[] = {"rte",      "route", "pl",     "cours", "ch",    "avenue",
                                    "chaussée", "sq",    "square", "bld",   "allee", "imp"};

static int pre_type(const char *f)
{
    for (size_t k = 0; k < sizeof pre57 / sizeof pre57[0]; k++)
        if (strcmp(f, pre57[k]) == 0)
            return 1;
    return nw_scan56_type(f, 0);
}

/* Type words written last, beyond names_scan56.c's ("THE GREEN", "ORCHARD WAY"). */
static const char *const post57[] = {"green", "grove", "court",  "square",   "hill", "row",
                                     "walk",  "mews",  "parade", "approach", "gate", "park"};

static int post_type(const char *f)
{
    for (size_t k = 0; k < sizeof post57 / sizeof post57[0]; k++)
        if (strcmp(f, post57[k]) == 0)
            return 1;
    return nw_scan56_type(f, 1);
}

int nw_scan57_sep_at(const struct sc *s, size_t e)
{
    const uint8_t *t = s->t;
    size_t k = e + 1;
    if (e >= s->len || t[e] != ' ')
        return 0;
    while (k < s->len && k - e <= 3 && (t[k] == '.' || t[k] == '_' || t[k] == ':'))
        k++;
    return k > e + 1 && k < s->len && t[k] == ' ';
}

/* The floor words of a Danish or Norwegian unit after "ST." or "4.": "TH.", "TV.", "MF.", "SAL" */
static int side_at(const uint8_t *t, size_t len, size_t k)
{
    return k + 2 < len && ((t[k] == 'T' && (t[k + 1] == 'H' || t[k + 1] == 'V')) ||
                           (t[k] == 'M' && t[k + 1] == 'F') ||
                           (t[k] == 'S' && t[k + 1] == 'A' && t[k + 2] == 'L'));
}

size_t nw_scan57_unit(const struct sc *s, size_t e)
{
    const uint8_t *t = s->t;
    size_t len = s->len, k;
    if (e + 2 < len && t[e] == ' ' && is_up(t[e + 1]) && !is_alnum(t[e + 2]) && t[e + 2] != '.') {
        k = e + 2; /* "161 B", "11 A 7", "135 C 1" */
        if (k + 1 < len && t[k] == ' ' && is_digit(t[k + 1]) &&
            (k + 2 >= len || !is_alnum(t[k + 2])))
            return k + 2;
        if (k + 2 < len && t[k] == ' ' && is_digit(t[k + 1]) && is_digit(t[k + 2]) &&
            (k + 3 >= len || !is_alnum(t[k + 3])))
            return k + 3;
        return k;
    }
    if (e + 6 < len && t[e] == ',' && t[e + 1] == ' ') {
        k = e + 2; /* ", ST. TH.", ", 4. TV.", ", 1. SAL", ", LGH 1102", ", AP. 6" */
        if (t[k] == 'S' && t[k + 1] == 'T' && t[k + 2] == '.')
            k += 3;
        else if (is_digit(t[k]) && t[k + 1] == '.')
            k += 2;
        else if (k + 5 < len &&
                 ((t[k] == 'L' && t[k + 1] == 'G' && t[k + 2] == 'H' && t[k + 3] == ' ') ||
                  (t[k] == 'A' && t[k + 1] == 'P' && t[k + 2] == '.' && t[k + 3] == ' ')) &&
                 is_digit(t[k + 4])) {
            k += 4;
            while (k < len && is_digit(t[k]) && k - e < 14)
                k++;
            return k;
        } else
            return e;
        if (k + 3 < len && t[k] == ' ' && side_at(t, len, k + 1)) {
            k += 3;
            if (k < len && (t[k] == '.' || t[k] == 'L'))
                k++;
        }
        return k;
    }
    k = e + (e + 1 < len && t[e] == ','); /* " 9º DTO", ", 2º IZQ": a floor and its side */
    if (k + 3 < len && t[k] == ' ' && is_digit(t[k + 1])) {
        size_t q = k + 1 + (is_digit(t[k + 2]) ? 2 : 1);
        if (q + 1 < len && t[q] == 0xC2 && t[q + 1] == 0xBA)
            e = q;
    }
    if (e + 2 < len && t[e] == 0xC2 &&
        t[e + 1] == 0xBA) { /* "3º IZQ", "9º DTO" (after its digit) */
        k = e + 2;
        if (k + 1 < len && t[k] == ' ' && is_up(t[k + 1])) {
            size_t q = k + 1;
            while (q < len && is_up(t[q]) && q - k <= 4)
                q++;
            if (q - k <= 4 && (q >= len || !is_alnum(t[q])))
                return q;
        }
        return k;
    }
    return e;
}

/* Does a cell end at e: the text's or line's end, a tab, a comma or semicolon, a quote, a column
 * gap, a separator mark or one space before a postcode's digits? */
static int cell_ends(const struct sc *s, size_t e)
{
    const uint8_t *t = s->t;
    if (e >= s->len)
        return 1;
    uint8_t c = t[e];
    if (c == '\n' || c == '\r' || c == '\t' || c == ',' || c == ';' || c == '"' || c == '|')
        return 1;
    if (c != ' ' || e + 1 >= s->len)
        return 0;
    uint8_t d = t[e + 1];
    return d == ' ' || d == '|' || d == '~' || d == '\t' || d == '\n' || is_digit(d) ||
           (d == 0xC2 && e + 2 < s->len && t[e + 2] == 0xA6) || nw_scan57_sep_at(s, e);
}

size_t nw_scan57_number_first(const struct sc *s, size_t i, size_t d)
{
    const uint8_t *t = s->t;
    if (d - i > 3 || d + 3 >= s->len)
        return 0;
    if (i > 0) { /* the number opens its cell */
        uint8_t p = t[i - 1];
        if (!(p == '\n' || p == '\t' || p == '|' || p == '"' ||
              (p == ' ' && (i < 2 || t[i - 2] == ' ' || t[i - 2] == ':' || t[i - 2] == '|' ||
                            t[i - 2] == '.' || t[i - 2] == '~' || t[i - 2] == 0xA6 ||
                            t[i - 2] == '\n' || is_up(t[i - 2]) || t[i - 2] >= 0x80))))
            return 0;
    }
    size_t j = d;
    if (is_up(t[j]) && t[j + 1] == ' ') /* "215A THE GREEN" */
        j++;
    if (t[j] != ' ' || !nw_upper(t + j + 1, s->len - j - 1))
        return 0;
    j++;
    if (j + 4 < s->len && (memcmp(t + j, "BIS ", 4) == 0 || memcmp(t + j, "TER ", 4) == 0))
        j += 4;
    size_t n = 0, fs = j, fe = j, ls = j, le = j, end = 0;
    while (n < 6 && j < s->len && nw_upper(t + j, s->len - j)) {
        size_t a = j, u;
        for (;;) {
            if (j < s->len && (u = nw_upper(t + j, s->len - j))) {
                j += u;
            } else if (j + 1 < s->len && (t[j] == '\'' || t[j] == '-') &&
                       nw_upper(t + j + 1, s->len - j - 1)) {
                j++;
            } else if (j > a && j + 1 < s->len && ocr_dig(t[j]) &&
                       nw_upper(t + j + 1, s->len - j - 1)) {
                j++; /* "ST. J0HN'S", "KING5WAY" */
            } else {
                break;
            }
        }
        if (n == 0)
            fs = a, fe = j;
        ls = a, le = j;
        n++;
        if (j < s->len && t[j] == '.')
            j++;
        end = j;
        if (j + 1 < s->len && t[j] == ' ' && nw_upper(t + j + 1, s->len - j - 1))
            j++;
        else
            break;
    }
    if (!n || !cell_ends(s, end) || !nw_scan56_caps_line(s, i, end))
        return 0;
    char buf[48];
    const char *g;
    if (n >= 2 && (pre_type(nw_scan57_fold_ocr(s, fs, fe, buf, sizeof buf)) ||
                   ((g = nw_scan57_fold_ef(s, fs, fe, buf, sizeof buf)) && pre_type(g))))
        return end;
    const char *f = nw_scan57_fold_ocr(s, ls, le, buf, sizeof buf);
    for (int k = 0; k < 2 && f; k++) { /* as printed, then with OCR's F read as E */
        if (n >= 2 && post_type(f))
            return end;
        size_t fl = strlen(f);
        if (n == 1 && fl >= 6 &&
            (nw_street_suffix(f) || (fl >= 7 && memcmp(f + fl - 3, "way", 3) == 0) ||
             memcmp(f + fl - 4, "gate", 4) == 0))
            return end; /* "KINGSWAY", "NORTHGATE", "LINDENALLEE" */
        f = k == 0 ? nw_scan57_fold_ef(s, ls, le, buf, sizeof buf) : NULL;
    }
    return 0;
}

/* ---- a birth in a register row under a birth column ------------------------------------- */

/* The year (1880-2039) of the four bytes at k, OCR letters read as digits, bounded on both
 * sides by no letter or digit; 0 when there is none. */
static int year_at(const uint8_t *t, size_t len, size_t k)
{
    if (k + 4 > len || (k > 0 && is_alnum(t[k - 1])) || (k + 4 < len && is_alnum(t[k + 4])))
        return 0;
    int y = 0;
    for (size_t q = k; q < k + 4; q++) {
        uint8_t c = t[q];
        int v = is_digit(c)            ? c - '0'
                : c == 'l' || c == 'I' ? 1
                : c == 'O'             ? 0
                : c == 'S'             ? 5
                : c == 'B'             ? 8
                                       : -1;
        if (v < 0)
            return 0;
        y = y * 10 + v;
    }
    return y >= 1880 && y <= 2039 ? y : 0;
}

/* Birth words of 17 languages as a column header prints them: a token equal to one of `exact`
 * (a trailing dot or colon dropped) or opening with one of `stems`. */
static const char *const exact[] = {"GEB",   "BORN", "DOB",   "NÉ",   "NÉE",  "NÉ(E)",
                                    "NAC",   "NASC", "NATO",  "NATA", "UR",   "NAR",
                                    "SZÜL",  "FÖDD", "FØDT",  "SYNT", "GENN", "FØDD",
                                    "NASC.", "NAIS", "D.O.B", "FODT", "FODD", "SZUL"};
static const char *const stems[] = {
    "GEB.",  "GEBOR", "GEBURT", "BIRTH",  "D.O.B",   "NAISS",  "NACIM", "NASCI", "NAROZ", "SZÜLET",
    "DOĞUM", "NAȘT",  "NĂSC",   "GENNIS", "FÖDELSE", "FØDSEL", "SYNTY", "SYNT.", "UR.",   "NAR."};

static int birth_token(const uint8_t *t, size_t a, size_t b)
{
    size_t n = b - a;
    while (n > 0 && (t[a + n - 1] == '.' || t[a + n - 1] == ':'))
        n--;
    for (size_t k = 0; k < sizeof exact / sizeof exact[0]; k++)
        if (strlen(exact[k]) == n && memcmp(t + a, exact[k], n) == 0)
            return 1;
    for (size_t k = 0; k < sizeof stems / sizeof stems[0]; k++) {
        size_t m = strlen(stems[k]);
        if (m <= b - a && memcmp(t + a, stems[k], m) == 0)
            return 1;
    }
    return 0;
}

/* Other dates' column words (a token opening with one): admissions, moves, deaths, baptisms,
 * issues. Generic "DATE", "DATUM", "FECHA" are left out: they join a birth word ("FECHA NAC."). */
static const char *const others[] = {
    "ADMIT",   "AUFNAHME", "ENTRÉE",   "INSCHRIJ", "ALTA",    "BAJA",    "ISCRIZ",  "ADMISS",
    "PRZYJ",   "PŘIJAT",   "FELVÉ",    "KAYIT",    "ÎNSCRIS", "EGGRAFI", "INSKRIV", "ALOITT",
    "OPTAGET", "INNSKREV", "EINTRITT", "AUSTRITT", "EINZUG",  "MOVED",   "DIED",    "DEATH",
    "GEST",    "DÉCÈS",    "BAPT",     "GETAUFT",  "DOOP",    "TAUF",    "ISSUE",   "EXPIR",
    "APPLIED", "JOINED",   "LEFT",     "ABGANG",   "SORTIE",  "ARRIV",   "DEPART",  "ZAMELD",
    "ENTRY",   "ANKUNFT",  "AANKOMST", "VERTREK",  "ANKOMST", "AVRESA"};

static int other_token(const uint8_t *t, size_t a, size_t b)
{
    for (size_t k = 0; k < sizeof others / sizeof others[0]; k++) {
        size_t m = strlen(others[k]);
        if (m <= b - a && memcmp(t + a, others[k], m) == 0)
            return 1;
    }
    return 0;
}

/* Is the header line a .. b a column header (three tokens or more, cut at spaces, tabs, | ¦, and
 * no label's colon: not "FØDSELSDATO:") with a birth word? Its date columns in *ndates and the
 * birth's place among them in *bord. */
static int birth_header(const uint8_t *t, size_t a, size_t b, size_t *ndates, size_t *bord)
{
    size_t k = a, tokens = 0;
    int birth = 0;
    *ndates = *bord = 0;
    if (memchr(t + a, ':', b - a))
        return 0;
    while (k < b) {
        while (k < b && (t[k] == ' ' || t[k] == '\t' || t[k] == '|' || t[k] == '/' ||
                         t[k] == 0xA6 || t[k] == 0xC2))
            k++;
        size_t q = k;
        while (q < b && t[q] != ' ' && t[q] != '\t' && t[q] != '|' && t[q] != '/')
            q++;
        if (q > k) {
            tokens++;
            if (birth_token(t, k, q)) {
                if (!birth)
                    *bord = (*ndates)++;
                birth = 1;
            } else if (other_token(t, k, q)) {
                (*ndates)++;
            }
        }
        k = q;
    }
    return birth && tokens >= 3;
}

/* Does the header line a .. b open with its birth word ("GEB.  NAME  ADRESSE")? */
static int birth_token_first(const uint8_t *t, size_t a, size_t b)
{
    while (a < b && (t[a] == ' ' || t[a] == '\t' || t[a] == '|'))
        a++;
    size_t q = a;
    while (q < b && t[q] != ' ' && t[q] != '\t' && t[q] != '|')
        q++;
    return q > a && birth_token(t, a, q);
}

/* The end of the column gap at k (two spaces or more, a tab, | ¦ ~, " . "), or k when none. */
static size_t gap_end(const uint8_t *t, size_t b, size_t k)
{
    size_t q = k;
    while (q < b && (t[q] == ' ' || t[q] == '\t' || t[q] == '|' || t[q] == '~' ||
                     (t[q] == 0xC2 && q + 1 < b && t[q + 1] == 0xA6) || (t[q] == 0xA6 && q > k)))
        q++;
    if (q - k >= 2 || (q > k && t[k] != ' ') || (q > k && t[q - 1] != ' '))
        return q;
    if (q == k + 1 && q + 1 < b && t[q] == '.' && t[q + 1] == ' ')
        return q + 2; /* " . " */
    return k;
}

/* Does the row a .. b hold a person's cell: two words or more of capitals (OCR digits inside a
 * word, a leading row number allowed), no other digit, between column gaps? A register's row of
 * departments, deaths or meters has none. And at least two gaps: a row, not a labelled line. */
static int person_row(const struct sc *s, size_t a, size_t b)
{
    const uint8_t *t = s->t;
    size_t k = a, gaps = 0;
    int person = 0;
    while (k < b) {
        size_t c = k; /* a cell from c to the next gap */
        while (k < b && gap_end(t, b, k) == k)
            k++;
        size_t ce = k, q = c, words = 0;
        int ok = 1;
        if (q < ce && is_digit(t[q])) { /* the row's number: "12 ", "235. ", "2) " */
            while (q < ce && is_digit(t[q]))
                q++;
            if (q < ce && (t[q] == '.' || t[q] == ')'))
                q++;
            while (q < ce && t[q] == ' ')
                q++;
        }
        while (ok && q < ce) {
            size_t u = nw_upper(t + q, ce - q), ws = q, letters = 0;
            if (!u)
                ok = 0;
            while (ok && q < ce && t[q] != ' ') {
                if ((u = nw_upper(t + q, ce - q))) {
                    q += u;
                    letters++;
                } else if (t[q] == '-' || t[q] == '\'' ||
                           ((t[q] == ',' || t[q] == '.') && (q + 1 == ce || t[q + 1] == ' '))) {
                    q++;
                } else if (is_digit(t[q]) && q > ws) {
                    q++; /* "K0WALSKI" */
                } else {
                    ok = 0;
                }
            }
            words += letters >= 2;
            while (q < ce && t[q] == ' ')
                q++;
        }
        if (ok && words >= 2)
            person = 1;
        if (k < b) {
            gaps++;
            k = gap_end(t, b, k);
        }
    }
    return person && gaps >= 2;
}

int nw_scan57_birth_column(const struct sc *s, size_t ds, size_t e)
{
    const uint8_t *t = s->t;
    size_t ls = ds, le = e;
    /* the row in capitals: no small letter but OCR's 'l' (most text stops at its first byte) */
    while (ls > 0 && t[ls - 1] != '\n' && ds - ls < 240) {
        uint8_t c = t[--ls];
        if (c >= 'a' && c <= 'z' && c != 'l')
            return 0;
    }
    if (ls == 0 || t[ls - 1] != '\n')
        return 0; /* a row has a line above it: its header */
    for (; le < s->len && t[le] != '\n' && le - e < 240; le++)
        if (t[le] >= 'a' && t[le] <= 'z' && t[le] != 'l')
            return 0;
    size_t f = ls;
    while (f < ds && (t[f] == ' ' || t[f] == '\t'))
        f++;
    int date_first = f == ds; /* "19/04/2018 ~ NAME": a date column first */
    /* the dates of the row in order (a year of four digits, OCR letters read, or a two-digit
     * year's "09.05.91"): which of them is this one, and how many */
    size_t at = SIZE_MAX, n = 0;
    for (size_t k = ls; k + 4 <= le; k++) {
        int d2 = k + 8 <= le && (k == ls || !is_alnum(t[k - 1])) && is_digit(t[k]) &&
                 is_digit(t[k + 1]) && (t[k + 2] == '.' || t[k + 2] == '/' || t[k + 2] == '-') &&
                 is_digit(t[k + 3]) && is_digit(t[k + 4]) && t[k + 5] == t[k + 2] &&
                 is_digit(t[k + 6]) && is_digit(t[k + 7]) && (k + 8 == le || !is_alnum(t[k + 8]));
        if (!d2 && !year_at(t, s->len, k))
            continue;
        if (k >= ds && k < e) {
            if (at == SIZE_MAX)
                at = n++;
        } else {
            n++;
        }
        k += d2 ? 7 : 3;
    }
    if (at == SIZE_MAX)
        return 0;
    if (!person_row(s, ls, le))
        return 0;
    size_t p = ls;
    for (int up = 0; up < 12 && p > 0; up++) {
        size_t q = p - 1, hs = q; /* t[q] is the line break above */
        while (hs > 0 && t[hs - 1] != '\n' && q - hs < 240)
            hs--;
        if (hs == q)
            return 0; /* a blank line: another block */
        int digits = 0;
        for (size_t k = hs; k < q && !digits; k++)
            digits = is_digit(t[k]);
        size_t nd, bo;
        if (!digits) /* the row's dates line up with the header's date columns */
            return birth_header(t, hs, q, &nd, &bo) && n <= (nd ? nd : 1) && at == bo &&
                   !(date_first && !birth_token_first(t, hs, q));
        p = hs;
    }
    return 0;
}

/* ---- the postcode and town after a capitals street ---------------------------------------- */

/* A capitals town of one to three words from k ("TRONDHEIM", "AARHUS C", "CLUJ-NAPOCA"); its
 * end, or 0. */
static size_t town_at(const struct sc *s, size_t k)
{
    const uint8_t *t = s->t;
    size_t n = 0, end = 0, u;
    while (n < 3 && k < s->len && nw_upper(t + k, s->len - k)) {
        size_t a = k;
        while (k < s->len && ((u = nw_upper(t + k, s->len - k)) ||
                              (t[k] == '-' && k + 1 < s->len && nw_upper(t + k + 1, 1))))
            k += u ? u : 1;
        if (n == 0 && k - a < 3)
            return 0;
        n++;
        end = k;
        if (!(k + 1 < s->len && t[k] == ' ' && nw_upper(t + k + 1, s->len - k - 1)))
            break;
        k++;
    }
    return n ? end : 0;
}

/* A postcode's digits from k: 4-6 digits, "NNN NN", "NN-NNN", "NNNN-NNN", "NNNN AB"; its end,
 * or 0. */
static size_t postcode_at(const struct sc *s, size_t k)
{
    const uint8_t *t = s->t;
    size_t a = k;
    while (k < s->len && is_digit(t[k]) && k - a < 7)
        k++;
    size_t n = k - a;
    if (k + 3 < s->len && t[k] == ' ' && n == 3 && is_digit(t[k + 1]) && is_digit(t[k + 2]) &&
        !is_alnum(t[k + 3]))
        return k + 3; /* "602 00", "753 20" */
    if (k + 3 < s->len && t[k] == '-' && (n == 2 || n == 4) && is_digit(t[k + 1]) &&
        is_digit(t[k + 2]) && is_digit(t[k + 3]))
        return k + 4; /* "31-042", "4000-322" */
    if (k + 3 < s->len && t[k] == ' ' && n == 4 && is_up(t[k + 1]) && is_up(t[k + 2]) &&
        t[k + 3] == ' ')
        return k + 3; /* "3511 LK" */
    return n >= 4 && n <= 6 ? k : 0;
}

/* A British postcode from k: "OX4 1YB", "CF10 1AB"; its end, or 0. */
static size_t uk_postcode_at(const struct sc *s, size_t k)
{
    const uint8_t *t = s->t;
    size_t a = k;
    while (k < s->len && is_up(t[k]) && k - a < 2)
        k++;
    if (k == a || k >= s->len || !is_digit(t[k]))
        return 0;
    k++;
    if (k < s->len && (is_digit(t[k]) || is_up(t[k])))
        k++;
    if (k + 3 < s->len && t[k] == ' ' && is_digit(t[k + 1]) && is_up(t[k + 2]) && is_up(t[k + 3]))
        return k + 4;
    return 0;
}

size_t nw_scan57_postcode(const struct sc *s, size_t e, size_t *ps)
{
    const uint8_t *t = s->t;
    size_t k = e;
    int nl = 0;
    if (k < s->len && t[k] == ',')
        k++;
    if (k < s->len && t[k] == '\n')
        k++, nl = 1;
    while (k < s->len && (t[k] == ' ' || t[k] == '\t') && k - e < 6)
        k++;
    if (k == e || k >= s->len)
        return 0;
    size_t q, r = 0;
    if (is_digit(t[k])) {
        if (!(q = postcode_at(s, k)) || q >= s->len || t[q] != ' ' || !(r = town_at(s, q + 1)))
            return 0;
    } else { /* "OXFORD OX4 1YB": the town first; its last word may open the postcode */
        if (!(q = town_at(s, k)))
            return 0;
        size_t w = q;
        while (w > k && t[w - 1] != ' ')
            w--;
        if (w > k)
            r = uk_postcode_at(s, w);
        if (!r && q + 1 < s->len && t[q] == ' ')
            r = uk_postcode_at(s, q + 1);
        if (!r)
            return 0;
    }
    /* on a line of its own it ends the line: "4062 DOĞAN, MEHMET ¦ ..." is the next row */
    if (nl ? r < s->len && t[r] != '\n' && t[r] != '\r' : !cell_ends(s, r))
        return 0;
    if (!nw_scan56_caps_line(s, k, r))
        return 0;
    *ps = k;
    return r;
}

/* names_scan56.c's street in a capitals cell at w (its number split off by a column gap its own
 * finding) and names_scan57.c's postcode cell after it: 1 when there is one, emitted (the emit's
 * answer in *rc), *next past it. */
int nw_scan57_cell(struct sc *s, const struct word *w, size_t *next, int *rc)
{
    size_t st_e, num_s, e = nw_scan56_caps_street(s, w, &st_e, &num_s);
    if (!e)
        return 0;
    *next = e;
    int r = s->emit(s->arg, ANON_NAMES_ADDRESS, w->s, num_s <= st_e + 1 ? e : st_e);
    if (r >= 0 && num_s > st_e + 1) /* "STORGATAN     70" */
        r = s->emit(s->arg, ANON_NAMES_ADDRESS, num_s, e);
    size_t ps, pe = r >= 0 ? nw_scan57_postcode(s, e, &ps) : 0; /* ", 7011 TRONDHEIM" */
    if (pe) {
        *next = pe;
        r = s->emit(s->arg, ANON_NAMES_ADDRESS, ps, pe);
    }
    *rc = r;
    return 1;
}
