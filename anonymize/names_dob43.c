/* names_dob43.c: dates of birth as programs and data stores print them (branch dob43, issue 15),
 * written after a grid of birth cue x value encoding x container (gen_dob43.py) had been graded
 * and its misses grouped by encoding and container.
 *
 * Two halves:
 * - the value: an encoding table for what the date reader leaves, read at a digit run it refused:
 *   a constructor's or an array's year, month and day (`datetime.date(1987, 3, 12)`,
 *   `new Date(1987, 2, 12)`, `[1987, 3, 12]`, `=DATE(1987,3,12)`), epoch seconds and
 *   milliseconds (negative before 1970), an Excel serial, a compact `19870312`;
 * - the key: what says the value is a birth date, by the container's layout: the key before it
 *   on its line, past whatever wraps the value (`dob: ISODate("`, `"dob": {"$date": {
 *   "$numberLong": "`, `birth_date = Timestamp('`, `dob { Date.new(`, `setBirthday(`, `DATE '`,
 *   `c(`); the header cell of its column in a delimited table (psql, Gherkin, sqlite's box, CSV,
 *   a Sheets API `values` array, an INSERT's column list) or over it in an aligned one (pandas,
 *   R); the row's first cell in a transposed table; the key line above in Redis's `HGETALL`
 *   reply; a console's prompt above that asked for a birth attribute (`>>> p.dob`); a training
 *   example's entity list whose span at the value's offset is labelled a birth.
 *
 * The one thing to know: both halves are asked only where no earlier rule took the digits (a
 * date that every other test refused, or a digit run the date reader refused, screened by its
 * length), every scan is bounded (a line of 512 bytes, 16 lines up), and nothing allocates.
 */
#include <stdint.h>
#include <string.h>

#include "anonymize/names_internal.h"

/* Key forms that name a birth only as a whole key, too loose in prose for the shared list:
 * "bdate", sv "fodd", da "f_dato", ro "data_nastere", cs "dat_nar", tr "d_tarihi", pl "data_ur",
 * it "nato_il", "d_o_b", en "bornon" (a "born" with a letter after it is no birth word in prose).
 * Compared folded, '_' '-' ' ' and case ignored, the last part of a dotted path ("left.dat_nar").
 */
static const char *const key_words[] = {"bdate",   "fodd",    "fdato",  "datanastere", "datnar",
                                        "dtarihi", "dataur",  "natoil", "dob",         "bday",
                                        "fodt",    "nastere", "dn",     "bornon",      "borndate"};

/* A key written flat, its birth word after "date", "data", "fecha", "datum", "f" or "dt" with
 * nothing between ("dateofbirth", "datedenaissance", "datanascita", "fnacimiento"): not
 * "Firmengeburtstag" or "vacunación". Is t[ps .. k) such a prefix? */
static int flat_prefix(const uint8_t *t, size_t ps, size_t k)
{
    static const char *const pre[] = {"date",   "dateof", "datede",  "data",  "datadi",
                                      "datade", "fecha",  "fechade", "datum", "f",
                                      "dt",     "d",      "fec"};
    char f[8];
    if (k - ps >= sizeof f)
        return 0;
    for (size_t q = ps; q < k; q++)
        f[q - ps] = (char)(t[q] | 32);
    f[k - ps] = 0;
    for (size_t q = 0; q < sizeof pre / sizeof *pre; q++)
        if (strcmp(f, pre[q]) == 0)
            return 1;
    return 0;
}

/* Is t[a .. b) a key that names a birth: a birth word at a part's start ("date_of_birth",
 * "fechaNacimiento", "Data nascita") or one of key_words[] as the whole key? */
