/* names_ops60.c: a login that spells a person's name where operations material puts logins
 * (branch ops60, contrib/bench/accuracy/notes/ops60.md).
 *
 * Audit and access logs name people by the account they used, not by their name: PAM's
 * "session opened for user mkeller(uid=1001)", sshd's "Accepted publickey for keller.maria",
 * su's "(to root) maria_k on pts/0", a JSON event's "actor"/"user"/"userName"/"username", a
 * tracker's "Username: m.keller", a Windows event's <Data Name="TargetUserName">MKeller</Data>
 * and "CORP\mkeller", an IAM user's ARN ("arn:aws:iam::1:user/mkeller"), an access log's
 * remote_user ("203.0.113.7 - mkeller [07/Dec/2026:..."), CI's GITLAB_USER_LOGIN=, the first
 * column of who/last/ps rows on a terminal ("pts/1"), a chat export's "[14:02] m.keller: ...".
 * names_dev59b.c reads home directories, sudo and logfmt; this file adds those slots with the same
 * test of the login: it spells a name the lexicon knows (nw_dev59b_spells_name), or is a Windows
 * account of an initial and a surname in capitals ("MKeller"). A service or system account ("root",
 * "nagios", "svc-backup", "SYSTEM", "DC01$") spells none and is left. Each slot is found from a
 * byte the scanner keeps a hit table of (':', '/', '='), or '\\' when the text holds one.
 */
#include "anonymize/anon_internal.h"
#include "anonymize/names_internal.h"

#include <string.h>

static inline int lower_letter(uint8_t c)
{
    return c >= 'a' && c <= 'z';
}

static inline int ascii_letter(uint8_t c)
{
    return lower_letter((uint8_t)(c | 32));
}

/* A login's byte: a letter, a digit, '.', '_' or '-'. */
static inline int login_byte(uint8_t c)
{
    return ascii_letter(c) || (c >= '0' && c <= '9') || c == '.' || c == '_' || c == '-';
}

static int lex_name(const struct sc *s, size_t a, size_t b);

/* Is t[a .. b) a Windows account "MKeller": two capitals that open it, then lower case, the rest
 * no ordinary word ("PCuser" is none)? */
static int windows_account(const struct sc *s, size_t a, size_t b)
{
    const uint8_t *t = s->t;
    if (b - a < 5 || b - a > 24 || t[a] < 'A' || t[a] > 'Z' || t[a + 1] < 'A' || t[a + 1] > 'Z')
        return 0;
    for (size_t i = a + 2; i < b; i++)
        if (!lower_letter(t[i]))
            return 0;
    return lex_name(s, a + 1, b) >= 0;
}

/* The lexicon's answer for t[a .. b): 1 a name and no ordinary word, -1 an ordinary word, 0
 * unknown. */
static int lex_name(const struct sc *s, size_t a, size_t b)
{
    unsigned lx = nw_lexicon_in(s->t, s->len, a, b);
    int name = (lx & (ANON_NL_NAME | ANON_NL_GIVEN)) != 0;
    if (lx & (ANON_NL_COMMON_EN | ANON_NL_COMMON))
        return name ? 2 : -1; /* "costa", "delgado", "douglas": a name and a word */
    return name;
}

/* Parts of a login that name a service, a tool or a place in the system, not a person. */
static int service_part(const uint8_t *t, size_t a, size_t b)
{
    static const char *const parts[] = {"svc",  "sa", "app",  "srv", "adm", "admin", "sys",  "api",
                                        "bot",  "ci", "cd",   "db",  "sql", "etl",   "ops",  "dev",
                                        "prod", "qa", "prom", "web", "www", "test",  "demo", "mgr"};
    for (size_t i = 0; i < sizeof parts / sizeof parts[0]; i++)
        if (strlen(parts[i]) == b - a && memcmp(t + a, parts[i], b - a) == 0)
            return 1;
    return 0;
}

/* In a slot that holds a login, does t[a .. b) (lower case letters, at most one '.' or '_')
 * read as a person's: a given name and a surname run together ("joannakaminski"), a given name
 * and a surname's initial ("gareth_h"), or two parts of letters of which neither is an ordinary
 * word or a service's part ("wickwenley.wickbran", "chevalier_quentin"), whether or not the
 * lexicon knows them? */
