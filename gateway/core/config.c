/* config: defaults, then proxy-config.json, then environment variables, into one gw_config_t.
 *
 * Every key is one row of the table below: its JSON path, its environment variable, its type, its
 * default written as the environment would spell it, and a line of documentation. Defaults go
 * through the same parser as the environment, so a default can never be an invalid value, and the
 * reference in --help and the README comes from the same rows. Any unknown key, wrong type or
 * out-of-range value refuses to load with "key: reason"; nothing ever falls back silently.
 */
#include "gateway/core/config_internal.h"

#include <arpa/inet.h>
#include <jansson.h>
#include <openssl/base64.h>
#include <openssl/mem.h>
#include <stdlib.h>
#include <string.h>

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
    {"scanCacheBytes", "HUSH_SCAN_CACHE_BYTES", T_SIZE0, RESTART, F(boot.scan_cache_bytes), 0,
     1073741824.0, "67108864",
     "Memory for the scan cache: the findings of long strings (256 bytes or more) a client sent "
     "before, under the same request state, so a coding agent's next turn (the whole conversation "
     "again) is scanned only for its new text; the same bytes leave as without it. Holds no value "
     "(keyed hashes, offsets, types), kept apart per client (proxy user, else address); a body "
     "scanned with the cache does not spread over the scan threads. 0 turns it off."},
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
