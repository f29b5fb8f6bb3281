/* pattern.c: validating host names and host patterns, and matching one against the other.
 *
 * Everything is compared in lower case with the one trailing dot removed, on both sides, so
 * matching is a plain byte comparison. A '*' stands for one or more characters of a single label:
 * the matched part never contains a '.', so "*.openai.azure.com" does not match
 * "a.b.openai.azure.com". To keep a typo from intercepting a whole top-level domain, the label
 * holding the '*' must be followed by at least two more labels ("*.com" and "api.*" are refused).
 */
#include "domains/dom_internal.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int lower(int c)
{
    return (c >= 'A' && c <= 'Z') ? c - 'A' + 'a' : c;
}

static int name_char(int c)
{
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
}

int dom_host_normalize(const char *host, char *out, size_t outlen, size_t *len)
{
    if (!host || outlen < DOM_NAME_MAX + 1)
        return -1;
    size_t n = strlen(host);
    if (n > 1 && host[n - 1] == '.')
        n--;
    if (n == 0 || n > DOM_NAME_MAX)
        return -1;
    size_t label = 0;
    for (size_t i = 0; i < n; i++) {
        int c = lower((unsigned char)host[i]);
        if (c == '.') {
            if (label == 0)
                return -1;
            label = 0;
        } else if (name_char(c)) {
            if (++label > DOM_LABEL_MAX)
                return -1;
        } else {
            return -1;
        }
        out[i] = (char)c;
    }
    if (label == 0)
        return -1;
    out[n] = '\0';
    *len = n;
    return 0;
}

/* Number of '.' in s[0..n). */
static size_t count_dots(const char *s, size_t n)
{
    size_t dots = 0;
    for (size_t i = 0; i < n; i++)
        dots += s[i] == '.';
    return dots;
}

int dom_pat_parse(const char *s, size_t n, int allow_label_prefix, dom_pat_t *out, char *why,
                  size_t whylen)
{
    memset(out, 0, sizeof(*out));
    if (n > 1 && s[n - 1] == '.')
        n--;
    if (n == 0) {
        snprintf(why, whylen, "%s", "empty pattern");
        return -1;
    }
    if (n > DOM_NAME_MAX) {
        snprintf(why, whylen, "%s", "longer than 253 characters");
        return -1;
    }
    size_t label = 0, stars = 0, star = 0;
    for (size_t i = 0; i < n; i++) {
        int c = lower((unsigned char)s[i]);
        if (c == '.') {
            if (label == 0) {
                snprintf(why, whylen, "%s", "empty label");
                return -1;
            }
            label = 0;
            continue;
        }
        if (c == '*') {
            stars++;
            star = i;
        } else if (!name_char(c)) {
            if (c > 0x20 && c < 0x7f)
                snprintf(why, whylen, "bad character '%c'", c);
            else
                snprintf(why, whylen, "bad character 0x%02x", (unsigned)c);
            return -1;
        }
        if (++label > DOM_LABEL_MAX) {
            snprintf(why, whylen, "%s", "label longer than 63 characters");
            return -1;
        }
    }
    if (label == 0) {
        snprintf(why, whylen, "%s", "empty label");
        return -1;
    }
    if (stars > 1) {
        snprintf(why, whylen, "%s", "more than one '*'");
        return -1;
    }
    dom_pat_kind_t kind = DOM_PAT_EXACT;
    if (stars == 1) {
        int whole_last_label = star == n - 1 && star >= 2 && s[star - 1] == '.';
        if (allow_label_prefix && whole_last_label) {
            kind = DOM_PAT_LABEL_PREFIX;
        } else if (count_dots(s + star, n - star) < 2) {
            snprintf(why, whylen, "%s",
                     "'*' must be inside a label followed by at least two more labels "
                     "(like *.example.com)");
            return -1;
        } else {
            kind = DOM_PAT_STAR;
        }
    }
    out->text = malloc(n + 1);
    if (!out->text)
        return -2;
    for (size_t i = 0; i < n; i++)
        out->text[i] = (char)lower((unsigned char)s[i]);
    out->text[n] = '\0';
    out->len = n;
    out->kind = kind;
    out->star = star;
    return 0;
}

int dom_pat_match(const dom_pat_t *p, const char *host, size_t n)
{
    if (p->kind == DOM_PAT_EXACT)
        return n == p->len && memcmp(p->text, host, n) == 0;
    size_t pre = p->star, suf = p->len - p->star - 1;
    if (n < pre + suf + 1)
        return 0;
    if (memcmp(host, p->text, pre) != 0 || memcmp(host + n - suf, p->text + p->star + 1, suf) != 0)
        return 0;
    if (p->kind == DOM_PAT_LABEL_PREFIX)
        return 1; /* the rest is a non-empty, already validated name */
    return memchr(host + pre, '.', n - suf - pre) == NULL;
}

void dom_pat_clear(dom_pat_t *p)
{
    if (!p)
        return;
    free(p->text);
    memset(p, 0, sizeof(*p));
}

void dom_seterr(char *err, size_t errlen, const char *what, const char *entry, size_t n,
                const char *why)
{
    if (!err || errlen == 0)
        return;
    char shown[104];
    size_t k = 0;
    for (size_t i = 0; i < n && k < 96; i++) {
        unsigned char c = (unsigned char)entry[i];
        shown[k++] = (c >= 0x20 && c < 0x7f && c != '"') ? (char)c : '?';
    }
    if (k < n) {
        memcpy(shown + k, "...", 3);
        k += 3;
    }
    shown[k] = '\0';
    snprintf(err, errlen, "%s \"%s\": %s", what, shown, why);
}
