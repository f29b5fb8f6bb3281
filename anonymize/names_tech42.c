/* names_tech42.c: people in developer metadata that no other reader splits (branch tech42, from
 * the tune set gen_tech42.py).
 *
 * - a name before its mailbox when the mailbox spells it: `komolkoek trakoiec <komolkoek@x.pl>`
 *   in `git shortlog -sne`, trailers, .mailmap and `Name <mail> wrote:`, in any case: a word of
 *   the name (its first five letters, accents left out) stands in the local part;
 * - an RFC 2047 encoded word before a mailbox (`From: =?UTF-8?Q?No=C3=A9mie_Gauthier?= <n@x>`):
 *   decoded, it is two to four capitalised words; the encoded word is masked whole;
 * - a constructor's first two string arguments (`person("Dorota", "Jabłoński", role = ...)` in
 *   R's Authors@R, `new Person("Mette", "Jeppesen", ...)`, `User::new("A", "B")`): two single
 *   capitalised words after a callee named person, user, author, contact, customer, employee or
 *   member;
 * - a passwd line's GECOS name (`mk:x:1001:1001:Maria Keller,Room 12,,:/home/mk:/bin/bash`) for a
 *   user id from 1000 (system accounts below it, and 65534, `nobody`, are left).
 *
 * The one thing to know: it only adds findings, and a text is looked at only at its '@' (a
 * mailbox's '<' before it), '=' (before '?'), '(' (before a quote, after a listed callee) and ':'
 * (of ":x:", in a text with a '/'), read from the scan's tables of those bytes, which the other
 * passes fill; '<' and '@' must both be in the text (its rare-byte table) for the first two.
 */
#include "anonymize/names_internal.h"

#include <string.h>
#include <strings.h>

static int emit_person(struct sc *s, size_t a, size_t b)
{
    return s->emit(s->arg, ANON_NAMES_PERSON, a, b);
}

/* Is t[a .. b) a word no lexicon knows as a name but as an ordinary word (`Release`)? */
static int common_word(const struct sc *s, size_t a, size_t b)
{
    unsigned lx = nw_lexicon_in(s->t, s->len, a, b);
    return !nw_lexname(lx) && (lx & (ANON_NL_COMMON_EN | ANON_NL_COMMON));
}

/* The end of a word of letters at i (inner '-' and '\'' kept), or i; *caps: 1 it opens with a
 * capital and the rest is lower case, 0 all lower case, -1 anything else. */
static size_t name_word(const uint8_t *t, size_t i, size_t e, int *caps)
{
    size_t w = i, l;
    int up0 = -1, inner_up = 0;
    while (w < e) {
        if ((l = nw_letter(t + w, e - w)) != 0) {
            int up = nw_upper(t + w, e - w) != 0;
            if (up0 < 0)
                up0 = up;
            else
                inner_up |= up;
            w += l;
        } else if (w > i && w + 1 < e && (t[w] == '-' || t[w] == '\'') &&
                   nw_letter(t + w + 1, e - w - 1)) {
            w++;
            if (nw_upper(t + w, e - w))
                w += nw_upper(t + w, e - w); /* `Anne-Marie`, `O'Neil` */
        } else {
            break;
        }
    }
    *caps = inner_up ? -1 : up0;
    return w;
}

/* The letters of t[a .. b) in lower-case ASCII, Latin-1 and Latin Extended-A letters by their
 * base letter (`lömalgune` -> `lomalgune`, as a mailbox spells it), into out (cap > 0). */
size_t nw_ascii_fold(const uint8_t *t, size_t a, size_t b, char *out, size_t cap)
{
    static const char l1[] = "aaaaaaaceeeeiiiidnooooo.ouuuuytsaaaaaaaceeeeiiiidnooooo.ouuuuyty";
    static const char xa[] = "aaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiiijjjjkkklllllllllln"
                             "nnnnnnnnoooooooorrrrrrssssssssttttttuuuuuuuuuuuuwwyyyzzzzzzs";
    size_t n = 0;
    for (size_t i = a; i < b && n + 1 < cap; i++) {
        uint8_t c = t[i];
        if ((c | 32) >= 'a' && (c | 32) <= 'z') {
            out[n++] = (char)(c | 32);
        } else if (c >= 0xC3 && c <= 0xC5 && i + 1 < b && (t[i + 1] & 0xC0) == 0x80) {
            unsigned cp = ((unsigned)(c & 0x1F) << 6) | (t[i + 1] & 0x3F);
            char f = cp < 0x100 ? l1[cp - 0xC0] : xa[cp - 0x100];
            if (f != '.')
                out[n++] = f;
            i++;
        }
    }
    out[n] = '\0';
    return n;
}

