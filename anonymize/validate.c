/* validate.c: the validators behind the detectors (checksums, parsers, plausibility rules).
 *
 * Each takes the bytes a pattern matched and returns how many of them are the value (0 = not a
 * value). They see only the match, never the surrounding text, and must not allocate: they run
 * for every candidate on the hot path.
 */
#include "anonymize/anon_internal.h"

#include <arpa/inet.h>
#include <stdio.h>
#include <string.h>

static int is_digit(char c)
{
    return c >= '0' && c <= '9';
}
static int is_alpha(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
}
static char upper(char c)
{
    return (c >= 'a' && c <= 'z') ? (char)(c - 32) : c;
}

/* Copies the digits of p into d (at most cap); returns how many there were (may exceed cap). */
static size_t digits_of(const char *p, size_t n, char *d, size_t cap)
{
    size_t k = 0;
    for (size_t i = 0; i < n; i++) {
        if (is_digit(p[i])) {
            if (k < cap)
                d[k] = p[i];
            k++;
        }
    }
    return k;
}

static int all_same(const char *d, size_t n)
{
    for (size_t i = 1; i < n; i++)
        if (d[i] != d[0])
            return 0;
    return 1;
}

/* ---- cards ---------------------------------------------------------------------------- */
/* Does a card number of k digits starting with d fall in an issuer range of its length? Visa,
 * Mastercard (51-55, 2221-2720), Mir (2200-2204), Amex (34, 37), Diners (300-305, 36, 38, 39),
 * JCB (35, and 2131 and 1800 with 15 digits), Discover, UnionPay, RuPay and Maestro (50, 56-69,
 * 81, 82, early 0604), Troy (9792) and UATP (1, 15 digits). Luhn-valid numeric ids (snowflakes,
 * build numbers) mostly fall outside. */
static int card_iin(const char *d, size_t k)
{
    unsigned two = (unsigned)(d[0] - '0') * 10 + (unsigned)(d[1] - '0');
    unsigned four = two * 100 + (unsigned)(d[2] - '0') * 10 + (unsigned)(d[3] - '0');
    switch (d[0]) {
    case '0':
        return four == 604; /* early Maestro */
    case '1':
        return k == 15;
    case '2':
        return (four >= 2221 && four <= 2720 && k == 16) ||
               (four >= 2200 && four <= 2204 && k >= 16) || (four == 2131 && k == 15);
    case '3':
        if (two == 34 || two == 37)
            return k == 15;
        if ((four >= 3000 && four <= 3059) || two == 36 || two == 38 || two == 39)
            return k >= 14;
        return two == 35 && k >= 16;
    case '4':
        return k == 13 || k == 16 || k == 19;
    case '5':
        return two >= 51 && two <= 55 ? k == 16 : (two == 50 || two >= 56);
    case '6':
        return 1;
    case '8':
        return (two == 81 || two == 82) && k >= 16;
    case '9':
        return four == 9792 && k == 16; /* Troy */
    default:
        return 0;
    }
}

static size_t luhn_card(const char *p, size_t n)
{
    char d[32];
    size_t k = digits_of(p, n, d, sizeof d);
    if (k < 12 || k > 19 || all_same(d, k) || !card_iin(d, k))
        return 0;
    size_t lines = 0;
    for (size_t i = 0; i < n; i++)
        lines += p[i] == '\n';
    if (lines > 1)
        return 0;
    /* Bare epoch timestamps in ms, us, ns (15..17xxxxxxxx) are far more common than such cards. */
    if (k == n && (k == 13 || k == 16 || k == 19) && d[0] == '1' && d[1] >= '5' && d[1] <= '7')
        return 0;
    unsigned sum = 0;
    for (size_t i = 0; i < k; i++) {
        unsigned v = (unsigned)(d[k - 1 - i] - '0');
        if (i & 1) {
            v *= 2;
            if (v > 9)
                v -= 9;
        }
        sum += v;
    }
    return sum % 10 == 0 ? n : 0;
}

/* A card, or a run broken by one line break that is not one: then the line before the break
 * may be (a card followed by a number on the next line). */
size_t anon_v_luhn(const char *p, size_t n)
{
    size_t ok = luhn_card(p, n);
    if (ok)
        return ok;
    const char *nl = memchr(p, '\n', n);
    if (!nl)
        return 0;
    size_t k = (size_t)(nl - p);
    if (k && p[k - 1] == '\r')
        k--;
    return k ? luhn_card(p, k) : 0;
}

/* ---- IBAN ----------------------------------------------------------------------------- */
/* IBAN prefix and length of every country of the SWIFT IBAN Registry, Release 100 (January
 * 2025), and Iran (IR, 26), whose IBANs are in use though that release does not list it.
 * tests/unit/test_detect_variants.c holds the registry's list and checks this table. */
static const struct {
    char cc[3];
    unsigned char len;
} iban_len[] = {
    {"AD", 24}, {"AE", 23}, {"AL", 28}, {"AT", 20}, {"AZ", 28}, {"BA", 20}, {"BE", 16}, {"BG", 22},
    {"BH", 22}, {"BI", 27}, {"BR", 29}, {"BY", 28}, {"CH", 21}, {"CR", 22}, {"CY", 28}, {"CZ", 24},
    {"DE", 22}, {"DJ", 27}, {"DK", 18}, {"DO", 28}, {"EE", 20}, {"EG", 29}, {"ES", 24}, {"FI", 18},
    {"FK", 18}, {"FO", 18}, {"FR", 27}, {"GB", 22}, {"GE", 22}, {"GI", 23}, {"GL", 18}, {"GR", 27},
    {"GT", 28}, {"HN", 28}, {"HR", 21}, {"HU", 28}, {"IE", 22}, {"IL", 23}, {"IQ", 23}, {"IR", 26},
    {"IS", 26}, {"IT", 27}, {"JO", 30}, {"KW", 30}, {"KZ", 20}, {"LB", 28}, {"LC", 32}, {"LI", 21},
    {"LT", 20}, {"LU", 20}, {"LV", 21}, {"LY", 25}, {"MC", 27}, {"MD", 24}, {"ME", 22}, {"MK", 19},
    {"MN", 20}, {"MR", 27}, {"MT", 31}, {"MU", 30}, {"NI", 28}, {"NL", 18}, {"NO", 15}, {"OM", 23},
    {"PK", 24}, {"PL", 28}, {"PS", 29}, {"PT", 25}, {"QA", 29}, {"RO", 24}, {"RS", 22}, {"RU", 33},
    {"SA", 24}, {"SC", 31}, {"SD", 18}, {"SE", 24}, {"SI", 19}, {"SK", 24}, {"SM", 27}, {"SO", 23},
    {"ST", 25}, {"SV", 28}, {"TL", 23}, {"TN", 24}, {"TR", 26}, {"UA", 29}, {"VA", 22}, {"VG", 24},
    {"XK", 20}, {"YE", 30},
};

unsigned anon_iban_country_len(char a, char b)
{
    a = upper(a);
    b = upper(b);
    for (size_t i = 0; i < sizeof iban_len / sizeof iban_len[0]; i++)
        if (iban_len[i].cc[0] == a && iban_len[i].cc[1] == b)
            return iban_len[i].len;
    return 0;
}

static int iban_sep(char c)
{
    return c == ' ' || c == '\t' || c == '-' || c == '\n' || c == '\r';
}

/* Accepts the IBAN at the start of p (spaces, tabs, dashes and one line break between characters
 * allowed) and returns its byte length; what follows it inside the match must be a separator,
 * never glued-on characters. The match may run on into the next words, so a BBAN must be mostly
 * digits, as every registry format is: "ES 12 is a number and..." is not an IBAN. */
size_t anon_v_iban(const char *p, size_t n)
{
    if (n < 4 || !is_alpha(p[0]) || !is_alpha(p[1]))
        return 0;
    unsigned want = anon_iban_country_len(p[0], p[1]);
    if (!want)
        return 0;
    char c[40];
    size_t k = 0, i = 0, lines = 0, digits = 0;
    for (; i < n && k < want; i++) {
        if (iban_sep(p[i])) {
            lines += p[i] == '\n';
            continue;
        }
        if (!is_digit(p[i]) && !is_alpha(p[i]))
            return 0;
        digits += k >= 4 && is_digit(p[i]);
        c[k++] = upper(p[i]);
    }
    if (k < want || lines > 1 || digits * 2 < want - 4)
        return 0;
    if (i < n && !iban_sep(p[i]))
        return 0;
    if (!is_digit(c[2]) || !is_digit(c[3]))
        return 0;
    /* mod 97 over BBAN + country + check digits, letters as 10..35 */
    unsigned rem = 0;
    for (size_t j = 0; j < want; j++) {
        char ch = c[(j + 4) % want];
        if (is_digit(ch)) {
            rem = (rem * 10 + (unsigned)(ch - '0')) % 97;
        } else {
            unsigned v = (unsigned)(ch - 'A') + 10;
            rem = (rem * 100 + v) % 97;
        }
    }
    return rem == 1 ? i : 0;
}

/* ---- US ------------------------------------------------------------------------------- */
size_t anon_v_us_ssn(const char *p, size_t n)
{
    char d[16];
    if (digits_of(p, n, d, sizeof d) != 9)
        return 0;
    int area = (d[0] - '0') * 100 + (d[1] - '0') * 10 + (d[2] - '0');
    if (area == 0 || area == 666 || area >= 900)
        return 0;
    if (d[3] == '0' && d[4] == '0')
        return 0;
    if (memcmp(d + 5, "0000", 4) == 0)
        return 0;
    if (all_same(d, 9) || memcmp(d, "123456789", 9) == 0 || memcmp(d, "078051120", 9) == 0 ||
        memcmp(d, "219099999", 9) == 0)
        return 0;
    return n;
}

size_t anon_v_us_itin(const char *p, size_t n)
{
    char d[16];
    if (digits_of(p, n, d, sizeof d) != 9 || d[0] != '9')
        return 0;
    int g = (d[3] - '0') * 10 + (d[4] - '0');
    if ((g >= 50 && g <= 65) || (g >= 70 && g <= 88) || (g >= 90 && g <= 92) || (g >= 94))
        return n;
    return 0;
}

/* ---- network addresses ------------------------------------------------------------------ */
size_t anon_v_ipv4(const char *p, size_t n)
{
    unsigned parts = 0, val = 0, len = 0;
    /* a fixed-width print pads every part to three digits ("010.041.003.127": router tables,
     * sorted logs); then the zeros are padding, not octal */
    int padded = n == 15 && p[3] == '.' && p[7] == '.' && p[11] == '.' && memcmp(p, "000", 3) != 0;
    for (size_t i = 0; i <= n; i++) {
        if (i == n || p[i] == '.') {
            if (len == 0 || val > 255)
                return 0;
            parts++;
            val = len = 0;
            continue;
        }
        if (!is_digit(p[i]))
            return 0;
        if (len == 1 && val == 0 && !padded)
            return 0; /* leading zero: octal look-alike or a version, not an address */
        val = val * 10 + (unsigned)(p[i] - '0');
        len++;
    }
    if (parts != 4)
        return 0;
    /* loopback, "any" and broadcast say nothing about anyone */
    if ((p[0] == '0' && !padded) || (n >= 4 && memcmp(p, "127.", 4) == 0) ||
        (n == 15 && memcmp(p, "255.255.255.255", 15) == 0))
        return 0;
    unsigned char a[4];
    char buf[16];
    memcpy(buf, p, n);
    buf[n] = '\0';
    if (padded) /* "010" is 10 */
        for (size_t k = 0; k < 4; k++)
            a[k] = (unsigned char)((p[4 * k] - '0') * 100 + (p[4 * k + 1] - '0') * 10 +
                                   (p[4 * k + 2] - '0'));
    else if (inet_pton(AF_INET, buf, a) != 1)
        return 0;
    /* documentation ranges (RFC 5737) and netmasks (contiguous ones from the top) */
    if ((a[0] == 192 && a[1] == 0 && a[2] == 2) || (a[0] == 198 && a[1] == 51 && a[2] == 100) ||
        (a[0] == 203 && a[1] == 0 && a[2] == 113))
        return 0;
    uint32_t v = (uint32_t)a[0] << 24 | (uint32_t)a[1] << 16 | (uint32_t)a[2] << 8 | a[3];
    if (a[0] == 255 && (~v & (~v + 1)) == 0)
        return 0;
    return n;
}

