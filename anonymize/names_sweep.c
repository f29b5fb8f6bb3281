/* names_sweep.c: a known person named again in another form. A request that names "Maria Keller"
 * often names her again as "maria keller", "MARIA KELLER", "KELLER, Maria" or in a user name
 * ("C:\Users\Maria.Keller", "maria_keller"); anon_names_known_sweep finds those forms by comparing
 * the text with the known set's full names (names_known.c), case folded. */
#include "anonymize/names_known_internal.h"

#ifdef __SSE2__
#include <emmintrin.h>
#endif
#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* ---- the same name in another form ------------------------------------------------------------
 * A request that names "Maria Keller" often names her again as "maria keller", "MARIA KELLER",
 * "KELLER, Maria" or in a user name ("C:\Users\Maria.Keller", "maria_keller"). The scanner's
 * walk starts at capitalised words and reads a run in the order given names come, so those forms
 * left whole although the request had shown her to be a person. They are found here by
 * comparing the text with the set's full names, case folded (ASCII and Latin-1 letters). */

/* A space between a name's words: ' ', a tab, NBSP, the Unicode spaces U+2000-U+200A and U+202F.
 * Returns its length, 0 for none. */
static size_t space_at(const uint8_t *t, size_t i, size_t len)
{
    if (t[i] == ' ' || t[i] == '\t')
        return 1;
    if (t[i] == 0xC2 && i + 1 < len && t[i + 1] == 0xA0)
        return 2;
    if (t[i] == 0xE2 && i + 2 < len && t[i + 1] == 0x80 &&
        ((t[i + 2] >= 0x80 && t[i + 2] <= 0x8A) || t[i + 2] == 0xAF))
        return 3;
    return 0;
}

/* c in lower case if it is an ASCII letter */
static uint8_t fold1(uint8_t c)
{
    return (c | 32) >= 'a' && (c | 32) <= 'z' ? (uint8_t)(c | 32) : c;
}

/* The words of known name i: start offsets and lengths, split at spaces; 0 when it has one word
 * or more than FORM_WORDS. */
static size_t name_words(const anon_names_known_t *k, size_t i, size_t *ws, size_t *wl)
{
    const uint8_t *nm = (const uint8_t *)k->name[i];
    size_t nl = k->len[i], nw = 0;
    for (size_t j = 0; j < nl;) {
        size_t sp = space_at(nm, j, nl);
        if (sp) {
            j += sp;
            continue;
        }
        if (nw == FORM_WORDS)
            return 0;
        ws[nw] = j;
        while (j < nl && !space_at(nm, j, nl))
            j++;
        wl[nw] = j - ws[nw];
        nw++;
    }
    return nw >= 2 ? nw : 0;
}

/* Is t[i] a letter, digit or '_' of a word (bytes of other scripts and accented letters count;
 * the Unicode spaces and punctuation U+2000-U+206F do not)? */
static int word_byte(const uint8_t *t, size_t i, size_t len)
{
    uint8_t c = t[i];
    if (c < 0x80)
        return (c | 32) >= 'a' && (c | 32) <= 'z' ? 1 : (c >= '0' && c <= '9') || c == '_';
    size_t a = i; /* the sequence's lead byte */
    while (a > 0 && (t[a] & 0xC0) == 0x80 && i - a < 3)
        a--;
    if (t[a] == 0xC2 && a + 1 < len && t[a + 1] < 0xC0)
        return 0; /* Latin-1 signs and NBSP */
    if (t[a] == 0xE2 && a + 1 < len && (t[a + 1] == 0x80 || t[a + 1] == 0x81))
        return 0;
    return 1;
}

