/* engine.c: compiles the enabled detectors once and finds PII in a text (anon_find).
 *
 * The engine is immutable after anon_engine_new and shared by all threads; per-call state lives
 * on the stack or the heap of the call, and PCRE2 match data lives in a per-thread slot. Speed
 * comes from never running a pattern where it cannot match: one pass over the text (16 bytes at
 * a time with SSE2/SSSE3) stops only at digits, '[' and the rarest byte of each trigger literal
 * whose neighbours fit, then compares the literal; literal detectors run anchored at their
 * literal, "window" detectors in the whitespace-delimited window around it, digit detectors in
 * windows around digit runs that hold enough digits and only where their gate (gate.c) finds the
 * shape of a value they could accept. Findings then compete: checksum-validated beats unvalidated,
 * then longer, then earlier, then detector order; none may overlap token-shaped text like
 * [EMAIL_1].
 */
#define PCRE2_CODE_UNIT_WIDTH 8
#include "anonymize/anon_internal.h"
#include "anonymize/names.h"

#include <openssl/mem.h>
#include <pcre2.h>
#ifdef __SSE2__
#include <emmintrin.h>
#if defined(__GNUC__) && (defined(__x86_64__) || defined(__i386__))
#include <tmmintrin.h>
#define HAVE_SSSE3_SWEEP 1
#endif
#endif
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#define MAX_LIT 16
/* Bytes a digit window reaches beyond its outermost digits (an IBAN's BBAN may end in a few
 * letters past its last digit, grouped by four: Qatar's registry example ends "90AB CDEF G"). */
#define DIGIT_REACH 9
#define DIGIT_BACK 16 /* ... and before them (phone words like "number is") */
#define MATCH_LIMIT 5000000

enum { KIND_LITERAL, KIND_DIGITS, KIND_FULL, KIND_SCANNER };
enum { CLS_DIGIT = 1, CLS_ANCHOR = 2, CLS_BRACKET = 4 };

struct detector {
    size_t type;
    pcre2_code *re;
    anon_validate_fn validate;
    unsigned flags;
    unsigned min_digits;
    char need;
    uint8_t needbit; /* the need byte's bit in a window's presence set, 0: look it up */
    anon_gate_fn gate;
    unsigned gatebit; /* the gate's bit in anon_gates_maybe, 0: none */
    anon_context_fn context;
    uint32_t vgroup;
    int kind;
};

struct digit_det {
    size_t det;
    unsigned min_digits, gatebit;
    uint8_t needbit;
    char need;
    anon_gate_fn gate;
};

struct trig_masks {
    uint64_t side[2][256]; /* by the byte before the anchor, by the byte after it */
    uint64_t always;       /* one-byte literals */
};

struct trigger {
    char lit[MAX_LIT]; /* lower-cased when nocase */
    uint8_t len;
    uint8_t nocase;
    uint8_t off;    /* position of the anchor byte in the literal */
    uint8_t anchor; /* the anchor byte as it appears in text */
    uint16_t det;
};

struct anon_engine {
    size_t ntypes;
    char **types;
    size_t *type_len; /* strlen of each name: token formatting and parsing compare lengths first */
    size_t ndet;
    struct detector *det;
    size_t ntrig;
    struct trigger *trig; /* sorted by first byte (as it appears in text) */
    uint32_t tfirst[257]; /* trig[tfirst[b] .. tfirst[b+1]) have anchor byte b */
    uint8_t cls[256];
    uint32_t max_groups;
    size_t ndigit, *digit_det; /* digit detectors, in order */
    struct digit_det *ddet;    /* ... and what a digit window asks of each, side by side */
    /* The same as sets of them (the built-in packs hold fewer than 64), bit k for ddet[k]:
     * those asking for at most d digits (dd_digits[d], d = 64 for 64 and more), those that look
     * at the window's bytes (a need byte with a bit, or a gate), those needing need byte b, those
     * whose gate has summary bit 1 << g (and all of these: dd_summed). */
    uint64_t dd_digits[65], dd_look, dd_need[8], dd_gatebit[8], dd_summed;
    unsigned gatebits; /* their gates' bits in anon_gates_maybe */
    size_t nfull, *full_det;
    /* Per anchor byte: the bytes that may precede it (triggers anchored after their first byte)
     * and follow it (triggers anchored at their first byte), so most anchor bytes in prose are
     * passed over without comparing a single literal. */
    struct {
        uint64_t prev[4], next[4];
        uint8_t always; /* a one-byte literal */
    } near[256];
    /* The same by byte pairs as they lie in text (little-endian 16-bit loads): bit (a << 8 | p)
     * of pair_prev when byte p may precede anchor a (or a is a one-byte literal), bit
     * (n << 8 | a) of pair_next when n may follow it; one lookup each for bytes inside the text. */
    uint64_t pair_prev[1024], pair_next[1024];
    /* Per anchor byte with 1..64 triggers (tslot[a] - 1 its slot, 0: none): which of them, bit
     * k - tfirst[a], the byte before the anchor (side[0]) or after it (side[1]) allows, and the
     * one-byte ones; so a trigger is compared only where its neighbour byte is there. */
    uint8_t tslot[256];
    struct trig_masks *tmask;
    uint8_t simd[24]; /* non-digit bytes with a class, for the SSE2 sweep; nsimd 0: scalar */
    size_t nsimd;
    /* With SSSE3: every byte with a class by two nibble lookups (bit h of nib_lo[c & 15] set
     * when the byte (h << 4 | (c & 15)) has a class; all such bytes are ASCII). */
    int nib;
    uint8_t nib_lo[16], nib_hi[16];
    uint8_t needbit[256]; /* the digit detectors' need bytes, one bit each (at most 8) */
    uint8_t needbyte[8];
    size_t nneed;
    /* the NAMES scanner: which of its kinds are on, and their detector indices */
    unsigned names_kinds;
    size_t names_det[ANON_NAMES_NKINDS];
};

static const anon_pack_t *const packs[] = {&anon_pack_secrets, &anon_pack_global, &anon_pack_us,
                                           &anon_pack_de,      &anon_pack_fr,     &anon_pack_nl,
                                           &anon_pack_uk,      &anon_pack_people};
#define NPACKS (sizeof packs / sizeof packs[0])
static const char *const pack_names[] = {"SECRETS", "GLOBAL", "US",    "DE", "FR",
                                         "NL",      "UK",     "NAMES", NULL};
static const char *const default_packs[] = {"SECRETS", "GLOBAL", "US", "NAMES"};

const char *const *anon_pack_names(void)
{
    return pack_names;
}

/* ---- construction ------------------------------------------------------------------------ */
static int builtin_type(const char *name)
{
    for (size_t p = 0; p < NPACKS; p++)
        for (size_t i = 0; i < packs[p]->ndefs; i++)
            if (strcmp(packs[p]->defs[i].type, name) == 0)
                return 1;
    return 0;
}

static int valid_type_name(const char *s)
{
    size_t n = strlen(s);
    /* '[' TYPE '_' up to 20 digits ']' must fit in ANON_TOKEN_MAX */
    if (n == 0 || n + 23 > ANON_TOKEN_MAX || !(s[0] >= 'A' && s[0] <= 'Z'))
        return 0;
    for (size_t i = 1; i < n; i++)
        if (!((s[i] >= 'A' && s[i] <= 'Z') || (s[i] >= '0' && s[i] <= '9') || s[i] == '_'))
            return 0;
    return 1;
}

static int is_disabled(const anon_config_t *cfg, const char *type)
{
    for (size_t i = 0; cfg && i < cfg->ndisabled; i++)
        if (cfg->disabled[i] && strcmp(cfg->disabled[i], type) == 0)
            return 1;
    return 0;
}

