/* names_postlines.c: address parts that stand apart from the street: a unit line of an address
 * block beside its street's line ("Apt. 618", "Suite 858": nw_addr_unit_line) and a lone postcode
 * right after its label ("ZIP: 10115", "PLZ 80331": nw_addr_zip). The block that follows a
 * street is names_postal.c's. Nothing here allocates. */
#include "anonymize/names_internal.h"

#include <string.h>

/* Does a line start at i (markup such as "> " or "??? " aside)? */
static int line_starts_at(const struct sc *s, size_t i)
{
    size_t q = i;
    while (q > 0 && i - q < 8 && strchr(" \t>?*-", s->t[q - 1]))
        q--;
    return q == 0 || nw_break_before(s, q) != 0;
}

/* Does a line end at e (spaces aside)? */
static int line_ends_at(const struct sc *s, size_t e)
{
    while (e < s->len && (s->t[e] == ' ' || s->t[e] == '\t'))
        e++;
    return e >= s->len || s->t[e] == '\n' || s->t[e] == '\r' ||
           (s->t[e] == '\\' && e + 1 < s->len && s->t[e + 1] == 'n');
}

/* The line break (a byte, or JSON's two-byte "\\n") that ends at e, or starts at b: its length. */
static size_t break_before(const uint8_t *t, size_t e)
{
    if (e >= 1 && (t[e - 1] == '\n' || t[e - 1] == '\r'))
        return 1;
    return e >= 2 && t[e - 2] == '\\' && t[e - 1] == 'n' ? 2 : 0;
}

static size_t break_at(const uint8_t *t, size_t len, size_t b)
{
    if (b < len && (t[b] == '\n' || t[b] == '\r'))
        return 1;
    return b + 1 < len && t[b] == '\\' && t[b + 1] == 'n' ? 2 : 0;
}

/* Is the line [a, e) a street's line of an address block: a number stands in it after a space
 * or at its start ("42 Main St", "my address is Hauptstr. 5", "Storgarden 52 Trajanka Forks"),
 * and it opens with no room's, gate's or unit's word ("Gate 7", "Floor 3")? Long lines are read
 * in their last 96 bytes. */
static int street_line(const struct sc *s, size_t a, size_t e)
{
    const uint8_t *t = s->t;
    while (a < e && strchr(" \t>?*-", t[a]))
        a++;
    while (e > a && (t[e - 1] == ' ' || t[e - 1] == '\t' || t[e - 1] == ',' || t[e - 1] == '\r'))
        e--;
    if (e - a < 4)
        return 0;
    size_t from = e - a > 96 ? e - 96 : a, k = from;
    while (k < e && !(is_digit(t[k]) && (k == a || t[k - 1] == ' ')))
        k++;
    if (k == e)
        return 0;
    if (from > a)
        return 1;
    size_t f = a;
    while (f < e && t[f] != ' ')
        f++;
    char buf[16];
    const char *w = nw_fold_span(s, a, f, buf, sizeof buf);
    return !nw_venue_word(w) && !(nw_cats(w) & C_UNIT);
}

/* Is the line [a, e) an address block's town line: one to three words of letters, no digit, no
 * label, the first capitalised and no ordinary English word unless the line is in capitals
 * ("Patriki", "DOLE", "Den Haag"; not "Gate 7", "Meeting notes")? */
static int town_line(const struct sc *s, size_t a, size_t e)
{
    const uint8_t *t = s->t;
    while (a < e && strchr(" \t>?*-", t[a]))
        a++;
    while (e > a && (t[e - 1] == ' ' || t[e - 1] == '\t' || t[e - 1] == ',' || t[e - 1] == '\r'))
        e--;
    if (e - a < 3 || e - a > 40 || !(is_up(t[a]) || t[a] >= 0x80))
        return 0;
    size_t words = 1, f = e, lower = 0;
    for (size_t k = a; k < e; k++) {
        if (is_digit(t[k]) || strchr(":|/@#()[]{}\"=", t[k]))
            return 0;
        lower |= t[k] >= 'a' && t[k] <= 'z';
        if (t[k] == ' ') {
            words++;
            f = f < k ? f : k;
        }
    }
    if (words > 3)
        return 0;
    char buf[16];
    const char *w = nw_fold_span(s, a, f, buf, sizeof buf);
    if (nw_venue_word(w) || (nw_cats(w) & C_UNIT))
        return 0;
    return !lower || !(anon_names_lexicon((const char *)t + a, f - a) & ANON_NL_COMMON_EN);
}