/* Where a form may start: the ASCII bytes that continue a word (letters, digits, "_.-") */
static const uint8_t word_ascii[128] = {
    ['-'] = 1, ['.'] = 1, ['0'] = 1, ['1'] = 1, ['2'] = 1, ['3'] = 1, ['4'] = 1,
    ['5'] = 1, ['6'] = 1, ['7'] = 1, ['8'] = 1, ['9'] = 1, ['_'] = 1,
#define L(c) [c] = 1, [c + 32] = 1
    L('A'),    L('B'),    L('C'),    L('D'),    L('E'),    L('F'),    L('G'),
    L('H'),    L('I'),    L('J'),    L('K'),    L('L'),    L('M'),    L('N'),
    L('O'),    L('P'),    L('Q'),    L('R'),    L('S'),    L('T'),    L('U'),
    L('V'),    L('W'),    L('X'),    L('Y'),    L('Z'),
#undef L
};

/* Does t[i] continue a word (for where a form may start)? */
static inline int in_word(const uint8_t *t, size_t i, size_t len)
{
    return t[i] < 0x80 ? word_ascii[t[i]] : word_byte(t, i, len);
}

/* Matches the n words w (offsets into nm) at t[i], separated by spaces (or, once chosen, by one
 * joiner '.', '_' or '-' each). Returns the end, 0 when they do not match; *joined tells. */
static size_t match_words(const uint8_t *t, size_t i, size_t len, const uint8_t *nm,
                          const size_t *ws, const size_t *wl, size_t n, int *joined)
{
    for (size_t w = 0; w < n; w++) {
        if (w > 0) {
            size_t sp = 0, g = 0;
            if (*joined <= 0)
                while (i + sp < len && (g = space_at(t, i + sp, len)) != 0 && sp < 6)
                    sp += g;
            if (sp) {
                *joined = -1;
            } else if (*joined >= 0 && i < len && (t[i] == '.' || t[i] == '_' || t[i] == '-') &&
                       (*joined == 0 || *joined == t[i])) {
                *joined = t[i];
                sp = 1;
            } else {
                return 0;
            }
            i += sp;
        }
        if (i + wl[w] > len || !nw_fold_eq(t + i, nm + ws[w], wl[w]))
            return 0;
        i += wl[w];
    }
    return i;
}

/* Known name idx written at t[i] in another form: given names first in another case or joined
 * by '.', '_' or '-', or the surname first ("KELLER, Maria", "Keller Maria Anna"). Returns the
 * end (0: none) and the form. */
/* Known name idx's words (name_words), from the sweep's index when it holds them */
static size_t form_words(const anon_names_known_t *k, size_t idx, size_t *ws, size_t *wl)
{
    if (!k->fx || idx >= k->fx->first_n)
        return name_words(k, idx, ws, wl);
    const uint8_t *cw = k->fx->words[idx]; /* split once, when the sweep first saw the name */
    for (size_t w = 0; w < cw[0]; w++) {
        ws[w] = cw[1 + 2 * w];
        wl[w] = cw[2 + 2 * w];
    }
    return cw[0];
}

static size_t form_at(const anon_names_known_t *k, size_t idx, const uint8_t *t, size_t i,
                      size_t len, int *form)
{
    size_t ws[FORM_WORDS], wl[FORM_WORDS], nw = form_words(k, idx, ws, wl);
    const uint8_t *nm = (const uint8_t *)k->name[idx];
    if (!nw)
        return 0;
    int joined = 0;
    size_t e = match_words(t, i, len, nm, ws, wl, nw, &joined);
    if (e) {
        *form = joined > 0                                          ? FORM_JOINED
                : e - i == k->len[idx] && !memcmp(t + i, nm, e - i) ? FORM_SAME
                                                                    : FORM_CASE;
        return e;
    }
    /* the surname, an optional comma, spaces, then the given names (all, or the first) */
    joined = -1;
    e = match_words(t, i, len, nm, ws + nw - 1, wl + nw - 1, 1, &joined);
    if (!e)
        return 0;
    size_t j = e + (e < len && t[e] == ',');
    size_t sp = 0, g;
    while (j + sp < len && (g = space_at(t, j + sp, len)) != 0 && sp < 6)
        sp += g;
    if (!sp)
        return 0;
    size_t f = match_words(t, j + sp, len, nm, ws, wl, nw - 1, &joined);
    if (!f && nw > 2)
        f = match_words(t, j + sp, len, nm, ws, wl, 1, &joined);
    if (!f)
        return 0;
    *form = FORM_REVERSED;
    return f;
}

