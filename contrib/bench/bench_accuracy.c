/* bench_accuracy.c: precision and recall per type on labelled data, and false findings per 10k
 * tokens on PII-free text (see contrib/bench/accuracy/README.md for the corpora and how to run it).
 *
 * Labelled data is presidio-research's JSON (records with full_text and spans whose offsets are
 * Python code-point offsets, converted here to byte offsets). A gold span is found when a finding
 * of one of its label's types overlaps it, and covered when such findings cover every byte of it
 * (so a value masked only in part, `(415) [PHONE_1]`, is found but not covered). A finding that
 * overlaps no gold span of its type is a false positive. Spans labelled NEG_* mark text that is
 * not PII (product names, places as topics, other dates, placeholders): any finding on one is
 * counted per NEG_ label (records may also keep them apart, in metadata.lookalikes). With records
 * whose metadata names a class, a table per class follows. Every finding in a PII-free file is a
 * false finding, reported per type and per file.
 *
 * Usage: bench_accuracy [--packs all] [--show | --context] [--half tune|held] [--session]
 *        [--raw-bodies] [--people LIST] LABELLED.json ... [--clean FILE ...]
 *        bench_accuracy --check-align
 * --people names a reviewed list of real people's names in the PII-free files ("name<TAB>file" a
 * line, '#' comments): PERSON findings equal to an entry of their file are true PII, so the PERSON
 * figure is reported a second time without them, beside the raw one.
 * --half splits labelled files by record index: tune is the even records (0, 2, 4...), held the
 * odd ones; signals are tuned on the first half and graded on the second.
 * --session reads each record as one request (anon_session_find): the request's own signals count.
 * A record whose text is a provider request body (body_is_request: a `messages` array of roles, a
 * Gemini `contents` array or batch `requests`, `model` beside `input` or `prompt`) is read as the
 * gateway reads it, with or without --session: anon_rewrite walks its JSON and the replaced raw
 * bytes are its findings (body_grade.c), so such a span counts as found when its bytes were
 * replaced, in whatever escaping they stood. A JSON document of any other shape is text a user
 * pastes and is graded as text. --raw-bodies grades bodies as text too (the figures before stop
 * 46);
 * --check-align runs the alignment's own cases and exits non-zero on a failure.
 */
#include "anonymize/anonymize.h"
#include "body_grade.h"
#include "corpus.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAXTYPES 28

/* Which of hush's types answer for a gold label. The one place to change when a detector picks
 * another type name: SECRET (a value named by its key, issue 14) is answered by the key-name
 * detector and by every prefix- or shape-based secret type, since each masks the value. */
#define SECRET_TYPES                                                                               \
    "SECRET", "GENERIC_SECRET", "PASSWORD", "CONFIG_SECRET", "SECRET_VALUE", "OPENAI_KEY",         \
        "ANTHROPIC_KEY", "AWS_ACCESS_KEY", "AWS_SECRET_KEY", "GITHUB_TOKEN", "GITLAB_TOKEN",       \
        "SLACK_TOKEN", "STRIPE_KEY", "NPM_TOKEN", "PYPI_TOKEN", "DOCKER_TOKEN", "GOOGLE_API_KEY",  \
        "SENDGRID_KEY", "GROQ_KEY", "TWILIO_KEY", "JWT", "DB_URL", "URL_CREDENTIALS",              \
        "BASIC_CREDENTIALS", "PRIVATE_KEY"

