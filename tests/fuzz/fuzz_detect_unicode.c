/* fuzz_detect_unicode: a value the detectors find stays found, whole, when it is written with
 * the Unicode characters of the detection view (issue 14 item 1).
 *
 * Input layout: byte 0 picks a value (an email, cards, phones, an IBAN, an SSN, an address),
 * byte 1 the number of edits (mod 9), then 2 bytes per edit (a position in the value, a kind),
 * then the context: the bytes before the first 0x00 are the text before the value, the rest the
 * text after it (a space between each). When the detectors find the value exactly in the ASCII
 * text, the edits write it with look-alikes: invisible format characters (U+200B-U+200D, U+2060,
 * U+FEFF, U+00AD) inserted between its characters, Unicode spaces for its spaces, Unicode dashes
 * for its dashes, digits of other scripts for its digits, full-width @ . + ( ) for those. The
 * edited text must yield a finding of the same type over the whole edited value; abort() otherwise.
 * It may reach up to SLACK bytes past the value on either side: the detection view reads some
 * contexts differently from the ASCII text (stop 60's smoke run: `2 +1 2 (415) 555-0132 *2 512`
 * with a Myanmar digit in the value takes the `+1 2 ` before it, which the ASCII text leaves out;
 * tests/fuzz/corpus/detect_unicode/view_prefix). Over-wide is a precision matter; the value is
 * still masked whole.
 */
#include "anonymize/anonymize.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAX_EDITS 8

static anon_engine_t *engine;

static const char *const values[] = {
    "maria.keller@example.com",
    "4111 1111 1111 1111",
    "4539-8997-2074-3225",
    "4539899720743225",
    "+1 415 555 0132",
    "(415) 555-0132",
    "06 12 34 56 78",
    "DE89 3704 0044 0532 0130 00",
    "536-32-3065",
    "192.168.10.42",
    "+49 30 12345678",
    "jean-luc.picard+ops@starfleet.example.org",
};

/* code points, encoded below */
static const unsigned invisible[] = {0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF, 0x00AD};
static const unsigned spaces[] = {0x00A0, 0x2000, 0x2002, 0x2007, 0x2009,
                                  0x200A, 0x202F, 0x205F, 0x3000};
static const unsigned dashes[] = {0x2010, 0x2011, 0x2012, 0x2013, 0x2014,
                                  0x2015, 0x2212, 0xFE63, 0xFF0D};
/* the zero of some scripts' decimal digits: Arabic-Indic, extended Arabic-Indic, NKo,
 * Devanagari, Bengali, Thai, Myanmar, full-width, mathematical bold and monospace */
static const unsigned zeros[] = {0x0660, 0x06F0, 0x07C0, 0x0966,  0x09E6,
                                 0x0E50, 0x1040, 0xFF10, 0x1D7CE, 0x1D7F6};

