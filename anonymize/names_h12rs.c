/* names_h12rs.c: people that developer and imaging tools write in their own notations.
 *
 * Two shapes that the word walk of names.c never reads as names (branch h12recs, from
 * names_holdout12's structured kinds, measured on gen_h12gens.py's other kinds of text):
 *
 *   A DICOM person name, `SURNAME^GIVEN^MIDDLE^PREFIX` (PS3.5 6.2, value representation PN),
 *   as dcmdump, gdcmdump, pydicom, DICOM JSON and Orthanc print it: `(0010,0010) PN
 *   [KELLER^MARIA]`, `PN: 'Keller^Maria'`, `"Alphabetic": "KELLER^MARIA"`, `"PatientName" :
 *   "KELLER^MARIA"`. The value between its brackets or quotes is one person when its parts are
 *   letters and the line names a person's field before it (`PN`, `Alphabetic`, a key with
 *   `Patient`, `Physician` or `Operator`): a study's or protocol's caret codes (`LO [CT^THORAX]`,
 *   `Protocol Name`) are no person.
 *
 *   A user name that spells a person in a home folder or a shell prompt: `/home/maria.keller/`,
 *   `/Users/j.doe/`, `C:\Users\Maria Keller\`, `maria.keller@devbox:~$`, `ssh
 *   maria_keller@host`. Only two parts joined by '.', '_' or (a Windows profile) one space, each
 *   letters, the second two letters or more, and neither a service account's word (`svc.backup`,
 *   `build.agent`, `ci.runner`, `www-data`); a one-word account (`ubuntu`, `jenkins`) is never
 *   one. Once found, the same user name elsewhere in the text (`ls /home` lists it) is the person
 *   too.
 *
 * The one thing to know: the cost on text with neither shape is one memchr() of '^', one of '\\'
 * where the text holds one (scan()'s rare bytes), and a look at the '/' and '@' that scan() has
 * found already (nw_hits_of()); nothing allocates.
 */
#include "anonymize/names_internal.h"

#include <string.h>

enum { MAXSLUG = 4 };

static int alpha(uint8_t c)
{
    return ((c | 32) >= 'a' && (c | 32) <= 'z') || c >= 0xC0;
}

static int cont(uint8_t c)
{
    return alpha(c) || (c >= 0x80 && c < 0xC0);
}

/* The start of the line of t[i], looked for at most 96 bytes back (a tag, a key or a command
 * before a value is short; a long line of JSON is not walked again for each byte looked at). */
static size_t line_start(const uint8_t *t, size_t i)
{
    size_t lim = i > 96 ? i - 96 : 0;
    const uint8_t *nl = i > lim ? memrchr(t + lim, '\n', i - lim) : NULL;
    return nl ? (size_t)(nl - t) + 1 : lim;
}

/* Does t[a .. b) hold the word w with no letter on either side? */
static int has_word(const uint8_t *t, size_t a, size_t b, const char *w)
{
    size_t n = strlen(w);
    for (size_t i = a; i + n <= b; i++)
        if (t[i] == (uint8_t)w[0] && memcmp(t + i, w, n) == 0 && (i == a || !alpha(t[i - 1])) &&
            (i + n == b || !alpha(t[i + n])))
            return 1;
    return 0;
}

static int has_text(const uint8_t *t, size_t a, size_t b, const char *w)
{
    size_t n = strlen(w);
    for (size_t i = a; i + n <= b; i++)
        if (t[i] == (uint8_t)w[0] && memcmp(t + i, w, n) == 0)
            return 1;
    return 0;
}

/* ---- DICOM person names ------------------------------------------------------------------- */

/* The PN value around the '^' at k: its bounds, 1 when it is a person's. */
static int pn_value(const uint8_t *t, size_t len, size_t k, size_t *va, size_t *vb)
{
    size_t a = k, b = k + 1;
    while (a > 0 && t[a - 1] != '[' && t[a - 1] != '\'' && t[a - 1] != '"' && t[a - 1] != '\n' &&
           k - a < 64)
        a--;
    while (b < len && t[b] != ']' && t[b] != '\'' && t[b] != '"' && t[b] != '\n' && b - k < 64)
        b++;
    if (a == 0 || b >= len)
        return 0;
    uint8_t open = t[a - 1], close = t[b];
    if (!((open == '[' && close == ']') || (open == '\'' && close == '\'') ||
          (open == '"' && close == '"')))
        return 0;
    /* parts of letters (spaces, '-', '\'' and '.' inside); the first two must have letters */
    unsigned parts = 0, lettered = 0;
    int letters = 0;
    for (size_t i = a; i <= b; i++) {
        if (i == b || t[i] == '^') {
            if (parts < 2 && !letters)
                return 0;
            lettered += letters != 0;
            parts++;
            letters = 0;
            continue;
        }
        if (cont(t[i]))
            letters = 1;
        else if (t[i] != ' ' && t[i] != '-' && t[i] != '.' && t[i] != '\'')
            return 0;
    }
    if (parts < 2 || parts > 5 || lettered < 2)
        return 0;
    /* the line names a person's field before the value */
    size_t ls = line_start(t, a);
    if (!(has_word(t, ls, a, "PN") || has_text(t, ls, a, "Alphabetic") ||
          has_text(t, ls, a, "Patient") || has_text(t, ls, a, "Physician") ||
          has_text(t, ls, a, "Operator")))
        return 0;
    if (has_word(t, ls, a, "LO") || has_word(t, ls, a, "SH") || has_text(t, ls, a, "Description") ||
        has_text(t, ls, a, "Protocol"))
        return 0;
    *va = a;
    *vb = b;
    return 1;
}

