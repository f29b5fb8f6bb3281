/* names_scan_internal.h: what the files of the NAMES scanner share (names.c's word pass,
 * names_signals.c, names_verdict.c, names_people.c, names_csv.c, names_chatlog.c,
 * names_visit_digits.c, names_scan.c); private to them.
 *
 * The byte and word helpers below are static inline because the pass asks them at every word;
 * the rest are the functions one of those files calls in another.
 */
#ifndef HUSH_NAMES_SCAN_INTERNAL_H
#define HUSH_NAMES_SCAN_INTERNAL_H

#include "anonymize/names_internal.h"

size_t back_to_break(const uint8_t *t, size_t lo, size_t j);
size_t line_start(const struct sc *s, size_t i);
__attribute__((noinline)) void parse_word_loop(const struct sc *s, size_t i, struct word *w);
const char *word_before(const struct sc *s, size_t i, size_t *ws, char *buf, size_t cap);
int label_text(const struct sc *s, size_t b, size_t e, int quoted, int *list);
int label_ctx(const struct sc *s, size_t start, int *list);
int starts_line(const struct sc *s, size_t p, size_t *ls);
int signature_ctx(const struct sc *s, size_t start);
int ticket_verb(const char *w);
int near_verb(const char *pw, const char *pw2);
int near_verb_obj(const char *pw, const char *pw2, const char *pw3);
int assigned(const char *pw, const char *pw2);
int said_after(const struct sc *s, const char *nw, size_t we);
int addr_follows(const struct sc *s, size_t end);
int email_follows(const struct sc *s, size_t end);
int birth_follows(const struct sc *s, size_t end);
int json_ctx(const struct sc *s, size_t start, size_t end);
int plain_words(const struct sc *s, size_t start, size_t end);
int closing_ctx(const struct sc *s, size_t start, size_t end);
int name_asked(const struct sc *s, size_t start, const char *pw);
int block_ctx(const struct sc *s, size_t start, size_t end);
int list_follows(const struct sc *s, size_t end);
int context(const struct sc *s, size_t start, size_t end, int *list, const char *nw, size_t we,
            int poss);
int term_after_run(const struct sc *s, size_t i, const char *nw);
int strong_may(const struct sc *s, size_t start, size_t end);
void seen_add(struct sc *s, size_t a, size_t b);
int known_word(const struct sc *s, const struct word *w);
int label_next(const struct sc *s, const struct word *run, const struct word *w);
size_t collect_run(const struct sc *s, const struct word *w0, struct word *run);
int maybe_context(const struct sc *s, size_t start, size_t end);
__attribute__((noinline)) int spelled_date(struct sc *s, size_t i, size_t *next);
int person_at(struct sc *s, const struct word *w0, size_t *resume);
void trim_cell(const struct sc *s, size_t *a, size_t *b);
int caps_name_value(const struct sc *s, size_t a, size_t b);
int name_shaped(const struct sc *s, size_t a, size_t b);
int csv_names(struct sc *s);
int chat_names(struct sc *s);
__attribute__((noinline)) int month_hyphen_day(struct sc *s, size_t i, size_t *next);
__attribute__((noinline)) int joined_date(struct sc *s, size_t i, size_t *next);
__attribute__((noinline)) int visit_digits(struct sc *s, size_t i, size_t *next);
__attribute__((noinline)) int neg_number(struct sc *s, size_t i, size_t *next);

/* ---- bytes and words ------------------------------------------------------------------------ */
/* May a word start at i, judging by the byte before it? Not inside identifiers, paths, e-mail
 * addresses, code spans, numbers or hyphenated words. */
static inline int word_start_ok(const struct sc *s, size_t i)
{
    /* the ASCII bytes after which no word starts: letters, digits and "_.@/\\-#$%+~`&" (the
     * same set as names_walk.c's no_start_after() with '-') */
    static const uint64_t lo = 0x03FFE87800000000u, hi = 0x47FFFFFF97FFFFFFu;
    if (i == 0)
        return 1;
    uint8_t c = s->t[i - 1];
    if (c < 64)
        return !(lo >> c & 1);
    if (c < 128) {
        if (!(hi >> (c - 64) & 1))
            return 1;
        /* a letter, but "\nMaria" in raw JSON starts a word; '@', '\\', '_', '`', '~' never */
        return (c == 'n' || c == 't' || c == 'r') && i >= 2 && s->t[i - 2] == '\\';
    }
    /* after a quote or a no-break space, not after a letter */
    return (i >= 3 && s->t[i - 3] == 0xE2) || (i >= 2 && s->t[i - 2] == 0xC2);
}

