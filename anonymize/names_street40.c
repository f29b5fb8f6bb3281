/* names_street40.c: a postal address read back from the postcode that ends it, for the two
 * shapes the street readers miss whole: Indian addresses led by a unit or house number over
 * comma parts to a six-digit PIN ("Flat 775, B-Wing, Shanti Niketan, Andheri East, Mumbai
 * 400069, Maharashtra") and Irish ones over a town and county to an Eircode ("59 Ashgrove Park,
 * Ennis, Co. Clare, V95 R5X7"). Their streets carry no type word the readers know ("Park",
 * "Bóthar na Trá", "14th Cross"), so the postcode is the anchor (notes/street40.md).
 *
 * The walk goes back over ", "-separated parts of words alone (no label, no sentence) and must
 * end at a part that opens an address: a unit word with its number ("Flat 12", "H.No. 8-2-156",
 * "#51", "Apt 33"), a house number ("108", "59 Ashgrove Park", "C-37"), or, before an Eircode
 * after a county, a townland alone on its line. A "#N", "No. N", a bare number or a letter-dash
 * number must have a road, area or building word in its parts ("Cross", "Nagar", "Residency"),
 * so "#1, Falcons Team, Bengaluru - 560094" in a leaderboard stays out. Nothing here allocates.
 */
#include "anonymize/names_internal.h"

#include <string.h>

#define MAX_PARTS 8
#define MAX_PART 48

/* ASCII of text[a .. b) folded into buf (NUL-terminated), "" when it does not fit. */
static const char *fold(const uint8_t *t, size_t a, size_t b, char *buf, size_t cap)
{
    if (b < a || b - a >= cap) {
        buf[0] = 0;
        return buf;
    }
    for (size_t k = a; k < b; k++)
        buf[k - a] = (char)((t[k] >= 'A' && t[k] <= 'Z') ? t[k] | 32 : t[k]);
    buf[b - a] = 0;
    return buf;
}

static int in_word(uint8_t c)
{
    return is_alnum(c) || c >= 0x80 || c == '.' || c == '-' || c == '\'' || c == '/';
}

/* Words that make a part of an Indian address a road, an area or a building, folded. */
static const char *const place_words[] = {
    "road",     "rd",        "rd.",     "cross",   "main",       "street", "st",
    "st.",      "salai",     "nagar",   "sector",  "marg",       "lane",   "layout",
    "block",    "phase",     "colony",  "path",    "ward",       "opp.",   "opp",
    "near",     "behind",    "wing",    "enclave", "apartments", "apts",   "residency",
    "towers",   "society",   "park",    "avenue",  "bazar",      "bazaar", "chowk",
    "gali",     "extension", "stage",   "feet",    "nivas",      "sadan",  "complex",
    "heights",  "kunj",      "niketan", "gardens", "residences", "villas", "vihar",
    "puram",    "pet",       "halli",   "wadi",    "peth",       "galli",  "estate",
    "east",     "west",      "north",   "south",   "hills",      "hill",   "lake",
    "lakeside", "acres",     "lines",   "dham",    "orchards",   "grove",  "house",
    "court",    "lawn",      "lawns",   "mall",    "bank",       "temple", "market",
    "circle",   "bagh",      "ganj",    "granary", "maltings",   "quay",   "cottage"};

static int has_place_word(const uint8_t *t, size_t a, size_t b);

/* Is text[a .. e) two capitalised words of letters alone with no place word ("Meera Iyer",
 * "Zorvan Kelt")? A person's name between a unit and a road: the walk stops before it. */
static int person_like(const uint8_t *t, size_t a, size_t e)
{
    const uint8_t *sp = memchr(t + a, ' ', e - a);
    if (!sp || memchr(sp + 1, ' ', (size_t)(t + e - sp - 1)))
        return 0;
    size_t m = (size_t)(sp - t);
    if (!is_up(t[a]) || !is_up(t[m + 1]) || has_place_word(t, a, e))
        return 0;
    for (size_t k = a + 1; k < e; k++)
        if (k != m && k != m + 1 && !((t[k] >= 'a' && t[k] <= 'z') || t[k] >= 0x80))
            return 0; /* "B-Wing", "MG Road", "T. Nagar" */
    char f[8];
    const char *w = fold(t, a, m, f, sizeof f);
    return strcmp(w, "the") && strcmp(w, "sri") && strcmp(w, "shri") && strcmp(w, "shree") &&
           strcmp(w, "old") && strcmp(w, "new");
}

