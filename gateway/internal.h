/* internal: what the gateway's files share and nothing outside gateway/ may include.
 *
 * Ownership: a gw_server_t lives for the whole run and is read-only after start (except its
 * atomic counters). A gw_worker_t owns one event loop and everything created on it; objects on a
 * worker are only ever touched from that worker's thread.
 */
#ifndef HUSH_GATEWAY_INTERNAL_H
#define HUSH_GATEWAY_INTERNAL_H

#include "gateway/gateway.h"

#include <event2/buffer.h>
#include <event2/bufferevent.h>
#include <event2/dns.h>
#include <event2/event.h>
#include <event2/listener.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdint.h>
#include <sys/time.h>

struct ca;
struct dom_list;

/* A live object on a worker (connection, tunnel) that a drain deadline may have to abort. */
typedef struct gw_link {
    struct gw_link *prev, *next;
    void (*abort)(struct gw_link *self);
} gw_link_t;

typedef struct gw_counters {
    atomic_ullong conns_total, conns_open, conns_refused;
    atomic_ullong tunnels, forwards, control, blocked;
    atomic_ullong bytes_up, bytes_down;
    atomic_ullong intercepted, requests, upstream_errors, handshake_failures;
    atomic_ullong insecure_upstream_uses;
    atomic_ullong auth_failures, auth_limited, auth_hashes; /* auth.c */
} gw_counters_t;

#define GW_MAX_TYPES 64
typedef struct gw_policy gw_policy_t;
#define GW_HOST_SLOTS 128
#define GW_LAT_BUCKETS 13

/* metrics.c; the refusal and failure-kind indices are in metrics.h. */
typedef struct gw_metrics {
    struct {
        char name[40];
        atomic_ullong n;
    } pii[GW_MAX_TYPES]; /* by type name: generations may order types differently */
    atomic_size_t npii;
    atomic_ullong refused[7];
    atomic_ullong upfail[6];
    atomic_ullong lat_bucket[GW_LAT_BUCKETS], lat_count, lat_sum_us;
    atomic_ullong blocked_requests;     /* policy "block" */
    atomic_ullong responses_refused[5]; /* GW_RESP_REFUSE_*: responses hush would not deliver */
    atomic_ullong budget_refused[2];    /* maxBufferedBytes reached: [0] requests, [1] responses */
    atomic_ullong ws_conns, ws_open, ws_frames[2], ws_bytes[2]; /* WebSockets; [0] up, [1] down */
    pthread_mutex_t hosts_lock;
    struct {
        char name[128];
        unsigned long long by_class[6]; /* other, 1xx .. 5xx */
    } hosts[GW_HOST_SLOTS];
    size_t nhosts;
    unsigned long long other_by_class[6];
} gw_metrics_t;

typedef struct gw_server gw_server_t;

/* gen.c: the reloadable configuration (see gen.c). */
typedef struct gw_gen {
    atomic_int refs;
    uint64_t id;
    gw_config_t *cfg; /* owned */
    struct dom_list *domains;
    struct anon_engine *anon;
    gw_policy_t *policy;
    struct gw_tpol *tpol; /* tunnel_policy.c: metadata mode */
} gw_gen_t;
/* Build from cfg (taken over on success). NULL with "key: reason". */
gw_gen_t *gw_gen_build(gw_config_t *cfg, char *err, size_t errlen);
gw_gen_t *gw_gen_acquire(gw_server_t *srv);
void gw_gen_release(gw_gen_t *g);
void gw_gen_swap(gw_server_t *srv, gw_gen_t *next); /* the main thread, on SIGHUP */

/* ---- defer.c: the one deferred-free mechanism (see defer.c) ------------------------------
 * An object embeds a gw_obj_t (gw_obj_init); calls out of it are bracketed by gw_hold/gw_release;
 * its teardown ends with gw_defer_free(o, fn): fn(self) runs on a zero-delay event of the
 * worker's loop once no holder remains, exactly once, in FIFO order. */
