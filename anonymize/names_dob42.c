/* names_dob42.c: dates of birth in API, seed-code, certificate and register text, and the
 * birthday party's date kept out (branch dob42, issue 15), written after a corpus of those kinds
 * (gen_dob42.py) had been graded and its misses grouped by mechanism:
 *
 * - a value under a right-aligned header: R's data.frame and pandas print a column's name over
 *   the end of its values ("      name        dob\n1 Ana Costa 1987-03-04");
 * - a birthday column: a header cell that is "Anniversaire" or "Aniversário" alone (the word is
 *   also a firm's or a wedding's, so only as a whole cell over dates);
 * - a date inside a call under a birth key: `birthday: Date.parse("1982-10-22")`,
 *   `Birthday = new DateTime(1984, 11, 11)`, `time.Date(1987, time.March, 4, ...)`,
 *   `LocalDate.of(1987, Month.MARCH, 4)`, `Date.new!(...)`, `Carbon::create(...)`;
 * - forms the date reader leaves: an Alloggiati Web record's birth date glued to its sex digit,
 *   an X.509 `dateOfBirth` GeneralizedTime ("19630911120000Z"), an EU DCC's year and month
 *   ("dob": "1987-03"), Nordic "f." / Finnish "s." after a personal number;
 * - the veto: a date answering a question on the line above about a birthday party, dinner or
 *   cake, or about when a birth certificate was issued, is that event's date, not a birth.
 *
 * The one thing to know: nw_dob42_birth() is asked last, at a date no earlier rule took, and
 * nw_dob42_veto() only at a date a rule took, so text without dates pays nothing; nothing
 * allocates.
 */
#include <stdint.h>
#include <string.h>

#include "anonymize/names_internal.h"

/* Does t[a .. b) hold `w` (lower case ASCII), any case? */
static int holds_ci(const uint8_t *t, size_t a, size_t b, const char *w)
{
    size_t n = strlen(w);
    for (size_t k = a; k + n <= b; k++) {
        size_t q = 0;
        while (q < n && (t[k + q] | (t[k + q] < 0x80 ? 32 : 0)) == (uint8_t)w[q])
            q++;
        if (q == n)
            return 1;
    }
    return 0;
}

/* A birth word at a part's start in the identifier t[a .. b): a word, a camelCase or '_' part
 * ("setGeburtsdatum", "date_of_birth", "Birthday"). */
static int birth_key(const struct sc *s, size_t a, size_t b)
{
    const uint8_t *t = s->t;
    for (size_t k = a; k < b; k++)
        if ((k == a || !is_alnum(t[k - 1]) ||
             (is_up(t[k]) && t[k - 1] >= 'a' && t[k - 1] <= 'z')) &&
            nw_birth_word_at(s, k, b))
            return 1;
    return 0;
}

/* ---- the birthday party's date ----------------------------------------------------------- */

/* Words of a question about a birthday's event rather than the birth: its party, dinner or cake
 * (en/de/fr/es/it/nl/pt). */
static const char *const party_words[] = {
    "party", "feier", "f\303\252te", "fete ",         "fiesta", "festa", "feest",    "dinner",
    "cake",  "torte", "kuchen",      "g\303\242teau", "pastel", "bolo",  "celebrat", "abendessen"};
/* A question that names the birth date itself, whatever else it names. */
static const char *const birth_date_words[] = {
    "date of birth", "dob",          "d.o.b",         "geburtsdatum", "date de naissance",
    "fecha de nac",  "data di nasc", "geboortedatum", "data de nasc", "born"};
/* A certificate's issue: both a document word and an issuing verb in the question. */
static const char *const cert_words[] = {"certific", "urkunde", "akte", "acte", "certid"};
static const char *const issue_words[] = {"issued",  "ausgestellt", "d\303\251livr", "emitid",
                                          "rilasc",  "expedid",     "afgegeven",     "emess",
                                          "emitted", "issue"};

