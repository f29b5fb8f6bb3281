/* names_prose50.c: nicknames in running prose (tune set prose50).
 *
 * Letters, speeches and diary entries name a person by a nickname behind a naming cue: "Sein
 * Bruder, genannt Bobby", "bekend als Sjaak", "conocido como Chema", "znany jako Bolek", "Alla
 * kallade henne Lasse", "Všichni jí říkali Pepa". nw_prose50_nick() tells names_prose.c's
 * nw_prose_ctx() that the word before a lone capitalised word (and the one before that) is such
 * a cue; the run must still pass the lone-word check there (a lexicon name that is no ordinary
 * word, or a name's shape): "known as Rover", "genannt Villa" stay.
 *
 * The one thing to know: this file only answers about two folded words; nw_prose_ctx() asks it
 * after its hashed filter (nw_prose_words holds every cue's last word), so other runs pay nothing.
 */
#include "anonymize/names_internal.h"

#include <string.h>

/* ---- nicknames ------------------------------------------------------------------------------ */

static int is(const char *w, const char *x)
{
    return strcmp(w, x) == 0;
}

int nw_prose50_nick(const char *pw, const char *pw2)
{
    static const char *const one[] = {"genannt", "surnommé", "surnommée", "appelait",   "detto",
                                      "detta",   "kallad",   "nimellä",   "chiamavano", "llamaba",
                                      "říkali",  "říkají",   "říkal"};
    for (size_t k = 0; k < sizeof one / sizeof one[0]; k++)
        if (is(pw, one[k]))
            return 1;
    static const char *const pairs[][2] = {
        {"known", "as"},      {"knew", "as"},       {"bekend", "als"},    {"conocido", "como"},
        {"conocida", "como"}, {"conhecido", "por"}, {"conhecida", "por"}, {"tratava", "por"},
        {"znany", "jako"},    {"znana", "jako"},    {"znają", "jako"},    {"známý", "jako"},
        {"známá", "jako"},    {"called", "her"},    {"called", "him"},    {"noemde", "haar"},
        {"noemde", "hem"},    {"noemden", "haar"},  {"noemden", "hem"},   {"kallade", "henne"},
        {"kallade", "honom"}, {"nannten", "ihn"},   {"nannten", "sie"},   {"sie", "nur"},
        {"ihn", "nur"},       {"na", "nią"},        {"na", "niego"},      {"o", "niej"}};
    for (size_t k = 0; k < sizeof pairs / sizeof pairs[0]; k++)
        if (is(pw, pairs[k][1]) && is(pw2, pairs[k][0]))
            return 1;
    return 0;
}
