/* names_tables7.c: people as the cells of plain-text tables and lists that have no header word.
 *
 * A fixed-width report, a phone list on the fridge, a restaurant's bookings, a rota pasted as
 * `Name;S1;12/03`, a bank statement, a thread of posters: each line opens with a cell, then a
 * separator (two spaces or more, a tab, leader dots, " | ", ';', a dash, ": ") and columns that
 * carry digits (dates, phones, counts, amounts, a party size). Nothing names the first column,
 * so it is judged as a column: the lines of one block that share the layout are read together,
 * and their first cells are people only when three quarters have a name's form (one to five
 * capitalised or capital words, particles, `Surname, Given`, an initial) with no ordinary word
 * and no place's, firm's or venue's (nw_not_person()), and a third of those a given name some
 * lexicon knows. A table of products, cities, teams or hosts in the same layout fails on its
 * words; a column of codes never has a name's form; a column of lone words is taken as a whole
 * only when it is mostly given names. Beside the columns, shapes that say "person" by
 * themselves: a name before `(@handle)`, a name after a transfer's verb on a statement line
 * (`Gutschrift NAME`, `Virement de NAME`), an age after a full name (`X, 88, of Y`), a line of
 * two people joined by `&` that opens with a given name, given names in a household's shares
 * (`Rent 900 - Naomi 50% / Colin 50%`, `groceries 40 (Naomi)`).
 *
 * The one thing to know: the cost is one memchr() of '@' per string and, in a string with a line
 * break, one walk of its lines (their ends from the text's table, nw_line_at()); a line is looked
 * at only when it opens with a capital, a digit or a particle before a capital, and a byte loop
 * (cell_then_column()) rejects prose at its first lower-case word before any lexicon lookup.
 * (glibc's memmem() walks short needles a byte at a time: never use it for a gate here.) Nothing
 * allocates.
 */
#include "anonymize/names_internal.h"

#include <string.h>
#include <strings.h>

enum { T7_MAXROWS = 40, T7_MAXWORDS = 5, T7_MAXCELL = 64 };
enum { SEP_NONE, SEP_GAP, SEP_PIPE, SEP_SEMI, SEP_AGE, SEP_BANK, SEP_COLON };
/* a word of the cell is a lexicon name, a given name, an ordinary word too ("Edit", "Will") */
enum { LEX_NAME = 1, LEX_GIVEN = 2, LEX_COMMON = 4 };

struct row {
    size_t a, e;         /* the cell's bytes */
    unsigned char words; /* its name words (particles not counted) */
    unsigned char lex;   /* LEX_* of its words */
    unsigned char bad;   /* an ordinary word, or a place's, firm's or venue's run */
    unsigned char sep;   /* SEP_* after it */
};

/* The first place at or after from where s's text holds c0 then c1, or NULL: each c1, the rarer
 * byte of the needle ('@' of "(@"), from the text's table of c1 (h = nw_hits_of(s, c1), *hk its
 * cursor; memchr() when h is NULL), from grows from call to call. */
static const uint8_t *find2(const struct sc *s, struct nw_hits *h, size_t *hk, size_t from,
                            uint8_t c0, uint8_t c1)
{
    for (size_t q = from; q < s->len; q++) {
        q = nw_hit_from(h, s, c1, hk, q);
        if (q >= s->len)
            break;
        if (q > from && s->t[q - 1] == c0)
            return s->t + q - 1;
    }
    return NULL;
}

static int is_lower(uint8_t c)
{
    return c >= 'a' && c <= 'z';
}

/* Is the folded word f ordinary: a common word, a month or day, a label, a title, a term? */
static int ordinary(const struct sc *s, size_t a, size_t e, const char *f)
{
    if (!*f || nw_month(f) || nw_not_name(f) || nw_one_of(f, nw_days, nw_ndays))
        return 1;
    if (nw_cats(f) & (C_LABEL | C_CLOSE | C_SAL | C_HON | C_TERM | C_MONTH | C_EN | C_FIRST))
        return 1;
    unsigned lex = nw_lexicon_in(s->t, s->len, a, e);
    return (lex & (ANON_NL_COMMON | ANON_NL_COMMON_EN)) && !nw_lexname(lex);
}

