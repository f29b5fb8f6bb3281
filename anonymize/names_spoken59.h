/* names_spoken59.h: a truecased transcript without punctuation under an ask, numbered turns,
 * WebVTT files of punctuating recognisers and the opening words of labelled turns
 * (names_spoken59.c), for names_spoken52.c and names_asr.c; private to the names scan (branch
 * spoken59). */
#ifndef HUSH_NAMES_SPOKEN59_H
#define HUSH_NAMES_SPOKEN59_H

#include <stddef.h>
#include <stdint.h>

/* Is t[0 .. len) (the text under an ask) a recogniser's truecased output: no sentence
 * punctuation and no comma in its first 2 KiB, capitals, and fillers said at least twice? */
int nw_spoken59_truecased(const uint8_t *t, size_t len);
/* Does the '.' at i end a number of at most three digits that opens its line ("12. ja")? */
int nw_spoken59_turn_number(const uint8_t *t, size_t i);
/* Sentence punctuation in the first KiB (a spelled letter's "k. " apart)? */
int nw_spoken59_punctuated(const uint8_t *t, size_t len);
/* names_asr.c's keep(): another path's finding a .. b on a role-labelled line whose words start
 * at o; its new start, past a first word that is no name (b: nothing is left). */
/* names_asr_people.c's spelled(): does the folded word w spell as the letters sp when its
 * accents are dropped ("järmänen" j a r m a n e n, "şahin" s a h i n; German "ä" also "ae")? */
int nw_spoken59_spells(const char *w, const char *sp);
size_t nw_spoken59_turn_opening(const uint8_t *t, size_t len, size_t o, size_t a, size_t b);

#endif