/* nw_break_before(s, j) != 0 for j >= 1, cheap for the bytes that are no break. */
static inline int break_at(const uint8_t *t, size_t j)
{
    uint8_t c = t[j - 1];
    if (c == '\n' || c == '\r')
        return 1;
    return (c == 'n' || c == 'r') && j >= 2 && t[j - 2] == '\\';
}

/* parse_word() for a word of letters with a lower-case one among them that ends at j: a name
 * unless what follows makes it code ("Adler-32", "Foo(", "Path\\x"); its lexicon flags. */
static inline void name_word(const struct sc *s, size_t i, size_t j, struct word *w)
{
    const uint8_t *t = s->t;
    size_t len = s->len;
    w->e = j;
    w->shape = SH_NAME;
    if (j < len) {
        uint8_t c = t[j];
        if (is_digit(c) || c == '_' || c == '(' || c == '@' || c == '<' || c == '[' || c == '/' ||
            c == '{') {
            /* "Foo<T>", but not a line break or an end tag: "Keller<br>", "Madrid</p>" */
            if (!(c == '<' && (nw_br_at(s, j) || (j + 2 < len && t[j + 1] == '/' &&
                                                  t[j + 2] >= 'a' && t[j + 2] <= 'z'))))
                w->shape = SH_OTHER;
        } else if (c == '\\' && !(j + 1 < len && strchr("\"nrt", t[j + 1]) && t[j + 1]))
            w->shape = SH_OTHER; /* a path, but not a JSON escape: "Keller\"", "Keller\n" */
        else if ((c == '.' || c == ':') && j + 1 < len && (is_alnum(t[j + 1]) || t[j + 1] == ':'))
            w->shape = SH_OTHER;
        else if (c == '=' && j + 1 < len && t[j + 1] != '=')
            w->shape = SH_OTHER;
        else if (c == '-' && j + 1 < len && is_digit(t[j + 1]))
            w->shape = SH_OTHER; /* "Adler-32" */
    }
    if (w->shape == SH_NAME && s->hint != ANON_NAMES_HINT_STRONG)
        w->lex = nw_lexicon_in(t, len, i, j);
}

/* A capitalised word at i: "Maria", "O'Brien", "McDonald", "Jean-Luc", "Müller", an initial "J."
 * (SH_INITIAL), all capitals (SH_CAPS) or anything else that starts with a capital (SH_OTHER:
 * "OAuth", "String(", "Foo.bar"). w->e is where the word ends. Inline: the one step that settles
 * most words pays no call and no frame; parse_word_loop() takes the rest. */
static inline void parse_word(const struct sc *s, size_t i, struct word *w)
{
#ifdef __SSE2__
    /* most words: an ASCII capital, lower-case letters, then a byte that neither continues nor
     * joins a word (no letter, no '\'', no '-', ASCII): parse_word_loop() would end there */
    const uint8_t *t = s->t;
    if (t[i] >= 'A' && t[i] <= 'Z' && i + 17 <= s->len) {
        __m128i v = _mm_loadu_si128((const __m128i *)(const void *)(t + i + 1));
        __m128i d = _mm_sub_epi8(v, _mm_set1_epi8('a'));
        unsigned other =
            ~(unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(_mm_min_epu8(d, _mm_set1_epi8(25)), d)) &
            0xFFFFu;
        if (other && !(other & 1u)) { /* at least one lower-case letter */
            size_t e = i + 1 + (size_t)__builtin_ctz(other);
            uint8_t c = t[e];
            if (c < 0x80 && !(c >= 'A' && c <= 'Z') && c != '\'' && c != '-') {
                w->s = i;
                w->lex = 0;
                name_word(s, i, e, w);
                return;
            }
        }
    }
#endif
    parse_word_loop(s, i, w);
}

