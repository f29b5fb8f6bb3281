/* names_ctxgate.c: which of the helper files' weak contexts maybe_context() asks, by the bytes
 * around the run (branch ctx39).
 *
 * maybe_context() (names.c) asks ten helpers of every unknown capitalised run, and on prose
 * every one says no after walking back over the word before the run and folding it its own way.
 * Two runs of three in prose open a sentence after ". ". There the word before ends in the full
 * stop, which no helper's word takes as a letter: each one's look-up of the word before finds
 * none (or a token ending in '.', which no list holds), and what is left of each helper are the
 * shapes read off the bytes after the run or a few bytes before the stop. ctx_after_stop()
 * asks a helper only where such a byte allows it. Most other runs follow a lower-case word
 * ("die Konfiguration"): there every helper takes the same word before (its letters run from a
 * space or a line's start), and nw_ctx_after_word() asks a helper only when that word passes the
 * helper's own raw filter of its lists or a byte after the run allows a shape. A run of two
 * words or more after ", " ("Parkway, Mountain View.") is asked of four helpers when the byte
 * after it is none that the other six read there (nw_ctx_after_comma(), stop 61). Each condition
 * below is a necessary one for its helper, read off its code for those bytes before the run;
 * the helper itself still decides. nw_audit_ctx_gate() pins this at every run of a text (the
 * tests ask it of each helper's shapes): when a helper gains a shape, widen its line here.
 */
#include "anonymize/names_ctxgate.h"
#include "anonymize/names_internal.h"

#include <string.h>

/* names_informal2.c after ". ": its byline needs the run to open a line, its word before is
 * none, so only a post after the run ("X am Empfang", an initial before it) or a verb of coming
 * ("X kommt", "X vient") is left, each told by the two bytes after the space (and, after a stop,
 * by the third: of the verbs from 'c' or 'k', "coming", "kommt", "komt", it is an 'm'). */
static inline __attribute__((always_inline)) int informal2_may(uint8_t d, uint8_t d2)
{
    uint8_t f = d2 | 32;
    return is_up(d) ||
           (d == 'a' && (d2 == 't' || d2 == 'm' || d2 == 'n' || d2 == 'a' || d2 == 'l')) ||
           (d == 'o' && d2 == 'n') || (d == 'b' && d2 == 'i') || (d == 'e' && d2 == 'n') ||
           (d == 'n' && (d2 == 'a' || d2 == 'o')) || (d == 0xC3 && d2 == 0xA0) ||
           ((d == 'c' || d == 'k') && f == 'o') || (d == 'v' && (f == 'i' || f == 'e'));
}

/* names_informal.c after the run, once its first bytes c, d passed the test below: a
 * vocative's comma or dash, or a list's separator and a capital (sep_cap_at(): " and ", " und ",
 * " e ", " et ", " en ", " & ", " y ", " i "), told by the separator's second byte d2. */
static inline __attribute__((always_inline)) int informal_sep_may(uint8_t c, uint8_t d, uint8_t d2)
{
    return c != ' ' || d == '-' ||
           (d == 'a' || d == 'u' ? d2 == 'n'
            : d == 'e'           ? d2 == ' ' || d2 == 't' || d2 == 'n'
                                 : d2 == ' ');
}

/* names_prose7.c after ". ": its visit's first words, raw ("came", "drop", "stop", "popp",
 * "est ", "vino", "pas\xC3", "pass", "veio", "kwam"), by their first two bytes. */
static inline __attribute__((always_inline)) int visit_may(uint8_t d, uint8_t d2)
{
    return (d == 'c' && d2 == 'a') || (d == 'd' && d2 == 'r') || (d == 's' && d2 == 't') ||
           (d == 'p' && (d2 == 'o' || d2 == 'a')) || (d == 'e' && d2 == 's') ||
           (d == 'v' && (d2 == 'i' || d2 == 'e')) || (d == 'k' && d2 == 'w');
}

/* names_context2.c: an age in brackets after the run, or the first two bytes of a verb of
 * birth ("nació", "né le", "è nato", "est né", "is geboren", "werd geboren") */
