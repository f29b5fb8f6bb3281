/* dom_internal.h: host-name patterns shared by the allowlist and the passthrough host list.
 * Private to domains/.
 */
#ifndef HUSH_DOM_INTERNAL_H
#define HUSH_DOM_INTERNAL_H

#include <stddef.h>

#define DOM_NAME_MAX 253 /* longest host name, without the trailing dot */
#define DOM_LABEL_MAX 63

typedef enum {
    DOM_PAT_EXACT,        /* "api.openai.com" */
    DOM_PAT_STAR,         /* one '*' inside a label: 1+ characters, never a '.' */
    DOM_PAT_LABEL_PREFIX, /* passthrough hosts only: "auth.*" = leading labels, then 1+ labels */
} dom_pat_kind_t;

typedef struct {
    char *text; /* lower-case, no trailing dot; owned */
    size_t len;
    dom_pat_kind_t kind;
    size_t star; /* offset of '*' in text (not DOM_PAT_EXACT) */
} dom_pat_t;

/* Lower-case host into out (at least DOM_NAME_MAX + 1 bytes) without its one trailing dot.
 * 0 and *len on success; -1 when host is not a plain DNS name (empty, too long, empty label,
 * a character outside [a-z0-9_-.], a port, brackets). */
int dom_host_normalize(const char *host, char *out, size_t outlen, size_t *len);

/* Parse and validate s[0..n). 0 on success (out->text owned by out); -1 with the reason in
 * why; -2 out of memory. allow_label_prefix admits the "label.*" form. */
int dom_pat_parse(const char *s, size_t n, int allow_label_prefix, dom_pat_t *out, char *why,
                  size_t whylen);
/* 1 when the normalized host[0..n) matches p. */
int dom_pat_match(const dom_pat_t *p, const char *host, size_t n);
void dom_pat_clear(dom_pat_t *p);

/* The passthrough rules (sign-in and token flows forwarded unmodified): path prefixes and host
 * patterns. Built by dom_pass_init, freed by dom_pass_clear. */
typedef struct {
    char **paths; /* lower-case, start with '/', no trailing '/' */
    size_t *path_lens;
    size_t npaths;
    dom_pat_t *hosts;
    size_t nhosts;
} dom_pass_t;

/* NULL lists mean the defaults. 0 on success; -1 with the reason in err. */
int dom_pass_init(dom_pass_t *p, const char *const *paths, size_t npaths, const char *const *hosts,
                  size_t nhosts, char *err, size_t errlen);
void dom_pass_clear(dom_pass_t *p);
int dom_pass_host(const dom_pass_t *p, const char *host);
/* 1: passthrough, 0: scan, -1: the path as written and its normalised form (dom_path_normalize)
 * are decided differently, so a server could route it either way. */
int dom_pass_path(const dom_pass_t *p, const char *path);

/* err = "<what> \"<entry, sanitized and shortened>\": <why>". */
void dom_seterr(char *err, size_t errlen, const char *what, const char *entry, size_t n,
                const char *why);

#endif
