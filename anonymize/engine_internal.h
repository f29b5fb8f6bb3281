/* engine_internal.h: private to engine.c, engine_sweep.c and engine_view.c. The compiled engine and
 * the state of one search, shared by its three steps: the sweep (engine_sweep.c) collects
 * candidates from the pattern detectors, engine.c adds the NAMES scanner's and makes them compete,
 * engine_view.c runs the search over the detection view when the text holds characters it maps.
 *
 * The engine is immutable after anon_engine_new and shared by all threads; a struct scan belongs
 * to one call on one thread.
 */
#ifndef HUSH_ENGINE_INTERNAL_H
#define HUSH_ENGINE_INTERNAL_H

#ifndef PCRE2_CODE_UNIT_WIDTH
#define PCRE2_CODE_UNIT_WIDTH 8
#endif
#include "anonymize/anon_internal.h"
#include "anonymize/names.h"

#include <pcre2.h>
#include <stdint.h>
#include <stdlib.h>

/* The sweep classifies blocks by nibble lookups when the CPU has SSSE3 (checked at start-up). */
#if defined(__SSE2__) && defined(__GNUC__) && (defined(__x86_64__) || defined(__i386__))
#define HAVE_SSSE3_SWEEP 1
#endif

#define MAX_LIT 16

enum { KIND_LITERAL, KIND_DIGITS, KIND_FULL, KIND_SCANNER };
enum { CLS_DIGIT = 1, CLS_ANCHOR = 2, CLS_BRACKET = 4 };

struct detector {
    size_t type;
    pcre2_code *re;
    anon_validate_fn validate;
    unsigned flags;
    unsigned min_digits;
    char need;
    uint8_t needbit; /* the need byte's bit in a window's presence set, 0: look it up */
    /* A built-in pattern: run() calls pcre2_jit_match() itself for an unanchored match, which
     * pcre2_match() would call with the same arguments (no (*NOTEMPTY) or other start verb sets
     * options it must add first); a custom one goes through pcre2_match(). */
    uint8_t jit;
    anon_gate_fn gate;
    unsigned gatebit; /* the gate's bit in anon_gates_maybe, 0: none */
    anon_context_fn context;
    uint32_t vgroup;
    int kind;
    /* The pattern compiled without PCRE2_UCP, where \d, \w, \s and \b are ASCII: on ASCII
     * text they match exactly what UCP's do, and JIT code tests them by table instead of by
     * Unicode property. run() uses it for a window whose bytes, and the `behind` characters
     * before it that a lookbehind (or \b) may read, are all ASCII. NULL: not compiled. */
    pcre2_code *ascii;
    uint32_t behind;
    /* The bytes a match may start at (start[b] is 1), when PCRE2 can tell (has_start):
     * the start bitmap of that pattern, plus every UTF-8 lead byte (0xC0-0xFF), where UCP's
     * wider classes can start. PCRE2 finds no bitmap under UCP for most digit patterns and
     * tries every offset; run() starts each match at the first such byte instead, which finds
     * the same matches. */
    int has_start;
    uint8_t start[256];
};

struct digit_det {
    size_t det;
    unsigned min_digits, gatebit;
    uint8_t needbit;
    char need;
    anon_gate_fn gate;
};

struct trig_masks {
    uint64_t side[2][256]; /* by the byte before the anchor, by the byte after it */
    uint64_t always;       /* one-byte literals */
};

struct trigger {
    char lit[MAX_LIT]; /* lower-cased when nocase */
    uint8_t len;
    uint8_t nocase;
    uint8_t off;    /* position of the anchor byte in the literal */
    uint8_t anchor; /* the anchor byte as it appears in text */
    uint16_t det;
    anon_anchor_fn anchor_ok; /* the detector's, asked before its anchored run: 0 skips it */
};

