/* ocr51.c: a line-end hyphen on a scanned or faxed page, for the detection view (engine_view.c).
 * OCR keeps the printer's hyphenation, so a name or a street breaks across two lines inside a
 * word ("NAME: Harriet Pem-\nberton", "STRASSE: SCHLÜTER-\n  STRASSE 12"). The view reads the line
 * break (and the next line's indent) after such a hyphen as nothing, so the detectors read one
 * word with a hyphen inside, as a double-barrelled name or street is written; a finding maps
 * back to the source bytes, so the token replaces both pieces and the break, and the response
 * restores them as they were sent. Nothing here keeps any text.
 */
#include "anonymize/engine_internal.h"

static int o51_upper(uint8_t c)
{
    return c >= 'A' && c <= 'Z';
}

static int o51_lower(uint8_t c)
{
    return c >= 'a' && c <= 'z';
}

/* A letter's byte: ASCII, or any byte of a UTF-8 character (the accented letters of names). */
static int o51_letter(uint8_t c)
{
    return o51_upper(c) || o51_lower(c) || c >= 0x80;
}

size_t anon_o51_hyphen_at(const uint8_t *p, size_t i, size_t l, size_t n)
{
    /* two letters and the hyphen before the break: not a list's dash ("text -\n- item"), not an
     * option ("-\n") nor a number's range ("12-\n14") */
    if (i < 3 || p[i - 1] != '-' || !o51_letter(p[i - 2]) || !o51_letter(p[i - 3]))
        return 0;
    size_t q = i + l;
    while (q < n && q - (i + l) < 8 && (p[q] == ' ' || p[q] == '\t'))
        q++;
    if (q + 1 >= n)
        return 0;
    /* the word goes on: in small letters after either case ("Pem-\nberton", "Małgo-\nrzata"),
     * in capitals after capitals ("SCHLÜTER-\nSTRASSE"); a capital after small letters starts a
     * new word or sentence ("Jean-\nPierre" stays two lines) */
    uint8_t c = p[q], d = p[q + 1];
    if (o51_lower(c) || (c >= 0x80 && !o51_upper(p[i - 2])))
        return q - i;
    if (o51_upper(c) && (o51_upper(d) || d >= 0x80) && (o51_upper(p[i - 2]) || p[i - 2] >= 0x80) &&
        (o51_upper(p[i - 3]) || p[i - 3] >= 0x80))
        return q - i;
    return 0;
}