static int person_login(const struct sc *s, size_t a, size_t b)
{
    const uint8_t *t = s->t;
    size_t d = 0;
    if (b - a < 5 || b - a > 32)
        return 0;
    for (size_t i = a; i < b; i++) {
        if (t[i] == '.' || t[i] == '_') {
            if (d || i == a || i + 1 == b)
                return 0;
            d = i;
        } else if (!lower_letter(t[i])) {
            return 0;
        }
    }
    if (!d) { /* "joannakaminski": a given name the lexicon knows, then a surname it knows */
        for (size_t m = a + 3; m + 3 <= b; m++)
            if (nw_lexicon_in(t, s->len, a, m) & ANON_NL_GIVEN) {
                int l = lex_name(s, a, m), r = lex_name(s, m, b);
                if (l > 0 && r > 0 && (l == 1 || r == 1))
                    return 1;
            }
        return 0;
    }
    if (b - d - 1 == 1) /* "gareth_h" */
        return (nw_lexicon_in(t, s->len, a, d) & ANON_NL_GIVEN) && lex_name(s, a, d) > 0;
    if ((d - a < 2 && b - d - 1 < 4) || service_part(t, a, d) || service_part(t, d + 1, b))
        return 0;
    int l = lex_name(s, a, d), r = lex_name(s, d + 1, b);
    /* a part that is also a word ("costa", "shadow") stands only beside a name ("sre_shadow") */
    return l >= 0 && r >= 0 && (l != 2 || r == 1) && (r != 2 || l == 1) &&
           (d - a >= 4 || b - d - 1 >= 4);
}

/* The login at t[a ..] up to a byte that is none of its: reported when it spells a name the
 * lexicon knows, is a Windows account or (loose) reads as a person's login, and ends at one of
 * stops (or the text's end). A JSON member's login is read strictly: directory and API exports
 * (SCIM's "userName", GitHub's "login") beside the person's name are not what these slots are. */
static int login_read(struct sc *s, size_t a, const char *stops, int loose)
{
    const uint8_t *t = s->t;
    size_t b = a;
    while (b < s->len && b - a < 40 && login_byte(t[b]))
        b++;
    if (b == a || (b < s->len && !strchr(stops, t[b])) || t[b - 1] == '.' || t[b - 1] == '-')
        return 0;
    if (!nw_dev59b_spells_name(s, a, b) && !windows_account(s, a, b) &&
        !(loose && person_login(s, a, b)))
        return 0;
    return s->emit(s->arg, ANON_NAMES_PERSON, a, b);
}

static int login_at(struct sc *s, size_t a, const char *stops)
{
    return login_read(s, a, stops, 1);
}

/* Does t[p - n .. p) read k (n = strlen(k)) with no letter before it? */
static int key_before(const uint8_t *t, size_t p, const char *k, size_t n)
{
    return p >= n && memcmp(t + p - n, k, n) == 0 && (p == n || !ascii_letter(t[p - n - 1]));
}

/* The items of a YAML list of logins from t[i] (a line start): "    - x" lines (named: "  - name:
 * x" items, their other members' lines passed over), to the first line that is none. */
static int yaml_list(struct sc *s, size_t i, int named)
{
    const uint8_t *t = s->t;
    for (size_t n = 0; i < s->len && n < 64; n++) {
        size_t j = i;
        while (j < s->len && j - i < 16 && t[j] == ' ')
            j++;
        int item = j + 2 < s->len && t[j] == '-' && t[j + 1] == ' ';
        if (!item && !(named && j > i && j < s->len && t[j] != '\n'))
            return 0;
        if (item && named) {
            j += 2;
            if (j + 6 >= s->len || memcmp(t + j, "name: ", 6) != 0)
                return 0;
            j += 4;
        }
        int rc = item ? login_at(s, j + 2, "\n\r") : 0;
        if (rc < 0)
            return rc;
        const uint8_t *e = memchr(t + j, '\n', s->len - j);
        if (!e)
            return 0;
        i = (size_t)(e - t) + 1;
    }
    return 0;
}

/* su's line after its ':' at t[p]: ": (to root) x on pts/0"; the login's start or 0. */
static size_t su_login(const struct sc *s, size_t p)
{
    const uint8_t *t = s->t;
    size_t o = p + 3;
    if (p + 8 >= s->len || memcmp(t + p + 1, " (to ", 5) != 0)
        return 0;
    while (o < s->len && o - p < 40 && t[o] != ')' && t[o] != '\n')
        o++;
    size_t a = o + 2, b = a;
    if (o + 2 >= s->len || t[o] != ')' || t[o + 1] != ' ')
        return 0;
    while (b < s->len && b - a < 40 && login_byte(t[b]))
        b++;
    return b + 4 <= s->len && memcmp(t + b, " on ", 4) == 0 ? a : 0;
}

/* Where the login before the ':' at t[p] starts when a chat export's stamp "[14:02] " stands
 * before it; p when none does. */
static size_t speaker_at(const uint8_t *t, size_t p)
{
    size_t a = p;
    while (a > 0 && p - a < 40 && login_byte(t[a - 1]))
        a--;
    if (a == p || a < 7 || t[a - 1] != ' ' || t[a - 2] != ']' || t[a - 5] != ':' ||
        t[a - 3] < '0' || t[a - 3] > '9')
        return p;
    /* a chat's speaker is a login only with its separator ("m.keller", "anna_s"): "annem",
     * "padrone" are people's words in a chat */
    return memchr(t + a, '.', p - a) || memchr(t + a, '_', p - a) ? a : p;
}

