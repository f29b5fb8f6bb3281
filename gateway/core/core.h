/* core: what every wing of gateway/ stands on: the log, the configuration and its generations,
 * the server and its workers (run.c, worker.c), metrics, audit records, the inspector's record
 * store, access, authentication, policy (per PII type and per tunnel), the body budget and the
 * config watcher. Nothing here calls up into another wing: the wings above take part in a run
 * through gw_part_t (cli/main.c lists them).
 *
 * Ownership: a gw_server_t lives for the whole run and is read-only after start (except its
 * atomic counters). A gw_worker_t owns one event loop and everything created on it; objects on a
 * worker are only ever touched from that worker's thread.
 *
 * Wings, bottom to top (a wing includes and calls only its own and those below it):
 * core < http < net < upstream < exchange < ws < front < cli.
 */
#ifndef HUSH_GATEWAY_CORE_H
#define HUSH_GATEWAY_CORE_H

#include <event2/buffer.h>
#include <event2/bufferevent.h>
#include <event2/dns.h>
#include <event2/event.h>
#include <event2/listener.h>
#include <netinet/in.h>
#include <jansson.h>
#include <pthread.h>
#include <stdarg.h>
#include <stdatomic.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/time.h>

struct ca;
struct dom_list;
struct anon_engine;

/* ---- log ------------------------------------------------------------------------------------ */
enum { GW_LOG_DEBUG = 0, GW_LOG_INFO, GW_LOG_WARN, GW_LOG_ERROR };

void gw_log_set_level(int level);
void gw_log_set_json(int json); /* 1: each line as a JSON object instead of logfmt */
int gw_log_enabled(int level);
/* One logfmt line to stderr: "ts=... level=... " + the formatted text. Values that came from the
 * network go through gw_log_quote. Never log a PII value. */