static int lower_eq(const char *p, size_t n, const char *word)
{
    size_t k = strlen(word);
    if (n != k)
        return 0;
    for (size_t i = 0; i < n; i++)
        if ((p[i] >= 'A' && p[i] <= 'Z' ? p[i] + 32 : p[i]) != word[i])
            return 0;
    return 1;
}

static int in_list(const char *p, size_t n, const char *const *list)
{
    for (; *list; list++)
        if (lower_eq(p, n, *list))
            return 1;
    return 0;
}

/* Length of the word ending at text[e) (letters, digits, '-', '_'); its start into *ws. */
static size_t word_before(const char *text, size_t e, size_t *ws)
{
    size_t b = e;
    while (b > 0 && (is_alpha(text[b - 1]) || is_digit(text[b - 1]) || text[b - 1] == '-' ||
                     text[b - 1] == '_'))
        b--;
    *ws = b;
    return e - b;
}

/* Is the line before at (text[at] == '\n' ending it) or after it (starting at at) a row of a
 * package list: two words, the second a version or a rule ("--------")? */
static int list_line(const char *text, size_t len, size_t at)
{
    size_t b = at, e = at;
    if (text[at] == '\n') { /* the line before */
        while (b > 0 && text[b - 1] != '\n')
            b--;
    } else { /* the line after */
        while (e < len && text[e] != '\n')
            e++;
    }
    size_t tok = 0, i = b, second = 0;
    while (i < e) {
        while (i < e && (text[i] == ' ' || text[i] == '\t' || text[i] == '\r'))
            i++;
        if (i == e)
            break;
        if (++tok == 2)
            second = i;
        while (i < e && !(text[i] == ' ' || text[i] == '\t' || text[i] == '\r'))
            i++;
    }
    return tok == 2 && (is_digit(text[second]) || text[second] == '-');
}

/* The first byte of the dotted quad text[s .. e). */
static unsigned ipv4_major(const char *text, size_t s, size_t e)
{
    unsigned major = 0;
    for (size_t i = s; i < e && i < s + 3 && is_digit(text[i]); i++)
        major = major * 10 + (unsigned)(text[i] - '0');
    return major;
}

/* A dotted quad is a version, not an address, after a version word ("version", "v", "build"),
 * a requirement operator ("==", ">=", "~>", "(= ") or a package's '@' (not a login's:
 * root@10.0.0.5), and when a line that upgrades, updates or bumps something moves "from" it
 * "to" another or shows it with "->". */
int anon_c_ipv4(const char *text, size_t len, size_t s, size_t e)
{
    static const char *const version_words[] = {
        "version",  "versions", "ver",      "vers", "v",      "release", "releases", "rel", "rev",
        "revision", "build",    "firmware", "fw",   "kernel", "tag",     "patch",    "sdk", NULL};
    static const char *const logins[] = {
        "root",     "admin",    "administrator", "ubuntu", "ec2-user", "centos",  "debian",
        "fedora",   "pi",       "user",          "git",    "deploy",   "ansible", "vagrant",
        "oracle",   "postgres", "azureuser",     "opc",    "core",     "alpine",  "jenkins",
        "www-data", "nobody",   "guest",         "ops",    "dev",      "devops",  "sysadmin",
        "test",     NULL};
    static const char *const verbs[] = {"upgrad",   "updat",     "bump", "downgrad", "migrat",
                                        "rollback", "roll back", "pin",  NULL};
    size_t p = s, ws;
    /* an SSH known_hosts line: the host list ("build,10.2.3.4", "[10.2.3.4]:2222") and then a key
     * type; a host's name before the address is no version word there */
    {
        size_t a = e;
        while (a < len && a - e < 256 && text[a] != ' ' && text[a] != '\n')
            a++;
        static const char *const keys[] = {"ssh-", "ecdsa-", "sk-ssh-", "sk-ecdsa-", NULL};
        for (size_t k = 0; a < len && text[a] == ' ' && keys[k]; k++) {
            size_t kl = strlen(keys[k]);
            if (len - a - 1 >= kl && memcmp(text + a + 1, keys[k], kl) == 0)
                return 1;
        }
    }
    /* version = "4.2.1.0": read past the value's quote */
    if (p > 0 && (text[p - 1] == '"' || text[p - 1] == '\''))
        p--;
    if (p > 0 && text[p - 1] == '@') {
        size_t wl = word_before(text, p - 1, &ws);
        return wl > 0 && in_list(text + ws, wl, logins);
    }
    /* "versions: [1.2.3, 4.2.1.0]", "tags: 4.2.1.0; 4.2.1.1" */
    if (anon_labelled(text, s, version_words))
        return 0;
    if (anon_ipv4_version_cue(text, len, s, e))
        return 0;
    while (p > 0 && s - p < 2 && text[p - 1] == ' ')
        p--;
    size_t op = p;
    while (op > 0 && p - op < 3 && text[op - 1] && strchr("=<>~^!", text[op - 1]))
        op--;
    /* HTML tags (<td>, <br/>, </td><td>) before it are not a ">" requirement: the word before
     * them says what it is */
    for (int tags = 0; tags < 4 && p - op == 1 && text[op] == '>'; tags++) {
        size_t t = op;
        while (t > 0 && op - t < 16 &&
               (is_alpha(text[t - 1]) || is_digit(text[t - 1]) || text[t - 1] == '/'))
            t--;
        if (!(t > 0 && t < op && text[t - 1] == '<' && (is_alpha(text[t]) || text[t] == '/')))
            break;
        p = op = t - 1;
        size_t b = p;
        while (b > 0 && p - b < 8 && (text[b - 1] == ' ' || text[b - 1] == '\n'))
            b--;
        if (b > 0 && text[b - 1] == '>')
            p = b, op = b - 1;
    }
    if (op < p) {
        size_t q = op;
        while (q > 0 && text[q - 1] == ' ')
            q--;
        /* a filter's comparison is an address: "ip.src == X", "$remote_addr == X" */
        size_t fws, fwl = p - op == 2 && text[op] == '=' ? word_before(text, q, &fws) : 0;
        if (fwl && in_list(text + fws, fwl,
                           (const char *const[]){"src", "dst", "addr", "ip", "host", "remote_addr",
                                                 "client_ip", "saddr", "daddr", NULL}))
            return 1;
        /* "key=10.0.0.1" is an address; "==", ">=", "~>", "^" and "(= " are requirements */
        if (!(p - op == 1 && text[op] == '=') || (q > 0 && text[q - 1] == '('))
            return 0;
        p = q; /* the key: version=4.2.1.0 is a version, ip=10.0.0.1 an address */
    }
    size_t q = p;
    while (q > 0 && (text[q - 1] == ':' || text[q - 1] == ' ') && p - q < 3)
        q--;
    size_t wl = word_before(text, q, &ws);
    if (wl && in_list(text + ws, wl, version_words))
        return 0;
    /* Standards-Version, api_version, minVersion, ProductVersion */
    if (wl > 7 && lower_eq(text + ws + wl - 7, 7, "version"))
        return 0;
    /* a dependency line: a package name and its version alone on a line ("kafka 15.2.0.1",
     * pip list, dpkg -l); an address comes with more than a name. Not past a first byte of 40
     * nor in 10.0.0.0/8: a host inventory lists "redis 10.16.1.8", "mysql 208.25.178.246" so */
    if (ipv4_major(text, s, e) <= 40 && ipv4_major(text, s, e) != 10) {
        size_t r = s;
        while (r > 0 && text[r - 1] == ' ')
            r--;
        size_t nws = r, nwl = r < s ? word_before(text, r, &nws) : 0, b = nws, a = e;
        while (nwl && b > 0 && text[b - 1] == ' ')
            b--;
        while (a < len && (text[a] == ' ' || text[a] == '\r'))
            a++;
        if (nwl && (b == 0 || text[b - 1] == '\n') && (a == len || text[a] == '\n') &&
            ((b >= 2 && list_line(text, len, b - 1)) ||
             (a + 1 < len && list_line(text, len, a + 1))) &&
            !in_list(text + nws, nwl,
                     (const char *const[]){"ip", "host", "addr", "address", "server", "from", "to",
                                           "gateway", "client", "peer", "src", "dst", "nameserver",
                                           "via", "inet", NULL}))
            return 0;
    }
    /* "upgrading libfoo from X to Y", "bump libfoo X -> Y" */
    int moved = (wl && (lower_eq(text + ws, wl, "from") || lower_eq(text + ws, wl, "to"))) ||
                (q >= 2 && text[q - 1] == '>' && (text[q - 2] == '-' || text[q - 2] == '='));
    if (!moved) {
        size_t a = e;
        while (a < len && text[a] == ' ')
            a++;
        moved = (a + 2 < len && (text[a] == '-' || text[a] == '=') && text[a + 1] == '>') ||
                (a + 3 < len && lower_eq(text + a, 2, "to") && text[a + 2] == ' ');
    }
    if (moved) {
        size_t b = s;
        while (b > 0 && s - b < 120 && text[b - 1] != '\n')
            b--;
        for (size_t i = b; i < s; i++)
            for (size_t k = 0; verbs[k]; k++) {
                size_t kl = strlen(verbs[k]);
                if (i + kl <= s && (i == b || !is_alpha(text[i - 1])) &&
                    lower_eq(text + i, kl, verbs[k]))
                    return 0;
            }
    }
    return 1;
}

