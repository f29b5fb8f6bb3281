/* rewrite_array.c: a value written as a JSON array of its groups, masked whole.
 *
 * `{"pan": [4892, 4408, 6123, 4567]}`, `{"iban": ["DE89", "3704", ...]}` and
 * `{"phone": ["+49", "151", ...]}` hold one value in several elements, and no element alone is
 * one. The walker (json_rewrite.c) offers every array of 2 to 8 short scalars here before it
 * walks the elements; the groups are joined by spaces (an SSN's 3-2-4 by dashes) after the label
 * the member's key gives (`card: `, `phone: `, `ssn: `) and handed to the detectors, whose
 * validators decide (Luhn and an issuer range, the IBAN's country length and mod 97, a country's
 * number length, the SSA rules after an SSN label). Only a finding that covers every group takes
 * the array: each element then becomes a string holding its own token, so the JSON stays valid
 * and restoring gives back every group in place (numbers as strings, as num_cb's tokens do).
 * Digits only (no letter, no '+') need a key that labels them: a bounding box or a screen size
 * may pass Luhn by chance, a card under "pan" is one by its name.
 *
 * The one thing to know: the decision reads only the array's bytes and its key (anon_find with
 * no session state), never what the session found before, so a split walk's helpers (split.c)
 * take the same arrays whole and hand the session the same strings in the same order.
 */
#include "anonymize/anon_internal.h"
#include "anonymize/json_rewrite.h"

#include <openssl/mem.h>
#include <stdlib.h>
#include <string.h>

typedef struct elem {
    size_t at, len; /* the element's text in raw (a string's without its quotes) */
    int str;
} elem_t;

/* The elements of a validated short array (json_rewrite.c short_array): their count. */
static size_t elements(const uint8_t *raw, size_t n, elem_t *el)
{
    size_t k = 0;
    for (size_t i = 1; i < n && k < ANON_JSON_ARR_MAX;) {
        uint8_t c = raw[i];
        if (c == '"') {
            size_t e = i + 1;
            while (e < n && raw[e] != '"')
                e++;
            size_t after = e + 1;
            while (after < n && (raw[after] == ' ' || raw[after] == '\n' || raw[after] == '\r' ||
                                 raw[after] == '\t'))
                after++;
            if (raw[0] == '{' && after < n && raw[after] == ':') {
                i = after + 1; /* an object's member name (rewrite_pieces54.c) */
                continue;
            }
            el[k++] = (elem_t){i + 1, e - i - 1, 1};
            i = e + 1;
        } else if (c >= '0' && c <= '9') {
            size_t e = i;
            while (e < n && raw[e] >= '0' && raw[e] <= '9')
                e++;
            el[k++] = (elem_t){i, e - i, 0};
            i = e;
        } else {
            i++;
        }
    }
    return k;
}

/* The label the array's member name gives its groups ("card: "), or NULL: only the phone, SSN
 * and card labels (a secret's key or a security code's labels no group of digits). */
static const char *array_label(const anon_json_path_t *path, size_t *ll)
{
    const anon_json_seg_t *last = path->depth ? &path->seg[path->depth - 1] : NULL;
    if (!last || last->in_array || !last->key || last->key_len == 0 || last->key_len > 40)
        return NULL;
    const char *label = anon_member_label((const char *)last->key, last->key_len, ll);
    if (!label || label == (const char *)last->key || (*ll == 5 && memcmp(label, "cvv: ", 5) == 0))
        return NULL;
    return label;
}