/* Which known full name p[0 .. n) is a form of, and how (FORM_*); -1 for none. */

/* The byte t[q] of a word that opens at start, case folded as nw_fold_eq() folds: ASCII letters,
 * and Latin-1 letters (the byte after 0xC3) */
static uint8_t fold_byte(const uint8_t *t, size_t q, size_t start)
{
    uint8_t c = t[q];
    if (c < 0x80)
        return fold1(c);
    if (q > start && t[q - 1] == 0xC3 && c < 0xA0 && c != 0x97)
        return (uint8_t)(c | 0x20);
    return c;
}

/* The bucket of a word (n bytes at w), case folded */
static unsigned word_hash(const uint8_t *w, size_t n)
{
    uint32_t h = 2166136261u;
    for (size_t q = 0; q < n; q++)
        h = (h ^ fold_byte(w, q, 0)) * 16777619u;
    return h & (HEADS - 1);
}

/* The bit of forms_index.tri for a word opening with w[0 .. 3), case folded */
static unsigned tri_bit(const uint8_t *w)
{
    uint32_t h = 2166136261u;
    for (size_t q = 0; q < 3; q++)
        h = (h ^ fold_byte(w, q, 0)) * 16777619u;
    return h & 1023;
}

/* Adds c to the bytes a form may open with */
static void lead_add(struct forms_index *fx, uint8_t c)
{
    if (fx->first[c])
        return;
    fx->first[c] = 1;
    if (fx->nlead < sizeof fx->lead)
        fx->lead[fx->nlead] = c;
    fx->nlead += fx->nlead <= sizeof fx->lead;
}

/* The bit of pair[] for a word opening with p[0], p[1] */
static inline unsigned pair_bit(const uint8_t *p)
{
    return (unsigned)(p[0] & 31) << 5 | (p[1] & 31);
}

/* k's index of forms, brought up to its names (made on first use); NULL without memory. The
 * index is a cache of the names: a const set may update it (anon_names_canonical). */
static struct forms_index *index_of(anon_names_known_t *k)
{
    if (!k->fx) {
        if (!(k->fx = malloc(sizeof *k->fx)))
            return NULL;
        k->fx->first_n = k->fx->multi = 0;
        memset(k->fx->first, 0, sizeof k->fx->first);
        memset(k->fx->head, 0, sizeof k->fx->head);
        memset(k->fx->pair, 0, sizeof k->fx->pair);
        memset(k->fx->tri, 0, sizeof k->fx->tri);
        k->fx->nlead = 0;
    }
    struct forms_index *fx = k->fx;
    size_t ws[FORM_WORDS], wl[FORM_WORDS];
    for (; fx->first_n < k->n; fx->first_n++) { /* the set only grows: add the new names */
        size_t nw = name_words(k, fx->first_n, ws, wl);
        const uint8_t *nm = (const uint8_t *)k->name[fx->first_n];
        uint8_t *cw = fx->words[fx->first_n];
        cw[0] = (uint8_t)nw;
        for (size_t w = 0; w < nw; w++) {
            cw[1 + 2 * w] = (uint8_t)ws[w];
            cw[2 + 2 * w] = (uint8_t)wl[w];
        }
        if (!nw)
            continue;
        fx->multi++;
        for (size_t w = 0; w < nw; w += nw - 1) { /* given name first, or surname first */
            uint8_t c = nm[ws[w]];
            lead_add(fx, c);
            if ((c | 32) >= 'a' && (c | 32) <= 'z')
                lead_add(fx, c ^ 32);
            unsigned pb = pair_bit(nm + ws[w]);
            fx->pair[pb >> 6] |= 1ull << (pb & 63);
            if (w == 0) { /* initials: "M.K." (names_thread59.c) */
                const uint8_t ini[2] = {nm[ws[0]], '.'};
                pb = pair_bit(ini);
                fx->pair[pb >> 6] |= 1ull << (pb & 63);
            }
            if (wl[w] >= 3) {
                unsigned tb = tri_bit(nm + ws[w]);
                fx->tri[tb >> 6] |= 1ull << (tb & 63);
            }
            unsigned h = word_hash(nm + ws[w], wl[w]);
            if (w > 0 && h == word_hash(nm + ws[0], wl[0]))
                continue; /* "Pedro Pedro": one node is enough */
            size_t node = 2 * fx->first_n + (w > 0);
            fx->next[node] = fx->head[h];
            fx->head[h] = (uint16_t)(node + 1);
        }
    }
    return fx;
}