/* Indian states and union territories as addresses write them after the PIN, folded. */
static const char *const states[] = {"andhra pradesh",
                                     "arunachal pradesh",
                                     "assam",
                                     "bihar",
                                     "chhattisgarh",
                                     "goa",
                                     "gujarat",
                                     "haryana",
                                     "himachal pradesh",
                                     "jharkhand",
                                     "karnataka",
                                     "kerala",
                                     "madhya pradesh",
                                     "maharashtra",
                                     "manipur",
                                     "meghalaya",
                                     "mizoram",
                                     "nagaland",
                                     "odisha",
                                     "punjab",
                                     "rajasthan",
                                     "sikkim",
                                     "tamil nadu",
                                     "telangana",
                                     "tripura",
                                     "uttar pradesh",
                                     "uttarakhand",
                                     "west bengal",
                                     "delhi",
                                     "new delhi",
                                     "chandigarh",
                                     "puducherry",
                                     "jammu and kashmir",
                                     "ladakh",
                                     "tn",
                                     "up",
                                     "mp",
                                     "ap",
                                     "wb",
                                     "ka",
                                     "mh",
                                     "dl",
                                     "hr",
                                     "india",
                                     "ireland"};

/* Does a unit word with its number open text[a .. b)? 2 for a unit word ("Flat 12", "H.No.
 * 8-2-156", "Plot No. 51", "Apt 33"), 1 for a weak one ("#51", "No. 80", a letter and a dash
 * before a number: "C-37"), 0 for none. The number must end the part or be followed by a word. */
static int unit_at(const uint8_t *t, size_t a, size_t b)
{
    size_t k = a;
    int kind = 0;
    if (t[k] == '#') {
        kind = 1;
        k++;
        if (k < b && t[k] == ' ')
            k++;
    } else if (is_up(t[k]) && k + 2 < b && t[k + 1] == '-' && is_digit(t[k + 2])) {
        kind = 1; /* "C-37", "D-1067" */
        k += 2;
    } else {
        size_t w = k;
        while (w < b && w - k < 12 && (is_alnum(t[w]) || t[w] == '.'))
            w++;
        char f[16];
        const char *u = fold(t, k, w, f, sizeof f);
        if (!strcmp(u, "flat") || !strcmp(u, "plot") || !strcmp(u, "house") || !strcmp(u, "door") ||
            !strcmp(u, "shop") || !strcmp(u, "apt") || !strcmp(u, "apt.") || !strcmp(u, "unit") ||
            !strcmp(u, "h.no.") || !strcmp(u, "h.no") || !strcmp(u, "h."))
            kind = 2;
        else if (!strcmp(u, "no.") || !strcmp(u, "no"))
            kind = 1;
        else
            return 0;
        k = w;
        if (k < b && t[k] == ' ')
            k++;
        if (kind == 2 && k + 2 < b) { /* "Flat No. 12", "H. No. 4", "House No 77" */
            size_t v = k;
            while (v < b && v - k < 4 && (is_alnum(t[v]) || t[v] == '.'))
                v++;
            const char *n = fold(t, k, v, f, sizeof f);
            if (!strcmp(n, "no.") || !strcmp(n, "no")) {
                k = v;
                if (k < b && t[k] == ' ')
                    k++;
            }
        }
        if (!strcmp(u, "h.") || !strcmp(u, "house") || !strcmp(u, "door")) {
            if (k == w + (w < b && t[w] == ' ')) /* "House 5" is no unit; "House No. 5" is */
                return 0;
        }
        if (kind == 2 && k + 2 < b && is_up(t[k] & ~32) && t[k + 1] == '-' && is_digit(t[k + 2]))
            k += 2; /* "Flat B-267" */
    }
    if (k >= b || !is_digit(t[k]))
        return 0;
    while (k < b &&
           (is_digit(t[k]) || ((t[k] == '-' || t[k] == '/') && k + 1 < b && is_digit(t[k + 1]))))
        k++;
    if (k < b && is_alnum(t[k]) && !(k + 1 == b || t[k + 1] == ' '))
        return 0; /* "12a" may close it; "14th" no unit */
    if (k < b && is_alnum(t[k]))
        k++;
    return k == b || t[k] == ' ' ? kind : 0;
}

