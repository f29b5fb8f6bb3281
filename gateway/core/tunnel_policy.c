/* tunnel_policy: metadata mode, allow / deny / audit tunnels on what their handshake shows.
 *
 * A tunnel is decided in up to three stages, each knowing more: the CONNECT (host, and the shadow
 * AI service the host belongs to), the ClientHello (SNI, offered ALPN) and the server's first
 * flight (chosen version; under TLS 1.2 the certificate). tunnelRules are read in order and the
 * first rule whose conditions all hold decides; a rule that needs something a later stage will
 * show makes the decision wait for that stage, so a first-match order is never skipped. When no
 * rule decides: shadowAi for a listed AI service, then tunnelDefault. A CONNECT whose SNI names
 * another host, either of them an AI host, is tunnelSniMismatch's to decide (domain fronting).
 * mode "audit" turns every deny into an audit. The one thing to know: metric labels carry only
 * service names from the list and fixed words, never a host from a client.
 */
#include "gateway/core/core.h"

#include "domains/domains.h"

#include <fnmatch.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* ---- the shadow AI list ------------------------------------------------------------------ */

/* AI services hush does not intercept by default (chat UIs, assistants and APIs of vendors not on
 * the intercepted list): "name" is exact, "*.name" any subdomain of name. Ordered by service. */
#define SHADOW_AI(X)                                                                               \
    X("chatgpt.com", "chatgpt")                                                                    \
    X("*.chatgpt.com", "chatgpt")                                                                  \
    X("chat.openai.com", "chatgpt")                                                                \
    X("claude.ai", "claude")                                                                       \
    X("*.claude.ai", "claude")                                                                     \
    X("gemini.google.com", "gemini")                                                               \
    X("bard.google.com", "gemini")                                                                 \
    X("aistudio.google.com", "gemini")                                                             \
    X("notebooklm.google.com", "gemini")                                                           \
    X("copilot.microsoft.com", "copilot")                                                          \
    X("copilot.cloud.microsoft", "copilot")                                                        \
    X("sydney.bing.com", "copilot")                                                                \
    X("perplexity.ai", "perplexity")                                                               \
    X("*.perplexity.ai", "perplexity")                                                             \
    X("deepseek.com", "deepseek")                                                                  \
    X("chat.deepseek.com", "deepseek")                                                             \
    X("www.deepseek.com", "deepseek")                                                              \
    X("chat.mistral.ai", "mistral")                                                                \
    X("console.mistral.ai", "mistral")                                                             \
    X("codestral.mistral.ai", "mistral")                                                           \
    X("grok.com", "grok")                                                                          \
    X("*.grok.com", "grok")                                                                        \
    X("console.x.ai", "grok")                                                                      \
    X("meta.ai", "meta_ai")                                                                        \
    X("*.meta.ai", "meta_ai")                                                                      \
    X("poe.com", "poe")                                                                            \
    X("*.poe.com", "poe")                                                                          \
    X("character.ai", "character_ai")                                                              \
    X("*.character.ai", "character_ai")                                                            \
    X("you.com", "you")                                                                            \
    X("*.you.com", "you")                                                                          \
    X("pi.ai", "pi")                                                                               \
    X("*.pi.ai", "pi")                                                                             \
    X("huggingface.co", "huggingface")                                                             \
    X("chat.qwen.ai", "qwen")                                                                      \
    X("dashscope.aliyuncs.com", "qwen")                                                            \
    X("dashscope-intl.aliyuncs.com", "qwen")                                                       \
    X("kimi.com", "kimi")                                                                          \
    X("*.kimi.com", "kimi")                                                                        \
    X("kimi.moonshot.cn", "kimi")                                                                  \
    X("api.moonshot.cn", "kimi")                                                                   \
    X("api.moonshot.ai", "kimi")                                                                   \
    X("chatglm.cn", "zhipu")                                                                       \
    X("open.bigmodel.cn", "zhipu")                                                                 \
    X("doubao.com", "doubao")                                                                      \
    X("*.doubao.com", "doubao")                                                                    \
    X("api.ai21.com", "ai21")                                                                      \
    X("api.minimax.chat", "minimax")                                                               \
    X("api.minimaxi.com", "minimax")                                                               \
    X("api.elevenlabs.io", "elevenlabs")                                                           \
    X("api.stability.ai", "stability")                                                             \
    X("api.runwayml.com", "runway")                                                                \
    X("api.midjourney.com", "midjourney")                                                          \
    X("*.cursor.sh", "cursor")                                                                     \
    X("api.cursor.com", "cursor")                                                                  \
    X("*.codeium.com", "windsurf")                                                                 \
    X("*.windsurf.com", "windsurf")                                                                \
    X("*.tabnine.com", "tabnine")                                                                  \
    X("v0.dev", "v0")                                                                              \
    X("api.v0.dev", "v0")                                                                          \
    X("phind.com", "phind")                                                                        \
    X("*.phind.com", "phind")                                                                      \
    X("api.sambanova.ai", "sambanova")                                                             \
    X("api.cerebras.ai", "cerebras")                                                               \
    X("api.hyperbolic.xyz", "hyperbolic")                                                          \
    X("api.novita.ai", "novita")

