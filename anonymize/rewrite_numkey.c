/* rewrite_numkey.c: a JSON number read with its member name as its label (rewrite.c's num_cb).
 *
 * {"ssn": 536228451} is scanned as "ssn: 536228451" when the name may be a label (label_key);
 * a 13-digit number is a product's EAN-13 when its check digit holds, and is no value; when the
 * name itself held a value ({"Andrei Stan": 40281295556}) the scan rewrote the label too, and
 * only the number's part after ": " is taken back (key_value_split).
 *
 * The one thing to know: these read the name, the number and the scan's output only; nothing
 * is kept, and the scan's copy is wiped by the caller.
 */
#include "anonymize/anon_internal.h"
#include "anonymize/json_rewrite.h"

#include <string.h>

/* Member names that may hold such a number as a label for it ("ssn": 536228451). */
int anon_label_key(const anon_json_seg_t *seg)
{
    if (!seg || seg->in_array || !seg->key || seg->key_len == 0 || seg->key_len > 40)
        return 0;
    if (seg->key_len == 4 && memcmp(seg->key, "seed", 4) == 0)
        return 0;
    for (size_t i = 0; i < seg->key_len; i++) {
        uint8_t c = seg->key[i];
        if (!((c | 0x20) >= 'a' && (c | 0x20) <= 'z') && !(c >= '0' && c <= '9') && c != '_' &&
            c != '-' && c != ' ')
            return 0;
    }
    return 1;
}

/* The number's member name held a value itself (a person's name as the key of their phone,
 * {"Andrei Stan": 40281295556}): the scan of "key: number" rewrote the label too. The key is
 * rewritten by its own callback; the number's part is what follows the label's ": ", which no
 * token holds. 1 and its start in *at when the number was rewritten, 0 when it stands as it was,
 * and ANON_ERR_CONFIG when a finding crosses the ": " (the body is refused, as before). A number
 * that stands and reads as an international one (anon_e164_ok) is then read as "phone: ". */
int anon_key_value_split(const char *text, size_t pl, const char *num, size_t n,
                         const anon_buf_t *tmp, size_t *at)
{
    if (pl < 2 || text[pl - 2] != ':' || text[pl - 1] != ' ')
        return ANON_ERR_CONFIG;
    const char *t = (const char *)tmp->data;
    size_t i = tmp->len;
    while (i >= 2 && !(t[i - 2] == ':' && t[i - 1] == ' '))
        i--;
    if (i < 2)
        return ANON_ERR_CONFIG;
    for (size_t j = i; j < tmp->len; j++)
        if (t[j] == ' ' || t[j] == ':')
            return ANON_ERR_CONFIG;
    if (tmp->len - i == n && memcmp(t + i, num, n) == 0)
        return 0;
    *at = i;
    return 1;
}

/* Do the 13 digits at d carry a valid EAN-13 (GTIN-13) check digit? */
int anon_ean13_digits(const char *d)
{
    unsigned sum = 0;
    for (int i = 0; i < 12; i++)
        sum += (unsigned)(d[i] - '0') * (i % 2 ? 3u : 1u);
    return (10 - sum % 10) % 10 == (unsigned)(d[12] - '0');
}
