/* names_words.c: the word level of the NAMES pack: what a letter, a capitalised word and a
 * lexicon entry are, and the small fixed word lists the scanner's signals consult.
 *
 * Letters are ASCII, the two-byte UTF-8 Latin range (U+00C0 .. U+024F, accents of every pack
 * locale), Latin Extended Additional (Vietnamese) and combining marks inside a word (text in
 * NFD); case folding (nw_fold()) covers ASCII and Latin-1 only, the same folding the lexicon
 * generator (contrib/names/gen_lexicon.py, lower()) applied to its keys ("Łukasz" is a key as
 * written); nw_fold_capital() lowers the other capitals, for lists that hold them in lower case.
 */
#include "anonymize/names_internal.h"
#include "anonymize/names_words_labels.h"
#include "anonymize/names_words_people.h"

#include <pthread.h>
#include <stdatomic.h>
#include <string.h>

size_t nw_fold_capital(const uint8_t *p, char *out)
{
    unsigned cp;
    if (p[0] == 0xC3) {
        out[0] = (char)0xC3;
        out[1] = (char)(p[1] + 0x20);
        return 2;
    }
    if (p[0] == 0xE1) {
        cp = nw_latin_add(p, 3);
        if (cp == 0x1E9E) { /* "ẞ" -> "ß" */
            out[0] = (char)0xC3;
            out[1] = (char)0x9F;
            return 2;
        }
        cp |= 1;
        out[0] = (char)0xE1;
        out[1] = (char)(0x80 | (cp >> 6 & 0x3F));
        out[2] = (char)(0x80 | (cp & 0x3F));
        return 3;
    }
    cp = ((unsigned)(p[0] & 0x1F) << 6) | (p[1] & 0x3F);
    if (cp == 0x130) {
        out[0] = 'i';
        return 1;
    }
    if (cp == 0x178) { /* "Ÿ" -> "ÿ" */
        out[0] = (char)0xC3;
        out[1] = (char)0xBF;
        return 2;
    }
    cp++;
    out[0] = (char)(0xC0 | cp >> 6);
    out[1] = (char)(0x80 | (cp & 0x3F));
    return 2;
}

/* 8 (4) ASCII bytes with 'A'..'Z' in lower case, as one word: a byte >= 0x41 and not >= 0x5B
 * gets 0x20 (no sum carries out of a byte below 0x80; a byte above it is folded again below) */
static inline uint64_t fold8(uint64_t v)
{
    return v | ((v + 0x3F3F3F3F3F3F3F3Fu) & ~(v + 0x2525252525252525u) & 0x8080808080808080u) >> 2;
}

static inline uint32_t fold4(uint32_t v)
{
    return v | ((v + 0x3F3F3F3Fu) & ~(v + 0x25252525u) & 0x80808080u) >> 2;
}

/* The ASCII path of nw_fold() for a word of up to 16 bytes: the n bytes at s folded into out in
 * two steps of 8 or 4 that may overlap (each reads s, so a byte folded twice is the same); 1 when
 * they are all ASCII (most words), else 0 (out then holds no answer). No loop and no call, so
 * nw_fold_span() saves no register for it (cost63). */
static inline int fold_ascii16(const uint8_t *s, size_t n, char *out)
{
    if (n >= 8) {
        uint64_t a, b;
        memcpy(&a, s, 8);
        memcpy(&b, s + n - 8, 8);
        uint64_t hi = a | b;
        a = fold8(a);
        b = fold8(b);
        memcpy(out, &a, 8);
        memcpy(out + n - 8, &b, 8);
        return !(hi & 0x8080808080808080u);
    }
    if (n >= 4) {
        uint32_t a, b;
        memcpy(&a, s, 4);
        memcpy(&b, s + n - 4, 4);
        uint32_t hi = a | b;
        a = fold4(a);
        b = fold4(b);
        memcpy(out, &a, 4);
        memcpy(out + n - 4, &b, 4);
        return !(hi & 0x80808080u);
    }
    uint8_t hi = 0;
    for (size_t i = 0; i < n; i++) {
        uint8_t c = s[i];
        hi |= c;
        out[i] = (char)(c + ((uint8_t)(c - 'A') < 26 ? 32 : 0));
    }
    return !(hi & 0x80);
}