/* ---- a name before the mailbox that spells it -------------------------------------------- */

/* Words of a team's, an office's or a list's mailbox and the words before a name
 * (`Cc: billing team <billing@x>`, `published by navarro <cnavarro@x>`). */
static int not_name_word(const struct sc *s, size_t a, size_t b)
{
    static const char *const w[] = {
        "team",    "office",   "support", "sales",      "billing",       "info",
        "admin",   "desk",     "group",   "service",    "services",      "noreply",
        "help",    "helpdesk", "bot",     "by",         "from",          "via",
        "cc",      "to",       "and",     "the",        "ops",           "hr",
        "list",    "lists",    "users",   "dev",        "devel",         "announce",
        "release", "news",     "press",   "jobs",       "careers",       "contact",
        "hello",   "security", "abuse",   "postmaster", "deploy",        "backup",
        "build",   "daemon",   "system",  "account",    "administrator", "guest",
        "test",    "demo",     "default", "admin",      "root",          "anonymous",
        "example", "sample",   "user",    "janitor",    "robot"};
    char f[16];
    size_t n = nw_ascii_fold(s->t, a, b, f, sizeof f);
    if (n != b - a)
        return 0;
    for (size_t k = 0; k < sizeof w / sizeof w[0]; k++)
        if (strcmp(f, w[k]) == 0)
            return 1;
    return 0;
}

/* Does the word t[a .. b) stand in the local part lp (its first five letters, or all of a shorter
 * word of three or more)? */
static int spelt_in(const struct sc *s, size_t a, size_t b, const char *lp)
{
    char w[32];
    size_t n = nw_ascii_fold(s->t, a, b, w, sizeof w);
    if (n < 3)
        return 0;
    if (n > 5)
        w[5] = '\0';
    return strstr(lp, w) != NULL;
}

/* The '<' at p opens `local@host>`: the name of two words before " <" whose mailbox spells it. */
static int before_mailbox(struct sc *s, size_t p)
{
    const uint8_t *t = s->t;
    int bar = t[p] == '|'; /* `git log --format='%an|%ae'`: `Name|mail|` */
    size_t e = p + 1, at = 0;
    while (e < s->len && e - p < 120 && t[e] != '>' && t[e] != ' ' && t[e] != '\n' && t[e] != '|') {
        if (t[e] == '@')
            at = e;
        e++;
    }
    if (!at || at == p + 1 || p < 4 ||
        (bar ? e < s->len && t[e] != '|' && t[e] != '\n' && t[e] != '\r'
             : e >= s->len || t[e] != '>' || t[p - 1] != ' '))
        return 0;
    char lp[64];
    size_t la = p + 1;
    for (size_t k = la; k < at; k++)
        if (t[k] == '+')
            la = k + 1; /* GitHub's `8639626+login@users.noreply.github.com` */
    if (nw_ascii_fold(t, la, at, lp, sizeof lp) < 3)
        return 0;
    /* the two words before the space: a surname, a given name */
    size_t b2 = bar ? p : p - 1, a2 = b2;
    while (a2 > 0 && t[a2 - 1] != ' ' && t[a2 - 1] != '\n' && t[a2 - 1] != '\t' && b2 - a2 < 40)
        a2--;
    if (a2 < 2 || t[a2 - 1] != ' ')
        return 0;
    size_t b1 = a2 - 1, a1 = b1;
    while (a1 > 0 && t[a1 - 1] != ' ' && t[a1 - 1] != '\n' && t[a1 - 1] != '\t' &&
           t[a1 - 1] != '"' && t[a1 - 1] != ':' && t[a1 - 1] != ',' && t[a1 - 1] != '|' &&
           b1 - a1 < 40)
        a1--;
    int c1, c2;
    if (b1 <= a1 || name_word(t, a1, b1, &c1) != b1 || name_word(t, a2, b2, &c2) != b2 || c1 < 0 ||
        c1 != c2 || b1 - a1 < 2 || b2 - a2 < 2)
        return 0;
    if (!spelt_in(s, a1, b1, lp) && !spelt_in(s, a2, b2, lp))
        return 0;
    if (not_name_word(s, a1, b1) || not_name_word(s, a2, b2))
        return 0;
    if ((c1 == 0 || common_word(s, a1, b1)) && (c1 == 0 || common_word(s, a2, b2)) &&
        (common_word(s, a1, b1) || common_word(s, a2, b2)))
        return 0; /* `Release Engineering <releng@...>`, `paris office <...>` */
    return emit_person(s, a1, b2);
}

