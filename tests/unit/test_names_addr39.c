/* test_names_addr39.c: the addr39 round (gen_addr39.py, notes/addr39.md): the last part of a
 * postal address after the town that nw_addr_tail took (names_addr39.c): a bare postcode after a
 * comma or a dash (", 2196", ", 560011", " - 560011") and a Brazilian state after a dash (" - SP",
 * ", Salvador - BA" after a CEP), and a building or estate name before the street (nw_addr_head,
 * names_postblock.c). Each case with what follows on the same line (a person, a
 * phone, an e-mail, a year) that the address must not swallow (the NAMES pack alone runs here:
 * phones and e-mails are other packs', so a case shows only where the address ends).
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

#define NAMES_SKIP_TYPE "PERSON"
#include "names_cases.h"

static void test_addr39_bare_postcode_after_the_town(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Address: 107 Oxford Road, Rosebank, Johannesburg, 2196\n",
         "STREET_ADDRESS=107 Oxford Road, Rosebank, Johannesburg, 2196"},
        {"Site: 93 Kloof Street, Muizenberg, Cape Town, 7945. Call first.",
         "STREET_ADDRESS=93 Kloof Street, Muizenberg, Cape Town, 7945"},
        {"ship to #62, 4th Main Road, Jayanagar, Kolkata, 700016 | Priya Nair | +91 98450 12345",
         "STREET_ADDRESS=#62, 4th Main Road, Jayanagar, Kolkata, 700016"},
        {"lives at 26/131 Carter Road, Bandra West, Bengaluru, 560011, tel +91 98450 12345",
         "STREET_ADDRESS=26/131 Carter Road, Bandra West, Bengaluru, 560011"},
        {"Home: 44 Florida Road, Morningside, Durban, 4001 (contact: anna.keller@example.com)",
         "STREET_ADDRESS=44 Florida Road, Morningside, Durban, 4001"},
        /* a lower-case word after a number that is no year */
        {"the undersigned Halabel Ellismore of 107 Oxford Road, Rosebank, Johannesburg, 2196 "
         "formerly known as Kesora Marshlow",
         "STREET_ADDRESS=107 Oxford Road, Rosebank, Johannesburg, 2196"},
        {"moved out of 94 Beach Road, Observatory, Johannesburg, 5432 on 6 August 2026.",
         "STREET_ADDRESS=94 Beach Road, Observatory, Johannesburg, 5432"},
        {"Postal address: #42, 4th Main Road, Jayanagar, Chennai, 600006 / Emergency contact: "
         "Garen",
         "STREET_ADDRESS=#42, 4th Main Road, Jayanagar, Chennai, 600006"},
        /* lower case and capitals */
        {"ADDRESS: 100 OXFORD ROAD, ROSEBANK, JOHANNESBURG, 2196\n",
         "STREET_ADDRESS=100 OXFORD ROAD, ROSEBANK, JOHANNESBURG, 2196"},
    };
    CHECK(c);
}

static void test_addr39_number_after_the_town_that_is_no_postcode(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        /* a year range, a time, a count after the town stay out of the address */
        {"We lived at 93 Kloof Street, Muizenberg, Cape Town, 2019 to 2021.",
         "STREET_ADDRESS=93 Kloof Street, Muizenberg, Cape Town"},
        {"Office: 44 Florida Road, Morningside, Durban, 2019/20 budget attached",
         "STREET_ADDRESS=44 Florida Road, Morningside, Durban"},
        {"Office: 44 Florida Road, Morningside, Durban, 2020 was a good year",
         "STREET_ADDRESS=44 Florida Road, Morningside, Durban"},
        {"Office: 44 Florida Road, Morningside, Durban, 4001 12 staff",
         "STREET_ADDRESS=44 Florida Road, Morningside, Durban"},
    };
    CHECK(c);
}