/* The same for any length: 8 bytes a step past 16, the last step overlapping the one before. */
static inline int fold_ascii(const uint8_t *s, size_t n, char *out)
{
    if (n <= 16)
        return fold_ascii16(s, n, out);
    uint64_t hi = 0, v;
    for (size_t i = 0;; i += 8) {
        if (i + 8 > n)
            i = n - 8;
        memcpy(&v, s + i, 8);
        hi |= v;
        v = fold8(v);
        memcpy(out + i, &v, 8);
        if (i + 8 == n)
            break;
    }
    return !(hi & 0x8080808080808080u);
}

/* nw_fold() of a word that is not all ASCII or longer than cap: from the start, for the two-byte
 * capitals. */
static size_t fold_wide(const uint8_t *s, size_t n, char *out, size_t cap)
{
    size_t o = 0;
    for (size_t i = 0; i < n; i++) {
        uint8_t c = s[i];
        if (o >= cap)
            return 0;
        if (c >= 'A' && c <= 'Z')
            c = (uint8_t)(c + 32);
        else if (c == 0xC3 && i + 1 < n && s[i + 1] >= 0x80 && s[i + 1] <= 0x9E &&
                 s[i + 1] != 0x97) {
            if (o + 2 > cap)
                return 0;
            out[o++] = (char)0xC3;
            out[o++] = (char)(s[++i] + 0x20);
            continue;
        }
        out[o++] = (char)c;
    }
    return o;
}

size_t nw_fold(const char *p, size_t n, char *out, size_t cap)
{
    const uint8_t *s = (const uint8_t *)p;
    if (n <= cap && fold_ascii(s, n, out))
        return n;
    return fold_wide(s, n, out, cap);
}

/* nw_fold_span() of a span of more than 16 bytes, not all ASCII or longer than cap: nw_fold(),
 * then the NUL. Out of line (a tail call from nw_fold_span()). */
static __attribute__((noinline)) const char *fold_span_slow(const uint8_t *p, size_t n, char *buf,
                                                            size_t cap)
{
    n = nw_fold((const char *)p, n, buf, cap);
    buf[n] = '\0';
    return buf;
}

/* The lower-case folding of text[a .. b) into buf (NUL-terminated), "" when it does not fit. The
 * words of up to 16 ASCII bytes (most) are folded here without a frame (cost63: the inlined
 * loops made every call save four registers, ~10 instructions of its ~49). */
const char *nw_fold_span(const struct sc *s, size_t a, size_t b, char *buf, size_t cap)
{
    size_t n = b > a ? b - a : 0;
    const uint8_t *p = s->t + a;
    if (n <= 16 && n <= cap - 1 && fold_ascii16(p, n, buf)) {
        buf[n] = '\0';
        return buf;
    }
    return fold_span_slow(p, n, buf, cap - 1);
}

/* The lexicon's key, 8 bytes at a time: a little-endian load (the table was built so) */
static inline uint64_t lex_load(const uint8_t *p)
{
    uint64_t x;
    memcpy(&x, p, 8);
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
    x = __builtin_bswap64(x);
#endif
    return x;
}

#define LEX_K 0x9E3779B97F4A7C15u
#define LEX_HI 0x8080808080808080u

/* 8 ASCII bytes with 'A'..'Z' in lower case: a byte >= 0x41 and not >= 0x5B gets 0x20 */
static inline uint64_t lex_lower8(uint64_t v)
{
    return v | ((v + 0x3F3F3F3F3F3F3F3Fu) & ~(v + 0x2525252525252525u) & LEX_HI) >> 2;
}

/* The probe of a key already folded into n (1..40) bytes, as chunks x[0 .. (n + 7) / 8) whose
 * bytes past n are zero; the slot comes from gen_lexicon.py's lex_hash(). */
