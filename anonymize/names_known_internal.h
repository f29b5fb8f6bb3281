/* names_known_internal.h: the known-name set's layout, shared by its two files: the set and its
 * look-ups (names_known.c) and the sweep for its names in other forms (names_sweep.c). Private to
 * anonymize/. */
#ifndef HUSH_NAMES_KNOWN_INTERNAL_H
#define HUSH_NAMES_KNOWN_INTERNAL_H

#include "anonymize/anon_internal.h"
#include "anonymize/names_internal.h"

#include <stddef.h>
#include <stdint.h>

#define MAX_KNOWN 256
#define MAX_NAME 96

#define FORM_WORDS 4 /* words of a full name looked for in other forms */
#define HEADS 512    /* anon_names_known_sweep's word buckets */

struct parts_index;

/* Any read of the set but has() while a cached scan records it: that scan is not kept */
#define REC_OPAQUE(k)                                                                              \
    do {                                                                                           \
        if ((k)->rec)                                                                              \
            (k)->rec->opaque = 1;                                                                  \
    } while (0)

struct anon_names_known {
    size_t n, cap;
    size_t *len;
    char (*name)[MAX_NAME];
    /* a split rewrite's detection copy (split.c): every look-up that found nothing, as a length
     * byte then the word, so the sequential phase can tell whether a name added since would
     * have answered it. NULL on the session's own set. */
    anon_names_log_t *log;
    /* a cached scan's recording (scan_deps.c, anon_names_known_record): has() notes each answer,
     * every other read marks it opaque. NULL but inside the session's cached_find. */
    anon_deps_t *rec;
    struct forms_index *fx; /* anon_names_known_sweep's, made when it first finds names */
    struct parts_index *px; /* anon_names_known_has's, made with name PARTS_FROM (NULL: none) */
    /* names_sametok63.c's gate: bit c - 'a' when a name has a word whose first letter folds to
     * c (lead_any), when two words of the names do (lead_two) */
    uint32_t lead_any, lead_two;
    /* anon_names_known_digest's chain over names [0 .. dig_n): folded when asked */
    uint64_t dig[2];
    size_t dig_n;
};

/* anon_names_known_sweep's filter, for names [0 .. first_n): allocated apart, because most
 * requests name nobody and a set is made for every request */
struct forms_index {
    size_t first_n, multi;
    uint8_t first[256]; /* the bytes a form can open with, both cases */
    /* the first two bytes a form can open with, as bit (c0 & 31) << 5 | (c1 & 31): both cases
     * (and Latin-1 letters' both cases) share a bit */
    uint64_t pair[16];
    /* the first three bytes of the names' words, case folded, by bit (hash & 1023): a word of
     * the text may be a known word whose stem a case changed (names_stem63.c) only when its own
     * first three bytes are there */
    uint64_t tri[16];
    uint8_t lead[8]; /* the bytes of first[], while there are at most 8 (nlead; 9: more) */
    unsigned nlead;
    /* the names whose given name (node 2i) or surname (node 2i + 1) is a word, by the word's
     * hash (word_hash: case folded): head[hash] is the first node + 1 (0: none), next[node] the
     * next; so a word of the text asks only the names that hold it */
    uint16_t head[HEADS], next[2 * MAX_KNOWN];
    /* name i's words as name_words() splits them: their count (0: one word), then each word's
     * offset and length (a name is shorter than MAX_NAME, so a byte holds either) */
    uint8_t words[MAX_KNOWN][1 + 2 * FORM_WORDS];
};

/* The forms a text can name a known person in (names_sweep.c) */
enum { FORM_NONE, FORM_SAME, FORM_CASE, FORM_REVERSED, FORM_JOINED };

/* The known name p[0 .. n) is wholly a form of: its index, and its form in *form; -1 when none */
long anon_names_form_of(const anon_names_known_t *k, const char *p, size_t n, int *form);

/* names_sametok63.c: the known name (its index) whose person p[0 .. n) names in another form
 * (declined, possessive, an initial, a title, folded to ASCII), when exactly one person; -1.
 * known: p is a known name as written (another name must then share its last word's letter) */
long nw_sametok63_person(const anon_names_known_t *k, const char *p, size_t n, int known);
/* names_sametok63.c: the known name whose person name i is another form of, else i */
size_t nw_sametok63_root(const anon_names_known_t *k, size_t i);
/* names_sametok63.c: notes the first letters of name i's words (the gate's bits) */
void nw_sametok63_note(anon_names_known_t *k, size_t i);

#endif
