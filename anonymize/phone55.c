/* phone55.c: phones typed or scanned in ways the PHONE pattern cannot match (branch phone55).
 *
 * Chat glues a number to the words around it ("call me 07700900123pls", "nr0612345678"), types
 * its digits one by one with spaces ("0 7 7 0 0 9 0 0 1 2 3") or 'o' for zero and 'l' for one
 * ("o6 12 34 56 78"); OCR reads a form's zeros and ones as O, l and I ("TEL ¦ O2O 7946 OOl8"),
 * its fives and eights as S and B ("TEL:: +4B 812 992 O77", phone63).
 * The pattern refuses a value inside a word and wants digits, so the sweep hands each closed
 * digit window here: around each digit run that touches a letter, or is a single digit with a
 * space and a digit after it, the stretch of digits, O/o/l/I/S/B and single separators is read, its
 * letters as the digits they stand for, and the result asked of the phone's own validator and
 * context check (anon_v_phone, anon_c_phone) over a copy of the line. A trunk-0 or '+' number
 * needs nothing more; any other needs what anon_c_phone needs (a phone word before it).
 *
 * The one thing to know: the finding is the stretch's original bytes (letters too), so the token
 * replaces exactly what was typed and restores it byte by byte. Nothing is kept; the copies are
 * on the stack and wiped.
 */
#include "anonymize/engine_internal.h"

#include <openssl/mem.h>
#include <string.h>

#define REACH 40    /* bytes a stretch may run either way from the digit that opened it */
#define BEFORE 64   /* bytes of the line before a stretch copied for the context check */
#define RUNS_MAX 24 /* digit runs in a window beyond which none is looked at */

static int dig(uint8_t c)
{
    return c >= '0' && c <= '9';
}

static int ohl(uint8_t c)
{
    return c == 'o' || c == 'O' || c == 'l' || c == 'I' || c == 'S' || c == 'B';
}

static int unit(uint8_t c)
{
    return dig(c) || ohl(c);
}

static int alpha(uint8_t c)
{
    return (uint8_t)((c | 0x20) - 'a') < 26;
}

static int gsep(uint8_t c)
{
    return c == ' ' || c == '-' || c == '.';
}

static int phone_word_before(const uint8_t *t, size_t e);

/* Is the short run at t[rs) the first group of a grouped number glued to a phone word ("mob0910
 * 798 685", "mob.+420 736 008 545", "TEL00420 790 119 350")? A space and a digit follow it. */
static int glued_group(const uint8_t *t, size_t len, size_t rs, size_t re)
{
    if (!(re + 1 < len && t[re] == ' ' && dig(t[re + 1])))
        return 0;
    size_t p = rs > 0 && t[rs - 1] == '+' ? rs - 1 : rs;
    return p > 1 &&
           (alpha(t[p - 1]) || ((t[p - 1] == '.' || t[p - 1] == ':') && alpha(t[p - 2]))) &&
           phone_word_before(t, p) == 2;
}

/* A run's neighbours ask for a look: a letter beside it, or a lone digit with a space and a
 * digit after it (or before it), or a phone word glued before a number's first group. */
static int worth(const uint8_t *t, size_t len, size_t rs, size_t re)
{
    if (re - rs < 6) /* a short run: O/o/l/I/S/B beside it, or a lone digit of a spaced number */
        return (rs > 0 && ohl(t[rs - 1])) || (re < len && ohl(t[re])) ||
               (re - rs == 1 && re + 2 < len && t[re] == ' ' && dig(t[re + 1]) &&
                t[re + 2] == ' ') ||
               glued_group(t, len, rs, re);
    /* a number glued to a word is one long run; not a run inside an ISO time ("01T10") */
    size_t p = rs > 0 && t[rs - 1] == '+' ? rs - 1 : rs; /* "tlf+49...", "n.+49..." */
    return (p > 0 && alpha(t[p - 1]) && !(p > 1 && dig(t[p - 2]))) ||
           (re < len && alpha(t[re]) && !(re + 1 < len && dig(t[re + 1]))) ||
           (p > 1 && (t[p - 1] == '.' || t[p - 1] == '#' || t[p - 1] == ':') && alpha(t[p - 2]));
}

