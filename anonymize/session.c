/* session.c: one request's value <-> token map.
 *
 * Tokens are numbered per type in first-seen order and never derived from the value; numbers that
 * already appear as token-shaped text in the request (anon_session_reserve) are skipped. Values
 * live only here, in memory, and every byte that held or was derived from one (values, hashes)
 * is wiped in anon_session_free. They sit in the session's arena (arena.c): one block for a
 * request's findings rather than an allocation per value and per table.
 */
#include "anonymize/anon_internal.h"
#include "anonymize/session_internal.h"
#include "anonymize/engine_internal.h"
#include "anonymize/restore.h"

#include "anonymize/names.h"

#include <openssl/mem.h>
#include <openssl/rand.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>

size_t anon_token_parse(const char *p, size_t n, size_t *type_len, size_t *num)
{
    if (n < 4 || p[0] != '[' || !(p[1] >= 'A' && p[1] <= 'Z'))
        return 0;
    size_t lim = n < ANON_TOKEN_MAX ? n : ANON_TOKEN_MAX, close = 0, us = 0;
    for (size_t i = 2; i < lim; i++) {
        char c = p[i];
        if (c == ']') {
            close = i;
            break;
        }
        if (c == '_')
            us = i;
        else if (!((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')))
            return 0;
    }
    if (!close || !us || us + 1 >= close || p[us + 1] == '0')
        return 0;
    size_t v = 0;
    for (size_t i = us + 1; i < close; i++) {
        if (p[i] < '0' || p[i] > '9')
            return 0;
        size_t d = (size_t)(p[i] - '0');
        v = v > (SIZE_MAX - d) / 10 ? SIZE_MAX : v * 10 + d;
    }
    if (type_len)
        *type_len = us - 1;
    if (num)
        *num = v;
    return close + 1;
}

const anon_engine_t *anon_session_engine(const anon_session_t *s)
{
    return s ? s->e : NULL;
}

anon_session_t *anon_session_new(const anon_engine_t *e)
{
    if (!e)
        return NULL;
    size_t ntypes = anon_engine_ntypes(e);
    /* the struct and its per-type pointers in one block (the states come with first use) */
    anon_session_t *s = calloc(1, sizeof *s + ntypes * sizeof(struct typestate *));
    if (!s)
        return NULL;
    s->e = e;
    s->tlen = anon_engine_type_lens(e);
    s->tname = anon_engine_type_names(e);
    s->ntypes = ntypes;
    s->ts = (struct typestate **)(void *)(s + 1);
    s->person = anon_engine_person_type(e);
    s->dob = anon_engine_dob_type(e);
    s->street = anon_engine_street_type(e);
    s->names = anon_engine_has_names(e);
    return s;
}

void anon_session_free(anon_session_t *s)
{
    if (!s)
        return;
    anon_arena_free(&s->arena); /* values, entries, tables, states: wiped, then freed */
    anon_names_known_free(s->known);
    anon_deps_index_free(s->dx);
    OPENSSL_cleanse(s, sizeof *s + s->ntypes * sizeof *s->ts);
    free(s);
}

static int find_type(const anon_session_t *s, const char *name, size_t n, size_t *type)
{
    for (size_t t = 0; t < s->ntypes; t++) {
        if (s->tlen[t] == n && s->tname[t][0] == name[0] && memcmp(s->tname[t], name, n) == 0) {
            *type = t;
            return 1;
        }
    }
    return 0;
}

static int is_reserved(const struct typestate *ts, size_t num)
{
    size_t lo = 0, hi = ts->nres;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (ts->reserved[mid] == num)
            return 1;
        if (ts->reserved[mid] < num)
            lo = mid + 1;
        else
            hi = mid;
    }
    return 0;
}

static int reserve_num(anon_arena_t *arena, struct typestate *ts, size_t num)
{
    size_t lo = 0, hi = ts->nres;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (ts->reserved[mid] == num)
            return 0;
        if (ts->reserved[mid] < num)
            lo = mid + 1;
        else
            hi = mid;
    }
    if (ts->nres == ts->capres) {
        size_t cap = ts->capres ? ts->capres * 2 : 8;
        size_t *r =
            anon_arena_grow(arena, ts->reserved, ts->capres * sizeof *r, cap * sizeof *r, 0);
        if (!r)
            return ANON_ERR_NOMEM;
        ts->reserved = r;
        ts->capres = cap;
    }
    memmove(ts->reserved + lo + 1, ts->reserved + lo, (ts->nres - lo) * sizeof *ts->reserved);
    ts->reserved[lo] = num;
    ts->nres++;
    return 0;
}

void anon_session_reserve(anon_session_t *s, const char *text, size_t len)
{
    if (!s || !text)
        return;
    /* every form a model could echo back (anon_tok_variant), so none is ever restored */
    for (size_t i = anon_tok_next_start(text, len, ANON_TF_BACKSLASH); i < len;
         i += 1 + anon_tok_next_start(text + i + 1, len - i - 1, ANON_TF_BACKSLASH)) {
        char canon[ANON_TOKEN_MAX + 1];
        size_t n, cl, tl, num, type;
        unsigned form;
        if (anon_tok_variant(text + i, len - i, ANON_TF_BACKSLASH, &n, canon, &cl, &form) !=
            ANON_TOK_FULL)
            continue;
        struct typestate *ts;
        if (anon_token_parse(canon, cl, &tl, &num) == cl && num != SIZE_MAX &&
            find_type(s, canon + 1, tl, &type) && (ts = type_state(s, type)))
            (void)reserve_num(&s->arena, ts, num); /* on NOMEM a collision is only possible */
    }
}

static uint64_t hash_value(const anon_session_t *s, size_t type, const char *v, size_t n)
{
    uint64_t h = s->seed ^ 0xcbf29ce484222325ull ^ ((uint64_t)type * 0x9E3779B97F4A7C15ull);
    size_t i = 0;
    for (; i + 8 <= n; i += 8) { /* eight bytes a step, their high bits folded down each time */
        uint64_t w;
        memcpy(&w, v + i, 8);
        h = (h ^ w) * 0x9E3779B97F4A7C15ull;
        h ^= h >> 32;
    }
    for (; i < n; i++) {
        h ^= (uint8_t)v[i];
        h *= 0x100000001b3ull;
    }
    h ^= h >> 29;
    h *= 0xbf58476d1ce4e5b9ull;
    h ^= h >> 32;
    return h;
}

struct typestate *type_state(anon_session_t *s, size_t t)
{
    if (!s->ts[t]) {
        struct typestate *ts = anon_arena_grow(&s->arena, NULL, 0, sizeof *ts, 1);
        if (!ts)
            return NULL;
        ts->next = 1;
        s->ts[t] = ts;
    }
    return s->ts[t];
}

/* The old table stays in the arena (wiped with it): only indices and hashes, all rehashed. */
static int ht_grow(anon_session_t *s)
{
    size_t cap = s->htcap ? s->htcap * 2 : 64;
    size_t *ht = anon_arena_alloc(&s->arena, cap * sizeof *ht);
    if (!ht)
        return ANON_ERR_NOMEM;
    memset(ht, 0, cap * sizeof *ht);
    for (size_t i = 0; i < s->nent; i++) {
        size_t k = (size_t)s->ent[i].hash & (cap - 1);
        while (ht[k])
            k = (k + 1) & (cap - 1);
        ht[k] = i + 1;
    }
    s->ht = ht;
    s->htcap = cap;
    return 0;
}

/* The hash seed, drawn when the first entry is made: a request that finds nothing draws none. */
static void draw_seed(anon_session_t *s)
{
#ifdef FUZZING_BUILD_MODE_UNSAFE_FOR_PRODUCTION
    s->seed = 0x5eed; /* fuzz builds only: the same hash paths on every run (CMakeLists.txt) */
#else
    RAND_bytes((uint8_t *)&s->seed, sizeof s->seed);
#endif
}

/* The entry for (type, value), created with the next free number if new. */
int get_entry(anon_session_t *s, size_t type, const char *v, size_t n, size_t *idx)
{
    if (!s->htcap)
        draw_seed(s);
    uint64_t h = hash_value(s, type, v, n);
    if (s->htcap) {
        for (size_t k = (size_t)h & (s->htcap - 1); s->ht[k]; k = (k + 1) & (s->htcap - 1)) {
            const struct entry *en = &s->ent[s->ht[k] - 1];
            if (en->hash == h && en->type == type && en->len == n && memcmp(en->value, v, n) == 0) {
                *idx = s->ht[k] - 1;
                return 0;
            }
        }
    }
    if ((s->nent + 1) * 2 > s->htcap && ht_grow(s) < 0)
        return ANON_ERR_NOMEM;
    struct typestate *ts = type_state(s, type);
    if (!ts)
        return ANON_ERR_NOMEM;
    if (s->nent == s->capent) {
        /* grown by copy within the arena: the old entries are wiped with it, never realloc'd */
        size_t cap = s->capent ? s->capent * 2 : 16;
        struct entry *ne =
            anon_arena_grow(&s->arena, s->ent, s->capent * sizeof *ne, cap * sizeof *ne, 0);
        if (!ne)
            return ANON_ERR_NOMEM;
        s->ent = ne;
        s->capent = cap;
    }
    if (ts->nby == ts->capby) {
        size_t cap = ts->capby ? ts->capby * 2 : 8;
        size_t *b =
            anon_arena_grow(&s->arena, ts->by_num, ts->capby * sizeof *b, cap * sizeof *b, 0);
        if (!b)
            return ANON_ERR_NOMEM;
        ts->by_num = b;
        ts->capby = cap;
    }
    char *copy = anon_arena_alloc(&s->arena, n + 1);
    if (!copy)
        return ANON_ERR_NOMEM;
    memcpy(copy, v, n);
    copy[n] = '\0';
    while (is_reserved(ts, ts->next))
        ts->next++;
    size_t i = s->nent++;
    s->ent[i] = (struct entry){type, ts->next++, n, h, copy};
    ts->by_num[ts->nby++] = i;
    size_t k = (size_t)h & (s->htcap - 1);
    while (s->ht[k])
        k = (k + 1) & (s->htcap - 1);
    s->ht[k] = i + 1;
    *idx = i;
    return 0;
}

/* "[TYPE_N]" into buf; 0 when it does not fit. By hand: snprintf was 6% of a request's work. */
size_t format_token(const anon_session_t *s, const struct entry *en, char *buf, size_t cap)
{
    char num[24];
    size_t nd = 0, v = en->num, tl = s->tlen[en->type];
    do {
        num[sizeof num - 1 - nd++] = (char)('0' + v % 10);
        v /= 10;
    } while (v);
    size_t k = tl + nd + 3;
    if (k >= cap)
        return 0;
    buf[0] = '[';
    memcpy(buf + 1, anon_engine_type_name(s->e, en->type), tl);
    buf[1 + tl] = '_';
    memcpy(buf + 2 + tl, num + sizeof num - nd, nd);
    buf[k - 1] = ']';
    buf[k] = '\0';
    return k;
}

void anon_session_set_cache(anon_session_t *s, anon_scan_cache_t *c, const char *part, size_t plen)
{
    if (!s)
        return;
    s->cache = c;
    anon_sip_t h;
    anon_sip_init(&h);
    anon_sip_update(&h, part, part ? plen : 0);
    anon_sip_final(&h, s->part);
}

void anon_session_set_split(anon_session_t *s, anon_split_t *sp)
{
    s->split = sp;
}

const anon_names_known_t *anon_session_known(const anon_session_t *s)
{
    return s->known;
}

anon_session_t *anon_session_shadow(const anon_session_t *s, anon_split_t *sp,
                                    anon_names_log_t *log)
{
    anon_session_t *c = anon_session_new(s->e);
    if (!c)
        return NULL;
    if (s->known && !(c->known = anon_names_known_clone(s->known, log))) {
        anon_session_free(c);
        return NULL;
    }
    c->split = sp;
    return c;
}

int known_init(anon_session_t *s)
{
    if (!s->known && !(s->known = anon_names_known_new()))
        return ANON_ERR_NOMEM;
    return 0;
}

int anon_session_prescan(anon_session_t *s, const char *body, size_t len)
{
    if (!s || !body || s->person == SIZE_MAX)
        return 0;
    int rc = known_init(s);
    return rc < 0 ? rc : anon_names_prescan(s->known, body, len);
}

int anon_session_issue(anon_session_t *s, size_t type, const char *v, size_t n, char *tok,
                       size_t cap)
{
    if (!s || type >= s->ntypes || (!v && n))
        return ANON_ERR_CONFIG;
    if (s->ts[type] && s->ts[type]->keep) {
        s->ts[type]->kept++;
        return 0;
    }
    size_t idx;
    int rc = get_entry(s, type, v, n, &idx);
    if (rc < 0)
        return rc;
    size_t tl = format_token(s, &s->ent[idx], tok, cap);
    if (!tl)
        return ANON_ERR_CONFIG;
    s->ts[type]->count++; /* made by get_entry */
    s->total++;
    return (int)tl;
}

const char *anon_session_lookup(const anon_session_t *s, const char *token, size_t len,
                                size_t *value_len)
{
    size_t tl = 0, num = 0, type;
    if (!s || !token || len == 0 || anon_token_parse(token, len, &tl, &num) != len ||
        !find_type(s, token + 1, tl, &type))
        return NULL;
    const struct typestate *ts = s->ts[type];
    if (!ts)
        return NULL;
    size_t lo = 0, hi = ts->nby;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        const struct entry *en = &s->ent[ts->by_num[mid]];
        if (en->num == num) {
            if (value_len)
                *value_len = en->len;
            return en->value;
        }
        if (en->num < num)
            lo = mid + 1;
        else
            hi = mid;
    }
    return NULL;
}

size_t anon_session_count(const anon_session_t *s, size_t type)
{
    return s && type < s->ntypes && s->ts[type] ? s->ts[type]->count : 0;
}

int anon_session_keep(anon_session_t *s, size_t type)
{
    if (!s || type >= s->ntypes)
        return ANON_ERR_CONFIG;
    struct typestate *ts = type_state(s, type);
    if (!ts)
        return ANON_ERR_NOMEM;
    ts->keep = 1;
    return ANON_OK;
}

size_t anon_session_kept(const anon_session_t *s, size_t type)
{
    return s && type < s->ntypes && s->ts[type] ? s->ts[type]->kept : 0;
}

size_t anon_session_total(const anon_session_t *s)
{
    return s ? s->total : 0;
}
