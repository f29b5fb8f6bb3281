/* bench_train_person.c: the trainer of names_learn.c's PERSON context model.
 *
 * It runs the default engine over labelled corpora with names_learn.c's trace set, so that every
 * capitalised run the PERSON rules turned down and the model's gate let through arrives here with
 * its hashed features; a run is a positive example when it overlaps a gold PERSON span (a run on
 * a NEG_* span, or on no PERSON span, is a negative one). The trace also says whether the filters
 * after the model (names.c's emit chain: firms, huts, titles, streets ...) would keep the run: one
 * they drop is never emitted whatever its score, so it neither trains the weights nor counts,
 * found or false, in the threshold's choice and the reports (--train-dropped: it trains the
 * weights; --grade-dropped: it counts too, as the trainer did before stop 45). The trace reports
 * offsets in the detection view (engine_view.c: no-break spaces, dashes, full-width forms ...
 * become ASCII), so a record's runs are moved back to the record's bytes (anon_view_to_text) before
 * they are labelled. Logistic regression by plain SGD over the runs in the order the corpora give
 * them (no randomness: the same corpora give the same file), L2 on the weights touched. The
 * threshold is chosen on out-of-fold scores: five fits, each without one fifth of the corpora (by
 * file), score the runs of the fifth they left out; the threshold maximises found - cost * false
 * over all of them. The model is then trained again on every record and written, weights and
 * threshold in NW_LEARN_SCALE units, as anonymize/data/person_model.txt.
 *
 * Usage: bench_train_person [--drop PREFIX]... [--epochs N] [--cost C] [--l2 L] [--by-file]
 * [--train-dropped|--grade-dropped] OUT.txt FILE[:even]...
 * bench_train_person --eval|--misses [--model M.txt] [--by-file] FILE[:even|:odd] ...
 * --eval counts the runs the model (the compiled one, or M.txt) would find, true and false
 * (HUSH_LEARN_CURVE set: at other thresholds too, and when training, the out-of-fold curve;
 * HUSH_LEARN_DUMP: print the runs found). --by-file: the same counts per file, with the runs
 * above the threshold that the filters drop (gold and not).
 * --misses prints one line per gold PERSON span: found by the rules, by the model, scored low, or
 * never asked (and why the gate turned it away): where the model does not reach.
 * FILE:even reads the records with an even index only (presidio's tune half); FILE:fifth folds
 * FILE by record (every fifth record) rather than as one file. --drop leaves out the features
 * whose name starts with PREFIX (ablations). The corpora the model is trained on are listed in
 * contrib/bench/accuracy/train_person.sh; never a blind set.
 */
#include "anonymize/anon_internal.h"
#include "anonymize/anonymize.h"
#include "anonymize/names_learn.h"
#include "corpus.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* --cost: a false finding counts as much as this many found names. 1.5, the rule of
 * notes/model45.md: issue #15 weighs PERSON recall and precision alike, so 1 was chosen before
 * its figures were seen, with the guard that developer text must not rise, else 1.5, else 2; cost 1
 * took three products there ("Solaris", "Cygwin", "Colorama"). After stop 46's corpora 1.5 put
 * the threshold at 80 and took ~770 runs of a capitalised verb and a product in one change log
 * (0.39 -> 5.25 per 10k tokens of developer text), so stop 46 ran at 2; model47's change logs
 * with their people (train/devneg.json) and features of the kind of text (names_learn.c,
 * text_feats()) bring 1.5 back under the guard (notes/model47.md). */
static double cost = 1.5;
/* --l2: chosen on the out-of-fold gain (found - 2 x false over the five fits' left-out fifths,
 * 15,599 runs): 1e-4 3,071, 1e-3 3,091, 3e-3 3,108, 1e-2 3,152, 3e-2 3,127, 1e-1 2,955. The
 * weaker pull of 1e-4 let rare contexts of the training corpora carry large weights that did not
 * hold on text the model never saw. */
static float l2 = 1e-2f;