/* A person's run by the pack's rejects (a firm, a place, a venue, a famous topic)? */
static int person_ok(const struct sc *s, size_t a, size_t e, size_t words)
{
    return !nw_not_person(s, a, e) && !nw_addr5_not_person(s, a, e) &&
           !nw_venue_run(s, a, e, words) && !nw_famous_topic(s, a, e);
}

/* The word of letters at i ('-' and apostrophes inside), its end or i when none. */
static size_t word_end(const uint8_t *t, size_t i, size_t lim)
{
    size_t j = i, n;
    while (j < lim) {
        if ((n = nw_letter(t + j, lim - j)) != 0)
            j += n;
        else if ((t[j] == '-' || t[j] == '\'') && j > i && j + 1 < lim &&
                 nw_letter(t + j + 1, lim - j - 1))
            j++;
        else
            break;
    }
    return j;
}

/* The name cell that opens at i (a capital there), before lim: its end, or 0. r gets the words,
 * lexicon support and rejects. Words are capitalised or capitals, one case for the cell's
 * capitalised words; lower-case particles; one initial; one comma for `Surname, Given`. */
static size_t name_cell(const struct sc *s, size_t i, size_t lim, struct row *r)
{
    const uint8_t *t = s->t;
    size_t words = 0, end = 0, a0 = i;
    int comma = 0;
    r->lex = r->bad = 0;
    if (lim - i > T7_MAXCELL)
        lim = i + T7_MAXCELL + 1;
    while (i < lim && words <= T7_MAXWORDS) {
        size_t we = word_end(t, i, lim);
        if (we == i)
            return 0;
        char b[48];
        const char *f = nw_fold_span(s, i, we, b, sizeof b);
        if (!*f)
            return 0;
        size_t up = nw_upper(t + i, lim - i);
        if (!up) {
            /* a particle inside, or opening a cell before a capital ("van der Meer, Jan") */
            if (!nw_particle(f) || (words == 0 && !(we + 1 < lim && t[we] == ' ')))
                return 0;
        } else if (we - i == up && we < lim && t[we] == '.') {
            we++; /* an initial: "G. Pellwood" */
        } else {
            /* all capitals, or a capital then lower case */
            int all = 1;
            for (size_t k = i + up; k < we; k++)
                if (is_lower(t[k]) ||
                    (t[k] >= 0xC3 && k + 1 < we && t[k + 1] >= 0xA0 && t[k] == 0xC3)) {
                    all = 0;
                    break;
                }
            if (all && we - i < 2)
                return 0;
            if (!all && (we - i < 2 || !(is_lower(t[i + up]) || t[i + up] >= 0x80)))
                return 0; /* "McX" is fine; "iOS", "ABc" are not names */
            if (!nw_particle(f) || all) {
                unsigned lex = nw_lexicon_in(t, s->len, i, we);
                if (nw_particle(f) && all) {
                    /* "VAN", "DE" in a capital cell */
                } else {
                    /* an ordinary word, or an acronym in capitals ("CI", "SV") */
                    if (ordinary(s, i, we, f) || (all && we - i <= 2))
                        r->bad = 1;
                    if (lex & (ANON_NL_COMMON | ANON_NL_COMMON_EN))
                        r->lex |= LEX_COMMON;
                    if (lex & (ANON_NL_GIVEN | ANON_NL_ATTESTED))
                        r->lex |= LEX_GIVEN;
                    else if (nw_lexname(lex))
                        r->lex |= LEX_NAME;
                    words++;
                }
            }
        }
        end = we;
        if (we + 1 < lim && t[we] == ' ' && nw_letter(t + we + 1, lim - we - 1))
            i = we + 1;
        else if (!comma && words > 0 && we + 2 < lim && t[we] == ',' && t[we + 1] == ' ' &&
                 nw_upper(t + we + 2, lim - we - 2))
            i = we + 2, comma = 1;
        else
            break;
    }
    if (!words || words > T7_MAXWORDS || end - a0 > T7_MAXCELL)
        return 0;
    r->words = (unsigned char)words;
    if (!r->bad && !person_ok(s, a0, end, words))
        r->bad = 1;
    return end;
}

