/* names_dev59b.c: a login that spells a person's name where a developer's material puts logins
 * (branch dev59b, contrib/bench/accuracy/notes/dev59b.md).
 *
 * CI logs, traces and audit lines name people by their logins: a home directory
 * ("/home/mkeller/", "/Users/maria.keller/", "C:\Users\Maria.Keller\"), a sudo line
 * ("sudo:  kellerm : TTY=..."), logfmt's "user=m_keller". No full name need stand in the
 * request, so names_tools59.c's known-name logins do not reach them. A passwd line's and a
 * directory entry's home ("/home/x:", "homeDirectory: /home/x") are left to their readers. Here a
 * login in those slots is a person's when it spells a name the lexicon knows: given and surname
 * joined by '.', '_' or
 * '-', an initial and a surname either way round ("mkeller", "kellerm", "m.keller"); a
 * "First.Last" profile in capitals under "/home/" or "/Users/" is one whatever its words (under
 * "C:\Users\" it changed the learnt model's training runs: left). A login that is itself a lexicon
 * word ("root", "jenkins", "runner", "keller") or a service account's is left.
 */
#include "anonymize/anon_internal.h"
#include "anonymize/names_internal.h"

#include <string.h>

/* A login's byte: a lower-case letter, a digit, '.', '_' or '-'. */
static inline int login_byte(uint8_t c)
{
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' || c == '_' || c == '-';
}

/* Is t[a .. b) a word the lexicon knows as a name and not as an ordinary word? */
static int name_word(const struct sc *s, size_t a, size_t b)
{
    unsigned lx = nw_lexicon_in(s->t, s->len, a, b);
    return b - a >= 3 && (lx & (ANON_NL_NAME | ANON_NL_GIVEN)) &&
           !(lx & (ANON_NL_COMMON_EN | ANON_NL_COMMON));
}

int nw_dev59b_spells_name(const struct sc *s, size_t a, size_t b)
{
    const uint8_t *t = s->t;
    if (b - a < 5 || b - a > 32 || nw_lexicon_in(t, s->len, a, b) != 0)
        return 0; /* a word the lexicon knows ("jenkins", "keller") or a short token */
    if (memcmp(t + a, "svc", 3) == 0)
        return 0;
    for (size_t i = a; i < b; i++)
        if (!((t[i] >= 'a' && t[i] <= 'z') || t[i] == '.' || t[i] == '_' || t[i] == '-'))
            return 0; /* digits: a build user, a generated account */
    const uint8_t *d = NULL;
    for (size_t i = a; i < b && !d; i++)
        if (t[i] == '.' || t[i] == '_' || t[i] == '-')
            d = t + i;
    if (d) { /* "maria.keller", "m_keller" */
        size_t m = (size_t)(d - t);
        if (memchr(d + 1, '.', b - m - 1) || memchr(d + 1, '_', b - m - 1) ||
            memchr(d + 1, '-', b - m - 1))
            return 0;
        return name_word(s, m + 1, b) && (m - a == 1 || name_word(s, a, m));
    }
    /* "mkeller", "kellerm" */
    return name_word(s, a + 1, b) || name_word(s, a, b - 1);
}

/* Is t[a .. b) a Windows or macOS profile "First.Last": two capitalised words of letters? */
static int profile_name(const uint8_t *t, size_t a, size_t b)
{
    size_t dots = 0;
    for (size_t i = a; i < b; i++) {
        if (t[i] == '.') {
            if (i == a || i + 1 >= b || t[i + 1] < 'A' || t[i + 1] > 'Z' || ++dots > 1)
                return 0;
        } else if (!((t[i] | 32) >= 'a' && (t[i] | 32) <= 'z')) {
            return 0;
        } else if (t[i] >= 'A' && t[i] <= 'Z' && i > a && t[i - 1] != '.') {
            return 0;
        }
    }
    return dots == 1 && t[a] >= 'A' && t[a] <= 'Z' && b - a >= 5;
}

/* The login at t[a ..] up to a byte that is none of its: reported when it spells a name (or,
 * when profiles, is a "First.Last" profile) and ends at one of stops (or the text's end). */
