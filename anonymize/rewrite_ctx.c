/* rewrite_ctx.c: what the strings walked before say about the next one, and what an object's
 * key says about its members.
 *
 * A tool's pages come back one result at a time, and a page may end on a form's label whose value
 * opens the next page: the label that ends one tool result's text is kept and the next tool
 * result's text is read after it (anon_session_scan_after). Which texts are a tool's results is
 * told by the members walked before them ("role": "tool", "type": "tool_result") or by their
 * place (a Responses "output", a Gemini functionResponse's "response"). A member named like a
 * person ("Anna Kovač", "Kovač, Anna") says nothing about its value; the key of the object that
 * holds it does ({"Geburtstage": {...}}). Everything here depends on the input bytes only, in
 * walk order, so split walks make the same calls.
 */
#include "anonymize/anon_internal.h"
#include "anonymize/json_rewrite.h"
#include "anonymize/names.h"

#include <stdint.h>
#include <string.h>

/* Where the object holding the member at path stands: its index and its parent's (depth >= 2). */
static uint64_t place(const anon_json_path_t *path)
{
    uint64_t a = path->depth >= 2 ? path->seg[path->depth - 2].index : 0;
    uint64_t b = path->depth >= 3 ? path->seg[path->depth - 3].index : 0;
    return a << 32 ^ b;
}

/* The text of a tool's result: a Responses function_call_output's "output", the "content" of
 * a Gemini functionResponse's "response", or a "content" beside "role": "tool" (chat
 * completions) or "type": "tool_result" (Anthropic) walked before it in the same object. Only
 * these carry a label on: a tool's pages are one document, a user's message and the answer to
 * it are not ("Name:" | "Das Formular ist leer"). */
int anon_ctx_tool_text(const anon_ctx_t *r, const anon_json_path_t *path, const anon_json_seg_t *k)
{
    if (k->key_len == 6)
        return memcmp(k->key, "output", 6) == 0;
    if (k->key_len != 7 || memcmp(k->key, "content", 7) != 0)
        return 0;
    const anon_json_seg_t *up = path->depth >= 2 ? &path->seg[path->depth - 2] : NULL;
    if (up && up->key_len == 8 && memcmp(up->key, "response", 8) == 0)
        return 1;
    return r->tool_in == path->in && r->tool_depth == path->depth && r->tool_at == place(path);
}

/* A "role" or "type" member's value s: whether its object is a tool's result
 * (anon_ctx_tool_text()). */
void anon_ctx_role(anon_ctx_t *r, const anon_json_path_t *path, const char *s, size_t n)
{
    if ((n == 4 && memcmp(s, "tool", 4) == 0) || (n == 11 && memcmp(s, "tool_result", 11) == 0)) {
        r->tool_in = path->in;
        r->tool_depth = path->depth;
        r->tool_at = place(path);
    } else if (r->tool_in == path->in && r->tool_depth == path->depth) {
        r->tool_in = NULL;
    }
}

/* A form's label that ends a tool result's text s ("...\nGeburtsdatum:", "Patient: "; a line
 * of at most ANON_LEAD_MAX bytes, at most three spaces, no digit) is kept in r for the next tool
 * result's text: pages a tool returned one by one, cut after a label, give the value its label
 * back. */
/* The separator a CSV line s[0..n) is cut by (tab, semicolon or comma, the most frequent) and
 * how many times it occurs; 0 when none does. */
static char line_sep(const char *s, size_t n, unsigned *count)
{
    unsigned t = 0, sc = 0, cm = 0;
    for (size_t i = 0; i < n; i++)
        t += s[i] == '\t', sc += s[i] == ';', cm += s[i] == ',';
    *count = t >= sc && t >= cm ? t : sc >= cm ? sc : cm;
    return !*count ? 0 : t >= sc && t >= cm ? '\t' : sc >= cm ? ';' : ',';
}

static size_t line_end(const char *s, size_t n)
{
    const char *e = memchr(s, '\n', n);
    return e ? (size_t)(e - s) : n;
}

