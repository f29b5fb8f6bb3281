/* detectors_global.c: the GLOBAL pack (email, phone, cards, IBAN, IP addresses) and the US pack.
 *
 * Digit-bearing detectors run only inside windows around digit runs (see engine.c); their
 * patterns must not depend on text more than one whitespace-separated word away. Every pattern
 * refuses to start or end inside a word (Unicode \w) so tokens such as [PHONE_12] never match.
 */
#include "anonymize/anon_internal.h"

#define LIT(...) ((const char *const[]){__VA_ARGS__, NULL})
#define NUM_START ANON_NUM_START
#define NUM_END ANON_NUM_END

static const anon_detector_def_t global_defs[] = {
    {"EMAIL",
     "(?:(?<=mailto:)|(?<![\\w.%+\\-'/"
     ":=@]))\\w[\\w.%+\\-']{0,63}@(?:\\w(?:[\\w\\-]{0,61}\\w)?\\.){1,8}\\p{L}{2,24}"
     "(?![\\w\\-@]|\\.\\w)",
     anon_v_email, ANON_DF_WINDOW, LIT("@"), 0, 0},
    {"CREDIT_CARD",
     NUM_START
     "(?<!\\d[ \\-])(?:\\d{12,19}|\\d{4}([ \\-])\\d{4}\\1\\d{4}\\1\\d{1,4}(?:\\1\\d{1,3})?|"
     "\\d{4}([ \\-])\\d{6}\\2\\d{4,5})" NUM_END,
     anon_v_luhn, ANON_DF_CHECKSUM, NULL, 12, 0},
    {"IBAN",
     "(?<![\\w\\-])[A-Za-z]{2}\\d{2}(?:[ ]?[A-Za-z0-9]{4}){2,7}(?:[ ]?[A-Za-z0-9]{1,4})?(?![\\w])",
     anon_v_iban, ANON_DF_CHECKSUM, NULL, 6, 0},
    {"IPV4", "(?<![\\w.\\-])(?:\\d{1,3}\\.){3}\\d{1,3}(?![\\w\\-]|\\.\\d)", anon_v_ipv4, 0, NULL, 4,
     '.'},
    {"IPV6",
     "(?<![\\w:.])[0-9A-Fa-f]{0,4}(?::[0-9A-Fa-f]{0,4}){2,7}(?:\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3})?"
     "(?![\\w:]|\\.\\d)",
     anon_v_ipv6, 0, NULL, 1, ':'},
    {"PHONE",
     NUM_START "(?<!\\d[ .\\-])"
               "(?:(?:\\+|00(?=[1-9]))[ ]?\\d{1,3}(?:[ .\\-]?\\(0\\))?(?:[ "
               ".\\-]?(?:\\(\\d{1,5}\\)|\\d{1,5})){1,6}"
               "|\\(\\d{1,5}\\)[ .\\-]?\\d{2,5}(?:[ .\\-]?\\d{2,5}){0,3}"
               "|\\d{2,5}(?:[ .\\-/]\\d{2,6}){1,5}"
               "|\\d{10,11})"
               "(?:[ ]?(?:x|ext\\.?|extension)[ ]?\\d{1,6})?" NUM_END,
     anon_v_phone, 0, NULL, 7, 0},
};

static const anon_detector_def_t us_defs[] = {
    {"US_SSN", NUM_START "\\d{3}([\\- ])\\d{2}\\1\\d{4}" NUM_END, anon_v_us_ssn, ANON_DF_CHECKSUM,
     NULL, 9, 0},
    {"US_ITIN", NUM_START "9\\d{2}([\\- ]?)\\d{2}\\1\\d{4}" NUM_END, anon_v_us_itin,
     ANON_DF_CHECKSUM, NULL, 9, 0},
};

const anon_pack_t anon_pack_global = {"GLOBAL", global_defs,
                                      sizeof global_defs / sizeof global_defs[0]};
const anon_pack_t anon_pack_us = {"US", us_defs, sizeof us_defs / sizeof us_defs[0]};
