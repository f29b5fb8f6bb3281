/* gateway: hush's sockets, event loops, connection state machines, config, logging and main.
 *
 * This header is what main.c, the tests and the fuzzers see: configuration, the SSRF guard, the
 * HTTP head parser, the log, and gw_run. Connection state machines stay private to the folder.
 */
#ifndef HUSH_GATEWAY_H
#define HUSH_GATEWAY_H

#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <sys/socket.h>

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
typedef struct gw_boot {
    char *listen;
    int log_json;     /* logFormat: json */
    unsigned workers; /* 0: one per core */

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

/* ---- SSRF guard ----------------------------------------------------------------------------- */
int gw_cidr_parse(const char *s, gw_cidr_t *out);
/* Parse host as an IP literal, accepting every spelling the OS resolver would (2130706433,
 * 0x7f.1, 0177.0.0.1, 127.1, [::1], ::ffff:127.0.0.1). Returns 0 and fills *out, or -1. */
int gw_parse_ip_literal(const char *host, struct sockaddr_storage *out);
/* 0 when the address may be connected to; -1 with a short reason ("loopback address", ...). */
int gw_guard_check(const gw_boot_t *c, const struct sockaddr *sa, const char **reason);
/* 1 when port is in one of the ranges. */
int gw_port_allowed(const gw_port_range_t *ports, size_t n, unsigned port);

/* ---- HTTP head parser (llhttp) ----------------------------------------------------------------
 */
typedef struct gw_head gw_head_t;
enum { GW_HEAD_REQUEST = 0, GW_HEAD_RESPONSE = 1 };
gw_head_t *gw_head_new(int kind, size_t max_bytes);
void gw_head_free(gw_head_t *h);
void gw_head_reset(gw_head_t *h);
/* Feed bytes. Returns the number of bytes that belong to the head once it is complete (the rest
 * is body or tunnel data), 0 when more bytes are needed (all were consumed), or -1 on error with
 * the HTTP status to answer in gw_head_status (400, 414, 431, 501). */
long gw_head_feed(gw_head_t *h, const char *data, size_t len);
int gw_head_complete(const gw_head_t *h);
int gw_head_status(const gw_head_t *h);
const char *gw_head_error(const gw_head_t *h);
const char *gw_head_method(const gw_head_t *h); /* "GET", "CONNECT", ... */
int gw_head_status_code(const gw_head_t *h);    /* responses */
const char *gw_head_reason(const gw_head_t *h, size_t *len);
const char *gw_head_target(const gw_head_t *h, size_t *len); /* request-target as sent */
int gw_head_version(const gw_head_t *h);                     /* 10 or 11 */
size_t gw_head_nheaders(const gw_head_t *h);
void gw_head_header_at(const gw_head_t *h, size_t i, const char **name, size_t *nlen,
                       const char **value, size_t *vlen);
/* First header named name (case-insensitive), or NULL. */
const char *gw_head_get(const gw_head_t *h, const char *name, size_t *len);
/* Body framing of a complete head: 0 none, 1 Content-Length (*len set), 2 chunked, 3 until EOF
 * (responses only). */
int gw_head_body_kind(const gw_head_t *h, uint64_t *len);
/* Feed bytes of the body that follows a complete head. Returns how many belong to this message
 * and sets *done at its end; -1 on a framing error. Decoded body bytes go to the on_body callback
 * when one is set (chunked framing removed). */
long gw_head_feed_body(gw_head_t *h, const char *data, size_t len, int *done);
void gw_head_on_body(gw_head_t *h, int (*cb)(void *arg, const char *p, size_t n), void *arg);
/* Split an authority "host:port" / "[v6]:port" / "host" into host and port. */
int gw_split_authority(const char *s, size_t len, char *host, size_t hostlen, unsigned *port,
                       unsigned default_port);

/* ---- run ------------------------------------------------------------------------------------ */
/* Start the workers and serve until SIGINT/SIGTERM, then drain. SIGHUP reloads the reloadable
 * keys from config_path (NULL: none) and the environment. Returns the process exit code. */
int gw_run(gw_config_t *c, const char *config_path);
/* Lists (comma-separated) the restart keys whose value in next differs from the running ones;
 * returns 1 when there is any. */
int gw_config_restart_keys_changed(const gw_boot_t *running, const gw_config_t *next, char *out,
                                   size_t n);

#endif