static int dicom_names(struct sc *s)
{
    const uint8_t *t = s->t, *p = memchr(t, '^', s->len);
    while (p) {
        size_t k = (size_t)(p - t), a, b;
        size_t next = k + 1;
        if (pn_value(t, s->len, k, &a, &b)) {
            int rc = s->emit(s->arg, ANON_NAMES_PERSON, a, b);
            if (rc < 0)
                return rc;
            next = b;
        }
        p = next < s->len ? memchr(t + next, '^', s->len - next) : NULL;
    }
    return 0;
}

/* ---- user names in home folders and prompts ------------------------------------------------ */

/* Words of service and build accounts: a user name with one of them is no person. */
static int service_word(const uint8_t *w, size_t n)
{
    static const char *const words[] = {
        "svc",       "build",     "agent",   "ci",       "cd",      "runner",    "app",
        "apps",      "user",      "users",   "admin",    "test",    "tests",     "dev",
        "deploy",    "backup",    "service", "bot",      "web",     "www",       "data",
        "root",      "gitlab",    "github",  "jenkins",  "docker",  "ubuntu",    "ec2",
        "server",    "system",    "local",   "default",  "public",  "shared",    "guest",
        "demo",      "prod",      "staging", "sys",      "db",      "api",       "ops",
        "support",   "info",      "noreply", "mail",     "ftp",     "git",       "node",
        "home",      "temp",      "tmp",     "work",     "sync",    "share",     "nas",
        "qa",        "uat",       "srv",     "daemon",   "cron",    "batch",     "job",
        "worker",    "postgres",  "mysql",   "oracle",   "sql",     "cloud",     "aws",
        "azure",     "gcp",       "vagrant", "pi",       "ansible", "terraform", "k8s",
        "kube",      "ci-cd",     "bamboo",  "teamcity", "source",  "repos",     "desktop",
        "documents", "downloads", "library", "appdata",  "all"};
    char buf[16];
    if (n >= sizeof buf)
        return 0;
    for (size_t i = 0; i < n; i++)
        buf[i] = (char)(w[i] | (w[i] < 0x80 ? 32 : 0));
    buf[n] = '\0';
    for (size_t k = 0; k < sizeof words / sizeof words[0]; k++)
        if (strcmp(buf, words[k]) == 0)
            return 1;
    return 0;
}

/* The user name that starts at t[a]: its end when it spells a person, else 0. win: a Windows
 * profile, whose two parts may be joined by one space ("Maria Keller"). */
static size_t slug_at(const uint8_t *t, size_t len, size_t a, int win)
{
    size_t i = a, part[2][2];
    unsigned np = 0;
    for (;;) {
        size_t ps = i;
        while (i < len && cont(t[i]))
            i++;
        if (i == ps || np == 2)
            return 0;
        part[np][0] = ps;
        part[np][1] = i;
        np++;
        if (i + 1 < len && (t[i] == '.' || t[i] == '_' || (win && t[i] == ' ')) && cont(t[i + 1]) &&
            np == 1) {
            i++;
            continue;
        }
        break;
    }
    if (np != 2 || part[1][1] - part[1][0] < 2)
        return 0;
    /* the name ends at a path's, a prompt's or a line's edge, not inside a longer token */
    if (i < len && t[i] != '/' && t[i] != '\\' && t[i] != '@' && t[i] != '\n' && t[i] != '\r' &&
        t[i] != ' ' && t[i] != '\'' && t[i] != '"' && t[i] != ':' && t[i] != '>')
        return 0;
    for (unsigned k = 0; k < 2; k++)
        if (service_word(t + part[k][0], part[k][1] - part[k][0]))
            return 0;
    return i;
}

struct slugs {
    size_t at[MAXSLUG][2];
    unsigned n;
};

static int found(struct sc *s, struct slugs *u, size_t a, size_t b)
{
    if (u->n < MAXSLUG) {
        u->at[u->n][0] = a;
        u->at[u->n][1] = b;
        u->n++;
    }
    return s->emit(s->arg, ANON_NAMES_PERSON, a, b);
}

