/* names_tables2_fields.c: where a text's fields are, for names_tables2.c to judge their values:
 * setters (`user.setName("X")`), YAML, key=value and key: value runs, XML elements, SQL INSERTs,
 * and CSV, Markdown or fixed-width tables under a header row (nw_field_values(), the entry).
 * The one thing to know: cells are split as RFC 4180 says (quotes, doubled quotes), so a quoted
 * address with commas does not shift the columns after it. Nothing allocates.
 */
#include "anonymize/names_tables2_internal.h"
#include "anonymize/names_chat58.h"

#include <string.h>

/* Is the key of the value at a `name` in one of the pack's languages (not `by`, `createdBy`)? */
static int name_key_before(const struct sc *s, size_t a)
{
    static const char *const names[] = {"name", "naam", "nom", "nombre", "nome"};
    const uint8_t *t = s->t;
    size_t e = a;
    while (e > 0 && a - e < 4 &&
           (t[e - 1] == '"' || t[e - 1] == '\'' || t[e - 1] == ' ' || t[e - 1] == ':' ||
            t[e - 1] == '='))
        e--;
    size_t k = e;
    while (k > 0 && e - k < 8 && ((t[k - 1] | 32) >= 'a' && (t[k - 1] | 32) <= 'z'))
        k--;
    char f[12];
    return k < e && e - k < sizeof f && NW_ONE_OF(nw_fold_span(s, k, e, f, sizeof f), names);
}

/* Do t[a .. b), the bytes between two values, stay inside one object (no brace or bracket)? */
static int same_object(const uint8_t *t, size_t a, size_t b)
{
    for (size_t i = a; i < b; i++)
        if (t[i] == '{' || t[i] == '}' || t[i] == '[' || t[i] == ']')
            return 0;
    return 1;
}

/* Emit the values; a weak field's only when a value of a strong field, itself a person, an
 * address or a birth date, is on its line, or within 400 bytes when its line holds no other
 * field (pretty JSON, YAML): `name="Release Train" address=db-3.internal:5432` is no person,
 * whatever the log lines around it hold. */
static int emit_all(struct sc *s, const struct fval *v, size_t n)
{
    int k[MAXF];
    size_t ls[MAXF];
    for (size_t i = 0; i < n; i++) {
        k[i] = v[i].kind == F_WEAK ? -1 : value_kind(s, &v[i]);
        const uint8_t *nl = memrchr(s->t, '\n', v[i].a);
        ls[i] = nl ? (size_t)(nl - s->t) + 1 : 0;
    }
    for (size_t i = 0; i < n; i++) {
        if (v[i].kind == F_WEAK) { /* on its line, or the line holds no other field */
            int near = 0, alone = 1;
            for (size_t j = 0; j < n && alone; j++)
                alone = j == i || ls[j] != ls[i];
            for (size_t j = 0; j < n && !near; j++)
                near = v[j].kind != F_WEAK && k[j] >= 0 &&
                       (ls[j] == ls[i] ||
                        (alone && (v[j].a > v[i].a ? v[j].a - v[i].a : v[i].a - v[j].a) < 400));
            /* beside a surname's or a given name's field, `name`/`nome` is the other part of
             * the name (`"name": "LU", "vorname": "Tuan"`): one or two words, as such a part */
            int part = 0;
            for (size_t j = 0; j < n && near && !part && name_key_before(s, v[i].a); j++)
                part = v[j].kind == F_PERSON && k[j] >= 0 && ls[j] == ls[i] &&
                       same_object(s->t, v[j].a < v[i].a ? v[j].b : v[i].b,
                                   v[j].a < v[i].a ? v[i].a : v[j].a);
            struct fval pv = {v[i].a, v[i].b, F_PERSON};
            const uint8_t *sp = memchr(s->t + v[i].a, ' ', v[i].b - v[i].a);
            part = part && (!sp || !memchr(sp + 1, ' ', v[i].b - (size_t)(sp + 1 - s->t)));
            k[i] = near ? value_kind(s, part ? &pv : &v[i]) : -1;
        }
        int rc = k[i] >= 0 && (s->kinds & (1u << k[i])) ? s->emit(s->arg, k[i], v[i].a, v[i].b) : 0;
        if (rc < 0)
            return rc;
    }
    return 0;
}

