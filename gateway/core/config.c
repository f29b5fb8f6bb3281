/* config: defaults, then proxy-config.json, then environment variables, into one gw_config_t.
 *
 * Every key is one row of the table below: its JSON path, its environment variable, its type, its
 * default written as the environment would spell it, and a line of documentation. Defaults go
 * through the same parser as the environment, so a default can never be an invalid value, and the
 * reference in --help and the README comes from the same rows. Any unknown key, wrong type or
 * out-of-range value refuses to load with "key: reason"; nothing ever falls back silently.
 */
#include "gateway/core/core.h"

#include <arpa/inet.h>
#include <ctype.h>
#include <errno.h>
#include <event2/util.h>
#include <jansson.h>
#include <openssl/base64.h>
#include <openssl/mem.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

enum type {
    T_STR,       /* string; JSON null or absent = unset (NULL) */
    T_LISTEN,    /* "host:port" */
    T_LEVEL,     /* debug|info|warn|error */
    T_WORKERS,   /* "auto" or a positive integer */
    T_THREADS,   /* "auto" (GW_THREADS_AUTO) or an integer from 0 */
    T_UINT,      /* positive integer up to max */
    T_SIZE,      /* positive byte count up to max */
    T_SECS,      /* positive number of seconds up to max */
    T_BOOL,      /* true|false */
    T_PORTS,     /* list of ports or "lo-hi" ranges */
    T_CIDRS,     /* list of CIDRs */
    T_STRLIST,   /* list of strings; JSON null = module default (v == NULL) */
    T_OVERRIDES, /* object "host:port" -> "ip:port" */
    T_MAP,       /* object of string -> string (a nested object becomes "K=V;K=V") */
    T_MODE,      /* enforce | audit */
    T_LOGFMT,    /* logfmt | json */
    T_MGMT,      /* readWrite | readOnly */
    T_ACTION,    /* mask | block | audit (GW_ACT_*) */
    T_SNIACT,    /* intercept | refuse */
    T_TACT,      /* allow | deny | audit (0, 1, 2) */
    T_SHADOW,    /* off | allow | audit | deny (0 .. 3) */
};

/* The keys whose value is one of a few names, stored as the name's index. The order of each list
 * is the stored value (T_ACTION's follows GW_ACT_*), so parsing and printing read one table. */
static const char *const mode_names[] = {"enforce", "audit", NULL};
static const char *const logfmt_names[] = {"logfmt", "json", NULL};
static const char *const mgmt_names[] = {"readWrite", "readOnly", NULL};
static const char *const action_names[] = {
    [GW_ACT_MASK] = "mask", [GW_ACT_BLOCK] = "block", [GW_ACT_AUDIT] = "audit", [3] = NULL};
static const char *const sniact_names[] = {"intercept", "refuse", NULL};
static const char *const tact_names[] = {"allow", "deny", "audit", NULL};
static const char *const shadow_names[] = {"off", "allow", "audit", "deny", NULL};

/* The names a key type takes, or NULL when it is not such a type. */
static const char *const *enum_names(int type)
{
    switch (type) {
    case T_MODE:
        return mode_names;
    case T_LOGFMT:
        return logfmt_names;
    case T_MGMT:
        return mgmt_names;
    case T_ACTION:
        return action_names;
    case T_SNIACT:
        return sniact_names;
    case T_TACT:
        return tact_names;
    case T_SHADOW:
        return shadow_names;
    default:
        return NULL;
    }
}

/* "must be a, b or c" for a list of names. */
static const char *enum_must(const char *const *names, char *buf, size_t len)
{
    size_t at_ = (size_t)snprintf(buf, len, "must be");
    for (int j = 0; names[j] && at_ < len; j++) {
        at_ += (size_t)snprintf(buf + at_, len - at_, "%s%s",
                                j == 0          ? " "
                                : !names[j + 1] ? " or "
                                                : ", ",
                                names[j]);
    }
    return buf;
}

/* The index of s in a NULL-terminated list of names, or -1. */
static int name_index(const char *const *names, const char *s)
{
    for (int i = 0; names[i]; i++) {
        if (!strcmp(names[i], s)) {
            return i;
        }
    }
    return -1;
}

/* A key's lifetime. RESTART: read once at start (gw_boot_t); a reload that changes it logs
 * restart_required. RELOAD: part of each generation (gw_live_t), applied by a reload to whatever
 * starts after it. */
enum life { RESTART, RELOAD };

struct key {
    const char *json;
    const char *env;
    enum type type;
    enum life life;
    size_t off,
        off2; /* in gw_config_t: boot.* for RESTART, live.* for RELOAD; off2: lists' count */
    double max;
    const char *def; /* NULL: unset */
    const char *doc;
};

#define F(f) offsetof(gw_config_t, f)
#define L(f, n) offsetof(gw_config_t, f), offsetof(gw_config_t, n)

