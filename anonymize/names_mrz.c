/* names_mrz.c: the date of birth in a passport's or an ID card's machine-readable zone (ICAO Doc
 * 9303), found by a pass of its own before the walk of names.c (which starts no word inside a
 * run of letters, digits and '<'): TD3 (passports: two lines of 44, the first opening with 'P')
 * holds it at columns 14-19 of line two, TD1 (ID cards: three lines of 30, the first opening
 * with 'I', 'A' or 'C') at columns 1-6 of line two; both as YYMMDD followed by its check digit.
 * The holder's names too (PERSON): the surname and the given names of the name field, line one
 * after the issuing state (TD3) or line three (TD1), and of a passport's first line pasted alone
 * ("P<DEUKELLER<<MARIA<<<<": 'P', a state, "SURNAME<<GIVEN" and '<' filler to the line's end).
 *
 * The one thing to know: a zone is taken only when its first line has its format's length (within
 * two, as OCR reads it) and document code, its second line is all MRZ characters ([A-Z0-9<])
 * within two of the length, and the birth field's check digit is right; so a run of "<<" in code
 * or markup costs a look at one line and finds nothing. Nothing here allocates.
 */
#include "anonymize/names_internal.h"

#include <string.h>

static int mrz_char(uint8_t c)
{
    return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '<';
}

/* The line around k: its start in *ls, its end (before "\r\n" or "\n") returned. */
static size_t line_at(const struct sc *s, size_t k, size_t *ls)
{
    size_t a = k, e = k;
    while (a > 0 && s->t[a - 1] != '\n' && k - a < 64)
        a--;
    while (e < s->len && s->t[e] != '\n' && s->t[e] != '\r' && e - k < 64)
        e++;
    *ls = a;
    return e;
}

/* Does a line of MRZ characters start at a (after a line break or at the text's start), within
 * two of n long (OCR drops or doubles a '<')? Its length, or 0. */
static size_t mrz_line(const struct sc *s, size_t a, size_t n)
{
    const uint8_t *t = s->t;
    size_t e = a;
    if (a > 0 && t[a - 1] != '\n')
        return 0;
    while (e < s->len && e - a <= n + 2 && mrz_char(t[e]))
        e++;
    if (e - a + 2 < n || e - a > n + 2 || (e < s->len && t[e] != '\n' && t[e] != '\r'))
        return 0;
    return e - a;
}

/* The start of the line after the one that ends at e, or s->len. */
static size_t next_line(const struct sc *s, size_t e)
{
    if (e < s->len && s->t[e] == '\r')
        e++;
    return e < s->len && s->t[e] == '\n' ? e + 1 : s->len;
}

/* ICAO's check digit of t[a .. a + n): weights 7, 3, 1; '<' is 0, 'A' 10. */
static int check_ok(const struct sc *s, size_t a, size_t n, uint8_t digit)
{
    static const unsigned w[3] = {7, 3, 1};
    unsigned sum = 0;
    for (size_t i = 0; i < n; i++) {
        uint8_t c = s->t[a + i];
        unsigned v = c >= '0' && c <= '9' ? (unsigned)(c - '0')
                     : c == '<'           ? 0
                                          : (unsigned)(c - 'A' + 10);
        sum += v * w[i % 3];
    }
    return digit >= '0' && digit <= '9' && sum % 10 == (unsigned)(digit - '0');
}

/* YYMMDD at a: a month and a day that can be. */
static int yymmdd(const struct sc *s, size_t a)
{
    const uint8_t *t = s->t;
    for (size_t i = a; i < a + 6; i++)
        if (!is_digit(t[i]))
            return 0;
    unsigned m = (unsigned)(t[a + 2] - '0') * 10 + (unsigned)(t[a + 3] - '0');
    unsigned d = (unsigned)(t[a + 4] - '0') * 10 + (unsigned)(t[a + 5] - '0');
    return m >= 1 && m <= 12 && d >= 1 && d <= 31;
}

/* The name field t[a .. e) of a zone or of a passport's first line alone ("KELLER<<MARIA<ANNA<<<"):
 * the surname (its parts joined by single '<') and the given names after "<<" emitted as two
 * PERSON spans, when the field is that and '<' filler only. 1 when it was, 0 when not, < 0 on the
 * emit's error. */