/* The bytes beside a run that worth() can accept, as bits: 1 O/o/l/I/S/B, 2 any ASCII letter,
 * 4 '+', '.', '#' or ':' (before a long run), 8 a space (after a lone digit). The byte before a
 * run is looked up in the low nibble, the byte after it in the high one: a short run asks
 * O/o/l/I/S/B before it, or O/o/l/I/S/B or a space after it; a long run a letter or '+', '.',
 * '#', ':' before it, or a letter after it. A run none of these is beside is not worth a look
 * (worth() says the same). */
static const uint8_t beside[256] = {
    ['o'] = 3, ['O'] = 3, ['l'] = 3, ['I'] = 3, ['S'] = 3, ['B'] = 3, ['+'] = 4, ['.'] = 4,
    ['#'] = 4, [':'] = 4, [' '] = 8, ['a'] = 2, ['b'] = 2, ['c'] = 2, ['d'] = 2, ['e'] = 2,
    ['f'] = 2, ['g'] = 2, ['h'] = 2, ['i'] = 2, ['j'] = 2, ['k'] = 2, ['m'] = 2, ['n'] = 2,
    ['p'] = 2, ['q'] = 2, ['r'] = 2, ['s'] = 2, ['t'] = 2, ['u'] = 2, ['v'] = 2, ['w'] = 2,
    ['x'] = 2, ['y'] = 2, ['z'] = 2, ['A'] = 2, ['C'] = 2, ['D'] = 2, ['E'] = 2, ['F'] = 2,
    ['G'] = 2, ['H'] = 2, ['J'] = 2, ['K'] = 2, ['L'] = 2, ['M'] = 2, ['N'] = 2, ['P'] = 2,
    ['Q'] = 2, ['R'] = 2, ['T'] = 2, ['U'] = 2, ['V'] = 2, ['W'] = 2, ['X'] = 2, ['Y'] = 2,
    ['Z'] = 2};
#define SHORT_ASK (0x1u | 0x90u)
#define LONG_ASK (0x6u | 0x20u)

/* The stretch around the digit t[i]: units and single separators between units. */
static void stretch(const uint8_t *t, size_t len, size_t i, size_t *a, size_t *b)
{
    size_t s = i, e = i;
    while (s > 0 && i - s < REACH) {
        if (unit(t[s - 1]))
            s--;
        else if (gsep(t[s - 1]) && s >= 2 && unit(t[s - 2]))
            s--;
        else
            break;
    }
    while (e < len && e - i < REACH) {
        if (unit(t[e]))
            e++;
        else if (gsep(t[e]) && e + 1 < len && unit(t[e + 1]))
            e++;
        else
            break;
    }
    *a = s;
    *b = e;
}

/* Drops leading groups (split at separators) that hold no digit ("tel 0151...": "l" is a word's
 * end), and the same at the end ("... 12 lol"). */
static void trim(const uint8_t *t, size_t *a, size_t *b)
{
    for (;;) {
        size_t g = *a, dg = 0;
        while (g < *b && unit(t[g]))
            dg += dig(t[g++]);
        if (dg || g >= *b)
            break;
        *a = g + 1;
    }
    for (;;) {
        size_t g = *b, dg = 0;
        while (g > *a && unit(t[g - 1]))
            dg += dig(t[--g]);
        if (dg || g <= *a)
            break;
        *b = g - 1;
    }
}

/* Is the word of ASCII letters ending at t[e) (a '.', '#' or ':' after it allowed) a phone word a
 * number is glued to ("mob0612...", "tel.0612...", "whatsapp:+3069...")? An order's, an
 * account's or a tracking number's word is not. */