struct anon_engine {
    size_t ntypes;
    char **types;
    size_t *type_len; /* strlen of each name: token formatting and parsing compare lengths first */
    size_t ndet;
    struct detector *det;
    size_t ntrig;
    struct trigger *trig; /* sorted by first byte (as it appears in text) */
    uint32_t tfirst[257]; /* trig[tfirst[b] .. tfirst[b+1]) have anchor byte b */
    uint8_t cls[256];
    uint32_t max_groups;
    size_t ndigit, *digit_det; /* digit detectors, in order */
    struct digit_det *ddet;    /* ... and what a digit window asks of each, side by side */
    /* The same as sets of them (the built-in packs hold fewer than 64), bit k for ddet[k]:
     * those asking for at most d digits (dd_digits[d], d = 64 for 64 and more), those that look
     * at the window's bytes (a need byte with a bit, or a gate), those needing need byte b, those
     * whose gate has summary bit 1 << g (and all of these: dd_summed). */
    uint64_t dd_digits[65], dd_look, dd_need[8], dd_gatebit[8], dd_summed;
    /* ... and by a window's presence set (of need bytes) or summary (of gate bits), those it
     * rules out: the union of dd_need[b] (dd_gatebit[b]) over the bits b it lacks */
    uint64_t dd_needlost[256], dd_gatelost[256];
    unsigned gatebits; /* their gates' bits in anon_gates_maybe */
    size_t nfull, *full_det;
    size_t dotw_det; /* the ANON_DF_DOTWORD detector + 1, 0: none */
    /* Per anchor byte: the bytes that may precede it (triggers anchored after their first byte)
     * and follow it (triggers anchored at their first byte), so most anchor bytes in prose are
     * passed over without comparing a single literal. */
    struct {
        uint64_t prev[4], next[4];
        uint8_t always; /* a one-byte literal */
    } near[256];
    /* The same by byte pairs as they lie in text (little-endian 16-bit loads): bit (a << 8 | p)
     * of pair_prev when byte p may precede anchor a (or a is a one-byte literal), bit
     * (n << 8 | a) of pair_next when n may follow it; one lookup each for bytes inside the text.
     * pair_next_plain: pair_next without the ANON_DF_ATHOST literals, which a scan reads once
     * no host's dot can follow an "at" word in the rest of its text (struct scan's pair_next). */
    uint64_t pair_prev[1024], pair_next[1024], pair_next_plain[1024];
    /* Per anchor byte with 1..64 triggers (tslot[a] - 1 its slot, 0: none): which of them, bit
     * k - tfirst[a], the byte before the anchor (side[0]) or after it (side[1]) allows, and the
     * one-byte ones; so a trigger is compared only where its neighbour byte is there. */
    uint8_t tslot[256];
    struct trig_masks *tmask;
    uint8_t simd[24]; /* non-digit bytes with a class, for the SSE2 sweep; nsimd 0: scalar */
    size_t nsimd;
    /* With SSSE3: every byte with a class by two nibble lookups (bit h of nib_lo[c & 15] set
     * when the byte (h << 4 | (c & 15)) has a class; all such bytes are ASCII). */
    int nib;
    int avx2; /* ... and by 32 with AVX2 (off with HUSH_SWEEP_NO_AVX2 set, for tests) */
    uint8_t nib_lo[16], nib_hi[16];
    /* ... and in the same 16 lanes (anon_sweep_pairs): pd_lo the bytes that are digits and
     * nothing else (as nib_lo), and the anchor bytes' neighbours. Each ASCII anchor byte that is
     * nothing else and no one-byte literal has one of 8 buckets; bit g of pa(c), pp(c), pn(c)
     * (the lo table at c & 15 AND the hi table at c >> 4) is set when c is such an anchor of
     * bucket g, may precede one, may follow one: a superset of the pair tables, so an anchor
     * byte whose bucket neither neighbour holds is no trigger's. pa is 0 for every other byte
     * with a class (buckets are chosen so). */
    uint8_t pd_lo[16], pa_lo[16], pa_hi[16], pp_lo[16], pp_hi[16], pn_lo[16], pn_hi[16];
    uint8_t needbit[256]; /* the digit detectors' need bytes, one bit each (at most 8) */
    uint8_t needbyte[8];
    size_t nneed;
    /* the NAMES scanner: which of its kinds are on, and their detector indices */
    unsigned names_kinds;
    size_t names_det[ANON_NAMES_NKINDS];
    /* bit k: plain_values[k] (engine.c) scanned alone finds nothing (anon_engine_plain_value) */
    unsigned plain;
    /* this engine among every one the process made (scan_cache.c keys its answers by it: an
     * engine made after a reload may sit at a freed one's address) */
    uint64_t uid;
};

/* Per-thread PCRE2 match data (engine.c's tls_get). */
struct tls {
    pcre2_match_data *md;
    uint32_t cap;
    pcre2_match_context *mctx;
    pcre2_jit_stack *jit; /* room for custom patterns that recurse deeper than the 32 KiB default */
};

struct cand {
    size_t start, end, det;
    int strong;
};

