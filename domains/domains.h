/* domains: which hosts hush intercepts, and which API profile each one speaks.
 *
 * An immutable list built once from the embedded defaults and the config (extend or replace),
 * shared read-only by every worker thread. Matching is case-insensitive and ignores one trailing
 * dot; a pattern is an exact name or has one '*' standing for one or more characters of a single
 * label ("*.openai.azure.com", "*-aiplatform.googleapis.com").
 */
#ifndef HUSH_DOMAINS_H
#define HUSH_DOMAINS_H

#include <stddef.h>

typedef enum {
    DOM_PROFILE_GENERIC = 0,
    DOM_PROFILE_OPENAI,
    DOM_PROFILE_ANTHROPIC,
    DOM_PROFILE_GEMINI,
    DOM_PROFILE_COHERE,
} dom_profile_t;

typedef struct dom_list dom_list_t;

typedef struct dom_config {
    const char *const *entries; /* patterns from config, optionally "pattern=profile" */
    size_t nentries;
    int replace_defaults; /* 0: entries extend the embedded list; 1: entries replace it */
    const char *const *passthrough_paths; /* NULL: defaults (/oauth, /token, /login, /auth) */
    size_t npassthrough_paths;
    const char *const *passthrough_hosts; /* NULL: defaults (auth.*, login.*) */
    size_t npassthrough_hosts;
} dom_config_t;

/* NULL on error, with the offending entry and the reason in err. */
dom_list_t *dom_list_new(const dom_config_t *cfg, char *err, size_t errlen);
void dom_list_free(dom_list_t *l);

/* 1 when host is intercepted; *profile (if non-NULL) gets its API profile. */
int dom_match(const dom_list_t *l, const char *host, dom_profile_t *profile);
/* 1 when a request to this host and path must pass unmodified (sign-in and token flows). A path
 * rule applies only when the path as written and its normalised form agree. */
int dom_passthrough(const dom_list_t *l, const char *host, const char *path);
/* 1 when the path as written and normalised would be decided differently ("/v1/oauth/../chat"):
 * such a request is refused, since the provider may route either spelling. */
int dom_passthrough_ambiguous(const dom_list_t *l, const char *host, const char *path);
/* Both questions at once (one host lookup, one path normalisation): 1 pass through, -1
 * ambiguous, 0 anonymize. */
int dom_passthrough_check(const dom_list_t *l, const char *host, const char *path);
/* RFC 3986 dot-segment removal after decoding %XX of unreserved characters, '/' and '\\'; '\\' as
 * '/', empty segments and ";params" dropped; query and fragment cut off. out needs
 * strlen(path) + 2 bytes; returns the length, or 0 when cap is too small. */
size_t dom_path_normalize(const char *path, char *out, size_t cap);
/* 1 when the host signs request bodies (AWS SigV4: bedrock-runtime.*.amazonaws.com). */
int dom_signs_body(const char *host);

size_t dom_count(const dom_list_t *l);
const char *dom_pattern(const dom_list_t *l, size_t i);
dom_profile_t dom_profile_at(const dom_list_t *l, size_t i);
const char *dom_profile_name(dom_profile_t p);
/* The embedded defaults, NULL-terminated. */
const char *const *dom_defaults(void);

#endif
