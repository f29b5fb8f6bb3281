/* restore_session.c: anon_restorer_new, the restorer over a session's token map.
 *
 * Kept apart from restore.c so the restoring core links (and is tested) without the session.
 */
#include "anonymize/restore.h"

static const char *session_lookup(void *arg, const char *token, size_t len, size_t *value_len)
{
    return anon_session_lookup(arg, token, len, value_len);
}

anon_restorer_t *anon_restorer_new(const anon_session_t *s, anon_resp_kind_t kind,
                                   anon_profile_t profile)
{
    if (!s)
        return NULL;
    anon_lookup_t lk = {.fn = session_lookup, .arg = (void *)s};
    return anon_restorer_new_lookup(&lk, kind, profile);
}
