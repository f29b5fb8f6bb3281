/* names_review60.c: logins listed where review tools and trackers name people (branch review60).
 *
 * Phabricator revisions ("Reviewers: mkeller (blocking), #platform", "Subscribers: a, b"),
 * tracker side panels ("Assignee: maria.keller | Component: ..."), release notes ("###
 * Contributors" and the list on the next line) and tracker CSV exports (a header with Assignee,
 * Reporter or Watchers columns, logins in the rows under them; not Author, chat exports'
 * nicknames) name people by a login with no '@'.
 * An item of such a list is a login when it is one word of handle bytes (letters, digits, '.', '_',
 * '-') with a lower-case letter, 4-40 bytes, no bot and no part an ordinary word; a team
 * ("#platform",
 * "@org/team"), a phrase ("the platform team") or a full name (other readers' work) is not. Every
 * other place the text has the same login as a word is the same person ("mkeller accepted this
 * revision.", "(authored by mkeller)", a URL's path).
 * Cost: read only where the request names someone already or the text has an '@' (PII-free
 * prose has neither: a line walk costs 2% of bench_rewrite); lines are walked memchr to memchr, a
 * line read only when it opens with a cue of the cues' lengths, or is a CSV header (a delimiter in
 * its first 32 bytes, only header bytes before it).
 */
#include "anonymize/names.h"
#include "anonymize/names_internal.h"

#include <string.h>

#define MAXL 32

struct logins {
    const uint8_t *t;
    size_t len, n;
    size_t a[MAXL], e[MAXL];
};

static inline int hb(uint8_t c)
{
    return ((c | 32) >= 'a' && (c | 32) <= 'z') || (c >= '0' && c <= '9') || c == '.' || c == '_' ||
           c == '-';
}

static inline int al(uint8_t c)
{
    return (c | 32) >= 'a' && (c | 32) <= 'z';
}

/* Byte classes, one table load a byte in the line walk (the same sets as the tests they replace):
 * R_SKIP the marks before a cue word (' ', '\t', '*', '#', '-', '>', '_'), R_HEAD the bytes before
 * a CSV header's first delimiter (ASCII letters, ' ', '/', '_'), R_CUE0 a cue word's first letter
 * (r, s, w, a, c, either case). */
enum { R_SKIP = 1, R_HEAD = 2, R_CUE0 = 4 };
static const uint8_t rcls[256] = {
    ['A'] = R_HEAD | R_CUE0, ['B'] = R_HEAD,          ['C'] = R_HEAD | R_CUE0,
    ['D'] = R_HEAD,          ['E'] = R_HEAD,          ['F'] = R_HEAD,
    ['G'] = R_HEAD,          ['H'] = R_HEAD,          ['I'] = R_HEAD,
    ['J'] = R_HEAD,          ['K'] = R_HEAD,          ['L'] = R_HEAD,
    ['M'] = R_HEAD,          ['N'] = R_HEAD,          ['O'] = R_HEAD,
    ['P'] = R_HEAD,          ['Q'] = R_HEAD,          ['R'] = R_HEAD | R_CUE0,
    ['S'] = R_HEAD | R_CUE0, ['T'] = R_HEAD,          ['U'] = R_HEAD,
    ['V'] = R_HEAD,          ['W'] = R_HEAD | R_CUE0, ['X'] = R_HEAD,
    ['Y'] = R_HEAD,          ['Z'] = R_HEAD,          ['a'] = R_HEAD | R_CUE0,
    ['b'] = R_HEAD,          ['c'] = R_HEAD | R_CUE0, ['d'] = R_HEAD,
    ['e'] = R_HEAD,          ['f'] = R_HEAD,          ['g'] = R_HEAD,
    ['h'] = R_HEAD,          ['i'] = R_HEAD,          ['j'] = R_HEAD,
    ['k'] = R_HEAD,          ['l'] = R_HEAD,          ['m'] = R_HEAD,
    ['n'] = R_HEAD,          ['o'] = R_HEAD,          ['p'] = R_HEAD,
    ['q'] = R_HEAD,          ['r'] = R_HEAD | R_CUE0, ['s'] = R_HEAD | R_CUE0,
    ['t'] = R_HEAD,          ['u'] = R_HEAD,          ['v'] = R_HEAD,
    ['w'] = R_HEAD | R_CUE0, ['x'] = R_HEAD,          ['y'] = R_HEAD,
    ['z'] = R_HEAD,          [' '] = R_SKIP | R_HEAD, ['_'] = R_SKIP | R_HEAD,
    ['\t'] = R_SKIP,         ['*'] = R_SKIP,          ['#'] = R_SKIP,
    ['-'] = R_SKIP,          ['>'] = R_SKIP,          ['/'] = R_HEAD};

