/* bench_accuracy.c: precision and recall per type on labelled data, and false positives per
 * 10k tokens on PII-free text (see contrib/bench/accuracy/README.md for how to run it).
 *
 * Labelled data is presidio-research's JSON (records with full_text and spans whose offsets are
 * Python code-point offsets, converted here to byte offsets). A gold span is found when a finding
 * of the mapped type overlaps it; a finding that overlaps no gold span of its type is a false
 * positive. Every finding in a PII-free file is a false positive.
 *
 * Usage: bench_accuracy [--packs all] [--show] LABELLED.json ... [--clean FILE ...]
 */
#include "anonymize/anonymize.h"

#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const struct {
    const char *label, *types[3];
} label_map[] = {
    {"CREDIT_CARD", {"CREDIT_CARD"}},
    {"EMAIL_ADDRESS", {"EMAIL"}},
    {"IBAN_CODE", {"IBAN"}},
    {"US_SSN", {"US_SSN"}},
    {"PHONE_NUMBER", {"PHONE"}},
    {"IP_ADDRESS", {"IPV4", "IPV6"}},
    {"PERSON", {"PERSON"}},
    {"STREET_ADDRESS", {"STREET_ADDRESS"}},
    {"DATE_OF_BIRTH", {"DATE_OF_BIRTH"}},
};
#define NLABELS (sizeof label_map / sizeof label_map[0])

struct counts {
    size_t tp, fn, fp;
};

static int show;

static int label_of_type(const char *type)
{
    for (size_t l = 0; l < NLABELS; l++)
        for (size_t k = 0; k < 3 && label_map[l].types[k]; k++)
            if (strcmp(label_map[l].types[k], type) == 0)
                return (int)l;
    return -1;
}

/* presidio's DATE_TIME is a date of birth when a birth word comes shortly before it */
static int birth_context(const char *text, size_t start)
{
    static const char *const words[] = {"born",       "birth",    "DOB",    "dob",
                                        "geboren",    "Geburts",  "né",     "naissance",
                                        "nacimiento", "geboorte", "nascita"};
    size_t from = start > 48 ? start - 48 : 0;
    for (size_t w = 0; w < sizeof words / sizeof words[0]; w++) {
        size_t n = strlen(words[w]);
        for (size_t i = from; i + n <= start; i++)
            if (memcmp(text + i, words[w], n) == 0)
                return 1;
    }
    return 0;
}

static int label_index(const char *label)
{
    if (label && strcmp(label, "ADDRESS") == 0)
        label = "STREET_ADDRESS";
    for (size_t l = 0; l < NLABELS; l++)
        if (strcmp(label_map[l].label, label) == 0)
            return (int)l;
    return -1;
}

/* byte offset of code point cp in s */
static size_t cp_to_byte(const char *s, size_t len, size_t cp)
{
    size_t b = 0;
    while (b < len && cp > 0) {
        b++;
        while (b < len && ((unsigned char)s[b] & 0xC0) == 0x80)
            b++;
        cp--;
    }
    return b;
}

static void eval_file(const anon_engine_t *e, const char *path, struct counts *c, size_t *other_fp)
{
    json_error_t jerr;
    json_t *root = json_load_file(path, 0, &jerr);
    if (!root || !json_is_array(root)) {
        fprintf(stderr, "%s: %s\n", path, jerr.text);
        exit(1);
    }
    size_t idx;
    json_t *rec;
    json_array_foreach(root, idx, rec)
    {
        const char *text = json_string_value(json_object_get(rec, "full_text"));
        if (!text)
            continue;
        size_t len = strlen(text);
        json_t *spans = json_object_get(rec, "spans");
        size_t ns = json_array_size(spans);
        size_t *gs = calloc(ns + 1, sizeof *gs), *ge = calloc(ns + 1, sizeof *ge);
        int *gl = calloc(ns + 1, sizeof *gl), *hit = calloc(ns + 1, sizeof *hit);
        for (size_t i = 0; i < ns; i++) {
            json_t *sp = json_array_get(spans, i);
            const char *lab = json_string_value(json_object_get(sp, "entity_type"));
            gs[i] = cp_to_byte(text, len,
                               (size_t)json_integer_value(json_object_get(sp, "start_position")));
            if (lab && strcmp(lab, "DATE_TIME") == 0 && birth_context(text, gs[i]))
                lab = "DATE_OF_BIRTH";
            gl[i] = label_index(lab);
            ge[i] = cp_to_byte(text, len,
                               (size_t)json_integer_value(json_object_get(sp, "end_position")));
        }
        anon_finding_t *f = NULL;
        size_t nf = 0;
        if (anon_find(e, text, len, &f, &nf) < 0) {
            fprintf(stderr, "%s record %zu: anon_find failed\n", path, idx);
            exit(1);
        }
        for (size_t k = 0; k < nf; k++) {
            const char *type = anon_engine_type_name(e, f[k].type);
            int l = label_of_type(type), matched = 0;
            for (size_t i = 0; i < ns; i++)
                if (gl[i] >= 0 && gl[i] == l && f[k].start < ge[i] && gs[i] < f[k].end) {
                    hit[i] = 1;
                    matched = 1;
                }
            if (matched)
                continue;
            if (l >= 0)
                c[l].fp++;
            else
                (*other_fp)++;
            if (show)
                printf("FP %-12s %.*s\n", type, (int)(f[k].end - f[k].start), text + f[k].start);
        }
        for (size_t i = 0; i < ns; i++) {
            if (gl[i] < 0)
                continue;
            if (hit[i]) {
                c[gl[i]].tp++;
            } else {
                c[gl[i]].fn++;
                if (show)
                    printf("FN %-12s %.*s\n", label_map[gl[i]].label, (int)(ge[i] - gs[i]),
                           text + gs[i]);
            }
        }
        free(f);
        free(gs);
        free(ge);
        free(gl);
        free(hit);
    }
    json_decref(root);
}

