/* bench_train_person.c: the trainer of names_learn.c's PERSON context model.
 *
 * It runs the default engine over labelled corpora with names_learn.c's trace set, so that every
 * capitalised run the PERSON rules turned down and the model's gate let through arrives here with
 * its hashed features; a run is a positive example when it overlaps a gold PERSON span (a run on
 * a NEG_* span, or on no PERSON span, is a negative one). Logistic regression by plain SGD over
 * the runs in the order the corpora give them (no randomness: the same corpora give the same
 * file), L2 on the weights touched. The threshold is chosen on a fifth of the corpora left out
 * of a first training (every fifth file): the score that maximises found - cost * false among the
 * runs there. The model is then trained again on every record and written, weights and
 * threshold in NW_LEARN_SCALE units, as anonymize/data/person_model.txt.
 *
 * Usage: bench_train_person [--drop PREFIX]... [--epochs N] [--cost C] [--l2 L] OUT.txt
 * FILE[:even]... bench_train_person --eval [--model M.txt] FILE[:even|:odd] ...
 * --eval counts the runs the model (the compiled one, or M.txt) would find, true and false.
 * FILE:even reads the records with an even index only (presidio's tune half); FILE:fifth checks the
 * first fit on every fifth record of FILE rather than on the whole file. --drop leaves out
 * the features whose name starts with PREFIX (ablations). The corpora the model is trained on
 * are listed in contrib/bench/accuracy/train_person.sh; never a blind set.
 */
#include "anonymize/anonymize.h"
#include "anonymize/names_learn.h"
#include "corpus.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static double cost = 2.0; /* --cost: a false finding counts as much as this many found names */
static float l2 = 1e-4f;  /* --l2 */

struct ex {
    uint32_t f[NW_LEARN_MAXF];
    uint8_t nf, y, valid;
    int score;
};

static struct ex *ex;
static size_t nex, cap;
/* the record being read: its gold PERSON spans and its NEG_ spans (bytes) */
static size_t gs[4096], ge[4096];
static int gpos[4096];
static size_t ng;
static int cur_valid;
static int dump_thr = 1 << 30; /* --eval with HUSH_LEARN_DUMP set: print the runs found */
static float w[NW_LEARN_SIZE];
static int qscore(const struct ex *x);

static void on_run(void *arg, const char *text, size_t len, size_t a, size_t b,
                   const uint32_t *feat, size_t nfeat, int score)
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
    struct ex *x = &ex[nex++];
    memcpy(x->f, feat, nfeat * sizeof *feat);
    x->nf = (uint8_t)nfeat;
    int pos = 0, neg = 0;
    for (size_t i = 0; i < ng; i++)
        if (a < ge[i] && gs[i] < b) {
            pos |= gpos[i] == 1;
            neg |= gpos[i] == 0;
        }
    x->y = pos && !neg;
    x->valid = (uint8_t)cur_valid;
    x->score = score;
    if (dump_thr < (1 << 30) && getenv("HUSH_LEARN_DUMP") && qscore(x) >= dump_thr) {
        size_t c0 = a > 40 ? a - 40 : 0, c1 = b + 40 < len ? b + 40 : len;
        printf("%s %5d [%.*s] ", x->y ? "TP" : "FP", qscore(x), (int)(b - a), text + a);
        for (size_t i = c0; i < c1; i++)
            putchar(text[i] == '\n' ? '/' : text[i]);
        putchar('\n');
    }
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
    /* every fifth file checks the first fit: a corpus the fit never saw, as the blind sets are
     * (every fifth record would share its templates with the records trained on) */
    cur_valid = fi->fifth ? r->idx % 5 == 4 : fi->fileno % 5 == 4;
    anon_finding_t *f = NULL;
    size_t nf = 0;
    if (anon_find(fi->e, r->text, r->len, &f, &nf) < 0) {
        fprintf(stderr, "%s record %zu: anon_find failed\n", fi->path, r->idx);
        exit(1);
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
    corpus_each(path, parity, read_record, &fi);
}

static void train(int epochs, int skip_valid)
{
    memset(w, 0, sizeof w);
    for (int ep = 0; ep < epochs; ep++) {
        float lr = 0.1f / (1.0f + ep);
        for (size_t i = 0; i < nex; i++) {
            const struct ex *x = &ex[i];
            if (skip_valid && x->valid)
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

/* The threshold (scale units) that maximises found - cost * false over the chosen runs. */
static int pick_threshold(int valid_only, double *best_gain)
{
    int best = 1 << 30;
    double bg = 0;
    for (int t = -4 * NW_LEARN_SCALE; t <= 8 * NW_LEARN_SCALE; t += NW_LEARN_SCALE / 16) {
        double tp = 0, fp = 0;
        for (size_t i = 0; i < nex; i++) {
            if (valid_only && !ex[i].valid)
                continue;
            if (qscore(&ex[i]) >= t) {
                tp += ex[i].y;
                fp += !ex[i].y;
            }
        }
        if (tp - cost * fp > bg) {
            bg = tp - cost * fp;
            best = t;
        }
    }
    *best_gain = bg;
    return best;
}

static void report(const char *what, int thr, int valid_only)
{
    size_t tp = 0, fp = 0, pos = 0, all = 0;
    for (size_t i = 0; i < nex; i++) {
        if (valid_only && !ex[i].valid)
            continue;
        all++;
        pos += ex[i].y;
        if (qscore(&ex[i]) >= thr) {
            tp += ex[i].y;
            fp += !ex[i].y;
        }
    }
    fprintf(stderr, "%s: %zu runs, %zu on a person; at %d: %zu found, %zu false\n", what, all, pos,
            thr, tp, fp);
}

int main(int argc, char **argv)
{
    int a = 1, epochs = 200, eval = 0;
    const char *model = NULL;
    for (; a < argc && strncmp(argv[a], "--", 2) == 0; a++) {
        if (strcmp(argv[a], "--eval") == 0)
            eval = 1;
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
    for (int k = a; k < argc; k++)
        read_file(e, argv[k], k - a);
    nw_learn_trace(NULL, NULL);
    if (eval) {
        report("eval (model's threshold)", thr, 0);
        anon_engine_free(e);
        return 0;
    }
    double gain;
    train(epochs, 1);
    thr = pick_threshold(1, &gain);
    report("first fit, training runs", thr, 0);
    report("first fit, left-out fifth", thr, 1);
    train(epochs, 0);
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
