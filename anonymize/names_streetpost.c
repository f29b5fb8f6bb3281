/* names_streetpost.c: a street that no street recogniser knows by its words ("Meir 12",
 * "Limmatquai 33", "Lange Voorhout 197", "Route de Lausanne 44", "Spui 21"), found by what
 * follows its house number: a postcode in one of the pack's written forms and a town ("2000
 * Antwerpen", "2514 EA Den Haag", "CH-8001 Zürich", "1100-053 Lisboa"). Called at a capitalised
 * word by nw_addr_word_first (names_places.c) once its own recognisers found nothing; and after a
 * house number, a street with no type before a town and a postcode with letters ("82 Kingsway,
 * Norwich YO10 9NG", moved here from names_places.c).
 *
 * The postcode and town are what make a name and a number an address, so neither is taken on
 * trust: the name's first word may not be an ordinary English word (that is not a street type
 * or a name), a month or a unit word ("Windows 10, 2019 Server", "Ticket 8812, 1050 Brussels",
 * "Room 12, 1000 Bruxelles" are left to others), and a town that is an ordinary English word is
 * taken only after a postcode that cannot be a year or a count (five digits, "2514 EA",
 * "1100-053"). Also here, for names_places.c (at its size): a Japanese block number
 * ("1-2-3 Shibuya", only before a ward or a postcode), a unit after the house number's slash
 * ("130/Stiege 2/Tür 9"), a rural route's box ("RR 2 Box 36"), a Portuguese "R." for "Rua" and
 * a name that starts with a number after its type ("Carrera 7 # 71-21", "Calle 5 de Febrero").
 * Nothing here allocates.
 */
#include "anonymize/names_internal.h"

#include <string.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

/* Is the capitalised word at [b, e) one a street's name may hold? */
static int name_word_ok(const struct sc *s, size_t b, size_t e)
{
    char buf[24];
    const char *f = nw_fold_span(s, b, e, buf, sizeof buf);
    unsigned c = nw_cats(f);
    if (nw_month(f) || (c & C_UNIT))
        return 0;
    if (c & (C_EN | C_FR | C_FIRST))
        return 1; /* "Route de Lausanne", "Rond-point des ..." */
    /* not even a surname: "Level 3, 12000 Points" */
    return !(anon_names_lexicon((const char *)s->t + b, e - b) & ANON_NL_COMMON_EN);
}

/* A postcode in a pack country's form at k, a space and a town: "2000 Antwerpen", "2514 EA Den
 * Haag", "CH-8001 Zürich", "75008 Paris", "1100-053 Lisboa". The town's end, or 0. */
static size_t postcode_town(const struct sc *s, size_t k)
{
    const uint8_t *t = s->t;
    size_t k0 = k;
    if (k + 2 < s->len && is_up(t[k]) && t[k + 1] == '-')
        k += 2; /* "B-2000", "A-1060" */
    else if (k + 3 < s->len && is_up(t[k]) && is_up(t[k + 1]) && t[k + 2] == '-')
        k += 3; /* "CH-8001", "NL-1012" */
    size_t d = k;
    unsigned y = 0;
    while (d < s->len && is_digit(t[d]) && d - k < 6)
        y = y * 10 + (unsigned)(t[d++] - '0');
    if ((d - k < 3 || d - k > 5) || d + 2 >= s->len)
        return 0;
    /* four digits alone and a year's: "Windows 10, 2019 Server", "Season 4, 2019 Finale" */
    int bare = d - k == 4 && k == k0 && y >= 1900 && y <= 2099;
    if (d - k == 4 && t[d] == '-' && d + 5 < s->len && is_digit(t[d + 1]) && is_digit(t[d + 2]) &&
        is_digit(t[d + 3]) && !is_alnum(t[d + 4]))
        d += 4, bare = 0; /* Portugal: "1100-053" */
    else if (d - k == 4 && d + 4 < s->len && t[d] == ' ' && t[d + 1] >= 'A' && t[d + 1] <= 'Z' &&
             t[d + 2] >= 'A' && t[d + 2] <= 'Z' && t[d + 3] == ' ')
        d += 3, bare = 0; /* the Netherlands: "2514 EA" */
    else if (d - k == 3 && k == k0 && d + 4 < s->len && t[d] == ' ' && is_digit(t[d + 1]) &&
             is_digit(t[d + 2]) && t[d + 3] == ' ')
        d += 3; /* Czechia, Slovakia, Sweden: "110 00 Praha 1", "111 21 Stockholm" */
    if (d - k == 3 || t[d] != ' ' || !nw_upper(t + d + 1, s->len - d - 1))
        return 0;
    struct word tw;
    nw_parse_word(s, d + 1, &tw);
    if (tw.shape != SH_NAME && tw.shape != SH_CAPS)
        return 0;
    char buf[16];
    if ((bare && (tw.lex & ANON_NL_COMMON_EN)) ||
        nw_month(nw_fold_span(s, tw.s, tw.e, buf, sizeof buf)))
        return 0; /* "Windows 10, 2019 Server", "Section 3, 2000 March" */
    size_t n, ce = nw_cap_words(s, d + 1, 3, &n);
    return ce;
}