/* The key ending right before t[e] (a run of letters, '_', '-', '.'), its kind; *run where the
 * run starts (at most 40 bytes back), before a '.' moves *ks to the attribute. */
static int key_run_before(const struct sc *s, size_t e, size_t *ks, size_t *run)
{
    size_t k = e;
    while (k > 0 && e - k < 40 &&
           (is_alnum(s->t[k - 1]) || s->t[k - 1] == '_' || s->t[k - 1] == '-' ||
            s->t[k - 1] == '.' || s->t[k - 1] >= 0x80))
        k--;
    *ks = *run = k;
    int kind = k < e ? kind_of_run(s, k, e) : F_NONE;
    const uint8_t *d = kind == F_NONE && k < e ? memrchr(s->t + k, '.', e - k) : NULL;
    if (d && d > s->t + k && (size_t)(d - s->t) + 1 < e) { /* `user.first_name`: the attribute */
        *ks = (size_t)(d - s->t) + 1;
        kind = kind_of_run(s, *ks, e);
    }
    return kind;
}

static int key_before(const struct sc *s, size_t e, size_t *ks)
{
    size_t run;
    return key_run_before(s, e, ks, &run);
}

/* The key of a subscript ending right before t[e] (`person["first_name"]`, `row['lastName']`),
 * its kind; *ks is where the subscripted name ends. */
static int subscript_key(const struct sc *s, size_t e, size_t *ks)
{
    const uint8_t *t = s->t;
    if (e < 5 || t[e - 1] != ']' || (t[e - 2] != '"' && t[e - 2] != '\''))
        return F_NONE;
    size_t q = e - 2, a = q;
    while (a > 0 && q - a < 40 && t[a - 1] != t[q] && t[a - 1] != '\n')
        a--;
    if (a < 3 || t[a - 1] != t[q] || t[a - 2] != '[' || !is_alnum(t[a - 3]))
        return F_NONE;
    *ks = a - 2;
    return kind_of(s, a, q);
}

/* `setFirstName("Maria")`, `.withLastName('Keller')`: a setter of a person's field before a
 * quoted value that is the call's only argument, its ')' at p. */
static size_t setter_field(const struct sc *s, size_t p, struct fval *v, size_t n)
{
    const uint8_t *t = s->t;
    size_t qe = p - 1, qa = qe;
    while (qa > 0 && qe - qa < 64 && t[qa - 1] != t[qe] && t[qa - 1] != '\n')
        qa--;
    if (qa < 6 || t[qa - 1] != t[qe] || t[qa - 2] != '(' || qa >= qe)
        return n;
    size_t ie = qa - 2, ia = ie;
    while (ia > 0 && ie - ia < 40 && (is_alnum(t[ia - 1]) || t[ia - 1] == '_'))
        ia--;
    size_t pre = ie - ia > 3 && memcmp(t + ia, "set", 3) == 0    ? 3
                 : ie - ia > 4 && memcmp(t + ia, "with", 4) == 0 ? 4
                                                                 : 0;
    int kind = pre ? kind_of(s, ia + pre, ie) : F_NONE;
    if ((kind == F_PERSON || kind == F_FULL) && n < MAXF)
        v[n++] = (struct fval){qa, qe, kind};
    return n;
}

/* `key: value` opening its line, after an indent or a list's "- " (YAML, a form): the rest of
 * the line, its quotes or a sentence's last stop left out. */
static size_t yaml_field(const struct sc *s, size_t e, struct fval *v, size_t n)
{
    const uint8_t *t = s->t;
    size_t ks, ls, a, b;
    int kind = key_before(s, e, &ks);
    if (!kind)
        return n;
    for (ls = ks; ls > 0 && (t[ls - 1] == ' ' || t[ls - 1] == '-') && ks - ls < 16;)
        ls--;
    if (ls > 0 && t[ls - 1] != '\n')
        return n;
    for (a = e + 1; a < s->len && t[a] == ' ';)
        a++;
    for (b = a; b < s->len && t[b] != '\n' && b - a < 200;)
        b++;
    trim(t, &a, &b);
    if (b > a + 1 && (t[a] == '"' || t[a] == '\'') && t[b - 1] == t[a])
        a++, b--;
    else if (b > a && (t[b - 1] == '.' || t[b - 1] == ',' || t[b - 1] == ';'))
        b--; /* "Anschrift: Hauptstraße 5, 10115 Berlin." ends a sentence */
    if (b > a)
        v[n++] = (struct fval){a, b, kind};
    return n;
}

