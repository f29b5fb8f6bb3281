/* names_rosters.c: people in lists of people: calendar invitations, minutes, class and alumni
 * lists, club rolls, team sheets, parish registers. Such a text says little around each name, so
 * the walk of names.c, which judges one run by the words around it, misses the unknown ones. The
 * list itself is the context: a roster label ("Attendees:", "Anwesend:", "Excusés :") and the items
 * after it on its line or on the lines under it, iCalendar's CN parameter of ORGANIZER and
 * ATTENDEE, an action's owner after a dash at its line's end, and a block of three lines or more
 * that each hold one full name and nothing but an annotation.
 *
 * The one thing to know: an item is taken only for its shape (capitalised or capital words, no
 * ordinary word, no product's, no place's or company's by nw_not_person()) and only when the list
 * it stands in is mostly such items, so "Attendees: Platform Team, Data Engineering" and a list of
 * rooms stay text. Each shape is looked for at its byte (':', '\n', "CN=", a dash) found by
 * memchr(); nothing here allocates.
 */
#include "anonymize/names_internal.h"

#include <string.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

static int is_lo(uint8_t c)
{
    return c >= 'a' && c <= 'z';
}

/* Surname particles written in lower case inside a name ("Falrem von Ostremer"). */
static int particle_at(const struct sc *s, size_t i, size_t lim, size_t *e)
{
    static const char *const p[] = {"van", "von", "der", "den",   "de", "da", "di",
                                    "dos", "das", "del", "della", "du", "le", "la",
                                    "ten", "ter", "zu",  "do",    "d'"};
    const uint8_t *t = s->t;
    size_t j = i;
    while (j < lim && is_lo(t[j]) && j - i < 6)
        j++;
    if (j == i || j >= lim || t[j] != ' ')
        return 0;
    char b[8];
    memcpy(b, t + i, j - i);
    b[j - i] = '\0';
    if (!NW_ONE_OF(b, p))
        return 0;
    *e = j;
    return 1;
}

/* A particle in capitals at i with a word after it ("VAN DEN BOS", "DE LA CRUZ"). */
static int caps_particle(const uint8_t *t, size_t i, size_t lim)
{
    static const char *const p[] = {"DE",  "DA",  "DI",  "DO",  "DU",  "LA",  "LE",  "VAN",
                                    "VON", "DEN", "DER", "DOS", "DAS", "DEL", "TEN", "TER"};
    size_t n = i + 2 < lim && t[i + 2] == ' ' ? 2 : i + 3 < lim && t[i + 3] == ' ' ? 3 : 0;
    if (!n || i + n + 1 >= lim || !nw_upper(t + i + n + 1, lim - i - n - 1))
        return 0;
    for (size_t k = 0; k < sizeof p / sizeof p[0]; k++)
        if (strlen(p[k]) == n && memcmp(t + i, p[k], n) == 0)
            return 1;
    return 0;
}

/* What name_at() read. */
struct nm {
    size_t words; /* capitalised words */
    int named;    /* a word the lexicon knows as a name */
    int given;    /* a known given name where a given name stands: first, after the comma of
                     "Keller, Anna" or after a surname in capitals ("KELLER Anna") */
    int mixed;    /* a word in mixed case (SH_NAME) */
};

/* Is the capitalised word w an ordinary word, a product's or a term's (never a name's)? 1 for
 * yes, 2 for a given name that is also a product's ("Hugo"): a name only beside a surname. */
static int ordinary(const struct sc *s, const struct word *w, unsigned lex)
{
    char b[48];
    if ((lex & (ANON_NL_COMMON | ANON_NL_COMMON_EN)) && !nw_lexname(lex))
        return 1;
    if ((lex & ANON_NL_COMMON_EN) && !(lex & (ANON_NL_ATTESTED | ANON_NL_GIVEN)))
        return 1; /* "Dirk", "Will" are given names; "Review", "Sales" surnames at most */
    const char *f = nw_fold_span(s, w->s, w->e, b, sizeof b);
    if (!*f || nw_month(f))
        return 1;
    if (nw_not_name(f))
        return (lex & ANON_NL_GIVEN) ? 2 : 1; /* "Hugo", "Devin": a product's or a given name */
    return (nw_cats(f) & (C_LABEL | C_CLOSE | C_SAL | C_HON | C_TERM)) != 0;
}

/* Is t[a .. e) a capital and lower-case letters only? */
static int letters_only(const uint8_t *t, size_t a, size_t e)
{
    size_t lower = 0;
    for (size_t i = a; i < e; i++) {
        if (is_lo(t[i]))
            lower++;
        else if (!(is_up(t[i]) && i == a) && t[i] < 0x80)
            return 0;
    }
    return lower > 0;
}

/* A name at i, before lim: capitalised or capital words, particles between them, and with
 * comma_ok one ", " after the first word ("Keller, Anna"). Its end, or 0 when a word is no
 * name's. */