size_t anon_v_ipv6(const char *p, size_t n)
{
    char buf[64];
    unsigned char addr[16];
    if (n < 2 || n >= sizeof buf)
        return 0;
    memcpy(buf, p, n);
    buf[n] = '\0';
    if (inet_pton(AF_INET6, buf, addr) != 1)
        return 0;
    /* documentation prefix 2001:db8::/32 (RFC 3849), and documentation IPv4 mapped into v6 */
    static const unsigned char doc[4] = {0x20, 0x01, 0x0d, 0xb8};
    if (memcmp(addr, doc, 4) == 0)
        return 0;
    static const unsigned char mapped[12] = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff};
    /* ::/80 written in hex groups ("::1:631" is netstat's loopback and port, "::2:5"): reserved
     * space that no host is numbered in; the v4-mapped ::ffff:0:0/96 and a dotted quad after
     * "::" are judged by their IPv4 address */
    static const unsigned char zero10[10] = {0};
    if (memcmp(addr, zero10, 10) == 0 && memcmp(addr, mapped, 12) != 0 && !memchr(p, '.', n))
        return 0;
    if (memcmp(addr, mapped, 12) == 0) {
        char v4[16];
        int k = snprintf(v4, sizeof v4, "%u.%u.%u.%u", addr[12], addr[13], addr[14], addr[15]);
        if (k > 0 && !anon_v_ipv4(v4, (size_t)k))
            return 0;
    }
    /* Compressed forms need some substance: "::1", "a::b" and friends are too easy to hit. */
    size_t groups = 0, hex = 0, digits = 0;
    int in = 0;
    for (size_t i = 0; i < n; i++) {
        if (p[i] == ':') {
            in = 0;
            continue;
        }
        if (!in)
            groups++;
        in = 1;
        hex++;
        if (is_digit(p[i]))
            digits++;
    }
    if (!digits || hex < 4 || groups < 2)
        return 0;
    return n;
}

/* ---- email ---------------------------------------------------------------------------- */
/* An address wrapped over two lines ("maria\n@example.com", "maria@example.\ncom") ends in a
 * top-level domain people write, never a word ("x\n@functools.cache", "a@b.\nThe"). */
static int wrapped_tld(const char *p, size_t n)
{
    static const char *const tlds[] = {"com", "net", "org", "edu", "gov", "io", "co", "de", "fr",
                                       "nl",  "uk",  "es",  "it",  "be",  "ch", "at", "eu", "info",
                                       "biz", "us",  "ca",  "au",  "pt",  "pl", "se", "dk", "no",
                                       "fi",  "ie",  "lu",  "cz",  "br",  "mx", "in", "jp", NULL};
    const char *at = memchr(p, '@', n);
    for (const char *c = p; c < at; c++) /* a local part, not a word of a heading ("Contact") */
        if (*c >= 'A' && *c <= 'Z')
            return 0;
    size_t b = n;
    while (b > 0 && p[b - 1] != '.')
        b--;
    while (b < n && (p[b] == '\r' || p[b] == '\n'))
        b++;
    if (b == 0 || b == n)
        return 0;
    return in_list(p + b, n - b, tlds);
}

#define EXT_B(c, k) ((uint64_t)(uint8_t)(c) << (8 * (k)))
#define EXT_1(a) EXT_B(a, 0)
#define EXT_2(a, b) (EXT_1(a) | EXT_B(b, 1))
#define EXT_3(a, b, c) (EXT_2(a, b) | EXT_B(c, 2))
#define EXT_4(a, b, c, d) (EXT_3(a, b, c) | EXT_B(d, 3))
#define EXT_5(a, b, c, d, e) (EXT_4(a, b, c, d) | EXT_B(e, 4))

size_t anon_v_email(const char *p, size_t n)
{
    /* file extensions that follow an '@' in paths and package specs, not top-level domains, by
     * length (ext[n - 1]: those of n letters, each packed little-endian, ended by 0) */
    static const uint64_t ext[5][25] = {
        {EXT_1('c'), EXT_1('h'), EXT_1('o'), 0},
        {EXT_2('j', 's'), EXT_2('t', 's'), EXT_2('m', 'd'), EXT_2('p', 'y'), EXT_2('r', 'b'),
         EXT_2('g', 'o'), EXT_2('r', 's'), EXT_2('k', 't'), EXT_2('g', 'z'), EXT_2('s', 'o'), 0},
        {EXT_3('p', 'n', 'g'),
         EXT_3('j', 'p', 'g'),
         EXT_3('g', 'i', 'f'),
         EXT_3('s', 'v', 'g'),
         EXT_3('i', 'c', 'o'),
         EXT_3('b', 'm', 'p'),
         EXT_3('m', 'j', 's'),
         EXT_3('c', 'j', 's'),
         EXT_3('t', 's', 'x'),
         EXT_3('j', 's', 'x'),
         EXT_3('c', 's', 's'),
         EXT_3('h', 't', 'm'),
         EXT_3('y', 'm', 'l'),
         EXT_3('t', 'x', 't'),
         EXT_3('p', 'h', 'p'),
         EXT_3('p', 'd', 'f'),
         EXT_3('z', 'i', 'p'),
         EXT_3('t', 'g', 'z'),
         EXT_3('m', 'a', 'p'),
         EXT_3('c', 'p', 'p'),
         EXT_3('h', 'p', 'p'),
         EXT_3('d', 'l', 'l'),
         EXT_3('e', 'x', 'e'),
         EXT_3('x', 'm', 'l'),
         0},
        {EXT_4('j', 'p', 'e', 'g'), EXT_4('w', 'e', 'b', 'p'), EXT_4('s', 'c', 's', 's'),
         EXT_4('h', 't', 'm', 'l'), EXT_4('j', 's', 'o', 'n'), EXT_4('y', 'a', 'm', 'l'),
         EXT_4('t', 'o', 'm', 'l'), EXT_4('l', 'o', 'c', 'k'), EXT_4('j', 'a', 'v', 'a'),
         EXT_4('w', 'a', 's', 'm'), 0},
        {EXT_5('s', 'w', 'i', 'f', 't'), 0},
    };
    const char *at = memrchr(p, '@', n);
    if (!at || at == p)
        return 0;
    if (memchr(p, '\n', n) && !wrapped_tld(p, n))
        return 0;
    /* a quoted local part may hold dots anywhere; a dot-atom has no empty atom */
    for (size_t i = p[0] == '"' ? (size_t)(at - p) + 1 : 1; i < n; i++)
        if (p[i] == '.' && p[i - 1] == '.')
            return 0;
    if (p[0] != '"' && (at[-1] == '.' || p[0] == '.'))
        return 0;
    const char *dot = NULL;
    for (const char *q = p + n; q > at; q--)
        if (q[-1] == '.') {
            dot = q;
            break;
        }
    if (!dot)
        return 0;
    size_t tl = (size_t)(p + n - dot);
    if (tl >= 1 && tl <= 5) { /* the domain's bytes with 0x20 set, packed as the list's are */
        uint64_t x = 0;
        for (size_t j = 0; j < tl; j++)
            x |= EXT_B(dot[j] | 0x20, j);
        for (const uint64_t *e = ext[tl - 1]; *e; e++)
            if (*e == x)
                return 0;
    }
    return n;
}

/* An address right after ':' is a label's value ("email:x@y.com", "EMAIL;TYPE=work:x@y.com"),
 * unless the ':' splits a URL's user:password@host ("https://bob:pw@host.example.com": the
 * password is no local part; URL_CREDENTIALS masks it), seen as "//" earlier in the same token. */
int anon_c_email(const char *text, size_t len, size_t s, size_t e)
{
    /* an SSH remote in scp form, host ':' path, whose login is a forge's or a system account's:
     * "git@github.com:org/repo.git", "ubuntu@build-host.example.net:/srv/app". A mailbox ends
     * before ':' and a space ("write to git@acme.com: ..."), a port is digits, and any other
     * login keeps its address ("maria.keller@web.de:notes" is hers). */
    if (e + 1 < len && text[e] == ':' &&
        (text[e + 1] == '/' || text[e + 1] == '~' || text[e + 1] == '.' || text[e + 1] == '_' ||
         ((text[e + 1] | 0x20) >= 'a' && (text[e + 1] | 0x20) <= 'z'))) {
        static const char *const logins[] = {"git",     "root",   "ubuntu", "ec2-user", "deploy",
                                             "admin",   "centos", "debian", "gitlab",   "gitea",
                                             "forgejo", "aur",    "hg",     "svn",      NULL};
        const char *at = memchr(text + s, '@', e - s);
        if (at && in_list(text + s, (size_t)(at - (text + s)), logins))
            return 0;
    }
    if (s == 0 || text[s - 1] != ':')
        return 1;
    for (size_t p = s - 1; p > 0 && s - p < 256; p--) {
        char c = text[p - 1];
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '"' || c == '\'' || c == '<' ||
            c == '(' || c == '[' || c == '=' || c == ',' || c == ';')
            return 1;
        if (c == '/' && p >= 2 && text[p - 2] == '/')
            return 0;
    }
    return 1;
}

/* ---- phone ---------------------------------------------------------------------------- */
/* Plausibility, not a checksum: the pattern finds digit groups; this rejects the digit groups
 * that are dates, decimals, thousands-separated amounts, epoch timestamps and short counts. */