static int birth_key(const struct sc *s, size_t a, size_t b)
{
    const uint8_t *t = s->t;
    while (a < b && (t[a] == '"' || t[a] == '\'' || t[a] == ' ' || t[a] == '['))
        a++;
    while (b > a && (t[b - 1] == '"' || t[b - 1] == '\'' || t[b - 1] == ' ' || t[b - 1] == '\r'))
        b--;
    if (b <= a || b - a > 40)
        return 0;
    size_t ps = a; /* the current part's start */
    for (size_t k = a; k < b; k++) {
        int part =
            k == a || !is_alnum(t[k - 1]) || (is_up(t[k]) && t[k - 1] >= 'a' && t[k - 1] <= 'z');
        if (part)
            ps = k;
        size_t n = nw_birth_word_at(s, k, b);
        if (n && (part || (n >= 5 && flat_prefix(t, ps, k))))
            return 1;
    }
    char f[16];
    size_t n = 0;
    for (size_t k = a; k < b; k++) {
        if (t[k] == '.') {
            n = 0; /* the last part of a path: "left.dat_nar" */
            continue;
        }
        if (t[k] == '_' || t[k] == '-' || t[k] == ' ')
            continue;
        if (!is_alnum(t[k]) || n + 1 >= sizeof f)
            return 0;
        f[n++] = (char)(t[k] | 32);
    }
    f[n] = 0;
    for (size_t k = 0; k < sizeof key_words / sizeof *key_words; k++)
        if (strcmp(f, key_words[k]) == 0)
            return 1;
    return 0;
}

static int ident(uint8_t c)
{
    return is_alnum(c) || c == '_' || c >= 0x80;
}

/* Does the callee t[a .. k) wrap a date: a name that holds "date" or "time" (`ISODate`,
 * `Timestamp`, `numpy.datetime64`, `as.Date`, `LocalDate.of`, `to_date`), R's `c`, Elixir's
 * `~D`/`~N`/`~U`? */
static int date_wrapper(const uint8_t *t, size_t a, size_t k)
{
    if ((k - a == 1 && t[a] == 'c') || (k - a == 2 && t[a] == '~'))
        return 1;
    for (size_t q = a; q + 4 <= k; q++) {
        uint8_t c0 = t[q] | 32, c1 = t[q + 1] | 32, c2 = t[q + 2] | 32, c3 = t[q + 3] | 32;
        if ((c0 == 'd' && c1 == 'a' && c2 == 't' && c3 == 'e') ||
            (c0 == 't' && c1 == 'i' && c2 == 'm' && c3 == 'e'))
            return 1;
    }
    return 0;
}

/* ---- the key on the value's line ------------------------------------------------------------ */

/* The value starting at p, on the line from ls: walks back over what wraps it (quotes, brackets,
 * callees, Extended JSON's "$date" and "$numberLong" members, SQL's DATE '...', R's c(..., an
 * array's earlier numbers) to the key before it. 1 when that key, or a callee on the way (a
 * setter), names a birth; 0 for another key or none. */
