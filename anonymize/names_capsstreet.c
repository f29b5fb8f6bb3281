/* names_capsstreet.c: a street written in capitals whose last word carries its type
 * ("SVEAVÄGEN 65", "NØRREGADE 67", "STORGATAN 12", "KEIZERSGRACHT 123"), as a shipping label or
 * an old form prints it. The capitalised form of the same street is names_places.c's; its
 * capitals went only to names_addr5.c, which reads a type word before the name.
 *
 * Capitals are also how a heading shouts ("OFFERING 12"), so the suffix alone is no proof here:
 * the house number must be followed by the block's next part (a postcode and town, a unit, a
 * labelled field), which nw_addr_tail reads. Called at an all-capitals word of names.c's pass
 * only when a space and a digit follow it. Nothing here allocates.
 */
#include "anonymize/names_internal.h"

size_t nw_addr_caps_suffix(const struct sc *s, const struct word *w)
{
    const uint8_t *t = s->t;
    if (w->e - w->s < 7 || w->e + 2 >= s->len || t[w->e] != ' ' || !is_digit(t[w->e + 1]))
        return 0;
    char buf[48];
    const char *f = nw_fold_span(s, w->s, w->e, buf, sizeof buf);
    size_t fl = strlen(f);
    if (fl < 7 || (fl >= 4 && memcmp(f + fl - 4, "ring", 4) == 0) || !nw_street_suffix(f))
        return 0;
    size_t n = nw_house_number(s, w->e + 1);
    if (!n)
        return 0;
    size_t e = nw_addr_tail(s, n);
    return e > n ? e : 0;
}