/* The separator after a cell at e: its kind, *v where the next column starts. */
static int separator(const uint8_t *t, size_t e, size_t le, size_t *v)
{
    size_t k = e;
    if (k >= le)
        return SEP_NONE;
    if (t[k] == '\t') {
        while (k < le && (t[k] == '\t' || t[k] == ' '))
            k++;
        *v = k;
        return SEP_GAP;
    }
    if (t[k] == ';') {
        *v = k + 1;
        return SEP_SEMI;
    }
    if (t[k] == ':' && k + 1 < le && t[k + 1] == ' ') {
        *v = k + 2;
        return SEP_COLON;
    }
    if (t[k] == '|' || (t[k] == ' ' && k + 1 < le && t[k + 1] == '|')) {
        *v = k + (t[k] == '|' ? 1 : 2);
        return SEP_PIPE;
    }
    if (t[k] == ',' && k + 2 < le && t[k + 1] == ' ' && is_digit(t[k + 2])) {
        size_t d = k + 2;
        while (d < le && is_digit(t[d]))
            d++;
        if (d - k - 2 <= 3 && (d == le || t[d] == ',' || t[d] == ' ' || t[d] == ')')) {
            *v = k + 2;
            return SEP_AGE;
        }
        return SEP_NONE;
    }
    if (t[k] != ' ')
        return SEP_NONE;
    size_t sp = k;
    while (k < le && t[k] == ' ')
        k++;
    if (k - sp >= 2) {
        *v = k;
        return SEP_GAP;
    }
    /* leader dots (" ....... "), a dash (" - ", " – ") */
    if (k + 1 < le && t[k] == '.' && t[k + 1] == '.') {
        while (k < le && (t[k] == '.' || t[k] == ' '))
            k++;
        *v = k;
        return SEP_GAP;
    }
    if (k + 1 < le && t[k] == '-' && t[k + 1] == ' ') {
        *v = k + 2;
        return SEP_GAP;
    }
    if (k + 3 < le && t[k] == 0xE2 && t[k + 1] == 0x80 && (t[k + 2] == 0x93 || t[k + 2] == 0x94) &&
        t[k + 3] == ' ') {
        *v = k + 4;
        return SEP_GAP;
    }
    return SEP_NONE;
}

/* A time ("19:30", "9.15", "20h00") then spaces at i: where the cell starts, or i. */
static size_t time_prefix(const uint8_t *t, size_t i, size_t le)
{
    size_t k = i;
    while (k < le && k - i < 2 && is_digit(t[k]))
        k++;
    if (k == i || k + 3 >= le || (t[k] != ':' && t[k] != '.' && t[k] != 'h') ||
        !is_digit(t[k + 1]) || !is_digit(t[k + 2]))
        return i;
    k += 3;
    size_t sp = k;
    while (k < le && (t[k] == ' ' || t[k] == '\t'))
        k++;
    return k > sp ? k : i;
}

/* A date at a statement line's start ("2025-11-26", "20/09", "6 Jul", "14.03.") then spaces:
 * its end after the spaces, or 0. */
static size_t date_prefix(const uint8_t *t, size_t i, size_t le)
{
    size_t k = i;
    while (k < le && k - i < 10 && (is_digit(t[k]) || t[k] == '/' || t[k] == '.' || t[k] == '-'))
        k++;
    if (k - i < 3 && k < le && t[k] == ' ') { /* "6 Jul", "11 avr" */
        size_t m = k + 1;
        while (m < le && m - k <= 5 && nw_letter(t + m, le - m))
            m++;
        if (m - k >= 4 && m - k <= 5)
            k = m;
    }
    if (k - i < 4 || k >= le || (t[k] != ' ' && t[k] != '\t'))
        return 0;
    while (k < le && (t[k] == ' ' || t[k] == '\t'))
        k++;
    return k;
}

