/* names_ask57.h: private to the names scanner (names_ask57.c, names_chat.c, names_scan.c). */
#ifndef HUSH_NAMES_ASK57_H
#define HUSH_NAMES_ASK57_H

#include <stddef.h>
#include <stdint.h>

/* Is w (folded, NUL-ended) a word a chat's sender is named by when it is no person: a role, a
 * kin word or "me" in one of 17 languages as typed ("landlord", "mamka", "ich", "huisbaas")? */
int nw_ask57_role_sender(const char *w);

/* Is p[0 .. n) (lower-case ASCII) a word of address typed after a greeting ("bestie", "digga",
 * "mordo", "kanka")? */
int nw_ask57_address(const uint8_t *p, size_t n);
/* names_chat.c: is w (folded) a bot's, a role's or a channel's word, or one of the roles above? */
int nw_chat_role_word(const char *w);

/* The senders of a chat typed in lower case, line by line: how many lines open with "word: ", the
 * first two different words, whether one came again, whether one is no role ("agent:", "mum:"). */
struct nw_ask57_senders {
    size_t lines, at[2], len[2];
    int n, repeat, person; /* person: a sender that is no role ("agent:", "mum:") */
};
/* Reads line t[ls, le) (opened by a lower-case letter) into st. */
void nw_ask57_sender(const uint8_t *t, size_t ls, size_t le, struct nw_ask57_senders *st);
/* Is the text of `lines` lines a chat of senders: two at least, one again, one no role, on half
 * its lines? */
static inline int nw_ask57_sender_chat(const struct nw_ask57_senders *st, size_t lines)
{
    return st->n == 2 && st->repeat && st->person && 2 * st->lines >= lines;
}

#endif
