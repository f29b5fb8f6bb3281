/* names_struct9.c: people in structured records whose keys are too short or too generic for
 * names_tables2.c's field table: a key that names a person only inside its record's shape.
 *
 *   LDIF / LDAP   `cn: Maria Keller`, `sn: Keller`, `displayName:`, `gecos: Maria Keller,,,` on
 *                 the lines of an entry (two LDIF keys at least), the cn of a DN (`dn:
 *                 cn=Maria Keller,ou=People,...`, `member: CN=...,OU=...`); `uid:` is a handle
 *                 and `cn::` base64, both left alone
 *   FHIR, JSON    `"family"`, `"given"` (a string or an array of them) and `"text"` inside one
 *                 object that holds both `"family"` and `"given"` (a HumanName); a `"name"`
 *                 given as an array of two or three name words (`["Maria", "Keller"]`)
 *   XML           `<given>` and `<family>` with the other one near (HL7 CDA), `<persName>` with
 *                 text only (TEI), `<name>` right inside `<author>`, `<contributor>`, `<editor>`
 *   LaTeX         `\author[..]{..}` and `\IEEEauthorblockN{..}`: the pieces between `\and`,
 *                 `\\`, `,` and "and", with `\thanks{}`, `\textsuperscript{}` and the like cut out
 *   rows          `1042;Keller;Maria;maria.k@...;...` (a number, two one-word cells and an e-mail
 *                 cell on the row), `7,GK,Jonas Weber` (a number and a position code), two such
 *                 rows at least
 *
 * The one thing to know: the shape is the context, so a value must still look like a name:
 * capitalised words, no digit, and where the key may hold a thing (cn, displayName, persName,
 * an author, a LaTeX piece) two words at least, none an ordinary word that is no name (`cn:
 * Marketing Team`, `\author{The ACME Team}`, `cn=Printer 3rd Floor` stay). Each walk reads
 * scan()'s byte tables (':' '=' '<') or runs one memchr() ('\\') and one line walk with a
 * first-byte test; nothing allocates. */
#include "anonymize/names_internal.h"

#include <string.h>

static int put(struct sc *s, size_t a, size_t b)
{
    return b > a && (s->kinds & (1u << ANON_NAMES_PERSON))
               ? s->emit(s->arg, ANON_NAMES_PERSON, a, b)
               : 0;
}

static void trim(const uint8_t *t, size_t *a, size_t *b)
{
    while (*a < *b && (t[*a] == ' ' || t[*a] == '\t' || t[*a] == '~'))
        ++*a;
    while (*b > *a &&
           (t[*b - 1] == ' ' || t[*b - 1] == '\t' || t[*b - 1] == '\r' || t[*b - 1] == '~'))
        --*b;
}

/* Is no capitalised word of t[a .. b) an ordinary word that is no name ("Team", "The")? With
 * strict, no ordinary word at all, a name's too ("Service", "Billing"). */
static int no_thing_word(const struct sc *s, size_t a, size_t b, int strict)
{
    const uint8_t *t = s->t;
    for (size_t i = a; i < b;) {
        size_t l = nw_letter(t + i, b - i);
        if (!l) {
            i++;
            continue;
        }
        size_t ws = i, up = nw_upper(t + i, b - i);
        while (i < b && (l = nw_letter(t + i, b - i)))
            i += l;
        if (up) {
            unsigned lx = nw_lexicon_in(t, s->len, ws, i);
            if ((strict || !nw_lexname(lx)) && (lx & (ANON_NL_COMMON_EN | ANON_NL_COMMON)))
                return 0;
        }
    }
    return 1;
}

/* A full name where the key may also hold a thing: two capitalised words, no thing word, no
 * firm or brand ("Brightline Ltd", "Billing Service"). */
static int full_name(const struct sc *s, size_t a, size_t b)
{
    return b > a && b - a <= 64 && nw_upper(s->t + a, b - a) && nw_person_value(s, a, b, 1) &&
           no_thing_word(s, a, b, 0) && !nw_kv8_thing(s, a, b);
}

/* A given name or a surname under a key that can only hold one ("sn", a HumanName's
 * "family"): one to three capitalised words or a particle's surname. */
