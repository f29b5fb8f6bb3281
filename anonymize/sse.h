/* sse.h: private to anonymize/. The provider-aware SSE restorer behind ANON_RESP_SSE. */
#ifndef HUSH_ANON_SSE_H
#define HUSH_ANON_SSE_H

#include "anonymize/restore.h"

typedef struct anon_sse anon_sse_t;

anon_sse_t *anon_sse_new(const anon_lookup_t *lk, anon_profile_t profile);
int anon_sse_feed(anon_sse_t *s, const uint8_t *in, size_t len, anon_buf_t *out);
int anon_sse_finish(anon_sse_t *s, anon_buf_t *out);
void anon_sse_free(anon_sse_t *s);
size_t anon_sse_buffered(const anon_sse_t *s); /* bytes held: the event being received */

#endif
