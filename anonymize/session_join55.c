/* session_join55.c: a value cut into pieces on the text side, read whole again.
 *
 * Code builds a value from literals ("4539 1488 " + "3436 4670", Python's implicit concatenation,
 * "".join(['4539', '1488...']), 'a'.concat('b'), CONCAT('a', 'b'), 'a' || 'b', C's adjacent
 * literals, PHP's '.'), and a document sent as several content blocks may cut a value at a
 * block's edge ("card: 4539 14" | "88 3436 4670"). Scanned as it stands, no piece is a value.
 * So after the text's own scan, each chain of two or more joined literals, and each block edge
 * (a cut whose separator the join added), is read again as one string: the 48 bytes before it (its
 * label) and the pieces joined. A finding there that crosses a joint and is of a type a validator
 * or a label decides (a card by Luhn, an IBAN by mod 97, an e-mail, an IP address, a key of a
 * known prefix, an SSN or a birth after its label, a phone only from its '+') becomes one finding
 * per piece: each piece its own token, restoring exactly its bytes; the quotes, operators and
 * the block's edge stay. Findings of the text's scan that overlap a piece give way.
 *
 * The one thing to know: what is read depends on the text's bytes and the cuts alone, so a split
 * walk's helper (which runs this in member_find's place) finds the same.
 */
#include "anonymize/anon_internal.h"
#include "anonymize/session_internal.h"

#include <openssl/mem.h>
#include <stdlib.h>
#include <string.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

#define J55_LIT 64   /* the longest literal read as a piece */
#define J55_JOINT 24 /* the longest joint between two literals */
#define J55_PIECES 6 /* literals in one chain */
#define J55_LABEL 48 /* bytes before the first piece read with it */
#define J55_EDGE 40  /* bytes of a block's edge read on each side */
#define J55_BUF (J55_LABEL + J55_PIECES * J55_LIT + 8)

struct j55 {
    size_t a[J55_PIECES], b[J55_PIECES]; /* each piece's bytes in the text */
    size_t at[J55_PIECES];               /* and where it starts in buf */
    size_t n, lead;                      /* pieces; label bytes at buf's start */
    int used;                            /* buf held a text's bytes: wiped at the end */
    char buf[J55_BUF];
    size_t len;
};

struct fl {
    anon_finding_t *f;
    size_t n, cap;
};

static int fl_add(struct fl *l, size_t type, size_t a, size_t b)
{
    if (l->n == l->cap) {
        size_t cap = l->cap ? l->cap * 2 : 8;
        anon_finding_t *g = realloc(l->f, cap * sizeof *g);
        if (!g)
            return ANON_ERR_NOMEM;
        l->f = g;
        l->cap = cap;
    }
    l->f[l->n].type = type;
    l->f[l->n].start = a;
    l->f[l->n++].end = b;
    return 0;
}

