/* names_spoken54.h: the phone-in-words run reader of names_spoken54.c and its two feeders,
 * names_spoken51.c (the cue pass's notes) and names_asr.c (number words side by side in a
 * transcript); private to the names scan (branch spoken54). */
#ifndef HUSH_NAMES_SPOKEN54_H
#define HUSH_NAMES_SPOKEN54_H

#include <stddef.h>
#include <stdint.h>

/* names_spoken51.c: the digits a digit word says (0: none); notes p with no test. */
unsigned nw_spoken51_digits(const uint8_t *w, size_t n);
void nw_spoken51_note_at(size_t len, size_t p);
/* The run of digit words, pairs, fillers and corrections around the noted place p (the last
 * byte of a word), in [*a, *e); its digits (0: p ends no digit word). *flags: NW_SPOKEN54_PLUS
 * when a country code's "plus" opens it, NW_SPOKEN54_CORRECTED when a correction stands inside. */
#define NW_SPOKEN54_PLUS 1u
#define NW_SPOKEN54_CORRECTED 2u
unsigned nw_spoken54_run(const uint8_t *t, size_t len, size_t p, size_t *a, size_t *e,
                         unsigned *flags);
/* names_asr.c's two number words side by side, [a, b) and [c, e) of the whole text: noted when
 * both are digit words of a phone; the end of their run then (0 when not noted), so that the
 * caller notes each run once. */
size_t nw_spoken54_note_pair(const uint8_t *t, size_t len, size_t a, size_t b, size_t c, size_t e);
/* The word [w, e) before a run of seven or eight digits says a phone: "telefonnummer",
 * "kännykkä", "numaram", or "nummeret mitt er", "to noumero mou einai". */
int nw_spoken54_phone_before(const uint8_t *t, size_t w, size_t e);
/* The spoken date [a, b) lies inside a run of nine or more digits read from its end: a phone
 * (names_asr.c's births() leaves it). */
int nw_spoken54_in_phone(const uint8_t *t, size_t len, size_t a, size_t b);
/* Where a person's name in [a, b) ends before an animal's or a boat's word ("my dog milo",
 * "vår hund milo", "perro max": a; "eryıl köpeğim bruno": after "eryıl"); b when none. */
size_t nw_spoken54_animal_cut(const uint8_t *t, size_t a, size_t b);
/* The folded word f is a birth word said after the date ("geboren", "doğumluyum"). */
int nw_spoken54_post_birth(const char *f);
/* names_asr.c: the word [a, b) is a number said in words ("siebzehn", "trentadue"). */
int nw_asr_number_word(const uint8_t *t, size_t a, size_t b);

#endif
