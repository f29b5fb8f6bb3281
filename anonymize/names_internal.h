/* names_internal.h: private to the NAMES pack's files (names*.c): the word level shared by the
 * scanner and the per-request name set. Lists hold lower-case words (see names_words.c). */
#ifndef HUSH_ANON_NAMES_INTERNAL_H
#define HUSH_ANON_NAMES_INTERNAL_H

#include "anonymize/names.h"

#include <string.h>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

/* nw_one_of() of a list of NW_ONE_OF_IX_MIN words or more: the same answer from the list's words
 * bucketed by their first byte (names_oneof.c; every list passed is a static array). */
#define NW_ONE_OF_IX_MIN 12
int nw_one_of_ix(const char *w, const char *const *list, size_t n);
/* The words of list (n of them, a static array) whose first byte is c, in the list's order: how
 * many, their indexes in *ord; -1 when the list has no index (the caller walks the list). */
int nw_one_of_bucket(const char *const *list, size_t n, uint8_t c, const uint16_t **ord);

/* Is w (folded) one of the words of a fixed list? NW_ONE_OF takes the array itself. The list
 * must be a static array that never changes: from NW_ONE_OF_IX_MIN words on, its index is kept
 * for the process, keyed by the list's address (names_oneof.c). (The first two bytes are
 * compared before strcmp is called: most words differ there.) */
static inline int nw_one_of(const char *w, const char *const *list, size_t n)
{
    if (n >= NW_ONE_OF_IX_MIN)
        return nw_one_of_ix(w, list, n);
    for (size_t k = 0; k < n; k++)
        if (list[k][0] == w[0] && (!w[0] || list[k][1] == w[1]) && strcmp(w, list[k]) == 0)
            return 1;
    return 0;
}
#define NW_ONE_OF(w, list) nw_one_of((w), (list), sizeof(list) / sizeof((list)[0]))

/* The code point of the three-byte letter at p in Latin Extended Additional (U+1E00 .. U+1EFF:
 * Vietnamese "ễ", "Ặ", German "ẞ"), 0 for any other bytes. */
static inline unsigned nw_latin_add(const uint8_t *p, size_t avail)
{
    if (avail < 3 || p[0] != 0xE1 || p[1] < 0xB8 || p[1] > 0xBB || (p[2] & 0xC0) != 0x80)
        return 0;
    return 0x1000u | ((unsigned)(p[1] & 0x3F) << 6) | (p[2] & 0x3F);
}

/* Is the two-byte letter cp (U+0100 .. U+024F) a capital? Latin Extended-A pairs (upper first,
 * then from U+0139 lower first), and of Extended-B the capitals of the pack's locales: Vietnamese
 * "Ơ" "Ư", Romanian "Ș" "Ț" with the comma below. */
static inline int nw_upper_ext(unsigned cp)
{
    if ((cp >= 0x100 && cp <= 0x137) || (cp >= 0x14A && cp <= 0x177))
        return (cp & 1) == 0;
    if ((cp >= 0x139 && cp <= 0x148) || (cp >= 0x179 && cp <= 0x17E))
        return cp & 1;
    return cp == 0x178 || cp == 0x1A0 || cp == 0x1AF || cp == 0x218 || cp == 0x21A;
}

/* Is the Latin Extended Additional letter cp a capital? Pairs, upper first; and "ẞ". */
static inline int nw_upper_add(unsigned cp)
{
    return ((cp <= 0x1E95 || cp >= 0x1EA0) && (cp & 1) == 0) || cp == 0x1E9E;
}

/* Byte length of the upper-case letter / any letter at p, 0 when there is none. Letters are
 * ASCII, the two-byte Latin range (U+00C0 .. U+024F), Latin Extended Additional (three bytes)
 * and, inside a word only (nw_letter(), never a capital), the combining marks U+0300 .. U+036F
 * that text in NFD writes after a base letter ("Nguye\u0302\u0303n"). */
static inline size_t nw_upper(const uint8_t *p, size_t avail)
{
    if (avail == 0)
        return 0;
    if (p[0] >= 'A' && p[0] <= 'Z')
        return 1;
    if (avail < 2 || (p[1] & 0xC0) != 0x80)
        return 0;
    if (p[0] == 0xC3)
        return (p[1] >= 0x80 && p[1] <= 0x9E && p[1] != 0x97) ? 2 : 0;
    if (p[0] >= 0xC4 && p[0] <= 0xC8)
        return nw_upper_ext(((unsigned)(p[0] & 0x1F) << 6) | (p[1] & 0x3F)) ? 2 : 0;
    if (p[0] == 0xE1) {
        unsigned cp = nw_latin_add(p, avail);
        return cp && nw_upper_add(cp) ? 3 : 0;
    }
    return 0;
}

static inline size_t nw_letter(const uint8_t *p, size_t avail)
{
    if (avail == 0)
        return 0;
    uint8_t c = p[0];
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))
        return 1;
    if (c < 0xC3 || avail < 2 || (p[1] & 0xC0) != 0x80)
        return 0;
    if (c <= 0xC9)
        return (c == 0xC3 && (p[1] == 0x97 || p[1] == 0xB7)) ? 0 : 2; /* not × ÷ */
    if (c == 0xCC || (c == 0xCD && p[1] <= 0xAF))
        return 2; /* a combining mark */
    return nw_latin_add(p, avail) ? 3 : 0;
}

/* Is the letter at p (nw_letter() > 1) a combining mark, which is neither upper nor lower case? */
static inline int nw_mark(const uint8_t *p)
{
    return p[0] == 0xCC || p[0] == 0xCD;
}

/* p[0 .. n) case-folded into out (ASCII and Latin-1); its length, 0 when it does not fit. */
size_t nw_fold(const char *p, size_t n, char *out, size_t cap);
/* The letters of t[a .. b) in lower-case ASCII, Latin-1 and Latin Extended-A letters by their
 * base letter ("Wójcik" -> "wojcik"), into out (cap > 0, NUL-terminated); its length
 * (names_tech42.c). */
size_t nw_ascii_fold(const uint8_t *t, size_t a, size_t b, char *out, size_t cap);

/* The lower-case form of the capital at p of two or three bytes (nw_upper() > 1), as Python's
 * str.lower() writes it but "İ" as "i", into out (3 bytes at least); its length. */
size_t nw_fold_capital(const uint8_t *p, char *out);

/* names_thread59.c: the end of the word w (wl bytes: a known person's given name or surname)
 * written at t[i] in capitals, in lower case or with a genitive 's', 0 when it is not there in such
 * a form or is an ordinary word (anon_names_known_sweep's single-word forms). */
size_t anon_names_word_form(const uint8_t *w, size_t wl, const uint8_t *t, size_t i, size_t len);
/* names_inflect62.c: is t[0 .. n) a case ending read after a known name's word? */
int anon_names_case_ending(const uint8_t *t, size_t n);
/* names_inflect62.c: known word w written at t[i] with a case ending up to the word's end e
 * ("Tomaszowi", "Hakalalle", "Péternek"): returns e, 0 for none */
size_t anon_names_case_form(const uint8_t *w, size_t wl, const uint8_t *t, size_t i, size_t e,
                            size_t len);

/* names_stem63.c: the nominatives the word x[0 .. n) may be a declined form of ("Virtasen" ->
 * "Virtanen", "Kowalskiej" -> "Kowalska", "Jonaičio" -> "Jonaitis"), one per call: *k starts at 0
 * and moves on; writes out (cap bytes) and returns its length, 0 when there are no more. */
size_t nw_stem63_nominative(const uint8_t *x, size_t n, unsigned *k, uint8_t *out, size_t cap);
/* names_stem63.c: t[i .. e) taken as a declined form of the known word w (wl bytes), one of its
 * nominatives: returns e, 0 when the word is ordinary or code is around it */
size_t nw_stem63_form(const uint8_t *w, size_t wl, const uint8_t *t, size_t i, size_t e,
                      size_t len);

/* names_thread59.c: the end of a handle of a known person's given name g (gl bytes) joined by '.'
 * or '_' to the first letter s0 of the surname ("maximilian.k", "@rui.p") at t[i]; 0 for none. */
size_t anon_names_handle_form(const uint8_t *g, size_t gl, uint8_t s0, const uint8_t *t, size_t i,
                              size_t len);

/* names_thread59.c: the end of a known person's initials g0 and s0 written "M.K." at t[i]
 * (capitals, each with its dot, not followed by a letter or a capitalised word); 0 for none. */
size_t anon_names_initials_form(uint8_t g0, uint8_t s0, const uint8_t *t, size_t i, size_t len);

/* names_thread59.c: is the finding t[a .. e) a brand written as "Dr." and a name ("Dr. Pepper")? */
int nw_thread59_brand(const uint8_t *t, size_t a, size_t e);

/* anon_names_lexicon() of t[a .. b), a text of len bytes (the probe may read past b within it) */
unsigned nw_lexicon_in(const uint8_t *t, size_t len, size_t a, size_t b);

/* Which word lists w is in (one probe for all of them). */
enum {
    C_HON = 1 << 0,
    C_SAL = 1 << 1,
    C_VB = 1 << 2,
    C_VA = 1 << 3,
    C_TERM = 1 << 4,
    C_NOT = 1 << 5,
    C_MONTH = 1 << 6,
    C_LABEL = 1 << 7,
    C_LIST = 1 << 8,
    C_CLOSE = 1 << 9,
    C_INTRO = 1 << 10,
    C_PART = 1 << 11,
    C_NEAR = 1 << 12,  /* "to", "morning": a context word only with the word before it */
    C_BE = 1 << 13,    /* "is", "was", "wurde": "X was born" */
    C_EN = 1 << 14,    /* English street types ("Street", "Ave") */
    C_FR = 1 << 15,    /* French street types after a number ("rue") */
    C_FIRST = 1 << 16, /* street types before the name ("Via", "Calle") */
    C_UNIT = 1 << 17,  /* unit words ("Apt", "Suite") */
    C_LOWER = 1 << 18, /* lower-case street types after the name ("tér", "u.") */
    C_DOC = 1 << 19,   /* the words names_docs.c reads before a name ("plaintiff", "son", "of") */
    C_PROSE = 1 << 20, /* the words names_prose.c reads before a name ("with", "laut", "intern") */
    C_PLACE = 1 << 30, /* places_of names_words.c (with C_NOT): countries, regions, "San", "Fort" */
};
unsigned nw_cats(const char *w);
/* The pass over a text (names_walk.c) 32 bytes at a time where the CPU has AVX2 (on, the
 * default unless HUSH_NAMES_NO_AVX2 is set), or 16 (off): the same visits either way; for the
 * tests. */
void nw_walk_avx2(int on);
/* Could the raw word w[0 .. n) be a context word before a name (after = 0: a title, greeting,
 * verb, particle) or after one (after = 1: a verb)? 0 means certainly not; a cheap filter. */
int nw_could_be(const uint8_t *w, size_t n, int after);
/* Could the raw word w[0 .. n), folded, be a list word of any of cats (C_*)? 0 means
 * certainly not: the filter on the first three bytes that every nw_cats() look-up passes. */
int nw_prefix_may(const uint8_t *w, size_t n, unsigned cats);
/* Which of cats (C_*) a list word that is the word at w (its letters, up to avail bytes) may
 * have: 0 means none; a filter on its first three bytes, before any folding and lookup. */
unsigned nw_may_be(const uint8_t *w, size_t avail, unsigned cats);
/* Which of cats (C_*) a list word equal to the whole raw word w[0 .. n), folded, may have: 0
 * means none; the filter of nw_may_be() that also knows the word's length. It filters the
 * titles (C_HON) alone: the other bits of cats come back as asked. */
unsigned nw_word_may(const uint8_t *w, size_t n, unsigned cats);
/* Every list word passes nw_word_may() for all its lists, as written and in capitals: their
 * count, or -1 (the tests). */
int nw_audit_word_may(void);
int nw_honorific(const char *w);
int nw_salutation(const char *w);
int nw_verb_before(const char *w);
int nw_prose_word(const char *w); /* one of names_prose.c's nw_prose_words (C_PROSE) */
int nw_verb_after(const char *w);
int nw_term_after(const char *w);
int nw_not_name(const char *w);
int nw_month(const char *w);
/* names_agent49.c: the text's other dates on the same calendar day as a DATE_OF_BIRTH finding
 * (type dob) of f are births too ("06.08.1965" beside "1965-08-06"). 0 or ANON_ERR_NOMEM. */
int nw_same_day_births(const char *text, size_t len, size_t dob, anon_finding_t **f, size_t *nf);
int nw_label(const char *w);
int nw_list_label(const char *w);
int nw_closing(const char *w);
int nw_intro(const char *w);
int nw_particle(const char *w);
/* names_added.c: is the word w[0 .. n) a legal form or a firm's family noun ("GmbH", "Ltd.",
 * "Söhne")? */
int nw_legal_form(const uint8_t *w, size_t n);

/* ---- the scanner's state and words (names.c, names_places.c) ------------------------------ */
static inline int is_digit(uint8_t c)
{
    return c >= '0' && c <= '9';
}

static inline int is_up(uint8_t c)
{
    return c >= 'A' && c <= 'Z';
}

static inline int is_alnum(uint8_t c)
{
    return is_digit(c) || ((c | 32) >= 'a' && (c | 32) <= 'z');
}

enum { SH_OTHER, SH_NAME, SH_INITIAL, SH_CAPS, SH_PARTICLE };
enum { CTX_NONE, CTX_WEAK, CTX_STRONG };
struct word {
    size_t s, e; /* bytes of the word (an initial includes its dot) */
    int shape;
    unsigned lex;
};

struct sc {
    const uint8_t *t;
    size_t len;
    unsigned kinds;
    int quoted; /* ANON_NAMES_QUOTED: the lines were quoted ("> " marks gone in the view) */
    const anon_names_known_t *known;
    int hint;
    anon_names_emit_fn emit;
    void *arg;
    size_t list_end;         /* end of the last person, where "and Jan" may continue a list */
    int list_label;          /* ... and whether a list label ("Attendees:") opened it */
    size_t lc_pos, lc_start; /* line_start's last answer: the line of lc_pos starts at lc_start */
    int suffix;              /* the run being judged is followed by "Jr.", "II", ", PhD" */
    int thing_first;         /* ... and opens with a given name that is also a month, a product
                              * or a city ("Claude Dubois", "Jan Smeets"): see listed_given() */
    int ctx;                 /* what the context of the last run judged said (CTX_*) */
    size_t seen[8][2];       /* the last people found in this text, so that a later "Maria" */
    unsigned nseen;          /* or "Keller" alone is the same person (a ring of 8) */
    int raised;              /* the text is a lower-case text's copy with names raised */
    struct nw_words *words;  /* words parsed in this text (scan()'s), or NULL */
    struct nw_lines *lines;  /* its line ends found so far (scan()'s), or NULL: nw_line_at() */
    struct nw_hits *hits;    /* its ':' ')' '<' '=' '@' '/' '|' found so far (scan()'s), or NULL */
    struct nw_learn *learn;  /* names_learn.c's record of this scan's findings, or NULL: off */
    struct nw_fctx *fc;      /* the context of the run person_at() judges, or NULL (below) */
};

/* The context of one run person_at() judges (issue 19): the answers of nw_prev_word(),
 * nw_key_word_before() and nw_word_after() asked while it runs, by kind and position, so that
 * the vetoes and the helpers it reaches through its struct sc derive each word once (one finding
 * asked ten of them for four positions). Valid only for the struct sc that person_at() set it on
 * (fc->s == s): a copy made to read another buffer never reads it. The answers are pure
 * functions of the text, the position and the buffer's size; only buffers of 32 bytes or more
 * are answered here, and all of them get the same answer (no word the three return is longer
 * than 31 bytes). A veto or a helper needs nothing to use it: it calls the three as before.
 * An emit-chain link (struct nw_link) gets no context and needs none: it reads the text it was
 * given; a link that reaches the scanner's struct sc (names_particles.c's p->s) shares it when
 * called from inside person_at(). */
#define NW_FC_SLOTS 8
enum { NW_FC_PREV, NW_FC_KEY, NW_FC_AFTER };
struct nw_fctx {
    const struct sc *s; /* whose answers these are */
    unsigned n;         /* slots filled */
    struct {
        size_t key; /* the position asked * 4 + the kind (NW_FC_*) */
        size_t pos; /* the word's start (before) or end (after) */
        int lit;    /* the function returned its literal "" rather than the buffer */
        char w[32]; /* the buffer as the function left it (the answer, NUL-terminated) */
    } slot[NW_FC_SLOTS];
};

/* The answer recorded for (kind, i) copied to buf (32 bytes at least: cap), its start or end in
 * *pos; NULL when none. */
static inline const char *nw_fc_get(const struct sc *s, unsigned kind, size_t i, size_t cap,
                                    size_t *pos, char *buf)
{
    const struct nw_fctx *fc = s->fc;
    if (!fc || fc->s != s || cap < 32)
        return NULL;
    size_t key = i * 4 + kind;
    for (unsigned k = 0; k < fc->n; k++)
        if (fc->slot[k].key == key) {
            *pos = fc->slot[k].pos;
            if (fc->slot[k].lit)
                return "";
            memcpy(buf, fc->slot[k].w, 32);
            return buf;
        }
    return NULL;
}

/* Records the answer w for (kind, i) (buf: the caller's buffer of cap bytes) while there is
 * room. */
static inline void nw_fc_put(const struct sc *s, unsigned kind, size_t i, size_t cap, size_t pos,
                             const char *w, const char *buf)
{
    struct nw_fctx *fc = s->fc;
    if (!fc || fc->s != s || fc->n >= NW_FC_SLOTS || cap < 32)
        return;
    unsigned k = fc->n++;
    fc->slot[k].key = i * 4 + kind;
    fc->slot[k].pos = pos;
    fc->slot[k].lit = w != buf;
    if (w == buf)
        memcpy(fc->slot[k].w, buf, 32);
}

/* The last words nw_parse_word() parsed in one text, by their start (a slot per start modulo
 * NW_WORDS): the pass, the run, the context and the address tests parse the same words again
 * and again. at[k] is the start + 1 of w[k], 0 for none. Only positions and flags, no text.
 * A word depends on the text, its length and the hint: a copy of the struct sc with another
 * length (a date cut short) or hint neither reads nor fills it. */
#define NW_WORDS 16
struct nw_words {
    const uint8_t *t;
    size_t len;
    int hint;
    size_t at[NW_WORDS];
    struct word w[NW_WORDS];
};

/* A capitalised word at i into w: its end, its shape and, for names, its lexicon flags. */
void nw_parse_word(const struct sc *s, size_t i, struct word *w);
#if defined(__SSE2__) && defined(__GNUC__) && (defined(__x86_64__) || defined(__i386__))
#define HAVE_NW_AVX2_WALK 1
int nw_use_avx2(void);
int nw_walk_avx2_blocks(struct sc *s, size_t *ip, size_t *next, int digits, int strong);
#endif
/* The walk's blocks from *ip while a whole one is left (16 bytes with SSE2, 32 with AVX2), *ip
 * left at the first byte not walked; the stops go to nw_visit() (a capital or digit run at i)
 * and nw_visit_punct() ('.' or ':' before " x"), which move *next past what they took. */
int nw_walk_sse2(struct sc *s, size_t *ip, size_t *next, int digits, int strong);
int nw_visit(struct sc *s, size_t i, size_t *next);
int nw_visit_punct(struct sc *s, size_t p, size_t *next);
/* names_typed55.c: the digit at p right after a lower-case letter: a house number glued to its
 * street ("kerkstraat52") when a chat cue says so; emits it and moves *next past it. */
int nw_typed55_glued(struct sc *s, size_t p, size_t *next);
/* names_files10.c: the '.' at p before a document's extension ("Lebenslauf_Maria_Keller.pdf"):
 * the people its file name names; *next past the extension when it found one. */
int nw_files10(struct sc *s, size_t p, size_t *next);
/* Could the '.' at p open an extension nw_files10() reads (its first letter)? */
static inline int nw_files10_may(const uint8_t *t, size_t len, size_t p)
{
    if (p + 4 > len)
        return 0;
    /* the first letters of the extensions below (d h j o p r t x): most dots end a sentence
     * or join digits, and leave here before the three bytes are read */
    uint32_t f = (uint32_t)(t[p + 1] | 32) - 'a';
    if (f >= 26 || !(0x8AC288u >> f & 1))
        return 0;
    uint32_t x = (uint32_t)(t[p + 1] | 32) << 16 | (uint32_t)(t[p + 2] | 32) << 8 | (t[p + 3] | 32);
    switch (x) {
    case 0x706466: /* pdf */
    case 0x646f63: /* doc */
    case 0x6a7067: /* jpg */
    case 0x6a7065: /* jpe */
    case 0x706e67: /* png */
    case 0x747874: /* txt */
    case 0x6f6474: /* odt */
    case 0x727466: /* rtf */
    case 0x786c73: /* xls */
    case 0x707074: /* ppt */
    case 0x686569: /* hei */
    case 0x706167: /* pag */
        return 1;
    }
    return 0;
}
/* text[a .. b) case-folded into buf (NUL-terminated), "" when it does not fit. */
const char *nw_fold_span(const struct sc *s, size_t a, size_t b, char *buf, size_t cap);
/* The word after i (spaces skipped), folded; *we is where it ends. */
const char *nw_word_after(const struct sc *s, size_t i, size_t *we, char *buf, size_t cap);
/* Width of the line break (real, or "\\n" in raw JSON) that ends right before i, or 0. */
size_t nw_break_before(const struct sc *s, size_t i);
int nw_lexname(unsigned f); /* a given name or surname */
/* For the tests: every run in text[0 .. len) (each capitalised word that may start one, to each
 * word end within 64 bytes) that context() finds strong for the prescan also passes the
 * prescan's pre-check. Returns how many were strong, or -1 for one that the pre-check lost. */