static const struct key keys[] = {
    {"listen", "HUSH_LISTEN", T_LISTEN, RESTART, F(boot.listen), 0, 0, "127.0.0.1:8080",
     "Proxy listen address (host:port; [v6]:port)."},
    {"logLevel", "HUSH_LOG_LEVEL", T_LEVEL, RELOAD, F(live.log_level), 0, 0, "info",
     "Log level: debug, info, warn or error."},
    {"logFormat", "HUSH_LOG_FORMAT", T_LOGFMT, RESTART, F(boot.log_json), 0, 0, "logfmt",
     "Process log lines as logfmt or json."},
    {"workers", "HUSH_WORKERS", T_WORKERS, RESTART, F(boot.workers), 0, 1024, "auto",
     "Worker threads, each with its own event loop: \"auto\" (one per CPU the process may use: its "
     "affinity mask, capped by a cgroup CPU quota) or a number."},
    {"scanThreads", "HUSH_SCAN_THREADS", T_THREADS, RESTART, F(boot.scan_threads), 0, 1024, "auto",
     "Threads that scan request bodies of scanOffloadBytes or more, so a large body does not hold "
     "up the other connections of its worker: \"auto\" (one per CPU the process may use, as for "
     "workers) or a number; 0 scans "
     "every body on its worker's event loop. A JSON body of 128 KiB or more also spreads its "
     "detection over the threads idle at the time, at low priority (the same bytes out); 1 "
     "leaves none to spread over."},
    {"scanOffloadBytes", "HUSH_SCAN_OFFLOAD_BYTES", T_SIZE, RESTART, F(boot.scan_offload_bytes), 0,
     1073741824.0, "65536",
     "Request bodies at least this large are scanned on a scanThreads thread; smaller ones on "
     "the worker's loop, which a body holds up ~13 us per KiB (a hand-off costs about as much "
     "CPU as scanning 2 KiB)."},
    {"connectPorts", "HUSH_CONNECT_PORTS", T_PORTS, RESTART,
     L(boot.connect_ports, boot.nconnect_ports), 0, "443,8443",
     "Ports a CONNECT may reach (numbers or \"lo-hi\" ranges)."},
    {"allowPrivateNetworks", "HUSH_ALLOW_PRIVATE_NETWORKS", T_CIDRS, RESTART,
     L(boot.allow_private, boot.nallow_private), 0, "",
     "CIDRs exempt from the SSRF guard (internal deployments, tests)."},
    {"blockedNetworks", "HUSH_BLOCKED_NETWORKS", T_CIDRS, RESTART, L(boot.blocked, boot.nblocked),
     0, "", "Extra CIDRs always refused (even when in allowPrivateNetworks)."},
    {"timeouts.head", "HUSH_TIMEOUT_HEAD", T_SECS, RESTART, F(boot.head_timeout), 0, 3600, "10",
     "Seconds a client has to send a complete request head (408 after); an intercepted request "
     "body may not pause longer than this between reads."},
    {"timeouts.connect", "HUSH_TIMEOUT_CONNECT", T_SECS, RESTART, F(boot.connect_timeout), 0, 3600,
     "10", "Seconds to resolve and connect to a destination."},
    {"timeouts.handshake", "HUSH_TIMEOUT_HANDSHAKE", T_SECS, RESTART, F(boot.handshake_timeout), 0,
     3600, "10", "Seconds for a TLS handshake (client or upstream side)."},
    {"timeouts.idle", "HUSH_TIMEOUT_IDLE", T_SECS, RESTART, F(boot.idle_timeout), 0, 86400, "300",
     "Seconds a connection may see no traffic in either direction; also the most an intercepted "
     "request body may take in all."},
    {"timeouts.upstream", "HUSH_TIMEOUT_UPSTREAM", T_SECS, RESTART, F(boot.upstream_timeout), 0,
     86400, "300", "Seconds an upstream may stay silent while a response is awaited."},
    {"timeouts.drain", "HUSH_TIMEOUT_DRAIN", T_SECS, RESTART, F(boot.drain_timeout), 0, 3600, "10",
     "Seconds to let open connections finish after SIGTERM/SIGINT."},
    {"maxHeaderBytes", "HUSH_MAX_HEADER_BYTES", T_SIZE, RESTART, F(boot.max_header_bytes), 0,
     1048576, "32768", "Largest request head accepted (431 above)."},
    {"maxBodyBytes", "HUSH_MAX_BODY_BYTES", T_SIZE, RELOAD, F(live.max_body_bytes), 0, 1073741824.0,
     "33554432", "Largest request body hush will scan (413 above; never forwarded unscanned)."},
    {"maxResponseBytes", "HUSH_MAX_RESPONSE_BYTES", T_SIZE, RELOAD, F(live.max_response_bytes), 0,
     17179869184.0, "268435456",
     "Largest decoded response hush will restore (502 above, or the response is cut once its "
     "head was sent)."},
    {"maxResponseRatio", "HUSH_MAX_RESPONSE_RATIO", T_UINT, RELOAD, F(live.max_response_ratio), 0,
     1000000, "100",
     "Largest decoded/encoded size ratio of a compressed response being restored, past its "
     "first MiB (502 above: a decompression bomb)."},
    {"maxBufferedBytes", "HUSH_MAX_BUFFERED_BYTES", T_SIZE, RESTART, F(boot.max_buffered_bytes), 0,
     1099511627776.0, "1073741824",
     "Request and response body bytes held in memory, all connections together; a body that "
     "would pass it gets 503 with Retry-After."},
    {"maxConnections", "HUSH_MAX_CONNECTIONS", T_SIZE, RESTART, F(boot.max_connections), 0,
     10000000, "20000", "Open client connections, all workers together; more are refused."},
    {"caCertFile", "CA_CERT_FILE", T_STR, RESTART, F(boot.ca_cert_file), 0, 0, NULL,
     "CA certificate (PEM). Unset: <dataDir>/ca-cert.pem. Both CA paths \"\": MITM off."},
    {"caKeyFile", "CA_KEY_FILE", T_STR, RESTART, F(boot.ca_key_file), 0, 0, NULL,
     "CA private key (PEM, mode 0600). Unset: <dataDir>/ca-key.pem."},
    {"dataDir", "HUSH_DATA_DIR", T_STR, RESTART, F(boot.data_dir), 0, 0, ".",
     "Directory for the generated CA and persisted state."},
    {"leafValidityDays", "HUSH_LEAF_VALIDITY_DAYS", T_UINT, RESTART, F(boot.leaf_validity_days), 0,
     825, "7", "Validity of minted leaf certificates, in days."},
    {"leafCacheSize", "HUSH_LEAF_CACHE_SIZE", T_SIZE, RESTART, F(boot.leaf_cache_size), 0, 10000000,
     "10000", "Leaf certificates cached; the cache is cleared whole when full."},
    {"preloadHosts", "HUSH_PRELOAD_HOSTS", T_STRLIST, RESTART,
     L(boot.preload_hosts.v, boot.preload_hosts.n), 0, "",
     "Hosts whose leaf certificates are minted at start-up."},
    {"aiDomains", "HUSH_AI_DOMAINS", T_STRLIST, RELOAD, L(live.ai_domains.v, live.ai_domains.n), 0,
     "", "Extra intercepted hosts (\"pattern\" or \"pattern=profile\")."},
    {"aiDomainsReplace", "HUSH_AI_DOMAINS_REPLACE", T_BOOL, RELOAD, F(live.ai_domains_replace), 0,
     0, "false", "true: aiDomains replaces the embedded list instead of extending it."},
    {"mitmPorts", "HUSH_MITM_PORTS", T_PORTS, RELOAD, L(live.mitm_ports, live.nmitm_ports), 0,
     "443", "Ports on which AI hosts are intercepted; other ports tunnel."},
    {"connectSni", "HUSH_CONNECT_SNI", T_SNIACT, RELOAD, F(live.connect_sni_refuse), 0, 0,
     "intercept",
     "A CONNECT to an IP address or an unlisted name on a mitmPorts port whose TLS ClientHello "
     "names an intercepted host: intercept (as a CONNECT to that name) or refuse (close)."},
    {"passthroughPaths", "HUSH_PASSTHROUGH_PATHS", T_STRLIST, RELOAD,
     L(live.passthrough_paths.v, live.passthrough_paths.n), 0, NULL,
     "Path prefixes forwarded unmodified (sign-in flows). null: /oauth, /token, /login, /auth."},
    {"passthroughHosts", "HUSH_PASSTHROUGH_HOSTS", T_STRLIST, RELOAD,
     L(live.passthrough_hosts.v, live.passthrough_hosts.n), 0, NULL,
     "Host patterns forwarded unmodified. null: auth.*, login.*."},
    {"upstreamCaFile", "HUSH_UPSTREAM_CA_FILE", T_STR, RESTART, F(boot.upstream_ca_file), 0, 0,
     NULL, "Extra trust anchors (PEM) for upstream servers, added to the system store."},
    {"acceptInvalidUpstreamCerts", "HUSH_ACCEPT_INVALID_UPSTREAM_CERTS", T_BOOL, RESTART,
     F(boot.accept_invalid_upstream_certs), 0, 0, "false",
     "Skip upstream certificate verification (logged and counted; never in production)."},
    {"upstreamOverrides", "HUSH_UPSTREAM_OVERRIDES", T_OVERRIDES, RESTART,
     L(boot.upstream_overrides, boot.nupstream_overrides), 0, "",
     "Test aid: {\"host:port\": \"ip:port\"}; the address still passes the guard."},
    {"detectorPacks", "HUSH_DETECTOR_PACKS", T_STRLIST, RELOAD,
     L(live.detector_packs.v, live.detector_packs.n), 0, NULL,
     "Detector packs to run. null: SECRETS, GLOBAL, US, NAMES. Also: DE, FR, NL, UK."},
    {"disabledDetectors", "HUSH_DISABLED_DETECTORS", T_STRLIST, RELOAD,
     L(live.disabled_detectors.v, live.disabled_detectors.n), 0, "",
     "PII types turned off (e.g. IPV4, PHONE)."},
    {"customDetectors", "HUSH_CUSTOM_DETECTORS", T_MAP, RELOAD,
     L(live.custom_detectors, live.ncustom_detectors), 0, "",
     "Extra detectors: {\"TYPE_NAME\": \"PCRE2 pattern\"}."},
    {"addInstruction", "HUSH_ADD_INSTRUCTION", T_BOOL, RELOAD, F(live.add_instruction), 0, 0,
     "true", "Tell the model, in the system prompt, to keep placeholders like [EMAIL_1] verbatim."},
    {"forwardUnscannable", "HUSH_FORWARD_UNSCANNABLE", T_STRLIST, RELOAD,
     L(live.forward_unscannable.v, live.forward_unscannable.n), 0, "",
     "Host patterns whose bodies may be forwarded when hush cannot scan them (default: refuse)."},
    {"webSocketAnonymize", "HUSH_WEBSOCKET_ANONYMIZE", T_BOOL, RELOAD, F(live.ws_anonymize), 0, 0,
     "true",
     "Anonymize client text messages and restore server text messages on intercepted "
     "WebSockets; false relays every frame unchanged."},
    {"maxWebSocketMessage", "HUSH_MAX_WEBSOCKET_MESSAGE", T_SIZE, RELOAD, F(live.max_ws_message), 0,
     1073741824.0, "16777216",
     "Largest WebSocket text message hush will scan; a larger client message closes the "
     "connection with 1009 and is never sent."},
    {"auditLog", "HUSH_AUDIT_LOG", T_STR, RELOAD, F(live.audit_log), 0, 0, NULL,
     "Audit records (JSON Lines, one per intercepted request, never a value): a file path "
     "(reopened on SIGHUP), \"-\" for stdout, null for none."},
    {"mode", "HUSH_MODE", T_MODE, RELOAD, F(live.audit_mode), 0, 0, "enforce",
     "enforce: apply the policy; audit: detect and record everything, change and block nothing."},
    {"policy", "HUSH_POLICY", T_MAP, RELOAD, L(live.policy, live.npolicy), 0, "",
     "Action per PII type: {\"CREDIT_CARD\": \"block\", \"IPV4\": \"audit\"}; others are masked."},
    {"hostPolicy", "HUSH_HOST_POLICY", T_MAP, RELOAD, L(live.host_policy, live.nhost_policy), 0, "",
     "Per-host overrides: {\"api.example.com\": {\"EMAIL\": \"audit\"}} (env: "
     "host=TYPE=action;TYPE=action)."},
    {"urlAndHeaderPii", "HUSH_URL_AND_HEADER_PII", T_ACTION, RELOAD, F(live.url_header_action), 0,
     0, "block",
     "PII in an intercepted request's path, query or a non-standard header (values there cannot "
     "be restored): block (403 naming the type and where), mask (token, percent-encoded in the "
     "URL) or audit (forwarded, counted). A type whose policy is audit is only counted."},
    {"tunnelRules", "HUSH_TUNNEL_RULES", T_STRLIST, RELOAD,
     L(live.tunnel_rules.v, live.tunnel_rules.n), 0, "",
     "Metadata mode: rules on tunnels hush does not decrypt, first match decides: \"ACTION "
     "field=pattern ...\" with ACTION allow|deny|audit and fields host, service, sni, alpn, "
     "version, cipher, san, issuer, fingerprint (see Metadata mode)."},
    {"tunnelDefault", "HUSH_TUNNEL_DEFAULT", T_TACT, RELOAD, F(live.tunnel_default), 0, 0, "allow",
     "A tunnel no rule decides: allow, deny or audit."},
    {"tunnelUninspectable", "HUSH_TUNNEL_UNINSPECTABLE", T_TACT, RELOAD,
     F(live.tunnel_uninspectable), 0, 0, "audit",
     "A rule on san, issuer or fingerprint when the certificate is not visible (TLS 1.3, a "
     "resumed session, not TLS): allow (the rule does not match), audit (same, recorded) or "
     "deny."},
    {"tunnelSniMismatch", "HUSH_TUNNEL_SNI_MISMATCH", T_TACT, RELOAD, F(live.tunnel_sni_mismatch),
     0, 0, "deny",
     "A CONNECT whose TLS ClientHello names another host, one of the two an AI host (intercepted "
     "or shadow AI): deny (domain fronting), audit or allow."},
    {"shadowAi", "HUSH_SHADOW_AI", T_SHADOW, RELOAD, F(live.shadow_ai), 0, 0, "audit",
     "Tunnels to AI services hush does not intercept (the embedded list and shadowAiServices): "
     "off, allow (counted), audit (counted and recorded) or deny."},
    {"shadowAiServices", "HUSH_SHADOW_AI_SERVICES", T_STRLIST, RELOAD,
     L(live.shadow_ai_services.v, live.shadow_ai_services.n), 0, "",
     "Extra shadow AI hosts: \"host=service\" (host: a name or *.name for its subdomains)."},
    {"adminListen", "HUSH_ADMIN_LISTEN", T_STR, RESTART, F(boot.admin_listen), 0, 0, NULL,
     "Address for /metrics and the management API; null: proxy port, loopback clients only."},
    {"managementToken", "HUSH_MANAGEMENT_TOKEN", T_STR, RELOAD, F(live.management_token), 0, 0,
     NULL,
     "Bearer token for the management API (/api/...); null: the API is off. At least 16 "
     "characters."},
    {"managementApi", "HUSH_MANAGEMENT_API", T_MGMT, RELOAD, F(live.management_readonly), 0, 0,
     "readWrite",
     "readOnly: the management API answers GET only and refuses changes (403), for replicas "
     "that share one config file; readWrite: POST/DELETE change this replica alone."},
    {"watchConfig", "HUSH_WATCH_CONFIG", T_BOOL, RESTART, F(boot.watch_config), 0, 0, "true",
     "Reload when the config file changes (inotify on its directory, Kubernetes ConfigMap "
     "symlink swaps included), with the same validation as SIGHUP."},
    {"upstreamProxy", "HUSH_UPSTREAM_PROXY", T_STR, RESTART, F(boot.upstream_proxy), 0, 0, NULL,
     "Corporate proxy for hush's own outbound connections: http://[user:pass@]host:port "
     "(CONNECT)."},
    {"upstreamNoProxy", "HUSH_UPSTREAM_NO_PROXY", T_STRLIST, RESTART,
     L(boot.upstream_no_proxy.v, boot.upstream_no_proxy.n), 0, "",
     "Destinations reached directly, not through upstreamProxy (NO_PROXY syntax: host, "
     ".domain, *.domain, IP, CIDR)."},
    {"users", "HUSH_USERS", T_MAP, RELOAD, L(live.users, live.nusers), 0, "",
     "Proxy users: {\"name\": \"pbkdf2-sha256$...\"} (from hush hash-password). Set: every proxy "
     "request needs Proxy-Authorization: Basic (407 without)."},
    {"authFailureBurst", "HUSH_AUTH_FAILURE_BURST", T_UINT, RELOAD, F(live.auth_failure_burst), 0,
     1000000, "10",
     "Failed proxy logins (wrong or malformed credentials) one client address (IPv6: /64) may "
     "make before it is slowed down; then 429 with Retry-After, nothing checked."},
    {"authFailuresPerMinute", "HUSH_AUTH_FAILURES_PER_MINUTE", T_UINT, RELOAD,
     F(live.auth_failures_per_minute), 0, 1000000, "10",
     "The rate at which that allowance refills."},
    {"allowedClients", "HUSH_ALLOWED_CLIENTS", T_CIDRS, RELOAD,
     L(live.allowed_clients, live.nallowed_clients), 0, "",
     "Client CIDRs allowed to use the proxy; empty: any client that reaches the listener."},
    {"maxConnectionsPerClient", "HUSH_MAX_CONNECTIONS_PER_CLIENT", T_SIZE, RELOAD,
     F(live.max_connections_per_client), 0, 10000000, "1024",
     "Open connections one client address may hold."},
    {"transparentListen", "HUSH_TRANSPARENT_LISTEN", T_STR, RESTART, F(boot.transparent_listen), 0,
     0, NULL,
     "Transparent (TPROXY) listener, host:port (Linux, CAP_NET_ADMIN); null: transparent mode "
     "off."},
    {"transparentPorts", "HUSH_TRANSPARENT_PORTS", T_PORTS, RESTART,
     L(boot.transparent_ports, boot.ntransparent_ports), 0, "443",
     "Destination ports `hush transparent apply` diverts to the transparent listener."},
    {"transparentMark", "HUSH_TRANSPARENT_MARK", T_UINT, RESTART, F(boot.transparent_mark), 0,
     4294967295.0, "1", "Firewall mark of diverted packets (policy routing to local delivery)."},
    {"transparentBypassMark", "HUSH_TRANSPARENT_BYPASS_MARK", T_UINT, RESTART,
     F(boot.transparent_bypass_mark), 0, 4294967295.0, "2",
     "SO_MARK on hush's own outbound sockets in transparent mode, so they are never diverted."},
    {"transparentTable", "HUSH_TRANSPARENT_TABLE", T_UINT, RESTART, F(boot.transparent_table), 0,
     4294967295.0, "100", "Routing table for diverted packets (not 253-255, the kernel's own)."},
};

