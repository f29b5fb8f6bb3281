/* manage: the management API (/api/...), behind a bearer token, on the admin listener (or the
 * proxy port for loopback clients when there is no admin listener).
 *
 *   GET    /api/domains                          the effective intercepted hosts
 *   POST   /api/domains?pattern=P[&profile=X]    add one, persisted in <dataDir>/domains.json
 *   DELETE /api/domains?pattern=P                remove one added here
 *   GET    /api/config                           the effective config, secrets masked
 *   GET    /api/counters                         the main counters as JSON
 *
 * A change runs on the main thread (core/reload.c): the runtime list is written atomically,
 * then gw_reload builds and swaps in a new generation exactly as SIGHUP does (restart warnings,
 * log level, audit log), so live connections keep the rules they started with. The worker
 * answers when the main thread is done. A change is local to this process (this replica): every
 * change answer says so in a Hush-Scope
 * header and a "scope" field. managementApi "readOnly" refuses changes (403) for deployments
 * where replicas share one config file, which hush reloads on change (core/watch.c).
 */
#include "gateway/front/front.h"

#include "domains/domains.h"

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>

static pthread_mutex_t file_lock = PTHREAD_MUTEX_INITIALIZER;

static int reply(struct evbuffer *out, int status, const char *type, const char *body,
                 const char *extra)
{
    evbuffer_add_printf(out,
                        "HTTP/1.1 %d %s\r\nContent-Type: %s\r\nContent-Length: %zu\r\n%s"
                        "Cache-Control: no-store\r\nConnection: close\r\n\r\n%s",
                        status, gw_http_reason(status), type, strlen(body), extra ? extra : "",
                        body);
    return status;
}

static int reply_json_h(struct evbuffer *out, int status, json_t *j, const char *extra)
{
    char *s = json_dumps(j, JSON_INDENT(2) | JSON_PRESERVE_ORDER);
    json_decref(j);
    int rc = reply(out, status, "application/json", s ? s : "{}", extra);
    free(s);
    return rc;
}

static int reply_json(struct evbuffer *out, int status, json_t *j)
{
    return reply_json_h(out, status, j, NULL);
}

/* What every change answer carries: the change reached this replica only. */
#define SCOPE_HEADER "Hush-Scope: replica-local\r\n"
#define SCOPE_NOTE                                                                                 \
    "This change applies to this hush replica only (kept in its dataDir/domains.json): other "     \
    "replicas do not see it, and it is lost when this replica is replaced by one with a fresh "    \
    "data directory (a new pod). To change every replica, edit the shared config file (the "       \
    "ConfigMap); hush reloads it on change."

static int error_json(struct evbuffer *out, int status, const char *msg)
{
    return reply_json(out, status, json_pack("{s:s}", "error", msg));
}

static int runtime_save(const gw_boot_t *c, json_t *list)
{
    char *path = gw_runtime_domains_path(c), *tmp = NULL;
    if (!path || asprintf(&tmp, "%s.tmp", path) < 0) {
        free(path);
        return -1;
    }
    int rc = json_dump_file(list, tmp, JSON_INDENT(2)) == 0 && rename(tmp, path) == 0 ? 0 : -1;
    if (rc != 0) {
        unlink(tmp);
    }
    free(tmp);
    free(path);
    return rc;
}

static int hexval(char c)
{
    return c >= '0' && c <= '9'   ? c - '0'
           : c >= 'a' && c <= 'f' ? c - 'a' + 10
           : c >= 'A' && c <= 'F' ? c - 'A' + 10
                                  : -1;
}

/* ?a=b&c=d with %XX decoding; writes the value of key into out. 0 when found, -1 when absent,
 * -2 when the value is malformed: a bad %XX, a control character (%00 would cut the value short
 * where C strings end), or longer than out. */
static int query_get(const char *target, size_t tlen, const char *key, char *out, size_t n)
{
    const char *q = memchr(target, '?', tlen);
    size_t klen = strlen(key);
    while (q && q < target + tlen) {
        q++;
        const char *amp = memchr(q, '&', (size_t)(target + tlen - q));
        const char *end = amp ? amp : target + tlen;
        if ((size_t)(end - q) > klen && !strncmp(q, key, klen) && q[klen] == '=') {
            size_t o = 0;
            for (const char *p = q + klen + 1; p < end; p++) {
                int c = (unsigned char)*p;
                if (c == '%') {
                    if (end - p < 3 || hexval(p[1]) < 0 || hexval(p[2]) < 0) {
                        return -2;
                    }
                    c = hexval(p[1]) * 16 + hexval(p[2]);
                    p += 2;
                } else if (c == '+') {
                    c = ' ';
                }
                if (c < 0x20 || c == 0x7f || o + 1 >= n) {
                    return -2;
                }
                out[o++] = (char)c;
            }
            out[o] = '\0';
            return 0;
        }
        q = amp;
    }
    return -1;
}

