/* domains.c: the list of intercepted hosts (embedded defaults + config) and the host lookup.
 *
 * The list is built once and never changes, so worker threads share it without locks. Exact
 * names sit in an open-addressing hash table (lookup is one hash of the host); wildcard patterns
 * are scanned. An exact entry beats any wildcard; among wildcards the one with the most literal
 * characters wins, then the earlier one. A pattern listed twice keeps its first position and
 * its last profile, so a config entry can re-profile a default ("api.openai.com=generic").
 */
#include "domains/domains.h"
#include "domains/dom_internal.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

typedef struct {
    const char *pattern;
    dom_profile_t profile;
} dom_default_t;

/* The embedded allowlist, in the order `hush check-config` prints it. */
#define DEFAULT_DOMAINS(X)                                                                         \
    X("api.openai.com", OPENAI)                                                                    \
    X("*.openai.azure.com", OPENAI)                                                                \
    X("api.anthropic.com", ANTHROPIC)                                                              \
    X("generativelanguage.googleapis.com", GEMINI)                                                 \
    X("aiplatform.googleapis.com", GEMINI)                                                         \
    X("*-aiplatform.googleapis.com", GEMINI)                                                       \
    X("*.aiplatform.googleapis.com", GEMINI)                                                       \
    X("api.mistral.ai", OPENAI)                                                                    \
    X("api.cohere.com", COHERE)                                                                    \
    X("api.cohere.ai", COHERE)                                                                     \
    X("api.groq.com", OPENAI)                                                                      \
    X("api.together.xyz", OPENAI)                                                                  \
    X("api.together.ai", OPENAI)                                                                   \
    X("api.perplexity.ai", OPENAI)                                                                 \
    X("api.deepseek.com", OPENAI)                                                                  \
    X("api.x.ai", OPENAI)                                                                          \
    X("openrouter.ai", OPENAI)                                                                     \
    X("api.fireworks.ai", OPENAI)                                                                  \
    X("api.replicate.com", GENERIC)                                                                \
    X("router.huggingface.co", OPENAI)                                                             \
    X("api-inference.huggingface.co", GENERIC)                                                     \
    X("api.portkey.ai", OPENAI)                                                                    \
    X("gateway.ai.cloudflare.com", GENERIC)                                                        \
    X("api.githubcopilot.com", OPENAI)

#define AS_ENTRY(pattern, profile) {pattern, DOM_PROFILE_##profile},
#define AS_NAME(pattern, profile) pattern,
static const dom_default_t default_table[] = {DEFAULT_DOMAINS(AS_ENTRY)};
static const char *const default_patterns[] = {DEFAULT_DOMAINS(AS_NAME) NULL};
#define NDEFAULTS (sizeof(default_table) / sizeof(default_table[0]))

static const char *const profile_names[] = {
    [DOM_PROFILE_GENERIC] = "generic",     [DOM_PROFILE_OPENAI] = "openai",
    [DOM_PROFILE_ANTHROPIC] = "anthropic", [DOM_PROFILE_GEMINI] = "gemini",
    [DOM_PROFILE_COHERE] = "cohere",
};
#define NPROFILES (sizeof(profile_names) / sizeof(profile_names[0]))

typedef struct {
    dom_pat_t pat;
    dom_profile_t profile;
} dom_entry_t;

struct dom_list {
    dom_entry_t *entries; /* effective list, in order */
    size_t n;
    uint32_t *slots; /* hash of every entry's text: 0 empty, else entry index + 1 */
    size_t nslots;   /* power of two, at least twice the entry count */
    size_t *wild;    /* indices of wildcard entries */
    size_t nwild;
    dom_pass_t pass;
};

const char *const *dom_defaults(void)
{
    return default_patterns;
}

const char *dom_profile_name(dom_profile_t p)
{
    if ((size_t)p < NPROFILES)
        return profile_names[p];
    return "unknown";
}

static uint64_t hash(const char *s, size_t n)
{
    uint64_t h = 1469598103934665603ULL; /* FNV-1a */
    for (size_t i = 0; i < n; i++) {
        h ^= (unsigned char)s[i];
        h *= 1099511628211ULL;
    }
    return h;
}

/* The slot holding text, or the empty slot where it belongs. */
static size_t find_slot(const dom_list_t *l, const char *s, size_t n)
{
    size_t mask = l->nslots - 1;
    size_t i = (size_t)hash(s, n) & mask;
    while (l->slots[i]) {
        const dom_pat_t *p = &l->entries[l->slots[i] - 1].pat;
        if (p->len == n && memcmp(p->text, s, n) == 0)
            break;
        i = (i + 1) & mask;
    }
    return i;
}