struct ex {
    uint32_t f[NW_LEARN_MAXF];
    uint8_t nf, y, fold; /* fold: which fifth of the corpora (by file) the run is in */
    uint8_t one;         /* a run of one word (no space in it): the report by class */
    uint8_t kept;        /* the filters after the model would keep it (the trace's kept) */
    uint16_t file;       /* which FILE argument it came from (--by-file) */
    int score, oof;      /* oof: its score by the fit that did not see its fold */
};

static struct ex *ex;
static size_t nex, cap;
/* --train-dropped: the runs the filters drop train the weights; --grade-dropped: they count in
 * the threshold and the reports too (as before stop 45) */
static int train_dropped, grade_dropped;
static int by_file;
static const char *file_name[1024];
static int cur_file;

/* Does the run count in the threshold's choice and the reports (the product can emit it)? */
static int graded(const struct ex *x)
{
    return x->kept || grade_dropped;
}
/* the record being read: its gold PERSON spans and its NEG_ spans (bytes) */
static size_t gs[4096], ge[4096];
static int gpos[4096];
static size_t ng;
static int cur_fold;
static int dump_thr = 1 << 30; /* --eval with HUSH_LEARN_DUMP set: print the runs found */
static float w[NW_LEARN_SIZE];
static int qscore(const struct ex *x);

/* The runs of the record being read, in view offsets until the record is done (the trace reports
 * the detection view's offsets: engine_view.c maps no-break spaces, dashes, full-width forms ...,
 * so a run's bytes may sit elsewhere in the record than its gold span says). */
static size_t rec_first, rec_runs;
static size_t *ra, *rb;
static size_t rcap;
static size_t moved_recs, moved_runs, moved_labels; /* what the view changed (stderr) */
/* --misses: the runs the gate turned away in the record (view offsets, then the record's) */
static int misses;
static size_t fa[1024], fb[1024];
static int fwhy[1024];
static size_t nref;

static void on_refused(void *arg, size_t a, size_t b, int why)
{
    (void)arg;
    if (nref < 1024) {
        fa[nref] = a;
        fb[nref] = b;
        fwhy[nref++] = why;
    }
}

static void put_clean(const char *t, size_t a, size_t b)
{
    for (size_t k = a; k < b; k++)
        putchar(t[k] == '\n' ? '|' : t[k] == '\t' ? ' ' : t[k]);
}

/* --misses: one line per gold PERSON span of the record: found by the rules (a PERSON finding on
 * it), by the model (a run on it scoring at the threshold), scored low (the best run's score), or
 * turned away by the gate (why) or never asked; with the span and its line, for classing. */
static void print_misses(const char *file, size_t idx, const char *text, size_t len,
                         const anon_finding_t *f, size_t nf, size_t person, int thr)
{
    if (anon_view_to_text(text, len, fa, fb, nref) < 0)
        return;
    for (size_t g = 0; g < ng; g++) {
        if (gpos[g] != 1)
            continue;
        size_t a = gs[g], b = ge[g];
        const char *st = "unasked";
        int best = -(1 << 30), why = 0;
        for (size_t i = 0; i < nf; i++)
            if (f[i].type == person && f[i].start < b && a < f[i].end)
                st = "rules";
        int dropped = 0;
        for (size_t i = 0; i < rec_runs && *st == 'u'; i++)
            if (ra[i] < b && a < rb[i]) {
                if (!graded(&ex[rec_first + i]))
                    dropped = 1;
                else if (qscore(&ex[rec_first + i]) > best)
                    best = qscore(&ex[rec_first + i]);
            }
        if (*st == 'u' && best > -(1 << 30))
            st = best >= thr ? "model" : "low";
        if (*st == 'u' && dropped)
            st = "dropped"; /* asked, and the filters after the model drop it */
        for (size_t i = 0; i < nref && *st == 'u'; i++)
            if (fa[i] < b && a < fb[i])
                why = fwhy[i];
        if (*st == 'u' && why)
            st = "refused";
        size_t ls = a, le = b;
        while (ls > 0 && text[ls - 1] != '\n' && a - ls < 80)
            ls--;
        while (le < len && text[le] != '\n' && le - b < 60)
            le++;
        printf("GOLD\t%s\t%zu\t%s\t%d\t%d\t", file, idx, st, *st == 'l' || *st == 'm' ? best : 0,
               why);
        put_clean(text, a, b);
        putchar('\t');
        put_clean(text, ls, a);
        putchar('\t');
        put_clean(text, b, le);
        putchar('\n');
    }
}

