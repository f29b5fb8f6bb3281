/* engine_view.c: anon_find's entry, and the detection view. Text people paste renders like ASCII
 * but is not: no-break and other Unicode spaces between groups, non-breaking hyphens and dashes,
 * full-width forms, digits of other scripts, and invisible format characters inside a value. The
 * detectors run over a view of the text where those are their ASCII equivalents (or gone) and
 * each finding is mapped back to the original bytes, so the whole original span is replaced.
 * A quoted document's "> " marks at its line starts (an e-mail reply, a chat UI's quote; ">> ",
 * "> > ", ">" with no space) are gone in the view too, so every rule that looks for a line start
 * reads a quoted line as the line it quotes. Only texts holding such a character or mark pay for
 * the view; ASCII text without them never does. The view holds the text's PII: it is wiped
 * before it is freed.
 */
#include "anonymize/engine_internal.h"

#include <openssl/mem.h>
#if defined(__x86_64__)
#include <immintrin.h>
#elif defined(__SSE2__)
#include <emmintrin.h>
#endif
#include <string.h>
#include <strings.h>

#include "anonymize/nd_table.h"

#define NORM_KEEP (-1)
#define NORM_DROP 0
#define NORM_DOT (-2) /* a '.' where it joins ASCII letters or digits (dot_joins), else kept */

/* The digit a circled digit stands for ("④⑤③⑨ ①④⑧⑧ ...": a value typed with an input method's
 * symbol page, or decorated): ①-⑨ and ⓪, the double-circled ⓵-⓽, the negative ⓿ and ❶-❾, the
 * dingbat ➀-➈ and ➊-➒; NORM_KEEP for any other code point. */
static int circled_digit(uint32_t cp)
{
    if (cp < 0x2460 || cp > 0x2792)
        return NORM_KEEP;
    static const uint32_t one[] = {0x2460, 0x24F5, 0x2776, 0x2780, 0x278A};
    if (cp == 0x24EA || cp == 0x24FF)
        return '0';
    for (size_t k = 0; k < sizeof one / sizeof one[0]; k++)
        if (cp >= one[k] && cp < one[k] + 9)
            return (int)('1' + (cp - one[k]));
    return NORM_KEEP;
}

/* Is the 3-byte character at p[i] (i + 3 <= n) a circled digit? */
static int circled_at(const uint8_t *p, size_t i, size_t n)
{
    if (i + 3 > n || (p[i] != 0xE2) || (p[i + 1] & 0xC0) != 0x80 || (p[i + 2] & 0xC0) != 0x80)
        return 0;
    uint32_t cp = 0x2000u | (uint32_t)(p[i + 1] & 0x3F) << 6 | (p[i + 2] & 0x3F);
    return circled_digit(cp) != NORM_KEEP;
}

/* A circled digit at p[i] in a number: another one beside it, or one space, dash or dot between
 * ("+③③ ⑦ ⑦③ ...", "❸❹.①⑥⑤.②⑨.③"). A list's markers ("① Öffnen ② Speichern") stay: "1 Öffnen 2"
 * would read as a street and its number. */
static int circled_in_number(const uint8_t *p, size_t i, size_t n)
{
    return circled_at(p, i + 3, n) || (i >= 3 && circled_at(p, i - 3, n)) ||
           (i + 4 < n && p[i + 3] && strchr(" -.", p[i + 3]) && circled_at(p, i + 4, n)) ||
           (i >= 4 && p[i - 1] && strchr(" -.", p[i - 1]) && circled_at(p, i - 4, n));
}

/* What code point cp (>= 0x80) is in the detection view: an ASCII byte, NORM_DROP or
 * NORM_KEEP. */
static int norm_cp(uint32_t cp)
{
    if (cp < 0x660) /* Latin, Greek, Cyrillic, Hebrew...: the common case */
        return cp == 0xA0 ? ' ' : cp == 0xAD ? NORM_DROP : NORM_KEEP;
    if (cp >= 0x2000 && cp <= 0x206F) {
        if (cp <= 0x200A || cp == 0x202F || cp == 0x205F)
            return ' ';
        /* zero-width and bidi format characters: ZWSP..RLM, LRE..RLO, WJ, LRI..PDI */
        if (cp <= 0x200F || (cp >= 0x202A && cp <= 0x202E) || cp == 0x2060 ||
            (cp >= 0x2066 && cp <= 0x2069))
            return NORM_DROP;
        if ((cp >= 0x2010 && cp <= 0x2015) || cp == 0x2043) /* ... and the hyphen bullet */
            return '-';
        return cp == 0x2024 ? NORM_DOT : NORM_KEEP; /* the one-dot leader */
    }
    if (cp >= 0xFF01 && cp <= 0xFF5E) /* full-width ASCII: digits, ＠ ． ＋ （ ） and the rest */
        return (int)(cp - 0xFEE0);
    switch (cp) {
    case 0x2212:
    case 0xFE63:
        return '-';
    case 0x3000:
        return ' ';
    case 0xFEFF:
        return NORM_DROP;
    case 0xFE6B: /* the small commercial at */
        return '@';
    case 0x3002: /* ideographic, small and half-width full stops */
    case 0xFE52:
    case 0xFF61:
        return NORM_DOT;
    default:
        break;
    }
    /* the zero at or below cp; a digit when cp lies in its run of ten */
    size_t lo = 0, hi = sizeof nd_zero / sizeof nd_zero[0];
    if (cp < nd_zero[0])
        return NORM_KEEP;
    while (hi - lo > 1) {
        size_t mid = (lo + hi) / 2;
        if (nd_zero[mid] <= cp)
            lo = mid;
        else
            hi = mid;
    }
    return cp - nd_zero[lo] < 10 ? (int)('0' + (cp - nd_zero[lo])) : NORM_KEEP;
}

static size_t utf8_len(uint8_t c)
{
    return c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
}

/* Could a character with this UTF-8 lead byte differ in the detection view? (U+00A0/U+00AD,
 * digits of other scripts, U+2000-U+206F, U+2212, U+3000, U+3002, U+FE52, U+FE63, U+FE6B, U+FEFF,
 * U+FF01-U+FF5E, U+FF61.) The
 * letters of most scripts (C3-D8, D0-D1, E4-E9 ...) are skipped without decoding. */
static int norm_lead(uint8_t c)
{
    return c == 0xC2 || (c >= 0xD9 && c <= 0xDF) || (c >= 0xE0 && c <= 0xE3) || c == 0xEA ||
           c == 0xEF || c == 0xF0;
}

/* The view keeps every byte but the mapped characters, so view and original differ only by an
 * offset that changes after each mapped character: brk[k] = {view offset, original offset} from
 * where the two run in step. */
struct norm_brk {
    size_t v, o;
    size_t len; /* original bytes of the character mapped at view offset v - 1, 0 if dropped */
};

struct norm {
    char *view;
    size_t vlen;
    struct norm_brk *brk;
    size_t nbrk;
};

static size_t norm_orig(const struct norm *nm, size_t v)
{
    size_t lo = 0, hi = nm->nbrk; /* brk[0] is {0, 0} */
    while (hi - lo > 1) {
        size_t mid = (lo + hi) / 2;
        if (nm->brk[mid].v <= v)
            lo = mid;
        else
            hi = mid;
    }
    return nm->brk[lo].o + (v - nm->brk[lo].v);
}

/* What the detection view changes: len bytes at offset at become the ASCII byte m, or nothing
 * (m == NORM_DROP). */
struct norm_ent {
    size_t at;
    uint32_t len;
    int m;
};

/* The changes, in text order, collected while checking UTF-8 (characters) and then by
 * decode_scan() (encoded separators: those are ASCII, so the two never overlap). */
struct normpos {
    struct norm_ent *pos;
    size_t n, cap;
    struct norm_ent inl[32];
    int nomem;
    int quoted; /* a quote's marks ("> ", a space after them) are among the changes */
};

static void normpos_add(struct normpos *np, size_t at, size_t len, int m)
{
    if (np->n == np->cap) {
        size_t cap = np->cap * 2;
        struct norm_ent *q =
            np->pos == np->inl ? malloc(cap * sizeof *q) : realloc(np->pos, cap * sizeof *q);
        if (!q) {
            np->nomem = 1;
            return;
        }
        if (np->pos == np->inl)
            memcpy(q, np->inl, sizeof np->inl);
        np->pos = q;
        np->cap = cap;
    }
    np->pos[np->n++] = (struct norm_ent){at, (uint32_t)len, m};
}

static int is_alnum(uint8_t c);
static int is_digit(uint8_t c);

/* A middle dot U+00B7 at p[i] joining the groups of a value ("279\u00b720\u00b78926",
 * "BE19\u00b77062..."): ASCII letters or digits on both sides, a digit on one. Between letters it
 * is Catalan's "l\u00b7l" and stays. */
static int middot_joins(const uint8_t *p, size_t i, size_t n)
{
    if (i == 0 || i + 2 >= n || !is_alnum(p[i - 1]) || !is_alnum(p[i + 2]))
        return 0;
    return (p[i - 1] >= '0' && p[i - 1] <= '9') || (p[i + 2] >= '0' && p[i + 2] <= '9');
}

/* A dot-like character of l bytes at p[i] standing for the '.' of an address or a number
 * ("maria@posteo\u2024de", "82\u2024165\u202429\u20243", "gmx\u3002at"): an ASCII letter or digit
 * on both sides. In CJK prose the full stop ends a sentence before a CJK character and stays. */
static int dot_joins(const uint8_t *p, size_t i, size_t l, size_t n)
{
    return i > 0 && i + l < n && is_alnum(p[i - 1]) && is_alnum(p[i + l]);
}

/* Does a digit (ASCII, Arabic-Indic, Persian or full-width) end right before p[i]? An Arabic
 * comma or an ideographic comma there closes a number ("+۹۸ ۹۱۷ ۴۴۶ ۳۶۷۶، ..." ,
 * "090-1234-5678、...") and reads as ','; between words it stays. */
static int digit_before(const uint8_t *p, size_t i)
{
    return (i > 0 && is_digit(p[i - 1])) ||
           (i > 1 && ((p[i - 2] == 0xD9 && p[i - 1] >= 0xA0 && p[i - 1] <= 0xA9) ||
                      (p[i - 2] == 0xDB && p[i - 1] >= 0xB0 && p[i - 1] <= 0xB9))) ||
           (i > 2 && p[i - 3] == 0xEF && p[i - 2] == 0xBC && p[i - 1] >= 0x90 && p[i - 1] <= 0x99);
}

/* A combining mark (U+0300..U+036F) at p[i] stacked on an ASCII digit, with or without marks
 * between them: "4111\u0332 1111 ..." renders as the digit, underlined or struck through. Over a
 * letter it is an accent (NFD text) and stays. */
static int mark_on_digit(const uint8_t *p, size_t i)
{
    while (i >= 2 && (p[i - 2] == 0xCC || (p[i - 2] == 0xCD && p[i - 1] < 0xB0)))
        i -= 2;
    return i > 0 && is_digit(p[i - 1]);
}

/* The digit a superscript digit at p[i] stands for (U+00B9, U+00B2, U+00B3, U+2070,
 * U+2074..U+2079), with its length in *l; -1 for any other character. */
static int sup_digit(const uint8_t *p, size_t i, size_t n, size_t *l)
{
    if (i + 1 < n && p[i] == 0xC2 && (p[i + 1] == 0xB2 || p[i + 1] == 0xB3 || p[i + 1] == 0xB9)) {
        *l = 2;
        return p[i + 1] == 0xB9 ? 1 : p[i + 1] - 0xB0;
    }
    if (i + 2 < n && p[i] == 0xE2 && p[i + 1] == 0x81 &&
        (p[i + 2] == 0xB0 || (p[i + 2] >= 0xB4 && p[i + 2] <= 0xB9))) {
        *l = 3;
        return p[i + 2] - 0xB0;
    }
    return -1;
}

