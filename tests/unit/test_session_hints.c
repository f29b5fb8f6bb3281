/* test_session_hints.c: the names hint a JSON member's key gives its value (session.c's
 * member_hint(), through anon_member_hint()). Its lists are read behind a filter (a hash of the
 * folded key, the last two bytes of a birth word): every word of every list, in the spellings
 * keys come in, still gives its hint, and keys near them (a word inside a longer key, one byte
 * off, "content", "role") give none. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "anonymize/anon_internal.h"
#include "anonymize/names.h"

/* every word of session.c's lists, as they stand there (folded), with its hint */
static const struct {
    const char *k;
    int hint;
} words[] = {
    {"accountholder", ANON_NAMES_HINT_PERSON},
    {"assignee", ANON_NAMES_HINT_PERSON},
    {"cardholder", ANON_NAMES_HINT_PERSON},
    {"cardholdername", ANON_NAMES_HINT_PERSON},
    {"clientname", ANON_NAMES_HINT_PERSON},
    {"contact", ANON_NAMES_HINT_PERSON},
    {"contactname", ANON_NAMES_HINT_PERSON},
    {"customername", ANON_NAMES_HINT_PERSON},
    {"displayname", ANON_NAMES_HINT_PERSON},
    {"employeename", ANON_NAMES_HINT_PERSON},
    {"familyname", ANON_NAMES_HINT_PERSON},
    {"firstname", ANON_NAMES_HINT_PERSON},
    {"fullname", ANON_NAMES_HINT_PERSON},
    {"givenname", ANON_NAMES_HINT_PERSON},
    {"lastname", ANON_NAMES_HINT_PERSON},
    {"maidenname", ANON_NAMES_HINT_PERSON},
    {"middlename", ANON_NAMES_HINT_PERSON},
    {"patientname", ANON_NAMES_HINT_PERSON},
    {"surname", ANON_NAMES_HINT_PERSON},
    {"achternaam", ANON_NAMES_HINT_PERSON},
    {"apellido", ANON_NAMES_HINT_PERSON},
    {"apellidos", ANON_NAMES_HINT_PERSON},
    {"cognome", ANON_NAMES_HINT_PERSON},
    {"nachname", ANON_NAMES_HINT_PERSON},
    {"vorname", ANON_NAMES_HINT_PERSON},
    {"voornaam", ANON_NAMES_HINT_PERSON},
    {"prenom", ANON_NAMES_HINT_PERSON},
    {"pr\303\251nom", ANON_NAMES_HINT_PERSON},
    {"sobrenome", ANON_NAMES_HINT_PERSON},
    {"nomecompleto", ANON_NAMES_HINT_PERSON},
    {"nombrecompleto", ANON_NAMES_HINT_PERSON},
    {"fname", ANON_NAMES_HINT_PERSON},
    {"lname", ANON_NAMES_HINT_PERSON},
    {"assignees", ANON_NAMES_HINT_PERSON},
    {"attendees", ANON_NAMES_HINT_PERSON},
    {"authors", ANON_NAMES_HINT_PERSON},
    {"participants", ANON_NAMES_HINT_PERSON},
    {"recipients", ANON_NAMES_HINT_PERSON},
    {"reviewers", ANON_NAMES_HINT_PERSON},
    {"approvers", ANON_NAMES_HINT_PERSON},
    {"contacts", ANON_NAMES_HINT_PERSON},
    {"people", ANON_NAMES_HINT_PERSON},
    {"name", ANON_NAMES_HINT_NAME},
    {"author", ANON_NAMES_HINT_NAME},
    {"patient", ANON_NAMES_HINT_NAME},
    {"customer", ANON_NAMES_HINT_NAME},
    {"employee", ANON_NAMES_HINT_NAME},
    {"client", ANON_NAMES_HINT_NAME},
    {"nombre", ANON_NAMES_HINT_NAME},
    {"nome", ANON_NAMES_HINT_NAME},
    {"naam", ANON_NAMES_HINT_NAME},
    {"nom", ANON_NAMES_HINT_NAME},
    {"dob", ANON_NAMES_HINT_DOB},
    {"birthdate", ANON_NAMES_HINT_DOB},
    {"dateofbirth", ANON_NAMES_HINT_DOB},
    {"birthday", ANON_NAMES_HINT_DOB},
    {"geburtsdatum", ANON_NAMES_HINT_DOB},
    {"geburtstag", ANON_NAMES_HINT_DOB},
    {"datenaissance", ANON_NAMES_HINT_DOB},
    {"datedenaissance", ANON_NAMES_HINT_DOB},
    {"fechanacimiento", ANON_NAMES_HINT_DOB},
    {"fechadenacimiento", ANON_NAMES_HINT_DOB},
    {"datanascita", ANON_NAMES_HINT_DOB},
    {"datadinascita", ANON_NAMES_HINT_DOB},
    {"geboortedatum", ANON_NAMES_HINT_DOB},
    {"datanascimento", ANON_NAMES_HINT_DOB},
    {"datadenascimento", ANON_NAMES_HINT_DOB},
    {"street", ANON_NAMES_HINT_STREET},
    {"streetname", ANON_NAMES_HINT_STREET},
    {"streetaddress", ANON_NAMES_HINT_STREET},
    {"streetline", ANON_NAMES_HINT_STREET},
    {"street1", ANON_NAMES_HINT_STREET},
    {"street2", ANON_NAMES_HINT_STREET},
    {"addressline", ANON_NAMES_HINT_STREET},
    {"addressline1", ANON_NAMES_HINT_STREET},
    {"addressline2", ANON_NAMES_HINT_STREET},
    {"address1", ANON_NAMES_HINT_STREET},
    {"address2", ANON_NAMES_HINT_STREET},
    {"strasse", ANON_NAMES_HINT_STREET},
    {"stra\303\237e", ANON_NAMES_HINT_STREET},
    {"straat", ANON_NAMES_HINT_STREET},
    {"calle", ANON_NAMES_HINT_STREET},
    {"rue", ANON_NAMES_HINT_STREET},
    {"rua", ANON_NAMES_HINT_STREET},
    {"indirizzo", ANON_NAMES_HINT_STREET},
    {"direccion", ANON_NAMES_HINT_STREET},
    {"direcci\303\263n", ANON_NAMES_HINT_STREET},
    {"endereco", ANON_NAMES_HINT_STREET},
    {"endere\303\247o", ANON_NAMES_HINT_STREET},
    {"billingstreet", ANON_NAMES_HINT_STREET},
    {"shippingstreet", ANON_NAMES_HINT_STREET},
    {"mailingstreet", ANON_NAMES_HINT_STREET},
    {"housenumber", ANON_NAMES_HINT_ADDR_PART},
    {"houseno", ANON_NAMES_HINT_ADDR_PART},
    {"housenr", ANON_NAMES_HINT_ADDR_PART},
    {"hausnummer", ANON_NAMES_HINT_ADDR_PART},
    {"hausnr", ANON_NAMES_HINT_ADDR_PART},
    {"huisnummer", ANON_NAMES_HINT_ADDR_PART},
    {"streetnumber", ANON_NAMES_HINT_ADDR_PART},
    {"streetno", ANON_NAMES_HINT_ADDR_PART},
    {"buildingnumber", ANON_NAMES_HINT_ADDR_PART},
    {"apartmentnumber", ANON_NAMES_HINT_ADDR_PART},
    {"aptnumber", ANON_NAMES_HINT_ADDR_PART},
    {"flatnumber", ANON_NAMES_HINT_ADDR_PART},
    {"unitnumber", ANON_NAMES_HINT_ADDR_PART},
    {"zip", ANON_NAMES_HINT_ADDR_PART},
    {"zipcode", ANON_NAMES_HINT_ADDR_PART},
    {"postcode", ANON_NAMES_HINT_ADDR_PART},
    {"postalcode", ANON_NAMES_HINT_ADDR_PART},
    {"plz", ANON_NAMES_HINT_ADDR_PART},
    {"postleitzahl", ANON_NAMES_HINT_ADDR_PART},
    {"codepostal", ANON_NAMES_HINT_ADDR_PART},
    {"codigopostal", ANON_NAMES_HINT_ADDR_PART},
    {"c\303\263digopostal", ANON_NAMES_HINT_ADDR_PART},
    {"billingpostalcode", ANON_NAMES_HINT_ADDR_PART},
    {"shippingpostalcode", ANON_NAMES_HINT_ADDR_PART},
    {"mailingpostalcode", ANON_NAMES_HINT_ADDR_PART},
    {"billingzip", ANON_NAMES_HINT_ADDR_PART},
    {"shippingzip", ANON_NAMES_HINT_ADDR_PART},
};

