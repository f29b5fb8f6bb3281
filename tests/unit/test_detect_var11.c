/* test_detect_var11.c: structured values in forms hush was not designed around (stop 33, branch
 * var11, contrib/bench/accuracy/notes/var11.md): an e-mail address with its dots spelled and no
 * brackets ("maria at example dot com", "maria@example dot com"), superscript digits that read as
 * a number, dots escaped for a regex; look-alikes in the same forms (a verb before "at", powers
 * and footnote marks, escaped version strings) stay. The AVX2 and the scalar first pass agree on
 * where a " dot " lies. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include "findings.h"
#include "default_engine.h"

static void test_spelled_dots_without_brackets(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Write to hannah_lindqvist63 at telefonica dot es, thanks.",
         "EMAIL=hannah_lindqvist63 at telefonica dot es"},
        {"Mail naar jonas.dupont28 AT outlook DOT com.", "EMAIL=jonas.dupont28 AT outlook DOT com"},
        {"contact: m.keller at uni-bonn dot de", "EMAIL=m.keller at uni-bonn dot de"},
        {"Schreib an serinda_romero@posteo dot de, danke.", "EMAIL=serinda_romero@posteo dot de"},
        {"maria at mail dot example dot com", "EMAIL=maria at mail dot example dot com"},
        {"mail maria.keller @ example.com today", "EMAIL=maria.keller @ example.com"},
        /* not addresses */
        {"let's meet at example dot com later", ""},
        {"y = a @ b.T and see you @ noon", ""},
        {"the dot com bubble and the dot product", ""},
        {"look at the dot on the map", ""},
        {"Ping me at standup dot", ""},
    };
    CHECK(def_engine, c);
}

static void test_superscript_digits_that_read_as_a_number(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"My card number is \u2074\u00b9\u00b9\u2075 \u2077\u00b2\u2078\u2079 \u2070\u2077\u00b2"
         "\u2074 \u2078\u2075\u00b9\u00b2, thanks.",
         "CREDIT_CARD=\u2074\u00b9\u00b9\u2075 \u2077\u00b2\u2078\u2079 \u2070\u2077\u00b2\u2074 "
         "\u2078\u2075\u00b9\u00b2"},
        {"My SSN is \u00b3\u2074\u2078-\u2075\u2074-\u2075\u00b9\u00b3\u2070, thanks.",
         "US_SSN=\u00b3\u2074\u2078-\u2075\u2074-\u2075\u00b9\u00b3\u2070"},
        /* powers, units and footnote marks */
        {"about 10\u00b9\u00b2 operations on 4111\u00b2 cells", ""},
        {"area 120 m\u00b2, see note\u00b9\u00b2", ""},
    };
    CHECK(def_engine, c);
}

static void test_dots_escaped_for_a_regex(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Write to serinda\\.haverland@posteo\\.de, thanks.",
         "EMAIL=serinda\\.haverland@posteo\\.de"},
        {"The server is at 70\\.112\\.237\\.83, thanks.", "IPV4=70\\.112\\.237\\.83"},
        /* a regex's own escapes and a version stay */
        {"pattern: ^\\d+\\.\\d+$ and ^v3\\.7\\.30\\.8617$", ""},
    };
    CHECK(def_engine, c);
}

static void test_quoted_printable_and_defanged_values(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"My card number is 4845 5969=\n 9108 2783, thanks.", "CREDIT_CARD=4845 5969=\n 9108 2783"},
        {"Please wire it to DE28=C2=A05859=C2=A00446=C2=A05446=C2=A07778=C2=A041, thanks.",
         "IBAN=DE28=C2=A05859=C2=A00446=C2=A05446=C2=A07778=C2=A041"},
        {"Call me at +1=C2=A0978=C2=A0247=C2=A01619, thanks.",
         "PHONE=+1=C2=A0978=C2=A0247=C2=A01619"},
        {"write to maria.keller@exam=\nple.com", "EMAIL=maria.keller@exam=\nple.com"},
        {"The server is at 159[.]250[.]144[.]78, thanks.", "IPV4=159[.]250[.]144[.]78"},
        {"Write to taluvo_okonjo[@]gmx[.]at, thanks.", "EMAIL=taluvo_okonjo[@]gmx[.]at"},
        /* a query's =20, an env file's empty value, a regex's class stay */
        {"GET /items?limit=20&offset=40 HTTP/1.1", ""},
        {"DB_HOST=\nDB_PORT=5432\n", ""},
        {"re.split(r\"[.]\", s) and a[.]b", ""},
    };
    CHECK(def_engine, c);
}

static void test_ssn_after_a_digit_cell_wrapped_or_after_lautet(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"id,created,ssn,status\n252,2024-04-11,387-64-5429,open\n", "US_SSN=387-64-5429"},
        {"My SSN is 282\n31-9688, thanks.", "US_SSN=282\n31-9688"},
        {"Meine SSN lautet 205139275, danke.", "US_SSN=205139275"},
        {"O meu SSN \xc3\xa9 451380912, obrigado.", "US_SSN=451380912"},
        /* numbers on consecutive lines, a range after a count stay */
        {"total\n282\n31-9688 items", ""},
        {"rows 1,234-56-78901", ""},
    };
    CHECK(def_engine, c);
}

/* The " dot " the AVX2 pass looks for in 32-byte blocks, at every offset against a block's
 * edges, and near the text's end: the scalar engine finds the same. */
static void test_dot_word_avx2_and_scalar_agree(void **state)
{
    (void)state;
    static const char *const samples[] = {
        "maria at example dot com",
        "Maria AT Example DOT Org",
        "x@host dot de",
    };
    check_views_agree(def_engine, samples, sizeof samples / sizeof samples[0], 1);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_spelled_dots_without_brackets),
        cmocka_unit_test(test_superscript_digits_that_read_as_a_number),
        cmocka_unit_test(test_dots_escaped_for_a_regex),
        cmocka_unit_test(test_quoted_printable_and_defanged_values),
        cmocka_unit_test(test_ssn_after_a_digit_cell_wrapped_or_after_lautet),
        cmocka_unit_test(test_dot_word_avx2_and_scalar_agree),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
