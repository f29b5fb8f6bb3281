/* names_h12rp.c: two shapes of prose and documents that name people without a cue word the
 * scanner knows, found missed in names_holdout12 (stop 37's blind set) and measured away from
 * it on gen_h12genp.py's kinds of text:
 *
 * - a name right before the mailbox that spells it, in any case ("hamdan tamimi
 *   <hamdan.tamimi@posteo.de> wrote:", "From: géliette chateau <geliette.chateau@...>"): the
 *   letters of the words equal the local part's (separators, digits and accents aside);
 * - a line's list of people with affiliation or footnote marks glued to each name ("Ana
 *   Ruiz1,2*, Tom Hale^3 and Li Wen (2)", "V. Đỗ¹, Lutrud Hartinger²"): paper front matter,
 *   programmes, posters, preprint posts.
 *
 * The one thing to know: both only add findings. A mailbox's words must each be a name's word
 * (no ordinary word: "paris office <paris.office@>" stays); a list counts only when two items
 * or more, and two thirds of its marked items, are names of two words or more, so firms,
 * places and tools with the same marks ("Roche1, Bayer2", "Leuven (2)") stay.
 */
#include "anonymize/names.h"
#include "anonymize/names_internal.h"
#include "anonymize/names_h12rp.h"

#include <string.h>

static int alpha(uint8_t c)
{
    return (c | 32) >= 'a' && (c | 32) <= 'z';
}

static int digit(uint8_t c)
{
    return c >= '0' && c <= '9';
}

/* Lower-case name particles, allowed inside a name's words ("ana de la fuente"). */
static int particle(const uint8_t *p, size_t n)
{
    static const char *const w[] = {"de",  "da",  "di",  "do",  "du",  "la",  "le",    "van", "von",
                                    "der", "den", "ter", "dos", "das", "del", "della", "ben", "bin",
                                    "al",  "el",  "abu", "y",   "zu",  "af",  "'t"};
    for (size_t k = 0; k < sizeof w / sizeof w[0]; k++)
        if (strlen(w[k]) == n && memcmp(w[k], p, n) == 0)
            return 1;
    return 0;
}

/* Is t[a .. b) a preposition or conjunction ("funded by bayer1, ..." in lower case)? */
static int function_word(const uint8_t *p, size_t n)
{
    static const char *const w[] = {"by",   "of",   "to",  "in",  "at",  "on",  "for",  "from",
                                    "with", "and",  "per", "von", "par", "por", "door", "met",
                                    "mit",  "avec", "con", "com", "und", "et",  "en",   "y"};
    for (size_t k = 0; k < sizeof w / sizeof w[0]; k++)
        if (strlen(w[k]) == n && memcmp(w[k], p, n) == 0)
            return 1;
    return 0;
}

/* Is t[a .. b) an ordinary word and no name's (the lexicon)? */
static int ordinary(const uint8_t *t, size_t a, size_t b)
{
    unsigned f = anon_names_lexicon((const char *)t + a, b - a);
    return (f & (ANON_NL_COMMON_EN | ANON_NL_COMMON)) && !(f & (ANON_NL_GIVEN | ANON_NL_NAME));
}

/* The start of the word of letters, hyphens and apostrophes that ends at e (going back), or e. */
static size_t word_back(const uint8_t *t, size_t lim, size_t e)
{
    size_t a = e;
    while (a > lim) {
        uint8_t c = t[a - 1];
        if (alpha(c) || c >= 0x80 || ((c == '-' || c == '\'') && a - 1 > lim && a < e))
            a--;
        else
            break;
    }
    while (a < e && (t[a] == '-' || t[a] == '\''))
        a++;
    return a;
}

/* ---- a name before the mailbox that spells it ---------------------------------------------- */
/* Do the letters of t[a .. b) (spaces, hyphens, apostrophes aside; one non-ASCII letter for
 * one letter) equal the local part t[l .. m)'s (dots, underscores, hyphens, digits aside)? */
static int spells(const uint8_t *t, size_t a, size_t b, size_t l, size_t m)
{
    size_t i = a, j = l, letters = 0;
    while (i < b) {
        if (t[i] == ' ' || t[i] == '-' || t[i] == '\'') {
            i++;
            continue;
        }
        while (j < m && !alpha(t[j]) && t[j] < 0x80)
            j++;
        if (j >= m)
            return 0;
        if (t[i] >= 0x80) {
            i++;
            while (i < b && (t[i] & 0xC0) == 0x80)
                i++;
            if (t[j] >= 0x80) {
                j++;
                while (j < m && (t[j] & 0xC0) == 0x80)
                    j++;
            } else {
                j++;
            }
            letters++;
            continue;
        }
        if (!alpha(t[i]) || (t[i] | 32) != (t[j] | 32))
            return 0;
        i++, j++, letters++;
    }
    while (j < m && !alpha(t[j]) && t[j] < 0x80)
        j++;
    return j == m && letters >= 5;
}

/* Each '@' of the text's table whose local part follows " <": the words before it that spell
 * the local part ("hamdan tamimi <hamdan.tamimi@"), none an ordinary word. */
