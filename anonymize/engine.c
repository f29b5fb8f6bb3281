/* engine.c: compiles the enabled detectors once and finds PII in a text (anon_find).
 *
 * The engine is immutable after anon_engine_new and shared by all threads; per-call state lives
 * on the stack or the heap of the call, and PCRE2 match data lives in a per-thread slot. A search
 * (anon_find_in) is the structured sweep (engine_sweep.c), which runs each pattern only where it
 * could match, then the NAMES scanner (names.c); their candidates then compete: checksum-validated
 * (and a NAMES date of birth, validated by its label) beats unvalidated, then longer, then earlier,
 * then detector order; none may overlap token-shaped text like [EMAIL_1]. Text that needs the
 * detection view goes through engine_view.c first. Construction sorts the trigger literals and
 * builds the tables the sweep reads; the sweep relies on them being consistent (tfirst,
 * tslot/tmask, near/pair_*, cls, the dd_* sets).
 */
#include "anonymize/engine_internal.h"

#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

#define MATCH_LIMIT 5000000

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

/* athost: the literal is an ANON_DF_ATHOST detector's, left out of pair_next_plain */
static void near_set(anon_engine_t *e, uint8_t a, int prev, uint8_t c, int athost)
{
    set_bit(prev ? e->near[a].prev : e->near[a].next, c);
    if (prev) {
        e->pair_prev[(a << 8 | c) >> 6] |= 1ull << (c & 63);
    } else {
        e->pair_next[(c << 8 | a) >> 6] |= 1ull << (a & 63);
        if (!athost)
            e->pair_next_plain[(c << 8 | a) >> 6] |= 1ull << (a & 63);
    }
}

static void near_add(anon_engine_t *e, const struct trigger *t)
{
    uint8_t a = t->anchor;
    int athost = (e->det[t->det].flags & ANON_DF_ATHOST) != 0;
    if (t->len == 1) {
        e->near[a].always = 1;
        for (unsigned c = 0; c < 256; c++)
            e->pair_prev[(a << 8 | c) >> 6] |= 1ull << (c & 63);
        return;
    }
    char c = t->off ? t->lit[t->off - 1] : t->lit[1];
    near_set(e, a, t->off != 0, (uint8_t)c, athost);
    if (t->nocase)
        near_set(e, a, t->off != 0, (uint8_t)upper_c(c), athost);
}

static int add_trigger(anon_engine_t *e, const char *lit, int nocase, size_t det,
                       anon_anchor_fn anchor_ok)
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
        x->anchor_ok = anchor_ok;
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
        if (k >= 64 || d->min_digits > 64)
            return -1;
        uint64_t bit = 1ull << k;
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
    for (unsigned m = 0; m < 256; m++)
        for (unsigned b = 0; b < 8; b++)
            if (!(m & (1u << b))) {
                e->dd_needlost[m] |= e->dd_need[b];
                e->dd_gatelost[m] |= e->dd_gatebit[b];
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
    unsigned flag;         /* the check applies to the type's detectors with this flag (0: all) */
    anon_anchor_fn anchor; /* its question before an anchored run, NULL: none */
} contexts[] = {{"EMAIL", anon_c_email, 0, NULL},
                {"IPV4", anon_c_ipv4, 0, NULL},
                {"PHONE", anon_c_phone, 0, NULL},
                {"US_SSN", anon_c_ssn_label, 0, NULL},
                {"SECRET", anon_c_secret_key, 0, anon_a_secret_key},
                {"CREDIT_CARD", anon_c_card, 0, NULL}};

/* The pattern compiled without UCP (see struct detector): x->ascii, x->behind and x->start;
 * none of them when it does not compile so or its lookbehind is unknown. */
