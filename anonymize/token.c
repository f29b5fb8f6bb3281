/* token.c: the forms a model writes a token in, read back into the token.
 *
 * A model does not always copy [EMAIL_1] character for character: it escapes it for markdown
 * (\[EMAIL\_1\]), changes its case ([email_1]), pads it ([ EMAIL_1 ]), uses full-width brackets
 * (［EMAIL_1］) or percent-encodes it in a link (%5BEMAIL_1%5D). anon_tok_variant reads any mix of
 * these into the canonical token; restoring (restore.c) and reserving (session.c) both use it, so
 * text a request already holds in one of these forms can never be restored to a value.
 *
 * Every form is unambiguous: it has both brackets, a type and a number, and is only ever
 * replaced when its canonical token is one the request's own session issued.
 */
#include "anonymize/restore.h"

#include <string.h>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

/* Where a delimiter can be: the opening or closing bracket, or the '_' before the number. */
enum { D_OPEN, D_CLOSE, D_US };

/* Bytes of the delimiter at p (> 0), 0 when there is none, -1 when p[0..n) is a proper prefix of
 * one (the next piece decides). */
static int delim(const uint8_t *p, size_t n, int which, unsigned allow, unsigned *form)
{
    static const char ascii[] = {'[', ']', '_'};
    static const char pct[] = {'B', 'D', 'F'};
    static const uint8_t wide[] = {0xBB, 0xBD, 0xBF}; /* U+FF3B, U+FF3D, U+FF3F: EF BC xx */
    if (n == 0)
        return -1;
    if (p[0] == (uint8_t)ascii[which])
        return 1;
    if (p[0] == '\\' && (allow & ANON_TF_BACKSLASH)) {
        if (n < 2)
            return -1;
        if (p[1] != (uint8_t)ascii[which])
            return 0;
        *form |= ANON_FORM_MARKDOWN;
        return 2;
    }
    if (p[0] == '%') {
        if (n < 2)
            return -1;
        if (p[1] != '5')
            return 0;
        if (n < 3)
            return -1;
        if ((p[2] & 0xDF) != (uint8_t)pct[which])
            return 0;
        *form |= ANON_FORM_PERCENT;
        return 3;
    }
    if (p[0] == 0xEF) {
        if (n < 2)
            return -1;
        if (p[1] != 0xBC)
            return 0;
        if (n < 3)
            return -1;
        return p[2] == wide[which] ? 3 : 0;
    }
    return 0;
}

static int alnum(uint8_t c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
}

/* Up to two spaces; -1 when there are more. */
static int spaces(const uint8_t *p, size_t n, size_t *i)
{
    size_t k = 0;
    while (*i < n && p[*i] == ' ') {
        if (++k > 2)
            return -1;
        (*i)++;
    }
    return 0;
}

static int variant(const uint8_t *p, size_t n, unsigned allow, size_t *len, char *canon,
                   size_t *clen, unsigned *form)
{
    size_t i = 0, k = 0;
    unsigned f = 0;
    int d = delim(p, n, D_OPEN, allow, &f);
    if (d <= 0)
        return d < 0 ? ANON_TOK_PREFIX : ANON_TOK_NO;
    i = (size_t)d;
    canon[k++] = '[';
    if (spaces(p, n, &i) < 0)
        return ANON_TOK_NO;
    if (i >= n)
        return ANON_TOK_PREFIX;
    if (!((p[i] | 0x20) >= 'a' && (p[i] | 0x20) <= 'z'))
        return ANON_TOK_NO; /* a type starts with a letter */
    for (;;) {
        if (i >= n)
            return ANON_TOK_PREFIX;
        if (k >= ANON_TOKEN_MAX - 1)
            return ANON_TOK_NO;
        if (alnum(p[i])) {
            canon[k++] = (char)(p[i] >= 'a' && p[i] <= 'z' ? p[i] - 32 : p[i]);
            i++;
            continue;
        }
        int u = delim(p + i, n - i, D_US, allow, &f);
        if (u < 0)
            return ANON_TOK_PREFIX;
        if (u == 0)
            break;
        canon[k++] = '_';
        i += (size_t)u;
    }
    if (spaces(p, n, &i) < 0)
        return ANON_TOK_NO;
    int c = delim(p + i, n - i, D_CLOSE, allow, &f);
    if (c <= 0)
        return c < 0 ? ANON_TOK_PREFIX : ANON_TOK_NO;
    /* \[ ... ] is a backslash of the text before a plain token ("C:\[EMAIL_1]"): only a form
     * escaped on both sides is markdown */
    if (p[0] == '\\' && p[i] != '\\')
        return ANON_TOK_NO;
    i += (size_t)c;
    canon[k++] = ']';
    size_t tl = 0;
    if (anon_tok_match(canon, k, &tl) != ANON_TOK_FULL || tl != k)
        return ANON_TOK_NO;
    canon[k] = '\0';
    *len = i;
    *clen = k;
    *form = f;
    return ANON_TOK_FULL;
}

int anon_tok_variant(const char *s, size_t n, unsigned allow, size_t *len, char *canon,
                     size_t *clen, unsigned *form)
{
    size_t lim = n < ANON_TOKEN_HOLD ? n : ANON_TOKEN_HOLD;
    int r = variant((const uint8_t *)s, lim, allow, len, canon, clen, form);
    /* a prefix as long as the longest form can never complete */
    return r == ANON_TOK_PREFIX && lim >= ANON_TOKEN_HOLD ? ANON_TOK_NO : r;
}

int anon_tok_start(uint8_t c, unsigned allow)
{
    return c == '[' || c == '%' || c == 0xEF || (c == '\\' && (allow & ANON_TF_BACKSLASH));
}

/* Restoring spends most of its time here on a long response that holds few tokens: 16 bytes are
 * tested at a time for the four start bytes. */
size_t anon_tok_next_start(const char *s, size_t n, unsigned allow)
{
    const uint8_t *p = (const uint8_t *)s;
    size_t i = 0;
#ifdef __SSE2__
    const __m128i ob = _mm_set1_epi8('['), pc = _mm_set1_epi8('%'), ef = _mm_set1_epi8((char)0xEF);
    /* without backslash forms, the backslash test repeats '[' */
    const __m128i bs = _mm_set1_epi8((allow & ANON_TF_BACKSLASH) ? '\\' : '[');
    for (; i + 16 <= n; i += 16) {
        __m128i v = _mm_loadu_si128((const __m128i *)(p + i));
        __m128i hit = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, ob), _mm_cmpeq_epi8(v, pc)),
                                   _mm_or_si128(_mm_cmpeq_epi8(v, ef), _mm_cmpeq_epi8(v, bs)));
        unsigned mask = (unsigned)_mm_movemask_epi8(hit);
        if (mask)
            return i + (size_t)__builtin_ctz(mask);
    }
#endif
    for (; i < n; i++)
        if (anon_tok_start(p[i], allow))
            return i;
    return n;
}

int anon_tok_may_hold(const char *s, size_t n)
{
    return n && (memchr(s, '[', n) || memchr(s, '%', n) || memchr(s, 0xEF, n));
}
