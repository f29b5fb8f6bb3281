/* gate.c: cheap structural gates in front of the digit detectors' patterns.
 *
 * A gate answers "could this detector's pattern find a value its validator accepts anywhere in
 * this window?" from the window's digit runs (found once per window by the engine), so the
 * engine runs PCRE2 only where the answer is yes. A gate must over-approximate its pattern:
 * whenever it says no, running the pattern over the window would have produced no candidate at all
 * (so skipping it changes nothing, not even which later matches a rejected one would have hidden).
 * The engine calls a gate only for windows that are all ASCII, where \d, \w and the Unicode classes
 * of the patterns reduce to their ASCII members; bytes before `from` (seen by lookbehinds) may be
 * anything, and a non-ASCII byte there is always treated as allowing a match. The subject ends at
 * `to`.
 *
 * The engine first asks anon_gates_maybe, one pass over the window's runs that rules out what
 * each of the commonest gates would rule out in most prose windows; it must pass every window
 * its gate passes (bench_gates and test_gate check it), so the gates' answers do not change.
 */
#include "anonymize/anon_internal.h"

#include <stdint.h>
#include <string.h>

/* Byte classes by one table lookup (the gates test several per run, on every digit window). */
enum {
    G_DIG = 1,
    G_ALPHA = 2,
    G_HEX = 4,
    G_WORD = 8,
    G_PHONE = 16,
    G_CLINK = 32,
    G_DOT = 64,
    G_SPLIT = 128
};
#define GC_RANGE(c, a, b) ((c) >= (a) && (c) <= (b))
#define GC_ALPHA(c) (GC_RANGE(c, 'A', 'Z') || GC_RANGE(c, 'a', 'z'))
#define GC(c)                                                                                      \
    (uint8_t)((GC_RANGE(c, '0', '9') ? G_DIG | G_HEX | G_WORD | G_PHONE : 0) |                     \
              (GC_ALPHA(c) ? G_ALPHA | G_WORD : 0) |                                               \
              (GC_RANGE(c, 'A', 'F') || GC_RANGE(c, 'a', 'f') ? G_HEX : 0) |                       \
              ((c) == '_' ? G_WORD : 0) |                                                          \
              ((c) == ' ' || (c) == '+' || (c) == '(' || (c) == ')' || (c) == '.' || (c) == '-' || \
                       (c) == '/'                                                                  \
                   ? G_PHONE                                                                       \
                   : 0) |                                                                          \
              ((c) == ' ' || (c) == '-' || (c) == '.' || (c) == '\n' ? G_CLINK : 0) |              \
              ((c) == '.' ? G_DOT : 0) |                                                           \
              ((c) == '/' || (c) == '_' || (c) == '"' || (c) == ',' || (c) == '.' || (c) == '-' || \
                       (c) == ' '                                                                  \
                   ? G_SPLIT                                                                       \
                   : 0))
#define GC4(c) GC(c), GC((c) + 1), GC((c) + 2), GC((c) + 3)
#define GC16(c) GC4(c), GC4((c) + 4), GC4((c) + 8), GC4((c) + 12)
#define GC64(c) GC16(c), GC16((c) + 16), GC16((c) + 32), GC16((c) + 48)
static const uint8_t gcls[256] = {GC64(0), GC64(64), GC64(128), GC64(192)};

static int dig(char c)
{
    return gcls[(uint8_t)c] & G_DIG;
}
static int alpha(char c)
{
    return gcls[(uint8_t)c] & G_ALPHA;
}
static int hex(char c)
{
    return gcls[(uint8_t)c] & G_HEX;
}
/* \w, or ANON_WORDCH, restricted to ASCII */
static int word(char c)
{
    return gcls[(uint8_t)c] & G_WORD;
}

/* May ANON_NUM_START hold at p? Only ASCII bytes before p can refute it. */
static int num_start_ok(const char *t, size_t p)
{
    if (p == 0)
        return 1;
    char a = t[p - 1];
    if (word(a) || a == '-' || a == '+' || a == '.' || a == '/' || a == '#' || a == '$' || a == '@')
        return 0;
    return !(p >= 2 && (a == ',' || a == ':') && dig(t[p - 2]));
}

/* Is p preceded by a digit and one of the separators in seps ((?<!\d[seps]))? */
static int after_digit_sep(const char *t, size_t p, const char *seps)
{
    if (p < 2 || !dig(t[p - 2]))
        return 0;
    for (const char *q = seps; *q; q++)
        if (t[p - 1] == *q)
            return 1;
    return 0;
}