static int part_name(const struct sc *s, size_t a, size_t b)
{
    return b > a && b - a <= 48 && nw_person_value(s, a, b, 0);
}

/* ---- LDIF ------------------------------------------------------------------------------- */
enum {
    L_DN = 1,
    L_OC = 2,
    L_CN = 4,
    L_SN = 8,
    L_GIVEN = 16,
    L_DISPLAY = 32,
    L_GECOS = 64,
    L_UID = 128,
    L_MAIL = 256,
    L_MEMBER = 512
};

static unsigned ldif_key(const uint8_t *k, size_t n)
{
    static const struct {
        const char *k;
        unsigned bit;
    } keys[] = {{"dn", L_DN},
                {"objectClass", L_OC},
                {"objectclass", L_OC},
                {"cn", L_CN},
                {"CN", L_CN},
                {"sn", L_SN},
                {"givenName", L_GIVEN},
                {"givenname", L_GIVEN},
                {"displayName", L_DISPLAY},
                {"displayname", L_DISPLAY},
                {"gecos", L_GECOS},
                {"uid", L_UID},
                {"mail", L_MAIL},
                {"member", L_MEMBER},
                {"uniqueMember", L_MEMBER}};
    for (size_t i = 0; i < sizeof keys / sizeof keys[0]; i++)
        if (strlen(keys[i].k) == n && memcmp(keys[i].k, k, n) == 0)
            return keys[i].bit;
    return 0;
}

struct lval {
    size_t a, b;
    unsigned bit;
};

/* `key: value` lines of an LDIF entry; emitted once the text shows two LDIF keys. */
static int ldif_lines(struct sc *s)
{
    const uint8_t *t = s->t;
    struct nw_hits *h = nw_hits_of(s, ':');
    struct lval v[32];
    size_t n = 0;
    unsigned seen = 0;
    for (size_t k = 0, e = nw_hit_at(h, s, ':', 0, 0); e < s->len;
         e = nw_hit_at(h, s, ':', ++k, e + 1)) {
        size_t ks = e;
        while (ks > 0 && e - ks < 13 && ((t[ks - 1] | 32) >= 'a' && (t[ks - 1] | 32) <= 'z'))
            ks--;
        if (ks == e || (ks > 0 && t[ks - 1] != '\n'))
            continue;
        unsigned bit = ldif_key(t + ks, e - ks);
        if (!bit || e + 1 >= s->len || t[e + 1] != ' ')
            continue; /* "cn::" is base64 */
        seen |= bit;
        if (!(bit & (L_CN | L_SN | L_DISPLAY | L_GECOS)) || n == 32)
            continue;
        size_t a = e + 2, b = a;
        while (b < s->len && t[b] != '\n' && b - a < 120 && !(bit == L_GECOS && t[b] == ','))
            b++;
        trim(t, &a, &b);
        v[n++] = (struct lval){a, b, bit};
    }
    unsigned keys = 0;
    for (unsigned m = seen; m; m &= m - 1)
        keys++;
    if (keys < 2 || !(seen & (L_DN | L_OC | L_SN | L_GIVEN | L_UID)))
        return 0;
    for (size_t i = 0; i < n; i++) {
        int ok = v[i].bit == L_SN ? (seen & (L_CN | L_GIVEN | L_OC)) && part_name(s, v[i].a, v[i].b)
                                  : full_name(s, v[i].a, v[i].b);
        int rc = ok ? put(s, v[i].a, v[i].b) : 0;
        if (rc < 0)
            return rc;
    }
    return 0;
}

/* `cn=Maria Keller,ou=People` (a DN: a ',' and another attribute after the value). */
static int dn_names(struct sc *s)
{
    const uint8_t *t = s->t;
    struct nw_hits *h = nw_hits_of(s, '=');
    for (size_t k = 0, e = nw_hit_at(h, s, '=', 0, 0); e < s->len;
         e = nw_hit_at(h, s, '=', ++k, e + 1)) {
        if (e < 2 || (t[e - 2] | 32) != 'c' || (t[e - 1] | 32) != 'n' ||
            (e > 2 && !strchr(" ,:\n\"'", t[e - 3])))
            continue;
        size_t a = e + 1, b = a;
        while (b < s->len && b - a < 80 && !strchr(",\n\\=\"", t[b]))
            b++;
        if (b + 4 >= s->len || t[b] != ',')
            continue;
        size_t j = b + 1; /* "ou=", "OU=", "dc=", "o=" */
        while (j < s->len && j - b < 6 && (t[j] | 32) >= 'a' && (t[j] | 32) <= 'z')
            j++;
        if (j == b + 1 || j >= s->len || t[j] != '=')
            continue;
        trim(t, &a, &b);
        int rc = full_name(s, a, b) ? put(s, a, b) : 0;
        if (rc < 0)
            return rc;
    }
    return 0;
}