void gw_log(int level, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* s as a logfmt value: as is when it is plain, else quoted with quotes, backslashes and control
 * bytes escaped (truncated to fit). */
const char *gw_log_quote(char *buf, size_t n, const char *s);
int gw_log_level_parse(const char *s); /* -1 when unknown */

/* The first n bytes of src (fewer at a NUL) into dst of cap > 0 bytes, truncated and
 * NUL-terminated: snprintf(dst, cap, "%.*s", n, src) without printf's ~500 instructions, for the
 * copies every request makes. */
static inline void gw_copy_str(char *dst, size_t cap, const char *src, size_t n)
{
    n = strnlen(src, n < cap - 1 ? n : cap - 1);
    memcpy(dst, src, n);
    dst[n] = '\0';
}

/* ---- config --------------------------------------------------------------------------------- */
typedef struct gw_cidr {
    int family; /* AF_INET or AF_INET6 */
    uint8_t addr[16];
    unsigned prefix;
} gw_cidr_t;

typedef struct gw_kv {
    char *key;
    char *value;
} gw_kv_t;

typedef struct gw_port_range {
    uint16_t lo, hi;
} gw_port_range_t;

typedef struct gw_strlist {
    char **v;
    size_t n;
} gw_strlist_t;

/* The configuration in two parts by lifetime (the key table in config.c gives each key's, and a
 * unit test holds the table to these types):
 * - gw_boot_t: what hush reads once, at start (listener, workers, CA and TLS, timeouts, sizes,
 *   networks). The server and the workers hold only this type; a change needs a restart and a
 *   reload says so (restart_required=...).
 * - gw_live_t: what a reload replaces. It is read only from the current generation (gen.c), so a
 *   new value takes effect for whatever starts after the reload.
 * Reading a reloadable value from the start-time snapshot does not compile. */
#define GW_THREADS_AUTO 0xffffffffu /* scanThreads "auto" */
typedef struct gw_boot {
    char *listen;
    int log_json;     /* logFormat: json */
    unsigned workers; /* 0: one per core */
    /* exchange/scanpool.c: threads scanning bodies of scan_offload_bytes or more; 0: none (all on
     * the workers' loops), GW_THREADS_AUTO: one per usable CPU */
    unsigned scan_threads;
    size_t scan_offload_bytes;
    size_t scan_cache_bytes; /* anonymize/scan_cache.c's bound; 0: no cache */

    gw_port_range_t *connect_ports;
    size_t nconnect_ports;
    gw_cidr_t *allow_private;
    size_t nallow_private;
    gw_cidr_t *blocked;
    size_t nblocked;

    double head_timeout, connect_timeout, handshake_timeout, idle_timeout, upstream_timeout,
        drain_timeout; /* seconds */
    size_t max_header_bytes;
    size_t max_buffered_bytes; /* maxBufferedBytes: process-wide budget for held bodies */
    size_t max_connections;

    /* ca/ */
    char *ca_cert_file; /* NULL: unset (default path); "": MITM off */
    char *ca_key_file;
    char *data_dir;
    unsigned leaf_validity_days;
    size_t leaf_cache_size;
    gw_strlist_t preload_hosts;

    /* upstream TLS and dialling */
    char *upstream_ca_file;
    int accept_invalid_upstream_certs;
    gw_kv_t *upstream_overrides; /* lower-case "host:port" -> "ip:port" */
    size_t nupstream_overrides;

    /* hush's own outbound traffic through a corporate proxy */
    char *upstream_proxy; /* "http://[user:pass@]host:port" or NULL */
    gw_strlist_t upstream_no_proxy;
    char *up_proxy_host; /* derived from upstream_proxy */
    unsigned up_proxy_port;
    char *up_proxy_auth; /* "Basic <base64>" or NULL */

    char *admin_listen; /* NULL: control endpoints on the proxy port, loopback clients only */
    int watch_config;   /* watchConfig: reload on file change (watch.c) */

    /* transparent mode (Linux TPROXY): transparent.c, tproxy.c */
    char *transparent_listen; /* NULL: off */
    gw_port_range_t *transparent_ports;
    size_t ntransparent_ports;
    unsigned transparent_mark;        /* fwmark of diverted packets */
    unsigned transparent_bypass_mark; /* SO_MARK on hush's own outbound sockets */
    unsigned transparent_table;       /* routing table for marked packets */
} gw_boot_t;

typedef struct gw_live {
    int log_level;
    size_t max_body_bytes;
    size_t max_response_bytes;   /* maxResponseBytes: decoded size of a restored response */
    unsigned max_response_ratio; /* maxResponseRatio: decoded/encoded, past the first MiB */

    /* domains/ and the MITM engine */
    gw_strlist_t ai_domains;
    int ai_domains_replace;
    gw_port_range_t *mitm_ports;
    size_t nmitm_ports;
    int connect_sni_refuse;         /* connectSni: 0 intercept, 1 refuse */
    gw_strlist_t passthrough_paths; /* NULL v: module defaults */
    gw_strlist_t passthrough_hosts;

    /* anonymize/ */
    gw_strlist_t detector_packs; /* NULL v: SECRETS, GLOBAL, US */
    gw_strlist_t disabled_detectors;
    gw_kv_t *custom_detectors; /* name -> PCRE2 pattern */
    size_t ncustom_detectors;
    int add_instruction;
    gw_strlist_t forward_unscannable; /* host patterns allowed to forward unscannable bodies */
    int ws_anonymize;                 /* webSocketAnonymize: text frames anonymized / restored */
    size_t max_ws_message;            /* maxWebSocketMessage: largest text message hush will scan */

    char *audit_log; /* NULL: no audit records; "-": stdout; else a file (reopened on SIGHUP) */

    /* policy */
    int url_header_action; /* urlAndHeaderPii: GW_ACT_* for PII in the path, query, headers */
    int audit_mode;  /* mode "audit": detect and record everything, change and block nothing */
    gw_kv_t *policy; /* PII type -> mask | block | audit */
    size_t npolicy;
    gw_kv_t *host_policy; /* host pattern -> "TYPE=action;TYPE=action" */
    size_t nhost_policy;

    /* metadata mode: policy on tunnels from their handshake (tunnel_policy.c) */
    gw_strlist_t tunnel_rules;       /* "ACTION field=pattern ..." in order, first match decides */
    int tunnel_default;              /* 0 allow, 1 deny, 2 audit (GW_TPOL_*) */
    int tunnel_uninspectable;        /* a rule needs the certificate and cannot see it */
    int tunnel_sni_mismatch;         /* SNI names another host than the CONNECT, an AI host */
    int shadow_ai;                   /* 0 off, 1 allow, 2 audit, 3 deny (GW_SHADOW_*) */
    gw_strlist_t shadow_ai_services; /* extra "host=service" */

    /* management */
    char *management_token;  /* NULL: management API off */
    int management_readonly; /* managementApi "readOnly": GET only */

    /* who may use the proxy */
    gw_kv_t *users; /* name -> "pbkdf2-sha256$iterations$salt$hash" */
    size_t nusers;
    gw_cidr_t *allowed_clients; /* empty: everyone who can reach the listener */
    size_t nallowed_clients;
    size_t max_connections_per_client;
    unsigned auth_failure_burst;       /* failed proxy logins one address may make at once */
    unsigned auth_failures_per_minute; /* ... and then per minute */
} gw_live_t;

typedef struct gw_config {
    gw_boot_t boot;
    gw_live_t live;
} gw_config_t;

/* Defaults, then the file (NULL: none), then the environment (envp: NULL-terminated "K=V").
 * Returns NULL with "key: reason" in err on any invalid key or value. */
gw_config_t *gw_config_load(const char *path, char *const *envp, char *err, size_t errlen);
void gw_config_free(gw_config_t *c);
/* "ip:port" or "[v6]:port" (port 0: any free port). Returns 0 or -1. */
int gw_parse_listen(const char *s, struct sockaddr_storage *out, socklen_t *len);
/* The effective config as JSON (secrets masked), for `hush check-config`. */
int gw_config_write_json(const gw_config_t *c, FILE *out);
/* Every key: JSON name, environment variable, default, lifetime, description (for --help and
 * docs). */
void gw_config_write_reference(FILE *out);
/* The key table, for tests: key i's JSON name, whether it needs a restart (else a reload applies
 * it), and its offsets in gw_config_t (off2: a list's count, else 0). -1 past the end. */
int gw_config_key_at(size_t i, const char **json, int *restart, size_t *off, size_t *off2);
/* The transparent* keys (called by gw_config_load); "" transparentListen means off. */
int gw_tp_validate(gw_boot_t *c, char *err, size_t errlen);

/* ---- addr.c: addresses in the config ------------------------------------------------------ */
int gw_cidr_parse(const char *s, gw_cidr_t *out);
/* Split an authority "host:port" / "[v6]:port" / "host" into host and port. */
int gw_split_authority(const char *s, size_t len, char *host, size_t hostlen, unsigned *port,
                       unsigned default_port);
/* sa with an IPv4-mapped IPv6 address (::ffff:a.b.c.d) as plain IPv4; else a copy. */
void gw_addr_unmap_v4(const struct sockaddr *sa, struct sockaddr_storage *out);

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

/* metrics.c; the refusal and failure-kind indices are below. */
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
struct gw_client; /* client.c */

/* generation.c: the reloadable configuration (see generation.c). */
typedef struct gw_gen {
    atomic_int refs;
    uint64_t id;
    const gw_live_t *cfg; /* the reloadable settings: &owned->live */
    gw_config_t *owned;   /* as loaded; its boot part is not in effect (the server's is) */
    struct dom_list *domains;
    struct anon_engine *anon;
    gw_policy_t *policy;
    struct gw_tpol *tpol; /* tunnel_policy.c: metadata mode */
    /* exchange/reqscan.c: which of its well-known API path words `anon` finds nothing in,
     * worked out by the first request that asks (0: not yet) */
    atomic_uint api_words;
} gw_gen_t;
/* Build from cfg (taken over on success); boot: the running start-time settings (dataDir).
 * NULL with "key: reason". */
gw_gen_t *gw_gen_build(const gw_boot_t *boot, gw_config_t *cfg, char *err, size_t errlen);
gw_gen_t *gw_gen_acquire(gw_server_t *srv);
void gw_gen_release(gw_gen_t *g);
void gw_gen_swap(gw_server_t *srv, gw_gen_t *next); /* the main thread, from gw_reload */

/* ---- defer.c (core/defer.c): the one deferred-free mechanism (see defer.c)
 * ------------------------------ An object embeds a gw_obj_t (gw_obj_init); calls out of it are
 * bracketed by gw_hold/gw_release; its teardown ends with gw_defer_free(o, fn): fn(self) runs on a
 * zero-delay event of the worker's loop once no holder remains, exactly once, in FIFO order. */
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
    const gw_boot_t *cfg; /* start-time settings only; reloadable ones: gw_gen_acquire */
    struct event_base *base;
    struct evdns_base *dns;
    struct evconnlistener *listener;
    struct evconnlistener *admin_listener; /* worker 0 only, with adminListen */
    struct evconnlistener *tp_listener;    /* transparentListen (front/transparent_listener.c) */
    struct event *drain_ev, *deadline_ev;
    pthread_t thread;
    gw_link_t live;      /* list head of live objects */
    void *upstream_pool; /* upstream/upstream.c: this worker's pooled upstream connections */
    void *tunnel_pipes;  /* net/pipes.c: this worker's spare pipes for spliced tunnels */
    void *scan_done;     /* exchange/scanpool.c: this worker's finished scans, and their wake-up */
    gw_reaper_t reaper;  /* core/defer.c: objects freed on this loop */
    size_t nlive;
    int draining;
} gw_worker_t;

