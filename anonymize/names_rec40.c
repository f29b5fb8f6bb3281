/* names_rec40.c: a person's name shown by other evidence in the same text (branch rec40).
 *
 * names_rec39.c looks for each word of a found person again in the same bytes. What the tune
 * sets still missed, and this pass adds once the text's findings are resolved (and rec39 ran):
 * - an e-mail address whose local part spells a name ("kaen.weindling@", "k.weindling@",
 *   "weindling.kaen@", "kweindling@") and the same name elsewhere in the text in any case
 *   ("Kaen Weindling will join", "KAEN WEINDLING", "kaen weindling", "Weindling");
 * - a word joined to a person by a conjunction ("Ilse and Tomas Berglund", "Anna & Piet"), and
 *   the surnames after a plural title ("los Sres. Navarro y Quillez", "die Herren Vogel und
 *   Krause");
 * - a found person's words again in another case: the full name in capitals in a header
 *   ("=== KAEN WEINDLING ==="), a word of it in lower case ("tomas said hi", "assigned to
 *   weindling").
 * A word that is an ordinary word, a place, a brand or a famous name is never taken ("Rose
 * Marsh" leaves "the rose garden", "Will" leaves "will you"), nor a word before a legal form.
 * It only adds: a text with no PERSON and no e-mail finding (every PII-free text) costs one loop
 * over its findings.
 */
#include "anonymize/engine_internal.h"
#include "anonymize/names_added.h"
#include "anonymize/names_internal.h"

#include <stdlib.h>
#include <string.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

#define MAX_WORD NW_ADDED_WORD
#define MAX_KEYS 48 /* folded words looked for; a text names few people */
#define MAX_MINE 16 /* the one-word persons the conjunction rule added, remembered */

struct key {
    char f[MAX_WORD * 2 + 1]; /* folded */
    size_t fl;
    int group; /* words of one finding or one local part share a group */
    char init; /* an e-mail's initial before or after this surname, or 0 */
};

static int alpha(uint8_t c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c >= 0x80;
}

static int word_byte(uint8_t c)
{
    return alpha(c) || (c >= '0' && c <= '9') || c == '_';
}

/* The case of t[a .. a+n): 0 lower, 1 a capital then lower, 2 capitals, 3 mixed or none. */
static int case_of(const uint8_t *t, size_t len, size_t a, size_t n)
{
    int up = 0, low = 0, first = 0;
    for (size_t i = a; i < a + n; i++) {
        int u;
        if (t[i] < 0x80)
            u = t[i] >= 'A' && t[i] <= 'Z';
        else if (t[i] >= 0xC0)
            u = nw_upper(t + i, len - i) > 1;
        else
            continue;
        if (i == a)
            first = u;
        up += u;
        low += !u;
    }
    if (!up && low)
        return 0;
    if (up == 1 && first && low)
        return 1;
    if (!low && up >= 2)
        return 2;
    return 3;
}

/* t[a .. a+n) in lower case with Latin-1 letters' accents dropped ("Domínguez" "dominguez"),
 * as an e-mail address spells a name, into f (MAX_WORD * 2 + 1 bytes); its length, 0 when it
 * does not fit. */
static int afold(const uint8_t *t, size_t a, size_t n, char *f)
{
    static const char latin[] = "aaaaaaaceeeeiiiidnooooooouuuuytsaaaaaaaceeeeiiiidnooooooouuuuyty";
    size_t o = 0;
    if (n > MAX_WORD)
        return 0;
    for (size_t i = a; i < a + n; i++) {
        if (t[i] == 0xC3 && i + 1 < a + n && t[i + 1] >= 0x80 && t[i + 1] <= 0xBF) {
            f[o++] = latin[t[i + 1] - 0x80];
            i++;
        } else {
            f[o++] = (char)(t[i] >= 'A' && t[i] <= 'Z' ? t[i] | 0x20 : t[i]);
        }
    }
    f[o] = '\0';
    return (int)o;
}

/* Is the word t[a .. a+n) (folded f) an ordinary word, a list word, a place, a brand or a famous
 * name in some case? */
static int ordinary(const uint8_t *t, size_t a, size_t n, const char *f)
{
    unsigned lx = anon_names_lexicon((const char *)t + a, n);
    if (lx & (ANON_NL_COMMON_EN | ANON_NL_COMMON))
        return 1;
    return nw_cats(f) || nw_city_name(f) || nw_route_city(f) || nw_famous(f) || nw_brand(f, 1);
}

/* The length bits of keys k[0 .. nk): bit fl, 64 bytes and more bit 63. */
static uint64_t key_lens(const struct key *k, size_t nk)
{
    uint64_t lens = 0;
    for (size_t x = 0; x < nk; x++)
        lens |= 1ull << (k[x].fl < 63 ? k[x].fl : 63);
    return lens;
}

