/* names.c: the NAMES pack's scanner: the pass over a text, and people (PERSON) in it.
 *
 * One pass stops only at capitalised words and digit runs that start a word (16 bytes at a time
 * with SSE2). A digit run may be a date of birth or open an address, a capitalised word may open
 * an address (both in names_places.c) or a run of name-shaped words. A run
 * is a person when its context says so (a title, a greeting, a label, a signature after a
 * closing, a verb that takes a person), when the request already named that person, or when the
 * lexicon recognises a given name and the rest fits; words that make a term of it ("Dijkstra's
 * algorithm", "Apache Kafka", "Maria Street") veto it. Nothing here allocates.
 */
#include "anonymize/names_internal.h"

#include <string.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

enum { CTX_NONE, CTX_WEAK, CTX_STRONG };
#define MAX_RUN 6

/* ---- bytes and words ------------------------------------------------------------------------ */
/* May a word start at i, judging by the byte before it? Not inside identifiers, paths, e-mail
 * addresses, code spans, numbers or hyphenated words. */
static int word_start_ok(const struct sc *s, size_t i)
{
    if (i == 0)
        return 1;
    uint8_t c = s->t[i - 1];
    if (c >= 0x80) /* after a quote or a no-break space, not after a letter */
        return (i >= 3 && s->t[i - 3] == 0xE2) || (i >= 2 && s->t[i - 2] == 0xC2);
    if (is_alnum(c)) /* but "\nMaria" in raw JSON starts a word */
        return (c == 'n' || c == 't' || c == 'r') && i >= 2 && s->t[i - 2] == '\\';
    switch (c) {
    case '_':
    case '.':
    case '@':
    case '/':
    case '\\':
    case '-':
    case '#':
    case '$':
    case '%':
    case '+':
    case '~':
    case '`':
    case '&':
        return 0;
    default:
        return 1;
    }
}

/* Is the byte at i a line break (a real one, or "\n" as written inside raw JSON)? Returns the
 * width of the break ending right before i, 0 when there is none. */
