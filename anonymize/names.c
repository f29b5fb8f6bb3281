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
 *
 * This file holds the word pass (nw_visit(): bytes and words, a capitalised word, a lone word, a
 * lower-case name after a strong context); the driver over a text is names_scan.c, a digit run's
 * visitor names_visit_digits.c, the run and its verdict names_people.c, names_verdict.c and
 * names_signals.c, tables names_csv.c and chat logs names_chatlog.c (names_scan_internal.h).
 */
#include "anonymize/names_addrw64.h"
#include "anonymize/names_internal.h"
#include "anonymize/names_street58.h"
#include "anonymize/names_scan_internal.h"
#include "anonymize/names_h12rp.h"
#include "anonymize/names_dob17.h"
#include "anonymize/names_dob41.h"
#include "anonymize/names_precheck.h"
#include "anonymize/names_scan56.h"
#include "anonymize/names_scan57.h"
#include "anonymize/names_scan59.h"

#include <openssl/mem.h>
#include <string.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

#define MAX_RUN 6

/* Where the line holding i starts (at most 400 bytes back). Queries mostly move forward with
 * the pass, so the last answer is reused and each byte is looked at about once. */
/* The last j in (lo, j] with a break before it, else lo. With SSE2, 15 positions at a time are
 * passed over when their bytes hold no '\n', '\r' or '\\' (one of which every break needs). */
size_t back_to_break(const uint8_t *t, size_t lo, size_t j)
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

size_t line_start(const struct sc *s, size_t i)
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

/* parse_word() byte by byte: every word the one step below does not settle */
__attribute__((noinline)) void parse_word_loop(const struct sc *s, size_t i, struct word *w)
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

/* nw_parse_word() of a word the cache does not hold: parsed, and kept when there is a cache.
 * Out of line (cost63): the cache's hit is then a front that saves no registers. */
static __attribute__((noinline)) void parse_word_miss(const struct sc *s, size_t i, struct word *w,
                                                      struct nw_words *c, size_t k)
{
    parse_word(s, i, w);
    if (c) {
        c->at[k] = i + 1;
        c->w[k] = *w;
    }
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
    parse_word_miss(s, i, w, c, k);
}

/* The word (letters, apostrophes, dots) that ends before i, skipping spaces and tabs; *ws is where
 * it starts. "" when none is on this line. Trailing dots are dropped from the folded word. In raw
 * JSON (the prescan's body) a word after an escaped line break or tab starts after it: the 'n' of
 * "\\nThanks" is the break's ("\\nThanks, Veta" closes a message as "\nThanks, Veta" does). */
const char *word_before(const struct sc *s, size_t i, size_t *ws, char *buf, size_t cap)
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

int nw_lexname(unsigned f)
{
    return (f & (ANON_NL_GIVEN | ANON_NL_NAME)) != 0;
}

/* Collects the run of name-shaped words that starts with w0. Returns its length. */
/* Does the word at q begin the next label on the line, so that the value before it ends there
 * ("Nachname: Keller Vorname: Maria", "Nom : DUPONT Prénom : Jean", "Name: Keller First name:
 * Maria")? The words from q to a ':' and its own value are a person label, or q's word alone
 * stands before the ':' of a value that itself follows a label's ':'. */
int label_next(const struct sc *s, const struct word *run, const struct word *w)
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
    size_t e58; /* "Date of birth: l4.07.1976": OCR's l for the first 1 (names_street58.c) */
    if (p + 2 < s->len && t[p + 2] == 'l' && nw_street58_ocr_may(t, s->len, p + 2) &&
        (e58 = nw_street58_ocr_date(s, p + 2))) {
        *next = e58;
        return s->emit(s->arg, ANON_NAMES_DOB, p + 2, e58);
    }
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

/* May the capitals word at i follow a label without its colon or a row's number (names_scan54.c):
 * a space or a tab before it, and before that a separator's mark, a capital, a digit or a
 * bracket, never a sentence's end or a small letter? */
