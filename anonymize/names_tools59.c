/* names_tools59.c: a known person's login, handle or lower-case given name (branch tools59).
 *
 * Agents' tool results name a person in full once (a GECOS field, a directory entry, a CRM
 * record) and then by the forms a system or a chat writes: a Unix login made of the given name's
 * initial and the surname, whole or cut to eight letters ("amwangi", "tkowalcz"), a handle of both
 * names folded to ASCII ("pawel.wojcik", "p_wojcik"), and, in the user's short lower-case answer
 * after the tool calls, the given name alone ("ok, ping pawel"). The scanner's walk starts at
 * capitals and the known-name sweep (names_known.c) compares the names' own letters, so those were
 * left. Here each word of a text is compared with the request's known full names folded to ASCII.
 * An LDAP DN's user id under the people's branch ("manager: uid=pawel.wojcik,ou=people") is
 * a person's handle whether or not the request names them.
 * Runs only when the request has known names; a word the lexicon calls ordinary is never taken.
 */
#include "anonymize/anon_internal.h"
#include "anonymize/names_internal.h"

#include <string.h>
#include <strings.h>

#define MAXN 64     /* known names compared */
#define LOGIN_CUT 7 /* a login's surname part: the surname cut to this many letters */

struct folded {
    char g[24], s[32];
    size_t gl, sl;
};

/* Known name i's first and last word folded to ASCII (2..4 words); 0 when it has no such form. */
static int fold_name(const anon_names_known_t *k, size_t i, struct folded *f)
{
    size_t n;
    const uint8_t *p = (const uint8_t *)anon_names_known_name(k, i, &n);
    size_t a = 0, b = n, words = 1;
    while (a < n && p[a] != ' ')
        a++;
    while (b > 0 && p[b - 1] != ' ')
        b--;
    for (size_t j = 0; j < n; j++)
        words += p[j] == ' ';
    if (a >= n || b == 0 || words > 4)
        return 0;
    f->gl = nw_ascii_fold(p, 0, a, f->g, sizeof f->g);
    f->sl = nw_ascii_fold(p, b, n, f->s, sizeof f->s);
    return f->gl >= 3 && f->sl >= 3;
}

/* Is t[i] a letter byte (ASCII or a UTF-8 sequence's)? */
static inline int letter(uint8_t c)
{
    return ((c | 32) >= 'a' && (c | 32) <= 'z') || c >= 0x80;
}

/* Does w[0 .. n) (ASCII, lower case, one '.', '_' or '-' at most) spell f's login or handle?
 * The surname's part is whole or cut to LOGIN_CUT letters. */
static int login_of(const char *w, size_t n, size_t dot, const struct folded *f)
{
    if (dot) { /* "pawel.wojcik", "p.wojcik", "pawel_wojcik", "pawel-wojcik" */
        size_t r = n - dot - 1;
        if (r == f->sl && memcmp(w + dot + 1, f->s, r) == 0 &&
            ((dot == f->gl && memcmp(w, f->g, dot) == 0) || (dot == 1 && w[0] == f->g[0])))
            return 1;
        /* ops60: "wojcik.pawel" (surname first), "pawel_w" (the surname's initial) */
        return (dot == f->sl && r == f->gl && memcmp(w, f->s, dot) == 0 &&
                memcmp(w + dot + 1, f->g, r) == 0) ||
               (dot == f->gl && r == 1 && w[dot + 1] == f->s[0] && memcmp(w, f->g, dot) == 0);
    }
    if (n == f->gl + f->sl && memcmp(w, f->g, f->gl) == 0 && memcmp(w + f->gl, f->s, f->sl) == 0)
        return 1; /* ops60: "pawelwojcik" */
    size_t cut = f->sl < LOGIN_CUT ? f->sl : LOGIN_CUT;
    if ((n == cut + 1 || n == f->sl + 1) && w[0] == f->g[0] && memcmp(w + 1, f->s, n - 1) == 0)
        return 1; /* "pwojcik" */
    if ((n == cut + 1 || n == f->sl + 1) && w[n - 1] == f->g[0] && memcmp(w, f->s, n - 1) == 0)
        return 1; /* dev59b: "wojcikp", the surname first */
    return n == f->gl + 1 && w[n - 1] == f->s[0] && memcmp(w, f->g, f->gl) == 0; /* "pawelw" */
}

/* Is t[0 .. len) a short message of words written in lower case (no ASCII capital)? */
static int lower_message(const uint8_t *t, size_t len)
{
    if (len > 160 || len < 8 || !memchr(t, ' ', len))
        return 0; /* a role, a key word, a token: no message */
    for (size_t i = 0; i < len; i++)
        if (t[i] >= 'A' && t[i] <= 'Z')
            return 0;
    return 1;
}

