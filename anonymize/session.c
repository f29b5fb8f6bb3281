/* session.c: one request's value <-> token map.
 *
 * Tokens are numbered per type in first-seen order and never derived from the value; numbers that
 * already appear as token-shaped text in the request (anon_session_reserve) are skipped. Values
 * live only here, in memory, and every byte that held or was derived from one (values, hashes)
 * is wiped in anon_session_free.
 */
#include "anonymize/anon_internal.h"
#include "anonymize/engine_internal.h"
#include "anonymize/restore.h"

#include "anonymize/names.h"

#include <openssl/mem.h>
#include <openssl/rand.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>

struct entry {
    size_t type, num, len;
    uint64_t hash;
    char *value; /* NUL-terminated copy */
};

struct typestate {
    size_t next;      /* next number to try */
    size_t count;     /* occurrences replaced */
    size_t *reserved; /* sorted, unique */
    size_t nres, capres;
    size_t *by_num; /* entry indices in issue (= number) order */
    size_t nby, capby;
    int keep;    /* policy "audit": detect and count, leave the value in place */
    size_t kept; /* occurrences found and left in place */
};

struct anon_session {
    const anon_engine_t *e;
    const size_t *tlen; /* the engine's type name lengths */
    char *const *tname; /* ... and names */
    size_t ntypes;
    struct typestate *ts;
    struct entry *ent;
    size_t nent, capent;
    size_t *ht; /* open addressing over entry index + 1; 0 is empty */
    size_t htcap;
    size_t total;
    uint64_t seed;
    /* NAMES pack: the people this request has named (NULL until one is), and PERSON's type */
    anon_names_known_t *known;
    size_t person;
    size_t dob;    /* DATE_OF_BIRTH's type: its values are read again in later strings */
    size_t street; /* STREET_ADDRESS's type: the same (names_turns50.c) */
    /* the question that ended the last string of text (its last line, when it ends with '?'):
     * the next string may answer it with a birth; wiped with the session */
    char asked[160];
    size_t asked_len;
    int asked_kind;      /* what it asks for: ANON_ASK_* (names_turns50.c), or 0 */
    int names;           /* the engine runs a NAMES kind: member keys give it a hint */
    anon_split_t *split; /* a split rewrite's phase (split.c), or NULL */
    const char *lead;    /* the label the text before ended on (anon_session_scan_after) */
    size_t lead_len;
    int exact; /* a member name: every person keeps a token of its own form (scan_key) */
};

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
    anon_session_t *s = calloc(1, sizeof *s);
    if (!s)
        return NULL;
    s->e = e;
    s->tlen = anon_engine_type_lens(e);
    s->tname = anon_engine_type_names(e);
    s->ntypes = anon_engine_ntypes(e);
    s->ts = calloc(s->ntypes ? s->ntypes : 1, sizeof *s->ts);
    if (!s->ts) {
        free(s);
        return NULL;
    }
    for (size_t i = 0; i < s->ntypes; i++)
        s->ts[i].next = 1;
    s->person = anon_engine_person_type(e);
    s->dob = anon_engine_dob_type(e);
    s->street = anon_engine_street_type(e);
    s->names = anon_engine_has_names(e);
#ifdef FUZZING_BUILD_MODE_UNSAFE_FOR_PRODUCTION
    s->seed = 0x5eed; /* fuzz builds only: the same hash paths on every run (CMakeLists.txt) */
#else
    RAND_bytes((uint8_t *)&s->seed, sizeof s->seed);
#endif
    return s;
}

