/* names_learn.c: a learnt second opinion on the capitalised runs the PERSON rules turned down.
 *
 * visit_capital() (names.c) hands nw_learn_run() a run that person_at() rejected (one opened by an
 * initial with its dot too, "T. Zandveld": path 4). The run passes a cheap gate first
 * (evidence(): lexicon names or name-shaped unknown words, not all of them ordinary words; a lone
 * lexicon name beside a cue, a lone unknown word (visit_capital()'s lone_unknown_word() path, or
 * one person_at() turned down) in a text where a person was found before it; no source-code line),
 * then its features are hashed into a table of NW_LEARN_SIZE weights learnt by logistic
 * regression from the tune corpora and PII-free developer text as negatives
 * (contrib/bench/bench_train_person.c, train/devneg.json; anonymize/data/person_model.txt compiled
 * into person_model.h): the run's own shape (word count, lexicon classes, letter-shape score,
 * suffix, the words themselves), the one or two words before and after it folded to lower case
 * (for a run of one word also apart, with the marks on both sides), the punctuation and line
 * structure around it and the path that rejected it, and the kind of text it stands in (how its
 * line opens, the lower-case words beside it, the bytes of code and the digits around it, how far
 * back the last person found ends, how many runs were asked before it). A score at or above
 * the model's threshold makes the run a PERSON. The model is on unless HUSH_NAMES_LEARN=0 is set
 * in the environment (a switch for measuring the rules alone) or nw_learn_enable(0) is called.
 *
 * The one thing to know: nw_learn_emit() sits in the scanner's emit chain and records every span
 * emitted in the text, so a run that any rule already found (or that overlaps an address or a
 * date) is never asked about; the record is per scan (struct nw_learn on anon_names_scan()'s
 * stack), the table is immutable. The trainer's trace is told, for each run, whether the filters
 * after the model (anon_names_scan()'s chain) would keep it: the product never emits a run they
 * drop, so the trainer grades only the others (probe(), nw_learn_sink()).
 */
#include "anonymize/names_learn.h"
#include "anonymize/names_internal.h"

#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "anonymize/person_model.h"

static nw_learn_trace_fn trace_fn;
static void *trace_arg;
int nw_learn_traced;
static nw_learn_refused_fn refused_fn;
static void *refused_arg;
/* on unless HUSH_NAMES_LEARN=0 (read once), or nw_learn_enable(); atomic: the scan threads read it
 */
static atomic_int learn_on = -1;
static const char *drop[8];
static size_t ndrop;

void nw_learn_drop(const char *prefix)
{
    if (ndrop < 8)
        drop[ndrop++] = prefix;
}

void nw_learn_trace(nw_learn_trace_fn fn, void *arg)
{
    trace_fn = fn;
    trace_arg = arg;
    nw_learn_traced = fn != NULL;
}

void nw_learn_trace_refused(nw_learn_refused_fn fn, void *arg)
{
    refused_fn = fn;
    refused_arg = arg;
}

/* A run the gate turns away: 0, told to the refusal trace when one is set. */
static int refuse(size_t a, size_t b, int why)
{
    if (refused_fn)
        refused_fn(refused_arg, a, b, why);
    return 0;
}

int nw_learn_enable(int on)
{
    return atomic_exchange_explicit(&learn_on, on, memory_order_relaxed) > 0;
}

int nw_learn_weight(uint32_t f)
{
    return person_model_w[f & (NW_LEARN_SIZE - 1)];
}

int nw_learn_threshold(void)
{
    return PERSON_MODEL_THRESHOLD;
}

int nw_learn_sink(void *arg, int kind, size_t a, size_t e)
{
    struct nw_learn *l = arg;
    if (!l->probe)
        return l->out(l->out_arg, kind, a, e);
    if (kind == ANON_NAMES_PERSON && a < l->pe && l->pa < e)
        l->kept = 1;
    return 0;
}

/* The first word of the span the model emits for a run of n words: leading words that are
 * context, not name ("Dear", "Yesterday"), stay out of it. */
static size_t lead(const struct word *w, size_t n)
{
    size_t b = 0;
    while (b + 1 < n && w[b].shape == SH_NAME && !nw_lexname(w[b].lex) &&
           (w[b].lex & ANON_NL_COMMON_EN))
        b++;
    return b;
}

