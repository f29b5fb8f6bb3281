/* session_scan.c: scanning a request's strings for the session: the people and values a string
 * names, learnt into the session so later strings find them again, and the carried state between
 * strings (the label a text ended on, the question the next string may answer).
 *
 * What is learnt is kept in the session only, and wiped with it (anon_session_free).
 */
#include "anonymize/anon_internal.h"
#include "anonymize/session_internal.h"
#include "anonymize/engine_internal.h"
#include "anonymize/engine_view_internal.h"
#include "anonymize/restore.h"

#include "anonymize/names.h"

#include <openssl/mem.h>
#include <openssl/rand.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>

/* member_hint() when the engine has a NAMES kind to read it (no key folded for the other packs) */
static int key_hint(const anon_session_t *s, const char *k, size_t n)
{
    if (!s->names || !k)
        return ANON_NAMES_HINT_NONE;
    int h = member_hint(k, n);
    return h != ANON_NAMES_HINT_NONE ? h : anon_names_field_hint(k, n);
}

/* The findings in text read after its member's label ("phone: " + text): those inside the text,
 * with offsets into it. */
static int find_labelled(anon_session_t *s, const char *label, size_t ll, const char *key,
                         size_t key_len, const char *text, size_t len, anon_finding_t **f,
                         size_t *nf)
{
    anon_buf_t b = {0};
    int rc = anon_buf_reserve(&b, ll + 2 + len);
    if (rc < 0)
        return rc;
    (void)anon_buf_append(&b, label, ll);
    if (label == key) /* a secret's key: "client_secret: " */
        (void)anon_buf_append(&b, ": ", 2);
    size_t pl = b.len;
    (void)anon_buf_append(&b, text, len);
    rc =
        anon_find_ex(s->e, (const char *)b.data, b.len, s->known, key_hint(s, key, key_len), f, nf);
    anon_buf_free(&b);
    if (rc < 0)
        return rc;
    size_t k = 0;
    for (size_t i = 0; i < *nf; i++)
        if ((*f)[i].start >= pl) {
            (*f)[k] = (*f)[i];
            (*f)[k].start -= pl;
            (*f)[k++].end -= pl;
        }
    *nf = k;
    return rc;
}

/* A member whose key names an id ("order_id": "415-555-0132", "serialNumber", "mtcn") holds
 * that id, not a phone, when the value is the number alone and it does not dial with a '+'
 * (phone_labels.c reads the key as it reads a label before a number in text). */
static void drop_id_phones(const anon_session_t *s, const char *key, size_t key_len,
                           const char *text, anon_finding_t *f, size_t *nf)
{
    int id = -1;
    size_t o = 0;
    for (size_t i = 0; i < *nf; i++) {
        if (f[i].start == 0 && text[0] != '+' && s->tlen[f[i].type] == 5 &&
            memcmp(s->tname[f[i].type], "PHONE", 5) == 0) {
            if (id < 0)
                id = anon_phone_id_key(key, key_len);
            if (id)
                continue;
        }
        f[o++] = f[i];
    }
    *nf = o;
}

/* A member whose key names a thing, a place or a firm ("boat", "Owner Team", "origin",
 * "supplier") holds no person when its value is short and one line: its PERSON findings go
 * (names_struct50.c reads the key). */
static void drop_thing_people(const anon_session_t *s, const char *key, size_t key_len,
                              const char *text, size_t len, anon_finding_t *f, size_t *nf)
{
    if (!anon_names_thing_value(key, key_len, text, len))
        return;
    size_t o = 0;
    for (size_t i = 0; i < *nf; i++)
        if (f[i].type != s->person)
            f[o++] = f[i];
    *nf = o;
}

/* The findings in text, the value of member key (NULL: none), before any token is issued. */
static int member_find(anon_session_t *s, const char *key, size_t key_len, const char *text,
                       size_t len, anon_finding_t **f, size_t *nf)
{
    size_t ll = 0;
    if (s->lead_len) /* a label that ended the text before: read as this text's own */
        return find_labelled(s, s->lead, s->lead_len, NULL, 0, text, len, f, nf);
    const char *label = key ? anon_member_label(key, key_len, &ll) : NULL;
    if (label)
        return find_labelled(s, label, ll, key, key_len, text, len, f, nf);
    int hint = key_hint(s, key, key_len);
    /* a role ("user"): the engine's answer, known when it was made, while the request knows no
     * name (a split rewrite's detection is left to log its look-ups) */
    if (hint == ANON_NAMES_HINT_NONE && !s->split && anon_names_known_none(s->known) &&
        anon_engine_plain_value(s->e, text, len))
        return 0;
    int rc = anon_find_ex(s->e, text, len, s->known, hint, f, nf);
    if (rc >= 0 && key && *nf)
        drop_id_phones(s, key, key_len, text, *f, nf);
    if (rc >= 0 && key && *nf)
        drop_thing_people(s, key, key_len, text, len, *f, nf);
    return rc;
}