/* A transfer's words before the counterparty on a statement line at i: the counterparty's
 * start, or 0. Each opens the line after its date (a bank's own wording, any case). */
static size_t bank_verb(const uint8_t *t, size_t i, size_t le)
{
    static const char *const v[] = {"transfer to ",
                                    "transfer from ",
                                    "payment to ",
                                    "payment from ",
                                    "faster payment to ",
                                    "faster payment from ",
                                    "sepa credit from ",
                                    "sepa transfer to ",
                                    "standing order to ",
                                    "standing order ",
                                    "bank transfer to ",
                                    "bank transfer from ",
                                    "überweisung an ",
                                    "überweisung von ",
                                    "Überweisung an ",
                                    "Überweisung von ",
                                    "ÜBERWEISUNG AN ",
                                    "gutschrift von ",
                                    "gutschrift ",
                                    "sepa-gutschrift von ",
                                    "dauerauftrag an ",
                                    "dauerauftrag ",
                                    "lastschrift von ",
                                    "echtzeitüberweisung an ",
                                    "virement de ",
                                    "virement à ",
                                    "virement a ",
                                    "vir sepa de ",
                                    "vir sepa ",
                                    "vir inst ",
                                    "overboeking naar ",
                                    "overboeking van ",
                                    "tikkie van ",
                                    "betaalverzoek van ",
                                    "transferencia a ",
                                    "transferencia de ",
                                    "bizum de ",
                                    "bizum a ",
                                    "bonifico a ",
                                    "bonifico da ",
                                    "bonifico a favore di ",
                                    "giroconto da ",
                                    "giroconto a ",
                                    "transferência para ",
                                    "transferência de ",
                                    "mb way de ",
                                    "mb way para ",
                                    "trf para ",
                                    "trf de ",
                                    "zelle to ",
                                    "zelle from ",
                                    "venmo to ",
                                    "venmo from ",
                                    "paypal to ",
                                    "paypal from ",
                                    "prélèvement ",
                                    "betaling aan ",
                                    "incasso ",
                                    "pago a ",
                                    "pagamento a ",
                                    "pagamento para "};
    for (size_t k = 0; k < sizeof v / sizeof v[0]; k++) {
        size_t n = strlen(v[k]);
        if (n < le - i && strncasecmp((const char *)t + i, v[k], n) == 0)
            return i + n;
    }
    return 0;
}

/* The cheap test before a cell's words are looked up: within a name's length from i, only
 * letters, single spaces, '-', '\'', '.' and ',' up to a separator's byte (two spaces, a tab,
 * ';', '|') with a digit after it on the line, or up to ": " or " & ": where it stopped, or 0.
 * A line of prose fails at its first word gap. */
static size_t cell_then_column(const uint8_t *t, size_t i, size_t le)
{
    size_t lim = le - i > T7_MAXCELL + 1 ? i + T7_MAXCELL + 1 : le, k = i, spaces = 0;
    for (; k < lim; k++) {
        uint8_t c = t[k];
        if (c == '\t' || c == ';' || c == '|')
            break;
        if (c == ' ') {
            uint8_t n = k + 1 < le ? t[k + 1] : 0;
            if (n == ' ' || n == '|' || n == '.' || n == '-' || n == 0xE2)
                break;
            if (n == '&' && k + 2 < le && t[k + 2] == ' ')
                return k + 1;
            /* a name's next word is capitalised or a particle ("de", "van", "le", "zu", "ter"):
             * "Could you" is prose */
            if (n >= 'a' && n <= 'z' && n != 'd' && n != 'v' && n != 'l' && n != 't' && n != 'z')
                return 0;
            if (++spaces > T7_MAXWORDS + 2)
                return 0;
            continue;
        }
        if (c == ',' && k + 2 < le && t[k + 1] == ' ' && is_digit(t[k + 2]))
            break;
        if (c == ':' && k > i && k + 1 < le && t[k + 1] == ' ')
            return k; /* a poster's line: "Naomi: see you there" */
        if (!(c >= 0x80 || ((c | 32) >= 'a' && (c | 32) <= 'z') || c == '-' || c == '\'' ||
              c == '.' || c == ','))
            return 0;
    }
    if (k >= lim)
        return 0;
    for (const uint8_t *d = t + k; d < t + le; d++)
        if (is_digit(*d))
            return k;
    return 0;
}

