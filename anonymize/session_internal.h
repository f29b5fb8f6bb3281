/* session_internal.h: the session's struct, shared by the files that make up the session
 * (session.c's token map, session_keys.c's member-key hints, session_scan.c's scanning and
 * carried state); private to them.
 *
 * Everything kept in the struct is wiped whole in anon_session_free (session.c).
 */
#ifndef HUSH_SESSION_INTERNAL_H
#define HUSH_SESSION_INTERNAL_H

#include "anonymize/anon_internal.h"
#include "anonymize/arena.h"
#include "anonymize/names.h"

#include <stddef.h>
#include <stdint.h>

struct entry {
    size_t type, num, len;
    uint64_t hash;
    char *value; /* NUL-terminated copy, in the session's arena */
};

struct typestate {
    size_t next;      /* next number to try */
    size_t count;     /* occurrences replaced */
    size_t *reserved; /* sorted, unique; this and by_num in the session's arena */
    size_t nres, capres;
    size_t *by_num; /* entry indices in issue (= number) order */
    size_t nby, capby;
    int keep;    /* policy "audit": detect and count, leave the value in place */
    size_t kept; /* occurrences found and left in place */
};

struct anon_session {
    const anon_engine_t *e;
    const size_t *tlen; /* the engine's type name lengths */
    char *const *tname; /* ... and names */
    size_t ntypes;
    /* type t's state, or NULL until the type is first used (a value, a reserved number, a
     * policy): ntypes pointers in the session's own allocation, the states in the arena */
    struct typestate **ts;
    /* the values, the entries, the hash table, the type states and their lists: allocated on
     * first use (a request without a value allocates nothing here), wiped and freed whole with
     * the session */
    anon_arena_t arena;
    struct entry *ent;
    size_t nent, capent;
    size_t *ht; /* open addressing over entry index + 1; 0 is empty */
    size_t htcap;
    size_t total;
    uint64_t seed; /* drawn with the first entry (htcap 0 until then): only get_entry hashes */
    /* NAMES pack: the people this request has named (NULL until one is), and PERSON's type */
    anon_names_known_t *known;
    size_t person;
    size_t dob;    /* DATE_OF_BIRTH's type: its values are read again in later strings */
    size_t street; /* STREET_ADDRESS's type: the same (names_turns50.c) */
    /* the question that ended the last string of text (its last line, when it ends with '?'):
     * the next string may answer it with a birth; wiped with the session */
    char asked[160];
    size_t asked_len;
    int asked_kind;      /* what it asks for: ANON_ASK_* (names_turns50.c), or 0 */
    int names;           /* the engine runs a NAMES kind: member keys give it a hint */
    anon_split_t *split; /* a split rewrite's phase (split.c), or NULL */
    const char *lead;    /* the label the text before ended on (anon_session_scan_after) */
    size_t lead_len;
    int exact; /* a member name: every person keeps a token of its own form (scan_key) */
    anon_scan_cache_t *cache; /* scan_cache.c, or NULL */
    uint64_t part[2];         /* the client's partition, hashed */
    size_t cache_hits;        /* strings answered by the cache (tests, benches) */
    anon_deps_index_t *dx;    /* the known set's answers by question (scan_deps.c), or NULL */
    /* the string scan_cut reads now, when cached_find hashed it (s->th, keyed): add_forms
     * looks it up too; NULL otherwise */
    const char *th_text;
    size_t th_len;
    uint64_t th[2];
};

int get_entry(anon_session_t *s, size_t type, const char *v, size_t n, size_t *idx);
/* session_join55.c: values cut into joined code literals or at a block's edge (cut[k] with a
 * one-byte separator) read whole; a finding per piece replaces *f's overlapping ones. */
int anon_join55(anon_session_t *s, const char *text, size_t len, const size_t *cut,
                const uint8_t *sep, size_t ncut, anon_finding_t **f, size_t *nf);
/* Type t's state, made when first asked for; NULL without memory. */
struct typestate *type_state(anon_session_t *s, size_t t);
size_t format_token(const anon_session_t *s, const struct entry *en, char *buf, size_t cap);
int known_init(anon_session_t *s);
int member_hint(const char *k, size_t n);

#endif