#define AS_SVC(pattern, name) {pattern, name},
static const struct {
    const char *pattern, *name;
} shadow_defaults[] = {SHADOW_AI(AS_SVC)};
#define NSHADOW (sizeof(shadow_defaults) / sizeof(shadow_defaults[0]))

/* ---- counters (process-wide; labels from bounded sets only) ------------------------------ */

#define MAX_SERVICES 128
static pthread_mutex_t svc_lock = PTHREAD_MUTEX_INITIALIZER;
static struct {
    char name[41];
    atomic_ullong n[3]; /* by GW_TPOL_ALLOW, DENY, AUDIT */
} services[MAX_SERVICES];
static atomic_size_t nservices;
static atomic_ullong decisions[3][3]; /* [stage][action] */
static atomic_ullong uninspectable_total;

/* The slot of a service name, registered on first use; -1 when the table is full. */
static int service_slot(const char *name)
{
    size_t n = atomic_load(&nservices);
    for (size_t i = 0; i < n; i++) {
        if (!strcmp(services[i].name, name)) {
            return (int)i;
        }
    }
    pthread_mutex_lock(&svc_lock);
    n = atomic_load(&nservices);
    size_t i = 0;
    while (i < n && strcmp(services[i].name, name) != 0) {
        i++;
    }
    if (i == n && n < MAX_SERVICES) {
        snprintf(services[i].name, sizeof(services[i].name), "%s", name);
        atomic_store(&nservices, n + 1);
    }
    pthread_mutex_unlock(&svc_lock);
    return i < MAX_SERVICES ? (int)i : -1;
}

/* ---- rules --------------------------------------------------------------------------------- */

enum field {
    F_HOST,
    F_SERVICE,
    F_SNI,
    F_ALPN,
    F_VERSION,
    F_CIPHER,
    F_SAN,
    F_ISSUER,
    F_FINGERPRINT
};
static const char *const field_names[] = {"host",   "service", "sni",    "alpn",       "version",
                                          "cipher", "san",     "issuer", "fingerprint"};
#define NFIELDS (sizeof(field_names) / sizeof(field_names[0]))
#define MAX_CONDS 8

struct cond {
    enum field field;
    char *pat; /* a glob (fnmatch, case-insensitive); fingerprint: 64 lower-case hex digits */
};

struct rule {
    int action;
    char *text;
    struct cond c[MAX_CONDS];
    size_t n;
};

struct svc {
    char *pattern; /* lower-case; "*.x" = any subdomain of x */
    char *name;
};

struct gw_tpol {
    struct rule *rules;
    size_t nrules;
    struct svc *svcs;
    size_t nsvcs;
    int dflt, uninspectable, mismatch, shadow, audit_mode;
};

static const char *const action_names[] = {"allow", "deny", "audit"};
static const char *const stage_names[] = {"connect", "client_hello", "server_hello"};

static int parse_action(const char *s, size_t n)
{
    for (int a = 0; a < 3; a++) {
        if (strlen(action_names[a]) == n && !strncmp(s, action_names[a], n)) {
            return a;
        }
    }
    return -1;
}

/* "AB:cd:..." into 64 lower-case hex digits; -1 when it is not a SHA-256. */
static int norm_fingerprint(const char *s, char *out)
{
    size_t o = 0;
    for (; *s; s++) {
        char c = *s;
        if (c == ':') {
            continue;
        }
        if (c >= 'A' && c <= 'F') {
            c = (char)(c + 32);
        }
        if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f')) || o == 64) {
            return -1;
        }
        out[o++] = c;
    }
    out[o] = '\0';
    return o == 64 ? 0 : -1;
}