/* May ANON_NUM_END hold at e, the subject ending at to? */
static int num_end_ok(const char *t, size_t e, size_t to)
{
    if (e >= to)
        return 1;
    char c = t[e];
    if (word(c))
        return 0;
    if ((c == '-' || c == '.' || c == ',' || c == ':' || c == '/') && e + 1 < to && dig(t[e + 1]))
        return 0;
    if (c == '-' && e + 5 <= to && hex(t[e + 1]) && hex(t[e + 2]) && hex(t[e + 3]) && hex(t[e + 4]))
        return 0;
    return 1;
}

/* May the lookbehind (?<![\w<extra>]) hold at p? */
static int not_after(const char *t, size_t p, const char *extra)
{
    if (p == 0)
        return 1;
    char a = t[p - 1];
    if (word(a))
        return 0;
    for (const char *q = extra; *q; q++)
        if (a == *q)
            return 0;
    return 1;
}

/* May ANON_CARD_START hold at p? Like num_start_ok, but a card may follow '/', '#' and "12,". */
static int card_start_ok(const char *t, size_t p)
{
    if (p == 0)
        return 1;
    char a = t[p - 1];
    if (word(a) || a == '-' || a == '+' || a == '.' || a == '$' || a == '@')
        return 0;
    return !(p >= 2 && a == ':' && dig(t[p - 2]));
}

/* May ANON_CARD_END hold at e? Like num_end_ok, but a card may run on into ",". */
static int card_end_ok(const char *t, size_t e, size_t to)
{
    return num_end_ok(t, e, to) || (e + 1 < to && t[e] == ',' && dig(t[e + 1]));
}

/* Do a run ending at e and one starting at s join as one card (one of " .-", "\n", "\r\n")? */
static inline int card_link(const char *t, size_t e, size_t s)
{
    if (s == e + 1)
        return t[e] == ' ' || t[e] == '-' || t[e] == '.' || t[e] == '\n';
    return s == e + 2 && t[e] == '\r' && t[e + 1] == '\n';
}

/* CREDIT_CARD: the match starts at a run where a card may start (after other numbers too),
 * follows runs joined by single separators, ends at the end of one of its runs and holds 12..19
 * digits (Luhn counts them). */
int anon_g_card(const anon_window_t *w)
{
    const char *t = w->text;
    /* a start at run i counts at most the digits of the runs linked to it: the runs are visited
     * last to first with that sum, and only those where it reaches 12 are tried */
    size_t reach = 0;
    for (size_t i = w->nruns; i-- > 0;) {
        reach = w->run[i].e - w->run[i].s +
                (i + 1 < w->nruns && card_link(t, w->run[i].e, w->run[i + 1].s) ? reach : 0);
        if (reach < 12 || !card_start_ok(t, w->run[i].s))
            continue;
        size_t digits = 0;
        for (size_t j = i; j < w->nruns; j++) {
            digits += w->run[j].e - w->run[j].s;
            if (digits > 19)
                break;
            if (digits >= 12 && card_end_ok(t, w->run[j].e, w->to))
                return 1;
            if (!(j + 1 < w->nruns && card_link(t, w->run[j].e, w->run[j + 1].s)))
                break;
        }
    }
    return 0;
}

/* Could an IBAN's country code end at p (two letters of a known country, not glued to a word
 * or a dash)? */
static int iban_head(const anon_window_t *w, size_t p)
{
    const char *t = w->text;
    return p >= w->from + 2 && alpha(t[p - 2]) && alpha(t[p - 1]) && not_after(t, p - 2, "-") &&
           anon_iban_country_len(t[p - 2], t[p - 1]);
}

/* Do ten letters or digits follow p, each after at most one of " ", "\t", "-", "\n", "\r\n"
 * ((?:(?:[ \t\-]|\r?\n)?[A-Za-z0-9]){10}, which has but one way to match)? */
static int iban_body(const anon_window_t *w, size_t p)
{
    const char *t = w->text;
    for (int k = 0; k < 10; k++, p++) {
        if (p < w->to && (t[p] == ' ' || t[p] == '-' || t[p] == '\n' || t[p] == '\t'))
            p++;
        else if (p + 1 < w->to && t[p] == '\r' && t[p + 1] == '\n')
            p += 2;
        if (p >= w->to || !(alpha(t[p]) || dig(t[p])))
            return 0;
    }
    return 1;
}

/* IBAN: a country code, an optional space or dash, then a run's first two digits and at least
 * ten more letters or digits ("at 2024-05-01T10:22" is no IBAN). */