/* Would the product keep the run t[a .. e) the model would emit (the trace's question): it goes
 * down the emit chain as the model's finding would, through the filters that drop things (firms,
 * huts, titles ...), and nw_learn_sink() at the chain's end swallows what arrives; the record of
 * what the scan emitted is put back as it was, so the runs after it are asked as before. 1 when a
 * PERSON on the run got through, 0 when the chain dropped it, < 0 on error. */
static int probe(struct sc *s, struct nw_learn *l, size_t a, size_t e)
{
    if (!l->out)
        return 1; /* a scan with no sink (not traced when it began) */
    size_t n = l->n, persons = l->persons, last = l->last_person;
    l->pa = a;
    l->pe = e;
    l->kept = 0;
    l->probe = 1;
    int rc = s->emit(s->arg, ANON_NAMES_PERSON, a, e);
    l->probe = 0;
    l->n = n;
    l->persons = persons;
    l->last_person = last;
    return rc < 0 ? rc : l->kept;
}

int nw_learn_emit(void *arg, int kind, size_t a, size_t e)
{
    struct nw_learn *l = arg;
    if (l->n < NW_LEARN_SPANS) {
        l->span[l->n][0] = a;
        l->span[l->n][1] = e;
    }
    l->n++;
    if (kind == ANON_NAMES_PERSON) {
        l->persons++;
        l->last_person = e;
    }
    return l->emit(l->arg, kind, a, e);
}

/* FNV-1a of the feature's name and value, folded to the table's size. */
static uint32_t hash2(const char *name, const char *v, size_t vn)
{
    uint32_t h = 2166136261u;
    for (const char *p = name; *p; p++)
        h = (h ^ (uint8_t)*p) * 16777619u;
    h = (h ^ 0xff) * 16777619u;
    for (size_t k = 0; k < vn; k++)
        h = (h ^ (uint8_t)v[k]) * 16777619u;
    return (h ^ (h >> 16)) & (NW_LEARN_SIZE - 1);
}

uint32_t nw_learn_feature(const char *name, const char *value)
{
    return hash2(name, value, strlen(value));
}

struct feats {
    uint32_t f[NW_LEARN_MAXF];
    size_t n;
};

static void add(struct feats *x, const char *name, const char *v)
{
    for (size_t k = 0; k < ndrop; k++)
        if (strncmp(name, drop[k], strlen(drop[k])) == 0)
            return;
    if (x->n < NW_LEARN_MAXF)
        x->f[x->n++] = hash2(name, v, strlen(v));
}

static void addi(struct feats *x, const char *name, int v)
{
    char b[16];
    size_t n = 0;
    unsigned u = v < 0 ? (unsigned)-v : (unsigned)v;
    if (v < 0)
        b[n++] = '-';
    char d[12];
    size_t k = 0;
    do
        d[k++] = (char)('0' + u % 10);
    while ((u /= 10) && k < sizeof d);
    while (k)
        b[n++] = d[--k];
    b[n] = '\0';
    add(x, name, b);
}

/* The lexicon class of a word as a small code: given, attested, surname, common (en), common
 * (other), global; 0 unknown. */
static int lex_class(unsigned lex)
{
    return (int)(lex & 0x3f);
}

static int letter(uint8_t c)
{
    return (c | 32) >= 'a' && (c | 32) <= 'z';
}

static int wbyte(uint8_t c)
{
    return letter(c) || is_digit(c) || c >= 0x80;
}

/* The word before i on the same line (letters, digits, UTF-8), folded into buf; the bytes
 * skipped between it and i (punctuation and spaces) in *gap (at most 3, spaces left out). */
static const char *word_back(const struct sc *s, size_t i, char *buf, size_t cap, char *gap,
                             size_t *ws)
{
    const uint8_t *t = s->t;
    size_t j = i, g = 0;
    while (j > 0 && !wbyte(t[j - 1]) && t[j - 1] != '\n' && i - j < 8) {
        if (t[j - 1] != ' ' && t[j - 1] != '\t' && g < 3)
            gap[g++] = (char)t[j - 1];
        j--;
    }
    gap[g] = '\0';
    size_t e = j;
    while (j > 0 && wbyte(t[j - 1]) && e - j < 32)
        j--;
    *ws = j;
    return nw_fold_span(s, j, e, buf, cap);
}

