/* names_internal.h: private to the NAMES pack's files (names*.c): the word level shared by the
 * scanner and the per-request name set. Lists hold lower-case words (see names_words.c). */
#ifndef HUSH_ANON_NAMES_INTERNAL_H
#define HUSH_ANON_NAMES_INTERNAL_H

#include "anonymize/names.h"

/* Byte length of the upper-case letter / any letter at p, 0 when there is none. */
size_t nw_upper(const uint8_t *p, size_t avail);
size_t nw_letter(const uint8_t *p, size_t avail);
/* p[0 .. n) case-folded into out (ASCII and Latin-1); its length, 0 when it does not fit. */
size_t nw_fold(const char *p, size_t n, char *out, size_t cap);

int nw_honorific(const char *w);
int nw_salutation(const char *w);
int nw_verb_before(const char *w);
int nw_verb_after(const char *w);
int nw_term_after(const char *w);
int nw_not_name(const char *w);
int nw_month(const char *w);
int nw_label(const char *w);
int nw_list_label(const char *w);
int nw_closing(const char *w);
int nw_intro(const char *w);
int nw_particle(const char *w);

#endif