/* Strings shorter than this are scanned: cheaper than hashing and a look-up. */
#define CACHE_MIN 256

/* Does the request's set give the answers an entry's scan got (dep: the none state, then the
 * has() questions, cached_find's)? s->dx is synced to the set before the look-up. */
static int deps_ok(void *arg, const uint64_t *dep, size_t n)
{
    const anon_session_t *s = arg;
    if (dep[0] && dep[0] != (uint64_t)(2 - anon_names_known_none(s->known)))
        return 0;
    return s->dx &&
           anon_deps_hold(s->dx, (const uint64_t(*)[2])(const void *)(dep + 1), (n - 1) / 2);
}

/* member_find's scan, recording what it reads of the known set; kept in the cache under h when
 * every read was a has() question or the none test (scan_deps.c) and the index of the set it
 * ran under gives the same answers (a check that the index reads the set as has() does). */
static int find_and_keep(anon_session_t *s, const uint64_t h[2], const char *key, size_t key_len,
                         const char *text, size_t len, anon_finding_t **f, size_t *nf)
{
    anon_deps_t r = {0};
    anon_names_known_record(s->known, &r);
    int rc = member_find(s, key, key_len, text, len, f, nf);
    anon_names_known_record(s->known, NULL);
    if (rc >= 0 && anon_deps_seal(&r) == 0 && (!s->known || s->dx)) {
        uint64_t *dep = NULL;
        size_t nd = r.n || r.none ? 1 + 2 * r.n : 0;
        if (nd && (dep = malloc(nd * sizeof *dep))) {
            dep[0] = (uint64_t)r.none;
            if (r.n)
                memcpy(dep + 1, r.d, r.n * sizeof *r.d);
        }
        if ((!nd || dep) && (!nd || deps_ok(s, dep, nd)))
            anon_scan_cache_put(s->cache, h, rc, *f, *nf, dep, nd);
        if (dep)
            OPENSSL_cleanse(dep, nd * sizeof *dep);
        free(dep);
    }
    anon_deps_free(&r);
    return rc;
}

/* member_find's answer, from the scan cache (scan_cache.c) when the same string was read the
 * same way before and the request's known names give the answers that scan got (scan_deps.c):
 * its key hashes everything else member_find reads. A split rewrite's strings are never looked
 * up (their detection runs on a logged copy). The string's own keyed hash is kept in s->th for
 * add_forms' look-up of the same string. */
static int cached_find(anon_session_t *s, const char *key, size_t key_len, const char *text,
                       size_t len, anon_finding_t **f, size_t *nf)
{
    s->th_text = NULL;
    if (!s->cache || len < CACHE_MIN || s->split ||
        (s->known && anon_deps_index_sync(&s->dx, s->known) < 0))
        return member_find(s, key, key_len, text, len, f, nf);
    anon_sip_t st;
    anon_sip_init(&st);
    anon_sip_update(&st, text, len);
    anon_sip_final(&st, s->th);
    s->th_text = text;
    s->th_len = len;
    uint64_t h[2], head[7];
    head[0] = s->part[0];
    head[1] = s->part[1];
    head[2] = anon_engine_uid(s->e);
    head[3] = s->known != NULL; /* the set's answers are the entry's conditions */
    head[4] = 0x64657073;
    head[5] = s->lead_len;
    head[6] = key ? key_len : UINT64_MAX;
    anon_sip_init(&st);
    anon_sip_update(&st, head, sizeof head);
    if (s->lead_len)
        anon_sip_update(&st, s->lead, s->lead_len);
    if (key)
        anon_sip_update(&st, key, key_len);
    anon_sip_update(&st, s->th, sizeof s->th); /* 72 bytes or more: add_forms' keys are 64 */
    anon_sip_final(&st, h);
    int rc;
    if (anon_scan_cache_get(s->cache, h, f, nf, &rc, deps_ok, s)) {
        s->cache_hits++;
        return rc;
    }
    return find_and_keep(s, h, key, key_len, text, len, f, nf);
}

int anon_session_scan_text(anon_session_t *s, const char *text, size_t len, anon_buf_t *out)
{
    return anon_session_scan_member(s, NULL, 0, text, len, out);
}

