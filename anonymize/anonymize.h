/* anonymize: PII out of request bodies, original values back into responses.
 *
 * Pure computation over bytes: no sockets, no event loop, no logging of values. An engine (the
 * compiled detectors) is immutable after anon_engine_new and shared by every thread; a session
 * belongs to exactly one request and holds that request's value <-> token map, wiped when freed.
 *
 * Tokens look like [EMAIL_1]: '[' TYPE '_' N ']' where TYPE is [A-Z][A-Z0-9_]* and N is a decimal
 * number without leading zeros, numbered per type in first-seen order. A session never issues a
 * token that already appears as text in its request (anon_session_reserve), so restoring can never
 * turn the user's own text into a value.
 */
#ifndef HUSH_ANONYMIZE_H
#define HUSH_ANONYMIZE_H

#include <stddef.h>
#include <stdint.h>

#define ANON_TOKEN_MAX 64 /* longest token, brackets included */

enum {
    ANON_OK = 0,
    ANON_ERR_NOMEM = -1,
    ANON_ERR_JSON = -2,      /* declared JSON but not valid JSON */
    ANON_ERR_DEPTH = -3,     /* nesting deeper than the limit */
    ANON_ERR_TOO_LARGE = -4, /* decoded size over the limit */
    ANON_ERR_ENCODING = -5,  /* undecodable or unknown content encoding, invalid UTF-8 */
    ANON_ERR_CONFIG = -6,
    ANON_ERR_UNSCANNABLE = -7, /* a part hush cannot read (binary) and may not forward */
    ANON_ERR_MULTIPART = -8,   /* a multipart body whose framing is broken */
};

/* A growable byte buffer. anon_buf_free wipes the bytes before freeing (they may hold PII).
 * Every byte ever written lies below anon_buf_written(): below len, or below the high-water mark
 * hw, which a writer that takes bytes back without wiping them (anon_buf_setlen) or writes past
 * len raises over them first. Reset, growth and free wipe that much, not the whole capacity. */
typedef struct anon_buf {
    uint8_t *data;
    size_t len, cap;
    size_t hw; /* high-water mark of bytes written past len (taken back, or scratch) */
} anon_buf_t;
/* The bytes that may have been written: what a reset or free wipes. */
static inline size_t anon_buf_written(const anon_buf_t *b)
{
    return b->len > b->hw ? b->len : b->hw;
}
/* len set to n <= cap, bytes taken back kept under the high-water mark (wiped at free). */
static inline void anon_buf_setlen(anon_buf_t *b, size_t n)
{
    if (b->len > b->hw)
        b->hw = b->len;
    b->len = n;
}
int anon_buf_append(anon_buf_t *b, const void *p, size_t n);
/* Capacity for at least n bytes in all, allocated exactly (no doubling); ANON_ERR_NOMEM. */
int anon_buf_reserve(anon_buf_t *b, size_t n);
void anon_buf_reset(anon_buf_t *b); /* wipe, keep capacity */
void anon_buf_free(anon_buf_t *b);

typedef struct anon_engine anon_engine_t;
typedef struct anon_session anon_session_t;
typedef struct anon_restorer anon_restorer_t;
typedef struct anon_decoder anon_decoder_t;

typedef enum {
    ANON_PROFILE_GENERIC = 0,
    ANON_PROFILE_OPENAI,
    ANON_PROFILE_ANTHROPIC,
    ANON_PROFILE_GEMINI,
    ANON_PROFILE_COHERE,
} anon_profile_t;

/* ---- engine: which detectors run --------------------------------------------------------- */
typedef struct anon_custom_detector {
    const char *name;    /* token type, [A-Z][A-Z0-9_]* */
    const char *pattern; /* PCRE2, UTF mode */
} anon_custom_detector_t;

typedef struct anon_config {
    const char *const *packs; /* NULL: the defaults SECRETS, GLOBAL, US, NAMES */
    size_t npacks;
    const char *const *disabled; /* type names turned off */
    size_t ndisabled;
    const anon_custom_detector_t *custom;
    size_t ncustom;
} anon_config_t;

