/* test_speed40.c: the scan passes' prechecks of round thirty-two (speed40). The detection view's
 * one pass (engine_view.c, utf8_coded_avx2()) classes the bytes that may open an encoded
 * separator by two nibble look-ups instead of twelve compares: the classes must be exactly the
 * byte lists (hard: '%' '&' '\\' ESC '+' '<' '=' '['; soft, after a digit, ')', '-', '@' or a
 * space: '\n' '\r' '*' '`'), for all 256 bytes. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

/* engine_view.c: 0, or -(the first byte classed apart from its list) - 1 */
int anon_view_audit_classes(void);

static void test_view_classes_are_the_lists(void **state)
{
    (void)state;
    int rc = anon_view_audit_classes();
    if (rc)
        fail_msg("byte 0x%02X classed apart from its list", -rc - 1);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_view_classes_are_the_lists),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
