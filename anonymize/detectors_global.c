/* detectors_global.c: the GLOBAL pack (email, phone, cards, IBAN, IP addresses) and the US pack.
 *
 * Digit-bearing detectors run only inside windows around digit runs (see engine.c); their
 * patterns must not depend on text more than one whitespace-separated word away. Each has a gate
 * in gate.c that must stay a superset of its pattern: change both together and run bench_gates.
 * Every pattern refuses to start or end inside a word (Unicode \w) so tokens such as [PHONE_12]
 * never match.
 */
#include "anonymize/anon_internal.h"

#define LIT(...) ((const char *const[]){__VA_ARGS__, NULL})
#define NUM_START ANON_NUM_START
#define NUM_END ANON_NUM_END

/* Lookbehind alternatives must each have a fixed length, hence one per word and separator. */
#define W(x) "(?i:" x ")[ :#]|(?i:" x "): |"
// clang-format off
#define PHONE_WORDS \
    W("phone") \
    W("tel") \
    W("tel\\.") \
    W("mobile") \
    W("cell") \
    W("fax") \
    W("call") \
    W("number") \
    W("nummer") \
    W("numéro") \
    W("whatsapp") \
    W("sms") \
    W("text") \
    W("desk") \
    W("office") \
    W("home") \
    W("work") \
    W("contact") \
    W("telefon") \
    W("téléphone") \
    W("handy")
// clang-format on
#define IS(x) "(?i:" x ")[ ]|"
#define PHONE_IS                                                                                   \
    IS("phone is")                                                                                 \
    IS("phone at")                                                                                 \
    IS("mobile is")                                                                                \
    IS("mobile at") IS("number is") IS("number at") IS("nummer ist") IS("numéro est")

static const anon_detector_def_t global_defs[] = {
    {"EMAIL",
     /* not inside a longer token, not user:password@ (URL_CREDENTIALS), not //user@host */
     "(?:(?<=mailto:)|(?<![\\w.%+\\-':@])(?<!//))"
     "\\w[\\w.%+\\-']{0,63}@(?:\\w(?:[\\w\\-]{0,61}\\w)?\\.){1,8}\\p{L}{2,24}"
     "(?![\\w\\-@]|\\.\\w)",
     anon_v_email, ANON_DF_WINDOW, LIT("@"), 0, 0, NULL},
    {"CREDIT_CARD",
     NUM_START
     "(?<!\\d[ \\-])(?:\\d{12,19}|\\d{4}([ \\-])\\d{4}\\1\\d{4}\\1\\d{1,4}(?:\\1\\d{1,3})?|"
     "\\d{4}([ \\-])\\d{6}\\2\\d{4,5})" NUM_END,
     anon_v_luhn, ANON_DF_CHECKSUM, NULL, 12, 0, anon_g_card},
    {"IBAN",
     "(?<![\\w\\-])[A-Za-z]{2}\\d{2}(?:[ ]?[A-Za-z0-9]{4}){2,7}(?:[ ]?[A-Za-z0-9]{1,4})?(?![\\w])",
     anon_v_iban, ANON_DF_CHECKSUM, NULL, 6, 0, anon_g_iban},
    {"IPV4", "(?<![\\w.\\-])(?:\\d{1,3}\\.){3}\\d{1,3}(?![\\w\\-]|\\.\\d)", anon_v_ipv4, 0, NULL, 4,
     '.', anon_g_ipv4},
    {"IPV6",
     "(?<![\\w:.])[0-9A-Fa-f]{0,4}(?::[0-9A-Fa-f]{0,4}){2,7}(?:\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3})?"
     "(?![\\w:]|\\.\\d)",
     anon_v_ipv6, 0, NULL, 1, ':', anon_g_ipv6},
    /* Strong shapes (international prefix, area code in parentheses) stand alone; plain
     * separated groups must not be an address ("Apt. 712 21 36", "3536 1659 Hoog St"), so they
     * may not follow a unit word nor precede a capitalised street name; bare 10-11 digit runs
     * (ids, SKUs, INT_MAX) need a phone word before them or a phone label after them. */
    {"PHONE",
     NUM_START "(?<!\\d[ .\\-])"
               "(?:(?:\\+|00(?=[1-9]))[ ]?\\d{1,3}(?:[ .\\-]?\\(0\\))?"
               "(?:[ .\\-]?(?:\\(\\d{1,5}\\)|\\d{1,5})){1,6}"
               "|\\(\\d{1,5}\\)[ .\\-]?\\d{2,5}(?:[ .\\-]?\\d{2,5}){0,3}"
               "|(?<!Apt\\. )(?<!Apt )(?<!Suite )(?<!Unit )(?<!No\\. )(?<!Nr\\. )"
               "\\d{2,6}(?:[ .\\-/]\\d{2,8}){1,5}(?![ ]\\p{Lu}\\p{Ll})"
               /* NANP with its trunk 1, and national numbers with their trunk 0 */
               "|1[ .\\-]\\d{3}[ .\\-]\\d{3}[ .\\-]\\d{4}|0[1-9]\\d{8,9}"
               /* bare digits after a phone word, or before a phone label */
               "|(?=\\d{10,11}(?!\\d))(?:(?<=" PHONE_WORDS PHONE_IS "(?!))"
               "|(?:^|(?<=[\\s:,=\\\\(]))"
               "(?=\\d{10,11}[\\s\\-(]{0,3}(?i:fax|office|mobile|cell|home|work|phone|tel)))"
               "\\d{10,11})"
               "(?:[ ]?(?:x|ext\\.?|extension)[ ]?\\d{1,6})?" NUM_END,
     anon_v_phone, 0, NULL, 7, 0, anon_g_phone},
};

static const anon_detector_def_t us_defs[] = {
    {"US_SSN", NUM_START "\\d{3}-\\d{2}-\\d{4}" NUM_END, anon_v_us_ssn, ANON_DF_CHECKSUM, NULL, 9,
     0, anon_g_us_ssn},
    {"US_ITIN", NUM_START "9\\d{2}-\\d{2}-\\d{4}" NUM_END, anon_v_us_itin, ANON_DF_CHECKSUM, NULL,
     9, 0, anon_g_us_itin},
};

const anon_pack_t anon_pack_global = {"GLOBAL", global_defs,
                                      sizeof global_defs / sizeof global_defs[0]};
const anon_pack_t anon_pack_us = {"US", us_defs, sizeof us_defs / sizeof us_defs[0]};
