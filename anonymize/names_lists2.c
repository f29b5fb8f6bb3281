/* names_lists2.c: people in lists whose names the roster pass (names_rosters.c) does not take
 * because they are written in capitals, in lower case or are unknown to every lexicon:
 *  - a contact list: three lines or more in a row, each (after a bullet or a number) a name of
 *    two words or more, a separator (a dash, a colon, a comma, a tab) and a personal value (a
 *    number or a date, an address, an e-mail, or "?" for a value still missing). The values make
 *    the list one of people, so the names may be in any case (a Markdown table's row is read
 *    the same way: its first cell, "Keller, Anna" too);
 *  - an action's owners: a bullet line that opens with one or two lone words and a colon ("- Anna
 *    & Jorek: book the hall"), each word the first word of a full name elsewhere in the text
 *    listed under a roster label ("Present: ANNA KELLER, Jorek Vlam"), so a topic ("- Budget:
 *    ...") or a changelog's field ("* Build-Depends: ...") stays text;
 *  - a roster label's items wholly in capitals or in lower case ("Present: KIVAN HAYMCOMBE");
 *  - a register's entry: a name opening its line before a rite's verb ("X was baptised on");
 *  - a cleric's title between a person label and a name ("Celebrant: Fr. Horham", "Zelebrant:
 *    Pfr. Krüger", "Celebrante: P. Ramírez Hernández").
 * The one thing to know: every word of a name is checked against the lexicons' ordinary words,
 * months, labels and the company, venue and place rejects, so a list of products, rooms or firms
 * in the same layout stays text. Each shape is looked for at a line's start; nothing allocates.
 */
#include "anonymize/names_internal.h"

#include <string.h>
#include <strings.h>

enum { L2_MIN_LINES = 3, L2_MAX = 32 };

static int lo(uint8_t c)
{
    return c >= 'a' && c <= 'z';
}

/* A letter of a name: ASCII letters and any byte of a multi-byte character that is no dash or
 * quote (U+2010..U+201F and U+2022 open with E2 80). */
static size_t letter_len(const uint8_t *t, size_t i, size_t lim)
{
    uint8_t c = t[i];
    if (lo(c) || is_up(c))
        return 1;
    if (c == 0xC3 && i + 1 < lim)
        return t[i + 1] == 0x97 || t[i + 1] == 0xB7 ? 0 : 2; /* not '×' or '÷' */
    if ((c == 0xC4 || c == 0xC5) && i + 1 < lim)
        return 2;
    return 0;
}

static size_t line_end(const struct sc *s, size_t i)
{
    return nw_line_end_at(s, i); /* names_internal.h: the text's line table */
}

/* Past a list's bullet or number at i ("- ", "* ", "• ", "3. ", "12) "). */
static size_t skip_bullet_rest(const struct sc *s, size_t i, size_t le, int *had)
{
    const uint8_t *t = s->t;
    *had = 0;
    i = nw_skip_blanks(t, i, le); /* a code line's indent eight spaces a step (ag61) */
    if (i + 1 < le && t[i] == '|' && t[i + 1] == ' ')
        i += 2; /* a Markdown table's row: its first cell */
    else if (i + 1 < le && (t[i] == '-' || t[i] == '*' || t[i] == '+') && t[i + 1] == ' ')
        i += 2, *had = 1;
    else if (i + 3 < le && t[i] == 0xE2 && t[i + 1] == 0x80 && t[i + 2] == 0xA2 && t[i + 3] == ' ')
        i += 4, *had = 1;
    else if (i + 2 < le && is_digit(t[i])) {
        size_t j = i;
        while (j < le && j - i < 3 && is_digit(t[j]))
            j++;
        if (j + 1 < le && (t[j] == '.' || t[j] == ')') && t[j + 1] == ' ')
            i = j + 2, *had = 1;
    }
    while (i < le && t[i] == ' ')
        i++;
    return i;
}

/* skip_bullet_rest() inline where it returns at once: at a line's end or before any byte that
 * opens no indent, table cell, bullet or number (most lines of prose open with a letter). The
 * passes call it once a line each, three times over every line of a text. */
