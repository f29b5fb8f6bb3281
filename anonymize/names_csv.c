/* names_csv.c: CSV and TSV tables: a column whose header says it holds names (or births), and the
 * cells of a name column found by their shape.
 *
 * A cell is a person only in a column the header or its other cells vouch for.
 */
#include "anonymize/names_internal.h"
#include "anonymize/names_scan_internal.h"
#include "anonymize/names_h12rp.h"
#include "anonymize/names_dob17.h"
#include "anonymize/names_dob41.h"
#include "anonymize/names_precheck.h"

#include <openssl/mem.h>
#include <string.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

#define MAX_RUN 6

/* ---- CSV and TSV: a name column ---------------------------------------------------------------
 */
static int name_header(const char *h)
{
    static const char *const cols[] = {
        "achternaam",  "apellido",   "apellidos", "manager",   "assignee", "requester",
        "reporter",    "cliente",    "cognome",   "contact",   "customer", "employee",
        "family name", "first name", "firstname", "full name", "fullname", "given name",
        "last name",   "lastname",   "naam",      "nachname",  "name",     "nom",
        "nombre",      "nome",       "patient",   "prénom",    "surname",  "voornaam",
        "vorname"};
    if (NW_ONE_OF(h, cols))
        return 1;
    return 0;
}

/* A date-of-birth column: "date_of_birth", "DOB", "Geburtsdatum", "date naissance"... */
static int birth_header(const char *h)
{
    static const char *const parts[] = {"birth",     "dob",        "d.o.b",   "geburts", "geboorte",
                                        "naissance", "nacimiento", "nascita", "born",    "bday"};
    for (size_t k = 0; k < sizeof parts / sizeof parts[0]; k++)
        if (strstr(h, parts[k]))
            return 1;
    return 0;
}

/* Cell text[a .. b) without quotes and spaces. */
void trim_cell(const struct sc *s, size_t *a, size_t *b)
{
    while (*a < *b && strchr(" \"'", s->t[*a]))
        (*a)++;
    while (*b > *a && strchr(" \"'\r", s->t[*b - 1]))
        (*b)--;
}

int nw_street_value(const struct sc *s, size_t a, size_t b, int hint)
{
    const uint8_t *t = s->t;
    int letter = 0, digit = 0;
    if (hint == ANON_NAMES_HINT_ADDR_PART) {
        if (b <= a || b - a > 10)
            return 0;
        for (size_t i = a; i < b; i++) {
            uint8_t c = t[i];
            digit |= is_digit(c);
            if (!(is_alnum(c) || c == ' ' || c == '-' || c == '/') || c >= 0x80)
                return 0;
        }
        return digit;
    }
    if (b <= a || b - a < 3 || b - a > 80)
        return 0;
    for (size_t i = a; i < b; i++) {
        uint8_t c = t[i];
        if (c == '\n' || c == '@' || c == '{' || c == '<' || c == '\\' ||
            (c == ':' && i + 1 < b && t[i + 1] == '/'))
            return 0;
        letter |= (uint8_t)((c | 32) - 'a') < 26 || c >= 0x80;
    }
    static const char *const placeholders[] = {
        "n/a", "none", "null", "unknown", "string", "test",    "street", "tbd",     "undefined",
        "yes", "no",   "true", "false",   "todo",   "example", "sample", "required"};
    char f[12];
    if (b - a < sizeof f) {
        for (size_t i = a; i < b; i++)
            f[i - a] = (char)(t[i] >= 'A' && t[i] <= 'Z' ? t[i] | 32 : t[i]);
        f[b - a] = 0;
        for (size_t k = 0; k < sizeof placeholders / sizeof *placeholders; k++)
            if (strcmp(f, placeholders[k]) == 0)
                return 0;
    }
    return letter;
}

/* A value in capitals that fills a form's field when nobody is named: "UNKNOWN", "N/A" */
static int caps_placeholder(const struct sc *s, size_t a, size_t b)
{
    static const char *const ph[] = {"none", "null",  "nil",   "unknown",   "test",     "tbd",
                                     "todo", "xxx",   "anon",  "anonymous", "redacted", "undefined",
                                     "user", "admin", "guest", "sample",    "example",  "required"};
    char f[12];
    if (b - a >= sizeof f)
        return 0;
    for (size_t i = a; i < b; i++)
        f[i - a] = (char)(s->t[i] >= 'A' && s->t[i] <= 'Z' ? s->t[i] | 32 : s->t[i]);
    f[b - a] = 0;
    for (size_t k = 0; k < sizeof ph / sizeof *ph; k++)
        if (strcmp(f, ph[k]) == 0)
            return 1;
    return 0;
}