static unsigned lex_probe(const uint64_t *x, size_t n)
{
    size_t nc = (n + 7) / 8;
    uint64_t h = n;
    for (size_t c = 0; c < nc; c++)
        h = (h ^ x[c]) * LEX_K;
    h = (h ^ (h >> 32)) * LEX_K;
    uint32_t mask = anon_names_nslots - 1;
    for (uint32_t s = (uint32_t)(h >> 32) & mask;; s = (s + 1) & mask) {
        uint32_t off = anon_names_slots[s];
        if (!off)
            return 0;
        const uint8_t *e = anon_names_blob + off - 1;
        if (e[1] != n) /* most slots probed hold a word of another length */
            continue;
        size_t c = 0; /* the blob ends in 8 zero bytes: every load stays inside it */
        uint64_t last = n % 8 ? ~(uint64_t)0 >> (64 - 8 * (n % 8)) : ~(uint64_t)0;
        while (c + 1 < nc && lex_load(e + 2 + 8 * c) == x[c])
            c++;
        if (c + 1 == nc && (lex_load(e + 2 + 8 * c) & last) == x[c])
            return e[0];
    }
}

/* The key at p (n bytes, ASCII), folded 8 bytes at a time into x: 0 when a byte is no ASCII.
 * avail bytes may be read from p (at least n). */
static inline int lex_fold_ascii(const uint8_t *p, size_t n, size_t avail, uint64_t *x)
{
    size_t nc = (n + 7) / 8;
    for (size_t c = 0; c < nc; c++) {
        uint64_t v;
        size_t r = n - 8 * c < 8 ? n - 8 * c : 8;
        if (8 * c + 8 <= avail)
            v = lex_load(p + 8 * c);
        else {
            uint8_t b[8] = {0};
            memcpy(b, p + 8 * c, r);
            v = lex_load(b);
        }
        if (r < 8)
            v &= ~(uint64_t)0 >> (64 - 8 * r);
        if (v & LEX_HI)
            return 0;
        x[c] = lex_lower8(v);
    }
    return 1;
}

/* The rest: a key with Latin-1 (or other) bytes, folded by nw_fold() */
static unsigned lex_other(const uint8_t *p, size_t n)
{
    uint8_t w[48] = {0};
    size_t k = nw_fold((const char *)p, n, (char *)w, 40);
    if (k == 0 || k > 40)
        return 0;
    uint64_t x[5];
    for (size_t c = 0; c < (k + 7) / 8; c++)
        x[c] = lex_load(w + 8 * c);
    return lex_probe(x, k);
}

/* lex_probe() of a key of one chunk (n <= 8), the most words */
static unsigned lex_probe1(uint64_t x, size_t n)
{
    uint64_t h = (n ^ x) * LEX_K, m = ~(uint64_t)0 >> (64 - 8 * n);
    h = (h ^ (h >> 32)) * LEX_K;
    uint32_t mask = anon_names_nslots - 1;
    for (uint32_t s = (uint32_t)(h >> 32) & mask;; s = (s + 1) & mask) {
        uint32_t off = anon_names_slots[s];
        if (!off)
            return 0;
        const uint8_t *e = anon_names_blob + off - 1;
        if (e[1] == n && (lex_load(e + 2) & m) == x)
            return e[0];
    }
}

/* lex_probe() of a key of two chunks (8 < n <= 16) */
static unsigned lex_probe2(uint64_t x0, uint64_t x1, size_t n)
{
    uint64_t h = ((n ^ x0) * LEX_K ^ x1) * LEX_K, m = ~(uint64_t)0 >> (128 - 8 * n);
    h = (h ^ (h >> 32)) * LEX_K;
    uint32_t mask = anon_names_nslots - 1;
    for (uint32_t s = (uint32_t)(h >> 32) & mask;; s = (s + 1) & mask) {
        uint32_t off = anon_names_slots[s];
        if (!off)
            return 0;
        const uint8_t *e = anon_names_blob + off - 1;
        if (e[1] == n && lex_load(e + 2) == x0 && (lex_load(e + 10) & m) == x1)
            return e[0];
    }
}

/* nw_lexicon_in() for the keys its front does not take: apart, so that the front (most words)
 * needs no frame for x[] */
