/* gate.c: cheap structural gates in front of the digit detectors' patterns.
 *
 * A gate answers "could this detector's pattern find a value its validator accepts anywhere in
 * this window?" by walking the window's bytes once, so the engine runs PCRE2 only where the
 * answer is yes. A gate must over-approximate its pattern: whenever it says no, running the
 * pattern over the window would have produced no candidate at all (so skipping it changes
 * nothing, not even which later matches a rejected one would have hidden). The engine calls a
 * gate only for windows that are all ASCII, where \d, \w and the Unicode classes of the patterns
 * reduce to their ASCII members; bytes before `from` (seen by lookbehinds) may be anything, and a
 * non-ASCII byte there is always treated as allowing a match. The subject ends at `to`.
 */
#include "anonymize/anon_internal.h"

static int dig(char c)
{
    return c >= '0' && c <= '9';
}
static int alpha(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
}
static int hex(char c)
{
    return dig(c) || (c >= 'A' && c <= 'F') || (c >= 'a' && c <= 'f');
}
/* \w, or ANON_WORDCH, restricted to ASCII */
static int word(char c)
{
    return dig(c) || alpha(c) || c == '_';
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

/* CREDIT_CARD: the match starts where a chain of digit runs linked by single spaces or dashes
 * starts (no digit, nor digit + [ -], before it), ends at the end of one of its runs and holds
 * 12..19 digits (Luhn counts them). */
int anon_g_card(const char *t, size_t from, size_t to)
{
    for (size_t s = from; s < to; s++) {
        if (!dig(t[s]) || (s > 0 && dig(t[s - 1])) || after_digit_sep(t, s, " -") ||
            !num_start_ok(t, s))
            continue;
        size_t i = s, digits = 0;
        for (;;) {
            while (i < to && dig(t[i])) {
                i++;
                digits++;
            }
            if (digits > 19)
                break;
            if (digits >= 12 && num_end_ok(t, i, to))
                return 1;
            if (i + 1 < to && (t[i] == ' ' || t[i] == '-') && dig(t[i + 1]))
                i++;
            else
                break;
        }
        s = i; /* the chain's other runs cannot start a match */
    }
    return 0;
}

/* IBAN: two letters of a known country, two digits, not glued to a word or a dash. */
int anon_g_iban(const char *t, size_t from, size_t to)
{
    for (size_t s = from; s + 4 <= to; s++)
        if (alpha(t[s]) && alpha(t[s + 1]) && dig(t[s + 2]) && dig(t[s + 3]) &&
            not_after(t, s, "-") && anon_iban_country_len(t[s], t[s + 1]))
            return 1;
    return 0;
}

/* IPV4: four runs of 1-3 digits joined by dots, no word, dot or dash before it, no word, dash or
 * ".digit" after it; the match is then fixed, so the validator decides. */
int anon_g_ipv4(const char *t, size_t from, size_t to)
{
    for (size_t s = from; s < to; s++) {
        if (!dig(t[s]) || !not_after(t, s, ".-"))
            continue;
        size_t i = s;
        int groups = 0;
        for (;;) {
            size_t g = i;
            while (i < to && dig(t[i]) && i - g < 4)
                i++;
            if (i == g || i - g > 3)
                break;
            if (++groups == 4 || i + 1 >= to || t[i] != '.')
                break;
            i++;
        }
        if (groups == 4 &&
            (i == to ||
             !(word(t[i]) || t[i] == '-' || (t[i] == '.' && i + 1 < to && dig(t[i + 1])))) &&
            anon_v_ipv4(t + s, i - s))
            return 1;
    }
    return 0;
}

/* IPV6: up to four hex digits, a colon, up to four hex digits and another colon, starting where
 * no word character, colon or dot precedes. */
int anon_g_ipv6(const char *t, size_t from, size_t to)
{
    for (size_t s = from; s < to; s++) {
        if (!not_after(t, s, ":."))
            continue;
        size_t i = s;
        int ok = 1;
        for (int c = 0; c < 2 && ok; c++) {
            size_t g = i;
            while (i < to && hex(t[i]) && i - g < 4)
                i++;
            ok = i < to && t[i] == ':';
            i++;
        }
        if (ok)
            return 1;
    }
    return 0;
}

static int phone_body(char c)
{
    return dig(c) || c == ' ' || c == '+' || c == '(' || c == ')' || c == '.' || c == '-' ||
           c == '/';
}

/* PHONE: every alternative is a body of digits, spaces and + ( ) . - / (at most ~60 bytes) that
 * starts at a digit, '+' or '(' where a number may start, ends at a digit or ')' where a number
 * may end or an extension (" x12", "ext. 12") follows, and holds 7..15 digits. */
int anon_g_phone(const char *t, size_t from, size_t to)
{
    for (size_t s = from; s < to; s++) {
        char c = t[s];
        if (!(dig(c) || c == '+' || c == '(') || (s > 0 && dig(t[s - 1])) ||
            after_digit_sep(t, s, " .-") || !num_start_ok(t, s))
            continue;
        size_t digits = 0;
        for (size_t i = s; i < to && i - s < 64 && phone_body(t[i]) && digits <= 15; i++) {
            digits += dig(t[i]);
            if (digits < 7 || digits > 15 || !(dig(t[i]) || t[i] == ')'))
                continue;
            size_t e = i + 1;
            char n = e < to ? t[e] : 0, n2 = e + 1 < to ? t[e + 1] : 0;
            if (num_end_ok(t, e, to) || n == 'x' || n == 'e' || n == 'X' || n == 'E' ||
                (n == ' ' && (n2 == 'x' || n2 == 'e' || n2 == 'X' || n2 == 'E')))
                return 1;
        }
    }
    return 0;
}

/* US_SSN and US_ITIN: ddd-dd-dddd exactly (a fixed match, so the validator decides). */
static int ssn_shape(const char *t, size_t from, size_t to, size_t (*v)(const char *, size_t))
{
    for (size_t s = from; s + 11 <= to; s++) {
        if (t[s + 3] != '-' || t[s + 6] != '-' || !dig(t[s]) || !dig(t[s + 1]) || !dig(t[s + 2]) ||
            !dig(t[s + 4]) || !dig(t[s + 5]) || !dig(t[s + 7]) || !dig(t[s + 8]) ||
            !dig(t[s + 9]) || !dig(t[s + 10]))
            continue;
        if (num_start_ok(t, s) && num_end_ok(t, s + 11, to) && v(t + s, 11))
            return 1;
    }
    return 0;
}

int anon_g_us_ssn(const char *t, size_t from, size_t to)
{
    return ssn_shape(t, from, to, anon_v_us_ssn);
}

int anon_g_us_itin(const char *t, size_t from, size_t to)
{
    return ssn_shape(t, from, to, anon_v_us_itin);
}