/* Is the word in capitals w[0 .. n) a legal form ("AS", "GMBH", "OY")? */
static int caps_legal_form(const uint8_t *w, size_t n)
{
    static const char *const forms[] = {
        "AS", "AB",  "APS", "OY",  "OYJ", "AG",  "KG",  "SE", "BV",  "NV",  "SA",   "SPA",  "SRL",
        "SL", "SAS", "LDA", "LTD", "LLC", "INC", "PLC", "CO", "SRO", "KFT", "GMBH", "SARL", "CORP"};
    if (n < 2 || n > 4)
        return 0;
    for (size_t k = 0; k < sizeof forms / sizeof forms[0]; k++)
        if (strlen(forms[k]) == n && memcmp(forms[k], w, n) == 0)
            return 1;
    return 0;
}

/* Is t[i] the ", " after the first word of a surname-first value ("KELLER, MARIA")? */
static int surname_comma(const struct sc *s, size_t i, size_t b, size_t words)
{
    return words == 0 && i + 2 < b && s->t[i] == ',' && s->t[i + 1] == ' ';
}

/* Is the word at w after such a comma a country or region ("PARIS, FRANCE": a place)? */
static int comma_place(const struct sc *s, const struct word *w)
{
    char buf[32];
    return (nw_cats(nw_fold_span(s, w->s, w->e, buf, sizeof buf)) & C_PLACE) != 0;
}

/* Under a key that may name a thing ("name", "customer"): two to four words in capitals whose
 * given name (the first word, or the first after a surname and its comma: "KELLER, MARIA") is one
 * of the lexicon and none an ordinary word that is no name ("MARIA KELLER", "GRACE SMITH"; not
 * "ACME WIDGET", "GRACE PERIOD", a famous person). */
int caps_name_value(const struct sc *s, size_t a, size_t b)
{
    size_t words = 0, i = a, given = 0;
    if (b <= a || b - a > 60)
        return 0;
    while (i < b) {
        struct word w;
        if (!nw_upper(s->t + i, b - i))
            return 0;
        nw_parse_word(s, i, &w);
        int comma = w.e <= b && surname_comma(s, w.e, b, words);
        if (w.shape != SH_CAPS || w.e > b || (w.e < b && s->t[w.e] != ' ' && !comma) ||
            caps_legal_form(s->t + w.s, w.e - w.s))
            return 0;
        if (comma)
            given = 1;
        else if (given && words == 1 && comma_place(s, &w))
            return 0;
        unsigned lx = nw_lexicon_in(s->t, s->len, w.s, w.e);
        if ((!nw_lexname(lx) && (lx & (ANON_NL_COMMON_EN | ANON_NL_COMMON))) ||
            (words == given && !(lx & ANON_NL_GIVEN)))
            return 0;
        words++;
        for (i = w.e + comma; i < b && s->t[i] == ' ';)
            i++;
    }
    return words >= 2 && words <= 4 && !nw_famous_run(s, a, b);
}

/* Shaped like a person's name: one to four capitalised words of letters, or words in capitals
 * (a person's field, whose exports often write "KELLER", "MARIA KELLER" or "KELLER, MARIA"), but
 * for a placeholder. */
int name_shaped(const struct sc *s, size_t a, size_t b)
{
    size_t words = 0, i = a;
    int caps = 0, comma = 0;
    if (b <= a || b - a > 60)
        return 0;
    while (i < b) {
        if (!nw_upper(s->t + i, b - i)) { /* "Fosta van Dejokamp", "de la Vega" */
            size_t e = i;
            while (e < b && e - i < 6 && s->t[e] >= 'a' && s->t[e] <= 'z')
                e++;
            char pb[8];
            if (e < b && s->t[e] == ' ' && nw_particle(nw_fold_span(s, i, e, pb, sizeof pb))) {
                i = e + 1;
                continue;
            }
        }
        if (!nw_upper(s->t + i, b - i))
            return 0;
        struct word w;
        nw_parse_word(s, i, &w);
        if ((w.shape != SH_NAME && w.shape != SH_INITIAL && w.shape != SH_CAPS) || w.e > b)
            return 0;
        if (w.shape == SH_CAPS && caps_legal_form(s->t + w.s, w.e - w.s))
            return 0; /* "Nordvik AS", "KELLER GMBH": a firm */
        caps |= w.shape == SH_CAPS;
        if (comma && words == 1 && comma_place(s, &w))
            return 0;
        if (surname_comma(s, w.e, b, words))
            comma = 1, i = w.e + 1; /* "KELLER, MARIA" */
        else
            i = w.e;
        words++;
        if (i < b && s->t[i] != ' ')
            return 0;
        while (i < b && s->t[i] == ' ')
            i++;
    }
    return words >= 1 + (size_t)comma && words <= 4 && !(caps && caps_placeholder(s, a, b));
}