/* ---- JSON HumanName ------------------------------------------------------------------------ */
/* The object around t[p]: from its '{' to its '}', no other object inside; 0 if none. */
static int object_around(const uint8_t *t, size_t len, size_t p, size_t *oa, size_t *ob)
{
    size_t a = p, b = p;
    while (a > 0 && p - a < 400 && t[a - 1] != '{' && t[a - 1] != '}')
        a--;
    if (a == 0 || t[a - 1] != '{')
        return 0;
    while (b < len && b - p < 400 && t[b] != '}' && t[b] != '{')
        b++;
    if (b >= len || t[b] != '}')
        return 0;
    *oa = a, *ob = b;
    return 1;
}

static int has_key(const uint8_t *t, size_t a, size_t b, const char *k)
{
    size_t n = strlen(k);
    for (const uint8_t *p = t + a; (p = memchr(p, '"', (size_t)(t + b - p))) != NULL; p++)
        if ((size_t)(t + b - p) > n + 1 && memcmp(p + 1, k, n) == 0 && p[n + 1] == '"')
            return 1;
    return 0;
}

/* The strings of the value after the key's ':' at e: one string, or an array of them. */
static int json_strings(struct sc *s, size_t e, size_t ob, int full)
{
    const uint8_t *t = s->t;
    size_t i = e + 1;
    while (i < ob && t[i] == ' ')
        i++;
    int arr = i < ob && t[i] == '[';
    if (arr)
        i++;
    for (;;) {
        while (i < ob && (t[i] == ' ' || t[i] == '\n' || t[i] == '\r' || t[i] == '\t'))
            i++;
        if (i >= ob || t[i] != '"')
            return 0;
        const uint8_t *q = memchr(t + i + 1, '"', ob - i - 1);
        if (!q)
            return 0;
        size_t a = i + 1, b = (size_t)(q - t);
        if (full ? full_name(s, a, b) : part_name(s, a, b)) {
            int rc = put(s, a, b);
            if (rc < 0)
                return rc;
        }
        i = b + 1;
        while (i < ob && (t[i] == ' ' || t[i] == '\n' || t[i] == '\r' || t[i] == '\t'))
            i++;
        if (!arr || i >= ob || t[i] != ',')
            return 0;
        i++;
    }
}

/* A reference's display ("Patient/17", "display": "Dr. Maria Keller"): the name after a
 * title when the reference names a person's resource. */
static int reference_display(struct sc *s, size_t oa, size_t ob, size_t e)
{
    static const char *const res[] = {"Patient/", "Practitioner/", "RelatedPerson/", "Person/"};
    const uint8_t *t = s->t;
    int person = 0;
    for (size_t k = 0; k < sizeof res / sizeof res[0] && !person; k++) {
        size_t n = strlen(res[k]);
        for (size_t i = oa; i + n < ob && !person; i++)
            person = t[i] == '"' && memcmp(t + i + 1, res[k], n) == 0;
    }
    size_t a = e + 1;
    while (a < ob && t[a] == ' ')
        a++;
    if (!person || a >= ob || t[a] != '"')
        return 0;
    const uint8_t *q = memchr(t + a + 1, '"', ob - a - 1);
    if (!q)
        return 0;
    size_t b = (size_t)(q - t), we;
    a++;
    char buf[16];
    const char *w = nw_word_after(s, a, &we, buf, sizeof buf);
    if (w && nw_honorific(w) && we < b && t[we] == '.') /* "Dr. " */
        for (a = we + 1; a < b && t[a] == ' ';)
            a++;
    return full_name(s, a, b) ? put(s, a, b) : 0;
}