/* `key=value`, `key="value"` (logfmt, attributes), `key = "value"` (TOML, INI), `"key":
 * "value"` (JSON), `key: value`. */
static size_t kv_fields(const struct sc *s, struct fval *v, size_t n)
{
    const uint8_t *t = s->t;
    struct nw_hits *eqs = nw_hits_of(s, '='); /* kept for names_docs4.c's bibliography */
    for (size_t k = 0, e = nw_hit_at(eqs, s, '=', 0, 0); e < s->len && n < MAXF;
         e = nw_hit_at(eqs, s, '=', ++k, e + 1)) {
        size_t ks, a = e + 1, b, ke = e;
        if (ke > 0 && t[ke - 1] == ' ') /* TOML, INI: `address = "..."` */
            ke--;
        while (a < s->len && a - e < 3 && t[a] == ' ')
            a++;
        size_t run = ke; /* one walk back over the key for both readers of it */
        int kind = ke > 0 && t[ke - 1] != ' ' ? key_run_before(s, ke, &ks, &run) : F_NONE, kv8 = 0,
            sub = 0;
        if (!kind && ke > 0 && t[ke - 1] != ' ' &&
            (kv8 = nw_kv8_key_at(s, ke - run > 32 ? ke - 32 : run, ke, &ks)))
            kind = F_KV8; /* a log line's `signer=`, `received_by='X'` */
        if (!kind && ke > 0 && t[ke - 1] == ']' && (kind = subscript_key(s, ke, &ks)))
            sub = 1; /* `person["first_name"] = "Maria"` */
        if (kind <= F_WEAK && ke < e && a < s->len && (t[a] == '"' || t[a] == '[')) {
            size_t sp[8][2]; /* TOML's authors in lower case: names_leaks45.c */
            size_t m = nw_leaks45_toml(s, ke, a, sp, 8);
            for (size_t j = 0; j < m && n < MAXF; j++)
                v[n++] = (struct fval){sp[j][0], sp[j][1], F_CHECKED};
            if (m)
                continue;
        }
        if (!kind ||
            (!sub && ks > 0 && !strchr(" \t,;{(&?\n$", t[ks - 1]) &&
             !(t[ks - 1] == '.' && ks > 1 && is_alnum(t[ks - 2])) &&
             !(t[ks - 1] == '>' && ks > 1 && t[ks - 2] == '-')) ||
            a >= s->len || t[a] == '=')
            continue; /* `user.first_name = ...`, `$user->first_name = ...`: an attribute too */
        if (t[a] == '"' || (kv8 && t[a] == '\'')) {
            const uint8_t *q = memchr(t + a + 1, t[a], s->len - a - 1);
            if (!q)
                continue;
            a++, b = (size_t)(q - t);
        } else if (t[a] == '\'') { /* SQL, Python: `SET first_name = 'Maria'`, in the line */
            size_t lim = s->len - a - 1 < 64 ? s->len - a - 1 : 64;
            const uint8_t *q = memchr(t + a + 1, '\'', lim);
            if (!q || memchr(t + a + 1, '\n', (size_t)(q - t) - a - 1))
                continue;
            a++, b = (size_t)(q - t);
        } else {
            for (b = a; b < s->len && (!strchr(" \t\r\n,;&}", t[b]) ||
                                       (t[b] == ',' && b + 1 < s->len && t[b + 1] == '_'));)
                b++; /* "dob=April_12th,_1993" */
            if (kind == F_FULL || kind == F_KV8)
                b = nw_kv8_more_words(t, b, s->len); /* `signer=Ana Lobo seq=3` */
        }
        v[n++] = (struct fval){a, b, kind};
    }
    struct nw_hits *colons = nw_hits_of(s, ':'); /* kept for the passes after this one */
    for (size_t k = 0, e = nw_hit_at(colons, s, ':', 0, 0); e < s->len && n < MAXF;
         e = nw_hit_at(colons, s, ':', ++k, e + 1)) {
        size_t ks, a;
        if (e > 0 && is_alnum(t[e - 1]) && e + 1 < s->len && t[e + 1] == ' ') {
            const uint8_t *q = e + 3 < s->len && (t[e + 2] == '"' || t[e + 2] == '\'')
                                   ? memchr(t + e + 3, t[e + 2], s->len - e - 3)
                                   : NULL;
            if (q && nw_kv8_key_before(s, e, &ks)) { /* a log line's `received_by: "X"` */
                v[n++] = (struct fval){e + 3, (size_t)(q - t), F_KV8};
                continue;
            }
            size_t before = n;
            n = yaml_field(s, e, v, n);
            int kind;
            if (n == before && q && (kind = key_before(s, e, &ks)) != F_NONE && ks > 0) {
                size_t p = ks; /* a JS object's bare key: `{ firstName: "maria", ... }` */
                while (p > 0 && (t[p - 1] == ' ' || t[p - 1] == '\t'))
                    p--;
                if (p > 0 && (t[p - 1] == '{' || t[p - 1] == ','))
                    v[n++] = (struct fval){e + 3, (size_t)(q - t), kind};
            }
            continue;
        }
        /* JSON's `"key": "value"`, a Python dict's `'key': 'value'` */
        if (e < 3 || (t[e - 1] != '"' && t[e - 1] != '\''))
            continue;
        uint8_t qc = t[e - 1];
        int kind = key_before(s, e - 1, &ks);
        if (!kind && qc == '"') { /* a chat export's sender: `"from": "anna"` (names_chat58.c) */
            size_t vb, va = nw_chat58_text_sender(s, e, &vb);
            if (va)
                v[n++] = (struct fval){va, vb, F_CHECKED};
            continue;
        }
        if (!kind || ks == 0 || t[ks - 1] != qc)
            continue;
        for (a = e + 1; a < s->len && t[a] == ' ';)
            a++;
        if (a >= s->len || t[a] != qc)
            continue;
        const uint8_t *q = memchr(t + a + 1, qc, s->len - a - 1);
        if (!q)
            continue;
        v[n++] = (struct fval){a + 1, (size_t)(q - t), kind};
    }
    return n;
}