#define NKEYS (sizeof(keys) / sizeof(keys[0]))

static void *at(gw_config_t *c, size_t off)
{
    return (char *)c + off;
}

static int fail(char *err, size_t n, const char *key, const char *reason)
{
    snprintf(err, n, "%s: %s", key, reason);
    return -1;
}

/* ---- parsing one value, from a string (environment, defaults) or JSON ----------------------- */

static int parse_number(const char *s, double *out)
{
    char *end;
    errno = 0;
    while (isspace((unsigned char)*s)) {
        s++;
    }
    if (*s == '\0') {
        return -1;
    }
    double v = strtod(s, &end);
    while (isspace((unsigned char)*end)) {
        end++;
    }
    if (errno || *end != '\0' || !isfinite(v)) {
        return -1;
    }
    *out = v;
    return 0;
}

static int set_number(gw_config_t *c, const struct key *k, double v, char *err, size_t n)
{
    char why[96];
    if (k->type == T_SECS) {
        if (!(v > 0)) {
            return fail(err, n, k->json, "must be a positive number of seconds");
        }
        if (v > k->max) {
            snprintf(why, sizeof(why), "must be at most %.0f seconds", k->max);
            return fail(err, n, k->json, why);
        }
        *(double *)at(c, k->off) = v;
        return 0;
    }
    if (k->type == T_THREADS && v == 0) {
        *(unsigned *)at(c, k->off) = 0;
        return 0;
    }
    if (v != floor(v) || !(v >= 1)) {
        return fail(err, n, k->json, "must be a positive whole number");
    }
    if (v > k->max) {
        snprintf(why, sizeof(why), "must be at most %.0f", k->max);
        return fail(err, n, k->json, why);
    }
    if (k->type == T_UINT || k->type == T_WORKERS || k->type == T_THREADS) {
        *(unsigned *)at(c, k->off) = (unsigned)v;
    } else {
        *(size_t *)at(c, k->off) = (size_t)v;
    }
    return 0;
}

