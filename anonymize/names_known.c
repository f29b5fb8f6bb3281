/* names_known.c: the names one request has shown to be people, so the rest of the request is
 * masked consistently: a later bare "Keller" is a person because "Maria Keller" was one, and it
 * shares her token (anon_names_canonical).
 *
 * Names come from the scanner's findings and from e-mail local parts ("maria.keller@" is Maria
 * Keller). The set is small (a request names few people) and bounded; every copy is wiped when
 * the set is freed, because each entry is PII.
 */
#include "anonymize/names_known_internal.h"

#include <openssl/mem.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#define PART_HEADS 256 /* the parts index's buckets */
#define PARTS_FROM 8   /* names before the parts index is made: asking each one is cheaper */
#define PART_SPACES 5  /* a name with more spaces is asked whole (at most 21 parts otherwise) */

/* anon_names_known_has's and anon_names_canonical's index: every part of every name that
 * has_part() can match (a run of its words, from a start after a space or at 0 to an end before
 * a space or at its end, two bytes or more) by part_key(), so a look-up asks only the parts of
 * its own length and case-folded bytes instead of every name. A name with more than PART_SPACES
 * spaces is kept on the wide list and asked as before. */
struct parts_index {
    uint16_t head[PART_HEADS]; /* the first part + 1 (0: none) */
    uint16_t wide;             /* the wide names, as a list of parts of length 0 */
    uint64_t lens[2];          /* bit n: a part of n bytes */
    uint64_t first[4];         /* bit c: a part opening with c, case folded */
    struct part {
        uint16_t name, next; /* the name's index; the next part of the bucket or list + 1 */
        uint8_t off, len;    /* where in the name */
    } * e;
    size_t n, cap;
};

anon_names_known_t *anon_names_known_new(void)
{
    return calloc(1, sizeof(anon_names_known_t));
}

static void parts_free(struct parts_index *px)
{
    if (px)
        free(px->e);
    free(px);
}

void anon_names_known_free(anon_names_known_t *k)
{
    if (!k)
        return;
    if (k->name)
        OPENSSL_cleanse(k->name, k->cap * sizeof *k->name);
    free(k->name);
    free(k->len);
    free(k->fx);
    parts_free(k->px);
    OPENSSL_cleanse(k, sizeof *k); /* the digest is the names' */
    free(k);
}

void anon_names_known_digest(anon_names_known_t *k, uint64_t out[2])
{
    if (!k) {
        out[0] = out[1] = ~(uint64_t)0;
        return;
    }
    REC_OPAQUE(k);
    /* names are only ever appended (anon_names_known_add is the one writer), so the chain over
     * the ones added since the last call extends the last digest */
    for (; k->dig_n < k->n; k->dig_n++) {
        anon_sip_t h;
        uint64_t nl = k->len[k->dig_n];
        anon_sip_init(&h);
        anon_sip_update(&h, k->dig, sizeof k->dig);
        anon_sip_update(&h, &nl, sizeof nl);
        anon_sip_update(&h, k->name[k->dig_n], k->len[k->dig_n]);
        anon_sip_final(&h, k->dig);
    }
    out[0] = k->dig[0];
    out[1] = k->dig[1];
}

static int same(const char *a, size_t an, const char *b, size_t bn)
{
    return an == bn && strncasecmp(a, b, an) == 0;
}

static int has_part(const char *nm, size_t nl, const char *p, size_t n);

/* c folded as strncasecmp() folds it (ASCII letters: no locale is set) */
static inline uint8_t part_fold(uint8_t c)
{
    return c >= 'A' && c <= 'Z' ? (uint8_t)(c | 32) : c;
}

/* The bucket of a part p[0 .. n): its length and its first four bytes folded, up to a NUL
 * (strncasecmp() stops there), so two parts it calls equal share a bucket */