/* An LDAP DN's user id: "uid=pawel.wojcik,ou=people,dc=..." (the directory's people, a handle
 * of letters, digits, '.', '_', '-'); a service account's ("uid=svc-backup", "uid=root") is left.
 * Reports each; 0 or emit's error. */
static int dn_uids(const uint8_t *t, size_t len, anon_names_emit_fn emit, void *arg)
{
    static const char *const ous[] = {",ou=people",     ",ou=users",    ",ou=staff",
                                      ",ou=employees",  ",ou=accounts", ",ou=personnel",
                                      ",ou=mitarbeiter"};
    static const char *const svc[] = {"root",   "admin", "nobody", "deploy", "jenkins",
                                      "backup", "test",  "guest",  "system", "service"};
    for (const uint8_t *p = t; (p = memmem(p, len - (size_t)(p - t), "uid=", 4)) != NULL; p += 4) {
        size_t a = (size_t)(p - t) + 4, e = a;
        if (p > t && letter(p[-1]))
            continue;
        while (e < len && e - a < 40 &&
               (((t[e] | 32) >= 'a' && (t[e] | 32) <= 'z') || (t[e] >= '0' && t[e] <= '9') ||
                t[e] == '.' || t[e] == '_' || t[e] == '-'))
            e++;
        if (e - a < 3 || e >= len || t[e] != ',' || !letter(t[a]))
            continue;
        int ou = 0;
        for (size_t i = 0; i < sizeof ous / sizeof ous[0] && !ou; i++) {
            size_t n = strlen(ous[i]);
            ou = e + n <= len && strncasecmp((const char *)t + e, ous[i], n) == 0;
        }
        int service = memcmp(t + a, "svc", 3) == 0;
        for (size_t i = 0; i < sizeof svc / sizeof svc[0] && !service; i++) {
            size_t n = strlen(svc[i]);
            service = e - a >= n && strncasecmp((const char *)t + a, svc[i], n) == 0;
        }
        if (!ou || service)
            continue;
        int rc = emit(arg, ANON_NAMES_PERSON, a, e);
        if (rc < 0)
            return rc;
    }
    return 0;
}

/* Is mark (its byte c at mark[at]) written in t[0 .. len)? memchr's pass for c (cheaper than
 * memmem's on text without it). */
static int marked(const uint8_t *t, size_t len, uint8_t c, const char *mark, size_t at)
{
    size_t n = strlen(mark);
    for (const uint8_t *p = t; (p = memchr(p, c, len - (size_t)(p - t))) != NULL; p++)
        if ((size_t)(p - t) >= at && (size_t)(p - t) - at + n <= len &&
            memcmp(p - at, mark, n) == 0)
            return 1;
    return 0;
}

/* Does one of marks (each with its byte c at mark[at]) stand in t[0 .. len)? One memchr pass
 * for c. */
static int marked_any(const uint8_t *t, size_t len, uint8_t c, const char *const *marks,
                      const uint8_t *ats, size_t nm)
{
    for (const uint8_t *p = t; (p = memchr(p, c, len - (size_t)(p - t))) != NULL; p++)
        for (size_t m = 0; m < nm; m++) {
            size_t i = (size_t)(p - t), at = ats[m], n = strlen(marks[m]);
            if (i >= at && i - at + n <= len && memcmp(p - at, marks[m], n) == 0)
                return 1;
        }
    return 0;
}

/* dev59b: a developer's material of lines where logins stand: a macOS or Windows home
 * ("/Users/", "\\Users\\"), a sudo line, an owner label, a git author line, logfmt's
 * "user="/"actor=", a TODO(login), an @handle in parentheses. A text of one line is none. */