static int phone_word_before(const uint8_t *t, size_t e)
{
    static const char *const words[] = {
        "tel",   "nr",  "no",       "n",   "mob", "mobil", "mobile", "cell", "ph",  "phone",
        "tlf",   "tfn", "whatsapp", "wa",  "sms", "gsm",   "puh",    "kom",  "cep", "handy",
        "movil", "tlm", "til",      "kin", "fon", "call",  "talr",   "simi", NULL};
    static const char *const weak[] = {"nr", "no", "n", NULL}; /* an order's number too */
    if (e > 0 && (t[e - 1] == '.' || t[e - 1] == '#' || t[e - 1] == ':'))
        e--;
    size_t w = e;
    while (w > 0 && e - w < 9 && alpha(t[w - 1]))
        w--;
    if (w == e || (w > 0 && alpha(t[w - 1])))
        return 0;
    for (size_t k = 0; words[k]; k++) {
        size_t n = strlen(words[k]);
        if (n != e - w)
            continue;
        size_t i = 0;
        while (i < n && (t[w + i] | 0x20) == words[k][i])
            i++;
        if (i == n) {
            for (size_t j = 0; weak[j]; j++)
                if (strcmp(weak[j], words[k]) == 0)
                    return 1;
            return 2;
        }
    }
    return 0;
}

/* Does the stretch text[a, b) read as a phone? out (cap bytes) takes a copy of the line before
 * it and the stretch as digits. */
static int phone_at(const uint8_t *t, size_t len, size_t a, size_t b, char *out, size_t cap)
{
    int plus = a > 0 && t[a - 1] == '+';
    size_t pa = plus ? a - 1 : a;
    int before = (pa > 0 && alpha(t[pa - 1])) ||
                 (pa > 1 && (t[pa - 1] == '.' || t[pa - 1] == '#') && alpha(t[pa - 2]));
    int word = 0; /* a phone word glued before the number: it is the label */
    if (before && !(word = phone_word_before(t, pa)))
        return 0;
    if (!before && pa > 1 && t[pa - 1] == ':' && alpha(t[pa - 2])) /* "wa:7622...dzieki" */
        word = phone_word_before(t, pa);
    /* a letter after it glues it, not an ISO time's 'T' before digits ("2024-05-01T10:22") */
    int glued = before || (b < len && alpha(t[b]) && !(b + 1 < len && dig(t[b + 1])));
    size_t d = 0, real = 0, letters = 0, groups = 1, longest = 0, cur = 0, spaces = 0, sb = 0;
    for (size_t k = a; k < b; k++) {
        if (unit(t[k])) {
            d++;
            real += dig(t[k]);
            letters += ohl(t[k]);
            sb += t[k] == 'S' || t[k] == 'B';
            if (++cur > longest && !(plus && groups == 1)) /* "+48 5 6 8 ...": the code */
                longest = cur;
        } else {
            groups++;
            spaces += t[k] == ' ';
            cur = 0;
        }
    }
    int singles = longest == 1 && groups >= 8 && spaces == groups - 1;
    if (!glued && !letters && !singles)
        return 0;
    if (d < 8 || d > 15 || real < 5 || real * 3 < d)
        return 0;
    /* S and B for 5 and 8 are read only after a phone word (an OCR'd id in a phone's shape,
     * "ACCT : 7S3-808-8799", stays) */
    if (sb && word != 2 && !anon_phone_stem_before((const char *)t, pa))
        return 0;
    /* the value as digits at out[BEFORE + 1 ..), then, only when anon_c_phone is asked, the line
     * before it (up to BEFORE bytes, a space after a glued word) right before that */
    size_t vs = BEFORE + 1, o = vs;
    if (vs + 1 + (b - a) > cap)
        return 0;
    if (plus)
        out[o++] = '+';
    for (size_t k = a; k < b; k++) {
        uint8_t c = t[k];
        if (dig(c))
            out[o++] = (char)c;
        else if (ohl(c))
            out[o++] = c == 'o' || c == 'O' ? '0' : c == 'S' ? '5' : c == 'B' ? '8' : '1';
        else if (!singles)
            out[o++] = (char)c;
    }
    const char *v = out + vs;
    size_t n = o - vs;
    if (!plus && v[0] == '0' && v[1] != '0' && (d < 9 || d > 12))
        return 0;
    if (anon_v_phone(v, n) != n)
        return 0;
    if ((word && (plus || v[0] == '0')) || (word == 2 && d <= 10))
        return 1;
    size_t ls = pa;
    while (ls > 0 && pa - ls < BEFORE && t[ls - 1] != '\n')
        ls--;
    size_t sp = pa > ls && alpha(t[pa - 1]), from = vs - sp - (pa - ls);
    memcpy(out + from, t + ls, pa - ls);
    if (sp)
        out[vs - 1] = ' ';
    return anon_c_phone(out + from, o - from, vs - from, o - from);
}