static int mailbox_names(struct sc *s)
{
    const uint8_t *t = s->t;
    struct nw_hits *h = nw_hits_of(s, '@');
    for (size_t k = 0, at = nw_hit_at(h, s, '@', 0, 0); at < s->len;
         at = nw_hit_at(h, s, '@', ++k, at + 1)) {
        size_t p = at;
        while (p > 0 && t[p] != '<' && t[p] != '|' && t[p] != ' ' && t[p] != '\n' && at - p < 64)
            p--; /* back to the mailbox's '<', or the '|' of a pipe-joined line */
        if (p == 0 || p + 4 >= s->len || (t[p] == '<' ? t[p - 1] != ' ' : t[p] != '|'))
            continue;
        int rc = before_mailbox(s, p);
        if (rc < 0)
            return rc;
    }
    return 0;
}

/* ---- RFC 2047 encoded words before a mailbox ---------------------------------------------- */

static int hexv(uint8_t c)
{
    if (is_digit(c))
        return c - '0';
    if ((c | 32) >= 'a' && (c | 32) <= 'f')
        return (c | 32) - 'a' + 10;
    return -1;
}

static int b64v(uint8_t c)
{
    if (c >= 'A' && c <= 'Z')
        return c - 'A';
    if (c >= 'a' && c <= 'z')
        return c - 'a' + 26;
    if (is_digit(c))
        return c - '0' + 52;
    return c == '+' ? 62 : c == '/' ? 63 : -1;
}

/* The payload t[a .. b) of a 'Q' or 'B' encoded word, decoded into out; its length, 0 if bad. */
static size_t decode_word(const uint8_t *t, size_t a, size_t b, int enc, uint8_t *out, size_t cap)
{
    size_t n = 0;
    if (enc == 'Q') {
        for (size_t i = a; i < b && n < cap; i++) {
            if (t[i] == '_') {
                out[n++] = ' ';
            } else if (t[i] == '=') {
                int h = i + 2 < b ? hexv(t[i + 1]) : -1, l = h >= 0 ? hexv(t[i + 2]) : -1;
                if (l < 0)
                    return 0;
                out[n++] = (uint8_t)(h << 4 | l);
                i += 2;
            } else {
                out[n++] = t[i];
            }
        }
        return n;
    }
    unsigned acc = 0, bits = 0;
    for (size_t i = a; i < b && n < cap; i++) {
        if (t[i] == '=')
            break;
        int v = b64v(t[i]);
        if (v < 0)
            return 0;
        acc = acc << 6 | (unsigned)v;
        bits += 6;
        if (bits >= 8) {
            bits -= 8;
            out[n++] = (uint8_t)(acc >> bits);
        }
    }
    return n;
}

/* Two to four words, each a capital and lower-case letters, none an organisation's form. */
static int decoded_name(const uint8_t *d, size_t n)
{
    static const char *const org[] = {"GmbH",     "Ltd",   "Inc",  "AG",      "SA",
                                      "BV",       "AB",    "Team", "Support", "Service",
                                      "Services", "Group", "Bank", "News"};
    size_t words = 0;
    for (size_t i = 0; i < n;) {
        int caps;
        size_t e = name_word(d, i, n, &caps);
        if (e == i || caps != 1 || e - i < 2)
            return 0;
        for (size_t k = 0; k < sizeof org / sizeof org[0]; k++)
            if (e - i == strlen(org[k]) && memcmp(d + i, org[k], e - i) == 0)
                return 0;
        words++;
        if (e < n && d[e] != ' ')
            return 0;
        i = e < n ? e + 1 : e;
    }
    return words >= 2 && words <= 4;
}