int nw_dob42_veto(const struct sc *s, size_t ds)
{
    const uint8_t *t = s->t;
    size_t ls = nw_line_start(s, ds);
    if (ls == 0 || ds - ls > 24)
        return 0;
    for (size_t k = ls; k < ds; k++)
        if (is_digit(t[k]))
            return 0;
    size_t pe = ls - 1, pb = pe; /* the line above: the question */
    while (pb > 0 && t[pb - 1] != '\n' && pe - pb < 240)
        pb--;
    for (size_t k = 0; k < sizeof party_words / sizeof *party_words; k++)
        if (holds_ci(t, pb, pe, party_words[k])) {
            for (size_t j = 0; j < sizeof birth_date_words / sizeof *birth_date_words; j++)
                if (holds_ci(t, pb, pe, birth_date_words[j]))
                    return 0; /* "her date of birth for the party list?": the birth asked */
            return 1;
        }
    for (size_t k = 0; k < sizeof cert_words / sizeof *cert_words; k++)
        if (holds_ci(t, pb, pe, cert_words[k])) {
            for (size_t j = 0; j < sizeof issue_words / sizeof *issue_words; j++)
                if (holds_ci(t, pb, pe, issue_words[j]))
                    return 1;
            return 0;
        }
    return 0;
}

/* ---- a right-aligned column -------------------------------------------------------------- */

/* The date ds .. e is a cell of a row whose header, the nearest line above with no digit (up to
 * 16 lines), holds a word that ends in the date's last column: a birth key ("dob",
 * "birth_date"). */
static int right_column(const struct sc *s, size_t ds, size_t e)
{
    const uint8_t *t = s->t;
    if (ds == 0 || t[ds - 1] != ' ' || (e < s->len && t[e] != ' ' && t[e] != '\n' && t[e] != '\r'))
        return 0;
    size_t ls = nw_line_start(s, ds), col = 0;
    if (ls == 0 || !is_digit(t[ls]) || e - ls > 256)
        return 0; /* a printed frame's row opens with its index */
    for (size_t q = ls; q < e; q++)
        col += (t[q] & 0xC0) != 0x80;
    for (int k = 0; k < 16 && ls > 0; k++) {
        size_t le = ls - 1, b = le;
        while (b > 0 && t[b - 1] != '\n' && le - b < 512)
            b--;
        ls = b;
        int digit = 0;
        for (size_t q = b; q < le && !digit; q++)
            digit = is_digit(t[q]);
        if (digit)
            continue;        /* another row */
        size_t c = 0, q = b; /* the byte at the date's end column */
        while (q < le && c < col) {
            for (q++; q < le && (t[q] & 0xC0) == 0x80;)
                q++;
            c++;
        }
        if (c != col || q == b || t[q - 1] == ' ' || (q < le && t[q] != ' ' && t[q] != '\r'))
            return 0;
        size_t ws = q;
        while (ws > b && t[ws - 1] != ' ')
            ws--;
        return q - ws <= 32 && birth_key(s, ws, q);
    }
    return 0;
}

/* Does the header row holding t[cs] open with a firm's column ("| Société | Anniversaire |")?
 * Then the anniversary is the firm's founding day, not a birthday. */
static int firm_row(const struct sc *s, size_t cs)
{
    static const char *const firm[] = {"societe",    "soci\303\251t\303\251",
                                       "entreprise", "empresa",
                                       "azienda",    "company",
                                       "firma",      "firm",
                                       "bedrijf",    "ditta",
                                       "client"};
    const uint8_t *t = s->t;
    size_t a = cs;
    while (a > 0 && t[a - 1] != '\n' && cs - a < 256)
        a--;
    while (a < cs && (t[a] == '|' || t[a] == ' ' || t[a] == '\t' || t[a] == '"'))
        a++;
    size_t e = a;
    while (e < cs && e - a < 16 && (is_alnum(t[e]) || t[e] >= 0x80))
        e++;
    char buf[24];
    const char *f = e > a ? nw_fold_span(s, a, e, buf, sizeof buf) : NULL;
    return f && NW_ONE_OF(f, firm);
}

