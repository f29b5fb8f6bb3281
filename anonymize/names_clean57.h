/* names_clean57.h: private to the names scanner (names_clean57.c, names_scan.c). */
#ifndef HUSH_NAMES_CLEAN57_H
#define HUSH_NAMES_CLEAN57_H

#include <stddef.h>

/* The scanner's first emit link (arg: a struct nw_link, next nw_typed56_emit): drops a font
 * family in a fontconfig file taken for a person, a copyright year taken for a house number and
 * a release's date after its quoted name taken for a birth; passes the rest on unchanged. */
int nw_clean57_emit(void *arg, int kind, size_t a, size_t e);

#endif
