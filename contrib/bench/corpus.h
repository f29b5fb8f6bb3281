/* corpus.h: the reader of the labelled corpora (presidio-research's JSON: records with full_text
 * and spans whose offsets are Python code-point offsets), shared by bench_accuracy and
 * bench_train_person, so that both read a record's gold spans and look-alikes alike.
 */
#ifndef HUSH_BENCH_CORPUS_H
#define HUSH_BENCH_CORPUS_H

#include <jansson.h>
#include <stddef.h>

struct corpus_span {
    size_t start, end; /* bytes in the record's text */
    const char *label; /* entity_type, or a look-alike's label; NULL when it has none */
    const char *value; /* entity_value, or a look-alike's value; NULL when it has none */
    int lookalike;     /* from metadata.lookalikes ({label, value, start_position, end_position}) */
};

struct corpus_rec {
    size_t idx;                     /* the record's index in its file */
    json_t *json;                   /* the record */
    const char *text;               /* its full_text */
    size_t len;                     /* strlen(text) */
    const struct corpus_span *span; /* its spans in their order, then its look-alikes */
    size_t nspan;
};

/* The byte offset of code point cp in s (len bytes; len when s is shorter). */
size_t corpus_cp_to_byte(const char *s, size_t len, size_t cp);

/* Calls fn for each record of the JSON array in the file at path that has a full_text and, with
 * parity 0 or 1, whose index modulo 2 is parity (-1: every record), in the file's order. Exits
 * with a message when the file is no JSON array or memory runs out. */
void corpus_each(const char *path, int parity, void (*fn)(const struct corpus_rec *r, void *arg),
                 void *arg);

#endif