static char *slurp(const char *path, size_t *len)
{
    FILE *fp = fopen(path, "rb");
    if (!fp)
        return NULL;
    fseek(fp, 0, SEEK_END);
    long n = ftell(fp);
    fseek(fp, 0, SEEK_SET);
    char *b = malloc((size_t)n + 1);
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

/* Clean text is scanned line by line (like chat messages); lines that are not UTF-8 skipped. */
static size_t clean_by_type[256];

static void clean_file(const anon_engine_t *e, const char *path, size_t *tokens, size_t *fps)
{
    size_t len;
    char *b = slurp(path, &len);
    if (!b) {
        fprintf(stderr, "cannot read %s\n", path);
        return;
    }
    int in = 0;
    for (size_t i = 0; i < len; i++) {
        int ws = b[i] == ' ' || b[i] == '\n' || b[i] == '\t' || b[i] == '\r';
        if (!ws && !in)
            (*tokens)++;
        in = !ws;
    }
    anon_finding_t *f = NULL;
    size_t nf = 0;
    if (anon_find(e, b, len, &f, &nf) == 0) {
        *fps += nf;
        for (size_t k = 0; k < nf; k++)
            if (f[k].type < 256)
                clean_by_type[f[k].type]++;
        for (size_t k = 0; show && k < nf; k++)
            printf("CLEAN-FP %s %-12s %.*s\n", path, anon_engine_type_name(e, f[k].type),
                   (int)(f[k].end - f[k].start), b + f[k].start);
        free(f);
    } else {
        fprintf(stderr, "%s: not UTF-8, skipped\n", path);
    }
    free(b);
}

int main(int argc, char **argv)
{
    anon_config_t cfg = {0};
    int a = 1;
    for (; a < argc && strncmp(argv[a], "--", 2) == 0 && strcmp(argv[a], "--clean") != 0; a++) {
        if (strcmp(argv[a], "--show") == 0)
            show = 1;
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
    struct counts c[NLABELS] = {{0}};
    size_t other_fp = 0, tokens = 0, clean_fp = 0;
    int clean = 0;
    for (; a < argc; a++) {
        if (strcmp(argv[a], "--clean") == 0) {
            clean = 1;
            continue;
        }
        if (clean)
            clean_file(e, argv[a], &tokens, &clean_fp);
        else
            eval_file(e, argv[a], c, &other_fp);
    }
    printf("| type | gold | TP | FN | FP | precision | recall "
           "|\n|---|---:|---:|---:|---:|---:|---:|\n");
    for (size_t l = 0; l < NLABELS; l++) {
        size_t gold = c[l].tp + c[l].fn;
        double p = c[l].tp + c[l].fp ? (double)c[l].tp / (double)(c[l].tp + c[l].fp) : 1.0;
        double r = gold ? (double)c[l].tp / (double)gold : 1.0;
        printf("| %s", label_map[l].label);
        for (size_t k = 0; k < 3 && label_map[l].types[k]; k++)
            printf("%s%s", k ? "/" : " → ", label_map[l].types[k]);
        printf(" | %zu | %zu | %zu | %zu | %.3f | %.3f |\n", gold, c[l].tp, c[l].fn, c[l].fp, p, r);
    }
    printf("\nfindings of unlabelled types (secrets, ITIN, national ids): %zu\n", other_fp);
    if (tokens) {
        printf("PII-free corpus: %zu tokens, %zu findings = %.3f per 10k tokens\n", tokens,
               clean_fp, (double)clean_fp * 10000.0 / (double)tokens);
        for (size_t t = 0; t < anon_engine_ntypes(e) && t < 256; t++)
            if (clean_by_type[t])
                printf("  %-16s %zu\n", anon_engine_type_name(e, t), clean_by_type[t]);
    }
    anon_engine_free(e);
    return 0;
}
