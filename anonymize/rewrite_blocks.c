/* rewrite_blocks.c: consecutive text blocks of one message read as one text.
 *
 * An Anthropic content array of {"type":"text","text":...} blocks (a message's, or a
 * tool_result's), OpenAI content parts, Gemini parts and Responses input_text parts often carry
 * one document cut in pieces: a label ends one block and its value starts the next, a table's
 * header is one block and its rows the next, a closing and the signature under it. Scanned block
 * by block, none of that lines up. So when the walker hands over the "text" of an element of a
 * "content" or "parts" array, the elements after it are read ahead in the raw JSON; while they are
 * text blocks too, their texts are decoded and joined, a line break between two (what a reader of
 * the blocks sees; none where a block already ends or the next starts with one), scanned once
 * (anon_session_scan_cut), and the output is cut back into one text per block, handed out as the
 * walker reaches each block. A value that crosses a block's edge becomes its token in each block it
 * touches, never partly left in clear.
 *
 * The one thing to know: which strings form a group depends on the input's bytes alone, never on
 * what is found, so every walk (a split walk's helpers too, split.c) makes the same session calls
 * in the same order. A message with one text block costs a look at the bytes after it.
 */
#include "anonymize/anon_internal.h"
#include "anonymize/json_rewrite.h"

#include <openssl/mem.h>
#include <stdlib.h>
#include <string.h>

#define MAX_PARTS 64 /* a longer run is read as several groups */

struct anon_blocks {
    const uint8_t *in;        /* the walk input the open group was read in (NULL: none open) */
    size_t n, next;           /* parts, and the next one to hand out */
    int changed;              /* the scan replaced anything */
    size_t at[MAX_PARTS];     /* each part's closing quote in in */
    size_t cut[MAX_PARTS];    /* where each part ends in text */
    uint8_t sep[MAX_PARTS];   /* and the separator bytes after it (a line break, or none) */
    size_t outcut[MAX_PARTS]; /* ... and in out */
    anon_buf_t text, out;
};

static const uint8_t *ws(const uint8_t *p, const uint8_t *end)
{
    while (p < end && (*p == ' ' || *p == '\n' || *p == '\r' || *p == '\t'))
        p++;
    return p;
}

/* Text (after its leading white space) that the walker reads its own way: a JSON document or a
 * data: URI. */
static int own_way(const char *t, size_t n)
{
    return n && (*t == '{' || *t == '[' ||
                 (n >= 5 && (t[0] | 0x20) == 'd' && (t[1] | 0x20) == 'a' && (t[2] | 0x20) == 't' &&
                  (t[3] | 0x20) == 'a' && t[4] == ':'));
}

static int raw_is(const uint8_t *a, const uint8_t *b, const char *s)
{
    size_t n = strlen(s);
    return (size_t)(b - a) == n + 2 && memcmp(a + 1, s, n) == 0;
}

/* The element object at p ('{'): a text block's text (raw, without quotes) in *t, *tn and the
 * end of the element; NULL when it is not a text block (another type, no text, a text that is
 * a JSON document, a data: URI or an opaque payload, which the walker reads its own way). */
static const uint8_t *text_element(const uint8_t *p, const uint8_t *end, const uint8_t **t,
                                   size_t *tn)
{
    *t = NULL;
    p = ws(p + 1, end);
    if (p < end && *p == '}')
        return NULL;
    for (;;) {
        if (p >= end || *p != '"')
            return NULL;
        const uint8_t *k = p, *ke = anon_json_skip(p, end);
        if (!ke || (p = ws(ke, end)) >= end || *p != ':')
            return NULL;
        const uint8_t *v = ws(p + 1, end), *ve = anon_json_skip(v, end);
        if (!ve)
            return NULL;
        if (raw_is(k, ke, "text")) {
            if (*v != '"')
                return NULL;
            *t = v + 1;
            *tn = (size_t)(ve - v - 2);
        } else if (raw_is(k, ke, "type")) {
            if (!raw_is(v, ve, "text") && !raw_is(v, ve, "input_text") &&
                !raw_is(v, ve, "output_text"))
                return NULL;
        } else if (raw_is(k, ke, "thought")) {
            return NULL; /* a Gemini thought summary, not the message's text */
        }
        p = ws(ve, end);
        if (p < end && *p == ',') {
            p = ws(p + 1, end);
            continue;
        }
        if (p >= end || *p != '}' || !*t)
            return NULL;
        break;
    }
    const uint8_t *b = *t, *te = *t + *tn;
    while (b < te &&
           (*b == ' ' || (*b == '\\' && te - b > 1 && (b[1] == 'n' || b[1] == 'r' || b[1] == 't'))))
        b += *b == ' ' ? 1 : 2;
    if (own_way((const char *)b, (size_t)(te - b)) ||
        anon_json_is_opaque(*t, *tn, (const uint8_t *)"text", 4))
        return NULL;
    return p + 1;
}

/* Is the string at path the text of an element of a content or parts array? */
static int block_text(const anon_json_path_t *path)
{
    unsigned d = path->depth;
    if (d < 3 || !path->in)
        return 0;
    const anon_json_seg_t *last = &path->seg[d - 1], *arr = &path->seg[d - 2],
                          *own = &path->seg[d - 3];
    return !last->in_array && last->key_len == 4 && memcmp(last->key, "text", 4) == 0 &&
           arr->in_array && !own->in_array && own->key &&
           ((own->key_len == 7 && memcmp(own->key, "content", 7) == 0) ||
            (own->key_len == 5 && memcmp(own->key, "parts", 5) == 0));
}