/* May the word t[s .. s+n) be a key's length once afold()ed? An ASCII word folds to n bytes, so
 * no key has its length when lens lacks bit n; any other word may (its accents fold to one
 * byte each). The passes ask it before they fold a word: most words are no key's length. */
static int len_may(const uint8_t *t, size_t s, size_t n, uint64_t lens)
{
    if ((lens >> (n < 63 ? n : 63)) & 1)
        return 1;
    uint8_t hi = 0;
    for (size_t i = s; i < s + n; i++)
        hi |= t[i];
    return hi >= 0x80;
}

/* Does the word t[s .. e) stand alone (no part of an address, a path, an identifier)? */
static int bounded(const uint8_t *t, size_t len, size_t s, size_t e)
{
    if (s > 0) {
        uint8_t p = t[s - 1];
        if (word_byte(p) || p == '.' || p == '/' || p == '\\' || p == '#' || p == '$' || p == '%' ||
            p == '=' || p == '@' || p == '<' || p == '~' || p == '`' ||
            (p == '-' && s > 1 && alpha(t[s - 2])))
            return 0;
    }
    if (e < len) {
        uint8_t c = t[e];
        if (word_byte(c) || c == '@' || c == '(' || c == '=' || c == '`')
            return 0;
        if ((c == '.' || c == '-' || c == '/' || c == ':') && e + 1 < len && word_byte(t[e + 1]))
            return 0;
    }
    return 1;
}

/* The next word (letters, inner '-' or '\'') at or after *i: its bounds; 0 at the end. */
static int next_word(const uint8_t *t, size_t len, size_t *i, size_t *s, size_t *e)
{
    size_t p = *i;
    while (p < len && !alpha(t[p]))
        p++;
    if (p >= len)
        return 0;
    size_t a = p;
    while (p < len &&
           (alpha(t[p]) || ((t[p] == '-' || t[p] == '\'') && p + 1 < len && alpha(t[p + 1]))))
        p++;
    *s = a;
    *e = p;
    *i = p;
    return 1;
}

#ifdef __SSE2__
/* The letters (alpha()) of the 16 bytes at p, one bit each. */
static inline unsigned letters16(const uint8_t *p)
{
    const __m128i v = _mm_loadu_si128((const __m128i *)(const void *)p);
    const __m128i x = _mm_sub_epi8(_mm_or_si128(v, _mm_set1_epi8(0x20)), _mm_set1_epi8('a'));
    return (unsigned)_mm_movemask_epi8(
        _mm_or_si128(_mm_cmpeq_epi8(_mm_min_epu8(x, _mm_set1_epi8(25)), x),
                     _mm_cmplt_epi8(v, _mm_setzero_si128())));
}

/* The first word start at or after *p (*p >= 1) in whole blocks of 16 whose byte has first[]
 * set (a letter after no letter): 1 with *p at it; else 0 with *p where the blocks ended. The
 * letters of a block come in one step, and only the starts of words are looked up. */
static int cand_sse2(const uint8_t *t, size_t len, const uint8_t *first, size_t *pp)
{
    size_t p = *pp;
    unsigned prev = alpha(t[p - 1]);
    for (; len - p >= 16; p += 16) {
        unsigned a = letters16(t + p), m = a & ~((a << 1) | prev);
        prev = a >> 15;
        for (; m; m &= m - 1)
            if (first[t[p + (unsigned)__builtin_ctz(m)]]) {
                *pp = p + (unsigned)__builtin_ctz(m);
                return 1;
            }
    }
    *pp = p;
    return 0;
}
#endif

/* next_word(), but only words whose first byte c has first[c] and that go on no word across a
 * '-' or '\'': a table look-up per word start (SSE2), else per byte. */
static int next_cand(const uint8_t *t, size_t len, const uint8_t *first, size_t *i, size_t *s,
                     size_t *e)
{
    size_t p = *i;
#ifdef __SSE2__
    /* the byte loop's test at byte 0 is first[] and alpha() alone */
    if (p == 0 && len > 0 && !(first[t[0]] && alpha(t[0])))
        p = 1;
    if (p > 0 && p < len)
        while (cand_sse2(t, len, first, &p)) {
            if (!((t[p - 1] == '-' || t[p - 1] == '\'') && p > 1 && alpha(t[p - 2])))
                break; /* the byte loop below stops here at once */
            p++;       /* "Jean-Pierre": the word goes on */
        }
#endif
    for (; p < len; p++)
        if (first[t[p]] && alpha(t[p]) &&
            !(p > 0 && (alpha(t[p - 1]) ||
                        ((t[p - 1] == '-' || t[p - 1] == '\'') && p > 1 && alpha(t[p - 2])))))
            break;
    if (p >= len)
        return 0;
    *i = p;
    return next_word(t, len, i, s, e);
}

/* The word after t[.. e) across one space on the same line, or 0. */
static int word_after(const uint8_t *t, size_t len, size_t e, size_t *s2, size_t *e2)
{
    if (e + 1 >= len || t[e] != ' ' || !alpha(t[e + 1]))
        return 0;
    size_t i = e + 1;
    return next_word(t, len, &i, s2, e2) && *s2 == e + 1;
}

