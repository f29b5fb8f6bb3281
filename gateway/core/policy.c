/* policy: what happens to each PII type found, per host. mask (the default: replaced by a token),
 * block (the request is refused, naming the types, never the values), or audit (found, counted,
 * forwarded unchanged). mode "audit" turns every mask and block into audit: evaluate everything,
 * block nothing. Built once at start against the engine's type names, read-only afterwards.
 */
#include "gateway/core/core.h"

#include "anonymize/anonymize.h"

#include <fnmatch.h>
#include <stdlib.h>
#include <string.h>

struct gw_policy {
    size_t ntypes;
    uint8_t *dflt;
    struct {
        char *pattern;
        uint8_t *act;
    } * hosts;
    size_t nhosts;
};

static int parse_action(const char *s)
{
    if (!strcmp(s, "mask")) {
        return GW_ACT_MASK;
    }
    if (!strcmp(s, "block")) {
        return GW_ACT_BLOCK;
    }
    if (!strcmp(s, "audit")) {
        return GW_ACT_AUDIT;
    }
    return -1;
}

static int type_index(const anon_engine_t *e, const char *name, size_t len)
{
    for (size_t t = 0; t < anon_engine_ntypes(e); t++) {
        const char *n = anon_engine_type_name(e, t);
        if (strlen(n) == len && !strncmp(n, name, len)) {
            return (int)t;
        }
    }
    return -1;
}

/* Apply "TYPE=action;TYPE=action" to act. */
static int apply_spec(const anon_engine_t *e, const char *spec, uint8_t *act, const char *key,
                      char *err, size_t errlen)
{
    const char *p = spec;
    while (*p) {
        const char *end = strchr(p, ';');
        size_t n = end ? (size_t)(end - p) : strlen(p);
        const char *eq = memchr(p, '=', n);
        char a[16];
        int t = eq ? type_index(e, p, (size_t)(eq - p)) : -1;
        snprintf(a, sizeof(a), "%.*s", eq ? (int)(n - (size_t)(eq - p) - 1) : 0, eq ? eq + 1 : "");
        int v = parse_action(a);
        if (t < 0 || v < 0) {
            snprintf(err, errlen,
                     "%s: \"%.*s\" must be TYPE=mask|block|audit with a known PII type", key,
                     (int)(n < 60 ? n : 60), p);
            return -1;
        }
        act[t] = (uint8_t)v;
        p = end ? end + 1 : p + n;
    }
    return 0;
}

gw_policy_t *gw_policy_new(const gw_live_t *cfg, const anon_engine_t *e, char *err, size_t errlen)
{
    gw_policy_t *p = calloc(1, sizeof(*p));
    if (!p) {
        snprintf(err, errlen, "out of memory");
        return NULL;
    }
    p->ntypes = anon_engine_ntypes(e);
    p->dflt = calloc(p->ntypes + 1, 1);
    p->hosts = calloc(cfg->nhost_policy + 1, sizeof(*p->hosts));
    if (!p->dflt || !p->hosts) {
        gw_policy_free(p);
        snprintf(err, errlen, "out of memory");
        return NULL;
    }
    char spec[512];
    for (size_t i = 0; i < cfg->npolicy; i++) {
        snprintf(spec, sizeof(spec), "%s=%s", cfg->policy[i].key, cfg->policy[i].value);
        if (apply_spec(e, spec, p->dflt, "policy", err, errlen) != 0) {
            gw_policy_free(p);
            return NULL;
        }
    }
    for (size_t i = 0; i < cfg->nhost_policy; i++) {
        p->hosts[i].pattern = strdup(cfg->host_policy[i].key);
        p->hosts[i].act = malloc(p->ntypes + 1);
        p->nhosts++;
        if (!p->hosts[i].pattern || !p->hosts[i].act) {
            gw_policy_free(p);
            snprintf(err, errlen, "out of memory");
            return NULL;
        }
        memcpy(p->hosts[i].act, p->dflt, p->ntypes);
        if (apply_spec(e, cfg->host_policy[i].value, p->hosts[i].act, "hostPolicy", err, errlen) !=
            0) {
            gw_policy_free(p);
            return NULL;
        }
    }
    if (cfg->audit_mode) {
        for (size_t t = 0; t < p->ntypes; t++) {
            p->dflt[t] = GW_ACT_AUDIT;
            for (size_t h = 0; h < p->nhosts; h++) {
                p->hosts[h].act[t] = GW_ACT_AUDIT;
            }
        }
    }
    return p;
}

const uint8_t *gw_policy_for(const gw_policy_t *p, const char *host)
{
    for (size_t h = 0; h < p->nhosts; h++) {
        if (fnmatch(p->hosts[h].pattern, host, FNM_CASEFOLD) == 0) {
            return p->hosts[h].act;
        }
    }
    return p->dflt;
}

size_t gw_policy_ntypes(const gw_policy_t *p)
{
    return p->ntypes;
}

void gw_policy_free(gw_policy_t *p)
{
    if (!p) {
        return;
    }
    for (size_t h = 0; h < p->nhosts; h++) {
        free(p->hosts[h].pattern);
        free(p->hosts[h].act);
    }
    free(p->hosts);
    free(p->dflt);
    free(p);
}
