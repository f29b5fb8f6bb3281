/* names_sms57.h: private to the names scanner (names_sms57.c, names_scan.c). */
#ifndef HUSH_NAMES_SMS57_H
#define HUSH_NAMES_SMS57_H

struct sc;
/* People and births in a thread of texts typed in lower case: names after the shorthand of 17
 * languages ("sry anna here", "powiedz anna ze", "bisous anna") and dates after birthday words
 * ("bday 3.4.88", "fyller år 12/6/92"); emitted as PERSON and DATE_OF_BIRTH. */
int nw_sms57(struct sc *s);

#endif