int anon_session_scan_key(anon_session_t *s, const char *owner, size_t owner_len, const char *text,
                          size_t len, anon_buf_t *out)
{
    if (!s)
        return ANON_ERR_CONFIG;
    s->exact = 1;
    int rc = anon_session_scan_member(s, owner, owner_len, text, len, out);
    s->exact = 0;
    return rc;
}

/* ---- a known name in another form (names_known.c, anon_names_known_sweep) ------------------- */
struct forms {
    anon_finding_t *f; /* the sweep's spans, in text order */
    size_t n, cap;
    size_t type;
};

static int forms_emit(void *arg, int kind, size_t start, size_t end)
{
    struct forms *fm = arg;
    (void)kind;
    if (fm->n == fm->cap) {
        size_t cap = fm->cap ? fm->cap * 2 : 8;
        anon_finding_t *nf = realloc(fm->f, cap * sizeof *nf);
        if (!nf)
            return ANON_ERR_NOMEM;
        fm->f = nf;
        fm->cap = cap;
    }
    fm->f[fm->n++] = (anon_finding_t){fm->type, start, end};
    return 0;
}

/* Sorts the sweep's spans by their start and drops one that overlaps the span before it. */
static void forms_order(struct forms *fm)
{
    for (size_t i = 1; i < fm->n; i++) {
        anon_finding_t x = fm->f[i];
        size_t j = i;
        for (; j > 0 && fm->f[j - 1].start > x.start; j--)
            fm->f[j] = fm->f[j - 1];
        fm->f[j] = x;
    }
    size_t o = 0;
    for (size_t i = 0; i < fm->n; i++)
        if (!o || fm->f[i].start >= fm->f[o - 1].end)
            fm->f[o++] = fm->f[i];
    fm->n = o;
}

/* Merges the places text names a known person in another form into the findings *f (sorted,
 * disjoint): such a span replaces the PERSON findings inside it ("KELLER" and "MARIA" of
 * "KELLER, MARIA") and yields to any other finding it overlaps. *f is replaced by a new array
 * (malloc'd) when anything is added; *borrowed is then cleared. */
static int add_forms(anon_session_t *s, const char *text, size_t len, anon_finding_t **f,
                     size_t *nf, int *borrowed)
{
    struct forms fm = {.type = s->person};
    int rc = 0;
    uint64_t fk[2] = {0, 0};
    int keyed = s->th_text == text && s->th_len == len; /* cached_find hashed this string */
    if (keyed) {
        /* the spans depend on the string and the set as it is now (its own names learnt): the
         * same under the same digest, in this client's partition and engine */
        uint64_t head[6] = {s->part[0], s->part[1], anon_engine_uid(s->e), 0, 0, 0x666f726d73};
        anon_names_known_digest(s->known, head + 3);
        anon_sip_t st;
        anon_sip_init(&st);
        anon_sip_update(&st, head, sizeof head);
        anon_sip_update(&st, s->th, sizeof s->th);
        anon_sip_final(&st, fk);
        if (anon_scan_cache_get(s->cache, fk, &fm.f, &fm.n, &rc, NULL, NULL))
            keyed = -1; /* the spans as the sweeps gave them (ordered) */
    }
    if (keyed >= 0) {
        rc = anon_names_known_sweep(s->known, text, len, forms_emit, &fm);
        size_t swept = fm.n;
        if (rc >= 0) /* names_tools59.c: logins, handles, a lower-case given name */
            rc = anon_names_known_logins(s->known, text, len, forms_emit, &fm);
        if (rc >= 0) /* names_review59b.c: handles in review threads and trackers */
            rc = anon_names_review_handles(s->known, text, len, forms_emit, &fm);
        if (rc >= 0) /* names_review60.c: logins in reviewer lists and tracker columns */
            rc = anon_names_review_lists(s->known, text, len, forms_emit, &fm);
        if (rc >= 0 && fm.n > swept)
            forms_order(&fm);
        if (keyed && rc >= 0)
            anon_scan_cache_put(s->cache, fk, rc, fm.f, fm.n, NULL, 0);
    }
    if (rc < 0 || fm.n == 0) {
        free(fm.f);
        return rc;
    }
    anon_finding_t *m = malloc((*nf + fm.n) * sizeof *m);
    if (!m) {
        free(fm.f);
        return ANON_ERR_NOMEM;
    }
    size_t o = 0, i = 0, added = 0;
    for (size_t j = 0; j < fm.n; j++) {
        anon_finding_t sp = fm.f[j];
        size_t a = i; /* findings before the span are kept as they are */
        while (a < *nf && (*f)[a].end <= sp.start)
            m[o++] = (*f)[a++];
        size_t b = a;
        int yield = 0;
        for (; b < *nf && (*f)[b].start < sp.end; b++)
            yield |= (*f)[b].type != s->person || (*f)[b].start < sp.start || (*f)[b].end > sp.end;
        if (yield) {
            i = a; /* the overlapped findings stay, the span goes */
            continue;
        }
        m[o++] = sp;
        added++;
        i = b;
    }
    while (i < *nf)
        m[o++] = (*f)[i++];
    free(fm.f);
    if (!added) {
        free(m);
        return 0;
    }
    if (!*borrowed)
        free(*f);
    *f = m;
    *nf = o;
    *borrowed = 0;
    return 0;
}

