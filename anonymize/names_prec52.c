/* names_prec52.c: a JSON member under a key a person also fills ("patient", "name") that holds
 * an animal or a boat, told by the other keys of its own object. A vet's record keys
 * the animal's chip, species or breed beside `"patient": "Bella"`; a stable's or a
 * marina's table keys a breed, a hull or a berth beside `"Name": "Silver Lady"`. A person's
 * record has none of these, and a `name` beside a phone, an e-mail, a birth or an address is a
 * person's whatever else stands beside it (an owner's record keys the pet's chip too).
 * The object is read in the raw input of the JSON walk around the value's closing quote, back to
 * its '{' and on to its '}' (a nested object ends the read: its keys are not the member's
 * siblings), at most WINDOW bytes each way. Nothing here allocates.
 */
#include "anonymize/anon_internal.h"
#include "anonymize/names_internal.h"

#include <stdint.h>
#include <string.h>

/* Keys only an animal's, a boat's or a product's record holds (folded, '_' and '-' dropped). */
static const char *const pet_key[] = {"chip",   "microchip", "mikrochip", "transponder",
                                      "chipnr", "species",   "breed",     "tierart",
                                      "rasse",  "especie",   "specie",    "razza"};
/* No SKU, model or serial: an order line or a device record keys them beside its customer's or
 * owner's name (`{"name": "Grace Smith", "sku": "A1"}`), and a name hush is unsure of goes out
 * masked. */
static const char *const thing_key[] = {"hull", "berth", "mooring", "imo", "mmsi", "hin"};
/* Keys of a person's record: a name beside one is a person's. */
static const char *const person_key[] = {
    "phone",   "tel",      "telephone", "mobile",    "email",   "mail",     "dob",
    "birth",   "born",     "birthday",  "birthdate", "address", "street",   "ssn",
    "telefon", "telefono", "geboren",   "cell",      "surname", "lastname", "firstname"};
/* "Name" in the languages of the pack and its neighbours (folded). */
static const char *const name_key[] = {"name", "navn",  "namn",  "naam",     "nom",  "nombre",
                                       "nome", "nazwa", "naziv", "nimi",     "nama", "vardas",
                                       "meno", "nev",   "isim",  "denumire", "onoma"};
#define WINDOW 1024

static int letter(uint8_t c)
{
    return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
}

/* The key k[0 .. n) folded into f (cap 24): lower case, '_', '-', ' ' dropped; 0 if longer or
 * not letters. */
static size_t fold(const uint8_t *k, size_t n, char *f)
{
    size_t m = 0;
    for (size_t i = 0; i < n; i++) {
        uint8_t c = k[i];
        if (c == '_' || c == '-' || c == ' ' || c == '.')
            continue;
        if (!letter(c) || m == 24)
            return 0;
        f[m++] = (char)(c | 0x20);
    }
    return m;
}

static int in_list(const char *f, size_t m, const char *const *l, size_t nl)
{
    for (size_t i = 0; i < nl; i++)
        if (strlen(l[i]) == m && memcmp(l[i], f, m) == 0)
            return 1;
    return 0;
}
#define IN(f, m, l) in_list(f, m, l, sizeof l / sizeof *l)

/* Is the folded word "patient" in one of its European spellings: "pa", one or two of c/t/s/z,
 * an optional 'i' and 'j', "en", then at most "t", "te", "tin", "tas", "ts" (patient, paciente,
 * paziente, pacjent, pasient, pacijent, pacient, pasien, pacientas, Patientin)? */
static int patient_word(const char *f, size_t m)
{
    size_t i = 2, c = 0;
    if (m < 6 || f[0] != 'p' || f[1] != 'a')
        return 0;
    while (i < m && c < 2 && (f[i] == 'c' || f[i] == 't' || f[i] == 's' || f[i] == 'z'))
        i++, c++;
    if (!c)
        return 0;
    if (i < m && f[i] == 'i')
        i++;
    if (i < m && f[i] == 'j')
        i++;
    if (i + 2 > m || f[i] != 'e' || f[i + 1] != 'n')
        return 0;
    i += 2;
    const char *rest = f + i;
    size_t r = m - i;
    return r == 0 || (r == 1 && rest[0] == 't') || (r == 2 && !memcmp(rest, "te", 2)) ||
           (r == 2 && !memcmp(rest, "ts", 2)) || (r == 3 && !memcmp(rest, "tin", 3)) ||
           (r == 3 && !memcmp(rest, "tas", 3));
}

