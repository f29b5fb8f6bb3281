/* run: the process lifetime. Builds the shared server state, starts the workers, waits for a
 * signal, drains, and tears everything down in reverse order.
 *
 * Workers bind the same address with SO_REUSEPORT; when the configured port is 0 the first
 * worker's ephemeral port is reused by the others, so all of them serve one address.
 */
#include "gateway/core/core.h"

#include "anonymize/anonymize.h"
#include "ca/ca.h"
#include "domains/domains.h"

#include <event2/thread.h>
#include <arpa/inet.h>
#include <netinet/in.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

extern char **environ;

static void on_signal(evutil_socket_t sig, short what, void *arg)
{
    (void)what;
    gw_server_t *srv = arg;
    if (srv->stopping++) {
        return;
    }
    gw_log(GW_LOG_INFO, "event=draining signal=%s deadline_s=%.1f",
           sig == SIGINT ? "SIGINT" : "SIGTERM", srv->cfg->drain_timeout);
    for (unsigned i = 0; i < srv->nworkers; i++) {
        gw_worker_drain(&srv->workers[i]);
    }
    event_base_loopbreak(srv->main_base); /* gw_run then waits for the workers */
}

static void on_hup(evutil_socket_t sig, short what, void *arg)
{
    (void)sig;
    (void)what;
    char err[512];
    (void)gw_reload(arg, "sighup", err, sizeof(err)); /* logged either way */
}

static void on_file_changed(void *arg)
{
    char err[512];
    (void)gw_reload(arg, "file", err, sizeof(err));
}

static void ca_log(int level, const char *msg, void *arg)
{
    (void)arg;
    char q[600];
    static const int map[] = {GW_LOG_DEBUG, GW_LOG_INFO, GW_LOG_WARN, GW_LOG_ERROR};
    gw_log(map[level & 3], "event=ca msg=%s", gw_log_quote(q, sizeof(q), msg));
}

/* Load or generate the CA (or learn that MITM is off). -1: refuse to start. */
static int open_ca(gw_server_t *srv)
{
    const gw_boot_t *cfg = srv->cfg;
    char err[512], q[600];
    ca_config_t cc = {
        .cert_file = cfg->ca_cert_file,
        .key_file = cfg->ca_key_file,
        .data_dir = cfg->data_dir,
        .leaf_validity_days = cfg->leaf_validity_days,
        .leaf_cache_size = cfg->leaf_cache_size,
        .log = ca_log,
    };
    if (ca_open(&cc, &srv->ca, err, sizeof(err)) != 0) {
        gw_log(GW_LOG_ERROR, "event=start_failed reason=%s", gw_log_quote(q, sizeof(q), err));
        return -1;
    }
    if (!srv->ca) {
        gw_log(GW_LOG_INFO, "event=ca mitm=off reason=\"caCertFile and caKeyFile are empty\"");
        return 0;
    }
    gw_log(GW_LOG_INFO, "event=ca mitm=on cert=%s generated=%s",
           gw_log_quote(q, sizeof(q), ca_cert_path(srv->ca)),
           ca_was_generated(srv->ca) ? "true" : "false");
    if (ca_was_generated(srv->ca)) {
        if (cfg->log_json) { /* machine-read logs get it as one event */
            char hint[1200];
            gw_log(GW_LOG_INFO, "event=ca_trust_hint msg=%s",
                   gw_log_quote(hint, sizeof(hint), ca_trust_hint()));
        } else { /* for the person at the terminal: how to trust what was just created */
            fprintf(stderr, "\nhush generated a new CA at %s\n%s\n", ca_cert_path(srv->ca),
                    ca_trust_hint());
        }
    }
    size_t failed =
        ca_preload(srv->ca, (const char *const *)cfg->preload_hosts.v, cfg->preload_hosts.n);
    if (cfg->preload_hosts.n) {
        gw_log(failed ? GW_LOG_WARN : GW_LOG_INFO, "event=ca preloaded=%zu failed=%zu",
               cfg->preload_hosts.n - failed, failed);
    }
    return 0;
}

/* The first generation (intercepted hosts, detectors, policy), then the parts' server state (the
 * two TLS contexts are net's). -1: refuse to start. */
