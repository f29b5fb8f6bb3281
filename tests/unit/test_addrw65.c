/* test_addrw65.c: a street address stops before the phone written beside it (branch addrw65,
 * names_addrw65.c, contrib/bench/accuracy/notes/addrw65.md): after a phone label ("Mob.", "Tel:",
 * "ph.", "call") or at a phone-shaped run ("+62 …", "0632 …") the address's span ends, so the
 * phone is a phone of its own; a postcode, a P.O. box or a ZIP after a state stays in the
 * address. The default packs, PERSON left out of the rendering. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "anonymize/anonymize.h"
#include "anonymize/names.h"

#define NAMES_SKIP_TYPE "PERSON"
#define NAMES_DEFAULT_PACKS
#include "names_cases.h"

/* A phone after the address on its line. Before: the phone was inside the address's span. */
static void test_phone_beside_address(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Address: Perum Boyaan Blok E9 No. 24, Sidoarjo, Mob. +62 632 750 7700\n",
         "STREET_ADDRESS=Perum Boyaan Blok E9 No. 24, Sidoarjo;PHONE=+62 632 750 7700"},
        {"Address: Calle Zaragoza 505 Int. 7, Col. Lubo, C.P. 78118, Puebla, Pue. (ph. 0900 971 "
         "0165)\n",
         "STREET_ADDRESS=Calle Zaragoza 505 Int. 7, Col. Lubo, C.P. 78118, Puebla, Pue.;PHONE=0900 "
         "971 0165"},
        {"Address: 12 Main Street, Springfield, Tel: +1 632 750 7700\n",
         "STREET_ADDRESS=12 Main Street, Springfield;PHONE=+1 632 750 7700"},
        {"Address: 12 Main Street, Springfield / 0632 750 7700\n",
         "STREET_ADDRESS=12 Main Street, Springfield;PHONE=0632 750 7700"},
        {"Address: 12 Main Street, Springfield; call 0803 123 4567\n",
         "STREET_ADDRESS=12 Main Street, Springfield;PHONE=0803 123 4567"},
        {"ঠিকানা: বাড়ি নং ৭২, রোড নং ২৯, মিরপুর, ঢাকা ১২৫৭, Tel: +880 171 234 5678\n",
         "STREET_ADDRESS=বাড়ি নং ৭২, রোড নং ২৯, মিরপুর, ঢাকা ১২৫৭;PHONE=+880 171 234 5678"},
    };
    CHECK(c);
}

/* Numbers that belong to the address stay in it: a ZIP after a state, a CEP, a P.O. box, a
 * ten-digit postcode with no phone's lead. */
static void test_address_numbers_kept(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Address: 12 Main Street, Seattle, WA 98101\n",
         "STREET_ADDRESS=12 Main Street, Seattle, WA 98101"},
        {"Endereço: Rua Augusta, 120 - Consolação, CEP 01310-100, São Paulo\n",
         "STREET_ADDRESS=Rua Augusta, 120 - Consolação, CEP 01310-100, São Paulo"},
        {"Address: Hse No. 6, Kindaruma Road, P.O. Box 7718-00100, Nairobi\n",
         "STREET_ADDRESS=Hse No. 6, Kindaruma Road, P.O. Box 7718-00100, Nairobi"},
        {"Address: No. 5, Vali Asr St., Tehran 3179562323\n",
         "STREET_ADDRESS=No. 5, Vali Asr St., Tehran 3179562323"},
        {"Address: No. 5, Vali Asr St., Tehran 0299844253\n",
         "STREET_ADDRESS=No. 5, Vali Asr St., Tehran 0299844253"},
    };
    CHECK(c);
}

/* A romanised address that opens with its house word and number. Before: none of them (a
 * "Jalan …" was a person). */
static void test_house_word_first(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"customer: send it to No. 52, Jalan Ampang, 52494 Kuala Lumpur\n",
         "STREET_ADDRESS=No. 52, Jalan Ampang, 52494 Kuala Lumpur"},
        {"Alamat: Holding 262, Agrabad R/A, Chattogram 4100. thanks",
         "STREET_ADDRESS=Holding 262, Agrabad R/A, Chattogram 4100"},
        {"ship to Blk 18 Lot 29, Rasu Subd., Brgy. Pinagsama, Taguig City\n",
         "STREET_ADDRESS=Blk 18 Lot 29, Rasu Subd., Brgy. Pinagsama, Taguig City"},
        {"Address: Plot 63-B, Block 14, Gulshan-e-Iqbal, Karachi; call 0803 123 4567",
         "STREET_ADDRESS=Plot 63-B, Block 14, Gulshan-e-Iqbal, Karachi;PHONE=0803 123 4567"},
    };
    CHECK(c);
}

/* The same house words where no address follows: an order's number, a list's item, a unit of a
 * course, a block of a campus, a street word later in another sentence. */
static void test_house_word_lookalikes(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Order No. 52, shipped today.", ""},
        {"Unit 3, Block B of the campus, room 12.", ""},
        {"see item No. 4, then ask. Road works near Gate 3 tomorrow.", ""},
        {"Lot 12 sold for Rs. 4500 at the auction; Jalan Ampang is closed.", ""},
        {"House 7 won the cup, the Street Fair is next week", ""},
    };
    CHECK(c);
}

/* every prefix of addresses with phones beside them, cut inside a label or a number */
static void test_every_prefix_is_scanned_safely(void **state)
{
    (void)state;
    scan_every_prefix(
        "Address: 12 Main Street, Springfield, Tel: +1 632 750 7700\nAddress: 4 "
        "Luse Link, Tema (ph. 0900 971 0165) / 0632 750 7700; call 0803 123 4567 wa 0");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_every_prefix_is_scanned_safely),
        cmocka_unit_test(test_phone_beside_address),
        cmocka_unit_test(test_address_numbers_kept),
        cmocka_unit_test(test_house_word_first),
        cmocka_unit_test(test_house_word_lookalikes),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
