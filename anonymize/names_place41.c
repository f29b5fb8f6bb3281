/* names_place41.c: PERSON findings that are a part of a postal address (stop 40's review): an
 * Irish postal district ("Dublin 18" under a firm's street, "moved to Dublin 15": the lexicon
 * knows Dublin as a surname) and a building or street name without a number whose next part is
 * the rest of its address ("Gordon House, Barrow Street, Dublin 4", "Kensington Gore\nLondon SW7
 * 2AP"). Every finding of the scanner passes through nw_place41_emit first; a dropped one is not
 * forwarded. A building word is a surname too (Arthur Hall, Gregory House, Margaret Court), so the
 * first word must be no given name of the lexicon, no title may stand before, and the part after
 * it must be an address's: a street without a house number (a person's line above a
 * numbered street is the addressee: names_block40.c), or a town with a UK postcode or a Dublin
 * district. Nothing here allocates.
 */
#include "anonymize/names_internal.h"

#include <string.h>

/* A Dublin postal district number at t[i ..): 1-24 or "6W", not followed by a word's byte; its
 * end, or 0. */
static size_t district_at(const uint8_t *t, size_t len, size_t i)
{
    size_t j = i;
    while (j < len && j - i < 3 && is_digit(t[j]))
        j++;
    if (j == i || j - i > 2)
        return 0;
    int n = t[i] - '0';
    if (j - i == 2)
        n = n * 10 + (t[i + 1] - '0');
    if (n < 1 || n > 24)
        return 0;
    if (n == 6 && j < len && t[j] == 'W')
        j++;
    if (j < len && (is_alnum(t[j]) || t[j] >= 0x80))
        return 0;
    /* "Dublin 4.5" is no district; "Dublin 4." ends a sentence */
    if (j + 1 < len && (t[j] == '.' || t[j] == ',') && is_digit(t[j + 1]))
        return 0;
    return j;
}

/* Is t[a .. e) "Dublin" (or DUBLIN) before a space and a district number? */
static int dublin_district(const uint8_t *t, size_t len, size_t a, size_t e)
{
    if (e - a != 6 || e + 1 >= len || t[e] != ' ')
        return 0;
    if (memcmp(t + a, "Dublin", 6) != 0 && memcmp(t + a, "DUBLIN", 6) != 0)
        return 0;
    return district_at(t, len, e + 1) != 0;
}

/* The last word of t[a .. e): its start. */
static size_t last_word(const uint8_t *t, size_t a, size_t e)
{
    size_t w = e;
    while (w > a && t[w - 1] != ' ')
        w--;
    return w;
}

static int word_in(const uint8_t *t, size_t a, size_t e, const char *const *list)
{
    for (; *list; list++)
        if (e > a && t[a] == (uint8_t)(*list)[0] && strlen(*list) == e - a &&
            memcmp(t + a, *list, e - a) == 0) /* the first byte screens before strlen() */
            return 1;
    return 0;
}

/* building and street-type words that end a building's or a street's name */
static const char *const building_end[] = {"House",   "Hall",     "Gore",     "Court",    "Lodge",
                                           "Terrace", "Mansions", "Chambers", "Tower",    "Towers",
                                           "Quay",    "Wharf",    "Mews",     "Building", "Centre",
                                           "Center",  "Place",    "Square",   NULL};
/* street-type words of a part without a number ("Barrow Street", "Sir John Rogerson's Quay") */
static const char *const street_word[] = {
    "Street", "Road",   "Lane",       "Avenue",  "Quay", "Square",   "Terrace", "Place", "Way",
    "Drive",  "Row",    "Strand",     "Gardens", "Park", "Crescent", "Close",   "Hill",  "Walk",
    "Gore",   "Parade", "Embankment", "Rd",      "St",   "Ave",      NULL};