size_t anon_v_phone(const char *p, size_t n)
{
    size_t end = n;
    for (size_t i = 0; i < n; i++)
        if (p[i] == 'x' || p[i] == 'e' || p[i] == 'X' || p[i] == 'E') {
            end = i;
            break;
        }
    while (end > 0 && !is_digit(p[end - 1]) && p[end - 1] != ')')
        end--;
    int intl = p[0] == '+' || (end > 2 && p[0] == '0' && p[1] == '0');
    /* A list's or a sentence's next number after a space is not the phone's last group: "1. +44
     * 7700 900123 2. 07700 900456", "call +1 415 555 0132 2 times". A single digit never ends a
     * written number; two digits do ("01 42 68 53 00"), so those are cut only where the country's
     * length says the number ended before them. */
    if (end == n && end >= 4 && is_digit(p[end - 1])) {
        size_t g = end;
        while (g > 0 && is_digit(p[g - 1]))
            g--;
        size_t tail = end - g;
        if (g >= 2 && tail <= 2 && p[g - 1] == ' ' && is_digit(p[g - 2])) {
            size_t cut = anon_v_phone(p, g - 1);
            if (cut && tail == 1)
                return cut;
            if (cut && intl && p[0] == '+') {
                char d[24];
                size_t nd = 0, nc = 0;
                for (size_t i = 1; i < end && nd < sizeof d; i++) {
                    if (p[i] == '(' && i + 2 < end && p[i + 1] == '0' && p[i + 2] == ')')
                        i += 2;
                    else if (is_digit(p[i]))
                        d[nd++] = p[i];
                    if (i + 1 == g)
                        nc = nd;
                }
                if (nd < sizeof d && !anon_e164_ok(d, nd) && anon_e164_ok(d, nc))
                    return cut;
            }
        }
    }
    /* DIN 5008: a trunk-0 number and its extension after a dash ("0221 73193-0", "034154203-0"):
     * the number before the dash decides */
    if (end == n && p[0] == '0' && p[1] != '0' && end >= 9) {
        size_t g = end;
        while (g > 0 && is_digit(p[g - 1]))
            g--;
        if (g >= 8 && end - g <= 5 && p[g - 1] == '-' && is_digit(p[g - 2]) &&
            !memchr(p, '-', g - 1) && !memchr(p, '/', g - 1) && !memchr(p, '.', g - 1) &&
            anon_v_phone(p, g - 1))
            return n;
    }
    int paren = memchr(p, '(', end) != NULL;
    unsigned glen[16], gval[16];
    char sep[16];
    size_t ng = 0, digits = 0;
    int in = 0;
    char last_sep = 0;
    for (size_t i = 0; i < end; i++) {
        char c = p[i];
        if (is_digit(c)) {
            if (!in) {
                if (ng == 16)
                    return 0;
                glen[ng] = 0;
                gval[ng] = 0;
                sep[ng] = last_sep;
                ng++;
                in = 1;
            }
            glen[ng - 1]++;
            if (gval[ng - 1] < 100000)
                gval[ng - 1] = gval[ng - 1] * 10 + (unsigned)(c - '0');
            digits++;
        } else {
            if (in)
                last_sep = c;
            else if (c != ' ')
                last_sep = c;
            in = 0;
        }
    }
    /* the 00 of an international prefix and a national trunk written "(0)" are dialled, not
     * part of the number's 15 digits: "0049 (0)151 1234 5678" */
    size_t counted = digits;
    if (intl && p[0] == '0')
        counted -= 2;
    for (size_t i = 0; paren && i + 2 < end; i++)
        if (p[i] == '(' && p[i + 1] == '0' && p[i + 2] == ')')
            counted--;
    if (digits < 7 || counted > 15)
        return 0;
    /* a year in parentheses and a page: "(2019) 123 ALR 456", "(1990) 170 CLR 1" are law
     * reports; no area code is four digits from 1 or 2 between parentheses */
    if (p[0] == '(' && end > 5 && p[5] == ')' && (p[1] == '1' || p[1] == '2') && is_digit(p[2]) &&
        is_digit(p[3]) && is_digit(p[4]))
        return 0;
    if (intl || paren) {
        /* "00795978", "0012345678": zero-padded ids, not 00 + country code */
        if (p[0] == '0' && (digits < 10 || (ng == 1 && digits < 12)))
            return 0;
        /* no calling code starts with 0: "0001 3239 36" (an IBAN's last groups) is no number */
        if (p[0] == '0' && p[2] == '0' && !paren)
            return 0;
        /* a date after a diff's or a list's '+' ("+ 06.08.1965", "+ 1971-07-28": a pytest
         * assertion's new line) is no number: three groups, one separator, a calendar day */
        if (p[0] == '+' && ng == 3 && sep[1] == sep[2] &&
            (sep[1] == '.' || sep[1] == '-' || sep[1] == '/')) {
            int ymd = glen[0] == 4 && glen[1] <= 2 && glen[2] <= 2 && gval[0] >= 1900 &&
                      gval[0] < 2100 && gval[1] >= 1 && gval[1] <= 12 && gval[2] >= 1 &&
                      gval[2] <= 31;
            int dmy = glen[0] <= 2 && glen[1] <= 2 && glen[2] == 4 && gval[2] >= 1900 &&
                      gval[2] < 2100 && gval[0] >= 1 && gval[1] >= 1 &&
                      ((gval[0] <= 31 && gval[1] <= 12) || (gval[0] <= 12 && gval[1] <= 31));
            if (ymd || dmy)
                return 0;
        }
        /* 00 and 4.3.3 in dots is a Belgian enterprise number ("BTW BE 0020.553.408") */
        if (p[0] == '0' && ng == 3 && glen[0] == 4 && glen[1] == 3 && glen[2] == 3 &&
            sep[1] == '.' && sep[2] == '.')
            return 0;
        return digits >= 8 || paren ? n : 0;
    }
    if (ng == 1) {
        /* bare digits (the pattern demands phone context): not epoch seconds (1xxxxxxxxx),
         * placeholder runs or integer limits */
        static const char *const not_phone[] = {"0123456789", "1234567890", "9876543210",
                                                "2147483647", "2147483648", "4294967295",
                                                "4294967296", "9999999999"};
        /* 12 to 15: an international number without its '+' (anon_c_phone wants a phone
         * word before it): its country code and that country's length */
        if (digits >= 12 && digits <= 15 && end == digits)
            return anon_e164_ok(p, digits) ? n : 0;
        /* 1 and a NANP area code ([2-9]) is a North American number with its trunk 1; nine
         * digits are a Czech, Polish, Portuguese or Spanish number without spaces, eight a
         * Danish or Norwegian one (anon_c_phone wants a phone word before them) */
        /* eight: not a date, 20240101 */
        if (digits == 8 && ((p[0] == '1' && p[1] == '9') || (p[0] == '2' && p[1] == '0')) &&
            ((p[4] == '0' && p[5] >= '1') || (p[4] == '1' && p[5] <= '2')) && p[6] <= '3')
            return 0;
        /* eight: a Danish or Norwegian number, which starts with 2-9 */
        if (digits == 8 && (p[0] < '2' || p[0] > '9'))
            return 0;
        if (digits < 8 || digits > 11 || (p[0] == '1' && !(digits == 11 && p[1] >= '2')) ||
            (p[0] == '0' && p[1] == '0'))
            return 0;
        for (size_t i = 0; i < sizeof not_phone / sizeof not_phone[0]; i++)
            if (end >= 10 && memcmp(p, not_phone[i], 10) == 0)
                return 0;
        return n;
    }
    int same = 1, dots = 0;
    for (size_t g = 1; g < ng; g++) {
        if (sep[g] != sep[1])
            same = 0;
        if (sep[g] == '.')
            dots++;
        if (sep[g] == ',')
            return 0;
    }
    /* a dotted quad is an IPv4 address (or a version), never a phone; but eight digits in
     * dotted pairs are how Danes and Norwegians write numbers ("60.54.18.20"), admitted after a
     * phone word only (anon_c_phone) */
    if (ng == 4 && dots == 3 && glen[0] <= 3 && glen[1] <= 3 && glen[2] <= 3 && glen[3] <= 3 &&
        !(digits == 8 && glen[0] == 2 && glen[1] == 2 && glen[2] == 2))
        return 0;
    /* mixed separators other than spaces ("34.11-2012") are references, not numbers to call;
     * but the German notation writes the trunk 0 and the area code, a slash, then the number in
     * dashed groups or with its extension ("030/12345-678", "0151/3162-9613"), never a year
     * after the slash */
    int din = p[0] == '0' && p[1] != '0' && glen[0] >= 3 && glen[0] <= 5 && sep[1] == '/' &&
              glen[1] >= 3 && !(glen[1] == 4 && gval[1] >= 1900 && gval[1] <= 2099);
    /* the Belgian notation: the trunk 0 and the zone, a slash, the number in dotted groups of
     * two or three ("0470/12.34.56", "02/512.34.56") */
    int be = p[0] == '0' && p[1] != '0' && glen[0] >= 2 && glen[0] <= 4 && sep[1] == '/' &&
             ng >= 3 && digits >= 9;
    for (size_t g = 2; be && g < ng; g++)
        be = sep[g] == '.' && glen[g - 1] >= 2 && glen[g - 1] <= 3 && glen[g] >= 2 && glen[g] <= 3;
    for (size_t g = 2; g < ng; g++)
        if (sep[g] != sep[1] && sep[g] != ' ' && sep[1] != ' ' && !(din && sep[g] == '-') && !be)
            return 0;
    /* a date written with spaces, or with its time after it: "09 05 2025", "01 01 2023 19 02"
     * (no numbering plan writes 2-2-4 with a year: French numbers are 2-2-2-2-2) */
    if ((ng == 3 || ng == 5) && glen[0] <= 2 && glen[1] <= 2 && glen[2] == 4 && sep[1] == ' ' &&
        sep[2] == ' ' && gval[2] >= 1900 && gval[2] <= 2099 && gval[0] >= 1 && gval[0] <= 31 &&
        gval[1] >= 1 && gval[1] <= 12 &&
        (ng == 3 || (glen[3] == 2 && glen[4] == 2 && gval[3] <= 23 && gval[4] <= 59)))
        return 0;
    /* a date with its time: "09.04.2019 18.00", "04.04.26 08.30" */
    if (ng == 5 && glen[0] <= 2 && glen[1] <= 2 && (glen[2] == 4 || glen[2] == 2) && glen[3] == 2 &&
        glen[4] == 2 && sep[1] == sep[2] && sep[1] != ' ' && sep[3] == ' ' && gval[0] >= 1 &&
        gval[0] <= 31 && gval[1] >= 1 && gval[1] <= 12 && gval[3] <= 23 && gval[4] <= 59)
        return 0;
    /* a reference with a year among slashes: "114/78/2022", "2022/2911/07" */
    if (ng >= 3 && same && sep[1] == '/' &&
        ((glen[0] == 4 && gval[0] >= 1900 && gval[0] <= 2099) ||
         (glen[ng - 1] == 4 && gval[ng - 1] >= 1900 && gval[ng - 1] <= 2099)))
        return 0;
    /* a UPC or EAN in its printed groups: "0 46343 03460 2" (a lone 0 never heads a number) */
    if (ng >= 3 && glen[0] == 1 && p[0] == '0' && glen[1] == 5 && glen[2] == 5)
        return 0;
    /* dates: y-m-d, d-m-y, m/d/y in any three consecutive groups */
    /* "0496.10.13.06": a trunk-0 area code and pairs hold no date */
    int pairs0 =
        ng == 4 && p[0] == '0' && glen[0] >= 3 && glen[1] == 2 && glen[2] == 2 && glen[3] == 2;
    for (size_t g = 0; ng <= 4 && !be && !pairs0 && g + 2 < ng; g++) {
        unsigned a = gval[g], b = gval[g + 1], c = gval[g + 2];
        if (sep[g + 1] == ' ' && sep[g + 2] == ' ')
            continue;
        if (glen[g] == 4 && a >= 1000 && glen[g + 1] <= 2 && glen[g + 2] <= 2 && b >= 1 && b <= 12)
            return 0;
        if (glen[g] <= 2 && glen[g + 1] <= 2 && (glen[g + 2] == 4 || glen[g + 2] == 2) &&
            ((a >= 1 && a <= 31 && b >= 1 && b <= 12) || (a >= 1 && a <= 12 && b >= 1 && b <= 31)))
            return 0;
        (void)c;
    }
    /* the US SSN shape 3-2-4 is never a phone, valid SSN or not */
    if (ng == 3 && sep[1] == '-' && sep[2] == '-' && glen[0] == 3 && glen[1] == 2 && glen[2] == 4)
        return 0;
    /* numbers holding a year ("2023 2024", "12 2024", "IEEE 754-2008") are prose, not phones */
    if (((same && sep[1] == ' ') || ng == 2) && p[0] != '0')
        for (size_t g = 0; g < ng; g++)
            if (glen[g] == 4 && gval[g] >= 1900 && gval[g] <= 2099)
                return 0;
    /* two groups: "555 1234", "99 668472", "555-1234", "06-10446904", "030/3838021" (trunk 0,
     * the German area code and number), "343-3596050", "340/9162187" (an Italian mobile, which
     * has no trunk 0); not "2024-00123", "1000-2000" or "00/123456" (all but the
     * international shapes need a phone word: anon_c_phone) */
    if (ng == 2 && sep[1] != ' ' && !(sep[1] == '-' && glen[0] == 3 && glen[1] == 4) &&
        !((sep[1] == '-' || sep[1] == '/') && p[0] == '3' && glen[0] == 3 &&
          (glen[1] == 6 || glen[1] == 7)) &&
        !(sep[1] == '-' && p[0] == '0' && glen[1] >= 6) &&
        /* "0920-36529", "0402-83867": a Swedish or Irish area code and five digits; "699-5369105",
         * "2310-576777": a Greek number with a dash (not "2024-123456") */
        !(sep[1] == '-' && p[0] == '0' && glen[0] >= 3 && glen[1] == 5) &&
        !(sep[1] == '-' && p[0] != '0' && glen[0] >= 3 && glen[0] <= 4 && digits == 10 &&
          !(glen[0] == 4 && gval[0] >= 1900 && gval[0] <= 2099)) &&
        !(sep[1] == '/' && p[0] == '0' && p[1] != '0' && glen[0] <= 5 && glen[1] >= 6))
        return 0;
    /* decimals and versions */
    if (dots && (ng == 2 || dots == (int)ng - 1)) {
        if (ng <= 3 && (glen[ng - 1] <= 2 || glen[0] <= 1))
            return 0;
    }
    /* 1 234 567 / 1.234.567: thousands grouping; but nine digits as 3.3.3 are how Spain,
     * Portugal, Poland and Czechia write numbers ("912.345.678"), admitted after a phone word
     * only (anon_c_phone) */
    if (same && (sep[1] == ' ' || sep[1] == '.') && glen[0] <= 3 &&
        !(ng == 3 && glen[0] == 3 && sep[1] == '.')) {
        int thousands = 1;
        for (size_t g = 1; g < ng; g++)
            if (glen[g] != 3)
                thousands = 0;
        if (thousands && (glen[0] == 1 || sep[1] == '.'))
            return 0;
    }
    /* lists of small numbers separated by spaces: "10 20 30 40"; but eight digits in pairs are
     * how Danish and Norwegian numbers are written ("33 87 70 88"), admitted after a phone word
     * only (anon_c_phone) */
    if (same && sep[1] == ' ' && p[0] != '0' && !(ng == 4 && digits == 8)) {
        int small = 1;
        for (size_t g = 0; g < ng; g++)
            if (glen[g] > 2)
                small = 0;
        if (small)
            return 0;
    }
    return n;
}