/* The unit line [ls, le) stands beside a street's line, the line before it or the one after (an
 * address block), or above a town's line ("Quillery\nSuite 858\nPatriki"), not alone: a lone
 * "Floor 3" or "Suite 300" (a JSON value, a list item) is a room's, a meeting's place. */
static int block_line_beside(const struct sc *s, size_t ls, size_t le)
{
    const uint8_t *t = s->t;
    size_t a = ls;
    while (a > 0 && ls - a < 8 && strchr(" \t>?*-", t[a - 1]))
        a--;
    size_t n = break_before(t, a);
    if (n) {
        size_t pe = a - n, pa = pe;
        while (pa > 0 && pe - pa < 400 && !break_before(t, pa))
            pa--;
        if (street_line(s, pa, pe))
            return 1;
    }
    size_t b = le;
    while (b < s->len && (t[b] == ' ' || t[b] == '\t'))
        b++;
    n = break_at(t, s->len, b);
    if (!n)
        return 0;
    size_t na = b + n, ne = na;
    while (ne < s->len && ne - na < 96 && !break_at(t, s->len, ne))
        ne++;
    return street_line(s, na, ne) || town_line(s, na, ne);
}

/* A unit line of an address block ("Apt. 618", "Suite 858") beside its street's line, at the
 * capitalised unit word w: its end, or 0. */
size_t nw_addr_unit_line(const struct sc *s, const struct word *w)
{
    const uint8_t *t = s->t;
    size_t j = w->e;
    if (j < s->len && t[j] == '.')
        j++;
    if (j + 1 >= s->len || t[j] != ' ' || !is_digit(t[j + 1]) || !line_starts_at(s, w->s))
        return 0;
    char buf[16];
    if (!(nw_cats(nw_fold_span(s, w->s, w->e, buf, sizeof buf)) & C_UNIT))
        return 0;
    size_t k = j + 1;
    while (k < s->len && k - j <= 6 && (is_alnum(t[k]) || t[k] == '-'))
        k++;
    return k - j <= 6 && line_ends_at(s, k) && block_line_beside(s, w->s, k) ? k : 0;
}

/* A lone postcode right after its label: "zip code is 37773", "ZIP: 10115", "PLZ 80331". */
size_t nw_addr_zip(const struct sc *s, size_t i)
{
    const uint8_t *t = s->t;
    size_t d = i;
    while (d < s->len && is_digit(t[d]))
        d++;
    if (d - i != 5 || (d < s->len && is_alnum(t[d])))
        return 0;
    if (d + 5 <= s->len && t[d] == '-' && is_digit(t[d + 1]) && is_digit(t[d + 4]))
        d += 5; /* ZIP+4 */
    size_t b = i;
    while (b > 0 && i - b < 4 && strchr(" :\t\"", t[b - 1]))
        b--;
    size_t a = b;
    while (a > 0 && b - a < 20 && (is_alnum(t[a - 1]) || t[a - 1] == ' ' || t[a - 1] == '_'))
        a--;
    char buf[24];
    const char *l = nw_fold_span(s, a, b, buf, sizeof buf);
    static const char *const labels[] = {"zip",         "zip code",      "zipcode",   "zip code is",
                                         "postcode",    "postal code",   "post code", "plz",
                                         "code postal", "código postal", "cap",       "postcode is",
                                         "zip is"};
    size_t ll = strlen(l);
    for (size_t k = 0; k < sizeof labels / sizeof labels[0]; k++) {
        size_t n = strlen(labels[k]);
        if (ll >= n && strcmp(l + ll - n, labels[k]) == 0 &&
            (ll == n || l[ll - n - 1] == ' ' || l[ll - n - 1] == '_'))
            return d;
    }
    return 0;
}
