/* test_names_nspeed4.c: nw_addr_word_first() (names_places.c) and nw_addr_name_postcode()
 * (names_streetpost.c) leave at once for a capitalised word with a lower-case word of four
 * bytes or more after it ("The value"); the addresses that begin with a word and a lower-case
 * word (a lower-case street type, a particle, a type before the name, "on"/"of" before) are
 * still read to their end, and the look-alikes still read as none.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "anonymize/anonymize.h"
#include "anonymize/names_internal.h"

/* nw_addr_word_first() at the capitalised word that starts at `at` in text: the end it reads, or
 * 0. The text is copied to a buffer of exactly its length, so a read past it is a sanitizer
 * error. */
static size_t word_first_at(const char *text, size_t at)
{
    size_t len = strlen(text);
    uint8_t *t = malloc(len);
    assert_non_null(t);
    memcpy(t, text, len);
    struct sc s;
    memset(&s, 0, sizeof s);
    s.t = t;
    s.len = len;
    s.kinds = ~0u;
    struct word w;
    nw_parse_word(&s, at, &w);
    size_t e = nw_addr_word_first(&s, &w);
    free(t);
    return e;
}

static const char *after(const char *text, const char *word)
{
    const char *p = strstr(text, word);
    assert_non_null(p);
    return p;
}

struct want {
    const char *text;
    const char *first; /* the word the address would start at */
    const char *end;   /* the text the address ends before, NULL: none read */
};

static void check(const struct want *c, size_t n)
{
    int bad = 0;
    for (size_t k = 0; k < n; k++) {
        size_t at = (size_t)(after(c[k].text, c[k].first) - c[k].text);
        size_t got = word_first_at(c[k].text, at);
        size_t want = c[k].end ? strlen(c[k].text) - strlen(c[k].end) : 0;
        if (got != want) {
            print_error("\"%s\" at \"%s\": %zu, want %zu\n", c[k].text, c[k].first, got, want);
            bad++;
        }
    }
    assert_int_equal(bad, 0);
}

/* Words that leave at once: a lower-case word of four bytes or more after them, no type letter
 * first, no "on"/"of"/"and"/"&" before, and no lower-case street type's first two bytes. */
static void test_ordinary_word_then_lower_case_word_reads_none(void **state)
{
    (void)state;
    static const struct want c[] = {
        {"The value is 12 here.", "The", NULL},
        {"Please summarise the notes, 12 of them.", "Please", NULL},
        {"Hier wohnt niemand 12 Jahre.", "Hier", NULL},
        {"Ensuite nous irons 12 fois.", "Ensuite", NULL},
        {"Dit huis staat 12 jaar leeg.", "Dit", NULL},
        {"Mientras tanto 12 personas.", "Mientras", NULL},
        {"Quindi nessuno 12 volte.", "Quindi", NULL},
        {"Então ninguém 12 vezes.", "Então", NULL},
        {"Go to the Kitchen then.", "Kitchen", NULL},
        {"Merge into main 12 times", "Merge", NULL},
        {"Run Kubernetes) 12 times", "Kubernetes", NULL},
        {"Pipeline:\n12 Main Street", "Pipeline", NULL},
        {"see the End", "End", NULL},
        {"Cache; 12 Elm Road", "Cache", NULL},
    };
    check(c, sizeof c / sizeof c[0]);
}

/* Addresses whose first word has a lower-case word after it: each takes one of the ways the
 * early exit leaves to word_first() (a lower-case type, a particle, a type letter, a word before,
 * a word of three bytes or fewer), per locale. */
static void test_addresses_with_a_lower_case_word_are_still_read(void **state)
{
    (void)state;
    static const struct want c[] = {
        {"lakik: Petőfi utca 12, Budapest", "Petőfi", ", Budapest"},
        {"Adresse: Avenue de la Liberté 12, Luxembourg", "Avenue", ""},
        {"Dirección: Calle la Paz 3, Madrid", "Calle", ", Madrid"},
        {"Morada: Travessa do Carmo 7, Lisboa", "Travessa", ", Lisboa"},
        {"adres: Dirk de Derdelaan 149, Gent", "Dirk", ", Gent"},
        {"bor i Kongens gate 5, 0153 Oslo", "Kongens", ""},
        {"címe Erzsébet tér 19. Budapest", "Erzsébet", " Budapest"},
        {"at Heathrow gate 5 now", "Heathrow", NULL},
        {"lives on Baker Street 221, London", "Baker", NULL}, /* "on" before: named_street's */
        {"Anschrift: Hauptstraße, 12 Berlin", "Hauptstraße", " Berlin"}, /* ", " goes on */
    };
    check(c, sizeof c / sizeof c[0]);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_ordinary_word_then_lower_case_word_reads_none),
        cmocka_unit_test(test_addresses_with_a_lower_case_word_are_still_read),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