static int line_key(const struct sc *s, size_t ls, size_t p)
{
    const uint8_t *t = s->t;
    size_t k = p;
    for (int round = 0; round < 8 && k > ls && p - k < 96; round++) {
        size_t k0 = k;
        while (k > ls && (t[k - 1] == ' ' || t[k - 1] == '"' || t[k - 1] == '\'' ||
                          t[k - 1] == '(' || t[k - 1] == '[' || t[k - 1] == '{'))
            k--;
        if (k > ls && t[k - 1] == ',' && k < k0) {
            /* an earlier element of the same list: "c(19940312, 19870312)", "[1987, 3, 12" */
            size_t q = k - 1;
            for (;;) {
                while (q > ls && p - q < 96 &&
                       (is_digit(t[q - 1]) || strchr(" ,.-/:'\"+", t[q - 1]) != NULL))
                    q--;
                if (!(q > ls && t[q - 1] == ')'))
                    break;
                size_t o = q - 1; /* an earlier call: "c(as.Date(\"...\"), as.Date(" */
                while (o > ls && p - o < 96 && t[o - 1] != '(' && t[o - 1] != ')')
                    o--;
                if (o == ls || t[o - 1] != '(')
                    break;
                q = o - 1;
                while (q > ls && (ident(t[q - 1]) || t[q - 1] == '.'))
                    q--;
            }
            if (q > ls && (t[q - 1] == '(' || t[q - 1] == '[')) {
                k = q;
                continue;
            }
            return 0;
        }
        if (k > ls && t[k - 1] == ':') { /* Extended JSON: {"$date": ..., {"$numberLong": ... */
            size_t q = k - 1;
            if (q > ls && t[q - 1] == '"')
                q--;
            size_t a = q;
            while (a > ls && is_alnum(t[a - 1]))
                a--;
            if (a > ls && a < q && t[a - 1] == '$') {
                k = a - 1;
                if (k > ls && t[k - 1] == '"')
                    k--;
                continue;
            }
        }
        if (k < k0 && k > ls && ident(t[k - 1]) &&
            (t[k] == '(' || t[k] == '[' || t[k] == '{' || t[k] == ' ' || t[k] == '\'')) {
            /* a callee or a block's key right before the value's opening */
            size_t a = k;
            while (a > ls && k - a < 48 &&
                   (ident(t[a - 1]) || t[a - 1] == '.' || t[a - 1] == '~' || t[a - 1] == ':'))
                a--;
            while (a < k && t[a] == ':')
                a++;
            if (birth_key(s, a, k))
                return 1; /* a setter or a block: "setBirthday(", "birth_date { " */
            if (t[k] != ' ' && !date_wrapper(t, a, k))
                return 0; /* another call's argument: "render(\"1982-10-22\")" */
            if (t[k] == ' ' && !(k + 1 < p && (t[k + 1] == '{' || t[k + 1] == '\'')))
                return 0; /* a word before a space, no block or SQL literal after: no wrapper */
            if (a >= ls + 4 && memcmp(t + a - 4, "new ", 4) == 0)
                a -= 4;
            if (a > ls && t[a - 1] == '=' &&
                (a == ls + 1 || t[a - 2] == '"' || t[a - 2] == ' ' || t[a - 2] == '[' ||
                 t[a - 2] == ','))
                a--; /* a sheet's formula: "=DATE(" */
            k = a;
            continue;
        }
        if (k == k0)
            break;
    }
    while (k > ls && t[k - 1] == ' ')
        k--;
    if (k == ls)
        return 0;
    uint8_t c = t[k - 1];
    if (c == '>' && k >= ls + 2 && t[k - 2] == '=')
        k--; /* Ruby's and PHP's "=>" */
    else if (c == 0x82 && k >= ls + 3 && t[k - 2] == 0x94 && t[k - 3] == 0xE2)
        k -= 2; /* '│' */
    else if (c != ':' && c != '=' && c != '|')
        return 0;
    k--;
    while (k > ls && (t[k - 1] == ' ' || t[k - 1] == '"' || t[k - 1] == '\''))
        k--;
    size_t ke = k;
    while (k > ls && ke - k < 40 && (ident(t[k - 1]) || t[k - 1] == '-' || t[k - 1] == '.'))
        k--;
    if (c == ':' && k >= ls + 2 && t[k - 1] == ' ' && (ident(t[k - 2]) || t[k - 2] == '\''))
        return 0; /* prose before a colon: "The iPod's birthday: 20180525" */
    return birth_key(s, k, ke);
}

/* ---- the header of the value's column ---------------------------------------------------------
 */

/* The cell separator of the line ls .. le: '|' (also '│'), tab, ';' (not at the line's end) or
 * ',' outside quotes, the first of these the line holds; 0 for none. */
static uint8_t separator(const uint8_t *t, size_t ls, size_t le)
{
    int q = 0, tab = 0, semi = 0, comma = 0;
    for (size_t k = ls; k < le; k++) {
        uint8_t c = t[k];
        if (c == '"')
            q = !q;
        else if (c == '|' || (c == 0xE2 && k + 2 < le && t[k + 1] == 0x94 && t[k + 2] == 0x82))
            return '|';
        else if (c == '\t')
            tab = 1;
        else if (!q && c == ';' && k + 1 < le && t[k + 1] != '\r')
            semi = 1; /* not a statement's end: "(..., 1671494400);" */
        else if (!q && c == ',')
            comma = 1;
    }
    return tab ? '\t' : semi ? ';' : comma ? ',' : 0;
}

/* Is t[k] the separator sep ('|' stands for '│' too)? Its length, or 0. */
static size_t sep_at(const uint8_t *t, size_t k, size_t le, uint8_t sep)
{
    if (t[k] == sep)
        return 1;
    if (sep == '|' && t[k] == 0xE2 && k + 2 < le && t[k + 1] == 0x94 && t[k + 2] == 0x82)
        return 3;
    return 0;
}

/* The end of the line from ls (its '\n', or the text's end), or SIZE_MAX past 512 bytes. */
static size_t line_end(const struct sc *s, size_t ls)
{
    size_t le = ls;
    while (le < s->len && s->t[le] != '\n')
        if (++le - ls > 512)
            return SIZE_MAX;
    return le;
}

