/* names_learn.h: the learnt PERSON context model (names_learn.c), private to anonymize/.
 *
 * The scanner asks the model about a run of capitalised words its rules turned down; the model
 * scores hashed features of the run and its surroundings with a weight table learnt from the tune
 * corpora (contrib/bench/bench_train_person.c writes anonymize/data/person_model.txt, the build
 * compiles it into person_model.h). A trace hook lets the trainer see every run the model was
 * asked about, with its features, and turns the model's own findings off while it is set.
 */
#ifndef HUSH_NAMES_LEARN_H
#define HUSH_NAMES_LEARN_H

#include <stddef.h>
#include <stdint.h>

#define NW_LEARN_BITS 16
#define NW_LEARN_SIZE (1u << NW_LEARN_BITS)
#define NW_LEARN_MAXF 64   /* features of one run at most */
#define NW_LEARN_SCALE 256 /* a weight of 1.0 in the table */

/* One run the model was asked about: text[a .. b) with its features (indexes into the table),
 * the model's score (in NW_LEARN_SCALE units), and kept: 1 when the filters the scanner's
 * findings pass through would let it through as a PERSON were the model to find it, 0 when they
 * would drop it (a firm, a hut, a title ...: the product never emits it, whatever its score). */
typedef void (*nw_learn_trace_fn)(void *arg, const char *text, size_t len, size_t a, size_t b,
                                  const uint32_t *feat, size_t nfeat, int score, int kept);
/* Set (or clear, fn NULL) the trace; not thread-safe: for the trainer and tests only. While a
 * trace is set the model finds nothing. */
void nw_learn_trace(nw_learn_trace_fn fn, void *arg);
/* The runs the gate turned away, for measuring what never reaches the model (the trainer's
 * --misses): t[a .. b) in the scanned text's offsets and why (NW_LEARN_WHY_*). Not thread-safe,
 * as nw_learn_trace(); fn NULL clears it. */
enum {
    NW_LEARN_WHY_LONE = 1, /* one word: an unknown word in a text with no person before it */
    NW_LEARN_WHY_LONELEX,  /* one word: no lexicon name, or an English word too */
    NW_LEARN_WHY_EVIDENCE, /* evidence() said no */
    NW_LEARN_WHY_CODE,     /* a source-code line */
    NW_LEARN_WHY_EMITTED,  /* a span already emitted overlaps it */
};
typedef void (*nw_learn_refused_fn)(void *arg, size_t a, size_t b, int why);
void nw_learn_trace_refused(nw_learn_refused_fn fn, void *arg);
/* The model's weight of feature f, and its threshold (both NW_LEARN_SCALE units). */
int nw_learn_weight(uint32_t f);
int nw_learn_threshold(void);
/* Switch the model off (0, the default unless HUSH_NAMES_LEARN is set) or on (1); returns the
 * old state. */
int nw_learn_enable(int on);
/* Leave out the features whose name starts with prefix (kept, not copied; at most 8): the
 * trainer's ablations. */
void nw_learn_drop(const char *prefix);
/* The index of a named feature, as the model hashes it: (name, value). */
uint32_t nw_learn_feature(const char *name, const char *value);

#endif
