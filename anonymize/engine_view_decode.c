/* engine_view_decode.c: decode_at(), asked at each candidate byte of a text: what the detection
 * view decodes there: percent- and HTML-entity-coded separators and letters, quoted-printable
 * and MIME encoded words, ANSI escapes, escaped UTF-8, an escaped or HTML line break, Markdown
 * marks and tags inside a value.
 *
 * Each decoder returns the width of what it recognised at i and what it maps to (NORM_KEEP,
 * NORM_DROP or a byte); it never writes the text.
 */
#include "anonymize/engine_internal.h"
#include "anonymize/engine_view_internal.h"
#include "anonymize/markup53.h"

#include <openssl/mem.h>
#if defined(__x86_64__)
#include <immintrin.h>
#elif defined(__SSE2__)
#include <emmintrin.h>
#endif
#include <string.h>
#include <strings.h>

#include "anonymize/nd_table.h"

extern int nw_learn_traced; /* names_learn.c: set while the trainer traces the chain */

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
/* The length of a quoted-printable soft break ("=\n", "=\r\n") ending right before p[j], or 0. */
static size_t qp_soft_before(const uint8_t *p, size_t j)
{
    if (j >= 2 && p[j - 1] == '\n' && p[j - 2] == '=')
        return 2;
    return j >= 3 && p[j - 1] == '\n' && p[j - 2] == '\r' && p[j - 3] == '=' ? 3 : 0;
}

/* The length of a quoted-printable soft break at p[k], or 0. */
static size_t qp_soft_at(const uint8_t *p, size_t k, size_t n)
{
    if (k + 1 < n && p[k] == '=' && p[k + 1] == '\n')
        return 2;
    return k + 2 < n && p[k] == '=' && p[k + 1] == '\r' && p[k + 2] == '\n' ? 3 : 0;
}