/* Is t[a .. e) (ASCII letters) the word w, case aside? */
static int is_word(const uint8_t *t, size_t a, size_t e, const char *w)
{
    size_t n = strlen(w);
    if (e - a != n)
        return 0;
    for (size_t i = 0; i < n; i++)
        if ((t[a + i] | 32) != (uint8_t)w[i])
            return 0;
    return 1;
}

static int one_of(const uint8_t *t, size_t a, size_t e, const char *const *list, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (is_word(t, a, e, list[i]))
            return 1;
    return 0;
}

/* Takes t[a .. e) as a login when it may be one. */
static void take(struct logins *L, size_t a, size_t e)
{
    static const char *const no[] = {"unassigned", "nobody", "none",  "unknown",
                                     "everyone",   "anyone", "tbd",   "n/a",
                                     "automation", "system", "admin", "root"};
    const uint8_t *t = L->t;
    while (e > a && (t[e - 1] == '.' || t[e - 1] == '-' || t[e - 1] == '_'))
        e--;
    size_t n = e - a;
    if (n < 4 || n > 40 || !al(t[a]) || L->n == MAXL || one_of(t, a, e, no, sizeof no / sizeof *no))
        return;
    char w[48];
    int lower = 0;
    for (size_t i = 0; i < n; i++) {
        w[i] = (char)(t[a + i] >= 'A' && t[a + i] <= 'Z' ? t[a + i] | 32 : t[a + i]);
        lower |= t[a + i] >= 'a' && t[a + i] <= 'z';
    }
    if (!lower || !anon_names_review_login_ok(w, n))
        return;
    if (e < L->len && t[e] == '.' && e + 1 < L->len && al(t[e + 1]))
        return; /* a host */
    L->a[L->n] = a;
    L->e[L->n++] = e;
}

/* Reads the list t[i .. le): items split at ',' and ';', up to a '|' (the next panel field). An
 * item is one word, maybe with a note in brackets ("mkeller (blocking)"). */
static void list_items(struct logins *L, size_t i, size_t le)
{
    const uint8_t *t = L->t;
    while (i < le) {
        while (i < le && (t[i] == ' ' || t[i] == '\t' || t[i] == ',' || t[i] == ';' || t[i] == '*'))
            i++;
        if (i >= le || t[i] == '|')
            return;
        size_t a = i;
        while (i < le && hb(t[i]))
            i++;
        size_t j = i;
        while (j < le && (t[j] == ' ' || t[j] == '*'))
            j++;
        if (i > a && (j >= le || t[j] == ',' || t[j] == ';' || t[j] == '|' || t[j] == '(') &&
            (a == 0 || (t[a - 1] != '@' && t[a - 1] != '#')))
            take(L, a, i);
        while (i < le && t[i] != ',' && t[i] != ';' && t[i] != '|')
            i++;
    }
}

/* Is the line t[ls .. le) a CSV header naming person columns? Marks them in *cols (bit k: the
 * k-th cell) and returns the delimiter, or 0. */
static uint8_t csv_header(const uint8_t *t, size_t ls, size_t le, uint64_t *cols)
{
    static const char *const heads[] = {"assignee",  "reporter", "watchers",   "watcher",
                                        "reviewers", "reviewer", "assigned to"};
    size_t i = ls, lim = le - ls > 32 ? ls + 32 : le;
    while (i < lim && (rcls[t[i]] & R_HEAD))
        i++;
    if (i == ls || i >= lim || (t[i] != ',' && t[i] != ';' && t[i] != '\t') ||
        (i + 1 < le && t[i + 1] == ' '))
        return 0;
    uint8_t d = t[i];
    *cols = 0;
    for (size_t a = ls, k = 0; a <= le && k < 64 && a - ls < 4096; k++) {
        size_t e = a;
        while (e < le && t[e] != d)
            e++;
        size_t x = a, y = e;
        while (x < y && (t[x] == '"' || t[x] == ' '))
            x++;
        while (y > x && (t[y - 1] == '"' || t[y - 1] == ' ' || t[y - 1] == '\r'))
            y--;
        if (one_of(t, x, y, heads, sizeof heads / sizeof *heads))
            *cols |= (uint64_t)1 << k;
        a = e + 1;
    }
    return *cols ? d : 0;
}

/* Reads the CSV rows from ls on (up to a blank line): the cells of the marked columns. A cell
 * with a blank in it is a full name or a phrase (other readers'); its parts split at ';' and ','
 * are read as a list. */
static size_t csv_rows(struct logins *L, size_t ls, uint8_t d, uint64_t cols)
{
    const uint8_t *t = L->t;
    size_t len = L->len;
    while (ls < len && t[ls] != '\n' && t[ls] != '\r') {
        const uint8_t *nl = memchr(t + ls, '\n', len - ls);
        size_t le = nl ? (size_t)(nl - t) : len;
        for (size_t a = ls, k = 0; a < le && k < 64; k++) {
            size_t e = a;
            int q = 0;
            while (e < le && (q || t[e] != d))
                q ^= t[e++] == '"';
            if (cols >> k & 1) {
                size_t x = a, y = e;
                while (x < y && t[x] == '"')
                    x++;
                while (y > x && (t[y - 1] == '"' || t[y - 1] == '\r'))
                    y--;
                if (!memchr(t + x, ' ', y - x))
                    list_items(L, x, y);
            }
            a = e + 1;
        }
        ls = nl ? le + 1 : len;
    }
    return ls;
}

