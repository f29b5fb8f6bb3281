/* passthrough.c: which requests to an intercepted host are forwarded unmodified (sign-in flows).
 *
 * A passthrough request skips the anonymizer, so a false match would leak PII: the rules are
 * deliberately narrow. A path prefix ("/oauth") matches whole path segments, compared in lower
 * case on the path without its query: "/oauth", "/oauth/token", "/OAuth?x=1", but not
 * "/oauthx". It matches at the start of the path, or after leading API-version segments
 * ("api", "v1", "v1beta", "v2.0"), so "/v1/oauth/token" and "/api/auth/session" pass; it never
 * matches deeper, so "/openai/deployments/token/chat/completions" (a deployment named "token")
 * or "/v1/models/auth" are still anonymized. Host rules: "auth.*" (leading labels, then any
 * name) or a pattern as in the allowlist.
 *
 * A server may route "/v1/oauth/../chat/completions" to the chat endpoint, so a path rule decides
 * on both the path as written and its normalised form (dom_path_normalize); when they disagree
 * the request is ambiguous and the caller refuses it, so no spelling passes PII through unscanned.
 */
#include "domains/dom_internal.h"

#include <stdlib.h>
#include <string.h>

static const char *const default_paths[] = {"/oauth", "/token", "/login", "/auth"};
static const char *const default_hosts[] = {"auth.*", "login.*"};
#define MAX_VERSION_SKIPS 3

static int lower(int c)
{
    return (c >= 'A' && c <= 'Z') ? c - 'A' + 'a' : c;
}

static int add_path(dom_pass_t *p, const char *s, char *err, size_t errlen)
{
    size_t n = strlen(s);
    const char *why = NULL;
    if (n == 0 || s[0] != '/')
        why = "must start with '/'";
    for (size_t i = 0; !why && i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c <= 0x20 || c >= 0x7f || c == '?' || c == '#')
            why = "bad character (no blanks, controls, '?' or '#')";
    }
    size_t len = n;
    while (!why && len > 1 && s[len - 1] == '/')
        len--;
    if (!why && len == 1)
        why = "\"/\" would pass every request through unmodified";
    if (why) {
        dom_seterr(err, errlen, "passthrough path", s, n, why);
        return -1;
    }
    char *copy = malloc(len + 1);
    if (!copy) {
        dom_seterr(err, errlen, "passthrough path", s, n, "out of memory");
        return -1;
    }
    for (size_t i = 0; i < len; i++)
        copy[i] = (char)lower((unsigned char)s[i]);
    copy[len] = '\0';
    p->paths[p->npaths] = copy;
    p->path_lens[p->npaths] = len;
    p->npaths++;
    return 0;
}

static int add_host(dom_pass_t *p, const char *s, char *err, size_t errlen)
{
    char why[128];
    int rc = dom_pat_parse(s, strlen(s), 1, &p->hosts[p->nhosts], why, sizeof(why));
    if (rc != 0) {
        dom_seterr(err, errlen, "passthrough host", s, strlen(s), rc == -2 ? "out of memory" : why);
        return -1;
    }
    p->nhosts++;
    return 0;
}

int dom_pass_init(dom_pass_t *p, const char *const *paths, size_t npaths, const char *const *hosts,
                  size_t nhosts, char *err, size_t errlen)
{
    memset(p, 0, sizeof(*p));
    if (!paths) {
        paths = default_paths;
        npaths = sizeof(default_paths) / sizeof(default_paths[0]);
    }
    if (!hosts) {
        hosts = default_hosts;
        nhosts = sizeof(default_hosts) / sizeof(default_hosts[0]);
    }
    p->paths = calloc(npaths ? npaths : 1, sizeof(*p->paths));
    p->path_lens = calloc(npaths ? npaths : 1, sizeof(*p->path_lens));
    p->hosts = calloc(nhosts ? nhosts : 1, sizeof(*p->hosts));
    if (!p->paths || !p->path_lens || !p->hosts) {
        dom_seterr(err, errlen, "passthrough list", "", 0, "out of memory");
        goto fail;
    }
    for (size_t i = 0; i < npaths; i++)
        if (add_path(p, paths[i] ? paths[i] : "", err, errlen) != 0)
            goto fail;
    for (size_t i = 0; i < nhosts; i++)
        if (add_host(p, hosts[i] ? hosts[i] : "", err, errlen) != 0)
            goto fail;
    return 0;
fail:
    dom_pass_clear(p);
    return -1;
}

void dom_pass_clear(dom_pass_t *p)
{
    if (!p)
        return;
    for (size_t i = 0; i < p->npaths; i++)
        free(p->paths[i]);
    for (size_t i = 0; i < p->nhosts; i++)
        dom_pat_clear(&p->hosts[i]);
    free(p->paths);
    free(p->path_lens);
    free(p->hosts);
    memset(p, 0, sizeof(*p));
}

