/* names_block40.c: the addressee line of a postal block (lead, stop 40).
 *
 * A letter head, an envelope, a CV, a bank statement or a shipping label puts a person's name
 * alone on the line right above the street: "Kaen Weindling\n12 Baker Street\nLondon NW1 6XE",
 * "GIULIA DI STEFANO\nVIA DEI MILLE 142", "Ship to:\nMORSENFORD, Ocktre\n30 Station Road". The
 * scanner took such a line when the lexicon knew a word of it; an invented name left. Across the
 * tune sets, 55 of 674 persons standing above a street were missed, in nine sets of seven authors.
 *
 * This pass runs once the text's findings are resolved: for each STREET_ADDRESS finding that
 * opens its line (a unit or building part may come before it), the line above is a PERSON when
 * it holds only a name: a title, then two to four capitalised words (particles between them), or
 * "SURNAME, Given". A word that is an ordinary word and no name, a street type, a place, a brand
 * or a legal form makes the line a firm's, a building's or a department's ("Head Office",
 * "Riverside Court", "Acme Widgets Ltd", "Google Ireland"), and the line is left.
 *
 * It only adds: a text with no street finding (every PII-free text) costs one loop over its
 * findings.
 */
#include "anonymize/engine_internal.h"
#include "anonymize/names_added.h"
#include "anonymize/names_internal.h"

#include <stdlib.h>
#include <string.h>

#define MAX_LINE 96   /* bytes of a name line */
#define MAX_WORD 40   /* bytes of one of its words */
#define MAX_PREFIX 40 /* bytes before the street on its line ("Flat 12B, ", "Building C, ") */

static int capital(const uint8_t *t, size_t e, size_t i)
{
    return i < e && ((t[i] >= 'A' && t[i] <= 'Z') || nw_upper(t + i, e - i) > 1);
}

/* The end of the word at t[a ..] (letters, with '-', '\'' or U+2019 between two letters), or a. */
static size_t name_word(const uint8_t *t, size_t a, size_t e)
{
    size_t i = a;
    while (i < e) {
        size_t n = nw_letter(t + i, e - i);
        if (n) {
            i += n;
            continue;
        }
        size_t sep = (t[i] == '-' || t[i] == '\'')                                         ? 1
                     : (i + 2 < e && t[i] == 0xE2 && t[i + 1] == 0x80 && t[i + 2] == 0x99) ? 3
                                                                                           : 0;
        if (!sep || i == a || i + sep >= e || !nw_letter(t + i + sep, e - i - sep))
            break;
        i += sep;
    }
    return i;
}

/* Is the capitalised word t[a .. a+n) (folded: f) a word a person's name may hold? */
static int name_part(const uint8_t *t, size_t a, size_t n, const char *f)
{
    if (nw_legal_form(t + a, n))
        return 0; /* "Acme Ltd", "MÜLLER GMBH" */
    if (nw_trade_word(t, a + n, a))
        return 0; /* "Brasserie Lipp", "Galeries Lafayette", "Bäckerei Hofmann" */
    unsigned lx = anon_names_lexicon((const char *)t + a, n);
    int name = (lx & (ANON_NL_GIVEN | ANON_NL_NAME)) != 0;
    if ((lx & (ANON_NL_COMMON_EN | ANON_NL_COMMON)) && !name)
        return 0; /* "Head Office", "Customer Services", "Kundendienst" */
    unsigned cats = nw_cats(f);
    if (cats & (C_EN | C_FR | C_FIRST | C_UNIT | C_LOWER | C_MONTH | C_TERM | C_NOT))
        return 0; /* "Riverside Court", "Suite", "Via", "Wells Fargo Bank", "Amazon" */
    if ((nw_city_name(f) && !(lx & ANON_NL_GIVEN)) ||
        (!name && ((cats & (C_PLACE | C_LABEL | C_SAL | C_CLOSE)) || nw_brand(f, 1))))
        return 0; /* "Stadtwerke München", "Google Ireland", "Invoice", "Regards" */
    return 1;
}

