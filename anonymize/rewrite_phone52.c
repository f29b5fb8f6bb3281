/* rewrite_phone52.c: JSON members whose phone is named by what stands beside them, not by their
 * own key (branch leaks52).
 *
 * Contact lists write a phone as {"value": 4917012345678, "kind": "mobile"} (the kind after the
 * value) or key it by its owner ({"Zorvek Bramani": 4917012345678}), where no detector names the
 * owner a person. Both readers work on the raw bytes of the walk's input, escapes undecoded, and
 * look only forward from the value, in the same object, a bounded number of members: the same
 * bytes always give the same answer (split walks make the same calls). Nothing is kept.
 */
#include "anonymize/anon_internal.h"
#include "anonymize/json_rewrite.h"

#include <string.h>

static const uint8_t *skip_ws(const uint8_t *p, const uint8_t *end)
{
    while (p < end && (*p == ' ' || *p == '\n' || *p == '\r' || *p == '\t'))
        p++;
    return p;
}

/* Is the raw member name k[0 .. n) one of the keys that say what a sibling "value" is? */
static int kind_key(const uint8_t *k, size_t n)
{
    static const char *const keys[] = {"kind",   "type",   "label", "channel",
                                       "medium", "system", NULL};
    for (size_t i = 0; keys[i]; i++)
        if (strlen(keys[i]) == n && memcmp(keys[i], k, n) == 0)
            return 1;
    return 0;
}

int anon_phone_kind_after(const uint8_t *p, const uint8_t *end)
{
    for (int members = 0; members < 8; members++) {
        p = skip_ws(p, end);
        if (p >= end || *p != ',')
            return 0;
        p = skip_ws(p + 1, end);
        const uint8_t *k = p;
        if (p >= end || *p != '"' || !(p = anon_json_skip(p, end)))
            return 0;
        size_t kn = (size_t)(p - k - 2);
        p = skip_ws(p, end);
        if (p >= end || *p != ':')
            return 0;
        p = skip_ws(p + 1, end);
        const uint8_t *v = p;
        if (p >= end || !(p = anon_json_skip(p, end)))
            return 0;
        size_t vn = (size_t)(p - v);
        size_t ll;
        const char *l;
        if (kind_key(k + 1, kn) && *v == '"' && vn >= 3 && vn - 2 <= 40 &&
            (l = anon_member_label((const char *)v + 1, vn - 2, &ll)) && l != (const char *)v + 1 &&
            l[0] == 'p')
            return 1;
    }
    return 0;
}

/* A name's word: a capital (ASCII, or any non-ASCII letter's lead byte, a \u escape) and then
 * letters, apostrophes, hyphens or a final dot; no digit. The length of the word at k, or 0. */
static size_t name_word(const uint8_t *k, size_t n)
{
    size_t i = 0;
    if (n >= 6 && k[0] == '\\' && k[1] == 'u')
        i = 6;
    else if (n && ((k[0] >= 'A' && k[0] <= 'Z') || k[0] >= 0xC3))
        i = 1;
    else
        return 0;
    while (i < n && k[i] != ' ') {
        uint8_t c = k[i];
        if (c == '\\' && i + 6 <= n && k[i + 1] == 'u') {
            i += 6;
            continue;
        }
        if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c >= 0x80 || c == '\'' ||
              c == '-' || c == '.'))
            return 0;
        i++;
    }
    return i >= 2 ? i : 0;
}

int anon_phone_name_key(const uint8_t *k, size_t n)
{
    if (!k || n < 5 || n > 60)
        return 0;
    int words = 0;
    for (size_t i = 0; i < n;) {
        size_t w = name_word(k + i, n - i);
        if (!w)
            return 0;
        words++;
        i += w;
        if (i < n) {
            if (k[i] != ' ' || i + 1 == n)
                return 0;
            i++;
        }
    }
    return words >= 2 && words <= 4;
}

int anon_phone_digits_value(const char *s, size_t n)
{
    size_t d = 0;
    if (n < 9 || n > 20)
        return 0;
    /* no dash: "1987-03-04" under a person's name is a birth date */
    for (size_t i = 0; i < n; i++) {
        if (s[i] >= '0' && s[i] <= '9')
            d++;
        else if (!(s[i] == ' ' || (s[i] == '+' && i == 0)))
            return 0;
    }
    return d >= 9 && d <= 15;
}