static inline size_t skip_bullet(const struct sc *s, size_t i, size_t le, int *had)
{
    if (i >= le) {
        *had = 0;
        return i;
    }
    uint8_t c = s->t[i];
    if (c != ' ' && c != '\t' && c != '|' && c != '-' && c != '*' && c != '+' && c != 0xE2 &&
        !is_digit(c)) {
        *had = 0;
        return i;
    }
    return skip_bullet_rest(s, i, le, had);
}

/* The lines of one text as contact_lines(), action_owners() and rite_entries() read them, each
 * from its start: the line's end and its words' start past a bullet (skip_bullet()). The first
 * of them to read line k fills slot k, the others reuse it: one memchr() and one skip_bullet() a
 * line instead of three. Lines past the first L2_LINES are computed each time, as before. */
enum { L2_LINES = 128 };
struct l2lines {
    struct nw_lines *shared; /* the text's line ends (nw_lines_of()), or NULL */
    size_t n;
    size_t le[L2_LINES], i[L2_LINES];
    unsigned char had[L2_LINES];
};

/* Line k of the text, which starts at ls: its end; *i its words' start and *had whether a bullet
 * or a number opens it, as skip_bullet() says. The passes ask for k = 0, 1, 2 ... in order. */
static inline size_t line_at(const struct sc *s, struct l2lines *L, size_t k, size_t ls, size_t *i,
                             int *had)
{
    if (k < L->n) {
        *i = L->i[k];
        *had = L->had[k];
        return L->le[k];
    }
    size_t le = nw_line_at(L->shared, s, k, ls); /* names_rosters.c found it first */
    *i = skip_bullet(s, ls, le, had);
    if (k == L->n && k < L2_LINES) {
        L->le[k] = le;
        L->i[k] = *i;
        L->had[k] = (unsigned char)*had;
        L->n++;
    }
    return le;
}

/* Is the word t[a .. e) ordinary (a common word, a month, a label, a title, a term) in any case?
 * Particles ("van", "de", "DA") are asked for separately. */
static int ordinary_word(const struct sc *s, size_t a, size_t e)
{
    char b[48];
    const char *f = nw_fold_span(s, a, e, b, sizeof b);
    if (!*f || nw_month(f) || nw_not_name(f))
        return 1;
    if (nw_cats(f) & (C_LABEL | C_CLOSE | C_SAL | C_HON | C_TERM | C_MONTH | C_EN | C_FIRST))
        return 1;
    unsigned lex = nw_lexicon_in(s->t, s->len, a, e);
    return (lex & (ANON_NL_COMMON | ANON_NL_COMMON_EN)) && !nw_lexname(lex);
}

/* A name of any case at i before lim: two to five words of letters ('-' and '\'' inside one), one
 * space between them, particles in lower case or capitals among them. Its end, or 0. */
static size_t any_case_name(const struct sc *s, size_t i, size_t lim, size_t min_words)
{
    const uint8_t *t = s->t;
    size_t words = 0, end = 0;
    int cases = 0;
    char b[16];
    while (i < lim && words < 6) {
        size_t a = i, n;
        while (i < lim &&
               ((n = letter_len(t, i, lim)) != 0 || ((t[i] == '-' || t[i] == '\'') && i > a &&
                                                     i + 1 < lim && letter_len(t, i + 1, lim))))
            i += n ? n : 1;
        if (i == a)
            return 0;
        const char *f = nw_fold_span(s, a, i, b, sizeof b);
        int part = nw_particle(f);
        if (!part || words == 0) {
            if (!part && (i - a < 2 || ordinary_word(s, a, i)))
                return 0;
            /* a name keeps one case: all lower case, or capitals and capitalised words ("case
             * RTZ" is code) */
            int low = lo(t[a]) ? 1 : 2;
            if (!part && cases && cases != low)
                return 0;
            cases = part ? cases : low;
            words++;
        }
        end = i;
        if (i + 1 < lim && t[i] == ' ' && letter_len(t, i + 1, lim))
            i++;
        else
            break;
    }
    return words >= min_words && words <= 5 ? end : 0;
}

/* Is t[a .. e) a person's name by the rejects of the pack (a company, a place, a venue, a famous
 * person as a topic: "Marie Curie werd geboren op ...")? */
static int person_ok(const struct sc *s, size_t a, size_t e)
{
    size_t words = 1;
    for (size_t i = a; i < e; i++)
        words += s->t[i] == ' ';
    return !nw_not_person(s, a, e) && !nw_addr5_not_person(s, a, e) &&
           !nw_venue_run(s, a, e, words) && !nw_famous_topic(s, a, e);
}