static const char *word_fwd(const struct sc *s, size_t i, char *buf, size_t cap, char *gap,
                            size_t *wa, size_t *we)
{
    const uint8_t *t = s->t;
    size_t j = i, g = 0;
    while (j < s->len && !wbyte(t[j]) && t[j] != '\n' && j - i < 8) {
        if (t[j] != ' ' && t[j] != '\t' && g < 3)
            gap[g++] = (char)t[j];
        j++;
    }
    gap[g] = '\0';
    size_t a = j;
    while (j < s->len && wbyte(t[j]) && j - a < 32)
        j++;
    *wa = a;
    *we = j;
    return nw_fold_span(s, a, j, buf, cap);
}

/* The run's words from a to e: capitalised words parsed as the scanner does, lower-case
 * particles between them ("van", "de la") kept with shape SH_PARTICLE. */
static size_t run_words(const struct sc *s, size_t a, size_t e, struct word *w, size_t cap)
{
    size_t n = 0, p = a;
    while (p < e && n < cap) {
        if (s->t[p] == ' ') {
            p++;
            continue;
        }
        if (nw_upper(s->t + p, s->len - p)) {
            nw_parse_word(s, p, &w[n]);
            if (w[n].e <= p || w[n].e > e)
                break;
        } else {
            size_t q = p;
            while (q < e && s->t[q] != ' ')
                q++;
            w[n] = (struct word){p, q, SH_PARTICLE, 0};
        }
        p = w[n++].e;
    }
    return n;
}

static void word_feats(struct feats *x, const struct sc *s, const struct word *w, const char *pos)
{
    char name[16], buf[40];
    size_t pl = strlen(pos);
    memcpy(name, pos, pl);
    const char *f = nw_fold_span(s, w->s, w->e, buf, sizeof buf);
    size_t fl = strlen(f);
    memcpy(name + pl, ".w", 3);
    add(x, name, f);
    memcpy(name + pl, ".s3", 4);
    add(x, name, fl > 3 ? f + fl - 3 : f);
    memcpy(name + pl, ".lx", 4);
    addi(x, name, w->shape == SH_NAME ? lex_class(w->lex) : 100 + w->shape);
    if (w->shape == SH_NAME) {
        int sh = nw_name_shape(s->t + w->s, w->e - w->s) / 16;
        memcpy(name + pl, ".sh", 4);
        addi(x, name, sh < -4 ? -4 : sh > 4 ? 4 : sh);
        unsigned c = nw_cats(f);
        memcpy(name + pl, ".c", 3);
        for (int b = 0; b < 21; b++)
            if (c & (1u << b))
                addi(x, name, b);
        if (c & C_PLACE)
            addi(x, name, 30);
    }
    memcpy(name + pl, ".ln", 4);
    addi(x, name, (int)(w->e - w->s > 12 ? 12 : w->e - w->s));
}

/* A count in log steps: 0, 1, 2-3, 4-7, 8-15, 16-31, 32 or more. */
static int log_step(size_t v)
{
    int b = 0;
    while (v && b < 6) {
        b++;
        v >>= 1;
    }
    return b;
}

/* Bytes that code, paths, markup and change logs are made of and forms and prose seldom hold. */
static int tech_byte(uint8_t c)
{
    return c == '/' || c == '_' || c == '#' || c == '=' || c == '<' || c == '>' || c == '{' ||
           c == '}' || c == '(' || c == ')' || c == '[' || c == ']' || c == '@' || c == '\\' ||
           c == ';' || c == '`' || c == '$' || c == '*' || c == '|';
}

/* Lower-case ASCII words that start in t[a .. e) (a word start: a letter after a byte that is
 * no word byte). */
static size_t lower_words(const struct sc *s, size_t a, size_t e)
{
    size_t n = 0;
    for (size_t k = a; k < e; k++)
        n += s->t[k] >= 'a' && s->t[k] <= 'z' && (k == 0 || !wbyte(s->t[k - 1]));
    return n;
}

/* What kind of text the run stands in (model47): developer text (change logs, READMEs, code)
 * holds capitalised tool and product words in the slots where forms and messages hold names.
 * The line: how it opens (a bullet, a heading, a table's bar, a digit, a word), how many
 * lower-case words stand before and after the run on it (a sentence goes on; a name in a list
 * or a field ends its line); the 256 bytes either side: how many bytes of code, paths and markup
 * and how many digits; the scan: how far back the last person found ends and how many runs the
 * model was asked about before this one; the run: a word joined by a hyphen to a capitalised one
 * or with a capital inside ("Multi-Arch", "JavaScript"). ls and le: the run's line. */
