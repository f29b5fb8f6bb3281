/* engine_view_wrap.c: values wrapped over lines that the detection view joins again (wrap_at()):
 * a value broken after a digit group or a capital run, a quoted line's continuation, a line
 * break inside a value (break_at()), and a quoted document's "> " marks.
 *
 * A break is dropped only where both sides read as one value (digits, a capital run, an e-mail
 * address); everywhere else it stays a break.
 */
#include "anonymize/engine_internal.h"
#include "anonymize/engine_view_internal.h"

#include <openssl/mem.h>
#if defined(__x86_64__)
#include <immintrin.h>
#elif defined(__SSE2__)
#include <emmintrin.h>
#endif
#include <string.h>
#include <strings.h>

#include "anonymize/nd_table.h"

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
size_t quote_at(const uint8_t *p, size_t j, size_t n)
{
    size_t q = j;
    for (int lv = 0; lv < 8 && q < n && p[q] == '>'; lv++)
        q += 1 + (q + 1 < n && p[q + 1] == ' ');
    if (q - j == 4 && p[j + 1] == '>' && p[j + 2] == '>') /* Python's prompt, ">>> " */
        return 0;
    return q - j;
}

size_t wrap_at(const uint8_t *p, size_t i, size_t n, int *m)
{
    size_t l = p[i] == '\r' ? 2 : 1;
    if (l == 2 && (i + 1 >= n || p[i + 1] != '\n'))
        return 0;
    if (l == 2 && (l = anon_m50_fold_at(p, i, n)) != 0) { /* an ICS or vCard fold: markup50.c */
        *m = NORM_DROP;
        return l;
    }
    l = p[i] == '\r' ? 2 : 1;
    size_t r = anon_o51_hyphen_at(p, i, l, n), ind = 0;
    if (r) { /* a scanned page's line-end hyphen inside a word: ocr51.c */
        *m = NORM_DROP;
        if (anon_r61_hyphen_goes(p, i, r, n)) /* a typesetter's hyphen goes too: rag61.c */
            anon_w54_take_hyphen();
        return r;
    }
    if (i > 2 && p[i - 1] == 0xAD && (r = anon_r61_soft_break_at(p, i, l, n)) != 0) {
        *m = NORM_DROP; /* "Wel\u00AD\nlington": rag61.c */
        return r;
    }
    if (anon_s60_may(p, i, l, n) &&
        (r = anon_s60_addr_break_at(p, i, l, n)) != 0) { /* "ADRES: ÇINAR\n SK. 10": scan60 */
        *m = ' ';
        return r;
    }
    /* a PDF's hyphen inside a digit group at a hard wrap ("5483 19-\n67 0735 2176"): the hyphen
     * goes with the break (anon_w54_back), which break_at() would keep */
    if (i > 1 && p[i - 1] == '-' && is_digit(p[i - 2]) && i + l < n && is_digit(p[i + l]) &&
        (r = anon_w54_join_at(p, i, l, n, m)) != 0 && anon_w54_back(0))
        return r;
    r = break_at(p, i, l, n, m);
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
    if (!r && (r = anon_w54_join_at(p, i, l, n, m)) != 0) /* a hard wrap at the text's width */
        return r;
    if (!r && anon_r61_may(p, i, l, n) && (r = anon_r61_addr_wrap_at(p, i, l, n)) != 0) {
        *m = ' '; /* a party's street cut at a space after its cue: rag61.c */
        return r;
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
size_t break_at(const uint8_t *p, size_t i, size_t l, size_t n, int *m)
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
