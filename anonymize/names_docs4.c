/* names_docs4.c: people in the fixed layouts of citations and travel documents, found by a pass
 * of their own before the walk of names.c, because their words are in no order the walk reads
 * as a name: the airline form "SURNAME/GIVEN TITLE" of boarding passes and passenger lists
 * ("KELLER/MARIA MS", "OKAFOR/BAYOMR", "WEBER, JONAS MR"), citation author lists of surnames and
 * initials (APA's "Keller, M. A., & Okafor, B. (2019)", the French "KELLER M., OKAFOR B.",
 * Vancouver's "Keller MA, Okafor B, Lindqvist T."), "X et al." and BibTeX's author and editor
 * fields.
 *
 * The one thing to know: nothing here trusts one unit alone. A surname with initials is taken
 * when the list it stands in says citation: another unit after a list separator, a year or an
 * editors' mark in brackets after it, "et al."; an airline name only with its passenger title. So
 * "TCP/IP", "AND/OR", "Model S, Model X" and "Washington, D.C." stay text. Each shape is looked for
 * only at its byte ('/', '.', ',', '=') found by memchr(); nothing here allocates.
 */
#include "anonymize/names_internal.h"

#include <string.h>

#ifdef HAVE_NW_AVX2_WALK
#include <immintrin.h>
#endif

static int is_lo(uint8_t c)
{
    return c >= 'a' && c <= 'z';
}

static int is_letter(uint8_t c)
{
    return is_up(c) || is_lo(c) || c >= 0x80;
}

/* Is c a byte that may stand before a word that opens a name (not a letter, digit, '/', '.')? */
static int boundary_before(const struct sc *s, size_t a)
{
    if (a == 0)
        return 1;
    uint8_t c = s->t[a - 1];
    return !is_letter(c) && !is_digit(c) && c != '/' && c != '.' && c != '_' && c != '-' &&
           c != '@';
}

/* Surname particles written before the capitalised word ("de la Garrido, M.", "van Dijk, J."). */
static const char *const particles[] = {"van", "von",   "der", "den", "de",  "la",  "le", "du",
                                        "del", "della", "di",  "da",  "dos", "das", "zu", "ten"};

static int particle(const uint8_t *p, size_t n)
{
    for (size_t k = 0; k < sizeof particles / sizeof particles[0]; k++)
        if (strlen(particles[k]) == n && memcmp(p, particles[k], n) == 0)
            return 1;
    return 0;
}

/* ---- the airline form ------------------------------------------------------------------- */

/* Passenger titles of the airline form, longest first, so that "MARIAMRS" loses "MRS". */
static const char *const titles[] = {"MSTR", "MISS", "PROF", "MRS", "CHD",
                                     "INF",  "MR",   "MS",   "DR",  "MX"};

static size_t title_at(const uint8_t *p, size_t n)
{
    for (size_t k = 0; k < sizeof titles / sizeof titles[0]; k++) {
        size_t m = strlen(titles[k]);
        if (n == m && memcmp(p, titles[k], m) == 0)
            return m;
    }
    return 0;
}

/* A glued title at the end of t[a .. e) ("BAYOMR"): its length, the given name keeping 3 bytes. */
static size_t glued_title(const uint8_t *t, size_t a, size_t e)
{
    for (size_t k = 0; k < sizeof titles / sizeof titles[0]; k++) {
        size_t m = strlen(titles[k]);
        if (e - a >= m + 3 && memcmp(t + e - m, titles[k], m) == 0)
            return m;
    }
    return 0;
}

/* A run of capitals from a (forwards, or backwards when back): ASCII capitals and the bytes of
 * accented ones, at least two ASCII capitals and no lower-case letter. Its other end, or a. */
static size_t caps_run(const struct sc *s, size_t a, int back)
{
    const uint8_t *t = s->t;
    size_t i = a, up = 0;
    if (back) {
        while (i > 0 && i + 40 > a && (is_up(t[i - 1]) || t[i - 1] >= 0x80 || t[i - 1] == '\'')) {
            up += is_up(t[i - 1]);
            i--;
        }
    } else {
        while (i < s->len && i < a + 40 && (is_up(t[i]) || t[i] >= 0x80)) {
            up += is_up(t[i]);
            i++;
        }
    }
    return up >= 2 ? i : a;
}