/* A line that frames a table: only '-', '+', '=', ':', spaces and box-drawing characters. */
static int frame_line(const uint8_t *t, size_t ls, size_t le)
{
    int any = 0;
    for (size_t k = ls; k < le; k++) {
        uint8_t c = t[k];
        if (c == 0xE2 && k + 2 < le && t[k + 1] == 0x94) {
            k += 2;
            any = 1;
        } else if (c == '-' || c == '+' || c == '=' || c == ':') {
            any = 1;
        } else if (c != ' ' && c != '|' && c != '\r') {
            return 0;
        }
    }
    return any;
}

/* The header line over the row that starts at ls: the nearest line above (up to 16) that holds
 * no digit and is no frame; its start in *hs and end in *he, 0 when a blank line or the text's
 * start comes first. */
static int header_above(const struct sc *s, size_t ls, size_t *hs, size_t *he)
{
    const uint8_t *t = s->t;
    for (int n = 0; n < 16 && ls > 0; n++) {
        size_t le = ls - 1, b = le;
        while (b > 0 && t[b - 1] != '\n' && le - b < 512)
            b--;
        if (b > 0 && t[b - 1] != '\n')
            return 0;
        ls = b;
        size_t q = b;
        while (q < le && (t[q] == ' ' || t[q] == '\r'))
            q++;
        if (q == le)
            return 0; /* a blank line ends the table */
        int digit = 0;
        for (q = b; q < le && !digit; q++)
            digit = is_digit(t[q]);
        if (digit || frame_line(t, b, le))
            continue;
        *hs = b;
        *he = le;
        return 1;
    }
    return 0;
}

/* Is the first cell of the '|' row ls .. le one token that names a birth (a field's row in a
 * record-linkage or a transposed table)? */
static int first_cell_birth(const struct sc *s, size_t ls, size_t le)
{
    const uint8_t *t = s->t;
    size_t k = ls, w;
    while (k < le && t[k] == ' ')
        k++;
    if (k < le && (w = sep_at(t, k, le, '|')) != 0)
        k += w;
    while (k < le && t[k] == ' ')
        k++;
    size_t cs = k;
    while (k < le && t[k] != ' ' && !sep_at(t, k, le, '|'))
        if (is_digit(t[k++]))
            return 0; /* a value, not a field's name: "Born 06/05/1966 | Appointment ..." */
    size_t ke = k;
    while (k < le && t[k] == ' ')
        k++;
    return k < le && sep_at(t, k, le, '|') && birth_key(s, cs, ke); /* one token: "Born in Ulm"
                                                                         is a value too */
}

/* The value at p in a delimited row (ls .. le): the header cell with as many separators before
 * it names a birth. */
static int delimited_column(const struct sc *s, size_t ls, size_t le, size_t p, uint8_t sep)
{
    const uint8_t *t = s->t;
    unsigned idx = 0;
    int q = 0;
    for (size_t k = ls; k < p; k++) {
        if (t[k] == '"')
            q = !q;
        else if (!(q && sep != '|') && sep_at(t, k, le, sep))
            idx++;
    }
    if (idx == 0 && sep != '|' && sep != '\t' && p > ls && t[ls] != '[' && t[ls] != ' ')
        return 0; /* the first cell of a CSV row: its id or name, not a date */
    if (idx >= 1 && sep == '|' && first_cell_birth(s, ls, le))
        return 1; /* a transposed table: "| geboortedatum | =DATE(1939,8,11) | =DATE(..." */
    size_t hs, he;
    if (!header_above(s, ls, &hs, &he) || separator(t, hs, he) != sep)
        return 0;
    unsigned n = 0;
    size_t cs = hs;
    q = 0;
    for (size_t k = hs; k < he; k++) {
        size_t w;
        if (t[k] == '"') {
            q = !q;
        } else if (!(q && sep != '|') && (w = sep_at(t, k, he, sep)) != 0) {
            if (n == idx)
                return birth_key(s, cs, k);
            n++;
            cs = k + w;
            k += w - 1;
        }
    }
    return n == idx && birth_key(s, cs, he);
}

/* The column (in characters) of t[p] on the line from ls. */
static size_t column(const uint8_t *t, size_t ls, size_t p)
{
    size_t c = 0;
    for (size_t k = ls; k < p; k++)
        c += (t[k] & 0xC0) != 0x80;
    return c;
}