/* Rows a sheet export puts above its header: a title in the first cell and nothing in the others
 * ("Kursliste;;;"), or separators alone (";;;"). The offset of the first other line (at most
 * three rows skipped), 0 when the text opens with none. */
static size_t title_rows(const uint8_t *t, size_t len)
{
    size_t ls = 0;
    for (int rows = 0; rows < 3 && ls < len; rows++) {
        const uint8_t *nl = memchr(t + ls, '\n', len - ls < 80 ? len - ls : 80);
        if (!nl)
            return rows ? ls : 0;
        size_t le = (size_t)(nl - t), e = le;
        if (e > ls && t[e - 1] == '\r')
            e--;
        uint8_t sep = e > ls ? t[e - 1] : 0;
        if (sep != ';' && sep != ',' && sep != '\t')
            return rows ? ls : 0;
        size_t k = e;
        while (k > ls && t[k - 1] == sep)
            k--;
        if (e - k < 2 || memchr(t + ls, sep, k - ls))
            return rows ? ls : 0; /* "a,b,c" is a header; "Kursliste;;;" a title */
        ls = le + 1;
    }
    return ls < len ? ls : 0;
}

/* A lower-case cell t[a .. b) under a person's column: a given name or surname alone ("galli",
 * "elisa") under a name column (one), or two words or an initial and a surname under a role's
 * column ("wickder wenwenby", "l. gasrutzbach"): its words as nw_leaks39_lower_cell() reads
 * them. */
static int lower_cell(const struct sc *s, size_t a, size_t b, int one)
{
    if (b <= a || s->t[a] < 'a' || s->t[a] > 'z' || b - a > 48)
        return 0;
    return nw_leaks39_lower_cell(s, a, b, one);
}

