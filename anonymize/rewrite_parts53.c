/* rewrite_parts53.c: a birth date written as its numbers under a birth key (branch where53).
 *
 * Code and exports keep a date of birth as its parts: `"dob": [1987, 3, 12]`,
 * `"geburtsdatum": {"y": 1987, "m": 3, "d": 12}`. No part alone reads as a date, and a bare
 * `[2024, 12, 5]` is any date; the member's key (anon_member_hint's birth words, in any language
 * anon_names_birth_key knows) says it is a birth, and the numbers must make a valid date with a
 * four-digit year from 1900 to 2030. Each number becomes a string holding its own
 * DATE_OF_BIRTH token (as num_cb's tokens do), so the JSON stays valid and each restores to its
 * own digits.
 *
 * The one thing to know: like rewrite_array.c, the decision reads only the value's bytes and the
 * keys on its path, never the session's state, so a split walk decides the same.
 */
#include "anonymize/anon_internal.h"
#include "anonymize/json_rewrite.h"
#include "anonymize/names.h"

#include <stdint.h>
#include <string.h>

/* The digits d[0..n) as a number (n <= 4), or -1. */
static int small(const char *d, size_t n)
{
    if (n == 0 || n > 4)
        return -1;
    int v = 0;
    for (size_t i = 0; i < n; i++) {
        if (d[i] < '0' || d[i] > '9')
            return -1;
        v = v * 10 + (d[i] - '0');
    }
    return v;
}

static int valid_date(int y, int m, int d)
{
    static const int days[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return y >= 1900 && y <= 2030 && m >= 1 && m <= 12 && d >= 1 && d <= days[m - 1];
}

static int birth_key(const anon_json_seg_t *seg)
{
    return seg && !seg->in_array && seg->key && seg->key_len >= 3 && seg->key_len <= 40 &&
           anon_member_hint((const char *)seg->key, seg->key_len) == ANON_NAMES_HINT_DOB;
}

int anon_dob_parts_array(const anon_json_path_t *path, const char *const *part, const size_t *len,
                         size_t k)
{
    if (k != 3 || !path->depth || !birth_key(&path->seg[path->depth - 1]))
        return 0;
    int v[3];
    for (size_t i = 0; i < 3; i++)
        if ((v[i] = small(part[i], len[i])) < 0)
            return 0;
    if (len[0] == 4)
        return valid_date(v[0], v[1], v[2]);
    /* day, month, year (or the US month, day, year) */
    return len[2] == 4 && (valid_date(v[2], v[1], v[0]) || valid_date(v[2], v[0], v[1]));
}

/* Which part a member's key names: 'y', 'm', 'd' or 0. */
static int part_key(const uint8_t *k, size_t n)
{
    static const struct {
        const char *w;
        char part;
    } keys[] = {{"y", 'y'},      {"m", 'm'},    {"d", 'd'},     {"year", 'y'}, {"month", 'm'},
                {"day", 'd'},    {"yyyy", 'y'}, {"mm", 'm'},    {"dd", 'd'},   {"jahr", 'y'},
                {"monat", 'm'},  {"tag", 'd'},  {"annee", 'y'}, {"mois", 'm'}, {"jour", 'd'},
                {"anio", 'y'},   {"mes", 'm'},  {"dia", 'd'},   {"anno", 'y'}, {"mese", 'm'},
                {"giorno", 'd'}, {"jaar", 'y'}, {"maand", 'm'}, {"dag", 'd'}};
    if (n == 0 || n > 6)
        return 0;
    for (size_t i = 0; i < sizeof keys / sizeof keys[0]; i++) {
        const char *w = keys[i].w;
        size_t j = 0;
        while (j < n && w[j] && (k[j] | 0x20) == (uint8_t)w[j])
            j++;
        if (j == n && !w[j])
            return keys[i].part;
    }
    return 0;
}

int anon_dob_part_number(const anon_json_path_t *path, const char *s, size_t n)
{
    if (n > 4 || path->depth < 1)
        return 0;
    const anon_json_seg_t *last = &path->seg[path->depth - 1];
    if (last->in_array || !last->key)
        return 0;
    int p = part_key(last->key, last->key_len);
    if (!p || path->depth < 2 || !birth_key(&path->seg[path->depth - 2]))
        p = anon_dob_part_member(last->key, last->key_len, part_key); /* where54 */
    if (!p)
        return 0;
    int v = small(s, n);
    if (p == 'y')
        return n == 4 && v >= 1900 && v <= 2030;
    if (p == 'm')
        return v >= 1 && v <= 12;
    return v >= 1 && v <= 31;
}

int anon_dob_key_owner(const anon_json_path_t *path)
{
    return path->depth >= 2 && birth_key(&path->seg[path->depth - 2]);
}

int anon_dob_part_token(anon_session_t *s, const char *v, size_t n, anon_buf_t *out)
{
    char tok[ANON_TOKEN_MAX + 1];
    size_t type = anon_engine_dob_type(anon_session_engine(s));
    if (type == SIZE_MAX)
        return 0;
    int rc = anon_session_issue(s, type, v, n, tok, sizeof tok);
    if (rc <= 0)
        return rc;
    if ((rc = anon_buf_append(out, "\"", 1)) < 0 ||
        (rc = anon_buf_append(out, tok, strlen(tok))) < 0 ||
        (rc = anon_buf_append(out, "\"", 1)) < 0)
        return rc;
    return 1;
}