static int encoded_names(struct sc *s)
{
    const uint8_t *t = s->t;
    struct nw_hits *h = nw_hits_of(s, '=');
    for (size_t k = 0, a = nw_hit_at(h, s, '=', 0, 0); a < s->len;
         a = nw_hit_at(h, s, '=', ++k, a + 1)) {
        size_t i = a + 2;
        if (a + 1 >= s->len || t[a + 1] != '?')
            continue;
        while (i < s->len && i - a < 24 && t[i] != '?' && t[i] > ' ')
            i++;
        if (i + 3 >= s->len || t[i] != '?' || t[i + 2] != '?')
            continue;
        int enc = t[i + 1] & ~32;
        if (enc != 'Q' && enc != 'B')
            continue;
        size_t pa = i + 3, pe = pa;
        while (pe + 1 < s->len && pe - pa < 160 && !(t[pe] == '?' && t[pe + 1] == '=') &&
               t[pe] > ' ')
            pe++;
        if (pe + 1 >= s->len || t[pe] != '?' || t[pe + 1] != '=')
            continue;
        size_t b = pe + 2, m = b;
        while (m < s->len && t[m] == ' ')
            m++;
        if (m == b || m >= s->len || t[m] != '<' ||
            !memchr(t + m, '@', s->len - m < 80 ? s->len - m : 80))
            continue; /* only a display name before its mailbox */
        uint8_t d[128];
        size_t n = decode_word(t, pa, pe, enc, d, sizeof d);
        int rc = n && decoded_name(d, n) ? emit_person(s, a, b) : 0;
        if (rc < 0)
            return rc;
    }
    return 0;
}

/* ---- a constructor's two string arguments ------------------------------------------------- */

static int callee(const uint8_t *t, size_t a, size_t b)
{
    static const char *const w[] = {"person",   "user",   "author", "contact", "customer",
                                    "employee", "member", "people", "patient", "owner"};
    for (size_t k = 0; k < sizeof w / sizeof w[0]; k++)
        if (b - a == strlen(w[k]) && strncasecmp((const char *)t + a, w[k], b - a) == 0)
            return 1;
    return 0;
}

/* A quoted single capitalised word at *i: its bounds; *i past the closing quote. */
static int quoted_word(const struct sc *s, size_t *i, size_t *a, size_t *b)
{
    const uint8_t *t = s->t;
    uint8_t q = *i < s->len ? t[*i] : 0;
    int caps;
    if (q != '"' && q != '\'')
        return 0;
    *a = *i + 1;
    *b = name_word(t, *a, s->len, &caps);
    if (caps != 1 || *b - *a < 2 || *b - *a > 32 || *b >= s->len || t[*b] != q)
        return 0;
    *i = *b + 1;
    return 1;
}

static int call_args(struct sc *s, size_t p)
{
    const uint8_t *t = s->t;
    size_t e = p, a = p;
    while (a > 0 && is_alnum(t[a - 1]))
        a--;
    if (a == e)
        return 0;
    if (e - a == 3 && strncasecmp((const char *)t + a, "new", 3) == 0) {
        e = a; /* `User::new(`, `Person.new(` */
        if (e >= 2 && t[e - 1] == ':' && t[e - 2] == ':')
            e -= 2;
        else if (e >= 1 && t[e - 1] == '.')
            e -= 1;
        else
            return 0;
        for (a = e; a > 0 && is_alnum(t[a - 1]);)
            a--;
    }
    if (!callee(t, a, e))
        return 0;
    size_t i = p + 1, ga, gb, sa, sb;
    if (!quoted_word(s, &i, &ga, &gb))
        return 0;
    if (i < s->len && t[i] == ',')
        i++;
    while (i < s->len && t[i] == ' ')
        i++;
    if (!quoted_word(s, &i, &sa, &sb) || (i < s->len && t[i] != ',' && t[i] != ')'))
        return 0;
    if ((common_word(s, ga, gb) && common_word(s, sa, sb)) || not_name_word(s, ga, gb) ||
        not_name_word(s, sa, sb))
        return 0; /* `User::new("Guest", "Account")` */
    int rc = emit_person(s, ga, gb);
    return rc < 0 ? rc : emit_person(s, sa, sb);
}