struct scan {
    const anon_engine_t *e;
    const char *text;
    size_t len;
    struct tls *tls;
    struct cand *c;
    size_t nc, capc;
    size_t *done; /* per detector: literal triggers before this offset are already covered */
    size_t *tok;  /* token-shaped spans: start, end pairs */
    size_t ntok, captok;
    int dot_word; /* names_ctx's: the text holds " dot " */
    /* ANON_DF_ATHOST (engine_sweep.c's at_word_near()): the ends of the last "at" word found
     * before the dot asked about and of the next one (SIZE_MAX: none); 0: none / not yet looked
     * for (no "at" word ends before byte 3) */
    size_t aw_prev, aw_next;
    const uint64_t *pair_next; /* e->pair_next, or e->pair_next_plain once ATHOST is done */
};

static inline char lower(char c)
{
    return (c >= 'A' && c <= 'Z') ? (char)(c + 32) : c;
}

static inline int add_cand(struct scan *s, size_t det, size_t start, size_t end, int strong)
{
    if (s->nc == s->capc) {
        size_t cap = s->capc ? s->capc * 2 : 16;
        struct cand *c = realloc(s->c, cap * sizeof *c);
        if (!c)
            return ANON_ERR_NOMEM;
        s->c = c;
        s->capc = cap;
    }
    s->c[s->nc++] = (struct cand){start, end, det, strong};
    return 0;
}

/* engine_sweep.c: the single pass over s->text that runs the pattern detectors where they may match
 * (trigger literals, digit windows, then the detectors without either over the whole text) and
 * records the token-shaped spans. Candidates go into s->c; 0 or < 0 on error. */
int anon_sweep(struct scan *s);
/* phone55.c: phones glued to words, typed digit by digit, or with O/l/I for 0/1 in the closed
 * digit window w (the sweep's; digits: its digit count): candidates of the first PHONE detector; 0
 * or < 0 on error. */
int anon_phone55_window(struct scan *s, const anon_window_t *w, unsigned digits);
/* engine_sweep.c: fills the tables pd_lo .. pn_hi from cls and near; once, at the end of
 * anon_engine_new. */
void anon_sweep_pairs(anon_engine_t *e);

/* engine_view_wrap54.c: the line breaks inside text[a, b) that the detection view reads through
 * as a hard wrap inside a value (at most max): their offsets in at, their lengths (the break and
 * the next line's repeated marks) in bl; how many. A finding over them is masked piece by piece. */
size_t anon_w54_breaks(const char *text, size_t len, size_t a, size_t b, size_t *at, size_t *bl,
                       size_t max);
/* markup50.c: the length of an RFC 5545 fold (CRLF and one space or tab) at p[i] that continues a
 * full ICS or vCard line, else 0. */
size_t anon_m50_fold_at(const uint8_t *p, size_t i, size_t n);
/* markup50.c: the length of a LaTeX accent escape or an RTF escape of a letter at p[i] == '\\'
 * (its code point in *cp), of a LaTeX "\\_" ('_'), or of a text-style command's opening such as
 * "\\texttt{" (*cp 0: a space in the view); 0 when it is none. */
size_t anon_m50_escape_at(const uint8_t *p, size_t i, size_t n, uint32_t *cp);
/* markup50.c: the length of the brace group ("{\\\"u}", "{\\l}") around the escape of l bytes at
 * p[i] from its '{' at p[i - 1], else 0. */
size_t anon_m50_group(const uint8_t *p, size_t i, size_t l, size_t n);
/* ocr51.c: the length of a line break of l bytes at p[i] and the next line's indent after a
 * line-end hyphen inside a word (a scanned page's hyphenation: "Pem-\nberton"), else 0. */
size_t anon_o51_hyphen_at(const uint8_t *p, size_t i, size_t l, size_t n);
/* rag61.c: after anon_o51_hyphen_at() returned r at p[i]: does the word go on in small letters,
 * so that the hyphen before the break is a typesetter's and goes with it ("Linden-\nstraße")? */
int anon_r61_hyphen_goes(const uint8_t *p, size_t i, size_t r, size_t n);
/* rag61.c: the length of a line break of l bytes at p[i] and the next line's indent after a soft
 * hyphen (U+00AD) between letters ("Wel\u00AD\nlington"), else 0: the view drops it. */
size_t anon_r61_soft_break_at(const uint8_t *p, size_t i, size_t l, size_t n);
/* rag61.c: the length of a line break of l bytes at p[i] inside a party's street after an
 * address cue ("demeurant au 86, avenue de la\nRépublique"): the view reads it as a space; else 0.
 * Asked behind anon_r61_may(). */