static size_t phone_det(const anon_engine_t *e)
{
    for (size_t d = 0; d < e->ndet; d++)
        if (strcmp(e->types[e->det[d].type], "PHONE") == 0)
            return d;
    return SIZE_MAX;
}

/* The runs of a window from run r0 on (the first one worth() accepts, first_worth()): apart so
 * that the windows none of whose runs asks pay no frame. */
static __attribute__((noinline)) int window_runs(struct scan *s, const anon_window_t *w, size_t r0)
{
    const uint8_t *t = (const uint8_t *)s->text;
    size_t len = s->len, last = 0, det = SIZE_MAX; /* add_cand keeps the text */
    for (size_t r = r0; r < w->nruns; r++) {
        size_t rs = w->run[r].s, re = w->run[r].e;
        if (rs < last)
            continue;
        /* most runs have neither neighbour worth() could accept: one table look for both */
        unsigned k = beside[rs > 0 ? t[rs - 1] : 0] | (unsigned)beside[re < len ? t[re] : 0] << 4;
        if (!(k & (re - rs < 6 ? SHORT_ASK : LONG_ASK)) || !worth(t, len, rs, re))
            continue;
        size_t a, b;
        stretch(t, len, rs, &a, &b);
        trim(t, &a, &b);
        while (a < b && ohl(t[a]) && a > 0 && alpha(t[a - 1])) /* a word's end ("pedido") */
            a++;
        while (b > a && ohl(t[b - 1]) && b < len && alpha(t[b])) /* ... or its start */
            b--;
        if (a >= b || b - a < 8)
            continue;
        last = b;
        char buf[BEFORE + 2 * REACH + 8];
        int ok = phone_at(t, len, a, b, buf, sizeof buf);
        OPENSSL_cleanse(buf, sizeof buf);
        if (!ok)
            continue;
        if (det == SIZE_MAX && (det = phone_det(s->e)) == SIZE_MAX)
            return 0;
        if (a > 0 && t[a - 1] == '+')
            a--;
        if (add_cand(s, det, a, b, 0) < 0)
            return ANON_ERR_NOMEM;
    }
    return 0;
}

/* Does run r of w ask for a look (its neighbours in beside[], then worth())? */
static inline int run_asks(const uint8_t *t, size_t len, const anon_window_t *w, size_t r)
{
    size_t rs = w->run[r].s, re = w->run[r].e;
    unsigned k = beside[rs > 0 ? t[rs - 1] : 0] | (unsigned)beside[re < len ? t[re] : 0] << 4;
    return (k & (re - rs < 6 ? SHORT_ASK : LONG_ASK)) && worth(t, len, rs, re);
}

/* The first run of w that asks for a look, nruns for none: window_runs() looks at every run until
 * its first candidate, so it may start there. Runs are disjoint and in order, so every run but the
 * first has a byte before it and every run but the last one after it: those are read unchecked. */
static size_t first_worth(const uint8_t *t, size_t len, const anon_window_t *w)
{
    size_t n = w->nruns;
    if (!n || run_asks(t, len, w, 0))
        return 0;
    for (size_t r = 1; r + 1 < n; r++) {
        size_t rs = w->run[r].s, re = w->run[r].e;
        unsigned k = beside[t[rs - 1]] | (unsigned)beside[t[re]] << 4;
        if ((k & (re - rs < 6 ? SHORT_ASK : LONG_ASK)) && worth(t, len, rs, re))
            return r;
    }
    return n > 1 && run_asks(t, len, w, n - 1) ? n - 1 : n;
}

int anon_phone55_window(struct scan *s, const anon_window_t *w, unsigned digits)
{
    /* a phone is at most a dozen runs (digit by digit with its country code); a window of more
     * is a blob, a hash list or a table (base64 puts digits beside letters all the way) */
    if (digits < 5 || w->nruns > RUNS_MAX)
        return 0;
    size_t r0 = first_worth((const uint8_t *)s->text, s->len, w);
    return r0 < w->nruns ? window_runs(s, w, r0) : 0;
}