/* Is t[a .. b) one word of letters the lexicon knows as a given name (flag GIVEN), or, with
 * given == 0, one word that is no given name? */
static int one_word(const char *t, size_t a, size_t b, int given)
{
    if (b - a < 2 || b - a > 40 || memchr(t + a, ' ', b - a))
        return 0;
    int g = (anon_names_lexicon(t + a, b - a) & ANON_NL_GIVEN) != 0;
    return given ? g : !g;
}

/* "Keller, Maria": a surname's finding, a comma, then a given name's finding are one person
 * written surname first, one span (so one token, the full name's when the request knows it).
 * "Anna, Maria" (two given names) stays a list. */
static int join_reversed(anon_session_t *s, const char *text, anon_finding_t **f, size_t *nf,
                         int *borrowed)
{
    size_t o = 0;
    anon_finding_t *g = *f;
    for (size_t i = 0; i < *nf; i++) {
        anon_finding_t x = (*f)[i];
        size_t at = i;
        if (i + 1 < *nf && x.type == s->person && (*f)[i + 1].type == s->person) {
            size_t c = (*f)[i + 1].start, b = x.end;
            int comma =
                c == b + 2 ? text[b] == ',' && text[b + 1] == ' ' : c == b + 1 && text[b] == ',';
            if (comma && one_word(text, x.start, b, 0) && one_word(text, c, (*f)[i + 1].end, 1)) {
                if (g == *f && *borrowed) { /* the split's record: copy before changing it */
                    if (!(g = malloc(*nf * sizeof *g)))
                        return ANON_ERR_NOMEM;
                    memcpy(g, *f, *nf * sizeof *g);
                }
                x.end = (*f)[i + 1].end;
                i++;
            }
        }
        /* nothing is written to a record as it stands; a joined span is written even in place
         * (o == at): its end moved, and the given name's finding after it is dropped */
        if (g != *f || o != at || x.end != (*f)[at].end)
            g[o] = x;
        o++;
    }
    if (g != *f) {
        *f = g;
        *borrowed = 0;
    }
    *nf = o;
    return 0;
}

static int has_digit(const char *t, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (t[i] >= '0' && t[i] <= '9')
            return 1;
    return 0;
}

/* The findings *f as the string's own array: a split's record is copied before it changes. */
static int own(anon_finding_t **f, size_t nf, int *borrowed)
{
    if (!*borrowed)
        return 0;
    anon_finding_t *g = malloc((nf ? nf : 1) * sizeof *g);
    if (!g)
        return ANON_ERR_NOMEM;
    if (nf) /* a record with no findings holds no array */
        memcpy(g, *f, nf * sizeof *g);
    *f = g;
    *borrowed = 0;
    return 0;
}

/* The births the request masked in its earlier strings, where this string says them again (the
 * assistant reading back a user's birth, the user quoting it: names_dob48.c). A request with no
 * birth leaves at the first test. */
static int add_births(anon_session_t *s, const char *text, size_t len, anon_finding_t **f,
                      size_t *nf, int *borrowed)
{
    const struct typestate *ts = s->ts[s->dob]; /* the caller saw it hold values */
    enum { MAX_BIRTHS = 32 };
    const char *v[MAX_BIRTHS];
    size_t vn[MAX_BIRTHS], nv = 0;
    for (size_t k = 0; k < ts->nby && nv < MAX_BIRTHS; k++) {
        const struct entry *en = &s->ent[ts->by_num[k]];
        if (en->len <= len && memmem(text, len, en->value, en->len)) {
            v[nv] = en->value;
            vn[nv++] = en->len;
        }
    }
    if (!nv)
        return 0;
    int rc = own(f, *nf, borrowed);
    return rc < 0 ? rc : anon_names_births_again(text, len, v, vn, nv, s->dob, f, nf);
}

/* The streets the request masked in its earlier strings, where this string says them again
 * (the read-back, the correction with another house number: names_turns50.c). */