/* ':' slots: a JSON member's login ("actor": "x"), a tracker's "Username: x", and the user of
 * PAM's and sshd's lines (": session opened for user x(", ": Accepted publickey for x "). */
static int colon_slots(struct sc *s)
{
    static const char *const keys[] = {"\"actor\"", "\"user\"", "\"userName\"", "\"username\""};
    static const uint8_t klen[] = {7, 6, 10, 10};
    static const int loose[] = {1, 0, 0, 1}; /* SCIM's "userName", an API's "user" read strictly */
    static const char *const says[] = {"session opened for user ", "Accepted publickey for ",
                                       "Accepted password for ", "Failed password for "};
    static const uint8_t slen[] = {24, 23, 22, 20};
    const uint8_t *t = s->t;
    struct nw_hits *h = nw_hits_of(s, ':');
    for (size_t k = 0, p = nw_hit_at(h, s, ':', 0, 0); p + 4 < s->len;
         p = nw_hit_at(h, s, ':', ++k, p + 1)) {
        if (p < 4)
            continue;
        int rc = 0;
        size_t q = p + 1, a;
        uint8_t c = t[p - 1], n = t[q];
        if (c == '"' && (t[p - 2] == 'r' || t[p - 2] == 'e')) { /* "actor": "x", "user": "x" */
            size_t i = 0;
            while (i < 4 && !key_before(t, p, keys[i], klen[i]))
                i++;
            if (i < 4) {
                while (q < s->len && t[q] == ' ')
                    q++;
                if (q < s->len && t[q] == '"' && (rc = login_read(s, q + 1, "\"", loose[i])) < 0)
                    return rc;
                continue;
            }
        }
        if (n == '\n') {
            if (c == 's' && key_before(t, p, "users", 5))
                rc = yaml_list(s, q + 1, 0); /* "users:" and its items "  - x" */
            else if (c == 's' && p >= 11 && key_before(t, p, "maintainers", 11))
                rc = yaml_list(s, q + 1, 1); /* Helm's "maintainers:" and "  - name: x" */
        } else if (n == ' ' || n == '"') {
            uint8_t m = t[q + 1];
            if (m == '(' && (a = su_login(s, p)) != 0) {
                rc = login_at(s, a, " ");
            } else if (m == 's' || m == 'A' || m == 'F') { /* PAM's and sshd's lines */
                for (size_t i = 0; i < 4; i++) /* the second byte first: most are none */
                    if (t[q + 2] == (uint8_t)says[i][1] && q + 1 + slen[i] < s->len &&
                        memcmp(t + q + 1, says[i], slen[i]) == 0) {
                        rc = login_at(s, q + 1 + slen[i], "( \n");
                        break;
                    }
            }
            if (rc == 0 && n == ' ') {
                if (c == 'r' && key_before(t, p, "user", 4)) {
                    rc = login_at(s, q + 1, "\n\r"); /* YAML's "- user: x" */
                } else if (c == 'e' && p >= 8 && key_before(t, p, "Username", 8)) {
                    while (q < s->len && t[q] == ' ')
                        q++;
                    rc = login_at(s, q, "\n\r");
                } else if (lower_letter(c) && (a = speaker_at(t, p)) != p) {
                    rc = login_at(s, a, ":"); /* a chat export's speaker: "[14:02] x: on it" */
                }
            }
        }
        if (rc < 0)
            return rc;
    }
    return 0;
}

/* '/' slots: an IAM user's ARN (":user/x"), an access log's remote_user before its stamp
 * ("ip - x [07/Dec/2026:"), the first column of a terminal's row (who, last, ps: "x  pts/1"). */
