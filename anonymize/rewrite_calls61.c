/* rewrite_calls61.c: placeholders in the JSON Schemas of tool definitions and structured outputs
 * (branch calls61).
 *
 * An application sends its tool definitions with every request: OpenAI `parameters`, Anthropic
 * `input_schema`, MCP `inputSchema`, Gemini `functionDeclarations[].parameters`,
 * `response_format.json_schema.schema`. Their descriptions, titles, `examples`, `example`,
 * `default`, `enum` and `const` values are definitions, not data, and they are full of the
 * placeholders forms print: `John Doe`, `Max Mustermann`, `123 Main St`, `user@example.com`.
 * Masked, they change the tool's definition and the model sees tokens where the developer wrote an
 * example. Here, a string at such a keyword inside a schema has its known placeholders copied as
 * they are and the text between them scanned as before (under the same key). Only the placeholder
 * lists below are let through: a name or an address that is not one of them, in an example or a
 * description, stays masked (privacy first), and nothing changes outside a schema: a tool call's
 * arguments and results are never read here.
 */
#include "anonymize/anon_internal.h"
#include "anonymize/json_rewrite.h"

#include <string.h>

static int lower(uint8_t c)
{
    return c >= 'A' && c <= 'Z' ? c + 32 : c;
}

static int alnum(uint8_t c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c >= 0x80;
}

static int seg_key(const anon_json_seg_t *g, const char *k)
{
    size_t n = strlen(k);
    return g->key && g->key_len == n && memcmp(g->key, k, n) == 0;
}

/* A key that holds a schema: a tool's parameters, an MCP tool's inputSchema, a structured
 * output's schema. */
static int schema_root(const anon_json_seg_t *g)
{
    static const char *const roots[] = {"parameters",
                                        "input_schema",
                                        "inputSchema",
                                        "outputSchema",
                                        "output_schema",
                                        "json_schema",
                                        "schema",
                                        "responseSchema",
                                        "response_schema",
                                        "parametersJsonSchema",
                                        "responseJsonSchema",
                                        NULL};
    if (!g->key || g->key_len < 6 || g->in_array)
        return 0;
    for (const char *const *r = roots; *r; r++)
        if (seg_key(g, *r))
            return 1;
    return 0;
}

/* The keywords whose strings are definitions; 2 for those whose values are array elements. */
static int keyword(const anon_json_seg_t *g)
{
    if (!g->key || g->key_len < 4 || g->key_len > 11)
        return 0;
    uint8_t c = g->key[0];
    if (c != 'd' && c != 't' && c != 'e' && c != 'c' && c != '$')
        return 0;
    if (seg_key(g, "description") || seg_key(g, "title") || seg_key(g, "example") ||
        seg_key(g, "default") || seg_key(g, "const") || seg_key(g, "$comment"))
        return 1;
    if (seg_key(g, "examples") || seg_key(g, "enum"))
        return 2;
    return 0;
}

int anon_calls61_schema_text(const anon_json_path_t *path, const char **key, size_t *kl)
{
    if (path->is_key || path->depth < 2)
        return 0;
    const anon_json_seg_t *last = &path->seg[path->depth - 1], *kw = last;
    if (last->in_array) {
        kw = &path->seg[path->depth - 2]; /* "examples": ["..."] */
        if (kw->in_array || keyword(kw) != 2)
            return 0;
    } else if (keyword(last) != 1) {
        return 0;
    }
    /* a tool's own description: tools[i].description, tools[i].function.description,
     * functionDeclarations[i].description */
    size_t k = (size_t)(kw - path->seg);
    if (kw == last && k >= 2 && seg_key(kw, "description")) {
        const anon_json_seg_t *up = &path->seg[k - 1];
        if (seg_key(up, "function") && k >= 3)
            up = &path->seg[k - 2];
        if (up->in_array && (seg_key(up - 1, "tools") || seg_key(up - 1, "functionDeclarations"))) {
            *key = (const char *)kw->key;
            *kl = kw->key_len;
            return 1;
        }
    }
    /* a schema root above it, itself under a tool list or a structured output's settings (a
     * tool call's arguments {"parameters": {"title": ...}} are data) */
    int owner = 0;
    for (unsigned i = 0; i + 1 < path->depth && &path->seg[i] < kw; i++) {
        const anon_json_seg_t *g = &path->seg[i];
        if (owner && schema_root(g)) {
            *key = (const char *)kw->key;
            *kl = kw->key_len;
            return 1;
        }
        owner |= seg_key(g, "tools") || seg_key(g, "functionDeclarations") ||
                 seg_key(g, "response_format") || seg_key(g, "generationConfig") ||
                 seg_key(g, "format");
    }
    return 0;
}

