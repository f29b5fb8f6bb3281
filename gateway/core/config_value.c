/* config_value: one configuration value, parsed from a string (environment, defaults) or from
 * JSON into its slot of gw_config_t, and written back out as JSON.
 *
 * A value is checked where it is parsed, and a refusal is written "key: reason" (fail()).
 */
#include "gateway/core/config_internal.h"

#include <arpa/inet.h>
#include <ctype.h>
#include <errno.h>
#include <event2/util.h>
#include <jansson.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

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
    if (k->type == T_SIZE0 && v == 0) {
        *(size_t *)at(c, k->off) = 0;
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
    case T_SIZE0:
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

void free_kvs(gw_kv_t *kv, size_t n)
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
int set_list(gw_config_t *c, const struct key *k, char **items, size_t count, int is_null,
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

int is_list(enum type t)
{
    return t == T_PORTS || t == T_CIDRS || t == T_STRLIST || t == T_OVERRIDES || t == T_MAP;
}

int set_from_string(gw_config_t *c, const struct key *k, const char *s, char *err, size_t n)
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

int set_from_json(gw_config_t *c, const struct key *k, json_t *v, char *err, size_t n)
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
    case T_SIZE0:
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

/* ---- output -------------------------------------------------------------------------------- */

static void cidr_string(const gw_cidr_t *c, char *buf, size_t n)
{
    char a[64];
    evutil_inet_ntop(c->family, c->addr, a, sizeof(a));
    snprintf(buf, n, "%s/%u", a, c->prefix);
}

json_t *value_json(const gw_config_t *c, const struct key *k)
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
    case T_SIZE0:
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
