/* names_forms42.c: Romanian and Turkish street addresses, read back from the house number's
 * own word: "nr." in Romanian ("Str. Mihai Eminescu nr. 12, bl. A3, sc. 2, ap. 14, sector 2,
 * București"), "No:" in Turkish ("Caferağa Mah. Moda Cad. No: 12 Daire: 5, 34710
 * Kadıköy/İstanbul"). The street readers walk forward from a type and a name to a bare number;
 * these put a word between them, and their names are often people's ("Mihai Eminescu", "Ziya
 * Gökalp"), so a PERSON finding on the name comes first and the address, longer, wins over it.
 *
 * The walk back from the number word must reach a street type of the language ("Str.", "Calea",
 * "Bd.", "Aleea", "Șos."; "Caddesi", "Cad.", "Sokak", "Sk.", "Bulvarı") over capitalised words
 * alone, so "Tel. nr. 12" and "Sipariş No: 4711" stay out. Then the parts after the number
 * (bl., sc., et., ap.; Kat, D:, Daire) and the postcode, town, county or sector.
 *
 * Two smaller readers of the same round live here too: the Nordic unit parts nw_addr_tail()
 * asks after a street's number ("3 tr", "lgh 1102", "H0302", "as 4"), and the names under an EU
 * Digital COVID Certificate's keys (fn, gn, fnt, gnt), taken only beside another of those keys
 * or the "nam" object. Nothing here allocates.
 */
#include "anonymize/names_internal.h"

#include <string.h>

/* ASCII and UTF-8 bytes of text[a .. b) lower-cased in ASCII into buf, "" when it does not fit. */
static const char *fold(const uint8_t *t, size_t a, size_t b, char *buf, size_t cap)
{
    if (b < a || b - a >= cap) {
        buf[0] = 0;
        return buf;
    }
    for (size_t k = a; k < b; k++)
        buf[k - a] = (char)(is_up(t[k]) ? t[k] | 32 : t[k]);
    buf[b - a] = 0;
    return buf;
}

static int word_byte(uint8_t c)
{
    return is_alnum(c) || c >= 0x80 || c == '.' || c == '-' || c == '\'';
}

/* The start of the word that ends at e (its bytes word_byte()), or e when there is none. */
static size_t word_start(const uint8_t *t, size_t e)
{
    size_t a = e;
    while (a > 0 && e - a < 32 && word_byte(t[a - 1]))
        a--;
    return a;
}

static int one_of(const char *w, const char *const *list, size_t n)
{
    for (size_t k = 0; k < n; k++)
        if (strcmp(w, list[k]) == 0)
            return 1;
    return 0;
}

/* Romanian street types before the name, folded (ASCII and diacritic spellings). */
static const char *const ro_types[] = {
    "str.",           "strada",           "calea",          "bd.",         "bdul.",
    "b-dul",          "b-dul.",           "bulevardul",     "aleea",       "sos.",
    "soseaua",        "splaiul",          "piata",          "intrarea",    "drumul",
    "prelungirea",    "\310\230os.",      "\310\230oseaua", "\305\236os.", "pia\310\233a",
    "\305\236oseaua", "fund\304\203tura", "fundatura"};
/* Turkish street types after the name, folded. */
static const char *const tr_types[] = {"caddesi", "cad.", "cd.",  "sokak", "soka\304\237\304\261",
                                       "sk.",     "sok.", "blv.", "bulv.", "bulvar\304\261",
                                       "yolu"};
static const char *const tr_mahalle[] = {"mahallesi", "mah.", "mh.", "mahalle"};

/* Is the word at a (its first byte) one a street's name may have: a capital or a digit? */
static int name_word(const struct sc *s, size_t a)
{
    return is_digit(s->t[a]) || nw_upper(s->t + a, s->len - a);
}

/* Back from the name's end ne over at most max capitalised words separated by one space to a
 * word in types: the type's start, or (size_t)-1. */
