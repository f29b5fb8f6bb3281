/* scan_deps.c: what one cached scan read of the request's known names, so the scan cache
 * (scan_cache.c) can answer a string again when a later request names someone new elsewhere
 * (issue 19 (g)): the entry holds the answers the scan got, and a look-up is a hit only when the
 * set it is asked under gives the same answers.
 *
 * The one reader a detection uses is anon_names_known_has(): 2 when a name is the word but for
 * ASCII case, 1 when a name holds it as a run of whole words, else 0. While a recording is set on
 * the set (anon_names_known_record), has() notes each question and its answer here; every other
 * read of the set (count, names, forms, sweeps, a write) marks the recording opaque, and an opaque
 * scan is not kept. So no read goes unrecorded.
 *
 * No word is kept: a question is a keyed SipHash-128 of the word as has() compares it (its
 * length, then its bytes folded to lower case up to the first NUL, as strncasecmp stops there),
 * its low two bits replaced by the answer. The session's index (anon_deps_index_t) holds the same
 * hash of every run of whole words of every known name (2 for a whole name, else 1), so the
 * answer the set gives now is one probe. A scan's recording is checked against the index of the
 * set it ran under before it is kept (a has() the index would answer otherwise is not kept).
 */
#include "anonymize/anon_internal.h"
#include "anonymize/names.h"

#include <openssl/mem.h>
#include <stdlib.h>
#include <string.h>

/* The question's hash: the answer bits cleared */
static void word_hash(const char *p, size_t n, uint64_t out[2])
{
    uint8_t buf[64];
    uint64_t nl = n;
    anon_sip_t h;
    anon_sip_init(&h);
    anon_sip_update(&h, &nl, sizeof nl);
    for (size_t i = 0; i < n;) {
        size_t k = 0;
        for (; k < sizeof buf && i < n; k++, i++) {
            uint8_t c = (uint8_t)p[i];
            buf[k] = c >= 'A' && c <= 'Z' ? (uint8_t)(c | 32) : c;
            if (!c) {
                i = n; /* strncasecmp() compares nothing after a NUL */
                k++;
                break;
            }
        }
        anon_sip_update(&h, buf, k);
    }
    anon_sip_final(&h, out);
    out[1] &= ~(uint64_t)3;
    OPENSSL_cleanse(buf, sizeof buf);
}

void anon_deps_note(anon_deps_t *r, const char *p, size_t n, int answer)
{
    if (r->opaque)
        return;
    if (r->n == r->cap) {
        size_t cap = r->cap ? r->cap * 2 : 32;
        uint64_t(*d)[2] = realloc(r->d, cap * sizeof *d);
        if (!d) {
            r->opaque = 1; /* not kept: the scan is not cached */
            return;
        }
        r->d = d;
        r->cap = cap;
    }
    word_hash(p, n, r->d[r->n]);
    r->d[r->n++][1] |= (uint64_t)(answer & 3);
}

void anon_deps_free(anon_deps_t *r)
{
    if (r->d)
        OPENSSL_cleanse(r->d, r->cap * sizeof *r->d);
    free(r->d);
    memset(r, 0, sizeof *r);
}

static int cmp_dep(const void *a, const void *b)
{
    const uint64_t *x = a, *y = b;
    if (x[0] != y[0])
        return x[0] < y[0] ? -1 : 1;
    return x[1] < y[1] ? -1 : x[1] > y[1];
}

int anon_deps_seal(anon_deps_t *r)
{
    if (r->opaque)
        return -1;
    if (r->n > 1)
        qsort(r->d, r->n, sizeof *r->d, cmp_dep);
    size_t o = 0;
    for (size_t i = 0; i < r->n; i++) {
        if (o && r->d[o - 1][0] == r->d[i][0] && (r->d[o - 1][1] | 3) == (r->d[i][1] | 3)) {
            if (r->d[o - 1][1] != r->d[i][1])
                return -1; /* one word, two answers: has() is not what the index reads */
            continue;
        }
        r->d[o][0] = r->d[i][0];
        r->d[o++][1] = r->d[i][1];
    }
    r->n = o;
    return 0;
}

/* ---- the index of the set's runs -------------------------------------------------------- */
struct anon_deps_index {
    size_t names;     /* names folded in: [0 .. names) of the set */
    size_t n, cap;    /* runs held; cap a power of two (open addressing) */
    uint64_t (*h)[2]; /* a run's hash | its answer; {0, 0} empty */
};

void anon_deps_index_free(anon_deps_index_t *x)
{
    if (!x)
        return;
    if (x->h)
        OPENSSL_cleanse(x->h, x->cap * sizeof *x->h);
    free(x->h);
    free(x);
}

static uint64_t *slot(const anon_deps_index_t *x, const uint64_t h[2])
{
    size_t m = x->cap - 1;
    for (size_t i = h[0] & m;; i = (i + 1) & m) {
        uint64_t *s = x->h[i];
        if ((!s[0] && !s[1]) || (s[0] == h[0] && (s[1] | 3) == (h[1] | 3)))
            return s;
    }
}

static int put_run(anon_deps_index_t *x, const char *p, size_t n, int answer)
{
    if ((x->n + 1) * 2 > x->cap) {
        size_t cap = x->cap ? x->cap * 2 : 64;
        anon_deps_index_t y = {.cap = cap, .h = calloc(cap, sizeof *x->h)};
        if (!y.h)
            return -1;
        for (size_t i = 0; i < x->cap; i++)
            if (x->h[i][0] || x->h[i][1])
                memcpy(slot(&y, x->h[i]), x->h[i], sizeof *x->h);
        if (x->h)
            OPENSSL_cleanse(x->h, x->cap * sizeof *x->h);
        free(x->h);
        x->h = y.h;
        x->cap = cap;
    }
    uint64_t h[2];
    word_hash(p, n, h);
    h[1] |= (uint64_t)answer;
    uint64_t *s = slot(x, h);
    if (!s[0] && !s[1])
        x->n++;
    else if ((s[1] & 3) >= (uint64_t)answer)
        return 0;
    s[0] = h[0];
    s[1] = h[1];
    return 0;
}

/* Every run of whole words of name nm (a start at 0 or after a space, an end before a space or
 * at nl, two bytes or more: has_part()'s), the whole name with answer 2. */
static int put_name(anon_deps_index_t *x, const char *nm, size_t nl)
{
    for (size_t a = 0; a < nl; a++) {
        if (a && nm[a - 1] != ' ')
            continue;
        for (size_t b = a + 2; b <= nl; b++)
            if ((b == nl || nm[b] == ' ') && put_run(x, nm + a, b - a, a == 0 && b == nl ? 2 : 1))
                return -1;
    }
    return 0;
}

int anon_deps_index_sync(anon_deps_index_t **xp, const anon_names_known_t *k)
{
    if (!*xp && !(*xp = calloc(1, sizeof **xp)))
        return -1;
    anon_deps_index_t *x = *xp;
    size_t n = anon_names_known_count(k);
    for (; x->names < n; x->names++) {
        size_t nl;
        const char *nm = anon_names_known_name(k, x->names, &nl);
        if (put_name(x, nm, nl) < 0)
            return -1;
    }
    return 0;
}

int anon_deps_hold(const anon_deps_index_t *x, const uint64_t (*d)[2], size_t n)
{
    for (size_t i = 0; i < n; i++) {
        uint64_t now = 0;
        if (x->cap) {
            const uint64_t *s = slot(x, d[i]);
            now = s[1] & 3; /* an empty slot: 0 */
        }
        if (now != (d[i][1] & 3))
            return 0;
    }
    return 1;
}
