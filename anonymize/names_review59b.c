/* names_review59b.c: people's handles in code review and issue trackers (branch review59b).
 *
 * Pull-request threads, tracker exports and release notes name people by their handles:
 * "**@mkeller** commented", "PTAL @maria-keller", "by @m.keller in #12", a JSON "login" or a CSV
 * watchers cell. Two readers:
 *  - a known person's handle: where the text mentions someone ("@x", not an e-mail's '@') or has a
 *    "login" key, a word that spells a known full name folded to ASCII as handles are made
 *    (initial + surname, given + surname, given + the surname's initial, given or initial joined
 *    to the surname by '.', '_' or '-');
 *  - an "@mention" that spells a person by the lexicon alone: two parts joined by '.', '_' or '-'
 *    where one is a given name or surname and neither an ordinary word ("@lenka_vesely"), an
 *    initial and a surname ("@gbianchi", "@m.keller"), a given name of 4+ letters and a rest of
 *    4+ that is no ordinary word ("@hanacerny").
 * Never a team ("@org/team"), a bot ("[bot]", "-bot"), a decorator or an annotation ("@x(",
 * "@pytest.mark.skip"), an e-mail or a host.
 */
#include "anonymize/anon_internal.h"
#include "anonymize/names_internal.h"

#include <string.h>

#define MAXN 64

static inline int hchar(uint8_t c)
{
    return ((c | 32) >= 'a' && (c | 32) <= 'z') || (c >= '0' && c <= '9') || c == '.' || c == '_' ||
           c == '-';
}

static inline int alpha(uint8_t c)
{
    return (c | 32) >= 'a' && (c | 32) <= 'z';
}

/* Known name i's first and last word, folded to ASCII and lower case; 0 when it has no such form */
static int fold_known(const anon_names_known_t *k, size_t i, char *g, size_t *gl, char *s,
                      size_t *sl)
{
    size_t n;
    const uint8_t *p = (const uint8_t *)anon_names_known_name(k, i, &n);
    size_t a = 0, b = n;
    while (a < n && p[a] != ' ')
        a++;
    while (b > 0 && p[b - 1] != ' ')
        b--;
    if (a >= n || b == 0)
        return 0;
    *gl = nw_ascii_fold(p, 0, a, g, 24);
    *sl = nw_ascii_fold(p, b, n, s, 32);
    for (size_t j = 0; j < *gl; j++)
        g[j] = (char)(g[j] | 32);
    for (size_t j = 0; j < *sl; j++)
        s[j] = (char)(s[j] | 32);
    return *gl >= 2 && *sl >= 3;
}

static inline int hsep(char c)
{
    return c == '.' || c == '_' || c == '-';
}

/* Does w[0 .. n) (lower case) spell a handle of given g, surname s? Trailing digits aside
 * ("mkeller42"): initial or given + surname, given + the surname's initial ("mariak",
 * "maria_k"), surname + initial or given ("kellerm", "keller-maria"). */
static int handle_of(const char *w, size_t n, const char *g, size_t gl, const char *s, size_t sl)
{
    while (n > 4 && w[n - 1] >= '0' && w[n - 1] <= '9')
        n--;
    if (n < 4)
        return 0;
    if (n > sl && memcmp(w + n - sl, s, sl) == 0) { /* ... + surname */
        size_t h = n - sl;
        if (h >= 2 && hsep(w[h - 1]))
            h--;
        return (h == 1 && w[0] == g[0]) || (h == gl && memcmp(w, g, gl) == 0);
    }
    if (n > sl && memcmp(w, s, sl) == 0) { /* surname + ... */
        size_t h = sl + (n > sl + 1 && hsep(w[sl]));
        return (n - h == 1 && w[h] == g[0]) || (n - h == gl && memcmp(w + h, g, gl) == 0);
    }
    if (n > gl && memcmp(w, g, gl) == 0) /* given + initial or the surname's first three */
        return (n == gl + 1 && w[gl] == s[0]) ||
               (n == gl + 2 && hsep(w[gl]) && w[gl + 1] == s[0]) ||
               (n == gl + 3 && memcmp(w + gl, s, 3) == 0);
    return 0;
}

static int ordinary(const char *p, size_t n)
{
    return (anon_names_lexicon(p, n) & (ANON_NL_COMMON_EN | ANON_NL_COMMON)) != 0;
}

