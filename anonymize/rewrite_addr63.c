/* rewrite_addr63.c: generic member keys inside an address object (branch addr63).
 *
 * Tool-call arguments and results split an address over members whose own keys say little:
 * `"residenza": {"via": "Via Solferino", "numero": "12", "cap": "40126"}`, `"adresa": {"ulice":
 * ..., "psc": "602 00"}`, Stripe's `"address": {"line1": ...}`. Alone, "numero", "cap", "nr",
 * "via" or "line1" name many things (an order number, a limit, a route), so the member keys list
 * (session_keys.c) leaves them out. Here such a key counts as a house number, a postcode or a
 * street line when the object that holds the member (or the array of objects that does) has a key
 * that names an address in one of the pack's languages. The value is then read under the
 * street or house-number key, whose own checks (a digit, at most 10 bytes; letters, no line
 * break) still decide whether it is masked; anything else is scanned as before.
 *
 * The one thing to know: only the key's bytes and the path are read, never the value; a key of
 * more than 7 bytes costs one compare.
 */
#include "anonymize/anon_internal.h"
#include "anonymize/json_rewrite.h"

#include <stdint.h>
#include <string.h>

/* folded keys read as a house number or a postcode, then as a street line */
static const char *const part_words[] = {"nr",    "no",  "nro", "num",        "numero", "numer",
                                         "cislo", "cap", "psc", "ps\xc4\x8d", "civico", NULL};
static const char *const line_words[] = {"via",    "line",  "line1",  "linea1", "linha1",
                                         "linia1", "riga1", "radek1", "rivi1",  NULL};
/* words an address object's key holds (folded; "adres" also reads adresse, adress, adresa) */
static const char *const owner_words[] = {
    "address", "adres",  "anschrift", "osoite",       "indirizz", "direcci", "domicil",
    "morada",  "endere", "residen",   "bop\xc3\xa6l", "postadr",  NULL};

/* k[0..n) lower-cased with '_', '-', '.' and ' ' left out, into f (cap bytes); 0 when longer */
static size_t fold(const uint8_t *k, size_t n, char *f, size_t cap)
{
    size_t m = 0;
    for (size_t i = 0; i < n; i++) {
        uint8_t c = k[i];
        if (c == '_' || c == '-' || c == '.' || c == ' ')
            continue;
        if (m + 1 >= cap)
            return 0;
        f[m++] = (char)(c >= 'A' && c <= 'Z' ? c | 32 : c);
    }
    f[m] = '\0';
    return m;
}

static int one_of(const char *f, const char *const *w)
{
    for (; *w; w++)
        if (strcmp(f, *w) == 0)
            return 1;
    return 0;
}

/* Does the object that holds the member at path sit under a key naming an address? */
static int address_owner(const anon_json_path_t *path)
{
    for (size_t d = path->depth - 1, up = 0; d-- > 0 && up < 3; up++) {
        const anon_json_seg_t *o = &path->seg[d];
        if (!o->key) {
            if (o->in_array || d == 0)
                continue;
            return 0;
        }
        char f[48];
        if (o->key_len > 40 || !fold(o->key, o->key_len, f, sizeof f))
            return 0;
        for (const char *const *w = owner_words; *w; w++)
            if (strstr(f, *w))
                return 1;
        return 0;
    }
    return 0;
}

const char *anon_addr63_member_key(const anon_json_path_t *path, const anon_json_seg_t *last,
                                   size_t *kl)
{
    /* the first letters of the words above by their length (2-6 bytes): "name", "role",
     * "content", "parts" and most other keys leave here */
    static const uint32_t first[7] = {
        0,
        0,
        1u << ('n' - 'a'),
        1u << ('n' - 'a') | 1u << ('c' - 'a') | 1u << ('p' - 'a') | 1u << ('v' - 'a'),
        1u << ('l' - 'a') | 1u << ('p' - 'a'),
        1u << ('n' - 'a') | 1u << ('c' - 'a') | 1u << ('l' - 'a') | 1u << ('r' - 'a'),
        1u << ('n' - 'a') | 1u << ('c' - 'a') | 1u << ('l' - 'a') | 1u << ('r' - 'a')};
    if (!last->key || last->key_len < 2 || last->key_len > 6 || path->depth < 2)
        return NULL;
    unsigned c = (unsigned)(last->key[0] | 32) - 'a';
    if (c >= 26 || !(first[last->key_len] >> c & 1))
        return NULL;
    char f[8];
    if (!fold(last->key, last->key_len, f, sizeof f))
        return NULL;
    int part = one_of(f, part_words), line = !part && one_of(f, line_words);
    if (!(part || line) || !address_owner(path))
        return NULL;
    *kl = part ? 11 : 6;
    return part ? "houseNumber" : "street";
}