static int qp_email_at(const uint8_t *p, size_t i, size_t n)
{
    static const char *const ext[] = {"png", "jpg",  "jpeg", "gif", "svg", "pdf",  "txt",
                                      "csv", "json", "yaml", "yml", "xml", "html", "htm",
                                      "js",  "css",  "py",   "md",  "log", "zip",  "gz",
                                      "tar", "exe",  "dll",  "so",  "sh",  NULL};
    /* the local part and the host may hold the encoder's soft breaks ("anoukmarque=\nz=40gmx.de",
     * "maria=40posteo=\n.de": a mail wrapped at its 76th column, chars57) */
    size_t j = i, s;
    while (j > 0 && i - j < 64) {
        if (is_alnum(p[j - 1]) || p[j - 1] == '.' || p[j - 1] == '_' || p[j - 1] == '-' ||
            p[j - 1] == '+')
            j--;
        else if ((s = qp_soft_before(p, j)) != 0 && j - s > 0 && is_alnum(p[j - s - 1]))
            j -= s;
        else
            break;
    }
    if (i - j < 2 || !((p[j] | 0x20) >= 'a' && (p[j] | 0x20) <= 'z') ||
        (j > 0 && (p[j - 1] >= 0x80 || strchr("?&;=/@:#", p[j - 1]))))
        return 0;
    size_t k = i + 3, dots = 0, last = k;
    size_t soft = 0; /* the soft breaks' bytes inside the last label */
    while (k < n && k - i < 256) {
        if (is_alnum(p[k]) || p[k] == '-' || p[k] == '.') {
            if (p[k] == '.' && k + 1 < n && is_alnum(p[k + 1]))
                dots++, last = k + 1, soft = 0;
            k++;
        } else if ((s = qp_soft_at(p, k, n)) != 0 && k + s < n && is_alnum(p[k + s])) {
            k += s;
            soft += s;
        } else {
            break;
        }
    }
    if (!dots || last == i + 3 || k - last - soft < 2 || (k < n && (p[k] >= 0x80 || p[k] == '@')))
        return 0;
    for (size_t q = last; q < k; q++)
        if ((s = qp_soft_at(p, q, n)) != 0)
            q += s - 1;
        else if (!((p[q] | 0x20) >= 'a' && (p[q] | 0x20) <= 'z'))
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
    /* "=2B" before a phone's digits in a mail's quoted-printable source ("Mobile: =2B31 6 ..."),
     * after no letter or digit: "n=2B5" is an assignment, not an encoder's output (chars53) */
    if (i + 3 < n && p[i + 1] == '2' && p[i + 2] == 'B' && is_digit(p[i + 3]) &&
        (i == 0 || p[i - 1] == ' ' || p[i - 1] == ':' || p[i - 1] == '(' || p[i - 1] == '\t' ||
         p[i - 1] == '\n')) {
        *m = '+';
        return 3;
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
size_t ew_open(const uint8_t *p, size_t i, size_t n, int *enc, int *latin1)
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
size_t ew_scan(const uint8_t *p, size_t i, size_t n, struct normpos *np)
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
size_t next_special(const uint8_t *p, size_t i, size_t n)
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
size_t decode_at(const uint8_t *p, size_t i, size_t n, int *m)
{
    uint8_t c = p[i];
    size_t l = 0;
    long v = -1;
    uint32_t m50cp;
    if (c == '%' && i + 2 < n) {
        v = hexrun(p + i + 1, 2);
        l = 3;
        if (v == '%' && i + 4 < n && hexrun(p + i + 3, 2) >= 0x20 && hexrun(p + i + 3, 2) < 0x80) {
            /* encoded twice ("maria%2540web.de", "+49%2520151..."): a URL put inside another
             * one's query; the inner escape's separator (chars57) */
            v = hexrun(p + i + 3, 2);
            l = 5;
        } else if (v >= 0xC2 && (l = escaped_utf8_at(p, i, n, '%', &v)) == 0)
            return 0;
    } else if (c == '&') {
        uint32_t cp;
        l = entity_at(p + i, n - i, &cp);
        v = l ? (long)cp : -1;
        /* a digit or an ASCII letter written as a numeric reference ("+&#52;9 &#49;51...",
         * "&#109;aria&#64;..."): what a page or a mail composer writes to hide a phone, a card or
         * an address from harvesters (chars57). Named references stay as they were. */
        if (l && p[i + 1] == '#' && v < 0x80 && is_alnum((uint8_t)v)) {
            *m = (int)v;
            return l;
        }
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
    } else if (c == '\\' && i + 6 < n && p[i + 1] == '\\' && p[i + 2] == 'u' && !nw_learn_traced) {
        /* a \\u escape written once more: JSON inside a JSON string ("M\\\\u00fcller" in a
         * tool call's arguments), read as the letter it spells (ent66) */
        v = hexrun(p + i + 3, 4);
        l = 7;
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
        if ((l = anon_m53_cell_gap(p, i, n, m)) != 0)
            return l; /* markup53.c: two cells of a sheet's row */
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
         * "maria[@]example[.]com", "2a04[:]1c7a[:]..." */
        if (i == 0 || i + 3 >= n || (p[i + 1] != '.' && p[i + 1] != '@' && p[i + 1] != ':') ||
            p[i + 2] != ']' || !is_alnum(p[i - 1]) || !is_alnum(p[i + 3]))
            return 0;
        /* an IPv6 address's "[:]" (chars53): between hex digits only, never a slice "a[:]" */
        if (p[i + 1] == ':' && (hexval(p[i - 1]) < 0 || hexval(p[i + 3]) < 0))
            return 0;
        *m = p[i + 1];
        return 3;
    } else if (c == 0x1B) {
        *m = NORM_DROP;
        return ansi_at(p, i, n);
    }
    /* a letter of a name or a street percent-encoded as its UTF-8 bytes ("M%C3%BCller",
     * "Stra%C3%9Fe" in a query or a form post) or hex-escaped by a shell ($'Jos\xc3\xa9' in a
     * bash -x trace) is read as that letter too (ent66) */
    if (v < 0) /* nothing decoded (p[i] may be the text's last byte) */
        return 0;
    /* (ent66's three readings are left out while the trainer traces the names chain
     * (names_learn.c): the learnt model's training text stays as it was trained on) */
    int letters = c == '&' || (c == '\\' && p[i + 1] == 'u') ||
                  (!nw_learn_traced && ((c == '\\' && p[i + 1] == '\\') || (c == '%' && l >= 6) ||
                                        (c == '\\' && p[i + 1] == 'x' && l >= 8)));
    if ((*m = coded_cp((uint32_t)v, letters ? CODED_LETTERS : CODED_SEP)) == NORM_KEEP)
        return 0;
    return l;
}
