/* test_names_addr46.c: the street-address readers and the context readers that now test a
 * necessary condition first (names_addr5_reject.c's town screen, names.c's
 * context() through names_ctxgate.c, names_postblock.c's country look-up, names_postal.c's tail
 * words, ...) find what they found before: the thing each drops or the address it reads, and the
 * person beside it who must stay. Each case lists every finding ("TYPE=value;..."); the
 * expectations are the answers of the build before the round. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "anonymize/anonymize.h"

#define NAMES_DEFAULT_PACKS
#include "names_cases.h"

/* names_addr5_reject.c town_at(): a run whose last word is no town's last word is never
 * compared with the towns; a town's name still goes, after a label, a greeting or a verb, with
 * an elided article, a hyphen, or a firm "di" a town before it */
static void test_a_towns_name_goes_and_a_person_stays(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Dear Porto Alegre,", ""},
        {"Besuch bei Milton Keynes", ""},
        {"Besuch bei Halle Saale", ""},
        {"Besuch bei Alphen aan den Rijn", ""},
        {"Gesprochen mit Belo Horizonte gestern.",
         ""}, /* the model took it since stop 46's retrain; names_world65.c's list names the city */
        {"Gesprochen mit Porto-Alegre gestern.", ""},
        {"Responsable: Viña del Mar", ""},
        {"Name: Reggio nell'Emilia", "PERSON=Reggio"},
        {"Carrefour di Lamezia Terme ha chiamato Anna Vogt.", "PERSON=Anna Vogt"},
        /* the look-alikes: a last word of a town's length and first letter ("Smith", "Saale"),
         * a firm "di" a place that is no town of the list, a town's words in other order */
        {"Gesprochen mit Mary Smith gestern.", "PERSON=Mary Smith"},
        {"Hi, I am John Smith, my email is john.smith@example.com.",
         "PERSON=John Smith;EMAIL=john.smith@example.com"},
        {"Ho parlato con Carrefour di Reggio Emilia.", "PERSON=Carrefour di Reggio Emilia"},
        {"Contact: Milton Keynes", "PERSON=Milton Keynes"},
    };
    CHECK(c);
}

/* names.c context(): the helper files' weak contexts are asked through names_ctxgate.c's gate
 * (the bytes around the run allow each helper or not); names_docs4.c's alone opens a list */
static void test_the_gated_weak_contexts_still_name_people(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Their children Tervo, Quillan and Mirabel came too.",
         "PERSON=Tervo;PERSON=Quillan;PERSON=Mirabel"},
        {"Paten: Quillan und Mirabel", "PERSON=Quillan;PERSON=Mirabel"},
        {"We invited our neighbours Quillan Tervo and Mirabel Sund.",
         "PERSON=Quillan Tervo;PERSON=Mirabel Sund"},
        {"Tervo Quillan, son of Mirabel, signed.", "PERSON=Tervo Quillan;PERSON=Mirabel"},
        {"I spoke with Quillan Tervo yesterday.", "PERSON=Quillan Tervo"},
        {"Quillan Tervo (my landlord) called.", "PERSON=Quillan Tervo"},
        {"It was me + Quillan at the match.", "PERSON=Quillan"},
        {"between Quillan Tervo and Mirabel Sund", "PERSON=Quillan Tervo;PERSON=Mirabel Sund"},
        {"Hallo Quillan, wie gehts?", "PERSON=Quillan"},
        {"Tell Quillan that the build is red.", "PERSON=Quillan"},
        /* the benchmark's request: a town after the street's comma, a sentence's first word */
        {"Please update my shipping address to 1600 Amphitheatre Parkway, Mountain View. My "
         "colleague Quillan will follow up.",
         "STREET_ADDRESS=1600 Amphitheatre Parkway;PERSON=Quillan"},
    };
    CHECK(c);
}

/* names_postblock.c nw_country_after(): an entry of the two letters' bucket is read only when
 * its third byte is the text's (lowered); a country in any case, of two letters, after a comma
 * or on the next line, still ends the address, and a town or street that opens like one does not
 */
