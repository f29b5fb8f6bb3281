/* names_typed56.h: private to the names scanner (names_typed56.c, names_scan.c). */
#ifndef HUSH_NAMES_TYPED56_H
#define HUSH_NAMES_TYPED56_H

#include <stddef.h>
#include <stdint.h>

/* Is p[0 .. n) (lower-case ASCII letters) a word people type in chat in one of 17 languages
 * ("kaikki", "huomenna", "gorusuruz", "vagyok", "ngl"), typed52's list included? */
int nw_typed56_chat_word(const uint8_t *p, size_t n);
/* The scanner's last emit link (arg: a struct nw_link, next nw_typed52_emit): trims such words
 * off both ends of an all-lower-case PERSON finding and drops it when nothing is left. */
int nw_typed56_emit(void *arg, int kind, size_t a, size_t e);

struct sc;
/* Writers' names beside an "I am"/"here" word at a line's start in a text typed in lower case
 * ("anna vagyok", "soy lucia", "eimai o nikos"); emitted as PERSON. 0 when the text is no such
 * chat, 2 when it is a chat of senders (nw_ask57_sender_chat()), else 1; < 0 an emit's error. */
int nw_typed56_intros(struct sc *s);

#endif
