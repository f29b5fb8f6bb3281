/* names_fixedcols.c: the person column of a table aligned by spaces under a header row.
 *
 * A radio log (`DATE  UTC  FREQ  MODE CALL  RST  NAME  QTH`), a results sheet, a rota or a
 * `column -t` export pasted into a prompt has no '|', tab, ';' or ',' for names_tables.c to
 * split at: its columns are where the header's labels start, and a row's cell is the text that
 * starts at the same column (counted in code points), up to a run of two spaces or the next
 * label's column. A header row is a line of short labels (no digit, no punctuation of prose or
 * code, at most two single spaces inside a label, three labels or more); one of its labels, or
 * one word of a label (`MODE CALL`), must name a person's column as names_tables.c reads them
 * (nw_person_header(): `Name`, `Nom`, `Vorname`, `Spieler`, `Full name`...). The rows are the
 * lines under it (a rule line of dashes skipped) up to a blank line or the first line whose
 * cell does not start at the column. The column is people when its cells are written as people
 * (nw_cell_person(): no ordinary word, no place's or role's word): under a label that can only
 * mean a person three quarters of them; under one that may name a thing (`NAME`, `Nom`) every
 * cell but one in ten, and a third of them full names or lexicon given names, so that a column of
 * products, hosts or pods (`kubectl get pods`) stays text. A table beside a species or breed
 * column is a table of animals.
 *
 * A pandas print (`df.head()`) right-aligns its cells under an indented header: frame_at() reads
 * a row's cell as the text that ends at its label's last column (branch left50).
 *
 * The one thing to know: a line is looked at only when it opens with a letter (or, for a frame,
 * two spaces over a line that opens with index digits and two spaces), and the byte loop
 * of header_at() leaves prose at its third single space and code at its first digit or
 * punctuation byte, so a text with no such header costs one memchr per line. Nothing allocates.
 */
#include "anonymize/names_internal.h"

#include <string.h>

enum { MAXLAB = 16, MAXROWS = 64, MAXPCOL = 2 };

/* A label of the header row: its bytes and its column in code points. */
struct lab {
    size_t a, b, col;
};

static size_t cp_count(const uint8_t *t, size_t a, size_t b)
{
    size_t n = 0;
    for (size_t i = a; i < b; i++)
        n += (t[i] & 0xC0) != 0x80;
    return n;
}

/* Words of a column that says the rows are animals, not people. */
static int animal_label(const char *f)
{
    static const char *const w[] = {"species", "breed",   "rasse", "tierart", "espèce", "espece",
                                    "race",    "soort",   "ras",   "especie", "raza",   "specie",
                                    "razza",   "espécie", "raça",  "animal",  "tier",   "dier",
                                    "animale", "pet",     "art"};
    return NW_ONE_OF(f, w);
}

/* Labels of a column of people that names_tables.c's header words leave out: who took part. */
static int role_label(const char *h)
{
    static const char *const w[] = {
        "participant",  "participants", "teilnehmer", "teilnehmerin", "deelnemer",
        "participante", "partecipante", "volunteer",  "freiwillige",  "bénévole",
        "vrijwilliger", "voluntario",   "voluntaria", "volontario",   "volontaria",
        "voluntário",   "voluntária",   "attendee",   "runner",       "läufer",
        "coureur",      "loper",        "corredor",   "corridore",    "swimmer",
        "athlete",      "athlet",       "athlète",    "atleet",       "atleta"};
    if (NW_ONE_OF(h, w))
        return 2;
    return strcmp(h, "operator") == 0 || strcmp(h, "op") == 0 ? 1 : 0;
}

/* The person kind of the label t[a .. b): its fold with '_' and '-' read as spaces. */
static int label_kind(const struct sc *s, size_t a, size_t b, int *animal)
{
    char buf[40];
    const char *f = nw_fold_span(s, a, b, buf, sizeof buf);
    if (!*f)
        return 0;
    char h[40];
    size_t j = 0;
    for (; f[j] && j + 1 < sizeof h; j++)
        h[j] = f[j] == '_' || f[j] == '-' ? ' ' : f[j];
    h[j] = '\0';
    *animal |= animal_label(h);
    int k = nw_person_header(h);
    return k ? k : role_label(h);
}