static int add_streets(anon_session_t *s, const char *text, size_t len, anon_finding_t **f,
                       size_t *nf, int *borrowed)
{
    const struct typestate *ts = s->ts[s->street]; /* the same */
    enum { MAX_STREETS = 32 };
    const char *v[MAX_STREETS];
    size_t vn[MAX_STREETS], nv = 0;
    for (size_t k = 0; k < ts->nby && nv < MAX_STREETS; k++) {
        const struct entry *en = &s->ent[ts->by_num[k]];
        v[nv] = en->value;
        vn[nv++] = en->len;
    }
    int rc = own(f, *nf, borrowed);
    return rc < 0 ? rc : anon_names_streets_again(text, len, v, vn, nv, s->street, f, nf);
}

/* g's findings of type (sorted, disjoint) merged into *f (owned) where they overlap none. */
static int merge_type(anon_finding_t **f, size_t *nf, const anon_finding_t *g, size_t ng,
                      size_t type)
{
    anon_finding_t *m = malloc((*nf + ng + 1) * sizeof *m);
    if (!m)
        return ANON_ERR_NOMEM;
    size_t o = 0, i = 0;
    for (size_t j = 0; j < ng; j++) {
        if (g[j].type != type)
            continue;
        while (i < *nf && (*f)[i].start < g[j].start)
            m[o++] = (*f)[i++];
        if ((o && m[o - 1].end > g[j].start) || (i < *nf && (*f)[i].start < g[j].end))
            continue;
        m[o++] = g[j];
    }
    while (i < *nf)
        m[o++] = (*f)[i++];
    free(*f);
    *f = m;
    *nf = o;
    return 0;
}

/* A PERSON finding that is the whole answer to a question for a thing's name ("What's the pet's
 * name?" / "Simba", "Which model?" / "Octavia Combi") is dropped. */
static int drop_whole(anon_session_t *s, const char *text, size_t len, anon_finding_t **f,
                      size_t *nf, int *borrowed)
{
    size_t a = 0, e = len;
    while (a < e && text[a] == ' ')
        a++;
    while (e > a && (text[e - 1] == ' ' || text[e - 1] == '.'))
        e--;
    for (size_t i = 0; i < *nf; i++)
        if ((*f)[i].type == s->person && (*f)[i].start == a && (*f)[i].end == e) {
            int rc = own(f, *nf, borrowed);
            if (rc < 0)
                return rc;
            memmove(*f + i, *f + i + 1, (*nf - i - 1) * sizeof **f);
            (*nf)--;
            return 0;
        }
    return 0;
}

/* The bare answer to the question that ended the string before ("What's the full name?" /
 * "Jana Dvořáková", "Welche Straße?" / "Lindenweg 5"): one short line, read after a label of the
 * kind asked (names_turns50.c) when the string holds no finding of that kind yet. */
static int read_answer(anon_session_t *s, const char *text, size_t len, anon_finding_t **f,
                       size_t *nf, int *borrowed)
{
    int kind = s->asked_kind;
    if (!kind || len > 64 || memchr(text, '\n', len))
        return 0;
    /* the members between two messages: roles and block types */
    static const char *const proto[] = {"user",        "assistant", "model", "system",
                                        "developer",   "tool",      "text",  "input_text",
                                        "output_text", "function"};
    for (size_t k = 0; k < sizeof proto / sizeof proto[0]; k++)
        if (strlen(proto[k]) == len && memcmp(proto[k], text, len) == 0)
            return 0;
    if (kind < 0)
        kind = anon_names_asks_value(s->asked, s->asked_len);
    s->asked_kind = 0; /* this string answers it: the next one ("Og efternavnet?") does not */
    if (!kind)
        return 0;
    if (kind == ANON_ASK_THING) /* "What's the dog's name?" / "Simba": no person's */
        return drop_whole(s, text, len, f, nf, borrowed);
    size_t type = kind == ANON_ASK_NAME     ? s->person
                  : kind == ANON_ASK_STREET ? s->street
                                            : SIZE_MAX;
    if (type == SIZE_MAX || (kind == ANON_ASK_STREET && !has_digit(text, len)))
        return 0;
    for (size_t i = 0; i < *nf; i++)
        if ((*f)[i].type == type)
            return 0;
    static const char name_label[] = "Name: ", street_label[] = "Address: ";
    const char *lab = kind == ANON_ASK_NAME ? name_label : street_label;
    anon_finding_t *g = NULL;
    size_t ng = 0;
    int rc = find_labelled(s, lab, strlen(lab), NULL, 0, text, len, &g, &ng);
    size_t a, e;
    if (rc >= 0 && !ng &&
        (e = kind == ANON_ASK_STREET ? anon_names_street_answer(text, len, &a)
                                     : anon_names_name_answer(text, len, &a)) != 0) {
        /* a street or a name the readers do not know the shape of ("Λεωφόρος Αλεξάνδρας 130",
         * "ελένη καραγιάννης") */
        free(g);
        if (!(g = malloc(sizeof *g)))
            return ANON_ERR_NOMEM;
        g[0] = (anon_finding_t){.type = type, .start = a, .end = e};
        ng = 1;
    }
    if (rc >= 0 && ng && (rc = own(f, *nf, borrowed)) >= 0)
        rc = merge_type(f, nf, g, ng, type);
    /* the name answered is the request's from here on: the read-back says it again */
    for (size_t j = 0; j < ng && rc >= 0 && type == s->person; j++)
        if (g[j].type == type && (rc = known_init(s)) >= 0)
            rc = anon_names_known_add(s->known, text + g[j].start, g[j].end - g[j].start);
    free(g);
    return rc < 0 ? rc : 0;
}

