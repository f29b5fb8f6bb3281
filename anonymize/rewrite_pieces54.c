/* rewrite_pieces54.c: a value cut anywhere over the strings of one JSON array (branch where54).
 *
 * rewrite_array.c joins an array's groups by spaces, which reads `[4111, 1111, 1111, 1111]` and
 * `["5538 4815", "2969 4962"]`. Code and exports also cut a value where they like and keep the
 * separators as strings of their own: `["4647 7090 158", "1 8815"]`, `["601", "133747",
 * "3918373"]`, `["4410", " ", "6486", " ", ...]`, `["822", "-", "76", "-", "2212"]`,
 * `["anna.keller", "@posteo.de"]`, `["anna.keller", "@", "posteo.de"]`. Those read as one value
 * only when the strings are put back together as they are: this file joins them with nothing
 * between (after the member's label, as rewrite_array.c does) and hands the text to the
 * detectors, whose validators decide (Luhn and an issuer range, mod 97, the SSA rules after an
 * SSN label, an e-mail's shape). Each piece then gets its own token of the one type; a separator
 * string (blanks, '-', '/', '.', '@' alone) stays as it is, so the response restores every piece
 * in place.
 *
 * The walker (json_rewrite.c short_array) offers such arrays: a separator string and, in an array
 * that holds an '@', pieces of an e-mail (anon_json_mail_piece) count as short elements.
 *
 * The one thing to know: like rewrite_array.c, the decision reads only the array's bytes and its
 * key, never the session's state, so a split walk's helpers decide the same.
 */
#include "anonymize/anon_internal.h"
#include "anonymize/json_rewrite.h"
#include "anonymize/names.h"

#include <openssl/mem.h>
#include <stdlib.h>
#include <string.h>

int anon_json_sep_piece(const uint8_t *s, size_t n)
{
    if (n == 0 || n > 3)
        return 0;
    for (size_t i = 0; i < n; i++)
        if (!strchr(" -/.@", s[i]) || !s[i])
            return 0;
    return 1;
}

int anon_json_mail_piece(const uint8_t *s, size_t n, int *at)
{
    if (n == 0 || n > 64)
        return 0;
    for (size_t i = 0; i < n; i++) {
        uint8_t c = s[i];
        if (c == '@')
            *at = 1;
        else if (!((c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') || c == '.' ||
                   c == '_' || c == '-' || c == '+'))
            return 0;
    }
    return 1;
}

size_t anon_pieces_type(anon_session_t *s, const char *label, size_t ll, const uint8_t *raw,
                        const size_t *at, const size_t *len, const int *str, size_t k)
{
    char text[ANON_PIECES_TEXT];
    size_t tl = 0, type = SIZE_MAX, nf = 0, pieces = 0;
    for (size_t i = 0; i < k; i++) {
        if (!str[i])
            return SIZE_MAX; /* numbers are groups: rewrite_array.c joins them by spaces */
        if (!anon_json_sep_piece(raw + at[i], len[i]))
            pieces++;
    }
    if (pieces < 2 || ll + 1 > sizeof text)
        return SIZE_MAX;
    if (ll)
        memcpy(text, label, ll);
    tl = ll;
    for (size_t i = 0; i < k; i++) {
        if (tl + len[i] > sizeof text)
            goto done;
        memcpy(text + tl, raw + at[i], len[i]);
        tl += len[i];
    }
    anon_finding_t *f = NULL;
    if (anon_find(anon_session_engine(s), text, tl, &f, &nf) >= 0) {
        /* the finding must hold every piece: from the first piece's first byte to the end */
        for (size_t i = 0; i < nf; i++)
            if (f[i].start <= ll && f[i].end >= tl)
                type = f[i].type;
        if (f)
            OPENSSL_cleanse(f, nf * sizeof *f);
    }
    free(f);
    if (type == anon_engine_person_type(anon_session_engine(s)))
        type = SIZE_MAX;
done:
    OPENSSL_cleanse(text, sizeof text);
    return type;
}

size_t anon_json_short_object(const uint8_t *in, const uint8_t *p, const uint8_t *end)
{
    unsigned count = 0, digits = 0;
    for (p++;;) {
        while (p < end && (*p == ' ' || *p == '\n' || *p == '\r' || *p == '\t'))
            p++;
        if (p >= end || *p != '"')
            return 0;
        const uint8_t *q = p + 1;
        while (q < end && q - p <= 41 && *q != '"' && *q != '\\')
            q++;
        if (q >= end || *q != '"' || q - p > 41)
            return 0;
        for (p = q + 1; p < end && (*p == ' ' || *p == '\n' || *p == '\r' || *p == '\t');)
            p++;
        if (p >= end || *p != ':')
            return 0;
        for (p++; p < end && (*p == ' ' || *p == '\n' || *p == '\r' || *p == '\t');)
            p++;
        if (p >= end)
            return 0;
        if (*p == '"') {
            q = p + 1;
            while (q < end && q - p <= ANON_JSON_ARR_STR + 1 && *q != '"' && *q != '\\') {
                if (!((*q >= '0' && *q <= '9') || (*q >= 'A' && *q <= 'Z') || *q == ' ' ||
                      *q == '-' || *q == '+'))
                    return 0;
                digits += *q >= '0' && *q <= '9';
                q++;
            }
            if (q >= end || *q != '"' || q == p + 1)
                return 0;
            p = q + 1;
        } else {
            return 0;
        }
        if (++count > ANON_JSON_ARR_MAX)
            return 0;
        while (p < end && (*p == ' ' || *p == '\n' || *p == '\r' || *p == '\t'))
            p++;
        if (p >= end)
            return 0;
        if (*p == '}')
            return count >= 2 && digits >= 6 ? (size_t)(p + 1 - in) : 0;
        if (*p != ',')
            return 0;
        p++;
    }
}

const char *anon_member_name_label(const uint8_t *raw, size_t n, size_t *ll)
{
    for (size_t i = 1; i < n; i++) {
        if (raw[i] != '"')
            continue;
        size_t e = i + 1;
        while (e < n && raw[e] != '"')
            e++;
        size_t after = e + 1;
        while (after < n && (raw[after] == ' ' || raw[after] == '\n' || raw[after] == '\r' ||
                             raw[after] == '\t'))
            after++;
        if (after < n && raw[after] == ':') {
            size_t m = e - i - 1;
            const char *name = (const char *)raw + i + 1;
            while (m && ((name[m - 1] >= '0' && name[m - 1] <= '9') || name[m - 1] == '_' ||
                         name[m - 1] == '-'))
                m--; /* "card_part1", "kartennummer_2" */
            const char *label = m && m <= 40 ? anon_member_label(name, m, ll) : NULL;
            if (label && label != name && !(*ll == 5 && memcmp(label, "cvv: ", 5) == 0))
                return label;
        }
        i = e;
    }
    return NULL;
}

int anon_dob_part_member(const uint8_t *k, size_t n, int (*part)(const uint8_t *, size_t))
{
    if (n < 5 || n > 40)
        return 0;
    for (size_t i = n - 1; i > 0; i--) {
        if (k[i] != '_')
            continue;
        /* "dob_year", "birth_month" (a birth word, then the part) or "annee_naissance" */
        int p = part(k + i + 1, n - i - 1);
        if (p && anon_member_hint((const char *)k, i) == ANON_NAMES_HINT_DOB)
            return p;
        p = part(k, i);
        if (p && anon_member_hint((const char *)k + i + 1, n - i - 1) == ANON_NAMES_HINT_DOB)
            return p;
        return 0;
    }
    return 0;
}