/* XML elements: `<address>X</address>`, `<birthDate>X</birthDate>`, `<ns:fullName>X<...>`: read
 * from each closing tag, the opening tag of the same name right before the text. */
static size_t xml_fields(const struct sc *s, struct fval *v, size_t n)
{
    const uint8_t *t = s->t;
    struct nw_hits *lts = nw_hits_of(s, '<');
    for (size_t k = 0, c = nw_hit_at(lts, s, '<', 0, 0); c < s->len && n < MAXF;
         c = nw_hit_at(lts, s, '<', ++k, c + 1)) {
        size_t ne = c + 2, b = c, a;
        if (c == 0 || c + 2 >= s->len || t[c + 1] != '/')
            continue;
        while (ne < s->len && ne - c < 48 && t[ne] != '>')
            ne++;
        if (ne >= s->len || t[ne] != '>')
            continue;
        size_t ns = c + 2, colon = ns; /* "ns:fullName": the local name */
        while (colon < ne && t[colon] != ':')
            colon++;
        size_t ls = colon < ne ? colon + 1 : ns;
        int kind = kind_of(s, ls, ne), nm = 0;
        if (!kind) { /* "<reportergivename>", "<nomTitulaire>", SEPA's "<Nm>": names_leaks45.c */
            static const int k45[] = {F_NONE, F_PERSON, F_FULL, F_DOB};
            nm = ne - ls == 2 && t[ls] == 'N' && t[ls + 1] == 'm';
            kind = nm ? F_CHECKED : k45[nw_leaks45_xml_kind(t, ls, ne)];
        }
        if (!kind)
            continue;
        for (a = b; a > 0 && t[a - 1] != '>' && t[a - 1] != '<' && b - a < 200;)
            a--;
        if (a == 0 || t[a - 1] != '>')
            continue;
        size_t o = a - 1; /* the opening tag "<name>" or "<name attr=...>" */
        while (o > 0 && t[o] != '<' && a - o < 200)
            o--;
        size_t nl = ne - ns;
        if (t[o] != '<' || o + 1 + nl > a || memcmp(t + o + 1, t + ns, nl) != 0 ||
            !(t[o + 1 + nl] == '>' || t[o + 1 + nl] == ' '))
            continue;
        trim(t, &a, &b);
        if (nm && !nw_leaks45_sepa_name(s, o, a, b))
            continue;
        if (b > a)
            v[n++] = (struct fval){a, b, kind};
    }
    return n;
}