static __attribute__((noinline)) unsigned lexicon_rest(const uint8_t *t, size_t len, size_t a,
                                                       size_t n)
{
    uint64_t x[5];
    if (lex_fold_ascii(t + a, n, len - a, x))
        return lex_probe(x, n);
    return lex_other(t + a, n);
}

unsigned nw_lexicon_in(const uint8_t *t, size_t len, size_t a, size_t b)
{
    size_t n = b - a;
    if (n == 0 || n > 40)
        return 0;
    if (n <= 8 && len - a >= 8) { /* one chunk, loaded whole */
        uint64_t v = lex_load(t + a) & (~(uint64_t)0 >> (64 - 8 * n));
        if (!(v & LEX_HI))
            return lex_probe1(lex_lower8(v), n);
    } else if (n <= 16 && len - a >= 16) {
        uint64_t v0 = lex_load(t + a), v1 = lex_load(t + a + 8) & (~(uint64_t)0 >> (128 - 8 * n));
        if (!((v0 | v1) & LEX_HI))
            return lex_probe2(lex_lower8(v0), lex_lower8(v1), n);
    }
    return lexicon_rest(t, len, a, n);
}

unsigned anon_names_lexicon(const char *p, size_t n)
{
    return nw_lexicon_in((const uint8_t *)p, n, 0, n);
}

/* Every list word in one hash table with a bit per list it is in: the scanner asks several
 * lists about each word around a capitalised run, so one probe answers them all. */
#define NSLOT 8192
static struct {
    const char *w;
    uint32_t cats, h; /* h: the word's whole hash, compared before strcmp() */
} slot[NSLOT];
static pthread_once_t slot_once = PTHREAD_ONCE_INIT;
static atomic_int slot_ready; /* set once slot_init ran: lookups skip pthread_once then */

static uint32_t hash(const char *w)
{
    uint32_t h = 0x811C9DC5u;
    for (; *w; w++)
        h = (h ^ (uint8_t)*w) * 0x01000193u;
    return h;
}

/* Per first byte, the lengths of the list words of each side that start with it. */
static uint32_t len_before[256], len_after[256];
/* A filter on the first three bytes (a NUL included) of every list word: per hash of them, the
 * categories of the words that start so. Most words asked about are in no list, or in none of
 * the categories asked for, and leave before any hashing of the whole word. */
static uint32_t pre_cats[4096];

/* pre_of() of a word's first three bytes already in x (first byte in bits 16-23, zeros after
 * the word) */
static inline unsigned pre_of_x(uint32_t x)
{
    return (x * 2654435761u) >> 20;
}

static unsigned pre_of(const char *w)
{
    uint32_t x = (uint32_t)(uint8_t)w[0] << 16;
    if (w[0])
        x |= (uint32_t)(uint8_t)w[1] << 8 | (w[1] ? (uint8_t)w[2] : 0u);
    return pre_of_x(x);
}

/* The same three bytes and the word's whole length (1-31): "the" is no title though "theol"
 * is one (names_chat13.c), which pre_cats[] cannot tell apart. nw_fold() keeps a word's length
 * (a two-byte capital folds into two bytes) and folds ASCII bytes alone. Only the titles
 * (C_HON) are filled, the one list asked of it: filling every list word cost a process's
 * first scan ~130K instructions; nw_word_may() passes the other lists unfiltered. */
static uint32_t len_cats[4096];

static inline unsigned len_of_x(uint32_t x, size_t n)
{
    return ((x | (uint32_t)n << 24) * 2654435761u) >> 20;
}