/* `"name": ["Maria", "Keller"]`: a person's name given as an array of two or three strings
 * (an app's API response), each one name word or a particle's surname, none a thing word; the
 * key right before the ':' at e. (uni66) */
static int name_array_key(const uint8_t *t, size_t e)
{
    static const char *const keys[] = {"\"name\"", "\"fullName\"", "\"full_name\"", "\"names\""};
    if (e < 6 || t[e - 1] != '"' || (t[e - 2] != 'e' && t[e - 2] != 's'))
        return 0; /* most keys: one byte test */
    for (size_t k = 0; k < sizeof keys / sizeof keys[0]; k++) {
        size_t n = strlen(keys[k]);
        if (e >= n && memcmp(t + e - n, keys[k], n) == 0)
            return 1;
    }
    return 0;
}

static int name_array(struct sc *s, size_t e)
{
    const uint8_t *t = s->t;
    size_t i = e + 1, a[3], b[3], m = 0;
    while (i < s->len && t[i] == ' ')
        i++;
    if (i >= s->len || t[i] != '[')
        return 0;
    for (i++;; i++) {
        while (i < s->len && t[i] == ' ')
            i++;
        if (m == 3 || i >= s->len || t[i] != '"')
            return 0;
        size_t lim = s->len - i - 1 < 48 ? s->len - i - 1 : 48;
        const uint8_t *q = memchr(t + i + 1, '"', lim);
        if (!q)
            return 0;
        a[m] = i + 1, b[m] = (size_t)(q - t);
        size_t c = a[m]; /* past a surname's particles ("de Vries", "van der Berg") */
        while (c < b[m] && nw_forms5_particle_at(s, c)) {
            while (c < b[m] && t[c] != ' ')
                c++;
            c++;
        }
        if (c >= b[m] || !part_name(s, c, b[m]) || !no_thing_word(s, c, b[m], 0))
            return 0;
        m++;
        i = b[m - 1] + 1;
        while (i < s->len && t[i] == ' ')
            i++;
        if (i < s->len && t[i] == ']')
            break;
        if (i >= s->len || t[i] != ',')
            return 0;
    }
    if (m < 2)
        return 0;
    for (size_t k = 0; k < m; k++) {
        int rc = put(s, a[k], b[k]);
        if (rc < 0)
            return rc;
    }
    return 0;
}

static int json_names(struct sc *s)
{
    const uint8_t *t = s->t;
    struct nw_hits *h = nw_hits_of(s, ':');
    for (size_t k = 0, e = nw_hit_at(h, s, ':', 0, 0); e < s->len;
         e = nw_hit_at(h, s, ':', ++k, e + 1)) {
        size_t oa, ob;
        int full;
        if (e >= 8 && memcmp(t + e - 8, "\"family\"", 8) == 0)
            full = 0;
        else if (e >= 7 && memcmp(t + e - 7, "\"given\"", 7) == 0)
            full = 0;
        else if (e >= 6 && memcmp(t + e - 6, "\"text\"", 6) == 0)
            full = 1;
        else if (e >= 9 && memcmp(t + e - 9, "\"display\"", 9) == 0) {
            if (object_around(t, s->len, e, &oa, &ob) && has_key(t, oa, ob, "reference")) {
                int rc = reference_display(s, oa, ob, e);
                if (rc < 0)
                    return rc;
            }
            continue;
        } else {
            if (name_array_key(t, e)) {
                int rc = name_array(s, e);
                if (rc < 0)
                    return rc;
            }
            continue;
        }
        if (!object_around(t, s->len, e, &oa, &ob) || !has_key(t, oa, ob, "family") ||
            !has_key(t, oa, ob, "given"))
            continue;
        int rc = json_strings(s, e, ob, full);
        if (rc < 0)
            return rc;
    }
    return 0;
}

/* ---- XML --------------------------------------------------------------------------------- */
static int near(const uint8_t *t, size_t len, size_t p, const char *w)
{
    size_t a = p > 300 ? p - 300 : 0, b = p + 300 < len ? p + 300 : len, n = strlen(w);
    for (const uint8_t *q = t + a; (q = memchr(q, '<', (size_t)(t + b - q))) != NULL; q++)
        if ((size_t)(t + b - q) > n && memcmp(q + 1, w, n) == 0)
            return 1;
    return 0;
}

