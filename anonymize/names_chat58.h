/* names_chat58.h: private to the names scanner (names_chat58.c, names_scan.c). */
#ifndef HUSH_NAMES_CHAT58_H
#define HUSH_NAMES_CHAT58_H

#include <stddef.h>
#include <stdint.h>

struct sc;

/* A chat export's time stamp opening t[k .. e): "[12/03/2024, 18:21:05]", "12.03.24, 18:21",
 * "[12-Mar-24 06:21 PM]", "Mar 12, 2024  6:21:05 PM", "2024-03-12 18:21:05", "[18:21]"; its
 * end, or 0. */
size_t nw_chat58_stamp(const uint8_t *t, size_t k, size_t e);
/* The senders of a chat export pasted as text, when three lines or more open with a stamp and a
 * sender (or a stamp alone, the sender on the next line): each that may be a person is
 * reported. 0 or the first negative emit. Asked after nw_chat58_senders_may() said 1, from the
 * line it named (ln0 its number, ls0 its start). */
int nw_chat58_senders(struct sc *s, size_t ln0, size_t ls0);
/* The test before nw_chat58_senders() (0: it would report nothing): three lines at least open the
 * way a stamp or Signal's "From:" opens (each stamped line with a sender, or the stamp alone before
 * its sender's line, is one of them), or a DiscordChatExporter CSV's header opens one (its rows
 * need no stamp); the first such line's number in *ln0 and its start in *ls0 (the lines before
 * it hold no sender). One walk of s's line table, a few bytes a line (branch cost59). */
int nw_chat58_senders_may(const struct sc *s, size_t *ln0, size_t *ls0);
/* Emit-chain link (arg: a struct nw_link): drops a one-word PERSON finding that names a bot or
 * a network service ("ChanServ", "coffeebot", "Carl-bot"), an ask's question word ("Chi ha"),
 * a quoted value whose object names a bot. */
int nw_chat58_emit(void *arg, int kind, size_t a, size_t e);
/* The chain's last link: a STREET_ADDRESS finding that the other links left opening inside a
 * time stamp is cut to the message after the sender ("33] sofie: adr norregade 155"), or dropped
 * when no number follows ("21] elsie: hey bestie"). */
int nw_chat58_tail_emit(void *arg, int kind, size_t a, size_t e);

/* Under a person's key ("fullName", a chat export's sender): one to three lower-case words
 * (joined by ' ', '.' or '_': "lucia", "wenwen.melbranley"), each a lexicon name or of a name's
 * shape, none an ordinary, chat, role or bot word ("admin", "default")? */
int nw_chat58_lower_value(const struct sc *s, size_t a, size_t b);

/* names_tables2_fields.c's JSON reader, at the ':' t[e] after a quoted key: when the key is a
 * chat export's sender's ("from", "user_name", "sender_name") beside a message's text member,
 * in an object that names no bot, and the quoted value may be a person's ("anna", "Anna K"):
 * the value's start (its end in *vb), else 0. */
size_t nw_chat58_text_sender(const struct sc *s, size_t e, size_t *vb);

/* The JSON object around t[at] (its key's opening quote): *lo after its '{', *hi at its '}',
 * braces counted (none inside its strings), 1 KiB each way at most; 0 when there is none. */
int nw_chat58_object(const uint8_t *t, size_t len, size_t at, size_t *lo, size_t *hi);

#endif
