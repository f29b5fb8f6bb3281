/* ipv4_version.c: the cues that make a dotted quad a version, a section or an address
 * (branch ver14; anon_c_ipv4 in validate.c asks these before its own version words).
 *
 * A four-part version ("pytest 9.3.5.0", "redis:8.2.24.54", "## [4.19.27.190]", "section
 * 3.6.2.6") has an address's shape; only the words around it tell them apart. The one thing to
 * keep: an address is the default. A cue here must never fire after a network word or a
 * preposition (ssh, ping, from, server, nameserver, inet, "von", "sur"...), nor before a port or a
 * prefix length (":22", "/24"): those are addresses whatever word precedes them.
 */
#include "anonymize/anon_internal.h"

#include <string.h>

static int is_lower(char c)
{
    return c >= 'a' && c <= 'z';
}
static int is_digit(char c)
{
    return c >= '0' && c <= '9';
}

static int word_eq(const char *p, size_t n, const char *w)
{
    size_t k = strlen(w);
    if (n != k)
        return 0;
    for (size_t i = 0; i < n; i++)
        if ((p[i] >= 'A' && p[i] <= 'Z' ? p[i] + 32 : p[i]) != w[i])
            return 0;
    return 1;
}

/* Is p[0, n) (case aside) one of the space-separated words of packed (" a b c ")? */
static int in_packed(const char *p, size_t n, const char *packed)
{
    char w[34];
    if (n == 0 || n > sizeof w - 3)
        return 0;
    w[0] = ' ';
    for (size_t i = 0; i < n; i++)
        w[i + 1] = p[i] >= 'A' && p[i] <= 'Z' ? (char)(p[i] + 32) : p[i];
    w[n + 1] = ' ';
    w[n + 2] = '\0';
    return strstr(packed, w) != NULL;
}

static int in_words(const char *p, size_t n, const char *const *list)
{
    for (; *list; list++)
        if (word_eq(p, n, *list))
            return 1;
    return 0;
}

/* Words that name where an address is, reached or seen, or a preposition before one, in seven
 * languages: never a package. One string, each word between spaces (in_packed). */
static const char network_words[] =
    " from host hosts hostname server servers addr address addresses client nameserver "
    " gateway inet proxy ping pinging trying peer remote local public private static dest "
    " source bind listen connect connected connecting node router telnet curl wget nslookup "
    " traceroute into onto with behind block blocked allow allowed deny denied drop reject "
    " accept banned unban whitelist blacklist allowlist denylist target origin upstream "
    " backend endpoint machine instance resolves resolved resolve lookup route forward "
    " redirect login logged subnet network range mask dns vers nach über naar vanaf desde "
    " hacia verso para dalla dallo depuis pour avec mit met con ssh sftp scp rsync mysql "
    " psql redis-cli mongo nmap ncat socat tcpdump mtr arping fping iptables ufw allow-from "
    " listen-address bind-address next-hop nexthop reach reached contact visit visited seen "
    " sent came comes coming kam kwam venait venía veniva vinha tunnel vpn wireguard openvpn "
    " loadbalancer balancer cluster master worker primary replica standby slave database "
    " port then here there this that their your mine ours auch nicht aussi ook unter sous "
    " onder bajo sotto chez dans sobre tramite através under inside within against towards "
    " toward using uses used called named hits hitting calls calling query querying points "
    " pointing mapped maps assigned configured changed moved became becomes also only still "
    " again both ipv4 ipv6 device laptop computer printer camera switch firewall modem "
    " website site domain desktop tablet user users customer attacker hacker intruder "
    " crawler spider scanner visitor guest adresse dirección direccion indirizzo endereço "
    " adres servidor serveur máquina macchina ordinateur ordenador rechner were than like ";

