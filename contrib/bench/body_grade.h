/* body_grade.h: grading a record that is a whole API request body the way the gateway reads it
 * (anon_rewrite), with its findings mapped back to the record's raw bytes (body_grade.c).
 */
#ifndef HUSH_BENCH_BODY_GRADE_H
#define HUSH_BENCH_BODY_GRADE_H

#include "anonymize/anonymize.h"

#include <stddef.h>

/* Is text a provider request body: a JSON object with a `messages` array whose first element is
 * an object with a string `role` (OpenAI chat, Anthropic, Cohere v2, Mistral...), a `contents`
 * array whose first element is an object with `parts` (Gemini), or a string `model` beside
 * `input` or `prompt` (OpenAI Responses, completions)? */
int body_is_request(const char *text, size_t len);

/* For an output token at tok (n bytes, brackets included): its engine type index and its
 * original value (decoded), or -1 when the text is no token the rewrite issued. */
typedef int (*body_tok_fn)(void *arg, const char *tok, size_t n, const char **value, size_t *vlen);

/* Align the body in (inlen bytes) with what the rewrite made of it (out) and return, in *f
 * (malloc'd, sorted), one finding per issued token: the raw input bytes it replaced, in whatever
 * escaping they stood. Bytes a rewrite re-escapes (\u00e9 -> é, \/ -> /, at either level) and
 * text it inserts (the placeholder instruction, the quotes of a number's token) are no finding.
 * Returns 0, -1 when the two differ too much to align (no findings then). */
int body_align(const char *in, size_t inlen, const char *out, size_t outlen, body_tok_fn tok,
               void *arg, anon_finding_t **f, size_t *nf);

/* anon_rewrite on the body with hush scan's options (generic profile, no instruction) in a new
 * session, aligned with body_align. Returns 0, or < 0 when the rewrite refused the body or the
 * alignment failed (*f is then NULL). */
int body_find(const anon_engine_t *e, const char *text, size_t len, anon_finding_t **f, size_t *nf);

/* Built-in alignment cases (bench_accuracy --check-align): prints each, returns failures. */
int body_align_check(const anon_engine_t *e);

#endif