static int constructor_names(struct sc *s)
{
    const uint8_t *t = s->t;
    struct nw_hits *h = nw_hits_of(s, '(');
    for (size_t k = 0, p = nw_hit_at(h, s, '(', 0, 0); p < s->len;
         p = nw_hit_at(h, s, '(', ++k, p + 1)) {
        if (p < 4 || p + 6 >= s->len || (t[p + 1] != '"' && t[p + 1] != '\'') ||
            !is_alnum(t[p - 1]))
            continue;
        int rc = call_args(s, p);
        if (rc < 0)
            return rc;
    }
    return 0;
}

/* ---- passwd GECOS ------------------------------------------------------------------------- */

static size_t digits_at(const uint8_t *t, size_t i, size_t e, unsigned long *v)
{
    *v = 0;
    size_t k = i;
    while (k < e && k - i < 9 && is_digit(t[k]))
        *v = *v * 10 + (unsigned long)(t[k++] - '0');
    return k;
}

/* The passwd line whose ":x:" is at p: its GECOS name, for a user id of a person. */
static int gecos_line(struct sc *s, size_t p)
{
    const uint8_t *t = s->t;
    size_t ls = p, e = s->len;
    while (ls > 0 && t[ls - 1] != '\n' && p - ls < 40)
        ls--;
    if (ls == p || (ls > 0 && t[ls - 1] != '\n'))
        return 0;
    for (size_t k = ls; k < p; k++)
        if (!is_alnum(t[k]) && t[k] != '.' && t[k] != '_' && t[k] != '-')
            return 0; /* the login */
    unsigned long uid, gid;
    size_t i = digits_at(t, p + 3, e, &uid);
    if (i == p + 3 || i >= e || t[i] != ':')
        return 0;
    size_t j = digits_at(t, i + 1, e, &gid);
    if (j == i + 1 || j >= e || t[j] != ':' || uid < 1000 || uid >= 60000)
        return 0;
    size_t a = j + 1, b = a;
    while (b < e && t[b] != ',' && t[b] != ':' && t[b] != '\n')
        b++;
    size_t f = b;
    while (f < e && t[f] != ':' && t[f] != '\n')
        f++;
    if (f + 1 >= e || t[f] != ':' || t[f + 1] != '/')
        return 0; /* the home directory follows */
    size_t words = 0, common = 0;
    int c0 = -2;
    for (size_t w = a; w < b;) {
        int caps;
        size_t we = name_word(t, w, b, &caps);
        if (we == w || caps < 0 || (c0 != -2 && caps != c0) || we - w < 2)
            return 0;
        c0 = caps;
        if (not_name_word(s, w, we))
            return 0;
        common += (size_t)common_word(s, w, we);
        words++;
        if (we < b && t[we] != ' ')
            return 0;
        w = we < b ? we + 1 : we;
    }
    if (words < 2 || words > 4 || common == words)
        return 0; /* `Deploy Service`, a login copied into the field */
    return emit_person(s, a, b);
}

static int gecos_names(struct sc *s)
{
    const uint8_t *t = s->t;
    struct nw_hits *h = nw_hits_of(s, ':');
    for (size_t k = 0, p = nw_hit_at(h, s, ':', 0, 0); p < s->len;
         p = nw_hit_at(h, s, ':', ++k, p + 1)) {
        if (p + 3 >= s->len || t[p + 1] != 'x' || t[p + 2] != ':')
            continue;
        int rc = gecos_line(s, p);
        if (rc < 0)
            return rc;
    }
    return 0;
}

int nw_tech42_names(struct sc *s)
{
    int rc;
    if (!(s->kinds & (1u << ANON_NAMES_PERSON)) || s->len < 12)
        return 0;
    int lt = nw_text_may_hold(s, NW_RB_LT), at = nw_text_may_hold(s, NW_RB_AT);
    if (lt && at && (rc = mailbox_names(s)) < 0)
        return rc;
    if (lt && at && nw_text_may_hold(s, NW_RB_EQ) && (rc = encoded_names(s)) < 0)
        return rc;
    if ((rc = constructor_names(s)) < 0)
        return rc;
    if (nw_text_may_hold(s, NW_RB_SLASH) && (rc = gecos_names(s)) < 0)
        return rc;
    return 0;
}