/* Does the key k[0 .. n) name a person's phone, birth or address as the member walk reads it
 * ("Tlf.", "F. Nac.", "geb", "addressLine1")? */
static int person_hint(const char *k, size_t n)
{
    size_t ll;
    int h = anon_member_hint(k, n);
    if (h == ANON_NAMES_HINT_NONE)
        h = anon_names_field_hint(k, n);
    return h == ANON_NAMES_HINT_DOB || h == ANON_NAMES_HINT_STREET ||
           h == ANON_NAMES_HINT_ADDR_PART || anon_member_label(k, n, &ll) != NULL;
}

enum { K_PET = 1, K_THING = 2, K_PERSON = 4 };

/* The kinds of key (K_*) among those asked for that stand as keys in the object around at in
 * in[0 .. len). A key is a JSON string followed, after blanks, by ':'. */
static int sibling_keys(const uint8_t *in, size_t len, size_t at, int ask)
{
    size_t a = at, e = at + 1;
    int got = 0;
    while (a > 0 && at - a < WINDOW && in[a - 1] != '{' && in[a - 1] != '}')
        a--;
    if (a == 0 || in[a - 1] != '{')
        return 0;
    while (e < len && e - at < WINDOW && in[e] != '}' && in[e] != '{')
        e++;
    for (size_t i = a; i < e; i++) {
        if (in[i] != '"')
            continue;
        size_t s = i + 1, q = s;
        while (q < e && in[q] != '"')
            q += in[q] == '\\' ? 2 : 1;
        if (q >= e)
            break;
        size_t c = q + 1;
        while (c < e && (in[c] == ' ' || in[c] == '\t' || in[c] == '\n' || in[c] == '\r'))
            c++;
        char f[24];
        size_t m = c < e && in[c] == ':' && q - s <= 24 ? fold(in + s, q - s, f) : 0;
        if ((ask & K_PET) && m && IN(f, m, pet_key))
            got |= K_PET;
        else if ((ask & K_THING) && m && IN(f, m, thing_key))
            got |= K_THING;
        else if ((ask & K_PERSON) && c < e && in[c] == ':' && q - s <= 24 &&
                 ((m && IN(f, m, person_key)) || person_hint((const char *)in + s, q - s)))
            got |= K_PERSON;
        i = q; /* past the string, key or value */
    }
    return got;
}

/* Is v[0 .. vn) one short line whose every word opens with anything but a lower-case ASCII
 * letter or a digit ("Lady Marigold"; not "vet_db", not "gift for Ana")? */
static int capitalised(const char *v, size_t vn)
{
    if (vn == 0 || vn > 64)
        return 0;
    for (size_t i = 0; i < vn; i++) {
        if (v[i] == '\n')
            return 0;
        if ((i == 0 || v[i - 1] == ' ') &&
            ((v[i] >= 'a' && v[i] <= 'z') || (v[i] >= '0' && v[i] <= '9')))
            return 0;
    }
    return 1;
}

int anon_names_thing_member(const char *k, size_t n, const char *v, size_t vn, const uint8_t *in,
                            size_t len, size_t at)
{
    char f[24];
    size_t m = k && in && at < len && capitalised(v, vn) ? fold((const uint8_t *)k, n, f) : 0;
    if (!m)
        return 0;
    if (patient_word(f, m))
        return sibling_keys(in, len, at, K_PET) != 0;
    if (!IN(f, m, name_key) || !sibling_keys(in, len, at, K_PET | K_THING))
        return 0;
    return !sibling_keys(in, len, at, K_PERSON);
}