struct here {
    anon_names_emit_fn emit;
    void *arg;
    size_t *resume;
    size_t end; /* try_case's: the word's end */
};

static long try_here(anon_names_known_t *k, const uint8_t *t, size_t i, size_t len, size_t n,
                     void *arg);
static long try_case(anon_names_known_t *k, const uint8_t *t, size_t i, size_t len, size_t n,
                     void *arg);

/* by_word()'s known words with a case ending: each stem of the word t[p .. q) that leaves an
 * ending of up to 5 bytes (anon_names_case_ending) and whose bucket holds a known word is asked
 * (try_case); ring holds the stems' hashes. Off by_word's path, so its walk stays small. */
static __attribute__((noinline)) long case_forms(anon_names_known_t *k, const uint8_t *t, size_t p,
                                                 size_t q, size_t len, const uint32_t *ring,
                                                 void *arg)
{
    for (size_t L = q - p - 1; L >= 4 && q - p - L <= 5; L--) {
        unsigned b = ring[L & 7] & (HEADS - 1);
        if (!k->fx->head[b] || !anon_names_case_ending(t + p + L, q - p - L))
            continue; /* no known word of the stem's bucket: most words leave */
        const struct here *hh = arg;
        struct here c2 = {hh->emit, hh->arg, hh->resume, q};
        for (size_t node = k->fx->head[b]; node; node = k->fx->next[node - 1]) {
            long r = try_case(k, t, p, len, (node - 1) / 2, &c2);
            if (r)
                return r;
        }
    }
    return 0;
}

static long try_stem(anon_names_known_t *k, const uint8_t *t, size_t i, size_t len, size_t n,
                     const uint8_t *nb, size_t m, const struct here *h, size_t q);

/* by_word()'s known words whose stem the case changed: each nominative the word t[p .. q) may
 * come from (nw_stem63_nominative: "Virtasen" -> "Virtanen") is looked up in its bucket and asked
 * (try_stem). Off by_word's path, as case_forms. */
static __attribute__((noinline)) long stem_forms(anon_names_known_t *k, const uint8_t *t, size_t p,
                                                 size_t q, size_t len, void *arg)
{
    uint8_t nb[MAX_NAME];
    unsigned r = 0;
    size_t m;
    while ((m = nw_stem63_nominative(t + p, q - p, &r, nb, sizeof nb))) {
        for (size_t node = k->fx->head[word_hash(nb, m)]; node; node = k->fx->next[node - 1]) {
            long x = try_stem(k, t, p, len, (node - 1) / 2, nb, m, arg, q);
            if (x)
                return x;
        }
    }
    return 0;
}

/* Calls try(k, t, p, n, arg) for each name whose given name or surname is the word opening at
 * t[p], at each place the word may end (before '-', '\'' and at its end: "Jean-Luc", "maria-
 * keller"); stops at a nonzero answer and returns it. */