/* Does a house number open text[a .. b): "108", "59 Ashgrove Park", "8/174 Sector 21"; not an
 * ordinal ("14th Cross") nor a measure ("100 Feet Road")? */
static int house_at(const uint8_t *t, size_t a, size_t b)
{
    size_t k = a;
    while (k < b &&
           (is_digit(t[k]) || ((t[k] == '-' || t[k] == '/') && k + 1 < b && is_digit(t[k + 1]))))
        k++;
    if (k == a || k - a > 9)
        return 0;
    if (k == b)
        return 1;
    if (t[k] != ' ' || k + 1 >= b)
        return 0;
    if (!memcmp(t + k + 1, "Feet", 4) || !memcmp(t + k + 1, "feet", 4) ||
        !memcmp(t + k + 1, "FEET", 4))
        return 0;
    return is_alnum(t[k + 1]) || t[k + 1] >= 0x80;
}

/* Is text[a .. b) a part of words alone: letters, digits, '.', '-', '\'', '/', '#', spaces,
 * at most six words, each starting with a capital, a digit or '#', with a lower-case letter when
 * lower (the whole address is), or a short particle inside ("Bóthar na Trá", "Ard an Bhile")? */
static int plain_part(const uint8_t *t, size_t a, size_t b, int lower)
{
    if (b <= a || b - a > MAX_PART)
        return 0;
    int words = 0;
    for (size_t k = a; k < b; k++) {
        uint8_t c = t[k];
        if (c == ' ') {
            if (k + 1 >= b || t[k + 1] == ' ')
                return 0;
            continue;
        }
        if (!in_word(c) && c != '#')
            return 0;
        if (k > a && t[k - 1] != ' ')
            continue;
        if (++words > 6)
            return 0;
        if (is_up(c) || is_digit(c) || c == '#' || c >= 0x80 || (lower && c >= 'a' && c <= 'z'))
            continue;
        size_t e = k;
        while (e < b && t[e] != ' ')
            e++;
        if (k > a && c >= 'a' && c <= 'z' && e - k >= 3 && (is_up(t[k + 1]) || is_up(t[k + 2])))
            continue; /* Irish "hEaglaise", "bhFuinse" */
        if (!(k > a && e < b && e - k <= 3 && c >= 'a' && c <= 'z'))
            return 0;
    }
    return 1;
}

/* Any word of text[a .. b) one of place_words? */
static int has_place_word(const uint8_t *t, size_t a, size_t b)
{
    size_t k = a;
    while (k < b) {
        size_t e = k;
        while (e < b && t[e] != ' ')
            e++;
        char f[16];
        const char *w = fold(t, k, e, f, sizeof f);
        if (*w && NW_ONE_OF(w, place_words))
            return 1;
        k = e + 1;
    }
    return 0;
}

/* An Irish county or Dublin district part: "Co. Clare", "County Cork", "Dublin 6". */
static int county_part(const uint8_t *t, size_t a, size_t b)
{
    char f[24];
    const char *w = fold(t, a, b, f, sizeof f);
    return !strncmp(w, "co. ", 4) || !strncmp(w, "county ", 7) ||
           (!strncmp(w, "dublin ", 7) && w[7] >= '0' && w[7] <= '9');
}

/* The start of the part that ends at e (after ", " or after a boundary that opens a value), and
 * in *open whether a boundary (not ", ") opened it; (size_t)-1 when no plain part ends at e. */
