/* test_cost52.c: the cost round of stop 52 (issue 19, exact). names_precheck.h's
 * nw_addr_number_word_may() says no, before nw_addr_number_first() is asked, to a number
 * followed by ' ' and a lower-case word that none of number_first()'s lower-case readers can
 * take ("took 42 seconds.", "33Z used commit"), and to a number followed by ", " and digits
 * that no ordinal's s, n, r or t ends ("add(1, 2)"). A pre-check must stay a superset of its
 * reader: every house number nw_addr_number_first() reads is let through, over a grid of the
 * words before and after such numbers; and the shapes of PII-free prose are turned away.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "anonymize/anon_internal.h"
#include "anonymize/names_internal.h"
#include "anonymize/names_precheck.h"

static void scan_of(struct sc *sc, const char *text, size_t len)
{
    memset(sc, 0, sizeof *sc);
    sc->t = (const uint8_t *)text;
    sc->len = len;
    sc->kinds = 1u << ANON_NAMES_PERSON | 1u << ANON_NAMES_DOB | 1u << ANON_NAMES_ADDRESS;
}

/* Every digit run of text that starts a word: a street nw_addr_number_first() reads there is
 * one that the pre-checks let through. */
static size_t streets_pass(const char *text, size_t len)
{
    struct sc sc;
    size_t streets = 0;
    scan_of(&sc, text, len);
    for (size_t i = 0; i < len; i++) {
        if (!is_digit(sc.t[i]) || (i > 0 && is_alnum(sc.t[i - 1])))
            continue;
        size_t d = i;
        while (d < len && is_digit(sc.t[d]))
            d++;
        if (nw_addr_number_first(&sc, i)) {
            streets++;
            if (!(nw_addr_number_may(&sc, i, d) && nw_addr_number_word_may(&sc, d)))
                print_error("street lost: %s\n", text + i);
            assert_true(nw_addr_number_may(&sc, i, d));
            assert_true(nw_addr_number_word_may(&sc, d));
        }
    }
    return streets;
}

static void test_number_word_precheck_lets_every_street_through(void **state)
{
    (void)state;
    static const char *const before[] = {"", "I live at ", "Adresse : ", "send it to ", "x, "};
    static const char *const numbers[] = {"12", "1", "33Z", "12a", "221b", "3-5", "10"};
    static const char *const after[] = {
        " rue de la Paix, 75002 Paris",
        " bis rue Victor Hugo, 69002 Lyon",
        " bis, rue Victor Hugo, 69002 Lyon",
        " ter, avenue Foch, 75116 Paris",
        " boulevard Haussmann, 75009 Paris",
        " avenue des Champs-\xc3\x89lys\xc3\xa9"
        "es, 75008 Paris",
        " place du March\xc3\xa9, 34000 Montpellier",
        " quai d'Orsay, 75007 Paris",
        " chemin des Vignes, 13100 Aix",
        " all\xc3\xa9"
        "e des Roses, 44000 Nantes",
        " impasse des Lilas, 31000 Toulouse",
        " rond-point des Champs, 75008 Paris",
        " via Roma 10, 00184 Roma",
        " calle Mayor 3, 28013 Madrid",
        " rua Augusta 5, 1100-053 Lisboa",
        " machelsesteenweg 197, 1800 Vilvoorde",
        " salontie 6, 00100 Helsinki",
        " guildry street, Elgin",
        " kerkstraat 12, 1017 GL Amsterdam",
        " hauptstra\xc3\x9f"
        "e 5, 10115 Berlin",
        " via raffaele conforti 74, Salerno",
        " rue Sainte-Catherine O, Montr\xc3\xa9"
        "al",
        ", 5th Avenue, New York, NY 10010",
        ", 2nd Street, Springfield",
        ", 3rd Ave, Seattle",
        ", 4th Street NW, Washington",
        ", 2 Main Street",
        " Baker Street, London NW1 6XE",
        " seconds.",
        " used commit 9f8e",
        ", 2))",
        " minutes ago",
        " street",
        " strada Florilor 7, Bucure\xc8\x99ti",
    };
    char buf[160];
    size_t streets = 0;
    for (size_t b = 0; b < sizeof before / sizeof *before; b++)
        for (size_t n = 0; n < sizeof numbers / sizeof *numbers; n++)
            for (size_t a = 0; a < sizeof after / sizeof *after; a++) {
                int len = snprintf(buf, sizeof buf, "%s%s%s", before[b], numbers[n], after[a]);
                streets += streets_pass(buf, (size_t)len);
            }
    print_message("streets read: %zu\n", streets);
    assert_true(streets > 300); /* the grid holds streets of every shape above */
}

static void test_number_word_precheck_turns_away_prose_numbers(void **state)
{
    (void)state;
    static const struct {
        const char *text;
        size_t at, run; /* the digit run */
    } no[] = {
        {"the deployment took 42 seconds. ", 20, 2},
        {"print(add(1, 2))\\n ", 10, 1},
        {"at 2024-05-01T10:22:33Z used commit 9f8e7d6c5b4a ", 20, 2},
        {"we waited 15 minutes for it", 10, 2},
        {"f(3, 4) + g(5, 6)", 2, 1},
    };
    for (size_t k = 0; k < sizeof no / sizeof *no; k++) {
        struct sc sc;
        scan_of(&sc, no[k].text, strlen(no[k].text));
        assert_int_equal(nw_addr_number_first(&sc, no[k].at), 0);
        assert_false(nw_addr_number_may(&sc, no[k].at, no[k].at + no[k].run) &&
                     nw_addr_number_word_may(&sc, no[k].at + no[k].run));
    }
    /* and the numbers still asked: a French type, " bis", an ordinal after ", " */
    static const struct {
        const char *text;
        size_t at, run;
    } yes[] = {
        {"12 rue de la Paix, Paris", 0, 2},
        {"10 bis rue Victor Hugo", 0, 2},
        {"12, 5th Avenue", 0, 2},
        {"42 machelsesteenweg 197", 0, 2},
        {"5 via Roma 10", 0, 1},
    };
    for (size_t k = 0; k < sizeof yes / sizeof *yes; k++) {
        struct sc sc;
        scan_of(&sc, yes[k].text, strlen(yes[k].text));
        assert_true(nw_addr_number_may(&sc, yes[k].at, yes[k].at + yes[k].run) &&
                    nw_addr_number_word_may(&sc, yes[k].at + yes[k].run));
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_number_word_precheck_lets_every_street_through),
        cmocka_unit_test(test_number_word_precheck_turns_away_prose_numbers),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