static size_t name_at(const struct sc *s, size_t i, size_t lim, int comma_ok, struct nm *m)
{
    const uint8_t *t = s->t;
    size_t end = 0, pe;
    int after_comma = 0, caps = 0, tech = 0;
    memset(m, 0, sizeof *m);
    while (i < lim && m->words < 5) {
        if (is_lo(t[i])) {
            if (!particle_at(s, i, lim, &pe))
                break;
            i = pe + 1;
            continue;
        }
        if (!nw_upper(t + i, lim - i))
            break;
        if (m->words < 4 && caps_particle(t, i, lim)) {
            i += t[i + 2] == ' ' ? 3 : 4; /* "DE", "VAN", "DOS" before the surname */
            continue;
        }
        struct word w;
        nw_parse_word(s, i, &w);
        if (w.e > lim)
            return 0;
        unsigned lex = w.lex;
        if (w.shape == SH_OTHER && w.e == lim && letters_only(t, w.s, w.e)) {
            w.shape = SH_NAME; /* "CN=Anna Vogt:mailto:": the ':' after it ends the item */
            lex = nw_lexicon_in(t, s->len, w.s, w.e);
        }
        if (w.shape == SH_CAPS) {
            if (w.e - w.s < 3)
                return 0; /* "IT", "HR" */
            lex = nw_lexicon_in(t, s->len, w.s, w.e);
        } else if (w.shape == SH_NAME) {
            m->mixed = 1;
            if (w.e - w.s < 2)
                return 0;
        } else if (w.shape != SH_INITIAL) {
            return 0;
        }
        int o = w.shape != SH_INITIAL ? ordinary(s, &w, lex) : 0;
        if (o == 1)
            return 0;
        tech |= o == 2;
        if (nw_lexname(lex))
            m->named = 1;
        if ((lex & ANON_NL_GIVEN) && w.shape == SH_NAME && (m->words == 0 || after_comma || caps))
            m->given = 1;
        caps |= w.shape == SH_CAPS;
        after_comma = 0;
        m->words++;
        end = w.e;
        i = w.e;
        if (i + 1 < lim && t[i] == ' ' && (nw_upper(t + i + 1, lim - i - 1) || is_lo(t[i + 1]))) {
            i++;
            continue;
        }
        if (comma_ok && m->words == 1 && i + 2 < lim && t[i] == ',' && t[i + 1] == ' ' &&
            nw_upper(t + i + 2, lim - i - 2)) {
            comma_ok = 0;
            after_comma = 1;
            i += 2;
            continue;
        }
        break;
    }
    if (!m->words || !m->mixed || (tech && m->words < 2))
        return 0; /* all capitals: "ACME GMBH", an acronym */
    if (end && t[end - 1] == ',')
        end--;
    return end;
}

/* Does nothing but an annotation follow the name on [e, b): blanks, then a bracket, a dash, a
 * pipe or a tab? */
static int tail_ok(const struct sc *s, size_t e, size_t b)
{
    const uint8_t *t = s->t;
    if (e + 1 < b && t[e] == ' ' && t[e + 1] == ' ')
        return 1; /* the gap before a fixed-width table's next column */
    while (e < b && (t[e] == ' ' || t[e] == '\r'))
        e++;
    if (e >= b)
        return 1;
    uint8_t c = t[e];
    if (c == '(' || c == '<' || c == '[' || c == '|' || c == '\t' || c == ',' || c == ';')
        return 1;
    if (c == '-' && e + 1 < b && t[e + 1] == ' ')
        return 1;
    return c == 0xE2 && e + 2 < b && t[e + 1] == 0x80 && (t[e + 2] == 0x93 || t[e + 2] == 0x94);
}

/* Is the name t[a .. e) of m's words a person by its own words (no company, place, venue)? */
static int person_words(const struct sc *s, size_t a, size_t e, const struct nm *m)
{
    return !nw_not_person(s, a, e) && !nw_addr5_not_person(s, a, e) &&
           !nw_venue_run(s, a, e, m->words);
}

/* A joiner at i before a capital ("and", "und", "et", "en", "y", "e", "&"): its end, or 0. */
static size_t joiner_at(const struct sc *s, size_t i, size_t b)
{
    static const char *const j[] = {" and ", " und ", " et ", " en ", " y ",
                                    " e ",   " & ",   " og ", " och "};
    const uint8_t *t = s->t;
    if (t[i] != ' ' || i + 3 >= b)
        return 0;
    for (size_t k = 0; k < sizeof j / sizeof j[0]; k++) {
        size_t n = strlen(j[k]);
        if (i + n < b && memcmp(t + i, j[k], n) == 0 && nw_upper(t + i + n, b - i - n))
            return i + n;
    }
    return 0;
}

/* The next item's start after pos in [pos, b): past a separator sep or a joiner outside
 * brackets; *ie is where the item ends. b when there is none. */