/* Does the key end in an address word ("client_ip", "db-host", "bindaddr")? */
static int address_suffix(const char *p, size_t n)
{
    static const char *const ends[] = {"ip",      "ips", "addr", "address", "host", "server", "dns",
                                       "gateway", "gw",  "peer", "proxy",   "cidr", "net",    NULL};
    for (const char *const *w = ends; *w; w++) {
        size_t k = strlen(*w);
        if (n >= k && word_eq(p + n - k, k, *w))
            return 1;
    }
    return 0;
}

/* Is text[ws, ws+wl) a package name: a letter first, lower-case letters, digits, '-', '_', '.';
 * four letters or more, or a digit, '-' or '_' in it ("grpc-netty", "python3"); no network word. */
static int package_word(const char *text, size_t ws, size_t wl)
{
    if (wl < 3 || !is_lower(text[ws]))
        return 0;
    int mark = 0;
    for (size_t i = ws; i < ws + wl; i++) {
        char c = text[i];
        if (c == '-' || c == '_' || c == '.' || is_digit(c))
            mark = 1;
        else if (!is_lower(c))
            return 0;
    }
    if (!mark && wl < 4)
        return 0;
    /* "accessed 23.45.1.2", "scanning 23.45.1.2": a verb, not a package */
    if (!mark && ((wl > 4 && text[ws + wl - 2] == 'e' && text[ws + wl - 1] == 'd') ||
                  (wl > 5 && word_eq(text + ws + wl - 3, 3, "ing"))))
        return 0;
    return !in_packed(text + ws, wl, network_words) && !address_suffix(text + ws, wl);
}

/* The package-ish word that ends at e (letters, digits, '-', '_', '.'); its start into *ws. */
static size_t token_before(const char *text, size_t e, size_t *ws)
{
    size_t b = e;
    while (b > 0 && e - b < 64 &&
           (is_lower(text[b - 1]) || (text[b - 1] >= 'A' && text[b - 1] <= 'Z') ||
            is_digit(text[b - 1]) || text[b - 1] == '-' || text[b - 1] == '_' ||
            text[b - 1] == '.'))
        b--;
    *ws = b;
    return e - b;
}

/* Words after which a dotted quad is a section, clause or table number, or a driver's version. */
static const char *const section_words[] = {
    "section",   "sections",  "sec",      "abschnitt", "paragraph", "paragraphe", "paragraaf",
    "apartado",  "paragrafo", "clause",   "table",     "tabelle",   "tableau",    "tabel",
    "tabla",     "tabella",   "figure",   "fig",       "chapter",   "kapitel",    "chapitre",
    "hoofdstuk", "capitulo",  "capítulo", "capitolo",  "annex",     "appendix",   "anhang",
    "annexe",    "bijlage",   "anexo",    "allegato",  "item",      "step",       "rule",
    "driver",    "art",       "article",  "artikel",   "articolo",  "artículo",   "punto",
    "point",     "ziffer",    "nr",       NULL};

/* Products whose name is often capitalised before their version ("Linux 2.6.8.1", "GCC 2.7.2.3",
 * "Debian Policy 4.6.1.0"); compared case aside. */
static const char *const products[] = {
    "linux",      "policy", "gcc",     "clang",      "llvm",      "python",  "perl",    "ruby",
    "php",        "java",   "openjdk", "chrome",     "chromium",  "firefox", "safari",  "windows",
    "android",    "ios",    "macos",   "debian",     "ubuntu",    "fedora",  "rhel",    "nodejs",
    "qt",         "gtk",    "glibc",   "openssl",    "openssh",   "nginx",   "apache",  "tomcat",
    "postgresql", "kernel", "docker",  "kubernetes", "terraform", "ansible", "jenkins", "gradle",
    "maven",      "cmake",  "matlab",  "haproxy",    "envoy",     "traefik", "varnish", "squid",
    "caddy",      NULL};

/* "Standards-Version to 4.6.0.1", "bump std-version to X": a word ending in "version" earlier on
 * the line, "to" or "from" right before the quad. */
