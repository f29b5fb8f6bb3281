/* generation: the reloadable part of the configuration, as one reference-counted generation.
 *
 * A generation bundles the config with what is built from it: the intercepted-host list, the
 * detector engine and the policy. Whoever starts work that must see one consistent set (a CONNECT
 * decision, an exchange) acquires the current generation and releases it when done; SIGHUP builds
 * a new one and swaps it in, and the old one is freed when its last user releases it, so live
 * connections finish on the rules they started with. The swap and the acquire share one mutex:
 * reloads are rare and an acquire is a pointer copy and an increment.
 */
#include "gateway/core/core.h"

#include "anonymize/anonymize.h"
#include "domains/domains.h"

#include <stdlib.h>
#include <string.h>

static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;
static atomic_ullong next_id = 1;

gw_gen_t *gw_gen_build(const gw_boot_t *boot, gw_config_t *owned, char *err, size_t errlen)
{
    gw_live_t *cfg = &owned->live;
    gw_gen_t *g = calloc(1, sizeof(*g));
    if (!g) {
        snprintf(err, errlen, "out of memory");
        return NULL;
    }
    g->owned = owned;
    g->cfg = cfg;
    atomic_init(&g->refs, 1);
    atomic_init(&g->api_words, 0);
    /* Domains added through the management API join the configured ones. */
    json_t *rt = gw_runtime_domains_load(boot);
    size_t n = json_array_size(rt);
    if (n) {
        char **v = realloc(cfg->ai_domains.v, (cfg->ai_domains.n + n + 1) * sizeof(char *));
        if (v) {
            cfg->ai_domains.v = v;
            for (size_t i = 0; i < n; i++) {
                const char *e = json_string_value(json_array_get(rt, i));
                if (e && (v[cfg->ai_domains.n] = strdup(e))) {
                    cfg->ai_domains.n++;
                }
            }
            v[cfg->ai_domains.n] = NULL;
        }
    }
    json_decref(rt);
    g->domains = gw_make_domains(cfg, err, errlen);
    g->anon = g->domains ? gw_make_engine(cfg, err, errlen) : NULL;
    g->policy = g->anon ? gw_policy_new(cfg, g->anon, err, errlen) : NULL;
    g->tpol = g->policy ? gw_tpol_new(cfg, err, errlen) : NULL;
    if (!g->tpol) {
        g->owned = NULL; /* the caller still owns cfg on failure */
        gw_gen_release(g);
        return NULL;
    }
    g->id = atomic_fetch_add(&next_id, 1);
    return g;
}

gw_gen_t *gw_gen_acquire(gw_server_t *srv)
{
    pthread_mutex_lock(&lock);
    gw_gen_t *g = srv->gen;
    atomic_fetch_add(&g->refs, 1);
    pthread_mutex_unlock(&lock);
    return g;
}

void gw_gen_release(gw_gen_t *g)
{
    if (!g || atomic_fetch_sub(&g->refs, 1) != 1) {
        return;
    }
    gw_tpol_free(g->tpol);
    gw_policy_free(g->policy);
    anon_engine_free(g->anon);
    dom_list_free(g->domains);
    gw_config_free(g->owned);
    free(g);
}

static int same_users(const gw_live_t *a, const gw_live_t *b)
{
    if (a->nusers != b->nusers) {
        return 0;
    }
    for (size_t i = 0; i < a->nusers; i++) {
        if (strcmp(a->users[i].key, b->users[i].key) ||
            strcmp(a->users[i].value, b->users[i].value)) {
            return 0;
        }
    }
    return 1;
}

void gw_gen_swap(gw_server_t *srv, gw_gen_t *next)
{
    pthread_mutex_lock(&lock);
    gw_gen_t *old = srv->gen;
    srv->gen = next;
    pthread_mutex_unlock(&lock);
    /* A rotated or removed password must stop working now, not when its cache entry expires. */
    if (!old || !same_users(old->cfg, next->cfg)) {
        gw_access_cache_clear();
    }
    gw_gen_release(old);
}
