/* names_scan55.c: births on scanned and faxed forms whose date OCR misread (branch scan55): a
 * letter printed for a digit anywhere in the date, not only right after its first digits
 * ("06.09.196l", "2S.06.l932", "09 0S 19B9"), or for its first digit ("O6.09.1961", "BORN  O6 09
 * 1941"). Both only find the date: names_dob47.c's OCR reader reads it back (O for 0, l/I for 1,
 * S for 5, B for 8) and keeps it a birth only after a birth label, as every birth.
 *
 * The one thing to know: the screens here run where a date reader already failed (a short digit
 * run nothing took) or at a capital O with a digit glued to it, so text without such a run pays a
 * byte compare; nothing here allocates or keeps text.
 */
#include "anonymize/names_internal.h"
#include "anonymize/names_street58.h"

static int ocr55_sep(uint8_t c)
{
    return c == '.' || c == '/' || c == '-';
}

/* A date's bytes for the screen: 1 a digit, a separator or a space, 2 an OCR letter, 0 the end. */
static const uint8_t slip_class[256] = {
    ['0'] = 1, ['1'] = 1, ['2'] = 1, ['3'] = 1, ['4'] = 1, ['5'] = 1, ['6'] = 1,
    ['7'] = 1, ['8'] = 1, ['9'] = 1, ['.'] = 1, ['/'] = 1, ['-'] = 1, [' '] = 1,
    ['O'] = 2, ['l'] = 2, ['I'] = 2, ['S'] = 2, ['B'] = 2};

int nw_scan55_slip(const uint8_t *t, size_t d, size_t n)
{
    /* the date's next bytes (digits, separators, spaces) up to an OCR letter; the reader
     * (nw_dob47_ocr) judges the rest */
    size_t e = n - d < 11 ? n : d + 11;
    for (size_t k = d; k < e; k++) {
        uint8_t c = slip_class[t[k]];
        if (c != 1)
            return c == 2;
    }
    return 0;
}

int nw_scan55_lead(const struct sc *s, size_t i, size_t *next)
{
    const uint8_t *t = s->t;
    if (!(s->kinds & (1u << ANON_NAMES_DOB)) || (i > 0 && (is_alnum(t[i - 1]) || t[i - 1] >= 0x80)))
        return 0;
    size_t d = i + 1, ds, e;
    while (d < s->len && is_digit(t[d]))
        d++;
    if (d - i > 3 || d >= s->len || !(ocr55_sep(t[d]) || t[d] == ' '))
        return 0;
    if ((!(e = nw_dob47_ocr(s, i + 1, d, &ds)) || ds != i) && !(e = nw_street58_ocr_date(s, i)))
        return 0; /* "O7-O4-1947": two letters OCR misread (names_street58.c) */
    *next = e;
    return 1;
}
