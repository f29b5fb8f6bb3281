/* engine_view_wrap58.c: how long a line is as the writer that wrapped it counted, for the hard
 * wrap reader (engine_view_wrap54.c). fold and most mail clients count characters (code points);
 * a terminal counts cells, where a CJK character or an emoji takes two and a combining mark
 * none; an HTML mail is wrapped as it is rendered, where an entity (`&auml;`, `&#64;`) is one
 * character, and copied as its source. A text's full lines share their length only in the
 * measure its writer used: the wrap reader tries code points first and the others only where
 * code points show no width. Nothing here keeps any text.
 */
#include "anonymize/engine_internal.h"
#include "anonymize/engine_view_internal.h"

/* Code points a terminal draws two cells wide (East Asian Wide and Fullwidth, emoji shown as
 * pictures), in order. */
static const uint32_t w58_wide[][2] = {
    {0x1100, 0x115F},   {0x231A, 0x231B},   {0x2329, 0x232A},   {0x23E9, 0x23EC},
    {0x23F0, 0x23F0},   {0x23F3, 0x23F3},   {0x25FD, 0x25FE},   {0x2614, 0x2615},
    {0x2648, 0x2653},   {0x267F, 0x267F},   {0x2693, 0x2693},   {0x26A1, 0x26A1},
    {0x26AA, 0x26AB},   {0x26BD, 0x26BE},   {0x26C4, 0x26C5},   {0x26CE, 0x26CE},
    {0x26D4, 0x26D4},   {0x26EA, 0x26EA},   {0x26F2, 0x26F3},   {0x26F5, 0x26F5},
    {0x26FA, 0x26FA},   {0x26FD, 0x26FD},   {0x2705, 0x2705},   {0x270A, 0x270B},
    {0x2728, 0x2728},   {0x274C, 0x274C},   {0x274E, 0x274E},   {0x2753, 0x2755},
    {0x2757, 0x2757},   {0x2795, 0x2797},   {0x27B0, 0x27B0},   {0x27BF, 0x27BF},
    {0x2B1B, 0x2B1C},   {0x2B50, 0x2B50},   {0x2B55, 0x2B55},   {0x2E80, 0x303E},
    {0x3041, 0x33FF},   {0x3400, 0x4DBF},   {0x4E00, 0x9FFF},   {0xA000, 0xA4CF},
    {0xA960, 0xA97F},   {0xAC00, 0xD7A3},   {0xF900, 0xFAFF},   {0xFE10, 0xFE19},
    {0xFE30, 0xFE6F},   {0xFF00, 0xFF60},   {0xFFE0, 0xFFE6},   {0x16FE0, 0x16FE4},
    {0x17000, 0x18CFF}, {0x1B000, 0x1B2FF}, {0x1F004, 0x1F004}, {0x1F0CF, 0x1F0CF},
    {0x1F18E, 0x1F18E}, {0x1F191, 0x1F19A}, {0x1F200, 0x1F251}, {0x1F300, 0x1F64F},
    {0x1F680, 0x1F6FF}, {0x1F7E0, 0x1F7EB}, {0x1F90C, 0x1F9FF}, {0x1FA70, 0x1FAFF},
    {0x20000, 0x3FFFD}};

static size_t w58_cells(uint32_t cp)
{
    if ((cp >= 0x0300 && cp <= 0x036F) || (cp >= 0x200B && cp <= 0x200F) || cp == 0x2060 ||
        cp == 0xFEFF || (cp >= 0xFE00 && cp <= 0xFE0F))
        return 0; /* combining marks, zero-width characters, variation selectors */
    size_t lo = 0, hi = sizeof w58_wide / sizeof *w58_wide;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (cp > w58_wide[mid][1])
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo < sizeof w58_wide / sizeof *w58_wide && cp >= w58_wide[lo][0] ? 2 : 1;
}

/* The length of an entity at p[k] ("&auml;", "&#64;", "&#x40;": at most 10 bytes), else 0. */
static size_t w58_entity(const uint8_t *p, size_t k, size_t b)
{
    size_t e = k + 1;
    if (e < b && p[e] == '#')
        e++;
    size_t s = e;
    while (e < b && e - k < 10 && (is_alnum(p[e])))
        e++;
    return e > s && e < b && p[e] == ';' ? e + 1 - k : 0;
}

size_t anon_w58_len(const uint8_t *p, size_t a, size_t b, int mode)
{
    size_t c = 0;
    for (size_t k = a; k < b;) {
        uint8_t x = p[k];
        if (x < 0x80) {
            size_t e = x == '&' && mode == W58_RENDER ? w58_entity(p, k, b) : 0;
            c += x != '\r';
            k += e ? e : 1;
            continue;
        }
        size_t len = x >= 0xF0 ? 4 : x >= 0xE0 ? 3 : x >= 0xC0 ? 2 : 1;
        if (k + len > b)
            len = b - k;
        if (mode == W58_CELLS && len > 1) {
            uint32_t cp = x & (0x7F >> len);
            for (size_t t = 1; t < len; t++)
                cp = cp << 6 | (p[k + t] & 0x3F);
            c += w58_cells(cp);
        } else {
            c++;
        }
        k += len;
    }
    return c;
}