static int set_bool_str(gw_config_t *c, const struct key *k, const char *s, char *err, size_t n)
{
    if (!strcmp(s, "true") || !strcmp(s, "1") || !strcmp(s, "yes")) {
        *(int *)at(c, k->off) = 1;
    } else if (!strcmp(s, "false") || !strcmp(s, "0") || !strcmp(s, "no")) {
        *(int *)at(c, k->off) = 0;
    } else {
        return fail(err, n, k->json, "must be true or false");
    }
    return 0;
}

int gw_parse_listen(const char *s, struct sockaddr_storage *out, socklen_t *len)
{
    char host[INET6_ADDRSTRLEN + 2];
    const char *colon = strrchr(s, ':');
    if (!colon || colon[1] == '\0' || strspn(colon + 1, "0123456789") != strlen(colon + 1) ||
        strlen(colon + 1) > 5 || (size_t)(colon - s) >= sizeof(host)) {
        return -1;
    }
    unsigned long port = strtoul(colon + 1, NULL, 10);
    if (port > 65535) {
        return -1;
    }
    memcpy(host, s, (size_t)(colon - s));
    host[colon - s] = '\0';
    memset(out, 0, sizeof(*out));
    if (host[0] == '[') {
        size_t n = strlen(host);
        if (n < 3 || host[n - 1] != ']') {
            return -1;
        }
        host[n - 1] = '\0';
        struct sockaddr_in6 *in6 = (struct sockaddr_in6 *)out;
        if (inet_pton(AF_INET6, host + 1, &in6->sin6_addr) != 1) {
            return -1;
        }
        in6->sin6_family = AF_INET6;
        in6->sin6_port = htons((uint16_t)port);
        *len = sizeof(*in6);
        return 0;
    }
    struct sockaddr_in *in = (struct sockaddr_in *)out;
    if (inet_pton(AF_INET, host, &in->sin_addr) != 1) {
        return -1;
    }
    in->sin_family = AF_INET;
    in->sin_port = htons((uint16_t)port);
    *len = sizeof(*in);
    return 0;
}

static int check_listen(const char *s)
{
    struct sockaddr_storage ss;
    socklen_t len;
    return gw_parse_listen(s, &ss, &len);
}