/* NULL on error with the reason (which key: pack, type or custom pattern) in err. */
anon_engine_t *anon_engine_new(const anon_config_t *cfg, char *err, size_t errlen);
void anon_engine_free(anon_engine_t *e);
size_t anon_engine_ntypes(const anon_engine_t *e);
const char *anon_engine_type_name(const anon_engine_t *e, size_t type);
/* Every pack name hush knows, NULL-terminated (for docs and config validation). */
const char *const *anon_pack_names(void);

/* ---- findings: what a text contains (hush scan --json, the accuracy benchmark) ------------ */
typedef struct anon_finding {
    size_t type;       /* index for anon_engine_type_name */
    size_t start, end; /* byte offsets into the scanned text, end exclusive */
} anon_finding_t;
/* Caller frees *out with free(). */
int anon_find(const anon_engine_t *e, const char *text, size_t len, anon_finding_t **out,
              size_t *n);

/* ---- session: one request --------------------------------------------------------------- */
anon_session_t *anon_session_new(const anon_engine_t *e);
void anon_session_free(anon_session_t *s); /* wipes every value; NULL is a no-op */
/* Mark token-shaped text already present in the request so it is never issued. */
void anon_session_reserve(anon_session_t *s, const char *text, size_t len);
/* Replace every finding in text with its token, appended to out. Returns replacements or < 0. */
int anon_session_scan_text(anon_session_t *s, const char *text, size_t len, anon_buf_t *out);
/* The findings (sorted, disjoint) that anon_rewrite of text as a text body would replace, with
 * the request's own signals: names the body's strong contexts and e-mail local parts name, and
 * those names in other forms. No token is issued; *out is malloc'd (NULL when none). For
 * measuring what leaves (the accuracy benchmark's --session), not the gateway's path. */
int anon_session_find(anon_session_t *s, const char *text, size_t len, anon_finding_t **out,
                      size_t *n);
/* The original value for a token, or NULL. */
const char *anon_session_lookup(const anon_session_t *s, const char *token, size_t len,
                                size_t *value_len);
size_t anon_session_count(const anon_session_t *s, size_t type); /* occurrences replaced */
/* Policy "audit" for a type: its values are still found and counted (anon_session_kept) but
 * left in place. Call before scanning. */
int anon_session_keep(anon_session_t *s, size_t type);
size_t anon_session_kept(const anon_session_t *s, size_t type);
size_t anon_session_total(const anon_session_t *s);

/* ---- the scan cache: an agent's next turn scans only its new text (scan_cache.c) ---------- */
/* The findings of strings of 256 bytes or more, kept across requests under a keyed hash of the
 * string and its member, with the answers its scan got from the request's known names, so a string
 * sent again (a conversation's history, every turn) is not scanned again; the rewritten body is
 * byte for byte the one without the cache. Holds no value (hashes, offsets, types), at most
 * max_bytes (least recently used entries go first), wiped on free. Safe to share between threads.
 * NULL when max_bytes is 0 (off) or without memory. */
typedef struct anon_scan_cache anon_scan_cache_t;
anon_scan_cache_t *anon_scan_cache_new(size_t max_bytes);
void anon_scan_cache_free(anon_scan_cache_t *c);
typedef struct anon_scan_cache_stats {
    uint64_t lookups, hits, evicted;
    uint64_t stale; /* look-ups that found an entry kept under other answers of the known names */
    size_t entries, bytes;
} anon_scan_cache_stats_t;
void anon_scan_cache_stats(anon_scan_cache_t *c, anon_scan_cache_stats_t *st);
/* The session looks its strings up in c (NULL: off), in the partition named by part[0 .. plen)
 * (the client: its authenticated user, else its address; hashed, not kept): one partition's
 * requests never use another's answers. Call before scanning. */
void anon_session_set_cache(anon_session_t *s, anon_scan_cache_t *c, const char *part, size_t plen);

/* ---- request bodies ----------------------------------------------------------------------- */
typedef enum { ANON_BODY_JSON, ANON_BODY_TEXT } anon_body_kind_t;

typedef struct anon_rewrite_opts {
    anon_profile_t profile;
    int add_instruction; /* add the "keep placeholders verbatim" system instruction when PII found
                          */
    unsigned max_depth;  /* 0 means 128 */
} anon_rewrite_opts_t;