static size_t next_item(const struct sc *s, size_t pos, size_t b, uint8_t sep, size_t *ie)
{
    const uint8_t *t = s->t;
    int depth = 0;
    for (size_t i = pos; i < b; i++) {
        uint8_t c = t[i];
        if (c == '(' || c == '[' || c == '<')
            depth++;
        else if ((c == ')' || c == ']' || c == '>') && depth > 0)
            depth--;
        else if (depth == 0 && c == sep) {
            *ie = i;
            return i + 1;
        } else if (depth == 0 && c == ' ') {
            size_t je = joiner_at(s, i, b);
            if (je) {
                *ie = i;
                return je;
            }
        }
    }
    *ie = b;
    return b;
}

/* Up to RO_MAX names of one list, emitted together once the list says it is one of people. */
enum { RO_MAX = 48 };
struct found {
    size_t n, names, full, other;
    size_t a[RO_MAX], e[RO_MAX];
    unsigned char one[RO_MAX]; /* a lone word: only in a list of full names */
};

static void keep(struct found *f, size_t a, size_t e, const struct nm *m)
{
    if (f->n < RO_MAX) {
        f->a[f->n] = a;
        f->e[f->n] = e;
        f->one[f->n] = m->words == 1;
        f->n++;
    }
    f->names++;
    if (m->words >= 2)
        f->full++;
}

static __attribute__((noinline)) size_t skip_marks_rest(const struct sc *s, size_t i, size_t b)
{
    const uint8_t *t = s->t;
    for (;;) {
        while (i < b && (t[i] == ' ' || t[i] == '\t' || t[i] == '|' || t[i] == '*' || t[i] == '>'))
            i++;
        if (i < b && (is_lo(t[i]) || is_up(t[i])))
            return i; /* a letter is no mark: most lines and items open with one */
        if (i + 1 < b && (t[i] == '-' || t[i] == '+') && t[i + 1] == ' ') {
            i += 2;
            continue;
        }
        if (i + 2 < b && t[i] == 0xE2 && t[i + 1] == 0x80 &&
            (t[i + 2] == 0xA2 || t[i + 2] == 0x93 || t[i + 2] == 0x94)) {
            i += 3; /* "•", "–", "—" */
            continue;
        }
        if (i + 1 < b && t[i] == 0xC2 && t[i + 1] == 0xB7) {
            i += 2; /* "·" */
            continue;
        }
        size_t d = i;
        while (d < b && d - i < 4 && is_digit(t[d]))
            d++;
        if (d > i && d < b &&
            (t[d] == '.' || t[d] == ')' || t[d] == ' ' || t[d] == '\t' || t[d] == ';')) {
            i = d + 1;
            continue;
        }
        return i;
    }
}

/* The list marks (and blanks) at t[i .. b) skipped. Inline where skip_marks_rest() returns at
 * once: an empty line, or a letter first (most lines; name_lines() asks it of every line). */
static inline size_t skip_marks(const struct sc *s, size_t i, size_t b)
{
    if (i >= b || is_lo(s->t[i]) || is_up(s->t[i]))
        return i;
    return skip_marks_rest(s, i, b);
}

/* The items of t[a .. b) split by sep (and joiners) into f. On a line of a block (line set) a
 * lone word after the first item is its annotation ("Anna Vogt, Leeds"), no name. */
static void list_items(const struct sc *s, size_t a, size_t b, uint8_t sep, int line,
                       struct found *f)
{
    const uint8_t *t = s->t;
    size_t pos = a;
    for (int first = 1; pos < b; first = 0) {
        pos = skip_marks(s, pos, b);
        if (pos >= b)
            break;
        size_t ie, nx = next_item(s, pos, b, sep, &ie);
        struct nm m;
        size_t e = name_at(s, pos, ie, sep != ',', &m);
        if (e && line && !first && m.words < 2)
            ; /* an annotation */
        else if (e && tail_ok(s, e, ie) && person_words(s, pos, e, &m))
            keep(f, pos, e, &m);
        else if (nw_upper(t + pos, b - pos) && !memchr(t + pos, '@', ie - pos))
            f->other++; /* a capitalised item that is no name: a team, a room */
        pos = nx;
    }
}

/* A maiden name in brackets after the name that ends at e ("Anna Vogt (née Keller)", "(geb.
 * Brandt)", "(de soltera Ruiz)"): emitted as a person of its own. */
static int maiden_after(struct sc *s, size_t e)
{
    static const char *const w[] = {"née ",  "nee ",    "geb. ",    "geborene ",   "born ",
                                    "nata ", "nacida ", "nascida ", "de soltera ", "formerly "};
    const uint8_t *t = s->t;
    size_t n = s->len;
    while (e < n && t[e] == ' ')
        e++;
    if (e + 6 >= n || t[e] != '(')
        return 0;
    e++;
    const uint8_t *q = memchr(t + e, ')', n - e < 64 ? n - e : 64);
    if (!q)
        return 0;
    size_t b = (size_t)(q - t);
    for (size_t k = 0; k < sizeof w / sizeof w[0]; k++) {
        size_t l = strlen(w[k]);
        if (e + l < b && memcmp(t + e, w[k], l) == 0) {
            size_t a = e + l;
            while (a < b && is_lo(t[a]) && particle_at(s, a, b, &e))
                a = e + 1; /* "(geb. von Oststen)": the particle is the surname's */
            struct nm m;
            size_t ne = name_at(s, a, b, 0, &m);
            a = e + l;
            if (ne == b && person_words(s, a, b, &m))
                return s->emit(s->arg, ANON_NAMES_PERSON, a, b);
            return 0;
        }
    }
    return 0;
}

