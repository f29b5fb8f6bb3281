/* restore.h: private to anonymize/. The token-restoring core shared by the text, JSON and SSE
 * restorers, built around a lookup callback so it can be tested without a session.
 */
#ifndef HUSH_ANON_RESTORE_H
#define HUSH_ANON_RESTORE_H

#include "anonymize/anonymize.h"

/* The original value for token (brackets included), or NULL when it is not one of ours. */
typedef const char *(*anon_lookup_fn)(void *arg, const char *token, size_t len, size_t *value_len);

typedef struct anon_lookup {
    anon_lookup_fn fn;
    void *arg;
} anon_lookup_t;

/* One stream position (a response body, an SSE choice/block): what is held back, and for text
 * that is itself JSON (tool-call arguments), where its lexer stands. */
/* The longest form a token can be written in (anon_tok_variant): every '_' escaped, brackets
 * percent-encoded, padded. What a stream holds back stays below this. */
#define ANON_TOKEN_HOLD (3 * ANON_TOKEN_MAX)

typedef struct anon_tokstream {
    char held[ANON_TOKEN_HOLD]; /* the start of a token form, never a whole one */
    size_t nheld;
    int json_inner; /* the text is JSON: values restored inside its strings are JSON-escaped */
    int in_str, esc;
} anon_tokstream_t;

/* Does p[0..n) (p[0] == '[') hold a whole token (returns ANON_TOK_FULL, *len set), a prefix
 * that could still become one (ANON_TOK_PREFIX: n < ANON_TOKEN_MAX), or neither? */
enum { ANON_TOK_NO, ANON_TOK_PREFIX, ANON_TOK_FULL };
int anon_tok_match(const char *p, size_t n, size_t *len);

/* Which forms anon_tok_variant reads besides the plain, case, space, full-width and percent ones:
 * markdown backslash escapes (not in text that is itself JSON, where a backslash is an escape). */
#define ANON_TF_BACKSLASH 1u
/* What the form says about where the value lands (anon_tok_variant's *form). */
#define ANON_FORM_MARKDOWN 1u /* written with backslash escapes */
#define ANON_FORM_PERCENT 2u  /* percent-encoded: the value is percent-encoded too */

/* A token in any form a model writes it in, at p (anon_tok_start(p[0])): ANON_TOK_FULL with *len
 * its bytes in p and canon (ANON_TOKEN_MAX + 1 bytes) the canonical token, *clen its length;
 * ANON_TOK_PREFIX when p[0..n) could still become one (n < ANON_TOKEN_HOLD); else ANON_TOK_NO. */
int anon_tok_variant(const char *p, size_t n, unsigned allow, size_t *len, char *canon,
                     size_t *clen, unsigned *form);
int anon_tok_start(uint8_t c, unsigned allow);
/* Offset of the first byte that could start a token form, or n. */
size_t anon_tok_next_start(const char *s, size_t n, unsigned allow);
/* Could s hold a token in any form (a quick filter)? */
int anon_tok_may_hold(const char *s, size_t n);

/* Append s with every known token replaced by its value. Unless final, a trailing token prefix
 * is held back in ts and prepended to the next call; with final it is released as text.
 * *restored (optional) is incremented per replacement. */
int anon_tok_restore(anon_tokstream_t *ts, const anon_lookup_t *lk, const char *s, size_t n,
                     int final, anon_buf_t *out, size_t *restored);

/* Restore a whole decoded string value: JSON text in it (tool arguments, whole or partial) gets
 * values escaped for its own level; json_hint says the field is known to carry JSON. */
int anon_restore_string(const anon_lookup_t *lk, const char *s, size_t n, int json_hint,
                        anon_buf_t *out, size_t *restored);

/* Restore every string value of a JSON document (ANON_ERR_JSON etc. when it is not JSON). */
int anon_restore_json(const anon_lookup_t *lk, const uint8_t *in, size_t n, anon_buf_t *out,
                      size_t *restored);

/* Member names whose string values carry JSON text (OpenAI arguments, Anthropic partial_json). */
int anon_json_carrier_key(const uint8_t *key, size_t key_len);

/* A restorer over any lookup (anon_restorer_new uses the session's). */
anon_restorer_t *anon_restorer_new_lookup(const anon_lookup_t *lk, anon_resp_kind_t kind,
                                          anon_profile_t profile);

/* The streaming JSON restorer (jstream.c) behind ANON_RESP_JSON. */
typedef struct anon_jstream anon_jstream_t;
anon_jstream_t *anon_jstream_new(const anon_lookup_t *lk);
int anon_jstream_feed(anon_jstream_t *j, const uint8_t *in, size_t len, anon_buf_t *out);
int anon_jstream_finish(anon_jstream_t *j, anon_buf_t *out);
size_t anon_jstream_buffered(const anon_jstream_t *j); /* bytes it holds (bounded) */
void anon_jstream_free(anon_jstream_t *j);

#endif