static unsigned count_of(const char *s, size_t n, char c)
{
    unsigned k = 0;
    for (size_t i = 0; i < n; i++)
        k += s[i] == c;
    return k;
}

/* Does a header line name a person's field other than a bare "Name" (a product list has one
 * too): a birth date, a street, a given name or surname, a patient? */
static int person_head(const char *s, size_t n, char sep)
{
    for (size_t a = 0; a < n;) {
        size_t b = a;
        while (b < n && s[b] != sep)
            b++;
        size_t x = a, y = b;
        while (x < y && s[x] == ' ')
            x++;
        while (y > x && s[y - 1] == ' ')
            y--;
        if (y > x && y - x <= 40) {
            int h = anon_member_hint(s + x, y - x);
            if (h == ANON_NAMES_HINT_NONE)
                h = anon_names_field_hint(s + x, y - x);
            if (h != ANON_NAMES_HINT_NONE && h != ANON_NAMES_HINT_NAME)
                return 1;
        }
        a = b + 1;
    }
    return 0;
}

/* A tool's first page of a CSV export opens with its header line (cells cut by one separator,
 * no digit, no colon, no quote; the next line, if any, cut as often; one cell naming a person's
 * field other than a bare "Name", as person_head() reads it): kept for the pages after
 * it, which hold rows only. A page of rows keeps the header for the next page; any other text
 * forgets it. */
static void carry_head(anon_ctx_t *r, const anon_json_path_t *path, const char *s, size_t n)
{
    size_t e = line_end(s, n), le = e && s[e - 1] == '\r' ? e - 1 : e;
    unsigned cnt = 0;
    char sep = le <= ANON_HEAD_MAX ? line_sep(s, le, &cnt) : 0;
    int head = sep != 0 && le >= 3;
    for (size_t i = 0; head && i < le; i++)
        if ((s[i] >= '0' && s[i] <= '9') || s[i] == ':' || s[i] == '"' || s[i] == '{' ||
            s[i] == '[')
            head = 0;
    if (head && e < n) {
        size_t e2 = line_end(s + e + 1, n - e - 1);
        head = count_of(s + e + 1, e2, sep) == cnt;
    }
    if (head)
        head = person_head(s, le, sep);
    if (head) {
        memcpy(r->head, s, le);
        r->head[le] = '\n';
        r->head_len = le + 1;
        r->head_cols = cnt;
        r->head_sep = sep;
        r->head_in = path->in;
        return;
    }
    if (r->head_len && !anon_ctx_rows(r, path, s, n))
        r->head_len = 0;
}

int anon_ctx_rows(const anon_ctx_t *r, const anon_json_path_t *path, const char *s, size_t n)
{
    if (!r->head_len || r->head_in != path->in)
        return 0;
    size_t e = line_end(s, n);
    if (count_of(s, e, r->head_sep) == 0 && e < n) { /* a page marker: "page 2/3" */
        s += e + 1;
        n -= e + 1;
        e = line_end(s, n);
    }
    size_t le = e && s[e - 1] == '\r' ? e - 1 : e;
    if (le + 1 == r->head_len && memcmp(s, r->head, le) == 0)
        return 0; /* the page repeats its header: read as it is */
    return le > 0 && count_of(s, le, r->head_sep) == r->head_cols;
}

void anon_ctx_lead(anon_ctx_t *r, const anon_json_path_t *path, const char *s, size_t n)
{
    carry_head(r, path, s, n);
    r->lead_len = 0;
    size_t e = n;
    while (e > 0 && (s[e - 1] == ' ' || s[e - 1] == '\n' || s[e - 1] == '\r' || s[e - 1] == '\t'))
        e--;
    if (e < 3 || s[e - 1] != ':')
        return;
    size_t b = e - 1, spaces = 0;
    while (b > 0 && s[b - 1] != '\n' && e - b <= ANON_LEAD_MAX) {
        char c = s[--b];
        if ((c >= '0' && c <= '9') || (c == ' ' && ++spaces > 3) || c == '"' || c == '.')
            return;
    }
    if (e - b > ANON_LEAD_MAX || e - b < 3 || (b > 0 && s[b - 1] != '\n'))
        return;
    memcpy(r->lead, s + b, e - b);
    r->lead[e - b] = ' ';
    r->lead_len = e - b + 1;
    r->lead_in = path->in;
}

