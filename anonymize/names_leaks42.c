/* names_leaks42.c: PERSON findings that are a product named after its vendor ("Amazon Polly",
 * "IBM Watson", "Salesforce Einstein": the lexicon knows Polly, Watson and Einstein as names) or
 * an Irish county after its abbreviation ("Ennis, Co. Clare."). Every finding of the scanner
 * passes through nw_leaks42_emit first; a dropped one is not forwarded. A vendor's word must stand
 * right before the product's, so "Maria Watson from IBM" and "IBM's Maria Watson" stay. Nothing
 * here allocates.
 */
#include "anonymize/names_internal.h"

#include <string.h>

static int word_in(const uint8_t *t, size_t a, size_t e, const char *const *list)
{
    for (; *list; list++)
        if (strlen(*list) == e - a && memcmp(t + a, *list, e - a) == 0)
            return 1;
    return 0;
}

/* vendors whose products carry a given name or a surname */
static const char *const vendor[] = {"Amazon", "AWS",    "IBM",    "Salesforce", "Microsoft",
                                     "Azure",  "Apple",  "Google", "Oracle",     "Adobe",
                                     "Nvidia", "NVIDIA", "SAP",    NULL};
/* the counties of Ireland, north and south */
static const char *const county[] = {
    "Antrim",    "Armagh",    "Carlow",  "Cavan",     "Clare",    "Cork",      "Derry",
    "Donegal",   "Down",      "Dublin",  "Fermanagh", "Galway",   "Kerry",     "Kildare",
    "Kilkenny",  "Laois",     "Leitrim", "Limerick",  "Longford", "Louth",     "Mayo",
    "Meath",     "Monaghan",  "Offaly",  "Roscommon", "Sligo",    "Tipperary", "Tyrone",
    "Waterford", "Westmeath", "Wexford", "Wicklow",   NULL};

/* Is t[a .. e) a vendor's name? A screen by length and first byte before the list. */
static int vendor_at(const uint8_t *t, size_t a, size_t e)
{
    if (e - a < 3 || e - a > 10)
        return 0;
    switch (t[a]) {
    case 'A':
    case 'G':
    case 'I':
    case 'M':
    case 'N':
    case 'O':
    case 'S':
        return word_in(t, a, e, vendor);
    default:
        return 0;
    }
}

/* Is t[a .. e) a vendor, a product after its vendor (one word after "Vendor "), or "Vendor
 * Word"? */
static int vendor_product(const uint8_t *t, size_t a, size_t e)
{
    size_t m = a;
    while (m < e && t[m] != ' ' && t[m] != '\n')
        m++;
    if (m == e) {
        if (vendor_at(t, a, e))
            return 1; /* the vendor itself ("Salesforce" after its product was dropped) */
        if (a < 4 || t[a - 1] != ' ')
            return 0;
        size_t w = a - 1;
        while (w > 0 && is_alnum(t[w - 1]))
            w--;
        return vendor_at(t, w, a - 1);
    }
    if (t[m] != ' ' || !vendor_at(t, a, m))
        return 0;
    for (size_t i = m + 1; i < e; i++)
        if (t[i] == ' ' || t[i] == '\n')
            return 0;
    return 1;
}

/* Is t[a .. e) one word, a county after "Co. " or "County "? */
static int county_after(const uint8_t *t, size_t a, size_t e)
{
    if (!((a >= 4 && memcmp(t + a - 4, "Co. ", 4) == 0) ||
          (a >= 7 && memcmp(t + a - 7, "County ", 7) == 0)))
        return 0;
    return memchr(t + a, ' ', e - a) == NULL && word_in(t, a, e, county);
}

int nw_leaks42_emit(void *arg, int kind, size_t a, size_t e)
{
    struct nw_link *p = arg;
    /* a first-byte screen: every vendor and county begins with a capital */
    if (kind == ANON_NAMES_PERSON && e > a && is_up(p->t[a]) &&
        (county_after(p->t, a, e) || vendor_product(p->t, a, e)))
        return 0;
    return p->emit(p->arg, kind, a, e);
}