void anon_session_free(anon_session_t *s)
{
    if (!s)
        return;
    for (size_t i = 0; i < s->nent; i++) {
        OPENSSL_cleanse(s->ent[i].value, s->ent[i].len);
        free(s->ent[i].value);
    }
    if (s->ent)
        OPENSSL_cleanse(s->ent, s->capent * sizeof *s->ent);
    free(s->ent);
    if (s->ht)
        OPENSSL_cleanse(s->ht, s->htcap * sizeof *s->ht);
    free(s->ht);
    for (size_t i = 0; i < s->ntypes; i++) {
        free(s->ts[i].reserved);
        free(s->ts[i].by_num);
    }
    free(s->ts);
    anon_names_known_free(s->known);
    OPENSSL_cleanse(s, sizeof *s);
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

static int reserve_num(struct typestate *ts, size_t num)
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
        size_t *r = realloc(ts->reserved, cap * sizeof *r);
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
        if (anon_token_parse(canon, cl, &tl, &num) == cl && num != SIZE_MAX &&
            find_type(s, canon + 1, tl, &type))
            (void)reserve_num(&s->ts[type], num); /* on NOMEM a collision is only possible */
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

static int ht_grow(anon_session_t *s)
{
    size_t cap = s->htcap ? s->htcap * 2 : 64;
    size_t *ht = calloc(cap, sizeof *ht);
    if (!ht)
        return ANON_ERR_NOMEM;
    for (size_t i = 0; i < s->nent; i++) {
        size_t k = (size_t)s->ent[i].hash & (cap - 1);
        while (ht[k])
            k = (k + 1) & (cap - 1);
        ht[k] = i + 1;
    }
    if (s->ht)
        OPENSSL_cleanse(s->ht, s->htcap * sizeof *s->ht);
    free(s->ht);
    s->ht = ht;
    s->htcap = cap;
    return 0;
}

/* The entry for (type, value), created with the next free number if new. */
static int get_entry(anon_session_t *s, size_t type, const char *v, size_t n, size_t *idx)
{
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
    struct typestate *ts = &s->ts[type];
    if (s->nent == s->capent) {
        /* grow by copy so no unwiped copy of the entries is left to realloc */
        size_t cap = s->capent ? s->capent * 2 : 16;
        struct entry *ne = malloc(cap * sizeof *ne);
        if (!ne)
            return ANON_ERR_NOMEM;
        if (s->ent) {
            memcpy(ne, s->ent, s->nent * sizeof *ne);
            OPENSSL_cleanse(s->ent, s->capent * sizeof *s->ent);
            free(s->ent);
        }
        s->ent = ne;
        s->capent = cap;
    }
    if (ts->nby == ts->capby) {
        size_t cap = ts->capby ? ts->capby * 2 : 8;
        size_t *b = realloc(ts->by_num, cap * sizeof *b);
        if (!b)
            return ANON_ERR_NOMEM;
        ts->by_num = b;
        ts->capby = cap;
    }
    char *copy = malloc(n + 1);
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
static size_t format_token(const anon_session_t *s, const struct entry *en, char *buf, size_t cap)
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

static int known_init(anon_session_t *s)
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

/* A member key folded for comparison into f (40 bytes): lower case, without '_', '-', '.' and
 * spaces. 0 when there is no key or it is longer. */
static size_t fold_key(const char *k, size_t n, char *f)
{
    size_t m = 0;
    if (!k)
        return 0;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)k[i];
        if (c == '_' || c == '-' || c == '.' || c == ' ')
            continue;
        if (m == 40)
            return 0;
        f[m++] = (char)(c >= 'A' && c <= 'Z' ? c | 32 : c);
    }
    return m;
}

/* A word a folded member key may end in (whole: must be the whole key, "tel" but not "hotel"),
 * and what the key then holds. */
enum { K_PHONE, K_SSN, K_CARD, K_CSC, K_SECRET, K_TAIL };
struct keyword {
    const char *w;
    unsigned char n, kind, whole;
};
#define KW(w, kind, whole)                                                                         \
    {                                                                                              \
        w, sizeof(w) - 1, kind, whole                                                              \
    }