/* "/home/NAME", "/Users/NAME" at the '/' at k */
static int home_at(struct sc *s, struct slugs *u, size_t k)
{
    const uint8_t *t = s->t;
    size_t len = s->len, a;
    if (k + 6 < len && memcmp(t + k + 1, "home/", 5) == 0)
        a = k + 6;
    else if (k + 7 < len && memcmp(t + k + 1, "Users/", 6) == 0)
        a = k + 7;
    else
        return 0;
    size_t b = slug_at(t, len, a, 0);
    return b ? found(s, u, a, b) : 0;
}

/* "NAME@host:~" at a line's start, "ssh NAME@host", "scp x NAME@host:" at the '@' at k. The
 * place is checked before the name: most '@' are e-mail addresses in prose or JSON strings. */
static int prompt_at(struct sc *s, struct slugs *u, size_t k)
{
    const uint8_t *t = s->t;
    size_t a = k;
    while (a > 0 && (cont(t[a - 1]) || t[a - 1] == '.' || t[a - 1] == '_'))
        a--;
    if (a == k || (a > 0 && t[a - 1] != '\n' && t[a - 1] != ' '))
        return 0; /* an e-mail address in a JSON string or after '<' leaves here */
    if (a == 0 || t[a - 1] == '\n') { /* a prompt: "@host:" then a path */
        size_t h = k + 1;
        while (h < s->len && h - k < 64 && (is_alnum(t[h]) || t[h] == '-' || t[h] == '.'))
            h++;
        if (h == k + 1 || h + 1 >= s->len || t[h] != ':' || (t[h + 1] != '~' && t[h + 1] != '/'))
            return 0;
    } else if (!(a >= 4 && memcmp(t + a - 4, "ssh ", 4) == 0) &&
               !(a >= 5 && memcmp(t + a - 5, "sftp ", 5) == 0)) {
        /* "ssh NAME@", "sftp NAME@"; "scp x NAME@", "rsync -av x NAME@" on a command's line */
        size_t ls = line_start(t, a);
        if (ls + 2 <= a && t[ls] == '$' && t[ls + 1] == ' ')
            ls += 2;
        if (!(ls + 4 <= a && memcmp(t + ls, "scp ", 4) == 0) &&
            !(ls + 6 <= a && memcmp(t + ls, "rsync ", 6) == 0))
            return 0; /* an e-mail address in a sentence */
    }
    return slug_at(t, s->len, a, 0) == k ? found(s, u, a, k) : 0;
}

/* The same user name elsewhere in the text, standing alone ("ls /home" lists it) */
static int again(struct sc *s, const struct slugs *u)
{
    const uint8_t *t = s->t;
    for (unsigned k = 0; k < u->n; k++) {
        size_t a = u->at[k][0], n = u->at[k][1] - a;
        for (size_t i = 0; i + n <= s->len; i++) {
            const uint8_t *p = memchr(t + i, t[a], s->len - n + 1 - i);
            if (!p)
                break;
            i = (size_t)(p - t);
            if (i == a || memcmp(t + i, t + a, n) != 0 ||
                (i > 0 && (cont(t[i - 1]) || t[i - 1] == '.')) ||
                (i + n < s->len && (cont(t[i + n]) || t[i + n] == '.' || t[i + n] == '_')))
                continue;
            int rc = s->emit(s->arg, ANON_NAMES_PERSON, i, i + n);
            if (rc < 0)
                return rc;
        }
    }
    return 0;
}

static int user_names(struct sc *s)
{
    const uint8_t *t = s->t;
    size_t len = s->len;
    struct slugs u = {.n = 0};
    int rc;
    struct nw_hits *hs = nw_hits_of(s, '/');
    size_t cur = 0;
    for (size_t from = 0;;) {
        size_t k = nw_hit_from(hs, s, '/', &cur, from);
        if (k >= len)
            break;
        if ((rc = home_at(s, &u, k)) < 0)
            return rc;
        from = k + 1;
    }
    /* no '\\' in the text (scan()'s rare bytes, names_bytes.c): no "C:\\Users\\" path */
    for (const uint8_t *p = nw_text_may_hold(s, NW_RB_BSLASH) ? memchr(t, '\\', len) : NULL; p;) {
        size_t k = (size_t)(p - t), b;
        if (k + 7 < len && memcmp(t + k + 1, "Users\\", 6) == 0 &&
            (b = slug_at(t, len, k + 7, 1)) != 0 && (rc = found(s, &u, k + 7, b)) < 0)
            return rc;
        p = k + 1 < len ? memchr(t + k + 1, '\\', len - k - 1) : NULL;
    }
    struct nw_hits *ha = nw_hits_of(s, '@');
    cur = 0;
    for (size_t from = 0;;) {
        size_t k = nw_hit_from(ha, s, '@', &cur, from);
        if (k >= len)
            break;
        if ((rc = prompt_at(s, &u, k)) < 0)
            return rc;
        from = k + 1;
    }
    return u.n ? again(s, &u) : 0;
}

int nw_h12rs_names(struct sc *s)
{
    if (!(s->kinds & (1u << ANON_NAMES_PERSON)) || s->len < 8)
        return 0;
    int rc = dicom_names(s);
    return rc < 0 ? rc : user_names(s);
}