static int open_mitm(gw_server_t *srv)
{
    const gw_boot_t *cfg = srv->cfg;
    char err[512], q[600];
    gw_config_t *gcfg = gw_config_load(srv->config_path, environ, err, sizeof(err));
    srv->gen = gcfg ? gw_gen_build(cfg, gcfg, err, sizeof(err)) : NULL;
    if (!srv->gen) {
        gw_config_free(gcfg);
        gw_log(GW_LOG_ERROR, "event=start_failed reason=%s", gw_log_quote(q, sizeof(q), err));
        return -1;
    }
    if (srv->gen->cfg->audit_mode) {
        gw_log(GW_LOG_WARN, "event=policy mode=audit msg=\"PII is detected and recorded but "
                            "forwarded unchanged\"");
    }
    /* The wings above, in order: the TLS contexts (net), ..., the front's accept. */
    for (size_t i = 0; i < srv->nparts; i++) {
        if (srv->parts[i].server_init && srv->parts[i].server_init(srv, err, sizeof(err)) != 0) {
            gw_log(GW_LOG_ERROR, "event=start_failed reason=%s", gw_log_quote(q, sizeof(q), err));
            return -1;
        }
    }
    return 0;
}

/* "auto": one per CPU the process may use (cpus.c), not per CPU online: pinned to one core, two
 * loops would only take turns on it. */
static unsigned worker_count(const gw_boot_t *c)
{
    if (c->workers) {
        return c->workers;
    }
    unsigned mask, limit;
    unsigned n = gw_cpus_auto(&mask, &limit);
    long online = sysconf(_SC_NPROCESSORS_ONLN);
    char lim[24] = "none";
    if (limit) {
        snprintf(lim, sizeof(lim), "%u", limit);
    }
    gw_log(GW_LOG_INFO,
           "event=workers_auto workers=%u cpus_online=%ld cpus_allowed=%u cpu_quota=%s", n, online,
           mask, lim);
    return n;
}

