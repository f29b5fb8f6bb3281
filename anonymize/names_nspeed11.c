/* names_nspeed11.c: one table of byte classes for the hottest look-backs of names.c (the word
 * before a run, the marks before a run and at a line's start), so that each byte of a walk back
 * costs one load and one bit test instead of a switch or a two-word shift.
 *
 * The one thing to know: each class is exactly the set it replaces (lead_mark(): strchr(" \t\"'
 * *(\\", c), NUL included; line_mark(): strchr(" \t>*-#|'", c), NUL included; word_byte(): a
 * byte >= 0x80, an ASCII letter or digit, '.' or '\''). nw_byte_class_audit() holds the table to
 * those definitions, and a unit test runs it.
 */
#include "anonymize/names_internal.h"

#include <string.h>

#define W NW_BC_WORD
#define L NW_BC_LEAD
#define M NW_BC_LINE
#define X16(v) v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v

/* clang-format off */
const uint8_t nw_byte_class[256] = {
    [0] = L | M, /* NUL: a member of both strchr() sets */
    ['\t'] = L | M, [' '] = L | M, ['\''] = L | M | W, ['*'] = L | M,
    ['"'] = L, ['('] = L, ['\\'] = L,
    ['>'] = M, ['-'] = M, ['#'] = M, ['|'] = M,
    ['.'] = W,
    ['0'] = W, ['1'] = W, ['2'] = W, ['3'] = W, ['4'] = W,
    ['5'] = W, ['6'] = W, ['7'] = W, ['8'] = W, ['9'] = W,
    ['A'] = W, ['B'] = W, ['C'] = W, ['D'] = W, ['E'] = W, ['F'] = W, ['G'] = W, ['H'] = W,
    ['I'] = W, ['J'] = W, ['K'] = W, ['L'] = W, ['M'] = W, ['N'] = W, ['O'] = W, ['P'] = W,
    ['Q'] = W, ['R'] = W, ['S'] = W, ['T'] = W, ['U'] = W, ['V'] = W, ['W'] = W, ['X'] = W,
    ['Y'] = W, ['Z'] = W,
    ['a'] = W, ['b'] = W, ['c'] = W, ['d'] = W, ['e'] = W, ['f'] = W, ['g'] = W, ['h'] = W,
    ['i'] = W, ['j'] = W, ['k'] = W, ['l'] = W, ['m'] = W, ['n'] = W, ['o'] = W, ['p'] = W,
    ['q'] = W, ['r'] = W, ['s'] = W, ['t'] = W, ['u'] = W, ['v'] = W, ['w'] = W, ['x'] = W,
    ['y'] = W, ['z'] = W,
    [0x80] = X16(W), X16(W), X16(W), X16(W), X16(W), X16(W), X16(W), X16(W), /* to 0xFF */
};
/* clang-format on */

int nw_byte_class_audit(void)
{
    static const char lead[] = " \t\"'*(\\", line[] = " \t>*-#|'";
    int bad = 0;
    for (unsigned c = 0; c < 256; c++) {
        int word = c >= 0x80 || (c >= '0' && c <= '9') || ((c | 32) >= 'a' && (c | 32) <= 'z') ||
                   c == '.' || c == '\'';
        int want = (word ? NW_BC_WORD : 0) | (memchr(lead, (int)c, sizeof lead) ? NW_BC_LEAD : 0) |
                   (memchr(line, (int)c, sizeof line) ? NW_BC_LINE : 0);
        bad += nw_byte_class[c] != want;
    }
    return bad;
}