static const struct {
    const char *label, *alias, *types[MAXTYPES];
} label_map[] = {
    {"CREDIT_CARD", NULL, {"CREDIT_CARD"}},
    {"EMAIL_ADDRESS", NULL, {"EMAIL"}},
    {"IBAN_CODE", NULL, {"IBAN"}},
    {"US_SSN", NULL, {"US_SSN"}},
    {"PHONE_NUMBER", NULL, {"PHONE"}},
    {"CARD_SECURITY_CODE", NULL, {"CARD_SECURITY_CODE"}},
    {"IP_ADDRESS", NULL, {"IPV4", "IPV6"}},
    {"SECRET", NULL, {SECRET_TYPES}},
    {"PERSON", NULL, {"PERSON"}},
    {"STREET_ADDRESS", "ADDRESS", {"STREET_ADDRESS"}},
    /* presidio's DATE_TIME counts here when a birth word stands before it (birth_context) */
    {"DATE_OF_BIRTH", NULL, {"DATE_OF_BIRTH"}},
};
#define NLABELS (sizeof label_map / sizeof label_map[0])
#define MAXNEG 16
#define MAXCLASS 64

struct counts {
    size_t tp, fn, fp, covered;
    size_t wide, wide_bytes; /* findings on a gold span that mask > 3 bytes outside it */
};
struct klass {
    char name[40];
    size_t gold, found, covered, fp;
};

static int show; /* 1: --show lists FN/FP/partial spans; 2: --context adds the text around them */

/* The record index and up to 80 bytes either side of [s, e), the span in >>...<<, line breaks as
 * '|', for reading why a span was missed or taken (--context). */
static void print_context(size_t idx, const char *text, size_t len, size_t s, size_t e)
{
    size_t a = s > 80 ? s - 80 : 0, b = e + 80 < len ? e + 80 : len;
    printf("    #%zu: ", idx);
    for (size_t i = a; i < b; i++) {
        if (i == s)
            fputs(">>", stdout);
        putchar(text[i] == '\n' ? '|' : text[i]);
        if (i + 1 == e)
            fputs("<<", stdout);
    }
    putchar('\n');
}
/* A partly covered gold span with the bytes no finding of its label masks in [[...]], so a
 * reader sees which part (unit, postcode, town, second line) was left out (--context). */
static void print_partial(const anon_engine_t *e, const anon_finding_t *f, size_t nf, int l,
                          const char *text, size_t s, size_t end);

static struct counts c[NLABELS];
static size_t other_fp[256], value_mismatch, birth_dates;
static char neg_name[MAXNEG][32];
/* neg_alone: NEG_ spans hit by a finding that matches no gold span (a masked look-alike), as
 * against one that only runs over from a real value next to it; neg_alone_type: by that finding's
 * type */
static size_t neg_total[MAXNEG], neg_hit[MAXNEG], neg_alone[MAXNEG], neg_alone_type[256], nneg;
static struct klass classes[MAXCLASS];
static size_t nclasses;

static int label_of_type(const char *type)
{
    for (size_t l = 0; l < NLABELS; l++)
        for (size_t k = 0; k < MAXTYPES && label_map[l].types[k]; k++)
            if (strcmp(label_map[l].types[k], type) == 0)
                return (int)l;
    return -1;
}

static int label_index(const char *label)
{
    for (size_t l = 0; l < NLABELS; l++)
        if (strcmp(label_map[l].label, label) == 0 ||
            (label_map[l].alias && strcmp(label_map[l].alias, label) == 0))
            return (int)l;
    return -1;
}

/* A NEG_* label's slot (-1 when the table is full). */
static int neg_index(const char *label)
{
    for (size_t i = 0; i < nneg; i++)
        if (strcmp(neg_name[i], label) == 0)
            return (int)i;
    if (nneg == MAXNEG)
        return -1;
    snprintf(neg_name[nneg], sizeof neg_name[nneg], "%s", label);
    return (int)nneg++;
}

static struct klass *class_of(json_t *rec)
{
    const char *name =
        json_string_value(json_object_get(json_object_get(rec, "metadata"), "class"));
    if (!name)
        return NULL;
    for (size_t i = 0; i < nclasses; i++)
        if (strcmp(classes[i].name, name) == 0)
            return &classes[i];
    if (nclasses == MAXCLASS)
        return NULL;
    snprintf(classes[nclasses].name, sizeof classes[nclasses].name, "%s", name);
    return &classes[nclasses++];
}