static int set_scalar_str(gw_config_t *c, const struct key *k, const char *s, char *err, size_t n)
{
    char **slot;
    double v;
    const char *const *names = enum_names(k->type);
    if (names) {
        int i = name_index(names, s);
        if (i < 0) {
            char must[96];
            return fail(err, n, k->json, enum_must(names, must, sizeof(must)));
        }
        *(int *)at(c, k->off) = i;
        return 0;
    }
    switch (k->type) {
    case T_STR:
        slot = at(c, k->off);
        free(*slot);
        *slot = strdup(s);
        return *slot ? 0 : fail(err, n, k->json, "out of memory");
    case T_LISTEN:
        if (check_listen(s) != 0) {
            return fail(err, n, k->json, "must be host:port (IPv6 as [addr]:port)");
        }
        slot = at(c, k->off);
        free(*slot);
        *slot = strdup(s);
        return *slot ? 0 : fail(err, n, k->json, "out of memory");
    case T_LEVEL: {
        int lv = gw_log_level_parse(s);
        if (lv < 0) {
            return fail(err, n, k->json, "must be one of debug, info, warn, error");
        }
        *(int *)at(c, k->off) = lv;
        return 0;
    }
    case T_WORKERS:
    case T_THREADS:
        if (!strcmp(s, "auto")) {
            *(unsigned *)at(c, k->off) = k->type == T_THREADS ? GW_THREADS_AUTO : 0;
            return 0;
        }
        /* fall through */
    case T_UINT:
    case T_SIZE:
    case T_SECS:
        if (parse_number(s, &v) != 0) {
            return fail(err, n, k->json,
                        k->type == T_WORKERS || k->type == T_THREADS
                            ? "must be \"auto\" or a number"
                            : "must be a number");
        }
        return set_number(c, k, v, err, n);
    case T_BOOL:
        return set_bool_str(c, k, s, err, n);
    default:
        return fail(err, n, k->json, "internal: not a scalar");
    }
}

static void free_kvs(gw_kv_t *kv, size_t n)
{
    for (size_t j = 0; kv && j < n; j++) {
        free(kv[j].key);
        free(kv[j].value);
    }
    free(kv);
}

/* Replace the pair list in the slots with kv (count entries). */
static int set_kvs(void **vslot, size_t *nslot, gw_kv_t *kv, size_t count)
{
    free_kvs(*vslot, *nslot);
    *vslot = kv;
    *nslot = count;
    return 0;
}

/* Lists are collected as strings first, then converted by type. */
static int set_list(gw_config_t *c, const struct key *k, char **items, size_t count, int is_null,
                    char *err, size_t n)
{
    char why[160];
    void **vslot = at(c, k->off);
    size_t *nslot = at(c, k->off2);
    if (k->type == T_STRLIST) {
        for (size_t i = 0; *vslot && i < *nslot; i++) {
            free(((char **)*vslot)[i]);
        }
        free(*vslot);
        *vslot = NULL;
        *nslot = 0;
        if (is_null) {
            return 0;
        }
        /* Check every entry before taking any: the caller frees what is left in items. */
        for (size_t i = 0; i < count; i++) {
            if (items[i][0] == '\0') {
                return fail(err, n, k->json, "entries must not be empty");
            }
        }
        char **v = calloc(count + 1, sizeof(char *));
        if (!v) {
            return fail(err, n, k->json, "out of memory");
        }
        for (size_t i = 0; i < count; i++) {
            v[i] = items[i];
            items[i] = NULL;
        }
        *vslot = v;
        *nslot = count;
        return 0;
    }
    if (is_null) {
        return fail(err, n, k->json, "must be a list, not null");
    }
    if (k->type == T_PORTS) {
        gw_port_range_t *p = calloc(count ? count : 1, sizeof(gw_port_range_t));
        for (size_t i = 0; p && i < count; i++) {
            double lo, hi;
            char *dash = strchr(items[i], '-');
            if (dash) {
                *dash = '\0';
            }
            int bad = parse_number(items[i], &lo) != 0 ||
                      (dash ? parse_number(dash + 1, &hi) != 0 : (hi = lo, 0));
            if (dash) {
                *dash = '-';
            }
            if (bad || lo != floor(lo) || hi != floor(hi) || lo < 1 || hi > 65535 || lo > hi) {
                snprintf(why, sizeof(why), "\"%.40s\" is not a port or range from 1 to 65535",
                         items[i]);
                free(p);
                return fail(err, n, k->json, why);
            }
            p[i].lo = (uint16_t)lo;
            p[i].hi = (uint16_t)hi;
        }
        if (!p) {
            return fail(err, n, k->json, "out of memory");
        }
        free(*vslot);
        *vslot = p;
        *nslot = count;
        return 0;
    }
    if (k->type == T_CIDRS) {
        gw_cidr_t *p = calloc(count ? count : 1, sizeof(gw_cidr_t));
        for (size_t i = 0; p && i < count; i++) {
            if (gw_cidr_parse(items[i], &p[i]) != 0) {
                snprintf(why, sizeof(why),
                         "\"%.60s\" is not a CIDR (address/prefix with zero host bits)", items[i]);
                free(p);
                return fail(err, n, k->json, why);
            }
        }
        if (!p) {
            return fail(err, n, k->json, "out of memory");
        }
        free(*vslot);
        *vslot = p;
        *nslot = count;
        return 0;
    }
    if (k->type == T_MAP) { /* items are "key=value" */
        gw_kv_t *kv = calloc(count ? count : 1, sizeof(gw_kv_t));
        if (!kv) {
            return fail(err, n, k->json, "out of memory");
        }
        for (size_t i = 0; i < count; i++) {
            char *eq = strchr(items[i], '=');
            if (!eq || eq == items[i]) {
                free_kvs(kv, i);
                return fail(err, n, k->json, "entries must be NAME=value");
            }
            kv[i].key = strndup(items[i], (size_t)(eq - items[i]));
            kv[i].value = strdup(eq + 1);
        }
        return set_kvs(vslot, nslot, kv, count);
    }
    /* T_OVERRIDES: items are "host:port=ip:port". */
    gw_kv_t *o = calloc(count ? count : 1, sizeof(gw_kv_t));
    if (!o) {
        return fail(err, n, k->json, "out of memory");
    }
    for (size_t i = 0; i < count; i++) {
        char *eq = strchr(items[i], '=');
        char host[256];
        unsigned port;
        struct sockaddr_storage ss;
        int sl = sizeof(ss);
        if (!eq ||
            gw_split_authority(items[i], (size_t)(eq - items[i]), host, sizeof(host), &port, 0) !=
                0 ||
            evutil_parse_sockaddr_port(eq + 1, (struct sockaddr *)&ss, &sl) != 0 ||
            !strchr(eq + 1, ':')) {
            snprintf(why, sizeof(why), "\"%.80s\" must map host:port to ip:port", items[i]);
            free_kvs(o, i);
            return fail(err, n, k->json, why);
        }
        for (char *q = host; *q; q++) {
            *q = (char)tolower((unsigned char)*q);
        }
        char hp[300];
        snprintf(hp, sizeof(hp), "%s:%u", host, port);
        o[i].key = strdup(hp);
        o[i].value = strdup(eq + 1);
    }
    return set_kvs(vslot, nslot, o, count);
}

static void free_items(char **items, size_t count)
{
    for (size_t i = 0; i < count; i++) {
        free(items[i]);
    }
    free(items);
}

