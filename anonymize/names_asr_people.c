/* names_asr_people.c: the people of a transcript (names_asr.c reads its words and turns): a name
 * after an introduction ("my name is", "je m'appelle") or alone in the answer to a name question,
 * letters spelled one by one that spell a word said before (spelled()), and the same name said
 * again elsewhere in the call (spread()).
 * The one thing to know: every span goes through put(), which drops what overlaps a span
 * already found. */
#include "anonymize/names_asr_internal.h"
#include "anonymize/names_spoken59.h"

#include <string.h>

static size_t name_run(const struct asr *x, size_t k);
/* A name's words from k: up to three that are no function word, number or letter, in one turn. */
static size_t name_words(const struct asr *x, size_t k)
{
    if (wl(x, k, nw_asr_particles, nw_asr_nparticles))
        return 0; /* "met de uitrol": a name said alone opens with no particle */
    size_t m = name_run(x, k);
    while (m > 0 && wl(x, k + m - 1, nw_asr_particles, nw_asr_nparticles))
        m--; /* "met henkee liebookamp van zenmo": a particle ends no name */
    return m;
}

static size_t name_run(const struct asr *x, size_t k)
{
    size_t m = 0;
    while (k + m < x->n && m < 3 && !x->w[k + m].stop && !x->w[k + m].num && !x->w[k + m].letter &&
           x->t[x->w[k + m].a] < 0xF0 && /* spoken53: an emoji is no name */
           x->w[k + m].b - x->w[k + m].a >= 2 && x->w[k + m].turn == x->w[k].turn &&
           !x->w[k + m].month &&
           !(x->w[k + m].bits & (list_bit(nw_asr_birth_cues, nw_asr_nbirth_cues, 0) |
                                 list_bit(nw_asr_addr_cues, nw_asr_naddr_cues, 0)))) {
        /* spoken52: "aino virtanen asun ...", "kaczmarek urodzona ...": a cue ends the name */
        m++;
        if (x->w[k + m - 1].turnend || x->w[k + m - 1].comma)
            break; /* "it's thibaud lindqvell, january 6": a comma ends the name */
    }
    return m;
}

/* noisy56: a word the lexicon knows as a common word and not as an attested given name. */
static int ordinary_word(const struct asr *x, size_t k)
{
    unsigned lx = anon_names_lexicon((const char *)x->t + x->w[k].a, x->w[k].b - x->w[k].a);
    return (lx & (ANON_NL_COMMON_EN | ANON_NL_COMMON)) &&
           !((lx & ANON_NL_GIVEN) && (lx & ANON_NL_ATTESTED));
}

static size_t skip_fill(const struct asr *x, size_t k)
{
    while (k < x->n && x->w[k].stop && !x->w[k].turnend && !wl(x, k, nw_asr_titles, nw_asr_ntitles))
        k++;
    return k;
}

/* At the opening of the turn at k, after greetings and fillers: two name words, then "from",
 * "von", "van", "de", "da", "di" and more words: *at is where the name starts. */
static int opens_from(const struct asr *x, size_t k, size_t *at)
{
    char buf[64];
    size_t a = k;
    while (a < x->n && !x->w[a].turnend &&
           (wl(x, a, nw_asr_greets, nw_asr_ngreets) || wl(x, a, nw_asr_fillers, nw_asr_nfillers)))
        a++;
    if (a == k || a >= x->n || x->w[a].turn != x->w[k].turn || name_run(x, a) < 2)
        return 0;
    size_t m = name_words(x, a);
    if (m != 2 || x->w[a + 1].turnend)
        return 0;
    const char *nx = wf(x, a + 2, buf, sizeof buf);
    if (!in_list(nw_asr_particles, nw_asr_nparticles, nx) && strcmp(nx, "from") != 0)
        return 0;
    /* spokenp59b: an article or "and" after the pair is a verb's object, not a firm ("eh
     * vorrei spostare la prenotazione", "quería cambiar la reserva"); "das", "der", "den" stay
     * ("ja hallo ute vogel das ist v o g e l") */
    static const char *const not_from[] = {"la", "le", "y", "e", "dei", "degli", "delle"};
    for (size_t i = 0; i < N(not_from); i++)
        if (!strcmp(nx, not_from[i]))
            return 0;
    *at = a;
    return 1;
}