/* presidio labels dates DATE_TIME; one is a date of birth when a birth word comes just before it:
 * within 60 bytes and after the end of any other labelled span (so "born on D1 in X. Ordered on
 * D2" makes only D1 a birth date). */
static int birth_context(const char *text, size_t start, size_t floor)
{
    static const char *const words[] = {"birth",  "born",      "dob",        "d.o.b",   "geboren",
                                        "geburt", "naissance", "nacimiento", "nascita", "geboorte"};
    size_t from = start > 60 ? start - 60 : 0;
    if (floor > from)
        from = floor;
    char win[64];
    size_t n = 0;
    for (size_t i = from; i < start && n < sizeof win - 1; i++)
        win[n++] = (char)tolower((unsigned char)text[i]);
    win[n] = '\0';
    for (size_t w = 0; w < sizeof words / sizeof words[0]; w++)
        if (strstr(win, words[w]))
            return 1;
    return 0;
}

/* The end of the last labelled span that ends at or before byte b (0 when none does). */
static size_t span_end_before(const struct corpus_rec *r, size_t b)
{
    size_t best = 0;
    for (size_t i = 0; i < r->nspan; i++)
        if (r->span[i].end <= b && r->span[i].end > best)
            best = r->span[i].end;
    return best;
}

/* Whether findings of label l cover every byte of [s, e). */
static int covered(const anon_engine_t *e, const anon_finding_t *f, size_t nf, int l, size_t s,
                   size_t end)
{
    size_t p = s;
    while (p < end) {
        size_t next = p;
        for (size_t k = 0; k < nf; k++)
            if (f[k].start <= p && p < f[k].end && f[k].end > next &&
                label_of_type(anon_engine_type_name(e, f[k].type)) == l)
                next = f[k].end;
        if (next == p)
            return 0;
        p = next;
    }
    return 1;
}

static void print_partial(const anon_engine_t *e, const anon_finding_t *f, size_t nf, int l,
                          const char *text, size_t s, size_t end)
{
    int open = 0;
    fputs("    part: ", stdout);
    for (size_t p = s; p < end; p++) {
        int in = 0;
        for (size_t k = 0; k < nf && !in; k++)
            in = f[k].start <= p && p < f[k].end &&
                 label_of_type(anon_engine_type_name(e, f[k].type)) == l;
        if (!in && !open)
            fputs("[[", stdout);
        if (in && open)
            fputs("]]", stdout);
        open = !in;
        putchar(text[p] == '\n' ? '|' : text[p]);
    }
    puts(open ? "]]" : "");
}

static int half = -1; /* --half: 0 tune (even records), 1 held out (odd records), -1 all */
/* --session: each record read as one request's text body (anon_session_find): the request's own
 * signals count too (names that strong contexts and e-mail local parts name, found again
 * elsewhere in it and in other forms), as in the gateway. Without it, the detectors alone. */
static int session;
static int raw_bodies; /* --raw-bodies: request bodies graded as text, like every record */
static size_t nbodies; /* records read as request bodies */

struct eval {
    const anon_engine_t *e;
    const char *path;
};