static int particle_cell(const uint8_t *t, size_t ls, size_t le);

/* The row that line ls..le holds, or r->sep == SEP_NONE; *amp the " & " after a first cell. */
static void parse_row(const struct sc *s, size_t ls, size_t le, struct row *r, size_t *amp)
{
    const uint8_t *t = s->t;
    r->sep = SEP_NONE;
    if (le - ls < 6 || le - ls > 240)
        return;
    size_t i = ls, bank = 0;
    if (is_digit(t[i])) {
        size_t c = time_prefix(t, i, le);
        if (c == i) {
            size_t d = date_prefix(t, i, le);
            if (!d || !(bank = bank_verb(t, d, le)))
                return;
            c = bank;
        }
        i = c;
    }
    if (i >= le || (!nw_upper(t + i, le - i) && !particle_cell(t, i, le)))
        return;
    size_t k = 0;
    if (!bank) {
        k = cell_then_column(t, i, le);
        if (k && t[k] == '&' && i == ls)
            *amp = k - 1;
        if (!k || t[k] == '&' || (t[k] == ':' && i != ls))
            return;
    }
    size_t e = name_cell(s, i, le, r), v = e;
    if (!e && !bank) {
        /* a row of the layout whose cell is no name ("Private dining  x6", "Edit: ..."): it
         * stays in its block and counts against the column */
        e = k;
        r->words = r->lex = 0;
        r->bad = 1;
    }
    if (!e)
        return;
    int sep;
    if (bank) {
        /* the amount after one space or more, or the line's end */
        sep = e == le || t[e] == ' ' || t[e] == '\t' || t[e] == '\r' ? SEP_BANK : SEP_NONE;
        v = e;
    } else {
        sep = separator(t, e, le, &v);
    }
    if (sep == SEP_NONE)
        return;
    /* the other columns carry a digit: a date, a phone, a count, an amount (a poster's line
     * carries what it says) */
    int digit = sep == SEP_COLON;
    for (size_t d = v; d < le && !digit; d++)
        digit = is_digit(t[d]);
    if (!digit)
        return;
    r->a = i;
    r->e = e;
    r->sep = (unsigned char)sep;
}

/* The block rows[0 .. n) of one layout: its cells are people when most have a name's form and
 * no reject, and a third of those a given name some lexicon knows (a column of products or places
 * has a surname-like word now and then, seldom a given name). A lone word is a person's in a
 * column of lone words that are mostly given names, or when it is a given name itself. */