static void rule_clear(struct rule *r)
{
    for (size_t i = 0; i < r->n; i++) {
        free(r->c[i].pat);
    }
    free(r->text);
}

/* "ACTION field=pattern [field=\"pattern with spaces\" ...]" into r. */
static int parse_rule(const char *s, struct rule *r, char *why, size_t whylen)
{
    memset(r, 0, sizeof(*r));
    const char *p = s + strspn(s, " ");
    size_t alen = strcspn(p, " ");
    r->action = parse_action(p, alen);
    if (r->action < 0) {
        snprintf(why, whylen, "must start with allow, deny or audit");
        return -1;
    }
    p += alen;
    for (;;) {
        p += strspn(p, " ");
        if (!*p) {
            break;
        }
        const char *eq = strchr(p, '=');
        size_t flen = eq ? (size_t)(eq - p) : 0;
        int f = -1;
        for (size_t i = 0; eq && i < NFIELDS; i++) {
            if (strlen(field_names[i]) == flen && !strncmp(p, field_names[i], flen)) {
                f = (int)i;
            }
        }
        if (f < 0) {
            snprintf(why, whylen,
                     "conditions are field=pattern with field one of host, service, sni, alpn, "
                     "version, cipher, san, issuer, fingerprint");
            return -1;
        }
        const char *v = eq + 1, *end;
        if (*v == '"') {
            v++;
            end = strchr(v, '"');
            if (!end) {
                snprintf(why, whylen, "an unterminated \"quoted\" pattern");
                return -1;
            }
            p = end + 1;
        } else {
            end = v + strcspn(v, " ");
            p = end;
        }
        if (end == v || r->n == MAX_CONDS) {
            snprintf(why, whylen, end == v ? "an empty pattern" : "more than 8 conditions");
            return -1;
        }
        struct cond *c = &r->c[r->n];
        c->field = (enum field)f;
        c->pat = strndup(v, (size_t)(end - v));
        if (!c->pat) {
            snprintf(why, whylen, "out of memory");
            return -1;
        }
        r->n++;
        if (c->field == F_FINGERPRINT) {
            char fp[65];
            if (norm_fingerprint(c->pat, fp) != 0) {
                snprintf(why, whylen, "fingerprint= takes a SHA-256 in hex (colons allowed)");
                return -1;
            }
            memcpy(c->pat, fp, sizeof(fp)); /* the pattern had at least 64 characters */
        }
    }
    if (r->n == 0) {
        snprintf(why, whylen, "needs at least one condition (field=pattern)");
        return -1;
    }
    r->text = strdup(s);
    if (!r->text) {
        snprintf(why, whylen, "out of memory");
        return -1;
    }
    return 0;
}

static int valid_service_name(const char *s)
{
    size_t n = strlen(s);
    if (n == 0 || n > 40) {
        return 0;
    }
    for (; *s; s++) {
        if (!((*s >= 'a' && *s <= 'z') || (*s >= '0' && *s <= '9') || *s == '_' || *s == '-')) {
            return 0;
        }
    }
    return 1;
}

static int valid_host_pattern(const char *s)
{
    const char *h = !strncmp(s, "*.", 2) ? s + 2 : s;
    size_t n = strlen(h);
    if (n == 0 || n > 253 || h[0] == '.' || h[n - 1] == '.' || strstr(h, "..")) {
        return 0;
    }
    for (; *h; h++) {
        char c = *h;
        if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_' ||
              c == '.')) {
            return 0;
        }
    }
    return 1;
}

static int add_svc(gw_tpol_t *p, const char *pattern, size_t plen, const char *name)
{
    struct svc *s = &p->svcs[p->nsvcs];
    s->pattern = strndup(pattern, plen);
    s->name = strdup(name);
    if (!s->pattern || !s->name) {
        free(s->pattern);
        free(s->name);
        return -1;
    }
    for (char *c = s->pattern; *c; c++) {
        *c = (char)(*c >= 'A' && *c <= 'Z' ? *c + 32 : *c);
    }
    p->nsvcs++;
    return 0;
}