int nw_audit_strong_may(const char *text, size_t len);
/* names_ctxgate.c: the helpers' weak contexts (nw_doc_ctx() ... nw_fam10a_ctx()) of a run, after
 * ". " or a lower-case word each asked only where the bytes around the run allow one of its
 * shapes; the same answer as asking them all. */
int nw_ctx_helpers(const struct sc *s, size_t start, size_t end);
/* For the tests: at every run after a space in text[0 .. len) (each word end within 64 bytes, the
 * list's end at list_end), nw_ctx_helpers() answers as the ten helpers do. Returns how many
 * runs a helper took, or -1 for one where the two differ. */
int nw_audit_ctx_gate(const char *text, size_t len, size_t list_end);

/* Capitalised words from i (at most max): a street or city name; the end of the last word, or 0,
 * and their number in *count (names_places.c). */
size_t nw_cap_words(const struct sc *s, size_t i, size_t max, size_t *count);
/* names_postal.c: the unit, postcode, town and country lines after an address that ends at end
 * (the new end); a postcode with letters at k (UK, Canada, Ireland: its end, or 0). */
size_t nw_addr_tail(const struct sc *s, size_t end);
/* names_lowaddr.c: a lower-case street right after words that say an address follows ("i live
 * at 42 wallaby way", "vivo en calle mayor 3"), at the house number i .. d: its end, or 0, and
 * its start in *start. */
size_t nw_addr_lower_cued(const struct sc *s, size_t i, size_t d, size_t *start);
/* The value a .. b of a field like "street" (hint ANON_NAMES_HINT_STREET) or "houseNumber" /
 * "zip" (ANON_NAMES_HINT_ADDR_PART) is that part of an address: a street is one line of 3..80
 * bytes with a letter, no '@', '{', '<', '\\' or "://" and no placeholder ("N/A", "unknown",
 * "string"); a part is 1..10 bytes of ASCII letters, digits, ' ', '-' and '/' with a digit ("5",
 * "12a", "10115", "NW1 6XE", "4B"). names.c. */
int nw_street_value(const struct sc *s, size_t a, size_t b, int hint);
size_t nw_br_at(const struct sc *s, size_t i);      /* "<br>", "<br/>": its length, or 0 */
size_t nw_dk_floor(const struct sc *s, size_t i);   /* "2. tv.", "st. th." */
size_t nw_floor_side(const struct sc *s, size_t k); /* " izda." after "3º" */
/* names_postblock.c: the postcode and town, a unit or "c/o" before a street that starts at b (the
 * new start); and the parts nw_addr_tail reads after a street, each at its position: its end, or
 * 0 (nw_town_rest, nw_province_after, nw_mx_state_after, nw_number_suffix: the new end). */
size_t nw_addr_head(const struct sc *s, size_t b);
size_t nw_country_after(const struct sc *s, size_t end); /* ", Deutschland", "\nUSA" */
size_t nw_state_zip_at(const struct sc *s, size_t k);    /* "IL 62704", "Illinois 62704" */
size_t nw_town_rest(const struct sc *s, size_t ce);      /* "-en-Provence", " im Breisgau" */
size_t nw_province_after(const struct sc *s, size_t ts, size_t ce); /* ", MI", ", Madrid" */
size_t nw_mx_state_after(const struct sc *s, size_t end);           /* ", Guadalajara, Jal." */
/* names_addr39.c: a bare postcode or a Brazilian state after the town an address ends with at
 * end (", 2196", " - 560011", " - SP"): the new end. */
size_t nw_addr39_after(const struct sc *s, size_t end);
/* A building or estate name that ends at e, before a street's ", " ("Sri Krishna Enclave",
 * "Résidence les Tilleuls"), alone on its part: its start, or (size_t)-1 (names_addr39.c). */
size_t nw_addr39_building_before(const struct sc *s, size_t e);
/* names_street40.c: an address read back from the postcode that ends it: a six-digit Indian
 * PIN at i .. d ("Flat 12, Sai Residency, MG Road, Bengaluru 560001") or an Eircode at i ("59
 * Ashgrove Park, Ennis, Co. Clare, V95 R5X7"): its end (a state or country after included), or
 * 0, and its start in *start. */
size_t nw_street40_pin(const struct sc *s, size_t i, size_t d, size_t *start);
size_t nw_street40_eircode(const struct sc *s, size_t i, size_t *start);
/* names_forms42.c: a Romanian or Turkish street read back from its number word, at the digits
 * i after "nr. " or "No: " ("Str. Mihai Eminescu nr. 12, bl. A3, ap. 14, sector 2, București",
 * "Caferağa Mah. Moda Cad. No: 12 D: 5, 34710 Kadıköy/İstanbul"): its end, or 0, and its start
 * in *start. The call site asks nw_forms42_may() first (i >= 4): "nr", "No" just before. */
size_t nw_forms42_number(const struct sc *s, size_t i, size_t *start);
/* A name under an EU Digital COVID Certificate's keys ("fn": "Keller", gnt: "MARIA", fnt="LE<GALL")
 * at the capital i, with another of those keys or the "nam" object near: its end, or 0. The
 * call site asks nw_forms42_dcc_may() first (i >= 5): ':' or '=' after fn, gn, fnt or gnt
 * just before i (a '"' and spaces between). */
size_t nw_forms42_dcc(const struct sc *s, size_t i);
static inline int nw_forms42_dcc_may(const uint8_t *t, size_t i)
{
    size_t k = i - (t[i - 1] == '"');
    if (t[k - 1] == ' ')
        k--;
    if (k < 5 || (t[k - 1] != ':' && t[k - 1] != '='))
        return 0;
    k -= 1 + (t[k - 2] == '"');
    if (t[k - 1] == 't')
        k--;
    return t[k - 1] == 'n' && (t[k - 2] == 'f' || t[k - 2] == 'g') && k >= 3 &&
           !is_alnum(t[k - 3]) && t[k - 3] != '_';
}
/* A Nordic unit part at i after a street's number: "3 tr", "lgh 1102", "H0302", "as 4"; its
 * end, or 0 (names_forms42.c, asked by nw_addr_tail()). */
size_t nw_forms42_unit(const struct sc *s, size_t i);
static inline int nw_forms42_may(const uint8_t *t, size_t i)
{
    size_t k = i - (t[i - 1] == ' ');
    k -= t[k - 1] == '.' || t[k - 1] == ':';
    return k >= 4 && (t[k - 1] == 'r' || t[k - 1] == 'o' || t[k - 1] == 'O') &&
           (t[k - 2] | 32) == 'n' && t[k - 3] == ' ';
}
size_t nw_in_town(const struct sc *s, size_t we);        /* " Springfield, IL 62704" after "in" */
size_t nw_floor_at(const struct sc *s, size_t i);        /* "3. OG links", "3e étage" */
size_t nw_number_suffix(const struct sc *s, size_t end); /* " hs", "-III", " A" */
size_t nw_field_after(const struct sc *s,
                      size_t end); /* "\nCity: Berlin", ", \"zip\": \"10115\"" */
int nw_field_key(const char *key); /* "plz", "city": folded */
/* names_addrlabels.c: the next labelled field on a block's line (", PLZ: 10115", " | City:
 * Berlin", " / CP 75018"): its end, or 0; and a street whose name and number stand behind labels
 * on one line ("Straße: Hauptstraße, Hausnummer: 5"), at the number i: the block's end, or 0,
 * and its start in *start. */
size_t nw_field_inline(const struct sc *s, size_t end);
size_t nw_addr_labelled(const struct sc *s, size_t i, size_t *start);
size_t nw_vcard_rest(const struct sc *s, size_t end); /* ";Berlin;;10115;DE" after ADR's street */
/* names_capsstreet.c: a street in capitals with its type in its last word ("SVEAVÄGEN 65\n208 48
 * GÖTEBORG"), at that word: the block's end, or 0 (only when a part follows the number);
 * names_places.c's suffix test on a folded word. */
size_t nw_addr_caps_suffix(const struct sc *s, const struct word *w);
int nw_street_suffix(const char *f);
/* A line at i that closes a message ("Thanks", "Best regards"), w its first word folded: no town
 * line after a street (names_postblock.c). */
int nw_closing_line(const struct sc *s, size_t i, const char *w);
size_t nw_postcode_at(const struct sc *s, size_t k);
/* names_places.c, names_postal.c, names_dates.c: each returns the end of what it found at i, or
 * 0 */
size_t nw_addr_number_first(const struct sc *s, size_t i);
size_t nw_addr_word_first(const struct sc *s, const struct word *w);
size_t nw_addr_start(const struct sc *s, size_t i);   /* a building number before it */
size_t nw_addr_calle(const struct sc *s, size_t i);   /* "C/ Velázquez 11" */
size_t nw_house_number(const struct sc *s, size_t i); /* "12", "12a", "3-5": its end, or 0 */
/* names_streetpost.c: a name and a house number before a postcode and town ("Meir 12, 2000
 * Antwerpen"), at the capitalised word w: the address's end, or 0. */
size_t nw_addr_name_postcode(const struct sc *s, const struct word *w);
/* After a house number that ends at j, a street with no type, a town and a postcode with letters
 * ("82 Kingsway, Norwich YO10 9NG"): the address's end, or 0. */
size_t nw_addr_untyped_postcode(const struct sc *s, size_t j);
/* A Japanese block number at i: "1-2-3 Shibuya, Shibuya-ku, Tokyo 150-0002". Its end, or 0. */
size_t nw_addr_chome(const struct sc *s, size_t i);
/* After a type before the name, a name that starts with the number at i: the Colombian grid
 * ("Carrera 7 # 71-21", "Calle 93 No. 11-26") or a date ("Calle 5 de Febrero 120"): the block's
 * end, or 0. (names_streetpost.c) */
size_t nw_addr_numbered_name(const struct sc *s, size_t i);
/* A unit after a house number's slash at j: "/Stiege 2", "/Tür 9", "/Top 5". Its end, or 0. */
size_t nw_slash_unit(const struct sc *s, size_t j);
/* A rural route's "Box 36" at j after its number, with a town after it: the end, or 0. */
size_t nw_addr_route_box(const struct sc *s, size_t j);
/* "R. de Santa Catarina, 39, ...", "R. Oscar Freire, 230, ... 01426-001" at i: the end, or 0. */
size_t nw_addr_rua(const struct sc *s, size_t i);
size_t nw_addr_unit_line(const struct sc *s, const struct word *w); /* "Apt. 618" on its line */
size_t nw_addr_zip(const struct sc *s, size_t i);                   /* "zip code is 37773" */
/* A post office box at i ("P.O. Box 242", "PSC 3294, Box 9168"): its end (with the lines after
 * it that belong to the address), or 0. */
size_t nw_addr_pobox(const struct sc *s, size_t i);
size_t nw_date_at(const struct sc *s, size_t i, size_t *ds);
int nw_birth_before(const struct sc *s, size_t p);
/* A due date's qualifier ("expected", "Tahmini", "voraussichtlicher") in the 16 bytes before
 * the birth word at i: the date under it is no birth (names_births.c). */
int nw_due_before(const struct sc *s, size_t i);
/* Do a and b (n bytes each) spell the same word but for case? (names_known.c, names_thread59.c)
 * Letters fold in ASCII and in Latin-1 (U+00C0-U+00DE and U+00E0-U+00FE are 0xC3 then a byte 0x20
 * apart, but for the signs U+00D7 and U+00F7), so "MÜLLER" is "Müller". */
static inline int nw_fold_eq(const uint8_t *a, const uint8_t *b, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        uint8_t x = a[i], y = b[i];
        if (x == y)
            continue;
        if ((x | 32) == (y | 32) && (x | 32) >= 'a' && (x | 32) <= 'z')
            continue;
        if (i > 0 && a[i - 1] == 0xC3 && b[i - 1] == 0xC3 && (x | 0x20) == (y | 0x20) &&
            x >= 0x80 && (x | 0x20) != 0xB7)
            continue;
        return 0;
    }
    return 1;
}
int nw_birth_after(const struct sc *s, size_t e); /* "1987-03-04 (date of birth)" */
/* The length of a birth word ("dob", "Geburts", "nascimento", "D.N.") at i, before limit, or 0
 * (names_dates.c); a date's cell at p under a table header with one (names_dobcols.c). */
size_t nw_birth_word_at(const struct sc *s, size_t i, size_t limit);
int nw_birth_column(const struct sc *s, size_t p);
/* names_h12dob.c: a date's cell under a birth header aligned on its left or right edge
 * (printouts, two-column forms), and a birth label in a comment or bracket after the date. */
int nw_h12dob_column(const struct sc *s, size_t p);
int nw_h12dob_trailing(const struct sc *s, size_t e);
/* names_h12dob_list.c: a date [ds, e) glued to a person in a list a label names as relatives,
 * companions or co-insured persons ("Geschwisterkind: Name (date)", "Personen:\n- Name, date"). */
int nw_h12dob_list(const struct sc *s, size_t ds, size_t e);
/* A date at p written as a birth event with no birth word before it: a life span, GEDCOM's
 * BIRT, an age before it, a child in a list, a column under a birth label (names_dobevents.c). */
int nw_birth_event(const struct sc *s, size_t p);
int nw_birth_star(const struct sc *s, size_t p); /* "(* 4.3.1987)", "* Kiel, 27 april 1935" */
/* a Unix timestamp at [i, d) as a birth key's value ("\"dob\": 541814400"): its start + 1, or 0 */
size_t nw_birth_timestamp(const struct sc *s, size_t i, size_t d);
int nw_neg_timestamp(struct sc *s, size_t i, size_t *next); /* the same after a '-' */
/* names_dobprose.c: a day and month without a year at [ds, e) right after a birthday word ("my
 * bday is December 25th"): e, or 0; and whether the prose between a participle of birth ending
 * at we ("born", "née") and a date at p is one clause with it. */
size_t nw_date_yearless(const struct sc *s, size_t ds, size_t e);
/* a date without a year at [ds, e) whose birthday words hold no birth word ("cumple años el") */
int nw_birthday_yearless(const struct sc *s, size_t ds, size_t e);
/* a month of pl/cs/fi/tr/ro/sv/da/no the shared list lacks ("marca", "března"): its end, or 0 */
size_t nw_month_more(const struct sc *s, size_t i);
/* "March '87 baby", "December 1948 baby": the month's start + 1, or 0 */
size_t nw_month_year_baby(const struct sc *s, size_t i, size_t d);
int nw_colon_opens_line(const struct sc *s, size_t we, size_t i); /* "birth\n : 1987" */
int nw_birth_one_clause(const struct sc *s, size_t we, size_t p);
int nw_birth_bracket_label(const struct sc *s, size_t i, size_t p); /* "4.3.1987 (Geb.)" */
/* The birth field (YYMMDD) of every passport's (TD3) or ID card's (TD1) machine-readable zone
 * with a right check digit, emitted as a date of birth (names_mrz.c); < 0 on the emit's error. */
int nw_mrz_births(struct sc *s);
/* names_dobw64.c: dates after (or before) the birth words of Cyrillic, Arabic, Persian, Urdu,
 * Hebrew, Indic, Thai, CJK and Hangul text, in native digits and era years. */
int nw_dobw64_births(struct sc *s);
/* names_dobw64.c: the whole date of the scripts starting at i (names_dobw64.c's forms), its end or
 * 0. */
size_t nw_dobw64_date(const uint8_t *t, size_t len, size_t i);
/* names_dobw65.c: the birth word at [a, b) found no date beside it: the date a line below its
 * label, in its column of a tab- or space-aligned sheet, or after more glue in its sentence. */
int nw_dobw65_far(struct sc *s, size_t a, size_t b);
/* names_script2.c: may s's text hold a lead byte of a non-Latin script (Greek, Cyrillic, Hebrew,
 * Arabic, Indic, Thai, CJK, Hangul)? Read once a text (kept in its struct nw_lines). */
int nw_script2_has(const struct sc *s);
/* names_lower11.c: lower-case lists of people after an attendance, recipient or assignment word
 * ("invited: maria, jonas, priya", "cc maria keller, jonas weber and priya shah"). */
int nw_lower11_lists(struct sc *s);
/* People, births and addresses in HL7 v2 segments (PID, NK1, GT1, IN1, PV1, ORC, OBR), by their
 * fields' places: names_hl7.c. < 0 on the emit's error. */
int nw_hl7_fields(struct sc *s);
/* names_h12rs.c: DICOM person names (SURNAME^GIVEN) and user names in home paths, prompts */
int nw_h12rs_names(struct sc *s);
/* names_prose50.c: is the word pw (folded; pw2 the one before it) the cue of a nickname after it
 * ("genannt X", "known as X", "bekend als X", "conocido como X", "znany jako X", "kallad X", "la
 * llamaba X", "mówili na nią X", "říkali X")? */
int nw_prose50_nick(const char *pw, const char *pw2);
/* The date at [ds, e) has an age beside it in brackets that agrees with it ("04/03/1987 (39)",
 * "(42 ans) 03/02/1984"): a date of birth (names_dobage.c). */
int nw_dob_age_near(const struct sc *s, size_t ds, size_t e);
/* vCard's birthday with no year, "BDAY:--0304", "BDAY:--03-04", whose digits start at i: its
 * end and its start (the "--") in *ds, or 0 (names_dobevents.c). */
size_t nw_vcard_bday(const struct sc *s, size_t i, size_t *ds);
/* A date of birth "May-16-1985" whose day starts at i, right after the month's '-': its end
 * and its start in *ds, or 0. */
size_t nw_dob_after_month_hyphen(const struct sc *s, size_t i, size_t *ds);

/* names_shape.c: the name-shape score of a word's letters; a weak signal, never used alone */
/* The mean log-odds (in 1/16) of word p[0 .. n)'s letter trigrams coming from a name rather
 * than an ordinary word; > 0 leans to a name. */
int nw_name_shape(const uint8_t *p, size_t n);
/* names_typed52.c: is p[0 .. n) (lower-case ASCII letters) a word of phone-typed chat in one of
 * 17 languages ("akkor", "koszi", "fedt", "tamam", "thankyou"), never a name after a greeting? */
int nw_typed52_chat_word(const uint8_t *p, size_t n);
/* The scanner's last emit link (arg: a struct nw_link): drops a PERSON finding that is one
 * lower-case word of that list, whichever rule took it. */
int nw_typed52_emit(void *arg, int kind, size_t a, size_t e);
/* names_chat.c: is a..b (one lower-case word) an ordinary word, a chat word, a bot or a role
 * rather than a name (the speakers' test)? */
int nw_chat_ordinary(const struct sc *s, size_t a, size_t b);
/* names_typed53.c: the senders of a phone-typed chat without time stamps ("anna: ok", "- jonas k:
 * thx", "~lea: ...", "marco (dad): ...", "<kredevla> ..."), taken when two senders or more each
 * open two lines or more; 0 or the first negative emit. */
int nw_typed53_senders(struct sc *s);
/* A run of two or three name-shaped words inside a sentence, filling a quoted string or a list
 * item, each a lexicon name or unknown with a name's shape, one at least unknown ("have you met
 * Ravil Yefimov", "a": "Kisula Bilcan", "- Roine Moian"): a person with no other context. */
int nw_shape_pair(const struct sc *s, const struct word *run, size_t n);
/* One unknown word with a name's shape, then a verb nw that takes a person as its subject
 * ("Shovda is very reliable", "Mehrudin shouted at"): a person with no other context. */
int nw_shape_subject(const struct sc *s, const struct word *w, const char *nw);
/* The same for a run of two or three words, each a lexicon name or name-shaped, one at least
 * unknown ("Krisztián Szöllösy listed his top 20"). */
int nw_shape_subject_run(const struct sc *s, const struct word *run, size_t n, const char *nw);
/* A table without a header (rows of cells split by a tab, '|' or ';', as many in each row): the
 * cells of each column whose every cell is a name-shaped full name are reported as people.
 * Returns 0 or the first negative emit. */
int nw_table_names(struct sc *s);
/* names_shape.c: is the trimmed cell t[a .. b) a full name (2: by its shape or two lexicon
 * names, 1: by its form only, 0: no)? */
int nw_cell_name(const struct sc *s, size_t a, size_t b);
/* names_pipecols.c: the name columns of Markdown and pipe tables anywhere in the text, whatever
 * their header says (`| Match | cM |`, `| Student | Tutor |`, none). Returns 0 or the first
 * negative emit. */
int nw_pipe_columns(struct sc *s);
/* names_tables.c: people in the name columns of tables whose header row is anywhere in the text
 * (CSV, TSV, Markdown, psql, mysql; the header words of every language of the pack) */
