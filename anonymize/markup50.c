/* markup50.c: two readings of markup for the detection view (engine_view.c) that keep a value
 * whole when a document format writes it in pieces: an RFC 5545 / RFC 6350 folded line (an ICS
 * or vCard line longer than 75 octets continues after CRLF and one space, anywhere, also inside
 * an address or a name), and a letter written as a LaTeX accent escape (M\"uller, Fran\c{c}ois,
 * \'{e}, \ss{}) or an RTF escape (\'fc, \u252?). The view reads the fold as nothing and the
 * escape as its letter; a finding maps back to the source bytes, so the token replaces the
 * escape itself and the response restores it as it was sent. Nothing here keeps any text.
 */
#include "anonymize/engine_internal.h"

#include <string.h>

static int m50_upper(uint8_t c)
{
    return c >= 'A' && c <= 'Z';
}

static int m50_alpha(uint8_t c)
{
    return m50_upper(c) || (c >= 'a' && c <= 'z');
}

size_t anon_m50_fold_at(const uint8_t *p, size_t i, size_t n)
{
    /* the next line may start with the value's own space: "+44\r\n  113 496 0006" */
    if (i + 3 >= n || p[i] != '\r' || p[i + 1] != '\n' || (p[i + 2] != ' ' && p[i + 2] != '\t') ||
        p[i + 3] == '\r' || p[i + 3] == '\n')
        return 0;
    size_t j = i, chars = 0;
    while (j > 0 && p[j - 1] != '\n' && i - j <= 320) {
        j--;
        chars += (p[j] & 0xC0) != 0x80;
    }
    /* a folder breaks a line that reached its limit: 75 octets (one or two less where a UTF-8
     * character would straddle it), 72 or 74 for some; others count characters */
    if (chars < 60 || chars > 76 || (j > 0 && p[j - 1] != '\n'))
        return 0;
    if (p[j] == ' ' || p[j] == '\t') /* a continuation line folded again */
        return 3;
    /* a content line: a property name, then its parameters or value */
    size_t k = j;
    while (k < i && (m50_upper(p[k]) || (p[k] >= '0' && p[k] <= '9') || p[k] == '-'))
        k++;
    return k > j + 1 && k < i && m50_upper(p[j]) && (p[k] == ':' || p[k] == ';') ? 3 : 0;
}