/* The separator after a name at i: its end, or 0 (" - ", " – ", " — ", ": ", ", ", a tab, " | ").
 */
static size_t separator(const uint8_t *t, size_t i, size_t le)
{
    if (i < le && t[i] == '\t')
        return i + 1;
    if (i + 1 < le && (t[i] == ':' || t[i] == ',') && t[i + 1] == ' ')
        return i + 2;
    if (i + 2 < le && t[i] == ' ' && (t[i + 1] == '-' || t[i + 1] == '|') && t[i + 2] == ' ')
        return i + 3;
    if (i + 4 < le && t[i] == ' ' && t[i + 1] == 0xE2 && t[i + 2] == 0x80 &&
        (t[i + 3] == 0x93 || t[i + 3] == 0x94) && t[i + 4] == ' ')
        return i + 5;
    return 0;
}

/* What the value t[v .. le) says: 2 a personal datum (a digit, an '@'), 1 a value still missing
 * ("?", "—", "(unknown)", "n/a"), 0 anything else (prose, a price is left to the name's words). */
static int personal_value(const uint8_t *t, size_t v, size_t le)
{
    while (le > v && (t[le - 1] == ' ' || t[le - 1] == '\r'))
        le--;
    if (v >= le)
        return 0;
    int datum = 0;
    for (size_t i = v; i < le; i++) {
        if (t[i] == ';' || t[i] == '{' || t[i] == '=' ||
            (t[i] == '(' && i + 1 < le && t[i + 1] == ')'))
            return 0; /* code: "case RTZ: return x;" */
        datum |= is_digit(t[i]) || t[i] == '@';
    }
    if (datum)
        return 2;
    if (le - v > 2 && t[v] == '(' && t[le - 1] == ')')
        v++, le--; /* "(unknown)", "(n/a)" */
    size_t n = le - v;
    if (t[v] == '?' || t[v] == '-' || (n == 3 && t[v] == 0xE2 && t[v + 1] == 0x80))
        return n <= 3;
    static const char *const missing[] = {
        "unknown",   "n/a",     "tbc",         "tba",         "nb",           "onbekend",
        "unbekannt", "inconnu", "desconocido", "sconosciuto", "desconhecido", "missing",
        "fehlt",     "manque",  "ontbreekt",   "falta",       "manca"};
    for (size_t k = 0; k < sizeof missing / sizeof missing[0]; k++) {
        size_t l = strlen(missing[k]);
        if (l == n && strncasecmp((const char *)t + v, missing[k], n) == 0)
            return 1;
    }
    return 0;
}

static int flush(struct sc *s, const size_t *a, const size_t *e, size_t k, size_t data)
{
    int rc;
    if (k < L2_MIN_LINES || data * 3 < k)
        return 0;
    for (size_t j = 0; j < k; j++)
        if ((rc = s->emit(s->arg, ANON_NAMES_PERSON, a[j], e[j])) < 0)
            return rc;
    return 0;
}

/* The given names after the comma of "Keller, Anna" at g, when a separator other than a comma
 * follows them: their end; else g - 2 (the comma's position: no such name). */
static size_t surname_first(const struct sc *s, size_t g, size_t le)
{
    const uint8_t *t = s->t;
    size_t j = g, n;
    while (j < le && ((n = letter_len(t, j, le)) != 0 ||
                      (t[j] == ' ' && j + 1 < le && letter_len(t, j + 1, le)) ||
                      (t[j] == '-' && letter_len(t, j - 1, le))))
        j += n ? n : 1;
    return j > g && j < le && t[j] != ',' && separator(t, j, le) ? j : g - 2;
}

/* Three lines or more in a row, each a name, a separator and a personal value, half of the
 * values a datum: a contact list. */