static int intern_type(anon_engine_t *e, const char *name, size_t *out)
{
    for (size_t i = 0; i < e->ntypes; i++)
        if (strcmp(e->types[i], name) == 0) {
            *out = i;
            return 0;
        }
    char **t = realloc(e->types, (e->ntypes + 1) * sizeof *t);
    if (!t)
        return -1;
    e->types = t;
    size_t *l = realloc(e->type_len, (e->ntypes + 1) * sizeof *l);
    if (!l)
        return -1;
    e->type_len = l;
    if (!(t[e->ntypes] = strdup(name)))
        return -1;
    l[e->ntypes] = strlen(name);
    *out = e->ntypes++;
    return 0;
}

static char lower(char c)
{
    return (c >= 'A' && c <= 'Z') ? (char)(c + 32) : c;
}
static char upper_c(char c)
{
    return (c >= 'a' && c <= 'z') ? (char)(c - 32) : c;
}

/* How often a byte occurs in prose: the sweep stops only at anchor bytes, so each literal is
 * anchored at its rarest byte (punctuation and digits, then capitals, then rare letters). */
static unsigned commonness(char c)
{
    static const char rank[] = "zqjxkvbywgpfmucdlhrsnioate";
    if (c >= 'A' && c <= 'Z')
        return 10 + (unsigned)(strchr(rank, c + 32) - rank);
    if (c >= 'a' && c <= 'z')
        return 40 + (unsigned)(strchr(rank, c) - rank);
    if (c == '"' || c == '\'')
        return 5; /* quotes frame prose and JSON: anchor on a ':' or '=' beside them instead */
    return c == ' ' ? 100 : 0;
}

static void set_bit(uint64_t *set, uint8_t b)
{
    set[b >> 6] |= 1ull << (b & 63);
}

static void near_set(anon_engine_t *e, uint8_t a, int prev, uint8_t c)
{
    set_bit(prev ? e->near[a].prev : e->near[a].next, c);
    if (prev)
        e->pair_prev[(a << 8 | c) >> 6] |= 1ull << (c & 63);
    else
        e->pair_next[(c << 8 | a) >> 6] |= 1ull << (a & 63);
}

static void near_add(anon_engine_t *e, const struct trigger *t)
{
    uint8_t a = t->anchor;
    if (t->len == 1) {
        e->near[a].always = 1;
        for (unsigned c = 0; c < 256; c++)
            e->pair_prev[(a << 8 | c) >> 6] |= 1ull << (c & 63);
        return;
    }
    char c = t->off ? t->lit[t->off - 1] : t->lit[1];
    near_set(e, a, t->off != 0, (uint8_t)c);
    if (t->nocase)
        near_set(e, a, t->off != 0, (uint8_t)upper_c(c));
}

static int add_trigger(anon_engine_t *e, const char *lit, int nocase, size_t det)
{
    size_t n = strlen(lit), off = 0;
    if (n == 0 || n >= MAX_LIT)
        return -1;
    for (size_t i = 1; i < n; i++)
        if (commonness(nocase ? lower(lit[i]) : lit[i]) <
            commonness(nocase ? lower(lit[off]) : lit[off]))
            off = i;
    char anchors[2] = {lit[off], 0};
    if (nocase && lower(lit[off]) != upper_c(lit[off])) {
        anchors[0] = lower(lit[off]);
        anchors[1] = upper_c(lit[off]);
    }
    for (int f = 0; f < 2 && anchors[f]; f++) {
        struct trigger *t = realloc(e->trig, (e->ntrig + 1) * sizeof *t);
        if (!t)
            return -1;
        e->trig = t;
        struct trigger *x = &t[e->ntrig++];
        memset(x, 0, sizeof *x);
        for (size_t i = 0; i < n; i++)
            x->lit[i] = nocase ? lower(lit[i]) : lit[i];
        x->len = (uint8_t)n;
        x->nocase = (uint8_t)nocase;
        x->off = (uint8_t)off;
        x->anchor = (uint8_t)anchors[f];
        x->det = (uint16_t)det;
        e->cls[(uint8_t)anchors[f]] |= CLS_ANCHOR;
        near_add(e, x);
    }
    return 0;
}

static int trig_masks_build(anon_engine_t *e)
{
    size_t n = 0;
    for (unsigned a = 0; a < 256; a++)
        if (e->tfirst[a + 1] - e->tfirst[a] - 1 < 64) /* 1..64 triggers */
            n++;
    if (n > 255)
        n = 255;
    if (!n || !(e->tmask = calloc(n, sizeof *e->tmask)))
        return n ? -1 : 0;
    for (unsigned a = 0, slot = 0; a < 256 && slot < n; a++) {
        if (e->tfirst[a + 1] - e->tfirst[a] - 1 >= 64)
            continue;
        struct trig_masks *m = &e->tmask[slot++];
        e->tslot[a] = (uint8_t)slot;
        for (uint32_t k = e->tfirst[a]; k < e->tfirst[a + 1]; k++) {
            const struct trigger *t = &e->trig[k];
            uint64_t bit = 1ull << (k - e->tfirst[a]);
            if (t->len == 1) {
                m->always |= bit;
                continue;
            }
            uint8_t c = (uint8_t)(t->off ? t->lit[t->off - 1] : t->lit[1]);
            m->side[!t->off][c] |= bit;
            if (t->nocase)
                m->side[!t->off][(uint8_t)upper_c((char)c)] |= bit;
        }
    }
    return 0;
}

/* -1 when the sets cannot hold the built-in digit detectors (never with today's packs). */
static int dd_sets(anon_engine_t *e)
{
    for (size_t k = 0; k < e->ndigit; k++) {
        const struct digit_det *d = &e->ddet[k];
        uint64_t bit = 1ull << k;
        if (k >= 64 || d->min_digits > 64)
            return -1;
        for (unsigned n = d->min_digits; n <= 64; n++)
            e->dd_digits[n] |= bit;
        if (d->needbit || d->gate)
            e->dd_look |= bit;
        for (unsigned b = 0; b < 8; b++) {
            if (d->needbit & (1u << b))
                e->dd_need[b] |= bit;
            if (d->gatebit & (1u << b))
                e->dd_gatebit[b] |= bit;
        }
        if (d->gatebit)
            e->dd_summed |= bit;
    }
    return 0;
}

static int trig_cmp(const void *a, const void *b)
{
    const struct trigger *x = a, *y = b;
    if (x->anchor != y->anchor)
        return x->anchor < y->anchor ? -1 : 1;
    return x->det < y->det ? -1 : x->det > y->det;
}

/* A detector of the NAMES scanner: no pattern, only its type and place in the detector list. */
static int add_scanner(anon_engine_t *e, const anon_detector_def_t *d)
{
    int kind = anon_names_kind(d->type);
    struct detector *nd = kind < 0 ? NULL : realloc(e->det, (e->ndet + 1) * sizeof *nd);
    if (!nd)
        return ANON_ERR_NOMEM;
    e->det = nd;
    struct detector *x = &nd[e->ndet];
    memset(x, 0, sizeof *x);
    x->kind = KIND_SCANNER;
    if (intern_type(e, d->type, &x->type) < 0)
        return ANON_ERR_NOMEM;
    e->names_det[kind] = e->ndet++;
    e->names_kinds |= 1u << kind;
    return 0;
}

/* Built-in types whose values the surrounding text can overrule (anon_context_fn). */
static const struct {
    const char *type;
    anon_context_fn fn;
    unsigned flag; /* the check applies to the type's detectors with this flag (0: all) */
} contexts[] = {{"IPV4", anon_c_ipv4, 0},
                {"PHONE", anon_c_phone, 0},
                {"US_SSN", anon_c_ssn_label, 0},
                {"SECRET", anon_c_secret_key, 0},
                {"CREDIT_CARD", anon_c_card, 0}};