/* 1 when a runtime entry ("pattern" or "pattern=profile") is for pattern. */
static int entry_is(const char *entry, const char *pattern)
{
    size_t pl = strlen(pattern);
    return entry && !strncasecmp(entry, pattern, pl) && (entry[pl] == '\0' || entry[pl] == '=');
}

static int domains_get(gw_worker_t *w, struct evbuffer *out)
{
    gw_gen_t *g = gw_gen_acquire(w->srv);
    json_t *runtime = gw_runtime_domains_load(w->cfg);
    json_t *list = json_array();
    for (size_t i = 0; i < dom_count(g->domains); i++) {
        const char *p = dom_pattern(g->domains, i);
        int rt = 0;
        size_t k;
        json_t *e;
        json_array_foreach(runtime, k, e)
        {
            rt |= entry_is(json_string_value(e), p);
        }
        json_array_append_new(list, json_pack("{s:s, s:s, s:s}", "pattern", p, "profile",
                                              dom_profile_name(dom_profile_at(g->domains, i)),
                                              "source", rt ? "runtime" : "config"));
    }
    json_decref(runtime);
    gw_gen_release(g);
    return reply_json(out, 200, json_pack("{s:o}", "domains", list));
}

/* A domain change, made on the main thread. */
struct change {
    gw_control_wait_t *cw; /* the connection waiting for the answer */
    int add;
    char pattern[260], entry[300];
    int status;
    struct evbuffer *resp;
};

static void change_work(gw_server_t *srv, void *arg)
{
    struct change *ch = arg;
    char err[400];
    struct evbuffer *out = ch->resp;
    pthread_mutex_lock(&file_lock);
    json_t *list = gw_runtime_domains_load(srv->cfg);
    json_t *next = json_array();
    int found = 0;
    size_t k;
    json_t *e;
    json_array_foreach(list, k, e)
    {
        if (entry_is(json_string_value(e), ch->pattern)) {
            found = 1;
            continue; /* replaced (add) or dropped (delete) */
        }
        json_array_append(next, e);
    }
    if (ch->add) {
        json_array_append_new(next, json_string(ch->entry));
    }
    if (!ch->add && !found) {
        ch->status = error_json(out, 404, "no such runtime-added pattern");
    } else if (runtime_save(srv->cfg, next) != 0) {
        ch->status = error_json(out, 500, "cannot write domains.json in the data directory");
    } else if (gw_reload(srv, "api", err, sizeof(err)) != 0) {
        runtime_save(srv->cfg, list); /* put the old list back: the running rules still match it */
        ch->status = error_json(out, 400, err);
    } else {
        char q[300];
        gw_log(GW_LOG_INFO, "event=management action=%s pattern=%s",
               ch->add ? "domain_add" : "domain_remove", gw_log_quote(q, sizeof(q), ch->pattern));
        ch->status = reply_json_h(out, ch->add ? 201 : 200,
                                  json_pack("{s:s, s:s, s:s, s:s}", "pattern", ch->pattern,
                                            "result", ch->add ? "added" : "removed", "scope",
                                            "replica-local", "note", SCOPE_NOTE),
                                  SCOPE_HEADER);
    }
    json_decref(list);
    json_decref(next);
    pthread_mutex_unlock(&file_lock);
}

static void change_done(void *arg, int cancelled)
{
    struct change *ch = arg;
    if (!cancelled) {
        gw_control_wait_t *cw = ch->cw;
        cw->job = NULL;
        cw->cb(cw->arg, ch->status ? ch->status : 500, ch->resp);
    }
    evbuffer_free(ch->resp);
    free(ch);
}