int gw_run(gw_config_t *cfg, const char *config_path, const gw_part_t *parts, size_t nparts)
{
    gw_server_t srv;
    char err[512];
    int rc = 1;
    struct event_base *main_base = NULL;
    struct event *sigint = NULL, *sigterm = NULL, *sighup = NULL;
    gw_watch_t *watch = NULL;

    memset(&srv, 0, sizeof(srv));
    srv.cfg = &cfg->boot;
    srv.config_path = config_path;
    srv.parts = parts;
    srv.nparts = nparts;
    gw_metrics_init(&srv.metrics);
    gettimeofday(&srv.started, NULL);
    gw_log_set_level(cfg->live.log_level);
    gw_log_set_json(cfg->boot.log_json);
    signal(SIGPIPE, SIG_IGN);
    if (gw_heap_keep() < 0) { /* only slower: large requests fault their memory in again */
        gw_log(GW_LOG_WARN, "event=heap_keep outcome=refused");
    }
    if (evthread_use_pthreads() != 0) {
        gw_log(GW_LOG_ERROR, "event=start_failed reason=\"libevent threading unavailable\"");
        return 1;
    }

    struct sockaddr_storage ss;
    socklen_t slen;
    if (gw_parse_listen(cfg->boot.listen, &ss, &slen) != 0) {
        gw_log(GW_LOG_ERROR, "event=start_failed reason=\"listen: invalid address\"");
        return 1;
    }
    int sl = (int)slen;

    /* Workers must not take the process signals; the main thread's loop handles them. */
    sigset_t block, old;
    sigemptyset(&block);
    sigaddset(&block, SIGINT);
    sigaddset(&block, SIGTERM);
    sigaddset(&block, SIGHUP);
    pthread_sigmask(SIG_BLOCK, &block, &old);

    if (gw_audit_open(&cfg->live, err, sizeof(err)) != 0) {
        char q[600];
        gw_log(GW_LOG_ERROR, "event=start_failed reason=%s", gw_log_quote(q, sizeof(q), err));
        rc = 2;
        goto done;
    }
    if (open_ca(&srv) != 0 || open_mitm(&srv) != 0) {
        rc = 2;
        goto done;
    }

    /* Handlers first: a signal that arrives once "listening" is logged must drain, not kill. */
    main_base = event_base_new();
    srv.main_base = main_base;
    sigint = evsignal_new(main_base, SIGINT, on_signal, &srv);
    sigterm = evsignal_new(main_base, SIGTERM, on_signal, &srv);
    sighup = evsignal_new(main_base, SIGHUP, on_hup, &srv);
    if (!main_base || !sigint || !sigterm || !sighup || gw_main_jobs_init(&srv) != 0 ||
        evsignal_add(sigint, NULL) != 0 || evsignal_add(sigterm, NULL) != 0 ||
        evsignal_add(sighup, NULL) != 0) {
        gw_log(GW_LOG_ERROR, "event=start_failed reason=\"cannot install signal handlers\"");
        goto done;
    }

    if (config_path && cfg->boot.watch_config) {
        char q[600];
        watch = gw_watch_start(main_base, config_path, on_file_changed, &srv, err, sizeof(err));
        if (!watch) { /* SIGHUP still works: say so rather than refuse to start */
            gw_log(GW_LOG_WARN, "event=config_watch outcome=off reason=%s",
                   gw_log_quote(q, sizeof(q), err));
        } else {
            gw_log(GW_LOG_INFO, "event=config_watch outcome=on file=%s",
                   gw_log_quote(q, sizeof(q), config_path));
        }
    }

    srv.nworkers = worker_count(&cfg->boot);
    srv.workers = calloc(srv.nworkers, sizeof(gw_worker_t));
    if (!srv.workers) {
        goto done;
    }
    unsigned started = 0;
    for (unsigned i = 0; i < srv.nworkers; i++) {
        if (gw_worker_init(&srv.workers[i], &srv, i, (struct sockaddr *)&ss, sl, err,
                           sizeof(err)) != 0) {
            char q[600];
            gw_log(GW_LOG_ERROR, "event=start_failed reason=%s", gw_log_quote(q, sizeof(q), err));
            srv.nworkers = i + 1;
            goto done;
        }
        if (i == 0) { /* pin the others to the port the first one actually got */
            socklen_t len = sizeof(ss);
            getsockname(gw_worker_listen_fd(&srv.workers[0]), (struct sockaddr *)&ss, &len);
            sl = (int)len;
        }
    }
    gw_server_note_self(&srv, gw_worker_listen_fd(&srv.workers[0]));
    if (srv.workers[0].admin_listener) {
        gw_server_note_self(&srv, evconnlistener_get_fd(srv.workers[0].admin_listener));
    }
    if (srv.workers[0].tp_listener) {
        gw_server_note_self(&srv, evconnlistener_get_fd(srv.workers[0].tp_listener));
    }
    char ip[INET6_ADDRSTRLEN], addr[128];
    unsigned port;
    if (ss.ss_family == AF_INET6) {
        struct sockaddr_in6 *in6 = (struct sockaddr_in6 *)&ss;
        evutil_inet_ntop(AF_INET6, &in6->sin6_addr, ip, sizeof(ip));
        port = ntohs(in6->sin6_port);
        snprintf(addr, sizeof(addr), "[%s]:%u", ip, port);
    } else {
        struct sockaddr_in *in = (struct sockaddr_in *)&ss;
        evutil_inet_ntop(AF_INET, &in->sin_addr, ip, sizeof(ip));
        port = ntohs(in->sin_port);
        snprintf(addr, sizeof(addr), "%s:%u", ip, port);
    }
    gw_log(GW_LOG_INFO, "event=listening addr=%s workers=%u version=%s", addr, srv.nworkers,
           HUSH_VERSION);

    for (; started < srv.nworkers; started++) {
        if (gw_worker_start(&srv.workers[started]) != 0) {
            gw_log(GW_LOG_ERROR, "event=start_failed reason=\"cannot start worker thread\"");
            for (unsigned i = 0; i < started; i++) {
                gw_worker_drain(&srv.workers[i]);
            }
            break;
        }
    }
    pthread_sigmask(SIG_SETMASK, &old, NULL);

    if (started == srv.nworkers) {
        event_base_dispatch(main_base); /* until the first signal */
        /* A second signal during the drain stops the process at once. */
        event_free(sigint);
        event_free(sigterm);
        sigint = sigterm = NULL;
        signal(SIGINT, SIG_DFL);
        signal(SIGTERM, SIG_DFL);
        rc = 0;
    }
    for (unsigned i = 0; i < started; i++) {
        pthread_join(srv.workers[i].thread, NULL);
    }
    gw_log(GW_LOG_INFO, "event=stopped connections_total=%llu",
           (unsigned long long)atomic_load(&srv.counters.conns_total));
done:
    if (sigint) {
        event_free(sigint);
    }
    if (sigterm) {
        event_free(sigterm);
    }
    if (sighup) {
        event_free(sighup);
    }
    gw_watch_stop(watch);
    gw_main_jobs_shutdown(&srv);
    if (main_base) {
        event_base_free(main_base);
    }
    gw_auth_shutdown();
    for (unsigned i = 0; srv.workers && i < srv.nworkers; i++) {
        gw_worker_cleanup(&srv.workers[i]);
    }
    free(srv.workers);
    for (size_t i = srv.nparts; i-- > 0;) {
        if (srv.parts[i].server_free) {
            srv.parts[i].server_free(&srv);
        }
    }
    gw_gen_release(srv.gen);
    gw_metrics_destroy(&srv.metrics);
    gw_audit_close();
    ca_free(srv.ca);
    return rc;
}
