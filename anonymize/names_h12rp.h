/* names_h12rp.h: private to anonymize/. names_h12rp.c's pass, in a header of its own so that
 * names_internal.h (which every names_*.c includes) need not change for one declaration. */
#ifndef HUSH_ANON_NAMES_H12RP_H
#define HUSH_ANON_NAMES_H12RP_H

struct sc;
/* A name before the mailbox that spells it ("ana ruiz <ana.ruiz@x>") and lists of people with
 * affiliation marks ("Ana Ruiz1,2*, Tom Hale^3"); 0 or the first negative emit. */
int nw_h12rp_names(struct sc *s);

#endif