/* Does the word t[s .. e) overlap a finding of f (sorted, disjoint)? *fc: the first finding that
 * ends after an earlier word's start, moved forward (the passes' words come in increasing order);
 * the answer is nw_overlaps()'s. When it does, *i goes to that finding's end: a word that starts
 * before it starts inside it, and overlaps it too (none starts inside [s .. e) but s). */
static int covered(const anon_finding_t *f, size_t nf, size_t *fc, size_t s, size_t e, size_t *i)
{
    while (*fc < nf && f[*fc].end <= s)
        ++*fc;
    if (*fc == nf || f[*fc].start >= e)
        return 0;
    if (f[*fc].end > *i)
        *i = f[*fc].end;
    return 1;
}

static int find_key(const struct key *k, size_t nk, const char *f, size_t fl, int group)
{
    for (size_t i = 0; i < nk; i++)
        if (k[i].fl == fl && memcmp(k[i].f, f, fl) == 0 && (group < 0 || k[i].group == group))
            return (int)i;
    return -1;
}

/* A lower-case word alone that is no person's: a nick in brackets after the name ("Ulrike
 * Maubach (ulrike)"), a word after a number ("155 sráid"), a thing after an article ("the
 * rose", "een bloem", "la pierre"). */
static int determiner_before(const uint8_t *t, size_t s);
static int is_det(const uint8_t *t, size_t a, size_t e, int part);
static int lower_veto(const uint8_t *t, size_t len, size_t s, size_t e)
{
    size_t s2 = e + 1, e2 = s2; /* "familie van", "verschickt den": the word opens a phrase */
    while (e2 < len && t[e2] >= 'a' && t[e2] <= 'z')
        e2++;
    if (e < len && t[e] == ' ' && e2 >= s2 + 3 && (e2 == len || !alpha(t[e2])) &&
        is_det(t, s2, e2, 1))
        return 1;
    return (s > 0 && e < len && t[s - 1] == '(' && t[e] == ')') ||
           (s >= 2 && t[s - 1] == ' ' && t[s - 2] >= '0' && t[s - 2] <= '9') ||
           determiner_before(t, s);
}

/* first[c]: may a word starting with byte c match a key (its first letter in either case, an
 * e-mail's initial, any accented letter)? */
static void first_bytes(const struct key *k, size_t nk, uint8_t *first)
{
    memset(first, 0, 256);
    first[0xC3] = 1;
    for (size_t i = 0; i < nk; i++) {
        uint8_t c[2] = {(uint8_t)k[i].f[0], (uint8_t)(k[i].init > 2 ? k[i].init : 0)};
        for (int j = 0; j < 2; j++)
            if (c[j]) {
                first[c[j]] = 1;
                if (c[j] >= 'a' && c[j] <= 'z')
                    first[c[j] - 32] = 1;
            }
        if (c[0] >= 0x80)
            for (int b = 0xC0; b < 0x100; b++)
                first[b] = 1; /* a key of another script: every lead byte */
    }
}

/* ---- e-mail local parts ------------------------------------------------------------------- */
/* Keys from the local part of the address in t[s .. e): its pieces between '.', '_', '-' of 3
 * or more letters; an initial ("k.weindling", "kweindling": one piece, its first letter) is
 * kept as the surname's key's init. */
static size_t local_keys(const uint8_t *t, size_t s, size_t e, int group, struct key *k, size_t nk)
{
    size_t at = s;
    while (at < e && t[at] != '@')
        at++;
    if (at == e || at == s)
        return nk;
    size_t pieces = 0, first = nk;
    char init = 0;
    for (size_t p = s; p < at && nk < MAX_KEYS;) {
        size_t a = p;
        while (p < at && t[p] != '.' && t[p] != '_' && t[p] != '-' && t[p] != '+')
            p++;
        size_t q = p;
        int ok = q > a, stop = p < at && t[p] == '+';
        for (size_t i = a; i < q; i++)
            ok &= alpha(t[i]);
        pieces++;
        if (p < at)
            p++;
        if (ok && q - a == 1)
            init = (char)(t[a] | 0x20);
        else if (ok && q - a >= 3) {
            struct key *x = &k[nk];
            int fl = afold(t, a, q - a, x->f);
            if (fl >= 3) {
                x->fl = (size_t)fl;
                x->group = group;
                x->init = 0;
                nk++;
            }
        }
        if (stop)
            break;
    }
    if (nk == first + 1 && init)
        k[first].init = init; /* "k.weindling", "weindling.k" */
    if (pieces == 1 && nk == first + 1) {
        if (k[first].fl >= 6) {
            k[first].init = k[first].f[0]; /* "kweindling": the initial's surname */
            memmove(k[first].f, k[first].f + 1, k[first].fl);
            k[first].fl--;
        } else {
            nk--; /* "sales", "jobs": one short word alone */
        }
    }
    return nk;
}