struct gw_server {
    const gw_boot_t *cfg;          /* as started: listener, CA, TLS, timeouts, limits */
    const char *config_path;       /* NULL: defaults and environment only */
    struct ca *ca;                 /* NULL: MITM off */
    gw_gen_t *gen;                 /* reloadable: domains, detectors, policy (generation.c) */
    struct ssl_ctx_st *tls_server; /* interception (NULL when MITM is off) */
    struct ssl_ctx_st *tls_client; /* toward upstream APIs */
    gw_worker_t *workers;
    unsigned nworkers;
    void *scanpool; /* exchange/scanpool.c: the scan threads; NULL: every scan on its worker */
    struct anon_scan_cache *scan_cache; /* scanpool.c makes it (scanCacheBytes); NULL: off */
    gw_counters_t counters;
    gw_metrics_t metrics;
    struct timeval started;
    struct event_base *main_base; /* signals only */
    int stopping;                 /* main thread only */
    /* Where hush itself listens (proxy, admin, transparent), as bound; set before the workers
     * start. dial.c never connects to one of them. */
    struct sockaddr_storage self_addrs[3];
    size_t nself;
    /* The wings above core, in start order (gw_run's parts); accept is the front part's. */
    const struct gw_part *parts;
    size_t nparts;
    /* takes ownership of fd and cl (client.c), made at accept; cl->mode names the listener */
    void (*accept)(gw_worker_t *w, evutil_socket_t fd, struct gw_client *cl);
    /* reload.c: jobs workers posted to the main thread */
    pthread_mutex_t jobs_lock;
    gw_link_t jobs;
    struct event *jobs_ev;
};

