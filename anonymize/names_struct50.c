/* names_struct50.c: a PERSON finding that is the value of a key naming a thing, in structured
 * payloads: a JSON key (`"Boat": "Lady Grace"`, escaped at any depth: `\"Home Branch\": \"Red
 * Lions\"`), an XML element or attribute (`<origin>Charlotte</origin>`, `vehicle="Kia Ceed"`) or
 * a text label (`Brand: Johnson Matthey`, YAML `home_club: Adelaide`). The key is split into
 * words (spaces, '_', '-', '.', camelCase); it names a thing when its head (last) word is a thing's
 * noun ("Home Branch"; "Boat owner" and "Club secretary" stay people's). The value must be
 * capitalised words only ("Item: gift for Anna Schmidt" is a sentence about a person).
 * The finding must lie inside one short value (at most 64 bytes, no quote, tag or line break in
 * between), so prose after a label is never touched. nw_struct50_emit is the head of the chain
 * in anon_names_scan(); a dropped finding is not forwarded. A JSON member's value scanned on its
 * own is judged by its key in session.c (anon_names_thing_value). Nothing here allocates.
 */
#include "anonymize/names_internal.h"

#include <stdint.h>
#include <string.h>

/* Head nouns of keys whose values are things, places or firms (folded). Left out, for a person
 * may fill them: "patient", "sponsor", "from", "model", "company", "team", "supplier", "vendor",
 * "maker", "title" ("Team: Ana Ruiz", a sole trader, a house's vendor, "Title: Dr. Ana Ruiz"). */
static const char *const thing_key[] = {
    "boat",    "boats",       "vessel", "yacht",  "ship",    "room",     "rooms",   "pet",
    "pets",    "horse",       "horses", "dog",    "cat",     "animal",   "plan",    "tariff",
    "product", "products",    "item",   "items",  "article", "vehicle",  "car",     "book",
    "piece",   "song",        "dish",   "course", "courses", "kurs",     "cours",   "corso",
    "curso",   "church",      "kirche", "eglise", "iglesia", "chiesa",   "parish",  "section",
    "gallery", "wing",        "hall",   "venue",  "origin",  "herkunft", "region",  "country",
    "city",    "town",        "ville",  "stadt",  "ciudad",  "branch",   "filiale", "brand",
    "club",    "manufacturer"};
#define MAX_VALUE 64
#define MAX_KEY 40

static int is_letter(uint8_t c)
{
    return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
}

/* Does the key t[a .. e) name a thing: is its last word a thing's noun? */
static int thing_key_words(const uint8_t *t, size_t a, size_t e)
{
    int head = 0;
    size_t i = a;
    while (i < e) {
        while (i < e && !is_letter(t[i]) && t[i] < 0x80)
            i++;
        size_t w = i;
        while (i < e && (is_letter(t[i]) || t[i] >= 0x80)) {
            i++;
            /* camelCase: a capital after a lower-case letter opens the next word */
            if (i < e && t[i] >= 'A' && t[i] <= 'Z' && t[i - 1] >= 'a' && t[i - 1] <= 'z')
                break;
        }
        if (i == w)
            break;
        head = NW_FOLDED_IN(t, w, i, thing_key);
    }
    return head;
}

/* Does the key t[ks .. ke) name a thing, or a patient that is a pet (names_prec51.c)? */
static int thing_or_pet_key(const uint8_t *t, size_t len, size_t ks, size_t ke)
{
    return thing_key_words(t, ks, ke) || nw_prec51_pet_patient(t, len, ks, ke);
}

/* Backslashes before i skipped: the index of the first of them. */
static size_t skip_bs(const uint8_t *t, size_t i)
{
    while (i > 0 && t[i - 1] == '\\')
        i--;
    return i;
}

static size_t skip_sp(const uint8_t *t, size_t i)
{
    while (i > 0 && (t[i - 1] == ' ' || t[i - 1] == '\t'))
        i--;
    return i;
}

/* A key's text runs back from ke to ks: letters, digits, ' ', '_', '-', '.'; its length is kept
 * under MAX_KEY. */
