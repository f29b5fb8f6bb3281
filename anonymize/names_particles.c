/* names_particles.c: a surname's particles belong to its span (branch particles, issue 15).
 * "Mr. van Dijk called", "Herr von Weizsäcker", "Sra. de la Cruz", "J. van der Berg",
 * "Patient: van der Berg, Johannes": the rules of the pack find the capitalised word and the
 * particles before it are left out, so the token stands for "Dijk" and a later "Jan van Dijk" is
 * another string. Every corpus here, and every user, counts the particle as part of the surname.
 *
 * The rule sits on the emit path (nw_particles_emit()), as names_dobfam.c's does, so every
 * PERSON rule of the pack is corrected the same way and none of them needs to know it. A PERSON
 * finding is moved back over at most three lower-case particle words right before it when the
 * word before those is a title ("Dhr.", "Sra."), an initial ("K."), a label's colon, or a line
 * start or a list's separator: the places where a preposition cannot stand between the two.
 * After a line start, a separator or a greeting, a word the lexicon knows as a given name keeps
 * its span ("Grüße,\nvon Anna", "Saluti da Marco"): there the particle is a preposition.
 * The test costs a few byte compares per PERSON finding and nothing on text without one.
 */
#include "anonymize/names_internal.h"

#include <stdint.h>
#include <string.h>

/* Lower-case particles of surnames in the pack's languages, and the Arabic and Welsh ones
 * written in Latin letters ("bin", "ibn", "bint", "ap"), by length and packed end to end: this
 * is asked of the word before every capitalised word of prose, so it is a few compares, not a
 * list of strings. Longer than nw_particle()'s list: its words also join runs, these only move
 * the start of a person already found. No "y", "e", "te", "zum": those are "and" and "to" far
 * more often than a surname's first word. "t" is only ever "'t" ("van 't Hof"). */
/* The word w[0 .. n) is a particle ("t" only after its apostrophe: the caller's). Its first
 * four bytes as one number and a switch on it: this is asked of the word before many
 * capitalised words of prose ("the", "and", "with"), so it must cost a few compares. */
#define K(a, b, c, d)                                                                              \
    ((uint32_t)(a) | (uint32_t)(b) << 8 | (uint32_t)(c) << 16 | (uint32_t)(d) << 24)
static int is_part(const uint8_t *w, size_t n)
{
    if (n < 2 || n > 5)
        return n == 1 && w[0] == 't';
    uint32_t key = (uint32_t)w[0] | (uint32_t)w[1] << 8;
    if (n > 2)
        key |= (uint32_t)w[2] << 16;
    if (n > 3)
        key |= (uint32_t)w[3] << 24;
    if (n == 5) /* "dalla", "della", "delle", "dello", "degli" */
        return (key == K('d', 'a', 'l', 'l') && w[4] == 'a') ||
               (key == K('d', 'e', 'l', 'l') && (w[4] == 'a' || w[4] == 'e' || w[4] == 'o')) ||
               (key == K('d', 'e', 'g', 'l') && w[4] == 'i');
    switch (key) {
    case K('a', 'l', 0, 0):
    case K('a', 'p', 0, 0):
    case K('d', 'a', 0, 0):
    case K('d', 'e', 0, 0):
    case K('d', 'i', 0, 0):
    case K('d', 'o', 0, 0):
    case K('d', 'u', 0, 0):
    case K('e', 'l', 0, 0):
    case K('l', 'a', 0, 0):
    case K('l', 'e', 0, 0):
    case K('o', 'p', 0, 0):
    case K('z', 'u', 0, 0):
    case K('b', 'i', 'n', 0):
    case K('d', 'a', 'l', 0):
    case K('d', 'a', 's', 0):
    case K('d', 'e', 'i', 0):
    case K('d', 'e', 'l', 0):
    case K('d', 'e', 'm', 0):
    case K('d', 'e', 'n', 0):
    case K('d', 'e', 'r', 0):
    case K('d', 'e', 's', 0):
    case K('d', 'o', 's', 0):
    case K('i', 'b', 'n', 0):
    case K('l', 'a', 's', 0):
    case K('l', 'o', 's', 0):
    case K('t', 'e', 'n', 0):
    case K('t', 'e', 'r', 0):
    case K('v', 'a', 'n', 0):
    case K('v', 'o', 'm', 0):
    case K('v', 'o', 'n', 0):
    case K('b', 'i', 'n', 't'):
        return 1;
    default:
        return 0;
    }
}
#undef K

/* The lower-case particle word that ends right before i (t[i - 1] is its last byte), with the
 * apostrophe of "van 't" or "d'" in it: its start, or i when there is none. */
static size_t part_before(const uint8_t *t, size_t i)
{
    size_t a = i;
    while (a > 0 && i - a < 6 && ((t[a - 1] >= 'a' && t[a - 1] <= 'z') || t[a - 1] == '\''))
        a--; /* at most "'t" or a word of five letters and one more byte, which rejects it */
    if (a == i || (a > 0 && (is_alnum(t[a - 1]) || t[a - 1] >= 0x80)))
        return i;
    size_t b = a, e = i;
    if (t[b] == '\'') /* "'t" */
        b++;
    if (b >= e || !is_part(t + b, e - b) || ((b > a) != (e - b == 1 && t[b] == 't')))
        return i; /* "t" only as "'t", and no other word with an apostrophe */
    return a;
}

