/* validate_net.c: the validators and context checks of network identifiers: IPv4 and IPv6
 * addresses and e-mail addresses.
 *
 * Like every validator they see the matched bytes and return how many are the value; the anon_c_*
 * checks read the text around a match and never allocate.
 */
#include "anonymize/anon_internal.h"
#include "anonymize/validate_internal.h"

#include <arpa/inet.h>
#include <stdio.h>
#include <string.h>

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
     * length (not .rs: Serbia's mailboxes, "milos@eunet.rs", outnumber Rust files after an '@')
     * (ext[n - 1]: those of n letters, each packed little-endian, ended by 0) */
    static const uint64_t ext[5][25] = {
        {EXT_1('c'), EXT_1('h'), EXT_1('o'), 0},
        {EXT_2('j', 's'), EXT_2('t', 's'), EXT_2('m', 'd'), EXT_2('p', 'y'), EXT_2('r', 'b'),
         EXT_2('g', 'o'), EXT_2('k', 't'), EXT_2('g', 'z'), EXT_2('s', 'o'), 0},
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