static int domains_change(gw_worker_t *w, int add, const char *target, size_t tlen,
                          struct evbuffer *out, gw_control_wait_t *cw)
{
    char pattern[260], profile[32] = "", entry[300], err[400];
    int rc = query_get(target, tlen, "pattern", pattern, sizeof(pattern));
    if (rc == -2) {
        return error_json(out, 400,
                          "pattern: malformed (a bad %XX, a control character, or too long)");
    }
    if (rc != 0 || !pattern[0]) {
        return error_json(out, 400, "pattern is required: /api/domains?pattern=host[&profile=p]");
    }
    if (query_get(target, tlen, "profile", profile, sizeof(profile)) == -2) {
        return error_json(out, 400,
                          "profile: malformed (a bad %XX, a control character, or too long)");
    }
    snprintf(entry, sizeof(entry), "%s%s%s", pattern, profile[0] ? "=" : "", profile);
    /* Check the entry alone before it can reach the file. */
    const char *one[] = {entry};
    dom_config_t dc = {.entries = one, .nentries = 1};
    dom_list_t *probe = add ? dom_list_new(&dc, err, sizeof(err)) : NULL;
    if (add && !probe) {
        return error_json(out, 400, err);
    }
    dom_list_free(probe);
    /* The file and the new generation are the main thread's work (reload.c). */
    struct change *ch = calloc(1, sizeof(*ch));
    if (ch && !(ch->resp = evbuffer_new())) {
        free(ch);
        ch = NULL;
    }
    if (!ch) {
        return error_json(out, 500, "out of memory");
    }
    ch->cw = cw;
    ch->add = add;
    snprintf(ch->pattern, sizeof(ch->pattern), "%s", pattern);
    snprintf(ch->entry, sizeof(ch->entry), "%s", entry);
    cw->job = gw_main_post(w, change_work, change_done, ch);
    if (!cw->job) {
        evbuffer_free(ch->resp);
        free(ch);
        return error_json(out, 500, "out of memory");
    }
    return GW_CONTROL_PENDING;
}

static int config_get(gw_worker_t *w, struct evbuffer *out)
{
    char *buf = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&buf, &len);
    gw_gen_t *g = gw_gen_acquire(w->srv);
    if (f) {
        /* what is in effect: the start-time part as started, the rest from the generation (a
         * view, not owned) */
        gw_config_t view = {.boot = *w->cfg, .live = *g->cfg};
        gw_config_write_json(&view, f); /* secrets masked by the writer */
        fclose(f);
    }
    gw_gen_release(g);
    int rc = reply(out, buf ? 200 : 500, "application/json", buf ? buf : "{}\n", NULL);
    free(buf);
    return rc;
}

static int counters_get(gw_worker_t *w, struct evbuffer *out)
{
    gw_counters_t *k = &w->srv->counters;
#define V(x) ((json_int_t)atomic_load(&k->x))
    json_t *j =
        json_pack("{s:I, s:I, s:I, s:I, s:I, s:I, s:I, s:I, s:I}", "connections_open",
                  V(conns_open), "connections_total", V(conns_total), "tunnels", V(tunnels),
                  "intercepted", V(intercepted), "forwards", V(forwards), "blocked", V(blocked),
                  "requests", V(requests), "handshake_failures", V(handshake_failures),
                  "blocked_requests", (json_int_t)atomic_load(&w->srv->metrics.blocked_requests));
#undef V
    return reply_json(out, 200, j);
}

int gw_manage_handle(gw_worker_t *w, gw_head_t *head, struct evbuffer *out, gw_control_wait_t *cw)
{
    gw_gen_t *tg = gw_gen_acquire(w->srv); /* managementToken is reloadable */
    int on = tg->cfg->management_token != NULL;
    int ok = gw_control_bearer(head, tg->cfg->management_token);
    gw_gen_release(tg);
    if (!on) {
        return error_json(out, 404, "the management API is off (set managementToken)");
    }
    if (!ok) {
        return reply(out, 401, "application/json", "{\"error\": \"bearer token required\"}\n",
                     "WWW-Authenticate: Bearer realm=\"hush\"\r\n");
    }
    size_t tlen;
    const char *target = gw_head_target(head, &tlen);
    const char *m = gw_head_method(head);
    size_t plen = strcspn(target, "?");
    if (plen > tlen) {
        plen = tlen;
    }
    if (plen == 12 && !strncmp(target, "/api/domains", 12)) {
        if (!strcmp(m, "GET")) {
            return domains_get(w, out);
        }
        if (!strcmp(m, "POST") || !strcmp(m, "DELETE")) {
            gw_gen_t *g = gw_gen_acquire(w->srv); /* managementApi is reloadable */
            int ro = g->cfg->management_readonly;
            gw_gen_release(g);
            if (ro) {
                return error_json(out, 403,
                                  "the management API is read-only (managementApi: \"readOnly\"): "
                                  "change the shared config file instead; hush reloads it on "
                                  "change");
            }
            return domains_change(w, !strcmp(m, "POST"), target, tlen, out, cw);
        }
        return error_json(out, 405, "use GET, POST or DELETE");
    }
    if (plen == 11 && !strncmp(target, "/api/config", 11) && !strcmp(m, "GET")) {
        return config_get(w, out);
    }
    if (plen == 13 && !strncmp(target, "/api/counters", 13) && !strcmp(m, "GET")) {
        return counters_get(w, out);
    }
    return error_json(out, 404, "unknown management endpoint");
}