static long by_word(anon_names_known_t *k, const uint8_t *t, size_t p, size_t len,
                    long (*try)(anon_names_known_t *, const uint8_t *, size_t, size_t, size_t,
                                void *),
                    void *arg)
{
    uint32_t h = 2166136261u, before = h; /* before: the hash without the last byte */
    uint32_t ring[8]; /* ring[j & 7]: the hash of the word's first j bytes (the last 8) */
    /* q == len: a word that ends the text (the sweep's single-word forms, names_thread59.c) */
    size_t stop = len + (try == try_here);
    for (size_t q = p; q < stop && q - p < MAX_NAME;) {
        uint8_t c = q < len ? t[q] : 0;
        int letter = q == len   ? 0
                     : c < 0x80 ? ((c | 32) >= 'a' && (c | 32) <= 'z')
                                : word_byte(t, q, len);
        if (!letter || c == '-' || c == '\'') {
            if (q > p)
                for (size_t node = k->fx->head[h & (HEADS - 1)]; node;
                     node = k->fx->next[node - 1]) {
                    long r = try(k, t, p, len, (node - 1) / 2, arg);
                    if (r)
                        return r;
                }
            /* a genitive 's' after a name's word ("Hosseinis", names_thread59.c) */
            if (q > p + 3 && (t[q - 1] | 32) == 's' && try == try_here)
                for (size_t node = k->fx->head[before & (HEADS - 1)]; node;
                     node = k->fx->next[node - 1]) {
                    long r = try(k, t, p, len, (node - 1) / 2, arg);
                    if (r)
                        return r;
                }
            /* a known word with a case ending after it ("Tomaszowi", names_inflect62.c) */
            if (try == try_here && q - p > 5 && c != '-' && c != '\'') {
                long r = case_forms(k, t, p, q, len, ring, arg);
                if (r)
                    return r;
            }
            /* a known word whose stem the case changed ("Virtasen", names_stem63.c): not a word
             * whose own bucket holds a known word (most often the word itself), only one whose
             * first three bytes open a known word */
            if (try == try_here && q - p > 3 && c != '-' && c != '\'' &&
                !k->fx->head[h & (HEADS - 1)] && ((t[p] >= 'A' && t[p] <= 'Z') || t[p] >= 0xC0) &&
                (k->fx->tri[tri_bit(t + p) >> 6] >> (tri_bit(t + p) & 63) & 1)) {
                long r = stem_forms(k, t, p, q, len, arg);
                if (r)
                    return r;
            }
            if (c != '-' && c != '\'')
                return 0;
        }
        ring[(q - p) & 7] = h;
        before = h;
        h = (h ^ fold_byte(t, q, p)) * 16777619u;
        q++;
    }
    return 0;
}

struct whole {
    size_t n;
    int form;
};

/* by_word()'s try for anon_names_form_of: name idx in another form is the whole of t[0 .. len) (idx
 * + 1) */
static long try_whole(anon_names_known_t *k, const uint8_t *t, size_t i, size_t len, size_t idx,
                      void *arg)
{
    struct whole *w = arg;
    int f = FORM_NONE;
    if (form_at(k, idx, t, i, len, &f) != len || f == FORM_NONE)
        return 0;
    w->form = f;
    return (long)idx + 1;
}

long anon_names_form_of(const anon_names_known_t *k, const char *p, size_t n, int *form)
{
    if (!k || !k->n)
        return -1;
    /* the index is a cache of the names: brought up to date here too */
    anon_names_known_t *mk = (anon_names_known_t *)(uintptr_t)k;
    if (index_of(mk)) {
        struct whole w = {n, FORM_NONE};
        long r = by_word(mk, (const uint8_t *)p, 0, n, try_whole, &w);
        *form = w.form;
        return r - 1;
    }
    for (size_t i = 0; i < k->n; i++) { /* no memory for the index: every name */
        int f = FORM_NONE;
        if (form_at(k, i, (const uint8_t *)p, 0, n, &f) == n && f != FORM_NONE) {
            *form = f;
            return (long)i;
        }
    }
    return -1;
}