static int named(const char *p, size_t n)
{
    unsigned lx = anon_names_lexicon(p, n);
    return (lx & (ANON_NL_GIVEN | ANON_NL_NAME | ANON_NL_GLOBAL)) &&
           !(lx & (ANON_NL_COMMON_EN | ANON_NL_COMMON));
}

/* Does the mention w[0 .. n) (lower case) spell a person by the lexicon? */
static int spells_person(const char *w, size_t n)
{
    size_t sep = 0, seps = 0;
    for (size_t i = 0; i < n; i++)
        if (w[i] == '.' || w[i] == '_' || w[i] == '-')
            sep = i, seps++;
        else if (!alpha((uint8_t)w[i]))
            return 0; /* digits: a tag, a version */
    if (seps > 1 || n < 5)
        return 0;
    if (seps == 1) {
        size_t a = sep, b = n - sep - 1;
        if (!a || !b || (a > 1 && ordinary(w, a)) || ordinary(w + sep + 1, b) ||
            (w[sep] == '.' && b <= 3))
            return 0; /* "@telia.com": a domain cut from its mailbox */
        return (a == 1 && b >= 4 && named(w + sep + 1, b)) ||
               (a >= 3 && b >= 3 && (named(w, a) || named(w + sep + 1, b)) &&
                !(b == 3 && memcmp(w + sep + 1, "bot", 3) == 0));
    }
    if (ordinary(w, n) || (n > 3 && memcmp(w + n - 3, "bot", 3) == 0))
        return 0;
    if (n >= 6 && named(w + 1, n - 1) && !named(w, n))
        return 1; /* initial + surname */
    for (size_t g = 4; g + 4 <= n && g <= 10; g++)
        if ((anon_names_lexicon(w, g) & ANON_NL_GIVEN) && !ordinary(w, g) &&
            !ordinary(w + g, n - g) && !ordinary(w + n - 4, 4) && !ordinary(w + n - 5, 5))
            return 1; /* not "sonarcloud", "jenkinsfile" */
    return 0;
}

static int is_bot(const char *w, size_t n)
{
    static const char *const bots[] = {"dependabot", "renovate",        "github-actions", "codecov",
                                       "sonarcloud", "netlify",         "vercel",         "mergify",
                                       "stale",      "allcontributors", "copilot",        "ghost",
                                       "actions",    "coderabbitai"};
    if (n >= 3 && (memcmp(w + n - 3, "bot", 3) == 0 || memcmp(w, "bot", 3) == 0))
        return 1;
    if (n >= 4 && ((memcmp(w, "svc", 3) == 0 && hsep(w[3])) || /* "svc-ci", "build_ci" */
                   (hsep(w[n - 3]) && memcmp(w + n - 2, "ci", 2) == 0)))
        return 1;
    for (size_t i = 0; i < sizeof bots / sizeof bots[0]; i++)
        if (strlen(bots[i]) == n && memcmp(w, bots[i], n) == 0)
            return 1;
    return 0;
}

/* Is the word w (ASCII, lower case) right before t[i] (letters folded), no letter before it? */
static int word_before(const uint8_t *t, size_t i, const char *w)
{
    size_t k = strlen(w);
    if (i < k || (i > k && alpha(t[i - k - 1])))
        return 0;
    for (size_t j = 0; j < k; j++)
        if ((t[i - k + j] | 32) != (uint8_t)w[j])
            return 0;
    return 1;
}

static int starts(const uint8_t *t, size_t len, size_t i, const char *w)
{
    size_t k = strlen(w);
    return i + k <= len && memcmp(t + i, w, k) == 0;
}

/* Does the mention t[a .. e) ('@' at a - 1) stand where review threads name a user: after "cc",
 * "PTAL", "thanks", "by", "to", "reviewers:", another mention, or before "** commented",
 * " approved", " made their first contribution", " in #12"; after a mention that stands so? */
static int review_place(const uint8_t *t, size_t len, size_t a, size_t e)
{
    size_t i = a - 1, j = e;
    while (i > 0 && (t[i - 1] == '*' || t[i - 1] == '_'))
        i--;
    if (starts(t, len, j, "**"))
        j += 2;
    if (starts(t, len, j, " commented") || starts(t, len, j, " approved") ||
        starts(t, len, j, " requested changes") || starts(t, len, j, " made their first") ||
        starts(t, len, j, " in #") || starts(t, len, j, " (@"))
        return 1;
    while (i > 0 && t[i - 1] == ' ')
        i--;
    if (i > 0 && (t[i - 1] == ',' || t[i - 1] == ':'))
        i--;
    static const char *const cue[] = {"cc",        "ptal",     "thanks",   "thank you", "by",  "to",
                                      "reviewers", "reviewer", "assignee", "assignees", "ping"};
    for (size_t c = 0; c < sizeof cue / sizeof cue[0]; c++)
        if (word_before(t, i, cue[c]))
            return 1;
    size_t k = i; /* another mention before: "cc @a @b" */
    while (k > 0 && hchar(t[k - 1]))
        k--;
    return k > 0 && k < i && t[k - 1] == '@' && review_place(t, len, k, i); /* a cue's list */
}