static void text_feats(struct feats *x, const struct sc *s, const struct nw_learn *l,
                       const struct word *w, size_t n, size_t ls, size_t le)
{
    size_t a = w[0].s, e = w[n - 1].e;
    size_t h = ls;
    while (h < a && (s->t[h] == ' ' || s->t[h] == '\t'))
        h++;
    uint8_t c = s->t[h];
    char head[2] = {h == a                                         ? 'r'
                    : c == '*' || c == '-' || c == '+'             ? 'b'
                    : c == '#' || c == '|' || c == '[' || c == '>' ? (char)c
                    : is_digit(c)                                  ? 'd'
                    : wbyte(c)                                     ? 'a'
                                                                   : 'o',
                    '\0'};
    add(x, "lhead", head);
    size_t lp = lower_words(s, ls, a), ln = lower_words(s, e, le);
    addi(x, "lcp", (int)(lp > 3 ? 3 : lp));
    addi(x, "lcn", (int)(ln > 4 ? 4 : ln));
    size_t wa = a > 256 ? a - 256 : 0, we = e + 256 < s->len ? e + 256 : s->len, tech = 0,
           digits = 0;
    for (size_t k = wa; k < we; k++) {
        tech += tech_byte(s->t[k]);
        digits += is_digit(s->t[k]);
    }
    addi(x, "tech", log_step(tech));
    addi(x, "dig", log_step(digits));
    addi(x, "dist", l->persons ? log_step((a > l->last_person ? a - l->last_person : 0) / 32) : -1);
    addi(x, "asked", log_step(l->asked));
    int inner = 0;
    for (size_t k = 0; k < n; k++)
        for (size_t j = w[k].s + 1; j + 1 < w[k].e; j++)
            if (is_up(s->t[j + 1]) && (s->t[j] == '-' || (s->t[j] >= 'a' && s->t[j] <= 'z')))
                inner = 1;
    addi(x, "inner", inner);
}