static const struct {
    char acc, base;
    uint16_t cp;
} m50_accents[] = {{'`', 'A', 0xC0},   {'`', 'a', 0xE0},   {'`', 'E', 0xC8},   {'`', 'e', 0xE8},
                   {'`', 'I', 0xCC},   {'`', 'i', 0xEC},   {'`', 'N', 0x1F8},  {'`', 'n', 0x1F9},
                   {'`', 'O', 0xD2},   {'`', 'o', 0xF2},   {'`', 'U', 0xD9},   {'`', 'u', 0xF9},
                   {'\'', 'A', 0xC1},  {'\'', 'a', 0xE1},  {'\'', 'C', 0x106}, {'\'', 'c', 0x107},
                   {'\'', 'E', 0xC9},  {'\'', 'e', 0xE9},  {'\'', 'G', 0x1F4}, {'\'', 'g', 0x1F5},
                   {'\'', 'I', 0xCD},  {'\'', 'i', 0xED},  {'\'', 'L', 0x139}, {'\'', 'l', 0x13A},
                   {'\'', 'N', 0x143}, {'\'', 'n', 0x144}, {'\'', 'O', 0xD3},  {'\'', 'o', 0xF3},
                   {'\'', 'R', 0x154}, {'\'', 'r', 0x155}, {'\'', 'S', 0x15A}, {'\'', 's', 0x15B},
                   {'\'', 'U', 0xDA},  {'\'', 'u', 0xFA},  {'\'', 'Y', 0xDD},  {'\'', 'y', 0xFD},
                   {'\'', 'Z', 0x179}, {'\'', 'z', 0x17A}, {'^', 'A', 0xC2},   {'^', 'a', 0xE2},
                   {'^', 'C', 0x108},  {'^', 'c', 0x109},  {'^', 'E', 0xCA},   {'^', 'e', 0xEA},
                   {'^', 'G', 0x11C},  {'^', 'g', 0x11D},  {'^', 'I', 0xCE},   {'^', 'i', 0xEE},
                   {'^', 'O', 0xD4},   {'^', 'o', 0xF4},   {'^', 'S', 0x15C},  {'^', 's', 0x15D},
                   {'^', 'U', 0xDB},   {'^', 'u', 0xFB},   {'^', 'Y', 0x176},  {'^', 'y', 0x177},
                   {'"', 'A', 0xC4},   {'"', 'a', 0xE4},   {'"', 'E', 0xCB},   {'"', 'e', 0xEB},
                   {'"', 'I', 0xCF},   {'"', 'i', 0xEF},   {'"', 'O', 0xD6},   {'"', 'o', 0xF6},
                   {'"', 'U', 0xDC},   {'"', 'u', 0xFC},   {'"', 'Y', 0x178},  {'"', 'y', 0xFF},
                   {'~', 'A', 0xC3},   {'~', 'a', 0xE3},   {'~', 'I', 0x128},  {'~', 'i', 0x129},
                   {'~', 'N', 0xD1},   {'~', 'n', 0xF1},   {'~', 'O', 0xD5},   {'~', 'o', 0xF5},
                   {'~', 'U', 0x168},  {'~', 'u', 0x169},  {'=', 'A', 0x100},  {'=', 'a', 0x101},
                   {'=', 'E', 0x112},  {'=', 'e', 0x113},  {'=', 'I', 0x12A},  {'=', 'i', 0x12B},
                   {'=', 'O', 0x14C},  {'=', 'o', 0x14D},  {'=', 'U', 0x16A},  {'=', 'u', 0x16B},
                   {'=', 'Y', 0x232},  {'=', 'y', 0x233},  {'.', 'A', 0x226},  {'.', 'a', 0x227},
                   {'.', 'C', 0x10A},  {'.', 'c', 0x10B},  {'.', 'E', 0x116},  {'.', 'e', 0x117},
                   {'.', 'G', 0x120},  {'.', 'g', 0x121},  {'.', 'I', 0x130},  {'.', 'O', 0x22E},
                   {'.', 'o', 0x22F},  {'.', 'Z', 0x17B},  {'.', 'z', 0x17C},  {'c', 'C', 0xC7},
                   {'c', 'c', 0xE7},   {'c', 'E', 0x228},  {'c', 'e', 0x229},  {'c', 'G', 0x122},
                   {'c', 'g', 0x123},  {'c', 'L', 0x13B},  {'c', 'l', 0x13C},  {'c', 'N', 0x145},
                   {'c', 'n', 0x146},  {'c', 'R', 0x156},  {'c', 'r', 0x157},  {'c', 'S', 0x15E},
                   {'c', 's', 0x15F},  {'c', 'T', 0x162},  {'c', 't', 0x163},  {'v', 'A', 0x1CD},
                   {'v', 'a', 0x1CE},  {'v', 'C', 0x10C},  {'v', 'c', 0x10D},  {'v', 'D', 0x10E},
                   {'v', 'd', 0x10F},  {'v', 'E', 0x11A},  {'v', 'e', 0x11B},  {'v', 'G', 0x1E6},
                   {'v', 'g', 0x1E7},  {'v', 'I', 0x1CF},  {'v', 'i', 0x1D0},  {'v', 'L', 0x13D},
                   {'v', 'l', 0x13E},  {'v', 'N', 0x147},  {'v', 'n', 0x148},  {'v', 'O', 0x1D1},
                   {'v', 'o', 0x1D2},  {'v', 'R', 0x158},  {'v', 'r', 0x159},  {'v', 'S', 0x160},
                   {'v', 's', 0x161},  {'v', 'T', 0x164},  {'v', 't', 0x165},  {'v', 'U', 0x1D3},
                   {'v', 'u', 0x1D4},  {'v', 'Z', 0x17D},  {'v', 'z', 0x17E},  {'r', 'A', 0xC5},
                   {'r', 'a', 0xE5},   {'r', 'U', 0x16E},  {'r', 'u', 0x16F},  {'k', 'A', 0x104},
                   {'k', 'a', 0x105},  {'k', 'E', 0x118},  {'k', 'e', 0x119},  {'k', 'I', 0x12E},
                   {'k', 'i', 0x12F},  {'k', 'O', 0x1EA},  {'k', 'o', 0x1EB},  {'k', 'U', 0x172},
                   {'k', 'u', 0x173},  {'u', 'A', 0x102},  {'u', 'a', 0x103},  {'u', 'E', 0x114},
                   {'u', 'e', 0x115},  {'u', 'G', 0x11E},  {'u', 'g', 0x11F},  {'u', 'I', 0x12C},
                   {'u', 'i', 0x12D},  {'u', 'O', 0x14E},  {'u', 'o', 0x14F},  {'u', 'U', 0x16C},
                   {'u', 'u', 0x16D},  {'H', 'O', 0x150},  {'H', 'o', 0x151},  {'H', 'U', 0x170},
                   {'H', 'u', 0x171}};