/* ---- the placeholder lists ----------------------------------------------------------------- */

/* Full names forms and documentation print as examples, folded. */
static const char *const ph_names[] = {"john doe",
                                       "jane doe",
                                       "john q. public",
                                       "jane q. public",
                                       "richard roe",
                                       "john smith",
                                       "jane smith",
                                       "joe bloggs",
                                       "joe public",
                                       "max mustermann",
                                       "erika mustermann",
                                       "hans muster",
                                       "jean dupont",
                                       "marie dupont",
                                       "jean martin",
                                       "jan jansen",
                                       "piet puk",
                                       "jan modaal",
                                       "juan p\303\251rez",
                                       "fulano de tal",
                                       "mario rossi",
                                       "maria bianchi",
                                       "jo\303\243o da silva",
                                       "maria da silva",
                                       "fulano da silva",
                                       "jan kowalski",
                                       "anna kowalska",
                                       "jan nov\303\241k",
                                       "sven svensson",
                                       "anna svensson",
                                       "ola nordmann",
                                       "kari nordmann",
                                       "matti meik\303\244l\303\244inen",
                                       "mary major",
                                       NULL};

/* Words of those names standing alone ("examples": ["Jane"]): never beside another capitalised
 * word ("e.g. Jan Bakker" is scanned). */
static const char *const ph_words[] = {"john",     "jane",       "doe",          "smith",  "max",
                                       "erika",    "mustermann", "jean",         "dupont", "mario",
                                       "rossi",    "juan",       "p\303\251rez", "jan",    "jansen",
                                       "kowalski", "svensson",   "nordmann",     NULL};

/* Street words only placeholders use ("Musterstraße 1", "Calle Falsa 123", "ul. Przykładowa 1"). */
static const char *const ph_street_stems[] = {"muster",
                                              "beispiel",
                                              "example",
                                              "exemple",
                                              "ejemplo",
                                              "esempio",
                                              "exemplo",
                                              "voorbeeld",
                                              "przyk\305\202adow",
                                              "falsa",
                                              "teststr",
                                              "main st",
                                              "elm st",
                                              "oak st",
                                              "infinite loop",
                                              "evergreen terrace",
                                              "via roma",
                                              "exempel",
                                              "eksempel",
                                              "esimerkki",
                                              "vzorov",
                                              NULL};

/* Domains no mailbox lives at (RFC 2606/6761) or that forms use as one. */
static const char *const ph_domains[] = {"example", "test",        "domain", "yourdomain",
                                         "company", "yourcompany", "acme",   NULL};

static int at_folded(const uint8_t *t, size_t n, size_t i, const char *w, size_t *len)
{
    size_t k = 0;
    for (; w[k]; k++)
        if (i + k >= n || (uint8_t)lower(t[i + k]) != (uint8_t)w[k])
            return 0;
    *len = k;
    return 1;
}

/* A mailbox at t[i] == '@': its bounds when its domain is a placeholder's. */
static int ph_mail(const uint8_t *t, size_t n, size_t at, size_t *a, size_t *e)
{
    size_t s = at, d = at + 1;
    while (s > 0 &&
           (alnum(t[s - 1]) || t[s - 1] == '.' || t[s - 1] == '_' || t[s - 1] == '-' ||
            t[s - 1] == '+') &&
           t[s - 1] < 0x80)
        s--;
    while (d < n && t[d] < 0x80 && (alnum(t[d]) || t[d] == '.' || t[d] == '-'))
        d++;
    while (d > at + 1 && t[d - 1] == '.')
        d--;
    if (s == at || d == at + 1)
        return 0;
    /* the label before the top-level domain, or a reserved top-level domain */
    size_t dot = d;
    while (dot > at + 1 && t[dot - 1] != '.')
        dot--;
    if (dot == at + 1)
        return 0;
    size_t tl = d - dot, lab = dot - 1;
    const uint8_t *tld = t + dot;
    if ((tl == 7 && memcmp(tld, "example", 7) == 0) || (tl == 4 && memcmp(tld, "test", 4) == 0) ||
        (tl == 7 && memcmp(tld, "invalid", 7) == 0)) {
        *a = s, *e = d;
        return 1;
    }
    size_t l0 = lab;
    while (l0 > at + 1 && t[l0 - 1] != '.')
        l0--;
    for (const char *const *w = ph_domains; *w; w++) {
        size_t wl = strlen(*w);
        if (lab - l0 == wl && memcmp(t + l0, *w, wl) == 0) {
            *a = s, *e = d;
            return 1;
        }
    }
    return 0;
}

static int capital_word_at(const uint8_t *t, size_t n, size_t i)
{
    return i < n && ((t[i] >= 'A' && t[i] <= 'Z') || t[i] >= 0xc3);
}