int nw_header_tables(struct sc *s);
/* names_tables.c for names_fixedcols.c: a header label's person kind (2 a person's, 1 maybe, 0
 * none) and its cell test (cell_person()) */
int nw_person_header(const char *h);
int nw_cell_person(const struct sc *s, size_t a, size_t b, int *full, int *lexname);
/* names_fixedcols.c: the person column of a space-aligned table under a header row */
int nw_fixed_columns(struct sc *s);
/* names_h9rec.c: guests of seating plans, support chats' speakers, DNA matches, and the name
 * cell before an email of the same letters (backers' exports); 0 or the first negative emit */
int nw_h9rec_lists(struct sc *s);
/* names_travel8.c: a city of its itineraries' list (f folded) */
int nw_route_city(const char *f);
/* names_tables.c: is the run t[start .. end) the whole value of a key naming a person in markup
 * or configuration (`<author>X</author>`, `data-user="X"`, `lead = "X"`, `reviewers: [X, Y]`,
 * a YAML item under `maintainers:`)? */
int nw_key_ctx(const struct sc *s, size_t start, size_t end);
/* names_leaks39.c: a code file's author tag or a record's title before the run t[start .. end)
 * ("@author X", "Dental chart – X (12.03.2024)"): CTX_STRONG, CTX_WEAK or CTX_NONE */
int nw_leaks39_ctx(const struct sc *s, size_t start, size_t end);
/* names_leaks39.c: the end of a label's value at v of two lower-case words that no lexicon
 * knows as ordinary ones ("Owner: kaen weindling"), filling its field; 0 when none. json: the
 * label was a JSON key that may also name a thing (the name must end the key's string). */
size_t nw_leaks39_lower_value(const struct sc *s, size_t v, int json);
/* names_leaks39.c: is the table cell t[a .. b) such a lower-case name whole (one: a given name or
 * surname alone passes too, under a name column: "galli")? */
int nw_leaks39_lower_cell(const struct sc *s, size_t a, size_t b, int one);
/* names_leaks39.c: is the run at start the work after a famous person's creation verb ("Victor
 * Hugo wrote Les Misérables", "Spielberg directed Jurassic Park"): a title, no person? */
int nw_leaks39_work_title(const struct sc *s, size_t start);
/* names_famous.c: is t[a .. e) a name of the famous-people gazetteer? */
int nw_famous_run(const struct sc *s, size_t a, size_t e);
/* names_chat.c: speakers that open chat and transcript lines ("[10:02] Anna Keller:", "Speaker 2
 * (Tom):", "anna.keller  10:02 AM") and "@name" mentions ("ping @tom"); 0 or the first negative
 * emit. */
int nw_chat_speakers(struct sc *s);
int nw_chat_mentions(struct sc *s);
/* names_chat.c: a lower-case name after the chat cue ("ask", "ok", "think") whose 'k' is at k, a
 * space after it ("ok sameya i'll ...", "ask josla"): 1 when emitted, 0 none, or the emit's
 * negative rc. names_leaks46.c's cue pass finds each "k ". */
int nw_chat_cue_at(struct sc *s, size_t k);
/* Two or three words from w0, a word in capitals, each in capitals or capitalised, no ordinary
 * word, one at least unknown, name-shaped together ("PASSENGER SOIS MASLOAKIS", "REPICHUK
 * Tebiiy"): their end, or 0. */
size_t nw_caps_shaped(const struct sc *s, const struct word *w0);

/* names_reject.c: does the run text[a .. e), which the verdict took for a person, name a company,
 * a place, a term or a famous person as a topic ("Hugo Boss", "Müller GmbH", "Piazza Garibaldi",
 * "flight to Charlotte", "Parkinson's", "in the style of Neruda")? Asked only of accepted runs. */
int nw_not_person(const struct sc *s, size_t a, size_t e);
/* names_prec14.c: every PERSON finding of the scanner passes through nw_prec14_emit(arg = this),
 * which drops an animal before its species, a work's author, a firm before its legal form or after
 * its trade noun, a reply's first word, and hands everything else to emit(arg) unchanged. */
struct nw_prec14 {
    const uint8_t *t;
    size_t len;
    anon_names_emit_fn emit;
    void *arg;
    size_t ls_pos, ls_start; /* the furthest line start found: no '\n' in [ls_start, ls_pos) */
};
int nw_prec14_emit(void *arg, int kind, size_t a, size_t e);
/* A link of the chain of filters every finding of the scanner passes through before the caller's
 * emit (anon_names_scan() builds it): the text, and the next link's emit and its argument. The
 * filters of names_h11prec.c, names_prec38.c, names_street40.c and names_leaks42.c need no more;
 * names_prec14.c and names_place41.c keep state beside these four fields. */
/* names_chatlog.c: is the "<word>" from a ('<') to e ('>') also written inside a line elsewhere
 * in the text ("[<libs>", "(<exe>", "<qtplugins> <libs>"): a usage line's placeholder, no IRC
 * nick (clean57)? */
int nw_placeholder_tag(const struct sc *s, size_t a, size_t e);
struct nw_link {
    const uint8_t *t;
    size_t len;
    anon_names_emit_fn emit;
    void *arg;
};
/* names_addrw65.c: the scanner's first link (arg: a struct nw_link): an address finding is cut
 * before the first phone inside it ("…, Tema, Cel. 0348 842 3065"); all else passes unchanged. */
int nw_addrw65_emit(void *arg, int kind, size_t a, size_t e);
/* names_addrw65_lead.c: a romanised address opening with its house word and number ("No. 52,
 * Jalan Ampang, 52494 Kuala Lumpur", "Holding 262, Agrabad R/A, Chattogram 4100"): its end and
 * start (*as), or 0. nw_addrw65_lead_may is its byte test on the byte before the number's space. */
static inline int nw_addrw65_lead_may(const uint8_t *t, size_t i)
{
    if (i < 5)
        return 0;
    uint8_t c = t[i - 2], b = t[i - 3] | 32, a = t[i - 4] | 32; /* t[i - 1] is a space */
    switch (c) {
    case '.': /* "No.", "Bldg.", "Blk." */
        return (b == 'o' && a == 'n') || (b == 'g' && a == 'd') || (b == 'k' && a == 'l');
    case 'o':
    case 'O':
        return b == 'n'; /* "No" */
    case 't':
    case 'T': /* "Lot", "Plot", "Kiệt" */
        return (b == 'o' && a == 'l') || (t[i - 3] == 0x87 && t[i - 4] == 0xBB);
    case 'g': /* "Holding", "Bldg" */
        return (b == 'n' && a == 'i') || (b == 'd' && a == 'l');
    case 'e':
    case 'E':
        return b == 's' && a == 'u'; /* "House" */
    case 'k':
    case 'K':
        return b == 'l' && a == 'b'; /* "Blk" */
    case 0x91:
        return t[i - 3] == 0xBB && t[i - 4] == 0xE1; /* "Số" */
    }
    return 0;
}
size_t nw_addrw65_lead(const struct sc *s, size_t i, size_t d, size_t *as);
/* names_h11prec.c: every finding of the scanner passes through nw_h11prec_emit(arg = this) first,
 * which drops a form's example name after an example cue, a dog's breed, a form's example address,
 * a court's file number or a statute's paragraph taken for an address, trims a "z. B." cue's "B."
 * off a person, and hands everything else to emit(arg) (names_prec14.c's) unchanged. */
int nw_h11prec_emit(void *arg, int kind, size_t a, size_t e);
/* names_prec38.c: every finding of the scanner passes through nw_prec38_emit(arg = this) first,
 * which drops a PERSON finding that is a place of an address: a building after its unit ("Flat
 * 192, Lotus Apartments, ... 400069"), an Irish county (", Co. Clare,"), a town alone after a
 * residence label ("Address: Jackson"); everything else goes to emit(arg) (names_h11prec.c's). */
int nw_prec38_emit(void *arg, int kind, size_t a, size_t e);
/* names_street40.c: the scanner's emits pass here first: an address another reader found that
 * ends with a PIN or an Eircode gets its opener before ("Flat No 873, ") and its state after
 * (", Karnataka"); then emit(arg). */
int nw_street40_emit(void *arg, int kind, size_t a, size_t e);
/* names_street40.c: may t[lo .. e) hold a postcode nw_street40_emit() reads (a six-digit PIN or
 * an Eircode)? A superset of its reader's answer (test_cost60), asked first. */
int nw_street40_postcode_may(const uint8_t *t, size_t lo, size_t e);
/* The reader's answer: the postcode's start in t[lo .. e), or (size_t)-1 (for the tests). */
size_t nw_street40_postcode_at(const uint8_t *t, size_t len, size_t lo, size_t e);
/* names_place41.c: the scanner's emits pass here first: a PERSON finding that is a Dublin postal
 * district ("Dublin 18") or a building's or street's name before the rest of its address
 * ("Gordon House, Barrow Street") is dropped; everything else goes to emit(arg). */
struct nw_place41 {
    const uint8_t *t;
    size_t len;
    anon_names_emit_fn emit;
    void *arg;
    size_t pa[8], pe[8]; /* the last PERSON findings forwarded (a ring of np) */
    unsigned np;
};
int nw_place41_emit(void *arg, int kind, size_t a, size_t e);
/* names_world65.c: the chain's first link; drops a PERSON finding that is a place, festival or firm
 * of South Asia, Africa, South-East Asia, Turkey or Latin America (arg: a struct nw_link). */
int nw_world65_emit(void *arg, int kind, size_t a, size_t e);
/* names_prec14.c: the length of the trade or shop noun that opens a firm's name at t[i ..)
 * ("Bäckerei", "Brasserie", "Hotel"; a whole word, any case), or 0. */
size_t nw_trade_word(const uint8_t *t, size_t len, size_t i);
/* names_leaks42.c: the scanner's emits pass here first: a PERSON finding that is a product after
 * its vendor ("Amazon Polly", "IBM Watson") or an Irish county after "Co. " is dropped; everything
 * else goes to emit(arg). */
int nw_leaks42_emit(void *arg, int kind, size_t a, size_t e);
/* names_fp43.c: the scanner's emits pass here first: a PERSON finding that is a thing by a word in
 * it or beside it (a permit's title, a plural people-noun label, an authority's or building's head
 * noun, a specialty, a ship after its prefix, a street by its type word, a label before its noun)
 * is dropped; everything else goes to emit(arg). */
int nw_fp43_emit(void *arg, int kind, size_t a, size_t e);
/* names_forms44.c: the last link of the chain (after every filter that drops a finding):
 * nw_forms44_emit widens a PERSON finding over the other half of a form's `SURNAME, Given` or
 * `SURNAME Given` when the two fill one field, then forwards it to the caller's emit. */
int nw_forms44_emit(void *arg, int kind, size_t a, size_t e);
/* names_fp43.c: is t[a .. e) a thing by a word in it or right before it ("Torre Vasco da Gama",
 * "Landratsamt Ebersberg")? names_block40.c asks before it takes a line above a street. */
int nw_fp43_thing(const uint8_t *t, size_t a, size_t e);
/* names_fp44.c: the scanner's emits pass here first: a PERSON finding that is a thing by where it
 * stands (a thing's label before it, a reported case's citation after it, a brand named after
 * people before a product, a firm's "X & Y") is dropped; everything else goes to emit(arg). */
int nw_fp44_emit(void *arg, int kind, size_t a, size_t e);
/* names_fp43.c, for the tests: how many words its lists hold when each passes its list's screen
 * (a bit per first byte and length), else -1. */
int nw_audit_fp43_screens(void);
/* names_leaks44.c: the scanner's emits pass here first: a PERSON finding that is a mountain hut,
 * a rescue helicopter's call sign, a horse where the text says horse, a desk or a trade's firm by
 * its head noun, a rescue log's field label or "Ave Maria" is dropped; everything else goes to
 * emit(arg) (arg = this, row and head SIZE_MAX at the start). */
struct nw_leaks44 {
    const uint8_t *t;
    size_t len;
    anon_names_emit_fn emit;
    void *arg;
    size_t row, head; /* the last table row asked about and the first line of its block */
};
int nw_leaks44_emit(void *arg, int kind, size_t a, size_t e);
/* names_leaks44.c: the end of a surname or given name of two or three capitals w after a label
 * that names that part ("Nachname: LI", "Prénom: WEI"), or 0. */
size_t nw_leaks44_caps(struct sc *s, const struct word *w);
/* names_fp45.c: the scanner's emits pass here first (the head of the chain): a PERSON finding that
 * is a thing by the label whose value it is ("Båtens namn: Kristina"), a type word before or
 * after it ("SY Sofie", "Tom Morris Cup"), quotes after a model ("Cessna 172 \"Emma\"") or a
 * talk whose topic it is ("Conférence sur X") is dropped; the rest go on to nw_leaks44_emit
 * (arg: a struct nw_link). */
int nw_fp45_emit(void *arg, int kind, size_t a, size_t e);
/* names_prec46.c: the scanner's emits pass here first (the head of the chain): a PERSON finding
 * that is a thing by its own cue (a song's, pet's, drug's or venue's label, a media person after a
 * "favourite" label, a character after its role, a species' epithet, an eponym's noun, an
 * institution's type word, a Scandinavian modal verb), also asked on an unwrapped copy of a
 * document inside a JSON string or a "> " quote (with names_fp45.c's and names_fp44.c's tests),
 * is dropped; the rest go on to nw_fp45_emit (arg: a struct nw_link). */
int nw_prec46_emit(void *arg, int kind, size_t a, size_t e);
/* names_prec46.c: is t[a .. e), case-folded by nw_fold(), one of list[0 .. n)? (at most 39 bytes)
 */
int nw_folded_in(const uint8_t *t, size_t a, size_t e, const char *const *list, size_t n);
#define NW_FOLDED_IN(t, a, e, list)                                                                \
    nw_folded_in((t), (a), (e), (list), sizeof(list) / sizeof((list)[0]))
/* names_prec47.c: the scanner's emits pass here first (the head of the chain): a PERSON finding
 * that is a font in a CSS font list, a radio call sign ("Florian Kassel 1/46-1"), a name after a
 * class's, café's, studio's, route's or stop's type word or before a building's or trail's, or a
 * greeting in capitals ("Hjertelig Hilsen") is dropped; the rest go on to nw_prec46_emit (arg: a
 * struct nw_link). */
int nw_prec47_emit(void *arg, int kind, size_t a, size_t e);
/* names_struct50.c: the scanner's emits pass here first (the head of the chain): a PERSON finding
 * inside the short value of a JSON key, XML element or attribute, or line label that names a
 * thing, a place or a firm (`"Boat": "Lady Grace"`, `<origin>Charlotte</origin>`, `Supplier:
 * Johnson Matthey`, `"Owner Team": ...`) is dropped; the rest go on to nw_prec47_emit (arg: a
 * struct nw_link). */
int nw_struct50_emit(void *arg, int kind, size_t a, size_t e);
/* names_struct50.c: is the finding t[a .. e) (a text of len bytes) inside such a value? */
int nw_struct50_thing_value(const uint8_t *t, size_t len, size_t a, size_t e);
/* names_prec51.c: is the key t[ks .. ke) (a text of len bytes) a patient's ("Patient") in a
 * record that keys a microchip, species or breed near it: an animal, not a person? */
int nw_prec51_pet_patient(const uint8_t *t, size_t len, size_t ks, size_t ke);
/* names_prose44.c: the scanner's emits pass here first: a PERSON finding that is a firm by a trade
 * noun after the surname ("Van den Berg Makelaars"), a street by its type word ("Bulevardul Ion C.
 * Brătianu", "Niels Juels Gade"), a title in capitals ("PASEK WYPŁATY") or a capitalised common
 * word ("Bon anniversaire") is dropped; the rest go on to nw_fp43_emit (arg: a struct nw_link). */
int nw_prose44_emit(void *arg, int kind, size_t a, size_t e);
/* names_prose44.c: is t[a .. e) (a text of len bytes) a firm, a street or a title by a word in it
 * or beside it, as nw_prose44_emit() reads it ("Doyle" before "'s Bakery", "Dupont" after
 * "Garage")? */
int nw_prose44_thing(const uint8_t *t, size_t len, size_t a, size_t e);
/* names_leaks45.c: the kind of the XML element whose local name is t[a .. b) that
 * names_tables2.c's field names miss: 1 a name part ("reportergivename", "ownerLastName"), 2 a
 * whole name ("ContactPersonName", "nomTitulaire"), 3 a birth date ("patientbirthdate"), 0 none. */
int nw_leaks45_xml_kind(const uint8_t *t, size_t a, size_t b);
/* names_leaks45.c: is t[a .. b), the value of the SEPA element <Nm> whose '<' is at o, a person
 * (under <Dbtr>, <UltmtDbtr>, <Cdtr> or <UltmtCdtr>, no firm)? */
int nw_leaks45_sepa_name(const struct sc *s, size_t o, size_t a, size_t b);
/* names_leaks45.c: labels of payment slips and leases in pl/sv/da/no/cs/tr/ro ("Avsändare",
 * "Majitel"), folded; names_labels7.c reads them as parties. */
extern const char *const nw_leaks45_party_labels[];
extern const size_t nw_leaks45_party_n;
/* names_leaks45.c: a French naturalisation decree's line at the word in capitals w ("KOWALSKA
 * (Anna, Maria), née le ...", "DUPONT épouse MARTIN (Claire), née le"): its surnames and given
 * names emitted, *next after the bracket; 1 when no such line starts at w, else the emits' rc. */
int nw_leaks45_decree(struct sc *s, const struct word *w, size_t *next);
/* names_leaks45.c: is the folded word f a kin noun that names the relative right after it
 * without a possessive ("sønnen", "dottern", "syn", "córka", "oğlu", "fiul")? */
int nw_leaks45_kin(const char *f);
/* names_leaks45.c: add(w, arg) for each word of nw_leaks45_kin()'s list (names_leadgate.c). */
void nw_leaks45_kin_words(void (*add)(const char *w, void *arg), void *arg);
/* names_leaks45.c: does the value at a (its line ending at le) hold or come before a firm's legal
 * form or an authority's or utility's word ("Holm Bygg AB", "VERGİ DAİRESİ")? */
int nw_leaks45_body(const struct sc *s, size_t a, size_t le);
/* names_leaks45.c: the scanner's emits pass here first: a PERSON finding made only of a form's
 * name-part labels ("Nachname, Vorname", "Nom, Prénom": a template, not a value) is dropped; the
 * rest go on to nw_leaks44_emit (arg: a struct nw_link). */
int nw_leaks45_emit(void *arg, int kind, size_t a, size_t e);
/* names_leaks45.c: TOML's authors in lower case: `name = "anna weber"` under an `[[authors]]`
 * or `[[project.maintainers]]` table, the strings of `authors = ["anna weber <a@x.org>"]`; the
 * key ends at ke, its value opens at a ('"' or '['). The names' spans in sp (at most max), their
 * count. */
size_t nw_leaks45_toml(const struct sc *s, size_t ke, size_t a, size_t sp[][2], size_t max);
/* names_leaks46.c: one pass over the text for the cue words whose last byte stands before a
 * space ("ask ", "frag ", "an ", "aan ", "naar ", "to ", " a ", "à ", "para "): names_chat.c's chat
 * cues at each "k ", then a lone lower-case given name after a request verb ("ask maria",
 * "demande à paul", "vraag het aan joost") and a lower-case surname after an assignment verb
 * ("Assigned to weber", "Bitte an keller weiterleiten", "doorgestuurd naar de vries"); 0 or the
 * first negative emit. */
int nw_leaks46_cues(struct sc *s);
/* names_spoken51.c: notes the place p (the last byte of a word, a space after it) when the word
 * and the next are digit words ("oh seven", "null eins"), for anon_names_spoken_phones(). */
void nw_spoken51_note(const uint8_t *t, size_t len, size_t p);
/* names_leaks46.c: applicant, holder, payer and sender labels of no/da/sv/fi/ro/tr/sk/hu/pl
 * ("Søker", "Sökande", "Hakija", "Platiteľ", "Befizető"), folded; names_labels7.c reads them as
 * parties. */
extern const char *const nw_leaks46_party_labels[];
extern const size_t nw_leaks46_party_n;
/* names_leaks46.c: the folded label f (nw_fold(): ASCII and Latin-1) with its Latin Extended-A
 * and -B capitals lowered too ("pŁatnik" -> "płatnik", "plĂtitor" -> "plătitor"), in place; 1 when
 * a letter changed. */
int nw_leaks46_fold_wide(char *f);
/* names_learn.c: the learnt model's record of what the scan emitted (nw_learn_emit(), arg = this,
 * forwards to emit(arg)), so that it is asked only about runs no rule found; nw_learn_run() asks
 * it about the run from w0 (parsed) to e that a rule (path) turned down: emits a PERSON or
 * returns 0. While the trainer's trace is set (nw_learn_traced), anon_names_scan() ends the
 * filter chain with nw_learn_sink(arg = this), which forwards to out(out_arg) and, while a run is
 * probed (probe set), swallows what arrives and sets kept when a PERSON on [pa, pe) got there. */
