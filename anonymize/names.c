/* names.c: the NAMES pack's scanner: people (PERSON) and street addresses (STREET_ADDRESS) in
 * free text.
 *
 * One pass stops only at capitalised words and digit runs that start a word (16 bytes at a time
 * with SSE2). A digit run may open an address ("12 Baker Street", "5 rue d'Orsel"); a capitalised
 * word may open an address ("Via Roma 10", "Hauptstraße 5") or a run of name-shaped words. A run
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

enum { SH_OTHER, SH_NAME, SH_INITIAL, SH_CAPS, SH_PARTICLE };
enum { CTX_NONE, CTX_WEAK, CTX_STRONG };
#define MAX_RUN 6

struct word {
    size_t s, e; /* bytes of the word (an initial includes its dot) */
    int shape;
    unsigned lex;
};

struct sc {
    const uint8_t *t;
    size_t len;
    unsigned kinds;
    const anon_names_known_t *known;
    int hint;
    anon_names_emit_fn emit;
    void *arg;
    size_t list_end;         /* end of the last person, where "and Jan" may continue a list */
    int list_label;          /* ... and whether a list label ("Attendees:") opened it */
    size_t lc_pos, lc_start; /* line_start's last answer: the line of lc_pos starts at lc_start */
};

/* ---- bytes and words ------------------------------------------------------------------------ */
static int is_digit(uint8_t c)
{
    return c >= '0' && c <= '9';
}

static int is_alnum(uint8_t c)
{
    return is_digit(c) || ((c | 32) >= 'a' && (c | 32) <= 'z');
}

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
static size_t break_before(const struct sc *s, size_t i)
{
    if (i >= 1 && (s->t[i - 1] == '\n' || s->t[i - 1] == '\r'))
        return 1;
    if (i >= 2 && s->t[i - 2] == '\\' && (s->t[i - 1] == 'n' || s->t[i - 1] == 'r'))
        return 2;
    return 0;
}

/* Where the line holding i starts (at most 400 bytes back). Queries mostly move forward with
 * the pass, so the last answer is reused and each byte is looked at about once. */
static size_t line_start(const struct sc *s, size_t i)
{
    struct sc *m = (struct sc *)s;
    size_t lim = i > 400 ? i - 400 : 0, j = i;
    if (m->lc_pos && i >= m->lc_pos && m->lc_pos >= lim) {
        while (j > m->lc_pos && !break_before(s, j))
            j--;
        if (j == m->lc_pos && !break_before(s, j))
            j = m->lc_start > lim ? m->lc_start : lim;
    } else {
        while (j > lim && !break_before(s, j))
            j--;
    }
    m->lc_pos = i;
    m->lc_start = j;
    return j;
}

/* A capitalised word at i: "Maria", "O'Brien", "McDonald", "Jean-Luc", "Müller", an initial "J."
 * (SH_INITIAL), all capitals (SH_CAPS) or anything else that starts with a capital (SH_OTHER:
 * "OAuth", "String(", "Foo.bar"). w->e is where the word ends. */
static void parse_word(const struct sc *s, size_t i, struct word *w)
{
    const uint8_t *t = s->t;
    size_t len = s->len, j = i + nw_upper(t + i, len - i), lower = 0;
    int extra_upper = 0, after_join = 0;
    w->s = i;
    w->lex = 0;
    while (j < len) {
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
static const char *fold(const struct sc *s, size_t a, size_t b, char *buf, size_t cap)
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
    return fold(s, i, e, buf, cap);
}

/* The word that starts after i (skipping spaces), lower-cased; *we is where it ends. */
static const char *word_after(const struct sc *s, size_t i, size_t *we, char *buf, size_t cap)
{
    const uint8_t *t = s->t;
    while (i < s->len && t[i] == ' ')
        i++;
    size_t b = i;
    while (i < s->len && i - b < 24 && (t[i] >= 0x80 || is_alnum(t[i]) || t[i] == '&'))
        i++;
    *we = i;
    return fold(s, b, i, buf, cap);
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
    const char *l = fold(s, b, e, buf, sizeof buf);
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
    while (i > 0 && p - i < 16 && !break_before(s, i) && strchr(" \t>*-#|'", s->t[i - 1]))
        i--;
    *ls = i;
    if (i == 0 || break_before(s, i))
        return 1;
    return s->t[i - 1] == '"' && i >= 2 && strchr(":[,", s->t[i - 2]); /* raw JSON */
}

/* The run starts a line right after a closing ("Best regards,") or a signature mark ("--"). */
static int signature_ctx(const struct sc *s, size_t start)
{
    size_t ls;
    if (!starts_line(s, start, &ls) || ls == 0 || !break_before(s, ls))
        return 0;
    size_t pe = ls - break_before(s, ls);
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
            return b - a < 36 && nw_closing(fold(s, a, b, buf, sizeof buf));
        }
        if (ps == 0)
            return 0;
        pe = ps - break_before(s, ps);
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
    const char *nw = word_after(s, i, &we, b4, sizeof b4);
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
        const char *n2 = word_after(s, we, &we2, b2, sizeof b2);
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
    return nw_term_after(word_after(s, i, &we, buf, sizeof buf));
}