static int slash_slots(struct sc *s)
{
    const uint8_t *t = s->t;
    struct nw_hits *h = nw_hits_of(s, '/');
    for (size_t k = 0, p = nw_hit_at(h, s, '/', 0, 0); p + 1 < s->len;
         p = nw_hit_at(h, s, '/', ++k, p + 1)) {
        int rc = 0;
        if (p >= 6 && t[p - 1] == 'r' && memcmp(t + p - 5, ":user", 5) == 0 && t[p - 6] >= '0' &&
            t[p - 6] <= '9') { /* an IAM ARN's account id before it, not "host:user/repo.git" */
            rc = login_at(s, p + 1, "\"' \n,");
        } else if (p >= 6 && t[p - 3] == '[' && t[p - 4] == ' ' && t[p - 1] >= '0' &&
                   t[p - 1] <= '9' && t[p - 2] >= '0' && t[p - 2] <= '3') {
            size_t e = p - 4, a = e; /* the login ends at the space before '[' */
            while (a > 0 && e - a < 40 && login_byte(t[a - 1]))
                a--;
            if (a >= 3 && a < e && memcmp(t + a - 3, " - ", 3) == 0)
                rc = login_at(s, a, " ");
        } else if (p >= 3 && t[p - 1] == 's' && memcmp(t + p - 3, "pts", 3) == 0 &&
                   t[p + 1] >= '0' && t[p + 1] <= '9') {
            size_t a = nw_line_start(s, p), b = a;
            while (b < p && login_byte(t[b]))
                b++;
            size_t c = b; /* finger's rows name the person after the login: left */
            while (c < p && t[c] == ' ')
                c++;
            if (b > a && b < p && t[b] == ' ' && !(t[c] >= 'A' && t[c] <= 'Z'))
                rc = login_at(s, a, " ");
        }
        if (rc < 0)
            return rc;
    }
    return 0;
}

/* '=' slots: a Windows event's <Data Name="TargetUserName">x</Data> (and SubjectUserName), CI's
 * "GITLAB_USER_LOGIN=x" (a variable in capitals ending "_LOGIN"). */
static int eq_slots(struct sc *s)
{
    const uint8_t *t = s->t;
    struct nw_hits *h = nw_hits_of(s, '=');
    for (size_t k = 0, p = nw_hit_at(h, s, '=', 0, 0); p + 2 < s->len;
         p = nw_hit_at(h, s, '=', ++k, p + 1)) {
        int rc = 0;
        if (t[p + 1] == '"' && p >= 4 && t[p - 1] == 'e' && memcmp(t + p - 4, "Name", 4) == 0) {
            static const char *const attrs[] = {"\"TargetUserName\">", "\"SubjectUserName\">"};
            for (size_t i = 0; i < 2; i++) {
                size_t n = strlen(attrs[i]);
                if (p + 1 + n < s->len && memcmp(t + p + 1, attrs[i], n) == 0) {
                    rc = login_at(s, p + 1 + n, "<");
                    break;
                }
            }
        } else if (t[p + 1] == ' ' && p + 3 < s->len && t[p + 2] == '"' && p >= 6 &&
                   t[p - 1] == ' ') {
            size_t e = p - 1; /* Terraform's tags: Owner = "x" */
            while (e > 0 && p - e < 16 && t[e - 1] == ' ')
                e--;
            if (key_before(t, e, "Owner", 5) || key_before(t, e, "owner", 5))
                rc = login_at(s, p + 3, "\"");
        } else if (p >= 6 && t[p - 1] == 'N' && memcmp(t + p - 6, "_LOGIN", 6) == 0) {
            rc = login_at(s, p + 1, " \n\r\"'");
        }
        if (rc < 0)
            return rc;
    }
    return 0;
}

/* '\\' slot: a Windows domain account "CORP\x" (a domain of 2-15 capitals, digits or '-'), and a
 * Windows home "\Users\x\" when x is a login that spells a name. */
static int bslash_slots(struct sc *s)
{
    const uint8_t *t = s->t;
    for (const uint8_t *q = t; (q = memchr(q, '\\', s->len - (size_t)(q - t))) != NULL; q++) {
        size_t p = (size_t)(q - t), a = p;
        if (p + 1 >= s->len)
            break;
        int rc = 0;
        if (p >= 6 && t[p - 1] == 's' && memcmp(t + p - 6, "\\Users", 6) == 0) {
            rc = login_at(s, p + 1, "\\");
        } else {
            while (a > 0 && p - a < 15 &&
                   ((t[a - 1] >= 'A' && t[a - 1] <= 'Z') || (t[a - 1] >= '0' && t[a - 1] <= '9') ||
                    t[a - 1] == '-'))
                a--;
            if (p - a >= 2 && (a == 0 || !login_byte(t[a - 1])) && t[a] >= 'A' && t[a] <= 'Z')
                rc = login_at(s, p + 1, " \n\t<\"',;)");
        }
        if (rc < 0)
            return rc;
    }
    return 0;
}

int nw_ops60_logins(struct sc *s)
{
    int rc = 0;
    if (!(s->kinds & (1u << ANON_NAMES_PERSON)) || s->len < 16)
        return 0;
    if ((rc = colon_slots(s)) < 0)
        return rc;
    if (nw_text_may_hold(s, NW_RB_SLASH) && (rc = slash_slots(s)) < 0)
        return rc;
    if (nw_text_may_hold(s, NW_RB_EQ) && (rc = eq_slots(s)) < 0)
        return rc;
    if (nw_text_may_hold(s, NW_RB_BSLASH) && (rc = bslash_slots(s)) < 0)
        return rc;
    return 0;
}