static int contact_lines(struct sc *s, struct l2lines *L)
{
    const uint8_t *t = s->t;
    size_t a[L2_MAX], e[L2_MAX], k = 0, data = 0;
    int rc;
    for (size_t ls = 0, ln = 0; ls < s->len; ln++) {
        size_t i, ne = 0, v = 0;
        int had, pv = 0;
        size_t le = line_at(s, L, ln, ls, &i, &had), j = i, n;
        /* a contact line is short: a longer one is none, whatever its words (nothing below but
         * the test of its length has an effect) */
        if (le - i <= 240) {
            /* cheap first: letters and spaces up to a separator, then a personal value */
            size_t cap = le - i < 64 ? le : i + 64; /* a name is short; a sentence is not one */
            for (;;) {
                /* ASCII letters 16 bytes a step (letter_len() says 1 for each; nw_letters_to()),
                 * the rest as the condition below says */
                j = nw_letters_to(t, s->len, j, cap);
                if (!(j < cap && ((n = letter_len(t, j, le)) != 0 || t[j] == '\'' ||
                                  (t[j] == ' ' && j + 1 < le && letter_len(t, j + 1, le)) ||
                                  (t[j] == '-' && j > i && letter_len(t, j - 1, le)))))
                    break;
                j += n ? n : 1;
            }
            if (j >= cap && cap < le)
                j = i;
            size_t min = 2, je = j;
            if (j + 2 < le && t[j] == ',' && t[j + 1] == ' ' && letter_len(t, j + 2, le)) {
                je = surname_first(s, j + 2, le); /* "Keller, Anna | 3.4.1961 | ..." */
                min = je != j ? 1 : 2;
            }
            if (j > i && (v = separator(t, je, le)) != 0 && (pv = personal_value(t, v, le)) != 0 &&
                any_case_name(s, i, j, min) == j &&
                (je == j || any_case_name(s, j + 2, je, 1) == je) && person_ok(s, i, je))
                ne = je;
        }
        if (ne && k < L2_MAX) {
            a[k] = i;
            e[k++] = ne;
            data += pv == 2;
        } else {
            if ((rc = flush(s, a, e, k, data)) < 0)
                return rc;
            k = data = 0;
        }
        ls = le + 1;
    }
    return flush(s, a, e, k, data);
}

static uint8_t fold_byte(const uint8_t *t, size_t i)
{
    uint8_t c = t[i];
    if (is_up(c))
        return c | 32;
    if (i > 0 && t[i - 1] == 0xC3 && c >= 0x80 && c <= 0x9E && c != 0x97)
        return c + 0x20; /* Latin-1 capitals: "É" is C3 89, "é" C3 A9 */
    return c;
}

/* Is the lone word t[a .. e) elsewhere in the text, in any case, the first word of a full name
 * of any case among the items of a roster's or a person's label ("Present: ANNA KELLER, Jorek
 * Vlam", "Apologies: reewick nawell", "Chair: Anna de Vries")? A changelog's "- Build-Depends: ..."
 * has none. */
static int first_word_elsewhere(const struct sc *s, size_t a, size_t e)
{
    const uint8_t *t = s->t;
    size_t n = e - a;
    char b[32];
    for (size_t i = 0; i + n + 2 < s->len; i++) {
        if (i == a || fold_byte(t, i) != fold_byte(t, a))
            continue;
        if (i > 0 && (is_alnum(t[i - 1]) || t[i - 1] >= 0x80))
            continue;
        size_t j = 1;
        while (j < n && fold_byte(t, i + j) == fold_byte(t, a + j))
            j++;
        if (j < n || t[i + n] != ' ' || !letter_len(t, i + n + 1, s->len))
            continue;
        size_t ls = i, le = line_end(s, i + n + 1);
        while (ls > 0 && t[ls - 1] != '\n' && i - ls < 200)
            ls--;
        const uint8_t *c = memchr(t + ls, ':', i - ls);
        if (!c)
            continue;
        int had;
        size_t la = skip_bullet(s, ls, (size_t)(c - t), &had), lz = (size_t)(c - t);
        while (lz > la && t[lz - 1] == ' ')
            lz--;
        const char *f = nw_fold_span(s, la, lz, b, sizeof b);
        int kind = *f ? nw_roster_label(f) : NW_RL_NONE;
        if (kind != NW_RL_ROSTER && kind != NW_RL_PERSON)
            continue;
        size_t ne = any_case_name(s, i, le, 2);
        if (ne && person_ok(s, i, ne))
            return 1;
    }
    return 0;
}

/* One lone given name at i before lim: a capital, then lower-case letters only, no ordinary
 * word even one the lexicon also knows as a surname ("Patch", "Doc"). Its end, or 0. */