gw_tpol_t *gw_tpol_new(const gw_live_t *cfg, char *err, size_t errlen)
{
    char why[160];
    gw_tpol_t *p = calloc(1, sizeof(*p));
    if (!p) {
        snprintf(err, errlen, "out of memory");
        return NULL;
    }
    p->dflt = cfg->tunnel_default;
    p->uninspectable = cfg->tunnel_uninspectable;
    p->mismatch = cfg->tunnel_sni_mismatch;
    p->shadow = cfg->shadow_ai;
    p->audit_mode = cfg->audit_mode;
    p->rules = calloc(cfg->tunnel_rules.n + 1, sizeof(*p->rules));
    p->svcs = calloc(cfg->shadow_ai_services.n + NSHADOW + 1, sizeof(*p->svcs));
    if (!p->rules || !p->svcs) {
        snprintf(err, errlen, "out of memory");
        goto fail;
    }
    for (size_t i = 0; i < cfg->tunnel_rules.n; i++) {
        const char *s = cfg->tunnel_rules.v[i];
        if (parse_rule(s, &p->rules[i], why, sizeof(why)) != 0) {
            rule_clear(&p->rules[i]);
            snprintf(err, errlen, "tunnelRules: \"%.80s\": %s", s, why);
            goto fail;
        }
        p->nrules++;
    }
    /* Configured services first: an entry can re-name or narrow a default. */
    for (size_t i = 0; i < cfg->shadow_ai_services.n; i++) {
        const char *s = cfg->shadow_ai_services.v[i];
        const char *eq = strchr(s, '=');
        char pat[260];
        snprintf(pat, sizeof(pat), "%.*s", eq ? (int)(eq - s) : 0, eq ? s : "");
        for (char *c = pat; *c; c++) {
            *c = (char)(*c >= 'A' && *c <= 'Z' ? *c + 32 : *c);
        }
        if (!eq || !valid_host_pattern(pat) || !valid_service_name(eq + 1)) {
            snprintf(err, errlen,
                     "shadowAiServices: \"%.80s\" must be host=service (host: a name or *.name; "
                     "service: 1-40 of a-z 0-9 _ -)",
                     s);
            goto fail;
        }
        if (add_svc(p, pat, strlen(pat), eq + 1) != 0) {
            snprintf(err, errlen, "out of memory");
            goto fail;
        }
    }
    for (size_t i = 0; i < NSHADOW; i++) {
        if (add_svc(p, shadow_defaults[i].pattern, strlen(shadow_defaults[i].pattern),
                    shadow_defaults[i].name) != 0) {
            snprintf(err, errlen, "out of memory");
            goto fail;
        }
    }
    if (p->shadow != GW_SHADOW_OFF) {
        for (size_t i = 0; i < p->nsvcs; i++) {
            (void)service_slot(p->svcs[i].name); /* so /metrics shows every service at 0 */
        }
    }
    return p;
fail:
    gw_tpol_free(p);
    return NULL;
}

void gw_tpol_free(gw_tpol_t *p)
{
    if (!p) {
        return;
    }
    for (size_t i = 0; i < p->nrules; i++) {
        rule_clear(&p->rules[i]);
    }
    for (size_t i = 0; i < p->nsvcs; i++) {
        free(p->svcs[i].pattern);
        free(p->svcs[i].name);
    }
    free(p->rules);
    free(p->svcs);
    free(p);
}

int gw_tpol_wants_hello(const gw_tpol_t *p)
{
    return p->nrules > 0 || p->shadow != GW_SHADOW_OFF || p->mismatch != GW_TPOL_ALLOW;
}

const char *gw_tpol_service(const gw_tpol_t *p, const char *host)
{
    if (!host || !host[0] || p->shadow == GW_SHADOW_OFF) {
        return NULL;
    }
    size_t hn = strlen(host);
    while (hn && host[hn - 1] == '.') {
        hn--;
    }
    for (size_t i = 0; i < p->nsvcs; i++) {
        const char *pat = p->svcs[i].pattern;
        if (pat[0] == '*') {
            size_t sn = strlen(pat + 1); /* ".example.com" */
            if (hn > sn && strncasecmp(host + hn - sn, pat + 1, sn) == 0) {
                return p->svcs[i].name;
            }
        } else if (strlen(pat) == hn && strncasecmp(host, pat, hn) == 0) {
            return p->svcs[i].name;
        }
    }
    return NULL;
}

/* ---- deciding ----------------------------------------------------------------------------- */

enum { C_NOMATCH = 0, C_MATCH = 1, C_UNKNOWN = 2, C_UNINSPECTABLE = 3 };