/* "a, b,c" -> ["a","b","c"]; "" -> []. */
static int split_env_list(const char *s, char ***out, size_t *count)
{
    size_t cap = 1;
    for (const char *p = s; *p; p++) {
        cap += *p == ',';
    }
    char **items = calloc(cap, sizeof(char *));
    if (!items) {
        return -1;
    }
    size_t n = 0;
    const char *p = s;
    while (*p) {
        const char *e = strchr(p, ',');
        size_t len = e ? (size_t)(e - p) : strlen(p);
        while (len && isspace((unsigned char)*p)) {
            p++;
            len--;
        }
        while (len && isspace((unsigned char)p[len - 1])) {
            len--;
        }
        if (len || e) {
            items[n] = strndup(p, len);
            if (!items[n]) {
                free_items(items, n);
                return -1;
            }
            n++;
        }
        if (!e) {
            break;
        }
        p = e + 1;
    }
    *out = items;
    *count = n;
    return 0;
}

static int is_list(enum type t)
{
    return t == T_PORTS || t == T_CIDRS || t == T_STRLIST || t == T_OVERRIDES || t == T_MAP;
}

static int set_from_string(gw_config_t *c, const struct key *k, const char *s, char *err, size_t n)
{
    if (!is_list(k->type)) {
        return set_scalar_str(c, k, s, err, n);
    }
    char **items;
    size_t count;
    if (split_env_list(s, &items, &count) != 0) {
        return fail(err, n, k->json, "out of memory");
    }
    int rc = set_list(c, k, items, count, 0, err, n);
    free_items(items, count);
    return rc;
}

static int set_from_json(gw_config_t *c, const struct key *k, json_t *v, char *err, size_t n)
{
    char buf[64];
    switch (k->type) {
    case T_STR:
        if (json_is_null(v)) {
            char **slot = at(c, k->off);
            free(*slot);
            *slot = NULL;
            return 0;
        }
        /* fall through */
    case T_LISTEN:
    case T_LEVEL:
    case T_MODE:
    case T_LOGFMT:
    case T_MGMT:
    case T_ACTION:
    case T_SNIACT:
    case T_TACT:
    case T_SHADOW:
        if (!json_is_string(v)) {
            return fail(err, n, k->json, "must be a string");
        }
        return set_scalar_str(c, k, json_string_value(v), err, n);
    case T_WORKERS:
    case T_THREADS:
        if (json_is_string(v)) {
            return set_scalar_str(c, k, json_string_value(v), err, n);
        }
        /* fall through */
    case T_UINT:
    case T_SIZE:
    case T_SECS:
        if (!json_is_number(v)) {
            return fail(err, n, k->json, "must be a number");
        }
        return set_number(c, k, json_number_value(v), err, n);
    case T_BOOL:
        if (!json_is_boolean(v)) {
            return fail(err, n, k->json, "must be true or false");
        }
        *(int *)at(c, k->off) = json_is_true(v);
        return 0;
    default:
        break;
    }
    if (json_is_null(v)) {
        return set_list(c, k, NULL, 0, 1, err, n);
    }
    size_t count = 0;
    char **items = NULL;
    if (k->type == T_OVERRIDES || k->type == T_MAP) {
        if (!json_is_object(v)) {
            return fail(err, n, k->json,
                        k->type == T_MAP ? "must be an object of \"NAME\": \"value\""
                                         : "must be an object of \"host:port\": \"ip:port\"");
        }
        items = calloc(json_object_size(v) + 1, sizeof(char *));
        const char *name;
        json_t *val;
        json_object_foreach(v, name, val)
        {
            char flat[1024] = "";
            if (k->type == T_MAP && json_is_object(val)) {
                const char *n2;
                json_t *v2;
                size_t o = 0;
                json_object_foreach(val, n2, v2)
                {
                    if (!json_is_string(v2)) {
                        free_items(items, count);
                        return fail(err, n, k->json, "nested values must be strings");
                    }
                    o += (size_t)snprintf(flat + o, o < sizeof(flat) ? sizeof(flat) - o : 0,
                                          "%s%s=%s", o ? ";" : "", n2, json_string_value(v2));
                }
                if (o >= sizeof(flat)) {
                    free_items(items, count);
                    return fail(err, n, k->json, "entry too long");
                }
            } else if (!json_is_string(val)) {
                free_items(items, count);
                return fail(err, n, k->json, "values must be strings");
            } else {
                snprintf(flat, sizeof(flat), "%s", json_string_value(val));
            }
            size_t len = strlen(name) + strlen(flat) + 2;
            items[count] = malloc(len);
            snprintf(items[count], len, "%s=%s", name, flat);
            count++;
        }
    } else {
        if (!json_is_array(v)) {
            return fail(err, n, k->json, "must be a list");
        }
        items = calloc(json_array_size(v) + 1, sizeof(char *));
        size_t i;
        json_t *e;
        json_array_foreach(v, i, e)
        {
            if (k->type == T_PORTS && json_is_integer(e)) {
                snprintf(buf, sizeof(buf), "%lld", (long long)json_integer_value(e));
                items[count++] = strdup(buf);
            } else if (json_is_string(e)) {
                items[count++] = strdup(json_string_value(e));
            } else {
                free_items(items, count);
                return fail(err, n, k->json,
                            k->type == T_PORTS ? "entries must be ports or \"lo-hi\" strings"
                                               : "entries must be strings");
            }
        }
    }
    int rc = set_list(c, k, items, count, 0, err, n);
    free_items(items, count);
    return rc;
}

/* ---- the file ----------------------------------------------------------------------------------
 */

static const struct key *find_key(const char *path)
{
    for (size_t i = 0; i < NKEYS; i++) {
        if (!strcmp(keys[i].json, path)) {
            return &keys[i];
        }
    }
    return NULL;
}

static int is_group(const char *path)
{
    size_t n = strlen(path);
    for (size_t i = 0; i < NKEYS; i++) {
        if (!strncmp(keys[i].json, path, n) && keys[i].json[n] == '.') {
            return 1;
        }
    }
    return 0;
}

static int apply_object(gw_config_t *c, json_t *obj, const char *prefix, char *err, size_t n)
{
    const char *name;
    json_t *v;
    json_object_foreach(obj, name, v)
    {
        char path[128];
        snprintf(path, sizeof(path), "%s%s%s", prefix, *prefix ? "." : "", name);
        const struct key *k = find_key(path);
        if (k) {
            if (set_from_json(c, k, v, err, n) != 0) {
                return -1;
            }
        } else if (is_group(path)) {
            if (!json_is_object(v)) {
                return fail(err, n, path, "must be an object");
            }
            if (apply_object(c, v, path, err, n) != 0) {
                return -1;
            }
        } else {
            return fail(err, n, path, "unknown key");
        }
    }
    return 0;
}

static int apply_file(gw_config_t *c, const char *path, char *err, size_t n)
{
    json_error_t je;
    json_t *root = json_load_file(path, JSON_REJECT_DUPLICATES, &je);
    if (!root) {
        snprintf(err, n, "%s:%d:%d: %s", path, je.line, je.column, je.text);
        return -1;
    }
    int rc;
    if (!json_is_object(root)) {
        snprintf(err, n, "%s: the config must be a JSON object", path);
        rc = -1;
    } else {
        rc = apply_object(c, root, "", err, n);
    }
    json_decref(root);
    return rc;
}