static int add_detector(anon_engine_t *e, const anon_detector_def_t *d, int custom, char *err,
                        size_t errlen)
{
    if (!custom && (d->flags & ANON_DF_SCANNER))
        return add_scanner(e, d);
    int ec;
    PCRE2_SIZE eo;
    pcre2_code *re = pcre2_compile((PCRE2_SPTR)d->pattern, PCRE2_ZERO_TERMINATED,
                                   PCRE2_UTF | PCRE2_UCP, &ec, &eo, NULL);
    if (!re) {
        char msg[160];
        pcre2_get_error_message(ec, (PCRE2_UCHAR *)msg, sizeof msg);
        snprintf(err, errlen, "%s detector %s: pattern error at offset %zu: %s",
                 custom ? "custom" : "built-in", d->type, (size_t)eo, msg);
        return ANON_ERR_CONFIG;
    }
    uint32_t minlen = 0;
    pcre2_pattern_info(re, PCRE2_INFO_MINLENGTH, &minlen);
    if (minlen == 0 || e->ndet >= UINT16_MAX) {
        snprintf(err, errlen, "%s detector %s: %s", custom ? "custom" : "built-in", d->type,
                 minlen == 0 ? "pattern can match empty text" : "too many detectors");
        pcre2_code_free(re);
        return ANON_ERR_CONFIG;
    }
    (void)pcre2_jit_compile(re, PCRE2_JIT_COMPLETE); /* the interpreter serves if JIT fails */
    struct detector *nd = realloc(e->det, (e->ndet + 1) * sizeof *nd);
    if (!nd) {
        pcre2_code_free(re);
        return ANON_ERR_NOMEM;
    }
    e->det = nd;
    struct detector *x = &nd[e->ndet];
    memset(x, 0, sizeof *x);
    x->re = re;
    if (intern_type(e, d->type, &x->type) < 0) {
        pcre2_code_free(re);
        return ANON_ERR_NOMEM;
    }
    x->validate = d->validate;
    x->flags = d->flags;
    x->min_digits = d->min_digits;
    x->need = d->need;
    if (d->need) {
        size_t k = 0;
        while (k < e->nneed && e->needbyte[k] != (uint8_t)d->need)
            k++;
        if (k == e->nneed && k < sizeof e->needbyte) {
            e->needbyte[e->nneed++] = (uint8_t)d->need;
            e->needbit[(uint8_t)d->need] = (uint8_t)(1u << k);
        }
        x->needbit = e->needbit[(uint8_t)d->need];
    }
    x->gate = d->gate;
    x->gatebit = anon_gate_bit(d->gate);
    for (size_t c = 0; !custom && c < sizeof contexts / sizeof contexts[0]; c++)
        if (strcmp(contexts[c].type, d->type) == 0 &&
            (d->flags & contexts[c].flag) == contexts[c].flag)
            x->context = contexts[c].fn;
    int g = pcre2_substring_number_from_name(re, (PCRE2_SPTR) "v");
    x->vgroup = g > 0 ? (uint32_t)g : 0;
    uint32_t cap = 0;
    pcre2_pattern_info(re, PCRE2_INFO_CAPTURECOUNT, &cap);
    if (cap + 1 > e->max_groups)
        e->max_groups = cap + 1;
    size_t idx = e->ndet++;
    if (d->literals) {
        x->kind = KIND_LITERAL;
        for (size_t i = 0; d->literals[i]; i++)
            if (add_trigger(e, d->literals[i], (d->flags & ANON_DF_NOCASE) != 0, idx) < 0)
                return ANON_ERR_NOMEM;
    } else {
        x->kind = d->min_digits ? KIND_DIGITS : KIND_FULL;
        size_t **list = x->kind == KIND_DIGITS ? &e->digit_det : &e->full_det;
        size_t *cnt = x->kind == KIND_DIGITS ? &e->ndigit : &e->nfull;
        size_t *l = realloc(*list, (*cnt + 1) * sizeof *l);
        if (!l)
            return ANON_ERR_NOMEM;
        *list = l;
        l[(*cnt)++] = idx;
        if (x->kind == KIND_DIGITS)
            e->gatebits |= x->gatebit;
    }
    return 0;
}

static int add_pack(anon_engine_t *e, const anon_pack_t *p, const anon_config_t *cfg, char *err,
                    size_t errlen)
{
    for (size_t i = 0; i < p->ndefs; i++) {
        if (is_disabled(cfg, p->defs[i].type))
            continue;
        int rc = add_detector(e, &p->defs[i], 0, err, errlen);
        if (rc < 0)
            return rc;
    }
    return 0;
}

anon_engine_t *anon_engine_new(const anon_config_t *cfg, char *err, size_t errlen)
{
    char dummy[1];
    if (!err || !errlen) {
        err = dummy;
        errlen = sizeof dummy;
    }
    err[0] = '\0';
    anon_engine_t *e = calloc(1, sizeof *e);
    if (!e) {
        snprintf(err, errlen, "out of memory");
        return NULL;
    }
    const char *const *want = default_packs;
    size_t nwant = sizeof default_packs / sizeof default_packs[0];
    if (cfg && cfg->packs) {
        want = cfg->packs;
        nwant = cfg->npacks;
    }
    int on[NPACKS] = {0};
    for (size_t i = 0; i < nwant; i++) {
        size_t p = 0;
        while (p < NPACKS && !(want[i] && strcasecmp(want[i], packs[p]->name) == 0))
            p++;
        if (p == NPACKS) {
            snprintf(err, errlen, "unknown pack '%s'", want[i] ? want[i] : "(null)");
            goto fail;
        }
        on[p] = 1;
    }
    for (size_t i = 0; cfg && i < cfg->ndisabled; i++) {
        const char *t = cfg->disabled[i];
        int known = t && builtin_type(t);
        for (size_t c = 0; !known && t && c < cfg->ncustom; c++)
            known = cfg->custom[c].name && strcmp(cfg->custom[c].name, t) == 0;
        if (!known) {
            snprintf(err, errlen, "unknown type '%s' in disabled types", t ? t : "(null)");
            goto fail;
        }
    }
    for (size_t p = 0; p < NPACKS; p++) {
        int rc = on[p] ? add_pack(e, packs[p], cfg, err, errlen) : 0;
        if (rc < 0) {
            if (!err[0])
                snprintf(err, errlen, "out of memory");
            goto fail;
        }
    }
    for (size_t c = 0; cfg && c < cfg->ncustom; c++) {
        const anon_custom_detector_t *cd = &cfg->custom[c];
        if (!cd->name || !valid_type_name(cd->name)) {
            snprintf(err, errlen, "custom detector name '%s' must match [A-Z][A-Z0-9_]* (max %d)",
                     cd->name ? cd->name : "(null)", ANON_TOKEN_MAX - 23);
            goto fail;
        }
        int clash = builtin_type(cd->name);
        for (size_t o = 0; o < c && !clash; o++)
            clash = cfg->custom[o].name && strcmp(cfg->custom[o].name, cd->name) == 0;
        if (clash) {
            snprintf(err, errlen, "custom detector %s: name already used by another detector",
                     cd->name);
            goto fail;
        }
        if (!cd->pattern || !cd->pattern[0]) {
            snprintf(err, errlen, "custom detector %s: empty pattern", cd->name);
            goto fail;
        }
        if (is_disabled(cfg, cd->name))
            continue;
        anon_detector_def_t d = {cd->name, cd->pattern, NULL, 0, NULL, 0, 0, NULL};
        int rc = add_detector(e, &d, 1, err, errlen);
        if (rc < 0) {
            if (!err[0])
                snprintf(err, errlen, "out of memory");
            goto fail;
        }
    }
    if (e->ntrig)
        qsort(e->trig, e->ntrig, sizeof *e->trig, trig_cmp);
    for (unsigned b = 0, t = 0; b <= 256; b++) {
        while (t < e->ntrig && e->trig[t].anchor < b)
            t++;
        e->tfirst[b] = t;
    }
    e->tfirst[256] = (uint32_t)e->ntrig;
    if (trig_masks_build(e) < 0 || (e->ndigit && !(e->ddet = calloc(e->ndigit, sizeof *e->ddet)))) {
        snprintf(err, errlen, "out of memory");
        goto fail;
    }
    for (size_t k = 0; k < e->ndigit; k++) {
        const struct detector *d = &e->det[e->digit_det[k]];
        e->ddet[k] = (struct digit_det){e->digit_det[k], d->min_digits, d->gatebit,
                                        d->needbit,      d->need,       d->gate};
    }
    if (dd_sets(e) < 0) {
        snprintf(err, errlen, "too many digit detectors");
        goto fail;
    }
    for (unsigned c = '0'; c <= '9'; c++)
        e->cls[c] |= CLS_DIGIT;
    e->cls['['] |= CLS_BRACKET;
    for (unsigned c = 0; c < 256; c++) {
        if (!e->cls[c] || (c >= '0' && c <= '9'))
            continue;
        if (e->nsimd == sizeof e->simd) {
            e->nsimd = 0; /* too many distinct anchors to compare: the scalar loop serves */
            break;
        }
        e->simd[e->nsimd++] = (uint8_t)c;
    }
#ifdef HAVE_SSSE3_SWEEP
    __builtin_cpu_init();
    e->nib = __builtin_cpu_supports("ssse3");
    for (unsigned c = 0; c < 256; c++) {
        if (e->cls[c] && c >= 0x80)
            e->nib = 0;
        else if (e->cls[c])
            e->nib_lo[c & 15] |= (uint8_t)(1u << (c >> 4));
    }
    for (unsigned h = 0; h < 8; h++)
        e->nib_hi[h] = (uint8_t)(1u << h);
#endif
    return e;
fail:
    anon_engine_free(e);
    return NULL;
}