/* Where the person that starts at a really starts: before its particles, or a itself. */
static size_t particles_start(const struct sc *s, size_t a, size_t floor)
{
    const uint8_t *t = s->t;
    size_t i = a, start = a;
    if (a >= 2 && t[a - 1] == '\'' && (t[a - 2] == 'd' || t[a - 2] == 'D')) {
        if (a >= 3 && (is_alnum(t[a - 3]) || t[a - 3] >= 0x80))
            return a; /* "Ud'X": the elision must be a word of its own */
        start = a - 2;
    } else if (a >= 4 && t[a - 1] == '-' && t[a - 4] == ' ' && nw_particles_arabic(s, a - 3)) {
        start = a - 3; /* "Mr. al-Rashid": the article is the surname's */
    } else if (a >= 3 && t[a - 1] == ' ' && t[a - 2] >= 'a' && t[a - 2] <= 'z') {
        for (int k = 0; k < 3 && i > 1 && t[i - 1] == ' '; k++) {
            size_t p = part_before(t, i - 1);
            if (p == i - 1)
                break;
            start = i = p;
        }
    }
    if (start == a || (floor <= a && floor > start))
        return a; /* the finding before ends among the particles */
    /* the word before the particles */
    size_t e = start;
    while (e > 0 && (t[e - 1] == ' ' || t[e - 1] == '\t'))
        e--;
    int given_ok = 0; /* only a title, an initial or a label's colon takes a given name after */
    if (e == 0 || t[e - 1] == '\n' || t[e - 1] == ',' || t[e - 1] == ';' || t[e - 1] == '|' ||
        t[e - 1] == '(' || t[e - 1] == '"' || (e >= 3 && t[e - 1] == 0x94 && t[e - 2] == 0x80))
        given_ok = 0; /* a line start, a list, a cell, a dash ("— K. de Vries" is the initial) */
    else if (t[e - 1] == ':')
        given_ok = 0; /* "Betreff: von Anna" */
    else if (t[e - 1] == '.' && e >= 2 && is_up(t[e - 2]) && (e < 3 || !is_alnum(t[e - 3])))
        given_ok = 1; /* "J. van der Berg", and "M. de X" */
    else {
        size_t b = e;
        while (b > 0 && e - b < 16 && t[b - 1] != ' ' && t[b - 1] != '\n' && t[b - 1] != '\t')
            b--;
        char buf[24];
        size_t we = e;
        while (we > b && t[we - 1] == '.')
            we--;
        const char *w = nw_fold_span(s, b, we, buf, sizeof buf);
        if (!*w)
            return a;
        if (nw_honorific(w))
            given_ok = 1;
        else if (!nw_salutation(w))
            return a;
    }
    if (!given_ok) {
        struct word w;
        nw_parse_word(s, a, &w);
        int inverted = w.e + 1 < s->len && t[w.e] == ',' && t[w.e + 1] == ' ';
        if (w.shape == SH_NAME && (w.lex & ANON_NL_GIVEN) && (w.lex & ANON_NL_ATTESTED) &&
            !inverted)
            return a; /* "Groeten,\nvan Jan", "Betreff: von Anna": a preposition */
    }
    return start;
}

int nw_particles_word(const uint8_t *w, size_t n)
{
    if (n >= 2 && w[0] == '\'') /* "'t" */
        return n == 2 && w[1] == 't' ? 2 : 0;
    if (n < 2 || !is_part(w, n))
        return 0;
    /* 2 for the words that nw_particle() does not know, whose title strong_may() must look for
     * itself: "dem", "las", "los", "vom", "op", "ap", "bint" */
    switch (n) {
    case 2:
        return (w[0] == 'o' || w[0] == 'a') && w[1] == 'p' ? 2 : 1;
    case 3:
        return (w[0] == 'd' && w[1] == 'e' && w[2] == 'm') || (w[0] == 'l' && w[2] == 's') ||
                       (w[0] == 'v' && w[1] == 'o' && w[2] == 'm')
                   ? 2
                   : 1;
    case 4:
        return 2;
    default:
        return 1;
    }
}

int nw_particles_arabic(const struct sc *s, size_t i)
{
    const uint8_t *t = s->t;
    return i + 3 < s->len && (t[i] == 'a' || t[i] == 'e') && t[i + 1] == 'l' && t[i + 2] == '-' &&
           t[i + 3] >= 'A' && t[i + 3] <= 'Z';
}

int nw_particles_name_word(const char *w)
{
    return strcmp(w, "t") == 0 || nw_particles_word((const uint8_t *)w, strlen(w));
}

size_t nw_particles_lead(const struct sc *s, size_t start)
{
    const uint8_t *t = s->t;
    size_t i = start, lead = start;
    for (int k = 0; k < 3 && i > 2 && t[i - 1] == ' ' && t[i - 2] >= 'a' && t[i - 2] <= 'z'; k++) {
        size_t p = part_before(t, i - 1);
        if (p == i - 1)
            break;
        lead = i = p;
    }
    return lead;
}

size_t nw_particles_list_start(const struct sc *s, size_t start)
{
    if (!s->list_end || start <= s->list_end || start - s->list_end > 24)
        return start;
    size_t lead = nw_particles_lead(s, start);
    return lead > s->list_end ? lead : start;
}

int nw_particles_emit(void *arg, int kind, size_t a, size_t b)
{
    struct nw_particles *p = arg;
    if (kind == ANON_NAMES_PERSON && a < b) {
        if (nw_chat13_title_skip(p->s, &a, b))
            return 0; /* "Dr. rer. nat.": a title's parts, not a person */
        if (nw_chat14_firm(p->s, a, b))
            return 0;                                          /* "JANSEN BOUW B.V.": a firm */
        int rc = nw_roles9_cast(p->s, &a, b, p->emit, p->arg); /* a character: its actor */
        if (rc)
            return rc < 0 ? rc : 0;
        a = particles_start(p->s, a, p->last);
        p->last = b;
        rc = p->emit(p->arg, kind, a, b);
        return rc < 0 ? rc : nw_casual12_pair(p->s, a, b, p->emit, p->arg);
    }
    return p->emit(p->arg, kind, a, b);
}