size_t anon_r61_addr_wrap_at(const uint8_t *p, size_t i, size_t l, size_t n);
/* The byte test before anon_r61_addr_wrap_at(): an ASCII letter or digit before the break (the
 * view's AVX2 prefilter asks a break after them, so both paths agree); after it, with no indent
 * (code and lists are indented), a capitalised word or a non-ASCII letter ("de la\nRépublique";
 * a military address's "FPO AE" line stays a line), a digit that opens no ISO date
 * ("Kungsholmsgatan\n61", not a log line's "2026-11-30T"), or a small letter after a house number
 * ("101\nimpasse des Lilas"). */
static inline int anon_r61_may(const uint8_t *p, size_t i, size_t l, size_t n)
{
    if (i < 8 || i + l >= n)
        return 0;
    uint8_t a = p[i - 1], c = p[i + l];
    int ad = a >= '0' && a <= '9', al = (a | 0x20) >= 'a' && (a | 0x20) <= 'z';
    if (!ad && !al)
        return 0;
    if (c >= 0xC3)
        return 1;
    if (c >= 'A' && c <= 'Z') /* a word, not a line of capitals ("USS Lorenzen\nFPO AE 25990") */
        return i + l + 1 < n &&
               ((p[i + l + 1] >= 'a' && p[i + l + 1] <= 'z') || p[i + l + 1] >= 0x80);
    if (c >= 'a' && c <= 'z')
        return ad;
    if (c < '0' || c > '9')
        return 0;
    size_t d = i + l;
    while (d < n && d - (i + l) < 5 && p[d] >= '0' && p[d] <= '9')
        d++;
    return !(d - (i + l) == 4 && d < n && p[d] == '-');
}
/* scan60_view.c: the length of a line break of l bytes at p[i] and the next line's indent when
 * it cuts an address field's short value on a scanned form ("ADDRESS: 39 CHAPEL\nSTREET"): the
 * view reads it as one space; else 0. */
size_t anon_s60_addr_break_at(const uint8_t *p, size_t i, size_t l, size_t n);
/* The byte test before anon_s60_addr_break_at(): a capital or a two-byte letter's byte before
 * the break (the value it joins is in capitals: a lower-case letter there is turned away), a
 * capital, a digit, a space or a tab after it (a superset of its joins). */
