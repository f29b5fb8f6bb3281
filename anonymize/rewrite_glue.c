/* rewrite_glue.c: a value cut across two text blocks is read whole.
 *
 * rewrite_blocks.c joins a message's text blocks with a line break, which is what a reader of the
 * blocks sees when one block is a label and the next its value. But a streaming UI or a paste
 * cuts mid-value too: "... it's ana.sil" | "va@posteo.de", "card 5538" | "-4815-2969-4962",
 * "IBAN FR11 5941 70" | "31 7178 ...". The line break then breaks the value and no detector sees
 * it. So at each edge where both sides are value bytes (letters, digits, '@', '.', '-', '_', '+'
 * with a value's digit or '@' near), the runs on either side are joined without the break and
 * read alone (anon_find, no session): when a structured finding (e-mail, card, IBAN, phone, SSN,
 * IP address) crosses the edge, the line break is taken out of the joined text, so the session's
 * scan reads the value whole and masks it in each block it touches (anon_session_scan_cut).
 *
 * The one thing to know: the decision reads only the blocks' bytes and the engine (no session
 * state), so every walk of one body (a split walk's helpers too) joins the same edges.
 */
#include "anonymize/anon_internal.h"

#include <openssl/mem.h>
#include <stdlib.h>
#include <string.h>

#define RUN_MAX 48 /* bytes read on either side of an edge */

static int alnum(uint8_t c)
{
    return (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z');
}

/* A byte of a value: ASCII letters and digits, the marks inside e-mails, cards and phones, and
 * any byte of a multi-byte character (full-width forms, other scripts' digits). */
static int value_byte(uint8_t c)
{
    return alnum(c) || c >= 0x80 || c == '@' || c == '.' || c == '-' || c == '_' || c == '+' ||
           c == '%';
}

/* Where the run of value bytes that ends at t[e] starts (single spaces between two value bytes
 * are inside the run: "6011 3484 65"), at most RUN_MAX bytes back. */
static size_t run_back(const uint8_t *t, size_t e)
{
    size_t b = e;
    while (b > 0 && e - b < RUN_MAX) {
        if (value_byte(t[b - 1]))
            b--;
        else if (t[b - 1] == ' ' && b >= 2 && value_byte(t[b - 2]) && b < e)
            b--;
        else
            break;
    }
    while (b < e && t[b] == ' ')
        b++;
    return b;
}

static size_t run_fwd(const uint8_t *t, size_t s, size_t n)
{
    size_t e = s;
    while (e < n && e - s < RUN_MAX) {
        if (value_byte(t[e]))
            e++;
        else if (t[e] == ' ' && e + 1 < n && value_byte(t[e + 1]) && e > s)
            e++;
        else
            break;
    }
    while (e > s && t[e - 1] == ' ')
        e--;
    return e;
}

static int has_mark(const uint8_t *t, size_t a, size_t b)
{
    for (size_t i = a; i < b; i++)
        if ((t[i] >= '0' && t[i] <= '9') || t[i] == '@')
            return 1;
    return 0;
}

/* Is type one of the structured values a block's edge may cut? */
static int structured(const anon_engine_t *e, size_t type)
{
    static const char *const names[] = {"EMAIL",  "CREDIT_CARD", "IBAN", "PHONE",
                                        "US_SSN", "IPV4",        "IPV6"};
    const char *n = anon_engine_type_name(e, type);
    for (size_t i = 0; n && i < sizeof names / sizeof names[0]; i++)
        if (strcmp(n, names[i]) == 0)
            return 1;
    return 0;
}

/* "mail carol@example.net" | "image": an e-mail already whole before the edge, and a word of
 * three letters or more after it, is two things, not "carol@example.netimage". (A top-level
 * domain cut short, "example.c" | "om", still joins.) */
static int complete_left(const anon_engine_t *e, const char *w, size_t glue,
                         const anon_finding_t *x)
{
    const char *n = anon_engine_type_name(e, x->type);
    if (!n || strcmp(n, "EMAIL") != 0 || x->end - glue < 3)
        return 0;
    for (size_t i = glue; i < x->end; i++)
        if (((uint8_t)w[i] | 0x20) < 'a' || ((uint8_t)w[i] | 0x20) > 'z')
            return 0;
    anon_finding_t *f = NULL;
    size_t nf = 0;
    int whole = 0;
    if (anon_find(e, w, glue, &f, &nf) == 0)
        for (size_t i = 0; i < nf && !whole; i++)
            whole = f[i].type == x->type && f[i].start == x->start && f[i].end == glue;
    if (f)
        OPENSSL_cleanse(f, nf * sizeof *f);
    free(f);
    return whole;
}

/* Does a structured value cross the line break at t[c] (the break between two blocks)? */
static int crosses(const anon_engine_t *e, const uint8_t *t, size_t n, size_t c)
{
    /* one space may stand at the edge on one side, not on both */
    size_t le = c, rs = c + 1;
    int lsp = le > 0 && t[le - 1] == ' ', rsp = rs < n && t[rs] == ' ';
    if (lsp && rsp)
        return 0;
    size_t lb = le - (size_t)lsp, rb = rs + (size_t)rsp;
    if (lb == 0 || rb >= n || !value_byte(t[lb - 1]) || !value_byte(t[rb]))
        return 0;
    size_t a = run_back(t, lb), z = run_fwd(t, rb, n);
    if (a == lb || z == rb || (!has_mark(t, a, lb) && !has_mark(t, rb, z)))
        return 0;
    /* the two runs with the edge's one space, if any, and no line break */
    char w[2 * RUN_MAX + 4];
    size_t wl = 0, glue;
    memcpy(w, t + a, le - a);
    wl = le - a;
    glue = wl;
    memcpy(w + wl, t + rs, z - rs);
    wl += z - rs;
    anon_finding_t *f = NULL;
    size_t nf = 0;
    int hit = 0;
    if (anon_find(e, w, wl, &f, &nf) == 0)
        for (size_t i = 0; i < nf && !hit; i++)
            hit = f[i].start < glue && f[i].end > glue && structured(e, f[i].type) &&
                  !complete_left(e, w, glue, &f[i]);
    OPENSSL_cleanse(w, sizeof w);
    if (f)
        OPENSSL_cleanse(f, nf * sizeof *f);
    free(f);
    return hit;
}

void anon_blocks_glue(const anon_engine_t *e, anon_buf_t *text, size_t *cut, uint8_t *sep,
                      size_t ncut)
{
    /* last edge first: a value over three blocks joins its second edge, then its first */
    for (size_t k = ncut; k-- > 0;) {
        size_t c = cut[k];
        if (!sep[k] || c >= text->len || text->data[c] != '\n' ||
            !crosses(e, text->data, text->len, c))
            continue;
        memmove(text->data + c, text->data + c + 1, text->len - c - 1);
        anon_buf_setlen(text, text->len - 1);
        sep[k] = 0;
        for (size_t m = k + 1; m < ncut; m++)
            cut[m]--;
    }
}