static void ascii_twin(struct detector *x, const char *pattern)
{
    int ec;
    PCRE2_SIZE eo;
    pcre2_code *re =
        pcre2_compile((PCRE2_SPTR)pattern, PCRE2_ZERO_TERMINATED, PCRE2_UTF, &ec, &eo, NULL);
    uint32_t behind = 0, behind_ucp = 0;
    if (!re || pcre2_pattern_info(re, PCRE2_INFO_MAXLOOKBEHIND, &behind) != 0 ||
        pcre2_pattern_info(x->re, PCRE2_INFO_MAXLOOKBEHIND, &behind_ucp) != 0) {
        pcre2_code_free(re);
        return;
    }
    const uint8_t *bm = NULL;
    if (pcre2_pattern_info(re, PCRE2_INFO_FIRSTBITMAP, &bm) == 0 && bm) {
        for (unsigned b = 0; b < 256; b++)
            x->start[b] = b >= 0xC0 || ((bm[b >> 3] >> (b & 7)) & 1);
        x->has_start = 1;
    }
    (void)pcre2_jit_compile(re, PCRE2_JIT_COMPLETE);
    x->ascii = re;
    x->behind = behind > behind_ucp ? behind : behind_ucp;
    if (x->behind < 1)
        x->behind = 1;
}

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
    x->jit = !custom;
    ascii_twin(x, d->pattern);
    if (intern_type(e, d->type, &x->type) < 0) {
        pcre2_code_free(re);
        pcre2_code_free(x->ascii);
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
    anon_anchor_fn anchor_ok = NULL;
    for (size_t c = 0; !custom && c < sizeof contexts / sizeof contexts[0]; c++)
        if (strcmp(contexts[c].type, d->type) == 0 &&
            (d->flags & contexts[c].flag) == contexts[c].flag) {
            x->context = contexts[c].fn;
            if (d->literals && !(d->flags & (ANON_DF_WINDOW | ANON_DF_AROUND)))
                anchor_ok = contexts[c].anchor;
        }
    int g = pcre2_substring_number_from_name(re, (PCRE2_SPTR) "v");
    x->vgroup = g > 0 ? (uint32_t)g : 0;
    uint32_t cap = 0;
    pcre2_pattern_info(re, PCRE2_INFO_CAPTURECOUNT, &cap);
    if (cap + 1 > e->max_groups)
        e->max_groups = cap + 1;
    size_t idx = e->ndet++;
    if (!custom && (d->flags & ANON_DF_DOTWORD))
        e->dotw_det = idx + 1;
    if (d->literals) {
        x->kind = KIND_LITERAL;
        for (size_t i = 0; d->literals[i]; i++)
            if (add_trigger(e, d->literals[i], (d->flags & ANON_DF_NOCASE) != 0, idx, anchor_ok) <
                0)
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

/* The values anon_engine_plain_value() may answer for: chat roles, which every message of a
 * request carries (a scan of each costs several thousand instructions and finds nothing). */
static const struct {
    const char *v;
    size_t n;
} plain_values[] = {{"user", 4}, {"assistant", 9}, {"system", 6}, {"developer", 9},
                    {"tool", 4}, {"function", 8},  {"model", 5}};

/* Each plain value's bit when this engine finds nothing in it alone, with no known names (NULL)
 * and with an empty set of them: the answer anon_find_ex gives a caller who knows none. */
static void plain_init(anon_engine_t *e)
{
    anon_names_known_t *none = anon_names_known_new();
    if (!none)
        return; /* no bit: every value is scanned */
    for (size_t k = 0; k < sizeof plain_values / sizeof plain_values[0]; k++) {
        anon_finding_t *f = NULL, *g = NULL;
        size_t nf = 1, ng = 1;
        int rc = anon_find_ex(e, plain_values[k].v, plain_values[k].n, NULL, ANON_NAMES_HINT_NONE,
                              &f, &nf),
            rg = anon_find_ex(e, plain_values[k].v, plain_values[k].n, none, ANON_NAMES_HINT_NONE,
                              &g, &ng);
        if (rc == 0 && rg == 0 && nf == 0 && ng == 0 && anon_names_known_count(none) == 0)
            e->plain |= 1u << k;
        free(f);
        free(g);
    }
    anon_names_known_free(none);
}

int anon_engine_plain_value(const anon_engine_t *e, const char *text, size_t len)
{
    if (!e || !e->plain || len < 4 || len > 9)
        return 0;
    for (size_t k = 0; k < sizeof plain_values / sizeof plain_values[0]; k++)
        if ((e->plain >> k & 1) && plain_values[k].n == len &&
            memcmp(plain_values[k].v, text, len) == 0)
            return 1;
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
    static _Atomic uint64_t uids;
    e->uid = atomic_fetch_add(&uids, 1) + 1;
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
    anon_sweep_pairs(e);
#endif
    plain_init(e);
    return e;
fail:
    anon_engine_free(e);
    return NULL;
}

void anon_engine_free(anon_engine_t *e)
{
    if (!e)
        return;
    for (size_t i = 0; i < e->ndet; i++) {
        pcre2_code_free(e->det[i].re);
        pcre2_code_free(e->det[i].ascii);
    }
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

uint64_t anon_engine_uid(const anon_engine_t *e)
{
    return e->uid;
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

char *const *anon_engine_type_names(const anon_engine_t *e)
{
    return e ? e->types : NULL;
}

/* ---- per-thread match data ----------------------------------------------------------------- */
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

/* ---- competition ------------------------------------------------------------------------ */
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

/* qsort for the few candidates a string usually has: an insertion sort that finds each place
 * by binary search and moves the tail in one memmove, no calls through a function pointer. Both
 * orders are total on distinct candidates, so the result is the same. */
static void sort_cands(struct cand *c, size_t n, int (*cmp)(const void *, const void *), int rank)
{
    if (n > 48) {
        qsort(c, n, sizeof *c, cmp);
        return;
    }
    for (size_t i = 1; i < n; i++) {
        struct cand x = c[i];
        if ((rank ? cand_rank(&c[i - 1], &x) : cand_pos(&c[i - 1], &x)) <= 0)
            continue;
        size_t lo = 0, hi = i - 1; /* the first of c[0 .. i - 1] after x: c[i - 1] is */
        while (lo < hi) {
            size_t mid = lo + (hi - lo) / 2;
            if ((rank ? cand_rank(&c[mid], &x) : cand_pos(&c[mid], &x)) > 0)
                hi = mid;
            else
                lo = mid + 1;
        }
        memmove(&c[lo + 1], &c[lo], (i - lo) * sizeof *c);
        c[lo] = x;
    }
}

/* The bits of bitmap word k (bytes 64k .. 64k+63) that lie in [a, b), a < b. */
static uint64_t span_bits(size_t k, size_t a, size_t b)
{
    size_t lo = a > k * 64 ? a - k * 64 : 0, hi = b - k * 64 < 64 ? b - k * 64 : 64;
    return (hi == 64 ? ~0ull : (1ull << hi) - 1) & ~((1ull << lo) - 1);
}

/* Keeps the best non-overlapping candidates, ordered by position. */
static int resolve(struct scan *s, size_t *nkept)
{
    size_t n = s->nc, kept = 0;
    if (n > 1)
        sort_cands(s->c, n, cand_rank, 1);
    uint64_t *taken = NULL; /* bit p: byte p is in a kept candidate (64 bytes a word) */
    if (n > 32) {
        if (!(taken = calloc(s->len / 64 + 1, sizeof *taken)))
            return ANON_ERR_NOMEM;
    }
    for (size_t i = 0; i < n; i++) {
        struct cand c = s->c[i];
        if (c.end <= c.start || (s->ntok && overlaps_token(s, &c)))
            continue;
        int clash = 0;
        if (taken) {
            size_t k0 = c.start >> 6, k1 = (c.end - 1) >> 6;
            for (size_t k = k0; k <= k1 && !clash; k++)
                clash = (taken[k] & span_bits(k, c.start, c.end)) != 0;
            if (!clash)
                for (size_t k = k0; k <= k1; k++)
                    taken[k] |= span_bits(k, c.start, c.end);
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

/* Candidates from the NAMES scanner. A date of birth is found only with its birth label or
 * event (names_dates.c), which validates it as a checksum does: it beats the unvalidated
 * PHONE that its digits can also read as ("DOB: 07 09 1997"). */
static int names_emit(void *arg, int kind, size_t start, size_t end)
{
    struct scan *s = arg;
    /* a scanner's span never splits a character: widened to whole UTF-8 sequences, so no rule's
     * byte arithmetic can send a torn sequence on (fail closed: a byte more is masked) */
    const uint8_t *t = (const uint8_t *)s->text;
    while (start > 0 && start < s->len && (t[start] & 0xC0) == 0x80)
        start--;
    while (end < s->len && (t[end] & 0xC0) == 0x80)
        end++;
    return add_cand(s, s->e->names_det[kind], start, end, kind == ANON_NAMES_DOB);
}

/* Phones read out in words that the names scan noted (names_spoken51.c), as candidates of the
 * first PHONE detector: none when the engine has none. */
static int spoken_phones(struct scan *s)
{
    size_t runs[8][2], n = anon_names_spoken_phones(s->text, s->len, runs, 8);
    const anon_engine_t *e = s->e;
    for (size_t d = 0; n && d < e->ndet; d++) {
        if (strcmp(e->types[e->det[d].type], "PHONE") != 0)
            continue;
        for (size_t k = 0; k < n; k++)
            if (add_cand(s, d, runs[k][0], runs[k][1], 0) < 0)
                return ANON_ERR_NOMEM;
        break;
    }
    return 0;
}

int anon_engine_has_names(const anon_engine_t *e)
{
    return e && e->names_kinds;
}

size_t anon_engine_person_type(const anon_engine_t *e)
{
    if (!e || !(e->names_kinds & (1u << ANON_NAMES_PERSON)))
        return SIZE_MAX;
    return e->det[e->names_det[ANON_NAMES_PERSON]].type;
}

size_t anon_engine_dob_type(const anon_engine_t *e)
{
    if (!e || !(e->names_kinds & (1u << ANON_NAMES_DOB)))
        return SIZE_MAX;
    return e->det[e->names_det[ANON_NAMES_DOB]].type;
}

size_t anon_engine_street_type(const anon_engine_t *e)
{
    if (!e || !(e->names_kinds & (1u << ANON_NAMES_ADDRESS)))
        return SIZE_MAX;
    return e->det[e->names_det[ANON_NAMES_ADDRESS]].type;
}

int anon_find_in(const anon_engine_t *e, const char *text, size_t len, const struct names_ctx *nc,
                 anon_finding_t **out, size_t *n)
{
    struct scan s = {
        .e = e, .text = text, .len = len, .dot_word = nc->dot_word, .pair_next = e->pair_next};
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
    rc = anon_sweep(&s);
    if (rc == 0 && e->names_kinds) {
        anon_names_spoken_reset();
        rc = anon_names_scan(text, len, e->names_kinds | (nc->quoted ? ANON_NAMES_QUOTED : 0),
                             nc->known, nc->hint, names_emit, &s);
        if (rc == 0)
            rc = spoken_phones(&s);
    }
    size_t kept = 0;
    if (rc == 0)
        rc = resolve(&s, &kept);
    if (rc == 0 && kept) { /* less what is provably no one's (example66.c) */
        size_t m = 0;
        for (size_t i = 0; i < kept; i++) {
            /* PHONE and EMAIL (the 5-byte names), and only an address after '<' or a number
             * ending in 0XXX (every range example66.c knows) is asked */
            size_t ty = e->det[s.c[i].det].type, a = s.c[i].start, b = s.c[i].end;
            if (e->type_len[ty] == 5 &&
                ((a > 0 && text[a - 1] == '<') || (b - a >= 7 && text[b - 4] == '0')) &&
                anon_example66_drop(e->types[ty], text, len, a, b))
                continue;
            if (m != i)
                s.c[m] = s.c[i];
            m++;
        }
        kept = m;
    }
    if (rc == 0 && kept) {
        anon_finding_t *f = malloc(kept * sizeof *f);
        if (!f) {
            rc = ANON_ERR_NOMEM;
        } else {
            for (size_t i = 0; i < kept; i++)
                f[i] = (anon_finding_t){e->det[s.c[i].det].type, s.c[i].start, s.c[i].end};
            *out = f;
            *n = kept;
            /* the addressee above a street (names_block40.c), then a person named again with
             * no cue (names_rec39.c) and other evidence in the text (names_rec40.c); a text
             * with no street or PERSON finding (every PII-free one) leaves each at its first
             * loop */
            unsigned pa = (1u << ANON_NAMES_PERSON) | (1u << ANON_NAMES_ADDRESS);
            if ((e->names_kinds & pa) == pa && nc->hint == ANON_NAMES_HINT_NONE)
                rc = anon_names_addressee(text, len, e->det[e->names_det[ANON_NAMES_PERSON]].type,
                                          e->det[e->names_det[ANON_NAMES_ADDRESS]].type, out, n);
            if (rc == 0 && (e->names_kinds & (1u << ANON_NAMES_PERSON)) &&
                nc->hint == ANON_NAMES_HINT_NONE) {
                size_t person = e->det[e->names_det[ANON_NAMES_PERSON]].type;
                rc = anon_names_repeats(text, len, person, out, n);
                if (rc == 0)
                    rc = anon_names_evidence(text, len, person, out, n);
            }
            /* a birth date said again: read back, quoted, corrected (names_dob48.c) */
            if (rc == 0 && (e->names_kinds & (1u << ANON_NAMES_DOB)) &&
                nc->hint == ANON_NAMES_HINT_NONE)
                rc = anon_names_dob_repeats(text, len, e->det[e->names_det[ANON_NAMES_DOB]].type,
                                            out, n);
            if (rc < 0) {
                free(*out);
                *out = NULL;
                *n = 0;
            }
        }
    }
    if (s.done != done_small)
        free(s.done);
    free(s.c);
    free(s.tok);
    return rc < 0 ? rc : 0;
}