int csv_names(struct sc *s)
{
    const uint8_t *t = s->t;
    size_t h0 = title_rows(t, s->len < 600 ? s->len : 600), left = s->len - h0; /* the header */
    const uint8_t *nl = memchr(t + h0, '\n', left < 513 ? left : 513);
    if (!nl || nl - (t + h0) > 512)
        return 0;
    size_t eol = (size_t)(nl - t);
    /* a search for a byte the text holds nowhere (scan()'s rare bytes) finds none */
    const uint8_t *sp = nw_text_may_hold(s, NW_RB_TAB) ? memchr(t + h0, '\t', eol - h0) : NULL;
    sp = sp ? sp : memchr(t + h0, ',', eol - h0);
    sp = sp || !nw_text_may_hold(s, NW_RB_SEMI) ? sp : memchr(t + h0, ';', eol - h0);
    sp = sp || !nw_text_may_hold(s, NW_RB_BAR) ? sp : memchr(t + h0, '|', eol - h0);
    if (!sp)
        return 0;
    char sep = (char)*sp;
    /* the first cell of a header is a short label ("first name"), not a sentence: its length
     * first, so that a sentence's spaces are not counted */
    if (sp - (t + h0) > 40)
        return 0;
    size_t c0 = 0;
    for (const uint8_t *q = t + h0; q < sp; q++)
        c0 += *q == ' ';
    if (c0 > 2)
        return 0;
    /* a header row is short cells, not prose: at most one space per separator (a cell's remark
     * in brackets left out: "Date of birth (DD/MM/YYYY)", as form exports write it) */
    size_t nsep = 0, nsp = 0;
    int paren = 0;
    for (size_t k = h0; k < eol && sep; k++) {
        nsep += t[k] == (uint8_t)sep;
        paren = t[k] == '(' ? 1 : t[k] == ')' || t[k] == (uint8_t)sep ? 0 : paren;
        nsp += t[k] == ' ' && !paren;
    }
    if (!nsep || nsp > nsep || eol - h0 > 512)
        return 0;
    if (!sep)
        return 0;
    uint64_t cols = 0, dobs = 0, lcols = 0; /* name, date-of-birth and role columns */
    uint64_t barecols = 0, partcols = 0;    /* "name", "nome": a package's or a host's too */
    /* columns of a name's parts: a lone lower-case word there is a given name or a surname
     * ("galli", "elisa"); under a role ("reporter", "assignee") it is as often a handle */
    static const char *const name_parts[] = {"achternaam",  "apellido",   "apellidos", "cognome",
                                             "family name", "first name", "firstname", "given name",
                                             "last name",   "lastname",   "nachname",  "naam",
                                             "nom",         "nombre",     "nome",      "prénom",
                                             "surname",     "voornaam",   "vorname"};
    size_t col = 0, a = h0;
    static const char *const bare[] = {"name", "naam", "nom", "nombre", "nome"};
    int things = nw_thing_columns(s, h0, eol, (uint8_t)sep); /* "SKU,Name,Price" */
    for (size_t i = h0; i <= eol && col < 64; i++) {
        if (i < eol && t[i] != (uint8_t)sep)
            continue;
        size_t x = a, y = i;
        trim_cell(s, &x, &y);
        if (y > x && t[y - 1] == ')') { /* "Date of birth (age check: 18+)" */
            const uint8_t *o = memchr(t + x, '(', y - x);
            if (o && o > t + x) {
                y = (size_t)(o - t);
                trim_cell(s, &x, &y);
            }
        }
        char buf[24];
        const char *h = nw_fold_span(s, x, y, buf, sizeof buf);
        char h2[24];
        size_t k = 0;
        for (; h[k] && k + 1 < sizeof h2; k++)
            h2[k] = h[k] == '_' ? ' ' : h[k];
        h2[k] = '\0';
        int dummy = 0;
        if ((name_header(h2) || (strcmp(h2, "first name") != 0 && name_header(h))) &&
            !(things && NW_ONE_OF(h2, bare))) {
            cols |= 1ull << col;
            barecols |= (uint64_t)NW_ONE_OF(h2, bare) << col;
            partcols |= (uint64_t)NW_ONE_OF(h2, name_parts) << col;
        } else if (!things && y > x && label_text(s, x, y, 0, &dummy) == 1)
            lcols |= 1ull << col; /* "assigned_to", "relecteur": lower-case values only */
        else if (birth_header(h2))
            dobs |= 1ull << col;
        col++;
        a = i + 1;
    }
    if (!(s->kinds & (1u << ANON_NAMES_PERSON)))
        cols = lcols = 0;
    if (!(s->kinds & (1u << ANON_NAMES_DOB)))
        dobs = 0;
    if (!cols && !dobs && !lcols)
        return 0;
    /* a lone lower-case word is a person's under a given name's or surname's column, and under a
     * bare "name" only beside another name column ("cognome;nome"): "name,version\nlodash,4" */
    uint64_t onecols = __builtin_popcountll(partcols) >= 2 ? partcols : partcols & ~barecols;
    size_t ls = eol + 1;
    while (ls < s->len) {
        size_t le = ls;
        while (le < s->len && t[le] != '\n')
            le++;
        col = 0;
        a = ls;
        int quoted = 0; /* RFC 4180: "Am Markt 19, München" is one cell */
        for (size_t i = ls; i <= le && col < 64; i++) {
            if (i < le && t[i] == '"' && (sep == ',' || sep == ';'))
                quoted = !quoted;
            if (i < le && (t[i] != (uint8_t)sep || quoted))
                continue;
            size_t x = a, y = i;
            trim_cell(s, &x, &y);
            if ((((cols >> col) & 1) &&
                 (name_shaped(s, x, y) || lower_cell(s, x, y, (onecols >> col) & 1))) ||
                (((lcols >> col) & 1) && lower_cell(s, x, y, 0))) {
                if (memchr(t + x, ' ', y - x))
                    seen_add(s, x, y);
                int rc = s->emit(s->arg, ANON_NAMES_PERSON, x, y);
                if (rc < 0)
                    return rc;
            }
            size_t ds = 0, de = 0, d = x;
            while (((dobs >> col) & 1) && d < y && d - x < 16 && !is_digit(t[d]))
                d++;
            if (((dobs >> col) & 1) && d < y && (de = nw_date_at(s, d, &ds)) && ds == x &&
                de <= le && (de >= le || !is_alnum(t[de]))) {
                int rc = s->emit(s->arg, ANON_NAMES_DOB, ds, de);
                if (rc < 0)
                    return rc;
                if (de > y) { /* "March 8, 2000" in a comma-separated row: its cells are one */
                    while (i < le && i < de)
                        i++;
                    while (i < le && t[i] != (uint8_t)sep)
                        i++;
                }
            }
            col++;
            a = i + 1;
        }
        ls = le + 1;
    }
    return 0;
}