#define NW_LEARN_SPANS 256
struct nw_learn {
    anon_names_emit_fn emit;
    void *arg;
    size_t n, persons, last_person; /* last_person: the end of the last PERSON emitted */
    size_t asked;                   /* the runs scored so far in the scan */
    size_t span[NW_LEARN_SPANS][2];
    anon_names_emit_fn out; /* the chain's end while traced, or NULL */
    void *out_arg;
    size_t pa, pe;
    int probe, kept;
};
int nw_learn_emit(void *arg, int kind, size_t a, size_t e);
int nw_learn_run(struct sc *s, const struct word *w0, size_t e, int path);
extern int nw_learn_traced; /* a plain load per scan: the product's path pays no call */
int nw_learn_sink(void *arg, int kind, size_t a, size_t e);
/* names_prec9.c: an animal, a character, a titled famous person, a club or a salutation's role
 * (pw: the folded word before the run, starting at pws). */
int nw_prec9_not_person(const struct sc *s, size_t a, size_t e, const char *pw, size_t pws);
/* The word (letters, digits, '.', '\'', '-') ending before i on the same line, spaces and tabs
 * skipped, folded and trimmed of trailing dots into buf; its start in *ws, "" when none. */
const char *nw_prev_word(const struct sc *s, size_t i, size_t *ws, char *buf, size_t cap);
/* The same without '.', a key's colon skipped ("From: Austin"). */
const char *nw_key_word_before(const struct sc *s, size_t i, size_t *ws, char *buf, size_t cap);
/* names_curated.c: f folded, '-' as ' ': a company or brand named after people (words: how many
 * words f has), a famous surname used alone as a topic, a city that is a given name. */
int nw_brand(const char *f, size_t words);
int nw_famous(const char *f);
int nw_city_name(const char *f);
/* names_venues.c: a venue word that a number follows ("Sala 5", "Gate B12"); the number at i
 * follows one (no house number); the run text[a .. e) of words words is a venue, a room, a hotel
 * or a train ("Perron 2", "sala Darwin", "Hotel Estrela", "Treno da Cadorna"); a key whose value
 * is a room or a place ("room", "Where"). */
int nw_venue_word(const char *f);
int nw_venue_number(const struct sc *s, size_t i);
int nw_venue_run(const struct sc *s, size_t a, size_t e, size_t words);
/* names_scan52.c: "a number, a word, a number" that is a dose ("1X SIMVASTATIN 20 MG": the
 * house number ended at j, the second number at hn), and a number after a microfilm's word
 * ("ROLL 12 FRAME 44"): no street. */
int nw_scan52_not_nsn(const struct sc *s, size_t j, size_t hn);
int nw_scan52_film_number(const struct sc *s, size_t i);
/* names_scan53.c: the class of a label t[a .. b) in capitals that OCR misread by one letter
 * ("NAHME", "N0M", "NEV", "NAMF", "SURNAM E", "PATlENT") when the label it was printed as is a
 * person's (names_labels7_words.c's lists), else NW_L7_NONE. */
int nw_scan53_misread_label(const struct sc *s, size_t a, size_t b);
/* names_scan60.c: the folded label f (n bytes) with one pair a scanner reads for one letter
 * undone ("narne", "clriver", "bevvoner"): its labels7 class, or none. */
int nw_scan60_digraph_label(const char *f, size_t n);
/* names_scan60.c: a person label's value t[v .. le) of one name word alone on its line (after it
 * at most a ','), the next line opening with one or two name words in the same case that fill it
 * (or its first cell after a comma: "NAME: ORMEROD,\n    DESMOND ¦ DOB"): both emitted, each its
 * own finding. part: the label names a name's part (a surname field), whose one word wraps only
 * after a comma. The emit's answer, or 1 when the shape is not there. */
int nw_scan60_wrapped(struct sc *s, size_t v, size_t le, int part);
/* names_scan60.c: a scanned form's field gap at t[k] (before le): " ~ ", " :: " or " ¦ ", each
 * with a space after it. */
static inline int nw_scan60_gap(const uint8_t *t, size_t k, size_t le)
{
    if (t[k] != ' ' || k + 3 >= le)
        return 0;
    uint8_t c = t[k + 1];
    return (c == '~' && t[k + 2] == ' ') || (c == ':' && t[k + 2] == ':' && t[k + 3] == ' ') ||
           (c == 0xC2 && t[k + 2] == 0xA6 && t[k + 3] == ' ');
}
/* names_scan53.c: a capitals run text[a .. e) of a scanned form that names_shape.c's letters
 * score as a name: 0 when it holds an office's, a register's or a place heading's word or a
 * street's type, or stands after or before a street's type; the end of its words before a
 * form's field word; else e. */
size_t nw_scan53_caps_cut(const struct sc *s, size_t a, size_t e);
int nw_place_key(const char *k);
/* names_cities.c: the run text[a .. e), g its words folded ('-' as ' ', g is written to), is a
 * city that is a given name where the text makes it a place ("moved to Charlotte", "From: Austin
 * To: Tyler", "Von Charlotte nach Kingston"). names_reject.c: a street, square, station or
 * institution word (up: written capitalised). */
int nw_city_place(const struct sc *s, size_t a, size_t e, char *g, size_t words);
/* names_lone49.c: the lone word text[a .. e) opens a letter's dateline ("Valencia, 21/10/2022"
 * on a line of its own), or fills a pipe table's cell under a column head that names a thing
 * ("| Clio |" under "| Modell |"). */
int nw_lone49_dateline(const struct sc *s, size_t a, size_t e);
int nw_lone49_thing_cell(const struct sc *s, size_t a, size_t e);
/* names_lone49.c: the lone word is a JSON key whose object's first key describes a thing
 * ("Lincoln": {"headcount": 40}), not a person. */
int nw_lone49_thing_key(const struct sc *s, size_t a, size_t e);
int nw_place_word(const char *w, int up);
/* names_docs.c: a weak context that a document's shape gives the run t[start .. end): a legal
 * role before it ("the plaintiff, X"), a kinship word ("son of X", "née X"), "between X", a case
 * party ("X v. Y"), a display name after its address ("x@example.com (X)"), an org-chart arrow, a
 * roster number or git shortlog count opening its line, a vCard's FN: or N: field. */
int nw_doc_ctx(const struct sc *s, size_t start, size_t end);
/* The run as a name line over a postal block that the lexicon does not know: two or three
 * capitalised words, no ordinary word, name-shaped together ("Sigríður Björklund"). */
int nw_doc_name_line(const struct sc *s, size_t start, size_t end);
/* A line that opens with a surname in capitals at w, ", " and a given name, then "(" or the
 * line's end ("KARATAŞ, Hağla (MRN 557753)"): the given name's end, or 0. */
size_t nw_doc_caps_surname(const struct sc *s, const struct word *w);
/* run[0 .. n) is two initials or more and a surname ("J. M. Hossens"): a person by its form. */
int nw_doc_initials_name(const struct sc *s, const struct word *run, size_t n);

/* names_prose.c: a weak context that running prose gives the run t[start .. end): the object
 * of a verb of talking or sending through its preposition ("spoke with X", "an X
 * weitergeleitet"), the source of a report ("according to X", "laut X"), a role before the name
 * ("our intern, X"), a nickname ("goes by X"), an action item's owner ("AP (X):"). A lone word
 * must be a lexicon name or name-shaped. nw_prose_lead(): f (folded) opens a run but is its
 * context ("Según X"). The word lists names_words.c files (labels, verbs, titles, non-names). */
int nw_prose_ctx(const struct sc *s, size_t start, size_t end);
/* names_bare.c: nw_bare_lead(): run[b] (folded: f) is a word of time that opens a clause before a
 * name
 * ("Gestern", "Ayer", "Stamattina", a weekday) before a lexicon name, no article ("Ieri La Dolce
 * Vita") or unknown words ("Ayer Cien Años").
 * nw_bare_caps_above(): the run t[start .. end) in capitals fills the line under a person label
 * ("Cliente:\nLUCIA FERNANDEZ") and its words are a name's. nw_doc_label_above() (names_docs.c):
 * the line above the run is a person label alone. */
int nw_bare_lead(const struct sc *s, const struct word *run, size_t b, size_t n, const char *f);
int nw_bare_caps_above(const struct sc *s, size_t start, size_t end);
int nw_doc_label_above(const struct sc *s, size_t start);
/* nw_bare_city_alone(): the lone word t[a .. e), folded f, is a city's name filling its line or
 * the line's last item after ", " ("Lucia Fernandez\nVerona"): the place of a form, no person.
 * nw_bare_not_names: the words of time that open a German clause and are no name ("Letzte
 * Woche hat ..."); names_words.c files them as non-names. */
int nw_bare_city_alone(const struct sc *s, size_t a, size_t e, const char *f);
/* nw_bare_list_ctx(): a weak context for the run at start that opens the line after a person's
 * line, after a list mark of the same kind ("1. Anna Vogt — Leeds\n2. X — Bilbao"). */
int nw_bare_list_ctx(const struct sc *s, size_t start);
extern const char *const nw_bare_not_names[];
extern const size_t nw_bare_nnot_names;
int nw_prose_lead(const char *f);
extern const char *const nw_prose_labels[], *const nw_prose_list_labels[],
                                                *const nw_prose_verbs_after[],
                                                    *const nw_prose_verbs_before[],
                                                        *const nw_prose_honorifics[],
                                                            *const nw_prose_not_names[],
                                                                *const nw_prose_words[],
                                                                    *const nw_prose_salutations[];
extern const size_t nw_prose_nlabels, nw_prose_nlist_labels, nw_prose_nverbs_after,
    nw_prose_nverbs_before, nw_prose_nhonorifics, nw_prose_nnot_names, nw_prose_nwords,
    nw_prose_nsalutations;

/* names_lower.c: a text with no capital letter, prose of cap bytes at most, copied into out with
 * the first letter of its name words raised; its length, or 0 when it is no such text or names
 * no one. */
size_t nw_raise_lower(const uint8_t *t, size_t len, uint8_t *out, size_t cap);

/* ---- branch tables2: values whose field says what they are (names_tables2.c) ---- */
/* People, street addresses and dates of birth as the values of fields that name them: logfmt
 * `name="X"`, JSON `"last_name": "de Jong"`, SQL INSERT columns, CSV, Markdown and fixed-width
 * tables under a header; 0 or the first negative emit. */
int nw_field_values(struct sc *s);
/* names_tables2.c for names_tech41.c: the finding the value t[a .. b) of the field named t[ka ..
 * kb) is, in *kind (-1 none); 3 a person's field, 2 an address's or a birth's, 1 a weak one
 * (`name`), 0 none; ka == kb: a name part's field. */
int nw_keyed_value(const struct sc *s, size_t ka, size_t kb, size_t a, size_t b, int *kind);
/* names_tech41.c: fields of technical text the other readers do not split (psql's expanded
 * rows, sqlite's rows under a SELECT's columns, CoNLL PER tags, `name: { first: .. }`, Django's
 * `<Customer: X>`, SSML `<say-as>`); 0 or the first negative emit. */
int nw_tech41_fields(struct sc *s);
/* names_tech42.c: developer metadata's people: a name before the mailbox that spells it, an RFC
 * 2047 encoded display name, a constructor's two name arguments (`person("A", "B")`), a passwd
 * line's GECOS name; 0 or the first negative emit. */
int nw_tech42_names(struct sc *s);
/* names_dev59b.c: a login that spells a name in a home directory, a sudo line or logfmt's
 * `user=`, a Windows profile "First.Last"; 0 or the first negative emit. */
int nw_dev59b_logins(struct sc *s);
/* Does the login t[a .. b) (lower case) spell a person's name the lexicon knows: given and
 * surname joined by '.', '_' or '-', an initial and a surname either way round (names_dev59b.c)? */
int nw_dev59b_spells_name(const struct sc *s, size_t a, size_t b);
/* names_ops60.c: logins in operations material's slots (PAM, sshd, su, JSON events, Windows
 * events and domain accounts, IAM ARNs, access logs' remote_user, CI's *_LOGIN) that spell a
 * name. */
int nw_ops60_logins(struct sc *s);
/* names_ops15.c: a contact's name in a voice assistant's command (`alexa, call anna`, `"remind
 * jonas weber to ..."`); 0 or the first negative emit. */
int nw_ops15_voice(struct sc *s);
/* names_ops15.c: the names after a role field of dispatch, ambulance, rescue, porting and damage
 * forms (`CALLER: KELLER, MARIA`, `Melder: Keller, Maria`); 0 or the first negative emit. */
int nw_ops15_roles(struct sc *s);
/* names_reg15.c: the person on the line under a numbered form box whose bracketed caption asks
 * for a name or a signature ("1. NAME (Last, First, Middle)", "19.b NEAREST RELATIVE (Name and
 * address)"); 0 or the first negative emit. */
int nw_reg15_names(struct sc *s);
/* The separators of t[b .. p) outside double quotes (RFC 4180) when sep is ',' or ';'. */
size_t nw_sep_count(const uint8_t *t, size_t b, size_t p, uint8_t sep);
/* Does a cell of the header t[b .. e) split by sep name a product's or a file's column (`SKU`,
 * `Price`, `Size`, `Filename`)? Then a bare `Name` column beside it is no person's. */
int nw_thing_columns(const struct sc *s, size_t b, size_t e, uint8_t sep);
/* Is t[a .. e) a cell of a table's header row (no digit, another cell a field's name, a row
 * with as many separators under it)? Then it names a column, not a person (names_reject.c). */
int nw_header_cell(const struct sc *s, size_t a, size_t e);

/* ---- addr5 (names_addr5.c) ---------------------------------------------------------------- */
/* nw_addr5_street(): a Romance or Belgian street type before the name at w ("Rua Dr. António
 * José de Almeida, 7", "Bv. San Juan 2114", "RUE DES GUILLEMINS 83", "Steenweg op Gent 27"),
 * taken only when a postcode follows in its block: the block's end, or 0.
 * nw_addr5_after_number(): a house letter, floor or door right after the house number ending at
 * end ("18 b", "13 7º \"B\"", "51 5-1"): the new end. nw_addr5_part(): a tail part at i ("r/c",
 * "casa 2", "Dto. D", "S2000 Rosario"): its end, or 0. */
size_t nw_addr5_street(const struct sc *s, const struct word *w);
/* The call site's filter before nw_addr5_street(), inline so that the many capitalised words
 * that are no street type cost no call: what follows the word, the first two letters of a
 * type, or a word in capitals with a number after it ("SCHOOLSTRAAT 23"). */
static inline int nw_addr5_may(const uint8_t *t, size_t len, const struct word *w)
{
    /* the second letters a type may have after each first letter ("al", "av", "am" after 'a') */
#define NW_B(c) (1u << ((c) - 'a'))
    static const uint32_t second[26] = {['a' - 'a'] = NW_B('l') | NW_B('v') | NW_B('m'),
                                        ['b' - 'a'] = NW_B('v') | NW_B('o') | NW_B('u'),
                                        ['c' - 'a'] = NW_B('a') | NW_B('h') | NW_B('o'),
                                        ['e' - 'a'] = NW_B('s'),
                                        ['g' - 'a'] = NW_B('r'),
                                        ['l' - 'a'] = NW_B('a'),
                                        ['p' - 'a'] = NW_B('i') | NW_B('r') | NW_B('l') | NW_B('a'),
                                        ['q' - 'a'] = NW_B('u'),
                                        ['r' - 'a'] = NW_B('u') | NW_B('o'),
                                        ['s' - 'a'] = NW_B('t'),
                                        ['t' - 'a'] = NW_B('r'),
                                        ['v' - 'a'] = NW_B('i')};
#undef NW_B
    size_t k = w->e;
    if (k < len && t[k] == '.')
        k++;
    if (k + 2 >= len || t[k] != ' ' || w->e - w->s < 2)
        return 0;
    /* a capital, a digit or a particle ("de", "do", "op", "la") follows a type */
    uint8_t n0 = t[k + 1];
    if (n0 >= 'a' && n0 <= 'z' && n0 != 'd' && n0 != 'o' && n0 != 'l')
        return 0;
    if (w->shape == SH_CAPS && w->e - w->s >= 6 && n0 >= '0' && n0 <= '9')
        return 1; /* "SCHOOLSTRAAT 23" */
    uint8_t c0 = (uint8_t)((t[w->s] | 32) - 'a'), c1 = (uint8_t)((t[w->s + 1] | 32) - 'a');
    return c0 < 26 && c1 < 26 && ((second[c0] >> c1) & 1);
}
size_t nw_addr5_after_number(const struct sc *s, size_t end);
size_t nw_addr5_part(const struct sc *s, size_t i);
/* names_addr5_reject.c: the run text[a .. e) that the verdict and nw_not_person() took for a
 * person is a place or a term by the words around it ("St. Louis", "São João da Madeira", "Rua
 * Dr. António José de Almeida", "Bergen op Zoom", "Queen St", "Victoria helpdesk", "lei de
 * Murphy", "Ficha de empresa Zara"). */
int nw_addr5_not_person(const struct sc *s, size_t a, size_t e);

/* ---- branch dob6 (names_dob6.c): births the date reader does not read as they stand ----------
 * nw_dob_reread(): the digits at i (run end d) open a date of birth once '_' is read as a space
 * ("dob=12_de_outubro_de_1968") or, after an explicit birth word, a year 18xx is allowed ("b.
 * 1884-11-19", not a famous person's); its end and *ds, or 0. nw_birth_answer(): the date at
 * ds .. e answers a question for the birth date elsewhere in the text ("It's X, 6 March 1996."). */
size_t nw_dob_reread(const struct sc *s, size_t i, size_t d, size_t *ds);
int nw_birth_answer(const struct sc *s, size_t ds, size_t e);
/* nw_dob6_may(): the pass's cheap test before nw_dob_reread() at a number of 1-4 digits
 * t[i .. d) that the date reader refused: a '_' after it ("12_de_", "27._", "2nd_"), or a year
 * 18xx where a date's shape puts it: the number itself ("1884-11-19"), the third part of a
 * numeric date ("24.9.1882"), after ", " ("October 20, 1891"), or after a month's word ("27
 * November", "4th of", "16 de"; its first three letters). Most numbers fail it in a few
 * compares (bench_rewrite 1: +1.0% of anon_rewrite with it, +2.6% with a scan for the year). */
static inline int nw_year18(const struct sc *s, size_t k)
{
    return k + 1 < s->len && s->t[k] == '1' && s->t[k + 1] == '8';
}

static inline int nw_dob6_may(const struct sc *s, size_t i, size_t d)
{
    const uint8_t *t = s->t;
    size_t n = s->len, k = d;
    if (d + 4 >= n)
        return 0;
    uint8_t c = t[d];
    if (c == '_')
        return 1;
    if (d - i == 4)
        return t[i] == '1' && t[i + 1] == '8';
    if (d - i > 2)
        return 0;
    if (c == ' ') {
        k++;
    } else if (c == '-' || c == '/' || c == '.') {
        if (is_digit(t[d + 1]))
            return nw_year18(s, d + 3) || nw_year18(s, d + 4);
        if (t[d + 1] == '_')
            return 1; /* "27._November" */
        k++;          /* "27. November", "04-Mar-1887" */
    } else if (c == ',') {
        return nw_year18(s, d + 2);
    } else if ((c == 's' || c == 'n' || c == 'r' || c == 't' || c == 'e') &&
               (t[d + 1] | 32) >= 'a' && (t[d + 1] | 32) <= 'z') {
        if (t[d + 2] == '_')
            return 1; /* "2nd_of_March" */
        k += 2;       /* "1st", "2nd", "3rd", "4th", "1er" */
    } else {
        return 0;
    }
    while (k < n && k < d + 4 && t[k] == ' ')
        k++;
    if (k + 3 > n)
        return 0;
    /* the month's second and third letters by its first, in the seven languages ("é" and "ä"
     * are their first byte only); "of " and "de " before the month */
    const char *pairs;
    switch (t[k] | 32) {
    case 'j':
        pairs = "anunuiul";
        break;
    case 'f':
        pairs = "ebev\303\251";
        break;
    case 'm':
        pairs = "ar\303\244ayaiagei";
        break;
    case 'a':
        pairs = "prbrvrugogo\303";
        break;
    case 's':
        pairs = "epet";
        break;
    case 'o':
        pairs = "ctktutttf ";
        break;
    case 'n':
        pairs = "ov";
        break;
    case 'd':
        pairs = "ecez\303\251ice ";
        break;
    case 'g':
        pairs = "eniu";
        break;
    case 'l':
        pairs = "ug";
        break;
    case 'e':
        pairs = "ne";
        break;
    default:
        return 0;
    }
    uint8_t b1 = t[k + 1] < 0x80 ? (uint8_t)(t[k + 1] | 32) : t[k + 1],
            b2 = t[k + 2] < 0x80 ? (uint8_t)(t[k + 2] | 32) : t[k + 2];
    for (; pairs[0]; pairs += 2)
        if ((uint8_t)pairs[0] == b1 && ((uint8_t)pairs[1] == b2 || (uint8_t)pairs[0] >= 0x80))
            return 1;
    return 0;
}

/* ---- branch chat2 (names_chat2.c): a conversation's speakers by repetition, and their names
 * again in its messages. nw_chat_speakers() keeps a struct nw_talk on its stack: every
 * capitalised bare "Name: text" speaker (nw_talk_bare, pass 0), every speaker it takes for a
 * person (nw_talk_person); nw_talk_spread() then emits those people's name words wherever else
 * the text writes them. */