void anon_engine_free(anon_engine_t *e)
{
    if (!e)
        return;
    for (size_t i = 0; i < e->ndet; i++)
        pcre2_code_free(e->det[i].re);
    for (size_t i = 0; i < e->ntypes; i++)
        free(e->types[i]);
    free(e->types);
    free(e->type_len);
    free(e->det);
    free(e->trig);
    free(e->tmask);
    free(e->digit_det);
    free(e->ddet);
    free(e->full_det);
    free(e);
}

size_t anon_engine_ntypes(const anon_engine_t *e)
{
    return e ? e->ntypes : 0;
}

const char *anon_engine_type_name(const anon_engine_t *e, size_t type)
{
    return e && type < e->ntypes ? e->types[type] : NULL;
}

const size_t *anon_engine_type_lens(const anon_engine_t *e)
{
    return e ? e->type_len : NULL;
}

/* ---- per-thread match data ----------------------------------------------------------------- */
struct tls {
    pcre2_match_data *md;
    uint32_t cap;
    pcre2_match_context *mctx;
    pcre2_jit_stack *jit; /* room for custom patterns that recurse deeper than the 32 KiB default */
};
static pthread_key_t tls_key;
static pthread_once_t tls_once = PTHREAD_ONCE_INIT;
/* The thread's slot, cached so the many small strings of a body skip the key lookup; the key
 * still owns it and frees it at thread exit. */
static _Thread_local struct tls *tls_mine;

static void tls_free(void *p)
{
    struct tls *t = p;
    tls_mine = NULL;
    pcre2_match_data_free(t->md);
    pcre2_match_context_free(t->mctx);
    pcre2_jit_stack_free(t->jit);
    free(t);
}

static void tls_init(void)
{
    (void)pthread_key_create(&tls_key, tls_free);
}

static struct tls *tls_get(uint32_t groups)
{
    struct tls *t = tls_mine;
    if (t && t->cap >= groups)
        return t;
    pthread_once(&tls_once, tls_init);
    t = pthread_getspecific(tls_key);
    if (!t) {
        if (!(t = calloc(1, sizeof *t)))
            return NULL;
        if (!(t->mctx = pcre2_match_context_create(NULL)) || pthread_setspecific(tls_key, t)) {
            pcre2_match_context_free(t->mctx);
            free(t);
            return NULL;
        }
        pcre2_set_match_limit(t->mctx, MATCH_LIMIT);
        if ((t->jit = pcre2_jit_stack_create(32 * 1024, 1024 * 1024, NULL)) != NULL)
            pcre2_jit_stack_assign(t->mctx, NULL, t->jit);
    }
    if (groups < 16)
        groups = 16;
    if (t->cap < groups) {
        pcre2_match_data *md = pcre2_match_data_create(groups, NULL);
        if (!md)
            return NULL;
        pcre2_match_data_free(t->md);
        t->md = md;
        t->cap = groups;
    }
    tls_mine = t;
    return t;
}

/* ---- finding -------------------------------------------------------------------------------- */
struct cand {
    size_t start, end, det;
    int strong;
};

struct scan {
    const anon_engine_t *e;
    const char *text;
    size_t len;
    struct tls *tls;
    struct cand *c;
    size_t nc, capc;
    size_t *done; /* per detector: literal triggers before this offset are already covered */
    size_t *tok;  /* token-shaped spans: start, end pairs */
    size_t ntok, captok;
};

static int is_ws(uint8_t c)
{
    return c <= ' ' && (c == ' ' || (unsigned)(c - '\t') <= 4u); /* \t \n \v \f \r */
}

static int add_cand(struct scan *s, size_t det, size_t start, size_t end, int strong)
{
    if (s->nc == s->capc) {
        size_t cap = s->capc ? s->capc * 2 : 16;
        struct cand *c = realloc(s->c, cap * sizeof *c);
        if (!c)
            return ANON_ERR_NOMEM;
        s->c = c;
        s->capc = cap;
    }
    s->c[s->nc++] = (struct cand){start, end, det, strong};
    return 0;
}

/* Runs detector d over text[from .. to) (the subject ends at `to`, lookbehind sees before
 * `from`). Returns the end of the last match (or from), or < 0 on error. */
static long run(struct scan *s, size_t d, size_t from, size_t to, int anchored)
{
    const struct detector *det = &s->e->det[d];
    pcre2_match_data *md = s->tls->md;
    size_t off = from, last = from;
    uint32_t opts = PCRE2_NO_UTF_CHECK | (anchored ? PCRE2_ANCHORED : 0);
    while (off < to) {
        int rc = pcre2_match(det->re, (PCRE2_SPTR)s->text, to, off, opts, md, s->tls->mctx);
        if (rc == PCRE2_ERROR_NOMATCH)
            break;
        if (rc < 0)
            return rc == PCRE2_ERROR_MATCHLIMIT || rc == PCRE2_ERROR_JIT_STACKLIMIT
                       ? ANON_ERR_TOO_LARGE
                       : ANON_ERR_CONFIG;
        PCRE2_SIZE *ov = pcre2_get_ovector_pointer(md);
        size_t ms = ov[0], me = ov[1], vs = ms, ve = me;
        if (det->vgroup && (uint32_t)rc > det->vgroup && ov[2 * det->vgroup] != PCRE2_UNSET) {
            vs = ov[2 * det->vgroup];
            ve = ov[2 * det->vgroup + 1];
        }
        size_t ok = ve - vs;
        if (ok && det->validate)
            ok = det->validate(s->text + vs, ve - vs);
        if (ok && det->context && !det->context(s->text, s->len, vs, vs + ok))
            ok = 0;
        size_t next;
        if (ok) {
            if (add_cand(s, d, vs, vs + ok, (det->flags & ANON_DF_CHECKSUM) != 0) < 0)
                return ANON_ERR_NOMEM;
            next = vs + ok < ve ? vs + ok : me;
            if (next > last)
                last = next;
        } else {
            /* a rejected candidate's tail may still hold a value after a space ("Flat 12
             * 07700 900123"): retry from the next space-separated token, else past it */
            next = me;
            for (size_t p = ms + 1; p < me; p++)
                if (s->text[p - 1] == ' ' && s->text[p] != ' ') {
                    next = p;
                    break;
                }
        }
        if (anchored)
            break;
        if (next <= ms) {
            next = ms + 1;
            while (next < to && ((uint8_t)s->text[next] & 0xC0) == 0x80)
                next++;
        }
        off = next;
    }
    return (long)last;
}