/* The superscript digit at p[i] (0 < i) in a run of them that reads as a number ("⁴¹¹⁵ ⁷²⁸⁹
 * ⁰⁷²⁴ ⁸⁵¹²", "³⁴⁸-⁵⁴-⁵¹³⁰"): two or more in a row, the run not glued to a letter or digit
 * before it. A power ("10¹²", "m²") or a footnote mark ("Keller¹") stays what it is. */
static int sup_in_number(const uint8_t *p, size_t i, size_t n)
{
    size_t l, j = i, run = 1;
    sup_digit(p, i, n, &l);
    int next = sup_digit(p, i + l, n, &l) >= 0;
    while (j >= 2 && run < 24) { /* back to the run's first character */
        if (j >= 2 && sup_digit(p, j - 2, n, &l) >= 0 && l == 2)
            j -= 2;
        else if (j >= 3 && sup_digit(p, j - 3, n, &l) >= 0 && l == 3)
            j -= 3;
        else
            break;
        run++;
    }
    /* an IBAN's check digits glued to its country code ("AT³² ²⁴⁰⁸ ...") */
    int cc = run + (size_t)next == 2 && j >= 2 && p[j - 1] >= 'A' && p[j - 1] <= 'Z' &&
             p[j - 2] >= 'A' && p[j - 2] <= 'Z' && (j == 2 || !is_alnum(p[j - 3])) &&
             anon_iban_country_len((char)p[j - 2], (char)p[j - 1]);
    return (next || run > 1) && (j == 0 || !is_alnum(p[j - 1]) || cc);
}

/* The UTF-8 character whose lead byte p[i] is above 0x7F: its length, 0 when it is not valid.
 * A character the detection view changes goes into np. */
static inline size_t utf8_char(const uint8_t *p, size_t i, size_t n, struct normpos *np)
{
    uint8_t c = p[i];
    size_t need;
    uint32_t cp;
    if (c >= 0xC2 && c <= 0xDF) {
        need = 1;
        cp = c & 0x1F;
    } else if (c >= 0xE0 && c <= 0xEF) {
        need = 2;
        cp = c & 0x0F;
    } else if (c >= 0xF0 && c <= 0xF4) {
        need = 3;
        cp = c & 0x07;
    } else {
        return 0;
    }
    if (n - i <= need)
        return 0;
    for (size_t k = 1; k <= need; k++) {
        if ((p[i + k] & 0xC0) != 0x80)
            return 0;
        cp = cp << 6 | (p[i + k] & 0x3F);
    }
    if ((need == 2 && (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF))) ||
        (need == 3 && (cp < 0x10000 || cp > 0x10FFFF)))
        return 0;
    int m;
    if (c == 0xE2 && (m = circled_digit(cp)) != NORM_KEEP) {
        if (circled_in_number(p, i, n))
            normpos_add(np, i, 3, m);
    } else if (norm_lead(c) && (m = norm_cp(cp)) != NORM_KEEP) {
        if (m != NORM_DOT)
            normpos_add(np, i, need + 1, m);
        else if (dot_joins(p, i, need + 1, n))
            normpos_add(np, i, need + 1, '.');
    } else if ((c == 0xCC || c == 0xCD) && cp <= 0x36F && mark_on_digit(p, i))
        normpos_add(np, i, need + 1, NORM_DROP);
    else if (cp == 0xB7 && middot_joins(p, i, n))
        normpos_add(np, i, 2, '-');
    else if ((cp == 0x60C || cp == 0x3001) && digit_before(p, i))
        normpos_add(np, i, need + 1, ',');
    else if ((cp == 0xB2 || cp == 0xB3 || cp == 0xB9 || cp == 0x2070 ||
              (cp >= 0x2074 && cp <= 0x2079)) &&
             sup_in_number(p, i, n))
        normpos_add(np, i, need + 1,
                    cp < 0x100 ? (cp == 0xB9 ? '1' : (int)('0' + cp - 0xB0))
                               : (int)('0' + cp - 0x2070));
    return need + 1;
}

/* UTF-8 validity from i (PCRE2 runs with NO_UTF_CHECK); 16 or 8 ASCII bytes at a time (with
 * AVX2, utf8_coded_avx2 below takes the text's blocks of 32). The characters the detection
 * view changes go into np. */
static int utf8_ok(const uint8_t *p, size_t i, size_t n, struct normpos *np)
{
    while (i < n) {
#ifdef __SSE2__
        if (i + 16 <= n &&
            !_mm_movemask_epi8(_mm_loadu_si128((const __m128i *)(const void *)(p + i)))) {
            i += 16;
            continue;
        }
#endif
        if (i + 8 <= n) {
            uint64_t w;
            memcpy(&w, p + i, 8);
            if (!(w & 0x8080808080808080ull)) {
                i += 8;
                continue;
            }
        }
        if (p[i] < 0x80) {
            i++;
            continue;
        }
        size_t k = utf8_char(p, i, n, np);
        if (!k)
            return 0;
        i += k;
    }
    return 1;
}

/* Encoded characters: a percent escape in a URL, an HTML entity, a JSON or JavaScript escape
 * pasted as text. The view decodes those that separate or join the groups of a value (the
 * spaces and dashes above, '+', '(', ')', '.', '@') or end it (quotes, ',' and ':': JSON sent in a
 * URL's query, "filter=%7B%22tel%22%3A%22%2B49..."), never an ASCII digit or letter: an id written
 * &#49;&#50;... stays what it is. Where a letter's code point is written whole (an HTML reference,
 * a \u escape: CODED_LETTERS) the letters of names' scripts are decoded too, and '&', '<', '>'
 * ("Ren&eacute; M&uuml;ller &lt;r.m@...&gt;"); in a mail's quoted-printable bytes and encoded
 * words (CODED_ANY) every character from U+00A0 on. A percent escape or \x escape is one byte of
 * something (UTF-8 or a legacy code page) and decodes no letter. */
enum { CODED_SEP = 0, CODED_LETTERS = 1, CODED_ANY = 2 };

static int letter_cp(uint32_t cp)
{
    return (cp >= 0xC0 && cp <= 0x24F && cp != 0xD7 && cp != 0xF7) || cp == 0xAA || cp == 0xBA ||
           (cp >= 0x370 && cp <= 0x52F) || (cp >= 0x1E00 && cp <= 0x1EFF);
}

static int coded_cp(uint32_t cp, int mode)
{
    if (cp < 0x80) {
        if (cp && strchr(" +()@-.\"',:", (int)cp))
            return (int)cp;
        return mode && cp && strchr("&<>", (int)cp) ? (int)cp : NORM_KEEP;
    }
    int m = norm_cp(cp);
    if (m == NORM_DROP || (m > 0 && strchr(" +()@-.", m)))
        return m;
    if ((mode == CODED_LETTERS && letter_cp(cp)) ||
        (mode == CODED_ANY && cp >= 0xA0 && !(cp >= 0xD800 && cp <= 0xDFFF)))
        return (int)cp;
    return NORM_KEEP;
}

static int hexval(uint8_t c)
{
    return c >= '0' && c <= '9'   ? c - '0'
           : c >= 'a' && c <= 'f' ? c - 'a' + 10
           : c >= 'A' && c <= 'F' ? c - 'A' + 10
                                  : -1;
}

/* The code point of the hex digits p[0 .. k), or -1. */
static long hexrun(const uint8_t *p, size_t k)
{
    long v = 0;
    for (size_t j = 0; j < k; j++) {
        int h = hexval(p[j]);
        if (h < 0)
            return -1;
        v = v << 4 | h;
    }
    return v;
}

static const struct {
    const char *name; /* between '&' and ';' */
    uint32_t cp;
} entities[] = {
    {"nbsp", 0xA0},     {"ensp", 0x2002},   {"emsp", 0x2003}, {"thinsp", 0x2009}, {"numsp", 0x2007},
    {"hairsp", 0x200A}, {"plus", '+'},      {"commat", '@'},  {"lpar", '('},      {"rpar", ')'},
    {"period", '.'},    {"hyphen", 0x2010}, {"dash", 0x2010}, {"ndash", 0x2013},  {"mdash", 0x2014},
    {"minus", 0x2212},  {"shy", 0xAD},      {"zwj", 0x200D},  {"zwnj", 0x200C},   {"quot", '"'},
    {"apos", '\''},     {"comma", ','},     {"colon", ':'},
};

/* Letters by their HTML names (HTML 4's Latin-1 names, HTML5's Latin Extended ones) and the
 * three escapes of markup, sorted by name (strcmp) for bsearch: what a page or a CMS writes for a
 * name's letters ("Ren&eacute; M&uuml;ller", "Wi&sacute;niewski", "M&uuml;ller &amp; Partner"). */
struct letter_ent {
    char name[8];
    uint32_t cp;
};
static const struct letter_ent letter_ents[] = {
    {"AElig", 0xC6},   {"Aacute", 0xC1},  {"Abreve", 0x102}, {"Acirc", 0xC2},   {"Agrave", 0xC0},
    {"Amacr", 0x100},  {"Aogon", 0x104},  {"Aring", 0xC5},   {"Atilde", 0xC3},  {"Auml", 0xC4},
    {"Cacute", 0x106}, {"Ccaron", 0x10C}, {"Ccedil", 0xC7},  {"Ccirc", 0x108},  {"Cdot", 0x10A},
    {"Dcaron", 0x10E}, {"Dstrok", 0x110}, {"ENG", 0x14A},    {"ETH", 0xD0},     {"Eacute", 0xC9},
    {"Ecaron", 0x11A}, {"Ecirc", 0xCA},   {"Edot", 0x116},   {"Egrave", 0xC8},  {"Emacr", 0x112},
    {"Eogon", 0x118},  {"Euml", 0xCB},    {"Gbreve", 0x11E}, {"Gcedil", 0x122}, {"Gcirc", 0x11C},
    {"Gdot", 0x120},   {"Hcirc", 0x124},  {"Hstrok", 0x126}, {"IJlig", 0x132},  {"Iacute", 0xCD},
    {"Icirc", 0xCE},   {"Idot", 0x130},   {"Igrave", 0xCC},  {"Imacr", 0x12A},  {"Iogon", 0x12E},
    {"Itilde", 0x128}, {"Iuml", 0xCF},    {"Jcirc", 0x134},  {"Kcedil", 0x136}, {"Lacute", 0x139},
    {"Lcaron", 0x13D}, {"Lcedil", 0x13B}, {"Lmidot", 0x13F}, {"Lstrok", 0x141}, {"Nacute", 0x143},
    {"Ncaron", 0x147}, {"Ncedil", 0x145}, {"Ntilde", 0xD1},  {"OElig", 0x152},  {"Oacute", 0xD3},
    {"Ocirc", 0xD4},   {"Odblac", 0x150}, {"Ograve", 0xD2},  {"Omacr", 0x14C},  {"Oslash", 0xD8},
    {"Otilde", 0xD5},  {"Ouml", 0xD6},    {"Racute", 0x154}, {"Rcaron", 0x158}, {"Rcedil", 0x156},
    {"Sacute", 0x15A}, {"Scaron", 0x160}, {"Scedil", 0x15E}, {"Scirc", 0x15C},  {"THORN", 0xDE},
    {"Tcaron", 0x164}, {"Tcedil", 0x162}, {"Tstrok", 0x166}, {"Uacute", 0xDA},  {"Ubreve", 0x16C},
    {"Ucirc", 0xDB},   {"Udblac", 0x170}, {"Ugrave", 0xD9},  {"Umacr", 0x16A},  {"Uogon", 0x172},
    {"Uring", 0x16E},  {"Utilde", 0x168}, {"Uuml", 0xDC},    {"Wcirc", 0x174},  {"Yacute", 0xDD},
    {"Ycirc", 0x176},  {"Yuml", 0x178},   {"Zacute", 0x179}, {"Zcaron", 0x17D}, {"Zdot", 0x17B},
    {"aacute", 0xE1},  {"abreve", 0x103}, {"acirc", 0xE2},   {"aelig", 0xE6},   {"agrave", 0xE0},
    {"amacr", 0x101},  {"amp", 0x26},     {"angst", 0xC5},   {"aogon", 0x105},  {"aring", 0xE5},
    {"atilde", 0xE3},  {"auml", 0xE4},    {"cacute", 0x107}, {"ccaron", 0x10D}, {"ccedil", 0xE7},
    {"ccirc", 0x109},  {"cdot", 0x10B},   {"dcaron", 0x10F}, {"dstrok", 0x111}, {"eacute", 0xE9},
    {"ecaron", 0x11B}, {"ecirc", 0xEA},   {"edot", 0x117},   {"egrave", 0xE8},  {"emacr", 0x113},
    {"eng", 0x14B},    {"eogon", 0x119},  {"eth", 0xF0},     {"euml", 0xEB},    {"fnof", 0x192},
    {"gacute", 0x1F5}, {"gbreve", 0x11F}, {"gcirc", 0x11D},  {"gdot", 0x121},   {"gt", 0x3E},
    {"hcirc", 0x125},  {"hstrok", 0x127}, {"iacute", 0xED},  {"icirc", 0xEE},   {"igrave", 0xEC},
    {"ijlig", 0x133},  {"imacr", 0x12B},  {"imath", 0x131},  {"imped", 0x1B5},  {"inodot", 0x131},
    {"iogon", 0x12F},  {"itilde", 0x129}, {"iuml", 0xEF},    {"jcirc", 0x135},  {"jmath", 0x237},
    {"kcedil", 0x137}, {"kgreen", 0x138}, {"lacute", 0x13A}, {"lcaron", 0x13E}, {"lcedil", 0x13C},
    {"lmidot", 0x140}, {"lstrok", 0x142}, {"lt", 0x3C},      {"nacute", 0x144}, {"napos", 0x149},
    {"ncaron", 0x148}, {"ncedil", 0x146}, {"ntilde", 0xF1},  {"oacute", 0xF3},  {"ocirc", 0xF4},
    {"odblac", 0x151}, {"oelig", 0x153},  {"ograve", 0xF2},  {"omacr", 0x14D},  {"ordf", 0xAA},
    {"ordm", 0xBA},    {"oslash", 0xF8},  {"otilde", 0xF5},  {"ouml", 0xF6},    {"racute", 0x155},
    {"rcaron", 0x159}, {"rcedil", 0x157}, {"sacute", 0x15B}, {"scaron", 0x161}, {"scedil", 0x15F},
    {"scirc", 0x15D},  {"szlig", 0xDF},   {"tcaron", 0x165}, {"tcedil", 0x163}, {"thorn", 0xFE},
    {"tstrok", 0x167}, {"uacute", 0xFA},  {"ubreve", 0x16D}, {"ucirc", 0xFB},   {"udblac", 0x171},
    {"ugrave", 0xF9},  {"umacr", 0x16B},  {"uogon", 0x173},  {"uring", 0x16F},  {"utilde", 0x169},
    {"uuml", 0xFC},    {"wcirc", 0x175},  {"yacute", 0xFD},  {"ycirc", 0x177},  {"yuml", 0xFF},
    {"zacute", 0x17A}, {"zcaron", 0x17E}, {"zdot", 0x17C},
};