static int email_pass(const uint8_t *t, size_t len, size_t person, anon_finding_t *f, size_t nf,
                      struct nw_adds *d)
{
    struct key k[MAX_KEYS];
    size_t nk = 0;
    /* the last local part read (its bytes t[ls .. ls + ll), its keys k[lk .. lk + lm)): the same
     * address again gives the same keys (a local part's keys are its bytes'), copied for its own
     * group while neither read nor copy could reach MAX_KEYS (a piece adds one key at most, and
     * a local part of ll bytes has ll + 1 pieces at most) */
    size_t ls = 0, ll = 0, lk = 0, lm = 0;
    int lref = 0;
    for (size_t i = 0; i < nf && nk < MAX_KEYS; i++) {
        const uint8_t *at;
        if (f[i].end - f[i].start >= 128 ||
            !(at = memchr(t + f[i].start, '@', f[i].end - f[i].start)))
            continue;
        size_t n = (size_t)(at - t) - f[i].start;
        if (lref && n == ll && nk + ll + 1 < MAX_KEYS && memcmp(t + f[i].start, t + ls, n) == 0) {
            memcpy(k + nk, k + lk, lm * sizeof *k);
            for (size_t x = nk; x < nk + lm; x++)
                k[x].group = (int)i;
            lk = nk;
            nk += lm;
            continue;
        }
        lref = nk + n + 1 < MAX_KEYS;
        ls = f[i].start;
        ll = n;
        lk = nk;
        nk = local_keys(t, f[i].start, f[i].end, (int)i, k, nk);
        lm = nk - lk;
    }
    if (!nk)
        return 0;
    uint8_t first[256];
    first_bytes(k, nk, first);
    /* the keys' lengths (bit fl, 64 and more: bit 63) and initials: a word of no key's length is
     * no key, and a word that is none pairs with the word after it only by a key's initial */
    uint64_t lens = key_lens(k, nk), inits[4] = {0};
    for (size_t x = 0; x < nk; x++)
        inits[(uint8_t)k[x].init >> 6] |= 1ull << ((uint8_t)k[x].init & 63);
    size_t i = 0, s, e, fc = 0;
    char w[MAX_WORD * 2 + 1], w2[MAX_WORD * 2 + 1], nf_[MAX_WORD * 2 + 1];
    while (next_cand(t, len, first, &i, &s, &e)) {
        if (covered(f, nf, &fc, s, e, &i)) /* most: the address's own words, the names found */
            continue;
        /* what the tests below conclude without folding: afold() gives fewer than three bytes
         * (fl < 3), or an ASCII word (fl = e - s, w[0] its first letter in lower case) of no
         * key's length whose first letter is no key's initial (hit < 0, no initial) */
        uint8_t c0 = t[s] | 0x20; /* a letter: next_word() starts words at alpha() */
        if (e - s < 3 || e - s > MAX_WORD ||
            (!((inits[c0 >> 6] >> (c0 & 63)) & 1) && !len_may(t, s, e - s, lens)))
            continue;
        int fl = afold(t, s, e - s, w);
        if (fl < 3 || !bounded(t, len, s, e))
            continue;
        int hit = (lens >> (fl < 63 ? fl : 63)) & 1 ? find_key(k, nk, w, (size_t)fl, -1) : -1;
        if (hit < 0 && !((inits[(uint8_t)w[0] >> 6] >> ((uint8_t)w[0] & 63)) & 1))
            continue; /* "shipping": neither a key nor a key's initial */
        size_t s2, e2;
        int pair = 0;
        if (word_after(t, len, e, &s2, &e2) && !nw_overlaps(f, nf, s2, e2) &&
            bounded(t, len, s2, e2)) {
            int fl2 = afold(t, s2, e2 - s2, w2);
            int h2 = fl2 >= 3 && (lens >> (fl2 < 63 ? fl2 : 63)) & 1
                         ? find_key(k, nk, w2, (size_t)fl2, -1)
                         : -1;
            if (hit >= 0 && h2 >= 0 && h2 != hit && k[h2].group == k[hit].group)
                pair = 1; /* "Kaen Weindling" beside kaen.weindling@, weindling.kaen@ */
            else if (hit < 0 && h2 >= 0 && k[h2].init && w[0] == k[h2].init &&
                     case_of(t, len, s, e - s) == case_of(t, len, s2, e2 - s2))
                pair = 2; /* "Kaen Weindling" beside kweindling@ */
            if (pair && (!nw_fold_word(t, s, e - s, nf_) || ordinary(t, s, e - s, nf_)) &&
                (!nw_fold_word(t, s2, e2 - s2, nf_) || ordinary(t, s2, e2 - s2, nf_)))
                pair = 0; /* "paris office" beside paris.office@ */
            if (pair && !nw_firm_after(t, len, e2)) {
                if (nw_adds_push(d, person, s, e2))
                    return ANON_ERR_NOMEM;
                i = e2;
                continue;
            }
        }
        if (hit < 0 || nw_firm_after(t, len, e))
            continue;
        int c = case_of(t, len, s, e - s);
        if (fl < 4 || c == 3 || !nw_fold_word(t, s, e - s, nf_) || ordinary(t, s, e - s, nf_))
            continue;
        if (c == 0 && (!nw_lexicon_name(t, s, e - s) || lower_veto(t, len, s, e)))
            continue; /* a lower-case word alone: only a name the lexicon holds */
        if (nw_adds_push(d, person, s, e))
            return ANON_ERR_NOMEM;
    }
    return 0;
}