static int hint_of(const char *k)
{
    return anon_member_hint(k, strlen(k));
}

static void test_every_list_word_gives_its_hint(void **state)
{
    (void)state;
    for (size_t i = 0; i < sizeof words / sizeof words[0]; i++)
        if (hint_of(words[i].k) != words[i].hint)
            fail_msg("%s: %d, want %d", words[i].k, hint_of(words[i].k), words[i].hint);
}

static void test_spellings_fold_to_the_word(void **state)
{
    (void)state;
    assert_int_equal(hint_of("fullName"), ANON_NAMES_HINT_PERSON);
    assert_int_equal(hint_of("FULL_NAME"), ANON_NAMES_HINT_PERSON);
    assert_int_equal(hint_of("Patient Name"), ANON_NAMES_HINT_PERSON);
    assert_int_equal(hint_of("last-name"), ANON_NAMES_HINT_PERSON);
    assert_int_equal(hint_of("Name"), ANON_NAMES_HINT_NAME);
    assert_int_equal(hint_of("address_line_1"), ANON_NAMES_HINT_STREET);
    assert_int_equal(hint_of("Stra\303\237e"), ANON_NAMES_HINT_STREET);
    assert_int_equal(hint_of("postal.code"), ANON_NAMES_HINT_ADDR_PART);
    assert_int_equal(hint_of("Pr\303\251nom"), ANON_NAMES_HINT_PERSON);
    /* a birth word ends the key */
    assert_int_equal(hint_of("patientDob"), ANON_NAMES_HINT_DOB);
    assert_int_equal(hint_of("customer_birth_date"), ANON_NAMES_HINT_DOB);
    assert_int_equal(hint_of("DATE_OF_BIRTH"), ANON_NAMES_HINT_DOB);
    assert_int_equal(hint_of("kind.geburtsdatum"), ANON_NAMES_HINT_DOB);
    assert_int_equal(hint_of("fecha_de_nacimiento"), ANON_NAMES_HINT_DOB);
}

static void test_keys_near_the_words_give_none(void **state)
{
    (void)state;
    static const char *const none[] = {
        "content", "role", "model",  "messages", "contactx", "names", "xname",     "hotel",
        "db",      "ob",   "o",      "",         "dobx",     "birth", "dobs",      "street3",
        "zipper",  "nom2", "prenon", "surnam",   "surnamee", "stras", "fullname1", "birthdayx"};
    for (size_t i = 0; i < sizeof none / sizeof none[0]; i++)
        if (hint_of(none[i]) != ANON_NAMES_HINT_NONE)
            fail_msg("%s: %d", none[i], hint_of(none[i]));
    /* longer than a folded key may be (40 bytes) */
    assert_int_equal(hint_of("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa_dob"),
                     ANON_NAMES_HINT_NONE);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_every_list_word_gives_its_hint),
        cmocka_unit_test(test_spellings_fold_to_the_word),
        cmocka_unit_test(test_keys_near_the_words_give_none),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