static int letter_ent_cmp(const void *a, const void *b)
{
    return strcmp(((const struct letter_ent *)a)->name, ((const struct letter_ent *)b)->name);
}

/* The code point of the named letter p[0 .. k) (no '&', no ';'), or -1. */
static long letter_entity(const uint8_t *p, size_t k)
{
    struct letter_ent key;
    if (k < 2 || k > 7)
        return -1;
    for (size_t j = 0; j < k; j++) {
        if (!((p[j] | 0x20) >= 'a' && (p[j] | 0x20) <= 'z'))
            return -1;
        key.name[j] = (char)p[j];
    }
    key.name[k] = 0;
    const struct letter_ent *f =
        bsearch(&key, letter_ents, sizeof letter_ents / sizeof *letter_ents, sizeof *letter_ents,
                letter_ent_cmp);
    return f ? (long)f->cp : -1;
}

/* An HTML entity at p[0] == '&' (n bytes left): its length, and its code point in *cp. */
static size_t entity_at(const uint8_t *p, size_t n, uint32_t *cp)
{
    size_t e = 1;
    while (e < n && e < 12 && p[e] != ';')
        e++;
    if (e >= n || p[e] != ';' || e < 3)
        return 0;
    long v = -1;
    if (p[1] == '#' && (p[2] == 'x' || p[2] == 'X')) {
        v = e > 3 && e - 3 <= 6 ? hexrun(p + 3, e - 3) : -1;
    } else if (p[1] == '#') {
        v = 0;
        for (size_t j = 2; j < e && v >= 0; j++)
            v = p[j] >= '0' && p[j] <= '9' && v < 0x110000 ? v * 10 + (p[j] - '0') : -1;
    } else {
        for (size_t k = 0; k < sizeof entities / sizeof entities[0]; k++)
            if (strlen(entities[k].name) == e - 1 && memcmp(p + 1, entities[k].name, e - 1) == 0)
                v = entities[k].cp;
        if (v < 0)
            v = letter_entity(p + 1, e - 1);
    }
    if (v < 0 || v >= 0x110000)
        return 0;
    *cp = (uint32_t)v;
    return e + 1;
}