int anon_g_iban(const anon_window_t *w)
{
    const char *t = w->text;
    for (size_t i = 0; i < w->nruns; i++) {
        size_t s = w->run[i].s, p;
        if (w->run[i].e - s < 2 || s < w->from + 2)
            continue;
        /* the country code ends right before the run, or before a space or dash before it */
        if (alpha(t[s - 1]))
            p = s;
        else if (t[s - 1] == ' ' || t[s - 1] == '-')
            p = s - 1;
        else
            continue;
        if (iban_head(w, p) && iban_body(w, s + 2))
            return 1;
    }
    return 0;
}

/* IPV4: four runs of 1-3 digits joined by single dots, no word, dot or dash before it, no word,
 * dash or ".digit" after it; the match is then fixed, so the validator decides. */
int anon_g_ipv4(const anon_window_t *w)
{
    const char *t = w->text;
    for (size_t i = 0; i + 4 <= w->nruns; i++) {
        size_t s = w->run[i].s, k = 0;
        if (!not_after(t, s, ".-"))
            continue;
        for (; k < 4; k++) {
            size_t e = w->run[i + k].e;
            if (e - w->run[i + k].s > 3 ||
                (k < 3 && !(w->run[i + k + 1].s == e + 1 && t[e] == '.')))
                break;
        }
        if (k < 4)
            continue;
        size_t e = w->run[i + 3].e;
        if (e < w->to &&
            (word(t[e]) || t[e] == '-' || (t[e] == '.' && e + 1 < w->to && dig(t[e + 1]))))
            continue;
        if (anon_v_ipv4(t + s, e - s))
            return 1;
    }
    return 0;
}

/* IPV6: up to four hex digits, a colon, up to four hex digits and another colon, starting where
 * no word character, colon or dot precedes (so at the first byte of a hex stretch). */
int anon_g_ipv6(const anon_window_t *w)
{
    const char *t = w->text, *end = t + w->to;
    const char *c = memchr(t + w->from, ':', w->to - w->from);
    for (; c; c = memchr(c + 1, ':', (size_t)(end - c - 1))) {
        size_t at = (size_t)(c - t), h = 0;
        while (h < 5 && at - h > w->from && hex(t[at - h - 1]))
            h++;
        if (h > 4 || !not_after(t, at - h, ":."))
            continue;
        size_t i = at + 1, g = i;
        while (i < w->to && hex(t[i]) && i - g < 4)
            i++;
        if (i < w->to && t[i] == ':')
            return 1;
        if (c + 1 >= end)
            break;
    }
    return 0;
}

static int phone_body(char c)
{
    return gcls[(uint8_t)c] & G_PHONE;
}

/* Could s follow a list, flat or order number ("#3 ", "Flat 12 ": a space after 1-6 digits
 * that follow no other digit)? Over-approximates the PHONE pattern's LIST_NO lookbehind. */
static int list_no_before(const char *t, size_t s)
{
    if (s < 2 || t[s - 1] != ' ')
        return 0;
    size_t p = s - 1, k = 0;
    while (p > 0 && k < 7 && dig(t[p - 1]))
        p--, k++;
    return k >= 1 && k <= 6 && (p == 0 || !dig(t[p - 1]));
}

/* May a phone body end at e (before which lies a digit or ')'): where a number may end, or where
 * an extension (" x12", "ext. 12") follows? */
static int phone_end(const char *t, size_t e, size_t to)
{
    char n = e < to ? t[e] : 0, n2 = e + 1 < to ? t[e + 1] : 0;
    return card_end_ok(t, e, to) || n == 'x' || n == 'e' || n == 'X' || n == 'E' ||
           (n == ' ' && (n2 == 'x' || n2 == 'e' || n2 == 'X' || n2 == 'E'));
}

/* Could a phone body start at s and hold 7..15 digits up to an end where a number may end or an
 * extension (" x12", "ext. 12") follows? Bodies are at most ~60 bytes of digits and + ( ) . - /
 * and spaces, ending at a digit or ')'. Up to 18 digits written: anon_v_phone counts neither a
 * dialled "00" nor a "(0)" trunk ("0049 (0)151 1234 5678"). */
/* May a phone body start at s, judging by the bytes before it? */
static int phone_start(const char *t, size_t s, size_t to)
{
    /* an international prefix or an area code in parentheses may follow other numbers */
    if (t[s] != '+' && t[s] != '(' && after_digit_sep(t, s, " .-") && !list_no_before(t, s))
        return 0;
    /* an international number may be a path segment (/users/+14155550132/calls); '+', a trunk 0
     * and a bare 10-11 digit run (a CSV cell after "12,", a list without spaces) may follow "12,"
     * (ANON_PHONE_START) */
    if (num_start_ok(t, s) || (t[s] == '+' && s > 0 && t[s - 1] == '/'))
        return 1;
    /* a '#' that follows no word byte ("#0612345678", "nås #41 34 93 34") */
    if (s > 0 && t[s - 1] == '#' && (s < 2 || !word(t[s - 2])))
        return 1;
    if (s < 2 || t[s - 1] != ',' || !dig(t[s - 2]))
        return 0;
    if (t[s] == '+' || t[s] == '0')
        return 1;
    size_t k = 0;
    while (k < 12 && s + k < to && dig(t[s + k]))
        k++;
    return k == 10 || k == 11;
}

