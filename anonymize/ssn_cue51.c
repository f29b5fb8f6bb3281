/* ssn_cue51.c: an SSN split into a 3-2-4 array ("[\"536\",\"22\",\"8451\"]", "[536, 22, 8451]")
 * whose name stands a few words back ("The social security number on the W-2 scan came back
 * from OCR as [...]", "SSN field (payroll import) was split into [...]"). A 3-2-4 array alone
 * is page/line/year or three counters, so the cue is required: one of the SSN's names at a
 * word boundary within the 96 bytes before the array's '[', in its sentence and on its line, with
 * no other array between. Only arrays ask:
 * the value's first group must follow '[', '"' or '\' with a '[' before them. */
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "ssn_cue51.h"

#define CUE_BACK 96

static int word_byte(unsigned char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c >= 0x80;
}

static int lower_is(const char *p, const char *w, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)p[i];
        if ((c >= 'A' && c <= 'Z' ? c + 32 : c) != (unsigned char)w[i])
            return 0;
    }
    return 1;
}

/* Where the array that holds the group at text[s] opens, or SIZE_MAX when s opens no array. */
static size_t array_open(const char *text, size_t s)
{
    size_t p = s;
    while (p > 0 && s - p < 4 && (text[p - 1] == '"' || text[p - 1] == '\\' || text[p - 1] == ' '))
        p--;
    return p > 0 && text[p - 1] == '[' ? p - 1 : SIZE_MAX;
}

int anon_ssn_array_cue(const char *text, size_t s)
{
    /* names of the US SSN in the packs' languages (lower case; compared folded) */
    static const char *const cues[] = {"ssn",
                                       "social security",
                                       "ss card",
                                       "seguro social",
                                       "sozialversicherungs",
                                       "s\xc3\xa9"
                                       "curit\xc3\xa9 sociale",
                                       "securite sociale",
                                       "previdenza sociale",
                                       "seguran\xc3\xa7"
                                       "a social",
                                       "seguranca social",
                                       NULL};
    size_t open = array_open(text, s);
    if (open == SIZE_MAX)
        return 0;
    size_t floor_ = open > CUE_BACK ? open - CUE_BACK : 0;
    for (size_t p = open; p > floor_; p--) {
        char c = text[p - 1];
        if (c == '\n' || (c == 'n' && p >= 2 && text[p - 2] == '\\'))
            break; /* the line (or an escaped line break) ends the cue's reach */
        if (c == ']')
            break; /* the cue named an earlier array */
        if ((c == '.' || c == '!' || c == '?') && p < open && text[p] == ' ' && p + 1 < open &&
            text[p + 1] >= 'A' && text[p + 1] <= 'Z')
            break; /* a sentence ended ("No. as" goes on) */
        for (size_t k = 0; cues[k]; k++) {
            size_t n = strlen(cues[k]);
            if (n > p - floor_ || !lower_is(text + p - n, cues[k], n))
                continue;
            size_t b = p - n;
            /* the word "sozialversicherungs" starts a compound; the others end a word or run on
             * to one of its endings ("ssn_parts", "SSNs") */
            if (b > 0 && word_byte((unsigned char)text[b - 1]) && text[b - 1] != '-')
                continue;
            if (n == 3 && p < open && word_byte((unsigned char)text[p]) && text[p] != 's')
                continue;
            return 1;
        }
    }
    return 0;
}
