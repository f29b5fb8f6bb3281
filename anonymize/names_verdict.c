/* names_verdict.c: the verdict on a run's context (context()), what may make a lone word a
 * person (strong_may()), and the words the request already named (seen, known).
 *
 * context() weighs the signals of names_signals.c in one order; the first that decides wins.
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
int context(const struct sc *s, size_t start, size_t end, int *list, const char *nw, size_t we,
            int poss)
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
        /* "esc[m Debian": a title glued after a bracket to the text before it is an escape
         * sequence's or an index's letter (branch clean56) */
        if ((pc & C_HON) && !(ws >= 2 && s->t[ws - 1] == '[' && s->t[ws - 2] != ' ' &&
                              s->t[ws - 2] != '\n' && s->t[ws - 2] != '\t'))
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

/* term_follows() given the word after the run (nw, from after_run() at i) */
int term_after_run(const struct sc *s, size_t i, const char *nw)
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
int strong_may(const struct sc *s, size_t start, size_t end)
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

void seen_add(struct sc *s, size_t a, size_t b)
{
    s->seen[s->nseen % 8][0] = a;
    s->seen[s->nseen % 8][1] = b;
    s->nseen++;
}

int known_word(const struct sc *s, const struct word *w)
{
    if ((!s->known && !s->nseen) || w->shape != SH_NAME || w->e - w->s < 2)
        return 0;
    if ((w->lex & ANON_NL_COMMON_EN) && !nw_lexname(w->lex))
        return 0;
    if (s->nseen && seen_word(s, w))
        return 1;
    return s->known && anon_names_known_has(s->known, (const char *)s->t + w->s, w->e - w->s) > 0;
}