static size_t type_before(const struct sc *s, size_t ne, int max, const char *const *types,
                          size_t ntypes)
{
    const uint8_t *t = s->t;
    size_t e = ne;
    for (int k = 0; k <= max; k++) {
        size_t a = word_start(t, e);
        if (a == e || !name_word(s, a))
            return (size_t)-1;
        char buf[24];
        if (k > 0 && one_of(fold(t, a, e, buf, sizeof buf), types, ntypes))
            return a;
        if (a < 2 || t[a - 1] != ' ' || !word_byte(t[a - 2]))
            return (size_t)-1;
        e = a - 1;
    }
    return (size_t)-1;
}

/* The word at i as "key" + value parts: a key from keys (folded, with its '.' or ':'), then
 * spaces or ':', then 1..6 letters and digits with a digit or one capital. Its end, or 0. */
static size_t keyed_part(const struct sc *s, size_t i, const char *const *keys, size_t nkeys)
{
    const uint8_t *t = s->t;
    size_t k = i;
    while (k < s->len && k - i < 8 && (is_alnum(t[k]) || t[k] >= 0x80))
        k++;
    char buf[16];
    if (k == i || !one_of(fold(t, i, k, buf, sizeof buf), keys, nkeys))
        return 0;
    if (k < s->len && (t[k] == '.' || t[k] == ':'))
        k++;
    while (k < s->len && k - i < 12 && t[k] == ' ')
        k++;
    size_t v = k;
    while (k < s->len && k - v < 6 && (is_alnum(t[k]) || t[k] == '/' || t[k] == '-'))
        k++;
    if (k == v || (k < s->len && is_alnum(t[k])))
        return 0;
    if (!is_digit(t[v]) && !(k == v + 1 && is_up(t[v])) && !(is_up(t[v]) && is_digit(t[k - 1])))
        return 0;
    return k;
}

/* A house number at i: digits, a letter or "/N" or "-N" after them ("12", "12A", "45/3"). */
static size_t house(const struct sc *s, size_t i)
{
    const uint8_t *t = s->t;
    size_t k = i;
    while (k < s->len && k - i < 5 && is_digit(t[k]))
        k++;
    if (k == i || (k < s->len && is_digit(t[k])))
        return 0;
    if (k + 1 < s->len && (t[k] == '/' || t[k] == '-') && is_alnum(t[k + 1])) {
        size_t m = k + 1;
        while (m < s->len && m - k <= 4 && is_alnum(t[m]))
            m++;
        k = m;
    } else if (k < s->len && is_up(t[k]) && (k + 1 >= s->len || !is_alnum(t[k + 1]))) {
        k++;
    }
    return k < s->len && is_alnum(t[k]) ? 0 : k;
}

/* Capitalised words at i (with '-' inside: "Cluj-Napoca"): the end of at most max, or 0. */
static size_t town(const struct sc *s, size_t i, int max)
{
    const uint8_t *t = s->t;
    size_t k = i, e = 0;
    for (int n = 0; n < max && k < s->len && nw_upper(t + k, s->len - k); n++) {
        while (k < s->len && (nw_letter(t + k, s->len - k) || t[k] == '-'))
            k += t[k] < 0x80 ? 1 : nw_letter(t + k, s->len - k);
        e = k;
        if (k + 1 >= s->len || t[k] != ' ' || !nw_upper(t + k + 1, s->len - k - 1))
            break;
        k++;
    }
    return e;
}

/* The separator at i before a tail part: ", ", ",", " " or one line break. Its end, or i. */
static size_t sep(const struct sc *s, size_t i)
{
    const uint8_t *t = s->t;
    if (i < s->len && t[i] == ',')
        i++;
    if (i < s->len && (t[i] == ' ' || t[i] == '\n'))
        i++;
    else if (i + 1 < s->len && t[i] == '\r' && t[i + 1] == '\n')
        i += 2;
    return i;
}

static size_t digits(const uint8_t *t, size_t len, size_t i)
{
    size_t k = i;
    while (k < len && is_digit(t[k]))
        k++;
    return k;
}

/* ---- Romanian ----------------------------------------------------------------------------- */