static int is_alnum(uint8_t c)
{
    return (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z');
}

/* A '+' that stands for a space: between letters, digits or parentheses in a URL query's value,
 * "tel=415+555+0132", "iban=SO13+6452+..." (what it follows back to the '=' is letters, digits,
 * '+', '(', ')', '-', '.' and percent escapes; the key before the '=' is a word). */
static int query_plus(const uint8_t *p, size_t i, size_t n)
{
    if (i == 0 || i + 1 >= n || !(is_alnum(p[i - 1]) || p[i - 1] == ')') ||
        !(is_alnum(p[i + 1]) || p[i + 1] == '(' || p[i + 1] == '%'))
        return 0;
    for (size_t j = i, k = 0; j > 0 && k < 64; j--, k++) {
        uint8_t c = p[j - 1];
        if (c == '=')
            return j >= 2 && (is_alnum(p[j - 2]) || p[j - 2] == '_');
        if (!(is_alnum(c) || c == '+' || c == '(' || c == ')' || c == '-' || c == '.' || c == '%'))
            return 0;
    }
    return 0;
}

/* The bytes decode_at() looks at: one load instead of ten compares in the per-text tail loop
 * of first_coded_from() */
static const uint8_t special_tab[256] = {
    ['%'] = 1,  ['&'] = 1, ['\\'] = 1, ['+'] = 1, ['\n'] = 1, ['\r'] = 1,
    [0x1B] = 1, ['<'] = 1, ['='] = 1,  ['['] = 1, ['*'] = 1,  ['`'] = 1};

static int is_special(uint8_t c)
{
    return special_tab[c];
}

static int is_digit(uint8_t c)
{
    return c >= '0' && c <= '9';
}

/* A line break inside a value (a wrapped terminal or PDF): "445-48-\n9790" and
 * "maria@\nexample.com" (the break goes), "(331)\n700-5220" and "+1 415 555\n0132" (a space;
 * the line ends in an area code in parentheses, or in digit groups after a '+' that starts
 * them, a "(0)" trunk among them: "+44 (0)113\n351 6199"). p[i] is '\n' or the '\r' of "\r\n";
 * returns the break's length and its view byte in *m, or 0. */
static size_t break_at(const uint8_t *p, size_t i, size_t l, size_t n, int *m);

/* A card or a dashed SSN wrapped inside a group ("4912 7615 \n9823 7895", "3423 025\n125 67022",
 * "085-0\n9-8375"): the digit groups on the break's two lines, after a word on the first line
 * and up to the end of the number on the next, read as one value only when their digits pass
 * its check (Luhn and an issuer range; an SSN's 3-2-4 with its two dashes and its rules). A
 * column of numbers, each on its own line, has no word before it and stays. */
static int wrapped_value_at(const uint8_t *p, size_t i, size_t l, size_t n)
{
    size_t a = i, b = i + l, digits = 0, dashes = 0;
    char d[24];
    if (a > 0 && p[a - 1] == ' ')
        a--;
    if (a == 0 || !is_digit(p[a - 1]) || b >= n || !is_digit(p[b]))
        return 0;
    /* a break right after a whole group of four or six is a separator the patterns read */
    if (a == i) {
        size_t g = i;
        while (g > 0 && is_digit(p[g - 1]))
            g--;
        if (i - g == 4 || i - g == 6)
            return 0;
    }
    while (a > 0 && i - a < 28 && (is_digit(p[a - 1]) || p[a - 1] == ' ' || p[a - 1] == '-'))
        a--;
    while (a < i && !is_digit(p[a]))
        a++;
    /* a word before it on its line: "is 4912 ...", "SSN: 085-0" */
    if (a < 2 || !(p[a - 1] == ' ' || p[a - 1] == ':') ||
        !(is_alnum(p[a - 2]) || p[a - 2] == ':' || p[a - 2] >= 0x80) || is_digit(p[a - 2]))
        return 0;
    while (b < n && b - i < 28 && (is_digit(p[b]) || p[b] == ' ' || p[b] == '-'))
        b++;
    while (b > i + l && !is_digit(p[b - 1]))
        b--;
    if (b < n && (is_alnum(p[b]) || p[b] >= 0x80))
        return 0;
    size_t dash_at[2] = {0, 0}; /* where the first two dashes fall among the digits */
    for (size_t k = a; k < b; k++) {
        if (is_digit(p[k])) {
            if (digits == sizeof d)
                return 0;
            d[digits++] = (char)p[k];
        }
        if (p[k] == '-' && dashes < 2)
            dash_at[dashes] = digits;
        dashes += p[k] == '-';
    }
    if (dashes && !(dashes == 2 && dash_at[0] == 3 && dash_at[1] == 5))
        return 0; /* "1969-07-30\n5) ..." is a date and a list's next item */
    if (digits >= 13 && digits <= 19 && !dashes)
        return anon_v_luhn(d, digits) != 0;
    return digits == 9 && dashes == 2 && anon_v_us_ssn(d, digits) != 0;
}

static int is_upper_alnum(uint8_t c)
{
    return is_digit(c) || (c >= 'A' && c <= 'Z');
}

/* A card or an IBAN wrapped between its groups onto a line that opens with an e-mail's quote
 * marks or a Markdown item's indent ("> The card is 4732 4399\n> 1547 4826", "- IBAN: GB31 UJYY
 * 3721 2257\n  3821 17"): the break and the marks read as one space when the groups before it,
 * after a word on their line, and the groups after it join to digits that pass Luhn (13-19) or
 * to an IBAN that passes mod 97. The break is at p[i], l bytes; returns the marks' length. */
static size_t quoted_wrap_at(const uint8_t *p, size_t i, size_t l, size_t n)
{
    size_t q = i + l, a = i, b;
    if (p[q - 1] != '\n')
        return 0;
    if (a > 1 && p[a - 1] == ' ' && p[a - 2] != ' ') /* "NL74 IYFG \n  5379": a space left */
        a--;
    while (q < n && q - i - l < 8 && (p[q] == '>' || p[q] == ' '))
        q++;
    if (q == i + l || q >= n || !is_upper_alnum(p[q]) || a == 0 || !is_upper_alnum(p[a - 1]))
        return 0;
    /* back over the groups on the break's line: single spaces between groups of 2 to 6 */
    size_t gs[8], ng = 0;
    while (a > 0 && ng < 8) {
        size_t g = a;
        while (g > 0 && a - g < 7 && is_upper_alnum(p[g - 1]))
            g--;
        if (a - g < 2 || a - g > 6 || (g > 0 && is_upper_alnum(p[g - 1])))
            break;
        gs[ng++] = g;
        if (g < 2 || p[g - 1] != ' ' || !is_upper_alnum(p[g - 2]) || i - g > 30)
            break;
        a = g - 1;
    }
    /* the value from its first group: an IBAN's country code, or digits alone; a word before
     * it on its line ("is 4732", "IBAN**: GB31", "IBAN GB31"), no number */
    char v[48];
    size_t k = 0, start = i;
    int iban = 0;
    while (ng > 0 && start == i) {
        size_t g = gs[--ng];
        int cc = !is_digit(p[g]) && !is_digit(p[g + 1]) && is_digit(p[g + 2]) &&
                 (is_digit(p[g + 3]) || p[g + 3] == ' ');
        int digits = 1;
        for (size_t t = g; t < i; t++)
            digits &= is_digit(p[t]) || p[t] == ' ';
        if (cc || digits) {
            start = g;
            iban = cc;
        }
    }
    if (start == i || start < 2 || !(p[start - 1] == ' ' || p[start - 1] == ':'))
        return 0;
    uint8_t w = p[start - 2];
    if (is_digit(w) || !(is_alnum(w) || w == ':' || w == '*' || w >= 0x80))
        return 0;
    for (a = start; a < i; a++)
        if (p[a] != ' ')
            v[k++] = (char)p[a];
    for (b = q; b < n && k < sizeof v && (is_upper_alnum(p[b]) || p[b] == ' '); b++) {
        if (p[b] == ' ') {
            if (b + 1 >= n || !is_upper_alnum(p[b + 1]))
                break;
            continue;
        }
        if (!iban && !is_digit(p[b]))
            break;
        v[k++] = (char)p[b];
        if (iban ? anon_v_iban(v, k) != 0 : k >= 13 && k <= 19 && anon_v_luhn(v, k) != 0) {
            if (b + 1 < n && (is_alnum(p[b + 1]) || p[b + 1] >= 0x80))
                continue; /* the group goes on */
            return q - i - l;
        }
    }
    return 0;
}

/* The quote marks that open the line at p[j] (after a line break or at the text's start): one to
 * eight levels of '>', each with one space after it or none ("> ", ">> ", "> > ", ">"), so the
 * quoted line's own indent stays; Python's prompt is no quote. Their length, or 0. */
static size_t quote_at(const uint8_t *p, size_t j, size_t n)
{
    size_t q = j;
    for (int lv = 0; lv < 8 && q < n && p[q] == '>'; lv++)
        q += 1 + (q + 1 < n && p[q + 1] == ' ');
    if (q - j == 4 && p[j + 1] == '>' && p[j + 2] == '>') /* Python's prompt, ">>> " */
        return 0;
    return q - j;
}

static size_t wrap_at(const uint8_t *p, size_t i, size_t n, int *m)
{
    size_t l = p[i] == '\r' ? 2 : 1;
    if (l == 2 && (i + 1 >= n || p[i + 1] != '\n'))
        return 0;
    if (l == 2 && (l = anon_m50_fold_at(p, i, n)) != 0) { /* an ICS or vCard fold: markup50.c */
        *m = NORM_DROP;
        return l;
    }
    l = p[i] == '\r' ? 2 : 1;
    size_t r = break_at(p, i, l, n, m), ind = 0;
    /* a terminal or a mail client indents the continuation ("+49 151 1234\n        5678"): the
     * indent goes with the break when what follows it is taken */
    while (!r && i + l + ind < n && ind < 12 && (p[i + l + ind] == ' ' || p[i + l + ind] == '\t'))
        ind++;
    if (ind && i + l + ind < n && is_digit(p[i + l + ind]))
        r = break_at(p, i, l + ind, n, m);
    if (!r && wrapped_value_at(p, i, l, n)) {
        *m = NORM_DROP;
        r = l;
    }
    if (!r && (r = quoted_wrap_at(p, i, l, n)) != 0) {
        *m = i > 0 && p[i - 1] == ' ' ? NORM_DROP : ' '; /* the line's own space is the one */
        r += l;
    }
    /* a quoted line: the break stays, its quote marks go ("\r\n> ": at the '\n'); not between
     * digits, where quoted_wrap_at() alone says whether the groups join */
    if (!r && p[i] == '\n' && (r = quote_at(p, i + 1, n)) != 0) {
        if (i > 0 && i + 1 + r < n && is_digit(p[i + 1 + r]) &&
            (is_digit(p[i - 1]) || (i > 1 && p[i - 1] == ' ' && is_digit(p[i - 2]))))
            return 0;
        *m = '\n';
        r += 1;
    }
    return r;
}

/* An HTML line break <br>, <br/> or <br /> inside a value (a table cell or a PDF converted to
 * HTML): "(944) 225-<br>2737" reads like a wrapped line; "6228<br>2725<br>5565<br>1742" and
 * "UA77<br>6669<br>71S3" read with a space between groups of letters and digits, a digit on one
 * side ("Name<br>Street" stays). */
static size_t br_at(const uint8_t *p, size_t i, size_t n, int *m)
{
    static const char *const tags[] = {"<br>", "<br/>", "<br />"};
    size_t l = 0;
    for (size_t k = 0; k < 3 && !l; k++) {
        size_t tl = strlen(tags[k]);
        if (i + tl < n && (p[i + 1] | 0x20) == 'b' && (p[i + 2] | 0x20) == 'r' &&
            memcmp(p + i + 3, tags[k] + 3, tl - 3) == 0)
            l = tl;
    }
    if (!l || i == 0)
        return 0;
    if (break_at(p, i, l, n, m))
        return l;
    uint8_t a = p[i - 1], b = p[i + l];
    if (!is_alnum(a) || !is_alnum(b) || !(is_digit(a) || is_digit(b)))
        return 0;
    /* the group before it as long as a card's or an IBAN's (4, Amex 6): a shorter one is a
     * house number ending an address line ("Karlova 42<br>602 00 Brno") */
    size_t g = i;
    while (g > 0 && i - g <= 6 && is_alnum(p[g - 1]))
        g--;
    if (i - g < 4 || i - g > 6)
        return 0;
    *m = ' ';
    return l;
}

/* Do the l bytes of markup at p[i] stand inside a value? A letter, digit or '@' on each side (a
 * '+' after it), a digit or the '@' among the two, one space at most between the markup and one
 * of them, or a digit on one side and a dash right on the other: "**4539** 1488", "1488 `0343`
 * 6467", "<span>+49</span> 170", "maria</b>@<b>posteo". Words in bold ("the **new** card") have no
 * digit beside them and keep their marks. */
static int inside_value(const uint8_t *p, size_t i, size_t l, size_t n)
{
    size_t a = i, b = i + l;
    int sp = 0;
    if (a >= 2 && p[a - 1] == ' ')
        a--, sp++;
    if (b + 1 < n && p[b] == ' ')
        b++, sp++;
    if (a == 0 || b >= n || sp > 1)
        return 0;
    uint8_t x = p[a - 1], y = p[b];
    if (x == '-' && a == i && is_digit(y)) /* an SSN's group: "536-**22**-8451" */
        return 1;
    if (y == '-' && b == i + l && is_digit(x))
        return 1;
    if (!(is_alnum(x) || x == '@') || !(is_alnum(y) || y == '@' || y == '+'))
        return 0;
    return is_digit(x) || is_digit(y) || x == '@' || y == '@';
}

/* Markdown emphasis or inline code inside a value at p[i] ('*' or '`', a run of up to three),
 * what a chat renders away ("**4539** 1488 0343 6467", "536-`22`-8451"): its length, or 0. Right
 * after a letter it stays (the first pass looks at marks after a digit, '@' or a space only; see
 * utf8_coded_avx2). */
static size_t md_mark_at(const uint8_t *p, size_t i, size_t n)
{
    size_t r = 1;
    while (i + r < n && r < 4 && p[i + r] == p[i])
        r++;
    if (i == 0 || r > 3 || p[i - 1] == p[i] ||
        !(is_digit(p[i - 1]) || p[i - 1] == '@' || p[i - 1] == ' ' || p[i - 1] == '-'))
        return 0;
    /* a digit before it: after a word a star is a birth mark ("Doyle *26-01-1992") */
    size_t j = p[i - 1] == ' ' && i >= 2 ? i - 1 : i;
    if (!(is_digit(p[j - 1]) || p[j - 1] == '-' || p[j - 1] == '@'))
        return 0;
    return inside_value(p, i, r, n) ? r : 0;
}

/* An inline HTML tag inside a value at p[i] == '<' ("<span>+49</span> 170 ...", "4539
 * <b>1488</b> ..."): b, i, u, s, em, strong, span, code, mark, small, tt, kbd, font, opening (with
 * attributes on one line) or closing. They render without a space, so the view drops them; block
 * tags (td, p, div, li) end a value and stay. Its length, or 0. */
static size_t tag_at(const uint8_t *p, size_t i, size_t n)
{
    static const char *const tags[] = {"b",    "i",    "u",     "s",  "em",  "strong", "span",
                                       "code", "mark", "small", "tt", "kbd", "font",   NULL};
    size_t j = i + 1, s;
    int closing = j < n && p[j] == '/';
    j += (size_t)closing;
    for (s = j; j < n && j - s < 7 && (p[j] | 0x20) >= 'a' && (p[j] | 0x20) <= 'z'; j++)
        ;
    if (j == s || j >= n)
        return 0;
    size_t k = 0;
    for (; tags[k]; k++)
        if (strlen(tags[k]) == j - s && strncasecmp((const char *)p + s, tags[k], j - s) == 0)
            break;
    if (!tags[k])
        return 0;
    if (!closing && p[j] == ' ')
        while (j < n && j - s < 96 && p[j] != '>' && p[j] != '<' && p[j] != '\n')
            j++;
    if (j >= n || p[j] != '>')
        return 0;
    return inside_value(p, i, j + 1 - i, n) ? j + 1 - i : 0;
}

/* Do the bytes before p[i] end digit groups that a '+' opens ("+1 415 555", "+44 (0)113"), the
 * '+' after no letter or digit? */
static int plus_groups_end(const uint8_t *p, size_t i)
{
    size_t j = i, groups = 0;
    while (j > 0 && i - j < 24 &&
           (is_digit(p[j - 1]) || p[j - 1] == ' ' || p[j - 1] == '(' || p[j - 1] == ')')) {
        groups += p[j - 1] == ' ';
        j--;
    }
    return !(
        j == 0 || p[j - 1] != '+' || groups == 0 || !is_digit(p[j]) ||
        (j >= 2 && (is_digit(p[j - 2]) || ((p[j - 2] | 0x20) >= 'a' && (p[j - 2] | 0x20) <= 'z'))));
}

/* A line break of l bytes at p[i]: see wrap_at(). */
static size_t break_at(const uint8_t *p, size_t i, size_t l, size_t n, int *m)
{
    if (i < 2 || i + l >= n)
        return 0;
    uint8_t a = p[i - 1], b = p[i + l];
    if (a == '-' && is_digit(p[i - 2]) && is_digit(b)) {
        *m = NORM_DROP;
        return l;
    }
    if (a == '@' && (is_digit(b) || ((b | 0x20) >= 'a' && (b | 0x20) <= 'z')) &&
        (is_digit(p[i - 2]) || ((p[i - 2] | 0x20) >= 'a' && (p[i - 2] | 0x20) <= 'z') ||
         strchr("._+-", p[i - 2]))) {
        *m = NORM_DROP;
        return l;
    }
    if (a == ' ' && is_digit(b) && is_digit(p[i - 2])) {
        /* "+49 151 \n234 5678": the line ends in a space after the groups; the break goes */
        if (!plus_groups_end(p, i - 1))
            return 0;
        *m = NORM_DROP;
        return l;
    }
    if (!is_digit(b) || !(a == ')' || is_digit(a)))
        return 0;
    /* an SSN broken after its first group, "SSN: 282\n31-9688": the break is its dash (the
     * group after a word, not alone on its line: a column of numbers stays) */
    if (i >= 4 && is_digit(p[i - 2]) && is_digit(p[i - 3]) &&
        (p[i - 4] == ' ' || p[i - 4] == ':') && i + l + 7 <= n && is_digit(p[i + l + 1]) &&
        p[i + l + 2] == '-' && is_digit(p[i + l + 3]) && is_digit(p[i + l + 4]) &&
        is_digit(p[i + l + 5]) && is_digit(p[i + l + 6]) &&
        (i + l + 7 == n || !is_alnum(p[i + l + 7]))) {
        *m = '-';
        return l;
    }
    /* back over the line's last digit groups: "(331)" or "+1 415 555" */
    size_t j;
    if (a == ')') {
        for (j = i - 1; j > 0 && is_digit(p[j - 1]) && i - j < 7; j--)
            ;
        if (j == 0 || j == i - 1 || p[j - 1] != '(')
            return 0;
        *m = ' ';
        return l;
    }
    if (!plus_groups_end(p, i))
        return 0;
    *m = ' ';
    return l;
}

/* A quoted-printable soft line break ("=" at a line's end) or a no-break space or dash in it
 * ("=C2=A0", "=E2=80=AF", "=E2=80=91") at p[i] == '=': an e-mail's raw source, pasted. A soft
 * break goes where a digit stands beside it and digits, blanks or dashes on both sides ("4845
 * 5969=\n 9108 2783"), or inside an address ("maria.keller@exam=\nple.com"): a line of an env file
 * ("DB_PASSWORD=\nDB_HOST=...") is no such break. An encoded character counts when it is not
 * ASCII ("=20", "=40" are no encoder's output, "limit=20" is a query). Its length, or 0. */
/* Is "=40" at p[i] an encoded '@' between an address's local part and its host ("maria=40
 * example.com": Q-encoded headers and some mailers write it)? The local part starts with a letter
 * and follows no query or key separator ("?limit=40", "&size=40"), the host is labels, dots and
 * a last label of letters that is no file's extension ("width=40px", "id=40.5", "f=40img.png"). */
static int qp_email_at(const uint8_t *p, size_t i, size_t n)
{
    static const char *const ext[] = {"png", "jpg",  "jpeg", "gif", "svg", "pdf",  "txt",
                                      "csv", "json", "yaml", "yml", "xml", "html", "htm",
                                      "js",  "css",  "py",   "md",  "log", "zip",  "gz",
                                      "tar", "exe",  "dll",  "so",  "sh",  NULL};
    size_t j = i;
    while (j > 0 && i - j < 64 &&
           (is_alnum(p[j - 1]) || p[j - 1] == '.' || p[j - 1] == '_' || p[j - 1] == '-' ||
            p[j - 1] == '+'))
        j--;
    if (i - j < 2 || !((p[j] | 0x20) >= 'a' && (p[j] | 0x20) <= 'z') ||
        (j > 0 && (p[j - 1] >= 0x80 || strchr("?&;=/@:#", p[j - 1]))))
        return 0;
    size_t k = i + 3, dots = 0, last = k;
    for (; k < n && k - i < 256 && (is_alnum(p[k]) || p[k] == '-' || p[k] == '.'); k++)
        if (p[k] == '.' && k + 1 < n && is_alnum(p[k + 1]))
            dots++, last = k + 1;
    if (!dots || last == i + 3 || k - last < 2 || (k < n && (p[k] >= 0x80 || p[k] == '@')))
        return 0;
    for (size_t q = last; q < k; q++)
        if (!((p[q] | 0x20) >= 'a' && (p[q] | 0x20) <= 'z'))
            return 0;
    for (size_t e = 0; ext[e]; e++)
        if (strlen(ext[e]) == k - last &&
            strncasecmp((const char *)p + last, ext[e], k - last) == 0)
            return 0;
    return 1;
}

static int is_upper_hex(uint8_t c)
{
    return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'F');
}