/* ---- conjunctions and plural titles --------------------------------------------------------- */
static const char *const conjs[] = {" and ", " und ", " et ", " en ", " y ", " e ", " & "};

/* May a conjunction have c as its last letter (before its closing space)? Each of conjs[]'s
 * does: " and", " und", " et", " en", " y", " e", " &". */
static int conj_last(uint8_t c)
{
    return c == 'd' || c == 't' || c == 'n' || c == 'y' || c == 'e' || c == '&';
}

/* The length of the conjunction ending at t[.. s) (" and "), or 0. */
static size_t conj_before(const uint8_t *t, size_t s)
{
    /* the shortest takes s >= 4; each ends in a space after conj_last() */
    if (s < 4 || t[s - 1] != ' ' || !conj_last(t[s - 2]))
        return 0;
    for (size_t c = 0; c < sizeof conjs / sizeof conjs[0]; c++) {
        size_t n = strlen(conjs[c]);
        if (s >= n + 1 && memcmp(t + s - n, conjs[c], n) == 0)
            return n;
    }
    return 0;
}

/* The length of the conjunction at t[e ..] (" and "), or 0. */
static size_t conj_after(const uint8_t *t, size_t len, size_t e)
{
    /* the shortest takes e + 3 < len; each opens with a space and 'a', 'u', 'e', 'y' or '&' */
    if (e + 3 >= len || t[e] != ' ')
        return 0;
    uint8_t b = t[e + 1];
    if (b != 'a' && b != 'u' && b != 'e' && b != 'y' && b != '&')
        return 0;
    for (size_t c = 0; c < sizeof conjs / sizeof conjs[0]; c++) {
        size_t n = strlen(conjs[c]);
        if (e + n < len && memcmp(t + e, conjs[c], n) == 0)
            return n;
    }
    return 0;
}

/* May the capitalised word t[s .. e) beside a person's conjunction be a person? A given name or
 * surname the lexicon holds (no ordinary word), or (any = 1) a word of no list at all. */
static int conj_word(const uint8_t *t, size_t len, size_t s, size_t e, int any)
{
    char f[MAX_WORD * 2 + 1];
    if (e - s < 3 || case_of(t, len, s, e - s) != 1 || !nw_fold_word(t, s, e - s, f) ||
        !bounded(t, len, s, e))
        return 0;
    unsigned lx = anon_names_lexicon((const char *)t + s, e - s);
    if (lx & (ANON_NL_COMMON_EN | ANON_NL_COMMON))
        return 0;
    if (nw_cats(f) || nw_city_name(f) || nw_route_city(f) || nw_famous(f) || nw_brand(f, 1))
        return 0;
    if (lx & (ANON_NL_GIVEN | ANON_NL_NAME))
        return 1;
    return any && !lx && e - s >= 4;
}

/* Is the word ending at t[.. s) (s at its end) a capitalised one? Its start in *a. */
static int word_before(const uint8_t *t, size_t s, size_t *a)
{
    size_t i = s;
    while (i > 0 && (alpha(t[i - 1]) || t[i - 1] == '-' || t[i - 1] == '\''))
        i--;
    *a = i;
    return i < s && alpha(t[i]);
}