typedef struct gw_obj {
    struct gw_reaper *reaper;
    struct gw_obj *next; /* on the reaper's list while queued */
    void *self;          /* what free_fn is given */
    void (*free_fn)(void *self);
    unsigned holds;
    int dying;  /* gw_defer_free was called: its callbacks do nothing any more */
    int queued; /* on the list (or freed) */
} gw_obj_t;
typedef struct gw_reaper {
    struct event *ev; /* zero-delay: drains the list */
    gw_obj_t *head, **tail;
} gw_reaper_t;
int gw_reaper_init(gw_reaper_t *r, struct event_base *base);
void gw_reaper_run(gw_reaper_t *r);     /* free everything queued, now */
void gw_reaper_cleanup(gw_reaper_t *r); /* run, then free the event (worker cleanup) */
void gw_obj_init(gw_obj_t *o, gw_reaper_t *r, void *self);
void gw_hold(gw_obj_t *o);
void gw_release(gw_obj_t *o);
void gw_defer_free(gw_obj_t *o, void (*free_fn)(void *self)); /* a second call does nothing */
static inline int gw_obj_dying(const gw_obj_t *o)
{
    return o->dying;
}
static inline int gw_obj_held(const gw_obj_t *o) /* a call of its own is on the stack */
{
    return o->holds != 0;
}
/* ---- end of defer.c ------------------------------------------------------------------------ */

typedef struct gw_worker {
    unsigned id;
    gw_server_t *srv;
    const gw_config_t *cfg;
    struct event_base *base;
    struct evdns_base *dns;
    struct evconnlistener *listener;
    struct evconnlistener *admin_listener; /* worker 0 only, with adminListen */
    struct evconnlistener *tp_listener;    /* transparentListen (tproxy.c) */
    struct event *drain_ev, *deadline_ev;
    pthread_t thread;
    gw_link_t live;      /* list head of live objects */
    void *upstream_pool; /* upstream.c: this worker's pooled upstream connections */
    gw_reaper_t reaper;  /* defer.c: objects freed on this loop */
    size_t nlive;
    int draining;
} gw_worker_t;

struct gw_server {
    gw_config_t *cfg;              /* as started: listener, CA, TLS, timeouts, limits */
    const char *config_path;       /* NULL: defaults and environment only */
    struct ca *ca;                 /* NULL: MITM off */
    gw_gen_t *gen;                 /* reloadable: domains, detectors, policy (gen.c) */
    struct ssl_ctx_st *tls_server; /* interception (NULL when MITM is off) */
    struct ssl_ctx_st *tls_client; /* toward upstream APIs */
    gw_worker_t *workers;
    unsigned nworkers;
    gw_counters_t counters;
    gw_metrics_t metrics;
    struct timeval started;
    struct event_base *main_base; /* signals only */
    int stopping;                 /* main thread only */
    /* Where hush itself listens (proxy, admin, transparent), as bound; set before the workers
     * start. dial.c never connects to one of them. */
    struct sockaddr_storage self_addrs[3];
    size_t nself;
};

/* budget.c: the process-wide budget for body bytes held in memory (maxBufferedBytes). take
 * returns 0, or -1 (nothing taken) when n more would pass limit; give returns what was taken. */
int gw_budget_take(size_t limit, size_t n);
void gw_budget_give(size_t n);
size_t gw_budget_used(void);

/* worker.c */
int gw_worker_init(gw_worker_t *w, gw_server_t *srv, unsigned id, const struct sockaddr *sa,
                   int salen, char *err, size_t errlen);
int gw_worker_start(gw_worker_t *w);
void gw_worker_drain(gw_worker_t *w); /* from any thread */
void gw_worker_cleanup(gw_worker_t *w);
evutil_socket_t gw_worker_listen_fd(gw_worker_t *w);
void gw_worker_link(gw_worker_t *w, gw_link_t *l, void (*abort)(gw_link_t *));
void gw_worker_unlink(gw_worker_t *w, gw_link_t *l);
/* Configure a freshly accepted or connected socket's bufferevent for proxying. */
void gw_tune_bev(struct bufferevent *bev);
double gw_elapsed_ms(const struct timeval *since);

/* watch.c: call cb on the main loop when the config file's bytes change (watchConfig). */
typedef struct gw_watch gw_watch_t;
gw_watch_t *gw_watch_start(struct event_base *base, const char *path, void (*cb)(void *), void *arg,
                           char *err, size_t errlen);
void gw_watch_stop(gw_watch_t *w);