/* Does a member name read like a person's name or handle rather than an identifier ("Anna
 * Kovač", "Kovač, Anna", "j.smith"): a letter first, a space, comma or dot in it, at most 64
 * bytes. Only such names look further (anon_ctx_owner()). */
int anon_ctx_name_like(const uint8_t *k, size_t n)
{
    if (n < 3 || n > 64 || !(((k[0] | 0x20) >= 'a' && (k[0] | 0x20) <= 'z') || k[0] >= 0xC0))
        return 0;
    for (size_t i = 1; i < n; i++)
        if (k[i] == ' ' || k[i] == ',' || k[i] == '.')
            return 1;
    return 0;
}

/* The key of the object that holds the member at path, when it names a field: the object of
 * {"Geburtstage": {"Anna Kovač": "04.03.1987"}} or {"addresses": {"X": "..."}} says what its
 * members' values are when their own keys (people) say nothing; {"reviewers": {"j.smith": 3}}
 * says what its keys are. NULL otherwise. */
const anon_json_seg_t *anon_ctx_owner(const anon_json_path_t *path, int *hint)
{
    const anon_json_seg_t *o = path->depth >= 2 ? &path->seg[path->depth - 2] : NULL;
    if (!o || o->in_array || !o->key || o->key_len > 40)
        return NULL;
    int h = anon_member_hint((const char *)o->key, o->key_len);
    if (h == ANON_NAMES_HINT_NONE)
        h = anon_names_field_hint((const char *)o->key, o->key_len);
    *hint = h;
    return h == ANON_NAMES_HINT_NONE ? NULL : o;
}

/* Words that name a machine's or a service's account, not a person's ("svc_backup", "noreply"). */
static const char *const service_words[] = {
    "admin",    "administrator", "anonymous", "api",        "app",       "backup",   "billing",
    "bot",      "build",         "ci",        "daemon",     "default",   "deploy",   "dev",
    "everyone", "guest",         "info",      "jenkins",    "mail",      "monitor",  "monitoring",
    "nobody",   "noreply",       "ops",       "postmaster", "prod",      "public",   "root",
    "runner",   "sales",         "security",  "service",    "staging",   "support",  "svc",
    "system",   "team",          "test",      "user",       "webmaster", "www",      "github",
    "gitlab",   "google",        "slack",     "okta",       "azure",     "aws",      "stripe",
    "paypal",   "discord",       "dropbox",   "jira",       "bitbucket", "linkedin", "twitter",
    "facebook", "apple",         "microsoft"};

static int service_word(const uint8_t *w, size_t n)
{
    for (size_t i = 0; i < sizeof service_words / sizeof *service_words; i++)
        if (strlen(service_words[i]) == n && memcmp(service_words[i], w, n) == 0)
            return 1;
    return 0;
}

/* A given name or surname that is no ordinary word, by the names lexicon. */
static int lex_name(const uint8_t *w, size_t n)
{
    unsigned lx = n >= 2 ? anon_names_lexicon((const char *)w, n) : 0;
    return (lx & (ANON_NL_GIVEN | ANON_NL_NAME)) && !(lx & (ANON_NL_COMMON_EN | ANON_NL_COMMON));
}

static int vowel(uint8_t c)
{
    return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y';
}

/* One run of letters read as an initial and a surname ("mkeller": two consonants that open no
 * word, or a known surname after the initial), a known name and an initial ("mariak"), or a
 * known name alone. */
static int handle_run(const uint8_t *w, size_t n)
{
    static const char onsets[] = "bl br ch cl cr cz dr dw fl fr gh gl gn gr kl kn kr ph pl pr ps "
                                 "rh sc sh sk sl sm sn sp sq st sw sz th tr ts tw wh wr";
    if (n < 4)
        return 0;
    if (!vowel(w[0]) && !vowel(w[1])) {
        char pair[3] = {(char)w[0], (char)w[1], 0};
        if (!strstr(onsets, pair))
            return 1;
    }
    return lex_name(w + 1, n - 1) || lex_name(w, n - 1) || lex_name(w, n);
}

