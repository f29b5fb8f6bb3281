/* test_addr63.c: addresses in tool calls and retrieved chunks (branch addr63,
 * contrib/bench/accuracy/notes/addr63.md).
 * - An address object's house-number, postcode and street members under keys of sv, da, fi, pl
 *   and cs (`gata`, `gatunummer`, `postnummer`, `vejnavn`, `talonumero`, `kodPocztowy`, `psc`)
 *   are masked (session_keys.c).
 * - Generic keys (`via`, `numero`, `cap`, `line1`) count only inside an object whose key names an
 *   address (`residenza`, `shippingAddress`): elsewhere `"numero": "12"` stays (rewrite_addr63.c).
 * - Schema placeholders of sv, da, fi and cs (`Exempelgatan 1`, `Eksempelvej 1`, `Esimerkkikatu
 *   1`, `Vzorová 1`) stay as written (rewrite_calls61.c).
 * - A street's name alone after an address label, its number opening the next line ("Adresse:
 *   Strandvejen\n203, 8000 Aarhus C"), is read over the break; a label of anything else is not
 *   (rag61.c). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "restore_bytes.h"

#include "anonymize/anon_internal.h"
#include "anonymize/anonymize.h"
#include "anonymize/json_rewrite.h"
#include "anonymize/names.h"
#include "anonymize/names_internal.h"

#define NAMES_DEFAULT_PACKS 1
#include "names_cases.h"

/* An Anthropic tool_use whose input holds split address members of five languages. Before: the
 * house numbers, postcodes and street names were sent as they were. */
static void test_split_members_of_other_languages(void **state)
{
    (void)state;
    anon_session_t *s = anon_session_new(eng);
    const char *in =
        "{\"model\": \"claude-sonnet-4-5\", \"max_tokens\": 256, \"messages\": [{\"role\": "
        "\"assistant\", \"content\": [{\"type\": \"tool_use\", \"id\": \"toolu_1\", \"name\": "
        "\"create_label\", \"input\": {\"leveransadress\": {\"gata\": \"Storgatan\", "
        "\"gatunummer\": \"41\", \"postnummer\": \"752 20\", \"ort\": \"Uppsala\"}, "
        "\"leveringsadresse\": {\"vejnavn\": \"Strandvejen\", \"husnummer\": \"63\", "
        "\"postnummer\": \"8000\"}, \"toimitusosoite\": {\"katu\": \"H\xC3\xA4meenkatu\", "
        "\"talonumero\": \"134\", \"postinumero\": \"33100\"}, \"adres\": {\"nrDomu\": \"72\", "
        "\"kodPocztowy\": \"00-029\"}, \"adresa\": {\"cisloPopisne\": \"118\", \"psc\": \"602 "
        "00\"}}}]}]}";
    char *o = rewrite_body(s, ANON_BODY_JSON, in);
    assert_null(strstr(o, "Storgatan"));
    assert_null(strstr(o, "\"41\""));
    assert_null(strstr(o, "752 20"));
    assert_null(strstr(o, "Strandvejen"));
    assert_null(strstr(o, "\"63\""));
    assert_null(strstr(o, "meenkatu"));
    assert_null(strstr(o, "\"134\""));
    assert_null(strstr(o, "33100"));
    assert_null(strstr(o, "\"72\""));
    assert_null(strstr(o, "00-029"));
    assert_null(strstr(o, "\"118\""));
    assert_null(strstr(o, "602 00"));
    assert_non_null(strstr(o, "Uppsala")); /* a town alone is no one's address */
    restores_bytewise(s, o, in);
    free(o);
    anon_session_free(s);
}

/* Generic keys under an address object are its parts; the same keys elsewhere are not. Before:
 * "Via Solferino", "12" and "40126" under "residenza" were sent. */
static void test_generic_keys_under_an_address_object(void **state)
{
    (void)state;
    anon_session_t *s = anon_session_new(eng);
    const char *in =
        "{\"contents\": [{\"role\": \"model\", \"parts\": [{\"functionCall\": {\"name\": "
        "\"save\", \"args\": {\"residenza\": {\"via\": \"Via Solferino\", \"numero\": \"12\", "
        "\"cap\": \"40126\", \"citta\": \"Bologna\"}, \"shippingAddress\": [{\"line1\": \"Flat 9, "
        "113 Bellingham Road\", \"nr\": \"113\"}], \"ordine\": {\"numero\": \"77\", \"cap\": "
        "\"500\", \"via\": \"corriere\"}}}}]}]}";
    char *o = rewrite_body(s, ANON_BODY_JSON, in);
    assert_null(strstr(o, "Solferino"));
    assert_null(strstr(o, "\"12\""));
    assert_null(strstr(o, "40126"));
    assert_null(strstr(o, "Bellingham"));
    assert_null(strstr(o, "\"113\""));
    /* an order's number, a cap and a carrier under no address key stay */
    assert_non_null(strstr(o, "\"numero\": \"77\""));
    assert_non_null(strstr(o, "\"cap\": \"500\""));
    assert_non_null(strstr(o, "\"via\": \"corriere\""));
    restores_bytewise(s, o, in);
    free(o);
    anon_session_free(s);
}