enum { NW_TALK_MAX = 16 };
struct nw_talk_sp {
    size_t a, b;          /* the speaker's bytes (the first line that had it) */
    unsigned lines;       /* bare lines it opens */
    unsigned char named;  /* bare_ok(): a lexicon name among its words */
    unsigned char words;  /* its capitalised name words (3 for more), 0 for "TODO", "DevOps" */
    unsigned char said;   /* lines it opened as a person (at most 255) */
    unsigned char person; /* emitted as a person */
};
struct nw_talk {
    unsigned n, lines, distinct; /* speakers kept, bare speaker lines, different bare speakers */
    int repeated;                /* a bare speaker opened two lines or more */
    struct nw_talk_sp sp[NW_TALK_MAX];
};
void nw_talk_bare(struct nw_talk *k, const struct sc *s, size_t a, size_t b, int named);
/* three bare speaker lines or more, of two speakers at least, one of them twice: a transcript
 * (a header block, "From: ... To: ... Subject: ...", repeats no key) */
int nw_talk_framed(const struct nw_talk *k);
/* May the bare speaker a..b that no lexicon knows be a person in this transcript? */
int nw_talk_unnamed_ok(struct nw_talk *k, const struct sc *s, size_t a, size_t b);
/* sure: a lexicon name or a nick: its words may spread even when it is one word */
void nw_talk_person(struct nw_talk *k, const struct sc *s, size_t a, size_t b, int sure);
int nw_talk_spread(struct sc *s, const struct nw_talk *k);
/* In a conversation, a name asked for or awaited: "hat jemand X gesehen", "is x er vandaag?",
 * "alguém viu o X?", "X kommt gleich", "X arriva subito", "X is still joining". */
int nw_talk_cues(struct sc *s);
/* The addressee opening a quoted message after a colon: "rewrite this more politely: \"tamissa,
 * the report ...\"", "Formuliere bitte höflicher: „Berlinde, der Bericht ...". */
int nw_quoted_vocative(struct sc *s);
/* The line ls..le quoted in a reply ("> Glona, pode me mandar?") opens with its addressee. */
int nw_quoted_line(struct sc *s, size_t ls, size_t le);
/* The line ls..le is thanks with a comma ("Grazie,", "Merci,") and the next line a name alone:
 * the signature. */
int nw_thanks_signed(struct sc *s, size_t ls, size_t le);
/* Words that open a clause of a transcript's message and are given names too in the lexicon
 * ("Dann fangen wir an", "Allora partiamo"): names_words.c files them as non-names. */
extern const char *const nw_chat2_not_names[];
extern const size_t nw_chat2_nnot_names;

/* ---- branch context2: the words around a name in forms and prose (names_context2.c) ------- */
/* Role labels whose value is a person (filed C_LABEL, a strong context; the plural ones C_LIST
 * too; and C_CTX2S: nw_ctx2_ctx() reads them where names.c reads no label), those whose value is a
 * company as often (C_CTX2L: a weak context, nw_ctx2_ctx() reads them), titles (C_HON) and the
 * words nw_ctx2_ctx() reads before a run (C_CTX2, a filter only), for names_words.c's slot_init().
 */
enum { C_CTX2 = 1 << 21, C_CTX2L = 1 << 22, C_CTX2S = 1 << 23 };
extern const char *const nw_ctx2_labels[],
    *const nw_ctx2_list_labels[], *const nw_ctx2_weak_labels[], *const nw_ctx2_honorifics[];
extern const size_t nw_ctx2_nlabels, nw_ctx2_nlist_labels, nw_ctx2_nweak_labels,
    nw_ctx2_nhonorifics;
extern const char *const nw_ctx2_not_names[]; /* "Exmo", "Ilma": filed C_NOT */
extern const size_t nw_ctx2_nnot_names;
extern const char *const *const nw_ctx2_filter_lists[];
extern const size_t nw_ctx2_filter_sizes[], nw_ctx2_nfilter_lists;
/* A weak context for the run t[start .. end): a label before it on its line whose value may be
 * a person or a company ("Vendor: X", "Tomador: X", "Contacto: X"), a relation word before it ("il
 * nipote X", "ihr Mann X", "Sohn des X und der Y"), a role noun with no colon ("Kundin X", "Klant
 * X"), a verb of handing over, calling back, signing or driving and its preposition ("Handover to
 * X", "Rückruf durch X", "guidata da X"), an age in brackets after a full name ("X (63)"). */
int nw_ctx2_ctx(const struct sc *s, size_t start, size_t end);
/* f (folded) opens a run but is its context: a relation or role word ("Zoon X", "Kundin X"). */
int nw_ctx2_lead(const char *f);

/* ---- branch nspeed2: byte scans for the whole-string passes (names_nspeed2.c) ------------- */
/* The first i in [a, b) with t[i] == t[i + 1] == c and i + 1 < b, or b: memmem() of "cc". */
size_t nw_pair_at(const uint8_t *t, size_t a, size_t b, uint8_t c);
/* How many bytes of t[a .. b) are c1 (*n1) and c2 (*n2). */
void nw_count2(const uint8_t *t, size_t a, size_t b, uint8_t c1, uint8_t c2, size_t *n1,
               size_t *n2);

/* ---- branch famous: famous people as a topic (names_famous.c) ------------------------------ */
/* The run t[a .. e) names a public figure as the topic of the text and no word around it says
 * the writer deals with that person: a gazetteer name (anonymize/data/famous.txt) or an unknown
 * name after a topic phrase ("a biography of X") or before a lifespan ("X (1879-1955)"). A
 * title, greeting, relation word, dealing verb, label, key, CSV cell, signature line, matching
 * e-mail address or a strong context keeps it a person. */
int nw_famous_topic(const struct sc *s, size_t a, size_t e);

/* ---- branch dob7: dates of birth no birth word beside them claims (names_dob7.c) ---------- */
/* The date ds..e is a birth by its surroundings: it answers a question for a birth date asked
 * in the lines above ("dob?\nX: 04/02/2004"), it follows an age in a bracket ("(42 y, ..."), or
 * an announcement's words stand around it ("welcomed our daughter X on", "... zur Welt
 * gekommen"). */
int nw_dob7_birth(const struct sc *s, size_t ds, size_t e);
/* The date ds..e (a day and month without a year too) opens a message that answers a question
 * for a birth date lines above. */
int nw_dob7_answer(const struct sc *s, size_t ds, size_t e);
/* The date ds..e is a chat export's own stamp ("6/9/26, 4:17 PM - X:"), never a birth. The
 * inline byte test first: a ',' or ' ' after it, a line's start or '[' before it. */
int nw_dob7_stamp(const struct sc *s, size_t ds, size_t e);
static inline int nw_dob7_stamp_may(const struct sc *s, size_t ds, size_t e)
{
    return e < s->len && (s->t[e] == ',' || s->t[e] == ' ') &&
           (ds == 0 || s->t[ds - 1] == '\n' || s->t[ds - 1] == '[');
}
/* A constructor call's arguments at the year i..d after '(' under a birth key ("dob: Date.new(
 * 1987, 3, 4)", "LocalDate.of(...)", "time.Date(...)", "date(...)"): their end and *ds, or 0. */
size_t nw_dob7_ctor(const struct sc *s, size_t i, size_t d, size_t *ds);
/* The birth verb wb..wend closes a clause with a date before it ("am 4.3.1959 geboren, der
 * Termin ist am ..."): it labels that date, not one at p after its comma. */
int nw_dob7_verb_final(const struct sc *s, size_t wb, size_t wend, size_t p);
/* The birth word at i is a party's ("fiesta de cumpleaños", "festa di compleanno", "impreza
 * urodzinowa", "fødselsdagsfest", "dogum gunu partisi"): it labels no date (the party's date is
 * no birth). */
int nw_dob7_party(const struct sc *s, size_t i);
/* The two-digit year (0..99) that ends the numeric date ds..e ("21.11.26"), or 0 if none; a
 * life span (names_dobevents.c) takes its century from the span's other, four-digit year. */
unsigned nw_dob7_short_year(const struct sc *s, size_t ds, size_t e);
/* The four-digit year that ends in yy, at least 12 years after ref (after) or before it. */
unsigned nw_dob7_widen(unsigned yy, unsigned ref, int after);

/* ---- branch asr: speech-to-text transcripts (names_asr.c) ------------------------------- */
/* A transcript: role labels ("agent:", "Speaker 1:", "[00:01:23] spk_0:", "Kunde:") open its
 * first line and two more (*labelled set), or a text of 60 bytes or more with no capital. */
int nw_asr_detect(const uint8_t *t, size_t len, int *labelled);
/* What names_asr.c found in a transcript, so that the rest of the pack does not report it again
 * or reports no role label and no function word as a person: scan() emits through
 * nw_asr_filter_emit() with this as its argument. */
struct nw_asr_filter {
    const uint8_t *t;
    size_t len;
    int labelled, rc;
    int spoken; /* role labels, or fillers ("um", "ähm"): the pack's other PERSON findings are
                   judged by nw_asr_filter_emit() */
    anon_names_emit_fn emit;
    void *arg;
    const size_t (*found)[2]; /* names_asr.c's spans (in mem), n of them */
    unsigned n;
    void *mem;  /* the transcript's words, freed by nw_asr_end() */
    size_t off; /* where the transcript starts: after the ask that opens the text (spoken52) */
};
/* 1 when text is a transcript: its people, addresses and births then emitted (rc the first
 * negative emit), f ready for nw_asr_filter_emit(); 0 for any other text (nothing emitted). */
int nw_asr_begin(struct nw_asr_filter *f, const char *text, size_t len, unsigned kinds,
                 anon_names_emit_fn emit, void *arg);
int nw_asr_filter_emit(void *arg, int kind, size_t a, size_t b);
/* names_spoken52.c: where a transcript starts under the one-line ask ending in ':' that opens
 * the text (0: no such ask), and whether t[0 .. len) is a transcript (sentence case allowed). */
size_t nw_spoken52_ask_end(const uint8_t *t, size_t len);
int nw_spoken52_detect(const uint8_t *t, size_t len, int *labelled);
/* Wipes and frees what nw_asr_begin() kept (after the last nw_asr_filter_emit()). */
void nw_asr_end(struct nw_asr_filter *f);

/* ---- branch chat13: chat and form text (names_chat13.c) ------------------------------------ */
/* German and Austrian academic titles' abbreviations ("Dipl.-Ing.", "Dr. rer. nat.", "Mag.
 * iur."), for names_words.c's slot_init() as titles (C_HON). */
extern const char *const nw_chat13_titles[];
extern const size_t nw_chat13_ntitles;
/* A PERSON finding t[*a .. b) that is a part of an academic title with its dot after a title
 * ("Dr. >rer<. nat.", "Mag. >iur<."): 1, drop it; one that opens with such parts ("Dr. >phil.
 * Lena Lindner<"): *a moved to the name, 0. */
int nw_chat13_title_skip(const struct sc *s, size_t *a, size_t b);
/* names_chat14.c: the end of a lower-case name after a label with a verb and the colon at p
 * ("Voicemail left by: maria keller"), 0 when none; a finding in capitals that is a firm's name
 * (a legal form ends or follows it: "JANSEN BOUW B.V."). */
size_t nw_chat14_labelverb(const struct sc *s, size_t p);
int nw_chat14_firm(const struct sc *s, size_t a, size_t b);

/* ---- branch docs4: citations and travel documents (names_docs4.c) ------------------------- */
/* People in layouts the walk does not read as names, each emitted as PERSON: the airline form
 * with its title ("KELLER/MARIA MS", "OKAFOR/BAYOMR"), citation author lists of surnames and
 * initials when the list says citation (another unit, a year or editors' mark in brackets,
 * "et al."), Vancouver lists of three or numbered, "X et al.", BibTeX author and editor fields.
 * < 0 on the emit's error. */
int nw_docs4_names(struct sc *s);
/* A strong context that opens a list for the run at start: a plural kin word or a godparents' label
 * before it
 * ("children X", "sus hijos, X", "Paten: X"), or the line before ends "In liebevoller
 * Erinnerung". */
int nw_docs4_ctx(const struct sc *s, size_t start);
/* Person labels of recruiting, travel and legal forms, for names_words.c's slot_init(). */
extern const char *const nw_docs4_labels[];
extern const size_t nw_docs4_nlabels;

/* ---- branch dobfam: a famous person's birth is no user's personal data (names_dobfam.c) ---- */
/* scan()'s emit goes through nw_dobfam_emit() with this as its argument: a DATE_OF_BIRTH whose
 * subject (the nearest name in its clause, or a heading or question above a label line) is a
 * public figure by nw_famous_topic() is dropped; everything else is passed to emit(arg, ...). */
struct nw_dobfam {
    anon_names_emit_fn emit;
    void *arg;
    const struct sc *s;
};
int nw_dobfam_emit(void *arg, int kind, size_t a, size_t b);

/* ---- branch nspeed3: a bounded byte search (names_nspeed3.c) ------------------------------- */
/* The first k in [a, b) with t[k] == c1 or t[k] == c2, b when there is none; b <= len, and
 * nothing at or past len is read. */
size_t nw_find2(const uint8_t *t, size_t a, size_t b, size_t len, uint8_t c1, uint8_t c2);

/* ---- branch dob8: vet records and message threads (names_dob8.c) ---------------------------- */
/* The birth date at a..b is an animal's: the nearest cue before it in its block is a species or
 * breed label, or an animal noun ("Hund", "chien", "canine") with an owner word nearby; an owner
 * word nearer to it ("Owner DOB:", "Tierhalter: X, geb.") keeps it a person's. */
int nw_dob8_animal(const struct sc *s, size_t a, size_t b);
/* Is the folded word f a pronoun or kin word that labels a message's writer ("me:", "her:",
 * "mum:", "ich:")? names_dob7.c's speaker() takes it although it is no name. */
int nw_dob8_self_speaker(const char *f);
/* Does the line ls..le hold a short request ("pls", "pásame", "for the form")? A line with a
 * birth word and one of these asks for the date although it has no question mark. */
int nw_dob8_request(const uint8_t *t, size_t ls, size_t le);
/* The date at ds is a birth by its neighbours alone: the last field of a compound label
 * ("Age/DOB: 36 / 04/11/1987") or an age with its unit right before it ("36 y/o, 04/11/1987"). */
int nw_dob8_birth(const struct sc *s, size_t ds);
/* The day a and month b (either order) at i .. k, no year: the end of "04/11" or "12.08." when
 * a birthday's label stands right before it (nw_date_yearless()), else 0. */
size_t nw_dob8_daymonth(const struct sc *s, size_t i, size_t k, unsigned a, unsigned b);
/* A date said in English words at the capital i, a month's name ("July twenty-first, nineteen
 * eighty-seven", "the fifth of July two thousand and one"), after a birth word: its end and *ds,
 * or 0. nw_dob8_spelled_may() is the byte test the pass asks first. */
size_t nw_dob8_spelled(const struct sc *s, size_t i, size_t *ds);
static inline int nw_dob8_spelled_may(const struct sc *s, size_t i)
{
    const uint8_t *t = s->t;
    if (i + 10 >= s->len) /* t[k + 1] below stays inside */
        return 0;
    uint8_t b = t[i + 1], c3 = t[i + 2]; /* a month's first three letters */
    switch (t[i]) {
    case 'J':
        if (!((b == 'a' && c3 == 'n') || (b == 'u' && (c3 == 'n' || c3 == 'l'))))
            return 0;
        break;
    case 'F':
        if (b != 'e' || c3 != 'b')
            return 0;
        break;
    case 'M':
        if (b != 'a' || (c3 != 'r' && c3 != 'y'))
            return 0;
        break;
    case 'A':
        if (!((b == 'p' && c3 == 'r') || (b == 'u' && c3 == 'g')))
            return 0;
        break;
    case 'S':
        if (b != 'e' || c3 != 'p')
            return 0;
        break;
    case 'O':
        if (b != 'c' || c3 != 't')
            return 0;
        break;
    case 'N':
        if (b != 'o' || c3 != 'v')
            return 0;
        break;
    case 'D':
        if (b != 'e' || c3 != 'c')
            return 0;
        break;
    default:
        return 0;
    }
    size_t k = i + 3;
    while (k < i + 9 && t[k] >= 'a' && t[k] <= 'z')
        k++;
    if (t[k] != ' ')
        return 0;
    uint8_t c =
        t[k + 1]; /* a number's word after it ("first", "twenty", "seven"), or "of" before */
    return c == 't' || c == 'f' || c == 's' || c == 'e' || c == 'n' || c == 'o' ||
           (i >= 4 && t[i - 1] == ' ' && t[i - 2] == 'f' && t[i - 3] == 'o');
}

/* ---- branch rosters: names in lists of people (names_rosters.c) --------------------------- */
/* People in lists that say little around each name, each emitted as PERSON: the items after a
 * roster label ("Attendees:", "Anwesend:", "Excusés :") on its line or on the lines under it, a
 * person label's or an action label's name ("Chair: X", "Action: X to ..."), iCalendar's CN of
 * ORGANIZER and ATTENDEE, an owner after a dash ending a task's line, and three lines or more
 * that each hold a full name alone. Only lists whose items are mostly names. < 0 on the emit's
 * error. */
int nw_roster_names(struct sc *s);
/* names_rosters_words.c: the kind of label the folded f is (a pupil's label is a person label
 * too). */
enum { NW_RL_NONE, NW_RL_ROSTER, NW_RL_PERSON, NW_RL_PUPIL, NW_RL_ACTION };
int nw_roster_label(const char *f);

/* ---- branch forms5: business and case documents (names_forms5.c) ------------------------- */
/* Role labels of invoices, pharmacy labels, vet records, lab reports, claims, police reports,
 * tenancy agreements and HR records, for names_words.c's slot_init(): a person's (strong) and
 * those whose value may be a company (weak). */
extern const char *const nw_forms5_labels[], *const nw_forms5_weak_labels[];
extern const size_t nw_forms5_nlabels, nw_forms5_nweak_labels;
/* Police ranks before an officer's name, filed as titles. */
extern const char *const nw_forms5_ranks[];
extern const size_t nw_forms5_nranks;
/* The one word t[start .. end) is an animal: under a pet's label ("Tiername: X", "Mascota: X"),
 * under a patient's label in a veterinary record (a species or breed label, a vet, near it), or
 * the word that such a label named earlier in the record. */
int nw_forms5_pet(const struct sc *s, size_t start, size_t end);
/* A surname in capitals the caps run rules miss, at the word w in capitals: after a title ("Dr.
 * MORENO", "Dott. ROSSI") or under a person's label before a comma and a given name ("Patient:
 * KELLER, Maria"). The person's end, or 0. */
size_t nw_forms5_caps(const struct sc *s, const struct word *w);
/* A particle in lower case at i, a space after it ("T. de Vries", "R. van Dijk": the walk lets an
 * initial open a run before it). */
int nw_forms5_particle_at(const struct sc *s, size_t i);
/* The run t[a .. e) of two words or more is a firm named after its owner: a trade noun opens it
 * ("Transports Girard", "Fratelli Conti") or closes it ("Nordlicht Logistik"). */
int nw_forms5_firm(const struct sc *s, size_t a, size_t e);

/* ---- branch informal: cues of informal text around a lone name (names_informal.c) --------- */
/* A weak context for the one-word run t[start .. end): a member of a list of lone capitalised
 * words with a conjunction beside a lexicon given name ("Kwame and Efua", "Lieke en Bram"), an
 * everyday role or relation noun before it ("our server X", "mi jefa X"), a verb that addresses
 * a person ("tell X", "dile a X", "reply to X"), thanks or a greeting closing on it ("merci X !"),
 * a vocative opening its line before a second-person clause ("X, can you ..."). */
int nw_informal_ctx(const struct sc *s, size_t start, size_t end);
/* May the raw word w[0 .. n) (no fold needed: ASCII lower case) be one of the words that
 * nw_informal_ctx() looks for before a run? 0 means certainly not (names_ctxgate.c). */
int nw_informal_word_may(const uint8_t *w, size_t n);
/* The one-word run is a member of such a list: "&" after it joins people, not a firm ("Bethany &
 * Malte kommen"). run[b] (folded: f) opens a run but is its context: an everyday role, thanks or
 * an addressing verb ("Kellnerin X", "Danke X", "Invite X"), a possessive before a role ("Meine
 * Schwiegermutter X"). */
int nw_informal_list(const struct sc *s, size_t start, size_t end);
int nw_informal_lead(const struct sc *s, const struct word *run, size_t b, size_t n, const char *f);
/* names_informal.c: add(w, arg) for each word nw_informal_lead() can answer 1 of (its roles,
 * verbs, greetings and possessives; names_leadgate.c). */
void nw_informal_lead_words(void (*add)(const char *w, void *arg), void *arg);

/* ---- branch h5dob: speakers without a colon, pet labels, bracketed parties (names_dob9.c) --- */
/* The body's start after a speaker prefix with no colon that opens line ls..le ("[Mum] ", "Mum -
 * ", "Mum > "; the last two only when the line above opens the same way), or 0. */
size_t nw_dob9_body(const uint8_t *t, size_t ls, size_t le);
/* Is the folded word f an animal word names_dob8.c's list lacks: a birth label's qualifier
 * ("pet", "Tier", "mascota", "dier") or a breed ("beagle", "labrador", "dackel")? */