/* Emits the names of f when the list is one of people: names outnumber the other items, and
 * a lone word only beside a full name. */
static int emit_list(struct sc *s, const struct found *f, size_t min_full)
{
    int rc;
    if (f->full < min_full || f->names <= f->other)
        return 0;
    for (size_t k = 0; k < f->n; k++) {
        if (f->one[k] && !f->full)
            continue;
        if ((rc = s->emit(s->arg, ANON_NAMES_PERSON, f->a[k], f->e[k])) < 0 ||
            (rc = maiden_after(s, f->e[k])) < 0)
            return rc;
    }
    return 0;
}

static size_t line_end(const struct sc *s, size_t i)
{
    return nw_line_end_at(s, i); /* names_internal.h: the text's line table */
}

/* Is the line [ls, le) blank? */
static int blank(const struct sc *s, size_t ls, size_t le)
{
    for (size_t i = ls; i < le; i++)
        if (s->t[i] != ' ' && s->t[i] != '\r' && s->t[i] != '\t')
            return 0;
    return 1;
}

/* The bytes that end a label's walk back from its ':': one look-up a byte, not nine comparisons
 * (the walk runs for every ':' before a blank, up to 40 bytes back through prose). */
static const uint8_t label_stop[256] = {
    ['\n'] = 1, ['('] = 1, ['|'] = 1, [';'] = 1, [','] = 1, ['"'] = 1, ['\t'] = 1, [':'] = 1};

/* The largest b in [lo, e] with b == lo or t[b - 1] a stop byte: the byte loop's answer, with
 * SSE2 16 bytes a step from e down (every ':' before a blank walks up to 40 bytes back, mostly
 * through prose with no stop byte). Reads t[lo .. e) only. */
static size_t label_start(const uint8_t *t, size_t lo, size_t e)
{
    size_t b = e;
#ifdef __SSE2__
    while (b >= lo + 16) {
        __m128i v = _mm_loadu_si128((const __m128i *)(const void *)(t + b - 16));
        __m128i m = _mm_or_si128(_mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('\n')),
                                                           _mm_cmpeq_epi8(v, _mm_set1_epi8('('))),
                                              _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('|')),
                                                           _mm_cmpeq_epi8(v, _mm_set1_epi8(';')))),
                                 _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8(',')),
                                                           _mm_cmpeq_epi8(v, _mm_set1_epi8('"'))),
                                              _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('\t')),
                                                           _mm_cmpeq_epi8(v, _mm_set1_epi8(':')))));
        unsigned mask = (unsigned)_mm_movemask_epi8(m);
        if (mask)
            return b - 16 + (size_t)(31 - __builtin_clz(mask)) + 1; /* past the last stop byte */
        b -= 16;
    }
#endif
    while (b > lo && !label_stop[t[b - 1]])
        b--;
    return b;
}

/* The label that ends at the ':' at c (after line start or '('): its kind (NW_RL_*), or NW_RL_NONE.
 */
static int label_before(const struct sc *s, size_t c, int *paren, size_t *lb, size_t *le)
{
    const uint8_t *t = s->t;
    char raw[48], f[48];
    size_t e = c;
    while (e > 0 && t[e - 1] == ' ')
        e--;
    if (e == 0 || t[e - 1] == '"' || is_digit(t[e - 1]))
        return NW_RL_NONE;
    if (t[e - 1] == ')') { /* "Attendees (4):", "Teilnehmer (Nachname, Vorname):" */
        size_t q = e - 1;
        while (q > 0 && e - q < 32 && t[q - 1] != '(' && t[q - 1] != '\n')
            q--;
        if (q == 0 || t[q - 1] != '(')
            return NW_RL_NONE;
        e = q - 1;
        while (e > 0 && t[e - 1] == ' ')
            e--;
    }
    size_t b = label_start(t, e > 40 ? e - 40 : 0, e); /* e - b < 40 */
    if (e - b >= 40 || e == b)
        return NW_RL_NONE;
    *paren = b > 0 && t[b - 1] == '(';
    if (b > 0 && !*paren && t[b - 1] != '\n' && t[b - 1] != '|' && t[b - 1] != '\t')
        return NW_RL_NONE;
    while (b < e &&
           (t[b] == ' ' || t[b] == '*' || t[b] == '#' || t[b] == '>' || t[b] == '-' || t[b] == '_'))
        b++;
    while (e > b && (t[e - 1] == '*' || t[e - 1] == '_'))
        e--;
    if (e <= b || e - b >= sizeof raw)
        return NW_RL_NONE;
    *lb = b;
    *le = e;
    if (!nw_roster_label_may(t + b, e - b))
        return NW_RL_NONE; /* most text before a ':' ("2026-11-30T12", "def handle(req)") */
    memcpy(raw, t + b, e - b);
    size_t n = nw_fold(raw, e - b, f, sizeof f - 1);
    f[n] = '\0';
    return n ? nw_roster_label(f) : NW_RL_NONE;
}