/* A cue line: "Reviewers: ...", "**Assignee:** ...", "Watchers: ...", "## Contributors" (the
 * list on the next line that is not blank). */
static void cue_line(struct logins *L, size_t ls, size_t le)
{
    static const char *const cues[] = {"reviewers",   "reviewer",  "subscribers", "watchers",
                                       "assignee",    "assignees", "approvers",   "contributors",
                                       "contributor", "reporter"};
    const uint8_t *t = L->t;
    size_t i = ls;
    while (i < le && (rcls[t[i]] & R_SKIP))
        i++;
    if (i >= le || !(rcls[t[i]] & R_CUE0))
        return;
    size_t ws = i;
    while (i < le && al(t[i]))
        i++;
    size_t we = i, wn = we - ws; /* the cues' lengths first: most lines open with other words */
    if ((wn != 8 && wn != 9 && wn != 11 && wn != 12) ||
        !one_of(t, ws, we, cues, sizeof cues / sizeof *cues))
        return;
    int heading = t[ls] == '#';
    while (i < le && (t[i] == '*' || t[i] == '_'))
        i++;
    if (i < le && t[i] == ':')
        i++;
    else if (!heading || !is_word(t, ws, we, "contributors"))
        return;
    while (i < le && (t[i] == ' ' || t[i] == '*' || t[i] == '_' || t[i] == '\r'))
        i++;
    if (i < le) {
        list_items(L, i, le);
        return;
    }
    size_t n = le; /* the list on the next line that is not blank */
    while (n < L->len && (t[n] == '\n' || t[n] == '\r' || t[n] == ' '))
        n++;
    const uint8_t *nl = memchr(t + n, '\n', L->len - n);
    list_items(L, n, nl ? (size_t)(nl - t) : L->len);
}

/* Does the word t[a .. e) stand where a revision's log names its user: "(authored by x)", or
 * opening a line that says what x did to "this revision" or its "inline comments"? */
static int revision_place(const uint8_t *t, size_t len, size_t a, size_t e)
{
    if (a >= 13 && memcmp(t + a - 13, "(authored by ", 13) == 0)
        return 1;
    if (a && t[a - 1] != '\n')
        return 0;
    for (size_t i = e; i + 14 <= len && i < e + 48 && t[i] != '\n'; i++)
        if (memcmp(t + i, "this revision", 13) == 0 || memcmp(t + i, "inline comment", 14) == 0)
            return 1;
    return 0;
}

int anon_names_review_lists(const anon_names_known_t *k, const char *text, size_t len,
                            anon_names_emit_fn emit, void *arg)
{
    /* the gate: someone named in the request, or an '@' in the text (a mention, a mailbox) */
    if (!text || len < 8 || (!anon_names_known_count(k) && !memchr(text, '@', len)))
        return 0;
    struct logins L = {.t = (const uint8_t *)text, .len = len};
    const uint8_t *t = L.t;
    for (size_t ls = 0; ls < len;) {
        const uint8_t *nl = memchr(t + ls, '\n', len - ls);
        size_t le = nl ? (size_t)(nl - t) : len;
        uint64_t cols;
        uint8_t d;
        if (le > ls && al(t[ls]) && (d = csv_header(t, ls, le, &cols)) != 0) {
            ls = csv_rows(&L, nl ? le + 1 : len, d, cols);
            continue;
        }
        if (le > ls)
            cue_line(&L, ls, le);
        ls = nl ? le + 1 : len;
    }
    if (!L.n)
        return 0;
    for (size_t i = 0; i < len;) { /* every word that is one of the logins */
        if (!al(t[i]) || (i && (hb(t[i - 1]) || t[i - 1] >= 0x80))) {
            i++;
            continue;
        }
        size_t a = i;
        while (i < len && hb(t[i]))
            i++;
        size_t e = i;
        while (e > a && (t[e - 1] == '.' || t[e - 1] == '-' || t[e - 1] == '_'))
            e--;
        if (i < len && (t[i] == '@' || t[i] >= 0x80))
            continue;
        size_t j = 0, n0 = L.n;
        while (j < L.n && !(L.e[j] - L.a[j] == e - a && memcmp(t + L.a[j], t + a, e - a) == 0))
            j++;
        if (j == L.n && revision_place(t, len, a, e))
            take(&L, a, e); /* a login the lists did not name: "(authored by x)" */
        if (j < n0 || L.n > n0) {
            int rc = emit(arg, ANON_NAMES_PERSON, a, e);
            if (rc < 0)
                return rc;
        }
    }
    return 0;
}