static int is_lower(uint8_t c)
{
    return c >= 'a' && c <= 'z';
}

/* Does the text around p[i] show a mail's quoted-printable source: a UTF-8 character in it
 * ("=C3=BC") or its transfer encoding named ("quoted-printable")? Asked only at a soft break
 * between letters and at a Latin-1 byte ("J=F6rg"), which read alike in an env file ("KEY=\n",
 * "COLOR=FF0000"). */
static int qp_evidence(const uint8_t *p, size_t i, size_t n)
{
    size_t a = i > 8192 ? i - 8192 : 0, b = n - i > 8192 ? i + 8192 : n;
    for (const uint8_t *q = p + a; b - (size_t)(q - p) > 5;) {
        q = memchr(q, '=', b - (size_t)(q - p) - 5);
        if (!q)
            break;
        if (q[1] >= 'C' && q[1] <= 'F' && is_upper_hex(q[2]) && q[3] == '=' && q[4] >= '8' &&
            q[4] <= 'B' && is_upper_hex(q[5]))
            return 1;
        q++;
    }
    static const char *const names[] = {"quoted-printable", "Quoted-Printable", "QUOTED-PRINTABLE"};
    for (size_t k = 0; k < 3; k++)
        if (memmem(p + a, b - a, names[k], 16))
            return 1;
    return 0;
}

/* A character written in quoted-printable at p[i] == '=': the UTF-8 bytes of one character
 * ("=C3=BC", "=E2=80=AF"), or one Latin-1 letter beside a lower-case letter where the text shows
 * quoted-printable ("J=F6rg", "Ren=E9"). Its length and code point, or 0. */
static size_t qp_char(const uint8_t *p, size_t i, size_t n, uint32_t *cp)
{
    uint8_t u[3];
    size_t k = 0, want = 1;
    for (; k < want && i + 3 * k + 2 < n && p[i + 3 * k] == '='; k++) {
        if (!is_upper_hex(p[i + 3 * k + 1]) || !is_upper_hex(p[i + 3 * k + 2]))
            break;
        u[k] = (uint8_t)hexrun(p + i + 3 * k + 1, 2);
        if (k == 0) {
            if (u[0] < 0x80)
                return 0;
            want = u[0] >= 0xC2 && u[0] <= 0xDF ? 2 : u[0] >= 0xE0 && u[0] <= 0xEF ? 3 : 1;
        } else if ((u[k] & 0xC0) != 0x80) {
            break;
        }
    }
    if (k == want && want > 1) {
        uint32_t c = want == 2 ? (uint32_t)(u[0] & 0x1F) << 6 | (u[1] & 0x3F)
                               : (uint32_t)(u[0] & 0x0F) << 12 | (uint32_t)(u[1] & 0x3F) << 6 |
                                     (u[2] & 0x3F);
        if (c < (want == 2 ? 0x80u : 0x800u) || (c >= 0xD800 && c <= 0xDFFF))
            return 0;
        *cp = c;
        return 3 * want;
    }
    /* one byte of a legacy code page: a Latin-1 letter inside a lower-case word */
    if (k >= 1 && u[0] >= 0xC0 && u[0] != 0xD7 && u[0] != 0xF7 &&
        ((i > 0 && is_lower(p[i - 1])) || (i + 3 < n && is_lower(p[i + 3]))) &&
        qp_evidence(p, i, n)) {
        *cp = u[0];
        return 3;
    }
    return 0;
}

/* Does a quoted-printable character or an ASCII letter end at p[i - 1]? */
static int qp_letter_before(const uint8_t *p, size_t i)
{
    return (i > 0 && ((p[i - 1] | 0x20) >= 'a' && (p[i - 1] | 0x20) <= 'z')) ||
           (i >= 3 && p[i - 3] == '=' && is_upper_hex(p[i - 2]) && is_upper_hex(p[i - 1]) &&
            p[i - 2] >= '8');
}

static size_t qp_at(const uint8_t *p, size_t i, size_t n, int *m)
{
    size_t l = i + 1 < n && p[i + 1] == '\n'                       ? 2
               : i + 2 < n && p[i + 1] == '\r' && p[i + 2] == '\n' ? 3
                                                                   : 0;
    if (l) {
        if (i == 0 || i + l >= n)
            return 0;
        uint8_t a = p[i - 1], b = p[i + l];
        int da = is_digit(a) || a == ' ' || a == '-', db = is_digit(b) || b == ' ' || b == '-';
        if (!(da && db && (is_digit(a) || is_digit(b)))) {
            /* inside a word: "Kunden=\nakte", "Na=\ngy", "R=C3=\n=A1cz" (a name an encoder
             * wrapped at its 76th column) */
            int word = qp_letter_before(p, i) &&
                       (((b | 0x20) >= 'a' && (b | 0x20) <= 'z') ||
                        (b == '=' && i + l + 2 < n && is_upper_hex(p[i + l + 1]) &&
                         is_upper_hex(p[i + l + 2]) && p[i + l + 1] >= '8'));
            if (word && qp_evidence(p, i, n)) {
                *m = NORM_DROP;
                return l;
            }
            if (!is_alnum(a) || !(is_alnum(b) || b == '.'))
                return 0;
            size_t j = i;
            while (j > 0 && i - j < 64 && p[j - 1] != '@' && p[j - 1] > ' ')
                j--;
            if (j == 0 || p[j - 1] != '@')
                return 0;
        }
        *m = NORM_DROP;
        return l;
    }
    if (i + 3 < n && p[i + 1] == '4' && p[i + 2] == '0') {
        if (!qp_email_at(p, i, n))
            return 0;
        *m = '@';
        return 3;
    }
    uint32_t cp;
    size_t k = qp_char(p, i, n, &cp);
    if (!k)
        return 0;
    *m = coded_cp(cp, CODED_ANY);
    return *m == NORM_KEEP ? 0 : k;
}

/* An RFC 2047 encoded word's opening at p[i] == '=' ("=?UTF-8?Q?", "=?iso-8859-1?B?"): its
 * length, the encoding ('Q' or 'B') in *enc and in *latin1 whether its charset is a Latin-1 one;
 * 0 for other charsets, which the view leaves. */
static size_t ew_open(const uint8_t *p, size_t i, size_t n, int *enc, int *latin1)
{
    static const struct {
        const char *name;
        int latin1;
    } cs[] = {{"utf-8", 0},      {"utf8", 0},        {"us-ascii", 0},
              {"iso-8859-1", 1}, {"iso-8859-15", 1}, {"windows-1252", 1},
              {"iso_8859-1", 1}, {"latin1", 1},      {"cp1252", 1}};
    if (i + 6 >= n || p[i + 1] != '?')
        return 0;
    size_t j = i + 2;
    while (j < n && j - i < 20 && p[j] != '?')
        j++;
    if (j + 2 >= n || p[j] != '?' || p[j + 2] != '?')
        return 0;
    int e = p[j + 1] & ~0x20;
    if (e != 'Q' && e != 'B')
        return 0;
    for (size_t k = 0; k < sizeof cs / sizeof cs[0]; k++)
        if (strlen(cs[k].name) == j - i - 2 &&
            strncasecmp((const char *)p + i + 2, cs[k].name, j - i - 2) == 0) {
            *enc = e;
            *latin1 = cs[k].latin1;
            return j + 3 - i;
        }
    return 0;
}

static int b64val(uint8_t c)
{
    return c >= 'A' && c <= 'Z'   ? c - 'A'
           : c >= 'a' && c <= 'z' ? c - 'a' + 26
           : c >= '0' && c <= '9' ? c - '0' + 52
           : c == '+'             ? 62
           : c == '/'             ? 63
                                  : -1;
}

/* The characters of a B-encoded word's payload p[a .. b) into np, each over the slice of base64
 * that holds its bytes (a UTF-8 character of k bytes has at least k base64 bytes: the view is
 * never longer). 0 when it is no base64 of valid text. */
static int ew_b64(const uint8_t *p, size_t a, size_t b, int latin1, struct normpos *np)
{
    uint8_t d[192];
    size_t nd = 0, bits = 0;
    uint32_t acc = 0;
    size_t e = b;
    while (e > a && p[e - 1] == '=')
        e--;
    if ((e - a) * 3 / 4 > sizeof d)
        return 0;
    for (size_t j = a; j < e; j++) {
        int v = b64val(p[j]);
        if (v < 0)
            return 0;
        acc = acc << 6 | (uint32_t)v;
        bits += 6;
        if (bits >= 8) {
            bits -= 8;
            d[nd++] = (uint8_t)(acc >> bits);
        }
    }
    size_t before = np->n;
    for (size_t k = 0; k < nd;) {
        uint32_t cp = d[k];
        size_t l = 1;
        if (!latin1 && cp >= 0x80) {
            l = cp >= 0xC2 && cp <= 0xDF ? 2 : cp >= 0xE0 && cp <= 0xEF ? 3 : 0;
            if (!l || k + l > nd) {
                np->n = before;
                return 0;
            }
            cp = l == 2 ? (cp & 0x1F) << 6 : (cp & 0x0F) << 12;
            for (size_t q = 1; q < l; q++) {
                if ((d[k + q] & 0xC0) != 0x80) {
                    np->n = before;
                    return 0;
                }
                cp |= (uint32_t)(d[k + q] & 0x3F) << (6 * (l - 1 - q));
            }
        }
        if (cp < 0x20 || (cp >= 0x7F && cp < 0xA0)) {
            np->n = before;
            return 0;
        }
        size_t s = a + k * 4 / 3, t = k + l == nd ? b : a + (k + l) * 4 / 3;
        normpos_add(np, s, t - s, (int)cp);
        k += l;
    }
    return 1;
}

