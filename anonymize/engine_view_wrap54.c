/* engine_view_wrap54.c: a value cut by a hard line wrap (text wrapped at a fixed width by fold -w,
 * a mail client or a word-wrapping writer that breaks a too-long token at the width).
 *
 * The detection view reads through a line break only where both hold: the join makes a value a
 * validator accepts (an e-mail address, an IPv4 or IPv6 address, a key with a known prefix, a card
 * that passes Luhn, an IBAN that passes mod 97, a '+' phone or a 3-2-4 SSN), and the line before
 * ends at the text's wrap width, read from the lines around it (another line of the same length
 * and none longer: fold's full lines; or, where the break took a space, the next word would not
 * have fitted). A full line's break is dropped (the writer added it), a word wrap's break reads as
 * the space it took. The validator runs first, on the two words at the break: prose costs one
 * look at each side.
 */
#include "anonymize/engine_internal.h"
#include "anonymize/engine_view_internal.h"

#include <string.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

#define W54_SIDE 64 /* characters read on each side of the break */

/* The character at p[j] as the join reads it: ASCII as it is; no-break and narrow spaces as ' ';
 * Unicode hyphens and dashes as '-'; fullwidth digits as ASCII; a Latin letter of U+00C0-U+017F as
 * 'a'; anything else 0. Its length in *len. */
static int rd(const uint8_t *p, size_t j, size_t n, size_t *len)
{
    uint8_t c = p[j];
    *len = 1;
    if (c < 0x80)
        return c >= 0x20 && c < 0x7F ? c : 0;
    if (c == 0xC2 && j + 1 < n && p[j + 1] == 0xA0) {
        *len = 2;
        return ' ';
    }
    /* a letter of U+00C0-U+017F (an address's own letters, "zs\u00f3fia@", "\u0142ukasz@") as
     * a small letter: the join's checks ask its shape, not which letter */
    if (c >= 0xC3 && c <= 0xC5 && j + 1 < n && (p[j + 1] & 0xC0) == 0x80 &&
        !(c == 0xC3 && (p[j + 1] == 0x97 || p[j + 1] == 0xB7))) {
        *len = 2;
        return 'a';
    }
    if (j + 2 < n && c == 0xE2 && p[j + 1] == 0x80) {
        uint8_t d = p[j + 2];
        *len = 3;
        if (d == 0xAF || d == 0x89 || d == 0x8A)
            return ' ';
        if (d >= 0x90 && d <= 0x93)
            return '-';
        return 0;
    }
    if (j + 2 < n && c == 0xEF && p[j + 1] == 0xBC && p[j + 2] >= 0x90 && p[j + 2] <= 0x99) {
        *len = 3;
        return '0' + (p[j + 2] - 0x90);
    }
    return 0;
}

/* The character that ends at p[j] (exclusive), read as rd() reads it; its start in *at. */
static int rd_back(const uint8_t *p, size_t j, size_t *at)
{
    size_t k = j - 1, len;
    while (k > 0 && j - k < 3 && (p[k] & 0xC0) == 0x80)
        k--;
    *at = k;
    int c = rd(p, k, j, &len);
    return k + len == j ? c : 0;
}