/* An action word in capitals, its owner, then the colon: "ACTION Jan Wril: call the council",
 * "ACTIE Bram Visser:", "AZIONE Elisa Fiorani:". The owner in b .. e: its end, or 0. */
static size_t caps_action(struct sc *s, size_t b, size_t e, size_t *nb)
{
    static const char *const w[] = {"ACTION", "ACTIE",  "AKTION", "AUFGABE",
                                    "ACCIÓN", "AZIONE", "AÇÃO",   "TODO"};
    const uint8_t *t = s->t;
    for (size_t k = 0; k < sizeof w / sizeof w[0]; k++) {
        size_t l = strlen(w[k]);
        if (e - b > l + 3 && memcmp(t + b, w[k], l) == 0 && t[b + l] == ' ') {
            struct nm m;
            *nb = b + l + 1;
            size_t ne = name_at(s, *nb, e, 0, &m);
            return ne == e && m.words >= 2 && person_words(s, *nb, e, &m) ? e : 0;
        }
    }
    return 0;
}

/* A report names its pupil again by the given name alone ("Anna has worked hard"): every other
 * place the given name of the name a .. e stands as a word of its own is emitted. */
static int spread_given(struct sc *s, size_t a, size_t e)
{
    const uint8_t *t = s->t;
    size_t gb = a, ge;
    const uint8_t *c = memchr(t + a, ',', e - a);
    if (c)
        gb = (size_t)(c - t) + 2; /* "Keller, Anna" */
    else if (a + 1 < e && is_up(t[a]) && is_up(t[a + 1])) {
        const uint8_t *sp = memchr(t + a, ' ', e - a); /* "KELLER Anna" */
        if (!sp)
            return 0;
        gb = (size_t)(sp - t) + 1;
    }
    ge = gb;
    while (ge < e && t[ge] != ' ')
        ge++;
    if (ge - gb < 3 || ge - gb > 24)
        return 0;
    int rc;
    size_t n = s->len, l = ge - gb;
    for (size_t i = 0, k = 0; i + l <= n && k < 32; i++) {
        const uint8_t *p = memchr(t + i, t[gb], n - i);
        if (!p)
            break;
        i = (size_t)(p - t);
        if (i + l > n || (i >= a && i < e) || memcmp(t + i, t + gb, l) != 0)
            continue;
        if ((i > 0 && (nw_letter(t + i - 1, 1) || t[i - 1] >= 0x80)) ||
            (i + l < n && (nw_letter(t + i + l, n - i - l) || t[i + l] == '-')))
            continue;
        k++;
        if ((rc = s->emit(s->arg, ANON_NAMES_PERSON, i, i + l)) < 0)
            return rc;
    }
    return 0;
}

/* The lines under a roster label alone on its line, from ls: to a blank line or another label. */
static int block_under(struct sc *s, size_t ls, size_t min_full)
{
    struct found f;
    memset(&f, 0, sizeof f);
    for (int k = 0; k < 60 && ls < s->len; k++) {
        size_t le = line_end(s, ls);
        if (blank(s, ls, le))
            break;
        const uint8_t *colon = memchr(s->t + ls, ':', le - ls);
        if (colon && !memchr(s->t + ls, '@', le - ls) && (size_t)(colon - s->t) - ls < 40)
            break; /* the next label */
        /* one comma on the line: "Keller, Anna (née Vogt)" or "Anna Keller, Leeds", one item */
        size_t commas, semis;
        nw_count2(s->t, ls, le, ',', ';', &commas, &semis);
        list_items(s, ls, le, semis || commas == 1 ? ';' : ',', 1, &f);
        ls = le + 1;
    }
    return emit_list(s, &f, min_full);
}