static size_t part_start(const struct sc *s, size_t e, int *open)
{
    const uint8_t *t = s->t;
    size_t k = e;
    while (k > 0 && e - k <= MAX_PART) {
        uint8_t c = t[k - 1];
        if (c == ',') {
            *open = 0;
            return k;
        }
        if (c == '\n' || c == '\t' || c == '|' || c == ':' || c == ';' || c == '"' || c == '(' ||
            c == '>' || c == '[' || c == '=' || c == '\'') {
            *open = 1;
            return k;
        }
        k--;
    }
    *open = 1;
    if (k == 0)
        return 0;
    while (k < e && t[k] != ' ') /* a long sentence before: its last words only */
        k++;
    return k;
}

/* Words that end a house's or a farm's name ("Rathmore Cottage"), folded. */
static const char *const homestead[] = {"cottage", "house", "farm",  "lodge", "villa",
                                        "view",    "hill",  "cross", "bridge"};

/* Is text[a .. e) a townland: one word ("Knockraha"), or two whose last names a homestead
 * ("Rathmore Cottage")? Not two words that may be a person's given name and surname ("Anna
 * Keller, Clontarf, Dublin 3, D03 W7J3" keeps its person). */
static int townland(const uint8_t *t, size_t a, size_t e)
{
    const uint8_t *sp = memchr(t + a, ' ', e - a);
    if (!sp)
        return !is_digit(t[a]);
    size_t w = (size_t)(sp - t) + 1;
    if (memchr(t + w, ' ', e - w))
        return 0;
    char f[16];
    const char *l = fold(t, w, e, f, sizeof f);
    return *l && NW_ONE_OF(l, homestead);
}

/* The leftmost word start in b .. e from which a unit ("residing at Plot No. 5") or, for an
 * Eircode, a house number ("Venue: 135 Melwen Grove") opens a plain rest of the part; or
 * (size_t)-1. */
static size_t opener_in(const uint8_t *t, size_t b, size_t e, int eir, int lower)
{
    size_t best = (size_t)-1, w = e;
    for (int nw = 0; nw < 7 && w > b; nw++) {
        size_t ws = w;
        while (ws > b && t[ws - 1] != ' ')
            ws--;
        uint8_t c = t[ws] | 32; /* the first bytes a unit or a house number can open with */
        if ((is_digit(t[ws]) ? eir
                             : (t[ws] == '#' || c == 'f' || c == 'p' || c == 'h' || c == 'd' ||
                                c == 's' || c == 'a' || c == 'u' || c == 'n' ||
                                (is_up(t[ws]) && ws + 1 < e && t[ws + 1] == '-'))) &&
            (unit_at(t, ws, e) || (eir && house_at(t, ws, e) && memchr(t + ws, ' ', e - ws))) &&
            plain_part(t, ws, e, lower))
            best = ws;
        if (ws == b)
            break;
        w = ws - 1;
    }
    return best;
}

/* Back from the town that ends at te to the part that opens the address: its start, or
 * (size_t)-1. eir: the postcode is an Eircode. */