static int phone_from(const anon_window_t *w, size_t s)
{
    const char *t = w->text;
    if (!phone_start(t, s, w->to))
        return 0;
    size_t digits = 0;
    for (size_t i = s; i < w->to && i - s < 64 && phone_body(t[i]) && digits <= 18; i++) {
        digits += dig(t[i]);
        if (digits < 7 || digits > 18 || !(dig(t[i]) || t[i] == ')'))
            continue;
        if (phone_end(t, i + 1, w->to))
            return 1;
    }
    return 0;
}

/* Could a body that counts the digits of run i end at the end of run i or of a run joined to it
 * by body bytes, or after a ')' among those body bytes? Only there: after a digit followed by a
 * digit, phone_end fails (a word byte follows, and it is no extension). Checked before
 * phone_from, which walks the body byte by byte ("2024-05-01T10" ends nowhere). */
static int phone_may_end(const anon_window_t *w, size_t i)
{
    const char *t = w->text;
    for (;; i++) {
        size_t e = w->run[i].e, stop = i + 1 < w->nruns ? w->run[i + 1].s : w->to, p = e;
        if (phone_end(t, e, w->to))
            return 1;
        for (; p < stop && p - e < 64 && phone_body(t[p]); p++)
            if (t[p] == ')')
                return 1;
        /* the next run is joined to this one as phone_gap joins them */
        if (i + 1 == w->nruns || p != stop || stop - e >= 64)
            return 0;
    }
}

/* Are the bytes between two runs, text[e .. s), all body bytes, within a body's 64-byte reach? */
static int phone_gap(const char *t, size_t e, size_t s)
{
    if (s - e >= 64)
        return 0;
    for (; e < s; e++)
        if (!phone_body(t[e]))
            return 0;
    return 1;
}

/* PHONE: a body starts at a digit, '+' or '(' where a number may start; its first digits are the
 * start of a run, and a '+' or '(' start lies in the non-digit body bytes just before that run.
 * A body is one stretch of body bytes holding at least 7 digits, so a start at or before run i
 * can count only the digits of run i and of the runs after it joined to it by body bytes alone:
 * the runs are visited last to first with that sum, and only those where it reaches 7 are tried
 * (on text without phones, most digit runs are glued to letters, colons or commas). */
int anon_g_phone(const anon_window_t *w)
{
    const char *t = w->text;
    size_t reach = 0;
    for (size_t i = w->nruns; i-- > 0;) {
        size_t s = w->run[i].s, e = w->run[i].e;
        reach = e - s + (i + 1 < w->nruns && phone_gap(t, e, w->run[i + 1].s) ? reach : 0);
        /* a start at run i, or in the body bytes before it, follows no word byte */
        if (reach < 7 || (s > 0 && word(t[s - 1])) || !phone_may_end(w, i))
            continue;
        size_t floor_ = i ? w->run[i - 1].e : w->from;
        if (phone_from(w, s))
            return 1;
        for (size_t p = s; p > floor_ && s - p < 64 && phone_body(t[p - 1]);)
            if ((t[--p] == '+' || t[p] == '(') && phone_from(w, p))
                return 1;
    }
    return 0;
}

/* PHONE in a WhatsApp link: a run right after "wa.me/" or "send?phone=", a '+' between. */
int anon_g_wa_phone(const anon_window_t *w)
{
    const char *t = w->text;
    for (size_t i = 0; i < w->nruns; i++) {
        size_t s = w->run[i].s;
        if (s > 0 && t[s - 1] == '+')
            s--;
        if (s < 6 || (t[s - 1] != '/' && t[s - 1] != '='))
            continue;
        if (memcmp(t + s - 6, "wa.me/", 6) == 0 ||
            (s >= 11 && memcmp(t + s - 11, "send?phone=", 11) == 0))
            return 1;
    }
    return 0;
}

/* Runs i, i + 1 and i + 2 as exactly 3, 2 and 4 digits joined by single dashes (or, when spaced,
 * by single spaces), where a number may start and end; dashed also after and before '/' (a path
 * segment). The match is then fixed, so the validator decides. */
/* A bare or spaced SSN's end: num_end_ok, or ',' before the next CSV cell (SSN_END). */
static int ssn_end_ok(const char *t, size_t e, size_t to)
{
    return num_end_ok(t, e, to) || t[e] == ',';
}