/* A quote at i: ' or a typographic one (U+2018, U+2019); its length, or 0. */
static size_t quote_at(const uint8_t *t, size_t len, size_t i)
{
    if (t[i] == '\'')
        return 1;
    if (i + 2 < len && t[i] == 0xE2 && t[i + 1] == 0x80 && (t[i + 2] == 0x98 || t[i + 2] == 0x99))
        return 3;
    return 0;
}

/* strchr(" \t\r\n", c) without the call (NUL included, as strchr has it): asked after every ')'. */
static inline int sql_space(uint8_t c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\0';
}

/* SQL: `INSERT INTO t (c1, c2, ...) VALUES (v1, v2, ...), (...)`, the values mapped to their
 * columns; quoted values with '' inside, or between typographic quotes. */
static size_t sql_fields(const struct sc *s, struct fval *v, size_t n)
{
    const uint8_t *t = s->t;
    size_t off = 0, k = 0;
    struct nw_hits *closes = nw_hits_of(s, ')'); /* kept for names_forms6.c's brackets */
    while (n < MAXF && off < s->len) {
        size_t p = nw_hit_from(closes, s, ')', &k, off); /* the column list's end */
        if (p >= s->len)
            break;
        size_t ce = p + 1, vs = ce;
        off = ce;
        if (p > 6 && (t[p - 1] == '"' || t[p - 1] == '\''))
            n = setter_field(s, p, v, n); /* `setFirstName("Maria")` */
        while (vs < s->len && sql_space(t[vs]))
            vs++;
        char w[8];
        if (vs + 6 > s->len || (t[vs] | 32) != 'v' ||
            strcmp(nw_fold_span(s, vs, vs + 6, w, sizeof w), "values") != 0)
            continue;
        size_t cb = ce - 1;
        while (cb > 0 && t[cb - 1] != '(' && ce - cb < 1024)
            cb--;
        if (cb == 0 || t[cb - 1] != '(')
            continue;
        int kinds[MAXC], any = 0;
        size_t nc = 0;
        for (size_t a = cb; a < ce - 1 && nc < MAXC;) {
            size_t b = a;
            while (b < ce - 1 && t[b] != ',')
                b++;
            kinds[nc] = kind_of(s, a, b);
            any |= kinds[nc++];
            a = b + 1;
        }
        if (!any)
            continue;
        size_t i = vs + 6; /* the tuples */
        for (;;) {
            while (i < s->len && strchr(" \t\r\n,", t[i]))
                i++;
            if (i >= s->len || t[i] != '(')
                break;
            i++;
            for (size_t c = 0; i < s->len && n < MAXF; c++) {
                while (i < s->len && t[i] == ' ')
                    i++;
                size_t ql = i < s->len ? quote_at(t, s->len, i) : 0, a = i + ql, b;
                if (ql) {
                    for (b = a; b < s->len; b++) {
                        if (t[b] == '\'' && ql == 1 && b + 1 < s->len && t[b + 1] == '\'') {
                            b++;
                            continue;
                        }
                        if (quote_at(t, s->len, b) == ql && (ql == 1 || t[b + 2] == 0x99))
                            break;
                    }
                    i = b + ql;
                } else {
                    for (b = a; b < s->len && t[b] != ',' && t[b] != ')' && t[b] != '\n';)
                        b++;
                    i = b;
                }
                if (c < nc && kinds[c] && b <= s->len)
                    v[n++] = (struct fval){a, b, kinds[c]};
                while (i < s->len && t[i] == ' ')
                    i++;
                if (i >= s->len || t[i] != ',')
                    break;
                i++;
            }
            if (i < s->len && t[i] == ')')
                i++;
            else
                break;
        }
        off = i > off ? i : off;
    }
    return n;
}