/* The start of the particles in capitals before a surname at sa ("VAN DUSSELKAMP/JORIEN"). */
static size_t particles_before(const struct sc *s, size_t sa)
{
    const uint8_t *t = s->t;
    while (sa >= 3 && t[sa - 1] == ' ') {
        size_t pa = sa - 1;
        char low[8];
        while (pa > 0 && is_up(t[pa - 1]) && sa - pa < 7)
            pa--;
        if (sa - 1 - pa < 2 || sa - 1 - pa > 5 || !boundary_before(s, pa))
            break;
        for (size_t i = pa; i < sa - 1; i++)
            low[i - pa] = (char)(t[i] | 32);
        if (!particle((const uint8_t *)low, sa - 1 - pa))
            break;
        sa = pa;
    }
    return sa;
}

/* "KELLER/MARIA MS", "KELLER/MARIAMS" around the '/' at k: the end of the name, or 0. */
static size_t airline_name(const struct sc *s, size_t k, size_t *start)
{
    const uint8_t *t = s->t;
    size_t sa = caps_run(s, k, 1), ge = caps_run(s, k + 1, 0);
    if (sa == k || ge == k + 1 || !boundary_before(s, sa) ||
        (ge < s->len && (is_lo(t[ge]) || is_digit(t[ge]) || t[ge] == '/')))
        return 0;
    sa = particles_before(s, sa);
    size_t e = 0;
    if (ge + 1 < s->len && t[ge] == ' ' && ge - (k + 1) >= 2) {
        size_t te = ge + 1;
        while (te < s->len && is_up(t[te]) && te - ge <= 5)
            te++;
        if (title_at(t + ge + 1, te - ge - 1) && (te == s->len || !is_alnum(t[te])))
            e = te;
    }
    if (!e && glued_title(t, k + 1, ge))
        e = ge;
    *start = sa;
    return e;
}

static int airline_names(struct sc *s)
{
    const uint8_t *t = s->t;
    /* the '/' of the text from scan()'s table (names_travel8.c's walk found them) */
    struct nw_hits *h = nw_hits_of(s, '/');
    size_t cur = 0, from = 0, k;
    while ((k = nw_hit_from(h, s, '/', &cur, from)) < s->len) {
        size_t a, e;
        from = k + 1;
        if (k < 2 || k + 3 >= s->len || !is_up(t[k - 1]) || !is_up(t[k + 1]))
            continue;
        if ((e = airline_name(s, k, &a)) != 0) {
            int rc = s->emit(s->arg, ANON_NAMES_PERSON, a, e);
            if (rc < 0)
                return rc;
            if (e < from)
                cur = 0; /* a walk back: the cursor starts over, as memchr() from e did */
            from = e;
        }
    }
    return 0;
}

/* The comma order of passenger lists and booking mails: "WEBER, JONAS MR", "KELLER, MARIA
 * LUISA MRS" around the ", " at k: capitals, a comma, one or two words of capitals and a passenger
 * title ending the name. The title is the evidence ("ADULT, ECONOMY CLASS", "PARIS, MILAN" have
 * none), so no glued title here. The end of the given names, or 0. */
/* Is each word of capitals in t[a .. b) no ordinary word unless also a name ("THANKS, DEAR MR")? */
static int caps_names(const struct sc *s, size_t a, size_t b)
{
    for (size_t i = a; i < b;) {
        size_t j = i;
        while (j < b && s->t[j] != ' ')
            j++;
        char buf[32];
        const char *w = nw_fold_span(s, i, j, buf, sizeof buf);
        unsigned lx = *w ? anon_names_lexicon(w, strlen(w)) : 0;
        if ((lx & (ANON_NL_COMMON_EN | ANON_NL_COMMON)) && !(lx & (ANON_NL_GIVEN | ANON_NL_NAME)))
            return 0;
        i = j + 1;
    }
    return 1;
}