int nw_dob9_animal_word(const char *f);
/* The one-word run t[start .. end) is a pet named by the words around it: after a lower-case
 * animal noun or breed, perhaps with "named" between ("mi perro Toby", "a hamster named Pickles"),
 * or before one in brackets ("Oscar (cat)"). In names_dob8.c, with its animal words. */
int nw_dob8_pet_named(const struct sc *s, size_t start, size_t end);
/* The date at ds..e is a birth by its shape: alone in a bracket after a party's name on a labelled
 * line of a record that labels a birth date above ("Passenger: X Y (03/04/1971)"), or after
 * "Anniversaire :" / "Aniversário -" alone as its line's label; no recent year either way. */
int nw_dob9_birth(const struct sc *s, size_t ds, size_t e);

/* ---- branch h5informal: more message shapes around a name (names_informal2.c) ------------ */
/* A weak context for the run t[start .. end): a reviewer's byline before a star rating, a person
 * at a shop's post ("X am Empfang war ..."), "ask for X" ("Fragt nach X"), "yes, with X", "is X
 * coming" ("kommt X", "X vient"), a possessive and a child's noun before it ("Mia figlia X"). */
int nw_informal2_ctx(const struct sc *s, size_t start, size_t end);
/* May the raw word w[0 .. n) before a run be one that nw_informal2_ctx() asks about (its raw
 * pre-check)? 0 means certainly not (names_ctxgate.c). */
int nw_informal2_word_may(const uint8_t *w, size_t n);
/* The accepted run t[a .. e) is no person: a brand after a trade noun ("officina Hyundai"), a make
 * and model after "our", a kinship word used as a name ("Nana's"), a prompt's opening imperative
 * ("Aiutami a ..."), a possessive before a child's noun ("Mia figlia"). */
int nw_informal2_not_person(const struct sc *s, size_t a, size_t e);
/* Weekdays, months and near days ("today", "morgen") of the pack's languages: never a person in
 * a message (names_informal.c and names_informal2.c). */
extern const char *const nw_days[];
extern const size_t nw_ndays;

/* ---- branch h5forms: attention lines, party labels and things in business documents
 * (names_forms6.c) ------------------------------------------------------------------------- */
/* People business documents print where the walk's runs do not take them, each emitted as
 * PERSON: after an attention mark ("Attn", "z. Hd.", "t.a.v.", "A/C") or a party label at a
 * line's start, whatever the case; the second of two parties joined before "(born ...)"; a
 * relative in brackets ("(Siobhán, daughter)"); in a text with a party label, a nickname after
 * "known as". < 0 on the emit's
 * error. */
int nw_forms6_names(struct sc *s);
/* The accepted run t[a .. e) is a thing: a quantity before it ("1 × X"), a vehicle, appliance,
 * office or insurer label, or it is the firm line under a block heading above an attention
 * line. */
int nw_forms6_thing(const struct sc *s, size_t a, size_t e);

/* ---- branch h5lists: contact lists, actions' owners, clerics (names_lists2.c) ------------- */
/* People in lists the roster pass leaves, each emitted as PERSON: three lines or more that each
 * hold a name of any case, a separator and a personal value (a datum, an address, an e-mail,
 * "?"), the lone given names that open a bullet's action before a colon when each is the first
 * word of a full name listed under a roster label elsewhere in the text, a roster label's items
 * in one case, a name opening its line before a rite's verb, and the name after a cleric's title
 * under a rite's or a person's label ("Celebrant: Fr. Horham"). < 0 on the emit's error. */
int nw_lists2_names(struct sc *s);

/* ---- branch nspeed8: the line ends of a text, shared by the line passes (names_rosters.c,
 * names_lists2.c) --------------------------------------------------------------------------- */
/* The ends of the first NW_LINES lines of one text (t, len), in order, n of them known: the
 * first pass that asks for a line finds its end with memchr() (names_tables.c's header tables
 * and names_tables2.c's field values ask for line 0, names.c's chat_names() walks them all, or
 * names_rosters.c's name_lines()), the next ones (names_chat.c's speakers, names_rosters.c,
 * names_forms6.c, names_lists2.c, names_tables7.c; branch nspeed12) read them. scan() gives each
 * text one; a copy of the struct sc with another text or length neither reads nor fills it. */
#define NW_LINES 128
struct nw_lines {
    const uint8_t *t;
    size_t len, n;
    size_t le[NW_LINES];
    size_t ls_pos, ls_start; /* nw_line_start()'s furthest answer: no '\n' in [ls_start, ls_pos) */
    size_t cs_ls, cs_pos, cs_n; /* nw_seps_before()'s last count: cs_n seps in [cs_ls, cs_pos) */
    uint8_t cs_sep;             /* ... of this byte (0: none counted yet) */
    uint8_t hs_sep;             /* nw_seps_from_start()'s last count: hs_n of this byte ... */
    size_t hs_n, hs_h;          /* ... in [0, hs_h) */
    unsigned rare; /* nw_rare_bytes() of the text (scan()'s): a clear bit, a byte it never holds */
    size_t lk;     /* nw_line_end_at()'s last line: a slot of le[] below n (0 at the start) */
    int script;    /* nw_script2_has()'s answer: 0 not asked yet, 1 no script, 2 a script */
    size_t dash;   /* no '-' between two spaces stands before it (names_leaks46.c's pass, for
                    * names_rosters.c's " - " search; 0 until that pass says) */
};

/* ---- branch speednames: the rare bytes a text holds at all (names_bytes.c) ---------------
 * Bit k of nw_rare_bytes(t, len) is set when t[0 .. len) holds the byte of NW_RB_* k anywhere,
 * clear when it holds none: one pass (AVX2: 32 bytes a step) for the whole-text searches of the
 * passes that find nothing in most prose and code. scan() keeps it in its struct nw_lines
 * (rare) and fills the empty hit tables of the absent bytes with their answer, "none". */
enum {
    NW_RB_LT = 1 << 0,     /* '<' */
    NW_RB_EQ = 1 << 1,     /* '=' */
    NW_RB_AT = 1 << 2,     /* '@' */
    NW_RB_SLASH = 1 << 3,  /* '/' */
    NW_RB_BAR = 1 << 4,    /* '|' */
    NW_RB_SEMI = 1 << 5,   /* ';' */
    NW_RB_BSLASH = 1 << 6, /* '\\' */
    NW_RB_TAB = 1 << 7,    /* '\t' */
    NW_RB_HIGH = 1 << 8,   /* a byte of 0xCE or more: names_script2.c's scripts' lead bytes */
};
unsigned nw_rare_bytes(const uint8_t *t, size_t len);
/* Is nw_rare_bytes() a pass of 32-byte steps here (AVX2), not a byte loop? */
int nw_rare_bytes_fast(void);
/* The first k >= i with t[k] == c and a space at t[k + 1] (k + 1 < len), or len: the whole-text
 * searches for "- " and "k " that stopped at every '-' and 'k' (names_bytes.c). */
size_t nw_space_pair_at(const uint8_t *t, size_t len, size_t i, uint8_t c);

/* s's table of line ends, or NULL when s has none or is a copy with another text or length:
 * asked once by a pass, not once a line. */
static inline struct nw_lines *nw_lines_of(const struct sc *s)
{
    struct nw_lines *l = s->lines;
    return l && l->t == s->t && l->len == s->len ? l : NULL;
}

/* May s's text hold the byte of NW_RB_* bit anywhere (0: certainly not)? 1 for a copy of the
 * struct sc with another text or length, which has no table. */
static inline int nw_text_may_hold(const struct sc *s, unsigned bit)
{
    const struct nw_lines *l = nw_lines_of(s);
    return !l || (l->rare & bit) != 0;
}

/* Where the line of i starts (after the last '\n' before i, else 0), exact and unbounded. The
 * queries of one text mostly move forward, so the furthest answer is kept in s's table and each
 * byte of a line is read about once however many runs the line holds: a megabyte line of names
 * ("A B, C D, ...") asked once per name from each name's start cost a scan back to the line's
 * start each time (quadratic; branch emit19). */
static inline size_t nw_line_start(const struct sc *s, size_t i)
{
    struct nw_lines *l = nw_lines_of(s);
    const uint8_t *t = s->t;
    if (l && i <= l->ls_pos && i >= l->ls_start)
        return l->ls_start; /* inside the furthest line asked about */
    size_t lo = l && i > l->ls_pos ? l->ls_pos : 0, j = i;
    size_t near = i - lo > 16 ? i - 16 : lo; /* a near start byte by byte, a far one by memrchr */
    while (j > near && t[j - 1] != '\n')
        j--;
    if (j == near && j > lo && t[j - 1] != '\n') {
        const uint8_t *nl = memrchr(t + lo, '\n', j - lo);
        j = nl ? (size_t)(nl - t) + 1 : lo;
    }
    if (l && i > l->ls_pos) {
        if (j == lo && (lo == 0 || t[lo - 1] != '\n'))
            j = l->ls_start; /* no '\n' in [ls_start, ls_pos) nor in [ls_pos, i) */
        l->ls_pos = i;
        l->ls_start = j;
    }
    return j;
}

/* The walk over [0, lim) that stops after the col-th byte sep: where it stopped (col of them
 * before it, or lim with fewer), *c the count; resumed from where the last walk over the same
 * byte stopped when this one passes or stops there (no walk from 0 for each run of a table whose
 * rows have more cells than its first line). */
static inline size_t nw_seps_from_start(const struct sc *s, size_t lim, size_t col, uint8_t sep,
                                        size_t *c)
{
    struct nw_lines *l = nw_lines_of(s);
    size_t h = 0, n = 0;
    if (l && l->hs_sep == sep && l->hs_h <= lim &&
        (l->hs_n < col || /* this walk passes where the last one stopped */
         (l->hs_n == col && col && s->t[l->hs_h - 1] == sep))) { /* ... or stops there too */
        h = l->hs_h;
        n = l->hs_n;
    }
    while (h < lim && n < col)
        n += s->t[h++] == sep;
    if (l) {
        l->hs_sep = sep;
        l->hs_n = n;
        l->hs_h = h;
    }
    *c = n;
    return h;
}

/* How many bytes sep lie in [ls, a), ls the start of a's line (nw_line_start()): counted on from
 * the last count when it was of the same line and byte and a has moved forward. */
static inline size_t nw_seps_before(const struct sc *s, size_t ls, size_t a, uint8_t sep)
{
    struct nw_lines *l = nw_lines_of(s);
    size_t k = ls, n = 0;
    if (l && l->cs_sep == sep && l->cs_ls == ls && l->cs_pos <= a) {
        k = l->cs_pos;
        n = l->cs_n;
    }
    for (; k < a; k++)
        n += s->t[k] == sep;
    if (l) {
        l->cs_sep = sep;
        l->cs_ls = ls;
        l->cs_pos = a;
        l->cs_n = n;
    }
    return n;
}

/* The end of line k of s's text ('\n' or the text's end), the line that starts at ls, with l
 * = nw_lines_of(s): a pass asks for k = 0, 1, 2 ... in order, each line's start the end of the
 * one before + 1. */
static inline size_t nw_line_at(struct nw_lines *l, const struct sc *s, size_t k, size_t ls)
{
    if (l && k < l->n)
        return l->le[k];
    const uint8_t *p = memchr(s->t + ls, '\n', s->len - ls);
    size_t le = p ? (size_t)(p - s->t) : s->len;
    if (l && k == l->n && k < NW_LINES)
        l->le[l->n++] = le;
    return le;
}

/* The end of the line that holds i ('\n' or the text's end: what memchr(t + i, '\n', len - i)
 * finds, len when it finds none), i <= len, from s's table of line ends (branch lines39). A pass
 * that walks its lines by their starts, or asks for the line of any position, reads it here
 * instead of its own memchr(): with the table each of a text's first NW_LINES line ends is found
 * once a text. Inline: the line asked last and the one after it (a pass's walk, ls = le + 1);
 * names_lines.c the rest (the table filled on as nw_line_at() fills it, a binary search of the
 * lines before, memchr() past the table and for a copy of the struct sc with another text or
 * length). A pass that walks every line from the first reads nw_line_at(l, s, k, ls) by the
 * line's number k: cheaper still. */
size_t nw_line_end_slow(const struct sc *s, size_t i);
static inline size_t nw_line_end_at(const struct sc *s, size_t i)
{
    struct nw_lines *l = s->lines;
    if (l && l->t == s->t && l->len == s->len) {
        size_t k = l->lk;
        if (k < l->n && i <= l->le[k] && (k == 0 || i > l->le[k - 1]))
            return l->le[k];
        if (k + 1 < l->n && i > l->le[k] && i <= l->le[k + 1]) {
            l->lk = k + 1;
            return l->le[k + 1];
        }
    }
    return nw_line_end_slow(s, i);
}

/* Past the run of spaces at i before le: code's and YAML's indents, eight bytes a step (the
 * per-line passes walk every indented line of an agent's tool output once each). Stops where
 * the byte loop `while (i < le && t[i] == ' ') i++;` stops. */
static inline size_t nw_skip_spaces(const uint8_t *t, size_t i, size_t le)
{
#if __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
    while (i < le && le - i >= 8) {
        uint64_t w;
        memcpy(&w, t + i, 8);
        w ^= 0x2020202020202020ull;
        if (w)
            return i + ((unsigned)__builtin_ctzll(w) >> 3);
        i += 8;
    }
#endif
    while (i < le && t[i] == ' ')
        i++;
    return i;
}

/* ---- branch speed45: a line's word run, 16 bytes a step ----------------------------------
 * The per-line passes read the run of letters that opens a line (contact lines, speakers,
 * labels) a byte a step, and on an agent's code and log lines that walk is most of what they
 * cost. nw_alpha16() classes 16 bytes in one SSE2 step: bit k set when t[j + k] is an ASCII
 * letter. A pass that walks a prefix by a byte class reads the first clear bit (ctz of the
 * inverted mask) instead of testing each byte, and keeps its byte loop for the last bytes before
 * the text's end (fewer than 16) and for builds without SSE2; nw_letters_to() is that loop for
 * the letters alone. The caller must know t[j .. j + 16) lies inside the text (len - j >= 16):
 * the step may read past a line's end, never past the text's. */
#ifdef __SSE2__
static inline unsigned nw_alpha16(const uint8_t *t, size_t j)
{
    __m128i x = _mm_loadu_si128((const __m128i *)(const void *)(t + j));
    __m128i y = _mm_sub_epi8(_mm_or_si128(x, _mm_set1_epi8(0x20)), _mm_set1_epi8('a'));
    return (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(_mm_min_epu8(y, _mm_set1_epi8(25)), y));
}
#endif

/* Where the byte loop `while (j < cap && (uint8_t)((t[j] | 32) - 'a') < 26) j++;` stops (j itself
 * when j >= cap); t[0 .. len) is the text, cap <= len. */
static inline size_t nw_letters_to(const uint8_t *t, size_t len, size_t j, size_t cap)
{
#ifdef __SSE2__
    if (j >= cap)
        return j;
    while (len - j >= 16) {
        unsigned m = nw_alpha16(t, j) ^ 0xFFFFu;
        if (m) {
            j += (unsigned)__builtin_ctz(m);
            return j < cap ? j : cap;
        }
        j += 16;
        if (j >= cap)
            return cap; /* letters all the way to cap */
    }
#endif
    while (j < cap && (uint8_t)((t[j] | 32) - 'a') < 26)
        j++;
    return j;
}

/* Past the run of spaces and tabs at i before le, as nw_skip_spaces(). */
static inline size_t nw_skip_blanks(const uint8_t *t, size_t i, size_t le)
{
    for (i = nw_skip_spaces(t, i, le); i < le && t[i] == '\t';)
        i = nw_skip_spaces(t, i + 1, le);
    return i;
}

/* ---- branch nspeed10: the per-word walk's checks, cheaper with the same answers ----------- */
/* For the tests: how many words of the lists nw_informal2_ctx() asks the word before about
 * fail its two-byte pre-check (names_informal2.c); 0, or the pre-check would lose a context. */
int nw_informal2_audit(void);
/* For the tests (branch speed22): at how many places i of text (0 .. len) names_informal2.c's raw
 * pre-check of the word before i disagrees with word_back() and pw_may_ask() (0, or the
 * pre-check changes an answer). */
int nw_informal2_audit_raw(const char *text, size_t len);

/* ---- branch script: names in other scripts as a name member's whole value ------------------ */
/* Is t[a .. b) 1 to 4 words of letters of one non-Latin script (with case, each capitalised)?
 * words_min 2: only two or more capitalised words of a cased script (a member that may hold any
 * name). names_script.c. */
int nw_script_name(const struct sc *s, size_t a, size_t b, int words_min);

/* ---- branch prose7: names in running prose with no label (names_prose7.c) ---------------- */
/* A weak context for the run t[start .. end) by a person's shape around it: a parenthesis after
 * it with a possessive and a role ("X Y (my landlord)") or an age ("X (34, nurse)"), the run in a
 * parenthesis after a role ("my manager (X Y)"), "X, Y and I", "with X and Y", "tell X that",
 * "met X at", in the pack's languages. A lone word must be a given name for the first shapes. */
int nw_prose7_ctx(const struct sc *s, size_t start, size_t end);
/* Does nw_prose7_ctx() look the word before the run at start (after one space) up: its raw
 * filter on that word, or on the word before "to", "an"? 0 means it does not (names_ctxgate.c). */
int nw_prose7_word_may(const uint8_t *t, size_t start);
/* names_prose41.c: a weak context by the word or two before the run in drafting prompts,
 * letters and notices ("my grandmother X", "a eulogy for X", "Signé X", "Droga X,"). */
int nw_prose41_ctx(const struct sc *s, size_t start, size_t end);
/* Does the folded word w pass names_prose41.c's filter set (0: A, 1: B, 2: C) of its lists (its
 * test asks each word). */
int nw_prose41_word_may(const char *w, int set);
/* Is the run's word run[b] (folded: f) a greeting opening its line, a signature verb or a kin
 * word used as a title ("Droga X", "Signé X", "Annem X"): context, not name. */
int nw_prose41_lead(const struct sc *s, const struct word *run, size_t b, const char *f);
/* names_prose41.c: add(w, arg) for each word nw_prose41_lead() can answer 1 of (names_leadgate.c).
 */
void nw_prose41_lead_words(void (*add)(const char *w, void *arg), void *arg);
/* names_leadgate.c: may the folded word f be one nw_informal_lead(), nw_prose41_lead() or
 * nw_leaks45_kin() answers 1 of? 0 means none of them does: a 4,096-bit filter of their words
 * (the *_words() above), one hash of f. */
int nw_lead_may(const char *f);
/* names_chat9.c: a weak context for the run t[start .. end) by the chat line it stands in: an
 * IRC nick in angle brackets ("<Maria> gg"), an owner in brackets closing a league or RSVP line
 * ("Gunners United (Maria)", "+1 (Jonas)"), a numbered caller or guest ("4 - Lena (Cork)", "Maria
 * x2"), "me + X", "X and me", "Treasurer X", "yes - X". */
int nw_chat9_ctx(const struct sc *s, size_t start, size_t end);
/* The accepted run t[a .. e) is a team whose owner the brackets after it hold ("Forza Tifosi
 * (Lena) 7-3"): no person. */
int nw_chat9_team(const struct sc *s, size_t a, size_t e);
/* names_chat9.c: every word of the run t[a .. e) (one to three, particles inside) may be a
 * name's in a chat's slot; the word at a is a given name of the lexicon. */
int nw_chat9_run(const struct sc *s, size_t a, size_t e);
int nw_chat9_given(const struct sc *s, size_t a);
/* names_fam10a.c: a weak context for the run t[start .. end) in a ham-radio log ("1408Z 14.205
 * DL1ABC Hans 59 59", "op: X", "name X qth"), a bracketed chat ("[Maria Keller] hi", "[chat
 * X]"), a seating chart ("Table 3: X, nonno Y"), an agreement ("between X and Y"), a meeting
 * transcript ("00:14:03 | X Y:", "yeah X,", "X from ops") or a dictation ("comma X"). */
int nw_fam10a_ctx(const struct sc *s, size_t start, size_t end);
/* A name typed in capitals inside lower-case prose at w0 (SH_CAPS): "for my brother BEN",
 * "chère MANON,", "my manager (NILS FENKAMP)"; its end, or 0. */
size_t nw_prose7_caps(const struct sc *s, const struct word *w0);
/* A function word of the pack's languages (an article, pronoun, conjunction: "una", "que",
 * "elle", "hij"), folded w: names_lower.c raises none of them. */
int nw_prose7_function_word(const char *w);
/* Does the lower-case text t[0 .. len) take nw_prose7_function_word()'s veto: not a transcript. */
int nw_prose7_function_words_apply(const uint8_t *t, size_t len);

/* ---- branch dob10: family trees, assistant dialogues, pets' births (names_dob10.c) --------- */
/* The youngest age a bracketed or labelled date may give a party (names_dob9.c) and a one-letter
 * genealogy mark ("n. 12/03/1923") a person: the newest birth year is the build's year minus it. */