/* Is the line t[ls .. le) a person's name and nothing else? Its bounds (without a title) in
 * *ns, *ne. */
static int name_line(const uint8_t *t, size_t ls, size_t le, size_t *ns, size_t *ne)
{
    while (ls < le && (t[ls] == ' ' || t[ls] == '\t'))
        ls++;
    while (le > ls &&
           (t[le - 1] == ' ' || t[le - 1] == '\t' || t[le - 1] == '\r' || t[le - 1] == ','))
        le--;
    if (le - ls < 4 || le - ls > MAX_LINE)
        return 0;
    size_t i = ls, first = SIZE_MAX, last = 0;
    int names = 0, words = 0, title = 0, comma = 0, part_last = 0;
    while (i < le) {
        size_t e = name_word(t, i, le);
        size_t n = e - i;
        if (!n || n > MAX_WORD)
            return 0;
        int dot = e < le && t[e] == '.';
        char f[MAX_WORD * 2 + 1];
        size_t fl = nw_fold((const char *)t + i, n, f, sizeof f - 1);
        if (!fl)
            return 0;
        f[fl] = '\0';
        if (!words && title < 3 && nw_honorific(f)) {
            title++; /* "Mr", "Dr.", "M.", "Frau Dr.", "dhr.", "Sig.ra" */
            if (dot)
                while (e + 1 < le && t[e + 1] >= 'a' && t[e + 1] <= 'z')
                    e++;
        } else if (dot && n == 1 && capital(t, le, i)) {
            words++; /* an initial: "J. Okafor" */
            part_last = 0;
            if (first == SIZE_MAX)
                first = i;
            last = e + 1;
        } else if (dot || n == 1) {
            return 0; /* "Acme Inc.", "Dept.", "København K" */
        } else if (!capital(t, le, i)) {
            if (!words || !nw_particle(f))
                return 0; /* an ordinary lower-case word: a sentence, a heading */
            words++;
            part_last = 1;
        } else {
            if (!name_part(t, i, n, f))
                return 0;
            names++;
            words++;
            part_last = 0;
            if (first == SIZE_MAX)
                first = i;
            last = e;
        }
        i = e + (size_t)dot;
        if (i < le && t[i] == ',') {
            if (comma || words != 1 || title)
                return 0; /* "SURNAME, Given" only */
            comma = 1;
            i++;
        }
        if (i >= le)
            break;
        if (t[i] == ' ')
            i++;
        else if (i + 1 < le && t[i] == 0xC2 && t[i + 1] == 0xA0)
            i += 2; /* a no-break space */
        else
            return 0;
        if (i < le && (t[i] == ' ' || t[i] == '\t'))
            return 0; /* columns: "Name      Street" */
    }
    if (part_last || words > 5 || names < 1 || (names < 2 && !title) || first == SIZE_MAX)
        return 0;
    if (nw_fp43_thing(t, first, last))
        return 0; /* "Torre Vasco da Gama", "Landratsamt Ebersberg" */
    *ns = first;
    *ne = last;
    return 1;
}

/* May t[ls .. s), before a street finding on its line, come before a street ("Flat 12B, ",
 * "Building C, ", "c/o ")? Not a sentence, not a label. */
static int street_prefix(const uint8_t *t, size_t ls, size_t s)
{
    if (s - ls > MAX_PREFIX)
        return 0;
    for (size_t i = ls; i < s; i++) {
        if (t[i] == ':' || t[i] == '.' || t[i] == '!' || t[i] == '?' || t[i] == '=' || t[i] == '"')
            return 0;
        if (t[i] >= 'a' && t[i] <= 'z' && (i == ls || t[i - 1] == ' ')) {
            size_t j = i;
            while (j < s && t[j] >= 'a' && t[j] <= 'z')
                j++;
            if (j - i > 3)
                return 0; /* "send it to ", "wohnt in " */
        }
    }
    return 1;
}