static size_t line_end(const struct sc *s, size_t ls)
{
    return nw_line_end_at(s, ls); /* names_internal.h: the text's line table */
}

/* Cells of t[ls .. le) split by sep (quotes kept whole for ',' and ';'). */
static size_t split(const uint8_t *t, size_t ls, size_t le, uint8_t sep, size_t c[][2])
{
    size_t n = 0, a = ls;
    int in = 0;
    if (sep == '|') {
        while (a < le && (t[a] == ' ' || t[a] == '\t'))
            a++;
        if (a < le && t[a] == '|')
            a++;
        while (le > a && (t[le - 1] == ' ' || t[le - 1] == '\r'))
            le--;
        if (le > a && t[le - 1] == '|')
            le--;
    }
    for (size_t i = a; i <= le && n < MAXC; i++) {
        if (i < le && t[i] == '"' && sep != '|' && sep != '\t')
            in = !in;
        if (i == le || (t[i] == sep && !in)) {
            c[n][0] = a, c[n][1] = i;
            n++;
            a = i + 1;
        }
    }
    return n;
}

/* Cells of a fixed-width line (split by two spaces or more), by their first code point. */
static size_t split_fixed(const uint8_t *t, size_t ls, size_t le, size_t c[][2], size_t col[])
{
    size_t n = 0, cp = 0;
    for (size_t i = ls; i < le && n < MAXC;) {
        while (i < le && t[i] == ' ')
            i++, cp++;
        if (i >= le || t[i] == '\r')
            break;
        c[n][0] = i, col[n] = cp;
        while (i < le && t[i] != '\r' && !(t[i] == ' ' && i + 1 < le && t[i + 1] == ' ')) {
            cp += (t[i] & 0xC0) != 0x80;
            i++;
        }
        c[n++][1] = i;
    }
    return n;
}

/* The cell of a fixed-width row that starts at code point col: its bytes, or 0. */
static int fixed_cell(const uint8_t *t, size_t ls, size_t le, size_t col, size_t *a, size_t *b)
{
    size_t i = ls, cp = 0;
    while (i < le && cp < col) {
        for (i++; i < le && (t[i] & 0xC0) == 0x80;)
            i++;
        cp++;
    }
    if (cp != col || i >= le || t[i] == ' ' || (i > ls && t[i - 1] != ' '))
        return 0;
    *a = i;
    while (i < le && t[i] != '\r' && !(t[i] == ' ' && i + 1 < le && t[i + 1] == ' '))
        i++;
    *b = i;
    return 1;
}

static int has_digit(const uint8_t *t, size_t a, size_t b)
{
    for (size_t i = a; i < b; i++)
        if (is_digit(t[i]))
            return 1;
    return 0;
}

/* t[ls .. le) holds two runs of two spaces or more. */
static int two_gaps(const uint8_t *t, size_t ls, size_t le)
{
    size_t i = nw_pair_at(t, ls, le, ' ');
    if (i == le)
        return 0;
    while (i < le && t[i] == ' ') /* the run's end: the next pair opens a new run */
        i++;
    return nw_pair_at(t, i, le, ' ') < le;
}

/* The table whose header is the line at ls, when it names a birth date, an address or a person
 * (with a person's column, or a name column beside one of the others); its cells into v. */