static int flush(struct sc *s, const struct row *rows, size_t n)
{
    size_t good = 0, given = 0, lone = 0, lone_gv = 0, min = 3;
    if (n == 0)
        return 0;
    for (size_t k = 0; k < n; k++) {
        if (rows[k].bad)
            continue;
        good++;
        given += (rows[k].lex & LEX_GIVEN) != 0;
        lone += rows[k].words == 1;
        /* a lone word that is an ordinary word too ("Edge", "Will") vouches for nothing */
        lone_gv += rows[k].words == 1 && (rows[k].lex & (LEX_GIVEN | LEX_COMMON)) == LEX_GIVEN;
    }
    int sep = rows[0].sep;
    if (sep == SEP_BANK || sep == SEP_AGE)
        min = 1; /* the verb or the age says person; each cell needs a lexicon name */
    if (n < min || good == 0 || good * 4 < n * 3 || given * 3 < good)
        return 0;
    /* posters' lines: a form's labels ("Name:", "Status:") are ordinary words; half of the
     * posters are given names */
    if (sep == SEP_COLON && given * 2 < good)
        return 0;
    /* notices whose other entries have lexicon names vouch for a full name that has none */
    size_t lexed = 0;
    for (size_t k = 0; k < n; k++)
        lexed += !rows[k].bad && rows[k].lex;
    int lone_col = lone * 2 > good && lone_gv * 3 >= lone * 2 && good == n;
    /* a column of lone words (stations, browsers, teams) is people as a whole, or half of its
     * words are given names and only the cells with one are taken */
    int weak = lone * 2 > good && !lone_col && sep != SEP_COLON;
    if (weak && lone_gv * 2 < lone)
        return 0;
    for (size_t k = 0; k < n; k++) {
        const struct row *r = &rows[k];
        if (r->bad || (sep == SEP_AGE && r->words < 2) ||
            (min == 1 && !r->lex && !(sep == SEP_AGE && lexed >= 2)))
            continue;
        if (weak && !(r->lex & LEX_GIVEN))
            continue;
        if (r->words == 1 &&
            ((!lone_col && !(r->lex & LEX_GIVEN)) || (sep == SEP_COLON && (r->lex & LEX_COMMON))))
            continue; /* a lone word opening a line before a colon may be a label ("Edit:") */
        int rc = s->emit(s->arg, ANON_NAMES_PERSON, r->a, r->e);
        if (rc < 0)
            return rc;
    }
    return 0;
}

static int couple_line(struct sc *s, size_t ls, size_t p, size_t le);
static int line_shares(struct sc *s, size_t ls, size_t le, uint8_t z);

/* Does the line at ls open with a Dutch, German or Romance particle before a capital ("van der
 * Meer, Jan", "de Zubiola, Rocío", "von Gmeidmayr")? A line of prose or code ("def", "das")
 * fails at the byte after the word. */
static int particle_cell(const uint8_t *t, size_t ls, size_t le)
{
    static const char *const p[] = {"van ", "von ", "de ",  "den ", "der ",  "da ",
                                    "di ",  "du ",  "dos ", "del ", "della "};
    size_t w = ls;
    while (w < le && w - ls < 6 && t[w] >= 'a' && t[w] <= 'z')
        w++;
    /* the word, one space, then a capital, an accented one or "de" of "van de" */
    if (w + 2 >= le || t[w] != ' ' || !(is_up(t[w + 1]) || t[w + 1] == 0xC3 || t[w + 1] == 'd'))
        return 0;
    for (size_t k = 0; k < sizeof p / sizeof p[0]; k++) {
        size_t n = strlen(p[k]);
        if (n + 1 < le - ls && memcmp(t + ls, p[k], n) == 0)
            return (t[ls + n] >= 'A' && t[ls + n] <= 'Z') || t[ls + n] == 0xC3 ||
                   (n == 4 && t[ls + n] == 'd' && t[ls + n + 1] == 'e'); /* "van de" */
    }
    return 0;
}