static int conj_pass(const uint8_t *t, size_t len, size_t person, anon_finding_t *f, size_t nf,
                     struct nw_adds *d, size_t *mine, size_t *nmine)
{
    for (size_t i = 0; i < nf; i++) {
        if (f[i].type != person)
            continue;
        size_t s = f[i].start, e = f[i].end, n, a;
        if ((n = conj_before(t, s)) && word_before(t, s - n, &a) && a < s - n &&
            !nw_overlaps(f, nf, a, s - n)) {
            int amp = t[s - 2] == '&';
            size_t p = a; /* the word must open its run: "Ilse and", not "Frau Ilse and" */
            while (p > 0 && t[p - 1] == ' ')
                p--;
            size_t pa;
            int run = p < a && word_before(t, p, &pa) && pa < p && case_of(t, len, pa, p - pa) != 0;
            /* "Anna & Piet": after '&' only a person of one word ("Marks & Spencer") */
            size_t j = s, ws, we, words = 0;
            while (amp && next_word(t, e, &j, &ws, &we))
                words++;
            /* a word of no list only beside a full name ("Ilse and Tomas Berglund"), not
             * "Terça e Junho", "Belém e Maringá" */
            size_t jw = s, fw = 0;
            while (next_word(t, e, &jw, &ws, &we))
                fw++;
            int any = fw >= 2;
            if (amp && !(anon_names_lexicon((const char *)t + s, e - s) & ANON_NL_GIVEN))
                words = 0; /* "Anna & Piet", not "Dr. Becker & Kollegen" */
            /* one word: two given names ("Ilse and Tomas"), not "Belém e Maringá"; no street
             * ("Archie and Estrela 57"), no list of things ("Optuminsight, Karmadata and") */
            int ok =
                fw >= 2 || ((anon_names_lexicon((const char *)t + s, e - s) & ANON_NL_GIVEN) &&
                            (anon_names_lexicon((const char *)t + a, s - n - a) & ANON_NL_GIVEN));
            if (e + 1 < len && t[e] == ' ' && t[e + 1] >= '0' && t[e + 1] <= '9')
                ok = 0;
            if (a >= 2 && t[a - 1] == ' ' && t[a - 2] == ',' &&
                !anon_names_lexicon((const char *)t + a, s - n - a))
                ok = 0;
            if (ok && !run && (!amp || words == 1) && conj_word(t, len, a, s - n, any) &&
                !nw_firm_after(t, len, e)) {
                if (nw_adds_push(d, person, a, s - n))
                    return ANON_ERR_NOMEM;
                if (*nmine < MAX_MINE)
                    mine[(*nmine)++] = a;
            }
        }
        size_t s2, e2;
        if ((n = conj_after(t, len, e)) && t[e + n] != ' ' && t[e + 1] != '&') {
            size_t j = e + n;
            if (next_word(t, len, &j, &s2, &e2) && s2 == e + n && !nw_overlaps(f, nf, s2, e2) &&
                conj_word(t, len, s2, e2, 0) && !nw_firm_after(t, len, e2) &&
                (anon_names_lexicon((const char *)t + s2, e2 - s2) & ANON_NL_GIVEN)) {
                size_t s3, e3; /* "Tomas Berglund and Ilse Marsh": the run is rec39's */
                int more = word_after(t, len, e2, &s3, &e3) && case_of(t, len, s3, e3 - s3) != 0;
                if (!more && nw_adds_push(d, person, s2, e2))
                    return ANON_ERR_NOMEM;
                if (!more && *nmine < MAX_MINE)
                    mine[(*nmine)++] = s2;
            }
        }
    }
    return 0;
}

/* Plural titles before surnames ("los Sres. Navarro y Quillez", "die Herren Vogel und Krause"),
 * lower-cased, with the space after them. */
static const char *const plurals[] = {"messrs. ",      "messrs ",    "die herren ",  "mm. ",
                                      "de heren ",     "los sres. ", "los señores ", "las sras. ",
                                      "i sigg. ",      "i signori ", "os srs. ",     "os senhores ",
                                      "les messieurs "};

/* May a plural title end with c (folded) before its space? Each of plurals[] does: ".", "s",
 * "n" ("herren", "heren"), "i" ("signori"). */
static int plural_last(uint8_t c)
{
    c = c >= 'A' && c <= 'Z' ? c | 0x20 : c;
    return c == '.' || c == 's' || c == 'n' || c == 'i';
}

static int plural_pass(const uint8_t *t, size_t len, size_t person, anon_finding_t *f, size_t nf,
                       struct nw_adds *d)
{
    /* the titles are looked for before the persons found ("los Sres. Navarro y ..."): a
     * surname alone after a plural title is the scanner's to find */
    for (size_t fx = 0; fx < 2 * nf; fx++) {
        size_t fi = fx / 2, e = f[fi].start, n0, a0;
        if (f[fi].type != person)
            continue;
        if (fx % 2) { /* the word before "and" before the person: "Messrs. X and Fordwenton" */
            if (!(n0 = conj_before(t, e)) || !word_before(t, e - n0, &a0) || a0 >= e - n0)
                continue;
            e = a0;
        }
        if (e < 4 || t[e - 1] != ' ' || !plural_last(t[e - 2]))
            continue;
        for (size_t k = 0; k < sizeof plurals / sizeof plurals[0]; k++) {
            size_t n = strlen(plurals[k]);
            if (e < n || (e > n && word_byte(t[e - n - 1])))
                continue;
            size_t i = 0;
            while (i < n && (t[e - n + i] >= 'A' && t[e - n + i] <= 'Z'
                                 ? t[e - n + i] | 0x20
                                 : t[e - n + i]) == (uint8_t)plurals[k][i])
                i++;
            if (i < n)
                continue;
            size_t j = e, s1, e1;
            for (int w = 0; w < 3 && next_word(t, len, &j, &s1, &e1); w++) {
                int found = nw_overlaps(f, nf, s1, e1);
                if (!found && (!conj_word(t, len, s1, e1, 1) || nw_firm_after(t, len, e1)))
                    break;
                if (!found && nw_adds_push(d, person, s1, e1))
                    return ANON_ERR_NOMEM;
                if (found && s1 >= f[fi].start)
                    e1 = f[fi].end > e1 ? f[fi].end : e1;
                size_t c = conj_after(t, len, e1);
                if (!c && e1 + 2 < len && t[e1] == ',' && t[e1 + 1] == ' ')
                    c = 2;
                if (!c)
                    break;
                j = e1 + c;
                size_t s2, e2, jj = j;
                if (!next_word(t, len, &jj, &s2, &e2) || s2 != j)
                    break;
            }
            break;
        }
    }
    return 0;
}

