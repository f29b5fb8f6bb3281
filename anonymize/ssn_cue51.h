/* ssn_cue51.h: private to anonymize/ (validate.c's SSN context asks it). */
#ifndef HUSH_ANONYMIZE_SSN_CUE51_H
#define HUSH_ANONYMIZE_SSN_CUE51_H

#include <stddef.h>

/* Does the 3-2-4 array whose first group starts at text[s] have an SSN name a few words back
 * on its line ("social security number ... came back as [...]")? */
int anon_ssn_array_cue(const char *text, size_t s);

#endif