static const struct keyword keywords[] = {
    KW("password", K_SECRET, 0),
    KW("passwd", K_SECRET, 0),
    KW("passphrase", K_SECRET, 0),
    KW("pwd", K_SECRET, 0),
    KW("secret", K_SECRET, 0),
    KW("token", K_SECRET, 0),
    KW("apikey", K_SECRET, 0),
    KW("accesskey", K_SECRET, 0),
    KW("secretkey", K_SECRET, 0),
    KW("privatekey", K_SECRET, 0),
    KW("appkey", K_SECRET, 0),
    KW("encryptionkey", K_SECRET, 0),
    KW("signingkey", K_SECRET, 0),
    KW("masterkey", K_SECRET, 0),
    KW("contactnumber", K_PHONE, 1),
    /* "phoneNumber", "mobileNo", "telNr": the tail goes, the rest is judged */
    KW("number", K_TAIL, 0),
    KW("num", K_TAIL, 0),
    KW("no", K_TAIL, 0),
    KW("nr", K_TAIL, 0),
    KW("nummer", K_TAIL, 0),
    KW("numero", K_TAIL, 0),
    /* a value's groups ("ssn_parts", "cardDigits", "phoneGroups") */
    KW("part", K_TAIL, 0),
    KW("digit", K_TAIL, 0),
    KW("group", K_TAIL, 0),
    KW("split", K_TAIL, 0),
    KW("phone", K_PHONE, 0),
    KW("mobile", K_PHONE, 0),
    KW("msisdn", K_PHONE, 0),
    KW("landline", K_PHONE, 0),
    KW("fax", K_PHONE, 1),
    KW("tel", K_PHONE, 1),
    KW("cell", K_PHONE, 1),
    KW("mobil", K_PHONE, 1),
    KW("mobiel", K_PHONE, 1),
    KW("handy", K_PHONE, 1),
    KW("portable", K_PHONE, 1),
    KW("telefon", K_PHONE, 0),
    KW("telefono", K_PHONE, 0),
    KW("telefoon", K_PHONE, 0),
    KW("t\303\251l\303\251phone", K_PHONE, 0),
    KW("tel\303\251fono", K_PHONE, 0),
    KW("movil", K_PHONE, 1),
    KW("m\303\263vil", K_PHONE, 1),
    KW("celular", K_PHONE, 1),
    KW("cellulare", K_PHONE, 1),
    KW("gsm", K_PHONE, 1),
    KW("callerid", K_PHONE, 1),
    KW("whatsapp", K_PHONE, 0),
    KW("tlf", K_PHONE, 1),
    KW("tfno", K_PHONE, 1),
    KW("ssn", K_SSN, 0),
    KW("socialsecurity", K_SSN, 0),
    KW("taxid", K_SSN, 1),
    KW("tin", K_SSN, 1),
    KW("itin", K_SSN, 1),
    KW("ustaxid", K_SSN, 1),
    KW("card", K_CARD, 0),
    KW("creditcard", K_CARD, 0),
    KW("pan", K_CARD, 1),
    /* a card's security code (CARD_SECURITY_CODE): "cvv", "cardCvc", "security_code",
     * "pruefnummer" (its "nummer" goes as a tail) */
    KW("cvv", K_CSC, 0),
    KW("cvc", K_CSC, 0),
    KW("cvn", K_CSC, 0),
    KW("cvv2", K_CSC, 0),
    KW("cvc2", K_CSC, 0),
    KW("csc", K_CSC, 1),
    KW("securitycode", K_CSC, 0),
    KW("pruef", K_CSC, 0),
    KW("pr\303\274f", K_CSC, 0),
};
#undef KW

/* keywords by their last byte: bucket[c] .. bucket[c + 1] in order[] (built once) */
static uint8_t bucket[257], order[sizeof keywords / sizeof keywords[0]];
static pthread_once_t buckets_once = PTHREAD_ONCE_INIT;

static void buckets_init(void)
{
    size_t k = 0;
    for (unsigned c = 0; c < 256; c++) {
        bucket[c] = (uint8_t)k;
        for (size_t i = 0; i < sizeof keywords / sizeof keywords[0]; i++)
            if ((unsigned char)keywords[i].w[keywords[i].n - 1] == c)
                order[k++] = (uint8_t)i;
    }
    bucket[256] = (uint8_t)k;
}

/* The keyword the folded key f[0 .. m) ends in: a secret one first, else the first other. */
static const struct keyword *key_ends(const char *f, size_t m)
{
    const struct keyword *found = NULL;
    unsigned c = (unsigned char)f[m - 1];
    for (size_t j = bucket[c]; j < bucket[c + 1]; j++) {
        const struct keyword *w = &keywords[order[j]];
        if (w->n > m || (w->whole && w->n != m) || (found && w->kind != K_SECRET))
            continue;
        size_t i = 0;
        while (i < w->n && f[m - w->n + i] == w->w[i])
            i++;
        if (i < w->n)
            continue;
        if (w->kind == K_SECRET)
            return w;
        found = w;
    }
    return found;
}

