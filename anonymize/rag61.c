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
 * registers (en, de, fr, nl, es, it, pt, pl, sv, da, fi, cs), in small letters; no form's label
 * ("Address:"): a field's value stands whole on its line, and the next line is another field: a
 * party's line is typeset as prose, so its street is cut by the line's end at any space ("demeurant
 * au 86, avenue de la\nRépublique, 31000 Toulouse"). Sorted by their last two bytes (tail: the one
 * before the last in the low byte), for a binary search: the walk asks at every word it passes. */
static const struct {
    uint16_t tail;
    uint8_t len;
    const char *s;
} r61_cues[] = {
    {0x6120, 11, "residente a"},
    {0x616E, 14, "domiciliada na"},
    {0x616E, 14, "domiciliado na"},
    {0x616E, 10, "morador na"},
    {0x616E, 11, "moradora na"},
    {0x616E, 12, "residente na"},
    {0x6173, 11, "osoitteessa"},
    {0x6564, 14, "wonende aan de"},
    {0x6564, 17, "woonachtig aan de"},
    {0x6574, 10, "wonende te"},
    {0x6574, 13, "woonachtig te"},
    {0x6CA6, 6, "bop\xC3\xA6l"},
    {0x6D61, 11, "wohnhaft am"},
    {0x6D65, 5, "bytem"},
    {0x6D65, 17, "com domic\xC3\xADlio em"},
    {0x6D65, 12, "residente em"},
    {0x6D65, 12, "trvale bytem"},
    {0x6D69, 11, "wohnhaft im"},
    {0x6D9B, 11, "bydli\xC5\xA1t\xC4\x9Bm"},
    {0x6E61, 11, "wonende aan"},
    {0x6E61, 14, "woonachtig aan"},
    {0x6E65, 16, "con domicilio en"},
    {0x6E65, 14, "domiciliada en"},
    {0x6E65, 14, "domiciliado en"},
    {0x6E65, 12, "residente en"},
    {0x6E69, 14, "domiciliata in"},
    {0x6E69, 14, "domiciliato in"},
    {0x6E69, 12, "residente in"},
    {0x6E69, 11, "wohnhaft in"},
    {0x6F6E, 12, "residente no"},
    {0x7265, 15, "wohnhaft in der"},
    {0x7265, 12, "wohnt in der"},
    {0x7369, 10, "address is"},
    {0x7461, 12, "domiciled at"},
    {0x7461, 8, "lives at"},
    {0x7461, 9, "living at"},
    {0x7461, 11, "resident at"},
    {0x7461, 11, "residing at"},
    {0x7466, 8, "wohnhaft"},
    {0x746E, 9, "demeurant"},
    {0x7561, 12, "demeurant au"},
    {0x7561, 13, "domicili\xC3\xA9 au"},
    {0x7561, 14,
     "domicili\xC3\xA9"
     "e au"},
    {0x7561, 12, "r\xC3\xA9sidant au"},
    {0x7720, 14,
     "zamieszka\xC5\x82"
     "a w"},
    {0x7720, 14, "zamieszka\xC5\x82y w"},
    {0x797A, 17,
     "zamieszka\xC5\x82"
     "a przy"},
    {0x797A, 17, "zamieszka\xC5\x82y przy"},
    {0xA0C3, 12, "demeurant \xC3\xA0"},
    {0xA0C3, 13, "domicili\xC3\xA9 \xC3\xA0"},
    {0xA0C3, 14,
     "domicili\xC3\xA9"
     "e \xC3\xA0"},
    {0xA0C3, 12, "r\xC3\xA9sidant \xC3\xA0"},
    {0xA5C3, 10, "boende p\xC3\xA5"},
    {0xA5C3, 9, "bosat p\xC3\xA5"},
    {0xA5C3, 10, "bosatt p\xC3\xA5"},
    {0xA5C3, 16, "folkbokf\xC3\xB6rd p\xC3\xA5"},
    {0xA9C3, 10, "domicili\xC3\xA9"},
};

/* The cues' tails as bits ((tail * 40503) >> 8 & 255): a filter before the search. */
static const uint64_t r61_tails[4] = {0x0040000000202000ull, 0x0000002820808000ull,
                                      0x0000000022100041ull, 0x0060028840540800ull};

static uint8_t r61_fold(uint8_t x)
{
    return r61_upper(x) ? (uint8_t)(x | 0x20) : x;
}