/* Rewrite a whole request body. out receives the body to forward (a copy of in when nothing
 * changed). On error nothing is to be forwarded; err says why without quoting any value. */
int anon_rewrite(anon_session_t *s, anon_body_kind_t kind, const anon_rewrite_opts_t *opts,
                 const uint8_t *in, size_t len, anon_buf_t *out, char *err, size_t errlen);
/* anon_rewrite with a JSON body's detection spread over nthreads threads (the caller's and
 * nthreads - 1 it starts and joins): the same bytes out, the same session afterwards, byte for
 * byte; worth it from a few hundred KiB. nthreads <= 1, and text bodies, run as anon_rewrite. */
int anon_rewrite_par(anon_session_t *s, anon_body_kind_t kind, const anon_rewrite_opts_t *opts,
                     const uint8_t *in, size_t len, unsigned nthreads, anon_buf_t *out, char *err,
                     size_t errlen);

/* multipart/form-data (RFC 7578) with the given boundary: text, JSON and JSON-lines parts and
 * file names rewritten, every other byte copied. A binary part is copied when forward_binary is
 * set (forwardUnscannable), else ANON_ERR_UNSCANNABLE with err naming the part (its field name
 * and media type, never its content or file name). ANON_ERR_MULTIPART for broken framing.
 * Returns how many binary parts went through unscanned (0 when every part was scanned). */
int anon_rewrite_multipart(anon_session_t *s, const char *boundary, size_t blen, int forward_binary,
                           const uint8_t *in, size_t len, anon_buf_t *out, char *err,
                           size_t errlen);

/* ---- response bodies: incremental restore ------------------------------------------------- */
typedef enum { ANON_RESP_JSON, ANON_RESP_SSE, ANON_RESP_TEXT } anon_resp_kind_t;

anon_restorer_t *anon_restorer_new(const anon_session_t *s, anon_resp_kind_t kind,
                                   anon_profile_t profile);
/* Feed the next piece; restored bytes that are ready are appended to out. Text that could still
 * become a token, in any form a model writes one (\[EMAIL\_1\], [email_1], [ EMAIL_1 ],
 * full-width brackets, %5BEMAIL_1%5D), is held back, never 3 * ANON_TOKEN_MAX bytes or more per
 * stream position. */
int anon_restorer_feed(anon_restorer_t *r, const uint8_t *in, size_t len, anon_buf_t *out);
int anon_restorer_finish(anon_restorer_t *r, anon_buf_t *out);
/* Bytes the restorer holds between calls (an SSE event being received, a JSON string up to
 * 1 MiB); what a caller counts against a memory budget. */
size_t anon_restorer_buffered(const anon_restorer_t *r);
void anon_restorer_free(anon_restorer_t *r);

/* ---- percent-encoding (URLs, form bodies) -------------------------------------------------- */
/* %XX decoded (a '%' without two hex digits stays); plus_space: '+' is a space (query strings). */
int anon_percent_decode(anon_buf_t *out, const char *s, size_t n, int plus_space);
/* Every byte but the unreserved ones (RFC 3986) and those in keep (may be NULL) as %XX. */
int anon_percent_encode(anon_buf_t *out, const char *s, size_t n, const char *keep);

/* ---- content encodings -------------------------------------------------------------------- */
/* For a Content-Encoding value (identity, gzip, x-gzip, deflate, br, zstd, or a list of them).
 * NULL when hush cannot decode it. */
anon_decoder_t *anon_decoder_new(const char *content_encoding);
/* Appends decoded bytes; fails with ANON_ERR_TOO_LARGE past max_out total, ANON_ERR_ENCODING on
 * corrupt input. */
int anon_decoder_feed(anon_decoder_t *d, const uint8_t *in, size_t len, anon_buf_t *out,
                      size_t max_out);
int anon_decoder_finish(anon_decoder_t *d); /* ANON_ERR_ENCODING when the stream was truncated */
void anon_decoder_free(anon_decoder_t *d);
/* The Accept-Encoding value naming what anon_decoder_new accepts. */
const char *anon_accept_encoding(void);

#endif
