/* test_names_speedrq.c: the cheaper paths of branch speedrq give the answers of the slow form.
 * names_known.c: anon_names_prescan() reads an e-mail local part it has already read in the same
 * body only once (a request that resends its history holds the same address many times); the
 * set it builds is the one that reading every address gives, which the tests take by prescanning
 * each address alone, in order, into a second set.
 * names_bare.c: nw_bare_lead() asks its 64 words of time only of a word whose first and last
 * byte and length one of them has (nw_lens_may()); the table holds every word of the list, and
 * the leading words of time still open no name.
 * names.c: own_name_is() reads its words only after a first byte one of them has.
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

#include "default_engine.h"

/* The addresses of body, each prescanned alone (a fresh call reads every local part), in order */
static anon_names_known_t *each_alone(const char *body)
{
    anon_names_known_t *k = anon_names_known_new();
    assert_non_null(k);
    const char *p = body;
    while (*p) {
        while (*p == ' ')
            p++;
        const char *e = p;
        while (*e && *e != ' ')
            e++;
        if (e > p)
            assert_int_equal(anon_names_prescan(k, p, (size_t)(e - p)), 0);
        p = e;
    }
    return k;
}

static void same_sets(const char *body, const char *const *names, size_t nn)
{
    anon_names_known_t *a = anon_names_known_new(), *b = each_alone(body);
    assert_non_null(a);
    assert_int_equal(anon_names_prescan(a, body, strlen(body)), 0);
    assert_int_equal(anon_names_known_count(a), anon_names_known_count(b));
    for (size_t i = 0; i < nn; i++) {
        size_t n = strlen(names[i]);
        assert_int_equal(anon_names_known_has(a, names[i], n),
                         anon_names_known_has(b, names[i], n));
    }
    anon_names_known_free(a);
    anon_names_known_free(b);
}

static const char *const people[] = {
    "Maria Keller", "Jonas Weber", "Anna Vogt",   "Pieter Jansen", "Sofia Rossi", "Lucas Martin",
    "Emma Dubois",  "Carlos Ruiz", "Ines Santos", "Liam Murphy",   "Keller",      "Maria",
    "Info Support", "Rose Hill",   "Mark Smith",  "Jane Doe",      "John Smith"};

static void test_prescan_repeated_addresses_give_the_same_set(void **state)
{
    (void)state;
    /* the bench's shape: the same two addresses seven times */
    const char *bench = "john.smith@example.com jane.doe@corp.example.org "
                        "john.smith@example.com jane.doe@corp.example.org "
                        "john.smith@example.com jane.doe@corp.example.org "
                        "john.smith@example.com jane.doe@corp.example.org";
    same_sets(bench, people, sizeof people / sizeof *people);
    /* ten distinct local parts, so the memo of eight wraps, then the first ones again, other
     * domains, other separators and cases, look-alikes that spell no name */
    const char *many =
        "maria.keller@a.de jonas.weber@b.de anna.vogt@c.de pieter.jansen@d.nl "
        "sofia.rossi@e.it lucas.martin@f.fr emma.dubois@g.fr carlos.ruiz@h.es "
        "ines.santos@i.pt liam.murphy@j.ie maria.keller@other.example jonas.weber@b.de "
        "info.support@x.com rose.hill@y.com maria_keller@z.de Maria.Keller@z.de "
        "m.keller@z.de keller.maria@z.de anna.vogt@c.de mark.smith@s.com mark.smith@s.com";
    same_sets(many, people, sizeof people / sizeof *people);
}

static void test_prescan_repeated_address_still_names_the_person(void **state)
{
    (void)state;
    const char *body = "{\"messages\":[{\"role\":\"user\",\"content\":\"mail maria.keller@a.de "
                       "please\"},{\"role\":\"assistant\",\"content\":\"sent to "
                       "maria.keller@a.de\"}]}";
    anon_names_known_t *k = anon_names_known_new();
    assert_non_null(k);
    assert_int_equal(anon_names_prescan(k, body, strlen(body)), 0);
    assert_int_equal(anon_names_known_count(k), 1);
    assert_int_equal(anon_names_known_has(k, "Maria Keller", 12), 2);
    assert_int_equal(anon_names_known_has(k, "Keller", 6), 1);
    anon_names_known_free(k);
}

static void test_bare_lead_table_holds_every_word_of_time(void **state)
{
    (void)state;
    assert_int_equal(nw_bare_lens_audit(), 0);
}

static int found(const anon_engine_t *e, const char *text, const char *value)
{
    anon_finding_t *f = NULL;
    size_t n = 0, hit = 0;
    assert_int_equal(anon_find(e, text, strlen(text), &f, &n), 0);
    for (size_t i = 0; i < n; i++)
        hit |= f[i].end - f[i].start == strlen(value) &&
               memcmp(text + f[i].start, value, strlen(value)) == 0;
    free(f);
    return (int)hit;
}

/* Each expectation is main's answer (hush scan of the start build: the same masks) */
static void test_bare_lead_time_words_still_lead(void **state)
{
    (void)state;
    static const char *const texts[][2] = {
        {"We met. Yesterday Maria Keller called about the invoice.", "Maria Keller"},
        {"Gestern Jonas Weber hat angerufen.", "Jonas Weber"},
        {"Aujourd'hui Marie Dubois est venue.", "Marie Dubois"},
        {"Mercoledì Giulia Rossi ha chiamato.", "Giulia Rossi"},
        {"Sábado Carlos Ruiz llamó.", "Carlos Ruiz"},
        {"Vandaag Pieter Jansen belde.", "Pieter Jansen"},
        {"Ontem Ana Santos ligou.", "Ana Santos"},
        {"Yesterday John Smith called.", "John Smith"},
        {"Heute Anna Vogt kommt.", "Anna Vogt"},
        {"Montag Lukas Brandt ist da.", "Lukas Brandt"},
    };
    for (size_t i = 0; i < sizeof texts / sizeof texts[0]; i++)
        if (!found(def_engine, texts[i][0], texts[i][1]))
            fail_msg("%s", texts[i][0]);
}

/* names.c: own_name_is() leaves at a word before the run that opens with no 'm', 'e', 'i' or
 * 0xC3; the speaker's own name is still found in every locale (main's answers, hush scan) */
static void test_own_name_cue_still_names_the_speaker(void **state)
{
    (void)state;
    static const char *const texts[][2] = {
        {"Hola, mi nombre es Carlos Ruiz.", "Carlos Ruiz"},
        {"Ol\303\241, o meu nome \303\251 Ana Santos.", "Ana Santos"},
        {"Ciao, il mio nome \303\250 Giulia Rossi.", "Giulia Rossi"},
        {"Hallo, mein Name ist Jonas Weber.", "Jonas Weber"},
        {"Hoi, mijn naam is Pieter Jansen.", "Pieter Jansen"},
        {"Bonjour, je m'appelle Marie Dubois.", "Marie Dubois"},
    };
    for (size_t i = 0; i < sizeof texts / sizeof texts[0]; i++)
        if (!found(def_engine, texts[i][0], texts[i][1]))
            fail_msg("%s", texts[i][0]);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_prescan_repeated_addresses_give_the_same_set),
        cmocka_unit_test(test_prescan_repeated_address_still_names_the_person),
        cmocka_unit_test(test_bare_lead_table_holds_every_word_of_time),
        cmocka_unit_test(test_bare_lead_time_words_still_lead),
        cmocka_unit_test(test_own_name_cue_still_names_the_speaker),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