static int mailbox_names(struct sc *s)
{
    const uint8_t *t = s->t;
    struct nw_hits *h = nw_hits_of(s, '@');
    for (size_t k = 0, m = nw_hit_at(h, s, '@', 0, 0); m < s->len;
         m = nw_hit_at(h, s, '@', ++k, m + 1)) {
        size_t l = m;
        while (l > 0 && (alpha(t[l - 1]) || digit(t[l - 1]) || t[l - 1] == '.' || t[l - 1] == '_' ||
                         t[l - 1] == '-'))
            l--;
        if (l == m || l < 4 || t[l - 1] != '<' || t[l - 2] != ' ')
            continue;
        /* up to four words before " <", each a name's word, the first not a particle */
        size_t e = l - 2, a = e, st[4];
        int nw = 0;
        while (nw < 4) {
            size_t w = word_back(t, 0, a);
            if (w == a)
                break;
            st[nw++] = w;
            a = w;
            if (a == 0 || t[a - 1] != ' ' || a < 2 || t[a - 2] == ' ')
                break;
            a--;
        }
        for (int n = 2; n <= nw; n++) {
            size_t b0 = st[n - 1];
            if (!spells(t, b0, e, l, m))
                continue;
            int ok = 1;
            for (int q = 0; q < n && ok; q++) {
                size_t ws = st[q], we = q ? st[q - 1] - 1 : e;
                if (particle(t + ws, we - ws))
                    ok = q != n - 1;
                else if (ordinary(t, ws, we))
                    ok = 0;
            }
            if (ok) {
                int rc = s->emit(s->arg, ANON_NAMES_PERSON, b0, e);
                if (rc < 0)
                    return rc;
            }
            break;
        }
    }
    return 0;
}

/* ---- a list of people with affiliation marks ------------------------------------------------ */
/* The length of one mark's byte sequence at p (before lim): a superscript digit, a dagger. */
static size_t mark_char(const uint8_t *p, size_t avail)
{
    if (avail >= 2 && p[0] == 0xC2 && (p[1] == 0xB9 || p[1] == 0xB2 || p[1] == 0xB3))
        return 2; /* ¹ ² ³ */
    if (avail >= 3 && p[0] == 0xE2 && p[1] == 0x81 &&
        (p[2] == 0xB0 || (p[2] >= 0xB4 && p[2] <= 0xB9)))
        return 3; /* ⁰ ⁴ .. ⁹ */
    if (avail >= 3 && p[0] == 0xE2 && p[1] == 0x80 && (p[2] == 0xA0 || p[2] == 0xA1))
        return 3; /* † ‡ */
    return 0;
}

/* The end of the marks glued to a name at i ("1,2*", "^3", "²†", " (1,2)*") before le, or i. */
static size_t marks_at(const uint8_t *t, size_t i, size_t le)
{
    size_t j = i;
    if (j + 2 < le && t[j] == ' ' && t[j + 1] == '(' && digit(t[j + 2])) {
        j += 2;
        while (j < le && (digit(t[j]) || t[j] == ','))
            j++;
        if (j >= le || t[j] != ')')
            return i;
        j++;
    }
    for (;;) {
        size_t n;
        if (j < le &&
            (digit(t[j]) || t[j] == '*' || (t[j] == '^' && j + 1 < le && digit(t[j + 1])) ||
             (t[j] == ',' && j > i && j + 1 < le && digit(t[j + 1]) && digit(t[j - 1]))))
            j++;
        else if ((n = mark_char(t + j, le - j)) != 0)
            j += n;
        else
            break;
    }
    return j;
}

/* The start of the name of two to four words that ends at e (after the segment's start a):
 * capitalised words, initials ("V."), particles inside; lower case only on a line without
 * capitals (low). a when there is none. */
static size_t list_name(const uint8_t *t, size_t a, size_t e, int low)
{
    size_t b = e, first = e;
    int words = 0, full = 0, np = 0; /* words, full words, words besides particles */
    /* in lower case nothing tells a name's first word from the verb before it ("firmado por
     * f. ruiz"): two words at most besides particles */
    while (b > a && words < 4 && (!low || np < 2)) {
        size_t we = b, ws;
        if (t[we - 1] == '.' && we - 1 > a && alpha(t[we - 2]) &&
            (we - 2 == a || t[we - 3] == ' ')) {
            ws = we - 2; /* an initial */
            if (words == 0 || !(low || (t[ws] >= 'A' && t[ws] <= 'Z')))
                break;
            np++;
        } else {
            ws = word_back(t, a, we);
            if (ws == we || we - ws < 2)
                break;
            int part = particle(t + ws, we - ws);
            if (part && words == 0)
                break;
            if (!part && !low && !nw_upper(t + ws, we - ws))
                break;
            if (!part && (ordinary(t, ws, we) || (low && function_word(t + ws, we - ws))))
                break;
            full += !part;
            np += !part;
        }
        first = ws;
        words++;
        if (ws == a || t[ws - 1] != ' ')
            break;
        b = ws - 1;
    }
    if (words < 2 || !full)
        return e;
    /* the first word may not be a particle: "de Boer" keeps it only after a given name */
    size_t fe = first;
    while (fe < e && t[fe] != ' ')
        fe++;
    if (particle(t + first, fe - first))
        return e;
    return first;
}