/* The label a member's key gives its value for the label-gated detectors, as the text before it
 * would ("mobile": "4155550132" reads as "phone: 4155550132"), or NULL. Phone, SSN and card keys
 * map to one canonical label (the key itself may be "contactMobileNo" or "msisdn"); a key naming
 * a secret is its own label (the SECRET detector reads the key). Plurals and a trailing "number",
 * "no" or "nr" count ("phoneNumbers", "ssns"), as do "part", "digit", "group" and "split"
 * ("ssn_parts", "ssn_split"). */
const char *anon_member_label(const char *k, size_t n, size_t *len)
{
    static const char *const labels[] = {"phone: ", "ssn: ", "card: ", "cvv: "};
    char f[40];
    size_t m = fold_key(k, n, f);
    if (m < 2)
        return NULL;
    if (f[m - 1] == 's' && f[m - 2] != 's') /* plural; not "pass" or "address" */
        m--;
    pthread_once(&buckets_once, buckets_init);
    const struct keyword *w = key_ends(f, m);
    if (!w)
        return NULL;
    if (w->kind == K_SECRET) {
        for (size_t j = 0; j < n; j++) /* the key stands in text as it is: a plain one */
            if (!((k[j] | 0x20) >= 'a' && (k[j] | 0x20) <= 'z') && !(k[j] >= '0' && k[j] <= '9') &&
                k[j] != '_' && k[j] != '-')
                return NULL;
        *len = n;
        return k;
    }
    if (w->kind == K_TAIL)
        w = m > (size_t)w->n + 2 ? key_ends(f, m - w->n) : NULL;
    if (!w || w->kind == K_TAIL || w->kind == K_SECRET)
        return NULL;
    *len = strlen(labels[w->kind]);
    return labels[w->kind];
}

/* A key word and its length (the tables below are read for every string member: no strlen). */
struct kw {
    const char *w;
    size_t n;
};
#define KWN(w)                                                                                     \
    {                                                                                              \
        w, sizeof(w) - 1                                                                           \
    }

/* JSON members whose value is a person ("fullName"), may be one when it looks it ("name"), or is
 * a birth date ("dob"). Keys are compared folded: lower case, without '_', '-', '.' and spaces,
 * so "fullName", "full_name", "FULL NAME" and "Full-Name" are one key ("Patient Name" is how a CSV
 * header arrives as a key). */
static const struct kw person[] = {
    KWN("accountholder"), KWN("assignee"),     KWN("cardholder"),     KWN("cardholdername"),
    KWN("clientname"),    KWN("contact"),      KWN("contactname"),    KWN("customername"),
    KWN("displayname"),   KWN("employeename"), KWN("familyname"),     KWN("firstname"),
    KWN("fullname"),      KWN("givenname"),    KWN("lastname"),       KWN("maidenname"),
    KWN("middlename"),    KWN("patientname"),  KWN("surname"),        KWN("achternaam"),
    KWN("apellido"),      KWN("apellidos"),    KWN("cognome"),        KWN("nachname"),
    KWN("vorname"),       KWN("voornaam"),     KWN("prenom"),         KWN("pr\303\251nom"),
    KWN("sobrenome"),     KWN("nomecompleto"), KWN("nombrecompleto"), KWN("fname"),
    KWN("lname")};
/* lists of people: the rewriter passes an array element the array's key */
static const struct kw people[] = {KWN("assignees"),    KWN("attendees"),  KWN("authors"),
                                   KWN("participants"), KWN("recipients"), KWN("reviewers"),
                                   KWN("approvers"),    KWN("contacts"),   KWN("people")};
/* may be a person when the value looks like one */
static const struct kw maybe[] = {KWN("name"),     KWN("author"), KWN("patient"), KWN("customer"),
                                  KWN("employee"), KWN("client"), KWN("nombre"),  KWN("nome"),
                                  KWN("naam"),     KWN("nom")};
/* the value is a birth date when it is a date; matched as the end of the key, so
 * "patientDob" and "customer_birth_date" count */