/* Every line: its row, a couple, a share; the lines of one layout in a row as a block. */
static int row_blocks(struct sc *s)
{
    const uint8_t *t = s->t;
    struct row rows[T7_MAXROWS];
    size_t n = 0;
    int rc;
    struct nw_lines *lines = nw_lines_of(s); /* the line ends the passes before found */
    for (size_t ls = 0, ln = 0; ls < s->len; ln++) {
        size_t le = nw_line_at(lines, s, ln, ls), amp = 0;
        uint8_t c = t[ls];
        struct row r;
        r.sep = SEP_NONE;
        if (ls < le && (is_up(c) || is_digit(c) || (c >= 0xC3 && c <= 0xC5) ||
                        ((c == 'v' || c == 'd') && particle_cell(t, ls, le))))
            parse_row(s, ls, le, &r, &amp);
        if (amp && (rc = couple_line(s, ls, amp, le)) < 0)
            return rc;
        if (le > ls + 4 && le - ls <= 240) {
            uint8_t z = t[le - 1] == '\r' || t[le - 1] == ' ' ? t[le - 2] : t[le - 1];
            uint8_t y = t[le - 1] == z ? t[le - 2] : t[le - 3];
            if (((z == ')' && (y >= 0x80 || (y | 32) >= 'a')) || z == '%') &&
                (rc = line_shares(s, ls, le, z)) < 0)
                return rc;
        }
        if (r.sep != SEP_NONE && n < T7_MAXROWS && (n == 0 || rows[0].sep == r.sep)) {
            rows[n++] = r;
        } else {
            if (n && (rc = flush(s, rows, n)) < 0)
                return rc;
            n = 0;
            if (r.sep != SEP_NONE)
                rows[n++] = r;
        }
        ls = le + 1;
    }
    return flush(s, rows, n);
}

/* The name before " (@handle)" at p: one to four capitalised words on its line, the ordinary
 * words that may open the line ("Thanks", "Reported") left out. */
static int handle_names(struct sc *s)
{
    const uint8_t *t = s->t;
    size_t from = 0, hk = 0;
    struct nw_hits *ats = nw_hits_of(s, '@'); /* names_chat.c's mentions found them */
    const uint8_t *h;
    while ((h = find2(s, ats, &hk, from, '(', '@')) != NULL) {
        size_t p = (size_t)(h - t);
        from = p + 2;
        if (p < 3 || t[p - 1] != ' ' || p + 3 > s->len || !is_alnum(t[p + 2]))
            continue;
        /* the words before, back to the line's start or a byte that is no letter or space */
        size_t e = p - 1, a = e, ws[T7_MAXWORDS + 1], nw = 0;
        while (a > 0 && nw <= T7_MAXWORDS) {
            size_t k = a;
            while (k > 0 && (nw_letter(t + k - 1, 1) || t[k - 1] >= 0x80 || t[k - 1] == '-' ||
                             t[k - 1] == '\'' || t[k - 1] == '.'))
                k--;
            if (k == a)
                break;
            ws[nw++] = k;
            if (k == 0 || t[k - 1] != ' ')
                break;
            a = k - 1;
        }
        /* from the word nearest the handle leftwards while each is a name word */
        size_t start = e, count = 0;
        for (size_t w = 0; w < nw; w++) {
            size_t we = w == 0 ? e : ws[w - 1] - 1;
            struct row r;
            if (!nw_upper(t + ws[w], we - ws[w]) || name_cell(s, ws[w], we, &r) != we || r.bad)
                break;
            start = ws[w];
            count++;
        }
        if (count == 0 || count > 4)
            continue;
        struct row r;
        if (name_cell(s, start, e, &r) != e || r.bad || (r.words < 2 && !(r.lex & LEX_GIVEN)))
            continue;
        int rc = s->emit(s->arg, ANON_NAMES_PERSON, start, e);
        if (rc < 0)
            return rc;
    }
    return 0;
}

/* The line ls..le is two people joined by " & " at p ("Lucía & Begoña de Olavieta", "Anke &
 * Jens"): the line opens with a lexicon given name, and the other side opens with one too or
 * holds a full name; neither side a firm ("Marks & Spencer", "Firmenprofil Johnson & Johnson"). */