static size_t airline_comma_name(const struct sc *s, size_t k, size_t *start)
{
    const uint8_t *t = s->t;
    size_t sa = caps_run(s, k, 1), ge = caps_run(s, k + 2, 0);
    if (sa == k || ge == k + 2 || !boundary_before(s, sa) || ge + 3 > s->len || t[ge] != ' ')
        return 0;
    for (int words = 0; words < 2; words++) {
        size_t te = ge + 1;
        while (te < s->len && is_up(t[te]) && te - ge <= 5)
            te++;
        if (title_at(t + ge + 1, te - ge - 1) && (te == s->len || !is_alnum(t[te]))) {
            if (!caps_names(s, sa, k) || !caps_names(s, k + 2, ge))
                return 0;
            *start = particles_before(s, sa);
            return ge;
        }
        size_t ne = caps_run(s, ge + 1, 0); /* "MARIA LUISA MRS" */
        if (words || ne == ge + 1 || ne + 3 > s->len || t[ne] != ' ')
            return 0;
        ge = ne;
    }
    return 0;
}

static int airline_comma_names(struct sc *s)
{
    const uint8_t *t = s->t;
    struct nw_hits *h = nw_hits_of(s, ','); /* the first pass to walk the commas fills it */
    for (size_t j = 0, k = nw_hit_at(h, s, ',', 0, 0); k < s->len;
         k = nw_hit_at(h, s, ',', ++j, k + 1)) {
        size_t a, e;
        if (k < 2 || k + 4 >= s->len || !is_up(t[k - 1]) || t[k + 1] != ' ' || !is_up(t[k + 2]))
            continue;
        if ((e = airline_comma_name(s, k, &a)) != 0) {
            int rc = s->emit(s->arg, ANON_NAMES_PERSON, a, e);
            if (rc < 0)
                return rc;
        }
    }
    return 0;
}

/* ---- citation author lists ---------------------------------------------------------------- */

/* Words before initials that are no surname: "See, J. 3", "In: A. Keller", "Fig. 2, B." */
static int not_surname(const uint8_t *p, size_t n)
{
    static const char *const w[] = {
        "In",    "See",   "Vol",    "Fig",     "No",     "Nr",      "Art",   "Abs",     "Bd",
        "Ed",    "Eds",   "Hrsg",   "Cf",      "Vgl",    "Tab",     "Part",  "Section", "Appendix",
        "Annex", "Table", "Figure", "Chapter", "Plan",   "Vitamin", "Type",  "Class",   "Model",
        "Grade", "Level", "Phase",  "Step",    "Option", "Team",    "Group", "Room",    "Gate"};
    for (size_t k = 0; k < sizeof w / sizeof w[0]; k++)
        if (strlen(w[k]) == n && memcmp(p, w[k], n) == 0)
            return 1;
    return 0;
}

/* The capitalised word that ends at e (letters, accented bytes, '\'' and '-' inside), with the
 * particles before it: its start, or e. At least two letters, the first a capital. */
static size_t surname_before(const struct sc *s, size_t e)
{
    const uint8_t *t = s->t;
    size_t a = e;
    while (a > 0 && e - a < 40 &&
           (is_letter(t[a - 1]) ||
            ((t[a - 1] == '\'' || t[a - 1] == '-') && a >= 2 && is_letter(t[a - 2]))))
        a--;
    if (e - a < 2 || !nw_upper(t + a, s->len - a) || !boundary_before(s, a) ||
        not_surname(t + a, e - a))
        return e;
    for (;;) { /* "de la Garrido": lower-case particles before it */
        size_t pe = a, pa;
        if (pe < 2 || t[pe - 1] != ' ')
            break;
        pa = pe - 1;
        while (pa > 0 && is_lo(t[pa - 1]) && pe - pa < 7)
            pa--;
        if (!particle(t + pa, pe - 1 - pa) || !boundary_before(s, pa))
            break;
        a = pa;
    }
    return a;
}

/* Dotted initials from a ("M.", "M. A.", "M.A.", "J.-P."): their end, or a. */
static size_t initials_at(const struct sc *s, size_t a)
{
    const uint8_t *t = s->t;
    size_t i = a, e = a;
    while (i + 1 < s->len && is_up(t[i]) && t[i + 1] == '.') {
        e = i + 2;
        i = e;
        if (i < s->len && (t[i] == ' ' || t[i] == '-'))
            i++;
        if (e - a > 12)
            break;
    }
    /* "M. Arnold": the last capital opens a word, not an initial */
    return e;
}