static inline __attribute__((always_inline)) int ctx2_after_may(uint8_t d, uint8_t d2)
{
    return d == '(' || (d == 'n' && (d2 == 'a' || d2 == 0xC3)) || (d == 0xC3 && d2 == 0xA8) ||
           (d == 'e' && d2 == 's') || (d == 'i' && d2 == 's') || (d == 'w' && d2 == 'e');
}

static int ctx_after_stop(const struct sc *s, size_t start, size_t end)
{
    const uint8_t *t = s->t;
    uint8_t c = end < s->len ? t[end] : 0, d = end + 1 < s->len ? t[end + 1] : 0,
            d2 = end + 2 < s->len ? t[end + 2] : 0, x = start >= 3 ? t[start - 3] : 0;
    int sp = c == ' ';
    /* names_docs.c: a full name before ", son of"; an arrow or " v. " after it; " v. ", "vs. ",
     * "Pt. ", "geb. " before it (the byte before the stop) */
    if ((c == ',' || (sp && (d == '-' || d == 0xE2 || d == 'v')) || x == 'v' || x == 's' ||
         x == 't' || (x | 32) == 'b') &&
        nw_doc_ctx(s, start, end))
        return 1;
    /* names_prose.c: an elided title before the stop ("l'avv. X"): its apostrophe 4 to 6 bytes
     * before the stop */
    for (size_t k = 6; k <= 8 && k <= start; k++)
        if (t[start - k] == '\'') {
            if (nw_prose_ctx(s, start, end))
                return 1;
            break;
        }
    if (s->list_end && nw_bare_list_ctx(s, start))
        return 1;
    /* names_context2.c: an age in brackets or a verb of birth after the run */
    if (sp && ctx2_after_may(d, d2) && nw_ctx2_ctx(s, start, end))
        return 1;
    /* names_docs4.c: the last letter of a plural kin word before the run, never a '.' */
    /* names_informal.c: one word, a vocative's comma or dash, or a list's separator after it
     * (" and ", " & ", " und ", " e ", " et ", " en ", " y ", " i ") */
    if ((c == ',' || (sp && (d == '-' || d == 'a' || d == '&' || d == 'u' || d == 'e' || d == 'y' ||
                             d == 'i'))) &&
        informal_sep_may(c, d, d2) && !memchr(t + start, ' ', end - start) &&
        nw_informal_ctx(s, start, end))
        return 1;
    if (sp && informal2_may(d, d2) &&
        !((d == 'c' || d == 'k') && (end + 3 >= s->len || (t[end + 3] | 32) != 'm')) &&
        nw_informal2_ctx(s, start, end))
        return 1;
    /* names_prose7.c: a parenthesis or an apposition's comma, "and me", a visit after it */
    if ((c == ',' || (sp && (d == '(' || visit_may(d, d2)))) && nw_prose7_ctx(s, start, end))
        return 1;
    /* names_chat9.c: "X x3", "X (3)", "X + me", "X and me" after it */
    if (sp &&
        (d == 'x' || d == '(' || d == '+' || d == 'a' || d == 'u' || d == 'e' || d == 'y' ||
         d == '&') &&
        nw_chat9_ctx(s, start, end))
        return 1;
    /* names_fam10a.c: "name X qth" */
    return sp && (d | 32) == 'q' && nw_fam10a_ctx(s, start, end);
}

/* The run after the word of n lower-case ASCII letters t[pb .. pb + n) and one space, the word
 * opening its line or after a space, 1 <= n <= 15: every helper's walk back stops at pb, and
 * the fold of the word is its bytes. */