static int couple_line(struct sc *s, size_t ls, size_t p, size_t le)
{
    const uint8_t *t = s->t;
    if (p + 3 >= le || t[p + 1] != '&' || t[p + 2] != ' ' || le - p > T7_MAXCELL + 3 ||
        !nw_upper(t + p + 3, le - p - 3))
        return 0;
    size_t re = le;
    while (re > p + 3 && (t[re - 1] == ' ' || t[re - 1] == '\r'))
        re--;
    struct row l, r;
    if (name_cell(s, ls, p, &l) != p || name_cell(s, p + 3, re, &r) != re || l.bad || r.bad)
        return 0;
    size_t lw = word_end(t, ls, p), rw = word_end(t, p + 3, re);
    unsigned gl = nw_lexicon_in(t, s->len, ls, lw), gr = nw_lexicon_in(t, s->len, p + 3, rw);
    int g1 = (gl & (ANON_NL_GIVEN | ANON_NL_ATTESTED)) != 0,
        g2 = (gr & (ANON_NL_GIVEN | ANON_NL_ATTESTED)) != 0;
    if (!g1 || (!g2 && r.words < 2) || nw_not_person(s, ls, re))
        return 0;
    int rc = s->emit(s->arg, ANON_NAMES_PERSON, ls, p);
    return rc < 0 ? rc : s->emit(s->arg, ANON_NAMES_PERSON, p + 3, re);
}

/* The lone capitalised word at a .. e is a given name some lexicon knows, no ordinary word. */
static int lone_given(const struct sc *s, size_t a, size_t e)
{
    struct row r;
    return e > a && nw_upper(s->t + a, e - a) && name_cell(s, a, e, &r) == e && r.words == 1 &&
           !r.bad && (r.lex & LEX_GIVEN);
}

/* A household's shares on the line ls..le (its last byte z, ')' or '%'): a lone given name in
 * brackets after an amount that closes the line ("groceries 40 (Naomi)") and the given names
 * before percentages ("Rent 900 - Naomi 50% / Colin 50%"). A shop in the brackets ("(Lidl)") is
 * no given name. */
static int line_shares(struct sc *s, size_t ls, size_t le, uint8_t z)
{
    const uint8_t *t = s->t;
    int rc;
    if (z == ')') {
        size_t e = le;
        while (e > ls && t[e - 1] != ')')
            e--;
        e--; /* the ')' */
        size_t a = e;
        while (a > ls && e - a < 32 && (nw_letter(t + a - 1, 1) || t[a - 1] >= 0x80))
            a--;
        if (a == e || a < ls + 3 || t[a - 1] != '(' || t[a - 2] != ' ' || !is_digit(t[a - 3]) ||
            !lone_given(s, a, e))
            return 0;
        return s->emit(s->arg, ANON_NAMES_PERSON, a, e);
    }
    const uint8_t *h = t + ls;
    while ((h = memchr(h, '%', (size_t)(t + le - h))) != NULL) {
        size_t p = (size_t)(h++ - t);
        /* "Naomi 50%": the word before the number */
        size_t d = p;
        while (d > ls && p - d < 4 && (is_digit(t[d - 1]) || t[d - 1] == ',' || t[d - 1] == '.'))
            d--;
        if (d == p || d < ls + 2 || t[d - 1] != ' ')
            continue;
        size_t e = d - 1, a = e;
        while (a > ls && e - a < 32 && (nw_letter(t + a - 1, 1) || t[a - 1] >= 0x80))
            a--;
        /* a share is one of two or more: a '/' or a comma before or after it */
        size_t q = p + 1;
        while (q < le && q - p < 4 && t[q] == ' ')
            q++;
        int pair = (q < le && (t[q] == '/' || t[q] == ',')) ||
                   (a >= ls + 2 && (t[a - 2] == '/' || t[a - 2] == ','));
        if (!pair || !lone_given(s, a, e))
            continue;
        if ((rc = s->emit(s->arg, ANON_NAMES_PERSON, a, e)) < 0)
            return rc;
    }
    return 0;
}

int nw_tables7_names(struct sc *s)
{
    int rc;
    if (s->len < 8)
        return 0;
    /* each pass finds its own byte by memchr() first: that is its gate */
    if ((rc = handle_names(s)) < 0)
        return rc;
    if (nw_line_at(nw_lines_of(s), s, 0, 0) >= s->len) /* no '\n': the table's line 0 */
        return 0;
    return row_blocks(s);
}