/* The features of the run t[a .. e) of n words (path: which rule turned it down). */
static size_t features(const struct sc *s, const struct nw_learn *l, const struct word *w, size_t n,
                       int path, uint32_t *out)
{
    struct feats x;
    x.n = 0;
    size_t a = w[0].s, e = w[n - 1].e;
    add(&x, "bias", "");
    size_t names = 0;
    for (size_t k = 0; k < n; k++)
        names += w[k].shape == SH_NAME;
    addi(&x, "nw", (int)(names > 4 ? 4 : names));
    addi(&x, "path", path);
    word_feats(&x, s, &w[0], "f");
    if (n > 1)
        word_feats(&x, s, &w[n - 1], "l");
    for (size_t k = 1; k + 1 < n; k++)
        addi(&x, "m.lx", w[k].shape == SH_NAME ? lex_class(w[k].lex) : 100 + w[k].shape);
    char fb[64];
    const char *fr = nw_fold_span(s, a, e, fb, sizeof fb);
    if (nw_famous(fr))
        add(&x, "famous", "");
    char p1[40], p2[40], n1[40], n2[40], g1[4], g2[4], h1[4], h2[4];
    size_t ws, ws2, wa, we, wa2, we2;
    word_back(s, a, p1, sizeof p1, g1, &ws);
    word_back(s, ws, p2, sizeof p2, g2, &ws2);
    word_fwd(s, e, n1, sizeof n1, h1, &wa, &we);
    word_fwd(s, we, n2, sizeof n2, h2, &wa2, &we2);
    add(&x, "p1", p1);
    add(&x, "p2", p2);
    add(&x, "n1", n1);
    add(&x, "n2", n2);
    add(&x, "g1", g1); /* punctuation before the run */
    add(&x, "h1", h1); /* ... and after it */
    char pp[96];
    size_t pl1 = strlen(p1), pl2 = strlen(p2);
    if (pl1 + pl2 + 2 < sizeof pp) {
        memcpy(pp, p2, pl2);
        pp[pl2] = ' ';
        memcpy(pp + pl2 + 1, p1, pl1 + 1);
        add(&x, "p21", pp);
    }
    if (pl1 + 8 < sizeof pp) {
        memcpy(pp, p1, pl1);
        pp[pl1] = '|';
        memcpy(pp + pl1 + 1, g1, strlen(g1) + 1);
        add(&x, "p1g", pp);
    }
    addi(&x, "p1cap", ws < a && nw_upper(s->t + ws, s->len - ws));
    if (n == 1) { /* one word: the words and marks around it weigh apart from a run's */
        add(&x, "o.p1", p1);
        add(&x, "o.n1", n1);
        char gh[12];
        snprintf(gh, sizeof gh, "%s|%s", g1, h1);
        add(&x, "o.gh", gh);
    }
    /* the word lists of the words around (title, greeting, verb, label, ...): in every language
     * the lists hold, so that a cue word the corpora never showed still counts */
    unsigned pc = *p1 ? nw_cats(p1) : 0, nc = *n1 ? nw_cats(n1) : 0, pc2 = *p2 ? nw_cats(p2) : 0;
    for (int k = 0; k < 21; k++) {
        if (pc2 & (1u << k))
            addi(&x, "p2c", k);
        if (pc & (1u << k))
            addi(&x, "p1c", k);
        if (nc & (1u << k))
            addi(&x, "n1c", k);
    }
    if (n > 1) {
        char lp[24];
        snprintf(lp, sizeof lp, "%d/%d", w[0].shape == SH_NAME ? lex_class(w[0].lex) : 100,
                 lex_class(w[n - 1].lex));
        add(&x, "lxpair", lp);
    }
    addi(&x, "n1cap", we > wa && nw_upper(s->t + wa, s->len - wa) != 0);
    /* the line: does the run open it, end it; is the run quoted */
    size_t ls = a;
    while (ls > 0 && s->t[ls - 1] != '\n' && a - ls < 200)
        ls--;
    int open = 1;
    for (size_t k = ls; k < a; k++)
        if (wbyte(s->t[k]))
            open = 0;
    addi(&x, "lopen", open);
    size_t le = e;
    while (le < s->len && (s->t[le] == ' ' || s->t[le] == '\r'))
        le++;
    addi(&x, "lend", le >= s->len || s->t[le] == '\n');
    while (le < s->len && s->t[le] != '\n' && le - e < 200)
        le++;
    text_feats(&x, s, l, w, n, ls, le);
    if (a > 0 && e < s->len)
        addi(&x, "quote",
             (s->t[a - 1] == '"' && s->t[e] == '"') * 2 + (s->t[a - 1] == '\'' && s->t[e] == '\''));
    if (e + 1 < s->len && s->t[e] == '\'' && (s->t[e + 1] | 32) == 's')
        add(&x, "poss", "");
    addi(&x, "docp", (int)(l->persons > 2 ? 2 : l->persons));
    char c1[16];
    snprintf(c1, sizeof c1, "%d", w[0].shape == SH_NAME ? lex_class(w[0].lex) : 100 + w[0].shape);
    if (pl1 + 10 < sizeof pp) {
        memcpy(pp, p1, pl1);
        pp[pl1] = '|';
        memcpy(pp + pl1 + 1, c1, strlen(c1) + 1);
        add(&x, "p1lx", pp);
    }
    memcpy(out, x.f, x.n * sizeof *out);
    return x.n;
}

/* The letter-shape score (nw_name_shape()) an unknown word of a run of several must pass, when
 * another word of the run is a lexicon name or scores above 0. Above -10 rather than 0: invented
 * and rare surnames score low ("Mortcombe" -9, "Stavecombe" -5, "Kess" -1), and in a run of
 * several words the model (its shape features, the words around) tells them from ordinary words
 * that score as low; lower than -10 lets developer text in ("Unix" -11, "Missing" -15; learn41,
 * the model's own runs on the held-out sets at its threshold: 77 more found, 16 more false, none
 * in developer text). */
#define SHAPE_IN_RUN (-10)