static void slot_add(const char *const *list, size_t n, uint32_t cat)
{
    for (size_t i = 0; i < n; i++) {
        size_t l = strlen(list[i]);
        uint8_t c0 = (uint8_t)list[i][0];
        if (l < 32 && (cat & (C_HON | C_SAL | C_VB | C_INTRO | C_PART | C_NEAR)))
            len_before[c0] |= 1u << l;
        if (l < 32 && (cat & (C_VA | C_BE)))
            len_after[c0] |= 1u << l;
        pre_cats[pre_of(list[i])] |= cat;
        if ((cat & C_HON) && l > 0 && l < 32) {
            uint32_t x = (uint32_t)(uint8_t)list[i][0] << 16;
            x |= (uint32_t)(uint8_t)list[i][1] << 8 | (l > 1 ? (uint8_t)list[i][2] : 0u);
            len_cats[len_of_x(x, l)] |= C_HON;
        }
        uint32_t h = hash(list[i]), k = h & (NSLOT - 1);
        while (slot[k].w && strcmp(slot[k].w, list[i]) != 0)
            k = (k + 1) & (NSLOT - 1);
        slot[k].w = list[i];
        slot[k].h = h;
        slot[k].cats |= cat;
    }
}

static void slot_init(void)
{
#define ADD(l, c) slot_add(l, sizeof l / sizeof l[0], c)
    ADD(honorifics, C_HON);
    ADD(salutations, C_SAL);
    ADD(verbs_before, C_VB);
    ADD(verbs_after, C_VA);
    ADD(terms_after, C_TERM);
    ADD(not_names, C_NOT);
    ADD(places, C_NOT | C_PLACE);
    ADD(months, C_MONTH);
    ADD(labels, C_LABEL);
    ADD(list_labels, C_LIST);
    ADD(closings, C_CLOSE);
    ADD(intros, C_INTRO);
    ADD(particles, C_PART);
    static const char *const near[] = {
        "par", "door", "por", "da",      "von",  "name", "a",   "aan", "afternoon",
        "an",  "at",   "by",  "evening", "from", "her",  "him", "me",  "morning",
        "to",  "with", "à",   "avec",    "con",  "com",  "ao",  "para"};
    static const char *const be[] = {"is", "was", "wurde"};
    ADD(near, C_NEAR);
    ADD(be, C_BE);
    ADD(en_types, C_EN);
    ADD(fr_types, C_FR);
    ADD(first_types, C_FIRST);
    ADD(units, C_UNIT);
    ADD(lower_types, C_LOWER);
    ADD(doc_words, C_DOC);
    slot_add(nw_prose_labels, nw_prose_nlabels, C_LABEL); /* names_prose.c's lists */
    slot_add(nw_prose_list_labels, nw_prose_nlist_labels, C_LIST);
    slot_add(nw_prose_verbs_after, nw_prose_nverbs_after, C_VA);
    slot_add(nw_prose_verbs_before, nw_prose_nverbs_before, C_VB);
    slot_add(nw_prose_honorifics, nw_prose_nhonorifics, C_HON);
    slot_add(nw_prose_not_names, nw_prose_nnot_names, C_NOT);
    slot_add(nw_prose_salutations, nw_prose_nsalutations, C_SAL);
    slot_add(nw_prose_words, nw_prose_nwords, C_PROSE);
    slot_add(nw_bare_not_names, nw_bare_nnot_names, C_NOT);       /* names_bare.c's */
    slot_add(nw_chat2_not_names, nw_chat2_nnot_names, C_NOT);     /* names_chat2.c's */
    slot_add(nw_ctx2_labels, nw_ctx2_nlabels, C_LABEL | C_CTX2S); /* names_context2.c's */
    /* names_docs4.c's person labels of recruiting, travel and legal forms */
    slot_add(nw_docs4_labels, nw_docs4_nlabels, C_LABEL | C_CTX2S);
    /* names_forms5.c's role labels of business and case documents */
    slot_add(nw_forms5_labels, nw_forms5_nlabels, C_LABEL | C_CTX2S);
    slot_add(nw_forms5_weak_labels, nw_forms5_nweak_labels, C_CTX2L);
    slot_add(nw_forms5_ranks, nw_forms5_nranks, C_HON);
    slot_add(nw_ctx2_list_labels, nw_ctx2_nlist_labels, C_LABEL | C_LIST | C_CTX2S);
    slot_add(nw_ctx2_weak_labels, nw_ctx2_nweak_labels, C_CTX2L);
    slot_add(nw_ctx2_honorifics, nw_ctx2_nhonorifics, C_HON);
    slot_add(nw_chat13_titles, nw_chat13_ntitles, C_HON); /* names_chat13.c's academic titles */
    slot_add(nw_ctx2_not_names, nw_ctx2_nnot_names, C_NOT);
    for (size_t k = 0; k < nw_ctx2_nfilter_lists; k++)
        slot_add(nw_ctx2_filter_lists[k], nw_ctx2_filter_sizes[k], C_CTX2);
#undef ADD
    atomic_store_explicit(&slot_ready, 1, memory_order_release);
}

