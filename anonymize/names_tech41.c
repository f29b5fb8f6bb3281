/* names_tech41.c: fields of the technical text a coding agent sends that no other reader splits
 * (branch tech41, from the tune set gen_tech41.py).
 *
 * - psql's expanded rows (`\x`) and two-column "field | value" tables: `first_name    | Maria`,
 *   `| date_of_birth | 1984-02-11 |`: the key before the line's one '|' names the value after it;
 * - sqlite's list mode, rows of '|'-joined cells right under the statement that chose them:
 *   `SELECT id, first, last, dob FROM people;` then `66|Javier|Viquiano|1995-07-22`: each cell is
 *   read as its column's field (`first` and `last` count as name parts only beside a column that
 *   can only be a person's, a birth's or an address's);
 * - CoNLL and BIO columns: a line whose last column tags it `B-PER`, `I-PER` (or -PERSON, BIOES
 *   and BILOU marks) holds a person's word in its first column;
 * - a name object's parts: `name: { first: 'Elsa', last: 'Nyström' }`, `"fullName": {"given":
 *   "X", "family": "Y"}` (mongosh, JSON);
 * - SSML: `<say-as interpret-as="name">X</say-as>`, and `interpret-as="date"` after a birth word.
 * Values are judged by names_tables2.c's value tests (nw_keyed_value()): a weak key's value
 * (`name`) counts only within 400 bytes of a strong key's valid value, as emit_all() has it.
 *
 * The one thing to know: it only adds findings, and a text is looked at only where it holds a
 * '|', a '{' after `name:`, a '<' before `say-as`, or a line that ends in a PER tag: the '|' and
 * '<' positions come from the scan's tables, '{' from memchr(), the tags from the line table.
 */
#include "anonymize/names_internal.h"

#include <string.h>
#include <strings.h>

enum { MAXV = 96, MAXCOL = 24 };

struct tv {
    size_t a, b;
    int kind;   /* ANON_NAMES_*, -1 none */
    int strong; /* 3 a person's field, 2 a birth's or an address's, 1 weak (nw_keyed_value()) */
    int lower;  /* a lower-case name no lexicon vouches for: only beside another valid value */
};

static inline int sp(uint8_t c)
{
    return c == ' ' || c == '\t' || c == '\r';
}

static void trim(const uint8_t *t, size_t *a, size_t *b)
{
    while (*a < *b && sp(t[*a]))
        ++*a;
    while (*b > *a && sp(t[*b - 1]))
        --*b;
}

/* One to three words of lower-case letters (2 to 24 bytes each), none an ordinary word that no
 * lexicon knows as a name: a name typed in lower case (`inês`, `colfordy whitcombe`). */
static int lower_name(const struct sc *s, size_t a, size_t b)
{
    const uint8_t *t = s->t;
    size_t words = 0;
    if (b - a > 60)
        return 0;
    for (size_t i = a; i < b;) {
        size_t ws = i, l;
        while (i < b && (l = nw_letter(t + i, b - i)) != 0 && !nw_upper(t + i, b - i))
            i += l;
        if (i - ws < 2 || i - ws > 24 || (i < b && t[i] != ' ') || t[ws] < 'a' ||
            (t[ws] > 'z' && t[ws] < 0xC3))
            return 0;
        unsigned lx = nw_lexicon_in(t, s->len, ws, i);
        if (!nw_lexname(lx) && (lx & (ANON_NL_COMMON_EN | ANON_NL_COMMON)))
            return 0; /* `active`, `unknown`, `pending` */
        words++;
        while (i < b && t[i] == ' ')
            i++;
    }
    return words >= 1 && words <= 3;
}

static size_t add(const struct sc *s, struct tv *v, size_t n, size_t ka, size_t kb, size_t a,
                  size_t b)
{
    int kind, lower = 0;
    trim(s->t, &a, &b);
    if (n >= MAXV || b <= a || b - a > 200)
        return n;
    int strong = nw_keyed_value(s, ka, kb, a, b, &kind);
    if (strong == 3 && kind < 0 && lower_name(s, a, b))
        kind = ANON_NAMES_PERSON, lower = 1;
    if (strong)
        v[n++] = (struct tv){a, b, kind, strong, lower};
    return n;
}