/* Every label ':' of the text: roster, person and action labels. */
static int labelled_lists(struct sc *s)
{
    const uint8_t *t = s->t;
    size_t n = s->len;
    int rc;
    struct nw_hits *colons = nw_hits_of(s, ':'); /* the passes before found them */
    for (size_t k = 0, c = nw_hit_at(colons, s, ':', 0, 0); c < n;
         c = nw_hit_at(colons, s, ':', ++k, c + 1)) {
        if (c == 0 || c + 1 >= n ||
            (t[c + 1] != ' ' && t[c + 1] != '\n' && t[c + 1] != '\r' && t[c + 1] != '\t'))
            continue;
        if (!(is_lo(t[c - 1]) || is_up(t[c - 1]) || t[c - 1] >= 0x80 || t[c - 1] == ' ' ||
              t[c - 1] == ')' || t[c - 1] == '*'))
            continue;
        size_t lb = 0, lbe = 0, nb;
        int paren = 0, kind = label_before(s, c, &paren, &lb, &lbe);
        if (kind == NW_RL_NONE) {
            if (lbe > lb && is_up(t[lb]) && is_up(t[lb + 1]) && caps_action(s, lb, lbe, &nb) &&
                (rc = s->emit(s->arg, ANON_NAMES_PERSON, nb, lbe)) < 0)
                return rc;
            continue;
        }
        size_t a = c + 1, le = line_end(s, a);
        if (paren) {
            const uint8_t *q = memchr(t + a, ')', le - a);
            if (!q)
                continue;
            le = (size_t)(q - t);
        }
        while (a < le && (t[a] == ' ' || t[a] == '\t'))
            a++;
        if (blank(s, a, le)) {
            if (kind == NW_RL_ROSTER && !paren && le < n && (rc = block_under(s, le + 1, 1)) < 0)
                return rc;
            continue;
        }
        if (kind == NW_RL_ACTION) {
            struct nm m;
            size_t e = name_at(s, a, le, 0, &m);
            if (e && e + 2 < le && t[e] == ' ' && is_lo(t[e + 1]) && (m.words >= 2 || m.named) &&
                person_words(s, a, e, &m) && (rc = s->emit(s->arg, ANON_NAMES_PERSON, a, e)) < 0)
                return rc;
            continue;
        }
        struct found f;
        memset(&f, 0, sizeof f);
        /* one person's label: "Surname, Given" is one item */
        int one = kind == NW_RL_PERSON || kind == NW_RL_PUPIL;
        list_items(s, a, le, one || memchr(t + a, ';', le - a) ? ';' : ',', 0, &f);
        if (kind == NW_RL_PUPIL && f.n == 1 && f.full && (rc = spread_given(s, f.a[0], f.e[0])) < 0)
            return rc;
        if ((rc = emit_list(s, &f, one || f.n < 2 ? 1 : 0)) < 0)
            return rc;
    }
    return 0;
}

/* A roster label alone on the line ls..le with no colon ("Guests" over Google Calendar's list):
 * the block under it. */
/* A class or year group's heading with its year ("Class of 1987", "Abiturjahrgang 1959",
 * "Promoción 1987 – Colegio San Blas"): a roster of its members follows. */
static int class_heading(const struct sc *s, size_t ls, size_t le)
{
    /* with their lengths (sizeof, not strlen() per line) */
#define CH(x)                                                                                      \
    {                                                                                              \
        x, sizeof x - 1                                                                            \
    }
    static const struct {
        const char *w;
        size_t l;
    } w[] = {CH("Class of "),  CH("Abiturjahrgang "), CH("Jahrgang "),       CH("Promotion "),
             CH("Promoción "), CH("Promoção "),       CH("Eindexamenklas "), CH("Classe "),
             CH("Turma de "),  CH("Leavers "),        CH("Graduates ")};
#undef CH
    /* the headings' first letters: most lines open with none of them */
    enum {
        FIRST = 1u << ('A' - 'A') | 1u << ('C' - 'A') | 1u << ('E' - 'A') | 1u << ('G' - 'A') |
                1u << ('J' - 'A') | 1u << ('L' - 'A') | 1u << ('P' - 'A') | 1u << ('T' - 'A')
    };
    const uint8_t *t = s->t;
    if (t[ls] < 'A' || t[ls] > 'Z' || !(FIRST >> (t[ls] - 'A') & 1))
        return 0;
    for (size_t k = 0; k < sizeof w / sizeof w[0]; k++) {
        size_t l = w[k].l;
        /* the first byte before memcmp(): a line that opens with 'C' is no "Promotion " */
        if (ls + l + 4 <= le && t[ls] == (uint8_t)w[k].w[0] && memcmp(t + ls, w[k].w, l) == 0 &&
            is_digit(t[ls + l]) && is_digit(t[ls + l + 1]) && is_digit(t[ls + l + 2]) &&
            is_digit(t[ls + l + 3]))
            return 1;
    }
    return 0;
}

static int bare_header(struct sc *s, size_t ls, size_t le)
{
    const uint8_t *t = s->t;
    size_t l = le - ls;
    if (l >= 10 && le < s->len && nw_upper(t + ls, s->len - ls) && class_heading(s, ls, le))
        return block_under(s, le + 1, 2);
    if (l < 4 || l > 24 || le >= s->len || !nw_upper(t + ls, s->len - ls) || t[le - 1] == ':')
        return 0;
    char raw[32], f[32];
    size_t e = le;
    while (e > ls && (t[e - 1] == ' ' || t[e - 1] == '\r'))
        e--;
    if (!nw_roster_label_may(t + ls, e - ls))
        return 0;
    memcpy(raw, t + ls, e - ls);
    size_t k = nw_fold(raw, e - ls, f, sizeof f - 1);
    f[k] = '\0';
    return k && nw_roster_label(f) == NW_RL_ROSTER ? block_under(s, le + 1, 2) : 0;
}

