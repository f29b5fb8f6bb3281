/* names.c: the NAMES pack's scanner: the pass over a text, and people (PERSON) in it.
 *
 * One pass stops only at capitalised words and digit runs that start a word (16 or 32 bytes at a
 * time: names_walk.c). A digit run may be a date of birth (names_dates.c) or open an address, a
 * capitalised word may open an address (names_places.c, names_postal.c) or a run of name-shaped
 * words (their letters scored by names_shape.c; chat speakers in names_chat.c, texts written all
 * in lower case through names_lower.c). A run is a person
 * when its context says so (a title, a greeting, a label, a signature after a closing, a verb that
 * takes a person), when the request already named that person, or when the lexicon recognises a
 * given name and the rest fits; words that make a term of it ("Dijkstra's algorithm", "Apache
 * Kafka", "Maria Street") veto it. Nothing here allocates.
 */
#include "anonymize/names_internal.h"
#include "anonymize/names_h12rp.h"
#include "anonymize/names_dob17.h"
#include "anonymize/names_dob41.h"
#include "anonymize/names_precheck.h"

#include <openssl/mem.h>
#include <string.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

#define MAX_RUN 6

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

/* Is the byte at i a line break (a real one, or "\n" as written inside raw JSON, "\\n" two
 * levels deep)? Returns the width of the break ending right before i, its backslashes all, 0
 * when there is none. */
size_t nw_break_before(const struct sc *s, size_t i)
{
    if (i >= 1 && (s->t[i - 1] == '\n' || s->t[i - 1] == '\r'))
        return 1;
    if (i >= 2 && s->t[i - 2] == '\\' && (s->t[i - 1] == 'n' || s->t[i - 1] == 'r')) {
        size_t w = 2;
        while (w < i && w < 5 && s->t[i - 1 - w] == '\\')
            w++;
        return w;
    }
    return 0;
}

/* nw_break_before(s, j) != 0 for j >= 1, cheap for the bytes that are no break. */
static inline int break_at(const uint8_t *t, size_t j)
{
    uint8_t c = t[j - 1];
    if (c == '\n' || c == '\r')
        return 1;
    return (c == 'n' || c == 'r') && j >= 2 && t[j - 2] == '\\';
}

/* Where the line holding i starts (at most 400 bytes back). Queries mostly move forward with
 * the pass, so the last answer is reused and each byte is looked at about once. */
/* The last j in (lo, j] with a break before it, else lo. With SSE2, 15 positions at a time are
 * passed over when their bytes hold no '\n', '\r' or '\\' (one of which every break needs). */
static size_t back_to_break(const uint8_t *t, size_t lo, size_t j)
{
#ifdef __SSE2__
    const __m128i nl = _mm_set1_epi8('\n'), cr = _mm_set1_epi8('\r'), bs = _mm_set1_epi8('\\');
    while (j >= 16 && j - 15 > lo) {
        /* t[j - 16 .. j): every byte break_at reads for j - 14 .. j */
        __m128i v = _mm_loadu_si128((const __m128i *)(const void *)(t + j - 16));
        __m128i m = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, nl), _mm_cmpeq_epi8(v, cr)),
                                 _mm_cmpeq_epi8(v, bs));
        if (_mm_movemask_epi8(m))
            for (size_t k = j; k > j - 15; k--)
                if (break_at(t, k))
                    return k;
        j -= 15;
    }
#endif
    while (j > lo && !break_at(t, j))
        j--;
    return j;
}