/* Is there a UK outward code at t[i ..) ("SW7", "WC2R", "LS1", "EC1A")? Its end, or 0. */
static size_t uk_outward(const uint8_t *t, size_t len, size_t i)
{
    size_t j = i;
    while (j < len && j - i < 2 && is_up(t[j]))
        j++;
    if (j == i || j >= len || !is_digit(t[j]))
        return 0;
    j++;
    if (j < len && (is_digit(t[j]) || is_up(t[j])))
        j++;
    return j < len && t[j] == ' ' ? j : 0;
}

/* The part after a building's name at t[p ..) (after ", " or a line break): a street without a
 * number ("Barrow Street", "Kensington Gore"), or a town with a UK postcode or a Dublin district
 * ("London SW7 2AP", "Dublin 4"). */
static int address_part(const uint8_t *t, size_t len, size_t p)
{
    size_t words = 0;
    while (p < len && words < 5) {
        if (!is_up(t[p]))
            return 0;
        size_t q = p;
        while (q < len && (is_alnum(t[q]) || t[q] == '\'' || t[q] == '-' || t[q] >= 0x80))
            q++;
        words++;
        if (words > 1 && word_in(t, p, q, street_word))
            return q >= len || t[q] == ',' || t[q] == '\n' || t[q] == '\r' || t[q] == '.';
        if (q >= len || t[q] != ' ')
            return 0;
        size_t o = uk_outward(t, len, q + 1);
        if (o && o + 3 < len && is_digit(t[o + 1]) && is_up(t[o + 2]) && is_up(t[o + 3]))
            return 1; /* "London SW7 2AP" */
        if (q - p == 6 && memcmp(t + p, "Dublin", 6) == 0 && district_at(t, len, q + 1))
            return 1;
        p = q + 1;
        if (p < len && t[p] >= 'a' && t[p] <= 'z')
            return 0; /* a sentence */
    }
    return 0;
}

/* words of a label that says a place follows ("Registered office: ", "Venue:\n") */
static const char *const place_label[] = {"office",  "Office",   "Venue",    "venue",    "Address",
                                          "address", "Location", "location", "Premises", NULL};

/* Does a place cue stand before the line t[a ..): "at " or a place label before it on its line
 * or ending the line above, the line above a building's name ("Royal Albert Hall"), or the line
 * above a person forwarded (the addressee, so this line is the address's first)? */
static int place_cue(const struct nw_place41 *p, size_t a)
{
    const uint8_t *t = p->t;
    if (a >= 3 && t[a - 1] == ' ' && (t[a - 3] | 32) == 'a' && t[a - 2] == 't' &&
        (a == 3 || t[a - 4] == ' ' || t[a - 4] == '\n'))
        return 1; /* "Meet at Gordon House" */
    size_t q = a;
    if (q > 0 && t[q - 1] == ' ')
        q--;
    else if (q > 0 && t[q - 1] == '\n') {
        q--;
        if (q > 0 && t[q - 1] == '\r')
            q--;
        /* the line above: an addressee already forwarded */
        size_t b = q;
        while (b > 0 && t[b - 1] != '\n')
            b--;
        unsigned n = p->np < 8 ? p->np : 8;
        for (unsigned k = 0; k < n; k++)
            if (p->pa[k] == b && p->pe[k] == q)
                return 1;
        size_t w = last_word(t, b, q);
        if (w > b && word_in(t, w, q, building_end))
            return 1; /* "Royal Albert Hall\nKensington Gore" */
    } else
        return 0;
    if (q == 0 || t[q - 1] != ':')
        return 0;
    size_t w = q - 1;
    while (w > 0 && is_alnum(t[w - 1]))
        w--;
    return word_in(t, w, q - 1, place_label);
}