static int ssn_324(const anon_window_t *w, size_t i, int spaced, size_t (*v)(const char *, size_t))
{
    const char *t = w->text;
    size_t s = w->run[i].s, e = s + 11;
    if (i + 2 >= w->nruns || w->run[i].e != s + 3 || w->run[i + 1].s != s + 4 ||
        w->run[i + 1].e != s + 6 || w->run[i + 2].s != s + 7 || w->run[i + 2].e != e)
        return 0;
    char g = t[s + 3];
    if (g != t[s + 6])
        return 0;
    if (g == '-')
        return (num_start_ok(t, s) || (s > 0 && t[s - 1] == '/') ||
                (s > 1 && t[s - 1] == ',' && t[s - 2] >= '0' && t[s - 2] <= '9')) &&
               (num_end_ok(t, e, w->to) || (e < w->to && t[e] == '/')) && v(t + s, 11);
    return spaced && g == ' ' && num_start_ok(t, s) && ssn_end_ok(t, e, w->to) && v(t + s, 11);
}

/* US_SSN: dashed, or after its name nine digits bare or as 3 2 4 joined by single spaces. */
int anon_g_us_ssn(const anon_window_t *w)
{
    const char *t = w->text;
    for (size_t i = 0; i < w->nruns; i++) {
        size_t s = w->run[i].s, e = w->run[i].e;
        if (e - s == 9 && num_start_ok(t, s) && ssn_end_ok(t, e, w->to) && anon_v_us_ssn(t + s, 9))
            return 1;
        if (e - s == 3 && ssn_324(w, i, 1, anon_v_us_ssn))
            return 1;
    }
    return 0;
}

/* US_ITIN: dashed, starting with a 9. */
int anon_g_us_itin(const anon_window_t *w)
{
    for (size_t i = 0; i < w->nruns; i++)
        if (w->text[w->run[i].s] == '9' && ssn_324(w, i, 0, anon_v_us_itin))
            return 1;
    return 0;
}

/* Runs i..j form a chain when each next run follows after exactly one byte from links (or, with
 * letters, after one letter A/B and an optional space: FR_NIR's Corsican departments). Calls v
 * on every chain span from a run start where a number may start to a run end where one may end
 * holding lo..hi digits; 1 as soon as one passes. */
static int chain_spans(const anon_window_t *w, const char *links, int letters, size_t lo, size_t hi,
                       size_t (*v)(const char *, size_t))
{
    const char *t = w->text;
    for (size_t i = 0; i < w->nruns; i++) {
        size_t s = w->run[i].s;
        if (!num_start_ok(t, s))
            continue;
        size_t digits = 0;
        for (size_t j = i; j < w->nruns; j++) {
            size_t e = w->run[j].e;
            digits += e - w->run[j].s;
            if (digits > hi)
                break;
            if (digits >= lo && num_end_ok(t, e, w->to) && v(t + s, e - s))
                return 1;
            if (j + 1 == w->nruns)
                break;
            size_t gap = w->run[j + 1].s - e;
            int ok = 0;
            if (gap == 1)
                for (const char *q = links; *q && !ok; q++)
                    ok = t[e] == *q;
            if (!ok && letters && (gap == 1 || (gap == 2 && t[e + 1] == ' ')))
                ok = t[e] == 'A' || t[e] == 'B' || t[e] == 'a' || t[e] == 'b';
            if (!ok)
                break;
        }
    }
    return 0;
}

/* DE_TAX_ID: 11 digits, groups joined by single spaces. */
int anon_g_de_taxid(const anon_window_t *w)
{
    return chain_spans(w, " ", 0, 11, 11, anon_v_de_taxid);
}

/* FR_NIR: 15 characters (14 digits with a Corsican 2A/2B), groups joined by single spaces. */
int anon_g_fr_nir(const anon_window_t *w)
{
    return chain_spans(w, " ", 1, 14, 15, anon_v_fr_nir);
}

/* NL_BSN: nine digits bare, as dddd.dd.ddd or as ddd?ddd?ddd with one of " .-". */
int anon_g_nl_bsn(const anon_window_t *w)
{
    return chain_spans(w, " .-", 0, 9, 9, anon_v_nl_bsn);
}

/* UK_NHS: ten digits bare or as ddd?ddd?dddd with one of " -". */
int anon_g_uk_nhs(const anon_window_t *w)
{
    return chain_spans(w, " -", 0, 10, 10, anon_v_uk_nhs);
}

/* DE_SVNR: digits, an optional space, one letter, an optional space and a run of three digits
 * that ends where a number may end. */