/* Emit the values; a weak key's and a lower-case one's only near another strong key's valid
 * value. */
static int flush(struct sc *s, const struct tv *v, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        if (v[i].kind < 0 || !(s->kinds & (1u << v[i].kind)))
            continue;
        int ok = v[i].strong >= 2 && !v[i].lower;
        for (size_t j = 0; j < n && !ok; j++)
            ok = j != i && v[j].strong >= 2 && v[j].kind >= 0 && !v[j].lower &&
                 (v[j].a > v[i].a ? v[j].a - v[i].a : v[i].a - v[j].a) < 400;
        int rc = ok ? s->emit(s->arg, v[i].kind, v[i].a, v[i].b) : 0;
        if (rc < 0)
            return rc;
    }
    return 0;
}

/* ---- `key | value` lines and sqlite's rows under their SELECT ---------------------------- */

/* A column of a SELECT's list: its name t[a .. b) (an alias's, the part after a table's '.'),
 * part: a bare name part (`first`, `last`, `given`, `family`, `middle`, `forename`). */
struct col {
    size_t a, b;
    int part;
};

static int bare_part(const uint8_t *t, size_t a, size_t b)
{
    static const char *const w[] = {"first", "last", "given", "family", "middle", "forename"};
    for (size_t k = 0; k < sizeof w / sizeof w[0]; k++)
        if (b - a == strlen(w[k]) && strncasecmp((const char *)t + a, w[k], b - a) == 0)
            return 1;
    return 0;
}

/* Where the word w (lower case) starts in t[a .. b), case-insensitively and as a whole word,
 * or b. */
static size_t word_in(const uint8_t *t, size_t a, size_t b, const char *w)
{
    size_t m = strlen(w);
    for (size_t i = a; i + m <= b; i++)
        if ((t[i] | 32) == (uint8_t)w[0] && strncasecmp((const char *)t + i, w, m) == 0 &&
            (i == a || !is_alnum(t[i - 1])) && (i + m == b || !is_alnum(t[i + m])))
            return i;
    return b;
}

/* A column's name in t[*a .. *b): after a table's '.', quotes and brackets left out. */
static void col_name(const uint8_t *t, size_t *a, size_t *b)
{
    for (size_t k = *a; k < *b; k++)
        if (t[k] == '.')
            *a = k + 1;
    trim(t, a, b);
    while (*a < *b && (t[*a] == '"' || t[*a] == '`' || t[*a] == '['))
        ++*a;
    while (*b > *a && (t[*b - 1] == '"' || t[*b - 1] == '`' || t[*b - 1] == ']'))
        --*b;
}

/* The columns of the SELECT on the line t[ls .. le), or 0 (no SELECT, a '*', too many). */
static size_t select_cols(const struct sc *s, size_t ls, size_t le, struct col *c)
{
    const uint8_t *t = s->t;
    size_t sel = word_in(t, ls, le, "select"), from, n = 0;
    if (sel == le || (from = word_in(t, sel + 6, le, "from")) == le)
        return 0;
    for (size_t i = sel + 6; i < from;) {
        size_t a = i, b;
        int depth = 0;
        while (i < from && (t[i] != ',' || depth)) {
            depth += t[i] == '(' ? 1 : t[i] == ')' ? -1 : 0;
            i++;
        }
        b = i++;
        trim(t, &a, &b);
        if (b <= a || n >= MAXCOL || (b - a == 1 && t[a] == '*') ||
            (b > a + 1 && t[b - 1] == '*' && t[b - 2] == '.'))
            return 0; /* `*`, `p.*`: the count is not known */
        size_t as = word_in(t, a, b, "as"), aa = as + 2, ab = b;
        int alias = as < b, kind;
        if (alias) { /* `p.first_name AS fn`: the column's own name unless it says nothing */
            b = as;
            col_name(t, &aa, &ab);
        }
        col_name(t, &a, &b);
        if (alias && !bare_part(t, a, b) && !nw_keyed_value(s, a, b, a, a, &kind))
            a = aa, b = ab;
        c[n++] = (struct col){a, b, bare_part(t, a, b)};
    }
    return n;
}