static size_t lone_word(const struct sc *s, size_t i, size_t lim)
{
    const uint8_t *t = s->t;
    size_t a = i, n, up = nw_upper(t + i, lim - i);
    if (i >= lim || !up)
        return 0;
    for (i += up; i < lim && (n = letter_len(t, i, lim)) != 0; i += n)
        if (is_up(t[i]) || (n == 2 && t[i] == 0xC3 && t[i + 1] < 0xA0))
            return 0; /* "CI", "USB", "WARNING": an acronym, a heading */
    if (i - a < 2 || ordinary_word(s, a, i))
        return 0;
    return nw_lexicon_in(t, s->len, a, i) & (ANON_NL_COMMON | ANON_NL_COMMON_EN) ? 0 : i;
}

/* "- Anna & Jorek: book the hall": one or two lone words after a bullet, then a colon, each
 * the first word of a full name elsewhere in the text. */
static int action_owners(struct sc *s, struct l2lines *L)
{
    const uint8_t *t = s->t;
    static const char *const joins[] = {" & ", " and ", " und ", " et ", " en ",
                                        " y ", " e ",   " / ",   ", ",   "/"};
    int rc;
    size_t asked = 0;
    for (size_t ls = 0, ln = 0; ls < s->len; ln++) {
        size_t i, w[2][2], k = 0, e;
        int had;
        size_t le = line_at(s, L, ln, ls, &i, &had);
        /* cheap first: a colon soon after the bullet; and a bound on the searches of the text */
        const uint8_t *colon = had ? memchr(t + i, ':', (le - i < 48 ? le - i : 48)) : NULL;
        if (!colon || asked >= 16)
            had = 0;
        while (had && k < 2 && (e = lone_word(s, i, le)) != 0) {
            w[k][0] = i;
            w[k++][1] = e;
            i = e;
            if (k == 2 || i >= le || t[i] == ':')
                break;
            size_t j = 0;
            for (size_t q = 0; q < sizeof joins / sizeof joins[0]; q++) {
                size_t l = strlen(joins[q]);
                if (i + l < le && memcmp(t + i, joins[q], l) == 0) {
                    j = i + l;
                    break;
                }
            }
            if (!j)
                break;
            i = j;
        }
        if (k && i + 1 < le && t[i] == ':' && t[i + 1] == ' ') {
            size_t ok = 0;
            asked++;
            for (size_t q = 0; q < k; q++)
                ok += first_word_elsewhere(s, w[q][0], w[q][1]); /* judged there, not here */
            for (size_t q = 0; ok == k && q < k; q++)
                if ((rc = s->emit(s->arg, ANON_NAMES_PERSON, w[q][0], w[q][1])) < 0)
                    return rc;
        }
        ls = le + 1;
    }
    return 0;
}

/* Labels of the cleric or official who leads a rite, folded. */
static const char *const rite_labels[] = {
    "officiant", "celebrant", "officiating", "minister",  "priest",     "zelebrant",  "zelebrantin",
    "pfarrer",   "célébrant", "célébrante",  "officiant", "voorganger", "celebrante", "oficiante",
    "párroco",   "sacerdote", "celebrante",  "ministro",  "parroco",    "padre"};
/* rite_labels by their first and last byte and length (nw_lens_may()). */
static const struct nw_lens rite_lens = {
    {0x0,   0x0,   0x1e00, 0x0, 0x0,   0x0, 0x0, 0x0,   0x0, 0x0, 0x0, 0x0,   0x100, 0x0,
     0xa00, 0x1e0, 0x0,    0x0, 0x200, 0x0, 0x0, 0x400, 0x0, 0x0, 0x0, 0xa00, 0x0},
    {0x0,   0x0, 0x0, 0x0,   0x1620, 0x0,   0x800, 0x0, 0x0, 0x0, 0x0, 0x0, 0x0, 0x800,
     0x180, 0x0, 0x0, 0x580, 0x0,    0xa40, 0x0,   0x0, 0x0, 0x0, 0x0, 0x0, 0x0, 0x0}};

size_t nw_lists2_lens_audit(void)
{
    return nw_lens_audit(&rite_lens, rite_labels, sizeof rite_labels / sizeof rite_labels[0]);
}