static int w54_alnum(int c)
{
    return (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z');
}

static int w54_tokch(int c)
{
    return w54_alnum(c) || c == '.' || c == '-' || c == '_' || c == '@' || c == ':' || c == '+' ||
           c == '%';
}

/* Code points of p[a, b), '\r' left out. */
static size_t cps(const uint8_t *p, size_t a, size_t b)
{
    size_t c = 0;
    for (size_t k = a; k < b; k++)
        c += (p[k] & 0xC0) != 0x80 && p[k] != '\r';
    return c;
}

/* The break's side: up to W54_SIDE characters of value (token characters, single spaces between
 * alphanumerics), read away from the break; ASCII into out (in text order), its length. */
static size_t side_left(const uint8_t *p, size_t i, char *out, size_t *from)
{
    char tmp[W54_SIDE];
    size_t k = 0, j = i, at;
    while (j > 0 && k < W54_SIDE) {
        int c = rd_back(p, j, &at);
        if (c == ' ') {
            size_t at2;
            int b = at > 0 ? rd_back(p, at, &at2) : 0;
            if ((k > 0 && !w54_alnum(tmp[k - 1])) || !w54_alnum(b))
                break;
        } else if (!w54_tokch(c)) {
            break;
        }
        tmp[k++] = (char)c;
        j = at;
    }
    for (size_t t = 0; t < k; t++)
        out[t] = tmp[k - 1 - t];
    *from = j;
    return k;
}

/* A token that the line p[ls, i) holds whole, from its first byte (after quote marks or an
 * item's indent) to its end, may go on from the line before when that line is as long and ends in
 * a token character (a key cut twice): its start, up to three lines back, copied into out (at
 * most cap bytes) in text order; its length. */
static size_t left_lines(const uint8_t *p, size_t ls, size_t i, const char *lv, size_t nl,
                         char *out, size_t cap)
{
    size_t k = 0, L = cps(p, ls, i), cur = ls;
    char part[W54_SIDE];
    size_t pl, from;
    for (int lines = 0; lines < 3 && cur > 1 && p[cur - 1] == '\n'; lines++) {
        size_t e = cur - 1;
        if (e > 0 && p[e - 1] == '\r')
            e--;
        size_t s = e;
        while (s > 0 && p[s - 1] != '\n')
            s--;
        if (cps(p, s, e) != L || e == s)
            break;
        pl = side_left(p, e, part, &from);
        /* words before the token on that line ("Bearer ey"): the token starts after them */
        const char *sp = pl ? memrchr(part, ' ', pl) : NULL;
        if (sp) {
            size_t off = (size_t)(sp - part) + 1;
            memmove(part, part + off, pl - off);
            pl -= off;
        }
        if (!pl || k + pl > cap)
            break;
        memmove(out + pl, out, k);
        memcpy(out, part, pl);
        k += pl;
        if (sp || from > s)
            break; /* the token starts on that line */
        cur = s;
    }
    if (k + nl > cap)
        return 0;
    memcpy(out + k, lv, nl);
    return k + nl;
}

static size_t side_right(const uint8_t *p, size_t j, size_t n, char *out)
{
    size_t k = 0, len;
    while (j < n && k < W54_SIDE) {
        int c = rd(p, j, n, &len);
        if (c == ' ') {
            size_t l2;
            int a = j + len < n ? rd(p, j + len, n, &l2) : 0;
            if (!w54_alnum(a) || (k > 0 && !w54_alnum(out[k - 1])))
                break;
        } else if (!w54_tokch(c)) {
            break;
        }
        out[k++] = (char)c;
        j += len;
    }
    while (k > 0 && !w54_alnum(out[k - 1])) /* a sentence's full stop, a list's comma */
        k--;
    return k;
}

static int has_prefix(const char *v, size_t n, const char *pre)
{
    size_t l = strlen(pre);
    return n >= l && memcmp(v, pre, l) == 0;
}

/* Set by anon_w54_join_at when the join takes the byte before the break too (a PDF's
 * hyphenation inside a digit group). */
static _Thread_local int w54_back;

static _Thread_local struct {
    const uint8_t *p;
    size_t n, width;
    int alone;    /* the width is a mail width that one line alone shows (text_width()) */
    size_t words; /* no width, but the longest line bounds a word wrap's (text_width()) */
    int mode;     /* how the width's lines are measured (anon_w58_len: W58_CPS most often) */
} w54_text;

/* A date of ten characters (dd.mm.yyyy, dd/mm/yyyy, yyyy-mm-dd; day and month in range) cut by
 * the wrap: the detectors' birth labels decide whether it is a birth. */
static int cut_date(const char *v)
{
    int ymd = v[4] == '-' && v[7] == '-';
    int dmy = (v[2] == '.' || v[2] == '/') && v[5] == v[2];
    if (!ymd && !dmy)
        return 0;
    for (int k = 0; k < 10; k++)
        if (!(ymd ? (k == 4 || k == 7) : (k == 2 || k == 5)) && (v[k] < '0' || v[k] > '9'))
            return 0;
    int d = ymd ? (v[8] - '0') * 10 + v[9] - '0' : (v[0] - '0') * 10 + v[1] - '0';
    int m = ymd ? (v[5] - '0') * 10 + v[6] - '0' : (v[3] - '0') * 10 + v[4] - '0';
    return d >= 1 && d <= 31 && m >= 1 && m <= 12;
}

/* A tight token (no space) across the break: an e-mail address, an IP address, a key with a
 * known prefix, a compact card or IBAN. */
static int tight_value(const char *v, size_t n, size_t cut)
{
    const char *at = memchr(v, '@', n);
    if (at && at > v && (size_t)(at - v) + 4 < n &&
        memchr(at + 1, '@', n - (size_t)(at - v) - 1) == NULL) {
        /* the joined address's top-level domain: letters only, 2 to 6 of them, and no capital
         * after the cut (an address that ends its line whole, "anna@firma.de", and the next
         * line's "2024-05-01" or "Next" are two things) */
        const char *dot = memrchr(v, '.', n);
        if (!dot || dot < at || (size_t)(v + n - dot - 1) < 2 || (size_t)(v + n - dot - 1) > 6)
            return 0;
        for (const char *c = dot + 1; c < v + n; c++)
            if ((*c | 0x20) < 'a' || (*c | 0x20) > 'z')
                return 0;
        for (size_t k = cut; k < n; k++)
            if (v[k] >= 'A' && v[k] <= 'Z')
                return 0;
        if (at > v + cut) { /* the '@' after the cut: is the line's end an address's head? */
            size_t letters = 0;
            for (size_t k = 0; k < cut; k++)
                letters += (v[k] | 0x20) >= 'a' && (v[k] | 0x20) <= 'z';
            /* a phone's or a number's tail ("123-4567" | "maria.keller@firma.de") is not; nor,
             * where one line alone shows the width (it may be as long by chance), a plain word */
            if (!letters || (w54_text.alone && letters == cut))
                return 0;
        }
        return anon_v_email(v, n) != 0;
    }
    size_t dots = 0, colons = 0, digits = 0, hex = 1, dig_only = 1;
    for (size_t k = 0; k < n; k++) {
        dots += v[k] == '.';
        colons += v[k] == ':';
        digits += v[k] >= '0' && v[k] <= '9';
        hex &= (v[k] >= '0' && v[k] <= '9') || ((v[k] | 0x20) >= 'a' && (v[k] | 0x20) <= 'f') ||
               v[k] == ':';
        dig_only &= v[k] >= '0' && v[k] <= '9';
    }
    if (dots == 3 && digits + 3 == n)
        return anon_v_ipv4(v, n) != 0;
    if (colons >= 5 && hex)
        return anon_v_ipv6(v, n) != 0;
    if (dig_only)
        return n >= 13 && n <= 19 && anon_v_luhn(v, n) != 0;
    static const char *const keys[] = {"sk-ant-", "sk-proj-", "sk-",  "github_pat_", "ghp_", "gho_",
                                       "xoxb-",   "xoxp-",    "AIza", "glpat-",      "eyJ"};
    for (size_t k = 0; k < sizeof keys / sizeof *keys; k++)
        if (has_prefix(v, n, keys[k]))
            return n >= 24;
    /* a hex secret's length: a label before it tells a key from a commit (the detectors) */
    if (hex && !colons && (n == 32 || n == 40 || n == 64) && cut >= 1)
        return 1;
    if (n >= 15 && n <= 34 && (v[0] | 0x20) >= 'a' && (v[0] | 0x20) <= 'z' &&
        (v[1] | 0x20) >= 'a' && (v[1] | 0x20) <= 'z' && v[2] >= '0' && v[2] <= '9')
        return anon_v_iban(v, n) != 0;
    return n == 10 && cut_date(v);
}

/* Digit groups across the break (with their spaces or dashes): a card (Luhn, 13-19 digits), an
 * IBAN (mod 97), a phone that a '+' opens (8-15 digits), an SSN in 3-2-4. */
static int grouped_value(const char *v, size_t n, int strict)
{
    char d[48];
    size_t k = 0, digits = 0, seps = 0, g[8], ng = 0, run = 0;
    int plus = v[0] == '+';
    for (size_t t = plus; t < n; t++) {
        if (v[t] == ' ' || v[t] == '-' || v[t] == '.') {
            if (strict && plus && v[t] == '.') /* "+116.16": an amount, no phone */
                return 0;
            seps++;
            if (ng < 8)
                g[ng++] = run;
            run = 0;
            continue;
        }
        if (!w54_alnum(v[t]) || k == sizeof d)
            return 0;
        digits += v[t] >= '0' && v[t] <= '9';
        d[k++] = v[t];
        run++;
    }
    if (ng < 8)
        g[ng++] = run;
    if (digits == k) {
        if (plus)
            return digits >= 8 && digits <= 15 && seps >= 1;
        if (digits >= 13 && digits <= 19) {
            /* strict (a word wrap read from the longest line alone): a card's groups of four */
            for (size_t t = 0; strict && t + 1 < ng; t++)
                if (g[t] != 4)
                    return 0;
            return anon_v_luhn(d, k) != 0;
        }
        /* strict 2: no SSN named on the line (ssn_label()) */
        if (digits == 9 && ng == 3 && g[0] == 3 && g[1] == 2 && g[2] == 4)
            return strict < 2 && anon_v_us_ssn(d, k) != 0;
        return 0;
    }
    return !plus && k >= 15 && k <= 34 && anon_v_iban(d, k) != 0;
}

/* The length of the group before the break's (the left side's last group in *gl, after a space
 * or a dash) or, when the left side has none before it, of the group after the right side's
 * first (*gr); 0 when neither is there. */
static size_t group_size(const char *lv, size_t nl, const char *rv, size_t nr, size_t *gl,
                         size_t *gr)
{
    size_t a = nl, c, r = 0, e;
    while (a > 0 && w54_alnum(lv[a - 1]))
        a--;
    while (r < nr && w54_alnum(rv[r]))
        r++;
    *gl = nl - a;
    *gr = r;
    if (a >= 2 && (lv[a - 1] == ' ' || lv[a - 1] == '-') && w54_alnum(lv[a - 2])) {
        for (c = a - 1; c > 0 && w54_alnum(lv[c - 1]);)
            c--;
        return a - 1 - c;
    }
    if (r + 1 < nr && (rv[r] == ' ' || rv[r] == '-')) {
        for (e = r + 1; e < nr && w54_alnum(rv[e]);)
            e++;
        return e - r - 1;
    }
    return 0;
}

/* Does the break sit between two whole digit groups of one grouping: the left side's last group,
 * the group before it (a space between them) and the right side's first group all as long
 * ("5215 5433" | "0887 5920")? A justified or word-wrapped line that happens to end at the width
 * took the space there; a fold's cut inside a group leaves groups of other lengths. */
static int groups_meet(const char *lv, size_t nl, const char *rv, size_t nr)
{
    size_t gl, gr, gp = group_size(lv, nl, rv, nr, &gl, &gr);
    return gp >= 2 && gl == gp && gr == gp;
}

/* The line's end "19-" before "67 0735 2176", the groups of four around it: the '-' is a PDF's
 * hyphenation inside a group (its halves make one group), not the value's own dash between two
 * groups ("5319-7072-" | "6309-0412"). */
static int hyphen_inside(const char *lv, size_t nl, const char *rv, size_t nr)
{
    if (nl < 2 || lv[nl - 1] != '-')
        return 0;
    size_t gl, gr, gp = group_size(lv, nl - 1, rv, nr, &gl, &gr);
    return gp >= 3 && gl && gr && gl < gp && gl + gr == gp;
}

/* Does the line that ends at p[i] hold a table's cell bar or a tab (a row, which no word
 * wrapper cuts)? */
static int table_row(const uint8_t *p, size_t i)
{
    for (size_t k = i; k > 0 && p[k - 1] != '\n' && i - k < 512; k--)
        if (p[k - 1] == '|' || p[k - 1] == '\t')
            return 1;
    return 0;
}

/* Does the line that ends at p[i] name an SSN in the 80 bytes before the break ("SSN",
 * "Social Security")? A 3-2-4 group read across a word wrap that only the longest line bounds
 * needs it. */
static int ssn_label(const uint8_t *p, size_t i)
{
    size_t a = i > 80 ? i - 80 : 0;
    for (size_t k = i; k > a + 2 && p[k - 1] != '\n'; k--) {
        uint8_t x = p[k - 3] | 0x20, y = p[k - 2] | 0x20, z = p[k - 1] | 0x20;
        if (x == 's' && y == 's' && z == 'n')
            return 1;
        if (x == 's' && y == 'o' && z == 'c' && k + 2 <= i && (p[k] | 0x20) == 'i' &&
            (p[k + 1] | 0x20) == 'a')
            return 1;
    }
    return 0;
}

/* A character of the marks a writer repeats at each line's start: a quote's '>', a table's or
 * a pasted block's '|', a comment's '#', "//" or " * ", and the spaces and tabs of an indent. */
static int mark_ch(uint8_t c)
{
    return c == '>' || c == ' ' || c == '|' || c == '#' || c == '/' || c == '*' || c == '\t';
}

/* The length of the marks that open the line at p[j] and repeat the marks of the line at p[ls]
 * ("> ", "# ", "// ", " * ", "  " under "- "), else 0. A hanging indent (the next line opens
 * with up to 8 spaces or tabs, the line at p[ls] with none: a folded mail header's or a log
 * entry's continuation) counts too, with *hang set. */
static size_t marks(const uint8_t *p, size_t ls, size_t j, size_t n, int *hang, int may_hang)
{
    size_t k = 0;
    *hang = 0;
    while (ls + k < j && k < 8 && j + k < n && mark_ch(p[ls + k])) {
        /* an item's "- " or "* " goes on as its indent */
        int item = (p[ls + k] == '-' || p[ls + k] == '*') && p[ls + k + 1] == ' ';
        if (p[j + k] != p[ls + k] && !(item && p[j + k] == ' '))
            break;
        k++;
    }
    if (k < 8 && ls + k < j && (p[ls + k] == '-' || p[ls + k] == '*') && p[ls + k + 1] == ' ' &&
        j + k + 1 < n && p[j + k] == ' ' && p[j + k + 1] == ' ')
        k += 2; /* "- " at the line's start, two spaces under it */
    if (k == 0 && may_hang && p[ls] != ' ' && p[ls] != '\t') {
        while (k < 8 && j + k < n && (p[j + k] == ' ' || p[j + k] == '\t'))
            k++;
        *hang = k > 0 && k < 8;
        if (!*hang)
            k = 0;
    }
    return k;
}

/* The start of the line that ends at p[i], looked for at most 512 bytes back (there, a longer
 * line's last 512 bytes). */
static size_t line_start(const uint8_t *p, size_t i)
{
    size_t lo = i > 512 ? i - 512 : 0;
    const uint8_t *q = i > lo ? memrchr(p + lo, '\n', i - lo) : NULL;
    return q ? (size_t)(q - p) + 1 : lo;
}

/* Is p[a, b) ASCII? Eight bytes at a time. */
static int ascii(const uint8_t *p, size_t a, size_t b)
{
    uint64_t acc = 0, w;
    for (; a + 8 <= b; a += 8) {
        memcpy(&w, p + a, 8);
        acc |= w;
    }
    for (; a < b; a++)
        acc |= p[a];
    return !(acc & 0x8080808080808080ull);
}

/* The wrap width of the text being viewed, worked out once per text (the view asks at many line
 * breaks): the longest length of 40 code points or more that two lines share, with few lines
 * longer; 0 when there is none. Kept per thread for the text at (p, n) until anon_w54_forget(),
 * which the view calls before each text. */

int anon_w54_back(int take)
{
    int b = w54_back;
    if (take)
        w54_back = 0;
    return b;
}

void anon_w54_take_hyphen(void)
{
    w54_back = 1;
}

void anon_w54_forget(void)
{
    w54_back = 0;
    w54_text.p = NULL;
}

/* The longest length that a good share of the long lines len[0, k) have, a line before each
 * as long (pair), and few lines pass: fold's full lines; else 0. How many lines have it: *full. */
static size_t fold_width(const size_t *len, const unsigned char *pair, size_t k, size_t *full)
{
    size_t width = 0;
    *full = 0;
    for (size_t a = 0; a < k; a++) {
        size_t same = 0, longer = 0;
        if (!pair[a] || len[a] <= width)
            continue;
        for (size_t b = 0; b < k; b++) {
            same += len[b] == len[a];
            longer += len[b] > len[a];
        }
        /* fold's full lines: a good share of the long lines end at the width, few go past it */
        if (same * 10 >= k * 3 && longer <= k / 10) {
            width = len[a];
            *full = same;
        }
    }
    return width;
}

static size_t text_width(const uint8_t *p, size_t n)
{
    if (w54_text.p == p && w54_text.n == n)
        return w54_text.width;
    /* the long lines' lengths, each marked when the line before it was as long (a paragraph's
     * full lines follow each other; a repeated line of code or a log's format does not); in
     * code points, and where a line holds other characters or an entity, as rendered and in
     * terminal cells too (engine_view_wrap58.c) */
    /* zeroed: GCC at -O2 cannot see that fold_width reads only the k entries written */
    size_t len[3][32] = {{0}}, k = 0, prev[3] = {0, 0, 0}, ps = 0, width = 0;
    unsigned char pair[3][32] = {{0}};
    int other = 0;
    for (size_t s = 0; s < n && k < 32 && s < 4096;) {
        const uint8_t *q = memchr(p + s, '\n', n - s);
        size_t e = q ? (size_t)(q - p) : n, b = e, c[3] = {0, 0, 0};
        if (b > s && p[b - 1] == '\r')
            b--;
        if (b - s >= 40) {
            int plain = ascii(p, s, b);
            c[0] = c[1] = c[2] = plain ? b - s : cps(p, s, b);
            if (!plain || memchr(p + s, '&', b - s)) {
                c[1] = anon_w58_len(p, s, b, W58_RENDER);
                c[2] = plain ? c[0] : anon_w58_len(p, s, b, W58_CELLS);
                other |= c[1] != c[0] || c[2] != c[0];
            }
            if (c[0] >= 40 && c[0] <= 400) {
                /* the same line again (a log's or a fixture's repeated line) is no wrap */
                int again = memcmp(p + ps, p + s, 16) == 0;
                for (int t = 0; t < 3; t++) {
                    pair[t][k] = c[t] == prev[t] && !again;
                    len[t][k] = c[t];
                }
                k++;
            }
        }
        for (int t = 0; t < 3; t++)
            prev[t] = c[t];
        ps = s;
        s = e + 1;
    }
    int mode = W58_CPS;
    size_t full = 0, full_t;
    width = fold_width(len[0], pair[0], k, &full);
    /* as rendered (an HTML mail's source) or in cells (a terminal), where more lines are full
     * in that measure than in code points (a line of plain words may be as long in each) */
    for (int t = W58_RENDER; t <= W58_CELLS && other; t++) {
        size_t w = fold_width(len[t], pair[t], k, &full_t);
        if (w && full_t > full) {
            width = w;
            full = full_t;
            mode = t;
        }
    }
    /* one wrapped line alone (a short paragraph cut once): a mail width (72, RFC 2045's 76,
     * RFC 5322's 78) when the longest line is exactly that long */
    size_t most = 0;
    for (size_t a = 0; a < k && !width; a++)
        most = len[0][a] > most ? len[0][a] : most;
    int alone = !width && (most == 72 || most == 76 || most == 78);
    if (alone)
        width = most;
    /* no width: a word wrap's lines are as long as the next word lets them be, so the longest
     * (a usual width's, 56-80; another line near it) bounds it; only grouped digits join there,
     * read across the space the writer took (anon_w54_join_at) */
    size_t words = 0;
    for (size_t a = 0; a < k && !width && most >= 56 && most <= 80; a++)
        words += len[0][a] + 12 >= most;
    w54_text.p = p;
    w54_text.n = n;
    w54_text.width = width;
    w54_text.alone = alone;
    w54_text.words = words >= 2 ? most : 0;
    w54_text.mode = mode;
    return width;
}

/* The cheap gate, asked before anything else is read: is the line that ends at p[i] (40 code
 * points or more) as long as the line before it or the line after it (a wrapped paragraph's full
 * lines)? Byte lengths first; code points only where the bytes differ by what UTF-8 explains. j:
 * where the next line's text starts (after its repeated marks). */
static int neighbour_width(const uint8_t *p, size_t i, size_t j, size_t n, size_t W)
{
    (void)j;
    (void)n;
    size_t back = i < 4 * W + 2 ? i : 4 * W + 2; /* a longer line is no wrapped line */
    const uint8_t *nl = back ? memrchr(p + i - back, '\n', back) : NULL;
    if (!nl && back < i)
        return 0;
    size_t ls = nl ? (size_t)(nl - p) + 1 : 0, b = i;
    if (b > ls && p[b - 1] == '\r')
        b--;
    if (b - ls < 30 || b - ls > 4 * W)
        return 0;
    size_t L = w54_text.mode     ? anon_w58_len(p, ls, b, w54_text.mode)
               : ascii(p, ls, b) ? b - ls
                                 : cps(p, ls, b);
    return L + 12 >= W && L <= W;
}

/* join_at()'s first tests, which ask neither the marks after the break nor may_hang: asked once
 * for both of anon_w54_join_at()'s calls, before either pushes its frame. */
static inline int join_may(const uint8_t *p, size_t i, size_t l, size_t n)
{
    if (i < 2 || i + l >= n || p[i + l - 1] != '\n')
        return 0;
    /* cheap first: a value's character on both sides, and something on them that no word of
     * prose has (a digit, '@', ':', '-', '_', '+', '.', a byte of UTF-8) */
    uint8_t a = p[i - 1];
    if (!(is_alnum(a) || a >= 0x80 || a == '.' || a == '-' || a == '_' || a == '@' || a == ':' ||
          a == ' ' || a == '+' || a == ')' || a == ']' || a == '}' || a == ';'))
        return 0;
    if (w54_text.p == p && w54_text.n == n && !w54_text.width && !w54_text.words)
        return 0; /* this text has no wrap width: known from an earlier break */
    /* a line of 30 bytes at least (a short line of code or a list is asked nothing more) */
    if (i < 30)
        return 0;
#ifdef __SSE2__
    /* the 30 bytes before the break as two 16-byte loads (bytes 14 and 15 read twice) */
    const __m128i nl = _mm_set1_epi8('\n');
    __m128i x = _mm_loadu_si128((const __m128i *)(const void *)(p + i - 30)),
            y = _mm_loadu_si128((const __m128i *)(const void *)(p + i - 16));
    return !_mm_movemask_epi8(_mm_or_si128(_mm_cmpeq_epi8(x, nl), _mm_cmpeq_epi8(y, nl)));
#else
    return !memchr(p + i - 30, '\n', 30);
#endif
}

/* The join at the break p[i .. i + l) once join_may() said yes. */
static size_t join_at(const uint8_t *p, size_t i, size_t l, size_t n, int *m, int may_hang)
{
    size_t j = i + l, ls = i, q = 0;
    int hang = 0;
    if (mark_ch(p[j]) || p[j] == '-') { /* the marks of a quote, a comment or an item */
        ls = line_start(p, i);
        q = marks(p, ls, j, n, &hang, may_hang);
        j += q;
    }
    if (j >= n || p[j] == '\n' || p[j] == '\r')
        return 0;
    int odd = 0;
    for (size_t k = i; k > 0 && i - k < W54_SIDE && !odd; k--) {
        uint8_t c = p[k - 1];
        if (c == ' ' || c == '\n' || c == '\t')
            break;
        odd = !((c | 0x20) >= 'a' && (c | 0x20) <= 'z');
    }
    for (size_t k = j; k < n && k - j < W54_SIDE && !odd; k++) {
        uint8_t c = p[k];
        if (c == ' ' || c == '\n' || c == '\r' || c == '\t')
            break;
        odd = !((c | 0x20) >= 'a' && (c | 0x20) <= 'z');
    }
    /* letters alone on both sides: only an address with its signs hidden may go on there */
    int obf = 0;
    if (!odd && !(obf = anon_w58_obf_join(p, i, j, n)))
        return 0;
    /* the text's width (once per text; most have none) */
    size_t W = text_width(p, n), words = 0;
    if (!W && (W = words = w54_text.words) == 0)
        return 0;
    if (!neighbour_width(p, i, j, n, W))
        return 0;

    char lv[W54_SIDE], rv[W54_SIDE], v[2 * W54_SIDE + 1];
    /* a soft hyphen before the break (a PDF's hyphenation point, which the view drops) */
    size_t li = i >= 2 && p[i - 2] == 0xC2 && p[i - 1] == 0xAD ? i - 2 : i;
    size_t from, nl = side_left(p, li, lv, &from), nr = side_right(p, j, n, rv);
    if (nr == 0)
        return 0;
    /* the tight tokens at the break */
    size_t lt = nl, rt = 0;
    while (lt > 0 && lv[lt - 1] != ' ')
        lt--;
    while (rt < nr && rv[rt] != ' ')
        rt++;
    int tight = 0, direct = 0, spaced = 0, full = 0;
    if (!words && nl - lt > 0 && rt > 0 && lv[nl - 1] != ' ' && rv[0] != ' ') {
        memcpy(v, lv + lt, nl - lt);
        memcpy(v + nl - lt, rv, rt);
        tight = tight_value(v, nl - lt + rt, nl - lt);
        /* a line longer than the side read: the token from where it starts on the line */
        size_t mk = from, hl = 0;
        char head[4 * W54_SIDE];
        if (!tight && lt == 0 && nl == W54_SIDE) {
            while (mk > 0 && from - mk < 2 * W54_SIDE && p[mk - 1] < 0x80 && w54_tokch(p[mk - 1]))
                mk--;
            if (mk > 0 && p[mk - 1] < 0x80 && w54_tokch(p[mk - 1]))
                mk = from; /* longer still: not read */
            hl = from - mk;
            memcpy(head, p + mk, hl);
            memcpy(head + hl, lv, nl);
        }
        while (mk > 0 && mark_ch(p[mk - 1]))
            mk--;
        if (!tight && lt == 0 && mk > 1 && p[mk - 1] == '\n') { /* the line holds a token whole */
            ls = mk;
            char big[4 * W54_SIDE];
            size_t bl = left_lines(p, ls, i, hl ? head : lv, hl + nl, big, sizeof big - W54_SIDE);
            if (bl > nl) {
                memcpy(big + bl, rv, rt);
                tight = tight_value(big, bl + rt, bl);
            }
        }
        if (!tight && hl && hl + nl + rt <= sizeof head) {
            memcpy(head + hl + nl, rv, rt);
            tight = tight_value(head, hl + nl + rt, hl + nl);
        }
    }
    /* digits in lv[s, nl) and in rv[0, e): a join is tried only where their sum fits a value */
    size_t dl[W54_SIDE + 1], dr[W54_SIDE + 1];
    dl[nl] = 0;
    for (size_t k = nl; k-- > 0;)
        dl[k] = dl[k + 1] + (lv[k] >= '0' && lv[k] <= '9');
    dr[0] = 0;
    for (size_t k = 0; k < nr; k++)
        dr[k + 1] = dr[k] + (rv[k] >= '0' && rv[k] <= '9');
    /* digit groups: from each group start on the left to each group end on the right, joined
     * as they stand (a full line's cut) or with the space a word wrap took */
    int strict = !words ? 0 : ssn_label(p, i) ? 1 : 2;
    if (words && (table_row(p, i) || nr < 2 || !w54_alnum(rv[1])))
        return 0; /* a table's row is not wrapped; a row number or a digit alone starts the line */
    for (size_t s = 0; s < nl && !tight && dl[0] && dr[nr] && !(direct && spaced); s++) {
        if (lv[s] == ' ' || (s > 0 && lv[s - 1] != ' ') || nl - s > 48)
            continue;
        int plus = lv[s] == '+',
            cc = !is_digit((uint8_t)lv[s]) && (s + 1 >= nl || !is_digit((uint8_t)lv[s + 1]));
        for (size_t e = nr < 48 ? nr : 48; e > 0; e--) {
            if ((e < nr && rv[e] != ' ') || rv[e - 1] == ' ')
                continue;
            size_t t = dl[s] + dr[e];
            if (!(plus ? t >= 8 && t <= 15 : cc ? t >= 8 : (t >= 13 && t <= 19) || t == 9))
                continue;
            size_t k = nl - s;
            memcpy(v, lv + s, k);
            memcpy(v + k, rv, e);
            direct |= !words && grouped_value(v, k + e, 0);
            if (lv[nl - 1] != ' ' && rv[0] != ' ') {
                v[k] = ' ';
                memcpy(v + k + 1, rv, e);
                spaced |= grouped_value(v, k + 1 + e, strict);
            }
        }
    }
    if (!tight && !direct && !spaced && !obf && !words)
        obf = anon_w58_obf_join(p, i, j, n);
    if (obf && !words) { /* the detectors' OBF_EMAIL reads it across the dropped break */
        tight = 1;
        direct = spaced = 0;
    }
    if (!tight && !direct && !spaced)
        return 0;
    size_t nw = 0;
    while (nw < nr && rv[nw] != ' ')
        nw++;
    if (ls == i) /* the line's start, asked only now */
        ls = line_start(p, i);
    size_t e = i;
    if (e > ls && p[e - 1] == '\r')
        e--;
    size_t L = w54_text.mode ? anon_w58_len(p, ls, e, w54_text.mode) : cps(p, ls, e);
    full = !words && L == W;
    if (!full && !((L < W || words) && L + 1 + nw > W))
        return 0; /* a shorter line: the next word would have fitted on it */
    int meet = !tight && spaced && full && groups_meet(lv, nl, rv, nr);
    if (full ? !(tight || direct || meet) : !spaced)
        return 0; /* a word wrap breaks at a space: never inside a word shorter than the line */
    if (hang && !full)
        return 0; /* a hanging indent is read through only where the line is full */
    /* a full line's break goes, unless it stands between two whole groups; a word wrap's reads
     * as the space it took */
    *m = full && !meet ? NORM_DROP : ' ';
    w54_back = !tight && direct && full && hyphen_inside(lv, nl, rv, nr);
    return l + q;
}

/* A hanging indent's spaces may be the value's own (an SSN cut just before its space, " 35 8828"
 * under "SSN: 022"): read as marks first, then as the value's. */
static __attribute__((noinline)) size_t join_both(const uint8_t *p, size_t i, size_t l, size_t n,
                                                  int *m)
{
    size_t r = join_at(p, i, l, n, m, 1);
    if (!r && i + l < n && (p[i + l] == ' ' || p[i + l] == '\t'))
        r = join_at(p, i, l, n, m, 0);
    return r;
}

/* join_may() without a frame: most breaks stop there (join_both() is the rest). */
size_t anon_w54_join_at(const uint8_t *p, size_t i, size_t l, size_t n, int *m)
{
    w54_back = 0;
    return join_may(p, i, l, n) ? join_both(p, i, l, n, m) : 0;
}

size_t anon_w54_breaks(const char *text, size_t len, size_t a, size_t b, size_t *at, size_t *bl,
                       size_t max)
{
    const uint8_t *p = (const uint8_t *)text;
    size_t k = 0;
    /* the width cached for (text, len) is kept over a text's findings: the caller forgets it
     * (anon_w54_forget) before the text's first, as it may be another text's at that address */
    for (size_t i = a; i < b && k < max; i++) {
        if (p[i] != '\n' && p[i] != '\r')
            continue;
        size_t l = p[i] == '\r' ? 2 : 1;
        if (l == 2 && (i + 1 >= len || p[i + 1] != '\n'))
            continue;
        int m;
        size_t r = anon_w54_join_at(p, i, l, len, &m);
        if (r && i + r < b) {
            at[k] = i;
            bl[k++] = r;
            i += r - 1;
        } else {
            i += l - 1;
        }
    }
    return k;
}