static size_t ws_after(const struct scan *s, size_t p)
{
    while (p < s->len && !is_ws((uint8_t)s->text[p]))
        p++;
    return p;
}

static size_t ws_before(const struct scan *s, size_t p, size_t floor_)
{
    while (p > floor_ && !is_ws((uint8_t)s->text[p - 1]))
        p--;
    return p;
}

static int lit_eq(const struct trigger *t, const char *p, size_t avail)
{
    if (avail < t->len)
        return 0;
    if (!t->nocase) {
        for (size_t i = 0; i < t->len; i++)
            if (p[i] != t->lit[i])
                return 0;
        return 1;
    }
    for (size_t i = 0; i < t->len; i++)
        if (lower(p[i]) != t->lit[i])
            return 0;
    return 1;
}

static int has_bit(const uint64_t *set, uint8_t b)
{
    return (set[b >> 6] >> (b & 63)) & 1;
}

/* Could any trigger anchored at text[i] match, judging by its neighbours? */
static inline __attribute__((always_inline)) int near_anchor(const anon_engine_t *e,
                                                             const char *text, size_t len, size_t i)
{
    uint8_t a = (uint8_t)text[i];
    if (i > 0 && i + 1 < len) {
        uint16_t p, n;
        memcpy(&p, text + i - 1, 2);
        memcpy(&n, text + i, 2);
        if (__BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__)
            return (int)((e->pair_prev[p >> 6] >> (p & 63)) & 1) |
                   (int)((e->pair_next[n >> 6] >> (n & 63)) & 1);
    }
    return e->near[a].always || (i > 0 && has_bit(e->near[a].prev, (uint8_t)text[i - 1])) ||
           (i + 1 < len && has_bit(e->near[a].next, (uint8_t)text[i + 1]));
}

/* Trigger k, anchored at text[at]: runs its detector where its literal lies. */
static int try_trigger(struct scan *s, uint32_t k, size_t at)
{
    const anon_engine_t *e = s->e;
    const struct trigger *t = &e->trig[k];
    size_t d = t->det;
    if (at < t->off)
        return 0;
    size_t i = at - t->off;
    if (i < s->done[d] || !lit_eq(t, s->text + i, s->len - i))
        return 0;
    long r;
    if (e->det[d].flags & ANON_DF_WINDOW) {
        size_t from = ws_before(s, i, s->done[d]), to = ws_after(s, i + t->len);
        /* a quoted string right before the literal ("john doe"@example.com) may hold
         * spaces: the window starts at its opening quote */
        if (i >= 2 && s->text[i - 1] == '"') {
            size_t q = i - 1;
            while (q > s->done[d] && i - q < 68 && s->text[q - 1] != '\n' &&
                   !(s->text[q - 1] == '"' && !(q >= 2 && s->text[q - 2] == '\\')))
                q--;
            if (q > s->done[d] && s->text[q - 1] == '"' && q - 1 < from)
                from = q - 1;
        }
        r = run(s, d, from, to, 0);
        if (r >= 0)
            r = (long)to;
    } else {
        r = run(s, d, i, s->len, 1);
    }
    if (r < 0)
        return (int)r;
    if ((size_t)r > s->done[d])
        s->done[d] = (size_t)r;
    return 0;
}

/* The triggers anchored at text[at], in their order. */
static int on_trigger(struct scan *s, size_t at)
{
    const anon_engine_t *e = s->e;
    uint8_t a = (uint8_t)s->text[at];
    if (e->tslot[a]) {
        const struct trig_masks *m = &e->tmask[e->tslot[a] - 1];
        uint64_t bits = m->always;
        if (at > 0)
            bits |= m->side[0][(uint8_t)s->text[at - 1]];
        if (at + 1 < s->len)
            bits |= m->side[1][(uint8_t)s->text[at + 1]];
        for (; bits; bits &= bits - 1) {
            int rc = try_trigger(s, e->tfirst[a] + (uint32_t)__builtin_ctzll(bits), at);
            if (rc < 0)
                return rc;
        }
        return 0;
    }
    for (uint32_t k = e->tfirst[a]; k < e->tfirst[a + 1]; k++) {
        int rc = try_trigger(s, k, at);
        if (rc < 0)
            return rc;
    }
    return 0;
}

/* What the sweep did not already collect about a window: which need bytes it holds (into
 * *present; memchr stops at the first) and whether it is all ASCII (where \d and the word
 * classes reach no further, so the gates may judge it). */
static int window_bytes(const struct scan *s, size_t from, size_t to, unsigned *present)
{
    const anon_engine_t *e = s->e;
    const uint8_t *t = (const uint8_t *)s->text;
    size_t i = from;
    unsigned pres = 0, hi = 0;
    for (size_t k = 0; k < e->nneed; k++)
        if (memchr(t + from, e->needbyte[k], to - from))
            pres |= 1u << k;
#ifdef __SSE2__
    /* blocks of 16, the last one overlapping the one before: a byte seen twice changes nothing */
    if (to - from >= 16) {
        __m128i high = _mm_setzero_si128();
        for (;; i += 16) {
            if (i + 16 > to)
                i = to - 16;
            high = _mm_or_si128(high, _mm_loadu_si128((const __m128i *)(const void *)(t + i)));
            if (i + 16 == to)
                break;
        }
        hi = (unsigned)_mm_movemask_epi8(high);
        i = to;
    }
#endif
    for (; i < to; i++)
        hi |= t[i] & 0x80;
    *present = pres;
    return !hi;
}

/* Digit-window state of one sweep: the window and the digit runs the sweep found in it. The
 * window ends at the first whitespace from `reach` (DIGIT_REACH past its last digit); that end
 * is looked for only when asked (window_end), as ws_after is monotone: most runs lie within
 * DIGIT_REACH of the reach before them and join the window without it. */
struct dwin {
    int open;
    int overflow; /* more runs than w.run holds: the gates cannot judge it */
    int ended;    /* w.to is the end for `reach` */
    size_t floor_;
    size_t reach;
    unsigned digits;
    anon_window_t w; /* w.from, w.to: the window */
};

static size_t window_end(const struct scan *s, struct dwin *dw)
{
    if (!dw->ended) {
        dw->w.to = ws_after(s, dw->reach);
        dw->ended = 1;
    }
    return dw->w.to;
}

/* Runs the digit detectors over the closed window that its need bytes and gates allow, in
 * their order. */
static int digit_window(struct scan *s, struct dwin *dw)
{
    const anon_engine_t *e = s->e;
    size_t from = dw->w.from, to = window_end(s, dw);
    unsigned present = 0, digits = dw->digits;
    int judged = 0; /* the window is looked at when a need byte or a gate asks */
    uint64_t todo = e->dd_digits[digits < 64 ? digits : 64];
    if (todo & e->dd_look) {
        judged = window_bytes(s, from, to, &present) && !dw->overflow;
        for (unsigned b = 0; b < 8; b++)
            if (!(present & (1u << b)))
                todo &= ~e->dd_need[b];
        /* the runs are summed up for the gates when one of them is still asked */
        if (judged && (todo & e->dd_summed)) {
            unsigned maybe = anon_gates_maybe(&dw->w, e->gatebits);
            for (unsigned b = 0; b < 8; b++)
                if (!(maybe & (1u << b)))
                    todo &= ~e->dd_gatebit[b];
        }
    }
    for (; todo; todo &= todo - 1) {
        const struct digit_det *det = &e->ddet[__builtin_ctzll(todo)];
        if (det->need && !det->needbit && !memchr(s->text + from, det->need, to - from))
            continue;
        if (det->gate && judged && !det->gate(&dw->w))
            continue;
        long r = run(s, det->det, from, to, 0);
        if (r < 0)
            return (int)r;
    }
    return 0;
}