/* Is t[a .. e) the value of a JSON "login" key ("login": "x")? */
static int login_value(const uint8_t *t, size_t len, size_t a, size_t e)
{
    if (a < 9 || t[a - 1] != '"' || e >= len || t[e] != '"')
        return 0;
    size_t i = a - 1;
    while (i > 0 && (t[i - 1] == ' ' || t[i - 1] == ':'))
        i--;
    return i >= 7 && memcmp(t + i - 7, "\"login\"", 7) == 0;
}

/* Is t[a .. e) the quoted value of a key or attribute that holds a login: JSON "username" or
 * "nickname" ("username": "x"), XML username="x", author="x", ri:username="x"? */
static int user_key_value(const uint8_t *t, size_t len, size_t a, size_t e)
{
    if (a < 8 || t[a - 1] != '"' || e >= len || t[e] != '"')
        return 0;
    static const char *const keys[] = {"\"username\"", "\"nickname\"", "username=", "author="};
    size_t i = a - 1;
    if (t[i - 1] != '=')
        while (i > 0 && (t[i - 1] == ' ' || t[i - 1] == ':'))
            i--;
    for (size_t c = 0; c < sizeof keys / sizeof keys[0]; c++) {
        size_t kl = strlen(keys[c]);
        if (i >= kl && memcmp(t + i - kl, keys[c], kl) == 0 &&
            (keys[c][0] == '"' || i == kl || !alpha(t[i - kl - 1])))
            return 1;
    }
    return 0;
}

/* Does the mention t[a .. e) ('@' at a - 1) open its line after blanks or a comment's marks (a
 * decorator, a doc tag: "    @classmethod", " *  @tparam") and not "**@h**"? */
static int tag_place(const uint8_t *t, size_t len, size_t a, size_t e)
{
    if (e + 1 < len && t[e] == '*' && t[e + 1] == '*')
        return 0;
    size_t i = a - 1;
    while (i > 0 && (t[i - 1] == ' ' || t[i - 1] == '\t' || t[i - 1] == '*' || t[i - 1] == '/' ||
                     t[i - 1] == '#'))
        i--;
    return i == 0 || t[i - 1] == '\n';
}

/* Has the handle w[0 .. n) a part (split at '.', '_', '-') of 3+ letters that is an ordinary
 * word ("total_ordering", "classmethod")? */
static int ordinary_part(const char *w, size_t n)
{
    if (ordinary(w, n))
        return 1;
    for (size_t i = 0, j = 0; j <= n; j++)
        if (j == n || w[j] == '.' || w[j] == '_' || w[j] == '-') {
            if (j - i >= 3 && ordinary(w + i, j - i))
                return 1;
            i = j + 1;
        }
    return 0;
}

/* Is the login w[0 .. n) a tool's: three parts or more, two of them ordinary English words
 * ("copilot-pull-request-reviewer", "github-advanced-security"; not "mei-ling-chen")? */
static int tool_login(const char *w, size_t n)
{
    int parts = 0, words = 0;
    for (size_t i = 0, j = 0; j <= n; j++)
        if (j == n || hsep(w[j])) {
            parts++;
            words += j - i >= 3 && (anon_names_lexicon(w + i, j - i) & ANON_NL_COMMON_EN) &&
                     !named(w + i, j - i);
            i = j + 1;
        }
    return parts >= 3 && words >= 2;
}

int anon_names_review_login_ok(const char *w, size_t n)
{
    return !is_bot(w, n) && !ordinary_part(w, n);
}