static const struct kw birth[] = {KWN("dob"),
                                  KWN("birthdate"),
                                  KWN("dateofbirth"),
                                  KWN("birthday"),
                                  KWN("geburtsdatum"),
                                  KWN("geburtstag"),
                                  KWN("datenaissance"),
                                  KWN("datedenaissance"),
                                  KWN("fechanacimiento"),
                                  KWN("fechadenacimiento"),
                                  KWN("datanascita"),
                                  KWN("datadinascita"),
                                  KWN("geboortedatum"),
                                  KWN("datanascimento"),
                                  KWN("datadenascimento")};
/* a street's name or a whole street line ("street": "Hauptstraße", Stripe's "line1" is left to
 * the text's own rules: "line1" names other things too) */
static const struct kw street[] = {
    KWN("street"),        KWN("streetname"),      KWN("streetaddress"), KWN("streetline"),
    KWN("street1"),       KWN("street2"),         KWN("addressline"),   KWN("addressline1"),
    KWN("addressline2"),  KWN("address1"),        KWN("address2"),      KWN("strasse"),
    KWN("stra\303\237e"), KWN("straat"),          KWN("calle"),         KWN("rue"),
    KWN("rua"),           KWN("indirizzo"),       KWN("direccion"),     KWN("direcci\303\263n"),
    KWN("endereco"),      KWN("endere\303\247o"), KWN("billingstreet"), KWN("shippingstreet"),
    KWN("mailingstreet")};
/* a house number, a flat, a postcode */
static const struct kw part[] = {KWN("housenumber"),
                                 KWN("houseno"),
                                 KWN("housenr"),
                                 KWN("hausnummer"),
                                 KWN("hausnr"),
                                 KWN("huisnummer"),
                                 KWN("streetnumber"),
                                 KWN("streetno"),
                                 KWN("buildingnumber"),
                                 KWN("apartmentnumber"),
                                 KWN("aptnumber"),
                                 KWN("flatnumber"),
                                 KWN("unitnumber"),
                                 KWN("zip"),
                                 KWN("zipcode"),
                                 KWN("postcode"),
                                 KWN("postalcode"),
                                 KWN("plz"),
                                 KWN("postleitzahl"),
                                 KWN("codepostal"),
                                 KWN("codigopostal"),
                                 KWN("c\303\263digopostal"),
                                 KWN("billingpostalcode"),
                                 KWN("shippingpostalcode"),
                                 KWN("mailingpostalcode"),
                                 KWN("billingzip"),
                                 KWN("shippingzip")};
#define KW_LIST(t, hint)                                                                           \
    {                                                                                              \
        t, sizeof(t) / sizeof((t)[0]), hint                                                        \
    }
/* the keys matched whole, in this order (no key is in two lists) */
static const struct kw_list {
    const struct kw *t;
    size_t n;
    int hint;
} exact[] = {KW_LIST(street, ANON_NAMES_HINT_STREET), KW_LIST(part, ANON_NAMES_HINT_ADDR_PART),
             KW_LIST(person, ANON_NAMES_HINT_PERSON), KW_LIST(people, ANON_NAMES_HINT_PERSON),
             KW_LIST(maybe, ANON_NAMES_HINT_NAME)};
#undef KW_LIST

/* member_hint()'s filter, built once from the lists above: a bit for the hash of each key
 * matched whole, and one for the last two bytes of each birth word (a key that ends in no such
 * pair ends in none of them; every birth word has two bytes or more). Most keys ("content",
 * "role") then cost their hash instead of a compare with each of the ~115 words. */
#define HINT_WORDS 32 /* 1024 bits */
static uint32_t hint_set[HINT_WORDS], birth_ends[(256 * 256) / 32];
static pthread_once_t hint_once = PTHREAD_ONCE_INIT;
static atomic_int hint_ready;

static uint32_t kw_hash(const char *f, size_t m)
{
    uint32_t h = (uint32_t)m * 0x9E3779B1u;
    for (size_t i = 0; i < m; i++)
        h = (h ^ (unsigned char)f[i]) * 0x01000193u;
    return h ^ h >> 15;
}

static unsigned end_pair(char a, char b)
{
    return (unsigned)(unsigned char)a << 8 | (unsigned char)b;
}

