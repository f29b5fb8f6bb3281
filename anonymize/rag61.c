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

#include <string.h>

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
    if (!(r61_lower(c) || (c >= 0x80 && !r61_upper(p[i - 2]))))
        return 0;
    /* a word's rest, not a key's: no capital, digit or '_' before the word ends ("sk-\nwrhvA...9"
     * keeps its hyphen) */
    for (size_t j = i + r; j < n && j - (i + r) < 48; j++) {
        uint8_t x = p[j];
        if (r61_upper(x) || (x >= '0' && x <= '9') || x == '_')
            return 0;
        if (!(r61_lower(x) || x >= 0x80))
            break;
    }
    return 1;
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

/* The words that end right before a party's address in contracts, judgments, letters and
 * registers (en, de, fr, nl, es, it, pt, pl, sv, da, fi, cs), in small letters, the last word
 * first: a party's line is typeset as prose, so its street is cut by the line's end at any
 * space ("demeurant au 86, avenue de la\nRépublique, 31000 Toulouse"). */
static const char *const r61_cues[] = {
    "residing at",
    "resident at",
    "living at",
    "lives at",
    "domiciled at",
    "address is",
    "address:",
    "wohnhaft",
    "wohnhaft in",
    "wohnhaft in der",
    "wohnhaft im",
    "wohnhaft am",
    "wohnt in der",
    "anschrift:",
    "demeurant",
    "demeurant au",
    "demeurant à",
    "domicilié au",
    "domiciliée au",
    "domicilié à",
    "domiciliée à",
    "résidant au",
    "résidant à",
    "wonende aan de",
    "wonende aan",
    "wonende te",
    "woonachtig aan de",
    "woonachtig aan",
    "woonachtig te",
    "con domicilio en",
    "domiciliado en",
    "domiciliada en",
    "residente en",
    "residente in",
    "residente a",
    "domiciliato in",
    "domiciliata in",
    "residente na",
    "residente no",
    "residente em",
    "morador na",
    "moradora na",
    "domiciliado na",
    "domiciliada na",
    "zamieszkały przy",
    "zamieszkała przy",
    "zamieszkały w",
    "zamieszkała w",
    "zam.",
    "boende på",
    "bosatt på",
    "folkbokförd på",
    "bosat på",
    "bopæl:",
    "osoitteessa",
    "osoite:",
    "bytem",
    "trvale bytem",
    "bydliště:",
    "bydlištěm",
};

/* Does p[0, b) end with the cue c (ASCII capitals read as small letters), after no letter? */
static int r61_ends_with(const uint8_t *p, size_t b, const char *c)
{
    size_t k = strlen(c);
    if (k > b)
        return 0;
    for (size_t j = 0; j < k; j++) {
        uint8_t x = p[b - k + j];
        if (r61_upper(x))
            x = (uint8_t)(x | 0x20);
        if (x != (uint8_t)c[j])
            return 0;
    }
    uint8_t before = b > k ? p[b - k - 1] : ' ';
    return !(r61_upper(before) || r61_lower(before) || before >= 0x80);
}

static int r61_cue_at(const uint8_t *p, size_t b)
{
    for (size_t k = 0; k < sizeof r61_cues / sizeof r61_cues[0]; k++)
        if (r61_ends_with(p, b, r61_cues[k]))
            return 1;
    return 0;
}

size_t anon_r61_addr_wrap_at(const uint8_t *p, size_t i, size_t l, size_t n)
{
    /* a house number near the break: in the line's last 32 bytes or the next line's first 12 */
    int digit = 0;
    for (size_t j = i; j > 0 && i - j < 32 && p[j - 1] != '\n' && !digit; j--)
        digit = p[j - 1] >= '0' && p[j - 1] <= '9';
    for (size_t j = i + l; j < n && j - (i + l) < 12 && p[j] != '\n' && !digit; j++)
        digit = p[j] >= '0' && p[j] <= '9';
    if (!digit)
        return 0;
    /* back over the street's first words (up to five, 48 bytes, no sentence's end) to a cue */
    size_t b = i, words = 0;
    if (r61_cue_at(p, b))
        return l; /* "residing at\n116 ..." */
    while (words < 5 && i - b <= 48) {
        size_t e = b;
        while (b > 0 && p[b - 1] != ' ' && p[b - 1] != '\n' && e - b < 32)
            b--;
        if (b < 2 || p[b - 1] != ' ' || e == b)
            return 0;
        /* a word ending a sentence ("Lyon. ", "gesperrt; ") stops the walk; a short
         * abbreviation ("ul.", "Str.", "C/") does not */
        uint8_t last = p[e - 1];
        if (last == ';' || last == ':' || (last == '.' && e - b > 4))
            return 0;
        b--; /* the space: p[0, b) is what comes before the word */
        words++;
        if (r61_cue_at(p, b))
            return l;
    }
    return 0;
}