/* Can a house number follow the name whose first word ends at e: only letters, '-' and '\''
 * in at most four more words, each capitalised or a particle of three letters at most ("de",
 * "des", "van"), then a space and a digit? Most capitalised words fail at their next word. */
static int number_may_follow(const struct sc *s, size_t e)
{
    const uint8_t *t = s->t;
    size_t words = 0, lower = 0, runs = 0, lim = e + 48 < s->len ? e + 48 : s->len;
#ifdef __SSE2__
    /* The loop says yes only at a space i < lim - 1 before a digit: none in the 47 bytes at e,
     * no yes. Three steps of 16 bytes (t[e .. e + 48] read, so only where e + 48 < len) turn
     * away "Here is the stack" and "Could you help" for the ~150 instructions of its walk. */
    if (e + 48 < s->len) {
        const __m128i sp = _mm_set1_epi8(' '), zero = _mm_set1_epi8('0'), nine = _mm_set1_epi8(9);
        __m128i hit[3];
        for (int k = 0; k < 3; k++) {
            __m128i a = _mm_loadu_si128((const __m128i *)(const void *)(t + e + 16 * k));
            __m128i d = _mm_sub_epi8(
                _mm_loadu_si128((const __m128i *)(const void *)(t + e + 16 * k + 1)), zero);
            hit[k] = _mm_and_si128(_mm_cmpeq_epi8(a, sp), _mm_cmpeq_epi8(_mm_min_epu8(d, nine), d));
        }
        if (!_mm_movemask_epi8(_mm_or_si128(hit[0], hit[1])) &&
            !(_mm_movemask_epi8(hit[2]) & 0x7FFF))
            return 0; /* bit 15 of the third: the space at e + 47, whose digit is at lim */
    }
#endif
    for (size_t i = e; i < lim; i++) {
        uint8_t c = t[i];
        if (c == ' ') {
            if (++words > 5 || i + 1 >= lim)
                return 0;
            c = t[i + 1];
            if (is_digit(c))
                return 1;
            runs = c >= 'a' && c <= 'z' ? runs + 1 : 0;
            if (runs > 2)
                return 0; /* "de la" at most: not "is the best" */
            lower = c >= 'a' && c <= 'z';
            if (!lower && !is_up(c) && c < 0x80)
                return 0;
            if (lower && i + 4 < lim && t[i + 2] != ' ' && t[i + 3] != ' ' && t[i + 4] != ' ')
                return 0; /* the steps below say no by the word's fourth byte ("The build",
                             "help", "größer"): said at once */
            continue;
        }
        if (lower && ++lower > 4)
            return 0; /* "de", "des": a particle, not "the value" */
        if (!(c >= 0x80 || c == '-' || c == '\'' || ((c | 32) >= 'a' && (c | 32) <= 'z')))
            return 0;
    }
    return 0;
}

/* nw_addr_name_postcode() past its pre-checks: apart, so that the ~120k capitalised words a MiB
 * of prose sends there and the pre-checks turn away do not pay this frame */