static const char *env_get(char *const *envp, const char *name)
{
    size_t n = strlen(name);
    for (; envp && *envp; envp++) {
        if (!strncmp(*envp, name, n) && (*envp)[n] == '=') {
            return *envp + n + 1;
        }
    }
    return NULL;
}

/* "http://[user:pass@]host:port" into the derived up_proxy_* fields. */
static int parse_upstream_proxy(gw_config_t *c, char *err, size_t errlen)
{
    const char *u = c->boot.upstream_proxy;
    if (strncmp(u, "http://", 7) != 0) {
        snprintf(err, errlen, "upstreamProxy: must start with http:// (hush speaks CONNECT to it)");
        return -1;
    }
    u += 7;
    const char *end = u + strcspn(u, "/");
    if (*end && strcmp(end, "/") != 0) {
        snprintf(err, errlen, "upstreamProxy: must be http://[user:pass@]host:port with no path");
        return -1;
    }
    const char *at = memchr(u, '@', (size_t)(end - u));
    if (at) {
        size_t clen = (size_t)(at - u);
        uint8_t b64[512];
        if (clen > 300 || !memchr(u, ':', clen)) {
            snprintf(err, errlen, "upstreamProxy: credentials must be user:password");
            return -1;
        }
        size_t n = EVP_EncodeBlock(b64, (const uint8_t *)u, clen);
        char *h = malloc(n + 7);
        if (!h) {
            snprintf(err, errlen, "out of memory");
            return -1;
        }
        memcpy(h, "Basic ", 6);
        memcpy(h + 6, b64, n + 1);
        free(c->boot.up_proxy_auth);
        c->boot.up_proxy_auth = h;
        u = at + 1;
    }
    char host[256];
    if (gw_split_authority(u, (size_t)(end - u), host, sizeof(host), &c->boot.up_proxy_port, 0) !=
        0) {
        snprintf(err, errlen, "upstreamProxy: must be http://[user:pass@]host:port");
        return -1;
    }
    free(c->boot.up_proxy_host);
    c->boot.up_proxy_host = strdup(host);
    return c->boot.up_proxy_host ? 0 : -1;
}

gw_config_t *gw_config_load(const char *path, char *const *envp, char *err, size_t errlen)
{
    gw_config_t *c = calloc(1, sizeof(*c));
    if (!c) {
        snprintf(err, errlen, "out of memory");
        return NULL;
    }
    char sub[256];
    for (size_t i = 0; i < NKEYS; i++) {
        if (keys[i].def && set_from_string(c, &keys[i], keys[i].def, sub, sizeof(sub)) != 0) {
            snprintf(err, errlen, "internal default: %s", sub);
            goto fail;
        }
        if (!keys[i].def && is_list(keys[i].type)) {
            (void)set_list(c, &keys[i], NULL, 0, 1, sub, sizeof(sub));
        }
    }
    if (path && apply_file(c, path, err, errlen) != 0) {
        goto fail;
    }
    for (size_t i = 0; i < NKEYS; i++) {
        const char *v = env_get(envp, keys[i].env);
        if (v && set_from_string(c, &keys[i], v, sub, sizeof(sub)) != 0) {
            snprintf(err, errlen, "%s (from environment variable %s)", sub, keys[i].env);
            goto fail;
        }
    }
    struct sockaddr_storage admin_ss;
    socklen_t admin_len;
    if (c->boot.admin_listen && gw_parse_listen(c->boot.admin_listen, &admin_ss, &admin_len) != 0) {
        snprintf(err, errlen, "adminListen: must be host:port (IPv6 as [addr]:port)");
        goto fail;
    }
    if (c->live.management_token && strlen(c->live.management_token) < 16) {
        snprintf(err, errlen, "managementToken: use at least 16 characters");
        goto fail;
    }
    if (c->boot.upstream_proxy && c->boot.upstream_proxy[0] &&
        parse_upstream_proxy(c, err, errlen) != 0) {
        goto fail;
    }
    for (size_t i = 0; i < c->live.nusers; i++) {
        if (gw_access_check_hash(c->live.users[i].value) != 0) {
            snprintf(err, errlen,
                     "users: \"%.64s\" needs a password hash from `hush hash-password` "
                     "(pbkdf2-sha256$iterations$salt$hash, at least 10000 iterations)",
                     c->live.users[i].key);
            goto fail;
        }
    }
    if (gw_tp_validate(&c->boot, err, errlen) != 0) {
        goto fail;
    }
    const gw_boot_t *b = &c->boot;
    if ((b->ca_cert_file && !b->ca_key_file) || (!b->ca_cert_file && b->ca_key_file)) {
        /* One set and one defaulted is legitimate only when neither is the "off" spelling. */
        const char *set = b->ca_cert_file ? b->ca_cert_file : b->ca_key_file;
        if (set[0] == '\0') {
            snprintf(err, errlen,
                     "%s: \"\" turns MITM off only when caCertFile and caKeyFile are "
                     "both \"\"",
                     b->ca_cert_file ? "caCertFile" : "caKeyFile");
            goto fail;
        }
    }
    return c;
fail:
    gw_config_free(c);
    return NULL;
}

void gw_config_free(gw_config_t *c)
{
    if (!c) {
        return;
    }
    free(c->boot.up_proxy_host);
    if (c->boot.up_proxy_auth) {
        OPENSSL_cleanse(c->boot.up_proxy_auth, strlen(c->boot.up_proxy_auth));
        free(c->boot.up_proxy_auth);
    }
    for (size_t i = 0; i < NKEYS; i++) {
        const struct key *k = &keys[i];
        if (k->type == T_STR || k->type == T_LISTEN) {
            free(*(char **)at(c, k->off));
        } else if (k->type == T_STRLIST) {
            char **v = *(char ***)at(c, k->off);
            for (size_t j = 0; v && j < *(size_t *)at(c, k->off2); j++) {
                free(v[j]);
            }
            free(v);
        } else if (k->type == T_MAP || k->type == T_OVERRIDES) {
            free_kvs(*(gw_kv_t **)at(c, k->off), *(size_t *)at(c, k->off2));
        } else if (is_list(k->type)) {
            free(*(void **)at(c, k->off));
        }
    }
    free(c);
}

/* ---- output -------------------------------------------------------------------------------- */

static void cidr_string(const gw_cidr_t *c, char *buf, size_t n)
{
    char a[64];
    evutil_inet_ntop(c->family, c->addr, a, sizeof(a));
    snprintf(buf, n, "%s/%u", a, c->prefix);
}