static uint32_t m50_compose(uint8_t acc, uint8_t base)
{
    for (size_t k = 0; k < sizeof m50_accents / sizeof m50_accents[0]; k++)
        if ((uint8_t)m50_accents[k].acc == acc && (uint8_t)m50_accents[k].base == base)
            return m50_accents[k].cp;
    return 0;
}

static int m50_hex(uint8_t c)
{
    return c >= '0' && c <= '9'   ? c - '0'
           : c >= 'a' && c <= 'f' ? c - 'a' + 10
           : c >= 'A' && c <= 'F' ? c - 'A' + 10
                                  : -1;
}

/* A letter of names' scripts: Latin-1 and Latin Extended letters, Greek and Cyrillic. */
static int m50_letter(uint32_t cp)
{
    return (cp >= 0xC0 && cp <= 0x24F && cp != 0xD7 && cp != 0xF7) || (cp >= 0x370 && cp <= 0x52F);
}

/* RTF: "\'fc" (a code-page byte: cp1252 letters), "\u252?" or "\u252\'fc" (a code point, then
 * its one-character fallback) */
static size_t m50_rtf(const uint8_t *p, size_t i, size_t n, uint32_t *cp)
{
    if (p[i + 1] == '\'' && i + 3 < n && m50_hex(p[i + 2]) >= 0 && m50_hex(p[i + 3]) >= 0) {
        uint32_t b = (uint32_t)(m50_hex(p[i + 2]) << 4 | m50_hex(p[i + 3]));
        static const uint16_t w1252[] = {0x8A, 0x160, 0x8C, 0x152, 0x8E, 0x17D,
                                         0x9A, 0x161, 0x9C, 0x153, 0x9E, 0x17E};
        for (size_t k = 0; k < sizeof w1252 / sizeof w1252[0]; k += 2)
            if (b == w1252[k])
                b = w1252[k + 1];
        *cp = b;
        return m50_letter(b) ? 4 : 0;
    }
    if (p[i + 1] != 'u')
        return 0;
    size_t k = i + 2;
    int neg = k < n && p[k] == '-';
    k += (size_t)neg;
    long v = 0;
    size_t d0 = k;
    while (k < n && k - d0 < 6 && p[k] >= '0' && p[k] <= '9')
        v = v * 10 + (p[k++] - '0');
    if (k - d0 < 2 || k >= n)
        return 0;
    if (neg) /* RTF writes code points above 32767 as negative 16-bit numbers */
        v = 65536 - v;
    *cp = (uint32_t)v;
    if (!m50_letter(*cp))
        return 0;
    if (p[k] == '?')
        return k + 1 - i;
    if (k + 3 < n && p[k] == '\\' && p[k + 1] == '\'' && m50_hex(p[k + 2]) >= 0 &&
        m50_hex(p[k + 3]) >= 0)
        return k + 4 - i;
    return 0;
}