/* iCalendar's ORGANIZER and ATTENDEE lines: the CN parameter is the person's name
 * ("ATTENDEE;ROLE=REQ-PARTICIPANT;CN=\"Keller, Anna\":mailto:..."), a room's or a resource's
 * (CUTYPE=ROOM) excepted. */
static int ical_names(struct sc *s)
{
    const uint8_t *t = s->t;
    size_t n = s->len;
    int rc;
    if (!nw_text_may_hold(s, NW_RB_SEMI))
        return 0; /* no ';' in the text: no parameter (names_bytes.c) */
    for (const uint8_t *p = memchr(t, ';', n); p; p = memchr(p + 1, ';', n - (size_t)(p - t) - 1)) {
        size_t c = (size_t)(p - t);
        if (c + 4 >= n || t[c + 1] != 'C' || t[c + 2] != 'N' || t[c + 3] != '=')
            continue;
        size_t ls = c;
        while (ls > 0 && t[ls - 1] != '\n' && c - ls < 400)
            ls--;
        if (!((c - ls >= 9 && memcmp(t + ls, "ORGANIZER", 9) == 0) ||
              (c - ls >= 8 && memcmp(t + ls, "ATTENDEE", 8) == 0)))
            continue;
        const uint8_t *cu = memchr(t + ls, 'C', c - ls);
        int thing = 0;
        for (; cu && !thing; cu = memchr(cu + 1, 'C', c - (size_t)(cu - t) - 1))
            thing = (size_t)(cu - t) + 11 <= c && memcmp(cu, "CUTYPE=", 7) == 0 &&
                    (cu[7] == 'R' || cu[7] == 'U');
        if (thing)
            continue; /* CUTYPE=ROOM, RESOURCE, UNKNOWN */
        size_t a = c + 4, e;
        if (t[a] == '"') {
            a++;
            const uint8_t *q = memchr(t + a, '"', n - a);
            if (!q)
                continue;
            e = (size_t)(q - t);
        } else {
            e = a;
            while (e < n && t[e] != ';' && t[e] != ':' && t[e] != '\r' && t[e] != '\n')
                e++;
        }
        if (e <= a || e - a > 80 || memchr(t + a, '@', e - a))
            continue;
        struct nm m;
        size_t ne = name_at(s, a, e, 1, &m);
        if (ne == e && person_words(s, a, e, &m) &&
            (rc = s->emit(s->arg, ANON_NAMES_PERSON, a, e)) < 0)
            return rc;
    }
    return 0;
}

/* An action's owner after a dash that ends its line ("- Book the hall — Jan Wril"). The scan
 * reads the detection view (engine_view.c), where an en or em dash is '-'. */
static int dash_owners(struct sc *s)
{
    const uint8_t *t = s->t;
    size_t n = s->len;
    int rc;
    /* only a '-' with a space after it can be " - ": nw_space_pair_at() stops at no other, and
     * names_leaks46.c's cue pass has found where the first one between two spaces may be */
    const struct nw_lines *lines = nw_lines_of(s);
    size_t from = lines ? lines->dash : 0;
    for (size_t c = nw_space_pair_at(t, n, from, '-'); c < n;
         c = nw_space_pair_at(t, n, c + 1, '-')) {
        if (c < 2 || c + 3 >= n || t[c - 1] != ' ' || t[c + 1] != ' ' || !is_lo(t[c - 2]) ||
            !nw_upper(t + c + 2, n - c - 2))
            continue; /* the clause before it ends in a lower-case word: a task */
        size_t a = c + 2, le = line_end(s, a), e, ls = c;
        while (ls > 0 && t[ls - 1] != '\n')
            ls--;
        size_t ts = skip_marks(s, ls, c), spaces = 0;
        for (size_t i = ts; i + 1 < c; i++)
            spaces += t[i] == ' ';
        if (spaces < 1)
            continue; /* a clause before it, not a heading's word ("Scheda – Giuseppe Verdi") */
        while (le > a && (t[le - 1] == ' ' || t[le - 1] == '\r' || t[le - 1] == '.'))
            le--;
        struct nm m;
        if ((e = name_at(s, a, le, 0, &m)) == le && m.words >= 2 && person_words(s, a, e, &m) &&
            !nw_famous_topic(s, a, e) && (rc = s->emit(s->arg, ANON_NAMES_PERSON, a, e)) < 0)
            return rc;
    }
    return 0;
}

/* A register's entry: a line that opens with a date, then ':' or a dash, then a full name and a
 * comma, a joiner and a second name, or the line's end ("20 March 1943 – Anna Vogt, aged 96",
 * "12.4.1925: Jan Wril und Anna Vogt. Trauzeugen: ..."). i is past the line's indent. */