/* Clerics' titles before a name, folded, without their dot. */
static const char *const cleric_titles[] = {
    "fr",  "father", "rev",    "revd",    "reverend", "pfr",    "pfarrer", "pater",
    "p",   "père",   "abbé",   "ds",      "pastoor",  "pastor", "pe",      "padre",
    "don", "dom",    "frei",   "fra",     "mons",     "msgr",   "mgr",     "sr",
    "br",  "diakon", "kaplan", "vicaire", "vicario",  "dn"};

/* "Present: dorur anurliaini, KAVAN DE KAESTEINK": the items of a roster label's line in lower
 * case or capitals, which the roster pass (mixed case only) leaves. Only when the names are at
 * least as many as the other items. */
static int labelled_any_case(struct sc *s, size_t c, size_t eol)
{
    const uint8_t *t = s->t;
    size_t a[L2_MAX], e[L2_MAX], k = 0, other = 0;
    int rc;
    for (size_t i = c + 1; i < eol && k < L2_MAX;) {
        while (i < eol && t[i] == ' ')
            i++;
        size_t ie = i;
        while (ie < eol && t[ie] != ',' && t[ie] != ';' && t[ie] != '\r')
            ie++;
        size_t te = ie;
        while (te > i && t[te - 1] == ' ')
            te--;
        size_t up = 0, low = 0;
        for (size_t q = i; q < te; q++)
            up += is_up(t[q]), low += lo(t[q]);
        if (te > i) {
            /* one case only: the roster pass judges the mixed-case items ("Sales DACH") */
            if ((!up || !low) && any_case_name(s, i, te, 2) == te && person_ok(s, i, te)) {
                a[k] = i;
                e[k++] = te;
            } else {
                other++;
            }
        }
        i = ie + 1;
    }
    for (size_t j = 0; k > other && j < k; j++)
        if ((rc = s->emit(s->arg, ANON_NAMES_PERSON, a[j], e[j])) < 0)
            return rc;
    return 0;
}

/* "Celebrant: Fr. Horham": a rite's label or a person label, a cleric's title, a name; and
 * a roster label's items of any case. The ':' at c on the line ls .. eol. */
static int titled_at(struct sc *s, size_t ls, size_t c, size_t eol)
{
    const uint8_t *t = s->t;
    char b[32];
    int rc, had;
    size_t la = skip_bullet(s, ls, c, &had), le = c;
    while (le > la && t[le - 1] == ' ')
        le--;
    /* neither a roster's, a person's nor a rite's label by its first byte and length: most text
     * before a ':' near a line's start ("2026-11-30T12", "def handle(req)") */
    if (!nw_roster_label_may(t + la, le - la) && !nw_lens_may(&rite_lens, t + la, le - la))
        return 0;
    const char *f = nw_fold_span(s, la, le, b, sizeof b);
    int kind = *f ? nw_roster_label(f) : NW_RL_NONE;
    size_t i = c + 1;
    if (kind == NW_RL_ROSTER && (rc = labelled_any_case(s, c, eol)) < 0)
        return rc;
    if (!*f || (!NW_ONE_OF(f, rite_labels) && kind != NW_RL_PERSON))
        return 0;
    while (i < eol && t[i] == ' ')
        i++;
    size_t ts = i;
    while (i < eol && (lo(t[i]) || is_up(t[i]) || t[i] >= 0x80))
        i++;
    f = nw_fold_span(s, ts, i, b, sizeof b);
    if (i == ts || !*f || !NW_ONE_OF(f, cleric_titles))
        return 0;
    if (i < eol && t[i] == '.')
        i++;
    if (i + 1 >= eol || t[i] != ' ' || !(nw_upper(t + i + 1, eol - i - 1) || lo(t[i + 1])))
        return 0;
    size_t a = i + 1, e = any_case_name(s, a, eol, 1);
    if (e && person_ok(s, a, e) && (rc = s->emit(s->arg, ANON_NAMES_PERSON, a, e)) < 0)
        return rc;
    return 0;
}

/* Every ':' at most 32 bytes into its line, in the text's order: the first 33 bytes of each line
 * of the table asked, not every ':' of the text walked back to its line's start (most are in
 * prose or code, far from it). */