/* What the request learns from a string's findings f (its people's names, added to the set) and
 * adds to them (the set's names in other forms, add_forms). */
static int learn(anon_session_t *s, const char *text, size_t len, anon_finding_t **f, size_t *nf,
                 int *borrowed)
{
    int rc;
    if (s->person != SIZE_MAX && *nf > 1 && (rc = join_reversed(s, text, f, nf, borrowed)) < 0)
        return rc;
    for (size_t i = 0; i < *nf && s->person != SIZE_MAX; i++)
        if ((*f)[i].type == s->person && !anon_names_url_part(text, (*f)[i].start)) {
            if ((rc = known_init(s)) < 0)
                return rc;
            anon_names_known_add(s->known, text + (*f)[i].start, (*f)[i].end - (*f)[i].start);
        } else if (s->person != SIZE_MAX && (*f)[i].end - (*f)[i].start > 8 &&
                   s->tlen[(*f)[i].type] == 5 && memcmp(s->tname[(*f)[i].type], "EMAIL", 5) == 0 &&
                   memchr(text + (*f)[i].start, ' ', (*f)[i].end - (*f)[i].start)) {
            /* "maria.keller at example.com": the name it spells, for the rest of the request */
            if ((rc = known_init(s)) < 0)
                return rc;
            anon_names_known_from_spelled(s->known, text + (*f)[i].start,
                                          (*f)[i].end - (*f)[i].start);
        }
    if (s->dob != SIZE_MAX && s->ts[s->dob] && s->ts[s->dob]->nby &&
        (rc = add_births(s, text, len, f, nf, borrowed)) < 0)
        return rc;
    /* a birth asked in one message and given alone in the next ("What's her date of birth?" /
     * "3.4.87"); strings with no space in their first 32 bytes (roles, types, ids) leave the
     * question open */
    if (s->street != SIZE_MAX && s->ts[s->street] && s->ts[s->street]->nby &&
        (rc = add_streets(s, text, len, f, nf, borrowed)) < 0)
        return rc;
    if (s->street != SIZE_MAX && memchr(text, ':', len) &&
        ((rc = own(f, *nf, borrowed)) < 0 ||
         (rc = anon_names_street_lines(text, len, s->street, f, nf)) < 0))
        return rc;
    if (s->dob != SIZE_MAX) {
        size_t before = *nf;
        if (s->asked_len && (rc = read_answer(s, text, len, f, nf, borrowed)) < 0)
            return rc;
        if (s->asked_len && len <= 64 && has_digit(text, len) &&
            anon_names_asks_birth(s->asked, s->asked_len) &&
            ((rc = own(f, *nf, borrowed)) < 0 ||
             (rc = anon_names_birth_answer(text, len, s->dob, f, nf)) < 0))
            return rc;
        if (*nf > before || memchr(text, ' ', len < 32 ? len : 32)) {
            s->asked_len = anon_names_question(text, len, s->asked, sizeof s->asked);
            s->asked_kind = s->asked_len ? -1 : 0; /* read when an answer comes */
        }
    }
    if (s->known && s->person != SIZE_MAX)
        return add_forms(s, text, len, f, nf, borrowed);
    return 0;
}

int anon_session_find(anon_session_t *s, const char *text, size_t len, anon_finding_t **out,
                      size_t *n)
{
    if (!s || !out || !n || (!text && len))
        return ANON_ERR_CONFIG;
    *out = NULL;
    *n = 0;
    int rc = anon_session_prescan(s, text, len), borrowed = 0;
    s->th_text = NULL; /* not looked up: the accuracy benchmark's path */
    if (rc < 0 || len == 0 || (rc = member_find(s, NULL, 0, text, len, out, n)) < 0)
        return rc;
    if ((rc = learn(s, text, len, out, n, &borrowed)) < 0) {
        free(*out);
        *out = NULL;
        *n = 0;
    }
    return rc;
}