/* try_case's and try_stem's report: t[i .. e) as a form of the name nm (its nw words at ws/wl),
 * only when the lexicon knows its first or last word: reported (1), 0, or the emit's error */
static long emit_lexical(const uint8_t *nm, const size_t *ws, const size_t *wl, size_t nw,
                         const struct here *h, size_t i, size_t e)
{
    if (!e || !((anon_names_lexicon((const char *)nm + ws[0], wl[0]) |
                 anon_names_lexicon((const char *)nm + ws[nw - 1], wl[nw - 1])) &
                (ANON_NL_GIVEN | ANON_NL_NAME | ANON_NL_GLOBAL)))
        return 0;
    *h->resume = e;
    int rc = h->emit(h->arg, ANON_NAMES_PERSON, i, e);
    return rc < 0 ? rc : 1;
}

/* by_word()'s try for a known word with a case ending up to h->end (names_inflect62.c): reported
 * (1), or the emit's error; only for a name the lexicon knows a word of, as try_here's forms */
static long try_case(anon_names_known_t *k, const uint8_t *t, size_t i, size_t len, size_t n,
                     void *arg)
{
    struct here *h = arg;
    size_t ws[FORM_WORDS], wl[FORM_WORDS], e = 0;
    size_t nw = form_words(k, n, ws, wl);
    const uint8_t *nm = (const uint8_t *)k->name[n];
    for (size_t w = 0; w < nw && !e; w += nw - 1)
        e = anon_names_case_form(nm + ws[w], wl[w], t, i, h->end, len);
    return emit_lexical(nm, ws, wl, nw, h, i, e);
}

/* stem_forms()'s try: name n has a word that is nb[0 .. m), a nominative of the word t[i .. q)
 * (names_stem63.c): reported (1), or the emit's error; only for a name the lexicon knows a word
 * of, as try_case */
static long try_stem(anon_names_known_t *k, const uint8_t *t, size_t i, size_t len, size_t n,
                     const uint8_t *nb, size_t m, const struct here *h, size_t q)
{
    size_t ws[FORM_WORDS], wl[FORM_WORDS], e = 0;
    size_t nw = form_words(k, n, ws, wl);
    const uint8_t *nm = (const uint8_t *)k->name[n];
    for (size_t w = 0; w < nw && !e; w += nw > 1 ? nw - 1 : 1)
        if (wl[w] == m && !memcmp(nm + ws[w], nb, m))
            e = nw_stem63_form(nm + ws[w], wl[w], t, i, q, len);
    return emit_lexical(nm, ws, wl, nw, h, i, e);
}

/* by_word()'s try for the sweep: name n in another form at t[i] is reported (1), or -1 on the
 * emit's error (its code kept in *resume's place: see form_here) */