static size_t table_fields(const struct sc *s, size_t ls, struct fval *v, size_t n)
{
    const uint8_t *t = s->t;
    size_t le = line_end(s, ls), c[MAXC][2], col[MAXC], nc;
    int kinds[MAXC], strong = 0;
    uint8_t sep = 0;
    if (le - ls < 6 || le - ls > 400)
        return n;
    static const uint8_t seps4[4] = {'|', '\t', ';', ','};
    static const unsigned rb[4] = {NW_RB_BAR, NW_RB_TAB, NW_RB_SEMI, 0}; /* ',': no bit */
    for (int k = 0; k < 4 && !sep; k++) /* a byte the text never holds is in no line */
        if ((!rb[k] || nw_text_may_hold(s, rb[k])) && memchr(t + ls, seps4[k], le - ls))
            sep = seps4[k];
    if (sep == ',' || sep == ';') { /* short cells, not a sentence's words */
        size_t seps, spaces;
        nw_count2(t, ls, le, sep, ' ', &seps, &spaces);
        if (spaces > 2 * seps + 1)
            return n;
        /* a header holds no digit (below): with MAXC - 1 separators or fewer, split()'s cells
         * hold every byte of the line but the separators, so a digit anywhere says no */
        if (seps < MAXC && has_digit(t, ls, le))
            return n;
    } else if (!sep && !two_gaps(t, ls, le)) /* fixed width: columns two spaces apart */
        return n;
    nc = sep ? split(t, ls, le, sep, c) : split_fixed(t, ls, le, c, col);
    if (nc < 2 || (!sep && nc < 3))
        return n;
    for (size_t k = 0; k < nc; k++) /* before kind_of(), which has no effect to keep */
        for (size_t i = c[k][0]; i < c[k][1]; i++)
            if (is_digit(t[i]))
                return n; /* a header holds no digit */
    for (size_t k = 0; k < nc; k++) {
        kinds[k] = kind_of(s, c[k][0], c[k][1]);
        strong |= kinds[k] > F_WEAK;
    }
    if (!strong)
        return n;
    for (size_t k = 0; k < nc; k++) /* "Nome" beside "Apelido" is the given name */
        for (size_t j = 0; j < nc && kinds[k] == F_WEAK; j++)
            if (kinds[j] == F_PERSON)
                kinds[k] = F_PERSON;
    for (size_t r = le + 1; r < s->len && n < MAXF;) {
        size_t re = line_end(s, r), rc[MAXC][2];
        const uint8_t *q = t + r;
        while (q < t + re && strchr("-|:+= \t\r", *q))
            q++;
        if (q == t + re) { /* a rule line, or the blank line that ends the table */
            if (re == r || (re == r + 1 && t[r] == '\r'))
                break;
            r = re + 1;
            continue;
        }
        if (sep) {
            if (split(t, r, re, sep, rc) != nc)
                break;
            for (size_t k = 0; k < nc && n < MAXF; k++) {
                size_t a = rc[k][0], b = rc[k][1];
                trim(t, &a, &b);
                if (b > a + 1 && t[a] == '"' && t[b - 1] == '"')
                    a++, b--;
                if (kinds[k])
                    v[n++] = (struct fval){a, b, kinds[k]};
            }
        } else {
            for (size_t k = 0; k < nc && n < MAXF; k++) {
                size_t a, b;
                if (kinds[k] && fixed_cell(t, r, re, col[k], &a, &b))
                    v[n++] = (struct fval){a, b, kinds[k]};
            }
        }
        r = re + 1;
    }
    return n;
}

/* Header lines: the text's first and the first after its first blank line (an export pasted
 * under a sentence). */
int nw_field_values(struct sc *s)
{
    struct fval v[MAXF];
    size_t n = 0;
    const uint8_t *t = s->t;
    if (!(s->kinds & (1u << ANON_NAMES_PERSON | 1u << ANON_NAMES_ADDRESS | 1u << ANON_NAMES_DOB)))
        return 0;
    n = kv_fields(s, v, n);
    n = sql_fields(s, v, n);
    if (nw_hit_at(nw_hits_of(s, '<'), s, '<', 0, 0) < s->len) /* names_tables.c found it */
        n = xml_fields(s, v, n);
    size_t l0 = nw_line_at(nw_lines_of(s), s, 0, 0); /* the first '\n', or the text's end */
    if (l0 < s->len) {
        size_t bl = nw_pair_at(t, l0, s->len, '\n'); /* the first blank line */
        n = table_fields(s, 0, v, n);
        if (bl < s->len && bl + 2 < s->len && n < MAXF)
            n = table_fields(s, bl + 2, v, n);
    }
    return emit_all(s, v, n);
}