int anon_session_scan_member(anon_session_t *s, const char *key, size_t key_len, const char *text,
                             size_t len, anon_buf_t *out)
{
    return anon_session_scan_cut(s, key, key_len, text, len, NULL, NULL, 0, NULL, out);
}

int anon_session_scan_after(anon_session_t *s, const char *label, size_t ll, const char *key,
                            size_t key_len, const char *text, size_t len, anon_buf_t *out)
{
    if (!s)
        return ANON_ERR_CONFIG;
    s->lead = label;
    s->lead_len = label ? ll : 0;
    int rc = anon_session_scan_member(s, key, key_len, text, len, out);
    s->lead = NULL;
    s->lead_len = 0;
    return rc;
}

/* The piece text[a, b) of a value cut at a block's edge: the blanks at its ends stay as they
 * are, the rest becomes a value of its own (never matched to a person's full name: the piece is
 * all the response may restore there). 0 or an error. */
static int piece(anon_session_t *s, size_t type, const char *text, size_t a, size_t b,
                 anon_buf_t *out)
{
    size_t x = a, y = b;
    while (x < y && (text[x] == ' ' || text[x] == '\n'))
        x++;
    while (y > x && (text[y - 1] == ' ' || text[y - 1] == '\n'))
        y--;
    int rc = anon_buf_append(out, text + a, x - a);
    if (rc < 0 || x == y)
        return rc < 0 ? rc : anon_buf_append(out, text + y, b - y);
    size_t idx, tl;
    char tok[ANON_TOKEN_MAX + 1];
    if ((rc = get_entry(s, type, text + x, y - x, &idx)) < 0)
        return rc;
    if (!(tl = format_token(s, &s->ent[idx], tok, sizeof tok)))
        return ANON_ERR_CONFIG;
    s->ts[type]->count++; /* made by get_entry */
    if ((rc = anon_buf_append(out, tok, tl)) < 0)
        return rc;
    return anon_buf_append(out, text + y, b - y);
}

/* A piece of a value cut by a hard wrap: its own token (piece()), but one or two characters on
 * their line stay as they are: they name nothing alone, and a token there would stand for a
 * value the text does not hold. */
static int wrap_piece(anon_session_t *s, size_t type, const char *text, size_t a, size_t b,
                      anon_buf_t *out)
{
    size_t chars = 0;
    for (size_t k = a; k < b && chars < 3; k++)
        chars += ((uint8_t)text[k] & 0xC0) != 0x80 && text[k] != ' ' && text[k] != '\n';
    return chars < 3 ? anon_buf_append(out, text + a, b - a) : piece(s, type, text, a, b, out);
}

/* The hard-wrap breaks inside finding f (anon_w54_breaks). The text's wrap width is worked out
 * once for the text's first wrapped finding and kept over the rest (*fresh: none asked yet); the
 * width cached before it may be another text's at the same address. */
static size_t wrap_breaks(const char *text, size_t len, const anon_finding_t *f, int *fresh,
                          size_t *at, size_t *bl)
{
    if (*fresh)
        anon_w54_forget();
    *fresh = 0;
    return anon_w54_breaks(text, len, f->start, f->end, at, bl, 8);
}