static long try_here(anon_names_known_t *k, const uint8_t *t, size_t i, size_t len, size_t n,
                     void *arg)
{
    struct here *h = arg;
    size_t ws[FORM_WORDS], wl[FORM_WORDS];
    int form = FORM_NONE;
    size_t e = form_at(k, n, t, i, len, &form);
    if (!e) {
        /* one word of the name in capitals, lower case or with a genitive 's' */
        size_t nw = form_words(k, n, ws, wl);
        const uint8_t *nm = (const uint8_t *)k->name[n];
        if (nw && i + wl[0] + 2 <= len && (t[i + wl[0]] == '.' || t[i + wl[0]] == '_') &&
            (e = anon_names_handle_form(nm + ws[0], wl[0], nm[ws[nw - 1]], t, i, len)))
            goto found; /* "maximilian.k" */
        for (size_t w = 0; w < nw && !e; w += nw - 1) {
            const uint8_t *wd = nm + ws[w];
            size_t we = i + wl[w];
            /* as written with no 's' after it: the scanner's (most words asked leave here) */
            if (wl[w] < 3 || we > len)
                continue;
            if (t[i] == wd[0] && t[i + 1] == wd[1] && !(we < len && (t[we] | 32) == 's'))
                continue;
            e = anon_names_word_form(wd, wl[w], t, i, len);
        }
        /* only for a name the lexicon knows a word of ("Rashid Hosseini"): a finding of words
         * no list holds ("Stellt Dateien", "SDValue Foo") spreads no forms to developer text */
        if (e && !((anon_names_lexicon((const char *)nm + ws[0], wl[0]) |
                    anon_names_lexicon((const char *)nm + ws[nw - 1], wl[nw - 1])) &
                   (ANON_NL_GIVEN | ANON_NL_NAME | ANON_NL_GLOBAL)))
            e = 0;
        if (!e || (e + 1 < len && (t[e] == '-' || t[e] == '_' || t[e] == '.') &&
                   word_byte(t, e + 1, len)))
            return 0; /* "keller-strasse", "watanabe.jp" */
    found:
        *h->resume = e;
        int rc = h->emit(h->arg, ANON_NAMES_PERSON, i, e);
        return rc < 0 ? rc : 1;
    }
    if (form == FORM_SAME ||
        (e < len && (word_byte(t, e, len) ||
                     ((t[e] == '-' || t[e] == '_') && e + 1 < len && word_byte(t, e + 1, len)))))
        return 0;
    if (form == FORM_CASE || form == FORM_REVERSED) {
        /* in lower case, a name of ordinary words only ("rose hill") is not taken */
        int lower = 1, plain = 1;
        for (size_t j = i; j < e && lower; j++)
            lower = !(t[j] >= 'A' && t[j] <= 'Z');
        size_t nw = name_words(k, n, ws, wl);
        for (size_t w = 0; lower && w < nw && plain; w++)
            plain = (anon_names_lexicon(k->name[n] + ws[w], wl[w]) & ANON_NL_COMMON_EN) != 0;
        if (lower && plain)
            return 0;
    }
    *h->resume = e;
    int rc = h->emit(h->arg, ANON_NAMES_PERSON, i, e);
    return rc < 0 ? rc : 1;
}

/* A known person's initials ("M.K.", names_thread59.c) at t[i]: reported, *resume set past them */
static __attribute__((noinline)) int initials_here(anon_names_known_t *k, const uint8_t *t,
                                                   size_t i, size_t len, anon_names_emit_fn emit,
                                                   void *arg, size_t *resume)
{
    size_t ws[FORM_WORDS], wl[FORM_WORDS];
    for (size_t n = 0; n < k->n && i + 3 < len; n++) {
        size_t nw = form_words(k, n, ws, wl), e;
        if (nw && (e = anon_names_initials_form((uint8_t)k->name[n][ws[0]],
                                                (uint8_t)k->name[n][ws[nw - 1]], t, i, len))) {
            *resume = e;
            int rc = emit(arg, ANON_NAMES_PERSON, i, e);
            return rc < 0 ? rc : 0;
        }
    }
    return 0;
}

/* A known name in another form opening at t[i], a word's first letter: reported, *resume set
 * past it. */
static int form_here(anon_names_known_t *k, const uint8_t *t, size_t i, size_t len,
                     anon_names_emit_fn emit, void *arg, size_t *resume)
{
    struct here h = {emit, arg, resume, 0};
    if (i + 1 < len && t[i + 1] == '.')
        return initials_here(k, t, i, len, emit, arg, resume);
    long r = by_word(k, t, i, len, try_here, &h);
    return r < 0 ? (int)r : 0;
}