/* Is the line t[ls .. le) one key, one '|' and a value (a leading and a trailing '|' allowed)?
 * Its key's and value's spans. */
static int key_bar_value(const uint8_t *t, size_t ls, size_t le, size_t *ka, size_t *kb, size_t *va,
                         size_t *vb)
{
    size_t i = ls;
    while (i < le && sp(t[i]))
        i++;
    if (i < le && t[i] == '|')
        i++;
    const uint8_t *q = memchr(t + i, '|', le - i);
    if (!q)
        return 0;
    *ka = i;
    *kb = (size_t)(q - t);
    *va = *kb + 1;
    *vb = le;
    const uint8_t *r = memchr(t + *va, '|', le - *va);
    if (r) {
        for (size_t k = (size_t)(r - t) + 1; k < le; k++)
            if (!sp(t[k]))
                return 0;
        *vb = (size_t)(r - t);
    }
    trim(t, ka, kb);
    return *kb > *ka && *kb - *ka <= 40 && (is_alnum(t[*ka]) || t[*ka] == '_');
}

/* The cells of the line t[ls .. le) split at '|', a leading and a trailing '|' left out
 * (Markdown, mysql, Gherkin): their count (at most MAXCOL + 1), each trimmed. */
static size_t cells(const uint8_t *t, size_t ls, size_t le, size_t c[][2])
{
    size_t n = 0, a = ls;
    trim(t, &ls, &le);
    if (ls < le && t[ls] == '|')
        a = ++ls;
    if (le > ls && t[le - 1] == '|')
        le--;
    for (a = ls; n <= MAXCOL;) {
        const uint8_t *q = memchr(t + a, '|', le - a);
        size_t b = q ? (size_t)(q - t) : le;
        c[n][0] = a, c[n][1] = b;
        trim(t, &c[n][0], &c[n][1]);
        n++;
        if (!q)
            break;
        a = b + 1;
    }
    return n;
}

/* A table's rule line (`|---|:--|`, `------+------`, `+----+`)? */
static int rule_line(const uint8_t *t, size_t a, size_t b)
{
    int dash = 0;
    for (size_t i = a; i < b; i++) {
        if (!strchr("-+|:= \t\r", t[i]))
            return 0;
        dash |= t[i] == '-' || t[i] == '=';
    }
    return dash;
}

/* A header row: each cell a field's name (a letter, then letters, digits, '_', '-', ' '), one
 * at least of a strong field; with two cells, both fields (`first_name | Kaen` of psql's
 * expanded rows is a key and its value). The columns in c, *strong their count of strong ones. */
static size_t header_row(const struct sc *s, size_t ls, size_t le, struct col *c, size_t *strong)
{
    const uint8_t *t = s->t;
    size_t x[MAXCOL + 1][2], n = cells(t, ls, le, x), kinds = 0;
    *strong = 0;
    if (n < 2 || n > MAXCOL)
        return 0;
    for (size_t j = 0; j < n; j++) {
        size_t a = x[j][0], b = x[j][1];
        int kind;
        if (b <= a || b - a > 40 || !((t[a] | 32) >= 'a' && (t[a] | 32) <= 'z'))
            return 0;
        for (size_t i = a; i < b; i++)
            if (!is_alnum(t[i]) && t[i] != '_' && t[i] != '-' && t[i] != ' ')
                return 0;
        int part = bare_part(t, a, b), st = part ? 0 : nw_keyed_value(s, a, b, a, a, &kind);
        kinds += part || st;
        *strong += st >= 2;
        c[j] = (struct col){a, b, part};
    }
    return *strong && (n > 2 || kinds == 2) ? n : 0;
}

