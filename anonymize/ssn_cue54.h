/* ssn_cue54.h: private to anonymize/ (validate.c's SSN context asks it). */
#ifndef HUSH_SSN_CUE54_H
#define HUSH_SSN_CUE54_H

#include <stddef.h>

/* 1 when the number text[s, e) stands where a person pastes an SSN under its name: after a
 * label on its line, alone on the line under its label, or in a table column headed by it. */
int anon_ssn_frame_cue(const char *text, size_t s, size_t e);

#endif