/* ---- reload.c: the one reload, and work a worker hands to the main thread -------------------
 * (the config's lifetime: gw_boot_t / gw_live_t above) */
/* Reload the reloadable keys from the config file and environment: build a new generation, swap
 * it in, log restart_required for changed restart keys, apply logLevel, move or reopen the audit
 * log. trigger ("sighup", "file", "api") goes in the log. The main thread only. 0, or -1 with
 * "key: reason" in err (logged; the running generation stays). */
int gw_reload(gw_server_t *srv, const char *trigger, char *err, size_t errlen);
typedef struct gw_main_job gw_main_job_t;
typedef void (*gw_main_work_fn)(gw_server_t *srv, void *arg); /* on the main thread */
/* On the poster's loop after work, or at shutdown; cancelled: the poster has gone, only free. */
typedef void (*gw_main_done_fn)(void *arg, int cancelled);
int gw_main_jobs_init(gw_server_t *srv); /* once main_base exists */
/* Run work on the main loop, then done on w's loop. NULL (nothing posted) when out of memory. */
gw_main_job_t *gw_main_post(gw_worker_t *w, gw_main_work_fn work, gw_main_done_fn done, void *arg);
/* On the poster's loop: done will run with cancelled set (now, when work has not started). */
void gw_main_cancel(gw_main_job_t *j);
void gw_main_jobs_shutdown(gw_server_t *srv); /* after every loop stopped, before they are freed */

/* ---- parts ------------------------------------------------------------------------------- */
/* A wing above core that takes part in a run: what it builds once for the server (main thread,
 * before the workers exist) and once per worker (after the worker's event loop, DNS and
 * listeners exist), and frees again. gw_run calls the inits in list order and the frees in
 * reverse; a free must accept a server or worker whose init did not run or failed. Any hook may
 * be NULL. The list is cli/main.c's: net, upstream, front. */
typedef struct gw_part {
    const char *name;
    int (*server_init)(gw_server_t *srv, char *err, size_t errlen);
    void (*server_free)(gw_server_t *srv);
    int (*worker_init)(gw_worker_t *w, char *err, size_t errlen);
    void (*worker_free)(gw_worker_t *w);
} gw_part_t;

/* Record a listener's bound address in srv->self_addrs (before the workers start): net/dial.c
 * never connects to one of them. */
void gw_server_note_self(gw_server_t *srv, evutil_socket_t fd);

/* metrics.c: tunnels open on all workers (net/tunnel.c counts them, the inspector reads them). */
size_t gw_tunnels_open(void);
void gw_tunnels_open_add(int delta);

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
int gw_audit_open(const gw_live_t *cfg, char *err, size_t errlen);
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
int gw_auth_start(gw_worker_t *w, const gw_live_t *cfg, const struct sockaddr *peer,
                  const char *header, size_t len, gw_auth_cb cb, void *arg, gw_auth_job_t **job,
                  char *user, size_t ulen, unsigned *retry_after);
void gw_auth_cancel(gw_auth_job_t *job); /* on the job's loop; cb will not run */
void gw_auth_shutdown(void); /* after the worker threads ended, before their bases are freed */
int gw_access_client_allowed(const gw_live_t *cfg, const struct sockaddr *sa);
int gw_access_client_enter(const gw_live_t *cfg, const struct sockaddr *sa); /* 0: over cap */
void gw_access_client_leave(const struct sockaddr *sa);

/* policy.c: the action per PII type for a host. */
enum { GW_ACT_MASK = 0, GW_ACT_BLOCK = 1, GW_ACT_AUDIT = 2 };
gw_policy_t *gw_policy_new(const gw_live_t *cfg, const struct anon_engine *e, char *err,
                           size_t errlen);