/* "sector 2", "jud. Cluj", "județul Cluj" at i: its end, or 0. */
static size_t ro_region(const struct sc *s, size_t i)
{
    const uint8_t *t = s->t;
    if (i + 8 <= s->len && (memcmp(t + i, "sector ", 7) == 0 || memcmp(t + i, "Sector ", 7) == 0) &&
        is_digit(t[i + 7]) && (i + 8 == s->len || !is_alnum(t[i + 8])))
        return i + 8;
    size_t k = 0;
    if (i + 6 < s->len && memcmp(t + i, "jud. ", 5) == 0)
        k = i + 5;
    else if (i + 9 < s->len && memcmp(t + i, "jude\310\233ul ", 9) == 0)
        k = i + 9;
    else if (i + 8 < s->len && memcmp(t + i, "judetul ", 8) == 0)
        k = i + 8;
    return k ? town(s, k, 2) : 0;
}

static size_t ro_tail(const struct sc *s, size_t end)
{
    static const char *const parts[] = {"bl",    "sc",   "et",  "ap",   "bloc",
                                        "scara", "etaj", "apt", "corp", "tronson"};
    const uint8_t *t = s->t;
    for (int n = 0; n < 6; n++) { /* ", bl. A3, sc. 2, et. 4, ap. 14" */
        size_t i = sep(s, end);
        size_t pe = i > end ? keyed_part(s, i, parts, sizeof parts / sizeof *parts) : 0;
        if (!pe)
            break;
        end = pe;
    }
    for (int n = 0; n < 4; n++) { /* ", 010063 București, sector 2", ", Cluj-Napoca, jud. Cluj" */
        size_t i = sep(s, end);
        if (i == end || i >= s->len)
            break;
        size_t re = ro_region(s, i);
        if (re) {
            end = re;
            continue;
        }
        size_t d = digits(t, s->len, i);
        if (d - i == 6 && d + 1 < s->len && t[d] == ' ') {
            size_t te = town(s, d + 1, 3);
            if (!te)
                break;
            end = te;
            continue;
        }
        if (d > i)
            break;
        size_t te = town(s, i, 2); /* a town only with a region or sector after it */
        size_t j = te ? sep(s, te) : 0;
        if (!te || j == te || !(re = ro_region(s, j))) {
            char buf[16]; /* or the capital alone, after a sector */
            if (te && (!strcmp(fold(t, i, te, buf, sizeof buf), "bucure\310\231ti") ||
                       !strcmp(buf, "bucuresti")))
                end = te;
            break;
        }
        end = re;
    }
    return end;
}

/* ---- Turkish ------------------------------------------------------------------------------ */

/* A Turkish street's start before the type word that ends at te: the street's name words, and
 * a neighbourhood before them ("Caferağa Mah., Moda Cad."): the start, or (size_t)-1. */
static size_t tr_start(const struct sc *s, size_t te)
{
    const uint8_t *t = s->t;
    size_t ts = word_start(t, te);
    if (ts < 2 || t[ts - 1] != ' ')
        return (size_t)-1;
    size_t a = ts, e = ts - 1;
    for (int k = 0; k < 4; k++) { /* the name: "Moda", "Gazi Mustafa Kemal", "1453" */
        size_t b = word_start(t, e);
        char buf[16];
        if (b == e || !name_word(s, b) ||
            one_of(fold(t, b, e, buf, sizeof buf), tr_mahalle,
                   sizeof tr_mahalle / sizeof *tr_mahalle))
            break;
        a = b;
        if (b < 3 || t[b - 1] != ' ' || t[b - 2] == ',' || !word_byte(t[b - 2]))
            break;
        e = b - 1;
    }
    if (a == ts)
        return (size_t)-1;
    /* a neighbourhood before: "X Mahallesi ", "X Mah., " */
    size_t e2 = a >= 2 && t[a - 1] == ' ' ? a - 1 : 0;
    if (e2 && t[e2 - 1] == ',')
        e2--;
    size_t m = e2 ? word_start(t, e2) : e2;
    char buf[16];
    if (!e2 || m == e2 ||
        !one_of(fold(t, m, e2, buf, sizeof buf), tr_mahalle,
                sizeof tr_mahalle / sizeof *tr_mahalle))
        return a;
    size_t na = (size_t)-1;
    e = m >= 2 && t[m - 1] == ' ' ? m - 1 : 0;
    for (int k = 0; e && k < 3; k++) {
        size_t b = word_start(t, e);
        if (b == e || !name_word(s, b))
            break;
        na = b;
        if (b < 2 || t[b - 1] != ' ' || !word_byte(t[b - 2]))
            break;
        e = b - 1;
    }
    return na == (size_t)-1 ? a : na;
}