static int dated_entry(struct sc *s, size_t i, size_t le)
{
    const uint8_t *t = s->t;
    size_t ds;
    if (i >= le || !is_digit(t[i]))
        return 0;
    size_t d = nw_date_at(s, i, &ds);
    if (!d || ds != i || d >= le)
        return 0;
    while (d < le && t[d] == ' ')
        d++;
    if (d < le && t[d] == ':')
        d++;
    else if (d + 2 < le && t[d] == 0xE2 && t[d + 1] == 0x80 &&
             (t[d + 2] == 0x93 || t[d + 2] == 0x94))
        d += 3;
    else if (d < le && t[d] == '-')
        d++;
    else
        return 0;
    if (d >= le || t[d] != ' ')
        return 0;
    d++;
    int rc;
    for (int k = 0; k < 2 && d < le; k++) {
        struct nm m;
        size_t e = name_at(s, d, le, 1, &m);
        if (!e || m.words < 2 || !person_words(s, d, e, &m))
            return 0;
        size_t j = e < le ? joiner_at(s, e, le) : 0;
        if (!(e == le || t[e] == ',' || t[e] == '.' || t[e] == '\r' || j ||
              (t[e] == ' ' && e + 1 < le && t[e + 1] == '(')))
            return 0;
        if ((rc = s->emit(s->arg, ANON_NAMES_PERSON, d, e)) < 0)
            return rc;
        if (!j)
            break;
        d = j;
    }
    return 0;
}

/* Emits the k names of a block of name lines when it is one: three lines each with a given name
 * the lexicon knows where a given name stands, or four and more, half of them with one (">Anna
 * Vogt\n>Acme Widget Ltd\n>Jan Wril" is an address block's name and company). */
static int flush_lines(struct sc *s, const size_t *a, const size_t *e, size_t k, size_t named,
                       size_t next)
{
    int rc;
    if (k < 3 || !(named == k || (k >= 4 && named * 2 >= k)))
        return 0;
    while (next < s->len && (s->t[next] == ' ' || s->t[next] == '>' || s->t[next] == '\t'))
        next++;
    if (next < s->len && is_digit(s->t[next]) && nw_addr_number_first(s, next))
        return 0; /* a street follows: the lines are a postal block's name and company */
    for (size_t j = 0; j < k; j++)
        if ((rc = s->emit(s->arg, ANON_NAMES_PERSON, a[j], e[j])) < 0 ||
            (rc = maiden_after(s, e[j])) < 0)
            return rc;
    return 0;
}

/* Three lines or more in a row that each hold one full name and an annotation at most ("1 Jan
 * WRIL (GK)", "Keller, Anna (née Vogt)", "- Piet de Boer – Leeds"), one name at least known to
 * the lexicon: a list of people with no label. */
static int name_lines(struct sc *s)
{
    const uint8_t *t = s->t;
    size_t n = s->len;
    size_t a[RO_MAX], e[RO_MAX], k = 0, named = 0;
    /* the line ends kept for names_lists2.c in the text's table (a store a line; the table's
     * count once, after the last line), in a scratch copy when there is none; the first `had`
     * are read from it (the chat passes found them) */
    struct nw_lines *lines = nw_lines_of(s);
    size_t scratch[NW_LINES], *keep = lines ? lines->le : scratch, ln = 0;
    size_t had = lines ? lines->n : 0;
    int rc;
    for (size_t ls = 0; ls < n; ln++) {
        /* the indent walked once: dated_entry() reads past it, and skip_marks() from it gives
         * what it gives from the line's start (blanks are marks it skips) */
        size_t le = ln < had ? keep[ln] : line_end(s, ls), bl = ls;
        if (ln < NW_LINES)
            keep[ln] = le;
        bl = nw_skip_blanks(t, bl, le);
        size_t i = skip_marks(s, bl, le);
        if ((rc = dated_entry(s, bl, le)) < 0 || (rc = bare_header(s, ls, le)) < 0)
            return rc;
        struct nm m;
        size_t ne = 0;
        /* a name line is short: a name and an annotation, never a paragraph */
        if (i < le && le - i <= 96 && nw_upper(t + i, le - i) &&
            (ne = name_at(s, i, le, 1, &m)) != 0 &&
            (m.words < 2 || !tail_ok(s, ne, le) || !person_words(s, i, ne, &m)))
            ne = 0;
        if (ne && k < RO_MAX) {
            a[k] = i;
            e[k++] = ne;
            named += m.given != 0;
        } else if (k) { /* flush_lines() of no lines does nothing: most lines end no block */
            if ((rc = flush_lines(s, a, e, k, named, ls)) < 0)
                return rc;
            k = 0;
            named = 0;
        }
        ls = le + 1;
    }
    if (lines && lines->n < (ln < NW_LINES ? ln : NW_LINES))
        lines->n = ln < NW_LINES ? ln : NW_LINES;
    return flush_lines(s, a, e, k, named, n);
}

int nw_roster_names(struct sc *s)
{
    int rc;
    if (s->len < 12)
        return 0;
    if ((rc = labelled_lists(s)) < 0 || (rc = ical_names(s)) < 0 || (rc = dash_owners(s)) < 0)
        return rc;
    return name_lines(s);
}