const uint8_t *gw_policy_for(const gw_policy_t *p, const char *host); /* GW_ACT_* per type */
size_t gw_policy_ntypes(const gw_policy_t *p);
void gw_policy_free(gw_policy_t *p);

/* modules.c: the other modules' objects, built from the config. NULL with "key: reason". */
struct anon_engine *gw_make_engine(const gw_live_t *c, char *err, size_t errlen);
struct dom_list *gw_make_domains(const gw_live_t *c, char *err, size_t errlen);

/* The management API's runtime list of intercepted hosts, <dataDir>/domains.json (caller frees),
 * and its entries ("pattern" or "pattern=profile"; an empty array when none): new reference. */
char *gw_runtime_domains_path(const gw_boot_t *c);
json_t *gw_runtime_domains_load(const gw_boot_t *c);

/* log.c: tv as UTC ISO 8601 with milliseconds ("2026-11-23T16:51:44.123Z"), as audit records
 * carry it. buf holds at least 32 bytes. */
void gw_iso_time(const struct timeval *tv, char *buf, size_t len);

/* ---- run ------------------------------------------------------------------------------------ */
/* Start the workers and serve until SIGINT/SIGTERM, then drain. SIGHUP reloads the reloadable
 * keys from config_path (NULL: none) and the environment. parts: the wings above core, in start
 * order (see gw_part_t). Returns the process exit code. */
int gw_run(gw_config_t *c, const char *config_path, const gw_part_t *parts, size_t nparts);
/* Lists (comma-separated) the restart keys whose value in next differs from the running ones;
 * returns 1 when there is any. */
int gw_config_restart_keys_changed(const gw_boot_t *running, const gw_config_t *next, char *out,
                                   size_t n);

/* ---- heap.c: what the allocator keeps between requests ----------------------------------------
 */
/* Fixes glibc's trim and mmap thresholds so a large request's memory is reused by the next one
 * instead of given back and faulted in again. Call once before the workers start. 0 when set,
 * 1 when the allocator is not glibc's (another C library, or a sanitizer's: nothing to do), -1
 * when glibc refused a value. */
int gw_heap_keep(void);

/* ---- cpus.c: what workers = auto means ------------------------------------------------------ */
/* CPUs this process may use: its affinity mask's count (sysconf's online count when that cannot
 * be read) capped by its cgroup's CPU quota; at least 1. *mask and *limit (either may be NULL)
 * get the two inputs, limit 0 when no quota applies. */
unsigned gw_cpus_auto(unsigned *mask, unsigned *limit);
/* min(mask_cpus, limit_cpus) where limit 0 means none; at least 1. */
unsigned gw_cpus_usable(unsigned mask_cpus, unsigned limit_cpus);
/* ceil(quota / period) from a cgroup v2 cpu.max text ("150000 100000"); 0 for "max ..." (no
 * limit) or text that is not a quota. */
unsigned gw_cpu_max_cpus(const char *cpu_max);
/* The same from cgroup v1's cpu.cfs_quota_us and cpu.cfs_period_us texts; "-1" is no limit. */
unsigned gw_cfs_quota_cpus(const char *quota_us, const char *period_us);
/* The smallest quota (in CPUs, rounded up) on the cgroups named by proc_cgroup (the text of
 * /proc/self/cgroup) and their ancestors, read under root (normally /sys/fs/cgroup: cgroup v2
 * there or at root/unified, v1 at root/CONTROLLERS and root/cpu); 0 when none applies. */
unsigned gw_cgroup_cpu_limit(const char *proc_cgroup, const char *root);

/* ---- metrics.c ------------------------------------------------------------------------------ */
enum {
    GW_REFUSE_INVALID_JSON,
    GW_REFUSE_UNSCANNABLE,
    GW_REFUSE_UNKNOWN_ENCODING,
    GW_REFUSE_BAD_ENCODING,
    GW_REFUSE_TOO_LARGE,
    GW_REFUSE_SIGNED_BODY,
    GW_REFUSE_OTHER,
    GW_REFUSE_N
};

/* Why an upstream request failed, one name each (the hush_upstream_errors_total kind label and
 * the kind= of log lines). Set where the failure happens, never read back from a message text. */
typedef enum gw_upfail {
    GW_UPFAIL_BLOCKED, /* the guard refused the destination (403) */
    GW_UPFAIL_CONNECT, /* resolving, connecting, the upstream proxy, a protocol error */
    GW_UPFAIL_TLS,     /* the TLS session toward upstream */
    GW_UPFAIL_TIMEOUT, /* 504 */
    GW_UPFAIL_CLOSED,  /* the upstream closed or reset mid-response */
    GW_UPFAIL_OTHER,
    GW_UPFAIL_N
} gw_upfail_t;
const char *gw_upfail_name(gw_upfail_t k);
/* A gw_dial_cb's failure status (403 blocked, 504 timed out, else could not connect). */
gw_upfail_t gw_upfail_of_dial(int status);