/* Is the line t[ls .. le) a header row of labels aligned by spaces? Its words into w[] (each a
 * label's start when it follows two spaces), the number of labels (cells between runs of two
 * spaces) into *cells; the number of words, 0 when it is no such row. */
static size_t header_at(const uint8_t *t, size_t ls, size_t le, struct lab w[], size_t *cells)
{
    /* 1: a byte no header row holds (digits, prose and code punctuation) */
    static const uint8_t stop[128] = {
        ['0'] = 1, ['1'] = 1, ['2'] = 1, ['3'] = 1,  ['4'] = 1,  ['5'] = 1, ['6'] = 1, ['7'] = 1,
        ['8'] = 1, ['9'] = 1, ['.'] = 1, [','] = 1,  [';'] = 1,  [':'] = 1, ['!'] = 1, ['?'] = 1,
        ['('] = 1, [')'] = 1, ['['] = 1, [']'] = 1,  ['{'] = 1,  ['}'] = 1, ['='] = 1, ['<'] = 1,
        ['>'] = 1, ['@'] = 1, ['|'] = 1, ['"'] = 1,  ['\''] = 1, ['`'] = 1, ['*'] = 1, ['+'] = 1,
        ['$'] = 1, ['%'] = 1, ['&'] = 1, ['\\'] = 1, ['\t'] = 1, ['\r'] = 1};
    size_t n = 0, singles = 0, gaps = 0;
    if (le - ls < 10 || le - ls > 200)
        return 0;
    for (size_t i = ls; i < le;) {
        uint8_t c = t[i];
        if (c == ' ') {
            size_t j = i;
            while (j < le && t[j] == ' ')
                j++;
            if (j - i >= 2) {
                gaps++;
                singles = 0;
            } else if (++singles > 2) {
                return 0; /* prose: three words in one label */
            }
            i = j;
            continue;
        }
        size_t e = i;
        while (e < le && t[e] != ' ')
            if (t[e] < 0x80 && stop[t[e]])
                return 0;
            else
                e++;
        if (n == MAXLAB || e - i > 24)
            return 0;
        w[n].a = i;
        w[n].b = e;
        w[n].col = cp_count(t, ls, i);
        n++;
        i = e;
    }
    *cells = gaps + 1;
    return n >= 3 && gaps ? n : 0;
}

/* A rule line under a header: dashes, '=' and spaces only. */
static int rule_at(const uint8_t *t, size_t ls, size_t le)
{
    size_t d = 0;
    for (size_t i = ls; i < le; i++)
        if (t[i] == '-' || t[i] == '=')
            d++;
        else if (t[i] != ' ' && t[i] != '\r')
            return 0;
    return d >= 3;
}

/* The cell of the row t[ls .. le) at column col, up to two spaces or column stop: its bytes into
 * *a, *b; 0 when the row has no cell starting there. */
static int cell_at(const uint8_t *t, size_t ls, size_t le, size_t col, size_t stop, size_t *a,
                   size_t *b)
{
    size_t i = ls, c = 0;
    while (i < le && c < col) {
        c += (t[i] & 0xC0) != 0x80;
        i++;
        while (i < le && (t[i] & 0xC0) == 0x80)
            i++;
    }
    if (c != col || i >= le || t[i] == ' ' || (i > ls && t[i - 1] != ' '))
        return 0;
    size_t e = i;
    while (e < le && c < stop && !(t[e] == ' ' && e + 1 < le && t[e + 1] == ' ') && t[e] != '\r') {
        c += (t[e] & 0xC0) != 0x80;
        e++;
        while (e < le && (t[e] & 0xC0) == 0x80)
            e++;
    }
    while (e > i && t[e - 1] == ' ')
        e--;
    *a = i;
    *b = e;
    return 1;
}

/* Is the cell t[a .. b) written as a person (nw_cell_person()), and no company, place or city
 * (nw_not_person(), a lone word of the itineraries' cities)? *full: two words at least. */
static int person_cell(const struct sc *s, size_t a, size_t b, int *full)
{
    int lexn;
    if (!nw_cell_person(s, a, b, full, &lexn) || nw_not_person(s, a, b))
        return 0;
    char buf[24];
    return *full || !nw_route_city(nw_fold_span(s, a, b, buf, sizeof buf));
}