static void eval_record(const struct corpus_rec *r, void *arg)
{
    const struct eval *ev = arg;
    const anon_engine_t *e = ev->e;
    const char *text = r->text;
    size_t len = r->len, idx = r->idx;
    struct klass *kl = class_of(r->json);
    const struct corpus_span *sp = r->span;
    size_t ns = r->nspan;
    int *gl = calloc(ns + 1, sizeof *gl), *gn = calloc(ns + 1, sizeof *gn),
        *hit = calloc(ns + 1, sizeof *hit), *alone = calloc(ns + 1, sizeof *alone);
    if (!gl || !gn || !hit || !alone) {
        fprintf(stderr, "out of memory\n");
        exit(1);
    }
    for (size_t i = 0; i < ns; i++) {
        const char *label = sp[i].label, *value = sp[i].value;
        gl[i] = label ? label_index(label) : -1;
        gn[i] = -1;
        if (label && strcmp(label, "DATE_TIME") == 0 &&
            birth_context(text, sp[i].start, span_end_before(r, sp[i].start))) {
            gl[i] = label_index("DATE_OF_BIRTH");
            birth_dates++;
        }
        if (label && strncmp(label, "NEG_", 4) == 0 && (gn[i] = neg_index(label)) >= 0)
            neg_total[gn[i]]++;
        if (value && (strlen(value) != sp[i].end - sp[i].start ||
                      memcmp(value, text + sp[i].start, sp[i].end - sp[i].start) != 0))
            value_mismatch++;
    }
    anon_finding_t *f = NULL;
    size_t nf = 0;
    if (!raw_bodies && body_is_request(text, len)) {
        if (body_find(e, text, len, &f, &nf) < 0) {
            fprintf(stderr, "%s record %zu: the body could not be rewritten and aligned\n",
                    ev->path, idx);
            exit(1);
        }
        nbodies++;
    } else {
        anon_session_t *ss = session ? anon_session_new(e) : NULL;
        if (session ? !ss || anon_session_find(ss, text, len, &f, &nf) < 0
                    : anon_find(e, text, len, &f, &nf) < 0) {
            fprintf(stderr, "%s record %zu: anon_find failed\n", ev->path, idx);
            exit(1);
        }
        anon_session_free(ss);
    }
    for (size_t k = 0; k < nf; k++) {
        const char *type = anon_engine_type_name(e, f[k].type);
        int l = label_of_type(type), matched = 0;
        for (size_t i = 0; i < ns; i++) {
            if (!(f[k].start < sp[i].end && sp[i].start < f[k].end))
                continue;
            if (gn[i] >= 0 && hit[i] != 2) {
                neg_hit[gn[i]]++;
                hit[i] = 2;
                if (show)
                    printf("NEG %-12s %s: %.*s\n", type, neg_name[gn[i]],
                           (int)(sp[i].end - sp[i].start), text + sp[i].start);
            }
            if (gl[i] >= 0 && gl[i] == l) {
                hit[i] = 1;
                matched = 1;
            }
        }
        if (matched) {
            size_t inside = 0;
            for (size_t i = 0; i < ns; i++)
                if (gl[i] == l && f[k].start < sp[i].end && sp[i].start < f[k].end)
                    inside += (sp[i].end < f[k].end ? sp[i].end : f[k].end) -
                              (sp[i].start > f[k].start ? sp[i].start : f[k].start);
            if (f[k].end - f[k].start > inside + 3) {
                c[l].wide++;
                c[l].wide_bytes += f[k].end - f[k].start - inside;
                if (show)
                    printf("WIDE %-12s %.*s\n", type, (int)(f[k].end - f[k].start),
                           text + f[k].start);
            }
            continue;
        }
        for (size_t i = 0; i < ns; i++)
            if (gn[i] >= 0 && !alone[i] && f[k].start < sp[i].end && sp[i].start < f[k].end) {
                alone[i] = 1;
                neg_alone[gn[i]]++;
                if (f[k].type < 256)
                    neg_alone_type[f[k].type]++;
            }
        if (l >= 0)
            c[l].fp++;
        else if (f[k].type < 256)
            other_fp[f[k].type]++;
        if (kl)
            kl->fp++;
        if (show)
            printf("FP %-12s %.*s\n", type, (int)(f[k].end - f[k].start), text + f[k].start);
        if (show > 1)
            print_context(idx, text, len, f[k].start, f[k].end);
    }
    for (size_t i = 0; i < ns; i++) {
        if (gl[i] < 0)
            continue;
        if (kl)
            kl->gold++;
        if (hit[i] == 1) {
            int cov = covered(e, f, nf, gl[i], sp[i].start, sp[i].end);
            c[gl[i]].tp++;
            c[gl[i]].covered += (size_t)cov;
            if (kl) {
                kl->found++;
                kl->covered += (size_t)cov;
            }
            if (show && !cov)
                printf("PARTIAL %-12s %.*s\n", label_map[gl[i]].label,
                       (int)(sp[i].end - sp[i].start), text + sp[i].start);
            if (show > 1 && !cov) {
                print_partial(e, f, nf, gl[i], text, sp[i].start, sp[i].end);
                print_context(idx, text, len, sp[i].start, sp[i].end);
            }
        } else {
            c[gl[i]].fn++;
            if (show)
                printf("FN %-12s %.*s\n", label_map[gl[i]].label, (int)(sp[i].end - sp[i].start),
                       text + sp[i].start);
            if (show > 1)
                print_context(idx, text, len, sp[i].start, sp[i].end);
        }
    }
    free(f);
    free(gl);
    free(gn);
    free(hit);
    free(alone);
}