/* The value p .. e in a row aligned in columns (pandas, R, fixed-width reports): its cell runs
 * to two spaces either side; the header word that starts or ends in the cell's first or last
 * column names a birth. */
static int aligned_column(const struct sc *s, size_t ls, size_t le, size_t p, size_t e)
{
    const uint8_t *t = s->t;
    size_t cs = p, ce = e;
    while (cs > ls && !(t[cs - 1] == ' ' && (cs - 1 == ls || t[cs - 2] == ' ')))
        cs--;
    while (ce < le && !(t[ce] == ' ' && (ce + 1 >= le || t[ce + 1] == ' ')) && t[ce] != '\r')
        ce++;
    if ((cs == ls || cs < 2) && ce == le)
        return 0; /* a line of one cell: no table */
    size_t hs, he;
    if (!header_above(s, ls, &hs, &he))
        return 0;
    size_t c0 = column(t, ls, cs), c1 = c0 + column(t, cs, ce);
    size_t pe = cs, nx = ce; /* the row's cells before and after: a glued header
                                ("NAISSANCEENTRÉE") spans one of them */
    while (pe > ls && t[pe - 1] == ' ')
        pe--;
    while (nx < le && t[nx] == ' ')
        nx++;
    size_t pc = pe > ls ? column(t, ls, pe) : 0, nc = nx < le ? column(t, ls, nx) : SIZE_MAX;
    size_t k = hs, col = 0;
    while (k < he) {
        while (k < he && t[k] == ' ')
            k++, col++;
        size_t ws = k, wc = col;
        while (k < he && t[k] != ' ' && t[k] != '\r')
            col += (t[k++] & 0xC0) != 0x80;
        if (k == ws)
            break;
        if (wc >= c1)
            break;
        if (wc == c0 || col == c1) /* left- or right-aligned with the cell, over no other */
            return wc > pc && col < nc && birth_key(s, ws, k);
    }
    return 0;
}

/* ---- the key line above ---------------------------------------------------------------------- */

/* Redis's HGETALL reply: the value's line `4) "..."` under the key's line `3) "dob"`. */
static int reply_key(const struct sc *s, size_t ls, size_t p)
{
    const uint8_t *t = s->t;
    size_t k = ls;
    while (k < p && t[k] == ' ')
        k++;
    size_t d = k;
    while (d < p && is_digit(t[d]))
        d++;
    if (d == k || d + 2 > p || t[d] != ')' || t[d + 1] != ' ' || ls == 0)
        return 0;
    size_t le = ls - 1, b = le;
    while (b > 0 && t[b - 1] != '\n' && le - b < 128)
        b--;
    while (b < le && (t[b] == ' ' || is_digit(t[b])))
        b++;
    if (b + 3 > le || t[b] != ')' || t[b + 1] != ' ' || t[b + 2] != '"')
        return 0;
    size_t ke = le;
    while (ke > b && (t[ke - 1] == '\r' || t[ke - 1] == '"'))
        ke--;
    return birth_key(s, b + 3, ke);
}

/* A console's answer: the value's line under a prompt that asked for an attribute naming a birth
 * (">>> p.dob", "irb(main):002> u.birthday", "iex(4)> user.birth_date", "> user.birthDate"). */
static int prompt_key(const struct sc *s, size_t ls)
{
    const uint8_t *t = s->t;
    if (ls == 0)
        return 0;
    size_t le = ls - 1, b = le;
    while (b > 0 && t[b - 1] != '\n' && le - b < 128)
        b--;
    while (le > b && (t[le - 1] == '\r' || t[le - 1] == ' '))
        le--;
    size_t g = b;
    while (g < le && g - b < 24 && t[g] != '>')
        g++;
    while (g + 1 < le && t[g] == '>' && t[g + 1] == '>')
        g++; /* Python's ">>> " */
    if (g + 1 >= le || t[g] != '>' || t[g + 1] != ' ')
        return 0;
    size_t k = le;
    while (k > g && (ident(t[k - 1])))
        k--;
    return k < le && t[k - 1] == '.' && birth_key(s, k, le);
}

/* ---- a training example's entity list ------------------------------------------------------ */