/* A handle: an optional '@', lower-case ASCII letters in one run ("mkeller", handle_run()) or two
 * joined by '.' or '_' (an initial and a name either way round, a known name in one, or two
 * runs joined by a dot that are not both ordinary words), then at most four digits; no run a
 * service's or a platform's word ("svc_backup", "noreply", "github"). A record's own fields
 * ("count", "created_at") are none of these. */
static int handle_like(const uint8_t *k, size_t n)
{
    size_t i = n && k[0] == '@', at = i;
    if (n > 32 || n < i + 3)
        return 0;
    size_t a0 = i, a1, b0 = 0, b1 = 0;
    while (i < n && k[i] >= 'a' && k[i] <= 'z')
        i++;
    a1 = i;
    char sep = 0;
    if (i < n && (k[i] == '.' || k[i] == '_')) {
        sep = (char)k[i++];
        b0 = i;
        while (i < n && k[i] >= 'a' && k[i] <= 'z')
            i++;
        b1 = i;
        if (b1 == b0)
            return 0;
    }
    size_t d = i;
    while (i < n && k[i] >= '0' && k[i] <= '9')
        i++;
    if (i != n || i - d > 4 || a1 == a0 || service_word(k + a0, a1 - a0) ||
        (sep && service_word(k + b0, b1 - b0)))
        return 0;
    size_t la = a1 - a0, lb = b1 - b0;
    if (!sep)
        return at ? la >= 4 : handle_run(k + a0, la);
    if (la + lb < 4)
        return 0;
    if (la == 1 || lb == 1 || at)
        return 1;
    if (lex_name(k + a0, la) || lex_name(k + b0, lb))
        return 1;
    unsigned common = ANON_NL_COMMON_EN | ANON_NL_COMMON;
    return sep == '.' && !((anon_names_lexicon((const char *)k + a0, la) & common) &&
                           (anon_names_lexicon((const char *)k + b0, lb) & common));
}

/* Keys whose members are people's accounts, keyed by their handles (lower case, ASCII). */
static const char *const account_keys[] = {
    "accounts",    "acl",         "assignees",    "benutzer",    "collaborators", "contributors",
    "directory",   "employees",   "felhasznalok", "gebruikers",  "kullanicilar",  "logins",
    "maintainers", "medewerkers", "members",      "mitarbeiter", "participants",  "people",
    "permissions", "personal",    "personnel",    "staff",       "students",      "users",
    "usuarios",    "utenti",      "utilisateurs", "utilizatori", "uzivatele",     "uzytkownicy"};

int anon_ctx_handle_key(const anon_json_path_t *path, const uint8_t *s, size_t n)
{
    const anon_json_seg_t *o = path->depth >= 2 ? &path->seg[path->depth - 2] : NULL;
    if (!o || o->in_array || !o->key || o->key_len < 3 || o->key_len > 14 || !handle_like(s, n))
        return 0;
    char low[16];
    for (size_t i = 0; i < o->key_len; i++)
        low[i] = (char)(o->key[i] >= 'A' && o->key[i] <= 'Z' ? o->key[i] | 0x20 : o->key[i]);
    for (size_t w = 0; w < sizeof account_keys / sizeof *account_keys; w++)
        if (strlen(account_keys[w]) == o->key_len && memcmp(account_keys[w], low, o->key_len) == 0)
            return 1;
    return 0;
}

int anon_ctx_mask_key(anon_session_t *s, const char *v, size_t n, anon_buf_t *out)
{
    char tok[ANON_TOKEN_MAX + 1];
    int tl = anon_session_issue(s, anon_engine_person_type(anon_session_engine(s)), v, n, tok,
                                sizeof tok);
    if (tl < 0)
        return tl;
    int rc = tl ? anon_buf_append(out, tok, (size_t)tl) : anon_buf_append(out, v, n);
    return rc < 0 ? rc : tl > 0;
}