int nw_dob42_bday_cell(const struct sc *s, size_t cs, size_t ce)
{
    static const char *const cells[] = {"anniversaire", "anivers\303\241rio", "aniversario"};
    const uint8_t *t = s->t;
    while (cs < ce && (t[cs] == ' ' || t[cs] == '"'))
        cs++;
    while (ce > cs && (t[ce - 1] == ' ' || t[ce - 1] == '"' || t[ce - 1] == '\r'))
        ce--;
    char buf[16];
    const char *f = ce > cs && ce - cs < 16 ? nw_fold_span(s, cs, ce, buf, sizeof buf) : NULL;
    return f && NW_ONE_OF(f, cells) && !firm_row(s, cs);
}

/* ---- a date inside a call ----------------------------------------------------------------- */

/* The callee ending at c (before its '('): an identifier chain ("Date.parse", "LocalDate.of",
 * "Carbon::create", "Date.new!", "new DateTime") that names a date or a time; its start, or
 * SIZE_MAX. */
static size_t date_callee(const struct sc *s, size_t c)
{
    const uint8_t *t = s->t;
    size_t a = c;
    while (a > 0 && c - a < 40 && (is_alnum(t[a - 1]) || strchr("._:!", t[a - 1])))
        a--;
    if (a == c ||
        !(holds_ci(t, a, c, "date") || holds_ci(t, a, c, "time") || holds_ci(t, a, c, "carbon")))
        return SIZE_MAX;
    if (a >= 4 && memcmp(t + a - 4, "new ", 4) == 0)
        a -= 4;
    return a;
}

/* The key a callee at a is the value of, on its line: `key: `, `key = `, `'key' => `,
 * `"key": `, or a setter `setKey(`; does it name a birth? */
static int birth_key_before(const struct sc *s, size_t a)
{
    const uint8_t *t = s->t;
    size_t k = a;
    while (k > 0 && t[k - 1] == ' ')
        k--;
    if (k > 0 && t[k - 1] == '(') {
        k--; /* a setter: "c.setBirthday(LocalDate.of(...))" */
    } else {
        if (k >= 2 && t[k - 1] == '>' && t[k - 2] == '=')
            k -= 2;
        else if (k > 0 && (t[k - 1] == ':' || t[k - 1] == '='))
            k--;
        else
            return 0;
        while (k > 0 && (t[k - 1] == ' ' || t[k - 1] == '"' || t[k - 1] == '\''))
            k--;
    }
    size_t ke = k;
    while (k > 0 && ke - k < 40 && (is_alnum(t[k - 1]) || t[k - 1] == '_' || t[k - 1] >= 0x80))
        k--;
    return k < ke && birth_key(s, k, ke);
}

/* The date at ds is a call's argument, alone or quoted: `Date.parse("1982-10-22")`. */
static int call_value(const struct sc *s, size_t ds)
{
    const uint8_t *t = s->t;
    size_t c = ds;
    if (c > 0 && (t[c - 1] == '"' || t[c - 1] == '\''))
        c--;
    if (c == 0 || t[c - 1] != '(')
        return 0;
    size_t a = date_callee(s, c - 1);
    return a != SIZE_MAX && birth_key_before(s, a);
}