static int version_moved(const char *text, size_t ws)
{
    size_t b = ws;
    while (b > 0 && ws - b < 48 && text[b - 1] != '\n') {
        b--;
        if (b >= 7 && (text[b] == ' ' || text[b] == ':')) {
            size_t k = b;
            while (k > 0 && text[k - 1] == ' ')
                k--;
            if (k >= 7 && word_eq(text + k - 7, 7, "version"))
                return 1;
            if (k >= 8 && word_eq(text + k - 8, 8, "versions"))
                return 1;
        }
    }
    return 0;
}

/* "pytest 9.3.5.0" counts as a package's version only as a listing's whole line (a bullet or
 * '+'/'-' before the word, nothing but spaces after the quad) and outside 10.0.0.0/8: a service
 * word before an address inside a sentence ("the postgres 10.1.2.3 box", "redis 10.0.0.5",
 * "elasticsearch 18.20.30.40 is red") keeps it an address. */
static int listing_line(const char *text, size_t len, size_t ws, size_t e, unsigned major)
{
    if (major == 10)
        return 0;
    size_t b = ws;
    while (b > 0 && (text[b - 1] == ' ' || text[b - 1] == '\t' || text[b - 1] == '+' ||
                     text[b - 1] == '-' || text[b - 1] == '*'))
        b--;
    if (b > 0 && text[b - 1] != '\n')
        return 0;
    size_t a = e;
    while (a < len && (text[a] == ' ' || text[a] == '\t' || text[a] == '\r'))
        a++;
    return a == len || text[a] == '\n';
}

/* "man-db 2.8.6.1 (5 August 2019)": a release's heading in a NEWS file: the package word starts
 * its line and a parenthesised date with a year (19xx, 20xx) follows the quad. */
static int release_heading(const char *text, size_t len, size_t ws, size_t e)
{
    if (ws > 0 && text[ws - 1] != '\n')
        return 0;
    size_t a = e;
    if (a + 1 >= len || text[a] != ' ' || text[a + 1] != '(')
        return 0;
    for (a += 2; a + 4 <= len && text[a] != ')' && text[a] != '\n' && a - e < 40; a++)
        if ((text[a] == '1' && text[a + 1] == '9') || (text[a] == '2' && text[a + 1] == '0'))
            if (is_digit(text[a + 2]) && is_digit(text[a + 3]) &&
                (a == 0 || !is_digit(text[a - 1])) && (a + 4 == len || !is_digit(text[a + 4])))
                return 1;
    return 0;
}

/* "// 4.2.6.1", "\t// 20.11.5.2 observer", a block comment's "30.3.3.3
 * aMACControlFramesTransmitted": a quad that opens a C-style comment, every part at most 40 and not
 * all the same (8.8.8.8, 1.1.1.1), then the line's end or a word, is a spec's step or clause number
 * (branch clean57). */
static int comment_clause(const char *text, size_t len, size_t s, size_t e)
{
    if (s < 3 || text[s - 1] != ' ' ||
        !((text[s - 3] == '/' && text[s - 2] == '/') || (text[s - 3] == '/' && text[s - 2] == '*')))
        return 0;
    unsigned part[4] = {0}, k = 0;
    for (size_t i = s; i < e && k < 4; i++) {
        if (text[i] == '.')
            k++;
        else if (is_digit(text[i]))
            part[k] = part[k] * 10 + (unsigned)(text[i] - '0');
        else
            return 0;
    }
    if (k != 3 || part[0] == 10 || (part[0] == part[1] && part[1] == part[2] && part[2] == part[3]))
        return 0;
    for (k = 0; k < 4; k++)
        if (part[k] > 40)
            return 0;
    if (e == len || text[e] == '\n' || text[e] == '\r' ||
        (e + 1 < len && text[e] == '\\' && text[e + 1] == 'n'))
        return 1; /* the line's end, or its escape inside a JSON string */
    return e + 1 < len && text[e] == ' ' &&
           ((text[e + 1] | 0x20) >= 'a' && (text[e + 1] | 0x20) <= 'z');
}