/* An RFC 2047 encoded word at p[i] (ew_open() > 0) into np, as the header reads: the opening
 * and "?=" go (with the blanks between two encoded words), '_' is a space, "=XX" the character
 * whose bytes it writes, base64 its text. Its length, or 0 (not a whole encoded word). */
static size_t ew_scan(const uint8_t *p, size_t i, size_t n, struct normpos *np)
{
    int enc, latin1;
    size_t o = ew_open(p, i, n, &enc, &latin1), a = i + o, b = a;
    if (!o)
        return 0;
    while (b + 1 < n && b - a < 256 && !(p[b] == '?' && p[b + 1] == '=') && p[b] > ' ')
        b++;
    if (b + 1 >= n || p[b] != '?' || p[b + 1] != '=' || b == a)
        return 0;
    size_t before = np->n;
    normpos_add(np, i, o, NORM_DROP);
    if (enc == 'B') {
        if (!ew_b64(p, a, b, latin1, np)) {
            np->n = before;
            return 0;
        }
    } else {
        for (size_t j = a; j < b; j++) {
            if (p[j] == '_') {
                normpos_add(np, j, 1, ' ');
            } else if (p[j] == '=' && j + 2 < b && is_upper_hex(p[j + 1]) &&
                       is_upper_hex(p[j + 2])) {
                long v = hexrun(p + j + 1, 2);
                uint32_t cp = (uint32_t)v;
                size_t l = 3;
                if (v >= 0x80 && !latin1 && !(l = qp_char(p, j, b, &cp)))
                    break;
                if (cp < 0x20 || (cp >= 0x7F && cp < 0xA0))
                    break;
                normpos_add(np, j, l, (int)cp);
                j += l - 1;
            }
        }
    }
    /* "?=", and the blanks up to a next encoded word (RFC 2047: they are not part of the text) */
    size_t e = b + 2, w = e;
    while (w < n && (p[w] == ' ' || p[w] == '\t' || p[w] == '\r' || p[w] == '\n') && w - e < 8)
        w++;
    int en2, l2;
    if (w > e && w < n && p[w] == '=' && ew_open(p, w, n, &en2, &l2))
        e = w;
    normpos_add(np, b, e - b, NORM_DROP);
    return e - i;
}

/* An ANSI colour or cursor sequence at p[i] (ESC '[' parameters, a final byte): a terminal log
 * highlights a match or a key with them, "\x1b[32m2202\x1b[0m-7720-...", "phone=\x1b[0m415...".
 * Its length, or 0. The view drops it. */
static size_t ansi_at(const uint8_t *p, size_t i, size_t n)
{
    if (i + 2 >= n || p[i + 1] != '[')
        return 0;
    for (size_t j = i + 2; j < n && j - i < 24; j++) {
        if ((p[j] >= '0' && p[j] <= '9') || p[j] == ';')
            continue;
        return p[j] >= 0x40 && p[j] <= 0x7E ? j + 1 - i : 0;
    }
    return 0;
}

/* The offset of the next '%', '&', '\\', '+', line break, ESC, '<', '=', '[', '*' or '`' at or
 * after i, or n. */
static size_t next_special(const uint8_t *p, size_t i, size_t n)
{
#ifdef __SSE2__
    const __m128i pc = _mm_set1_epi8('%'), am = _mm_set1_epi8('&'), bs = _mm_set1_epi8('\\'),
                  pl = _mm_set1_epi8('+'), nl = _mm_set1_epi8('\n'), cr = _mm_set1_epi8('\r'),
                  es = _mm_set1_epi8(0x1B), lt = _mm_set1_epi8('<'), eq = _mm_set1_epi8('='),
                  lb = _mm_set1_epi8('['), st = _mm_set1_epi8('*'), bq = _mm_set1_epi8('`');
    for (; i + 16 <= n; i += 16) {
        __m128i v = _mm_loadu_si128((const __m128i *)(const void *)(p + i));
        unsigned m = (unsigned)_mm_movemask_epi8(_mm_or_si128(
            _mm_or_si128(_mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, pc), _mm_cmpeq_epi8(v, am)),
                                      _mm_or_si128(_mm_cmpeq_epi8(v, bs), _mm_cmpeq_epi8(v, pl))),
                         _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, nl), _mm_cmpeq_epi8(v, cr)),
                                      _mm_or_si128(_mm_cmpeq_epi8(v, es), _mm_cmpeq_epi8(v, lt)))),
            _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, eq), _mm_cmpeq_epi8(v, lb)),
                         _mm_or_si128(_mm_cmpeq_epi8(v, st), _mm_cmpeq_epi8(v, bq)))));
        if (m)
            return i + (size_t)__builtin_ctz(m);
    }
#endif
    while (i < n && !is_special(p[i]))
        i++;
    return i;
}

/* One UTF-8 character written as escaped bytes, each "%HH" (esc '%') or "\\xHH" (esc 'x'): a
 * no-break space pasted from a URL or from Python's repr() of bytes ("+39%C2%A0333",
 * b'+39\\xc2\\xa0333', U+202F as \\xe2\\x80\\xaf). Its length from p[i] (the lead byte's escape),
 * its code point in *cp; 0 when the bytes are no whole character. */
static size_t escaped_utf8_at(const uint8_t *p, size_t i, size_t n, uint8_t esc, long *cp)
{
    size_t w = esc == '%' ? 3 : 4, off = esc == '%' ? 1 : 2;
    long b = i + w <= n ? hexrun(p + i + off, 2) : -1;
    int more = b >= 0xC2 && b <= 0xDF ? 1 : b >= 0xE0 && b <= 0xEF ? 2 : 0;
    if (!more || i + w * (size_t)(more + 1) > n)
        return 0;
    long v = b & (more == 1 ? 0x1F : 0x0F);
    for (int k = 1; k <= more; k++) {
        const uint8_t *q = p + i + w * (size_t)k;
        long c = q[0] == (esc == '%' ? '%' : '\\') && (esc == '%' || q[1] == 'x')
                     ? hexrun(q + off, 2)
                     : -1;
        if (c < 0x80 || c > 0xBF)
            return 0;
        v = v << 6 | (c & 0x3F);
    }
    if (v < 0x80 || (more == 2 && v < 0x800))
        return 0;
    *cp = v;
    return w * (size_t)(more + 1);
}

/* Is the backslash at p[i] a Windows path's separator rather than an escape ("C:\\Users\\ruth",
 * "\\\\srv\\share\\nina")? Its word (back to a space or quote, 256 bytes at most) holds a drive's
 * ":\\" or a backslash before a character that no JSON or C escape has. */
static int in_windows_path(const uint8_t *p, size_t i)
{
    for (size_t j = i; j > 0 && i - j < 256; j--) {
        uint8_t b = p[j - 1];
        if (b == ' ' || b == '"' || b == '\'' || b == '\n' || b == '\t')
            return 0;
        if (b == ':' && p[j] == '\\')
            return 1;
        if (b == '\\' && j - 1 < i && !strchr("tnrbfux\"\\/", p[j]))
            return 1;
    }
    return 0;
}

/* What the detection view makes of the bytes at p[i] (a byte of special_tab):
 * their length, and the view byte in *m; 0 when they stay. */
static size_t decode_at(const uint8_t *p, size_t i, size_t n, int *m)
{
    uint8_t c = p[i];
    size_t l = 0;
    long v = -1;
    uint32_t m50cp;
    if (c == '%' && i + 2 < n) {
        v = hexrun(p + i + 1, 2);
        l = 3;
        if (v >= 0xC2 && (l = escaped_utf8_at(p, i, n, '%', &v)) == 0)
            return 0;
    } else if (c == '&') {
        uint32_t cp;
        l = entity_at(p + i, n - i, &cp);
        v = l ? (long)cp : -1;
    } else if (c == '\\' && (l = anon_m50_escape_at(p, i, n, &m50cp)) != 0) {
        *m = m50cp ? (int)m50cp : ' '; /* a LaTeX or RTF escape (markup50.c) */
        return l;
    } else if (c == '\\' && i + 2 < n && p[i + 1] == '.') {
        /* a dot escaped for a regex or a shell ("maria@example\.com", "10\.0\.3\.7"), between
         * the letters or digits of a value */
        *m = '.';
        return i > 0 && is_alnum(p[i - 1]) && is_alnum(p[i + 2]) ? 2 : 0;
    } else if (c == '\\' && i + 5 < n && p[i + 1] == 'u') {
        v = hexrun(p + i + 2, 4);
        l = 6;
    } else if (c == '\\' && i + 3 < n && p[i + 1] == 'x') {
        v = hexrun(p + i + 2, 2);
        l = 4;
        if (v >= 0xC2 && (l = escaped_utf8_at(p, i, n, 'x', &v)) == 0)
            return 0;
    } else if (c == '\\' && i + 2 < n && (p[i + 1] == 't' || p[i + 1] == 'n' || p[i + 1] == 'r') &&
               (p[i + 1] == 't' || is_digit(p[i + 2]) || p[i + 2] == '+' || p[i + 2] == '(') &&
               (i == 0 || p[i - 1] != '\\') && !in_windows_path(p, i)) {
        /* a JSON or C string's escaped tab, or its line break before a value's first digit, '+'
         * or '(', in pasted text ("Emma\\t07456 311036\\t136 72 4974", "call\\n+49 151 ..."): a tab
         * or a space in the view, so the value starts there and not inside the word "t07456".
         * Before a letter the escape stays: the NAMES rules read "\\n" as a line break themselves;
         * a line break in the view is only ever a quote's marks (decode_scan()). */
        *m = p[i + 1] == 't' ? '\t' : ' ';
        return 2;
    } else if (c == '+') {
        *m = ' ';
        return query_plus(p, i, n);
    } else if (c == '\n' || c == '\r') {
        return wrap_at(p, i, n, m);
    } else if (c == '>') { /* asked at the text's start only (quoted_first()) */
        *m = NORM_DROP;
        return i == 0 ? quote_at(p, 0, n) : 0;
    } else if (c == '<') {
        if ((l = br_at(p, i, n, m)) != 0 || (l = anon_m51_runs_at(p, i, n, m)) != 0)
            return l; /* markup51.c: run markup between two pieces of a string */
        *m = NORM_DROP;
        return tag_at(p, i, n);
    } else if (c == '*' || c == '`') {
        *m = NORM_DROP;
        return md_mark_at(p, i, n);
    } else if (c == '=') {
        if (i + 1 < n && p[i + 1] == '?') { /* decode_scan() reads the whole word: ew_scan() */
            int enc, latin1;
            *m = NORM_DROP;
            return ew_open(p, i, n, &enc, &latin1);
        }
        return qp_at(p, i, n, m);
    } else if (c == '[' && i + 1 < n && p[i + 1] == '(') {
        *m = '['; /* a PDF TJ array: decode_scan() reads its gaps (markup51.c) */
        return anon_m51_tj_array(p, i, n) ? 1 : 0;
    } else if (c == '[') {
        /* a defanged address, as threat reports write them: "159[.]250[.]144[.]78",
         * "maria[@]example[.]com" */
        if (i == 0 || i + 3 >= n || (p[i + 1] != '.' && p[i + 1] != '@') || p[i + 2] != ']' ||
            !is_alnum(p[i - 1]) || !is_alnum(p[i + 3]))
            return 0;
        *m = p[i + 1];
        return 3;
    } else if (c == 0x1B) {
        *m = NORM_DROP;
        return ansi_at(p, i, n);
    }
    if (v < 0 || (*m = coded_cp((uint32_t)v, c == '&' || (c == '\\' && p[i + 1] == 'u')
                                                 ? CODED_LETTERS
                                                 : CODED_SEP)) == NORM_KEEP)
        return 0;
    return l;
}