static int dev_marked(const uint8_t *t, size_t len)
{
    /* ops60: an sshd or PAM line's user, an audit event's actor, a tracker's Username, a
     * Windows event's account, an IAM user's ARN, su's "(to x)", CI's user variables, a rota
     * (not a JSON "user"/"userName": API and directory exports write the name beside them) */
    static const char *const colon[] = {"sudo:",
                                        "owner:",
                                        "Author:",
                                        "\"actor\":",
                                        "\"username\":",
                                        "Username:",
                                        ": session opened for user",
                                        ": Accepted ",
                                        "users:"};
    static const uint8_t colon_at[] = {4, 5, 6, 7, 10, 8, 0, 0, 5};
    static const char *const eq[] = {
        "user=", "actor=", "login=", "LOGIN=", "Name=\"TargetUserName", "Name=\"SubjectUserName"};
    static const uint8_t eq_at[] = {4, 5, 5, 5, 4, 4};
    static const char *const paren[] = {"TODO(", "(@", "(to "};
    static const uint8_t paren_at[] = {4, 0, 0};
    static const char *const slash[] = {"/Users/", ":user/"};
    static const uint8_t slash_at[] = {0, 5};
    static const char *const bslash[] = {"\\Users\\"};
    static const uint8_t bslash_at[] = {0};
    if (len < 16 || !memchr(t, '\n', len))
        return 0;
    return marked_any(t, len, ':', colon, colon_at, 9) || marked_any(t, len, '=', eq, eq_at, 6) ||
           marked_any(t, len, '(', paren, paren_at, 3) ||
           marked_any(t, len, '/', slash, slash_at, 2) ||
           marked_any(t, len, '\\', bslash, bslash_at, 1);
}

int anon_names_known_logins(const anon_names_known_t *k, const char *text, size_t len,
                            anon_names_emit_fn emit, void *arg)
{
    size_t kn = anon_names_known_count(k);
    if (!kn || !text || len < 3)
        return 0;
    const uint8_t *t = (const uint8_t *)text;
    /* where logins stand: an id(1) or a DN's "uid=", a home directory, finger's "Login:"; a
     * short lower-case answer. Other text costs the three look-ups. */
    int lower = lower_message(t, len), uid = marked(t, len, '=', "uid=", 3);
    int shell = uid || marked(t, len, '/', "/home/", 0) || marked(t, len, ':', "Login:", 5) ||
                dev_marked(t, len);
    if (!lower && !shell)
        return 0;
    struct folded f[MAXN];
    size_t nf = 0;
    for (size_t i = 0; i < kn && nf < MAXN; i++)
        nf += (size_t)fold_name(k, i, &f[nf]);
    int rc = uid ? dn_uids(t, len, emit, arg) : 0;
    if (rc < 0 || !nf)
        return rc;
    for (size_t i = 0; i < len;) {
        if (!letter(t[i]) || (i && (letter(t[i - 1]) || (t[i - 1] >= '0' && t[i - 1] <= '9') ||
                                    t[i - 1] == '.' || t[i - 1] == '_' || t[i - 1] == '-'))) {
            i++;
            continue;
        }
        size_t e = i, dot = 0;
        int ascii = 1;
        int caps = 0, lead = 0; /* dev59b: "Arjun.Nguyen", a Windows profile */
        while (e < len && (letter(t[e]) || ((t[e] == '.' || t[e] == '_' || t[e] == '-') && !dot &&
                                            e > i && e + 1 < len && letter(t[e + 1])))) {
            if (t[e] == '.' || t[e] == '_' || t[e] == '-')
                dot = e - i;
            else if (t[e] >= 0x80)
                ascii = 0;
            else if (t[e] < 'a')
                caps++, lead += e - i < 2;
            e++;
        }
        /* capitals: only a dotted profile or a Windows account "MKeller" (two capitals that
         * open it, ops60) is read as a login */
        if (caps && !(ascii && (dot || (caps == 2 && lead == 2))))
            ascii = 0;
        size_t at = i;
        i = e;
        if (e < len && ((t[e] >= '0' && t[e] <= '9') || t[e] == '@' || t[e] == '-' ||
                        (t[e] == '.' && e + 1 < len && letter(t[e + 1]))))
            continue; /* a mailbox, a host, a file name */
        size_t n = e - at;
        if (n < 3 || n > 40)
            continue;
        char w[48];
        size_t wl = ascii ? n : nw_ascii_fold(t, at, e, w, sizeof w);
        if (ascii)
            for (size_t j = 0; j < n; j++)
                w[j] = (char)(t[at + j] >= 'A' && t[at + j] <= 'Z' ? t[at + j] | 32 : t[at + j]);
        int hit = 0;
        for (size_t j = 0; j < nf && !hit; j++)
            hit = (shell && ascii && n >= 5 && login_of(w, n, dot, &f[j])) ||
                  (lower && !dot && wl == f[j].gl && memcmp(w, f[j].g, wl) == 0);
        if (!hit || (anon_names_lexicon(text + at, n) & (ANON_NL_COMMON_EN | ANON_NL_COMMON)))
            continue;
        if ((rc = emit(arg, ANON_NAMES_PERSON, at, e)) < 0)
            return rc;
    }
    return 0;
}