/* Byte-set tests for the hottest context look-ups: one load and a bit test in
 * names_nspeed11.c's table. strchr() also finds the set's terminating NUL, so 0 is a member of
 * the two mark sets. */
static inline int lead_mark(uint8_t c) /* strchr(" \t\"'*(\\", c) */
{
    return nw_byte_class[c] & NW_BC_LEAD;
}

static inline int line_mark(uint8_t c) /* strchr(" \t>*-#|'", c) */
{
    return nw_byte_class[c] & NW_BC_LINE;
}

/* A byte of the word before as word_before() takes it: >= 0x80, a letter or digit, '.', '\''. */
static inline int word_byte(uint8_t c)
{
    return nw_byte_class[c] & NW_BC_WORD;
}

/* Where a word that the walk back over word_byte() stopped at a (its end e) starts: after an
 * escaped line break or tab of raw JSON ("\\nThanks": the 'n' is the break's). */
static inline size_t word_after_escape(const uint8_t *t, size_t a, size_t e)
{
    return a > 0 && t[a - 1] == '\\' && a < e && (t[a] == 'n' || t[a] == 'r' || t[a] == 't') ? a + 1
                                                                                             : a;
}

/* ---- context -------------------------------------------------------------------------------- */
/* What ends a label going back: strchr("\t|,;>-#\"'(", c), NUL included. */
static inline int label_stop(uint8_t c)
{
    switch (c) {
    case 0:
    case '\t':
    case '|':
    case ',':
    case ';':
    case '>':
    case '-':
    case '#':
    case '"':
    case '\'':
    case '(':
        return 1;
    default:
        return 0;
    }
}

/* A word after the run, possessive or not, that makes the run a term ("Dijkstra's algorithm",
 * "Fourier transform", "Keller GmbH")? */
/* Where the word after a run ending at end starts: past a possessive ("'s", "’s"), which
 * sets *poss. */
static inline __attribute__((always_inline)) size_t after_run(const struct sc *s, size_t end,
                                                              int *poss)
{
    *poss = 0;
    if (end + 1 < s->len && s->t[end] == '\'' && s->t[end + 1] == 's') {
        *poss = 1;
        return end + 2;
    }
    if (end + 3 < s->len && s->t[end] == 0xE2 && s->t[end + 1] == 0x80 && s->t[end + 2] == 0x99 &&
        s->t[end + 3] == 's') {
        *poss = 1;
        return end + 4;
    }
    return end;
}

/* A word with a space and a lower-case ASCII letter after it that opens no particle: the run
 * collect_run() builds from it is the word alone, and suffix_at() finds no suffix after it, how
 * far off the next capital may be ("Wie kann ich die Konfiguration"). collect_run() goes on past
 * a space only to a capital or to a lower-case particle, and every particle it takes ("van",
 * "de la", "al-", "el-") starts with a b d e i l t v y z (its mask, 0x328091B); every suffix
 * starts with a capital. */
static inline int one_word_run(const struct sc *s, const struct word *w)
{
    const uint8_t *t = s->t;
    size_t a = w->e + 1;
    return a < s->len && t[w->e] == ' ' && t[a] >= 'a' && t[a] <= 'z' &&
           !((0x328091Bu >> (t[a] - 'a')) & 1);
}

/* A byte OCR puts for a digit beside a date's digits: O and o for 0, l, I and | for 1. */
static inline int ocr_digit(uint8_t c)
{
    return c == 'O' || c == 'l' || c == 'o' || c == 'I' || c == '|';
}

/* An OCR slip right after a date's digits: a letter for a digit, one or two after the separator
 * ("19.O2.1987", "26.0l.1967"), a comma for the dot ("14,06.1952"). */
static inline int ocr_slip(const uint8_t *p)
{
    uint8_t c = p[0];
    if (c == '.' || c == '/')
        return ocr_digit(p[1]) || (is_digit(p[1]) && ocr_digit(p[2]));
    if (c == ',')
        return is_digit(p[1]) && p[3] == '.';
    return ocr_digit(c);
}

#endif