/* A number in t[*k ..) with at most 6 digits, *k past it; -1 for none. */
static long small_number(const uint8_t *t, size_t le, size_t *k)
{
    size_t q = *k;
    long v = 0;
    while (q < le && q - *k < 6 && is_digit(t[q]))
        v = v * 10 + (t[q++] - '0');
    if (q == *k)
        return -1;
    *k = q;
    return v;
}

/* NER training data on one line: the value at p inside the example's text (`{"text": "...",
 * "entities": [[16, 26, "DOB"]]}`, spaCy's `("...", {"entities": [(16, 26, "DOB")]})`), its
 * offset in characters inside an entity whose label names a birth. */
static int ner_label(const struct sc *s, size_t ls, size_t p)
{
    const uint8_t *t = s->t;
    size_t ts = ls;
    while (ts < p && t[ts] == ' ')
        ts++;
    if (ts + 1 < p && t[ts] == '(' && t[ts + 1] == '"') {
        ts += 2;
    } else if (ts + 9 < p && memcmp(t + ts, "{\"text\":", 8) == 0) {
        ts += 8;
        while (ts < p && t[ts] == ' ')
            ts++;
        if (t[ts++] != '"')
            return 0;
    } else {
        return 0;
    }
    long off = 0;
    size_t k = ts;
    for (; k < p; k++, off++) {
        if (t[k] == '"')
            return 0; /* the string closed before the value */
        if (t[k] == '\\')
            k += t[k + 1] == 'u' ? 5 : 1;
        else
            while (k + 1 < p && (t[k + 1] & 0xC0) == 0x80)
                k++;
    }
    if (k != p)
        return 0;
    while (k < s->len && t[k] != '\n' && k - p < 1024 && !(t[k] == '"' && t[k - 1] != '\\'))
        k++;
    size_t le = k;
    while (le < s->len && t[le] != '\n' && le - k < 512)
        le++;
    size_t q = k;
    while (q + 10 < le && memcmp(t + q, "\"entities\"", 10) != 0)
        q++;
    if (q + 10 >= le || q - k > 64)
        return 0;
    for (q += 10; q < le; q++) {
        if (t[q] != '[' && t[q] != '(')
            continue;
        size_t r = q + 1;
        long a = small_number(t, le, &r), b;
        if (a < 0 || r + 2 >= le || t[r] != ',')
            continue;
        r += 1 + (t[r + 1] == ' ');
        if ((b = small_number(t, le, &r)) < 0 || r + 3 >= le || t[r] != ',')
            continue;
        r += 1 + (t[r + 1] == ' ');
        if (t[r] != '"' && t[r] != '\'')
            continue;
        size_t ls2 = ++r;
        while (r < le && r - ls2 < 32 && t[r] != '"' && t[r] != '\'')
            r++;
        if (off >= a && off < b)
            return birth_key(s, ls2, r);
    }
    return 0;
}

/* ---- the value and its key --------------------------------------------------------------------
 */

/* Is t[k] a cell separator: '|', '│' (its last byte), tab, ',' or ';'? */
static int cell_sep(const uint8_t *t, size_t ls, size_t k)
{
    uint8_t c = t[k];
    return c == '|' || c == '\t' || c == ',' || c == ';' ||
           (c == 0x82 && k >= ls + 2 && t[k - 1] == 0x94 && t[k - 2] == 0xE2);
}

/* Does the value at p sit in a table's cell: its word (up to 40 bytes back), or the word before
 * that ("DATE '1992-05-01'"), after a separator, two spaces or a line's indent? The cheap test
 * before a line's separators and a header are looked for: "x = 123456" in code is no cell. */
static int cell_start(const uint8_t *t, size_t ls, size_t p)
{
    size_t k = p;
    for (int round = 0; round < 2; round++) {
        while (k > ls && p - k < 40 && t[k - 1] != ' ' && !cell_sep(t, ls, k - 1))
            k--;
        if (k == ls || p - k >= 40)
            return 0;
        if (cell_sep(t, ls, k - 1) || k - 1 == ls || t[k - 2] == ' ' || cell_sep(t, ls, k - 2))
            return 1;
        k--;
    }
    return 0;
}