static int titled_names(struct sc *s, struct l2lines *L)
{
    struct nw_hits *colons = nw_hits_of(s, ':'); /* names_tables2.c found them */
    size_t hk = 0;
    int rc;
    for (size_t ls = 0, ln = 0; ls < s->len; ln++) {
        size_t i;
        int had;
        size_t le = line_at(s, L, ln, ls, &i, &had), lim = le - ls > 33 ? ls + 33 : le;
        for (size_t c = nw_hit_within(colons, s, ':', &hk, ls, lim); c < lim;
             c = nw_hit_within(colons, s, ':', &hk, c + 1, lim))
            if ((rc = titled_at(s, ls, c, le)) < 0)
                return rc;
        ls = le + 1;
    }
    return 0;
}

/* Verbs of a register's entry after the name that opens it, with the auxiliary ("was baptised",
 * "wurde getauft", "a été baptisé(e)"): a rite or a life event, in the seven languages. */
static const char *const rite_verbs[] = {"was baptised",
                                         "was baptized",
                                         "was christened",
                                         "was confirmed",
                                         "was buried",
                                         "was born",
                                         "was married",
                                         "were married",
                                         "died on",
                                         "passed away",
                                         "wurde getauft",
                                         "wurde geboren",
                                         "wurde konfirmiert",
                                         "wurde beerdigt",
                                         "ist verstorben",
                                         "verstarb am",
                                         "a été baptisé",
                                         "a été baptisée",
                                         "a été baptisé(e)",
                                         "est né",
                                         "est née",
                                         "est né(e)",
                                         "est décédé",
                                         "est décédée",
                                         "a été inhumé",
                                         "werd gedoopt",
                                         "werd geboren",
                                         "is overleden",
                                         "werd begraven",
                                         "fue bautizado",
                                         "fue bautizada",
                                         "fue bautizado/a",
                                         "nació el",
                                         "falleció el",
                                         "fue sepultado",
                                         "è stato battezzato",
                                         "è stata battezzata",
                                         "è stato/a battezzato/a",
                                         "è nato",
                                         "è nata",
                                         "è deceduto",
                                         "è deceduta",
                                         "foi batizado",
                                         "foi batizada",
                                         "foi batizado(a)",
                                         "foi baptizado",
                                         "nasceu em",
                                         "faleceu em"};

/* Does a lower-case letter start at i ("è stato", "été")? */
static int lo_start(const uint8_t *t, size_t i, size_t le)
{
    return lo(t[i]) || (t[i] == 0xC3 && i + 1 < le && t[i + 1] >= 0xA0 && t[i + 1] != 0xB7);
}

/* "KEVIN WHITE was baptised on ...": a name in capitals or capitalised opening its line (after a
 * bullet or a number), then a rite's verb. */
static int rite_entries(struct sc *s, struct l2lines *L)
{
    const uint8_t *t = s->t;
    int rc;
    for (size_t ls = 0, ln = 0; ls < s->len; ln++) {
        size_t i, n;
        int had;
        size_t le = line_at(s, L, ln, ls, &i, &had), sp = i;
        char b[16];
        /* capitalised or capital words (particles among them), then the first lower-case word */
        while (sp < le && sp - i < 80 && nw_upper(t + sp, le - sp)) {
            size_t w = sp;
            while (w < le && ((n = letter_len(t, w, le)) != 0 || t[w] == '\'' || t[w] == '-'))
                w += n ? n : 1;
            if (w == sp || w >= le || t[w] != ' ')
                break;
            sp = w;
            while (sp + 1 < le && lo(t[sp + 1])) { /* a particle: "Ilarelando del Tobialez" */
                size_t pe = sp + 1;
                while (pe < le && lo(t[pe]))
                    pe++;
                /* particles are short ("de", "van", "del") and a capital follows them: that
                 * before the fold and the look-up ("you help" is no particle's place) */
                if (pe - sp - 1 > 4 || pe >= le || t[pe] != ' ' ||
                    !nw_upper(t + pe + 1, le - pe - 1))
                    break;
                const char *f = nw_fold_span(s, sp + 1, pe, b, sizeof b);
                if (!nw_particle(f))
                    break;
                sp = pe;
            }
            if (sp + 1 < le && lo_start(t, sp + 1, le))
                break;
            sp++;
        }
        /* the verbs' first bytes (checked by tests/unit/test_names_nspeed7.c): most lines that
         * open with a capital go on with a lower-case word that opens no verb */
        static const uint8_t verb_first[256] = {
            ['a'] = 1, ['d'] = 1, ['e'] = 1, ['f'] = 1, ['i'] = 1,
            ['n'] = 1, ['p'] = 1, ['v'] = 1, ['w'] = 1, [0xC3] = 1};
        if (sp > i && sp < le && t[sp] == ' ' && sp + 1 < le && verb_first[t[sp + 1]] &&
            lo_start(t, sp + 1, le)) {
            for (size_t q = 0; q < sizeof rite_verbs / sizeof rite_verbs[0]; q++) {
                if (t[sp + 1] != (uint8_t)rite_verbs[q][0])
                    continue; /* the first byte before strlen(): most lines have no verb */
                size_t l = strlen(rite_verbs[q]);
                if (sp + 1 + l > le || memcmp(t + sp + 1, rite_verbs[q], l) != 0 ||
                    (sp + 1 + l < le && t[sp + 1 + l] != ' ' && t[sp + 1 + l] != ','))
                    continue;
                if (any_case_name(s, i, sp, 2) == sp && person_ok(s, i, sp) &&
                    (rc = s->emit(s->arg, ANON_NAMES_PERSON, i, sp)) < 0)
                    return rc;
                break;
            }
        }
        ls = le + 1;
    }
    return 0;
}