/* Is t[i .. le) " and " / " und " / ... or ", "? The separator's length, 0 for none. */
static size_t list_sep(const uint8_t *t, size_t i, size_t le)
{
    static const char *const w[] = {" and ", " und ", " et ", " en ", " y ", " e ", " & "};
    if (i + 1 < le && t[i] == ',' && t[i + 1] == ' ')
        return 2;
    if (i + 1 < le && t[i] == ';' && t[i + 1] == ' ')
        return 2;
    if (t[i] != ' ')
        return 0;
    for (size_t k = 0; k < sizeof w / sizeof w[0]; k++) {
        size_t n = strlen(w[k]);
        if (i + n <= le && memcmp(t + i, w[k], n) == 0)
            return n;
    }
    return 0;
}

#define LIST_MAX 16

static int list_line(struct sc *s, size_t ls, size_t le)
{
    const uint8_t *t = s->t;
    size_t na[LIST_MAX], nb[LIST_MAX];
    /* lower case: a line without capitals, or any line of a lower-case text's copy whose name
     * words names_lower.c raised (an invented name stays in lower case there) */
    int marked = 0, names = 0, low = 1;
    for (size_t i = ls; i < le && low && !s->raised; i++)
        low = !(t[i] >= 'A' && t[i] <= 'Z');
    size_t a = ls;
    for (size_t i = ls; i <= le && marked < LIST_MAX;) {
        size_t n = i < le ? list_sep(t, i, le) : 0;
        if (i < le && !n) {
            i++;
            continue;
        }
        /* the segment t[a .. i): marks at its end after a letter? */
        size_t e = i;
        while (e > a && t[e - 1] == ' ')
            e--;
        size_t me = a; /* the name's end: the marks run from me to e */
        for (size_t q = a; q < e; q++) {
            if ((alpha(t[q]) || (t[q] & 0xC0) == 0x80) && q + 1 < e && marks_at(t, q + 1, e) == e) {
                me = q + 1;
                break;
            }
        }
        if (me > a && me < e) {
            marked++;
            size_t f = list_name(t, a, me, low);
            if (f < me) {
                na[names] = f;
                nb[names] = me;
                names++;
            }
        }
        if (i >= le)
            break;
        i += n;
        a = i;
    }
    if (names < 2 || names * 3 < marked * 2)
        return 0;
    for (int k = 0; k < names; k++) {
        int rc = s->emit(s->arg, ANON_NAMES_PERSON, na[k], nb[k]);
        if (rc < 0)
            return rc;
    }
    return 0;
}

/* The lines that hold ", " after a mark glued to a letter ("Ruiz1, ", "Đỗ¹, ", "Ruiz (2)*, "):
 * the ',' of the text's table. A list of two without a comma ("Ruiz1 and Hale2") is left:
 * reading every ')' or digit for it cost more than the rule may (a 2-author line is rare). */
static int mark_lists(struct sc *s)
{
    const uint8_t *t = s->t;
    struct nw_hits *h = nw_hits_of(s, ',');
    size_t done = 0;
    for (size_t k = 0, i = nw_hit_at(h, s, ',', 0, 0); i < s->len;
         i = nw_hit_at(h, s, ',', ++k, i + 1)) {
        if (i < 3 || i + 2 >= s->len || t[i + 1] != ' ' || i < done ||
            !(alpha(t[i + 2]) || t[i + 2] >= 0xC3))
            continue; /* the next item starts with a letter: not "(1, 2)" */
        uint8_t p = t[i - 1];
        if (!(digit(p) || p == '*' || p == ')' || p == 0xB9 || p == 0xB2 || p == 0xB3 ||
              p == 0xA0 || p == 0xA1 || (p >= 0xB4 && p <= 0xB9)))
            continue;
        /* the marks must be glued to a letter ("Ruiz1,2, ", "Ruiz (1) "), not follow a number
         * or a bracket of code ("[1, 2]", "f(1) ") */
        size_t q = i - 1;
        while (q > 0 && i - q < 12 &&
               (digit(t[q]) || t[q] == ',' || t[q] == '*' || t[q] == '^' || t[q] == ')' ||
                (t[q] >= 0x80 && t[q] < 0xC0) || t[q] == 0xC2 || t[q] == 0xE2))
            q--;
        if (t[q] == '(' && q > 1 && t[q - 1] == ' ')
            q -= 2;
        if (!(alpha(t[q]) || t[q] >= 0x80) || q == i - 1)
            continue;
        size_t ls = nw_line_start(s, i), le = i;
        while (le < s->len && t[le] != '\n')
            le++;
        done = le;
        if (le - ls > 600)
            continue;
        int rc = list_line(s, ls, le);
        if (rc < 0)
            return rc;
    }
    return 0;
}

int nw_h12rp_names(struct sc *s)
{
    int rc = mailbox_names(s);
    return rc < 0 ? rc : mark_lists(s);
}