static unsigned part_key(const char *p, size_t n)
{
    uint32_t h = 2166136261u ^ (uint32_t)n;
    for (size_t q = 0; q < n && q < 4 && p[q]; q++)
        h = (h ^ part_fold((uint8_t)p[q])) * 16777619u;
    return (h ^ h >> 16) & (PART_HEADS - 1);
}

/* Adds a part (len 0: a wide name) to the index; 0, or -1 without memory */
static int part_push(struct parts_index *px, size_t i, size_t off, size_t len, uint16_t *list)
{
    if (px->n == px->cap) {
        size_t cap = px->cap ? px->cap * 2 : 32;
        struct part *e = realloc(px->e, cap * sizeof *e);
        if (!e)
            return -1;
        px->e = e;
        px->cap = cap;
    }
    px->e[px->n] =
        (struct part){.name = (uint16_t)i, .next = *list, .off = (uint8_t)off, .len = (uint8_t)len};
    *list = (uint16_t)++px->n;
    return 0;
}

/* Adds name i's parts to the index; 0, or -1 without memory */
static int parts_add(anon_names_known_t *k, size_t i)
{
    struct parts_index *px = k->px;
    const char *nm = k->name[i];
    size_t nl = k->len[i], sp = 0;
    size_t st[PART_SPACES + 1], en[PART_SPACES + 1];
    for (size_t j = 0; j < nl; j++)
        if (nm[j] == ' ') {
            if (sp == PART_SPACES)
                return part_push(px, i, 0, 0, &px->wide);
            st[sp + 1] = j + 1;
            en[sp++] = j;
        }
    st[0] = 0;
    en[sp] = nl;
    for (size_t a = 0; a <= sp; a++)
        for (size_t b = 0; b <= sp; b++) {
            size_t len = en[b] - st[a];
            if (en[b] < st[a] + 2)
                continue;
            if (part_push(px, i, st[a], len, &px->head[part_key(nm + st[a], len)]) < 0)
                return -1;
            px->lens[len >> 6] |= 1ull << (len & 63);
            uint8_t c = part_fold((uint8_t)nm[st[a]]);
            px->first[c >> 6] |= 1ull << (c & 63);
        }
    return 0;
}

/* May a part be p[0 .. n) (n >= 1)? Its length and first byte, before the bucket's hash */
static inline int parts_may(const struct parts_index *px, const char *p, size_t n)
{
    uint8_t c = part_fold((uint8_t)p[0]);
    return n < 128 && (px->lens[n >> 6] >> (n & 63) & 1) && (px->first[c >> 6] >> (c & 63) & 1);
}

/* anon_names_known_has()'s answer from the index: 2 when a name is p[0 .. n) but for case, 1
 * when one holds it as a part (has_part), else 0 */
static int parts_has(const anon_names_known_t *k, const char *p, size_t n)
{
    const struct parts_index *px = k->px;
    int part = 0;
    for (unsigned x = px->wide; x; x = px->e[x - 1].next) {
        size_t i = px->e[x - 1].name;
        if (same(k->name[i], k->len[i], p, n))
            return 2;
        part |= has_part(k->name[i], k->len[i], p, n);
    }
    if (!parts_may(px, p, n))
        return part;
    for (unsigned x = px->head[part_key(p, n)]; x; x = px->e[x - 1].next) {
        const struct part *e = &px->e[x - 1];
        if (e->len != n || strncasecmp(k->name[e->name] + e->off, p, n) != 0)
            continue;
        if (e->off == 0 && k->len[e->name] == n)
            return 2;
        part = 1;
    }
    return part;
}