/* Placeholder streets of sv, da, fi and cs in a tool's schema stay; a real street beside them in
 * the call is masked. Before: "Exempelgatan 1" and the others were masked. */
static void test_nordic_and_czech_placeholders_stay(void **state)
{
    (void)state;
    anon_session_t *s = anon_session_new(eng);
    const char *in =
        "{\"model\": \"gpt-4o\", \"messages\": [{\"role\": \"assistant\", \"content\": null, "
        "\"tool_calls\": [{\"id\": \"call_1\", \"type\": \"function\", \"function\": {\"name\": "
        "\"ship\", \"arguments\": \"{\\\"adress\\\": \\\"Kungsgatan 41, 752 20 "
        "Uppsala\\\"}\"}}]}], "
        "\"tools\": [{\"type\": \"function\", \"function\": {\"name\": \"ship\", \"parameters\": "
        "{\"type\": \"object\", \"properties\": {\"adress\": {\"type\": \"string\", \"examples\": "
        "[\"Exempelgatan 1\", \"Eksempelvej 1\"], \"default\": \"Esimerkkikatu 1\", \"example\": "
        "\"Vzorov\\u00e1 1\"}}}}}]}";
    char *o = rewrite_body(s, ANON_BODY_JSON, in);
    assert_non_null(strstr(o, "\"Exempelgatan 1\""));
    assert_non_null(strstr(o, "\"Eksempelvej 1\""));
    assert_non_null(strstr(o, "\"Esimerkkikatu 1\""));
    assert_non_null(strstr(o, "Vzorov"));
    assert_null(strstr(o, "Kungsgatan"));
    restores_bytewise(s, o, in);
    free(o);
    anon_session_free(s);
}

/* A chunk's form line: the street's name after an address label, its number on the next line.
 * Before: "Strandvejen" and "Storgatan" were sent. A label of anything else keeps its break. */
static void test_street_after_a_label_cut_at_the_line(void **state)
{
    (void)state;
    const char *in = "{\"model\": \"gpt-4o\", \"messages\": [{\"role\": \"user\", \"content\": "
                     "\"[doc 1, p. 2]\\nLejeren, Adresse: Strandvejen\\n203, 8000 Aarhus C. "
                     "Parterne er enige.\\nHyresg\\u00e4sten, Adress : Storgatan\\n161, 752 20 "
                     "Uppsala.\\nStatus: Delivered\\n12 parcels left the depot.\"}]}";
    char *o = rewrite_json(in);
    assert_null(strstr(o, "Strandvejen"));
    assert_null(strstr(o, "Storgatan"));
    assert_non_null(strstr(o, "Status: Delivered\\n12 parcels"));
    free(o);
}

/* every prefix of the label and cue shapes through the whole pack, and every prefix of a key
 * through the member reader, each copied to a buffer of exactly its size */
static void test_every_prefix_is_scanned_safely(void **state)
{
    (void)state;
    scan_every_prefix("Adresse: Strandvejen\n203, 8000 Aarhus C\nAdress : Storgatan\n1\n"
                      "bop\xC3\xA6l N\xC3\xB8rrebrogade\n12\ncom domic\xC3\xADlio em Rua\n3, "
                      "Lisboa\ndomicili\xC3\xA9 12,\nboulevard\nAddress:\n1\n:\n1\nx:\n");
    const char *keys[] = {"numero", "ps\xC4\x8D", "line1", "via", "cap"};
    const char *owner = "residenza";
    for (size_t k = 0; k < sizeof keys / sizeof keys[0]; k++)
        for (size_t i = 0; i <= strlen(keys[k]); i++) {
            uint8_t *p = malloc(i ? i : 1);
            assert_non_null(p);
            memcpy(p, keys[k], i);
            anon_json_seg_t seg[2] = {{(const uint8_t *)owner, strlen(owner), 0, 0}, {p, i, 0, 0}};
            anon_json_path_t path = {.seg = seg, .depth = 2};
            size_t kl = 0;
            const char *r = anon_addr63_member_key(&path, &seg[1], &kl);
            assert_true(r == NULL || kl == strlen(r));
            free(p);
        }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_every_prefix_is_scanned_safely),
        cmocka_unit_test(test_split_members_of_other_languages),
        cmocka_unit_test(test_generic_keys_under_an_address_object),
        cmocka_unit_test(test_nordic_and_czech_placeholders_stay),
        cmocka_unit_test(test_street_after_a_label_cut_at_the_line),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
