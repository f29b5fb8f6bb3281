/* sse_shape.h: private to the SSE restorer (sse.c, sse_shape.c). What an event of a stream is:
 * its provider shape (read from the JSON itself), which of its strings are streamed deltas of
 * which stream key, and which keys it ends. An event's fields are gathered value by value during
 * its one walk (sse_meta_value), so nothing here may be asked before the walk is over and
 * sse_meta_done has run: an index or finish field may follow the delta it concerns.
 */
#ifndef HUSH_ANON_SSE_SHAPE_H
#define HUSH_ANON_SSE_SHAPE_H

#include "anonymize/json_rewrite.h"

#include <string.h>

#define META_N 8 /* choices / candidates / tool calls whose index fields are tracked */

enum { K_OAI, K_OAI_TOOL, K_RESP, K_ANTH, K_GEMINI, K_COHERE, K_COHERE_TOOL, K_COHERE_PLAN };

typedef struct sse_key {
    int kind;
    long a, b;
    char name[64]; /* field name, or the Responses event type without ".delta" */
} sse_key_t;

/* What the event's "type" says, worked out once per event (sse_meta_done). */
enum {
    T_STOP_ALL = 1u << 0,       /* message_stop, response.completed/incomplete/failed, ... */
    T_DOT_DELTA = 1u << 1,      /* "*.delta" (Responses) */
    T_DOT_ARGS = 1u << 2,       /* ... naming arguments */
    T_DOT_DONE = 1u << 3,       /* "*.done" */
    T_PART_DONE = 1u << 4,      /* response.content_part.done, response.output_item.done */
    T_ANTH_DELTA = 1u << 5,     /* content_block_delta */
    T_ANTH_STOP = 1u << 6,      /* content_block_stop */
    T_COH_CONTENT = 1u << 7,    /* content-delta */
    T_COH_PLAN = 1u << 8,       /* tool-plan-delta */
    T_COH_TOOL = 1u << 9,       /* tool-call-delta */
    T_COH_END = 1u << 10,       /* content-end */
    T_COH_TOOL_END = 1u << 11,  /* tool-call-end */
    T_COH_TOOL_START = 1u << 12 /* tool-call-start */
};

typedef struct sse_meta {
    char type[64];
    unsigned tf; /* T_* */
    long index, output_index, content_index;
    /* index fields + 1, so that a zeroed meta says "not given" (0) without a loop per event */
    int choice_idx1[META_N], tool_idx1[META_N][META_N], cand_idx1[META_N];
    int choice_end[META_N], cand_end[META_N];
} sse_meta_t;

/* Does path segment i have member name lit (a string literal: its length is known here)? */
#define SEG_IS(p, i, lit) sse_seg_is((p), (i), (lit), sizeof(lit) - 1)
static inline int sse_seg_is(const anon_json_path_t *p, unsigned i, const char *name, size_t n)
{
    return i < p->depth && p->seg[i].key && p->seg[i].key_len == n &&
           memcmp(p->seg[i].key, name, n) == 0;
}

static inline int sse_key_eq(const sse_key_t *x, const sse_key_t *y)
{
    return x->kind == y->kind && x->a == y->a && x->b == y->b && strcmp(x->name, y->name) == 0;
}

/* m is zeroed already (its event's context initializer): not cleared twice per event */
static inline void sse_meta_init(sse_meta_t *m)
{
    m->index = m->output_index = m->content_index = -1;
}

/* The only path depths whose values sse_meta_value notes (spares a call for the others). */
static inline int sse_meta_depth(unsigned depth)
{
    return depth == 1 || depth == 3 || depth == 6;
}

/* One value of the event, raw[0..n) (a string with its quotes), at path p: notes the fields
 * deltas are classified by (type, index, finish_reason...). Always 0. */
int sse_meta_value(sse_meta_t *m, const anon_json_path_t *p, int type, const uint8_t *raw,
                   size_t n);
/* After the walk: what the event's type says (m->tf). */
void sse_meta_done(sse_meta_t *m);

/* Could the string at p be a delta, under any type the event may turn out to have? A superset
 * of sse_classify()'s shapes, known before the event is. */
static inline int sse_maybe_delta(const anon_json_path_t *p)
{
    return SEG_IS(p, 0, "choices") || SEG_IS(p, 0, "delta") || SEG_IS(p, 0, "candidates");
}

/* Is the string at p a streamed delta? Fills its key and whether it carries JSON text. Reads
 * p->seg[0..6] at most. */
int sse_classify(const sse_meta_t *m, const anon_json_path_t *p, sse_key_t *k, int *carrier);
/* Does this event end the stream of key k? */
int sse_ends(const sse_meta_t *m, const sse_key_t *k);

#endif