/* The word " dot " (any case) with its 'd' at p[j] (j >= 1): what an address written to dodge
 * harvesters spells its dots with ("maria at example dot com"); anon_find_ex tells the engine,
 * whose sweep cannot afford the literal (every " d" of prose would stop it). */
static int dot_word_at(const uint8_t *p, size_t j, size_t n)
{
    return j + 3 < n && p[j - 1] == ' ' && (p[j] | 0x20) == 'd' && (p[j + 1] | 0x20) == 'o' &&
           (p[j + 2] | 0x20) == 't' && p[j + 3] == ' ';
}

/* Is there a " dot " whose 'd' lies at or after i (i >= 1)? */
static int dot_word_from(const uint8_t *p, size_t i, size_t n)
{
    for (; i + 3 < n; i++)
        if ((p[i] | 0x20) == 'd' && dot_word_at(p, i, n))
            return 1;
    return 0;
}

static size_t first_coded_from(const uint8_t *p, size_t i, size_t n)
{
    int m;
    for (; i < n; i++)
        if (is_special(p[i]) && decode_at(p, i, n, &m))
            return i;
    return n;
}

/* utf8_coded_avx2()'s candidates by nibble: a byte's class is view_cand_hi[its high nibble] &
 * view_cand_lo[its low nibble], one bit per group of candidates that share a high nibble: hard
 * (VIEW_HARD) '%' '&' '+' (bit 0), '\\' '[' (1), ESC (2), '<' '=' (3); soft (VIEW_SOFT) '\n'
 * '\r' (4), '*' (5), '`' (6); '>' (VIEW_QUOTE, bit 7), a candidate after a '\n' only (a quoted
 * line's marks). No other byte has a bit (anon_view_audit_classes() checks all 256).
 */
enum { VIEW_HARD = 0x0F, VIEW_SOFT = 0x70, VIEW_QUOTE = 0x80 };
static const uint8_t view_cand_hi[16] = {0x10, 0x04, 0x21, 0x88, 0, 0x02, 0x40};
static const uint8_t view_cand_lo[16] = {[0x0] = 0x40, [0x5] = 0x01, [0x6] = 0x01, [0xA] = 0x30,
                                         [0xB] = 0x07, [0xC] = 0x0A, [0xD] = 0x18, [0xE] = 0x80};

/* Tests (test_speed40.c, which declares it): 0 when the classes are exactly the byte lists, else
 * -(the first byte that differs) - 1. */
int anon_view_audit_classes(void);
int anon_view_audit_classes(void)
{
    for (unsigned c = 0; c < 256; c++) {
        unsigned cls = view_cand_hi[c >> 4] & view_cand_lo[c & 15];
        int hard = c == '%' || c == '&' || c == '\\' || c == 0x1B || c == '+' || c == '<' ||
                   c == '=' || c == '[',
            soft = c == '\n' || c == '\r' || c == '*' || c == '`';
        if (!!(cls & VIEW_HARD) != hard || !!(cls & VIEW_SOFT) != soft ||
            !!(cls & VIEW_QUOTE) != (c == '>'))
            return -(int)c - 1;
    }
    return 0;
}

#if defined(__x86_64__)
/* utf8_ok() and first_coded() in one pass of 32-byte blocks: each block is loaded once for its
 * bytes above 0x7F and, until the first encoded separator is found (*first: its offset, or n),
 * for its candidates: '%', '&', '\\', ESC, '+', '<', '=' and '[', a '\r' anywhere, a '\n', '*' or
 * '`' only after a digit, a capital, ')', '-', '@' or a space (what break_at(),
 * wrapped_value_at(), quoted_wrap_at() and md_mark_at() want before it). The candidates
 * are a superset of what decode_at() takes, so the first one found is first_coded()'s on every CPU
 * ('+' and '<' were candidates only after those bytes too, which missed "name=Maria+Keller" and
 * "Card<br>4111" here and found them in the scalar path and the text's last 32 bytes). A block read
 * again after a character that ends inside it looks at some candidates twice, with the same answer.
 */
__attribute__((target("avx2"))) static int
utf8_coded_avx2(const uint8_t *p, size_t n, struct normpos *np, size_t *first, int *dotw)
{
    int m;
    size_t i = 1;
    *first = n;
    *dotw = 0;
    int dw = 0; /* *dotw, in a register */
    if (!n)
        return 1;
    if (is_special(p[0]) && decode_at(p, 0, n, &m))
        *first = 0;
    if (p[0] >= 0x80 && !(i = utf8_char(p, 0, n, np)))
        return 0;
    /* the candidates by two nibble look-ups (view_cand_hi/lo: bits 0-3 the hard ones, 4-6 the
     * soft ones), not twelve compares */
    __m256i hi_t = _mm256_broadcastsi128_si256(
                _mm_loadu_si128((const __m128i *)(const void *)view_cand_hi)),
            lo_t = _mm256_broadcastsi128_si256(
                _mm_loadu_si128((const __m128i *)(const void *)view_cand_lo)),
            f4 = _mm256_set1_epi8(0x0F), hard_b = _mm256_set1_epi8(VIEW_HARD),
            soft_b = _mm256_set1_epi8(VIEW_SOFT), quote_b = _mm256_set1_epi8((char)VIEW_QUOTE),
            z = _mm256_setzero_si256(), nl = _mm256_set1_epi8('\n'), zero = _mm256_set1_epi8('0'),
            nine = _mm256_set1_epi8(9), rp = _mm256_set1_epi8(')'), da = _mm256_set1_epi8('-'),
            at = _mm256_set1_epi8('@'), sp = _mm256_set1_epi8(' '), dd = _mm256_set1_epi8('d');
    /* opaque to the compiler, so it keeps them in registers instead of building them anew in the
     * loop */
    __asm__("" : "+x"(hi_t), "+x"(lo_t), "+x"(f4), "+x"(hard_b), "+x"(soft_b), "+x"(z));
    __asm__("" : "+x"(quote_b), "+x"(nl));
    __asm__("" : "+x"(zero), "+x"(nine), "+x"(rp), "+x"(da), "+x"(at), "+x"(sp), "+x"(dd));
    while (i + 32 <= n) {
        __m256i v = _mm256_loadu_si256((const __m256i *)(const void *)(p + i));
        uint32_t hm = (uint32_t)_mm256_movemask_epi8(v), mk = 0;
        if (*first == n) {
            __m256i any = _mm256_and_si256(
                _mm256_shuffle_epi8(hi_t, _mm256_and_si256(_mm256_srli_epi16(v, 4), f4)),
                _mm256_shuffle_epi8(lo_t, _mm256_and_si256(v, f4)));
            if (!_mm256_testz_si256(any, any)) {
                /* a soft candidate counts only after the bytes of prev: asked for them alone */
                uint32_t hard = ~(uint32_t)_mm256_movemask_epi8(
                             _mm256_cmpeq_epi8(_mm256_and_si256(any, hard_b), z)),
                         soft = ~(uint32_t)_mm256_movemask_epi8(
                             _mm256_cmpeq_epi8(_mm256_and_si256(any, soft_b), z));
                mk = hard;
                if (soft) {
                    __m256i pv = _mm256_loadu_si256((const __m256i *)(const void *)(p + i - 1));
                    __m256i d = _mm256_sub_epi8(pv, zero);
                    __m256i prev = _mm256_or_si256(
                        _mm256_or_si256(
                            _mm256_or_si256(_mm256_cmpeq_epi8(_mm256_min_epu8(d, nine), d),
                                            _mm256_cmpeq_epi8(pv, rp)),
                            _mm256_or_si256(_mm256_cmpeq_epi8(pv, da), _mm256_cmpeq_epi8(pv, at))),
                        _mm256_cmpeq_epi8(pv, sp));
                    /* after a capital too: quoted_wrap_at() joins an IBAN wrapped after a
                     * letter group ("NL74 IYFG\n  5379 0146 67"); a '\r' after any byte (an ICS
                     * or vCard fold, markup50.c) */
                    __m256i du = _mm256_sub_epi8(pv, _mm256_set1_epi8('A'));
                    prev = _mm256_or_si256(
                        prev, _mm256_cmpeq_epi8(_mm256_min_epu8(du, _mm256_set1_epi8(25)), du));
                    mk |= soft & ((uint32_t)_mm256_movemask_epi8(prev) |
                                  (uint32_t)_mm256_movemask_epi8(
                                      _mm256_cmpeq_epi8(v, _mm256_set1_epi8('\r'))));
                }
                if (!_mm256_testz_si256(any, quote_b)) {
                    /* '>' after a '\n': the candidate is the '\n', one byte before */
                    uint32_t quote = ~(uint32_t)_mm256_movemask_epi8(
                        _mm256_cmpeq_epi8(_mm256_and_si256(any, quote_b), z));
                    __m256i pv = _mm256_loadu_si256((const __m256i *)(const void *)(p + i - 1));
                    quote &= (uint32_t)_mm256_movemask_epi8(_mm256_cmpeq_epi8(pv, nl));
                    if ((quote & 1) && decode_at(p, i - 1, n, &m)) {
                        *first = i - 1; /* before every other candidate of the block */
                        mk = 0;
                    } else {
                        mk |= quote >> 1;
                    }
                }
            }
        }
        for (; mk; mk &= mk - 1) {
            size_t k = i + (size_t)__builtin_ctz(mk);
            if (decode_at(p, k, n, &m)) {
                *first = k;
                break;
            }
        }
        if (!dw) { /* a 'd' or 'D' after a space, then the rest of " dot " */
            __m256i pv = _mm256_loadu_si256((const __m256i *)(const void *)(p + i - 1));
            uint32_t dm = (uint32_t)_mm256_movemask_epi8(_mm256_and_si256(
                _mm256_cmpeq_epi8(_mm256_or_si256(v, sp), dd), _mm256_cmpeq_epi8(pv, sp)));
            for (; dm && !dw; dm &= dm - 1)
                dw = dot_word_at(p, i + (size_t)__builtin_ctz(dm), n);
        }
        if (!hm) { /* most blocks of prose and code */
            i += 32;
            continue;
        }
        i += (size_t)__builtin_ctz(hm);
        size_t k = utf8_char(p, i, n, np);
        if (!k)
            return 0;
        i += k;
    }
    /* the last < 32 bytes: every candidate before i has been looked at */
    if (*first == n)
        *first = first_coded_from(p, i, n);
    *dotw = dw;
    if (!*dotw && n > 32) { /* the last 32 bytes, which hold the tail */
        __m256i pv = _mm256_loadu_si256((const __m256i *)(const void *)(p + n - 33));
        __m256i v = _mm256_loadu_si256((const __m256i *)(const void *)(p + n - 32));
        uint32_t dm = (uint32_t)_mm256_movemask_epi8(_mm256_and_si256(
            _mm256_cmpeq_epi8(_mm256_or_si256(v, sp), dd), _mm256_cmpeq_epi8(pv, sp)));
        for (; dm && !*dotw; dm &= dm - 1)
            *dotw = dot_word_at(p, n - 32 + (size_t)__builtin_ctz(dm), n);
    } else if (!*dotw) {
        *dotw = dot_word_from(p, 1, n);
    }
    return utf8_ok(p, i, n, np);
}
#endif

/* The offset of the first encoded separator or line break inside a value, or n: text without
 * '%', '&', '\\', '=', '[', '+' or '<', and without a line break, '*' or '`' after a digit, ')',
 * '-', '@' or a space, pays one pass (32 bytes at a time with AVX2). */
static size_t first_coded(const uint8_t *p, size_t n)
{
    return first_coded_from(p, 0, n);
}

/* first, or 0 when the text opens with a quote's marks (decode_at() takes them there). */
static size_t quoted_first(const uint8_t *p, size_t n, size_t first)
{
    return n && p[0] == '>' ? 0 : first;
}