static __attribute__((noinline)) size_t name_postcode(const struct sc *s, const struct word *w)
{
    const uint8_t *t = s->t;
    size_t n, ne, h = w->e;
    if (h + 3 < s->len && t[h] == '-' && t[h + 1] >= 'a' && t[h + 1] <= 'z') {
        while (++h < s->len && h - w->e < 8 && t[h] >= 'a' && t[h] <= 'z')
            ;
        if (h >= s->len || t[h] != ' ')
            return 0;
        ne = nw_cap_words(s, h + 1, 4, &n); /* "Rond-point des Champs-Élysées 7" */
    } else {
        ne = nw_cap_words(s, w->s, 4, &n);
    }
    if (!ne || ne + 2 >= s->len || t[ne] != ' ' || !is_digit(t[ne + 1]))
        return 0;
    size_t fe = w->s; /* the first word says what the name is: "Ticket 8812", "Windows 10" */
    while (fe < ne && t[fe] != ' ')
        fe++;
    if (!name_word_ok(s, w->s, fe))
        return 0;
    for (size_t b = fe + 1; b < ne;) { /* no unit word after it: "Alcaraz Suite 541 6343" */
        size_t e = b;
        while (e < ne && t[e] != ' ')
            e++;
        char ub[16];
        if (nw_cats(nw_fold_span(s, b, e, ub, sizeof ub)) & C_UNIT)
            return 0;
        b = e + 1;
    }
    size_t hn = nw_house_number(s, ne + 1), k = hn;
    if (!hn)
        return 0;
    if (k + 5 < s->len && t[k] == ' ' && memcmp(t + k + 1, "bus ", 4) == 0 && is_digit(t[k + 5])) {
        k += 5; /* Belgium: "Meir 12 bus 3" */
        while (k < s->len && is_digit(t[k]))
            k++;
    }
    size_t br = nw_br_at(s, k);
    if (br)
        k += br - 1; /* "<br>" */
    else if (k + 3 < s->len && t[k] == ' ' && (t[k + 1] == '|' || t[k + 1] == 0xC2) &&
             (t[k + 2] == ' ' || (t[k + 2] == 0xB7 && t[k + 3] == ' ')))
        k += t[k + 1] == '|' ? 2 : 3; /* " | ", " · " */
    else if (k + 2 >= s->len || !((t[k] == ',' && t[k + 1] == ' ') || t[k] == '\n'))
        return 0; /* a comma or a line break between: not "Suite 541 6343 Skogstien" */
    else
        k += t[k] == ',';
    size_t te = postcode_town(s, k + 1);
    if (!te)
        return 0;
    size_t e = nw_addr_tail(s, hn);
    return e > te ? e : te;
}

size_t nw_addr_name_postcode(const struct sc *s, const struct word *w)
{
    const uint8_t *t = s->t;
    size_t e = w->e;
    if (e + 4 < s->len && t[e] == ' ' && t[e + 1] >= 'a' && t[e + 1] <= 'z' && t[e + 2] != ' ' &&
        t[e + 3] != ' ' && t[e + 4] != ' ')
        return 0; /* number_may_follow()'s first step says no ("The value", a lower-case word
                     of four bytes or more): said before nw_may_be()'s look-up (nspeed4) */
    if (((w->lex & ANON_NL_COMMON_EN) &&
         !nw_may_be(s->t + w->s, s->len - w->s, C_EN | C_FR | C_FIRST)) ||
        !number_may_follow(s, w->e))
        return 0; /* "The value", "Returns 3": most capitalised words leave here */
    return name_postcode(s, w);
}

/* A house number and a street of one to three capitalised words with no type, then a town and a
 * postcode with letters: "82 Kingsway, Norwich YO10 9NG", "60a The Green, Exeter LS6 8XG". */
size_t nw_addr_untyped_postcode(const struct sc *s, size_t j)
{
    const uint8_t *t = s->t;
    size_t n;
    if (j + 2 >= s->len || t[j] != ' ' || !nw_upper(t + j + 1, s->len - j - 1))
        return 0;
    size_t e = nw_cap_words(s, j + 1, 3, &n), sep = e && e + 2 < s->len && t[e] == '\n' ? 1 : 2;
    if (!e || e + 2 >= s->len || (sep == 2 && (t[e] != ',' || t[e + 1] != ' ')) ||
        !nw_upper(t + e + sep, s->len - e - sep))
        return 0; /* "82 Kingsway, Norwich", "57 Quayside\nNewcastle upon Tyne\nNE1 3DX" */
    size_t ce = nw_cap_words(s, e + sep, 3, &n);
    ce = ce ? nw_town_rest(s, ce) : 0; /* "Newcastle upon Tyne NE1 3DX" */
    if (ce && ce + 1 < s->len && ce - (e + sep) == 6 && memcmp(t + e + sep, "Dublin", 6) == 0 &&
        t[ce] == ' ' && is_digit(t[ce + 1]))
        return nw_addr_tail(s, e); /* a Dublin district: "67 Leeson Park, Dublin 6" */
    return ce && ce + 1 < s->len && (t[ce] == ' ' || (sep == 1 && t[ce] == '\n'))
               ? nw_postcode_at(s, ce + 1)
               : 0;
}

/* Does a Japanese ward, city or town word ("Shibuya-ku", "Kita-ku", "Sapporo-shi") or a
 * postcode "150-0002" stand within 48 bytes after k? */