/* A row under the columns c: each cell read as its column's field (a name part only beside a
 * column that can only be a person's, a birth's or an address's). */
static size_t row(const struct sc *s, struct tv *v, size_t n, const struct col *c, size_t nc,
                  size_t strong, size_t x[][2])
{
    for (size_t j = 0; j < nc; j++) {
        if (c[j].part && strong)
            n = add(s, v, n, x[j][0], x[j][0], x[j][0], x[j][1]);
        else if (!c[j].part)
            n = add(s, v, n, c[j].a, c[j].b, x[j][0], x[j][1]);
    }
    return n;
}

static size_t bar_lines(struct sc *s, struct tv *v, size_t n)
{
    const uint8_t *t = s->t;
    struct nw_hits *h = nw_hits_of(s, '|');
    struct col c[MAXCOL];
    size_t x[MAXCOL + 1][2];
    size_t nc = 0, done = 0, last_le = 0, strong = 0;
    for (size_t k = 0, p = nw_hit_at(h, s, '|', 0, 0); p < s->len && n < MAXV;
         p = nw_hit_at(h, s, '|', ++k, p + 1)) {
        if (p < done)
            continue;
        size_t ls = nw_line_start(s, p), le = nw_line_end_at(s, p), ka, kb, va, vb;
        done = le + 1;
        if (le > ls && t[le - 1] == '\r')
            le--;
        if (rule_line(t, ls, le)) {
            last_le = le;
            continue;
        }
        if (nc && ls != last_le + 1 &&
            !(ls > last_le + 2 && nw_line_start(s, ls - 1) == last_le + 1 &&
              rule_line(t, last_le + 1, ls - 1)))
            nc = 0; /* a table's rows stop at the first line with no '|' but a rule line */
        last_le = le;
        if (nc && cells(t, ls, le, x) == nc) {
            n = row(s, v, n, c, nc, strong, x);
            continue;
        }
        nc = 0;
        if (ls >= 2 && !sp(t[ls]) && t[ls] != '|' && t[ls] != '+') { /* sqlite's rows */
            size_t ps = nw_line_start(s, ls - 1);
            nc = ls - 1 - ps < 400 ? select_cols(s, ps, ls - 1, c) : 0;
            strong = 0;
            for (size_t j = 0; j < nc; j++) {
                int kind;
                strong +=
                    !c[j].part && nw_keyed_value(s, c[j].a, c[j].b, c[j].a, c[j].a, &kind) >= 2;
            }
            if (nc >= 2 && cells(t, ls, le, x) == nc) {
                n = row(s, v, n, c, nc, strong, x);
                continue;
            }
            nc = 0;
        }
        if ((nc = header_row(s, ls, le, c, &strong)) != 0)
            continue;
        if (key_bar_value(t, ls, le, &ka, &kb, &va, &vb))
            n = add(s, v, n, ka, kb, va, vb);
    }
    return n;
}

/* ---- CoNLL / BIO tags, and a walk of the lines for them and tibbles
 * ------------------------------------------------------------------- */

/* Does the line t[ls .. le) end in a person's tag (`B-PER`, `I-PERSON`, `S-PER`...)? */
static int per_tag(const uint8_t *t, size_t ls, size_t le)
{
    size_t e = le;
    if (e - ls >= 10 && memcmp(t + e - 3, "SON", 3) == 0)
        e -= 3;
    if (e - ls < 7 || memcmp(t + e - 4, "-PER", 4) != 0 || !strchr("BIESUL", t[e - 5]) ||
        !sp(t[e - 6]))
        return 0;
    return 1;
}

/* ---- R's tibbles ----------------------------------------------------------------------- */

/* The byte of code point column col in the line t[ls .. le), or le. */
static size_t at_col(const uint8_t *t, size_t ls, size_t le, size_t col)
{
    size_t i = ls;
    for (size_t c = 0; i < le; i++)
        if ((t[i] & 0xC0) != 0x80 && c++ == col)
            return i;
    return le;
}