int dom_pass_host(const dom_pass_t *p, const char *host)
{
    char name[DOM_NAME_MAX + 1];
    size_t n;
    if (!host || dom_host_normalize(host, name, sizeof(name), &n) != 0)
        return 0;
    for (size_t i = 0; i < p->nhosts; i++)
        if (dom_pat_match(&p->hosts[i], name, n))
            return 1;
    return 0;
}

/* 1 when the segment s[0..n) is "api" or a version: 'v', a digit, then [a-z0-9.]. */
static int version_segment(const char *s, size_t n)
{
    if (n == 3 && lower(s[0]) == 'a' && lower(s[1]) == 'p' && lower(s[2]) == 'i')
        return 1;
    if (n < 2 || lower(s[0]) != 'v' || s[1] < '0' || s[1] > '9')
        return 0;
    for (size_t i = 2; i < n; i++) {
        int c = lower((unsigned char)s[i]);
        if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.'))
            return 0;
    }
    return 1;
}

/* 1 when path[0..n) starts with prefix (lower case) followed by the end or a '/'. */
static int prefix_at(const char *path, size_t n, const char *prefix, size_t plen)
{
    if (n < plen)
        return 0;
    for (size_t i = 0; i < plen; i++)
        if (lower((unsigned char)path[i]) != prefix[i])
            return 0;
    return n == plen || path[plen] == '/';
}

/* The decision on one spelling of the path (no query, no fragment). */
static int pass_path_as_written(const dom_pass_t *p, const char *path, size_t n)
{
    if (n == 0 || path[0] != '/')
        return 0;
    size_t pos = 0;
    for (int skips = 0;; skips++) {
        for (size_t i = 0; i < p->npaths; i++)
            if (prefix_at(path + pos, n - pos, p->paths[i], p->path_lens[i]))
                return 1;
        if (skips == MAX_VERSION_SKIPS)
            return 0;
        /* path[pos] is '/': look at the next segment */
        const char *seg = path + pos + 1;
        const char *end = memchr(seg, '/', n - pos - 1);
        if (!end || !version_segment(seg, (size_t)(end - seg)))
            return 0;
        pos = (size_t)(end - path);
    }
}

static int hexval(int c)
{
    return c >= '0' && c <= '9'   ? c - '0'
           : c >= 'a' && c <= 'f' ? c - 'a' + 10
           : c >= 'A' && c <= 'F' ? c - 'A' + 10
                                  : -1;
}

/* Bytes a server may decode from %XX and then route on. */
static int decodes_to_route(int c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' ||
           c == '.' || c == '_' || c == '~' || c == '/' || c == '\\';
}

size_t dom_path_normalize(const char *path, char *out, size_t cap)
{
    size_t n = strcspn(path, "?#"), o = 0;
    if (cap < n + 2)
        return 0;
    /* 1: decode %XX of unreserved characters and slashes; '\\' is a '/' to some servers. */
    char *d = out + cap - n - 1; /* decoded copy at the end of out; never longer than path */
    size_t dn = 0;
    for (size_t i = 0; i < n; i++) {
        int c = (unsigned char)path[i];
        if (c == '%' && i + 2 < n && hexval((unsigned char)path[i + 1]) >= 0 &&
            hexval((unsigned char)path[i + 2]) >= 0) {
            int v = hexval((unsigned char)path[i + 1]) * 16 + hexval((unsigned char)path[i + 2]);
            if (decodes_to_route(v)) {
                c = v;
                i += 2;
            }
        }
        d[dn++] = (char)(c == '\\' ? '/' : c);
    }
    /* 2: segments without ";params", empty segments and "." dropped, ".." removing one. */
    out[o++] = '/';
    size_t i = 0;
    while (i < dn) {
        while (i < dn && d[i] == '/')
            i++;
        size_t s = i;
        while (i < dn && d[i] != '/')
            i++;
        const char *semi = memchr(d + s, ';', i - s);
        size_t len = semi ? (size_t)(semi - (d + s)) : i - s;
        if (len == 0 || (len == 1 && d[s] == '.'))
            continue;
        if (len == 2 && d[s] == '.' && d[s + 1] == '.') {
            while (o > 1 && out[o - 1] != '/')
                o--;
            if (o > 1)
                o--; /* the '/' before the removed segment */
            continue;
        }
        if (o > 1)
            out[o++] = '/';
        memmove(out + o, d + s, len); /* o <= s + (d - out): the copy never overtakes its source */
        o += len;
    }
    out[o] = '\0';
    return o;
}

int dom_pass_path(const dom_pass_t *p, const char *path)
{
    if (!path || path[0] != '/')
        return 0;
    size_t n = strcspn(path, "?#");
    int raw = pass_path_as_written(p, path, n);
    char stack[1024];
    char *norm = n + 2 <= sizeof(stack) ? stack : malloc(n + 2);
    if (!norm)
        return raw ? -1 : 0; /* cannot check: never pass through unchecked */
    size_t nn = dom_path_normalize(path, norm, n + 2);
    int decided = pass_path_as_written(p, norm, nn);
    if (norm != stack)
        free(norm);
    return raw == decided ? raw : -1;
}