static void on_run(void *arg, const char *text, size_t len, size_t a, size_t b,
                   const uint32_t *feat, size_t nfeat, int score, int kept)
{
    (void)arg;
    (void)text;
    (void)len;
    if (nex == cap) {
        cap = cap ? cap * 2 : 4096;
        ex = realloc(ex, cap * sizeof *ex);
        if (!ex) {
            fprintf(stderr, "out of memory\n");
            exit(1);
        }
    }
    if (rec_runs == rcap) {
        rcap = rcap ? rcap * 2 : 256;
        ra = realloc(ra, rcap * sizeof *ra);
        rb = realloc(rb, rcap * sizeof *rb);
        if (!ra || !rb) {
            fprintf(stderr, "out of memory\n");
            exit(1);
        }
    }
    ra[rec_runs] = a;
    rb[rec_runs++] = b;
    struct ex *x = &ex[nex++];
    memcpy(x->f, feat, nfeat * sizeof *feat);
    x->nf = (uint8_t)nfeat;
    x->fold = (uint8_t)cur_fold;
    x->score = score;
    x->one = memchr(text + a, ' ', b - a) == NULL;
    x->kept = kept != 0;
    x->file = (uint16_t)cur_file;
}

/* Does the record's span [a, b) overlap a gold PERSON span and no NEG_ one? */
static int label(size_t a, size_t b)
{
    int pos = 0, neg = 0;
    for (size_t i = 0; i < ng; i++)
        if (a < ge[i] && gs[i] < b) {
            pos |= gpos[i] == 1;
            neg |= gpos[i] == 0;
        }
    return pos && !neg;
}

/* The record is read: its runs' offsets back to the record's bytes, then their labels. */
static void label_runs(const char *text, size_t len)
{
    size_t n = rec_runs, *a0 = malloc((2 * n + 1) * sizeof *a0), *b0 = a0 + n;
    if (!a0) {
        fprintf(stderr, "out of memory\n");
        exit(1);
    }
    memcpy(a0, ra, n * sizeof *a0);
    memcpy(b0, rb, n * sizeof *b0);
    if (anon_view_to_text(text, len, ra, rb, n) < 0) {
        fprintf(stderr, "record: cannot map the view\n");
        exit(1);
    }
    int moved = 0;
    for (size_t i = 0; i < n; i++) {
        struct ex *x = &ex[rec_first + i];
        x->y = (uint8_t)label(ra[i], rb[i]);
        if (ra[i] != a0[i] || rb[i] != b0[i]) {
            moved = 1;
            moved_runs++;
            moved_labels += x->y != label(a0[i], b0[i]); /* as read before stop 41 */
        }
        if (dump_thr < (1 << 30) && getenv("HUSH_LEARN_DUMP") && qscore(x) >= dump_thr) {
            size_t c0 = ra[i] > 40 ? ra[i] - 40 : 0, c1 = rb[i] + 40 < len ? rb[i] + 40 : len;
            printf("%s %5d [%.*s] ",
                   !graded(x) ? (x->y ? "DT" : "DF")
                   : x->y     ? "TP"
                              : "FP",
                   qscore(x), (int)(rb[i] - ra[i]), text + ra[i]);
            for (size_t k = c0; k < c1; k++)
                putchar(text[k] == '\n' ? '/' : text[k]);
            putchar('\n');
        }
    }
    moved_recs += moved;
    free(a0);
}

struct file {
    anon_engine_t *e;
    const char *path;
    int fileno, fifth;
};