/* A tibble's print under `# A tibble: 3 × 4` (the header line starting at hs): the type row
 * (`<chr> <date>`) says where each column starts (in code points), the header its field, and
 * the rows (`1 Maria  Keller 1984-02-11`, an index first) its cells. */
static size_t tibble(const struct sc *s, size_t hs, struct tv *v, size_t n)
{
    const uint8_t *t = s->t;
    size_t he = nw_line_end_at(s, hs), ts = he + 1, te, cs[MAXCOL + 1], nc = 0, strong = 0;
    struct col c[MAXCOL];
    if (ts >= s->len)
        return n;
    te = nw_line_end_at(s, ts);
    for (size_t i = ts, col = 0; i < te && nc < MAXCOL; i++) {
        if (t[i] == '<')
            cs[nc++] = col;
        col += (t[i] & 0xC0) != 0x80;
    }
    if (nc < 2)
        return n;
    for (size_t j = 0; j < nc; j++) {
        size_t a = at_col(t, hs, he, cs[j]), b = j + 1 < nc ? at_col(t, hs, he, cs[j + 1]) : he;
        int kind;
        trim(t, &a, &b);
        c[j] = (struct col){a, b, b > a && bare_part(t, a, b)};
        strong += b > a && !c[j].part && nw_keyed_value(s, a, b, a, a, &kind) >= 2;
    }
    for (size_t rs = te + 1; rs < s->len && n < MAXV;) {
        size_t re = nw_line_end_at(s, rs), x[MAXCOL][2];
        if (rs == re || !is_digit(t[rs]))
            break;
        for (size_t j = 0; j < nc; j++) {
            x[j][0] = at_col(t, rs, re, cs[j]);
            x[j][1] = j + 1 < nc ? at_col(t, rs, re, cs[j + 1]) : re;
        }
        n = row(s, v, n, c, nc, strong, x);
        rs = re + 1;
    }
    return n;
}

/* The lines that end in a person's tag. The walk reads the lines the scan's table already
 * holds (its first NW_LINES, found by the passes before) and goes on past them only when one of
 * those is a tagged line: a text with no CoNLL block at its start costs a loop over them. */
static int conll(struct sc *s)
{
    const uint8_t *t = s->t;
    struct nw_lines *l = nw_lines_of(s);
    int tagged = 0;
    size_t k0 = 0;
    if (!l)
        return 0;
    for (; k0 < l->n; k0++) { /* a tight loop over the known line ends: 'R', 'N', '\r' last */
        size_t le = l->le[k0];
        if (le >= 7 && (t[le - 1] == 'R' || t[le - 1] == 'N' || t[le - 1] == '\r'))
            break;
    }
    if (k0 == l->n)
        return 0;
    for (size_t k = 0, ls = 0; ls < s->len && (tagged || k < l->n); k++) {
        size_t le = nw_line_at(l, s, k, ls), e = le, i = ls, m, w = 0;
        if (e > ls && t[e - 1] == '\r')
            e--;
        if (e - ls >= 7 && (t[e - 1] == 'R' || t[e - 1] == 'N') && per_tag(t, ls, e)) {
            tagged = 1;
            for (; i < e && (m = nw_letter(t + i, e - i)) != 0;) {
                i += m, w++;
                if (i + 1 < e && (t[i] == '-' || t[i] == '\'') && nw_letter(t + i + 1, e - i - 1))
                    i++;
            }
            int rc = w >= 2 && i < e && sp(t[i]) ? s->emit(s->arg, ANON_NAMES_PERSON, ls, i) : 0;
            if (rc < 0)
                return rc;
        }
        ls = le + 1;
    }
    return 0;
}

/* ---- a name object's parts -------------------------------------------------------------- */

static int name_key(const uint8_t *t, size_t a, size_t b)
{
    static const char *const w[] = {"name",         "fullname",    "personname", "patientname",
                                    "customername", "contactname", "legalname"};
    for (size_t k = 0; k < sizeof w / sizeof w[0]; k++)
        if (b - a == strlen(w[k]) && strncasecmp((const char *)t + a, w[k], b - a) == 0)
            return 1;
    return 0;
}