static void eval_file(const anon_engine_t *e, const char *path)
{
    struct eval ev = {e, path};
    corpus_each(path, half, eval_record, &ev);
}

static char *slurp(const char *path, size_t *len)
{
    FILE *fp = fopen(path, "rb");
    if (!fp)
        return NULL;
    fseek(fp, 0, SEEK_END);
    long n = ftell(fp);
    fseek(fp, 0, SEEK_SET);
    char *b = n >= 0 ? malloc((size_t)n + 1) : NULL;
    if (!b || fread(b, 1, (size_t)n, fp) != (size_t)n) {
        fclose(fp);
        free(b);
        return NULL;
    }
    fclose(fp);
    b[n] = '\0';
    *len = (size_t)n;
    return b;
}

static size_t clean_by_type[256];

/* --people: the reviewed list of real people's names, and how many PERSON findings it matched */
static char **people_name, **people_file;
static size_t npeople, people_hits;

static int load_people(const char *path)
{
    FILE *fp = fopen(path, "r");
    if (!fp)
        return -1;
    char line[512];
    while (fgets(line, sizeof line, fp)) {
        char *tab = strchr(line, '\t');
        if (line[0] == '#' || !tab)
            continue;
        *tab = '\0';
        tab[1 + strcspn(tab + 1, "\r\n")] = '\0';
        char **n = realloc(people_name, (npeople + 1) * sizeof *n);
        char **f = n ? realloc(people_file, (npeople + 1) * sizeof *f) : NULL;
        if (n)
            people_name = n;
        if (!n || !f) {
            fclose(fp);
            return -1;
        }
        people_file = f;
        people_name[npeople] = strdup(line);
        people_file[npeople] = strdup(tab + 1);
        npeople++;
    }
    fclose(fp);
    return 0;
}

static int real_person(const char *file, const char *p, size_t n)
{
    for (size_t i = 0; i < npeople; i++)
        if (strlen(people_name[i]) == n && memcmp(people_name[i], p, n) == 0 &&
            strcmp(people_file[i], file) == 0)
            return 1;
    return 0;
}

/* A PII-free file is scanned whole; its whitespace-separated words are its tokens. */
static void clean_file(const anon_engine_t *e, const char *path, size_t *tokens, size_t *fps)
{
    size_t len, ntok = 0;
    char *b = slurp(path, &len);
    if (!b) {
        fprintf(stderr, "cannot read %s\n", path);
        return;
    }
    int in = 0;
    for (size_t i = 0; i < len; i++) {
        int ws = b[i] == ' ' || b[i] == '\n' || b[i] == '\t' || b[i] == '\r';
        if (!ws && !in)
            ntok++;
        in = !ws;
    }
    anon_finding_t *f = NULL;
    size_t nf = 0;
    if (anon_find(e, b, len, &f, &nf) == 0) {
        *tokens += ntok;
        *fps += nf;
        for (size_t k = 0; k < nf; k++)
            if (f[k].type < 256)
                clean_by_type[f[k].type]++;
        const char *base = strrchr(path, '/') ? strrchr(path, '/') + 1 : path;
        for (size_t k = 0; k < nf; k++)
            if (npeople && strcmp(anon_engine_type_name(e, f[k].type), "PERSON") == 0 &&
                real_person(base, b + f[k].start, f[k].end - f[k].start))
                people_hits++;
        printf("| %s | %zu | %zu | %.2f |\n", base, ntok, nf,
               ntok ? (double)nf * 10000.0 / (double)ntok : 0.0);
        for (size_t k = 0; show && k < nf; k++)
            printf("CLEAN-FP %s %-12s %.*s\n", base, anon_engine_type_name(e, f[k].type),
                   (int)(f[k].end - f[k].start), b + f[k].start);
        free(f);
    } else {
        fprintf(stderr, "%s: not UTF-8, skipped\n", path);
    }
    free(b);
}

