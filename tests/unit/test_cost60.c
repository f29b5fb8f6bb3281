/* test_cost60.c: the cost round of stop 60 (issue 19, exact). names_street40.c's link asks its
 * postcode reader about an address only when nw_street40_postcode_may() says t[lo .. e) can hold
 * a six-digit PIN or an Eircode: a pre-check must stay a superset of its reader, so over a grid of
 * addresses (PINs and Eircodes, each byte around them changed to others or dropped) at every
 * window lo .. e where the reader finds a postcode, the pre-check lets it through; an address
 * with no postcode ("1600 Amphitheatre Parkway") is turned away. names_h11prec.c's example street
 * test skips a capital no example word opens with (the example addresses it drops are pinned).
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
#include "anonymize/anon_internal.h"
#include "anonymize/names.h"
#include "anonymize/names_internal.h"

#define NAMES_DEFAULT_PACKS 1
#include "names_cases.h"

/* At each window lo .. e of t[0 .. len) (e - lo from 8 to 40): when the reader finds a postcode,
 * the pre-check passes. The number of windows where the reader found one. */
static size_t check_text(const uint8_t *t, size_t len)
{
    size_t found = 0;
    for (size_t e = 8; e <= len; e++)
        for (size_t lo = e >= 40 ? e - 40 : 0; lo + 8 <= e; lo++) {
            size_t pc = nw_street40_postcode_at(t, len, lo, e);
            int may = nw_street40_postcode_may(t, lo, e);
            if (pc != (size_t)-1 && !may)
                print_error("postcode turned away at %zu..%zu: %.*s\n", lo, e, (int)len,
                            (const char *)t);
            if (pc != (size_t)-1)
                assert_true(may);
            found += pc != (size_t)-1;
        }
    return found;
}

static void test_postcode_gate_is_a_superset(void **state)
{
    (void)state;
    static const char *const texts[] = {
        "Flat No 873, Lotus Apartments, Mumbai 400069",
        "12 Main Street, Dublin D02 X285 please",
        "Unit 5, Ballymun Road, Dublin 9, D09 W6Y4.",
        "Apt 4, 22 Church Rd, Dublin D6W Y0A1, Ireland",
        "House 7, MG Road, Bengaluru 560001, Karnataka",
        "Sector 5, Noida-201301 (UP)",
        "A65F4E2 Castlebar Rd 1",
        "Block C, 560 001, 1234567 x",
    };
    static const uint8_t bytes[] = {' ', ',', '-', '\n', '1', '0', 'A', 'W', 'z', '.', 0xC3, 0};
    size_t found = 0;
    for (size_t k = 0; k < sizeof texts / sizeof texts[0]; k++) {
        size_t n = strlen(texts[k]);
        found += check_text((const uint8_t *)texts[k], n);
        uint8_t t[96];
        for (size_t p = 0; p < n; p++)
            for (size_t b = 0; b < sizeof bytes; b++) {
                memcpy(t, texts[k], n);
                t[p] = bytes[b];
                found += check_text(t, n);
                t[p] = (uint8_t)texts[k][p]; /* and the byte dropped */
                memmove(t + p, t + p + 1, n - p - 1);
                found += check_text(t, n - 1);
            }
    }
    assert_true(found > 10000); /* the grid reaches many postcodes, not only the written ones */
    static const char *const no[] = {"1600 Amphitheatre Parkway", "Hauptstr. 5, 80331 Munich",
                                     "12345 Main Street, Springfield", "Rue de la Paix 4"};
    for (size_t k = 0; k < sizeof no / sizeof no[0]; k++)
        assert_false(nw_street40_postcode_may((const uint8_t *)no[k], 0, strlen(no[k])));
}

/* The addresses with a PIN or an Eircode are widened as before; the rest pass unchanged (the
 * findings of the start code, hush scan e11015ff). */
static void test_street40_findings_kept(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Mailing address: Flat No 873, Lotus Apartments, Andheri West, Mumbai 400069",
         "STREET_ADDRESS=Flat No 873, Lotus Apartments, Andheri West, Mumbai 400069"},
        {"Send it to 12 Main Street, Dublin D02 X285 please",
         "STREET_ADDRESS=12 Main Street, Dublin D02 X285"},
        {"Ship to Unit 5, Ballymun Road, Dublin 9, D09 W6Y4.",
         "STREET_ADDRESS=Unit 5, Ballymun Road, Dublin 9, D09 W6Y4"},
        {"Please update my shipping address to 1600 Amphitheatre Parkway, Mountain View.",
         "STREET_ADDRESS=1600 Amphitheatre Parkway"},
    };
    CHECK(c);
}

/* names_h11prec.c: the example addresses of forms are dropped as before, each example word's
 * first letter reaching its compare (the findings of the start code, hush scan e11015ff). */
static void test_h11prec_example_streets(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Calle Falsa 123, Madrid", ""},
        {"Rua Exemplo 45, Lisboa", ""},
        {"Via Esempio 12, 00100 Roma", ""},
        {"Voorbeeldstraat 7, 1234 AB Amsterdam", ""},
        {"Beispielstra\xc3\x9f"
         "e 3, 10115 Berlin",
         ""},
        {"Rue Exemple 5, 75001 Paris", ""},
        {"Musterweg 5, 80331 M\xc3\xbcnchen", ""},
        {"Lieferadresse: Hauptstra\xc3\x9f"
         "e 5, 80331 M\xc3\xbcnchen",
         "STREET_ADDRESS=Hauptstra\xc3\x9f"
         "e 5, 80331 M\xc3\xbcnchen"},
    };
    CHECK(c);
}

static void test_every_gate_prefix_is_scanned_safely(void **state)
{
    (void)state;
    scan_every_prefix("Ship to Unit 5, Ballymun Road, Dublin 9, D09 W6Y4. Flat No 873, Lotus "
                      "Apartments, Mumbai 400069");
    scan_every_prefix("Calle Falsa 123, Madrid; 1600 Amphitheatre Parkway, Mountain View");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_postcode_gate_is_a_superset),
        cmocka_unit_test(test_street40_findings_kept),
        cmocka_unit_test(test_h11prec_example_streets),
        cmocka_unit_test(test_every_gate_prefix_is_scanned_safely),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
