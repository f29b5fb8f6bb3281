/* test_names_informal.c: PERSON where informal text names someone with no form or title around
 * (names_informal.c and its hooks in names.c and names_reject.c): lone names coordinated with a
 * given name, everyday roles and relations before a name, verbs that address a person, thanks
 * and greetings closing on a name, vocatives opening a line; each with the look-alike it must
 * leave alone (firms, clubs, brands, pets, weekdays, street corners). */
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

#define NAMES_SKIP_TYPE "STREET_ADDRESS" /* this file is about the people */
#include "names_cases.h"

static void test_lone_names_coordinated_with_a_given_name(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Remind Kwame and Efua about the rent", "PERSON=Kwame;PERSON=Efua"},
        {"Bethany & Malte kommen auch", "PERSON=Bethany;PERSON=Malte"},
        {"Schrijf een kaartje voor Lieke en Bram", "PERSON=Lieke;PERSON=Bram"},
        {"Trevor & Marisol are coming", "PERSON=Trevor;PERSON=Marisol"},
        {"Invite Arjun, Leah, Trevor and Thandiwe",
         "PERSON=Arjun;PERSON=Leah;PERSON=Trevor;PERSON=Thandiwe"},
    };
    CHECK(c);
}

static void test_firms_clubs_and_corners_are_no_list_of_people(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Tesco & Airbnb are both closed", ""},
        {"Fournisseur: Durand & Associés", ""},
        {"Analysts at Johnson & Johnson expect growth.", ""},
        {"Morgan Stanley and Philips both sponsor the meetup.", ""},
        /* lower case: the raised words of a firm or a corner */
        {"we'll meet sunday at craig, palmer and quinn, 80 p.o. box 15", ""},
        {"mention ben & jerry's and lidl as vendors", ""},
        /* "en" is "in" in Spanish and French: no list */
        {"Nacido en Sevilla, se mudó a Vigo.", ""},
        {"Vivió en Calle de Alcalá, nº 55", ""},
    };
    CHECK(c);
}

static void test_everyday_role_or_relation_before_a_name(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Our server Tjark was attentive and funny.", "PERSON=Tjark"},
        {"Meine Schwiegermutter Katrin kommt jedes Wochenende.", "PERSON=Katrin"},
        {"Unsere Kellnerin Priya war sehr aufmerksam.", "PERSON=Priya"},
        {"Ma belle-mère Solène débarque sans prévenir.", "PERSON=Solène"},
        {"Mi suegra Itziar se presenta sin avisar.", "PERSON=Itziar"},
        {"A minha sogra Leonor aparece sem avisar.", "PERSON=Leonor"},
        /* a pet after the same possessive */
        {"Our dog Biscuit was welcome too.", ""},
    };
    CHECK(c);
}

static void test_verb_that_addresses_a_person(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"tell Fenmarwyn i said hi", "PERSON=Fenmarwyn"},
        {"Help me reply to Kymar, she wants to move our meeting", "PERSON=Kymar"},
        /* "y" joins the two as a Spanish double surname would */
        {"dile a Nerea y Efua que cenamos a las 9", "PERSON=Nerea y Efua"},
        {"avisa o Duarte que jantamos às 9", "PERSON=Duarte"},
        {"Vraag naar Femke, echt top geholpen!", "PERSON=Femke"},
        {"Merci à Gaspard pour l'accueil !", "PERSON=Gaspard"},
        /* a company after the same verbs */
        {"Help me reply to Tesco support, they charged me twice", ""},
    };
    CHECK(c);
}

static void test_thanks_and_vocatives(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"thanks Oluwaseun!", "PERSON=Oluwaseun"},
        {"Ok Thandiwe, see you Tuesday", "PERSON=Thandiwe"},
        {"Selseldo, mi mandi le foto?", "PERSON=Selseldo"},
        {"Rocío, ¿me mandas las fotos?", "PERSON=Rocío"},
        /* a word that opens a clause, a pet called to */
        {"So, you want to build it yourself.", ""},
        {"Biscuit, come here!", ""},
    };
    CHECK(c);
}

/* Every prefix of a text with each signal is scanned without reading past its end (under ASan,
 * -DHUSH_SANITIZE=ON): the list's separators, the look-back over roles and verbs, the vocative's
 * clause. */
static void test_every_informal_prefix_is_scanned_safely(void **state)
{
    (void)state;
    scan_every_prefix("Remind Kwame and Efua, Lieke & Bram. Meine Schwiegermutter Katrin kommt. "
                      "avisa o Duarte e a Leonor. Rocío, ¿me mandas? thanks Oluwaseun! St. Mary's, "
                      "Johnson & Johnson, Archie and Estrela 57");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_lone_names_coordinated_with_a_given_name),
        cmocka_unit_test(test_firms_clubs_and_corners_are_no_list_of_people),
        cmocka_unit_test(test_everyday_role_or_relation_before_a_name),
        cmocka_unit_test(test_verb_that_addresses_a_person),
        cmocka_unit_test(test_thanks_and_vocatives),
        cmocka_unit_test(test_every_informal_prefix_is_scanned_safely),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