/* From each ':' of the text (the scan's table): a name object after `name:` or `"name":`, a
 * tibble after `# A tibble:`. (`name = {` of Ruby and TOML is left.) */
static size_t colon_shapes(const struct sc *s, struct tv *v, size_t n)
{
    const uint8_t *t = s->t;
    struct nw_hits *h = nw_hits_of(s, ':');
    for (size_t hk = 0, p = nw_hit_at(h, s, ':', 0, 0); p < s->len && n < MAXV;
         p = nw_hit_at(h, s, ':', ++hk, p + 1)) {
        size_t o = p + 1, i = p, e;
        if (p >= 10 && t[p - 1] == 'e' && memcmp(t + p - 10, "# A tibble", 10) == 0 &&
            (p == 10 || t[p - 11] == '\n')) {
            size_t le = nw_line_end_at(s, p);
            if (le < s->len)
                n = tibble(s, le + 1, v, n);
            continue;
        }
        while (o < s->len && o - p < 4 && t[o] == ' ')
            o++;
        if (o >= s->len || t[o] != '{')
            continue;
        while (i > 0 && (t[i - 1] == '"' || t[i - 1] == '\''))
            i--;
        e = i;
        while (i > 0 && e - i < 14 && (is_alnum(t[i - 1]) || t[i - 1] == '_'))
            i--;
        if (e - i < 4 || !name_key(t, i, e) || (i > 0 && is_alnum(t[i - 1])))
            continue;
        const uint8_t *c = memchr(t + o, '}', s->len - o < 300 ? s->len - o : 300);
        if (!c || memchr(t + o + 1, '{', (size_t)(c - t) - o - 1))
            continue;
        size_t ce = (size_t)(c - t);
        for (size_t j = o + 1; j < ce && n < MAXV; j++) { /* `key: 'v'`, `"key": "v"` */
            if (t[j] != '\'' && t[j] != '"')
                continue;
            const uint8_t *q = memchr(t + j + 1, t[j], ce - j - 1);
            if (!q)
                break;
            size_t a = j + 1, b = (size_t)(q - t), k = j;
            while (k > o + 1 && t[k - 1] == ' ')
                k--;
            if (k > o + 1 && (t[k - 1] == ':' || t[k - 1] == '=')) {
                size_t ke = k - 1, ks;
                while (ke > o + 1 && (t[ke - 1] == ' ' || t[ke - 1] == '"' || t[ke - 1] == '\''))
                    ke--;
                for (ks = ke; ks > o + 1 && (is_alnum(t[ks - 1]) || t[ks - 1] == '_');)
                    ks--;
                if (ke > ks && bare_part(t, ks, ke))
                    n = add(s, v, n, a, a, a, b);
                else if (ke > ks)
                    n = add(s, v, n, ks, ke, a, b);
            }
            j = b;
        }
    }
    return n;
}

/* ---- Django's reprs ---------------------------------------------------------------------- */

/* Does the class name t[a .. b) hold a word of a person's model (`Customer`, `PatientRecord`,
 * `UserProfile`, `AccountHolder`)? */
static int person_model(const uint8_t *t, size_t a, size_t b)
{
    static const char *const w[] = {"user",     "customer", "patient",   "person",  "member",
                                    "employee", "contact",  "client",    "student", "applicant",
                                    "holder",   "guest",    "passenger", "author",  "profile"};
    for (size_t k = 0; k < sizeof w / sizeof w[0]; k++) {
        size_t m = strlen(w[k]);
        for (size_t i = a; i + m <= b; i++)
            if (strncasecmp((const char *)t + i, w[k], m) == 0)
                return 1;
    }
    return 0;
}

/* `<Customer: Maria Keller>` (a model's __str__ in a QuerySet or alone): two capitalised words
 * at least, not all ordinary ones, or a lower-case name beside a capitalised one in the same
 * QuerySet. */