/* A unit "Surname, I." or "SURNAME I." opening at a (with its particles): its end, or 0. */
static size_t unit_at(const struct sc *s, size_t a)
{
    const uint8_t *t = s->t;
    size_t i = a;
    while (i < s->len && i - a < 24 && is_lo(t[i])) { /* particles */
        size_t w = i;
        while (i < s->len && is_lo(t[i]))
            i++;
        if (!particle(t + w, i - w) || i >= s->len || t[i] != ' ')
            return 0;
        i++;
    }
    size_t w = i;
    if (i >= s->len || !nw_upper(t + i, s->len - i))
        return 0;
    while (i < s->len && i - w < 40 &&
           (is_letter(t[i]) ||
            ((t[i] == '\'' || t[i] == '-') && i + 1 < s->len && is_letter(t[i + 1]))))
        i++;
    if (i - w < 2 || not_surname(t + w, i - w) || i + 3 >= s->len)
        return 0;
    if (t[i] == ',')
        i++;
    if (t[i] != ' ')
        return 0;
    size_t e = initials_at(s, i + 1);
    return e > i + 1 ? e : 0;
}

/* The separator of an author list at i (", ", ", & ", " & ", "; ", " and ", " und ", " et ",
 * " y ", " e ", " en "): its end, or i. */
static size_t list_sep(const struct sc *s, size_t i)
{
    static const char *const seps[] = {", & ", ", and ", ", ",  " & ",  "; ",    " and ", " und ",
                                       " et ", " y ",    " e ", " en ", ", u. ", " u. "};
    for (size_t k = 0; k < sizeof seps / sizeof seps[0]; k++) {
        size_t n = strlen(seps[k]);
        if (i + n <= s->len && memcmp(s->t + i, seps[k], n) == 0)
            return i + n;
    }
    return i;
}

/* After a unit that ends at e: a year or an editors' mark in brackets ("(2019)", " (Eds.)",
 * "(Hrsg.)", "(dir.)", "(a cura di)"), or ", et al."? */
static int closes_citation(const struct sc *s, size_t e)
{
    const uint8_t *t = s->t;
    if (e < s->len && t[e] == ',')
        e++;
    if (e < s->len && t[e] == ' ')
        e++;
    if (e + 5 <= s->len && memcmp(t + e, "et al", 5) == 0)
        return 1;
    if (e + 5 > s->len || t[e] != '(')
        return 0;
    if (is_digit(t[e + 1]) && is_digit(t[e + 2]) && is_digit(t[e + 3]) && is_digit(t[e + 4]))
        return 1;
    static const char *const eds[] = {"Ed",    "ed",  "Hrsg",   "Hg",  "dir", "red",
                                      "coord", "org", "a cura", "n.d", "o.J", "s.d"};
    for (size_t k = 0; k < sizeof eds / sizeof eds[0]; k++) {
        size_t n = strlen(eds[k]);
        if (e + 1 + n <= s->len && memcmp(t + e + 1, eds[k], n) == 0)
            return 1;
    }
    return 0;
}

/* At the dot k of an initial ("M." of "Keller, M. A."): the unit around it and the list it
 * stands in, each of its units emitted when the list says citation. *next: where to go on. */
static int dotted_units(struct sc *s, size_t k, size_t *next)
{
    const uint8_t *t = s->t;
    size_t ia = k - 1; /* the initials run back to their first */
    while (ia >= 3 && t[ia - 1] == ' ' && t[ia - 2] == '.' && is_up(t[ia - 3]))
        ia -= 3;
    while (ia >= 2 && t[ia - 1] == '.' && is_up(t[ia - 2]))
        ia -= 2;
    if (ia < 3 || t[ia - 1] != ' ')
        return 0;
    size_t se = t[ia - 2] == ',' ? ia - 2 : ia - 1, sa = surname_before(s, se);
    if (sa == se)
        return 0;
    size_t units[8][2], n = 0, e = unit_at(s, sa);
    if (!e)
        return 0;
    units[n][0] = sa, units[n][1] = e, n++;
    for (;;) { /* the units after it */
        size_t b = list_sep(s, e), f;
        if (b == e || n == 8 || !(f = unit_at(s, b)))
            break;
        units[n][0] = b, units[n][1] = f, n++;
        e = f;
    }
    *next = e;
    if (n < 2 && !closes_citation(s, e))
        return 0;
    for (size_t u = 0; u < n; u++) {
        int rc = s->emit(s->arg, ANON_NAMES_PERSON, units[u][0], units[u][1]);
        if (rc < 0)
            return rc;
    }
    return 0;
}