static size_t walk_back(const struct sc *s, size_t te, int eir)
{
    const uint8_t *t = s->t;
    size_t e = te, ps[MAX_PARTS], pe[MAX_PARTS], st = (size_t)-1;
    int n = 0, open = 0, lower = 1, county = 0;
    for (size_t k = te; k > 0 && te - k < 24 && t[k - 1] != ',' && t[k - 1] != '\n'; k--)
        if (is_up(t[k - 1]))
            lower = 0; /* the address is lower-case when its town part is */
    while (n < MAX_PARTS) {
        size_t a = part_start(s, e, &open);
        if (a == (size_t)-1)
            return (size_t)-1;
        size_t b = a;
        while (b < e && t[b] == ' ')
            b++;
        if (!open && b - a != 1)
            return (size_t)-1; /* ", " between parts */
        int plain = plain_part(t, b, e, lower);
        if (plain && (unit_at(t, b, e) || (n >= 1 && house_at(t, b, e)))) {
            ps[n] = b, pe[n] = e, n++;
            st = b;
            break;
        }
        if (eir && county && n == 2 && !plain && opener_in(t, b, e, eir, lower) == (size_t)-1) {
            /* "residing at Ballinahown, ...": a townland's words after the sentence */
            size_t w = e, tw = (size_t)-1;
            for (int nw = 0; nw < 2 && w > b; nw++) {
                size_t ws = w;
                while (ws > b && t[ws - 1] != ' ')
                    ws--;
                if (ws == b || !plain_part(t, ws, e, lower) || is_digit(t[ws]))
                    break;
                tw = ws;
                if (t[ws - 2] >= 'a' && t[ws - 2] <= 'z' && !lower)
                    break;
                w = ws - 1;
            }
            if (tw != (size_t)-1 && tw >= 2 && t[tw - 2] >= 'a' && t[tw - 2] <= 'z' &&
                townland(t, tw, e)) {
                plain = 1;
                b = tw;
            }
        }
        if (eir && county && n == 2 && plain && townland(t, b, e)) {
            ps[n] = b, pe[n] = e, n++; /* a townland before a town and a county */
            st = b;
            size_t op = b >= 2 && t[b - 1] == ' ' && t[b - 2] == ',' ? part_start(s, b - 2, &open)
                                                                     : (size_t)-1;
            if (op != (size_t)-1) { /* a house number or a unit may still come before it */
                while (op < b - 2 && t[op] == ' ')
                    op++;
                if (plain_part(t, op, b - 2, lower) &&
                    (unit_at(t, op, b - 2) || house_at(t, op, b - 2)))
                    st = op;
            }
            break;
        }
        if (!plain || open) {
            size_t o = n >= 1 ? opener_in(t, b, e, eir, lower) : (size_t)-1;
            if (o == (size_t)-1)
                return (size_t)-1;
            ps[n] = o, pe[n] = e, n++;
            st = o;
            break;
        }
        if (n >= 1 && person_like(t, b, e))
            return (size_t)-1; /* "Flat 12, Meera Iyer, MG Road, Pune 411001" */
        ps[n] = b, pe[n] = e, n++;
        if (county_part(t, b, e))
            county = 1;
        if (a < 2)
            return (size_t)-1;
        e = a - 1; /* before the ',' */
    }
    if (st == (size_t)-1 || n < 2)
        return (size_t)-1;
    size_t se = pe[n - 1];
    int u = st < se ? unit_at(t, st, se) : 0;
    /* a unit before the house number's part, a building between: "Flat 4, 37 Wamy Park",
     * "Apt 40, The Granary, 37 Sycamore Lawn" */
    if (!u && house_at(t, st, se)) {
        size_t e2 = st;
        for (int back = 0; back < 2 && e2 >= 2 && t[e2 - 1] == ' ' && t[e2 - 2] == ','; back++) {
            int op;
            size_t a2 = part_start(s, e2 - 2, &op);
            if (a2 == (size_t)-1)
                break;
            while (a2 < e2 - 2 && t[a2] == ' ')
                a2++;
            if (plain_part(t, a2, e2 - 2, lower) && unit_at(t, a2, e2 - 2) == 2) {
                st = a2;
                u = 2;
                break;
            }
            if (op || !plain_part(t, a2, e2 - 2, lower)) {
                size_t o = opener_in(t, a2, e2 - 2, 0, lower);
                if (o != (size_t)-1 && unit_at(t, o, e2 - 2) == 2)
                    st = o, u = 2;
                break;
            }
            e2 = a2;
        }
    }
    if (eir || u == 2)
        return st;
    /* an Indian address: a weak opener needs a road, area or building word in its parts */
    for (int k = 0; k < n; k++)
        if (has_place_word(t, ps[k], pe[k]))
            return st;
    return (size_t)-1;
}

/* After a postcode that ends at e: ", State", ", India", ", Ireland" (each at most once). */
static size_t after_postcode(const struct sc *s, size_t e)
{
    const uint8_t *t = s->t;
    for (int k = 0; k < 2 && e + 2 < s->len && t[e] == ',' && t[e + 1] == ' '; k++) {
        size_t a = e + 2, b = a;
        while (b < s->len && b - a < 24 && (is_alnum(t[b]) || t[b] == ' '))
            b++;
        char f[24];
        int ok = 0;
        for (size_t x = b; x > a; x--) { /* the longest state name that ends a word */
            if (x < s->len && is_alnum(t[x]))
                continue;
            if (t[x - 1] == ' ')
                continue;
            const char *w = fold(t, a, x, f, sizeof f);
            if (*w && NW_ONE_OF(w, states)) {
                e = x;
                ok = 1;
                break;
            }
        }
        if (!ok)
            break;
    }
    return e;
}