/* `<tag>` at c (the tag's name n bytes at c + 1): the text up to "</tag>", or 0. */
static int element_text(const uint8_t *t, size_t len, size_t c, size_t n, size_t *a, size_t *b)
{
    size_t i = c + 1 + n;
    if (i >= len || (t[i] != '>' && t[i] != ' '))
        return 0;
    const uint8_t *gt = memchr(t + i, '>', len - i < 120 ? len - i : 120);
    if (!gt || gt[-1] == '/')
        return 0;
    size_t x = (size_t)(gt - t) + 1, y = x;
    while (y < len && y - x < 100 && t[y] != '<')
        y++;
    if (y + 2 + n >= len || t[y] != '<' || t[y + 1] != '/' || memcmp(t + y + 2, t + c + 1, n) != 0)
        return 0;
    *a = x, *b = y;
    trim(t, a, b);
    return *b > *a;
}

static int xml_names(struct sc *s)
{
    const uint8_t *t = s->t;
    struct nw_hits *h = nw_hits_of(s, '<');
    for (size_t k = 0, c = nw_hit_at(h, s, '<', 0, 0); c < s->len;
         c = nw_hit_at(h, s, '<', ++k, c + 1)) {
        size_t r = s->len - c - 1, a, b;
        const uint8_t *p = t + c + 1;
        int ok = 0;
        if (r > 6 && memcmp(p, "given", 5) == 0 && element_text(t, s->len, c, 5, &a, &b))
            ok = near(t, s->len, c, "family") && part_name(s, a, b);
        else if (r > 7 && memcmp(p, "family", 6) == 0 && element_text(t, s->len, c, 6, &a, &b))
            ok = near(t, s->len, c, "given") && part_name(s, a, b);
        else if (r > 9 && memcmp(p, "persName", 8) == 0 && element_text(t, s->len, c, 8, &a, &b))
            ok = full_name(s, a, b);
        else if (r > 5 && memcmp(p, "name", 4) == 0 && element_text(t, s->len, c, 4, &a, &b)) {
            size_t j = c; /* "<author>" right before, blanks between */
            while (j > 0 &&
                   (t[j - 1] == ' ' || t[j - 1] == '\n' || t[j - 1] == '\t' || t[j - 1] == '\r'))
                j--;
            ok = ((j >= 8 && memcmp(t + j - 8, "<author>", 8) == 0) ||
                  (j >= 8 && memcmp(t + j - 8, "<editor>", 8) == 0) ||
                  (j >= 13 && memcmp(t + j - 13, "<contributor>", 13) == 0)) &&
                 full_name(s, a, b);
        }
        int rc = ok ? put(s, a, b) : 0;
        if (rc < 0)
            return rc;
    }
    return 0;
}

/* ---- LaTeX -------------------------------------------------------------------------------- */
/* The '}' closing the group whose '{' is at o, or 0 */
static size_t group_end(const uint8_t *t, size_t len, size_t o)
{
    int depth = 0;
    for (size_t i = o; i < len && i - o < 1500; i++) {
        if (t[i] == '\\' && i + 1 < len) {
            i++;
            continue;
        }
        depth += t[i] == '{';
        if (t[i] == '}' && --depth == 0)
            return i;
    }
    return 0;
}

/* Does t[a .. b) hold a word of an affiliation ("University", "Universität", "Institut",
 * "Department", "School", "College", "Laboratory", "Faculty")? */
static int affiliation(const struct sc *s, size_t a, size_t b)
{
    static const char *const stem[] = {"univ",   "instit", "depart",  "school", "college",
                                       "labor",  "facul",  "escuela", "scuola", "hochsch",
                                       "centre", "center", "academ"};
    for (size_t i = a; i < b; i++) {
        if (i > a && s->t[i - 1] != ' ')
            continue;
        for (size_t k = 0; k < sizeof stem / sizeof stem[0]; k++) {
            size_t n = strlen(stem[k]), j = 0;
            while (j < n && i + j < b && (s->t[i + j] | 32) == stem[k][j])
                j++;
            if (j == n)
                return 1;
        }
    }
    return 0;
}