static int ward_or_postcode_soon(const struct sc *s, size_t k)
{
    const uint8_t *t = s->t;
    size_t lim = k + 48 < s->len ? k + 48 : s->len;
    for (; k + 3 < lim; k++) {
        if (t[k] != '-')
            continue;
        if (k >= 1 && is_alnum(t[k - 1]) && t[k - 1] > '9' &&
            ((t[k + 1] == 'k' && t[k + 2] == 'u') || (t[k + 1] == 's' && t[k + 2] == 'h')) &&
            (k + 3 >= s->len || !is_alnum(t[k + 3]) || t[k + 3] == 'i'))
            return 1;
        if (k >= 3 && k + 5 <= s->len && is_digit(t[k - 1]) && is_digit(t[k - 3]) &&
            (k == 3 || !is_alnum(t[k - 4])) && is_digit(t[k + 1]) && is_digit(t[k + 4]) &&
            (k + 5 == s->len || !is_alnum(t[k + 5])))
            return 1;
    }
    return 0;
}

size_t nw_addr_chome(const struct sc *s, size_t i)
{
    const uint8_t *t = s->t;
    size_t k = i;
    for (int part = 0; part < 3; part++) { /* chōme, block, house: "1-2-3", "2-14-5" */
        size_t d = k;
        while (k < s->len && is_digit(t[k]) && k - d < 4)
            k++;
        if (k == d || k - d > (part == 2 ? 4u : 2u) || (k < s->len && is_digit(t[k])))
            return 0;
        if (part < 2 && (k >= s->len || t[k++] != '-'))
            return 0;
    }
    if (k + 1 >= s->len || t[k] != ' ' || !is_up(t[k + 1]))
        return 0;
    size_t e = k + 1; /* its district: "Shibuya", "Nishi-Azabu", "Umeda" */
    while (e < s->len && (is_alnum(t[e]) || (t[e] == '-' && e + 1 < s->len && is_up(t[e + 1]))))
        e++;
    if (!ward_or_postcode_soon(s, e))
        return 0;                 /* "1-2-3 Release", a version's steps */
    for (int g = 0; g < 2; g++) { /* the ward after a separator: ", Shibuya-ku", "\nKita-ku" */
        size_t q = e, br = nw_br_at(s, q);
        if (br)
            q += br;
        else if (q + 2 < s->len && t[q] == ',' && t[q + 1] == ' ')
            q += 2;
        else if (q + 1 < s->len && t[q] == '\n')
            q++;
        else if (q + 3 < s->len && t[q] == ' ' && t[q + 1] == '|' && t[q + 2] == ' ')
            q += 3;
        else if (q + 4 < s->len && t[q] == ' ' && t[q + 1] == 0xC2 && t[q + 2] == 0xB7 &&
                 t[q + 3] == ' ')
            q += 4;
        if (q == e || q >= s->len || !is_up(t[q]))
            break;
        size_t w = q;
        while (w < s->len && is_alnum(t[w]))
            w++;
        if (w + 3 > s->len || t[w] != '-' ||
            !((t[w + 1] == 'k' && t[w + 2] == 'u') || (t[w + 1] == 's' && t[w + 2] == 'h')))
            break;
        w += 3;
        while (w < s->len && t[w] >= 'a' && t[w] <= 'z')
            w++; /* "-shi" */
        e = w;
    }
    return nw_addr_tail(s, e);
}

size_t nw_slash_unit(const struct sc *s, size_t j)
{
    const uint8_t *t = s->t;
    size_t q = j + 1, ue = q + 1;
    while (ue < s->len && ue - q < 8 && (is_alnum(t[ue]) || t[ue] >= 0x80))
        ue++;
    char ub[16];
    const char *u = ue - q >= 3 ? nw_fold_span(s, q, ue, ub, sizeof ub) : "";
    if (!*u || !((nw_cats(u) & C_UNIT) || strcmp(u, "top") == 0))
        return 0;
    ue += ue < s->len && t[ue] == '.';
    if (ue + 1 >= s->len || t[ue] != ' ' || !is_alnum(t[ue + 1]))
        return 0;
    q = ue + 1;
    while (q < s->len && q - ue <= 4 && is_alnum(t[q]))
        q++;
    return q - ue > 4 || (q < s->len && is_alnum(t[q])) ? 0 : q;
}

size_t nw_addr_route_box(const struct sc *s, size_t j)
{
    const uint8_t *t = s->t;
    if (j + 5 >= s->len || memcmp(t + j, "Box ", 4) != 0 || !is_digit(t[j + 4]))
        return 0;
    size_t d = j + 4;
    while (d < s->len && d - j < 10 && is_digit(t[d]))
        d++;
    if (d < s->len && is_up(t[d]))
        d++; /* "Box 47A" */
    size_t e = d < s->len && !is_alnum(t[d]) ? nw_addr_tail(s, d) : 0;
    return e > d ? e : 0; /* a town after it: not "5 Box 12 units" */
}