enum {
    GW_RESP_REFUSE_TOO_LARGE, /* maxResponseBytes */
    GW_RESP_REFUSE_RATIO,     /* maxResponseRatio: a decompression bomb */
    GW_RESP_REFUSE_BAD,       /* undecodable, unrestorable, invalid status */
    GW_RESP_REFUSE_BUSY,      /* maxBufferedBytes */
    GW_RESP_REFUSE_OTHER,
    GW_RESP_REFUSE_N
};

void gw_metrics_init(gw_metrics_t *m);
void gw_metrics_destroy(gw_metrics_t *m);
/* One intercepted request ended with status after seconds. */
void gw_metrics_request(gw_metrics_t *m, const char *host, int status, double seconds);
/* Add n findings of the PII type called name. */
void gw_metrics_pii_add(gw_metrics_t *m, const char *name, size_t n);
void gw_metrics_render(gw_server_t *srv, struct evbuffer *out);

/* ---- wipe.c: buffers that held an intercepted host's bytes ---------------------------------- */
/* Wipe the first n bytes of buf, then drain them. */
void gw_evbuffer_wipe_drain(struct evbuffer *buf, size_t n);
void gw_evbuffer_wipe(struct evbuffer *buf);      /* wipe and drain all of it */
void gw_evbuffer_wipe_free(struct evbuffer *buf); /* wipe, then free (NULL is fine) */
/* Move n bytes from the front of buf into dst, wiping them in buf. */
void gw_evbuffer_take_wiped(struct evbuffer *buf, void *dst, size_t n);
/* A malloc'd copy of all of buf (NULL: out of memory), buf unchanged: the flat view without
 * evbuffer_pullup, which frees the chains it copies without wiping them. Wipe it before free. */
uint8_t *gw_evbuffer_dup(struct evbuffer *buf, size_t *len);

/* ---- inspect.c: the inspector's record store ------------------------------------------------ */
#define GW_INSPECT_RING 512       /* recent records kept */
#define GW_INSPECT_WATCHERS 8     /* live streams at once */
#define GW_INSPECT_MINUTES 60     /* per-minute buckets: the last hour */
#define GW_INSPECT_SLOW (1 << 20) /* a stream with this much unsent is dropped */

int gw_inspect_on(void);

/* An audit record (exchange.c, ws_relay.c through audit.c), from any thread, with its compact
 * JSON text when the caller has it (else NULL). Copies what it keeps; the caller keeps both. */
void gw_inspect_record(json_t *record, const char *line);
/* A client connection hush decided on without an exchange (a tunnel, a refusal), from any thread.
 * reason is hush's own text for a refusal (may be NULL). */
void gw_inspect_conn(const char *client, const char *host, unsigned port, const char *decision,
                     int status, const char *reason, double ms);

/* The last hour as JSON (GET /inspector/api/stats); caller frees. Also for unit tests. */
char *gw_inspect_stats_json(void);
/* Recent records after seq as a JSON document; caller frees. */
char *gw_inspect_recent_json(uint64_t after, size_t limit);
/* inspect.c for inspect_http.c: on (srv) or off (NULL); the gauges into this minute; the SSE
 * frames of the records after *after up to upto (*after moves to the last one); the newest seq. */
void gw_inspect_enable(gw_server_t *srv);
void gw_inspect_sample(void);
void gw_inspect_frames(uint64_t *after, uint64_t upto, struct evbuffer *out);
uint64_t gw_inspect_head(void);
/* Tests: forget everything recorded (the ring and the minutes). */
void gw_inspect_reset(void);

/* metadata mode, policy on tunnels from what their TLS handshake shows.
 *
 * tls_meta.c reads the server's handshake (its chosen version and cipher, and under TLS 1.2
 * its certificate; net/sni.c reads the client's name and ALPN) from bytes passing through, never
 * changing one; tunnel_policy.c decides on them (tunnelRules, shadowAi, tunnelSniMismatch,
 * tunnelUninspectable, tunnelDefault). The policy is built per configuration generation
 * (generation.c) and is read-only afterwards; its counters are process-wide atomics.
 */
/* The largest ClientHello hush reads (net/sni.c). */
#define GW_SNI_MAX_HELLO 16384 /* the whole handshake message, header included */
#define GW_SNI_MAX_RECORDS 32
#define GW_SNI_MAX_INPUT (GW_SNI_MAX_HELLO + 5 * GW_SNI_MAX_RECORDS + 5 + 16384)

/* ---- tls_meta.c ---------------------------------------------------------------------------- */

#define GW_TLSMETA_MAX_HS (64 * 1024) /* server handshake bytes read before giving up */
#define GW_TLSMETA_MAX_INPUT (GW_TLSMETA_MAX_HS + 5 * 64 + 16384)
#define GW_TLSMETA_MAX_SANS 32