static int login_at(struct sc *s, size_t a, const char *stops, int profiles)
{
    const uint8_t *t = s->t;
    size_t b = a;
    while (b < s->len && b - a < 40 &&
           (login_byte(t[b]) || (profiles && t[b] >= 'A' && t[b] <= 'Z')))
        b++;
    if (b == a || (b < s->len && !strchr(stops, t[b])) || t[b - 1] == '.' || t[b - 1] == '-')
        return 0;
    if (!nw_dev59b_spells_name(s, a, b) && !(profiles && profile_name(t, a, b)))
        return 0;
    return s->emit(s->arg, ANON_NAMES_PERSON, a, b);
}

/* The login of a sudo line ("host sudo:  kellerm : TTY=pts/0 ; PWD=/home/kellerm ; ...") that
 * holds the "PWD=" at t[p]: "sudo:" within the line before it. */
static int sudo_login(struct sc *s, size_t p)
{
    const uint8_t *t = s->t;
    size_t lo = p > 160 ? p - 160 : 0;
    for (size_t i = p; i > lo + 4; i--) {
        if (t[i - 1] == '\n')
            return 0;
        if (t[i - 1] == ':' && memcmp(t + i - 5, "sudo", 4) == 0) {
            while (i < p && t[i] == ' ')
                i++;
            return login_at(s, i, " ", 0);
        }
    }
    return 0;
}

/* Each home directory ("/home/", "/Users/") and its login; a passwd line's ("/home/x:") and a
 * directory entry's ("homeDirectory: /home/x") are left to their readers. */
static int homes(struct sc *s)
{
    const uint8_t *t = s->t;
    struct nw_hits *h = nw_hits_of(s, '/');
    for (size_t k = 0, p = nw_hit_at(h, s, '/', 0, 0); p + 7 < s->len;
         p = nw_hit_at(h, s, '/', ++k, p + 1)) {
        size_t n;
        if (t[p + 1] == 'h' && t[p + 5] == '/' && memcmp(t + p + 2, "ome", 3) == 0)
            n = 6;
        else if (t[p + 1] == 'U' && t[p + 6] == '/' && memcmp(t + p + 2, "sers", 4) == 0)
            n = 7;
        else
            continue;
        if (p && ((t[p - 1] | 32) >= 'a' && (t[p - 1] | 32) <= 'z'))
            continue; /* "/var/home/" is fine: its '/' is no letter */
        if (p >= 2 && t[p - 1] == ' ' && t[p - 2] == ':')
            continue;
        int rc = login_at(s, p + n, "/ \n\t;'\"", 1);
        if (rc == 0 && p >= 4 && memcmp(t + p - 4, "PWD=", 4) == 0)
            rc = sudo_login(s, p - 4);
        if (rc < 0)
            return rc;
    }
    return 0;
}

/* logfmt's "user=", "login=", "actor=" and the login after it. */
static int logfmt_users(struct sc *s)
{
    const uint8_t *t = s->t;
    struct nw_hits *h = nw_hits_of(s, '=');
    for (size_t k = 0, p = nw_hit_at(h, s, '=', 0, 0); p < s->len;
         p = nw_hit_at(h, s, '=', ++k, p + 1)) {
        size_t n;
        if (p >= 4 && t[p - 1] == 'r' && memcmp(t + p - 4, "use", 3) == 0)
            n = 4;
        else if (p >= 5 && t[p - 1] == 'n' && memcmp(t + p - 5, "logi", 4) == 0)
            n = 5;
        else if (p >= 5 && t[p - 1] == 'r' && memcmp(t + p - 5, "acto", 4) == 0)
            n = 5;
        else
            continue;
        if (p > n && ((t[p - n - 1] | 32) >= 'a' && (t[p - n - 1] | 32) <= 'z'))
            continue; /* "xuser=" */
        int rc = login_at(s, p + 1, " \n\t,;\"", 0);
        if (rc < 0)
            return rc;
    }
    return 0;
}

int nw_dev59b_logins(struct sc *s)
{
    int rc = 0;
    if (!(s->kinds & (1u << ANON_NAMES_PERSON)) || s->len < 12)
        return 0;
    if (nw_text_may_hold(s, NW_RB_SLASH) && (rc = homes(s)) < 0)
        return rc;
    if (nw_text_may_hold(s, NW_RB_EQ) && (rc = logfmt_users(s)) < 0)
        return rc;
    return 0;
}
