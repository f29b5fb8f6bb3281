/* reload: the one way the reloadable configuration changes, and the queue by which a worker asks
 * the main thread for work.
 *
 * gw_reload runs on the main thread only. SIGHUP, the config file watch and the management API
 * all come here, so each reload loads and validates the same way, builds the new generation
 * (file reads, PCRE2 compiles) off the worker loops, logs the restart-only keys that changed,
 * applies the log level and moves or reopens the audit log.
 *
 * A worker that needs the main thread (the management API) posts a job: work runs on the main
 * loop, then done runs back on the worker's loop. A job whose connection went away is cancelled:
 * work may still run (the change is made), done then only frees. Jobs still outstanding when the
 * loops have stopped are finished (cancelled) by gw_main_jobs_shutdown.
 */
#include "gateway/core/core.h"

#include "domains/domains.h"

#include <stdlib.h>
#include <string.h>

extern char **environ;

int gw_reload(gw_server_t *srv, const char *trigger, char *err, size_t errlen)
{
    char q[600];
    gw_config_t *c = gw_config_load(srv->config_path, environ, err, errlen);
    gw_gen_t *g = c ? gw_gen_build(srv->cfg, c, err, errlen) : NULL;
    if (!g) {
        gw_config_free(c);
        gw_log(GW_LOG_ERROR,
               "event=reload outcome=refused reason=%s kept_generation=%llu trigger=%s",
               gw_log_quote(q, sizeof(q), err), (unsigned long long)srv->gen->id, trigger);
        gw_audit_reopen();
        return -1;
    }
    char changed[400];
    if (gw_config_restart_keys_changed(srv->cfg, c, changed, sizeof(changed))) {
        gw_log(GW_LOG_WARN, "event=reload restart_required=%s trigger=%s",
               gw_log_quote(q, sizeof(q), changed), trigger);
    }
    const char *old_audit = srv->gen->cfg->audit_log ? srv->gen->cfg->audit_log : "";
    int audit_moved = strcmp(old_audit, g->cfg->audit_log ? g->cfg->audit_log : "") != 0;
    gw_log_set_level(g->cfg->log_level);
    gw_gen_swap(srv, g);
    if (audit_moved) {
        char aerr[512];
        gw_audit_close();
        if (gw_audit_open(g->cfg, aerr, sizeof(aerr)) != 0) {
            gw_log(GW_LOG_ERROR, "event=reload audit=%s", gw_log_quote(q, sizeof(q), aerr));
        }
    } else {
        gw_audit_reopen();
    }
    gw_log(GW_LOG_INFO,
           "event=reload outcome=ok generation=%llu intercepted_patterns=%zu trigger=%s",
           (unsigned long long)g->id, dom_count(g->domains), trigger);
    return 0;
}

/* ---- jobs from a worker to the main thread --------------------------------------------------- */

enum { JOB_QUEUED, JOB_RUNNING, JOB_DONE };

struct gw_main_job {
    gw_link_t link; /* first: every outstanding job is on srv->jobs */
    gw_server_t *srv;
    struct event *done_ev; /* on the worker's loop */
    gw_main_work_fn work;
    gw_main_done_fn done;
    void *arg;
    int state;     /* JOB_*, under jobs_lock */
    int cancelled; /* under jobs_lock */
};

static void job_unlink(gw_main_job_t *j)
{
    j->link.prev->next = j->link.next;
    j->link.next->prev = j->link.prev;
    j->link.next = j->link.prev = &j->link;
}

static void job_free(gw_main_job_t *j, int cancelled)
{
    event_free(j->done_ev);
    j->done(j->arg, cancelled);
    free(j);
}

/* The worker's loop: the main thread is done with j. */
static void on_job_done(evutil_socket_t fd, short what, void *arg)
{
    (void)fd;
    (void)what;
    gw_main_job_t *j = arg;
    pthread_mutex_lock(&j->srv->jobs_lock);
    job_unlink(j);
    int cancelled = j->cancelled;
    pthread_mutex_unlock(&j->srv->jobs_lock);
    job_free(j, cancelled);
}

/* The main loop: run every queued job. */
static void on_jobs(evutil_socket_t fd, short what, void *arg)
{
    (void)fd;
    (void)what;
    gw_server_t *srv = arg;
    for (;;) {
        gw_main_job_t *j = NULL;
        pthread_mutex_lock(&srv->jobs_lock);
        for (gw_link_t *l = srv->jobs.next; l != &srv->jobs; l = l->next) {
            gw_main_job_t *k = (gw_main_job_t *)l;
            if (k->state == JOB_QUEUED) {
                j = k;
                j->state = JOB_RUNNING;
                break;
            }
        }
        pthread_mutex_unlock(&srv->jobs_lock);
        if (!j) {
            return;
        }
        j->work(srv, j->arg);
        pthread_mutex_lock(&srv->jobs_lock);
        j->state = JOB_DONE;
        event_active(j->done_ev, EV_READ, 0);
        pthread_mutex_unlock(&srv->jobs_lock);
    }
}

int gw_main_jobs_init(gw_server_t *srv)
{
    pthread_mutex_init(&srv->jobs_lock, NULL);
    srv->jobs.next = srv->jobs.prev = &srv->jobs;
    srv->jobs_ev = event_new(srv->main_base, -1, 0, on_jobs, srv);
    return srv->jobs_ev ? 0 : -1;
}

gw_main_job_t *gw_main_post(gw_worker_t *w, gw_main_work_fn work, gw_main_done_fn done, void *arg)
{
    gw_server_t *srv = w->srv;
    gw_main_job_t *j = calloc(1, sizeof(*j));
    if (!j || !srv->jobs_ev) {
        free(j);
        return NULL;
    }
    j->srv = srv;
    j->work = work;
    j->done = done;
    j->arg = arg;
    j->done_ev = event_new(w->base, -1, 0, on_job_done, j);
    if (!j->done_ev) {
        free(j);
        return NULL;
    }
    pthread_mutex_lock(&srv->jobs_lock);
    j->link.next = &srv->jobs;
    j->link.prev = srv->jobs.prev;
    srv->jobs.prev->next = &j->link;
    srv->jobs.prev = &j->link;
    event_active(srv->jobs_ev, EV_READ, 0);
    pthread_mutex_unlock(&srv->jobs_lock);
    return j;
}

void gw_main_cancel(gw_main_job_t *j)
{
    if (!j) {
        return;
    }
    gw_server_t *srv = j->srv;
    pthread_mutex_lock(&srv->jobs_lock);
    if (j->state == JOB_QUEUED) { /* the main thread has not seen it: drop it now */
        job_unlink(j);
        pthread_mutex_unlock(&srv->jobs_lock);
        job_free(j, 1);
        return;
    }
    j->cancelled = 1; /* on_job_done frees it */
    pthread_mutex_unlock(&srv->jobs_lock);
}

void gw_main_jobs_shutdown(gw_server_t *srv)
{
    if (!srv->jobs_ev) {
        return;
    }
    /* Every loop has stopped: what is left never ran or never came back. */
    while (srv->jobs.next != &srv->jobs) {
        gw_main_job_t *j = (gw_main_job_t *)srv->jobs.next;
        job_unlink(j);
        job_free(j, 1);
    }
    event_free(srv->jobs_ev);
    srv->jobs_ev = NULL;
    pthread_mutex_destroy(&srv->jobs_lock);
}