/* The start of the line that holds t[i] (after its '\n', or 0), looking back at most max
 * bytes; SIZE_MAX when the line starts further back (a long line holds no postal block). */
static size_t line_start(const uint8_t *t, size_t i, size_t max)
{
    size_t lo = i > max ? i - max : 0;
    while (i > lo && t[i - 1] != '\n')
        i--;
    return i == lo && i > 0 && t[i - 1] != '\n' ? SIZE_MAX : i;
}

/* Does the street's line go on past e in two columns or more (a register's row: "31 BRIDGE
 * STREET    EMEKA NWOSU    12 01 1939")? Then the line above is the table's title or header,
 * no addressee ("HSB BRF ÅSEN" above a co-op's tenant rows: street57). */
static int row_after(const uint8_t *t, size_t len, size_t e)
{
    size_t gaps = 0;
    for (size_t i = e; i < len && i - e < 160 && t[i] != '\n' && gaps < 2; i++) {
        int gap = (t[i] == ' ' && i + 1 < len && t[i + 1] == ' ') || t[i] == '\t' || t[i] == '|' ||
                  (t[i] == 0xC2 && i + 1 < len && t[i + 1] == 0xA6);
        if (!gap)
            continue;
        size_t j = i;
        while (j < len &&
               (t[j] == ' ' || t[j] == '\t' || t[j] == '|' || t[j] == 0xC2 || t[j] == 0xA6))
            j++;
        gaps += j < len && t[j] != '\n' && t[j] != '\r';
        i = j - 1;
    }
    return gaps >= 2;
}

int anon_names_addressee(const char *text, size_t len, size_t person, size_t street,
                         anon_finding_t **f, size_t *nf)
{
    const uint8_t *t = (const uint8_t *)text;
    struct nw_adds d = {0};
    for (size_t k = 0; k < *nf; k++) {
        size_t s = (*f)[k].start;
        if ((*f)[k].type != street)
            continue;
        size_t ls = line_start(t, s, MAX_PREFIX + 1);
        if (ls == SIZE_MAX || ls < 2 || !street_prefix(t, ls, s) || row_after(t, len, (*f)[k].end))
            continue;
        size_t pe = ls - 1, ps = line_start(t, pe, 2 * MAX_LINE);
        if (ps == SIZE_MAX)
            continue;
        size_t ns, ne;
        if (!name_line(t, ps, pe, &ns, &ne))
            continue;
        /* nothing on the line above is a finding yet (a person found, a phone, a firm's mail),
         * and no person stands on the two lines above it: then it is that person's firm, in a
         * letter's recipient block or a signature ("Dr Ruohan Fang\nSiemens Healthineers\n4
         * Ogunlana Drive", "Marey Blaywell\nProjectleider\nVan Lier Installatietechniek\n...") */
        size_t q = ps, c = ps >= 2 ? ps - 2 : 0;
        while (c > 0 && (t[c] == ' ' || t[c] == '\t' || t[c] == '\r'))
            c--;
        int label = ps >= 2 && t[c] == ':'; /* "Ship to:", "(72) Inventors:": the block opens */
        for (int up = 0; !label && up < 2 && q >= 2 && t[q - 2] != '\n'; up++) {
            size_t u = line_start(t, q - 1, 4 * MAX_LINE);
            q = u == SIZE_MAX ? q - 1 - 4 * MAX_LINE : u;
        }
        int held = 0;
        for (size_t j = k; j-- > 0 && (*f)[j].end > q;)
            held |= (*f)[j].start < pe && ((*f)[j].start >= ps || (*f)[j].type == person);
        if (held)
            continue;
        if (nw_adds_push(&d, person, ns, ne))
            return ANON_ERR_NOMEM;
    }
    return nw_adds_done(&d, f, nf);
}