/* A LaTeX text-style command's opening, "\\texttt{" or "\\textbf{": its length, else 0. */
static size_t m50_tex_style(const uint8_t *p, size_t i, size_t n)
{
    static const char *const cmds[] = {"texttt{", "textbf{", "textit{",    "textsc{", "textrm{",
                                       "textsf{", "emph{",   "underline{", "mbox{"};
    for (size_t k = 0; k < sizeof cmds / sizeof cmds[0]; k++) {
        size_t w = strlen(cmds[k]);
        if (i + 1 + w < n && !memcmp(p + i + 1, cmds[k], w))
            return w + 1;
    }
    return 0;
}

size_t anon_m50_escape_at(const uint8_t *p, size_t i, size_t n, uint32_t *cp)
{
    if (i + 2 >= n || p[i] != '\\')
        return 0;
    /* most backslashes in agents' bodies escape a quote or a line break: one look at the next
     * byte before any table */
    if (!p[i + 1] || !strchr("'\"`^~.=_tembusoOlLaAicvrkH", p[i + 1]))
        return 0;
    size_t t = strchr("temu", p[i + 1]) ? m50_tex_style(p, i, n) : 0;
    if (t) { /* the value inside starts a word of its own ("\\texttt{maria@x}") */
        *cp = 0;
        return t;
    }
    /* an underscore escaped by LaTeX inside a word or an address ("maria\\_keller@x.de") */
    if (p[i + 1] == '_' && i > 0 && m50_alpha(p[i - 1]) &&
        (m50_alpha(p[i + 2]) || (p[i + 2] >= '0' && p[i + 2] <= '9'))) {
        *cp = '_';
        return 2;
    }
    size_t l = m50_rtf(p, i, n, cp);
    if (l)
        return l;
    uint8_t a = p[i + 1];
    /* a group of its own: "{\\"u}", "{\\l}", "{\\.Z}" (BibTeX's and LaTeX's way; ent66) */
    int group = i > 0 && p[i - 1] == '{';
    static const char special[][4] = {"ss", "o", "O", "l", "L", "ae", "AE", "aa", "AA", "i"};
    static const uint16_t special_cp[] = {0xDF, 0xF8, 0xD8, 0x142, 0x141,
                                          0xE6, 0xC6, 0xE5, 0xC5,  0x131};
    for (size_t k = 0; strchr("soOlLaAi", a) && k < sizeof special_cp / sizeof special_cp[0]; k++) {
        size_t w = strlen(special[k]);
        if (i + 2 + w < n && !memcmp(p + i + 1, special[k], w) && p[i + 1 + w] == '{' &&
            p[i + 2 + w] == '}') {
            *cp = special_cp[k];
            return w + 3;
        }
        if (group && i + 1 + w < n && !memcmp(p + i + 1, special[k], w) && p[i + 1 + w] == '}') {
            *cp = special_cp[k];
            return w + 1; /* the group's braces: anon_m50_group() */
        }
    }
    /* "\"{u}", "\c{c}": any accent with braces */
    if (i + 4 < n && p[i + 2] == '{' && p[i + 4] == '}' && (*cp = m50_compose(a, p[i + 3])) != 0)
        return 5;
    /* "M\"uller", "Jos\'e": a punctuation accent right before its letter inside a word. Not at a
     * word's start: "\"Anna\"" is a JSON string escaped twice. Not '.' or '=', which escape a
     * regex's dot ("example\.com") or an assignment. */
    group = group && i + 3 < n && p[i + 3] == '}';
    if (m50_alpha(a) || (!group && (a == '.' || a == '=')) || !m50_alpha(p[i + 2]) ||
        (!group && (i == 0 || !m50_alpha(p[i - 1]))))
        return 0;
    *cp = m50_compose(a, p[i + 2]);
    return *cp ? 3 : 0;
}

/* The escape at p[i] (l bytes, a letter) in a brace group of its own ("{\\"u}", "{\\'e}",
 * "{\\l}"): the group's length from its '{' at p[i - 1] to its '}', else 0 (ent66). */
size_t anon_m50_group(const uint8_t *p, size_t i, size_t l, size_t n)
{
    return i > 0 && p[i - 1] == '{' && i + l < n && p[i + l] == '}' ? l + 2 : 0;
}
