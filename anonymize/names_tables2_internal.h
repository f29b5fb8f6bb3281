/* names_tables2_internal.h: what names_tables2.c (field names and values) and
 * names_tables2_fields.c (where fields are: setters, YAML, key=value, XML, SQL, tables) share,
 * private to the two. */
#ifndef HUSH_NAMES_TABLES2_INTERNAL_H
#define HUSH_NAMES_TABLES2_INTERNAL_H

#include "anonymize/names_internal.h"

#include <stddef.h>
#include <stdint.h>

/* F_WEAK: may name a thing (`name`); F_FULL: a full name's field, F_PERSON: a given name's or a
 * surname's (a lone word, a common word); F_ADDR, F_DOB: can only be a person's. */
enum {
    F_NONE,
    F_WEAK,
    F_FULL,
    F_PERSON,
    F_ADDR,
    F_DOB,
    F_KV8,
    F_STREET,
    F_APART,
    F_CHECKED
}; /* F_KV8: names_kv8_words.c's keys; F_STREET: a street's name or line ("street"), F_APART: a
    * house number or a postcode ("houseNumber", "zip"); F_CHECKED: a person its reader has
    * judged already (SEPA's <Nm>, names_leaks45.c) */
enum { MAXF = 128, MAXC = 24 };

/* A field's value found, kept until the text's fields are all known (a weak field counts only
 * beside a value of another kind). */
struct fval {
    size_t a, b;
    int kind;
};

int kind_of_run(const struct sc *s, size_t a, size_t b);
int kind_of(const struct sc *s, size_t a, size_t b);
int value_kind(const struct sc *s, const struct fval *v);

static inline void trim(const uint8_t *t, size_t *a, size_t *b)
{
    while (*a < *b && (t[*a] == ' ' || t[*a] == '\t'))
        ++*a;
    while (*b > *a && (t[*b - 1] == ' ' || t[*b - 1] == '\t' || t[*b - 1] == '\r'))
        --*b;
}

#endif
