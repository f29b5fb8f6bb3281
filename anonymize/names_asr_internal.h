/* names_asr_internal.h: what the pieces of the transcript reader share (private to
 * names_asr.c, names_asr_people.c and names_asr_dob_addr.c): a transcript's words and turns
 * (struct asr, filled by names_asr.c's words()), the word-list tests and the one way to report a
 * span (put()). The one thing to know: a struct asr holds the request's words (PII); its owner
 * wipes it whole (nw_asr_end()). */
#ifndef HUSH_NAMES_ASR_INTERNAL_H
#define HUSH_NAMES_ASR_INTERNAL_H

#include "anonymize/names_internal.h"
#include "anonymize/names_asr.h"

#include <stddef.h>
#include <stdint.h>

#define ASR_MAX_WORDS 4096
#define ASR_MAX_FOUND 1024

struct aw {
    uint32_t a, b;   /* the word's bytes */
    uint32_t turn;   /* the turn (line) it is in */
    uint8_t num;     /* a number: digits or number words */
    uint8_t stop;    /* a function word, filler, greeting, role: never a name */
    uint8_t letter;  /* a single letter (spelled) */
    uint8_t turnend; /* the last word of its turn */
    uint8_t comma;   /* a comma right after it */
    uint32_t fo;     /* its folded text at fb + fo ("" when longer than 47 bytes) */
    uint64_t bits;   /* the lists it is in (word_bits()) */
    uint8_t month;   /* a month's name followed by a number ("may 4", "juni 1987") */
};

struct asr {
    const uint8_t *t;
    size_t len;
    int labelled; /* turns are lines opened by role labels */
    int spoken;   /* labelled, or hesitations ("um", "ähm") twice: the weak cues count */
    int voice;    /* its cues count: 1 a voice command or dictation (nw_noisy56_voice(): a wake
                     word, punctuation said as words); 2 a line under an ask opens with a
                     command ("text ...", "call ..."), as a typed chat's line may (voice57) */
    struct aw w[ASR_MAX_WORDS];
    size_t n;
    char fb[ASR_MAX_WORDS * 16 + 64]; /* the words folded, NUL-terminated, one after another */
    size_t fn;
    size_t found[ASR_MAX_FOUND][2];
    uint8_t fkind[ASR_MAX_FOUND];
    unsigned nfound;
};

#define N(a) (sizeof(a) / sizeof((a)[0]))

/* names_asr.c: the lists, a word's lists, phrases, the report */
uint64_t list_bit(const char *const *l, size_t n, int first);
int in_list(const char *const *l, size_t n, const char *w);
size_t phrase_at(const struct asr *x, size_t k, const char *ph);
int any_phrase(const struct asr *x, size_t k, const char *const *l, size_t n);
int turn_has(const struct asr *x, size_t k, int before, const char *const *l, size_t n);
int put(struct sc *s, struct asr *x, int kind, size_t a, size_t b);
/* the passes: names_asr_people.c (people, spelled, spread), names_asr_dob_addr.c (births,
 * addresses) */
int people(struct sc *s, struct asr *x);
int spelled(struct sc *s, struct asr *x);
int spread(struct sc *s, struct asr *x);
int births(struct sc *s, struct asr *x);
int addresses(struct sc *s, struct asr *x);

static inline const char *wf(const struct asr *x, size_t k, char *buf, size_t cap)
{
    (void)buf;
    (void)cap;
    return x->fb + x->w[k].fo;
}

/* Is word k in the list? One test of its bits. */
static inline int wl(const struct asr *x, size_t k, const char *const *l, size_t n)
{
    return (x->w[k].bits & list_bit(l, n, 0)) != 0;
}

#endif