size_t nw_addr_rua(const struct sc *s, size_t i)
{
    const uint8_t *t = s->t;
    if (i + 6 >= s->len || t[i] != 'R' || t[i + 1] != '.' || t[i + 2] != ' ' ||
        (i > 0 && (is_alnum(t[i - 1]) || t[i - 1] == '.')))
        return 0;
    size_t k = i + 3, pe = k;
    while (pe < s->len && pe - k < 4 && t[pe] >= 'a' && t[pe] <= 'z')
        pe++;
    char pb[8];
    int particle =
        pe > k && pe < s->len && t[pe] == ' ' && nw_particle(nw_fold_span(s, k, pe, pb, sizeof pb));
    if (particle)
        k = pe + 1; /* "R. de Santa Catarina" */
    size_t n, ne = k < s->len && is_up(t[k]) ? nw_cap_words(s, k, 4, &n) : 0;
    if (!ne || ne + 3 >= s->len || t[ne] != ',' || t[ne + 1] != ' ')
        return 0;
    size_t h = ne + 2;
    if (h + 4 < s->len && memcmp(t + h, "n\302\272 ", 4) == 0)
        h += 4; /* "nº 45" */
    size_t hn = is_digit(t[h]) ? nw_house_number(s, h) : 0;
    if (!hn)
        return 0;
    size_t e = nw_addr_tail(s, hn), d = hn;
    while (d < e && !is_digit(t[d]))
        d++;
    /* "R." is also an initial: "R. Kelly, 42, ..." is none without a particle or a postcode */
    return particle || d < e ? e : 0;
}

size_t nw_addr_numbered_name(const struct sc *s, size_t i)
{
    const uint8_t *t = s->t;
    size_t d = i;
    while (d < s->len && d - i < 4 && is_digit(t[d]))
        d++;
    if (d == i || d - i > 3)
        return 0;
    size_t k = d; /* "Calle 26A # 13-97" */
    if (k < s->len && t[k] >= 'A' && t[k] <= 'Z' && (k + 1 >= s->len || !is_alnum(t[k + 1])))
        k++;
    size_t q = 0;
    if (k + 2 < s->len && t[k] == ' ' && t[k + 1] == '#')
        q = k + 2 + (k + 2 < s->len && t[k + 2] == ' ');
    else if (k + 5 < s->len && memcmp(t + k, " No. ", 5) == 0)
        q = k + 5;
    if (q) { /* the grid: the crossing street's number, a hyphen, the door's */
        size_t a = q;
        while (a < s->len && a - q < 4 && is_digit(t[a]))
            a++;
        if (a == q || a - q > 3)
            return 0;
        if (a < s->len && t[a] >= 'A' && t[a] <= 'Z')
            a++;
        if (a + 1 >= s->len || t[a] != '-' || !is_digit(t[a + 1]))
            return 0;
        size_t b = a + 1;
        while (b < s->len && b - a <= 4 && is_digit(t[b]))
            b++;
        if (b - a - 1 > 3 || (b < s->len && is_alnum(t[b])))
            return 0;
        size_t e = nw_addr_tail(s, b);
        for (int part = 0; e == b && part < 2; part++) { /* "Chicó, Bogotá": the grid is enough */
            size_t nc, ce = b + 2 < s->len && t[b] == ',' && t[b + 1] == ' ' &&
                                    nw_upper(t + b + 2, s->len - b - 2)
                                ? nw_cap_words(s, b + 2, 3, &nc)
                                : 0;
            if (!ce)
                break;
            b = e = ce;
        }
        size_t c = nw_country_after(s, e);
        return c ? c : e;
    }
    /* a date as the name, then the house number: "5 de Febrero 120" */
    if (k != d || d - i > 2 || d + 5 >= s->len || memcmp(t + d, " de ", 4) != 0 || !is_up(t[d + 4]))
        return 0;
    size_t me = d + 4;
    while (me < s->len && me - d < 16 && nw_letter(t + me, s->len - me))
        me += nw_letter(t + me, s->len - me);
    char mb[16];
    if (!nw_month(nw_fold_span(s, d + 4, me, mb, sizeof mb)) || me + 1 >= s->len || t[me] != ' ' ||
        !is_digit(t[me + 1]))
        return 0;
    size_t h = me + 1;
    while (h < s->len && h - me <= 5 && is_digit(t[h]))
        h++;
    if (h - me - 1 > 4 || (h < s->len && is_alnum(t[h])))
        return 0;
    return nw_addr_tail(s, h);
}