static json_t *value_json(const gw_config_t *c, const struct key *k)
{
    if (!strcmp(k->json, "managementToken") && c->live.management_token) {
        return json_string("***");
    }
    if (!strcmp(k->json, "upstreamProxy") && c->boot.upstream_proxy &&
        strchr(c->boot.upstream_proxy, '@')) {
        /* never print the proxy password */
        const char *at = strrchr(c->boot.upstream_proxy, '@');
        char buf[300];
        snprintf(buf, sizeof(buf), "http://***:***@%s", at + 1);
        return json_string(buf);
    }
    gw_config_t *m = (gw_config_t *)c;
    static const char *const levels[] = {"debug", "info", "warn", "error"};
    const char *const *names = enum_names(k->type);
    if (names) {
        int i = *(int *)at(m, k->off), count = 0;
        while (names[count]) {
            count++;
        }
        return json_string(names[i >= 0 && i < count ? i : 0]);
    }
    switch (k->type) {
    case T_STR:
    case T_LISTEN: {
        const char *s = *(char **)at(m, k->off);
        return s ? json_string(s) : json_null();
    }
    case T_LEVEL:
        return json_string(levels[*(int *)at(m, k->off) & 3]);
    case T_WORKERS: {
        unsigned w = *(unsigned *)at(m, k->off);
        return w ? json_integer(w) : json_string("auto");
    }
    case T_THREADS: {
        unsigned t = *(unsigned *)at(m, k->off);
        return t == GW_THREADS_AUTO ? json_string("auto") : json_integer(t);
    }
    case T_UINT:
        return json_integer(*(unsigned *)at(m, k->off));
    case T_SIZE:
        return json_integer((json_int_t) * (size_t *)at(m, k->off));
    case T_SECS: {
        double v = *(double *)at(m, k->off);
        return v == floor(v) ? json_integer((json_int_t)v) : json_real(v);
    }
    case T_BOOL:
        return json_boolean(*(int *)at(m, k->off));
    default:
        break;
    }
    size_t count = *(size_t *)at(m, k->off2);
    void *v = *(void **)at(m, k->off);
    if (k->type == T_STRLIST && !v) {
        return json_null();
    }
    json_t *out = k->type == T_OVERRIDES || k->type == T_MAP ? json_object() : json_array();
    for (size_t i = 0; i < count; i++) {
        char buf[96];
        if (k->type == T_PORTS) {
            gw_port_range_t *r = &((gw_port_range_t *)v)[i];
            if (r->lo == r->hi) {
                json_array_append_new(out, json_integer(r->lo));
            } else {
                snprintf(buf, sizeof(buf), "%u-%u", r->lo, r->hi);
                json_array_append_new(out, json_string(buf));
            }
        } else if (k->type == T_CIDRS) {
            cidr_string(&((gw_cidr_t *)v)[i], buf, sizeof(buf));
            json_array_append_new(out, json_string(buf));
        } else if (k->type == T_STRLIST) {
            json_array_append_new(out, json_string(((char **)v)[i]));
        } else if (k->type == T_MAP) {
            gw_kv_t *kv = &((gw_kv_t *)v)[i];
            /* password hashes are not for display */
            json_object_set_new(
                out, kv->key,
                json_string(!strcmp(k->json, "users") ? "pbkdf2-sha256$***" : kv->value));
        } else {
            gw_kv_t *o = &((gw_kv_t *)v)[i];
            json_object_set_new(out, o->key, json_string(o->value));
        }
    }
    return out;
}

int gw_config_write_json(const gw_config_t *c, FILE *out)
{
    json_t *root = json_object();
    for (size_t i = 0; i < NKEYS; i++) {
        const struct key *k = &keys[i];
        const char *dot = strchr(k->json, '.');
        if (dot) {
            char group[64];
            snprintf(group, sizeof(group), "%.*s", (int)(dot - k->json), k->json);
            json_t *g = json_object_get(root, group);
            if (!g) {
                g = json_object();
                json_object_set_new(root, group, g);
            }
            json_object_set_new(g, dot + 1, value_json(c, k));
        } else {
            json_object_set_new(root, k->json, value_json(c, k));
        }
    }
    int rc = json_dumpf(root, out, JSON_INDENT(2) | JSON_PRESERVE_ORDER);
    fputc('\n', out);
    json_decref(root);
    return rc;
}

void gw_config_write_reference(FILE *out)
{
    for (size_t i = 0; i < NKEYS; i++) {
        const struct key *k = &keys[i];
        fprintf(out, "  %-28s %-36s default: %s  [%s]\n      %s\n", k->json, k->env,
                k->def ? (k->def[0] ? k->def : "(empty)") : "(unset)",
                k->life == RESTART ? "restart" : "reload", k->doc);
    }
}

int gw_config_key_at(size_t i, const char **json, int *restart, size_t *off, size_t *off2)
{
    if (i >= NKEYS) {
        return -1;
    }
    *json = keys[i].json;
    *restart = keys[i].life == RESTART;
    *off = keys[i].off;
    *off2 = is_list(keys[i].type) ? keys[i].off2 : 0;
    return 0;
}

int gw_config_restart_keys_changed(const gw_boot_t *running, const gw_config_t *next, char *out,
                                   size_t n)
{
    size_t o = 0;
    int changed = 0;
    gw_config_t now = {.boot = *running}; /* a view for value_json: not owned, never freed */
    out[0] = '\0';
    for (size_t i = 0; i < NKEYS; i++) {
        const struct key *k = &keys[i];
        if (k->life != RESTART) {
            continue;
        }
        json_t *va = value_json(&now, k), *vb = value_json(next, k);
        if (!json_equal(va, vb)) {
            o += (size_t)snprintf(out + o, o < n ? n - o : 0, "%s%s", changed ? "," : "", k->json);
            changed = 1;
        }
        json_decref(va);
        json_decref(vb);
    }
    return changed;
}

/* The transparent* keys (transparent mode, see front/transparent_listener.c); "" transparentListen
 * means off. */
int gw_tp_validate(gw_boot_t *c, char *err, size_t errlen)
{
    if (c->transparent_listen && !c->transparent_listen[0]) {
        free(c->transparent_listen); /* "" is the environment's way to say "off" */
        c->transparent_listen = NULL;
    }
    if (c->transparent_listen) {
        struct sockaddr_storage ss;
        socklen_t len;
        if (gw_parse_listen(c->transparent_listen, &ss, &len) != 0) {
            snprintf(err, errlen, "transparentListen: must be host:port (IPv6 as [addr]:port)");
            return -1;
        }
        unsigned port = ss.ss_family == AF_INET6 ? ntohs(((struct sockaddr_in6 *)&ss)->sin6_port)
                                                 : ntohs(((struct sockaddr_in *)&ss)->sin_port);
        if (port == 0) {
            snprintf(err, errlen,
                     "transparentListen: needs a fixed port (the TPROXY rules name it), not 0");
            return -1;
        }
    }
    if (c->ntransparent_ports == 0) {
        snprintf(err, errlen, "transparentPorts: must name at least one port");
        return -1;
    }
    if (c->transparent_bypass_mark == c->transparent_mark) {
        snprintf(err, errlen,
                 "transparentBypassMark: must differ from transparentMark (hush's own "
                 "connections would be diverted back to itself)");
        return -1;
    }
    if (c->transparent_table >= 253 && c->transparent_table <= 255) {
        snprintf(err, errlen,
                 "transparentTable: %u is one of the kernel's own tables (default, main, local)",
                 c->transparent_table);
        return -1;
    }
    return 0;
}