static int ctx_after_word(const struct sc *s, size_t start, size_t end, size_t pb, size_t n)
{
    const uint8_t *t = s->t;
    uint8_t c = end < s->len ? t[end] : 0, d = end + 1 < s->len ? t[end + 1] : 0,
            d2 = end + 2 < s->len ? t[end + 2] : 0, l = t[start - 2], f = t[pb];
    int sp = c == ' ', one = !memchr(t + start, ' ', end - start);
    /* names_docs.c, names_prose.c, names_context2.c: the word before folded and looked up only
     * behind their filters nw_may_be(C_DOC), (C_PROSE), (C_CTX2); else a full name before ", son
     * of", an arrow or " v. " after the run (docs), an age or a verb of birth (context2) */
    int lists = nw_may_be(t + pb, n, C_DOC | C_PROSE | C_CTX2) != 0;
    if ((lists || c == ',' || (sp && (d == '-' || d == 0xE2 || d == 'v'))) &&
        nw_doc_ctx(s, start, end))
        return 1;
    if (lists && nw_prose_ctx(s, start, end))
        return 1;
    if (s->list_end && nw_bare_list_ctx(s, start))
        return 1;
    if ((lists || (sp && ctx2_after_may(d, d2))) && nw_ctx2_ctx(s, start, end))
        return 1;
    /* names_docs4.c: a plural kin word of 5 to 15 letters ending in one of "nsreia" */
    if (n >= 5 && (l == 'n' || l == 's' || l == 'r' || l == 'e' || l == 'i' || l == 'a') &&
        nw_docs4_ctx(s, start))
        return 1;
    /* names_informal.c: one word; its lists' filter on the word before, a conjunction before
     * (" and ", " und ", " et ", " en ", " y ", " e ", " i "), a vocative's comma or dash or a
     * list's separator after the run (its line must open for a vocative: not after a word) */
    if (one &&
        (nw_informal_word_may(t + pb, n) || c == ',' ||
         (sp &&
          (d == '-' || d == 'a' || d == '&' || d == 'u' || d == 'e' || d == 'y' || d == 'i')) ||
         (n <= 3 && (f == 'a' || f == 'u' || f == 'e' || f == 'y' || f == 'i'))) &&
        nw_informal_ctx(s, start, end))
        return 1;
    /* names_informal2.c: its raw filter on the word before, or a post after the run */
    if ((nw_informal2_word_may(t + pb, n) || (sp && informal2_may(d, d2))) &&
        nw_informal2_ctx(s, start, end))
        return 1;
    /* names_prose7.c: its filter on the word before (or on the one before "to", "an"), else a
     * parenthesis, an apposition's comma, "and me" or a visit after the run */
    if ((nw_prose7_word_may(t, start) || c == ',' || (sp && (d == '(' || visit_may(d, d2)))) &&
        nw_prose7_ctx(s, start, end))
        return 1;
    /* names_chat9.c: a count or "+ me", "and me" after the run, a join of three letters at most
     * before it ("me + X", "ich und X") */
    if (((sp && (d == 'x' || d == '(' || d == '+' || d == 'a' || d == 'u' || d == 'e' || d == 'y' ||
                 d == '&')) ||
         (n <= 3 && (f == 'a' || f == 'u' || f == 'e' || f == 'y'))) &&
        nw_chat9_ctx(s, start, end))
        return 1;
    /* names_fam10a.c: a guest closing its item, "yeah X!", "name X qth", "comma X" (4 to 8
     * letters from c, k or v), "between X and Y" (3 to 8 from b, z, e, t or f; the join of the
     * second party, three letters at most from a, u, e or y) */
    int c_list = c == ',' || c == '\n' || c == '\r' || c == '!' || end == s->len;
    return (c_list || (sp && (d | 32) == 'q') ||
            (n >= 3 && n <= 8 &&
             (f == 'c' || f == 'k' || f == 'v' || f == 'b' || f == 'z' || f == 'e' || f == 't' ||
              f == 'f')) ||
            (n <= 3 && (f == 'a' || f == 'u' || f == 'e' || f == 'y'))) &&
           nw_fam10a_ctx(s, start, end);
}

/* A run of two words or more after ", " with a word right before the comma ("Parkway, Mountain
 * View."), the byte after it c none of ' ', ',', ']', '-', a line break, the lead byte of a dash,
 * nor the text's end: -1 when the run is not of that shape, else the helpers' answer. There every
 * helper's word before stops at the comma or takes the word before it, and what reads the bytes
 * after the run needs one of those bytes: names_docs.c asks "the plaintiff, X" of that word (its
 * filter C_DOC) and its other shapes need a ',' or ' ' after the run or one word, names_prose.c
 * its roles before a comma (C_PROSE), names_docs4.c a plural kin word before the comma;
 * names_context2.c's word before is none and it reads " (", " né" after the run; names_informal.c
 * reads one word; names_informal2.c a byline ("- ★") or a post after a space; names_prose7.c,
 * names_chat9.c a ',' or ' ' after; names_fam10a.c a guest before ',', ']' or a line's end. */
