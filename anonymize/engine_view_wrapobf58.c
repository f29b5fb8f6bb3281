/* engine_view_wrapobf58.c: an address written the ways people hide one ("maria [at] example
 * (dot) com", "maria(@)example[.]com", "maria @ example . com", "maria&#64;example.com") and cut
 * by a hard wrap at the text's width, for the wrap reader (engine_view_wrap54.c). The two sides
 * of the break are read with the hiding undone ('@' for a bracketed or spaced at sign, a
 * bracketed at word of 10 languages or an at sign's entity; '.' for a bracketed or spaced dot or
 * a bracketed dot word) and the join must make one address that anon_v_email accepts, with at
 * least one hidden sign in it. The wrap reader asks only at a full line's break; the detectors'
 * own patterns (OBF_EMAIL) then read the address across the dropped break. Nothing here keeps
 * any text.
 */
#include "anonymize/engine_internal.h"
#include "anonymize/engine_view_internal.h"

#include <string.h>
#include <strings.h>

#define OBF58_SIDE 80 /* bytes read on each side of the break */

/* The at and dot words people put in brackets, in lower case ASCII or UTF-8. */
static const char *const obf58_at[] = {
    "at",         "\xc3\xa4t",    "arobase",      "arroba",
    "chiocciola", "malpa",        "ma\xc5\x82pa", "zavin\xc3\xa1\xc4\x8d",
    "kukac",      "apenstaartje", "snabel-a",     "et",
    "papaki"};
static const char *const obf58_dot[] = {"dot",
                                        "punkt",
                                        "point",
                                        "punto",
                                        "ponto",
                                        "punt",
                                        "piste",
                                        "nokta",
                                        "punct",
                                        "kropka",
                                        "pont",
                                        "punktum",
                                        "teleia",
                                        ("t\xc4\x8d"
                                         "ka")}; /* "tečka" */

static int obf58_word(const uint8_t *w, size_t n, const char *const *list, size_t k)
{
    for (size_t t = 0; t < k; t++)
        if (strlen(list[t]) == n && strncasecmp((const char *)w, list[t], n) == 0)
            return 1;
    return 0;
}

/* What the hidden sign at p[k] (p[0, e)) reads as ('@' or '.') and its length in *len, or 0. */
static int obf58_sign(const uint8_t *p, size_t k, size_t e, size_t *len)
{
    static const char *const ents[] = {"&#64;", "&#x40;", "&#064;", "&commat;", "&#46;"};
    uint8_t c = p[k];
    if (c == '&')
        for (size_t t = 0; t < sizeof ents / sizeof *ents; t++) {
            size_t l = strlen(ents[t]);
            if (k + l <= e && strncasecmp((const char *)p + k, ents[t], l) == 0) {
                *len = l;
                return t == 4 ? '.' : '@';
            }
        }
    if (c == ' ' && k + 2 < e && (p[k + 1] == '@' || p[k + 1] == '.') && p[k + 2] == ' ') {
        *len = 3; /* " @ ", " . " */
        return p[k + 1];
    }
    /* a bracketed sign or word, a space before and after it taken too: " (at) ", "[.]" */
    size_t s = k + (c == ' ');
    if (s >= e || (p[s] != '(' && p[s] != '[' && p[s] != '{' && p[s] != '<'))
        return 0;
    uint8_t close = p[s] == '(' ? ')' : p[s] == '[' ? ']' : p[s] == '{' ? '}' : '>';
    const uint8_t *q = memchr(p + s + 1, close, e - s - 1 < 16 ? e - s - 1 : 16);
    if (!q)
        return 0;
    const uint8_t *w = p + s + 1;
    size_t wn = (size_t)(q - w);
    while (wn && *w == ' ')
        w++, wn--;
    while (wn && w[wn - 1] == ' ')
        wn--;
    int r = wn == 1 && (*w == '@' || *w == '.')                                  ? *w
            : obf58_word(w, wn, obf58_at, sizeof obf58_at / sizeof *obf58_at)    ? '@'
            : obf58_word(w, wn, obf58_dot, sizeof obf58_dot / sizeof *obf58_dot) ? '.'
                                                                                 : 0;
    if (!r || (c == ' ' && q + 1 < p + e && q[1] != ' '))
        return 0; /* " (at)x": a space before asks one after */
    *len = (size_t)(q + 1 - p) - k + (c == ' ');
    return r;
}

static int obf58_ch(uint8_t c)
{
    return is_alnum(c) || c == '.' || c == '-' || c == '_' || c == '+' || c == '@';
}

/* A byte that opens a hidden sign (" . " is read as one only in the join). */
static int obf58_near(uint8_t c)
{
    return c == '@' || c == '(' || c == '[' || c == '{' || c == '<' || c == '&';
}

int anon_w58_obf_join(const uint8_t *p, size_t i, size_t j, size_t n)
{
    /* cheap first: a sign that may hide one near the break, on either side */
    size_t a = i > OBF58_SIDE ? i - OBF58_SIDE : 0, e = j + OBF58_SIDE < n ? j + OBF58_SIDE : n;
    const uint8_t *nl = memrchr(p + a, '\n', i - a);
    if (nl)
        a = (size_t)(nl - p) + 1;
    const uint8_t *nr = memchr(p + j, '\n', e - j);
    if (nr)
        e = (size_t)(nr - p);
    int sign = 0;
    for (size_t t = i > a + 40 ? i - 40 : a; t < i && !sign; t++)
        sign = obf58_near(p[t]);
    for (size_t t = j; t < e && t < j + 40 && !sign; t++)
        sign = obf58_near(p[t]);
    if (!sign)
        return 0;
    /* the two sides as one (a sign may be cut too: "{apenst" | "aartje}"), the signs undone */
    uint8_t raw[2 * OBF58_SIDE];
    char v[2 * OBF58_SIDE], hid[2 * OBF58_SIDE];
    size_t rl = i - a, rr = e - j < OBF58_SIDE ? e - j : OBF58_SIDE;
    memcpy(raw, p + a, rl);
    memcpy(raw + rl, p + j, rr);
    size_t k = 0, cut = 0;
    for (size_t t = 0; t < rl + rr;) {
        size_t len;
        int sg = obf58_sign(raw, t, rl + rr, &len);
        if (t <= rl)
            cut = k; /* the break, or the sign it cuts */
        hid[k] = sg != 0;
        v[k++] = sg ? (char)sg : obf58_ch(raw[t]) ? (char)raw[t] : ' ';
        t += sg ? len : 1;
    }
    if (cut == 0 || cut >= k || v[cut] == ' ' || (v[cut - 1] == ' ' && !hid[cut]))
        return 0;
    size_t s = cut, f = cut, hidden = 0;
    while (s > 0 && v[s - 1] != ' ')
        s--;
    while (f < k && v[f] != ' ')
        f++;
    while (f > s && v[f - 1] == '.') /* a sentence's full stop */
        f--;
    for (size_t t = s; t < f; t++)
        hidden += hid[t] != 0;
    const char *at = memchr(v + s, '@', f - s);
    /* one address around the break with a hidden sign in it, its top-level domain whole */
    if (!hidden || !at || memchr(at + 1, '@', (size_t)(v + f - at - 1)) || f - s < 6)
        return 0;
    return anon_v_email(v + s, f - s) == f - s;
}