#define NW_DOB10_MIN_AGE 14u
/* names_dates.c: the first run of exactly four digits in t[a .. b) (no digit either side), as a
 * number; 0 when there is none. Callers check the range they accept. */
unsigned nw_year4(const uint8_t *t, size_t a, size_t b);
/* names_words.c: the first-byte x length screens of n NULL-terminated word lists: bit k of
 * screen[l][c] is set when lists[l] holds a word of k bytes (1..31) that starts with byte c. */
void nw_screen_lists(uint32_t (*screen)[256], const char *const *const *lists, int n);
unsigned nw_dob10_this_year(void);   /* the clock's year (UTC), never before 2026 */
unsigned nw_dob10_newest_year(void); /* nw_dob10_this_year() - NW_DOB10_MIN_AGE */
/* The date ds..e is a birth by a genealogy mark right before it ("b.", "n.", "°", "*", "bapt.",
 * "ged.", "nato il") or GEDCOM's "2 DATE" under "1 BIRT"; any year from 1700. */
int nw_dob10_mark(const struct sc *s, size_t ds, size_t e);
/* ... or it is a dialogue turn's whole answer to a birth question above it; either: */
int nw_dob10_reply(const struct sc *s, size_t ds, size_t e);
int nw_dob10_birth(const struct sc *s, size_t ds, size_t e);
/* The DATE_OF_BIRTH finding a..b is no person's birth: a pet's (species line, chip label, an
 * animal noun before it in its sentence, no owner word nearer), a short turn under a question
 * for another date, a year after next. */
int nw_dob10_not_birth(const struct sc *s, size_t a, size_t b);
/* The header cell t[cs .. ce) runs a birth abbreviation into one word ("FNACIMIENTO",
 * "GEBDATUM", "NATO_IL", "DtNasc"): names_dobcols.c's birth words need a word's start. */
int nw_dob10_header(const struct sc *s, size_t cs, size_t ce);
/* The digit at i (run end d) is a GEDCOM line's level before "DATE " (no house number). */
int nw_dob10_gedcom_level(const struct sc *s, size_t i, size_t d);

/* ---- branch tables7: names as the cells of text tables and lists with no header word
 * (names_tables7.c) ------------------------------------------------------------------------ */
/* People emitted as PERSON: the first cells of a block of lines that share a layout (a cell, a
 * gap, ';', '|', leader dots or ": ", columns with digits) when the column reads as names; a name
 * before "(@handle)"; a counterparty after a transfer's verb on a statement line; a full name
 * before an age ("X, 88, of Y"); a line of two people joined by "&" that opens with a given
 * name; given names in a household's shares. < 0 on the emit's error. */
int nw_tables7_names(struct sc *s);

/* ---- branch labels7: a name after a label that says "a person goes here" (names_labels7.c) --
 * People after the labels of the forms and lists people fill, each emitted as PERSON: numbered
 * fields of visa, tax and registration forms ("1. Surname:", "Vorname(n):"), parties of rental,
 * bank and probate documents, kin in household lists, job titles and departments in org charts
 * and weekdays in rotas (these two only in a block of such lines), sport and ceremony roles, a
 * label after a sentence ("... on 14/7/26. Witness: X"), one name or a list ("A & B", "A, B and
 * C", "A + B", "A / B"), in capitals too; only when every item of the value is name-shaped and
 * the value fills its field. < 0 on the emit's error. */
int nw_labels7_names(struct sc *s);
/* A word of an institution's or a firm's name in t[a .. b) ("Stichting", "Bouwbedrijf",
 * "Wonen"): names_labels7.c's list, for names_learn.c's gate. */
int nw_body_word(const struct sc *s, size_t a, size_t b);
/* names_labels7_words.c: the kind of the folded label f, or NW_L7_NONE: a name part's form field,
 * a party that may be a firm, a person's role, kin, a job or department, a weekday, or another
 * file's person label (nw_label(), but not the mail headers "to", "from", "an", ...). */
enum {
    NW_L7_NONE,
    NW_L7_FIELD,
    NW_L7_PERSON,
    NW_L7_PARTY,
    NW_L7_KIN,
    NW_L7_ORG,
    NW_L7_DAY,
    NW_L7_OLD
};
int nw_labels7_class(const char *f);

/* ---- branch nspeed11: byte classes for names.c's look-backs (names_nspeed11.c) -------------
 * nw_byte_class[c] holds NW_BC_WORD for a byte of the word before a run (>= 0x80, an ASCII letter
 * or digit, '.', '\''), NW_BC_LEAD for strchr(" \t\"'*(\\", c) and NW_BC_LINE for
 * strchr(" \t>*-#|'", c) (NUL is in both sets, as strchr() finds it). nw_byte_class_audit()
 * returns how many bytes differ from those definitions: 0. */
enum { NW_BC_WORD = 1, NW_BC_LEAD = 2, NW_BC_LINE = 4 };
extern const uint8_t nw_byte_class[256];
int nw_byte_class_audit(void);

/* ---- branch dob11: birth lists under a birth question, recent births in numbered trees
 * (names_dob11.c) ----------------------------------------------------------------------------- */
/* The date ds..e ends a list item after a name ("my wife (Ilse Varn), 12-03-1985", "2. Tomo
 * Reddik - 3 mai 1990") and the nearest line above the list that names a birth or asks ('?')
 * names a birth. */
int nw_dob11_list_birth(const struct sc *s, size_t ds, size_t e);
/* The DATE_OF_BIRTH finding a..b ends a list's line ("Rocco, 28.06.2017") under a birth
 * question about animals ("Wann sind Ihre Hunde geboren?"): no person's. */
int nw_dob11_not_birth(const struct sc *s, size_t a, size_t b);
/* "Name Surname n. DATE, Place" on a tree's line: a birth in any year up to the build's. */
int nw_dob11_mark(const struct sc *s, size_t ds, size_t e);
/* The date ds..e is a delimited row's cell (',', ';', '|', tab) under a header cell with a birth
 * word in one of the text's first lines, however many rows above (names_dobcols.c reads 16). */
int nw_dob11_far_column(const struct sc *s, size_t ds, size_t e);
int nw_dob11_birth(const struct sc *s, size_t ds, size_t e); /* any of the three */
/* The header cell t[cs .. ce) is the French "DDN" (date de naissance) and kin, whole. */
int nw_dob11_header(const struct sc *s, size_t cs, size_t ce);

/* ---- branch dob12: dates of birth shown by their place beside a person (names_dob12.c) -----
 * The date ds..e (a year an adult may be born in) fills the cell in or after a person's cell of
 * a table whose column says nothing else, the bracket after a name ("Maria Keller (3 Mar
 * 1987)"), the cell after an e-mail or phone cell; or a birth verb follows it in its sentence,
 * or "Name, s. " precedes it. */
int nw_dob12_birth(const struct sc *s, size_t ds, size_t e);

/* ---- branch dob14: birth cues of a structure (names_dob14.c) ------------------------------
 * The date ds..e is a generic field's value under a parent key naming a birth (YAML, JSON, XML
 * lines up), the value under an SQL INSERT's birth column, or an <input> after a birth <label>. */
int nw_dob14_birth(const struct sc *s, size_t ds, size_t e);
/* A month and its year alone after a birth cue ("DOB: March 1987", "03/1987"): the year's digits
 * at [i, d) (4); the date's start, or 0. */
size_t nw_dob14_month_year(const struct sc *s, size_t i, size_t d);
/* The birthday word at i is a thing's: "our company's birthday", "the iPod's 30th birthday". */
int nw_dob14_thing_birthday(const struct sc *s, size_t i);

/* ---- branch dob16: birth dates in shapes no rule read (names_dob16.c) ---------------------
 * The date ds..e that every other rule refused is a birth: a correction or second candidate
 * after a birth date, an OCR-misread birth label before it, a clause naming the birth after
 * it, an age before it that agrees, a time before its verb. */
int nw_dob16_birth(const struct sc *s, size_t ds, size_t e);
/* The date that ends at p, the '.' of a document's extension, in a file name with a birth
 * segment before it ("passport_keller_dob_1955-04-04.pdf"): p, *ds its start; or 0. */
size_t nw_dob16_file_date(const struct sc *s, size_t p, size_t *ds);
/* A threshold word right before the date at ds ("nacidos a partir del", "ab dem"): a cut-off. */
int nw_dob16_cutoff(const struct sc *s, size_t ds);

/* ---- branch profileurl: the person in a profile or booking link (names_profileurl.c) -------
 * The slug of "linkedin.com/in/<slug>", "xing.com/profile/<slug>", "calendly.com/<slug>",
 * "about.me/<slug>" (sites of people only: any slug), and of Facebook, Instagram, X, TikTok,
 * Threads, Medium, YouTube, GitHub and GitLab user pages, t.me and Mastodon ("host/@user",
 * "@user@host") when it spells a name or a word of a known one; emitted as PERSON. < 0 on the
 * emit's error. */
int nw_profileurl_names(struct sc *s);
/* The request's profile slugs that spell a name, added to k as the name ("maria-keller-4b2a1":
 * "Maria Keller"), like an e-mail's local part. */
void nw_profileurl_known(anon_names_known_t *k, const char *text, size_t len);

/* ---- branch script2: names in other scripts in running text (names_script2.c) ------------- */
/* The script of the letter at p[0 .. n) (names_script.c's number: 1 Greek, 2 Cyrillic, 3
 * Armenian, 4 Hebrew, 5 Arabic, 6 Indic, 7 Thai, 8 Georgian, 9 Hangul, 10 kana and CJK), 0 for
 * none; its byte length in *len, whether it is a capital in *upper. */
int nw_script_letter(const uint8_t *p, size_t n, size_t *len, int *upper);
/* People in other scripts by the context that finds a Latin name (a person label, a title, a
 * greeting, a closing, a verb, a mail header's display name, a list after a label) or a label
 * or title of that script; emitted as PERSON. Gated by a lead byte of those scripts. < 0 on the
 * emit's error. */
int nw_script2_names(struct sc *s);
/* Names before a CJK or Hangul honorific ("王伟先生", "김민준 씨") and after a Thai title written
 * onto them ("นายสมชาย ศรีสุข"): names_script64.c. < 0 on the emit's error. */
int nw_script64_names(struct sc *s);

/* Names in Arabic, Persian, Urdu and Hebrew script after their titles, labels, closings, before
 * "صاحب", kunyas, and the lists after them (names_rtl65.c); < 0 on the emit's error. */
int nw_rtl65_names(struct sc *s);
/* Is t[a .. a + n) a chain or kunya word of those names ("بن", "أبو", "בן")? names_rtl65.c. */
int nw_rtl65_link(const uint8_t *t, size_t a, size_t n);
/* names_asia65.c: names_script64.c's pass, then CJK and Thai people in lists, name columns and
 * signatures, and each found CJK name where the text writes it again. */
int nw_asia65_names(struct sc *s);
/* People in Cyrillic and Indic text by a patronymic in any case, initials, a declined given
 * name and surname, Indic initials and honorifics: names_cyr65.c. < 0 on the emit's error. */
int nw_cyr65_names(struct sc *s);
/* The length of a Thai title ("นาย", "นางสาว") at t[i], or 0: names_script64.c. */
size_t nw_thai_title(const struct sc *s, size_t i);
/* The cell t[a .. b) is a name in another script (nw_script_name()'s shape): 1, and in *full
 * whether it is a whole name (two words, or a CJK name of 2 to 4 characters). */
int nw_script2_cell(const struct sc *s, size_t a, size_t b, int *full);
/* Is f (lower case) a Russian given name (names_script2_ru.c, generated)? */
int nw_ru_given(const char *f);

/* ---- branch caps8: names in capitals by their layout, names in lower case ----------------- */
/* names_caps8.c: at the word w in capitals, a surname then the given name ("DUPONT Jean", "ROSSI,
 * Maria", "HERRERA, LUCÍA"), a given name and surname in capitals filling a line after a label, a
 * list's bullet, a closing or a list's header ("Firmado: GIULIA COLOMBO", "- NOAH SMITH"), or
 * inside a sentence ("à JEAN MARCHAND."). The end of the name, or 0. */
size_t nw_caps8_caps(const struct sc *s, const struct word *w);
/* names_caps8_lower.c: a short message all in lower case: a given name of the lexicon after
 * "with", a verb of calling or one that takes a person, a greeting or a kin noun in the seven
 * languages ("pranzo con giulia", "rappelle olivier stp", "ma sœur camille"); emits each. */
int nw_caps8_lower(struct sc *s);

/* ---- branch particles: a surname's particles inside its span (names_particles.c) ---------- */
/* scan()'s emit goes through nw_particles_emit() with this as its argument: a PERSON finding
 * right after lower-case particles ("Mr. van Dijk", "J. van der Berg", "Patient: de la Cruz")
 * starts at the first particle when a title, an initial, a label's colon, a greeting, a line
 * start or a list's separator stands before them; everything is passed on to emit(arg, ...).
 * last is the end of the last PERSON passed on (0 at first). */
struct nw_particles {
    anon_names_emit_fn emit;
    void *arg;
    const struct sc *s;
    size_t last;
};
int nw_particles_emit(void *arg, int kind, size_t a, size_t b);
/* names_casual12.c: after the PERSON finding t[a .. b), one lower-case word, the lower-case
 * name on the other side of a conjunction ("maria and jonas", "lucía y quimone") is passed to
 * emit(arg, ...) too. <0 on an emit error. */
int nw_casual12_pair(const struct sc *s, size_t a, size_t b, anon_names_emit_fn emit, void *arg);
/* names_casual12.c: in names_lower.c's raised copy of a lower-case text, two names joined by a
 * conjunction after a cue ("meeting with ashtori and jonas", "frag lena und tobias"), one of
 * them a given name that is no word. <0 on an emit error. */
int nw_casual12_pairs(struct sc *s);
/* names_roles9.c: is the PERSON finding t[a .. b) a character in a cast list ("Hamlet ....
 * Jonas Weber", "Peer Gynt – Maria Keller")? Then the actor is passed to emit(arg, ...) instead
 * and 1 returned (a negative emit's error); 0 when it is no character. A playing position
 * before a player's name ("Captain Thomas Doyle", "Torwart Jonas Weber") is left out (*a moved
 * past it). */
int nw_roles9_cast(const struct sc *s, size_t *a, size_t b, anon_names_emit_fn emit, void *arg);
/* names_roles9.c: team sheets, a playing position before each player on its line ("Keeper
 * Maria Keller", "Torwart Jonas Weber, Kapitän Lukas Vogel"); emits each player. */
int nw_roles9_sheets(struct sc *s);
/* Where the lower-case particles right before start begin ("Patient: van der |Berg"): up to
 * three, one space apart; start when there is none. */
size_t nw_particles_lead(const struct sc *s, size_t start);
/* w[0 .. n), a word as the look-backs take it (an apostrophe in it), is such a particle: 1, or
 * 2 when nw_particle() does not know it ("dem", "las", "los", "vom", "op", "ap", "bint", "'t");
 * else 0. */
int nw_particles_word(const uint8_t *w, size_t n);
/* t[i ..] is the Arabic article of a surname before its capital: "al-Rashid", "el-Kawi". */
int nw_particles_arabic(const struct sc *s, size_t i);
/* The same of a folded word as word_before() gives it ("dem", "las", "'t" or "t"). */
int nw_particles_name_word(const char *w);
/* The start of a run as a list's next item after s->list_end: before its particles
 * ("Ruwink, ten Veltink"), or start. */
size_t nw_particles_list_start(const struct sc *s, size_t start);

/* ---- branch kv8: names as values of role labels, log attributes and deed parties
 * (names_kv8.c, names_kv8_words.c) ------------------------------------------------------------ */
/* Role labels of registers, claims files, press releases, deliveries, events and deeds, folded,
 * that names_labels7_words.c adds to its table after its own lists: parties (the value may be a
 * firm) and labels of people only. */
extern const char *const nw_kv8_party_labels[];
extern const size_t nw_kv8_party_n;
extern const char *const nw_kv8_person_labels[];
extern const size_t nw_kv8_person_n;
/* names_roles9_words.c: role labels of art loans, permits, credits, clubs, reviews and sport,
 * folded, added after kv8's as parties (the value may be a firm, a studio or a device). */
extern const char *const nw_roles9_party_labels[];
extern const size_t nw_roles9_party_n;
/* names_h11rec_words.c: role labels of registers, certificates, draws, memberships and bookings,
 * folded, added last: labels of people only, and parties (the value may be a firm or a club). */
extern const char *const nw_h11rec_person_labels[];
extern const size_t nw_h11rec_person_n;
extern const char *const nw_h11rec_party_labels[];
extern const size_t nw_h11rec_party_n;
/* names_forms45_words.c: role labels of contracts, registers, licences, bookings and court
 * orders (a person; a person or a firm) for names_labels7_words.c, and the column headers of
 * registers and tee sheets whose cells are people for names_tables.c. */
extern const char *const nw_forms45_person_labels[];
extern const size_t nw_forms45_person_n;
extern const char *const nw_forms45_party_labels[];
extern const size_t nw_forms45_party_n;
extern const char *const nw_forms45_headers[];
extern const size_t nw_forms45_headers_n;
extern const char *const nw_forms45_part_heads[]; /* only before "first", "last", ... */
extern const size_t nw_forms45_part_heads_n;
/* names_h11rec.c: a spaced slash ends before k (a one-line form's field starts at k); after a
 * surname t[a .. i) at a person's label, the end of ", G." or ", Given" that fills the field
 * alone before le, or 0. */
int nw_h11rec_slash_stop(const uint8_t *t, size_t k);
int nw_h11rec_slash_field(const struct sc *s, size_t k, size_t le, int nw, int field);
size_t nw_h11rec_surname_first(const struct sc *s, size_t a, size_t i, size_t le);
/* Does the key of a log line's `key=value` end at e (letters, digits, '_', '-', '.') and say its
 * value is a person (`signer`, `received_by`, `podName`)? *ks is set to its start. */
int nw_kv8_key_before(const struct sc *s, size_t e, size_t *ks);
/* nw_kv8_key_before() with its walk done: k is where the run of key bytes (letters, digits, '_',
 * '-', '.', bytes >= 0x80) before e starts, at most 32 bytes back (names_tables2.c's key_before()
 * walks the same run 40 back). */
int nw_kv8_key_at(const struct sc *s, size_t k, size_t e, size_t *ks);
/* An unquoted log value that ends at b (`signer=Ana Lobo seq=3`): the end of up to three more
 * capitalised words after it, none a key (no '=' or ':'), or b. */
size_t nw_kv8_more_words(const uint8_t *t, size_t b, size_t len);
/* Is the value t[a .. b) of a person key a thing: a brand, a firm, a famous name, ordinary
 * words ("Mozilla Firefox", "Acme Corp", "Front Desk")? */
int nw_kv8_thing(const struct sc *s, size_t a, size_t b);
/* Deeds' parties on their own line before a bracket that defines them ("(1) NAME SURNAME (the
 * "Seller")"): emits each person found. */
int nw_kv8_parties(struct sc *s);
/* The prepositions after a case note's contact ("call with", "Telefonat mit", "email from"),
 * for names_context2.c's filter of the words before a run. */
#define NW_KV8_NOTE_PREPS 12
extern const char *const nw_kv8_note_preps[NW_KV8_NOTE_PREPS];
/* A run at start after the folded words pw2 pw ("call with", "Termin mit", "appel avec") on a
 * line that opens with a date or a dash or bullet: a case note's contact. */
int nw_kv8_note(const struct sc *s, size_t start, const char *pw, const char *pw2);
/* A run start..end that opens a dated or bulleted note line ("2026-05-01 – X", "• X") and is
 * followed by a note's verb ("confirmed", "bestätigt", "a transmis", "(UBO) verified"). */
int nw_kv8_note_lead(const struct sc *s, size_t start, size_t end);
/* Its cheap test, inline: a space before the run, and before that a date's digit, a dash, a
 * colon, a '*' or the last byte of "–", "—", "•". */
static inline int nw_kv8_note_maybe(const uint8_t *t, size_t start)
{
    if (start < 2 || t[start - 1] != ' ')
        return 0;
    uint8_t b = t[start - 2];
    return (b >= '0' && b <= '9') || b == '-' || b == ':' || b == '*' || b == 0x93 || b == 0x94 ||
           b == 0xA2;
}
/* names_labels7.c reads the value t[v .. le) as a party's and emits the people in it. */
int nw_labels7_value(struct sc *s, size_t v, size_t le);
/* names_labels7.c, for names_scan54.c: the class of the label t[a .. b) (read back through one
 * scanner misreading too), and the value t[v .. le) read after a label of class cls. */
int nw_labels7_label_class(const struct sc *s, size_t a, size_t b);
int nw_labels7_value_as(struct sc *s, size_t v, size_t le, int cls);
/* names_scan54.c: a capitals value after a person's label that a separator run, not a colon,
 * ends ("NOH  KELLER ANNA", "ONOMA ¦ X", "AP ELLIDOS ~ X"): 0 with *next set when it read one
 * (the names emitted), 1 when not, negative on error. w is a word in capitals. */
int nw_scan54_bare_label(struct sc *s, const struct word *w, size_t *next);
/* names_caps61.c: where a label ends before a dot leader of 3+ dots ending at lb, else lb. */
size_t nw_caps61_leader(const uint8_t *t, size_t lb);
/* names_caps61.c: does a conjunction in capitals and another word in capitals follow at e
 * (" AND X", " UND X", " ET X", " Y X")? */