static int parse_profile(const char *s, size_t n, dom_profile_t *out)
{
    for (size_t p = 0; p < NPROFILES; p++) {
        if (strlen(profile_names[p]) == n && strncasecmp(profile_names[p], s, n) == 0) {
            *out = (dom_profile_t)p;
            return 0;
        }
    }
    return -1;
}

/* The profile an entry without "=profile" gets: the default's, if the pattern is a default. */
static dom_profile_t implied_profile(const dom_pat_t *p)
{
    for (size_t i = 0; i < NDEFAULTS; i++)
        if (strcmp(default_table[i].pattern, p->text) == 0)
            return default_table[i].profile;
    return DOM_PROFILE_GENERIC;
}

static int is_space(int c)
{
    return c == ' ' || c == '\t';
}

/* Add pat (ownership taken) with profile; a duplicate only updates the profile. */
static void add_entry(dom_list_t *l, dom_pat_t *pat, dom_profile_t profile)
{
    size_t slot = find_slot(l, pat->text, pat->len);
    if (l->slots[slot]) {
        l->entries[l->slots[slot] - 1].profile = profile;
        dom_pat_clear(pat);
        return;
    }
    l->entries[l->n].pat = *pat;
    l->entries[l->n].profile = profile;
    l->slots[slot] = (uint32_t)(l->n + 1);
    if (pat->kind != DOM_PAT_EXACT)
        l->wild[l->nwild++] = l->n;
    l->n++;
    memset(pat, 0, sizeof(*pat));
}

/* Parse one config entry, "pattern" or "pattern=profile", blanks around either part allowed. */
static int add_config_entry(dom_list_t *l, const char *entry, char *err, size_t errlen)
{
    size_t n = strlen(entry);
    const char *eq = memchr(entry, '=', n);
    const char *ps = entry, *pe = eq ? eq : entry + n;
    while (ps < pe && is_space((unsigned char)*ps))
        ps++;
    while (pe > ps && is_space((unsigned char)pe[-1]))
        pe--;
    dom_profile_t profile = DOM_PROFILE_GENERIC;
    if (eq) {
        const char *qs = eq + 1, *qe = entry + n;
        while (qs < qe && is_space((unsigned char)*qs))
            qs++;
        while (qe > qs && is_space((unsigned char)qe[-1]))
            qe--;
        if (parse_profile(qs, (size_t)(qe - qs), &profile) != 0) {
            dom_seterr(err, errlen, "domain entry", entry, n,
                       "unknown profile (use openai, anthropic, gemini, cohere or generic)");
            return -1;
        }
    }
    char why[128];
    dom_pat_t pat;
    int rc = dom_pat_parse(ps, (size_t)(pe - ps), 0, &pat, why, sizeof(why));
    if (rc == -2) {
        dom_seterr(err, errlen, "domain entry", entry, n, "out of memory");
        return -1;
    }
    if (rc != 0) {
        dom_seterr(err, errlen, "domain entry", entry, n, why);
        return -1;
    }
    add_entry(l, &pat, eq ? profile : implied_profile(&pat));
    return 0;
}

dom_list_t *dom_list_new(const dom_config_t *cfg, char *err, size_t errlen)
{
    static const dom_config_t empty;
    if (err && errlen)
        err[0] = '\0';
    if (!cfg)
        cfg = &empty;
    if (cfg->nentries && !cfg->entries) {
        dom_seterr(err, errlen, "domain list", "", 0, "entries missing");
        return NULL;
    }
    size_t max = (cfg->replace_defaults ? 0 : NDEFAULTS) + cfg->nentries;
    if (max >= UINT32_MAX / 4) {
        dom_seterr(err, errlen, "domain list", "", 0, "too many entries");
        return NULL;
    }
    dom_list_t *l = calloc(1, sizeof(*l));
    if (!l)
        goto nomem;
    l->nslots = 16;
    while (l->nslots < 2 * max)
        l->nslots *= 2;
    l->entries = calloc(max ? max : 1, sizeof(*l->entries));
    l->slots = calloc(l->nslots, sizeof(*l->slots));
    l->wild = calloc(max ? max : 1, sizeof(*l->wild));
    if (!l->entries || !l->slots || !l->wild)
        goto nomem;

    if (!cfg->replace_defaults) {
        for (size_t i = 0; i < NDEFAULTS; i++) {
            char why[128];
            dom_pat_t pat;
            const char *d = default_table[i].pattern;
            if (dom_pat_parse(d, strlen(d), 0, &pat, why, sizeof(why)) != 0)
                goto nomem; /* the table is valid (a unit test proves it); only malloc fails */
            add_entry(l, &pat, default_table[i].profile);
        }
    }
    for (size_t i = 0; i < cfg->nentries; i++) {
        if (!cfg->entries[i]) {
            dom_seterr(err, errlen, "domain entry", "(null)", 6, "missing");
            goto fail;
        }
        if (add_config_entry(l, cfg->entries[i], err, errlen) != 0)
            goto fail;
    }
    if (dom_pass_init(&l->pass, cfg->passthrough_paths, cfg->npassthrough_paths,
                      cfg->passthrough_hosts, cfg->npassthrough_hosts, err, errlen) != 0)
        goto fail;
    return l;

nomem:
    dom_seterr(err, errlen, "domain list", "", 0, "out of memory");
fail:
    dom_list_free(l);
    return NULL;
}