static size_t tr_tail(const struct sc *s, size_t end)
{
    static const char *const parts[] = {"kat", "d", "daire", "blok", "apt", "k"};
    const uint8_t *t = s->t;
    for (int n = 0; n < 4; n++) { /* " Kat:2 D:5", " Daire: 5" */
        size_t i = sep(s, end);
        size_t pe = i > end ? keyed_part(s, i, parts, sizeof parts / sizeof *parts) : 0;
        if (!pe)
            break;
        end = pe;
    }
    size_t i = sep(s, end);
    if (i == end || i >= s->len)
        return end;
    size_t d = digits(t, s->len, i), pc = 0;
    if (d - i == 5 && d + 1 < s->len && t[d] == ' ')
        pc = 1, i = d + 1;
    else if (d > i)
        return end;
    size_t te = town(s, i, 2);
    if (!te)
        return end;
    size_t k = te;
    if (k + 2 < s->len && t[k] == ' ' && t[k + 1] == '/' && t[k + 2] == ' ')
        k += 3;
    else if (k < s->len && t[k] == '/')
        k++;
    else if (k + 1 < s->len && t[k] == ',' && t[k + 1] == ' ' && !pc)
        k += 2; /* "Kadıköy, İstanbul" only with a single word after it */
    else
        return pc ? te : end;
    size_t ie = town(s, k, 1);
    if (!ie || (t[k - 1] == ' ' && t[k - 2] == ',' && ie < s->len &&
                (t[ie] == ' ' || t[ie] == ':' || nw_letter(t + ie, s->len - ie))))
        return pc ? te : end; /* ", Alıcı: ..." is no town */
    return ie;
}

size_t nw_forms42_number(const struct sc *s, size_t i, size_t *start)
{
    const uint8_t *t = s->t;
    size_t k = i; /* back over "nr. ", "nr.", "No: ", "No:", "No " to the word's start */
    if (t[k - 1] == ' ')
        k--;
    int colon = t[k - 1] == ':';
    if (t[k - 1] == '.' || colon)
        k--;
    if (k < 4 || !((t[k - 2] | 32) == 'n') ||
        !(t[k - 1] == 'r' || t[k - 1] == 'o' || t[k - 1] == 'O'))
        return 0;
    int ro = t[k - 1] == 'r';
    size_t w = k - 2; /* the number word's start */
    if (t[w - 1] != ' ')
        return 0;
    size_t ne = w - 1;
    if (ne > 0 && t[ne - 1] == ',')
        ne--;
    size_t he = house(s, i);
    if (!he || ne < 3)
        return 0;
    if (ro) {
        size_t a = type_before(s, ne, 5, ro_types, sizeof ro_types / sizeof *ro_types);
        if (a == (size_t)-1)
            return 0;
        *start = a;
        return ro_tail(s, he);
    }
    size_t ts = word_start(t, ne);
    char buf[24];
    if (ts == ne ||
        !one_of(fold(t, ts, ne, buf, sizeof buf), tr_types, sizeof tr_types / sizeof *tr_types))
        return 0;
    size_t a = tr_start(s, ne);
    if (a == (size_t)-1)
        return 0;
    *start = a;
    return tr_tail(s, he);
}

/* ---- Nordic unit parts -------------------------------------------------------------------- */

