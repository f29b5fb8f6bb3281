/* validate_internal.h: the byte helpers the validator files (validate*.c) share; private to them.
 *
 * Small and called per byte on the hot path, so they are static inline here rather than calls.
 */
#ifndef HUSH_VALIDATE_INTERNAL_H
#define HUSH_VALIDATE_INTERNAL_H

#include <stddef.h>
#include <string.h>

static inline int is_digit(char c)
{
    return c >= '0' && c <= '9';
}
static inline int is_alpha(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
}
static inline char upper(char c)
{
    return (c >= 'a' && c <= 'z') ? (char)(c - 32) : c;
}

/* Copies the digits of p into d (at most cap); returns how many there were (may exceed cap). */
static inline size_t digits_of(const char *p, size_t n, char *d, size_t cap)
{
    size_t k = 0;
    for (size_t i = 0; i < n; i++) {
        if (is_digit(p[i])) {
            if (k < cap)
                d[k] = p[i];
            k++;
        }
    }
    return k;
}

static inline int all_same(const char *d, size_t n)
{
    for (size_t i = 1; i < n; i++)
        if (d[i] != d[0])
            return 0;
    return 1;
}

static inline int lower_eq(const char *p, size_t n, const char *word)
{
    size_t k = strlen(word);
    if (n != k)
        return 0;
    for (size_t i = 0; i < n; i++)
        if ((p[i] >= 'A' && p[i] <= 'Z' ? p[i] + 32 : p[i]) != word[i])
            return 0;
    return 1;
}

static inline int in_list(const char *p, size_t n, const char *const *list)
{
    for (; *list; list++)
        if (lower_eq(p, n, *list))
            return 1;
    return 0;
}

/* Length of the word ending at text[e) (letters, digits, '-', '_'); its start into *ws. */
static inline size_t word_before(const char *text, size_t e, size_t *ws)
{
    size_t b = e;
    while (b > 0 && (is_alpha(text[b - 1]) || is_digit(text[b - 1]) || text[b - 1] == '-' ||
                     text[b - 1] == '_'))
        b--;
    *ws = b;
    return e - b;
}

/* ---- context ----------------------------------------------------------------------------- */
static inline int hexn(const char *p, int n)
{
    for (int i = 0; i < n; i++)
        if (!(is_digit(p[i]) || (p[i] >= 'a' && p[i] <= 'f') || (p[i] >= 'A' && p[i] <= 'F')))
            return 0;
    return 1;
}

/* Is text[s .. e) a run of words of a hex dump (xxd, od, hexdump -C): after an offset or four
 * hex digits, before four more or the two spaces ahead of the ASCII column? */
static inline int in_hex_dump(const char *text, size_t len, size_t s, size_t e)
{
    if (s < 5 || text[s - 1] != ' ')
        return 0;
    if (!hexn(text + s - 5, 4) && !(s >= 10 && text[s - 2] == ':' && hexn(text + s - 10, 8)))
        return 0;
    return e + 1 < len && text[e] == ' ' &&
           (text[e + 1] == ' ' || (e + 5 <= len && hexn(text + e + 1, 4)));
}

#endif