static int name_field(struct sc *s, size_t a, size_t e)
{
    const uint8_t *t = s->t;
    size_t part[2][2], i = a;
    for (int k = 0; k < 2; k++) {
        part[k][0] = i;
        while (i < e) {
            size_t w = i;
            while (i < e && t[i] >= 'A' && t[i] <= 'Z')
                i++;
            if (i == w)
                return 0;
            if (i + 1 < e && t[i] == '<' && t[i + 1] >= 'A' && t[i + 1] <= 'Z')
                i++; /* "GARCIA<LOPEZ", "MARIA<JOSE": one part of several words */
            else
                break;
        }
        part[k][1] = i;
        if (part[k][1] - part[k][0] < 2)
            return 0;
        if (k == 0) {
            if (i + 2 >= e || t[i] != '<' || t[i + 1] != '<')
                return 0;
            i += 2;
        }
    }
    for (; i < e; i++)
        if (t[i] != '<')
            return 0; /* the rest is filler */
    if (!(s->kinds & (1u << ANON_NAMES_PERSON)))
        return 1;
    int rc = s->emit(s->arg, ANON_NAMES_PERSON, part[0][0], part[0][1]);
    if (rc >= 0)
        rc = s->emit(s->arg, ANON_NAMES_PERSON, part[1][0], part[1][1]);
    return rc < 0 ? rc : 1;
}

/* A passport's first line pasted alone, at ls .. le: 'P', its type, the issuing state ("DEU",
 * "D<<"), the name field, '<' filler to the end ("P<DEUKELLER<<MARIA<<<<"); two '<' of filler at
 * least, MRZ characters only. */
static int td3_first_line(struct sc *s, size_t ls, size_t le)
{
    const uint8_t *t = s->t;
    if (le - ls < 16 || le - ls > 46 || t[ls] != 'P' || !(t[ls + 2] >= 'A' && t[ls + 2] <= 'Z') ||
        t[le - 1] != '<' || t[le - 2] != '<' || (ls > 0 && !strchr("\n \t", t[ls - 1])))
        return 0;
    for (size_t i = ls + 1; i < le; i++)
        if (!mrz_char(t[i]) || (i < ls + 5 && is_digit(t[i])))
            return 0;
    return name_field(s, ls + 5, le);
}

/* The zone whose first line starts at l1 (format n, 44 or 30): the birth field emitted. 1 when
 * it was a zone (*after past its second line), 0 when not, < 0 on the emit's error. The first
 * line is only asked for its document code (a name in it may keep an accent OCR read); the
 * second must be MRZ characters and the check digit right. */
static int zone_at(struct sc *s, size_t l1, size_t n, size_t *after)
{
    const uint8_t *t = s->t;
    uint8_t c = t[l1];
    size_t e1 = l1;
    if ((n == 44 && c != 'P') || (n == 30 && c != 'I' && c != 'A' && c != 'C'))
        return 0;
    while (e1 < s->len && t[e1] != '\n' && t[e1] != '\r')
        e1++;
    size_t l2 = next_line(s, e1), b = n == 44 ? l2 + 13 : l2, n2;
    if (l2 >= s->len || !(n2 = mrz_line(s, l2, n)) || !yymmdd(s, b) || !check_ok(s, b, 6, t[b + 6]))
        return 0;
    *after = l2 + n2;
    int rc = (s->kinds & (1u << ANON_NAMES_DOB)) ? s->emit(s->arg, ANON_NAMES_DOB, b, b + 6) : 0;
    if (rc >= 0 && n == 44)
        rc = name_field(s, l1 + 5, e1);    /* TD3: the names after the issuing state on line one */
    else if (rc >= 0 && *after < s->len) { /* TD1: on line three */
        size_t l3 = next_line(s, *after), n3;
        if (l3 < s->len && (n3 = mrz_line(s, l3, 30)) && (rc = name_field(s, l3, l3 + n3)) > 0)
            *after = l3 + n3;
    }
    return rc < 0 ? rc : 1;
}

int nw_mrz_births(struct sc *s)
{
    const uint8_t *t = s->t;
    struct nw_hits *lts = nw_hits_of(s, '<'); /* kept for names_tables.c's XML people */
    size_t from = 0, hk = 0;
    while (from + 2 < s->len) {
        /* the first '<' from `from` on, when it is not the text's last byte ("<<" needs two) */
        size_t k = nw_hit_from(lts, s, '<', &hk, from), ls, le, after;
        if (k + 1 >= s->len)
            return 0;
        const uint8_t *h = t + k;
        if (h[1] != '<') { /* memchr, not memmem: glibc's memmem costs more than the walk */
            from = k + 2;
            continue;
        }
        le = line_at(s, k, &ls);
        after = le + 1;
        for (size_t n = 44; n >= 30 && after == le + 1; n -= 14) {
            int rc = le - ls + 2 >= n && le - ls <= n + 3 ? zone_at(s, ls, n, &after) : 0;
            if (rc < 0)
                return rc;
        }
        size_t ts = k; /* "MRZ: P<DEU...": the line's last token */
        while (ts > ls && t[ts - 1] != ' ' && t[ts - 1] != '\t')
            ts--;
        int rc = after == le + 1 && t[ts] == 'P' ? td3_first_line(s, ts, le) : 0;
        if (rc < 0)
            return rc;
        from = after > k + 2 ? after : k + 2;
    }
    return 0;
}
