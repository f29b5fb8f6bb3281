/* names_typed63.h: private to the names scanner (names_typed63.c, names_chat.c). */
#ifndef HUSH_NAMES_TYPED63_H
#define HUSH_NAMES_TYPED63_H

#include <stddef.h>
#include <stdint.h>

/* Is w (folded, NUL-ended) a sender's word that is a given name elsewhere but "me" or "mother" in
 * the language the text t[0 .. len) shows ("mina:" in a Finnish chat, "anne:" in a Turkish one)? */
int nw_typed63_own_sender(const uint8_t *t, size_t len, const char *w);

#endif
