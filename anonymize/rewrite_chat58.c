/* rewrite_chat58.c: the sender members of chat-app exports pasted as JSON (branch chat58).
 *
 * Telegram's result.json ({"from": "anna", "from_id": "user1", "text": ...}), Slack's channel
 * export ({"text": ..., "user_name": "anna.k"}) and the like name a message's sender under keys
 * that name other things elsewhere ("from" a currency, a date or a mailbox; "username" a
 * database login). Beside the message's own text member ("text", "content", "message", "body")
 * they name its sender: the value is read as a person's name (capitalised, or lower case when
 * it is a lexicon name or has a name's shape; names_chat58.c). A value with a digit or '@' is
 * left to the text's own rules (a phone as sender, a mailbox). A sender or "displayName" whose
 * object then names a bot ("bot_id", "applicationIdentityType") is no person: left as it is.
 */
#include "anonymize/anon_internal.h"
#include "anonymize/json_rewrite.h"
#include "anonymize/names_chat58.h"

#include <string.h>

/* Is k[0 .. n) (raw) a sender's key of a chat export: "from", "actor", "sender", "author",
 * "username"/"user_name", "from_name", "author_name", "nickname"? */
static int sender_key(const uint8_t *k, size_t n)
{
    static const char *const keys[] = {"from",     "actor",    "sender",     "author",
                                       "username", "fromname", "authorname", "nickname"};
    char f[16];
    size_t m = 0;
    switch (k[0] | 0x20) { /* most keys ("role", "content", "type") stop here */
    case 'f':
    case 'a':
    case 's':
    case 'u':
    case 'n':
        break;
    default:
        return 0;
    }
    for (size_t i = 0; i < n; i++) {
        uint8_t c = k[i];
        if (c == '_' || c == '-')
            continue;
        f[m++] = (char)(c >= 'A' && c <= 'Z' ? c | 32 : c);
    }
    for (size_t i = 0; i < sizeof keys / sizeof keys[0]; i++)
        if (strlen(keys[i]) == m && memcmp(keys[i], f, m) == 0)
            return 1;
    return 0;
}

/* Is "key" followed by ':' written in in[lo .. hi)? */
static int member_near(const uint8_t *in, size_t lo, size_t hi, const char *key)
{
    size_t n = strlen(key);
    for (size_t i = lo; i + n + 3 <= hi;) {
        const uint8_t *p = memmem(in + i, hi - i, key, n);
        if (!p)
            return 0;
        size_t k = (size_t)(p - in) + n;
        while (k < hi && (in[k] == ' ' || in[k] == '\t' || in[k] == '\n' || in[k] == '\r'))
            k++;
        if (k < hi && in[k] == ':')
            return 1;
        i = (size_t)(p - in) + 1;
    }
    return 0;
}

/* Does the object holding the member that ends at in[at] name a bot after it, before it closes:
 * a "bot_id" member (Slack), "applicationIdentityType" (Teams/Graph), a "bot_message" value? */
static int bot_after(const uint8_t *in, size_t len, size_t at)
{
    int depth = 0;
    const uint8_t *p = in + at + 1, *end = in + (len - at > 2048 ? at + 2048 : len);
    while (p < end) {
        if (*p == '"') {
            const uint8_t *q = anon_json_skip(p, end);
            if (!q)
                return 0;
            size_t n = (size_t)(q - p);
            if (depth == 0 && ((n == 8 && memcmp(p, "\"bot_id\"", 8) == 0) ||
                               (n == 25 && memcmp(p, "\"applicationIdentityType\"", 25) == 0) ||
                               (n == 13 && memcmp(p, "\"bot_message\"", 13) == 0)))
                return 1;
            p = q;
            continue;
        }
        if (*p == '{' || *p == '[')
            depth++;
        else if ((*p == '}' || *p == ']') && --depth < 0)
            return 0;
        p++;
    }
    return 0;
}

int anon_chat58_sender(const anon_json_path_t *path, const anon_json_seg_t *last, const char *v,
                       size_t vn)
{
    if (!last->key || last->key_len < 4 || last->key_len > 12 || vn < 2 || vn > 40 || !path->in)
        return 0;
    int sender = sender_key(last->key, last->key_len);
    if (!sender && !(last->key_len == 11 && memcmp(last->key, "displayName", 11) == 0))
        return 0;
    if (bot_after(path->in, path->in_len, path->str_end))
        return -1; /* {"username": "Polly", "bot_id": ...} */
    if (!sender)
        return 0;
    for (size_t i = 0; i < vn; i++)
        if ((v[i] >= '0' && v[i] <= '9') || v[i] == '@' || v[i] == '<')
            return 0;
    size_t lo, hi; /* the object that holds the member */
    if (!nw_chat58_object(path->in, path->in_len, path->str_end, &lo, &hi))
        return 0;
    static const char *const text[] = {"\"text\"", "\"content\"", "\"message\"", "\"body\""};
    for (size_t i = 0; i < sizeof text / sizeof text[0]; i++)
        if (member_near(path->in, lo, hi, text[i]))
            return 1;
    return 0;
}