/* Some person evidence in the run, the cheap gate before the features: each word of the run is a
 * lexicon name, or an unknown word with a name's letter shape (SHAPE_IN_RUN in a run of several
 * words beside a name or a word of a name's shape), and one of them at least is no
 * ordinary English word ("Grace Baker" is two names that are English words too: no evidence); no
 * word is a contraction or a letter before a hyphen, and no word of a run of several is a firm's
 * or an institution's (names_labels7.c's list) or a legal form (nw_legal_form()); a run of one word
 * is an unknown word (asked about beside a person only) or a lexicon name with a cue word (title,
 * greeting, verb, label) before it or a verb after it. An initial with its dot that opens the run
 * is evidence enough for one name word after it that is no ordinary word: "T. Zandveld",
 * "C. Pellwick", "S. Hall" ("A. Summary", "I. Introduction" stay out). */
static int evidence(const struct sc *s, const struct word *w, size_t n)
{
    int lexical = 0, names = 0, weak = 0, shaped = 0, initial = w[0].shape == SH_INITIAL;
    for (size_t k = 0; k < n; k++) {
        if (w[k].shape != SH_NAME)
            continue;
        names++;
        unsigned x = w[k].lex;
        int sh;
        if (nw_lexname(x) && !(x & ANON_NL_COMMON_EN))
            lexical = 1;
        else if (nw_lexname(x))
            weak++; /* "Grace", "Baker": a name and an English word */
        else if ((x & (ANON_NL_COMMON_EN | ANON_NL_COMMON)) || w[k].e - w[k].s < 3 ||
                 (sh = nw_name_shape(s->t + w[k].s, w[k].e - w[k].s)) <= (n > 1 ? SHAPE_IN_RUN : 0))
            return 0; /* an ordinary word, or no name's shape: "Unix Makefile" */
        else
            shaped += sh > 0;
        size_t e = w[k].e;
        if (e + 1 < s->len && s->t[e] == '\'' && letter(s->t[e + 1]) && (s->t[e + 1] | 32) != 's')
            return 0; /* "Couldn't": a contraction, no name */
        if (e - w[k].s > 2 && s->t[w[k].s + 1] == '-')
            return 0; /* "X-Range", "E-Mail": a letter before a word, no name */
        if (n > 1 && (nw_body_word(s, w[k].s, e) || nw_legal_form(s->t + w[k].s, e - w[k].s)))
            return 0; /* "Bouwbedrijf Dijkstra Wonen", "Zarmonez Hermanos": a firm's name */
    }
    /* "C. Pellwick", "L. Smith": the initial is the evidence */
    if (initial && names == 1)
        return 1;
    if (names > 1 && weak && w[0].s > 0 && w[n - 1].e < s->len && s->t[w[0].s - 1] == '"' &&
        s->t[w[n - 1].e] == '"')
        return 0;  /* "Fira Code", "Noto Sans": a quoted title with an ordinary word is a thing */
    if (names > 1) /* a low shape only beside a name: "Missing Build-Depends" is none */
        return weak < names && (lexical || weak || shaped);
    if (weak)
        return 0;
    if (!lexical)
        return 1; /* one unknown word alone: only asked about beside a person (nw_learn_run) */
    /* one word alone: a cue word before or after it too; never a product's word alone */
    char b1[40], g[4];
    size_t ws, wa, we;
    unsigned pc = nw_cats(word_back(s, w[0].s, b1, sizeof b1, g, &ws));
    unsigned nc = nw_cats(word_fwd(s, w[n - 1].e, b1, sizeof b1, g, &wa, &we));
    return (pc & (C_HON | C_SAL | C_VB | C_PROSE | C_DOC | C_INTRO | C_LABEL | C_LIST | C_CLOSE)) ||
           (nc & (C_VA | C_BE));
}

/* Source code around the run: a preprocessor line or a C comment's mark on its line before it
 * ("#define EM_SE_C33 107 /-* Seiko Epson S1C33 family", the comment mark written "/-*" here). */
static int code_line(const struct sc *s, size_t a)
{
    size_t ls = a;
    while (ls > 0 && s->t[ls - 1] != '\n' && a - ls < 240)
        ls--;
    while (ls < a && (s->t[ls] == ' ' || s->t[ls] == '\t'))
        ls++;
    if (ls < a && s->t[ls] == '#' && ls + 1 < a && letter(s->t[ls + 1]))
        return 1;
    for (size_t k = ls; k + 1 < a; k++)
        if ((s->t[k] == '/' && s->t[k + 1] == '*') || (s->t[k] == '*' && s->t[k + 1] == '/'))
            return 1;
    return 0;
}