int anon_g_de_svnr(const anon_window_t *w)
{
    const char *t = w->text;
    for (size_t i = 1; i < w->nruns; i++) {
        size_t s = w->run[i].s, p = s - 1;
        if (w->run[i].e - s != 3 || !num_end_ok(t, w->run[i].e, w->to))
            continue;
        if (t[p] == ' ' && p > w->from)
            p--;
        if (!alpha(t[p]) || p <= w->from)
            continue;
        p--;
        if (t[p] == ' ' && p > w->from)
            p--;
        if (dig(t[p]))
            return 1;
    }
    return 0;
}

/* UK_NINO: two letters, not glued to a word or a dash, then (after an optional space) the first
 * digits of a run. */
int anon_g_uk_nino(const anon_window_t *w)
{
    const char *t = w->text;
    for (size_t i = 0; i < w->nruns; i++) {
        size_t p = w->run[i].s;
        if (p > w->from && t[p - 1] == ' ')
            p--;
        if (p >= w->from + 2 && alpha(t[p - 1]) && alpha(t[p - 2]) && not_after(t, p - 2, "-"))
            return 1;
    }
    return 0;
}

/* A stretch of joined runs (card-linked, or joined by phone body bytes) beginning at run
 * `first`, as the summary (anon_gates_maybe) counts it once it holds enough digits: `skipped`
 * digits lie in runs before the first where a value may start; runs from `pending` on are not
 * yet asked whether one may (so each run is asked at most once). */
struct stretch {
    size_t first, skipped, pending;
    int found;
};

static int card_may_start(const anon_window_t *w, size_t k)
{
    return card_start_ok(w->text, w->run[k].s);
}

/* A phone body may start at run k's first digit, or at a '+' or '(' in the body bytes right
 * before it (as far back as anon_g_phone looks). */
static int phone_may_start(const anon_window_t *w, size_t k)
{
    const char *t = w->text;
    size_t s = w->run[k].s, floor_ = k ? w->run[k - 1].e : w->from;
    if (phone_start(t, s, w->to))
        return 1;
    for (size_t p = s; p > floor_ && s - p < 64 && phone_body(t[p - 1]);)
        if (t[--p] == '+' || t[p] == '(')
            return 1;
    return 0;
}

/* The digits of the stretch first..i (`plain` in all) from its first run where a value may
 * start, asking runs only while the digits not yet skipped could reach `need`. */
static size_t counted(const anon_window_t *w, struct stretch *st, size_t first, size_t plain,
                      size_t need, int (*may_start)(const anon_window_t *, size_t))
{
    if (st->first != first)
        *st = (struct stretch){first, 0, first, 0};
    while (!st->found && plain - st->skipped >= need) {
        if (may_start(w, st->pending)) {
            st->found = 1;
            break;
        }
        st->skipped += w->run[st->pending].e - w->run[st->pending].s;
        st->pending++;
    }
    return st->found ? plain - st->skipped : 0;
}

static __attribute__((noinline)) size_t card_counted(const anon_window_t *w, struct stretch *st,
                                                     size_t first, size_t plain)
{
    return counted(w, st, first, plain, 12, card_may_start);
}

/* Could a phone body counting 7 digits of the stretch first..i end at the end of run i or after
 * a ')' in the body bytes right after it? */
static __attribute__((noinline)) int phone_counted(const anon_window_t *w, struct stretch *st,
                                                   size_t first, size_t i, size_t plain)
{
    const char *t = w->text;
    size_t e = w->run[i].e, stop = i + 1 < w->nruns ? w->run[i + 1].s : w->to;
    int end = phone_end(t, e, w->to); /* the end first: cheaper than the starts */
    for (size_t p = e; !end && p < stop && p - e < 64 && phone_body(t[p]); p++)
        end = t[p] == ')';
    return end && counted(w, st, first, plain, 7, phone_may_start) >= 7;
}

/* How runs joined by more than one byte join (G_CLINK for "\r\n", G_PHONE for body bytes). */
static __attribute__((noinline)) unsigned far_join(const char *t, size_t pe, size_t s)
{
    unsigned in = s == pe + 2 && t[pe] == '\r' && t[pe + 1] == '\n' ? G_CLINK : 0;
    if (s - pe >= 64)
        return in;
    for (size_t p = pe; p < s; p++)
        if (!phone_body(t[p]))
            return in;
    return in | G_PHONE;
}

/* IBAN: the gate's own test of run i, whose country code would end at p. */
static __attribute__((noinline)) unsigned iban_test(const anon_window_t *w, size_t i, size_t p)
{
    return w->run[i].s >= w->from + 2 && iban_head(w, p) && iban_body(w, w->run[i].s + 2)
               ? ANON_GB_IBAN
               : 0;
}