static void slots(void)
{
    if (!atomic_load_explicit(&slot_ready, memory_order_acquire))
        pthread_once(&slot_once, slot_init);
}

/* The tables are ready (after the first call of a process): a front that calls nothing saves no
 * registers, so nw_may_be() and nw_could_be() call slots() only on their first call's path. */
static inline int slots_ready(void)
{
    return atomic_load_explicit(&slot_ready, memory_order_acquire) != 0;
}

static inline unsigned may_be(const uint8_t *w, size_t avail, unsigned cats)
{
    if (avail >= 3) { /* the loop below for three bytes, without its branches per byte */
        uint32_t a = w[0] | 32u, b = w[1] | 32u, c = w[2] | 32u;
        if (a - 'a' > 25)
            return w[0] >= 0x80 ? cats : 0;
        if (b - 'a' > 25)
            return w[1] >= 0x80 ? cats : pre_cats[pre_of_x(a << 16)] & cats;
        if (c - 'a' > 25)
            return w[2] >= 0x80 ? cats : pre_cats[pre_of_x(a << 16 | b << 8)] & cats;
        return pre_cats[pre_of_x(a << 16 | b << 8 | c)] & cats;
    }
    uint32_t x = 0; /* the leading ASCII letters (up to 3), lower-cased, as pre_of() takes them */
    size_t n = 0;
    for (; n < avail && n < 3; n++) {
        uint8_t c = w[n] | 32;
        if (c < 'a' || c > 'z')
            break;
        x |= (uint32_t)c << (16 - 8 * n);
    }
    if (n < avail && n < 3 && w[n] >= 0x80)
        return cats; /* folding may change it: no filter */
    if (n == 0)
        return 0;
    return pre_cats[pre_of_x(x)] & cats;
}

static __attribute__((noinline)) unsigned may_be_first(const uint8_t *w, size_t avail,
                                                       unsigned cats)
{
    slots();
    return may_be(w, avail, cats);
}

unsigned nw_may_be(const uint8_t *w, size_t avail, unsigned cats)
{
    return slots_ready() ? may_be(w, avail, cats) : may_be_first(w, avail, cats);
}

static inline int could_be(const uint8_t *w, size_t n, int after)
{
    if (n == 0 || n >= 32)
        return 0;
    uint8_t c0 = w[0] >= 'A' && w[0] <= 'Z' ? (uint8_t)(w[0] + 32) : w[0];
    if (!(((after ? len_after : len_before)[c0] >> n) & 1))
        return 0;
    char b[3]; /* the first three bytes, lower-cased, against the list words' filter */
    for (size_t k = 0; k < 3; k++) {
        uint8_t c = k < n ? w[k] : 0;
        if (c >= 0x80)
            return 1; /* folding may change it: no filter */
        b[k] = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
    }
    return (pre_cats[pre_of(b)] &
            (after ? (C_VA | C_BE) : (C_HON | C_SAL | C_VB | C_INTRO | C_PART | C_NEAR))) != 0;
}

static __attribute__((noinline)) int could_be_first(const uint8_t *w, size_t n, int after)
{
    slots();
    return could_be(w, n, after);
}

int nw_could_be(const uint8_t *w, size_t n, int after)
{
    return slots_ready() ? could_be(w, n, after) : could_be_first(w, n, after);
}