/* "Keller et al." at the dot k after "al": the surname before it. */
static int et_al(struct sc *s, size_t k)
{
    const uint8_t *t = s->t;
    if (k < 9 || memcmp(t + k - 6, " et al", 6) != 0)
        return 0;
    size_t e = k - 6, a = surname_before(s, e);
    if (a == e)
        return 0;
    size_t up = 0;
    for (size_t i = a; i < e; i++)
        up += is_up(t[i]);
    if (up == e - a && e - a <= 3) /* "IBM et al." */
        return 0;
    return s->emit(s->arg, ANON_NAMES_PERSON, a, e);
}

/* The '.' at k: a unit's initial ("Keller A.") or "et al."; where the walk goes on (*p, past
 * the unit read) when it is, else k + 1. */
static int dotted_at(struct sc *s, size_t k, size_t *p)
{
    const uint8_t *t = s->t;
    size_t next = k + 1;
    int rc = 0;
    if (k >= 4 && is_up(t[k - 1]) && !is_letter(t[k - 2]))
        rc = dotted_units(s, k, &next);
    else if (k >= 9 && t[k - 1] == 'l' && t[k - 2] == 'a')
        rc = et_al(s, k);
    *p = next > k ? next : k + 1;
    return rc;
}

#ifdef HAVE_NW_AVX2_WALK
/* dotted_lists() 32 bytes a step: only the '.' after a capital or an 'l' can be a unit's or "et
 * al.", the others (most of prose's, after a lower-case letter or a digit) do nothing there and
 * are not visited (branch lines39). The ones visited are visited in the same order, each only
 * when the walk has not gone past it (p), so the findings are the byte walk's. */
__attribute__((target("avx2"))) static int dotted_lists_avx2(struct sc *s, size_t *pp)
{
    const uint8_t *t = s->t;
    size_t n = s->len, p = *pp, i = 1; /* a '.' at 0 has no byte before: nothing there */
    const __m256i dot = _mm256_set1_epi8('.'), a = _mm256_set1_epi8('A'), z = _mm256_set1_epi8(25),
                  l = _mm256_set1_epi8('l');
    for (; n - i >= 32; i += 32) {
        __m256i cur = _mm256_loadu_si256((const __m256i *)(const void *)(t + i));
        __m256i prev = _mm256_loadu_si256((const __m256i *)(const void *)(t + i - 1));
        __m256i up = _mm256_sub_epi8(prev, a); /* 'A' .. 'Z' -> 0 .. 25 */
        up = _mm256_cmpeq_epi8(_mm256_min_epu8(up, z), up);
        __m256i want = _mm256_or_si256(up, _mm256_cmpeq_epi8(prev, l));
        unsigned m =
            (unsigned)_mm256_movemask_epi8(_mm256_and_si256(_mm256_cmpeq_epi8(cur, dot), want));
        for (; m; m &= m - 1) {
            size_t k = i + (size_t)__builtin_ctz(m);
            int rc;
            if (k >= p && (rc = dotted_at(s, k, &p)) < 0)
                return rc;
        }
    }
    *pp = p > i ? p : i; /* the rest by the byte walk, from the first byte not read here */
    return 0;
}
#endif

static int dotted_lists(struct sc *s)
{
    const uint8_t *t = s->t;
    size_t p = 0;
    int rc;
#ifdef HAVE_NW_AVX2_WALK
    if (s->len >= 33 && nw_use_avx2() && (rc = dotted_lists_avx2(s, &p)) < 0)
        return rc;
#endif
    const uint8_t *q;
    while (p < s->len && (q = memchr(t + p, '.', s->len - p)) != NULL)
        if ((rc = dotted_at(s, (size_t)(q - t), &p)) < 0)
            return rc;
    return 0;
}

/* ---- Vancouver: "Keller MA, Okafor B, Lindqvist T." --------------------------------------- */