typedef struct gw_tls_meta {
    unsigned version;     /* the server's choice: 0x0303 TLS 1.2, 0x0304 TLS 1.3; 0 unknown */
    unsigned cipher;      /* the server's chosen cipher suite; 0 unknown */
    int cert_seen;        /* 1: the leaf certificate below was read (TLS 1.2 and older) */
    const char *why;      /* cert_seen 0: why not ("TLS 1.3 encrypts the certificate", ...) */
    char fingerprint[65]; /* SHA-256 of the leaf's DER, lower-case hex */
    char issuer[256];     /* RFC 2253 ("CN=Example CA,O=Example") */
    char issuer_cn[128];
    char subject_cn[256];
    char sans[GW_TLSMETA_MAX_SANS][256]; /* DNS subjectAltNames, lower-case */
    size_t nsans;
} gw_tls_meta_t;

enum { GW_TLSMETA_DONE = 0, GW_TLSMETA_NEED_MORE = 1 };
/* The server's first flight in buf (len bytes, starting at its first record). GW_TLSMETA_DONE
 * once m says everything the flight will show (possibly nothing: not TLS, an alert, a resumed
 * session, TLS 1.3, a flight over GW_TLSMETA_MAX_HS); never GW_TLSMETA_NEED_MORE once len reaches
 * GW_TLSMETA_MAX_INPUT. */
int gw_tls_meta_server(const uint8_t *buf, size_t len, gw_tls_meta_t *m);

/* A bounded reader over one byte range of a TLS handshake (tls_meta.c, net/sni.c): a read that
 * the range is too short for fails and leaves the reader as it was. */
typedef struct {
    const uint8_t *p;
    size_t n;
} gw_rd_t;
int gw_rd_num(gw_rd_t *r, size_t bytes, unsigned long *v); /* big-endian, 1 to 4 bytes */
int gw_rd_sub(gw_rd_t *r, size_t len, gw_rd_t *sub);       /* the next len bytes as a reader */
/* n bytes as printable ASCII in out (others become '?'), lower-cased when lower. */
void gw_printable(char *out, size_t outlen, const uint8_t *s, size_t n, int lower);
const char *gw_tls_version_name(unsigned version); /* "tls1.2", "tls1.3", "" */

/* ---- tunnel_policy.c ------------------------------------------------------------------------ */

typedef struct gw_tpol gw_tpol_t;
struct dom_list;

/* Built from tunnelRules, shadowAi, shadowAiServices, tunnelSniMismatch, tunnelUninspectable,
 * tunnelDefault and mode. NULL with "key: reason". */
gw_tpol_t *gw_tpol_new(const gw_live_t *cfg, char *err, size_t errlen);
void gw_tpol_free(gw_tpol_t *p);
/* 1 when anything the ClientHello shows can change a decision (so a CONNECT on a mitmPorts port
 * waits for it). */
int gw_tpol_wants_hello(const gw_tpol_t *p);

/* What is known about a tunnel. Stages: the CONNECT (host), the ClientHello (sni, alpn), the
 * server's flight (tls). final: nothing more will be learnt, so a rule on what is missing is
 * decided now (a missing certificate by tunnelUninspectable). */
enum { GW_TPOL_CONNECT = 0, GW_TPOL_HELLO = 1, GW_TPOL_SERVER = 2 };
typedef struct gw_tpol_facts {
    int stage;
    int final;
    const char *host; /* the CONNECT target, lower-case */
    int host_is_ip;
    unsigned port;
    const char *sni;                /* "" when none or not read */
    const char *alpn;               /* the client's offer, "h2,http/1.1"; "" when none */
    const gw_tls_meta_t *tls;       /* NULL before the server's flight */
    const struct dom_list *domains; /* the intercepted hosts: "AI hosts" */
} gw_tpol_facts_t;

/* shadowAi: off, allow (counted), audit (counted and recorded), deny. */
enum { GW_SHADOW_OFF = 0, GW_SHADOW_ALLOW = 1, GW_SHADOW_AUDIT = 2, GW_SHADOW_DENY = 3 };
/* Actions; also the values of tunnelDefault, tunnelUninspectable and tunnelSniMismatch. */
enum { GW_TPOL_PENDING = -1, GW_TPOL_ALLOW = 0, GW_TPOL_DENY = 1, GW_TPOL_AUDIT = 2 };
typedef struct gw_tpol_verdict {
    int action;          /* GW_TPOL_*: AUDIT means allowed and recorded */
    int would_deny;      /* mode audit turned a deny into this audit */
    int uninspectable;   /* a rule needed the certificate and could not see it */
    const char *rule;    /* what decided: a rule as written, or a key name */
    char reason[200];    /* for the client (403), the log and the audit record */
    const char *service; /* the shadow AI service, or NULL */
} gw_tpol_verdict_t;