/* ---- JWT and Basic ------------------------------------------------------------------------ */
static int b64val(char c, int url)
{
    if (c >= 'A' && c <= 'Z')
        return c - 'A';
    if (c >= 'a' && c <= 'z')
        return c - 'a' + 26;
    if (is_digit(c))
        return c - '0' + 52;
    if (c == (url ? '-' : '+'))
        return 62;
    if (c == (url ? '_' : '/'))
        return 63;
    return -1;
}

/* Decodes up to cap bytes of base64 (padding stops it); returns decoded length or -1. */
static long b64_decode(const char *p, size_t n, int url, unsigned char *out, size_t cap)
{
    unsigned acc = 0;
    int bits = 0;
    size_t k = 0;
    for (size_t i = 0; i < n; i++) {
        if (p[i] == '=')
            break;
        int v = b64val(p[i], url);
        if (v < 0)
            return -1;
        acc = (acc << 6) | (unsigned)v;
        bits += 6;
        if (bits >= 8) {
            bits -= 8;
            if (k == cap)
                return (long)k;
            out[k++] = (unsigned char)(acc >> bits);
        }
    }
    return (long)k;
}

size_t anon_v_jwt(const char *p, size_t n)
{
    const char *dot = memchr(p, '.', n);
    if (!dot)
        return 0;
    unsigned char h[512];
    long k = b64_decode(p, (size_t)(dot - p), 1, h, sizeof h);
    if (k < 8)
        return 0;
    size_t s = 0, e = (size_t)k;
    while (s < e && (h[s] == ' ' || h[s] == '\n' || h[s] == '\r' || h[s] == '\t'))
        s++;
    while (e > s && (h[e - 1] == ' ' || h[e - 1] == '\n' || h[e - 1] == '\r' || h[e - 1] == '\t'))
        e--;
    /* a long header (x5c certificate chains) is judged by its first bytes */
    int cut = (size_t)k == sizeof h;
    if (e - s < 2 || h[s] != '{' || (!cut && h[e - 1] != '}'))
        return 0;
    if (!memmem(h + s, e - s, "\"alg\"", 5))
        return 0;
    return n;
}

/* An opaque bearer token has digits among its letters (or is long and mixed-case); prose after
 * the word "bearer" does not. */
size_t anon_v_bearer(const char *p, size_t n)
{
    int lo = 0, up = 0, dg = 0;
    for (size_t i = 0; i < n; i++) {
        lo |= p[i] >= 'a' && p[i] <= 'z';
        up |= p[i] >= 'A' && p[i] <= 'Z';
        dg |= is_digit(p[i]);
    }
    return (dg && lo + up >= 1) || (lo && up && n >= 32) ? n : 0;
}

size_t anon_v_basic(const char *p, size_t n)
{
    unsigned char d[256];
    long k = b64_decode(p, n, 0, d, sizeof d);
    if (k < 3)
        return 0;
    int colon = 0;
    for (long i = 0; i < k; i++) {
        if (d[i] < 0x20 || d[i] == 0x7f)
            return 0;
        if (d[i] == ':')
            colon = 1;
    }
    return colon ? n : 0;
}

/* ---- DE ------------------------------------------------------------------------------- */
/* Steuerliche Identifikationsnummer: 11 digits, no leading 0, in the first ten one digit occurs
 * two or three times and no other repeats; check digit by ISO 7064 MOD 11,10. */
size_t anon_v_de_taxid(const char *p, size_t n)
{
    char d[16];
    if (digits_of(p, n, d, sizeof d) != 11 || d[0] == '0')
        return 0;
    unsigned cnt[10] = {0};
    for (int i = 0; i < 10; i++)
        cnt[d[i] - '0']++;
    int multi = 0;
    for (int i = 0; i < 10; i++) {
        if (cnt[i] > 3)
            return 0;
        if (cnt[i] >= 2)
            multi++;
    }
    if (multi != 1)
        return 0;
    unsigned product = 10;
    for (int i = 0; i < 10; i++) {
        unsigned sum = ((unsigned)(d[i] - '0') + product) % 10;
        if (sum == 0)
            sum = 10;
        product = (sum * 2) % 11;
    }
    unsigned check = 11 - product;
    if (check == 10)
        check = 0;
    return check == (unsigned)(d[10] - '0') ? n : 0;
}

/* Rentenversicherungsnummer: area(2) birth date DDMMYY(6) letter serial(2) check(1). The letter
 * becomes its two-digit alphabet position; weights 2,1,2,5,7,1,2,1,2,1,2,1, digit sums, mod 10. */
size_t anon_v_de_svnr(const char *p, size_t n)
{
    char c[16];
    size_t k = 0;
    char letter = 0;
    for (size_t i = 0; i < n; i++) {
        if (p[i] == ' ')
            continue;
        if (is_alpha(p[i])) {
            if (k != 8 || letter)
                return 0;
            letter = upper(p[i]);
            c[k++] = (char)('0' + (letter - 'A' + 1) / 10);
            c[k++] = (char)('0' + (letter - 'A' + 1) % 10);
            continue;
        }
        if (!is_digit(p[i]) || k >= 13)
            return 0;
        c[k++] = p[i];
    }
    if (k != 13 || !letter)
        return 0;
    int day = (c[2] - '0') * 10 + (c[3] - '0');
    int month = (c[4] - '0') * 10 + (c[5] - '0');
    if (day < 1 || day > 31 || month < 1 || month > 12)
        return 0;
    static const unsigned w[12] = {2, 1, 2, 5, 7, 1, 2, 1, 2, 1, 2, 1};
    unsigned sum = 0;
    for (int i = 0; i < 12; i++) {
        unsigned v = (unsigned)(c[i] - '0') * w[i];
        sum += v / 10 + v % 10;
    }
    return sum % 10 == (unsigned)(c[12] - '0') ? n : 0;
}

/* ---- FR ------------------------------------------------------------------------------- */
/* NIR (numéro de sécurité sociale): 13 characters then a 2-digit key = 97 - (number mod 97);
 * Corsica's departments 2A and 2B count as 19 and 18. */
size_t anon_v_fr_nir(const char *p, size_t n)
{
    char c[16];
    size_t k = 0;
    for (size_t i = 0; i < n; i++) {
        if (p[i] == ' ')
            continue;
        if (k >= 15)
            return 0;
        c[k++] = upper(p[i]);
    }
    if (k != 15)
        return 0;
    int month = (c[3] - '0') * 10 + (c[4] - '0');
    if (!((month >= 1 && month <= 12) || month >= 20))
        return 0;
    uint64_t num = 0;
    for (int i = 0; i < 13; i++) {
        unsigned v;
        if (i == 5 && c[5] == '2' && (c[6] == 'A' || c[6] == 'B')) {
            v = c[6] == 'A' ? 19 : 18;
            num = num * 100 + v;
            i++;
            continue;
        }
        if (!is_digit(c[i]))
            return 0;
        num = num * 10 + (unsigned)(c[i] - '0');
    }
    if (!is_digit(c[13]) || !is_digit(c[14]))
        return 0;
    unsigned key = (unsigned)((c[13] - '0') * 10 + (c[14] - '0'));
    return key == 97 - num % 97 ? n : 0;
}

/* ---- NL ------------------------------------------------------------------------------- */
/* BSN: 9 digits, 9*d1 + 8*d2 + ... + 2*d8 - d9 divisible by 11 (the "elfproef"). */
size_t anon_v_nl_bsn(const char *p, size_t n)
{
    char d[16];
    if (digits_of(p, n, d, sizeof d) != 9 || all_same(d, 9))
        return 0;
    long sum = 0;
    for (int i = 0; i < 8; i++)
        sum += (long)(d[i] - '0') * (9 - i);
    sum -= d[8] - '0';
    return sum % 11 == 0 ? n : 0;
}

/* ---- UK ------------------------------------------------------------------------------- */
size_t anon_v_uk_nino(const char *p, size_t n)
{
    static const char *const bad[] = {"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"};
    if (n < 9)
        return 0;
    char a = upper(p[0]), b = upper(p[1]);
    if (strchr("DFIQUV", a) || strchr("DFIOQUV", b))
        return 0;
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++)
        if (bad[i][0] == a && bad[i][1] == b)
            return 0;
    char d[16];
    if (digits_of(p, n, d, sizeof d) != 6)
        return 0;
    return n;
}

/* NHS number: 10 digits, weights 10..2 on the first nine, check = 11 - sum mod 11 (11 -> 0,
 * 10 -> invalid). Issued ranges: England and Wales 400-499 and 600-799, Northern Ireland
 * 320-399, the 9xx test range used in documentation, and Scotland's CHI numbers, which start
 * with a birth date DDMM. Epoch seconds (15..17xxxxxxxx) mostly fail the last rule. */
size_t anon_v_uk_nhs(const char *p, size_t n)
{
    char d[16];
    if (digits_of(p, n, d, sizeof d) != 10 || all_same(d, 10))
        return 0;
    int head = (d[0] - '0') * 100 + (d[1] - '0') * 10 + (d[2] - '0');
    int dd = (d[0] - '0') * 10 + (d[1] - '0'), mm = (d[2] - '0') * 10 + (d[3] - '0');
    int chi = dd >= 1 && dd <= 31 && mm >= 1 && mm <= 12;
    if (!chi && !(head >= 320 && head <= 499) && !(head >= 600 && head <= 799) && head < 900)
        return 0;
    unsigned sum = 0;
    for (int i = 0; i < 9; i++)
        sum += (unsigned)(d[i] - '0') * (unsigned)(10 - i);
    unsigned check = 11 - sum % 11;
    if (check == 11)
        check = 0;
    if (check == 10)
        return 0;
    return check == (unsigned)(d[9] - '0') ? n : 0;
}