/* A piece of a byline; aff: it opens right after a superscript, where an affiliation goes */
static int piece(struct sc *s, size_t a, size_t b, int aff)
{
    trim(s->t, &a, &b);
    return !aff && full_name(s, a, b) && !affiliation(s, a, b) ? put(s, a, b) : 0;
}

/* The pieces of a byline t[a .. b): names between separators, commands' groups cut out. */
static int byline(struct sc *s, size_t a, size_t b)
{
    const uint8_t *t = s->t;
    size_t ps = a;
    int rc, aff = 0;
    for (size_t i = a; i < b;) {
        uint8_t c = t[i];
        if (c == '\\') {
            if ((rc = piece(s, ps, i, aff)) < 0)
                return rc;
            aff = 0;
            size_t j = i + 1;
            while (j < b && ((t[j] | 32) >= 'a' && (t[j] | 32) <= 'z'))
                j++;
            if (j == i + 1)
                j++; /* "\\", "\," */
            if (j < b && t[j] == '{') {
                if ((j - i == 17 && memcmp(t + i + 1, "IEEEauthorblockN", 16) == 0) ||
                    (j - i == 7 && memcmp(t + i + 1, "textbf", 6) == 0)) {
                    j++; /* a name inside: read on */
                } else {
                    size_t g = group_end(t, b, j);
                    aff = (j - i == 16 && memcmp(t + i + 1, "textsuperscript", 15) == 0) ||
                          (j - i == 5 && memcmp(t + i + 1, "inst", 4) == 0);
                    j = g ? g + 1 : b;
                }
            }
            i = ps = j;
        } else if (strchr(",;{}\n$^*", c) ||
                   (c == 'a' && i > a && t[i - 1] == ' ' && i + 4 <= b && t[i + 1] == 'n' &&
                    t[i + 2] == 'd' && t[i + 3] == ' ')) {
            if ((rc = piece(s, ps, i, aff)) < 0)
                return rc;
            aff = c == '$' && aff; /* "$^{1}$" */
            i = ps = i + (c == 'a' ? 3 : 1);
        } else {
            i++;
        }
    }
    return piece(s, ps, b, aff);
}

static int latex_names(struct sc *s)
{
    const uint8_t *t = s->t;
    if (!nw_text_may_hold(s, NW_RB_BSLASH))
        return 0; /* no '\\' in the text: no command (names_bytes.c) */
    for (const uint8_t *p = t; (p = memchr(p, '\\', s->len - (size_t)(p - t))) != NULL;) {
        size_t i = (size_t)(p - t) + 1, r = s->len - i, o;
        p++;
        if (r > 7 && memcmp(t + i, "author", 6) == 0)
            o = i + 6;
        else if (r > 17 && memcmp(t + i, "IEEEauthorblockN", 16) == 0)
            o = i + 16;
        else
            continue;
        if (o < s->len && t[o] == '[') { /* \author[1]{...} */
            const uint8_t *q = memchr(t + o, ']', s->len - o < 16 ? s->len - o : 16);
            o = q ? (size_t)(q - t) + 1 : o;
        }
        size_t g;
        if (o >= s->len || t[o] != '{' || !(g = group_end(t, s->len, o)))
            continue;
        int rc = byline(s, o + 1, g);
        if (rc < 0)
            return rc;
        p = t + g;
    }
    return 0;
}

/* ---- rows with no header beside them --------------------------------------------------------- */
static int position_code(const uint8_t *t, size_t a, size_t b)
{
    static const char *const pos[] = {"GK",  "DF",  "MF",  "FW",  "CB", "LB", "RB", "ST", "CM",
                                      "DM",  "AM",  "LW",  "RW",  "CF", "WB", "TW", "IV", "POR",
                                      "DEF", "CEN", "DEL", "MED", "PT", "DC", "MC", "ATT"};
    for (size_t i = 0; i < sizeof pos / sizeof pos[0]; i++)
        if (strlen(pos[i]) == b - a && memcmp(pos[i], t + a, b - a) == 0)
            return 1;
    return 0;
}