static void test_a_country_still_ends_the_address(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Send it to Hauptstraße 5, 10115 Berlin, Deutschland please.",
         "STREET_ADDRESS=Hauptstraße 5, 10115 Berlin, Deutschland"},
        {"Send it to Boulevard Princesse Charlotte 7, 98000 Monaco, MONACO please.",
         "STREET_ADDRESS=Boulevard Princesse Charlotte 7, 98000 Monaco, MONACO"},
        {"Send it to Bulevar Svetog Petra Cetinjskog 12, 81000 Podgorica, Montenegro please.",
         "STREET_ADDRESS=Bulevar Svetog Petra Cetinjskog 12, 81000 Podgorica, Montenegro"},
        {"Send it to Via Roma 10, 00184 Roma, MoNTENEGRO please.",
         "STREET_ADDRESS=Via Roma 10, 00184 Roma, MoNTENEGRO"},
        {"Send it to Via Roma 10, 00184 Roma, Mozambique please.",
         "STREET_ADDRESS=Via Roma 10, 00184 Roma, Mozambique"},
        {"Send it to Avenue Hassan II 12, 20000 Casablanca, Morocco please.",
         "STREET_ADDRESS=Avenue Hassan II 12, 20000 Casablanca, Morocco"},
        {"Send it to Calle Mayor 3, 28013 Madrid, España please.",
         "STREET_ADDRESS=Calle Mayor 3, 28013 Madrid, España"},
        {"Send it to 12 Baker Street, London NW1 6XE, UK please.",
         "STREET_ADDRESS=12 Baker Street, London NW1 6XE, UK"},
        {"Send it to 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA.",
         "STREET_ADDRESS=1600 Amphitheatre Parkway, Mountain View, CA 94043, USA"},
        {"Send it to Kärntner Straße 5, 1010 Wien, Österreich please.",
         "STREET_ADDRESS=Kärntner Straße 5, 1010 Wien, Österreich"},
        {"Ship to 221B Baker St., London, Morocco Road.",
         "STREET_ADDRESS=221B Baker St., London, Morocco"},
        /* the look-alikes: a town that opens like "Monaco", two letters of one, the end */
        {"Send it to Via Roma 10, 00184 Roma, Mountain View please.",
         "STREET_ADDRESS=Via Roma 10, 00184 Roma"},
        {"Send it to Via Roma 10, 00184 Roma, Mo please.",
         "STREET_ADDRESS=Via Roma 10, 00184 Roma"},
        {"Send it to Calle Mayor 3, 28013 Madrid, Mo",
         "STREET_ADDRESS=Calle Mayor 3, 28013 Madrid"},
    };
    CHECK(c);
}

/* names_postal.c nw_addr_tail(): its literal words ("in", "Col.", "Hinterhaus", "near", "bajo")
 * are compared by their first byte before strcmp(); each still extends the address */
static void test_the_tails_words_still_extend_the_address(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Ship to 5 Main St. in Springfield, IL 62704 today.",
         "STREET_ADDRESS=5 Main St. in Springfield, IL 62704"},
        {"Envíelo a Av. Insurgentes Sur 1602, Col. Crédito Constructor, 03940 Ciudad de México "
         "hoy.",
         "STREET_ADDRESS=Av. Insurgentes Sur 1602, Col. Crédito Constructor, 03940 Ciudad de "
         "México"},
        {"Liefern an Hauptstr. 8, Hinterhaus, 80331 München bitte.",
         "STREET_ADDRESS=Hauptstr. 8, Hinterhaus, 80331 München"},
        {"Liefern an Hauptstr. 8, Seitenflügel, 80331 München bitte.",
         "STREET_ADDRESS=Hauptstr. 8, Seitenflügel, 80331 München"},
        {"Deliver to 12 MG Road, near Metro Station, Bengaluru 560001 today.",
         "STREET_ADDRESS=12 MG Road, near Metro Station, Bengaluru 560001"},
        {"Deliver to 12 MG Road, opp. City Mall, Bengaluru 560001 today.",
         "STREET_ADDRESS=12 MG Road, opp. City Mall, Bengaluru 560001"},
        {"Envíelo a Calle Mayor 3, bajo, 28013 Madrid hoy.",
         "STREET_ADDRESS=Calle Mayor 3, bajo, 28013 Madrid"},
        /* the look-alikes: a town with no postcode after the street's comma */
        {"Deliver to 12 Baker Street, Inverness, and call me.", "STREET_ADDRESS=12 Baker Street"},
    };
    CHECK(c);
}

/* names_ctxgate.c: after a sentence's stop, names_informal.c is asked only at a vocative's
 * comma or dash or a list's separator ("und", "and", "y", "e", "en", "et"), names_informal2.c
 * at a verb of coming whose third byte is an 'm' ("coming", "kommt"): not "colleague" */