void dom_list_free(dom_list_t *l)
{
    if (!l)
        return;
    for (size_t i = 0; i < l->n; i++)
        dom_pat_clear(&l->entries[i].pat);
    free(l->entries);
    free(l->slots);
    free(l->wild);
    dom_pass_clear(&l->pass);
    free(l);
}

int dom_match(const dom_list_t *l, const char *host, dom_profile_t *profile)
{
    char name[DOM_NAME_MAX + 1];
    size_t n;
    if (!l || dom_host_normalize(host, name, sizeof(name), &n) != 0)
        return 0;
    const dom_entry_t *best = NULL;
    size_t slot = find_slot(l, name, n);
    if (l->slots[slot]) {
        best = &l->entries[l->slots[slot] - 1]; /* a host has no '*': this is an exact entry */
    } else {
        for (size_t i = 0; i < l->nwild; i++) {
            const dom_entry_t *e = &l->entries[l->wild[i]];
            if ((!best || e->pat.len > best->pat.len) && dom_pat_match(&e->pat, name, n))
                best = e;
        }
    }
    if (!best)
        return 0;
    if (profile)
        *profile = best->profile;
    return 1;
}

int dom_passthrough(const dom_list_t *l, const char *host, const char *path)
{
    if (!l)
        return 0;
    return dom_pass_host(&l->pass, host) || dom_pass_path(&l->pass, path) == 1;
}

int dom_passthrough_ambiguous(const dom_list_t *l, const char *host, const char *path)
{
    return l && !dom_pass_host(&l->pass, host) && dom_pass_path(&l->pass, path) < 0;
}

int dom_passthrough_check(const dom_list_t *l, const char *host, const char *path)
{
    if (!l)
        return 0;
    if (dom_pass_host(&l->pass, host))
        return 1;
    int r = dom_pass_path(&l->pass, path);
    return r == 1 ? 1 : r < 0 ? -1 : 0;
}

/* Signing hosts: bedrock-runtime[-fips].<region>.amazonaws.com (and .com.cn in China). */
int dom_signs_body(const char *host)
{
    static const char *const prefixes[] = {"bedrock-runtime.", "bedrock-runtime-fips."};
    static const char *const suffixes[] = {".amazonaws.com", ".amazonaws.com.cn"};
    char name[DOM_NAME_MAX + 1];
    size_t n;
    if (dom_host_normalize(host, name, sizeof(name), &n) != 0)
        return 0;
    for (size_t i = 0; i < 2; i++) {
        size_t pl = strlen(prefixes[i]);
        if (n <= pl || memcmp(name, prefixes[i], pl) != 0)
            continue;
        for (size_t j = 0; j < 2; j++) {
            size_t sl = strlen(suffixes[j]);
            if (n < pl + sl + 1 || memcmp(name + n - sl, suffixes[j], sl) != 0)
                continue;
            /* exactly one label (the region) in between */
            if (!memchr(name + pl, '.', n - sl - pl))
                return 1;
        }
    }
    return 0;
}

size_t dom_count(const dom_list_t *l)
{
    return l ? l->n : 0;
}

const char *dom_pattern(const dom_list_t *l, size_t i)
{
    return (l && i < l->n) ? l->entries[i].pat.text : NULL;
}

dom_profile_t dom_profile_at(const dom_list_t *l, size_t i)
{
    return (l && i < l->n) ? l->entries[i].profile : DOM_PROFILE_GENERIC;
}