/* audit.c: JSON Lines audit records (auditLog). */
#include <jansson.h>
int gw_audit_open(const gw_config_t *cfg, char *err, size_t errlen);
void gw_audit_reopen(void); /* SIGHUP */
void gw_audit_close(void);
int gw_audit_enabled(void);
void gw_audit_write(json_t *record); /* one line; the caller keeps the record */

/* access.c: allowedClients, the per-client connection cap, Proxy-Authorization. */
int gw_access_check_hash(const char *hash); /* 0 when the stored hash is well-formed */
char *gw_access_hash_password(const char *password, unsigned iterations); /* caller frees */
/* Proxy-Authorization: Basic decoded into cred ("user:password", NUL-terminated, cap bytes);
 * *ulen is the user name's length. -1 when malformed (cred is then wiped). */
int gw_access_parse_basic(const char *header, size_t len, char *cred, size_t cap, size_t *clen,
                          size_t *ulen);
/* The success cache, keyed by an HMAC of the stored hash and the credentials. */
void gw_access_mac(const char *stored, const char *cred, size_t n, uint8_t mac[32]);
int gw_access_cached(const uint8_t mac[32]);
void gw_access_remember(const uint8_t mac[32]);
void gw_access_cache_clear(void);
/* 1 when pw matches stored; stored NULL (an unknown user) derives a key with dummy_iterations
 * anyway and returns 0. Slow: never on an event loop. */
int gw_access_verify(const char *pw, size_t pwlen, const char *stored, unsigned dummy_iterations);
unsigned gw_access_iterations(const char *stored); /* of a stored hash; 200000 if unparsable */

/* auth.c: Proxy-Authorization checked off the event loop, failures per client rate-limited. */
enum { GW_AUTH_OK, GW_AUTH_DENIED, GW_AUTH_LIMITED, GW_AUTH_BUSY, GW_AUTH_PENDING };
typedef struct gw_auth_job gw_auth_job_t;
/* result: GW_AUTH_OK or GW_AUTH_DENIED; user: the name for the log ("unknown" when not a user). */
typedef void (*gw_auth_cb)(void *arg, int result, const char *user);
/* GW_AUTH_PENDING: cb runs later on w's loop (unless cancelled) and *job is set. Any other result
 * is final now: OK (no users, or a remembered success), DENIED (no or malformed credentials),
 * LIMITED (*retry_after seconds; too many failures from this address), BUSY (queue full). user
 * gets the presented name for the log (ulen bytes). */
int gw_auth_start(gw_worker_t *w, const gw_config_t *cfg, const struct sockaddr *peer,
                  const char *header, size_t len, gw_auth_cb cb, void *arg, gw_auth_job_t **job,
                  char *user, size_t ulen, unsigned *retry_after);
void gw_auth_cancel(gw_auth_job_t *job); /* on the job's loop; cb will not run */
void gw_auth_shutdown(void); /* after the worker threads ended, before their bases are freed */
int gw_access_client_allowed(const gw_config_t *cfg, const struct sockaddr *sa);
int gw_access_client_enter(const gw_config_t *cfg, const struct sockaddr *sa); /* 0: over cap */
void gw_access_client_leave(const struct sockaddr *sa);
/* A client connection ended: release its maxConnections and per-client slots (once). */
void gw_release_conn(gw_worker_t *w, const struct sockaddr *peer);

/* policy.c: the action per PII type for a host. */
enum { GW_ACT_MASK = 0, GW_ACT_BLOCK = 1, GW_ACT_AUDIT = 2 };
gw_policy_t *gw_policy_new(const gw_config_t *cfg, const struct anon_engine *e, char *err,
                           size_t errlen);
const uint8_t *gw_policy_for(const gw_policy_t *p, const char *host); /* GW_ACT_* per type */
size_t gw_policy_ntypes(const gw_policy_t *p);
void gw_policy_free(gw_policy_t *p);

/* manage.c: the management API. */
int gw_manage_handle(gw_worker_t *w, gw_head_t *head, struct evbuffer *out);
json_t *gw_runtime_domains_load(const gw_config_t *c); /* new reference */

/* modules.c: the other modules' objects, built from the config. NULL with "key: reason". */
struct anon_engine *gw_make_engine(const gw_config_t *c, char *err, size_t errlen);
struct dom_list *gw_make_domains(const gw_config_t *c, char *err, size_t errlen);