int anon_session_scan_cut(anon_session_t *s, const char *key, size_t key_len, const char *text,
                          size_t len, const size_t *cut, const uint8_t *sep, size_t ncut,
                          size_t *outcut, anon_buf_t *out)
{
    if (!s || !out || (!text && len) || (ncut && (!cut || !outcut)))
        return ANON_ERR_CONFIG;
    if (len == 0)
        return 0;
    anon_finding_t *f = NULL;
    size_t nf = 0;
    int rc = 0, borrowed = 0;
    if (s->split) {
        /* a split rewrite (split.c): detection ran ahead on another thread, or runs here now */
        const anon_finding_t *pf = NULL;
        switch (anon_split_take(s->split, len, s->known, &pf, &nf)) {
        case ANON_SPLIT_SKIP:
            return 0;
        case ANON_SPLIT_STOP:
            return ANON_ERR_CONFIG; /* ends the helper's walk: nobody reads it any more */
        case ANON_SPLIT_DETECT:
            rc = member_find(s, key, key_len, text, len, &f, &nf);
            if (rc >= 0) /* values cut into literals or at a block's edge (session_join55.c) */
                rc = anon_join55(s, text, len, cut, sep, ncut, &f, &nf);
            anon_split_store(s->split, rc, f, nf);
            free(f);
            return 0;
        case ANON_SPLIT_HAVE:
            f = (anon_finding_t *)(uintptr_t)pf;
            borrowed = 1;
            break;
        default:
            break;
        }
    }
    if (!borrowed && ((rc = cached_find(s, key, key_len, text, len, &f, &nf)) < 0 ||
                      (rc = anon_join55(s, text, len, cut, sep, ncut, &f, &nf)) < 0)) {
        s->th_text = NULL;
        if (rc < 0)
            free(f);
        return rc;
    }
    rc = learn(s, text, len, &f, &nf, &borrowed);
    s->th_text = NULL; /* the string's hash is this call's only */
    if (rc < 0) {
        if (!borrowed)
            free(f);
        return rc;
    }
    size_t pos = 0, replaced = 0, ci = 0;
    size_t wat[8], wbl[8], nw;
    int wfresh = 1; /* the wrap width cached (engine_view_wrap54.c) may be another text's */
    for (size_t i = 0; i < nf && rc >= 0; i++) {
        if (s->ts[f[i].type] && s->ts[f[i].type]->keep) {
            s->ts[f[i].type]->kept++; /* stays in the text: copied with what follows */
            continue;
        }
        /* the text before the finding, and where each cut in it lands in out */
        for (; ci < ncut && cut[ci] < f[i].start && rc >= 0; ci++) {
            rc = anon_buf_append(out, text + pos, cut[ci] - pos);
            outcut[ci] = out->len;
            pos = cut[ci];
        }
        if (rc < 0 || (rc = anon_buf_append(out, text + pos, f[i].start - pos)) < 0)
            break;
        if (ci < ncut && cut[ci] < f[i].end) {
            /* a value across a cut (a block's edge): each part's piece is its own value with
             * its own token, so the token replaces exactly that piece and the response restores
             * every part as it was sent */
            size_t a = f[i].start;
            for (;;) {
                size_t b = ci < ncut && cut[ci] < f[i].end ? cut[ci] : f[i].end;
                rc = piece(s, f[i].type, text, a, b, out);
                if (rc < 0 || b == f[i].end)
                    break;
                outcut[ci] = out->len;
                if ((rc = anon_buf_append(out, text + cut[ci], sep[ci])) < 0)
                    break;
                a = cut[ci] + sep[ci];
                ci++;
            }
            if (rc < 0)
                break;
        } else if (memchr(text + f[i].start, '\n', f[i].end - f[i].start) &&
                   (nw = wrap_breaks(text, len, &f[i], &wfresh, wat, wbl)) != 0) {
            /* a value cut by a hard wrap (engine_view_wrap54.c): a token per line's piece, the
             * line break and the next line's marks stay */
            size_t a = f[i].start;
            for (size_t k = 0; k <= nw && rc >= 0; k++) {
                size_t b = k < nw ? wat[k] : f[i].end;
                rc = wrap_piece(s, f[i].type, text, a, b, out);
                if (rc >= 0 && k < nw)
                    rc = anon_buf_append(out, text + wat[k], wbl[k]);
                a = k < nw ? wat[k] + wbl[k] : b;
            }
            if (rc < 0)
                break;
        } else {
            size_t idx;
            char tok[ANON_TOKEN_MAX + 1];
            const char *v = text + f[i].start;
            size_t vl = f[i].end - f[i].start;
            /* "Maria" after "Maria Keller": the same person, one token; a URL's slug keeps its
             * own */
            if (f[i].type == s->person && !s->exact && !anon_names_url_part(text, f[i].start))
                v = anon_names_canonical(s->known, v, vl, &vl);
            if ((rc = get_entry(s, f[i].type, v, vl, &idx)) < 0)
                break;
            size_t tl = format_token(s, &s->ent[idx], tok, sizeof tok);
            if (!tl) {
                rc = ANON_ERR_CONFIG;
                break;
            }
            if ((rc = anon_buf_append(out, tok, tl)) < 0)
                break;
            s->ts[f[i].type]->count++; /* made by get_entry */
        }
        pos = f[i].end;
        s->total++;
        replaced++;
    }
    for (; ci < ncut && rc >= 0; ci++) {
        rc = anon_buf_append(out, text + pos, cut[ci] - pos);
        outcut[ci] = out->len;
        pos = cut[ci];
    }
    if (rc >= 0)
        rc = anon_buf_append(out, text + pos, len - pos);
    if (!borrowed)
        free(f);
    return rc < 0 ? rc : (int)(replaced > (size_t)INT32_MAX ? INT32_MAX : replaced);
}
