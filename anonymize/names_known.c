/* names_known.c: the names one request has shown to be people, so the rest of the request is
 * masked consistently: a later bare "Keller" is a person because "Maria Keller" was one, and it
 * shares her token (anon_names_canonical).
 *
 * Names come from the scanner's findings and from e-mail local parts ("maria.keller@" is Maria
 * Keller). The set is small (a request names few people) and bounded; every copy is wiped when
 * the set is freed, because each entry is PII.
 */
#include "anonymize/anon_internal.h"
#include "anonymize/names_internal.h"

#include <openssl/mem.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#define MAX_KNOWN 256
#define MAX_NAME 96

struct anon_names_known {
    size_t n, cap;
    size_t *len;
    char (*name)[MAX_NAME];
    /* a split rewrite's detection copy (split.c): every look-up that found nothing, as a length
     * byte then the word, so the sequential phase can tell whether a name added since would
     * have answered it. NULL on the session's own set. */
    anon_names_log_t *log;
};

anon_names_known_t *anon_names_known_new(void)
{
    return calloc(1, sizeof(anon_names_known_t));
}

void anon_names_known_free(anon_names_known_t *k)
{
    if (!k)
        return;
    if (k->name)
        OPENSSL_cleanse(k->name, k->cap * sizeof *k->name);
    free(k->name);
    free(k->len);
    free(k);
}

static int same(const char *a, size_t an, const char *b, size_t bn)
{
    return an == bn && strncasecmp(a, b, an) == 0;
}

int anon_names_known_add(anon_names_known_t *k, const char *name, size_t n)
{
    if (!k || !name || n < 2 || n >= MAX_NAME)
        return 0;
    for (size_t i = 0; i < k->n; i++)
        if (same(k->name[i], k->len[i], name, n))
            return 0;
    if (k->n == MAX_KNOWN)
        return 0; /* a request naming this many people is masked by the scanner alone */
    if (k->n == k->cap) {
        /* grow by copy so no unwiped copy of the names is left to realloc */
        size_t cap = k->cap ? k->cap * 2 : 8;
        char(*nn)[MAX_NAME] = malloc(cap * sizeof *nn);
        size_t *nl = realloc(k->len, cap * sizeof *nl);
        if (!nn || !nl) {
            free(nn);
            if (nl)
                k->len = nl;
            return ANON_ERR_NOMEM;
        }
        k->len = nl;
        if (k->name) {
            memcpy(nn, k->name, k->n * sizeof *nn);
            OPENSSL_cleanse(k->name, k->cap * sizeof *k->name);
            free(k->name);
        }
        k->name = nn;
        k->cap = cap;
    }
    memcpy(k->name[k->n], name, n);
    k->name[k->n][n] = '\0';
    k->len[k->n++] = n;
    return 0;
}

/* Does the known name nm contain p[0 .. n) as a whole word or as a run of whole words? */
static int has_part(const char *nm, size_t nl, const char *p, size_t n)
{
    for (size_t i = 0; i + n <= nl; i++) {
        if ((i == 0 || nm[i - 1] == ' ') && (i + n == nl || nm[i + n] == ' ') &&
            strncasecmp(nm + i, p, n) == 0)
            return 1;
    }
    return 0;
}

int anon_names_known_has(const anon_names_known_t *k, const char *p, size_t n)
{
    if (!k || !p || n < 2)
        return 0;
    int part = 0;
    for (size_t i = 0; i < k->n; i++) {
        if (same(k->name[i], k->len[i], p, n))
            return 2;
        part |= has_part(k->name[i], k->len[i], p, n);
    }
    /* only a miss can change as the set grows, and only for a word shorter than a name */
    if (!part && k->log && n < MAX_NAME) {
        uint8_t nb = (uint8_t)n;
        if (anon_buf_append(&k->log->words, &nb, 1) < 0 ||
            anon_buf_append(&k->log->words, p, n) < 0)
            k->log->lost = 1; /* the reader redoes every detection this log was kept for */
    }
    return part;
}

anon_names_known_t *anon_names_known_clone(const anon_names_known_t *k, anon_names_log_t *log)
{
    anon_names_known_t *c = anon_names_known_new();
    if (!c)
        return NULL;
    for (size_t i = 0; k && i < k->n; i++)
        if (anon_names_known_add(c, k->name[i], k->len[i]) < 0) {
            anon_names_known_free(c);
            return NULL;
        }
    c->log = log;
    return c;
}