static size_t line_end(const struct sc *s, size_t ls)
{
    return nw_line_end_at(s, ls); /* names_internal.h: the text's line table */
}

/* The table whose header row is t[ls .. le): its person columns' cells emitted. The offset the
 * walk goes on from. */
static int table_at(struct sc *s, size_t ls, size_t le, size_t *resume)
{
    const uint8_t *t = s->t;
    struct lab w[MAXLAB];
    size_t cells, n = header_at(t, ls, le, w, &cells);
    *resume = le;
    if (!n)
        return 0;
    /* the person columns: a whole label ("Full name"), else one word of it ("MODE CALL") */
    size_t pcol[MAXPCOL], pstop[MAXPCOL], np = 0;
    int pkind[MAXPCOL], animal = 0;
    for (size_t k = 0; k < n;) {
        size_t e = k + 1; /* the label's words: k .. e */
        while (e < n && w[e].a == w[e - 1].b + 1)
            e++;
        int kind = label_kind(s, w[k].a, w[e - 1].b, &animal);
        size_t at = k;
        for (size_t j = k; !kind && e - k > 1 && j < e; j++)
            if ((kind = label_kind(s, w[j].a, w[j].b, &animal)) != 0)
                at = j;
        if (kind && np < MAXPCOL) {
            pcol[np] = w[at].col;
            pstop[np] = at + 1 < n ? w[at + 1].col - 1 : (size_t)-1;
            pkind[np++] = kind;
        }
        k = e;
    }
    if (!np || animal)
        return 0;
    size_t rows[MAXROWS], nr = 0, r = le < s->len ? le + 1 : s->len;
    if (r < s->len && rule_at(t, r, line_end(s, r)))
        r = line_end(s, r) + 1;
    while (r < s->len && nr < MAXROWS) {
        size_t re = line_end(s, r), a, b;
        if (re == r || !cell_at(t, r, re, pcol[0], pstop[0], &a, &b))
            break;
        rows[nr++] = r;
        r = re + 1;
    }
    *resume = nr ? rows[nr - 1] : le;
    if (nr < 2)
        return 0;
    for (size_t p = 0; p < np; p++) {
        unsigned ok = 0, strong = 0;
        for (size_t k = 0; k < nr; k++) {
            size_t re = line_end(s, rows[k]), a, b;
            int full;
            if (cell_at(t, rows[k], re, pcol[p], pstop[p], &a, &b) && person_cell(s, a, b, &full)) {
                ok++;
                strong += full || (nw_lexicon_in(t, s->len, a, b) & ANON_NL_GIVEN); /* "Sabine" */
            }
        }
        /* a label that may name a thing: every cell a person's (one in ten may be something
         * else in a long table), a third of them full names or lexicon given names */
        if (pkind[p] == 2 ? ok * 4 < nr * 3 : ok * 10 < nr * 9 || strong * 3 < nr)
            continue;
        for (size_t k = 0; k < nr; k++) {
            size_t re = line_end(s, rows[k]), a, b;
            int full;
            if (cell_at(t, rows[k], re, pcol[p], pstop[p], &a, &b) && person_cell(s, a, b, &full)) {
                int rc = s->emit(s->arg, ANON_NAMES_PERSON, a, b);
                if (rc < 0)
                    return rc;
            }
        }
    }
    return 0;
}

/* The byte of the row t[ls .. le) where its code point col starts (le when the row ends right
 * there), or (size_t)-1 when the row is shorter. */
static size_t byte_at_col(const uint8_t *t, size_t ls, size_t le, size_t col)
{
    size_t i = ls, c = 0;
    while (i < le && c < col) {
        c += (t[i] & 0xC0) != 0x80;
        i++;
        while (i < le && (t[i] & 0xC0) == 0x80)
            i++;
    }
    return c == col ? i : (size_t)-1;
}

/* The right-aligned cell of a frame's row t[ls .. le) that ends at code point col: its bytes
 * into *a, *b (it starts after a run of two spaces); 0 when no cell ends there. */
static int cell_ending(const uint8_t *t, size_t ls, size_t le, size_t col, size_t *a, size_t *b)
{
    size_t e = byte_at_col(t, ls, le, col);
    if (e == (size_t)-1 || e <= ls + 2 || t[e - 1] == ' ' ||
        (e < le && t[e] != ' ' && t[e] != '\r'))
        return 0;
    size_t i = e;
    while (i > ls && !(t[i - 1] == ' ' && i - 1 > ls && t[i - 2] == ' '))
        i--;
    if (i <= ls)
        return 0; /* the index column */
    *a = i;
    *b = e;
    return 1;
}