static int glob(const char *pat, const char *s)
{
    return fnmatch(pat, s ? s : "", FNM_CASEFOLD) == 0 ? C_MATCH : C_NOMATCH;
}

static int eval_cond(const struct cond *c, const gw_tpol_facts_t *f, const char *service)
{
    int hello = f->stage >= GW_TPOL_HELLO || f->final;
    const gw_tls_meta_t *t = f->tls;
    switch (c->field) {
    case F_HOST:
        return glob(c->pat, f->host);
    case F_SERVICE:
        return service || hello ? glob(c->pat, service) : C_UNKNOWN;
    case F_SNI:
        return hello ? glob(c->pat, f->sni) : C_UNKNOWN;
    case F_ALPN: {
        if (!hello) {
            return C_UNKNOWN;
        }
        const char *a = f->alpn ? f->alpn : "";
        if (!*a) {
            return glob(c->pat, "");
        }
        while (*a) { /* any offered protocol */
            char one[256];
            size_t n = strcspn(a, ",");
            snprintf(one, sizeof(one), "%.*s", (int)n, a);
            if (glob(c->pat, one) == C_MATCH) {
                return C_MATCH;
            }
            a += n + (a[n] == ',');
        }
        return C_NOMATCH;
    }
    case F_VERSION:
    case F_CIPHER: {
        if (!t) {
            return f->final ? glob(c->pat, "") : C_UNKNOWN;
        }
        char cs[16] = "";
        if (t->cipher) {
            snprintf(cs, sizeof(cs), "0x%04x", t->cipher);
        }
        return glob(c->pat, c->field == F_CIPHER ? cs : gw_tls_version_name(t->version));
    }
    default:
        break;
    }
    if (!t && !f->final) {
        return C_UNKNOWN;
    }
    if (!t || !t->cert_seen) {
        return C_UNINSPECTABLE;
    }
    if (c->field == F_FINGERPRINT) {
        return strcmp(c->pat, t->fingerprint) == 0 ? C_MATCH : C_NOMATCH;
    }
    if (c->field == F_ISSUER) {
        return glob(c->pat, t->issuer) == C_MATCH || glob(c->pat, t->issuer_cn) == C_MATCH
                   ? C_MATCH
                   : C_NOMATCH;
    }
    for (size_t i = 0; i < t->nsans; i++) { /* F_SAN: any DNS name, or the subject CN */
        if (glob(c->pat, t->sans[i]) == C_MATCH) {
            return C_MATCH;
        }
    }
    return glob(c->pat, t->subject_cn);
}

/* A definite mismatch on any condition decides, even while others wait for a later stage. */
static int eval_rule(const struct rule *r, const gw_tpol_facts_t *f, const char *service)
{
    int unknown = 0, unins = 0;
    for (size_t i = 0; i < r->n; i++) {
        int c = eval_cond(&r->c[i], f, service);
        if (c == C_NOMATCH) {
            return C_NOMATCH;
        }
        unknown |= c == C_UNKNOWN;
        unins |= c == C_UNINSPECTABLE;
    }
    return unknown ? C_UNKNOWN : unins ? C_UNINSPECTABLE : C_MATCH;
}

static int is_ai(const gw_tpol_t *p, const gw_tpol_facts_t *f, const char *host)
{
    return (f->domains && dom_match(f->domains, host, NULL)) || gw_tpol_service(p, host);
}

static int finish(const gw_tpol_t *p, gw_tpol_verdict_t *v, int action)
{
    if (action == GW_TPOL_DENY && p->audit_mode) {
        action = GW_TPOL_AUDIT;
        v->would_deny = 1;
    }
    v->action = action;
    return action;
}

