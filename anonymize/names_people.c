/* names_people.c: people (PERSON): a run of name-shaped words collected from a capitalised word,
 * and the decision whether it is a person (person_decide(): its context, the lexicon, the words
 * the request already named), with the surname-first, suffix and shared-given-name forms.
 *
 * A run never spans more than MAX_RUN words; nothing here allocates.
 */
#include "anonymize/names_internal.h"
#include "anonymize/names_scan_internal.h"
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

size_t collect_run(const struct sc *s, const struct word *w0, struct word *run)
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

/* Could anything around an unknown run make it a person? A cheap look at the bytes and the
 * words right before and after it, so most capitalised words in prose and code ("Kubernetes",
 * "München") cost no more than this. */
int maybe_context(const struct sc *s, size_t start, size_t end)
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
__attribute__((noinline)) int spelled_date(struct sc *s, size_t i, size_t *next)
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
/* suffix_at()'s look-up of the suffixes opening with t[i], t[i + 1] (t holds len bytes). Out of
 * line (cost63): suffix_at()'s byte tests, where most words leave, then save no registers. */
static __attribute__((noinline)) int suffix_listed(const uint8_t *t, size_t len, size_t i)
{
    static const char *const sfx[] = {"Jr",   "Sr", "II",  "III", "IV", "PhD",
                                      "Ph.D", "MD", "M.D", "Esq", "MBA"};
    for (size_t k = 0; k < sizeof sfx / sizeof sfx[0]; k++) {
        if (sfx[k][0] != (char)t[i] || sfx[k][1] != (char)t[i + 1])
            continue;
        size_t l = strlen(sfx[k]);
        if (i + l > len || memcmp(t + i, sfx[k], l) != 0)
            continue;
        size_t e = i + l;
        if (e < len && t[e] == '.')
            e++;
        if (e >= len || !is_alnum(t[e]))
            return sfx[k][0] == 'I' ? 2 : 1; /* 2: a roman numeral */
    }
    return 0;
}

static int suffix_at(const struct sc *s, size_t i, size_t at)
{
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
    return suffix_listed(t, s->len, i);
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
        /* one probe for nw_honorific(), nw_salutation(), nw_verb_before() and nw_not_name(),
         * and for the first tests of nw_prose_lead() (one of nw_prose_words: C_PROSE) and
         * nw_ctx2_lead() (one of its lists, each filed C_CTX2) */
        unsigned fc = nw_cats(f);
        int ctxword = (fc & (C_HON | C_SAL | C_VB)) || ((fc & C_PROSE) && nw_prose_lead(f)) ||
                      nw_bare_lead(s, run, b, n, f) || ((fc & C_CTX2) && nw_ctx2_lead(f)) ||
                      intro_lead(s, run, b, n, f) ||
                      (nw_lead_may(f) && (nw_informal_lead(s, run, b, n, f) ||
                                          nw_prose41_lead(s, run, b, f) || nw_leaks45_kin(f)));
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
int person_at(struct sc *s, const struct word *w0, size_t *resume)
{
    struct nw_fctx fc, *outer = s->fc;
    fc.s = s;
    fc.n = 0;
    s->fc = &fc;
    int rc = person_run(s, w0, resume);
    s->fc = outer;
    return rc;
}
