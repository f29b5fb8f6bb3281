/* sse_shape.c: what an event of an SSE stream is, read from its JSON: OpenAI chat chunks and
 * tool-call arguments, Responses "*.delta" events, Anthropic content blocks, Gemini candidates'
 * parts, Cohere v2 deltas. The event's fields come in one value at a time during its walk; a
 * delta's key and whether the event ends it are only asked once the walk is over.
 */
#include "anonymize/sse_shape.h"

static long parse_long(const uint8_t *p, size_t n)
{
    long v = 0;
    if (n == 0 || n > 9)
        return -1;
    for (size_t i = 0; i < n; i++) {
        if (p[i] < '0' || p[i] > '9')
            return -1;
        v = v * 10 + (p[i] - '0');
    }
    return v;
}

static int ends_with(const char *s, const char *suf)
{
    size_t a = strlen(s), b = strlen(suf);
    return a >= b && memcmp(s + a - b, suf, b) == 0;
}

static void set_name(sse_key_t *k, const char *s, size_t n)
{
    if (n >= sizeof k->name)
        n = sizeof k->name - 1;
    memcpy(k->name, s, n);
    k->name[n] = 0;
}

int sse_meta_value(sse_meta_t *m, const anon_json_path_t *p, int type, const uint8_t *raw, size_t n)
{
    if (p->depth > 6)
        return 0;
    int nonnull = !(type == ANON_JSON_LITERAL && n == 4 && memcmp(raw, "null", 4) == 0);
    if (p->depth == 1) {
        if (SEG_IS(p, 0, "type") && type == ANON_JSON_STRING && n - 2 < sizeof m->type) {
            memcpy(m->type, raw + 1, n - 2);
            m->type[n - 2] = 0;
        } else if (type == ANON_JSON_NUMBER && SEG_IS(p, 0, "index")) {
            m->index = parse_long(raw, n);
        } else if (type == ANON_JSON_NUMBER && SEG_IS(p, 0, "output_index")) {
            m->output_index = parse_long(raw, n);
        } else if (type == ANON_JSON_NUMBER && SEG_IS(p, 0, "content_index")) {
            m->content_index = parse_long(raw, n);
        }
        return 0;
    }
    if (p->depth == 3 && p->seg[1].in_array && p->seg[1].index < META_N) {
        size_t i = p->seg[1].index;
        if (SEG_IS(p, 0, "choices")) {
            if (SEG_IS(p, 2, "index") && type == ANON_JSON_NUMBER)
                m->choice_idx1[i] = (int)(parse_long(raw, n) + 1);
            else if (SEG_IS(p, 2, "finish_reason") && nonnull)
                m->choice_end[i] = 1;
        } else if (SEG_IS(p, 0, "candidates")) {
            if (SEG_IS(p, 2, "index") && type == ANON_JSON_NUMBER)
                m->cand_idx1[i] = (int)(parse_long(raw, n) + 1);
            else if (SEG_IS(p, 2, "finishReason") && nonnull)
                m->cand_end[i] = 1;
        }
        return 0;
    }
    if (p->depth == 6 && type == ANON_JSON_NUMBER && SEG_IS(p, 0, "choices") &&
        p->seg[1].in_array && p->seg[1].index < META_N && SEG_IS(p, 2, "delta") &&
        SEG_IS(p, 3, "tool_calls") && p->seg[4].in_array && p->seg[4].index < META_N &&
        SEG_IS(p, 5, "index"))
        m->tool_idx1[p->seg[1].index][p->seg[4].index] = (int)(parse_long(raw, n) + 1);
    return 0;
}

void sse_meta_done(sse_meta_t *m)
{
    static const struct {
        const char *name;
        unsigned flag;
    } types[] = {{"message_stop", T_STOP_ALL},
                 {"response.completed", T_STOP_ALL},
                 {"response.incomplete", T_STOP_ALL},
                 {"response.failed", T_STOP_ALL},
                 {"message-end", T_STOP_ALL},
                 {"error", T_STOP_ALL},
                 {"response.content_part.done", T_PART_DONE},
                 {"response.output_item.done", T_PART_DONE},
                 {"content_block_delta", T_ANTH_DELTA},
                 {"content_block_stop", T_ANTH_STOP},
                 {"content-delta", T_COH_CONTENT},
                 {"tool-plan-delta", T_COH_PLAN},
                 {"tool-call-delta", T_COH_TOOL},
                 {"content-end", T_COH_END},
                 {"tool-call-end", T_COH_TOOL_END},
                 {"tool-call-start", T_COH_TOOL_START}};
    const char *t = m->type;
    m->tf = 0;
    if (!t[0])
        return;
    for (size_t i = 0; i < sizeof types / sizeof types[0]; i++)
        if (!strcmp(t, types[i].name))
            m->tf |= types[i].flag;
    if (ends_with(t, ".delta")) {
        m->tf |= T_DOT_DELTA;
        if (strstr(t, "arguments"))
            m->tf |= T_DOT_ARGS;
    }
    if (ends_with(t, ".done"))
        m->tf |= T_DOT_DONE;
}

static long pick(long v, size_t pos)
{
    return v >= 0 ? v : (long)pos;
}