/* How near (bytes) a person found before it must end for a lone unknown word that person_at()
 * turned down to be asked about: a few lines, a short message ("driver was Tavette per the app");
 * a person found pages before in a long file ("msgstr \"Hilfe\"", "a Boolean value") says nothing.
 */
#define LONE_NEAR 400

static int learn_run(struct sc *s, const struct word *w0, size_t e, int path);

/* One word (the most of the runs) that learn_run() turns away at once goes back here with no
 * frame, once the switch is read (learn_run() reads it the first time) and no refusal trace is
 * set: a word that is no name, a lone unknown word (path 3) in a text with no person found yet,
 * an English word on another path. The rest in learn_run(). */
int nw_learn_run(struct sc *s, const struct word *w0, size_t e, int path)
{
    const struct nw_learn *l = s->learn;
    if (e == w0->e && atomic_load_explicit(&learn_on, memory_order_relaxed) >= 0 &&
        (w0->shape != SH_NAME || (!refused_fn && l && e > w0->s &&
                                  (path == 3 ? !l->persons : (w0->lex & ANON_NL_COMMON_EN) != 0))))
        return 0;
    return learn_run(s, w0, e, path);
}

static __attribute__((noinline)) int learn_run(struct sc *s, const struct word *w0, size_t e,
                                               int path)
{
    struct nw_learn *l = s->learn;
    int on = atomic_load_explicit(&learn_on, memory_order_relaxed);
    if (on < 0) { /* the first run: every thread that reads the environment writes the same */
        const char *v = getenv("HUSH_NAMES_LEARN");
        on = !(v && strcmp(v, "0") == 0);
        atomic_store_explicit(&learn_on, on, memory_order_relaxed);
    }
    if (!l || (!on && !trace_fn) || e <= w0->s)
        return 0;
    struct word w[8];
    size_t n = 1;
    w[0] = *w0;
    if (e == w0->e) { /* one word, the most of the runs: the cheapest part of the gate first */
        if (w0->shape != SH_NAME)
            return 0;
        /* a lone unknown word (path 3, or one person_at() judged in a context and turned down,
         * path 2: "driver was Tavette per the app") only in a text where a person was found
         * before it: the capitalised nouns of German prose, the products of developer text, cost
         * nothing there; a lone lexicon name on path 2 that is no English word wherever */
        if (path == 3
                ? !l->persons
                : (w0->lex & ANON_NL_COMMON_EN) ||
                      (!nw_lexname(w0->lex) && (!l->persons || l->last_person + LONE_NEAR < w0->s)))
            return refuse(w0->s, w0->e, path == 3 ? NW_LEARN_WHY_LONE : NW_LEARN_WHY_LONELEX);
    } else {
        n += run_words(s, w0->e, e, w + 1, 7);
    }
    while (n && w[n - 1].shape != SH_NAME)
        n--;
    if (!n || !evidence(s, w, n))
        return refuse(w0->s, n ? w[n - 1].e : w0->e, NW_LEARN_WHY_EVIDENCE);
    if (code_line(s, w[0].s))
        return refuse(w[0].s, w[n - 1].e, NW_LEARN_WHY_CODE);
    for (size_t k = 0; k < l->n && k < NW_LEARN_SPANS; k++)
        if (l->span[k][0] < w[n - 1].e && w[0].s < l->span[k][1])
            return refuse(w[0].s, w[n - 1].e, NW_LEARN_WHY_EMITTED); /* a rule found it */
    if (l->n > NW_LEARN_SPANS)
        return refuse(w[0].s, w[n - 1].e, NW_LEARN_WHY_EMITTED);
    uint32_t f[NW_LEARN_MAXF];
    size_t nf = features(s, l, w, n, path, f);
    l->asked++;
    int score = 0;
    for (size_t k = 0; k < nf; k++)
        score += person_model_w[f[k]];
    if (trace_fn) {
        int kept = probe(s, l, w[lead(w, n)].s, w[n - 1].e);
        if (kept < 0)
            return kept;
        trace_fn(trace_arg, (const char *)s->t, s->len, w[0].s, w[n - 1].e, f, nf, score, kept);
        return 0;
    }
    if (score < PERSON_MODEL_THRESHOLD)
        return 0;
    return s->emit(s->arg, ANON_NAMES_PERSON, w[lead(w, n)].s, w[n - 1].e);
}