/* A month named in code: Go's "time.March", Java's "Month.MARCH"; its number, *e past it. */
static unsigned code_month(const struct sc *s, size_t k, size_t *e)
{
    static const char *const m3[] = {"jan", "feb", "mar", "apr", "may", "jun",
                                     "jul", "aug", "sep", "oct", "nov", "dec"};
    const uint8_t *t = s->t;
    size_t p;
    if (k + 5 < s->len && memcmp(t + k, "time.", 5) == 0)
        p = k + 5;
    else if (k + 6 < s->len && memcmp(t + k, "Month.", 6) == 0)
        p = k + 6;
    else
        return 0;
    size_t q = p;
    while (q < s->len && q - p < 10 && ((t[q] | 32) >= 'a' && (t[q] | 32) <= 'z'))
        q++;
    if (q - p < 3)
        return 0;
    for (unsigned m = 0; m < 12; m++)
        if ((t[p] | 32) == m3[m][0] && (t[p + 1] | 32) == m3[m][1] && (t[p + 2] | 32) == m3[m][2]) {
            *e = q;
            return m + 1;
        }
    return 0;
}

size_t nw_dob42_ctor(const struct sc *s, size_t i, size_t d, size_t *ds)
{
    const uint8_t *t = s->t;
    unsigned v[3] = {0, 0, 0};
    size_t k = i;
    for (int a = 0; a < 3; a++) {
        size_t st = k, me;
        if (a == 1 && (v[1] = code_month(s, k, &me)) != 0) {
            k = me;
        } else {
            while (k < s->len && k - st < 4 && is_digit(t[k]))
                v[a] = v[a] * 10 + (unsigned)(t[k++] - '0');
            if (k == st || (a == 0 && k != d))
                return 0;
        }
        if (a < 2) {
            if (k >= s->len || t[k] != ',')
                return 0;
            k++;
            if (k < s->len && t[k] == ' ')
                k++;
        }
    }
    if (k < s->len && is_alnum(t[k]))
        return 0;
    if (v[0] < 1900 || v[0] > 2099 || v[1] < 1 || v[1] > 12 || v[2] < 1 || v[2] > 31)
        return 0;
    size_t a = date_callee(s, i - 1);
    if (a == SIZE_MAX || !(birth_key_before(s, a) || nw_birth_before(s, a)))
        return 0;
    *ds = i;
    return k;
}

/* ---- forms the date reader leaves --------------------------------------------------------- */

/* Is t[p .. p + 8) a date written yyyymmdd? */
static int ymd8(const uint8_t *t, size_t p)
{
    unsigned y = 0, m, d;
    for (int k = 0; k < 4; k++)
        y = y * 10 + (unsigned)(t[p + k] - '0');
    m = (unsigned)(t[p + 4] - '0') * 10 + (unsigned)(t[p + 5] - '0');
    d = (unsigned)(t[p + 6] - '0') * 10 + (unsigned)(t[p + 7] - '0');
    return y >= 1900 && y <= 2099 && m >= 1 && m <= 12 && d >= 1 && d <= 31;
}

/* Is t[p .. p + 10) "dd/mm/yyyy"? */
static int dmy10(const uint8_t *t, size_t p)
{
    for (int k = 0; k < 10; k++)
        if ((k == 2 || k == 5) ? t[p + k] != '/' : !is_digit(t[p + k]))
            return 0;
    unsigned d = (unsigned)(t[p] - '0') * 10 + (unsigned)(t[p + 1] - '0');
    unsigned m = (unsigned)(t[p + 3] - '0') * 10 + (unsigned)(t[p + 4] - '0');
    return d >= 1 && d <= 31 && m >= 1 && m <= 12;
}

