/* test_names_agent20.c: the per-line passes' list look-ups behind a first test (branch agent20):
 * a key, a label or the text before a ':' is folded and looked up in a list (names_tables2.c's
 * field names, names_kv8_words.c's person keys, names_forms6.c's party labels, names_lists2.c's
 * and names_rosters.c's roster, person and rite labels) only when some word of the list opens
 * and ends with its first and last byte (folded) and is as long (nw_lens_may()). The tables must
 * hold every word of their lists (the audits), and the answers must be the ones the passes gave
 * without the test: each expectation below is the branch base's answer (these texts found by a
 * program linked against the base's library, 7653b36): keys in lower case, capitals, camel case,
 * with accents, in JSON, logfmt, YAML, XML, SQL and tables; party, roster, person and rite labels
 * in the pack's languages ("Tatverdächtige/r", "Teilnehmer:innen", "Élève"); and log and code
 * lines whose keys and labels name nothing.
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
#include "anonymize/names.h"
#include "anonymize/names_internal.h"
#include "anonymize/names_learn.h"

#include "names_cases.h"

static void test_lens_tables_hold_every_list_word(void **state)
{
    (void)state;
    assert_int_equal(nw_tables2_lens_audit(), 0);
    assert_int_equal(nw_kv8_lens_audit(), 0);
    assert_int_equal(nw_forms6_lens_audit(), 0);
    assert_int_equal(nw_lists2_lens_audit(), 0);
    assert_int_equal(nw_roster_lens_audit(), 0);
}

/* The first and last byte in any case, a byte >= 0x80 at either end, a length of 0 or 64. */
static void test_lens_may_reads_both_ends_and_the_length(void **state)
{
    (void)state;
    static const struct nw_lens m = {{['d' - 'a'] = 1u << 3, [26] = 1u << 5},
                                     {['b' - 'a'] = 1u << 3, [26] = 1u << 5, [27] = 1u << 5}};
    assert_true(nw_lens_may(&m, (const uint8_t *)"dob", 3));
    assert_true(nw_lens_may(&m, (const uint8_t *)"DOB", 3));
    assert_false(nw_lens_may(&m, (const uint8_t *)"dot", 3));
    assert_false(nw_lens_may(&m, (const uint8_t *)"dobs", 4));
    assert_false(nw_lens_may(&m, (const uint8_t *)"[ob", 3)); /* '[' | 32 is '{' */
    assert_false(nw_lens_may(&m, (const uint8_t *)"4ob", 3));
    assert_true(
        nw_lens_may(&m, (const uint8_t *)"\xc3\x89l\xc3\xa8", 5));   /* ends in a byte >= 0x80 */
    assert_true(nw_lens_may(&m, (const uint8_t *)"\xc3\x89lv/", 5)); /* ... in another byte */
    assert_false(nw_lens_may(&m, (const uint8_t *)"dob", 0));
    char big[70];
    memset(big, 'd', sizeof big);
    big[63] = 'b';
    assert_false(nw_lens_may(&m, (const uint8_t *)big, 64));
}

/* Keys of every shape names_tables2.c and names_kv8_words.c read. */
static void test_field_keys_behind_the_first_test(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"first_name=Maria last_name=Keller", "PERSON=Maria;PERSON=Keller"},
        {"FIRST_NAME=Maria LAST_NAME=Keller DOB=1987-03-04",
         "PERSON=Maria;PERSON=Keller;DATE_OF_BIRTH=1987-03-04"},
        {"{\"lastName\": \"de Jong\", \"dob\": \"1987-03-04\"}",
         "PERSON=de Jong;DATE_OF_BIRTH=1987-03-04"},
        {"Geburtsdatum: 04.03.1987\nAnschrift: Hauptstraße 5, 10115 Berlin",
         "DATE_OF_BIRTH=04.03.1987;STREET_ADDRESS=Hauptstraße 5, 10115 Berlin"},
        {"user.first_name = \"Anna\"\nperson[\"last_name\"] = \"Okafor\"",
         "PERSON=Anna;PERSON=Okafor"},
        {"<birthDate>1987-03-04</birthDate><ns:fullName>Maria Keller</ns:fullName>",
         "DATE_OF_BIRTH=1987-03-04;PERSON=Maria Keller"},
        {"INSERT INTO p (full_name, date_of_birth, home_address) VALUES ('Ann O''Hara', "
         "'1958-03-22', '27 King''s Road, London');",
         "PERSON=Ann O''Hara;DATE_OF_BIRTH=1958-03-22;STREET_ADDRESS=27 King''s Road, London"},
        {"Nome e cognome;Data di nascita;Indirizzo\nGiulia Rossi;12/03/1980;Via Roma 1, Milano",
         "PERSON=Giulia Rossi;DATE_OF_BIRTH=12/03/1980;STREET_ADDRESS=Via Roma 1, Milano"},
        {"Prénom: Élodie\nNom de famille: Dubois\nDate de naissance: 03/02/1984",
         "PERSON=Élodie;PERSON=Dubois;DATE_OF_BIRTH=03/02/1984"},
        {"Dirección: Calle Mayor 3, Madrid\nFecha de nacimiento: 4 de junio de 2008",
         "STREET_ADDRESS=Calle Mayor 3, Madrid;DATE_OF_BIRTH=4 de junio de 2008"},
        {"setFirstName(\"Maria\"); withLastName('Keller')", "PERSON=Maria;PERSON=Keller"},
        {"signer=Ana Lobo seq=3 received_by='Jan Smit' ok", "PERSON=Ana Lobo;PERSON=Jan Smit"},
        {"driver: \"Jonas Weber\"\nEmpfänger: \"Lena Vogt\"",
         "PERSON=Jonas Weber;PERSON=Lena Vogt"},
        {"{ firstName: \"maria\", lastName: \"keller\" }", "PERSON=maria;PERSON=keller"},
    };
    CHECK(c);
}

