/* names_scan59.h: private to the names scanner (names_scan59.c, names_visit_digits.c). */
#ifndef HUSH_NAMES_SCAN59_H
#define HUSH_NAMES_SCAN59_H

#include <stddef.h>
#include <stdint.h>

struct sc;
/* The date at ds has a birth label of seventeen languages right before it, as a scanner misread
 * it ("FØD7 :_ ", "6EBOORTEDATUM ¦ ", "HATO IL . "), only stray marks between them. */
int nw_scan59_ocr_label(const struct sc *s, size_t ds);

/* A date at a (its first digit, or a letter a scanner printed for one: "23 JUL 2O05", "23 . O5 .
 * 1936", "25 08 2O03", "OB.O1.1997") with at least one such letter, after a birth label (also a
 * misread one): its end, or 0. */
size_t nw_scan59_date(const struct sc *s, size_t a);
/* The byte test before nw_scan59_date() at a letter: it is one a scanner prints for a digit
 * (I O S B; a lower-case 'l' is never visited) and a digit follows, or another such letter and a
 * date's separator ("OB.O1"). */
static inline int nw_scan59_lead_may(const uint8_t *t, size_t len, size_t i)
{
    uint8_t c = t[i];
    if (!(c == 'O' || c == 'I' || c == 'S' || c == 'B') || i + 7 >= len)
        return 0;
    c = t[i + 1];
    return (c >= '0' && c <= '9') || ((c == 'l' || c == 'O' || c == 'I' || c == 'S' || c == 'B') &&
                                      (t[i + 2] == '.' || t[i + 2] == '/' || t[i + 2] == '-'));
}

/* The scanner's findings pass here last (arg: a struct nw_link): a street is followed by its
 * postcode and town when they come after it on its line (after ", ", a column gap, '|' or '¦')
 * or alone on the next line ("Storgatan 12\n702 10 Örebro"), a finding of their own. */
int nw_scan59_emit(void *arg, int kind, size_t a, size_t e);

#endif
