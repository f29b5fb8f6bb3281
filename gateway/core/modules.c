/* modules: building the other modules' objects (detector engine, intercepted-host list) from the
 * configuration, in one place for the server and the command-line tools alike. */
#include "gateway/core/core.h"

#include "anonymize/anonymize.h"
#include "domains/domains.h"

#include <stdlib.h>

struct anon_engine *gw_make_engine(const gw_live_t *c, char *err, size_t errlen)
{
    anon_custom_detector_t *custom = calloc(c->ncustom_detectors + 1, sizeof(*custom));
    if (!custom) {
        snprintf(err, errlen, "out of memory");
        return NULL;
    }
    for (size_t i = 0; i < c->ncustom_detectors; i++) {
        custom[i].name = c->custom_detectors[i].key;
        custom[i].pattern = c->custom_detectors[i].value;
    }
    anon_config_t ac = {
        .packs = (const char *const *)c->detector_packs.v,
        .npacks = c->detector_packs.n,
        .disabled = (const char *const *)c->disabled_detectors.v,
        .ndisabled = c->disabled_detectors.n,
        .custom = custom,
        .ncustom = c->ncustom_detectors,
    };
    char why[400];
    anon_engine_t *e = anon_engine_new(&ac, why, sizeof(why));
    free(custom);
    if (!e) {
        snprintf(err, errlen, "detectorPacks/disabledDetectors/customDetectors: %s", why);
    }
    return e;
}

struct dom_list *gw_make_domains(const gw_live_t *c, char *err, size_t errlen)
{
    dom_config_t dc = {
        .entries = (const char *const *)c->ai_domains.v,
        .nentries = c->ai_domains.n,
        .replace_defaults = c->ai_domains_replace,
        .passthrough_paths = (const char *const *)c->passthrough_paths.v,
        .npassthrough_paths = c->passthrough_paths.n,
        .passthrough_hosts = (const char *const *)c->passthrough_hosts.v,
        .npassthrough_hosts = c->passthrough_hosts.n,
    };
    return dom_list_new(&dc, err, errlen);
}

/* The management API's runtime list of intercepted hosts (front/manage.c writes it). */
char *gw_runtime_domains_path(const gw_boot_t *c)
{
    char *p = NULL;
    if (asprintf(&p, "%s/domains.json", c->data_dir ? c->data_dir : ".") < 0) {
        return NULL;
    }
    return p;
}

/* The runtime-added entries ("pattern" or "pattern=profile"), or an empty array. */
json_t *gw_runtime_domains_load(const gw_boot_t *c)
{
    char *path = gw_runtime_domains_path(c);
    json_t *j = path ? json_load_file(path, 0, NULL) : NULL;
    free(path);
    if (!json_is_array(j)) {
        json_decref(j);
        return json_array();
    }
    return j;
}