static void test_the_gates_after_a_stop_still_let_their_shapes_through(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Ok. Quillan coming tomorrow?", "PERSON=Quillan"},
        {"Ok. Quillan und Mirabel kommen.", "PERSON=Quillan;PERSON=Mirabel"},
        {"Ok. Quillan and Mirabel will come.", "PERSON=Quillan;PERSON=Mirabel"},
        {"Ok. Quillan, can you check?", "PERSON=Quillan"},
        {"Ok. Quillan - can you check?", "PERSON=Quillan"},
        {"Ok. Tervo y Mirabel vienen.", "PERSON=Tervo;PERSON=Mirabel"},
        {"Ok. Tervo e Mirabel vengono.", "PERSON=Tervo;PERSON=Mirabel"},
        {"Ok. Tervo en Mirabel komen.", "PERSON=Tervo;PERSON=Mirabel"},
        {"Ok. Tervo et Mirabel viennent.", "PERSON=Tervo;PERSON=Mirabel"},
        {"Quillan kommt morgen. Mirabel kommt auch.", "PERSON=Quillan"},
        {"Please update the docs. Quillan colleague list.", "PERSON=Quillan"},
    };
    CHECK(c);
}

/* names_famous.c all_parts_known(): a run is split at its joins ("y", "and") only when it holds
 * two spaces; the famous pair still goes and the person beside it stays */
static void test_a_famous_pair_still_goes(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Frida Kahlo y Diego Rivera pintaron juntos, dijo Anna Vogt.", "PERSON=Anna Vogt"},
        {"Write about Marie Curie and Pierre Curie for Anna Vogt.", "PERSON=Anna Vogt"},
        {"Hi, I am John Smith.", "PERSON=John Smith"},
    };
    CHECK(c);
}

/* names_addrlabels.c nw_field_inline(), names_postblock.c nw_mx_state_after() and
 * number_prefix(): a key is folded only before its colon or number, a Mexican state's first two
 * bytes are compared before the rest, a prefix before the house number only when the byte before
 * its space ends one; each part still joins the address */
static void test_labelled_fields_states_and_prefixes_still_join_the_address(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Liefern an Hauptstraße 5, PLZ: 10115, Ort: Berlin bitte.",
         "STREET_ADDRESS=Hauptstraße 5, PLZ: 10115, Ort: Berlin bitte"},
        {"Liefern an Hauptstraße 5, PLZ 10115 Berlin bitte.",
         "STREET_ADDRESS=Hauptstraße 5, PLZ 10115 Berlin bitte"},
        {"Envíelo a Av. Vallarta 1234, Guadalajara, Jal. hoy.",
         "STREET_ADDRESS=Av. Vallarta 1234, Guadalajara, Jal."},
        {"Envíelo a Av. Reforma 222, CDMX hoy.", "STREET_ADDRESS=Av. Reforma 222, CDMX"},
        {"Envíelo a Av. Constitución 400, Monterrey, N.L. hoy.",
         "STREET_ADDRESS=Av. Constitución 400, Monterrey, N.L."},
        {"Envíelo a Av. Juárez 12, Morelia, Mich. hoy.",
         "STREET_ADDRESS=Av. Juárez 12, Morelia, Mich."},
        {"Deliver to Blk 164 Ang Mo Kio Ave 3 today.", "STREET_ADDRESS=Blk 164 Ang Mo Kio Ave"},
        {"Deliver to Door No. 12, MG Road, Bengaluru 560001 today.",
         "STREET_ADDRESS=Door No. 12, MG Road, Bengaluru 560001"},
        {"Ship to RR 2 Box 36, Millbrook, NY 12545 today.",
         "STREET_ADDRESS=RR 2 Box 36, Millbrook, NY 12545"},
        {"Ship to Unit 7/84 Smith St, Sydney NSW 2000 today.",
         "STREET_ADDRESS=Unit 7/84 Smith St, Sydney NSW 2000"},
        {"Ship to Plot 5 Baker Street today.", "STREET_ADDRESS=Plot 5 Baker Street"},
    };
    CHECK(c);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_a_towns_name_goes_and_a_person_stays),
        cmocka_unit_test(test_the_gated_weak_contexts_still_name_people),
        cmocka_unit_test(test_a_country_still_ends_the_address),
        cmocka_unit_test(test_the_tails_words_still_extend_the_address),
        cmocka_unit_test(test_the_gates_after_a_stop_still_let_their_shapes_through),
        cmocka_unit_test(test_a_famous_pair_still_goes),
        cmocka_unit_test(test_labelled_fields_states_and_prefixes_still_join_the_address),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