static void read_record(const struct corpus_rec *r, void *arg)
{
    const struct file *fi = arg;
    ng = 0;
    for (size_t i = 0; i < r->nspan; i++) {
        const struct corpus_span *sp = &r->span[i];
        if (ng == 4096 || (!sp->lookalike && !sp->label))
            continue;
        gs[ng] = sp->start;
        ge[ng] = sp->end;
        gpos[ng++] = sp->lookalike                        ? 0
                     : strcmp(sp->label, "PERSON") == 0   ? 1
                     : strncmp(sp->label, "NEG_", 4) == 0 ? 0
                                                          : 2;
    }
    /* the folds of the threshold's fits are files: a corpus the fit never saw, as the blind
     * sets are (records of one file share their templates) */
    cur_fold = (int)(fi->fifth ? r->idx % 5 : (size_t)fi->fileno % 5);
    anon_finding_t *f = NULL;
    size_t nf = 0;
    rec_first = nex;
    rec_runs = 0;
    nref = 0;
    if (anon_find(fi->e, r->text, r->len, &f, &nf) < 0) {
        fprintf(stderr, "%s record %zu: anon_find failed\n", fi->path, r->idx);
        exit(1);
    }
    label_runs(r->text, r->len);
    if (misses) {
        const char *base = strrchr(fi->path, '/');
        print_misses(base ? base + 1 : fi->path, r->idx, r->text, r->len, f, nf,
                     anon_engine_person_type(fi->e), dump_thr);
    }
    free(f);
}

static void read_file(anon_engine_t *e, const char *arg, int fileno)
{
    char path[1024];
    snprintf(path, sizeof path, "%s", arg);
    int parity = -1, fifth = 0;
    char *c = strrchr(path, ':');
    if (c && (strcmp(c, ":even") == 0 || strcmp(c, ":odd") == 0)) {
        parity = strcmp(c, ":even") == 0 ? 0 : 1;
        *c = '\0';
    } else if (c && strcmp(c, ":fifth") == 0) {
        fifth = 1; /* one file of many sources (train/devneg.json): every fifth record checks */
        *c = '\0';
    }
    struct file fi = {e, path, fileno, fifth};
    cur_file = fileno < 1024 ? fileno : 1023;
    corpus_each(path, parity, read_record, &fi);
}

/* Fit the weights on every run but those of fold skip (-1: on every run). */
static void train(int epochs, int skip)
{
    memset(w, 0, sizeof w);
    for (int ep = 0; ep < epochs; ep++) {
        float lr = 0.1f / (1.0f + ep);
        for (size_t i = 0; i < nex; i++) {
            const struct ex *x = &ex[i];
            if (x->fold == skip || (!x->kept && !train_dropped && !grade_dropped))
                continue;
            float z = 0;
            for (size_t k = 0; k < x->nf; k++)
                z += w[x->f[k]];
            float p = 1.0f / (1.0f + expf(-z));
            float g = p - (float)x->y;
            for (size_t k = 0; k < x->nf; k++)
                w[x->f[k]] -= lr * (g + l2 * w[x->f[k]]);
        }
    }
}

static int qscore(const struct ex *x)
{
    int s = 0;
    for (size_t k = 0; k < x->nf; k++)
        s += (int)lrintf(w[x->f[k]] * NW_LEARN_SCALE);
    return s;
}

/* The threshold (scale units) that maximises found - cost * false over every run scored by the
 * fit that did not see it (its out-of-fold score): five fits, one threshold for all of them (cls
 * -1), or for the runs of one class only (the report of what a threshold per class would give). */
static int pick_threshold(double *best_gain, int cls)
{
    int best = 1 << 30;
    double bg = 0;
    for (int t = -4 * NW_LEARN_SCALE; t <= 8 * NW_LEARN_SCALE; t += NW_LEARN_SCALE / 16) {
        double tp = 0, fp = 0;
        for (size_t i = 0; i < nex; i++)
            if ((cls < 0 || ex[i].one == cls) && graded(&ex[i]) && ex[i].oof >= t) {
                tp += ex[i].y;
                fp += !ex[i].y;
            }
        if (tp - cost * fp > bg) {
            bg = tp - cost * fp;
            best = t;
        }
    }
    *best_gain = bg;
    return best;
}