/* Is t[a .. e) a building's or a street's name whose next part is its address's rest? */
static int building_name(const struct nw_place41 *pl, size_t a, size_t e)
{
    const uint8_t *t = pl->t;
    size_t len = pl->len;
    size_t w = last_word(t, a, e);
    if (w == a || !word_in(t, w, e, building_end))
        return 0;
    /* a given name first ("Gregory House", "Margaret Court", "Al Gore") or a title before
     * ("Dr. Gordon House") is a person's, unless a place cue stands before it ("Registered
     * office: Gordon House", the line under an addressee) */
    size_t f = a;
    while (f < w && t[f] != ' ')
        f++;
    if ((nw_lexicon_in(t, len, a, f) & ANON_NL_GIVEN) && !place_cue(pl, a))
        return 0;
    if (a >= 2 && (t[a - 2] == '.' || (t[a - 2] >= 'a' && t[a - 2] <= 'z')) && t[a - 1] == ' ') {
        size_t b = a - 1;
        while (b > 0 && t[b - 1] != ' ' && t[b - 1] != '\n')
            b--;
        if (a - 1 - b <= 5 && is_up(t[b])) /* "Dr.", "Mr", "Mrs.", "Prof." */
            return 0;
    }
    size_t p = e;
    if (p + 1 < len && t[p] == ',' && t[p + 1] == ' ')
        p += 2;
    else if (p < len && t[p] == '\n')
        p++;
    else if (p + 1 < len && t[p] == '\r' && t[p + 1] == '\n')
        p += 2;
    else
        return 0;
    return address_part(t, len, p);
}

/* Is the first word of t[a .. e) a word of a person found before it ("Contact: Orlagh Venn\nVenn
 * House, Barrow Street": her name on the building stays masked)? */
static int person_word_first(const struct nw_place41 *p, size_t a, size_t e)
{
    size_t f = a;
    while (f < e && p->t[f] != ' ')
        f++;
    unsigned n = p->np < 8 ? p->np : 8;
    for (unsigned k = 0; k < n; k++)
        for (size_t i = p->pa[k]; i + (f - a) <= p->pe[k]; i++)
            if ((i == p->pa[k] || p->t[i - 1] == ' ') &&
                (i + (f - a) == p->pe[k] || p->t[i + (f - a)] == ' ') &&
                memcmp(p->t + i, p->t + a, f - a) == 0)
                return 1;
    return 0;
}

/* Is t[a .. e), after ", ", the next part of an address whose part before ends with a building's
 * or a street's word: a street after a building ("Moreton Lodge, Whitmore Gore") or one town
 * word ending the address after a street ("Barrow Street, Dublin.")? */
static int part_after_building(const uint8_t *t, size_t len, size_t a, size_t e)
{
    if (a < 4 || t[a - 1] != ' ' || t[a - 2] != ',')
        return 0;
    size_t pe = a - 2, w = pe;
    while (w > 0 && t[w - 1] != ' ' && t[w - 1] != ',' && t[w - 1] != '\n')
        w--;
    if (w == pe || !is_up(t[w]) || w == 0 || t[w - 1] != ' ')
        return 0; /* the part before holds two words at least */
    size_t lw = last_word(t, a, e);
    if (lw > a && word_in(t, lw, e, street_word))
        return word_in(t, w, pe, building_end); /* "Moreton Lodge, Whitmore Gore" */
    if (lw != a || (e < len && t[e] != '.' && t[e] != ',' && t[e] != '\n' && t[e] != '\r'))
        return 0;
    return word_in(t, w, pe, street_word); /* "Barrow Street, Dublin." */
}

int nw_place41_emit(void *arg, int kind, size_t a, size_t e)
{
    struct nw_place41 *p = arg;
    if (kind == ANON_NAMES_PERSON && e > a && e < p->len &&
        (dublin_district(p->t, p->len, a, e) ||
         (building_name(p, a, e) && !person_word_first(p, a, e)) ||
         (part_after_building(p->t, p->len, a, e) && !person_word_first(p, a, e))))
        return 0;
    if (kind == ANON_NAMES_PERSON) {
        p->pa[p->np % 8] = a;
        p->pe[p->np % 8] = e;
        p->np++;
    }
    return p->emit(p->arg, kind, a, e);
}