static int keyed(const struct sc *s, size_t p, size_t e)
{
    const uint8_t *t = s->t;
    size_t ls = nw_line_start(s, p);
    if (line_key(s, ls, p))
        return 1;
    if (!cell_start(t, ls, p))
        return reply_key(s, ls, p) || prompt_key(s, ls) || ner_label(s, ls, p);
    size_t le = line_end(s, ls);
    if (le == SIZE_MAX || e > le)
        return ner_label(s, ls, p);
    uint8_t sep = separator(t, ls, le);
    if (sep && delimited_column(s, ls, le, p, sep))
        return 1;
    return (sep != '|' && aligned_column(s, ls, le, p, e)) || reply_key(s, ls, p) ||
           prompt_key(s, ls) || ner_label(s, ls, p);
}

int nw_dob43_birth(const struct sc *s, size_t ds, size_t e)
{
    return keyed(s, ds, e);
}

int nw_dob43_key(const struct sc *s, size_t a, size_t b)
{
    return birth_key(s, a, b);
}

/* The number t[i .. d) (at most 13 digits). */
static uint64_t number(const uint8_t *t, size_t i, size_t d)
{
    uint64_t v = 0;
    while (i < d)
        v = v * 10 + (uint64_t)(t[i++] - '0');
    return v;
}

/* A year, month and day as a call's or an array's numbers from the year's digits i .. d:
 * "1987, 3, 12", "1987,3,12", "1987, 2, 12" (JavaScript's month from 0), "1987;3;12" (a formula
 * of a decimal-comma locale), hours and minutes after them ("1987, 3, 12, 0, 0"); its end, or 0. */
static size_t ymd_args(const struct sc *s, size_t i, size_t d)
{
    const uint8_t *t = s->t;
    uint64_t y = number(t, i, d);
    if (y < 1900 || y > 2030)
        return 0;
    size_t k = d;
    unsigned v[2];
    uint8_t sep = d < s->len ? t[d] : 0; /* ';' in the spreadsheets of decimal-comma locales */
    for (int a = 0; a < 2; a++) {
        if (k >= s->len || t[k] != sep)
            return 0;
        k++;
        if (k < s->len && t[k] == ' ')
            k++;
        size_t st = k;
        while (k < s->len && k - st < 3 && is_digit(t[k]))
            k++;
        if (k == st || k - st > 2)
            return 0;
        v[a] = (unsigned)number(t, st, k);
    }
    if (v[0] > 12 || v[1] < 1 || v[1] > 31)
        return 0;
    for (int a = 0;
         a < 4 && k + 2 < s->len && t[k] == ',' && (t[k + 1] == ' ' || is_digit(t[k + 1])); a++) {
        size_t st = k + 1 + (t[k + 1] == ' ');
        size_t q = st;
        while (q < s->len && q - st < 3 && is_digit(t[q]))
            q++;
        if (q == st || q - st > 2)
            break;
        k = q;
    }
    return k;
}

size_t nw_dob43_value(const struct sc *s, size_t i, size_t d, size_t *ds)
{
    const uint8_t *t = s->t;
    size_t n = d - i, e = d;
    int neg = i > 0 && t[i - 1] == '-' && (i < 2 || !ident(t[i - 2]));
    if (d < s->len && (is_alnum(t[d]) || (t[d] == '.' && d + 1 < s->len && is_digit(t[d + 1]))))
        return 0;
    if (n == 4 && d < s->len && (t[d] == ',' || (t[d] == ';' && i >= 6 && t[i - 1] == '('))) {
        if (!(e = ymd_args(s, i, d)) || (e < s->len && ident(t[e])))
            return 0;
    } else if (neg) {
        if (n < 6 || n > 13)
            return 0;
    } else if (n == 5) {
        uint64_t v = number(t, i, d);
        if (v < 10000 || v > 45999)
            return 0; /* an Excel serial of 1927 .. 2025 */
    } else if (n == 8) {
        uint64_t v = number(t, i, d), y = v / 10000, m = v / 100 % 100, dd = v % 100;
        if (y < 1900 || y > 2030 || m < 1 || m > 12 || dd < 1 || dd > 31)
            return 0;
    } else if (n == 9 || n == 10) {
        if (number(t, i, d) > 1800000000u)
            return 0; /* epoch seconds up to 2027 */
    } else if (n >= 11 && n <= 13) {
        if (number(t, i, d) > 1800000000000u)
            return 0;
    } else {
        return 0;
    }
    size_t p = neg ? i - 1 : i;
    if (!keyed(s, p, e))
        return 0;
    *ds = p;
    return e;
}