/* With no turns: does a name question end right before k ("c'est à quel nom oui alors X")? */
static int asked_before(const struct asr *x, size_t k)
{
    size_t end = 0; /* where the latest question phrase ends: at k, not past it ("votre nom
                       complet") */
    for (size_t i = k > 6 ? k - 6 : 0; i <= k && i < x->n; i++)
        for (size_t q = 0; (x->w[i].bits & list_bit(nw_asr_name_asks, nw_asr_nname_asks, 1)) &&
                           q < nw_asr_nname_asks;
             q++) {
            size_t m = phrase_at(x, i, nw_asr_name_asks[q]);
            if (m && i + m > end)
                end = i + m;
        }
    return end == k;
}

/* Weak introductions that take an adjective as often as a name ("it's wrong", "c'est bon",
 * "ich bin sicher"): one word after them is never believed on its own. */
static const char *const adjective_intros[] = {"it's",  "i'm",     "im",     "this is",
                                               "c'est", "je suis", "ik ben", "ich bin"};

static int adjective_intro(const char *ph)
{
    for (size_t i = 0; i < N(adjective_intros); i++)
        if (!strcmp(adjective_intros[i], ph))
            return 1;
    return 0;
}

/* ---- people ------------------------------------------------------------------------------- */
int people(struct sc *s, struct asr *x)
{
    char buf[64];
    int rc;
    for (size_t k = 0; k < x->n; k++) {
        size_t m = 0, at = 0;
        int weak = 0;
        if (x->voice && (nw_noisy56_wake_tail(wf(x, k, buf, sizeof buf)) ||
                         (k + 1 < x->n && nw_noisy56_wake_tail(wf(x, k + 1, buf, sizeof buf)))))
            continue; /* noisy56: "hey siri", "ok google", "alexa": a command follows */
        int intro = (x->w[k].bits & list_bit(nw_asr_intros, nw_asr_nintros, 1)) != 0;
        const char *ph = "";
        for (size_t i = 0; intro && i < nw_asr_nintros && !m; i++) {
            weak = nw_asr_intros[i][0] == '*';
            m = phrase_at(x, k, nw_asr_intros[i] + weak);
            ph = nw_asr_intros[i] + weak;
        }
        int rel = 0; /* spoken53: "my executor is X", "mia moglie X" */
        for (size_t i = 0;
             !m && (x->w[k].bits & list_bit(nw_asr_relations, nw_asr_nrelations, 1)) &&
             i < nw_asr_nrelations;
             i++)
            rel = (m = phrase_at(x, k, nw_asr_relations[i])) != 0, weak = 0;
        int cmd = 0; /* noisy56: "text maria keller that", "dear maria keller comma" */
        for (size_t i = 0, c;
             !m && x->voice && (x->w[k].bits & list_bit(nw_noisy56_cues, nw_noisy56_ncues, 1)) &&
             i < nw_noisy56_ncues;
             i++)
            if ((c = phrase_at(x, k, nw_noisy56_cues[i])) > 0 && c > (size_t)cmd)
                cmd = (int)c; /* the longest: "ring til" before "ring" */
        if (cmd && (name_run(x, k + (size_t)cmd) < 2 ||
                    wl(x, k + (size_t)cmd, nw_noisy56_ends, nw_noisy56_nends) ||
                    wl(x, k + (size_t)cmd + 1, nw_noisy56_ends, nw_noisy56_nends)))
            cmd = 0; /* no given name and surname after it: the other readings decide */
        if (cmd)
            m = (size_t)cmd, weak = 0;
        if (m) {
            at = k + m;
            while (at < x->n && x->w[at].stop && x->w[at].turn == x->w[k].turn &&
                   !x->w[at - 1].turnend && wl(x, at, nw_asr_fillers, nw_asr_nfillers))
                at++; /* "it's uh X": the fillers */
            if (at < x->n && wl(x, at, nw_asr_titles, nw_asr_ntitles))
                at++, weak = 0;
        } else if (x->spoken && k + 1 < x->n && !x->w[k].stop && !x->w[k].num && !x->w[k].letter &&
                   x->w[k + 1].turn == x->w[k].turn &&
                   any_phrase(x, k + 1, nw_asr_name_then, nw_asr_nname_then) &&
                   !any_phrase(x, k + 1, nw_asr_intros, nw_asr_nintros)) {
            at = k; /* "customer service morlis speaking" */
            if ((rc = put(s, x, ANON_NAMES_PERSON, x->w[k].a, x->w[k].b)) < 0)
                return rc;
            continue;
        } else if (k + 2 < x->n && (x->spoken || x->w[k].turn == 0) && name_run(x, k) >= 2 &&
                   x->w[k + 2].turn == x->w[k].turn &&
                   (x->w[k + 2].bits & list_bit(nw_asr_post_intros, nw_asr_npost_intros, 0))) {
            if ((rc = put(s, x, ANON_NAMES_PERSON, x->w[k].a, x->w[k + 1].b)) < 0)
                return rc; /* spoken53: "kiss anna vagyok" */
            k += 2;
            continue;
        } else if (x->voice && k + 2 < x->n && name_run(x, k) >= 2 &&
                   x->w[k + 2].turn == x->w[k].turn &&
                   (k == 0 || x->w[k - 1].turn != x->w[k].turn ||
                    nw_noisy56_post_lead(wf(x, k - 1, buf, sizeof buf))) &&
                   any_phrase(x, k + 2, nw_noisy56_post, nw_noisy56_npost)) {
            if ((rc = put(s, x, ANON_NAMES_PERSON, x->w[k].a, x->w[k + 1].b)) < 0)
                return rc; /* noisy56: "hey siri maria keller har bursdag" */
            k += 2;
            continue;
        } else if (x->spoken && (k == 0 || x->w[k - 1].turn != x->w[k].turn) &&
                   opens_from(x, k, &at)) {
            /* "guten tag hillin hilmaringer von der firma verdina": a caller names itself */
        } else if (wl(x, k, nw_asr_titles, nw_asr_ntitles) && k + 1 < x->n && !x->w[k].turnend) {
            at = k + 1;
        } else if (((k == 0 || x->w[k - 1].turn != x->w[k].turn) &&
                    turn_has(x, k, 1, nw_asr_name_asks, nw_asr_nname_asks)) ||
                   (!x->labelled && x->spoken && asked_before(x, k))) {
            /* the first word of the answer to a name question: the name after yes and
             * fillers */
            at = skip_fill(x, k);
            if (at < x->n && x->w[at].turn != x->w[k].turn)
                continue;
        } else {
            continue;
        }
        if (at >= x->n || at <= k - (k > 0) || x->w[at].turn != x->w[k].turn)
            continue;
        size_t nw = name_words(x, at);
        if (!nw)
            continue;
        size_t last = at + nw - 1;
        for (size_t p = at; rel && p <= last; p++)
            if (wl(x, p, nw_asr_rel_verbs, nw_asr_nrel_verbs)) {
                if (p == at)
                    break; /* "my son lives in leeds", "the witness box": no name */
                last = p - 1;
            }
        if (rel && wl(x, at, nw_asr_rel_verbs, nw_asr_nrel_verbs))
            continue;
        if (cmd) { /* given name and surname, cut at the command's tail or a said comma */
            for (size_t p = at; p <= last; p++)
                if (wl(x, p, nw_noisy56_ends, nw_noisy56_nends)) {
                    last = p - 1;
                    break;
                }
            if (last < at + 1 || last == (size_t)-1)
                continue;
            if (last > at + 1 && !wl(x, at + 1, nw_asr_particles, nw_asr_nparticles))
                last = at + 1;
            if (ordinary_word(x, at) || ordinary_word(x, at + 1))
                continue; /* "call pizza hut", "text the office" */
        }
        if (rel && last > at + 1 && !wl(x, at + 1, nw_asr_particles, nw_asr_nparticles))
            last = at + 1; /* given name and surname: "papp zoltán ügyében" */
        /* spoken53: a weak introduction opening a one-turn note ("aici ioana popescu ...") */
        int opening =
            weak && x->w[k].turn == 0 && k < 4 &&
            (nw >= 2 || (last + 1 < x->n && wl(x, last + 1, nw_asr_fillers, nw_asr_nfillers)));
        if (opening)
            last = at + 1;
        if (weak && m && !opening && !x->spoken &&
            !turn_has(x, k, 1, nw_asr_name_asks, nw_asr_nname_asks))
            continue; /* "we beginnen met de uitrol" in a chat */
        if (weak && m && x->voice && adjective_intro(ph) && (x->voice == 1 || ordinary_word(x, at)))
            continue; /* noisy56: "text anna that im running late"; in a typed chat whose line
                         opens with "call", only a common word ("im fine thx"), not "hi im
                         dobromir from upstairs" (voice57) */
        if (weak && m) {
            const char *nx =
                last + 1 < x->n && !x->w[last].turnend ? wf(x, last + 1, buf, sizeof buf) : "";
            int from = in_list(nw_asr_after_name, nw_asr_nafter_name, nx);
            for (size_t p = at + 1; !from && p <= last; p++)
                if (wl(x, p, nw_asr_particles, nw_asr_nparticles)) {
                    last = p - 1; /* "sono giangiangian di ostrava bank" */
                    nw = last - at + 1;
                    from = 1;
                }
            int asked = turn_has(x, k, 1, nw_asr_name_asks, nw_asr_nname_asks);
            if (!from && !x->w[last].turnend && !asked && !opening)
                continue;
            /* one word ending the turn: believed in the call's opening turns ("hola le llamo
             * de caldo telecom soy logogo") */
            if (!from && !asked && nw < 2 && (x->w[k].turn > 1 || adjective_intro(ph)))
                continue;
        }
        if ((rc = put(s, x, ANON_NAMES_PERSON, x->w[at].a, x->w[last].b)) < 0)
            return rc;
        k = last;
        /* "my name is anna no sorry hanna becker": the corrected name after it (spoken52) */
        size_t c = last + 1, cm = 0;
        for (size_t i = 0; c < x->n && !x->w[last].turnend && !cm &&
                           (x->w[c].bits & list_bit(nw_asr_corrections, nw_asr_ncorrections, 1)) &&
                           i < nw_asr_ncorrections;
             i++)
            cm = phrase_at(x, c, nw_asr_corrections[i]);
        if (cm && c + cm < x->n && (nw = name_words(x, c + cm)) > 0) {
            last = c + cm + nw - 1;
            if ((rc = put(s, x, ANON_NAMES_PERSON, x->w[c + cm].a, x->w[last].b)) < 0)
                return rc;
            k = last;
        }
    }
    return 0;
}