/* The encoded separators and wrapped values of a text from its first one at i go into np
 * (after its UTF-8 characters; sorted by norm_view's caller). */
/* Are the quoted lines of p[0 .. n) whole blocks, as an e-mail's or a chat UI's quote of a
 * document has them: no quoted line right under or over a line of other text, save an
 * attribution ending in ':' right over a block ("On ..., X wrote:"), and one block of two lines
 * or more? A transcript that marks one speaker's turns with '>' ("> when were you born?\n3
 * March 1946\n> thanks") and a quoted one-line question over its answer keep their marks: their
 * rules read them. */
static int quotes_are_blocks(const uint8_t *p, size_t n)
{
    int prev = 0, two = 0; /* the line above: 0 blank or none, 1 quoted, 2 text, 3 ending ':' */
    for (size_t ls = 0; ls < n;) {
        const uint8_t *nl = memchr(p + ls, '\n', n - ls);
        size_t le = nl ? (size_t)(nl - p) : n, a = ls, e = le;
        while (e > a && (p[e - 1] == ' ' || p[e - 1] == '\t' || p[e - 1] == '\r'))
            e--;
        while (a < e && (p[a] == ' ' || p[a] == '\t'))
            a++;
        int cur = a == e ? 0 : quote_at(p, ls, le) ? 1 : p[e - 1] == ':' ? 3 : 2;
        if ((cur == 1 && prev == 2) || (cur >= 2 && prev == 1))
            return 0;
        two |= cur == 1 && prev == 1;
        prev = cur;
        ls = le + 1;
    }
    return two;
}

static void decode_scan(const uint8_t *p, size_t i, size_t n, struct normpos *np)
{
    int blocks = -1; /* quotes_are_blocks(), asked at the first quote's marks */
    for (; i < n; i = next_special(p, i + 1, n)) {
        int m;
        if (p[i] == '=' && i + 1 < n && p[i + 1] == '?') {
            size_t w = ew_scan(p, i, n, np);
            i += w ? w - 1 : 0;
            continue;
        }
        size_t w;
        if (p[i] == '[' && (w = anon_m51_tj_array(p, i, n)) != 0) {
            for (size_t j = i + 1; j < i + w; j++) { /* the TJ gaps, markup51.c */
                size_t g = p[j] == ')' ? anon_m51_tj_gap(p, j, n, &m) : 0;
                if (g) {
                    normpos_add(np, j, g, m);
                    j += g - 1;
                }
            }
            i += w - 1;
            continue;
        }
        size_t l = decode_at(p, i, n, &m);
        int quote = p[i] != '<' && (p[i] == '>' || m == '\n'); /* '<': markup51.c's break */
        if (l && quote && blocks < 0)
            blocks = quotes_are_blocks(p, n);
        if (l && quote && !blocks)
            l = 0; /* the marks stay */
        if (l) {
            normpos_add(np, i, l, m);
            /* quote marks (only they map to a line break) with a space after them: ">Netscape,
             * you can ..." under a line's colon is a README's, not a reply's */
            np->quoted |= quote && p[i + l - 1] == ' ';
            i += l - 1;
        }
    }
}

static int ent_cmp(const void *a, const void *b)
{
    const struct norm_ent *x = a, *y = b;
    return x->at < y->at ? -1 : x->at > y->at;
}

static size_t utf8_put(char *o, uint32_t cp)
{
    if (cp < 0x800) {
        o[0] = (char)(0xC0 | cp >> 6);
        o[1] = (char)(0x80 | (cp & 0x3F));
        return 2;
    }
    if (cp < 0x10000) {
        o[0] = (char)(0xE0 | cp >> 12);
        o[1] = (char)(0x80 | (cp >> 6 & 0x3F));
        o[2] = (char)(0x80 | (cp & 0x3F));
        return 3;
    }
    o[0] = (char)(0xF0 | cp >> 18);
    o[1] = (char)(0x80 | (cp >> 12 & 0x3F));
    o[2] = (char)(0x80 | (cp >> 6 & 0x3F));
    o[3] = (char)(0x80 | (cp & 0x3F));
    return 4;
}

/* The detection view of valid UTF-8 text (at most len bytes), given what it changes. */
static int norm_view(const uint8_t *p, size_t len, const struct normpos *np, struct norm *nm)
{
    nm->view = malloc(len);
    nm->brk = malloc((np->n + 1) * sizeof *nm->brk);
    nm->nbrk = 1;
    if (!nm->view || !nm->brk)
        return ANON_ERR_NOMEM;
    nm->brk[0] = (struct norm_brk){0, 0, 0};
    size_t o = 0, span = 0; /* p[span .. ) is still to be copied */
    for (size_t k = 0; k < np->n; k++) {
        const struct norm_ent *en = &np->pos[k];
        memcpy(nm->view + o, p + span, en->at - span);
        o += en->at - span;
        /* a mapped character's view bytes map to its start: a finding ending on them covers it
         * (a decoded letter is written in UTF-8, never longer than its encoding) */
        if (en->m >= 0x80)
            o += utf8_put(nm->view + o, (uint32_t)en->m);
        else if (en->m != NORM_DROP)
            nm->view[o++] = (char)en->m;
        span = en->at + en->len;
        nm->brk[nm->nbrk++] = (struct norm_brk){o, span, en->m != NORM_DROP ? en->len : 0};
    }
    memcpy(nm->view + o, p + span, len - span);
    nm->vlen = o + (len - span);
    return 0;
}

/* The original end of a finding that ends at view offset v: after the whole character or encoded
 * sequence its last view byte stands for. */
static size_t norm_end(const struct norm *nm, const uint8_t *text, size_t v)
{
    size_t last = norm_orig(nm, v - 1);
    size_t lo = 0, hi = nm->nbrk; /* the first break at or after v */
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (nm->brk[mid].v < v)
            lo = mid + 1;
        else
            hi = mid;
    }
    if (lo < nm->nbrk && nm->brk[lo].v == v && nm->brk[lo].len &&
        last >= nm->brk[lo].o - nm->brk[lo].len && last < nm->brk[lo].o)
        return nm->brk[lo].o;
    return last + (text[last] >= 0xC0 ? utf8_len(text[last]) : 1);
}

/* A finding that is an encoded word's whole text takes the word's frame too ("=?UTF-8?Q?" and
 * "?="): the token replaces the word, and the header reads "From: [PERSON_1] <...>". */
static void ew_widen(const uint8_t *p, size_t n, size_t *s, size_t *e)
{
    if (*e + 2 > n || p[*e] != '?' || p[*e + 1] != '=' || *s < 6)
        return;
    for (size_t j = *s - 6; j + 24 > *s && j < *s; j--) {
        int enc, latin1;
        if (p[j] == '=' && ew_open(p, j, n, &enc, &latin1) == *s - j) {
            *s = j;
            *e += 2;
            return;
        }
        if (j == 0)
            return;
    }
}

/* anon_find over the detection view, findings mapped back to the original text. */
static int find_view(const anon_engine_t *e, const char *text, size_t len, const struct normpos *np,
                     const struct names_ctx *nc, anon_finding_t **out, size_t *n)
{
    struct norm nm = {0};
    int rc = norm_view((const uint8_t *)text, len, np, &nm);
    if (rc == 0 && nm.vlen) {
        struct names_ctx q = *nc; /* quote marks gone: the rules about quoted lines are told */
        q.quoted = np->quoted;
        rc = anon_find_in(e, nm.view, nm.vlen, &q, out, n);
    }
    /* back to the original: from the first character of a finding to the end of its last, so
     * invisible characters inside it go with it (a mapped character's view byte maps to its
     * lead byte, other bytes to themselves) */
    for (size_t i = 0; rc == 0 && i < *n; i++) {
        anon_finding_t *f = &(*out)[i];
        f->start = norm_orig(&nm, f->start);
        f->end = norm_end(&nm, (const uint8_t *)text, f->end);
        ew_widen((const uint8_t *)text, len, &f->start, &f->end);
    }
    if (rc == 0 && *n) /* one finding per run or TJ piece (markup51.c) */
        rc = anon_m51_split(text, len, out, n);
    if (nm.view)
        OPENSSL_cleanse(nm.view, nm.vlen);
    free(nm.view);
    free(nm.brk);
    return rc;
}

int anon_find(const anon_engine_t *e, const char *text, size_t len, anon_finding_t **out, size_t *n)
{
    return anon_find_ex(e, text, len, NULL, ANON_NAMES_HINT_NONE, out, n);
}

int anon_find_ex(const anon_engine_t *e, const char *text, size_t len,
                 const anon_names_known_t *known, int hint, anon_finding_t **out, size_t *n)
{
    if (!e || !out || !n || (!text && len))
        return ANON_ERR_CONFIG;
    *out = NULL;
    *n = 0;
    if (len == 0)
        return 0;
    struct normpos np; /* inl[] is not zeroed: it is read only up to n */
    np.pos = np.inl;
    np.n = 0;
    np.cap = sizeof np.inl / sizeof np.inl[0];
    np.nomem = 0;
    np.quoted = 0;
    struct names_ctx nc = {known, hint, 0, 0};
    int rc = 0;
    size_t first = len;
    int ok;
#if defined(__x86_64__)
    if (e->avx2) /* the sweep's switch: HUSH_SWEEP_NO_AVX2 checks the scalar view too */
        ok = utf8_coded_avx2((const uint8_t *)text, len, &np, &first, &nc.dot_word);
    else
#endif
        if ((ok = utf8_ok((const uint8_t *)text, 0, len, &np)) && !np.nomem) {
        first = first_coded((const uint8_t *)text, len);
        nc.dot_word = len > 1 && dot_word_from((const uint8_t *)text, 1, len);
    }
    if (!ok)
        rc = ANON_ERR_ENCODING;
    if (rc != 0 || np.nomem)
        first = len;
    else
        first = quoted_first((const uint8_t *)text, len, first);
    if (first < len) {
        size_t nutf = np.n;
        decode_scan((const uint8_t *)text, first, len, &np);
        if (nutf && np.n > nutf && !np.nomem)
            qsort(np.pos, np.n, sizeof *np.pos, ent_cmp);
    }
    if (rc == 0 && np.nomem)
        rc = ANON_ERR_NOMEM;
    else if (rc == 0 && !np.n)
        rc = anon_find_in(e, text, len, &nc, out, n);
    else if (rc == 0)
        rc = find_view(e, text, len, &np, &nc, out, n);
    anon_labels_forget();
    if (np.pos != np.inl)
        free(np.pos);
    return rc;
}

int anon_view_to_text(const char *text, size_t len, size_t *start, size_t *end, size_t n)
{
    struct normpos np;
    np.pos = np.inl;
    np.n = 0;
    np.cap = sizeof np.inl / sizeof np.inl[0];
    np.nomem = 0;
    np.quoted = 0;
    int rc = 0;
    if (!utf8_ok((const uint8_t *)text, 0, len, &np))
        rc = ANON_ERR_ENCODING;
    size_t first = rc == 0 && !np.nomem ? quoted_first((const uint8_t *)text, len,
                                                       first_coded((const uint8_t *)text, len))
                                        : len;
    if (first < len) { /* as anon_find_ex: the view it searches is the one mapped here */
        size_t nutf = np.n;
        decode_scan((const uint8_t *)text, first, len, &np);
        if (nutf && np.n > nutf && !np.nomem)
            qsort(np.pos, np.n, sizeof *np.pos, ent_cmp);
    }
    if (rc == 0 && np.nomem)
        rc = ANON_ERR_NOMEM;
    if (rc == 0 && np.n) {
        struct norm nm = {0};
        rc = norm_view((const uint8_t *)text, len, &np, &nm);
        for (size_t i = 0; rc == 0 && i < n; i++) {
            size_t a = start[i], b = end[i];
            start[i] = norm_orig(&nm, a);
            end[i] = b > a ? norm_end(&nm, (const uint8_t *)text, b) : start[i];
        }
        if (nm.view)
            OPENSSL_cleanse(nm.view, nm.vlen);
        free(nm.view);
        free(nm.brk);
    }
    if (np.pos != np.inl)
        free(np.pos);
    return rc;
}