int anon_ipv4_version_cue(const char *text, size_t len, size_t s, size_t e)
{
    /* a port or a prefix length after it: an address ("web1 10.2.3.4:80", "inet X/24") */
    if (e + 1 < len && (text[e] == ':' || text[e] == '/' || text[e] == '#') &&
        is_digit(text[e + 1]))
        return 0;
    /* an access or audit log's fields after it: "nginx 31.13.5.7 - - [04/Dec/2026...]" */
    if (e + 2 < len && text[e] == ' ' && text[e + 1] == '-' && text[e + 2] == ' ')
        return 0;
    if (s == 0)
        return 0;
    if (comment_clause(text, len, s, e))
        return 1;
    /* a Markdown changelog heading: "## [4.19.27.190] - 2026-03-14" */
    if (text[s - 1] == '[' && e < len && text[e] == ']') {
        size_t b = s - 1;
        while (b > 0 && (text[b - 1] == ' ' || text[b - 1] == '#'))
            b--;
        if ((b == 0 || text[b - 1] == '\n') && text[b] == '#')
            return 1;
    }
    size_t p = s;
    /* "§ 4.4.5.5", "§4.4.5.5" */
    if (p > 0 && text[p - 1] == ' ')
        p--;
    if (p >= 2 && (unsigned char)text[p - 2] == 0xC2 && (unsigned char)text[p - 1] == 0xA7)
        return 1;
    /* 'the HTML5 specs sections "8.2.4.44 Bogus comment state"': a quoted section title */
    if (s >= 3 && (text[s - 1] == '"' || text[s - 1] == '(') && text[s - 2] == ' ') {
        size_t qs, ql = token_before(text, s - 2, &qs);
        if (ql && in_words(text + qs, ql, section_words))
            return 1;
    }
    p = s;
    char glue = text[p - 1];
    if (glue != ' ' && glue != ':')
        return 0;
    size_t ws, wl = token_before(text, p - 1, &ws);
    if (wl == 0)
        return 0;
    if (glue == ' ' && in_words(text + ws, wl, section_words))
        return 1;
    if (glue == ' ' && (word_eq(text + ws, wl, "to") || word_eq(text + ws, wl, "from") ||
                        word_eq(text + ws, wl, "before") || word_eq(text + ws, wl, "after") ||
                        word_eq(text + ws, wl, "since") || word_eq(text + ws, wl, "until")))
        return version_moved(text, ws);
    /* a package's major version is small; an address's first byte mostly is not: past 40, a
     * word before it says nothing; nor in 10.0.0.0/8, the private range ops chat names hosts in
     * ("java 10.199.2.7 heap dump", "python worker on ...") */
    unsigned major = 0;
    for (size_t i = s; i < e && is_digit(text[i]); i++)
        major = major * 10 + (unsigned)(text[i] - '0');
    if (glue == ' ' && major <= 40 && major != 10 && in_words(text + ws, wl, products))
        return 1;
    if (major > 40)
        return 0;
    /* "image: redis:8.2.24.54", "io.grpc:grpc-netty:10.1.46.233"; "pytest 9.3.5.0",
     * "+ lodash 19.38.5.113"; a word before it that reads as a host is no package
     * ("db01.internal"), nor one after a login's '@' */
    if (ws > 0 && text[ws - 1] == '@')
        return 0;
    if (memchr(text + ws, '.', wl) != NULL && glue == ' ')
        return 0;
    if (glue == ' ' && !listing_line(text, len, ws, e, major) &&
        !release_heading(text, len, ws, e) &&
        !(ws > 0 && text[ws - 1] == '"' && e < len && text[e] == '"'))
        return 0;
    return package_word(text, ws, wl);
}
