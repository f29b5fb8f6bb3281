/* tunnel_policy.h: metadata mode, policy on tunnels from what their TLS handshake shows.
 *
 * Private to gateway/. tls_meta.c reads the handshake (the client's ALPN, the server's chosen
 * version and cipher, and under TLS 1.2 its certificate) from bytes passing through, never
 * changing one; tunnel_policy.c decides on them (tunnelRules, shadowAi, tunnelSniMismatch,
 * tunnelUninspectable, tunnelDefault). The policy is built per configuration generation (gen.c)
 * and is read-only afterwards; its counters are process-wide atomics.
 */
#ifndef HUSH_GATEWAY_TUNNEL_POLICY_H
#define HUSH_GATEWAY_TUNNEL_POLICY_H

#include "gateway/internal.h"

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
/* The ALPN protocols a well-formed ClientHello (as gw_sni_parse accepted it) offers, as
 * "h2,http/1.1" (printable bytes only) in out; "" when none. */
void gw_tls_meta_client_alpn(const uint8_t *buf, size_t len, char *out, size_t outlen);
const char *gw_tls_version_name(unsigned version); /* "tls1.2", "tls1.3", "" */

/* ---- tunnel_policy.c ------------------------------------------------------------------------ */

typedef struct gw_tpol gw_tpol_t;
struct dom_list;

/* Built from tunnelRules, shadowAi, shadowAiServices, tunnelSniMismatch, tunnelUninspectable,
 * tunnelDefault and mode. NULL with "key: reason". */
gw_tpol_t *gw_tpol_new(const gw_config_t *cfg, char *err, size_t errlen);
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

#endif
