/* rewrite_ctx.c: what the strings walked before say about the next one, and what an object's
 * key says about its members.
 *
 * A tool's pages come back one result at a time, and a page may end on a form's label whose value
 * opens the next page: the label that ends one tool result's text is kept and the next tool
 * result's text is read after it (anon_session_scan_after). Which texts are a tool's results is
 * told by the members walked before them ("role": "tool", "type": "tool_result") or by their
 * place (a Responses "output", a Gemini functionResponse's "response"). A member named like a
 * person ("Anna Kovač", "Kovač, Anna") says nothing about its value; the key of the object that
 * holds it does ({"Geburtstage": {...}}). Everything here depends on the input bytes only, in
 * walk order, so split walks make the same calls.
 */
#include "anonymize/anon_internal.h"
#include "anonymize/json_rewrite.h"
#include "anonymize/names.h"

#include <stdint.h>
#include <string.h>

/* Where the object holding the member at path stands: its index and its parent's (depth >= 2). */
static uint64_t place(const anon_json_path_t *path)
{
    uint64_t a = path->depth >= 2 ? path->seg[path->depth - 2].index : 0;
    uint64_t b = path->depth >= 3 ? path->seg[path->depth - 3].index : 0;
    return a << 32 ^ b;
}

/* The text of a tool's result: a Responses function_call_output's "output", the "content" of
 * a Gemini functionResponse's "response", or a "content" beside "role": "tool" (chat
 * completions) or "type": "tool_result" (Anthropic) walked before it in the same object. Only
 * these carry a label on: a tool's pages are one document, a user's message and the answer to
 * it are not ("Name:" | "Das Formular ist leer"). */
int anon_ctx_tool_text(const anon_ctx_t *r, const anon_json_path_t *path, const anon_json_seg_t *k)
{
    if (k->key_len == 6)
        return memcmp(k->key, "output", 6) == 0;
    if (k->key_len != 7 || memcmp(k->key, "content", 7) != 0)
        return 0;
    const anon_json_seg_t *up = path->depth >= 2 ? &path->seg[path->depth - 2] : NULL;
    if (up && up->key_len == 8 && memcmp(up->key, "response", 8) == 0)
        return 1;
    return r->tool_in == path->in && r->tool_depth == path->depth && r->tool_at == place(path);
}

/* A "role" or "type" member's value s: whether its object is a tool's result
 * (anon_ctx_tool_text()). */
void anon_ctx_role(anon_ctx_t *r, const anon_json_path_t *path, const char *s, size_t n)
{
    if ((n == 4 && memcmp(s, "tool", 4) == 0) || (n == 11 && memcmp(s, "tool_result", 11) == 0)) {
        r->tool_in = path->in;
        r->tool_depth = path->depth;
        r->tool_at = place(path);
    } else if (r->tool_in == path->in && r->tool_depth == path->depth) {
        r->tool_in = NULL;
    }
}

/* A form's label that ends a tool result's text s ("...\nGeburtsdatum:", "Patient: "; a line
 * of at most ANON_LEAD_MAX bytes, at most three spaces, no digit) is kept in r for the next tool
 * result's text: pages a tool returned one by one, cut after a label, give the value its label
 * back. */
void anon_ctx_lead(anon_ctx_t *r, const anon_json_path_t *path, const char *s, size_t n)
{
    r->lead_len = 0;
    size_t e = n;
    while (e > 0 && (s[e - 1] == ' ' || s[e - 1] == '\n' || s[e - 1] == '\r' || s[e - 1] == '\t'))
        e--;
    if (e < 3 || s[e - 1] != ':')
        return;
    size_t b = e - 1, spaces = 0;
    while (b > 0 && s[b - 1] != '\n' && e - b <= ANON_LEAD_MAX) {
        char c = s[--b];
        if ((c >= '0' && c <= '9') || (c == ' ' && ++spaces > 3) || c == '"' || c == '.')
            return;
    }
    if (e - b > ANON_LEAD_MAX || e - b < 3 || (b > 0 && s[b - 1] != '\n'))
        return;
    memcpy(r->lead, s + b, e - b);
    r->lead[e - b] = ' ';
    r->lead_len = e - b + 1;
    r->lead_in = path->in;
}

/* Does a member name read like a person's name or handle rather than an identifier ("Anna
 * Kovač", "Kovač, Anna", "j.smith"): a letter first, a space, comma or dot in it, at most 64
 * bytes. Only such names look further (anon_ctx_owner()). */
int anon_ctx_name_like(const uint8_t *k, size_t n)
{
    if (n < 3 || n > 64 || !(((k[0] | 0x20) >= 'a' && (k[0] | 0x20) <= 'z') || k[0] >= 0xC0))
        return 0;
    for (size_t i = 1; i < n; i++)
        if (k[i] == ' ' || k[i] == ',' || k[i] == '.')
            return 1;
    return 0;
}

/* The key of the object that holds the member at path, when it names a field: the object of
 * {"Geburtstage": {"Anna Kovač": "04.03.1987"}} or {"addresses": {"X": "..."}} says what its
 * members' values are when their own keys (people) say nothing; {"reviewers": {"j.smith": 3}}
 * says what its keys are. NULL otherwise. */
const anon_json_seg_t *anon_ctx_owner(const anon_json_path_t *path, int *hint)
{
    const anon_json_seg_t *o = path->depth >= 2 ? &path->seg[path->depth - 2] : NULL;
    if (!o || o->in_array || !o->key || o->key_len > 40)
        return NULL;
    int h = anon_member_hint((const char *)o->key, o->key_len);
    if (h == ANON_NAMES_HINT_NONE)
        h = anon_names_field_hint((const char *)o->key, o->key_len);
    *hint = h;
    return h == ANON_NAMES_HINT_NONE ? NULL : o;
}
