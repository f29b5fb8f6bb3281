/* detectors_names.c: the NAMES pack: people, street addresses and dates of birth.
 *
 * PERSON and STREET_ADDRESS are found by the scanner in names.c (ANON_DF_SCANNER: no pattern);
 * DATE_OF_BIRTH is a pattern anchored at a birth word ("born", "DOB", "geboren", "née",
 * "fecha de nacimiento", "geboortedatum", "data di nascita"): a date is PII only when such a word
 * comes shortly before it, so other dates are left alone.
 */
#include "anonymize/anon_internal.h"

#define MON_EN                                                                                     \
    "jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"                \
    "sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?"
#define MON_DE "januar|jänner|februar|märz|mai|juni|juli|oktober|dezember"
#define MON_FR                                                                                     \
    "janvier|février|fevrier|mars|avril|juin|juillet|août|aout|septembre|octobre|"               \
    "novembre|décembre|decembre"
#define MON_NL "januari|februari|maart|mei|augustus"
#define MON_ES                                                                                     \
    "enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|"              \
    "noviembre|diciembre"
#define MON_IT "gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre"
#define MON "(?:" MON_DE "|" MON_FR "|" MON_NL "|" MON_ES "|" MON_IT "|" MON_EN ")\\.?"
#define DAY "(?:[12]\\d|3[01]|0?[1-9])"
#define MONTH_N "(?:1[0-2]|0?[1-9])"
#define YEAR "(?:1[89]\\d\\d|20\\d\\d)"
#define DATE                                                                                       \
    "(?:" YEAR "-" MONTH_N "-" DAY "|" YEAR "/" MONTH_N "/" DAY "|" DAY "[./-]" DAY "[./-]"        \
    "(?:" YEAR "|\\d\\d)|" MON "\\s+" DAY "(?:st|nd|rd|th)?,?\\s+" YEAR "|" DAY                    \
    "(?:st|nd|rd|th|\\.|º|er)?\\s+(?:de\\s+|of\\s+)?" MON ",?\\s+(?:de\\s+)?" YEAR ")"
#define BIRTH                                                                                      \
    "(?:born|birth(?:day|date)?|dob|d\\.o\\.b\\.?|b-?day|geboren|geburtsdatum|geburtstag|geb\\.|"  \
    "née|né|naissance|nacimiento|nacid[oa]|geboortedatum|nascita|nat[oa])"

static const char *const birth_words[] = {
    "born",     "birth",   "dob",  "d.o.b",     "bday",       "b-day",
    "geboren",  "geburts", "geb.", "naissance", "nacimiento", "nacid",
    "geboorte", "nascita", NULL};

static const anon_detector_def_t names_defs[] = {
    {"PERSON", NULL, NULL, ANON_DF_SCANNER, NULL, 0, 0, NULL},
    {"STREET_ADDRESS", NULL, NULL, ANON_DF_SCANNER, NULL, 0, 0, NULL},
    {"DATE_OF_BIRTH",
     "(?i)(?<![\\p{L}])" BIRTH "(?![\\p{L}])[^\\n\\d]{0,32}?(?<v>" DATE ")(?![\\d\\p{L}])", NULL,
     ANON_DF_NOCASE, birth_words, 0, 0, NULL},
};

const anon_pack_t anon_pack_people = {"NAMES", names_defs,
                                      sizeof names_defs / sizeof names_defs[0]};