int anon_names_known_add(anon_names_known_t *k, const char *name, size_t n)
{
    if (!k || !name || n < 2 || n >= MAX_NAME)
        return 0;
    REC_OPAQUE(k);
    if (k->px) {
        if (parts_has(k, name, n) == 2)
            return 0;
    } else {
        for (size_t i = 0; i < k->n; i++)
            if (same(k->name[i], k->len[i], name, n))
                return 0;
    }
    int form;
    if (anon_names_form_of(k, name, n, &form) >= 0)
        return 0; /* "KELLER, Maria" is Maria Keller already */
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
    nw_sametok63_note(k, k->n - 1);
    /* the index is made once there are PARTS_FROM names and then holds every name, or never
     * (without memory): the look-ups then ask every name */
    size_t from = k->n - 1;
    if (k->n == PARTS_FROM && !k->px) {
        k->px = calloc(1, sizeof *k->px);
        from = 0;
    }
    for (size_t i = from; k->px && i < k->n; i++)
        if (parts_add(k, i) < 0) {
            parts_free(k->px);
            k->px = NULL;
        }
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

/* anon_names_known_has()'s answer without the index: every name asked */
static __attribute__((noinline)) int names_has(const anon_names_known_t *k, const char *p, size_t n)
{
    int part = 0;
    for (size_t i = 0; i < k->n; i++) {
        if (same(k->name[i], k->len[i], p, n))
            return 2;
        part |= has_part(k->name[i], k->len[i], p, n);
    }
    return part;
}

static __attribute__((noinline)) void log_miss(anon_names_log_t *log, const char *p, size_t n)
{
    uint8_t nb = (uint8_t)n;
    if (anon_buf_append(&log->words, &nb, 1) < 0 || anon_buf_append(&log->words, p, n) < 0)
        log->lost = 1; /* the reader redoes every detection this log was kept for */
}

int anon_names_known_has(const anon_names_known_t *k, const char *p, size_t n)
{
    if (!k || !p || n < 2)
        return 0;
    int part = k->px ? parts_has(k, p, n) : k->n ? names_has(k, p, n) : 0;
    /* only a miss can change as the set grows, and only for a word shorter than a name */
    if (!part && k->log && n < MAX_NAME)
        log_miss(k->log, p, n);
    if (k->rec)
        anon_deps_note(k->rec, p, n, part);
    return part;
}

anon_names_known_t *anon_names_known_clone(const anon_names_known_t *k, anon_names_log_t *log)
{
    if (k)
        REC_OPAQUE(k);
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
    if (k)
        REC_OPAQUE(k);
    return k ? k->n : 0;
}

int anon_names_known_none(const anon_names_known_t *k)
{
    if (k && k->rec) {
        int none = k->n == 0;
        if (k->rec->none && k->rec->none != 2 - none)
            k->rec->opaque = 1;
        k->rec->none = 2 - none;
    }
    return !k || k->n == 0;
}

void anon_names_known_record(anon_names_known_t *k, anon_deps_t *r)
{
    if (k)
        k->rec = r;
}

const char *anon_names_known_name(const anon_names_known_t *k, size_t i, size_t *n)
{
    REC_OPAQUE(k);
    *n = k->len[i];
    return k->name[i];
}

int anon_names_known_answers(const anon_names_known_t *k, size_t from, const uint8_t *log,
                             size_t len)
{
    if (k)
        REC_OPAQUE(k);
    for (size_t i = from; k && i < k->n; i++)
        for (size_t j = 0; j < len; j += 1 + (size_t)log[j])
            if (has_part(k->name[i], k->len[i], (const char *)log + j + 1, log[j]))
                return 1;
    return 0;
}

/* anon_names_canonical()'s answer for p[0 .. n) that no longer name holds as written: the known
 * person it is another form of ("Kowalskiego", "M. Keller", "Mueller": names_sametok63.c), else
 * dflt (p, or the name that is p but for case), n bytes */
static const char *other_form(const anon_names_known_t *k, const char *p, size_t n, size_t *out_len,
                              const char *dflt)
{
    long r = nw_sametok63_person(k, p, n, dflt != p);
    *out_len = r >= 0 ? k->len[r] : n;
    return r >= 0 ? k->name[r] : dflt;
}

const char *anon_names_canonical(const anon_names_known_t *k, const char *p, size_t n,
                                 size_t *out_len)
{
    *out_len = n;
    if (!k)
        return p;
    REC_OPAQUE(k);
    int form;
    long f = anon_names_form_of(k, p, n, &form);
    if (f >= 0 && form == FORM_SAME) /* the name as written: or another's form ("M. Keller") */
        return other_form(k, p, n, out_len, k->name[f]);
    if (f >= 0 && form != FORM_JOINED) {
        /* "maria keller", "KELLER, Maria": her token; a user name keeps its own, so that a
         * restored path or handle reads as it was written */
        *out_len = k->len[f];
        return k->name[f];
    }
    /* With no longer name holding the word, a name that is the word but for case ("KELLER"
     * beside "Keller", a certificate's transliterated field beside its own): the same person,
     * whose token it takes. The set holds a spelling once whatever its case, so there is one. */
    long eq = -1;
    if (k->px && n >= 2) {
        /* the only name holding the word, longer than it: names are told apart case folded
         * (anon_names_known_add), so a second one is another person */
        const struct parts_index *px = k->px;
        long one = -1;
        for (unsigned x = parts_may(px, p, n) ? px->head[part_key(p, n)] : 0; x;
             x = px->e[x - 1].next) {
            const struct part *e = &px->e[x - 1];
            if (e->len != n || k->len[e->name] < n || e->name == one ||
                strncasecmp(k->name[e->name] + e->off, p, n) != 0)
                continue;
            if (k->len[e->name] == n) {
                eq = e->name;
                continue;
            }
            if (one >= 0) /* two people share the word: keep it apart, but for one's forms */
                return other_form(k, p, n, out_len, p);
            one = e->name;
        }
        for (unsigned x = px->wide; x; x = px->e[x - 1].next) {
            size_t i = px->e[x - 1].name;
            if (k->len[i] > n && has_part(k->name[i], k->len[i], p, n)) {
                if (one >= 0)
                    return other_form(k, p, n, out_len, p);
                one = (long)i;
            }
        }
        if (one >= 0) { /* "Strauß" of "Sören Strauß", known also as "Soeren Strauss" */
            one = (long)nw_sametok63_root(k, (size_t)one);
            *out_len = k->len[one];
            return k->name[one];
        }
        return other_form(k, p, n, out_len, eq >= 0 ? k->name[eq] : p);
    }
    const char *hit = NULL;
    size_t hl = 0, hix = 0;
    for (size_t i = 0; i < k->n; i++) {
        if (k->len[i] > n && has_part(k->name[i], k->len[i], p, n)) {
            if (hit && !same(hit, hl, k->name[i], k->len[i]))
                return other_form(k, p, n, out_len, p); /* two people share the word */
            hit = k->name[i];
            hl = k->len[i];
            hix = i;
        } else if (k->len[i] == n && same(k->name[i], n, p, n)) {
            eq = (long)i;
        }
    }
    if (hit) {
        size_t r = nw_sametok63_root(k, hix);
        *out_len = k->len[r];
        return k->name[r];
    }
    return other_form(k, p, n, out_len, eq >= 0 ? k->name[eq] : p);
}

/* ---- collecting a request's names --------------------------------------------------------- */
static int collect(void *arg, int kind, size_t start, size_t end)
{
    void **a = arg;
    if (kind == ANON_NAMES_PERSON)
        anon_names_known_add(a[0], (const char *)a[1] + start, end - start);
    return 0;
}

/* Does the body near the local part at lp (the 4 KiB before and after it) spell the name
 * name[0 .. n) as written, at word bounds ("Kaen Weindling" beside "kaen.weindling@")? */
static int spelled_near(const char *body, size_t blen, const char *lp, const char *name, size_t n)
{
    size_t at = (size_t)(lp - body), lo = at > 4096 ? at - 4096 : 0;
    size_t hi = blen - at > 4096 ? at + 4096 : blen;
    const char *p = body + lo, *end = body + hi, *m;
    while ((size_t)(end - p) >= n && (m = memmem(p, (size_t)(end - p), name, n)) != NULL) {
        uint8_t b = m > body ? (uint8_t)m[-1] : ' ', c = m + n < body + blen ? (uint8_t)m[n] : ' ';
        if (!((b | 32) >= 'a' && (b | 32) <= 'z') && b < 0x80 &&
            !((c | 32) >= 'a' && (c | 32) <= 'z') && c < 0x80)
            return 1;
        p = m + 1;
    }
    return 0;
}

/* "maria.keller", "maria_keller", "m.keller" -> "Maria Keller" when the lexicon agrees, or when
 * the body (body[0 .. blen), NULL for none) writes that name near the address: an invented name
 * beside its own mailbox ({"name": "Kaen Weindling", "email": "kaen.weindling@..."}, a CV's head
 * line over its contact line). */
static void from_email(anon_names_known_t *k, const char *lp, size_t n, const char *body,
                       size_t blen)
{
    char out[MAX_NAME];
    size_t o = 0, parts = 0, a = 0, given = 0, name = 0, common = 0;
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
        if ((f & ANON_NL_COMMON_EN) && !(f & (ANON_NL_GIVEN | ANON_NL_NAME)))
            return;                             /* "info", "support", "no.reply" */
        common += (f & ANON_NL_COMMON_EN) != 0; /* "maria", "weber" are English words too */
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
    if (parts >= 2 && given && name == parts && common < parts) /* not "rose.hill" */
        anon_names_known_add(k, out, o);
    else if (parts >= 2 && !common && body && spelled_near(body, blen, lp, out, o))
        anon_names_known_add(k, out, o); /* no lexicon name, but written out beside it */
    OPENSSL_cleanse(out, sizeof out);
}

void anon_names_known_from_spelled(anon_names_known_t *k, const char *v, size_t n)
{
    /* the local part ends at the first space or bracket: "maria.keller at", "maria.keller
     * [at]", "maria.keller(at)"; an address with its '@' goes through the prescan */
    size_t e = 0;
    while (e < n && v[e] != ' ' && v[e] != '[' && v[e] != '(' && v[e] != '{' && v[e] != '@')
        e++;
    if (k)
        REC_OPAQUE(k);
    if (k && e < n && v[e] != '@')
        from_email(k, v, e, NULL, 0);
}

int anon_names_prescan(anon_names_known_t *k, const char *text, size_t len)
{
    if (!k || !text)
        return 0;
    REC_OPAQUE(k);
    const char *p = text, *end = text + len;
    /* the local parts already read: a request that resends its history holds the same address
     * many times, and from_email() of the same bytes adds the same name again, which
     * anon_names_known_add() leaves as it was (it is in the set, or a form of a name in it, or
     * the set is full: each stays so as the set grows) */
    const char *seen[8];
    size_t seen_n[8], nseen = 0;
    while ((p = memchr(p, '@', (size_t)(end - p))) != NULL) {
        const char *b = p;
        while (b > text && ((b[-1] | 32) >= 'a' && (b[-1] | 32) <= 'z'
                                ? 1
                                : b[-1] == '.' || b[-1] == '_' || b[-1] == '-'))
            b--;
        if (p > b && p + 1 < end && ((p[1] | 32) >= 'a' && (p[1] | 32) <= 'z')) {
            size_t n = (size_t)(p - b), j = 0;
            while (j < nseen && j < 8 && !(seen_n[j] == n && memcmp(seen[j], b, n) == 0))
                j++;
            if (j == nseen || j == 8) {
                from_email(k, b, n, text, len);
                seen[nseen % 8] = b;
                seen_n[nseen % 8] = n;
                nseen++;
            }
        }
        p++;
    }
    nw_profileurl_known(k, text, len); /* "linkedin.com/in/maria-keller" -> Maria Keller */
    void *arg[2] = {k, (void *)(uintptr_t)text};
    return anon_names_scan(text, len, 1u << ANON_NAMES_PERSON, NULL, ANON_NAMES_HINT_STRONG,
                           collect, arg);
}