/* Cells of the line t[ls .. le) split by sep: up to 8, their bounds in c; their count. */
static size_t cells(const uint8_t *t, size_t ls, size_t le, uint8_t sep, size_t c[8][2])
{
    size_t n = 0, a = ls;
    for (size_t i = ls; i <= le && n < 8; i++)
        if (i == le || t[i] == sep) {
            c[n][0] = a, c[n][1] = i;
            n++;
            a = i + 1;
        }
    return n;
}

static int one_word(const struct sc *s, size_t a, size_t b)
{
    return !memchr(s->t + a, ' ', b - a) && part_name(s, a, b);
}

/* Does t[a .. b) open with a lexicon given name ("Maria Okafor")? */
static int given_first(const struct sc *s, size_t a, size_t b)
{
    size_t we = a;
    while (we < b && s->t[we] != ' ')
        we++;
    return (nw_lexicon_in(s->t, s->len, a, we) & ANON_NL_GIVEN) != 0;
}

/* The kind of row t[ls .. le): 1 a CRM row (cells 1 and 2 one word each, an e-mail cell),
 * 2 a team sheet's (a position code, then a full name), 3 a full name in cell 1, 0 none. */
static int row_kind(const struct sc *s, size_t ls, size_t le, size_t c[8][2], size_t *nc)
{
    const uint8_t *t = s->t;
    size_t i = ls;
    while (i < le && i - ls < 9 && is_digit(t[i]))
        i++;
    if (i == ls || i >= le || (t[i] != ';' && t[i] != ',' && t[i] != '\t'))
        return 0;
    size_t n = *nc = cells(t, ls, le, t[i], c);
    for (size_t k = 1; k < n; k++)
        trim(t, &c[k][0], &c[k][1]);
    if (n >= 3 && position_code(t, c[1][0], c[1][1]))
        return nw_person_value(s, c[2][0], c[2][1], 1) ? 2 : 0;
    if (n >= 3 && memchr(t + c[1][0], ' ', c[1][1] - c[1][0]) && full_name(s, c[1][0], c[1][1]) &&
        (no_thing_word(s, c[1][0], c[1][1], 1) || given_first(s, c[1][0], c[1][1])))
        return 3; /* "1042;Maria Keller;Gold;..." */
    if (n < 4 || !one_word(s, c[1][0], c[1][1]) || !one_word(s, c[2][0], c[2][1]))
        return 0;
    for (size_t k = 3; k < n; k++)
        if (memchr(t + c[k][0], '@', c[k][1] - c[k][0]))
            return 1;
    return 0;
}

/* Rows of a kind count from two; rows of full names (kind 3) only when one of them opens
 * with a lexicon given name ("Maria Keller"), and each opens with one or holds no ordinary
 * word at all ("Billing Service" stays) */
static int row_names(struct sc *s)
{
    const uint8_t *t = s->t;
    struct nw_lines *l = nw_lines_of(s);
    size_t c[8][2], nc, rows[4] = {0, 0, 0, 0};
    int given = 0;
    for (int pass = 0; pass < 2; pass++) {
        size_t ls = 0;
        for (size_t k = 0; ls < s->len; k++) {
            size_t le = nw_line_at(l, s, k, ls);
            int kind = is_digit(t[ls]) ? row_kind(s, ls, le, c, &nc) : 0;
            if (kind && !pass) {
                rows[kind]++;
                if (kind == 3 && !given)
                    given = given_first(s, c[1][0], c[1][1]);
            } else if (kind && rows[kind] >= 2 && (kind != 3 || given)) {
                int rc = put(s, c[kind == 2 ? 2 : 1][0], c[kind == 2 ? 2 : 1][1]);
                if (rc >= 0 && kind == 1)
                    rc = put(s, c[2][0], c[2][1]);
                if (rc < 0)
                    return rc;
            }
            ls = le + 1;
        }
        if (rows[1] < 2 && rows[2] < 2 && (rows[3] < 2 || !given))
            return 0;
    }
    return 0;
}

int nw_struct9_names(struct sc *s)
{
    int rc;
    if (!(s->kinds & (1u << ANON_NAMES_PERSON)))
        return 0;
    if ((rc = ldif_lines(s)) < 0 || (rc = dn_names(s)) < 0 || (rc = json_names(s)) < 0 ||
        (rc = xml_names(s)) < 0 || (rc = latex_names(s)) < 0)
        return rc;
    return row_names(s);
}