/* The digits text[b .. e) join the open window's runs (a digit that is also an anchor byte is
 * visited alone, so a run may come in pieces). */
static void window_digits(struct dwin *dw, size_t b, size_t e)
{
    anon_window_t *w = &dw->w;
    if (w->nruns && w->run[w->nruns - 1].e == b) {
        w->run[w->nruns - 1].e = e;
        return;
    }
    if (w->nruns == ANON_GATE_RUNS) {
        dw->overflow = 1;
        return;
    }
    w->run[w->nruns].s = b;
    w->run[w->nruns++].e = e;
}

static int add_token_span(struct scan *s, size_t start, size_t end)
{
    if (s->ntok + 2 > s->captok) {
        size_t cap = s->captok ? s->captok * 2 : 16;
        size_t *t = realloc(s->tok, cap * sizeof *t);
        if (!t)
            return ANON_ERR_NOMEM;
        s->tok = t;
        s->captok = cap;
    }
    s->tok[s->ntok++] = start;
    s->tok[s->ntok++] = end;
    return 0;
}

/* The digits text[i .. j) join the open window or open the next one. A run is taken whole (a
 * digit that is also an anchor byte alone): its digits lie in one window, and only its last one
 * can push the window's end. */
static inline int window_run(struct scan *s, struct dwin *w, size_t i, size_t j)
{
    anon_window_t *win = &w->w;
    size_t reach = j - 1 + DIGIT_REACH < s->len ? j - 1 + DIGIT_REACH : s->len;
    if (w->open && (i <= w->reach + DIGIT_REACH || i <= window_end(s, w) + DIGIT_REACH)) {
        w->digits += (unsigned)(j - i);
        if (reach > w->reach) {
            w->reach = reach;
            w->ended = 0;
        }
    } else {
        if (w->open) {
            int rc = digit_window(s, w);
            if (rc < 0)
                return rc;
            w->floor_ = win->to;
        }
        size_t back = i > w->floor_ + DIGIT_BACK ? i - DIGIT_BACK : w->floor_;
        win->text = s->text;
        win->from = ws_before(s, back, w->floor_);
        win->nruns = 0;
        w->reach = reach;
        w->ended = 0;
        w->overflow = 0;
        w->digits = (unsigned)(j - i);
        w->open = 1;
    }
    window_digits(w, i, j);
    return 0;
}

/* A digit that is no other interesting byte: its run is taken whole, *next is where the sweep
 * resumes. */
static inline __attribute__((always_inline)) int visit_digits(struct scan *s, struct dwin *w,
                                                              size_t i, size_t *next)
{
    const anon_engine_t *e = s->e;
    size_t j = i + 1;
    while (j < s->len && e->cls[(uint8_t)s->text[j]] == CLS_DIGIT)
        j++;
    *next = j;
    return e->ndigit ? window_run(s, w, i, j) : 0;
}

/* One interesting byte (a digit, an anchor byte or '['), in increasing order of i. A run of
 * digits is taken whole: *next is where the sweep resumes. */
static int visit(struct scan *s, struct dwin *w, size_t i, size_t *next)
{
    const anon_engine_t *e = s->e;
    size_t len = s->len;
    uint8_t f = e->cls[(uint8_t)s->text[i]];
    if (f == CLS_DIGIT)
        return visit_digits(s, w, i, next);
    *next = i + 1;
    if ((f & CLS_DIGIT) && e->ndigit) {
        int rc = window_run(s, w, i, i + 1);
        if (rc < 0)
            return rc;
    }
    if ((f & CLS_ANCHOR) && near_anchor(e, s->text, len, i)) {
        int rc = on_trigger(s, i);
        if (rc < 0)
            return rc;
    }
    if (f & CLS_BRACKET) {
        size_t tl, num;
        size_t n = anon_token_parse(s->text + i, len - i, &tl, &num);
        if (n && add_token_span(s, i, i + n) < 0)
            return ANON_ERR_NOMEM;
    }
    return 0;
}

/* Visits the marked bytes (mask) of the 16-byte block at i, skipping what a visit consumed. */
static inline int visit_block(struct scan *s, struct dwin *w, size_t i, unsigned mask, size_t *next)
{
    const anon_engine_t *e = s->e;
    const uint8_t *t = (const uint8_t *)s->text;
    if (*next > i)
        mask = *next - i >= 16 ? 0 : mask & (~0u << (*next - i));
    while (mask) {
        size_t p = i + (size_t)__builtin_ctz(mask);
        uint8_t f = e->cls[t[p]];
        if (f == CLS_ANCHOR && !near_anchor(e, s->text, s->len, p)) {
            mask &= mask - 1; /* most anchor bytes in prose: no call */
            continue;
        }
        int rc = f == CLS_DIGIT ? visit_digits(s, w, p, next) : visit(s, w, p, next);
        if (rc < 0)
            return rc;
        mask = *next - i >= 16 ? 0 : mask & (~0u << (*next - i));
    }
    return 0;
}

#ifdef HAVE_SSSE3_SWEEP
/* Blocks of 16 classified by two table lookups, whatever the number of anchor bytes. */
__attribute__((target("ssse3"))) static int sweep_ssse3(struct scan *s, struct dwin *w, size_t *i,
                                                        size_t *next)
{
    const uint8_t *t = (const uint8_t *)s->text;
    const __m128i lo_tab = _mm_loadu_si128((const __m128i *)(const void *)s->e->nib_lo),
                  hi_tab = _mm_loadu_si128((const __m128i *)(const void *)s->e->nib_hi),
                  low4 = _mm_set1_epi8(0x0F), zero = _mm_setzero_si128();
    for (; *i + 16 <= s->len; *i += 16) {
        __m128i v = _mm_loadu_si128((const __m128i *)(const void *)(t + *i));
        __m128i lo = _mm_shuffle_epi8(lo_tab, _mm_and_si128(v, low4));
        __m128i hi = _mm_shuffle_epi8(hi_tab, _mm_and_si128(_mm_srli_epi16(v, 4), low4));
        unsigned mask =
            ~(unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(_mm_and_si128(lo, hi), zero)) & 0xFFFFu;
        int rc = mask ? visit_block(s, w, *i, mask, next) : 0;
        if (rc < 0)
            return rc;
    }
    return 0;
}
#endif

/* The single pass: trigger literals, digit windows, token-shaped spans. With SSE2, 16 bytes are
 * classified at once (digits by range, anchor bytes by compare, or every class by nibble lookup
 * with SSSE3) and only marked bytes visited. */
static int sweep(struct scan *s)
{
    const anon_engine_t *e = s->e;
    const uint8_t *t = (const uint8_t *)s->text;
    size_t len = s->len, i = 0, next = 0;
    struct dwin w; /* its run table is filled as runs come */
    w.open = 0;
    w.floor_ = 0;
#ifdef HAVE_SSSE3_SWEEP
    if (e->nib) {
        int rc = sweep_ssse3(s, &w, &i, &next);
        if (rc < 0)
            return rc;
    } else
#endif
#ifdef __SSE2__
        if (e->nsimd) {
        const __m128i zero_c = _mm_set1_epi8('0'), nine = _mm_set1_epi8(9);
        __m128i probe[sizeof e->simd];
        for (size_t k = 0; k < e->nsimd; k++)
            probe[k] = _mm_set1_epi8((char)e->simd[k]);
        for (; i + 16 <= len; i += 16) {
            __m128i v = _mm_loadu_si128((const __m128i *)(const void *)(t + i));
            __m128i d = _mm_sub_epi8(v, zero_c);
            __m128i m = _mm_cmpeq_epi8(_mm_min_epu8(d, nine), d);
            for (size_t k = 0; k < e->nsimd; k++)
                m = _mm_or_si128(m, _mm_cmpeq_epi8(v, probe[k]));
            unsigned mask = (unsigned)_mm_movemask_epi8(m);
            int rc = mask ? visit_block(s, &w, i, mask, &next) : 0;
            if (rc < 0)
                return rc;
        }
    }
#endif
    for (i = i > next ? i : next; i < len;) {
        if (!e->cls[t[i]]) {
            i++;
            continue;
        }
        int rc = visit(s, &w, i, &i);
        if (rc < 0)
            return rc;
    }
    if (w.open) {
        int rc = digit_window(s, &w);
        if (rc < 0)
            return rc;
    }
    for (size_t k = 0; k < e->nfull; k++) {
        long r = run(s, e->full_det[k], 0, len, 0);
        if (r < 0)
            return (int)r;
    }
    return 0;
}