static void print_labelled(const anon_engine_t *e)
{
    printf("| type | gold | TP | FN | FP | precision | recall | covered |\n"
           "|---|---:|---:|---:|---:|---:|---:|---:|\n");
    for (size_t l = 0; l < NLABELS; l++) {
        size_t gold = c[l].tp + c[l].fn;
        if (!gold && !c[l].fp)
            continue;
        double p = c[l].tp + c[l].fp ? (double)c[l].tp / (double)(c[l].tp + c[l].fp) : 1.0;
        double r = gold ? (double)c[l].tp / (double)gold : 1.0;
        double cv = gold ? (double)c[l].covered / (double)gold : 1.0;
        printf("| %s", label_map[l].label);
        if (strcmp(label_map[l].label, "SECRET") == 0)
            printf(" → SECRET and the secret types");
        else
            for (size_t k = 0; k < MAXTYPES && label_map[l].types[k]; k++)
                printf("%s%s", k ? "/" : " → ", label_map[l].types[k]);
        printf(" | %zu | %zu | %zu | %zu | %.3f | %.3f | %.3f |\n", gold, c[l].tp, c[l].fn, c[l].fp,
               p, r, cv);
    }
    for (size_t l = 0; l < NLABELS; l++)
        if (c[l].wide)
            printf("over-wide: %zu %s findings on a gold span mask %zu bytes outside it\n",
                   c[l].wide, label_map[l].label, c[l].wide_bytes);
    size_t others = 0;
    for (size_t t = 0; t < 256; t++)
        others += other_fp[t];
    printf("\nfindings of types no label maps (national ids, ITIN, ...): %zu\n", others);
    for (size_t t = 0; t < anon_engine_ntypes(e) && t < 256; t++)
        if (other_fp[t])
            printf("  %-16s %zu\n", anon_engine_type_name(e, t), other_fp[t]);
    if (nbodies)
        printf("records read as request bodies (anon_rewrite, replaced bytes): %zu\n", nbodies);
    if (birth_dates)
        printf("DATE_TIME spans counted as DATE_OF_BIRTH (a birth word before them): %zu\n",
               birth_dates);
    if (value_mismatch)
        printf("spans whose entity_value differs from the text at their offsets: %zu\n",
               value_mismatch);
    if (nneg) {
        printf("\nnot-PII spans (NEG_*) hit by any finding (alone: by a finding that matches no "
               "gold span, not one running over from a value beside it):\n\n"
               "| label | spans | hit | alone |\n|---|---:|---:|---:|\n");
        for (size_t i = 0; i < nneg; i++)
            printf("| %s | %zu | %zu | %zu |\n", neg_name[i], neg_total[i], neg_hit[i],
                   neg_alone[i]);
        for (size_t t = 0; t < anon_engine_ntypes(e) && t < 256; t++)
            if (neg_alone_type[t])
                printf("  alone, by %-16s %zu\n", anon_engine_type_name(e, t), neg_alone_type[t]);
    }
    if (nclasses) {
        printf("\nper class (gold spans of mapped labels; FP: findings matching no gold span):\n\n"
               "| class | gold | found | covered | FP |\n|---|---:|---:|---:|---:|\n");
        for (size_t i = 0; i < nclasses; i++)
            printf("| %s | %zu | %zu | %zu | %zu |\n", classes[i].name, classes[i].gold,
                   classes[i].found, classes[i].covered, classes[i].fp);
    }
}

