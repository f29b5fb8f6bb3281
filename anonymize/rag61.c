/* rag61.c: a PDF extractor's hyphenation point at a line end, for the detection view's wrap_at()
 * (engine_view_wrap.c). Retrieved chunks keep the typesetter's hyphenation: a word cut by a hyphen
 * or a soft hyphen (U+00AD) and a line break ("wohnhaft in der Linden-\nstraße 14", "116 Wel\u00AD
 * \nlington Terrace"). When the word goes on in small letters the hyphen is the typesetter's, not
 * the word's, so the view reads the hyphen and the break as nothing and the detectors see the
 * word as it is written ("Lindenstraße", "Wellington"); a capitals word keeps its hyphen
 * (ocr51.c's "SCHLÜTER-\nSTRASSE"). A soft hyphen is a hyphenation point by definition: after a
 * letter and before a letter the break goes (the view already drops the U+00AD itself). Both are
 * asked only at a '\n' right after '-' or U+00AD's last byte, which the view's prefilter already
 * counts as candidates, so ordinary text never reaches them. Nothing here keeps any text.
 */
#include "anonymize/engine_internal.h"

static int r61_upper(uint8_t c)
{
    return c >= 'A' && c <= 'Z';
}

static int r61_lower(uint8_t c)
{
    return c >= 'a' && c <= 'z';
}

int anon_r61_hyphen_goes(const uint8_t *p, size_t i, size_t r, size_t n)
{
    if (i < 3 || i + r >= n)
        return 0;
    uint8_t c = p[i + r];
    /* ocr51's small-letter join: the word goes on in small letters after either case */
    return r61_lower(c) || (c >= 0x80 && !r61_upper(p[i - 2]));
}

size_t anon_r61_soft_break_at(const uint8_t *p, size_t i, size_t l, size_t n)
{
    /* a letter (a UTF-8 letter's byte too), U+00AD (C2 AD), the break */
    if (i < 3 || p[i - 1] != 0xAD || p[i - 2] != 0xC2)
        return 0;
    uint8_t b = p[i - 3];
    if (!(r61_upper(b) || r61_lower(b) || b >= 0x80))
        return 0;
    size_t q = i + l;
    while (q < n && q - (i + l) < 8 && (p[q] == ' ' || p[q] == '\t'))
        q++;
    if (q >= n)
        return 0;
    uint8_t c = p[q];
    return r61_lower(c) || r61_upper(c) || c >= 0xC3 ? q - i : 0;
}