int gw_tpol_decide(const gw_tpol_t *p, const gw_tpol_facts_t *f, gw_tpol_verdict_t *v)
{
    memset(v, 0, sizeof(*v));
    int hello = f->stage >= GW_TPOL_HELLO || f->final;
    v->service = f->host_is_ip ? NULL : gw_tpol_service(p, f->host);
    if (!v->service && hello && f->sni && f->sni[0]) {
        v->service = gw_tpol_service(p, f->sni);
    }
    int act = -1, pending = 0, audit = 0, only_denials = 1;
    for (size_t i = 0; i < p->nrules && act < 0; i++) {
        const struct rule *r = &p->rules[i];
        int e = eval_rule(r, f, v->service);
        if (pending) { /* a later rule must not decide before an earlier one can */
            only_denials &= e == C_NOMATCH || r->action == GW_TPOL_DENY;
            continue;
        }
        switch (e) {
        case C_UNKNOWN:
            pending = 1;
            only_denials = r->action == GW_TPOL_DENY;
            break;
        case C_UNINSPECTABLE:
            v->uninspectable = 1;
            v->rule = r->text;
            snprintf(v->reason, sizeof(v->reason), "tunnelUninspectable: %s, which \"%s\" needs",
                     f->tls && f->tls->why ? f->tls->why : "the certificate is not visible",
                     r->text);
            if (p->uninspectable == GW_TPOL_DENY) {
                act = GW_TPOL_DENY;
            } else if (p->uninspectable == GW_TPOL_AUDIT) {
                audit = 1;
            }
            break;
        case C_MATCH:
            act = r->action;
            v->rule = r->text;
            snprintf(v->reason, sizeof(v->reason), "tunnelRules: %s", r->text);
            break;
        default:
            break;
        }
    }
    /* While rules wait, a deny that would follow whichever of them matches is certain now. */
    int fallback_deny = (v->service && p->shadow == GW_SHADOW_DENY) || p->dflt == GW_TPOL_DENY;
    if (act < 0 && (!pending || (only_denials && fallback_deny))) {
        if (v->service && p->shadow == GW_SHADOW_DENY) {
            act = GW_TPOL_DENY;
            v->rule = "shadowAi";
            snprintf(v->reason, sizeof(v->reason), "shadowAi: %s is a shadow AI service",
                     v->service);
        } else {
            act = p->dflt;
            if (act != GW_TPOL_ALLOW) {
                v->rule = "tunnelDefault";
                snprintf(v->reason, sizeof(v->reason), "tunnelDefault: %s", action_names[act]);
            }
        }
    }
    if (act == GW_TPOL_DENY) {
        return finish(p, v, act);
    }
    if (p->mismatch != GW_TPOL_ALLOW && !f->host_is_ip) {
        if (!hello) {
            pending = 1;
        } else if (f->sni && f->sni[0] && strcasecmp(f->sni, f->host) != 0 &&
                   (is_ai(p, f, f->host) || is_ai(p, f, f->sni))) {
            v->rule = "tunnelSniMismatch";
            snprintf(v->reason, sizeof(v->reason),
                     "tunnelSniMismatch: the ClientHello names %.100s, not the CONNECT host "
                     "(domain fronting)",
                     f->sni);
            if (p->mismatch == GW_TPOL_DENY) {
                return finish(p, v, GW_TPOL_DENY);
            }
            audit = 1;
        }
    }
    if (pending) {
        v->action = GW_TPOL_PENDING;
        return GW_TPOL_PENDING;
    }
    if (act == GW_TPOL_AUDIT || (v->service && p->shadow == GW_SHADOW_AUDIT)) {
        audit = 1;
    }
    if (audit && !v->rule) {
        v->rule = "shadowAi";
        snprintf(v->reason, sizeof(v->reason), "shadowAi: %s is a shadow AI service", v->service);
    }
    return finish(p, v, audit ? GW_TPOL_AUDIT : GW_TPOL_ALLOW);
}

/* ---- recording ----------------------------------------------------------------------------- */