static int bare_label_may(const uint8_t *t, size_t i)
{
    uint8_t c = t[i - 2];
    if (c == '.')
        return !(t[i - 3] >= 'a' && t[i - 3] <= 'z');
    return c == ' ' || c == '\t' || c == '|' || c == '~' || c == '_' || c == 0xA6 || c == ')' ||
           is_digit(c) || is_up(c) || (c >= 0x80 && c != 0x9D && c != 0x99) ||
           (c == ':' && (t[i - 3] == ':' || t[i - 3] == ' '));
}

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
    int r58; /* "R. da Alegria 12": names_street58.c */
    if (w.shape == SH_INITIAL && t[i] == 'R' && t[i + 1] == '.' &&
        (s->kinds & (1u << ANON_NAMES_ADDRESS)) && nw_street58_dotted(s, i, next, &r58))
        return r58;
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
    int rc56; /* "STORGATAN 12", "ST0RGATAN 12" (an OCR digit inside): names_scan56.c */
    if (w.shape == SH_CAPS && w.e < s->len &&
        (t[w.e] == ' ' || t[w.e] == '.' || t[w.e] == '\t' || is_digit(t[w.e])) &&
        (s->kinds & (1u << ANON_NAMES_ADDRESS)) &&
        (is_digit(t[w.e]) || nw_scan56_may(t, &w)) && /* an OCR digit: the reader reads on */
        nw_scan57_cell(s, &w, next, &rc56))
        return rc56;
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
        if (!e && i > 0 && t[i - 1] == '\n' && w.e < s->len && t[w.e] != '\n') {
            int rp58 = nw_scanp58_signature(s, &w, next); /* "SIGNED: A. NOWAK": names_scanp58.c */
            if (rp58 == 1)
                rp58 = nw_scanp58_titled_line(s, &w, next); /* "PANI AMARA DIALLO" */
            if (rp58 != 1)
                return rp58;
        }
        if (!e && i >= 3 && (t[i - 1] == ' ' || t[i - 1] == '\t') && bare_label_may(t, i)) {
            int r54 = nw_scan54_bare_label(s, &w, next); /* "NOH  X", "ONOMA ¦ X": names_scan54.c */
            if (r54 != 1)
                return r54;
        }
        if (e) {
            *next = e;
            return s->emit(s->arg, ANON_NAMES_PERSON, i, e);
        }
    }
    if (w.shape == SH_OTHER && w.e == i + 1 && i + 2 < s->len && t[i + 1] == '.' &&
        (s->kinds & (1u << ANON_NAMES_ADDRESS)) && nw_street58_dotted(s, i, next, &r58))
        return r58; /* "P.zza IV Novembre 3", "V.le XXIV Maggio 8": names_street58.c */
    if (w.shape == SH_OTHER && w.e == i + 1 && i + 2 < s->len &&
        ((is_digit(t[i + 1]) && is_up(t[i + 2])) || (t[i] == 'C' && t[i + 1] == '/')) &&
        (s->kinds & (1u << ANON_NAMES_ADDRESS)) && nw_scan57_cell(s, &w, next, &rc56))
        return rc56; /* "K0ULUKATU 9", "V1A ROMA 57", "C/ MAY0R 12" */
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

/* An 'O' with a digit after it, a 0 a scanner misread, opening a birth date: names_scan55.c's
 * "O6.09.1961", names_scan59.c's "O4 . O2 . 1950", "O8 JUL 1961"; 1 when one was emitted (the
 * emit's answer in *rc), *next past it. Out of line: the case is rare. */
static __attribute__((noinline)) int ocr_lead(struct sc *s, size_t i, size_t *next, int *rc)
{
    size_t e;
    if (nw_scan55_lead(s, i, next))
        e = *next;
    else if (nw_scan59_lead_may(s->t, s->len, i) && (s->kinds & (1u << ANON_NAMES_DOB)) &&
             (e = nw_scan59_date(s, i)) != 0)
        *next = e;
    else
        return 0;
    *rc = s->emit(s->arg, ANON_NAMES_DOB, i, e);
    return 1;
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
               : t[i - 1] >= 0x80 && is_digit(t[i]) && (s->kinds & (1u << ANON_NAMES_ADDRESS))
                   ? nw_addrw64_glued(s, i, next) /* "大街27号" (names_addrw64.c) */
                   : 0;
    if (is_digit(t[i]))
        return visit_digits(s, i, next);
    if (!nw_upper(t + i, s->len - i))
        return 0;
    int rc;
    if (t[i] == 'O' && i + 3 < s->len && is_digit(t[i + 1]) && ocr_lead(s, i, next, &rc))
        return rc; /* "O6.09.1961", "O4 . O2 . 1950" */
    return visit_capital(s, i, next);
}
