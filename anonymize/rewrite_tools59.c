/* rewrite_tools59.c: rooms, queues, teams and service accounts under person keys of agents' tool
 * results (branch tools59).
 *
 * CRM, helpdesk, calendar and directory APIs put people and things under the same keys: an
 * "assignee" is a person or a queue ("Help Desk", "nicht zugewiesen"), a calendar attendee's
 * "displayName" a person or a room ("Meeting Room Lisbon", "Konferenzraum 2"), a directory user's
 * "displayName" a person or a service account ("Build Agent", "Okta Sync"). A person key's value
 * is read whole as a person (name_shaped()), so those were masked. A value one of whose words
 * names a team, a queue, a room, a service or an unassigned state (15 languages), or whose object
 * says it is a resource ("resource": true, Google Calendar), is read as a thing's name instead
 * (the "pet" member: e-mails, phones and the like in it are still found). Words that are also
 * surnames ("Sales", "Billing", "Sala") are not in the list: a person is never let through.
 */
#include "anonymize/anon_internal.h"
#include "anonymize/json_rewrite.h"
#include "anonymize/names.h"
#include "anonymize/names_chat58.h"

#include <string.h>

/* Words (lower case) that make a person key's value a thing's name. */
static const char *const thing_words[] = {
    /* teams and groups */
    "team", "teams", "\303\251quipe", "equipe", "equipa", "equipo", "echipa", "ekibi", "ekip",
    "tiimi", "zesp\303\263\305\202", "t\303\275m", "csapat", "squad", "group", "gruppe", "groupe",
    "grupo", "gruppo", "groep", "afdeling", "abteilung", "department", "dept",
    /* queues and desks */
    "queue", "desk", "helpdesk", "support", "service", "services", "hizmetleri", "servicio",
    "servizio", "servi\303\247o", "kundenservice", "kundtj\303\244nst", "asiakaspalvelu",
    "\303\274gyf\303\251lszolg\303\241lat", "klantenservice", "reception", "backoffice",
    "escalations", "ops", "operations", "devops", "security", "marketing", "finance", "legal",
    "procurement", "onboarding", "admin", "administrator", "accounting", "buchhaltung",
    "comptabilit\303\251", "contabilidad", "contabilit\303\240", "contabilitate", "vertrieb",
    /* bots and service accounts */
    "bot", "agent", "automation", "automated", "integration", "sync", "system", "daemon",
    /* rooms */
    "room", "rooms", "boardroom", "salle", "huddle", "lounge", "auditorium", "vergaderzaal",
    /* nobody yet */
    "unassigned", "zugewiesen", "attribu\303\251", "toegewezen", "asignar", "assegnato",
    "atribu\303\255do", "nieprzypisane", "tilldelad", "m\303\244\303\244ritetty",
    "nep\305\231i\305\231azeno", "hozz\303\241rendelve", "atanmam\304\261\305\237", "neatribuit"};

/* Is w[0 .. n) (any case) one of the thing words, or a room word's compound ("Konferenzraum",
 * "Showroom")? */
static int thing_word(const char *w, size_t n)
{
    char f[32];
    if (n < 3 || n >= sizeof f)
        return 0;
    for (size_t i = 0; i < n; i++)
        f[i] = (char)(w[i] >= 'A' && w[i] <= 'Z' ? w[i] | 32 : w[i]);
    if (n >= 8 && (memcmp(f + n - 4, "raum", 4) == 0 || memcmp(f + n - 4, "room", 4) == 0))
        return 1;
    for (size_t i = 0; i < sizeof thing_words / sizeof thing_words[0]; i++)
        if (strlen(thing_words[i]) == n && memcmp(thing_words[i], f, n) == 0)
            return 1;
    return 0;
}

/* Does the object around in[at] hold "resource": true? */
static int resource_object(const uint8_t *in, size_t len, size_t at)
{
    size_t lo, hi;
    if (!nw_chat58_object(in, len, at, &lo, &hi))
        return 0;
    for (size_t i = lo; i + 10 < hi; i++) {
        const uint8_t *p = memmem(in + i, hi - i, "\"resource\"", 10);
        if (!p)
            return 0;
        size_t k = (size_t)(p - in) + 10;
        while (k < hi && (in[k] == ' ' || in[k] == ':' || in[k] == '\n' || in[k] == '\t'))
            k++;
        if (k + 4 <= hi && memcmp(in + k, "true", 4) == 0)
            return 1;
        i = (size_t)(p - in);
    }
    return 0;
}

int anon_tools59_thing(const anon_json_path_t *path, const anon_json_seg_t *last, const char *v,
                       size_t vn)
{
    if (!last->key || last->key_len < 4 || last->key_len > 24 || vn < 3 || vn > 48 ||
        (!(v[0] >= 'A' && v[0] <= 'Z') && !memchr(v, ' ', vn)))
        return 0; /* "user", "text", "gpt-4o": no name of a thing */
    int h = anon_member_hint((const char *)last->key, last->key_len);
    if (h != ANON_NAMES_HINT_PERSON && h != ANON_NAMES_HINT_NAME)
        return 0;
    if (path->in && resource_object(path->in, path->in_len, path->str_end))
        return 1; /* a room or a resource in its own attendee entry */
    int thing = 0, words = 0;
    for (size_t i = 0; i < vn;) {
        if (v[i] == ',' || v[i] == '(' || v[i] == '<' || v[i] == '@')
            return 0; /* "Anna Keller, Support", "Anna (Team Lead)": a person beside the thing */
        if (v[i] == ' ' || v[i] == '-' || v[i] == '_' || v[i] == '/' || v[i] == '.') {
            i++;
            continue;
        }
        size_t a = i;
        while (i < vn && v[i] != ' ' && v[i] != '-' && v[i] != '_' && v[i] != '/' && v[i] != '.' &&
               v[i] != ',' && v[i] != '(')
            i++;
        words++;
        if (thing_word(v + a, i - a))
            thing = 1;
        else if (anon_names_lexicon(v + a, i - a) & (ANON_NL_GIVEN | ANON_NL_ATTESTED))
            return 0; /* "Anna Support": a given name is kept a person's */
    }
    if (words > 4)
        return 0;
    return thing;
}