void gw_tpol_record(const gw_tpol_facts_t *f, const gw_tpol_verdict_t *v, const char *client)
{
    if (v->action < 0 || v->action > 2) {
        return;
    }
    int stage = f->stage < 0 || f->stage > 2 ? 0 : f->stage;
    atomic_fetch_add(&decisions[stage][v->action], 1);
    if (v->uninspectable) {
        atomic_fetch_add(&uninspectable_total, 1);
    }
    if (v->service) {
        int s = service_slot(v->service);
        if (s >= 0) {
            atomic_fetch_add(&services[s].n[v->action], 1);
        }
    }
    if (v->action == GW_TPOL_ALLOW || !gw_audit_enabled()) {
        return;
    }
    char ts[40];
    struct timeval now;
    gettimeofday(&now, NULL);
    gw_iso_time(&now, ts, sizeof(ts));
    json_t *r =
        json_pack("{s:s, s:s, s:s, s:s, s:i, s:s, s:s, s:b, s:s?, s:s}", "time", ts, "event",
                  "tunnel", "client", client, "host", f->host, "port", (int)f->port, "stage",
                  stage_names[stage], "action", action_names[v->action], "would_deny",
                  v->would_deny, "rule", v->rule, "reason", v->reason);
    if (!r) {
        return;
    }
    if (f->sni && f->sni[0]) {
        json_object_set_new(r, "sni", json_string(f->sni));
    }
    if (f->alpn && f->alpn[0]) {
        json_object_set_new(r, "alpn", json_string(f->alpn));
    }
    if (v->service) {
        json_object_set_new(r, "service", json_string(v->service));
    }
    if (v->uninspectable) {
        json_object_set_new(r, "uninspectable", json_true());
    }
    const gw_tls_meta_t *t = f->tls;
    if (t && t->version) {
        char cs[16];
        snprintf(cs, sizeof(cs), "0x%04x", t->cipher);
        json_object_set_new(r, "tls_version", json_string(gw_tls_version_name(t->version)));
        json_object_set_new(r, "cipher", json_string(cs));
    }
    if (t && t->cert_seen) {
        json_t *san = json_array();
        for (size_t i = 0; i < t->nsans; i++) {
            json_array_append_new(san, json_string(t->sans[i]));
        }
        json_object_set_new(r, "cert",
                            json_pack("{s:s, s:s, s:s, s:o}", "fingerprint", t->fingerprint,
                                      "issuer", t->issuer, "subject_cn", t->subject_cn, "san",
                                      san));
    }
    gw_audit_write(r);
    json_decref(r);
}

int gw_tpol_apply(gw_worker_t *w, gw_tpol_facts_t *f, const char *client, char *reason, size_t rlen,
                  char *logf, size_t llen)
{
    gw_gen_t *g = gw_gen_acquire(w->srv);
    f->domains = g->domains;
    gw_tpol_verdict_t v;
    int a = gw_tpol_decide(g->tpol, f, &v);
    if (a != GW_TPOL_PENDING) {
        gw_tpol_record(f, &v, client);
        if (v.rule) {
            char qrule[300];
            snprintf(reason, rlen, "%s", v.reason);
            snprintf(logf, llen, " tunnel_policy=%s%s rule=%s%s%s", action_names[v.action],
                     v.would_deny ? " would_deny=true" : "",
                     gw_log_quote(qrule, sizeof(qrule), v.rule), v.service ? " service=" : "",
                     v.service ? v.service : "");
        } else if (v.service) {
            snprintf(logf, llen, " service=%s", v.service);
        }
    }
    f->domains = NULL; /* released with the generation */
    gw_gen_release(g);
    return a;
}

#define LOAD(x) ((unsigned long long)atomic_load(&(x)))

void gw_tpol_metrics(struct evbuffer *out)
{
    evbuffer_add_printf(out, "# HELP hush_tunnel_policy_total Tunnel decisions of metadata mode "
                             "(tunnelRules, shadowAi, ...) by action and the stage that decided.\n"
                             "# TYPE hush_tunnel_policy_total counter\n");
    for (int s = 0; s < 3; s++) {
        for (int a = 0; a < 3; a++) {
            evbuffer_add_printf(out, "hush_tunnel_policy_total{stage=\"%s\",action=\"%s\"} %llu\n",
                                stage_names[s], action_names[a], LOAD(decisions[s][a]));
        }
    }
    evbuffer_add_printf(out,
                        "# HELP hush_tunnel_uninspectable_total Tunnels where a rule needed the "
                        "server certificate and could not see it (TLS 1.3, resumed, ...).\n"
                        "# TYPE hush_tunnel_uninspectable_total counter\n"
                        "hush_tunnel_uninspectable_total %llu\n",
                        LOAD(uninspectable_total));
    evbuffer_add_printf(out, "# HELP hush_shadow_ai_total Tunnels to AI services hush does not "
                             "intercept, by service and action.\n"
                             "# TYPE hush_shadow_ai_total counter\n");
    size_t n = atomic_load(&nservices);
    for (size_t i = 0; i < n; i++) {
        for (int a = 0; a < 3; a++) {
            evbuffer_add_printf(out, "hush_shadow_ai_total{service=\"%s\",action=\"%s\"} %llu\n",
                                services[i].name, action_names[a], LOAD(services[i].n[a]));
        }
    }
}