static int django_reprs(struct sc *s)
{
    const uint8_t *t = s->t;
    struct nw_hits *h = nw_hits_of(s, '<');
    if (!(s->kinds & (1u << ANON_NAMES_PERSON)))
        return 0;
    for (size_t k = 0, p = nw_hit_at(h, s, '<', 0, 0); p < s->len;
         p = nw_hit_at(h, s, '<', ++k, p + 1)) {
        size_t i = p + 1, a, b;
        if (i >= s->len || t[i] < 'A' || t[i] > 'Z')
            continue;
        while (i < s->len && i - p < 40 && (is_alnum(t[i]) || t[i] == '_'))
            i++;
        if (i + 3 >= s->len || t[i] != ':' || t[i + 1] != ' ' || !person_model(t, p + 1, i))
            continue;
        a = i + 2;
        const uint8_t *g = memchr(t + a, '>', s->len - a < 80 ? s->len - a : 80);
        if (!g)
            continue;
        b = (size_t)(g - t);
        if (memchr(t + a, '<', b - a) || memchr(t + a, '\n', b - a))
            continue;
        trim(t, &a, &b);
        int rc = b > a && nw_person_value(s, a, b, 1) && !nw_not_person(s, a, b)
                     ? s->emit(s->arg, ANON_NAMES_PERSON, a, b)
                     : 0;
        if (rc < 0)
            return rc;
    }
    return 0;
}

/* ---- SSML ------------------------------------------------------------------------------- */

static int say_as(struct sc *s)
{
    const uint8_t *t = s->t;
    struct nw_hits *h = nw_hits_of(s, '<');
    for (size_t k = 0, p = nw_hit_at(h, s, '<', 0, 0); p < s->len;
         p = nw_hit_at(h, s, '<', ++k, p + 1)) {
        if (s->len - p < 30 || memcmp(t + p + 1, "say-as ", 7) != 0)
            continue;
        const uint8_t *g = memchr(t + p, '>', s->len - p < 120 ? s->len - p : 120);
        if (!g)
            continue;
        size_t a = (size_t)(g - t) + 1, ia = word_in(t, p, a, "interpret-as"), b;
        const uint8_t *x = memchr(t + a, '<', s->len - a < 120 ? s->len - a : 120);
        if (ia == a || !x || ia + 14 >= a)
            continue;
        b = (size_t)(x - t);
        trim(t, &a, &b);
        if (b <= a)
            continue;
        const uint8_t *what = t + ia + 14; /* after `interpret-as="` */
        int rc = 0;
        if (memcmp(what, "name\"", 5) == 0 && (s->kinds & (1u << ANON_NAMES_PERSON)) &&
            nw_person_value(s, a, b, 0))
            rc = s->emit(s->arg, ANON_NAMES_PERSON, a, b);
        else if (memcmp(what, "date\"", 5) == 0 && (s->kinds & (1u << ANON_NAMES_DOB)) &&
                 nw_birth_before(s, p)) {
            size_t ds;
            if (nw_date_at(s, a, &ds) == b && ds == a)
                rc = s->emit(s->arg, ANON_NAMES_DOB, a, b);
        }
        if (rc < 0)
            return rc;
    }
    return 0;
}

int nw_tech41_fields(struct sc *s)
{
    struct tv v[MAXV];
    size_t n = 0;
    int rc;
    if (!(s->kinds & (1u << ANON_NAMES_PERSON | 1u << ANON_NAMES_ADDRESS | 1u << ANON_NAMES_DOB)))
        return 0;
    if (nw_text_may_hold(s, NW_RB_BAR))
        n = bar_lines(s, v, n);
    n = colon_shapes(s, v, n);
    if ((rc = flush(s, v, n)) < 0 ||
        ((s->kinds & (1u << ANON_NAMES_PERSON)) && (rc = conll(s)) < 0))
        return rc;
    if (!nw_text_may_hold(s, NW_RB_LT))
        return 0;
    return (rc = django_reprs(s)) < 0 ? rc : say_as(s);
}