/* ---- a person's words in another case ------------------------------------------------------- */
static int is_mine(const size_t *mine, size_t nmine, size_t s)
{
    for (size_t i = 0; i < nmine; i++)
        if (mine[i] == s)
            return 1;
    return 0;
}

/* An article or determiner before the word at t[s ..] ("the rose", "een bloem", "la pierre"):
 * a lower-case word after one is a thing. */
static int is_det(const uint8_t *t, size_t a, size_t e, int part);
static int determiner_before(const uint8_t *t, size_t s)
{
    if (s < 2 || t[s - 1] != ' ')
        return 0;
    size_t e = s - 1, a = e;
    while (a > 0 && t[a - 1] >= 'a' && t[a - 1] <= 'z')
        a--;
    if (a > 0 && t[a - 1] >= 'A' && t[a - 1] <= 'Z' && e - a < 4) {
        /* a sentence's first word ("The keller in the basement") */
        uint8_t low[5];
        low[0] = (uint8_t)(t[a - 1] | 32);
        memcpy(low + 1, t + a, e - a);
        return !(a > 1 && alpha(t[a - 2])) && is_det(low, 0, e - a + 1, 0);
    }
    return a < e && !(a > 0 && alpha(t[a - 1])) && is_det(t, a, e, 0);
}

/* Is t[a .. e) an article or a determiner ("the", "een", "den"), or (part) a name particle
 * ("van")? */
static int is_det(const uint8_t *t, size_t a, size_t e, int part)
{
    static const char *const dets[] = {
        "the", "a", "an", "de", "het", "een", "der", "die", "das", "ein", "eine", "le", "la", "les",
        "un", "une", "el", "los", "las", "una", "il", "lo", "gli", "uma", "this", "my", "your",
        "our", "its", "den", "dem", "des", "del",
        /* a preposition joined to an article ("im keller", "au marchand") */
        "im", "am", "vom", "zum", "beim", "au", "nel"};
    char f[MAX_WORD * 2 + 1];
    if (part && nw_fold_word(t, a, e - a, f) && (nw_cats(f) & C_PART))
        return 1;
    for (size_t i = 0; i < sizeof dets / sizeof dets[0]; i++)
        if (strlen(dets[i]) == e - a && memcmp(dets[i], t + a, e - a) == 0)
            return 1;
    return 0;
}

/* Is the lower-case word t[s .. e) a given name the lexicon holds (no English word: "rose",
 * "will") before a verb that follows a person ("tomas said hi", "rosa called")? */
static int verb_after(const uint8_t *t, size_t len, size_t s, size_t e)
{
    unsigned lx = anon_names_lexicon((const char *)t + s, e - s);
    if (!(lx & ANON_NL_GIVEN) || (lx & ANON_NL_COMMON_EN))
        return 0;
    size_t s2, e2;
    char f[MAX_WORD * 2 + 1];
    return word_after(t, len, e, &s2, &e2) && nw_fold_word(t, s2, e2 - s2, f) &&
           (nw_cats(f) & C_VA);
}