int anon_names_review_handles(const anon_names_known_t *k, const char *text, size_t len,
                              anon_names_emit_fn emit, void *arg)
{
    const uint8_t *t = (const uint8_t *)text;
    if (!text || len < 5)
        return 0;
    const uint8_t *at = memchr(t, '@', len);
    /* a "login" ("username", "nickname") key in JSON pasted at the text's start (a '{' in its first
     * 128 bytes): memchr's pass for '"' (memmem's on every text cost 2% of bench_rewrite) */
    int login = 0;
    const uint8_t *brace = memchr(t, '{', len < 128 ? len : 128);
    for (const uint8_t *q = brace;
         q && !login && (q = memchr(q, '"', len - (size_t)(q - t))) != NULL; q++)
        login = (len - (size_t)(q - t) >= 7 && memcmp(q + 1, "login\"", 6) == 0) ||
                (len - (size_t)(q - t) >= 10 &&
                 (memcmp(q + 1, "username\"", 9) == 0 || memcmp(q + 1, "nickname\"", 9) == 0));
    if (!at && !login)
        return 0;
    size_t kn = anon_names_known_count(k);
    char g[MAXN][24], s[MAXN][32];
    size_t gl[MAXN], sl[MAXN], nk = 0;
    for (size_t i = 0; i < kn && nk < MAXN; i++)
        nk += (size_t)fold_known(k, i, g[nk], &gl[nk], s[nk], &sl[nk]);
    int mention = 0; /* an '@' before a letter, no handle's byte before it (not a mailbox) */
    for (const uint8_t *q = at; !mention && q && (size_t)(q - t) + 1 < len;
         q = memchr(q + 1, '@', len - (size_t)(q - t) - 1)) {
        size_t i = (size_t)(q - t);
        mention = alpha(t[i + 1]) && !(i && (hchar(t[i - 1]) || t[i - 1] >= 0x80));
    }
    if (!mention && !login)
        return 0;
    for (size_t i = 0; i < len;) {
        if (!nk && !login) { /* only mentions to read: from '@' to '@' */
            const uint8_t *q = memchr(t + i, '@', len - i);
            if (!q)
                break;
            i = (size_t)(q - t) + 1;
        }
        if (!alpha(t[i]) || (i && (hchar(t[i - 1]) || t[i - 1] >= 0x80))) {
            i++;
            continue;
        }
        size_t a = i, e = i;
        while (e < len && hchar(t[e]))
            e++;
        i = e;
        while (e > a && (t[e - 1] == '.' || t[e - 1] == '-' || t[e - 1] == '_'))
            e--;
        size_t n = e - a;
        if (n < 4 || n > 40 ||
            (i < len && (t[i] == '@' || t[i] == '/' || t[i] == '[' || t[i] == '(' || t[i] >= 0x80)))
            continue;
        int ment = a >= 1 && t[a - 1] == '@' &&
                   (a < 2 || !(hchar(t[a - 2]) || t[a - 2] >= 0x80 || t[a - 2] == ',' ||
                               t[a - 2] == '[' || t[a - 2] == '=' || t[a - 2] == '$' ||
                               t[a - 2] == '{' || t[a - 2] == '%')); /* not Perl's ",@lines" */
        if (!ment && !nk && !login)
            continue;
        int dots = 0;
        char w[48];
        for (size_t j = 0; j < n; j++) {
            w[j] = (char)(t[a + j] >= 'A' && t[a + j] <= 'Z' ? t[a + j] | 32 : t[a + j]);
            dots += t[a + j] == '.';
        }
        if (!ment && dots && e < len && t[e] == '.' && e + 1 < len && alpha(t[e + 1]))
            continue; /* a host */
        int hit = 0;
        for (size_t j = 0; j < nk && !hit; j++)
            hit = handle_of(w, n, g[j], gl[j], s[j], sl[j]);
        if (hit && !ment && ordinary(w, n))
            hit = 0;
        if (!hit && ment && !tag_place(t, len, a, e))
            hit = spells_person(w, n) ||
                  (!is_bot(w, n) && !ordinary_part(w, n) && review_place(t, len, a, e));
        if (!hit && login && !is_bot(w, n) && !tool_login(w, n) && login_value(t, len, a, e))
            hit = 1; /* not "copilot-pull-request-reviewer" */
        if (!hit && !ment && user_key_value(t, len, a, e) && !is_bot(w, n)) {
            size_t m = n; /* "mkeller42": the name before the digits */
            while (m > 4 && w[m - 1] >= '0' && w[m - 1] <= '9')
                m--;
            hit = spells_person(w, m) || (t[a - 2] == '=' && !ordinary_part(w, n));
        } /* an XML attribute (username="x", author="x", ri:username="x") holds a user */
        if (!hit)
            continue;
        int rc = emit(arg, ANON_NAMES_PERSON, a, e);
        if (rc < 0)
            return rc;
    }
    return 0;
}
