/* detectors_names.c: the NAMES pack: people, street addresses and dates of birth.
 *
 * All three are found by the scanner in names.c (ANON_DF_SCANNER: no pattern). A date is a
 * DATE_OF_BIRTH only when a birth word ("born", "DOB", "geboren", "née", "fecha de nacimiento",
 * "geboortedatum", "data di nascita") comes shortly before it; other dates are left alone.
 */
#include "anonymize/anon_internal.h"

static const anon_detector_def_t names_defs[] = {
    {"PERSON", NULL, NULL, ANON_DF_SCANNER, NULL, 0, 0, NULL},
    {"STREET_ADDRESS", NULL, NULL, ANON_DF_SCANNER, NULL, 0, 0, NULL},
    {"DATE_OF_BIRTH", NULL, NULL, ANON_DF_SCANNER, NULL, 0, 0, NULL},
};

const anon_pack_t anon_pack_people = {"NAMES", names_defs,
                                      sizeof names_defs / sizeof names_defs[0]};