size_t nw_break_before(const struct sc *s, size_t i)
{
    if (i >= 1 && (s->t[i - 1] == '\n' || s->t[i - 1] == '\r'))
        return 1;
    if (i >= 2 && s->t[i - 2] == '\\' && (s->t[i - 1] == 'n' || s->t[i - 1] == 'r'))
        return 2;
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

/* A capitalised word at i: "Maria", "O'Brien", "McDonald", "Jean-Luc", "Müller", an initial "J."
 * (SH_INITIAL), all capitals (SH_CAPS) or anything else that starts with a capital (SH_OTHER:
 * "OAuth", "String(", "Foo.bar"). w->e is where the word ends. */
void nw_parse_word(const struct sc *s, size_t i, struct word *w)
{
    const uint8_t *t = s->t;
    size_t len = s->len, j = i + nw_upper(t + i, len - i), lower = 0;
    int extra_upper = 0, after_join = 0;
    w->s = i;
    w->lex = 0;
    while (j < len) {
        if (t[j] >= 'a' && t[j] <= 'z') { /* most letters: ASCII lower case */
            size_t j0 = j;
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
            } else {
                lower++;
            }
            after_join = 0;
            j += l;
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
    w->shape = SH_NAME;
    if (j < len) {
        uint8_t c = t[j];
        if (is_digit(c) || c == '_' || c == '(' || c == '@' || c == '<' || c == '[' || c == '/' ||
            c == '\\' || c == '{')
            w->shape = SH_OTHER;
        else if ((c == '.' || c == ':') && j + 1 < len && (is_alnum(t[j + 1]) || t[j + 1] == ':'))
            w->shape = SH_OTHER;
        else if (c == '=' && j + 1 < len && t[j + 1] != '=')
            w->shape = SH_OTHER;
        else if (c == '-' && j + 1 < len && is_digit(t[j + 1]))
            w->shape = SH_OTHER; /* "Adler-32" */
    }
    if (w->shape == SH_NAME && s->hint != ANON_NAMES_HINT_STRONG)
        w->lex = anon_names_lexicon((const char *)t + i, j - i);
}

/* The lower-case folding of text[a .. b) into buf (NUL-terminated), "" when it does not fit. */
const char *nw_fold_span(const struct sc *s, size_t a, size_t b, char *buf, size_t cap)
{
    size_t n = b > a ? nw_fold((const char *)s->t + a, b - a, buf, cap - 1) : 0;
    buf[n] = '\0';
    return buf;
}

/* The word (letters, apostrophes, dots) that ends before i, skipping spaces and tabs; *ws is where
 * it starts. "" when none is on this line. Trailing dots are dropped from the folded word. */
static const char *word_before(const struct sc *s, size_t i, size_t *ws, char *buf, size_t cap)
{
    const uint8_t *t = s->t;
    while (i > 0 && (t[i - 1] == ' ' || t[i - 1] == '\t'))
        i--;
    size_t e = i;
    while (i > 0 && e - i < 24 &&
           (t[i - 1] >= 0x80 || is_alnum(t[i - 1]) || t[i - 1] == '.' || t[i - 1] == '\''))
        i--;
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
    const uint8_t *t = s->t;
    while (i < s->len && t[i] == ' ')
        i++;
    size_t b = i;
    while (i < s->len && i - b < 24 && (t[i] >= 0x80 || is_alnum(t[i]) || t[i] == '&'))
        i++;
    *we = i;
    return nw_fold_span(s, b, i, buf, cap);
}

/* ---- context -------------------------------------------------------------------------------- */
/* "Patient: " or "From: \"" before the run on its line. */
static int label_ctx(const struct sc *s, size_t start, int *list)
{
    size_t e = start;
    const uint8_t *t = s->t;
    while (e > 0 && start - e < 8 && strchr(" \t\"'*(", t[e - 1]))
        e--;
    if (e == 0 || (t[e - 1] != ':' && t[e - 1] != '='))
        return 0;
    size_t ls = line_start(s, start);
    if (e <= ls)
        return 0;
    e--;
    while (e > ls && (t[e - 1] == ' ' || t[e - 1] == '*'))
        e--;
    size_t b = e;
    while (b > ls && e - b < 32 && !strchr("\t|,;>-#\"'(", t[b - 1]))
        b--;
    while (b < e && t[b] == ' ')
        b++;
    char buf[40];
    const char *l = nw_fold_span(s, b, e, buf, sizeof buf);
    for (char *p = buf; *p; p++)
        if (*p == '_')
            *p = ' ';
    if (!nw_label(l))
        return 0;
    *list = nw_list_label(l);
    return 1;
}

/* Does a line (or a JSON string) start at p, markup aside? Where it starts goes to *ls. */
static int starts_line(const struct sc *s, size_t p, size_t *ls)
{
    size_t i = p;
    while (i > 0 && p - i < 16 && !nw_break_before(s, i) && strchr(" \t>*-#|'", s->t[i - 1]))
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

/* What the words around run[0 .. n) say: CTX_STRONG, CTX_WEAK or CTX_NONE; *list when a list
 * label opened it. */
static int context(const struct sc *s, size_t start, size_t end, int *list)
{
    char b1[32], b2[32], b3[32], b4[32];
    size_t ws, ws2, ws3, we;
    *list = 0;
    const char *pw = word_before(s, start, &ws, b1, sizeof b1);
    if (nw_particle(pw)) /* "mevr. van Dijk": the title is before the particle */
        pw = word_before(s, ws, &ws, b1, sizeof b1);
    if (*pw) {
        if (nw_honorific(pw))
            return CTX_STRONG;
        size_t ls;
        if (nw_salutation(pw) && starts_line(s, ws, &ls))
            return CTX_STRONG;
        const char *pw2 = word_before(s, ws, &ws2, b2, sizeof b2);
        if (strcmp(pw, "morning") == 0 || strcmp(pw, "afternoon") == 0 ||
            strcmp(pw, "evening") == 0)
            if (strcmp(pw2, "good") == 0 && starts_line(s, ws2, &ls))
                return CTX_STRONG;
        if (strcmp(pw, "to") == 0 && (strcmp(pw2, "assigned") == 0 || strcmp(pw2, "married") == 0))
            return CTX_STRONG;
        if (strcmp(pw, "is") == 0 || strcmp(pw, "name's") == 0) {
            if (strcmp(pw2, "name") == 0 || strcmp(pw, "name's") == 0)
                return CTX_STRONG;
            const char *pw3 = word_before(s, ws2, &ws3, b3, sizeof b3);
            if (strcmp(pw2, "this") == 0 && starts_line(s, ws2, &ls))
                return CTX_STRONG;
            (void)pw3;
        } else if (nw_intro(pw) && strcmp(pw, "this is") != 0) {
            if (strcmp(pw, "i'm") == 0 || strcmp(pw, "im") == 0 || strcmp(pw, "soy") == 0 ||
                strcmp(pw, "sono") == 0)
                return CTX_WEAK;
            return CTX_STRONG; /* "je m'appelle", "ich heiße", "ik heet", "me llamo" */
        }
    }
    if (label_ctx(s, start, list) || signature_ctx(s, start))
        return CTX_STRONG;
    /* after the run: a verb, "was born", a possessive with a relation */
    size_t i = end;
    int poss = 0;
    if (i + 1 < s->len && s->t[i] == '\'' && s->t[i + 1] == 's') {
        i += 2;
        poss = 1;
    } else if (i + 3 < s->len && s->t[i] == 0xE2 && s->t[i + 1] == 0x80 && s->t[i + 2] == 0x99 &&
               s->t[i + 3] == 's') {
        i += 4;
        poss = 1;
    }
    const char *nw = nw_word_after(s, i, &we, b4, sizeof b4);
    if (poss) {
        static const char *const rel[] = {
            "account", "address", "birthday", "boss",   "brother", "daughter", "email", "father",
            "friend",  "husband", "manager",  "mother", "phone",   "sister",   "son",   "wife"};
        for (size_t k = 0; k < sizeof rel / sizeof rel[0]; k++)
            if (strcmp(nw, rel[k]) == 0)
                return CTX_WEAK;
        return CTX_NONE;
    }
    if (strcmp(nw, "was") == 0 || strcmp(nw, "is") == 0 || strcmp(nw, "wurde") == 0) {
        size_t we2;
        const char *n2 = nw_word_after(s, we, &we2, b2, sizeof b2);
        if (strcmp(n2, "born") == 0 || strcmp(n2, "geboren") == 0)
            return CTX_STRONG;
        return CTX_NONE;
    }
    if (*nw && nw_verb_after(nw))
        return CTX_WEAK;
    if (*pw && nw_verb_before(pw))
        return CTX_WEAK;
    return CTX_NONE;
}

/* A word after the run, possessive or not, that makes the run a term ("Dijkstra's algorithm",
 * "Fourier transform", "Keller GmbH")? */
static int term_follows(const struct sc *s, size_t end)
{
    size_t i = end, we;
    char buf[32];
    if (i + 1 < s->len && s->t[i] == '\'' && s->t[i + 1] == 's')
        i += 2;
    else if (i + 3 < s->len && s->t[i] == 0xE2 && s->t[i + 1] == 0x80 && s->t[i + 2] == 0x99 &&
             s->t[i + 3] == 's')
        i += 4;
    if (i < s->len && s->t[i] != ' ')
        return 0;
    return nw_term_after(nw_word_after(s, i, &we, buf, sizeof buf));
}

int nw_lexname(unsigned f)
{
    return (f & (ANON_NL_GIVEN | ANON_NL_NAME)) != 0;
}

static int known_word(const struct sc *s, const struct word *w)
{
    if (!s->known || w->shape != SH_NAME || w->e - w->s < 2)
        return 0;
    if ((w->lex & ANON_NL_COMMON_EN) && !nw_lexname(w->lex))
        return 0;
    return anon_names_known_has(s->known, (const char *)s->t + w->s, w->e - w->s) > 0;
}

/* ---- people --------------------------------------------------------------------------------- */
/* Collects the run of name-shaped words that starts with w0. Returns its length. */
static size_t collect_run(const struct sc *s, const struct word *w0, struct word *run)
{
    const uint8_t *t = s->t;
    size_t n = 0, p = w0->e;
    run[n++] = *w0;
    while (n < MAX_RUN && p + 1 < s->len && t[p] == ' ') {
        size_t q = p + 1;
        struct word w;
        if (nw_upper(t + q, s->len - q)) {
            nw_parse_word(s, q, &w);
            if (w.shape != SH_NAME && w.shape != SH_INITIAL)
                break;
            run[n++] = w;
            p = w.e;
            continue;
        }
        /* particles: "van", "de la", then a capitalised word */
        size_t e = q;
        while (e < s->len && e - q < 6 && t[e] >= 'a' && t[e] <= 'z')
            e++;
        char buf[8];
        if (e == q || e >= s->len || t[e] != ' ' || !strchr("abdeiltvyz", t[q]) ||
            !nw_particle(nw_fold_span(s, q, e, buf, sizeof buf)))
            break;
        size_t r = e + 1;
        while (r < s->len && t[r] >= 'a' && t[r] <= 'z' && r - e < 6)
            r++;
        if (r > e + 1 && r < s->len && t[r] == ' ' &&
            nw_particle(nw_fold_span(s, e + 1, r, buf, sizeof buf)))
            e = r; /* "van der" */
        if (e + 1 >= s->len || !nw_upper(t + e + 1, s->len - e - 1))
            break;
        nw_parse_word(s, e + 1, &w);
        if (w.shape != SH_NAME || n + 1 >= MAX_RUN)
            break;
        run[n++] = (struct word){q, e, SH_PARTICLE, 0};
        run[n++] = w;
        p = w.e;
    }
    while (n > 1 && run[n - 1].shape == SH_INITIAL)
        n--;
    return n;
}

/* Could anything around an unknown run make it a person? A cheap look at the bytes and the
 * words right before and after it, so most capitalised words in prose and code ("Kubernetes",
 * "München") cost no more than this. */
static int maybe_context(const struct sc *s, size_t start, size_t end)
{
    const uint8_t *t = s->t;
    size_t i = start;
    while (i > 0 && start - i < 8 && strchr(" \t\"'*(", t[i - 1]))
        i--;
    if (i == 0 || t[i - 1] == ':' || t[i - 1] == '=' || t[i - 1] == '\n' || nw_break_before(s, i))
        return 1; /* a label, or the start of a line (greeting, signature) */
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
    if (pe > pb && nw_could_be(t + pb, pe - pb, 0)) {
        const char *pw = word_before(s, start, &ws, buf, sizeof buf);
        if (*pw && (nw_cats(pw) & (C_HON | C_SAL | C_VB | C_INTRO | C_PART | C_NEAR)))
            return 1;
    }
    if (end < s->len && (t[end] == '\'' || t[end] == 0xE2))
        return 1; /* a possessive */
    if (end + 1 >= s->len || t[end] != ' ' || t[end + 1] < 'a' || t[end + 1] > 'z')
        return 0;
    size_t ne = end + 1;
    while (ne < s->len && ne - end < 24 && (t[ne] >= 0x80 || is_alnum(t[ne])))
        ne++;
    if (!nw_could_be(t + end + 1, ne - end - 1, 1))
        return 0;
    const char *nw = nw_word_after(s, end, &we, buf, sizeof buf);
    return (nw_cats(nw) & (C_VA | C_BE)) != 0;
}

/* Is the run run[0 .. n) a person? */
static int person_decide(struct sc *s, const struct word *run, size_t n, int *list_out)
{
    char buf[48];
    size_t names = 0;
    const struct word *first = NULL, *last = NULL;
    int all_known = 1, any_known = 0;
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
        !(s->list_end && run[0].s > s->list_end && run[0].s - s->list_end <= 6) &&
        !maybe_context(s, run[0].s, run[n - 1].e))
        return 0;
    /* The vetoes that do not depend on the context run before term_follows() and context(), which
     * are pure and the dearest steps: most capitalised words in prose ("The") leave here (the
     * same verdicts, less work) */
    const char *f0 = NULL;
    int month = 0;
    if (s->hint != ANON_NAMES_HINT_STRONG) {
        f0 = nw_fold_span(s, first->s, first->e, buf, sizeof buf);
        if (names == 1 && (nw_honorific(f0) || nw_salutation(f0)))
            return 0; /* "Mr." alone */
        month = nw_month(f0);
        if (month && (names == 1 || run[0].e + 1 < s->len))
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
    if (term_follows(s, run[n - 1].e))
        return 0;
    int list = 0, ctx = context(s, run[0].s, run[n - 1].e, &list);
    if (s->suffix)
        ctx = CTX_STRONG;
    *list_out = list;
    if (s->hint == ANON_NAMES_HINT_STRONG)
        return ctx == CTX_STRONG;
    if (ctx == CTX_STRONG || s->hint == ANON_NAMES_HINT_PERSON)
        return 1;
    if (any_known && (all_known || names == 1 || nw_lexname(first->lex)))
        return 1;
    /* the next name in a list that a person opened: "Maria, Jan and Piet" */
    if (s->list_end && run[0].s > s->list_end && run[0].s - s->list_end <= 6) {
        size_t a = s->list_end, b = run[0].s;
        char sep[8];
        const char *x = nw_fold_span(s, a, b, sep, sizeof sep);
        if (strcmp(x, ", ") == 0 || strcmp(x, " and ") == 0 || strcmp(x, ", and ") == 0 ||
            strcmp(x, " & ") == 0 || strcmp(x, " und ") == 0 || strcmp(x, " et ") == 0 ||
            strcmp(x, " en ") == 0 || strcmp(x, " y ") == 0 || strcmp(x, " e ") == 0 ||
            strcmp(x, "; ") == 0)
            if (s->list_label || nw_lexname(first->lex)) {
                *list_out = s->list_label;
                return 1;
            }
    }
    int tech = nw_not_name(f0);
    unsigned f = first->lex;
    if (s->hint == ANON_NAMES_HINT_NAME && nw_lexname(f) && !tech && !(f & ANON_NL_COMMON_EN))
        return 1;
    if (ctx == CTX_WEAK) {
        if (names >= 2 && (nw_lexname(f) || nw_lexname(last->lex)))
            return 1;
        if (names >= 2) { /* "Tomomi Nishiyama lives", "says Liisa Lepistö": unseen names, but
                             no word of the run is an ordinary word or a product's */
            for (size_t k = 0; k < n; k++) {
                if (run[k].shape != SH_NAME)
                    continue;
                if (run[k].lex || run[k].e - run[k].s < 3 ||
                    nw_not_name(nw_fold_span(s, run[k].s, run[k].e, buf, sizeof buf)))
                    return 0;
            }
            return 1;
        }
        return !tech && !month && (nw_lexname(f) || (f == 0 && first->e - first->s >= 3));
    }
    if (names >= 2) {
        if (!(f & ANON_NL_GIVEN) || ((f & ANON_NL_COMMON_EN) && !(f & ANON_NL_ATTESTED)))
            return 0;
        int strong_last = nw_lexname(last->lex) && !(last->lex & ANON_NL_COMMON_EN);
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
    static const char *const det[] = {"a",    "about", "an",   "at",   "aus",   "in",
                                      "into", "its",   "my",   "nach", "naar",  "near",
                                      "on",   "our",   "that", "the",  "their", "these",
                                      "this", "those", "uit",  "your", "à",     "en"};
    for (size_t k = 0; k < sizeof det / sizeof det[0]; k++)
        if (strcmp(pw, det[k]) == 0)
            return 0;
    return 1;
}

/* A run starting at the capitalised word w: a person? Returns where scanning resumes. */
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
    /* every suffix starts with one of these: most words leave here */
    if (i >= s->len)
        return 0;
    switch (t[i]) {
    case 'E':
    case 'I':
    case 'J':
    case 'M':
    case 'P':
    case 'S':
        break;
    default:
        return 0;
    }
    for (size_t k = 0; k < sizeof sfx / sizeof sfx[0]; k++) {
        if (sfx[k][0] != (char)t[i])
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

static int person_at(struct sc *s, const struct word *w0, size_t *resume)
{
    struct word run[MAX_RUN];
    size_t n = collect_run(s, w0, run), b = 0;
    char buf[32];
    /* leading words that are context, not name: "Dr Keller", "Hi Maria", "Yesterday Maria" */
    while (b + 1 < n && run[b].shape == SH_NAME) {
        const char *f = nw_fold_span(s, run[b].s, run[b].e, buf, sizeof buf);
        int ctxword = nw_honorific(f) || nw_salutation(f) || nw_verb_before(f);
        int plain = !nw_lexname(run[b].lex) && (run[b].lex & ANON_NL_COMMON_EN);
        if (!ctxword && !plain && !nw_not_name(f))
            break;
        if (nw_not_name(f) && !plain && !ctxword) {
            *resume = run[n - 1].e;
            return 0; /* "New Zealand", "Costa Rica", "Saint Vincent": a place */
        }
        b++;
    }
    while (b < n && run[b].shape != SH_NAME)
        b++;
    *resume = run[n - 1].e;
    /* a suffix after the name ("Jr.", "II", ", PhD") is a title: context, not name */
    int suffix = 0;
    if (n - b >= 2 && suffix_at(s, run[n - 1].s, run[n - 1].s)) {
        n--;
        suffix = 1;
    }
    if (!suffix && suffix_at(s, run[n - 1].e, SIZE_MAX))
        suffix = suffix_at(s, run[n - 1].e, SIZE_MAX) == 1 || n - b >= 2; /* "Rocky IV" */
    if (b >= n)
        return 0;
    s->suffix = suffix;
    int list = 0;
    if (!person_decide(s, run + b, n - b, &list))
        return 0;
    s->list_end = run[n - 1].e;
    s->list_label = list;
    return s->emit(s->arg, ANON_NAMES_PERSON, run[b].s, run[n - 1].e);
}

/* ---- CSV and TSV: a name column ---------------------------------------------------------------
 */
static int name_header(const char *h)
{
    static const char *const cols[] = {
        "apellido", "cliente",     "cognome",    "contact",   "customer",
        "employee", "family name", "first name", "firstname", "full name",
        "fullname", "given name",  "last name",  "lastname",  "naam",
        "nachname", "name",        "nom",        "nombre",    "nome",
        "patient",  "prénom",      "surname",    "voornaam",  "vorname"};
    for (size_t k = 0; k < sizeof cols / sizeof cols[0]; k++)
        if (strcmp(h, cols[k]) == 0)
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

/* Shaped like a person's name: one to four capitalised words of letters. */
static int name_shaped(const struct sc *s, size_t a, size_t b)
{
    size_t words = 0, i = a;
    if (b <= a || b - a > 60)
        return 0;
    while (i < b) {
        if (!nw_upper(s->t + i, b - i))
            return 0;
        struct word w;
        nw_parse_word(s, i, &w);
        if ((w.shape != SH_NAME && w.shape != SH_INITIAL) || w.e > b)
            return 0;
        words++;
        i = w.e;
        if (i < b && s->t[i] != ' ')
            return 0;
        while (i < b && s->t[i] == ' ')
            i++;
    }
    return words >= 1 && words <= 4;
}

static int csv_names(struct sc *s)
{
    const uint8_t *t = s->t;
    const uint8_t *nl = memchr(t, '\n', s->len < 513 ? s->len : 513);
    if (!nl || nl - t > 512)
        return 0;
    size_t eol = (size_t)(nl - t);
    const uint8_t *sp = memchr(t, '\t', eol);
    sp = sp ? sp : memchr(t, ',', eol);
    sp = sp ? sp : memchr(t, ';', eol);
    if (!sp)
        return 0;
    char sep = (char)*sp;
    /* the first cell of a header is a short label ("first name"), not a sentence */
    size_t c0 = 0;
    for (const uint8_t *q = t; q < sp; q++)
        c0 += *q == ' ';
    if (c0 > 2 || sp - t > 40)
        return 0;
    /* a header row is short cells, not prose: at most one space per separator */
    size_t nsep = 0, nsp = 0;
    for (size_t k = 0; k < eol && sep; k++) {
        nsep += t[k] == (uint8_t)sep;
        nsp += t[k] == ' ';
    }
    if (!nsep || nsp > nsep || eol > 512)
        return 0;
    if (!sep)
        return 0;
    uint64_t cols = 0;
    size_t col = 0, a = 0;
    for (size_t i = 0; i <= eol && col < 64; i++) {
        if (i < eol && t[i] != (uint8_t)sep)
            continue;
        size_t x = a, y = i;
        trim_cell(s, &x, &y);
        char buf[24];
        const char *h = nw_fold_span(s, x, y, buf, sizeof buf);
        char h2[24];
        size_t k = 0;
        for (; h[k] && k + 1 < sizeof h2; k++)
            h2[k] = h[k] == '_' ? ' ' : h[k];
        h2[k] = '\0';
        if (name_header(h2) || (strcmp(h2, "first name") != 0 && name_header(h)))
            cols |= 1ull << col;
        col++;
        a = i + 1;
    }
    if (!cols)
        return 0;
    size_t ls = eol + 1;
    while (ls < s->len) {
        size_t le = ls;
        while (le < s->len && t[le] != '\n')
            le++;
        col = 0;
        a = ls;
        for (size_t i = ls; i <= le && col < 64; i++) {
            if (i < le && t[i] != (uint8_t)sep)
                continue;
            size_t x = a, y = i;
            trim_cell(s, &x, &y);
            if (((cols >> col) & 1) && name_shaped(s, x, y)) {
                int rc = s->emit(s->arg, ANON_NAMES_PERSON, x, y);
                if (rc < 0)
                    return rc;
            }
            col++;
            a = i + 1;
        }
        ls = le + 1;
    }
    return 0;
}

/* ---- the pass ------------------------------------------------------------------------------- */
static int visit(struct sc *s, size_t i, size_t *next)
{
    const uint8_t *t = s->t;
    *next = i + 1;
    if (!word_start_ok(s, i))
        return 0;
    if (is_digit(t[i])) {
        size_t ds, e = (s->kinds & (1u << ANON_NAMES_DOB)) ? nw_date_at(s, i, &ds) : 0;
        if (e &&
            (e >= s->len ||
             !(is_alnum(t[e]) || (t[e] == '.' && e + 1 < s->len && is_digit(t[e + 1])))) &&
            nw_birth_before(s, ds)) {
            *next = e;
            return s->emit(s->arg, ANON_NAMES_DOB, ds, e);
        }
        e = (s->kinds & (1u << ANON_NAMES_ADDRESS)) ? nw_addr_number_first(s, i) : 0;
        if (e) {
            *next = e;
            return s->emit(s->arg, ANON_NAMES_ADDRESS, nw_addr_start(s, i), e);
        }
        while (*next < s->len && is_digit(t[*next]))
            (*next)++;
        return 0;
    }
    if (!nw_upper(t + i, s->len - i))
        return 0;
    if (t[i] == 'P' && (s->kinds & (1u << ANON_NAMES_ADDRESS))) {
        size_t e = nw_addr_pobox(s, i);
        if (e) {
            *next = e;
            return s->emit(s->arg, ANON_NAMES_ADDRESS, nw_addr_start(s, i), e);
        }
    }
    struct word w;
    nw_parse_word(s, i, &w);
    *next = w.e > i ? w.e : i + 1;
    if (w.shape != SH_NAME)
        return 0;
    if (s->kinds & (1u << ANON_NAMES_ADDRESS)) {
        size_t e = nw_addr_word_first(s, &w);
        if (e) {
            *next = e;
            return s->emit(s->arg, ANON_NAMES_ADDRESS, nw_addr_start(s, i), e);
        }
    }
    if (!(s->kinds & (1u << ANON_NAMES_PERSON)))
        return 0;
    if ((w.lex & ANON_NL_COMMON_EN) && !(w.lex & (ANON_NL_GIVEN | ANON_NL_NAME)) &&
        !(w.e + 1 < s->len && t[w.e] == ' ' && nw_upper(t + w.e + 1, s->len - w.e - 1)))
        return 0; /* "The", "Please": an ordinary word with no capitalised word after it */
    return person_at(s, &w, next);
}

int anon_names_scan(const char *text, size_t len, unsigned kinds, const anon_names_known_t *known,
                    int hint, anon_names_emit_fn emit, void *arg)
{
    struct sc s = {(const uint8_t *)text, len, kinds, known, hint, emit, arg, 0, 0, 0, 0, 0};
    const uint8_t *t = s.t;
    int rc;
    if (!kinds || !len)
        return 0;
    if ((kinds & (1u << ANON_NAMES_PERSON)) && (rc = csv_names(&s)) < 0)
        return rc;
    if (hint == ANON_NAMES_HINT_PERSON && (kinds & (1u << ANON_NAMES_PERSON))) {
        size_t a = 0, b = len;
        trim_cell(&s, &a, &b);
        if (name_shaped(&s, a, b))
            return emit(arg, ANON_NAMES_PERSON, a, b);
    }
    size_t i = 0, next = 0;
    int digits = (kinds & (1u << ANON_NAMES_DOB | 1u << ANON_NAMES_ADDRESS)) != 0;
#ifdef __SSE2__
    const __m128i a_ = _mm_set1_epi8('A'), z25 = _mm_set1_epi8(25), d0 = _mm_set1_epi8('0'),
                  nine = _mm_set1_epi8(9), c3 = _mm_set1_epi8((char)0xC3), two = _mm_set1_epi8(2),
                  sp = _mm_set1_epi8(0x20), la = _mm_set1_epi8('a'), us = _mm_set1_epi8('_'),
                  bs = _mm_set1_epi8('\\');
    /* digits only start dates and addresses: without those kinds (the request's prescan) the
     * pass stops at capitals alone (a digit's visit would only step over its run) */
    const __m128i dstop = _mm_set1_epi8(digits ? (char)0xFF : 0);
    for (; i + 16 <= len; i += 16) {
        __m128i v = _mm_loadu_si128((const __m128i *)(const void *)(t + i));
        __m128i up = _mm_sub_epi8(v, a_), dg = _mm_sub_epi8(v, d0), lat = _mm_sub_epi8(v, c3),
                lo = _mm_sub_epi8(_mm_or_si128(v, sp), la);
        __m128i dgm = _mm_cmpeq_epi8(_mm_min_epu8(dg, nine), dg);
        __m128i m = _mm_or_si128(
            _mm_or_si128(_mm_cmpeq_epi8(_mm_min_epu8(up, z25), up), _mm_and_si128(dgm, dstop)),
            _mm_cmpeq_epi8(_mm_min_epu8(lat, two), lat));
        unsigned mask = (unsigned)_mm_movemask_epi8(m);
        if (!mask) /* most blocks: lower-case words and spaces */
            continue;
        /* the bytes before the block: is the last a word byte, which of the two are '\\' */
        unsigned carry_w = 0, carry_bs = 0;
        if (i) {
            uint8_t c = t[i - 1];
            carry_w = is_alnum(c) || c == '_';
            carry_bs = (i >= 2 && t[i - 2] == '\\') | (unsigned)(c == '\\') << 1;
        }
        /* a word or number starts only after a byte that is no ASCII letter, digit or '_',
         * or after "\n" in raw JSON ("\nMaria") */
        unsigned w = (unsigned)_mm_movemask_epi8(_mm_or_si128(
            _mm_or_si128(_mm_cmpeq_epi8(_mm_min_epu8(lo, z25), lo), dgm), _mm_cmpeq_epi8(v, us)));
        unsigned b = (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(v, bs));
        unsigned inword = ((w << 1) | carry_w) & ~((b << 2) | carry_bs);
        mask &= ~inword & 0xFFFFu;
        while (mask) {
            size_t p = i + (size_t)__builtin_ctz(mask);
            mask &= mask - 1;
            if (p < next)
                continue;
            if ((rc = visit(&s, p, &next)) < 0)
                return rc;
        }
    }
#endif
    for (i = i > next ? i : next; i < len;) {
        uint8_t c = t[i];
        if (!((c >= 'A' && c <= 'Z') || (digits && is_digit(c)) || (c >= 0xC3 && c <= 0xC5))) {
            i++;
            continue;
        }
        if ((rc = visit(&s, i, &i)) < 0)
            return rc;
    }
    return 0;
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