static int lexname(unsigned f)
{
    return (f & (ANON_NL_GIVEN | ANON_NL_NAME)) != 0;
}

static int known_word(const struct sc *s, const struct word *w)
{
    if (!s->known || w->shape != SH_NAME || w->e - w->s < 2)
        return 0;
    if ((w->lex & ANON_NL_COMMON_EN) && !lexname(w->lex))
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
            parse_word(s, q, &w);
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
            !nw_particle(fold(s, q, e, buf, sizeof buf)))
            break;
        size_t r = e + 1;
        while (r < s->len && t[r] >= 'a' && t[r] <= 'z' && r - e < 6)
            r++;
        if (r > e + 1 && r < s->len && t[r] == ' ' &&
            nw_particle(fold(s, e + 1, r, buf, sizeof buf)))
            e = r; /* "van der" */
        if (e + 1 >= s->len || !nw_upper(t + e + 1, s->len - e - 1))
            break;
        parse_word(s, e + 1, &w);
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
    if (i == 0 || t[i - 1] == ':' || t[i - 1] == '=' || t[i - 1] == '\n' || break_before(s, i))
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
    const char *nw = word_after(s, end, &we, buf, sizeof buf);
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
        const char *f = fold(s, run[k].s, run[k].e, buf, sizeof buf);
        if (k > 0 && nw_term_after(f))
            return 0; /* "Maria Street", "Keller Foundation" */
    }
    if (!first)
        return 0;
    int lexical = 0;
    for (size_t k = 0; k < n && !lexical; k++)
        lexical = run[k].shape == SH_NAME && lexname(run[k].lex);
    if (!lexical && !any_known &&
        (s->hint == ANON_NAMES_HINT_NONE || s->hint == ANON_NAMES_HINT_STRONG) &&
        !(s->list_end && run[0].s > s->list_end && run[0].s - s->list_end <= 6) &&
        !maybe_context(s, run[0].s, run[n - 1].e))
        return 0;
    if (term_follows(s, run[n - 1].e))
        return 0;
    int list = 0, ctx = context(s, run[0].s, run[n - 1].e, &list);
    *list_out = list;
    if (s->hint == ANON_NAMES_HINT_STRONG)
        return ctx == CTX_STRONG;
    const char *f0 = fold(s, first->s, first->e, buf, sizeof buf);
    if (names == 1 && (nw_honorific(f0) || nw_salutation(f0)))
        return 0; /* "Mr." alone */
    int month = nw_month(f0);
    if (month && (names == 1 || run[0].e + 1 < s->len))
        for (size_t i = run[n - 1].e; i < s->len && i < run[n - 1].e + 3; i++)
            if (is_digit(s->t[i]))
                return 0; /* "May 2024", "March 4" */
    if (names == 1 && (first->lex & ANON_NL_COMMON_EN) && !(first->lex & ANON_NL_ATTESTED) &&
        s->hint != ANON_NAMES_HINT_PERSON) {
        size_t ws;
        if (!nw_honorific(word_before(s, run[0].s, &ws, buf, sizeof buf)))
            return 0; /* "Hi Team", "Dear All", "The": words, whatever the context */
        f0 = fold(s, first->s, first->e, buf, sizeof buf);
    }
    if (ctx == CTX_STRONG || s->hint == ANON_NAMES_HINT_PERSON)
        return 1;
    if (any_known && (all_known || names == 1 || lexname(first->lex)))
        return 1;
    /* the next name in a list that a person opened: "Maria, Jan and Piet" */
    if (s->list_end && run[0].s > s->list_end && run[0].s - s->list_end <= 6) {
        size_t a = s->list_end, b = run[0].s;
        char sep[8];
        const char *x = fold(s, a, b, sep, sizeof sep);
        if (strcmp(x, ", ") == 0 || strcmp(x, " and ") == 0 || strcmp(x, ", and ") == 0 ||
            strcmp(x, " & ") == 0 || strcmp(x, " und ") == 0 || strcmp(x, " et ") == 0 ||
            strcmp(x, " en ") == 0 || strcmp(x, " y ") == 0 || strcmp(x, " e ") == 0 ||
            strcmp(x, "; ") == 0)
            if (s->list_label || lexname(first->lex)) {
                *list_out = s->list_label;
                return 1;
            }
    }
    int tech = nw_not_name(f0);
    unsigned f = first->lex;
    if (s->hint == ANON_NAMES_HINT_NAME && lexname(f) && !tech && !(f & ANON_NL_COMMON_EN))
        return 1;
    if (ctx == CTX_WEAK) {
        if (names >= 2)
            return lexname(f) || lexname(last->lex);
        return !tech && !month && (lexname(f) || (f == 0 && first->e - first->s >= 3));
    }
    if (names >= 2) {
        if (!(f & ANON_NL_GIVEN) || ((f & ANON_NL_COMMON_EN) && !(f & ANON_NL_ATTESTED)))
            return 0;
        int strong_last = lexname(last->lex) && !(last->lex & ANON_NL_COMMON_EN);
        if ((tech || (f & ANON_NL_COMMON_EN)) && !strong_last)
            return 0;
        for (size_t k = 1; k < n; k++) {
            unsigned g = run[k].lex;
            if (run[k].shape == SH_NAME && g && !lexname(g))
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
static int person_at(struct sc *s, const struct word *w0, size_t *resume)
{
    struct word run[MAX_RUN];
    size_t n = collect_run(s, w0, run), b = 0;
    char buf[32];
    /* leading words that are context, not name: "Dr Keller", "Hi Maria", "Yesterday Maria" */
    while (b + 1 < n && run[b].shape == SH_NAME) {
        const char *f = fold(s, run[b].s, run[b].e, buf, sizeof buf);
        int ctxword = nw_honorific(f) || nw_salutation(f) || nw_verb_before(f);
        int plain = !lexname(run[b].lex) && (run[b].lex & ANON_NL_COMMON_EN);
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
    if (b >= n)
        return 0;
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
        parse_word(s, i, &w);
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
    size_t eol = 0;
    while (eol < s->len && t[eol] != '\n' && eol < 1024)
        eol++;
    if (eol >= s->len || t[eol] != '\n')
        return 0;
    char sep = memchr(t, '\t', eol)  ? '\t'
               : memchr(t, ',', eol) ? ','
               : memchr(t, ';', eol) ? ';'
                                     : 0;
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
        const char *h = fold(s, x, y, buf, sizeof buf);
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

/* ---- addresses ------------------------------------------------------------------------------ */

static const char *const suffixes[] = {
    "allee",  "chaussee", "damm",  "dijk", "dreef", "gade",  "gasse",  "gatan", "gracht", "kade",
    "katu",   "laan",     "markt", "pad",  "plein", "platz", "singel", "steeg", "straat", "strasse",
    "straße", "str",      "tie",   "ufer", "vägen", "veien", "vej",    "weg"};

/* A house number at i: 1-5 digits, an optional letter or range ("12a", "3-5", "10 bis").
 * Returns its end, or 0. */
static size_t house_number(const struct sc *s, size_t i)
{
    const uint8_t *t = s->t;
    size_t j = i;
    while (j < s->len && is_digit(t[j]) && j - i < 6)
        j++;
    if (j == i || j - i > 5 || (j < s->len && is_digit(t[j])))
        return 0;
    if (j + 1 < s->len && t[j] == '-' && is_digit(t[j + 1]) && j - i < 4) { /* not 1991-1998 */
        j++;
        while (j < s->len && is_digit(t[j]))
            j++;
    }
    if (j < s->len && (t[j] | 32) >= 'a' && (t[j] | 32) <= 'z' &&
        (j + 1 >= s->len || !is_alnum(t[j + 1])))
        j++;
    if (j < s->len && (is_alnum(t[j]) || t[j] == '.' || t[j] == ':' || t[j] == '/') &&
        !(t[j] == '.' && (j + 1 >= s->len || !is_alnum(t[j + 1]))))
        return 0;
    return j;
}

/* Capitalised words from i (at most max): a street or city name. Returns the end of the last
 * word, or 0; *count gets the number of words. Particles ("de la", "d'") may join them. */
static size_t cap_words(const struct sc *s, size_t i, size_t max, size_t *count)
{
    const uint8_t *t = s->t;
    size_t end = 0, n = 0;
    while (n < max && i < s->len) {
        if (nw_upper(t + i, s->len - i)) {
            struct word w;
            parse_word(s, i, &w);
            if ((w.shape != SH_NAME && w.shape != SH_CAPS && w.shape != SH_INITIAL) ||
                (w.e < s->len && is_alnum(t[w.e])))
                break; /* "NW1" is a postcode, not a word of the name */
            end = w.e;
            n++;
            i = w.e;
        } else {
            size_t e = i;
            while (e < s->len && e - i < 6 && ((t[e] >= 'a' && t[e] <= 'z') || t[e] == '\''))
                e++;
            char buf[8];
            const char *p = fold(s, i, e, buf, sizeof buf);
            if (e > i && t[e - 1] == '\'' && (strcmp(p, "d'") == 0 || strcmp(p, "l'") == 0)) {
                i = e; /* "d'Orsel" */
                continue;
            }
            if (e == i || !nw_particle(p))
                break;
            i = e;
        }
        if (i < s->len && t[i] == ' ')
            i++;
        else if (!(i < s->len && (t[i] == '\'' || nw_upper(t + i, s->len - i))))
            break;
    }
    *count = n;
    return end;
}

/* Unit, postcode and city that follow an address ending at end. Returns the new end. */
static size_t addr_tail(const struct sc *s, size_t end)
{
    const uint8_t *t = s->t;
    for (int part = 0; part < 5; part++) {
        size_t i = end;
        int nl = 0, comma = 0;
        while (i < s->len && (t[i] == ' ' || t[i] == ',' || t[i] == '\n' || t[i] == '\r' ||
                              (nl && (t[i] == '>' || t[i] == '\t')))) {
            nl += t[i] == '\n';
            comma |= t[i] == ',';
            i++;
        }
        if (i == end || nl > 1 || i >= s->len)
            break;
        size_t we;
        char buf[16];
        const char *w = word_after(s, i, &we, buf, sizeof buf);
        size_t j = we;
        if (t[i] == '#' || (nw_cats(w) & C_UNIT)) {
            if (t[i] == '#')
                j = i + 1;
            if (j < s->len && t[j] == '.')
                j++;
            while (j < s->len && (t[j] == ' ' || t[j] == '#'))
                j++;
            size_t k = j;
            while (k < s->len && k - j < 6 && (is_alnum(t[k]) || t[k] == '-'))
                k++;
            if (k == j || !is_digit(t[j]))
                break;
            end = k;
            continue;
        }
        /* postcode then city: "10115 Berlin", "75018 Paris", "1016 AB Amsterdam" */
        size_t d = i;
        while (d < s->len && is_digit(t[d]))
            d++;
        if (d - i == 5 || d - i == 4) {
            size_t k = d;
            if (d - i == 4 && k + 3 < s->len && t[k] == ' ' && t[k + 1] >= 'A' && t[k + 1] <= 'Z' &&
                t[k + 2] >= 'A' && t[k + 2] <= 'Z' && !is_alnum(t[k + 3]))
                k += 3;
            if (k + 1 < s->len && t[k] == ' ' && nw_upper(t + k + 1, s->len - k - 1)) {
                size_t nc, ce = cap_words(s, k + 1, 3, &nc);
                if (ce) {
                    end = ce;
                    break;
                }
            }
            if (d - i == 5)
                end = d;
            break;
        }
        /* city, then a US state and ZIP or a UK postcode: "Springfield, IL 62704" */
        if (!nw_upper(t + i, s->len - i))
            break;
        size_t nc, ce = cap_words(s, i, 3, &nc);
        if (!ce)
            break;
        size_t k = ce;
        if (k < s->len && t[k] == ',')
            k++;
        if (k < s->len && t[k] == ' ')
            k++;
        if (k + 8 <= s->len && t[k] >= 'A' && t[k] <= 'Z' && t[k + 1] >= 'A' && t[k + 1] <= 'Z' &&
            t[k + 2] == ' ' && is_digit(t[k + 3])) {
            size_t z = k + 3;
            while (z < s->len && is_digit(t[z]))
                z++;
            if (z - (k + 3) == 5) {
                if (z + 5 <= s->len && t[z] == '-' && is_digit(t[z + 1]))
                    z += 5;
                end = z;
                break;
            }
        }
        /* UK: A9 9AA, A99 9AA, AA9 9AA, AA99 9AA, A9A 9AA, AA9A 9AA */
        size_t u = k, letters = 0;
        while (u < s->len && t[u] >= 'A' && t[u] <= 'Z' && letters < 2) {
            u++;
            letters++;
        }
        if (letters && u < s->len && is_digit(t[u])) {
            u++;
            if (u < s->len && (is_digit(t[u]) || (t[u] >= 'A' && t[u] <= 'Z')))
                u++;
            if (u < s->len && t[u] == ' ')
                u++;
            if (u + 3 <= s->len && is_digit(t[u]) && t[u + 1] >= 'A' && t[u + 1] <= 'Z' &&
                t[u + 2] >= 'A' && t[u + 2] <= 'Z' && (u + 3 == s->len || !is_alnum(t[u + 3]))) {
                end = u + 3;
                break;
            }
        }
        /* a city or country line: "Colle Di Tora, El Salvador 25900", "\n Iceland 72399" */
        if (nl || (comma && part > 0)) {
            size_t z = ce;
            if (z + 1 < s->len && t[z] == ' ' && is_digit(t[z + 1])) {
                size_t d2 = z + 1;
                while (d2 < s->len && is_digit(t[d2]))
                    d2++;
                if (d2 - z - 1 >= 4 && d2 - z - 1 <= 6 && (d2 >= s->len || !is_alnum(t[d2])))
                    z = d2;
            }
            end = z;
            continue;
        }
        break;
    }
    return end;
}

/* An address that starts with a house number at i. Returns its end or 0. */
static size_t addr_number_first(const struct sc *s, size_t i)
{
    const uint8_t *t = s->t;
    size_t j = house_number(s, i);
    if (!j)
        return 0;
    int comma = j < s->len && t[j] == ',';
    j += comma;
    if (j + 2 >= s->len || t[j] != ' ')
        return 0;
    j++;
    char buf[16];
    size_t we;
    (void)comma;                      /* "12, rue ..." and "12, Baker Street" alike */
    if (t[j] >= 'a' && t[j] <= 'z') { /* "5 rue d'Orsel", "10 bis rue ..." */
        const char *w = word_after(s, j, &we, buf, sizeof buf);
        if (strcmp(w, "bis") == 0 || strcmp(w, "ter") == 0) {
            if (we >= s->len || t[we] != ' ')
                return 0;
            w = word_after(s, we + 1, &we, buf, sizeof buf);
        }
        if (!(nw_cats(w) & C_FR))
            return 0;
        if (we < s->len && t[we] == '.')
            we++;
        if (we >= s->len || t[we] != ' ')
            return 0;
        size_t n, e = cap_words(s, we + 1, 5, &n);
        return e ? addr_tail(s, e) : 0;
    }
    /* "110 Rue du Koweit", "64 Via Cappuccini" */
    if (nw_upper(t + j, s->len - j)) {
        size_t e = j;
        while (e < s->len && e - j < 10 && nw_letter(t + e, s->len - e))
            e += nw_letter(t + e, s->len - e);
        const char *w = fold(s, j, e, buf, sizeof buf);
        if ((nw_cats(w) & (C_FIRST | C_FR)) && e + 1 < s->len && t[e] == ' ') {
            size_t n, ce = cap_words(s, e + 1, 5, &n);
            if (ce) {
                size_t hn = ce + 1 < s->len && t[ce] == ' ' ? house_number(s, ce + 1) : 0;
                return addr_tail(s, hn ? hn : ce);
            }
        }
    }
    /* "12 Baker Street", "1600 Pennsylvania Ave NW", "221B Baker St." */
    size_t k = j, words = 0;
    int plain = 0; /* an ordinary word or a month: no "number, street, number" then */
    while (words < 5 && k < s->len) {
        size_t ws = k;
        if (is_digit(t[k])) { /* "5th Avenue" */
            size_t hn = words && !plain ? house_number(s, k) : 0;
            if (hn && (hn == s->len || strchr(",\n\r", t[hn]) ||
                       (t[hn] == ' ' && hn + 1 < s->len && nw_upper(t + hn + 1, s->len - hn - 1))))
                return addr_tail(s, hn); /* "96 Salontie 19": a number, a street, a number */
            while (k < s->len && is_digit(t[k]))
                k++;
            if (k + 2 > s->len || !strchr("snrt", t[k]))
                return 0;
            k += 2;
        } else if (nw_upper(t + k, s->len - k)) {
            struct word w;
            parse_word(s, k, &w);
            if (w.shape != SH_NAME && w.shape != SH_CAPS && w.shape != SH_INITIAL)
                return 0;
            k = w.e;
            char mb[16];
            if ((w.shape == SH_CAPS && w.e - w.s < 4) ||
                ((w.lex & ANON_NL_COMMON_EN) && !lexname(w.lex)) ||
                nw_month(fold(s, w.s, w.e, mb, sizeof mb)))
                plain = 1;
        } else {
            return 0;
        }
        words++;
        const char *f = fold(s, ws, k, buf, sizeof buf);
        size_t fl = strlen(f);
        if (fl && f[fl - 1] == '.')
            buf[fl - 1] = '\0';
        if (words >= 2 && (nw_cats(buf) & C_EN)) {
            if (k < s->len && t[k] == '.')
                k++;
            /* a direction after the type: "Ave NW" */
            if (k + 2 < s->len && t[k] == ' ' && strchr("NSEW", t[k + 1])) {
                size_t d = k + 2;
                if (d < s->len && strchr("EW", t[d]))
                    d++;
                if (d >= s->len || !is_alnum(t[d]))
                    k = d;
            }
            return addr_tail(s, k);
        }
        if (k >= s->len || t[k] != ' ')
            return 0;
        k++;
    }
    return 0;
}

/* An address that starts with the capitalised word w: "Via Roma 10", "Calle Mayor, 3",
 * "Hauptstraße 5", "Berliner Straße 12", "Keizersgracht 123". Returns its end or 0. */
static size_t addr_word_first(const struct sc *s, const struct word *w)
{
    const uint8_t *t = s->t;
    /* an address goes on with a number or a capitalised word ("Via Roma", "Berliner Straße") */
    if (w->e + 1 >= s->len || t[w->e] != ' ' ||
        !(is_digit(t[w->e + 1]) || nw_upper(t + w->e + 1, s->len - w->e - 1)))
        if (!(w->e + 2 < s->len && (t[w->e] == ',' || t[w->e] == '.') && t[w->e + 1] == ' '))
            return 0;
    char buf[48];
    const char *f = fold(s, w->s, w->e, buf, sizeof buf);
    size_t fl = strlen(f), name_end = 0;
    if ((nw_cats(f) & C_FIRST)) {
        size_t i = w->e;
        if (i < s->len && t[i] == '.')
            i++;
        if (i + 1 >= s->len || t[i] != ' ')
            return 0;
        size_t n;
        name_end = cap_words(s, i + 1, 5, &n);
    } else {
        for (size_t k = 0; k < sizeof suffixes / sizeof suffixes[0] && !name_end; k++) {
            size_t sl = strlen(suffixes[k]);
            if (fl >= sl + 3 && memcmp(f + fl - sl, suffixes[k], sl) == 0)
                name_end = w->e;
            else if (fl == sl && w->s > 0 && strcmp(f, suffixes[k]) == 0)
                return 0; /* a bare "Straße" is taken with the word before it */
        }
        if (!name_end && w->e + 1 < s->len && t[w->e] == ' ' &&
            nw_upper(t + w->e + 1, s->len - w->e - 1)) {
            struct word x;
            parse_word(s, w->e + 1, &x);
            char b2[16];
            const char *g = fold(s, x.s, x.e, b2, sizeof b2);
            if (x.shape == SH_NAME &&
                (strcmp(g, "straße") == 0 || strcmp(g, "strasse") == 0 || strcmp(g, "weg") == 0 ||
                 strcmp(g, "allee") == 0 || strcmp(g, "platz") == 0 || strcmp(g, "gasse") == 0))
                name_end = x.e;
            else if (x.shape == SH_NAME && strcmp(g, "str") == 0 && x.e < s->len && t[x.e] == '.')
                name_end = x.e + 1;
        } else if (name_end && name_end < s->len && t[name_end] == '.' && fl > 3 &&
                   memcmp(f + fl - 3, "str", 3) == 0) {
            name_end++;
        }
    }
    if (!name_end)
        return 0;
    size_t i = name_end;
    if (i < s->len && t[i] == ',')
        i++;
    if (i + 1 >= s->len || t[i] != ' ' || !is_digit(t[i + 1]))
        return 0;
    size_t e = house_number(s, i + 1);
    return e ? addr_tail(s, e) : 0;
}

/* An address starting at i may have a building number before it ("96 Hausergasse 59",
 * "07 173 Raycroft Street"). */
static size_t addr_start(const struct sc *s, size_t i)
{
    const uint8_t *t = s->t;
    for (int k = 0; k < 2 && i >= 2 && t[i - 1] == ' ' && is_digit(t[i - 2]); k++) {
        size_t b = i - 1;
        while (b > 0 && is_digit(t[b - 1]) && i - 1 - b < 5)
            b--;
        if (b > 0 && (is_alnum(t[b - 1]) || strchr(".,:-/+", t[b - 1])))
            break;
        i = b;
    }
    return i;
}

/* ---- dates of birth ------------------------------------------------------------------------- */
/* Digits at i: their value and end, at most max of them. */
static size_t num_at(const struct sc *s, size_t i, size_t max, unsigned *v)
{
    size_t j = i;
    *v = 0;
    while (j < s->len && is_digit(s->t[j]) && j - i < max + 1)
        *v = *v * 10 + (unsigned)(s->t[j++] - '0');
    return (j == i || j - i > max) ? 0 : j;
}

static int year_ok(unsigned y, size_t digits)
{
    return digits == 2 || (y >= 1900 && y <= 2099);
}

/* A month name at i ("March", "März", "mars", "Sept."): its end, or 0. */
static size_t month_at(const struct sc *s, size_t i)
{
    size_t e = i;
    while (e < s->len && e - i < 12 && nw_letter(s->t + e, s->len - e))
        e += nw_letter(s->t + e, s->len - e);
    char buf[16];
    if (e == i || !nw_month(fold(s, i, e, buf, sizeof buf)))
        return 0;
    return e < s->len && s->t[e] == '.' ? e + 1 : e;
}

static size_t skip_sp(const struct sc *s, size_t i)
{
    while (i < s->len && s->t[i] == ' ')
        i++;
    return i;
}

/* "de " / "of " between the parts of a spelled date. */
static size_t skip_de(const struct sc *s, size_t i)
{
    if (i + 3 < s->len && s->t[i + 2] == ' ' &&
        ((s->t[i] == 'd' && s->t[i + 1] == 'e') || (s->t[i] == 'o' && s->t[i + 1] == 'f')))
        return skip_sp(s, i + 3);
    return i;
}

/* A date that starts with the digits at i (or with the month word before them). Returns its end
 * and its start in *ds, or 0. */
static size_t date_at(const struct sc *s, size_t i, size_t *ds)
{
    const uint8_t *t = s->t;
    unsigned a, b, c;
    size_t j = num_at(s, i, 4, &a), k, e;
    if (!j)
        return 0;
    *ds = i;
    if (j - i == 4 && j + 1 < s->len && (t[j] == '-' || t[j] == '/')) { /* 1987-03-04 */
        char sep = (char)t[j];
        if ((k = num_at(s, j + 1, 2, &b)) && k + 1 < s->len && t[k] == sep &&
            (e = num_at(s, k + 1, 2, &c)) && year_ok(a, 4) && b >= 1 && b <= 12 && c >= 1 &&
            c <= 31)
            return e;
        return 0;
    }
    if (j - i > 2)
        return 0;
    if (j + 1 < s->len && (t[j] == '.' || t[j] == '/' || t[j] == '-') && is_digit(t[j + 1])) {
        char sep = (char)t[j]; /* 04.03.1987, 03/04/1987, 04-03-87 */
        if ((k = num_at(s, j + 1, 2, &b)) && k + 1 < s->len && t[k] == sep &&
            (e = num_at(s, k + 1, 4, &c)) && (e - k - 1 == 4 || e - k - 1 == 2) &&
            year_ok(c, e - k - 1) && a >= 1 && b >= 1 && a <= 31 && b <= 31 && (a <= 12 || b <= 12))
            return e;
        return 0;
    }
    if (a < 1 || a > 31)
        return 0;
    /* 4 March 1987, 4. März 1987, 4th of March, 1987, 4 de marzo de 1987 */
    k = j;
    if (k + 1 < s->len &&
        (memcmp(t + k, "st", 2) == 0 || memcmp(t + k, "nd", 2) == 0 ||
         memcmp(t + k, "rd", 2) == 0 || memcmp(t + k, "th", 2) == 0 || memcmp(t + k, "er", 2) == 0))
        k += 2;
    else if (k < s->len && t[k] == '.')
        k++;
    else if (k + 1 < s->len && t[k] == 0xC2 && t[k + 1] == 0xBA) /* º */
        k += 2;
    size_t m = skip_de(s, skip_sp(s, k)), me;
    if (m > k && (me = month_at(s, m))) {
        size_t y = skip_de(s, skip_sp(s, me < s->len && t[me] == ',' ? me + 1 : me));
        if (y > me && (e = num_at(s, y, 4, &c)) && e - y == 4 && year_ok(c, 4))
            return e;
        return 0;
    }
    /* March 4, 1987: the month is the word before */
    size_t p = i;
    while (p > 0 && t[p - 1] == ' ')
        p--;
    if (p == i)
        return 0;
    size_t ms = p;
    while (ms > 0 && i - ms < 14 &&
           (t[ms - 1] >= 0x80 || ((t[ms - 1] | 32) >= 'a' && (t[ms - 1] | 32) <= 'z') ||
            t[ms - 1] == '.'))
        ms--;
    if (ms == p || month_at(s, ms) != p)
        return 0;
    size_t y = k < s->len && t[k] == ',' ? k + 1 : k;
    y = skip_sp(s, y);
    if (y > k && (e = num_at(s, y, 4, &c)) && e - y == 4 && year_ok(c, 4)) {
        *ds = ms;
        return e;
    }
    return 0;
}

/* A birth word in the 48 bytes before p: "born", "DOB", "date of birth", "geboren",
 * "Geburtsdatum", "né(e) le", "naissance", "fecha de nacimiento", "geboortedatum", "nascita". */
static int birth_before(const struct sc *s, size_t p)
{
    static const char *const words[] = {"b-day", "bday",       "birth",      "born",    "d.o.b",
                                        "dob",   "geb.",       "geboorte",   "geboren", "geburts",
                                        "nacid", "nacimiento", "naissance",  "nascita", "nata ",
                                        "nato ", "n\303\251 ", "n\303\251e "};
    const uint8_t *t = s->t;
    size_t from = p > 48 ? p - 48 : 0;
    for (size_t i = from; i < p; i++) {
        uint8_t c = t[i] | 32;
        if (c != 'b' && c != 'd' && c != 'g' && c != 'n')
            continue;
        if (i > 0 && (is_alnum(t[i - 1]) || t[i - 1] >= 0x80))
            continue;
        for (size_t k = 0; k < sizeof words / sizeof words[0]; k++) {
            size_t n = strlen(words[k]), q = 0;
            if (words[k][0] != (char)c || i + n > p + 1)
                continue;
            while (q < n && (t[i + q] | (t[i + q] < 0x80 ? 32 : 0)) == (uint8_t)words[k][q])
                q++;
            if (q == n)
                return 1;
        }
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
        size_t ds, e = (s->kinds & (1u << ANON_NAMES_DOB)) ? date_at(s, i, &ds) : 0;
        if (e &&
            (e >= s->len ||
             !(is_alnum(t[e]) || (t[e] == '.' && e + 1 < s->len && is_digit(t[e + 1])))) &&
            birth_before(s, ds)) {
            *next = e;
            return s->emit(s->arg, ANON_NAMES_DOB, ds, e);
        }
        e = (s->kinds & (1u << ANON_NAMES_ADDRESS)) ? addr_number_first(s, i) : 0;
        if (e) {
            *next = e;
            return s->emit(s->arg, ANON_NAMES_ADDRESS, addr_start(s, i), e);
        }
        while (*next < s->len && is_digit(t[*next]))
            (*next)++;
        return 0;
    }
    if (!nw_upper(t + i, s->len - i))
        return 0;
    struct word w;
    parse_word(s, i, &w);
    *next = w.e > i ? w.e : i + 1;
    if (w.shape != SH_NAME)
        return 0;
    if (s->kinds & (1u << ANON_NAMES_ADDRESS)) {
        size_t e = addr_word_first(s, &w);
        if (e) {
            *next = e;
            return s->emit(s->arg, ANON_NAMES_ADDRESS, addr_start(s, i), e);
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
    struct sc s = {(const uint8_t *)text, len, kinds, known, hint, emit, arg, 0, 0, 0, 0};
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
#ifdef __SSE2__
    const __m128i a_ = _mm_set1_epi8('A'), z25 = _mm_set1_epi8(25), d0 = _mm_set1_epi8('0'),
                  nine = _mm_set1_epi8(9), c3 = _mm_set1_epi8((char)0xC3), two = _mm_set1_epi8(2);
    for (; i + 16 <= len; i += 16) {
        __m128i v = _mm_loadu_si128((const __m128i *)(const void *)(t + i));
        __m128i up = _mm_sub_epi8(v, a_), dg = _mm_sub_epi8(v, d0), lat = _mm_sub_epi8(v, c3);
        __m128i m = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(_mm_min_epu8(up, z25), up),
                                              _mm_cmpeq_epi8(_mm_min_epu8(dg, nine), dg)),
                                 _mm_cmpeq_epi8(_mm_min_epu8(lat, two), lat));
        /* a word or number starts only after a byte that is no ASCII letter, digit or '_' */
        __m128i pv =
            i ? _mm_loadu_si128((const __m128i *)(const void *)(t + i - 1)) : _mm_slli_si128(v, 1);
        __m128i pl = _mm_sub_epi8(_mm_or_si128(pv, _mm_set1_epi8(0x20)), _mm_set1_epi8('a')),
                pd = _mm_sub_epi8(pv, d0);
        __m128i inword = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(_mm_min_epu8(pl, z25), pl),
                                                   _mm_cmpeq_epi8(_mm_min_epu8(pd, nine), pd)),
                                      _mm_cmpeq_epi8(pv, _mm_set1_epi8('_')));
        if (i >= 2) /* "\nMaria" in raw JSON */
            inword = _mm_andnot_si128(
                _mm_cmpeq_epi8(_mm_loadu_si128((const __m128i *)(const void *)(t + i - 2)),
                               _mm_set1_epi8('\\')),
                inword);
        if (!i)
            inword = _mm_andnot_si128(_mm_cvtsi32_si128(0xFF), inword);
        unsigned mask = (unsigned)_mm_movemask_epi8(_mm_andnot_si128(inword, m));
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
        if (!((c >= 'A' && c <= 'Z') || is_digit(c) || (c >= 0xC3 && c <= 0xC5))) {
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