static int cand_rank(const void *a, const void *b)
{
    const struct cand *x = a, *y = b;
    if (x->strong != y->strong)
        return x->strong ? -1 : 1;
    size_t lx = x->end - x->start, ly = y->end - y->start;
    if (lx != ly)
        return lx > ly ? -1 : 1;
    if (x->start != y->start)
        return x->start < y->start ? -1 : 1;
    return x->det < y->det ? -1 : x->det > y->det;
}

static int cand_pos(const void *a, const void *b)
{
    const struct cand *x = a, *y = b;
    return x->start < y->start ? -1 : x->start > y->start;
}

static int overlaps_token(const struct scan *s, const struct cand *c)
{
    for (size_t k = 0; k < s->ntok; k += 2)
        if (c->start < s->tok[k + 1] && s->tok[k] < c->end)
            return 1;
    return 0;
}

/* qsort for the few candidates a string usually has: an insertion sort, no calls through a
 * function pointer. Both orders are total on distinct candidates, so the result is the same. */
static void sort_cands(struct cand *c, size_t n, int (*cmp)(const void *, const void *), int rank)
{
    if (n > 48) {
        qsort(c, n, sizeof *c, cmp);
        return;
    }
    for (size_t i = 1; i < n; i++) {
        struct cand x = c[i];
        size_t j = i;
        while (j > 0 && (rank ? cand_rank(&c[j - 1], &x) : cand_pos(&c[j - 1], &x)) > 0) {
            c[j] = c[j - 1];
            j--;
        }
        c[j] = x;
    }
}

/* Keeps the best non-overlapping candidates, ordered by position. */
static int resolve(struct scan *s, size_t *nkept)
{
    size_t n = s->nc, kept = 0;
    if (n > 1)
        sort_cands(s->c, n, cand_rank, 1);
    uint8_t *taken = NULL;
    if (n > 32) {
        if (!(taken = calloc(s->len / 8 + 1, 1)))
            return ANON_ERR_NOMEM;
    }
    for (size_t i = 0; i < n; i++) {
        struct cand c = s->c[i];
        if (c.end <= c.start || (s->ntok && overlaps_token(s, &c)))
            continue;
        int clash = 0;
        if (taken) {
            for (size_t p = c.start; p < c.end && !clash; p++)
                clash = taken[p >> 3] & (1u << (p & 7));
            if (!clash)
                for (size_t p = c.start; p < c.end; p++)
                    taken[p >> 3] |= (uint8_t)(1u << (p & 7));
        } else {
            for (size_t k = 0; k < kept && !clash; k++)
                clash = c.start < s->c[k].end && s->c[k].start < c.end;
        }
        if (!clash)
            s->c[kept++] = c;
    }
    free(taken);
    if (kept > 1)
        sort_cands(s->c, kept, cand_pos, 0);
    *nkept = kept;
    return 0;
}

/* ---- the detection view ------------------------------------------------------------------ */
/* Text people paste renders like ASCII but is not: no-break and other Unicode spaces between
 * groups, non-breaking hyphens and dashes, full-width forms, digits of other scripts, and
 * invisible format characters inside a value. The detectors run over a view of the text where
 * those are their ASCII equivalents (or gone) and each finding is mapped back to the original
 * bytes, so the whole original span is replaced. Only texts holding such a character pay for
 * the view; ASCII text never does. */
#include "anonymize/nd_table.h"

#define NORM_KEEP (-1)
#define NORM_DROP 0

/* What code point cp (>= 0x80) is in the detection view: an ASCII byte, NORM_DROP or
 * NORM_KEEP. */
static int norm_cp(uint32_t cp)
{
    if (cp < 0x660) /* Latin, Greek, Cyrillic, Hebrew...: the common case */
        return cp == 0xA0 ? ' ' : cp == 0xAD ? NORM_DROP : NORM_KEEP;
    if (cp >= 0x2000 && cp <= 0x206F) {
        if (cp <= 0x200A || cp == 0x202F || cp == 0x205F)
            return ' ';
        if (cp <= 0x200D || cp == 0x2060)
            return NORM_DROP;
        if (cp >= 0x2010 && cp <= 0x2015)
            return '-';
        return NORM_KEEP;
    }
    if (cp >= 0xFF01 && cp <= 0xFF5E) /* full-width ASCII: digits, ＠ ． ＋ （ ） and the rest */
        return (int)(cp - 0xFEE0);
    switch (cp) {
    case 0x2212:
    case 0xFE63:
        return '-';
    case 0x3000:
        return ' ';
    case 0xFEFF:
        return NORM_DROP;
    default:
        break;
    }
    /* the zero at or below cp; a digit when cp lies in its run of ten */
    size_t lo = 0, hi = sizeof nd_zero / sizeof nd_zero[0];
    if (cp < nd_zero[0])
        return NORM_KEEP;
    while (hi - lo > 1) {
        size_t mid = (lo + hi) / 2;
        if (nd_zero[mid] <= cp)
            lo = mid;
        else
            hi = mid;
    }
    return cp - nd_zero[lo] < 10 ? (int)('0' + (cp - nd_zero[lo])) : NORM_KEEP;
}

static size_t utf8_len(uint8_t c)
{
    return c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
}

/* Could a character with this UTF-8 lead byte differ in the detection view? (U+00A0/U+00AD,
 * digits of other scripts, U+2000-U+206F, U+2212, U+3000, U+FE63, U+FEFF, U+FF01-U+FF5E.) The
 * letters of most scripts (C3-D8, D0-D1, E4-E9 ...) are skipped without decoding. */
static int norm_lead(uint8_t c)
{
    return c == 0xC2 || (c >= 0xD9 && c <= 0xDF) || (c >= 0xE0 && c <= 0xE3) || c == 0xEA ||
           c == 0xEF || c == 0xF0;
}

/* The view keeps every byte but the mapped characters, so view and original differ only by an
 * offset that changes after each mapped character: brk[k] = {view offset, original offset} from
 * where the two run in step. */
struct norm_brk {
    size_t v, o;
};

struct norm {
    char *view;
    size_t vlen;
    struct norm_brk *brk;
    size_t nbrk;
};

static size_t norm_orig(const struct norm *nm, size_t v)
{
    size_t lo = 0, hi = nm->nbrk; /* brk[0] is {0, 0} */
    while (hi - lo > 1) {
        size_t mid = (lo + hi) / 2;
        if (nm->brk[mid].v <= v)
            lo = mid;
        else
            hi = mid;
    }
    return nm->brk[lo].o + (v - nm->brk[lo].v);
}

/* Offsets of the characters the detection view maps or drops, collected while checking UTF-8. */
struct normpos {
    size_t *pos;
    size_t n, cap;
    size_t inl[32];
    int nomem;
};

static void normpos_add(struct normpos *np, size_t at)
{
    if (np->n == np->cap) {
        size_t cap = np->cap * 2;
        size_t *q =
            np->pos == np->inl ? malloc(cap * sizeof *q) : realloc(np->pos, cap * sizeof *q);
        if (!q) {
            np->nomem = 1;
            return;
        }
        if (np->pos == np->inl)
            memcpy(q, np->inl, sizeof np->inl);
        np->pos = q;
        np->cap = cap;
    }
    np->pos[np->n++] = at;
}