/* Letters spelled one by one ("k e l l e r", "k as in kilo e as in echo", "k-e-l-l-e-r"): a
 * name when they spell a word said before it (that word is the name, wherever it is said) or
 * when a spelling was asked for. A code read out ("s g m four three") spells nothing. */
int spelled(struct sc *s, struct asr *x)
{
    char buf[64], sp[64], w2[64];
    int rc;
    for (size_t k = 0; k < x->n; k++) {
        if (!x->w[k].letter)
            continue;
        size_t e = k, o = 0, k0 = k;
        while (e < x->n && x->w[e].letter && o + 16 < sizeof sp) {
            const char *f = wf(x, e, buf, sizeof buf);
            for (; *f; f++)
                if (*f != '-')
                    sp[o++] = *f;
            /* "k as in kilo": the letter, the link, a word beginning with it */
            const char *link = e + 2 < x->n ? wf(x, e + 1, w2, sizeof w2) : "";
            if (*link && in_list(nw_asr_as_in, nw_asr_nas_in, link)) {
                size_t j = e + 2;
                if (!strcmp(link, "as") && j < x->n && !strcmp(wf(x, j, w2, sizeof w2), "in"))
                    j++;
                if (j < x->n && wf(x, j, w2, sizeof w2)[0] == sp[o - 1] && !x->w[j].letter)
                    e = j;
            } else if (e + 1 < x->n && !x->w[e].turnend && !x->w[e + 1].letter &&
                       !x->w[e + 1].stop && wf(x, e + 1, w2, sizeof w2)[0] == sp[o - 1] &&
                       (x->w[e + 1].turnend || (e + 2 < x->n && x->w[e + 2].letter))) {
                e++; /* spoken53: "n november a alpha" */
            }
            if (x->w[e++].turnend)
                break; /* the spelling ends with its turn */
        }
        sp[o] = '\0';
        if (o < 3) {
            k = e;
            continue;
        }
        size_t last = e - 1;
        int said = 0;
        /* "é m a c u a d a": a one-letter word ("é", "a", "e", "y") may lead the letters */
        size_t skip =
            x->w[k].stop && x->w[k].b - x->w[k].a <= 2 && o > 3 ? x->w[k].b - x->w[k].a : 0;
        for (size_t j = k > 60 ? k - 60 : 0; j < k; j++)
            if (!x->w[j].letter &&
                (!strcmp(wf(x, j, buf, sizeof buf), sp) ||
                 nw_spoken59_spells(wf(x, j, buf, sizeof buf), sp) || /* spoken59: "şahin" */
                 (skip && !strcmp(wf(x, j, buf, sizeof buf), sp + skip) && (k0 = k + 1)))) {
                said = 1;
                if ((rc = put(s, x, ANON_NAMES_PERSON, x->w[j].a, x->w[j].b)) < 0)
                    return rc;
            }
        if (said || turn_has(x, k, 0, nw_asr_spell_asks, nw_asr_nspell_asks) ||
            turn_has(x, k, 1, nw_asr_spell_asks, nw_asr_nspell_asks))
            if ((rc = put(s, x, ANON_NAMES_PERSON, x->w[k0].a, x->w[last].b)) < 0)
                return rc;
        k = last;
    }
    return 0;
}