size_t nw_dob42_glued(const struct sc *s, size_t i, size_t d, size_t *ds)
{
    const uint8_t *t = s->t;
    size_t n = d - i;
    if (n == 3 && d + 8 <= s->len && t[d] == '/' && (t[i] == '1' || t[i] == '2') && i > 0 &&
        t[i - 1] == ' ' && dmy10(t, i + 1)) {
        /* Alloggiati Web's record: type (2 digits), arrival dd/mm/yyyy, days (2 digits),
           surname and given name padded with spaces, sex (1 or 2), then the birth date */
        size_t ls = nw_line_start(s, i);
        if (i - ls < 60 || !is_digit(t[ls]) || !is_digit(t[ls + 1]) || !dmy10(t, ls + 2) ||
            !is_digit(t[ls + 12]) || !is_digit(t[ls + 13]) || t[i - 2] != ' ')
            return 0;
        *ds = i + 1;
        return i + 11;
    }
    if (n == 14 && d < s->len && t[d] == 'Z' && ymd8(t, i) && nw_birth_before(s, i)) {
        *ds = i; /* X.509's dateOfBirth attribute, a GeneralizedTime: "19630911120000Z" */
        return d + 1;
    }
    if (n == 4 && d + 3 <= s->len && t[d] == '-' && is_digit(t[d + 1]) && is_digit(t[d + 2]) &&
        i > 0 && (t[i - 1] == '"' || t[i - 1] == '\'') &&
        (d + 3 == s->len || t[d + 3] == '"' || t[d + 3] == '\'')) {
        unsigned m = (unsigned)(t[d + 1] - '0') * 10 + (unsigned)(t[d + 2] - '0');
        unsigned y = 0;
        for (size_t k = i; k < d; k++)
            y = y * 10 + (unsigned)(t[k] - '0');
        if (m >= 1 && m <= 12 && y >= 1900 && y <= 2099 && nw_birth_before(s, i)) {
            *ds = i; /* an EU DCC's "dob": "1987-03": the year and month it knows */
            return d + 3;
        }
    }
    return 0;
}

/* Nordic "f." (født, född) and Finnish "s." (syntynyt) after a personal number: "personnummer:
 * 19760512-4848, f. 12 maj 1976", "henkilötunnus: 270593-546L, s. 1993-05-27"; or Finnish "s."
 * after a name ("Aino Virtanen, s. 10.07.1938"). */
static int nordic_after_number(const struct sc *s, size_t ds)
{
    const uint8_t *t = s->t;
    if (ds < 6 || t[ds - 1] != ' ' || t[ds - 2] != '.' || t[ds - 4] != ' ' || t[ds - 5] != ',')
        return 0;
    uint8_t m = t[ds - 3];
    if (m != 'f' && m != 's')
        return 0;
    size_t p = ds - 5, a = p; /* the token before the comma */
    while (a > 0 && p - a < 24 && (is_alnum(t[a - 1]) || t[a - 1] == '-' || t[a - 1] >= 0x80))
        a--;
    unsigned digits = 0;
    for (size_t k = a; k < p; k++)
        digits += is_digit(t[k]);
    if (digits >= 6) { /* a personal number: its label on the line */
        size_t ls = nw_line_start(s, a);
        static const char *const labels[] = {
            "personnummer", "f\303\270dselsnummer", "cpr", "henkil\303\266tunnus", "hetu",
            "personnr",     "f\303\270dselsnr"};
        for (size_t k = 0; k < sizeof labels / sizeof *labels; k++)
            if (a - ls < 160 && holds_ci(t, ls, a, labels[k]))
                return 1;
        return 0;
    }
    /* Finnish "s." after a name of two words (Swedish and Danish "f." after one:
       names_dob17.c) */
    if (m != 's' || digits || p - a < 2 || !is_up(t[a]) || a < 3 || t[a - 1] != ' ')
        return 0;
    size_t g = a - 1;
    while (g > 0 && a - 1 - g < 24 && (is_alnum(t[g - 1]) || t[g - 1] >= 0x80 || t[g - 1] == '-'))
        g--;
    return a - 1 - g >= 2 && is_up(t[g]);
}

int nw_dob42_birth(const struct sc *s, size_t ds, size_t e)
{
    const uint8_t *t = s->t;
    uint8_t c = ds > 0 ? t[ds - 1] : 0;
    return (c == ' ' && (right_column(s, ds, e) || nordic_after_number(s, ds))) ||
           ((c == '(' || c == '"' || c == '\'') && call_value(s, ds));
}