/* Party, roster, person, action and rite labels before a ':' (names_forms6.c, names_lists2.c,
 * names_rosters.c) and a roster label alone on its line. */
static void test_labels_behind_the_first_test(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Other driver: JAN DE VRIES\nWitness: maria keller",
         "PERSON=JAN DE VRIES;PERSON=maria keller"},
        {"Tatverdächtige/r: max mustermann\nTémoin: Jeanne Martin",
         "PERSON=max mustermann;PERSON=Jeanne Martin"},
        {"Tenant: Maria Keller\nPolicy holder: Acme Ltd", "PERSON=Maria Keller"},
        {"Perito asignado: Luis Gómez Ruiz\nGetuige: P. de Vries",
         "PERSON=Luis Gómez Ruiz;PERSON=P. de Vries"},
        {"Celebrant: Fr. Horham\nZelebrant: Pfr. Krüger", "PERSON=Horham;PERSON=Krüger"},
        {"Present: KIVAN HAYMCOMBE, DORA VELL\nApologies: reewick nawell, tomas brandt",
         "PERSON=KIVAN HAYMCOMBE;PERSON=DORA VELL;PERSON=reewick nawell;PERSON=tomas brandt"},
        {"Attendees: Anna Keller, Jorek Vlam\n- Anna: book the hall",
         "PERSON=Anna Keller;PERSON=Jorek Vlam;PERSON=Anna"},
        {"Teilnehmer:innen: Jonas Weber, Lena Vogt", "PERSON=Jonas Weber;PERSON=Lena Vogt"},
        {"Présents : Jeanne Martin, Paul Durand\nÉlève : Lucas Bernard",
         "PERSON=Jeanne Martin;PERSON=Paul Durand;PERSON=Lucas Bernard"},
        {"Attendees\nAnna Keller\nJorek Vlam\nPriya Shah",
         "PERSON=Anna Keller;PERSON=Jorek Vlam;PERSON=Priya Shah"},
        {"Chair: Anna de Vries\nMinutes taken by: Tom Baker",
         "PERSON=Anna de Vries;PERSON=Tom Baker"},
        {"Action: Jan Wril to call the council", "PERSON=Jan Wril"},
    };
    CHECK(c);
}

/* Log and code lines, keys with digits, labels in brackets, things' tables: the base's answers. */
static void test_lookalikes_keep_the_base_answers(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"2026-11-30T12:01:02Z INFO  worker-3 request id=5 path=/v1/orders status=200 dur=12ms\n",
         ""},
        {"2026-11-30T12:41:07Z DEBUG cache hit ratio=0.4 keys=2044 evictions=3\n", ""},
        {"def handle(req):\n    if not req.body:\n        raise ValueError('empty body')\n", ""},
        {"static int parse(const char *p, size_t n) {\n    for (size_t i = 0; i < n; i++)\n", ""},
        {"signer_id=42 Signer2=Ana status=Maria Keller", "PERSON=Maria Keller"},
        {"Status: Anna Keller\nStatus: OPEN\nTODO: fix the parser", "PERSON=Anna Keller"},
        {"Names: Anna Keller, Jorek Vlam\nNote: the owner is Maria",
         "PERSON=Anna Keller;PERSON=Jorek Vlam"},
        {"name = \"widget\"\nprice = 12\nversion: 3", ""},
        {"Name | SKU | Price\nWidget | A-1 | 3.50", ""},
        /* a label in brackets that opens its line is a label to the rules (the model used to
         * decide it: learn40's and learn42's models took it, learn41's and stop 42's did not) */
        {"[Present]: Anna Keller\n(Attendees): Jorek Vlam", "PERSON=Anna Keller;PERSON=Jorek Vlam"},
        {"DRIVER: PostgreSQL\nOfficer: 12\nTenant: 42", ""},
    };
    CHECK(c);
    int old = nw_learn_enable(0);
    static const struct tcase rules[] = {
        {"(Attendees): Jorek Vlam", "PERSON=Jorek Vlam"},
        {"(Present): Jorek Vlam", "PERSON=Jorek Vlam"},
        {"(see below): Platform Team", ""},
        {"(Attendees): Platform Team, Data Engineering", ""},
        {"Attendees (last, first): Vlam, Jorek", "PERSON=Vlam, Jorek"},
    };
    CHECK(rules);
    nw_learn_enable(old);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_lens_tables_hold_every_list_word),
        cmocka_unit_test(test_lens_may_reads_both_ends_and_the_length),
        cmocka_unit_test(test_field_keys_behind_the_first_test),
        cmocka_unit_test(test_labels_behind_the_first_test),
        cmocka_unit_test(test_lookalikes_keep_the_base_answers),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