static void test_addr39_brazilian_state_after_the_town(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Endereço: Rua Oscar Freire, 293, casa 2, 01310-100 São Paulo - SP\n",
         "STREET_ADDRESS=Rua Oscar Freire, 293, casa 2, 01310-100 São Paulo - SP"},
        {"1\tSouza\tAna\tRua Oscar Freire, 1978, apto 31, 22270-010 Rio de Janeiro - RJ\tsim",
         "STREET_ADDRESS=Rua Oscar Freire, 1978, apto 31, 22270-010 Rio de Janeiro - RJ"},
        {"Entrega: Av. Brasil, 3707, bloco B, CEP 01305-756, São Paulo - SP | tel +55 11 "
         "98765-4321",
         "STREET_ADDRESS=Av. Brasil, 3707, bloco B, CEP 01305-756, São Paulo - SP"},
        {"morada confirmada (Rua das Flores, 85, apto 31, 22270-010 Rio de Janeiro - RJ) por Ana",
         "STREET_ADDRESS=Rua das Flores, 85, apto 31, 22270-010 Rio de Janeiro - RJ"},
        /* two capitals that are no state stay out */
        {"1\tSouza\tAna\tRua Oscar Freire, 293, 01310-100 São Paulo - OK\tsim",
         "STREET_ADDRESS=Rua Oscar Freire, 293, 01310-100 São Paulo"},
        {"1\tSouza\tAna\tRua Oscar Freire, 293, 01310-100 São Paulo - SPA\tsim",
         "STREET_ADDRESS=Rua Oscar Freire, 293, 01310-100 São Paulo"},
    };
    CHECK(c);
}

/* Is needle in text wholly inside one finding of type (the person this file's rendering
 * leaves out)? */
static int masked_as(const char *text, const char *needle, const char *type)
{
    anon_finding_t *f = NULL;
    size_t n = 0, a = (size_t)(strstr(text, needle) - text), b = a + strlen(needle);
    int ok = 0;
    assert_int_equal(anon_find(eng, text, strlen(text), &f, &n), 0);
    for (size_t i = 0; i < n; i++)
        if (f[i].start <= a && b <= f[i].end &&
            strcmp(anon_engine_type_name(eng, f[i].type), type) == 0)
            ok = 1;
    free(f);
    return ok;
}

static void test_addr39_building_or_estate_before_the_street(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Ship to: Flat 1174, Sri Krishna Enclave, 11th Main Road, Koramangala, Bengaluru 560085, "
         "Karnataka, India",
         "STREET_ADDRESS=Flat 1174, Sri Krishna Enclave, 11th Main Road, Koramangala, Bengaluru "
         "560085, Karnataka, India"},
        {"Owner: Unit 5, Bougainvillea Estate, 157 Beach Road, Summerstrand, Gqeberha, 6001\n",
         "STREET_ADDRESS=Unit 5, Bougainvillea Estate, 157 Beach Road, Summerstrand, Gqeberha, "
         "6001"},
        {"Adresse : Résidence les Tilleuls, 13 allée des Peupliers, 31400 Toulouse",
         "STREET_ADDRESS=Résidence les Tilleuls, 13 allée des Peupliers, 31400 Toulouse"},
        {"Tenant address: Unit 31, Sunset Villas, 149 Beach Road, Sandton, Johannesburg, 2196, "
         "South Africa. Rent due on the 1st.",
         "STREET_ADDRESS=Unit 31, Sunset Villas, 149 Beach Road, Sandton, Johannesburg, 2196, "
         "South Africa"},
        /* a person before the building stays a person, outside the address */
        {"Contact: Anna Keller, Harbour House, 12 Quay Street, Galway H91 X2Y3",
         "STREET_ADDRESS=Harbour House, 12 Quay Street, Galway H91 X2Y3"},
        {"Ship to Priya Nair, Green Park Residency, 12 MG Road, Bengaluru 560001 | +91 98450 12345",
         "STREET_ADDRESS=Green Park Residency, 12 MG Road, Bengaluru 560001"},
        /* a building word in the sentence before the street's comma is no part of it */
        {"We met at the Lodge, 12 Quay Street, Galway H91 X2Y3",
         "STREET_ADDRESS=12 Quay Street, Galway H91 X2Y3"},
        {"The conference venue was our new office complex, 12 Quay Street, Galway H91 X2Y3",
         "STREET_ADDRESS=12 Quay Street, Galway H91 X2Y3"},
    };
    CHECK(c);
    assert_true(masked_as(c[4].text, "Anna Keller", "PERSON"));
    assert_true(masked_as(c[5].text, "Priya Nair", "PERSON"));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_addr39_bare_postcode_after_the_town),
        cmocka_unit_test(test_addr39_number_after_the_town_that_is_no_postcode),
        cmocka_unit_test(test_addr39_brazilian_state_after_the_town),
        cmocka_unit_test(test_addr39_building_or_estate_before_the_street),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
