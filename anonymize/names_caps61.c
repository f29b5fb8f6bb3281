/* names_caps61.c: what a form typed or scanned in capitals puts around a person (issue 15, branch
 * caps61): the dot leader a fixed-width form prints between a label and its colon or value
 * ("NAME..........: KOWALSKI JAN"), read by names_labels7.c and names_scan54.c, and the
 * conjunction in capitals that joins two people of a list ("YILMAZ, MEHMET AND KAYA, AYSE"),
 * which ends a surname-first pair as a comma would (names_caps8.c).
 *
 * The one thing to know: both are byte tests on a few bytes beside a value that another reader
 * already holds; nothing here walks a line or allocates.
 */
#include "anonymize/names_internal.h"

#include <string.h>

size_t nw_caps61_leader(const uint8_t *t, size_t lb)
{
    size_t k = lb;
    while (k > 0 && lb - k < 40 && t[k - 1] == '.')
        k--;
    if (lb - k < 3)
        return lb;
    while (k > 0 && lb - k < 44 && t[k - 1] == ' ')
        k--;
    return k;
}

int nw_caps61_and(const uint8_t *t, size_t len, size_t e)
{
    static const char *const w[] = {"AND", "UND", "ET", "Y",  "E",  "EN", "OG", "OCH",
                                    "JA",  "ÉS",  "VE", "ŞI", "SI", "I",  "A",  "KAI"};
    if (e + 4 >= len || t[e] != ' ' || !(is_up(t[e + 1]) || t[e + 1] >= 0xC3))
        return 0;
    size_t a = e + 1, b = a;
    while (b < len && b - a < 4 && t[b] != ' ')
        b++;
    if (b + 1 >= len || t[b] != ' ' || !(is_up(t[b + 1]) || t[b + 1] >= 0xC3))
        return 0;
    for (size_t k = 0; k < sizeof w / sizeof *w; k++)
        if (strlen(w[k]) == b - a && memcmp(w[k], t + a, b - a) == 0)
            return 1;
    return 0;
}