size_t anon_names_known_count(const anon_names_known_t *k)
{
    return k ? k->n : 0;
}

int anon_names_known_answers(const anon_names_known_t *k, size_t from, const uint8_t *log,
                             size_t len)
{
    for (size_t i = from; k && i < k->n; i++)
        for (size_t j = 0; j < len; j += 1 + (size_t)log[j])
            if (has_part(k->name[i], k->len[i], (const char *)log + j + 1, log[j]))
                return 1;
    return 0;
}

const char *anon_names_canonical(const anon_names_known_t *k, const char *p, size_t n,
                                 size_t *out_len)
{
    *out_len = n;
    if (!k)
        return p;
    const char *hit = NULL;
    size_t hl = 0;
    for (size_t i = 0; i < k->n; i++) {
        if (k->len[i] > n && has_part(k->name[i], k->len[i], p, n)) {
            if (hit && !same(hit, hl, k->name[i], k->len[i]))
                return p; /* two people share the word: keep it apart */
            hit = k->name[i];
            hl = k->len[i];
        }
    }
    if (hit)
        *out_len = hl;
    return hit ? hit : p;
}

/* ---- collecting a request's names --------------------------------------------------------- */
static int collect(void *arg, int kind, size_t start, size_t end)
{
    void **a = arg;
    if (kind == ANON_NAMES_PERSON)
        anon_names_known_add(a[0], (const char *)a[1] + start, end - start);
    return 0;
}

/* "maria.keller", "maria_keller", "m.keller" -> "Maria Keller" when the lexicon agrees. */
static void from_email(anon_names_known_t *k, const char *lp, size_t n)
{
    char out[MAX_NAME];
    size_t o = 0, parts = 0, a = 0, given = 0, name = 0;
    if (n < 3 || n > 40)
        return;
    for (size_t i = 0; i <= n; i++) {
        if (i < n && lp[i] != '.' && lp[i] != '_' && lp[i] != '-')
            continue;
        size_t pl = i - a;
        if (pl < 2)
            return; /* initials and empty parts: not a name we can spell */
        for (size_t j = a; j < i; j++)
            if (!((lp[j] | 32) >= 'a' && (lp[j] | 32) <= 'z'))
                return;
        unsigned f = anon_names_lexicon(lp + a, pl);
        if (f & ANON_NL_COMMON_EN)
            return; /* "info", "support", "no.reply" */
        given += parts == 0 && (f & ANON_NL_GIVEN);
        name += (f & (ANON_NL_GIVEN | ANON_NL_NAME)) != 0;
        if (o + pl + 1 >= sizeof out || ++parts > 3)
            return;
        if (o)
            out[o++] = ' ';
        for (size_t j = a; j < i; j++)
            out[o++] = (char)(j == a ? (lp[j] & ~32) : (lp[j] | 32));
        a = i + 1;
    }
    if (parts >= 2 && given && name == parts)
        anon_names_known_add(k, out, o);
    OPENSSL_cleanse(out, sizeof out);
}

int anon_names_prescan(anon_names_known_t *k, const char *text, size_t len)
{
    if (!k || !text)
        return 0;
    const char *p = text, *end = text + len;
    while ((p = memchr(p, '@', (size_t)(end - p))) != NULL) {
        const char *b = p;
        while (b > text && ((b[-1] | 32) >= 'a' && (b[-1] | 32) <= 'z'
                                ? 1
                                : b[-1] == '.' || b[-1] == '_' || b[-1] == '-'))
            b--;
        if (p > b && p + 1 < end && ((p[1] | 32) >= 'a' && (p[1] | 32) <= 'z'))
            from_email(k, b, (size_t)(p - b));
        p++;
    }
    nw_profileurl_known(k, text, len); /* "linkedin.com/in/maria-keller" -> Maria Keller */
    void *arg[2] = {k, (void *)(uintptr_t)text};
    return anon_names_scan(text, len, 1u << ANON_NAMES_PERSON, NULL, ANON_NAMES_HINT_STRONG,
                           collect, arg);
}