static size_t put_utf8(char *o, unsigned cp)
{
    if (cp < 0x80) {
        o[0] = (char)cp;
        return 1;
    }
    if (cp < 0x800) {
        o[0] = (char)(0xC0 | cp >> 6);
        o[1] = (char)(0x80 | (cp & 0x3F));
        return 2;
    }
    if (cp < 0x10000) {
        o[0] = (char)(0xE0 | cp >> 12);
        o[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
        o[2] = (char)(0x80 | (cp & 0x3F));
        return 3;
    }
    o[0] = (char)(0xF0 | cp >> 18);
    o[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
    o[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
    o[3] = (char)(0x80 | (cp & 0x3F));
    return 4;
}

#define SLACK 8

/* The finding of the value's type that covers text[s .. e) exactly (slack 0), or whole and at
 * most slack bytes past it on either side, or -1. */
static long finding_at(const char *text, size_t len, size_t s, size_t e, size_t slack, size_t *type)
{
    anon_finding_t *f = NULL;
    size_t n = 0;
    long at = -1;
    if (anon_find(engine, text, len, &f, &n) != 0)
        return -2;
    for (size_t i = 0; i < n; i++)
        if (f[i].start <= s && f[i].start + slack >= s && f[i].end >= e && f[i].end <= e + slack &&
            (*type == (size_t)-1 || f[i].type == *type)) {
            *type = f[i].type;
            at = (long)i;
        }
    free(f);
    return at;
}

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc;
    (void)argv;
    char err[256];
    if (!(engine = anon_engine_new(NULL, err, sizeof err))) {
        fprintf(stderr, "engine: %s\n", err);
        abort();
    }
    return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 2 || size > 4096)
        return 0;
    const char *v = values[data[0] % (sizeof values / sizeof values[0])];
    size_t vl = strlen(v), nedits = data[1] % (MAX_EDITS + 1), o = 2;
    struct {
        size_t pos;
        uint8_t kind;
    } edit[MAX_EDITS];
    if (size < o + 2 * nedits)
        return 0;
    for (size_t i = 0; i < nedits; i++, o += 2) {
        edit[i].pos = data[o] % vl;
        edit[i].kind = data[o + 1];
    }
    const char *ctx = (const char *)data + o;
    size_t cl = size - o;
    const char *zero = memchr(ctx, 0, cl);
    size_t pl = zero ? (size_t)(zero - ctx) : cl / 2;
    const char *suf = zero ? zero + 1 : ctx + pl;
    size_t sl = cl - pl - (zero ? 1 : 0);

    /* the ASCII text: prefix, value, suffix */
    size_t cap = pl + sl + vl * 16 + 8;
    char *a = malloc(cap), *b = malloc(cap);
    if (!a || !b)
        abort();
    size_t al = 0;
    memcpy(a, ctx, pl);
    al = pl;
    a[al++] = ' ';
    size_t vs = al;
    memcpy(a + al, v, vl);
    al += vl;
    size_t ve = al;
    a[al++] = ' ';
    memcpy(a + al, suf, sl);
    al += sl;
    size_t type = (size_t)-1;
    if (finding_at(a, al, vs, ve, 0, &type) < 0)
        goto done; /* not found as written (the context says otherwise, or invalid UTF-8) */

    /* the same value written with look-alikes */
    size_t bl = 0;
    memcpy(b, ctx, pl);
    bl = pl;
    b[bl++] = ' ';
    size_t bvs = bl;
    for (size_t i = 0; i < vl; i++) {
        unsigned repl = 0;
        for (size_t k = 0; k < nedits; k++) {
            if (edit[k].pos != i)
                continue;
            uint8_t kind = edit[k].kind;
            if ((kind & 1) && i > 0) { /* an invisible character before this one */
                bl += put_utf8(b + bl, invisible[(kind >> 1) % 6]);
                continue;
            }
            char c = v[i];
            if (c >= '0' && c <= '9')
                repl = zeros[(kind >> 1) % 10] + (unsigned)(c - '0');
            else if (c == ' ')
                repl = spaces[(kind >> 1) % 9];
            else if (c == '-')
                repl = dashes[(kind >> 1) % 9];
            else if (c == '@' || c == '.' || c == '+' || c == '(' || c == ')')
                repl = 0xFEE0u + (unsigned char)c;
        }
        bl += repl ? put_utf8(b + bl, repl) : (b[bl] = v[i], 1);
    }
    size_t bve = bl;
    b[bl++] = ' ';
    memcpy(b + bl, suf, sl);
    bl += sl;
    long r = finding_at(b, bl, bvs, bve, SLACK, &type);
    if (r < 0) {
        fprintf(stderr, "fuzz_detect_unicode: %s found in the ASCII text but not whole in %.*s\n",
                anon_engine_type_name(engine, type), (int)(bve - bvs), b + bvs);
        abort();
    }
done:
    free(a);
    free(b);
    return 0;
}