/* dial.c: resolve -> guard -> connect, never blocking the loop.
 * status: 0 with a connected fd; otherwise the HTTP status to answer (403, 502, 504) and a reason
 * that is safe to show the client. */
typedef void (*gw_dial_cb)(int fd, int status, const char *reason, const struct sockaddr *addr,
                           void *arg);
typedef struct gw_dial gw_dial_t;
gw_dial_t *gw_dial_start(gw_worker_t *w, const char *host, unsigned port, gw_dial_cb cb, void *arg);
void gw_dial_cancel(gw_dial_t *d);
/* 1 when sa (address and port) reaches one of hush's own listeners: the same address, or any
 * local address when the listener is on 0.0.0.0 or ::. Dialling it would let a client reach the
 * loopback-only control and admin endpoints through hush. */
int gw_dial_is_self(const gw_server_t *srv, const struct sockaddr *sa);
/* Record the listeners' bound addresses in srv->self_addrs (run.c, before the workers start). */
void gw_dial_note_self(gw_server_t *srv, evutil_socket_t fd);

/* tunnel.c: copy bytes both ways until both sides are done. Takes ownership of both
 * bufferevents; done is called once, after they are freed. */
typedef struct gw_tunnel_stats {
    uint64_t up, down; /* client->upstream, upstream->client */
    const char *outcome;
} gw_tunnel_stats_t;
typedef void (*gw_tunnel_done_cb)(void *arg, const gw_tunnel_stats_t *st);
int gw_tunnel_start(gw_worker_t *w, struct bufferevent *client, struct bufferevent *upstream,
                    gw_tunnel_done_cb done, void *arg);
size_t gw_tunnels_open(void); /* all workers */

/* http_out.c: small helpers for writing HTTP/1.1 responses. */
void gw_http_error(struct evbuffer *out, int status, const char *text);
const char *gw_http_reason(int status);
int gw_is_hop_by_hop(const char *name, size_t len, const char *connection, size_t clen);
/* 1 when a Connection header names Content-Length or Transfer-Encoding: dropping the framing
 * header as hop-by-hop would leave the body unframed for the next hop, so the request is refused.
 */
int gw_connection_names_framing(const gw_head_t *head);

/* linger.c: flush the final response in bev, shut the write side, discard input until the client
 * closes or a grace period ends. Takes ownership of bev. */
void gw_linger_close(gw_worker_t *w, struct bufferevent *bev);

/* forward.c: an absolute-form request (GET http://host/...). Takes ownership of bev and head. */
void gw_forward_start(gw_worker_t *w, struct bufferevent *bev, gw_head_t *head, const char *client,
                      const struct sockaddr *peer);

/* control.c: an origin-form request to hush itself. Appends the whole response to out and
 * returns its status. */
int gw_control_handle(gw_worker_t *w, gw_head_t *head, const char *client,
                      const struct sockaddr *peer, int admin, struct evbuffer *out);

/* proxy.c: a client connection on the proxy port. */
void gw_proxy_accept(gw_worker_t *w, evutil_socket_t fd, const struct sockaddr *peer, int plen,
                     int admin);
/* The interception decision after CONNECT, also made on the SNI in transparent mode: 1 when MITM
 * is on, port is in mitmPorts and host is on the intercepted list (*profile: dom_profile_t). */
int gw_intercept_decide(gw_worker_t *w, const char *host, unsigned port, int *profile);
/* What gw_mitm_start needs to know about an intercepted client connection. */
struct gw_mitm_ctx;
void gw_intercept_ctx(struct gw_mitm_ctx *ctx, const char *host, unsigned port, int profile,
                      const char *client, const struct sockaddr_storage *peer);

/* log.c: tv as UTC ISO 8601 with milliseconds ("2026-11-23T16:51:44.123Z"), as audit records
 * carry it. buf holds at least 32 bytes. */
void gw_iso_time(const struct timeval *tv, char *buf, size_t len);

/* upstream.c: count and log one use of an unverified upstream (acceptInvalidUpstreamCerts). */
void gw_upstream_insecure_note(gw_worker_t *w, const char *host);

/* worker.c: reserve a connection slot for an accepted fd (maxConnections). When none is left the
 * fd gets busy (may be NULL) as a best-effort reply, is closed, counted and logged with mode (NULL
 * for the proxy port), and 0 is returned. */