static int othercase_pass(const uint8_t *t, size_t len, size_t person, anon_finding_t *f, size_t nf,
                          struct nw_adds *d, const size_t *mine, size_t nmine)
{
    struct key k[MAX_KEYS];
    size_t nk = 0;
    char w[MAX_WORD * 2 + 1], w2[MAX_WORD * 2 + 1];
    /* the last finding of two words or more whose keys were taken: a finding of the same bytes
     * ("John Smith" in each message of a history) gives the same keys, each already held (a
     * key's bytes, case and lists are the finding's bytes; only a one-word finding's is_mine()
     * asks where it stands) */
    size_t rs = 0, rl = 0;
    for (size_t i = 0; i < nf && nk < MAX_KEYS; i++) {
        if (f[i].type != person ||
            (rl && f[i].end - f[i].start == rl && memcmp(t + f[i].start, t + rs, rl) == 0))
            continue;
        if (anon_names_url_part((const char *)t, f[i].start))
            continue;
        size_t words = 0, j = f[i].start, s, e;
        while (next_word(t, f[i].end, &j, &s, &e))
            words++;
        if (words >= 2) {
            rs = f[i].start;
            rl = f[i].end - f[i].start;
        }
        j = f[i].start;
        while (nk < MAX_KEYS && next_word(t, f[i].end, &j, &s, &e)) {
            int fl = nw_fold_word(t, s, e - s, w);
            if (fl < 3 || (e < f[i].end && t[e] == '.') || case_of(t, len, s, e - s) == 3 ||
                (t[s] >= 0xD7 && t[s] <= 0xDB && nw_rtl65_link(t, s, e - s)))
                continue; /* "بن", "أبو", "בן": a chain's word, no name's */
            int weak = ordinary(t, s, e - s, w); /* "Vogel", "Weber": only in the full name */
            if (words < 2 && (weak || (!nw_lexicon_name(t, s, e - s) && !is_mine(mine, nmine, s))))
                continue; /* one word: a name the lexicon holds, or one "Ilse and" showed */
            struct key *x = &k[nk];
            if (afold(t, s, e - s, x->f) < 3)
                continue;
            x->fl = strlen(x->f);
            x->group = (int)i;
            x->init = (char)(weak ? 2 : 1); /* here: 2 a weak key, 1 a strong one */
            if (find_key(k, nk, x->f, x->fl, -1) < 0)
                nk++;
        }
    }
    if (!nk)
        return 0;
    uint8_t first[256];
    first_bytes(k, nk, first);
    uint64_t lens = key_lens(k, nk);
    size_t i = 0, s, e, fc = 0;
    while (next_cand(t, len, first, &i, &s, &e)) { /* most words: no key starts with them */
        if (covered(f, nf, &fc, s, e, &i))         /* the found names themselves */
            continue;
        if (!len_may(t, s, e - s, lens))
            continue; /* afold() gives no key's length: hit < 0 below */
        int c = case_of(t, len, s, e - s);
        if (c != 0 && c != 2)
            continue;
        int fl = afold(t, s, e - s, w);
        int hit = fl >= 3 ? find_key(k, nk, w, (size_t)fl, -1) : -1;
        if (hit < 0 || !bounded(t, len, s, e))
            continue;
        size_t s2, e2, end = e;
        if (word_after(t, len, e, &s2, &e2) && case_of(t, len, s2, e2 - s2) == c &&
            !nw_overlaps(f, nf, s2, e2) && bounded(t, len, s2, e2)) {
            int fl2 = afold(t, s2, e2 - s2, w2);
            int h2 = fl2 >= 3 ? find_key(k, nk, w2, (size_t)fl2, k[hit].group) : -1;
            if (h2 >= 0 && h2 != hit && (k[hit].init == 1 || k[h2].init == 1) &&
                (size_t)fl >= 4 - (k[hit].init == 1) && (size_t)fl2 >= 4 - (k[h2].init == 1))
                end = e2; /* the full name: "KAEN WEINDLING", "tobias vogel"; not "will mark" */
        }
        if (end == e && (c == 2 || fl < 4 || determiner_before(t, s)))
            continue; /* capitals alone: a heading's or a product's word; "the rose" */
        if (end == e && k[hit].init == 2 && !(c == 0 && verb_after(t, len, s, e)))
            continue; /* "tomas" (es "you take") only before "said", "asked" */
        if (c == 0 && lower_veto(t, len, s, e))
            continue;
        if (nw_firm_after(t, len, end))
            continue;
        if (nw_adds_push(d, person, s, end))
            return ANON_ERR_NOMEM;
        i = end;
    }
    return 0;
}

int anon_names_evidence(const char *text, size_t len, size_t person, anon_finding_t **f, size_t *nf)
{
    const uint8_t *t = (const uint8_t *)text;
    int any = 0;
    for (size_t i = 0; i < *nf && !any; i++)
        any = (*f)[i].type == person;
    int mail = 0;
    for (size_t i = 0; i < *nf && !mail; i++)
        mail = (*f)[i].end - (*f)[i].start < 128 &&
               memchr(t + (*f)[i].start, '@', (*f)[i].end - (*f)[i].start) != NULL;
    if (!any && !mail)
        return 0;
    struct nw_adds d = {0};
    int rc = 0;
    if (mail)
        rc = email_pass(t, len, person, *f, *nf, &d);
    if (rc == 0)
        rc = nw_adds_merge(&d, f, nf);
    size_t mine[MAX_MINE], nmine = 0;
    if (rc == 0)
        rc = conj_pass(t, len, person, *f, *nf, &d, mine, &nmine);
    if (rc == 0)
        rc = plural_pass(t, len, person, *f, *nf, &d);
    if (rc == 0)
        rc = nw_adds_merge(&d, f, nf);
    if (rc == 0)
        rc = othercase_pass(t, len, person, *f, *nf, &d, mine, nmine);
    if (rc == 0)
        return nw_adds_done(&d, f, nf);
    free(d.a);
    return rc;
}