int sse_classify(const sse_meta_t *m, const anon_json_path_t *p, sse_key_t *k, int *carrier)
{
    unsigned d = p->depth;
    memset(k, 0, sizeof *k);
    *carrier = 0;
    if (d >= 3 && SEG_IS(p, 0, "choices") && p->seg[1].in_array) {
        size_t pos = p->seg[1].index;
        k->a = pick(pos < META_N ? m->choice_idx1[pos] - 1 : -1, pos);
        k->kind = K_OAI;
        if (d == 3 && SEG_IS(p, 2, "text")) {
            set_name(k, "text", 4);
            return 1;
        }
        if (d == 4 && SEG_IS(p, 2, "delta")) {
            static const char *const f[] = {"content", "reasoning_content", "reasoning", "refusal",
                                            NULL};
            for (int i = 0; f[i]; i++)
                if (sse_seg_is(p, 3, f[i], strlen(f[i]))) {
                    set_name(k, f[i], strlen(f[i]));
                    return 1;
                }
            return 0;
        }
        if (d == 7 && SEG_IS(p, 2, "delta") && SEG_IS(p, 3, "tool_calls") && p->seg[4].in_array &&
            SEG_IS(p, 5, "function") && SEG_IS(p, 6, "arguments")) {
            size_t tp = p->seg[4].index;
            k->kind = K_OAI_TOOL;
            k->b = pick(pos < META_N && tp < META_N ? m->tool_idx1[pos][tp] - 1 : -1, tp);
            *carrier = 1;
            return 1;
        }
        return 0;
    }
    if (d == 1 && SEG_IS(p, 0, "delta") && (m->tf & T_DOT_DELTA)) {
        k->kind = K_RESP;
        set_name(k, m->type, strlen(m->type) - 6);
        k->a = m->output_index;
        k->b = m->content_index;
        *carrier = (m->tf & T_DOT_ARGS) != 0;
        return 1;
    }
    if (d == 2 && SEG_IS(p, 0, "delta") && (m->tf & T_ANTH_DELTA)) {
        k->kind = K_ANTH;
        k->a = m->index;
        if (SEG_IS(p, 1, "partial_json"))
            *carrier = 1;
        else if (!SEG_IS(p, 1, "text") && !SEG_IS(p, 1, "thinking"))
            return 0;
        return 1;
    }
    if (d == 6 && SEG_IS(p, 0, "candidates") && p->seg[1].in_array && SEG_IS(p, 2, "content") &&
        SEG_IS(p, 3, "parts") && p->seg[4].in_array && SEG_IS(p, 5, "text")) {
        size_t pos = p->seg[1].index;
        k->kind = K_GEMINI;
        k->a = pick(pos < META_N ? m->cand_idx1[pos] - 1 : -1, pos);
        k->b = (long)p->seg[4].index;
        return 1;
    }
    if (SEG_IS(p, 0, "delta") && SEG_IS(p, 1, "message")) {
        k->a = m->index;
        if (d == 4 && (m->tf & T_COH_CONTENT) && SEG_IS(p, 2, "content") && SEG_IS(p, 3, "text")) {
            k->kind = K_COHERE;
            return 1;
        }
        if (d == 3 && (m->tf & T_COH_PLAN) && SEG_IS(p, 2, "tool_plan")) {
            k->kind = K_COHERE_PLAN;
            return 1;
        }
        if (d == 5 && (m->tf & T_COH_TOOL) && SEG_IS(p, 2, "tool_calls") &&
            SEG_IS(p, 3, "function") && SEG_IS(p, 4, "arguments")) {
            k->kind = K_COHERE_TOOL;
            *carrier = 1;
            return 1;
        }
    }
    return 0;
}

int sse_ends(const sse_meta_t *m, const sse_key_t *k)
{
    const char *t = m->type;
    if (m->tf & T_STOP_ALL)
        return 1;
    switch (k->kind) {
    case K_OAI:
    case K_OAI_TOOL:
        for (int i = 0; i < META_N; i++)
            if (m->choice_end[i] && pick(m->choice_idx1[i] - 1, (size_t)i) == k->a)
                return 1;
        return 0;
    case K_GEMINI:
        for (int i = 0; i < META_N; i++)
            if (m->cand_end[i] && pick(m->cand_idx1[i] - 1, (size_t)i) == k->a)
                return 1;
        return 0;
    case K_ANTH:
        return (m->tf & T_ANTH_STOP) && m->index == k->a;
    case K_RESP: {
        if (!(m->tf & T_DOT_DONE))
            return 0;
        size_t pl = strlen(t) - 5;
        int same = strlen(k->name) == pl && memcmp(k->name, t, pl) == 0;
        if (!same && !(m->tf & T_PART_DONE))
            return 0;
        return (m->output_index < 0 || m->output_index == k->a) &&
               (m->content_index < 0 || k->b < 0 || m->content_index == k->b);
    }
    case K_COHERE:
        return (m->tf & T_COH_END) && m->index == k->a;
    case K_COHERE_TOOL:
        return (m->tf & T_COH_TOOL_END) && m->index == k->a;
    case K_COHERE_PLAN:
        return (m->tf & T_COH_TOOL_START) != 0;
    }
    return 0;
}