/* The walks below that a text's lines leave something to do for, found in one walk that fills
 * the line cache (line_at()) for them: L2_CONTACT when L2_MIN_LINES lines in a row may each be a
 * contact line (its words, within 240 bytes of its end, open with a letter or a quote: without
 * that contact_lines() ends the line's run), L2_RITE when a line's words open with a capital
 * (rite_entries() reads no other line), L2_OWNERS when a line opens with a bullet or a number
 * (action_owners() reads no other line). Every bit is set when the text has more lines than the
 * cache holds: the walks then read each line as they did. Most texts of prose and code leave
 * contact_lines() nothing: their short lines (code, blank lines) stand alone between long ones. */
enum { L2_CONTACT = 1, L2_RITE = 2, L2_OWNERS = 4, L2_ALL = 7 };
static unsigned lines_summary(const struct sc *s, struct l2lines *L)
{
    const uint8_t *t = s->t;
    unsigned sum = 0;
    size_t run = 0, ls = 0, ln = 0;
    for (; ls < s->len && ln < L2_LINES; ln++) {
        size_t i;
        int had;
        size_t le = line_at(s, L, ln, ls, &i, &had);
        if (i < le && le - i <= 240 && (letter_len(t, i, le) != 0 || t[i] == '\'')) {
            if (++run >= L2_MIN_LINES)
                sum |= L2_CONTACT;
        } else {
            run = 0;
        }
        if (i < le && nw_upper(t + i, le - i))
            sum |= L2_RITE;
        if (had)
            sum |= L2_OWNERS;
        ls = le + 1;
    }
    return ls < s->len ? L2_ALL : sum;
}

int nw_lists2_names(struct sc *s)
{
    int rc;
    if (s->len < 16)
        return 0;
    /* a contact list is three lines and an action's owner is listed on another line: a text of
     * one line (most of a chat's messages) has neither */
    struct nw_lines *shared = nw_lines_of(s); /* the passes before found the first ends */
    size_t l0 = nw_line_at(shared, s, 0, 0);
    int lines = l0 >= s->len ? 1 : nw_line_at(shared, s, 1, l0 + 1) < s->len ? 3 : 2;
    struct l2lines L;
    L.shared = shared;
    L.n = 0;
    unsigned sum = lines_summary(s, &L);
    if ((lines == 3 && (sum & L2_CONTACT) && (rc = contact_lines(s, &L)) < 0) ||
        (rc = titled_names(s, &L)) < 0 || ((sum & L2_RITE) && (rc = rite_entries(s, &L)) < 0))
        return rc;
    /* an action's owner needs a bullet and a colon after a lone word: cheap to rule out */
    return lines > 1 && (sum & L2_OWNERS) && nw_hit_at(nw_hits_of(s, ':'), s, ':', 0, 0) < s->len
               ? action_owners(s, &L)
               : 0; /* the first ':' from the text's table (names_tables2.c found it) */
}