/* The row at r opens with a frame's index: digits, then two spaces at least. */
static int index_gap(const uint8_t *t, size_t r, size_t len)
{
    size_t q = r;
    while (q < len && q - r < 8 && is_digit(t[q]))
        q++;
    return q + 1 < len && t[q] == ' ' && t[q + 1] == ' ';
}

/* A pandas print (`df.head()`, `print(df)`, branch left50): the header row is indented over the
 * index column and every cell is right-aligned, so a row's cell ends where its label ends. The
 * rows open with their index (no space); the person columns are chosen and judged as table_at()
 * does. */
static int frame_at(struct sc *s, size_t ls, size_t le, size_t *resume)
{
    const uint8_t *t = s->t;
    struct lab w[MAXLAB];
    size_t cells, n = header_at(t, ls, le, w, &cells);
    *resume = le;
    if (!n || le >= s->len)
        return 0;
    size_t pend[MAXPCOL], np = 0;
    int pkind[MAXPCOL], animal = 0;
    for (size_t k = 0; k < n;) {
        size_t e = k + 1;
        while (e < n && w[e].a == w[e - 1].b + 1)
            e++;
        int kind = label_kind(s, w[k].a, w[e - 1].b, &animal);
        if (kind && np < MAXPCOL) {
            pend[np] = cp_count(t, ls, w[e - 1].b);
            pkind[np++] = kind;
        }
        k = e;
    }
    if (!np || animal)
        return 0;
    size_t rows[MAXROWS], nr = 0, r = le + 1;
    while (r < s->len && nr < MAXROWS && t[r] != ' ' && t[r] != '\n') {
        size_t re = line_end(s, r), a, b;
        if (!cell_ending(t, r, re, pend[0], &a, &b))
            break;
        rows[nr++] = r;
        r = re + 1;
    }
    *resume = nr ? rows[nr - 1] : le;
    if (nr < 2)
        return 0;
    for (size_t p = 0; p < np; p++) {
        unsigned ok = 0, strong = 0;
        for (size_t k = 0; k < nr; k++) {
            size_t a, b;
            int full;
            if (cell_ending(t, rows[k], line_end(s, rows[k]), pend[p], &a, &b) &&
                person_cell(s, a, b, &full)) {
                ok++;
                strong += full || (nw_lexicon_in(t, s->len, a, b) & ANON_NL_GIVEN);
            }
        }
        if (pkind[p] == 2 ? ok * 4 < nr * 3 : ok * 10 < nr * 9 || strong * 3 < nr)
            continue;
        for (size_t k = 0; k < nr; k++) {
            size_t a, b;
            int full;
            if (cell_ending(t, rows[k], line_end(s, rows[k]), pend[p], &a, &b) &&
                person_cell(s, a, b, &full)) {
                int rc = s->emit(s->arg, ANON_NAMES_PERSON, a, b);
                if (rc < 0)
                    return rc;
            }
        }
    }
    return 0;
}

int nw_fixed_columns(struct sc *s)
{
    const uint8_t *t = s->t;
    size_t len = s->len;
    if (len < 24 || nw_line_end_at(s, 0) >= len) /* one line: no table */
        return 0;
    for (size_t ls = 0; ls < len;) {
        size_t le = line_end(s, ls);
        uint8_t c = t[ls];
        if (le > ls + 10 && ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c >= 0xC3)) {
            size_t next;
            int rc = table_at(s, ls, le, &next);
            if (rc < 0)
                return rc;
            le = next > le ? line_end(s, next) : le;
        } else if (c == ' ' && le > ls + 10 && le + 3 < len && t[ls + 1] == ' ' &&
                   is_digit(t[le + 1]) && index_gap(t, le + 1, len)) {
            size_t next; /* a pandas frame: an indented header over index digits */
            int rc = frame_at(s, ls, le, &next);
            if (rc < 0)
                return rc;
            le = next > le ? line_end(s, next) : le;
        }
        ls = le + 1;
    }
    return 0;
}