/* The town's end before the postcode at p: after " - ", " – ", "-", ", " or " " after a
 * letter; 0 for none. */
static size_t town_end(const struct sc *s, size_t p, int eir)
{
    const uint8_t *t = s->t;
    size_t q = p;
    if (q >= 3 && t[q - 1] == ' ' && t[q - 2] == '-' && t[q - 3] == ' ')
        q -= 3;
    else if (q >= 5 && t[q - 1] == ' ' && t[q - 2] == 0x93 && t[q - 3] == 0x80 &&
             t[q - 4] == 0xE2 && t[q - 5] == ' ')
        q -= 5;
    else if (q >= 2 && t[q - 1] == ' ' && t[q - 2] == ',')
        q -= 2;
    else if (q >= 1 && (t[q - 1] == ' ' || t[q - 1] == '-'))
        q -= 1;
    else
        return 0;
    if (q == 0)
        return 0;
    if (eir && is_digit(t[q - 1])) { /* "Dublin 14, D14 DF9V" */
        size_t k = q - 1;
        while (k > 0 && q - k < 3 && is_digit(t[k - 1]))
            k--;
        return k >= 7 && t[k - 1] == ' ' && county_part(t, k - 7, q) ? q : 0;
    }
    if (!(((t[q - 1] | 32) >= 'a' && (t[q - 1] | 32) <= 'z') || t[q - 1] >= 0x80))
        return 0;
    if (eir && p - q == 1 && t[q] == ' ') { /* "Co. Galway Y65 10W4": a county before a space */
        size_t k = q;
        while (k > 0 && q - k < 24 && t[k - 1] != ',' && t[k - 1] != '\n')
            k--;
        while (k < q && t[k] == ' ')
            k++;
        if (!county_part(t, k, q))
            return 0;
    }
    return q;
}

size_t nw_street40_pin(const struct sc *s, size_t i, size_t d, size_t *start)
{
    const uint8_t *t = s->t;
    for (size_t k = i; k < d; k++)
        if (!is_digit(t[k]))
            return 0;
    if (d - i != 6 || t[i] == '0' || t[i] == '9' ||
        (d < s->len && (is_alnum(t[d]) || t[d] >= 0x80 ||
                        ((t[d] == '-' || t[d] == '/' || t[d] == '.' || t[d] == ',') &&
                         d + 1 < s->len && is_digit(t[d + 1])))))
        return 0;
    size_t te = town_end(s, i, 0);
    if (!te)
        return 0;
    size_t w = te; /* a lower-case word before and after the number: "the service, order 884213
                      failed" is a sentence, not "bengaluru 560038" */
    while (w > 0 && te - w < 24 && ((t[w - 1] | 32) >= 'a' && (t[w - 1] | 32) <= 'z'))
        w--;
    if (t[w] >= 'a' && t[w] <= 'z' && d + 1 < s->len && t[d] == ' ' && t[d + 1] >= 'a' &&
        t[d + 1] <= 'z')
        return 0;
    size_t st = walk_back(s, te, 0);
    if (st == (size_t)-1)
        return 0;
    *start = st;
    return after_postcode(s, d);
}

/* An Eircode at i: a routing key (a letter and two digits, or "D6W"), an optional space and
 * four letters or digits; its end, or 0. */
static size_t eircode_at(const struct sc *s, size_t i)
{
    const uint8_t *t = s->t;
    int low = 0; /* the scan visits no lower-case word start: capitals only */
    uint8_t w = low ? 'w' : 'W';
    if (i + 7 > s->len || !(low || is_up(t[i])) || !is_digit(t[i + 1]) ||
        !(is_digit(t[i + 2]) || t[i + 2] == w))
        return 0;
    size_t k = i + 3;
    if (t[k] == ' ')
        k++;
    if (k + 4 > s->len)
        return 0;
    for (size_t x = k; x < k + 4; x++)
        if (!(is_digit(t[x]) || (low ? (t[x] >= 'a' && t[x] <= 'z') : is_up(t[x]))))
            return 0;
    k += 4;
    if (k < s->len && (is_alnum(t[k]) || t[k] >= 0x80 || t[k] == '-'))
        return 0;
    return k;
}

