/* names_dob47.c: dates of birth as data tools and agents pass them on (branch dob47, issue 15),
 * written after gen_dob47.py (Jupyter, mongosh, Elasticsearch, Sheets, FHIR, SEPA, HTML and SQL
 * output, half of it inside request bodies) had been graded.
 *
 * Two readers:
 * - the member path: a request body's JSON member (or one of a JSON document inside a string, a
 *   tool result's rows) is judged by its key alone, so a key that names a birth in any of the
 *   pack's languages (`datum_narozeni`, `szul_datum`, `syntymaaika`, `dt_naiss`,
 *   `fodelsedatum`) must be known there as it is in text (names_dob43.c's key reader), and a
 *   value under it read as the data stores write one (`1987-03-04 00:00:00`, `19870304`, epoch
 *   milliseconds, a spreadsheet serial);
 * - the label's reach in text: markup between a birth label and its value (`<th>Born</th>\n
 *   <td>`) and ZPL's `^FD` field opener glued to the label (`^FDDOB: ...`).
 *
 * The one thing to know: a key is a birth's only when no part of it names an animal
 * (`pet_birth_date`), and every value reader here needs that key: none runs on free text.
 */
#include <stdint.h>
#include <string.h>

#include "anonymize/names_internal.h"
#include "anonymize/names_scan57.h"
#include "anonymize/names_scan59.h"

/* Parts of a key that make its birth an animal's. Folded, whole parts only. */
static const char *const animal_parts[] = {"pet",   "dog",   "cat",     "horse", "animal", "hund",
                                           "katze", "pferd", "chien",   "chat",  "cheval", "perro",
                                           "gato",  "cane",  "hond",    "paard", "puppy",  "kitten",
                                           "foal",  "tier",  "haustier"};

/* Does a part of the key t[0 .. n) (split at '_', '-', '.', ' ' and camelCase) name an animal? */
static int animal_key(const uint8_t *t, size_t n)
{
    size_t a = 0;
    while (a < n) {
        while (a < n && !is_alnum(t[a]))
            a++;
        size_t b = a + 1;
        while (b < n && is_alnum(t[b]) && !(is_up(t[b]) && !is_up(t[b - 1])))
            b++;
        if (b > n)
            break;
        for (size_t k = 0; k < sizeof animal_parts / sizeof *animal_parts; k++) {
            size_t l = strlen(animal_parts[k]);
            if (l != b - a)
                continue;
            size_t q = 0;
            while (q < l && (t[a + q] | 32) == (uint8_t)animal_parts[k][q])
                q++;
            if (q == l)
                return 1;
        }
        a = b;
    }
    return 0;
}

int anon_names_animal_key(const char *key, size_t n)
{
    return key && n <= 40 && animal_key((const uint8_t *)key, n);
}

/* Hungarian "szül." as a key's first part: "szul_datum", "szul_ido", "szulDatum". */
static int szul_key(const uint8_t *t, size_t n)
{
    return n >= 6 && (t[0] | 32) == 's' && (t[1] | 32) == 'z' && (t[2] | 32) == 'u' &&
           (t[3] | 32) == 'l' && (t[4] == '_' || t[4] == '-' || t[4] == '.' || is_up(t[4]));
}

int anon_names_birth_key(const char *key, size_t n)
{
    if (!key || n < 2 || n > 40)
        return 0;
    if (n == 5 && (key[0] | 32) == 'b' && memcmp(key + 1, "irth", 4) == 0)
        return 0; /* "birth" alone is a file's birth time as often (stat's "Birth:") */
    if (n > 8 && (key[0] | 32) == 'b' && memcmp(key + 1, "irthday", 7) == 0 && key[8] >= 'a' &&
        key[8] <= 'z')
        return 0; /* "birthdayx": another word that starts like one */
    struct sc s;
    memset(&s, 0, sizeof s);
    s.t = (const uint8_t *)key;
    s.len = n;
    return (nw_dob43_key(&s, 0, n) || szul_key(s.t, n)) && !animal_key(s.t, n);
}

/* The number t[a .. b), all digits, or -1 (more than 13 digits, or none). */
static int64_t digits(const uint8_t *t, size_t a, size_t b)
{
    if (b <= a || b - a > 13)
        return -1;
    int64_t v = 0;
    for (size_t i = a; i < b; i++) {
        if (!is_digit(t[i]))
            return -1;
        v = v * 10 + (t[i] - '0');
    }
    return v;
}

int nw_dob47_member_value(const struct sc *s, size_t a, size_t b)
{
    const uint8_t *t = s->t;
    size_t n = b - a;
    /* "1987-03-04 00:00:00", "1987-03-04 00:00": a date column's midnight */
    if (n >= 16 && n <= 19 && t[a + 10] == ' ' && t[a + 4] == '-' && t[a + 13] == ':') {
        for (size_t i = a + 11; i < b; i++)
            if (!is_digit(t[i]) && t[i] != ':')
                return 0;
        struct sc d = *s;
        size_t ds;
        d.len = a + 10;
        return nw_date_at(&d, a, &ds) == a + 10 && ds == a;
    }
    int neg = t[a] == '-';
    int64_t v = digits(t, a + neg, b);
    if (v < 0)
        return 0;
    n -= (size_t)neg;
    if (neg)
        return n >= 9; /* epoch seconds or milliseconds before 1970 */
    if (n == 5)
        return v >= 10000 && v <= 45999; /* a spreadsheet serial of 1927 .. 2025 */
    if (n == 8) {
        int64_t y = v / 10000, m = v / 100 % 100, d = v % 100;
        return y >= 1900 && y <= 2030 && m >= 1 && m <= 12 && d >= 1 && d <= 31;
    }
    if (n == 9 || n == 10)
        return v <= 1800000000LL; /* epoch seconds up to 2027 */
    if (n >= 11 && n <= 13)
        return v <= 1800000000000LL; /* epoch milliseconds up to 2027 */
    return 0;
}

