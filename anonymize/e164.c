/* e164.c: does a run of digits read as an international number without its '+': a country
 * calling code and a national significant number of that country's length?
 *
 * Read for bare runs of 12 to 15 digits under a phone label ("mobile: 447700900123",
 * "phone": 4917012345678), where the digits alone must say which country they dial. The table
 * was written for branch pci8 from the ITU-T E.164 country code assignments and the possible
 * lengths of libphonenumber's metadata, as remembered, for the countries whose people write to
 * the providers most; lengths are of the national significant number (no trunk 0). Codes not in
 * the table (and unassigned ones: 99x, 28x) say no: a missed rare country costs a phone, a
 * guessed one would cost every 12-digit order number under "number". Calling codes are a prefix
 * code, so at most one entry matches a run.
 */
#include "anonymize/anon_internal.h"

#include <string.h>

static const struct {
    const char *cc;
    unsigned char min, max; /* national significant number's digits */
} codes[] = {
    {"1", 10, 10},  {"7", 10, 10},   {"20", 9, 10},  {"27", 9, 9},   {"30", 10, 10}, {"31", 9, 9},
    {"32", 8, 9},   {"33", 9, 9},    {"34", 9, 9},   {"36", 8, 9},   {"39", 9, 11},  {"40", 9, 9},
    {"41", 9, 9},   {"43", 9, 13},   {"44", 10, 10}, {"45", 8, 8},   {"46", 7, 10},  {"47", 8, 8},
    {"48", 9, 9},   {"49", 10, 11},  {"51", 9, 9},   {"52", 10, 10}, {"53", 8, 8},   {"54", 10, 11},
    {"55", 10, 11}, {"56", 9, 9},    {"57", 10, 10}, {"58", 10, 10}, {"60", 9, 10},  {"61", 9, 9},
    {"62", 9, 12},  {"63", 10, 10},  {"64", 8, 10},  {"65", 8, 8},   {"66", 8, 9},   {"81", 9, 10},
    {"82", 9, 10},  {"84", 9, 10},   {"86", 10, 11}, {"90", 10, 10}, {"91", 10, 10}, {"92", 10, 10},
    {"93", 9, 9},   {"94", 9, 9},    {"95", 8, 10},  {"98", 10, 10}, {"212", 9, 9},  {"213", 9, 9},
    {"216", 8, 8},  {"234", 10, 10}, {"254", 9, 9},  {"351", 9, 9},  {"352", 8, 11}, {"353", 9, 9},
    {"354", 7, 7},  {"358", 6, 11},  {"359", 8, 9},  {"370", 8, 8},  {"371", 8, 8},  {"372", 7, 8},
    {"380", 9, 9},  {"385", 8, 9},   {"386", 8, 8},  {"420", 9, 9},  {"421", 9, 9},  {"966", 9, 9},
    {"971", 8, 9},  {"972", 8, 9},   {"974", 8, 8},
};

int anon_e164_ok(const char *p, size_t n)
{
    for (size_t i = 0; i < sizeof codes / sizeof codes[0]; i++) {
        size_t cl = strlen(codes[i].cc);
        if (n <= cl || memcmp(p, codes[i].cc, cl) != 0)
            continue;
        size_t nsn = n - cl;
        if (nsn < codes[i].min || nsn > codes[i].max)
            return 0;
        /* a national significant number never starts with the trunk 0, except Italy's fixed
         * lines; a North American one starts its area code and exchange with 2-9 */
        if (p[cl] == '0' && strcmp(codes[i].cc, "39") != 0)
            return 0;
        if (cl == 1 && p[0] == '1' && (p[1] < '2' || p[4] < '2'))
            return 0;
        return 1;
    }
    return 0;
}