/* ---- secrets by key name ------------------------------------------------------------------ */
/* The value after a key such as password, secret, token or api_key: not a reference to one
 * (${VAR}, $VAR, {{ x }}, %(x)s, <your-token>), a placeholder (****, xxx), a type name
 * (password: str) or a path (PWD=/home/maria; a base64 key may start with '/'). */
/* Does p hold a run of 16+ base64 characters with upper case, lower case and digits (a key that
 * happens to start with '/', not a path's segments)? */
static int base64ish(const char *p, size_t n)
{
    size_t run = 0;
    unsigned kinds = 0;
    for (size_t i = 0; i < n; i++) {
        char c = p[i];
        if (is_alpha(c) || is_digit(c) || c == '+' || c == '=') {
            run++;
            kinds |= is_digit(c)              ? 1u
                     : (c >= 'a' && c <= 'z') ? 2u
                     : (c >= 'A' && c <= 'Z') ? 4u
                                              : 0u;
            if (run >= 16 && kinds == 7u)
                return 1;
        } else {
            run = 0;
            kinds = 0;
        }
    }
    return 0;
}

size_t anon_v_secret(const char *p, size_t n)
{
    static const char *const not_secret[] = {
        "str",           "string",     "int",          "integer",       "bool",
        "boolean",       "number",     "any",          "none",          "null",
        "nil",           "true",       "false",        "undefined",     "optional",
        "bytes",         "text",       "char",         "object",        "secretstr",
        "required",      "yes",        "no",           "empty",         "redacted",
        "hidden",        "masked",     "secret",       "your_password", "yourpassword",
        "your-password", "your_token", "your_api_key", "todo",          "tbd",
        "unset",         "env",        "varchar",      "changeme",      "change_me",
        "change-me",     "changeit",   "placeholder",  "dummy",         NULL};
    if (n == 0)
        return 0;
    if (p[0] == '$' && n > 1 && (is_alpha(p[1]) || p[1] == '_' || p[1] == '{' || p[1] == '('))
        return 0;
    if ((p[0] == '/' && !base64ish(p, n)) || p[0] == '~' || p[0] == '<' ||
        (n > 1 && p[0] == '{' && p[1] == '{') || (n > 1 && p[0] == '%' && p[1] == '('))
        return 0;
    size_t masks = 0, digits = 0;
    for (size_t i = 0; i < n; i++) {
        masks += p[i] == '*' || p[i] == 'x' || p[i] == 'X' || p[i] == '.' || p[i] == '#' ||
                 p[i] == '-' || p[i] == '_' || p[i] == '?';
        digits += is_digit(p[i]);
    }
    size_t letters = 0;
    for (size_t i = 0; i < n; i++)
        letters += is_alpha(p[i]);
    /* "SECRET: the value ...", "token: a" are prose */
    if (masks == n || (digits == n && n < 4) || (letters == n && n < 5))
        return 0;
    /* "Token: " + "sk-..." and "key: " + key + "\n": a quoted run between two concatenation
     * operators (+ . ||) is the code between two strings, not a value */
    if (n >= 3 && p[0] == ' ' && p[n - 1] == ' ' && (p[1] == '+' || p[1] == '.' || p[1] == '|') &&
        p[n - 2] == p[1])
        return 0;
    /* "signing-key: Updated." ends a sentence */
    if (n > 1 && p[n - 1] == '.' && letters == n - 1)
        return 0;
    return in_list(p, n, not_secret) ? 0 : n;
}

/* ---- context ----------------------------------------------------------------------------- */
static int hexn(const char *p, int n)
{
    for (int i = 0; i < n; i++)
        if (!(is_digit(p[i]) || (p[i] >= 'a' && p[i] <= 'f') || (p[i] >= 'A' && p[i] <= 'F')))
            return 0;
    return 1;
}

/* Is text[s .. e) a run of words of a hex dump (xxd, od, hexdump -C): after an offset or four
 * hex digits, before four more or the two spaces ahead of the ASCII column? */
static int in_hex_dump(const char *text, size_t len, size_t s, size_t e)
{
    if (s < 5 || text[s - 1] != ' ')
        return 0;
    if (!hexn(text + s - 5, 4) && !(s >= 10 && text[s - 2] == ':' && hexn(text + s - 10, 8)))
        return 0;
    return e + 1 < len && text[e] == ' ' &&
           (text[e + 1] == ' ' || (e + 5 <= len && hexn(text + e + 1, 4)));
}

/* Do digit groups before s (and s's own) follow "ISBN" or "build" ("ISBN 978 0 2935 4357 8",
 * "ISBN-13: 978-...", "build 483 285 3823")? Then they are the book's or the build's number. */
static int isbn_or_build_before(const char *text, size_t s)
{
    size_t p = s, k = 0;
    while (p > 0 && k < 24 && (is_digit(text[p - 1]) || text[p - 1] == ' ' || text[p - 1] == '-'))
        p--, k++;
    while (p > 0 && (text[p - 1] == ':' || text[p - 1] == '#' || text[p - 1] == ' '))
        p--;
    size_t ws, wl = word_before(text, p, &ws);
    return (wl >= 4 && lower_eq(text + ws, 4, "isbn")) ||
           (wl == 5 && lower_eq(text + ws, 5, "build"));
}

/* PHONE: a phone's shape (international prefix, area code in parentheses, NANP 3-3-4 with or
 * without its trunk 1, a national trunk 0 not heading a street address), or any grouping after
 * a phone word or phrase (in the languages of the packs) or before a phone label. */
/* A number anon_c_phone admits by its shape or a label, unless an id's label stands right
 * before it (phone_labels.c). */
static int admit(const char *text, size_t s)
{
    return !anon_phone_id_label(text, s);
}

/* The digits of v (n bytes, spaces, dots, dashes and one "(0)" between) read as a calling code
 * and that country's length (e164.c). */
static int e164_digits(const char *v, size_t n)
{
    char d[16];
    size_t k = 0;
    for (size_t i = 0; i < n; i++) {
        if (v[i] == '(' && i + 2 < n && v[i + 1] == '0' && v[i + 2] == ')')
            i += 2;
        else if (is_digit(v[i])) {
            if (k == sizeof d)
                return 0;
            d[k++] = v[i];
        } else if (v[i] != ' ' && v[i] != '.' && v[i] != '-')
            return 0;
    }
    return k >= 8 && anon_e164_ok(d, k);
}

/* Does an extension's word and its digits follow the number ending at text[e)? ("Durchwahl 34",
 * "poste 12", "wew. 20", "linka 246") */
static int ext_after(const char *text, size_t len, size_t e)
{
    static const char *const words[] = {
        "ext.",    "ext",       "durchwahl", "dw",       "klappe", "app.",  "poste",
        "toestel", "tst.",      "int.",      "interno",  "wew.",   "ankn.", "lokal",
        "linje",   "alanumero", "linka",     "kl.",      "mellék", "m.",    "dahili",
        "dah.",    "interior",  "extensión", "extensão", "εσωτ.",  NULL};
    if (e >= len || text[e] != ' ')
        return 0;
    size_t a = e + 1, b = a;
    while (b < len && b - a < 12 && text[b] != ' ' && text[b] != '\n')
        b++;
    if (b >= len || text[b] != ' ' || b + 1 >= len || !is_digit(text[b + 1]))
        return 0;
    for (size_t i = 0; words[i]; i++)
        if (lower_eq(text + a, b - a, words[i]))
            return 1;
    return 0;
}