/* The markup tag at i (before p): its length, or 0. */
static size_t tag_at(const struct sc *s, size_t i, size_t p)
{
    const uint8_t *t = s->t;
    if (t[i] != '<' || i + 2 >= p || !(nw_letter(t + i + 1, 1) || t[i + 1] == '/'))
        return 0;
    for (size_t k = i + 1; k < p && k - i < 80; k++) {
        if (t[k] == '>')
            return k - i + 1;
        if (t[k] == '<' || t[k] == '\n')
            return 0;
    }
    return 0;
}

int nw_dob47_markup(const struct sc *s, size_t i, size_t p, int *state)
{
    enum { CLOSED = 1, TAG = 2, TEXT = 4 }; /* the last tag closed one, a tag skipped, text after */
    const uint8_t *t = s->t;
    size_t n = tag_at(s, i, p);
    if (n) {
        int closing = t[i + 1] == '/';
        if ((closing && (*state & CLOSED)) || (*state & TEXT))
            return -1; /* "</CityOfBirth>\n</DtAndPlcOfBirth>": out of the label's element;
                          "</th><td>Lyon</td><td>": past another cell's text */
        *state = TAG | (closing ? CLOSED : 0);
        return (int)n;
    }
    if ((*state & CLOSED) && t[i] == '&') { /* an entity after the label's cell: "</b>&nbsp;" */
        size_t k = i + 1;
        while (k < p && k - i < 10 && (is_alnum(t[k]) || t[k] == '#'))
            k++;
        if (k < p && t[k] == ';' && k > i + 1)
            return (int)(k - i + 1);
    }
    if ((*state & TAG) && (is_alnum(t[i]) || t[i] >= 0x80)) {
        if (*state & CLOSED)
            return -1; /* text right after the label's cell closed: another cell's */
        *state |= TEXT;
    }
    return 0;
}

int nw_dob47_zpl_field(const struct sc *s, size_t i)
{
    return i >= 3 && s->t[i - 1] == 'D' && s->t[i - 2] == 'F' && s->t[i - 3] == '^';
}

/* ---- dates as OCR reads them ---------------------------------------------------------------- */

/* A byte OCR puts for a digit: O and o for 0, l, I and | for 1, S for 5 and B for 8 (scan55). */
static int ocr_digit(uint8_t c)
{
    return c == 'O' || c == 'o' || c == 'l' || c == 'I' || c == '|' || c == 'S' || c == 'B';
}

static int ocr_sep(uint8_t c)
{
    return c == '.' || c == ',' || c == '/' || c == '-' || c == ' ';
}

size_t nw_dob47_ocr(const struct sc *s, size_t i, size_t d, size_t *ds)
{
    const uint8_t *t = s->t;
    size_t a = i, b = d;
    /* the window: digits, OCR's digits glued to one, separators, single spaces */
    while (a > 0 && i - a < 12 && t[a - 1] != '\n' &&
           (is_digit(t[a - 1]) || (ocr_sep(t[a - 1]) && t[a - 1] != ' ') ||
            (t[a - 1] == ' ' && a >= 2 && (ocr_sep(t[a - 2]) || is_digit(t[a - 2])) &&
             t[a - 2] != ' ' && (is_digit(t[a]) || ocr_sep(t[a]))) ||
            (ocr_digit(t[a - 1]) && (is_digit(t[a]) || ocr_sep(t[a])))))
        a--;
    while (b < s->len && b - i < 16 &&
           (is_digit(t[b]) || (ocr_sep(t[b]) && t[b] != ' ') ||
            (t[b] == ' ' && b + 1 < s->len && (is_digit(t[b + 1]) || ocr_sep(t[b + 1])) &&
             t[b + 1] != ' ' && t[b - 1] != ' ') ||
            (ocr_digit(t[b]) && (is_digit(t[b - 1]) || ocr_sep(t[b - 1])))))
        b++;
    while (a < b && ocr_sep(t[a]))
        a++;
    while (b > a && ocr_sep(t[b - 1]))
        b--;
    if (b - a < 6 || (a > 0 && (is_alnum(t[a - 1]) || t[a - 1] >= 0x80)) ||
        (b < s->len && (is_alnum(t[b]) || t[b] >= 0x80)))
        return 0;
    uint8_t buf[24];
    size_t n = 0;
    int noise = 0, dig = 0;
    for (size_t k = a; k < b; k++) {
        uint8_t c = t[k];
        if (c == ' ')
            continue; /* spaces alone are a typesetter's, read by the date reader */
        if (ocr_digit(c))
            c = (c == 'O' || c == 'o') ? '0' : c == 'S' ? '5' : c == 'B' ? '8' : '1', noise = 1;
        else if (c == ',')
            c = '.', noise = 1;
        dig += is_digit(c);
        if (n == sizeof buf)
            return 0;
        buf[n++] = c;
    }
    if (!noise || dig < 6)
        return 0;
    struct sc c = *s;
    size_t cs;
    c.t = buf;
    c.len = n;
    if (nw_date_at(&c, 0, &cs) != n || cs != 0 ||
        !(nw_birth_before(s, a) || nw_scan57_birth_column(s, a, b) ||
          nw_scan59_ocr_label(s, a))) /* a register's row */
        return 0;
    *ds = a;
    return b;
}