int nw_ctx_after_comma(const struct sc *s, size_t start, size_t end)
{
    const uint8_t *t = s->t;
    if (start < 3 || end >= s->len || !(t[start - 3] >= 0x80 || is_alnum(t[start - 3])))
        return -1;
    uint8_t c = t[end];
    if (c == ' ' || c == ',' || c == ']' || c == '-' || c == '\n' || c == '\r' || c == 0xE2 ||
        !memchr(t + start, ' ', end - start))
        return -1;
    /* the word before the comma as names_docs.c's and names_prose.c's word_ending() take it */
    size_t e = start - 2, i = e;
    while (i > 0 && e - i < 24 && (t[i - 1] >= 0x80 || is_alnum(t[i - 1])))
        i--;
    unsigned m = e - i < 24 ? nw_may_be(t + i, e - i, C_DOC | C_PROSE) : 0;
    if ((m & C_DOC) && nw_doc_ctx(s, start, end))
        return 1;
    char b[32]; /* names_prose.c's first test of its folded word: one of its words (C_PROSE) */
    if ((m & C_PROSE) && nw_prose_word(nw_fold_span(s, i, e, b, sizeof b)) &&
        nw_prose_ctx(s, start, end))
        return 1;
    return (s->list_end && nw_bare_list_ctx(s, start)) || nw_docs4_ctx(s, start);
}

/* Every helper that maybe_context() asks, as it asked them all before this file. */
static int all_helpers(const struct sc *s, size_t start, size_t end)
{
    return nw_doc_ctx(s, start, end) || nw_prose_ctx(s, start, end) || nw_bare_list_ctx(s, start) ||
           nw_ctx2_ctx(s, start, end) || nw_docs4_ctx(s, start) || nw_informal_ctx(s, start, end) ||
           nw_informal2_ctx(s, start, end) || nw_prose7_ctx(s, start, end) ||
           nw_chat9_ctx(s, start, end) || nw_fam10a_ctx(s, start, end);
}

/* The runs nw_ctx_helpers() has no test of its own for: after ", " (nw_ctx_after_comma()), else
 * all ten. Out of line, so that the tests after ". " and a word stay as they were. */
static __attribute__((noinline)) int other_runs(const struct sc *s, size_t start, size_t end)
{
    if (start >= 3 && s->t[start - 1] == ' ' && s->t[start - 2] == ',') {
        int r = nw_ctx_after_comma(s, start, end);
        if (r >= 0)
            return r;
    }
    return all_helpers(s, start, end);
}

int nw_ctx_helpers(const struct sc *s, size_t start, size_t end)
{
    const uint8_t *t = s->t;
    if (start >= 2 && t[start - 1] == ' ') {
        uint8_t l = t[start - 2];
        if (l == '.')
            return ctx_after_stop(s, start, end);
        if (l >= 'a' && l <= 'z') {
            size_t pb = start - 2, lo = start > 17 ? start - 17 : 0;
            while (pb > lo && t[pb - 1] >= 'a' && t[pb - 1] <= 'z')
                pb--;
            if (pb == 0 || t[pb - 1] == ' ' || t[pb - 1] == '\n')
                if (start - 1 - pb <= 15)
                    return ctx_after_word(s, start, end, pb, start - 1 - pb);
        }
    }
    return other_runs(s, start, end);
}

int nw_audit_ctx_gate(const char *text, size_t len, size_t list_end)
{
    struct sc s;
    memset(&s, 0, sizeof s);
    s.t = (const uint8_t *)text;
    s.len = len;
    s.list_end = list_end;
    int found = 0;
    for (size_t i = 1; i < len; i++) {
        if (s.t[i - 1] != ' ' || s.t[i] == ' ')
            continue;
        for (size_t e = i + 1; e <= len && e - i <= 64; e++) {
            if (e < len && (is_alnum(s.t[e]) || s.t[e] >= 0x80 || s.t[e] == '-'))
                continue; /* every end of a word, as the end of a run */
            int all = all_helpers(&s, i, e);
            if (all != nw_ctx_helpers(&s, i, e))
                return -1;
            found += all;
        }
    }
    return found;
}