static size_t line_start(const struct sc *s, size_t i)
{
    struct sc *m = (struct sc *)s;
    size_t lim = i > 400 ? i - 400 : 0, j;
    if (m->lc_pos && i >= m->lc_pos && m->lc_pos >= lim) {
        j = back_to_break(s->t, m->lc_pos, i);
        if (j == m->lc_pos && !break_at(s->t, j))
            j = m->lc_start > lim ? m->lc_start : lim;
    } else {
        j = back_to_break(s->t, lim, i);
    }
    m->lc_pos = i;
    m->lc_start = j;
    return j;
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

/* parse_word() byte by byte: every word the one step below does not settle */
static __attribute__((noinline)) void parse_word_loop(const struct sc *s, size_t i, struct word *w)
{
    const uint8_t *t = s->t;
    size_t len = s->len, j = i + nw_upper(t + i, len - i), lower = 0;
    int extra_upper = 0, after_join = 0;
    w->s = i;
    w->lex = 0;
    while (j < len) {
        if (t[j] >= 'a' && t[j] <= 'z') { /* most letters: ASCII lower case */
            size_t j0 = j;
#ifdef __SSE2__
            if (j + 16 <= len) { /* a word's lower-case letters in one step, to the first other */
                __m128i v = _mm_loadu_si128((const __m128i *)(const void *)(t + j));
                __m128i d = _mm_sub_epi8(v, _mm_set1_epi8('a'));
                unsigned other = ~(unsigned)_mm_movemask_epi8(
                                     _mm_cmpeq_epi8(_mm_min_epu8(d, _mm_set1_epi8(25)), d)) &
                                 0xFFFFu;
                if (other) {
                    j += (size_t)__builtin_ctz(other);
                    lower += j - j0;
                    after_join = 0;
                    continue;
                }
            }
#endif
            while (++j < len && t[j] >= 'a' && t[j] <= 'z')
                ;
            lower += j - j0;
            after_join = 0;
            continue;
        }
        size_t l = nw_letter(t + j, len - j);
        if (l) {
            if (nw_upper(t + j, len - j)) {
                size_t k = j - i;
                if (!(after_join || (k == 2 && t[i] == 'M' && t[i + 1] == 'c') ||
                      (k == 3 && t[i] == 'M' && t[i + 1] == 'a' && t[i + 2] == 'c')))
                    extra_upper = 1;
            } else if (l == 1 || !nw_mark(t + j)) {
                lower++;
            }
            after_join = 0;
            j += l;
            continue;
        }
        if (t[j] == 0xC2 && j > i && j + 2 < len && t[j + 1] == 0xB7 && (t[j - 1] | 32) == 'l' &&
            (t[j + 2] | 32) == 'l') { /* Catalan's "l·l": "Marcel·la", "Castell·la" */
            j += 2;
            continue;
        }
        size_t jl = 0;
        if (t[j] == '\'' || t[j] == '-')
            jl = 1;
        else if (t[j] == 0xE2 && j + 2 < len && t[j + 1] == 0x80 && t[j + 2] == 0x99)
            jl = 3;
        if (jl && j + jl < len && nw_upper(t + j + jl, len - j - jl)) {
            after_join = 1;
            j += jl;
            continue;
        }
        break;
    }
    w->e = j;
    if (extra_upper) {
        w->shape = lower == 0 && j - i >= 2 ? SH_CAPS : SH_OTHER;
        return;
    }
    if (lower == 0) {
        if (j - i <= 2 && j < len && t[j] == '.' && (j + 1 >= len || !is_alnum(t[j + 1]))) {
            w->shape = SH_INITIAL;
            w->e = j + 1;
        } else {
            w->shape = j - i >= 2 ? SH_CAPS : SH_OTHER;
        }
        return;
    }
    name_word(s, i, j, w);
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

void nw_parse_word(const struct sc *s, size_t i, struct word *w)
{
    struct nw_words *c = s->words;
    size_t k = i % NW_WORDS;
    if (c && (c->t != s->t || c->len != s->len || c->hint != s->hint))
        c = NULL;
    if (c && c->at[k] == i + 1) {
        *w = c->w[k];
        return;
    }
    parse_word(s, i, w);
    if (c) {
        c->at[k] = i + 1;
        c->w[k] = *w;
    }
}

/* The lower-case folding of text[a .. b) into buf (NUL-terminated), "" when it does not fit. */
const char *nw_fold_span(const struct sc *s, size_t a, size_t b, char *buf, size_t cap)
{
    size_t n = b > a ? nw_fold((const char *)s->t + a, b - a, buf, cap - 1) : 0;
    buf[n] = '\0';
    return buf;
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

/* The word (letters, apostrophes, dots) that ends before i, skipping spaces and tabs; *ws is where
 * it starts. "" when none is on this line. Trailing dots are dropped from the folded word. In raw
 * JSON (the prescan's body) a word after an escaped line break or tab starts after it: the 'n' of
 * "\\nThanks" is the break's ("\\nThanks, Veta" closes a message as "\nThanks, Veta" does). */
static const char *word_before(const struct sc *s, size_t i, size_t *ws, char *buf, size_t cap)
{
    const uint8_t *t = s->t;
    while (i > 0 && (t[i - 1] == ' ' || t[i - 1] == '\t'))
        i--;
    size_t e = i;
    while (i > 0 && e - i < 24 && word_byte(t[i - 1]))
        i--;
    i = word_after_escape(t, i, e);
    *ws = i;
    while (e > i && t[e - 1] == '.')
        e--;
    if (e - i >= 24)
        e = i;
    return nw_fold_span(s, i, e, buf, cap);
}

/* The word that starts after i (skipping spaces), lower-cased; *we is where it ends. */
const char *nw_word_after(const struct sc *s, size_t i, size_t *we, char *buf, size_t cap)
{
    const char *w = nw_fc_get(s, NW_FC_AFTER, i, cap, we, buf); /* person_at()'s context */
    if (w)
        return w;
    const uint8_t *t = s->t;
    size_t at = i;
    while (i < s->len && t[i] == ' ')
        i++;
    size_t b = i;
    while (i < s->len && i - b < 24 && (t[i] >= 0x80 || is_alnum(t[i]) || t[i] == '&'))
        i++;
    *we = i;
    w = nw_fold_span(s, b, i, buf, cap);
    nw_fc_put(s, NW_FC_AFTER, at, cap, i, w, buf);
    return w;
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

static int label_text(const struct sc *s, size_t b, size_t e, int quoted, int *list);

/* label_ctx() for the label that ends at e (its ':' or '=' at e - 1) on the line that starts at
 * ls; *low is at most the lowest offset x it compared with ls ("x > ls", "b - 1 > ls": x + 1). */
static int label_in(const struct sc *s, size_t e, size_t ls, size_t *low, int *list)
{
    const uint8_t *t = s->t;
    *low = e;
    if (e <= ls)
        return 0;
    e--;
    while (e > ls && (t[e - 1] == ' ' || t[e - 1] == '*'))
        e--;
    *low = e;
    int quoted = 0;
    if (e > ls && t[e - 1] == '"') { /* a JSON key: "fullName": "X", or {\"name\": \"X\"} */
        quoted = 1;
        e--;
        if (e > ls && t[e - 1] == '\\')
            e--;
    }
    if (!quoted && e > ls && t[e - 1] == ')') { /* "Attendees (last, first): X" */
        size_t q = e - 1;
        while (q > ls && e - q < 32 && t[q - 1] != '(')
            q--;
        *low = q < *low ? q : *low;
        if (q == ls + 1 && t[ls] == '(' && e - 1 > q)
            e--; /* the label itself in brackets, opening its line: "(Attendees): X" */
        else if (q > ls && t[q - 1] == '(') {
            e = q - 1;
            while (e > ls && t[e - 1] == ' ')
                e--;
        }
    }
    size_t b = e;
    while (b > ls && e - b < 32 &&
           (!label_stop(t[b - 1]) || /* "Signed-off-by" is one label */
            (t[b - 1] == '-' && b - 1 > ls && is_alnum(t[b - 2]) && is_alnum(t[b]))))
        b--;
    *low = b < *low ? b : *low;
    while (b < e && t[b] == ' ')
        b++;
    int rc = label_text(s, b, e, quoted, list);
    if (rc || quoted || !memchr(t + b, ':', e - b))
        return rc;
    /* the second label of a line ("Nachname: Keller Vorname: Maria"): its last one to three
     * words after the first label's value */
    size_t c = e;
    while (c > b && t[c - 1] != ':')
        c--;
    if (c >= e || t[c] != ' ')
        return 0;
    for (size_t k = e - 1, words = 0; k > c + 1 && words < 3; k--)
        if (t[k] != ' ' && t[k - 1] == ' ' && (++words, (rc = label_text(s, k, e, 0, list)) != 0))
            return k > c + 2 && t[k - 2] != ' ' ? rc : 0;
    return 0;
}

/* label_in()'s label t[b .. e): 1 when it is one, 2 for a JSON key that may also name a thing */
static int label_text(const struct sc *s, size_t b, size_t e, int quoted, int *list)
{
    const uint8_t *t = s->t;
    char buf[40], raw[40];
    size_t r = 0; /* "full_name" and "fullName" are "full name" */
    for (size_t k = b; k < e && r + 2 < sizeof raw; k++) {
        if (t[k] >= 'A' && t[k] <= 'Z' && k > b && t[k - 1] >= 'a' && t[k - 1] <= 'z')
            raw[r++] = ' ';
        raw[r++] = t[k] == '_' ? ' ' : (char)t[k];
    }
    size_t fl = nw_fold(raw, r, buf, sizeof buf - 1);
    buf[fl] = '\0';
    const char *l = buf;
    if (!nw_label(l))
        return 0;
    *list = nw_list_label(l);
    if (quoted) { /* "name", "owner", "user" keys also name products, packages, accounts */
        static const char *const person_keys[] = {
            "achternaam",    "apellido",     "apellidos",  "cognome",      "contact person",
            "display name",  "contact name", "assignee",   "requester",    "reporter",
            "customer name", "family name",  "first name", "full name",    "given name",
            "last name",     "nachname",     "patient",    "patient name", "prenom",
            "prénom",        "surname",      "vorname",    "voornaam"};
        if (NW_ONE_OF(l, person_keys))
            return 1;
        return 2;
    }
    return 1;
}

/* "Patient: " or "From: \"" before the run on its line: 1, or 2 for a JSON key that may also name
 * a thing ("name": "Visual Studio Code"), a weak context then.
 * The line's start is looked for in the 64 bytes before the label first: a raw JSON body's line
 * runs to the last escaped line break, up to 400 bytes back, and label_in() reads a few bytes
 * before the ':'. The whole look-up is made only when label_in() compared an offset within a
 * byte of the 64 bytes' edge, so the answer is always the one with the line's true start. */
static int label_ctx(const struct sc *s, size_t start, int *list)
{
    size_t e = start, low;
    const uint8_t *t = s->t;
    while (e > 0 && start - e < 8 && lead_mark(t[e - 1]))
        e--;
    if (e == 0 || (t[e - 1] != ':' && t[e - 1] != '='))
        return 0;
    if (start < 80)
        return label_in(s, e, line_start(s, start), &low, list);
    size_t near = start - 64, ls = back_to_break(t, near, start);
    if (ls > near || break_at(t, ls))
        return label_in(s, e, ls, &low, list); /* the line starts in the 64 bytes */
    int l = 0, rc = label_in(s, e, near, &low, &l);
    if (low <= near + 1)
        return label_in(s, e, line_start(s, start), &low, list);
    if (rc)
        *list = l;
    return rc;
}

/* Does a line (or a JSON string) start at p, markup aside? Where it starts goes to *ls. */
static int starts_line(const struct sc *s, size_t p, size_t *ls)
{
    size_t i = p;
    while (i > 0 && p - i < 16 && !nw_break_before(s, i) && line_mark(s->t[i - 1]))
        i--;
    *ls = i;
    if (i == 0 || nw_break_before(s, i))
        return 1;
    return s->t[i - 1] == '"' && i >= 2 && strchr(":[,", s->t[i - 2]); /* raw JSON */
}

/* The run starts a line right after a closing ("Best regards,") or a signature mark ("--"). */
static int signature_ctx(const struct sc *s, size_t start)
{
    size_t ls;
    if (!starts_line(s, start, &ls) || ls == 0 || !nw_break_before(s, ls))
        return 0;
    size_t pe = ls - nw_break_before(s, ls);
    for (int blank = 0; blank < 2; blank++) {
        size_t ps = line_start(s, pe);
        size_t a = ps, b = pe;
        for (size_t q = b; q > a; q--)
            if (s->t[q - 1] == '"') { /* raw JSON: the string starts after its quote */
                a = q;
                break;
            }
        while (a < b && strchr(" \t>*", s->t[a]))
            a++;
        while (b > a && strchr(" \t,.!:*", s->t[b - 1]))
            b--;
        if (b > a) {
            char buf[40];
            if (b - a == 2 && s->t[a] == '-' && s->t[a + 1] == '-')
                return 1;
            return b - a < 36 && nw_closing(nw_fold_span(s, a, b, buf, sizeof buf));
        }
        if (ps == 0)
            return 0;
        pe = ps - nw_break_before(s, ps);
    }
    return 0;
}

/* "ship to X", "a complaint from X", "spoke with X", "shouted at X", "directed by X", "call me
 * X": a preposition or pronoun that takes a person after a word that says so (pw the preposition,
 * pw2 the word before it). */
/* who opened, reported or changed a ticket: "Reported by X", "Signalé par X", "Gemeld door
 * X", "Reportado por X", "Segnalato da X", "Erstellt von X" */
static const char *const ticket_by[] = {
    "reported", "opened",     "raised",     "submitted", "escalated", "updated",
    "closed",   "resolved",   "assigned",   "requested", "logged",    "filed",
    "signalé",  "signalée",   "créé",       "créée",     "ouvert",    "demandé",
    "gemeld",   "aangemaakt", "geopend",    "ingediend", "reportado", "reportada",
    "creado",   "abierto",    "solicitado", "segnalato", "segnalata", "creato",
    "aperto",   "richiesto",  "erstellt",   "gemeldet",  "eröffnet",  "bearbeitet"};

/* A motion's mover and seconder in minutes ("seconded by X", "appuyé par X"), an invitation's
 * sender ("Einladung von X"; branch rosters). */
static const char *const motion_by[] = {
    "moved",       "seconded",    "proposed",  "proposé",   "proposée",  "appuyé",    "appuyée",
    "voorgesteld", "gesteund",    "propuesto", "propuesta", "secundado", "secundada", "proposto",
    "antrag",      "unterstützt", "beantragt", "einladung", "sostenuta", "sostenuto"};

static int ticket_verb(const char *w)
{
    if (NW_ONE_OF(w, ticket_by) || NW_ONE_OF(w, motion_by))
        return 1;
    return 0;
}

static int near_verb(const char *pw, const char *pw2)
{
    static const char *const to[] = {
        "deliver", "forward",    "forwarded", "give",      "gave",     "reply",    "send",
        "sent",    "ship",       "shipped",   "speak",     "spoke",    "talk",     "talked",
        "write",   "wrote",      "belongs",   "addressed", "refer",    "referred", "reporting",
        "reports", "introduced", "engaged",   "thanks",    "grateful", "credit",   "kudos"};
    static const char *const from[] = {
        "call",  "complaint", "email",    "e-mail",     "feedback", "letter",     "message",
        "note",  "request",   "response", "reply",      "ticket",   "complaints", "messages",
        "calls", "received",  "heard",    "invitation", "patch"};
    static const char *const at[] = {"shouted", "yelled", "smiled", "waved", "laughed",
                                     "stared",  "glared", "winked", "nodded"};
    static const char *const by[] = {
        "directed",    "written",  "produced",    "sung",        "performed",  "composed",
        "painted",     "signed",   "approved",    "reviewed",    "created",    "founded",
        "authored",    "narrated", "illustrated", "referred",    "seen",       "represented",
        "recommended", "examined", "treated",     "interviewed", "supervised", "prepared",
        "checked",     "drafted",  "witnessed",   "patch",       "work"};
    static const char *const me[] = {"call", "calls", "called", "named", "name", "call", "told"};
    static const char *const with[] = {"up",  "spoke",   "speak", "talked",  "talk",
                                       "met", "meeting", "call",  "chatted", "spoken"};
    /* branch leaks39: "j'ai parlé avec X", "hablé con X", "ho parlato con X", "falei com X" */
    static const char *const avec[] = {
        "parlé", "discuté", "déjeuné",   "rencontré",  "réunion",      "appel",  "rendez-vous",
        "hablé", "hablado", "hablar",    "reunión",    "llamada",      "cita",   "parlato",
        "parlo", "parlare", "riunione",  "chiamata",   "appuntamento", "falei",  "falado",
        "falar", "reunião", "conversei", "conversado", "conversato",   "almocei"};
    /* "demande à X", "pregúntale a X", "pergunta ao X", "liguei para X", "chiedi a X" */
    static const char *const ask_a[] = {
        "demande", "demandez",  "écris",      "écrivez",   "téléphoné", "pregúntale", "pregunta",
        "escribí", "escríbele", "pergunta",   "pergunte",  "liguei",    "ligue",      "escrevi",
        "escreva", "scrivi",    "telefonato", "telefonei", "pregunté"};
    const char *const *l;
    size_t n;
    if (strcmp(pw, "to") == 0)
        l = to, n = sizeof to / sizeof to[0];
    else if (strcmp(pw, "from") == 0)
        l = from, n = sizeof from / sizeof from[0];
    else if (strcmp(pw, "with") == 0)
        l = with, n = sizeof with / sizeof with[0];
    else if (strcmp(pw, "at") == 0)
        l = at, n = sizeof at / sizeof at[0];
    else if (strcmp(pw, "avec") == 0 || strcmp(pw, "con") == 0 || strcmp(pw, "com") == 0)
        l = avec, n = sizeof avec / sizeof avec[0];
    else if (strcmp(pw, "a") == 0 || strcmp(pw, "\303\240") == 0 || strcmp(pw, "ao") == 0 ||
             strcmp(pw, "para") == 0)
        l = ask_a, n = sizeof ask_a / sizeof ask_a[0];
    else if (strcmp(pw, "by") == 0) {
        if (ticket_verb(pw2))
            return 1;
        l = by, n = sizeof by / sizeof by[0];
    } else if ((pw[0] == 'p' || pw[0] == 'd' || pw[0] == 'v') &&
               (strcmp(pw, "par") == 0 || strcmp(pw, "door") == 0 || strcmp(pw, "por") == 0 ||
                strcmp(pw, "da") == 0 || strcmp(pw, "von") == 0))
        return ticket_verb(pw2);
    else if ((pw[0] == 'm' || pw[0] == 'h') &&
             (strcmp(pw, "me") == 0 || strcmp(pw, "him") == 0 || strcmp(pw, "her") == 0))
        l = me, n = sizeof me / sizeof me[0];
    else
        return 0;
    for (size_t k = 0; k < n; k++)
        if (strcmp(pw2, l[k]) == 0)
            return 1;
    return 0;
}

/* "forward this to X", "send it to X": near_verb() for "to" past an object pronoun (pw2) before
 * it, given the word before that (pw3) */
static int near_verb_obj(const char *pw, const char *pw2, const char *pw3)
{
    if (strcmp(pw, "to") != 0 || !(strcmp(pw2, "this") == 0 || strcmp(pw2, "it") == 0 ||
                                   strcmp(pw2, "them") == 0 || strcmp(pw2, "that") == 0))
        return 0;
    return near_verb(pw, pw3);
}

/* "zugewiesen an", "assigné à", "toegewezen aan", "asignado a", "assegnato a" */
static int assigned(const char *pw, const char *pw2)
{
    static const char *const w[] = {
        "zugewiesen", "assigné",    "assignée",    "toegewezen",     "asignado", "asignada",
        "assegnato",  "assegnata",  "zugeordnet",  "weitergeleitet", "attribué", "attribuée",
        "toegekend",  "reasignado", "riassegnato", "atribuído",      "atribuída"};
    if ((pw[0] != 'a' && pw[0] != '\303') ||
        (strcmp(pw, "an") != 0 && strcmp(pw, "\303\240") != 0 && strcmp(pw, "aan") != 0 &&
         strcmp(pw, "a") != 0))
        return 0;
    if (NW_ONE_OF(pw2, w))
        return 1;
    return 0;
}

/* Two words after the run that say a person spoke: "a dit", "ha detto", "heeft gezegd". */
static int said_after(const struct sc *s, const char *nw, size_t we)
{
    static const char *const pairs[][2] = {
        {"a", "dit"},        {"a", "écrit"},    {"a", "répondu"},       {"a", "appelé"},
        {"ha", "detto"},     {"ha", "scritto"}, {"ha", "risposto"},     {"heeft", "gezegd"},
        {"heeft", "gebeld"}, {"hat", "gesagt"}, {"hat", "geschrieben"}, {"hat", "angerufen"},
    };
    if (strcmp(nw, "a") != 0 && strcmp(nw, "ha") != 0 && strcmp(nw, "hat") != 0 &&
        strcmp(nw, "heeft") != 0)
        return 0;
    char b[32];
    size_t we2;
    const char *n2 = NULL;
    for (size_t k = 0; k < sizeof pairs / sizeof pairs[0]; k++) {
        if (strcmp(nw, pairs[k][0]) != 0)
            continue;
        if (!n2)
            n2 = nw_word_after(s, we, &we2, b, sizeof b);
        if (strcmp(n2, pairs[k][1]) == 0)
            return 1;
    }
    return 0;
}

/* A street address right after the run and a comma: "Maria Keller, 12 Baker Street". */
static int addr_follows(const struct sc *s, size_t end)
{
    if (!(s->kinds & (1u << ANON_NAMES_ADDRESS)) || end + 2 >= s->len || s->t[end] != ',' ||
        s->t[end + 1] != ' ')
        return 0;
    size_t i = end + 2;
    if (is_digit(s->t[i]))
        return nw_addr_number_first(s, i) != 0;
    if (!nw_upper(s->t + i, s->len - i))
        return 0;
    struct word w;
    nw_parse_word(s, i, &w);
    return w.shape == SH_NAME && nw_addr_word_first(s, &w) != 0;
}

/* An e-mail address in angle brackets right after the run: the run is its display name
 * ("From: Maria Keller <mk@x.de>", "On Mon, ... Maria Keller <mk@x.de> wrote:", "\"Maria
 * Keller\" <mk@x.de>", "Maria Keller (<mk@x.de>)"). */
static int email_follows(const struct sc *s, size_t end)
{
    const uint8_t *t = s->t;
    size_t i = end;
    if (i < s->len && t[i] == '"')
        i++;
    if (i + 1 >= s->len || t[i] != ' ')
        return 0;
    i++;
    if (t[i] == '(')
        i++;
    if (i >= s->len || t[i] != '<')
        return 0;
    int at = 0;
    for (size_t k = i + 1; k < s->len && k - i < 96; k++) {
        if (t[k] == '>')
            return at && k > i + 3;
        if (t[k] == '@')
            at = 1;
        else if (t[k] == ' ' || t[k] == '<' || t[k] == '\n')
            return 0;
    }
    return 0;
}

/* A birth label or verb right after the run and a comma: "Anna Vogt, born 4 March 1987",
 * "Vogt, DOB: ...", "Dupont, né le ...", "Rossi, nato il ...". */
static int birth_follows(const struct sc *s, size_t end)
{
    static const char *const w[] = {"born ",
                                    "b. ",
                                    "dob",
                                    "d.o.b",
                                    "date of birth",
                                    "birth",
                                    "geb. ",
                                    "geb.:",
                                    "geboren ",
                                    "geburtsdatum",
                                    "né le",
                                    "née le",
                                    "né(e)",
                                    "ddn ",
                                    "date de naissance",
                                    "nacido ",
                                    "nacida ",
                                    "fecha de nac",
                                    "f. nac",
                                    "nato ",
                                    "nata ",
                                    "nato/a",
                                    "data di nascita",
                                    "geboortedatum",
                                    "geb. datum"};
    const uint8_t *t = s->t;
    if (end + 3 >= s->len || t[end] != ',' || t[end + 1] != ' ')
        return 0;
    size_t i = end + 2;
    uint8_t c0 = t[i] | (t[i] < 0x80 ? 32 : 0); /* most words leave at their first byte */
    if (c0 != 'b' && c0 != 'd' && c0 != 'g' && c0 != 'n' && c0 != 'f')
        return 0; /* the first bytes of w[]: a word added there with another one belongs here */
    for (size_t k = 0; k < sizeof w / sizeof w[0]; k++) {
        if ((uint8_t)w[k][0] != c0)
            continue;
        size_t n = strlen(w[k]), q = 0;
        if (i + n > s->len)
            continue;
        while (q < n && (t[i + q] | (t[i + q] < 0x80 ? 32 : 0)) == (uint8_t)w[k][q])
            q++;
        if (q == n)
            return 1;
    }
    return 0;
}

static int plain_words(const struct sc *s, size_t start, size_t end);

/* A JSON key or an array element of several words, in JSON pasted as text: {"Anna Vogt": {...}},
 * ["Anna Vogt", "Jan de Boer"]. The run is the whole string; before its quote comes '{', '[' or
 * ',' (a member's value has ':' there). */
static int json_ctx(const struct sc *s, size_t start, size_t end)
{
    const uint8_t *t = s->t;
    if (start < 2 || end >= s->len || t[end] != '"' || t[start - 1] != '"' ||
        !memchr(t + start, ' ', end - start))
        return 0;
    size_t b = start - 1;
    while (b > 0 && (t[b - 1] == ' ' || t[b - 1] == '\n' || t[b - 1] == '\t' || t[b - 1] == '\r'))
        b--;
    if (b == 0 || (t[b - 1] != '{' && t[b - 1] != '[' && t[b - 1] != ','))
        return 0;
    return plain_words(s, start, end); /* not ["Apache Kafka", "Red Hat"] */
}

/* No word of text[start .. end) is an ordinary word or a product's ("The World", "Apache
 * Kafka", "Red Hat"): what a weak context asks of a run of names it alone vouches for. */
static int plain_words(const struct sc *s, size_t start, size_t end)
{
    const uint8_t *t = s->t;
    for (size_t i = start; i < end;) {
        size_t e = i;
        while (e < end && t[e] != ' ')
            e++;
        char b1[32];
        unsigned lx = anon_names_lexicon((const char *)t + i, e - i);
        if (nw_not_name(nw_fold_span(s, i, e, b1, sizeof b1)) ||
            ((lx & (ANON_NL_COMMON_EN | ANON_NL_COMMON)) && !(lx & ANON_NL_ATTESTED)))
            return 0;
        i = e + 1;
    }
    return 1;
}

/* "Cheers, Maria" ending its line or text: a closing, then the signature on the same line. */
static int closing_ctx(const struct sc *s, size_t start, size_t end)
{
    const uint8_t *t = s->t;
    size_t q = start, ws;
    while (q > 0 && t[q - 1] == ' ')
        q--;
    if (q == start || q == 0 || t[q - 1] != ',')
        return 0;
    size_t j = end; /* raw JSON, one level or two: "\\n", "\\\\n", the string's end "\\\"" */
    while (j < s->len && j - end < 4 && t[j] == '\\')
        j++;
    if (!(end >= s->len || strchr("\n\r.!\"", t[end]) ||
          (j > end && j < s->len && (t[j] == 'n' || t[j] == 'r' || t[j] == '"'))))
        return 0;
    char buf[32];
    const char *pw = word_before(s, q - 1, &ws, buf, sizeof buf);
    return *pw && nw_closing(pw);
}

/* "What's your name? Maria", "her maiden name is Keller" (that one in context()), "under my
 * partner's name Maria Keller": the word "name" right before the run (pw: the word before). */
static int name_asked(const struct sc *s, size_t start, const char *pw)
{
    static const char *const w[] = {"name", "surname", "names", "nombre", "nom", "naam"};
    const uint8_t *t = s->t;
    size_t q = start, ws;
    char buf[16];
    while (q > 0 && t[q - 1] == ' ')
        q--;
    int asked = q > 0 && t[q - 1] == '?';
    if (asked)
        pw = word_before(s, q - 1, &ws, buf, sizeof buf);
    else if (q == start || !*pw)
        return 0;
    int hit = 0;
    if (pw[0] == 'n' || pw[0] == 's') /* every word of w[] starts so: most pw leave here */
        for (size_t k = 0; k < sizeof w / sizeof w[0] && !hit; k++)
            hit = strcmp(pw, w[k]) == 0;
    if (!hit)
        return 0;
    if (!asked)
        word_before(s, start, &ws, buf, sizeof buf); /* where the word before starts */
    if (t[ws] >= 'A' && t[ws] <= 'Z')                /* "Name Service Switch" */
        return 0;
    if (asked)
        return 1;
    /* "my name Maria" is rare, "partner's name Maria Keller", "maiden name Keller" are not */
    static const char *const whose[] = {"first", "full", "last",  "maiden", "my",   "your",
                                        "his",   "her",  "their", "family", "given"};
    char b2[24];
    size_t ws2;
    const char *p2 = word_before(s, ws, &ws2, b2, sizeof b2);
    size_t l2 = strlen(p2);
    if (l2 > 2 && p2[l2 - 2] == '\'' && p2[l2 - 1] == 's')
        return 1;
    if (NW_ONE_OF(p2, whose))
        return 1;
    return 0;
}

/* The run is a line of its own and an address block follows it, at once or after one line (a
 * company): "Maria Keller\n12 Baker Street\nLondon". */
static int block_ctx(const struct sc *s, size_t start, size_t end)
{
    const uint8_t *t = s->t;
    size_t ls;
    if (!(s->kinds & (1u << ANON_NAMES_ADDRESS)) || end >= s->len ||
        !(t[end] == '\n' || t[end] == '\r' || t[end] == ' ' || t[end] == '\\') ||
        !starts_line(s, start, &ls))
        return 0;
    /* a company line also stands before an address: a given name first, and a surname */
    size_t w1 = start;
    while (w1 < end && t[w1] != ' ')
        w1++;
    if (w1 >= end || (!(anon_names_lexicon((const char *)t + start, w1 - start) & ANON_NL_GIVEN) &&
                      !nw_doc_name_line(s, start, end)))
        return 0;
    size_t i = end;
    for (int line = 0; line < 2; line++) {
        while (i < s->len && (t[i] == ' ' || t[i] == '\t'))
            i++;
        size_t nl = 0;
        while (i < s->len) { /* line breaks, blank lines and the block's markup */
            size_t b = t[i] == '\n' || t[i] == '\r'                          ? 1
                       : (t[i] == '\\' && i + 1 < s->len && t[i + 1] == 'n') ? 2
                                                                             : 0;
            if (b) {
                nl++;
                i += b;
            } else if (nl && strchr(" \t>?*", t[i])) {
                i++;
            } else {
                break;
            }
        }
        if (!nl || nl > 2 || i >= s->len)
            return 0;
        if (is_digit(t[i]) && nw_addr_number_first(s, i))
            return 1;
        if (t[i] == 'P' && nw_addr_pobox(s, i))
            return 1;
        if (!nw_upper(t + i, s->len - i))
            return 0;
        struct word aw; /* "Via Roma 12", "Hauptstraße 22": a street named first */
        nw_parse_word(s, i, &aw);
        if (aw.shape == SH_NAME && nw_addr_word_first(s, &aw))
            return 1;
        if (line == 1)
            return 0;
        size_t k = i; /* one line in between: a company name */
        while (k < s->len && k - i < 60 && t[k] != '\n' && t[k] != '\r' && t[k] != '\\')
            k++;
        i = k;
    }
    return 0;
}

/* A lone word that opens a list of given names: "Alpatu, Maria, Kelly and Gregory". */
static int list_follows(const struct sc *s, size_t end)
{
    const uint8_t *t = s->t;
    size_t i = end;
    for (int k = 0; k < 2; k++) {
        if (i + 2 >= s->len || t[i] != ',' || t[i + 1] != ' ' ||
            !nw_upper(t + i + 2, s->len - i - 2))
            return 0;
        struct word w;
        nw_parse_word(s, i + 2, &w);
        if (w.shape != SH_NAME || !(w.lex & ANON_NL_GIVEN) ||
            ((w.lex & ANON_NL_COMMON_EN) && !(w.lex & ANON_NL_ATTESTED)))
            return 0;
        i = w.e;
    }
    return 1;
}

/* Is pw one of the words after which context() looks at the word before it: "good morning",
 * "assigned to", near_verb()'s prepositions, assigned()'s, "name is"? */
static int pw2_matters(const char *pw)
{
    static const char *const w[] = {
        "to",       "from",     "with", "at",   "by",        "me",      "him",     "her",
        "an",       "\303\240", "aan",  "a",    "is",        "name's",  "morning", "par",
        "door",     "por",      "da",   "von",  "afternoon", "evening", "es",      "ist",
        "\303\251", "\303\250", "am",   "avec", "con",       "com",     "ao",      "para"};
    switch (pw[0]) {
    case 'c':
    case 'a':
    case 'b':
    case 'd':
    case 'p':
    case 'v':
    case 'e':
    case 'f':
    case 'h':
    case 'i':
    case 'm':
    case 'n':
    case 't':
    case 'w':
    case '\303':
        break;
    default:
        return 0;
    }
    if (NW_ONE_OF(pw, w))
        return 1;
    return 0;
}

/* "mi nombre es X", "o meu nome é X", "il mio nome è X", "mein Name ist X", "mijn naam is X",
 * "je m'appelle X": the speaker's own name, a strong cue in every locale as "my name is" is
 * (names_famous.c's personal_cue() lets it win over the famous-people gazetteer). */
static int own_name_is(const char *pw, const char *pw2)
{
    /* every pw below opens with 'm', 'e', 'i' or the lead byte of "é"/"è": "am", "to" leave */
    if (pw[0] != 'm' && pw[0] != 'e' && pw[0] != 'i' && pw[0] != '\303')
        return 0;
    if (strcmp(pw, "m'appelle") == 0 || strcmp(pw, "m\342\200\231appelle") == 0)
        return 1;
    return (strcmp(pw, "es") == 0 && strcmp(pw2, "nombre") == 0) ||
           ((strcmp(pw, "\303\251") == 0 || strcmp(pw, "\303\250") == 0) &&
            strcmp(pw2, "nome") == 0) ||
           (strcmp(pw, "ist") == 0 && strcmp(pw2, "name") == 0) ||
           (strcmp(pw, "is") == 0 && strcmp(pw2, "naam") == 0);
}

/* strong_may()'s cheap test for own_name_is()'s word before the run, raw: "es", "ist", "is",
 * "é", "è" or a word ending in "appelle". */
static int own_name_may(const uint8_t *w, size_t n)
{
    if (n == 2)
        return (((w[0] | 32) == 'e' || (w[0] | 32) == 'i') && (w[1] | 32) == 's') ||
               (w[0] == 0xC3 && (w[1] == 0xA9 || w[1] == 0xA8));
    if (n == 3)
        return ((w[0] | 32) == 'i' && w[1] == 's' && w[2] == 't');
    if (n >= 7)
        return memcmp(w + n - 7, "appelle", 7) == 0;
    return 0;
}

/* What the words around run[0 .. n) say: CTX_STRONG, CTX_WEAK or CTX_NONE; *list when a list
 * label opened it. */
static int context(const struct sc *s, size_t start, size_t end, int *list, const char *nw,
                   size_t we, int poss)
{
    char b1[32], b2[32], b3[32];
    size_t ws, ws2, ws3;
    *list = 0;
    if (email_follows(s, end))
        return CTX_STRONG;
    if (start >= 3 && s->t[start - 1] == '-' && nw_particles_arabic(s, start - 3))
        start -= 3; /* "Mr. al-Rashid": the article is the name's */
    const char *pw = word_before(s, start, &ws, b1, sizeof b1);
    /* the lists pw is in, in one probe: nw_particle(pw) is pc & C_PART, and so on */
    unsigned pc = nw_cats(pw);
    if ((pc & C_PART) && (strcmp(pw, "von") == 0 || strcmp(pw, "da") == 0)) {
        size_t wsp; /* "Erstellt von X", "Segnalato da X": a preposition, not a particle */
        if (near_verb(pw, word_before(s, ws, &wsp, b2, sizeof b2)) &&
            memchr(s->t + start, ' ', end - start))
            return CTX_WEAK;
    }
    if ((pc & C_PART) || nw_particles_name_word(pw)) { /* "Dhr. van der Berg": the title */
        char b0[32];
        size_t ws0 = ws;
        memcpy(b0, pw, strlen(pw) + 1); /* pw is at most 31 bytes: it lives in b1[32] */
        for (int k = 0; k < 2 && (nw_particle(pw) || nw_particles_name_word(pw)); k++)
            pw = word_before(s, ws, &ws, b1, sizeof b1);
        if (!nw_honorific(pw) && !nw_salutation(pw) && !nw_label(pw)) {
            memcpy(b1, b0, strlen(b0) + 1); /* "schickt das Angebot": an article */
            pw = b1;
            ws = ws0;
        }
        pc = nw_cats(pw);
    }
    if (*pw) {
        if (pc & C_HON)
            return CTX_STRONG;
        size_t ls;
        if ((pc & C_SAL) && starts_line(s, ws, &ls))
            return CTX_STRONG;
        /* the word before pw matters only after these (below and in near_verb(), assigned()) */
        const char *pw2 = "";
        ws2 = ws;
        if (pw2_matters(pw))
            pw2 = word_before(s, ws, &ws2, b2, sizeof b2);
        /* the greetings of the day, "to", near_verb()'s and assigned()'s words are all C_NEAR
         * (names_words.c's near[]): for any other pw the five tests below say no */
        if (pc & C_NEAR) {
            if (strcmp(pw, "morning") == 0 || strcmp(pw, "afternoon") == 0 ||
                strcmp(pw, "evening") == 0)
                if (strcmp(pw2, "good") == 0 && starts_line(s, ws2, &ls))
                    return CTX_STRONG;
            if (strcmp(pw, "to") == 0 &&
                (strcmp(pw2, "assigned") == 0 || strcmp(pw2, "married") == 0))
                return CTX_STRONG;
            /* a lone word only after "at" or "me" ("shouted at Cheryl", "call me Mark"): "from
             * Kubernetes" is a product */
            if (near_verb(pw, pw2) &&
                (memchr(s->t + start, ' ', end - start) || strcmp(pw, "at") == 0 ||
                 strcmp(pw, "me") == 0 || strcmp(pw, "him") == 0 || strcmp(pw, "her") == 0))
                return CTX_WEAK;
            if (assigned(pw, pw2)) /* "Zugewiesen an X", "Assigné à X", "Toegewezen aan X" */
                return CTX_STRONG;
            if (*pw2 && memchr(s->t + start, ' ', end - start) &&
                near_verb_obj(pw, pw2, word_before(s, ws2, &ws3, b3, sizeof b3)))
                return CTX_WEAK; /* "forward this to X" */
        }
        if (own_name_is(pw, pw2))
            return CTX_STRONG; /* "mi nombre es", "o meu nome é", "mein Name ist", "je m'appelle" */
        if (pw[0] == 'a' && strcmp(pw, "am") == 0 && strcmp(pw2, "i") == 0 &&
            memchr(s->t + start, ' ', end - start))
            return CTX_WEAK; /* "Hi, I am Kaen Weindling" as "I'm": a full name, not "I am Happy" */
        if (strcmp(pw, "is") == 0 || strcmp(pw, "name's") == 0) {
            if (strcmp(pw2, "name") == 0 || strcmp(pw, "name's") == 0)
                return CTX_STRONG;
            if (strcmp(pw2, "this") == 0 && starts_line(s, ws2, &ls))
                return CTX_STRONG;
        } else if ((pc & C_INTRO) && strcmp(pw, "this is") != 0) {
            if (strcmp(pw, "i'm") == 0 || strcmp(pw, "im") == 0 || strcmp(pw, "soy") == 0 ||
                strcmp(pw, "sono") == 0)
                return CTX_WEAK;
            if (strcmp(pw, "bin") != 0 && strcmp(pw, "ben") != 0 && strcmp(pw, "suis") != 0 &&
                strcmp(pw, "sou") != 0)
                return CTX_STRONG; /* "je m'appelle", "ich heiße", "ik heet", "me llamo" */
            if (memchr(s->t + start, ' ', end - start))
                return CTX_WEAK; /* a full name; "Ich bin Arzt", "Je suis Docteur": a job */
        }
    }
    int lc = label_ctx(s, start, list);
    size_t ps; /* names_particles.c: "Patient: van der Berg" */
    if (!lc && (ps = nw_particles_lead(s, start)) < start)
        lc = label_ctx(s, ps, list);
    if (lc == 1 || nw_key_ctx(s, start, end) || signature_ctx(s, start) ||
        closing_ctx(s, start, end) || name_asked(s, start, pw))
        return CTX_STRONG;
    if (lc == 2)
        return CTX_WEAK;
    int lk = nw_leaks39_ctx(s, start, end); /* "@author X", "Dental chart – X (12.03.2024)" */
    if (lk == CTX_STRONG || (lk && s->hint != ANON_NAMES_HINT_STRONG))
        return lk;
    /* the prescan only asks whether the context is strong: past here only "X was born" is, and
     * block_ctx() (weak) comes first; the weak signals after the run are not looked at */
    int strong_only = s->hint == ANON_NAMES_HINT_STRONG;
    if (!strong_only && (block_ctx(s, start, end) || nw_prose41_ctx(s, start, end)))
        return CTX_WEAK; /* names_prose41.c: "my grandmother X", "a eulogy for X", "Signé X" */
    /* the helper files' weak contexts (names_docs.c, names_prose.c, names_bare.c,
     * names_context2.c, names_informal.c, names_informal2.c, names_prose7.c: "X Y (my
     * landlord)", names_chat9.c: "<Maria> gg", names_fam10a.c: "between X and Y", names_docs4.c:
     * "children X, Y and Z"), each asked only where the bytes around the run allow it
     * (names_ctxgate.c, the same answer as asking all ten); names_docs4.c's alone opens a list */
    if (!strong_only && nw_ctx_helpers(s, start, end)) {
        if (nw_docs4_ctx(s, start) &&
            !(nw_doc_ctx(s, start, end) || nw_prose_ctx(s, start, end) ||
              nw_bare_list_ctx(s, start) || nw_ctx2_ctx(s, start, end) ||
              nw_informal_ctx(s, start, end) || nw_informal2_ctx(s, start, end) ||
              nw_prose7_ctx(s, start, end) || nw_chat9_ctx(s, start, end) ||
              nw_fam10a_ctx(s, start, end)))
            *list = 1;
        return CTX_WEAK;
    }
    /* after the run (nw, ending at we, after a possessive if poss): a verb, "was born", a
     * possessive with a relation */
    if (strong_only && poss)
        return CTX_NONE;
    if (poss && memchr(s->t + start, ' ', end - start) && plain_words(s, start, end))
        return CTX_WEAK; /* "Anna Vogt's laptop": a full name owns things */
    if (poss) {
        static const char *const rel[] = {
            "account", "address", "birthday", "boss",   "brother", "daughter", "email", "father",
            "friend",  "husband", "manager",  "mother", "phone",   "sister",   "son",   "wife"};
        if (NW_ONE_OF(nw, rel))
            return CTX_WEAK;
        return CTX_NONE;
    }
    if ((nw[0] == 'w' || nw[0] == 'i') &&
        (strcmp(nw, "was") == 0 || strcmp(nw, "is") == 0 || strcmp(nw, "wurde") == 0)) {
        size_t we2;
        const char *n2 = nw_word_after(s, we, &we2, b2, sizeof b2);
        if (strcmp(n2, "born") == 0 || strcmp(n2, "geboren") == 0)
            return strong_only && block_ctx(s, start, end) ? CTX_WEAK : CTX_STRONG;
        return CTX_NONE;
    }
    if (strong_only)
        return CTX_NONE;
    if (*nw && nw_verb_after(nw))
        return CTX_WEAK;
    if (*nw && said_after(s, nw, we))
        return CTX_WEAK;
    if (addr_follows(s, end)) /* "ship to Maria Keller, 12 Baker Street" */
        return CTX_WEAK;
    if (birth_follows(s, end) || json_ctx(s, start, end))
        return CTX_WEAK;
    if (list_follows(s, end))
        return CTX_WEAK;
    if (*pw && (pc & C_VB)) /* nw_verb_before(pw) */
        return CTX_WEAK;
    return CTX_NONE;
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

/* term_follows() given the word after the run (nw, from after_run() at i) */
static int term_after_run(const struct sc *s, size_t i, const char *nw)
{
    if (i < s->len && s->t[i] != ' ')
        return 0;
    return nw_term_after(nw);
}

/* The word before a run is a particle that starts at ws: does context() walk back over it (and
 * one more) to a title, a greeting or a label ("Dhr. van der Berg", "Dear de Vries")? */
static int title_particles(const struct sc *s, size_t ws)
{
    /* the word before the particle, bounded as word_before() bounds it, must begin as a
     * particle, a title, a greeting or a label does ("damit der Cache": no fold, no look-up) */
    const uint8_t *t = s->t;
    size_t e = ws;
    while (e > 0 && (t[e - 1] == ' ' || t[e - 1] == '\t'))
        e--;
    size_t a = e;
    while (a > 0 && e - a < 24 && word_byte(t[a - 1]))
        a--;
    a = word_after_escape(t, a, e);
    while (e > a && t[e - 1] == '.')
        e--;
    if (e - a >= 24 || !nw_prefix_may(t + a, e - a, C_PART | C_HON | C_SAL | C_LABEL))
        return 0;
    char b[32];
    const char *w = word_before(s, ws, &ws, b, sizeof b);
    if (nw_particle(w)) /* "van der" */
        w = word_before(s, ws, &ws, b, sizeof b);
    return *w && (nw_cats(w) & (C_HON | C_SAL | C_LABEL)) != 0;
}

/* A necessary condition for context() == CTX_STRONG, which is all the prescan asks of a run
 * (ANON_NAMES_HINT_STRONG), cheap where context() is not: each strong signal of context() needs
 * one of these. A particle before the run is walked back as context() does it; past that, the
 * strong signals of the word before are all in a few lists (a title, a greeting, "to" and the
 * prepositions of "assigned to", "is", "name's", an intro), "X was born" is read as context()
 * reads it; label_ctx() is asked only after a ':' or '=', signature_ctx() only at a line start
 * after a line break, name_asked() only after "name"-like words, and closing_ctx() and
 * email_follows() themselves (each leaves at once on most text). nw_audit_strong_may() pins
 * this to context(): when adding a strong signal there, add it here. */
static int strong_may(const struct sc *s, size_t start, size_t end)
{
    const uint8_t *t = s->t;
    if (start >= 3 && t[start - 1] == '-' && nw_particles_arabic(s, start - 3))
        start -= 3; /* as context() reads "Mr. al-Rashid" */
    /* email_follows() needs " <" or " (<" after the run (a '"' before it), closing_ctx() a ','
     * before it: asked only then */
    size_t ea = end + (end < s->len && t[end] == '"'), cb = start;
    while (cb > 0 && t[cb - 1] == ' ')
        cb--;
    if ((ea + 2 < s->len && t[ea] == ' ' && (t[ea + 1] == '<' || t[ea + 1] == '(') &&
         email_follows(s, end)) ||
        (cb < start && cb > 0 && t[cb - 1] == ',' && closing_ctx(s, start, end)))
        return 1;
    int poss;
    size_t j = after_run(s, end, &poss);
    while (!poss && j < s->len && t[j] == ' ')
        j++;
    if (!poss && j < s->len && ((t[j] | 32) == 'w' || (t[j] | 32) == 'i')) {
        char b[8]; /* "was born", "is born", "wurde geboren", as context() reads them */
        size_t we;
        const char *nw = nw_word_after(s, j, &we, b, sizeof b);
        if (strcmp(nw, "was") == 0 || strcmp(nw, "is") == 0 || strcmp(nw, "wurde") == 0) {
            nw = nw_word_after(s, we, &we, b, sizeof b);
            if (strcmp(nw, "born") == 0 || strcmp(nw, "geboren") == 0)
                return 1;
        }
    }
    size_t e = start, lo = start > 8 ? start - 8 : 0; /* e > 0 && start - e < 8: one bound */
    while (e > lo && lead_mark(t[e - 1]))
        e--;
    int list;
    if (e > 0 && (t[e - 1] == ':' || t[e - 1] == '=') && label_ctx(s, start, &list) == 1)
        return 1; /* "Patient: X", but not "content": "X" */
    /* signature_ctx(): starts_line(), and a line break before the line */
    size_t i = start; /* a line mark is no break's byte ('\n', '\r', 'n', 'r'): no break_at() */
    lo = start > 16 ? start - 16 : 0;
    while (i > lo && line_mark(t[i - 1]))
        i--;
    if (i > 0 && break_at(t, i) && signature_ctx(s, start))
        return 1;
    /* the word before, as word_before() takes it, looked at raw before it is folded */
    size_t q = cb; /* past the spaces before the run already */
    while (q > 0 && (t[q - 1] == ' ' || t[q - 1] == '\t'))
        q--;
    size_t pe = q, pb = q;
    lo = q > 24 ? q - 24 : 0; /* pb > 0 && pe - pb < 24 */
    while (pb > lo && word_byte(t[pb - 1]))
        pb--;
    pb = word_after_escape(t, pb, pe);
    while (pe > pb && t[pe - 1] == '.')
        pe--;
    if (pe - pb >= 24)
        pe = pb;
    int part = pe > pb && pe - pb <= 6 ? nw_particles_word(t + pb, pe - pb) : 0;
    if (part && (label_ctx(s, nw_particles_lead(s, pb), &list) == 1 ||
                 (part == 2 && title_particles(s, pb))))
        return 1; /* as context() reads "Patient: van der X", "Frau von dem X" */
    /* name_asked() after a '?': the word before it is "name", "surname", "names", "nombre",
     * "nom" or "naam", so it ends in "me", "es", "re", "om" or "am" */
    size_t k = cb; /* the spaces before the run, as above */
    int asked = 0;
    if (k > 0 && t[k - 1] == '?') {
        size_t a = k - 1;
        while (a > 0 && (t[a - 1] == ' ' || t[a - 1] == '\t'))
            a--;
        while (a > 0 && t[a - 1] == '.')
            a--;
        if (a >= 2) {
            uint8_t x = t[a - 2] | 32, y = t[a - 1] | 32;
            asked = (y == 'e' && (x == 'm' || x == 'r')) || (y == 's' && x == 'e') ||
                    (y == 'm' && (x == 'o' || x == 'a'));
        }
    }
    if (pe == pb) /* no word before: only the question is left */
        return asked && name_asked(s, start, "");
    int listed = nw_could_be(t + pb, pe - pb, 0),
        named = (t[pb] | 32) == 'n' || (t[pb] | 32) == 's';
    char b1[32];
    size_t ws = pb; /* word_before(s, start, &ws, ...) is the folding of t[pb .. pe) */
    if (pe - pb <= 10 && own_name_may(t + pb, pe - pb)) {
        char b2[32];
        size_t ws2;
        const char *pw0 = nw_fold_span(s, pb, pe, b1, sizeof b1);
        if (own_name_is(pw0, word_before(s, pb, &ws2, b2, sizeof b2)))
            return 1; /* "mi nombre es X", "je m'appelle X", as context() reads them */
    }
    if (!listed && !named && !asked)
        return 0; /* no list word, no "name" nor "surname", no question */
    const char *pw = nw_fold_span(s, pb, pe, b1, sizeof b1);
    unsigned cats = listed && *pw ? nw_cats(pw) : 0;
    if ((cats & C_PART) && title_particles(s, ws))
        return 1;
    if (cats & (C_HON | C_SAL | C_NEAR | C_INTRO))
        return 1;
    return (asked || named) && name_asked(s, start, pw);
}

int nw_audit_strong_may(const char *text, size_t len)
{
    struct sc s;
    memset(&s, 0, sizeof s);
    s.t = (const uint8_t *)text;
    s.len = len;
    s.kinds = 1u << ANON_NAMES_PERSON;
    s.hint = ANON_NAMES_HINT_STRONG;
    int strong = 0;
    for (size_t i = 0; i < len; i++) {
        if (!nw_upper(s.t + i, len - i) || !word_start_ok(&s, i))
            continue;
        for (size_t e = i + 1; e <= len && e - i <= 64; e++) {
            if (e < len && (is_alnum(s.t[e]) || s.t[e] >= 0x80 || s.t[e] == '-'))
                continue; /* every end of a word, as the end of a run */
            int poss, list;
            size_t ai = after_run(&s, e, &poss), we;
            char nwb[32];
            const char *nw = nw_word_after(&s, ai, &we, nwb, sizeof nwb);
            if (context(&s, i, e, &list, nw, we, poss) != CTX_STRONG)
                continue;
            if (!strong_may(&s, i, e))
                return -1;
            strong++;
        }
    }
    return strong;
}

int nw_lexname(unsigned f)
{
    return (f & (ANON_NL_GIVEN | ANON_NL_NAME)) != 0;
}

/* Is w a word of a person found earlier in this text, at most 1 KiB before it ("Maria Keller
 * ... Maria said")? At most 8 people of at most MAX_RUN words each: a bounded cost per word. */
static int seen_word(const struct sc *s, const struct word *w)
{
    size_t n = w->e - w->s;
    const uint8_t *t = s->t;
    for (unsigned k = 0; k < s->nseen && k < 8; k++) {
        size_t a = s->seen[k][0], b = s->seen[k][1];
        if ((a <= w->s && w->s < b) || w->s < b || w->s - b > 1024)
            continue; /* that person is this run, or is far away: another document */
        for (size_t p = a; p < b;) {
            size_t q = p;
            while (q < b && t[q] != ' ')
                q++;
            if (q - p == n && memcmp(t + p, t + w->s, n) == 0)
                return 1;
            p = q + 1;
        }
    }
    return 0;
}

static void seen_add(struct sc *s, size_t a, size_t b)
{
    s->seen[s->nseen % 8][0] = a;
    s->seen[s->nseen % 8][1] = b;
    s->nseen++;
}

static int known_word(const struct sc *s, const struct word *w)
{
    if ((!s->known && !s->nseen) || w->shape != SH_NAME || w->e - w->s < 2)
        return 0;
    if ((w->lex & ANON_NL_COMMON_EN) && !nw_lexname(w->lex))
        return 0;
    if (s->nseen && seen_word(s, w))
        return 1;
    return s->known && anon_names_known_has(s->known, (const char *)s->t + w->s, w->e - w->s) > 0;
}

/* ---- people --------------------------------------------------------------------------------- */
/* The capitalised particles of Irish names, written before the surname after a given name. */
static int gaelic_particle(const uint8_t *w, size_t n)
{
    if (n > 3 || !(w[0] == 'N' || w[0] == 'M' || w[0] == 'U' || w[0] == 0xC3))
        return 0;
    static const char *const p[] = {"\xC3\x93", "N\xC3\xAD", "Nic", "Mac", "Mc", "Ua", "U\xC3\xAD"};
    for (size_t k = 0; k < sizeof p / sizeof p[0]; k++)
        if (strlen(p[k]) == n && memcmp(w, p[k], n) == 0)
            return 1;
    return 0;
}

/* Collects the run of name-shaped words that starts with w0. Returns its length. */
/* Does the word at q begin the next label on the line, so that the value before it ends there
 * ("Nachname: Keller Vorname: Maria", "Nom : DUPONT Prénom : Jean", "Name: Keller First name:
 * Maria")? The words from q to a ':' and its own value are a person label, or q's word alone
 * stands before the ':' of a value that itself follows a label's ':'. */
static int label_next(const struct sc *s, const struct word *run, const struct word *w)
{
    const uint8_t *t = s->t;
    size_t q = w->s, c = q, words = 1;
    while (c < s->len && c - q < 32 && t[c] != ':') {
        if (t[c] == ' ')
            words += c > q && t[c - 1] != ' ';
        else if (t[c] < 0x80 && !((t[c] | 0x20) >= 'a' && (t[c] | 0x20) <= 'z') && t[c] != '-')
            return 0;
        c++;
    }
    /* the label's own value follows on the line */
    if (c + 2 >= s->len || t[c] != ':' || words > 3 || (t[c + 1] != ' ' && t[c + 1] != '\t') ||
        t[c + 2] == '\n' || t[c + 2] == '\r' || t[c + 2] == ' ')
        return 0;
    size_t e = c;
    while (e > q && t[e - 1] == ' ')
        e--;
    char buf[40];
    if (e - q < sizeof buf && nw_label(nw_fold_span(s, q, e, buf, sizeof buf)))
        return 1;
    if (e != w->e)
        return 0;
    size_t b = run[0].s;
    while (b > 0 && t[b - 1] == ' ')
        b--;
    return b > 0 && t[b - 1] == ':';
}

static size_t collect_run(const struct sc *s, const struct word *w0, struct word *run)
{
    static const char *const german_articles[] = {"das", "der", "die", "den", "dem"};
    const uint8_t *t = s->t;
    size_t n = 0, p = w0->e;
    run[n++] = *w0;
    while (n < MAX_RUN && p + 1 < s->len && t[p] == ' ') {
        size_t q = p + 1;
        struct word w;
        if (nw_upper(t + q, s->len - q)) {
            nw_parse_word(s, q, &w);
            if (w.shape == SH_OTHER && w.e == q + 1 && t[q] != 'I' && run[n - 1].shape == SH_NAME &&
                q + 2 < s->len && t[q + 1] == ' ' && nw_upper(t + q + 2, s->len - q - 2))
                w.shape = SH_INITIAL; /* a middle initial without its dot: "Kate M Begum" */
            else if (run[n - 1].shape == SH_NAME && gaelic_particle(t + q, w.e - q) &&
                     w.e + 1 < s->len && t[w.e] == ' ' && nw_upper(t + w.e + 1, s->len - w.e - 1))
                w.shape = SH_PARTICLE; /* "Deasoan Ó Buroihan", "Áine Mac Taierty" */
            if (w.shape == SH_PARTICLE && n + 1 < MAX_RUN) {
                run[n++] = w;
                p = w.e;
                continue;
            }
            if (w.shape != SH_NAME && w.shape != SH_INITIAL)
                break;
            if (w.e < s->len && (t[w.e] == ':' || t[w.e] == ' ') && label_next(s, run, &w))
                break;
            run[n++] = w;
            p = w.e;
            continue;
        }
        /* particles: "van", "de la", then a capitalised word */
        size_t e = q;
        while (e < s->len && e - q < 6 && t[e] >= 'a' && t[e] <= 'z')
            e++;
        if (e == q + 2 && nw_particles_arabic(s, q) && n + 2 < MAX_RUN) {
            nw_parse_word(s, q + 3, &w); /* "Yusuf al-Tarari", "Mr. el-Kawi" */
            if (w.shape != SH_NAME)
                break;
            run[n++] = (struct word){q, q + 3, SH_PARTICLE, 0};
            run[n++] = w;
            p = w.e;
            continue;
        }
        char buf[8];
        if (e == q || e >= s->len || t[e] != ' ' ||
            !((0x328091Bu >> (t[q] - 'a')) & 1) /* a b d e i l t v y z */ ||
            !nw_particle(nw_fold_span(s, q, e, buf, sizeof buf)))
            break;
        size_t r = e + 1;
        while (r < s->len && t[r] >= 'a' && t[r] <= 'z' && r - e < 6)
            r++;
        if (r > e + 1 && r < s->len && t[r] == ' ' &&
            (nw_particle(nw_fold_span(s, e + 1, r, buf, sizeof buf)) ||
             nw_particles_word(t + e + 1, r - e - 1)))
            e = r; /* "van der", "von dem", "de las" */
        else if (e + 3 < s->len && t[e + 1] == '\'' && t[e + 2] == 't' && t[e + 3] == ' ')
            e += 3; /* "van 't" */
        if (e + 1 >= s->len || !nw_upper(t + e + 1, s->len - e - 1))
            break;
        nw_parse_word(s, e + 1, &w);
        if (w.shape != SH_NAME || n + 1 >= MAX_RUN)
            break;
        char hb[24]; /* "Anruf von Herrn Müller": a preposition before a titled person */
        if (w.e - w.s < sizeof hb && (nw_cats(nw_fold_span(s, w.s, w.e, hb, sizeof hb)) & C_HON))
            break;
        if (e - q == 1 && t[q] == 'y' && (w.lex & ANON_NL_GIVEN) && w.e + 1 < s->len &&
            t[w.e] == ' ' && (is_up(t[w.e + 1]) || t[w.e + 1] == 'd' || t[w.e + 1] == 'v'))
            break; /* "de las Heras y Rodrigo de Castro": "and" before the next full name */
        if (e - q == 3 && t[q] == 'd' && (t[q + 1] == 'a' || t[q + 1] == 'e' || t[q + 1] == 'i') &&
            !nw_lexname(w.lex) && (w.lex & (ANON_NL_COMMON | ANON_NL_COMMON_EN)) &&
            NW_ONE_OF(nw_fold_span(s, q, e, buf, sizeof buf), german_articles))
            break;   /* "Stefan das Team": an article before a noun, not "Maria das Dores" */
        char vb[24]; /* "Erstellt von X": the verb's preposition, not a particle */
        if ((t[q] == 'v' || t[q] == 'd') &&
            ticket_verb(nw_fold_span(s, run[n - 1].s, run[n - 1].e, vb, sizeof vb)))
            break;
        run[n++] = (struct word){q, e, SH_PARTICLE, 0};
        run[n++] = w;
        p = w.e;
    }
    while (n > 1 && run[n - 1].shape == SH_INITIAL)
        n--;
    return n;
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

/* Could anything around an unknown run make it a person? A cheap look at the bytes and the
 * words right before and after it, so most capitalised words in prose and code ("Kubernetes",
 * "München") cost no more than this. */
static int maybe_context(const struct sc *s, size_t start, size_t end)
{
    const uint8_t *t = s->t;
    if (start >= 3 && t[start - 1] == '-' && nw_particles_arabic(s, start - 3))
        start -= 3; /* "Mr. al-Rashid" */
    size_t i = start;
    while (i > 0 && start - i < 8 && lead_mark(t[i - 1]))
        i--;
    if (i == 0 || t[i - 1] == ':' || t[i - 1] == '=' || t[i - 1] == '\n' || t[i - 1] == '?' ||
        nw_break_before(s, i))
        return 1; /* a label, a question, or the start of a line (greeting, signature) */
    if (nw_ctx_helpers(s, start, end)) /* names_ctxgate.c: the helpers the bytes allow */
        return 1; /* "the plaintiff, X", "son of X", "X v. Y", "#7 X", "spoke with X" */
    if (nw_prose41_ctx(s, start, end))
        return 1; /* names_prose41.c: "my grandmother X", "a eulogy for X", "Signé X" */
    if ((t[i - 1] == '>' || t[i - 1] == '[' || t[i - 1] == ',' || t[i - 1] == '-') &&
        nw_key_ctx(s, start, end))
        return 1; /* "<author>X", "reviewers: [X, Y]", "maintainers:\n  - X" */
    char buf[32];
    size_t ws, we, pe = start;
    while (pe > 0 && t[pe - 1] == ' ')
        pe--;
    if (pe > 0 && t[pe - 1] == '.')
        pe--;
    size_t pb = pe;
    while (pb > 0 && pe - pb < 24 &&
           (t[pb - 1] >= 0x80 || is_alnum(t[pb - 1]) || t[pb - 1] == '\''))
        pb--;
    if (pe > pb && pe - pb <= 6 && nw_particles_word(t + pb, pe - pb))
        return 1; /* "Aanwezig: van 't X", "Sr. de los X": context() reads past the particles */
    if (pe - pb == 2 && (t[pb] | 32) == 'a' && t[pb + 1] == 'm')
        return 1; /* "I am X": context() reads the "I" */
    if (nw_leaks39_ctx(s, start, end))
        return 1; /* "@author X", "Dental chart – X (12.03.2024)" */
    if (pe > pb && nw_could_be(t + pb, pe - pb, 0)) {
        const char *pw = word_before(s, start, &ws, buf, sizeof buf);
        unsigned c = *pw ? nw_cats(pw) : 0;
        if (c & (C_HON | C_SAL | C_VB | C_INTRO | C_PART))
            return 1;
        if (c & C_NEAR) { /* "ship to", "good morning": only with the word before it */
            char b2[32];
            size_t ws2;
            const char *pw2 = word_before(s, ws, &ws2, b2, sizeof b2);
            char b3[32];
            size_t ws3;
            if (near_verb(pw, pw2) || assigned(pw, pw2) || strcmp(pw, "name") == 0 ||
                near_verb_obj(pw, pw2, word_before(s, ws2, &ws3, b3, sizeof b3)) ||
                strcmp(pw2, "good") == 0 || strcmp(pw2, "married") == 0 ||
                strcmp(pw2, "assigned") == 0)
                return 1;
        }
    }
    if (end < s->len && (t[end] == '\'' || t[end] == 0xE2))
        return 1; /* a possessive */
    if (end < s->len && (t[end] == ' ' || t[end] == '"') && email_follows(s, end))
        return 1;
    if (end < s->len && t[end] == '"' && json_ctx(s, start, end))
        return 1;
    if (pe > 0 && t[pe - 1] == ',') { /* "Cheers, Maria" */
        const char *pw = word_before(s, pe - 1, &ws, buf, sizeof buf);
        if (*pw && nw_closing(pw))
            return 1;
    }
    if (end + 1 < s->len && t[end] == ',' && t[end + 1] == ' ')
        return addr_follows(s, end) || list_follows(s, end) || birth_follows(s, end);
    if (end + 1 >= s->len || t[end] != ' ' || t[end + 1] < 'a' || t[end + 1] > 'z')
        return 0;
    size_t ne = end + 1;
    while (ne < s->len && ne - end < 24 && (t[ne] >= 0x80 || is_alnum(t[ne])))
        ne++;
    size_t nl = ne - end - 1;
    if ((nl == 1 && t[end + 1] == 'a') ||
        (t[end + 1] == 'h' && (nl == 2 || nl == 3 || nl == 5))) { /* "a dit", "ha detto" */
        const char *nw = nw_word_after(s, end, &we, buf, sizeof buf);
        if (said_after(s, nw, we))
            return 1;
    }
    if (!nw_could_be(t + end + 1, ne - end - 1, 1))
        return 0;
    const char *nw = nw_word_after(s, end, &we, buf, sizeof buf);
    return (nw_cats(nw) & (C_VA | C_BE)) != 0;
}

/* No name-shaped word of run[0 .. n) is in the lexicon, short, or a product's word? */
static int unknown_words(const struct sc *s, const struct word *run, size_t n)
{
    char buf[48];
    for (size_t k = 0; k < n; k++) {
        if (run[k].shape != SH_NAME)
            continue;
        if (run[k].lex || run[k].e - run[k].s < 3 ||
            nw_not_name(nw_fold_span(s, run[k].s, run[k].e, buf, sizeof buf)))
            return 0;
    }
    return 1;
}

/* Is the run run[0 .. n) a person? */
static int person_decide(struct sc *s, const struct word *run, size_t n, int *list_out)
{
    char buf[48];
    size_t names = 0;
    const struct word *first = NULL, *last = NULL;
    int all_known = 1, any_known = 0;
    /* the prescan keeps a run for a strong context alone (below): most runs leave here */
    if (s->hint == ANON_NAMES_HINT_STRONG && !s->suffix && !strong_may(s, run[0].s, run[n - 1].e))
        return 0;
    /* names_particles.c: ", ten Veltink"; its first test inline, as most runs follow no list */
    size_t r0 = s->list_end && run[0].s > s->list_end && run[0].s - s->list_end <= 24
                    ? nw_particles_list_start(s, run[0].s)
                    : run[0].s;
    for (size_t k = 0; k < n; k++) {
        if (run[k].shape != SH_NAME)
            continue;
        names++;
        if (!first)
            first = &run[k];
        last = &run[k];
        int kw = known_word(s, &run[k]);
        any_known |= kw;
        all_known &= kw;
        if (k > 0 && nw_term_after(nw_fold_span(s, run[k].s, run[k].e, buf, sizeof buf)))
            return 0; /* "Maria Street", "Keller Foundation" */
    }
    if (!first)
        return 0;
    int lexical = 0;
    for (size_t k = 0; k < n && !lexical; k++)
        lexical = run[k].shape == SH_NAME && nw_lexname(run[k].lex);
    if (!lexical && !any_known && !s->suffix &&
        (s->hint == ANON_NAMES_HINT_NONE || s->hint == ANON_NAMES_HINT_STRONG) &&
        !(s->list_end && r0 > s->list_end && r0 - s->list_end <= 6) &&
        !maybe_context(s, run[0].s, run[n - 1].e) && !nw_shape_pair(s, run, n))
        return 0;
    /* The vetoes that do not depend on the context run before term_follows() and context(), which
     * are pure and the dearest steps: most capitalised words in prose ("The") leave here (the
     * same verdicts, less work) */
    const char *f0 = NULL;
    int month = 0;
    unsigned c0 = 0; /* nw_cats(f0): nw_honorific(f0) is c0 & C_HON, and so on */
    if (s->hint != ANON_NAMES_HINT_STRONG) {
        f0 = nw_fold_span(s, first->s, first->e, buf, sizeof buf);
        c0 = nw_cats(f0);
        if (names == 1 && (c0 & (C_HON | C_SAL)))
            return 0; /* "Mr." alone */
        month = (c0 & C_MONTH) != 0;
        char lb[32]; /* "On Mon, 3 Feb": a weekday or month last, then its date */
        int last_month = names > 1 && nw_month(nw_fold_span(s, last->s, last->e, lb, sizeof lb));
        if ((month || last_month) && (names == 1 || run[0].e + 1 < s->len))
            for (size_t i = run[n - 1].e; i < s->len && i < run[n - 1].e + 3; i++)
                if (is_digit(s->t[i]))
                    return 0; /* "May 2024", "March 4" */
        if (names == 1 && (first->lex & ANON_NL_COMMON_EN) && !(first->lex & ANON_NL_ATTESTED) &&
            s->hint != ANON_NAMES_HINT_PERSON) {
            size_t ws;
            if (!nw_honorific(word_before(s, run[0].s, &ws, buf, sizeof buf)))
                return 0; /* "Hi Team", "Dear All", "The": words, whatever the context */
            f0 = nw_fold_span(s, first->s, first->e, buf, sizeof buf);
        }
    }
    /* the word after the run, folded once for term_follows() and context() */
    int poss;
    size_t ai = after_run(s, run[n - 1].e, &poss), we;
    char nwb[32];
    const char *nw = nw_word_after(s, ai, &we, nwb, sizeof nwb);
    if (term_after_run(s, ai, nw) &&
        !(nw[0] == '&' && !nw[1] && nw_informal_list(s, run[0].s, run[n - 1].e)))
        return 0;
    int list = 0, ctx = context(s, run[0].s, run[n - 1].e, &list, nw, we, poss);
    if (s->suffix)
        ctx = CTX_STRONG;
    if (s->thing_first) {
        if (nw_famous(nw_fold_span(s, last->s, last->e, buf, sizeof buf)))
            return 0;      /* "Ada Lovelace", "Claude Monet" as a topic */
        c0 = nw_cats(buf); /* f0 is buf: from here on it reads the last word, and so does c0 */
    }
    if (s->thing_first && ctx != CTX_STRONG && s->hint != ANON_NAMES_HINT_PERSON &&
        s->hint != ANON_NAMES_HINT_NAME &&
        !(s->list_end && r0 > s->list_end && r0 - s->list_end <= 6)) {
        /* "Gemini Nano", "Hugo Boss", "Claude Max", "Storm Eunice": only a person's label,
           greeting, title or field makes these a person; a surname after the word does too,
           and in a weaker context ("... called") an unknown word */
        int surname = (last->lex & ANON_NL_NAME) && !(last->lex & ANON_NL_COMMON_EN);
        int unknown = !last->lex && last->e - last->s >= 3;
        if (s->thing_first == 2 || !(surname || (ctx == CTX_WEAK && unknown)))
            return 0;
    }
    if (ctx != CTX_STRONG && s->hint != ANON_NAMES_HINT_STRONG &&
        nw_leaks39_work_title(s, run[0].s))
        return 0; /* "Victor Hugo wrote Les Misérables": the work, not a person */
    s->ctx = ctx;
    *list_out = list;
    if (s->hint == ANON_NAMES_HINT_STRONG)
        return ctx == CTX_STRONG;
    if (ctx == CTX_STRONG || s->hint == ANON_NAMES_HINT_PERSON)
        return 1;
    if (names == 1 && nw_bare_city_alone(s, first->s, first->e, f0))
        return 0; /* "Lucia Fernandez\nVerona": the form's town */
    if (any_known && (all_known || names == 1 || nw_lexname(first->lex)))
        return 1;
    /* the next name in a list that a person opened: "Maria, Jan and Piet" */
    if (s->list_end && r0 > s->list_end && r0 - s->list_end <= 6) {
        size_t a = s->list_end, b = r0;
        char sep[8];
        const char *x = nw_fold_span(s, a, b, sep, sizeof sep);
        if (strcmp(x, ", ") == 0 || strcmp(x, " and ") == 0 || strcmp(x, ", and ") == 0 ||
            strcmp(x, " & ") == 0 || strcmp(x, " und ") == 0 || strcmp(x, " et ") == 0 ||
            strcmp(x, " en ") == 0 || strcmp(x, " y ") == 0 || strcmp(x, " e ") == 0 ||
            strcmp(x, "; ") == 0)
            if (s->list_label || (nw_lexname(first->lex) && !(c0 & (C_NOT | C_MONTH))) ||
                (names >= 2 && s->nseen && s->seen[(s->nseen - 1) % 8][1] == a &&
                 unknown_words(s, run, n)) ||
                (run[0].shape == SH_INITIAL && unknown_words(s, run, n))) {
                /* "to Anna Vogt and Jan Wril", "cc S. Evansones, G. Clarevanson" */
                *list_out = s->list_label;
                s->ctx = CTX_WEAK; /* the list's context */
                return 1;
            }
    }
    int tech = (c0 & (C_NOT | C_MONTH)) != 0;
    unsigned f = first->lex;
    if (s->hint == ANON_NAMES_HINT_NAME && nw_lexname(f) && !tech && !(f & ANON_NL_COMMON_EN))
        return 1;
    if (ctx == CTX_WEAK) {
        if (names >= 2 && (nw_lexname(f) || nw_lexname(last->lex)))
            return 1;
        if (names >= 2) /* "Tomomi Nishiyama lives", "says Liisa Lepistö": unseen names, but
                           no word of the run is an ordinary word or a product's */
            return unknown_words(s, run, n);
        return !tech && !month &&
               (nw_lexname(f) || (f == 0 && first->e - first->s >= 3 &&
                                  nw_name_shape(s->t + first->s, first->e - first->s) >= -8));
    }
    if (s->raised && names < 2 && !((f & ANON_NL_GIVEN) && *nw && (nw_cats(nw) & (C_VA | C_BE))))
        return 0; /* a lower-case text: one word is a name only in a context, or a given name
                     before a verb that takes a person ("michael is a very kind person") */
    if (names >= 2) {
        if (nw_shape_pair(s, run, n) || nw_shape_subject_run(s, run, n, nw))
            return 1; /* "have you met Ravil Yefimov", "Pálmi Einarsson listed" */
        if (!(f & ANON_NL_GIVEN) || ((f & ANON_NL_COMMON_EN) && !(f & ANON_NL_ATTESTED)))
            return 0;
        int strong_last = nw_lexname(last->lex) && !(last->lex & ANON_NL_COMMON_EN);
        if (nw_not_name(nw_fold_span(s, last->s, last->e, buf, sizeof buf)))
            return 0; /* "Free Pascal", "Apache Kafka" */
        if ((tech || (f & ANON_NL_COMMON_EN)) && !strong_last)
            return 0;
        for (size_t k = 1; k < n; k++) {
            unsigned g = run[k].lex;
            if (run[k].shape == SH_NAME && g && !nw_lexname(g))
                return 0; /* an ordinary word: "Julia Programming" */
        }
        return 1;
    }
    /* one word, no context: a given name that is no product; one that is also an ordinary word
     * ("Will", "Mark", "John") only inside a sentence, never opening one */
    if (names == 1 && !tech && !month && nw_shape_subject(s, first, nw))
        return 1; /* "Shovda is very reliable" */
    if (names == 1 && !tech && !month && nw_doc_initials_name(s, run, n))
        return 1; /* "J. M. Hossens and ..." */
    if (!(f & ANON_NL_GIVEN) || tech)
        return 0;
    if ((f & ANON_NL_COMMON_EN) || first->e - first->s < 3 ||
        ((f & ANON_NL_COMMON) && !(f & ANON_NL_ATTESTED)))
        return 0; /* "Will", "Can", "St", "Merci" alone are words */
    /* code, not prose: "uint64_t Val);", "f(Val)", "x = Val;" */
    size_t e1 = run[n - 1].e, ws;
    if (e1 < s->len && strchr(");]}=<>", s->t[e1]))
        return 0;
    if (run[0].s > 0 && strchr("(<[{=*&", s->t[run[0].s - 1]))
        return 0;
    const char *pw = word_before(s, run[0].s, &ws, buf, sizeof buf);
    for (const char *c = pw; *c; c++)
        if (*c == '_' || (*c >= '0' && *c <= '9'))
            return 0;
    static const char *const det[] = {
        "das", "der",   "die",   "den",  "dem",   "het",  "le",   "la",   "les",   "el",  "los",
        "las", "il",    "lo",    "gli",  "ein",   "eine", "een",  "a",    "about", "an",  "at",
        "aus", "in",    "into",  "its",  "my",    "nach", "naar", "near", "on",    "our", "that",
        "the", "their", "these", "this", "those", "uit",  "your", "à",    "en"};
    if (NW_ONE_OF(pw, det))
        return 0;
    /* names_lone49.c: a letter's dateline, a cell under a thing's column head, a key of an
     * object about a thing */
    if (nw_lone49_dateline(s, run[0].s, e1) || nw_lone49_thing_cell(s, run[0].s, e1) ||
        nw_lone49_thing_key(s, run[0].s, e1))
        return 0;
    return 1;
}

/* Names in capitals after a person label ("NAME: ANNA VOGT", "PASSENGER: VOGT Anna", "NOM :
 * DUPONT Marie"): forms and passenger lists write them so. Two to four words, one at least in
 * capitals, none an ordinary word, a label or a product's. Returns the end, or 0. */
static size_t caps_name(struct sc *s, const struct word *w0)
{
    const uint8_t *t = s->t;
    int list;
    int above = 0; /* "Cliente:\nLUCIA FERNANDEZ": the label on the line above */
    if (label_ctx(s, w0->s, &list) != 1 && !(above = nw_doc_label_above(s, w0->s)))
        return 0;
    size_t n = 0, caps = 0, end = 0;
    int form = 0; /* one word is enough on a form's line of two labels */
    struct word w = *w0;
    for (;;) {
        char b[32];
        const char *f = nw_fold_span(s, w.s, w.e, b, sizeof b);
        if (w.shape == SH_CAPS) {
            unsigned lx = anon_names_lexicon((const char *)t + w.s, w.e - w.s);
            if (!*f || nw_not_name(f) || nw_label(f) ||
                ((lx & (ANON_NL_COMMON_EN | ANON_NL_COMMON)) && !nw_particle(f) &&
                 (!nw_lexname(lx) || ((lx & ANON_NL_COMMON_EN) && !(lx & ANON_NL_ATTESTED)))))
                return 0;
            caps++;
        } else if (w.shape != SH_NAME || nw_not_name(f) ||
                   ((w.lex & ANON_NL_COMMON_EN) && !nw_lexname(w.lex))) {
            break;
        }
        n++;
        end = w.e;
        if (n == 4 || end + 1 >= s->len || t[end] != ' ' ||
            !nw_upper(t + end + 1, s->len - end - 1))
            break;
        nw_parse_word(s, end + 1, &w);
        if (w.e < s->len && (t[w.e] == ':' || t[w.e] == ' ') && label_next(s, w0, &w)) {
            form = 1; /* "NOM : DUPONT Prénom : JEAN": the next label ends the value */
            break;
        }
    }
    if (!above && n == 1 &&
        !form) { /* or the line's second field: "Nachname: KELLER, Vorname: MARIA" */
        size_t colons = 0;
        for (size_t i = line_start(s, w0->s); i < w0->s; i++)
            colons += t[i] == ':';
        form = colons >= 2;
    }
    if (n == 1 && w0->e - w0->s < 4 &&
        !nw_lexname(anon_names_lexicon((const char *)t + w0->s, w0->e - w0->s)))
        return 0; /* "Name: API Status: OK" */
    if (n + (size_t)form < 2 || !caps || (above && !nw_bare_caps_above(s, w0->s, end)))
        return 0;
    return end;
}

/* Does the line holding p say, before p, that its names come surname first ("Attendees (last,
 * first): ...", "Teilnehmer (Nachname, Vorname):")? */
static int surname_first_line(const struct sc *s, size_t p)
{
    static const char *const forms[] = {
        "last, first",   "surname, given name",  "surname, first name", "nachname, vorname",
        "nom, prénom",   "achternaam, voornaam", "apellido, nombre",    "apellidos, nombre",
        "cognome, nome", "last name, first name"};
    const uint8_t *t = s->t;
    for (size_t i = line_start(s, p); i < p; i++) {
        if (t[i] != '(')
            continue;
        size_t q = i + 1;
        while (q < p && q - i < 32 && t[q] != ')')
            q++;
        if (q >= p || t[q] != ')')
            return 0;
        char b[40];
        const char *f = nw_fold_span(s, i + 1, q, b, sizeof b);
        if (NW_ONE_OF(f, forms))
            return 1;
        return 0;
    }
    return 0;
}

/* "Patient: Meuler, Lotten": after a one-word person a label named, a lone given name after
 * the comma, ending its line or cell, is the same person's. Its end, or 0; its start in *gs. */
static size_t given_after_surname(struct sc *s, size_t end, size_t *gs)
{
    const uint8_t *t = s->t;
    if (end + 3 >= s->len || t[end] != ',' || t[end + 1] != ' ' ||
        !nw_upper(t + end + 2, s->len - end - 2))
        return 0;
    struct word w;
    nw_parse_word(s, end + 2, &w);
    char b[32];
    if (w.shape != SH_NAME || (w.lex & (ANON_NL_COMMON_EN | ANON_NL_COMMON)) ||
        nw_not_name(nw_fold_span(s, w.s, w.e, b, sizeof b)))
        return 0;
    if (w.e < s->len && !strchr("\n\r,;|\t(", t[w.e]))
        return 0;
    *gs = w.s;
    return w.e;
}

/* A run starting at the capitalised word w: a person? Returns where scanning resumes. */
/* "born July twenty-first, nineteen eighty-seven" at the capital i (names_dob8.c): the emit's rc
 * (never above 0) and *next past it, or 1 when no such date starts here. */
static __attribute__((noinline)) int spelled_date(struct sc *s, size_t i, size_t *next)
{
    size_t ds, e;
    if (!(s->kinds & (1u << ANON_NAMES_DOB)) || !nw_dob8_spelled_may(s, i) ||
        !(e = nw_dob8_spelled(s, i, &ds)))
        return 1;
    *next = e;
    int rc = s->emit(s->arg, ANON_NAMES_DOB, ds, e);
    return rc > 0 ? 0 : rc;
}

/* A name suffix at i, or after ", " or " " there (at == i: the suffix must start exactly at i):
 * 1, or 2 for a roman numeral (which follows only full names: "Rocky IV" is a film). */
static int suffix_at(const struct sc *s, size_t i, size_t at)
{
    static const char *const sfx[] = {"Jr",   "Sr", "II",  "III", "IV", "PhD",
                                      "Ph.D", "MD", "M.D", "Esq", "MBA"};
    const uint8_t *t = s->t;
    if (at == SIZE_MAX) {
        if (i + 1 < s->len && t[i] == ',' && t[i + 1] == ' ')
            i += 2;
        else if (i < s->len && t[i] == ' ')
            i++;
        else
            return 0;
    }
    /* every suffix starts with one of these pairs of bytes: most words leave here */
    if (i + 1 >= s->len)
        return 0;
    uint8_t c1 = t[i + 1];
    switch (t[i]) {
    case 'E':
        if (c1 != 's')
            return 0;
        break;
    case 'I':
        if (c1 != 'I' && c1 != 'V')
            return 0;
        break;
    case 'J':
    case 'S':
        if (c1 != 'r')
            return 0;
        break;
    case 'M':
        if (c1 != 'D' && c1 != '.' && c1 != 'B')
            return 0;
        break;
    case 'P':
        if (c1 != 'h')
            return 0;
        break;
    default:
        return 0;
    }
    for (size_t k = 0; k < sizeof sfx / sizeof sfx[0]; k++) {
        if (sfx[k][0] != (char)t[i] || sfx[k][1] != (char)t[i + 1])
            continue;
        size_t l = strlen(sfx[k]);
        if (i + l > s->len || memcmp(t + i, sfx[k], l) != 0)
            continue;
        size_t e = i + l;
        if (e < s->len && t[e] == '.')
            e++;
        if (e >= s->len || !is_alnum(t[e]))
            return sfx[k][0] == 'I' ? 2 : 1; /* 2: a roman numeral */
    }
    return 0;
}

/* 1 if run[b], a word the lists keep from names (a month: "Jan", "April", "Julio", "August"; a
 * product or a city: "Claude", "Hugo", "Julia", "Ruby", "Paris", "Florence"), a given name here:
 * the lexicon knows it as one, it is no country or place word ("San", "Santa", "Costa", "Fort":
 * "Santa Cruz", "San Diego"), and a name-shaped word that is no such word, weekday or ordinary
 * English word follows, perhaps after particles ("Jan de Vries"); 2 for a country that is a
 * common given name ("Jordan", "India") or a word that is an ordinary English one too ("May",
 * "Storm", "Ruby"); else 0. person_decide() then asks more of the run
 * (s->thing_first). Dates ("Jan 5", "June 2024") leave there too: a digit follows. */
static int listed_given(const struct sc *s, const struct word *run, size_t b, size_t n,
                        const char *f)
{
    char buf[32];
    /* countries and states that are common given names: a person only where a person's label,
     * greeting or title says so (2) */
    static const char *const place_given[] = {
        "jordan",  "georgia", "india",    "israel",   "kenya",    "asia",    "africa",
        "america", "dakota",  "carolina", "virginia", "salvador", "trinidad"};
    int place = (nw_cats(f) & C_PLACE) != 0;
    if (!(run[b].lex & ANON_NL_GIVEN) || (place && !NW_ONE_OF(f, place_given)))
        return 0;
    size_t k = b + 1;
    while (k < n && run[k].shape == SH_PARTICLE && k - b < 3)
        k++; /* "Jan de Vries", "Julio de la Fuente" */
    if (k >= n || run[k].shape != SH_NAME)
        return 0;
    const char *g = nw_fold_span(s, run[k].s, run[k].e, buf, sizeof buf);
    if (!*g || nw_not_name(g) || nw_one_of(g, nw_days, nw_ndays) ||
        ((run[k].lex & ANON_NL_COMMON_EN) && !nw_lexname(run[k].lex)))
        return 0;
    return place || (run[b].lex & ANON_NL_COMMON_EN) ? 2 : 1; /* "Storm Eunice", "May Day" */
}

static size_t nw_word_end(const struct sc *s, size_t i)
{
    while (i < s->len && (is_alnum(s->t[i]) || s->t[i] >= 0x80))
        i++;
    return i;
}

/* "Maria & Tom Keller", "Jan en Els de Vries", "Hans und Grete Müller": a given name before "and"
 * shares the full name's surname; its start goes to *gs ("Johnson & Johnson": no full name
 * after, no given name before). */
static int shared_given(const struct sc *s, size_t start, unsigned lex, size_t *gs)
{
    static const char *const conj[] = {"&", "and", "und", "en", "et", "y", "e"};
    const uint8_t *t = s->t;
    if (start < 5 || t[start - 1] != ' ')
        return 0;
    size_t c = start - 1;
    while (c > 0 && start - c < 5 && t[c - 1] != ' ')
        c--;
    char buf[32];
    if (c < 3 || t[c - 1] != ' ' || !NW_ONE_OF(nw_fold_span(s, c, start - 1, buf, 8), conj))
        return 0;
    size_t e = c - 1, g = e;
    while (g > 0 && e - g < 24 && (is_alnum(t[g - 1]) || t[g - 1] >= 0x80))
        g--;
    if (g == e || (g > 0 && (t[g - 1] == '-' || t[g - 1] == '.' || t[g - 1] == '\'')) ||
        !nw_upper(t + g, s->len - g))
        return 0;
    size_t p = g > 1 && t[g - 1] == ' ' ? g - 1 : g; /* "Jan Wrilbeck und Anna": a full name */
    while (p > 0 && (is_alnum(t[p - 1]) || t[p - 1] >= 0x80))
        p--;
    if (p + 1 < g && nw_upper(t + p, s->len - p))
        return 0;
    struct word w;
    nw_parse_word(s, g, &w);
    /* a known given name ("Maria", also an English word), or a word that is no common word
     * before a known given name ("Sales and Tom Keller" stays) */
    if (w.e != e || w.shape != SH_NAME ||
        !((w.lex & ANON_NL_GIVEN) ||
          (!(w.lex & (ANON_NL_COMMON | ANON_NL_COMMON_EN)) && (lex & ANON_NL_GIVEN))))
        return 0;
    *gs = g;
    return 1;
}

/* A capitalised "I am" that opens a sentence before the name: "Sono Giulia Bianchi", "Soy X",
 * "Sou X", and "Ich" before "bin" (the run took "bin" for the Arabic particle). context() reads
 * the verb as the intro; the name's token starts after it. */
static int intro_lead(const struct sc *s, const struct word *run, size_t b, size_t n, const char *f)
{
    if (f[0] != 's' && f[0] != 'i')
        return 0;
    /* a full name after it: "Sono Stanco", "Ich bin Arzt" stay what they were */
    if (strcmp(f, "sono") == 0 || strcmp(f, "soy") == 0 || strcmp(f, "sou") == 0)
        return b + 2 < n;
    return b + 3 < n && strcmp(f, "ich") == 0 && run[b + 1].e - run[b + 1].s == 3 &&
           memcmp(s->t + run[b + 1].s, "bin", 3) == 0;
}

static int person_run(struct sc *s, const struct word *w0, size_t *resume)
{
    struct word run[MAX_RUN];
    int one = one_word_run(s, w0); /* the run and its suffix known without reading on */
    size_t n = one ? (run[0] = *w0, 1) : collect_run(s, w0, run), b = 0;
    char buf[32];
    int thing = 0;
    size_t re = run[n - 1].e;
    int rrc; /* "Okafor, Chidi": surname first (names_reversed8.c) */
    if (re + 2 < s->len && s->t[re] == ',' && s->t[re + 1] == ' ' &&
        nw_upper(s->t + re + 2, s->len - re - 2) && (rrc = nw_reversed8(s, run, n, resume)) != 1)
        return rrc;
    /* leading words that are context, not name: "Dr Keller", "Hi Maria", "Yesterday Maria" */
    while (b + 1 < n && run[b].shape == SH_NAME) {
        const char *f = nw_fold_span(s, run[b].s, run[b].e, buf, sizeof buf);
        /* one probe for nw_honorific(), nw_salutation(), nw_verb_before() and nw_not_name() */
        unsigned fc = nw_cats(f);
        int ctxword = (fc & (C_HON | C_SAL | C_VB)) || nw_prose_lead(f) ||
                      nw_bare_lead(s, run, b, n, f) || nw_ctx2_lead(f) ||
                      nw_informal_lead(s, run, b, n, f) || intro_lead(s, run, b, n, f) ||
                      nw_prose41_lead(s, run, b, f) || nw_leaks45_kin(f);
        int plain = !nw_lexname(run[b].lex) && (run[b].lex & ANON_NL_COMMON_EN);
        int not_name = (fc & (C_NOT | C_MONTH)) != 0;
        if (!ctxword && !plain && !not_name)
            break;
        if (not_name && !plain && !ctxword) {
            if ((thing = listed_given(s, run, b, n, f))) {
                break; /* "Jan Smeets", "Claude Dubois", "Paris Nakamura": a given name */
            }
            *resume = run[n - 1].e;
            return 0; /* "New Zealand", "Costa Rica", "Saint Vincent": a place */
        }
        b++;
    }
    while (b < n && run[b].shape != SH_NAME && run[b].shape != SH_INITIAL)
        b++;
    *resume = run[n - 1].e;
    /* a suffix after the name ("Jr.", "II", ", PhD") is a title: context, not name */
    int suffix = 0;
    if (n - b >= 2 && suffix_at(s, run[n - 1].s, run[n - 1].s)) {
        n--;
        suffix = 1;
    }
    if (!suffix && !one && suffix_at(s, run[n - 1].e, SIZE_MAX))
        suffix = suffix_at(s, run[n - 1].e, SIZE_MAX) == 1 || n - b >= 2; /* "Rocky IV" */
    if (b >= n)
        return 0;
    if (n - b == 1 && run[b].e < s->len && s->t[run[b].e] == ':' &&
        nw_label(nw_fold_span(s, run[b].s, run[b].e, buf, sizeof buf)))
        return 0; /* "Von:", "Kunde:": the label, not the person after it */
    int drc;      /* "June fifth, nineteen eighty-seven": a month that is also a given name */
    if (n - b == 1 && nw_dob8_spelled_may(s, run[b].s) &&
        (drc = spelled_date(s, run[b].s, resume)) != 1)
        return drc;
    s->suffix = suffix;
    s->thing_first = thing;
    int list = 0;
    if (!person_decide(s, run + b, n - b, &list) || nw_not_person(s, run[b].s, run[n - 1].e) ||
        nw_informal2_not_person(s, run[b].s, run[n - 1].e) ||
        nw_addr5_not_person(s, run[b].s, run[n - 1].e) ||
        nw_famous_topic(s, run[b].s, run[n - 1].e) || nw_forms5_pet(s, run[b].s, run[n - 1].e) ||
        nw_dob8_pet_named(s, run[b].s, run[n - 1].e) || nw_forms5_firm(s, run[b].s, run[n - 1].e) ||
        nw_forms6_thing(s, run[b].s, run[n - 1].e))
        return 0;
    s->list_end = run[n - 1].e;
    s->list_label = list;
    size_t words = 0;
    for (size_t k = b; k < n; k++)
        words += run[k].shape == SH_NAME;
    if (words >= 2) /* a full name: its context named it, or its words are names */
        seen_add(s, run[b].s, run[n - 1].e);
    size_t gs, ge;
    if (words == 1 &&
        ((s->ctx == CTX_STRONG && (label_ctx(s, run[b].s, &list) == 1 ||
                                   label_ctx(s, nw_particles_lead(s, run[b].s), &list) == 1)) ||
         (s->list_label && surname_first_line(s, run[b].s))) &&
        (ge = given_after_surname(s, run[n - 1].e, &gs))) {
        *resume = ge;
        s->list_end = ge; /* "; Paturn, Olivelily": the list goes on after the given name */
        /* "Patient: Meuler, Lotten": one person, one finding (branch leaks45) */
        return s->emit(s->arg, ANON_NAMES_PERSON, run[b].s, ge);
    }
    int rc = s->emit(s->arg, ANON_NAMES_PERSON, run[b].s, run[n - 1].e);
    if (rc >= 0 && words >= 2 && shared_given(s, run[b].s, run[b].lex, &gs))
        rc = s->emit(s->arg, ANON_NAMES_PERSON, gs, nw_word_end(s, gs));
    return rc;
}

/* person_run() with its context (struct nw_fctx): the words before and after that its vetoes,
 * helpers and the emit chain ask for are derived once for the run; the outer run's context
 * comes back after (a run judged inside another's). */
static int person_at(struct sc *s, const struct word *w0, size_t *resume)
{
    struct nw_fctx fc, *outer = s->fc;
    fc.s = s;
    fc.n = 0;
    s->fc = &fc;
    int rc = person_run(s, w0, resume);
    s->fc = outer;
    return rc;
}

/* ---- CSV and TSV: a name column ---------------------------------------------------------------
 */
static int name_header(const char *h)
{
    static const char *const cols[] = {
        "achternaam",  "apellido",   "apellidos", "manager",   "assignee", "requester",
        "reporter",    "cliente",    "cognome",   "contact",   "customer", "employee",
        "family name", "first name", "firstname", "full name", "fullname", "given name",
        "last name",   "lastname",   "naam",      "nachname",  "name",     "nom",
        "nombre",      "nome",       "patient",   "prénom",    "surname",  "voornaam",
        "vorname"};
    if (NW_ONE_OF(h, cols))
        return 1;
    return 0;
}

/* A date-of-birth column: "date_of_birth", "DOB", "Geburtsdatum", "date naissance"... */
static int birth_header(const char *h)
{
    static const char *const parts[] = {"birth",     "dob",        "d.o.b",   "geburts", "geboorte",
                                        "naissance", "nacimiento", "nascita", "born",    "bday"};
    for (size_t k = 0; k < sizeof parts / sizeof parts[0]; k++)
        if (strstr(h, parts[k]))
            return 1;
    return 0;
}

/* Cell text[a .. b) without quotes and spaces. */
static void trim_cell(const struct sc *s, size_t *a, size_t *b)
{
    while (*a < *b && strchr(" \"'", s->t[*a]))
        (*a)++;
    while (*b > *a && strchr(" \"'\r", s->t[*b - 1]))
        (*b)--;
}

int nw_street_value(const struct sc *s, size_t a, size_t b, int hint)
{
    const uint8_t *t = s->t;
    int letter = 0, digit = 0;
    if (hint == ANON_NAMES_HINT_ADDR_PART) {
        if (b <= a || b - a > 10)
            return 0;
        for (size_t i = a; i < b; i++) {
            uint8_t c = t[i];
            digit |= is_digit(c);
            if (!(is_alnum(c) || c == ' ' || c == '-' || c == '/') || c >= 0x80)
                return 0;
        }
        return digit;
    }
    if (b <= a || b - a < 3 || b - a > 80)
        return 0;
    for (size_t i = a; i < b; i++) {
        uint8_t c = t[i];
        if (c == '\n' || c == '@' || c == '{' || c == '<' || c == '\\' ||
            (c == ':' && i + 1 < b && t[i + 1] == '/'))
            return 0;
        letter |= (uint8_t)((c | 32) - 'a') < 26 || c >= 0x80;
    }
    static const char *const placeholders[] = {
        "n/a", "none", "null", "unknown", "string", "test",    "street", "tbd",     "undefined",
        "yes", "no",   "true", "false",   "todo",   "example", "sample", "required"};
    char f[12];
    if (b - a < sizeof f) {
        for (size_t i = a; i < b; i++)
            f[i - a] = (char)(t[i] >= 'A' && t[i] <= 'Z' ? t[i] | 32 : t[i]);
        f[b - a] = 0;
        for (size_t k = 0; k < sizeof placeholders / sizeof *placeholders; k++)
            if (strcmp(f, placeholders[k]) == 0)
                return 0;
    }
    return letter;
}

/* A value in capitals that fills a form's field when nobody is named: "UNKNOWN", "N/A" */
static int caps_placeholder(const struct sc *s, size_t a, size_t b)
{
    static const char *const ph[] = {"none", "null",  "nil",   "unknown",   "test",     "tbd",
                                     "todo", "xxx",   "anon",  "anonymous", "redacted", "undefined",
                                     "user", "admin", "guest", "sample",    "example",  "required"};
    char f[12];
    if (b - a >= sizeof f)
        return 0;
    for (size_t i = a; i < b; i++)
        f[i - a] = (char)(s->t[i] >= 'A' && s->t[i] <= 'Z' ? s->t[i] | 32 : s->t[i]);
    f[b - a] = 0;
    for (size_t k = 0; k < sizeof ph / sizeof *ph; k++)
        if (strcmp(f, ph[k]) == 0)
            return 1;
    return 0;
}

/* Is the word in capitals w[0 .. n) a legal form ("AS", "GMBH", "OY")? */
static int caps_legal_form(const uint8_t *w, size_t n)
{
    static const char *const forms[] = {
        "AS", "AB",  "APS", "OY",  "OYJ", "AG",  "KG",  "SE", "BV",  "NV",  "SA",   "SPA",  "SRL",
        "SL", "SAS", "LDA", "LTD", "LLC", "INC", "PLC", "CO", "SRO", "KFT", "GMBH", "SARL", "CORP"};
    if (n < 2 || n > 4)
        return 0;
    for (size_t k = 0; k < sizeof forms / sizeof forms[0]; k++)
        if (strlen(forms[k]) == n && memcmp(forms[k], w, n) == 0)
            return 1;
    return 0;
}

/* Is t[i] the ", " after the first word of a surname-first value ("KELLER, MARIA")? */
static int surname_comma(const struct sc *s, size_t i, size_t b, size_t words)
{
    return words == 0 && i + 2 < b && s->t[i] == ',' && s->t[i + 1] == ' ';
}

/* Is the word at w after such a comma a country or region ("PARIS, FRANCE": a place)? */
static int comma_place(const struct sc *s, const struct word *w)
{
    char buf[32];
    return (nw_cats(nw_fold_span(s, w->s, w->e, buf, sizeof buf)) & C_PLACE) != 0;
}

/* Under a key that may name a thing ("name", "customer"): two to four words in capitals whose
 * given name (the first word, or the first after a surname and its comma: "KELLER, MARIA") is one
 * of the lexicon and none an ordinary word that is no name ("MARIA KELLER", "GRACE SMITH"; not
 * "ACME WIDGET", "GRACE PERIOD", a famous person). */
static int caps_name_value(const struct sc *s, size_t a, size_t b)
{
    size_t words = 0, i = a, given = 0;
    if (b <= a || b - a > 60)
        return 0;
    while (i < b) {
        struct word w;
        if (!nw_upper(s->t + i, b - i))
            return 0;
        nw_parse_word(s, i, &w);
        int comma = w.e <= b && surname_comma(s, w.e, b, words);
        if (w.shape != SH_CAPS || w.e > b || (w.e < b && s->t[w.e] != ' ' && !comma) ||
            caps_legal_form(s->t + w.s, w.e - w.s))
            return 0;
        if (comma)
            given = 1;
        else if (given && words == 1 && comma_place(s, &w))
            return 0;
        unsigned lx = nw_lexicon_in(s->t, s->len, w.s, w.e);
        if ((!nw_lexname(lx) && (lx & (ANON_NL_COMMON_EN | ANON_NL_COMMON))) ||
            (words == given && !(lx & ANON_NL_GIVEN)))
            return 0;
        words++;
        for (i = w.e + comma; i < b && s->t[i] == ' ';)
            i++;
    }
    return words >= 2 && words <= 4 && !nw_famous_run(s, a, b);
}

/* Shaped like a person's name: one to four capitalised words of letters, or words in capitals
 * (a person's field, whose exports often write "KELLER", "MARIA KELLER" or "KELLER, MARIA"), but
 * for a placeholder. */
static int name_shaped(const struct sc *s, size_t a, size_t b)
{
    size_t words = 0, i = a;
    int caps = 0, comma = 0;
    if (b <= a || b - a > 60)
        return 0;
    while (i < b) {
        if (!nw_upper(s->t + i, b - i)) { /* "Fosta van Dejokamp", "de la Vega" */
            size_t e = i;
            while (e < b && e - i < 6 && s->t[e] >= 'a' && s->t[e] <= 'z')
                e++;
            char pb[8];
            if (e < b && s->t[e] == ' ' && nw_particle(nw_fold_span(s, i, e, pb, sizeof pb))) {
                i = e + 1;
                continue;
            }
        }
        if (!nw_upper(s->t + i, b - i))
            return 0;
        struct word w;
        nw_parse_word(s, i, &w);
        if ((w.shape != SH_NAME && w.shape != SH_INITIAL && w.shape != SH_CAPS) || w.e > b)
            return 0;
        if (w.shape == SH_CAPS && caps_legal_form(s->t + w.s, w.e - w.s))
            return 0; /* "Nordvik AS", "KELLER GMBH": a firm */
        caps |= w.shape == SH_CAPS;
        if (comma && words == 1 && comma_place(s, &w))
            return 0;
        if (surname_comma(s, w.e, b, words))
            comma = 1, i = w.e + 1; /* "KELLER, MARIA" */
        else
            i = w.e;
        words++;
        if (i < b && s->t[i] != ' ')
            return 0;
        while (i < b && s->t[i] == ' ')
            i++;
    }
    return words >= 1 + (size_t)comma && words <= 4 && !(caps && caps_placeholder(s, a, b));
}

/* Rows a sheet export puts above its header: a title in the first cell and nothing in the others
 * ("Kursliste;;;"), or separators alone (";;;"). The offset of the first other line (at most
 * three rows skipped), 0 when the text opens with none. */
static size_t title_rows(const uint8_t *t, size_t len)
{
    size_t ls = 0;
    for (int rows = 0; rows < 3 && ls < len; rows++) {
        const uint8_t *nl = memchr(t + ls, '\n', len - ls < 80 ? len - ls : 80);
        if (!nl)
            return rows ? ls : 0;
        size_t le = (size_t)(nl - t), e = le;
        if (e > ls && t[e - 1] == '\r')
            e--;
        uint8_t sep = e > ls ? t[e - 1] : 0;
        if (sep != ';' && sep != ',' && sep != '\t')
            return rows ? ls : 0;
        size_t k = e;
        while (k > ls && t[k - 1] == sep)
            k--;
        if (e - k < 2 || memchr(t + ls, sep, k - ls))
            return rows ? ls : 0; /* "a,b,c" is a header; "Kursliste;;;" a title */
        ls = le + 1;
    }
    return ls < len ? ls : 0;
}

/* A lower-case cell t[a .. b) under a person's column: a given name or surname alone ("galli",
 * "elisa") under a name column (one), or two words or an initial and a surname under a role's
 * column ("wickder wenwenby", "l. gasrutzbach"): its words as nw_leaks39_lower_cell() reads
 * them. */
static int lower_cell(const struct sc *s, size_t a, size_t b, int one)
{
    if (b <= a || s->t[a] < 'a' || s->t[a] > 'z' || b - a > 48)
        return 0;
    return nw_leaks39_lower_cell(s, a, b, one);
}

static int csv_names(struct sc *s)
{
    const uint8_t *t = s->t;
    size_t h0 = title_rows(t, s->len < 600 ? s->len : 600), left = s->len - h0; /* the header */
    const uint8_t *nl = memchr(t + h0, '\n', left < 513 ? left : 513);
    if (!nl || nl - (t + h0) > 512)
        return 0;
    size_t eol = (size_t)(nl - t);
    /* a search for a byte the text holds nowhere (scan()'s rare bytes) finds none */
    const uint8_t *sp = nw_text_may_hold(s, NW_RB_TAB) ? memchr(t + h0, '\t', eol - h0) : NULL;
    sp = sp ? sp : memchr(t + h0, ',', eol - h0);
    sp = sp || !nw_text_may_hold(s, NW_RB_SEMI) ? sp : memchr(t + h0, ';', eol - h0);
    sp = sp || !nw_text_may_hold(s, NW_RB_BAR) ? sp : memchr(t + h0, '|', eol - h0);
    if (!sp)
        return 0;
    char sep = (char)*sp;
    /* the first cell of a header is a short label ("first name"), not a sentence: its length
     * first, so that a sentence's spaces are not counted */
    if (sp - (t + h0) > 40)
        return 0;
    size_t c0 = 0;
    for (const uint8_t *q = t + h0; q < sp; q++)
        c0 += *q == ' ';
    if (c0 > 2)
        return 0;
    /* a header row is short cells, not prose: at most one space per separator (a cell's remark
     * in brackets left out: "Date of birth (DD/MM/YYYY)", as form exports write it) */
    size_t nsep = 0, nsp = 0;
    int paren = 0;
    for (size_t k = h0; k < eol && sep; k++) {
        nsep += t[k] == (uint8_t)sep;
        paren = t[k] == '(' ? 1 : t[k] == ')' || t[k] == (uint8_t)sep ? 0 : paren;
        nsp += t[k] == ' ' && !paren;
    }
    if (!nsep || nsp > nsep || eol - h0 > 512)
        return 0;
    if (!sep)
        return 0;
    uint64_t cols = 0, dobs = 0, lcols = 0; /* name, date-of-birth and role columns */
    uint64_t barecols = 0, partcols = 0;    /* "name", "nome": a package's or a host's too */
    /* columns of a name's parts: a lone lower-case word there is a given name or a surname
     * ("galli", "elisa"); under a role ("reporter", "assignee") it is as often a handle */
    static const char *const name_parts[] = {"achternaam",  "apellido",   "apellidos", "cognome",
                                             "family name", "first name", "firstname", "given name",
                                             "last name",   "lastname",   "nachname",  "naam",
                                             "nom",         "nombre",     "nome",      "prénom",
                                             "surname",     "voornaam",   "vorname"};
    size_t col = 0, a = h0;
    static const char *const bare[] = {"name", "naam", "nom", "nombre", "nome"};
    int things = nw_thing_columns(s, h0, eol, (uint8_t)sep); /* "SKU,Name,Price" */
    for (size_t i = h0; i <= eol && col < 64; i++) {
        if (i < eol && t[i] != (uint8_t)sep)
            continue;
        size_t x = a, y = i;
        trim_cell(s, &x, &y);
        if (y > x && t[y - 1] == ')') { /* "Date of birth (age check: 18+)" */
            const uint8_t *o = memchr(t + x, '(', y - x);
            if (o && o > t + x) {
                y = (size_t)(o - t);
                trim_cell(s, &x, &y);
            }
        }
        char buf[24];
        const char *h = nw_fold_span(s, x, y, buf, sizeof buf);
        char h2[24];
        size_t k = 0;
        for (; h[k] && k + 1 < sizeof h2; k++)
            h2[k] = h[k] == '_' ? ' ' : h[k];
        h2[k] = '\0';
        int dummy = 0;
        if ((name_header(h2) || (strcmp(h2, "first name") != 0 && name_header(h))) &&
            !(things && NW_ONE_OF(h2, bare))) {
            cols |= 1ull << col;
            barecols |= (uint64_t)NW_ONE_OF(h2, bare) << col;
            partcols |= (uint64_t)NW_ONE_OF(h2, name_parts) << col;
        } else if (!things && y > x && label_text(s, x, y, 0, &dummy) == 1)
            lcols |= 1ull << col; /* "assigned_to", "relecteur": lower-case values only */
        else if (birth_header(h2))
            dobs |= 1ull << col;
        col++;
        a = i + 1;
    }
    if (!(s->kinds & (1u << ANON_NAMES_PERSON)))
        cols = lcols = 0;
    if (!(s->kinds & (1u << ANON_NAMES_DOB)))
        dobs = 0;
    if (!cols && !dobs && !lcols)
        return 0;
    /* a lone lower-case word is a person's under a given name's or surname's column, and under a
     * bare "name" only beside another name column ("cognome;nome"): "name,version\nlodash,4" */
    uint64_t onecols = __builtin_popcountll(partcols) >= 2 ? partcols : partcols & ~barecols;
    size_t ls = eol + 1;
    while (ls < s->len) {
        size_t le = ls;
        while (le < s->len && t[le] != '\n')
            le++;
        col = 0;
        a = ls;
        int quoted = 0; /* RFC 4180: "Am Markt 19, München" is one cell */
        for (size_t i = ls; i <= le && col < 64; i++) {
            if (i < le && t[i] == '"' && (sep == ',' || sep == ';'))
                quoted = !quoted;
            if (i < le && (t[i] != (uint8_t)sep || quoted))
                continue;
            size_t x = a, y = i;
            trim_cell(s, &x, &y);
            if ((((cols >> col) & 1) &&
                 (name_shaped(s, x, y) || lower_cell(s, x, y, (onecols >> col) & 1))) ||
                (((lcols >> col) & 1) && lower_cell(s, x, y, 0))) {
                if (memchr(t + x, ' ', y - x))
                    seen_add(s, x, y);
                int rc = s->emit(s->arg, ANON_NAMES_PERSON, x, y);
                if (rc < 0)
                    return rc;
            }
            size_t ds = 0, de = 0, d = x;
            while (((dobs >> col) & 1) && d < y && d - x < 16 && !is_digit(t[d]))
                d++;
            if (((dobs >> col) & 1) && d < y && (de = nw_date_at(s, d, &ds)) && ds == x &&
                de <= le && (de >= le || !is_alnum(t[de]))) {
                int rc = s->emit(s->arg, ANON_NAMES_DOB, ds, de);
                if (rc < 0)
                    return rc;
                if (de > y) { /* "March 8, 2000" in a comma-separated row: its cells are one */
                    while (i < le && i < de)
                        i++;
                    while (i < le && t[i] != (uint8_t)sep)
                        i++;
                }
            }
            col++;
            a = i + 1;
        }
        ls = le + 1;
    }
    return 0;
}

/* ---- chat logs ------------------------------------------------------------------------------ */
/* A lower-case word at i that a chat greeting or thanks may name ("hey tom,", "thx priya"): 2 to
 * 16 letters, then punctuation or the end of the line, and no ordinary word ("hi all", "thanks
 * again"). Its end, or 0. */
static size_t chat_name(const struct sc *s, size_t i, const char *ends)
{
    const uint8_t *t = s->t;
    size_t e = i;
    while (e < s->len && e - i < 17 && t[e] >= 'a' && t[e] <= 'z')
        e++;
    if (e - i < 2 || e - i > 16 || (e < s->len && !strchr(ends, t[e])))
        return 0;
    if (e < s->len && t[e] == '.' && e + 1 < s->len && is_alnum(t[e + 1]))
        return 0; /* "hi foo.bar" */
    unsigned lx = anon_names_lexicon((const char *)t + i, e - i);
    char b[24];
    if (((lx & (ANON_NL_COMMON_EN | ANON_NL_COMMON)) &&
         !((lx & ANON_NL_GIVEN) && (lx & ANON_NL_ATTESTED))) ||
        nw_not_name(nw_fold_span(s, i, e, b, sizeof b)))
        return 0; /* an ordinary word, unless also a well-attested given name ("hey tom") */
    static const char *const pal[] = {"man",  "bro",  "dude", "mate", "buddy", "boss", "sir",
                                      "guys", "love", "dear", "pal",  "chief", "doc",  "babe"};
    if (NW_ONE_OF(b, pal))
        return 0; /* "thanks man" */
    return e;
}

/* An HTML or XML tag name ("<div> text" is no IRC nick). */
static int html_tag(const struct sc *s, size_t a, size_t b)
{
    static const char *const tags[] = {
        "html",   "head",   "body", "div",   "span",       "p",      "li",     "ul",     "ol",
        "td",     "tr",     "th",   "br",    "hr",         "em",     "strong", "pre",    "code",
        "title",  "table",  "form", "label", "option",     "select", "script", "style",  "section",
        "header", "footer", "nav",  "main",  "article",    "img",    "input",  "button", "tbody",
        "thead",  "dt",     "dd",   "dl",    "blockquote", "small",  "sub",    "sup",    "tt",
        "h1",     "h2",     "h3",   "h4",    "h5",         "h6",     "center", "font",   "meta",
        "link",   "param",  "item", "entry", "name",       "value",  "key",    "string"};
    char buf[24];
    const char *w = nw_fold_span(s, a, b, buf, sizeof buf);
    if (NW_ONE_OF(w, tags))
        return 1;
    return 0;
}

/* The words of a chat message after which a lower-case name follows. */
static int chat_greeting(const char *w)
{
    static const char *const g[] = {"hey",     "hi",      "hello",  "thx",    "thanks",   "ty",
                                    "cheers",  "morning", "yo",     "hoi",    "hallo",    "danke",
                                    "merci",   "salut",   "grazie", "ciao",   "hola",     "gracias",
                                    "bedankt", "dank",    "moin",   "servus", "groetjes", "saludos",
                                    "saluti",  "bises",   "gruss",  "greets", "best"};
    if (NW_ONE_OF(w, g))
        return 1;
    return 0;
}

/* Does c open a word of chat_greeting() ("bcdghmsty")? A mask of the lower-case letters, not a
 * memchr() call per line. */
static inline int greeting_first(uint8_t c)
{
    enum {
        FIRST = 1u << ('b' - 'a') | 1u << ('c' - 'a') | 1u << ('d' - 'a') | 1u << ('g' - 'a') |
                1u << ('h' - 'a') | 1u << ('m' - 'a') | 1u << ('s' - 'a') | 1u << ('t' - 'a') |
                1u << ('y' - 'a')
    };
    unsigned k = (unsigned)c - 'a';
    return k < 26 && (FIRST >> k & 1u);
}

/* A sign-off's separator after the greeting ending at we ("thx, jonas", "cheers -- priya",
 * "danke - tobias"): where the name starts, or we (the name must then end its line). */
static size_t sign_off(const struct sc *s, size_t we, size_t le)
{
    const uint8_t *t = s->t;
    if (we + 2 < le && t[we] == ',' && t[we + 1] == ' ')
        return we + 2;
    if (we + 3 < le && t[we] == ' ' && t[we + 1] == '-') {
        size_t k = we + 2 + (t[we + 2] == '-');
        return k + 1 < le && t[k] == ' ' ? k + 1 : we;
    }
    return we;
}

/* Is t[na .. ne), after a sign-off's separator, a name that ends its line: a lexicon name, or an
 * unknown word whose letters lean to a name's ("danke, gemergt" and "gracias, mergeado" are
 * replies, not signatures)? */
static int signed_name(const struct sc *s, size_t na, size_t ne, size_t le)
{
    if (ne != le && !(ne + 1 == le && strchr("!.", s->t[ne])))
        return 0;
    return nw_lexname(anon_names_lexicon((const char *)s->t + na, ne - na)) ||
           nw_name_shape(s->t + na, ne - na) >= 10;
}

/* Chat logs: "[09:58] anna: hey tom, ..." (the nick after a time of day, and lower-case names
 * after a greeting anywhere in such a line) and lines or texts that open with a greeting ("thanks
 * priya, that fixed it"). One look at the first bytes of each line. */
static int chat_names(struct sc *s)
{
    const uint8_t *t = s->t;
    struct nw_lines *lines = nw_lines_of(s); /* the first line pass: it fills the table */
    for (size_t ls = 0, ln = 0; ls < s->len; ln++) {
        size_t le = nw_line_at(lines, s, ln, ls), i = ls;
        int stamped = 0;
        if (i + 8 < le && t[i] == '[' && is_digit(t[i + 1]) && is_digit(t[i + 2]) &&
            t[i + 3] == ':' && is_digit(t[i + 4]) && is_digit(t[i + 5])) {
            size_t k = i + 6;
            if (k + 2 < le && t[k] == ':' && is_digit(t[k + 1]) && is_digit(t[k + 2]))
                k += 3;
            if (k + 1 < le && t[k] == ']' && t[k + 1] == ' ') {
                stamped = 1;
                i = k + 2;
                size_t ne = chat_name(s, i, ":");
                if (ne && ne < s->len && t[ne] == ':') { /* the nick */
                    int rc = s->emit(s->arg, ANON_NAMES_PERSON, i, ne);
                    if (rc < 0)
                        return rc;
                    i = ne + 1;
                }
            }
        }
        if (i + 4 < le && t[i] == '<') { /* IRC: "<anna> morning all" */
            size_t ne = chat_name(s, i + 1, ">");
            if (ne && ne + 1 < le && t[ne] == '>' && t[ne + 1] == ' ' && !html_tag(s, i + 1, ne)) {
                int rc = s->emit(s->arg, ANON_NAMES_PERSON, i + 1, ne);
                if (rc < 0)
                    return rc;
                stamped = 1;
                i = ne + 2;
            }
        }
        /* greetings: at the line's start, or anywhere in a time-stamped line */
        while (i < le) {
            while (i < le && (t[i] == ' ' || t[i] == ','))
                i++;
            /* a line with no time: one greeting or none, and only a letter of greeting_first()
             * opens one (most lines of code and logs) */
            if (!stamped && (i >= le || !greeting_first(t[i])))
                break;
            size_t we = i;
            while (we < le && we - i < 10 && t[we] >= 'a' && t[we] <= 'z')
                we++;
            /* every greeting is 2 to 7 lower-case letters and starts with one of these */
            if (we - i >= 2 && we - i <= 8 && we + 1 < le && (t[we] == ' ' || t[we] == ',') &&
                greeting_first(t[i])) {
                char b[12];
                size_t ne, na = sign_off(s, we, le);
                memcpy(b, t + i, we - i); /* already lower case: no folding */
                b[we - i] = '\0';
                if (na == we && t[we] == ' ')
                    na = we + 1;
                if (na > we && chat_greeting(b) && (ne = chat_name(s, na, ",!.?;:\n\r")) &&
                    (na == we + 1 || signed_name(s, na, ne, le))) {
                    int rc = s->emit(s->arg, ANON_NAMES_PERSON, na, ne);
                    if (rc < 0)
                        return rc;
                    we = ne;
                }
            }
            if (!stamped)
                break;
            while (we < le && t[we] != ' ')
                we++;
            i = we > i ? we : i + 1;
        }
        ls = le + 1;
    }
    return 0;
}

/* ---- lower-case names after a strong context ------------------------------------------------ */
/* Lower-case words from i that a strong context before them names ("mr. larry lombardo", "name:
 * dana mitchell"): given names and surnames of the lexicon, and after a title also unknown words;
 * never an ordinary word. Returns the end of the name, or 0. */
static size_t lower_name(const struct sc *s, size_t i, int title)
{
    const uint8_t *t = s->t;
    size_t end = 0;
    int particles = 0;
    for (int k = 0; k < 3 + particles && i < s->len; k++) {
        size_t e = i;
        /* "o'neill", "d'angelo" after a title: the apostrophe joins the prefix to the name */
        int apos = title && i + 3 < s->len && (t[i] == 'o' || t[i] == 'd') && t[i + 1] == '\'' &&
                   t[i + 2] >= 'a' && t[i + 2] <= 'z';
        if (apos)
            e = i + 2;
        while (e < s->len && e - i < 24) {
            if ((t[e] >= 'a' && t[e] <= 'z') || (e == i && s->raised && t[e] >= 'A' && t[e] <= 'Z'))
                e++; /* names_lower.c raised "Keller" of "maria keller" */
            else if (t[e] >= 0xC3 && nw_letter(t + e, s->len - e))
                e += nw_letter(t + e, s->len - e); /* "hrůza", "jílek", "nguyễn" */
            else
                break;
        }
        if (e == i || e - i >= 24)
            break;
        if (e < s->len && (is_alnum(t[e]) || strchr("_-@/\\", t[e]) ||
                           (t[e] == '.' && e + 1 < s->len && is_alnum(t[e + 1]))))
            break; /* an identifier, a path, an address */
        unsigned f = anon_names_lexicon((const char *)t + i, e - i);
        char buf[32];
        const char *w = nw_fold_span(s, i, e, buf, sizeof buf);
        if (title && particles < 2 && nw_particle(w) && e + 1 < s->len && t[e] == ' ' &&
            t[e + 1] >= 'a' && t[e + 1] <= 'z') {
            particles++; /* "mr. van der berg": kept only with the name after it */
            i = e + 1;
            continue;
        }
        unsigned cats = nw_cats(w);
        if (nw_particle(w) || (cats & (C_NOT | C_MONTH | C_LABEL)) || (end && (cats & C_VA)))
            break; /* "van Dijk" is the capitalised pass's, "the", "may" are words; "dr. smith
                      said": a verb after the name */
        int name = (nw_lexname(f) && (!(f & ANON_NL_COMMON_EN) || (f & ANON_NL_ATTESTED) ||
                                      (title && e - i >= 4))) ||
                   (apos && !(f & (ANON_NL_COMMON | ANON_NL_COMMON_EN)));
        if (!name && !(title && f == 0 && e - i >= (particles ? 4u : 3u)))
            break;
        end = e;
        if (e + 3 <= s->len && t[e] == ' ' && t[e + 1] >= 'a' && t[e + 1] <= 'z' &&
            t[e + 2] == '.' && (e + 3 == s->len || !is_alnum(t[e + 3]))) {
            end = e + 3; /* "present: maria k.": the surname's initial */
            break;
        }
        if (e + 1 >= s->len || t[e] != ' ' ||
            !((t[e + 1] >= 'a' && t[e + 1] <= 'z') ||
              (s->raised && t[e + 1] >= 'A' && t[e + 1] <= 'Z')))
            break;
        i = e + 1;
    }
    return end;
}

/* A '.' or ':' at p: a lower-case name after a title ("mr. larry") or a label ("name: dana")? */
int nw_visit_punct(struct sc *s, size_t p, size_t *next)
{
    const uint8_t *t = s->t;
    *next = p + 1;
    if (p + 2 >= s->len || t[p + 1] != ' ' || !(s->kinds & (1u << ANON_NAMES_PERSON)) ||
        s->hint == ANON_NAMES_HINT_STRONG)
        return 0;
    size_t v = p + 2; /* or a JSON key's string: ": \"kaen weindling\"", raw or escaped */
    if (t[p] == ':' && v + 1 < s->len && t[v] == '\\' && t[v + 1] == '"')
        v += 2;
    else if (t[p] == ':' && t[v] == '"')
        v++;
    if (v >= s->len || t[v] < 'a' || t[v] > 'z')
        return 0;
    size_t e = 0;
    if (t[p] == '.') {
        size_t b = p;
        while (b > 0 && p - b < 5 && ((t[b - 1] | 32) >= 'a' && (t[b - 1] | 32) <= 'z'))
            b--;
        if (b == p || p - b > 4 || (b > 0 && (is_alnum(t[b - 1]) || t[b - 1] == '.')))
            return 0;
        char buf[8];
        if (!nw_may_be(t + b, p - b, C_HON) ||
            !nw_honorific(nw_fold_span(s, b, p, buf, sizeof buf)))
            return 0;
        e = lower_name(s, p + 2, 1);
    } else {
        int list = 0;
        size_t q = p; /* the key's end: "owner": "kaen weindling" */
        if (v > p + 2 && q > 0 && t[q - 1] == '"' && (--q, q > 0 && t[q - 1] == '\\'))
            q--;
        if (q > 4 && t[q - 1] == ')' && t[q - 2] == 's' && t[q - 3] == '(')
            q -= 3; /* "Author(s): ", "Maintainer(s): " */
        size_t b = q;
        while (b > 0 && q - b < 24 && ((t[b - 1] | 32) >= 'a' && (t[b - 1] | 32) <= 'z'))
            b--;
        int lc = 0;
        /* a label the ASCII look above cannot read whole: a letter beyond ASCII ("Prüfer",
         * "Proprietário"), a snake_case key ("nome_completo"), a label of several words
         * ("Reported by", "Assegnato a") or a space before the colon ("Propriétaire : ") is
         * asked of label_ctx() itself when the word before does not say a label already */
        int odd = b == q ? q > 0 && t[q - 1] == ' ' && v == p + 2
                         : b > 0 && (t[b - 1] >= 0x80 || t[b - 1] == '_' || t[b - 1] == ' ');
        int may = b < q && nw_may_be(t + b, q - b, C_LABEL);
        if (!(may || odd) || !(lc = label_ctx(s, v, &list)))
            e = v > p + 2 ? 0 : nw_chat14_labelverb(s, p); /* "Voicemail left by: maria keller" */
        else
            e = v > p + 2 ? 0 : lower_name(s, p + 2, 0);
        size_t lv; /* names_leaks39.c: two lower-case words no lexicon knows ("kaen weindling") */
        if (lc && (lv = nw_leaks39_lower_value(s, v, lc == 2)) > e)
            e = lv;
        if (e && v > p + 2) {
            *next = e;
            if (memchr(t + v, ' ', e - v))
                seen_add(s, v, e);
            return s->emit(s->arg, ANON_NAMES_PERSON, v, e);
        }
    }
    if (!e)
        return 0;
    *next = e;
    if (memchr(t + p + 2, ' ', e - p - 2))
        seen_add(s, p + 2, e);
    return s->emit(s->arg, ANON_NAMES_PERSON, p + 2, e);
}

/* ---- the pass ------------------------------------------------------------------------------- */
/* The prescan (ANON_NAMES_HINT_STRONG, no lexicon in its words) passes over a lone ordinary word
 * ("Here", "Could") without judging its context: what it would find there could only be a
 * one-word name that is an ordinary English word and no given name or surname ("The" is also a
 * given name: judged), and such an entry of the request's names changes no string scan
 * (known_word() looks no word of that spelling up, and a one-word entry is the canonical form of
 * nothing); it only took one of the set's 256 places. "Lone" is checked so that passing over it
 * leaves the pass as it was: no capital (ASCII, Latin-1, any 0xC4-0xC8 or 0xE1 lead byte) in the 14
 * bytes after it, where collect_run() would find the next word of a run (after up to two
 * particles), suffix_at() a suffix, and a run 6 bytes on would count as the next of a list it
 * opened. */
static inline int lone_word(const struct sc *s, const struct word *w)
{
    const uint8_t *t = s->t;
    size_t a = w->e + 1;
#ifdef __SSE2__
    if (a + 17 <= s->len) { /* a capital, a Latin-1 capital (0xC3 0x80-0x9E), 0xC4-0xC8, 0xE1 */
        __m128i v = _mm_loadu_si128((const __m128i *)(const void *)(t + a)),
                v1 = _mm_loadu_si128((const __m128i *)(const void *)(t + a + 1));
        __m128i up = _mm_sub_epi8(v, _mm_set1_epi8('A')),
                ext = _mm_sub_epi8(v, _mm_set1_epi8((char)0xC4)),
                add = _mm_cmpeq_epi8(v, _mm_set1_epi8((char)0xE1)),
                lat = _mm_sub_epi8(v1, _mm_set1_epi8((char)0x80));
        __m128i m = _mm_or_si128(
            _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(_mm_min_epu8(up, _mm_set1_epi8(25)), up), add),
                         _mm_cmpeq_epi8(_mm_min_epu8(ext, _mm_set1_epi8(4)), ext)),
            _mm_and_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8((char)0xC3)),
                          _mm_cmpeq_epi8(_mm_min_epu8(lat, _mm_set1_epi8(0x1E)), lat)));
        return !(_mm_movemask_epi8(m) & 0x3FFF); /* t[a .. a + 14) */
    }
#endif
    for (size_t k = a; k <= w->e + 14 && k < s->len; k++)
        if ((t[k] >= 'A' && t[k] <= 'Z') || (t[k] >= 0xC4 && t[k] <= 0xC8) || t[k] == 0xE1 ||
            (t[k] == 0xC3 && k + 1 < s->len && t[k + 1] >= 0x80 && t[k + 1] <= 0x9E))
            return 0;
    return 1;
}

/* The prescan passes over a lone word that is an ordinary word (above), and over any lone word
 * without a strong context: alone it is a run of one word with no suffix, which person_at()
 * hands to person_decide() as it is, and strong_may() is the first thing that asks there. */
static int lone_plain_word(const struct sc *s, const struct word *w)
{
    if (!lone_word(s, w))
        return 0;
    unsigned f = nw_lexicon_in(s->t, s->len, w->s, w->e);
    return ((f & ANON_NL_COMMON_EN) && !nw_lexname(f)) || !strong_may(s, w->s, w->e);
}

/* The string scans (no hint, or a name key's): a lone word that is an ordinary English word
 * before it is a name ("The", "Will": not attested as a name) is no person without a title
 * before it: person_decide() says so first for a run of one such word, and lone_word() makes
 * the run one word with no suffix after it. Spares the run, suffix and known-name look-ups. */
static int lone_common_word(const struct sc *s, const struct word *w)
{
    if (s->hint == ANON_NAMES_HINT_STRONG || s->hint == ANON_NAMES_HINT_PERSON ||
        !(w->lex & ANON_NL_COMMON_EN) || (w->lex & ANON_NL_ATTESTED) || !lone_word(s, w))
        return 0;
    char buf[48];
    size_t ws;
    return !nw_honorific(word_before(s, w->s, &ws, buf, sizeof buf));
}

/* The string scans without a hint: a lone word (a run of one, no suffix) that is no given name
 * or surname, no name of the request and continues no list is a person only in a context
 * maybe_context() sees: person_decide() asks it first for such a run ("Summarise"). */
static int lone_unknown_word(const struct sc *s, const struct word *w)
{
    return s->hint == ANON_NAMES_HINT_NONE && !nw_lexname(w->lex) &&
           !(s->list_end && w->s > s->list_end && w->s - s->list_end <= 6) && lone_word(s, w) &&
           !known_word(s, w) && !maybe_context(s, w->s, w->e);
}

/* The day of "May-16-1985" at i, when it is a date of birth: emitted, *next past it. Kept out
 * of nw_visit so that the pass's common path stays small. */
static __attribute__((noinline)) int month_hyphen_day(struct sc *s, size_t i, size_t *next)
{
    size_t ds, e, d = i + 6;
    if (d <= s->len && is_digit(s->t[d - 1]) && (d == s->len || !is_digit(s->t[d])) &&
        (s->kinds & (1u << ANON_NAMES_ADDRESS)) && (e = nw_street40_pin(s, i, d, &ds))) {
        *next = e; /* "Hyderabad-500052" ends an address (names_street40.c) */
        return s->emit(s->arg, ANON_NAMES_ADDRESS, ds, e);
    }
    e = nw_dob_after_month_hyphen(s, i, &ds);
    if (!e)
        return 0;
    *next = e;
    return s->emit(s->arg, ANON_NAMES_DOB, ds, e);
}

/* The date of birth in a value joined by '_' at the digits at i, where no word starts
 * ("dob=April_12th,_1993"): emitted, *next past it (names_dob6.c). */
static __attribute__((noinline)) int joined_date(struct sc *s, size_t i, size_t *next)
{
    size_t ds, d = i, e;
    while (d < s->len && is_digit(s->t[d]))
        d++;
    if (!(s->kinds & (1u << ANON_NAMES_DOB)) || d - i > 4 || !(e = nw_dob_reread(s, i, d, &ds)))
        return 0;
    *next = e;
    return s->emit(s->arg, ANON_NAMES_DOB, ds, e);
}

/* The date of birth at the digits i .. d that the date reader refused, read again by
 * names_dob6.c: 1 when there is one, emitted (the emit's answer in *rc), *next past it. Out of
 * visit_digits so that its common path stays small. */
static __attribute__((noinline)) int reread_date(struct sc *s, size_t i, size_t d, size_t *next,
                                                 int *rc)
{
    size_t ds, e;
    if (!(e = nw_dob_reread(s, i, d, &ds)))
        return 0;
    *next = e;
    *rc = s->emit(s->arg, ANON_NAMES_DOB, ds, e);
    return 1;
}

/* A birth date at a short digit run that no date took, read by names_dob17.c: a month and a
 * two-digit year, an OCR'd date; emitted (the emit's answer in *rc), *next past it. Out of
 * visit_digits so that its common path stays small. */
static __attribute__((noinline)) int dob17_short(struct sc *s, size_t i, size_t d, size_t *next,
                                                 int *rc)
{
    size_t ds = i, e = 0;
    if (d - i == 2 && !(ds = nw_dob17_month_yy(s, i, d, &e)))
        ds = i;
    if (!e && !(e = nw_dob17_ocr_date(s, i, d)))
        return 0;
    *next = e;
    *rc = s->emit(s->arg, ANON_NAMES_DOB, ds, e);
    return 1;
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

/* A birth date that programs print and the date reader leaves, under a birth key, header or
 * key line (names_dob43.c): emitted (the emit's answer in *rc), *next past it. */
static __attribute__((noinline)) int dob43_value(struct sc *s, size_t i, size_t d, size_t *next,
                                                 int *rc)
{
    size_t ds, e = nw_dob43_value(s, i, d, &ds);
    if (!e)
        return 0;
    *next = e;
    *rc = s->emit(s->arg, ANON_NAMES_DOB, ds, e);
    return 1;
}

/* The bytes two before a house number after "nr. ", "No: ", "nr.", "No:", "No " (its last
 * byte, or the '.' or ':' after it): the one test visit_digits makes of every number. */
static const uint8_t number_word_end[256] = {['.'] = 1, [':'] = 1, ['r'] = 1, ['o'] = 1, ['O'] = 1};

/* A Romanian or Turkish street read back from its number word at the digits i (names_forms42.c):
 * 1 when there is one, emitted (the emit's answer in *rc), *next past it. */
static __attribute__((noinline)) int number_word_street(struct sc *s, size_t i, size_t *next,
                                                        int *rc)
{
    size_t as, e;
    if (!nw_forms42_may(s->t, i) || !(s->kinds & (1u << ANON_NAMES_ADDRESS)) ||
        !(e = nw_forms42_number(s, i, &as)))
        return 0;
    *next = e;
    *rc = s->emit(s->arg, ANON_NAMES_ADDRESS, as, e);
    return 1;
}

/* A name under an EU Digital COVID Certificate's keys at the capital i (names_forms42.c): 1
 * when there is one, emitted (the emit's answer in *rc), *next past it. */
static __attribute__((noinline)) int dcc_name(struct sc *s, size_t i, size_t *next, int *rc)
{
    size_t e;
    if (!nw_forms42_dcc_may(s->t, i) || !(s->kinds & (1u << ANON_NAMES_PERSON)) ||
        !(e = nw_forms42_dcc(s, i)))
        return 0;
    *next = e;
    *rc = s->emit(s->arg, ANON_NAMES_PERSON, i, e);
    return 1;
}

/* nw_visit() at a digit that may start a word: a date of birth, an address by its number or
 * postcode; *next past what it took, or past the digits. */
static __attribute__((noinline)) int visit_digits(struct sc *s, size_t i, size_t *next)
{
    const uint8_t *t = s->t;
    size_t d = i + 1; /* the run's end: the recognisers are asked only where their
                         pre-checks (names_precheck.h) allow */
    while (d < s->len && is_digit(t[d]))
        d++;
    size_t ds,
        e = (s->kinds & (1u << ANON_NAMES_DOB)) && nw_date_may(s, i, d) ? nw_date_at(s, i, &ds) : 0;
    if (e &&
        (e >= s->len ||
         !(is_alnum(t[e]) || (t[e] == '.' && e + 1 < s->len && is_digit(t[e + 1])))) &&
        !(nw_dob7_stamp_may(s, ds, e) && nw_dob7_stamp(s, ds, e)) &&
        (nw_birth_before(s, ds) || nw_birth_after(s, e) || nw_birthday_yearless(s, ds, e) ||
         nw_birth_answer(s, ds, e) || nw_dob7_birth(s, ds, e) || nw_dob8_birth(s, ds) ||
         nw_dob9_birth(s, ds, e) || nw_dob10_birth(s, ds, e) || nw_dob11_birth(s, ds, e) ||
         nw_dob_age_near(s, ds, e) || nw_dob12_birth(s, ds, e) || nw_dob14_birth(s, ds, e) ||
         nw_dob16_birth(s, ds, e) || nw_dob17_birth(s, ds, e) || nw_h12dob_list(s, ds, e) ||
         nw_dob41_birth(s, ds, e) || nw_dob42_birth(s, ds, e) || nw_dob43_birth(s, ds, e) ||
         nw_dob44_birth(s, ds, e) || nw_dob45_birth(s, ds, e) || nw_dob46_birth(s, ds, e)) &&
        !nw_dob16_cutoff(s, ds) && !nw_dob42_veto(s, ds) && !nw_dob45_veto(s, e) &&
        !nw_dob46_veto(s, ds)) {
        *next = e;
        return s->emit(s->arg, ANON_NAMES_DOB, ds, e);
    }
    int rc; /* names_dob6.c: a birth before 1900 ("b. 1884-11-19"), a value joined by '_' */
    if (!e && d - i <= 4 && (s->kinds & (1u << ANON_NAMES_DOB)) && nw_dob6_may(s, i, d) &&
        reread_date(s, i, d, next, &rc))
        return rc;
    if (e && ds > i) { /* GEDCOM's "2 DATE 2 MAY 2022" (names_dates.c): no house number */
        *next = e;
        return 0;
    }
    if (!e && d - i == 4 && i > 0 && t[i - 1] == '(' && d < s->len && t[d] == ',' &&
        (s->kinds & (1u << ANON_NAMES_DOB)) &&
        ((e = nw_dob7_ctor(s, i, d, &ds)) || (e = nw_dob42_ctor(s, i, d, &ds)))) {
        *next = e; /* "Date.new(1987, 3, 4)" under a birth key (names_dob7.c) */
        return s->emit(s->arg, ANON_NAMES_DOB, ds, e);
    }
    if (!e && (s->kinds & (1u << ANON_NAMES_DOB))) {
        size_t ye = 0; /* a month and its year alone: "Date of birth: March 1987", "DOB 03/1987" */
        if (d - i == 4 && i > 0 && t[i - 1] == ' ')
            ye = d;
        else if (d - i <= 2 && d + 5 <= s->len && (t[d] == '/' || t[d] == '.' || t[d] == '-') &&
                 is_digit(t[d + 1]) && is_digit(t[d + 2]) && is_digit(t[d + 3]) &&
                 is_digit(t[d + 4]) && (d + 5 == s->len || !is_digit(t[d + 5])))
            ye = d + 5;
        if (ye && (ds = nw_dob14_month_year(s, ye - 4, ye))) { /* names_dob14.c */
            *next = ye;
            return s->emit(s->arg, ANON_NAMES_DOB, ds, ye);
        }
        if (d + 3 < s->len && d - i <= 4 && ocr_slip(t + d) && (e = nw_dob47_ocr(s, i, d, &ds))) {
            *next = e; /* "O4.03.1987", "26.0l.1967", "14,06.1952" (names_dob47.c) */
            return s->emit(s->arg, ANON_NAMES_DOB, ds, e);
        }
        if (d - i <= 2 && nw_dob17_short_may(s, i, d) && dob17_short(s, i, d, next, &rc))
            return rc; /* "dob: Jan '62", "DOB 08/73", "DOB: 09 . 04 . 1995" (names_dob17.c) */
        if (d < s->len &&
            ((d - i == 3 && t[d] == '/') || (d - i == 4 && t[d] == '-') ||
             (d - i == 14 && t[d] == 'Z')) &&
            (e = nw_dob42_glued(s, i, d, &ds))) {
            *next = e; /* "1 27/10/1944", "19630911120000Z", "\"1987-03\"" (names_dob42.c) */
            return s->emit(s->arg, ANON_NAMES_DOB, ds, e);
        }
        if (d - i >= 4 &&
            (d - i == 4 ? d < s->len && (t[d] == ',' || t[d] == ';')
                        : d - i <= 13 && d - i != 6 && d - i != 7) &&
            dob43_value(s, i, d, next, &rc))
            return rc; /* "[1987, 3, 12]", epoch times, Excel serials under a birth key */
        if (d + 3 < s->len &&
            ((d - i <= 2 && t[d] == ' ' && (t[d + 1] == 0xCE || t[d + 1] == 0xCF)) ||
             (d - i == 4 && ((t[d] == ' ' && t[d + 1] == 'm' && t[d + 2] == '.') ||
                             (t[d] == '.' && t[d + 1] == ' ' && t[d + 2] == 'g')))) &&
            (e = nw_dob49_spelled(s, i, d, &ds))) {
            *next = e; /* "16 Ιουνίου 1982", "1982 m. birželio 16", "1982. gada 16. jūnijā" */
            return s->emit(s->arg, ANON_NAMES_DOB, ds, e);
        }
        if (d - i == 6 && nw_dob49_compact(s, i, d)) {
            *next = d; /* "född 820616", "født: 160682" (names_dob49.c) */
            return s->emit(s->arg, ANON_NAMES_DOB, i, d);
        }
        if (d - i == 8 && i > 0 && t[i - 1] == '>' && nw_dob45_compact(s, i, d)) {
            *next = d; /* "<patientbirthdate>19541019" (names_dob45.c) */
            return s->emit(s->arg, ANON_NAMES_DOB, i, d);
        }
        if (d < s->len &&
            (d - i <= 2 ? t[d] == '|' || t[d] == ']' ||
                              (t[d] == ' ' && d + 1 < s->len &&
                               (is_digit(t[d + 1]) || t[d + 1] == ' ' || nw_upper(t + d + 1, 1)))
                        : d - i == 4 && (t[d] == '.' || t[d] == ' ')) &&
            (e = nw_dob44_value(s, i, d, &ds)) &&
            (nw_birth_before(s, ds) || nw_birth_after(s, e) || nw_h12dob_list(s, ds, e) ||
             nw_dob7_birth(s, ds, e) || nw_dob44_birth(s, ds, e) || nw_dob45_birth(s, ds, e) ||
             nw_dob46_birth(s, ds, e)) &&
            !nw_dob46_veto(s, ds)) {
            *next = e; /* "|1|2|0|3|1|9|8|7|", "12 Monat 03 Jahr 1987", "1987. 03. 12." */
            return s->emit(s->arg, ANON_NAMES_DOB, ds, e);
        }
        e = 0;
    }
    if (!e && (d - i == 4 || d - i == 2) && d + 5 <= s->len && t[d] == ' ' && t[d + 1] == 'b' &&
        (s->kinds & (1u << ANON_NAMES_DOB)) && (ds = nw_month_year_baby(s, i, d))) {
        *next = d; /* "I'm a March '87 baby" */
        return s->emit(s->arg, ANON_NAMES_DOB, ds - 1, d);
    }
    if (!e && (d - i >= 8 || d - i == 5) && (s->kinds & (1u << ANON_NAMES_DOB)) &&
        (ds = nw_birth_timestamp(s, i, d))) {
        *next = d;
        return s->emit(s->arg, ANON_NAMES_DOB, ds - 1, d);
    }
    if (d == i + 1 && d < s->len && t[d] == ' ' && nw_dob10_gedcom_level(s, i, d)) {
        *next = d; /* GEDCOM's "2 DATE 9 OCT 1884": a level, no house number */
        return 0;
    }
    size_t as;
    if (d - i == 6 && i >= 4 && t[i - 1] == ' ' &&
        !(d + 1 < s->len && t[d] == ' ' && (uint8_t)(t[d + 1] - 'a') < 26 &&
          (uint8_t)(t[i - 2] - 'a') < 26) && /* "order 884213 failed": a sentence */
        (s->kinds & (1u << ANON_NAMES_ADDRESS)) &&
        nw_street40_pin_may(s, i) && (e = nw_street40_pin(s, i, d, &as))) {
        *next = e; /* "Flat 12, Sai Residency, MG Road, Bengaluru 560001" (names_street40.c) */
        return s->emit(s->arg, ANON_NAMES_ADDRESS, as, e);
    }
    int rc42; /* "Str. Florilor nr. 7, ...", "Moda Cad. No: 12 D: 5" (names_forms42.c) */
    if (i >= 8 && number_word_end[t[i - 2]] && number_word_street(s, i, next, &rc42))
        return rc42;
    e = (s->kinds & (1u << ANON_NAMES_ADDRESS)) && nw_addr_number_may(s, i, d) &&
                nw_addr_number_word_may(s, d)
            ? nw_addr_number_first(s, i)
            : 0;
    if (!e && (s->kinds & (1u << ANON_NAMES_ADDRESS)) && nw_addr_zip_may(s, i, d))
        e = nw_addr_zip(s, i);
    if (e) {
        *next = e;
        return s->emit(s->arg, ANON_NAMES_ADDRESS, nw_addr_start(s, i), e);
    }
    if ((s->kinds & (1u << ANON_NAMES_ADDRESS)) && d - i <= 5 && i >= 3 && t[i - 1] == ' ' &&
        ((uint8_t)(t[i - 2] - 'a') < 26 || t[i - 2] >= 0x80 || t[i - 2] == ':' || t[i - 2] == '.' ||
         t[i - 2] == ',') &&
        nw_addr_lower_cued_may(s, d) && (e = nw_addr_lower_cued(s, i, d, &as))) {
        *next = e; /* "i live at 42 wallaby way", "vivo en calle mayor 3" (names_lowaddr.c) */
        return s->emit(s->arg, ANON_NAMES_ADDRESS, as, e);
    }
    if ((s->kinds & (1u << ANON_NAMES_ADDRESS)) && i >= 8 && t[i - 1] == ' ' &&
        (t[i - 2] == ':' || t[i - 2] == '.' || t[i - 2] == 0xB0 || t[i - 2] == 0xBA) &&
        (e = nw_addr_labelled(s, i, &as))) {
        *next = e; /* "Straße: Hauptstraße, Hausnummer: 5, PLZ: 10115" (names_addrlabels.c) */
        return s->emit(s->arg, ANON_NAMES_ADDRESS, as, e);
    }
    *next = d;
    return 0;
}

/* Does a Japanese honorific suffix in romaji start at a ("san" in "Sato-san"), ending where a
 * word ends? */
static int jp_suffix(const uint8_t *t, size_t len, size_t a)
{
    static const char *const sfx[] = {"san", "sama", "sensei", "senpai", "kun", "chan", "dono"};
    if (t[a] != 's' && t[a] != 'k' && t[a] != 'c' && t[a] != 'd')
        return 0;
    for (size_t k = 0; k < sizeof sfx / sizeof *sfx; k++) {
        size_t n = strlen(sfx[k]);
        if (a + n <= len && !memcmp(t + a, sfx[k], n) &&
            (a + n == len || !(is_alnum(t[a + n]) || t[a + n] >= 0x80 || t[a + n] == '-')))
            return 1;
    }
    return 0;
}

/* An Eircode at the capital i that ends an address ("59 Ashgrove Park, Ennis, Co. Clare, V95
 * R5X7"): names_street40.c; out of line, asked only of a word of letters and digits. */
static __attribute__((noinline)) int eircode_at_capital(struct sc *s, size_t i, size_t *next)
{
    size_t as, e;
    if (!(s->kinds & (1u << ANON_NAMES_ADDRESS)) || i < 4 || !(e = nw_street40_eircode(s, i, &as)))
        return 0;
    *next = e;
    return s->emit(s->arg, ANON_NAMES_ADDRESS, as, e);
}

/* nw_visit() at a capital that may start a word: an address, initials, a name in capitals,
 * a person. */

static __attribute__((noinline)) int visit_capital(struct sc *s, size_t i, size_t *next)
{
    const uint8_t *t = s->t;
    if (i > 0 && t[i - 1] == '=') { /* "dob=April_12th,_1993" */
        size_t m = i + 1;
        while (m < s->len && m - i < 10 && (t[m] | 32) >= 'a' && (t[m] | 32) <= 'z')
            m++;
        size_t d = m + 1, ds, e;
        while (d < s->len && d - m < 4 && is_digit(t[d]))
            d++;
        if (d > m + 1 && t[m] == '_' && (s->kinds & (1u << ANON_NAMES_DOB)) &&
            (e = nw_dob_reread(s, m + 1, d, &ds))) {
            *next = e;
            return s->emit(s->arg, ANON_NAMES_DOB, ds, e);
        }
    }
    /* the address openers by their first bytes, asked only when addresses are: the prescan
     * (PERSON alone) passes the four tests with one */
    if ((s->kinds & (1u << ANON_NAMES_ADDRESS)) &&
        (t[i] == 'C' || t[i] == 'P' || t[i] == 'U' || t[i] == 'B' || t[i] == 'R')) {
        if (t[i] == 'C' && i + 1 < s->len && t[i + 1] == '/') {
            size_t e = nw_addr_calle(s, i);
            if (e) {
                *next = e;
                return s->emit(s->arg, ANON_NAMES_ADDRESS, nw_addr_start(s, i), e);
            }
        }
        if (t[i] == 'P' || t[i] == 'U' ||
            (t[i] == 'B' && i + 1 < s->len &&
             (t[i + 1] == 'P' || t[i + 1] == '.'))) { /* "P.O. Box", "Unit 8505 Box", "BP 45" */
            size_t e = nw_addr_pobox(s, i);
            if (e) {
                *next = e;
                return s->emit(s->arg, ANON_NAMES_ADDRESS, nw_addr_start(s, i), e);
            }
        }
        if (t[i] == 'R' && i + 1 < s->len && t[i + 1] == '.') {
            size_t e =
                nw_addr_rua(s, i); /* Portuguese "R. de Santa Catarina, 39": names_streetpost.c */
            if (e) {
                *next = e;
                return s->emit(s->arg, ANON_NAMES_ADDRESS, nw_addr_start(s, i), e);
            }
        }
    }
    int rc42; /* "nam": {"fn": "Keller", ...}: after ':' or '=' (names_forms42.c) */
    if (i >= 5 && (t[i - 2] == ':' || t[i - 3] == ':' || t[i - 2] == '=') &&
        dcc_name(s, i, next, &rc42))
        return rc42;
    struct word w;
    parse_word(s, i, &w); /* each start once, in order: no use asking nw_parse_word() */
    *next = w.e > i ? w.e : i + 1;
    if (w.shape == SH_INITIAL && (s->kinds & (1u << ANON_NAMES_PERSON)) && w.e + 1 < s->len &&
        t[w.e] == ' ' &&
        (nw_upper(t + w.e + 1, s->len - w.e - 1) || nw_forms5_particle_at(s, w.e + 1))) {
        struct word run[MAX_RUN]; /* "J. R. Hartley", "A. Vogt": the initials open the run */
        size_t n = collect_run(s, &w, run);
        if (n >= 2 && run[n - 1].shape == SH_NAME) {
            int rc = person_at(s, &w, next);
            if (rc != 0 || !s->learn || t[w.e - 1] != '.')
                return rc;
            /* names_learn.c: "T. Zandveld", an initial with its dot ("A Changeset" is none); a
             * street named after the initial's person is no person ("C. Beerninckstraat 12") */
            char buf[48];
            if (nw_street_suffix(nw_fold_span(s, run[n - 1].s, run[n - 1].e, buf, sizeof buf)))
                return 0;
            return nw_learn_run(s, &w, *next, 4);
        }
    }
    if (w.shape == SH_CAPS && (s->kinds & (1u << ANON_NAMES_ADDRESS)) &&
        nw_addr5_may(t, s->len, &w)) {
        size_t e = nw_addr5_street(s, &w); /* "RUE DES GUILLEMINS 83, 4000 LIÈGE" */
        if (e) {
            *next = e;
            return s->emit(s->arg, ANON_NAMES_ADDRESS, nw_addr_start(s, i), e);
        }
    }
    if (w.shape == SH_CAPS && w.e + 1 < s->len && t[w.e] == ' ' && is_digit(t[w.e + 1]) &&
        (s->kinds & (1u << ANON_NAMES_ADDRESS))) {
        size_t e = nw_addr_caps_suffix(s, &w); /* "SVEAVÄGEN 65\n208 48 GÖTEBORG" */
        if (e) {
            *next = e;
            return s->emit(s->arg, ANON_NAMES_ADDRESS, nw_addr_start(s, i), e);
        }
    }
    if (w.shape == SH_CAPS && (s->kinds & (1u << ANON_NAMES_PERSON)) &&
        s->hint != ANON_NAMES_HINT_STRONG) {
        /* "KOWALSKA (Anna), née le", "DUPONT épouse MARTIN (Claire)": names_leaks45.c, asked
         * when a bracket, another word in capitals or "épouse", "veuve", "dite" follows */
        uint8_t c1 = w.e + 3 < s->len && t[w.e] == ' ' ? t[w.e + 1] : 0;
        int r45;
        if ((c1 == '(' || is_up(c1) || c1 == 0xC3 || (c1 == 'v' && t[w.e + 2] == 'e') ||
             (c1 == 'd' && t[w.e + 2] == 'i')) &&
            (r45 = nw_leaks45_decree(s, &w, next)) != 1)
            return r45;
        size_t e = caps_name(s, &w);
        if (!e)
            e = nw_caps_shaped(s, &w);
        if (!e)
            e = nw_doc_caps_surname(s, &w);
        if (!e)
            e = nw_forms5_caps(s, &w);
        if (!e)
            e = nw_prose7_caps(s, &w);
        if (!e)
            e = nw_caps8_caps(s, &w); /* "ROSSI, Maria", "- NOAH SMITH": names_caps8.c */
        if (!e)
            e = nw_leaks44_caps(s, &w); /* "Nachname: LI": names_leaks44.c */
        if (e) {
            *next = e;
            return s->emit(s->arg, ANON_NAMES_PERSON, i, e);
        }
    }
    if (w.shape != SH_NAME)
        return w.shape == SH_OTHER && i + 1 < s->len && is_digit(t[i + 1])
                   ? eircode_at_capital(s, i, next)
                   : 0;
    int rc;
    if (s->kinds & (1u << ANON_NAMES_ADDRESS)) {
        size_t e = nw_addr_word_first(s, &w);
        size_t d = w.e < s->len && t[w.e] == '.' ? w.e + 1 : w.e;
        if (!e && d + 1 < s->len && t[d] == ' ' && is_digit(t[d + 1]) && w.e - w.s <= 9 &&
            nw_may_be(t + i, s->len - i, C_UNIT))
            e = nw_addr_unit_line(s, &w);
        if (!e && nw_addr5_may(t, s->len, &w))
            e = nw_addr5_street(s, &w); /* "Rua Dr. António José de Almeida, 7, ..." */
        if (e) {
            *next = e;
            return s->emit(s->arg, ANON_NAMES_ADDRESS, nw_addr_start(s, i), e);
        }
    }
    if (!(s->kinds & (1u << ANON_NAMES_PERSON)))
        return 0;
    if (w.e + 3 < s->len && t[w.e] == '-' && s->hint != ANON_NAMES_HINT_STRONG &&
        jp_suffix(t, s->len, w.e + 1)) {
        *next = w.e; /* "Ito-sama", "Yamada-sensei": the suffix is the title of a person */
        return s->emit(s->arg, ANON_NAMES_PERSON, i, w.e);
    }
    if (s->hint == ANON_NAMES_HINT_STRONG && lone_plain_word(s, &w))
        return 0;
    if (s->hint == ANON_NAMES_HINT_STRONG && one_word_run(s, &w)) {
        /* the prescan's run of one word without a suffix (no lone word: a capital within 14
         * bytes): person_at() sets these two, and person_decide() asks strong_may() first
         * (the prescan reads no date, so no spelled one either) */
        s->suffix = 0;
        s->thing_first = 0;
        if (!strong_may(s, w.s, w.e))
            return 0;
    }
    if ((w.lex & ANON_NL_COMMON_EN) && !(w.lex & (ANON_NL_GIVEN | ANON_NL_NAME)) &&
        !(w.e + 1 < s->len && t[w.e] == ' ' && nw_upper(t + w.e + 1, s->len - w.e - 1)))
        return nw_dob8_spelled_may(s, i) && (rc = spelled_date(s, i, next)) != 1
                   ? rc
                   : 0; /* "The", "Please": an ordinary word with no capitalised word after it;
                           "October fifth, ...": a month's name with its date said in words */
    if (w.e + 2 < s->len && t[w.e] == ',' && t[w.e + 1] == ' ' &&
        nw_upper(t + w.e + 2, s->len - w.e - 2) && (rc = nw_reversed8(s, &w, 1, next)) != 1)
        return rc; /* "Smith, John (Sales)": a lone word is a surname first (names_reversed8.c) */
    if (lone_common_word(s, &w))
        return nw_dob8_spelled_may(s, i) && (rc = spelled_date(s, i, next)) != 1 ? rc : 0;
    if (lone_unknown_word(s, &w)) {
        if (nw_dob8_spelled_may(s, i) && (rc = spelled_date(s, i, next)) != 1)
            return rc;
        return s->learn ? nw_learn_run(s, &w, w.e, 3) : 0; /* names_learn.c */
    }
    rc = person_at(s, &w, next);
    return rc == 0 && s->learn ? nw_learn_run(s, &w, *next, 2) : rc; /* names_learn.c */
}

/* The pass's visit of a byte that may start a word: kept small (the byte before, the class
 * of the byte), so that the many visits that find nothing pay no large frame; the digits and
 * the capitals are judged apart. */
/* A capital after "al-"/"el-", which is no word start: visited as one, out of line so that the
 * rare case does not inline visit_capital() a second time into nw_visit(). */
static __attribute__((noinline)) int visit_article(struct sc *s, size_t i, size_t *next)
{
    if (i < 3 || (i > 3 && s->t[i - 4] != ' ') || !nw_particles_arabic(s, i - 3))
        return 0;
    return visit_capital(s, i, next);
}

/* A negative number after ' ', ':' or '"': a birth as epoch seconds or milliseconds before
 * 1970 (names_dobevents.c, then names_dob43.c under a header or key line). */
static __attribute__((noinline)) int neg_number(struct sc *s, size_t i, size_t *next)
{
    int rc = nw_neg_timestamp(s, i, next);
    if (rc || *next != i + 1 || !(s->kinds & (1u << ANON_NAMES_DOB)))
        return rc;
    size_t d = i;
    while (d < s->len && is_digit(s->t[d]) && d - i < 14)
        d++;
    return d - i >= 6 && d - i <= 13 && dob43_value(s, i, d, next, &rc) ? rc : 0;
}

int nw_visit(struct sc *s, size_t i, size_t *next)
{
    const uint8_t *t = s->t;
    *next = i + 1;
    if (!word_start_ok(s, i)) /* "Birth date: May-16-1985": no word starts at "16" */
        return t[i - 1] == '-' && is_up(t[i])
                   ? visit_article(s, i, next) /* "Mr. al-Rashid": names_particles.c */
               : t[i - 1] == '-' && is_digit(t[i]) && i >= 4 &&
                       ((((t[i - 2] | 32) >= 'a') && ((t[i - 2] | 32) <= 'z')) || t[i - 2] == '-')
                   ? month_hyphen_day(s, i, next) /* also vCard's "BDAY:--0304" */
               : t[i - 1] == '-' && is_digit(t[i]) && i >= 2 &&
                       (t[i - 2] == ' ' || t[i - 2] == ':' || t[i - 2] == '"' || t[i - 2] == '\t' ||
                        t[i - 2] == ',')
                   ? neg_number(s, i, next)                                  /* "dob": -853027200 */
               : t[i - 1] == '_' && is_digit(t[i]) ? joined_date(s, i, next) /* "April_12th" */
                                                   : 0;
    if (is_digit(t[i]))
        return visit_digits(s, i, next);
    if (!nw_upper(t + i, s->len - i))
        return 0;
    return visit_capital(s, i, next);
}

/* Is text[a .. b) a date and nothing else: "1987-03-04", "04.03.1987", "March 4, 1987", or an
 * ISO date with a time, as systems write a birth date ("1987-03-04T00:00:00Z")? */
static int member_date(const struct sc *s, size_t a, size_t b)
{
    size_t ds, e;
    if (b <= a || b - a > 40)
        return 0;
    if (b - a > 10 && s->t[a + 10] == 'T' && s->t[a + 4] == '-') {
        struct sc d = *s; /* the date up to the 'T', the rest only the digits of a time */
        d.len = a + 10;
        for (size_t i = a + 11; i < b; i++)
            if (!is_digit(s->t[i]) && !strchr(":.+-Z", s->t[i]))
                return 0;
        return nw_date_at(&d, a, &ds) == a + 10 && ds == a;
    }
    size_t i = a; /* "March 4, 1987": the recogniser starts at the day */
    while (i < b && !is_digit(s->t[i]))
        i++;
    e = i < b ? nw_date_at(s, i, &ds) : 0;
    return e == b && ds == a;
}

static int scan(const char *text, size_t len, unsigned kinds, const anon_names_known_t *known,
                int hint, anon_names_emit_fn emit, void *arg, int raised_copy,
                struct nw_learn *learn)
{
    struct sc s;
    struct nw_words words;
    memset(&s, 0, sizeof s);
    s.quoted = (kinds & ANON_NAMES_QUOTED) != 0;
    kinds &= ~ANON_NAMES_QUOTED;
    memset(words.at, 0, sizeof words.at);
    words.t = (const uint8_t *)text;
    words.len = len;
    words.hint = hint;
    s.words = &words;
    struct nw_lines lines; /* the line passes: each line's end found once */
    lines.t = (const uint8_t *)text;
    lines.len = len;
    lines.n = 0;
    lines.ls_pos = lines.ls_start = 0;
    lines.cs_ls = lines.cs_pos = lines.cs_n = 0;
    lines.cs_sep = lines.hs_sep = 0;
    lines.hs_n = lines.hs_h = 0;
    lines.rare = ~0u; /* every byte may be there until nw_rare_bytes() says */
    lines.lk = 0;
    lines.dash = 0;
    s.lines = &lines;
    struct nw_hits hits[NW_HIT_BYTES]; /* the passes that visit each ':' ')' '<' '=' '@' '/' '|'
                                        * ',' '(' */
    for (int k = 0; k < NW_HIT_BYTES; k++) {
        hits[k].t = (const uint8_t *)text;
        hits[k].len = len;
        hits[k].n = 0;
    }
    s.hits = hits;
    s.raised = raised_copy;
    if (learn && !raised_copy && hint == ANON_NAMES_HINT_NONE &&
        (kinds & (1u << ANON_NAMES_PERSON))) {
        learn->emit = emit; /* names_learn.c: outermost, so that it sees every finding */
        learn->arg = arg;
        emit = nw_learn_emit;
        arg = learn;
        s.learn = learn;
    }
    s.t = (const uint8_t *)text;
    s.len = len;
    s.kinds = kinds;
    s.known = known;
    s.hint = hint;
    s.emit = emit;
    s.arg = arg;
    const uint8_t *t = s.t;
    int rc;
    if (!kinds || !len)
        return 0;
    if (hint == ANON_NAMES_HINT_STREET || hint == ANON_NAMES_HINT_ADDR_PART) {
        size_t a = 0, b = len;
        trim_cell(&s, &a, &b);
        if ((kinds & (1u << ANON_NAMES_ADDRESS)) && nw_street_value(&s, a, b, hint))
            return emit(arg, ANON_NAMES_ADDRESS, a, b);
        s.hint = hint = ANON_NAMES_HINT_NONE;
    }
    if (hint == ANON_NAMES_HINT_DOB) {
        s.hint = hint = ANON_NAMES_HINT_NONE;
        size_t a = 0, b = len;
        trim_cell(&s, &a, &b);
        if ((kinds & (1u << ANON_NAMES_DOB)) &&
            (member_date(&s, a, b) || nw_dob47_member_value(&s, a, b)))
            return emit(arg, ANON_NAMES_DOB, a, b);
    }
    if ((kinds & (1u << ANON_NAMES_PERSON)) && hint == ANON_NAMES_HINT_NONE && !raised_copy &&
        len >= 8 && len <= 200 && t[0] >= 'a' && t[0] <= 'z' && (rc = nw_caps8_lower(&s)) < 0)
        return rc; /* "pranzo con giulia": names_caps8_lower.c */
    if ((kinds & (1u << ANON_NAMES_PERSON)) && hint == ANON_NAMES_HINT_NONE && !raised_copy) {
        uint8_t raised[4096]; /* "follow up with patricia desrosiers": see names_lower.c */
        if (nw_raise_lower(t, len, raised, sizeof raised)) {
            rc = scan((const char *)raised, len, kinds, known, hint, emit, arg, 1, NULL);
            OPENSSL_cleanse(raised, len);
            return rc;
        }
    }
    struct nw_particles parts = {emit, arg, &s, 0}; /* names_particles.c: "Mr. [van Dijk]" */
    if (kinds & (1u << ANON_NAMES_PERSON)) {
        s.emit = emit = nw_particles_emit;
        s.arg = arg = &parts;
    }
    struct nw_dobfam fam = {emit, arg, &s}; /* names_dobfam.c: famous people's births */
    if (kinds & (1u << ANON_NAMES_DOB)) {
        s.emit = nw_dobfam_emit;
        s.arg = &fam;
    }
    /* names_bytes.c: the rare bytes the text holds, for the passes after (the prescan's runs only
     * two searches for them, '<' and '|': one pass for eight costs more there; so does a byte
     * loop, and the call, over a short text, whose searches are short) */
    if (hint != ANON_NAMES_HINT_STRONG && len >= 64 && nw_rare_bytes_fast())
        lines.rare = nw_rare_bytes(t, len);
    for (int k = 2; k <= 6; k++) { /* the slots of '<' '=' '@' '/' '|' (nw_hit_slot()) */
        static const unsigned bit[7] = {0, 0, NW_RB_LT, NW_RB_EQ, NW_RB_AT, NW_RB_SLASH, NW_RB_BAR};
        if (!(lines.rare & bit[k]) && hits[k].n == 0) {
            hits[k].at[0] = len; /* what the first search would find: none */
            hits[k].n = 1;
        }
    }
    if ((kinds & (1u << ANON_NAMES_PERSON | 1u << ANON_NAMES_DOB)) && (rc = csv_names(&s)) < 0)
        return rc;
    if ((kinds & (1u << ANON_NAMES_DOB | 1u << ANON_NAMES_PERSON)) && (rc = nw_mrz_births(&s)) < 0)
        return rc; /* names_mrz.c: passports' and ID cards' machine-readable zones */
    if ((hint == ANON_NAMES_HINT_NONE || hint == ANON_NAMES_HINT_STRONG) &&
        (rc = nw_hl7_fields(&s)) < 0)
        return rc; /* names_hl7.c: HL7 v2 messages */
    if (hint != ANON_NAMES_HINT_STRONG && (rc = nw_travel8(&s)) < 0)
        return rc; /* names_travel8.c: SURNAME/GIVEN in airline and travel records */
    if (hint != ANON_NAMES_HINT_STRONG && (rc = nw_header_tables(&s)) < 0)
        return rc;
    if (hint == ANON_NAMES_HINT_NONE && (rc = nw_field_values(&s)) < 0)
        return rc; /* names_tables2.c: `dob=..`, `"last_name": ..`, SQL and table columns */
    if ((kinds & (1u << ANON_NAMES_PERSON)) && hint != ANON_NAMES_HINT_STRONG &&
        ((rc = chat_names(&s)) < 0 || (rc = nw_table_names(&s)) < 0 ||
         (rc = nw_pipe_columns(&s)) < 0 || (rc = nw_fixed_columns(&s)) < 0 ||
         (rc = nw_chat_speakers(&s)) < 0 || (rc = nw_chat_mentions(&s)) < 0 ||
         (rc = nw_leaks46_cues(&s)) < 0 || (rc = nw_quoted_vocative(&s)) < 0 ||
         (rc = nw_docs4_names(&s)) < 0 || (rc = nw_roster_names(&s)) < 0 ||
         (rc = nw_forms6_names(&s)) < 0 || (rc = nw_lists2_names(&s)) < 0 ||
         (rc = nw_lower11_lists(&s)) < 0 || (rc = nw_casual12_pairs(&s)) < 0 ||
         (rc = nw_tables7_names(&s)) < 0 || (rc = nw_labels7_names(&s)) < 0 ||
         (rc = nw_profileurl_names(&s)) < 0 || (rc = nw_script2_names(&s)) < 0 ||
         (rc = nw_kv8_parties(&s)) < 0 || (rc = nw_roles9_sheets(&s)) < 0 ||
         (rc = nw_struct9_names(&s)) < 0 || (rc = nw_outside10_names(&s)) < 0 ||
         (rc = nw_h9rec_lists(&s)) < 0 || (rc = nw_h12rp_names(&s)) < 0 ||
         (rc = nw_h12rs_names(&s)) < 0))
        return rc;
    if (hint == ANON_NAMES_HINT_NONE && (rc = nw_tech41_fields(&s)) < 0)
        return rc; /* names_tech41.c: psql's `\x` rows, sqlite's rows, CoNLL tags, SSML */
    if (hint == ANON_NAMES_HINT_NONE && (rc = nw_tech42_names(&s)) < 0)
        return rc; /* names_tech42.c: names before a mailbox that spells them, RFC 2047, GECOS */
    if (hint == ANON_NAMES_HINT_NONE && (kinds & (1u << ANON_NAMES_PERSON)) &&
        ((rc = nw_ops15_voice(&s)) < 0 || (rc = nw_ops15_roles(&s)) < 0))
        return rc; /* names_ops15.c: a contact's name in a voice assistant's command */
    if (hint == ANON_NAMES_HINT_NONE && (rc = nw_reg15_names(&s)) < 0)
        return rc; /* names_reg15.c: the name under a numbered form box's caption */
    if ((hint == ANON_NAMES_HINT_PERSON || hint == ANON_NAMES_HINT_NAME) &&
        (kinds & (1u << ANON_NAMES_PERSON))) {
        size_t a = 0, b = len;
        trim_cell(&s, &a, &b);
        if ((hint == ANON_NAMES_HINT_PERSON && name_shaped(&s, a, b)) ||
            (hint == ANON_NAMES_HINT_NAME && b > a && t[a] >= 'A' && t[a] <= 'Z' &&
             caps_name_value(&s, a, b)) ||
            (b > a && t[a] >= 0xC2 &&
             nw_script_name(&s, a, b, hint == ANON_NAMES_HINT_PERSON ? 1 : 2)))
            return emit(arg, ANON_NAMES_PERSON, a, b); /* "Иван Петров", "王伟" */
    }
    size_t i = 0, next = 0;
    int digits = (kinds & (1u << ANON_NAMES_DOB | 1u << ANON_NAMES_ADDRESS)) != 0;
    /* '.' and ':' stop the pass for lower-case names, which visit_punct() never reports in the
     * prescan */
    int strong = hint == ANON_NAMES_HINT_STRONG;
#ifdef HAVE_NW_AVX2_WALK
    if (nw_use_avx2() && (rc = nw_walk_avx2_blocks(&s, &i, &next, digits, strong)) < 0)
        return rc;
#endif
#ifdef __SSE2__
    if ((rc = nw_walk_sse2(&s, &i, &next, digits, strong)) < 0)
        return rc;
#endif
    for (i = i > next ? i : next; i < len;) {
        uint8_t c = t[i];
        if (!strong && (c == '.' || c == ':') && i + 2 < len && t[i + 1] == ' ' &&
            ((t[i + 2] >= 'a' && t[i + 2] <= 'z') ||
             ((t[i + 2] == '"' || t[i + 2] == '\\') && c == ':'))) {
            if ((rc = nw_visit_punct(&s, i, &i)) < 0)
                return rc;
            continue;
        }
        if (!strong && c == '.' && nw_files10_may(t, len, i)) {
            size_t e = i + 1;
            if ((rc = nw_files10(&s, i, &e)) < 0)
                return rc;
            i = e;
            continue;
        }
        if (!((c >= 'A' && c <= 'Z') || (digits && is_digit(c)) || (c >= 0xC3 && c <= 0xC8))) {
            i++;
            continue;
        }
        if ((rc = nw_visit(&s, i, &i)) < 0)
            return rc;
    }
    return 0;
}

int anon_names_scan(const char *text, size_t len, unsigned kinds, const anon_names_known_t *known,
                    int hint, anon_names_emit_fn emit, void *arg)
{
    struct nw_asr_filter f; /* names_asr.c: a speech-to-text transcript is read as words first */
    struct nw_learn learn;  /* names_learn.c: only its counts need a start */
    learn.n = learn.persons = learn.last_person = learn.asked = 0;
    learn.out = NULL;
    if (nw_learn_traced) { /* the trainer: the chain's end tells which runs got through */
        learn.out = emit;
        learn.out_arg = arg;
        learn.probe = 0;
        emit = nw_learn_sink;
        arg = &learn;
    }
    struct nw_link last = {(const uint8_t *)text, len, emit, arg}; /* names_forms44.c */
    struct nw_prec14 p = {(const uint8_t *)text, len, nw_forms44_emit, &last, 0, 0}; /* prec14.c */
    struct nw_link h = {(const uint8_t *)text, len, nw_prec14_emit, &p};  /* names_h11prec.c */
    struct nw_link q = {(const uint8_t *)text, len, nw_h11prec_emit, &h}; /* names_prec38.c */
    struct nw_link r = {(const uint8_t *)text, len, nw_prec38_emit, &q};  /* names_street40.c */
    struct nw_place41 v = {
        (const uint8_t *)text, len, nw_street40_emit, &r, {0}, {0}, 0};   /* names_place41.c */
    struct nw_link w = {(const uint8_t *)text, len, nw_place41_emit, &v}; /* names_leaks42.c */
    struct nw_link x = {(const uint8_t *)text, len, nw_leaks42_emit, &w}; /* names_fp43.c */
    struct nw_link y = {(const uint8_t *)text, len, nw_fp43_emit, &x};    /* names_fp44.c */
    struct nw_link yp = {(const uint8_t *)text, len, nw_fp44_emit, &y};   /* names_prose44.c */
    struct nw_leaks44 z = {
        (const uint8_t *)text, len, nw_prose44_emit, &yp, SIZE_MAX, SIZE_MAX}; /* names_leaks44.c */
    struct nw_link z45 = {(const uint8_t *)text, len, nw_leaks44_emit, &z};    /* names_leaks45.c */
    struct nw_link f45 = {(const uint8_t *)text, len, nw_leaks45_emit, &z45};  /* names_fp45.c */
    struct nw_link f46 = {(const uint8_t *)text, len, nw_fp45_emit, &f45};     /* names_prec46.c */
    struct nw_link f47 = {(const uint8_t *)text, len, nw_prec46_emit, &f46};   /* names_prec47.c */
    emit = nw_prec47_emit;
    arg = &f47;
    if (hint == ANON_NAMES_HINT_NONE &&
        nw_asr_begin(&f, text, len, kinds & ~ANON_NAMES_QUOTED, emit, arg)) {
        int rc =
            f.rc < 0 ? f.rc : scan(text, len, kinds, known, hint, nw_asr_filter_emit, &f, 0, NULL);
        nw_asr_end(&f);
        return rc;
    }
    return scan(text, len, kinds, known, hint, emit, arg, 0, &learn);
}

int anon_names_kind(const char *type)
{
    if (strcmp(type, "PERSON") == 0)
        return ANON_NAMES_PERSON;
    if (strcmp(type, "STREET_ADDRESS") == 0)
        return ANON_NAMES_ADDRESS;
    if (strcmp(type, "DATE_OF_BIRTH") == 0)
        return ANON_NAMES_DOB;
    return -1;
}