/* A unit "Surname AB" from a ended by ',' or '.': its end (before the mark), or 0. Initials that
 * are all Roman numerals ("Louis XIV") make no unit. */
static size_t vanc_unit(const struct sc *s, size_t a)
{
    const uint8_t *t = s->t;
    size_t e = a;
    while (e < s->len && e - a < 40 && is_lo(t[e])) { /* particles */
        size_t w = e;
        while (e < s->len && is_lo(t[e]))
            e++;
        if (!particle(t + w, e - w) || e >= s->len || t[e] != ' ')
            return 0;
        e++;
    }
    size_t w = e;
    if (e >= s->len || !nw_upper(t + e, s->len - e))
        return 0;
    size_t lower = 0;
    while (e < s->len && e - w < 40 &&
           (is_letter(t[e]) || (t[e] == '-' && e + 1 < s->len && is_letter(t[e + 1])))) {
        lower += is_lo(t[e]) || t[e] >= 0x80;
        e++;
    }
    if (e - w < 2 || !lower || not_surname(t + w, e - w) || e + 2 >= s->len || t[e] != ' ')
        return 0;
    size_t i = e + 1, roman = 1;
    while (i < s->len && is_up(t[i]) && i - e <= 3) {
        roman &= t[i] == 'I' || t[i] == 'V' || t[i] == 'X';
        i++;
    }
    if (i == e + 1 || i - e > 4 || roman || i >= s->len || (t[i] != ',' && t[i] != '.'))
        return 0;
    return i;
}

/* Does the line of a open with a reference's number ("1. ", "[12] ", "3) ")? */
static int numbered_line(const struct sc *s, size_t a)
{
    const uint8_t *t = s->t;
    size_t ls = a;
    while (ls > 0 && t[ls - 1] != '\n' && a - ls < 8)
        ls--;
    if (ls < a && t[ls] == '[')
        ls++;
    size_t d = ls;
    while (d < a && is_digit(t[d]))
        d++;
    return d > ls && d < a && (t[d] == '.' || t[d] == ']' || t[d] == ')');
}

static int vancouver_lists(struct sc *s)
{
    const uint8_t *t = s->t;
    struct nw_hits *h = nw_hits_of(s, ','); /* airline_comma_names() found them */
    for (size_t cur = 0, from = 0, k; (k = nw_hit_from(h, s, ',', &cur, from)) < s->len;) {
        from = k + 1;
        if (k < 4 || !is_up(t[k - 1]) || k + 3 >= s->len || t[k + 1] != ' ')
            continue;
        size_t b = k - 1; /* back to the unit's start: initials, a space, the surname */
        while (b > 0 && is_up(t[b - 1]) && k - b < 4)
            b--;
        if (b < 3 || t[b - 1] != ' ')
            continue;
        size_t a = surname_before(s, b - 1);
        if (a == b - 1 || vanc_unit(s, a) != k)
            continue;
        size_t units[8][2], n = 0, e = k, f;
        units[n][0] = a, units[n][1] = k, n++;
        while (n < 8 && e + 2 < s->len && t[e] == ',' && t[e + 1] == ' ' &&
               (f = vanc_unit(s, e + 2)) != 0) {
            units[n][0] = e + 2, units[n][1] = f, n++;
            e = f;
        }
        int etal = e + 8 < s->len && t[e] == ',' && memcmp(t + e + 1, " et al", 6) == 0;
        from = e > k ? e : k + 1; /* the first ',' at or after the list's end */
        if (n < 2 || (n < 3 && !etal && !numbered_line(s, a)))
            continue;
        for (size_t u = 0; u < n; u++) {
            int rc = s->emit(s->arg, ANON_NAMES_PERSON, units[u][0], units[u][1]);
            if (rc < 0)
                return rc;
        }
    }
    return 0;
}

/* ---- BibTeX: author = {Keller, Maria and Okafor, Bayo} ------------------------------------ */