unsigned nw_word_may(const uint8_t *w, size_t n, unsigned cats)
{
    if (n == 0 || n >= 32)
        return n ? cats : 0; /* folded "": no list word; a long word: no filter */
    slots();
    uint32_t x = 0; /* the first three bytes (zeros past the word) as nw_fold() leaves them */
    for (size_t k = 0; k < 3 && k < n; k++) {
        uint8_t c = w[k];
        if (c >= 0x80)
            return cats; /* folding may change it: no filter */
        x |= (uint32_t)(c >= 'A' && c <= 'Z' ? c + 32 : c) << (16 - 8 * k);
    }
    return (len_cats[len_of_x(x, n)] & cats) | (cats & ~(unsigned)C_HON);
}

int nw_audit_word_may(void)
{
    slots();
    int n = 0;
    for (size_t k = 0; k < NSLOT; k++) {
        const char *w = slot[k].w;
        if (!w)
            continue;
        size_t l = strlen(w);
        char up[64]; /* the filter takes any case: ask it of the word in capitals too */
        for (size_t i = 0; i < l && i < sizeof up; i++)
            up[i] = (char)(w[i] >= 'a' && w[i] <= 'z' ? w[i] - 32 : w[i]);
        if ((nw_word_may((const uint8_t *)w, l, slot[k].cats) != slot[k].cats) ||
            (l < sizeof up && nw_word_may((const uint8_t *)up, l, slot[k].cats) != slot[k].cats))
            return -1;
        n++;
    }
    return n;
}

int nw_prefix_may(const uint8_t *w, size_t n, unsigned cats)
{
    slots();
    if (n == 0)
        return 0; /* folded "": no list word */
    /* the first three bytes as nw_fold() leaves ASCII ones, as pre_of() reads them */
    char b[3];
    for (size_t k = 0; k < 3; k++) {
        uint8_t c = k < n ? w[k] : 0;
        if (c >= 0x80)
            return 1; /* folding may change it: no filter */
        b[k] = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
    }
    return (pre_cats[pre_of(b)] & cats) != 0;
}

/* nw_cats()'s probe for a word past the prefix filter: its hash, then the slots. Out of line,
 * like cats_first(), so the filter's path (most words) is a front that saves no registers
 * (cost63: nw_cats() pushed five on each of its ~35K calls of the 2 KiB request's 200). */
static __attribute__((noinline)) unsigned cats_probe(const char *w)
{
    uint32_t h = hash(w);
    for (uint32_t k = h & (NSLOT - 1); slot[k].w; k = (k + 1) & (NSLOT - 1))
        if (slot[k].h == h && strcmp(slot[k].w, w) == 0)
            return slot[k].cats;
    return 0;
}

/* nw_cats() before the tables are ready (a process's first call): builds them, then asks. */
static __attribute__((noinline)) unsigned cats_first(const char *w)
{
    slots();
    return pre_cats[pre_of(w)] ? cats_probe(w) : 0;
}

unsigned nw_cats(const char *w)
{
    if (!*w)
        return 0;
    if (!slots_ready())
        return cats_first(w);
    if (!pre_cats[pre_of(w)])
        return 0;
    return cats_probe(w);
}

#define CAT(fn, c)                                                                                 \
    int fn(const char *w)                                                                          \
    {                                                                                              \
        slots();                                                                                   \
        return (pre_cats[pre_of(w)] & (c)) && (nw_cats(w) & (c)) != 0;                             \
    }
CAT(nw_honorific, C_HON)
CAT(nw_salutation, C_SAL)
CAT(nw_verb_before, C_VB)
CAT(nw_verb_after, C_VA)
CAT(nw_term_after, C_TERM)
CAT(nw_not_name, C_NOT | C_MONTH)
CAT(nw_month, C_MONTH)
CAT(nw_label, C_LABEL)
CAT(nw_list_label, C_LIST)
CAT(nw_closing, C_CLOSE)
CAT(nw_prose_word, C_PROSE)
CAT(nw_intro, C_INTRO)
CAT(nw_particle, C_PART)

void nw_screen_lists(uint32_t (*screen)[256], const char *const *const *lists, int n)
{
    for (int l = 0; l < n; l++)
        for (const char *const *w = lists[l]; *w; w++) {
            size_t k = strlen(*w);
            if (k > 0 && k < 32)
                screen[l][(uint8_t)(*w)[0]] |= 1u << k;
        }
}