int anon_c_phone(const char *text, size_t len, size_t s, size_t e)
{
    static const char *const labels[] = {
        "phone", "phone number", "telephone", "tel", "tél", "mobile", "mobile number", "mob",
        "tel no", "tel. no", "phone no", "mobile no", "tel nr", "tel. nr", "cell", "cell phone",
        "fax", "call", "number", "whatsapp", "sms", "text", "desk", "office", "home", "work",
        "contact", "phone is", "phone at", "mobile is", "mobile at", "number is", "number at",
        "call me on", "call me at", "reach me at", "reach me on", "text me at", "text me on",
        "contact me at", "answering at", "messages to", "ring me on", "msisdn", "caller",
        "caller id",
        /* de */
        "telefon", "telefonnummer", "nummer", "mobil", "handy", "nummer ist", "ruf mich an unter",
        /* fr */
        "téléphone", "numéro", "portable", "numéro est", "appelez-moi au",
        /* nl */
        "telefoon", "telefoonnummer", "mobiel", "gsm", "nummer is", "bel",
        /* es, it */
        "teléfono", "telefono", "móvil", "movil", "celular", "cellulare", "numero", "tlf",
        /* pt */
        "telemóvel", "telemovel", "tlm", "telef", "liga-me para o",
        /* the compounds and abbreviations of each language (a label is a whole word: "tel"
         * does not end "Mobiltel." or "Tlf.nr.") and the phrases of chat */
        "tel.-nr", "tel.nr", "telnr", "tel-nr", "mobiltelefon", "mobilnummer", "handynummer",
        "festnetz", "rufnummer", "durchwahl", "mobiltel", "natel", "erreichbar unter", "mich unter",
        "port", "fixe", "ligne directe", "moi au", "joindre au", "bel me op", "bereikbaar op",
        "tfno", "telf", "tel. fijo", "llámame al", "número es", "número es el", "cel", "tel. fisso",
        "telefonico", "chiamami al", "numero è", "whatsapp al", "número é", "tel. kom", "kom",
        "komórka", "telefonu", "tel. stacjonarny", "zadzwoń pod", "pod numerem", "numer to", "tfn",
        "växel", "ring mig på", "nås på", "nummer är", "tlf.nr", "telefonnr", "mobilnr", "direkte",
        "ring til mig på", "træffes på", "nummer er", "sentralbord", "ring meg på",
        "nummeret mitt er", "puh", "puhelin", "puhelinnumero", "matkapuhelin", "puh.nro", "vaihde",
        "numeroon", "numeroni on", "tel. č", "telefonní číslo", "tel. číslo", "číslo je",
        "zavolej mi na", "volejte na", "telefonszám", "tel.sz", "mobilszám", "a számom", "cep",
        "cep no", "telefon no", "gsm no", "sabit hat", "faks", "numaram", "telefon fix",
        "sună-mă la", "numărul meu e", "mă găsiți la", "whatsapp la", "τηλ", "Τηλ", "τηλέφωνο",
        "Τηλέφωνο", "κινητό", "Κινητό", "κιν", "Κιν", "τηλ. επικοινωνίας", "πάρε με στο",
        "καλέστε στο", "Τηλ. επικοινωνίας", "κινητό μου είναι", "ph", "direct line", "direct dial",
        "landline", "number's", "cell is", "give us a call on", "joignable au", "bereikbaar via",
        "komorka", "reperibile al", "napište mi na", "pref", "voice", "call us on", "call us at",
        "telefone", "service client", "telefonszam", "mobilszam", "tilefono", "kinito",
        /* weak: the contact and emergency words of each language */
        "kontakt", "contacto", "contatto", "contato", "yhteystiedot", "elérhetőség", "iletişim",
        "επικοινωνία", "notfall", "urgence", "urgences", "urgencias", "urgências", "urgențe",
        "spoed", "päivystys", "ügyelet", "pohotovost", "emergency", "out of hours", "after hours",
        /* the phone words as OCR misreads them on a scanned or faxed form (branch ocr51): '1'
         * or 'i' for 'l', 'c' for 'e'; a narrow table, not a fuzzy match */
        "te1", "tei", "tcl", "te1.-nr", "te1efon", "te1efone", "te1efoon", "te1efono", "te1éfono",
        "té1", "telcfon", "te1efonnummer", "t1f", "phonc", "mobi1", "mobi1e", NULL};
    /* the phone words a bare run of 12-15 digits may follow */
    static const char *const intl_labels[] = {
        /* en */
        "phone", "phone number", "telephone", "tel", "tél", "mobile", "mobile number", "mob",
        "tel no", "tel. no", "phone no", "mobile no", "tel nr", "tel. nr", "cell", "cell phone",
        "fax", "whatsapp", "sms", "msisdn", "phone is", "mobile is", "contact number", "call me on",
        "call me at", "reach me at", "reach me on", "text me at", "text me on",
        /* de, fr, nl, es, it, pt */
        "telefon", "telefonnummer", "mobil", "handy", "mobilnummer", "téléphone", "portable",
        "telefoon", "telefoonnummer", "mobiel", "gsm", "teléfono", "telefono", "móvil", "movil",
        "celular", "cellulare", "telemóvel", "telemovel", "tlf", "tlm", "mobiltelefon",
        "handynummer", "mobilnr", "tel. kom", "komórka", "tfn", "puh", "puhelin", "matkapuhelin",
        "telefonszám", "mobilszám", "cep", "τηλ", "Τηλ", "κινητό", "Κινητό", "tel. č",
        "telefonní číslo", "tel. číslo", "číslo je", "número é", "número es", "numero è",
        "numer to", "a számom", "numaram", "mob", "telefon", "tlf.nr", "call us on", "call us at",
        "telefone", "service client", NULL};
    static const char *const after[] = {"fax",   "office", "mobile", "cell",   "home",      "work",
                                        "phone", "tel",    "számon", "számra", "numaradan", NULL};
    const char *v = text + s;
    size_t n = e - s;
    if (in_hex_dump(text, len, s, e))
        return 0;
    /* a WhatsApp link's number (wa.me/491701234567): only numbers go there */
    if (s >= 6 && memcmp(text + s - 6, "wa.me/", 6) == 0)
        return 1;
    /* "x = a + 536228451", "total + 4155550132": a binary plus between an operand and a number,
     * not an international prefix */
    if (v[0] == '+' && n > 1 && v[1] == ' ' && s >= 2 && text[s - 1] == ' ' &&
        (is_alpha(text[s - 2]) || is_digit(text[s - 2]) || text[s - 2] == '_' ||
         text[s - 2] == ')' || text[s - 2] == ']'))
        return 0;
    if (v[0] != '+' && isbn_or_build_before(text, s))
        return 0;
    /* what follows admits a number by its shape or a label; an id's label right before it
     * ("Policy no.", "Kundennummer:", "Lab sample ID:") makes it the id (phone_labels.c, asked
     * last: most candidates have no shape); a '+' still dials */
    if (v[0] == '+' || (v[0] == '(' && n > 1 && v[1] == '+'))
        return 1;
    /* 00 and a calling code with that country's length dials like '+' ("Riferimento: 0039 346
     * 7656440") */
    if (n > 2 && v[0] == '0' && v[1] == '0' && v[2] != '0' && e164_digits(v + 2, n - 2))
        return 1;
    if (v[0] == '(' || (n > 2 && v[0] == '0' && v[1] == '0' && v[2] != '0'))
        return admit(text, s);
    /* groups of the value's digits, up to an extension */
    size_t glen[8], ng = 0, i = 0;
    char sep[8] = {0};
    while (i < n && ng < 8 && is_digit(v[i])) {
        size_t b = i;
        while (i < n && is_digit(v[i]))
            i++;
        glen[ng] = i - b;
        sep[ng++] = i < n ? v[i] : 0;
        if (i < n && strchr(" .-/", v[i]) && i + 1 < n && is_digit(v[i + 1]))
            i++;
        else
            break;
    }
    int nanp = (ng == 3 && glen[0] == 3 && glen[1] == 3 && glen[2] == 4 && sep[0] == sep[1]) ||
               (ng == 4 && glen[0] == 1 && v[0] == '1' && glen[1] == 3 && glen[2] == 3 &&
                glen[3] == 4 && sep[0] != '/' && sep[1] != '/' && sep[2] != '/');
    if (nanp && sep[0] != '/')
        return admit(text, s);
    /* Spanish nine-digit numbers: 6xx/7xx mobiles as 3-3-3, any 6-9 as 3-2-2-2 (the groupings
     * people write; a thousands-grouped count is 3-3-3 too, so only the mobile ranges there) */
    if (v[0] >= '6' && v[0] <= '9' && ng == 4 && glen[0] == 3 && glen[1] == 2 && glen[2] == 2 &&
        glen[3] == 2 && sep[0] == sep[1] && sep[1] == sep[2] && sep[0] != '/')
        return admit(text, s);
    if ((v[0] == '6' || v[0] == '7') && ng == 3 && glen[0] == 3 && glen[1] == 3 && glen[2] == 3 &&
        sep[0] == ' ' && sep[1] == ' ')
        return admit(text, s);
    /* words of a hex dump ("0100 0000 0000") are not a national number ("0173 6344 6274" is:
     * no group after the first starts with 00); nor is the Belgian enterprise number's 4.3.3
     * ("BTW BE 0649.470.747") without a phone word */
    int hexwords = ng >= 2, zeros = 0;
    for (size_t g = 0, at = 0; g < ng; at += glen[g] + 1, g++) {
        hexwords &= glen[g] == 4;
        zeros |= g > 0 && glen[g] >= 2 && v[at] == '0' && v[at + 1] == '0';
    }
    hexwords &= zeros || ng < 3;
    int kbo =
        ng == 3 && glen[0] == 4 && glen[1] == 3 && glen[2] == 3 && sep[0] == '.' && sep[1] == '.';
    if (v[0] == '0' && ng >= 2 && !hexwords && !kbo) {
        /* a capitalised word right after makes it house numbers and a street name, not a
         * phone */
        if (!(e + 2 < len && text[e] == ' ' && text[e + 1] >= 'A' && text[e + 1] <= 'Z' &&
              text[e + 2] >= 'a' && text[e + 2] <= 'z') ||
            ext_after(text, len, e))
            return admit(text, s);
    }
    if (v[0] == '0' && ng == 1 && n >= 10 && v[1] != '0')
        return admit(text, s);
    /* 12 to 15 bare digits (anon_v_phone checked the country code and length): only right
     * after a word that names a phone, not "number", "home" or "contact" ("order number
     * 491701234567") */
    if (ng == 1 && (glen[0] >= 12 || glen[0] == 9 || glen[0] == 8) && glen[0] == n)
        return anon_labelled(text, s, intl_labels) && admit(text, s);
    if (anon_labelled(text, s, labels))
        return admit(text, s);
    /* an extension's word after: "554 239 504 linka 246", "021 958 78 19 Durchwahl 1" */
    if (ext_after(text, len, e))
        return admit(text, s);
    /* a label after: "... (mobile)", "...-Office"; on the same line: the next line's "Fax:"
     * or "Tel." labels the value after it */
    size_t p = e, k = 0;
    while (p < len && k < 3 &&
           (text[p] == ' ' || text[p] == '\t' || text[p] == '-' || text[p] == '('))
        p++, k++;
    for (size_t w = 0; after[w]; w++) {
        size_t wl = strlen(after[w]);
        if (p + wl <= len && lower_eq(text + p, wl, after[w]))
            return admit(text, s);
    }
    return 0;
}

/* US_SSN without dashes: after its name, in the languages of the packs, with a verb or a
 * parenthesised abbreviation between ("social security number is", "(SSN) es", "SSN: "). */
int anon_c_ssn_label(const char *text, size_t len, size_t s, size_t e)
{
    if (e - s == 11 && text[s + 3] == '-' && text[s + 6] == '-')
        return 1;
    static const char *const labels[] = {"ssn",
                                         "ss#",
                                         "ssn#",
                                         "social security",
                                         "social security number",
                                         "social security no",
                                         "social security no.",
                                         "social security #",
                                         "seguro social",
                                         "sozialversicherungsnummer",
                                         "sécurité sociale",
                                         "securite sociale",
                                         "previdenza sociale",
                                         "tax id",
                                         "taxid",
                                         "taxpayer id",
                                         "tin",
                                         NULL};
    /* words that may stand between the name and the value */
    static const char *const verbs[] = {"is",       "est",    "es",  "ist", "\xc3\xa8",
                                        "\xc3\xa9", "lautet", "was", "=",   NULL};
    (void)len;
    (void)e;
    if (anon_labelled(text, s, labels))
        return 1;
    /* skip blanks, one verb, blanks and a closing parenthesis, then look for the name */
    size_t p = s;
    while (p > 0 && s - p < 4 && (text[p - 1] == ' ' || text[p - 1] == ':'))
        p--;
    if (p == s)
        return 0;
    for (size_t v = 0; verbs[v]; v++) {
        size_t k = strlen(verbs[v]);
        if (k < p && lower_eq(text + p - k, k, verbs[v]) &&
            !(is_alpha(text[p - k - 1]) || (unsigned char)text[p - k - 1] >= 0x80)) {
            p -= k;
            while (p > 0 && text[p - 1] == ' ')
                p--;
            if (p > 0 && text[p - 1] == ')')
                p--;
            for (size_t l = 0; labels[l]; l++) {
                size_t n = strlen(labels[l]);
                if (n <= p && lower_eq(text + p - n, n, labels[l]) &&
                    (p == n ||
                     !(is_alpha(text[p - n - 1]) || (unsigned char)text[p - n - 1] >= 0x80)))
                    return 1;
            }
            return 0;
        }
    }
    return 0;
}

/* SECRET: does the key that ends at text[p - 1] end in a secret word starting at a word boundary
 * or camelCase hump? */
int anon_secret_key_end(const char *text, size_t p)
{
#define W(x)                                                                                       \
    {                                                                                              \
        x, sizeof x - 1                                                                            \
    }
    /* by last letter: d 0-2, e 3, s 4, t 5, n 6, y (every "key") 7-27 */
    static const struct {
        const char *w;
        size_t n;
    } words[] = {W("password"),    W("passwd"),         W("pwd"),
                 W("passphrase"),  W("pass"),           W("secret"),
                 W("token"),       W("api_key"),        W("api-key"),
                 W("apikey"),      W("access_key"),     W("access-key"),
                 W("accesskey"),   W("secret_key"),     W("secret-key"),
                 W("secretkey"),   W("private_key"),    W("private-key"),
                 W("privatekey"),  W("app_key"),        W("app-key"),
                 W("appkey"),      W("encryption_key"), W("encryption-key"),
                 W("signing_key"), W("signing-key"),    W("master_key"),
                 W("master-key")};
#undef W
    if (p == 0)
        return 0;
    size_t lo, hi;
    switch (text[p - 1] | 0x20) { /* a byte that folds to no letter below matches no word */
    case 'd':
        lo = 0, hi = 3;
        break;
    case 'e':
        lo = 3, hi = 4;
        break;
    case 's':
        lo = 4, hi = 5;
        break;
    case 't':
        lo = 5, hi = 6;
        break;
    case 'n':
        lo = 6, hi = 7;
        break;
    case 'y':
        lo = 7, hi = sizeof words / sizeof words[0];
        break;
    default:
        return 0;
    }
    for (size_t w = lo; w < hi; w++) {
        size_t k = words[w].n, j = k;
        if (k > p)
            continue;
        /* from the last byte back: most keys differ from a word in their last two */
        while (j > 0) {
            char c = text[p - k + j - 1];
            if ((c >= 'A' && c <= 'Z' ? c + 32 : c) != words[w].w[j - 1])
                break;
            j--;
        }
        if (j)
            continue;
        size_t b = p - k; /* the word starts a key, or a word or hump inside one */
        if (b == 0 || !(is_alpha(text[b - 1]) || is_digit(text[b - 1])))
            return 1;
        if ((text[b - 1] >= 'a' && text[b - 1] <= 'z') && text[b] >= 'A' && text[b] <= 'Z')
            return 1;
        if (is_digit(text[b - 1]) && text[b] >= 'A' && text[b] <= 'Z')
            return 1;
    }
    return 0;
}