/* Does p[0, b) end with a cue (ASCII capitals read as small letters), after no letter? */
static int r61_cue_at(const uint8_t *p, size_t b)
{
    if (b < 3)
        return 0;
    uint16_t t = (uint16_t)(r61_fold(p[b - 2]) | r61_fold(p[b - 1]) << 8);
    unsigned h = ((uint32_t)t * 40503u) >> 8 & 255; /* the tails' filter: most words leave here */
    if (!(r61_tails[h >> 6] >> (h & 63) & 1))
        return 0;
    size_t lo = 0, hi = sizeof r61_cues / sizeof r61_cues[0];
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (r61_cues[mid].tail < t)
            lo = mid + 1;
        else
            hi = mid;
    }
    for (; lo < sizeof r61_cues / sizeof r61_cues[0] && r61_cues[lo].tail == t; lo++) {
        size_t k = r61_cues[lo].len, j;
        if (k > b)
            continue;
        for (j = 0; j < k && r61_fold(p[b - k + j]) == (uint8_t)r61_cues[lo].s[j]; j++)
            ;
        if (j < k)
            continue;
        uint8_t before = b > k ? p[b - k - 1] : ' ';
        if (!(r61_upper(before) || r61_lower(before) || before >= 0x80))
            return 1;
    }
    return 0;
}

/* The walk's byte classes: 1 stops it (a line break, or a byte of code, markup or a log's
 * key=value: '=', '(', ')', '_', '"', braces, brackets, '<', '>', '*', ';', '|', tab, ':', '@',
 * '#', '$', and a scanned form's '~' gap), 2 a digit (a house number), 0 any other. One look-up a
 * byte: the walk runs at every line break the byte test lets through. */
static const uint8_t r61_class[256] = {
    0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 1, 1, 1, 0, 0, 0, 1, 1, 1, 0, 0, 0, 0, 0, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 1, 1, 1, 1, 1, 0,
    1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 1, 0, 1,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
};

/* An address label of the pack's languages before p[e] == ':' (or "Adresse :"), after no letter:
 * a chunk's form line "Adresse: Strandvejen\n203, 8000 Aarhus C" (addr63). */
static int r61_label_at(const uint8_t *p, size_t e)
{
    static const char *const labels[] = {
        "address",   "adresse",          "adres",     "adress",
        "adresa",    "anschrift",        "indirizzo", "domicilio",
        "direccion", "direcci\xC3\xB3n", "morada",    "endere\xC3\xA7o",
        "endereco",  "osoite",           "residenza", NULL};
    if (e > 0 && p[e - 1] == ' ')
        e--;
    for (const char *const *w = labels; *w; w++) {
        size_t k = strlen(*w), j;
        if (k > e)
            continue;
        for (j = 0; j < k && r61_fold(p[e - k + j]) == (uint8_t)(*w)[j]; j++)
            ;
        if (j == k && (e == k || !(r61_upper(p[e - k - 1]) || r61_lower(p[e - k - 1]) ||
                                   p[e - k - 1] >= 0x80)))
            return 1;
    }
    return 0;
}

/* Does p[j] open a house number that ends its part of the address ("203, 8000 Aarhus",
 * "199-II,", "46 A,", "17\n"), not a street line of its own ("14 Mill Lane": a name's line above a
 * street's in a postal block)? */
static int r61_number_ends(const uint8_t *p, size_t j, size_t n)
{
    size_t q = j;
    while (q < n && q - j < 8 && p[q] >= '0' && p[q] <= '9')
        q++;
    if (q == j)
        return 0;
    while (q < n && q - j < 14 &&
           (r61_upper(p[q]) || r61_lower(p[q]) || p[q] == '-' || p[q] == '/'))
        q++;
    if (q + 2 < n && p[q] == ' ' && r61_upper(p[q + 1]) && (p[q + 2] == ',' || p[q + 2] == '\n'))
        q += 2;
    return q >= n || p[q] == ',' || p[q] == '\n' || p[q] == '\r' || p[q] == '.';
}

size_t anon_r61_addr_wrap_at(const uint8_t *p, size_t i, size_t l, size_t n)
{
    /* back over the street's first words (up to four, 40 bytes, no sentence's end, no code) to a
     * cue; a house number in them or in the next line's first 12 bytes */
    size_t b = i, words = 0;
    int digit = 0, cue = r61_cue_at(p, b); /* "residing at\n116 ..." */
    while (!cue && words < 4 && i - b <= 40) {
        size_t e = b;
        for (; b > 0 && p[b - 1] != ' ' && e - b < 32; b--) {
            unsigned k = r61_class[p[b - 1]];
            /* a form's label, the street's name alone on its line and its number opening the
             * next ("Adresse: Strandvejen\n203, ..."): the line is the value's, cut by the page */
            if (k == 1 && e == b && p[b - 1] == ':' && words && !digit &&
                r61_number_ends(p, i + l, n) && r61_label_at(p, b - 1))
                return l;
            if (k == 1)
                return 0;
            digit |= k == 2;
        }
        if (b < 2 || p[b - 1] != ' ' || e == b)
            return 0;
        /* a word ending a sentence ("Lyon. ") stops the walk; a short abbreviation ("ul.",
         * "Str.", "C/") does not */
        if (p[e - 1] == '.' && e - b > 4)
            return 0;
        b--; /* the space: p[0, b) is what comes before the word */
        words++;
        cue = r61_cue_at(p, b);
    }
    if (!cue)
        return 0;
    for (size_t j = i + l; j < n && j - (i + l) < 12 && p[j] != '\n' && !digit; j++)
        digit = p[j] >= '0' && p[j] <= '9';
    return digit ? l : 0;
}