int gw_worker_admit(gw_worker_t *w, evutil_socket_t fd, const char *mode, const char *busy);

/* tproxy.c: the transparent listener (one per worker, SO_REUSEPORT, IP_TRANSPARENT) and its
 * connections: SNI peeked, then intercepted as after CONNECT or tunnelled to the original
 * destination. */
struct evconnlistener *gw_tproxy_listen(gw_worker_t *w, char *err, size_t errlen);

/* sni.c: the server name of a TLS ClientHello, read without consuming it (transparent mode).
 * Returns GW_SNI_FOUND with the lower-case name in out, GW_SNI_NONE for a well-formed hello
 * without one, GW_SNI_NEED_MORE while buf is a proper prefix of a ClientHello, or GW_SNI_NOT_TLS.
 * Never returns GW_SNI_NEED_MORE once len reaches GW_SNI_MAX_INPUT. */
enum { GW_SNI_NOT_TLS = -1, GW_SNI_FOUND = 0, GW_SNI_NONE = 1, GW_SNI_NEED_MORE = 2 };
#define GW_SNI_MAX_HELLO 16384 /* the whole handshake message, header included */
#define GW_SNI_MAX_RECORDS 32
#define GW_SNI_MAX_INPUT (GW_SNI_MAX_HELLO + 5 * GW_SNI_MAX_RECORDS + 5 + 16384)
int gw_sni_parse(const uint8_t *buf, size_t len, char *out, size_t outlen);

/* transparent.c: transparent mode's rules (`hush transparent apply|revert`) and bypass mark. */
#define GW_TP_MAX_ARGS 32
typedef struct gw_tp_cmd {
    char buf[400];
    char *argv[GW_TP_MAX_ARGS + 1]; /* into buf, NULL-terminated */
    int argc;
} gw_tp_cmd_t;
typedef struct gw_tp_step {
    gw_tp_cmd_t apply;
    gw_tp_cmd_t check; /* exit 0 (and, with check_output, some output): the step is in place */
    gw_tp_cmd_t undo[2];
    int nundo, check_output;
} gw_tp_step_t;
typedef struct gw_tp_plan {
    gw_tp_step_t **steps;
    size_t n, cap;
    int v4, v6; /* families covered (a [::] listener covers both) */
} gw_tp_plan_t;
/* Runs argv, puts its output (stdout and stderr) in out; returns the exit status, 127 when the
 * program does not exist, -1 when it could not be run. gw_tp_exec is fork + execvp. */
typedef int (*gw_tp_runner)(void *arg, char *const argv[], char *out, size_t outlen);
int gw_tp_exec(void *arg, char *const argv[], char *out, size_t outlen);
/* Checks the transparent* keys (called by gw_config_load); "" transparentListen means off. */
int gw_tp_validate(gw_config_t *c, char *err, size_t errlen);
int gw_tp_plan_build(const gw_config_t *c, gw_tp_plan_t *p, char *err, size_t errlen);
void gw_tp_plan_free(gw_tp_plan_t *p);
/* Adds the missing steps in order; on a failure removes what it added, in reverse; log (may be
 * NULL) gets one line per command. */
int gw_tp_apply(const gw_tp_plan_t *p, gw_tp_runner run, void *arg, FILE *log, char *err,
                size_t errlen);
/* Removes every step that is in place, in reverse plan order. */
int gw_tp_revert(const gw_tp_plan_t *p, gw_tp_runner run, void *arg, FILE *log, char *err,
                 size_t errlen);
void gw_tp_plan_print(const gw_tp_plan_t *p, int revert, FILE *out); /* --dry-run */
void gw_tp_cmd_format(const gw_tp_cmd_t *cmd, char *out, size_t n);
int gw_tp_have_net_admin(void); /* 1, 0, or -1 when unknown */
/* SO_MARK transparentBypassMark on an outbound socket when transparent mode is on; -1 (logged
 * once) when the kernel refuses. */
int gw_tp_mark_socket(const gw_config_t *c, int fd);
/* `hush transparent apply|revert [--dry-run]`; returns the exit status. */
int gw_tp_command(const gw_config_t *c, const char *verb, int dry_run);

#endif