int anon_names_known_sweep(anon_names_known_t *k, const char *text, size_t len,
                           anon_names_emit_fn emit, void *arg)
{
    if (k)
        REC_OPAQUE(k);
    if (!k || !k->n || !text)
        return 0;
    struct forms_index *fx = index_of(k);
    if (!fx)
        return ANON_ERR_NOMEM;
    if (!fx->multi)
        return 0;
    const uint8_t *t = (const uint8_t *)text;
    size_t resume = 0; /* the end of the last form found: no form starts inside it */
    unsigned prev = 0; /* the byte before the block continues a word */
    size_t i = 0;
#ifdef __SSE2__
    /* 16 bytes at a time: the words' first letters, from masks of word bytes and letters */
    const __m128i x20 = _mm_set1_epi8(0x20), la = _mm_set1_epi8((char)(128 - 'a')),
                  lz = _mm_set1_epi8((char)(128 + 26 - 256)), d0 = _mm_set1_epi8((char)(128 - '0')),
                  d9 = _mm_set1_epi8((char)(128 + 10 - 256)), us = _mm_set1_epi8('_'),
                  dot = _mm_set1_epi8('.'), dash = _mm_set1_epi8('-');
    /* up to 8 opening bytes are compared in the block, so few word starts are looked at; with
     * 0x20 set on both sides, so a letter's two cases take one compare (a byte that only
     * equals a lead so is left by first[] below) */
    __m128i lv[8];
    unsigned nl = 0;
    if (fx->nlead <= sizeof fx->lead)
        for (unsigned j = 0; j < fx->nlead; j++) {
            uint8_t c = fx->lead[j] | 0x20;
            unsigned q = 0;
            while (q < j && (fx->lead[q] | 0x20) != c)
                q++;
            if (q == j)
                lv[nl++] = _mm_set1_epi8((char)c);
        }
    for (; i + 16 <= len; i += 16) {
        __m128i v = _mm_loadu_si128((const __m128i *)(t + i));
        unsigned hi = (unsigned)_mm_movemask_epi8(v);
        __m128i lt = _mm_cmplt_epi8(_mm_add_epi8(_mm_or_si128(v, x20), la), lz);
        __m128i dg = _mm_cmplt_epi8(_mm_add_epi8(v, d0), d9);
        __m128i pu = _mm_or_si128(_mm_cmpeq_epi8(v, us),
                                  _mm_or_si128(_mm_cmpeq_epi8(v, dot), _mm_cmpeq_epi8(v, dash)));
        unsigned l = (unsigned)_mm_movemask_epi8(lt);
        unsigned w = l | (unsigned)_mm_movemask_epi8(_mm_or_si128(dg, pu));
        for (unsigned m = hi; m; m &= m - 1) { /* other characters: word_byte decides */
            unsigned j = (unsigned)__builtin_ctz(m);
            if (in_word(t, i + j, len)) {
                w |= 1u << j;
                l |= (unsigned)(t[i + j] >= 0xC0) << j;
            }
        }
        unsigned starts = l & ~((w << 1) | prev) & 0xFFFFu;
        prev = (w >> 15) & 1u;
        if (nl && starts) {
            __m128i vf = _mm_or_si128(v, x20), c = _mm_cmpeq_epi8(vf, lv[0]);
            for (unsigned j = 1; j < nl; j++)
                c = _mm_or_si128(c, _mm_cmpeq_epi8(vf, lv[j]));
            starts &= (unsigned)_mm_movemask_epi8(c);
        }
        while (starts) {
            size_t p = i + (size_t)__builtin_ctz(starts);
            starts &= starts - 1;
            if (p < resume || !fx->first[t[p]] || p + 1 >= len)
                continue;
            unsigned pb = pair_bit(t + p);
            if (!(fx->pair[pb >> 6] >> (pb & 63) & 1))
                continue;
            int rc = form_here(k, t, p, len, emit, arg, &resume);
            if (rc < 0)
                return rc;
        }
    }
#endif
    for (; i < len; i++) {
        unsigned w = (unsigned)in_word(t, i, len);
        int start = w && !prev && (t[i] >= 0xC0 || ((t[i] | 32) >= 'a' && (t[i] | 32) <= 'z'));
        prev = w;
        if (!start || i < resume || !fx->first[t[i]])
            continue;
        int rc = form_here(k, t, i, len, emit, arg, &resume);
        if (rc < 0)
            return rc;
    }
    return 0;
}