/* One name of a BibTeX field, t[a .. e) trimmed: letters, spaces, commas, dots, '-', '\''. */
static int bib_name(struct sc *s, size_t a, size_t e)
{
    const uint8_t *t = s->t;
    while (a < e && t[a] == ' ')
        a++;
    while (e > a && t[e - 1] == ' ')
        e--;
    if (e - a < 2 || e - a > 80 || (e - a == 6 && memcmp(t + a, "others", 6) == 0))
        return 0;
    int cap = 0;
    for (size_t i = a; i < e; i++) {
        uint8_t c = t[i];
        if (!is_letter(c) && c != ' ' && c != ',' && c != '.' && c != '-' && c != '\'')
            return 0;
        cap |= is_up(c) || c >= 0xC3;
    }
    return cap ? s->emit(s->arg, ANON_NAMES_PERSON, a, e) : 0;
}

static int bib_field(struct sc *s, size_t k)
{
    const uint8_t *t = s->t;
    size_t b = k;
    while (b > 0 && t[b - 1] == ' ')
        b--;
    if (b < 6)
        return 0;
    char key[6];
    for (size_t i = 0; i < 6; i++)
        key[i] = (char)(t[b - 6 + i] | 32);
    if ((memcmp(key, "author", 6) != 0 && memcmp(key, "editor", 6) != 0) ||
        (b > 6 && is_alnum(t[b - 7])))
        return 0;
    size_t v = k + 1;
    while (v < s->len && t[v] == ' ')
        v++;
    if (v >= s->len || (t[v] != '{' && t[v] != '"'))
        return 0;
    uint8_t close = t[v] == '{' ? '}' : '"';
    size_t a = ++v, i = v;
    for (; i < s->len && t[i] != close && t[i] != '\n' && i - v < 600; i++)
        if (i + 5 <= s->len && memcmp(t + i, " and ", 5) == 0) {
            int rc = bib_name(s, a, i);
            if (rc < 0)
                return rc;
            a = i + 5;
            i += 4;
        }
    return i < s->len && t[i] == close ? bib_name(s, a, i) : 0;
}

static int bib_fields(struct sc *s)
{
    struct nw_hits *eqs = nw_hits_of(s, '='); /* names_tables2.c's fields found them */
    for (size_t j = 0, k = nw_hit_at(eqs, s, '=', 0, 0); k < s->len;
         k = nw_hit_at(eqs, s, '=', ++j, k + 1)) {
        int rc = k >= 6 ? bib_field(s, k) : 0;
        if (rc < 0)
            return rc;
    }
    return 0;
}

int nw_docs4_names(struct sc *s)
{
    int rc;
    if ((rc = airline_names(s)) < 0 || (rc = airline_comma_names(s)) < 0 ||
        (rc = dotted_lists(s)) < 0 || (rc = vancouver_lists(s)) < 0)
        return rc;
    return bib_fields(s);
}

/* ---- announcements: the people a plural kin word or a godparents' label lists ------------- */

/* Plural kin words that list the people after them ("survived by his children X, Y and Z", "ses
 * enfants X et Y", "i figli X e Y"), and the labels of a christening's godparents; filed by their
 * first letter, so that one byte test sends most words away. */
static const char *const *const kin_plural[26] = {
    ['c' - 'a'] = (const char *const[]){"children", NULL},
    ['d' - 'a'] = (const char *const[]){"daughters", "dochters", NULL},
    ['e' - 'a'] = (const char *const[]){"enkelkinder", "enfants", NULL},
    ['f' - 'a'] = (const char *const[]){"filles", "figli", "figlie", "filhos", "filhas", NULL},
    ['g' - 'a'] = (const char *const[]){"grandchildren", "godparents", NULL},
    ['h' - 'a'] = (const char *const[]){"hijos", "hijas", NULL},
    ['k' - 'a'] = (const char *const[]){"kinder", "kinderen", "kleinkinderen", NULL},
    ['m' - 'a'] = (const char *const[]){"marraine", "madrina", "madrinha", NULL},
    ['n' - 'a'] = (const char *const[]){"nietos", "nipoti", "netos", NULL},
    ['p' - 'a'] = (const char *const[]){"petits-enfants", "paten", "patin", "parrain", "peetouders",
                                        "padrinos", "padrinhos", NULL},
    ['s' - 'a'] = (const char *const[]){"söhne", NULL},
    ['t' - 'a'] = (const char *const[]){"töchter", NULL},
    ['z' - 'a'] = (const char *const[]){"zonen", NULL},
};