size_t nw_street40_eircode(const struct sc *s, size_t i, size_t *start)
{
    size_t e = eircode_at(s, i);
    if (!e)
        return 0;
    size_t te = town_end(s, i, 1);
    if (!te || s->t[i - 1] == '-')
        return 0;
    size_t st = walk_back(s, te, 1);
    if (st == (size_t)-1)
        return 0;
    *start = st;
    return after_postcode(s, e);
}

/* The last postcode that ends in t[lo .. e): a six-digit PIN's start or an Eircode's, or
 * (size_t)-1; its end in *pe, *eir says which. */
static size_t postcode_in(const struct sc *s, size_t lo, size_t e, size_t *pe, int *eir)
{
    const uint8_t *t = s->t;
    for (size_t c = e; c > lo + 7; c--) {
        if (!is_alnum(t[c - 1]) || (c < s->len && (is_alnum(t[c]) || t[c] >= 0x80)))
            continue;
        size_t k = c;
        while (k > lo && c - k < 7 && is_digit(t[k - 1]))
            k--;
        if (c - k == 6 && k > lo && !is_alnum(t[k - 1])) {
            *eir = 0, *pe = c;
            return k;
        }
        for (size_t a = c - 8; a <= c - 7; a++)
            if (a > lo && !is_alnum(t[a - 1]) && eircode_at(s, a) == c) {
                *eir = 1, *pe = c;
                return a;
            }
    }
    return (size_t)-1;
}

int nw_street40_postcode_may(const uint8_t *t, size_t lo, size_t e)
{
    /* postcode_in()'s PIN at k has digits t[k .. k + 6) with lo < k <= e - 6; its Eircode at a
     * a capital t[a] and a digit t[a + 1] with lo < a, a + 7 <= e: a digit at p in
     * [lo + 1, e - 6] with five digits after it or a capital before it, for either */
    for (size_t p = lo + 1; p + 6 <= e; p++)
        if (is_digit(t[p]) &&
            (is_up(t[p - 1]) || (is_digit(t[p + 1]) && is_digit(t[p + 2]) && is_digit(t[p + 3]) &&
                                 is_digit(t[p + 4]) && is_digit(t[p + 5]))))
            return 1;
    return 0;
}

size_t nw_street40_postcode_at(const uint8_t *t, size_t len, size_t lo, size_t e)
{
    struct sc s;
    memset(&s, 0, sizeof s);
    s.t = t;
    s.len = len;
    int eir = 0;
    size_t pe = 0;
    return postcode_in(&s, lo, e, &pe, &eir);
}

int nw_street40_emit(void *arg, int kind, size_t a, size_t e)
{
    struct nw_link *p = arg;
    size_t lo = e > a && e - a > 40 ? e - 40 : a;
    if (kind == ANON_NAMES_ADDRESS && e > a && e - a >= 8 &&
        nw_street40_postcode_may(p->t, lo, e)) { /* no postcode: nothing to widen */
        struct sc s;
        memset(&s, 0, sizeof s);
        s.t = p->t;
        s.len = p->len;
        int eir = 0;
        size_t pe = 0;
        size_t pc = postcode_in(&s, lo, e, &pe, &eir);
        size_t te = pc != (size_t)-1 ? town_end(&s, pc, eir) : 0;
        if (te > a) { /* an address another reader found with a postcode at its end: its
                         opener before ("Flat No 873, ") and its state after (", Karnataka") */
            size_t st = walk_back(&s, te, eir);
            if (st != (size_t)-1 && st < a)
                a = st;
            if (pe == e)
                e = after_postcode(&s, e);
        }
    }
    return p->emit(p->arg, kind, a, e);
}