size_t nw_forms42_unit(const struct sc *s, size_t i)
{
    const uint8_t *t = s->t;
    size_t k = digits(t, s->len, i);
    if (k > i && k - i <= 2 && k + 3 <= s->len && t[k] == ' ' && t[k + 1] == 't' &&
        t[k + 2] == 'r') { /* Swedish floors: "3 tr", "3 tr." */
        k += 3;
        if (k < s->len && t[k] == '.')
            k++;
        return k < s->len && is_alnum(t[k]) ? 0 : k;
    }
    if (k > i)
        return 0;
    if (i + 5 <= s->len && t[i] == 'H' && (t[i + 1] == '0' || t[i + 1] == '1') &&
        digits(t, s->len, i + 1) == i + 5 && (i + 5 == s->len || !is_alnum(t[i + 5])))
        return i + 5; /* Norwegian flat numbers: "H0302" */
    size_t v = 0;
    if (i + 4 < s->len && t[i] == 'a' && t[i + 1] == 's' && (t[i + 2] == ' ' || t[i + 2] == '.'))
        v = i + (t[i + 2] == '.' ? 4 : 3); /* Finnish flats: "as 4", "as. 4" */
    else if (i + 5 < s->len && memcmp(t + i, "lgh ", 4) == 0)
        v = i + 4; /* Swedish flats: "lgh 1102" */
    if (!v || v >= s->len || !is_digit(t[v]))
        return 0;
    k = digits(t, s->len, v);
    return k - v <= 4 && (k == s->len || !is_alnum(t[k])) ? k : 0;
}

/* ---- EU Digital COVID Certificate names --------------------------------------------------- */

/* The length of a DCC name key (fn, gn, fnt, gnt) at p before a ':' or '=' (a '"' between),
 * with no letter or digit before it: 2 or 3, or 0. */
static size_t dcc_key_at(const uint8_t *t, size_t len, size_t p)
{
    if (p + 3 > len || (t[p] != 'f' && t[p] != 'g') || t[p + 1] != 'n' ||
        (p > 0 && (is_alnum(t[p - 1]) || t[p - 1] == '_')))
        return 0;
    size_t n = t[p + 2] == 't' ? 3 : 2, k = p + n;
    if (k < len && t[k] == '"')
        k++;
    return k < len && (t[k] == ':' || t[k] == '=') ? n : 0;
}

size_t nw_forms42_dcc(const struct sc *s, size_t i)
{
    const uint8_t *t = s->t;
    size_t k = i; /* back to the key, as nw_forms42_dcc_may() read it */
    if (t[k - 1] == '"')
        k--;
    if (t[k - 1] == ' ') /* one space at most: nw_forms42_dcc_may() */
        k--;
    k--;
    if (t[k - 1] == '"')
        k--;
    size_t ks = t[k - 1] == 't' ? k - 3 : k - 2, e = i;
    while (e < s->len && e - i < 64 &&
           (nw_letter(t + e, s->len - e) || t[e] == '<' || t[e] == '-' || t[e] == '\'' ||
            (t[e] == ' ' && e + 1 < s->len && nw_upper(t + e + 1, s->len - e - 1))))
        e += t[e] < 0x80 ? 1 : nw_letter(t + e, s->len - e);
    if (e == i || e - i >= 64 || (e < s->len && (is_digit(t[e]) || t[e] == '_')))
        return 0;
    /* another of the four keys, or the "nam" object, within 80 bytes: a certificate's names */
    size_t a = ks > 80 ? ks - 80 : 0, b = e + 80 < s->len ? e + 80 : s->len;
    for (size_t p = a; p + 3 < b; p++) {
        if (p == ks)
            continue;
        if (dcc_key_at(t, s->len, p) || (t[p] == 'n' && t[p + 1] == 'a' && t[p + 2] == 'm' &&
                                         (t[p + 3] == '"' || t[p + 3] == ':' || t[p + 3] == '=') &&
                                         (p == 0 || !is_alnum(t[p - 1]))))
            return e;
    }
    return 0;
}
