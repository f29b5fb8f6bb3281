/* names_clean58.h: private to the names scanner (names_clean58.c, names_scan.c). */
#ifndef HUSH_NAMES_CLEAN58_H
#define HUSH_NAMES_CLEAN58_H

#include "anonymize/names_internal.h"

#include <stddef.h>

/* The link's argument: the next link, and whether the 4 KiB about the 2 KiB block blk of the
 * text are German prose (blk SIZE_MAX: not asked yet). */
struct nw_clean58 {
    struct nw_link l;
    size_t blk;
    int german;
};

/* The scanner's first emit link (arg: a struct nw_clean58, next nw_clean57_emit): drops a PERSON
 * finding inside a gettext catalogue's string that is no person (a translated message's first
 * word, a name in a list of place or language names), a roff heading, a Python constant, a
 * locale source's names and a German noun; passes the rest on unchanged. */
int nw_clean58_emit(void *arg, int kind, size_t a, size_t e);

#endif
