/* rewrite_born.c: a "name" member beside a birth date names a person (branch agent49).
 *
 * Agents' tool results and developers' fixtures list people as objects: a search's hits
 * ({"id": ..., "name": "X Y", "dob": "1984-03-07"}), a record's dependants ({"name": "Lea",
 * "date_of_birth": ...}). "name" alone says nothing (tools, products and functions have names),
 * and a one-word or invented name does not look like one; but an object that also holds a birth
 * date is a person's record. The members after the name are read ahead in the raw object (the
 * name comes first in such records), within a bounded stretch of bytes, so a large sibling (a
 * tool's parameter schema) is never walked twice.
 */
#include "anonymize/anon_internal.h"
#include "anonymize/json_rewrite.h"
#include "anonymize/names.h"

#include <string.h>

#define BORN_MEMBERS 16  /* siblings read after the name */
#define BORN_BYTES 2048  /* and bytes of the object read ahead */
#define BORN_NAME_MAX 64 /* the longest value read as a name */

static int ws(uint8_t c)
{
    return c == ' ' || c == '\n' || c == '\r' || c == '\t';
}

/* Could v be a name: a letter first, no digit, '@', '/', ':' or '_', at most four spaces. */
static int name_value(const char *v, size_t n)
{
    if (n < 2 || n > BORN_NAME_MAX)
        return 0;
    uint8_t c0 = (uint8_t)v[0];
    if (!(((c0 | 0x20) >= 'a' && (c0 | 0x20) <= 'z') || c0 >= 0xC0))
        return 0;
    size_t spaces = 0;
    for (size_t i = 0; i < n; i++) {
        uint8_t c = (uint8_t)v[i];
        if ((c >= '0' && c <= '9') || c == '@' || c == '/' || c == ':' || c == '_' || c == '\n' ||
            (c == ' ' && ++spaces > 4))
            return 0;
    }
    return 1;
}

/* Is the key one that may hold a person's name (session.c's "maybe" list, whole and in any
 * case: "name", "Name", "nombre")? Compared here, byte for byte, so that the walk's other keys
 * ("content", "role", "text") cost a length test and a compare, not a fold and a hash. */
static int name_key(const uint8_t *k, size_t n)
{
    static const char *const keys[] = {"name",   "author", "patient", "customer", "employee",
                                       "client", "nombre", "nome",    "naam",     "nom"};
    if (n < 3 || n > 8)
        return 0;
    for (size_t i = 0; i < sizeof keys / sizeof keys[0]; i++) {
        const char *w = keys[i];
        size_t j = 0;
        while (j < n && w[j] && (k[j] | 0x20) == (uint8_t)w[j])
            j++;
        if (j == n && !w[j])
            return 1;
    }
    return 0;
}

int anon_born_name(const anon_json_path_t *path, const uint8_t *key, size_t kn, const char *v,
                   size_t vn)
{
    if (!path->in || !name_key(key, kn) || !name_value(v, vn))
        return 0;
    const uint8_t *p = path->in + path->str_end + 1, *end = path->in + path->in_len;
    if ((size_t)(end - p) > BORN_BYTES)
        end = p + BORN_BYTES;
    for (int members = 0; members < BORN_MEMBERS; members++) {
        while (p < end && ws(*p))
            p++;
        if (p >= end || *p != ',')
            return 0;
        for (p++; p < end && ws(*p);)
            p++;
        const uint8_t *k = p;
        if (p >= end || *p != '"' || !(p = anon_json_skip(p, end)))
            return 0;
        if (p - k - 2 <= 40 &&
            anon_member_hint((const char *)k + 1, (size_t)(p - k - 2)) == ANON_NAMES_HINT_DOB)
            return 1;
        while (p < end && *p != ':')
            p++;
        for (p++; p < end && ws(*p);)
            p++;
        if (p >= end || !(p = anon_json_skip(p, end)))
            return 0;
    }
    return 0;
}