/* UTF-8 validity (PCRE2 runs with NO_UTF_CHECK); 8 ASCII bytes at a time. The characters the
 * detection view changes go into np. */
static int utf8_ok(const uint8_t *p, size_t n, struct normpos *np)
{
    size_t i = 0;
    while (i < n) {
#ifdef __SSE2__
        if (i + 16 <= n &&
            !_mm_movemask_epi8(_mm_loadu_si128((const __m128i *)(const void *)(p + i)))) {
            i += 16;
            continue;
        }
#endif
        if (i + 8 <= n) {
            uint64_t w;
            memcpy(&w, p + i, 8);
            if (!(w & 0x8080808080808080ull)) {
                i += 8;
                continue;
            }
        }
        uint8_t c = p[i];
        if (c < 0x80) {
            i++;
            continue;
        }
        size_t need;
        uint32_t cp;
        if (c >= 0xC2 && c <= 0xDF) {
            need = 1;
            cp = c & 0x1F;
        } else if (c >= 0xE0 && c <= 0xEF) {
            need = 2;
            cp = c & 0x0F;
        } else if (c >= 0xF0 && c <= 0xF4) {
            need = 3;
            cp = c & 0x07;
        } else {
            return 0;
        }
        if (n - i <= need)
            return 0;
        for (size_t k = 1; k <= need; k++) {
            if ((p[i + k] & 0xC0) != 0x80)
                return 0;
            cp = cp << 6 | (p[i + k] & 0x3F);
        }
        if ((need == 2 && (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF))) ||
            (need == 3 && (cp < 0x10000 || cp > 0x10FFFF)))
            return 0;
        if (norm_lead(c) && norm_cp(cp) != NORM_KEEP)
            normpos_add(np, i);
        i += need + 1;
    }
    return 1;
}

/* Candidates from the NAMES scanner. */
static int names_emit(void *arg, int kind, size_t start, size_t end)
{
    struct scan *s = arg;
    return add_cand(s, s->e->names_det[kind], start, end, 0);
}

size_t anon_engine_person_type(const anon_engine_t *e)
{
    if (!e || !(e->names_kinds & (1u << ANON_NAMES_PERSON)))
        return SIZE_MAX;
    return e->det[e->names_det[ANON_NAMES_PERSON]].type;
}

/* The detection view of valid UTF-8 text (at most len bytes), given the offsets of the
 * characters it maps or drops. */
static int norm_view(const uint8_t *p, size_t len, const struct normpos *np, struct norm *nm)
{
    nm->view = malloc(len);
    nm->brk = malloc((np->n + 1) * sizeof *nm->brk);
    nm->nbrk = 1;
    if (!nm->view || !nm->brk)
        return ANON_ERR_NOMEM;
    nm->brk[0] = (struct norm_brk){0, 0};
    size_t o = 0, span = 0; /* p[span .. ) is still to be copied */
    for (size_t k = 0; k < np->n; k++) {
        size_t i = np->pos[k], cl = utf8_len(p[i]);
        uint32_t cp = p[i] & (cl == 2 ? 0x1F : cl == 3 ? 0x0F : 0x07);
        for (size_t j = 1; j < cl; j++)
            cp = cp << 6 | (p[i + j] & 0x3F);
        int m = norm_cp(cp);
        memcpy(nm->view + o, p + span, i - span);
        o += i - span;
        /* a mapped character's view byte maps to its start: a finding ending on it covers it */
        if (m != NORM_DROP)
            nm->view[o++] = (char)m;
        span = i + cl;
        nm->brk[nm->nbrk++] = (struct norm_brk){o, span};
    }
    memcpy(nm->view + o, p + span, len - span);
    nm->vlen = o + (len - span);
    return 0;
}

struct names_ctx {
    const anon_names_known_t *known; /* names already seen in the request, or NULL */
    int hint;                        /* ANON_NAMES_HINT_* */
};
static int find_in(const anon_engine_t *e, const char *text, size_t len, const struct names_ctx *nc,
                   anon_finding_t **out, size_t *n);
static int find_view(const anon_engine_t *e, const char *text, size_t len, const struct normpos *np,
                     const struct names_ctx *nc, anon_finding_t **out, size_t *n);

int anon_find(const anon_engine_t *e, const char *text, size_t len, anon_finding_t **out, size_t *n)
{
    return anon_find_ex(e, text, len, NULL, ANON_NAMES_HINT_NONE, out, n);
}

int anon_find_ex(const anon_engine_t *e, const char *text, size_t len,
                 const anon_names_known_t *known, int hint, anon_finding_t **out, size_t *n)
{
    if (!e || !out || !n || (!text && len))
        return ANON_ERR_CONFIG;
    *out = NULL;
    *n = 0;
    if (len == 0)
        return 0;
    struct normpos np = {.cap = sizeof np.inl / sizeof np.inl[0]};
    np.pos = np.inl;
    struct names_ctx nc = {known, hint};
    int rc;
    if (!utf8_ok((const uint8_t *)text, len, &np)) {
        rc = ANON_ERR_ENCODING;
    } else if (np.nomem) {
        rc = ANON_ERR_NOMEM;
    } else if (!np.n) {
        rc = find_in(e, text, len, &nc, out, n);
    } else {
        rc = find_view(e, text, len, &np, &nc, out, n);
    }
    if (np.pos != np.inl)
        free(np.pos);
    return rc;
}

/* anon_find over the detection view, findings mapped back to the original text. */
static int find_view(const anon_engine_t *e, const char *text, size_t len, const struct normpos *np,
                     const struct names_ctx *nc, anon_finding_t **out, size_t *n)
{
    struct norm nm = {0};
    int rc = norm_view((const uint8_t *)text, len, np, &nm);
    if (rc == 0 && nm.vlen)
        rc = find_in(e, nm.view, nm.vlen, nc, out, n);
    /* back to the original: from the first character of a finding to the end of its last, so
     * invisible characters inside it go with it (a mapped character's view byte maps to its
     * lead byte, other bytes to themselves) */
    for (size_t i = 0; rc == 0 && i < *n; i++) {
        anon_finding_t *f = &(*out)[i];
        f->start = norm_orig(&nm, f->start);
        size_t last = norm_orig(&nm, f->end - 1);
        uint8_t c = (uint8_t)text[last];
        f->end = last + (c >= 0xC0 ? utf8_len(c) : 1);
    }
    if (nm.view)
        OPENSSL_cleanse(nm.view, nm.vlen);
    free(nm.view);
    free(nm.brk);
    return rc;
}

static int find_in(const anon_engine_t *e, const char *text, size_t len, const struct names_ctx *nc,
                   anon_finding_t **out, size_t *n)
{
    struct scan s = {.e = e, .text = text, .len = len};
    size_t done_small[64];
    int rc = ANON_ERR_NOMEM;
    if (!(s.tls = tls_get(e->max_groups)))
        return ANON_ERR_NOMEM;
    if (e->ndet <= 64) {
        memset(done_small, 0, e->ndet * sizeof *done_small);
        s.done = done_small;
    } else if (!(s.done = calloc(e->ndet, sizeof *s.done))) {
        return ANON_ERR_NOMEM;
    }
    rc = sweep(&s);
    if (rc == 0 && e->names_kinds)
        rc = anon_names_scan(text, len, e->names_kinds, nc->known, nc->hint, names_emit, &s);
    size_t kept = 0;
    if (rc == 0)
        rc = resolve(&s, &kept);
    if (rc == 0 && kept) {
        anon_finding_t *f = malloc(kept * sizeof *f);
        if (!f) {
            rc = ANON_ERR_NOMEM;
        } else {
            for (size_t i = 0; i < kept; i++)
                f[i] = (anon_finding_t){e->det[s.c[i].det].type, s.c[i].start, s.c[i].end};
            *out = f;
            *n = kept;
        }
    }
    if (s.done != done_small)
        free(s.done);
    free(s.c);
    free(s.tok);
    return rc < 0 ? rc : 0;
}