/* Is t[a .. e) (ASCII capitals folded) one of the words of list (NULL-terminated)? */
static int in_list(const uint8_t *t, size_t a, size_t e, const char *const *list)
{
    size_t n = e - a;
    for (; *list; list++) {
        const char *w = *list; /* its NUL differs from every letter: no read past its end */
        size_t i = 1;
        while (i < n && (uint8_t)w[i] == (is_up(t[a + i]) ? (t[a + i] | 32) : t[a + i]))
            i++;
        if (i == n && w[n] == '\0')
            return 1;
    }
    return 0;
}

/* The word that ends at e, folded into buf (ASCII letters folded, other bytes kept): its start. */
static size_t folded_word(const struct sc *s, size_t e, char *buf, size_t cap)
{
    const uint8_t *t = s->t;
    size_t a = e;
    while (a > 0 && e - a < cap - 1 && (is_letter(t[a - 1]) || t[a - 1] == '-'))
        a--;
    for (size_t i = a; i < e; i++)
        buf[i - a] = (char)(t[i] < 0x80 ? t[i] | 32 : t[i]);
    buf[e - a] = '\0';
    return a;
}

int nw_docs4_ctx(const struct sc *s, size_t start)
{
    const uint8_t *t = s->t;
    size_t p = start;
    char w[24];
    if (p < 5)
        return 0;
    if (t[p - 1] == '\n') { /* "In liebevoller Erinnerung\nX, Y und Z": the mourners' line */
        size_t e = p - 1;
        if (e > 0 && t[e - 1] == '\r')
            e--;
        if (e < 7 || (t[e - 1] != 'g' && t[e - 1] != 'y' && t[e - 1] != 'n'))
            return 0;
        folded_word(s, e, w, sizeof w);
        return strcmp(w, "erinnerung") == 0 || strcmp(w, "memory") == 0 ||
               strcmp(w, "gedenken") == 0;
    }
    if (t[p - 1] != ' ')
        return 0;
    p--;
    if (p > 0 && (t[p - 1] == ':' || t[p - 1] == ','))
        p--;
    while (p > 0 && t[p - 1] == ' ')
        p--;
    if (p < 5)
        return 0;
    uint8_t z = t[p - 1] | 32; /* the last letters of kin_plural's words ("nsreia", no call) */
    if (!(z == 'n' || z == 's' || z == 'r' || z == 'e' || z == 'i' || z == 'a'))
        return 0;
    size_t a = p;
    while (a > 0 && p - a < 16 && (is_letter(t[a - 1]) || t[a - 1] == '-'))
        a--;
    uint8_t c0 = (uint8_t)(t[a] | 32);
    if (p - a < 5 || p - a > 15 || c0 < 'a' || c0 > 'z' || !kin_plural[c0 - 'a'])
        return 0;
    return in_list(t, a, p, kin_plural[c0 - 'a']);
}

/* Role labels of recruiting, travel and legal forms whose value is a person ("Bewerber: X",
 * "Recruteur : X", "Accompanied by: X", "Mitreisende: X", "Kläger: X", "Notaris: X"), folded;
 * names_words.c files them as context2's person labels are (C_LABEL | C_CTX2S). Labels that name
 * a company as often ("Candidate", "Beklagte", "Demandada") are context2's weak ones or none. */
const char *const nw_docs4_labels[] = {
    "bewerber",       "bewerberin",     "sollicitant",    "sollicitante",   "candidat",
    "candidata",      "candidato",      "recruteur",      "recruteuse",     "recruiter",
    "hiring manager", "gesprekvoerder", "entrevistador",  "entrevistadora", "selezionatore",
    "selezionatrice", "accompanied by", "mitreisende",    "mitreisender",   "accompagné de",
    "accompagnée de", "medereiziger",   "acompañante",    "accompagnatore", "accompagnatrice",
    "acompanhante",   "guest name",     "passenger name", "lead passenger", "lead guest",
    "kläger",         "klägerin",       "eiser",          "eiseres",        "demandante",
    "demandeur",      "demanderesse",   "notar",          "notarin",        "notaire",
    "notaris",        "notario",        "notaria",        "notaio",         "notário",
    "notária"};
const size_t nw_docs4_nlabels = sizeof nw_docs4_labels / sizeof nw_docs4_labels[0];
