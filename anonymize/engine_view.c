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
#include "anonymize/engine_view_internal.h"
#include "anonymize/spelled51.h"

#include <openssl/mem.h>
#if defined(__x86_64__)
#include <immintrin.h>
#elif defined(__SSE2__)
#include <emmintrin.h>
#endif
#include <string.h>
#include <strings.h>

#include "anonymize/nd_table.h"

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
int norm_cp(uint32_t cp)
{
    if (cp < 0x660) /* Latin, Greek, Cyrillic, Hebrew...: the common case */
        return cp == 0xA0 ? ' ' : cp == 0xAD || cp == 0x61C ? NORM_DROP : NORM_KEEP;
    if (cp >= 0x2000 && cp <= 0x206F) {
        if (cp <= 0x200A || cp == 0x202F || cp == 0x205F)
            return ' ';
        /* zero-width and bidi format characters: ZWSP..RLM, LRE..RLO, WJ and the invisible
         * operators and separator (U+2061-2064, chars53), LRI..PDI */
        if (cp <= 0x200F || (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2060 && cp <= 0x2064) ||
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

void normpos_add(struct normpos *np, size_t at, size_t len, int m)
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

/* A box-drawing bar between two digits, a terminal's column rule drawn between a value's groups
 * ("4111│" "1111", chars53; digits of any script, chars57): a separator. A table's rule has its
 * cells' padding beside it and stays. */
static int box_between_digits(const uint8_t *p, size_t i, size_t n, uint32_t cp)
{
    return (cp == 0x2502 || cp == 0x2503 || cp == 0x2551 || cp == 0x2506 || cp == 0x2507 ||
            cp == 0x250A || cp == 0x250B || cp == 0x254E || cp == 0x254F) &&
           i > 0 && i + 3 < n && view_digits_around(p, i, 3, n);
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
        else if (dot_joins(p, i, need + 1, n) || view_digits_around(p, i, need + 1, n))
            normpos_add(np, i, need + 1, '.');
    } else if ((c == 0xCC || c == 0xCD) && cp <= 0x36F && mark_on_digit(p, i))
        normpos_add(np, i, need + 1, NORM_DROP);
    else if (cp == 0xB7 && (middot_joins(p, i, n) || view_digits_around(p, i, 2, n)))
        normpos_add(np, i, 2, '-');
    else if ((cp == 0x2219 || cp == 0x2022) && view_digits_around(p, i, 3, n))
        normpos_add(np, i, 3, '-'); /* a bullet operator or bullet between groups (chars57) */
    else if (cp == 0x2215 && view_digits_around(p, i, 3, n))
        normpos_add(np, i, 3, '/'); /* the division slash ("2221∕3702∕...", chars57) */
    else if (c == 0xE2 && box_between_digits(p, i, n, cp))
        normpos_add(np, i, 3, ' ');
    else if (c == 0xE2 && i >= 2 && p[i - 1] == ' ' && view_box_row(p, i, n))
        normpos_add(np, i - 1, 5, ' '); /* " │ " between a card's or an IBAN's groups */
    else if (cp == 0x61C) /* the Arabic letter mark, a bidi mark around a value (chars53) */
        normpos_add(np, i, 2, NORM_DROP);
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

/* A dot word (" dot ", " punkt ", " kropka "..., any case, spelled51.c) with its first letter at
 * p[j] (j >= 1): what an address written to dodge harvesters or read out spells its dots with
 * ("maria at example dot com"); anon_find_ex tells the engine, whose sweep cannot afford the
 * literals (every " d" of prose would stop it). */
static int dot_word_at(const uint8_t *p, size_t j, size_t n)
{
    return anon_dotword_at(p, j, n) != 0;
}

/* Is there a dot word whose first letter lies at or after i (i >= 1)? */
static int dot_word_from(const uint8_t *p, size_t i, size_t n)
{
    for (; i + 3 < n; i++)
        if (strchr(ANON_DOTW_FIRST, p[i] | 0x20) && dot_word_at(p, i, n))
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
/* The places in q[0..31] where a dot word may start: a space before, then a first pair of letters
 * of one (any case): "do", "pu", "po", "kr", "te" (spelled51.c). Reads q[-1] to q[32]. */
__attribute__((target("avx2"))) static inline uint32_t dw_mask(const uint8_t *q)
{
    const __m256i sp = _mm256_set1_epi8(' ');
    __m256i pv = _mm256_loadu_si256((const __m256i *)(const void *)(q - 1));
    __m256i a = _mm256_or_si256(_mm256_loadu_si256((const __m256i *)(const void *)q), sp);
    __m256i b = _mm256_or_si256(_mm256_loadu_si256((const __m256i *)(const void *)(q + 1)), sp);
    /* (first + second) & 15 picks the first letter that pair can have; a few other pairs
     * share a sum and are turned away by dot_word_at */
    const __m256i pair_t =
        _mm256_setr_epi8(0, 0, 0, 'd', 0, 'p', 0, 0, 0, 't', 0, 0, 0, 'k', 0, 'p', 0, 0, 0, 'd', 0,
                         'p', 0, 0, 0, 't', 0, 0, 0, 'k', 0, 'p');
    __m256i h = _mm256_and_si256(_mm256_add_epi8(a, b), _mm256_set1_epi8(0x0F));
    __m256i m = _mm256_cmpeq_epi8(_mm256_shuffle_epi8(pair_t, h), a);
    return (uint32_t)_mm256_movemask_epi8(_mm256_and_si256(m, _mm256_cmpeq_epi8(pv, sp)));
}

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
                    /* and after a small letter: a hard wrap inside an address or a key
                     * (engine_view_wrap54.c: "maria.keller@exam\nple.com") */
                    __m256i dl = _mm256_sub_epi8(pv, _mm256_set1_epi8('a'));
                    prev = _mm256_or_si256(
                        prev, _mm256_cmpeq_epi8(_mm256_min_epu8(dl, _mm256_set1_epi8(25)), dl));
                    /* and after a soft hyphen's last byte (a PDF's hyphenation point) */
                    prev =
                        _mm256_or_si256(prev, _mm256_cmpeq_epi8(pv, _mm256_set1_epi8((char)0xAD)));
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
        if (!dw && i + 33 <= n) { /* a space, then the first two letters of a dot word */
            uint32_t dm = dw_mask(p + i);
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
    if (!*dotw && n > 33) { /* the last 33 bytes, which hold the tail (the last byte opens no
                             * word) */
        uint32_t dm = dw_mask(p + n - 33);
        for (; dm && !*dotw; dm &= dm - 1)
            *dotw = dot_word_at(p, n - 33 + (size_t)__builtin_ctz(dm), n);
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
    anon_w54_back(1); /* no join of an earlier text's */
    int blocks = -1;  /* quotes_are_blocks(), asked at the first quote's marks */
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
        if (l && p[i] == '\\' && m >= 0x80 && (w = anon_m50_group(p, i, l, n)) != 0) {
            normpos_add(np, i - 1, w, m); /* "{\\"u}": the braces go too (markup50.c) */
            i += l;
            continue;
        }
        int quote = p[i] != '<' && (p[i] == '>' || m == '\n'); /* '<': markup51.c's break */
        if (l && quote && blocks < 0)
            blocks = quotes_are_blocks(p, n);
        if (l && quote && !blocks)
            l = 0; /* the marks stay */
        if (l && (p[i] == '\n' || p[i] == '\r') && anon_w54_back(1) && p[i - 1] == '-') {
            normpos_add(np, i - 1, l + 1, m); /* the hyphen before the break goes too */
            i += l - 1;
            continue;
        }
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
    anon_w54_forget();
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
    anon_w54_forget();
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
