/* names_street59.h: streets written in Greek (names_street59.c) and the byte test its call site
 * asks first. */
#ifndef ANON_NAMES_STREET59_H
#define ANON_NAMES_STREET59_H

#include "anonymize/names_internal.h"

/* A Greek street that ends with the house number at the digits i .. d ("Ερμού 12", "Λεωφ.
 * Κηφισίας 112", "28ης Οκτωβρίου 33") after a type word, a date's ordinal or an address cue: its
 * end (with the postcode and town after it), its start in *start; else 0. */
size_t nw_street59_greek(const struct sc *s, size_t i, size_t d, size_t *start);

/* The postcode and town after a Greek street that ends at e (", 546 22 Θεσσαλονίκη", the next
 * line "105 63 Αθήνα"): their end (their start in *from), or e. */
size_t nw_street59_town(const struct sc *s, size_t e, size_t *from);

/* nw_street59_greek() at the digits i .. d, its finding emitted (and the postcode and town on the
 * next line as their own): 1 when found (the emit's answer in *rc, *next past it), else 0. */
__attribute__((noinline)) int nw_street59_at(struct sc *s, size_t i, size_t d, size_t *next,
                                             int *rc);

/* The test first: a space before the number and a Greek letter's second byte before it. */
static inline int nw_street59_may(const uint8_t *t, size_t i)
{
    return i >= 3 && t[i - 1] == ' ' && (t[i - 2] & 0xC0) == 0x80 &&
           (t[i - 3] == 0xCE || t[i - 3] == 0xCF);
}

#endif