/* The blocks after the one whose text closes at path->str_end: their closing quotes in b->at,
 * their decoded texts joined after text in b->text. The number of parts (1: no group). */
static int read_group(anon_blocks_t *b, const anon_json_path_t *path, const char *text, size_t n)
{
    const uint8_t *in = path->in, *end = in + path->in_len;
    const uint8_t *p = in + path->str_end + 1;
    /* the rest of this element */
    for (;;) {
        p = ws(p, end);
        if (p >= end)
            return 1;
        if (*p == '}')
            break;
        if (*p != ',' || (p = ws(p + 1, end)) >= end || *p != '"' ||
            !(p = anon_json_skip(p, end)) || (p = ws(p, end)) >= end || *p != ':' ||
            !(p = anon_json_skip(ws(p + 1, end), end)))
            return 1;
    }
    p++;
    size_t parts = 1;
    anon_buf_setlen(&b->text, 0);
    while (parts < MAX_PARTS) {
        p = ws(p, end);
        if (p >= end || *p != ',')
            break;
        p = ws(p + 1, end);
        const uint8_t *t = NULL;
        size_t tn = 0;
        const uint8_t *e = p < end && *p == '{' ? text_element(p, end, &t, &tn) : NULL;
        if (!e)
            break;
        if (parts == 1 && anon_buf_append(&b->text, text, n) < 0)
            return ANON_ERR_NOMEM;
        /* a line break between two blocks, unless one of them already has it there */
        size_t at = b->text.len;
        int nl = (at && b->text.data[at - 1] == '\n') ||
                 (tn >= 2 && t[0] == '\\' && (t[1] == 'n' || t[1] == 'r'));
        b->cut[parts - 1] = at;
        b->sep[parts - 1] = !nl;
        int rc = nl ? 0 : anon_buf_append(&b->text, "\n", 1);
        if (rc == 0)
            rc = anon_json_unescape(&b->text, t, tn);
        if (rc < 0)
            return rc;
        b->at[parts++] = (size_t)(t + tn - in);
        p = e;
    }
    return (int)parts;
}

static int hand_out(anon_blocks_t *b, size_t k, anon_buf_t *out)
{
    if (!b->changed)
        return 0;
    size_t ts = k ? b->cut[k - 1] + b->sep[k - 1] : 0, te = k + 1 < b->n ? b->cut[k] : b->text.len;
    size_t os = k ? b->outcut[k - 1] + b->sep[k - 1] : 0,
           oe = k + 1 < b->n ? b->outcut[k] : b->out.len;
    if (oe - os == te - ts && memcmp(b->out.data + os, b->text.data + ts, te - ts) == 0)
        return 0;
    int rc = anon_buf_append(out, b->out.data + os, oe - os);
    return rc < 0 ? rc : 1;
}

int anon_blocks_scan(anon_blocks_t **bp, anon_session_t *s, const anon_json_path_t *path,
                     const char *text, size_t n, anon_buf_t *out, int *taken)
{
    anon_blocks_t *b = *bp;
    *taken = 0;
    if (b && b->in == path->in && b->in) {
        if (b->at[b->next] == path->str_end) {
            *taken = 1;
            size_t k = b->next++;
            if (b->next == b->n)
                b->in = NULL;
            return hand_out(b, k, out);
        }
        if (path->str_end < b->at[b->next])
            return 0; /* a string between two blocks ("type": "text") */
        b->in = NULL; /* the walk passed a part without handing it over: the rest are read alone */
    }
    if (!block_text(path))
        return 0;
    size_t i = 0;
    while (i < n && (text[i] == ' ' || text[i] == '\n' || text[i] == '\r' || text[i] == '\t'))
        i++;
    if (own_way(text + i, n - i))
        return 0;
    /* a quick look first: a block followed by no other element costs nothing more */
    const uint8_t *p = path->in + path->str_end + 1, *end = path->in + path->in_len;
    p = ws(p, end);
    if (p < end && *p == '}') {
        p = ws(p + 1, end);
        if (p >= end || *p != ',')
            return 0;
    }
    if (!b) {
        if (!(b = calloc(1, sizeof *b)))
            return ANON_ERR_NOMEM;
        *bp = b;
    }
    int parts = read_group(b, path, text, n);
    if (parts < 0)
        return parts;
    if (parts < 2)
        return 0;
    b->n = (size_t)parts;
    anon_blocks_glue(anon_session_engine(s), &b->text, b->cut, b->sep, b->n - 1);
    anon_buf_setlen(&b->out, 0);
    int rc = anon_session_scan_cut(s, "text", 4, (const char *)b->text.data, b->text.len, b->cut,
                                   b->sep, b->n - 1, b->outcut, &b->out);
    if (rc < 0)
        return rc;
    b->changed = rc > 0;
    b->in = path->in;
    b->at[0] = path->str_end;
    b->next = 1;
    *taken = 1;
    return hand_out(b, 0, out);
}

void anon_blocks_drop(anon_blocks_t *b, const uint8_t *in)
{
    if (b && (!in || b->in == in))
        b->in = NULL;
}

void anon_blocks_free(anon_blocks_t *b)
{
    if (!b)
        return;
    anon_buf_free(&b->text);
    anon_buf_free(&b->out);
    free(b);
}
