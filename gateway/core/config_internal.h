/* config_internal: what config.c (the key table, loading, the reference) and config_value.c
 * (one value in from a string or JSON, and out as JSON) share. Private to gateway/core.
 *
 * A key is one row of config.c's table; config_value.c reads a row, never the table.
 */
#ifndef HUSH_GATEWAY_CORE_CONFIG_INTERNAL_H
#define HUSH_GATEWAY_CORE_CONFIG_INTERNAL_H

#include "gateway/core/core.h"

#include <jansson.h>
#include <stdio.h>

enum type {
    T_STR,       /* string; JSON null or absent = unset (NULL) */
    T_LISTEN,    /* "host:port" */
    T_LEVEL,     /* debug|info|warn|error */
    T_WORKERS,   /* "auto" or a positive integer */
    T_THREADS,   /* "auto" (GW_THREADS_AUTO) or an integer from 0 */
    T_UINT,      /* positive integer up to max */
    T_SIZE,      /* positive byte count up to max */
    T_SIZE0,     /* byte count from 0 (off) up to max */
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

static inline void *at(gw_config_t *c, size_t off)
{
    return (char *)c + off;
}

static inline int fail(char *err, size_t n, const char *key, const char *reason)
{
    snprintf(err, n, "%s: %s", key, reason);
    return -1;
}

/* config_value.c */
void free_kvs(gw_kv_t *kv, size_t n);
int set_list(gw_config_t *c, const struct key *k, char **items, size_t count, int is_null,
             char *err, size_t n);
int is_list(enum type t);
int set_from_string(gw_config_t *c, const struct key *k, const char *s, char *err, size_t n);
int set_from_json(gw_config_t *c, const struct key *k, json_t *v, char *err, size_t n);
json_t *value_json(const gw_config_t *c, const struct key *k);

#endif