/* The counts of the runs of file (-1: every file) of class cls (-1: both) at threshold thr: in
 * c[0] the runs graded, c[1] those on a person, c[2] found, c[3] false; in c[4] and c[5] the runs
 * at the threshold the filters drop, on a person and not (graded too with --grade-dropped). oof:
 * by the out-of-fold scores rather than by the weights in w. */
static void count(int file, int cls, int thr, int oof, size_t c[6])
{
    memset(c, 0, 6 * sizeof *c);
    for (size_t i = 0; i < nex; i++) {
        const struct ex *x = &ex[i];
        if ((file >= 0 && x->file != file) || (cls >= 0 && x->one != cls))
            continue;
        int at = (oof ? x->oof : qscore(x)) >= thr;
        if (!x->kept) {
            c[4] += at && x->y;
            c[5] += at && !x->y;
        }
        if (!graded(x))
            continue;
        c[0]++;
        c[1] += x->y;
        c[2] += at && x->y;
        c[3] += at && !x->y;
    }
}

static void report(const char *what, int thr, int oof)
{
    size_t c[6];
    count(-1, -1, thr, oof, c);
    fprintf(stderr,
            "%s: %zu runs, %zu on a person; at %d: %zu found, %zu false (dropped by the filters: "
            "%zu on a person, %zu not)\n",
            what, c[0], c[1], thr, c[2], c[3], c[4], c[5]);
    for (int f = 0; by_file && f < 1024 && file_name[f]; f++) {
        count(f, -1, thr, oof, c);
        if (c[0] + c[4] + c[5])
            fprintf(stderr,
                    "  %-28s %6zu runs %5zu on a person; at %d: %4zu found %4zu false, "
                    "dropped %3zu on a person %3zu not\n",
                    file_name[f], c[0], c[1], thr, c[2], c[3], c[4], c[5]);
    }
}

/* HUSH_LEARN_CURVE: found and false at each threshold, every run and by class (one word,
 * several), from lo to hi. */
static void curve(const char *what, int lo, int hi, int oof)
{
    for (int t = lo; t <= hi; t += NW_LEARN_SCALE / 8) {
        size_t c[6], o[6], m[6];
        count(-1, -1, t, oof, c);
        count(-1, 1, t, oof, o);
        count(-1, 0, t, oof, m);
        fprintf(stderr,
                "curve %s %5d: %5zu found %5zu false; one word %5zu / %5zu; several %5zu "
                "/ %5zu\n",
                what, t, c[2], c[3], o[2], o[3], m[2], m[3]);
    }
}