/* A placeholder name starting at the word start i: its end. */
static int ph_name(const uint8_t *t, size_t n, size_t i, size_t *e)
{
    size_t len;
    for (const char *const *w = ph_names; *w; w++)
        if ((uint8_t)(*w)[0] == lower(t[i]) && at_folded(t, n, i, *w, &len) &&
            (i + len >= n || !alnum(t[i + len]))) {
            *e = i + len;
            return 1;
        }
    for (const char *const *w = ph_words; *w; w++)
        if ((uint8_t)(*w)[0] == lower(t[i]) && at_folded(t, n, i, *w, &len) &&
            (i + len >= n || !alnum(t[i + len]))) {
            /* alone: no capitalised word right after it or right before it */
            if (i + len + 1 < n && t[i + len] == ' ' && capital_word_at(t, n, i + len + 1))
                return 0;
            if (i >= 2 && t[i - 1] == ' ' && alnum(t[i - 2])) {
                size_t b = i - 1;
                while (b > 0 && alnum(t[b - 1]))
                    b--;
                if (capital_word_at(t, n, b))
                    return 0;
            }
            *e = i + len;
            return 1;
        }
    return 0;
}

/* A placeholder street whose stem starts at the word start i: the run of its words, up to two
 * short words or numbers before it ("123 Main St", "ul. Przykładowa 1") and after it. */
static int ph_street(const uint8_t *t, size_t n, size_t i, size_t *a, size_t *e)
{
    size_t len;
    for (const char *const *w = ph_street_stems; *w; w++)
        if ((uint8_t)(*w)[0] == lower(t[i]) && at_folded(t, n, i, *w, &len)) {
            size_t s = i, d = i + len;
            while (d < n && (alnum(t[d]) || t[d] == '.'))
                d++;
            for (int k = 0; k < 2; k++) { /* before: "123", "ul.", "rue de", "Calle" */
                size_t b = s;
                while (b > 0 && t[b - 1] == ' ')
                    b--;
                size_t w0 = b;
                while (w0 > 0 && (alnum(t[w0 - 1]) || t[w0 - 1] == '.' || t[w0 - 1] == '\''))
                    w0--;
                if (w0 == b || b - w0 > 6 || b == s)
                    break;
                s = w0;
            }
            for (int k = 0; k < 2; k++) { /* after: "1", "St.", "Street", ", 123" */
                size_t f = d;
                if (f < n && t[f] == ',')
                    f++;
                while (f < n && t[f] == ' ')
                    f++;
                size_t w1 = f;
                while (w1 < n && (alnum(t[w1]) || t[w1] == '.'))
                    w1++;
                if (w1 == f || w1 - f > 8 || f == d)
                    break;
                int digit = t[f] >= '0' && t[f] <= '9';
                int street = at_folded(t, n, f, "st", &len) || at_folded(t, n, f, "rd", &len) ||
                             at_folded(t, n, f, "ave", &len) || at_folded(t, n, f, "road", &len) ||
                             at_folded(t, n, f, "lane", &len);
                if (!digit && !street)
                    break;
                d = w1;
            }
            while (d > i + len && t[d - 1] == '.')
                d--;
            *a = s, *e = d;
            return 1;
        }
    return 0;
}

/* A date forms print as a birth date's example: the first of January ("1970-01-01",
 * "01/01/1980", "1.1.1990") at the word start i; its end. */
static int ph_date(const uint8_t *t, size_t n, size_t i, size_t *e)
{
    unsigned v[3] = {0, 0, 0}, len[3] = {0, 0, 0}, k = 0;
    size_t j = i;
    for (; j < n && k < 3; j++) {
        if (t[j] >= '0' && t[j] <= '9') {
            v[k] = v[k] * 10 + (t[j] - '0');
            if (++len[k] > 4)
                return 0;
        } else if ((t[j] == '-' || t[j] == '/' || t[j] == '.') && len[k] && k < 2 && j + 1 < n &&
                   t[j + 1] >= '0' && t[j + 1] <= '9') {
            k++;
        } else {
            break;
        }
    }
    if (k != 2 || !len[2] || (j < n && alnum(t[j])))
        return 0;
    int ymd = len[0] == 4 && v[1] == 1 && v[2] == 1, dmy = len[2] == 4 && v[0] == 1 && v[1] == 1;
    if (!ymd && !dmy)
        return 0;
    *e = j;
    return 1;
}

