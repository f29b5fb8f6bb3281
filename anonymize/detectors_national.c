/* detectors_national.c: the national packs DE, FR, NL and UK, each an identifier with a check
 * digit or structural rule.
 *
 * These are checksum-validated, so on an overlap they beat unvalidated findings such as PHONE;
 * the patterns accept the common printed groupings, the validators decide.
 */
#include "anonymize/anon_internal.h"

#define NUM_START ANON_NUM_START
#define NUM_END ANON_NUM_END

static const anon_detector_def_t de_defs[] = {
    {"DE_TAX_ID", NUM_START "[1-9]\\d(?:[ ]?\\d{3}){3}" NUM_END, anon_v_de_taxid, ANON_DF_CHECKSUM,
     NULL, 11, 0},
    {"DE_SVNR", NUM_START "\\d{2}[ ]?\\d{6}[ ]?[A-Za-z][ ]?\\d{3}" NUM_END, anon_v_de_svnr,
     ANON_DF_CHECKSUM, NULL, 11, 0},
};

static const anon_detector_def_t fr_defs[] = {
    {"FR_NIR",
     NUM_START
     "[1-478][ ]?\\d{2}[ ]?\\d{2}[ ]?(?:\\d{2}|2[ABab])[ ]?\\d{3}[ ]?\\d{3}[ ]?\\d{2}" NUM_END,
     anon_v_fr_nir, ANON_DF_CHECKSUM, NULL, 12, 0},
};

static const anon_detector_def_t nl_defs[] = {
    {"NL_BSN",
     NUM_START "(?:\\d{9}|\\d{4}\\.\\d{2}\\.\\d{3}|\\d{3}([ .\\-])\\d{3}\\1\\d{3})" NUM_END,
     anon_v_nl_bsn, ANON_DF_CHECKSUM, NULL, 9, 0},
};

static const anon_detector_def_t uk_defs[] = {
    {"UK_NINO",
     "(?<![\\w\\-])[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z][ ]?\\d{2}[ ]?\\d{2}[ ]?\\d{2}[ ]?[A-D]"
     "(?![\\w\\-])",
     anon_v_uk_nino, 0, NULL, 6, 0},
    {"UK_NHS", NUM_START "\\d{3}([ \\-]?)\\d{3}\\1\\d{4}" NUM_END, anon_v_uk_nhs, ANON_DF_CHECKSUM,
     NULL, 10, 0},
};

const anon_pack_t anon_pack_de = {"DE", de_defs, sizeof de_defs / sizeof de_defs[0]};
const anon_pack_t anon_pack_fr = {"FR", fr_defs, sizeof fr_defs / sizeof fr_defs[0]};
const anon_pack_t anon_pack_nl = {"NL", nl_defs, sizeof nl_defs / sizeof nl_defs[0]};
const anon_pack_t anon_pack_uk = {"UK", uk_defs, sizeof uk_defs / sizeof uk_defs[0]};
