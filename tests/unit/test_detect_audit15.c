/* test_detect_audit15.c: the IPv4 version cues that branch audit15 narrowed (ipv4_version.c's
 * product names, validate.c's dependency line), each with the address it let out and the
 * version it still keeps out: a product word before a quad in 10.0.0.0/8 or past a first byte of
 * 40 ("java 10.199.229.79 heap dump attached"), a host inventory of service names and addresses
 * one a line ("redis 10.161.18.83\npostgres 10.190.192.9"); and the card rule's id words
 * (validate.c): a number in a card's groups after "account", "customer", "order" stays a card. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "findings.h"
#include "default_engine.h"

static void test_product_word_before_a_private_or_large_quad_keeps_the_address(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"java 10.199.229.79 heap dump attached", "IPV4=10.199.229.79"},
        {"java 214.103.133.5 heap dump attached", "IPV4=214.103.133.5"},
        {"python worker on 10.4.5.6 crashed, python 10.4.5.7 too", "IPV4=10.4.5.6;IPV4=10.4.5.7"},
        {"Docker 10.20.30.40 ran out of inodes", "IPV4=10.20.30.40"},
        {"nginx 192.168.197.187 returns 502", "IPV4=192.168.197.187"},
    };
    CHECK(def_engine, c);
}

static void test_product_versions_stay_out(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Linux 2.6.8.1 includes ALSA drivers", ""},
        {"GCC 2.7.2.3 was removed for the release of Lenny.", ""},
        {"upgraded to Python 3.11.4.1 today", ""},
    };
    CHECK(def_engine, c);
}

static void test_host_inventory_lines_keep_their_addresses(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"hosts:\nredis 10.161.18.83\npostgres 10.190.192.9\n",
         "IPV4=10.161.18.83;IPV4=10.190.192.9"},
        {"# inventory\nredis 62.89.150.115\nmysql 208.25.178.246\nnode 149.130.91.149\n",
         "IPV4=62.89.150.115;IPV4=208.25.178.246;IPV4=149.130.91.149"},
        {"Redis 10.0.0.5\nKafka 10.0.0.6", "IPV4=10.0.0.5;IPV4=10.0.0.6"},
    };
    CHECK(def_engine, c);
}

static void test_dependency_lists_stay_versions(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"Package    Version\n---------- --------\nlibfoo     4.2.1.0\nkafka 15.2.0.1\n", ""},
        {"requests 2.31.0.1\nurllib3 1.26.18.2\n", ""},
    };
    CHECK(def_engine, c);
}

static void test_card_in_card_groups_after_an_id_word_stays_a_card(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"account: 4539 1488 0343 6467", "CREDIT_CARD=4539 1488 0343 6467"},
        {"customer 4539 1488 0343 6467 exp 09/28", "CREDIT_CARD=4539 1488 0343 6467"},
        {"order 4539-1488-0343-6467", "CREDIT_CARD=4539-1488-0343-6467"},
        {"user key: 3782 364466 22577", "CREDIT_CARD=3782 364466 22577"},
    };
    CHECK(def_engine, c);
}

static void test_ids_after_an_id_word_stay_out(void **state)
{
    (void)state;
    static const struct tcase c[] = {
        {"order 4539148803436467 shipped", ""},
        {"customer_id=4539148803436467", ""},
        {"tracking number 45391 48803 436467", ""},
    };
    CHECK(def_engine, c);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_product_word_before_a_private_or_large_quad_keeps_the_address),
        cmocka_unit_test(test_product_versions_stay_out),
        cmocka_unit_test(test_host_inventory_lines_keep_their_addresses),
        cmocka_unit_test(test_dependency_lists_stay_versions),
        cmocka_unit_test(test_card_in_card_groups_after_an_id_word_stays_a_card),
        cmocka_unit_test(test_ids_after_an_id_word_stay_out),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