static inline int anon_s60_may(const uint8_t *p, size_t i, size_t l, size_t n)
{
    if (i < 4 || i + l >= n)
        return 0;
    uint8_t a = p[i - 1], c = p[i + l];
    return ((a >= 'A' && a <= 'Z') || a >= 0x80) &&
           ((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == ' ' || c == '\t' || c >= 0xC3);
}
/* markup51.c: the length of run markup at p[i] == '<' between two pieces of one visible string
 * (docx/xlsx runs, ODF spans, SVG tspans, an inline tag inside a word), *m NORM_DROP or ' '; 0
 * when it is none. */
size_t anon_m51_runs_at(const uint8_t *p, size_t i, size_t n, int *m);
/* markup51.c: the length of a PDF TJ array at p[i] == '[' ("[(Ma) -20 (ria)] TJ") whose strings
 * have a kerning gap between text, else 0; the length of one such gap at p[i] == ')' (*m
 * NORM_DROP or ' '), else 0. */
size_t anon_m51_tj_array(const uint8_t *p, size_t i, size_t n);
size_t anon_m51_tj_gap(const uint8_t *p, size_t i, size_t n, int *m);
/* markup51.c: findings (on the original text) that cover run markup or a TJ gap cut into one
 * finding per visible piece; 0 or ANON_ERR_NOMEM. */
int anon_m51_split(const char *text, size_t len, anon_finding_t **out, size_t *n);

/* engine.c: anon_find over text that is valid UTF-8 and needs no detection view. */
struct names_ctx {
    const anon_names_known_t *known; /* names already seen in the request, or NULL */
    int hint;                        /* ANON_NAMES_HINT_* */
    int dot_word; /* the text holds " dot " (any case): run the ANON_DF_DOTWORD detector there */
    int quoted;   /* the text is a view whose quote marks are gone (ANON_NAMES_QUOTED) */
};
int anon_find_in(const anon_engine_t *e, const char *text, size_t len, const struct names_ctx *nc,
                 anon_finding_t **out, size_t *n);
/* names_rec39.c: each word of a PERSON finding (of type person) found again elsewhere in the
 * text at word bounds and held by no finding is added as a PERSON finding; *f (sorted,
 * disjoint, malloc'd) is replaced when anything is added. < 0 on no memory. */
int anon_names_repeats(const char *text, size_t len, size_t person, anon_finding_t **f, size_t *nf);
/* names_block40.c: the line right above a STREET_ADDRESS finding (of type street) that opens its
 * line, when it holds a person's name and nothing else, is added as a PERSON finding; *f as
 * anon_names_repeats(). < 0 on no memory. */
int anon_names_addressee(const char *text, size_t len, size_t person, size_t street,
                         anon_finding_t **f, size_t *nf);
/* names_rec40.c: persons shown by other evidence in the text (an e-mail local part that spells
 * the name, a conjunction beside a person, a plural title, a person's words in another case),
 * added as anon_names_repeats() adds them. < 0 on no memory. */
int anon_names_evidence(const char *text, size_t len, size_t person, anon_finding_t **f,
                        size_t *nf);
/* names_dob48.c: each DATE_OF_BIRTH finding's bytes (of type dob) found again elsewhere in the
 * text at a date's bounds and held by no finding are added as DATE_OF_BIRTH findings; *f as
 * anon_names_repeats(). < 0 on no memory. */
int anon_names_dob_repeats(const char *text, size_t len, size_t dob, anon_finding_t **f,
                           size_t *nf);
/* names_dob48.c: the same for the nv values v[k] (vn[k] bytes each: the births a request masked
 * in its earlier strings), added with type. < 0 on no memory. */
int anon_names_births_again(const char *text, size_t len, const char *const *v, const size_t *vn,
                            size_t nv, size_t type, anon_finding_t **f, size_t *nf);
/* names_dob48.c: the last line of a text that ends with a question, copied to out (cap bytes):
 * its length, or 0 (no question, or a longer line). anon_names_asks_birth(): does that line ask
 * for a birth (a birth word in it and no digit: "Could you give me her date of birth?")? Then
 * the answer in the request's next string is read by anon_names_birth_answer(): a short text (64
 * bytes, one line) that holds one date with at most a few words around it ("3.4.87", "it's 4
 * March 1987", "Maria Keller, 04.03.1987"), whose date is added with type dob. < 0 on no memory. */
size_t anon_names_question(const char *text, size_t len, char *out, size_t cap);
int anon_names_asks_birth(const char *line, size_t n);
int anon_names_birth_answer(const char *text, size_t len, size_t dob, anon_finding_t **f,
                            size_t *nf);
/* names_turns50.c: what a question line (anon_names_question) asks for: ANON_ASK_NAME (a
 * person's name: "What's the full name?", "Wie heißt der Patient?"), ANON_ASK_STREET ("Which
 * street?", "Ποια οδός;"), ANON_ASK_THING (the name of a thing: a pet's, a model's, a firm's),
 * or 0 (a value in the line; a place that is an office's or an e-mail's). The request's next string
 * is then read after a label of that kind (session.c). */
enum { ANON_ASK_NAME = 1, ANON_ASK_STREET = 2, ANON_ASK_THING = 3 };
int anon_names_asks_value(const char *line, size_t n);
/* names_turns50.c: the street a bare answer to a street question is ("Tallstigen 109",
 * "είναι Οδός Ερμού 51", "Calle Olmo 7, 28014 Madrid"): its end (and *start), or 0. */
size_t anon_names_street_answer(const char *text, size_t len, size_t *start);
/* names_turns50.c: the name a bare answer to a name question is, when the label readers did not
 * take it ("smit", "Αντωνίου, Δημήτρης", "ελένη καραγιάννης" and the name before a date in
 * "Ana Ruiz, 3/4/1990"): one to four words of letters, none a word that is no name or an
 * answer's own ("not sure", "ja"); its end (and *start), or 0. */
size_t anon_names_name_answer(const char *text, size_t len, size_t *start);
/* names_turns50.c: a line "Label: value" whose label's last word is a street word ("Gata:",
 * "> Οδός:") and whose value has a street answer's shape (anon_names_street_answer) adds that
 * value with type where no finding stands; *f as anon_names_repeats(). < 0 on no memory. */
int anon_names_street_lines(const char *text, size_t len, size_t type, anon_finding_t **f,
                            size_t *nf);
/* names_turns50.c: each of the nv streets v[k] (vn[k] bytes: the streets a request masked in
 * its earlier strings) found again in text, whole or as its name part with a house number before
 * or after it ("Calle Olmo 9" of "Calle Olmo 7, 28014 Madrid"), at word bounds and held by no
 * finding, is added with type; *f as anon_names_repeats(). < 0 on no memory. */
int anon_names_streets_again(const char *text, size_t len, const char *const *v, const size_t *vn,
                             size_t nv, size_t type, anon_finding_t **f, size_t *nf);

#endif