int main(int argc, char **argv)
{
    int a = 1, epochs = 200, eval = 0;
    const char *model = NULL;
    for (; a < argc && strncmp(argv[a], "--", 2) == 0; a++) {
        if (strcmp(argv[a], "--eval") == 0)
            eval = 1;
        else if (strcmp(argv[a], "--misses") == 0)
            eval = misses = 1;
        else if (strcmp(argv[a], "--cost") == 0 && a + 1 < argc)
            cost = atof(argv[++a]);
        else if (strcmp(argv[a], "--l2") == 0 && a + 1 < argc)
            l2 = (float)atof(argv[++a]);
        else if (strcmp(argv[a], "--model") == 0 && a + 1 < argc)
            model = argv[++a];
        else if (strcmp(argv[a], "--epochs") == 0 && a + 1 < argc)
            epochs = atoi(argv[++a]);
        else if (strcmp(argv[a], "--drop") == 0 && a + 1 < argc)
            nw_learn_drop(argv[++a]);
        else if (strcmp(argv[a], "--train-dropped") == 0)
            train_dropped = 1;
        else if (strcmp(argv[a], "--grade-dropped") == 0)
            grade_dropped = 1;
        else if (strcmp(argv[a], "--by-file") == 0)
            by_file = 1;
    }
    if (a + (eval ? 1 : 2) > argc) {
        fprintf(stderr,
                "usage: bench_train_person [--drop F]... [--epochs N] OUT.txt FILE[:even]..."
                "\n       bench_train_person --eval FILE[:even|:odd] ...\n");
        return 1;
    }
    const char *out = eval ? NULL : argv[a++];
    anon_config_t cfg = {0};
    char err[256];
    anon_engine_t *e = anon_engine_new(&cfg, err, sizeof err);
    if (!e) {
        fprintf(stderr, "engine: %s\n", err);
        return 1;
    }
    int thr = nw_learn_threshold();
    if (eval) {
        if (model) {
            FILE *m = fopen(model, "r");
            char line[128];
            long i, q;
            while (m && fgets(line, sizeof line, m))
                if (sscanf(line, "threshold %ld", &q) == 1)
                    thr = (int)q;
                else if (sscanf(line, "%ld %ld", &i, &q) == 2 && i >= 0 && i < NW_LEARN_SIZE)
                    w[i] = (float)q / NW_LEARN_SCALE;
            if (m)
                fclose(m);
        } else {
            for (uint32_t i = 0; i < NW_LEARN_SIZE; i++)
                w[i] = (float)nw_learn_weight(i) / NW_LEARN_SCALE;
        }
        dump_thr = thr;
    }
    nw_learn_trace(on_run, NULL);
    if (misses)
        nw_learn_trace_refused(on_refused, NULL);
    for (int k = a; k < argc; k++) {
        const char *b = strrchr(argv[k], '/');
        if (k - a < 1024)
            file_name[k - a] = b ? b + 1 : argv[k];
        read_file(e, argv[k], k - a);
    }
    nw_learn_trace(NULL, NULL);
    nw_learn_trace_refused(NULL, NULL);
    fprintf(stderr, "view: %zu records read in another view, %zu runs moved, %zu labels changed\n",
            moved_recs, moved_runs, moved_labels);
    size_t full = 0; /* runs whose features filled the table's row: some were left out */
    for (size_t i = 0; i < nex; i++)
        full += ex[i].nf >= NW_LEARN_MAXF;
    fprintf(stderr, "features: %zu of %zu runs have %d (the most one run keeps)\n", full, nex,
            NW_LEARN_MAXF);
    if (eval) {
        report("eval (model's threshold)", thr, 0);
        if (getenv("HUSH_LEARN_CURVE")) /* the same runs at other thresholds */
            curve("eval", thr - 2 * NW_LEARN_SCALE, thr + 2 * NW_LEARN_SCALE, 0);
        anon_engine_free(e);
        return 0;
    }
    double gain;
    for (int k = 0; k < 5; k++) {
        train(epochs, k);
        for (size_t i = 0; i < nex; i++)
            if (ex[i].fold == k)
                ex[i].oof = qscore(&ex[i]);
    }
    thr = pick_threshold(&gain, -1);
    double g0, g1; /* what a threshold per class (several words, one word) would gain */
    int t0 = pick_threshold(&g0, 0), t1 = pick_threshold(&g1, 1);
    fprintf(stderr, "threshold %d, gain %.0f; by class: several %d (%.0f), one %d (%.0f)\n", thr,
            gain, t0, g0, t1, g1);
    report("five fits, out of fold", thr, 1);
    if (getenv("HUSH_LEARN_CURVE"))
        curve("oof", thr - 2 * NW_LEARN_SCALE, thr + 2 * NW_LEARN_SCALE, 1);
    train(epochs, -1);
    report("final fit, all runs", thr, 0);
    FILE *f = fopen(out, "w");
    if (!f) {
        fprintf(stderr, "cannot write %s\n", out);
        return 1;
    }
    fprintf(f,
            "# person_model.txt: names_learn.c's weights (index weight, 1/%d units), written by\n"
            "# contrib/bench/accuracy/train_person.sh (bench_train_person); do not edit.\n",
            NW_LEARN_SCALE);
    fprintf(f, "threshold %d\n", thr);
    for (size_t i = 0; i < NW_LEARN_SIZE; i++) {
        long q = lrintf(w[i] * NW_LEARN_SCALE);
        if (q > 32767)
            q = 32767;
        if (q < -32768)
            q = -32768;
        if (q)
            fprintf(f, "%zu %ld\n", i, q);
    }
    fclose(f);
    anon_engine_free(e);
    free(ex);
    return 0;
}