/* The next placeholder at or after *from: its bounds [*a, *e), or 0. */
static int next_placeholder(const uint8_t *t, size_t n, size_t from, size_t *a, size_t *e)
{
    for (size_t i = from; i < n; i++) {
        if (t[i] == '@' && ph_mail(t, n, i, a, e) && *a >= from)
            return 1;
        if (!alnum(t[i]) || (i > 0 && alnum(t[i - 1])))
            continue;
        size_t j = i; /* a mailbox is read at its '@' ("john@example.org" is no name) */
        while (j < n && t[j] != ' ' && t[j] != '\n' && t[j] != '@')
            j++;
        if (j < n && t[j] == '@' && j - i < 64) {
            i = j - 1;
            continue;
        }
        if (t[i] >= '0' && t[i] <= '9' && ph_date(t, n, i, e)) {
            *a = i;
            return 1;
        }
        if (ph_street(t, n, i, a, e) && *a >= from)
            return 1;
        if (ph_name(t, n, i, e)) {
            *a = i;
            return 1;
        }
    }
    return 0;
}

/* The next YAML line at or after from whose value is a placeholder, whole: "example: John Doe",
 * "default: 123 Main St" (an OpenAPI fragment pasted in a system prompt). */
static int next_yaml_placeholder(const uint8_t *t, size_t n, size_t from, size_t *a, size_t *e)
{
    static const char *const keys[] = {"example: ", "default: ", "x-example: ", NULL};
    for (size_t i = from; i < n; i++) {
        if (t[i] != ':' || i + 1 >= n || t[i + 1] != ' ')
            continue;
        size_t b = i;
        while (b > 0 && ((t[b - 1] >= 'a' && t[b - 1] <= 'z') || t[b - 1] == '-'))
            b--;
        if (b < from || (b > 0 && t[b - 1] != ' ' && t[b - 1] != '\n'))
            continue;
        size_t len = 0;
        int hit = 0;
        for (const char *const *k = keys; *k && !hit; k++)
            hit = at_folded(t, n, b, *k, &len);
        if (!hit)
            continue;
        size_t v = b + len, end = v;
        while (end < n && t[end] != '\n' && t[end] != '\r')
            end++;
        size_t ve = end;
        while (ve > v && (t[ve - 1] == ' ' || t[ve - 1] == '"' || t[ve - 1] == '\''))
            ve--;
        if (v < ve && (t[v] == '"' || t[v] == '\''))
            v++;
        size_t pa, pe;
        if (v < ve && next_placeholder(t, ve, v, &pa, &pe) && pa == v && pe == ve) {
            *a = v, *e = ve;
            return 1;
        }
        i = end;
    }
    return 0;
}

int anon_calls61_has_placeholder(const char *s, size_t n)
{
    size_t a, e;
    return next_placeholder((const uint8_t *)s, n, 0, &a, &e);
}

int anon_calls61_yaml_text(const anon_json_path_t *path, const char *s, size_t n)
{
    if (path->is_key || path->depth < 1 || n < 64)
        return 0;
    const anon_json_seg_t *g = &path->seg[0];
    if (!(seg_key(g, "system") || seg_key(g, "instructions") || seg_key(g, "systemInstruction") ||
          (seg_key(g, "messages") && path->depth >= 2 && path->seg[1].index == 0)))
        return 0;                      /* a system prompt, or a chat's first message */
    if (!memmem(s, n, "example: ", 9)) /* an OpenAPI fragment with examples (then defaults too) */
        return 0;
    size_t a, e;
    return next_yaml_placeholder((const uint8_t *)s, n, 0, &a, &e);
}

/* Scans t[a, e) under key into out; the piece itself when nothing in it was found. */
static int scan_piece(anon_session_t *s, const char *key, size_t kl, const char *t, size_t n,
                      anon_buf_t *out)
{
    if (n == 0)
        return 0;
    anon_buf_t tmp = {0};
    int rc = anon_session_scan_member(s, key, kl, t, n, &tmp);
    int e = 0;
    if (rc > 0)
        e = anon_buf_append(out, tmp.data, tmp.len);
    else if (rc == 0)
        e = anon_buf_append(out, t, n);
    anon_buf_free(&tmp); /* wipes it */
    return e < 0 ? e : rc;
}

int anon_calls61_scan(anon_session_t *s, const char *key, size_t kl, const char *text, size_t n,
                      int yaml, anon_buf_t *out)
{
    const uint8_t *t = (const uint8_t *)text;
    size_t at = 0, a, e;
    int total = 0;
    while (at < n) {
        if (!(yaml ? next_yaml_placeholder(t, n, at, &a, &e) : next_placeholder(t, n, at, &a, &e)))
            a = e = n;
        int rc = scan_piece(s, key, kl, text + at, a - at, out);
        if (rc < 0)
            return rc;
        total += rc;
        if (e > a && anon_buf_append(out, text + a, e - a) < 0)
            return ANON_ERR_NOMEM;
        at = e;
    }
    return total;
}
