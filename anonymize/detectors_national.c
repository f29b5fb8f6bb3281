/* detectors_national.c: the national packs DE, FR, NL and UK, each an identifier with a check
 * digit or structural rule.
 *
 * These are checksum-validated, so on an overlap they beat unvalidated findings such as PHONE;
 * the patterns accept the common printed groupings, the validators decide. Each pattern has a
 * gate in gate.c that must stay a superset of it: change both together and run bench_gates.
 */
#include "anonymize/anon_internal.h"

#define NUM_START ANON_NUM_START
#define NUM_END ANON_NUM_END

static const anon_detector_def_t de_defs[] = {
    {"DE_TAX_ID", NUM_START "[1-9]\\d(?:[ ]?\\d{3}){3}" NUM_END, anon_v_de_taxid, ANON_DF_CHECKSUM,
     NULL, 11, 0, anon_g_de_taxid},
    {"DE_SVNR", NUM_START "\\d{2}[ ]?\\d{6}[ ]?[A-Za-z][ ]?\\d{3}" NUM_END, anon_v_de_svnr,
     ANON_DF_CHECKSUM, NULL, 11, 0, anon_g_de_svnr},
};

static const anon_detector_def_t fr_defs[] = {
    {"FR_NIR",
     NUM_START
     "[1-478][ ]?\\d{2}[ ]?\\d{2}[ ]?(?:\\d{2}|2[ABab])[ ]?\\d{3}[ ]?\\d{3}[ ]?\\d{2}" NUM_END,
     anon_v_fr_nir, ANON_DF_CHECKSUM, NULL, 12, 0, anon_g_fr_nir},
};

/* One in eleven 9-digit numbers passes the BSN check (sizes, pids, ids), so a bare run needs
 * its name before it; the grouped forms stand alone. Lookbehind branches have fixed lengths. */
#define BSN_W(x) "(?i:" x ")[ :#]|(?i:" x "): |(?i:" x ") is |(?i:" x "): nr\\. |"
#define BSN_WORDS BSN_W("bsn") BSN_W("burgerservicenummer") BSN_W("sofinummer") BSN_W("sofi-nummer")

static const anon_detector_def_t nl_defs[] = {
    {"NL_BSN",
     NUM_START "(?:(?=\\d{9}(?!\\d))(?<=" BSN_WORDS
               "(?!))\\d{9}|\\d{4}\\.\\d{2}\\.\\d{3}|\\d{3}([ .\\-])\\d{3}\\1\\d{3})" NUM_END,
     anon_v_nl_bsn, ANON_DF_CHECKSUM, NULL, 9, 0, anon_g_nl_bsn},
};

#define NHS_W(x) "(?i:" x ")[ :#]|(?i:" x "): |(?i:" x ") is |"
#define NHS_WORDS                                                                                  \
    NHS_W("nhs")                                                                                   \
    NHS_W("nhs number") NHS_W("nhs no") NHS_W("nhs no\\.") NHS_W("chi") NHS_W("chi number")

static const anon_detector_def_t uk_defs[] = {
    {"UK_NINO",
     "(?<![\\w\\-])[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z][ ]?\\d{2}[ ]?\\d{2}[ ]?\\d{2}[ ]?[A-D]"
     "(?![\\w\\-])",
     anon_v_uk_nino, 0, NULL, 6, 0, anon_g_uk_nino},
    /* grouped 3-3-4 stands alone; a bare 10-digit run (epoch seconds, ids) needs its name */
    {"UK_NHS",
     NUM_START "(?:\\d{3}([ \\-])\\d{3}\\1\\d{4}|(?=\\d{10}(?!\\d))(?<=" NHS_WORDS
               "(?!))\\d{10})" NUM_END,
     anon_v_uk_nhs, ANON_DF_CHECKSUM, NULL, 10, 0, anon_g_uk_nhs},
};

const anon_pack_t anon_pack_de = {"DE", de_defs, sizeof de_defs / sizeof de_defs[0]};
const anon_pack_t anon_pack_fr = {"FR", fr_defs, sizeof fr_defs / sizeof fr_defs[0]};
const anon_pack_t anon_pack_nl = {"NL", nl_defs, sizeof nl_defs / sizeof nl_defs[0]};
const anon_pack_t anon_pack_uk = {"UK", uk_defs, sizeof uk_defs / sizeof uk_defs[0]};