int main(int argc, char **argv)
{
    anon_config_t cfg = {0};
    int a = 1, check_align = 0;
    for (; a < argc && strncmp(argv[a], "--", 2) == 0 && strcmp(argv[a], "--clean") != 0; a++) {
        if (strcmp(argv[a], "--show") == 0)
            show = show > 1 ? show : 1;
        if (strcmp(argv[a], "--context") == 0)
            show = 2;
        if (strcmp(argv[a], "--session") == 0)
            session = 1;
        if (strcmp(argv[a], "--raw-bodies") == 0)
            raw_bodies = 1;
        if (strcmp(argv[a], "--check-align") == 0)
            check_align = 1;
        if (strcmp(argv[a], "--half") == 0 && a + 1 < argc) {
            a++;
            half = strcmp(argv[a], "tune") == 0 ? 0 : strcmp(argv[a], "held") == 0 ? 1 : -2;
            if (half == -2) {
                fprintf(stderr, "--half takes tune or held\n");
                return 1;
            }
        }
        if (strcmp(argv[a], "--people") == 0 && a + 1 < argc && load_people(argv[++a]) < 0) {
            fprintf(stderr, "cannot read %s\n", argv[a]);
            return 1;
        }
        if (strcmp(argv[a], "--packs") == 0 && a + 1 < argc && strcmp(argv[++a], "all") == 0) {
            cfg.packs = anon_pack_names();
            while (cfg.packs[cfg.npacks])
                cfg.npacks++;
        }
    }
    char err[256];
    anon_engine_t *e = anon_engine_new(&cfg, err, sizeof err);
    if (!e) {
        fprintf(stderr, "engine: %s\n", err);
        return 1;
    }
    if (check_align) {
        int fails = body_align_check(e);
        anon_engine_free(e);
        return fails ? 1 : 0;
    }
    size_t tokens = 0, clean_fp = 0;
    int clean = 0, labelled = 0;
    for (; a < argc; a++) {
        if (strcmp(argv[a], "--clean") == 0) {
            clean = 1;
            printf("| file | tokens | findings | per 10k tokens |\n|---|---:|---:|---:|\n");
            continue;
        }
        if (clean) {
            clean_file(e, argv[a], &tokens, &clean_fp);
        } else {
            eval_file(e, argv[a]);
            labelled = 1;
        }
    }
    if (labelled)
        print_labelled(e);
    if (clean && tokens) {
        printf("\nPII-free corpus: %zu tokens, %zu findings = %.3f per 10k tokens\n\n"
               "| type | findings | per 10k tokens |\n|---|---:|---:|\n",
               tokens, clean_fp, (double)clean_fp * 10000.0 / (double)tokens);
        for (size_t t = 0; t < anon_engine_ntypes(e) && t < 256; t++)
            if (clean_by_type[t])
                printf("| %s | %zu | %.3f |\n", anon_engine_type_name(e, t), clean_by_type[t],
                       (double)clean_by_type[t] * 10000.0 / (double)tokens);
        printf("| every other type | 0 | 0 |\n");
        for (size_t t = 0; npeople && t < anon_engine_ntypes(e) && t < 256; t++)
            if (strcmp(anon_engine_type_name(e, t), "PERSON") == 0)
                printf("\nPERSON without real people's names (reviewed list, %zu entries; %zu "
                       "findings matched it): %zu = %.3f per 10k tokens (raw: %zu = %.3f)\n",
                       npeople, people_hits, clean_by_type[t] - people_hits,
                       (double)(clean_by_type[t] - people_hits) * 10000.0 / (double)tokens,
                       clean_by_type[t], (double)clean_by_type[t] * 10000.0 / (double)tokens);
    }
    anon_engine_free(e);
    for (size_t i = 0; i < npeople; i++) {
        free(people_name[i]);
        free(people_file[i]);
    }
    free(people_name);
    free(people_file);
    return 0;
}