/* US_SSN and US_ITIN: the gates' own tests of run i. */
static __attribute__((noinline)) unsigned us_tests(const anon_window_t *w, size_t i)
{
    const char *t = w->text;
    size_t s = w->run[i].s, e = w->run[i].e;
    unsigned maybe = 0;
    if ((e - s == 9 && num_start_ok(t, s) && ssn_end_ok(t, e, w->to) && anon_v_us_ssn(t + s, 9)) ||
        (e - s == 3 && ssn_324(w, i, 1, anon_v_us_ssn)))
        maybe |= ANON_GB_US_SSN;
    if (t[s] == '9' && ssn_324(w, i, 0, anon_v_us_itin))
        maybe |= ANON_GB_US_ITIN;
    return maybe;
}

/* Could an IBAN's country code (two letters after no word byte or dash) end at p? */
static inline int iban_may_head(const char *t, size_t p)
{
    return p >= 2 && alpha(t[p - 1]) && alpha(t[p - 2]) &&
           (p == 2 || !(word(t[p - 3]) || t[p - 3] == '-'));
}

/* Each bit is a necessary condition of its gate's yes, taken from the gate's own code:
 * - CARD: a card starts at a run where card_start_ok holds and counts at most the digits of the
 *   card-linked runs from there, so such a stretch holds 12 digits from such a run.
 * - PHONE: phone_from says yes at the end of a run j (phone_end there; after a digit followed by
 *   a digit phone_end never holds) or after a ')' in the body bytes right after run j, having
 *   counted the digits from a run i <= j where a body may start (phone_may_start) through runs
 *   joined by body bytes (its walk is < 64 bytes of them): 7 of them.
 * - IPV4: four runs of 1-3 digits joined by single dots, the first after no word byte, dot or
 *   dash.
 * - IBAN, US_SSN, US_ITIN: the gate's own test of the runs that could pass it.
 * A run glued to a word byte on its left (most in prose: "9f8e7d", "T10", "e89b") joins no
 * stretch and starts no value but an IBAN's. The loop keeps only plain digit counts; a stretch is
 * looked at closely once they reach a card's or a phone's digits. bench_gates checks that a gate
 * never says yes where its bit is clear. */
/* ---- values split by '/', '_' or '.', or over a JSON array (detectors_global.c) ---------- */

/* Could a split value start at the run t[s .. e) (a the byte before it)? Its first group and
 * what follows it: a card's four digits, '/' or '_' and the next group ("4111/1111/",
 * "3782_822463_"), or '[' or '"' before it and ',' or '"' after (an array); an IBAN's check
 * digits after two letters; a phone's country code after '+'; an SSN's area number and the same
 * separator after its two-digit group ("536/22/"), or a dash and a space mixed. */
static int split_may(const anon_window_t *w, size_t e, size_t len, char a)
{
    const char *t = w->text;
    char c = t[e];
    if (c == '/' || c == '_')
        return (len == 4 && e + 5 < w->to && dig(t[e + 1]) && dig(t[e + 4]) &&
                (t[e + 5] == c || (e + 7 < w->to && t[e + 7] == c))) ||
               (len <= 3 && a == '+') || (len == 2 && alpha(a)) ||
               (len == 3 && e + 3 < w->to && t[e + 3] == c);
    if (c == '"' || c == ',')
        return len <= 4 && (a == '[' || a == '"' || a == '+' || alpha(a));
    if (c == '.')
        return (len == 2 && alpha(a)) || (len == 3 && e + 3 < w->to && t[e + 3] == '.');
    if (c == '-' || c == ' ')
        return len == 3 && e + 4 < w->to && (t[e + 3] == '-' || t[e + 3] == ' ') && t[e + 3] != c;
    return 0;
}

/* Run i where split_may holds, len its digits, *a the byte before it. */
static int split_run(const anon_window_t *w, size_t i, size_t *len, char *a)
{
    size_t s = w->run[i].s, e = w->run[i].e;
    *len = e - s;
    *a = s > 0 ? w->text[s - 1] : 0;
    return e < w->to && split_may(w, e, *len, *a);
}

/* CREDIT_CARD split: a first group of four, not after a letter. */
int anon_g_card_split(const anon_window_t *w)
{
    size_t len;
    char a;
    for (size_t i = 0; i < w->nruns; i++)
        if (split_run(w, i, &len, &a) && len == 4 && !alpha(a) && a != '+')
            return 1;
    return 0;
}

