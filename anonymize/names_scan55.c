/* names_scan55.c: births on scanned and faxed forms whose date OCR misread (branch scan55): a
 * letter printed for a digit anywhere in the date, not only right after its first digits
 * ("06.09.196l", "2S.06.l932", "09 0S 19B9"), or for its first digit ("O6.09.1961", "BORN  O6 09
 * 1941"). Both only find the date: names_dob47.c's OCR reader reads it back (O for 0, l/I for 1,
 * S for 5, B for 8) and keeps it a birth only after a birth label, as every birth.
 *
 * The one thing to know: the screens here run where a date reader already failed (a short digit
 * run nothing took) or at a capital with a digit glued to it, so text without such a run pays a
 * byte compare; nothing here allocates or keeps text.
 */
#include "anonymize/names_internal.h"

/* A letter OCR prints for a date's digit. */
static int ocr55_letter(uint8_t c)
{
    return c == 'O' || c == 'l' || c == 'I' || c == 'S' || c == 'B';
}

static int ocr55_sep(uint8_t c)
{
    return c == '.' || c == '/' || c == '-';
}

int nw_scan55_slip(const uint8_t *t, size_t d, size_t n)
{
    /* the date's next bytes: digits, OCR letters, its separators and single spaces */
    if (!(ocr55_sep(t[d]) || t[d] == ' ' || t[d] == 'S' || t[d] == 'B'))
        return 0;
    for (size_t k = d; k < n && k - d < 11; k++) {
        uint8_t c = t[k];
        if (ocr55_letter(c))
            return k > d ? is_digit(t[k - 1]) || ocr55_sep(t[k - 1]) || t[k - 1] == ' ' : 1;
        if (c == ' ' && (k + 1 >= n || t[k + 1] == ' ' || (k > d && t[k - 1] == ' ')))
            return 0;
        if (!is_digit(c) && !ocr55_sep(c) && c != ' ')
            return 0;
    }
    return 0;
}

int nw_scan55_lead(const struct sc *s, size_t i, size_t *next)
{
    const uint8_t *t = s->t;
    if (!(s->kinds & (1u << ANON_NAMES_DOB)) || !ocr55_letter(t[i]) ||
        (i > 0 && (is_alnum(t[i - 1]) || t[i - 1] >= 0x80)))
        return 0;
    size_t d = i + 1, ds, e;
    while (d < s->len && is_digit(t[d]))
        d++;
    if (d - i > 3 || d >= s->len || !(ocr55_sep(t[d]) || t[d] == ' '))
        return 0;
    if (!(e = nw_dob47_ocr(s, i + 1, d, &ds)) || ds != i)
        return 0;
    *next = e;
    return 1;
}