static size_t key_back(const uint8_t *t, size_t ke, size_t floor)
{
    size_t ks = ke;
    while (ks > floor && ke - ks < MAX_KEY) {
        uint8_t c = t[ks - 1];
        if (!(is_letter(c) || (c >= '0' && c <= '9') || c == ' ' || c == '_' || c == '-' ||
              c == '.' || c >= 0x80))
            break;
        ks--;
    }
    return ks;
}

/* Does every word of t[a .. e) open with anything but a lower-case ASCII letter? */
static int capitalised(const uint8_t *t, size_t a, size_t e)
{
    for (size_t i = a; i < e; i++)
        if ((i == a || t[i - 1] == ' ') && t[i] >= 'a' && t[i] <= 'z')
            return 0;
    return 1;
}

/* Is the value that holds t[a .. e) (a text of len bytes) the value of a key that names a
 * thing? */
static int under_thing_key(const uint8_t *t, size_t len, size_t a, size_t e)
{
    size_t v = a, z = e;
    while (v > 0 && a - v < MAX_VALUE) {
        uint8_t c = t[v - 1];
        if (c == '"' || c == '>' || c == '\n' || c == ':' || c == '=' || c == '\t' || c == '|' ||
            c == ',' || c == ';' || c == '<' || c == '\\')
            break;
        v--;
    }
    if (v == 0 || a - v >= MAX_VALUE)
        return 0;
    while (z < len && z - e < MAX_VALUE && t[z] != '"' && t[z] != '<' && t[z] != '\n' &&
           t[z] != '\\' && t[z] != '\r' && t[z] != ',' && t[z] != ';')
        z++;
    if (z < len && (t[z] == ',' || t[z] == ';'))
        return 0; /* a list ("Crew: Ana Ruiz, Jon Berg") */
    if (z - e >= MAX_VALUE || !capitalised(t, v, z))
        return 0;
    size_t i = v;
    uint8_t c = t[v - 1];
    if (c == '"') { /* a JSON value or an XML attribute's */
        i = skip_sp(t, skip_bs(t, v - 1));
        if (i == 0)
            return 0;
        if (t[i - 1] == '=') { /* an attribute */
            size_t ke = i - 1, ks = key_back(t, ke, 0);
            return ks < ke && ks > 0 && t[ks - 1] == ' ' && thing_or_pet_key(t, len, ks, ke);
        }
        if (t[i - 1] != ':')
            return 0;
        i = skip_sp(t, i - 1);
        if (i == 0 || t[i - 1] != '"')
            return 0;
        size_t ke = skip_bs(t, i - 1), ks = key_back(t, ke, 0);
        return ks < ke && ks > 0 && t[ks - 1] == '"' && thing_or_pet_key(t, len, ks, ke);
    }
    if (c == '>') { /* <tag>value</tag> */
        size_t ke = v - 1, ks = key_back(t, ke, 0);
        return ks < ke && ks > 0 && t[ks - 1] == '<' && z < len && t[z] == '<' &&
               thing_or_pet_key(t, len, ks, ke);
    }
    if (c == ':' || c == '=') { /* a label or a YAML key at the start of its line */
        size_t ke = skip_sp(t, v - 1), ks = key_back(t, ke, 0);
        size_t b = ks;
        while (b > 0 && (t[b - 1] == ' ' || t[b - 1] == '-'))
            b--;
        int line = b == 0 || t[b - 1] == '\n' || (b >= 2 && t[b - 1] == 'n' && t[b - 2] == '\\');
        return ks < ke && line && (z >= len || t[z] == '\n' || t[z] == '\\' || t[z] == '\r') &&
               thing_or_pet_key(t, len, ks, ke);
    }
    return 0;
}

int anon_names_thing_value(const char *k, size_t n, const char *v, size_t vn)
{
    return n > 0 && n < MAX_KEY && vn <= MAX_VALUE && !memchr(v, '\n', vn) &&
           capitalised((const uint8_t *)v, 0, vn) && thing_key_words((const uint8_t *)k, 0, n);
}

int nw_struct50_thing_value(const uint8_t *t, size_t len, size_t a, size_t e)
{
    return e > a && under_thing_key(t, len, a, e);
}

int nw_struct50_emit(void *arg, int kind, size_t a, size_t e)
{
    struct nw_link *p = arg;
    if (kind == ANON_NAMES_PERSON && nw_struct50_thing_value(p->t, p->len, a, e))
        return 0;
    return p->emit(p->arg, kind, a, e);
}