static void hint_index(void)
{
    for (size_t l = 0; l < sizeof exact / sizeof exact[0]; l++)
        for (size_t i = 0; i < exact[l].n; i++) {
            uint32_t h = kw_hash(exact[l].t[i].w, exact[l].t[i].n);
            hint_set[h >> 5 & (HINT_WORDS - 1)] |= 1u << (h & 31);
        }
    for (size_t i = 0; i < sizeof birth / sizeof birth[0]; i++) {
        unsigned e = end_pair(birth[i].w[birth[i].n - 2], birth[i].w[birth[i].n - 1]);
        birth_ends[e >> 5] |= 1u << (e & 31);
    }
    atomic_store_explicit(&hint_ready, 1, memory_order_release);
}

/* anon_names_birth_key() for the raw keys this thread saw last: a body repeats its keys in every
 * row and object, and reading a key for a birth word costs a few hundred instructions. The memo
 * keeps a 64-bit hash and the length of each key, never its bytes: a key can be a person's name,
 * and nothing of a request may outlive it. */
static int birth_key_memo(const char *k, size_t n)
{
    static _Thread_local struct {
        uint64_t h;
        uint8_t n, yes;
    } memo[64];
    if (n > 40)
        return anon_names_birth_key(k, n);
    uint64_t h = 14695981039346656037ull;
    for (size_t i = 0; i < n; i++)
        h = (h ^ (unsigned char)k[i]) * 1099511628211ull;
    size_t slot = (size_t)(h ^ h >> 32) & 63;
    if (memo[slot].n == n && memo[slot].h == h)
        return memo[slot].yes;
    int yes = anon_names_birth_key(k, n);
    memo[slot].h = h;
    memo[slot].n = (uint8_t)n;
    memo[slot].yes = (uint8_t)yes;
    return yes;
}

static int member_hint(const char *k, size_t n)
{
    char f[40];
    size_t m = fold_key(k, n, f);
    if (!m)
        return ANON_NAMES_HINT_NONE;
    if (!atomic_load_explicit(&hint_ready, memory_order_acquire))
        pthread_once(&hint_once, hint_index);
    uint32_t h = kw_hash(f, m);
    unsigned e = m >= 2 ? end_pair(f[m - 2], f[m - 1]) : 0;
    if (hint_set[h >> 5 & (HINT_WORDS - 1)] >> (h & 31) & 1)
        for (size_t l = 0; l < sizeof exact / sizeof exact[0]; l++)
            for (size_t i = 0; i < exact[l].n; i++)
                if (exact[l].t[i].n == m && memcmp(exact[l].t[i].w, f, m) == 0)
                    return exact[l].hint;
    if (m >= 2 && birth_ends[e >> 5] >> (e & 31) & 1)
        for (size_t i = 0; i < sizeof birth / sizeof birth[0]; i++) {
            size_t bl = birth[i].n;
            if (bl <= m && memcmp(birth[i].w, f + m - bl, bl) == 0)
                return anon_names_animal_key(k, n) ? ANON_NAMES_HINT_NONE : ANON_NAMES_HINT_DOB;
        }
    /* a birth key of another language or form ("datum_narozeni", "szul_datum", "dt_naiss") */
    if (m >= 2 && birth_key_memo(k, n))
        return ANON_NAMES_HINT_DOB;
    return ANON_NAMES_HINT_NONE;
}

int anon_member_hint(const char *key, size_t n)
{
    return member_hint(key, n);
}

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
    if (hint == ANON_NAMES_HINT_NONE && !s->split && anon_names_known_count(s->known) == 0 &&
        anon_engine_plain_value(s->e, text, len))
        return 0;
    int rc = anon_find_ex(s->e, text, len, s->known, hint, f, nf);
    if (rc >= 0 && key && *nf)
        drop_id_phones(s, key, key_len, text, *f, nf);
    if (rc >= 0 && key && *nf)
        drop_thing_people(s, key, key_len, text, len, *f, nf);
    return rc;
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

/* Merges the places text names a known person in another form into the findings *f (sorted,
 * disjoint): such a span replaces the PERSON findings inside it ("KELLER" and "MARIA" of
 * "KELLER, MARIA") and yields to any other finding it overlaps. *f is replaced by a new array
 * (malloc'd) when anything is added; *borrowed is then cleared. */