static int is_name(uint8_t c)
{
    return (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') || c == '_';
}

static int joint_byte(uint8_t c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '+' || c == '.' || c == ',' ||
           c == '|' || c == '(' || c == ')' || c == '[' || c == ']' || c == ';';
}

/* A shell variable's name and '=' at p[j] ("CARD_2="). */
static int shell_name(const uint8_t *p, size_t j, size_t n)
{
    size_t k = j;
    while (k < n && k - j < 24 && (is_name(p[k])))
        k++;
    return k > j && k < n && p[k] == '=' && !(p[j] >= '0' && p[j] <= '9');
}

/* The literal opening at p[o] (a quote): its closing quote's offset, or 0 (none within J55_LIT
 * bytes, empty, or a line break or a backslash inside). */
static size_t literal_end(const uint8_t *p, size_t o, size_t n)
{
    size_t lim = n - o - 1 < J55_LIT + 1 ? n - o - 1 : J55_LIT + 1;
#ifdef __SSE2__
    /* one pass 16 bytes at a time for the closing quote and a line break or backslash before it
     * (the same answer as the three memchr below), where the blocks lie inside the text */
    if (o + 1 + ((lim + 15) & ~(size_t)15) <= n) {
        const __m128i qv = _mm_set1_epi8((char)p[o]), nl = _mm_set1_epi8('\n'),
                      bs = _mm_set1_epi8('\\');
        for (size_t k = 0; k < lim; k += 16) {
            __m128i v = _mm_loadu_si128((const __m128i *)(const void *)(p + o + 1 + k));
            unsigned qm = (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(v, qv));
            unsigned bm = (unsigned)_mm_movemask_epi8(
                _mm_or_si128(_mm_cmpeq_epi8(v, nl), _mm_cmpeq_epi8(v, bs)));
            if (lim - k < 16)
                qm &= (1u << (lim - k)) - 1;
            if (qm) {
                unsigned f = (unsigned)__builtin_ctz(qm);
                if ((k == 0 && f == 0) || (bm & ((1u << f) - 1)))
                    return 0;
                return o + 1 + k + f;
            }
            if (bm) /* before any closing quote there is, or none is within reach */
                return 0;
        }
        return 0;
    }
#endif
    const uint8_t *q = memchr(p + o + 1, p[o], lim);
    if (!q || q == p + o + 1 || memchr(p + o + 1, '\n', (size_t)(q - p) - o - 1) ||
        memchr(p + o + 1, '\\', (size_t)(q - p) - o - 1))
        return 0;
    return (size_t)(q - p);
}

/* After the literal closing at p[c]: the next literal's opening quote when a joint leads to it
 * (operators, commas, brackets, blanks, ".concat("), else 0. */
static size_t joint_next(const uint8_t *p, size_t c, size_t n)
{
    size_t j = c + 1;
    int op = 0, semi = 0, shell = 0;
    while (j < n && j - c <= J55_JOINT) {
        if (joint_byte(p[j])) {
            /* 1: only ';', line breaks and blanks so far (a shell's next line); 2: more */
            semi |= p[j] == ';';
            if (p[j] == ';' || p[j] == '\n')
                op |= 1;
            else if (p[j] != ' ' && p[j] != '\t' && p[j] != '\r')
                op |= 2;
            j++;
        } else if (j + 6 < n && !memcmp(p + j, "concat", 6)) {
            j += 6;
        } else if (op == 1 && shell_name(p, j, n)) {
            /* a shell's next variable: A='4539 1488'; B='3436 4670' */
            while (p[j] != '=')
                j++;
            j++;
            op = 0;
            shell = 1;
        } else {
            break;
        }
    }
    /* a ';' joins only a shell's variables: "a";"b" is a CSV row's two cells */
    if (j >= n || (p[j] != '"' && p[j] != '\'') || (semi && !shell))
        return 0;
    return j;
}

static int sep_only(const uint8_t *p, size_t a, size_t b)
{
    for (size_t k = a; k < b; k++)
        if (p[k] != ' ' && p[k] != '-' && p[k] != '.' && p[k] != '/')
            return 0;
    return 1;
}

/* The type of a finding in the joined string that may be cut: one a validator or a label decides
 * (a card, an IBAN, an e-mail, an IP address, an SSN, a birth, a key or token of a known prefix),
 * a phone only from its '+'. */
static int joinable(const anon_session_t *s, size_t type, const char *v)
{
    static const char *const kinds[] = {"CREDIT_CARD", "IBAN",   "EMAIL",        "IPV4",
                                        "IPV6",        "US_SSN", "DATE_OF_BIRTH"};
    const char *t = anon_engine_type_name(s->e, type);
    if (!t || type == s->person || type == s->street)
        return 0;
    if (!strcmp(t, "PHONE"))
        return v[0] == '+';
    for (size_t k = 0; k < sizeof kinds / sizeof kinds[0]; k++)
        if (!strcmp(t, kinds[k]))
            return 1;
    return strstr(t, "_KEY") || strstr(t, "TOKEN") || strstr(t, "SECRET") || !strcmp(t, "JWT");
}

static int value_char(uint8_t c)
{
    return is_name(c) || c == '.' || c == '-' || c == '@' || c == '+' || c == ' ' || c == ':' ||
           c == '/' || c >= 0x80;
}

/* A type whose value a literal holds whole (a phone or a key is often a longer value's head). */
static int whole_kind(const anon_engine_t *e, size_t type)
{
    static const char *const kinds[] = {"PERSON",      "US_SSN",        "EMAIL",
                                        "CREDIT_CARD", "IBAN",          "IPV4",
                                        "IPV6",        "DATE_OF_BIRTH", "STREET_ADDRESS"};
    const char *t = anon_engine_type_name(e, type);
    for (size_t k = 0; t && k < sizeof kinds / sizeof kinds[0]; k++)
        if (!strcmp(t, kinds[k]))
            return 1;
    return 0;
}

/* A value found ending or starting at a joint that stands whole there: not a birth ("born:
 * 13/11/19" | "45" is one), a phone only from its '+' ("+40 337 202 505","9481100679951"). */
static int ends_whole(const anon_engine_t *e, const char *text, const anon_finding_t *f)
{
    const char *t = anon_engine_type_name(e, f->type);
    if (t && !strcmp(t, "PHONE"))
        return text[f->start] == '+';
    return whole_kind(e, f->type) && t && strcmp(t, "DATE_OF_BIRTH");
}

/* Whether pieces k0..k1 of j may be one value: each joint between two characters a value holds
 * ("aqui?" | "@pytest" is no address), and no piece a value of its own that the text's scan
 * found whole (a fixture's name="...", ssn="..." are two values, not one). */
static int pieces_join(const anon_engine_t *e, const struct j55 *j, const char *text, size_t k0,
                       size_t k1, const anon_finding_t *f, size_t nf)
{
    for (size_t k = k0; k <= k1; k++) {
        if (k > k0 &&
            (!value_char((uint8_t)text[j->b[k - 1] - 1]) || !value_char((uint8_t)text[j->a[k]])))
            return 0;
        size_t a = j->a[k], b = j->b[k];
        while (a < b && text[a] == ' ')
            a++;
        while (b > a && text[b - 1] == ' ')
            b--;
        /* a piece the text's scan found whole, or a value of it that ends at the joint: a value
         * that stands by itself ("x@y.de", "port"; "mailto:x@y.de", "telephone") */
        for (size_t i = 0; i < nf; i++) {
            if (f[i].start <= a && f[i].end >= b && whole_kind(e, f[i].type))
                return 0;
            if (((k < k1 && f[i].end == b && f[i].start < b) ||
                 (k > k0 && f[i].start == a && f[i].end > a)) &&
                ends_whole(e, text, &f[i]))
                return 0;
        }
    }
    return 1;
}

/* Reads j's pieces joined after their label and adds a finding per piece for each value that
 * crosses a joint. */
static int read_joined(anon_session_t *s, const char *text, struct j55 *j, const anon_finding_t *f,
                       size_t nf, struct fl *out)
{
    anon_finding_t *g = NULL;
    size_t ng = 0;
    int rc = anon_find_ex(s->e, j->buf, j->len, s->known, ANON_NAMES_HINT_NONE, &g, &ng);
    if (rc < 0)
        return rc;
    for (size_t i = 0; i < ng && rc >= 0; i++) {
        size_t fs = g[i].start, fe = g[i].end, k0 = j->n, k1 = 0;
        for (size_t k = 0; k < j->n; k++) {
            size_t ps = j->at[k], pe = ps + (j->b[k] - j->a[k]);
            if (fs < pe && fe > ps) {
                k0 = k < k0 ? k : k0;
                k1 = k;
            }
        }
        if (k0 >= k1 || fs < j->at[k0] || !joinable(s, g[i].type, j->buf + fs) ||
            !pieces_join(s->e, j, text, k0, k1, f, nf))
            continue;
        for (size_t k = k0; k <= k1 && rc >= 0; k++) {
            size_t ps = j->at[k], pe = ps + (j->b[k] - j->a[k]);
            size_t a = j->a[k] + (fs > ps ? fs - ps : 0), b = j->b[k] - (fe < pe ? pe - fe : 0);
            while (a < b && (text[a] == ' ' || ((uint8_t)text[a] & 0xC0) == 0x80))
                a++;
            while (b > a &&
                   (text[b - 1] == ' ' || (b < j->b[k] && ((uint8_t)text[b] & 0xC0) == 0x80)))
                b--;
            if (a < b && !sep_only((const uint8_t *)text, a, b))
                rc = fl_add(out, g[i].type, a, b);
        }
    }
    free(g);
    return rc;
}

/* j's label: the line's bytes before at (a line of blanks and brackets: the line before too,
 * "ssn = (\n    \"8\""), at most J55_LABEL of them, line breaks read as spaces. Never the line
 * before a line of its own: "dob = ..." does not label "created = ..." under it. */
static void lead(const char *text, size_t at, struct j55 *j)
{
    size_t from = at, word = 0;
    for (int lines = 0; from > 0 && at - from < J55_LABEL; from--) {
        if (text[from - 1] == '\n') {
            if (word || ++lines > 1)
                break;
        } else {
            word |= is_name((uint8_t)text[from - 1]);
        }
    }
    while (from < at && ((uint8_t)text[from] & 0xC0) == 0x80)
        from++;
    j->len = 0;
    for (size_t k = from; k < at; k++)
        j->buf[j->len++] = text[k] == '\n' || text[k] == '\r' ? ' ' : text[k];
    j->lead = j->len;
    j->n = 0;
    j->used = 1;
}

static void add_piece(struct j55 *j, const char *text, size_t a, size_t b)
{
    j->a[j->n] = a;
    j->b[j->n] = b;
    j->at[j->n++] = j->len;
    memcpy(j->buf + j->len, text + a, b - a);
    j->len += b - a;
}

static size_t next_of(const uint8_t *p, size_t i, size_t n, int c)
{
    const uint8_t *q = memchr(p + i, c, n - i);
    return q ? (size_t)(q - p) : n;
}

/* Chains of joined literals in text. */
static int chains(anon_session_t *s, const char *text, size_t len, const size_t *dq0,
                  const size_t *sq0, struct j55 *j, const anon_finding_t *f, size_t nf,
                  struct fl *out)
{
    const uint8_t *p = (const uint8_t *)text;
    int rc = 0;
    size_t dq = *dq0, sq = *sq0; /* the next '"' and '\'' from i on (len: none) */
    for (size_t i = 0; i < len && rc >= 0; i++) {
        if (dq < i)
            dq = next_of(p, i, len, '"');
        if (sq < i)
            sq = next_of(p, i, len, '\'');
        if ((i = dq < sq ? dq : sq) >= len)
            break;
        size_t c = literal_end(p, i, len), o;
        if (!c)
            continue;
        if (!(o = joint_next(p, c, len)) || !literal_end(p, o, len)) {
            i = c;
            continue;
        }
        size_t first = i;
        /* a format string ("%s%s") heads the chain of its arguments: not a piece */
        if (memchr(p + i + 1, '%', c - i - 1)) {
            first = o;
            c = literal_end(p, o, len);
        }
        lead(text, first, j);
        add_piece(j, text, first + 1, c);
        while (j->n < J55_PIECES && (o = joint_next(p, c, len)) != 0) {
            size_t e = literal_end(p, o, len);
            if (!e)
                break;
            add_piece(j, text, o + 1, e);
            c = e;
        }
        if (j->n >= 2)
            rc = read_joined(s, text, j, f, nf, out);
        i = c;
    }
    return rc;
}

/* A block's edge: the cut at text[c] with the line break the join added after it. */
static int edge(anon_session_t *s, const char *text, size_t len, size_t c, struct j55 *j,
                const anon_finding_t *f, size_t nf, struct fl *out)
{
    size_t a = c, b = c + 1;
    while (a > 0 && c - a < J55_EDGE && text[a - 1] != '\n')
        a--;
    while (b < len && b - c - 1 < J55_EDGE && text[b] != '\n')
        b++;
    while (a < c && ((uint8_t)text[a] & 0xC0) == 0x80) /* whole characters only */
        a++;
    while (b > c + 1 && b < len && ((uint8_t)text[b] & 0xC0) == 0x80)
        b--;
    if (a == c || b == c + 1)
        return 0;
    lead(text, a, j);
    add_piece(j, text, a, c);
    add_piece(j, text, c + 1, b);
    return read_joined(s, text, j, f, nf, out);
}

static int by_start(const void *x, const void *y)
{
    const anon_finding_t *a = x, *b = y;
    return a->start < b->start ? -1 : a->start > b->start;
}

int anon_join55(anon_session_t *s, const char *text, size_t len, const size_t *cut,
                const uint8_t *sep, size_t ncut, anon_finding_t **f, size_t *nf)
{
    if (len < 8)
        return 0;
    const uint8_t *p = (const uint8_t *)text;
    size_t dq = next_of(p, 0, len, '"'), sq = next_of(p, 0, len, '\'');
    if (dq == len && sq == len && !ncut)
        return 0;
    struct j55 j;
    j.used = 0;
    struct fl add = {0};
    int rc = chains(s, text, len, &dq, &sq, &j, *f, *nf, &add);
    for (size_t k = 0; k < ncut && rc >= 0; k++)
        if (sep[k] == 1 && cut[k] < len && text[cut[k]] == '\n')
            rc = edge(s, text, len, cut[k], &j, *f, *nf, &add);
    if (j.used)
        OPENSSL_cleanse(&j, sizeof j);
    if (rc < 0 || !add.n) {
        free(add.f);
        return rc;
    }
    /* the text's own findings that overlap a piece give way */
    size_t m = 0;
    for (size_t i = 0; i < *nf; i++) {
        int hit = 0;
        for (size_t k = 0; k < add.n && !hit; k++)
            hit = (*f)[i].start < add.f[k].end && (*f)[i].end > add.f[k].start;
        if (!hit)
            (*f)[m++] = (*f)[i];
    }
    anon_finding_t *g = realloc(*f, (m + add.n) * sizeof *g);
    if (!g) {
        free(add.f);
        return ANON_ERR_NOMEM;
    }
    memcpy(g + m, add.f, add.n * sizeof *g);
    free(add.f);
    qsort(g, m + add.n, sizeof *g, by_start);
    /* two chains' pieces never overlap; a piece read twice (an edge inside a chain) once */
    size_t w = 0;
    for (size_t i = 0; i < m + add.n; i++)
        if (!w || g[i].start >= g[w - 1].end)
            g[w++] = g[i];
    *f = g;
    *nf = w;
    return 0;
}