int nw_caps61_and(const uint8_t *t, size_t len, size_t e);
/* names_scanp58.c: a register row scan54's row test turned down: one space after a count with
 * three more cells on the capitals line, or a case number opening it with two; a row's name
 * written "SURNAME, GIVEN". */
int nw_scanp58_row(const struct sc *s, size_t k, size_t v, int one);
int nw_scanp58_comma_name(const uint8_t *t, size_t v, size_t ve);
/* A signature line in capitals: the word w opens its line ("SIGNED", "PODPIS", "FDO."), a colon,
 * dots, underscores or two spaces, a title or two, then an initial and a surname or two to three
 * words ending the line or its cell: that name emitted, 0 with *next set; 1 when none. */
int nw_scanp58_signature(struct sc *s, const struct word *w, size_t *next);
/* A courtesy title opening a name cell at v ("MR. ", "SR. ", "SIG.RA ", "PANI "): where the name
 * after it starts, *we the end of its first word; v when there is none. */
size_t nw_scanp58_title(const struct sc *s, size_t v, size_t *we);
/* A line in capitals opening with a courtesy title, then two or three words no lexicon calls
 * ordinary, to its end ("PANI AMARA DIALLO"): the name emitted, 0 with *next set; 1 when none. */
int nw_scanp58_titled_line(struct sc *s, const struct word *w, size_t *next);
/* A capitals run the letters' shape made a name, a[..e): 0 when it is a label or every word of
 * it is a label's ("NAZWISKO IMIĘ", a register's header row), else e. */
size_t nw_scanp58_caps_cut(const struct sc *s, size_t a, size_t e);
/* Is t[j] a digit a scanner read for a letter between two capitals ("J0HN", "WEI5SHAUPT")? */
static inline int nw_scanp58_ocr_digit(const uint8_t *t, size_t j, size_t e)
{
    uint8_t c = t[j];
    return (c == '0' || c == '1' || c == '5' || c == '8') && j > 0 && is_up(t[j - 1]) &&
           j + 1 < e && is_up(t[j + 1]);
}
/* Is t[a - 1] a spaced '/' between a bilingual label's halves ("NOM / SURNAME")? */
static inline int nw_scanp58_slash(const uint8_t *t, size_t a)
{
    return t[a - 1] == '/' && a >= 2 && t[a - 2] == ' ' && t[a] == ' ';
}

/* ---- branch nspeed12: the places of a few bytes of a text, shared by the passes that visit
 * each of them in order ------------------------------------------------------------------- */
/* The positions of the first ':', ')', '<', '=' or '@' of one text (t, len), in order, n of them
 * known and every one of the byte before the last known (a prefix of the text's list), the last
 * known one len when the text has no more: the first pass that visits them finds them with
 * memchr(), the next ones read them. ':' is visited by names_tables2.c's key-value fields,
 * names_chat2.c's quoted vocatives, names_rosters.c's labels and names_labels7.c; ')' by
 * names_tables2.c's SQL and names_forms6.c's brackets; '<' by names_tables.c's XML people and
 * names_tables2.c's XML fields (names_mrz.c's zones first, which skip ahead); '=' by
 * names_tables2.c's key-value fields and names_docs4.c's bibliography; '@' by names_chat.c's
 * mentions and names_tables7.c's handles, and by names_profileurl.c's handles (branch nspeed13);
 * '/' by names_travel8.c, names_docs4.c's airline names and names_profileurl.c's links (branch
 * nspeed13: one memchr() walk of '/' a text, not three); '|' by names_hl7.c's segments and
 * names_tables.c's header tables (branch nspeed13); ',' by names_docs4.c's airline and
 * Vancouver lists and names_lower11.c's lists, '(' by names_forms6.c's brackets and
 * names_kv8.c's parties (branch lines22: one memchr() walk of each a text, not three and two).
 * scan() gives each text one
 * table a byte (NW_HIT_BYTES, in the order of nw_hit_slot()); a copy of the struct sc with another
 * text or length neither reads nor fills them. */
#define NW_HITS 128
#define NW_HIT_BYTES 9
struct nw_hits {
    const uint8_t *t;
    size_t len, n;
    size_t at[NW_HITS];
};

/* The table of byte c in s->hits: ':', ')', '<', '=', '@', '/', '|', ',', '(' in that order
 * (-1 for another). */
static inline int nw_hit_slot(uint8_t c)
{
    return c == ':'   ? 0
           : c == ')' ? 1
           : c == '<' ? 2
           : c == '=' ? 3
           : c == '@' ? 4
           : c == '/' ? 5
           : c == '|' ? 6
           : c == ',' ? 7
           : c == '(' ? 8
                      : -1;
}

/* s's table of byte c, or NULL when s has none, c has none, or s is a copy with another text
 * or length: asked once by a pass, not once a byte. */
static inline struct nw_hits *nw_hits_of(const struct sc *s, uint8_t c)
{
    int k = nw_hit_slot(c);
    struct nw_hits *h = s->hits && k >= 0 ? &s->hits[k] : NULL;
    return h && h->t == s->t && h->len == s->len ? h : NULL;
}

/* The position of c number k of s's text, or s->len when it has no more, with h =
 * nw_hits_of(s, c): a pass asks for k = 0, 1, 2 ... in order, from = 0 for k = 0 and the one
 * before + 1 after (from <= s->len). */
static inline size_t nw_hit_at(struct nw_hits *h, const struct sc *s, uint8_t c, size_t k,
                               size_t from)
{
    if (h && k < h->n)
        return h->at[k];
    const uint8_t *p = memchr(s->t + from, c, s->len - from);
    size_t at = p ? (size_t)(p - s->t) : s->len;
    if (h && k == h->n && k < NW_HITS)
        h->at[h->n++] = at;
    return at;
}

/* The first c at or after from (from <= s->len), or s->len, for a pass that may skip ahead:
 * *k is its cursor in h (0 at first; from may only grow between calls with the same cursor). */
static inline size_t nw_hit_from(struct nw_hits *h, const struct sc *s, uint8_t c, size_t *k,
                                 size_t from)
{
    if (h) {
        size_t j = *k;
        while (j < h->n && h->at[j] < from)
            j++;
        *k = j;
        if (j < h->n)
            return h->at[j];
    }
    const uint8_t *p = memchr(s->t + from, c, s->len - from);
    size_t at = p ? (size_t)(p - s->t) : s->len;
    /* kept only when it is the next of the byte after the last known one */
    if (h && h->n < NW_HITS && from == (h->n ? h->at[h->n - 1] + 1 : 0))
        h->at[h->n++] = at;
    return at;
}

/* The first c in t[from .. lim) (from <= lim <= s->len), or lim, for a pass that reads a few
 * bytes of each line in the text's order: h's table answers when it reaches past from (it holds
 * every c from the text's start in order), a bounded memchr() when it does not; the table is
 * neither filled nor read past lim. *k is the cursor as for nw_hit_from(). (branch speed16) */
static inline size_t nw_hit_within(const struct nw_hits *h, const struct sc *s, uint8_t c,
                                   size_t *k, size_t from, size_t lim)
{
    if (h) {
        size_t j = *k;
        while (j < h->n && h->at[j] < from)
            j++;
        *k = j;
        if (j < h->n)
            return h->at[j] < lim ? h->at[j] : lim;
    }
    const uint8_t *p = memchr(s->t + from, c, lim - from);
    return p ? (size_t)(p - s->t) : lim;
}

/* ---- branch agent20: list look-ups ruled out by a word's first and last byte and length ----
 * A fixed list of folded words as two tables of masks: bit n of first[c - 'a'] is set when a word
 * of the list opens with the letter c and has n bytes (of first[26] when it opens with a byte >=
 * 0x80), bit n of last[c - 'a'] when one ends with c (last[26]: a byte >= 0x80, last[27]: any
 * other byte). nw_fold() keeps a word's length, folds a byte to a lower-case ASCII letter only
 * when it is an ASCII letter, a byte >= 0x80 to one >= 0x80 and leaves the other bytes as they
 * are, so a span whose first or last byte and length have no bit folds to no word of the list:
 * the fold and the look-up are skipped (most keys, labels and words of code and logs:
 * "2026-11-30T12", "status", "def handle(req)"). Every word of the lists opens with a letter or a
 * byte >= 0x80 and has fewer than 64 bytes; each file's nw_*_lens_audit() checks its tables
 * against its lists (the tests). */
struct nw_lens {
    uint64_t first[27], last[28];
};
/* nw_lens_may() of a span of n bytes whose first is c and last is d, for a reader that knows
 * them without the span in a buffer (names_tables2.c's keys). */
static inline int nw_lens_may_ends(const struct nw_lens *m, unsigned c, unsigned d, size_t n)
{
    if (n == 0 || n >= 64)
        return 0;
    unsigned k = c >= 0x80 ? 26u : (unsigned)(c | 32) - 'a';
    if (!((k < 26 || c >= 0x80) && ((m->first[k] >> n) & 1)))
        return 0;
    unsigned j = d >= 0x80 ? 26u : (unsigned)(d | 32) - 'a';
    return (m->last[j < 26 || d >= 0x80 ? j : 27] >> n) & 1;
}
static inline int nw_lens_may(const struct nw_lens *m, const uint8_t *p, size_t n)
{
    return n != 0 && nw_lens_may_ends(m, p[0], p[n - 1], n);
}
/* How many words of list (n of them) the tables m rule out: 0, or they are stale. */
static inline size_t nw_lens_audit(const struct nw_lens *m, const char *const *list, size_t n)
{
    size_t bad = 0;
    for (size_t k = 0; k < n; k++)
        bad += !nw_lens_may(m, (const uint8_t *)list[k], strlen(list[k]));
    return bad;
}
/* The audits of the tables of names_tables2.c, names_kv8_words.c, names_forms6.c, names_lists2.c
 * and names_rosters.c: how many list words each table rules out (0, or a table is stale). */
size_t nw_tables2_lens_audit(void);
size_t nw_kv8_lens_audit(void);
size_t nw_forms6_lens_audit(void);
size_t nw_lists2_lens_audit(void);
/* May the span p[0 .. n), folded, be a label nw_roster_label() knows (names_rosters_words.c)? */
int nw_roster_label_may(const uint8_t *p, size_t n);
size_t nw_roster_lens_audit(void);
/* names_bare.c: how many of nw_bare_lead()'s words of time its table rules out (0). */
size_t nw_bare_lens_audit(void);

/* ---- branch travel8: airline and travel records (names_travel8.c) ---------------------------
 * People written SURNAME/GIVEN with the airline shape around them (a title or passenger type
 * after, a passenger number glued before, the SSR DOCS layout, a boarding pass barcode, a
 * passenger label or ticket cell with a lexicon name) and the birth dates of DOCS, CHD and infant
 * records ("/12JUL84/F/", "(CHD/03MAR19)"); only at '/' bytes; < 0 on the emit's error. */
int nw_travel8(struct sc *s);

/* ---- branch reversed8: "Surname, Given" (names_reversed8.c) ---------------------------------
 * The run [0, n) (its last word before ", " and a capital) and a lexicon given name after the
 * comma are one person written surname first ("Okafor, Chidi called", "Keller, Maria" <...>):
 * emits it and sets *resume past it (the emit's rc, never above 0), or 1 when they are not. */
int nw_reversed8(struct sc *s, const struct word *run, size_t n, size_t *resume);

/* ---- branch struct9: names in structured records (names_struct9.c) -------------------------
 * names_tables2.c's value check: one to five capitalised words, an initial or a particle before
 * a word; weak: two capitalised words at least, not all of them ordinary words. */
int nw_person_value(const struct sc *s, size_t a, size_t b, int weak);
/* LDIF and LDAP entries (`cn:`, `sn:`, `gecos:`, the cn of a DN), FHIR HumanName objects, XML
 * name parts (`<given>` beside `<family>`, `<persName>`, `<author><name>`), LaTeX bylines and
 * rows of CRM exports and team sheets with no header beside them; < 0 on the emit's error. */
int nw_struct9_names(struct sc *s);

/* ---- branch outside10: free-software credits (names_outside10.c) ---------------------------
 * A changelog's team-upload header "  [ Name ]" and a copyright line's holder ("Copyright: 2010
 * Name <mail>", its continuation lines, "Copyright (c) 2007 Name"); < 0 on the emit's error. */
int nw_outside10_names(struct sc *s);

/* ---- branch dob42: births in API, seed-code, certificate and register text (names_dob42.c) --
 * nw_dob42_birth(): the date ds .. e, which no earlier rule took, is a birth by its right-aligned
 * column header (R, pandas), a birth key before the call it is an argument of (`birthday:
 * Date.parse("...")`) or a Nordic "f."/"s." after a personal number. nw_dob42_veto(): the date a
 * rule took answers a question on the line above about a birthday party or a certificate's
 * issue. nw_dob42_bday_cell(): the header cell t[cs .. ce) is "Anniversaire"/"Aniversário" alone.
 * nw_dob42_ctor(): `time.Date(1987, time.March, 4`, `Date.new!(`, `Carbon::create(` and
 * constructors under a key such as `Birthday = new DateTime(` at the year's digits i .. d; its
 * end and *ds, or 0. nw_dob42_glued(): at a digit run i .. d the date reader refused, an
 * Alloggiati Web record's birth date after its sex digit, an X.509 GeneralizedTime or a year and
 * month in quotes under a birth key; its end and *ds, or 0. */
int nw_dob42_birth(const struct sc *s, size_t ds, size_t e);
int nw_dob42_veto(const struct sc *s, size_t ds);
int nw_dob42_bday_cell(const struct sc *s, size_t cs, size_t ce);
size_t nw_dob42_ctor(const struct sc *s, size_t i, size_t d, size_t *ds);
size_t nw_dob42_glued(const struct sc *s, size_t i, size_t d, size_t *ds);

/* ---- branch dob43: births as programs and data stores print them (names_dob43.c) ----------
 * nw_dob43_birth(): the date ds .. e, which no earlier rule took, is the value of a birth key on
 * its line past what wraps it (`dob: ISODate("`, `"$date"`, `Timestamp('`, `setBirthday(`), of a
 * column under a birth header (delimited or aligned) or of a Redis key line above.
 * nw_dob43_value(): at the digit run i .. d the date reader refused, a year, month and day as a
 * call's or an array's numbers, epoch seconds or milliseconds, an Excel serial or a compact date
 * so keyed; its end and *ds, or 0. */
int nw_dob43_birth(const struct sc *s, size_t ds, size_t e);
size_t nw_dob43_value(const struct sc *s, size_t i, size_t d, size_t *ds);
/* ---- branch dob44: births as forms and family sheets write them (names_dob44.c) ------------
 * nw_dob44_value(): at the digit run i .. d the date reader refused, a date in boxes (one digit
 * or one part a box, parts under box words) or in the Hungarian order with spaces or a month:
 * its end and *ds, or 0. nw_dob44_birth(): a one-letter genealogical mark ("f.", "s.", "n.")
 * right before the date at ds, after a name or a comma, or as a form's label. */
size_t nw_dob44_value(const struct sc *s, size_t i, size_t d, size_t *ds);
int nw_dob44_birth(const struct sc *s, size_t ds, size_t e);
/* ---- branch dob45: births shown by their slot, mark or markup (names_dob45.c) ---------------
 * nw_dob45_birth(): the date ds .. e, which no earlier rule took, fills a person's identity slot
 * (a donor's, a child's, a participant's label or list; a court order's ward), follows a mark
 * the shared lists leave out (`NE LE`, `sz.`, `g.`, Turkish `d.`, a mark after `; `), has a birth
 * label after it in brackets or in its pipe table's head (`| f. |`), stands in an element that
 * says birth, or is a delivery's with the time after it. nw_dob45_veto(): a label after the date
 * that ends at e names another event. nw_dob45_delivery(): a delivery word labels the date at
 * ds (the date reader keeps a date a time follows there). nw_dob45_compact(): the digits i .. d
 * are a yyyymmdd birth in an element that says birth (nw_dob45_xml_birth()). */
int nw_dob45_birth(const struct sc *s, size_t ds, size_t e);
int nw_dob45_veto(const struct sc *s, size_t e);
int nw_dob45_delivery(const struct sc *s, size_t ds);
int nw_dob45_xml_birth(const struct sc *s, size_t ds);
int nw_dob45_compact(const struct sc *s, size_t i, size_t d);

/* ---- branch dob46: births a layout or an escape separates from their label (names_dob46.c) ---
 * nw_dob46_birth(): the date ds .. e, which no earlier rule took, ends a row whose birth label the
 * other column's text split from it, sits under a table head that is a birth mark, follows a
 * maiden name's line after a star or under a head that asks for the birth, has a birth key escaped
 * twice, or is a bracketed item of a list headed by a birth word. nw_dob46_veto(): the date at ds
 * is an animal's (its clause, key or table column) or another label's on the line after a maiden
 * name. */
int nw_dob46_birth(const struct sc *s, size_t ds, size_t e);
int nw_dob46_veto(const struct sc *s, size_t ds);

/* ---- branch dob49: Nordic notations, an order number's copy of a birth (names_dob49.c) ---------
 * nw_dob49_nordic(): after a day/month at the second part's end k ("17/1"), the year after a
 * space or a dash ("17/1 1950", "17/1-50"): the date's end, or 0. nw_dob49_compact(): the six
 * digits i .. d follow a Nordic birth cue ("född 820616", "født: 160682") and read as a date;
 * or eight read as yyyymmdd ("(f. 19830924)", branch left50).
 * nw_dob49_id_copy(): the copy of a birth's bytes at s is bare digits after an order's or a
 * booking's word (a baptism under the birth's date is masked like the birth). */
size_t nw_dob49_nordic(const struct sc *s, size_t k, unsigned day, unsigned month);
int nw_dob49_compact(const struct sc *s, size_t i, size_t d);
int nw_dob49_id_copy(const uint8_t *t, size_t len, size_t s);
/* nw_dob49_spelled(): at the digits i .. d, a Greek date with its month in the genitive, or a
 * Lithuanian or Latvian one that opens with its year, after a birth word of the language on its
 * line: its end (its start in *ds), or 0. */
size_t nw_dob49_spelled(const struct sc *s, size_t i, size_t d, size_t *ds);

/* ---- branch left50: births after the date, rows quoted by database errors (names_left50.c) ---
 * nw_left50_birth(): the date ds .. e is a birth by a Turkish verb after it ("D tarihinde
 * İzmir'de doğdu", "(D doğumlu)") or Finnish "s." before it ("(s. 26/9-63)"). nw_left50_veto():
 * the date at ds follows "doğumlu" on its line (the birth stood before the word). nw_left50_rows():
 * the people and births in rows that psql, Postgres, MySQL, SQLAlchemy and pydantic errors quote.
 */
int nw_left50_birth(const struct sc *s, size_t ds, size_t e);
int nw_left50_veto(const struct sc *s, size_t ds);
int nw_left50_rows(struct sc *s);

/* ---- branch dob47: births as data tools and agents pass them on (names_dob47.c) -------------
 * nw_dob43_key(): t[a .. b) is a key that names a birth (names_dob43.c's reader).
 * nw_dob47_member_value(): the value a .. b of a member whose key names a birth is one as data
 * stores write it: a date with a midnight after a space, `yyyymmdd`, epoch milliseconds, a
 * spreadsheet serial. nw_dob47_markup(): at i (before p) between a birth label and its value, a
 * markup tag or an entity to skip (its length), 0 for other bytes, -1 when the markup leaves the
 * label's element or passes another element's text (*state: the tags skipped so far, 0 first).
 * nw_dob47_zpl_field(): the word at i follows ZPL's `^FD`, so it starts a field's text. */
int nw_dob43_key(const struct sc *s, size_t a, size_t b);
int nw_dob47_member_value(const struct sc *s, size_t a, size_t b);
int nw_dob47_markup(const struct sc *s, size_t i, size_t p, int *state);
int nw_dob47_zpl_field(const struct sc *s, size_t i);
/* names_scan55.c: nw_scan55_slip(): an OCR letter (O l I S B) inside the date that starts with
 * the digits ending at d, past their first separator ("06.09.196l", "2S.06.l932"); screens
 * nw_dob47_ocr() beside ocr_slip(). nw_scan55_lead(): a birth date at i that opens with an OCR
 * letter for its first digit ("O6.09.1961", "BORN  O6 09 1941"): 1 and its end in *next. */
int nw_scan55_slip(const uint8_t *t, size_t d, size_t n);
int nw_scan55_lead(const struct sc *s, size_t i, size_t *next);
/* nw_dob47_ocr(): the date the digit run i .. d (no date took it; names.c screens it by an OCR
 * slip beside it: O or l for a digit, a comma) is part of, read as OCR misread it, after a birth
 * label: its end (*ds its start), or 0. */
size_t nw_dob47_ocr(const struct sc *s, size_t i, size_t d, size_t *ds);

/* names_review59b.c: may the lower-case handle w[0 .. n) be a person's login: no bot ("[bot]",
 * "-bot", "dependabot") and no part an ordinary word ("release-managers")? */
int anon_names_review_login_ok(const char *w, size_t n);

#endif
