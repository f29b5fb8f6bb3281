/* corpus.c: the labelled corpora's reader (see corpus.h). A record's spans live as long as the
 * call of fn that receives them: the strings are the JSON document's own. */
#include "corpus.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

size_t corpus_cp_to_byte(const char *s, size_t len, size_t cp)
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

/* Appends the spans of the array a (labels under key lk, values under vk) to *sp. */
static void read_spans(json_t *a, const char *lk, const char *vk, int lookalike, const char *text,
                       size_t len, struct corpus_span **sp, size_t *n, size_t *cap)
{
    size_t i;
    json_t *x;
    json_array_foreach(a, i, x)
    {
        if (*n == *cap) {
            *cap = *cap ? *cap * 2 : 64;
            struct corpus_span *g = realloc(*sp, *cap * sizeof *g);
            if (!g) {
                fprintf(stderr, "out of memory\n");
                exit(1);
            }
            *sp = g;
        }
        (*sp)[(*n)++] = (struct corpus_span){
            .start = corpus_cp_to_byte(
                text, len, (size_t)json_integer_value(json_object_get(x, "start_position"))),
            .end = corpus_cp_to_byte(
                text, len, (size_t)json_integer_value(json_object_get(x, "end_position"))),
            .label = json_string_value(json_object_get(x, lk)),
            .value = json_string_value(json_object_get(x, vk)),
            .lookalike = lookalike,
        };
    }
}

void corpus_each(const char *path, int parity, void (*fn)(const struct corpus_rec *r, void *arg),
                 void *arg)
{
    json_error_t jerr;
    json_t *root = json_load_file(path, 0, &jerr);
    if (!root || !json_is_array(root)) {
        fprintf(stderr, "%s: %s\n", path, jerr.text);
        exit(1);
    }
    struct corpus_span *sp = NULL;
    size_t cap = 0, idx;
    json_t *rec;
    json_array_foreach(root, idx, rec)
    {
        const char *text = json_string_value(json_object_get(rec, "full_text"));
        if (!text || (parity >= 0 && (int)(idx % 2) != parity))
            continue;
        size_t len = strlen(text), n = 0;
        read_spans(json_object_get(rec, "spans"), "entity_type", "entity_value", 0, text, len, &sp,
                   &n, &cap);
        read_spans(json_object_get(json_object_get(rec, "metadata"), "lookalikes"), "label",
                   "value", 1, text, len, &sp, &n, &cap);
        fn(&(struct corpus_rec){idx, rec, text, len, sp, n}, arg);
    }
    free(sp);
    json_decref(root);
}