int anon_rewrite_array(anon_session_t *s, const anon_json_path_t *path, const uint8_t *raw,
                       size_t n, anon_buf_t *out, size_t *changes)
{
    elem_t el[ANON_JSON_ARR_MAX];
    size_t k = elements(raw, n, el), ll = 0;
    int letters = 0, plus = 0;
    size_t digits = 0;
    for (size_t i = 0; i < k; i++)
        for (size_t j = 0; j < el[i].len; j++) {
            uint8_t c = raw[el[i].at + j];
            if (c >= '0' && c <= '9')
                digits++;
            if (c == '+') {
                if (i || j)
                    return 0; /* only a phone's leading '+' */
                plus = 1;
            } else if (c > '9' && c != '@') {
                letters = 1;
            }
        }
    const char *label = array_label(path, &ll);
    if (raw[0] == '{' && !label) /* its own name labels the members, or a member's name */
        label = anon_member_name_label(raw, n, &ll);
    size_t type = SIZE_MAX;
    anon_finding_t *f = NULL;
    size_t nf = 0;
    char text[256]; /* label + the groups (a longer array is not read: total below) */
    int rc = 0;
    if (!label && !letters && !plus && (k == 3 || k == 5) && raw[0] == '[') {
        /* ["1987", "-", "03", "-", "12"]: the separators between the parts stay (where54) */
        const char *part[3];
        size_t plen[3], np = 0;
        for (size_t i = 0; i < k && np < 3; i++)
            if (k == 3 || i % 2 == 0)
                part[np] = (const char *)raw + el[i].at, plen[np++] = el[i].len;
            else if (!el[i].str || !anon_json_sep_piece(raw + el[i].at, el[i].len))
                np = 4; /* not a date's separator */
        if (np == 3 && anon_dob_parts_array(path, part, plen, 3)) {
            type = anon_engine_dob_type(anon_session_engine(s));
            OPENSSL_cleanse(text, sizeof text);
            if (type != SIZE_MAX)
                goto issue;
        }
    }
    if (k < 2 || (!label && !letters && !plus))
        return 0;
    size_t tl = 0, total = ll + k;
    for (size_t i = 0; i < k; i++)
        total += el[i].len;
    if (total > sizeof text)
        return 0; /* e-mail pieces (rewrite_pieces54.c) are longer than groups */
    if (label) {
        memcpy(text, label, ll);
        tl = ll;
    }
    int ssn = k == 3 && !letters && !plus && el[0].len == 3 && el[1].len == 2 && el[2].len == 4;
    /* a phone as its country code and number ("telefon": [49, 15123456789]): read with its '+' */
    if (label && label[0] == 'p' && k == 2 && !letters && !plus && !el[0].str && el[0].len <= 3 &&
        !el[1].str && el[1].len >= 6)
        text[tl++] = '+';
    for (size_t i = 0; i < k; i++) {
        if (i)
            text[tl++] = ssn ? '-' : ' ';
        memcpy(text + tl, raw + el[i].at, el[i].len);
        tl += el[i].len;
    }
    rc = anon_find(anon_session_engine(s), text, tl, &f, &nf);
    if (rc < 0)
        goto done;
    for (size_t i = 0; i < nf; i++)
        if (f[i].start <= ll && f[i].end >= tl)
            type = f[i].type;
    rc = 0;
    if (type == anon_engine_person_type(anon_session_engine(s)))
        type = SIZE_MAX;
    if (type == SIZE_MAX && (letters || digits >= 6)) {
        /* a value cut anywhere, its separators strings of their own: joined as it stands */
        size_t at[ANON_JSON_ARR_MAX], len[ANON_JSON_ARR_MAX];
        int str[ANON_JSON_ARR_MAX];
        for (size_t i = 0; i < k; i++)
            at[i] = el[i].at, len[i] = el[i].len, str[i] = el[i].str;
        type = anon_pieces_type(s, label, label ? ll : 0, raw, at, len, str, k);
    }
    if (type == SIZE_MAX)
        goto done;
issue:;
    size_t pos = 0;
    for (size_t i = 0; i < k; i++) {
        char tok[ANON_TOKEN_MAX + 1];
        if (el[i].str && anon_json_sep_piece(raw + el[i].at, el[i].len))
            continue; /* a separator string stays as it is */
        rc = anon_session_issue(s, type, (const char *)raw + el[i].at, el[i].len, tok, sizeof tok);
        if (rc <= 0) {
            /* kept: every element is of the one type, so the first says it and the bytes stay */
            rc = rc < 0 ? rc : 1;
            goto done;
        }
        size_t at = el[i].at - (size_t)el[i].str; /* the opening quote, or the number */
        if ((rc = anon_buf_append(out, raw + pos, at - pos)) < 0 ||
            (rc = anon_buf_append(out, "\"", 1)) < 0 ||
            (rc = anon_buf_append(out, tok, strlen(tok))) < 0 ||
            (rc = anon_buf_append(out, "\"", 1)) < 0)
            goto done;
        pos = el[i].at + el[i].len + (size_t)el[i].str;
        (*changes)++;
    }
    if ((rc = anon_buf_append(out, raw + pos, n - pos)) == 0)
        rc = 1;
done:
    OPENSSL_cleanse(text, sizeof text);
    if (f)
        OPENSSL_cleanse(f, nf * sizeof *f);
    free(f);
    return rc;
}