static int add_forms(anon_session_t *s, const char *text, size_t len, anon_finding_t **f,
                     size_t *nf, int *borrowed)
{
    struct forms fm = {.type = s->person};
    int rc = anon_names_known_sweep(s->known, text, len, forms_emit, &fm);
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
    const struct typestate *ts = &s->ts[s->dob];
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
    const struct typestate *ts = &s->ts[s->street];
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
    if (s->dob != SIZE_MAX && s->ts[s->dob].nby &&
        (rc = add_births(s, text, len, f, nf, borrowed)) < 0)
        return rc;
    /* a birth asked in one message and given alone in the next ("What's her date of birth?" /
     * "3.4.87"); strings with no space in their first 32 bytes (roles, types, ids) leave the
     * question open */
    if (s->street != SIZE_MAX && s->ts[s->street].nby &&
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
    if (!borrowed && (rc = member_find(s, key, key_len, text, len, &f, &nf)) < 0)
        return rc;
    if ((rc = learn(s, text, len, &f, &nf, &borrowed)) < 0) {
        if (!borrowed)
            free(f);
        return rc;
    }
    size_t pos = 0, replaced = 0, ci = 0;
    for (size_t i = 0; i < nf && rc >= 0; i++) {
        size_t idx;
        char tok[ANON_TOKEN_MAX + 1];
        if (s->ts[f[i].type].keep) {
            s->ts[f[i].type].kept++; /* stays in the text: copied with what follows */
            continue;
        }
        const char *v = text + f[i].start;
        size_t vl = f[i].end - f[i].start;
        /* "Maria" after "Maria Keller": the same person, one token; a URL's slug keeps its own */
        if (f[i].type == s->person && !s->exact && !anon_names_url_part(text, f[i].start))
            v = anon_names_canonical(s->known, v, vl, &vl);
        rc = get_entry(s, f[i].type, v, vl, &idx);
        if (rc < 0)
            break;
        size_t tl = format_token(s, &s->ent[idx], tok, sizeof tok);
        if (!tl) {
            rc = ANON_ERR_CONFIG;
            break;
        }
        /* the text before the finding, and where each cut in it lands in out */
        for (; ci < ncut && cut[ci] < f[i].start && rc >= 0; ci++) {
            rc = anon_buf_append(out, text + pos, cut[ci] - pos);
            outcut[ci] = out->len;
            pos = cut[ci];
        }
        if (rc < 0 || (rc = anon_buf_append(out, text + pos, f[i].start - pos)) < 0)
            break;
        /* the token in each part the finding touches: a value across a cut is masked in each */
        size_t a = f[i].start;
        for (; ci < ncut && cut[ci] < f[i].end && rc >= 0; ci++) {
            if (cut[ci] > a)
                rc = anon_buf_append(out, tok, tl);
            outcut[ci] = out->len;
            if (rc >= 0)
                rc = anon_buf_append(out, text + cut[ci], sep[ci]);
            a = cut[ci] + sep[ci];
        }
        if (rc < 0 || (f[i].end > a && (rc = anon_buf_append(out, tok, tl)) < 0))
            break;
        pos = f[i].end;
        s->ts[f[i].type].count++;
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

int anon_session_issue(anon_session_t *s, size_t type, const char *v, size_t n, char *tok,
                       size_t cap)
{
    if (!s || type >= s->ntypes || (!v && n))
        return ANON_ERR_CONFIG;
    if (s->ts[type].keep) {
        s->ts[type].kept++;
        return 0;
    }
    size_t idx;
    int rc = get_entry(s, type, v, n, &idx);
    if (rc < 0)
        return rc;
    size_t tl = format_token(s, &s->ent[idx], tok, cap);
    if (!tl)
        return ANON_ERR_CONFIG;
    s->ts[type].count++;
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
    const struct typestate *ts = &s->ts[type];
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
    return s && type < s->ntypes ? s->ts[type].count : 0;
}

int anon_session_keep(anon_session_t *s, size_t type)
{
    if (!s || type >= s->ntypes)
        return ANON_ERR_CONFIG;
    s->ts[type].keep = 1;
    return ANON_OK;
}

size_t anon_session_kept(const anon_session_t *s, size_t type)
{
    return s && type < s->ntypes ? s->ts[type].kept : 0;
}

size_t anon_session_total(const anon_session_t *s)
{
    return s ? s->total : 0;
}