static int said_name(const struct asr *x, size_t k, const char *const *names, size_t nn)
{
    const char *f0 = x->fb + x->w[k].fo;
    if (x->w[k].letter || x->w[k].stop)
        return 0;
    for (size_t j = 0; j < nn; j++)
        if (names[j][0] == f0[0] && strcmp(names[j], f0) == 0)
            return 1;
    return 0;
}

/* A name found here is a person wherever else the call says it ("it's maria keller" ...
 * "thanks maria"): each word of four bytes or more of a person found in this window, no function
 * word or number, marks the same word elsewhere; neighbours marked join into one span. */
int spread(struct sc *s, struct asr *x)
{
    const char *names[32];
    size_t nn = 0;
    int rc;
    if (!x->n)
        return 0;
    for (unsigned f = 0; f < x->nfound && nn < 32; f++) {
        if (x->fkind[f] != ANON_NAMES_PERSON || x->found[f][0] < x->w[0].a)
            continue;
        for (size_t k = 0; k < x->n && nn < 32; k++) {
            const struct aw *w = &x->w[k];
            if (w->a < x->found[f][0] || w->b > x->found[f][1])
                continue;
            if (wl(x, k, nw_asr_particles, nw_asr_nparticles))
                break; /* "sjokee van verdina": what follows a particle may be the company */
            if (w->stop || w->num || w->letter || w->b - w->a < 4)
                continue;
            const char *f0 = x->fb + w->fo;
            size_t j = 0;
            while (j < nn && strcmp(names[j], f0) != 0)
                j++;
            if (j == nn && *f0)
                names[nn++] = f0;
        }
    }
    for (size_t k = 0; nn && k < x->n; k++) {
        if (!said_name(x, k, names, nn))
            continue;
        size_t e = k + 1;
        while (e < x->n && !x->w[e - 1].turnend && said_name(x, e, names, nn))
            e++;
        if (e == k)
            continue;
        size_t a = x->w[k].a, b = x->w[e - 1].b;
        int free_span = 1;
        for (unsigned i = 0; i < x->nfound && free_span; i++)
            free_span = !(a < x->found[i][1] && x->found[i][0] < b);
        if (free_span && (rc = put(s, x, ANON_NAMES_PERSON, a, b)) < 0)
            return rc;
        k = e - 1;
    }
    return 0;
}