/* GW_TPOL_PENDING while a later stage could still change the outcome (never when final). */
int gw_tpol_decide(const gw_tpol_t *p, const gw_tpol_facts_t *f, gw_tpol_verdict_t *v);
/* Count a final verdict and, when it is audited or denied, write its audit record. */
void gw_tpol_record(const gw_tpol_facts_t *f, const gw_tpol_verdict_t *v, const char *client);
/* Decide at f's stage on the current generation (f->domains is filled in here). A final verdict
 * is recorded with gw_tpol_record and described: reason (for a 403, the log and the audit record)
 * and logf (" tunnel_policy=... rule=... service=..." for the connection's log line). */
int gw_tpol_apply(gw_worker_t *w, gw_tpol_facts_t *f, const char *client, char *reason, size_t rlen,
                  char *logf, size_t llen);
/* The Prometheus lines (hush_tunnel_policy_total, hush_shadow_ai_total, ...). */
void gw_tpol_metrics(struct evbuffer *out);
/* The shadow AI service of a host on the embedded list or shadowAiServices, or NULL. */
const char *gw_tpol_service(const gw_tpol_t *p, const char *host);

/* ---- client.c ------------------------------------------------------------------------------
 * client.c: the identity every front-end path shares for one accepted connection (see client.c).
 * Exactly one owner holds a gw_client_t at a time; handing the socket on hands the client on. */
enum { GW_CLIENT_PROXY, GW_CLIENT_ADMIN, GW_CLIENT_TRANSPARENT }; /* gw_client_t.mode */
/* gw_client_t.slots: what the client holds, given back by gw_client_close (CLOSED: nothing). */
enum { GW_CLIENT_SLOT_CLOSED, GW_CLIENT_SLOT_CONN, GW_CLIENT_SLOT_BOTH };
enum { GW_CLIENT_OK, GW_CLIENT_NOT_ALLOWED, GW_CLIENT_OVER_CAP }; /* gw_client_enter */
typedef struct gw_client {
    gw_worker_t *w;
    int mode;  /* GW_CLIENT_* */
    int slots; /* GW_CLIENT_SLOT_*: CONN is maxConnections; BOTH adds maxConnectionsPerClient */
    struct sockaddr_storage peer; /* normalised: an IPv4 client on a dual-stack socket is AF_INET */
    char addr[INET6_ADDRSTRLEN + 8]; /* the peer for logs: "a.b.c.d:port" or "[v6]:port" */
    char user[128];                  /* the proxy login accepted, "" when none (proxy.c) */
    struct timeval t0;               /* accepted */
    /* What the connection turned out to be, for its one log line (set by whoever holds it). */
    char host[256]; /* the target (transparent: the original destination's IP) */
    unsigned port;
    char sni[256];
    const char *decision; /* static: "tunnel", "intercept", "forward", "control", "blocked"... */
    int status;           /* the HTTP status answered (not logged in transparent mode) */
    char reason[200];     /* "" when none */
    char tp_log[400];     /* metadata mode's " tunnel_policy=... rule=..." fields */
    uint64_t bytes_up, bytes_down;
    int warn; /* log at WARN (also when status >= 500) */
} gw_client_t;
/* Made at accept: reserves the maxConnections slot (counted but not capped on the admin port).
 * When none is left, sends a best-effort HTTP 503 whose body is busy (NULL: no reply), closes fd,
 * counts and logs the refusal and returns NULL; NULL also when out of memory (fd closed, slot
 * back). */
gw_client_t *gw_client_accept(gw_worker_t *w, evutil_socket_t fd, const struct sockaddr *peer,
                              int plen, int mode, const char *busy);
/* allowedClients (not on the admin port), then a per-client slot. GW_CLIENT_OK, or why not
 * (gw_client_refusal words it for the client). */
int gw_client_enter(gw_client_t *cl, const gw_live_t *cfg);
const char *gw_client_refusal(int rc);
void gw_client_reason(gw_client_t *cl, const char *reason); /* copied; NULL clears */
/* Writes the `event=conn` line (and the inspector's entry) and gives the slots back: once. */
void gw_client_close(gw_client_t *cl, const char *outcome);
void gw_client_free(gw_client_t *cl); /* closes first if nobody did; NULL is a no-op */
void gw_client_end(gw_client_t *cl, const char *outcome); /* close + free */
/* ::ffff:a.b.c.d -> a.b.c.d (the port kept); anything else unchanged. */
void gw_client_normalise(struct sockaddr_storage *ss);
void gw_client_format(const struct sockaddr *sa, char *out, size_t n); /* as gw_client_t.addr */

#endif