/* SECRET: is the value text[s .. e) the value of a key that names a secret? Reads back over the
 * value's opening quote, the separator (= : := =>) with its blanks and the key's closing quote
 * to the key, which must end in a secret word (anon_secret_key_end). */
int anon_c_secret_key(const char *text, size_t len, size_t s, size_t e)
{
    (void)len;
    (void)e;
    size_t p = s;
    if (p > 0 && (text[p - 1] == '"' || text[p - 1] == '\''))
        p--;
    if (p > 0 && text[p - 1] == '\\')
        p--;
    while (p > 0 && (text[p - 1] == ' ' || text[p - 1] == '\t'))
        p--;
    if (p >= 2 &&
        ((text[p - 2] == '=' && text[p - 1] == '>') || (text[p - 2] == ':' && text[p - 1] == '=')))
        p -= 2;
    else if (p > 0 && (text[p - 1] == '=' || text[p - 1] == ':'))
        p--;
    else
        return 0;
    while (p > 0 && (text[p - 1] == ' ' || text[p - 1] == '\t'))
        p--;
    if (p > 0 && (text[p - 1] == '"' || text[p - 1] == '\''))
        p--;
    if (p > 0 && text[p - 1] == '\\')
        p--;
    return anon_secret_key_end(text, p);
}

/* SECRET before its pattern runs at a trigger literal text[at ..] (d: n= y = t\": ...): the
 * pattern's match starts at the key's last letter, text[at], and holds no other letter before
 * its value (quotes, a backslash, blanks and the separator), and every secret word ends in a
 * letter, so anon_c_secret_key's walk back from any value of it stops at at + 1 or finds no
 * word: the key must end there. */
int anon_a_secret_key(const char *text, size_t at)
{
    return anon_secret_key_end(text, at + 1);
}

/* Is the number at s the value of an id-like key ("customer_id=", "order_id: ", "AWS account",
 * "Kafka offset", "tracking number", "invoice #")? Luhn passes one id in ten. */
static int id_key(const char *text, size_t s)
{
    static const char *const keys[] = {
        "id",     "ids",       "account",  "acct",      "offset",  "invoice", "tracking",
        "order",  "ticket",    "build",    "job",       "session", "request", "trace",
        "span",   "pid",       "uid",      "gid",       "inode",   "seq",     "sequence",
        "serial", "timestamp", "ts",       "partition", "commit",  "issue",   "pr",
        "run",    "user",      "customer", "snowflake", "message", "msg",     "channel",
        "guild",  "tweet",     "object",   "row",       "record",  "key",     NULL};
    size_t p = s, k = 0;
    /* (a list's first element: "related_ids": [4222222222222, ...]) */
    while (p > 0 && k < 4 && strchr("=: #\"'[", text[p - 1]) && text[p - 1])
        p--, k++;
    size_t ws, wl = word_before(text, p, &ws);
    if (!wl)
        return 0;
    /* "tracking number", "order no": the word before */
    if (lower_eq(text + ws, wl, "number") || lower_eq(text + ws, wl, "no") ||
        lower_eq(text + ws, wl, "nr")) {
        p = ws;
        while (p > 0 && text[p - 1] == ' ')
            p--;
        if (!(wl = word_before(text, p, &ws)))
            return 0;
    }
    if (in_list(text + ws, wl, keys))
        return 1;
    /* customer_id, orderId, build-id, accountID; related_ids, userIds */
    if (wl > 3 && (text[ws + wl - 1] | 0x20) == 's' && (text[ws + wl - 2] | 0x20) == 'd')
        wl--;
    if (wl > 2 && (text[ws + wl - 2] | 0x20) == 'i' && (text[ws + wl - 1] | 0x20) == 'd' &&
        (text[ws + wl - 3] == '_' || text[ws + wl - 3] == '-' ||
         (text[ws + wl - 2] == 'I' && text[ws + wl - 3] >= 'a' && text[ws + wl - 3] <= 'z')))
        return 1;
    return 0;
}

/* Is text[s .. e) written in a card's groups, one space or dash between them (4-4-4-4,
 * 4-4-4-4-3, Amex's 4-6-5)? Ids are not: "account: 4539 1488 0343 6467" after an id word is a
 * card pasted into the wrong field, and stays one. */
static int card_groups(const char *text, size_t s, size_t e)
{
    size_t g[6], n = 0, run = 0;
    for (size_t i = s; i <= e; i++) {
        if (i < e && is_digit(text[i])) {
            run++;
            continue;
        }
        if (n == 6 || run == 0 || (i < e && text[i] != ' ' && text[i] != '-'))
            return 0;
        g[n++] = run;
        run = 0;
    }
    if (n == 3)
        return g[0] == 4 && g[1] == 6 && g[2] == 5;
    if (n != 4 && n != 5)
        return 0;
    for (size_t k = 0; k < 4; k++)
        if (g[k] != 4)
            return 0;
    return n == 4 || g[4] == 3;
}

/* Does the line around text[s .. e) hold another whole run of 13-16 digits that is a card (a row
 * of payment data)? Looks at most 256 bytes either side. */
static int card_in_line(const char *text, size_t len, size_t s, size_t e)
{
    size_t b = s, f = e;
    while (b > 0 && s - b < 256 && text[b - 1] != '\n')
        b--;
    while (f < len && f - e < 256 && text[f] != '\n')
        f++;
    for (size_t i = b; i < f;) {
        if (!is_digit(text[i]) || (i > 0 && is_digit(text[i - 1]))) {
            i++;
            continue;
        }
        size_t j = i;
        while (j < f && is_digit(text[j]))
            j++;
        if (i != s && j - i >= 13 && j - i <= 16 && luhn_card(text + i, j - i))
            return 1;
        i = j;
    }
    return 0;
}

/* CREDIT_CARD: a bare run of 17-18 digits is far more often an id (snowflakes, database keys)
 * than a card, so it needs a card word shortly before it or another card in its line (19 digits in
 * an issuer range do not); a card split by a line break must not be two rows of a number table
 * (other groups right before or after it). */
/* Does the member or variable whose value opens at text[open] == '[' name a card ("card",
 * "cardNumber", "pan": anon_member_label)? */
static int array_card_key(const char *text, size_t open)
{
    size_t b = open;
    while (b > 0 && open - b < 6 && strchr(" :=\"'\\", text[b - 1]) && text[b - 1])
        b--;
    size_t ke = b;
    while (b > 0 && ke - b < 40 &&
           (is_alpha(text[b - 1]) || is_digit(text[b - 1]) || text[b - 1] == '_' ||
            text[b - 1] == '-'))
        b--;
    size_t ll = 0;
    const char *label = ke > b ? anon_member_label(text + b, ke - b, &ll) : NULL;
    return label && ll == 6 && memcmp(label, "card: ", 6) == 0;
}

/* Does a card word ("card", "Karte", "tarjeta", "visa"...) stand within 48 bytes before s? */
static int card_word_before(const char *text, size_t s)
{
    static const char *const words[] = {"card",   "cart",   "kart",    "tarjeta",  "visa",
                                        "master", "amex",   "maestro", "unionpay", "credit",
                                        "debit",  "kredit", "crédit",  "pan",      NULL};
    size_t b = s > 48 ? s - 48 : 0;
    for (size_t i = b; i < s; i++)
        for (size_t w = 0; words[w]; w++) {
            size_t k = strlen(words[w]);
            if (i + k <= s && lower_eq(text + i, k, words[w]))
                return 1;
        }
    return 0;
}

int anon_c_card(const char *text, size_t len, size_t s, size_t e)
{
    size_t digits = 0, lines = 0;
    for (size_t i = s; i < e; i++) {
        digits += is_digit(text[i]);
        lines += text[i] == '\n';
    }
    if (lines) {
        if (s >= 2 && is_digit(text[s - 2]) && strchr(" .-", text[s - 1]))
            return 0;
        if (e + 1 < len && strchr(" .-", text[e]) && is_digit(text[e + 1]))
            return 0;
    }
    /* words of a hex dump are groups; a whole run of 12+ digits is not one */
    if (digits != e - s && in_hex_dump(text, len, s, e))
        return 0;
    if (id_key(text, s) && !card_groups(text, s, e))
        return 0;
    /* a card over an array's elements ("pan": [4892, 4408, 6123, 4567]) needs its key, as the
     * JSON walker's array rule does (rewrite_array.c): a bounding box may pass Luhn by chance.
     * One string element that holds the grouped card ('["4892 4408 6123 4567"]', a key path
     * 'accounts["4892 4408 6123 4567"]') is a card like any quoted one, and so is an XML
     * element's CDATA ('<pan><![CDATA[4892 4408 6123 4567]]>'). */
    int cdata = s >= 9 && memcmp(text + s - 9, "<![CDATA[", 9) == 0; /* XML text, no array */
    if (digits != e - s && s > 0 && !cdata &&
        (text[s - 1] == '[' || (s > 1 && text[s - 1] == '"' && text[s - 2] == '[')) &&
        (text[s - 1] == '[' || memchr(text + s, '"', e - s) || memchr(text + s, ',', e - s)))
        /* ... or a card word shortly before a keyless array pasted in text ("the OCR of the
         * card returned [4111, 1111, 1111, 1111]", fid50) */
        return array_card_key(text, s - (text[s - 1] == '"' ? 2 : 1)) ||
               card_word_before(text, s - (text[s - 1] == '"' ? 2 : 1));
    /* 13 digits are an old Visa's length only: a GTIN-13 or an id of 13 digits that starts
     * otherwise and passes Luhn by chance ("EAN 5909509261811") is no card */
    if (digits == 13) {
        size_t f = s;
        while (f < e && !is_digit(text[f]))
            f++;
        if (f < e && text[f] != '4')
            return 0;
    }
    if (digits < 17 || digits != e - s)
        return 1;
    /* 19 digits in an issuer range: snowflakes and tweet ids of that length start with 1 (2 from
     * 2027, outside Mir's 2200-2204 until later), epoch nanoseconds with 15-17 (anon_v_luhn); as a
     * path segment (jobs/4888754783560498592) they are ids like any other */
    if (digits == 19 && !(s > 0 && text[s - 1] == '/'))
        return 1;
    if (card_in_line(text, len, s, e))
        return 1;
    return card_word_before(text, s);
}