/* IBAN split: two capitals, a whole run of two check digits, a separator. */
int anon_g_iban_split(const anon_window_t *w)
{
    const char *t = w->text;
    size_t len;
    char a;
    for (size_t i = 0; i < w->nruns; i++) {
        size_t s = w->run[i].s;
        if (split_run(w, i, &len, &a) && len == 2 && s >= w->from + 2 && t[s - 1] >= 'A' &&
            t[s - 1] <= 'Z' && t[s - 2] >= 'A' && t[s - 2] <= 'Z' && t[w->run[i].e] != ',')
            return 1;
    }
    return 0;
}

/* PHONE split: '+', a whole run of one to three digits, a separator. */
int anon_g_phone_split(const anon_window_t *w)
{
    size_t len;
    char a;
    for (size_t i = 0; i < w->nruns; i++)
        if (split_run(w, i, &len, &a) && len <= 3 && a == '+' && w->text[w->run[i].e] != ',' &&
            w->text[w->run[i].e] != '.')
            return 1;
    return 0;
}

/* US_SSN split: a whole run of three digits, then runs of two and four close after it. */
int anon_g_ssn_split(const anon_window_t *w)
{
    size_t len;
    char a;
    for (size_t i = 0; i + 2 < w->nruns; i++)
        if (split_run(w, i, &len, &a) && len == 3 && w->run[i + 1].e - w->run[i + 1].s == 2 &&
            w->run[i + 2].e - w->run[i + 2].s == 4 && w->run[i + 1].s - w->run[i].e <= 4 &&
            w->run[i + 2].s - w->run[i + 1].e <= 4)
            return 1;
    return 0;
}

unsigned anon_gates_maybe(const anon_window_t *w, unsigned want)
{
    const char *t = w->text;
    unsigned maybe = 0;
    size_t card = 0, tel = 0, dots = 0, card_first = 0, tel_first = 0, pe = 0;
    int joins = 0; /* run i - 1 follows no word byte: run i may join it */
    struct stretch cs = {SIZE_MAX, 0, 0, 0}, ts = {SIZE_MAX, 0, 0, 0};
    for (size_t i = 0; i < w->nruns; i++) {
        size_t s = w->run[i].s, e = w->run[i].e, len = e - s;
        char a = s > 0 ? t[s - 1] : 0;
        unsigned ca = gcls[(uint8_t)a];
        if (len <= 4 && e < w->to && (gcls[(uint8_t)t[e]] & G_SPLIT) &&
            (want & ~maybe & ANON_GB_SPLIT) && split_may(w, e, len, a))
            maybe |= ANON_GB_SPLIT;
        if (ca & G_WORD) {
            if (len >= 2 && (want & ANON_GB_IBAN) && iban_may_head(t, s))
                maybe |= iban_test(w, i, s);
            joins = 0;
            continue;
        }
        unsigned in = !joins ? 0 : s == pe + 1 ? ca : far_join(t, pe, s);
        if (in & G_CLINK)
            card += len;
        else
            card = len, card_first = i;
        if (in & G_PHONE)
            tel += len;
        else
            tel = len, tel_first = i;
        dots = len > 3 ? 0 : in & G_DOT ? dots + (dots > 0) : a == '-' || a == '.' ? 0 : 1;
        if (dots >= 4)
            maybe |= ANON_GB_IPV4;
        /* (a bit once set stays set: dense numbers make long stretches) */
        if (card >= 12 && !(maybe & ANON_GB_CARD) && card_counted(w, &cs, card_first, card) >= 12)
            maybe |= ANON_GB_CARD;
        if (tel >= 7 && (want & ~maybe & ANON_GB_PHONE) && phone_counted(w, &ts, tel_first, i, tel))
            maybe |= ANON_GB_PHONE;
        if ((a == ' ' || a == '-') && len >= 2 && (want & ANON_GB_IBAN) && iban_may_head(t, s - 1))
            maybe |= iban_test(w, i, s - 1);
        if ((len == 9 || (len == 3 && e < w->to && (t[e] == '-' || t[e] == ' '))) &&
            (want & (ANON_GB_US_SSN | ANON_GB_US_ITIN)))
            maybe |= us_tests(w, i);
        joins = 1;
        pe = e;
    }
    return maybe;
}

unsigned anon_gate_bit(anon_gate_fn g)
{
    return g == anon_g_card      ? ANON_GB_CARD
           : g == anon_g_iban    ? ANON_GB_IBAN
           : g == anon_g_ipv4    ? ANON_GB_IPV4
           : g == anon_g_phone   ? ANON_GB_PHONE
           : g == anon_g_us_ssn  ? ANON_GB_US_SSN
           : g == anon_g_us_itin ? ANON_GB_US_ITIN
           : g == anon_g_card_split || g == anon_g_iban_split || g == anon_g_phone_split ||
                   g == anon_g_ssn_split
               ? ANON_GB_SPLIT
               : 0;
}
