/* test_names_pets.c: a pet named by the words around it is no person (names_dob8.c,
 * nw_dob8_pet_named): after a lower-case animal noun or breed, perhaps with "named" between, or
 * before one in brackets, in each locale; and the people beside them, and the look-alikes that
 * keep a person (a role after the noun, a person's possessive after it). */
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

#include "names_cases.h"

static void test_pet_after_its_animal_noun_is_no_person(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Mi perro Toby ladra toda la noche.", ""},
        {"Il mio gatto Romeo dorme tutto il giorno.", ""},
        {"Write a short story about a hamster named Pickles and his owner Dana Whitlock.",
         "PERSON=Dana Whitlock"},
        {"Pet sitter notes: Feed Oscar (cat) twice a day. Owner: Priya Raman.",
         "PERSON=Priya Raman"},
        {"Notre chienne appelée Margot a mordu le facteur.", ""},
        {"Onze kat genaamd Tijger is weggelopen.", ""},
        {"O meu cão chamado Thiago fugiu ontem.", ""},
    };
    CHECK(c);
}

static void test_people_next_to_animal_words_stay(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        /* the noun is part of a role, or the word after it is a person's possessive */
        {"Our dog walker, Marisol Quintero, comes at noon.", "PERSON=Marisol Quintero"},
        {"I gave the cat Johanna Verbeek's old blanket.", "PERSON=Johanna Verbeek"},
        /* a role after the noun */
        {"Ask the cat sitter, Ingrid Solberg, to water the plants.", "PERSON=Ingrid Solberg"},
    };
    CHECK(c);
}

static void test_pet_by_what_follows_its_name(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        /* what only an animal does or has, right after a one-word name */
        {"Luna's litter box needs changing twice a day, and Rex's leash is broken.", ""},
        {"Hazel purrs all night. Is that normal for kittens?", ""},
        {"Unser Bello bellt die ganze Nacht.", ""},
        {"Kiki\xe2\x80\x99s kibble is almost gone, ask Tamsin Okafor to buy more.",
         "PERSON=Tamsin Okafor"},
    };
    CHECK(c);
}

static void test_pet_with_its_animal_noun_after_or_a_wider_noun_before(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Rex the dog barked at the postman.", ""},
        {"Pip (the hamster) escaped again. My daughter Sanne Voskuijl is sad.",
         "PERSON=Sanne Voskuijl"},
        {"Our pony Mister is 12 now. Write a birthday card from Oona Feeney.",
         "PERSON=Oona Feeney"},
        {"Notre cobaye Caramel ne mange plus.", ""},
    };
    CHECK(c);
}

static void test_people_beside_what_follows_stay(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        /* a person's own things and doings, and a full name before an animal word */
        {"Send Ms Okonkwo's vet appointment to the calendar.", "PERSON=Okonkwo"},
        {"Dear Imke, Bruno wagged his tail all day.", "PERSON=Imke"},
        {"Marta Ferreira's collar size is 38 for the shirt order.", "PERSON=Marta Ferreira"},
        /* a role after the animal noun, and "chat" is no animal here */
        {"Rex barked, and Maria Ortega, our dog walker, laughed.", "PERSON=Maria Ortega"},
        {"Ask Joost, the dog sitter, to come at 7.", "PERSON=Joost"},
        {"Hi Lotte, in our chat Anna said the meeting moved.", "PERSON=Lotte;PERSON=Anna"},
    };
    CHECK(c);
}

static void test_pet_shapes_scan_every_prefix_safely(void **state)
{
    (void)state;
    scan_every_prefix(
        "Feed Oscar (cat); mi perro Toby; a hamster named Pickles; walk (dog; "
        "Luna's litter; Rex barks; Kiki\xe2\x80\x99s kibble; Rex the dog; Pip (the hamster)");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_pet_after_its_animal_noun_is_no_person),
        cmocka_unit_test(test_people_next_to_animal_words_stay),
        cmocka_unit_test(test_pet_by_what_follows_its_name),
        cmocka_unit_test(test_pet_with_its_animal_noun_after_or_a_wider_noun_before),
        cmocka_unit_test(test_people_beside_what_follows_stay),
        cmocka_unit_test(test_pet_shapes_scan_every_prefix_safely),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
